"""Agencies in contact with the family before the incident (a set), abbreviations included."""

from __future__ import annotations

import re
from functools import lru_cache

from caselearn.extract.ids import roles
from caselearn.extract.lexicon import load_data
from caselearn.extract.model import Extraction, Span, Suggestion
from caselearn.extract.prefilter import Prefiltered
from caselearn.extract.text import Doc


@lru_cache(maxsize=1)
def _table() -> tuple[list[tuple[str, Prefiltered]], re.Pattern[str]]:
    d = load_data("agencies")
    sensitive = set(d["case_sensitive"])
    out = []
    for value, patterns in d["values"].items():
        cs = [p for p in patterns if p in sensitive]
        ci = [p for p in patterns if p not in sensitive]
        parts = []
        if ci:
            parts.append("(?i:" + "|".join(ci) + ")")
        parts += cs
        out.append((value, Prefiltered.compile("|".join(parts))))
    return out, re.compile(d["after_incident"], re.I)


def agencies(doc: Doc) -> Suggestion | None:
    table, after = _table()
    found: dict[str, Span] = {}
    for value, pattern in table:
        for m in pattern.finditer(doc):
            sent = doc.sentence_at(m.start())
            if sent is None or after.search(sent.text):
                continue
            found[value] = Span(m.start(), m.end(), m.group(0))
            break
    if not found:
        return None
    order = [v for v, _ in table]
    values = sorted(found, key=order.index)
    return Suggestion(values, 0.7, [found[v] for v in values], "rule:agencies/lexicon")


class AgenciesComponent:
    name = "agencies"

    def __call__(self, doc: Doc, result: Extraction) -> None:
        s = agencies(doc)
        if s is not None:
            result.case[roles().agencies_involved] = s
