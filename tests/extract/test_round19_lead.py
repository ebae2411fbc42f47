"""Round 19 (lead, from heldout-v17's child-level errors): an age told with its month and year before
"when" ("He was 16 in February 2024 when he was found"), a parent's death in terse notes ("Mum died 2019")
is someone else's, and an assault that punishes a drug debt is the child's criminal exploitation.
Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes


def _child(text: str) -> dict[str, object]:
    children = child_codes(text)
    assert len(children) == 1
    return children[0]


@pytest.mark.parametrize(
    ("sentence", "months"),
    [
        ("He was 16 in February 2024 when he was found collapsed in a stairwell.", 192),
        ("She was 13 in 2022 when police found her in a flat with two adult men.", 156),
        ("Ellis was fifteen in late 2023, when he was stabbed outside the station.", 180),
        ("He was 14 in March 2021 at the time he was admitted to intensive care.", 168),
    ],
)
def test_an_age_with_its_month_and_year_before_when(sentence: str, months: int) -> None:
    child = _child(f"Rapid Review: Child E (Ellis)\n{sentence}\n")
    assert child["age_months"] == months


def test_a_year_after_when_is_not_read_as_the_incident_age() -> None:
    # the age at an earlier episode, with the incident age said plainly
    text = (
        "LCSPR: Child E\nChild E was 15 when he was stabbed in June 2024.\n"
        "He was first reported missing in 2022, when his mother moved to Northbridge.\n"
    )
    assert _child(text)["age_months"] == 180


@pytest.mark.parametrize(
    "line",
    [
        "- Lives with Dad (sole carer). Mum died 2019 (cancer) when YP T was 12.",
        "- Dad passed away in 2020 after a long illness, when Child T was nine.",
        "Household: Mother and maternal grandmother. Grandad died 2021 (heart attack) when T was 13.",
    ],
)
def test_a_parent_named_bare_in_notes_dies_not_the_child(line: str) -> None:
    text = (
        "Rapid Review - Young Person T\n"
        "- Notification 15/02/24 - YP T (15 yrs, M) arrested after stabbing another boy, who survived.\n"
        f"{line}\n"
        "- Notified as serious harm, young person perpetrator category.\n"
    )
    child = _child(text)
    assert (child["outcome"], child["death_category"]) == ("serious_harm", "not_applicable")


def test_the_child_dying_in_notes_is_still_a_death() -> None:
    text = (
        "Rapid Review - Child T\n- Child T (15 yrs, M) died 03/02/24 after a stabbing by an older boy.\n"
        "- Mum present at hospital; Dad in prison.\n"
    )
    assert _child(text)["outcome"] == "death"


@pytest.mark.parametrize(
    "story",
    [
        "He was held for two days and beaten with a bat, burned and left in a park. The beating was punishment "
        'for a "debt" run up when drugs he was holding were seized by police.',
        "Child H was kicked and punched by three men who were later convicted of GBH. They said Child H owed them "
        "a drug debt after the heroin H was carrying was stolen.",
        "- YP H assaulted (fractured jaw, burns) by older males; punishment for lost drugs.\n"
        "- Drugs H had been made to carry were taken from him by a rival group; the assault followed.",
    ],
)
def test_an_assault_over_drugs_the_child_carried_is_criminal_exploitation(story: str) -> None:
    child = _child(f"Serious Case Review: Child H\nChild H, 15, was seriously harmed in 2023.\n{story}\n")
    assert child["harm_category"] == "criminal_exploitation"


def test_a_carer_who_beats_an_exploited_child_is_still_physical_abuse() -> None:
    text = (
        "LCSPR: Child H\nChild H, 15, was seriously injured in 2023 when his stepfather beat him with a belt.\n"
        "His stepfather had hit him before. Earlier that year police had found him in a car with drugs he was "
        "carrying for older boys, and a county lines concern was raised.\n"
    )
    assert _child(text)["harm_category"] == "physical_abuse"


@pytest.mark.parametrize(
    ("sentence", "harm"),
    [
        ("Child H, 6, was seriously injured in 2023 when his stepfather beat him with a belt.", "physical_abuse"),
        ("In May 2023 Child H (6) was seriously harmed: her mum's boyfriend had repeatedly hit her.", "physical_abuse"),
        ("Child H, 6, was seriously injured in 2023 in a fall; her mother said the father had never hit her.", None),
        ("In 2024 Child H (6) disclosed that his stepfather had been beating him with a belt.", "physical_abuse"),
    ],
)
def test_a_carer_hitting_the_child_said_actively(sentence: str, harm: str | None) -> None:
    value = _child(f"LCSPR: Child H\n{sentence}\n")["harm_category"]
    assert value == harm if harm else value != "physical_abuse"


@pytest.mark.parametrize(
    ("field", "months"),
    [
        ("Age ............................. 15", 180),
        ("Age at incident ...... 9 years", 108),
        ("  Age .... 4 months", 4),
    ],
)
def test_a_dot_leader_field_keeps_its_answer(field: str, months: int) -> None:
    text = (
        "RAPID REVIEW\nName used in this review ........ Young Person W\n"
        f"{field}\nSex ....... Withheld\n"
        "PART 2 - INCIDENT\nW was found with a stab wound and was admitted to hospital.\n"
    )
    child = _child(text)
    assert (child["alias"], child["age_months"]) == ("Young Person W", months)


def test_an_ellipsis_still_ends_a_sentence() -> None:
    from caselearn.extract.text import split_sentences

    said = [s.text for s in split_sentences("He said he was fine... Then he left. Age ..... 15")]
    assert said == ["He said he was fine...", "Then he left.", "Age ..... 15"]


@pytest.mark.parametrize(
    "sentence",
    [
        "W had a stab wound to the forearm (approx. 4 days old, untreated) and was cold.",
        "Bruising to the cheek, est. 10 days old, was seen by the school nurse.",
    ],
)
def test_an_injury_dated_with_an_abbreviation_is_not_the_child_age(sentence: str) -> None:
    text = f"Rapid Review: Young Person W\nYoung Person W, 15, was seriously harmed in 2024.\n{sentence}\n"
    assert _child(text)["age_months"] == 180


@pytest.mark.parametrize(
    "sentence",
    [
        "Background: W came into care aged 11 after neglect at home.",
        "She became looked after at the age of 9 under a care order.",
        "W was taken into care aged 6.",
    ],
)
def test_the_age_the_child_came_into_care_is_history(sentence: str) -> None:
    text = f"Rapid Review: Young Person W\nAge: 15\n{sentence}\nW was found stabbed in a flat in 2025.\n"
    assert _child(text)["age_months"] == 180


def test_fractures_dated_far_back_in_the_sentence_are_not_the_twin_age() -> None:
    text = (
        "LCSPR: Twin 1 (Ava) and Twin 2 (Leo)\n"
        "Ava was 15 weeks old when she was admitted with a head injury in 2022.\n"
        "Her twin brother Leo was found to have a fracture of the right distal tibia and two rib fractures, "
        "estimated to be between 7 and 14 days old.\n"
    )
    ages = [c["age_months"] for c in child_codes(text)]
    assert ages[0] == 3 and ages[1] != 0


def test_a_few_weeks_past_the_first_birthday() -> None:
    text = "LCSPR: Child T\nChild T drowned in the bath in 2023, a few weeks past his first birthday.\n"
    assert _child(text)["age_months"] == 12


_THREE_ENTRIES = """Thematic Review: babies harmed in their first months

