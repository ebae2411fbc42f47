"""Round 23b (child statuses and flags): a bare "Both ..." / "Neither ..." about the subject children
right after a sentence about them together. Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes

TWO = (
    "Rapid Review: the H children\n\n"
    "In June 2023 two sisters, Child P and Child Q, told a teacher that a relative had hurt them.\n\n"
    "Subject children\n\n"
    "Child P | Child Q\n"
    "Age at incident | 9 years | 7 years\n"
    "Sex | Female | Female\n\n"
)
TAIL = "\nThe review found that agencies did not share what they knew about the family.\n"


@pytest.mark.parametrize(
    "said",
    [
        "Neither child had a learning need. Both attended Ysgol Bryn Derw, a bilingual primary school.",
        "The girls lived with their mother. Both attended the village primary school.",
        "Neither girl had been known to children's services. Both were on roll at Harcourt Primary School.",
    ],
)
def test_both_after_the_children_go_to_school(said: str) -> None:
    p, q = child_codes(TWO + said + "\n" + TAIL)
    assert (p["elective_home_education"], q["elective_home_education"]) == ("absent", "absent")


@pytest.mark.parametrize(
    "said",
    [
        # the parents, not the children
        "Their mother and father met at college. Both attended the village primary school as children.",
        # home education told of the children
        "The girls lived with their mother. Both attended the village primary school until they were "
        "withdrawn to be home educated in 2022.",
    ],
)
def test_both_not_the_children_or_left(said: str) -> None:
    p, q = child_codes(TWO + said + "\n" + TAIL)
    assert "absent" not in (p["elective_home_education"], q["elective_home_education"])


@pytest.mark.parametrize(
    "said",
    [
        "The girls lived with their mother. Both were healthy and had no disability.",
        "Neither girl had been known to children's services. Both had grown well and had no health conditions.",
    ],
)
def test_both_after_the_children_no_disability(said: str) -> None:
    p, q = child_codes(TWO + said + "\n" + TAIL)
    assert (p["disability"], q["disability"]) == ("absent", "absent")


def test_both_parents_disability_not_the_children() -> None:
    said = "Their mother and father met at a day centre. Both had a learning disability."
    p, q = child_codes(TWO + said + "\n" + TAIL)
    assert "present" not in (p["disability"], q["disability"])


# --- an earlier contact told by what followed ("not known again until ...") ----------------------------------

ONE = (
    "Serious Case Review: Child L\n\n"
    "Child L was a boy aged eight when he was found alone and unfed at home in March 2023.\n\n"
)


@pytest.mark.parametrize(
    "said",
    [
        "Children's social care assessed the family in 2019. The family was not known again until March 2023.",
        "After the 2018 assessment, Child L was not referred to children's social care again until March 2023.",
        "There was an early help assessment in 2020; the boy was not known to CSC again before the incident.",
    ],
)
def test_not_known_again(said: str) -> None:
    assert child_codes(ONE + said + "\n")[0]["social_care_status"] == "closed"


@pytest.mark.parametrize(
    "said",
    [
        "The family was not known to children's social care before the incident.",
        "Child L was not seen again by the health visitor until he started school.",
    ],
)
def test_not_known_again_near_misses(said: str) -> None:
    assert child_codes(ONE + said + "\n")[0]["social_care_status"] != "closed"


# --- the school named by whom it served; a school year in a chronology's brackets -----------------------------

TEEN = (
    "Learning Review: Child J\n\n"
    "Child J, a girl aged ten, was admitted to hospital in May 2022 with injuries her mother could not explain.\n\n"
)


@pytest.mark.parametrize(
    "said",
    [
        "The primary school attended by Child J made three referrals about her weight.",
        "The academy that was attended by J made two referrals.",
        "Sep 2016 | School | J (Reception) arrives late and hungry. | No referral.",
    ],
)
def test_school_attended_by_the_child(said: str) -> None:
    assert child_codes(TEEN + said + "\n")[0]["elective_home_education"] == "absent"


@pytest.mark.parametrize(
    "said",
    [
        "Reports were sought from the police and the primary school attended by J's half-brother.",
        "Reports were sought from the school attended by her older sister.",
        "The school attended by J until 2021 was not told when she was withdrawn to be home educated.",
    ],
)
def test_school_attended_by_someone_else(said: str) -> None:
    assert child_codes(TEEN + said + "\n")[0]["elective_home_education"] != "absent"


# --- a placement that followed the incident does not say an older child lived away before it -------------------

OLDER = (
    "Serious Case Review: Child D\n\n"
    "This review concerns Child D, a girl aged 13.\n\n"
    "In March 2021 the police found Child D in the street at night. Officers who took her back to the flat found "
    "her mother drunk and no food in the house.\n\n"
)


@pytest.mark.parametrize(
    "said",
    [
        "Child D was removed under police protection and has since been placed with foster carers.",
        "She was later placed in a children's home out of the area.",
    ],
)
def test_placed_since_does_not_veto_home(said: str) -> None:
    assert child_codes(OLDER + said + "\n")[0]["living_at_home"] == "present"


def test_hostel_before_still_vetoes_home() -> None:
    said = "Child D had been living in a hostel for some months; she has since returned to her aunt."
    assert child_codes(OLDER + said + "\n")[0]["living_at_home"] != "present"


# --- a bare "No further action." after a line that told of social care --------------------------------------

KID = "Learning Review: Child F\n\nChild F, a boy aged nine, was found alone and hungry at home in June 2022.\n\n"


@pytest.mark.parametrize(
    "said",
    [
        "March 2019\nVisit by a duty social worker; the kitchen was stocked. No further action.",
        "A social worker visited the home once and spoke to his mother. NFA.",
    ],
)
def test_terse_nfa_after_social_work(said: str) -> None:
    assert child_codes(KID + said + "\n")[0]["social_care_status"] == "closed"


@pytest.mark.parametrize(
    "said",
    [
        "Police officers attended and spoke to his mother. No further action.",
        "The GP saw him with a rash. No further action.",
    ],
)
def test_terse_nfa_other_agency(said: str) -> None:
    assert child_codes(KID + said + "\n")[0]["social_care_status"] != "closed"


# --- the child assaulting a carer, staff or a peer ----------------------------------------------------------

YP = "Learning Review: Young Person G\n\nYoung Person G, a girl aged 15, was stabbed in a park in July 2023.\n\n"


@pytest.mark.parametrize(
    "said",
    [
        "In 2022 her foster placement ended after G assaulted the foster carer's daughter.",
        "At the children's home G had assaulted two members of staff.",
        "Young Person G was reported to the police for assaulting a peer on the bus.",
    ],
)
def test_child_assaulted_someone(said: str) -> None:
    assert child_codes(YP + said + "\n")[0]["behaviour_problems"] == "present"


@pytest.mark.parametrize(
    "said",
    [
        "G was assaulted by a member of staff at the residential unit.",
        "Her stepfather assaulted staff at the hospital when they asked him to leave.",
        "A man had sexually assaulted a pupil at her school.",
    ],
)
def test_assault_not_by_the_child(said: str) -> None:
    assert child_codes(YP + said + "\n")[0]["behaviour_problems"] != "present"
