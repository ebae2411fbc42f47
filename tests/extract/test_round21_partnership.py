"""A partnership named only by its place: "the Ashby safeguarding partners", "the safeguarding partners in
Ashby", an opening sentence "Ashby is a largely rural county"; written as the canonical name."""

from __future__ import annotations

import pytest

from tests.extract.coding import extract

TITLE = "Learning from a rapid review: Child P\n\n"
REST = (
    "\n\nChild P, aged two, was taken to hospital with a fractured femur in 2023. The health visitor had last seen "
    "the family three months before. The GP had treated the mother for anxiety.\n"
)


def partnership(text: str):
    return extract(TITLE + text + REST)["review"]["partnership"]["value"]


@pytest.mark.parametrize(
    "opening",
    [
        "This briefing was commissioned by the Lower Wenham safeguarding partners after a rapid review.",
        "It shares the learning from a rapid review held by the safeguarding partners in Lower Wenham in May 2023.",
        "1.2 Lower Wenham is a largely rural county with two market towns and a coastal strip.",
        "Lower Wenham is an outer London borough. This review looks at one family's contact with services.",
    ],
)
def test_the_partnership_named_by_its_place(opening):
    assert partnership(opening) == "Lower Wenham Safeguarding Children Partnership"


@pytest.mark.parametrize(
    "opening",
    [
        "Child P lived in a flat in Carrow, a town about twenty miles from her school.",
        "The family had moved to the area from another county. The mother is a care worker.",
    ],
)
def test_a_place_in_the_story_is_no_partnership(opening):
    assert partnership(opening) == "not_known"