THE BABIES

Baby A - boy, 7 wks. Died Nov 2023. Found unresponsive in an adult bed shared with M and M's partner. Cause: SUDI.

Baby B - girl, 3 months. Serious harm: rib fractures found after M took her to the GP. Physical abuse.

Baby C - boy, 10 wks. Died Feb 2024 from head injuries; F convicted of murder.

WHAT WE FOUND
1. Fathers were missing from the pre-birth assessments of Baby A, Baby B and Baby C.
"""


def test_entries_opening_with_code_sex_and_age_name_each_child() -> None:
    children = child_codes(_THREE_ENTRIES)
    assert [(c["alias"], c["sex"], c["age_months"], c["outcome"]) for c in children] == [
        ("Baby A", "male", 1, "death"),
        ("Baby B", "female", 3, "serious_harm"),
        ("Baby C", "male", 2, "death"),
    ]
    # the whole entry is the child's, past a sentence about the adults around it
    assert children[0]["death_category"] == "sudi"


def test_an_entry_for_a_sibling_not_reviewed_names_no_subject() -> None:
    text = (
        "Rapid Review\n\n- Child A: boy, 15 wks at time of admission. Skull fracture.\n"
        "- Child B (girl, 22 months) also in household - not a subject of this review.\n\n"
        "Child A was admitted to hospital in 2023 with a skull fracture. Child A survived.\n"
    )
    assert [c["alias"] for c in child_codes(text)] == ["Child A"]


@pytest.mark.parametrize("line", ["Mum single parent; dad died 2018.", "Lives with mum; dad passed away in 2019."])
def test_a_lower_case_parent_death_in_notes_is_someone_else(line: str) -> None:
    text = (
        "LCSPR - Pupil A\nPupil A: boy, Year 9. Autism; EHCP. "
        f"{line} Never on CP plan.\nMar 2024: a member of staff restrained Pupil A -> fractured wrist.\n"
    )
    assert _child(text)["outcome"] == "serious_harm"


@pytest.mark.parametrize(
    ("sentence", "harm"),
    [
        ("In 2020 she was found to have an untreated fracture of the wrist, some weeks old.", "neglect"),
        ("- Jun 21: GP found burns to both feet, left untreated for over a week. Serious harm.", "neglect"),
        ("The skeletal survey showed an untreated fracture, and his father admitted he had assaulted him.", None),
    ],
)
def test_an_untreated_injury_is_neglect_unless_someone_inflicted_it(sentence: str, harm: str | None) -> None:
    value = _child(f"LCSPR: Child C\nChild C, 11, was seriously harmed. {sentence}\n")["harm_category"]
    assert value == harm if harm else value == "physical_abuse"


@pytest.mark.parametrize(
    "story",
    [
        "A fire broke out at night in the flat. Child M suffered burns to his arms. He was underweight, with head "
        "lice and untreated dental decay.",
        "- 10/13: house fire started by candles (electricity cut off). Burns to arms + smoke inhalation. Home "
        "squalid; child underweight.",
    ],
)
def test_burns_from_a_fire_in_a_neglected_home_are_not_physical_abuse(story: str) -> None:
    value = _child(f"SCR: Child M\nChild M, aged 5, was seriously harmed in 2013.\n{story}\n")["harm_category"]
    assert value == "neglect"


@pytest.mark.parametrize(
    ("sentence", "harm"),
    [
        ("The LSCB concluded that both children had been seriously harmed and that neglect was the cause.", "neglect"),
        ("The panel agreed the underlying cause of the harm was neglect.", "neglect"),
        ("The review could not say whether neglect was the cause; his father had hit him.", "physical_abuse"),
    ],
)
def test_neglect_named_as_the_cause(sentence: str, harm: str) -> None:
    text = f"LCSPR: Child M\nChild M, 9, was seriously harmed in 2013 and had bruises and burns.\n{sentence}\n"
    assert _child(text)["harm_category"] == harm


@pytest.mark.parametrize(
    "sentence",
    [
        "Once the sexual abuse concern was ruled out, professionals were relieved and stood down.",
        "The allegation of sexual abuse by her uncle had been ruled out by the police in 2019.",
    ],
)
def test_a_sexual_abuse_concern_ruled_out_is_not_the_harm(sentence: str) -> None:
    text = (
        "LCSPR: Child L\nChild L, 2, was admitted in 2021 having lost a fifth of her body weight, with severe "
        f"nappy rash and untreated dental decay.\n{sentence}\n"
    )
    assert _child(text)["harm_category"] == "neglect"


@pytest.mark.parametrize(
    "opening",
    [
        "SUBJECT Child J. In Year 9 at Lowmarsh High (on roll; attendance 61%). She is White British. Not LAC.",
        "Child J. Year 9, Lowmarsh High. She was living at home at the incident.",
        "KEY FACTS Child J. On roll at Lowmarsh High. He is of mixed heritage.",
    ],
)
def test_the_pronoun_after_a_fact_with_no_person_in_it_is_the_child(opening: str) -> None:
    text = f"RAPID REVIEW - CHILD J\n{opening}\nJ collapsed at home in March 2023 and was ventilated for 4 days.\n"
    assert _child(text)["sex"] == ("male" if " He " in opening else "female")


def test_a_pronoun_after_a_sentence_about_an_adult_is_not_the_child() -> None:
    text = (
        "RAPID REVIEW - CHILD J\nChild J. Mother works nights at the depot. She is White British.\n"
        "J collapsed at home in March 2023 and was ventilated for 4 days.\n"
    )
    assert _child(text)["sex"] == "not_known"


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        (
            "The medical adviser considered that neglect of her health needs - missed feeds, missed appointments "
            "and poor positioning - contributed to, but did not directly cause, her death.",
            "other_maltreatment_related",
        ),
        ("The panel found that neglect contributed to his death from pneumonia.", "other_maltreatment_related"),
        ("The panel could not say whether neglect contributed to her death.", None),
    ],
)
def test_neglect_that_contributed_to_a_death(sentence: str, category: str | None) -> None:
    text = (
        f"LCSPR - Child L\nChild L, a three-year-old girl with cerebral palsy, died in hospital in 2024.\n{sentence}\n"
    )
    value = _child(text)["death_category"]
    assert value == category if category else value != "other_maltreatment_related"


def test_home_conditions_named_with_a_listed_sibling_group_are_each_child_neglect() -> None:
    text = (
        "Learning summary - Sibling group D (D1, D2, D3)\n\n"
        "D1 (12, M), D2 (9, F) and D3 (3, F) were removed from their home in May 2023 after police found them "
        "living in a flat with no electricity, little food in the house and dog faeces on the floor. D3 had a "
        "severe nappy rash.\n"
    )
    assert [c["harm_category"] for c in child_codes(text)] == ["neglect"] * 3


def test_a_bill_is_not_a_home_without_electricity() -> None:
    text = (
        "Rapid Review: Child D\nChild D, 9, was seriously harmed in 2023 when her father hit her. "
        "The family had no electricity bill arrears.\n"
    )
    assert _child(text)["harm_category"] == "physical_abuse"


def test_a_title_naming_the_children_in_quotes() -> None:
    text = (
        'LOCAL CHILD SAFEGUARDING PRACTICE REVIEW\n\n"ELLIE" AND "SAM"\n\n'
        "In March 2024 police found Ellie, who was four years and seven months old, on a soiled mattress. Her "
        "brother Sam, aged 22 months, was found in the same room. He was thin and had severe nappy rash.\n"
        "This report uses the names Ellie and Sam, chosen by their foster carers.\n"
    )
    assert [(c["alias"], c["age_months"]) for c in child_codes(text)] == [("Ellie", 55), ("Sam", 22)]


_THEMATIC = """THEMATIC REVIEW: adolescents harmed outside the home

