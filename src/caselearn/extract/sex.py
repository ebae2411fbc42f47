"""Sex of each child: explicit words first ("(male)", "a girl", "his son"), then the pronouns
used in the sentences about the child; not_known where the report hides it."""

from __future__ import annotations

import re

from caselearn.extract.children import child_sentence_indexes, cue_owner, mentions_child
from caselearn.extract.guard import fast_compile  # the same matches as re.compile, faster per sentence
from caselearn.extract.ids import roles
from caselearn.extract.lexicon import load_data
from caselearn.extract.model import ChildResult, Extraction, Span, Suggestion
from caselearn.extract.prefilter import Prefiltered, register
from caselearn.extract.text import Doc, compiled

_DATA = None
# Every alternative of the "sex not given" pattern names the sex or gender, a boy or girl, or
# "they" ("referred to as they"): a candidate sentence must also hold one of these. Its derived
# triggers alone ("given", "described", "use") select many sentences where it finds nothing.
# (tests/extract/test_speed7b.py checks that every alternative needs one of them.)
HIDDEN_ALSO = frozenset({"sex", "gender", "boy", "girl", "they"})


def _hidden(pattern: str) -> Prefiltered:
    found = Prefiltered.compile(pattern, re.I)
    register(HIDDEN_ALSO)
    return Prefiltered(found.regex, found.triggers, (*found.also, HIDDEN_ALSO), fast=True)


def _data() -> dict:
    global _DATA
    if _DATA is None:
        d = load_data("sex")
        _DATA = {
            # the fast form: searched in every sentence naming the child (same matches, twice as fast)
            "explicit": {v: fast_compile(p, re.I) for v, p in d["explicit"].items()},
            "pronouns": {v: re.compile(p) for v, p in d["pronouns"].items()},
            "hidden": _hidden(d["hidden"]),  # within a sentence, found once per document
            "relation": {v: re.compile(p, re.I) for v, p in d["relation"].items()},
            "relation_plural": {v: re.compile(p, re.I) for v, p in d["relation_plural"].items()},
            "given": {name: v for v, names in (d.get("given_names") or {}).items() for name in names},
        }
    return _DATA


_RELATION_ENDS = ("brother", "son", "nephew", "sister", "daughter", "niece", "twin")


_CELL_SEX = {
    "male": "male",
    "m": "male",
    "boy": "male",
    "female": "female",
    "f": "female",
    "girl": "female",
}
_CELL_HIDDEN = re.compile(r"\b(?:withheld|not (?:stated|given|recorded|disclosed)|redacted|not known)\b", re.I)


def _table_sex(doc: Doc, child: ChildResult, others: list[ChildResult]) -> Suggestion | None:
    """The child's sex from its column of a per-child table ("Sex | Male | (withheld) | Female")."""
    from caselearn.extract.age import child_cells  # the table is found once, for the ages

    for cell, span in child_cells(doc, child, others, r"(?:sex|gender)\b"):
        word = cell.strip(" ()*.").lower()
        if word in _CELL_SEX:
            return Suggestion(_CELL_SEX[word], 0.85, [span], "rule:sex/table")
        if _CELL_HIDDEN.search(cell):
            return Suggestion("not_known", 0.7, [span], "rule:sex/table_hidden")
    return None


_SEX_HEADER = re.compile(r"(?i)(?:sex|gender)(?:\s*/\s*\w+)?\??")


def _row_tables(doc: Doc) -> list[tuple[int, int, list[tuple[list[str], int, str]]]]:
    """Tables with one row per person and a sex column ("Name | Age | Sex", then "Child A | 7 months | M"):
    the sex column's index and each row's cells with the row's offset. Found once per document."""
    key = ("sex_row_tables",)
    found = doc._trigger_cache.get(key)  # type: ignore[call-overload]
    if found is not None:
        return found
    found = []
    if " | " in doc.text:
        lines = [(m.start(), m.group(0)) for m in re.finditer(r"[^\n]+", doc.text)]
        k = 0
        while k < len(lines):
            start, line = lines[k]
            k += 1
            cells = [c.strip() for c in line.split(" | ")]
            col = next((j for j, c in enumerate(cells) if _SEX_HEADER.fullmatch(c)), None)
            if col is None or len(cells) < 3:
                continue
            rows: list[tuple[list[str], int, str]] = []
            while k < len(lines) and " | " in lines[k][1]:
                rows.append(([c.strip() for c in lines[k][1].split(" | ")], lines[k][0], lines[k][1]))
                k += 1
            found.append((col, len(cells), rows))
    doc._trigger_cache[key] = found  # type: ignore[index]
    return found


def _row_sex(doc: Doc, child: ChildResult) -> Suggestion | None:
    """The child's sex from its own row of a table with a sex column, in any order of columns. A row
    that lost an empty cell is read by its one cell that gives a sex."""
    names = {n.lower() for n in child.names}
    for col, width, rows in _row_tables(doc):
        for cells, at, line in rows:
            first = re.sub(r"\s*\([^()]*\)\s*$", "", cells[0]).strip(" *").lower()
            if first not in names and cells[0].lower() not in names:
                continue
            if len(cells) == width:
                value = _CELL_SEX.get(cells[col].strip(" ()*.").lower())
            else:
                given = {
                    _CELL_SEX[c.strip(" ()*.").lower()] for c in cells[1:] if c.strip(" ()*.").lower() in _CELL_SEX
                }
                value = given.pop() if len(given) == 1 else None
            if value:
                return Suggestion(value, 0.85, [Span(at, at + len(line), line)], "rule:sex/table_row")
    return None


