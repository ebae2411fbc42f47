"""Outcome for each child (death, serious harm, other) and the death or harm category."""

from __future__ import annotations

import re
from functools import lru_cache

from caselearn.extract import context
from caselearn.extract.children import child_sentence_indexes
from caselearn.extract.ids import roles
from caselearn.extract.lexicon import load_data
from caselearn.extract.model import ChildResult, Extraction, Span, Suggestion
from caselearn.extract.prefilter import Prefiltered
from caselearn.extract.text import Doc, compiled

NOT_APPLICABLE = "not_applicable"
_RELATIVE = (
    r"(?:mother|father|mum|dad|grand\w+|nan|brother|sister|sibling|partner|uncle|aunt|husband|wife|friend|cousin|"
    r"boyfriend|girlfriend|step-?(?:father|mother)|relative|peer)"
)
# Someone else's death: "her mother died", "P's father died suddenly", "the grandmother's death",
# "after the death of his father" (a possessive names whose relative it was).
OTHER_DEATH = re.compile(
    r"\b(?:his|her|their|the|[A-Z]\w*'s) (?:\w+ )?"
    + _RELATIVE
    + r" (?:had |has |also |suddenly |then )?(?:died|passed away)"
    r"|\b" + _RELATIVE + r"'s death|(?:death|died) of (?:his|her|their|the) (?:\w+ )?" + _RELATIVE + r"\b",
    re.I,
)


@lru_cache(maxsize=1)
def _data() -> dict:
    d = load_data("outcome")

    def table(section: dict) -> list[tuple[str, Prefiltered]]:
        return [(v, Prefiltered.compile("|".join(f"(?:{p})" for p in ps), re.I)) for v, ps in section.items()]

    return {
        "other": Prefiltered.compile("|".join(d["other"]), re.I),
        "notification": Prefiltered.compile(d["notification"], re.I),
        "death": Prefiltered.compile("|".join(d["death"]), re.I),
        "harm": Prefiltered.compile("|".join(d["serious_harm"]), re.I),
        "death_category": table(d["death_category"]),
        "harm_category": table(d["harm_category"]),
        "weights": {str(k): float(v) for k, v in (d.get("category_weights") or {}).items()},
        "combined": {str(k): tuple(v) for k, v in (d.get("combined_categories") or {}).items()},
    }


