"""Round 11 (family flags): domestic abuse read from a denial or an agency's "none" is not present; an
agency's statement that it held nothing is absent in more word orders; abuse the review sets before
and apart from the current household is not this household's. Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import case_codes

OPENING = "Child Safeguarding Practice Review\n\n2. The family\n\n"
CHILD = "Theo was five months old when he was found unresponsive in January 2024. Theo died in hospital. "


def abuse(sentences: str) -> str:
    return case_codes(OPENING + CHILD + "\n\n" + sentences)["domestic_abuse"]


@pytest.mark.parametrize(
    "sentences",
    [
        "No agency had any information suggesting domestic abuse in the couple's relationship.",
        "None of the services that worked with the family held any concern about domestic violence.",
        "- DA: no service held any record or concern of DA at the address",
        "- There was no police-reported domestic abuse during the review period",
        "Each agency was asked whether it held anything to suggest domestic abuse; none did.",
        "The father said there was no domestic abuse, and none of the agencies who knew the couple had "
        "any concern about domestic abuse.",
    ],
)
def test_an_agency_held_nothing(sentences: str) -> None:
    assert abuse(sentences) == "absent"


@pytest.mark.parametrize(
    "sentences",
    [
        "The violence Ms N suffered from her first husband predates Theo's birth and is not relevant to the "
        "current household.",
        "DA from a previous partner predated the move to Kent; not part of the present household.",
    ],
)
def test_abuse_set_apart_from_the_current_household_is_not_present(sentences: str) -> None:
    assert abuse(sentences) != "present"


@pytest.mark.parametrize(
    "sentences",
    [
        "Police were called to the flat in March 2023 after the father assaulted the mother.",
        "- DA: father towards mother, MARAC referral Oct 2023",
        "The health visitor recorded domestic abuse by Theo's father in the weeks before his death.",
    ],
)
def test_abuse_in_the_household_is_still_present(sentences: str) -> None:
    assert abuse(sentences) == "present"


def test_a_parents_own_denial_is_not_absent() -> None:
    assert abuse("The mother told the midwife that there was no domestic abuse at home.") == "not_known"
