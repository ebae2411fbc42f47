"""Round 20 (family): "no concerns were ever raised about ..." with no agency named, and "ever" or
"previously" between the words, is an explicit absence of drink or drug misuse. Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import case_codes

_OPEN = "Rapid review: Baby N\n\nBaby N, aged 3 months, was admitted to hospital with a skull fracture in 2023.\n\n"


@pytest.mark.parametrize(
    ("body", "variable"),
    [
        ("No concerns were ever raised about alcohol or substance use by either parent.", "parental_alcohol_misuse"),
        ("No concerns were ever raised about alcohol or substance use by either parent.", "parental_drug_misuse"),
        ("- Parents: no concerns previously recorded about drug use by either of them.", "parental_drug_misuse"),
        ("No concerns had been raised about parental alcohol use before the incident.", "parental_alcohol_misuse"),
    ],
)
def test_no_concerns_ever_raised(body: str, variable: str) -> None:
    assert case_codes(_OPEN + body + "\n")[variable] == "absent"


@pytest.mark.parametrize(
    "body",
    [
        # hedged
        "It is not clear whether concerns were ever raised about the parents' drinking.",
        # concerns were raised: not an absence
        "Concerns were raised about the father's alcohol use in 2022 by the health visitor.",
    ],
)
def test_not_an_absence(body: str) -> None:
    assert case_codes(_OPEN + body + "\n").get("parental_alcohol_misuse") != "absent"
