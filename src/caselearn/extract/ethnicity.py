"""Ethnicity of each child (ONS high-level groups), from sentences about the child or family.
Parents of two different groups make the child mixed."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from caselearn.extract.children import child_sentence_indexes, entry_openings
from caselearn.extract.ids import roles
from caselearn.extract.lexicon import load_data
from caselearn.extract.model import ChildResult, Extraction, Span, Suggestion
from caselearn.extract.prefilter import Prefiltered
from caselearn.extract.text import Doc, Sentence, compiled

CUE = re.compile(
    r"ethnic|heritage|white|black|british|asian|mixed|origin|descent|pakistani|indian|bangladeshi|arab|roma|gypsy|"
    r"polish|romanian|lithuanian|latvian|estonian|slovak|czech|bulgarian|hungarian|portuguese|italian|ukrainian|"
    r"albanian|croatian|serbian|somali|nigerian|ghanaian|eritrean|jamaican|congolese|zimbabwean|sudanese|ethiopian|"
    r"kenyan|ugandan|sierra leonean|cameroonian|traveller|chinese|vietnamese|kurdish|afghan|iraqi|iranian|syrian|"
    r"turkish"
    # a country of origin ("a boy from Vietnam"; ``_COUNTRIES``)
    r"|vietnam|albania|eritrea|sudan|somalia|afghanistan|iraq|iran|syria|ethiopia|nigeria|ghana|poland|romania|"
    r"lithuania|ukraine|pakistan|bangladesh|india|sri lanka|nepal|china|jamaica|kenya",
    re.I,
)
_CUE = Prefiltered.compile(CUE.pattern, re.I)
PARENT = re.compile(r"\b(?:mother|father|mum|dad|stepfather|partner)\b", re.I)
GROUP_WORDS = re.compile(r"\b(?:family|families|children|twins|siblings|both|parents|all|girls|boys)\b", re.I)
# the child's own record, in a report about one child: "His ethnicity was recorded as ..."
_OWN_RECORD = re.compile(r"^\W*(?:his|her|their|the child['’]s|the young person['’]s) (?:ethnicity|heritage)\b", re.I)
# a nationality alone, in a labelled field ("Heritage | Somali; born in the Netherlands")
_NATIONALITY = [
    (
        "white",
        re.compile(
            r"^\W*(?:polish|romanian|lithuanian|latvian|estonian|slovak|czech|bulgarian|hungarian|"
            r"portuguese|italian|ukrainian|albanian|croatian|serbian|irish|english|scottish|welsh)\b",
            re.I,
        ),
    ),
    (
        "black",
        re.compile(
            r"^\W*(?:somali|nigerian|ghanaian|eritrean|jamaican|congolese|zimbabwean|sudanese|ethiopian|"
            r"kenyan|ugandan|sierra leonean|cameroonian|caribbean|african|barbadian|trinidadian)\b",
            re.I,
        ),
    ),
    ("asian", re.compile(r"^\W*(?:vietnamese|sri lankan|nepali|filipino|pakistani|indian|bangladeshi)\b", re.I)),
    ("other", re.compile(r"^\W*(?:kurdish|afghan|iraqi|iranian|syrian|turkish|arab)\b", re.I)),
]


# a key-facts label, also with a word on whose record it is ("Ethnicity (as recorded by the school):",
# "Ethnicity as recorded by previous LA: White - Roma")
LABEL = re.compile(
    r"\b(?:ethnicity|ethnic (?:origin|group|background)|heritage)"
    r"(?:\s*\([^()\n]{1,40}\)|\s+(?:as )?(?:recorded|described|given|stated|self-described)\b[^:\n.]{0,40})?"
    # ... or a dotted leader ("Ethnicity ........ White British"), the value ending at the next field's leader
    r"\s*(?:[:|\-–]|\.{2,})\s*([^\n;|]{1,60})",
    re.I,
)
_LEADER = re.compile(r"\s*\.{2,}")
# the next field's name a reader ran into the value, before its own leader
_NEXT_FIELD_NAME = re.compile(
    r"\s+(?:health(?:\s*/\s*disability)?|disability(?:\s*/\s*sen)?|religion|faith|(?:first )?language|sex|gender|"
    r"age(?: at \w+)?|date of \w+|nationality|immigration status|cp plan|csc(?: status)?|lac|lives with|living with|"
    r"school|education|sen)\s*$",
    re.I,
)


# the school census's short codes in a record's field ("Ethnicity (all): WBr.", "Ethnicity: MWBC")
_CENSUS_CODES = [
    ("white", re.compile(r"^\W*(?:WBr|WBRI|WIRI|WIRT|WOTH|WROM|WPOL)\b")),
    ("mixed", re.compile(r"^\W*(?:MWBC|MWBA|MWAS)\b")),
    ("asian", re.compile(r"^\W*(?:AIND|APKN|ABAN|AOTH|CHNE)\b")),
    ("black", re.compile(r"^\W*(?:BCRB|BAFR)\b")),
]


def _first_match(table: list[tuple[str, re.Pattern[str]]], text: str) -> tuple[str, re.Match[str]] | None:
    """The first (value, pattern) of the table whose pattern matches at the start of the text."""
    for value, pattern in table:
        m = pattern.match(text)
        if m:
            return value, m
    return None


def _census_code(text: str) -> tuple[str, re.Match[str]] | None:
    return _first_match(_CENSUS_CODES, text)


def _field_group(value: str) -> tuple[str, re.Match[str]] | None:
    """The group a field's value names: an ONS group, a nationality or a school-census code."""
    return _classify(value) or _nationality(value) or _census_code(value)