def child_sex(doc: Doc, child: ChildResult, others: list[ChildResult]) -> Suggestion | None:
    d = _data()
    rowed = _row_sex(doc, child)
    if rowed is not None:
        return rowed
    if others:
        tabled = _table_sex(doc, child, others)
        if tabled is not None:
            return tabled
    found_hidden = d["hidden"].finditer(doc)
    hidden = next((h for h in found_hidden if _hidden_for(doc, h, child, others)), None)
    if hidden and _THEY.search(hidden.group(0)) and _identity_said(doc, hidden):
        hidden = None  # "Sam is non-binary ... asked to be referred to as 'they'": a gender identity, not a secret
    if hidden:
        return Suggestion("not_known", 0.7, [Span(hidden.start(), hidden.end(), hidden.group(0))], "rule:sex/hidden")
    names = "|".join(re.escape(n) for n in child.names)
    if any(m.text == "A" for m in child.mentions):
        # Child A's bare letter, where it is a mention ("A is a boy", "A was fourteen"), never the article
        names += "|" + _BARE_A
    indexes = child_sentence_indexes(doc, child, others)
    named_idx = {doc.sentence_index(m.start) for m in child.mentions}
    all_names = [n for c in [child, *others] for n in c.names]
    nearest = compiled(
        r"(?<!\w)(?:" + "|".join(re.escape(n) for n in sorted(all_names, key=len, reverse=True)) + r")(?!\w)"
    )
    # a relation word just before the name: "her brother, Child L2"
    for m in child.mentions:
        if doc.text.startswith(("'s", "’s"), m.end):
            continue  # "her brother, P's uncle": the name is a possessive, not the brother
        before = doc.text[max(0, m.start - 50) : m.start]
        # never across a paragraph: a heading "Mia and her brother" above "Mia was two ..."
        before = _PARAGRAPH_BREAK.split(before)[-1]
        low = before.lower()
        if not any(w in low for w in _RELATION_ENDS):
            continue  # cheap check: every relation word holds one of these
        for value, pattern in d["relation"].items():
            found = pattern.search(before)
            if found and not (
                found.group(0)[0].isupper() and found.group(0).endswith((" ", "\t")) and "," not in found.group(0)
            ):
                return Suggestion(
                    value, 0.85, [Span(m.start - len(before), m.end, before + m.text)], f"rule:sex/relation.{value}"
                )
        for value, pattern in d["relation_plural"].items():
            found = pattern.search(before)
            if found:
                return Suggestion(
                    value, 0.85, [Span(m.start - len(before), m.end, before + m.text)], f"rule:sex/relation.{value}"
                )
    # "Child K2, his sister, aged three": a relation in apposition after the name
    # "Child D was the youngest son of Ms P", "Child D is Ms P's only daughter": the same after a verb; not a
    # list ("Child D, her brother Kyle and ...")
    appos = compiled(
        r"(?:,[^,.;()]{1,25}?,)?(?:[,(]\s*|\s+(?:was|is|being)\s+)"
        r"(?:his|her|their|the|an?|(?:(?:Mr|Ms|Mrs|Miss|Dr)(?: and (?:Mr|Ms|Mrs|Miss))? )?[A-Z][\w-]*['’]s) "
        r"(?:\w+ ){0,2}?(brother|son|sister|daughter)\b(?!['’]s)(?!,? (?:and\b|&|[A-Z]))"
    )
    # "Child M, girl, 22 months old", "Child R - male, 15", "Kai (boy, 6)": a bare sex word right after the name
    for m in child.mentions[:20]:
        bm = _BARE_SEX_AFTER.match(doc.text, m.end)
        if bm and not doc.text.startswith(("'s", "’s"), m.end):
            word = bm.group(1) or bm.group(2)
            value = "male" if word.lower() in ("boy", "male", "m") else "female"
            span = Span(m.start, bm.end(bm.lastindex or 1), doc.text[m.start : bm.end(bm.lastindex or 1)])
            return Suggestion(value, 0.85, [span], f"rule:sex/apposition.{value}")
    # "Infant C" alone on a line (a heading, a table's first cell), then "Boy, born 2 February 2023." or "A baby
    # girl in her first year.": the entry's first words give the sex
    for m in child.mentions[:20]:
        if not _LINE_START.search(doc.text, max(0, m.start - 12), m.start):
            continue
        hm = _HEADED_SEX.match(doc.text, m.end)
        if hm:
            value = "male" if hm.group(1).lower() in ("boy", "male") else "female"
            return Suggestion(
                value, 0.8, [Span(hm.start(1), hm.end(1), hm.group(1))], f"rule:sex/heading_entry.{value}"
            )
    for m in child.mentions[:20]:
        am = appos.match(doc.text, m.end)
        if am:
            value = "male" if am.group(1) in ("brother", "son") else "female"
            return Suggestion(
                value, 0.85, [Span(m.start, am.end(), doc.text[m.start : am.end()])], f"rule:sex/apposition.{value}"
            )
    # "Jordan's mother said her son had been bullied": the child as a parent's son or daughter (in what
    # the parent said; "after the birth of her son" may be an older child)
    offspring = compiled(
        r"(?<!\w)(?:" + names + r")['’]s (?:mother|father|mum|dad|parents?|grandmother|grandfather|carers?)\b"
        r"[^.;]{0,40}?\b(?:said|says|told|tells|described|reported|explained|believed|felt|feels|thought)\b"
        r"[^.;]{0,30}?\b(?:her|his|their) (son|daughter)\b"
    )
    found = _opening_a_mention(doc, child, offspring, "son", 0.85, "offspring")
    if found is not None:
        return found
    # "The mother said Baby H had hit her face on the cot", "Kai banged his head": the child's own body part
    own_body = compiled(
        r"(?<!\w)(?:" + names + r")(?!\w)(?!['’]s) (?:had |has |may have |might have )?(?:\w+ )?"
        r"(?:hit|bumped|banged|knocked|hurt|injured|cut|grazed|scratched|burnt|burned|trapped|caught) "
        r"(his|her) (?:own )?(?:head|face|cheek|forehead|nose|ear|eye|chin|arm|leg|hand|foot|finger|back|chest)s?\b"
    )
    found = _opening_a_mention(doc, child, own_body, "his", 0.8, "own_body")
    if found is not None:
        return found
    # "Paramedics found Harley unresponsive; he was resuscitated", "Baby K was not breathing and she was airlifted
    # to ...": the patient, told right after the child's name with nobody else between
    found = _treated(doc, child, names)
    if found is not None:
        return found
    # "Jayden, aged 3, and his sister Mia", "Amir (6) and his younger sister": the possessive after the name
    pair = compiled(
        r"(?<!\w)(?:"
        + names
        + r")(?!\w)(?!'s)(?:,[^,.;]{0,25},|\s*\([^()]{1,20}\))? and (his|her) (?:\w+ )?(?:brother|sister|twin|sibling)"
    )
    for m in child.mentions[:20]:
        pm = pair.match(doc.text, m.start)
        if pm:
            value = "male" if pm.group(1) == "his" else "female"
            return Suggestion(value, 0.85, [Span(pm.start(), pm.end(), pm.group(0))], f"rule:sex/pair.{value}")
    # explicit: "Child R, male," / "Baby K (male)" / "Ruby was a six-year-old girl"
    for i in indexes:
        if i not in named_idx:
            continue
        sent = doc.sentences[i]
        for value, pattern in d["explicit"].items():
            for m in pattern.finditer(sent.text):
                if m.group(0)[:2] in ("a ", "th", "A ", "Th") and _PREPOSITION_BEFORE.search(
                    sent.text, max(0, m.start() - 9), m.start()
                ):
                    continue  # "sent a photograph to a boy in her class": someone else
                window = sent.text[max(0, m.start() - 60) : m.start()]
                if (
                    _RELATION_APPOSED.search(window)
                    or (m.group(0)[:2] in ("a ", "A ") and _OBJECT_OF.search(window))
                    or _POSING_AS.search(window)
                ):
                    # "sexually assaulted his cousin, a girl aged 7", "B touched a girl in his class": someone else's
                    continue
                named_before = [n.group(0) for n in nearest.finditer(window)]
                if named_before and named_before[-1] not in child.names:
                    continue  # the nearest name before the word is another child's
                if compiled(r"(?<!\w)(?:" + names + r")(?!\w)(?!'s)").search(window) or compiled(
                    r"[\s,]*(?:" + names + r")\b"
                ).match(sent.text[m.end() : m.end() + 30]):
                    span = Span(sent.start + m.start(), sent.start + m.end(), m.group(0))
                    return Suggestion(value, 0.9, [span], f"rule:sex/explicit.{value}")
    # "Child T was 14. He had been assigned female at birth.": a gender identity said in the sentence that goes
    # on about the child just named
    other = d["explicit"].get("other")
    if other is not None:
        for i in sorted(named_idx):
            if i + 1 >= len(doc.sentences) or i + 1 in named_idx:
                continue
            nxt = doc.sentences[i + 1]
            if not re.match(r"\W*(?:He|She|They|The (?:child|young person|teenager))\b", nxt.text):
                continue
            om = other.search(nxt.text)
            if om and not _CARER_BEFORE.search(nxt.text[max(0, om.start() - 25) : om.start()]):
                span = Span(nxt.start + om.start(), nxt.start + om.end(), om.group(0))
                return Suggestion("other", 0.85, [span], "rule:sex/explicit.other")
    # one subject child and a form's own field: "Sex:   F" outweighs pronouns that may be anyone's
    field = None if others else _key_fact(doc)
    if field is not None and _SEX_FIELD.match(field.evidence[0].text):
        return field
    # pronouns in sentences where the child is the subject; failing that, after any mention
    strict = compiled(
        # ... after a shouted heading the reader joined to it: "SUBJECT Child J. In Year 9 ... She is ..."
        r"^(?:\W*[\d.]+\s+)?(?:(?-i:[A-Z]{2,}(?: [A-Z]{2,}){0,2})\s+)?(?:" + names + r")\b(?!'s)"
        r"|[;,] (?:" + names + r")\b(?!'s)"
        # "In October 2023 Alfie, then aged nine, was ...", "Feb 2024: Child G, a Year 8 pupil, disclosed"
        r"|^\W*(?:(?:In|On|By|At|During|From|After|Before|Over|When)\s[^,.;:]{0,30}?,?\s|[^.:]{0,25}:\s*)"
        r"(?:" + names + r")\b(?!'s)"
    )
    loose = compiled(r"(?<!\w)(?:" + names + r")(?!\w)")
    other_names = compiled(
        r"(?<!\w)(?:" + "|".join(re.escape(n) for o in others for n in o.names) + r")(?!\w)" if others else r"(?!x)x"
    )
    for subject, tag in ((strict, "pronouns"), (loose, "pronouns_any")):
        found = _pronoun_vote(doc, d, named_idx, subject, other_names, bool(others))
        if found is not None and (tag == "pronouns" or found[3] >= 2):
            value, share, span, _n = found
            return Suggestion(value, round(0.5 + 0.4 * share, 3), [span], f"rule:sex/{tag}.{value}")
    if not others:
        return field or _child_noun_pronouns(doc, d) or _given_name(child) or _family_possessives(doc)
    return _given_name(child) or (_sibling_possessive(doc, others[0]) if len(others) == 1 else None)


