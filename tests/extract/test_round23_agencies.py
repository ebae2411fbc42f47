"""Agencies: a life stage is no early years service, a parent's teenage past when the children are
small is not contact with this family, and a service in a list of ones never referred to is denied."""

from __future__ import annotations

import pytest

from tests.extract.coding import extract

HEAD = (
    "Learning review: Baby N\n\nBaby N was 4 months old when she was admitted to hospital with a skull "
    "fracture in March 2024. She lived with her mother and her mother's partner.\n\n"
)


def agencies(text: str) -> list[str]:
    return extract(HEAD + text)["case"]["agencies_involved"]["value"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The mother's early years were marked by neglect and frequent moves between relatives.",
        "In her early years the mother was cared for mostly by her grandmother.",
        "The early years of his life were spent in a chaotic household.",
    ],
)
def test_a_life_stage_is_no_early_years_service(sentence):
    assert "early_years" not in agencies(sentence + "\nThe GP saw Baby N for her immunisations in January 2024.")


def test_an_early_years_service_still_counts():
    text = "The early years practitioner at the children's centre saw Baby N and her mother weekly in 2023."
    assert "early_years" in agencies(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "As a teenager she was treated by CAMHS for an eating disorder.",
        "As an adolescent she had been seen by the youth offending team twice.",
    ],
)
def test_a_parents_teenage_past_is_not_contact_when_the_child_is_a_baby(sentence):
    found = agencies(sentence + " The GP saw Baby N for her immunisations in January 2024.")
    assert "camhs" not in found and "youth_justice" not in found
    assert "gp" in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Money worries were not explored, nor was the family referred to the debt advice scheme or a food bank.",
        "The family were never referred to the housing team or a refuge.",
    ],
)
def test_a_service_in_a_list_of_ones_never_referred_to_is_denied(sentence):
    assert "voluntary_sector" not in agencies(sentence)
