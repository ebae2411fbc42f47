"""Round 18 (lead, from probes-v1): several children told of together. A list of children that is the
subject of one verb shares it ("Jay (8), his sister Ava (5) and their baby brother Leo (14 months) died");
a title "Children T and U" names both even when the body calls one "her brother, Child U"; an age before a
relation that the child's name follows is the child's ("her eight-year-old brother, Child U"); a parent's or
carer's knife attack "at home" is theirs, and the death an overt filicide. Made-up reports."""

from __future__ import annotations

from tests.extract.coding import child_codes


def test_a_list_of_children_shares_its_verb() -> None:
    text = (
        "LCSPR: the M children\nIn 2022 Jay (8), his sister Ava (5) and their baby brother Leo (14 months) died "
        "in a house fire after being left alone overnight.\n"
    )
    assert [(c["alias"], c["outcome"]) for c in child_codes(text)] == [
        ("Jay", "death"),
        ("Ava", "death"),
        ("Leo", "death"),
    ]


def test_a_verb_after_the_last_name_of_a_sentence_is_that_childs() -> None:
    text = (
        "LCSPR: Jay and Ava\nJay (8) was at school when the fire started. His sister Ava (5) died in the fire "
        "at home in 2022; Jay was not hurt.\n"
    )
    outcomes = {c["alias"]: c["outcome"] for c in child_codes(text)}
    assert outcomes["Ava"] == "death"
    assert outcomes["Jay"] != "death"


def test_children_named_in_a_plural_title_and_a_carers_knife_attack() -> None:
    text = (
        "LCSPR - Children T and U\nIn May 2023 Child T, a three-year-old girl, and her eight-year-old brother "
        "Child U were attacked at home by their mother's partner, who lived with them. T died of her injuries; "
        "U survived with serious stab wounds.\n"
    )
    got = [
        (c["alias"], c["age_months"], c["outcome"], c["death_category"], c["harm_category"]) for c in child_codes(text)
    ]
    assert got == [
        ("Child T", 36, "death", "overt_filicide", "not_applicable"),
        ("Child U", 96, "serious_harm", "not_applicable", "physical_abuse"),
    ]


def test_an_age_before_a_relation_then_a_name() -> None:
    text = (
        "LCSPR: Child X and Child Y\nChild X, a girl of twelve, and her nine-year-old brother, Child Y, were "
        "sexually abused by their maternal uncle over 2021.\n"
    )
    assert [(c["alias"], c["age_months"]) for c in child_codes(text)] == [("Child X", 144), ("Child Y", 108)]


def test_a_siblings_age_without_the_childs_name_stays_out() -> None:
    text = (
        "LCSPR: Child X\nChild X, a girl of twelve, and her nine-year-old brother were sexually abused by their "
        "maternal uncle over 2021. Child X disclosed the abuse at school.\n"
    )
    assert [(c["alias"], c["age_months"]) for c in child_codes(text)] == [("Child X", 144)]