def _window(doc: Doc, child: ChildResult, others: list[ChildResult]) -> list[int]:
    limit = max(3500, len(doc.text) // 3)
    idx = [i for i in child_sentence_indexes(doc, child, others) if doc.sentences[i].start < limit]
    return sorted(idx)


NOT_DEAD = re.compile(r"\b(?:did not die|not fatal|survived|is (?:now )?recovering|recovered)\b", re.I)


def child_outcome(doc: Doc, child: ChildResult, others: list[ChildResult]) -> tuple[Suggestion | None, list[int]]:
    """Death, serious harm or other. A notification's stated category decides; otherwise the
    sentences about the child in the first part of the report are weighed: a death or harm
    phrase in a sentence that names the child counts twice, the first ones count more, and
    deaths of other people ("her mother died") do not count."""
    d = _data()
    idx = _window(doc, child, others)
    names = tuple(child.names)
    for i in idx:
        sent = doc.sentences[i]
        m = d["other"].in_sentence(doc, i)
        if m:
            return Suggestion("other", 0.8, [Span(sent.start, sent.end, sent.text)], "rule:outcome/other"), idx
    head_limit = max(3000, len(doc.text) // 4)
    for i in idx:
        sent = doc.sentences[i]
        if sent.start > head_limit:
            break
        m = d["notification"].in_sentence(doc, i)
        if m and (not others or _names_in(sent.text, names) or not _names_in(sent.text, _other_names(others))):
            value = m.group("value").lower()
            value = "serious_harm" if value.startswith("serious") else "other" if value == "other" else "death"
            return Suggestion(
                value, 0.9, [Span(sent.start, sent.end, sent.text)], f"rule:outcome/notification.{value}"
            ), idx
    scores = {"death": 0.0, "serious_harm": 0.0}
    spans: dict[str, Span] = {}
    for rank, i in enumerate(idx[:80]):
        sent = doc.sentences[i]
        named = _names_in(sent.text, names)
        weight = (2.0 if named else 1.0) * (1.5 if rank < 10 else 1.0)
        if d["death"].in_sentence(doc, i) and not OTHER_DEATH.search(sent.text) and not NOT_DEAD.search(sent.text):
            if not (others and not named and _names_in(sent.text, _other_names(others))):
                scores["death"] += weight
                spans.setdefault("death", Span(sent.start, sent.end, sent.text))
        elif d["harm"].in_sentence(doc, i) or NOT_DEAD.search(sent.text):
            scores["serious_harm"] += weight * 0.8
            spans.setdefault("serious_harm", Span(sent.start, sent.end, sent.text))
    if not any(scores.values()):
        return None, idx
    value = "death" if scores["death"] >= scores["serious_harm"] * 0.5 and scores["death"] > 0 else "serious_harm"
    if scores[value] == 0:
        value = "serious_harm" if value == "death" else "death"
    total = scores["death"] + scores["serious_harm"]
    conf = round(0.55 + 0.35 * scores[value] / total, 3)
    return Suggestion(value, conf, [spans[value]], f"rule:outcome/{value}"), idx


def _names_in(text: str, names: tuple[str, ...]) -> bool:
    return any(compiled(r"(?<!\w)" + re.escape(n) + r"(?!\w)").search(text) for n in names if n)


def _other_names(others: list[ChildResult]) -> tuple[str, ...]:
    return tuple(n for o in others for n in o.names)


def _category(doc: Doc, idx: list[int], table: list[tuple[str, re.Pattern[str]]]) -> tuple[str, Span] | None:
    """The best-supported category over the child's sentences. Early sentences count more; a
    category's weight (YAML ``category_weights``) lowers background harms that reviews mention
    often (neglect in an exploitation case) and raises specific ones; a negated or hedged cue
    ("not considered CSE") does not count. When two categories together mean a third
    (``combined_categories``: a death first treated as SUDI and later found to be a parent's
    smothering is covert filicide), the third wins."""
    d = _data()
    weights: dict[str, float] = d["weights"]
    scores: dict[str, float] = {}
    spans: dict[str, Span] = {}
    for rank, i in enumerate(idx[:60]):
        sent = doc.sentences[i]
        weight = 2.0 if rank < 8 else 1.0
        for order, (value, pattern) in enumerate(table):
            m = pattern.in_sentence(doc, i)
            if m and not (
                context.negated(sent.text, m.start(), m.end()) or context.hedged(sent.text, m.start(), m.end())
            ):
                scores[value] = scores.get(value, 0.0) + weight * weights.get(value, 1.0) + 0.01 * (len(table) - order)
                spans.setdefault(value, Span(sent.start, sent.end, sent.text))
    if not scores:
        return None
    for value, parts in d["combined"].items():
        if all(p in scores for p in parts) and value not in scores:
            scores[value] = sum(scores[p] for p in parts)
            spans[value] = spans[parts[-1]]
    best = max(scores, key=lambda v: scores[v])
    return best, spans[best]


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
            if outcome.value == "death":
                child.codes[r.harm_category] = Suggestion(NOT_APPLICABLE, 0.9, [], "rule:outcome/death")
                found = _category(doc, idx, d["death_category"])
                if found:
                    child.codes[r.death_category] = Suggestion(
                        found[0], 0.7, [found[1]], f"rule:outcome/death.{found[0]}"
                    )
            elif outcome.value == "serious_harm":
                child.codes[r.death_category] = Suggestion(NOT_APPLICABLE, 0.9, [], "rule:outcome/serious_harm")
                found = _category(doc, idx, d["harm_category"])
                if found:
                    child.codes[r.harm_category] = Suggestion(
                        found[0], 0.7, [found[1]], f"rule:outcome/harm.{found[0]}"
                    )
            else:
                for vid in (r.death_category, r.harm_category):
                    child.codes[vid] = Suggestion(NOT_APPLICABLE, 0.8, [], "rule:outcome/other")
