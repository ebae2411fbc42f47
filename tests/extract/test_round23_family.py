"""Family flags: a grandparent's note that goes on without naming her, and a conviction for the child's
death by gross negligence (the index offence)."""

from __future__ import annotations

import pytest

from tests.extract.coding import extract

HEAD = (
    "Rapid review: Baby K\n\nBaby K was 7 weeks old when he was admitted with a skull fracture in May 2024.\n\n"
    "Household\n"
)


def case(text: str) -> dict:
    return extract(HEAD + text)["case"]


@pytest.mark.parametrize(
    "line",
    [
        "- Maternal grandmother: visits most days. Long history of alcohol misuse; she is not a carer for Baby K.",
        "- Paternal grandfather: lives nearby. Heavy drinker for many years; he has no caring role.",
        "2. Grandmother: calls in daily. Known alcohol dependency (not a carer).",
    ],
)
def test_a_grandparents_note_is_not_a_parents_drinking(line):
    text = "- Mother (22): lives with Baby K and his father.\n" + line + "\n"
    assert case(text)["parental_alcohol_misuse"]["value"] != "present"


def test_a_parents_note_still_counts():
    text = "- Mother (22): lives with Baby K. Long history of alcohol misuse; she is the main carer.\n"
    assert case(text)["parental_alcohol_misuse"]["value"] == "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "His parents were each convicted of manslaughter by gross negligence in 2025.",
        "The mother was convicted of gross negligence manslaughter and sentenced to four years.",
    ],
)
def test_a_conviction_for_the_childs_death_by_neglect_is_not_violent_crime(sentence):
    assert case(sentence + "\n")["parental_violent_crime"]["value"] != "present"


@pytest.mark.parametrize(
    ("rows", "variable"),
    [
        ("| Factor | Finding |\n|---|---|\n| Domestic abuse | None known to any agency |\n", "domestic_abuse"),
        ("| Parental mental health | None known to any agency |\n", "parental_mental_health"),
        ("Domestic abuse: none known.\n", "domestic_abuse"),
        ("DA - nil\n", "domestic_abuse"),
    ],
)
def test_a_field_that_says_none_was_known_is_absent(rows, variable):
    assert case(rows)[variable]["value"] == "absent"


@pytest.mark.parametrize(
    ("rows", "variable"),
    [
        ("Domestic abuse: not known\n", "domestic_abuse"),  # unknown, not none
        ("| Substance misuse service | No | No | Fen Recovery |\n", "parental_drug_misuse"),  # a row of services
    ],
)
def test_a_field_that_does_not_say_none_was_known_is_not_absent(rows, variable):
    assert case(rows)[variable]["value"] != "absent"


@pytest.mark.parametrize(
    "sentence",
    [
        "The review has no information about alcohol or drug use in the household.",
        "We have no information about either parent's use of drugs or alcohol.",
    ],
)
def test_what_the_review_does_not_know_is_not_an_absence(sentence):
    found = case(sentence + "\n")
    assert found["parental_alcohol_misuse"]["value"] != "absent"
    assert found["parental_drug_misuse"]["value"] != "absent"


def test_the_agencies_having_no_information_is_still_an_absence():
    sentence = "There was no information from any agency about alcohol or drug misuse by either parent."
    assert case(sentence + "\n")["parental_drug_misuse"]["value"] == "absent"
