"""Round 23 (false absent values): a denial about a parent read as the child's ("there was no evidence that
she misused drugs or alcohol" after a paragraph about the mother); a negative toxicology after the incident
read as no drinking; a word for everyone ("either parent", "the household") in another clause about another
matter read as covering a denial that names one person. Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import case_codes, child_codes

OPENING = (
    "Local Child Safeguarding Practice Review: Child K\n\n"
    "Child K, a girl aged 14, was found seriously injured in a park in March 2024. She lives with her "
    "mother and sees her father, who lives nearby, most weekends.\n\n"
)


def _child(text: str) -> dict[str, str]:
    return child_codes(OPENING + text)[0]


def _case(text: str) -> dict[str, str]:
    return case_codes(OPENING + text)


# --- a "that she / that he" clause whose pronoun stands for a parent --------------------------------------


@pytest.mark.parametrize(
    "para",
    [
        "K's mother is 41 and has depression. She has seen her GP for some years. "
        "There is no evidence that she misused alcohol or drugs at any time.",
        "Mr P, the father, has no criminal record. He works as a driver. "
        "The review found no evidence that he misused alcohol or drugs.",
    ],
)
def test_pronoun_for_a_parent_is_not_the_child(para: str) -> None:
    child = _child(para + "\n\nK is in Year 9 at a local school.\n")
    assert child["child_alcohol_misuse"] == "not_known"


def test_pronoun_for_the_child_still_counts() -> None:
    para = (
        "K is in Year 9 at a local school. She enjoys art and music. "
        "There is no evidence that she misused alcohol at any time."
    )
    assert _child(para + "\n")["child_alcohol_misuse"] == "absent"


# --- a negative toxicology after the incident -------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Blood tests at the hospital showed no alcohol or drugs.",
        "The toxicology screen on admission found no drugs in her system.",
        "Toxicology after the incident was negative.",
    ],
)
def test_negative_toxicology_is_no_absence_of_drinking(sentence: str) -> None:
    assert _child(sentence + "\n")["child_alcohol_misuse"] == "not_known"


def test_those_who_knew_the_child_say_she_did_not_drink() -> None:
    text = "Her friends and teachers were all clear that K did not use drugs or alcohol.\n"
    assert _child(text)["child_alcohol_misuse"] == "absent"


# --- a word for everyone in another clause about another matter --------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "No agency held any record of domestic abuse in the household, and no agency had any concern "
        "about alcohol use by K's mother.",
        "There was no evidence that she misused alcohol, and no history of mental illness in either parent.",
    ],
)
def test_everyone_in_another_clause_does_not_cover(sentence: str) -> None:
    text = "K's mother works as a carer. " + sentence + "\n"
    assert _case(text)["parental_alcohol_misuse"] == "not_known"


@pytest.mark.parametrize(
    "sentence",
    [
        "She had no history of alcohol misuse, and no agency had any concern about drinking by either parent.",
        "No agency had any concern about alcohol misuse by either parent.",
    ],
)
def test_everyone_in_a_clause_on_the_same_matter_covers(sentence: str) -> None:
    text = "K's mother works as a carer. " + sentence + "\n"
    assert _case(text)["parental_alcohol_misuse"] == "absent"


# --- reluctant engagement: a pregnancy's routine care, the professionals' engagement, engagement since ------


@pytest.mark.parametrize(
    "sentence",
    [
        "The mother booked at eight weeks and attended every appointment.",
        "Maternity: booked at 12 weeks, attended all appointments.",
        "She attended all of her antenatal appointments with her partner.",
        "Practitioners engaged well with the father at every visit.",
        "He has since engaged well with the child protection enquiry.",
    ],
)
def test_routine_or_one_sided_engagement_is_no_verdict(sentence: str) -> None:
    text = "The family was known to the health visitor. " + sentence + "\n"
    assert _case(text)["theme_reluctant_engagement"] == "not_known"


@pytest.mark.parametrize(
    "sentence",
    [
        "The mother engaged well with every service offered to her.",
        "The parents kept all their appointments with the family support worker.",
    ],
)
def test_parents_engagement_still_praised(sentence: str) -> None:
    text = "The family was known to the health visitor. " + sentence + "\n"
    assert _case(text)["theme_reluctant_engagement"] == "absent"


# --- information sharing: a part set against another, or a negated verdict, is no verdict on the whole -------

FAILURE = "The hospital did not tell the health visitor about the head injury, and the referral letter was lost. "


@pytest.mark.parametrize(
    "sentence",
    [
        "By contrast, information sharing between the nursery and the GP was good.",
        "Information sharing between the school and the police, by contrast, was prompt.",
        "Information sharing between the midwife and the GP was otherwise timely.",
        "Information sharing between the two forces was generally good.",
        "Information sharing between the police and the school was therefore not timely on this occasion.",
    ],
)
def test_partial_information_sharing_praise_does_not_cancel_a_failure(sentence: str) -> None:
    assert _case(FAILURE + sentence + "\n")["theme_information_sharing"] == "present"


def test_information_sharing_verdict_on_the_whole_still_stands() -> None:
    text = "The review considered how agencies worked together. Information sharing between agencies was good.\n"
    assert _case(text)["theme_information_sharing"] == "absent"


# --- a thematic review of several families: a case flag is absent only when excluded for all ----------------

THEMATIC = (
    "Thematic Review: Injuries to Babies\n\n"
    "The safeguarding partners commissioned one thematic review of three cases rather than three separate "
    "reviews. This review concerns Baby A, Baby B and Baby C.\n\n"
    "Baby A\n\nBaby A was a boy aged four months when he was admitted to hospital with a skull fracture "
    "in March 2023.\n\n"
    "Baby B\n\nBaby B was a girl aged two months when she was admitted to hospital with rib fractures in June 2023.\n\n"
    "Baby C\n\nBaby C was a boy aged five months when he was admitted to hospital with bruising in August 2023.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "variable"),
    [
        ("Baby A's parents are married and live together.", "parental_separation"),
        ("Neither parent had any history of alcohol misuse.", "parental_alcohol_misuse"),
        ("There was no domestic abuse in Baby C's household.", "domestic_abuse"),
    ],
)
def test_one_familys_absence_is_not_every_familys(sentence: str, variable: str) -> None:
    assert case_codes(THEMATIC + sentence + "\n")[variable] == "not_known"


@pytest.mark.parametrize(
    ("sentence", "variable"),
    [
        ("There was no domestic abuse in any of the three families.", "domestic_abuse"),
        ("There was no history of domestic abuse in the three families.", "domestic_abuse"),
        (
            "No agency had any concern about alcohol misuse by the parents in any of the families.",
            "parental_alcohol_misuse",
        ),
    ],
)
def test_an_absence_over_every_family_stands(sentence: str, variable: str) -> None:
    assert case_codes(THEMATIC + sentence + "\n")[variable] == "absent"


# --- "the mother's then partner": a partner of the period the review examines counts ------------------------


def test_mothers_then_partner_counts() -> None:
    text = (
        "K's father has had no contact with her since she was a baby. From 2019 to 2022 K lived with her mother "
        "and the mother's then partner, Mr D, who had a conviction for assault.\n\n"
        "Ms L has no history of substance misuse or mental ill-health.\n"
    )
    codes = _case(text)
    assert codes["parental_alcohol_misuse"] == "not_known"
    assert codes["parental_mental_health"] == "not_known"
