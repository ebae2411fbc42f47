"""Round 19b (child flags): whom a school statement covers and when it holds. A bare "All three were ..."
after a sentence about the children together goes on about each of them; a school attended "until the
incident" was the child's school at the time; a sex field before an age ("Child C: M, 10y") is not the
mother. Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes

_THREE = (
    "Thematic review: Child P, Child Q and Child R\n\n"
    "This thematic review looks at three unrelated children, each injured by a parent in 2024.\n\n"
    "Child P was 8 years old and White British. Child Q was 11 years old. Child R was 13 years old.\n\n"
)


def _codes(text: str, var: str) -> list[str]:
    return [c[var] for c in child_codes(text + "\n")]


@pytest.mark.parametrize(
    "body",
    [
        "None of the three children had been on a child protection plan. All three were on roll at and "
        "attending school when they were hurt.",
        "None of the three children was looked after. All of them were on roll at a school at the time.",
        "The three children were all known to universal services only. None of the three children had a "
        "plan. All three attended school.",
    ],
)
def test_all_three_after_a_group_sentence_covers_each_child(body: str) -> None:
    assert _codes(_THREE + body, "elective_home_education") == ["absent", "absent", "absent"]


@pytest.mark.parametrize(
    "body",
    [
        # the parents' sentence breaks the chain
        "None of the three children had a plan. The parents were interviewed. All three were on roll at a school.",
    ],
)
def test_no_all_three_chain_without_a_group_sentence_just_before(body: str) -> None:
    assert _codes(_THREE + body, "elective_home_education") == ["not_known", "not_known", "not_known"]


_ONE = "Serious case review: Young Person D\n\nYoung Person D was 14 when she was found injured in May 2024.\n\n"


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("D attended a mainstream secondary school until the incident.", "absent"),
        ("She was on roll at Hillcrest Academy until the time of the assault.", "absent"),
        ("Education: attended the local high school until her admission to hospital.", "absent"),
        # a spell that ended earlier says nothing of the time of the incident
        ("D attended a mainstream secondary school until Year 8.", "not_known"),
        ("She attended Hillcrest Academy until her mother withdrew her in 2023.", "not_known"),
    ],
)
def test_a_school_until_the_incident_was_the_childs_school_then(body: str, value: str) -> None:
    assert _codes(_ONE + body, "elective_home_education") == [value]


_NOTES = "RAPID REVIEW RECORD\n\nChild: Child C\n\n1. CHILD / HOUSEHOLD\n\n"


@pytest.mark.parametrize(
    "line",
    [
        "- Child C: M, 10y 7m at notification, White British, Y5 at Oakdene CE Primary (on roll)",
        "- Child C: F, 9 yrs, Year 4 at Millbrook Primary (on roll; attendance 96%)",
        "Child C: M; 12, Y7 at Ashgrove Academy (on roll)",
    ],
)
def test_a_sex_field_before_an_age_is_not_the_mother(line: str) -> None:
    assert _codes(_NOTES + line, "elective_home_education") == ["absent"]


def test_m_still_names_the_mother_in_case_notes() -> None:
    text = _NOTES + "- Child C: aged 10.\n\n- M drinks most evenings; F works away. M alcohol misuse known to GP.\n"
    assert child_codes(text + "\n")[0]["elective_home_education"] == "not_known"
