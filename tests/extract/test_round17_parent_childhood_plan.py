"""Round 17 (child status): a child protection plan a parent was subject to "as a child" or "in her own
childhood" is not the subject child's plan. Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes


def _child(text: str) -> dict[str, str]:
    return child_codes(text)[0]


_INTRO = "Rapid review: Baby N\n\nBaby N was five weeks old when he was admitted to hospital in 2024. "


@pytest.mark.parametrize(
    "sentence",
    [
        "His mother told the reviewer that she had been subject to a child protection plan in another county as "
        "a child, because of her own mother's drinking.",
        "Mum: CP plan (neglect) as a teenager; care leaver status not confirmed.",
        "In her own childhood the mother was on the child protection register for physical abuse.",
    ],
)
def test_a_parents_childhood_plan_is_not_the_childs(sentence: str) -> None:
    assert _child(_INTRO + sentence + "\n").get("cp_plan") not in ("current", "previous")


def test_the_childs_own_plan_still_counts() -> None:
    text = _INTRO + "Baby N was made subject to a child protection plan under the category of neglect at birth.\n"
    assert _child(text).get("cp_plan") in ("current", "previous")


def test_a_child_in_need_is_not_a_childhood() -> None:
    text = (
        "Learning review: Child D\n\nChild D was nine when he was injured in 2023. He was supported as a child in "
        "need and was then made subject to a child protection plan in January 2023, which was in place at the "
        "time of the incident.\n"
    )
    assert _child(text).get("cp_plan") == "current"
