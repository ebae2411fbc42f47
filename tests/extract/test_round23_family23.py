"""Round 23 (family flags): a table row whose value denies ("Criminal record | Neither parent known to
police") is no heading, and a parental factor's field for drink and drugs together with the value none
("Parental substance misuse | None known to any agency") clears alcohol as well as drugs. Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import case_codes

HEAD = (
    "Rapid Review: Child T\n\n"
    "Child T, a boy aged 12, was admitted to hospital after an overdose in March 2024. He lives with his "
    "mother and father.\n\n"
)


def _case(text: str) -> dict[str, str]:
    return case_codes(HEAD + text)


# --- a table row whose value is a denial -------------------------------------------------------------


@pytest.mark.parametrize(
    "row",
    [
        "Offending history | Neither parent known to police",
        "Criminal record | Neither adult known to police",
    ],
)
def test_denial_row_clears_record(row: str) -> None:
    text = f"Family factors\n\nFactor | Finding\n\n{row}\n\nSchool | Year 7\n"
    codes = _case(text)
    assert codes["parental_criminal_record"] == "absent"
    assert codes["parental_violent_crime"] == "absent"


def test_row_about_one_parent_stays_open() -> None:
    text = "Family factors\n\nFactor | Finding\n\nCriminal record | Mother not known to police\n"
    assert _case(text)["parental_criminal_record"] == "not_known"


# --- drink and drugs under one label -----------------------------------------------------------------


@pytest.mark.parametrize(
    "row",
    [
        "Parental substance misuse | None known to any agency",
        "Parental substance misuse: none known",
        "Parental drug and alcohol use | Nil",
    ],
)
def test_substance_field_none_clears_alcohol(row: str) -> None:
    text = f"Family factors\n\nFactor | Finding\n\n{row}\n\nSchool | Year 7\n"
    assert _case(text)["parental_alcohol_misuse"] == "absent"


@pytest.mark.parametrize(
    "row",
    [
        "Parental substance misuse | None known until 2023, when the father began drinking",
        "Parental substance misuse | No (but see para 4.2)",
    ],
)
def test_substance_field_with_more_is_not_cleared(row: str) -> None:
    text = f"Family factors\n\nFactor | Finding\n\n{row}\n"
    assert _case(text)["parental_alcohol_misuse"] != "absent"


# --- domestic abuse: the review's own finding of nothing, "no worries about" ---------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The review did not find evidence of domestic abuse in the household.",
        "The panel could not identify any indication of domestic abuse between the parents.",
        "We did not find any record of DA in this family.",
        "There were no worries about domestic abuse in the home.",
        "No worries were ever raised by any agency about domestic violence.",
    ],
)
def test_review_found_no_domestic_abuse(sentence: str) -> None:
    assert _case(sentence + "\n")["domestic_abuse"] == "absent"


@pytest.mark.parametrize(
    "sentence",
    [
        "The health visitor did not find any signs of domestic abuse, but the mother later disclosed it.",
        "The review did not find evidence of domestic abuse until the police call in 2023.",
    ],
)
def test_practitioner_missing_it_is_not_an_absence(sentence: str) -> None:
    assert _case(sentence + "\n")["domestic_abuse"] != "absent"


# --- isolation: knowing "no one", few links in the area -----------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        'The mother told the reviewer she knew "no one" after the move.',
        "She said she knew ‘nobody’ on the estate.",
        "The family had few links in the area.",
        "The parents had no ties to the local community.",
        "She has very few connections in the town.",
    ],
)
def test_isolation_phrasings(sentence: str) -> None:
    assert _case(sentence + "\n")["social_isolation"] == "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "The school had few links with the health visiting team.",
        "Agencies have limited contacts in the area out of hours.",
    ],
)
def test_isolation_near_misses(sentence: str) -> None:
    assert _case(sentence + "\n")["social_isolation"] != "present"


# --- an advice letter about DA services is no report of abuse -----------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        'The referral was closed with "no further action - advice letter sent to the parents re DA services".',
        "A leaflet about local domestic abuse support services was posted to the family.",
    ],
)
def test_advice_about_services_is_not_abuse(sentence: str) -> None:
    text = sentence + "\nThe review found no evidence of domestic abuse in the household.\n"
    assert _case(text)["domestic_abuse"] == "absent"


def test_abuse_told_beside_the_advice_still_counts() -> None:
    text = "Police attended after the father assaulted the mother; domestic abuse was recorded as high risk.\n"
    assert _case(text)["domestic_abuse"] == "present"


# --- a grandparent's conviction, told by his title and name ---------------------------------------------

GRANDAD = (
    "Family\n\nThe children's maternal grandfather, Mr K, lives in another town.\n"
    "In 2001 Mr K was convicted of burglary and served a prison sentence.\n"
    "Neither parent had any criminal record.\n"
)


def test_a_named_grandfathers_conviction_is_not_a_parents() -> None:
    assert _case(GRANDAD)["parental_criminal_record"] == "absent"


def test_a_grandparent_who_is_the_carer_still_counts() -> None:
    text = GRANDAD.replace(
        "lives in another town", "has brought Child T up since he was a baby and he lives with his grandfather"
    )
    assert _case(text)["parental_criminal_record"] == "present"


# --- poverty: damp housing with words between, choosing between the electric and the shopping -------------


@pytest.mark.parametrize(
    "sentence",
    [
        "They lived in a damp, overcrowded privately rented house.",
        "The family lived in an overcrowded and cramped flat.",
        "She said she was always choosing between the electric and the food shop.",
        "He described choosing between the rent and eating.",
    ],
)
def test_poverty_phrasings(sentence: str) -> None:
    assert _case(sentence + "\n")["poverty"] == "present"


def test_a_damp_cloth_is_no_poverty() -> None:
    assert _case("She cleaned the cut with a damp cloth in the house.\n")["poverty"] != "present"


# --- a separation by agreement is not acrimonious ---------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The parents separated in 2022, by agreement, but the father still stayed some nights.",
        "Their separation was by mutual consent.",
        "The parents split up in 2021 by mutual agreement and share the care.",
    ],
)
def test_separation_by_agreement(sentence: str) -> None:
    assert _case(sentence + "\n")["acrimonious_separation"] == "absent"


def test_agreement_by_the_court_after_a_dispute_is_still_acrimonious() -> None:
    text = "The parents separated in 2019; contact was agreed by the court after a bitter dispute.\n"
    assert _case(text)["acrimonious_separation"] == "present"


# --- a parent's note: "MH/substance" lists, a bare "No PNC" -------------------------------------------------

NOTES = (
    "PARENTS\n"
    "Mum: depression in 2016, no current concerns. No known drug/alcohol use. No PNC.\n"
    "Dad: No known MH/substance issues. No PNC record.\n"
)


def test_slash_lists_and_bare_pnc_in_parents_notes() -> None:
    codes = _case(NOTES)
    assert codes["parental_alcohol_misuse"] == "absent"
    assert codes["parental_drug_misuse"] == "absent"
    assert codes["parental_criminal_record"] == "absent"


def test_one_parents_note_alone_leaves_the_other_open() -> None:
    codes = _case("PARENTS\nDad: No known MH/substance issues. No PNC.\n")
    assert codes["parental_alcohol_misuse"] == "not_known"
    assert codes["parental_criminal_record"] == "not_known"


# --- a father out of the child's life, told in a table row --------------------------------------------------

ROWS = (
    "Family\n\nPerson | Information held\n\n"
    "Mum | Works full time. No known concerns.\n\n"
    "Birth father | Lives in Ireland; has had no contact with Child T since 2014.\n\n"
    "Checks | PNC: nil trace for mother.\n"
)


def test_father_gone_in_a_table_row() -> None:
    codes = case_codes(HEAD.replace(" He lives with his mother and father.", " He lives with his mother.") + ROWS)
    assert codes["parental_criminal_record"] == "absent"


def test_father_in_a_table_row_who_still_sees_the_child_counts() -> None:
    text = ROWS.replace("has had no contact with Child T since 2014", "sees Child T every other weekend")
    codes = case_codes(HEAD.replace(" He lives with his mother and father.", " He lives with his mother.") + text)
    assert codes["parental_criminal_record"] == "not_known"


# --- "there has never been domestic abuse", "far from isolated" ---------------------------------------------


def test_never_been_domestic_abuse() -> None:
    assert _case("There has never been domestic abuse in either household.\n")["domestic_abuse"] == "absent"


def test_never_been_until_is_not_an_absence() -> None:
    text = "There had never been domestic abuse reported until the night of the incident.\n"
    assert _case(text)["domestic_abuse"] != "absent"


@pytest.mark.parametrize(
    "sentence",
    [
        "The review found that she was far from isolated: friends from church helped with lifts.",
        "Ms B was far from isolated.",
        "The family were not socially isolated; an aunt lived two doors away.",
    ],
)
def test_not_isolated(sentence: str) -> None:
    assert _case(sentence + "\n")["social_isolation"] == "absent"


def test_the_incident_not_isolated_is_no_family_statement() -> None:
    assert _case("The incident was not isolated: there were three more.\n")["social_isolation"] != "absent"


# --- a separation said not to be hostile ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The parents separated before the birth. The separation was not hostile.",
        "Their divorce in 2019 had not been acrimonious.",
        "The parents split up in 2020; the split was never bitter.",
    ],
)
def test_separation_not_hostile(sentence: str) -> None:
    assert _case(sentence + "\n")["acrimonious_separation"] == "absent"


def test_a_hostile_separation_stays_present() -> None:
    assert _case("The parents separated in 2021. The separation was hostile.\n")["acrimonious_separation"] == "present"


# --- not eligible for leaving-care support, over a line break or told after it ------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "She did not receive leaving care support and was not eligible for it.",
        "She went home at 15 and was not eligible for leaving\n    care support.",
    ],
)
def test_not_eligible_for_leaving_care(sentence: str) -> None:
    head = HEAD.replace(" He lives with his mother and father.", " He lives with his mother; his father died in 2019.")
    codes = case_codes(head + "Mother\n" + sentence + "\n")
    assert codes["parent_care_leaver"] == "absent"


# --- poverty absent: financially comfortable, no concerns about money ---------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The family were financially comfortable; both parents worked.",
        "She was financially secure after selling the business.",
        "No concerns about money were ever raised with any agency.",
        "Money: no concerns noted about debt or hardship.",
        "No agency recorded concerns about money or housing.",
        "The panel did not find any evidence that money was a problem for the family.",
    ],
)
def test_no_poverty(sentence: str) -> None:
    assert _case(sentence + "\n")["poverty"] == "absent"


def test_not_financially_secure_is_no_absence() -> None:
    assert _case("The mother was not financially secure after the father left.\n")["poverty"] != "absent"


# --- a settled home: the same address for years -------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Ms D has lived at the same address in Carlow, a housing association flat, since the children were small.",
        "Mr E moved into the house (where she has lived since 2016) in 2021.",
    ],
)
def test_settled_home(sentence: str) -> None:
    assert _case(sentence + "\n")["transient_lifestyle"] == "absent"


def test_a_move_after_a_short_stay_is_no_settled_home() -> None:
    text = "The family moved house five times; she has lived in Carlow only since March.\n"
    assert _case(text)["transient_lifestyle"] != "absent"


def test_a_childrens_home_is_not_the_familys_settled_home() -> None:
    text = "He died near the children's home where he had lived since 2021.\n"
    assert _case(text)["transient_lifestyle"] != "absent"


# --- a question about domestic abuse, asked or looked into, is not abuse -------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The health visitor asked about DA at every contact.",
        "The review looked carefully at whether there was domestic abuse in the household.",
        "Domestic abuse | Routine enquiry completed by the midwife at booking.",
    ],
)
def test_questions_about_domestic_abuse(sentence: str) -> None:
    assert _case(sentence + "\n")["domestic_abuse"] != "present"


def test_a_question_answered_with_abuse_found_is_present() -> None:
    text = "The review considered whether there was domestic abuse and found repeated assaults on the mother.\n"
    assert _case(text)["domestic_abuse"] == "present"


def test_a_denial_beside_a_routine_enquiry_stays_absent() -> None:
    text = "No domestic abuse was reported to any agency, and routine enquiry was completed at every contact.\n"
    assert _case(text)["domestic_abuse"] == "absent"


# --- "no concerns about X's ..., or about domestic abuse": a list with possessives --------------------------


def test_no_concerns_list_with_a_possessive() -> None:
    text = "No concerns about dad's drinking, mum's mood, or about domestic abuse at home were raised by any agency.\n"
    assert _case(text)["domestic_abuse"] == "absent"
