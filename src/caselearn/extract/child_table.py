"""Fields of a table with a column per subject child.

A rapid review's key facts often give the children side by side: a header row naming them, then one
row per field ("CP plan | Previous (neglect) 2021-22 | Never - born after the plans ended",
"Looked after at incident | No | No", "Health / disability | None known | Autism (diagnosed 2022)").
Each child's own cell, read with its row's label, is a statement about that child alone. It fills a
child variable the running text left ``not_known``, or one the running text read from the table's own
lines (another child's cell of the same row); it never overrides a value read elsewhere."""

from __future__ import annotations

import re

from caselearn.codebook import load as load_codebook
from caselearn.extract.child_status import _entail, _field
from caselearn.extract.ids import roles
from caselearn.extract.model import Extraction, Suggestion
from caselearn.extract.text import Doc

# the row's label says which variable its cells answer
_CP_LABEL = re.compile(
    r"^(?:subject to (?:an? )?)?(?:cp|child protection)(?: plan| status| register(?:ed)?)\b"
    r"(?![^|]{0,60}\b(?:sibling|brother|sister)s?\b)",
    re.I,
)
_SC_LABEL = re.compile(
    r"^(?:csc|cs?c?sc|children'?s social care|social care)(?: involvement)? status\b|"
    r"^(?:known|open) to (?:csc|children'?s social care|social care)\b",
    re.I,
)
# (not "Previously looked after", "Care history": an earlier spell, not the incident)
_LAC_LABEL = re.compile(r"^(?:looked[- ]after(?: child)?|lac|cla|in care)\b(?! history)", re.I)
_HOME_LABEL = re.compile(r"^(?:living with|lives with|lived with|resident with|living arrangements?|household)\b", re.I)
_HEALTH_LABEL = re.compile(
    r"^(?:health|disabilit(?:y|ies)|sen|send|special educational needs|medical|additional needs)\b", re.I
)
_EDUCATION_LABEL = re.compile(r"^(?:education|school(?:ing)?)\b", re.I)

_YES = re.compile(r"^\W*yes\b", re.I)
_NO = re.compile(r"^\W*(?:no|not|none|never|nil)\b(?!/)", re.I)
_FAMILY = re.compile(
    r"^\W*(?:with )?(?:(?:his|her|their|both|birth|the) )?(?:mother|father|mum|dad|parents?|"
    r"grand(?:mother|father|parents?)|maternal|paternal|aunt|uncle|family|kinship carers?|special guardians?)\b",
    re.I,
)
_PLACED = re.compile(
    r"^\W*(?:in )?(?:foster(?: care| carers?| placement)?|residential|(?:a )?children'?s home|semi[- ]independent|"
    r"supported (?:lodgings|accommodation))\b",
    re.I,
)
_HOME_EDUCATED = re.compile(r"\b(?:electively )?home[- ]educat\w*|\bEHE\b", re.I)
_NOT_HOME_EDUCATED = re.compile(r"\b(?:no|not|never|considering|considered|discussed|thinking)\b[^;.]{0,30}$", re.I)


def _read(label: str, cell: str) -> list[tuple[str, str]]:
    """The (variable, value) pairs that one child's cell gives under the row's label."""
    r = roles()
    out: list[tuple[str, str]] = []
    text = cell.strip()
    if not text:
        return out
    if _CP_LABEL.match(label):
        value = _field(r.cp_plan, f"CP plan: {text}")
        if value is not None:
            out.append((r.cp_plan, value))
    elif _SC_LABEL.match(label):
        value = _field(r.social_care_status, f"{label}: {text}")
        if value is not None:
            out.append((r.social_care_status, value))
    elif _LAC_LABEL.match(label) and not re.search(r"\b(?:previous|ever|history|after the)\b", label, re.I):
        if _YES.match(text):
            out.append((r.looked_after, "present"))
        elif _NO.match(text):
            out.append((r.looked_after, "absent"))
    elif _HOME_LABEL.match(label):
        if _PLACED.match(text):
            out.append((r.living_at_home, "absent"))
        elif _FAMILY.match(text):
            out.append((r.living_at_home, "present"))
    elif _EDUCATION_LABEL.match(label):
        m = _HOME_EDUCATED.search(text)
        if m is not None and not _NOT_HOME_EDUCATED.search(text[: m.start()]):
            out.append((r.elective_home_education, "present"))
    return out


def _health(label: str) -> bool:
    return bool(_HEALTH_LABEL.match(label))


class ChildTableComponent:
    name = "child_table"

    def __call__(self, doc: Doc, result: Extraction) -> None:
        if len(result.children) < 2:
            return
        from caselearn.extract.age import child_table

        ordered = sorted(result.children, key=lambda c: c.mentions[0].start if c.mentions else 0)
        rows = child_table(doc, ordered)
        if not rows:
            return
        book = load_codebook()
        # the table's own lines: a value read from one of them in the running text (another child's cell
        # in the same row) gives way to the child's own cell
        table_lines = {doc.sentence_index(span.start) for cells in rows.values() for _c, span in cells if _c}
        for label, cells in rows.items():
            for child, (cell, span) in zip(ordered, cells, strict=False):
                found = _read(label, cell)
                if _health(label):
                    found += _disability(cell, child)
                for vid, value in found:
                    current = child.codes.get(vid)
                    if (
                        current is not None
                        and current.value != "not_known"
                        and not (current.evidence and doc.sentence_index(current.evidence[0].start) in table_lines)
                    ):
                        continue
                    min_age = book[vid].min_age_years
                    age = child.codes.get(roles().age_months)
                    months = age.value if age is not None and isinstance(age.value, int) else None
                    if min_age is not None and (months is None or months < min_age * 12):
                        continue
                    child.codes[vid] = Suggestion(value, 0.75, [span], f"rule:child_table/{vid}")
        for child in ordered:
            _entail(child.codes)


def _disability(cell: str, child) -> list[tuple[str, str]]:  # noqa: ANN001
    """A health cell read as a sentence of its own with the disability lexicon."""
    from caselearn.extract.child_flags import specs
    from caselearn.extract.flags import evaluate_flag

    r = roles()
    spec = next((s for s in specs() if s.variable == r.disability), None)
    if spec is None:
        return []
    mini = Doc.from_text(cell.strip().rstrip(".") + ".")
    s = evaluate_flag(spec, mini, child_names=child.names)
    return [(r.disability, s.value)] if s is not None and s.value in ("present", "absent") else []
