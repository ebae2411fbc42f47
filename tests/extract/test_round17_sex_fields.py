"""Round 17 (lead, from probes-v1): the sex given in a form field beside the child's age without an
article ("Child N, four-year-old girl", "Child N - 13yo M"). Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes


@pytest.mark.parametrize(
    ("field", "sex"),
    [
        ("Child: Child N, four-year-old girl", "female"),
        ("Child: Child N, 9-month-old boy, White British", "male"),
        ("Subject: Child N - 13yo M, known to YOT", "male"),
        ("Subject: Child N - 15 yrs F", "female"),
    ],
)
def test_sex_in_a_field_beside_the_age(field: str, sex: str) -> None:
    text = f"Rapid Review record\n{field}\nChild N was found alone in the street at 2am in 2024.\n"
    assert child_codes(text)[0]["sex"] == sex


def test_another_childs_age_and_sex_in_a_field_is_not_the_subjects() -> None:
    text = (
        "Rapid Review record\nSubject: Child N (sex not recorded)\nSibling: 9-month-old boy, not a subject\n"
        "Child N was found alone in the street at 2am in 2024.\n"
    )
    assert child_codes(text)[0]["sex"] != "male"
