"""Round 5: parental and family flags in more of the ways reviewers phrase them (criminal
record, violent crime, ACEs, care history, isolation, poverty, moves, partners, separation),
with the attribution, index-offence and negative cases that must stay not_known. Every
report below is made up for these tests."""

from __future__ import annotations

import pytest

from caselearn.extract.pipeline import Pipeline
from caselearn.extract.text import Doc
from tests.extract.coding import case_codes

OPENING = "Local Child Safeguarding Practice Review\n\n1. Introduction\n\n"
BABY = "Ava was eleven weeks old when she was admitted to hospital with a skull fracture in 2022. Ava survived. "
CR = "parental_criminal_record"
GIRL5 = "Ella was nine when she was admitted to hospital with burns in 2021. Ella survived. "
TEEN = "Kai was 15 years old when he was stabbed in a park in 2021. Kai survived. "


def code(sentence: str, variable: str, child: str = BABY) -> str:
    return case_codes(OPENING + child + sentence)[variable]


@pytest.mark.parametrize(
    "sentence, variable, value",
    [
        # criminal record: many phrasings of a prior record
        ("Mr B had a conviction for theft in 2014.", CR, "present"),
        ("\n- F: convictions for burglary and handling stolen goods (2012, 2015)", CR, "present"),
        ("The mother was cautioned for shoplifting as a young adult.", CR, "present"),
        ("Her partner was subject to a community order supervised by probation.", CR, "present"),
        ("Father was known to police for a number of alcohol-related incidents.", CR, "present"),
        ("Dad had a drink-driving conviction.", CR, "present"),
        # violent offending outside the home
        (
            "Mr K had previous convictions, among them a wounding outside a nightclub in 2016.",
            "parental_violent_crime",
            "present",
        ),
        (
            "Her partner had convictions for burglary, drug possession and assault occasioning actual bodily harm.",
            "parental_violent_crime",
            "present",
        ),
        # a violent conviction is also a record
        ("Father had convictions for robbery.", CR, "present"),
        # violence against a partner is domestic abuse, not violent crime
        (
            "He had a conviction for common assault against Ava's mother in 2019.",
            "parental_violent_crime",
            "not_known",
        ),
        (
            "M's ex-partner was convicted of assault on his former partner.",
            "parental_violent_crime",
            "not_known",
        ),
        # the index offence is not a prior record
        ("Ava's father was later convicted of causing her serious injury.", CR, "not_known"),
        # explicit absence of any record entails no violent record
        ("Neither parent had any criminal convictions.", "parental_violent_crime", "absent"),
        ("Neither parent had been convicted of any offence.", CR, "absent"),
    ],
)
def test_offending(sentence, variable, value):
    assert code(sentence, variable) == value


@pytest.mark.parametrize(
    "sentence, variable, value",
    [
        ("The mother had been sexually abused by an uncle as a child.", "parental_aces", "present"),
        (
            "Father grew up in a household where his stepfather was violent and drank heavily.",
            "parental_aces",
            "present",
        ),
        ("Both parents grew up in care.", "parental_aces", "present"),
        ("Both parents grew up in care.", "parent_care_leaver", "present"),
        ("Ava's mother came into care at thirteen after her own mother died.", "parent_care_leaver", "present"),
        ("The assessment described the father's own experience of abuse.", "parental_aces", "present"),
        ("Mum spent her teenage years in and out of refuges.", "parental_aces", "present"),
        ("Her own mother's heroin use led to care proceedings.", "parental_aces", "present"),
        # the baby's father's drinking now is not the parent's own childhood
        ("Nobody asked about a baby living where his father was drinking.", "parental_aces", "not_known"),
        # a looked-after teenager's own care history is not a parent's
        ("He came into care at twelve and had a personal adviser.", "parent_care_leaver", "not_known"),
        ("He came into care at twelve and had a personal adviser.", "parental_aces", "not_known"),
        # explicit absences
        (
            "Neither parent has a care history and both describe childhoods without abuse or adversity.",
            "parental_aces",
            "absent",
        ),
        ("Neither parent had been in care.", "parent_care_leaver", "absent"),
        ("There were no known adverse childhood experiences for either parent.", "parental_aces", "absent"),
    ],
)
def test_parents_own_childhood(sentence, variable, value):
    child = TEEN if "twelve" in sentence else BABY
    assert code(sentence, variable, child) == value


