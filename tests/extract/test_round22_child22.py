"""Round 22 (child status): a key-facts table's "CSC status at (the time of the) incident | Open" row; a
"closed door" (a visit nobody answered) is no plan or case that was closed. Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes

OPENING = (
    "Rapid Review: Child M\n\n"
    "Child M, a girl aged 13, was found in a flat with two adult men in June 2024 and was admitted to "
    "hospital. She lives with her mother and stepfather.\n\n"
)


def _child(text: str) -> dict[str, str]:
    return child_codes(OPENING + text)[0]


# --- "CSC status at incident | Open" in a table of key facts -----------------------------------------


@pytest.mark.parametrize(
    "row",
    [
        "CSC status at incident | Open – assessment under way since May",
        "CSC status at the time of the incident | Open (child in need)",
        "Children's social care status at incident | open, allocated worker",
    ],
)
def test_status_at_incident_row_open(row: str) -> None:
    text = f"Key facts\n\nAge | 13\n{row}\nSchool | Year 8\n"
    assert _child(text)["social_care_status"] == "open"


@pytest.mark.parametrize(
    ("row", "want"),
    [
        ("CSC status at incident | Closed since March 2023", "closed"),
        ("CSC status at the time of incident | Not known to the service", "never_known"),
    ],
)
def test_status_at_incident_row_other_values(row: str, want: str) -> None:
    text = f"Key facts\n\nAge | 13\n{row}\nSchool | Year 8\n"
    assert _child(text)["social_care_status"] == want


# --- a closed door is no closed case or ended plan ---------------------------------------------------


@pytest.mark.parametrize(
    "door",
    [
        "Health visiting calls under the CP plan were often met by a closed door.",
        "Visits under the child protection plan were frequently to closed doors and drawn curtains.",
    ],
)
def test_closed_door_is_not_an_ended_plan(door: str) -> None:
    text = (
        "In April 2024 an initial child protection conference made Child M subject to a child protection "
        f"plan under the category of neglect. {door} The plan was in place when she was found.\n"
    )
    codes = _child(text)
    assert codes["cp_plan"] == "current"
    assert codes["social_care_status"] == "open"


def test_closed_plan_still_reads_previous() -> None:
    text = (
        "In 2021 Child M was made subject to a child protection plan under the category of neglect. "
        "The child protection plan was closed in 2022 when home conditions improved.\n"
    )
    assert _child(text)["cp_plan"] == "previous"


# --- an assessment open "while" another event happened, then a closure -------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "The school's email arrived while the child and family assessment was open, and it was passed to the "
        "social worker.",
        "A second police notification came in whilst the assessment was open and was added to the file.",
    ],
)
def test_open_while_another_event_then_closed(note: str) -> None:
    text = (
        "In September 2023 the school referred Child M to children's social care after a bruise. "
        f"{note} The assessment ended in December 2023 and the case was closed to children's social care "
        "with a referral to early help.\n"
    )
    assert _child(text)["social_care_status"] == "closed"


def test_case_said_open_at_the_incident_stays_open() -> None:
    text = (
        "A police notification arrived while the assessment was open. The case was still open to "
        "children's social care when she was found.\n"
    )
    assert _child(text)["social_care_status"] == "open"


# --- a dated child in need spell in terse notes; a plan "now" came after the incident ----------------


@pytest.mark.parametrize(
    "note",
    [
        "CSC: CIN 03/2019 - 11/2020, referral by school about neglect.",
        "Social care: child in need 09/2017 - 06/2018 after the health visitor raised concerns.",
    ],
)
def test_dated_child_in_need_spell_is_earlier_contact(note: str) -> None:
    text = f"Background notes\n\n{note}\n"
    assert _child(text)["social_care_status"] == "closed"


def test_plan_now_is_after_the_incident() -> None:
    text = (
        "Background notes\n\nCSC: CIN 03/2019 - 11/2020, referral by school about neglect.\n\n"
        "Incident\n\nDischarged home two days later under a safety plan; s47 completed - CIN plan now.\n"
    )
    assert _child(text)["social_care_status"] == "closed"


# --- "had turned five a fortnight earlier" ---------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "months"),
    [
        ("Child M had turned thirteen a fortnight earlier.", 156),
        ("She turned 13 two fortnights before the assault.", 156),
    ],
)
def test_turned_n_a_fortnight_before(sentence: str, months: int) -> None:
    text = (
        "Rapid Review: Child M\n\nChild M was found in a flat with two adult men in June 2024 and was "
        f"admitted to hospital. {sentence} She lives with her mother and stepfather.\n"
    )
    assert child_codes(text)[0]["age_months"] == months


# --- not knowing that the case was open is no denial that it was -----------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The youth worker did not know that Child M was open to children's social care.",
        "The health visitor was not informed that the case was still open to CSC.",
        "The GP was not told the case was open to children's social care.",
    ],
)
def test_not_knowing_the_case_was_open(sentence: str) -> None:
    text = (
        "In 2021 the school referred Child M to children's social care and the case was closed with "
        f"advice. {sentence}\n"
    )
    assert _child(text)["social_care_status"] == "open"


@pytest.mark.parametrize(
    "sentence",
    [
        "The youth worker did not know that the family had a social worker at some point.",
        "It was not the case that Child M was open to children's social care at the time.",
    ],
)
def test_near_misses_of_not_knowing(sentence: str) -> None:
    text = (
        "In 2021 the school referred Child M to children's social care and the case was closed with "
        f"advice. {sentence}\n"
    )
    assert _child(text)["social_care_status"] == "closed"


# --- a child's own "not known to CSC" over a family sentence about the other children -----------------

TWO = (
    "Thematic review: Child P and Child Q\n\n"
    "1. Child P, a boy aged 14, and Child Q, a girl aged 15, were both exploited by the same adults in 2024.\n\n"
    "2. The family had been known to children's social care when Q was small; the case was closed in 2016.\n\n"
)


@pytest.mark.parametrize(
    "own",
    [
        "Child P was not known to children's social care before the incident.",
        "Child P had never been known to CSC.",
    ],
)
def test_own_never_known_over_a_family_sentence(own: str) -> None:
    codes = child_codes(TWO + f"3. {own} Child Q lives with her aunt.\n")
    by_name = {c["alias"]: c for c in codes}
    assert by_name["Child P"]["social_care_status"] == "never_known"


def test_without_own_statement_the_family_history_stays() -> None:
    codes = child_codes(TWO + "3. Child P attends a pupil referral unit. Child Q lives with her aunt.\n")
    by_name = {c["alias"]: c for c in codes}
    assert by_name["Child P"]["social_care_status"] == "closed"


# --- another person's children on plans are no case of this child's ----------------------------------


@pytest.mark.parametrize(
    "other",
    [
        "Mr D's two children from an earlier relationship were subject to child protection plans in 2018.",
        "Her half-brother was subject to a child protection plan in another county in 2019.",
    ],
)
def test_other_peoples_plans_are_not_this_childs_case(other: str) -> None:
    text = (
        f"{other} Child M was not known to children's social care before the incident and had never "
        "been subject to a child protection plan.\n"
    )
    assert _child(text)["social_care_status"] == "never_known"


def test_own_plan_still_counts() -> None:
    text = "Child M was subject to a child protection plan in 2019 because of neglect.\n"
    assert _child(text)["social_care_status"] == "closed"


# --- a short spell in care, then "not looked after until the incident" ----------------------------------


@pytest.mark.parametrize(
    "after",
    [
        "From then until the incident she was not a looked-after child.",
        "She was not looked after at the time of the assault.",
    ],
)
def test_spell_in_care_over_by_the_incident(after: str) -> None:
    text = (
        "Episode 2: Section 20 accommodation (May 2023)\n\n"
        "In May 2023 Child M was accommodated under section 20 and placed with foster carers; she returned "
        f"home to her mother two weeks later. {after}\n"
    )
    assert _child(text)["looked_after"] == "absent"


def test_looked_after_at_the_incident_stays_present() -> None:
    text = (
        "Child M had been looked after by the council under a care order since 2022 and lived with foster "
        "carers at the time of the incident. Her brother was not a looked-after child.\n"
    )
    assert _child(text)["looked_after"] == "present"


# --- the Reception class is school --------------------------------------------------------------------


@pytest.mark.parametrize(
    "school",
    [
        "Child R is a boy in the Reception class at Brookside Primary.",
        "He was five and attended the Reception class at the village school.",
        "He started in the Reception class in September 2023 and settled well.",
    ],
)
def test_reception_class_is_school(school: str) -> None:
    text = (
        "Rapid Review: Child R\n\nChild R, aged five, was found with a burn to his arm in March 2024. "
        f"{school} He lives with his mother.\n"
    )
    assert child_codes(text)[0]["elective_home_education"] == "absent"


def test_reception_desk_is_not_school() -> None:
    text = (
        "Rapid Review: Child R\n\nChild R, aged five, was found with a burn to his arm in March 2024. "
        "His mother waited at the hospital reception with him. He lives with his mother.\n"
    )
    assert child_codes(text)[0].get("elective_home_education", "not_known") == "not_known"


# --- an age field with dot leaders -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "months"),
    [
        ("Age at incident ............... 9 weeks", 2),
        ("Age at time of death .......... 5 months", 5),
    ],
)
def test_age_field_with_dot_leaders(field: str, months: int) -> None:
    text = (
        "Rapid Review: Baby K\n\nSECTION 1: THE CHILD\n"
        f"{field}\nSex ........................... Female\n\n"
        "SECTION 2: AGENCY CONTACTS\nGP ............ Baby K seen aged 2 weeks with a rash\n"
    )
    assert child_codes(text)[0]["age_months"] == months
