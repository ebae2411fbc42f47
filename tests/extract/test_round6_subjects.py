"""Round 6: several subject children named together in a title or introduced one per paragraph."""

from __future__ import annotations

import pytest

from caselearn.extract.children import find_children
from caselearn.extract.pipeline import Pipeline
from caselearn.extract.text import Doc


def _aliases(text: str) -> list[str]:
    return [c.alias for c in find_children(Doc.from_text(text))]


@pytest.mark.parametrize(
    ("text", "aliases"),
    [
        (
            "Eastvale Safeguarding Children Partnership\n\nLOCAL CHILD SAFEGUARDING PRACTICE REVIEW\n\n"
            "MAYA AND OSCAR\n\nA review about two siblings\n\n1. Introduction\n\n"
            "Maya, who was twelve, told her form tutor about her uncle. Her younger brother Oscar was seen "
            "by a paediatrician the same week. Maya and Oscar had both been harmed over a long period.",
            ["Maya", "Oscar"],
        ),
        (
            'Northby Partnership\n\nPractice Review\n\nLena and Finn: "Nobody asked us"\n\n'
            "1. Why this review\n\nIn May 2024 Finn was taken to hospital with burns. His sister Lena, aged "
            "ten, had been looking after him. Both children were found to have suffered significant harm. "
            "Lena now lives with an aunt and Finn with foster carers.",
            ["Finn", "Lena"],
        ),
        (
            "Westmere Safeguarding Partnership\n\nJOSH, ELLIE AND SAM\n\nThematic review\n\n"
            "Josh was seven. Ellie was four. Sam was a baby. Josh, Ellie and Sam lived with their mother. "
            "Ellie was injured. Sam was not fed. Josh missed school.",
            ["Josh", "Ellie", "Sam"],
        ),
    ],
)
def test_title_naming_several_children(text, aliases):
    assert _aliases(text) == aliases


@pytest.mark.parametrize(
    ("text", "aliases"),
    [
        (
            "Thematic review: children of parents with poor mental health\n\n2. The three children\n\n"
            "Child 1 - Ava. Ava was three when she was injured at home. Ava lived with her mother.\n\n"
            "Child 2 - Noah. Noah was eight months old when he was found alone. Noah is now in foster care.\n\n"
            "Child 3 - Isla. Isla was fourteen. Isla took an overdose in 2022.",
            ["Ava", "Noah", "Isla"],
        ),
        (
            "A thematic review\n\nThe children\n\nChild A: Kian. Kian was a baby. Kian had a fracture.\n\n"
            "Child B: Tara. Tara was fifteen. Tara was exploited by older men.",
            ["Kian", "Tara"],
        ),
    ],
)
def test_children_introduced_one_per_paragraph(text, aliases):
    assert _aliases(text) == aliases


def test_title_pair_needs_both_names_in_the_body():
    # "Health and Wellbeing:" is a subtitle, not two children
    text = (
        "Review: Child Q\n\nHealth and Wellbeing: a review of practice\n\nChild Q was five. Child Q was "
        "neglected. Wellbeing checks were missed."
    )
    assert _aliases(text) == ["Child Q"]


def test_single_child_with_a_sibling_who_is_not_a_subject():
    text = (
        "Safeguarding Practice Review\n\nNOAH\n\nNoah was four months old when he died. His sister, Bella, who is "
        "not a subject of this review, was at nursery. Noah had been seen by the GP. Bella was later placed "
        "with her father."
    )
    assert _aliases(text) == ["Noah"]


@pytest.mark.parametrize(
    ("text", "aliases"),
    [
        (
            "Northby Partnership\n\nPRACTICE REVIEW\n\nCHILD D (DANIEL)\n\nFinal report\n\n"
            "Daniel was fifteen when he was stabbed. Daniel had been excluded from school.",
            ["Child D (Daniel)"],
        ),
        (
            'Eastvale Partnership\n\nYOUNG PERSON T ("TILLY")\n\nTilly was sixteen. Tilly had been '
            "going missing from her placement.",
            ["Young Person T (Tilly)"],
        ),
        (
            "Local Child Safeguarding Practice Review: Child M (Marek)\n\nThis review is about Marek, a "
            "boy of nine. Marek was injured by his stepfather.",
            ["Child M (Marek)"],
        ),
    ],
)
def test_title_pairing_code_and_name(text, aliases):
    assert _aliases(text) == aliases


def test_title_pairing_several_codes_and_names_keeps_a_subject_described_as_a_sibling():
    text = (
        'PRACTICE REVIEW\n\nSiblings C and D ("Nela" and "Piotr")\n\nIn March 2024 Child D (Piotr), '
        "aged two, was burned. His sister, Child C (Nela), aged eight, was at home. Nela had missed school. "
        "Piotr was taken to hospital."
    )
    assert sorted(_aliases(text)) == ["Child C (Nela)", "Child D (Piotr)"]


@pytest.mark.parametrize(
    "relative",
    [
        "Their grandfather, Len, who had cared for both children since 2018, died in 2022.",
        "Her partner, a man the children called Uncle Jim, died suddenly that spring.",
        "Their father, whom both children adored, passed away in 2021.",
    ],
)
def test_a_relative_described_between_commas_dying_is_not_the_childrens_outcome(relative):
    text = (
        "Review\n\nAMY AND JOE\n\nIn 2023 Amy, aged ten, and Joe, aged four, were found living in a "
        "cold house without food. " + relative + " Both children were found to have suffered significant "
        "harm through neglect. Amy was seen by a paediatrician. Joe was admitted to hospital."
    )
    children = Pipeline().run(Doc.from_text(text), "t.txt").to_dict()["children"]
    assert [c["alias"]["value"] for c in children] == ["Amy", "Joe"]
    assert [c["outcome"]["value"] for c in children] == ["serious_harm", "serious_harm"]


@pytest.mark.parametrize(
    "title",
    [
        "LEARNING SUMMARY LCSPR: Baby Nia Published: June 2023",
        "Briefing note Review: Baby Nia Author: independent reviewer",
        "SEVEN MINUTE BRIEFING SCR - Baby Nia Date: 2022",
    ],
)
def test_title_block_run_into_one_line_keeps_the_prefixed_name(title):
    text = (
        "Westmere Partnership\n\n" + title + "\n\nNia died in her sleep when she was ten weeks old. "
        "Nia had been sharing a bed with her mother. Nia's father was at work."
    )
    assert _aliases(text) == ["Baby Nia"]


@pytest.mark.parametrize("title", ["BABY ROWAN", '"BABY ROWAN"', "INFANT ROWAN"])
def test_shouted_title_with_a_prefixed_name(title):
    prefix = title.strip('"').split()[0].title()
    text = (
        "Practice Review\n\n" + title + "\n\n1. Introduction\n\nIn 2023 " + prefix + " Rowan, aged ten weeks, "
        "was taken to hospital. Rowan had a fractured arm. Sibling was at school that day. Sibling was "
        "later seen by a social worker."
    )
    assert _aliases(text) == [prefix + " Rowan"]
