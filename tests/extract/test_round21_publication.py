"""The report's own date as rapid review records and briefings give it: the report to the Panel,
a submission field, a month/year date, a date standing alone in a title block a PDF reader ran into
the first paragraph. Event dates are not it, nor the rapid review meeting's."""

from __future__ import annotations

import pytest

from caselearn.extract.pipeline import Pipeline
from caselearn.extract.text import Doc

BODY = (
    "\n\n1. What happened\n\nThe baby was taken to hospital by ambulance with a skull fracture. The parents gave "
    "no account of how it happened. Both had used cannabis daily and the mother had been known to CSC as a child.\n"
)


def year(text: str):
    return Pipeline().run(Doc.from_text(text), "t.txt").to_dict()["review"]["publication_year"]["value"]


@pytest.mark.parametrize(
    "head, expected",
    [
        (
            "NORTHFELL SAFEGUARDING PARTNERSHIP\nRapid Review - Baby Z\nMeeting: 02/05/23 | Report to Panel: 09/05/23",
            2023,
        ),
        (
            "Rapid review: Child Q\nDate of rapid review meeting: 6 July 2021 "
            "Date of report to the National Panel: 19 July 2021",
            2021,
        ),
        (
            "Rapid review meeting 3 Feb 2022; report sent to the Child Safeguarding Practice Review Panel "
            "on 10 February 2022.",
            2022,
        ),
        ("RAPID REVIEW - BABY Z\nIncident: 28/12/2023 RR meeting: 12/01/2024 Submitted: 17/01/2024", 2024),
        (
            "Rapid Review\nDate of incident / identification: 02/11/2022 "
            "Report date / submission to National Panel: 21/11/2022",
            2022,
        ),
        ("Learning note | Ref: NSP/RR/24-03 | Issued: 11/2024", 2024),
    ],
)
def test_rapid_review_record_dates(head, expected):
    assert year(head + BODY) == expected


def test_a_title_block_run_into_the_first_paragraph():
    text = (
        "Baby Z - a skull fracture at eight weeks Northfell Safeguarding Partnership | Learning from a rapid review | "
        "October 2024 Why this briefing: in August 2024 Baby Z, eight weeks old, was taken to hospital by ambulance "
        "with a skull fracture and the partnership wants every practitioner to know what was learned."
    )
    assert year(text + BODY) == 2024


def test_a_briefing_issued_among_event_words():
    text = (
        "7-MINUTE BRIEFING: BABY Z - NON-ACCIDENTAL INJURY Issued March 2024, after a rapid review and a "
        "practitioner event"
    )
    assert year(text + BODY) == 2024


@pytest.mark.parametrize(
    "head",
    [
        # an event told in the first paragraph is no report date
        "In March 2025 Baby Z, eight weeks old, was taken to hospital by ambulance with a skull fracture that the "
        "parents could not explain, and the partnership held a rapid review the following month.",
        # a date in brackets dates an event
        "WHO: Baby Z, eight weeks old at the point of admission (March 2025), lived with both parents and a brother "
        "of three in a flat above a shop in the town centre with no outdoor space.",
        # nor the rapid review meeting's (the record's report date is not told)
        "RAPID REVIEW - BABY Z\nDate of incident: 28/12/2023 | RR meeting: 12/01/2024 | Chair: Head of Service",
        # the notification to the Panel is not the report
        "Rapid Review - Baby Z\nNotification to Panel: 11/04/2024 (serious harm)",
    ],
)
def test_event_dates_are_no_publication_year(head):
    assert year(head + BODY) == "not_known"


def test_a_report_date_with_its_publication_after_it():
    head = "Local Child Safeguarding Practice Review: Baby Z\nReport date: October 2023 (published February 2024)"
    assert year(head + BODY) == 2024


def test_minutes_are_dated_by_their_meeting():
    head = (
        "NORTHFELL SAFEGUARDING PARTNERSHIP\nRapid Review Meeting - Minutes\n"
        "Subject: Baby Z DOB: 02/03/2023 Date of injury: 20/12/2023 Meeting date: 09/01/2024, 10:00-12:00"
    )
    assert year(head + BODY) == 2024


def test_a_record_that_is_not_minutes_keeps_its_meeting_out():
    head = "Rapid review record: Baby Z\nDate of injury: 20/12/2023 Meeting date: 09/01/2024"
    assert year(head + BODY) == "not_known"
