"""Round 20: the review's finding about a death. "Due to natural causes" is a natural death; a review that says it
could not decide whether maltreatment caused or played a part in the death leaves it unclear; "the cause of Child A's
death remains unclear" is an unclear death. Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes

OPENING = "Local Child Safeguarding Practice Review\n\n1. Introduction\n\n"


def codes(text: str, variable: str) -> list[str]:
    return [c[variable] for c in child_codes(OPENING + text)]


@pytest.mark.parametrize(
    "text",
    [
        "Baby S, aged 5 months, was found unresponsive in his cot and died later that morning. After the "
        "post-mortem the rapid review agreed the death was due to natural causes and was not related to "
        "maltreatment.",
        "Subject: Baby S (5 months)\nEvent: found unresponsive in cot, died in ED\nFinding: the death was the "
        "result of natural causes (bronchopneumonia).",
        "Baby S died in hospital aged five months. The CDOP concluded that his death was from natural causes; "
        "the family had followed safer sleep advice.",
    ],
)
def test_death_due_to_natural_causes(text):
    assert codes(text, "death_category") == ["not_maltreatment_related"]


def test_natural_causes_made_worse_by_neglect_is_not_a_natural_finding():
    text = (
        "Baby S, aged 5 months, died in hospital. The pathologist found that the death was due to natural causes "
        "compounded by neglect: he had not been fed for two days and was severely dehydrated."
    )
    assert codes(text, "death_category") != ["not_maltreatment_related"]


@pytest.mark.parametrize(
    "text",
    [
        "Child Q, aged 3, died in hospital in May 2022 after a head injury at home. The post-mortem did not find "
        "the cause. The review has not been able to say whether Q's death was caused by maltreatment.",
        "Child Q (3) died abroad in 2023. The cause of Child Q's death therefore remains unclear, and the review "
        "could not reach any view about whether neglect played a part.",
        "Child Q, a 3-year-old girl, died at home in 2022. Police and the pathologist were unable to determine "
        "whether her death was caused by neglect; the coroner recorded an open conclusion.",
    ],
)
def test_review_could_not_decide_is_unclear(text):
    assert codes(text, "death_category") == ["unclear"]


def test_harm_case_unable_to_say_is_not_a_death():
    text = (
        "Child Q, aged 3, was admitted to PICU with a head injury in May 2022 and survived. The review has not been "
        "able to say whether neglect played a part."
    )
    assert codes(text, "outcome") == ["serious_harm"]