@pytest.mark.parametrize(
    "sentence, variable, value",
    [
        ("Mother lived alone with the baby and had lost contact with her family.", "social_isolation", "present"),
        ("The couple had few friends and no contact with their birth families.", "social_isolation", "present"),
        ("The hostel was forty miles from her friends and church.", "social_isolation", "present"),
        ("M knew nobody in the area after the move.", "social_isolation", "present"),
        ("Mother told her personal adviser she had no one to turn to.", "social_isolation", "present"),
        # a way of working in isolation, or an isolated event, is not a family's isolation
        ("Each referral was assessed in isolation.", "social_isolation", "not_known"),
        ("The bruise was treated as an isolated incident.", "social_isolation", "not_known"),
        ("Her year group was isolated for two weeks in the pandemic.", "social_isolation", "not_known"),
        # a former partner who had no contact with the family says nothing of the mother's network
        ("Her ex-partner has had no contact with the family since 2015.", "social_isolation", "not_known"),
    ],
)
def test_isolation(sentence, variable, value):
    assert code(sentence, variable) == value


@pytest.mark.parametrize(
    "sentence, variable, value",
    [
        ("The family relied on food parcels from a church project.", "poverty", "present"),
        ("They had been refused a tenancy because of previous rent arrears.", "poverty", "present"),
        ("The parents struggled financially after the father's hours were cut.", "poverty", "present"),
        ("She had fallen behind with her gas and electricity bills.", "poverty", "present"),
        ("Mum said there was never enough money for the children's shoes.", "poverty", "present"),
        ("She had no income beyond benefits, which stopped with each move.", "poverty", "present"),
        ("The social worker applied to the hardship fund for a cot.", "poverty", "present"),
        ("Between her birth and the incident Ava lived at five addresses.", "transient_lifestyle", "present"),
        ("The flat was the family's third address in a year.", "transient_lifestyle", "present"),
        ("They had been evicted twice.", "transient_lifestyle", "present"),
        ("Mother had two short relationships before Mr D moved in.", "multiple_partners", "present"),
        ("Mother had several brief relationships during the period under review.", "multiple_partners", "present"),
        (
            "They had been together since school, and neither had had any other partner.",
            "multiple_partners",
            "absent",
        ),
        # a move of placement is not a family move
        ("She moved placement six times in three years.", "transient_lifestyle", "not_known"),
        ("The addresses where she was found were mapped by police.", "transient_lifestyle", "not_known"),
    ],
)
def test_money_moves_partners(sentence, variable, value):
    assert code(sentence, variable) == value


@pytest.mark.parametrize(
    "sentence, value",
    [
        ("Ava's father left the family when she was a baby and has had no contact since.", "present"),
        ("Ava's mother and father separated during the pregnancy.", "present"),
        ("Her birth father had little contact.", "present"),
        ("Her father lived in Portugal.", "present"),
        ("Ava lived with her mother and, from early 2021, Mr Y, who moved into the flat.", "present"),
        ("Ava lived with her mother and stepfather.", "present"),
        # a couple living together: directly entailed no separation
        ("Ava's parents are married and live together.", "absent"),
        ("Ava lived with her mother and father in a rented flat.", "absent"),
        ("The unmarried parents were living together at the time.", "absent"),
        # living together only until a date is not the position at the incident
        ("The parents lived together until 2020.", "not_known"),
        ("Father had no contact with professionals during the pregnancy.", "not_known"),
    ],
)
def test_separation(sentence, value):
    assert code(sentence, "parental_separation") == value


def test_child_sentence_can_tell_of_the_household():
    text = (
        OPENING + TEEN + "Kai is White British. He lived with his father, who had been his main carer since his "
        "parents separated when he was seven."
    )
    assert case_codes(text)["parental_separation"] == "present"


