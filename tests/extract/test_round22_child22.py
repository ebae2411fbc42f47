"""Round 22 (child status): a key-facts table's "CSC status at (the time of the) incident | Open" row; a
"closed door" (a visit nobody answered) is no plan or case that was closed. Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes

OPENING = (
    "Rapid Review: Child M\n\n"
    "Child M, a girl aged 13, was found in a flat with two adult men in June 2024 and was admitted to "
    "hospital. She lives with her mother and stepfather.\n\n"
)


def _child(text: str) -> dict[str, str]:
    return child_codes(OPENING + text)[0]


# --- "CSC status at incident | Open" in a table of key facts -----------------------------------------


@pytest.mark.parametrize(
    "row",
    [
        "CSC status at incident | Open – assessment under way since May",
        "CSC status at the time of the incident | Open (child in need)",
        "Children's social care status at incident | open, allocated worker",
    ],
)
def test_status_at_incident_row_open(row: str) -> None:
    text = f"Key facts\n\nAge | 13\n{row}\nSchool | Year 8\n"
    assert _child(text)["social_care_status"] == "open"


@pytest.mark.parametrize(
    ("row", "want"),
    [
        ("CSC status at incident | Closed since March 2023", "closed"),
        ("CSC status at the time of incident | Not known to the service", "never_known"),
    ],
)
def test_status_at_incident_row_other_values(row: str, want: str) -> None:
    text = f"Key facts\n\nAge | 13\n{row}\nSchool | Year 8\n"
    assert _child(text)["social_care_status"] == want


# --- a closed door is no closed case or ended plan ---------------------------------------------------


@pytest.mark.parametrize(
    "door",
    [
        "Health visiting calls under the CP plan were often met by a closed door.",
        "Visits under the child protection plan were frequently to closed doors and drawn curtains.",
    ],
)
def test_closed_door_is_not_an_ended_plan(door: str) -> None:
    text = (
        "In April 2024 an initial child protection conference made Child M subject to a child protection "
        f"plan under the category of neglect. {door} The plan was in place when she was found.\n"
    )
    codes = _child(text)
    assert codes["cp_plan"] == "current"
    assert codes["social_care_status"] == "open"


def test_closed_plan_still_reads_previous() -> None:
    text = (
        "In 2021 Child M was made subject to a child protection plan under the category of neglect. "
        "The child protection plan was closed in 2022 when home conditions improved.\n"
    )
    assert _child(text)["cp_plan"] == "previous"
