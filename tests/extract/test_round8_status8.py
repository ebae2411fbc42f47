"""Round 8 (child status): a plan made and later ended is previous; a brother's, a parent's or other
children's plans are not the child's; group statements ("none of the young people"); plans denied in
other words; key-fact fields without a colon; a GP's "no further action" is not social care; a list
of abbreviations says nothing. Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes

OPENING = "Local Child Safeguarding Practice Review\n\n1. Introduction\n\n"
CHILD = "Mason was nine years old when he was seriously injured at home in March 2022. Mason survived. "


def one(sentence: str, variable: str) -> str:
    return child_codes(OPENING + CHILD + sentence)[0][variable]


@pytest.mark.parametrize(
    "sentence, variable, value",
    [
        # made, then ended later in the story
        (
            "An initial conference in May 2020 made Mason subject to a child protection plan. At a review "
            "conference in February 2021 the plan was ended and he was stepped down to a child in need plan.",
            "cp_plan",
            "previous",
        ),
        # ... but an earlier plan that ended before this one was made does not end it
        (
            "A CP plan for Mason ended in 2017. In January 2022 Mason was made subject to a child protection plan.",
            "cp_plan",
            "current",
        ),
        # someone else's plan
        (
            "Social care had known the family since 2019, when his sister was made subject to a child protection plan.",
            "cp_plan",
            "not_known",
        ),
        (
            "The father had two older children elsewhere; those children had been subject to child protection plans.",
            "cp_plan",
            "not_known",
        ),
        ("In her own childhood the mother was herself on a CP plan for neglect.", "cp_plan", "not_known"),
        # ... and a list with the child in it is the child's
        ("In 2021 Mason and his sister were made subject to child protection plans.", "cp_plan", "current"),
        # never, in other words
        ("Mason was not on a CIN or CP plan and had no contact with children's services.", "cp_plan", "never"),
        ("Mason was not subject to any plan before the incident.", "cp_plan", "never"),
        ("Subject of no previous CP or CIN plan.", "cp_plan", "never"),
        # a key-facts line with no colon
        ("CP plan Yes, category neglect, since January 2022", "cp_plan", "current"),
        # another professional's no further action
        (
            "A GP saw Mason, noted a small bruise and took no further action.",
            "social_care_status",
            "not_known",
        ),
        ("A referral to the MASH in 2020 resulted in no further action.", "social_care_status", "closed"),
        # a glossary
        (
            "CP - child protection; CSC - children's social care; NFA - no further action; SGO - special guardianship "
            "order",
            "social_care_status",
            "not_known",
        ),
        # other children named as siblings, even in a list
        (
            "Sibling 1 and Sibling 2 were subject to child protection plans for neglect from 2014 to 2015.",
            "cp_plan",
            "not_known",
        ),
        # the case's workings, then its closure
        (
            "Mason had an allocated social worker. In November 2021 the case was closed to children's social care "
            "and stepped down to early help.",
            "social_care_status",
            "closed",
        ),
        # ... but not a closure before the involvement mentioned, nor an open case said to be open
        (
            "The case was closed in 2018. In 2021 Mason had an allocated social worker.",
            "social_care_status",
            "open",
        ),
        (
            "The case was closed in 2019. A child and family assessment was open at the time of the incident.",
            "social_care_status",
            "open",
        ),
        # a key-facts line: a child in need plan with dates, closed
        ("CSC: CIN plan 03/21 - 10/21 (parental separation); closed", "social_care_status", "closed"),
    ],
)
def test_round8_status(sentence: str, variable: str, value: str) -> None:
    assert one(sentence, variable) == value


def test_none_of_the_young_people() -> None:
    text = (
        OPENING
        + "This thematic review concerns three young people, Young Person A, Young Person B and Young Person C. "
        "Young Person A was 15 when he was injured in 2022. Young Person B was 14. Young Person C was 15. "
        "None of the three young people had ever been subject to a child protection plan."
    )
    assert [c["cp_plan"] for c in child_codes(text)] == ["never", "never", "never"]
