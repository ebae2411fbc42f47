"""The incident year from the sentence giving the child's age at the incident, when the opening dates
no incident otherwise."""

from __future__ import annotations

import pytest

from tests.extract.coding import extract

TITLE = "Learning review: Child H\n\n"
REST = (
    "\n\nThe family had moved to the area from another county. The health visitor saw the family at home and the "
    "GP saw the mother about her back pain. The school nurse was not involved.\n"
)


def incident_year(text: str):
    return extract(TITLE + text + REST)["review"]["incident_year"]["value"]


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        (
            "Child H was seven years and four months old when, on 23 March 2015, his class teacher noticed "
            "bruises on his arms.",
            2015,
        ),
        ("Child H was 16 years old when, in October 2022, her mother found messages on her laptop.", 2022),
        ("Child H was six years old in October 2016 when he was taken into hospital.", 2016),
        ("Aged 14 years and 2 months (at the time of the incident, June 2023), Child H was found in a park.", 2023),
    ],
)
def test_the_year_of_the_age_sentence(sentence, year):
    assert incident_year(sentence) == year


@pytest.mark.parametrize(
    "sentence",
    [
        # two years in the sentence: which is the incident is not said
        "Child H was four when his father left in 2019, and the family moved again in 2021.",
        # a span of years, not an event
        "Child H was nine; the review covers 2017-2018 in detail.",
    ],
)
def test_no_year_when_the_sentence_does_not_settle_it(sentence):
    assert incident_year(sentence) == "not_known"


def test_a_year_born_is_not_the_incident():
    text = "Child H, born in 2012, was eleven years old when he was admitted to hospital."
    assert incident_year(text) == "not_known"


def test_the_age_sentence_outweighs_an_earlier_event_in_the_opening():
    text = (
        "In 2018 Child H's school made a referral after she said her stepfather had grabbed her arm.\n\n"
        "Child H was fifteen years old when, in May 2021, she was found unconscious in a park."
    )
    assert incident_year(text) == 2021


def test_a_birth_or_publication_sentence_dates_no_incident():
    assert incident_year("Child H was born on 21 August 2012 and was three when his sister was born in 2015.") == (
        "not_known"
    )


@pytest.mark.parametrize(
    ("opening", "year"),
    [
        ("Date of rapid review meeting: 14/02/2024 | Submitted to national Panel: 21/02/2024", 2024),
        ("RR meeting: 09/10/23 | Chair: Head of Service", 2023),
        ("A rapid review was held in June 2021 after Child H was found to have rickets by the school nurse.", 2021),
        ("When ............. May 2022\nWhere ............ the family home", 2022),
        ("When: August 2019 (a Sunday afternoon)", 2019),
    ],
)
def test_the_rapid_review_meeting_or_a_when_field_dates_an_otherwise_undated_incident(opening, year):
    assert incident_year(opening) == year


def test_a_dated_incident_outranks_the_meeting():
    opening = (
        "Date of rapid review meeting: 08/01/2024\n\nOn 27 December 2023 Child H, aged four, was taken to hospital "
        "with a scald to her legs."
    )
    assert incident_year(opening) == 2023


def test_when_inside_a_sentence_is_no_field():
    opening = "When the family moved in 2016 the health visitor lost touch with them."
    assert incident_year(opening) != 2016


@pytest.mark.parametrize(
    ("opening", "year"),
    [
        (
            "Baby H was born at home on 3 January 2025 after a concealed pregnancy. Her mother had told no one. "
            "In 2024 the mother had seen the school nurse about headaches.",
            2025,
        ),
        ("- June 2024: Child H found drowsy and floppy by his mother; ambulance called; PICU for four days.", 2024),
        (
            "At 23:52 on Friday 9 February 2024 police and ambulance attended the flat after a neighbour heard "
            "screaming. In December 2023 the father had told a social worker he smoked cannabis.",
            2024,
        ),
    ],
)
def test_a_birth_that_is_the_incident_and_dated_note_openings(opening, year):
    assert incident_year(opening) == year
