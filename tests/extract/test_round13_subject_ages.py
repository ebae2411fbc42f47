"""Round 13 (subjects): an age or school year said of an adult named by title and letter ("Ms R",
"Mr T") is that adult's, even where the letter is also the subject child's code; the child's own age
still counts. Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes


def _child(text: str) -> dict[str, object]:
    return child_codes(text)[0]


@pytest.mark.parametrize(
    "about_parent",
    [
        "Her mother, Ms R, was 16 years old and lived with her own grandparents in a two-bedroom flat.",
        "Ms R was 16 at the time and had told nobody at home about the pregnancy.",
        "- M (Ms R): aged 16, in Year 11 at the local academy, known to CAMHS in 2022.",
        "School (sixth form): Ms R was in Year 12 and attending most days.",
        "Mr R, then 17, was the baby's father; police spoke to him the following day.",
    ],
)
def test_titled_parent_sharing_the_childs_letter_gives_no_child_age(about_parent: str) -> None:
    text = (
        "Rapid Review: Baby R\n\n1. Background\n\nBaby R was a baby boy delivered at home in the early "
        "hours. " + about_parent + " Baby R was taken to hospital by ambulance and could not be revived.\n"
    )
    child = _child(text)
    assert child["age_months"] == "not_known"
    assert child["age_band"] in ("not_known", "under_1")


@pytest.mark.parametrize(
    ("sentence", "months"),
    [
        ("Child T, aged 15, lived with Ms T and her partner Mr Doyle, aged 41.", 180),
        ("Mr Doyle (41) and Ms T (38) cared for Child T, who was 15 when the assault happened.", 180),
        ("Child T was a 15-year-old boy; Ms T told the CSC worker she had been worried for months.", 180),
    ],
)
def test_child_age_beside_titled_adults_still_counts(sentence: str, months: int) -> None:
    text = "Local Child Safeguarding Practice Review: Child T\n\n2. Background\n\n" + sentence + " Child T survived.\n"
    assert _child(text)["age_months"] == months
