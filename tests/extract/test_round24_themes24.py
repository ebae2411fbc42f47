"""Round 24 (themes24): the eight themes in more words and the review's own verdicts. The child's day and
night never described, records full of the adults, a child unseen for months or "invisible" once off roll;
who lives at home asked or known, a man never named to any professional, advice given to the mother alone;
an assessment resting on a young person's self-report; information "held in separate places", "nor was it
shared"; vacant posts, untrained staff, capacity "a significant factor"; a finding accepted "without
applying the protocol". Verdicts: missed appointments "not evidence of reluctance", "not hard to engage",
"the difficulty was not the sharing of information", "not the result of capacity problems",
"Leadership/capacity: not identified as a factor", "strong professional curiosity". Agencies: see
test_round24_agencies24.py. All text here is invented for the tests."""

from __future__ import annotations

import pytest

# the same opening as the round-9 theme tests
from tests.extract.test_round9_themes9 import theme


@pytest.mark.parametrize(
    "sentence",
    [
        "Hardly anything was recorded about what a day or a night was like for the toddler.",
        "The health notes were full of the parents' own difficulties.",
        "The single assessment did not describe Rosie's day at all.",
        "Nobody saw her between the spring half-term and the October incident.",
        "No professional saw him for seven months.",
        "After deregistration, T was invisible.",
    ],
)
def test_child_daily_life_in_more_words(sentence: str) -> None:
    assert theme(sentence, "theme_child_daily_life") == "present"


@pytest.mark.parametrize(
    "sentence",
    [
        # the men around the child, not the child's own life
        "The three men in Baby K's life were not known to any of the professionals.",
        # a father or a man, not the child
        "Mr T was invisible to the health services.",
        "F was invisible to services.",
    ],
)
def test_child_daily_life_near_misses(sentence: str) -> None:
    assert theme(sentence, "theme_child_daily_life") != "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "- Always ask who else lives at home, and who looks after the baby.",
        "A change in who lives in the household should prompt a new look at the plan.",
        "Do you know the names of all adults who live in the homes you visit?",
        "The health visitor did not ask who was living in the house.",
        "Mr R was never named to any professional until after the incident.",
        "In the words of one worker, 'we forgot about dad'.",
        "Safe sleep advice was always given to the mother alone.",
        "The father, who did many of the night feeds, had never been given the advice.",
        "Mr S was almost invisible to the agencies.",
        "No agency knew his role in the household or his history.",
    ],
)
def test_invisible_men_in_more_words(sentence: str) -> None:
    assert theme(sentence, "theme_invisible_men") == "present"


@pytest.mark.parametrize(
    "sentence",
    [
        # Think Family: adult services asking about the children
        "Adult services should always ask who else lives in the home.",
        # the partners' decision on a review
        "The partners agree that the criteria for an LCSPR are not met.",
    ],
)
def test_invisible_men_near_misses(sentence: str) -> None:
    assert theme(sentence, "theme_invisible_men") != "present"


def test_invisible_men_verdict_about_the_men_in_a_childs_life() -> None:
    text = "The review does not find that the men in Leo's life were overlooked."
    assert theme(text, "theme_invisible_men") == "absent"


@pytest.mark.parametrize(
    "sentence",
    [
        "The triage assessment at the custody suite relied on her own self-report.",
        "The strategy assessment looked only at the night of the fire and nothing before it.",
    ],
)
def test_assessment_quality_in_more_words(sentence: str) -> None:
    assert theme(sentence, "theme_assessment_quality") == "present"


