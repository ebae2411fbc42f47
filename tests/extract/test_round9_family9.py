"""Round 9 (family9): parental and family flags. Parents said to live together in notes, field
lists and pronoun sentences; a parent's own parents' divorce; a looked-after child's contact with a
parent; a parent who left a job rather than the family. Every report below is made up."""

from __future__ import annotations

import pytest

from tests.extract.coding import case_codes

OPENING = "Local Child Safeguarding Practice Review\n\n1. Introduction\n\n"
BABY = "Noah was eight weeks old when he was admitted to hospital with a skull fracture in 2023. Noah survived. "
IN_CARE = (
    "Ellie was fifteen when she died in 2022. At the time of her death Ellie was a looked after child "
    "living in a residential children's home. "
)
SEP = "parental_separation"
ACRIM = "acrimonious_separation"


def code(sentence: str, variable: str, child: str = BABY) -> str:
    return case_codes(OPENING + child + sentence).get(variable, "not_known")


@pytest.mark.parametrize(
    "sentence",
    [
        # formal prose, the couple as "they"
        "They had been married for six years and lived together in a terraced house on the estate.",
        "They had been in a relationship since school and were living together at the time of the incident.",
        "The couple got married in 2019, a year before the birth.",
        # a pronoun and a parent: "he and the mother"
        "He and the mother were living together as a couple at her flat.",
        "She and Dad are married and share the care of the children.",
        # notes, template fields and shorthand
        "- Parents (both early 30s) living together; second baby.",
        "- Parents together approx 5 yrs; cohabiting at the same address.",
        "Household: Mum (31), Dad (33), Noah, sibling (4)",
        "Lives with: mother and father",
        "Household composition - mother, father (living together), Noah",
        "The family were all living together: Noah's mother and father and his brother.",
        # named by title
        "Ms T and Mr T had been together since 2015 and married in 2018.",
    ],
)
def test_parents_living_together_is_no_separation(sentence: str) -> None:
    codes = case_codes(OPENING + BABY + sentence)
    assert codes.get(SEP) == "absent"
    assert codes.get(ACRIM) == "absent"  # no separation, so no acrimonious one


@pytest.mark.parametrize(
    "sentence, value",
    [
        # a separation named later in the same report wins
        ("They had been married for six years and lived together until they separated in 2022.", "present"),
        ("They married in 2016; the father left the family home in 2021.", "present"),
        # a mother and a partner who is not the father: nothing about the parents
        ("Household: Mother (27), her partner Mr K (30), Noah", "not_known"),
        ("The mother and her boyfriend were living together at his flat.", "not_known"),
        # not living together, never married
        ("She and the father were not living together.", "not_known"),
        ("They never married.", "not_known"),
    ],
)
def test_living_together_near_misses(sentence: str, value: str) -> None:
    assert code(sentence, SEP) == value


@pytest.mark.parametrize(
    "sentence, value",
    [
        ("The mother had left her job at the supermarket before the birth.", "not_known"),
        ("Mother left her baby with a neighbour while she went to the shop.", "not_known"),
        ("The father left her part-time work in the hands of his sister.", "not_known"),
        ("The father left her when she was six months pregnant.", "present"),
        ("Noah's father had left the family in early 2023.", "present"),
        ("The mother left him in 2022 and moved to her sister's.", "present"),
    ],
)
def test_leaving_a_job_is_not_leaving_the_family(sentence: str, value: str) -> None:
    assert code(sentence, SEP) == value


@pytest.mark.parametrize(
    "sentence",
    [
        "The mother told the reviewer that her parents divorced bitterly when she was nine.",
        "Her own parents had an acrimonious divorce, and she lived with her grandmother afterwards.",
        "Mr D's parents split up when he was twelve; the separation was hostile and went to court.",
    ],
)
def test_a_parents_own_parents_divorce_is_not_the_childs(sentence: str) -> None:
    codes = case_codes(OPENING + BABY + sentence)
    assert codes.get(SEP, "not_known") == "not_known"
    assert codes.get(ACRIM, "not_known") == "not_known"


def test_a_teenagers_own_parents_separating_when_small_still_counts() -> None:
    teen = "Kai was fourteen when he was stabbed in 2023. Kai survived. "
    assert code("His parents separated when he was eight, and the divorce was acrimonious.", SEP, teen) == "present"
    assert code("His parents separated when he was eight, and the divorce was acrimonious.", ACRIM, teen) == "present"


