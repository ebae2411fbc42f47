"""The category of a child's death weighed from the whole story: cue phrases, who killed the child (the family's
adults by the titles the report gives them, or someone from outside), an unexplained death, the review's finding
about the cause, and the child's age (a SUDI is an infant's death, a suicide an older child's)."""

from __future__ import annotations

import re

from caselearn.extract import context
from caselearn.extract.category_scores import _FIRST_CONCERN, _best, _combine, _scores
from caselearn.extract.guard import fast_compile  # the same matches as re.compile, faster per sentence
from caselearn.extract.model import Span
from caselearn.extract.outcome_data import _candidates, _data
from caselearn.extract.someone_else import _A_RELATIVE, PARENT_PAST
from caselearn.extract.stated_class import STATED_FINDING, STATED_OPEN, STATED_RELATED, _death_finding
from caselearn.extract.text import Doc

_FOUND_LIFELESS = re.compile(
    r"\b(?:found|discovered) (?:\w+ ){0,2}(?:not breathing|unresponsive|lifeless|dead)|stopped breathing", re.I
)
_FAMILY_DEATHS = ("overt_filicide", "covert_filicide", "fatal_physical_abuse", "severe_persistent_cruelty")
_OUTSIDE_DEATHS = ("extrafamilial_homicide", "extrafamilial_fatal_assault")


# the review's own classification of the death: "the death was recorded as a sudden unexpected death in
# infancy", "classified through the child death review process as SUDI" (which also says the child was an infant)
_SUDI_CLASSIFIED = re.compile(
    r"\b(?:classified|recorded|categori[sz]ed|registered|certified|concluded|determined|coded)\b[^.;]{0,60}?"
    r"\bas (?:an? )?(?:SUDI|SIDS|sudden (?:and )?unexp(?:ected|lained) death in infancy|sudden infant death|"
    r"cot death)\b",
    re.I,
)


def _sudi_classified(doc: Doc, idx: list[int]) -> bool:
    for i in idx[:60]:
        text = doc.sentences[i].text
        m = _SUDI_CLASSIFIED.search(text)
        if m is None or _FIRST_CONCERN.search(text) or re.search(r"\b(?:initially|at first|originally)\b", text, re.I):
            continue
        if not (context.negated(text, m.start(), m.end()) or context.hedged(text, m.start(), m.end())):
            return True
    return False


# The review saying outright that the child ended their own life ("the coroner concluded that R took their own
# life", "he died by suicide"), not a relative ("her mother took her own life"), not hedged or disproved.
_OWN_SUICIDE = re.compile(
    r"\b(?:took|had taken|ended) (?:his|her|their) own life|\bdied by suicide|\b(?:death|died) (?:was )?by suicide",
    re.I,
)


def _own_suicide(doc: Doc, idx: list[int]) -> bool:
    for i in idx[:60]:
        text = doc.sentences[i].text
        m = _OWN_SUICIDE.search(text)
        if m is None or _A_RELATIVE.search(text[max(0, m.start() - 40) : m.start()]):
            continue  # "her mother took her own life", "Colin's older brother died by suicide"
        if PARENT_PAST.search(text) or context.disproved(text):
            continue
        if not (context.negated(text, m.start(), m.end()) or context.hedged(text, m.start(), m.end())):
            return True
    return False


def _finding_in(doc: Doc, idx: list[int]) -> tuple[str, Span] | None:
    """The review's finding about the cause of the death in the child's sentences (``_death_finding``)."""
    for pattern in (STATED_RELATED, STATED_FINDING, STATED_OPEN):
        for i in _candidates(doc, pattern, idx[:60]):
            text = doc.sentences[i].text
            value = _death_finding(text)
            if value is not None:
                return value, Span(doc.sentences[i].start, doc.sentences[i].end, text)
    return None


_WEAPON = re.compile(r"\b(?:stab(?:bed|bing)?|stab wounds?|knife|knives|shot|shooting|gun\w*|firearm)\b", re.I)


