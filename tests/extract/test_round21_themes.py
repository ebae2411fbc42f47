"""Round 21 critical thinking: an answer taken as given ("accepted her answer"), a concern discussed but
not checked, no question asked about a risk. A question not asked is not enough by itself ("did not ask
about the father's health" may be a gap in an assessment). All text here is invented for the tests."""

from __future__ import annotations

import pytest

from caselearn.extract.pipeline import Pipeline
from caselearn.extract.text import Doc

_PIPELINE = Pipeline()


def themes_of(findings: str) -> dict[str, str]:
    text = (
        "Practice review: Child R\n\n1. Introduction\n\nChild R was three years old.\n\n"
        f"4. Findings\n\n{findings}\n\n5. Recommendations\n\n"
        "1. The partnership should refresh its guidance for practitioners.\n"
    )
    case = _PIPELINE.run(Doc.from_text(text)).to_dict()["case"]
    return {k: v["value"] for k, v in case.items() if k.startswith("theme_")}


def critical_thinking(findings: str) -> str:
    return themes_of(findings)["theme_critical_thinking"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The health visitor asked the mother whether the tablets were locked away and accepted her answer.",
        "- Safe storage of methadone discussed but not checked at any home visit.",
        "Mr D told the GP he was not coping after the separation. No question was asked about the children.",
        "Each practitioner accepted the father's word that he no longer drank.",
    ],
)
def test_answers_taken_as_given(sentence):
    assert critical_thinking(sentence) == "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "The midwife assessed the mother and baby thoroughly but did not ask about the father's health.",
        "The school accepted the referral and offered a mentor the same week.",
    ],
)
def test_near_misses(sentence):
    assert critical_thinking(sentence) != "present"


def assessment_quality(findings: str) -> str:
    return themes_of(findings)["theme_assessment_quality"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The assessments of the father's drinking were careful in listing what he drank but did not consider "
        "what it meant for the children.",
        "- Child R was not seen alone during the assessment.",
        "The exploitation screening tool was not completed for either sister.",
        "Neither assessment considered the family's history in the previous authority.",
    ],
)
def test_assessments_that_missed_the_child_or_the_history(sentence):
    assert assessment_quality(sentence) == "present"


def test_a_thorough_assessment_is_no_finding():
    sentence = "The assessment was thorough, saw Child R alone twice and drew on the history from every agency."
    assert assessment_quality(sentence) != "present"


def reluctant_engagement(findings: str) -> str:
    text = (
        "Practice review: Child R\n\n1. Introduction\n\nChild R was three years old.\n\n"
        "2. What happened\n\nThe family missed two health visiting appointments in 2023.\n\n"
        f"4. Findings\n\n{findings}\n\n5. Recommendations\n\n"
        "1. The partnership should refresh its guidance for practitioners.\n"
    )
    return _PIPELINE.run(Doc.from_text(text)).to_dict()["case"]["theme_reluctant_engagement"]["value"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I want to say plainly that this is not the story of a family who avoided help.",
        "This was not a case of disengagement: the mother asked for help again and again.",
        "The review did not find disguised compliance in either household.",
        "Reluctant engagement by the young people or their parents was not a factor in these cases.",
        "The missed appointments are better understood as a sign of the mother's depression than as resistance.",
        "The review does not accept the description of the family as 'hard to reach'.",
    ],
)
def test_the_reviews_verdict_that_engagement_was_not_the_issue(sentence):
    assert reluctant_engagement(sentence) == "absent"


def test_disengagement_found_stays_present():
    sentence = "The mother's disengagement from the drug service was accepted without challenge and the case closed."
    assert reluctant_engagement(sentence) == "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "Information sharing between the nursery and the health visitor was not found to be a weakness.",
        "The group did not identify any gaps in information sharing between agencies.",
        "The reviewer does not find that information sharing was a significant issue; the gap was in what was done.",
        "I have not found that practitioners failed to share what they knew.",
    ],
)
def test_information_sharing_verdicts(sentence):
    assert themes_of(sentence)["theme_information_sharing"] == "absent"


