"""Subject children: who the review is about, in the order the report first names them.

Sources, strongest first: a title-like line naming the subject ("Serious Case Review:
Baby T", a quoted name on its own line, "Child: Baby K"), phrases that introduce the
subject ("following the death of Child D", "a girl I will call Child P"), coded aliases
used throughout ("Child A", "Baby E", "Young person J"). Named siblings who are not
subjects ("his sister, Child E") are left out; a thematic review of practice that
describes no individual child has none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from caselearn.codewords import body_form, code_word, code_word_upper, full_form, short_forms
from caselearn.extract.guard import fast_compile  # the same matches as re.compile, faster per sentence
from caselearn.extract.ids import roles
from caselearn.extract.lexicon import load_data
from caselearn.extract.model import ChildResult, Extraction, Span, Suggestion
from caselearn.extract.text import Doc, compiled

HEAD_CHARS = 1500


@dataclass(frozen=True)
class _Patterns:
    coded: re.Pattern[str]
    title: list[re.Pattern[str]]
    subject: list[re.Pattern[str]]
    multi: list[re.Pattern[str]]
    multi_single: list[re.Pattern[str]]
    sibling: re.Pattern[str]
    heading: re.Pattern[str]
    no_child: re.Pattern[str]
    stop: frozenset[str]


def _expand(pattern: str, name: str) -> str:
    # later names may be bare codes: "Child L1 and L2"; each name may have its own quotes:
    # '"Harley" and "Twin 2"'
    q_open, q_close = "[\"“‘']?", "[\"”’']?"
    names = (
        name
        + r"(?:"
        + q_close
        + r"(?:,\s*|,?\s+and\s+|\s*&\s*)"
        + q_open
        + r"(?:"
        + name
        + r"|[A-Z]{1,2}\d{1,2}(?![\w])))*"
    )
    return _codes(pattern.replace("{NAMES}", names).replace("{NAME}", name))


def _codes(pattern: str) -> str:
    """The shared list of code words for {CODE} ("Child", "Young [Pp]erson", "Pupil") and {CODE_UPPER}."""
    return pattern.replace("{CODE_UPPER}", code_word_upper()).replace("{CODE}", code_word())


@lru_cache(maxsize=1)
def patterns() -> _Patterns:
    d = load_data("children")
    name = d["name"]
    return _Patterns(
        coded=re.compile(_codes(d["coded_alias"])),
        title=[re.compile(_expand(p, name), re.M) for p in d["title_line"]],
        subject=[re.compile(_expand(p, name), re.M) for p in d["subject_phrases"]],
        multi=[re.compile(_expand(p, name), re.M) for p in d["multi_intro"]],
        multi_single=[re.compile(_expand(p, name), re.M) for p in d["multi_single"]],
        sibling=fast_compile(d["sibling_context"], re.I),  # the fast form: same matches, twice as fast
        heading=re.compile(_codes(d["heading_child"]), re.M),
        no_child=fast_compile("|".join(d["no_child"]), re.I),
        stop=frozenset(d["stopwords"]),
    )


# A capitalised word that names a place or body, not a child ("Lowmoor Safeguarding ..."); never across a blank
# line (a title's last name, then a table's "Partnership | ..." row)
_PLACE_AFTER = re.compile(
    r"(?:[ \t]+|[ \t]*\n[ \t]*)(?:Local |Regional |and )?"
    r"(?:Safeguarding|Council|Borough|County|City|Partnership|Board|Hospital|School|Academy|Primary|Police|NHS|General|Health|Children's|Youth|Housing|Road|Street|Park|House)\b"
)


# An age or sex in brackets after a name ("Kai (aged 6) and Lola"), not an alias's own name.
_BRACKET_FACTS = re.compile(r"\s*\((?:aged |age )?(?:\d|a |an |boy|girl|male|female|M\b|F\b)[^)]{0,30}\)")
# "Kayla (Family A)": the family a child of a thematic review belongs to, no part of the name
_BRACKET_FAMILY = re.compile(r"\s*\((?:Family|Household|Case|Review) [A-Z0-9]{1,2}\)")
# "Children A and B", "Siblings C1, C2 and C3": bare codes after a plural, each a "Child" alias.
_PLURAL_CODES = re.compile(
    r"^\s*(?:[^\n:]{0,60}[:\-–—]\s*)?(?P<plural>(?i:children|siblings|twins|young people))\s*(?:[:\-–—]\s*|\s)"
    r"(?P<codes>[A-Z]{1,2}\d{0,2}(?:(?:\s*,\s*|\s+(?i:and)\s+|\s*&\s*)[A-Z]{1,2}\d{0,2})+)\s*(?:\([^()\n]{0,60}\)\s*)?$"
)


_FAMILY_LETTER = re.compile(
    # ... the family's name may be quoted: 'LCSPR - "The R Siblings" - summary report'
    r"(?:^|[:\-–—]\s*|\b(?:review|LCSPR|SCR|CSPR|briefing)\s+)[\"“‘']?"
    r"(?:(?i:children|siblings|family|twins|young people)\s+"
    r"(?P<letter>[A-Z])|(?i:the)\s+(?P<letter2>[A-Z])\s+(?i:children|siblings|family|twins))(?![\w-]|['’]\w)"
)
_PLURAL_FAMILY = re.compile(r"\b(?i:the) [A-Z] (?i:children|siblings|brothers|sisters|twins)\b")
_AGES_WORD = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)"
_AGED_SIBLING = re.compile(
    r"\b(?:[Hh]is|[Hh]er) (?:(?:older|younger|elder|little|big|twin) )?(?:brother|sister),? (?P<name>[A-Z][a-z]+"
    r"(?:-[A-Z][a-z]+)?),? (?:(?:then )?aged |age )?" + _AGES_WORD + r"\b(?![-/])"
)


def _aged_sibling(doc: Doc, alias: str) -> list[str]:
    """A brother or sister named with an age in the paragraph where the child is first named."""
    occ = _occurrences(doc, alias)
    if not occ:
        return []
    start = occ[0].start()
    begin = doc.text.rfind("\n\n", 0, start) + 1
    end = doc.text.find("\n\n", start)
    end = len(doc.text) if end < 0 else end
    out = []
    for m in _AGED_SIBLING.finditer(doc.text, begin, end):
        for name in _candidates_from(doc, [m.group("name")]):
            if name != alias and name not in out:
                out.append(name)
    return out


_NOT_CHILD_BEFORE = re.compile(r"(?i:adult|mother|father|parent|partner|man|woman|male|female)\s*$")


def _family_codes(doc: Doc, letter: str) -> list[str]:
    """The numbered codes ("W1", "W2") a letter-named family's children go by in the body: at least
    two, each used twice or more and never after a word naming an adult ("Adult W1")."""
    counts: dict[str, int] = {}
    for m in re.finditer(rf"(?<![\w/-]){letter}(\d)(?![\w/-])", doc.text):
        if _NOT_CHILD_BEFORE.search(doc.text, max(0, m.start() - 12), m.start()):
            return []
        counts[m.group(0)] = counts.get(m.group(0), 0) + 1
    codes = sorted(c for c, n in counts.items() if n >= 2)
    if len(codes) < 2 or len(codes) > 6:
        return []
    return [f"Child {c}" if _occurrences(doc, f"Child {c}") else c for c in codes]


_DESCRIPTION = (
    r"[\"“‘'](?P<d>(?i:the) (?i:(?:(?:older|oldest|elder|eldest|younger|youngest|middle|first|second|third|"
    r"little|baby|infant|teenage) )?(?:child|baby|infant|young person|boy|girl|sibling|brother|sister|twin)))[\"”’']"
)
_DESCRIBED_TITLE = re.compile(_DESCRIPTION + r"\s*(?:\)|$)")
_DESCRIBED_BODY = re.compile(
    r"(?i:refer(?:red)? to (?:them|him|her|the (?:children|child|baby)) (?:here |in this report )?as|"
    r"(?:be |are |is )?(?:referred to|known) (?:here |in this report |throughout (?:this|the) (?:report|review) )?as"
    r"|(?:will |shall )?call (?:them|him|her))\s*"
    + _DESCRIPTION
    + r"(?:(?:,\s*|,?\s+and\s+)"
    + _DESCRIPTION.replace("?P<d>", "?P<d2>")
    + r")?"
)


def _described_children(doc: Doc, lines: list[str], intro: str) -> list[str]:
    """Descriptions set in quotes as the subjects' only names, each used three times or more in the
    body (any case): "the baby", "the youngest child" and "the older child"."""
    raws: list[str] = []
    for line in lines:
        raws += [m.group("d") for m in _DESCRIBED_TITLE.finditer(line)]
    m = _DESCRIBED_BODY.search(intro)
    if m:
        raws += [d for d in (m.group("d"), m.group("d2")) if d]
    out: list[str] = []
    for raw in raws:
        alias = raw.lower()
        if alias not in out and len(_occurrences(doc, alias)) + len(_occurrences(doc, alias.capitalize())) >= 3:
            out.append(alias)
    return out


# "Rapid Review: Family K (the middle child)": a family's code and the description its subject child
# goes by, unquoted, in brackets
_FAMILY_DESCRIBED = re.compile(
    r"\b(?i:family) (?P<code>[A-Z]{1,2}\d{0,2}) \((?P<d>(?i:the (?:(?:older|oldest|elder|eldest|younger|youngest|"
    r"middle|first|second|third|little|baby|infant|teenage) )?(?:child|baby|infant|young person|boy|girl|sibling|"
    r"brother|sister|twin)))\)"
)


def _family_described(doc: Doc, lines: list[str]) -> list[str]:
    """A title naming the family by its code and the subject child by a description the body uses
    ("Family P (the youngest child)"): the alias keeps both, as the codebook does."""
    for line in lines:
        m = _FAMILY_DESCRIBED.search(line)
        if m:
            desc = m.group("d").lower()
            if len(_occurrences(doc, desc)) + len(_occurrences(doc, desc.capitalize())) >= 2:
                return [f"Family {m.group('code').upper()} ({desc})"]
    return []


def _split_names(raw: str) -> list[str]:
    raw = _BRACKET_FACTS.sub("", raw)
    raw = _BRACKET_FAMILY.sub("", raw)
    parts = [p.strip(" \"'“”‘’") for p in re.split(r",\s*|\s+and\s+|\s*&\s*", raw.strip())]
    parts = [p for p in parts if p]
    # "Child L1 and L2": the later short codes take the first one's prefix
    head = re.match(r"(" + code_word() + r" )[A-Z]{1,2}\d{0,2}$", parts[0]) if parts else None
    if head:
        parts = [head.group(1) + p if re.fullmatch(r"[A-Z]{1,2}\d{0,2}", p) else p for p in parts]
    return parts


_PREFIXED = re.compile(r"(?:Baby|Infant) [A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?")


def _body_form(doc: Doc, name: str) -> str | None:
    """The name as the body writes it (a title may shout "RUBY"); None when it is not a name."""
    p = patterns()
    words = name.split()
    if _PREFIXED.fullmatch(name):
        # "Baby Isla": a title prefix before a first name
        return name if words[1] not in p.stop else None
    if name.isupper() and (name.title() in p.stop or name in ("LSCB", "SCP", "LCSPR", "SCR", "NHS")):
        return None
    if not words or len(words) > 4:
        return None
    if all(w.strip("'’s") in p.stop or w.lower() == w for w in words) and not p.coded.fullmatch(name):
        return None
    if words[0] in p.stop and not p.coded.fullmatch(name):
        return None
    if name.isupper() and len(name) > 2 and not p.coded.fullmatch(name):
        m = re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", doc.text[HEAD_CHARS:], re.I)
        if m and not m.group(0).isupper():
            return m.group(0)
        return name.title()
    return name


def _short_names(alias: str) -> tuple[str, ...]:
    names = [alias, *short_forms(alias)]  # "Young Person S" is also the body's "YP S"
    if alias.startswith("the "):
        # a description for a name ("the older child"): also where it opens a sentence
        names.append(alias.capitalize())
    described = re.fullmatch(r"(Family \w+) \((the [a-z ]+)\)", alias)
    if described:
        # "Family K (the middle child)": the body's "the middle child" (or "The middle child")
        desc = described.group(2)
        return (alias, desc, desc.capitalize(), described.group(1))
    m = re.fullmatch(r"(?:" + code_word() + r"|Family) (\w+)(?: \(((?:Baby |Infant )?\w+)\))?", alias)
    if m:
        # "Sibling 1": "1" is no name; "Family M (Jacob)": "M" is the family's letter (and often the mother's)
        if m.group(1) not in ("A", "I") and not m.group(1).isdigit() and not alias.startswith("Family "):
            names.append(m.group(1))
        if m.group(2):
            names.append(m.group(2))
            if " " in m.group(2):
                names.append(m.group(2).split()[-1])  # "Family 2 (Baby Reuben)": the body's "Reuben"
            names.append(alias[: alias.index(" (")])
    return tuple(names)


_TITLE_BEFORE = re.compile(r"\b(?:Mr|Ms|Mrs|Miss|Mx|Dr)\.?\s$")


def _occurrences(doc: Doc, name: str) -> list[re.Match[str]]:
    """Where the name occurs as a word; "Ms B" and "Mr B" are adults of the family, not Child B.
    Found once per document and name (the title, the body and the mentions ask again); a new list."""
    key = ("child_name_occurrences", name)
    found = doc._trigger_cache.get(key)
    if found is None:
        found = doc._trigger_cache[key] = _find_occurrences(doc, name)
    return list(found)


def _find_occurrences(doc: Doc, name: str) -> list[re.Match[str]]:
    text = doc.text
    if name and (name[0].isalnum() or name[0] == "_"):
        # a literal-first pattern lets the regex engine jump between occurrences; the word start
        # is checked afterwards (same matches as the lookbehind form, several times faster)
        found = [
            m
            for m in compiled(re.escape(name) + r"(?![\w])").finditer(text)
            if m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_")
        ]
    else:
        found = list(compiled(r"(?<![\w])" + re.escape(name) + r"(?![\w])").finditer(text))
    found = [m for m in found if not _TITLE_BEFORE.search(text, max(0, m.start() - 5), m.start())]
    if name == "A":
        # the article, unless a verb or a possessive follows ("A fell from the car park", "A's father"), and not
        # another label's letter ("Appendix A", "Young Person A")
        found = [
            m
            for m in found
            if _BARE_A_AFTER.match(text, m.end())
            and not _LABEL_WORD_BEFORE.search(text, max(0, m.start() - 20), m.start())
        ]
    return found


_BARE_A_AFTER = re.compile(
    r"['’]s\b|\s(?:had|has|was|is|were|did|does|fell|died|said|says|told|tells|went|lived|lives|attended|"
    r"disclosed|described|became|began|started|stopped|left|moved|returned|ran|used|took|felt|feels|wanted|wants|"
    r"would|could|should|may|might|will|and (?:B|his|her)|also)\b"
)
# ... but a plural before a list of codes is no label: "Twin boys A and B were ten weeks old"
_LABEL_WORD_BEFORE = re.compile(
    r"(?<![A-Za-z])(?!(?i:boys|girls|twins|children|siblings|brothers|sisters)\s$)[A-Za-z]+\s$"
)


# A plural before a list of names: "two siblings, Child P and Child Q" introduces the children together.
_PLURAL_BEFORE = re.compile(r"(?:siblings|brothers|sisters)\W*$", re.I)
_AND_NEXT = re.compile(r"[\"”’']?(?:,\s*|,?\s+and\s+|\s*&\s*)")


def _is_sibling_mention(doc: Doc, match: re.Match[str], others: list[str] = ()) -> bool:
    before = doc.text[max(0, match.start() - 45) : match.start()]
    if not patterns().sibling.search(before):
        return False
    if _PLURAL_BEFORE.search(before):
        after = _AND_NEXT.match(doc.text, match.end())
        if after and any(doc.text.startswith(o, after.end()) for o in others):
            return False
    return True


_NOT_SUBJECT = re.compile(
    # ... or in notes after a dash: "Sibling B (girl, 22 months) also in household - NOT a subject of this RR"
    r"(?:\b(?:is|was|are|were) |[-–—:(]\s*)(?i:not) (?:a |the |one of the )?(?i:subjects?) of (?:this|the) "
    r"(?i:review|report|RR|rapid review|LCSPR|CSPR|SCR)\b"
)


# Other children named between a subject and the statement that they are not subjects.
_OTHER_CHILDREN = re.compile(
    r"\s(?:siblings?|brothers?|sisters?|half-(?:brothers?|sisters?)|children|cousins?)\b", re.I
)


def _said_not_subject(doc: Doc, alias: str, others: list[str]) -> bool:
    """The report says of this child that it is not a subject ("Sibling 1 was not injured and is not a
    subject of this review", "Child A's brother, Child B, is not a subject of the review"): the child
    named last before the statement."""
    own = _short_names(alias)
    other_names = [n for o in others for n in _short_names(o)]
    for m in _occurrences(doc, alias)[:10]:
        i = doc.sentence_index(m.start())
        sent = doc.sentences[i]
        # "Sibling 1 is a boy who was eleven. He lives with his grandmother. He is not a subject of this
        # review": the sentences going on about the child in pronouns
        for j in range(i + 1, min(len(doc.sentences), i + 3)):
            nxt = doc.sentences[j].text
            if not re.match(r"\W*(?:He|She)\b", nxt) or any(
                re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", nxt) for n in other_names
            ):
                break
            if _NOT_SUBJECT.search(nxt):
                return True
        said = _NOT_SUBJECT.search(sent.text)
        if not said:
            continue
        before = sent.text[: said.start()]
        at = _last_at(before, own)
        # "Lily and Mason have two siblings who are not subjects": the statement is about the siblings
        if at > _last_at(before, other_names) and not _OTHER_CHILDREN.search(before, at + 1):
            return True
    return False


_ADULT_ROLE = (
    r"(?:mother|father|mum|dad|stepfather|stepmother|step-father|step-mother|partner|boyfriend|girlfriend|"
    r"grandmother|grandfather|grandparent|carer|aunt|uncle)"
)


def _named_as_adult(doc: Doc, name: str) -> bool:
    """The report gives the name to an adult: "Alfie's father, referred to as Aaron", "Aaron, Alfie's father, aged
    29" (a name the reader took for a child's)."""
    n = re.escape(name)
    return bool(
        compiled(
            r"\b" + _ADULT_ROLE + r"(?:['’]s (?:partner|boyfriend|girlfriend))?,? (?:who is |hereafter )?"
            r"(?:referred to|known|called|named)(?: here| in this (?:report|review))? as\s+[\"“‘']?" + n + r"(?!\w)"
            r"|(?<!\w)" + n + r",? (?:[A-Z][\w-]*['’]s|his|her|their|the (?:child|baby|children)['’]s?) "
            r"(?:(?:birth|biological|maternal|paternal) )?" + _ADULT_ROLE + r"\b"
        ).search(doc.text, 0, min(len(doc.text), 20000))
    )


def _last_at(text: str, names: tuple[str, ...] | list[str]) -> int:
    """Where the last of the names occurs as a word (not as a possessive) in the text; -1 if none."""
    return max(
        (f.start() for n in names for f in re.finditer(r"(?<!\w)" + re.escape(n) + r"(?!\w)(?!['’]s)", text)),
        default=-1,
    )


_SUBJECT_NAME = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\s+)?([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?:,[^,.]{1,30},)? "
    r"(?:was|had|has|is|died|sustained|suffered|"
    r"lived|told|attended|became|took|said)\b"
)


