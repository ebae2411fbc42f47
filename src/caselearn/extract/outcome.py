"""Outcome for each child (death, serious harm, other) and the harm category; the component that codes the outcome
and both categories (the death's is weighed in ``death_category``, the review's own classification read in
``stated_class``)."""

from __future__ import annotations

import itertools
import re

from caselearn.extract import context
from caselearn.extract.category_scores import _affirmed_match, _best, _combine, _scores
from caselearn.extract.child_window import _later, _names_in, _other_names, _window
from caselearn.extract.children import HEAD_CHARS, child_sentence_indexes, owns_cue
from caselearn.extract.death_category import _death_category, _family_adults
from caselearn.extract.ids import roles
from caselearn.extract.model import ChildResult, Extraction, Span, Suggestion
from caselearn.extract.outcome_data import _candidates, _data, _hit
from caselearn.extract.prefilter import Prefiltered
from caselearn.extract.someone_else import _RELATIVE_BEFORE, PARENT_PAST, other_death
from caselearn.extract.stated_class import _PLAN_BEFORE, stated_class
from caselearn.extract.text import Doc, Sentence, compiled

NOT_APPLICABLE = "not_applicable"


NOT_DEAD = Prefiltered.compile(
    r"\b(?:did not die|not fatal|non-fatal|near[- ]fatal|near[- ]drowning|survived|is (?:now )?recovering|recovered|"
    r"attempted murder|attempt(?:ed)? to (?:kill|murder)|(?:could|might|would) (?:easily )?have died)\b",
    re.I,
)


def child_outcome(doc: Doc, child: ChildResult, others: list[ChildResult]) -> tuple[Suggestion | None, list[int]]:
    """Death, serious harm or other. A notification's stated category decides; otherwise the
    sentences about the child in the first part of the report are weighed: a death or harm
    phrase in a sentence that names the child counts twice, the first ones count more, and
    deaths of other people ("her mother died") do not count."""
    d = _data()
    idx = _window(doc, child, others)
    names = tuple(child.names)

    def named_in(sent: Sentence) -> bool:
        return _names_in(sent.text, names)

    for i in idx:
        sent = doc.sentences[i]
        m = d["other"].in_sentence(doc, i)
        if (
            m
            and "ethnic" not in sent.text.lower()
            and not (_RELATIVE_BEFORE.search(sent.text[max(0, m.start() - 60) : m.start()]) and not named_in(sent))
            # "Temi was not harmed" is not about her brother, the other subject of the review
            and not (others and not named_in(sent) and _names_in(sent.text, _other_names(others)))
        ):
            # "her brother was not seriously harmed" is about someone else
            return Suggestion("other", 0.8, [Span(sent.start, sent.end, sent.text)], "rule:outcome/other"), idx
    unharmed = _unharmed(names)
    if unharmed is not None:
        for i in idx:
            sent = doc.sentences[i]
            m = unharmed.search(sent.text)
            if m and _CLAUSE_START.search(sent.text[: m.start()]) and not context.hedged(sent.text, m.start(), m.end()):
                # "Temi was not harmed, but she is a subject of the review too"
                return Suggestion("other", 0.7, [Span(sent.start, sent.end, sent.text)], "rule:outcome/unharmed"), idx
    stated = stated_class(doc, child, others, "outcome")
    if stated is not None:
        return Suggestion(stated[0], 0.9, [stated[1]], f"rule:outcome/stated.{stated[0]}"), idx
    head_limit = max(3000, len(doc.text) // 4)
    for i in idx:
        sent = doc.sentences[i]
        if sent.start > head_limit:
            break
        m = d["notification"].in_sentence(doc, i)
        if m and (not others or _names_in(sent.text, names) or not _names_in(sent.text, _other_names(others))):
            value = m.group("value").lower()
            value = "serious_harm" if value.startswith("serious") else "other" if value == "other" else "death"
            if value == "other" and "ethnic" in sent.text.lower():
                continue  # "her ethnicity was recorded as 'Other'"
            return Suggestion(
                value, 0.9, [Span(sent.start, sent.end, sent.text)], f"rule:outcome/notification.{value}"
            ), idx
    scores, spans = _weigh(doc, idx, child, others)
    if others and any(scores.values()):
        # several subject children: what the sentences about this child say comes before a sentence
        # about the group ("four young people were seriously harmed, and one of them was killed")
        own = set(child_sentence_indexes(doc, child, others))
        own_scores, own_spans = _weigh(doc, [i for i in idx if i in own], child, others)
        if any(own_scores.values()):
            scores, spans = own_scores, own_spans
    if not any(scores.values()):
        # a review is commissioned for a death or serious harm: with no word of a death
        # anywhere in the child's story, the child was harmed
        return Suggestion("serious_harm", 0.5, [], "rule:outcome/no_death"), idx
    value = "death" if scores["death"] >= scores["serious_harm"] * 0.5 and scores["death"] > 0 else "serious_harm"
    if scores[value] == 0:
        value = "serious_harm" if value == "death" else "death"
    total = scores["death"] + scores["serious_harm"]
    conf = round(0.55 + 0.35 * scores[value] / total, 3)
    return Suggestion(value, conf, [spans[value]], f"rule:outcome/{value}"), idx


# the name opens the sentence or a clause ("... died; Temi was not harmed"), not "to ensure Temi was not harmed"
_CLAUSE_START = re.compile(r"(?:^|[;:]\s*|,? (?:but|and|while|whereas) )(?:[\w'’]+ ){0,3}$")


def _unharmed(names: tuple[str, ...]) -> re.Pattern[str] | None:
    """The child named as unharmed: "Temi was not harmed", "Child D, who was in the room, was unhurt"."""
    names = tuple(n for n in names if n and len(n) > 1)
    if not names:
        return None
    return compiled(
        r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?:,[^,.;]{1,60},)? (?:was|had been|were) "
        r"(?:not (?:physically )?(?:harmed|hurt)|unharmed|unhurt)\b"
    )


