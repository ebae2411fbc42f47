"""Round 7 (people7): the child's sex, age, outcome and harm as writers who never saw the rules
might put them. Made-up reports in our own words."""

from __future__ import annotations

import pytest

from caselearn.extract.pipeline import Pipeline
from caselearn.extract.text import Doc

OPENING = "Local Child Safeguarding Practice Review\n\n1. Introduction\n\n"


def one(text: str) -> dict[str, object]:
    data = Pipeline().run(Doc.from_text(OPENING + text), "t.txt").to_dict()
    children = [{k: v["value"] for k, v in c.items()} for c in data["children"]]
    assert len(children) == 1, [c.get("alias") for c in children]
    return children[0]


@pytest.mark.parametrize(
    "text",
    [
        "Child T was 14 when he was seriously hurt in 2023. He had been assigned female at birth.",
        "Child T, who was registered male at birth, was 15 when she was seriously harmed.",
        "Child T had come out as trans to friends in Year 9. Child T was 15 when they were seriously harmed.",
        "Child T was 16 and identified as trans; Child T used the name Robin at school.",
    ],
)
def test_a_transgender_young_person_is_other(text: str) -> None:
    assert one(text)["sex"] == "other"


@pytest.mark.parametrize(
    "text, sex",
    [
        ("Child D was the youngest son of Ms P. Child D died in 2021 aged three.", "male"),
        ("Child D is Mr and Mrs Q's only daughter. Child D was seriously injured in 2020 when aged 2.", "female"),
        ("Child D, aged seven, is the second daughter of the family. Child D was seriously harmed.", "female"),
        ("Child D was the elder brother of two. Child D was seriously harmed in 2022 at the age of 12.", "male"),
    ],
)
def test_sex_from_a_family_relation_after_the_name(text: str, sex: str) -> None:
    assert one(text)["sex"] == sex


def test_a_list_after_the_name_is_not_a_relation() -> None:
    # "Child D, her brother Kyle and their mother": Kyle is the brother, not Child D
    got = one(
        "Child D, her brother Kyle and their mother moved to the town in 2019. Child D was 9 when she was "
        "seriously injured."
    )
    assert got["sex"] == "female"


@pytest.mark.parametrize(
    "text, months",
    [
        ("Child K (DOB 03/02/21) was admitted on 14/09/21 with a fractured femur.", 7),
        ("Child K was born on 12.05.2019. Child K was found injured at home on 20.06.2021.", 25),
        ("Child K is a 14-year-old girl (DOB: 05/2009). On 28 January 2024 she was found by police in a park.", 176),
    ],
)
def test_dates_written_with_figures(text: str, months: int) -> None:
    assert one(text)["age_months"] == months


@pytest.mark.parametrize(
    "text, months",
    [
        ("Child K lived with her mother, aged 34, and her brother, aged 12. Child K was 3 when she was injured.", 36),
        ("Child K lived with his father, 41, and his grandmother, 66. Child K was seriously injured aged 9.", 108),
        ("Child K's mother, who was then aged 22, took Child K to hospital; Child K was aged 5 months.", 5),
    ],
)
def test_an_adults_age_near_the_child_is_not_the_childs(text: str, months: int) -> None:
    assert one(text)["age_months"] == months


def test_template_date_lines_beat_a_duration_elsewhere() -> None:
    text = (
        "RAPID REVIEW\n\nSubject: Child D\n\nDOB: 09/11/2008\n\nDate of incident: 22/03/2024\n\n"
        "Child D was stabbed in a park.\n\n* Dad: prison sentence in 2015. Served 3 yrs.\n"
    )
    got = one(text)
    assert (got["age_months"], got["age_band"]) == (184, "11_15")


def test_a_template_table_makes_a_years_age_exact() -> None:
    text = (
        "Rapid Review: Child W\n\nDate of birth\n\n14/03/2020\n\nDate of incident\n\n02/01/2024\n\n"
        "1. Summary\n\nOn 2 January 2024 Child W was taken to hospital after she ingested methadone. "
        "Child W was three at the time."
    )
    assert one(text)["age_months"] == 45


def test_a_review_every_six_weeks_is_not_an_age() -> None:
    got = one("Child D was 15 when he was seriously harmed. His plan was reviewed 6-weekly at school.")
    assert got["age_months"] == 180


@pytest.mark.parametrize(
    "text",
    [
        "Child S, aged 14, was seriously injured when he was stabbed by another 15-year-old boy.",
        "Child S, 15, was seriously hurt after he was attacked by an older boy near the station.",
    ],
)
def test_harm_from_a_single_peer_is_risk_taking_violent(text: str) -> None:
    got = one(text)
    assert (got["outcome"], got["harm_category"]) == ("serious_harm", "risk_taking_violent")


@pytest.mark.parametrize(
    "text",
    [
        "Child P died in 2022 at the age of two. We have not identified whether Child P was a boy or a girl. "
        "Child P's father said he had been out.",
        "Child P died in 2022 aged two. The child's sex and ethnicity have been removed to protect the family. "
        "Her mother said she was tired.",
        "Child P was seriously hurt at 11 months. The baby's gender has been withheld. His father said he was out.",
    ],
)
def test_a_withheld_sex_is_not_guessed_from_a_parents_pronoun(text: str) -> None:
    assert one(text)["sex"] == "not_known"


def test_a_registered_sex_offender_is_not_a_withheld_sex() -> None:
    got = one(
        "Child P was 9 when she was seriously harmed. The sex offender has been removed from the home. "
        "She told her teacher."
    )
    assert got["sex"] == "female"


