"""Round 17 (child flags): a sentence dated by an age the child had not reached at the incident ("from age
12", "since the age of fourteen") tells of someone older, most often a parent, for every child flag; an
age told of someone else in passing ("a 16-year-old boy") dates nothing. Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes


def _child(text: str) -> dict[str, str]:
    return child_codes(text)[0]


_BABY = "Rapid review: Baby K\n\nBaby K was seven months old when he died in 2024. He lived with his mother.\n\n"


@pytest.mark.parametrize(
    ("lines", "flag"),
    [
        ("MOTHER, 20\n- Care leaver.\n- In foster care from age 12 (neglect).\n", "neglect_feature"),
        ("Mother: history of self-harm and anxiety since the age of fourteen.\n", "child_mental_health"),
        ("The family history shows heavy drinking from age 15, now abstinent.\n", "child_alcohol_misuse"),
    ],
)
def test_an_age_older_than_the_child_tells_of_someone_else(lines: str, flag: str) -> None:
    assert _child(_BABY + lines).get(flag) != "present"


def test_the_childs_own_earlier_age_still_counts() -> None:
    text = (
        "Learning review: Child R\n\nChild R was fifteen when she died in 2024. She had self-harmed from age 12 "
        "and was seen by CAMHS.\n"
    )
    assert _child(text).get("child_mental_health") == "present"


def test_an_age_in_passing_dates_nothing() -> None:
    text = (
        "Learning review: Child R\n\nChild R was thirteen when she was harmed in 2024. There was no evidence "
        "that she had been sexually exploited by the 16-year-old boy she met online or by a 17-year-old.\n"
    )
    assert _child(text).get("child_sexual_exploitation") == "absent"
