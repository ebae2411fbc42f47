"""Round 9 (child flags and status): where a child lived, told with a shared possessive ("Mia and
Leo's parents"), a home that carries on to the incident ("had lived with her aunt since 2018",
"throughout the period under review") and a date of birth that does not date the sentence; and
the near-misses that must stay unknown. Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes

OPENING = "Local Child Safeguarding Practice Review\n\n1. Introduction\n\n"
TEEN_GIRL = "Sadie was 13 years old when she was seriously assaulted in June 2023. Sadie survived. "
TODDLER = "Finn was two years old when he was found seriously injured in March 2022. Finn survived. "
PAIR = (
    "This review is about two siblings, Mia and Leo. Mia was six and Leo was eighteen months old when "
    "they were found seriously injured in October 2022. Mia survived. Leo survived. "
)


def flag(child: str, sentences: str, variable: str) -> str:
    return child_codes(OPENING + child + sentences)[0][variable]


@pytest.mark.parametrize(
    "child, sentences, value",
    [
        # a home that carries on up to the incident, though the sentence is dated long before
        (TEEN_GIRL, "Sadie had lived with her maternal aunt since 2017 under a child arrangements order.", "present"),
        (TODDLER, "The parents married in 2012 and lived together throughout the period under review.", "present"),
        (TODDLER, "Per HV records, Finn had been living at his grandmother's house with mum since 2019.", "present"),
        # a date of birth does not date a sentence about where the child lives
        (TEEN_GIRL, "1.1 Sadie (DOB 02/2010) lives with her mother and two younger brothers.", "present"),
        (TEEN_GIRL, "Sadie, born in March 2010, lived with her father and stepmother.", "present"),
        # ... near-misses: a spell that ended long ago, what came after, a home not the child's
        (TEEN_GIRL, "Sadie lived with her father in 2015 and 2016.", "not_known"),
        (TEEN_GIRL, "After the assault Sadie moved to live with her aunt.", "not_known"),
        (TODDLER, "Finn's father lived with his own parents throughout the period under review.", "not_known"),
    ],
)
def test_home_carried_to_the_incident(child: str, sentences: str, value: str) -> None:
    assert flag(child, sentences, "living_at_home") == value


def _pair(sentences: str, variable: str) -> list[str]:
    found = child_codes(OPENING + PAIR + sentences)
    return [c[variable] for c in found]


@pytest.mark.parametrize(
    "sentences",
    [
        "Mia and Leo's parents have been a couple for nine years and live together in a rented terrace.",
        "Mia and Leo's mum and dad lived together in a council maisonette.",
        "Home circumstances: Mia & Leo's parents were living together (private rent).",
    ],
)
def test_shared_possessive_is_both_children(sentences: str) -> None:
    assert _pair(sentences, "living_at_home") == ["present", "present"]


def test_one_childs_possessive_is_still_hers_alone() -> None:
    # "Leo's" alone does not make the disability Mia's
    assert _pair("Leo's global developmental delay was diagnosed at twelve months.", "disability")[0] == "not_known"


@pytest.mark.parametrize(
    "sentences, value",
    [
        # a plan mention inside a statement that there never was one
        (
            "Neither child was known to children's social care or had been subject to a child protection plan; "
            "the family were new to the area.",
            "never",
        ),
        ("Finn was not, and had never been, subject to a child protection plan.", "never"),
        ("- Finn: never been subject to a CP plan (CSC records checked).", "never"),
        # a fact stated before the review's own question in the same sentence
        (
            "Finn had never been subject to a child protection plan, and the review asks whether a section 47 "
            "enquiry should have been started.",
            "never",
        ),
        # a parent's own plan as a child
        ("Ms Carter had herself been subject to a child protection plan as a young girl.", "not_known"),
        ("Dad had himself been on a CP plan when he was nine.", "not_known"),
        # a spell that ended, told by the child's ages
        ("Finn was subject to a child protection plan from age 1 to 2 under the category of neglect.", "previous"),
        # ... near-misses: the plan in place now, advice only
        ("Finn was subject to a child protection plan under the category of neglect at the time.", "current"),
        ("Children on a child protection plan should always be seen alone.", "not_known"),
    ],
)
def test_cp_plan_never_and_someone_elses(sentences: str, value: str) -> None:
    child = "Finn was four years old when he was found seriously injured in March 2022. Finn survived. "
    assert flag(child, sentences, "cp_plan") == value


BABY = "Baby Ava was five months old when she was admitted with a head injury in January 2023. Ava survived. "


@pytest.mark.parametrize(
    "sentences, variable, value",
    [
        # a care history dated by an age the baby never reached: the mother's
        (
            "Her mother was abused by a stepfather; when she was 14 she was accommodated by the local "
            "authority and lived with foster carers for two years.",
            "social_care_status",
            "not_known",
        ),
        ("She was looked after from the age of twelve and had a personal adviser.", "looked_after", "not_known"),
        ("Mum - open to CSC as a CIN from her 13th birthday (DV at home).", "social_care_status", "not_known"),
        ("Ava's mother was open to the leaving care team as a care leaver.", "social_care_status", "not_known"),
        # ... near-misses: the baby's own case, a sibling's age in passing
        ("Ava was open to children's social care under a child in need plan.", "social_care_status", "open"),
        (
            "Ava and her brother, aged 7, were open to children's social care as children in need.",
            "social_care_status",
            "open",
        ),
    ],
)
def test_a_parents_care_history_is_not_the_babys(sentences: str, variable: str, value: str) -> None:
    assert flag(BABY, sentences, variable) == value


def test_an_older_child_looked_after_from_the_age_of_twelve() -> None:
    child = "Rhys was 15 years old when he was stabbed in May 2023. Rhys survived. "
    assert flag(
        child, "Rhys was looked after from the age of twelve and lived in a children's home.", "looked_after"
    ) == ("present")


BOY = "Jamie was eight years old when he was seriously injured in February 2023. Jamie survived. "


@pytest.mark.parametrize(
    "sentences, value",
    [
        # the child's own behaviour, told in several voices
        ("Jamie's behaviour at home had become very hard to manage and he would hit his younger sister.", "present"),
        ("School: reduced timetable because of his behaviour (Y3).", "present"),
        ("Nursery staff logged distressed behaviour, with head-banging when he was collected.", "present"),
        ("His behaviour at school included throwing chairs and running out of class.", "present"),
        ("The DSL noted changes in Jamie's behaviour after the Christmas holidays.", "present"),
        ("HV: frequent outbursts at nursery, referred to the SEND team.", "present"),
        # ... near-misses: none, an adult's behaviour, a policy
        ("School reported no concerns about his behaviour.", "absent"),
        ("The stepfather's controlling behaviour isolated the mother from her friends.", "not_known"),
        ("The academy applied its behaviour policy to the other pupils involved.", "not_known"),
    ],
)
def test_behaviour_problems_in_ordinary_words(sentences: str, value: str) -> None:
    assert flag(BOY, sentences, "behaviour_problems") == value


TEEN_BOY = "Callum was 15 years old when he was stabbed in September 2023. Callum survived. "


@pytest.mark.parametrize(
    "sentences, variable, value",
    [
        # a list of the parents' problems is not the young person's
        (
            "No agency knew of parental mental ill-health, substance misuse or domestic abuse in the home.",
            "child_drug_misuse",
            "not_known",
        ),
        ("Risks: parental DA, alcohol misuse and debt (per MASH).", "child_alcohol_misuse", "not_known"),
        ("The assessment covered parental conflict and drug use in the household.", "child_drug_misuse", "not_known"),
        # "no suggestion since that ...": a statement that he did not
        (
            "A hair strand test was negative, and there has been no suggestion since that Callum used drugs.",
            "child_drug_misuse",
            "absent",
        ),
        ("YOT worker: no evidence at any point that Callum used cannabis.", "child_drug_misuse", "absent"),
        ("Police found no indication ever that he drank alcohol.", "child_alcohol_misuse", "absent"),
        # ... near-misses: his own use stays present
        ("Callum was smoking cannabis daily from the age of 13.", "child_drug_misuse", "present"),
        ("The school nurse was worried about his heavy drinking at weekends.", "child_alcohol_misuse", "present"),
    ],
)
def test_child_substance_use_not_the_parents(sentences: str, variable: str, value: str) -> None:
    assert flag(TEEN_BOY, sentences, variable) == value


@pytest.mark.parametrize(
    "sentences, value",
    [
        # a disability that followed the harm under review is not one the child had
        ("Finn now has epilepsy following the head injury and will need lifelong care.", "not_known"),
        ("Cortical visual impairment resulting from his inflicted brain injuries was confirmed in 2023.", "not_known"),
        ("Discharge summary: global developmental delay after the non-accidental injury.", "not_known"),
        # a key-fact field that says there was none
        ("Child: Finn | Disability / SEN: None known | Ethnicity: White British", "absent"),
        ("Key facts: SEND: none. Ethnicity: White British.", "absent"),
        ("- Additional needs - none identified by the HV", "absent"),
        # ... near-misses: a disability before the incident, a field naming one
        ("Finn had a diagnosis of epilepsy made well before the incident.", "present"),
        ("Disability: autism (diagnosed 2021).", "present"),
    ],
)
def test_disability_after_the_harm_and_key_fact_fields(sentences: str, value: str) -> None:
    child = "Finn was four years old when he was found seriously injured in March 2022. Finn survived. "
    assert flag(child, sentences, "disability") == value


@pytest.mark.parametrize(
    "sentences, value",
    [
        # a rule or a possibility is not a referral or a closure that happened
        (
            "The protocol requires any bruise in a non-mobile baby to be referred to the MASH. "
            "The family had never been known to children's social care.",
            "never_known",
        ),
        (
            "The hospital process allowed a referral to be closed on a single opinion. "
            "Finn was not known to CSC before the incident.",
            "never_known",
        ),
        # another agency's "no further action" is not children's social care closing a case
        (
            "The DSL recorded no further action and did not ring the children's services front door. "
            "The family had not previously been known to children's services.",
            "never_known",
        ),
        # ... near-misses: a closure and a referral that did happen
        ("Children's social care closed the case with no further action in 2021.", "closed"),
        ("In 2020 the school referred Finn to the MASH, which screened it out.", "closed"),
    ],
)
def test_social_care_closures_that_did_not_happen(sentences: str, value: str) -> None:
    child = "Finn was four years old when he was found seriously injured in March 2022. Finn survived. "
    assert flag(child, sentences, "social_care_status") == value


@pytest.mark.parametrize(
    "sentences, expected",
    [
        # one sibling's home, told once, is the household of both
        ("Police were called to the family home after Mia was heard screaming.", ["present", "present"]),
        ("Mia lived with her mum and stepdad on the Riverside estate.", ["present", "present"]),
        ("- Home: Mia lives with her mother (sole carer).", ["present", "present"]),
        # ... but not a sibling the report places in care
        (
            "Mia lived with her mother. Leo was a looked after child, placed with foster carers since birth.",
            ["present", "absent"],
        ),
    ],
)
def test_siblings_share_the_household(sentences: str, expected: list[str]) -> None:
    assert _pair(sentences, "living_at_home") == expected


@pytest.mark.parametrize(
    "sentences, value",
    [
        # on a school's roll at the time: not home educated
        ("Sadie was a 13-year-old girl in Year 8 at Moorside High School.", "absent"),
        ("- Education: Y8 pupil, Moorside Academy (on roll; reduced timetable).", "absent"),
        ("In September 2022 Sadie started Year 8 at Moorside Academy with her friends.", "absent"),
        # ... near-misses: withdrawn later, home education itself, a school only mentioned
        ("Sadie started Year 7 at Moorside High School but was withdrawn after a term.", "not_known"),
        ("Sadie was electively home educated from Year 7.", "present"),
        ("The review read the records of the school and the GP.", "not_known"),
    ],
)
def test_on_a_school_roll_is_not_home_educated(sentences: str, value: str) -> None:
    assert flag(TEEN_GIRL, sentences, "elective_home_education") == value


def test_reception_class_is_not_home_educated() -> None:
    child = "Maisy was four years old when she was seriously injured in March 2022. Maisy survived. "
    assert flag(child, "School: Maisy in Reception at St Anne's Primary.", "elective_home_education") == "not_known"
    child5 = "Maisy was five years old when she was seriously injured in March 2022. Maisy survived. "
    assert flag(child5, "School: Maisy in Reception at St Anne's Primary.", "elective_home_education") == "absent"


@pytest.mark.parametrize(
    "sentences, expected",
    [
        # said of the children together: none of them was looked after
        ("Neither child was looked after at the time of the incident.", ["absent", "absent"]),
        ("Neither twin had been on a CP plan, and neither was a looked-after child beforehand.", ["absent", "absent"]),
        ("Legal status: none of the children had ever been looked after.", ["absent", "absent"]),
        # ... near-misses: what came after, care that fell short
        ("Both children are now in foster care together.", ["not_known", "not_known"]),
        ("Neither child was looked after properly by the adults in the home.", ["not_known", "not_known"]),
    ],
)
def test_neither_child_looked_after(sentences: str, expected: list[str]) -> None:
    assert _pair(sentences, "looked_after") == expected
