"""Round 18 (lead, from probes-v1): ordinary ways of giving a child's sex that were missed. A plural
relation before a list of names ("her brothers T2 and T3", "Brothers R1 and R2"); a possessive after a
name with its age in brackets ("Zayd (9) and his sister"); a family possessive after a dated opening
("In 2022 his father was convicted"); the sex letter after a short age ("Victim: 15yo F"); pronouns that go
on from "The 20-month-old was ..." when the child is named only in the title. Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes


def _sexes(text: str) -> list[tuple[str, str]]:
    return [(c["alias"], c["sex"]) for c in child_codes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rapid Review: Children T1, T2 and T3\nIn 2022 police found three children alone in a flat with no food. "
            "T1, a girl, was nine; her brothers T2 and T3 were six and four. All three were admitted to hospital "
            "malnourished.\n",
            [("T1", "female"), ("T2", "male"), ("T3", "male")],
        ),
        (
            "Rapid Review: Brothers K1 and K2\nK1 (15) and K2 (13) were criminally exploited in 2024, carrying drugs "
            "between towns; K1 was stabbed by older dealers.\n",
            [("K1", "male"), ("K2", "male")],
        ),
        (
            "LCSPR: the deaths of Zayd and Hana\nIn 2021 Zayd (9) and his younger sister Hana (5) were killed by their "
            "father during a contact visit.\n",
            [("Zayd", "male"), ("Hana", "female")],
        ),
    ],
)
def test_relations_and_possessives_give_each_childs_sex(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sexes(text) == expected


def test_a_plural_relation_of_the_sisters_is_female() -> None:
    text = (
        "LCSPR: Children P1 and P2\nThe review concerns two children harmed by neglect in 2023. Their mother "
        "had left them alone for days. His sisters P1 and P2 were found by a neighbour.\n"
    )
    assert _sexes(text) == [("P1", "female"), ("P2", "female")]


def test_a_family_possessive_after_a_dated_opening() -> None:
    text = (
        "LCSPR: Baby M\nThis review concerns the death of Baby M, aged seven weeks, from a head injury in 2021. "
        "In 2022 her father was convicted of manslaughter.\n"
    )
    assert _sexes(text) == [("Baby M", "female")]


def test_a_dated_opening_does_not_take_another_persons_possessive() -> None:
    text = (
        "LCSPR: Baby M\nThis review concerns the death of Baby M, aged seven weeks, in 2021. When the mother "
        "was a teenager in 2009, her father was imprisoned.\n"
    )
    assert _sexes(text) == [("Baby M", "not_known")]


@pytest.mark.parametrize(("field", "sex"), [("15yo F", "female"), ("16 y/o M", "male"), ("14 yrs Male", "male")])
def test_the_sex_letter_after_a_short_age(field: str, sex: str) -> None:
    text = (
        f"Police summary for rapid review\nVictim: {field}, referred to as Child S. Incident 03/2024.\n"
        "Child S was seriously assaulted by an adult not known to the family.\n"
    )
    assert _sexes(text) == [("Child S", sex)]


def test_pronouns_after_the_child_named_by_age_noun() -> None:
    text = (
        "Rapid Review - Child D\nThe 20-month-old was taken to hospital in 2024 with burns to both hands; "
        "the burns were inflicted. She had been subject to a CP plan since she was a baby.\n"
    )
    assert _sexes(text) == [("Child D", "female")]


def test_a_child_in_need_assessment_is_not_the_child() -> None:
    text = (
        "Rapid Review - Child D\nChild D died in 2024 aged two. Mr P, the mother's partner, was not assessed. "
        "The child in need assessment recorded him as no concern.\n"
    )
    assert _sexes(text) == [("Child D", "not_known")]
