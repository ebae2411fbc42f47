"""Round 7, themes and agencies: the review's own verdicts on organisational factors, the many
ways a finding says that an assessment, a father, the child's daily life or professional
challenge was missed, and agencies said not to have been contacted. All text here is invented
for the tests."""

from __future__ import annotations

import pytest

from caselearn.extract.agencies import agencies
from caselearn.extract.pipeline import Pipeline
from caselearn.extract.text import Doc

_PIPELINE = Pipeline()


def themes_of(text: str) -> dict[str, str]:
    case = _PIPELINE.run(Doc.from_text(text)).to_dict()["case"]
    return {k: v["value"] for k, v in case.items() if k.startswith("theme_")}


def report(findings: str, extra: str = "") -> str:
    return (
        "Learning review: Child Q\n\n1. Introduction\n\nChild Q was four years old.\n\n"
        f"{extra}\n\n4. Findings\n\n{findings}\n\n5. Recommendations\n\n"
        "1. The partnership should remind staff of the escalation policy.\n"
    )


def theme(findings: str, variable: str, extra: str = "") -> str:
    return themes_of(report(findings, extra)).get(variable, "not_known")


# --- leadership and culture -------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The reviewers did not find that staffing, workload or leadership were significant factors here.",
        "The panel does not consider that organisational capacity or supervision was an issue for this family.",
        "The review did not find that capacity or supervision arrangements contributed to what happened.",
        "We did not identify any concerns about supervision or management in the agencies involved.",
        "The review did not find that staffing levels had a material effect on the decisions made.",
    ],
)
def test_the_reviews_verdict_that_organisational_factors_did_not_matter(sentence: str) -> None:
    findings = f"Organisational context\n\nThe social worker's caseload was discussed. {sentence}"
    assert theme(findings, "theme_leadership_culture") == "absent"


def test_what_the_review_looked_into_is_not_a_finding() -> None:
    findings = "The review asked whether workload in the duty team had played a part in the decisions."
    assert theme(findings, "theme_leadership_culture") == "not_known"


@pytest.mark.parametrize(
    "sentence",
    [
        "The duty team was under considerable pressure that winter, with three vacant posts.",
        "Workforce: high social worker turnover; nobody covered her messages while she was on leave.",
        "The first home visit was postponed because of staffing shortages in the health visiting team.",
        "That is a question of capacity and commissioning rather than of individual practice.",
        "There was no safeguarding training for the volunteers who ran the club.",
    ],
)
def test_workforce_and_capacity_pressures(sentence: str) -> None:
    assert theme(sentence, "theme_leadership_culture") == "present"


def test_caseload_praise_in_a_recommendation_is_not_absence() -> None:
    findings = "Managers did not review the plan for five months. Social workers need manageable caseloads."
    assert theme(findings, "theme_leadership_culture") == "present"


def test_a_heading_about_carer_capacity_is_not_organisational_capacity() -> None:
    findings = "Finding 2: Assessment of the carer's capacity\n\nThe grandmother was assessed quickly."
    assert theme(findings, "theme_leadership_culture") == "not_known"


# --- assessment quality ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Her learning disability and its effect on her care of the baby were never assessed.",
        "The assessment did not look at the father's history at all.",
        "The core assessment was based on the mother's account alone.",
        "No carer's assessment was offered to either grandparent.",
        "The screening tool was completed without the school's information.",
        "The decision rested on a single source: the drug service's view that she was stable.",
        "The review found that the nurse did not consider his history of overdoses.",
    ],
)
def test_assessment_quality_phrasings(sentence: str) -> None:
    assert theme(sentence, "theme_assessment_quality") == "present"


def test_reassessment_as_risk_rose_is_changing_risk_not_assessment_quality() -> None:
    findings = "The case was closed without any reassessment of the rising risk."
    assert theme(findings, "theme_assessment_quality") == "not_known"
    assert theme(findings, "theme_changing_risk") == "present"


# --- invisible men -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Fathers and stepfathers were routinely left out of assessment and planning.",
        "He was seen as a patient by the mental health team but never as a father.",
        "Nobody asked who else was living in the flat.",
        "Dad - not considered in the assessment or invited to the meetings.",
        "Mr Y, who cared for the children every weekend, was never spoken to by any agency.",
    ],
)
def test_invisible_men_phrasings(sentence: str) -> None:
    assert theme(sentence, "theme_invisible_men") == "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "The children's father, who worked away, was involved in the planning throughout and joined meetings by phone.",
        "Practice with the baby's father was a real strength.",
        "This was not a case in which the father was missing from the picture.",
        "Her stepfather attended every meeting and appointment he could.",
    ],
)
def test_fathers_included_is_absent(sentence: str) -> None:
    assert theme(sentence, "theme_invisible_men") == "absent"


