"""Round 6: the child's age, sex and harm as different writers say them, and who the subject
children are. Made-up reports."""

from __future__ import annotations

import pytest

from caselearn.extract.pipeline import Pipeline
from caselearn.extract.text import Doc
from tests.extract.coding import child_codes

OPENING = "Local Child Safeguarding Practice Review\n\n1. Introduction\n\n"


def one(text: str) -> dict[str, str]:
    children = child_codes(text)
    assert len(children) == 1, [c.get("alias") for c in children]
    return children[0]


@pytest.mark.parametrize(
    "text, months",
    [
        # a time in the history said with the child's name, not the age at the incident
        (
            "Child R was born in 2019 and died in hospital in June 2021, when he was two years old. "
            "Child R's parents separated when Child R was five months old.",
            24,
        ),
        (
            "Child R's mother moved to the town when Child R was seven months old. "
            "Child R died in June 2021. He was two years old.",
            24,
        ),
        # "was then 11 and in Year 6", "was 13 and a Year 8 pupil"
        ("In 2022 Child R, who was then 11 and in Year 6, told a teacher about the abuse she suffered.", 132),
        ("Child R is a girl. She was 13 and a Year 8 pupil when she was sexually abused online.", 156),
        ("Child R died in May 2020. He was 16 and at college at the time.", 192),
        # the age two sentences on, after another sentence about the child
        (
            "On 3 May 2019 Child R was taken to hospital by ambulance. He died the next day. "
            "He was one year and seven months old.",
            19,
        ),
        # the date of birth after the date of death
        ("This review concerns Child R, who died at home on 10 June 2022. Child R was born on 2 January 2020.", 29),
        # a date of birth and an ambulance call the sentence after
        (
            "Child R was born on 1 April 2018. On 20 August 2019 an ambulance was called to the home "
            "because she had stopped breathing. Child R later died in hospital.",
            16,
        ),
    ],
)
def test_age_in_many_voices(text: str, months: int) -> None:
    child = one(OPENING + text)
    assert child["age_months"] == months


def test_childcare_place_is_not_an_age() -> None:
    child = one(
        OPENING + "Child R died in March 2021. Child R attended a nursery through a funded two-year-old "
        "place. He was nineteen months old when he died."
    )
    assert child["age_months"] == 19


def test_age_of_an_injury_is_not_the_childs() -> None:
    child = one(
        OPENING + "Child R was found with a burn to his arm that was thought to be about a week old. "
        "Child R was four years old and lived with his mother."
    )
    assert child["age_months"] == 48


def test_years_and_months_in_a_key_facts_line() -> None:
    child = one(
        "Rapid review\nChild R\nDate of birth: not given (aged 14 years and 3 months at the incident)\n\n"
        "Child R is a 14-year-old boy who was stabbed in the leg in March 2023. Child R survived."
    )
    assert child["age_months"] == 171
    assert child["age_band"] == "11_15"


def test_an_age_after_the_last_name_belongs_to_that_child_only() -> None:
    children = child_codes(
        OPENING + "The review concerns two children, Holly and Sam. Holly, who was 12, told her teacher "
        "that she had been sexually abused. Holly's brother Sam, who was two years and three months old, "
        "was then found to have a fractured arm. Holly and Sam now live with their aunt."
    )
    ages = {c["alias"]: c["age_months"] for c in children}
    assert ages == {"Holly": 144, "Sam": 27}


def test_pseudonyms_given_twice_in_one_sentence_make_two_subjects() -> None:
    children = child_codes(
        OPENING + "Police found two children alone at home: a boy aged eight, who will be called Tom, and his "
        "sister, who was four and who will be called Poppy. Tom had head lice and Poppy was underweight. "
        "Tom and Poppy were placed in foster care."
    )
    assert [c["alias"] for c in children] == ["Tom", "Poppy"]


