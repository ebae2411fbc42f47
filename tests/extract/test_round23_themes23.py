"""Round 23 (themes23): the child's daily life told as the child seen as an adult or a risk, the child
unseen, records full of the parent and empty of the child, nothing asked about home, behaviour as the
child's way of telling; critical thinking as nobody asking at all, nobody asking to see, not exploring
what was going on, a self-report relied on; the review's verdicts that leadership, curiosity or the
men were not a problem (a table row, "not found to have contributed", "not overlooked"). A report
titled "Internal learning review" reads its plain "What we have learned" part as its findings. All text
here is invented for the tests."""

from __future__ import annotations

import pytest

from caselearn.extract.pipeline import Pipeline
from caselearn.extract.text import Doc

# the same opening as the round-9 theme tests
from tests.extract.test_round9_themes9 import theme

_PIPELINE = Pipeline()


@pytest.mark.parametrize(
    "sentence",
    [
        "Too often Leon was viewed as a young adult making his own decisions rather than a child being exploited.",
        "3. Amira was treated as a problem more than as a child in need of protection.",
        "Agency notes recorded what Tom had done rather than what was happening to him.",
        "Practitioners saw her as choosing to go to the flat.",
        "Finding 2: Child B was not seen or heard for most of the year.",
        "After the move the children were never seen by the school nurse or the health visitor.",
        "In eleven months no practitioner saw him alone.",
        "The health file said a great deal about the father and almost nothing about the baby.",
        "No entry describes what he ate, who played with him or where he slept.",
        "Nobody knew where and how the baby was sleeping once the cot had gone.",
        "The CIN assessment did not ask what she did during the day while excluded.",
        "No one asked her about home, even after the second disclosure at school.",
        "His own account of his life was never heard by the panel.",
        "Her behaviour in class was her way of telling staff that something was wrong.",
        "Nobody thought about his ability to tell adults what was happening to him.",
        "The referral recorded that he 'would not talk', without asking whether he understood the questions.",
        "Her soiling and withdrawal were not linked to her life at home.",
    ],
)
def test_child_daily_life_in_other_words(sentence: str) -> None:
    assert theme(sentence, "theme_child_daily_life") == "present"


@pytest.mark.parametrize(
    "sentence",
    [
        # the child seen, or seen by a doctor in a place
        "The children were seen at every visit and spoke freely.",
        "The baby was not seen in his cot at the visit, as he was asleep in the pram downstairs.",
        # language criticised alone is not coded so
        'Records described her as "putting herself at risk".',
        # a parent seen as something rather than a carer is another theme
        "The stepfather was seen as a visitor rather than a carer.",
    ],
)
def test_child_daily_life_near_misses(sentence: str) -> None:
    assert theme(sentence, "theme_child_daily_life") != "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "The midwife did not know the father had moved in and did not ask.",
        "Several services knew of the bruise, yet no agency asked.",
        "No one asked to see the bedroom where the children slept.",
        "Staff were supportive of the family but did not ask enough questions about the drinking.",
        "The school nurse did not explore what was really going on at home.",
        "The review found too much reliance on the father's self-report of abstinence.",
    ],
)
def test_critical_thinking_in_other_words(sentence: str) -> None:
    assert theme(sentence, "theme_critical_thinking") == "present"


@pytest.mark.parametrize(
    "sentence",
    [
        # asked and answered, or the reason for a gap in an assessment
        "The risk assessment missed the online contact because nobody asked.",
        "The GP asked and was told the medicine was locked away; this was recorded.",
    ],
)
def test_critical_thinking_near_misses(sentence: str) -> None:
    assert theme(sentence, "theme_critical_thinking") == "not_known"


@pytest.mark.parametrize(
    ("sentence", "variable"),
    [
        ("| Professional curiosity | Not a significant factor. |", "theme_critical_thinking"),
        ("Challenge and escalation: not a factor.", "theme_critical_thinking"),
        ("| Organisational factors | None identified. |", "theme_leadership_culture"),
        (
            "Staffing in the duty team and supervision were looked at and were not found to have contributed "
            "to the decisions.",
            "theme_leadership_culture",
        ),
        (
            "Staff spoke of pressure, but the review did not find that organisational pressures were the main factor.",
            "theme_leadership_culture",
        ),
        ("The review is satisfied that the girl's father and stepfather were not overlooked.", "theme_invisible_men"),
        ("The panel does not find that Mr K was overlooked: he was seen at every visit.", "theme_invisible_men"),
    ],
)
def test_the_reviews_verdict_is_absent(sentence: str, variable: str) -> None:
    assert theme(sentence, variable) == "absent"


