"""Round 8 (family8): parental and family flags. Absences said with a list, a source or a test
between the words; abuse the review itself leaves open; glossary lines; a parent's own youth.
Every report below is made up for these tests."""

from __future__ import annotations

import pytest

from caselearn.extract.text import Doc
from tests.extract.coding import case_codes

OPENING = "Local Child Safeguarding Practice Review\n\n1. Introduction\n\n"
BABY = "Mia was ten weeks old when she was admitted to hospital with bruising in 2023. Mia survived. "
DA = "domestic_abuse"
ALC = "parental_alcohol_misuse"
DRUG = "parental_drug_misuse"
MH = "parental_mental_health"


def code(sentence: str, variable: str, child: str = BABY) -> str:
    return case_codes(OPENING + child + sentence).get(variable, "not_known")


@pytest.mark.parametrize(
    "sentence, variable, value",
    [
        # absences with the source between the words
        ("No concerns held by any agency about parental drinking or domestic abuse were recorded.", DA, "absent"),
        ("There were no concerns known to the agencies about the parents' alcohol or drug misuse.", ALC, "absent"),
        ("Agencies held no record, at any stage, of domestic abuse between the couple.", DA, "absent"),
        ("There was no indication from either service of substance misuse by the parents.", ALC, "absent"),
        ("We found no information from any partner to suggest mental ill-health in either parent.", MH, "absent"),
        ("No agency has any record of domestic abuse between the parents.", DA, "absent"),
        ("Domestic violence was not a feature of the parents' relationship.", DA, "absent"),
        ("Parental alcohol misuse was not a factor in this family.", ALC, "absent"),
        # tested and negative
        ("Both parents had hair-strand tests for alcohol and drugs; all results were negative.", DRUG, "absent"),
        ("The parents' alcohol screening tests in March were negative.", ALC, "not_known"),
        # the look-alikes: a child's own negative test, a single clause about another matter
        ("Mia's toxicology was negative for drugs.", DRUG, "not_known"),
        ("There were no concerns about the home conditions, but the mother drank heavily most nights.", ALC, "present"),
        # opiate substitution is drug misuse
        ("The father has been prescribed methadone since 2019.", DRUG, "present"),
        ("The mother collected her methadone from the pharmacy each morning.", DRUG, "present"),
    ],
)
def test_family_absences(sentence: str, variable: str, value: str) -> None:
    assert code(sentence, variable) == value


def test_review_leaves_domestic_abuse_open() -> None:
    text = (
        "Police attended a domestic incident at the flat in May 2023 and a DASH was completed. "
        "The review cannot say whether there was domestic abuse in the relationship. "
    )
    assert code(text, DA) == "not_known"
    # without that conclusion the incident counts
    assert code("Police attended a domestic incident at the flat in May 2023 and a DASH was completed. ", DA) == (
        "present"
    )


def test_glossary_is_not_a_case_fact() -> None:
    text = "Glossary. GP - general practitioner; MARAC - Multi-Agency Risk Assessment Conference; NFA - no action. "
    assert code(text, DA) == "not_known"
    assert code("DASH - Domestic Abuse, Stalking and Harassment risk assessment\n\n", DA) == "not_known"
    # a case note about a person is not a glossary entry
    assert code("PGM - drinks heavily every day and looks after Mia at weekends.\n\n", ALC) == "present"


def test_abuse_in_a_parent_youth_is_not_the_household() -> None:
    text = "When she was 14 her mother's partner was violent towards her and she went into foster care. "
    assert code(text, DA) == "not_known"


def test_abuse_in_a_named_child_early_years_is_long_ago() -> None:
    teen = "Zara was 16 years old when she was found injured in 2022. Zara survived. "
    text = "There was domestic abuse between her mother and a series of partners throughout Zara's early childhood. "
    assert code(text, DA, child=teen) == "not_known"


VC = "parental_violent_crime"
CR = "parental_criminal_record"


@pytest.mark.parametrize(
    "sentence, variable, value",
    [
        # violence outside the home, told with the penalty first and the offence further on
        ("Mr K was jailed in 2018, after a long trial, for armed robbery of a post office.", VC, "present"),
        ("The father was on probation for an assault on a doorman outside a bar in 2021.", VC, "present"),
        (
            "Mr K had convictions for burglary, for handling stolen goods and, in 2016, for wounding a man.",
            VC,
            "present",
        ),
        # violence against the mother is domestic abuse, not violent crime
        ("In 2020 Mr K was convicted of assault by beating against the mother.", VC, "not_known"),
        (
            "Police recorded domestic abuse by Mr K towards the mother; he was cautioned for assaulting her.",
            VC,
            "not_known",
        ),
        # a sexual offence is not violent crime here; offenders outside the family are not parents
        ("Mr K had a conviction in 2001 for indecent assault.", VC, "not_known"),
        ("Two young men were convicted of manslaughter and robbery.", VC, "not_known"),
        ("Three members of staff were suspended and one was convicted of assault.", CR, "not_known"),
        # a record said to hold no violence, and checks that found nothing
        ("The father had convictions for theft, but none for violence.", VC, "absent"),
        ("Police checks on both parents returned no trace.", CR, "absent"),
        ("Neither parent had ever had any contact with the police.", CR, "absent"),
        ("Neither parent is known to police.", VC, "absent"),
    ],
)
def test_offending(sentence: str, variable: str, value: str) -> None:
    assert code(sentence, variable) == value


def agencies_found(text: str) -> set[str]:
    from caselearn.extract.agencies import agencies

    s = agencies(Doc.from_text(text), 2023)
    return set(s.value) if s is not None else set()


def test_police_record_is_not_police_contact() -> None:
    # a conviction on a parent's record, or a statement that there was none, is not contact
    assert "police" not in agencies_found("Police records show that the father was convicted of theft in 2012.")
    assert "police" not in agencies_found("Neither parent had any previous convictions or contact with police.")
    # ... but being known to the police, a caution or a call-out is
    assert "police" in agencies_found("The father was known to police for a 2019 conviction for affray.")
    assert "police" in agencies_found("In 2021 the mother received a police caution for shoplifting.")
    assert "police" in agencies_found("Police attended the flat in 2022 after a neighbour reported shouting.")


def test_response_once_the_harm_was_found_is_not_earlier_contact() -> None:
    text = "Once the fractures were identified, the response from the hospital and the police was swift."
    assert agencies_found(text) == set()
