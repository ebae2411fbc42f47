"""Markdown-style tables in text reports. The reader keeps each row on its own line, cells joined
by " | " without the empty ones (as DOCX tables are read) and the rule rows dropped; the coder reads
per-child columns under a header whose corner cell is empty, key-facts rows ("Ethnicity | ..."),
the parent a family-table row is about, agency rows that answer no, and numbered
recommendation rows as advice."""

from __future__ import annotations

import pytest

from caselearn.documents import parse_bytes
from caselearn.extract.context import denied_in_row
from caselearn.extract.pipeline import Pipeline, extract_file


def _read(text: str) -> str:
    return parse_bytes(text.encode("utf-8"), "r.txt").text


def _extract(tmp_path, text: str) -> dict:
    path = tmp_path / "review.txt"
    path.write_text(text, encoding="utf-8")
    return extract_file(path, Pipeline()).to_dict()


def test_each_row_of_a_text_table_is_its_own_line():
    text = (
        "Family details\n\n| | Ava | Leo |\n|---|:---:|---|\n| Age | 7 | 3 |\n| School | Year 2 | Nursery |\n\nAfter."
    )
    lines = _read(text).split("\n\n")
    assert "Ava | Leo" in lines
    assert "Age | 7 | 3" in lines
    assert "School | Year 2 | Nursery" in lines
    assert not any("---" in line for line in lines)


def test_prose_with_a_bar_is_not_a_table():
    text = "The chronology | as agencies gave it | was long and\nran over two lines.\n"
    assert _read(text).strip() == "The chronology | as agencies gave it | was long and ran over two lines."


@pytest.mark.parametrize(
    ("names", "ages", "want"),
    [
        (("Ava", "Leo"), ("7", "3"), [84, 36]),
        (("Harriet", "Sam"), ("11 years", "18 months"), [132, 18]),
        (("Mia", "Jack"), ("14", "9"), [168, 108]),
    ],
)
def test_per_child_columns_under_an_empty_corner_cell(tmp_path, names, ages, want):
    first, second = names
    text = (
        "Westmere Safeguarding Children Partnership\n\nLocal Child Safeguarding Practice Review\n"
        f"{first} and {second}\n\n"
        f"1. Introduction\n\n1.1 In May 2023 {first} and {second} were found neglected at home.\n\n"
        f"2. The children\n\n| | {first} | {second} |\n|---|---|---|\n| Age at incident | {ages[0]} | {ages[1]} |\n"
        f"| Sex | Female | Male |\n\n2.1 Both children lived with their mother.\n"
    )
    children = _extract(tmp_path, text)["children"]
    assert [c["age_months"]["value"] for c in children] == want


@pytest.mark.parametrize("value", ["Mixed - White and Black African", "Mixed heritage (White and Asian)"])
def test_an_ethnicity_row_of_a_key_facts_table(tmp_path, value):
    text = (
        "Child Safeguarding Practice Review: Young Person K\n\n| Key facts | |\n|---|---|\n| Age | 15 |\n"
        f"| Ethnicity | {value} |\n| Outcome | Serious harm |\n\n"
        "1. Young Person K was stabbed in March 2024. He lived with his mother.\n"
    )
    assert _extract(tmp_path, text)["children"][0]["ethnicity"]["value"] == "mixed"


def test_a_denial_in_one_parents_row_covers_that_parent_only(tmp_path):
    text = (
        "Rapid Review: Baby T\n\nBaby T, aged 8 weeks, was admitted with a fractured femur in June 2024.\n\n"
        "| Family member | Relationship | Known to agencies |\n|---|---|---|\n"
        "| Ms R (24) | Mother | Perinatal anxiety in 2023. No evidence of drug or alcohol misuse. |\n"
        "| Mr T (29) | Father; lives with Ms R | Not known to services. |\n"
    )
    case = _extract(tmp_path, text)["case"]
    assert case["parental_alcohol_misuse"]["value"] == "not_known"
    assert case["parental_drug_misuse"]["value"] == "not_known"


@pytest.mark.parametrize(
    ("row", "label", "denied"),
    [
        ("Health visiting | No | No | -", "Health visiting", True),
        ("Police | None", "Police", True),
        ("Housing | Not known to the family", "Housing", True),
        ("Police | No | No | Non-molestation order (2019)", "Police", False),  # one column says yes
        ("Health visiting | Yes | Universal contacts", "Health visiting", False),
        ("Mr T has previous convictions for assault occasioning ABH in 2017 | No", "convictions", False),
    ],
)
def test_an_agency_row_that_answers_no(row, label, denied):
    start = row.find(label)
    assert denied_in_row(row, start, start + len(label)) is denied


def test_numbered_recommendation_rows_are_not_contact(tmp_path):
    text = (
        "Action plan update: LCSPR Child N\n\nChild N, aged 2, swallowed his father's methadone in 2023. "
        "He lived with both parents.\n\n"
        "| No. | Recommendation | Lead |\n|---|---|---|\n"
        "| 1 | Health visitors to ask about safe storage at every contact | 0-19 lead |\n"
        "| 2 | GP practices to flag patients prescribed opioid substitutes who have children | ICB |\n"
    )
    agencies = _extract(tmp_path, text)["case"]["agencies_involved"]["value"]
    assert "health_visiting" not in agencies
    assert "gp" not in agencies