def test_a_sibling_said_not_to_be_a_subject_is_left_out() -> None:
    children = child_codes(
        "SERIOUS CASE REVIEW\n\nCHILD M\n\n1. Introduction\n\nThis review follows the death of a baby referred "
        "to as Child M. Child M lived with her mother and her brother, who is called Sibling 2 here. "
        "Sibling 2 was unhurt and is not a subject of this review. Child M died in 2015."
    )
    assert [c["alias"] for c in children] == ["Child M"]


@pytest.mark.parametrize(
    "sentence, value",
    [
        # the review's own attribution of the injury
        (
            "The partners agreed that the burns were a serious injury caused by neglect. Child R had "
            "pulled a kettle of boiling water onto himself while his father slept.",
            "neglect",
        ),
        (
            "Child R swallowed his mother's methadone and was ventilated in intensive care. The police are "
            "investigating offences of child neglect.",
            "neglect",
        ),
        # a neglect charge beside an assault charge: the injury decides
        (
            "Child R, 3 months, had rib fractures. Her father was charged with GBH and her mother with wilful neglect.",
            "physical_abuse",
        ),
        # the notification's category
        (
            "Notification category: serious harm (young person perpetrator)\nChild R, 15, punched another boy, "
            "who suffered a fractured skull.",
            "young_person_perpetrator",
        ),
        # "referred to as Child R" is not a parent's own childhood
        (
            "The review concerns a girl referred to as Child R, who told her teacher that a man who lived "
            "in her street had been sexually abusing her.",
            "sexual_abuse_extrafamilial",
        ),
    ],
)
def test_harm_stated_by_the_report(sentence: str, value: str) -> None:
    child = one(OPENING + sentence + " Child R survived and is recovering.")
    assert child["harm_category"] == value


def test_sex_withheld_with_a_list_before_sex() -> None:
    child = one(
        OPENING + "To protect the family, this report does not give the child's age, sex or school. "
        "Child R was admitted to hospital with a fracture in 2022; she is recovering."
    )
    assert child["sex"] == "not_known"


def test_sex_withheld_as_not_used() -> None:
    child = one(
        OPENING + "To protect the family we have not used the child's name or gender. Child R was injured in "
        "2022; she survived."
    )
    assert child["sex"] == "not_known"


def test_plural_professionals_are_not_the_pronouns_person() -> None:
    child = one(
        "Rapid review\nChild: Baby R\n\nBaby R was taken to hospital with a brain injury in 2023. "
        "Scans showed bleeding; clinicians concluded he had been shaken."
    )
    assert child["sex"] == "male"


@pytest.mark.parametrize("name, value", [("Poppy", "female"), ("Oscar", "male")])
def test_a_gendered_pseudonym_when_nothing_else_says(name: str, value: str) -> None:
    children = child_codes(
        OPENING + f"The review concerns two siblings, {name} and Jesse. {name} was eleven years old and "
        f"Jesse was eight when both were found in a neglected home in 2021. {name} and Jesse survived."
    )
    assert children[0]["alias"] == name
    assert children[0]["sex"] == value


@pytest.mark.parametrize(
    "sentence, value",
    [
        ("Child R is of White British and Bangladeshi heritage.", "mixed"),
        ("Child R was of mixed Black Caribbean and White Irish heritage.", "mixed"),
        ("Child R and his parents are Romanian.", "white"),
        ("Her mother is White British and her father is of Jamaican heritage.", "mixed"),
        ("Child R and his family are Somali.", "black"),
    ],
)
def test_ethnicity_said_in_more_ways(sentence: str, value: str) -> None:
    child = one(OPENING + "Child R was seriously injured in 2022 and survived. " + sentence)
    assert child["ethnicity"] == value


def test_ethnicity_in_a_key_facts_bullet() -> None:
    child = one(
        "Rapid review\n\nSubject: Child R\n\nAbout Child R\n- Year 8 pupil, Black British, lives with his "
        "father.\n- Enjoys football.\n\nChild R was stabbed in 2023 and survived."
    )
    assert child["ethnicity"] == "black"