THE THREE YOUNG PEOPLE

Young Person A (aged fifteen at the incident, male, White British)
In March 2024 A fell from a car park roof while running from police. A had an EHCP for autism and was open to \
children's social care on a child in need plan. A was a regular cannabis user.

Young Person B (14 years old, female, British Pakistani)
In June 2024 B was found in a hotel room with two adult men. She had been sexually exploited for months.

Young Person C (17 years and 11 months, male, Black British)
In September 2024 C died after being punched once by a man outside a takeaway.
"""


def test_entries_with_the_age_in_words_and_a_bare_letter_in_the_body() -> None:
    children = child_codes(_THEMATIC)
    assert [(c["alias"], c["age_months"], c["outcome"]) for c in children] == [
        ("Young Person A", 180, "serious_harm"),
        ("Young Person B", 168, "serious_harm"),
        ("Young Person C", 215, "death"),
    ]
    # "A had ...", "A was ...": the bare letter with a verb is the child, so its facts are the child's
    assert (children[0]["social_care_status"], children[0]["child_drug_misuse"]) == ("open", "present")


def test_the_article_a_is_not_the_child() -> None:
    text = (
        "Rapid Review: Young Person A\nYoung Person A, 15, was stabbed in 2024 and survived.\n"
        "A review of the plan was overdue. A social worker visited twice.\n"
    )
    from caselearn.extract import children as ch
    from caselearn.extract.text import Doc

    doc = Doc.from_text(text)
    [child] = ch.find_children(doc)
    assert all(doc.text[m.start : m.end] != "A" for m in child.mentions)


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        (
            "In the terms used by the national analyses, C's death is an extra-familial fatal assault.",
            "extrafamilial_fatal_assault",
        ),
        (
            "The panel's view is that her death is best described as severe and persistent cruelty.",
            "severe_persistent_cruelty",
        ),
    ],
)
def test_the_death_category_named_with_a_copula(sentence: str, category: str) -> None:
    text = f"LCSPR: Child C\nChild C, 15, died in hospital in 2024 after an assault.\n{sentence}\n"
    assert _child(text)["death_category"] == category


def test_a_category_only_possible_is_not_stated() -> None:
    text = (
        "LCSPR: Child C\nChild C, 15, died in hospital in 2024 after a fall from a bridge.\n"
        "C's death may have been an extra-familial fatal assault; the police enquiry continues.\n"
    )
    assert _child(text)["death_category"] != "extrafamilial_fatal_assault"


@pytest.mark.parametrize(
    ("line", "months"),
    [
        ("* Child E - just under a year old at time of incident. Black British.", 11),
        ("Child E was just under one year old when he was shaken.", 11),
        ("Child E, under a year old, was found unresponsive.", "not_known"),
    ],
)
def test_just_under_a_year_old(line: str, months: object) -> None:
    child = _child(f"Rapid Review - Child E\n{line}\n")
    assert (child["age_months"], child["age_band"]) == (months, "under_1")


@pytest.mark.parametrize(
    ("line", "sex"), [("- Child C: M, 10y 7m at notification", "male"), ("Child C: F, 9 years, Year 4", "female")]
)
def test_a_forms_bare_sex_letter_before_the_age(line: str, sex: str) -> None:
    assert _child(f"Rapid Review Record\nChild: Child C\n{line}\nC was seriously harmed in 2024.\n")["sex"] == sex


@pytest.mark.parametrize(
    "line",
    ["Father: Lives in Spain. No contact with K since K was 3.", "K has been a young carer since approx. age 8."],
)
def test_an_age_after_since_is_when_something_began(line: str) -> None:
    text = f"RAPID REVIEW: Child K\nAge:    15 yrs (Year 11)\n{line}\nK was stabbed in 2024 and survived.\n"
    assert _child(text)["age_months"] == 180


_WITHHELD = """LCSPR: Child H

