"""Agencies (round 24): services named but never in contact with the family. A school the child was only
due to start, or was not attending; no nursery place; a plan to move someone to a hostel; a table row of
two answers whose first is a bare "No"; a question answered "No"; "checks ... found no previous
contacts"; a plan "(CP)" among plans never held; details of a service "which he did not contact"; the
partnership passing on its learning; a numbered recommendation outside a recommendations part; a
grandparent's line that says she has no care role; the review's own word that a service "had no contact
with the household"; a service only mentioned after the harm ("is now supported", "in hospital she
disclosed", "his worker visited him in hospital", "treated in the local hospital", taken to the GP with
the injury). Missed before: a childcare setting (early years) and a youth caution (police). All text here
is invented for the tests."""

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
        "He was due to start in the reception class of the village school in September 2025.",
        "His sister was not attending any school that year; a place at a Dunmore school was requested but not agreed.",
    ],
)
def test_a_school_to_come_or_not_attended_is_no_contact(sentence):
    assert "school" not in agencies(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "He did not attend nursery or a playgroup.",
        "He never went to a nursery.",
        "Early years | No | No funded place had been taken up.",
        "- The partnership's briefing on head injuries has been re-issued to schools and early years settings.",
    ],
)
def test_no_early_years_contact(sentence):
    assert "early_years" not in agencies(sentence)


def test_a_childcare_setting_is_early_years():
    assert "early_years" in agencies("From March 2024 he went to a childcare setting three mornings a week.")


def test_a_planned_move_to_a_hostel_is_no_housing_contact():
    text = (
        "Learning review: Sam\n\nSam was 17 years old when she died in April 2024. She lived in foster care.\n\n"
        "4.4 The care plan did not mention the plan to move Sam at 18 to an adult hostel, which she feared.\n"
        "The GP saw Sam in January 2024."
    )
    assert "housing" not in extract(text)["case"]["agencies_involved"]["value"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Police | No | No contact with the household.",
        "Were the police involved with the family before the incident?\nNo. There was no record of any call-out.",
        "Police checks in October found no previous contacts with either adult.",
        "There was a police call-out to Mr K's former address in another town in 2023. Police had no contact with "
        "the household before the incident.",
    ],
)
def test_no_police_contact(sentence):
    assert "police" not in agencies(sentence)


def test_a_row_with_a_yes_column_is_still_contact():
    assert "police" in agencies("Police | No | Yes - two call-outs in 2023")


def test_a_youth_caution_is_police_contact():
    assert "police" in agencies("His older brother was given a youth caution for shoplifting in May 2023.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Child T had never been subject to a child protection (CP) plan or a child in need plan.",
        "Was the family known to children's social care?\nNo. The family were not known before the incident.",
        "Child T is now supported under a child in need plan.",
    ],
)
def test_no_childrens_social_care_contact(sentence):
    assert "childrens_social_care" not in agencies(sentence)


def test_details_of_a_service_never_contacted():
    text = (
        "Mr K told the GP he drank too much and was given advice and the details of the alcohol service, "
        "which he did not contact."
    )
    assert "substance_misuse_service" not in agencies(text)


def test_a_numbered_recommendation_names_no_contact():
    assert "camhs" not in agencies(
        "4. The partnership to seek assurance from CAMHS on waiting times for young children."
    )


def test_a_grandparent_with_no_care_role():
    text = "- Maternal grandfather - known to the community mental health team. No care role; lives in Spain."
    assert "adult_mental_health" not in agencies(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "In hospital he told a nurse that his mother's partner had pushed him.",
        "His key worker from the nursery visited him in hospital.",
        "He was treated in the local hospital and transferred to a specialist unit.",
    ],
)
def test_the_hospital_after_the_harm(sentence):
    assert "hospital" not in agencies(sentence)


def test_taken_to_the_gp_with_the_injury_is_the_incident():
    text = (
        "In September 2024 Child T was taken to his GP by a neighbour with a swollen arm; a fracture was found."
        "\nThe health visitor saw him at home in May 2024."
    )
    assert "gp" not in extract(HEAD + text)["case"]["agencies_involved"]["value"]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        (
            "- Follow the bruising protocol every time: discuss with CSC and arrange a paediatric assessment.",
            "childrens_social_care",
        ),
        (
            "This summary is written so that anyone who works with children, including sports coaches and youth club "
            "volunteers, can use it.",
            "voluntary_sector",
        ),
        (
            "Child T and his mother now live with her aunt and have support from the Family Nurse Partnership.",
            "health_visiting",
        ),
    ],
)
def test_instructions_audiences_and_life_now_are_no_contact(sentence, value):
    assert value not in agencies(sentence)
