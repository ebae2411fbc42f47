"""Round 15 (child status and family flags): form fields answered no ("Looked after? No", "LAC at time:
No", a table cell "LAC Not looked after"), a form's question with its answer kept as one statement, and
denials of care said in more ways ("were never looked after", "was not herself a looked-after child").
Made-up reports."""

from __future__ import annotations

import pytest

from caselearn.extract.text import split_sentences
from tests.extract.coding import child_codes

OPENING = "Local Child Safeguarding Practice Review: Child R\n\n1. Background\n\n"
STORY = "Child R was 14 when she was seriously assaulted in 2022. "


def _looked_after(text: str) -> object:
    return child_codes(text)[0].get("looked_after", "not_known")


@pytest.mark.parametrize(
    "field",
    [
        "Looked after? No",
        "LAC at time of incident: No",
        "LAC at time: N",
        "Child looked after status - no",
        "CLA at the incident? NO",
    ],
)
def test_a_field_answered_no_is_absent(field: str) -> None:
    text = OPENING + STORY + "Key facts\n\nSchool: Year 9 " + field + " Ethnicity: White British\n"
    assert _looked_after(text) == "absent"


def test_a_table_cell_not_looked_after_is_absent() -> None:
    text = OPENING + STORY + "Legal status | LAC Not looked after | lived with mother and stepfather\n"
    assert _looked_after(text) == "absent"


@pytest.mark.parametrize(
    "sentence",
    [
        "Throughout the period under review Child R was never looked after; she stayed at home with her mother.",
        "Although the family was well known to children's services, Child R was not herself a looked-after "
        "child at any point.",
        "Child R had never been looked after by the local authority.",
    ],
)
def test_denials_of_care_in_other_words(sentence: str) -> None:
    assert _looked_after(OPENING + STORY + sentence + "\n") == "absent"


@pytest.mark.parametrize(
    "field",
    [
        "Looked after? Yes",
        "LAC at time of incident: Yes - section 20 since 2021",
    ],
)
def test_a_field_answered_yes_is_not_absent(field: str) -> None:
    text = OPENING + STORY + "Key facts\n\n" + field + "\n"
    assert _looked_after(text) != "absent"


def test_a_mothers_own_care_history_is_not_the_childs() -> None:
    text = (
        OPENING
        + STORY
        + "Family\n\n- M 33. M herself a care leaver? NO - she was never looked after.\n"
        + "- Child R lived with M and her brother.\n"
    )
    assert _looked_after(text) == "not_known"


def test_was_not_looked_after_properly_is_not_a_denial() -> None:
    text = OPENING + STORY + "Child R was not looked after properly by the adults around her.\n"
    assert _looked_after(text) == "not_known"


def test_a_question_and_its_answer_are_one_sentence() -> None:
    texts = [s.text for s in split_sentences("Known to CSC? Yes - CIN 2019. Was it shared? Nobody knew.")]
    assert texts[0] == "Known to CSC? Yes - CIN 2019."
    assert "Was it shared?" in texts
    assert [s.text for s in split_sentences("Did anyone ask? No one did.")] == ["Did anyone ask?", "No one did."]


def test_a_cp_question_answered_no_is_not_a_current_plan() -> None:
    text = OPENING + STORY + "Subject to a CP plan at the time? No. Known to CSC? No.\n"
    assert child_codes(text)[0].get("cp_plan") != "current"


@pytest.mark.parametrize(
    "field",
    [
        "LAC at incident ............ No - she lived with her grandmother.",
        "Looked after ....... NO",
    ],
)
def test_a_dot_leader_field_answered_no_is_absent(field: str) -> None:
    text = OPENING + STORY + "\n\nKey facts\n\nDate of incident ........ 02/02/2022\n\n" + field + "\n"
    assert _looked_after(text) == "absent"


def test_a_dot_leader_before_its_answer_is_not_a_sentence_end() -> None:
    texts = [s.text for s in split_sentences("CP plan at incident ...... No\nLAC ..... Yes")]
    assert texts == ["CP plan at incident ...... No", "LAC ..... Yes"]


@pytest.mark.parametrize(
    "middle",
    [
        "Her birth father lives abroad and has not seen her for years. She attends a mainstream school.",
        "Her stepfather, Mr K, works nights. She was described by teachers as quiet.",
        "Dad moved out in 2018.",
    ],
)
def test_she_after_a_fathers_sentence_is_still_the_girl(middle: str) -> None:
    text = OPENING + STORY + "She lived with her mother. " + middle + " She was not a looked-after child.\n"
    assert _looked_after(text) == "absent"


@pytest.mark.parametrize(
    "middle",
    [
        "Her mother had grown up in foster care. She was not a looked-after child as an adult either.",
        "Her mother, Ms K, is 31. She had never been looked after by the council when young.",
    ],
)
def test_she_after_a_mothers_sentence_is_the_mother(middle: str) -> None:
    # the pronoun agrees with the mother: her statement is not the girl's
    text = OPENING + STORY + middle + "\n"
    assert _looked_after(text) == "not_known"


@pytest.mark.parametrize(
    "sentence",
    [
        "The possibility of accommodating Child R under section 20 was raised at the core group and not pursued.",
        "Professionals talked about the possibility of a care order but no application was made.",
        "CSC considered the possibility of S20 - mother refused.",
    ],
)
def test_a_possibility_of_care_is_not_care(sentence: str) -> None:
    assert _looked_after(OPENING + STORY + sentence + "\n") != "present"


def test_care_that_happened_still_counts() -> None:
    text = (
        OPENING
        + STORY
        + "Child R was accommodated under section 20 in March 2022 and was looked after when she was assaulted.\n"
    )
    assert _looked_after(text) == "present"
