"""Round 20 (agencies): the police in the set only for contact with the family before the incident;
not what someone told the police afterwards or their investigation of it, not what the police held
on a parent, not the police on the review's panel. All text invented for the tests."""

from __future__ import annotations

import pytest

from caselearn.extract.agencies import agencies
from caselearn.extract.text import Doc


def found(text: str, year: int | None = 2023) -> set[str]:
    s = agencies(Doc.from_text(text), year)
    return set(s.value) if s else set()


_GP = "The GP saw the mother with low mood twice in 2022.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        # what was told to the police after the incident, in several voices
        "After the incident the father told police that he had drunk two cans of lager.",
        "Mum's account to police was consistent with the medical findings.",
        "- MGM gave a matching account, separately, to the police.",
        # the investigation
        "The police investigation found that the injuries were inflicted.",
        "Police enquiries did not identify the man.",
        "The review, with the agreement of the police, concluded that this was grooming by a stranger.",
        # what the police held on a parent
        "Information about Mr R held by the police was not shared with other agencies.",
        "Police held information about the father's previous relationship which was not used.",
        # the panel
        "Review team: independent reviewer + panel (CSC, police, ICB, education).",
        "Invite: school, CAMHS, police (PPU), GP, HV.",
        "The rapid review panel (CSC, police, health) agreed that no LCSPR was needed.",
    ],
)
def test_police_without_contact_before_the_incident(sentence: str) -> None:
    assert found(_GP + sentence) == {"gp"}


@pytest.mark.parametrize(
    "sentence",
    [
        # contact before the incident still counts
        "Police were called to the address three times in 2021 after arguments between the parents.",
        "In March 2022 the mother told police that Mr R had pushed her; no further action was taken.",
        "The police held intelligence that the boy was being exploited and shared it at a strategy meeting.",
        "A police investigation in 2021 into the father's assault on a neighbour ended with a caution.",
        "Police: one DA call-out in 2020 (verbal argument), DASH standard risk.",
    ],
)
def test_police_in_contact_before_the_incident(sentence: str) -> None:
    assert "police" in found(_GP + sentence)