def test_a_fathers_own_lack_of_contact_is_not_invisible_men() -> None:
    sentence = "Her father moved abroad in 2019 and has not seen her since."
    assert theme(sentence, "theme_invisible_men") == "not_known"


def test_internal_learning_review_title_is_not_the_findings() -> None:
    text = (
        "Community Health Trust\nINTERNAL LEARNING REVIEW: CHILD Q\nSingle-agency review\n\n"
        "Purpose\n\nThis review asks what the service can learn.\n\n"
        "What happened\n\nChild Q was admitted to hospital aged 9 months.\n\n"
        "What we have learned\n\n1. The records say a lot about the mother and little about Q.\n\n"
        "2. Nobody asked to see where the baby slept.\n"
    )
    case = _PIPELINE.run(Doc.from_text(text)).to_dict()["case"]
    assert case["theme_child_daily_life"]["value"] == "present"
    assert case["theme_critical_thinking"]["value"] == "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "Sam's private world, where he spent his evenings, stayed invisible to the professionals around him.",
        "Nobody asked where the twins slept once the family moved into one room.",
        "Finding 3: agencies saw Kara's behaviour before her experience.",
        "Supporting the young father took attention away from the baby as a separate person with her own needs.",
        "Staff knew what he had done but not what his days and nights were like.",
        "The children's lives were not seen as a whole.",
        "Case notes recorded incidents, not days.",
    ],
)
def test_child_daily_life_in_more_words(sentence: str) -> None:
    assert theme(sentence, "theme_child_daily_life") == "present"


@pytest.mark.parametrize(
    "sentence",
    [
        # the men in the child's life are another theme
        "The men in Dylan's life were invisible to every agency.",
        "The men in the children's lives were not known to the school.",
    ],
)
def test_the_men_in_a_childs_life_are_not_the_childs_life(sentence: str) -> None:
    assert theme(sentence, "theme_child_daily_life") == "not_known"


@pytest.mark.parametrize(
    "sentence",
    [
        "The clinic treated the cuts and did not ask what might lie behind them.",
        "No service paused to consider what the pattern of absences meant.",
        "The duty worker did not check with the school before closing the referral.",
    ],
)
def test_critical_thinking_what_lay_behind(sentence: str) -> None:
    assert theme(sentence, "theme_critical_thinking") == "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ms R engaged with every service offered to her, often at short notice.",
        "The parents kept in touch throughout and no health appointments were missed.",
    ],
)
def test_engagement_praised_is_absent(sentence: str) -> None:
    assert theme(sentence, "theme_reluctant_engagement") == "absent"


@pytest.mark.parametrize(
    "sentence",
    [
        # the father's engagement belongs to invisible men; professionals at meetings are not the family
        "Mr J was visible and engaged with every service.",
        "The school nurse attended every core group meeting.",
        # not a missed visit: the practitioner finding something out
        "Staff need to find out when a new adult joins the household.",
    ],
)
def test_engagement_near_misses(sentence: str) -> None:
    assert theme(sentence, "theme_reluctant_engagement") == "not_known"


@pytest.mark.parametrize(
    "sentence",
    [
        "The family history was lost when the case moved between teams.",
        "The 2017 assessment was never retrieved when the new referral came in.",
        "The assessment recorded that she 'would not engage', without asking why.",
        "No one thought about how her autism affected what she could tell them.",
        "The link between the debts and the children's hunger was never made.",
    ],
)
def test_assessment_quality_in_more_words(sentence: str) -> None:
    assert theme(sentence, "theme_assessment_quality") == "present"


def test_a_service_change_without_risk_assessment_is_not_assessment_quality() -> None:
    sentence = "Because of vacancies, home visits were replaced by phone calls without a risk assessment."
    assert theme(sentence, "theme_assessment_quality") == "not_known"


@pytest.mark.parametrize(
    "sentence",
    [
        "There is no evidence that any practitioner spoke with the father about the baby's sleeping.",
        "Agencies relied on chance to identify men living in the household.",
        "The health visitor did not engage or assess Mr P as a father.",
    ],
)
def test_invisible_men_in_more_words(sentence: str) -> None:
    assert theme(sentence, "theme_invisible_men") == "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "The safeguarding partners agreed that the criteria for an LCSPR were not met.",
        "The school knew that she had no contact with her father and was worried about her.",
    ],
)
def test_invisible_men_near_misses(sentence: str) -> None:
    assert theme(sentence, "theme_invisible_men") == "not_known"


