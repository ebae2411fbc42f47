"""Round 15: tables and forms laid out with spaces in text reports, read row by row."""

from __future__ import annotations

import pytest

from caselearn.extract.pipeline import Pipeline, extract_file


def _extract(tmp_path, text: str) -> dict:
    path = tmp_path / "review.txt"
    path.write_text(text, encoding="utf-8")
    return extract_file(path, Pipeline()).to_dict()


def _child(result: dict) -> dict:
    return {k: (v["value"] if isinstance(v, dict) else v) for k, v in result["children"][0].items()}


@pytest.mark.parametrize(
    ("field", "want"),
    [
        ("Age at incident:       8/52", 1),
        ("Age at time of death:  14 months", 14),
        ("Age at incident:       3 years 2 months", 38),
    ],
)
def test_age_field_of_a_spaced_form(tmp_path, field, want):
    text = (
        "RAPID REVIEW\n\nChild reference: Baby W\n\nSECTION 1: THE CHILD\n"
        f"Name/alias:            Baby W\n{field}\nSex:                   Female\n\n"
        "SECTION 2: WHAT HAPPENED\nThe ambulance service took Baby W to hospital after her father called 999.\n"
    )
    child = _child(_extract(tmp_path, text))
    assert child["age_months"] == want
    assert child["sex"] == "female"


@pytest.mark.parametrize(
    ("field", "want"),
    [
        ("LAC at time:           No", "absent"),
        ("CLA at the time of the incident - N", "absent"),
        ("Looked after:          No", "absent"),
    ],
)
def test_looked_after_field_answering_no(tmp_path, field, want):
    text = (
        "RAPID REVIEW\n\nChild reference: Baby W\n\nSECTION 1: THE CHILD\n"
        f"Name/alias:            Baby W\nCP plan at time:       Never\n{field}\n\n"
        "SECTION 2: WHAT HAPPENED\nBaby W was taken to hospital by her mother.\n"
    )
    assert _child(_extract(tmp_path, text))["looked_after"] == want


def test_looked_after_field_answering_yes_is_not_absent(tmp_path):
    text = (
        "RAPID REVIEW\n\nChild reference: Baby W\n\nSECTION 1: THE CHILD\n"
        "Name/alias:            Baby W\nLAC at time:           Yes (s20, foster carers)\n\n"
        "SECTION 2: WHAT HAPPENED\nBaby W was taken to hospital by her foster carer.\n"
    )
    assert _child(_extract(tmp_path, text))["looked_after"] != "absent"


@pytest.mark.parametrize(
    "opening",
    [
        "14/09/2023 approx 02:10 the father called 999 after the baby stopped breathing during a feed.",
        "03/01/2022 at about 8pm police were called to the flat by a neighbour who heard screaming.",
    ],
)
def test_a_narrative_opening_on_a_numeric_date_dates_the_incident(tmp_path, opening):
    year = int(opening[6:10])
    text = (
        "RAPID REVIEW\n\nChild reference: Baby W\n\n------------------------------\nSUMMARY OF THE INCIDENT\n"
        f"------------------------------\n{opening} Baby W was admitted to hospital.\n"
    )
    assert _extract(tmp_path, text)["review"]["incident_year"]["value"] == year


def test_children_under_shouted_headings_are_all_subjects(tmp_path):
    body = "\n\n".join(
        f"CHILD {c}\n\nChild {c} lived with {who} in a flat. The school worried about Child {c}'s attendance."
        for c, who in (("D", "her mother"), ("E", "his grandmother"), ("F", "her father"))
    )
    text = (
        "Thematic review: neglect\n\nWhy this review?\n\n"
        + "Three children were notified in one year. " * 8
        + "\n\nThe children\n\n"
        + body
    )
    aliases = [c["alias"]["value"] for c in _extract(tmp_path, text)["children"]]
    assert aliases == ["Child D", "Child E", "Child F"]
