"""Round 11 (family flags): a parent's mental ill-health excluded by the report: no agency's record or
concern, neither parent diagnosed, a diagnosis the report says the parent did not have; in a review
of a baby or toddler such a statement need not name a parent. Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import case_codes

OPENING = "Learning Review\n\n2. Background\n\n"
BABY = "Leo was nine weeks old when he was found unresponsive in October 2022. Leo died. "
TEEN = "Amira was sixteen years old when she took an overdose in October 2022. Amira survived. "


def mental_health(sentences: str, child: str = BABY) -> str:
    return case_codes(OPENING + child + "\n\n" + sentences)["parental_mental_health"]


@pytest.mark.parametrize(
    "sentences",
    [
        "No agency has ever recorded concerns about the father's mental health.",
        "None of the services that knew the family held any information about parental mental health.",
        "- Neither parent has a known mental health diagnosis",
        "Leo's mother is 31. She did not have any diagnosed mental health conditions before the birth.",
        "Leo's mother is 31. She had no history of mental health difficulties.",
    ],
)
def test_mental_ill_health_excluded(sentences: str) -> None:
    assert mental_health(sentences) == "absent"


def test_in_a_teenagers_review_a_pronoun_may_be_the_young_person() -> None:
    assert mental_health("She had no history of mental health difficulties.", TEEN) == "not_known"


@pytest.mark.parametrize(
    "sentences",
    [
        "The mother told the GP she did not have any mental health problems, but was later treated for "
        "postnatal depression.",
        "Leo's father was treated by his GP for depression for most of 2022.",
    ],
)
def test_a_parents_own_condition_is_still_present(sentences: str) -> None:
    assert mental_health(sentences) == "present"


def test_a_parents_own_denial_is_not_absent() -> None:
    assert mental_health("The mother said that she did not have any mental health problems.") == "not_known"
