"""Round 19 (child status): a state given only its start ("under a child in need plan from 2021") runs on
to the incident: the start year is not a date that makes it over. A range or an end still does. Made-up
reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes

_HEAD = "Rapid review: Child S\n\nChild S, aged 9, was admitted to hospital with burns in 2024.\n\n"


def _status(body: str) -> str:
    return child_codes(_HEAD + body + "\n")[0]["social_care_status"]


@pytest.mark.parametrize(
    "body",
    [
        "Child S was open to the disabled children's team under a child in need plan from 2021.",
        "- CSC: CIN plan from Sept 2021 (SW allocated).",
        "The family had been supported by an allocated social worker from March 2021 onwards.",
    ],
)
def test_a_start_alone_is_still_open(body: str) -> None:
    assert _status(body) == "open"


@pytest.mark.parametrize(
    "body",
    [
        "Child S was supported under a child in need plan from 2019 to 2021.",
        "- CSC: CIN plan from May 2019 until the case closed in June 2021.",
    ],
)
def test_a_range_is_over(body: str) -> None:
    assert _status(body) == "closed"