@pytest.mark.parametrize(
    "sentence, value",
    [
        # a looked-after child's contact with a parent, or where a parent lives
        ("Contact with her mother was irregular and often cancelled.", "not_known"),
        ("Her mother lives in another city and phoned on birthdays.", "not_known"),
        ("The IRO noted her separation from her mother and brothers as a loss.", "not_known"),
        ("Ellie's father had little contact with her after she came into care.", "not_known"),
        # the parents' own separation is still named
        ("Her parents separated in 2014, three years before she came into care.", "present"),
        ("Her mother has since separated from the partner who hit her.", "present"),
        ("Her mum and dad divorced when she was small.", "present"),
    ],
)
def test_looked_after_childs_contact_is_not_parents_separating(sentence: str, value: str) -> None:
    assert code(sentence, SEP, IN_CARE) == value


@pytest.mark.parametrize(
    "sentence, value",
    [
        # a statement that runs on after a colon is not a field label
        ("The separation was acrimonious: each parent called the police on the other.", "present"),
        ("Their divorce had been 'really bitter', the mother told the author.", "present"),
        ('Mr S said that the split was "very hostile" and that he stopped seeing his son.', "present"),
        ("The relationship ended in 2021 amid a great deal of hostility, with a non-molestation order.", "present"),
        ("The couple separated in 2022 amid bitter rows about the children.", "present"),
        # the label in notes still is one, and an amicable parting is not acrimonious
        ("Contact dispute: none recorded.", "not_known"),
        ("They separated amicably in 2021 and share the care.", "absent"),
    ],
)
def test_acrimonious_separation_phrasings(sentence: str, value: str) -> None:
    assert code(sentence, ACRIM) == value


def test_acrimony_told_through_the_child_counts() -> None:
    teen = "Maya was thirteen when she took an overdose in 2023. Maya survived. "
    sentence = "Maya's parents separated when she was four, after a bitter dispute about contact that went to court."
    assert code(sentence, ACRIM, teen) == "present"


@pytest.mark.parametrize(
    "sentence, value",
    [
        ("His parents are separated and he lives with his mother.", "present"),
        ("- Parents divorced; F has the children alternate weekends.", "present"),
        ("The parents had been estranged for a year before the incident.", "present"),
        ("Noah's father, then 19, did not live with the mother but visited most days.", "present"),
        ("Dad doesn't live with them but sees the boys at weekends (police voice: non-resident).", "present"),
        ("Mother's relationship with Noah's father ended in 2022 after police call-outs for DA.", "present"),
        ("The relationship between the parents broke down when Noah was a few weeks old.", "present"),
        # near misses: not a separation of the parents
        ("The father's relationship with the health visitor broke down.", "not_known"),
        ("The mother did not live with her own parents after the age of sixteen.", "not_known"),
        ("The parents were not separated at any point.", "not_known"),
    ],
)
def test_separation_phrasings(sentence: str, value: str) -> None:
    assert code(sentence, SEP) == value


ISO = "social_isolation"
ALC = "parental_alcohol_misuse"
DA = "domestic_abuse"
MH = "parental_mental_health"
TEEN = "Sam was fifteen when he was found injured in 2023. Sam survived. "


@pytest.mark.parametrize(
    "sentence, value",
    [
        # a matter an assessment failed to weigh is not denied
        ("The assessment did not consider the family's isolation or the mother's limited English.", "present"),
        ("No agency took account of the mother's social isolation after the move.", "present"),
        ("\n- CSC assessment: did not address Mum's isolation, debts or low mood.", "present"),
        # ... but a real negation still is one
        ("There was no social isolation: the mother had a large network of friends.", "not_known"),
        ("The assessment did not consider whether the family was isolated.", "not_known"),
        # feeling alone, never seeing anyone
        ("The mother told the HV that she felt completely alone since moving to the town.", "present"),
        ('The mother said she was "so alone" and had nobody to call.', "present"),
        ("The mother said that she never saw anyone from one week to the next.", "present"),
        # near misses: alone with the baby, alone for a while, in a room
        ("The mother was alone with the baby overnight.", "not_known"),
        ('She felt "completely alone" when her partner worked away.', "not_known"),
        ("The father was alone in the flat when the police arrived.", "not_known"),
    ],
)
def test_isolation_phrasings(sentence: str, value: str) -> None:
    assert code(sentence, ISO) == value


