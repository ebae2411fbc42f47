"""Round 17 (outcome, second pass): a young person's death after taking drugs, where someone was convicted of
supplying them, is not a killing outside the family; a conviction for the killing still is. Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes


def _child(text: str) -> dict[str, str]:
    return child_codes(text)[0]


@pytest.mark.parametrize(
    "said",
    [
        "A 19-year-old man has since been convicted of supplying the MDMA.",
        "Two young men were later charged with possession with intent to supply class A drugs.",
        "A twenty-year-old was arrested for being concerned in the supply of ketamine.",
    ],
)
def test_a_supply_conviction_is_not_a_homicide(said: str) -> None:
    text = (
        "LCSPR: Young Person E\n\n"
        "Young Person E, 15, died in hospital two days after collapsing at a party where she had taken ecstasy "
        f"and alcohol. {said} She had been reported missing by her mother that evening.\n"
    )
    child = _child(text)
    assert child["outcome"] == "death"
    assert child["death_category"] != "extrafamilial_homicide"


@pytest.mark.parametrize(
    "said",
    [
        "A 17-year-old boy has since been convicted of his murder.",
        "Two young men were later convicted of manslaughter.",
        "An 18-year-old was charged with murder the following week.",
    ],
)
def test_a_conviction_for_the_killing_is_outside_the_family(said: str) -> None:
    text = (
        "LCSPR: Young Person F\n\n"
        f"Young Person F, 16, died after he was attacked in a park in 2022. {said} He had been excluded from "
        "school.\n"
    )
    child = _child(text)
    assert child["outcome"] == "death"
    assert child["death_category"] in ("extrafamilial_homicide", "extrafamilial_fatal_assault")
