"""Round 21 (child status): what came after the incident in a terse note ("(post-incident)", "since the
fire") is not the child's status at the time; a template's "CSC: no involvement" is a family never known
to children's social care; a "CSC referral" in a dated note is earlier contact. Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes


def _child(text: str) -> dict[str, str]:
    return child_codes(text)[0]


_FORM = (
    "SAFEGUARDING PARTNERSHIP\nRAPID REVIEW\n\nDate of incident: 03/05/2024\n\nChild:   Child R\n"
    "Age:     7 yrs\nSex:     F\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "- R placed in FC s20 from discharge (post incident).",
        "Since the fire Child R has been looked after by the local authority and lives with an aunt.",
        "Post-incident: R became a looked after child under an interim care order.",
    ],
)
def test_care_after_the_incident_is_not_looked_after(line: str) -> None:
    codes = _child(_FORM + line + "\n")
    assert codes.get("looked_after", "not_known") != "present"
    assert codes.get("social_care_status", "not_known") != "open"


def test_care_before_the_incident_still_counts() -> None:
    codes = _child(_FORM + "Child R had been a looked after child since 2021, placed with foster carers.\n")
    assert codes.get("looked_after") == "present"


@pytest.mark.parametrize(
    "line",
    [
        "CSC: No involvement with R or her parents before the incident.",
        "Children's social care - no previous involvement.",
        "CSC | No contact with the family.",
    ],
)
def test_csc_field_no_involvement_is_never_known(line: str) -> None:
    assert _child(_FORM + line + "\n").get("social_care_status") == "never_known"


def test_csc_field_no_involvement_since_is_not_never_known() -> None:
    line = "CSC: no involvement since the case closed in 2019."
    assert _child(_FORM + line + "\n").get("social_care_status", "not_known") != "never_known"


@pytest.mark.parametrize(
    "line",
    [
        "- 05/2021: CSC referral from school (concern re neglect). Single assessment.",
        "2019: children's social care referral by the GP; NFA.",
    ],
)
def test_an_earlier_csc_referral_is_earlier_contact(line: str) -> None:
    assert _child(_FORM + line + "\n").get("social_care_status") == "closed"


_REVIEW = (
    "Local child safeguarding practice review: Daisy\n\n1. Introduction\n\n"
    "Daisy was four months old when she was admitted to hospital in March 2024 with a skull fracture.\n\n"
    "2. Background\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        # a brother or sister named as the plan's subject
        "In 2016 Oliver was made subject to a child protection plan under the category of emotional abuse.",
        "The mother told the midwife about Oliver's previous child protection plan.",
        # a parent's own plan, dated long before the child's birth
        "Gary and his siblings were on the child protection register in 1997.",
        # a partner's children from another relationship
        "Mr T's three children from an earlier relationship were subject to child protection plans elsewhere.",
        # the mother's own childhood, told in her words
        "The mother spoke about her own childhood: she had been subject to a child protection plan and later "
        "lived with an aunt.",
    ],
)
def test_someone_elses_plan_is_not_the_childs(sentence: str) -> None:
    text = _REVIEW + sentence + " Daisy was never the subject of a child protection plan.\n"
    assert _child(text).get("cp_plan") == "never"


@pytest.mark.parametrize(
    "sentence",
    [
        "Daisy and Oliver were made subject to child protection plans in January 2024.",
        "Daisy was made subject to a child protection plan at birth and remained on it at the time.",
    ],
)
def test_the_childs_own_plan_still_counts(sentence: str) -> None:
    assert _child(_REVIEW + sentence + "\n").get("cp_plan") == "current"


def test_a_coded_child_may_be_called_by_name() -> None:
    text = (
        "Rapid review: Child D\n\n1. Introduction\n\nChild D was four months old when she was admitted to "
        "hospital in March 2024.\n\nDaisy was made subject to a child protection plan in January 2024 and "
        "remained on it at the time.\n"
    )
    assert _child(text).get("cp_plan") == "current"


@pytest.mark.parametrize(
    "sentence",
    [
        "The review did not find that Daisy had ever been subject to a child protection plan.",
        "The panel did not find that the baby was ever the subject of a CP plan.",
    ],
)
def test_no_finding_of_a_plan_is_never(sentence: str) -> None:
    assert _child(_REVIEW + sentence + "\n").get("cp_plan") == "never"


_GIRL = (
    "Learning review: Child P\n\n1. Introduction\n\nChild P was nine years old when she was admitted to hospital "
    "in May 2024 with a head injury. She lived with her mother.\n\n2. Background\n\n"
)


def _disability(text: str) -> str:
    return _child(text).get("disability", "not_known")


@pytest.mark.parametrize(
    "sentence",
    [
        # convention 2: the SEN register or SEN support with no condition named
        "She is on the SEN register for speech and language needs; no diagnosis has been made.",
        "P was on the SEND register at school and had SEN support for reading.",
        # an assessment is not a diagnosis
        "- P was assessed for autism in 2022.",
    ],
)
def test_sen_register_or_assessment_alone_is_not_a_disability(sentence: str) -> None:
    assert _disability(_GIRL + sentence + "\n") != "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "She has an ADHD diagnosis (2021, through the community paediatric neurodevelopmental pathway).",
        "P was assessed for autism in 2021 and diagnosed the following spring.",
    ],
)
def test_a_diagnosis_told_with_its_pathway_is_a_disability(sentence: str) -> None:
    assert _disability(_GIRL + sentence + "\n") == "present"


def test_a_wrapped_recommendation_line_is_not_the_child() -> None:
    from caselearn.extract.child_flags import _OwnClause
    from caselearn.extract.text import Doc

    doc = Doc.from_text(
        # a page break in the middle of an item
        "5. RECOMMENDATIONS\n\n1. Adult services to agree a pathway for parenting assessments of parents with\n\n"
        "learning disability, adapted to their needs.\n2. Schools to record attendance daily.\n"
    )
    sent = next(s for s in doc.sentences if s.text.startswith("learning disability"))
    assert not _OwnClause(("P",), "female", doc)(sent, 0, len("learning disability"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Before the incident she was a healthy toddler who was walking at ten months.",
        "P was a fit and healthy girl, rarely seen by her GP.",
    ],
)
def test_a_healthy_child_has_no_disability(sentence: str) -> None:
    assert _disability(_GIRL + sentence + "\n") == "absent"


def test_a_healthy_newborn_says_nothing_of_later() -> None:
    assert _disability(_GIRL + "She was a healthy child at birth, weighing 3.4 kg.\n") == "not_known"


def test_neither_twin_had_medical_needs() -> None:
    text = (
        "Rapid review: Twins A and B\n\n1. Introduction\n\nTwin A and Twin B were five months old when Twin A was "
        "admitted in 2024 with fractures. By then neither twin had any ongoing medical needs.\n"
    )
    assert all(c.get("disability") == "absent" for c in child_codes(text))


def _status(sentence: str) -> dict[str, str]:
    codes = _child(_REVIEW + sentence + "\n")
    return {k: codes.get(k, "not_known") for k in ("cp_plan", "social_care_status")}


@pytest.mark.parametrize(
    "line",
    [
        "Legal status at incident:   Child protection plan (since 14 February 2024).",
        "Legal status - CP plan (neglect), from 2 January 2024.",
    ],
)
def test_legal_status_field_gives_a_current_plan(line: str) -> None:
    assert _status(line) == {"cp_plan": "current", "social_care_status": "open"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Daisy and her sister were therefore previously subject to plans.",
        "Daisy was formerly the subject of a plan under the category of neglect.",
    ],
)
def test_previously_subject_to_plans_is_previous(sentence: str) -> None:
    assert _status(sentence)["cp_plan"] == "previous"


def test_at_the_time_of_a_reason_does_not_make_the_plan_current() -> None:
    sentence = (
        "Daisy was made subject to a child protection plan soon after her birth, because of concerns about "
        "her mother's drinking at the time. The plan ended in February 2024."
    )
    assert _status(sentence)["cp_plan"] == "previous"


def test_an_early_help_plan_open_at_the_incident_is_not_an_open_social_care_case() -> None:
    sentence = (
        "The case was closed to children's social care in 2023. An early help plan was opened in January "
        "2024 with the nursery as lead professional and remained open at the incident."
    )
    assert _status(sentence)["social_care_status"] == "closed"


_TEEN = (
    "Local child safeguarding practice review: Child N\n\n1. Introduction\n\nChild N was fifteen years old when "
    "she was found seriously injured in March 2024.\n\n2. Background\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "At the time of the incident she lived in a privately run children's home forty miles away.",
        "N had been reported missing from her residential children's home the night before.",
    ],
)
def test_a_childrens_home_is_looked_after_and_not_home(sentence: str) -> None:
    codes = _child(_TEEN + sentence + "\n")
    assert codes.get("looked_after") == "present"
    assert codes.get("living_at_home", "not_known") != "present"


def test_a_foster_family_is_not_family_home() -> None:
    text = _TEEN + "N lived with one foster family for three years, which she remembers as a happy time.\n"
    assert _child(text).get("living_at_home", "not_known") != "present"


_OLDER_TEEN = _TEEN.replace("fifteen", "seventeen")


@pytest.mark.parametrize(
    "sentence",
    [
        "She ceased to be looked after on that date and became a relevant child, supported by a "
        "personal adviser from the leaving care team.",
        "N stopped being looked after at sixteen; she was allocated a personal adviser.",
    ],
)
def test_a_relevant_child_with_a_personal_adviser(sentence: str) -> None:
    codes = _child(_OLDER_TEEN + sentence + "\n")
    assert codes.get("looked_after") == "absent"
    assert codes.get("social_care_status") == "open"


def test_a_mothers_personal_adviser_is_not_the_childs_case() -> None:
    text = (
        _TEEN + "Ms N was looked after from the age of twelve and had a personal adviser until shortly before "
        "her daughter was born. The family was known to children's social care from 2015.\n"
    )
    assert _child(text).get("social_care_status") == "closed"


_ROWS = (
    "Thematic review: three young people harmed in 2024\n\n1. Why we did this review\n\nThe partnership "
    "notified the Panel of three serious incidents in 2024 and decided on one thematic review.\n\n"
    "2. The young people\n\nYoung person\n\nAbout them\n\nChildren's social care\n\n"
    "Child A\n\nA girl aged 14. Lived with her father.\n\nSubject to a child protection plan under the category "
    "of neglect since March 2024.\n\n"
    "Child B\n\nA boy aged 15. White British.\n\nLived in a residential children's home out of area.\n\n"
    "Not known to children's social care until 2023; never subject to a plan.\n\n"
    "Child C\n\nA girl aged 13. Lived with her mother and stepfather.\n\nNever known to children's social care.\n\n"
    "3. What we found in the three families\n\nChild A\n\nChild A's father worked nights.\n\nChild B\n\n"
    "Child B's mother had moved abroad.\n\nChild C\n\nChild C's school knew the family well.\n"
)


def test_a_table_read_cell_by_cell_gives_each_child_its_row() -> None:
    a, b, c = child_codes(_ROWS)
    assert (a.get("cp_plan"), a.get("social_care_status")) == ("current", "open")
    assert a.get("neglect_feature") == "present"
    assert b.get("looked_after") == "present"
    assert b.get("living_at_home") == "absent"
    assert c.get("social_care_status") == "never_known"
    assert c.get("cp_plan", "not_known") == "not_known"


_BOY = (
    "Local child safeguarding practice review: Child K\n\n1. Introduction\n\nChild K was fifteen years old when he "
    "was stabbed in March 2024. He lived with his mother.\n\n2. Findings\n\n"
)


@pytest.mark.parametrize(
    ("heading", "variable"),
    [
        ("Neglect\n\nThe review looked at the care K received and found it was good.", "neglect_feature"),
        ("Child sexual exploitation\n\nThe review looked at K's friendships online.", "child_sexual_exploitation"),
        ("4.3 Bullying\n\nK's school records were read in full.", "bullying"),
    ],
)
def test_a_topic_heading_is_not_a_finding(heading: str, variable: str) -> None:
    assert _child(_BOY + heading + "\n").get(variable, "not_known") != "present"


def test_a_plan_category_chosen_for_harm_outside_the_family_is_not_neglect() -> None:
    text = (
        _BOY + "CP plan category: neglect. The conference minutes record that neglect was chosen because the "
        "procedures do not allow for extra-familial harm, and that there were no concerns about the care K "
        "received at home.\n"
    )
    assert _child(text).get("neglect_feature") == "absent"


@pytest.mark.parametrize(
    "line",
    [
        "- CP plan 2016-17, category neglect (home conditions).",
        "Child protection plan: from 2015 to 2016 (emotional abuse).",
    ],
)
def test_a_dated_plan_that_ended_years_before_is_previous(line: str) -> None:
    assert _child(_FORM + line + "\nNo CP plan since.\n").get("cp_plan") == "previous"


def test_none_of_the_children_had_been_subject_to_a_plan() -> None:
    text = (
        _REVIEW + "The family was not known to children's social care and none of the children had ever been "
        "subject to a plan.\n"
    )
    assert _child(text).get("cp_plan") == "never"


def test_not_looked_after_at_any_point_is_absent_even_with_a_later_move() -> None:
    text = (
        _GIRL + "She has since lived with her father under a child arrangements order; she has not been a "
        "looked-after child at any point.\n"
    )
    assert _child(text).get("looked_after") == "absent"


@pytest.mark.parametrize(
    "line",
    [
        "Child R was a child in need from 2018 to 2019 after concerns about home conditions.",
        "- CIN 2019 (referral from school re attendance) - closed after 12 weeks.",
        "2022: CSC closes the case after a single assessment, stepping down to early help.",
        "The MASH recorded the enquiry in 2022 and advised her to seek legal advice.",
        "School referral Nov 2023: screened as 'no role for CSC', advice to school.",
        "Mar 2022 | Children's social care | Contact from GP about missed appointments",
        "In 2021 the drug service notified CSC that the father had started treatment.",
    ],
)
def test_earlier_involvement_told_in_notes_is_closed(line: str) -> None:
    assert _child(_FORM + line + "\n").get("social_care_status") == "closed"


@pytest.mark.parametrize(
    "line",
    [
        "The midwife considered, and decided against, a pre-birth referral to children's social care.",
        "The family had no involvement with children's social care before the incident.",
    ],
)
def test_a_referral_not_made_is_not_earlier_involvement(line: str) -> None:
    assert _child(_FORM + line + "\n").get("social_care_status", "not_known") != "closed"


@pytest.mark.parametrize(
    "line",
    [
        "- CSC: single assessment opened after the school's referral.",
        "The family was known to children's social care in 2019 at the time of the domestic abuse, when the "
        "children were subject to a child in need plan, which closed in 2020.",
    ],
)
def test_earlier_events_are_closed_not_open(line: str) -> None:
    assert _child(_FORM + line + "\n").get("social_care_status") == "closed"


def test_a_parents_own_plan_as_a_child_is_not_an_open_case() -> None:
    line = "Her mother told the review that she was subject to a child protection plan as a child."
    assert _child(_FORM + line + "\n").get("social_care_status", "not_known") != "open"


_SCHOOL_AGE = (
    "Learning review: Child J\n\n1. Introduction\n\nChild J was nine years old when he was admitted to hospital "
    "in May 2024. He lived with his mother.\n\n2. Background\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "J's attendance at Meadow Lane Primary was above 96%.",
        "- 12/03/24: J (M, 9y, Y4 Hillcrest Academy) seen in ED with a burn.",
        "His school described him in 2023 as quiet and hungry.",
        "He attended Oak Park, a special school, where his attendance was good.",
    ],
)
def test_on_roll_at_a_school_is_not_home_educated(sentence: str) -> None:
    assert _child(_SCHOOL_AGE + sentence + "\n").get("elective_home_education") == "absent"


def test_a_former_school_is_not_on_roll_now() -> None:
    sentence = "His former school had described him as quiet; he was later home educated."
    assert _child(_SCHOOL_AGE + sentence + "\n").get("elective_home_education") == "present"


_SISTERS = (
    "Local child safeguarding practice review: Amelia and Bella\n\n1. Introduction\n\nAmelia (aged six) and Bella "
    "(aged four) were found alone at home in January 2024. Amelia was underweight. Bella had head lice.\n\n"
    "2. Background\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The girls were never subject to child protection plans.",
        "No CP plan for either child, ever.",
    ],
)
def test_a_plan_denied_for_the_children_together(sentence: str) -> None:
    assert all(c.get("cp_plan") == "never" for c in child_codes(_SISTERS + sentence + "\n"))


@pytest.mark.parametrize(
    "line",
    ["CP plan / CIN | No / No", "Child R was never subject to child protection registration."],
)
def test_plan_denied_in_other_words(line: str) -> None:
    assert _child(_FORM + line + "\n").get("cp_plan") == "never"


@pytest.mark.parametrize(
    "line",
    [
        "Prior to proceedings: CP plan (neglect) Oct 2019 - Mar 2021.",
        "CP history: CP plan 03/2020 - 11/2021, category NEGLECT.",
        "- CSC: CP plan, category neglect, July 2019 - May 2020 (home conditions).",
        "Child R had been subject to three child protection plans for neglect: 2015-2016, 2018-2019 and 2020-2021.",
    ],
)
def test_a_plan_told_with_its_dates_is_previous(line: str) -> None:
    assert _child(_FORM + line + "\n").get("cp_plan") == "previous"


def test_older_siblings_dated_plans_are_not_the_babys() -> None:
    sentence = (
        "All three older children were subject to child protection plans under the category of neglect from "
        "2017 to 2019. Daisy was never the subject of a child protection plan."
    )
    assert _child(_REVIEW + sentence + "\n").get("cp_plan") == "never"


@pytest.mark.parametrize(
    "line",
    [
        "Legal status: None at time of incident.",
        "Child R was not looked after at that time, and now lives with her aunt.",
    ],
)
def test_not_looked_after_at_the_time(line: str) -> None:
    assert _child(_FORM + line + "\n").get("looked_after") == "absent"


@pytest.mark.parametrize(
    "line",
    ["- Since 2023 R has been living with maternal GM (kinship care).", "- R lives with paternal GM and an uncle."],
)
def test_living_with_family_in_notes(line: str) -> None:
    assert _child(_FORM + line + "\n").get("living_at_home") == "present"


@pytest.mark.parametrize(
    "line",
    ["The rapid review classified the harm as neglect.", "Notification: serious harm (neglect) - two children."],
)
def test_the_harm_named_for_the_family_is_each_childs(line: str) -> None:
    text = (
        "Rapid review: Child A and Child B\n\n1. The incident\n\nOn 3 March 2024 police found Child A (6) and Child B "
        "(4) alone in a cold flat.\n\n" + line + "\n\nChild A had a scald. Child B was underweight.\n"
    )
    codes = child_codes(text)
    assert len(codes) == 2 and all(c.get("neglect_feature") == "present" for c in codes)
