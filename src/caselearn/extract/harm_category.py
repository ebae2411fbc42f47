"""The category of a child's serious harm: one stated outright ("an injury caused by neglect", a template field
of the report's opening), a child left alone and hurt, or the cue phrases weighed; sexual abuse said without who
did it placed within or outside the family by the people around it; with no harm phrase, a carer's attack."""

from __future__ import annotations

import re

from caselearn.extract import context
from caselearn.extract.category_scores import _affirmed_match, _best, _combine, _scores
from caselearn.extract.child_window import _names_in, _other_names
from caselearn.extract.children import HEAD_CHARS
from caselearn.extract.death_category import _family_adults
from caselearn.extract.model import ChildResult, Span
from caselearn.extract.outcome_data import _candidates, _data
from caselearn.extract.prefilter import Prefiltered
from caselearn.extract.someone_else import PARENT_PAST
from caselearn.extract.stated_class import _PLAN_BEFORE
from caselearn.extract.text import Doc


def _category(doc: Doc, idx: list[int], table: list[tuple[str, Prefiltered]]) -> tuple[str, Span] | None:
    """The best-supported harm category over the child's sentences; a category the report states
    outright (YAML ``harm_stated``: "an injury caused by neglect") wins."""
    stated = _stated(doc, idx)
    if stated:
        return stated
    scores, spans = _scores(doc, idx, table, _data()["harm"])
    _combine(scores, spans)
    _sexual_abuse(doc, idx, scores, spans)
    for value, beaten in _data()["outranks"].items():
        if value in scores:
            for v in beaten:
                if v in spans and _NAMED_OTHER.search(spans[v].text):
                    continue  # the category named outright ("the harm categorised as other non-fatal")
                scores.pop(v, None)
    if (
        "criminal_exploitation" in scores
        and "physical_abuse" in scores
        and not FAMILY_ABUSER.search(spans["physical_abuse"].text)
        and not _carer_attack(doc, idx)
    ):
        # "held in a flat and assaulted ... punishment for a drug debt": the assault is the exploitation's,
        # unless a parent or carer attacked the child
        scores.pop("physical_abuse")
    return _best(scores, spans) or _carer_attack(doc, idx)


_NAMED_OTHER = re.compile(r"\bother non-?fatal\b", re.I)


def _carer_attack(doc: Doc, idx: list[int]) -> tuple[str, Span] | None:
    """With no harm phrase at all, a parent or carer who attacked the child ("Mr V attacked his two
    children with a knife", "stabbed by her father") makes the harm physical abuse."""
    d = _data()
    carers = _family_adults(doc)
    for i in idx[:60]:
        sent = doc.sentences[i]
        if d["family"].in_sentence(doc, i) or (carers and carers.search(sent.text)):
            if context.disproved(sent.text) or GENERIC_SEXUAL.search(sent.text):
                continue
            return "physical_abuse", Span(sent.start, sent.end, sent.text)
    return None


# Sexual abuse said without who did it in the same phrase ("gave an account of sexual abuse";
# "was sexually abused. Her mother's partner was convicted"): who the abuser was, from the
# sentence and the ones around it, decides within or outside the family.
GENERIC_SEXUAL = re.compile(
    r"\bsexual(?:ly)? (?:abus\w+|assault\w*)|\b(?:was|were|been|had been) raped\b|\bindecent assault", re.I
)
# Touching told in the child's words ("he had been touching her at night"), sexual when the sentence or the one
# before or after it says so ("drawings of a sexual nature", "touched inappropriately").
_TOUCHING = re.compile(r"\b(?:touch(?:ed|ing)|fondl(?:ed|ing)) (?:him|her|them)\b|\bsexual(?:ly)? touch\w*", re.I)
_SEXUAL_CONTEXT = re.compile(r"\bsexual\w*|\binappropriate(?:ly)?\b|\bprivate parts\b|\bintimate\b", re.I)
FAMILY_ABUSER = re.compile(
    r"\b(?:father|stepfather|step-father|dad|(?:mother|mum)'s (?:partner|boyfriend)|uncle|grandfather|"
    r"step-grandfather|(?:half-|step-?)?brother|cousin|stepmother|mother|family member|relative)\b",
    re.I,
)
OUTSIDE_ABUSER = re.compile(
    r"\b(?:a|an|the) (?:[\w-]+ )?(?:man|men|adult|stranger|neighbou?r|teacher|coach|lodger|tutor|youth worker)\b|"
    r"\bfamily friend\b|\b(?:her|his) (?:older )?boyfriend\b|\bonline\b",
    re.I,
)
# The setting of exploitation around an assault by people outside the family: a child missing from home or care,
# plied with alcohol, drugs or gifts, taken to hotels or addresses, or with a group of adult men.
_EXPLOITED_SETTING = re.compile(
    r"\b(?:missing (?:from|overnight|for)|went missing|reported missing|"
    r"(?:given|plied with|supplied with|offered) (?:\w+ ){0,2}(?:alcohol|drugs|cannabis|vodka|cigarettes|gifts|money)|"
    r"hotel (?:room|rooms)|(?:two|three|four|several|a group of|older|adult) (?:older |adult )?(?:men|males)\b|"
    r"in (?:return|exchange) for)",
    re.I,
)
# the person a child told, not the abuser: "disclosed to a teacher", "told a youth worker", "confided in a neighbour"
_TOLD_BEFORE = re.compile(
    r"\b(?:disclos\w*|told|tells|telling|report\w*|confided|spoke|speaking|talked|talking|said|explained|went|turned)"
    r"(?: (?:this|it|that|everything|what had happened))?(?: (?:to|in|with))?(?: (?:a|an|the|her|his))? ?$",
    re.I,
)


