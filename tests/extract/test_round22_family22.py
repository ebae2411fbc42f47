"""Round 22 (family flags): a parent's own childhood told in other ways: beaten "with" something as a
child, abuse told as a span of years ("between the ages of", "from the age of"), years spent in foster
or residential care, known to a social services "department" as a child, and a parent's own parent
imprisoned in the parent's childhood. A sibling's or the child's own history does not count. Made-up
reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import case_codes

_OPEN = (
    "Child Safeguarding Practice Review: Baby Ellis\n\n"
    "Baby Ellis was four months old when he was admitted to hospital with a skull fracture. "
)

ACES = "parental_aces"


def _case(said: str) -> dict[str, str]:
    return case_codes(_OPEN + said + "\n")


@pytest.mark.parametrize(
    "said",
    [
        'The father told the social worker he was "hit with a slipper" as a child and saw nothing wrong in it.',
        "Mr Hale, the father, said he had been beaten with a cane as a boy.",
        "The mother said she was sexually abused by a family friend between the ages of seven and eleven.",
        "The mother grew up with a stepfather who abused her from the age of ten.",
        "The father spent three years in residential care between the ages of 13 and 16.",
        "When she was twelve Ms Reid spent eighteen months in foster care while her mother was in hospital.",
        "Ms Reid was known to the local social services department as a child because of neglect.",
        "The father said his own father was jailed when he was nine, and he was raised by his grandmother.",
        "Her own mother was imprisoned when she was small and she moved between relatives.",
    ],
)
def test_parent_childhood_told_other_ways(said: str) -> None:
    assert _case(said)[ACES] == "present"


@pytest.mark.parametrize(
    "said",
    [
        "The father was imprisoned when Ellis was six weeks old.",
        "Ellis's older brother spent two years in foster care before returning home.",
        "The mother spent two hours in the emergency department with Ellis.",
        "The family was known to the children's services department from 2021.",
        "The father was beaten with a bat in a street fight in 2022.",
    ],
)
def test_not_a_parents_childhood(said: str) -> None:
    assert _case(said)[ACES] != "present"


# --- separation: told in a bracketed aside after a denial, or as an on-and-off couple ---


@pytest.mark.parametrize(
    "said",
    [
        "Father - not seen by Ellis since last spring (the parents split up in 2023); address not known.",
        "Mother - does not know where the father lives now (they separated before the birth).",
        "The couple were separating and reconciling throughout the pregnancy.",
        "They kept separating and getting back together.",
    ],
)
def test_separation_aside_and_on_off(said: str) -> None:
    assert _case(said)["parental_separation"] == "present"


@pytest.mark.parametrize(
    "said",
    [
        "There was no (recorded) separation of the parents.",
        "The parents have never separated.",
    ],
)
def test_separation_still_denied(said: str) -> None:
    assert _case(said)["parental_separation"] != "present"


# --- isolation: "nobody really" as an answer, no regular support from family; "far from isolated" ---


@pytest.mark.parametrize(
    "said",
    [
        "Asked who she could call on, the mother said 'nobody really', apart from her mum on the phone.",
        "Mother says she has nobody really.",
        "After her friend moved to Leeds the mother had no regular support from family or friends.",
        "The father had no real family support after he came out of the army.",
    ],
)
def test_isolation_other_ways(said: str) -> None:
    assert _case(said)["social_isolation"] == "present"


@pytest.mark.parametrize(
    "said",
    [
        "Nobody really knew how much the father was drinking.",
        "The mother was far from isolated: her sisters and neighbours called in every day.",
    ],
)
def test_isolation_near_misses(said: str) -> None:
    assert _case(said)["social_isolation"] != "present"


# --- poverty: "struggled to manage financially", "lived on benefits", an empty prepayment meter ---


@pytest.mark.parametrize(
    "said",
    [
        "The mother struggled to cope financially after her partner left.",
        "The mother lived on benefits and sometimes went without meals so the children could eat.",
        "In December the electricity meter had run out and the family sat in the dark.",
        "Health visitor found the prepayment meter was empty again.",
    ],
)
def test_poverty_other_ways(said: str) -> None:
    assert _case(said)["poverty"] == "present"


@pytest.mark.parametrize(
    "said",
    [
        "The father struggled to manage his temper.",
        "A new gas meter was fitted by the landlord.",
    ],
)
def test_poverty_near_misses(said: str) -> None:
    assert _case(said)["poverty"] != "present"


# --- a terse note: a subjectless sentence on the parent's line is the parent's, in a teenager's review ---

_TEEN = "Rapid review minutes\n\nSubject: Young Person K\n\nK was 16 when she was admitted after an overdose.\n\n"


def _teen(said: str) -> dict[str, str]:
    return case_codes(_TEEN + said + "\n")


@pytest.mark.parametrize(
    ("said", "variable"),
    [
        ("- Father lives in Leeds. Known alcohol dependency.", "parental_alcohol_misuse"),
        ("- Mother works nights. Diagnosed with depression in 2019.", "parental_mental_health"),
        ("- Mum lives locally. Long-standing heroin use, on methadone.", "parental_drug_misuse"),
    ],
)
def test_subjectless_note_after_the_parent(said: str, variable: str) -> None:
    assert _teen(said)[variable] == "present"


@pytest.mark.parametrize(
    ("said", "variable"),
    [
        ("- Father lives in Leeds.\n- Known alcohol use by K at weekends.", "parental_alcohol_misuse"),
        ("- K lives with her aunt. Diagnosed with depression in 2023.", "parental_mental_health"),
    ],
)
def test_subjectless_note_not_after_a_parent(said: str, variable: str) -> None:
    assert _teen(said)[variable] != "present"


# --- a field whose value names the offences: "Previous convictions: theft" ---

_NOTES = "Child Safeguarding Practice Review: Child H\n\nChild H, aged 2, was admitted to hospital.\n\nFather\n"


@pytest.mark.parametrize(
    "said",
    [
        "  - Previous convictions: burglary and criminal damage (2012-2015).",
        "  - Criminal record: common assault 2018, no offences since.",
    ],
)
def test_offence_field_value(said: str) -> None:
    assert case_codes(_NOTES + said + "\n")["parental_criminal_record"] == "present"


@pytest.mark.parametrize(
    "said",
    [
        "  - Previous convictions: none known.",
        "  - Criminal record: not checked.",
    ],
)
def test_offence_field_without_offence(said: str) -> None:
    assert case_codes(_NOTES + said + "\n")["parental_criminal_record"] != "present"


# --- violent crime: the violent offence later in a list whose items carry their years ---


@pytest.mark.parametrize(
    "said",
    [
        "Mr Hale, the father: previous convictions incl. burglary (2015) and wounding (2018).",
        "The father had convictions for theft (2012), criminal damage (2014) and affray (2016).",
    ],
)
def test_violent_offence_after_dated_items(said: str) -> None:
    assert _case(said)["parental_violent_crime"] == "present"


def test_dated_list_without_violence() -> None:
    said = "The father had convictions for theft (2012) and criminal damage (2014)."
    assert _case(said)["parental_violent_crime"] != "present"


# --- transient lifestyle: "moved at least six times" ---


@pytest.mark.parametrize(
    "said",
    [
        "Before Ellis was born the mother had moved at least seven times in three years.",
        "Ms Reid said she and the children moved over a dozen times, often after rows with landlords.",
    ],
)
def test_moves_counted_loosely(said: str) -> None:
    assert _case(said)["transient_lifestyle"] == "present"


def test_moved_once() -> None:
    said = "The family moved at least once a year to be near the grandmother."
    assert _case(said)["transient_lifestyle"] != "present"


# --- in a teenager's review, a parent introduced by first name is the parent later by that name ---


@pytest.mark.parametrize(
    ("said", "variable"),
    [
        ("I met K's mother, Dawn, twice.\n\nDawn drank heavily for most of K's childhood.", "parental_alcohol_misuse"),
        ("K's father (Gary) lives nearby.\n\nGary has used crack cocaine since 2015.", "parental_drug_misuse"),
    ],
)
def test_parent_named_by_first_name(said: str, variable: str) -> None:
    assert _teen(said)[variable] == "present"


def test_other_first_name_is_not_the_parent() -> None:
    said = "I met K's mother, Dawn, twice.\n\nTyler drank heavily and supplied K with vodka."
    assert _teen(said)["parental_alcohol_misuse"] != "present"