# "His twin sister, Baby S, was admitted the same day": in a review of two children, the possessive before
# one child's relation word is the other child's
_SIBLING_POSSESSIVE = re.compile(
    r"(?:^|[.;:]\s+|\band\s+)(His|Her|his|her) (?:(?:older|younger|elder|baby|little|big|twin|half-|step-?)\s*)?"
    r"(?:twin(?: sister| brother)?|sister|brother|sibling)(?:,\s*|\s+)$"
)


def _opening_a_mention(
    doc: Doc, child: ChildResult, pattern: re.Pattern[str], male_word: str, confidence: float, rule: str
) -> Suggestion | None:
    """The sex told by ``pattern`` matched where one of the child's first mentions starts: its group 1 is
    ``male_word`` or the female word; the whole match is the evidence."""
    for m in child.mentions[:20]:
        found = pattern.match(doc.text, m.start)
        if found:
            value = "male" if found.group(1) == male_word else "female"
            return Suggestion(
                value, confidence, [Span(found.start(), found.end(), found.group(0))], f"rule:sex/{rule}.{value}"
            )
    return None


_TREATED = (
    r"(?!['’]s)(?P<gap>[^.;:()\n]{0,50}?)(?:;|,? and|, where|, but)\s+(?P<p>he|she) (?:was|had been) "
    r"(?:then |later |quickly |immediately |successfully )?(?:resuscitated|intubated|ventilated|sedated|airlifted|"
    r"admitted to|transferred to|(?:taken|rushed|conveyed|blue-lighted) to (?:hospital|the|a)\b|"
    r"pronounced dead|declared dead|certified dead)"
)


