"""Round 17 (child flags): a child's disability denied in the shapes reports use: a template field whose
label joins health and disability, "neither ... has any ongoing health condition", "does not have any
diagnosed ... disability", "no known conditions". Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes


def _child(text: str) -> dict[str, str]:
    return child_codes(text)[0]


_INTRO = "Rapid review: Child P\n\nChild P was four years old when she was injured at home in 2024. "


@pytest.mark.parametrize(
    "sentence",
    [
        # template fields
        "\nHealth and disability:  None known.\n",
        "\nDisability / health - nil\n",
        "\nHealth/disability:  term baby, normal checks, no known conditions\n",
        # long formal prose
        "School and health records seen by the reviewer confirm that Child P does not have any identified "
        "learning difficulty or disability.",
        # health voice
        "Per the GP record she did not have any long-term health condition.",
    ],
)
def test_a_denied_disability_is_absent(sentence: str) -> None:
    assert _child(_INTRO + sentence).get("disability") == "absent"


def test_neither_twin_has_any_ongoing_health_condition() -> None:
    text = (
        "Rapid review: Twin A and Twin B\n\nThe twins were born early in 2023 and spent a week in special care; "
        "neither twin has any ongoing health condition. Twin A was injured in March 2024.\n"
    )
    assert [c.get("disability") for c in child_codes(text)] == ["absent", "absent"]


@pytest.mark.parametrize(
    "sentence",
    [
        # another person's
        "An assessment found that her mother did not have a learning disability.",
        # hedged
        "It is not clear whether she has any diagnosed disability.",
        # a condition she does have
        "She has a diagnosis of cerebral palsy and the family do not have any support for it.",
    ],
)
def test_near_misses_are_not_absent(sentence: str) -> None:
    assert _child(_INTRO + sentence).get("disability") != "absent"