def test_ethnicity_of_the_family_applies_to_each_child() -> None:
    children = child_codes(
        OPENING + "The review concerns two children, Tom and Poppy. Tom was nine and Poppy was four when "
        "they were found in a neglected home in 2021. Their mother had been drinking. The family is White "
        "British. Tom and Poppy survived."
    )
    assert [c["ethnicity"] for c in children] == ["white", "white"]


def test_title_keeps_the_first_name_after_a_code() -> None:
    children = child_codes(
        "Local Child Safeguarding Practice Review: Child W (Nina)\n\n1. Introduction\n\nNina died in 2023, "
        "aged fifteen. Nina had been known to CAMHS."
    )
    assert [c["alias"] for c in children] == ["Child W (Nina)"]


STORY = "Child R, aged six, was admitted to hospital with a fractured arm in June 2022 and survived. "


@pytest.mark.parametrize(
    "sentence, value",
    [
        ("Child R was never made the subject of a child protection plan.", "never"),
        ("Child R had never been subject to a child protection or child in need plan.", "never"),
        ("Key facts\nLegal status: CP plan (physical abuse) since 04/02/2022.", "current"),
        ("Before she came into care, Child R had been subject to a child protection plan for neglect.", "previous"),
        ("Child R was subject to a child protection plan when she was between two and four.", "previous"),
        # the mother's own plan as a child is not the child's
        ("Records show that her mother and her siblings were subject to CP plans from 2001 to 2004.", "not_known"),
    ],
)
def test_cp_plan_in_more_voices(sentence: str, value: str) -> None:
    child = one(OPENING + STORY + sentence)
    assert child["cp_plan"] == value


def test_review_period_sentence_is_not_a_current_plan() -> None:
    child = one(
        OPENING + STORY + "The review covers the period from March 2019, when Child R first became subject to a "
        "child protection plan, to June 2022. The child protection plan ended in August 2020."
    )
    assert child["cp_plan"] == "previous"


@pytest.mark.parametrize(
    "sentence, value",
    [
        # an early help case is not an open social care case
        ("In 2021 the case was open to early help only.", "not_known"),
        ("Child R had an open case with the disabled children's team at the time.", "open"),
        ("In 2020 the nursery referred Child R to the Multi-Agency Safeguarding Hub (MASH).", "closed"),
        (
            "In 2019 a single assessment was completed and the case closed with a recommendation for early help.",
            "closed",
        ),
        (
            "In 2020 a child in need plan was agreed. The child in need plan continued until May 2021, when it was "
            "closed.",
            "closed",
        ),
    ],
)
def test_social_care_status_in_more_voices(sentence: str, value: str) -> None:
    child = one(OPENING + STORY + sentence)
    assert child["social_care_status"] == value


def test_a_paragraph_going_on_in_pronouns_stays_with_its_child() -> None:
    children = child_codes(
        "Thematic review\n\nThe young people\n\nChild A (Jayden)\n\nJayden was aged 15 when he was stabbed in "
        "2022. Jayden is White British. He had been missing from home many times. At the time of the "
        "stabbing he was subject to a child protection plan.\n\nChild B (Leon)\n\nLeon was 14 and of Black "
        "Caribbean heritage when he was assaulted in 2022. Leon was never the subject of a child protection "
        "plan. Leon survived.\n"
    )
    by_alias = {c["alias"]: c for c in children}
    assert by_alias["Child A (Jayden)"]["cp_plan"] == "current"
    assert by_alias["Child B (Leon)"]["cp_plan"] == "never"
    assert by_alias["Child B (Leon)"]["age_months"] == 168


