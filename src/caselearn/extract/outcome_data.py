"""The outcome lexicon (``data/outcome.yaml``) compiled once, and its patterns' matches in a document's
sentences remembered for the document (the outcome and every category ask about the same sentences)."""

from __future__ import annotations

import re
from functools import lru_cache

from caselearn.extract.lexicon import load_data
from caselearn.extract.prefilter import Prefiltered
from caselearn.extract.text import Doc


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
        "harm_stated": table(d.get("harm_stated") or {}),
        "unexplained": Prefiltered.compile(d["unexplained"], re.I),
        "family": Prefiltered.compile("|".join(d["perpetrator"]["family"]), re.I),
        "extrafamilial": Prefiltered.compile("|".join(d["perpetrator"]["extrafamilial"]), re.I),
        "weights": {str(k): float(v) for k, v in (d.get("category_weights") or {}).items()},
        "combined": {str(k): tuple(v) for k, v in (d.get("combined_categories") or {}).items()},
        "outranks": {str(k): tuple(v) for k, v in (d.get("outranks") or {}).items()},
    }


def _hit(doc: Doc, pattern: Prefiltered, i: int) -> bool:
    """Whether ``pattern`` matches sentence ``i``, remembered for the document (the outcome and
    the category of every child ask about the same sentences)."""
    key = ("outcome_hits", id(pattern))
    memo = doc._trigger_cache.get(key)  # type: ignore[call-overload]
    if memo is None:
        memo = {}
        doc._trigger_cache[key] = memo  # type: ignore[index]
    if i not in memo:
        memo[i] = pattern.in_sentence(doc, i) is not None
    return memo[i]


def _candidates(doc: Doc, pattern: Prefiltered, among: list[int]) -> list[int]:
    """The sentences of ``among`` that hold one of the pattern's trigger words."""
    cands = pattern.candidate_sentences(doc)
    if cands is None:
        return among
    key = ("outcome_candset", id(pattern))
    found = doc._trigger_cache.get(key)  # type: ignore[call-overload]
    if found is None:
        found = frozenset(cands)
        doc._trigger_cache[key] = found  # type: ignore[index]
    return [i for i in among if i in found]


def _match(doc: Doc, pattern: Prefiltered, i: int) -> re.Match[str] | None:
    """``pattern`` searched in sentence ``i``, remembered for the document."""
    key = ("outcome_match", id(pattern))
    memo = doc._trigger_cache.get(key)  # type: ignore[call-overload]
    if memo is None:
        memo = {}
        doc._trigger_cache[key] = memo  # type: ignore[index]
    if i not in memo:
        memo[i] = pattern.regex.search(doc.sentences[i].text)
    return memo[i]
