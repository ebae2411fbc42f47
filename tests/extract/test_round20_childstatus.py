"""Round 20 (child status and flags): whom a pronoun stands for after a sentence about both parents; a
child named after the relation word in a relative clause; schooling said through a professional or
an "on roll and attending"; home education only asked about; needs denied together in a list or a
health field; a case said in so many words to be open at the incident. Made-up reports."""

from __future__ import annotations

import pytest

from caselearn.extract import context
from tests.extract.coding import child_codes


def _child(text: str, k: int = 0) -> dict[str, str]:
    return child_codes(text)[k]


# --- a singular pronoun does not stand for "her parents" -------------------------------------------


@pytest.mark.parametrize(
    "school",
    [
        "She is a Year 8 pupil at Ravensbourne Academy, where staff describe her as keen and kind.",
        "She was in Year 6 at Oakfield Primary School and was doing well.",
        "She attended Year 10 at Hillcrest High School until the assault.",
    ],
)
def test_pronoun_after_both_parents_is_the_child(school: str) -> None:
    text = (
        "Local Child Safeguarding Practice Review: Child T (Tamsin)\n\n"
        "Tamsin, aged 12, was assaulted by an adult she met online in 2023. "
        "Tamsin lives with her mother and father and her two brothers. Her parents are married. "
        f"{school}\n"
    )
    assert _child(text)["elective_home_education"] == "absent"


def test_pronoun_after_one_parent_is_still_the_parent() -> None:
    text = (
        "Local Child Safeguarding Practice Review: Child T (Tamsin)\n\n"
        "Tamsin, aged 12, was assaulted by an adult she met online in 2023. "
        "Her mother grew up in the town. She was in Year 6 at Oakfield Primary School in 1995.\n"
    )
    assert _child(text).get("elective_home_education", "not_known") == "not_known"


# --- the child named after a relation word, before "who" --------------------------------------------


def test_subject_named_after_relation_word_holds_the_relative_clause() -> None:
    s = "Police found both Jordan and his sister Ruby, who was ten and in Year 5, alone in the flat."
    w = "was ten and in Year 5"
    i = s.index(w)
    assert context.holder(s, i, i + len(w), ("Ruby",)) == "child"
    assert context.holder(s, i, i + len(w), ("Jordan",)) == "sibling"


def test_unnamed_relative_is_still_the_sibling() -> None:
    s = "She lived with her mother and her younger brother, who is seven and attends a village school."
    w = "attends a village school"
    i = s.index(w)
    assert context.holder(s, i, i + len(w), ("Kerry",)) == "sibling"


# --- schooling said through a professional, "on roll and attending" ---------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "In May 2023 a teacher at Child E's junior school saw bruises on Child E's arm.",
        "E was on roll and attending at Brookside Primary when the injuries were found.",
        "The DSL at Child E's primary school made a referral to the MASH in May 2023.",
    ],
)
def test_schooling_through_a_professional(sentence: str) -> None:
    text = f"Rapid review: Child E\n\nChild E, aged 9, was found with serious injuries in May 2023. {sentence}\n"
    assert _child(text)["elective_home_education"] == "absent"


def test_school_diary_is_not_home_education() -> None:
    text = (
        "Serious case review: Child P\n\n"
        "Child P, aged 11, has cerebral palsy and attended Elmtree School, a special school. "
        "Staff wrote to his parents each day in his home-school diary.\n"
    )
    assert _child(text)["elective_home_education"] == "absent"


@pytest.mark.parametrize(
    "asked",
    [
        "Her father asked the school about home education in 2022 but did not go ahead.",
        "Her mother asked the head of year about home education, but D stayed on roll.",
    ],
)
def test_home_education_only_asked_about(asked: str) -> None:
    text = (
        "Rapid review: Young Person D\n\n"
        "D, aged 14, took an overdose in March 2023. D was in Year 9 at Castle Hill Academy. "
        f"{asked}\n"
    )
    assert _child(text)["elective_home_education"] == "absent"


def test_home_education_that_happened_keeps_school_open() -> None:
    text = (
        "Rapid review: Young Person D\n\n"
        "D, aged 14, took an overdose in March 2023. D had been in Year 7 at Castle Hill Academy. "
        "Her father withdrew her and she was electively home educated from 2022.\n"
    )
    assert _child(text)["elective_home_education"] == "present"


# --- needs denied together ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "denial",
    [
        "She had no physical or learning disability.",
        "Before the injury he had no identified health or developmental needs.",
        "Known health conditions: None.",
        "Disability / health needs - nil.",
        "Born at term; no medical concerns at the newborn check.",
        "Both twins were discharged well, and neither had any ongoing health needs.",
    ],
)
def test_needs_denied_together(denial: str) -> None:
    text = f"Rapid review: Baby K\n\nBaby K, aged 4 months, was admitted with a fractured femur in 2024. {denial}\n"
    assert _child(text)["disability"] == "absent"


