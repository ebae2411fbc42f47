"""Round 16 (subject children): one shared list of the words a report puts before a child's code
("Child A", "Young Person 2", "Pupil B", "Student 3", "Learner C", "YP D"), used by every pattern that
finds a code, and its abbreviations ("YP D" is "Young Person D"). Adults' labels with no code after
them ("student social worker", "learner driver", "Pupil Referral Unit") are no child. Made-up reports."""

from __future__ import annotations

import pytest

from caselearn.codewords import code_word, full_form
from tests.extract.coding import child_codes

OPENING = "Local Child Safeguarding Practice Review\n\n1. Introduction\n\n"


def _aliases(text: str) -> list[str]:
    return [c["alias"] for c in child_codes(text)]


@pytest.mark.parametrize(
    ("body", "alias"),
    [
        (
            "1.1 This review considers the multi-agency response to Pupil A, a fourteen-year-old boy who was "
            "seriously injured at his secondary school in the spring term of 2024.\n\n"
            "1.2 Pupil A had been excluded twice in the preceding year. Pupil A lived with his grandmother.\n",
            "Pupil A",
        ),
        (
            "Key facts\n- Student K: 15 yrs, female\n- Incident: overdose, March 2024\n\n"
            "Student K was known to CAMHS. Student K told the school nurse she felt unsafe at home.\n",
            "Student K",
        ),
        (
            "Police attended the address at 02:10. Learner 3 was found in the stairwell with a head injury. "
            "Officers noted Learner 3 had been reported missing from the college twice that month.\n",
            "Learner 3",
        ),
    ],
)
def test_a_pupil_student_or_learner_code_is_the_subject(body: str, alias: str) -> None:
    assert _aliases(OPENING + body) == [alias]


def test_the_abbreviated_code_is_the_same_child() -> None:
    text = (
        OPENING + "Child: Young Person D\n\nYP D was 16 when he was stabbed. The CSC social worker had seen "
        "YP D twice. YP D was not on a CP plan.\n"
    )
    assert _aliases(text) == ["Young Person D"]


@pytest.mark.parametrize(
    "adult",
    [
        "A student social worker visited the home with Child E in March.",
        "The driver of the car was a learner driver. Child E was a passenger.",
        "Child E attended the Pupil Referral Unit from September.",
        "Student Nurse Patel triaged Child E in the emergency department.",
    ],
)
def test_an_adults_label_with_no_code_is_no_child(adult: str) -> None:
    text = OPENING + "Child E was seven years old. " + adult + " Child E was discharged home.\n"
    assert _aliases(text) == ["Child E"]


def test_a_line_naming_two_coded_twins_gives_both() -> None:
    text = (
        OPENING + "Twin A (girl) and Twin B (boy) were born early in 2023. At nine weeks Twin B was admitted "
        "with a fractured femur. Twin A was examined the same day. Twin B recovered.\n"
    )
    assert _aliases(text) == ["Twin A", "Twin B"]


def test_a_sibling_row_in_a_family_list_is_no_subject() -> None:
    text = (
        OPENING + "Baby N (aged 10 weeks) was admitted with bruising.\n\nFamily\n- Baby N, 10 weeks\n"
        "- Sibling 1, 4 yrs (lives with maternal aunt)\n\nBaby N was discharged to foster care. Baby N "
        "is now well.\n"
    )
    assert _aliases(text) == ["Baby N"]


def test_the_shared_list() -> None:
    import re

    pattern = re.compile(code_word() + r" [A-Z]\b")
    for code in ("Child A", "Young person B", "Pupil C", "Student D", "Learner E", "YP F", "Twin G"):
        assert pattern.fullmatch(code)
    assert not pattern.match("Student social")
    assert full_form("YP F") == "Young Person F"
    assert full_form("Child F") == "Child F"


@pytest.mark.parametrize(
    "block",
    [
        # one line each
        "The children\nLearner C: boy, 13. Attends the pupil referral unit.\nLearner D: girl, 14. Known to CAMHS.\n",
        # the reader ran the two entries into one paragraph
        "2. THE CHILDREN\n\nStudent C: male, Year 8, ADHD; lives with grandparents. Student D: female, aged 14, "
        "epilepsy; lives with both parents.\n",
        # bullets in a health voice
        "Subjects\n- Pupil C (m), 13y - GP: asthma\n",
    ],
)
def test_each_child_on_a_line_of_its_own_is_a_subject(block: str) -> None:
    word = next(w for w in ("Learner", "Student", "Pupil") if w in block)
    body = (
        f"{word} C and {word} D were both harmed at the same setting. {word} D told a teacher. {word} C was admitted.\n"
    )
    found = _aliases(OPENING + block + "\n" + body)
    if word == "Pupil":  # a bullet list item opens no code line: nothing from the list itself
        assert f"{word} C" in found
    else:
        assert found == [f"{word} C", f"{word} D"]


