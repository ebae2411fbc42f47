"""Round 24 (status24-doubt): changes that put several released values right but lose one whose truth goes
against the conventions or the majority of writers. Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes

TAIL = "\n\nThe review found that agencies did not share what they knew about the home.\n"


@pytest.mark.parametrize(
    "said",
    [
        "Child Q, aged 2 years 3 months, was admitted to intensive care after he drank from a bottle of his "
        "father's methadone, which had been left on the kitchen worktop.",
        "Incident: 06/2024 - ingestion of methadone at home by Child Q, aged two.",
    ],
)
def test_young_child_swallowing_a_carers_drug_is_neglect(said: str) -> None:
    codes = child_codes("Rapid Review: Child Q\n\n" + said + TAIL)[0]
    assert (codes["harm_category"], codes["neglect_feature"]) == ("neglect", "present")


def test_teenager_overdose_is_not_neglect() -> None:
    said = "Child Q, aged 15, was admitted to intensive care after he took tablets he had bought online."
    codes = child_codes("Rapid Review: Child Q\n\n" + said + TAIL)[0]
    assert codes["neglect_feature"] != "present"


def test_an_ehcp_for_semh_needs_is_not_mental_health() -> None:
    said = (
        "Child Q, a boy aged ten, was assaulted by his stepfather in 2023. He has an education, health and care "
        "plan for social, emotional and mental health needs and a diagnosis of ADHD."
    )
    codes = child_codes("Serious Case Review: Child Q\n\n" + said + TAIL)[0]
    assert (codes["disability"], codes["child_mental_health"]) == ("present", "not_known")
