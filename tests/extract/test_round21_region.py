"""The review's region is its own area's: not where a relative lives, where the family came from, a
placement in another area; a template's "Region: SW"; "north east London" is London."""

from __future__ import annotations

import pytest

from tests.extract.coding import extract

TITLE = "Marlowe Vale Safeguarding Children Partnership\n\nLocal Child Safeguarding Practice Review: Child P\n\n"
REST = (
    "\n\nChild P, aged two, was taken to hospital with a fractured femur in 2023. The health visitor had last seen "
    "the family three months before. The GP had treated the mother for anxiety.\n"
)


def region(text: str):
    return extract(TITLE + text + REST)["review"]["region"]["value"]


@pytest.mark.parametrize(
    "opening",
    [
        "Child P's father lives in Manchester and saw him twice a year.",
        "The family moved to Marlowe Vale from Leeds in 2021, after the maternal grandmother died.",
        "Her grandmother, who lived in Cornwall, phoned most weeks.",
        "Child P's older brother was placed in a children's home in another local authority area in Kent.",
        "The reviewer worked as a police officer in the North West for twenty years before retiring.",
    ],
)
def test_somewhere_else_is_not_the_reviews_region(opening):
    assert region(opening) == "not_known"


@pytest.mark.parametrize(
    "opening, expected",
    [
        ("Marlowe Vale is a town in the West Midlands. Child P's father lives in Leeds.", "west_midlands"),
        ("Child P lived with her mother in a flat in south east London.", "london"),
        ("MVSCP - RAPID REVIEW SUMMARY | Region: NW | Date: 02/03/2024", "north_west"),
        (
            "Two siblings, a brother and sister who live in Yorkshire, are the subject of this review.",
            "yorkshire_humber",
        ),
        ("Child P was found in the bath by her mother's partner.", "not_known"),
    ],
)
def test_the_reviews_own_area(opening, expected):
    assert region(opening) == expected
