"""Round 17 (outcome, second pass): the review's finding about a death told with a copula ("her death was natural",
"was not related to maltreatment"), with "it" as the thing classified ("the Panel recorded it as a death that was not
maltreatment-related"), or left open ("whether his death was maltreatment-related is not yet known"). Made-up
reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes


def _child(text: str) -> dict[str, str]:
    return child_codes(text)[0]


_INJURIES = (
    "Mia died in 2020 when she was two. She was found collapsed at home and could not be revived; doctors noted "
    "bruises to her legs and back, and her mother's partner was arrested. "
)


@pytest.mark.parametrize(
    "finding",
    [
        "The post-mortem found an undiagnosed heart condition. Mia's death was natural and was not related to "
        "maltreatment.",
        "Cause of death: myocarditis. The pathologist concluded that the death was not caused by abuse or neglect.",
        "Following the inquest, her death has been found to be unrelated to maltreatment; the bruising was due to a "
        "clotting disorder.",
    ],
)
def test_a_death_found_natural_is_not_maltreatment_related(finding: str) -> None:
    child = _child(f"Serious Case Review: Mia\n\n{_INJURIES}{finding}\n")
    assert child["outcome"] == "death"
    assert child["death_category"] == "not_maltreatment_related"


@pytest.mark.parametrize(
    "finding",
    [
        "The Panel has recorded it as a death that was not maltreatment-related.",
        "The CSPR Panel categorised it as not maltreatment-related.",
        "The LSCP classified it as a death which was not related to maltreatment.",
    ],
)
def test_it_as_the_thing_classified(finding: str) -> None:
    text = (
        "Local Child Safeguarding Practice Review\n\n"
        "Ellie, aged 15, died in hospital after collapsing at a party where she had taken MDMA. "
        f"{finding} Ellie had been missing from home several times that year.\n"
    )
    child = _child(text)
    assert child["outcome"] == "death"
    assert child["death_category"] == "not_maltreatment_related"


@pytest.mark.parametrize(
    "finding",
    [
        "Whether Child A's death was maltreatment-related is unclear at this stage; the police inquiry continues.",
        "It is not yet known whether the death was caused by neglect, and the CDOP review is pending.",
        "At the time of the rapid review it remains uncertain whether her death was accidental.",
    ],
)
def test_an_open_question_about_the_cause_is_unclear(finding: str) -> None:
    text = (
        "Rapid Review - Child A\n\n"
        "Child A, aged 10 months, was found face down in the bath when her mother returned from another room, and "
        f"she died the next day. {finding}\n"
    )
    child = _child(text)
    assert child["outcome"] == "death"
    assert child["death_category"] == "unclear"


# -- near misses ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        # a denial that covers only the family: someone outside it killed him
        "His death was not caused by abuse or neglect by his parents; he was stabbed by a group of youths.",
        # a relative's death
        "His grandmother's death was natural. He was later stabbed by a group of youths and died.",
        # a first view, later set aside
        "At first his death was thought to be natural, but he had been fatally stabbed by a group of youths.",
    ],
)
def test_a_finding_that_is_not_about_the_childs_death(said: str) -> None:
    text = f"Serious Case Review\n\nJay, aged 16, died in 2021. {said} Jay had been excluded from school.\n"
    child = _child(text)
    assert child["outcome"] == "death"
    assert child["death_category"] == "extrafamilial_homicide"


@pytest.mark.parametrize(
    "finding",
    [
        "Her death was not related to maltreatment.",
        "The death has been found to be unrelated to abuse or neglect.",
        "Finding: the death was not caused by abuse or neglect.",
    ],
)
def test_a_suicide_found_unrelated_to_maltreatment_stays_a_suicide(finding: str) -> None:
    text = (
        "LCSPR: Young Person R\n\nYoung Person R, 16, was found hanged at her home in 2023. The coroner concluded that "
        f"she had taken her own life. {finding}\n"
    )
    child = _child(text)
    assert child["outcome"] == "death"
    assert child["death_category"] == "suicide"
