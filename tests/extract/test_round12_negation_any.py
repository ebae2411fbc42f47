"""Round 12 (negation): a denial carried by "any" over a long list or a long phrase ("the panel was
not made aware of any parental substance misuse, offending, mental ill-health or domestic abuse")
denies the item at the end of the list too. A "but" or a semicolon ends it, and a list after an
affirmed clause is not denied. Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import case_codes

OPENING = "Safeguarding Practice Review\n\n2. The family\n\n"
BABY = "Ruby was seven weeks old when she was admitted to hospital with a skull fracture in May 2022. "


def _da(sentences: str) -> str:
    return case_codes(OPENING + BABY + "\n\n" + sentences)["domestic_abuse"]


@pytest.mark.parametrize(
    "sentences",
    [
        "The review panel was not made aware by any agency of parental mental ill-health, drug or alcohol "
        "misuse, offending, debt or domestic abuse.",
        "- Police: no record of call-outs to any address linked to the family for domestic incidents.",
        "Neither the HV nor the GP had any information about parental substance misuse, criminality, "
        "housing problems or DA.",
    ],
)
def test_a_long_denial_covers_the_end_of_its_list(sentences: str) -> None:
    assert _da(sentences) != "present"


@pytest.mark.parametrize(
    "sentences",
    [
        "The father had not engaged with any of the services offered to him after his release and was "
        "violent towards the mother; police attended a domestic incident in March.",
        "No agency shared any concerns with the GP, but police had attended two domestic abuse incidents at "
        "the flat in the months before the injury.",
        "The mother did not tell any professional at the hospital; she later disclosed years of domestic "
        "abuse by her partner.",
    ],
)
def test_a_denial_ended_before_the_match_leaves_it_present(sentences: str) -> None:
    assert _da(sentences) == "present"
