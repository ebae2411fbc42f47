"""Round 18b ethnicity: a per-child table row, census wording with a dash ("White - any other White
background"), two groups joined by a slash, and a bare line in a child's profile block a few lines
after the child's name. All text here is invented for the tests."""

from __future__ import annotations

import pytest

from caselearn.extract.pipeline import Pipeline
from caselearn.extract.text import Doc

_PIPELINE = Pipeline()


def ethnicities(text: str) -> dict[str, str]:
    out = {}
    for c in _PIPELINE.run(Doc.from_text(text)).to_dict()["children"]:
        out[c["alias"]["value"]] = c["ethnicity"]["value"]
    return out


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Ethnicity:            White - any other White background (Lithuanian)", "white"),
        ("Ethnic group: Any other White background", "white"),
        ("Ethnicity: White - British", "white"),
        ("Ethnicity: Black/White Caribbean heritage", "mixed"),
        ("Ethnicity: Asian / White", "mixed"),
    ],
)
def test_key_facts_line(line: str, want: str) -> None:
    text = (
        "Rapid review: Child K\n\nChild:        Child K\nSex:          Female\n"
        f"{line}\nDate of incident: 02/03/2023\n\n1. Circumstances\n\nChild K, aged six, was admitted to hospital.\n"
    )
    assert ethnicities(text).get("Child K") == want


def test_per_child_table_one_cell_per_line() -> None:
    text = (
        "Review of Child P and Child Q\n\nThe notification concerned both children.\n\n2. The children\n\n"
        "Child P\n\nChild Q\n\nAge\n\n3 years\n\n7 years\n\nSex\n\nMale\n\nFemale\n\n"
        "Ethnicity\n\nWhite British\n\nMixed - White and Black African\n\nSchool\n\nNursery\n\nYear 2\n\n"
        "3. What happened\n\nChild P and Child Q lived with their mother.\n"
    )
    got = ethnicities(text)
    assert got.get("Child P") == "white"
    assert got.get("Child Q") == "mixed"


def test_profile_block_bare_line_follows_the_name_heading() -> None:
    text = (
        "Thematic review\n\n3. The children\n\nChild D2\n  Boy, aged 20 months at the incident. White Irish.\n"
        "  Lived with his mother.\n\nChild E2\n  Girl, aged 4 months at the incident. Black/White heritage.\n"
        "  Lived with her father.\n\n4. Themes\n\nChild D2 and Child E2 were both known to health visiting.\n"
    )
    got = ethnicities(text)
    assert got.get("Child D2") == "white"
    assert got.get("Child E2") == "mixed"


@pytest.mark.parametrize(
    "line",
    [
        "Ethnicity: Black/Black British - African",  # one group in the census label, not mixed
        "Ethnicity: Asian/Asian British - Pakistani",
    ],
)
def test_census_slash_labels_are_not_mixed(line: str) -> None:
    text = f"Rapid review: Child K\n\nChild:        Child K\n{line}\n\n1. Circumstances\n\nChild K was seen at ED.\n"
    assert ethnicities(text).get("Child K") != "mixed"


def test_parent_line_in_profile_block_is_not_the_child() -> None:
    text = (
        "Thematic review\n\n3. The children\n\nChild D2\n  Boy, aged 20 months.\n"
        "  His father is White Irish; his mother is of Nigerian heritage and his grandmother lives nearby.\n"
        "\n4. Themes\n\nChild D2 was known to health visiting.\n"
    )
    assert ethnicities(text).get("Child D2") in ("mixed", "not_known")