@pytest.mark.parametrize(
    "sentence, value",
    [
        (
            "Child R had never been the subject of a child protection plan or a child in need plan before 2022.",
            "not_known",
        ),
        ("Child R's family had never had any involvement with children's social care.", "never_known"),
        ("Child R has been looked after since 2019 and lives with foster carers.", "open"),
        ("In 2020 an assessment was undertaken by a social worker and no further concerns were found.", "closed"),
        (
            "A child and family assessment was allocated in May 2022; it was in progress at the time of the injury.",
            "open",
        ),
        (
            "The child in need plan ended in 2021 and the case was stepped down to early help, which was still open "
            "in June 2022.",
            "closed",
        ),
    ],
)
def test_social_care_status_said_in_other_ways(sentence: str, value: str) -> None:
    child = one(OPENING + STORY + sentence)
    assert child["social_care_status"] == value


@pytest.mark.parametrize(
    "text, value",
    [
        # sexual abuse said without the abuser in the phrase: the sentences around name who
        (
            "Child R, aged 12, said she had been sexually abused. Her stepfather was arrested the same day.",
            "sexual_abuse_intrafamilial",
        ),
        (
            "Child R, 13, told a teacher she had been sexually assaulted. A man she had met online was charged.",
            "sexual_abuse_extrafamilial",
        ),
        # a teenager hurt by other young people outside the family
        ("Child R, 16, was stabbed near his home by two older teenagers and needed surgery.", "risk_taking_violent"),
        ("Child R, 15, was beaten by a group of boys from another school.", "risk_taking_violent"),
        ("Child R, 17, was the victim of a serious assault by other young people.", "risk_taking_violent"),
        # an ingestion with a possessive before the drug (round 15: a young child not kept safe, neglect)
        ("Child R, 3, drank his mother's methadone and was ventilated in intensive care.", "neglect"),
    ],
)
def test_harm_in_more_voices(text: str, value: str) -> None:
    child = one(OPENING + text + " Child R survived.")
    assert child["harm_category"] == value


def test_the_sentence_after_another_childs_name_is_that_childs() -> None:
    children = child_codes(
        OPENING + "The review concerns two children, Holly and Sam. Holly, who was 12, told her teacher that "
        "she had been sexually abused by her stepfather. The police then arranged for Holly's brother Sam to "
        "be examined. He was found to have a fractured arm and bruising. Holly and Sam survived."
    )
    harms = {c["alias"]: c["harm_category"] for c in children}
    assert harms == {"Holly": "sexual_abuse_intrafamilial", "Sam": "physical_abuse"}


@pytest.mark.parametrize(
    "text, months, band",
    [
        ("Child R was born in May 2011. In August 2024 she was found unconscious in a park.", 159, "11_15"),
        ("Child R (DOB 02/03/2022) was admitted to hospital on 20 June 2023 with a fractured leg.", 15, "1_5"),
        # the school year gives the band only
        ("Child R, a Year 8 pupil, was stabbed in 2022 and survived.", "not_known", "11_15"),
        (
            "Child R was in Year 3 at the village school when he was found in a neglected home in 2021.",
            "not_known",
            "6_10",
        ),
        # a sibling's birth is not the child's
        (
            "Child R's sister was born in April 2020. In May 2021 Child R was found with a fracture.",
            "not_known",
            "not_known",
        ),
    ],
)
def test_age_from_birth_month_and_school_year(text: str, months: object, band: str) -> None:
    child = one(OPENING + text)
    assert (child["age_months"], child["age_band"]) == (months, band)


def test_aged_weeks_after_an_injury_word_is_still_the_age() -> None:
    children = child_codes(
        OPENING + "This review concerns twins, Child A and Child B, who were admitted with fractures aged nine "
        "weeks in 2021. Child A and Child B both survived."
    )
    assert [c["age_months"] for c in children] == [2, 2]


def test_a_parent_calling_the_child_her_son() -> None:
    child = one(OPENING + "Kit, 15, was stabbed in 2022. Kit's mother said her son had been bullied for years.")
    assert child["sex"] == "male"


def test_an_older_childs_birth_does_not_say_the_childs_sex() -> None:
    child = one(
        OPENING + "Baby R died in 2022 aged nine weeks. Baby R's mother had depression after the birth of her "
        "son, three years earlier. Baby R was her second child; she was born at term."
    )
    assert child["sex"] == "female"