def _field_value(label: re.Match[str]) -> str:
    """The label's value up to the next field a reader ran into it ("White British Disability ...... None")."""
    value = label.group(1)
    leader = _LEADER.search(value)
    return _NEXT_FIELD_NAME.sub("", value[: leader.start()]) if leader else value


def named_set_has(doc: Doc, child: ChildResult, i: int) -> bool:
    """Whether sentence ``i`` names the child."""
    s = doc.sentences[i]
    return any(s.start <= m.start < s.end for m in child.mentions)


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    return [(v, re.compile(r"\b(?:" + "|".join(ps) + r")", re.I)) for v, ps in load_data("ethnicity").items()]


def _classify(text: str) -> tuple[str, re.Match[str]] | None:
    mixed = _two_groups(text)
    if mixed is not None:
        return "mixed", mixed
    one = _one_group_mix(text)
    if one is not None:
        return one
    for value, pattern in _patterns():
        m = pattern.search(text)
        if m:
            return value, m
    return None


# two heritages named together: "of Chinese and White British heritage", "dual White British and
# Pakistani heritage", "White British / Black Caribbean", "Mixed (White British / Black African)"
_TWO_GROUPS = re.compile(
    r"\b(?P<a>[A-Za-z]+(?: [A-Za-z]+)?)\s*(?:/|&|\band\b)\s*(?P<b>[A-Za-z]+(?: [A-Za-z]+)?)\b"
    r"(?=\s*\)|\s+(?:heritage|parentage|descent|background|origin|ethnicity)\b|\s*[.,;]|\s*$)",
)


def _group_of(words: str) -> str | None:
    for value, pattern in _patterns():
        if value != "mixed" and pattern.search(words):
            return value
    return None