@pytest.mark.parametrize(
    "sentence, variable, value",
    [
        # domestic abuse: police language, and what it is not
        (
            "Police attended three times in 2021 after neighbours reported arguments at the flat.",
            "domestic_abuse",
            "present",
        ),
        ("These call-outs were recorded as domestic incidents.", "domestic_abuse", "present"),
        ("\n- DA notifications x3 from police (2021-22).", "domestic_abuse", "present"),
        # parental conflict alone is not domestic abuse
        ("Ava was affected by the prolonged conflict between her parents.", "domestic_abuse", "not_known"),
        # abuse of someone outside the household
        (
            "Probation noted that a previous partner of Mr D had reported him for domestic abuse.",
            "domestic_abuse",
            "not_known",
        ),
        # one new partner is not a series; agencies are "partners" too
        (
            "When Ms T mentioned her new partner, the health visitor recorded his first name only.",
            "multiple_partners",
            "not_known",
        ),
        ("The review was shared with multiple partners across the county.", "multiple_partners", "not_known"),
        ("Mum had several relationships with workers who came and went.", "multiple_partners", "not_known"),
        ("Mother had yet another new boyfriend by the summer.", "multiple_partners", "present"),
        # care history and childhood adversity in other words
        ("Mother had grown up in care herself.", "parent_care_leaver", "present"),
        ("The care-experienced young mother was supported by a personal adviser.", "parent_care_leaver", "present"),
        ("Father described a violent and chaotic childhood.", "parental_aces", "present"),
        ("The stepmother spent periods of her childhood in foster care.", "parental_aces", "present"),
        ("Mother is not a care leaver.", "parent_care_leaver", "absent"),
        ("Neither parent has a care history or any known adverse childhood experiences.", "parental_aces", "absent"),
        # a question in notes is not a finding
        ("\nM herself a care leaver?", "parent_care_leaver", "not_known"),
    ],
)
def test_household_and_history(sentence, variable, value):
    assert code(sentence, variable) == value


def test_abuse_when_a_teenager_was_small_is_not_recent():
    text = (
        OPENING + TEEN + "His father left when Kai was three; the separation followed domestic abuse by the father "
        "towards Kai's mother when Kai was a baby."
    )
    assert case_codes(text)["domestic_abuse"] == "not_known"


def test_a_teenagers_own_care_is_not_a_parents():
    text = (
        OPENING + TEEN + "Kai had been in foster care since he was twelve. At 15 he was known to the leaving "
        "care team. He was a care leaver in waiting."
    )
    out = case_codes(text)
    assert out["parent_care_leaver"] == "not_known"
    text2 = OPENING + TEEN + "Kai's mother was herself a care leaver."
    assert case_codes(text2)["parent_care_leaver"] == "present"


@pytest.mark.parametrize(
    "child, sentence, variable, value",
    [
        (
            BABY,
            "Father told his GP he was drinking a bottle of wine most nights.",
            "parental_alcohol_misuse",
            "present",
        ),
        (BABY, "Her father has drunk heavily for many years.", "parental_alcohol_misuse", "present"),
        (BABY, "The father's drinking was known to the GP.", "parental_alcohol_misuse", "present"),
        (
            BABY,
            "His mother told us she had struggled with her drinking since the separation.",
            "parental_alcohol_misuse",
            "present",
        ),
        (
            BABY,
            "Ava was born to a mother who was dependent on heroin and crack cocaine.",
            "parental_drug_misuse",
            "present",
        ),
        (BABY, "Neither parent was known to use drugs or alcohol.", "parental_drug_misuse", "absent"),
        (BABY, "Neither parent was known to use drugs or alcohol.", "parental_alcohol_misuse", "absent"),
        (BABY, "Neither parent had any history of substance misuse.", "parental_drug_misuse", "absent"),
        # advice in a numbered recommendation is not a finding about this family
        (
            BABY,
            "\n2. The health visiting service should revise its template so that staff record alcohol and drug use.",
            "parental_drug_misuse",
            "not_known",
        ),
        # in a review of a teenager, the young person's own use is not a parent's
        (TEEN, "The placement ended after arguments about his cannabis use.", "parental_drug_misuse", "not_known"),
        (TEEN, "Kai's mother used cannabis daily.", "parental_drug_misuse", "present"),
        # the child hit by a parent is not domestic abuse between adults
        (BABY, "Ava told her school that her father had hit her with a belt.", "domestic_abuse", "not_known"),
    ],
)
def test_substance_and_attribution(child, sentence, variable, value):
    assert code(sentence, variable, child) == value


