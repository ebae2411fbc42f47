"""Round 24 (children): a child's heading with the name in quotes ('Young Person A ("Kai")'); a child
introduced as "a little girl we are calling Poppy"; "eleven and a half months old" is months, not years; a
premature baby's corrected age is not its age; a date of birth written year first ("2022-08-30"). Made-up
reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes

# --- a heading per child, the name in quotes -------------------------------------------------------------


@pytest.mark.parametrize(("open_q", "close_q"), [('"', '"'), ("“", "”"), ("'", "'")])
def test_heading_with_quoted_name_is_a_subject(open_q: str, close_q: str) -> None:
    text = (
        "Thematic review: three young people harmed outside the home\n\nPublished: May 2024\n\n"
        "1. Introduction\n\n"
        "1.1 The young people are referred to as Young Person A, Young Person B and Young Person C. A chose "
        "the name Leon for this report.\n\n"
        "2. The young people\n\n"
        f"Young Person A ({open_q}Leon{close_q})\n\n"
        "2.1 Leon was 15 when he was stabbed near a shopping centre in May 2023. He is White British.\n\n"
        "Young Person B\n\n"
        "2.2 B was 16 when they were found in a flat in another county.\n\n"
        "Young Person C\n\n"
        "2.3 C was 14 when she was found in a hotel room with two older men.\n"
    )
    aliases = [c["alias"] for c in child_codes(text)]
    assert "Young Person A (Leon)" in aliases
    assert len(aliases) == 3


# --- a child introduced by the name the writers are giving her --------------------------------------------


@pytest.mark.parametrize(
    "intro",
    [
        "a little girl we are calling Poppy",
        "a young boy whom we have called Poppy",
        "a baby girl, who we call Poppy",
        "a toddler I am calling Poppy",
    ],
)
def test_child_we_are_calling(intro: str) -> None:
    text = (
        "NEWSLETTER OF THE SAFEGUARDING PARTNERSHIP\nIssue 3, Spring 2024\n\n"
        f"In March the partnership published its review about {intro}. Thank you to everyone who took part.\n\n"
        "What happened?\n\n"
        "In June 2023, when she was two years old, Poppy swallowed tablets left on a table. Poppy needed intensive "
        "care for a day and has recovered.\n"
    )
    children = child_codes(text)
    assert [c["alias"] for c in children] == ["Poppy"]
    assert children[0]["age_months"] == 24


def test_name_is_a_described_child() -> None:
    text = (
        "Learning summary\n\n"
        "Ezra is a cheerful, sociable little boy who loves football. In May 2023 his mother's partner hit him. "
        "Ezra needed treatment in hospital.\n"
    )
    assert [c["alias"] for c in child_codes(text)] == ["Ezra"]


def test_we_call_no_child_for_a_parent() -> None:
    text = (
        "Learning summary\n\n"
        "In 2023 a mother we are calling Ms Gray asked for help. Baby K, aged four months, was taken to hospital "
        "with a fracture. Baby K has recovered.\n"
    )
    assert [c["alias"] for c in child_codes(text)] == ["Baby K"]


# --- "and a half" months or weeks ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "months"),
    [
        ("Baby M was eleven and a half months old", 11),
        ("Baby M, aged 7 and a half months,", 7),
        ("Baby M was just under nine and a half months old", 9),
        ("Baby M was six and a half weeks old", 1),
    ],
)
def test_half_months_are_months(phrase: str, months: int) -> None:
    text = (
        "Local Child Safeguarding Practice Review: Baby M\n\n"
        f"1.1 In April 2023 Baby M was found unresponsive at home. {phrase} when this happened. Baby M died the "
        "next day.\n"
    )
    child = child_codes(text)[0]
    assert child["age_months"] == months
    assert child["age_band"] == "under_1"


def test_half_years_still_years() -> None:
    text = (
        "Local Child Safeguarding Practice Review: Child T\n\n"
        "1.1 Child T was two and a half years old when she was admitted to hospital in 2023 with burns.\n"
    )
    assert child_codes(text)[0]["age_months"] == 30


def test_half_months_as_time_is_no_age() -> None:
    text = (
        "Local Child Safeguarding Practice Review: Child T\n\n"
        "1.1 Child T was four years old when she was admitted to hospital in 2023 with burns. She stayed in "
        "hospital for two and a half months.\n"
    )
    assert child_codes(text)[0]["age_months"] == 48


# --- a premature baby's corrected age ------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "At the time his corrected age was about eight months.",
        "He had a corrected age of 8 months at the time.",
        "Corrected age: 8 months.",
        "He was then about 8 months old (corrected).",
        "He was aged 8 months (corrected age).",
        "Baby G was 8 months corrected age at the time.",
    ],
)
def test_corrected_age_is_not_the_age(sentence: str) -> None:
    text = (
        "Child Practice Review: Baby G\n\n"
        "Baby G was born at 31 weeks' gestation and spent a month in the neonatal unit.\n\n"
        f"In March 2023 Baby G was found face down in the bath by his mother. {sentence} He was admitted to "
        "intensive care and recovered. Baby G was ten months old.\n"
    )
    child = child_codes(text)[0]
    assert child["age_months"] == 10
    assert child["age_band"] == "under_1"


# --- a date written year first --------------------------------------------------------------------------


def test_year_first_date_of_birth() -> None:
    text = (
        "Child Practice Review: Baby G\n\n"
        "Baby G's date of birth is 2022-05-14. On 20.03.2023 Baby G was taken to hospital with a skull "
        "fracture. He has recovered.\n"
    )
    child = child_codes(text)[0]
    assert child["age_months"] == 10


def test_age_before_a_corrected_age_is_the_age() -> None:
    text = (
        "Rapid review: Baby N\n\n"
        "Baby N, a boy, was born at 35 weeks' gestation and died at home in May 2024, aged 18 weeks (a corrected "
        "age of about 13 weeks).\n"
    )
    assert child_codes(text)[0]["age_months"] == 4


# --- death category: the national "related to, but not directly caused by" --------------------------------


@pytest.mark.parametrize(
    "finding",
    [
        "The panel sees it as one of the deaths described nationally as related to, but not directly caused by, "
        "maltreatment: here, the exploitation Child R was living with.",
        "Child R's death was not directly caused by abuse or neglect. The partners class it as related to but not "
        "directly caused by maltreatment, given the exploitation Child R experienced.",
    ],
)
def test_related_but_not_directly_caused(finding: str) -> None:
    text = (
        "Local Child Safeguarding Practice Review: Child R\n\n"
        "1. Child R, aged 16, died in March 2023 after his moped hit a wall in a road traffic collision while he "
        f"rode away from police. {finding}\n\n"
        "2. Child R had been going missing and was found twice with cash and drugs.\n"
    )
    assert child_codes(text)[0]["death_category"] == "other_maltreatment_related"


def test_not_caused_by_maltreatment_still_unrelated() -> None:
    text = (
        "Local Child Safeguarding Practice Review: Child R\n\n"
        "1. Child R, aged 16, died in March 2023 in a road traffic collision. His death was not caused by abuse or "
        "neglect.\n"
    )
    assert child_codes(text)[0]["death_category"] == "not_maltreatment_related"


# --- death category: a parent's killing told with its place between ------------------------------------


@pytest.mark.parametrize(
    "killing",
    [
        "Anna (aged 30) and Baby K were killed at Anna's flat in Eastwick, Devon, by Baby K's father.",
        "Baby K was killed in the family home in Eastwick, by his father.",
    ],
)
def test_killing_by_father_after_a_place_is_overt_filicide(killing: str) -> None:
    text = (
        "Joint LCSPR and Domestic Homicide Review: Baby K\n\n"
        f"1.1 In May 2023 {killing} Baby K was ten months old. The father then tried to harm himself and was "
        "arrested. He was later convicted of murder.\n"
    )
    assert child_codes(text)[0]["death_category"] == "overt_filicide"


# --- harm and death category from a per-child table's category row ----------------------------------------

_TABLE_REVIEW = (
    "Thematic review: two young people\n\nPublished: June 2024\n\n"
    "1. The young people are referred to as Young Person D and Young Person E.\n\n"
    "Young Person D ('Mo')\n\n"
    "2.1 Mo was 15 when he was injured in a park in May 2023. He had been excluded from school.\n\n"
    "Young Person E\n\n"
    "2.2 E was 14 when she was found in a flat with adults in July 2023. She had been missing for two days.\n\n"
    "Annex\n\n"
    "Young Person D (Mo) | Young Person E\n"
    "Age at incident | 15 | 14\n"
    "{label} | {first} | {second}\n"
)


@pytest.mark.parametrize("label", ["Primary harm", "Harm category", "Type of harm"])
def test_table_row_gives_each_childs_harm(label: str) -> None:
    text = _TABLE_REVIEW.format(label=label, first="Criminal exploitation", second="sexual exploitation (CSE)")
    children = {c["alias"]: c for c in child_codes(text)}
    assert children["Young Person D (Mo)"]["harm_category"] == "criminal_exploitation"
    assert children["Young Person E"]["harm_category"] == "sexual_exploitation"


def test_table_row_describing_injuries_names_no_category() -> None:
    text = _TABLE_REVIEW.format(label="Harm notified", first="Stab wound to the leg", second="Held in a flat")
    children = {c["alias"]: c for c in child_codes(text)}
    assert children["Young Person D (Mo)"]["harm_category"] != "sexual_exploitation"


# --- a group of men grooming a child, gifts given ----------------------------------------------------------


@pytest.mark.parametrize(
    "story",
    [
        "Police later found that she had been groomed online over a year by a group of older men, who took her "
        "to hotels.",
        "She had been sexually assaulted. The men, who had given her vodka, cigarettes and cash, were arrested.",
    ],
)
def test_group_grooming_with_gifts_is_sexual_exploitation(story: str) -> None:
    text = (
        "Local Child Safeguarding Practice Review: Child S\n\n"
        f"1.1 Child S was 14 when, in May 2023, she was found intoxicated in a city centre. {story}\n\n"
        "1.2 Child S lived with her mother.\n"
    )
    assert child_codes(text)[0]["harm_category"] == "sexual_exploitation"


def test_groomed_by_one_man_online_stays_extrafamilial() -> None:
    text = (
        "Local Child Safeguarding Practice Review: Child S\n\n"
        "1.1 Child S was 13 when, in May 2023, she disclosed that she had been sexually abused. She had been "
        "groomed online by an adult man who posed as a boy of her age.\n"
    )
    assert child_codes(text)[0]["harm_category"] == "sexual_abuse_extrafamilial"


# --- harm category: a baby left in the bath; "treated with medication" is no ingestion ------------------------


@pytest.mark.parametrize(
    "story",
    [
        "Baby P was found face down in the bath by his father, who had left him sitting in a bath seat while he "
        "answered the phone.",
        "His mother had left him alone in the bath for several minutes; he was found submerged and not breathing.",
    ],
)
def test_baby_left_in_bath_is_neglect(story: str) -> None:
    text = (
        "Child Practice Review: Baby P\n\n"
        f"In June 2023, when Baby P was ten months old, {story} He was ventilated in intensive care and has "
        "recovered.\n\n"
        "His mother was referred to the perinatal mental health team and treated with talking therapy and "
        "medication.\n"
    )
    assert child_codes(text)[0]["harm_category"] == "neglect"


# --- harm category: the category given in a joined clause ---------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The harm did not fit the categories of abuse or neglect and was recorded as other non-fatal harm.",
        "It was categorised as other non-fatal harm.",
    ],
)
def test_category_in_a_joined_clause(sentence: str) -> None:
    text = (
        "National review: Young Person T\n\n"
        "1.1 In May 2023 Young Person T, aged 17, was found unresponsive in his room in a secure unit after "
        f"tying a ligature. He survived with a brain injury. {sentence}\n\n"
        "1.2 In 2022 Young Person T had been found in a flat used to sell drugs and was referred to the NRM as a "
        "victim of criminal exploitation.\n"
    )
    assert child_codes(text)[0]["harm_category"] == "other_nonfatal"


# --- an open question is no finding ----------------------------------------------------------------------


def test_review_asking_whether_is_no_finding() -> None:
    text = (
        "Child Practice Review: Child N\n\n"
        "In March 2022 Child N, aged 10, told a teacher that her stepfather had been sexually abusing her for two "
        "years. He was later convicted of rape. The panel considered whether Child N had been sexually exploited. "
        "It concluded that this was abuse within the family.\n"
    )
    assert child_codes(text)[0]["harm_category"] == "sexual_abuse_intrafamilial"


def test_question_answered_in_the_sentence_is_still_read() -> None:
    text = (
        "Local Child Safeguarding Practice Review: Baby W\n\n"
        "Baby W, aged four months, was admitted to hospital in 2023 with a skull fracture. The review considered "
        "whether domestic abuse was present in the household and found no evidence of any domestic abuse.\n"
    )
    from tests.extract.coding import case_codes

    assert case_codes(text)["domestic_abuse"] == "absent"


# --- a toddler who ate a carer's cannabis sweets ------------------------------------------------------------


def test_toddler_eating_cannabis_sweets_is_neglect() -> None:
    text = (
        "7-minute briefing: Child F\n\n"
        "In May 2024 Child F, then two years old, was taken to hospital after a seizure. Toxicology showed high "
        "levels of THC. She needed intensive care for two days.\n"
    )
    assert child_codes(text)[0]["harm_category"] == "neglect"


# --- sex: a pronoun cut in half; an object pronoun is someone else -------------------------------------------


def test_second_child_pronoun_after_a_cut_word() -> None:
    text = (
        "Local Child Safeguarding Practice Review: Children A and B\n\n"
        "1. This review concerns two siblings, Child A and Child B, found in a neglected home in 2021.\n\n"
        "2. Child A was aged four. He had an untreated dental abscess. Child B was ten months old. She was "
        "dehydrated and, on admission, her weight had fallen below the 2nd centile.\n"
    )
    children = {c["alias"]: c for c in child_codes(text)}
    assert children["Child A"]["sex"] == "male"
    assert children["Child B"]["sex"] == "female"


@pytest.mark.parametrize(
    "line",
    [
        "K's father lives in Spain. K speaks to him on the phone every week and stays with him in August.",
        "K's grandfather lives nearby; K visits him most Sundays.",
    ],
)
def test_object_pronoun_in_the_childs_clause_is_someone_else(line: str) -> None:
    text = (
        "Rapid Review: Young Person K\n\n"
        "Q1. Who is the subject? Young Person K, aged 15.\n\n"
        "Q2. What happened? In January 2024 K took an overdose at home and then told her mother, who called an "
        "ambulance. K recovered in hospital.\n\n"
        f"Q5. Who lives in the household? K, K's mother and K's brother. {line}\n"
    )
    assert child_codes(text)[0]["sex"] == "female"


def test_object_pronoun_in_a_reported_clause_is_the_childs() -> None:
    text = (
        "Rapid Review: Young Person K\n\n"
        "In January 2024 Young Person K, aged 15, was assaulted in a park. K told police that a man had hit him with "
        "a bottle. K needed stitches to his head.\n"
    )
    assert child_codes(text)[0]["sex"] == "male"


# --- ethnicity: a field said of them all; "recorded by" without "as" ---------------------------------------


def test_ethnicity_field_for_both_children() -> None:
    text = (
        "Child Practice Review: Child R and Child S\n\n"
        "1.1 This review concerns Child R (aged 9) and Child S (aged 6), who were found in a neglected home in "
        "2023.\n\n"
        "1.2 Ethnicity as recorded in the school census: White - British (both children).\n\n"
        "1.3 Child R was at primary school. Child S was at the same school.\n"
    )
    assert [c["ethnicity"] for c in child_codes(text)] == ["white", "white"]


def test_ethnicity_recorded_by_without_as() -> None:
    text = (
        "Rapid Review: Young Person K\n\n"
        "Young Person K, aged 15. Ethnicity recorded by the college: Black African (Somali heritage). K lives in "
        "Eastford.\n\nIn January 2024 K took an overdose at home.\n"
    )
    assert child_codes(text)[0]["ethnicity"] == "black"


# --- ages: a field listing each child's sex and age; a date of birth in a genogram ----------------------------


@pytest.mark.parametrize(
    ("field", "first", "second"),
    [
        ("Children | P1, female, 7 years; P2, male, 18 months", 84, 18),
        ("Children: P1, girl, aged 7 yrs; P2, boy, 18 mths", 84, 18),
    ],
)
def test_field_listing_sex_and_age(field: str, first: int, second: int) -> None:
    text = (
        "Rapid Review: Children P1 and P2\n\n"
        f"{field}\n\n"
        "1. On 3.03.23 the health visitor found P2 in his cot, listless and dehydrated.\n\n"
        "2. P1 had untreated head lice and had lost weight. P1 was often absent from school.\n"
    )
    assert [c["age_months"] for c in child_codes(text)] == [first, second]


def test_age_in_years_made_exact_by_a_later_date_of_birth() -> None:
    text = (
        "Local Child Safeguarding Practice Review: Leo and Ivy\n\n"
        "On the evening of 10 May 2024 Ivy, then aged 2, was brought to hospital with a skull fracture. At hospital "
        "her brother Leo, aged 9, was found to have bruising.\n\n"
        "Leo attended the local primary school. Ivy did not attend nursery.\n\n"
        "Appendix: the family\n\n"
        "Leo, born 20 February 2015, aged 9 at the incident. Ivy, born 1 August 2021, aged 2 at the incident.\n"
    )
    ages = {c["alias"]: c["age_months"] for c in child_codes(text)}
    assert ages == {"Leo": 110, "Ivy": 33}


# --- ethnicity: a dotted-leader field run into the next ----------------------------------------------------


@pytest.mark.parametrize(
    ("value", "group"),
    [("White British", "white"), ("Mixed - White British / Bangladeshi", "mixed"), ("Black African", "black")],
)
def test_dotted_leader_ethnicity_field(value: str, group: str) -> None:
    text = (
        "RAPID REVIEW - SUBMISSION TO THE PANEL\n\n"
        "Child's identifier ............ Baby Q\n\n"
        f"Age at incident ............... 9 weeks Sex ........ Male Ethnicity ......... {value} Disability "
        "......... None known.\n\n"
        "At approx 05:10 on 04/03/2025 the father called 999 reporting Baby Q unresponsive.\n"
    )
    assert child_codes(text)[0]["ethnicity"] == group


# --- harm named before its label -----------------------------------------------------------------------------


def test_category_named_before_its_label() -> None:
    text = (
        "Thematic review: Child 1 (Ben), Child 2 (Lena) and Child 3 (Ivo)\n\n"
        "1. This review concerns three children of one family: Child 1 (Ben), Child 2 (Lena) and Child 3 (Ivo).\n\n"
        "2. Each was notified to the Panel: Ben and Lena as serious harm, with neglect as the category of harm, "
        "and Ivo as a death.\n\n"
        "3. Child 2 (Lena), aged 15, was admitted to intensive care in May 2022 after taking an overdose. Ben had "
        "head lice and was hungry at school. Ivo died of dehydration.\n"
    )
    harms = {c["alias"]: c["harm_category"] for c in child_codes(text)}
    assert harms["Child 2 (Lena)"] == "neglect"


# --- the name a report says it uses instead of the code ------------------------------------------------------


def test_we_use_the_name_instead_of_the_code() -> None:
    text = (
        "Local Child Safeguarding Practice Review\n\nCHILD T\n\nPublished: May 2025\n\n"
        "1.1 In March 2024 Theo, who was fourteen, was stabbed in a park. He died at the scene.\n\n"
        '1.2 We use "Theo" throughout, at his father\'s request; he asked that the report not use "Child T" '
        "beyond its title.\n\n"
        "2.1 Theo was Black British of Caribbean heritage. Theo loved music.\n"
    )
    children = child_codes(text)
    assert [c["alias"] for c in children] == ["Child T"]
    assert children[0]["ethnicity"] == "black"


# --- the school census's short codes in a field said of all the children -------------------------------------


@pytest.mark.parametrize(("code", "group"), [("WBr", "white"), ("WBRI", "white"), ("MWBC", "mixed"), ("BAFR", "black")])
def test_census_code_for_all_children(code: str, group: str) -> None:
    text = (
        "Rapid Review: C1 and C2\n\n"
        "Children: C1 (girl, 6) and C2 (boy, 3).\n"
        f"Ethnicity (all): {code}.\n\n"
        "1. On 3 March 2023 police found C1 and C2 alone in a cold flat. C1 was hungry. C2 had a burn.\n"
    )
    assert [c["ethnicity"] for c in child_codes(text)] == [group, group]


# --- sex: a form's bare letter after a hyphen, then "aged" ---------------------------------------------------


def test_bare_sex_letter_after_hyphen() -> None:
    text = (
        "Rapid Review\n\nChildren: C1 and C2 (siblings)\n\n"
        "C1 - F, 5y1m. Scalds to the left hand. Admitted to the paediatric ward.\n"
        "C2 - M, aged 2. No injuries found on the CP medical.\n\n"
        "C1 and C2 live with their grandmother under an SGO.\n"
    )
    assert [c["sex"] for c in child_codes(text)] == ["female", "male"]


def test_routine_question_with_its_answer_is_no_hedge() -> None:
    from tests.extract.coding import case_codes

    text = (
        "Rapid Review: Baby W\n\n"
        "Baby W, aged three months, was admitted in 2023 with a fractured femur. Each agency was asked whether it "
        "held anything to suggest domestic abuse; none did.\n"
    )
    assert case_codes(text)["domestic_abuse"] == "absent"


# --- extra children: a parent's name the reader took for a child's ---------------------------------------


@pytest.mark.parametrize(
    "adult",
    [
        "Noah's father, referred to here as Aaron, declined to take part.",
        "Aaron, Noah's father, aged 31, met the reviewer once.",
    ],
)
def test_parent_named_as_referred_is_no_child(adult: str) -> None:
    from caselearn.extract.children import _named_as_adult
    from caselearn.extract.text import Doc

    doc = Doc.from_text(f"Review of the death of a baby known in this report as Noah.\n\n{adult}\n")
    assert _named_as_adult(doc, "Aaron")
    assert not _named_as_adult(doc, "Noah")


def test_parent_named_as_referred_is_not_a_subject(tmp_path) -> None:  # noqa: ANN001
    from caselearn.extract.pipeline import Pipeline, read_file
    from caselearn.extract.text import Doc

    report = tmp_path / "r.txt"
    report.write_text(
        "LOCAL CHILD SAFEGUARDING PRACTICE REVIEW\n\nPublished: May 2024\n\n"
        "1.1 This review concerns a baby boy known in this report as Noah, who died in March 2023 aged four months.\n\n"
        "1.2 Noah died in hospital. The lead reviewer met Noah's mother, referred to here as Jess. Noah's father, "
        "referred to as Aaron, declined to take part.\n\n"
        "- Aaron, Noah's father, aged 29;\n- Jess, Noah's mother, aged 24.\n\n"
        "2.1 Aaron worked nights. Aaron had a conviction for assault. Jess was Noah's main carer.\n"
    )
    result = Pipeline().run(Doc.from_parsed(read_file(str(report))), "r.txt").to_dict()
    assert [c["alias"]["value"] for c in result["children"]] == ["Noah"]


# --- harm named by the child's code letter, early or late in the report --------------------------------------


@pytest.mark.parametrize("late", [False, True])
def test_code_letters_experience_names_the_harm(late: bool) -> None:
    filler = "".join(f"4.{k} Agencies met often and shared records about the young people. " for k in range(1, 80))
    text = (
        '"Behind the screen": online sexual abuse of two young people\n\nPublished: May 2024\n\n'
        "1.1 The young people are referred to as Young Person A and Young Person B.\n\n"
        "Young Person A\n\n"
        "2.1 A was 14 when she was found in a hotel in May 2023 after going missing.\n\n"
        "Young Person B\n\n"
        "2.2 B was 15 when they were blackmailed online over images in June 2023.\n\n"
        + (filler if late else "")
        + "\n\n5.1 A's experience was sexual exploitation: she was given gifts and alcohol in exchange for images.\n"
    )
    harms = {c["alias"]: c["harm_category"] for c in child_codes(text)}
    assert harms["Young Person A"] == "sexual_exploitation"


# --- ages with a decimal or a fraction ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "months"),
    [
        ("Baby K was 10.5 months old", 10),
        ("Baby K was 6½ months old", 6),
        ("Baby K was eleven and three-quarter months old", 11),
        ("Child K was 2.5 years old", 30),
        ("Child K, a 7½-year-old,", 90),
        ("Child K was 14.5 years old", 174),
    ],
)
def test_decimal_and_fraction_ages(phrase: str, months: int) -> None:
    name = phrase.split(" was")[0].split(",")[0]
    text = (
        f"Local Child Safeguarding Practice Review: {name}\n\n"
        f"1.1 In April 2023 {name} was found injured at home. {phrase} when this happened. {name} was taken to "
        "hospital.\n"
    )
    assert child_codes(text)[0]["age_months"] == months


# --- a sibling's child protection plan is no harm of the subject ----------------------------------------------


def test_siblings_plan_category_is_not_the_childs_harm() -> None:
    text = (
        "7-minute briefing: Child F\n\n"
        "In May 2024 Child F, then two years old, was taken to hospital after a seizure at home. She recovered "
        "fully.\n\n"
        "- The family had been known in 2016, when Child F's half-brother was on a CP plan (emotional abuse) "
        "because of domestic abuse by his father.\n"
    )
    assert child_codes(text)[0]["harm_category"] != "emotional_abuse"
