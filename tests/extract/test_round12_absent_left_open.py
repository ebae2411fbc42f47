"""Round 12 (flag engine): a denial that its own sentence leaves open ("no known concerns; the panel
had no information either way", "no agency raised it and the author could not establish more") is
not a statement that it was not so: not known. A denial standing on its own, or followed by an
unrelated remark, still counts. Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import case_codes

OPENING = "Local Child Safeguarding Practice Review\n\n2. Background\n\n"
BABY = "Ollie was ten weeks old when he was admitted to hospital with fractures in March 2021. Ollie survived. "


def _case(sentences: str) -> dict[str, str]:
    return case_codes(OPENING + BABY + "\n\n" + sentences)


@pytest.mark.parametrize(
    ("sentences", "variable"),
    [
        (
            "No agency held any information about drug misuse by the mother or her partner, although the "
            "review was not able to establish whether the partner used cannabis.",
            "parental_drug_misuse",
        ),
        (
            "- No known parental drug misuse (CSC); the RR panel had no information either way.",
            "parental_drug_misuse",
        ),
        (
            "The GP recorded no alcohol misuse by either parent; police could not confirm how much the father "
            "drank at weekends.",
            "parental_alcohol_misuse",
        ),
        (
            "Mum: no MH concerns recorded by HV or GP; her history before she moved to the area remains unknown.",
            "parental_mental_health",
        ),
    ],
)
def test_a_denial_left_open_is_not_known(sentences: str, variable: str) -> None:
    assert _case(sentences)[variable] == "not_known"


@pytest.mark.parametrize(
    ("sentences", "variable"),
    [
        ("No agency held any information about drug misuse by the mother or her partner.", "parental_drug_misuse"),
        ("- No known parental drug misuse (CSC, police).", "parental_drug_misuse"),
        ("The GP recorded no alcohol misuse by either parent.", "parental_alcohol_misuse"),
        (
            "Neither parent had any history of mental health difficulties. The family was not known to "
            "children's social care before the admission.",
            "parental_mental_health",
        ),
    ],
)
def test_a_plain_denial_still_counts(sentences: str, variable: str) -> None:
    assert _case(sentences)[variable] == "absent"