def test_a_siblings_earlier_death_is_not_the_outcome() -> None:
    got = one(
        "Child V, 10 weeks, suffered serious injuries in 2022. A sibling, Child W, had died as a baby in 2019 "
        "and that death was unexplained."
    )
    assert got["outcome"] == "serious_harm"


def test_a_baby_put_down_on_a_sofa_is_a_sudi() -> None:
    got = one(
        "Baby P died in 2022 aged 4 months. Baby P's mother said she had put Baby P down on the sofa and fallen "
        "asleep beside her."
    )
    assert (got["outcome"], got["death_category"]) == ("death", "sudi")


@pytest.mark.parametrize(
    "text, months, age_band",
    [
        ("Child H died aged 13 days.", 0, "under_1"),
        ("Child H, who turned 14 shortly before the incident, was seriously harmed.", 168, "11_15"),
        ("Child H had turned 9 a few weeks before he was seriously injured.", 108, "6_10"),
        ("Child H was just a few weeks old when he died.", "not_known", "under_1"),
        ("Child H was only days old when she died in hospital.", "not_known", "under_1"),
    ],
)
def test_more_ways_to_say_an_age(text: str, months: object, age_band: str) -> None:
    got = one(text)
    assert (got["age_months"], got["age_band"]) == (months, age_band)


def test_an_injurys_age_is_not_the_childs() -> None:
    got = one("Child H was 3 when he was seriously harmed. The fractures were a few weeks old.")
    assert got["age_band"] == "1_5"


@pytest.mark.parametrize(
    "text",
    [
        "Baby R died in 2023 aged 3 months. Baby R was found unresponsive in the morning, where Father had fallen "
        "asleep with Baby R on his chest.",
        "Baby R died in 2023 aged 3 months. Mother woke to find Baby R lying still beside her in the adult bed.",
    ],
)
def test_an_adults_pronoun_beside_the_child_does_not_give_the_childs_sex(text: str) -> None:
    assert one(text)["sex"] == "not_known"


@pytest.mark.parametrize(
    "text, sex",
    [
        ("Child G, 12, told the school nurse that Mr P had been sexually abusing her for two years.", "female"),
        ("Child G, 12, told the nurse that his stepmother had repeatedly and deliberately burned him.", "male"),
    ],
)
def test_a_pronoun_of_the_other_sex_than_the_adult_is_the_childs(text: str, sex: str) -> None:
    assert one(text)["sex"] == sex


@pytest.mark.parametrize(
    "text, sex",
    [
        ("Child K, 15, had sent a photograph to a boy in her class. She was distressed when it was shared.", "female"),
        ("Child K, 14, was friends with a girl from his estate. He was stabbed in March.", "male"),
    ],
)
def test_another_boy_or_girl_after_a_preposition_is_not_the_child(text: str, sex: str) -> None:
    assert one(text)["sex"] == sex


@pytest.mark.parametrize(
    "text, harm",
    [
        (
            "Child D, aged two, was taken to hospital after drinking from a bottle of his grandmother's methadone. "
            "The incident was notified as serious harm under the category of neglect.",
            "neglect",
        ),
        (
            "Category of notification: Serious harm – physical abuse. Child D, aged four, was taken to hospital with "
            "a scald to his arm.",
            "physical_abuse",
        ),
        (
            "Child D, aged two, swallowed tablets belonging to his father. Police investigation (wilful neglect) "
            "continues.",
            "neglect",
        ),
    ],
)
def test_a_notification_category_stated_in_shorthand(text: str, harm: str) -> None:
    got = one(text)
    assert (got["outcome"], got["harm_category"]) == ("serious_harm", harm)


def test_the_notification_criteria_are_not_a_category() -> None:
    got = one(
        "Criteria met: serious harm, abuse or neglect known or suspected. Child D, aged 5 months, had three rib "
        "fractures and bruising to the face."
    )
    assert got["harm_category"] == "physical_abuse"


@pytest.mark.parametrize(
    "text, harm",
    [
        (
            "Child M, aged 10, told his teacher that his uncle, who had moved into the family flat the year before, "
            "had sexually abused him.",
            "sexual_abuse_intrafamilial",
        ),
        (
            "Child M, aged 13, was sexually abused over a number of months during 2022 by a man who ran the "
            "football club she attended.",
            "sexual_abuse_extrafamilial",
        ),
    ],
)
def test_who_the_abuser_was_after_a_longer_phrase(text: str, harm: str) -> None:
    assert one(text)["harm_category"] == harm


def test_a_category_stated_late_in_a_long_report_wins() -> None:
    filler = "The review panel met on several occasions and read the agencies' records with care. " * 60
    text = (
        "Child H, aged 11, was sexually abused in 2019 by Mr P, who rented a room in the family home. "
        + filler
        + "Mr P was not a relative or carer; for this review the abuse has been treated as extra-familial sexual abuse."
    )
    assert one(text)["harm_category"] == "sexual_abuse_extrafamilial"


def test_a_killing_during_unsupervised_contact_is_a_filicide() -> None:
    got = one(
        "Child L died in 2023 at his mother's house, during an unsupervised contact visit. He was six. "
        "His mother, Ms K, was found not guilty of murder by reason of insanity and is detained in hospital."
    )
    assert (got["outcome"], got["death_category"]) == ("death", "overt_filicide")


@pytest.mark.parametrize(
    "text",
    [
        "Child B, aged 20 months, suffered scalds to her legs after being left alone in the bath while her "
        "parents slept.",
        "Child B, aged 3, received serious burns when she was left unattended near an open fire for an hour.",
    ],
)
def test_an_injury_after_being_left_unsupervised_is_neglect(text: str) -> None:
    got = one(text)
    assert (got["outcome"], got["harm_category"]) == ("serious_harm", "neglect")
