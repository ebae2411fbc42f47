"""Round 17 (child flags): a template field whose answer repeats its label ("LAC: Not LAC") is a field,
not a line of a glossary; and a clause dated before the incident keeps its own time when another clause
of the sentence tells of what came after. Made-up reports."""

from __future__ import annotations

import pytest

from caselearn.extract.child_flags import _GLOSSARY
from caselearn.extract.child_status import _glossary
from tests.extract.coding import child_codes


def _child(text: str) -> dict[str, str]:
    return child_codes(text)[0]


_FORM = "SAFEGUARDING PARTNERSHIP\nRAPID REVIEW LEARNING SUMMARY\n\nCHILD:   Child R\nAGE:     6 yrs\nSEX:     F\n"


@pytest.mark.parametrize("field", ["LAC:     Not LAC.", "CLA: Not CLA at any point.", "LAC - Not LAC; no order"])
def test_a_field_answer_is_not_a_glossary_line(field: str) -> None:
    assert _child(_FORM + field + "\nLIVING WITH: mother and her partner\n").get("looked_after") == "absent"


@pytest.mark.parametrize(
    "line", ["LAC - Looked After Child", "CSE: Child Sexual Exploitation", "CLA = Child Looked After"]
)
def test_a_glossary_line_is_still_one(line: str) -> None:
    assert _GLOSSARY.match(line) or _glossary(line)


@pytest.mark.parametrize(
    "sentence",
    [
        "Both girls have since been placed with foster carers; neither was looked after before the incident.",
        "After discharge the boy was accommodated under section 20, but he was not a looked after child at the "
        "time of the injuries.",
        "Now in foster care (ICO granted); was NOT a LAC prior to the assault.",
    ],
)
def test_a_clause_dated_before_the_incident_keeps_its_time(sentence: str) -> None:
    text = "Rapid review: Child R\n\nChild R was six years old when she was harmed in 2023. " + sentence + "\n"
    assert _child(text).get("looked_after") == "absent"


def test_what_came_after_is_still_not_the_status_at_the_incident() -> None:
    text = (
        "Rapid review: Child R\n\nChild R was six years old when she was harmed in 2023. "
        "She has since become a looked after child and is now living with foster carers.\n"
    )
    assert _child(text).get("looked_after") != "present"
