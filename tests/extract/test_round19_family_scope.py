"""Round 19: parental and family flags, by cause rather than by sentence: a denial of "substance
misuse" covers drink as well as drugs; a denial that covers the household ("neither adult in the
home", "neither was known"); a negation in a relative clause or before "the fact that" does not
reach the main clause; "cannot say whether" leaves a matter open; a mother out of the child's life
needs no denial of her own; another woman's partner is not the mother's; a previous partner's abuse
of the mother dated in the child's life is the household's; a parent's own care history is not the
household's abuse; and what the family moved through is not a looked-after child's placements.
Every report below is made up for these tests."""

from __future__ import annotations

import pytest

from caselearn.extract import context
from tests.extract.coding import case_codes

OPENING = "Local Child Safeguarding Practice Review\n\n1. Introduction\n\n"
BABY = "Ava was eleven weeks old when she was admitted to hospital with a skull fracture in 2022. Ava survived. "
TODDLER = "Leo was 20 months old when he was admitted to hospital with abdominal injuries in 2015. Leo survived. "
TEEN = "Kai was 15 years old when he was stabbed in a park in 2021. Kai survived. "
ALC, DRUG = "parental_alcohol_misuse", "parental_drug_misuse"
CR, VC = "parental_criminal_record", "parental_violent_crime"
DA = "domestic_abuse"


def code(text: str, variable: str, child: str = BABY) -> str:
    return case_codes(OPENING + child + text)[variable]


@pytest.mark.parametrize(
    "text, variable, value",
    [
        # "substance misuse" is drink and drugs alike; the slash of case notes
        ("Both parents were seen at booking. There was no known substance misuse in either parent.", ALC, "absent"),
        ("\n- Household: mum and dad. No substance misuse known to any agency.\n", ALC, "absent"),
        ("The parents (mother and father): no known alcohol/drug issues.", DRUG, "absent"),
        ("The parents (mother and father): no known drug/alcohol problems.", ALC, "absent"),
        # ... but a service of that name is not a denial
        ("The mother and father had no referral to the substance misuse service.", ALC, "not_known"),
        ("There was no joint meeting between the parents' substance misuse worker and the HV.", ALC, "not_known"),
        # a matter no agency raised
        ("Parental alcohol misuse was not raised by any agency at any time.", ALC, "absent"),
        ("Parental drug use had not been identified by any agency.", DRUG, "absent"),
    ],
)
def test_substance_denials(text, variable, value):
    assert code(text, variable) == value


@pytest.mark.parametrize(
    "text, variable, value",
    [
        ("Mum and her husband live together. Neither adult in the home was known to police.", CR, "absent"),
        ("\n- Neither adult in the household known to police.\n", VC, "absent"),
        ("The parents are married. Neither was known to the police before the incident.", CR, "absent"),
        # a police interview under caution is not a caution
        ("Both parents were interviewed under caution on the day of the admission.", CR, "not_known"),
        ("Mr T received a caution for shoplifting in 2017.", CR, "present"),
        # a penalty with its year, the offences after it
        ("\nFather ...... In custody (sentenced 2020, supply of class A and wounding with intent).\n", VC, "present"),
        ("Her partner was convicted 2016: robbery of a taxi driver.", VC, "present"),
        ("The baby's father has been in prison since 2021 for armed robbery.", VC, "present"),
        # a relative clause's negation does not reach the main clause
        (
            "PNC records, which were not checked by the CP conference, show that the father had been "
            "convicted of affray in 2018.",
            VC,
            "present",
        ),
        ("The father, who had not been seen by any agency, had no convictions for violence.", VC, "absent"),
    ],
)
def test_police_and_offending(text, variable, value):
    assert code(text, variable) == value


def test_relative_clause_and_fact_that():
    s = "Records, which were not seen by the HV, show that she had moved four times."
    i = s.index("moved")
    assert not context.negated(s, i, i + 5)
    s = "There was no discussion of the fact that she had moved four times."
    i = s.index("moved")
    assert not context.negated(s, i, i + 5)
    s = "There was no evidence that she had moved four times."
    i = s.index("moved")
    assert context.negated(s, i, i + 5)


@pytest.mark.parametrize(
    "text, value",
    [
        ("The panel cannot say whether the father has an alcohol problem.", "not_known"),
        ("I could not say if his drinking that night played a part.", "not_known"),
        ("Mr R drinks heavily most nights, his GP records show.", "present"),
    ],
)
def test_cannot_say_whether(text, value):
    assert code(text, ALC) == value


