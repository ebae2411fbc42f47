"""Round 12: a document that is a learning summary issued in place of a review, or the record of a
serious incident notification, is coded review_type "other", even when its body names an LCSPR or a
rapid review still to come; a summary that accompanies a full review, or follows a rapid review,
keeps that review's kind. Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import extract

BODY = (
    "What happened\n\nChild P, aged three, was taken to hospital with a burn to the hand that doctors judged "
    "to have been inflicted. The family were known to CSC and the HV had missed two contacts.\n\n"
)


def review_type(text: str) -> str:
    return extract(text)["review"]["review_type"]["value"]


@pytest.mark.parametrize(
    "text",
    [
        "Ashmoor Safeguarding Children Partnership\n\nLearning Summary: Child P\n\n"
        + BODY
        + "The partners decided that a full LCSPR was not needed; this summary is issued in its place.\n",
        "7 MINUTE BRIEFING - CHILD P\nAshmoor Safeguarding Partnership, May 2024\n\n"
        + BODY
        + "Single-agency actions were agreed instead of a local child safeguarding practice review.\n",
        "SERIOUS INCIDENT NOTIFICATION - RECORD OF NOTIFICATION\n\nLocal authority: Ashmoor\n\n"
        + BODY
        + "Initial decision: rapid review to be convened within 15 working days.\n",
    ],
)
def test_summary_in_place_of_a_review_or_a_notification_record_is_other(text):
    assert review_type(text) == "other"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Learning summary: Child P\n\nThis summary accompanies the full Local Child Safeguarding Practice "
            "Review published in June 2023.\n\n" + BODY,
            "lcspr",
        ),
        (
            "LEARNING BRIEF: CHILD P\n\n"
            + BODY
            + "Rapid review completed 4 March 2024; the Panel agreed the learning was captured.\n",
            "rapid_review",
        ),
        (
            "Ashmoor Safeguarding Children Partnership\nLocal Child Safeguarding Practice Review: Child P\n\n"
            + BODY
            + "A learning briefing for practitioners will follow.\n",
            "lcspr",
        ),
    ],
)
def test_a_digest_of_a_review_that_was_done_keeps_its_kind(text, expected):
    assert review_type(text) == expected
