"""Round 12: cuckooing described without the word - a young person's flat taken over by adults who
deal drugs from it, or used to store drugs - is criminal exploitation; a flat searched for the
parents' own drugs, or a home taken over by relatives, is not. Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes

OPENING = "Local Child Safeguarding Practice Review\n\n1. Introduction\n\n"


def codes(text: str, variable: str) -> list[str]:
    return [c[variable] for c in child_codes(OPENING + text)]


@pytest.mark.parametrize(
    "text",
    [
        "Young Person D, a 17-year-old care leaver with a learning disability, was seriously harmed in 2023. "
        "His supported flat had been taken over by a group of older men who were selling crack cocaine from it, "
        "and he was assaulted when he asked them to leave.",
        "Subject: Child D (male, 17). Incident: police found his tenancy was occupied by adults dealing heroin; "
        "D had burns to his arm and was taken to ED.",
        "Child D, aged 16, was living semi-independently. Older teenagers were using his flat to store drugs and "
        "weapons; he was found with serious injuries after a dispute over money.",
    ],
)
def test_a_flat_taken_over_for_drug_dealing_is_criminal_exploitation(text):
    assert codes(text, "harm_category") == ["criminal_exploitation"]


@pytest.mark.parametrize(
    "text",
    [
        # the parents' own drug use at home: not exploitation of the child
        "Child D, aged two, was seriously harmed after swallowing his mother's methadone. Police searched the "
        "house and found drugs belonging to the parents.",
        # a home occupied by relatives after the move
        "Child D (4) was found with inflicted bruising. The house was occupied by relatives after the family "
        "moved; the HV had not visited.",
    ],
)
def test_parents_drugs_or_relatives_at_home_are_not_exploitation(text):
    assert codes(text, "harm_category") != ["criminal_exploitation"]