@pytest.mark.parametrize(
    "child, sentence, variable, value",
    [
        (BABY, "Mr R was her third partner in two years.", "multiple_partners", "present"),
        (BABY, "Several men moved in and out of the flat.", "multiple_partners", "present"),
        (
            BABY,
            "After her previous partner left she began a relationship with a new partner, Mr S.",
            "multiple_partners",
            "present",
        ),
        # "Ms T" is the mother, even when the child is Child T
        (
            "Child T was 14 months old when he was found injured in 2021. Child T survived. ",
            "Over the year Ms T had two short relationships before Mr D moved in.",
            "multiple_partners",
            "present",
        ),
        # a teenager's own relationships are not a parent's
        (TEEN, "He had a number of new girlfriends that summer.", "multiple_partners", "not_known"),
    ],
)
def test_partners_round5(child, sentence, variable, value):
    assert code(sentence, variable, child) == value


@pytest.mark.parametrize(
    "child, sentence, variable, value",
    [
        (BABY, "Mr X had an ABH conviction from 2015.", "parental_violent_crime", "present"),
        (BABY, "Father was convicted in 2014 of possession of a bladed article.", "parental_violent_crime", "present"),
        (BABY, "The mother received a two-year custodial sentence in 2005.", CR, "present"),
        # the sentence for the harm under review is the index offence
        (BABY, "Father was sentenced to nine years for the injuries to Ava.", CR, "not_known"),
        (BABY, "Her mother had been taken into care as a child.", "parental_aces", "present"),
        (BABY, "Nobody considered mother's own childhood experiences of trauma and abuse.", "parental_aces", "present"),
        # the adult victim must be named: "hit her" may be the child
        (GIRL5, "The police recorded that Mr K had assaulted Ms L at the flat.", "domestic_abuse", "present"),
        (GIRL5, "Her stepfather hit her with a belt.", "domestic_abuse", "not_known"),
        # coercive control by exploiters is not domestic abuse
        (TEEN, "The gang used coercive and controlling behaviour to exploit him.", "domestic_abuse", "not_known"),
        (BABY, "Police found no indication of DA in this household.", "domestic_abuse", "absent"),
    ],
)
def test_offending_aces_abuse_round5(child, sentence, variable, value):
    assert code(sentence, variable, child) == value


@pytest.mark.parametrize(
    "sentence, variable, value",
    [
        # in a review of a teenager the young person's own difficulties are not a parent's
        ("He had anxiety and low mood and was seen by CAMHS.", "parental_mental_health", "not_known"),
        ("He had a moderate learning disability and an EHCP.", "parental_learning_disability", "not_known"),
        # ... but a parent named, or the subject of the sentence before, still counts
        ("Kai's mother had a long history of depression.", "parental_mental_health", "present"),
        ("His mother was 19 when he was born. She suffered from depression.", "parental_mental_health", "present"),
        ("There were no concerns about parental mental health.", "parental_mental_health", "absent"),
    ],
)
def test_teenager_reviews_name_the_parent(sentence, variable, value):
    assert code(sentence, variable, TEEN) == value


@pytest.mark.parametrize(
    "sentence, variable, value",
    [
        ("The family were moved between temporary accommodation in three boroughs.", "transient_lifestyle", "present"),
        (
            "\n- Family in temporary accommodation since 2018; four moves across three boroughs.",
            "transient_lifestyle",
            "present",
        ),
        ("Mother had no fixed abode for much of the pregnancy.", "transient_lifestyle", "present"),
        # one spell in temporary accommodation, or a review held in three areas, is not a pattern of moves
        ("Mother and the baby were in temporary accommodation.", "transient_lifestyle", "not_known"),
        ("The review panel met in three different local authorities.", "transient_lifestyle", "not_known"),
        ("Mum was struggling to pay for gas and electricity.", "poverty", "present"),
        ("The flat was damp and overcrowded.", "poverty", "present"),
    ],
)
def test_moves_and_money_round5(sentence, variable, value):
    assert code(sentence, variable) == value


