"""The police's part in and after the incident is no earlier contact: their investigation and their view
("Police investigating; no arrests", "the police believe ...", "checked ... by police"), a denial ("Neither
parent had come to the attention of the police"), the history they hold on an adult. An arrest of a family
member before the incident is police contact even where the police are not named."""

from __future__ import annotations

import pytest

from tests.extract.coding import extract

OPENING = (
    "Local Child Safeguarding Practice Review: Child P\n\n1. Introduction\n\n"
    "In March 2024 Child P, aged 15, was stabbed in a park near his home. He survived after surgery.\n\n"
    "2. Background\n\nChild P lived with his mother and younger sister. He attended a secondary school, where "
    "staff saw his attendance fall during Year 10. The GP saw him twice for sleep problems.\n\n"
)


def agencies(text: str) -> list[str]:
    return extract(OPENING + text)["case"]["agencies_involved"]["value"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Police investigating; no arrests so far.",
        "The police believe he was attacked by young people from another estate.",
        "Claims that he carried a knife were checked with the school and his friends by police and not confirmed.",
        "There was no suggestion from the police or anyone else that his mother knew of the danger.",
        "Neither Child P nor his mother had come to the attention of the police before the stabbing.",
        "Police checks were not requested by the school when the concerns began.",
        "Police hold DA history for the mother's former partner, who never lived with the family.",
    ],
)
def test_the_polices_part_after_the_incident_is_no_contact(sentence):
    assert "police" not in agencies(sentence + "\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "Child P had been arrested twice in 2023 for possession of cannabis.",
        "Police were called to the home three times in 2022 after arguments between the mother and her partner.",
    ],
)
def test_police_contact_before_the_incident(sentence):
    assert "police" in agencies(sentence + "\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "He recovered in hospital over two weeks and went home to his grandmother.",
        "She spent a week on the children's ward and was then moved to an adolescent unit.",
        "In hospital he was found to be underweight, with untreated dental decay.",
        "Both children were assessed in hospital after the fire.",
        "He was transferred from the local ED to the regional trauma centre.",
        "He told hospital staff that he had been hiding from the older boys for months.",
        "His wounds were described by the paediatrician as deep and recent.",
    ],
)
def test_the_hospitals_care_after_the_incident_is_no_earlier_contact(sentence):
    assert "hospital" not in agencies(sentence + "\n")


def test_an_earlier_hospital_attendance_is_contact():
    sentence = "In 2022 Child P attended the ED twice with cuts to his hands that he said came from a fall.\n"
    assert "hospital" in agencies(sentence)


BABY = (
    "Rapid review: Baby Q\n\n1. Introduction\n\nIn May 2024 Baby Q, aged ten weeks, was taken to hospital with "
    "a fractured skull. The health visitor had seen her twice at home.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Her mother has a mild learning disability, identified at school.",
        "The mother had support at school through a statement of special educational needs.",
        "The grandmother cared for Baby Q several afternoons a week while mother attended college.",
    ],
)
def test_a_parents_own_schooling_is_no_contact_with_a_school(sentence):
    assert "school" not in extract(BABY + sentence + "\n")["case"]["agencies_involved"]["value"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Children's social care: never involved.",
        "Neither Baby Q nor her mother had ever been known to children's social care.",
        "The GP did not consider an Early Help referral.",
    ],
)
def test_social_care_denied(sentence):
    assert "childrens_social_care" not in extract(BABY + sentence + "\n")["case"]["agencies_involved"]["value"]


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2023 Child P was referred to the Open Door Project (a CSE voluntary project), which saw him weekly.",
        "Agencies that knew him: school, GP, Northgate Mentoring (vol. sector).",
        "In 2023 his mentor at the youth charity said he seemed frightened.",
    ],
)
def test_voluntary_services_in_other_words(sentence):
    assert "voluntary_sector" in agencies(sentence + "\n")
