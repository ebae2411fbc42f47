"""The report's own date as template fields write it: dot leaders between label and value,
abbreviated month names, and "Prepared for: <body>, <date>"."""

from __future__ import annotations

import pytest

from caselearn.extract.pipeline import Pipeline
from caselearn.extract.text import Doc

BODY = (
    "\n\nChild B, aged 3, was admitted to hospital with a fractured skull after a fall at home in 2019. "
    "The police and CSC held a strategy meeting the next day.\n"
)


def published(text: str):
    found = Pipeline().run(Doc.from_text(text), "t.txt").to_dict()["review"].get("publication_year")
    return found["value"] if found else None


@pytest.mark.parametrize(
    "head, expected",
    [
        ("Rapid review record\n\nReport date ............ 14/10/2021\nChild ........... Child B", 2021),
        ("RAPID REVIEW SUMMARY\nChild: Child B  Report date: 3 Feb 2020  Decision: no LCSPR", 2020),
        ("LCSPR Child B: action plan update\nPrepared for: Safeguarding Executive, 9 Sept 2022", 2022),
        ("Partnership briefing\nDate of this report .... 02/03/2018\nAuthor: business unit", 2018),
    ],
)
def test_template_report_dates(head, expected):
    assert published(head + BODY) == expected


def test_leaders_do_not_pull_in_an_incident_date():
    head = "Rapid review record\n\nDate of incident ........ 11/05/2019\nRR meeting date ........ 20/05/2019"
    assert published(head + BODY) != 2019


def test_abbreviated_month_in_the_story_is_not_a_report_date():
    head = "Learning review: Child B\nThe family moved in Nov 2017 and the GP registered them."
    assert published(head + BODY) != 2017
