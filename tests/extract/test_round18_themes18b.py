"""Round 18b practice themes: the man at the visit nobody spoke to, men unseen by professionals,
praise of a father's engagement, and a father outside the child's life described rather than
criticised. All text here is invented for the tests."""

from __future__ import annotations

import pytest

from caselearn.extract.pipeline import Pipeline
from caselearn.extract.text import Doc

_PIPELINE = Pipeline()


def themes_of(text: str) -> dict[str, str]:
    case = _PIPELINE.run(Doc.from_text(text)).to_dict()["case"]
    return {k: v["value"] for k, v in case.items() if k.startswith("theme_")}


def report(findings: str) -> str:
    return (
        "Practice review: Child R\n\n1. Introduction\n\nChild R was eleven months old.\n\n"
        f"4. Findings\n\n{findings}\n\n5. Recommendations\n\n"
        "1. The partnership should refresh its guidance for practitioners.\n"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        # long formal prose
        "The baby's stepfather was at home for most of the midwife's visits and was never asked about his "
        "own care of the infant, although he gave most of the night feeds.",
        "The father was in the room at the review health contact but was not addressed by the practitioner.",
        # terse bullets
        "- Mr K present at HV contact; not spoken to re sleeping arrangements.",
        "- Boyfriend was there at the CSC visit and was not included in the conversation.",
        # unseen / who he was
        "5.2 Mr D was unseen by professionals throughout the period under review.",
        "A young man let the HV in; she never asked who he was.",
        "No professional asked who the man was who collected the children from nursery.",
        "Neither man was assessed as part of the CP plan.",
        "Neither of the men was spoken to by police or health.",
        # advice to one parent only
        "Coping-with-crying advice is typically given to mothers and not to fathers.",
        "Health leaflets on crying went to women and not to male carers in the household.",
        "No assessment of him as a parent was ever made by CSC.",
    ],
)
def test_invisible_men_new_phrasings(sentence: str) -> None:
    assert themes_of(report(sentence)).get("theme_invisible_men") == "present"


@pytest.mark.parametrize(
    "sentence",
    [
        # a father outside the child's life, template field and prose
        "- Father: not involved, whereabouts unknown.",
        "Her dad had not been involved for years and was living abroad.",
        # the review's own praise
        "Father was engaged at every contact and given safer sleep advice.",
        # someone else present, not a man
        "The grandmother was present at the visit but was not spoken to about the sleeping arrangements.",
        # a mother's account, not men unseen
        "The health visitor saw the mother and the baby together and weighed the baby.",
    ],
)
def test_invisible_men_near_misses(sentence: str) -> None:
    assert themes_of(report(sentence)).get("theme_invisible_men") != "present"


def test_praise_of_father_engagement_reads_absent() -> None:
    text = report("- Dad was engaged at every HV contact; no learning about the engagement of men identified.")
    assert themes_of(text).get("theme_invisible_men") == "absent"


@pytest.mark.parametrize(
    "sentence",
    [
        # long formal prose
        "The aunt was repeatedly named as the family's safety net, yet no professional checked whether she "
        "was still visiting the home.",
        "That belief let every agency feel reassured at the very point when the risk was rising.",
        # terse
        "- Pattern of bruising visible in the ED record; no one asked why.",
        "- CSC did not confirm whether the grandparents' offer of care was real.",
        # police / health voice
        "Officers did not check who else was living at the address before leaving.",
    ],
)
def test_critical_thinking_not_checking(sentence: str) -> None:
    assert themes_of(report(sentence)).get("theme_critical_thinking") == "present"


@pytest.mark.parametrize(
    "sentence",
    [
        # asking a child or parent why: their voice or engagement, not a lack of curiosity
        "Nobody asked Leah why she had stopped going to the clinic.",
        # a check that was made
        "The social worker checked whether the grandmother was still visiting and found that she was.",
        # the review saying what it looked into
        "The review checked whether the referral was passed on, and found that it was.",
    ],
)
def test_critical_thinking_near_misses(sentence: str) -> None:
    assert themes_of(report(sentence)).get("theme_critical_thinking") != "present"