@pytest.mark.parametrize(
    "sentence, variable, value",
    [
        ("Child R's name had never been placed on the child protection register.", "cp_plan", "never"),
        ("Child R came into care in 2018, aged three, after a CP plan for neglect.", "cp_plan", "previous"),
        (
            "Child R was not on a child protection plan at the time, but had previously been on one in 2016.",
            "cp_plan",
            "previous",
        ),
        ("The family had no previous contact with children's services.", "social_care_status", "never_known"),
        ("There was no social care involvement before the incident.", "social_care_status", "never_known"),
    ],
)
def test_more_status_statements(sentence: str, variable: str, value: str) -> None:
    child = one(OPENING + STORY + sentence)
    assert child[variable] == value


def test_a_relatives_key_fact_is_not_the_childs_ethnicity() -> None:
    child = one(
        "Rapid review\n\nSubject: Child R\n\nAbout Child R\n- Maternal grandmother: White Irish, lives nearby.\n"
        "- Enjoys football.\n\nChild R was stabbed in 2023 and survived."
    )
    assert child["ethnicity"] == "not_known"


def test_an_earlier_closed_plan_does_not_close_a_later_one() -> None:
    child = one(
        OPENING + STORY + "An earlier child in need plan was closed in 2018. A child in need plan was put in place "
        "for Child R in March 2022."
    )
    assert child["social_care_status"] == "open"


def test_a_named_sibling_said_not_to_be_a_subject_beside_the_subject() -> None:
    children = child_codes(
        "Serious Case Review\n\n1. Introduction\n\nThis review concerns twins, Child E and Child F, who were found "
        "with fractures in 2021. Child E and Child F survived. Their older brother, Child G, lives with them; "
        "Child E's brother Child G is not a subject of this review. Child G was unhurt. Child G goes to school."
    )
    assert [c["alias"] for c in children] == ["Child E", "Child F"]


def test_a_counted_second_subject_given_a_pseudonym() -> None:
    children = child_codes(
        "Local Child Safeguarding Practice Review: Baby Z\n\n1. Introduction\n\nThis review concerns two children "
        "from one family. Baby Z, a girl aged 5 months, died suddenly in 2023. Her brother, whom we call Ollie, "
        "was aged three at the time. Ollie was not harmed. Baby Z had been unwell."
    )
    assert [c["alias"] for c in children] == ["Baby Z", "Ollie"]


def test_a_family_code_title_keeps_the_family_code() -> None:
    children = child_codes(
        "Multi-Agency Learning Review\nFamily K (Ruby)\n\n1. The child\n\nThe child at the centre of this review "
        "is Ruby, aged seven, who was found with burns in 2022. Ruby lives with her mother, M, and her father."
    )
    assert [c["alias"] for c in children] == ["Family K (Ruby)"]


def test_years_made_exact_by_a_birth_date_and_the_incident_date() -> None:
    child = one(
        OPENING + "1. On 3 March 2023 Child R was stabbed in a park. He survived. He was later discharged. "
        "2. Child R was born on 20 October 2008. He was 14 at the time of the stabbing."
    )
    assert child["age_months"] == 172


@pytest.mark.parametrize(
    "name, sex",
    [("Tobias", None), ("Harvey", "male"), ("Poppy", "female")],
)
def test_a_one_sex_given_name_is_the_last_resort_and_its_mention_is_the_evidence(name, sex):
    text = OPENING + (
        f"This review is about {name}, aged six, who was admitted to hospital with burns in 2022. "
        f"{name} was known to the school nurse. The family moved to the area in 2020."
    )
    data = Pipeline().run(Doc.from_text(text), "t.txt").to_dict()
    (child,) = data["children"]
    if sex is None:  # a name not on the list says nothing
        assert child["sex"]["value"] == "not_known"
        return
    assert child["sex"]["value"] == sex
    assert child["sex"]["evidence"] and all(name in e["text"] for e in child["sex"]["evidence"])
