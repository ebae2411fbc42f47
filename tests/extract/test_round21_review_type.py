"""Review type: the Panel's own name is no review, and a title wrapped over two lines still names one."""

from __future__ import annotations

import pytest

from caselearn.documents.metadata import detect_review_type
from tests.extract.coding import extract


def review_type(text: str) -> str:
    return extract(text)["review"]["review_type"]["value"]


BODY = (
    "\n\nThe child lived with her mother and two brothers. Agencies had known the family for some years "
    "and the health visitor had seen the baby at home twice in the month before the incident, when no "
    "concerns were recorded about the care she received or the state of the home.\n"
)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a PDF's large title type breaks the name over two lines
        (
            "Westford Safeguarding Children Partnership\nSummary: Local Child Safeguarding Practice\nReview - Jay",
            "lcspr",
        ),
        ("Hallam Vale Partnership\nLocal Child Safeguarding\nPractice Review: Child M", "lcspr"),
        ("Dunmere Safeguarding Partnership\nThe Rapid\nReview of Baby S\nMarch 2024", "rapid_review"),
        ("Eastcombe Children's Partnership\nSerious Case\nReview: Family F", "scr"),
    ],
)
def test_a_title_wrapped_over_two_lines_names_the_review(title, expected):
    assert review_type(title + BODY) == expected


def test_a_finished_title_line_is_not_run_into_the_next():
    # the first line ends a sentence: its last word and the next line are no title together
    text = "Kelmoor Partnership learning note.\nReview dates are set out below\n" + BODY
    assert review_type(text) != "lcspr"


@pytest.mark.parametrize(
    "front",
    [
        "Learning brief: Baby P. Issued after a rapid review; the National Child Safeguarding Practice Review "
        "Panel agreed with the partners that a local review was not needed.",
        "RR completed 12/03/2024. Outcome shared with the National Child Safeguarding Practice Review Panel "
        "on 14/03/2024. Rapid review findings follow.",
        "The partnership notified the national child safeguarding practice review panel and held a rapid "
        "review within 15 working days.",
    ],
)
def test_the_panels_name_is_no_national_review_or_lcspr(front):
    assert detect_review_type("", front) == "rapid_review"


def test_a_national_review_is_still_one():
    assert detect_review_type("", "This National Child Safeguarding Practice Review looked at 21 children.") == (
        "national_review"
    )
    assert detect_review_type("", "A national review by the Panel of sudden infant deaths") == "national_review"


def test_a_local_review_is_still_one():
    assert detect_review_type("", "This Local Child Safeguarding Practice Review (LCSPR) concerns Child D.") == "lcspr"
    assert detect_review_type("", "The child safeguarding practice review into the care of Child D") == "lcspr"