2. Child H was born in October 2011 and died on 14 January 2023. They were eleven. The partnership and Child H's \
relatives have asked that Child H's sex and other identifying details are not published, and I have used "they" \
throughout.

3. Child H was severely malnourished, weighing less than many six-year-olds, and had a head injury.

10. Child H's mother died in 2015 of cancer, when Child H was four. Mr H had used amphetamines as a young man.
"""


def test_a_month_of_birth_and_a_date_of_death_with_the_sex_withheld() -> None:
    child = _child(_WITHHELD)
    assert (child["age_months"], child["age_band"], child["sex"]) == (135, "11_15", "not_known")


@pytest.mark.parametrize(
    "sentence",
    [
        "Child H was severely malnourished, weighing less than many six-year-olds.",
        "Child H's mother died in 2015 of cancer, when Child H was four.",
    ],
)
def test_other_childrens_ages_and_the_time_of_a_relatives_death(sentence: str) -> None:
    assert _child(f"LCSPR: Child H\nChild H died in 2023, aged 11.\n{sentence}\n")["age_months"] == 132


@pytest.mark.parametrize(
    ("story", "category"),
    [
        (
            "Both were killed at Anna's home in 2023. Mia's father, Mr T, was arrested at the scene. He was later "
            "convicted of both murders.",
            "overt_filicide",
        ),
        (
            "Mia was stabbed at home in 2023. Her mother was arrested the same night. She was later convicted of "
            "murder.",
            "overt_filicide",
        ),
        (
            "Mia was stabbed in a park in 2023 by a stranger. Her father was arrested for an unrelated theft. A man "
            "of 30 was later convicted of her murder.",
            "extrafamilial_homicide",
        ),
    ],
)
def test_a_parent_arrested_then_convicted_by_pronoun(story: str, category: str) -> None:
    text = f"Joint DHR and LCSPR: Child M (Mia)\nMia was seven years old. {story}\n"
    assert _child(text)["death_category"] == category


@pytest.mark.parametrize(
    "sentence",
    [
        "There was no evidence that anybody else was present or that Jordan intended to take his own life.",
        "Nothing to suggest that he meant to end his life was found by the coroner.",
    ],
)
def test_an_overdose_with_no_intent_to_die_is_not_suicide(sentence: str) -> None:
    text = (
        "LCSPR: Jordan\nJordan, 17, died in 2024 of the combined effects of street-bought tablets and an opioid. "
        f"The inquest returned a conclusion of misadventure. {sentence}\n"
        "This is therefore a death that was not maltreatment-related.\n"
    )
    assert _child(text)["death_category"] == "not_maltreatment_related"


def test_a_denial_carried_on_by_or_that() -> None:
    from caselearn.extract import context

    text = "There was no evidence that anybody else was present or that the father had been drinking heavily that week."
    assert context.negated(text, text.index("drinking"), text.index("drinking") + 8)


@pytest.mark.parametrize(
    ("sentence", "harm"),
    [
        ("His father was arrested and has been charged with wounding with intent.", "physical_abuse"),
        ("Her stepfather was convicted of child cruelty in 2024.", "physical_abuse"),
    ],
)
def test_a_parent_charged_with_wounding(sentence: str, harm: str) -> None:
    text = f"Rapid Review: Child Y\nChild Y, 15, had a stab wound to his forearm in April 2025. {sentence}\n"
    assert _child(text)["harm_category"] == harm


def test_a_parent_charged_with_wounding_the_mother_is_not_the_childs_harm() -> None:
    text = (
        "Rapid Review: Child Y\nChild Y, 15, took an overdose in April 2025 and was admitted to hospital. "
        "His father was charged with wounding against his mother in 2023.\n"
    )
    assert _child(text)["harm_category"] != "physical_abuse"
