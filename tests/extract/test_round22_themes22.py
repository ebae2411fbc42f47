"""Round 22 (themes22): services named with no contact before the incident: a dotted-leader row that says
"not known", a parent's teenage past, who sat in the review's group or workshops, a referral turned down
further on in a long sentence. Near misses keep the service."""

from __future__ import annotations

import pytest

# the same opening and helpers as the round-9 theme tests and the round-21 agency tests
from tests.extract.test_round9_themes9 import theme
from tests.extract.test_round21_agencies import agencies


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Children's social care ............ Not known.", "childrens_social_care"),
        ("YOT .......... none", "youth_justice"),
        ("CAMHS …… not known", "camhs"),
        (
            "His father grew up in another town and was known to a youth offending team there as a teenager.",
            "youth_justice",
        ),
        ("As an adolescent, the mother had a social worker after her own parents separated.", "childrens_social_care"),
        (
            "The reviewer worked with a case review group of managers from the school, the GP practice, "
            "the police and children's social care.",
            "childrens_social_care",
        ),
        (
            "We asked practitioners in two workshops (school nurses, teachers and children's social care) "
            "to describe what helped.",
            "childrens_social_care",
        ),
        (
            "The school referred him to CAMHS in May 2023 because of low mood, poor sleep and worries about "
            "his friendships outside school; the referral was not accepted as he did not meet the threshold.",
            "camhs",
        ),
    ],
)
def test_a_service_named_without_contact_is_not_counted(sentence, value):
    assert value not in agencies(sentence + "\n")


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Children's social care ............ Open to the duty team since January 2024.", "childrens_social_care"),
        ("As a teenager, Child P was seen by CAMHS for anxiety.", "camhs"),
        (
            "The school referred him to CAMHS in May 2023 because of low mood; he was seen four times "
            "and discharged in the autumn.",
            "camhs",
        ),
    ],
)
def test_near_misses_keep_the_service(sentence, value):
    assert value in agencies(sentence + "\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "Police ............ No previous contact with the family.",
        "Police …… no known involvement.",
        "Police officers attending the flat noted that the kitchen was dirty and there was little food.",
        "Police at the house observed several empty bottles of vodka.",
        "Police noted a strong smell of cannabis in the house.",
    ],
)
def test_the_police_at_the_scene_or_a_dotted_none_row_is_no_contact(sentence):
    assert "police" not in agencies(sentence + "\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "Police ............ Two domestic abuse call-outs to the address in 2023.",
        "In 2022 police attended the family home twice after reports of shouting.",
    ],
)
def test_earlier_police_contact_is_kept(sentence):
    assert "police" in agencies(sentence + "\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "The family's rent arrears were known to the health visitor but not explored as a source of stress.",
        "Mum's new relationship was reported to the school but not pursued.",
        "- Dad's heavy drinking was disclosed to the GP but not followed up.",
        "Safe sleeping arrangements were checked by asking the mother; nobody looked at where the baby slept.",
        "Whether the medicine was locked away was confirmed only by asking the parents at each visit.",
    ],
)
def test_what_was_known_or_said_and_not_looked_into_is_critical_thinking(sentence):
    assert theme(sentence, "theme_critical_thinking") == "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "The move was known to the health visitor and was followed up at the next contact.",
        "The social worker checked the bedroom herself rather than by asking the parents.",
    ],
)
def test_what_was_looked_into_is_not_critical_thinking(sentence):
    assert theme(sentence, "theme_critical_thinking") != "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "The sisters' voices were not heard in any of the assessments.",
        "- Both boys' voices went unheard.",
        "The single assessment did not capture Child K's experience; she was seen for a few minutes.",
        "Practitioners did not seek the boys' views about home.",
        "Finding 2: Sam's own experience got lost among the adults' crises.",
    ],
)
def test_the_childs_voice_or_experience_missed_is_daily_life(sentence):
    assert theme(sentence, "theme_child_daily_life") == "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "Mother's own experience got lost when the services closed her case.",
        "The review did not capture the mother's experience of the services.",
    ],
)
def test_a_parents_experience_is_not_daily_life(sentence):
    assert theme(sentence, "theme_child_daily_life") != "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "Missed health visits were followed up by letter. It would be unfair to describe the father as someone "
        "who would not engage; he came to every meeting.",
        "The family missed one dental appointment. The view that the parents were hard to engage is not borne "
        "out by the records.",
        "Both children were seen at every check. There were no missed health appointments.",
        "The mother never missed an antenatal appointment and welcomed every home visit.",
    ],
)
def test_a_rejected_label_or_no_missed_appointments_is_engagement_absent(sentence):
    assert theme(sentence, "theme_reluctant_engagement") == "absent"


