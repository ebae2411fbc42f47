"""Round 18 (lead, from heldout-v16): a terse line giving the school year with the school ("In Year 9 at
Holtby Academy", "YP D, Year 10 at Marsh Lane High") gives the age band; a brother brought in after the
child's name ("J also had a brother ...") owns the "He" that opens the next sentence. Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes


@pytest.mark.parametrize(
    ("line", "band"),
    [
        ("Subject: YP D. In Year 9 at Holtby Academy. Gender not recorded in this document.", "11_15"),
        ("Subject: YP D, Year 12 at Marsh Lane College. Sex not recorded.", "16_plus"),
        ("Subject: YP D, Year 4 at St Anne's Primary School. Sex not recorded.", "6_10"),
    ],
)
def test_a_school_year_with_the_school(line: str, band: str) -> None:
    text = f"RAPID REVIEW - YOUNG PERSON D\n\n{line}\n\nIncident: 2024. YP D was found after a missing episode.\n"
    (child,) = child_codes(text)
    assert child["age_band"] == band


def test_a_brother_brought_in_owns_the_next_he() -> None:
    text = (
        "SERIOUS CASE REVIEW - CHILD R\n\n1.1 Child R died in 2015 aged six after a head injury. R's mother's "
        "partner was convicted of R's murder.\n1.2 R also had a brother, aged 2 at the time, who is not a subject "
        "of this review. He now lives with his grandparents.\n"
    )
    (child,) = child_codes(text)
    assert child["sex"] == "not_known"


def test_the_childs_own_he_after_a_sister_is_named() -> None:
    text = (
        "SERIOUS CASE REVIEW - CHILD R\n\n1.1 Child R died in 2015 aged six after a head injury; his sister was at "
        "school. He had been seen by the GP a week earlier.\n"
    )
    (child,) = child_codes(text)
    assert child["sex"] == "male"
