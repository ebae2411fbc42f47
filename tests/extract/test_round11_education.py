"""Round 11 (elective home education): a young person in a school year at a school, or in alternative
provision at the time, is not home educated; a spell in a PRU that ended says nothing. Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes

OPENING = "Local Child Safeguarding Practice Review\n\n1. Introduction\n\n"
TEEN = "Kez was fifteen when he was stabbed in the town centre in June 2023. Kez survived. "


def ehe(sentences: str) -> str:
    return child_codes(OPENING + TEEN + sentences)[0].get("elective_home_education", "not_known")


@pytest.mark.parametrize(
    "sentences",
    [
        "Kez attends Year 10 at a large comprehensive school on the edge of town.",
        "After his exclusion Kez was placed in alternative provision on a part-time timetable.",
        "- Education: Kez attending AP (Oakfield) 3 days a week; attendance 61%.",
        "In March 2023 he moved to the Riverside pupil referral unit.",
    ],
)
def test_at_school_or_alternative_provision(sentences: str) -> None:
    assert ehe(sentences) == "absent"


@pytest.mark.parametrize(
    "sentences",
    [
        # a spell that ended, or what followed it
        "A place in alternative provision was discussed at the meeting but never offered.",
        "He attended the Hillside Pupil Referral Unit until he left at sixteen.",
        "He was placed in alternative provision in Year 9 and since then has been NEET.",
        # withdrawn to be home educated
        "In 2022 his mother withdrew him from school to educate him at home.",
    ],
)
def test_not_said_to_be_at_school(sentences: str) -> None:
    assert ehe(sentences) != "absent"