@pytest.mark.parametrize(
    "sentence, variable, value",
    [
        # the subject child's own isolation or low mood, by name in the possessive
        ("Practitioners did not grasp the risks of Sam's growing isolation at home.", ISO, "not_known"),
        ("Sam's loneliness after leaving school was noted by his youth worker.", ISO, "not_known"),
        ("Workers were slow to see Sam's low mood and anxiety.", MH, "not_known"),
        # ... but a parent named after the child's name holds it
        ("Sam's mother has depression and was prescribed sertraline by her GP.", MH, "present"),
        ("Sam's mum had been socially isolated since her own family moved abroad.", ISO, "present"),
        ("Sam's father's anxiety was severe and he rarely left the house.", MH, "present"),
    ],
)
def test_childs_own_condition_by_possessive_name(sentence: str, variable: str, value: str) -> None:
    assert code(sentence, variable, TEEN) == value


def test_miles_from_the_family_home_is_a_placement() -> None:
    teen = "Jo was fourteen when she died in 2022. At the time Jo was a looked after child in a residential home. "
    assert code("The home was 90 miles from her family home.", ISO, teen) == "not_known"
    assert code("The mother lived 200 miles from her family and friends.", ISO) == "present"


@pytest.mark.parametrize(
    "sentence, variable, value",
    [
        ("The pre-birth assessment did not consider the father's heavy drinking.", ALC, "present"),
        ("No professional took account of the mother's depression when planning discharge.", MH, "present"),
        ("Police did not recognise the pattern of domestic abuse in the couple's call-outs.", DA, "present"),
        # a plain denial stays one
        ("There was no domestic abuse in the household.", DA, "absent"),
        ("The assessment did not consider any domestic abuse to be present.", DA, "not_known"),
    ],
)
def test_a_failure_to_weigh_a_matter_is_not_its_denial(sentence: str, variable: str, value: str) -> None:
    assert code(sentence, variable) == value


CL = "parent_care_leaver"


@pytest.mark.parametrize(
    "sentence, value",
    [
        # in care up to adulthood
        ("The mother was herself in care in another county aged 12-18.", "present"),
        ("\n- BM: in foster care between the ages of 13 and 18 (neglect).", "present"),
        ("Mr L was looked after by the council from the age of ten to eighteen.", "present"),
        ("The father had himself been in the care of a northern local authority as a teenager.", "present"),
        ("The mother spoke to the reviewer about her own childhood in care and the loss of her sisters.", "present"),
        # near misses: a short spell, a spell ending in childhood, an infant's few months
        ("The mother was in foster care for three months when she was nine.", "not_known"),
        ("The mother was in care aged 3-5 and was then adopted.", "not_known"),
        ("Noah was in foster care from 2 weeks to 18 weeks old.", "not_known"),
    ],
)
def test_parent_in_care_to_adulthood_is_a_care_leaver(sentence: str, value: str) -> None:
    assert code(sentence, CL) == value


def test_not_eligible_for_leaving_care_support_is_no_care_leaver() -> None:
    sentence = "The mother returned home at fifteen and was not eligible for leaving care support."
    assert code(sentence, CL) == "absent"


DRUG = "parental_drug_misuse"


@pytest.mark.parametrize(
    "sentence, variable, value",
    [
        # no agency information, the adults named one by one
        ("No agency held information suggesting that the mother or Mr K misused alcohol.", ALC, "absent"),
        ("No agency had any evidence indicating that the father had used drugs.", DRUG, "absent"),
        ("No service held information to suggest that Ms B or Mr C took drugs.", DRUG, "absent"),
        # drinking in other words
        ("The mother has a long-standing problem with alcohol.", ALC, "present"),
        ("From 2021 his drinking escalated and he lost his job.", ALC, "present"),
        ("Mum was referred by the GP to the community alcohol team but did not attend.", ALC, "present"),
        ('Father told the reviewer he had been "drinking to cope" after the birth.', ALC, "present"),
        ("\n- F: GP notes record 40+ units/week (2022).", ALC, "present"),
        # near misses: a drug and alcohol team treats either; another person's problem; research
        ("The father was referred to the Drug and Alcohol Team for his cannabis use.", ALC, "not_known"),
        ("Noah's grandmother's drinking had escalated, but she had no caring role.", ALC, "not_known"),
        ("Research shows that problems with alcohol are common in families known to services.", ALC, "not_known"),
    ],
)
def test_parental_substance_phrasings(sentence: str, variable: str, value: str) -> None:
    assert code(sentence, variable) == value