def _treated(doc: Doc, child: ChildResult, names: str) -> Suggestion | None:
    """The child's sex from the pronoun of the patient in the clause right after its name."""
    pattern = compiled(r"(?<!\w)(?:" + names + r")(?!\w)" + _TREATED)
    for m in child.mentions[:20]:
        found = pattern.match(doc.text, m.start)
        if found and not _ANOTHER_PERSON.search(found.group("gap")) and not _PERSON_WORD.search(found.group("gap")):
            value = "male" if found.group("p") == "he" else "female"
            span = Span(found.start(), found.end(), found.group(0))
            return Suggestion(value, 0.8, [span], f"rule:sex/treated.{value}")
    return None


def _sibling_possessive(doc: Doc, other: ChildResult) -> Suggestion | None:
    for m in other.mentions[:20]:
        before = _PARAGRAPH_BREAK.split(doc.text[max(0, m.start - 50) : m.start])[-1]
        pm = _SIBLING_POSSESSIVE.search(before)
        if pm:
            value = "male" if pm.group(1).lower() == "his" else "female"
            start = m.start - len(before) + pm.start(1)
            span = Span(start, m.end, doc.text[start : m.end])
            return Suggestion(value, 0.7, [span], f"rule:sex/sibling_possessive.{value}")
    return None


# A sentence whose subject is the one subject child by a noun: "The 18-month-old was taken to ED ...",
# "The baby was found ..." (not "The child's mother").
_CHILD_NOUN_SUBJECT = re.compile(
    r"^\W*(?:The|This) (?:[\w-]+[- ](?:day|week|month|year)s?[- ]old|baby|infant|child|toddler|young person|teenager)"
    r"(?:,[^,.;]{1,40},)? (?:was|is|had|has|died|suffered|sustained|presented|lived|remained|became)\b"
)