@pytest.mark.parametrize(
    "text, variable, value",
    [
        # the mother left and has had no contact: the father's denial covers the household
        (
            "Leo's mother left in 2013 and has had no contact with the children since. His father, Mr P, is the sole "
            "carer. There was no indication from any agency of alcohol or drug misuse by Mr P.",
            ALC,
            "absent",
        ),
        # ... but a father who has had no contact with her is not the mother leaving
        (
            "Her father separated from her mother in 2012 and has had no contact with her since. "
            "There was no indication of alcohol misuse by the mother.",
            VC,
            "not_known",
        ),
        # a sister's partner is not a partner of the mother's
        (
            "Leo lives with his mother, Ms L. His sister moved into a flat with her partner in 2014. His father "
            "has had no contact since Leo was a baby. There was no indication that Ms L misused alcohol or drugs.",
            DRUG,
            "absent",
        ),
    ],
)
def test_who_counts(text, variable, value):
    assert code(text, variable, TODDLER) == value


@pytest.mark.parametrize(
    "text, variable, value, child",
    [
        # a previous partner's assaults on the mother, dated in the child's life
        (
            "Police were called twice in 2014 because a previous partner was assaulting Ms E; the case went to MARAC.",
            DA,
            "present",
            TODDLER,
        ),
        # ... a previous partner of the father is not the household
        ("In 2009 a previous partner of Mr D reported him to police for assault.", DA, "not_known", TODDLER),
        # a parent's own care history is not this household's abuse
        (
            "She became looked after at the age of 12 following domestic abuse in her birth family. No agency held "
            "any information suggesting domestic abuse between the baby's parents.",
            DA,
            "absent",
            BABY,
        ),
        ("In none of the four families was domestic abuse a significant feature.", DA, "absent", TEEN),
        ("\n- No domestic incidents recorded at the address.\n", DA, "absent", TEEN),
    ],
)
def test_domestic_abuse_time_and_place(text, variable, value, child):
    assert code(text, variable, child) == value


@pytest.mark.parametrize(
    "text, variable, value",
    [
        (
            "Ms A moved four times in 2021, from her supported placement to a hostel and two flats.",
            "transient_lifestyle",
            "present",
        ),
        ("He moved placement five times in two years.", "transient_lifestyle", "not_known"),
        ("The mother told the reviewer she had 'no one here apart from the baby'.", "social_isolation", "present"),
        ("A young mother with little family support and no money.", "social_isolation", "present"),
        ("The HV said 'no one here gets it' about the team's caseloads.", "social_isolation", "not_known"),
        ("\n- No financial or housing concerns identified.\n", "poverty", "absent"),
        ("\n- No housing / money worries.\n", "poverty", "absent"),
        ("He was beaten over a 'debt' run up when drugs he held were stolen.", "poverty", "not_known"),
        ("Ms L's own childhood was marked by her father's violence.", "parental_aces", "present"),
        ("The mother spoke of her own childhood: her father drank every day.", "parental_aces", "present"),
        ("Both parents are said to have been in care as children.", "parental_aces", "present"),
        ("Handovers between the parents were tense and the nursery saw rows.", "acrimonious_separation", "present"),
        ("Arguments at contact handovers were reported by the school.", "acrimonious_separation", "present"),
        (
            "After the incident he went to live with his aunt under a child arrangements order.",
            "acrimonious_separation",
            "not_known",
        ),
        ("\n- New partners must be identified and checked by the HV.\n", "multiple_partners", "not_known"),
        ("\n- Mum's ex-partner: DA, MARAC. Left household in 2021.\n", "parental_separation", "present"),
        ("Her brother Ben left the household in 2019.", "parental_separation", "not_known"),
    ],
)
def test_household_forms(text, variable, value):
    assert code(text, variable) == value


@pytest.mark.parametrize(
    "text, variable, value, child",
    [
        # the sister's partner, however far back the sister is named, is not the mother's
        (
            "Leo lives with his mother, Ms L. His sister, who is nine years older, lived with them until 2013 and "
            "then moved into a flat with her partner. His father has had no contact since Leo was a baby. There "
            "was no indication that Ms L misused alcohol or drugs.",
            ALC,
            "absent",
            TODDLER,
        ),
        ('The mother said she felt "stuck in the house" with the baby all week.', "social_isolation", "present", BABY),
        (
            "\n- Mum (sole carer; dad died 2019): no MH; no known alcohol/drug issues.\n",
            "parental_mental_health",
            "absent",
            TEEN,
        ),
        ("\n- Mum: MH service referral declined.\n", "parental_mental_health", "not_known", BABY),
    ],
)
def test_round19_followups(text, variable, value, child):
    assert code(text, variable, child) == value