def test_remote_visits_without_a_risk_assessment_are_not_assessment_quality() -> None:
    text = "Interim guidance permitted telephone visits without a risk assessment of each child."
    assert theme(text, "theme_assessment_quality") != "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "The burn was not discussed with the GP. Nor was it shared with the school nurse.",
        "The probation service knew of his release date; children's social care did not know this.",
        "The youth worker knew about the older men and did not pass this on.",
        "Finding 3: Information held in separate places",
    ],
)
def test_information_sharing_in_more_words(sentence: str) -> None:
    assert theme(sentence, "theme_information_sharing") == "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "Information passed between the school, the GP and CAMHS was prompt and effective throughout.",
        "5.2 Information sharing. The problem was not the sharing of information but the decisions made with it.",
    ],
)
def test_information_sharing_verdicts(sentence: str) -> None:
    assert theme(sentence, "theme_information_sharing") == "absent"


@pytest.mark.parametrize(
    "sentence",
    [
        "Almost a third of the unit's nursing posts were vacant that winter.",
        "The home's deputy manager post had been vacant for six months.",
        "Its night staff had not been trained in exploitation.",
        "She was placed there because no other suitable placement was available.",
        "The panel considers that staffing and leadership were central to what went wrong.",
        "Capacity was a significant factor.",
        "The service had two workers for more than 150 families.",
        "Caseloads in the leaving care team and in the duty and assessment team were above the service's own limits.",
        "There was no evidence of management supervision of the case.",
    ],
)
def test_leadership_culture_in_more_words(sentence: str) -> None:
    assert theme(sentence, "theme_leadership_culture") == "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "The review did not find that the missed visits were the result of staffing problems in the team.",
        "7. Leadership/capacity: not identified as a factor by any agency.",
    ],
)
def test_leadership_culture_verdicts(sentence: str) -> None:
    assert theme(sentence, "theme_leadership_culture") == "absent"


def test_leadership_culture_denied_is_not_present() -> None:
    text = "The review does not consider that capacity was a significant factor."
    assert theme(text, "theme_leadership_culture") != "present"


def test_critical_thinking_accepted_without_applying_a_protocol() -> None:
    text = "A bruise on a baby who could not yet crawl was accepted without applying the local protocol."
    assert theme(text, "theme_critical_thinking") == "present"


def test_critical_thinking_praise() -> None:
    text = "The review found good professional curiosity from the nursery, which escalated its worry."
    assert theme(text, "theme_critical_thinking") == "absent"


@pytest.mark.parametrize(
    "sentence",
    [
        "The missed clinic appointments were not evidence of reluctance to engage; the letters went to an old address.",
        "Ms T was not hard to engage.",
        "This was not a family that avoided services.",
    ],
)
def test_reluctant_engagement_verdicts(sentence: str) -> None:
    assert theme(sentence, "theme_reluctant_engagement") == "absent"


def test_engagement_since_the_incident_is_no_praise() -> None:
    text = "Her father has engaged fully with the review and with the social worker since the incident."
    assert theme(text, "theme_reluctant_engagement") == "not_known"


def test_the_experience_of_the_baby_as_a_heading() -> None:
    text = "Finding 6: The experience of the baby\n\nRecords said little."
    assert theme(text, "theme_child_daily_life") == "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "The YOT and the school each held half the picture.",
        "The referral sat on the MASH system for twelve days before being passed to the team.",
    ],
)
def test_information_sharing_half_the_picture_or_held_back(sentence: str) -> None:
    assert theme(sentence, "theme_information_sharing") == "present"


def test_a_parent_who_attended_every_meeting() -> None:
    text = "Workers spoke warmly of Jay's grandmother, who attended every core group."
    assert theme(text, "theme_reluctant_engagement") == "absent"


@pytest.mark.parametrize(
    "sentence",
    [
        "The bullying was treated as over on Maya's word.",
        "The health visitor accepted Ms R's explanation for the burn.",
        "The social worker accepted the father's statement that he no longer drank.",
        "(b) Practitioners accepted what they were told.",
        "The clinic accepted the mother's telephone report of his weight.",
        "Staff relied on his verbal reassurance that he was safe.",
        "The school accepted that he was being home educated without asking to see any work.",
        "Her account was recorded at face value.",
        "The duty team was satisfied with the explanation and closed the contact.",
        "The refusal was accepted as the end of the matter.",
        "Her cheerfulness may have reassured professionals.",
        "Workers rarely challenged each other.",
    ],
)
def test_critical_thinking_what_was_said_taken_as_enough(sentence: str) -> None:
    assert theme(sentence, "theme_critical_thinking") == "present"


