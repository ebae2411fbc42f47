"""Round 17 (lead): ages written as one hyphenated compound ("a 2-year-1-month-old girl") and an age
that follows an injury word but describes the child ("fractures to a 10-week-old boy"), as national
summaries and review openings write them. Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes


def _age(body: str) -> int | str:
    return child_codes(f"Serious Case Review: Child J\n\n{body}\n")[0]["age_months"]


@pytest.mark.parametrize(
    ("body", "months"),
    [
        ("Death of a 2-year-1-month-old girl in hospital from a head injury. Child J was in her mother's care.", 25),
        ("This review follows the serious injury of Child J, a 5-year-and-3-month-old boy, at home.", 63),
        ("Child J (a 1-year-11-month-old toddler) was admitted to PICU on 3 March.", 23),
        ("Child J was 4 years and 10 months old when he died.", 58),
    ],
)
def test_years_and_months_in_one_compound(body: str, months: int) -> None:
    assert _age(body) == months


@pytest.mark.parametrize(
    ("body", "months"),
    [
        ("The review concerns serious injuries to a 4-month-old baby boy, Child J, including rib fractures.", 4),
        ("Non-accidental injuries to a 10-week-old girl: Child J had a brain injury and retinal bleeding.", 2),
        ("Child J, bruising noted to a 9-month-old infant by the HV; CSC not told.", 9),
    ],
)
def test_an_age_after_an_injury_word_that_describes_the_child(body: str, months: int) -> None:
    assert _age(body) == months


@pytest.mark.parametrize(
    "body",
    [
        "Child J had bruises on his back which were about two weeks old when the GP saw them.",
        "A skeletal survey of Child J found healing fractures around 3 weeks old.",
        "Child J's burns were judged to be several days old and 6 weeks old respectively.",
    ],
)
def test_the_age_of_an_injury_is_still_not_the_childs(body: str) -> None:
    assert _age(body) == "not_known"


@pytest.mark.parametrize(
    ("body", "months"),
    [
        ("Child J died aged 10 days after his mother gave birth at home without help.", 0),
        ("Child J was admitted to the children's ward aged 7 weeks after a collapse at home.", 1),
        ("- Child J: aged eleven months before the incident, per HV records; died in May.", 11),
    ],
)
def test_aged_makes_an_age_whatever_follows(body: str, months: int) -> None:
    assert _age(body) == months


@pytest.mark.parametrize(
    "body",
    [
        "The family moved to Northbridge 6 weeks later and Child J was not registered with a GP.",
        "Child J's mother was seen 10 days after the birth by the community midwife.",
    ],
)
def test_a_duration_without_aged_is_still_not_an_age(body: str) -> None:
    assert _age(body) == "not_known"
