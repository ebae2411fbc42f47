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
