"""Parental and family flags (case level): substance misuse, mental health, adverse childhood
experiences, care leavers, learning disability, offending, separation, domestic abuse,
isolation, moves, partners, poverty. Lexicons in data/family.yaml."""

from __future__ import annotations

from functools import lru_cache

from caselearn.extract.flags import FlagSpec, evaluate_flag
from caselearn.extract.lexicon import checked_variables, load_data
from caselearn.extract.model import Extraction
from caselearn.extract.text import Doc


@lru_cache(maxsize=1)
def specs() -> list[FlagSpec]:
    data = checked_variables(load_data("family"), "family")
    return [FlagSpec.from_data(vid, "family", raw) for vid, raw in data.items()]


class FamilyComponent:
    name = "family"

    def __call__(self, doc: Doc, result: Extraction) -> None:
        names = tuple(n for c in result.children for n in c.names)
        for spec in specs():
            s = evaluate_flag(spec, doc, child_names=names)
            if s is not None:
                result.case[spec.variable] = s
