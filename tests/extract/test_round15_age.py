"""Round 15 (age at the incident): structural readings of where a child's age sits. A table with one row
per child and an age column, in bars, markdown or one cell per line (a web page's table). Made-up
reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes


def _ages(text: str) -> dict[str, object]:
    return {c["alias"]: c.get("age_months", "not_known") for c in child_codes(text)}


INTRO = (
    "Thematic Child Safeguarding Practice Review\n\n"
    "This review considers two siblings, Child M and Child N, who were harmed in 2022. Child M was "
    "admitted to hospital with burns. Child N was found with untreated injuries.\n\n"
)
AFTER = "\n\nChild M now lives with foster carers. Child N lives with an aunt.\n"


@pytest.mark.parametrize(
    "table",
    [
        # bars, a template's key facts
        "Child | Age at notification | Sex | Outcome\n\nChild M | 8 | Male | Serious harm\n\n"
        "Child N | 3 years 4 months | Female | Serious harm",
        # a markdown table with a rule row
        "| Name | Age | Gender |\n|---|---|---|\n| Child M | 8 | M |\n| Child N | 3 years 4 months | F |",
        # a web page's table read as one cell per line
        "Summary\n\nChild\n\nAge\n\nSex\n\nChild M\n\n8\n\nBoy\n\nChild N\n\n3 years 4 months\n\nGirl",
    ],
)
def test_a_table_with_a_row_per_child_gives_each_age(table: str) -> None:
    ages = _ages(INTRO + table + AFTER)
    assert ages["Child M"] == 96
    assert ages["Child N"] == 40


def test_a_row_table_in_weeks_for_babies() -> None:
    text = (
        "Rapid review\n\nTwo infants, Baby P and Baby Q, were injured in 2023.\n\n"
        "Baby\tAge at incident\tInjury\nBaby P\t9 weeks\tFractured femur\nBaby Q\t5 months\tSkull fracture\n\n"
        "Baby P was seen by the HV. Baby Q was known to CSC.\n"
    )
    ages = _ages(text)
    assert ages["Baby P"] == 2
    assert ages["Baby Q"] == 5


@pytest.mark.parametrize(
    "header",
    ["Child | Age now | Sex", "Child | Age at referral | Sex", "Child | Age at time of writing | Sex"],
)
def test_an_age_column_taken_at_another_time_is_not_read(header: str) -> None:
    text = INTRO + header + "\n\nChild M | 11 | Male\n\nChild N | 6 | Female" + AFTER
    ages = _ages(text)
    assert ages["Child M"] != 132
    assert ages["Child N"] != 72


def test_a_table_without_an_age_column_gives_no_age() -> None:
    text = INTRO + "Child | School | Sex\n\nChild M | 4 | Male\n\nChild N | 2 | Female" + AFTER
    ages = _ages(text)
    assert ages["Child M"] == "not_known"
    assert ages["Child N"] == "not_known"


def test_a_sibling_row_who_is_not_a_subject_is_left_out() -> None:
    text = (
        INTRO + "Child | Age | Subject of review\n\nOlder brother | 15 | No\n\nChild M | 8 | Yes\n\n"
        "Child N | 3 | Yes" + AFTER
    )
    ages = _ages(text)
    assert ages["Child M"] == 96
    assert ages["Child N"] == 36


# --- whose age: brothers and sisters in the plural, a half-sister after the age


def _age(text: str) -> object:
    return child_codes(text)[0].get("age_months", "not_known")


@pytest.mark.parametrize(
    "sibling",
    [
        "Child T lives with his mother and his two younger sisters, aged 9 and 6.",
        "Child T had two older brothers aged sixteen and eighteen, both living elsewhere.",
        "Child T's half-sisters, then aged 10 and 8, stayed at weekends.",
        "Child T's four-year-old half-sister stayed with the family at weekends.",
        "Child T shared a room with his 10-year-old stepbrother.",
    ],
)
def test_siblings_ages_in_the_plural_are_not_the_childs(sibling: str) -> None:
    text = (
        "Local Child Safeguarding Practice Review: Child T\n\n"
        "Child T was seriously injured in a house fire in March 2023. He was fourteen years old.\n\n" + sibling + "\n"
    )
    assert _age(text) == 168


# --- an age in weeks counted from the birth


@pytest.mark.parametrize(
    "sentence",
    [
        "Baby V died in hospital in May 2022, six weeks after she was born.",
        "Baby V was admitted to the PICU six weeks after her birth and died two days later.",
        "Baby V, who was brought to the ED by ambulance six weeks after he was born, did not survive.",
    ],
)
def test_weeks_after_the_birth_are_the_age(sentence: str) -> None:
    assert _age("Rapid Review: Baby V\n\n" + sentence + " The police investigated.\n") == 1


def test_weeks_after_another_event_are_a_duration() -> None:
    text = "Rapid Review: Baby V\n\nBaby V was seen by the HV six weeks after the move. Baby V was 5 months old.\n"
    assert _age(text) == 5


# --- key-facts lines: a date of birth and an event told as a date


@pytest.mark.parametrize(
    "facts",
    [
        "Young person: Child D, male. DOB 04/06/2006. Died 10/12/2023 after a stabbing.",
        "Child D\nD.O.B. 4 June 2006\nKilled 10 December 2023 (knife crime)",
        "Date of birth / incident: 04/06/2006 / stabbed 10/12/2023",
        "Date of birth and date of death 04/06/2006 and 10/12/2023",
    ],
)
def test_key_facts_dob_and_event_give_the_age(facts: str) -> None:
    text = (
        "Serious Case Review: Child D\n\n" + facts + "\n\nFather had no contact with Child D since Child D was "
        "five. Child D was known to the YOT.\n"
    )
    # 4 June 2006 to 10 December 2023: 17 years and 6 months
    assert _age(text) == 210


# --- ages at an earlier step of the history, and numbers that are not ages


@pytest.mark.parametrize(
    "history",
    [
        "Child E was diagnosed with ADHD at the age of seven and had an EHCP.",
        "ADHD dx age 7 (community paediatrics); medication stopped.",
        "Child E was first referred to CAMHS aged 7 by the school nurse.",
    ],
)
def test_an_age_at_a_diagnosis_is_history(history: str) -> None:
    text = (
        "Local Child Safeguarding Practice Review: Child E\n\n" + history + "\n\nIn the summer of 2023 Child E "
        "was found unresponsive in a park after taking pills. Child E was 13 at the time.\n"
    )
    assert _age(text) == 156


def test_an_injury_found_at_an_age_is_not_history() -> None:
    text = "Rapid Review: Baby F\n\nBaby F was diagnosed with rib fractures at 9 weeks old by the ED consultant.\n"
    assert _age(text) == 2


def test_a_score_is_not_an_age() -> None:
    text = (
        "Rapid Review: Baby G\n\nBaby G died in 2023. Baby G was born on 3 March 2023. On 20 July 2023 Baby G was "
        "found unresponsive.\n\nThe mother's EPDS was 9. Her PHQ-9 score at the GP was 14.\n"
    )
    assert _age(text) == 4


def test_a_question_to_the_reader_gives_no_age() -> None:
    text = (
        "Learning brief: Young Person H\n\nYoung Person H, a Year 9 boy, was stabbed in 2024.\n\n"
        "Would we accept this for a 13-year-old? Would we call it a lifestyle choice for a 12-year-old?\n"
    )
    codes = child_codes(text)[0]
    assert codes.get("age_months", "not_known") == "not_known"
    assert codes.get("age_band") == "11_15"


# --- a birth told of the child and a sibling together


@pytest.mark.parametrize(
    "birth",
    [
        "She and her twin brother were born on 5 February 2022 at 34 weeks.",
        "She and her twin had been born at 33 weeks on 5 February 2022.",
        "She and her identical twin sister were born by caesarean section on 5 February 2022.",
    ],
)
def test_the_child_born_with_a_sibling(birth: str) -> None:
    text = (
        "Rapid Review: Baby K\n\nBaby K was one of two children. " + birth + " On 20 June 2022 Baby K was "
        "found not breathing in her cot.\n"
    )
    # 5 February to 20 June 2022: four months
    assert _age(text) == 4


def test_a_sibling_born_alone_is_not_the_child() -> None:
    text = (
        "Rapid Review: Baby K\n\nBaby K was one of two children. Her brother was born on 5 February 2019. "
        "On 20 June 2022 Baby K was found not breathing in her cot.\n"
    )
    assert _age(text) != 40


# --- an assessment that found no disorder, once the child's age lets the flag apply


@pytest.mark.parametrize(
    "finding",
    [
        '- CAMHS assessment 2016 (GP referral): "no evidence of a mental disorder"; discharged.',
        "CAMHS saw Child D once in 2016; outcome: no evidence of any psychiatric illness, closed.",
        "The specialist CAMHS assessment recorded no evidence of a diagnosable mental disorder.",
    ],
)
def test_camhs_finding_no_disorder_is_absent(finding: str) -> None:
    text = "Serious Case Review: Child D\n\nChild D: male. DOB 04/06/2006. Died 10/12/2023.\n\n" + finding + "\n"
    assert child_codes(text)[0].get("child_mental_health") == "absent"


def test_camhs_treating_a_condition_stays_present() -> None:
    text = (
        "Serious Case Review: Child D\n\nChild D: male. DOB 04/06/2006. Died 10/12/2023.\n\n"
        "Child D was treated by CAMHS for depression and self-harm during 2022.\n"
    )
    assert child_codes(text)[0].get("child_mental_health") == "present"


# --- "just under" in a template's age field or a key-facts bullet


@pytest.mark.parametrize(
    ("field", "months"),
    [
        ("| Age at injury      | Just under seven months |", 6),
        ("Age at time of death: almost 4 months", 3),
        ("- Girl, just under 9 at incident. Year 4 at St Anne's.", 107),
        ("Key facts: nearly 3 years at the time of death; lived with mother and her partner.", 35),
    ],
)
def test_just_under_in_an_age_field(field: str, months: int) -> None:
    text = "Rapid Review: Child W\n\n" + field + "\n\nChild W was known to the HV and the GP.\n"
    assert _age(text) == months


def test_just_under_said_of_a_sibling_is_not_the_field() -> None:
    text = (
        "Rapid Review: Child W\n\nChild W was 6 years old when she was admitted to hospital in 2023.\n\n"
        "Her brother, just under 12 at the time, was at school.\n"
    )
    assert _age(text) == 72


# --- a list's entry per child: name, a dash or colon, then sex and age


@pytest.mark.parametrize(
    "entries",
    [
        "- Child P - boy, 7\n- Child Q - 20 months\n",
        "1. Child P: male, aged 7\n2. Child Q: 20 months old\n",
        "* Child P – boy, 7 years\n* Child Q – girl, 20 months\n",
    ],
)
def test_list_entries_give_each_childs_age(entries: str) -> None:
    text = (
        "Rapid Review\n\nThe children notified:\n\n" + entries + "\nChild P and Child Q were found alone "
        "in the flat in 2024 by police.\n"
    )
    ages = _ages(text)
    assert ages["Child P"] == 84
    assert ages["Child Q"] == 20


def test_a_list_entry_with_a_time_after_it_is_no_age() -> None:
    text = (
        "Rapid Review: Child P\n\nTimeline:\n- Child P - 6 weeks later the HV visited again.\n\n"
        "Child P was 3 years old when he was admitted to hospital in 2024.\n"
    )
    assert _age(text) == 36
