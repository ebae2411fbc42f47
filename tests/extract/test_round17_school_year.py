"""Round 17 (age band from the school year): the common shapes of a school year said of the child at the
incident ("a boy in Year 9", a field "School year: Year 10", "Pupil C: girl, Year 8", "Child D (Year 7)"),
and the school years of the history that must not give the band. Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes


def _band(text: str, alias: str) -> object:
    return {c["alias"]: c.get("age_band", "not_known") for c in child_codes(text)}[alias]


@pytest.mark.parametrize(
    "said",
    [
        # formal prose
        "In the autumn of 2022 Keira, a girl in Year 8 at a secondary academy in the town, took an overdose.",
        # terse key facts
        "Keira: girl, Year 8. Overdose Nov 2022; admitted to PICU. Open to CSC (CIN).",
        # a template's field
        "This review concerns Keira.\n\nKey facts\nSchool year: Year 8\nIncident: overdose, November 2022",
        # beside the name
        "Keira (Year 8) was admitted to hospital after an overdose in November 2022.",
    ],
)
def test_the_school_year_at_the_incident_gives_the_band(said: str) -> None:
    text = "Child Safeguarding Practice Review: Keira\n\n" + said + "\n\nKeira lived with her father.\n"
    assert _band(text, "Keira") == "11_15"


@pytest.mark.parametrize(
    "history",
    [
        "When she was in Year 5 Keira was bullied by older girls.",
        "In Year 5 Keira began to miss school on Mondays.",
        "Keira's attendance fell in Year 4 and then in Year 5.",
        "Autumn 2019 (Year 5): first referral to the school nurse about Keira.",
        "Her brother, a boy in Year 9, was also known to the police.",
    ],
)
def test_a_school_year_of_the_history_or_of_another_child_gives_nothing(history: str) -> None:
    text = (
        "Child Safeguarding Practice Review: Keira\n\nKeira took an overdose in November 2022.\n\n"
        + history
        + "\n\nKeira lived with her father.\n"
    )
    assert _band(text, "Keira") == "not_known"
