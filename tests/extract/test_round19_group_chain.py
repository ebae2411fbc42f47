"""Round 19 (child flags): a bare "Both were ..." or "Neither had ..." right after a sentence about the
subject children together goes on about them, for each child. Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes

_HEAD = (
    "Rapid review: Child P1 and Child P2\n\n"
    "Child P1 (aged 12) and Child P2 (aged 9) were injured in a house fire in 2023.\n\n"
)


def _codes(body: str, var: str) -> list[str]:
    return [c[var] for c in child_codes(_HEAD + body + "\n")]


@pytest.mark.parametrize(
    ("body", "var", "value"),
    [
        (
            "Both children were white British. Neither had any known disability.",
            "disability",
            "absent",
        ),
        (
            "The brothers lived with their father. Neither was a looked-after child at the time of the fire.",
            "looked_after",
            "absent",
        ),
        ("Neither boy was known to the police. Neither had any diagnosed disability.", "disability", "absent"),
    ],
)
def test_a_bare_group_sentence_goes_on_about_the_children(body: str, var: str, value: str) -> None:
    assert _codes(body, var) == [value, value]


@pytest.mark.parametrize(
    "body",
    [
        # the chain stops at the parents' sentence: "neither" after it is the parents
        "Both children were known to the school. Mother and father had both been in care. Neither had any disability.",
        # a gap: the parents' sentence between breaks the chain
        "Neither child was known to the police. The parents met in 2010. Neither had any known disability.",
    ],
)
def test_no_chain_without_a_group_sentence_just_before(body: str) -> None:
    assert _codes(body, "disability") == ["not_known", "not_known"]
