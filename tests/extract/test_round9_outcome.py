"""Round 9: the outcome "other" told in more ways (the Panel's category with words in between, a
child who neither died nor was seriously harmed, a second subject child who was unharmed), and a
child's own section further down a multi-child review. Invented reports in several voices."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes


def child(text: str) -> dict:
    return child_codes(text)[0]


OTHER = [
    (  # long formal prose: the Panel's category with the notification named in between
        "Rapid Review: Child J\n\n1. Child J, aged 15, was arrested in a flat used for dealing after going missing "
        "from home for a week. The Panel has classified the notification as 'other', and the partners agreed to "
        "carry out a review because of the learning about missing episodes.",
    ),
    (  # terse template: recategorised by the Panel
        "Rapid review - Young Person R\n\n- YP R, 14y.\n- Found in a car with two adult men, CSC and police "
        "strategy discussion held.\n- Notification later recategorised by the National Panel as \u201cother\u201d.",
    ),
    (  # police voice: neither died nor seriously harmed
        "Police-led review: Child T\n\nChild T, 13, was detained by officers at a railway station with cash and "
        "two phones. Child T did not die and had not been seriously harmed; the notification was made because "
        "of the exploitation concerns.",
    ),
    (  # health voice: did not suffer serious harm
        "Review of Child E\n\nChild E, a 12-year-old girl, was brought to ED after taking a small number of "
        "tablets and was discharged the same evening. Child E did not suffer serious harm, but the partnership "
        "chose to review the case.",
    ),
]


@pytest.mark.parametrize("text", [t[0] for t in OTHER])
def test_outcome_other_phrasings(text: str) -> None:
    got = child(text)
    assert got["outcome"] == "other"
    assert got["harm_category"] == "not_applicable"


def test_sibling_subject_named_unharmed() -> None:
    text = (
        "Local Child Safeguarding Practice Review: the K children\n\nThis review is about two children. "
        "Baby K, a boy of five months, died after he was found unresponsive on a sofa next to his father. "
        "His sister, referred to here as Amira, was aged two. Amira was not physically harmed; she is included "
        "as a subject of this review too.\n\nBaby K\n\nBaby K was born at term."
    )
    kids = child_codes(text)
    assert kids[0]["outcome"] == "death"
    amira = [c for c in kids if c["alias"] == "Amira"]
    assert amira and amira[0]["outcome"] == "other"


NOT_OTHER = [
    (  # a sibling, not the subject, was not seriously harmed
        "Serious Case Review: Child N\n\nChild N, aged two, sustained a fractured skull and a subdural "
        "haemorrhage at home. Her brother was not seriously harmed. The father was later convicted of GBH.",
        "serious_harm",
    ),
    (  # ethnicity recorded as 'Other' is no outcome
        "Rapid Review: Baby S\n\nBaby S, eleven weeks old, was admitted to PICU with rib fractures and bruising. "
        "The mother's ethnicity was recorded as 'Other'.",
        "serious_harm",
    ),
    (  # "other" agencies, not the Panel's category
        "Review: Child G\n\nChild G, 6, died in a house fire while left at home alone. Information was recorded "
        "by the school and classified as other agency information.",
        "death",
    ),
    (  # a hope that the child would not be harmed is not a finding
        "Rapid review: Child F\n\nChild F, aged 3, was found with extensive bruising and a fractured arm. The "
        "social worker had hoped to ensure Child F was not harmed during contact.",
        "serious_harm",
    ),
]


@pytest.mark.parametrize("text,expected", NOT_OTHER)
def test_outcome_not_other(text: str, expected: str) -> None:
    assert child(text)["outcome"] == expected


def test_own_section_later_in_thematic_review() -> None:
    filler = "Practitioners described the protocol and the training they had received in some detail. " * 40
    text = (
        "Thematic Review: three infants\n\nThe review looked at Baby X, Baby Y and Baby Z.\n\n"
        + filler
        + "\n\nBaby X\n\nBaby X, six weeks old, was found to have a torn frenulum and bruising to his chest. "
        + filler
        + "\n\nBaby Y\n\nBaby Y was seen with bruises to her arms at nursery. "
        + filler
        + "\n\nBaby Z\n\nBaby Z had bruising noticed by a health visitor. A genetic condition was later diagnosed, "
        "and the case was recorded by the Panel as \u2018other\u2019 once the medical explanation was accepted.\n"
    )
    kids = {c["alias"]: c for c in child_codes(text)}
    assert kids["Baby Z"]["outcome"] == "other"
    assert kids["Baby X"]["outcome"] == "serious_harm"
