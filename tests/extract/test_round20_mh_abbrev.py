"""Round 20 (agencies): adult mental health services by their short names ("perinatal MH team",
"Adult MH", "community mental health service"). All text invented for the tests."""

from __future__ import annotations

import pytest

from caselearn.extract.agencies import agencies
from caselearn.extract.text import Doc


def found(text: str) -> set[str]:
    s = agencies(Doc.from_text(text), 2023)
    return set(s.value) if s else set()


@pytest.mark.parametrize(
    "sentence",
    [
        "28/52: mother referred to perinatal MH team; seen at 32 weeks.",
        "Perinatal MH team | Assessed mother: moderate anxiety | Discharged to GP",
        "Father had been open to the community mental health service since 2021 for psychosis.",
        "- Adult MH: care coordinator allocated 2022; last seen March.",
    ],
)
def test_adult_mental_health_short_names(sentence: str) -> None:
    assert "adult_mental_health" in found(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # "MH" alone, or the child's service
        "No MH concerns were known for either parent.",
        "Q's own MH needs were met by CAMHS.",
    ],
)
def test_not_adult_mental_health(sentence: str) -> None:
    assert "adult_mental_health" not in found(sentence)
