"""Round 9: ages set beside the name in months or weeks, template labels with leader dots or bars,
"was 14 and would have been in Year 9", a child described at length before the age ("X is a young
woman who was 14 when ..."), and a death on a birthday. Invented reports, with near misses."""

from __future__ import annotations

import pytest

from caselearn.extract.pipeline import Pipeline
from caselearn.extract.text import Doc


def child(text: str) -> dict:
    data = Pipeline().run(Doc.from_text(text), "t.txt").to_dict()
    return {k: v["value"] for k, v in data["children"][0].items()}


AGES = [
    # prose: months beside the name
    ("Rapid review: Baby W\n\nBaby W, 7 months, died in hospital from an abusive head trauma.", 7),
    # police voice: weeks beside the name, with "then aged"
    (
        "Police summary: Infant L\n\nInfant L, then aged ten weeks, was brought to ED by ambulance with a head injury.",
        2,
    ),
    # bracketed, with the sex
    ("Rapid Review: Baby N\n\nBaby N (5 months, female) was found with rib fractures at a routine check.", 5),
    # template with leader dots
    (
        "RAPID REVIEW FORM\nName ............ Baby G\nAge ............. just under four months\nGender .......... "
        "Female\nIncident: skull fracture.",
        3,
    ),
    # template with a bar
    ("Rapid review template\n\nSubject | Child U\nAge | 14\nIncident | stabbed near school", 168),
    # "was 14 and would have been in Year 9"
    (
        "Review: Child P\n\nChild P was 14 and would have been in Year 10 when she was admitted to hospital "
        "severely underweight.",
        168,
    ),
    # described at length before the age
    (
        "LCSPR: Young Person K\n\n3.1 Young Person K is a White British young woman who was 15 when, in May 2023, she "
        "was found with older men after going missing.",
        180,
    ),
    # a death on a birthday
    ("Review: Child K\n\nChild K died on his first birthday after being found face down in the bath.", 12),
]


@pytest.mark.parametrize("text,months", AGES)
def test_age_phrasings(text: str, months: int) -> None:
    assert child(text)["age_months"] == months


def test_months_after_name_that_are_a_duration() -> None:
    text = (
        "Review: Baby A\n\nBaby A, 6 months after the family moved, was taken to hospital; she was "
        "a 9-month-old baby by then."
    )
    assert child(text)["age_months"] == 9


def test_mother_described_at_length_is_not_the_child() -> None:
    text = (
        "Review: Child M\n\nChild M's mother is a young woman who was 17 when she had him. Child M was 3 "
        "when he was admitted with burns."
    )
    assert child(text)["age_months"] == 36


def test_template_age_of_another_person_is_not_taken() -> None:
    text = (
        "RAPID REVIEW FORM\nName ........ Baby H\nAge ......... 6 weeks\nMother ...... aged 9-11 on a CP plan "
        "herself; now 19.\nIncident: bruising."
    )
    assert child(text)["age_months"] == 1
