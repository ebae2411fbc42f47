"""Child flags (disability, neglect, looked after, living at home, behaviour, mental health,
substance misuse, bullying, sexual exploitation, home education) with their age restrictions:
below a variable's ``min_age_years`` the flag stays not_known."""

from __future__ import annotations

from functools import lru_cache

from caselearn.codebook import load as load_codebook
from caselearn.extract.children import child_sentence_indexes
from caselearn.extract.flags import FlagSpec, evaluate_flag
from caselearn.extract.ids import roles
from caselearn.extract.lexicon import checked_variables, load_data
from caselearn.extract.model import Extraction
from caselearn.extract.text import Doc


@lru_cache(maxsize=1)
def specs() -> list[FlagSpec]:
    data = checked_variables(load_data("child_flags"), "child_flags")
    return [FlagSpec.from_data(vid, "child_flags", raw) for vid, raw in data.items()]


class ChildFlagsComponent:
    name = "child_flags"

    def __call__(self, doc: Doc, result: Extraction) -> None:
        book = load_codebook()
        r = roles()
        for child in result.children:
            others = [c for c in result.children if c is not child]
            allowed = set(child_sentence_indexes(doc, child, others)) if others else None
            starts = {doc.sentences[i].start for i in allowed} if allowed is not None else None
            age = child.codes.get(r.age_months)
            band = child.codes.get(r.age_band)
            months = age.value if age is not None and isinstance(age.value, int) else None
            if months is None and band is not None and band.value == "under_1":
                months = 0
            for spec in specs():
                min_age = book[spec.variable].min_age_years
                if min_age is not None and months is not None and months < min_age * 12:
                    continue
                s = evaluate_flag(
                    spec,
                    doc,
                    child_names=child.names,
                    sentence_filter=(lambda sent, st=starts: sent.start in st) if starts is not None else None,
                )
                if s is not None:
                    child.codes[spec.variable] = s
