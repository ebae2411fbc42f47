"""Agencies (round 23b): the police called out with the ambulance, "no other police information",
a time earlier on the incident's day, a terse "; admitted to the ward" row and a recovery on the ward
are the incident, not contact before it."""

from __future__ import annotations

import pytest

from tests.extract.coding import extract

HEAD = (
    "Learning review: Child T\n\nChild T was 3 years old when he was admitted to hospital with head "
    "injuries in September 2024. He lived with his mother and her partner.\n\n"
)
GP = "\nThe GP saw Child T for a chest infection in January 2024."


def agencies(text: str) -> list[str]:
    return extract(HEAD + text + GP)["case"]["agencies_involved"]["value"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Police officers and the ambulance service attended.",
        "Ambulance/police attended.",
    ],
)
def test_police_called_out_with_the_ambulance_is_the_incident(sentence):
    assert "police" not in agencies(sentence)


def test_police_attending_on_an_earlier_occasion_still_counts():
    assert "police" in agencies("Police attended a domestic argument at the flat in May 2023.")


@pytest.mark.parametrize(
    "sentence",
    [
        "No other police information.",
        "There was no further police intelligence on either adult.",
        "No additional police history.",
    ],
)
def test_no_police_information_is_no_contact(sentence):
    assert "police" not in agencies(sentence)


def test_police_information_held_is_not_a_denial():
    assert "police" in agencies("Police information showed three call-outs to the address in 2023.")


@pytest.mark.parametrize(
    "sentence",
    [
        "The partner told the police that he had drunk four cans of lager earlier that evening.",
        "She said to police that the boy had seemed tired earlier in the day.",
        "The mother told police she had gone out to the shop earlier on the same afternoon.",
    ],
)
def test_earlier_on_the_incident_day_is_not_earlier_contact(sentence):
    assert "police" not in agencies(sentence)


def test_earlier_contact_told_as_such_still_counts():
    assert "police" in agencies("Police had visited the home earlier in 2023 after a neighbour's call.")


@pytest.mark.parametrize(
    "sentence",
    [
        "14/09/2024 | Child T found by his uncle with a head wound; admitted to the children's ward.",
        "Sept 2024 | head wound noticed by nursery staff; admitted to hospital.",
    ],
)
def test_a_terse_incident_row_with_an_admission_is_the_incident(sentence):
    assert "hospital" not in agencies(sentence)


def test_an_earlier_dated_admission_row_still_counts():
    assert "hospital" in agencies("03/2023 | Chest infection; admitted to the children's ward for two nights.")


@pytest.mark.parametrize(
    "sentence",
    [
        "He recovered physically after three days on the children's ward.",
        "Child T recovered well over a week in hospital.",
    ],
)
def test_recovery_on_the_ward_is_after_the_incident(sentence):
    assert "hospital" not in agencies(sentence)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("She was on roll at the local pupil referral unit at the time of the incident.", "school"),
        ("At the time of the incident the family was open to the youth offending team.", "youth_justice"),
        ("The case had been open to children's social care at the time of the incident.", "childrens_social_care"),
    ],
)
def test_on_roll_or_open_at_the_time_of_the_incident_is_contact(sentence, value):
    assert value in agencies(sentence)


def test_at_the_time_of_the_incident_alone_is_still_the_incident():
    assert "police" not in agencies("The police were called at the time of the incident.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Joint working between the police and social care on the day was exemplary.",
        "Police and CSC joint working was effective.",
        "A strategy discussion was held within two hours with the police and the paediatrician.",
        "A strategy meeting was held the next morning, attended by police and health.",
    ],
)
def test_the_joint_response_to_the_harm_is_not_earlier_police_contact(sentence):
    assert "police" not in agencies(sentence)


def test_a_strategy_discussion_on_an_earlier_occasion_still_counts():
    assert "police" in agencies("In March 2023 a strategy discussion was held with police after a bruise was seen.")


@pytest.mark.parametrize(
    "sentence",
    [
        "The father took part in the review, helped by an advocate from a local carers' charity.",
        "His mother gave an interview with the reviewer, supported by a worker from a disability charity.",
        "I met the grandparents twice, with a volunteer from a family support charity.",
    ],
)
def test_support_to_take_part_in_the_review_is_not_contact(sentence):
    assert "voluntary_sector" not in agencies(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "His brother is now being supported by a youth charity.",
        "Both children are being seen by a play therapist from a children's charity.",
        "Her current carers say she trusts her worker from the exploitation charity.",
    ],
)
def test_support_now_is_after_the_incident(sentence):
    assert "voluntary_sector" not in agencies(sentence)


def test_support_from_a_charity_before_the_incident_still_counts():
    assert "voluntary_sector" in agencies("The mother was supported by a domestic abuse charity from June 2023.")


@pytest.mark.parametrize(
    "sentence",
    [
        "The nursery's designated safeguarding lead decided to monitor the marks.",
        "Pre-school DSL noted the bruise and spoke to the mother.",
        "The mother had started an access course at Riverside College in 2023.",
        "Her partner enrolled on a college course but stopped going.",
    ],
)
def test_a_nursery_safeguarding_lead_or_a_college_course_is_no_school(sentence):
    assert "school" not in agencies(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The school's DSL referred the bruise to the MASH; his sister's nursery was not told.",
        "His college raised concerns about his attendance in 2023.",
    ],
)
def test_a_school_safeguarding_lead_or_the_childs_college_still_counts(sentence):
    assert "school" in agencies(sentence)


def test_a_pre_school_is_early_years_not_a_school():
    found = agencies("Child T went to Little Acorns Pre-school three mornings a week from 2023.")
    assert "early_years" in found
    assert "school" not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "The protocol, in place since 2019, required any bruise in a baby who cannot crawl to be discussed "
        "with children's social care and the paediatrician.",
        "The procedures said that the social worker should see the baby within 24 hours.",
    ],
)
def test_what_a_protocol_requires_is_no_contact(sentence):
    assert not {"childrens_social_care", "hospital"} & set(agencies(sentence))


def test_acting_under_a_protocol_is_still_contact():
    assert "childrens_social_care" in agencies(
        "Following the bruising protocol, the health visitor referred Child T to children's social care in May 2023."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "In June 2023 his mother took him to the urgent care centre with a scald to his arm.",
        "He was seen at the minor injuries unit in 2023 after a fall from a climbing frame.",
    ],
)
def test_an_urgent_care_or_minor_injuries_attendance_is_the_hospital(sentence):
    assert "hospital" in agencies(sentence)