@pytest.mark.parametrize(
    "sentence, variable, value",
    [
        # periods in care as a child are adversity; growing up in or leaving care makes a care leaver
        ("The stepmother spent periods of her childhood in foster care.", "parent_care_leaver", "not_known"),
        ("Mother had been in foster care from the age of nine.", "parent_care_leaver", "present"),
        ("Father left care at eighteen.", "parent_care_leaver", "present"),
        # agencies called partners
        ("A number of partners contributed chronologies to the review.", "multiple_partners", "not_known"),
        # domestic abuse of a partner's former partner, or long before, is not current household abuse
        ("Mr J had assaulted his former partner in 2012.", "domestic_abuse", "not_known"),
        ("Her partner had been discussed at MARAC in relation to an ex-partner.", "domestic_abuse", "not_known"),
    ],
)
def test_round5_care_partners_abuse(sentence, variable, value):
    assert code(sentence, variable) == value


def test_abuse_witnessed_as_a_young_child_is_not_recent():
    text = OPENING + TEEN + "Kai had witnessed domestic abuse as a young child."
    assert case_codes(text)["domestic_abuse"] == "not_known"


@pytest.mark.parametrize(
    "child, sentence, variable, value",
    [
        # domestic abuse: between the adults, at home; not the law or services in general
        (BABY, "Police were called to the flat twice after neighbours heard arguments.", "domestic_abuse", "present"),
        (BABY, "There were frequent rows between mother and her boyfriend.", "domestic_abuse", "present"),
        (TEEN, "Police were called to a fight in the town centre.", "domestic_abuse", "not_known"),
        (TEEN, "There were arguments between mother and Kai about his curfew.", "domestic_abuse", "not_known"),
        (BABY, "Staff had received domestic abuse training in 2020.", "domestic_abuse", "not_known"),
        # ACEs in other words
        (BABY, "Mother had herself been a victim of sexual abuse.", "parental_aces", "present"),
        (BABY, "Father was assaulted by his stepfather when he was 12.", "parental_aces", "present"),
        (BABY, "Her own childhood had been marked by neglect.", "parental_aces", "present"),
    ],
)
def test_round5_abuse_and_aces_more(child, sentence, variable, value):
    assert code(sentence, variable, child) == value


@pytest.mark.parametrize(
    "child, sentence, variable, value",
    [
        # a parent's parent is not a carer
        (BABY, "\n- F's mother (PGM) has alcohol issues; no caring role.", "parental_alcohol_misuse", "not_known"),
        (BABY, "\n- No DA known to police.", "domestic_abuse", "absent"),
        (TEEN, "The men who exploited him used coercive and controlling behaviour.", "domestic_abuse", "not_known"),
        # in a review of a teenager, a parent who is the subject of the sentence holds it
        (
            TEEN,
            "Kai's mother described a hard childhood; she had been in foster care from the age of ten.",
            "parent_care_leaver",
            "present",
        ),
        (TEEN, "The partnership should involve care-experienced young people.", "parental_aces", "not_known"),
    ],
)
def test_round5_holders(child, sentence, variable, value):
    assert code(sentence, variable, child) == value


@pytest.mark.parametrize(
    "sentence, variable, value",
    [
        # a parent's denial in one clause does not undo the review's own finding in the next
        (
            "The parents said they did not drink; the review found no evidence that either parent misused drugs.",
            "parental_drug_misuse",
            "absent",
        ),
        ("The parents said they did not drink alcohol.", "parental_alcohol_misuse", "not_known"),
        ("The review did not find that poverty was a factor.", "poverty", "absent"),
        ("There was no evidence of financial hardship or debt.", "poverty", "absent"),
    ],
)
def test_round5_denials_and_poverty_absent(sentence, variable, value):
    assert code(sentence, variable) == value


@pytest.mark.parametrize(
    "sentence, value",
    [
        ("The health visitor asked about mental health at every contact.", "not_known"),
        ("Staff had received mental health awareness training.", "not_known"),
        ("Her mother's mental health deteriorated after the birth.", "present"),
        ("\n- M: mental ill health (anxiety), on sertraline.", "present"),
    ],
)
def test_parent_mental_health_named(sentence, value):
    assert code(sentence, "parental_mental_health") == value


