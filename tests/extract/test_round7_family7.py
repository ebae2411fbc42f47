"""Round 7 (family7): parental and family flags. Domestic abuse told of an ended relationship and
then ruled out for the household since; multiple partners, isolation and a parent's own
childhood phrased in more of the ways reviewers write them; someone isolating a person is not
the family's isolation. Every report below is made up for these tests."""

from __future__ import annotations

import pytest

from tests.extract.coding import case_codes

OPENING = "Local Child Safeguarding Practice Review\n\n1. Introduction\n\n"
BABY = "Ava was eleven weeks old when she was admitted to hospital with a skull fracture in 2023. Ava survived. "
BOY6 = "Noah was six years old when he was admitted to hospital with a head injury in 2023. Noah survived. "
TEEN = "Kai was 15 years old when he was stabbed in a park in 2023. Kai survived. "
DA = "domestic_abuse"
MP = "multiple_partners"
SI = "social_isolation"
ACES = "parental_aces"


def code(sentence: str, variable: str, child: str = BABY) -> str:
    return case_codes(OPENING + child + sentence).get(variable, "not_known")


@pytest.mark.parametrize(
    "sentence, variable, value",
    [
        # domestic abuse in a relationship that ended, with none in the household since: absent
        (
            "The mother said she had suffered domestic abuse from Ava's father during their relationship. "
            "No domestic abuse has been reported in the household since they separated.",
            DA,
            "absent",
        ),
        (
            "In that relationship police were called to domestic abuse at the flat. "
            "Agencies had no report, disclosure or indication of domestic abuse between the mother and Mr T.",
            DA,
            "absent",
        ),
        (
            "Her marriage to Mr P was marked by domestic abuse, with two assaults reported in 2019. "
            "Mr P was convicted of assaulting her and moved away. "
            "The child in need plan of 2019-2020 focused on the domestic abuse. "
            "No domestic abuse was reported in the household after the separation.",
            DA,
            "absent",
        ),
        # the abuse with no absence at all stays present
        ("The mother told the health visitor about domestic abuse from her partner.", DA, "present"),
        # an undated mention with an absence not set after a separation stays present
        (
            "Police attended a domestic abuse incident at the home. There was no MARAC referral and "
            "no record of domestic abuse in the GP notes.",
            DA,
            "present",
        ),
        # call-outs when the child was small, in a review of a six-year-old: long before
        ("Police attended domestic incidents between the parents when Noah was small.", DA, "not_known"),
        # multiple partners
        ("Over the next year the mother had three short-term partners.", MP, "present"),
        ("After the separation Mother had two relationships, the second with Mr K.", MP, "present"),
        ("The father has had two further brief relationships since then.", MP, "present"),
        ("The mother has five children by three different fathers.", MP, "present"),
        ("The mother has not had another partner since the separation.", MP, "absent"),
        ("She had two appointments with the midwife.", MP, "not_known"),
        # isolation in more words
        ("The mother had few people to turn to after the move.", SI, "present"),
        ("Her family all live overseas and she had no friends in the town.", SI, "present"),
        ("The father had moved away from his support network to take up a job.", SI, "present"),
        ("Looking back, she was very alone with the baby.", SI, "present"),
        # someone isolating a person (an abuser's tactic) and an "isolated" event are not isolation
        ("Her partner isolated her from her friends and checked her phone.", SI, "not_known"),
        ("The missed visit was an isolated lapse in an otherwise good service.", SI, "not_known"),
        # a parent's own childhood
        ("The mother grew up with her father and was on a plan for neglect at eight.", ACES, "present"),
        ("Ms D had grown up in a home in which her stepfather was violent.", ACES, "present"),
        ("The father was himself in foster care from the age of nine.", ACES, "present"),
        ("Mr R spent a period in residential care aged fourteen.", ACES, "present"),
        ("The mother described her own upbringing as 'chaotic' and frightening.", ACES, "present"),
        ("The mother told the GP she had a hard childhood.", ACES, "present"),
        ("The mother grew up in a village near the coast.", ACES, "not_known"),
    ],
)
def test_round7_family(sentence: str, variable: str, value: str) -> None:
    assert code(sentence, variable, BOY6 if "Noah" in sentence else BABY) == value


def test_teen_parent_named_by_surname_holds_the_partners() -> None:
    """In a teenager's review the parent is named by title and surname ("Ms Marsh"): her
    relationships are hers, not the young person's."""
    text = "Ms Okafor has had a series of short relationships, several with violent men."
    assert code(text, MP, TEEN) == "present"


