"""Round 19 (child flags): a concern that a child was being groomed is a concern, not a finding of sexual
exploitation; "the exploitation concern/risk" is not the exploitation; a denial may name who had no
evidence before its "that" ("no suggestion from any agency, nor any evidence found by the review, that
..."). Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes

_HEAD = "RAPID REVIEW: CHILD N\n\nChild N, a 15-year-old girl, was seriously injured in a fall in 2023.\n"


def _cse(body: str) -> str:
    return child_codes(_HEAD + body)[0]["child_sexual_exploitation"]


@pytest.mark.parametrize(
    "body",
    [
        "In 2021 concerns were raised that N was being groomed by older men she had met at the bus station.",
        "- School DSL: concern that N being groomed by older males online (Mar 22). Explored; closed.",
        "Police had concerns about possible grooming of N by adult men at a takeaway, which were looked into.",
    ],
)
def test_a_grooming_concern_is_not_a_finding(body: str) -> None:
    assert _cse(body) == "not_known"


@pytest.mark.parametrize(
    "body",
    [
        "There was no indication from the school, nor any evidence held by the police, that N was sexually exploited.",
        "The review found no evidence, from any of the agency records, that N had been sexually exploited.",
        "There was no suggestion that N was groomed or sexually exploited by anyone.",
    ],
)
def test_a_denial_with_a_named_source(body: str) -> None:
    assert _cse(body) == "absent"


@pytest.mark.parametrize(
    "body",
    [
        # found, not only feared
        "N was groomed by a group of older men who gave her alcohol and drugs before abusing her.",
        "The CSE team confirmed that N had been sexually exploited by adults in the town for a year.",
        # police voice, terse
        "- Police: N sexually exploited by 3 adult males (2022-23); two charged.",
    ],
)
def test_exploitation_still_found(body: str) -> None:
    assert _cse(body) == "present"
