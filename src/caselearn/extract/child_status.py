"""Child protection plan and children's social care status at the time of the incident."""

from __future__ import annotations

import re
from functools import lru_cache

from caselearn.extract import context
from caselearn.extract.children import child_sentence_indexes
from caselearn.extract.lexicon import checked_variables, load_data
from caselearn.extract.model import Extraction, Span, Suggestion
from caselearn.extract.prefilter import Prefiltered
from caselearn.extract.text import Doc

NEGATED_OK = {"never", "never_known"}  # these values are themselves negative statements


@lru_cache(maxsize=1)
def _tables() -> dict[str, list[tuple[str, Prefiltered]]]:
    data = checked_variables(load_data("child_status"), "child_status")
    return {vid: [(v, Prefiltered.compile(p, re.I)) for v, p in rows] for vid, rows in data.items()}


def status(doc: Doc, indexes: list[int], table: list[tuple[str, Prefiltered]], vid: str) -> Suggestion | None:
    for value, pattern in table:
        cands = pattern.candidate_sentences(doc)
        cset = set(cands) if cands is not None else None
        wanted = indexes if cset is None else [i for i in indexes if i in cset]
        for i in wanted:
            sent = doc.sentences[i]
            for m in pattern.regex.finditer(sent.text):
                if value not in NEGATED_OK and (
                    context.negated(sent.text, m.start(), m.end(), window=25)
                    or context.hedged(sent.text, m.start(), m.end())
                ):
                    continue
                span = Span(sent.start, sent.end, sent.text)
                return Suggestion(value, 0.75, [span], f"rule:child_status/{vid}.{value}")
    return None


class ChildStatusComponent:
    name = "child_status"

    def __call__(self, doc: Doc, result: Extraction) -> None:
        for child in result.children:
            others = [c for c in result.children if c is not child]
            idx = sorted(child_sentence_indexes(doc, child, others))
            for vid, table in _tables().items():
                s = status(doc, idx, table, vid)
                if s is not None:
                    child.codes[vid] = s