def test_a_single_code_line_followed_by_prose_is_one_child() -> None:
    text = (
        OPENING + "Child F: girl, 9 months.\nThe health visitor saw the family twice. Child F was seen at "
        "the ED with a bruise. Child F now lives with her father.\n"
    )
    assert _aliases(text) == ["Child F"]


@pytest.mark.parametrize(
    "said",
    [
        "- Tom's mum: depression (GP, on medication since 2020).",
        "Hana's mum had been treated for post-natal depression by the perinatal mental health team.",
        "Police noted that Child G's dad was under the crisis team for psychosis.",
    ],
)
def test_a_named_childs_mum_or_dad_is_a_parent(said: str) -> None:
    from tests.extract.coding import case_codes

    text = (
        OPENING + "The review concerns Child G and Child H, who lived with their mother. Child G was 4 and "
        "Child H was 2 when they were admitted with injuries.\n\n" + said + "\nChild G and Child H are now in "
        "foster care.\n"
    )
    assert case_codes(text).get("parental_mental_health") == "present"


@pytest.mark.parametrize(
    "boarding",
    [
        "Child J lived at the school for 40 weeks of each year and went home in the holidays.",
        "- Child J: boards at a residential special school (38-week placement).",
        "Child J lives at school in term time; EHCP in place.",
    ],
)
def test_a_child_boarding_at_school_is_not_living_at_home(boarding: str) -> None:
    text = OPENING + "Child J was 13 when he was injured by a member of staff. " + boarding + " Child J recovered.\n"
    assert child_codes(text)[0].get("living_at_home") == "absent"


@pytest.mark.parametrize(
    "near",
    [
        "Child J walked to school each morning with his mother.",
        "Child J lived with his mother and attended the local school.",
    ],
)
def test_going_to_school_is_no_boarding(near: str) -> None:
    text = OPENING + "Child J was 13 when he was injured. " + near + " Child J recovered.\n"
    assert child_codes(text)[0].get("living_at_home") != "absent"


@pytest.mark.parametrize(
    "couple",
    [
        "Ms K and he separated when Child L was a baby.",
        "Mother told the HV that she and he had split up in 2021.",
        "Mr K and she divorced in 2019; contact is informal.",
    ],
)
def test_a_parent_named_then_he_or_she_separated(couple: str) -> None:
    from tests.extract.coding import case_codes

    text = OPENING + "Child L was 6 and lived with his mother, Ms K. " + couple + " Child L was admitted.\n"
    assert case_codes(text).get("parental_separation") == "present"


@pytest.mark.parametrize(
    ("title", "body", "letter"),
    [
        (
            'Safeguarding Children Partnership\n\nLocal Child Safeguarding Practice Review\n"T"\n\n',
            "1. Introduction\nT was sixteen when she died. The family asked that T be known only by her initial. "
            "T had been known to CAMHS.\n",
            "T",
        ),
        (
            "Serious Case Review\n\n“M”\n\nAuthor: independent reviewer\n\n",
            "M was 14. Police had contact with M twice in 2023. M was reported missing in May.\n",
            "M",
        ),
        (
            "Rapid review (CSPR)\n'K'\n\n",
            "Summary: K, 15 yrs, found unresponsive at home. K was open to CSC (CIN). K's GP had referred him.\n",
            "K",
        ),
    ],
)
def test_a_quoted_initial_on_the_title_line_is_the_subject(title: str, body: str, letter: str) -> None:
    assert _aliases(title + body) == [letter]


def test_a_quoted_letter_the_body_never_uses_is_no_child() -> None:
    text = 'Local Child Safeguarding Practice Review\n"Q"\n\n1. Introduction\nChild D was 3 when he was admitted.\n'
    assert _aliases(text) == ["Child D"]


@pytest.mark.parametrize(
    "title",
    [
        "SERIOUS CASE REVIEW\n\nTHE K CHILDREN: NOAH AND LENA\n\nOverview report\n\n",
        "Child Safeguarding Practice Review\nThe K children: Noah and Lena\n\n",
        "LCSPR\nSIBLINGS - NOAH AND LENA\n\n",
    ],
)
def test_names_after_a_family_label_in_a_title(title: str) -> None:
    body = "1. Introduction\nNoah was six and Lena was two. Noah told his teacher. Lena was seen by the HV.\n"
    assert _aliases(title + body) == ["Noah", "Lena"]


def test_a_family_label_with_one_name_and_a_place_is_no_pair() -> None:
    text = (
        "SERIOUS CASE REVIEW\n\nTHE K FAMILY: LOWMOOR AND DISTRICT\n\n1. Introduction\nNoah was six when he "
        "was admitted. Noah lived with his mother.\n"
    )
    assert _aliases(text) == ["Noah"]
