"""Round 17 (lead): a sentence whose subject is a parent tells of the child when the parent acts on
the child through an object pronoun ("Her mother removed her from school to home educate her"), not
when the pronoun is the parent's own possessive ("Her mother told her GP she was depressed").
Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes

OPENING = "LCSPR: Child Q\n\nChild Q was 14 years old when she was seriously assaulted in 2023. "


def _child(sentence: str) -> dict[str, str]:
    return child_codes(OPENING + sentence + "\n")[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "Her mother removed her from school to home educate her.",
        "Her mother decided to home educate her.",
        "Her mum withdrew her from Year 8 in 2021 and home educated her after that.",
    ],
)
def test_a_parent_home_educating_the_child(sentence: str) -> None:
    assert _child(sentence)["elective_home_education"] == "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "Her mother told her GP she was depressed and was prescribed sertraline.",
        "Her mother had been treated for depression by her GP since she was 20.",
    ],
)
def test_a_parents_own_condition_stays_the_parents(sentence: str) -> None:
    assert _child(sentence)["child_mental_health"] != "present"
