"""Round 20: the review naming the harm with a copula: "what happened to Owen was child sexual exploitation", "A's
experience was criminal exploitation", "the abuse amounted to sexual exploitation". A harm named in the negative
("was not exploitation") names nothing. Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes

OPENING = "Local Child Safeguarding Practice Review\n\n1. Introduction\n\n"


def codes(text: str, variable: str) -> list[str]:
    return [c[variable] for c in child_codes(OPENING + text)]


@pytest.mark.parametrize(
    "text",
    [
        "Child O, aged 13, was groomed online by an adult and sexually abused when they met. The partnership "
        "considers that what happened to Child O was child sexual exploitation: he was given gift cards in "
        "exchange for images.",
        "Child O (13, boy). Sexually abused by an adult man met through a gaming site. Panel view: O's experience "
        "was sexual exploitation (gifts and credit given for images).",
        "Police and CSC agreed that the abuse of Child O, aged 13, by a man he met online amounted to sexual "
        "exploitation, since he was paid for images before they met.",
    ],
)
def test_copula_names_exploitation(text):
    assert codes(text, "harm_category") == ["sexual_exploitation"]


def test_negative_copula_names_nothing():
    text = (
        "Child O, aged 13, was sexually abused by a man he met online. The review agrees that what happened to "
        "Child O was not exploitation: nothing was given in return."
    )
    assert codes(text, "harm_category") != ["sexual_exploitation"]
