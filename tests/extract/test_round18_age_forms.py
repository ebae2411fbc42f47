"""Round 18 (lead, from probes-v1): ordinary ways of giving a child's age that were missed: compound
number words ("twenty-two months old"), "N years of age", "on day 23 of life", "in her first year (of
life)" and "under the age of one" (a baby, the month not known). Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes


def _ages(text: str) -> list[tuple[str, object, str]]:
    return [(c["alias"], c["age_months"], c["age_band"]) for c in child_codes(text)]


@pytest.mark.parametrize(
    ("sentence", "months", "band"),
    [
        ("Child R, who was twenty-three months old, was found with a skull fracture in 2022.", 23, "1_5"),
        ("Child R was twenty one weeks old when she was shaken in 2022.", 4, "under_1"),
        ("Child R died in 2022, just over 4 years of age, after months of beatings.", 48, "1_5"),
        ("Child R was 7 years of age when the abuse came to light in 2022.", 84, "6_10"),
        ("Child R was found unresponsive on day 12 of life in 2022 and could not be revived.", 0, "under_1"),
    ],
)
def test_age_forms(sentence: str, months: int, band: str) -> None:
    assert _ages(f"LCSPR: Child R\n{sentence}\n") == [("Child R", months, band)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Child R died suddenly in his first year of life, in the winter of 2021.",
        "Child R died in her first year after being put to sleep on a sofa in 2021.",
    ],
)
def test_the_first_year_is_a_baby_of_unknown_month(sentence: str) -> None:
    assert _ages(f"Rapid Review: Child R\n{sentence}\n") == [("Child R", "not_known", "under_1")]


def test_a_first_year_at_school_is_not_an_age() -> None:
    text = "LCSPR: Child K\nChild K, in her first year at secondary school, took her own life in 2021.\n"
    assert _ages(text) == [("Child K", "not_known", "not_known")]


def test_the_day_before_a_first_birthday_stays_eleven_months() -> None:
    text = "Rapid Review: Child K\nChild K was injured on the day before her first birthday, in 2022.\n"
    assert _ages(text) == [("Child K", 11, "under_1")]
