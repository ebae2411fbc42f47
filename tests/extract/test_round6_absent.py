"""Round 6 (absent precision): an absence is coded only where the text says so. Short made-up
reports in different voices."""

from __future__ import annotations

import pytest

from caselearn.extract.pipeline import Pipeline
from caselearn.extract.text import Doc


def child_flag(text: str, variable: str) -> str:
    got = Pipeline().run(Doc.from_text(text), "t.txt").to_dict()
    return got["children"][0][variable]["value"]


INTRO = "Child T was 17 when he was seriously injured in a stabbing in March 2023. "


@pytest.mark.parametrize(
    "sentence",
    [
        "He was enrolled at Westmere College on a plumbing course but rarely went.",
        "In the autumn he was a student at the local further education college.",
        "He had been attending a sixth-form college two days a week.",
    ],
)
def test_college_enrolment_says_nothing_of_home_education(sentence):
    # a college is post-16 provision: it is not the school roll the convention asks for
    assert child_flag(INTRO + sentence, "elective_home_education") == "not_known"


@pytest.mark.parametrize(
    "sentence",
    [
        "He was on the roll of Hillside Academy throughout.",
        "He was a pupil at Hillside Academy.",
        "He attended the local secondary school, where he was in Year 9.",
    ],
)
def test_school_roll_still_rules_out_home_education(sentence):
    text = "Child T was 13 when he was seriously injured in a stabbing in March 2023. " + sentence
    assert child_flag(text, "elective_home_education") == "absent"