def _weigh(
    doc: Doc, idx: list[int], child: ChildResult, others: list[ChildResult]
) -> tuple[dict[str, float], dict[str, Span]]:
    """Death and serious harm weighed over the sentences: a phrase in a sentence that names the
    child counts twice, the first ones count more, another person's death does not count. In a
    sentence naming several subject children, only the phrases about this child count ("Harley's
    murder and serious harm to Twin 2")."""
    d = _data()
    names = tuple(child.names)
    other_names = _other_names(others)
    scores = {"death": 0.0, "serious_harm": 0.0}
    spans: dict[str, Span] = {}
    for rank, i in enumerate(idx[:80]):
        died, survived, harmed = _hit(doc, d["death"], i), _hit(doc, NOT_DEAD, i), _hit(doc, d["harm"], i)
        if not (died or survived or harmed):
            continue
        sent = doc.sentences[i]
        named = _names_in(sent.text, names)
        if named and others and _names_in(sent.text, other_names):
            died, survived, harmed = (
                found and _owned(sent.text, pattern, child, others)
                for found, pattern in ((died, d["death"].regex), (survived, NOT_DEAD.regex), (harmed, d["harm"].regex))
            )
        weight = (2.0 if named else 1.0) * (1.5 if rank < 10 else 1.0)
        if died and not survived and not other_death(sent.text):
            if not (others and not named and _names_in(sent.text, _other_names(others))):
                scores["death"] += weight
                spans.setdefault("death", Span(sent.start, sent.end, sent.text))
        elif harmed or survived:
            scores["serious_harm"] += weight * 0.8
            spans.setdefault("serious_harm", Span(sent.start, sent.end, sent.text))
    return scores, spans


