"""Round 11 (child status): where a child lived when a report tells it only in passing, and the
social care and child protection status at the incident told in notes, tables and narrative.
Made-up reports."""

from __future__ import annotations

import pytest

from caselearn.extract.pipeline import Pipeline
from caselearn.extract.text import Doc

OPENING = "Local Child Safeguarding Practice Review\n\n1. Introduction\n\n"
TODDLER = "Finn was two years old when he was found seriously injured in March 2022. Finn survived. "
BABY = "Baby R was four months old when she was admitted to hospital in May 2023. Baby R survived. "
TEEN = "Kez was fifteen when he was stabbed in the town centre in June 2023. Kez survived. "


def code(child: str, sentences: str, variable: str) -> str:
    data = Pipeline().run(Doc.from_text(OPENING + child + sentences), "t.txt").to_dict()
    found = data["children"][0].get(variable)
    return found["value"] if found else "not_known"


@pytest.mark.parametrize(
    "child, sentences",
    [
        # a home and a parent told in passing, in prose, notes and police voice
        (TODDLER, "His mother rented a two-bedroom flat on the Larch estate and worked part-time at a bakery."),
        (BABY, "Household\n\n- Mother (M), 22. Partner Mr T, 30, moved in Aug 2022."),
        (TODDLER, "Officers attended the home address after a neighbour reported shouting; Ms P answered the door."),
        (BABY, "The health visitor saw Baby R at home with her father on two occasions in April 2023."),
    ],
)
def test_home_told_in_passing(child: str, sentences: str) -> None:
    assert code(child, sentences, "living_at_home") == "present"


@pytest.mark.parametrize(
    "child, sentences",
    [
        # looked after at the time: not at home
        (TODDLER, "Finn was a looked after child, living with foster carers; his mother had a flat nearby."),
        # a young person living away from family
        (TEEN, "Kez had been sofa surfing since the spring; his mother's flat was too small for him."),
        (TEEN, "Kez was living in a hostel; he visited his father's house at weekends."),
        # a baby born of a concealed pregnancy and found alone
        (BABY, "Her mother had concealed the pregnancy and gave birth alone in the bathroom of her parents' house."),
        # nothing about a home at all
        (TODDLER, "The review heard from practitioners in health and education."),
    ],
)
def test_home_not_assumed(child: str, sentences: str) -> None:
    assert code(child, sentences, "living_at_home") != "present"
