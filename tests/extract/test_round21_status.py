"""Round 21 (child status): what came after the incident in a terse note ("(post-incident)", "since the
fire") is not the child's status at the time; a template's "CSC: no involvement" is a family never known
to children's social care; a "CSC referral" in a dated note is earlier contact. Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes


def _child(text: str) -> dict[str, str]:
    return child_codes(text)[0]


_FORM = (
    "SAFEGUARDING PARTNERSHIP\nRAPID REVIEW\n\nDate of incident: 03/05/2024\n\nChild:   Child R\n"
    "Age:     7 yrs\nSex:     F\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "- R placed in FC s20 from discharge (post incident).",
        "Since the fire Child R has been looked after by the local authority and lives with an aunt.",
        "Post-incident: R became a looked after child under an interim care order.",
    ],
)
def test_care_after_the_incident_is_not_looked_after(line: str) -> None:
    codes = _child(_FORM + line + "\n")
    assert codes.get("looked_after", "not_known") != "present"
    assert codes.get("social_care_status", "not_known") != "open"


def test_care_before_the_incident_still_counts() -> None:
    codes = _child(_FORM + "Child R had been a looked after child since 2021, placed with foster carers.\n")
    assert codes.get("looked_after") == "present"


@pytest.mark.parametrize(
    "line",
    [
        "CSC: No involvement with R or her parents before the incident.",
        "Children's social care - no previous involvement.",
        "CSC | No contact with the family.",
    ],
)
def test_csc_field_no_involvement_is_never_known(line: str) -> None:
    assert _child(_FORM + line + "\n").get("social_care_status") == "never_known"


def test_csc_field_no_involvement_since_is_not_never_known() -> None:
    line = "CSC: no involvement since the case closed in 2019."
    assert _child(_FORM + line + "\n").get("social_care_status", "not_known") != "never_known"


@pytest.mark.parametrize(
    "line",
    [
        "- 05/2021: CSC referral from school (concern re neglect). Single assessment.",
        "2019: children's social care referral by the GP; NFA.",
    ],
)
def test_an_earlier_csc_referral_is_earlier_contact(line: str) -> None:
    assert _child(_FORM + line + "\n").get("social_care_status") == "closed"
