"""Round 17 (age at the incident): whose age and which time. Birth and incident dates written in words,
a date-led opening whose event is told in the sentence after it, the child's own birth date told in the
next sentence ("Her date of birth was ..."), and "short of Name's Nth birthday". Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes


def _ages(text: str) -> dict[str, object]:
    return {c["alias"]: c.get("age_months", "not_known") for c in child_codes(text)}


@pytest.mark.parametrize(
    "opening",
    [
        # long formal prose, the dates in words
        "1.1 On the twenty-third of March 2021 a housing officer called at the flat and heard a baby "
        "crying. Police attended and found two children, Kian (born on the ninth of January 2013) and "
        "Leah (born on the thirtieth of June 2019), alone with their father.",
        # an ordinal figure with "of"
        "On the 23rd of March 2021 a housing officer called at the flat. Police attended and found two "
        "children, Kian (born on the 9th of January 2013) and Leah (born on the 30th of June 2019), alone "
        "with their father.",
        # the month first
        "On March 23, 2021 a housing officer called at the flat. Police attended and found two children, "
        "Kian (born on January 9, 2013) and Leah (born on June 30, 2019), alone with their father.",
    ],
)
def test_birth_dates_in_words_against_a_date_led_opening(opening: str) -> None:
    text = (
        "Child Safeguarding Practice Review: Kian and Leah\n\nThis review concerns two siblings, Kian and Leah.\n\n"
        + opening
        + "\n\nKian was taken to hospital with a chest infection. Leah was examined by a paediatrician.\n\n"
        "Kian had not been seen by his school since the autumn. Leah was known to the HV.\n"
    )
    ages = _ages(text)
    assert ages["Kian"] == 98
    assert ages["Leah"] == 20


@pytest.mark.parametrize(
    "pair",
    [
        "Megan died in hospital on 4 August 2022. Her date of birth was 19 November 2006.",
        "Megan died in hospital on 4 August 2022. Her DOB is 19/11/2006.",
        "On 4 August 2022 Megan was found unresponsive at home. Her date of birth was the nineteenth of November 2006.",
    ],
)
def test_the_childs_own_birth_date_told_in_the_next_sentence(pair: str) -> None:
    text = (
        "Serious Case Review: Megan\n\n" + pair + " She lived with her mother.\n\n"
        "Megan's mother told the review that she herself had been in hospital for months when she was sixteen.\n"
    )
    assert _ages(text)["Megan"] == 188


@pytest.mark.parametrize(
    "line",
    [
        "Child T died in May 2023, a few weeks short of Child T's 16th birthday.",
        "- Child T: died May 2023, two weeks short of Child T's 16th birthday",
        "Child T was found by police in May 2023, days before Child T's sixteenth birthday.",
    ],
)
def test_short_of_a_named_birthday(line: str) -> None:
    text = (
        "Child Safeguarding Practice Review: Child T\n\n"
        + line
        + "\n\nT lived with their grandmother, who has cared for Child T since Child T was three.\n"
    )
    assert _ages(text)["Child T"] == 191


def test_an_adults_birthday_is_not_the_childs_age() -> None:
    text = (
        "Rapid review: Child J\n\nChild J was admitted to hospital in 2023, a week after Dad's 30th birthday.\n\n"
        "Child J was 7 at the time.\n"
    )
    assert _ages(text)["Child J"] == 84


def test_a_date_led_opening_without_an_event_gives_no_incident_date() -> None:
    text = (
        "Local Child Safeguarding Practice Review: Ruby\n\nThis review concerns Ruby.\n\n"
        "On the fourth of March 2021 the panel met to consider the case. The panel agreed terms of reference.\n\n"
        "Ruby (born on the second of May 2015) lived with her mother. Ruby was known to the school.\n"
    )
    assert _ages(text)["Ruby"] == "not_known"


@pytest.mark.parametrize(
    "relation",
    [
        "Megan's mother told the review that she had been an inpatient herself when she was sixteen.",
        "The father said he was 15 when he first came to the attention of the police.",
        "3.2 Her stepdad explained that he had left school when he was fourteen.",
    ],
)
def test_a_relations_age_by_pronoun_is_not_the_childs(relation: str) -> None:
    text = "Serious Case Review: Megan\n\nMegan died in hospital in August 2022. She lived with her mother.\n\n"
    assert _ages(text + relation + "\n")["Megan"] == "not_known"
    # the child's own age still counts
    assert _ages(text + relation + "\n\nMegan was 15 when she died.\n")["Megan"] == 180


def test_a_siblings_birthday_is_not_the_childs_age() -> None:
    text = (
        "Rapid review: Child J\n\nChild J was admitted to hospital in 2023, two days after her brother's 10th "
        "birthday.\n\nChild J was 7 at the time.\n"
    )
    assert _ages(text)["Child J"] == 84
