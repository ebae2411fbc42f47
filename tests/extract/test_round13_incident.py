"""Incident year: a title line that the reader ran into the first sentence ("... published
January 2025 In March 2024 the baby was admitted ...") keeps the story's year, and a sentence
that names publication without dating it is still read; a date of birth is never the incident."""

from __future__ import annotations

import pytest

from caselearn.extract.pipeline import Pipeline
from caselearn.extract.text import Doc


def incident(text: str):
    found = Pipeline().run(Doc.from_text(text), "t.txt").to_dict()["review"].get("incident_year")
    return found["value"] if found else None


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Briefing for practitioners - published May 2023 Why this review happened In October 2022 Child D "
            "was admitted to hospital with a bleed on the brain and fractured ribs. The family were known to CSC.",
            2022,
        ),
        (
            "Seven-minute briefing, publication date 02/2024. In July 2023 police found Child D alone in the "
            "flat and the HV had not seen D since the new birth visit.",
            2023,
        ),
        (
            "This note accompanies the publication of the review into the injuries Child D suffered in "
            "August 2021 while living with mum and her partner. The CP plan had ended three months earlier.",
            2021,
        ),
    ],
)
def test_story_year_survives_a_publishing_word(text, expected):
    assert incident(text) == expected


def test_the_publication_year_itself_is_not_the_incident():
    text = (
        "Learning summary, published March 2020. Child D was admitted to hospital after a fall; the review "
        "describes agency contact with the family."
    )
    assert incident(text) != 2020


@pytest.mark.parametrize(
    "line",
    [
        "DOB: 04/2011 (aged 12 at the incident). Child D was admitted to hospital after an overdose.",
        "Child D (DOB 03/2012) was taken to hospital by ambulance and treated for burns.",
    ],
)
def test_date_of_birth_is_not_the_incident(line):
    assert incident("Rapid review record: Child D\n\n" + line + "\n") not in (2011, 2012)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("RAPID REVIEW FORM\nChild: Child D  Incident: scald from kettle, 14 Mar 2022  Notified: 16 Mar 2022\n", 2022),
        ("Rapid review\n\nIncident: found unresponsive at home on 03/01/2021\nDecision: LCSPR\n", 2021),
        (
            "Learning review: Child D\n\nThe review considered agency involvement from D's birth in 2015 to "
            "June 2019. D was known to the HV and the GP throughout.\n",
            2019,
        ),
        (
            "Child D: LCSPR\n\nThe review examined multi-agency contact from 2016 up to November 2020, when "
            "D's neglect came to light at school.\n",
            2020,
        ),
    ],
)
def test_incident_field_and_period_of_agency_involvement(text, expected):
    assert incident(text) == expected


def test_a_lower_case_incident_in_prose_is_not_a_field():
    text = (
        "Learning review: Child D\n\nThe police log for the earlier incident: a neighbour's call in 2014 about "
        "shouting. In May 2019 Child D was admitted to hospital with a fractured arm.\n"
    )
    assert incident(text) == 2019
