"""Round 12: a child's death told through the events of "the night of death", "the day of his death"
or "the circumstances of her death" (thematic reviews of several babies, bullet-point case notes)
is a death; another person's death on such a night is not the child's. Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes

OPENING = "Local Child Safeguarding Practice Review\n\n1. Introduction\n\n"


def codes(text: str, variable: str) -> list[str]:
    return [c[variable] for c in child_codes(OPENING + text)]


@pytest.mark.parametrize(
    "text",
    [
        "Baby J, a boy of four months, was known to the HV and the GP. On the night of his death his father, "
        "who had been drinking, fell asleep on the sofa with him.",
        "Baby J (girl, 6 weeks)\n- CSC: CIN plan open.\n- Night of death: mum and baby asleep together on a "
        "single mattress on the floor after mum had used cannabis.",
        "Police and the coroner's officer examined the circumstances of the death of Baby J, aged ten weeks; "
        "on the day of death the baby had been placed to sleep in an adult bed.",
    ],
)
def test_night_or_day_of_death_is_a_death(text):
    assert codes(text, "outcome") == ["death"]


@pytest.mark.parametrize(
    "text",
    [
        # the grandmother died; the baby was injured
        "Baby J, aged five months, was admitted with a skull fracture inflicted by a carer. On the night of her "
        "grandmother's death the family had gathered at the house.",
        # a near miss: the baby survived an unsafe sleep incident
        "Baby J (3 months, male) was resuscitated by paramedics after being found blue in the parents' bed; "
        "he was seriously harmed and has a lasting brain injury.",
    ],
)
def test_another_persons_death_or_a_survived_incident_is_not_the_childs_death(text):
    assert codes(text, "outcome") == ["serious_harm"]
