"""Round 17 (age): a template's "Date of presentation" or "Date of hospital admission" field is the
event's date for a date-of-birth field; "just under two and a half" is a month short of thirty months.
Made-up reports."""

from __future__ import annotations

from pathlib import Path

import pytest

from caselearn.extract.pipeline import extract_file


def _age(tmp_path: Path, text: str) -> object:
    report = tmp_path / "review.txt"
    report.write_text(text, encoding="utf-8")
    return extract_file(report).to_dict()["children"][0]["age_months"]["value"]


BODY = (
    "\n\n1. Circumstances\n\nBaby M's father took her to ED because she was not moving her leg. X-ray showed "
    "a fracture of the femur. The HV had last seen Baby M at home.\n\n2. Learning\n\nBaby M was not seen "
    "by CSC before.\n"
)


@pytest.mark.parametrize(
    ("fields", "months"),
    [
        ("Child | Baby M\n\nDate of birth | 10/01/2024\n\nDate of presentation | 25/06/2024", 5),
        ("Child: Baby M\nDOB: 02.02.2023\nDate of hospital admission: 20.09.2023", 7),
        ("Baby M\n\nD.O.B. - 1 March 2024\n\nDate of serious incident - 15 May 2024", 2),
    ],
)
def test_a_presentation_or_admission_field(tmp_path: Path, fields: str, months: int) -> None:
    assert _age(tmp_path, "Rapid Review: Baby M\n\n" + fields + BODY) == months


def test_a_report_presented_to_the_board_is_not_the_event(tmp_path: Path) -> None:
    text = "Rapid Review: Baby M\n\nDate of birth | 10/01/2024\n\nDate of presentation to the Board | 25/06/2025" + BODY
    assert _age(tmp_path, text) != 17


@pytest.mark.parametrize(
    ("phrase", "months"),
    [
        ("aged just under two and a half", 29),
        ("almost three and a half years old", 41),
        ("aged two and a half", 30),
    ],
)
def test_a_half_year_with_under_words(tmp_path: Path, phrase: str, months: int) -> None:
    text = (
        f"Serious Case Review: Child P\n\n1. Summary\n\nChild P died in 2021, {phrase}. Child P lived with his "
        "mother and her partner.\n\n2. Learning\n\nNo one asked about Child P's home.\n"
    )
    assert _age(tmp_path, text) == months


@pytest.mark.parametrize(
    "phrase",
    [
        "Child P was less than six months old at the time of the injuries",
        "Child P, a baby under 12 weeks, was brought to ED by ambulance",
        "The infant (younger than 4 months) was taken to hospital; Child P",
    ],
)
def test_an_upper_bound_is_a_baby_of_no_stated_age(tmp_path: Path, phrase: str) -> None:
    text = (
        f"Rapid Review: Child P\n\n1. Summary\n\n{phrase}. Child P lived with the mother and her partner.\n\n"
        "2. Learning\n\nNo one asked about Child P's home.\n"
    )
    report = tmp_path / "review.txt"
    report.write_text(text, encoding="utf-8")
    child = extract_file(report).to_dict()["children"][0]
    assert child["age_months"]["value"] == "not_known"
    assert child["age_band"]["value"] == "under_1"


def test_an_age_stated_plainly_beside_a_bound_of_something_else(tmp_path: Path) -> None:
    text = (
        "Rapid Review: Child P\n\n1. Summary\n\nChild P was four months old when she was admitted. The HV "
        "visit had been less than two weeks before. Child P lived with her mother.\n\n2. Learning\n\n"
        "No one asked about Child P's home.\n"
    )
    assert _age(tmp_path, text) == 4
