"""Round 11 (family flags): parents apart told as a pair that split, a father out of the child's life
("no contact", a separate address) or a relationship that ended; parents together told as "both
parents", years together, or a household field. Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import case_codes

OPENING = "Rapid Review\n\n1. Background\n\n"
CHILD = "Maya was eight months old when she was admitted with a skull fracture in March 2023. Maya survived. "


def separation(sentences: str) -> tuple[str, str]:
    codes = case_codes(OPENING + CHILD + sentences)
    return codes["parental_separation"], codes["acrimonious_separation"]


@pytest.mark.parametrize(
    "sentences",
    [
        "She and Maya's father split up shortly before the birth, and he moved to the coast.",
        "Ms L and Mr O separated in the spring of 2022 after four years together.",
        "Maya's father had no contact with her after the summer of 2022.",
        "- Father: no contact since the birth; whereabouts not known to agencies.",
        "- Birth F: not known to services; no contact for a number of years.",
        "Father (Mr O) | 29 | different address, no regular contact",
        "She had two brief relationships after separating from Maya's father in 2021.",
        "Maya's father, Mr O, was controlling towards Ms L during their relationship, which ended in 2022.",
    ],
)
def test_parents_apart(sentences: str) -> None:
    assert separation(sentences)[0] == "present"


@pytest.mark.parametrize(
    "sentences",
    [
        "Maya lived with both parents and her older brother in a housing association flat.",
        "At the time she was living with her mother (22) and her father (25) in a rented house.",
        "Maya's parents have been married for nine years.",
        "Mr and Mrs L have been married since 2015 and both attended the learning event.",
        "The parents have been together for six years and Maya is their second child.",
        "They are of Polish heritage and had lived together as a couple for five years.",
        "Household: mother 22, father 25, cohabiting in a two-bedroom flat.",
        "Household: M (22) and F (25), living together.",
        "The parents were not married but had lived together for seven years.",
    ],
)
def test_parents_together_is_absent_for_both_flags(sentences: str) -> None:
    assert separation(sentences) == ("absent", "absent")


@pytest.mark.parametrize(
    "sentences",
    [
        # not a statement that they were together, or apart
        "Maya's parents were not married.",
        "Maya's father had no contact with children's social care before the incident.",
        "Father: known to police for motoring offences; no contact with the school.",
        "Mother and baby were separated at birth while the hospital assessed the risks.",
        "They had never lived together as a family.",
    ],
)
def test_near_misses_say_nothing(sentences: str) -> None:
    assert separation(sentences) == ("not_known", "not_known")


@pytest.mark.parametrize(
    "sentences",
    [
        "The parents had been together for three years before they separated in 2022.",
        "Maya lived with both parents until they separated when she was six months old.",
    ],
)
def test_together_until_a_separation_is_not_absent(sentences: str) -> None:
    assert separation(sentences)[0] != "absent"
