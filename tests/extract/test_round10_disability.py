"""Round 10 (child disability): a mark found to be a birthmark, a condition only tested for or
ruled out, and an acquired brain injury that is the harm under review are not a disability; a
named condition still is. Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes

OPENING = "Local Child Safeguarding Practice Review\n\n1. Introduction\n\n"
TODDLER = "Finn was two years old when he was found seriously injured in March 2022. Finn survived. "
BABY = "Baby R was four months old when she was admitted to hospital in May 2023. Baby R survived. "


def disability(child: str, sentences: str) -> str:
    return child_codes(OPENING + child + sentences)[0]["disability"]


@pytest.mark.parametrize(
    "child, sentences",
    [
        # a mark that a medical found to be a birthmark
        (TODDLER, "The paediatrician concluded that the blue marks on his back were congenital birthmarks."),
        (BABY, "CP medical: marks = Mongolian blue spots (congenital); no further action by police."),
        (TODDLER, "The GP recorded congenital dermal melanocytosis at the six-week check, not bruising."),
        # a condition tested for or ruled out
        (BABY, "Tests for cystic fibrosis were arranged by the hospital and came back negative."),
        (TODDLER, "- HV raised poss. heart condition; cardiology ruled out any defect."),
        (BABY, "She was investigated for coeliac disease but no medical cause for her poor weight was found."),
        # the harm itself, not a disability before it
        (TODDLER, "Finn now lives with an acquired brain injury and visual impairment from the assault."),
        (BABY, "Outcome: acquired brain injury; some degree of visual impairment expected."),
    ],
)
def test_not_a_disability(child: str, sentences: str) -> None:
    assert disability(child, sentences) != "present"


@pytest.mark.parametrize(
    "child, sentences",
    [
        (TODDLER, "Finn had a congenital heart condition and had been under the cardiology team since birth."),
        (BABY, "Baby R was born with cystic fibrosis and was seen weekly by the specialist nurse."),
        (TODDLER, "Health: epilepsy (diagnosed 2021), managed by GP and community paediatrics."),
    ],
)
def test_still_a_disability(child: str, sentences: str) -> None:
    assert disability(child, sentences) == "present"