@pytest.mark.parametrize(
    "sentence, variable",
    [
        (
            "Research highlights the toxic trio of domestic abuse, mental ill-health and substance misuse.",
            "domestic_abuse",
        ),
        (
            "Research highlights the toxic trio of domestic abuse, mental ill-health and substance misuse.",
            "parental_drug_misuse",
        ),
        ("National data show that poverty and social isolation increase the stress on new parents.", "poverty"),
        ("Practitioners need to be alert to social isolation in new parents.", "social_isolation"),
        ("Recommendation 1: health visitors must ask every parent about mental ill health.", "parental_mental_health"),
    ],
)
def test_research_and_advice_say_nothing_of_this_family(sentence, variable):
    assert code(sentence, variable) == "not_known"


@pytest.mark.parametrize(
    "sentence",
    ["Neither parent was known to the police.", "Neither parent had any known involvement with police."],
)
def test_not_known_to_police_entails_no_record(sentence):
    out = case_codes(OPENING + BABY + sentence)
    assert out["parental_criminal_record"] == "absent"
    assert out["parental_violent_crime"] == "absent"


@pytest.mark.parametrize(
    "child, sentence, variable, value",
    [
        # an enquiry or an example is not a finding; a refugee is not a refuge
        (BABY, "\n- Routine enquiry about DA made with mother alone: none disclosed.", "domestic_abuse", "not_known"),
        (
            BABY,
            "Midwives gather information, for example about domestic abuse, at booking.",
            "domestic_abuse",
            "not_known",
        ),
        (BABY, "Mother relied on a refugee support charity for food.", "domestic_abuse", "not_known"),
        (
            BABY,
            "Advice should be provided to all adults caring for a baby, including new partners.",
            "multiple_partners",
            "not_known",
        ),
        # the child's own early years are not recent household abuse
        (
            TEEN,
            "His early experience of domestic abuse was not brought into the assessment.",
            "domestic_abuse",
            "not_known",
        ),
        # more phrasings
        (
            BABY,
            "After the separation Ms D had three further relationships over eighteen months.",
            "multiple_partners",
            "present",
        ),
        (
            BABY,
            "Mr R had a previous conviction, from 2018, for assault occasioning actual bodily harm on a neighbour.",
            "parental_violent_crime",
            "present",
        ),
    ],
)
def test_round5_late_fixes(child, sentence, variable, value):
    assert code(sentence, variable, child) == value


def test_a_thematic_review_with_no_subject_child_codes_no_family():
    text = (
        "Thematic Review: learning from five cases of exploitation\n\nThis thematic review looked at practice across "
        "the partnership. Several of the young people had parents with mental ill health and there was domestic "
        "abuse in three families."
    )
    data = Pipeline().run(Doc.from_text(text), "t.txt").to_dict()
    if not data["children"] and data["review"]["review_type"]["value"] == "thematic_review":
        assert {k: v["value"] for k, v in data["case"].items() if k == "domestic_abuse"} in (
            {},
            {"domestic_abuse": "not_known"},
        )


@pytest.mark.parametrize(
    "sentence, variable, value",
    [
        ("Mother had herself been known to children's services as a child.", "parental_aces", "present"),
        ("Mother had experienced physical abuse from her stepfather as a child.", "parental_aces", "present"),
        ("The family relied on benefits and mum spoke of choosing between heating and food.", "poverty", "present"),
        ("They had asked the council many times about overcrowding.", "poverty", "present"),
        (
            "A review is commissioned when any of the following apply: the child is a care leaver, or has died.",
            "parent_care_leaver",
            "not_known",
        ),
    ],
)
def test_round5_window_phrasings(sentence, variable, value):
    assert code(sentence, variable) == value


@pytest.mark.parametrize(
    "sentence, value",
    [
        ("Neither parent had any identified learning difficulty and neither had a criminal record.", "absent"),
        ("Neither parent had any criminal convictions.", "absent"),
        # one adult's clean record says nothing of the other parent
        ("Mr T, the mother's partner, had no previous convictions.", "not_known"),
        ("- Mr P: no previous convictions, not known to police before 2022.", "not_known"),
    ],
)
def test_criminal_record_absent_only_when_said_of_all_the_parents(sentence, value):
    text = "Local Child Safeguarding Practice Review: Child P\n\nChild P died in 2020 aged 3. " + sentence
    data = Pipeline().run(Doc.from_text(text), "t.txt").to_dict()
    assert data["case"]["parental_criminal_record"]["value"] == value