def _outside_abuser(text: str) -> re.Match[str] | None:
    """The first person outside the family in ``text`` who is not just the one the child told."""
    for m in OUTSIDE_ABUSER.finditer(text):
        if not _TOLD_BEFORE.search(text[max(0, m.start() - 40) : m.start()]):
            return m
    return None


_SEXUAL_VALUES = ("sexual_abuse_intrafamilial", "sexual_abuse_extrafamilial", "sexual_exploitation")


def _sexual_abuse(doc: Doc, idx: list[int], scores: dict[str, float], spans: dict[str, Span]) -> None:
    if any(v in scores for v in _SEXUAL_VALUES):
        return
    for rank, i in enumerate(idx[:60]):
        text = doc.sentences[i].text
        m = GENERIC_SEXUAL.search(text)
        touching = m is None and (m := _TOUCHING.search(text)) is not None
        if m is None or context.disproved(text) or PARENT_PAST.search(text):
            continue
        if context.negated(text, m.start(), m.end()) or context.hedged(text, m.start(), m.end()):
            continue
        around = " ".join(doc.sentences[j].text for j in (i - 1, i, i + 1) if 0 <= j < len(doc.sentences))
        if touching and not _SEXUAL_CONTEXT.search(around):
            continue  # "she touched him gently on the arm"
        family, outside = FAMILY_ABUSER.search(around), _outside_abuser(around)
        if not family and _EXPLOITED_SETTING.search(around):
            # "found in a hotel with two adult men after going missing from her placement ... sexually assaulted"
            value = "sexual_exploitation"
        else:
            value = "sexual_abuse_extrafamilial" if outside and not family else "sexual_abuse_intrafamilial"
        weight = 2.0 if rank < 8 else 1.0
        scores[value] = scores.get(value, 0.0) + weight
        spans.setdefault(value, Span(doc.sentences[i].start, doc.sentences[i].end, text))


_NOT_NEGLECT = re.compile(
    r"\b(?:not|never|no)\b[^.;:]{0,60}?\b(?:amount(?:ed|ing|s)? to|constitut(?:ed|ing|es)) (?:\w+ )?neglect\b", re.I
)
_VIOLENT_OFFENCE = re.compile(
    r"\b(?:GBH|grievous bodily harm|ABH|actual bodily harm|assault\w*|wounding|causing or allowing|sexual\w*|rape|"
    r"attempted murder|inflicted|non-accidental)\b",
    re.I,
)


def _stated(doc: Doc, idx: list[int]) -> tuple[str, Span] | None:
    """The first harm category stated outright in the child's sentences, not negated or hedged."""
    found: list[tuple[int, str, Span]] = []
    for value, pattern in _data()["harm_stated"]:
        for i in _candidates(doc, pattern, idx[:60]):
            m = pattern.regex.search(doc.sentences[i].text)
            if m is None:
                continue
            sent = doc.sentences[i]
            if context.disproved(sent.text) or not _affirmed_match(sent.text, pattern, m):
                continue
            if m.group(0).lower().startswith(("categor", "classif")) and _PLAN_BEFORE.search(
                sent.text[max(0, m.start() - 80) : m.start()]
            ):
                continue  # "a child protection plan, categorised as neglect": the plan's category, not the harm
            if value == "neglect" and _NOT_NEGLECT.search(sent.text):
                continue  # "the review did not consider that the conditions amounted to neglect"
            if value == "neglect" and _VIOLENT_OFFENCE.search(sent.text):
                continue  # "the father was charged with GBH and the mother with neglect": the injury decides
            found.append((i, value, Span(sent.start, sent.end, sent.text)))
            break
    alone = _left_alone(doc, idx)
    if alone is not None:
        found.append(alone)
    if not found:
        return None
    _i, value, span = min(found, key=lambda f: f[0])
    return value, span