@pytest.mark.parametrize(
    "not_denial",
    [
        "She had eczema, and no other health needs.",
        "He has a speech delay; no other health or developmental needs were recorded.",
        "There were no medical conditions before 2021.",
        "The assessment found no ongoing concerns.",
        "Her mother had no health conditions.",
    ],
)
def test_needs_near_misses(not_denial: str) -> None:
    text = f"Rapid review: Child K\n\nChild K, aged 3, was admitted with a fractured femur in 2024. {not_denial}\n"
    assert _child(text).get("disability", "not_known") == "not_known"


# --- a case stated to be open at the incident -----------------------------------------------------


@pytest.mark.parametrize(
    "open_",
    [
        "The plan ended in 2021; the case stepped down to child in need and remained open to a family support worker.",
        "The CP plan ended in 2021 and the case was stepped down to CIN. It was still open when Kai was injured.",
        "After the plan ended in 2021 the children's social care case was open at the time of the incident.",
    ],
)
def test_case_stated_open(open_: str) -> None:
    text = (
        "Local child safeguarding practice review: Kai\n\n"
        "Kai, aged 6, was admitted with burns in March 2023. "
        "An earlier referral in 2016 was closed with advice. "
        "The family had an allocated social worker for much of that time. "
        f"{open_}\n"
    )
    assert _child(text)["social_care_status"] == "open"


def test_case_stepped_down_to_early_help_is_not_open() -> None:
    text = (
        "Local child safeguarding practice review: Kai\n\n"
        "Kai, aged 6, was admitted with burns in March 2023. "
        "The family had an allocated social worker in 2020. The case was closed in 2021. "
        "It stepped down to early help, which remained open to a family worker.\n"
    )
    assert _child(text)["social_care_status"] == "closed"


# --- a plan denied in notes, lists and table fields -----------------------------------------------


@pytest.mark.parametrize(
    "denial",
    [
        "- Children's services: not known before the injury. No CP/CIN history.",
        "- CSC: nil known. No CIN or CP history.",
        "Neither twin ever subject to CP plan or CIN.",
        "The babies were not subject of a child in need plan, nor of a child protection plan at any point.",
        "CP plan at time:      Never",
        "| CP plan | Never |",
    ],
)
def test_plan_denied_in_notes(denial: str) -> None:
    text = f"Rapid review: Baby R\n\nBaby R, aged 3 months, was admitted with rib fractures in 2024.\n\n{denial}\n"
    assert _child(text)["cp_plan"] == "never"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("| Previous CP plan | Yes - physical abuse, 2015 to 2016 |", "previous"),
        ("| CP plan | Yes - neglect, since March 2024 |", "current"),
    ],
)
def test_plan_field_label_says_when(field: str, value: str) -> None:
    text = f"Rapid review: Child R\n\nChild R, aged 4, was admitted with burns in May 2024.\n\n{field}\n"
    assert _child(text)["cp_plan"] == value


def test_plan_near_misses() -> None:
    text = (
        "Rapid review: Child R\n\nChild R, aged 4, was admitted with burns in May 2024. "
        "She was on a CP plan (neglect) at the time; there was no CIN history before it.\n"
    )
    assert _child(text)["cp_plan"] == "current"


# --- whose status a pronoun gives after an opening phrase; a child's own order ----------------------


@pytest.mark.parametrize(
    "opening",
    [
        "At the time of his death Ethan was subject to a child protection plan.",
        "At the time of his admission, Ethan was on a CP plan for neglect.",
    ],
)
def test_pronoun_in_opening_phrase_before_the_child(opening: str) -> None:
    text = (
        "Serious case review: Child E (Ethan)\n\n"
        "Ethan, aged 10 months, died in 2019. His mother's partner, Mr D, was convicted. "
        f"{opening} He was not a looked after child.\n"
    )
    assert _child(text)["looked_after"] == "absent"


def test_pronoun_after_a_parent_still_the_parent() -> None:
    text = (
        "Serious case review: Child E (Ethan)\n\n"
        "Ethan, aged 10 months, died in 2019. "
        "At the time of his birth the mother, Ms D, was 19. She was not a looked after child.\n"
    )
    assert _child(text).get("looked_after", "not_known") == "not_known"


@pytest.mark.parametrize(
    "status",
    [
        "As a child subject to a special guardianship order, Jay was not a looked-after child.",
        "As a child who was subject to a child arrangements order, Jay was not looked after.",
    ],
)
def test_child_own_order_is_not_history(status: str) -> None:
    text = f"Rapid review: Jay\n\nJay, aged 9, was injured at home in 2023. {status}\n"
    assert _child(text)["looked_after"] == "absent"


def test_parent_as_a_child_still_history() -> None:
    text = (
        "Rapid review: Jay\n\nJay, aged 9, was injured at home in 2023. "
        "His mother was looked after as a child under section 20.\n"
    )
    assert _child(text).get("looked_after", "not_known") == "not_known"