def _verified(doc: Doc, name: str, mentions: int = 2) -> bool:
    """A candidate is a child's name when the body uses it (``mentions`` times) and it is not a place or body."""
    occ = _occurrences(doc, name)
    if len(occ) < mentions:
        occ += [o for s in _short_names(name)[1:] for o in _occurrences(doc, s)]
    if len(occ) < mentions:
        return False
    if any(_PLACE_AFTER.match(doc.text, o.end()) for o in occ[:5]):
        return False
    return True


def _candidates_from(doc: Doc, raws: list[str], mentions: int = 2) -> list[str]:
    out: list[str] = []
    for raw in raws:
        name = _body_form(doc, raw)
        if name and name not in out and _verified(doc, name, mentions):
            out.append(name)
    return out


def _with_given_name(doc: Doc, line: str, alias: str) -> str:
    """A coded alias the title follows with the child's first name ("Review: Child F (Freya)") keeps
    the name, when the body uses it; a family code before the name ("Family M (Jacob)") is kept too,
    as the codebook's aliases do."""
    fam = re.search(r"\b(?i:family) ([A-Z]{1,2}\d{0,2}) \(" + re.escape(alias) + r"\)", line)
    if fam:
        return f"Family {fam.group(1)} ({alias})"
    # the name first, then its code: '"Daniel" (Child D)' is "Child D (Daniel)" (devset convention 10)
    coded = re.search(r"(?<!\w)" + re.escape(alias) + r"[\"”’']?\s*\((" + code_word() + r" [A-Z]{1,2}\d{0,2})\)", line)
    if coded and not patterns().coded.fullmatch(alias):
        return f"{coded.group(1)} ({alias})"
    # the code may sit in quotes of its own: '"Child T" (Tomasz)'
    m = re.search(r"(?<!\w)" + re.escape(alias) + r"[\"”’']? \(([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\)", line)
    if not m or not patterns().coded.fullmatch(alias) or m.group(1) in patterns().stop:
        return alias
    return f"{alias} ({m.group(1)})" if len(_occurrences(doc, m.group(1))) >= 2 else alias