# a nationality or a country describing the child: "V is a Vietnamese boy", "Child Q is a boy from Vietnam"
_NATIONAL_CHILD = re.compile(
    r"\b(?:is|was) an? (?P<nat>[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:boy|girl|young (?:man|woman|person)|child|teenager)\b"
    r"|\b(?:is|was) an? (?:boy|girl|young (?:man|woman|person)|child|teenager) from "
    r"(?P<country>[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
)
_COUNTRIES = {
    "Vietnam": "Vietnamese",
    "Albania": "Albanian",
    "Eritrea": "Eritrean",
    "Sudan": "Sudanese",
    "Somalia": "Somali",
    "Afghanistan": "Afghan",
    "Iraq": "Iraqi",
    "Iran": "Iranian",
    "Syria": "Syrian",
    "Ethiopia": "Ethiopian",
    "Nigeria": "Nigerian",
    "Ghana": "Ghanaian",
    "Poland": "Polish",
    "Romania": "Romanian",
    "Lithuania": "Lithuanian",
    "Ukraine": "Ukrainian",
    "Pakistan": "Pakistani",
    "Bangladesh": "Bangladeshi",
    "India": "Indian",
    "Sri Lanka": "Sri Lankan",
    "Nepal": "Nepali",
    "China": "Chinese",
    "Jamaica": "Jamaican",
    "Kenya": "Kenyan",
}


def _national_child(text: str) -> tuple[str, re.Match[str]] | None:
    """The child described by a nationality or a country of origin, the group it gives."""
    if " from " not in text and " a" not in text:
        return None
    for m in _NATIONAL_CHILD.finditer(text):
        word = m.group("nat") or _COUNTRIES.get(m.group("country") or "", "")
        got = _nationality(word) or (_classify(word) if word else None)
        if got:
            return got[0], m
    return None


def _nationality(text: str) -> tuple[str, re.Match[str]] | None:
    return _first_match(_NATIONALITY, text)


# "of mixed Nigerian and Caribbean heritage", "mixed Pakistani and Indian heritage": two heritages of one ONS group
_MIXED_PAIR = re.compile(
    r"\bmixed (?P<a>[A-Z][a-z]+) (?:and|/) (?P<b>[A-Z][a-z]+) (?:heritage|parentage|descent|background|origin)\b"
)


def _one_group_mix(text: str) -> tuple[str, re.Match[str]] | None:
    """Two heritages of the same group called mixed: the child is of that group."""
    if "ixed" not in text:
        return None
    m = _MIXED_PAIR.search(text)
    if not m:
        return None
    a, b = (_nationality(m.group(k)) or (None,) for k in ("a", "b"))
    if a[0] is not None and a[0] == b[0]:
        return a[0], m
    return None


def _two_groups(text: str) -> re.Match[str] | None:
    """A match naming two different ONS groups joined by "and", "/" or "&" (the child is mixed)."""
    if "/" not in text and "&" not in text and " and " not in text:
        return None
    for m in _TWO_GROUPS.finditer(text):
        first, second = _group_of(m.group("a")), _group_of(m.group("b"))
        if first and second and first != second:
            return m
    return None


def _table_ethnicity(doc: Doc, child: ChildResult, others: list[ChildResult]) -> Suggestion | None:
    """The child's group from its column of a per-child table ("Ethnicity | White Other | Mixed")."""
    from caselearn.extract.age import child_cells  # the table is found once, for the ages

    for cell, span in child_cells(doc, child, others, r"(?:ethnicity|ethnic (?:origin|group|background)|heritage)\b"):
        got = _classify(cell)
        if got:
            return Suggestion(got[0], 0.85, [span], f"rule:ethnicity/table.{got[0]}")
    return None


def _named_just_before(doc: Doc, child: ChildResult, others: list[ChildResult], i: int) -> bool:
    """Whether the nearest of the three sentences before ``i`` that names any child names this one
    (a profile block: "Child A1", "Girl, aged two.", "White British.")."""
    for j in range(i - 1, max(-1, i - 4), -1):
        if named_set_has(doc, child, j):
            return True
        if any(named_set_has(doc, o, j) for o in others):
            return False
    return False


