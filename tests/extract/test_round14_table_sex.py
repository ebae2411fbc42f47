"""Sex from a per-child table in a text report: the reader runs a markdown table's lines into one
paragraph, so a "| Sex | Girl | Boy |" row must not read as a list row ("K2 - girl, 3 yrs") of the
nearest name. Each column gives its own child's sex; list rows keep working."""

from __future__ import annotations

import pytest

from caselearn.extract.pipeline import Pipeline, extract_file

_TABLE = """Marlow Vale Safeguarding Children Partnership

Local Child Safeguarding Practice Review
{first} and {second}

Reviewer: an independent reviewer
Date of publication: 3 May 2024

1. Why this review was carried out

1.1 In March 2023 {first} and {second} were killed by their father during a contact visit.

2. The children

| | {first} | {second} |
|---|---|---|
| Age at death | 10 | 6 |
| Sex | {sex1} | {sex2} |
| School | Year 6, Brook Lane Primary | Year 2, Brook Lane Primary |
| Health | Well | Eczema |

2.1 {first} and {second} lived with their mother after their parents separated.
"""


def _sexes(tmp_path, text: str) -> list[tuple[str, str]]:
    path = tmp_path / "review.txt"
    path.write_text(text, encoding="utf-8")
    children = extract_file(path, Pipeline()).to_dict()["children"]
    return [(c["alias"]["value"], c["sex"]["value"]) for c in children]


@pytest.mark.parametrize(
    ("first", "second", "sex1", "sex2", "want1", "want2"),
    [
        ("Ruby", "Finley", "Girl", "Boy", "female", "male"),
        ("Oliver", "Maisie", "Boy", "Girl", "male", "female"),
        ("Freya", "Isla", "Female", "Female", "female", "female"),
        ("Evie", "Noah", "Girl", "Boy", "female", "male"),
    ],
)
def test_each_column_gives_its_own_child_sex(tmp_path, first, second, sex1, sex2, want1, want2):
    text = _TABLE.format(first=first, second=second, sex1=sex1, sex2=sex2)
    assert _sexes(tmp_path, text) == [(first, want1), (second, want2)]


def test_a_list_row_still_gives_the_sex(tmp_path):
    text = (
        "Rapid review: Family J\n\nSubjects:\n\nJ1 - boy, 8 yrs\nJ2 - girl, 2 yrs\n\n"
        "J1 and J2 were found alone in the flat by police on 4 May 2024.\n"
    )
    assert [sex for _, sex in _sexes(tmp_path, text)] == ["male", "female"]
