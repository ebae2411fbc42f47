"""Round 5: where the child lived and whether looked after at the incident, home education
entailed by school attendance, and facts told about siblings together. Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes

OPENING = "Local Child Safeguarding Practice Review\n\n1. Introduction\n\n"
TEEN = "Jordan was 15 years old when he was found seriously injured in April 2022. Jordan survived. "
GIRL = "Mia was eight when she was admitted to hospital with burns in 2021. Mia survived. "
TWINS = (
    "Serious Case Review\nChild E and Child F\n\nThe review concerns Child E and Child F, twins, who were "
    "born in 2020. At the age of four months, both babies were found to have multiple fractures. Child E is a "
    "boy. Child F is a girl.\n\n"
)


@pytest.mark.parametrize(
    "child, sentence, variable, value",
    [
        # looked after: explicit statements of not being looked after at the incident
        (TEEN, "He was not looked after, and he lived at home with his mother.", "looked_after", "absent"),
        (
            TEEN,
            "He returned home and was no longer looked after at the time of the incident.",
            "looked_after",
            "absent",
        ),
        (TEEN, "\nLooked after at incident: No\nCP plan: none", "looked_after", "absent"),
        (TEEN, "\nLAC: N", "looked_after", "absent"),
        # "not looked after properly" is care, not legal status
        (GIRL, "Mia was not looked after properly when her mother drank.", "looked_after", "not_known"),
        # accommodated under section 20 at the time
        (
            TEEN,
            "He had been accommodated under section 20 and was a looked-after child at the time.",
            "looked_after",
            "present",
        ),
        # the parents' consent does not make it the parents' status
        (
            TEEN,
            "He was accommodated with his parents' agreement and was therefore a looked-after child.",
            "looked_after",
            "present",
        ),
        # living away from home
        (
            TEEN,
            "From twelve Jordan lived at a residential special school in a 52-week placement.",
            "living_at_home",
            "absent",
        ),
        (
            TEEN,
            "He was found in the supported accommodation where he had been living for four months.",
            "living_at_home",
            "absent",
        ),
        (
            TEEN,
            "At the time he was a looked-after child living in semi-independent accommodation.",
            "living_at_home",
            "absent",
        ),
        (TEEN, "\nHousehold: M (38), F (40), two younger sisters.", "living_at_home", "present"),
        # a looked-after child has an open social care case
        (TEEN, "Jordan had been a looked-after child in foster care since he was 12.", "social_care_status", "open"),
        # home education: attending school entails not home educated (school-age children)
        (
            GIRL,
            "Mia attended her local primary school, where she was a happy pupil.",
            "elective_home_education",
            "absent",
        ),
        (TEEN, "He was in Year 10 at a local academy.", "elective_home_education", "absent"),
        (TEEN, "\nSchool: on roll throughout; not EHE.", "elective_home_education", "absent"),
        # a parent at a meeting, or an appointment, is not the child's schooling
        (TEEN, "His mother attended every school meeting.", "elective_home_education", "not_known"),
        (TEEN, "He attended the emergency department twice.", "elective_home_education", "not_known"),
        # withdrawn to be home educated wins over earlier attendance
        (
            TEEN,
            "He attended Brookfield Academy until Year 9, when his mother withdrew him to home educate him.",
            "elective_home_education",
            "present",
        ),
    ],
)
def test_child_status_flags(child, sentence, variable, value):
    assert child_codes(OPENING + child + sentence)[0][variable] == value


def test_sentences_about_the_twins_together_apply_to_each():
    text = (
        TWINS + "Neither twin had any diagnosed disability or long-term health condition. The twins lived with "
        "their mother and father in a rented flat."
    )
    out = child_codes(text)
    assert len(out) == 2
    for child in out:
        assert child["disability"] == "absent"
        assert child["living_at_home"] == "present"


def test_joint_sentence_about_two_subject_siblings():
    text = (
        "Serious Case Review\nLily and Noah\n\nThe review concerns Lily and Noah, siblings, who were found injured "
        "at home in 2021. Lily is a girl of six. Noah is a boy of four.\n\n"
        "Lily and her brother Noah had lived with their mother since their parents separated."
    )
    out = child_codes(text)
    assert [c["living_at_home"] for c in out] == ["present"] * len(out)


@pytest.mark.parametrize(
    "child, sentence, variable, value",
    [
        # behaviour: the child excluded or arrested, in several voices
        (TEEN, "He was permanently excluded in Year 9.", "behaviour_problems", "present"),
        (TEEN, "\n- Exclusion 5 days (knife in bag).", "behaviour_problems", "present"),
        (TEEN, "His behaviour at school included fights and swearing at staff.", "behaviour_problems", "present"),
        (TEEN, "In March police arrested him at a flat in another county.", "behaviour_problems", "present"),
        (TEEN, "He was supervised by the YOT on a referral order.", "behaviour_problems", "present"),
        (TEEN, "She was sometimes aggressive with staff when she came back.", "behaviour_problems", "present"),
        # ... not other people's
        (TEEN, "The man was arrested and charged the next day.", "behaviour_problems", "not_known"),
        (TEEN, "The school excluded two other pupils for a day.", "behaviour_problems", "not_known"),
        (TEEN, "He was left out of games, a kind of social exclusion.", "behaviour_problems", "not_known"),
        # mental health: the child's, not the parents' services or the incident itself
        (TEEN, "Learning point 2: the child in adult mental health services.", "child_mental_health", "not_known"),
        (TEEN, "He was known to the learning disability CAMHS team.", "child_mental_health", "not_known"),
        (TEEN, "Jordan had tried to take his own life a year earlier.", "child_mental_health", "present"),
        # substance use: the child's, not a parent's; supplying is not using
        (
            TEEN,
            "His father drank heavily and police described him as intoxicated.",
            "child_alcohol_misuse",
            "not_known",
        ),
        (TEEN, "He was arrested for possession of cannabis with intent to supply.", "child_drug_misuse", "not_known"),
        (TEEN, "From 14 he smoked cannabis daily.", "child_drug_misuse", "present"),
        (TEEN, "There were no concerns about parental alcohol or drug use.", "child_drug_misuse", "not_known"),
        (TEEN, "There was no evidence that Jordan used alcohol or drugs.", "child_alcohol_misuse", "absent"),
        (TEEN, "\nSubstance use: no known alcohol or drug use by J; no indicators.", "child_drug_misuse", "absent"),
        # a negative screen after the death says nothing of drinking before (the released truth, round 23)
        (TEEN, "Post-mortem toxicology was negative for alcohol and drugs.", "child_alcohol_misuse", "not_known"),
        # exploitation: one offender grooming online is sexual abuse; the review ruling it out is absent
        (GIRL, "A man groomed her online over seven weeks.", "child_sexual_exploitation", "not_known"),
        (TEEN, "He was groomed by older men who gave him drugs and lifts.", "child_sexual_exploitation", "present"),
        (
            TEEN,
            "The police considered it and it was not considered to be sexual exploitation.",
            "child_sexual_exploitation",
            "absent",
        ),
    ],
)
def test_child_flags_round5(child, sentence, variable, value):
    assert child_codes(OPENING + child + sentence)[0][variable] == value


def test_mother_and_baby_placement_is_living_with_a_parent():
    text = (
        OPENING + "Ava was ten weeks old when she was admitted to hospital in 2022. Ava survived. "
        "Ava and her mother were living in a mother and baby foster placement."
    )
    assert child_codes(text)[0]["living_at_home"] != "absent"


@pytest.mark.parametrize(
    "child, sentence, variable, value",
    [
        # after the incident, or services in general, is not status at the incident
        (GIRL, "Following her discharge from hospital Mia became looked after.", "looked_after", "not_known"),
        (
            GIRL,
            "The review considered the health needs of looked after children in the area.",
            "looked_after",
            "not_known",
        ),
        (
            GIRL,
            "After the strategy meeting Mia and her brother were placed in foster care.",
            "living_at_home",
            "not_known",
        ),
        (TEEN, "At the time he was living in a children's home.", "living_at_home", "absent"),
        # a statement limited in time says nothing of the incident
        (GIRL, "Mia had no medical conditions before 2019.", "disability", "not_known"),
        (GIRL, "Mia had no health conditions and no disability.", "disability", "absent"),
        # somebody's drinking is not the child's
        (
            TEEN,
            "Police noted that drinking had taken place at the party his mother hosted.",
            "child_alcohol_misuse",
            "not_known",
        ),
        (TEEN, "He came home drunk on several occasions.", "child_alcohol_misuse", "present"),
        (TEEN, "From 13 he began drinking with older friends.", "child_alcohol_misuse", "present"),
        # an agency list is not the child's offending
        (TEEN, "Agencies contributing: the police, CAMHS, the YJS and the school.", "behaviour_problems", "not_known"),
        (
            TEEN,
            "He was supervised by the youth justice service after a youth caution.",
            "behaviour_problems",
            "present",
        ),
    ],
)
def test_child_flags_round5_precision(child, sentence, variable, value):
    assert child_codes(OPENING + child + sentence)[0][variable] == value


@pytest.mark.parametrize(
    "child, sentence, variable, value",
    [
        (GIRL, "After the assessment Mia became looked after.", "looked_after", "not_known"),
        (GIRL, "Mia was placed with foster carers.", "looked_after", "not_known"),
        (GIRL, "Mia was in foster care for two months in 2016 and then went home.", "looked_after", "not_known"),
        (GIRL, "Mia was cared for at home by her mother.", "living_at_home", "present"),
        (GIRL, "Mia was placed in a residential unit.", "living_at_home", "not_known"),
    ],
)
def test_round5_status_flags_more(child, sentence, variable, value):
    assert child_codes(OPENING + child + sentence)[0][variable] == value


@pytest.mark.parametrize(
    "child, sentence, value",
    [
        (GIRL, "\n- M known to CSC as a child (CIN aged 13-15, neglect).", "not_known"),
        (GIRL, "Mia's father was removed from his family at seven after severe neglect.", "not_known"),
        (TEEN, "Jordan came into care at 13 because of long-standing neglect at home.", "present"),
    ],
)
def test_a_parents_childhood_neglect_is_not_the_childs(child, sentence, value):
    assert child_codes(OPENING + child + sentence)[0]["neglect_feature"] == value


@pytest.mark.parametrize(
    "child, sentence, variable, value",
    [
        # a sentence whose subject is a parent tells of the parent
        (
            TEEN,
            "Jordan's mother described a hard childhood; she had been in foster care from the age of ten.",
            "looked_after",
            "not_known",
        ),
        (GIRL, "Her mother said she had been drinking since her teens.", "child_alcohol_misuse", "not_known"),
        # ... unless the child is named, or the pronoun is the child's and not the parent's
        (TEEN, "His mother was worried: he had been self-harming since the spring.", "child_mental_health", "present"),
        (GIRL, "Her mother told the GP that Mia was self-harming.", "child_mental_health", "present"),
    ],
)
def test_parent_subject_sentences(child, sentence, variable, value):
    assert child_codes(OPENING + child + sentence)[0][variable] == value


def test_agency_list_is_not_the_childs_treatment():
    text = OPENING + TEEN + "Agencies contributing to this review: the police, CAMHS, the school and the GP."
    assert child_codes(text)[0]["child_mental_health"] == "not_known"


@pytest.mark.parametrize(
    "child, sentence, value",
    [
        (TEEN, "Jordan had type 1 diabetes and needed insulin twice a day.", "present"),
        (GIRL, "Mia was profoundly deaf and used sign language.", "present"),
        # a parent's illness is not the child's
        (GIRL, "Her father had diabetes.", "not_known"),
    ],
)
def test_long_term_illness_is_disability(child, sentence, value):
    assert child_codes(OPENING + child + sentence)[0]["disability"] == value


def test_blind_spots_and_deaf_ears_are_not_disability():
    text = OPENING + GIRL + "Mia's worries fell on deaf ears; this was a professional blind spot."
    assert child_codes(text)[0]["disability"] == "not_known"


def test_research_about_children_in_general_is_not_this_child():
    text = OPENING + TEEN + "Research shows that many children who are bullied also self-harm."
    out = child_codes(text)[0]
    assert out["bullying"] == "not_known"
    assert out["child_mental_health"] == "not_known"


@pytest.mark.parametrize(
    "sentence, value",
    [
        ("Jordan had been looked after from 12 to 14 under section 20.", "not_known"),
        ("He was in foster care between the ages of 9 and 11.", "not_known"),
        ("He went home and was no longer looked after at the time of the incident.", "absent"),
    ],
)
def test_an_earlier_spell_in_care_is_not_status_at_the_incident(sentence, value):
    assert child_codes(OPENING + TEEN + sentence)[0]["looked_after"] == value


@pytest.mark.parametrize(
    "sentence, value",
    [
        # a status that began years before and still held at the incident
        ("He came into care in 2018 and was still a looked-after child when he was injured.", "present"),
        ("Jordan was placed in foster care in 2017 and remained a looked-after child until his injury.", "present"),
        # a status that began and ended years before says nothing about the incident
        ("He was looked after for six months in 2016 before returning to his mother.", "not_known"),
    ],
)
def test_a_dated_status_that_still_held_at_the_incident_counts(sentence, value):
    assert child_codes(OPENING + TEEN + sentence)[0]["looked_after"] == value


def test_no_misuse_by_either_parent_says_nothing_of_the_childs_drinking():
    text = OPENING + GIRL + "No alcohol or substance misuse by either parent was identified by any agency."
    assert child_codes(text)[0]["child_alcohol_misuse"] == "not_known"
    stated = OPENING + GIRL + "There was no known alcohol or drug use by Mia."
    assert child_codes(stated)[0]["child_alcohol_misuse"] == "absent"
