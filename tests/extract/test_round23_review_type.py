"""Review type: a kind the document says it is not is never its type ("This is not an LCSPR")."""

from __future__ import annotations

import pytest

from caselearn.documents.metadata import detect_review_type
from tests.extract.coding import extract


def review(text: str) -> dict:
    return extract(text)["review"]["review_type"]


BODY = (
    "\n\nThe baby lived with his mother and father. The health visitor saw him at home twice in the month "
    "before the incident and recorded no concerns about his care or the state of the home.\n"
)


@pytest.mark.parametrize(
    "head",
    [
        "POLICE SERIOUS INCIDENT REPORT\nStatus: single-agency report shared with partners. This is not a Local "
        "Child Safeguarding Practice Review.",
        "Multi-agency case audit\nA rapid review was held in May. This audit is not a rapid review and it is "
        "not an LCSPR.",
        "Learning from Baby K\nThe partners chose an audit of practice rather than a serious case review.",
        "Health board internal learning\nThis is neither a CSPR nor a rapid review: it is our own learning.",
    ],
)
def test_a_kind_the_document_denies_is_not_its_type(head):
    found = review(head + BODY)
    assert found["value"] == "other"
    assert found["evidence"], "the denial or the document's own kind is shown as evidence"


def test_a_denied_kind_leaves_the_kind_it_is():
    text = "Rapid Review record: Baby T\nThis rapid review is not an LCSPR; the partners will decide on one later."
    assert review(text + BODY)["value"] == "rapid_review"


@pytest.mark.parametrize(
    "head",
    [
        # criteria not met is no denial: the partners may still commission the review, and this is it
        "Local Child Safeguarding Practice Review: Baby E\nThe rapid review found the criteria for an LCSPR were "
        "not met, but the partners decided to commission one.",
        "Local Child Safeguarding Practice Review: Child F\nIt is not the purpose of this review to blame anyone.",
    ],
)
def test_a_review_that_names_itself_stays_that_review(head):
    assert review(head + BODY)["value"] == "lcspr"


def test_the_reader_skips_denied_kinds():
    front = "Multi-agency audit. A rapid review was held in June. It is not a rapid review and it is not an LCSPR."
    assert detect_review_type("Multi-agency audit", front) == "other"
    assert detect_review_type("", "A rapid review was held. This record is not an LCSPR.") == "rapid_review"
    assert detect_review_type("", "A rapid review was held; the LCSPR followed.") == "rapid_review"
