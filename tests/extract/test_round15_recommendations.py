"""Recommendations numbered afresh under each agency's name are all counted; numbered notes or
endnotes after the list are not recommendations."""

from __future__ import annotations

import pytest

from caselearn.extract.pipeline import Pipeline
from caselearn.extract.text import Doc

OPENING = (
    "Kestrel Vale Safeguarding Children Partnership\n\nLocal Child Safeguarding Practice Review: Child D\n\n"
    "1. Introduction\n\n1.1 Child D, aged 3, was admitted to hospital with a head injury in May 2023. "
    "This review looks at the help the family received in the year before.\n\n"
    "2. Findings\n\n2.1 Agencies did not share what they knew about the new adult in the household.\n\n"
)


def count(text: str):
    return Pipeline().run(Doc.from_text(OPENING + text), "t.txt").to_dict()["review"]["recommendations_count"]["value"]


@pytest.mark.parametrize(
    "section, expected",
    [
        (
            "6. Recommendations\n\nChildren's Social Care\n\n1. Assessments must include every adult in the home.\n\n"
            "2. Managers should audit closures after domestic abuse notifications.\n\nPolice\n\n"
            "1. Officers should check who else lives at the address.\n\n2. Notifications must reach the health "
            "visitor within two days.\n\n3. The force will train call handlers on non-mobile babies.\n",
            5,
        ),
        (
            "RECOMMENDATIONS\n\nFor the ICB\n1. GPs to record the fathers of babies on the child's record.\n\n"
            "For the hospital trust\n1. ED staff to follow the bruising protocol for every baby under six months.\n"
            "2. The trust to audit compliance each quarter.\n",
            3,
        ),
        (
            "Recommendations\n\n1. The partnership should publish a protocol for families who move between areas.\n\n"
            "2. Schools should tell the local authority when a child leaves the roll.\n\n"
            "3. Agencies should seek out fathers who live away.\n\nNotes\n\n"
            "1. The reviewer has no link with the agencies involved.\n\n2. The family chose the name used here.\n",
            3,
        ),
        (
            "Recommendations\n\n1. Health visitors should ask about every adult in the home.\n\n"
            "2. Social workers must see the baby awake and undressed.\n\nEndnotes\n\n1. Working Together 2018.\n",
            2,
        ),
    ],
)
def test_grouped_and_noted_recommendations(section: str, expected: int) -> None:
    assert count(section) == expected


def test_one_list_with_sub_points_is_not_summed() -> None:
    section = (
        "Recommendations\n\n1. The partnership should review its neglect strategy.\n\n"
        "Training\n\n2. Agencies should train staff in the Graded Care Profile.\n\n"
        "3. Schools should report persistent lateness.\n"
    )
    assert count(section) == 3