def child_ethnicity(doc: Doc, child: ChildResult, others: list[ChildResult]) -> Suggestion | None:
    if others:
        table = _table_ethnicity(doc, child, others) or _keyed_field(doc, child) or _repeated_row(doc)
        if table is not None:
            return table
    names = [n for n in child.names]
    parent_groups: dict[str, tuple[str, Span]] = {}
    cues = _CUE.candidate_sentences(doc)
    cue_set = set(cues) if cues is not None else None
    # the first line of the child's entry under its name describes the child: "- A Black British boy, aged 16"
    opening = entry_openings(doc, child, others)
    for i in child_sentence_indexes(doc, child, others):
        if cue_set is not None and i not in cue_set:
            continue
        sent = doc.sentences[i]
        if not CUE.search(sent.text):
            continue
        if re.search(
            r"ethnicity[^.]{0,20}not (?:recorded|known|stated)|not (?:recorded|known)[^.]{0,30}ethnicity",
            sent.text,
            re.I,
        ):
            return Suggestion("not_known", 0.6, [Span(sent.start, sent.end, sent.text)], "rule:ethnicity/not_recorded")
        parents = list(PARENT.finditer(sent.text))
        if len(parents) >= 2:
            # "her mother is White British and her father is Black African": one group per parent
            groups = {}
            for k, pm in enumerate(parents):
                end = parents[k + 1].start() if k + 1 < len(parents) else len(sent.text)
                got = _classify(sent.text[pm.end() : end])
                if got:
                    groups[pm.group(0).lower()] = got[0]
            if len(groups) >= 2:
                values = set(groups.values())
                value = "mixed" if len(values) > 1 else values.pop()
                return Suggestion(value, 0.7, [Span(sent.start, sent.end, sent.text)], "rule:ethnicity/parents_line")
            if len(groups) == 1 and _BOTH_PARENTS.match(sent.text, parents[-1].end()):
                # "her mother and father are both White British"
                value = next(iter(groups.values()))
                return Suggestion(value, 0.7, [Span(sent.start, sent.end, sent.text)], "rule:ethnicity/parents_both")
        label = LABEL.search(sent.text)
        if label and (not others or named_set_has(doc, child, i)):
            # a key-facts line: "Ethnicity: Black British"
            value = _field_value(label)
            got = _field_group(value)
            if got:
                span = Span(sent.start + label.start(), sent.start + label.end(), label.group(0))
                return Suggestion(got[0], 0.85, [span], f"rule:ethnicity/label.{got[0]}")
        if others:
            # a line naming several subject children, each followed by its own facts (a table or list the reader
            # ran together: "Child 1 - girl, 4, White British Child 2 - boy, 2, Mixed"): this child's part
            own = _own_segment(child, others, sent)
            if own is not None and _classify(own.text):
                sent = own
        found = _classify(sent.text) or _national_child(sent.text)
        if not found:
            continue
        value, m = found
        before = sent.text[max(0, m.start() - 70) : m.start()]
        adult = _adult_going_on(doc, i, sent.text)
        if (
            adult is None
            and (
                (
                    len(_PARENTHESES.sub(" ", sent.text).split())
                    <= 6  # "Mixed heritage (White British / Black Caribbean)."
                    and i > 0
                    and not PARENT.search(sent.text)
                    and (
                        _named_just_before(doc, child, others, i)
                        or (not others and sent.start < 5000 and not _RELATIVE.search(sent.text))
                    )
                )
                or (
                    not others
                    # the sentence opens a bullet, or follows others on a bullet's line ("- Tomasz, aged 14. Male.
                    # White - Polish heritage.")
                    and _FACT_BULLET.match(doc.text[doc.text.rfind("\n", 0, sent.start) + 1 : sent.end])
                    and not PARENT.search(before)
                    and not _RELATIVE.search(before)
                )
            )
        ):
            # a bare "White British." right after a line about the child, or in a key-facts block
            # of a report about one child ("- Year 9 pupil, Black British, lives with mum")
            return Suggestion(value, 0.8, [Span(sent.start, sent.end, sent.text)], f"rule:ethnicity/{value}")
        span = Span(sent.start, sent.end, sent.text)
        if adult is not None:
            # "Ms T was 19 when Rosa was born. She is White British.": the pronoun goes on about the parent
            before = adult + " " + before
        about_child = (
            any(compiled(rf"(?<!\w){re.escape(n)}(?!\w)(?!{_SOMEONE_OF})").search(before) for n in names)
            or (adult is None and re.match(r"\W*(?:He|She|They) (?:is|was|are|were)\b", sent.text))
            # "Her records list her as Mixed - White and Black Caribbean"
            or _RECORDS_LIST.match(sent.text)
            or (not others and _OWN_RECORD.match(sent.text))
            or (i in opening and not PARENT.search(before) and not _RELATIVE.search(before))
        )
        if about_child or GROUP_WORDS.search(before) and not PARENT.search(before):
            return Suggestion(value, 0.85, [span], f"rule:ethnicity/{value}")
        pm = PARENT.search(before)
        if pm:
            parent_groups.setdefault(pm.group(0).lower(), (value, span))
            groups = {v for v, _ in parent_groups.values()}
            if len(parent_groups) >= 2:
                spans = [s for _, s in parent_groups.values()]
                if len(groups) > 1:
                    return Suggestion("mixed", 0.7, spans, "rule:ethnicity/parents_differ")
                return Suggestion(groups.pop(), 0.7, spans, "rule:ethnicity/parents_same")
    if others:
        # "Amira was seven and Yusuf was three when they were found. They are of British Pakistani heritage."
        together = _said_of_them(doc, child, others)
        if together is not None:
            return together
    return _family_line(doc, others) if others else None


