"""Round 11 (looked after): terse notes and fields that say a child was not looked after, and a
parent's own childhood in care that is not the child's. Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes

OPENING = "Local Child Safeguarding Practice Review\n\n1. Introduction\n\n"
TODDLER = "Finn was two years old when he was found seriously injured in March 2022. Finn survived. "


def looked_after(sentences: str) -> str:
    return child_codes(OPENING + TODDLER + sentences)[0].get("looked_after", "not_known")


@pytest.mark.parametrize(
    "sentences",
    [
        "Status at the incident: at home with his mother; CIN plan open. Not looked after.",
        "Legal status | Special guardianship order to his aunt (2021); not a looked-after child",
        "- CSC: open, allocated SW. Not LAC.",
        "Finn is not, and never has been, a looked after child.",
    ],
)
def test_not_looked_after_in_notes(sentences: str) -> None:
    assert looked_after(sentences) == "absent"


@pytest.mark.parametrize(
    "sentences",
    [
        # the mother's own childhood
        "Mother was herself on a CP plan as a child in another county; not looked after.",
        # care, not care status
        "Finn was not looked after properly when his mother was drinking.",
        # hedged
        "It is unclear whether Finn was ever looked after by the local authority.",
    ],
)
def test_not_the_childs_status(sentences: str) -> None:
    assert looked_after(sentences) != "absent"


@pytest.mark.parametrize(
    "sentences",
    [
        "Section 20 - accommodation of a child by agreement with the parent under the Children Act 1989.",
        "s20: accommodation by agreement with those holding parental responsibility.",
        "Section 20 = voluntary accommodation with the consent of a parent",
    ],
)
def test_a_definition_is_not_a_status(sentences: str) -> None:
    assert looked_after(sentences) != "present"


def test_accommodation_under_section_20_is_still_looked_after() -> None:
    assert looked_after("Finn was accommodated under section 20 in January 2022 and was in foster care.") == "present"
