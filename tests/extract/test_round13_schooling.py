"""Round 13 (elective home education): a school year or a school place given in a key-facts field,
a parenthesis or a case note ("C1: Yr 3, on roll", "aged seven (Year 2)", "goes to Elmfield Primary
School") says the child was at school; a possessive inside a school's or hospital's name ("St Bede's
Primary") is no other person owning the statement. In a report that itself tells of home education,
a school place named in the background is not enough. Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes

OPENING = "Local Child Safeguarding Practice Review\n\n1. Introduction\n\n"
GIRL = "Tia was eight when she was admitted to hospital with a head injury in May 2023. Tia survived. "


def ehe(sentences: str) -> str:
    return child_codes(OPENING + GIRL + sentences)[0].get("elective_home_education", "not_known")


@pytest.mark.parametrize(
    "sentences",
    [
        # terse case notes and key-facts fields
        "Key facts\n\nTia: Yr 3, on roll, attendance 92%.",
        "Education: Y3, St Bede's RC Primary (on roll, no attendance concerns).",
        "School - Tia: on the school roll; attendance good.",
        # a parenthesis after the age
        "Tia, a girl of eight (Year 3), told a lunchtime supervisor that her arm hurt.",
        # long formal prose
        "At the time Tia goes to Elmfield Primary School, where her class teacher described her as settled.",
        "Tia had begun the autumn term at the junior school, in Year 3, and was making good progress.",
    ],
)
def test_school_place_in_fields_and_prose(sentences: str) -> None:
    assert ehe(sentences) == "absent"


@pytest.mark.parametrize(
    "sentences",
    [
        # not on roll, off roll
        "Education: Tia was not on roll at any school by the spring.",
        "Tia: Yr 3 until March 2023, then withdrawn by her mother.",
        # a report that tells of home education: the school place is the one she left
        "Tia was eight (Year 3). In January 2023 her mother told the school she would home educate Tia, "
        "and the EHE officer visited once.",
        # the school's name is not a person: the school place is another child's
        "Her cousin goes to Elmfield Primary School with the twins.",
    ],
)
def test_not_at_school_or_not_said(sentences: str) -> None:
    assert ehe(sentences) != "absent"


def test_home_education_named_only_to_deny_it() -> None:
    text = "Home education: not applicable. Tia was not home educated; she was on roll at the village school."
    assert ehe(text) == "absent"


@pytest.mark.parametrize(
    "sentences",
    [
        "She was seen in the St Mary's Hospital emergency department; she goes to Oak Lane Primary School.",
        "School: St Aldhelm's C of E Primary (on roll, Yr 3).",
    ],
)
def test_a_place_name_possessive_is_not_an_owner(sentences: str) -> None:
    assert ehe(sentences) == "absent"


@pytest.mark.parametrize(
    "sentences",
    [
        "Tia is in Year 3 at Hill Top Primary. Her mother told the school she was thinking about home "
        "educating her; Tia stayed on roll.",
        "- Tia: Yr 3, on roll. School suggested EHE might be an option; M declined.",
        "Tia attended the village school. Nationally, more children are home educated than ever before.",
    ],
)
def test_home_education_only_thought_of_or_in_general(sentences: str) -> None:
    assert ehe(sentences) == "absent"


def test_a_brothers_home_education_leaves_her_school_place() -> None:
    text = (
        "Local Child Safeguarding Practice Review\n\n1. Introduction\n\n"
        "This review concerns two siblings, Child P (a boy of 12) and Child Q (a girl of 9), who were both "
        "seriously injured in a house fire in May 2023. Child P was withdrawn from school in 2022 and was "
        "electively home educated. Child Q was in Year 4 at Westgate Primary School."
    )
    kids = child_codes(text)
    assert [k.get("elective_home_education") for k in kids] == ["present", "absent"]