def test_mental_health_services_are_not_men() -> None:
    findings = "The impact of her illness was not assessed by adult mental health services."
    assert theme(findings, "theme_invisible_men") == "not_known"


# --- the child's daily life --------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "His experience of the debt and the threats was not captured in the plan.",
        "Her daily life, shut in her bedroom and often hungry, remained unknown to every agency.",
        "Nobody asked about her online life or who she was talking to.",
        "The younger girl was not spoken with alone at any visit.",
    ],
)
def test_daily_life_phrasings(sentence: str) -> None:
    assert theme(sentence, "theme_child_daily_life") == "present"


# --- critical thinking -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The nurse found the father's explanation plausible and did not refer.",
        "The IRO's challenge was not followed up and the escalation policy was never used.",
        "It had not occurred to him to check what the school knew.",
        "The officer did not check whether any children lived at the address.",
    ],
)
def test_critical_thinking_phrasings(sentence: str) -> None:
    assert theme(sentence, "theme_critical_thinking") == "present"


def test_too_little_curiosity_is_not_praise() -> None:
    findings = "There was too little curiosity and no challenge to the family's reassurances."
    assert theme(findings, "theme_critical_thinking") == "present"


def test_the_problem_was_not_a_lack_of_curiosity() -> None:
    findings = (
        "Professional curiosity and challenge\n\nThere were several examples of professional curiosity. "
        "The problem was not a lack of curiosity but the lack of a placement."
    )
    assert theme(findings, "theme_critical_thinking") == "absent"


# --- changing risk -----------------------------------------------------------------------------


def test_a_plan_not_revisited_when_the_household_changed_is_not_praise() -> None:
    findings = "The child protection plan was not revisited when the household changed."
    assert theme(findings, "theme_changing_risk") == "present"


# --- where findings are read -------------------------------------------------------------------


def test_findings_under_plain_part_headings_after_a_styled_contents_list() -> None:
    from caselearn.documents.model import Section
    from caselearn.extract.themes import finding_ranges

    text = (
        "Contents\nPart 1 Introduction\nPart 5 Analysis\nPart 6 Recommendations\n\n"
        "PART 1: INTRODUCTION\n\nThe review was commissioned in May.\n\n"
        "PART 5: ANALYSIS\n\nNobody spoke to the boy alone.\n\n"
        "PART 6: RECOMMENDATIONS\n\n1. Staff should see children alone.\n"
    )
    contents = [
        Section("introduction", "Part 1 Introduction", text.index("Part 1"), text.index("Part 5")),
        Section("analysis", "Part 5 Analysis", text.index("Part 5"), text.index("Part 6")),
        Section("recommendations", "Part 6 Recommendations", text.index("Part 6"), text.index("PART 1")),
        Section("introduction", "PART 1: INTRODUCTION", text.index("PART 1"), text.index("PART 6")),
        Section("recommendations", "PART 6: RECOMMENDATIONS", text.index("PART 6"), len(text)),
    ]
    doc = Doc.from_text(text, sections=contents)
    where = text.index("Nobody spoke")
    assert any(a <= where < b for a, b in finding_ranges(doc))


# --- agencies ----------------------------------------------------------------------------------


def found(text: str) -> set[str]:
    s = agencies(Doc.from_text(text))
    return set(s.value) if s else set()


@pytest.mark.parametrize(
    "sentence",
    [
        "The designated lead did not seek advice from children's social care.",
        "Neither the nurse nor the doctor referred the baby to children's social care.",
        "The nurse closed the referral without contacting children's social care.",
    ],
)
def test_contact_said_not_to_have_happened(sentence: str) -> None:
    assert found("The GP saw the mother twice in 2021. " + sentence) == {"gp"}


def test_information_not_shared_with_an_agency_says_nothing_of_contact() -> None:
    assert "police" in found("The missing episodes were reported but the interviews were not shared with the police.")


def test_police_at_the_discovery_and_protocols_do_not_count() -> None:
    got = found(
        "The health visitor saw the family in March. A neighbour rang the police, who forced entry. "
        "The local protocol requires a referral to children's social care for any bruise."
    )
    assert got == {"health_visiting"}


