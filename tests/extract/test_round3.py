"""Round 3 of the rules: children introduced under headings of their own, "Baby <Name>" titles,
category weighing (background neglect, negated cues, covert filicide), parental `absent` said of
the parents only, and the one-pass trigger index. Short made-up reports in different voices."""

from __future__ import annotations

import pytest

from caselearn.extract.pipeline import Pipeline
from caselearn.extract.prefilter import Prefiltered, trigger_index
from caselearn.extract.text import Doc


def run(text: str) -> dict:
    return Pipeline().run(Doc.from_text(text), "t.txt").to_dict()


def children(text: str) -> list[dict]:
    return [{k: v["value"] for k, v in c.items()} for c in run(text)["children"]]


HEADINGS = (
    "Thematic review: young people and violence\n\nThe young people\n\n"
    "Young Person 1 (Jordan)\n\nJordan was 16 when he was stabbed in a fight in a park; he had been carrying "
    "a knife for months. Jordan lived with his grandmother.\n\n"
    "Young Person 2 (Amira)\n\nAmira was 14 when she was sexually exploited by men who had groomed her online; "
    "she was found in a hotel with two adults. Amira's school had raised concerns.\n"
)


def test_children_under_their_own_headings_keep_heading_alias():
    got = [(c["alias"], c["sex"], c["outcome"]) for c in children(HEADINGS)]
    assert got == [
        ("Young Person 1 (Jordan)", "male", "serious_harm"),
        ("Young Person 2 (Amira)", "female", "serious_harm"),
    ]


def test_heading_children_in_dash_form():
    text = (
        "Multi-agency review\n\nChild A – Tyler\n\nTyler was 13 and had been excluded twice. Tyler was "
        "seriously assaulted by older boys.\n\nChild B – Maisie\n\nMaisie was 12. Maisie was sexually "
        "exploited by a man she met online.\n"
    )
    assert [c["alias"] for c in children(text)] == ["Child A (Tyler)", "Child B (Maisie)"]


def test_a_single_heading_is_not_a_list_of_children():
    text = "Practice review concerning Child D\n\nChild D\n\nChild D was six and lived with her mother. Child D died."
    assert [c["alias"] for c in children(text)] == ["Child D"]


@pytest.mark.parametrize(
    "title", ["Local Child Safeguarding Practice Review: Baby Ava", "Serious Case Review – Baby Ava"]
)
def test_baby_name_title_is_the_alias(title):
    text = f"{title}\n\n1. Introduction\n\nAva was five weeks old when she had a skull fracture. Ava survived."
    assert children(text)[0]["alias"] == "Baby Ava"


CATEGORY = [
    (  # exploitation named as such outweighs the neglect of an earlier plan
        "Review: Child E\n\nChild E, 14, had been on a child protection plan for neglect since 2019. In 2022 "
        "Child E was sexually exploited by a group of men. The neglect at home continued.",
        "sexual_exploitation",
    ),
    (  # a cue the review rules out does not count
        "Review: Child F\n\nChild F, 13, was sexually assaulted by a man she had met online. Police view: "
        "not considered CSE. Online grooming by a lone offender unknown to the family.",
        "sexual_abuse_extrafamilial",
    ),
    (
        "Review: Child G\n\nChild G, 11, told her teacher that her stepfather had been sexually abusing her. "
        "She had suffered sexual abuse within her family for a year.",
        "sexual_abuse_intrafamilial",
    ),
    (
        "Review: Child H\n\nChild H, 15, went with friends carrying a knife to confront older boys and was "
        "stabbed in the fight that followed. Child H needed emergency surgery.",
        "risk_taking_violent",
    ),
]


@pytest.mark.parametrize("text, expected", CATEGORY)
def test_harm_categories_weighed(text, expected):
    assert children(text)[0]["harm_category"] == expected


def test_sudi_then_parental_smothering_is_covert_filicide():
    text = (
        "Review: Baby L\n\nBaby L, aged nine weeks, was found unresponsive in the cot and died. The death was at "
        "first treated as a sudden unexpected death in infancy. After a police investigation the mother "
        "admitted that she had smothered the baby."
    )
    assert children(text)[0]["death_category"] == "covert_filicide"


def test_murder_conviction_of_mothers_partner_is_not_filicide():
    text = (
        "Review: Child T\n\nChild T was 22 months old when he died from abdominal injuries. His mother's "
        "partner was later convicted of his murder."
    )
    assert children(text)[0]["death_category"] == "fatal_physical_abuse"


@pytest.mark.parametrize(
    "sentence",
    [
        "There was no evidence that Jay misused alcohol.",
        "Substance use: no known alcohol or drug use by J; no indicators.",
        "No previous CAMHS involvement; no mental health concerns recorded before this incident.",
    ],
)
def test_absence_said_of_the_child_is_not_parental_absence(sentence):
    text = f"Review: Child J\n\nChild J was 15 and lived at home. {sentence}"
    case = {k: v["value"] for k, v in run(text)["case"].items()}
    for flag in ("parental_alcohol_misuse", "parental_drug_misuse", "parental_mental_health"):
        assert case[flag] != "absent"


def test_absence_said_of_the_parents_still_counts():
    text = "Review: Child J\n\nChild J was 15. There was no evidence of alcohol misuse by either parent."
    assert run(text)["case"]["parental_alcohol_misuse"]["value"] == "absent"


def test_trigger_index_finds_overlapping_and_prefix_triggers():
    from caselearn.extract.triggers import TriggerIndex, register

    register({"drink", "drinking", "drug", "dr", "king"})
    low = "she was drinking. drugs."
    index = TriggerIndex(low, [0, 18], [17, 24])
    assert index.positions["drink"] == [8] and index.positions["drinking"] == [8]
    assert index.positions["dr"] == [8, 18] and index.positions["king"] == [12]
    assert index.sentences("dr") == [0, 1] and index.sentences("drug") == [1]
    assert index.occurs("king", 0, 16) and not index.occurs("king", 0, 15) and not index.occurs("drug", 0, 17)


def test_trigger_index_finds_every_registered_trigger_per_sentence():
    Prefiltered.compile(r"heavily|cannabis")
    doc = Doc.from_text("She drank heavily. He used cannabis daily. Nothing here.")
    index, covered = trigger_index(doc.lower or "", doc._starts, [s.end for s in doc.sentences])
    assert {"heavily", "cannabis"} <= covered
    assert index["heavily"] == [0] and index["cannabis"] == [1]
    assert doc.sentences_with(frozenset({"heavily", "cannabis"})) == [0, 1]