def _child_noun_pronouns(doc: Doc, d: dict) -> Suggestion | None:
    """With one subject child, the pronouns that go on from sentences about "the 18-month-old" or "the baby"
    when the report names the child only in its title."""
    named = {
        i
        for i, s in enumerate(doc.sentences)
        if s.text[:40].lstrip()[:4] in ("The ", "This") and _CHILD_NOUN_SUBJECT.search(s.text)
    }
    if not named:
        return None
    found = _pronoun_vote(doc, d, named, _CHILD_NOUN_SUBJECT, compiled(r"(?!x)x"), False)
    if found is None:
        return None
    value, share, span, _n = found
    return Suggestion(value, round(0.45 + 0.35 * share, 3), [span], f"rule:sex/child_noun_pronouns.{value}")


# A bare sex word set off after the child's name, then more facts or the end of the field.
_BARE_SEX_AFTER = re.compile(
    r"[\"”’']?(?:,|\s*[:–—]|\s-|\s\(|\s*\|)\s*"
    # ... the age first: "The younger child: 20 mths, boy"
    r"(?:\d{1,2}\s*(?:mths?|months?|yrs?|years?|wks?|weeks?)\.?,\s*)?"
    r"(boy|girl|male|female|Boy|Girl|Male|Female|BOY|GIRL|MALE|FEMALE)"
    r"(?=\s*(?:[,;)|(]|\s(?:aged?\b|\d|just\b|born\b))|\s*$|\s+The\b)"
    # a form's bare letter before the age: "Child C: M, 10y 7m at notification", "C2 - M, aged 2."
    r"|(?:\s*[:–—]|\s-)\s*([MF])(?=,\s*(?:aged?\s+)?\d)",
    re.M,
)


_THEY = re.compile(r"\bthey\b", re.I)
# a verb the child did to someone just before "a girl" / "a boy": the object, not the child
_OBJECT_OF = re.compile(
    r"\b(?:(?!(?:named|called|aged|considered|regarded|described|recorded|referred|registered|identified|"
    r"assessed|treated|raised|used|presented|disguised|dressed)\b)[a-z]+ed|hit|met|told|saw|sent|kept|took|"
    r"bit|struck|shot|stabbed|fought|threw|grabbed|kicked|punched)\s+$"
)
# a false identity someone else put on: "contacted by a user presenting as a 13-year-old girl", "an adult
# posing as a boy of 15", "a profile claiming to be a girl"
_POSING_AS = re.compile(
    r"\b(?:(?:posing|pretending|purporting|masquerading|posed|pretended|purported)"
    r"|(?:user|profile|account|person|someone|adult|man|woman|stranger|offender|perpetrator|contact|individual)s?"
    r"(?: \w+)?,? (?:who (?:was |is )?)?"
    r"(?:presenting|claiming|claimed|presented|identifying|describing (?:himself|herself)))"
    r" (?:to be|as) $",
    re.I,
)
# someone else described in apposition just before a sex word: "his cousin, a girl aged 7", "a friend (a boy of 15)"
_RELATION_APPOSED = re.compile(
    r"\b(?:cousin|sister|brother|sibling|half-sibling|friend|niece|nephew|neighbou?r|peer|victim|classmate|pupil|"
    r"girlfriend|boyfriend)s?\s*[,(–—-]\s*$",
    re.I,
)
# the name opens its line, perhaps after a heading's number ("3.", "2.1")
_LINE_START = re.compile(r"(?:^|\n)[ \t]*(?:\d+(?:\.\d+)*[.)]?[ \t]+)?\Z")
# the rest of the name's line (a bracketed age at most), then the entry's first line opening on the sex
_HEADED_SEX = re.compile(
    r"[ \t]*(?:\([^()\n]{1,30}\))?[ \t]*\n\s*(?:[-•*][ \t]*)?(?:An? (?:[\w-]+ ){0,3}?)?"
    r"(Boy|Girl|Male|Female|boy|girl)\b(?=[ \t]*[,.;:(]|[ \t]+(?:aged?|born|of|in|who|\d)\b)"
)


def _identity_said(doc: Doc, hidden: re.Match[str]) -> bool:
    """Whether the sentences around a "they" statement say the child is non-binary or trans."""
    other = _data()["explicit"].get("other")
    if other is None:
        return False
    i = doc.sentence_index(hidden.start())
    return any(other.search(doc.sentences[k].text) for k in range(max(0, i - 2), min(len(doc.sentences), i + 2)))


def _hidden_for(doc: Doc, hidden: re.Match[str], child: ChildResult, others: list[ChildResult]) -> bool:
    """Whether a statement withholding the sex is about this child: with several subject children,
    one that names some of them ("this report does not give Child R's sex") is about those only."""
    if not others:
        return True
    sent = doc.sentences[doc.sentence_index(hidden.start())]
    inside = [c for c in [child, *others] if mentions_child(hidden.group(0), c)]
    if inside:
        return child in inside
    owner = cue_owner(sent.text, hidden.start() - sent.start, hidden.end() - sent.start, [child, *others])
    return owner is None or owner is child


def _given_name(child: ChildResult) -> Suggestion | None:
    """A pseudonym that is a given name of one sex ("Ruby", "Child F (Freya)"), when nothing
    else in the report says the child's sex."""
    given = _data()["given"]
    for name in child.names:
        value = given.get(name)
        if value:
            # the evidence is the first place the report uses the name
            evidence = next((m for m in child.mentions if name in m.text), None)
            return Suggestion(value, 0.6, [evidence] if evidence else [], f"rule:sex/given_name.{value}")
    return None