def test_who_led_the_partnership_is_not_contact() -> None:
    got = found("The partnership is led by the council, the police and the health board. The school saw him daily.")
    assert got == {"school"}


def test_earlier_999_calls_said_as_twice_or_a_well_baby() -> None:
    assert "ambulance" in found("The ambulance service came out twice in the spring after calls about fits.")
    assert "ambulance" in found("Paramedics were called when she went blue at six weeks and found a well baby.")


def test_tenure_and_a_probation_hostel_are_not_housing_contact() -> None:
    assert "housing" not in found("The couple rented their flat from a private landlord. He left a probation hostel.")


def test_a_referral_still_awaiting_triage_is_not_contact() -> None:
    got = found("The school nurse saw her in May and referred her to CAMHS; it was still awaiting triage in June.")
    assert "camhs" not in got


@pytest.mark.parametrize(
    "sentence",
    [
        "Gaming was the centre of his world and no professional understood it.",
        "Agencies recorded what she did but knew little about how she experienced any of it.",
    ],
)
def test_daily_life_unknown_to_professionals(sentence: str) -> None:
    assert theme(sentence, "theme_child_daily_life") == "present"


def test_nobody_found_out_who_the_man_was() -> None:
    findings = "The health visitor did not establish who the man at the door was."
    assert theme(findings, "theme_invisible_men") == "present"


def test_a_record_about_the_man_not_kept_is_not_the_man_unseen() -> None:
    findings = "The 2019 referral about Mr K was not recorded where the school nurse could find it."
    assert theme(findings, "theme_invisible_men") == "not_known"


def test_what_the_review_looked_into_then_found_no_pattern_of_missed_appointments() -> None:
    findings = (
        "The panel also looked at whether appointments had been missed. It found none: the family "
        "attended all dental, GP and clinic appointments."
    )
    assert theme(findings, "theme_reluctant_engagement") == "absent"


@pytest.mark.parametrize(
    ("sentence", "variable"),
    [
        (
            "The panel looked closely at whether the health visitor's notes were passed to the GP.",
            "theme_information_sharing",
        ),
        ("The review examined whether caseloads in the team were too high.", "theme_leadership_culture"),
        ("We considered whether the mother had been avoiding the health visitor.", "theme_reluctant_engagement"),
    ],
)
def test_what_the_review_asked_itself_is_not_a_finding(sentence: str, variable: str) -> None:
    assert theme(sentence, variable) == "not_known"


def test_a_question_answered_in_the_same_sentence_still_counts() -> None:
    findings = "The review examined whether caseloads were a factor; the team had carried four vacancies all year."
    assert theme(findings, "theme_leadership_culture") == "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "As his weight kept falling, the frequency of clinic review was not increased.",
        "Nobody considered how his gambling and her depression might interact once the twins came home.",
    ],
)
def test_changing_risk_phrasings(sentence: str) -> None:
    assert theme(sentence, "theme_changing_risk") == "present"


def test_a_learning_briefing_title_is_not_the_findings() -> None:
    text = (
        "LEARNING BRIEFING\n\nChild R, aged 15.\n\nWHAT HAPPENED\n\nR was referred in May.\n\n"
        "1. A plan that stood still\n\nThe level of support was not increased as the risks grew.\n\n"
        "RECOMMENDATIONS\n\n1. Partners should review plans monthly.\n"
    )
    assert themes_of(text).get("theme_changing_risk") == "present"


def test_time_in_hospital_after_the_injury_is_not_earlier_contact() -> None:
    got = found("The youth offending team saw him weekly. After the stabbing he spent three weeks in hospital.")
    assert got == {"youth_justice"}


def test_assessments_said_little_about_her_history() -> None:
    findings = "The plans said much about his behaviour in class and very little about his history."
    assert theme(findings, "theme_assessment_quality") == "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "The early help assessment, which drew on the boy's own account, was of high quality.",
        "The review did not find that poor assessment was the problem.",
        "The quality of the pre-birth assessments in both families was good.",
    ],
)
def test_assessment_quality_praise_and_verdicts(sentence: str) -> None:
    assert theme(sentence, "theme_assessment_quality") == "absent"


@pytest.mark.parametrize(
    "sentence",
    [
        "Young fathers were treated as young people in need of help, not as carers to be assessed.",
        "No one in the network was asked to assess him as a parent.",
        "The pre-birth assessment did not include Mr T, who was living with the mother by then.",
    ],
)
def test_men_seen_as_something_other_than_carers(sentence: str) -> None:
    assert theme(sentence, "theme_invisible_men") == "present"
