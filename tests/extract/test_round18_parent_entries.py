"""Round 18 (family, second wave): a denial written inside one parent's entry of a family section (a
label opening the line, or a heading the bullets hang from) covers that parent only; a parent's whole
entry cleared ("Father: no concerns identified") counts for that parent; a worry about one thing is not
mental ill-health. Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import case_codes

_OPEN = (
    "Rapid Review: Baby T\n\n"
    "Baby T was eight weeks old when she was admitted to hospital with a skull fracture in 2023.\n\n"
)


def _case(family: str) -> dict[str, str]:
    return case_codes(_OPEN + family + "\n")


@pytest.mark.parametrize(
    "family",
    [
        # a label opening the line, the denial later in it
        "FAMILY\n\nMother (aged 20): grew up locally; part-time job in a shop. No known substance misuse.\n"
        "Father (aged 23): works as a labourer. Caution in 2019 for criminal damage.",
        # a heading with bullets under it
        "SECTION 2: FAMILY\n\nMUM\n- Works nights at a care home.\n- No drug use known to any agency.\n\n"
        "DAD\n- Self-employed roofer.\n- Not known to CSC.",
        # a person code from a police-style template, continuation indented
        "Household members\nP1:   Mother, 21. Not known to police.\n"
        "P2:   Father, 25. PNC - one caution (2018). No known drug use.\n"
        "      No checks made by HV.",
    ],
)
def test_denial_in_one_parents_entry_leaves_the_other_open(family: str) -> None:
    assert _case(family).get("parental_drug_misuse", "not_known") == "not_known"


@pytest.mark.parametrize(
    "family",
    [
        "FAMILY\n\nMother (aged 20): no known substance misuse.\nFather (aged 23): no known substance misuse.",
        "MUM\n- Works nights at a care home.\n- No drug use known to any agency.\n\n"
        "DAD\n- Self-employed roofer.\n- No drug use known to any agency.",
        # the other parent's entry cleared outright
        "FAMILY\n- Father: works as a roofer. No drug use known to any agency.\n"
        "- Mother: no concerns identified by any agency.",
    ],
)
def test_every_parent_covered_is_absent(family: str) -> None:
    assert _case(family)["parental_drug_misuse"] == "absent"


@pytest.mark.parametrize(
    "family",
    [
        # siblings in a list: the parent bullets above do not own a general bullet
        "FAMILY\n- Mother (M), 22. Father (F), 25. They live together in a rented flat.\n"
        "- Neither parent known to police.\n- No substance misuse known to any agency.",
        "Parents and household\n\n- Mum, 19, and Dad, 21, live with MGM.\n\n"
        "- No DA known.\n\n- No drug or alcohol misuse known to any agency.",
        "The family. The mother and father, both in their twenties, live together with Baby T.\n"
        "No substance misuse was known to any agency.",
    ],
)
def test_denial_for_the_household_is_absent(family: str) -> None:
    assert _case(family)["parental_drug_misuse"] == "absent"


@pytest.mark.parametrize(
    "said",
    [
        "The health visitor noted the mother's anxiety about feeding and gave advice on bottle preparation.",
        "Mum's anxiety over Baby T's weight gain led to several extra visits to the clinic.",
        "The father voiced anxiety regarding the housing move; the HV reassured him.",
    ],
)
def test_a_worry_about_one_thing_is_not_mental_ill_health(said: str) -> None:
    assert _case(said).get("parental_mental_health", "not_known") == "not_known"


@pytest.mark.parametrize(
    "said",
    [
        "The mother has had anxiety for many years and is treated by her GP.",
        "Mum: long-standing anxiety about leaving the house; prescribed sertraline.",
        "Her GP records show generalised anxiety disorder diagnosed in 2020.",
    ],
)
def test_anxiety_as_a_condition_is_mental_health(said: str) -> None:
    assert _case(said)["parental_mental_health"] == "present"