# Key-facts lines of templates: "Sex: Male", "Gender - F", "DOB 11/08/2007, age 17y 2m. Male."
_KEY_FACT = fast_compile(
    r"^\W*(?:sex|gender)\s*[:\-]\s*(male|female|m|f|boy|girl)\b"
    # a key-facts table run into one line: "Age ...... four months Gender ....... Male"
    r"|\b(?:Sex|Gender|SEX|GENDER)(?:\s*[:|]|\s*\.{3,})\s*(Male|Female|MALE|FEMALE|M|F)\b"
    r"|\b(?:DOB|d\.o\.b\.|born|aged?)\b[^.\n]{0,60}?[.,;]?\s+(Male|Female)\b"
    # ... or a bare "Boy."/"Girl," of its own after the age: "aged 4 at time of disclosure. Boy. White British."
    r"|\b(?:DOB|d\.o\.b\.|born|aged?)\b[^.\n]{0,60}?[.,;][ \t]+(?-i:(Boy|Girl|boy|girl))(?=[ \t]*[.,;]|[ \t]*$)"
    # a field and its value alone on a line ("Sex Female", a table a PDF gives as text)
    r"|^[ \t]*(?:Sex|Gender|SEX|GENDER)[ \t]+(Male|Female|MALE|FEMALE|M|F)[ \t]*$"
    # the sex letter after a short age: "Victim: 13yo M, referred to as Child J", "15 y/o F"
    r"|\b\d{1,2}\s?(?:yo|y/o|yrs?)[ \t]+(?-i:(M|F|Male|Female|male|female))\b(?!['’])"
    # a template's first line about the child opening with the sex: "- Boy, just under 12", "Girl, aged 3"
    r"|^[ \t]*(?:[-•*][ \t]*)?(Boy|Girl|Male|Female),?[ \t]+(?:aged?[ \t]+|just[ \t]+|\d)"
    # ... or with the bare letter and a child's age: "- M, 11 yrs. White Other." (not "M, 34", the mother)
    r"|^[ \t]*(?:[-•*][ \t]*)?(?-i:(M|F)),[ \t]+(?:1[0-8]|\d)[ \t]*(?:yrs?|years?|y/o|yo|mths?|months?)\b",
    re.I | re.M,
)


_OTHER_CHILD_LINE = re.compile(r"\b(?:sibling|brother|sister|cousin|not (?:a |the )?subject)", re.I)


_BARE_A = r"A(?=\s(?:is|was|had|has|lived|lives|died|said|told)\b)"
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")
_SEX_FIELD = re.compile(r"\W*(?i:sex|gender)\b")


def _key_fact(doc: Doc) -> Suggestion | None:
    for m in _KEY_FACT.finditer(doc.text, 0, min(len(doc.text), 5000)):
        line_end = doc.text.find("\n", m.end())
        line = doc.text[doc.text.rfind("\n", 0, m.start()) + 1 : line_end if line_end != -1 else len(doc.text)]
        if not _OTHER_CHILD_LINE.search(line):
            break  # "- Girl, 6 (half-sister)" is another child's line
    else:
        return None
    word = next(g for g in m.groups() if g).lower()
    value = "male" if word in ("male", "m", "boy") else "female"
    return Suggestion(value, 0.85, [Span(m.start(), m.end(), m.group(0))], f"rule:sex/key_fact.{value}")


# "His mother's partner was convicted", "... by her father and stepmother", "In 2023 his father was
# convicted": with one subject
# child, a possessive before the child's family names the child's sex.
_FAMILY_POSSESSIVE = re.compile(
    r"(?:^\W*(?:(?:In|On|By|During|From|After|Before|Later in)\s[\w ]{0,20}?\d{4},?\s)?"
    r"|\b(?:by|with|and|to|from|of|that|when|while|after|before|because) )(His|Her|his|her) "
    r"(?:mother|father|mum|dad|parents|stepfather|stepmother|step-father|step-mother|grandmother|grandfather|"
    r"sister|brother|siblings|half-sister|half-brother|birth (?:mother|father|parents)|foster carers?)\b"
)


