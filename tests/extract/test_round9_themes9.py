"""Round 9, practice themes: more of the ways a finding says an assessment fell short. All text is
invented for the tests."""

from __future__ import annotations

import pytest

from caselearn.extract.pipeline import Pipeline
from caselearn.extract.text import Doc

_PIPELINE = Pipeline()


def theme(findings: str, variable: str) -> str:
    text = (
        "Local child safeguarding practice review: Child N\n\n1. Introduction\n\nChild N was two years old.\n\n"
        f"4. Findings\n\n{findings}\n\n5. Recommendations\n\n1. Agencies should audit their practice.\n"
    )
    case = _PIPELINE.run(Doc.from_text(text)).to_dict()["case"]
    return case[variable]["value"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The older sibling's self-harm was not part of the single assessment, although it was known to the school.",
        "- Finding 2: gaps in the CIN assessment (no chronology; risk from the uncle not explored).",
        "The MASH screening missed the pattern of repeated police call-outs to the address.",
        "The young person's own account of being groomed was not captured in any assessment or plan.",
        "Both the pre-birth assessment and the CP plan assumed that Mum would leave the relationship.",
        "Each agency logged its own worry on its own system and no one brought them together; the HV, "
        "the GP and the school noted each injury but did not put them together.",
    ],
)
def test_assessment_quality_in_other_words(sentence: str) -> None:
    assert theme(sentence, "theme_assessment_quality") == "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "The paediatric assessment was thorough and the social worker's assessment was of good quality.",
        "The family support worker was part of the core group from the start.",
        "The school nurse missed one appointment because of sickness and rebooked it the same week.",
    ],
)
def test_assessment_quality_near_misses(sentence: str) -> None:
    assert theme(sentence, "theme_assessment_quality") != "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "Finding 3: Mr K remained invisible to every agency that worked with the family.",
        "Neither the father nor the mother's new partner was assessed by children's social care.",
        "- Mr B (lodger, then partner): seen only once, at the door, by the HV.",
        "When the new partner moved in there was no process for any agency to check him or his history.",
    ],
)
def test_invisible_men_in_other_words(sentence: str) -> None:
    assert theme(sentence, "theme_invisible_men") == "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "Neither the health visitor nor the GP was told about the move.",
        "The father was assessed fully and took part in every core group.",
        "Men in the household were identified and assessed promptly by the social worker.",
    ],
)
def test_invisible_men_near_misses(sentence: str) -> None:
    assert theme(sentence, "theme_invisible_men") != "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "The social worker took the carers' explanation of the bruise at face value.",
        "- HV/GP: Mum's account taken at face value; no check with nursery.",
        "Staff lacked the confidence to challenge a senior clinician's view.",
        "Newly qualified workers said they were without the support they needed to escalate disagreements.",
        "Officers did not stop to ask why a fourteen-year-old was in a flat at 3 a.m.",
    ],
)
def test_critical_thinking_in_other_words(sentence: str) -> None:
    assert theme(sentence, "theme_critical_thinking") == "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "The family took the advice of the health visitor at every visit.",
        "The school nurse had the confidence and backing of her manager.",
    ],
)
def test_critical_thinking_near_misses(sentence: str) -> None:
    assert theme(sentence, "theme_critical_thinking") != "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "His online world, where he met the men who groomed him, was never explored by any agency.",
        "Kayden's isolation at school and his fears about going home had not been recognised.",
        "- The child's inner world: not asked about at any CIN visit.",
    ],
)
def test_child_daily_life_in_other_words(sentence: str) -> None:
    assert theme(sentence, "theme_child_daily_life") == "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "Mother's isolation after the move was not recognised by the health visitor.",
        "His world was not at risk of collapse; the family had stable housing and income.",
    ],
)
def test_child_daily_life_near_misses(sentence: str) -> None:
    assert theme(sentence, "theme_child_daily_life") != "present"