@pytest.mark.parametrize(
    "sentence",
    [
        "The panel did not identify staffing, leadership or supervision as contributing factors.",
        "- No issues were identified about caseloads or supervision in either team.",
        "Supervision was not a factor: both workers were supervised monthly and felt supported.",
        "Workload and staffing were considered; no evidence was found that they had a significant bearing on practice.",
    ],
)
def test_leadership_and_capacity_verdicts(sentence):
    assert themes_of(sentence)["theme_leadership_culture"] == "absent"


def test_a_capacity_finding_stays_present():
    sentence = "High caseloads and the loss of three managers in a year meant supervision did not happen for months."
    assert themes_of(sentence)["theme_leadership_culture"] == "present"


@pytest.mark.parametrize(
    "sentence, theme",
    [
        ("This was not a case of an invisible father: Mr D came to every appointment.", "theme_invisible_men"),
        ("The health visitor saw Mr D at every contact; he was not an invisible man here.", "theme_invisible_men"),
        ("The review does not find that fathers or male carers were overlooked.", "theme_invisible_men"),
        ("This was not a case in which the child's voice was missing.", "theme_child_daily_life"),
        ("Child R's experience was not lost: every record described her day.", "theme_child_daily_life"),
        ("I did not find weaknesses in the quality of assessment.", "theme_assessment_quality"),
        ("The issue was not the quality of that assessment but that nobody revisited it.", "theme_assessment_quality"),
    ],
)
def test_verdicts_that_a_theme_was_not_the_issue(sentence, theme):
    assert themes_of(sentence)[theme] == "absent"


def test_an_invisible_father_found_stays_present():
    sentence = "Mr D was an invisible man: no agency knew he had moved in, and none asked who he was."
    assert themes_of(sentence)["theme_invisible_men"] == "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "- No concerns re capacity or supervision in any agency at this stage.",
        "The review found no issues of staffing, capacity or supervision that contributed to what happened.",
        "No workload or supervision issues were identified by any agency.",
        "Supervision arrangements in the family nurse service were good.",
        "The review was satisfied that staffing and supervision in both teams were adequate at the time and were "
        "not factors.",
    ],
)
def test_capacity_and_supervision_said_to_be_fine(sentence):
    assert themes_of(sentence)["theme_leadership_culture"] == "absent"


def test_praise_of_supervision_with_a_but_is_no_verdict():
    sentence = "Supervision in the team was regular and reflective, but it never turned to the children."
    assert themes_of(sentence)["theme_leadership_culture"] != "absent"


@pytest.mark.parametrize(
    "sentence",
    [
        "- Positive: the father figure (Jordan) was seen and included by the HV at every contact.",
        "Mr T was invited to, and attended, the child protection conference.",
        "The father was present at almost all visits and professionals engaged well with him.",
        "The father came to most appointments, and his views were sought and recorded.",
        "The health visitor's inclusion of Mr S in the one-year review is good practice.",
        "[f] Dad - not a gap here: seen by the social workers throughout.",
    ],
)
def test_a_father_seen_and_included(sentence):
    assert themes_of(sentence)["theme_invisible_men"] == "absent"


@pytest.mark.parametrize(
    "sentence",
    [
        "Unlike in many reviews, information between the nursery, the GP and CAMHS was shared quickly and accurately.",
        "- Information was generally shared well between schools, health and social care.",
        "LEAVING CARE - PA told the HV about the new partner by email the same week. Good information sharing.",
        "What went well: the personal adviser and the health visitor communicated promptly.",
    ],
)
def test_information_shared_well(sentence):
    assert themes_of(sentence)["theme_information_sharing"] == "absent"


def test_information_shared_quickly_but_not_acted_on_is_no_praise():
    sentence = "Information from the police was shared quickly, but nobody read it before the case was closed."
    assert themes_of(sentence)["theme_information_sharing"] != "absent"


def test_a_childs_good_school_attendance_says_nothing_of_engagement():
    sentence = (
        "At the time she was in Year 2 at Brook Primary, where her attendance was good and staff had no concerns."
    )
    assert reluctant_engagement(sentence) != "absent"


def test_engagement_said_not_to_be_the_issue_stays_absent():
    sentence = "Engagement with services was not the issue: the mother kept most appointments."
    assert reluctant_engagement(sentence) == "absent"