# a subject child's short key: "Child A" -> "A", "Young Person B2" -> "B2", "Sibling 3" -> "3"
_KEY = re.compile(r"^(?:child|pupil|young person|yp|baby|infant|sibling|twin|subject)\s+([A-Z]\d?|\d)$", re.I)
# the value ends at a stop, or at "and" before the next child's key ("A - White British and B - Indian")
_VALUE_END = re.compile(r"[.;,\n]|\s+(?:and|&)\s+(?=[A-Z][\w ]{0,14}\s*[-–:])")


def _keyed_field(doc: Doc, child: ChildResult) -> Suggestion | None:
    """The child's part of one key-facts field that gives each child's value under its key
    ("Ethnicity: A - White British. B - Black African.", "Ethnicity: Child 1 - White British; Child 2 - Mixed",
    "Ethnicity: White British (Child A), Black Caribbean (Child B)")."""
    keys = {n for n in child.names if len(n) > 1}
    keys |= {k.group(1) for n in child.names if (k := _KEY.match(n))}
    if not keys:
        return None
    alt = "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))
    key_first = compiled(rf"(?<![\w'’])(?:{alt})(?![\w'’])\s*(?:[-–:=]|\bis\b)\s*")
    key_after = compiled(rf"\(\s*(?:{alt})\s*\)")
    for sent in _early_cue_sentences(doc):
        label = _LABEL_WORD.search(sent.text)
        if not label:
            continue
        start = sent.start + label.end()
        end = doc.text.find("\n", start)
        line = doc.text[start : end if end >= 0 else len(doc.text)]
        m = key_first.search(line)
        if m:
            cut = _VALUE_END.search(line, m.end())
            got = _classify(line[m.end() : cut.start() if cut else len(line)])
        else:
            m = key_after.search(line)
            if not m:
                continue
            head = line[: m.start()]
            cut = max(head.rfind(c) for c in ".;,:")
            got = _classify(head[cut + 1 :])
        if got:
            span = Span(start + m.start(), start + m.end(), line[m.start() : m.end()])
            return Suggestion(got[0], 0.8, [span], f"rule:ethnicity/keyed.{got[0]}")
    return None