def _owned(text: str, pattern: re.Pattern[str], child: ChildResult, others: list[ChildResult]) -> bool:
    """Whether one of the pattern's matches in a sentence naming several children is about ``child``."""
    return any(owns_cue(text, m.start(), m.end(), child, others) for m in itertools.islice(pattern.finditer(text), 6))


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
    r"unsupervised(?! (?:contact|visits?|access|time|overnight|periods? of contact)))\b",
    re.I,
)
_HURT = re.compile(
    r"\b(?:burn(?:s|t|ed)?|scald(?:s|ed)?|injur(?:y|ies|ed)|fractur\w+|smoke inhalation|fire|fell|fall|drown\w*|"
    r"ingest\w*|swallow\w*)\b",
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


_AGE_WORDS = {
    w: n
    for n, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen".split()
    )
}
# what a sentence tells dated by the age someone had then: "from the age of twelve she was abused", "when he was 15"
_DATING_AGE = re.compile(
    r"\b(?:when (?:she|he) was (?:aged |about |only |just )?|(?:from|since) (?:the )?age (?:of )?)"
    r"(\d{1,2}|" + "|".join(w for w in _AGE_WORDS if w != "zero") + r")\b(?![- ](?:weeks?|months?|days?)\b)",
    re.I,
)


def _dated_by_older_age(text: str, months: int | None) -> bool:
    """The sentence dates what it tells by an age the child had not reached: someone else's story (most often a
    parent's childhood)."""
    if months is None or "age" not in text and "when" not in text.lower():
        return False
    for m in _DATING_AGE.finditer(text):
        word = m.group(1).lower()
        if (int(word) if word.isdigit() else _AGE_WORDS[word]) * 12 > months + 11:
            return True
    return False


class OutcomeComponent:
    name = "outcome"

    def __call__(self, doc: Doc, result: Extraction) -> None:
        r = roles()
        d = _data()
        for child in result.children:
            others = [c for c in result.children if c is not child]
            outcome, idx = child_outcome(doc, child, others)
            if outcome is None:
                continue
            child.codes[r.outcome] = outcome
            age = child.codes.get(r.age_months)
            months = age.value if age is not None and isinstance(age.value, int) else None
            # "From the age of twelve she was sexually abused by a lodger", in a review of a four-year-old: a
            # parent's childhood, not the child's harm
            idx = [i for i in idx if not _dated_by_older_age(doc.sentences[i].text, months)]
            if outcome.value == "death":
                child.codes[r.harm_category] = Suggestion(NOT_APPLICABLE, 0.9, [], "rule:outcome/death")
                found = (
                    stated_class(doc, child, others, "death")
                    or _death_category(doc, idx, months)
                    or _death_category(doc, _later(doc, child, others), months)
                )
                if found:
                    child.codes[r.death_category] = Suggestion(
                        found[0], 0.7, [found[1]], f"rule:outcome/death.{found[0]}"
                    )
            elif outcome.value == "serious_harm":
                child.codes[r.death_category] = Suggestion(NOT_APPLICABLE, 0.9, [], "rule:outcome/serious_harm")
                later = _later(doc, child, others)
                # a category stated outright later in the report ("it has been treated as extra-familial
                # sexual abuse") comes before one weighed from the opening's cues
                found = (
                    stated_class(doc, child, others, "harm")
                    or _stated(doc, idx)
                    or _head_field(doc, others)
                    or _stated(doc, later)
                    or _category(doc, idx, d["harm_category"])
                    or _category(doc, later, d["harm_category"])
                )
                if found and found[0] == "other_nonfatal" and _SUPERVISION_ACCIDENT.search(found[1].text):
                    age = child.codes.get(r.age_months)
                    band = child.codes.get(r.age_band)
                    young = (isinstance(age.value, int) and age.value < 72) if age is not None else False
                    if young or (band is not None and band.value in ("under_1", "1_5")):
                        # a young child who swallowed a carer's methadone or tablets, or fell from a window,
                        # was not kept safe: neglect, where a teenager's overdose stays other harm
                        found = ("neglect", found[1])
                if found:
                    child.codes[r.harm_category] = Suggestion(
                        found[0], 0.7, [found[1]], f"rule:outcome/harm.{found[0]}"
                    )
            else:
                for vid in (r.death_category, r.harm_category):
                    child.codes[vid] = Suggestion(NOT_APPLICABLE, 0.8, [], "rule:outcome/other")
