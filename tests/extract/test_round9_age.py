"""Round 9: ages set beside the name in months or weeks, template labels with leader dots or bars,
"was 14 and would have been in Year 9", a child described at length before the age ("X is a young
woman who was 14 when ..."), and a death on a birthday. Invented reports, with near misses."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes


def child(text: str) -> dict:
    return child_codes(text)[0]


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


def children(text: str) -> dict[str, dict]:
    return {c["alias"]: c for c in child_codes(text)}


def test_table_with_a_column_per_child_bars() -> None:
    text = (
        "Thematic review: three infants\n\nThe babies | Baby A | Baby B | Baby C\n"
        "Age at incident | 4 months | 19 weeks | 6 months\nSex | Male | withheld | Female\n\n"
        "Baby A was found with bruising. Baby B had a subdural haemorrhage. Baby C had rib fractures."
    )
    kids = children(text)
    assert [kids[n]["age_months"] for n in ("Baby A", "Baby B", "Baby C")] == [4, 4, 6]
    assert [kids[n]["sex"] for n in ("Baby A", "Baby B", "Baby C")] == ["male", "not_known", "female"]


def test_table_with_a_cell_per_line() -> None:
    text = (
        "Joint review: two siblings\n\nSummary\n\nChildren\n\nChild J\n\nChild K\n\nAge\n\n13 years\n\n"
        "just under 2 years\n\nGender\n\nF\n\nM\n\nChild J was exploited by older men. Child K was found with "
        "a fractured arm after she was left alone with him."
    )
    kids = children(text)
    assert kids["Child J"]["age_months"] == 156
    assert kids["Child K"]["age_months"] == 23
    assert kids["Child J"]["sex"] == "female"
    assert kids["Child K"]["sex"] == "male"


def test_list_of_names_that_is_no_table() -> None:
    text = (
        "Review: the L children\n\nThe children\n\nChild L1\n\nChild L2\n\nBackground\n\nChild L1 was born in "
        "2015. Child L1, aged 8, was found with bruising. Child L2, aged 5, was not harmed."
    )
    kids = children(text)
    assert kids["Child L1"]["age_months"] == 96
    assert kids["Child L2"]["age_months"] == 60


def test_routine_contact_is_not_the_age() -> None:
    text = (
        "Review: Baby R\n\nThe health visitor saw Baby R at the new birth and six-week contacts and found "
        "nothing of concern.\n\nShe died on 3 March 2022, aged just over five months, after being found "
        "unresponsive."
    )
    assert child(text)["age_months"] == 5
