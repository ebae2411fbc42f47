"""Round 20: the outcome. A death offered only as an alternative to serious harm (the statutory criteria quoted, a
group's outcomes told together) says nothing of this child; a relative's death told at one remove ("is believed to
have died") or used to date the relative's own conduct ("before his death") is someone else's. Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes

OPENING = "Local Child Safeguarding Practice Review\n\n1. Introduction\n\n"


def codes(text: str, variable: str) -> list[str]:
    return [c[variable] for c in child_codes(OPENING + text)]


# --- a death offered as an alternative ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Child J, aged 7, was admitted to hospital with a fractured femur in March 2023. The Partnership "
        "considered that the criteria were met: abuse or neglect of a child was suspected and the child had died "
        "or been seriously harmed.",
        "Subject: Child J (boy, 7)\nReason for review: statutory criteria met (child has died or been seriously "
        "harmed; abuse or neglect known or suspected)\nInjury: fractured femur, admitted to PICU.",
        "Working Together requires the LSCP to review cases where a child dies or is seriously harmed and abuse "
        "or neglect is suspected. Child J (7) was taken to the ED by police with burns to his hands.",
    ],
)
def test_criteria_quoted_is_not_a_death(text):
    assert codes(text, "outcome") == ["serious_harm"]


def test_a_death_told_plainly_still_counts():
    text = (
        "Child J, aged 7, died in hospital in March 2023 from a head injury. The criteria were met because the "
        "child had died and abuse was suspected."
    )
    assert codes(text, "outcome") == ["death"]


def test_a_death_next_to_a_criteria_quote_still_counts():
    text = (
        "The review considers cases where a child has died or been seriously harmed. Child J, aged 7, was found "
        "dead at home on 3 March 2023; the post-mortem found a head injury."
    )
    assert codes(text, "outcome") == ["death"]


# --- a relative's death ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Young Person K (Kezia), 15, was found by her brother having taken an overdose; she survived and was "
        "admitted to a paediatric ward. Kezia's father had been violent to her mother before his death in 2018.",
        "YP K (female, 15): overdose, survived, admitted to ward. Background: her grandmother looked after the "
        "children until her death last year.",
        "In May 2023 Child K, aged 15, was stabbed in the leg by a peer and survived after surgery. Her father is "
        "believed to have died in Syria; her mother's whereabouts are unknown.",
    ],
)
def test_relative_death_is_someone_elses(text):
    assert codes(text, "outcome") == ["serious_harm"]


def test_the_childs_own_death_after_a_relative_is_still_hers():
    # the relative is the subject, but "her death" after a father is the girl's: the pronoun does not agree
    text = (
        "Child K (Kezia), aged 15, died in hospital in May 2023 after she was stabbed by a man she met online. "
        "Her father had not seen her for a year before her death."
    )
    assert codes(text, "outcome") == ["death"]


# --- the notification's category: a first view revised, and the Panel's record in the present tense ----------


@pytest.mark.parametrize(
    "text",
    [
        "Baby Q (10 weeks) was taken to the ED with a skull fracture after a reported fall from a changing mat. "
        "The first notification was categorised as 'other' because the injury was thought accidental. A skeletal "
        "survey then found healing rib fractures and the partners now agree this is serious harm.",
        "Subject: Baby Q (10 weeks)\nOriginal notification category: Other (accidental fall)\nCategory after rapid "
        "review: Serious harm - physical abuse (suspected NAI)\nInjuries: skull fracture, rib fractures.",
        "Baby Q, aged 10 weeks, was admitted to PICU with a subdural haemorrhage. The LSCP initially recorded the "
        'notification as "other" pending the CP medical, which found fractures of different ages.',
    ],
)
def test_a_first_category_of_other_that_was_revised(text):
    assert codes(text, "outcome") == ["serious_harm"]


@pytest.mark.parametrize(
    "text",
    [
        "Child P, aged 8, was bitten by a neighbour's dog and needed surgery. The Panel's letter records the "
        'notification under the category "other"; the review agrees.',
        "Child P (8): dog bite to the face, surgery. CSPR Panel categorises the case as 'other' (not serious harm "
        "from abuse or neglect).",
        "The national Panel has categorised the notification as 'other'. Child P, who is eight, sustained bite "
        "wounds to her arm and was treated in hospital.",
    ],
)
def test_the_panel_records_other(text):
    assert codes(text, "outcome") == ["other"]
