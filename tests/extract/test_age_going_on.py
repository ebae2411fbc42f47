"""Ages told in the sentence after the child is named, and adults called "Ms B" in a review of
Child B. Made-up reports in a few voices."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes


@pytest.mark.parametrize(
    "text, months",
    [
        (
            "Serious Case Review: Child H\n\n1. Introduction\n\nChild H died in hospital in June 2016 after a "
            "head injury. He was just over 18 months old. Later, a gap of five weeks passed during which no "
            "health visitor saw Child H.",
            18,
        ),
        (
            "LCSPR Baby R\n\nBaby R was admitted to hospital on 3 May 2022 with bruising. She was ten weeks "
            "old. Baby R's father had left the home when Baby R was two weeks old.",
            2,
        ),
    ],
)
def test_age_in_the_sentence_that_goes_on_about_the_child(text, months):
    assert child_codes(text)[0]["age_months"] == months


def test_an_adult_called_ms_b_is_not_child_b():
    text = (
        "Local Child Safeguarding Practice Review: Child B\n\nChild B died in hospital in 2020. He was "
        "fourteen months old. He lived with his mother (Ms B, aged 20) and her partner (Mr Z, aged 26)."
    )
    coded = child_codes(text)
    assert len(coded) == 1 and coded[0]["age_months"] == 14 and coded[0]["age_band"] == "1_5"


def test_a_numbered_sibling_is_not_named_by_its_number():
    text = (
        "Local Child Safeguarding Practice Review: Child K\n\n1. Introduction\n\n1.1 Child K died in 2019, "
        "aged 14 months. Her brother, referred to as Sibling 1, was five at the time and was not harmed.\n\n"
        "1.2 The family moved in 2018."
    )
    coded = child_codes(text)
    assert coded[0]["alias"] == "Child K" and coded[0]["age_months"] == 14
