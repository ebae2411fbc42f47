"""Harm category: the notification's own words for sexual abuse, an unrelated man's abuse, and a
child protection plan's registration category that is only background. Made-up reports."""

from __future__ import annotations

import pytest

from caselearn.extract.pipeline import Pipeline
from caselearn.extract.text import Doc


def harm(text: str) -> str:
    data = Pipeline().run(Doc.from_text(text), "t.txt").to_dict()
    return data["children"][0]["harm_category"]["value"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "LCSPR - CHILD N\n\nSummary\nChild N, aged 13, disclosed abuse at school in 2023. Notified as serious "
            "harm (sexual abuse, intrafamilial). Previous CP plan for N in 2019 (neglect).",
            "sexual_abuse_intrafamilial",
        ),
        (
            "Serious Case Review: Child F\n\n1. Introduction\n\nThis review concerns Child F, who was eleven when "
            "she told a teacher that a man who lodged with a neighbour had been sexually abusing her. Child F "
            "had been subject to a child protection plan under the category of emotional abuse in 2014.",
            "sexual_abuse_extrafamilial",
        ),
    ],
)
def test_sexual_abuse_named_by_the_notification_or_the_offender(text, expected):
    assert harm(text) == expected


def test_a_plan_category_does_not_outweigh_the_injury_under_review():
    text = (
        "Local Child Safeguarding Practice Review: Baby J\n\n1. Introduction\n\nBaby J, aged 16 weeks, was "
        "admitted to hospital in 2022 with fractures to both arms and bruising to the face. Baby J's older "
        "sister had been subject to a child protection plan under the category of neglect. A child protection "
        "plan under the category of neglect had ended in 2020. The family's child protection plan (neglect) "
        "was reviewed at three conferences."
    )
    assert harm(text) == "physical_abuse"
