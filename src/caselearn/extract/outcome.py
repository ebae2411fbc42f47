"""Outcome for each child (death, serious harm, other), and the component that codes the outcome and the death or
harm category (weighed in ``death_category`` and ``harm_category``; the review's own classification read in
``stated_class``)."""

from __future__ import annotations

import itertools
import re

from caselearn.extract import context
from caselearn.extract.child_window import _later, _names_in, _other_names, _window
from caselearn.extract.children import child_sentence_indexes, owns_cue
from caselearn.extract.death_category import _death_category
from caselearn.extract.harm_category import _SUPERVISION_ACCIDENT, _category, _head_field, _stated
from caselearn.extract.ids import roles
from caselearn.extract.model import ChildResult, Extraction, Span, Suggestion
from caselearn.extract.outcome_data import _data, _hit
from caselearn.extract.prefilter import Prefiltered
from caselearn.extract.someone_else import _RELATIVE_BEFORE, other_death
from caselearn.extract.stated_class import stated_class, table_class
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
            # "the first notification was categorised as 'other' because the injury was thought accidental": a first
            # view the review went on to revise
            and not _FIRST_VIEW.search(sent.text[: m.start()])
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
            if _FIRST_VIEW.search(sent.text[max(0, m.start() - 40) : m.start() + 30]):
                continue  # "Original notification category: Other (accidental injury)"
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


# A classification the report marks as a first view: "the first notification", "originally categorised", "Initial
# notification category".
_FIRST_VIEW = re.compile(r"\b(?:first|initial(?:ly)?|original(?:ly)?|at first)\b", re.I)


# A death and a serious harm offered as alternatives: the criteria for a review ("the child has died or been
# seriously harmed", "death or serious injury") or a group's outcomes ("were killed or seriously harmed").
EITHER = re.compile(
    r"\b(?:died|dies|die|death|deaths|killed)\b,? (?:or|and/or) (?:(?:has|have|had|was|were|is|are|been|the|a|"
    r"child|children|young|person|people|suffered|suffer) ){0,4}(?:serious(?:ly)?|significant(?:ly)?) "
    r"(?:harm(?:ed)?|injur(?:ed|y|ies))"
    r"|\bserious(?:ly)? (?:harm(?:ed)?|injur(?:ed|y|ies)),? (?:or|and/or) "
    r"(?:(?:has|have|had|was|were|been|the|a) ){0,3}"
    r"(?:died|death|deaths|killed)\b",
    re.I,
)


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
        if died and harmed and " or " in sent.text and EITHER.search(sent.text):
            # "where a child has died or been seriously harmed", "four young people were killed or seriously
            # injured": the statutory criteria or a group told together say neither of this child
            rest = EITHER.sub(" ", sent.text)
            died, harmed = bool(d["death"].regex.search(rest)), bool(d["harm"].regex.search(rest))
            if not (died or survived or harmed):
                continue
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
                    table_class(doc, child, others, "death")
                    or stated_class(doc, child, others, "death")
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
                    table_class(doc, child, others, "harm")
                    or stated_class(doc, child, others, "harm")
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
