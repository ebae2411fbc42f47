"""Round 16 (child flags): a wait is not an age (so a teenager is not gated out of the flags of older
children), bullying told through its object or its subject matter, a child's own denial of bullying,
and "her own childhood" as a parent's. Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import case_codes, child_codes


def _child(text: str) -> dict[str, str]:
    return child_codes(text)[0]


# -- a wait is not an age ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "wait",
    [
        "Waiting times for the community mental health team (then 30 weeks) were well known to commissioners.",
        "- CAMHS waits: 26 weeks at the time",
        "The referral joined a waiting list of around 40 weeks for a first appointment.",
    ],
)
def test_a_wait_in_weeks_is_not_the_childs_age(wait: str) -> None:
    text = (
        "Local Child Safeguarding Practice Review\n\n"
        "This review concerns Amber, a girl in Year 10 at a local academy, who died in 2023. "
        "She had self-harmed for a year. "
        f"{wait} Amber lived with her mother.\n"
    )
    child = _child(text)
    assert child.get("age_band") != "under_1"
    assert child.get("child_mental_health") == "present"


def test_an_age_in_weeks_still_counts() -> None:
    text = (
        "Rapid review\n\nBaby Z was 10 weeks old when he was admitted to hospital in 2023 with a skull fracture. "
        "He lived with his mother and father.\n"
    )
    assert _child(text)["age_months"] == 2


# -- bullying ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        # formal prose, the words in scare quotes
        'In her last term Mia told the school nurse she was being "picked on" by older girls on the bus.',
        # police/school voice: the child as the object
        "School records show Mia was the target of persistent name-calling from peers in Year 9.",
        # terse notes
        "- Mia teased about her clothes at school (DSL log, Nov).",
        # a victim of taunts, told by a social worker
        "The SW noted that Mia had been subjected to taunts from a group of pupils after the fire.",
    ],
)
def test_bullying_told_through_its_object(said: str) -> None:
    text = (
        "Child Safeguarding Practice Review\n\nMia, aged 14, was admitted to hospital in 2023 after an overdose. "
        f"{said} Mia lived with her father.\n"
    )
    assert _child(text).get("bullying") == "present"


@pytest.mark.parametrize(
    "said",
    [
        # another child teased by the subject child: not done to her
        "Mia teased her younger brother, as siblings do.",
        # a wait for a service, nothing about peers
        "Mia was the target of a school attendance campaign.",
        # hedged
        "It is possible that Mia was picked on by other pupils, but nobody recorded it.",
    ],
)
def test_near_misses_are_not_bullying(said: str) -> None:
    text = (
        "Child Safeguarding Practice Review\n\nMia, aged 14, was admitted to hospital in 2023 after an overdose. "
        f"{said} Mia lived with her father.\n"
    )
    assert _child(text).get("bullying", "not_known") != "present"


@pytest.mark.parametrize(
    "denial",
    [
        "He was not being bullied, according to the school and to his own account.",
        'Asked about school, he said: "No one bullied me, they kept away from me."',
        "Reece had not been bullied at any of his schools.",
    ],
)
def test_the_childs_own_denial_of_bullying(denial: str) -> None:
    text = (
        "Child Safeguarding Practice Review\n\nReece, aged 15, was stabbed in 2023. "
        f"Reece attended a pupil referral unit. {denial} He lived with his mother.\n"
    )
    assert _child(text).get("bullying") == "absent"


# -- "her own childhood" --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "childhood",
    [
        "The reviewer was told that her own childhood had been chaotic and marked by violence.",
        "His own upbringing was difficult; he described a father who drank.",
        "Their own childhood was one of neglect, the parents told the independent reviewer.",
    ],
)
def test_own_childhood_is_a_parents_in_a_review_of_a_teenager(childhood: str) -> None:
    text = (
        "Local Child Safeguarding Practice Review\n\n"
        "Skye, aged 15, died in 2023. Skye lived with her mother and stepfather and attended Year 10.\n\n"
        "Skye's mother is 44 and works part time. She cares for Skye's younger brother. "
        f"The review heard that she was lonely. {childhood}\n"
    )
    assert case_codes(text).get("parental_aces") == "present"


# -- a recommendation in the short form says nothing of the child ----------------------------------------


@pytest.mark.parametrize(
    "advice",
    [
        "1. Primary care to ensure that any patient disclosing suicidal thoughts is asked about children at home.",
        "- CAMHS to be told of every ED attendance for self-harm by a young person.",
        "3) The Partnership to deliver training on child sexual exploitation to all taxi licensing staff.",
    ],
)
def test_short_form_recommendations_are_not_the_childs_flags(advice: str) -> None:
    text = (
        "Child Safeguarding Practice Review\n\nLeo, aged 9, was injured in a house fire in 2023. "
        "Leo lived with his grandmother and attended the local primary school.\n\n"
        f"Recommendations\n\n{advice}\n"
    )
    child = _child(text)
    assert child.get("child_mental_health", "not_known") == "not_known"
    assert child.get("child_sexual_exploitation", "not_known") == "not_known"


def test_a_numbered_finding_about_the_child_still_counts() -> None:
    text = (
        "Child Safeguarding Practice Review\n\nLeo, aged 12, was injured in a house fire in 2023. "
        "Leo lived with his grandmother.\n\n"
        "Findings\n\n2. Leo had been on the CAMHS waiting list with low mood and anxiety since the spring.\n"
    )
    assert _child(text).get("child_mental_health") == "present"


# -- asthma serious enough for hospital is a serious long-term illness ---------------------------------------


@pytest.mark.parametrize(
    "asthma",
    [
        "She had been diagnosed with asthma as a toddler and had been admitted to hospital twice in 2022.",
        "Health: asthma, three hospital admissions in the year before (one to PICU).",
        "The paediatric team described brittle asthma that needed a daily preventer.",
    ],
)
def test_serious_asthma_is_a_disability(asthma: str) -> None:
    text = (
        "Rapid Review\n\nAva, aged 6, died at home in 2023. Ava lived with her parents. "
        f"{asthma} Her GP prescribed inhalers.\n"
    )
    assert _child(text).get("disability") == "present"


@pytest.mark.parametrize(
    "asthma",
    [
        "Ava's asthma was managed by the GP and she missed one asthma review.",
        "Health | Well | Mild asthma, inhaler as needed",
    ],
)
def test_asthma_managed_in_primary_care_is_not(asthma: str) -> None:
    text = f"Rapid Review\n\nAva, aged 6, died at home in 2023 after a fall. Ava lived with her parents. {asthma}\n"
    assert _child(text).get("disability", "not_known") != "present"


# -- schooling told in a table cell, an age with a school year, an attendance figure, a PRU timetable -------


def _schooled(line: str) -> str:
    text = (
        "Child Safeguarding Practice Review\n\nNoah, aged 11, was seriously injured in 2023. "
        f"Noah lived with his mother.\n\n{line}\n"
    )
    return _child(text).get("elective_home_education", "not_known")


@pytest.mark.parametrize(
    "line",
    [
        # a table cell
        "Noah | subject | Y6 at Holmwood Primary; no SEN",
        # prose with an age in words
        "At the time Noah was eleven and in Year 6, a quiet boy who liked football.",
        # a school's figure in a note
        "School (DSL): Noah's attendance was 96% and he was always collected by his mum.",
        # alternative provision
        "Noah was on a reduced timetable at the pupil referral unit from the spring term.",
    ],
)
def test_schooling_said_in_passing_means_not_home_educated(line: str) -> None:
    assert _schooled(line) == "absent"


@pytest.mark.parametrize(
    "line",
    [
        # a low figure: a child drifting out of school
        "Noah's attendance had fallen to 45% in Year 6.",
        # a spell that ended in home education
        "Noah was in Year 5 at Holmwood Primary until his mother withdrew him to home educate.",
        # a sibling's school
        "His sister's attendance was 97%.",
    ],
)
def test_schooling_that_ended_or_is_not_his_says_nothing(line: str) -> None:
    assert _schooled(line) != "absent"


# -- "nobody" is a negation, as "no one" already was ----------------------------------------------------------


@pytest.mark.parametrize(
    "denial",
    [
        "Nobody has suggested that either parent misused alcohol.",
        "Nobody in the family was known to drink to excess, the police told the panel.",
        "Nobody reported parental alcohol misuse to any agency.",
    ],
)
def test_nobody_denies_rather_than_asserts(denial: str) -> None:
    text = (
        "Child Safeguarding Practice Review\n\nEli, aged 4, was injured in 2023. Eli lived with his mother "
        f"and father. {denial}\n"
    )
    assert case_codes(text).get("parental_alcohol_misuse", "not_known") != "present"


def test_a_parent_drinking_is_still_present_beside_nobody() -> None:
    text = (
        "Child Safeguarding Practice Review\n\nEli, aged 4, was injured in 2023. Eli lived with his mother "
        "and father. His father drank heavily every day; nobody asked the mother about it.\n"
    )
    assert case_codes(text).get("parental_alcohol_misuse") == "present"
