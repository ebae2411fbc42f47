"""Sex from template key-facts lines and from sentences where the child's name follows a date
or a label. Made-up reports."""

from __future__ import annotations

import pytest

from caselearn.extract.pipeline import Pipeline
from caselearn.extract.text import Doc


def sexes(text: str) -> list[str]:
    data = Pipeline().run(Doc.from_text(text), "t.txt").to_dict()
    return [c["sex"]["value"] for c in data["children"]]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("RAPID REVIEW: CHILD T\n\nThe child\nChild T\nDOB 02/03/2009, age 15y 1m at the incident. Male.\n", ["male"]),
        ("Rapid review: Baby Q\n\nName: Baby Q\nSex: F\nDate of birth: 1 May 2023\n", ["female"]),
        (
            "LCSPR - CHILD G\n\nSummary\nMarch 2023: Child G, a Year 9 pupil, told the school nurse that a lodger "
            "had assaulted her.",
            ["female"],
        ),
        (
            "Review: Sam and Leo\n\nThis review concerns two brothers' cousins, Sam and Leo. In May 2022 Leo, "
            "then aged seven, was admitted to hospital with burns. He had been left alone.",
            ["not_known", "male"],
        ),
    ],
)
def test_sex_from_key_facts_and_leading_dates(text, expected):
    assert sexes(text) == expected


def test_a_report_that_withholds_sex_keeps_it_hidden_despite_a_parent_key_fact():
    text = (
        "Rapid review: Child Z\n\nTo protect the family, this report does not disclose the sex of the child.\n"
        "Parent: mother, aged 31. Female.\nChild Z was admitted to hospital in 2021."
    )
    assert sexes(text) == ["not_known"]
