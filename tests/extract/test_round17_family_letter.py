"""Round 17 (lead): a family named by its letter before the word ("The W Children", "THE K FAMILY"),
with the children numbered from it in the body (W1, W2 ...), as older serious case reviews title
them. Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes

BODY = (
    "The four children, W1 (aged 11), W2 (aged 8), W3 (aged 5) and W4 (aged 2), were removed from home "
    "in 2019 because of chronic neglect. W1 often missed school. W2 had head lice. W3 had no speech at "
    "three. W4 was underweight when the HV last saw him."
)


@pytest.mark.parametrize(
    "title",
    [
        "Serious Case Review: The W Children",
        "THE W FAMILY\nSerious Case Review",
        "Overview report - the W siblings",
    ],
)
def test_numbered_children_of_a_family_named_letter_first(title: str) -> None:
    children = child_codes(f"{title}\n\n{BODY}\n")
    assert [(c["alias"], c["age_months"]) for c in children] == [("W1", 132), ("W2", 96), ("W3", 60), ("W4", 24)]


def test_a_family_letter_without_numbered_children_still_finds_the_named_child() -> None:
    text = (
        "Serious Case Review: The W Family\n\n"
        "This review concerns Jamie, aged 4, who was admitted to hospital with a head injury in 2018. "
        "Jamie lived with his mother and her partner. Jamie's older sister lived with their grandmother.\n"
    )
    assert [c["alias"] for c in child_codes(text)] == ["Jamie"]
