"""Round 17 (outcome, second pass): a death or an attack told as a noun phrase ("the murder of a 6-year-old boy by
his father", "the suicide of a 15-year-old girl", "a serious assault by his stepfather", "the fatal stabbing of a
teenager by other young people") reads as the clause it stands for: the child is the victim, the "by" phrase the
perpetrator. Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes


def _child(text: str) -> dict[str, str]:
    return child_codes(text)[0]


# -- the death told as an event noun -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "opening",
    [
        "This Child Safeguarding Practice Review concerns the murder of a 6-year-old boy, Child M, by his father in "
        "the spring of 2021.",
        "Subject: Child M (aged 6). Event: murder of a 6-year-old boy by his father at the family home.",
        "The LSCP commissioned this SCR following the killing of Child M, a six-year-old boy, by his own father.",
    ],
)
def test_the_murder_of_a_boy_by_his_father_is_his_death_by_a_parent(opening: str) -> None:
    text = f"Serious Case Review: Child M\n\n{opening} The family had been known to CSC for several years.\n"
    child = _child(text)
    assert child["outcome"] == "death"
    assert child["death_category"] in ("overt_filicide", "fatal_physical_abuse")


@pytest.mark.parametrize(
    "opening",
    [
        "This review concerns the suicide of a 15-year-old girl, Child J, in the autumn of 2022.",
        "Notified incident: suicide of Child J (15) at her home address.",
        "The Partnership has reviewed the circumstances surrounding the suicide of Child J, a girl of 15.",
    ],
)
def test_the_suicide_of_a_girl_is_her_death(opening: str) -> None:
    text = f"Child Safeguarding Practice Review\n\n{opening} Child J had been known to CAMHS since the age of 13.\n"
    child = _child(text)
    assert child["outcome"] == "death"
    assert child["death_category"] == "suicide"


@pytest.mark.parametrize(
    "opening",
    [
        "Child CD's tragic death at the age of 13 months led the partnership to commission this review.",
        "Following Child CD's sudden death, aged 13 months, a rapid review was held.",
        "Baby CD (13 months). The review looks at agency contact in the year before Child CD's death.",
    ],
)
def test_the_childs_own_death_in_the_possessive(opening: str) -> None:
    text = f"Local Child Safeguarding Practice Review\n\n{opening} Child CD lived with his mother and her partner.\n"
    assert _child(text)["outcome"] == "death"


@pytest.mark.parametrize(
    "opening",
    [
        "Fatal stabbing of a 16-year-old boy, Child T, in the street by other young people.",
        "This review concerns the fatal stabbing of Child T, aged 16, by a group of youths near his school.",
        "Police summary: Child T (16) - murder of Child T by two teenagers in a park; both have since been convicted.",
    ],
)
def test_a_killing_by_other_young_people_is_outside_the_family(opening: str) -> None:
    text = f"Case summary: Child T\n\n{opening} Child T had been excluded from school in Year 10.\n"
    child = _child(text)
    assert child["outcome"] == "death"
    assert child["death_category"] == "extrafamilial_homicide"


# -- an attack told as a noun --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Child G was admitted to hospital after a serious assault by his stepfather.",
        "Incident: assault by his stepfather at home; Child G admitted to PICU.",
        "Child G needed emergency surgery following a sustained attack by his mother's partner.",
    ],
)
def test_an_assault_by_a_carer_is_physical_abuse(said: str) -> None:
    text = f"Rapid Review\n\nChild G is 9 years old. {said} He now lives with his grandparents.\n"
    child = _child(text)
    assert child["outcome"] == "serious_harm"
    assert child["harm_category"] == "physical_abuse"


# -- near misses: someone else's death -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Her mother's sudden death in 2019 left Child K in the care of her grandmother.",
        "Child K began to self-harm after the death of her own mother.",
        "Child K's older brother was later convicted of the murder of a 17-year-old boy in another town.",
    ],
)
def test_another_persons_death_is_not_the_childs(said: str) -> None:
    text = (
        "Child Safeguarding Practice Review\n\n"
        f"Child K is 14. {said} In 2022 Child K was admitted to hospital with serious injuries after she was "
        "assaulted by a man she had met online.\n"
    )
    assert _child(text)["outcome"] == "serious_harm"
