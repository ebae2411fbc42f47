"""Round 11: ages from a date of birth and the incident's date told apart, each child's own date of
birth, month-only births, birthdays "short of", and frequencies or ranges that are not ages."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes


def _ages(text: str) -> list[object]:
    return [c["age_months"] for c in child_codes(text)]


@pytest.mark.parametrize(
    "born",
    [
        "Noor was born on 4 March 2013 and Elijah on 30 January 2018.",
        "Noor (DOB 04/03/2013) and Elijah (DOB 30/01/2018) lived with their mother.",
        "Dates of birth: Noor was born on 4 March 2013; Elijah was born on 30 January 2018.",
    ],
)
def test_each_child_keeps_its_own_date_of_birth(born: str) -> None:
    text = (
        "Noor and Elijah (Family K)\n\n1.1 This review concerns two children. " + born + " On 12 October 2023 "
        "Elijah was admitted to hospital with a burn. Noor was found caring for a baby sister.\n"
    )
    assert _ages(text) == [127, 68]


@pytest.mark.parametrize(
    ("opening", "dob"),
    [
        ("Date of serious incident: 20/01/2024\n\n", "Baby G (DOB 14/04/2023) was taken to the ED."),
        ("Incident - 20 January 2024\n\n", "Baby G was born on 14 April 2023."),
        (
            "On 20 January 2024 the mother took Baby G to the emergency department with a swollen leg.\n\n"
            "Background. The family had moved in 2022. ",
            "Baby G was born on 14 April 2023.",
        ),
    ],
)
def test_a_date_of_birth_with_the_incidents_date_told_elsewhere(opening: str, dob: str) -> None:
    text = "Rapid review: Baby G\n\n" + opening + dob + " Baby G had been seen by the HV twice.\n"
    assert _ages(text) == [9]


def test_a_date_of_birth_with_no_incident_date_gives_no_age_from_it() -> None:
    text = "Rapid review: Baby G\n\nBaby G was born on 14 April 2023. Baby G lived with his parents.\n"
    assert _ages(text) == ["not_known"]


@pytest.mark.parametrize(
    ("born", "then", "want"),
    [
        ("Sam was born in May 2008.", "On 2 December 2023 Sam was reported missing from placement.", 186),
        ("Nadia was born in November 2007.", "On 23 June 2024 Nadia was stabbed at home.", 199),
        ("Amy was born in early March 2007.", "On 14 November 2020 Amy was found in a car with two men.", 164),
    ],
)
def test_a_month_only_birth_counts_to_the_incident(born: str, then: str, want: int) -> None:
    name = born.split()[0]
    text = f"LCSPR: {name}\n\n{then} {born} {name} lived in foster care.\n"
    assert _ages(text) == [want]


@pytest.mark.parametrize(
    "sentence",
    [
        "Child D went to a childminder two mornings a week until the lockdown.",
        "The HV visited once a week during the CP plan.",
        "Contact with the birth mother was supervised for an hour a week.",
    ],
)
def test_a_frequency_is_not_an_age(sentence: str) -> None:
    text = "Rapid review: Child D\n\nChild D was admitted after swallowing methadone. " + sentence + "\n"
    assert _ages(text) == ["not_known"]


def test_a_week_old_is_still_an_age() -> None:
    text = "Rapid review: Baby Q\n\nBaby Q was a week old when he was admitted with a fractured rib.\n"
    assert _ages(text) == [0]


@pytest.mark.parametrize(
    "sentence",
    [
        "Recommendation 2: EDs should ask women aged 12 to 50 with abdominal pain about pregnancy.",
        "The service works with young people aged 11-18 across the county.",
        "The school nurse offers drop-ins to pupils aged 13 – 16.",
    ],
)
def test_a_range_of_ages_is_nobodys_age(sentence: str) -> None:
    text = "Review: Baby Z\n\nBaby Z was found cold in the bathroom of a student house. " + sentence + "\n"
    assert _ages(text) == ["not_known"]


@pytest.mark.parametrize(
    ("phrase", "want"),
    [
        ("Child Z, male, aged 12 (three weeks short of his thirteenth birthday), was stabbed.", 155),
        ("Child Z was 12, a month short of her 13th birthday, when she was found.", 155),
        ("Dev, a boy who had turned 13 a month before, was assaulted with a hammer.", 157),
    ],
)
def test_a_birthday_near_the_age_makes_it_finer(phrase: str, want: int) -> None:
    name = "Dev" if phrase.startswith("Dev") else "Child Z"
    text = f"Review: {name}\n\n{phrase} {name} was taken to hospital.\n"
    assert _ages(text) == [want]


def test_an_age_with_no_birthday_stays_in_years() -> None:
    text = "Review: Child Z\n\nChild Z, aged 12, was stabbed. Child Z was taken to hospital on his birthday.\n"
    assert _ages(text) == [144]


@pytest.mark.parametrize(
    "table",
    [
        "Name / role | Age at incident | Lives where\n\nChild A (Kayden), male | 2 years 7 months | Home\n\n"
        "Child B (Ruby-Mae), female | 15 months | Home\n\nSibling C, male | 9 years | PGM\n",
        "| Child A (Kayden) | M | 2 years 7 months | home |\n| Child B (Ruby-Mae) | F | 15 mths | home |\n",
        "Child A (Kayden) | 2 yrs 7 months | with mum\nChild B (Ruby-Mae) | 15 months | with mum\n",
    ],
)
def test_a_row_per_child_gives_each_age(table: str) -> None:
    text = (
        "Rapid review\n\nChildren: Child A (Kayden) and Child B (Ruby-Mae)\n\n" + table + "\nKayden was found "
        "alone in the flat. Kayden was underweight. Ruby-Mae had a nappy rash. Ruby-Mae was admitted.\n"
    )
    assert _ages(text) == [31, 15]


@pytest.mark.parametrize(
    ("field", "want"),
    [
        ("Age of child at incident | 15 years", 180),
        ("Age at time of death: 4 months", 4),
        ("AGE AT NOTIFICATION - 2 years 3 months", 27),
    ],
)
def test_an_age_field_for_the_incident_comes_first(field: str, want: int) -> None:
    text = (
        "Rapid review: Child T\n\n" + field + "\n\nOn 21 October a seven-year-old girl who lives near Child T "
        "told her mother that an older boy had hurt her. Child T was arrested.\n"
    )
    assert _ages(text) == [want]


def test_an_age_field_for_another_time_is_not_the_incidents() -> None:
    text = "Rapid review: Child T\n\nAge at referral to CAMHS: 9 years\n\nChild T, aged 15, was arrested.\n"
    assert _ages(text) == [180]


@pytest.mark.parametrize(
    "sentence",
    [
        "Child A was a girl aged 6; Child B was her brother, aged 3 years and 10 months.",
        "Child A was six. Child B is her brother, aged 3 years and 10 months, and attended nursery.",
        "Child A (aged 6) and Child B, her brother, aged 3 years and 10 months, died at the flat.",
    ],
)
def test_a_child_described_as_the_others_brother_keeps_the_age(sentence: str) -> None:
    text = "Serious Case Review: Child A and Child B\n\n" + sentence + " Child A and Child B died in 2015.\n"
    assert _ages(text) == [72, 46]


def test_a_month_birth_with_a_dated_event_is_not_a_date_of_birth() -> None:
    text = (
        "LCSPR: Layla\n\nLayla was born in March 2008, and on 2 October 2022, when she was 14, she was found by "
        "police in a flat. Layla was 14 years and 6 months old.\n"
    )
    assert _ages(text) == [174]


def test_an_age_field_in_shorthand_keeps_the_months() -> None:
    text = (
        "RAPID REVIEW\n\n| Child: Child T |\n| Age at incident: 2 yrs 3 mths |\n| Sex: M |\n\n"
        "Child T, 2, drank methadone.\n"
    )
    assert _ages(text) == [27]


@pytest.mark.parametrize(
    "history",
    [
        "The new birth visit took place when Otis was 11 days old.",
        "Otis stayed with his father on alternate weekends, starting when he was about three weeks old.",
        "Otis was seen by the GP when he was four weeks old for colic.",
    ],
)
def test_an_age_at_a_routine_contact_is_history(history: str) -> None:
    text = (
        "LCSPR: Baby Otis\n\n1.2 Early one Sunday an ambulance was called to the flat. Otis was found unresponsive "
        "on a sofa. Paramedics began resuscitation and he was taken to hospital, where he died. He was nine weeks "
        "old.\n\n6.1 " + history + "\n"
    )
    assert _ages(text) == [2]


def test_an_age_when_the_incident_happened_still_counts() -> None:
    text = "LCSPR: Baby Otis\n\nOtis died in hospital when he was nine weeks old. Otis lived with his mother.\n"
    assert _ages(text) == [2]


@pytest.mark.parametrize(
    "sentence",
    [
        "Child N was born on 3 October 2022 at 34 weeks and spent two weeks on the NNU.",
        "Child N was born on 03/10/2022 at 31 weeks' gestation.",
        "Child N (born on 3 October 2022 at 33 weeks) was discharged home.",
    ],
)
def test_weeks_at_birth_after_a_date_are_gestation(sentence: str) -> None:
    text = "Rapid review: Child N\n\n" + sentence + " Child N was now 9 weeks old when admitted with bruising.\n"
    assert _ages(text) == [2]


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("Sam, who had turned 13 in the spring, took an overdose in November.", 156),
        ("Sam had been caring for her mother since she was about ten. Sam was 13 when she took an overdose.", 156),
        ("Since he was aged seven Sam had been a young carer. Sam had turned 13 earlier that year.", 156),
    ],
)
def test_an_age_since_when_is_history(sentence: str, want: int) -> None:
    text = "Review: Sam\n\n" + sentence + " Sam was ventilated in PICU.\n"
    assert _ages(text) == [want]


@pytest.mark.parametrize(
    "sentence",
    [
        "On 12 December 2023 a health visitor called at the flat to see twins then aged 14 months.",
        "The police found that the twins then aged 14 months had been left alone overnight.",
        "The HV visit was to the twins, now aged 14 months, and their mother.",
    ],
)
def test_twins_aged_together_give_each_twin_the_age(sentence: str) -> None:
    text = (
        "Rapid review: Twin A and Twin B\n\n" + sentence + " Twin A was underweight. Twin B had a nappy rash. "
        "Twin A and Twin B were placed in foster care.\n"
    )
    assert _ages(text) == [14, 14]
