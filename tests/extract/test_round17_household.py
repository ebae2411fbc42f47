"""Round 17 (family): the household reader for parental_separation. Where the child's father lives,
whatever stands between his name and it; parents who were never a couple; a mother's partner said
not to be the father; a parent's entry "married to Mum"; and a parent and child kept apart at a
hospital, which is no separation of the parents. Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import case_codes

_OPENING = (
    "Local Child Safeguarding Practice Review\n\n"
    "This review concerns Mason, a boy aged six, who was admitted to hospital in 2023 with injuries. "
)


def _separation(body: str) -> str | None:
    return case_codes(_OPENING + body + "\n").get("parental_separation")


@pytest.mark.parametrize(
    "body",
    [
        # long formal prose, an apposition between the father and his address
        "Mason lived with his mother. Mason's father, referred to here as Mr V, lives in Cornwall and "
        "telephoned him at weekends.",
        # a template field with a semicolon
        "- Mr V - Mason's father; lives in the neighbouring town; saw Mason every other Saturday.",
        # terse, a relative clause
        "His dad, who lives separately, collected him from school on Fridays.",
        # the forces
        "- Father - in the Navy, posted overseas for most of 2023.",
        # never lived with him
        "Mason's birth father, Mr V, has never lived with him.",
        # streets away
        "Mr V, Mason's father, who lived three streets away, helped with the school run.",
    ],
)
def test_where_the_father_lives_is_a_separate_household(body: str) -> None:
    assert _separation(body) == "present"


@pytest.mark.parametrize(
    "body",
    [
        "Mum and Dad were never a couple; the pregnancy followed a brief relationship.",
        "Ms T and Mr V are not in a relationship and do not share a home.",
        "- Mr Q (29) - Mum's boyfriend, NOT Mason's father; stayed most nights.",
        "Her partner, who is not the child's father, moved in during the summer.",
    ],
)
def test_parents_never_together_or_a_partner_who_is_not_the_father(body: str) -> None:
    assert _separation(body) == "present"


@pytest.mark.parametrize(
    "body",
    [
        # the mother's own father (the child's grandfather)
        "Mason lived with his mother and father. Ms T's father lives in Scotland and rarely visits.",
        # another child's father, named
        "Mason lived with his mother and father. Kyle's father lives in another county; Kyle is Mason's "
        "older half-brother and not a subject of this review.",
        # the father's own parents
        "Mason lived with his mother and father. The father's parents lived nearby and helped with childcare.",
        # a stepfather told of the mother's childhood
        "Mason lived with his mother and father. As a child, Ms T's stepfather lived abroad.",
        # an earlier partner who is not the father says nothing of the parents now
        "Mason lived with his mother and father. A former partner (not the father) had been violent to her.",
    ],
)
def test_someone_elses_father_or_an_old_partner_is_not_the_childs_household(body: str) -> None:
    assert _separation(body) != "present"


@pytest.mark.parametrize(
    "body",
    [
        "- Dad - Mr V (35), Mason's father. Married to Mum, lives at home.",
        "Father: married to mother for ten years; both at the family address.",
        "Mr V is married to Mason's mother and works as a driver.",
    ],
)
def test_a_parent_married_to_the_other_is_no_separation(body: str) -> None:
    assert _separation(body) == "absent"


def test_previously_married_is_not_together_now() -> None:
    assert _separation("Mr V was previously married to Mason's mother.") != "absent"


@pytest.mark.parametrize(
    "body",
    [
        "Mason lived with his mother and father, who are married. Both parents spoke of the pain of being "
        "separated from their son while the police investigated.",
        "Mason lived with his mother and father, who are married. The parents were separated from their "
        "baby for two days on the neonatal unit.",
        "Mason lived with his mother and father, who are married. Mum and Dad were kept separated from "
        "their children during the strategy discussion.",
    ],
)
def test_parents_kept_apart_from_their_child_are_not_separated(body: str) -> None:
    assert _separation(body) == "absent"


def test_a_mother_separated_from_the_father_still_counts() -> None:
    assert _separation("Mason's mother separated from his father in 2021.") == "present"