# A child left alone or unsupervised, and hurt then: "Two children were inside on their own ... he suffered
# burns", "a burn to his hand from an unsupervised attempt to cook. He had been left alone".
_LEFT_ALONE = re.compile(
    r"\b(?:home alone|left (?:\w+ )?(?:alone|on (?:his|her|their) own|unsupervised|unattended)|"
    r"(?:was|were) (?:\w+ ){0,2}(?:inside|at home|in the (?:house|flat|home)) (?:alone|on (?:his|her|their) own)|"
    r"unsupervised(?! (?:contact|visits?|access|time|overnight|periods? of contact))|"
    # a baby left in the bath while the carer went elsewhere: "had left him sitting in a bath seat while she went to
    # the door"
    r"left (?:him|her|them|the (?:baby|child|children|twins)) (?:[\w-]+ ){0,3}(?:in|on) (?:the |a |an |his |her )?"
    r"(?:bath|bath seat|bathtub|bath chair|paddling pool))\b",
    re.I,
)
_HURT = re.compile(
    r"\b(?:burn(?:s|t|ed)?|scald(?:s|ed)?|injur(?:y|ies|ed)|fractur\w+|smoke inhalation|fire|fell|fall|drown\w*|"
    r"ingest\w*|swallow\w*|face down|submerged|not breathing|unresponsive)\b",
    re.I,
)


def _left_alone(doc: Doc, idx: list[int]) -> tuple[int, str, Span] | None:
    for i in idx[:30]:
        sent = doc.sentences[i]
        m = _LEFT_ALONE.search(sent.text)
        if m is None or context.disproved(sent.text) or _VIOLENT_OFFENCE.search(sent.text):
            continue
        if context.negated(sent.text, m.start(), m.end()) or context.hedged(sent.text, m.start(), m.end()):
            continue
        if PARENT_PAST.search(sent.text) or context.historical(sent.text, m.start(), m.end()):
            continue
        near = [doc.sentences[j].text for j in (i - 1, i, i + 1) if 0 <= j < len(doc.sentences)]
        if any(_HURT.search(t) for t in near):
            return i, "neglect", Span(sent.start, sent.end, sent.text)
    return None


_INGESTION = re.compile(
    r"\bingest\w*|\b(?:swallow\w*|drink\w*|drank|drunk|tak(?:ing|en)|took|ate|eat\w*) "
    r"(?:(?:from|out of) (?:a|an|the|his|her) (?:\w+ )?(?:bottle|container|packet|cup|glass|beaker|tub|pot|box) of "
    r"|(?:some|several|most|all|one|two|a few|a number) of )?"
    r"(?:[\w'’]+ ){0,3}(?:methadone|"
    r"medication|tablets|pills|bleach|buprenorphine|heroin|cocaine|cannabis|drugs)\b|\b(?:methadone|opiate|opioid|"
    r"drug) (?:toxicity|poisoning)|\btoxicology\b",
    re.I,
)

# what a young child comes to harm by when nobody is watching: a carer's medicine swallowed, a fall from a window
_SUPERVISION_ACCIDENT = re.compile(
    _INGESTION.pattern
    + r"|\b(?:fell|fallen|falling|a fall) (?:\w+ ){0,2}(?:from|out of|through) (?:an? |the |(?:his|her|"
    r"their) )?(?:[\w-]+ ){0,3}(?:window|balcony)\b",
    re.I,
)

# a template field: "Type of harm ....... Neglect", "Harm category: neglect", "| Primary harm | Neglect |"
_FIELD = re.compile(r"\s*\|?\s*[A-Z][\w /()-]{2,50}?(?:\s*[:|\u2013]|\s*\.{2,}|\t)")


def _head_field(doc: Doc, others: list[ChildResult]) -> tuple[str, Span] | None:
    """A harm stated once, in a template field of the report's opening, for all the children of a
    multi-child review ("Type of harm ....... Neglect" under "Serious harm (both children)"). Read line by
    line: a dotted leader ends a sentence, not the field. A field naming another subject child, and prose,
    are left out: they may be about one of the children."""
    if not others:
        return None
    names = _other_names(others)
    head = doc.text[: 3 * HEAD_CHARS]
    pos = 0
    for line in head.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if not _FIELD.match(line) or _names_in(line, names):
            continue
        for value, pattern in _data()["harm_stated"]:
            m = pattern.regex.search(line)
            if m and not context.negated(line, m.start(), m.end()) and not context.hedged(line, m.start(), m.end()):
                return value, Span(start, start + len(line), line)
    return None