def _early_cue_sentences(doc: Doc) -> Iterator[Sentence]:
    """The sentences holding an ethnicity cue, in order, within the document's first half (at least 6,000
    characters): where key facts and family background are told."""
    cues = _CUE.candidate_sentences(doc)
    limit = max(6000, len(doc.text) // 2)
    for i in range(len(doc.sentences)) if cues is None else sorted(cues):
        sent = doc.sentences[i]
        if sent.start > limit:
            return
        yield sent


# a table's row the reader ran onto one line, the same value in each child's column
# ("Ethnicity White British White British Health / disability ...")
_REPEATED_ROW = re.compile(
    r"\b(?i:ethnicity|ethnic (?:origin|group))(?: as recorded)? (?P<v>[A-Z][\w()/-]*(?: [A-Z][\w()/-]*){0,3})"
    r"(?: (?P=v))+(?= [A-Z]|\s*$)"
)


def _repeated_row(doc: Doc) -> Suggestion | None:
    """One value repeated across a flattened table row, which every subject child then has."""
    for sent in _early_cue_sentences(doc):
        if "thnic" not in sent.text:
            continue
        m = _REPEATED_ROW.search(sent.text)
        got = _classify(m.group("v")) if m else None
        if got and m:
            span = Span(sent.start + m.start(), sent.start + m.end(), m.group(0))
            return Suggestion(got[0], 0.75, [span], f"rule:ethnicity/row.{got[0]}")
    return None


# the field's name, at the start of a line or after a separator ("Ethnicity: ...", "Ethnic origin -")
_LABEL_WORD = re.compile(
    r"(?:^|(?<=[\n|;]))\W*(?:ethnicity|ethnic (?:origin|group|background)|heritage)\s*[:|\-–]", re.I
)


def _own_segment(child: ChildResult, others: list[ChildResult], sent: Sentence) -> Sentence | None:
    """The part of a sentence from this child's name up to the next other subject child's name, when the
    sentence names another subject child too; None otherwise."""
    mine = [m.start for m in child.mentions if sent.start <= m.start < sent.end]
    if not mine:
        return None
    theirs = sorted(m.start for o in others for m in o.mentions if sent.start <= m.start < sent.end)
    if not theirs:
        return None
    start = mine[0]
    end = next((t for t in theirs if t > start), sent.end)
    rel = start - sent.start
    return Sentence(start, end, sent.text[rel : rel + end - start].rstrip())


# a sentence whose subject is a parent ("4.1 Ms T was 19 when ...", "At the time of the death his mother, whom this
# report calls Ms R, was 23."): a "She is ..." right after it is the parent's
_ADULT_SUBJECT = re.compile(
    r"\W*(?:\d+(?:\.\d+)*\s+)?(?:(?:At|In|On|When|By|After|Before|During) [^,.;]{0,60}?,?\s)?"
    r"(?:(?P<title>Ms|Mrs|Miss|Mr)\.? [A-Z]\w*"
    r"|(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[A-Z]\w*['’]s) (?:birth |biological )?(?P<rel>mother|father|mum|dad))\b"
)


_CHILD_NOUN = re.compile(r"\b(?:girl|boy|child|baby|infant|toddler|teenager|young (?:person|man|woman)|pupil)\b", re.I)


def _adult_going_on(doc: Doc, i: int, text: str) -> str | None:
    """The parent ("mother", "father") a "He is"/"She is" sentence goes on about, from the sentence before."""
    pronoun = re.match(r"\W*(He|She) (?:is|was)\b", text)
    if pronoun is None or _CHILD_NOUN.search(text):
        return None  # "She was a British Pakistani girl who ...": the child described
    # back over the sentences that go on in the same pronoun ("She lived in a flat ... She is White British.")
    j = i - 1
    while j >= max(0, i - 3) and re.match(rf"\W*{pronoun.group(1)}\b", doc.sentences[j].text):
        j -= 1
    m = _ADULT_SUBJECT.match(doc.sentences[j].text) if j >= 0 else None
    if not m:
        return None
    if m.group("title"):
        return "father" if m.group("title") == "Mr" else "mother"
    rel = m.group("rel")
    return "mother" if rel in ("mother", "mum") else "father"


_RECORDS_LIST = re.compile(
    r"\W*(?:His|Her|Their) (?:\w+ )?(?:records?|files?|notes) (?:list|lists|record|records|describe|describes|"
    r"give|gives|show|shows) (?:him|her|them) as\b"
)
_FACT_BULLET = re.compile(r"^\s*[-•*–]\s")
# someone of the child's ("Child T's stepfather", "Ruby's maternal grandmother"): their heritage, not the child's
_SOMEONE_OF = (
    r"['’]s (?:\w+ )?(?:step-?)?(?:mother|father|mum|dad|parents?|partner|grand\w+|brothers?|sisters?|"
    r"siblings?|uncle|aunt|carers?|boyfriend|girlfriend)\b"
)
_PARENTHESES = re.compile(r"\([^()]*\)")
_BOTH_PARENTS = re.compile(
    r"\W*(?:are|were)\b"
)  # the parents together: "mother and father are both", "..., are Romanian"
# someone else of the family, whose ethnicity a key-facts line may give
_RELATIVE = re.compile(
    r"\b(?:grand\w+|brothers?|sisters?|siblings?|half-\w+|uncle|aunt|cousin|carers?|Mr|Ms|Mrs|M|F)\b|\bmat\b|\bpat\b",
    re.I,
)


_THEY_ARE = re.compile(r"\W*They (?:are|were)\b")
# a field's value said of every subject child: "(both children)", "for all three children", "both twins"
_ALL_OF_THEM = re.compile(
    r"\b(?:both|all(?: (?:three|four|five|the))?|each of the) (?:children|siblings|twins|girls|boys|young people)\b"
    r"|\b(?:for|of) (?:them )?(?:both|all)\b|\((?:all|both)\)",
    re.I,
)


def _said_of_them(doc: Doc, child: ChildResult, others: list[ChildResult]) -> Suggestion | None:
    """A group said in "They are ..." right after a sentence naming this child and another subject child."""
    for m in child.mentions[:40]:
        i = doc.sentence_index(m.start)
        if i + 1 >= len(doc.sentences) or not any(named_set_has(doc, o, i) for o in others):
            continue
        nxt = doc.sentences[i + 1]
        if not _THEY_ARE.match(nxt.text) or PARENT.search(nxt.text):
            continue
        found = _classify(nxt.text)
        if found:
            return Suggestion(found[0], 0.75, [Span(nxt.start, nxt.end, nxt.text)], f"rule:ethnicity/they.{found[0]}")
    return None


def _family_line(doc: Doc, others: list[ChildResult]) -> Suggestion | None:
    """In a review of several children, a sentence about the family or the children together
    ("The family is White British", "The children are of mixed heritage") that names none of them."""
    names = [n for o in others for n in o.names]
    for sent in _early_cue_sentences(doc):
        label = LABEL.search(sent.text)
        if label and _ALL_OF_THEM.search(sent.text) and not PARENT.search(sent.text):
            # a key-facts line said of them all: "Ethnicity as recorded in the school census: White - British (both
            # children)"
            value = _field_value(label)
            got = _field_group(value)
            if got and not any(compiled(rf"(?<!\w){re.escape(n)}(?!\w)").search(sent.text) for n in names):
                span = Span(sent.start + label.start(), sent.start + label.end(), label.group(0))
                return Suggestion(got[0], 0.8, [span], f"rule:ethnicity/family_label.{got[0]}")
        found = _classify(sent.text) or _national_child(sent.text)
        if not found:
            continue
        value, m = found
        before = sent.text[max(0, m.start() - 70) : m.start()]
        if GROUP_WORDS.search(before) and not PARENT.search(before):
            if any(compiled(rf"(?<!\w){re.escape(n)}(?!\w)").search(sent.text) for n in names):
                continue  # said of a named child: the child's own sentences decide
            return Suggestion(value, 0.75, [Span(sent.start, sent.end, sent.text)], f"rule:ethnicity/family.{value}")
    return None


class EthnicityComponent:
    name = "ethnicity"

    def __call__(self, doc: Doc, result: Extraction) -> None:
        r = roles()
        for child in result.children:
            s = child_ethnicity(doc, child, [c for c in result.children if c is not child])
            if s is not None:
                child.codes[r.ethnicity] = s
