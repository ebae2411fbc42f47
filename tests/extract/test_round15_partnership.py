"""A partnership of two places joined by an ampersand keeps both places ("Westmoor & Halling
Safeguarding Partnership" -> "Westmoor and Halling Safeguarding Children Partnership")."""

from __future__ import annotations

import pytest

from caselearn.documents.metadata import detect_partnership
from caselearn.extract.pipeline import Pipeline
from caselearn.extract.text import Doc


def partnership(text: str):
    return Pipeline().run(Doc.from_text(text), "t.txt").to_dict()["review"]["partnership"]["value"]


@pytest.mark.parametrize(
    "title, expected",
    [
        ("Fernley & Oakhurst Safeguarding Partnership\n\nRAPID REVIEW REPORT", "Fernley and Oakhurst"),
        ("Published by the Brackley & Stowe Safeguarding Children Partnership, May 2022", "Brackley and Stowe"),
        ("NORTH HOLME & LEYWOOD SAFEGUARDING CHILDREN PARTNERSHIP\n\nLearning review", "North Holme and Leywood"),
    ],
)
def test_two_places_joined_by_ampersand(title: str, expected: str) -> None:
    body = "\n\nChild J, aged 2, was found with burns in June 2021. Health visitors had seen the family twice.\n"
    text = title + body
    assert partnership(text) == f"{expected} Safeguarding Children Partnership"
    assert detect_partnership(text[:600], text)[0] == f"{expected} Safeguarding Children Partnership"
