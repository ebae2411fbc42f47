"""Review facts: a county in a title line set in capitals, and a Welsh regional safeguarding board."""

from __future__ import annotations

import pytest

from tests.extract.coding import extract

BODY = (
    "\n\n1. Introduction\n\nThe baby lived with her mother and her mother's partner. The health visitor saw her "
    "at home twice in the month before the incident and recorded no concerns about her care.\n"
)


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("MILLBECK SAFEGUARDING CHILDREN PARTNERSHIP (DERBYSHIRE)\nRapid review: Baby P", "east_midlands"),
        ("LEARNING REVIEW: CHILD K\nNORTH YORKSHIRE AND YORK PARTNERS", "yorkshire_humber"),
        ("Child Safeguarding Practice Review - Baby Q\nPrepared for the partners in CORNWALL", "south_west"),
    ],
)
def test_a_place_in_capitals_names_the_region(head, expected):
    assert extract(head + BODY)["review"]["region"]["value"] == expected


def test_a_heading_word_in_capitals_is_no_place():
    text = "Learning review: Baby W" + BODY + "\nFURTHER READING\n\nThe partnership's guidance on safe sleep.\n"
    assert extract(text)["review"]["region"]["value"] == "not_known"


@pytest.mark.parametrize(
    "head",
    [
        "CWM ARAUL REGIONAL SAFEGUARDING BOARD\nConcise Child Practice Review: Child D",
        "Cwm Araul Regional Safeguarding Board\nExtended Child Practice Review - Baby D",
    ],
)
def test_a_welsh_regional_board_is_the_partnership(head):
    found = extract(head + BODY)["review"]["partnership"]["value"]
    assert found == "Cwm Araul Safeguarding Children Partnership"
