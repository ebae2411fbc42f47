"""Round 17 (lead): a status "had been ... since <year>" runs up to the time the report tells of, so
an old year does not make it a spell that ended ("Child Q had been a looked after child since
2021", incident in 2023). Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes

OPENING = "LCSPR: Child Q\n\nChild Q was 14 years old when she was seriously assaulted in 2023. "


def _child(sentence: str) -> dict[str, str]:
    return child_codes(OPENING + sentence + "\n")[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "Child Q had been a looked after child since 2021, placed out of area.",
        "Child Q had been in foster care since 2020 under a care order.",
        "Child Q has been looked after by the local authority since March 2021.",
    ],
)
def test_looked_after_since_an_earlier_year(sentence: str) -> None:
    child = _child(sentence)
    assert child["looked_after"] == "present"
    assert child["living_at_home"] == "absent"


@pytest.mark.parametrize(
    "sentence",
    [
        "Child Q had been looked after from 2015 to 2017, when she returned home to her mother.",
        "Child Q was in foster care in 2019 for a few weeks and went home.",
    ],
)
def test_a_spell_that_ended_is_still_not_present(sentence: str) -> None:
    assert _child(sentence)["looked_after"] != "present"
