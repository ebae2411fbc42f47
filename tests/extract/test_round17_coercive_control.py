"""Round 17 (lead): coercive control told of one adult towards another, in the words reviews use
("the father was coercive and controlling towards the mother", "described her partner as
controlling", "had been controlling and violent towards her"), and not of a parent towards a child
or of a child's exploiters. Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import case_codes

OPENING = "LCSPR: Child R\n\nChild R was 3 years old when he was admitted to hospital with a head injury in 2023. "


@pytest.mark.parametrize(
    "sentence",
    [
        "The father was coercive and controlling towards the mother throughout their relationship.",
        "Ms K told the HV that Mr T was controlling of her money, her phone and who she saw.",
        "The mother described her partner as very controlling; he would not let her see her friends.",
        "After his arrest, Ms K disclosed that he had been controlling and verbally abusive towards her.",
        "The mother described her relationship with Child R's father as controlling.",
    ],
)
def test_coercive_control_between_the_adults_is_domestic_abuse(sentence: str) -> None:
    assert case_codes(OPENING + sentence + "\n")["domestic_abuse"] == "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "The mother was controlling of the children and rarely let them play outside.",
        "The father described the older boys as controlling of their younger brother.",
        "The men controlling the flat coerced Child R's brother into carrying drugs.",
        "Her relationship with her own mother was described as close.",
    ],
)
def test_control_of_children_or_by_exploiters_is_not(sentence: str) -> None:
    assert case_codes(OPENING + sentence + "\n")["domestic_abuse"] != "present"
