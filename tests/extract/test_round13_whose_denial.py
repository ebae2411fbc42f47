"""Round 13 (family, whose denial): a parental flag is ``absent`` only when the statements of
absence cover every parent and carer the report describes in the child's life. A denial about
one parent ("by her mother", "He has no convictions for violence", a "Mum:" field) while the
father has contact or a partner lives in the home is not known; "either/both/neither parent",
"the parents", a denial that names no one, or one about the only parent (the other dead, never
identified or long out of contact) is absent. Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import case_codes

OPENING = "Local Child Safeguarding Practice Review\n\n2. Background\n\n"
BABY = "Ollie was ten weeks old when he was admitted to hospital with fractures in March 2021. Ollie survived. "
FATHER_CONTACT = "Ollie's father lives in the next town and has him to stay every other weekend. "
FATHER_DEAD = "Ollie's father died in a road accident in 2020. "
FATHER_UNKNOWN = "The identity of Ollie's father is not known to any agency. "
PARTNER = "Ollie lives with his mother and her partner, Mr Q, who moved in during 2020. "


def _case(*sentences: str) -> dict[str, str]:
    return case_codes(OPENING + BABY + "\n\n" + "\n".join(sentences))


@pytest.mark.parametrize(
    ("household", "denial", "variable"),
    [
        # long formal prose, one parent named while the father has contact
        (
            FATHER_CONTACT,
            "The review found no evidence of alcohol or drug misuse by Ollie's mother at any point.",
            "parental_alcohol_misuse",
        ),
        # a pronoun that resolves to one parent
        (FATHER_CONTACT, "There is no evidence that she has ever used drugs.", "parental_drug_misuse"),
        # terse template field under one parent's own label
        (FATHER_CONTACT, "- Mum: no known MH, substance or alcohol issues (HV, GP).", "parental_mental_health"),
        # police voice: the father's record only, the mother described
        (
            "Ollie lived with his mother and father. ",
            "He had convictions for theft and burglary, but none for violence.",
            "parental_violent_crime",
        ),
        # the mother and her partner named, the birth father with contact left out
        (
            PARTNER + FATHER_CONTACT,
            "No agency held information about drug or alcohol misuse by the mother or Mr Q.",
            "parental_alcohol_misuse",
        ),
        # the mother only, her resident partner left out (care leaver)
        (PARTNER, "Mother is not a care leaver and was never looked after.", "parent_care_leaver"),
    ],
)
def test_a_denial_about_one_parent_is_not_known(household: str, denial: str, variable: str) -> None:
    assert _case(household, denial).get(variable, "not_known") == "not_known"


@pytest.mark.parametrize(
    ("household", "denial", "variable"),
    [
        # every parent covered in the statement
        (
            FATHER_CONTACT,
            "There was no evidence of alcohol or drug misuse by either parent.",
            "parental_alcohol_misuse",
        ),
        (FATHER_CONTACT, "- Neither parent known to police (PNC checks).", "parental_criminal_record"),
        (FATHER_CONTACT, "No substance misuse was known to any agency.", "parental_drug_misuse"),
        # the only parent in the child's life: the father dead or never identified
        (
            FATHER_DEAD,
            "The review found no evidence of alcohol or drug misuse by Ollie's mother.",
            "parental_alcohol_misuse",
        ),
        (FATHER_UNKNOWN, "There is no evidence that she has ever used drugs.", "parental_drug_misuse"),
        # the mother and her partner named, the father out of the picture
        (
            PARTNER + FATHER_UNKNOWN,
            "No agency held information about drug or alcohol misuse by the mother or Mr Q.",
            "parental_drug_misuse",
        ),
        # several statements that together cover both parents
        (
            "Ollie lived with his mother and father. ",
            "Mother has no history of mental illness recorded by her GP. "
            "Father has no history of mental illness recorded by his GP.",
            "parental_mental_health",
        ),
    ],
)
def test_a_denial_covering_everyone_is_absent(household: str, denial: str, variable: str) -> None:
    assert _case(household, denial).get(variable) == "absent"


def test_a_parent_with_contact_but_a_present_flag_stays_present() -> None:
    codes = _case(FATHER_CONTACT, "Ollie's mother had used heroin daily since 2018. Father does not use drugs.")
    assert codes.get("parental_drug_misuse") == "present"


@pytest.mark.parametrize(
    "father",
    [
        # not out of the child's life: known to no agency, or not spoken to before a death
        "Ollie's father was not known to the police and saw Ollie most weekends. ",
        "Ollie's father told the review that he had not known how unwell the mother was. ",
        "Ollie's father was not contacted by any agency before the injuries were found. ",
    ],
)
def test_a_father_still_in_the_picture_keeps_a_mother_only_denial_open(father: str) -> None:
    codes = _case(father, "CSC and the GP held no information about drug misuse by Ollie's mother.")
    assert codes.get("parental_drug_misuse", "not_known") == "not_known"


def test_a_mother_whose_partner_died_is_the_only_parent() -> None:
    codes = _case(
        "Ollie lived with his mother after his father died in 2020.",
        "No agency held information about drug misuse by Ollie's mother.",
    )
    assert codes.get("parental_drug_misuse") == "absent"