def _death_category(doc: Doc, idx: list[int], age: int | None) -> tuple[str, Span] | None:
    """The death category from the whole story, not the first keyword: cue phrases are weighed
    as for harms, then the story's facts decide between them. Who killed the child: a parent or
    carer convicted or named rules out a death outside the family, and someone from outside
    (a group of youths, a stranger) rules out filicide and fatal abuse. An unexplained death is
    a SUDI for an infant and unclear for an older child; a SUDI is an infant's death and a
    suicide an older child's."""
    d = _data()
    scores, spans = _scores(doc, idx, d["death_category"], d["death"])
    family = outside = None
    carers = _family_adults(doc)
    for i in idx[:60]:
        sent = doc.sentences[i]
        if family is None and (
            d["family"].in_sentence(doc, i)
            or (carers and carers.search(sent.text))
            or (i and _PRONOUN_KILLER.match(sent.text) and _PARENT_TOLD.search(doc.sentences[i - 1].text))
        ):
            family = Span(sent.start, sent.end, sent.text)
        if outside is None and d["extrafamilial"].in_sentence(doc, i):
            outside = Span(sent.start, sent.end, sent.text)
        if d["unexplained"].in_sentence(doc, i):
            value = "sudi" if age is None or age < 24 else "unclear"
            scores[value] = scores.get(value, 0.0) + 1.5
            spans.setdefault(value, Span(sent.start, sent.end, sent.text))
    if family and not outside:
        if (
            "extrafamilial_homicide" in scores
            and "overt_filicide" not in scores
            and _WEAPON.search(spans["extrafamilial_homicide"].text)
        ):
            # a parent or carer's knife or gun ("stab wounds", "shot") is an overt filicide, not abuse gone too far
            scores["overt_filicide"], spans["overt_filicide"] = scores["extrafamilial_homicide"], family
        for v in _OUTSIDE_DEATHS:
            scores.pop(v, None)
        if not any(v in scores for v in _FAMILY_DEATHS + ("extreme_neglect", "sudi", "unclear")):
            # a young child killed by a carer, with no more said: most often fatal abuse
            value = "fatal_physical_abuse" if age is not None and age < 60 else "overt_filicide"
            scores[value], spans[value] = 1.0, family
    elif outside and not family:
        for v in _FAMILY_DEATHS + ("sudi",):
            scores.pop(v, None)
        if not any(v in scores for v in _OUTSIDE_DEATHS):
            scores["extrafamilial_homicide"], spans["extrafamilial_homicide"] = 1.0, outside
    finding = _finding_in(doc, idx)
    if finding is not None:
        # the review's own finding about the cause ("her death was natural and not related to maltreatment", "whether
        # it was maltreatment-related is not yet known") comes before the injuries and the setting told earlier; a
        # suicide or a killing outside the family stays what it is (``outranks``)
        value, span = finding
        for v in _FAMILY_DEATHS + ("covert_filicide", "extreme_neglect", "other_maltreatment_related", "sudi"):
            scores.pop(v, None)
        scores[value], spans[value] = max(scores.values(), default=0.0) + 1.0, span
    if age is not None and age >= 24 and not _sudi_classified(doc, idx):
        scores.pop("sudi", None)  # an older child's unexplained death, unless the review classifies it as a SUDI
    if not scores and (age is None or age < 12):
        # an infant found lifeless with nothing else said of the cause
        for i in idx[:60]:
            m = _FOUND_LIFELESS.search(doc.sentences[i].text)
            if m:
                sent = doc.sentences[i]
                scores["sudi"], spans["sudi"] = 1.0, Span(sent.start, sent.end, sent.text)
                break
    if age is not None and age < 96 and not _own_suicide(doc, idx):
        scores.pop(
            "suicide", None
        )  # a young child's hanging is an accident; an age misread yields to the review's words
    _combine(scores, spans)
    for value, beaten in d["outranks"].items():
        if value in scores:
            for v in beaten:
                scores.pop(v, None)
    return _best(scores, spans)