def _family_possessives(doc: Doc) -> Suggestion | None:
    counts = {"male": 0, "female": 0}
    first: dict[str, Span] = {}
    limit = max(6000, len(doc.text) // 2)
    for sent in doc.sentences:
        if sent.start > limit:
            break
        if "is" not in sent.text.lower() and "er " not in sent.text.lower():
            continue  # every match holds "his" or "her "
        for m in _FAMILY_POSSESSIVE.finditer(sent.text):
            if _CARER_BEFORE.search(sent.text[max(0, m.start(1) - 25) : m.start(1)]):
                continue  # "the mother said her father ..." is about the mother
            value = "male" if m.group(1).lower() == "his" else "female"
            counts[value] += 1
            first.setdefault(value, Span(sent.start + m.start(1), sent.start + m.end(), m.group(0)))
    total = sum(counts.values())
    if not total:
        return None
    value = max(counts, key=lambda v: counts[v])
    share = counts[value] / total
    if share < 0.75:
        return None
    return Suggestion(value, round(0.45 + 0.3 * share, 3), [first[value]], f"rule:sex/family_possessive.{value}")


_CARER_BEFORE = re.compile(
    r"(?:mother|father|mum|dad|sister|brother|grand\w+|partner|teacher|worker|officer|nurse|doctor|"
    # a plural ("doctors concluded he had been shaken") is not the pronoun's person
    r"visitor|midwife|GP|man|woman|boyfriend|girlfriend|aunt|uncle|stepfather|stepmother|carer)(?![a-z])\W*(?:\w+\W+){0,2}$",
    re.I,
)


_ADULT = re.compile(
    r"\b(?:[Mm]other|[Ff]ather|[Mm]um|[Dd]ad|[Ss]tep-?(?:father|mother)|[Pp]artner|[Bb]oyfriend|[Gg]irlfriend|"
    r"[Gg]rand(?:mother|father|parents?)|[Uu]ncle|[Aa]unt|[Mm]an|[Ww]oman|Mr|Ms|Mrs|Miss)\b"
)
_PREPOSITION_BEFORE = re.compile(r"\b(?:to|with|from|by|for|and|of|than|about|like|against)\s+$", re.I)
_MALE_ADULTS = ("father", "dad", "stepfather", "step-father", "boyfriend", "grandfather", "uncle", "man", "mr")
_FEMALE_ADULTS = ("mother", "mum", "stepmother", "step-mother", "girlfriend", "grandmother", "aunt", "woman")


def _same_sex_adult(text: str, pronoun: str) -> bool:
    """Whether the sentence names an adult of the pronoun's sex (or of either sex, "partner")."""
    sex = "male" if pronoun.lower() in ("he", "his", "him") else "female"
    return any(_adult_sex(a.group(0)) in (sex, None) for a in _ADULT.finditer(text))


_SIBLING = re.compile(r"\b(?:(?:half-|step-?)?(brother|sister)s?|(son|daughter))\b")


def _same_sex_sibling(text: str, pronoun: str) -> bool:
    """Whether the text after the child's name brings in a brother or sister of the pronoun's sex."""
    sex = "male" if pronoun.lower() in ("he", "his", "him") else "female"
    return any(
        ("male" if (m.group(1) or m.group(2)) in ("brother", "son") else "female") == sex
        for m in _SIBLING.finditer(text)
    )


_ADULT_OF = re.compile(
    r"\b(mother|father|mum|dad|stepfather|stepmother|step-father|step-mother|grandmother|grandfather|aunt|uncle)"
    r"\s+of\s+(?:the\s+)?$",
    re.I,
)


def _adult_sex(word: str) -> str | None:
    w = word.lower()
    return "male" if w in _MALE_ADULTS else "female" if w in _FEMALE_ADULTS or w in ("ms", "mrs", "miss") else None


_SUBJECT_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
_ANY_PRONOUN = re.compile(r"\b(?:[Hh]e|[Hh]is|him|[Ss]he|[Hh]er)\b")
_PERSON_WORDS = (
    r"mother|father|mum|dad|sister|brother|sibling|grand\w+|partner|boyfriend|girlfriend|aunt|uncle|"
    r"stepfather|stepmother|carer|man|woman|men|women|teacher|worker|officer|nurse|doctor|GP|visitor|midwife|"
    r"[Mm]r|[Mm]s|[Mm]rs|[Mm]iss"
)
# ... or anyone named ("Lowmarsh High" reads as a name too)
_ANOTHER_PERSON = re.compile(r"\b(?:" + _PERSON_WORDS + r"|[A-Z][a-z]+ [A-Z][a-z]+)\b")
_PERSON_WORD = re.compile(r"\b(?:" + _PERSON_WORDS + r")\b", re.I)


# An object pronoun in the child's own clause is someone else ("K speaks to him by video call every week and spends
# the summer holidays with him": the father the report has just named); not after a clause of its own ("K said that
# a man had hurt him"), and not "her" before a noun ("K stays with her father")
_OBJECT_AFTER = re.compile(
    r"\b(?:to|with|for|from|at|about|visits?|visited|visiting|calls?|called|phones?|phoned|sees?|saw)\s+$"
)
_HER_NOUN_AFTER = re.compile(r"\s*[a-z]")
_CLAUSE_BREAK = re.compile(
    r"[,;:(]|\b(?:that|who|whom|which|when|whether|if|because|after|before|until|while|as|said|says|told|tells|asked|"
    r"felt|thought|believed|disclosed|reported|described|explained)\b",
    re.I,
)


def _someone_else_object(text: str, m: re.Match[str]) -> bool:
    word = m.group(0)
    if word not in ("him", "her"):
        return False
    if (
        word == "her"
        and _HER_NOUN_AFTER.match(text, m.end())
        and not re.match(
            r"\s*(?:by|at|on|in|every|each|and|or|when|after|before|since|until|once|twice|again|regularly|often)\b",
            text[m.end() :],
        )
    ):
        return False  # "with her father": her own
    if not _OBJECT_AFTER.search(text, max(0, m.start() - 12), m.start()):
        return False
    return not _CLAUSE_BREAK.search(text, 0, m.start())


def _opening_words(text: str, size: int) -> str:
    """The first ``size`` characters of ``text`` cut back to a whole word ("... on admission, her" is not cut to
    "he")."""
    if len(text) <= size or not text[size].isalnum():
        return text[:size]
    cut = text.rfind(" ", 0, size)
    return text[:cut] if cut > 0 else text[:size]


def _pronoun_vote(doc, d, named_idx, subject, other_names, several):  # noqa: ANN001, ANN202
    counts = {v: 0 for v in d["pronouns"]}
    first: dict[str, Span] = {}
    for i in sorted(named_idx):
        sent = doc.sentences[i]
        m0 = subject.search(sent.text)
        if not m0:
            continue
        scope = [sent]
        if i + 1 < len(doc.sentences):
            nxt = doc.sentences[i + 1]
            opener = re.match(r"\W*(He|She|His|Her)\b", nxt.text)
            own = sent.text[m0.end() :]
            if opener and any(
                # a sentence opening with another pronoun than the child's own is about someone else
                # ("Lily was killed by a man she met online. He was 24.")
                not pattern.search(opener.group(1)) and pattern.search(own)
                for pattern in d["pronouns"].values()
            ):
                pass
            elif opener and _same_sex_adult(sent.text, opener.group(1)):
                pass  # "Infant K's father dialled 999 ... He told the call handler": the adult goes on
            elif opener and _same_sex_sibling(sent.text[m0.end() :], opener.group(1)):
                pass  # "J also had a brother, aged 3, who is not a subject. He now lives with ...": the brother
            elif several and opener is None and (other_names.search(sent.text) or other_names.search(nxt.text)):
                pass
            elif opener or (
                # the next sentence names nobody else: its pronouns are still the child's
                # ("Baby N was taken to hospital. Doctors found he had been shaken.")
                nxt.start - sent.end < 3 and _ANY_PRONOUN.search(nxt.text) and not _ANOTHER_PERSON.search(nxt.text)
            ):
                scope.append(nxt)
            elif (
                not several
                and i + 2 < len(doc.sentences)
                and i + 1 not in named_idx
                and not _ANY_PRONOUN.search(nxt.text)
                and not _PERSON_WORD.search(nxt.text)
            ):
                # "Child J. In Year 9 at Lowmarsh High. She is White British.": a fact about the child with no
                # person in it, then the child's pronoun opening the next sentence of the same paragraph
                after = doc.sentences[i + 2]
                if re.match(r"\W*(?:He|She)\b", after.text) and "\n\n" not in doc.text[sent.end : after.start]:
                    scope.append(after)
        for k, s in enumerate(scope):
            text = s.text[m0.end() :] if k == 0 else s.text if not several else _opening_words(s.text, 40)
            offset = s.start + (m0.end() if k == 0 else 0)
            if several:
                cut = other_names.search(text)
                if cut:
                    text = text[: cut.start()]
            # "Baby R was found on a sofa, where Father had fallen asleep with Baby R on his chest": after another
            # adult of the pronoun's sex in the child's sentence, the pronoun may be the adult's (not "Mr P had
            # abused her")
            adults: list[tuple[int, str | None]] | None = None
            # "Skye is in foster care; Harley will join her": after another subject child named earlier in
            # the sentence, an object or possessive pronoun may be that child's; only "he"/"she" count
            subjects_only = several and k == 0 and other_names.search(sent.text, 0, m0.start()) is not None
            for value, pattern in d["pronouns"].items():
                for m in pattern.finditer(text):
                    if subjects_only and not _SUBJECT_PRONOUN.fullmatch(m.group(0)):
                        continue
                    if _CARER_BEFORE.search(text[max(0, m.start() - 25) : m.start()]):
                        continue
                    if k == 0 and _someone_else_object(text, m):
                        continue
                    if adults is None:
                        adults = [(a.start(), _adult_sex(a.group(0))) for a in _ADULT.finditer(text)]
                        if k == 0:
                            # "He told the call handler that he had fallen asleep with Infant K on his chest":
                            # someone spoken of as "he" before the child is named may own a later "his"
                            adults += [
                                (-1, "male" if p.group(0).lower() == "he" else "female")
                                for p in _SUBJECT_PRONOUN.finditer(sent.text, 0, m0.start())
                            ]
                            # "a 999 call from the father of Baby L saying that his daughter ...": the child named
                            # as the adult's, whose pronouns follow
                            of = _ADULT_OF.search(sent.text, max(0, m0.start() - 30), m0.start())
                            if of:
                                adults.append((-1, _adult_sex(of.group(1))))
                    if any(pos < m.start() and sex in (value, None) for pos, sex in adults):
                        continue
                    counts[value] += 1
                    first.setdefault(value, Span(offset + m.start(), offset + m.end(), m.group(0)))
    total = sum(counts.values())
    if total == 0:
        return None
    value = max(counts, key=lambda v: counts[v])
    share = counts[value] / total
    if share < 0.7:
        return None
    return value, share, first[value], counts[value]


class SexComponent:
    name = "sex"

    def __call__(self, doc: Doc, result: Extraction) -> None:
        r = roles()
        for child in result.children:
            s = child_sex(doc, child, [c for c in result.children if c is not child])
            if s is not None:
                child.codes[r.sex] = s