def test_neither_knew_the_others_is_information_sharing() -> None:
    sentence = "The nursery and the GP each knew of their own concerns; neither knew the other's."
    assert theme(sentence, "theme_information_sharing") == "present"


def test_sharing_otherwise_timely_does_not_outweigh_the_finding() -> None:
    findings = (
        "The midwife knew of the mother's history but it was not shared with the health visitor.\n\n"
        "Information sharing between the hospital and the GP was otherwise timely."
    )
    assert theme(findings, "theme_information_sharing") == "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "Both parents were seen and included; the father was asked how he was coping.",
        "Both parents were seen by the midwife, and the father's part in the baby's care was talked about.",
    ],
)
def test_both_parents_seen_is_absent(sentence: str) -> None:
    assert theme(sentence, "theme_invisible_men") == "absent"


def test_both_parents_engaged_with_services_is_not_about_the_men() -> None:
    sentence = "Both parents were engaged and open with every service throughout."
    assert theme(sentence, "theme_invisible_men") == "not_known"


@pytest.mark.parametrize(
    "sentence",
    [
        "Nobody looked again at safe storage once the household had changed.",
        "Every height and weight was written down, but nobody looked across the measurements.",
    ],
)
def test_changing_risk_in_more_words(sentence: str) -> None:
    assert theme(sentence, "theme_changing_risk") == "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "The first speech therapy appointment that was missed was never followed up.",
        "Eye and hearing checks were missed in both years.",
        "Refusal of entry and unanswered calls were recorded but not acted on.",
        "She attended 4 of 30 nursery sessions that term.",
        "Her father missed three of five core group meetings.",
    ],
)
def test_reluctant_engagement_in_more_words(sentence: str) -> None:
    assert theme(sentence, "theme_reluctant_engagement") == "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "The midwife did not ask who he was or how long he had lived there.",
        "No check was made on the other children in the household.",
        "The worker did not consider whether any checks on the new partner were needed.",
        "Practitioners were not curious about the repeated admissions.",
        "Nobody asked her what was going on at home.",
    ],
)
def test_critical_thinking_checks_never_made(sentence: str) -> None:
    assert theme(sentence, "theme_critical_thinking") == "present"


def test_the_childs_own_words_are_not_critical_thinking() -> None:
    assert theme('She told the review: "Nobody asked what was happening to me."', "theme_critical_thinking") == (
        "not_known"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "When he would not come to the interviews, staff found no other way to hear him.",
        "Little was recorded about the baby's routine or who cared for her during the day.",
        "The drug service did not think about the children living in the flat.",
        "Nobody knew what Child P's life online was like.",
    ],
)
def test_child_daily_life_heard_and_recorded(sentence: str) -> None:
    assert theme(sentence, "theme_child_daily_life") == "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "The CIN assessment (03/2021) did not consider the older cousins as a possible risk.",
        "Finding 2: The family assessment was narrow.",
        "The effect of the violence on a boy with a learning disability was never explored.",
        "The screening decision was made without talking to the child or the school.",
        "The police did not tell the midwife, so her booking assessment was made without it.",
        "Each time, the duty team did not look at the wider picture.",
    ],
)
def test_assessment_quality_narrow_and_without(sentence: str) -> None:
    assert theme(sentence, "theme_assessment_quality") == "present"


def test_impact_on_the_childs_daily_life_is_not_assessment_quality() -> None:
    sentence = "The impact of the bullying on Z's daily life was not understood."
    assert theme(sentence, "theme_assessment_quality") == "not_known"


@pytest.mark.parametrize(
    "sentence",
    [
        "Dad was almost invisible to the health visitors.",
        "- Mr T: not seen at any visit, not asked about his drinking.",
        "Mr W was not known to, or assessed by, children's social care.",
        "The girl's father was not consulted before the plan ended.",
        "The social worker saw him as the mother's boyfriend, not as a father figure to be assessed.",
        "Worries raised by the separated father were dismissed as hostility.",
    ],
)
def test_invisible_men_terse_and_named(sentence: str) -> None:
    assert theme(sentence, "theme_invisible_men") == "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "Her father is not known to agencies.",
        "- Birth father: not checked (overseas, no contact).",
    ],
)
def test_a_father_outside_the_childs_life_is_not_invisible_men(sentence: str) -> None:
    assert theme(sentence, "theme_invisible_men") == "not_known"


