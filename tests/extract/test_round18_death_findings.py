"""Round 18 (lead, from heldout-v16): a parent named by the reviewer's own label ("his mother, whom I refer to
as Ms G") is family when "Ms G was charged with murder"; natural causes "to which neglect contributed" are
no finding that the death was unrelated to maltreatment, and a "failure to provide basic medical attention"
is extreme neglect; a brain injury at birth is a disability's cause, not abuse. Made-up reports."""

from __future__ import annotations

from tests.extract.coding import child_codes


def _death(text: str) -> str:
    (child,) = child_codes(text)
    return child["death_category"]


def test_a_parent_under_the_reviewers_label_is_family() -> None:
    text = (
        "SERIOUS CASE REVIEW: CHILD R\n\n1.1 In 2016 Child R, aged eleven, died at home. His father, whom we refer "
        "to in this report as Mr T, had a long history of psychosis. Child R had been stabbed.\n"
        "1.2 Mr T was charged with murder and later admitted manslaughter.\n"
    )
    assert _death(text) == "overt_filicide"


def test_natural_causes_that_neglect_contributed_to() -> None:
    text = (
        "LCSPR: Child S\n\nChild S, who was twelve and had severe cerebral palsy after a brain injury at birth, died "
        "in hospital in 2022 from a chest infection. She weighed far less than at her last review and had pressure "
        "sores. The coroner found that she died of natural causes to which neglect contributed, and that there had "
        "been a gross failure to provide basic medical attention.\n"
    )
    assert _death(text) == "extreme_neglect"


def test_natural_causes_alone_are_not_maltreatment() -> None:
    text = (
        "LCSPR: Child S\n\nChild S, who was twelve and had severe cerebral palsy after a brain injury at birth, died "
        "in hospital in 2022 from a chest infection. The coroner found that she died of natural causes and that her "
        "care had been good.\n"
    )
    assert _death(text) == "not_maltreatment_related"


def test_a_parents_childhood_dated_by_an_age_the_child_never_reached() -> None:
    text = (
        "Serious Case Review: Child K\n\n1.1 In 2012 police found Child K, aged three years and two months, alone "
        "in a cold house with no food. She was severely underweight and had untreated dental decay.\n\n"
        "3.3 Ms P (the mother) was 25 in 2012. She told the author that her own childhood was hard. From the age "
        "of eleven she was sexually abused by a lodger; the man was later convicted.\n"
    )
    (child,) = child_codes(text)
    assert child["harm_category"] == "neglect"


def test_the_childs_own_age_can_date_the_abuse() -> None:
    text = (
        "LCSPR: Child K\n\nChild K was fourteen in 2021. From the age of twelve she was sexually abused by a family "
        "friend; she disclosed it to a teacher in 2021.\n"
    )
    (child,) = child_codes(text)
    assert child["harm_category"] == "sexual_abuse_extrafamilial"


def test_a_courts_words_of_deliberate_cruelty() -> None:
    text = (
        "Serious Case Review: Child W\n\nChild W died in 2018, aged five. The judge described months of beatings, "
        "hunger and being shut in a bedroom by her father and his partner as sustained and deliberate cruelty.\n"
    )
    assert _death(text) == "severe_persistent_cruelty"


def test_the_partnerships_classification_in_plain_words() -> None:
    text = (
        "LCSPR - Child V\n\nChild V (16, male) died in 2023 after being stabbed in a fight with other young people. "
        "The partnership classified the death as a fatal assault outside the family.\n"
    )
    assert _death(text) == "extrafamilial_fatal_assault"