_ROLE = (
    r"(?:(?:birth |biological )?(?:mother|father)|step-?(?:father|mother)|mum|dad|(?:mother|mum|father|dad)['’]s "
    r"(?:partner|boyfriend|girlfriend)|(?:her|his) (?:partner|boyfriend)|parents?|carer|special guardian)"
)
# Who the adults called "Mr V" or "Ms K" are: "Father: Mr V", "the mother's partner, Mr R", "His mother, whom I
# refer to as Ms G", "the mother's
# partner at the time, referred to in this report as Mr D", "Mr V, the children's father", "Mr R (mother's partner)".
_ADULT_ALIAS = fast_compile(
    r"\b" + _ROLE + r"(?: at the time)?\s*(?:[:(–-]|,)\s*(?:(?:who is |hereafter |whom (?:I|we|the review) "
    r"(?:will |shall )?)?(?:referred to|refer to|known|call)(?: here| in this (?:report|review))? as\s+)?"
    r"(?P<a>(?:Mr|Ms|Mrs|Miss|Mx) [A-Z][\w'’-]*)"
    r"|(?P<b>(?:Mr|Ms|Mrs|Miss|Mx) [A-Z][\w'’-]*)\s*(?:,\s*|\(\s*)(?:who (?:is|was) )?(?:the |his |her |their |"
    r"[A-Z][\w ]{0,12}['’]s |the (?:child|children|baby|twins)['’]s? )?" + _ROLE + r"\b",
    re.I,
)
_KILLING = (
    r"(?:\w+ ){0,6}?(?:killed|murdered|stabbed|strangled|smothered|suffocated|drowned|shot|shook|poisoned|"
    r"set fire to|attacked|assaulted|inflicted)\b"
    r"|(?:was|were|has been|had been) (?:later |subsequently |since )?(?:convicted|found guilty|charged|sentenced) "
    r"(?:\w+ ){0,3}?(?:of|with|for) (?:the )?(?:\w+ ){0,1}(?:murder|manslaughter|killing|infanticide)"
    r"|(?:pleaded guilty|admitted) (?:to )?(?:the )?(?:murder|manslaughter|killing)"
)


# "Mia's father, Mr T, was arrested at the scene. He was later convicted of both murders.": the parent the sentence
# before told of, by a pronoun
_PRONOUN_KILLER = re.compile(r"^\W*(?:He|She) (?:" + _KILLING + ")")
_PARENT_TOLD = re.compile(
    r"\b(?:[A-Z][\w-]*['’]s|[Hh]is|[Hh]er|[Tt]heir|[Tt]he (?:child|baby)['’]s) (?:father|mother|stepfather|stepmother|"
    r"mum|dad|(?:mother|mum)['’]s (?:partner|boyfriend))\b(?:,[^,.;]{1,30},)? (?:was|had been) (?:arrested|charged|"
    r"detained|remanded)\b"
)


def _family_adults(doc: Doc) -> re.Pattern[str] | None:
    """A pattern for the family's adults by the titles the report gives them ("Mr V attacked his two
    children", "Mr R was convicted of the murder of Child A"), or None when it names none."""
    key = ("outcome_family_adults",)
    if key not in doc._trigger_cache:  # type: ignore[operator]
        names: set[str] = set()
        if "Mr" in doc.text or "Ms" in doc.text or "Mrs" in doc.text or "Miss" in doc.text:
            for m in _ADULT_ALIAS.finditer(doc.text):
                name = m.group("a") or m.group("b")
                names.add(name[0].upper() + name[1:])
            # the other parent by the same surname or letter ("the children's mother, Ms W" ... "Mr W attacked both
            # children"), when the report uses that title too
            for name in list(names):
                title, _, surname = name.partition(" ")
                other = ("Mr " if title in ("Ms", "Mrs", "Miss") else "Ms ") + surname
                if (
                    other not in names
                    and other in doc.text
                    and re.search(r"(?<!\w)" + re.escape(other) + r"(?!\w)", doc.text)
                ):
                    names.add(other)
        doc._trigger_cache[key] = (  # type: ignore[index]
            re.compile(
                # "His mother's partner, Mr D, was convicted of his murder", "Mr D, the mother's partner, was ...":
                # an apposition around the name
                r"(?<!\w)(?:" + "|".join(re.escape(n) for n in sorted(names)) + r")(?!\w)(?:,[^,.;]{1,40},|,)?\s+"
                r"(?:" + _KILLING + ")"
            )
            if names
            else None
        )
    return doc._trigger_cache[key]  # type: ignore[index]