def test_teen_absence_said_of_the_young_person_is_not_the_parents() -> None:
    text = "There was no known substance misuse by Kai at any point."
    assert code(text, "parental_drug_misuse", TEEN) == "not_known"


@pytest.mark.parametrize(
    "sentence, variable, value",
    [
        # absences of domestic abuse in more words
        ("No agency had any record of domestic abuse in the household.", DA, "absent"),
        ("No agency identified domestic abuse at any point.", DA, "absent"),
        ("There had been no reports or indicators of domestic abuse.", DA, "absent"),
        ("In none of the four families was domestic abuse recorded during the period.", DA, "absent"),
        # a parent's parent with no part in the child's care, or in the parent's childhood
        (
            "Ms B's mother, who lives in the next street, has drunk heavily for years; she provides "
            "no caring role and did not care for Ava.",
            "parental_alcohol_misuse",
            "not_known",
        ),
        (
            "The mother grew up in a chaotic home because of her father's drinking.",
            "parental_alcohol_misuse",
            "not_known",
        ),
        ("The father's drinking had increased over the summer.", "parental_alcohol_misuse", "present"),
        # an open question is not drinking
        (
            "The review considered whether the mother was misusing alcohol at the time.",
            "parental_alcohol_misuse",
            "not_known",
        ),
        # violence outside the home counts even beside an assault on a partner; an assault on the
        # mother alone is domestic abuse, not violent crime; a sexual offence is not violent crime here
        (
            "Mr K had convictions for wounding a man in a pub (2015) and for assault on a former partner (2018).",
            "parental_violent_crime",
            "present",
        ),
        ("The father was convicted in 2021 of assaulting their mother.", "parental_violent_crime", "not_known"),
        (
            "Mr K had convictions for theft (2009) and for assault occasioning actual bodily harm (2012).",
            "parental_violent_crime",
            "present",
        ),
    ],
)
def test_round7_family_more(sentence: str, variable: str, value: str) -> None:
    assert code(sentence, variable) == value


@pytest.mark.parametrize(
    "sentence, variable, value",
    [
        ("Neither parent misused alcohol or drugs at any time.", "parental_drug_misuse", "absent"),
        (
            "No agency held any information about parental depression, substance misuse or debt.",
            "parental_drug_misuse",
            "absent",
        ),
        (
            "No agency had any information suggesting that either parent misused drugs or alcohol.",
            "parental_alcohol_misuse",
            "absent",
        ),
        (
            "There was no indication at any point of poverty, substance misuse or neglect in the family.",
            "parental_drug_misuse",
            "absent",
        ),
        ("Hair tests for both parents taken in May were negative for illicit drugs.", "parental_drug_misuse", "absent"),
        # the young person's own negative test says nothing of the parents
        ("Ava's toxicology was negative for drugs.", "parental_drug_misuse", "not_known"),
    ],
)
def test_round7_substance_absences(sentence: str, variable: str, value: str) -> None:
    assert code(sentence, variable) == value


@pytest.mark.parametrize(
    "sentence, variable, value",
    [
        ("Neither the mother nor Mr D had any criminal convictions.", "parental_criminal_record", "absent"),
        ("Neither the mother nor Mr D had any criminal convictions.", "parental_violent_crime", "absent"),
        ("Neither parent nor Mr K was ever known to the police.", "parental_criminal_record", "absent"),
        ("\n- Neither parent known to police.", "parental_violent_crime", "absent"),
        ("None of the parents in the two families had a criminal record.", "parental_criminal_record", "absent"),
        ("Neither parent had convictions for violent offences.", "parental_violent_crime", "absent"),
        # one adult's clean record says nothing of the other parent
        ("Mr D had no criminal convictions.", "parental_criminal_record", "not_known"),
    ],
)
def test_round7_record_absences(sentence: str, variable: str, value: str) -> None:
    assert code(sentence, variable) == value


@pytest.mark.parametrize(
    "sentence, variable, value",
    [
        ("Her parents split up amicably when she was two.", "acrimonious_separation", "absent"),
        ("Both parents described the separation as amicable.", "acrimonious_separation", "absent"),
        (
            "Ava was the first child of her parents, who had met at college and lived together in a rented flat.",
            "parental_separation",
            "absent",
        ),
        ("\n- Parents together 4 yrs, cohabiting in a council flat.", "parental_separation", "absent"),
        ("\n- Married, living together with the two children.", "acrimonious_separation", "absent"),
        # living together only until a split is not an absence
        ("The parents lived together until 2021, when they separated.", "parental_separation", "present"),
    ],
)
def test_round7_separation(sentence: str, variable: str, value: str) -> None:
    assert code(sentence, variable) == value