def test_a_referral_accepted_is_no_critical_thinking_finding() -> None:
    assert theme("The CAMHS referral was accepted in May.", "theme_critical_thinking") != "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "The reflux, the mother's exhaustion and the night shifts were not brought together in any assessment.",
        "Debt and overcrowding were noted but not considered in assessing risk.",
        "The pathway plan did not assess Kyle's vulnerability to exploitation.",
        "- Previous neglect history not reviewed.",
        "The carers' assessment was a resource assessment, not a safeguarding one.",
        "The check of safe storage was done by asking, not seeing.",
        "The YOT and CSC assessments existed side by side; neither drew on the other.",
        "The CIN plan focused only on school attendance.",
        "Children's online lives are not part of routine assessment.",
        "The plan did not mention her father's death.",
        "None brought together her early history, her self-harm and the threats she had received.",
        "The screening tool was completed as a tick box.",
    ],
)
def test_assessment_quality_in_still_more_words(sentence: str) -> None:
    assert theme(sentence, "theme_assessment_quality") == "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "No engagement with the family was made and there was no consideration of the child's needs.",
        "The plan did not address the chance of a long trip abroad.",
    ],
)
def test_assessment_quality_near_misses(sentence: str) -> None:
    assert theme(sentence, "theme_assessment_quality") != "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "The GP knew him as a patient, not as a father.",
        "No agency checked the partner's history.",
        "3. Dad was the parent everyone spoke to; no one considered he might be the risk.",
        "Mr K was providing most of the childcare but was not known to the health visitor.",
        "Mr B looked after the boys every Saturday but no practitioner spoke to him.",
        "Finding 2: The man nobody knew",
        "There was limited curiosity about Dad's role.",
        "A male lodger who arrived in May was unknown to every agency.",
        "Fathers facing allegations can be shut out of the professional network.",
        "A man moved in and, as far as the review can tell, no professional knew anything about him.",
        "There is no record that anyone gave the advice to the father.",
        "Partners on maternity wards are often seen as 'support' for the mother.",
        "The father was at every appointment, yet no professional explored with him what he had noticed.",
        "Father's role (and his friends' links to the gang) not explored.",
        "Mr V was known to the duty team by name but was not seen or assessed.",
        "Almost all professional contact was with Leah's mother.",
        "The booking form has no section about the partner.",
    ],
)
def test_invisible_men_in_still_more_words(sentence: str) -> None:
    assert theme(sentence, "theme_invisible_men") == "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ruby's online life was not something the adults around her asked about.",
        "The voice of Kayden was recorded at every visit but not acted on.",
        "Her wish to see her brother was noted at three reviews and not acted on.",
        "Finding 1: Mia was seen as the carer and not as the child she was.",
        "The children's lives in the flat were not explored from their point of view.",
        "Leo's life at home in the final month was not known to anyone.",
        "None of them asked Jo in any depth about their life online.",
        "Their lives outside the house were largely unknown.",
        "He was seen by most services as a boy who caused trouble rather than a child living with violence.",
        "His experience of living with his stepfather's drinking was not understood.",
    ],
)
def test_child_daily_life_in_still_more_words(sentence: str) -> None:
    assert theme(sentence, "theme_child_daily_life") == "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "The family's frequent moves, caused by debt and domestic abuse, broke their links with the nursery.",
        'The hospital has changed its "was not brought" procedure so that letters go to the social worker.',
    ],
)
def test_moves_and_a_procedure_name_are_no_reluctant_engagement(sentence: str) -> None:
    assert theme(sentence, "theme_reluctant_engagement") != "present"
