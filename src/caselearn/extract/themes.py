"""Practice themes, from the findings, learning and analysis parts of the report
(the whole report when it has no such sections). Only ``present`` is suggested."""

from __future__ import annotations

from functools import lru_cache

from caselearn.extract.flags import FlagSpec, evaluate_flag
from caselearn.extract.lexicon import checked_variables, load_data
from caselearn.extract.model import Extraction
from caselearn.extract.text import Doc

THEME_SECTIONS = ("findings", "learning", "analysis")


@lru_cache(maxsize=1)
def specs() -> list[FlagSpec]:
    data = checked_variables(load_data("themes"), "themes")
    out = []
    for vid, raw in data.items():
        raw = dict(raw)
        raw.setdefault(
            "holders", ["parent", "none", "child", "other_adult", "former_partner", "sibling", "professional"]
        )
        out.append(FlagSpec.from_data(vid, "themes", raw))
    return out


class ThemesComponent:
    name = "themes"

    def __call__(self, doc: Doc, result: Extraction) -> None:
        ranges = doc.spans_of(*THEME_SECTIONS) or None
        for spec in specs():
            s = evaluate_flag(spec, doc, ranges=ranges, theme=True)
            if s is not None and s.value == "present":
                result.case[spec.variable] = s