@pytest.mark.parametrize(
    "sentence",
    [
        "The father was described as hard to engage, and he missed most of the appointments offered.",
        "There were many missed appointments, and no one followed them up.",
    ],
)
def test_reluctant_engagement_still_found(sentence):
    assert theme(sentence, "theme_reluctant_engagement") == "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "The nursery, the GP and the CAMHS clinician each held part of the picture.",
        "What each knew sat in several files; the knowledge sat across several agencies.",
        "No single agency pieced the information together before the injury.",
        "The school nurse did not know the baby had been to the emergency department twice.",
        "No social worker knew about the uncle's conviction.",
        "The dose was increased by the prescriber without consultation with the child's social worker.",
    ],
)
def test_pieces_held_apart_are_information_sharing(sentence):
    assert theme(sentence, "theme_information_sharing") == "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "Mother said she did not know the baby had been hurt.",
        "The plan was agreed without discussion of the father's role.",
    ],
)
def test_a_parent_not_knowing_is_not_information_sharing(sentence):
    assert theme(sentence, "theme_information_sharing") != "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "- The early help assessment did not mention either carer's medication.",
        "The single assessment did not use the 2019-20 child protection history.",
        "Assessments therefore lack any account of the stepfather's past.",
        "The judgement about the placement rested on a single visit to the house.",
    ],
)
def test_assessments_that_left_things_out_are_assessment_quality(sentence):
    assert theme(sentence, "theme_assessment_quality") == "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "The assessment used the full child protection history and was updated after each incident.",
        "Staff did not use the lift during the visit.",
    ],
)
def test_a_thorough_assessment_is_not_a_finding(sentence):
    assert theme(sentence, "theme_assessment_quality") != "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "Finding 2: the two men who lived in the household were unseen.",
        "Mr K remained unknown to the agencies working with the children.",
        "Advice about bathing reached mothers, not fathers.",
        "The drug service treated him as a client, not a dad.",
    ],
)
def test_men_unseen_or_advice_to_mothers_only_is_invisible_men(sentence):
    assert theme(sentence, "theme_invisible_men") == "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "The mother's injuries were unseen by the GP because they were under her clothes.",
        "The grandmother was unknown to the agencies until the funeral.",
    ],
)
def test_not_a_man_unseen(sentence):
    assert theme(sentence, "theme_invisible_men") != "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "- Drift: no step-up or escalation was considered by the team manager.",
        "There was no peer review or challenge of the decision to close.",
    ],
)
def test_no_escalation_in_a_list_is_critical_thinking(sentence):
    assert theme(sentence, "theme_critical_thinking") == "present"


def test_escalation_that_happened_is_not_critical_thinking():
    assert theme("The nursery's escalation led to a strategy discussion the same week.", "theme_critical_thinking") != (
        "present"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The review found no evidence that caseloads or supervision in the health visiting team contributed to "
        "what happened.",
        "We saw no evidence that staffing in the MASH affected the way events unfolded.",
    ],
)
def test_no_bearing_on_what_happened_is_leadership_absent(sentence):
    assert theme(sentence, "theme_leadership_culture") == "absent"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Nothing was shared with children's social care about the bruise.", "childrens_social_care"),
        ("Nothing had been passed on to the health visitor.", "health_visiting"),
        ("Police attended the house and found the mother unconscious on the floor.", "police"),
    ],
)
def test_nothing_shared_or_police_at_the_house_is_no_contact(sentence, value):
    assert value not in agencies(sentence + "\n")


def test_something_shared_keeps_the_service():
    assert "health_visiting" in agencies("The midwife shared the discharge summary with the health visitor.\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "The nursery had a good understanding of the siblings' daily lives and recorded them well.",
        "The school nurse had a clear picture of their everyday routines.",
    ],
)
def test_a_good_picture_of_the_childrens_daily_lives_is_absent(sentence):
    assert theme(sentence, "theme_child_daily_life") == "absent"