def _name_before_code(doc: Doc, alias: str) -> str:
    """'YP "Amira" (Child A)' in the opening: the coded alias with the name, when the name is quoted or a
    known given name (devset convention 10), else the alias as it was."""
    if "(" in alias or not patterns().coded.fullmatch(alias):
        return alias
    codes = "|".join(re.escape(n) for n in _short_names(alias))
    m = re.search(
        r"(?<!\w)(?P<q>[\"“‘'])?(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)[\"”’']?\s*\(\s*(?:" + codes + r")\s*\)",
        doc.text[: HEAD_CHARS * 2],
    )
    if not m or m.group("name") in patterns().stop:
        return alias
    if not m.group("q") and not is_given_name(m.group("name")):
        return alias
    return f"{alias} ({m.group('name')})"


# the same headings in capitals ("CHILD P", "YOUNG PERSON 2"): the alias in the body's form ("Child P")
_SHOUTED_HEADING = re.compile(
    r"^[ \t]*(?:\d+(?:\.\d+)*\.?\s+)?(?P<alias>(?P<word>" + code_word_upper() + r") (?:[A-Z]{1,2}\d{0,2}|\d{1,2}))"
    r"(?P<paren>)(?P<dash>)[ \t]*$",  # no name with it: the groups of the heading pattern, empty
    re.M,
)


