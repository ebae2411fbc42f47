"""Round 17 (outcome, second pass): the person a child told about sexual abuse (a teacher, a youth worker, a
neighbour) is not the abuser, and a sexual abuse told beside an overdose is the harm reviewed. Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes


def _child(text: str) -> dict[str, str]:
    return child_codes(text)[0]


@pytest.mark.parametrize(
    "said",
    [
        "In March 2023 Skye disclosed to a teacher that her cousin Dean had been sexually abusing her since 2021.",
        "Skye told a youth worker that Dean, her aunt's son, had been sexually abusing her at home.",
        "Disclosure (Mar 2023): Skye confided in a neighbour that her stepbrother had sexually abused her.",
    ],
)
def test_the_person_told_is_not_the_abuser(said: str) -> None:
    text = (
        "Child Safeguarding Practice Review: Skye\n\n"
        "Skye was 13 and lived with her aunt under a special guardianship order. "
        f"{said} The night before, she had taken an overdose of paracetamol and was admitted to hospital.\n"
    )
    child = _child(text)
    assert child["outcome"] == "serious_harm"
    assert child["harm_category"] == "sexual_abuse_intrafamilial"


@pytest.mark.parametrize(
    "said",
    [
        "Skye told her aunt that a teacher at her school had been sexually abusing her.",
        "Skye disclosed to CSC that she had been sexually abused by a man she had met online.",
        "Skye reported to police that an adult neighbour had raped her.",
    ],
)
def test_an_abuser_outside_the_family_is_still_read(said: str) -> None:
    text = (
        "Child Safeguarding Practice Review: Skye\n\n"
        f"Skye was 13 and lived with her aunt under a special guardianship order. {said} Skye was seen by a "
        "paediatrician and supported by the ISVA.\n"
    )
    child = _child(text)
    assert child["outcome"] == "serious_harm"
    assert child["harm_category"] == "sexual_abuse_extrafamilial"
