"""Round 18 (lead, from probes-v1 and heldout-v14): children known only by their place among the siblings
("the youngest child", "the middle child", "the older child") are the subjects when nothing but a family label
names anyone; a form's short month ("20 mths") is an age. Made-up reports."""

from __future__ import annotations

from tests.extract.coding import child_codes


def test_children_named_by_their_place_among_the_siblings() -> None:
    text = (
        "Rapid Review: Family R\nNorthfold Safeguarding Children Partnership\n"
        "In 2024 the father of the three R children attacked them at home. The youngest child (aged 4) and the "
        "middle child (aged 7) died of their injuries; the eldest child (aged 11) survived with serious injuries.\n"
    )
    got = [(c["alias"], c["age_months"], c["outcome"]) for c in child_codes(text)]
    assert got == [
        ("the youngest child", 48, "death"),
        ("the middle child", 84, "death"),
        ("the eldest child", 132, "serious_harm"),
    ]


def test_a_form_with_the_younger_and_the_older_child() -> None:
    text = (
        "RAPID REVIEW - FAMILY K\n\nChildren | The younger child: 18 mths, boy The older child: 5 yrs, girl\n\n"
        "Incident | The younger child was brought to ED with a skull fracture in 2025. The older child was not "
        "injured.\n"
    )
    got = [(c["alias"], c["age_months"]) for c in child_codes(text)]
    assert got == [("the younger child", 18), ("the older child", 60)]


def test_a_family_described_in_its_title_keeps_its_alias() -> None:
    text = (
        "Rapid Review: Family P (the youngest child)\n\nThe youngest child died in 2023 aged two. The youngest "
        "child had an older brother. The older child was at school.\n"
    )
    assert [c["alias"] for c in child_codes(text)] == ["Family P (the youngest child)"]


def test_a_named_child_is_not_replaced_by_roles() -> None:
    text = (
        "LCSPR: Child M\n\nChild M, the youngest child of four, died in 2022 aged three. The eldest child was at "
        "school. Child M had been seen by the HV.\n"
    )
    assert [c["alias"] for c in child_codes(text)] == ["Child M"]
