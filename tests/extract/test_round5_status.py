"""Round 5: child protection plan and children's social care status placed in time (a plan
that ended or belongs to an earlier age is previous; "still in place" is current; what
happened after the incident and advice do not count). Made-up reports in several voices."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes

OPENING = "Local Child Safeguarding Practice Review\n\n1. Introduction\n\n"
CHILD = "Mason was nine years old when he was seriously injured at home in March 2022. Mason survived. "


def one(sentence: str, variable: str) -> str:
    return child_codes(OPENING + CHILD + sentence)[0][variable]


@pytest.mark.parametrize(
    "sentence, value",
    [
        # current
        ("A child protection plan for neglect was made in January 2022 and was still in place in March.", "current"),
        (
            "At the time of the incident Mason was subject to a child protection plan under the category of neglect.",
            "current",
        ),
        ("Mason was on a CP plan (neglect) when he was injured.", "current"),
        ("He had been subject to a child protection plan for a year at the time of his injury.", "current"),
        # previous: ended, dated, at an earlier age
        ("When Mason was four he was subject to a child protection plan for eleven months.", "previous"),
        ("Mason was subject to a child protection plan from March 2017 to June 2018.", "previous"),
        ("The child protection plan ended in 2020 and the case stepped down to early help.", "previous"),
        ("- 2020 (Mar): CP plan ended; stepped down to CIN plan, which was still open at the incident.", "previous"),
        ("The decision to end the child protection plan was made at a review conference.", "previous"),
        ("He and his sisters had been on child protection plans for neglect.", "previous"),
        # a field in a key-facts block
        ("\nChild protection plan: Previous (2019-2020, neglect)", "previous"),
        ("\nLooked after at incident: No\nCP plan: current (neglect)", "current"),
        # never
        ("Mason had never been subject to a child protection plan.", "never"),
        ("No child in the family had ever been subject to a child protection plan.", "never"),
        ("Neither Mason nor his brother was ever subject to a CP plan.", "never"),
        # advice is not a plan
        (
            "3. Children's social care should ensure no child protection plan is ended without a reassessment.",
            "not_known",
        ),
        (
            "4. The drug service to notify children's social care of a relapse by any parent of a child on a plan.",
            "not_known",
        ),
        # a plan considered and not made
        ("A conference was not convened and no plan was made.", "not_known"),
    ],
)
def test_cp_plan(sentence, value):
    assert one(sentence, "cp_plan") == value


@pytest.mark.parametrize(
    "sentence, value",
    [
        ("The family were open to children's social care under a child in need plan.", "open"),
        ("A single assessment, begun after a referral from school, was still open when he was injured.", "open"),
        ("Mason had an allocated social worker.", "open"),
        # a current plan means an open case
        ("At the time Mason was subject to a child protection plan.", "open"),
        # earlier involvement, however slight, is closed
        ("The contact was closed with advice to the school and no assessment was done.", "closed"),
        ("School, CSC (closed in spring 2020), police and the GP knew the family.", "closed"),
        ("A child in need plan was open from 2015 to 2017.", "closed"),
        ("Children's social care completed two assessments in 2016 and 2017.", "closed"),
        # never known
        ("The family had not previously been known to children's social care.", "never_known"),
        ("Children's social care had no involvement with the family before the incident.", "never_known"),
        ("- Not known to CSC.", "never_known"),
        # known later, so not never known
        (
            "Mason was not known to children's social care before June 2021, when the school raised a concern.",
            "not_known",
        ),
        # after the incident does not count
        ("Mason is now cared for by his aunt under a special guardianship order.", "not_known"),
    ],
)
def test_social_care_status(sentence, value):
    assert one(sentence, "social_care_status") == value


def test_family_sentences_apply_to_each_sibling():
    text = (
        "Serious Case Review\nChild E and Child F\n\nThe review concerns Child E and Child F, twins, who were "
        "born in 2020. At the age of four months, both babies were found to have multiple fractures. Child E is a "
        "boy. Child F is a girl.\n\nChildren's social care had no involvement with the family before the "
        "incident. Neither child was ever subject to a child protection plan."
    )
    out = child_codes(text)
    assert len(out) == 2
    for child in out:
        assert child["cp_plan"] == "never"
        assert child["social_care_status"] == "never_known"


@pytest.mark.parametrize(
    "sentence, variable, value",
    [
        ("The children's names were placed on the Child Protection Register in March.", "cp_plan", "current"),
        ("A MASH referral from the school in 2019 was screened out.", "social_care_status", "closed"),
        ("There had been two previous referrals to children's social care.", "social_care_status", "closed"),
        ("The school referred Mason to children's social care in 2018.", "social_care_status", "closed"),
        # a referral at the incident itself is not earlier involvement
        ("The hospital referred Mason to children's social care.", "social_care_status", "not_known"),
    ],
)
def test_status_round5(sentence, variable, value):
    assert one(sentence, variable) == value


@pytest.mark.parametrize(
    "sentence, variable, value",
    [
        ("The family had been known to children's services since 2015.", "social_care_status", "closed"),
        ("Children's social care were working with the family at the time.", "social_care_status", "open"),
        ("Mason was not known to children's services.", "social_care_status", "never_known"),
        ("Mason resided with his mother and stepfather.", "living_at_home", "present"),
        ("Mason was living at his grandmother's house.", "living_at_home", "present"),
        ("\nLiving arrangements: with mother", "living_at_home", "present"),
        ("The family lived in a two-bedroom flat on an estate.", "living_at_home", "present"),
    ],
)
def test_status_round5_more(sentence, variable, value):
    assert one(sentence, variable) == value


@pytest.mark.parametrize(
    "sentence, variable, value",
    [
        ("Mason had been on a child protection plan since March 2021.", "cp_plan", "current"),
        ("He had been subject to a CP plan for the previous eight months.", "cp_plan", "current"),
        ("Mason had been subject to a child protection plan, which ended in 2019.", "cp_plan", "previous"),
        ("Children's social care had been involved with the family since 2020.", "social_care_status", "open"),
        ("The family were well known to children's social care.", "social_care_status", "closed"),
        ("The family were not known to children's social care.", "social_care_status", "never_known"),
    ],
)
def test_status_round5_time(sentence, variable, value):
    assert one(sentence, variable) == value


def test_a_plan_no_longer_in_place_is_not_never():
    assert one("The child protection plan - no longer in place by 2021 - had been for neglect.", "cp_plan") != "never"


@pytest.mark.parametrize(
    "sentence, variable, value",
    [
        ("Mason had never been the subject of a child in need plan or a child protection plan.", "cp_plan", "never"),
        (
            "\n- CP plan (category: physical abuse) from October 2020 - March 2021, then stepped down to CIN.",
            "cp_plan",
            "previous",
        ),
        ("Mason had been stepped down from a CP plan to CIN two months earlier.", "cp_plan", "previous"),
        (
            "The plans ended with a step-down to a child in need plan, which remained open at the incident.",
            "social_care_status",
            "open",
        ),
        ("Mason's parents, who were married and lived together, cared for him.", "living_at_home", "present"),
    ],
)
def test_status_round5_late(sentence, variable, value):
    assert one(sentence, variable) == value
