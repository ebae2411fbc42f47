"""Round 10 (family flags): the drinking of a parent's own parent, told as the parent's childhood,
is not parental alcohol misuse; the parent's own drinking still is. Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import case_codes

OPENING = "Local Child Safeguarding Practice Review\n\n1. Introduction\n\n"
CHILD = "Noah was three years old when he was found seriously injured in April 2023. Noah survived. "


def alcohol(sentences: str) -> str:
    return case_codes(OPENING + CHILD + sentences)["parental_alcohol_misuse"]


@pytest.mark.parametrize(
    "sentences",
    [
        "Noah's mother told the reviewer that she grew up with a stepfather who drank heavily every weekend.",
        "- Mum: own upbringing chaotic; her father was an alcoholic and left when she was nine.",
        "The father said his own mother had drunk to excess when he was a child.",
        "BM looked after from age 12 (CSC, other LA) because of her mother's alcohol misuse.",
        "Ms T, who was herself neglected by her parents, described her mother's alcohol dependency.",
    ],
)
def test_a_grandparents_drinking_is_not_the_parents(sentences: str) -> None:
    assert alcohol(sentences) != "present"


@pytest.mark.parametrize(
    "sentences",
    [
        "Noah's mother had a long-standing alcohol dependency and was herself in care as a child.",
        "Police attended in May 2022; the father was drunk and the children were present.",
        "Noah's father was a heavy drinker and was open to the community alcohol team.",
    ],
)
def test_the_parents_own_drinking_still_counts(sentences: str) -> None:
    assert alcohol(sentences) == "present"
