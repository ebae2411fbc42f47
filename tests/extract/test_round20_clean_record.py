"""Round 20 (family): a clean record said of one parent by role, title or pronoun is weighed by whose
denial (it covers that parent only, enough when the other is dead or out of the child's life); the
police's own "no record" in notes and tables; "no convictions for violence" is not a clean record.
Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import case_codes

_OPEN = "Serious case review: Child W\n\nChild W, aged 4, was admitted to hospital with a head injury in 2023.\n\n"


@pytest.mark.parametrize(
    "body",
    [
        # long formal prose, the only parent by pronoun
        "W's father died before she was born. Her mother was 24 and worked as a cleaner. "
        "She had no criminal record and was not known to adult services.",
        # by role, the father gone abroad with no contact
        "W's father went back to Poland when she was a baby and has had no contact with her since. "
        "The mother has no previous convictions.",
        # by title
        "W's father is not named in any record. Ms T has no criminal record and no history of substance misuse.",
    ],
)
def test_the_only_parents_clean_record(body: str) -> None:
    codes = case_codes(_OPEN + body + "\n")
    assert codes["parental_criminal_record"] == "absent"
    assert codes["parental_violent_crime"] == "absent"


@pytest.mark.parametrize(
    "body",
    [
        # terse notes with a colon
        "W lived with both parents.\n\nPolice: no records of either parent.",
        # a table row
        "W lived with both parents.\n\nAgency | Information held\nPolice | No record for either parent\n"
        "GP | Registered",
        # health voice, police records of the family
        "W lived with both parents. There were no police records about the family and the GP knew of no concerns.",
        # neither ... nor with commas
        "W lived with her mother and her partner, Mr J. Neither the mother, nor Mr J, has any criminal convictions.",
        # any police record
        "W lived with both parents. Neither parent had any police record.",
    ],
)
def test_police_records_of_everyone(body: str) -> None:
    assert case_codes(_OPEN + body + "\n")["parental_criminal_record"] == "absent"


@pytest.mark.parametrize(
    "body",
    [
        # one parent's clean record, the other parent still in the child's life
        "W lived with her mother and saw her father every weekend. Her mother has no criminal record.",
        # the police held no record of incidents, not of offending
        "W lived with both parents. Police had no record of domestic abuse between the parents.",
        "W lived with both parents. The police hold no record of any incident at the address.",
        # hedged
        "W lived with her mother only; her father died in 2019. It is not clear whether she had a criminal record.",
    ],
)
def test_not_a_clean_record_for_everyone(body: str) -> None:
    assert case_codes(_OPEN + body + "\n").get("parental_criminal_record") in (None, "not_known")


def test_no_violence_is_not_a_clean_record() -> None:
    body = "W lived with both parents. Her father has no convictions for violence."
    assert case_codes(_OPEN + body + "\n").get("parental_criminal_record") != "absent"


def test_one_parents_record_and_the_others_clean_one() -> None:
    body = (
        "W lived with her mother and the mother's partner, Mr D. Mr D has convictions for burglary from 2004. "
        "The mother has no criminal record."
    )
    codes = case_codes(_OPEN + body + "\n")
    assert codes["parental_criminal_record"] == "present"
    assert codes.get("parental_violent_crime") in (None, "not_known")
