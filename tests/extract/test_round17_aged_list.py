"""Round 17 (lead, from probes-v1): an opening that lists the children each with an age in brackets
names the subjects, even when a short summary names each child once ("Kai (7), his sister Mia (4)
and their baby brother Noah (19 months) died in a fire"). Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Northbridge Safeguarding Children Partnership\nLocal Child Safeguarding Practice Review: the K children\n"
            "In May 2021 Kai (7), his sister Mia (4) and their baby brother Noah (19 months) died in a house fire "
            "after being left alone overnight.\n",
            [("Kai", 84), ("Mia", 48), ("Noah", 19)],
        ),
        (
            "National case review summaries - entry 3\nAshford Vale Safeguarding Partnership (LCSPR, 2022)\n"
            "Ruby (9), Leo (5) and Isla (22 months) were found in a cold flat with no food; all three were "
            "severely underweight.\n",
            [("Ruby", 108), ("Leo", 60), ("Isla", 22)],
        ),
        (
            "Rapid Review: Family H - summary\n"
            "H1 (girl, 12) and H2 (boy, 7) told school staff in 2023 that their stepfather hit them with a belt.\n",
            [("H1", 144), ("H2", 84)],
        ),
    ],
)
def test_children_listed_with_ages(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(c["alias"], c["age_months"]) for c in child_codes(text)] == expected


def test_parents_listed_with_ages_are_not_children() -> None:
    text = (
        "LCSPR: Baby J\n\nBaby J, aged 11 weeks, was admitted to PICU with a skull fracture in 2022. "
        "Mother (19) and Father (23) said Baby J had rolled off the sofa. Baby J survived.\n"
    )
    assert [c["alias"] for c in child_codes(text)] == ["Baby J"]


def test_a_list_of_siblings_does_not_replace_the_subject_found() -> None:
    text = (
        "Rapid Review: Child A\n\nChild A, a 3-year-old boy, was taken to ED with burns in 2023. "
        "His siblings Tom (12) and Ella (9) were at school. Child A lived with his mother.\n"
    )
    assert [c["alias"] for c in child_codes(text)] == ["Child A"]
