"""Practice themes: phrasing families in several voices, praise as absent, terms of reference and
recommendations ignored. All text here is invented for the tests."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize(
    "sentence",
    [
        "The mother's partner was present at several visits but nobody assessed him.",
        "Mr T was never spoken to by the health visitor, although he cared for the baby most evenings.",
        "Practice was directed almost entirely at the mother; the father remained on the edges of the work.",
        "Male carers were not included in the pre-birth assessment.",
        "- Dad not seen at any home visit.",
        "No agency checked the background of the man who had moved into the flat.",
    ],
)
def test_invisible_men_phrasings(sentence: str) -> None:
    assert themes_of(report(sentence))["theme_invisible_men"] == "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "Nobody stopped to ask what a normal day was like for Q in that house.",
        "Q's own experience of home was not described in any record.",
        "The voice of the child is largely absent from the case file.",
        "Q was rarely seen on her own, and her wishes and feelings were never sought.",
        "Practitioners concentrated on the parents' needs rather than on what Q was living through.",
    ],
)
def test_child_daily_life_phrasings(sentence: str) -> None:
    assert themes_of(report(sentence))["theme_child_daily_life"] == "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "The explanation for the bruise was accepted at face value.",
        "Workers were reassured by the family's apparent cooperation and did not ask harder questions.",
        "No professional challenged the decision to step the case down.",
        "There was a lack of professional curiosity about who else lived in the home.",
        "Concerns were not escalated, even when the plan was plainly not working.",
    ],
)
def test_critical_thinking_phrasings(sentence: str) -> None:
    assert themes_of(report(sentence))["theme_critical_thinking"] == "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "The GP knew about the overdose but did not tell the school.",
        "Each service held a piece of the picture; nobody had the whole of it.",
        "The discharge letter went only to the GP.",
        "Info sharing between the ward and community teams broke down.",
    ],
)
def test_information_sharing_phrasings(sentence: str) -> None:
    assert themes_of(report(sentence))["theme_information_sharing"] == "present"


def test_changing_risk_and_engagement_phrasings() -> None:
    got = themes_of(
        report(
            "The plan stayed the same for months while the risk kept rising. "
            "Each incident was treated in isolation. "
            "The family repeatedly missed health appointments and the mother declined support from early help."
        )
    )
    assert got["theme_changing_risk"] == "present"
    assert got["theme_reluctant_engagement"] == "present"


def test_praise_is_absent_even_outside_the_findings() -> None:
    text = report(
        "The review found that plans were not updated when the baby's father moved back in.",
        extra=(
            "3. What went well\n\nInformation was shared promptly between the hospital, the GP and the health visitor. "
            "Both parents engaged well with every service offered. "
            "The review did not identify supervision or capacity as a factor."
        ),
    )
    got = themes_of(text)
    assert got["theme_information_sharing"] == "absent"
    assert got["theme_reluctant_engagement"] == "absent"
    assert got["theme_leadership_culture"] == "absent"


def test_praised_curiosity_is_absent_not_present() -> None:
    got = themes_of(
        report(
            "Practitioners were curious, asked searching questions and were ready to challenge one another. "
            "The difficulties lay in the systems around them."
        )
    )
    assert got["theme_critical_thinking"] == "absent"


def test_praise_of_the_childs_voice_is_absent() -> None:
    got = themes_of(report("Q's views were listened to and recorded carefully by her social worker."))
    assert got["theme_child_daily_life"] == "absent"


def test_a_finding_wins_over_praise_elsewhere() -> None:
    got = themes_of(
        report(
            "Information about the father's convictions was held by probation but was never passed on.",
            extra="3. What went well\n\nThe school nurse saw Q every week and knew her well.",
        )
    )
    assert got["theme_information_sharing"] == "present"


def test_terms_of_reference_questions_are_not_known() -> None:
    text = (
        "Rapid review: Child R\n\n1. Introduction\n\nChild R was nine.\n\n2. Terms of reference\n\n"
        "Was information shared effectively? Were fathers and male carers assessed? "
        "Was there appropriate professional curiosity and challenge?\n\n"
        "3. Findings\n\nThe school made a prompt referral and R was seen the same day.\n"
    )
    got = themes_of(text)
    for theme in ("theme_information_sharing", "theme_invisible_men", "theme_critical_thinking"):
        assert got.get(theme, "not_known") == "not_known", theme


def test_recommendations_alone_do_not_make_a_theme() -> None:
    text = (
        "Review: Child S\n\n1. Introduction\n\nChild S was two.\n\n"
        "2. Recommendations\n\n1. Agencies should ensure that fathers are seen and assessed.\n"
        "2. The partnership should promote professional curiosity.\n"
    )
    got = themes_of(text)
    assert got.get("theme_invisible_men", "not_known") == "not_known"
    assert got.get("theme_critical_thinking", "not_known") == "not_known"


def test_a_finding_under_a_subheading_the_reader_names_otherwise() -> None:
    # "The children's father" would be read as a family section: it still sits under Findings
    text = (
        "Review: Child T\n\n1. Introduction\n\nChild T was one.\n\n4. Findings\n\n"
        "The children's father\n\nThe father's whereabouts and his contact with the children were never assessed.\n\n"
        "5. Recommendations\n\n1. Assess fathers.\n"
    )
    assert themes_of(text)["theme_invisible_men"] == "present"


def test_a_heading_alone_gives_way_to_praise() -> None:
    got = themes_of(
        report(
            "4.2 Professional curiosity.\n\nProfessionals were curious and ready to challenge; "
            "they questioned the account they were given."
        )
    )
    assert got["theme_critical_thinking"] == "absent"


def test_parents_own_experience_is_not_the_childs_daily_life() -> None:
    got = themes_of(report("The father's own experience of abuse as a boy was not considered in the assessment."))
    assert got.get("theme_child_daily_life", "not_known") == "not_known"


def test_a_theme_named_in_a_findings_heading() -> None:
    got = themes_of(report("Finding 3: Workforce capacity\n\nThe team had two workers for the whole district."))
    assert got["theme_leadership_culture"] == "present"


def test_the_reviews_own_verdict_outweighs_single_episodes() -> None:
    got = themes_of(
        report(
            "Q missed two dental appointments in 2022. "
            "The review does not consider that the family were reluctant to engage; the service made attendance hard."
        )
    )
    assert got["theme_reluctant_engagement"] == "absent"


def test_not_brought_together_is_not_a_missed_appointment() -> None:
    got = themes_of(report("Three police reports about the household were not brought together."))
    assert got.get("theme_reluctant_engagement", "not_known") == "not_known"


def test_assessment_quality_is_about_assessments_not_people_unseen() -> None:
    got = themes_of(report("The stepfather was never assessed. The girl's world at school was not understood."))
    assert got.get("theme_assessment_quality", "not_known") == "not_known"
    got = themes_of(report("The single assessment was out of date and did not draw on the family's history."))
    assert got["theme_assessment_quality"] == "present"


def test_not_a_case_of_drift_is_absent() -> None:
    got = themes_of(report("This was not a case of drift: the injury came within days of the baby going home."))
    assert got["theme_changing_risk"] == "absent"


def test_leadership_in_other_words() -> None:
    got = themes_of(report("The decision to close the case was made without management oversight."))
    assert got["theme_leadership_culture"] == "present"


def test_labelled_findings_inside_a_family_section() -> None:
    text = (
        "Concise review: Child V\n\nThe family\n\nV lived with his mother.\n"
        "Learning point 1: Messages that went nowhere. The clinic wrote only to the GP, and the health "
        "visitor was never told that V had missed his appointments.\n\n"
        "Recommendations\n\n1. Copy letters to the health visitor.\n"
    )
    assert themes_of(text)["theme_information_sharing"] == "present"


@pytest.mark.parametrize(
    ("theme", "sentence"),
    [
        ("theme_invisible_men", "Professionals worked almost exclusively with the mother."),
        ("theme_invisible_men", "Little was known about the baby's father, and nobody tried to find out."),
        ("theme_child_daily_life", "Practitioners rarely spoke directly with the children."),
        ("theme_child_daily_life", "Records said little about the child as a person."),
        ("theme_critical_thinking", "There was a tendency to accept the mother's explanations."),
        ("theme_critical_thinking", "Concerns about the bruising were minimised."),
        ("theme_reluctant_engagement", "The father refused entry to the social worker on three visits."),
        ("theme_changing_risk", "The case was stepped down despite continuing concerns."),
        ("theme_information_sharing", "There was no communication between the GP and the midwife."),
    ],
)
def test_more_voices(theme: str, sentence: str) -> None:
    assert themes_of(report(sentence))[theme] == "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "The police attended and arrested the father.",
        "Child sexual abuse is hard to see.",
        "The father attended the birth and was present at the new birth visit.",
        "The social worker visited weekly and the plan was reviewed at every core group.",
        "Mother's partner worked nights as a delivery driver.",
    ],
)
def test_plain_facts_raise_no_theme(sentence: str) -> None:
    got = themes_of(report(sentence))
    assert all(v == "not_known" for v in got.values()), got


def test_praise_taken_back_is_a_finding() -> None:
    got = themes_of(report("Finding 2: Q's voice was recorded but not heard."))
    assert got["theme_child_daily_life"] == "present"


def test_more_verdicts_in_other_words() -> None:
    got = themes_of(
        report(
            "The reviewer did not find evidence that either parent deliberately disengaged from services. "
            "The learning is not about a lack of professional curiosity but about the system."
        )
    )
    assert got["theme_reluctant_engagement"] == "absent"
    assert got["theme_critical_thinking"] == "absent"


def test_a_terms_of_reference_bullet_is_not_a_heading() -> None:
    text = report("The plan was reviewed on time.", extra="2. Scope\n\n- engagement of fathers and male carers;")
    assert themes_of(text).get("theme_reluctant_engagement", "not_known") == "not_known"
