"""Round 14 (age at the incident): of the ages a report gives, the one at the incident. A date of birth
told after the incident's date in the same sentence, a bare "Incident:" label beside a DOB line, an age
dated by an earlier year in a chronology ("aged 13 (2021)", "- 2020: ... aged 12"), and "had turned 15
a fortnight earlier". Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes

OPENING = "Child Safeguarding Practice Review\n\n1. Introduction\n\n"


def _age(text: str) -> object:
    return child_codes(text)[0].get("age_months", "not_known")


@pytest.mark.parametrize(
    "sentence",
    [
        "On 12.05.2023 Young Person S (DOB 20.09.2008) was seriously injured in a fall from a bridge.",
        "Summary: on 12/05/2023 police were called after YP S (date of birth 20/09/2008) was assaulted in a park.",
        "In the early hours of 12 May 2023 Young Person S, whose date of birth is 20 September 2008, was "
        "taken by ambulance to the major trauma centre.",
    ],
)
def test_date_of_birth_told_after_the_incident_date(sentence: str) -> None:
    # 20 September 2008 to 12 May 2023: 14 years and 7 months
    assert _age(OPENING + sentence + " Young Person S survived.\n") == 175


def test_a_birth_date_alone_gives_no_age_from_an_earlier_date() -> None:
    text = OPENING + "In 2006 the family moved to the area. Young Person S (DOB 20.09.2008) lived with her aunt.\n"
    assert _age(text) != 175


@pytest.mark.parametrize(
    "header",
    [
        "DOB: 03/04/2007. Incident: 21/10/2024.\n\n",
        "Young person: Young Person Z\nDOB: 03/04/2007\nIncident: 21 October 2024 (stabbing)\n\n",
        "D.O.B. 3 April 2007 | Incident: 21/10/2024\n\n",
    ],
)
def test_bare_incident_label_with_a_dob_line_beats_a_chronology_age(header: str) -> None:
    text = (
        "Rapid Review: Young Person Z\n\n" + header + "Z was stabbed on 21 October 2024 and survived.\n\n"
        "Chronology\n- 2021: CAMHS assessment (aged 14), discharged after four sessions.\n"
    )
    # 3 April 2007 to 21 October 2024: 17 years and 6 months
    assert _age(text) == 210


@pytest.mark.parametrize(
    "history",
    [
        "Young Person Z had a previous episode of CAMHS care aged 13 (2021) and was discharged.",
        "- 2021: referred to the YOT for criminal damage (aged 13); out-of-court disposal.",
        "Police records show one missing episode, 2021, aged 13 (2021), found the same night.",
    ],
)
def test_an_age_dated_by_an_earlier_year_is_not_the_age_at_the_incident(history: str) -> None:
    text = (
        OPENING + "In March 2024 Young Person Z was found in a flat with two adult men.\n\n" + history + "\n\n"
        "2. Background\n\nYoung Person Z, then a 16-year-old, had been missing for four days.\n"
    )
    assert _age(text) == 192


def test_an_age_dated_by_the_incident_year_still_counts() -> None:
    text = OPENING + "- 2024: Young Person Z (aged 16) was found in a flat with two adult men in March 2024.\n"
    assert _age(text) == 192


@pytest.mark.parametrize(
    "sentence",
    [
        "In May 2023 Child M was found by police in a car with an adult man; she had turned 15 two weeks earlier.",
        "Child M had turned fifteen a few days earlier when she went missing from home in May 2023.",
        "- May 2023: Child M (had turned 15 a month earlier) missing overnight, found in a car with adult male.",
    ],
)
def test_turned_n_earlier(sentence: str) -> None:
    assert _age(OPENING + sentence + "\n") in (180, 181)


def test_a_birthday_turned_later_is_not_read_as_turned_earlier() -> None:
    text = OPENING + "In May 2023 Child M was found by police in a car with an adult man. She was 14.\n"
    assert _age(text) == 168


@pytest.mark.parametrize(
    "sentence",
    [
        "The partnership asked me to look at how agencies supported Child J, a young man of sixteen, in the "
        "year before he was admitted to hospital in 2023.",
        "Child J, a young woman of 16, was found unconscious at a party in June 2023.",
        "- Subject: Child J, a teenage girl of 16; admitted to ICU 06/2023 after an overdose.",
    ],
)
def test_a_young_man_or_woman_of_n(sentence: str) -> None:
    text = OPENING + sentence + " Child J has had asthma since she was eight.\n"
    assert _age(text) == 192


def test_a_young_man_of_another_family_is_not_the_childs_age() -> None:
    text = OPENING + "Child J (aged 14) was assaulted in 2023 by a young man of 19.\n"
    assert _age(text) == 168