@pytest.mark.parametrize(
    "sentence",
    [
        "The clinic closed the case without informing the GP that there were children at home.",
        "Three visits were missed without the social worker being told.",
        "Information kept by the nursery, the GP and the drug service was never connected.",
        "None of the practitioners who visited knew what the others had recorded.",
        "Her records reached the new practice four months after she registered.",
        "Information did not travel with the family when they moved.",
        "The ward could not see the community team's records.",
        "Each agency acted alone.",
        "The nursery never learned about the police call-outs to the flat.",
    ],
)
def test_information_sharing_in_more_words(sentence: str) -> None:
    assert theme(sentence, "theme_information_sharing") == "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "This is a workforce problem that the council has to own.",
        "The allocated worker was carrying 31 cases and the team had no permanent manager for a year.",
        "Two of the four social workers were off sick that winter.",
        "The plan was signed off without management challenge.",
        "The agency nurse had not been inducted into the trust's procedures.",
        "The service had no system for identifying which children had stopped being seen.",
    ],
)
def test_leadership_culture_in_more_words(sentence: str) -> None:
    assert theme(sentence, "theme_leadership_culture") == "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "The new prescription was a significant change in the risk to the baby that nobody noticed.",
        "Police logs arrived at the school but were not read as a pattern.",
        "No one tracked the escalation over the summer.",
        "After the move, risk was regarded as stable when it was climbing.",
    ],
)
def test_changing_risk_pattern_and_change(sentence: str) -> None:
    assert theme(sentence, "theme_changing_risk") == "present"


def test_a_general_remark_on_change_is_not_changing_risk() -> None:
    sentence = "A new adult in the household may be a change in risk for any baby."
    assert theme(sentence, "theme_changing_risk") == "not_known"


@pytest.mark.parametrize(
    "sentence",
    [
        "The stepfather was not engaged or assessed by any service, although he cared for the children.",
        "Signs of neglect were there for years: head lice, missed dental appointments and a cold house.",
    ],
)
def test_not_reluctant_engagement(sentence: str) -> None:
    assert theme(sentence, "theme_reluctant_engagement") == "not_known"


def test_a_dated_step_down_is_the_story() -> None:
    sentence = "The case was closed to children's social care and stepped down on 4 March 2021."
    assert theme(sentence, "theme_changing_risk") == "not_known"


@pytest.mark.parametrize(
    "sentence",
    [
        "- Dad: nobody asked how he coped with the crying at night.",
        "The father said no one had ever asked him how the nights were going.",
    ],
)
def test_a_parent_asked_how_he_coped_is_not_the_childs_daily_life(sentence: str) -> None:
    assert theme(sentence, "theme_child_daily_life") == "not_known"


@pytest.mark.parametrize(
    "sentence",
    [
        "The panel did not find that supervision or leadership were central to the decisions.",
        "We found no evidence that staffing or workload in either team contributed.",
        "The review does not find that capacity was the main cause of the delay.",
        "Her caseload was within the council's agreed limits.",
        "Capacity: duty team staffing normal; no capacity issues identified.",
        "The worker had a manageable caseload.",
        "I did not identify staffing, supervision or leadership issues in any agency.",
        "The review looked for, and did not find, evidence that capacity or supervision were significant factors.",
    ],
)
def test_leadership_verdicts_in_more_words(sentence: str) -> None:
    assert theme(sentence, "theme_leadership_culture") == "absent"


_GAP = "The school's concern was not passed to the health visitor.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "The panel did not find a problem with the sharing of information.",
        "The review identified no difficulties in communication between the services.",
        "Information sharing between agencies in this case was a strength.",
        "Overall the partners shared information well.",
    ],
)
def test_information_sharing_verdicts_outweigh_one_gap(sentence: str) -> None:
    assert theme(_GAP + sentence, "theme_information_sharing") == "absent"


def test_praise_of_one_link_does_not_outweigh_a_gap() -> None:
    praise = "Information sharing between the midwife and the GP was a real strength."
    assert theme(_GAP + praise, "theme_information_sharing") == "present"
