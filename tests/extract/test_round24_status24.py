"""Round 24 (child statuses and flags). Made-up reports.

A plan's end told as a meeting's decision ("the conference decided that the plan should end"), as the
register's words ("name removed from the register"), or as what ran on after it ("the CIN plan continued
after the CP plans ended"); a plan before the child became looked after; the child in need (or Welsh care
and support) plan closed; a denial with its abbreviation in brackets ("a child protection (CP) plan")."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes

BABY = (
    "Local Child Safeguarding Practice Review: Baby R\n\n"
    "Baby R was a boy aged nine months when he died at home in May 2023.\n\n"
    "Background\n\n"
)
TAIL = "\n\nThe review found that agencies did not share what they knew about the home.\n"


def _baby(said: str) -> dict[str, str]:
    return child_codes(BABY + said + TAIL)[0]


@pytest.mark.parametrize(
    "said",
    [
        "In August 2022 an initial conference made Baby R subject to a CP plan under the category of neglect. "
        "In January 2023 the review conference decided that the CP plan should end and that he should be "
        "supported as a child in need.",
        "August 2022: Baby R is made subject to a child protection plan. January 2023: the conference agrees "
        "that the child protection plan should cease.",
        "In August 2022 Baby R's name was placed on the child protection register. In January 2023 his name "
        "was removed from the register.",
        "Baby R was made subject to a child protection plan in August 2022. He came off the register in "
        "January 2023 when his father moved out.",
    ],
)
def test_plan_ended_by_decision_or_register(said: str) -> None:
    assert _baby(said)["cp_plan"] == "previous"


@pytest.mark.parametrize(
    "said",
    [
        # advice, not a decision
        "In August 2022 an initial conference made Baby R subject to a CP plan. The review recommends that "
        "no CP plan should end without a multi-agency discussion.",
        # the plan running on
        "In August 2022 Baby R was made subject to a child protection plan, which was still in place at the "
        "time of his death.",
    ],
)
def test_plan_not_ended(said: str) -> None:
    assert _baby(said)["cp_plan"] == "current"


@pytest.mark.parametrize(
    "said",
    [
        "Baby R had an allocated social worker from July 2022. The CIN plan is closed in March 2023 after a "
        "review meeting.",
        "A social worker was allocated in July 2022. The case was stepped down to a care and support plan, "
        "which closes at the end of March 2023.",
        "Baby R had an allocated social worker from July 2022. In March 2023 the child in need plan was "
        "closed because the family were engaging.",
    ],
)
def test_child_in_need_plan_closed(said: str) -> None:
    assert _baby(said)["social_care_status"] == "closed"


def test_child_in_need_plan_open_at_the_time() -> None:
    said = (
        "Baby R had an allocated social worker from July 2022. An earlier child in need plan for his sister "
        "was closed in 2020. His own child in need plan was still open at the time of his death."
    )
    assert _baby(said)["social_care_status"] == "open"


@pytest.mark.parametrize(
    "said",
    [
        "Baby R had not been made subject to a child protection plan.",
        "Baby R had never been subject to a child protection (CP) plan or a child in need (CIN) plan.",
        "Key facts\nCP / CIN status at incident | None\nEthnicity | White British",
    ],
)
def test_never_on_a_plan(said: str) -> None:
    assert _baby(said)["cp_plan"] == "never"


def test_a_plan_that_was_made_is_not_never() -> None:
    said = "Baby R had been made subject to a child protection (CP) plan under the category of neglect."
    assert _baby(said)["cp_plan"] != "never"


TEEN = (
    "Local Child Safeguarding Practice Review: Young Person B\n\n"
    "Young Person B was 15 when he was stabbed in a park in June 2023.\n\n"
    "Background\n\n"
)


@pytest.mark.parametrize(
    "said",
    [
        "Before becoming looked after, B was subject to a child protection plan under the category of neglect.",
        "Before being accommodated, B was on a child protection plan.",
        "The CIN plan continued for a year after the CP plan ended, and B remained at home.",
    ],
)
def test_plan_before_care_or_ended(said: str) -> None:
    assert child_codes(TEEN + said + TAIL)[0]["cp_plan"] == "previous"


# --- neglect_feature: the child's own plan under neglect, made before birth or told of the children together -----


@pytest.mark.parametrize(
    "said",
    [
        "In April 2022 the unborn baby was made subject to a CP plan under the category of neglect.",
        "Baby R was made subject to a child protection plan under the category of neglect at a pre-birth "
        "conference in March 2022.",
    ],
)
def test_prebirth_plan_under_neglect(said: str) -> None:
    assert _baby(said)["neglect_feature"] == "present"


THREE = (
    "Rapid Review: the W children\n\n"
    "In March 2019 three brothers, Child A, Child B and Child C, were hurt in a car crash.\n\n"
    "Subject children\n\n"
    "Child A | Child B | Child C\n"
    "Age at incident | 9 years | 7 years | 4 years\n"
    "Sex | Male | Male | Male\n\n"
    "Background\n\n"
)


@pytest.mark.parametrize(
    "said",
    [
        "All three children were subject to child protection plans under the category of neglect from 2014 to "
        "2016 (Child C from birth).",
        "All three boys were subject to child protection plans under the category of neglect from 2014 to 2016.",
    ],
)
def test_all_three_children_plans_under_neglect(said: str) -> None:
    codes = child_codes(THREE + said + TAIL)
    assert [c["neglect_feature"] for c in codes] == ["present"] * 3


def test_a_plan_under_neglect_for_one_child_only() -> None:
    said = "Child C had been subject to a child protection plan under the category of neglect from 2014 to 2016."
    codes = child_codes(THREE + said + TAIL)
    assert codes[0]["neglect_feature"] != "present"


# --- child flags: denials in other words ------------------------------------------------------------------------

GIRL = (
    "Child Practice Review: Child M\n\n"
    "In 2021 Child M, a girl aged ten, told her teacher that her mother's partner had abused her at home.\n\n"
    "Background\n\n"
)


def _girl(said: str) -> dict[str, str]:
    return child_codes(GIRL + said + TAIL)[0]


@pytest.mark.parametrize(
    "said",
    [
        # the child's own letter is no "M" for the mother
        "There is no suggestion that Child M used alcohol or drugs.",
        "Nothing in the records gave any indication that Child M drank alcohol. No known use of drugs.",
        "No known use of alcohol or drugs.",
    ],
)
def test_child_substance_use_denied(said: str) -> None:
    codes = _girl(said)
    assert "absent" in (codes["child_alcohol_misuse"], codes["child_drug_misuse"])
    assert "present" not in (codes["child_alcohol_misuse"], codes["child_drug_misuse"])


@pytest.mark.parametrize(
    "said",
    [
        "No drug or alcohol misuse in the household was known to any agency.",
        "There were no alcohol or drug problems within the family.",
    ],
)
def test_household_substance_denial_is_not_the_childs(said: str) -> None:
    codes = _girl(said)
    assert (codes["child_alcohol_misuse"], codes["child_drug_misuse"]) == ("not_known", "not_known")


@pytest.mark.parametrize(
    "said",
    [
        "The review team considered whether Child M had been sexually exploited. It concluded that this was "
        "abuse within the family by a trusted adult and not exploitation.",
        "Sexual exploitation was discussed at the strategy meeting; this was abuse by a relative, not exploitation.",
    ],
)
def test_not_exploitation_where_sexual_exploitation_is_weighed(said: str) -> None:
    assert _girl(said)["child_sexual_exploitation"] == "absent"


def test_not_exploitation_in_a_criminal_exploitation_review() -> None:
    said = (
        "Agencies considered criminal exploitation and county lines. The police concluded that his role was "
        "that of a friend, and not exploitation."
    )
    boy = "Serious Case Review: Child M\n\nChild M, a boy aged fifteen, was stabbed in 2022.\n\n"
    assert child_codes(boy + said + TAIL)[0]["child_sexual_exploitation"] == "not_known"


@pytest.mark.parametrize(
    "said",
    [
        "Child M was never in care.",
        "Children's social care: never subject to a child protection plan; never looked after.",
        "She has not been in care at any point.",
    ],
)
def test_never_in_care(said: str) -> None:
    assert _girl(said)["looked_after"] == "absent"


def test_a_parent_never_in_care_is_no_denial() -> None:
    said = "Child M's mother grew up with her grandparents; the mother was never in care."
    assert _girl(said)["looked_after"] != "absent"


# --- where the child lived and whether looked after ---------------------------------------------------------------

TEEN_R = (
    "National Review: Young Person R\n\n"
    "Young Person R, a boy aged 16, self-harmed seriously in a young offender institution in May 2023.\n\n"
    "Background\n\n"
)


@pytest.mark.parametrize(
    "said",
    [
        "R had been remanded to youth detention accommodation six weeks earlier. Before his remand he lived with "
        "his mother and sisters.",
        "R was remanded in custody in March 2023. Before his arrest and remand he had lived with his father.",
    ],
)
def test_remanded_not_living_at_home(said: str) -> None:
    assert child_codes(TEEN_R + said + TAIL)[0]["living_at_home"] == "absent"


def test_before_a_remand_alone_is_not_home() -> None:
    said = "Before his detention R lived with his mother in a flat on the estate."
    assert child_codes(TEEN_R + said + TAIL)[0]["living_at_home"] != "present"


JESS = (
    "Local Child Safeguarding Practice Review: Jo\n\n"
    "Jo, a girl aged 17, died in April 2024 after taking an overdose.\n\n"
    "Background\n\n"
)


@pytest.mark.parametrize(
    "said",
    [
        "Jo became looked after under a care order in 2016, aged 9, and had three placements in four years.",
        "Jo became a looked-after child under a care order in 2015 when she was eight.",
    ],
)
def test_care_order_runs_on(said: str) -> None:
    assert child_codes(JESS + said + TAIL)[0]["looked_after"] == "present"


def test_care_order_that_ended() -> None:
    said = "Jo was looked after under a care order in 2015 and returned home to her mother in 2016."
    assert child_codes(JESS + said + TAIL)[0]["looked_after"] != "present"


def test_moved_to_supported_accommodation() -> None:
    said = "In 2023 Jo's placement ended and she then moved to supported (semi-independent) accommodation."
    assert child_codes(JESS + said + TAIL)[0]["living_at_home"] == "absent"


def test_mother_moved_to_a_placement_at_seventeen() -> None:
    said = (
        "Baby R's mother grew up in foster care. She moved to a semi-independent placement at seventeen and "
        "to a supported flat in 2021."
    )
    assert _baby(said)["living_at_home"] != "absent"


NOTES = (
    "Rapid Review: Children D1 and D2\n\n"
    "Children | D1, female, 6 years; D2, male, 22 months\n\n"
    "D2 was found in his cot, dehydrated; D1 had lost weight.\n\n"
    "The household\n\n"
)


@pytest.mark.parametrize(
    ("said", "variable", "want"),
    [
        ("Main carer: maternal grandmother (GM), 61. Kinship arrangement since 2021.", "living_at_home", "present"),
        ("Primary carer - mother. Father not known.", "living_at_home", "present"),
        ("Children not LAC before the incident.", "looked_after", "absent"),
    ],
)
def test_household_notes(said: str, variable: str, want: str) -> None:
    codes = child_codes(NOTES + said + TAIL)
    assert [c[variable] for c in codes] == [want, want]


def test_diagnosed_attachment_disorder_is_mental_health() -> None:
    opening = "Serious Case Review: Kit\n\nKit, a boy aged 12, was assaulted by his stepfather in 2022.\n\n"
    said = "Disability/SEN: diagnosed reactive attachment disorder; no other condition."
    assert child_codes(opening + said + TAIL)[0]["child_mental_health"] == "present"


# --- a boy's drinking among older boys, behaviour sanctions, bullying in the child's words, exploitation denied ---

BOY = (
    "Child Practice Review: Child J\n\n"
    "Child J, a boy aged eleven, was found unconscious in a park in October 2023.\n\n"
    "Background\n\n"
)


@pytest.mark.parametrize(
    "said",
    [
        "Child J had been out all afternoon with a group of older boys, and a blood test showed that he had been "
        "drinking alcohol.",
        "Twice he was found in the park with older boys, and on the second occasion he had been drinking cider.",
    ],
)
def test_drinking_after_a_group_of_older_boys(said: str) -> None:
    assert child_codes(BOY + said + TAIL)[0]["child_alcohol_misuse"] == "present"


def test_one_older_boy_drinking_is_his() -> None:
    said = "Child J went to the park with an older boy, who had been drinking cider."
    assert child_codes(BOY + said + TAIL)[0]["child_alcohol_misuse"] != "present"


@pytest.mark.parametrize(
    "said",
    [
        "In Year 7 Child J received a series of detentions.",
        "The school sent letters home about his behaviour in class.",
    ],
)
def test_behaviour_sanctions(said: str) -> None:
    assert child_codes(BOY + said + TAIL)[0]["behaviour_problems"] == "present"


def test_bullying_in_the_childs_own_words() -> None:
    said = 'Child J told the reviewer: "They used to bully me on the bus."'
    assert child_codes(BOY + said + TAIL)[0]["bullying"] == "present"


def test_no_evidence_that_she_had_been_exploited() -> None:
    said = (
        "In 2022 there were concerns that Child M was at risk of sexual exploitation by a man she met online. "
        "The police found that he was a boy of her own age, and there was no evidence that Child M had been "
        "exploited."
    )
    assert _girl(said)["child_sexual_exploitation"] == "absent"


# --- social care at the incident: a plan closed in the same sentence, early help, a short spell, months of a year ---


@pytest.mark.parametrize(
    "said",
    [
        "The child in need plan, which had been in place since his birth, was closed in January 2023 after the "
        "mother's health improved.",
        "The family had been supported by the special guardianship team, but the case had been closed to "
        "children's social care since 2020.",
        "A child in need plan was put in place for a short time in 2022.",
    ],
)
def test_plan_closed_or_short(said: str) -> None:
    assert _baby(said)["social_care_status"] == "closed"


def test_early_help_in_progress_is_not_social_care() -> None:
    said = "The Early Help assessment was in progress when Baby R died."
    assert _baby(said)["social_care_status"] != "open"


def test_child_in_need_plan_still_open() -> None:
    said = "A child in need plan had been in place since his birth and was still open when he died."
    assert _baby(said)["social_care_status"] == "open"


def test_months_of_a_year() -> None:
    twins = (
        "Rapid Review: C1 and C2\n\n"
        "C1 (aged 4) and C2 (aged 2) were found alone at home in December 2021.\n\n"
        "Background\n\n"
        "- C1 and C2 subject to CP plans Feb-Sept 21 (cat: emotional abuse).\n"
    )
    assert [c["cp_plan"] for c in child_codes(twins + TAIL)] == ["previous", "previous"]


@pytest.mark.parametrize(
    "said",
    [
        "Baby R had been on a CP plan (neglect) since he was 3 months old.",
        "Baby R was subject to a CP plan (category: physical abuse) from birth because of his father's violence "
        "towards a previous partner.",
    ],
)
def test_plan_running_up_to_the_incident(said: str) -> None:
    codes = _baby(said)
    assert (codes["cp_plan"], codes["social_care_status"]) == ("current", "open")


def test_child_in_need_plan_open_in_the_month_of_the_incident() -> None:
    said = (
        "The CP plan ended in January 2023 and the case was stepped down to a child in need plan, which was open "
        "in May 2023 when Baby R died."
    )
    assert _baby(said)["social_care_status"] == "open"


# --- home education: a child among the school's people and days is on roll -------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "In March 2021 Child M told her class teacher that her mother's partner had hurt her.",
        "She confided in her head of year at Kestrel Park Academy.",
        "Child M had missed 38% of school sessions in the autumn term.",
        "Child M was doing well at school, which had no concerns about her.",
        "Child M was excluded for fixed periods twice in Year 5 for hitting other pupils.",
    ],
)
def test_school_people_and_days(said: str) -> None:
    assert _girl(said)["elective_home_education"] == "absent"


@pytest.mark.parametrize(
    "said",
    [
        # a permanent exclusion says nothing of where she went next
        "Child M was permanently excluded from her primary school in Year 5.",
        # a teacher of an earlier time, then home education
        "Child M told her class teacher in 2019; in 2020 her mother withdrew her from school to home educate her.",
    ],
)
def test_school_people_not_enough(said: str) -> None:
    assert _girl(said)["elective_home_education"] != "absent"


# --- disability: a denial beside an assessment awaited or queried -------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "- No diagnosed disability (school query re possible ASD, never referred).",
        "Child M has no diagnosed disability; an assessment for ADHD was requested by her school but never done.",
        "An ADHD assessment was started but never completed; she had no diagnosed disability.",
    ],
)
def test_no_disability_beside_an_assessment(said: str) -> None:
    assert _girl(said)["disability"] == "absent"


@pytest.mark.parametrize(
    "said",
    [
        "Child M was awaiting an autism assessment at the time.",
        "Her school referred her for an ADHD assessment in 2020.",
    ],
)
def test_assessment_alone_is_no_disability(said: str) -> None:
    assert _girl(said)["disability"] == "not_known"


# --- neglect denied in other words --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "The health visitor had no concerns about his development or about neglect.",
        "The review found nothing to suggest that Baby R was neglected in his everyday care.",
        "The enquiry concluded that the injury was accidental and that Baby R has not suffered abuse or neglect.",
        "In 2022 the health visitor raised concerns about possible neglect; the concern of neglect was not "
        "substantiated.",
        "There is no indication that Baby R has been abused or neglected.",
    ],
)
def test_neglect_denied(said: str) -> None:
    assert _baby(said)["neglect_feature"] == "absent"


@pytest.mark.parametrize(
    "said",
    [
        "The review concluded that Baby R's death was not caused by neglect.",
        "Although Baby R had not been subject to abuse or neglect known to agencies, the partners held a review.",
    ],
)
def test_neglect_not_denied(said: str) -> None:
    assert _baby(said)["neglect_feature"] != "absent"


# --- social care never known: no referral made, another body's case, a parent's case as a child -----------------


@pytest.mark.parametrize(
    "said",
    [
        "Baby R was not known to children's social care. There was no forum in which the picture could come "
        "together, because the family did not meet the threshold for multi-agency involvement and no referral "
        "was ever made to the MASH.",
        "Baby R was not known to children's social care. The LADO process closed when the coach left the club, "
        "and the governing body's case closed on his departure.",
    ],
)
def test_never_known_stands(said: str) -> None:
    assert _baby(said)["social_care_status"] == "never_known"


# --- behaviour: an adult arrested is not the child's offending; aggression in other words ------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Police attended twice in 2023; on the second occasion the partner was arrested for assaulting Child J's "
        "mother and released with no further action.",
        "Two men, aged 23 and 31, have been arrested and released on bail.",
    ],
)
def test_adult_arrested_is_not_behaviour(said: str) -> None:
    assert child_codes(BOY + said + TAIL)[0]["behaviour_problems"] == "not_known"


def test_incidents_of_aggression() -> None:
    said = 'Professionals described Child J as "volatile", with frequent incidents of aggression in the home.'
    assert child_codes(BOY + said + TAIL)[0]["behaviour_problems"] == "present"


def test_child_arrested_is_still_behaviour() -> None:
    said = "Child J was arrested in 2023 for criminal damage at the school."
    assert child_codes(BOY + said + TAIL)[0]["behaviour_problems"] == "present"


@pytest.mark.parametrize(
    "said",
    [
        "- Use the Brook Traffic Light Tool when you hear of sexualised behaviour.",
        "Learning will be taken forward through the partnership's harmful sexual behaviour training.",
    ],
)
def test_practitioners_tools_are_not_behaviour(said: str) -> None:
    assert child_codes(BOY + said + TAIL)[0]["behaviour_problems"] == "not_known"
