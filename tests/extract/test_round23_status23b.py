"""Round 23b (child statuses and flags): a bare "Both ..." / "Neither ..." about the subject children
right after a sentence about them together. Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes

TWO = (
    "Rapid Review: the H children\n\n"
    "In June 2023 two sisters, Child P and Child Q, told a teacher that a relative had hurt them.\n\n"
    "Subject children\n\n"
    "Child P | Child Q\n"
    "Age at incident | 9 years | 7 years\n"
    "Sex | Female | Female\n\n"
)
TAIL = "\nThe review found that agencies did not share what they knew about the family.\n"


@pytest.mark.parametrize(
    "said",
    [
        "Neither child had a learning need. Both attended Ysgol Bryn Derw, a bilingual primary school.",
        "The girls lived with their mother. Both attended the village primary school.",
        "Neither girl had been known to children's services. Both were on roll at Harcourt Primary School.",
    ],
)
def test_both_after_the_children_go_to_school(said: str) -> None:
    p, q = child_codes(TWO + said + "\n" + TAIL)
    assert (p["elective_home_education"], q["elective_home_education"]) == ("absent", "absent")


@pytest.mark.parametrize(
    "said",
    [
        # the parents, not the children
        "Their mother and father met at college. Both attended the village primary school as children.",
        # home education told of the children
        "The girls lived with their mother. Both attended the village primary school until they were "
        "withdrawn to be home educated in 2022.",
    ],
)
def test_both_not_the_children_or_left(said: str) -> None:
    p, q = child_codes(TWO + said + "\n" + TAIL)
    assert "absent" not in (p["elective_home_education"], q["elective_home_education"])
