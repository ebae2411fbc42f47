"""A partnership's own named review method is "other": after a possessive ("the partnership's own
'Reflect and Learn' model"), a style word ("the Welsh-style 'Child Practice Review' model"), a relative
clause ("the reviewer, who used the ... model") or a long subject ("... carried out by X using the
partnership's ... model"). A named national method stays itself; a method not used is no method."""

from __future__ import annotations

import pytest

from tests.extract.coding import extract

TITLE = "Local Child Safeguarding Practice Review: Child P\n\n1. Introduction\n\n"
REST = (
    "\n\nChild P, aged two, was taken to hospital with a fractured femur in 2023. The health visitor had last seen "
    "the family three months before. The GP had treated the mother for anxiety.\n"
)


def model(text: str):
    return extract(TITLE + text + REST)["review"]["review_model"]["value"]


@pytest.mark.parametrize(
    "method",
    [
        'The review used the partnership\'s own "Listen and Change" model, with a practitioner workshop.',
        "The partnership appointed an independent reviewer, who used the 'Practice Together' model throughout.",
        "The review followed the Welsh-style 'Child Practice Review' model adapted locally.",
        "The review followed the partnership's Multi-Agency Case Audit (MACA) methodology.",
        "This review was carried out by the Lower Wenham Safeguarding Children Partnership (LWSCP) using the "
        'partnership\'s "Learning Huddle" approach.',
    ],
)
def test_a_partnerships_own_method_is_other(method):
    assert model(method) == "other"


@pytest.mark.parametrize(
    "method, expected",
    [
        ("The review used the partnership's own version of the SILP methodology.", "silp"),
        ("The reviewer did not use the partnership's 'Listen and Change' model; agencies wrote IMRs.", "traditional"),
    ],
)
def test_named_methods_and_methods_not_used(method, expected):
    assert model(method) == expected
