"""The report's own date when it is given as issued, approved or submitted, with who did it in
between; an item "issued" to the family, or a plan approved, is not the report's date."""

from __future__ import annotations

import pytest

from caselearn.extract.pipeline import Pipeline
from caselearn.extract.text import Doc

BODY = (
    "\n\n1. Introduction\n\nChild F, aged 4, was taken to hospital with burns in March 2019. The review looks at "
    "the year before the injury.\n"
)


def year(head: str):
    return Pipeline().run(Doc.from_text(head + BODY), "t.txt").to_dict()["review"]["publication_year"]["value"]


@pytest.mark.parametrize(
    "head, expected",
    [
        (
            "Ashvale Safeguarding Children Partnership\n\nLearning brief: Child F\n\nIssued by the Business Unit, "
            "May 2020. This brief shares what a rapid review found after Child F was burned at home, and is for "
            "use in team meetings and training across all agencies.",
            2020,
        ),
        (
            "LCSPR Child F\n\nFinal report, approved by the Safeguarding Partners 14 October 2020. Review method: "
            "systems approach; lead reviewer an independent social worker with no link to the agencies.",
            2020,
        ),
        (
            "Rapid review record - Child F\n\nDate of notification: 19/03/2019 Date of RR meeting: 29/03/2019 "
            "Date RR submitted: 02/04/2019 Within 15 working days: yes Author: business unit",
            2019,
        ),
    ],
)
def test_issued_approved_submitted(head: str, expected: int) -> None:
    assert year(head) == expected


@pytest.mark.parametrize(
    "head",
    [
        "Learning review: Child F\nThe drug service issued a lock box in 2017 and did not check it again.",
        "Child F\nThe child protection plan was approved by the conference in 2018.",
    ],
)
def test_other_things_issued_or_approved_are_not_the_report_date(head: str) -> None:
    assert year(head) == "not_known"
