"""Round 23 (child statuses and flags): the fields of a key-facts table with one column per subject
child ("CP plan | Previous ... | Never", "Looked after at incident | No | No"). Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes

OPENING = (
    "Rapid Review: the R children\n\n"
    "In March 2024 the police found two children, Child D and Child E, alone at home overnight. "
    "Both were taken to hospital.\n\n"
    "Subject children\n\n"
    "Child D | Child E\n"
    "Age at incident | 7 years | 2 years\n"
    "Sex | Male | Female\n"
)
TAIL = "\nThe review found that agencies did not share what they knew about the home.\n"


def _codes(rows: str) -> list[dict[str, str]]:
    return child_codes(OPENING + rows + TAIL)


@pytest.mark.parametrize(
    ("row", "want"),
    [
        ("CP plan | Previous - neglect, 2020 to 2021 | Never - born after the plan ended", ("previous", "never")),
        ("Child protection plan | None | None", ("never", "never")),
        ("CP status | Ended 2021 | Not applicable, born 2022", ("previous", "not_known")),
    ],
)
def test_plan_row(row: str, want: tuple[str, str]) -> None:
    d, e = _codes(row + "\n")
    assert (d["cp_plan"], e["cp_plan"]) == want


@pytest.mark.parametrize(
    "row",
    [
        "Looked after at incident | No | No",
        "Looked after at time of incident? | No | No",
        "LAC | Not looked after | Not looked after",
    ],
)
def test_looked_after_row_no(row: str) -> None:
    d, e = _codes(row + "\n")
    assert (d["looked_after"], e["looked_after"]) == ("absent", "absent")


@pytest.mark.parametrize(
    "row",
    [
        "Previously looked after | No | No",  # an earlier spell asked about, not the incident
        "Looked after history | No | No",
        "Looked after at incident | Unknown | Unknown",
    ],
)
def test_looked_after_row_not_read(row: str) -> None:
    d, e = _codes(row + "\n")
    assert (d["looked_after"], e["looked_after"]) == ("not_known", "not_known")


def test_health_row_each_child_own_cell() -> None:
    d, e = _codes("Health / disability | Autism spectrum disorder, diagnosed 2022 | No known health conditions\n")
    assert (d["disability"], e["disability"]) == ("present", "absent")


def test_health_row_silent_cell() -> None:
    d, e = _codes("Health | Seen by school nurse once | Immunisations up to date\n")
    assert (d["disability"], e["disability"]) == ("not_known", "not_known")


def test_education_row_home_educated() -> None:
    d, _e = _codes("Education | Taken off roll in May 2023 and electively home educated | Nursery, 15 hours\n")
    assert d["elective_home_education"] == "present"


def test_education_row_home_education_only_discussed() -> None:
    d, _e = _codes("Education | Year 2; mother had discussed home education with the school | N/A\n")
    assert d["elective_home_education"] == "not_known"


# --- harm categorised as neglect, in words that name neglect: neglect featured --------------------------


@pytest.mark.parametrize(
    "row",
    [
        "Category of notification | Serious harm - neglect | Serious harm - neglect",
        "Category of notification | Serious harm (neglect) | Serious harm (neglect)",
    ],
)
def test_neglect_category_row(row: str) -> None:
    d, e = _codes(row + "\n")
    assert (d["harm_category"], e["harm_category"]) == ("neglect", "neglect")
    assert (d["neglect_feature"], e["neglect_feature"]) == ("present", "present")


def test_other_category_row_no_neglect() -> None:
    d, e = _codes("Category of notification | Serious harm - physical abuse | Serious harm - physical abuse\n")
    assert (d["neglect_feature"], e["neglect_feature"]) == ("not_known", "not_known")


# --- a statement the report itself withdraws --------------------------------------------------------------

TEEN = (
    "Child Practice Review: Young Person R\n\n"
    "R, a girl aged 15, took an overdose at home in March 2019 and died in hospital two days later. "
    "She lived with her mother and her stepfather.\n\n"
)


@pytest.mark.parametrize(
    "retracted",
    [
        "R had been on the child protection register as a young child [editor's note: this statement was "
        "incorrect and has been corrected below].",
        "An early draft said R had previously been subject to a child protection plan; this entry was a "
        "recording error and is disregarded.",
    ],
)
def test_a_withdrawn_plan_gives_way_to_never(retracted: str) -> None:
    text = TEEN + retracted + " R had never been the subject of a child protection plan.\n"
    assert child_codes(text)[0]["cp_plan"] == "never"


def test_a_plan_not_withdrawn_stands() -> None:
    text = TEEN + "R had been subject to a child protection plan for neglect when she was four; it ended in 2008.\n"
    assert child_codes(text)[0]["cp_plan"] == "previous"


# --- a named school, then what kind it is ------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "R attended Ysgol Glan Morfa, a Welsh-medium comprehensive school, until her death.",
        "She attends Holm Park, a small secondary academy on the edge of town.",
    ],
)
def test_named_school_with_its_kind(said: str) -> None:
    assert child_codes(TEEN + said + "\n")[0]["elective_home_education"] == "absent"


def test_named_school_left_before() -> None:
    said = "R attended Ysgol Glan Morfa, a comprehensive school, until she was withdrawn in Year 9."
    assert child_codes(TEEN + said + "\n")[0]["elective_home_education"] != "absent"


# --- a sexual exploitation risk tool that scored no risk -----------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        'A SERAF risk assessment was completed with the school and scored "no apparent risk".',
        "The CSE screening tool completed by her social worker found no identified risk.",
    ],
)
def test_exploitation_tool_found_no_risk(said: str) -> None:
    assert child_codes(TEEN + said + "\n")[0]["child_sexual_exploitation"] == "absent"


def test_no_apparent_concern_is_still_hedged() -> None:
    said = "There was no apparent concern about exploitation, though nobody asked R about it."
    assert child_codes(TEEN + said + "\n")[0]["child_sexual_exploitation"] == "not_known"


# --- a thematic review with a section headed by each child's name ------------------------------------------

THEMATIC = (
    "Thematic review: learning from the experiences of Maisie and Child J\n\n"
    "Part 1. The children\n\n"
    "Maisie\n"
    "1.1 Maisie was seven in May 2023 when she was admitted to hospital severely underweight. "
    "She lives with her mother and her grandmother.\n"
    "1.2 Maisie had been subject to a child protection plan under the category of neglect since January 2023, "
    "and the case was open to the disabled children's team.\n\n"
    "Child J\n"
    "1.3 Child J is a boy of nine; in August 2023 he was taken to hospital with a broken arm. "
    "He lived with his mother and father.\n"
    "{j}\n\n"
    "Part 2. What we found\n\n"
    "2.1 Professionals saw each child's disability first.\n"
)


def _thematic(j: str) -> dict[str, str]:
    kids = child_codes(THEMATIC.format(j=j))
    return next(k for k in kids if k["alias"] == "Child J")


def test_another_childs_open_case_is_not_this_childs() -> None:
    j = "1.4 The family had been known to children's social care in 2020; the case was closed in 2021."
    codes = _thematic(j)
    assert codes["cp_plan"] != "current"
    assert codes["social_care_status"] == "closed"


@pytest.mark.parametrize(
    ("said", "variable"),
    [
        ('His teachers said he had few friends. He was "picked on" at break times.', "bullying"),
        ("His behaviour at school was often described as 'explosive'.", "behaviour_problems"),
    ],
)
def test_a_sentence_of_the_childs_section_without_the_name(said: str, variable: str) -> None:
    assert _thematic("1.4 Child J has ADHD. " + said)[variable] == "present"


# --- "had no friends and was picked on": the "no" counts the friends only --------------------------------------


def test_no_friends_and_picked_on() -> None:
    said = "Her school said she had no friends and was 'picked on' in the lunch queue."
    assert child_codes(TEEN + said + "\n")[0]["bullying"] == "present"


def test_no_reports_of_being_picked_on() -> None:
    said = "There were no reports that she was picked on at school."
    assert child_codes(TEEN + said + "\n")[0]["bullying"] != "present"


@pytest.mark.parametrize(
    "said",
    [
        "Her behaviour in class had been recorded as volatile since Year 7.",
        'At home her behaviour was described as "increasingly defiant".',
    ],
)
def test_behaviour_described_as(said: str) -> None:
    assert child_codes(TEEN + said + "\n")[0]["behaviour_problems"] == "present"


def test_behaviour_described_as_good() -> None:
    said = "Her behaviour in class was recorded as settled and calm."
    assert child_codes(TEEN + said + "\n")[0]["behaviour_problems"] != "present"


# --- accommodation ruled out is no looked-after status ----------------------------------------------------------

TODDLER = (
    "Rapid review: Child W\n\n"
    "Child W, a boy aged two, swallowed his mother's methadone at home in May 2024 and was ventilated in "
    "intensive care. He lives with his mother.\n\n"
)


@pytest.mark.parametrize(
    "said",
    [
        "He will go to his grandmother's on discharge; s.20 not required at present.",
        "Section 20 was not needed because the family agreed a safety plan.",
    ],
)
def test_section_20_not_required(said: str) -> None:
    assert child_codes(TODDLER + said + "\n")[0]["looked_after"] != "present"


def test_section_20_used() -> None:
    said = "He was accommodated under section 20 in March 2024 and was in foster care at the time of the incident."
    assert child_codes(TODDLER + said + "\n")[0]["looked_after"] == "present"


# --- other children counted by an audit ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sample",
    [
        "Dip sample (twelve children): in five, the child had been known to children's social care before.",
        "In three of the ten cases audited the family had been known to children's social care.",
    ],
)
def test_audit_sample_is_not_the_child(sample: str) -> None:
    text = TODDLER + "The family was not known to children's social care before the incident.\n" + sample + "\n"
    assert child_codes(text)[0]["social_care_status"] == "never_known"


# --- placed in semi-independent accommodation --------------------------------------------------------------------


def test_placed_in_semi_independent() -> None:
    text = (
        "Local Child Safeguarding Practice Review: Young Person Q\n\n"
        "Q was 17 when he was stabbed near his flat in April 2023 and died. After threats to the family home in "
        "2022 he was accommodated under section 20 and placed in supported accommodation across the city.\n"
    )
    assert child_codes(text)[0]["living_at_home"] == "absent"


# --- an assessment by the disabled children's team ----------------------------------------------------------------


def test_disabled_childrens_team_assessment() -> None:
    said = "The disabled children's team had done an assessment in 2022 to look at help with short breaks."
    assert child_codes(TODDLER + said + "\n")[0]["social_care_status"] == "closed"


# --- "neither child had a disability"; a Welsh school by name; a language disorder ------------------------------


def test_neither_child_had_a_disability() -> None:
    d, e = _codes("Sex | Male | Female\n\nNeither child had a disability. Both were seen by the school nurse.\n")
    assert (d["disability"], e["disability"]) == ("absent", "absent")


@pytest.mark.parametrize(
    "said", ["R attended Ysgol Gynradd Bryn Teg, near her home.", "She was a pupil at Ysgol y Castell in Year 10."]
)
def test_welsh_school_by_name(said: str) -> None:
    assert child_codes(TEEN + said + "\n")[0]["elective_home_education"] == "absent"


def test_welsh_school_left() -> None:
    said = "R attended Ysgol Gynradd Bryn Teg until she was withdrawn to be home educated in 2017."
    assert child_codes(TEEN + said + "\n")[0]["elective_home_education"] != "absent"


@pytest.mark.parametrize(
    "said",
    [
        "R was diagnosed with developmental language disorder when she was seven.",
        "Speech and language therapy confirmed DLD in Year 3.",
    ],
)
def test_language_disorder(said: str) -> None:
    assert child_codes(TEEN + said + "\n")[0]["disability"] == "present"


# --- a conference's decision told with "should" --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "want"),
    [
        (
            "The initial child protection conference decided that R should not be made subject to a child "
            "protection plan and that a child in need plan would follow.",
            "never",
        ),
        ("The strategy meeting agreed that R should be made subject to a child protection plan.", "current"),
    ],
)
def test_a_conference_decision_with_should(said: str, want: str) -> None:
    assert child_codes(TEEN + said + "\n")[0]["cp_plan"] == want


def test_should_as_advice_still_skipped() -> None:
    said = "Practitioners should consider whether a child protection plan is needed for any child who self-harms."
    assert child_codes(TEEN + said + "\n")[0]["cp_plan"] == "not_known"


# --- a neglect plan that stood in for harm outside the home ---------------------------------------------------------


def test_plan_under_neglect_that_stood_in() -> None:
    said = (
        "R was made subject to a child protection plan in 2018. The plan was under 'neglect'. The procedures then "
        "had no category for harm outside the home, so the conference used neglect. The review is clear that "
        "neglect was not a feature of R's home life."
    )
    assert child_codes(TEEN + said + "\n")[0]["neglect_feature"] == "absent"


def test_plan_under_neglect_alone() -> None:
    said = "R was made subject to a child protection plan in 2018. The plan was under 'neglect'."
    assert child_codes(TEEN + said + "\n")[0]["neglect_feature"] == "present"


# --- absent only where the report says so: "LAC: n/a", a toxicology screen ------------------------------------------


@pytest.mark.parametrize("field", ["LAC: n/a", "Looked after at incident: N/A"])
def test_not_applicable_is_no_answer(field: str) -> None:
    assert child_codes(TODDLER + field + "\n")[0]["looked_after"] == "not_known"


def test_looked_after_field_no() -> None:
    assert child_codes(TODDLER + "LAC: No\n")[0]["looked_after"] == "absent"


@pytest.mark.parametrize(
    "said",
    [
        "The post-mortem toxicology found paracetamol but no alcohol or illicit drugs.",
        "Toxicology after her death found no drugs in her blood.",
    ],
)
def test_toxicology_is_no_drinking_history(said: str) -> None:
    assert child_codes(TEEN + said + "\n")[0]["child_alcohol_misuse"] == "not_known"


def test_did_not_use_alcohol() -> None:
    said = "Her teachers and friends were clear that R did not use drugs or alcohol."
    assert child_codes(TEEN + said + "\n")[0]["child_alcohol_misuse"] == "absent"


# --- a parent's contracted denial, a dated concern, others' cautions and "the exclusion of a father" ------------------


def test_contracted_denial_is_no_finding() -> None:
    said = "\"I didn't neglect her.\" R's mother said this more than once to the reviewer."
    assert child_codes(TEEN + said + "\n")[0]["neglect_feature"] != "present"


def test_concern_with_a_date_is_no_finding() -> None:
    said = "There were concerns in spring 2022 that R was being sexually exploited by older youths."
    assert child_codes(TEEN + said + "\n")[0]["child_sexual_exploitation"] == "not_known"


@pytest.mark.parametrize(
    "said",
    [
        "After her death two pupils were given youth cautions for sending messages to another girl.",
        "The review considers that the exclusion of a non-resident father from the plan limited what was known.",
    ],
)
def test_others_cautions_and_a_fathers_exclusion(said: str) -> None:
    assert child_codes(TEEN + said + "\n")[0]["behaviour_problems"] == "not_known"


def test_no_concerns_about_named_childs_behaviour() -> None:
    said = "Her teachers said there were no concerns about R's behaviour at school at any time."
    assert child_codes(TEEN + said + "\n")[0]["behaviour_problems"] == "absent"


# --- a school the child was by then attending only now and then -------------------------------------------------------


def test_own_school_attended_only_intermittently() -> None:
    said = "He was teased at his secondary school in Year 8, and by Year 10 was attending only intermittently."
    text = TEEN.replace("a girl", "a boy").replace("She lived", "He lived") + said + "\n"
    assert child_codes(text)[0]["elective_home_education"] == "not_known"


# --- a special educational needs meeting is no condition of the child ----------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Her outbursts were later discussed at a special educational needs review as an emotional difficulty.",
        "The SEND team at the council was asked for advice about her timetable.",
    ],
)
def test_sen_meeting_or_team(said: str) -> None:
    assert child_codes(TEEN + said + "\n")[0]["disability"] == "not_known"


def test_special_needs_of_the_child() -> None:
    said = "R had special educational needs arising from a hearing loss."
    assert child_codes(TEEN + said + "\n")[0]["disability"] == "present"


# --- one behaviour problem named; kicking out ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Her school treated her anger as a behaviour problem and never asked what was happening at home.",
        "Staff noted that she kicks out when other pupils tease her.",
    ],
)
def test_one_behaviour_problem(said: str) -> None:
    assert child_codes(TEEN + said + "\n")[0]["behaviour_problems"] == "present"


def test_kicked_out_of_home_is_no_behaviour() -> None:
    said = "In 2018 her mother kicked out her partner after an argument."
    assert child_codes(TEEN + said + "\n")[0]["behaviour_problems"] == "not_known"


# --- investigations that found no condition ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Paediatric investigations of his poor growth found no underlying medical cause.",
        "He was admitted for faltering growth; no underlying condition was identified.",
    ],
)
def test_investigations_found_no_condition(said: str) -> None:
    assert child_codes(TODDLER + said + "\n")[0]["disability"] == "absent"


def test_investigations_still_awaited() -> None:
    said = "Paediatric investigations for his poor growth were still awaited."
    assert child_codes(TODDLER + said + "\n")[0]["disability"] == "not_known"
