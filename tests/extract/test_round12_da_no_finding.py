"""Round 12 (domestic abuse): a review that says it makes no finding about domestic abuse leaves the
matter open (not known), whatever rumour or argument it mentions; an abuse the review does record
stays present. Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import case_codes

OPENING = "Child Safeguarding Practice Review\n\n3. Family background\n\n"
CHILD = "Mia was two years old when she was admitted to hospital with burns in June 2023. "


def _da(sentences: str) -> str:
    return case_codes(OPENING + CHILD + "\n\n" + sentences)["domestic_abuse"]


@pytest.mark.parametrize(
    "sentences",
    [
        "Neighbours spoke of shouting and arguments between the parents, but nothing was reported to police "
        "and this review makes no finding about domestic abuse.",
        "- DA: arguments between the couple reported by a neighbour; panel made no determination as to DA.",
        "Police held one log of a verbal argument between the parents. The review reached no conclusion on "
        "whether there was domestic abuse in the relationship.",
    ],
)
def test_no_finding_leaves_it_open(sentences: str) -> None:
    assert _da(sentences) == "not_known"


@pytest.mark.parametrize(
    "sentences",
    [
        "Police were called three times to incidents of domestic abuse by the father against the mother.",
        "- DA: MARAC referral in 2022 after the partner assaulted Mum; high risk DASH.",
        "The review makes no finding about the housing provider's response. The mother had disclosed "
        "domestic abuse by her partner to the HV in 2022.",
    ],
)
def test_recorded_abuse_stays_present(sentences: str) -> None:
    assert _da(sentences) == "present"