def _heading_children(doc: Doc) -> list[str]:
    """Several subject children introduced under headings of their own ("Child A (Callum)",
    "Young Person 2", "CHILD P"), as multi-child and thematic reviews do; the alias is the heading's form.
    Needs two different headings in the first half of the report."""
    p = patterns()
    half = doc.text[: max(6000, len(doc.text) // 2)]
    out: list[str] = []
    seen: set[str] = set()
    found = sorted([*p.heading.finditer(half), *_SHOUTED_HEADING.finditer(half)], key=lambda m: m.start())
    for m in found:
        code = m.group("alias")
        if m.re is _SHOUTED_HEADING:  # "CHILD P": the body's "Child P"
            code = body_form(m.group("word")) + code[len(m.group("word")) :]
        if code in seen:
            continue
        seen.add(code)
        name = m.group("paren") or m.group("dash")
        if name and name in p.stop:
            name = None
        alias = f"{code} ({name})" if name else code
        shouted = m.re is _SHOUTED_HEADING  # its own heading is a use the body's form does not count
        if shouted + len(_occurrences(doc, code)) + (len(_occurrences(doc, name)) if name else 0) >= 2:
            out.append(alias)
    return out if len(out) >= 2 else []


# A paragraph that opens with a child's code and the name the report then uses ("Child 2 - Harley.
# Harley was ...", "Baby 1: Amara. ..."): the name is the alias.
_LABEL_LINE = re.compile(
    r"^[ \t]*(?:\d+(?:\.\d+)*\.?\s+)?" + code_word() + r" (?:[A-Z]{1,2}\d{0,2}|\d{1,2})"
    r"\s*[:–—-]\s*(?P<name>[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?)[.:]\s",
    re.M,
)
# A title line naming two or three children together: "ROSA AND BILLY", "Ruby and Theo: a review",
# "Mia, Leo & Ava".
_NAME_WORD = r"[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?"
_UPPER_WORD = r"[A-Z]{3,12}(?:[-'’][A-Z]{2,12})?"
_TQ = '["“”]?'
_TITLE_MULTI = [
    re.compile(
        # after a family label: "THE H CHILDREN: AMIRA AND YUSUF", "Siblings - Ava and Jake"
        r"^\s*(?:(?i:the )?(?:[A-Z] )?(?i:children|family|siblings|twins|brothers|sisters)\s*[:–—-]\s*"
        # ... or a review's title before them: "Report of the review concerning two young people: "Jordan" and
        # "Kai"", "Review into the deaths of Mia and Leo"
        r"|[^\n:]{0,80}?\b(?i:review|report|children|young people|siblings|brothers|sisters|twins)\b[^\n:]{0,40}:\s*"
        r"|[^\n:]{0,80}?\b(?i:concerning|regarding|in respect of|into the deaths? of|about)\s+)?"
        r"\(?(?P<names>" + w + r"(?:,\s*" + w + r"){0,2},?\s+(?:" + j + r"|&)\s+" + w + r")\)?"
        r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:$|[:–—]\s)"
    )
    # each name may carry a title prefix: "Baby Noah and Baby Amara: two sudden deaths"
    # ... and each may be set in quotes: '"ELLIE" AND "SAM"'
    for w, j in (
        (_TQ + "(?:Baby |Infant )?" + _NAME_WORD + _TQ, "and"),
        (_TQ + "(?:BABY |INFANT )?" + _UPPER_WORD + _TQ, "AND"),
    )
]


# A list of families in a thematic review, each with its child: "- Family 2: Baby Reuben, aged 14 weeks, ...",
# "Family B - Kacey (aged 4)", "Family C (Tia). Tia was eleven"; the alias keeps the family's code, as the codebook
# does.
_FAMILY_LINE = re.compile(
    r"^[ \t]*(?:[-•*]\s*|\d+(?:\.\d+)*\.?\s+)?Family (?P<code>\d{1,2}|[A-Z]{1,2}\d{0,2})"
    r"(?:\s*[:–—-]\s*(?P<name>(?:Baby |Infant )?[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?)\s*[,(]"
    # "Family A (Ellie). Ellie was 13.": the child's name in brackets after the family's code
    r"|\s*\((?P<name2>(?:Baby |Infant )?[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?)\)\s*[.:–—-])",
    re.M,
)


def _family_children(doc: Doc) -> list[str]:
    """Subject children listed one per family ("Family 1: Mia, aged 2"); needs two families."""
    out: list[str] = []
    codes: set[str] = set()
    for m in _FAMILY_LINE.finditer(doc.text[: max(6000, len(doc.text) // 3)]):
        name = _body_form(doc, m.group("name") or m.group("name2"))
        if m.group("code") in codes or not name or name in patterns().stop:
            continue
        if len(_occurrences(doc, name)) + len(_occurrences(doc, name.split()[-1])) < 2:
            continue
        codes.add(m.group("code"))
        out.append(f"Family {m.group('code')} ({name})")
    return out if len(out) >= 2 else []


# One row per subject child in a family table or list: the child's code (and name) first, then the
# age ("Child F (female) | 4 years 9 months | Yes", "- Child 2 (Zofia), aged 14, who ...",
# "Young Person B: 15 years"). A row saying the child is a sibling or not a subject is left out.
_AGE_WORD = (
    r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|a|an)"
)
_ROW_CODE = (
    r"^[ \t]*(?:[-•*]\s*|\d+(?:\.\d+)*\.?\s+)?"
    # a row labelled "Sibling 1" is the subject's sibling, not a subject
    r"(?!Sibling )(?P<code>" + code_word() + r" (?:[A-Z]{1,2}\d{0,2}|\d{1,2}))"
)
_CHILD_ROW = re.compile(
    _ROW_CODE
    + r"(?![\w'’-])(?:\s*\((?P<paren>[^()\n]{1,30})\))?\s*(?:[,|\t:–—]|\s-)\s*(?:(?:then |now )?aged?\s+)?"
    + _AGE_WORD
    + r"(?:\s*(?:and a half|½))?\s*(?:years?|yrs?|months?|mths?|weeks?|wks?|days?|y(?=\d)|y\b|m\b)"
    r"(?P<rest>[^\n]{0,200})",
    re.M,
)
_AGED_ROW = re.compile(
    _ROW_CODE
    + r"(?![\w'’-])(?:\s*\((?P<paren>[^()\n]{1,30})\))?,?\s+(?:(?:then |now )?aged)\s+\w+(?P<rest>[^\n]{0,200})",
    re.M,
)
_ROW_NOT_SUBJECT = re.compile(r"\bnot (?:a |the )?subject|\bsibling\b|\bhalf-(?:brother|sister)", re.I)


def _row_children(doc: Doc) -> tuple[list[str], list[str]]:
    """Subject children given a row each (code, then age) in the first half of the report (needs two),
    and the codes of rows saying their child is a sibling or not a subject."""
    half = doc.text[: max(6000, len(doc.text) // 2)]
    rows = sorted((m for pat in (_CHILD_ROW, _AGED_ROW) for m in pat.finditer(half)), key=lambda m: m.start())
    out: list[str] = []
    left_out: list[str] = []
    seen: set[str] = set()
    for m in rows:
        code = m.group("code")
        if code in seen:
            continue
        seen.add(code)
        if _ROW_NOT_SUBJECT.search(m.group("rest")):
            left_out.append(code)
            continue
        name = m.group("paren")
        # a name the body never uses again stays when it is a known given name (devset convention 10)
        if name and (
            not re.fullmatch(_NAME_WORD, name)
            or name in patterns().stop
            or (len(_occurrences(doc, name)) < 2 and not is_given_name(name))
        ):
            name = None
        out.append(f"{code} ({name})" if name else code)
    return (out, left_out) if len(out) >= 2 else ([], [])


def _alias_forms(alias: str) -> set[str]:
    outer, _, inner = alias.partition(" (")
    return {alias, outer, inner.rstrip(")")} - {""}


def _with_rows(candidates: list[str], found: tuple[list[str], list[str]]) -> list[str]:
    """The children of a family table, in its order, when every child already found is one of its rows or
    a row the table marks as not a subject (the richer alias kept: "Child F (Freya)" over "Child F")."""
    rows, left_out = found
    forms = _alias_forms
    kept = [c for c in candidates if not any(forms(c) & forms(r) for r in left_out)]
    if len(rows) < len(kept) or not rows:
        return candidates
    if not all(any(forms(c) & forms(r) for r in rows) for c in kept):
        return candidates
    out = []
    for r in rows:
        same = next((c for c in kept if forms(c) & forms(r)), None)
        out.append(same if same is not None and len(same) > len(r) else r)
    return out


def _label_children(doc: Doc) -> list[str]:
    """Subject children introduced one per paragraph by code and name, as thematic reviews of several
    families do; needs two different children in the first half of the report."""
    half = doc.text[: max(6000, len(doc.text) // 2)]
    raws = [m.group("name") for m in _LABEL_LINE.finditer(half)]
    found = _candidates_from(doc, list(dict.fromkeys(raws)))
    return found if len(found) >= 2 else []


def _code_entries(doc: Doc) -> list[str]:
    """Children given an entry each that opens with the code, then the sex and age ("Baby B - girl, 3 months
    ..."), in the first half of the report."""
    half = doc.text[: max(6000, len(doc.text) // 2)]
    codes = [m.group("code") for m in _CODE_ENTRY_LINE.finditer(half)]
    return _candidates_from(doc, list(dict.fromkeys(codes)), mentions=1)


# A paragraph or entry that opens with a child's code, then the sex and age: "Baby A - boy, 7 wks. Died Nov 2023.",
# "Child 2: girl, aged 4", "- YP B (female, 15): ..."
_CODE_ENTRY_LINE = re.compile(
    r"^[ \t]*(?:[-•*]\s*|\d+(?:\.\d+)*\.?\s+)?(?P<code>(?:Child|Baby|Infant|Twin|Young Person|YP) "
    r"(?:[A-Z]{1,2}\d{0,2}|\d{1,2}))\s*(?:[:–—-]\s*|\(\s*)"
    r"(?:(?i:boy|girl|male|female|m|f)\b\s*[,;]\s*(?:aged\s+)?\d{1,2}\s*(?i:years?|yrs?|y|months?|mths?|m|weeks?|wks?|days?)?"
    r"|(?:aged\s+)?\d{1,2}\s*(?i:years?|yrs?|months?|mths?|weeks?|wks?|days?)"
    # "Young Person A (aged fifteen at the incident, male, ...)"
    r"|aged\s+" + _AGE_WORD + r")\b"
    r"(?![^\n]{0,80}\b(?i:not (?:a|the) subject))",
    re.M,
)


# A title line giving each child's code and name: "CHILD K ("KADEN")", "Review: Young Person P (Paige)",
# "Children A and B ("Kacper" and "Zosia")".
_Q = "[\"“”‘’']?"
_CODE_NAME_TITLE = re.compile(
    # after a title, a dash or form fields joined into one line: "Date of report: 14/03/2024 Child: Baby R (Riley)"
    # ... or a running header the reader put before it (no other code-and-name pair in it)
    r"^\s*(?:[^\n]{0,200}?(?::|\s[-–—])|[^\n()]{0,200}?\s(?=(?i:"
    + code_word()
    + r")\s))?\s*(?P<prefix>(?i:"
    + code_word()
    + r"|children|siblings|twins))\s+"
    r"(?P<codes>[A-Z]{1,2}\d{0,2}(?:(?:\s*,\s*|\s+(?i:and)\s+|\s*&\s*)[A-Z]{1,2}\d{0,2})*)\s*\(\s*"
    r"(?P<names>"
    + _Q
    # ... a name with a title prefix: 'Child F ("Baby Frankie")'
    + r"(?:(?:Baby|Infant) )?[A-Za-z][A-Za-z'’-]+"
    + _Q
    + r"(?:(?:\s*,\s*|\s+(?i:and)\s+|\s*&\s*)"
    + _Q
    + r"[A-Za-z][A-Za-z'’-]+"
    + _Q
    # a part of the document after a dash: "LCSPR: Child F (Freya) - introduction"
    + r")*)\s*\)(?:\s+[-–—]\s+[^()\n]{1,40})?\s*$"
)


# Each code with its own name: "Rapid Review: Child A (Harley) and Child B (Ava)".
# ... and numbered twins or siblings: "Twin 1 (Harley) and Twin 2 (Skye)"
_PAIR = code_word() + r" (?:[A-Z]{1,2}\d{0,2}|\d{1,2}) \(" + _Q + _NAME_WORD + _Q + r"\)"
_PAIRS_TITLE = re.compile(
    # form fields the reader joined into one line may come first ("Date of report: ... Subject children:"),
    # or a title before a dash ("Review – Child A (Ava) and Child B (Ben)")
    # ... or a form's label the reader ran into the names without its cell's border: "Children Child A (Mia) and ..."
    r"^\s*(?:[^\n]{0,200}?(?::\s*|\s[–—]\s*|\s(?i:in respect of|concerning|regarding|relating to|about|into)\s+)"
    r"|(?i:(?:subject )?(?:children|siblings|twins|subjects))\s+)?"
    r"(?P<pairs>" + _PAIR + r"(?:(?:\s*,\s*|\s+(?:and|&)\s+)" + _PAIR + r")+)\s*$"
)


_SHOUTED_WORD = re.compile(r"[A-Z]{2,}(?:['’][A-Z]+)?")


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    """The given names the sex lexicon knows (data/sex.yaml), of either sex."""
    return frozenset(n for names in (load_data("sex").get("given_names") or {}).values() for n in names)


def is_given_name(word: str) -> bool:
    return word in _given_names()


# words a title sets in brackets after a code that are not the child's name
_NOT_NAMES = frozenset(
    "deceased died male female boy girl baby infant twin twins sibling siblings pseudonym anonymised anonymized "
    "redacted name names not real withheld dob aged age the and or".split()
)


_QUOTED_LINE = re.compile(r"^\s*[\"“”]([^\"“”\n]+)[\"“”]\s*$")


def _coded_named_title(doc: Doc, lines: list[str]) -> list[str]:
    """Aliases "Child K (Kaden)" from a title line pairing codes with names; the body must use each name."""
    for line in lines:
        # a whole title in quotes: '"CHILD R (RUBY)"'
        line = _QUOTED_LINE.sub(r"\1", line)
        pm = _PAIRS_TITLE.match(line)
        if not pm and line.isupper():
            # a shouted title: "IN RESPECT OF TWIN 1 (HARVEY) AND TWIN 2 (LILY)"
            line = _SHOUTED_WORD.sub(lambda w: "and" if w.group(0) == "AND" else w.group(0).title(), line)
            pm = _PAIRS_TITLE.match(line)
        if pm:
            out = []
            for pair in re.finditer(_PAIR, pm.group("pairs")):
                code, raw = pair.group(0).split(" (")
                name = _body_form(doc, raw.rstrip(")").strip("\"“”‘’'"))
                if not name or name in patterns().stop or len(_occurrences(doc, name)) < 2:
                    out = []
                    break
                out.append(f"{code} ({name})")
            if out:
                return out
        m = _CODE_NAME_TITLE.match(line)
        if not m:
            continue
        split = r"\s*,\s*|\s+(?i:and)\s+|\s*&\s*"
        codes = re.split(split, m.group("codes"))
        quoted = [n.strip()[:1] in "\"“”‘’'" for n in re.split(split, m.group("names"))]
        names = [n.strip("\"“”‘’'") for n in re.split(split, m.group("names"))]
        prefix = m.group("prefix").lower()
        if len(codes) != len(names) or (len(codes) > 1) != (prefix in ("children", "siblings", "twins")):
            continue
        word = "Child" if prefix in ("children", "siblings", "twins") else body_form(prefix)
        out: list[str] = []
        for code, raw, said in zip(codes, names, quoted, strict=True):
            name = _body_form(doc, raw)
            if not name or name in patterns().stop or not name[:1].isupper() or name.lower() in _NOT_NAMES:
                return []
            # the title pairs the code with a given name: the alias keeps it even if the body only uses the code
            # (devset convention 10) when the name is quoted or a known given name; a place ("Child N
            # (Northfield)") is neither, nor used in the body
            if len(_occurrences(doc, name)) < 2 and not said and not is_given_name(name):
                return []
            out.append(f"{word} {code} ({name})")
        return out
    return []


def _title_multi(doc: Doc, lines: list[str]) -> list[str]:
    """The children a title line names together, when the body uses every one of them."""
    for line in lines:
        for pat in _TITLE_MULTI:
            m = pat.match(line)
            if not m:
                continue
            raws = _split_names(re.sub(r"[\"“”]", "", m.group("names")).replace(" AND ", " and "))
            found = _candidates_from(doc, raws)
            if len(found) == len(raws) >= 2:
                return found
    return []


_WRAPPED_END = re.compile(r"(?:\s(?:and|AND)|&|,)\s*$")


def _head_lines(head: str) -> list[str]:
    """The title block's lines, with a title wrapped onto the next line put back together
    ("Review concerning Sibling 1 and" / "Sibling 2"): a line ending in "and", "&" or a comma
    joined to the next non-empty line when that one is short."""
    lines = head.splitlines()
    out: list[str] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        k += 1
        while _WRAPPED_END.search(line) and len(line.split()) <= 12:
            j = k
            while j < len(lines) and not lines[j].strip():
                j += 1
            if j >= len(lines) or not lines[j].strip() or len(lines[j].split()) > 5:
                break
            line = line.rstrip() + " " + lines[j].strip()
            out.append("")  # keep the numbering of later lines close to the original
            k = j + 1
        out.append(_QUOTED_CODE.sub(r"\1 \2", line))
    return out


# a code whose letter the title sets in quotes: 'Young Person "Q"' is Young Person Q
_QUOTED_CODE = re.compile(r"\b(" + code_word() + r") [\"“‘'](?P<c>[A-Z]{1,2}\d{0,2})[\"”’']")


# a list item ("- Family A (Kian), a baby boy ...") is the body's, never the title
_LIST_ITEM = re.compile(r"^\s*[-•*▪●]\s")


_CODE_LINE = re.compile(r"^[ \t]*(?P<code>" + code_word() + r" [A-Z]{1,2}\d{0,2})\s*[:(,–—-]")


def _code_lines_after(lines: list[str], k: int) -> str:
    """The other codes of a list that gives each child a line or paragraph opening with its code
    ("Pupil A: boy, Year 9. ..." / "Pupil B: girl, 15 yrs ..."), as " and Pupil B": codes of the same
    word opening the following lines or a sentence of those lines with a colon; "" when line k opens
    with no code."""
    first = _CODE_LINE.match(lines[k])
    if not first:
        return ""
    word = first.group("code").rsplit(" ", 1)[0]
    label = re.compile(r"(?:^|(?<=[.;] ))[ \t]*(?P<code>" + re.escape(word) + r" [A-Z]{1,2}\d{0,2})\s*:")
    codes = [first.group("code")]
    for j, line in enumerate(lines[k:]):
        if j and not _CODE_LINE.match(line):
            break
        codes += [m.group("code") for m in label.finditer(line) if m.group("code") not in codes]
    return "".join(" and " + c for c in codes[1:])


def _meta_title(doc: Doc) -> list[str]:
    """The title the reader found outside the body text (a web page's banner heading, a document's
    title property), as one more title line: "Local Child Safeguarding Practice Review: Child O (Oliver)"."""
    title = doc.metadata.get("title") if isinstance(doc.metadata, dict) else None
    if not isinstance(title, str) or not title.strip():
        return []
    # only a title the body text does not carry: the body's own title line, when it has one, is read as
    # it stands
    code = re.search(r"[A-Z][\w-]*(?: [A-Z][\w-]*)? [A-Z]{1,2}\d{0,2}(?=[\"”’']?\s*\()", title)
    return [title.strip()] if code and code.group(0) not in doc.text[:3000] else []


def find_children(doc: Doc) -> list[ChildResult]:
    text = doc.text
    if not text.strip():
        return []
    p = patterns()
    head = text[:HEAD_CHARS]
    if p.no_child.search(text[:4000]):
        return []
    head_lines = _head_lines(head)

    candidates: list[str] = (
        _heading_children(doc)
        or _coded_named_title(doc, _meta_title(doc) + head_lines[:12])
        or _label_children(doc)
        or _family_children(doc)
    )
    if not candidates:
        candidates = _title_multi(doc, head_lines[:12])
    # a title or the children's own paragraphs naming them together: "her brother, Child A" is then
    # one subject described through another, not a sibling outside the review
    together = len(candidates) > 1
    for line in head_lines[:25] if not candidates else []:
        m = _PLURAL_CODES.match(line)
        if m:
            codes = re.split(r"\s*,\s*|\s+(?i:and)\s+|\s*&\s*", m.group("codes"))
            # "C1" and "C2" throughout the body, never "Child C1": the alias is the bare code; "Twins A and B"
            # whose body says "Twin A": the twin's code
            word = "Twin" if m.group("plural").lower() == "twins" else "Child"
            candidates = _candidates_from(
                doc,
                [
                    c
                    if re.search(r"\d", c) and not _occurrences(doc, f"{word} {c}")
                    else f"{word} {c}"
                    if _occurrences(doc, f"{word} {c}")
                    else f"Child {c}"
                    for c in codes
                ],
                mentions=1,  # the title is the other mention
            )
            if len(candidates) < 2:
                candidates = []
            together = together or bool(candidates)  # "her brother, Child U" is then a subject too
            break
    # a title naming the family by a letter ("Children W", "Family K", "The W Children") and a body that numbers the
    # children with it ("W1", "W2"): the subjects are the numbered codes
    for line in head_lines[:25] if not candidates else []:
        m = _FAMILY_LETTER.search(line)
        if m:
            candidates = _family_codes(doc, m.group("letter") or m.group("letter2"))
            if candidates:
                together = True
                break
    if not candidates:
        candidates = _family_described(doc, head_lines[:12])
    # 1. the title block: the first title-like line that names someone the body also names
    for k, line in enumerate(head_lines[:25] if not candidates else []):
        if _LIST_ITEM.match(line):
            continue
        for pat in p.title:
            m = pat.search(line)
            if m:
                listed_after = _code_lines_after(head_lines, k)
                together = together or bool(listed_after)  # one a line: the report names them together
                found = _candidates_from(doc, _split_names(m.group("names") + listed_after))
                # a title naming several children ("Twin A and Twin B") names them together: "her
                # sister, Twin B" in the body is then one subject described through the other
                together = together or len(found) > 1
                if found:
                    candidates = [_with_given_name(doc, line, alias) for alias in found]
                    break
        if candidates:
            break
    # the reader's own finding (documents metadata), when the title block gave nothing
    from_metadata: list[str] = []
    if not candidates:
        raws = [str(raw) for raw in doc.metadata.get("children") or []]
        candidates = from_metadata = [
            c
            for c in _candidates_from(doc, raws)
            if not _said_not_subject(doc, c, [r for r in raws if r != c]) and not _named_as_adult(doc, c)
        ]
        # a sibling's code beside a subject's code of another kind ("Child D", then "Sibling E | male, 5 years | D's
        # half-brother"): the sibling is no subject
        if any(not c.startswith("Sibling ") for c in candidates):
            candidates = from_metadata = [c for c in candidates if not c.startswith("Sibling ")]
    # 2. introducing phrases and groups of children in the first part of the report
    intro = text[: max(4000, len(text) // 3)]
    if not candidates or from_metadata:
        for pat in p.multi:
            raws = [raw for m in pat.finditer(intro) for raw in _split_names(m.group("names"))]
            found = _candidates_from(doc, raws)
            # the reader's finding stands unless the body's own list names those children and more
            if found and (not from_metadata or (set(from_metadata) < set(found))):
                candidates = _with_paragraph_lists(doc, intro, pat, found)
                break
    if not candidates:
        best: tuple[int, list[str], re.Pattern[str]] | None = None
        for pat in p.subject:
            for m in pat.finditer(intro):
                found = _candidates_from(doc, [m.group("name")])
                if found and (best is None or m.start() < best[0]):
                    best = (m.start(), found, pat)
                    break
        if best:
            candidates = best[1]
            # the same introduction used again in the same sentence for a second child ("a girl who
            # will be called Ava, and her brother, who will be called Jake")
            sent = doc.sentences[doc.sentence_index(best[0])]
            for m in best[2].finditer(text, best[0] + 1, sent.end):
                for name in _candidates_from(doc, [m.group("name")]):
                    if name not in candidates:
                        candidates.append(name)
    # a child known only by a description the report sets in quotes ("We refer to them as 'the
    # youngest child' and 'the older child'", a title's "(THE BABY)"), used through the body
    if not candidates:
        candidates = _described_children(doc, head_lines[:12], intro)
        together = together or len(candidates) > 1
    # 3. coded aliases used through the report
    coded_counts: dict[str, int] = {}
    for m in p.coded.finditer(text):
        code = full_form(m.group(0))  # "YP S" counts for "Young Person S"
        coded_counts[code] = coded_counts.get(code, 0) + 1
    if not candidates:
        # a code the report says is no subject ("Sibling B (girl, 22 months) - NOT a subject of this RR") leaves
        # the others, even one used once
        subjects = {
            alias: count
            for alias, count in coded_counts.items()
            if not _said_not_subject(doc, alias, [o for o in coded_counts if o != alias])
        }
        for alias, count in subjects.items():
            if (count >= 2 or len(subjects) == 1) and alias not in candidates:
                candidates.append(alias)
        # a form's subject line with the name before the code: 'ID: YP "Amira" (Child A)'
        candidates = [_name_before_code(doc, alias) for alias in candidates]

    # 4. last resort: the first name that most often opens a sentence about what someone did or was
    if not candidates:
        counts: dict[str, int] = {}
        for sent in doc.sentences:
            m = _SUBJECT_NAME.match(sent.text)
            if m and m.group(1) not in p.stop:
                counts[m.group(1)] = counts.get(m.group(1), 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
            candidates = _candidates_from(doc, [ranked[0][0]])

    # children known only by their place among the siblings ("The youngest child (aged 5) and the middle child
    # (aged 8) died; the eldest child (aged 12) survived", a form's "The younger child: 20 mths, boy"): two or more
    # such roles in the opening, when nothing but a family label names anyone
    if all(_BARE_FAMILY_LABEL.fullmatch(c) for c in candidates):
        roles_found = _role_children(intro)
        if len(roles_found) >= 2:
            candidates = roles_found
            together = True

    # the opening lists the children each with an age in brackets ("Kai (7), his sister Mia (4) and their
    # baby brother Noah (19 months) died", "W1 (girl, 11), W2 (boy, 8) and W3 (girl, 5) disclosed"): those are
    # the subjects when they take in every child found so far (or stand in for a family label)
    aged = _aged_list(doc)
    if len(aged) >= 2 and len(aged) > len(candidates) and all(c in aged or _FAMILY_LABEL.match(c) for c in candidates):
        candidates = aged
        together = True
    # ... or gives each child an entry of its own opening with the code, sex and age ("Baby A - boy, 7 wks. Died
    # Nov 2023.", "Baby B - girl, 3 months ...")
    entries = _code_entries(doc)
    if (
        len(entries) >= 2
        and len(entries) > len(candidates)
        and all(c in entries or _FAMILY_LABEL.match(c) for c in candidates)
    ):
        candidates = entries
        together = True

    # a family table or list giving each subject child a row with its age
    with_rows = _with_rows(candidates, _row_children(doc))
    listed = with_rows is not candidates  # the table's order is the report's order
    together = together or listed
    candidates = with_rows

    # the report counts its subjects ("This review concerns two children from one family") and names
    # fewer: the others are those given a pseudonym in the opening ("his sister, whom we call Temi")
    counted = _COUNTED.search(text[: HEAD_CHARS * 3])
    if counted and 0 < len(candidates) < _COUNT_WORDS[counted.group(1).lower()]:
        want = _COUNT_WORDS[counted.group(1).lower()]
        for m in _PSEUDONYM.finditer(text, 0, min(len(text), counted.end() + 1500)):
            for name in _candidates_from(doc, [m.group("name")]):
                if name not in candidates and len(candidates) < want:
                    candidates.append(name)

    # a title naming the children as a family ("The S Children") and one child found: a brother or sister named
    # with an age beside the child in the same paragraph ("Alfie, 10, suffered burns ... His brother Reece, aged
    # eight, was treated for smoke inhalation") is a subject too
    if len(candidates) == 1 and any(_PLURAL_FAMILY.search(line) for line in head_lines[:12]):
        candidates += _aged_sibling(doc, candidates[0])
    candidates = [c for c in candidates if full_form(c) == c or full_form(c) not in candidates]
    # a bare code found beside its named form ("Family C" and "Family C (Finn)") is the same child
    candidates = [c for c in candidates if not any(o.startswith(c + " (") and o.endswith(")") for o in candidates)]
    children: list[ChildResult] = []
    for alias in candidates:
        occ = _occurrences(doc, alias)
        if not occ:
            # a short title form ("Young person J") whose body uses only "J"
            shorts = _short_names(alias)[1:]
            occ = [o for s in shorts for o in _occurrences(doc, s)]
            if not occ:
                continue
        body = [o for o in occ if o.start() >= HEAD_CHARS // 3] or occ
        others = [n for c in candidates if c != alias for n in _short_names(c)]
        if not together and len(candidates) > 1 and all(_is_sibling_mention(doc, o, others) for o in body[:3]):
            continue
        if len(candidates) > 1 and _said_not_subject(doc, alias, [c for c in candidates if c != alias]):
            continue
        names = _short_names(alias) + _pseudonyms(doc, alias)
        # "Young Person A" whose body says "A fell from the car park", "A's father": the bare letter is no name
        # (an article everywhere else), but those uses are mentions of the child
        bare_a = _occurrences(doc, "A") if re.fullmatch(code_word() + r" A", alias) else []
        mentions = sorted(
            (o for n in (*names, *(["A"] if bare_a else [])) for o in _occurrences(doc, n)),
            key=lambda o: o.start(),
        )
        first = min(o.start() for o in occ)
        children.append(
            ChildResult(
                alias=alias,
                names=names,
                first=first,
                mentions=[Span(o.start(), o.end(), o.group(0)) for o in mentions],
            )
        )
    if not listed:
        children.sort(key=lambda c: _first_body_mention(doc, c))
    if not children and not candidates:
        unnamed = _unnamed_child(doc)
        if unnamed is not None:
            children.append(unnamed)
    return children


# The one subject of a short summary that never names the child: "A child under the age of one died suddenly
# and unexpectedly at home", "The baby was found unresponsive ..." (capitalised, so a sentence's start or a title
# the reader ran into it). A thematic review's children are no subject.
_UNNAMED_SUBJECT = re.compile(
    r"(?<!\S)(?:In [^,.;]{3,30},? )?(?P<det>A|An|The) (?:[\w-]+ ){0,2}?"
    r"(?P<noun>child|baby|infant|boy|girl|young person|teenager|toddler)\b(?!['’])[^.;]{0,60}?"
    r"\b(?:died|was|suffered|sustained)\b"
)
_THEMATIC = re.compile(r"\bthematic\b|\b(?:these|the) (?:\w+ )?(?:children|young people|cases|families)\b", re.I)


def _unnamed_child(doc: Doc) -> ChildResult | None:
    head = doc.text[:2500]
    if _THEMATIC.search(head):
        return None
    m = _UNNAMED_SUBJECT.search(head)
    if m is None:
        return None
    noun = m.group("noun")
    names = (f"the {noun}", f"The {noun}", f"a {noun}", f"A {noun}", f"an {noun}", f"An {noun}")
    mentions = sorted((o for n in names for o in _occurrences(doc, n)), key=lambda o: o.start())
    return ChildResult(
        alias="not_known",
        names=names,
        first=m.start("det"),
        mentions=[Span(o.start(), o.end(), o.group(0)) for o in mentions],
    )


_BARE_FAMILY_LABEL = re.compile(r"(?i:family|the) [A-Z]|[A-Z] (?i:family|children)")
_ROLE_CHILD = re.compile(r"\b[Tt]he (younger|older|elder|youngest|oldest|eldest|middle) (child|sibling|boy|girl)\b")


def _role_children(intro: str) -> list[str]:
    """The children an opening names by their place among the siblings, in the order it first names them."""
    out: list[str] = []
    for m in _ROLE_CHILD.finditer(intro):
        alias = f"the {m.group(1)} {m.group(2)}"
        if alias not in out:
            out.append(alias)
    return out


def _with_paragraph_lists(doc: Doc, intro: str, winner: re.Pattern[str], found: list[str]) -> list[str]:
    """The opening's other lists of subjects in the paragraph of the list found ("One child, Kai, died. Two
    children, Lacey and Harvey, were seriously harmed."): every list sentence read together, not the first
    that matches; the names in the order the paragraph gives them."""
    p = patterns()
    spans: list[tuple[int, int]] = []
    for m in winner.finditer(intro):
        start = intro.rfind("\n\n", 0, m.start()) + 1
        end = intro.find("\n\n", m.end())
        spans.append((start, end if end != -1 else len(intro)))
    if not spans:
        return found
    placed: list[tuple[int, str]] = []
    for start, end in dict.fromkeys(spans):
        for pat in (*p.multi, *p.multi_single):
            for m in pat.finditer(intro, start, end):
                placed += [(m.start("names"), raw) for raw in _split_names(m.group("names"))]
    more = _candidates_from(doc, [raw for _at, raw in sorted(placed, key=lambda t: t[0])])
    if not set(found) <= set(more):
        return found
    return more


# one item of a list of children with ages: "Kai (7)", "his sister Mia (4)", "their baby brother Noah (19 months)",
# "W2 (boy, 8)"; the items joined by commas and "and"
_AGED_ITEM = (
    r"(?:(?:his|her|their) (?:\w+ ){0,2}(?:sister|brother|sibling|half-sister|half-brother)\s+)?"
    r"(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?|[A-Z]{1,2}\d{1,2})\s*\((?:(?:girl|boy|male|female|[MF]),?\s*)?"
    r"(?:aged\s+)?\d{1,2}(?:\s*(?:months?|mths?|weeks?|years?|yrs?|y))?(?:,?\s*(?:girl|boy|[MF]))?\)"
)
_AGED_ANY = _AGED_ITEM.replace("?P<name>", "?:")  # the same item without its named group, to repeat it
_AGED_LIST = re.compile(_AGED_ANY + r"(?:(?:\s*,\s*|\s*,?\s+and\s+)" + _AGED_ANY + r")+")
_AGED_NAME = re.compile(_AGED_ITEM)
_FAMILY_LABEL = re.compile(r"(?i:family|the) [A-Z]\b|[A-Z] (?i:family|children)\b")


def _aged_list(doc: Doc) -> list[str]:
    """The names of the first list of two or more children given with ages in brackets in the opening."""
    m = _AGED_LIST.search(doc.text, 0, min(len(doc.text), 2500))
    if m is None:
        return []
    names = [n.group("name") for n in _AGED_NAME.finditer(m.group(0))]
    if any(n in patterns().stop for n in names):
        return []
    # a name given with its age needs no second mention (a short summary names each child once)
    return _candidates_from(doc, names, mentions=1)


_COUNT_WORDS = {"two": 2, "three": 3, "four": 4}
_COUNTED = re.compile(
    r"\b(?:review|report) (?:concerns|is about|considers|relates to|focuses on) (two|three|four) "
    r"(?:children|siblings|young people|brothers|sisters|girls|boys)\b",
    re.I,
)
_PSEUDONYM_CUE = re.compile(
    r"\b(?:whom|who) (?:we|I) (?:will )?(?:call|refer to as)"
    r"|\b(?:who|whom) (?:will be|is|are) (?:called|referred to as)"
    r"|\breferred to (?:here |in this report )?as|\bknown (?:here |in this report )?as"
)
_PSEUDONYM = re.compile(
    r"(?:" + _PSEUDONYM_CUE.pattern + r")\s+[\"“‘']?(?P<name>[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?|" + code_word() + r" "
    r"[A-Z]{1,2}\d{0,2})(?![\w-])"
)


def _pseudonyms(doc: Doc, alias: str) -> tuple[str, ...]:
    """The name the body gives a coded child it then uses: "referred to in this report as Ruby (Child R)" adds "Ruby"
    to Child R's names (the alias stays the title's), when the body uses it again."""
    if not patterns().coded.fullmatch(alias):
        return ()
    m = compiled(
        r"(?:"
        + _PSEUDONYM_CUE.pattern
        + r")\s+[\"“‘']?(?P<name>[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?)[\"”’']?\s*\("
        + re.escape(alias)
        + r"\)"
    ).search(doc.text, 0, min(len(doc.text), 8000))
    if m is None:
        # the name the report says it uses instead, in quotes, with the code in the same sentence: 'We use "Kai"
        # throughout ... not use "Child K" beyond its title'
        for u in _WE_USE.finditer(doc.text, 0, min(len(doc.text), 8000)):
            sent = doc.sentences[doc.sentence_index(u.start())]
            if re.search(r"(?<!\w)" + re.escape(alias) + r"(?!\w)", sent.text):
                m = u
                break
    if m is None or m.group("name") in patterns().stop or len(_occurrences(doc, m.group("name"))) < 3:
        return ()
    return (m.group("name"),)


_WE_USE = re.compile(
    r"\b(?:[Ww]e|I) (?:use|have used|will use|call|have called|will call)\s+[\"“‘']"
    r"(?P<name>[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?)[\"”’']"
)


def _first_body_mention(doc: Doc, child: ChildResult) -> int:
    """Order children by their first mention in running text (titles list names in any order):
    a mention on a line of eight words or more, or one that ends like a sentence."""
    for m in child.mentions:
        if m.text != child.alias:
            continue
        line_start = doc.text.rfind("\n", 0, m.start) + 1
        line_end = doc.text.find("\n", m.end)
        line = doc.text[line_start : line_end if line_end != -1 else len(doc.text)].strip()
        if len(line.split()) >= 8 or line.endswith((".", ";", ":")):
            return m.start
    return child.first


class ChildrenComponent:
    """Pipeline component: fills ``extraction.children`` and each child's alias."""

    name = "children"

    def __call__(self, doc: Doc, result: Extraction) -> None:
        alias_var = roles().alias
        result.children = find_children(doc)
        for child in result.children:
            evidence = [child.mentions[0]] if child.mentions else []
            # a code's short word written out ("YP T" is "Young Person T"), as the codebook's aliases are
            child.codes[alias_var] = Suggestion(full_form(child.alias), 0.9, evidence, "rule:children/alias")
        if not result.children:
            result.warnings.append("no subject child found in the report")


def child_sentence_indexes(doc: Doc, child: ChildResult, others: list[ChildResult]) -> list[int]:
    """Indexes of the sentences about ``child``: those naming it, and a following sentence that
    names no other child (the report going on about the same child). With one subject child,
    every sentence belongs to it, those naming it first."""
    key = ("child_sentence_indexes", child.alias, tuple(o.alias for o in others))
    cached = doc._trigger_cache.get(key)  # type: ignore[call-overload]
    if cached is None:
        cached = doc._trigger_cache[key] = _child_sentence_indexes(doc, child, others)  # type: ignore[index]
    return list(cached)


def _child_sentence_indexes(doc: Doc, child: ChildResult, others: list[ChildResult]) -> list[int]:
    named = sorted({doc.sentence_index(m.start) for m in child.mentions})
    if not others:
        named_set = set(named)
        rest = [i for i in range(len(doc.sentences)) if i not in named_set]
        return named + rest
    other_idx = {doc.sentence_index(m.start) for o in others for m in o.mentions}
    named_set = set(named)
    n = len(doc.sentences)
    out: list[int] = []
    for g in _group_sentences(doc):
        out.append(g)
        # the paragraph going on about them all ("Both children died in a fire at their father's flat.
        # Their father also died. The inquest found that he had set the fire deliberately.")
        for k in range(g + 1, min(n, g + 4)):
            if (
                k in other_idx
                or k in named_set
                or "\n\n" in doc.text[doc.sentences[k - 1].end : doc.sentences[k].start]
                or not _PLURAL_REF.search(doc.sentences[k].text)
            ):
                break
            out.append(k)
    out += _table_rows_under_names(doc, [child, *others], other_idx | named_set)
    other_last: dict[int, int] = {}
    for o in others:
        for m in o.mentions:
            k = doc.sentence_index(m.start)
            other_last[k] = max(other_last.get(k, -1), m.start)
    own_last: dict[int, int] = {}
    for m in child.mentions:
        k = doc.sentence_index(m.start)
        own_last[k] = max(own_last.get(k, -1), m.start)
    entries: list[list[int]] = []
    doc._trigger_cache[("heading_entries", child.alias, tuple(o.alias for o in others))] = entries  # type: ignore[index]
    for i in named:
        out.append(i)
        j = i + 1
        if other_last.get(i, -1) > own_last[i]:
            continue  # another child named last: the next sentence goes on about that child
        if j < n and j not in other_idx and j not in named_set and _heads_entry(doc, i, child):
            # the child's name alone on a line, a heading or a table's first cell ("Infant A", then "Boy, aged
            # seven weeks. ..." and "Died in February 2023. ..." in the next cells): what follows, up to the next
            # child or heading, is about the child
            entry = _heading_entry(doc, j, other_idx | named_set)
            entries.append(entry)
            out += entry
        elif j < n and j not in other_idx and j not in named_set and _opens_entry(doc, i, child):
            # the child's own entry ("Baby A - boy, 7 wks. Died Nov 2023. Found unresponsive in an adult bed
            # shared with M and M's partner. Cause: SUDI."): the whole paragraph is about the child
            for k in range(j, n):
                if (
                    k in other_idx
                    or k in named_set
                    or "\n\n" in doc.text[doc.sentences[k - 1].end : doc.sentences[k].start]
                ):
                    break
                out.append(k)
        if j < n and j not in other_idx and j not in named_set:
            out.append(j)
            # the same paragraph going on about the child in pronouns ("Callum is White British. He had
            # been going missing ... At the time he was found he was subject to a plan")
            for k in range(j + 1, min(n, j + 8)):
                text = doc.sentences[k].text
                if (
                    k in other_idx
                    or k in named_set
                    # a new paragraph goes on about the child only when it opens on its pronoun
                    or (
                        "\n\n" in doc.text[doc.sentences[k - 1].end : doc.sentences[k].start]
                        and not _PRONOUN_OPENING.match(text)
                    )
                ):
                    break
                if k >= j + 4 and not _PRONOUN_OPENING.match(text):
                    break  # past three sentences, only one that opens on the child's pronoun goes on about it
                if not _PRONOUN.search(text) and _SOMEONE_ELSE.search(text):
                    # "The post-mortem examination found abdominal injuries" goes on about the child;
                    # "The mother had been drinking" is about someone else
                    break
                out.append(k)
    return sorted(set(out))


_NUMBERED_HEADING = re.compile(r"\s*\d+(?:\.\d+)*\.?\s+[A-Z]")


def _table_rows_under_names(doc: Doc, children: list[ChildResult], named: set[int]) -> list[int]:
    """A per-child table whose borders the reader lost: a line holding only the children's names, one a column
    ("Child A (Mia) Child B (Tyler)"), then rows with a cell for each ("CP plan Previous (...) Previous (...)"):
    the rows, up to the next numbered heading or a sentence naming a child, are every child's."""
    if not all(c.names for c in children):
        return []
    ordered = sorted(children, key=lambda c: c.mentions[0].start if c.mentions else 0)
    header = compiled(
        r"[ \t|]*"
        + r"[ \t|]+".join(
            "(?:" + "|".join(re.escape(n) for n in sorted(c.names, key=len, reverse=True)) + ")" for c in ordered
        )
        + r"[ \t|]*"
    )
    out: list[int] = []
    for i in sorted(named):
        head = doc.sentences[i].text
        if not header.fullmatch(head):
            continue
        bordered = "|" in head or "\t" in head
        for k in range(i + 1, min(len(doc.sentences), i + 13)):
            row = doc.sentences[k].text
            if k in named or _NUMBERED_HEADING.match(row):
                break
            if bordered:
                # a table that kept its cell borders is read column by column elsewhere; a row saying the
                # same of every child ("CP plan | Never | Never") is each child's
                cells = [c.strip().lower() for c in re.split(r"\s*[|\t]\s*", row.strip().strip("|"))][1:]
                if len(cells) != len(ordered) or len(set(cells)) != 1 or not cells[0]:
                    continue
            out.append(k)
    return out


def entry_openings(doc: Doc, child: ChildResult, others: list[ChildResult]) -> set[int]:
    """The sentences on the first line of each entry under the child's name (a heading or a table's first cell):
    "Boy, born 2 February 2023. British Bangladeshi.", "- A White British girl, aged 15 at the incident." Said of
    the child as surely as a sentence naming it."""
    if not others:
        return set()
    child_sentence_indexes(doc, child, others)  # finds the entries
    entries = doc._trigger_cache.get(("heading_entries", child.alias, tuple(o.alias for o in others))) or []  # type: ignore[call-overload]
    out: set[int] = set()
    for entry in entries:
        for pos, k in enumerate(entry):
            if pos and (k != entry[pos - 1] + 1 or "\n" in doc.text[doc.sentences[k - 1].end : doc.sentences[k].start]):
                break
            out.add(k)
    return out


def _opens_entry(doc: Doc, i: int, child: ChildResult) -> bool:
    """Whether sentence ``i`` opens a paragraph with the child's name and a dash, colon or bracket: an entry of
    its own in a list of the children."""
    sent = doc.sentences[i]
    if i and "\n\n" not in doc.text[doc.sentences[i - 1].end : sent.start]:
        return False
    head = sent.text.lstrip("-•* \t")
    return any(head.startswith(name) and _ENTRY_MARK.match(head, len(name)) for name in child.names)


_ENTRY_MARK = re.compile(r"\s*(?:[:–—(]|-\s)")
# a numbered heading's number ("3.", "2.1", "(b)") before the name
_HEADING_NUMBER = re.compile(r"(?:\(?(?:\d+(?:\.\d+)*|[a-z])[.)]?\s+)?")


def _heads_entry(doc: Doc, i: int, child: ChildResult) -> bool:
    """Whether sentence ``i`` is the child's name alone on a line of its own (perhaps numbered or bracketed with
    an age): a heading or a table cell that opens the child's entry."""
    sent = doc.sentences[i]
    line_start = doc.text.rfind("\n", 0, sent.start) + 1
    line_end = doc.text.find("\n", sent.end)
    line = doc.text[line_start : line_end if line_end != -1 else len(doc.text)].strip()
    if len(line) > 60:
        return False
    head = line[_HEADING_NUMBER.match(line).end() :]
    return any(
        head == name or (head.startswith(name) and _BRACKET_AFTER.fullmatch(head, len(name))) for name in child.names
    )


_BRACKET_AFTER = re.compile(r"\s*\([^()\n]{1,30}\)")
# a line that looks like a heading: a few words with no closing stop
_HEADING_LINE = re.compile(r"[^\n.;:!?]{1,60}")


def _heading_entry(doc: Doc, j: int, stop: set[int]) -> list[int]:
    """The sentences from ``j`` on under a heading of the child's name: across paragraphs, up to another child's
    name, another heading line or 25 sentences."""
    out: list[int] = []
    for k in range(j, min(len(doc.sentences), j + 25)):
        sent = doc.sentences[k]
        if k in stop:
            break
        if k > j and "\n" in doc.text[doc.sentences[k - 1].end : sent.start]:
            line_end = doc.text.find("\n", sent.end)
            if (line_end == -1 or line_end == sent.end) and _HEADING_LINE.fullmatch(sent.text.strip()):
                break  # the next heading
        out.append(k)
    return out


_PLURAL_REF = re.compile(
    r"\b(?:[Tt]hey|[Tt]heir|them|[Bb]oth|[Tt]he (?:children|twins|siblings|babies|boys|girls|young people))\b"
)
_SOMEONE_ELSE = re.compile(
    r"\b(?:[Mm]other|[Ff]ather|[Mm]um|[Dd]ad|[Pp]arents?|[Ss]ister|[Bb]rother|[Ss]iblings?|[Gg]rand\w+|[Pp]artner|"
    r"[Ss]tep-?\w+|[Aa]unt|[Uu]ncle|[Cc]arers?|[Ff]amily|Mr|Ms|Mrs|Miss|[Tt]hey|[Tt]heir|[Cc]hildren)\b"
)


_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|him)\b")
# "She was on a child in need plan at the time": a sentence opening on the child's pronoun
_PRONOUN_OPENING = re.compile(
    r"\W*(?:He|She|His|Her)\b(?! (?:mother|father|mum|dad|parents?|brother|sister|sibling)\b)"
)


_GROUP = re.compile(
    r"\b(?:[Bb]oth (?:children|babies|twins|boys|girls|siblings)|[Tt]he (?:twins|two (?:children|babies|boys|girls))|"
    r"[Ee]ach (?:child|baby|twin)|"
    # "to see twins then aged 14 months": the twins' age together
    r"\b[Tt]wins,? (?:then |now |both )?aged)\b"
)


def _group_sentences(doc: Doc) -> list[int]:
    """Sentences about all the subject children together ("both babies", "the twins")."""
    cached = doc.metadata.get("_group_sentences")
    if cached is None:
        cached = [doc.sentence_index(m.start()) for m in _GROUP.finditer(doc.text)]
        doc.metadata["_group_sentences"] = cached
    return cached


def mentions_child(sentence_text: str, child: ChildResult) -> bool:
    return any(re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", sentence_text) for n in child.names)


_PLURAL_VERB = re.compile(r"\b(?:were|are|have|both|all|each|they|them|their)\b", re.I)
_OBJECT_AFTER = re.compile(r"\s*(?:of|to|on|against|for|suffered by|sustained by|caused to)\s+$")


def _name_spans(text: str, child: ChildResult) -> list[tuple[int, int]]:
    return [
        (m.start(), m.end())
        for n in child.names
        if n
        for m in compiled(r"(?<!\w)" + re.escape(n) + r"(?!\w)").finditer(text)
    ]


def cue_owner(text: str, start: int, end: int, children: list[ChildResult]) -> ChildResult | None:
    """Which of several children named in one sentence a phrase there (text[start:end]) is about:
    the child named just after it as its object ("the death of Child A", "serious harm to Twin 2"),
    else the child named last before it ("Child A, aged 2, died; Child B was injured", "Harley's
    murder"), else the first named after it. None when the sentence names none of them."""
    # two children can share a name (a surname, "Baby"): a span names the first of them listed
    owners: dict[tuple[int, int], ChildResult] = {}
    for c in children:
        for span in _name_spans(text, c):
            owners.setdefault(span, c)
    spans = [(s, e, c) for (s, e), c in sorted(owners.items(), key=lambda item: item[0])]
    if not spans:
        return None
    after = [(s, e, c) for s, e, c in spans if s >= end]
    if after and after[0][0] - end <= 25 and _OBJECT_AFTER.match(" " + text[end : after[0][0]]):
        return after[0][2]
    # a clause boundary (";") before the phrase ends what an earlier name governs
    clause = text.rfind(";", 0, start) + 1
    before = [(s, e, c) for s, e, c in spans if e <= start and s >= clause]
    if before:
        if len({id(c) for _s, _e, c in before}) > 1 and _PLURAL_VERB.search(text, before[-1][1], end):
            return None  # "Noel, aged six, and his sister Ivy, aged four, were killed": both of them
        if _listed_subject(text, before, start):
            return None  # "Kai (7), his sister Mia (4) and their baby brother Noah (19 months) died": all of them
        return before[-1][2]
    if after:
        return after[0][2]
    before = [(s, e, c) for s, e, c in spans if e <= start]
    return before[-1][2] if before else None


# between two names of a list: a comma or "and", then perhaps a relation ("his sister", "their baby brother")
_LIST_JOIN = re.compile(
    r"(?:\s*\([^()]{0,25}\))?\s*(?:,\s*(?:and\s+)?|\s+(?:and|&)\s+)(?:(?:his|her|their) (?:\w+ ){0,2})?"
)
# between the list's last name and the phrase: at most a bracketed age or a short apposition
_LIST_END = re.compile(r"(?:\s*\([^()]{0,25}\)|,[^,.;()]{0,30},)?\s*")


def _listed_subject(text: str, before: list[tuple[int, int, ChildResult]], start: int) -> bool:
    """Whether the phrase at ``start`` follows a list of two or more of the children that is its subject:
    the names joined only by commas, "and" and relations, the phrase right after the last."""
    if not _LIST_END.fullmatch(text, before[-1][1], start):
        return False
    listed = {id(before[-1][2])}
    for (_s, e, c), (s2, _e2, _c2) in zip(reversed(before[:-1]), reversed(before[1:]), strict=True):
        if not _LIST_JOIN.fullmatch(text, e, s2):
            break
        listed.add(id(c))
    return len(listed) > 1


def owns_cue(text: str, start: int, end: int, child: ChildResult, others: list[ChildResult]) -> bool:
    """Whether a phrase in a sentence is about ``child``: always when the sentence names no other
    subject child; otherwise when :func:`cue_owner` gives this child (or nobody)."""
    if not others or not any(_name_spans(text, o) for o in others):
        return True
    owner = cue_owner(text, start, end, [child, *others])
    return owner is None or owner is child
