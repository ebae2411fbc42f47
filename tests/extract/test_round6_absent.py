"""Round 6 (absent precision): an absence is coded only where the text says so. Short made-up
reports in different voices."""

from __future__ import annotations

import pytest

from caselearn.extract.pipeline import Pipeline
from caselearn.extract.text import Doc


def child_flag(text: str, variable: str) -> str:
    got = Pipeline().run(Doc.from_text(text), "t.txt").to_dict()
    return got["children"][0][variable]["value"]


INTRO = "Child T was 17 when he was seriously injured in a stabbing in March 2023. "


@pytest.mark.parametrize(
    "sentence",
    [
        "He was enrolled at Westmere College on a plumbing course but rarely went.",
        "In the autumn he was a student at the local further education college.",
        "He had been attending a sixth-form college two days a week.",
    ],
)
def test_college_enrolment_says_nothing_of_home_education(sentence):
    # a college is post-16 provision: it is not the school roll the convention asks for
    assert child_flag(INTRO + sentence, "elective_home_education") == "not_known"


@pytest.mark.parametrize(
    "sentence",
    [
        "He was on the roll of Hillside Academy throughout.",
        "He was a pupil at Hillside Academy.",
        "He attended the local secondary school, where he was in Year 9.",
    ],
)
def test_school_roll_still_rules_out_home_education(sentence):
    text = "Child T was 13 when he was seriously injured in a stabbing in March 2023. " + sentence
    assert child_flag(text, "elective_home_education") == "absent"


def case_flag(text: str, variable: str) -> str:
    return Pipeline().run(Doc.from_text(text), "t.txt").to_dict()["case"][variable]["value"]


CASE = "Baby K was six weeks old when she was admitted to hospital with a fractured skull in May 2024. "


@pytest.mark.parametrize(
    "sentence",
    [
        "None of the agencies had received any reports of parental alcohol use, drug misuse or domestic abuse.",
        "There was no evidence at any point of debt, mental ill-health or domestic violence in the home.",
        "There were no known concerns about drinking, mental health or domestic abuse in the family.",
    ],
)
def test_absence_said_of_a_list_ending_in_domestic_abuse(sentence):
    assert case_flag(CASE + sentence, "domestic_abuse") == "absent"


@pytest.mark.parametrize(
    "sentence",
    [
        "The health visitor asked the mother about domestic abuse at the new birth visit, as policy requires.",
        "Routine enquiry about domestic violence was made at the booking appointment.",
        "Whether the mother was subject to domestic abuse by her partner remains unclear.",
        "The family lived in refuge-style supported housing for young parents.",
    ],
)
def test_questions_and_open_questions_are_not_domestic_abuse(sentence):
    assert case_flag(CASE + sentence, "domestic_abuse") != "present"


def test_a_disclosure_after_a_routine_question_still_counts():
    text = CASE + "When the midwife asked her about domestic abuse she disclosed that her partner had hit her."
    assert case_flag(text, "domestic_abuse") == "present"


KID = "Child M was 14 when she was seriously injured in a fall from a bridge in June 2023. "


@pytest.mark.parametrize(
    "sentence",
    [
        "She is now in foster care; at the time she lived at home with her father.",
        "Child M, who is currently living with foster carers, has made a good recovery.",
        "Her uncle often looked after Child M at weekends while her father worked.",
    ],
)
def test_looked_after_now_or_as_a_verb_is_not_the_status_at_the_incident(sentence):
    assert child_flag(KID + sentence, "looked_after") != "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "After two sessions the clinician concluded that she did not have a mental health condition.",
        "The assessment found that the young person did not meet any psychiatric diagnosis threshold.",
    ],
)
def test_assessment_that_found_no_mental_health_condition(sentence):
    assert child_flag(KID + sentence, "child_mental_health") != "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "Her mother had postnatal depression after Child M was born.",
        "She was assessed by the CAMHS neurodevelopmental team and diagnosed with autism.",
    ],
)
def test_mothers_postnatal_depression_and_autism_pathway_are_not_child_mental_health(sentence):
    assert child_flag(KID + sentence, "child_mental_health") != "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "Glossary: ASD (autism spectrum disorder), EHCP (education, health and care plan), GP (general practitioner).",
        "The school's special educational needs co-ordinator attended the strategy meeting.",
        "An assessment for ADHD had been talked about in Year 7 but was never arranged.",
    ],
)
def test_glossaries_roles_and_unmade_assessments_are_not_disability(sentence):
    assert child_flag(KID + sentence, "disability") != "present"


def test_a_named_diagnosis_is_still_disability():
    assert child_flag(KID + "She had been diagnosed with autism at the age of six.", "disability") == "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "Her school raised the question of neglect with the social worker.",
        "Practitioners assumed neglect without looking for other explanations.",
    ],
)
def test_neglect_raised_as_a_question_is_not_neglect(sentence):
    assert child_flag(KID + sentence, "neglect_feature") != "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "Whether the father had smoked cannabis that evening remains unclear.",
        "After the admission the police considered whether the mother had been taking drugs.",
        "The midwife's booking form has a question about drug use in the home.",
        "The mother had been known to the substance misuse team for her alcohol use in 2018.",
    ],
)
def test_open_or_routine_questions_are_not_parental_drug_misuse(sentence):
    assert case_flag(CASE + sentence, "parental_drug_misuse") != "present"


def test_a_fathers_stated_cannabis_use_still_counts():
    text = CASE + "The father told the social worker that he smoked cannabis every day."
    assert case_flag(text, "parental_drug_misuse") == "present"
