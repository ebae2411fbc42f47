"""Round 24 (family flags): whose problem it is (a grandparent with no part in the child's care, a
parent's own childhood, a half-sibling's arrangements, a relative now caring under an order), parents
named by the review's pseudonym, denials naming two people, and separations told in a timeline's
present tense. Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import case_codes, extract

BABY = (
    "Rapid Review: Baby R\n\n"
    "Baby R, a boy aged 5 months, was admitted to hospital with a skull fracture in May 2024.\n\n"
)
TEEN = "Rapid Review: Child T\n\nChild T, a boy aged 15, was stabbed in the street in May 2024.\n\n"


def _baby(text: str) -> dict[str, str]:
    return case_codes(BABY + text)


def _teen(text: str) -> dict[str, str]:
    return case_codes(TEEN + text)


# --- a grandparent with no part in the child's care -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a numbered entry for the grandparent, the no-care statement in the next sentence
        "4.2 Paternal grandfather: drank heavily for many years and has been treated for alcohol dependence. "
        "He lives in another county and has never looked after Baby R.",
        # the grandparent introduced, then told with She, the no-care statement after
        "Maternal grandmother, Mrs D, aged 61, lives two streets away. She has had an alcohol problem for many "
        "years. Mrs D has no caring role for Baby R.",
        # a parent's own father by title: "Mr S's father"
        "Mr S's father, who still drinks heavily, lives abroad and has never met Baby R.",
    ],
)
def test_grandparent_without_care_is_not_parents(text: str) -> None:
    assert _baby(text)["parental_alcohol_misuse"] == "not_known"


def test_grandparent_entry_without_care_mental_health() -> None:
    text = (
        "Family\n\nMaternal grandfather - treated by the community mental health team for bipolar disorder. "
        "No care role.\n"
    )
    assert _baby(text)["parental_mental_health"] == "not_known"


def test_grandparent_who_cares_still_counts() -> None:
    # near-miss: a grandmother who looks after the baby every day is a carer
    text = (
        "Maternal grandmother: long history of alcohol misuse. She looks after Baby R every weekday while the "
        "mother works."
    )
    assert _baby(text)["parental_alcohol_misuse"] == "present"


def test_parent_own_care_years_by_age() -> None:
    # the parent's own father's drinking, in the parent's childhood told by an age range
    text = (
        "Mr S lived with foster carers between the ages of 9 and 13 because of his father's heavy drinking, "
        "then went home to his mother."
    )
    assert _baby(text)["parental_alcohol_misuse"] == "not_known"


# --- the father only out of the picture by his history ---------------------------------------------


def test_father_whose_history_was_unknown_still_counts() -> None:
    text = (
        "- Mum: no known alcohol use.\n\n"
        "Dad visits every day and stays most weekends.\n\n"
        "The assessment did not weigh the risks of a young mother and a father whose background was unknown.\n"
    )
    assert _baby(text)["parental_alcohol_misuse"] == "not_known"


# --- denials ---------------------------------------------------------------------------------------


def test_two_named_without_mental_health_history() -> None:
    text = (
        "He lives with his mother and her partner, Mr G.\n\n"
        "Neither T's mother nor Mr G had any history of mental health problems."
    )
    assert _teen(text)["parental_mental_health"] == "absent"


def test_two_named_not_known_to_use_drugs() -> None:
    text = (
        "He lives with his mother and her partner, Mr G.\n\nNeither the mother nor Mr G was known to use illicit drugs."
    )
    assert _teen(text)["parental_drug_misuse"] == "absent"


def test_source_before_the_parents() -> None:
    text = (
        "Baby R lives with his parents.\n\n"
        "There was no information from any agency that either parent used alcohol or drugs."
    )
    codes = _baby(text)
    assert codes["parental_alcohol_misuse"] == "absent"
    assert codes["parental_drug_misuse"] == "absent"


def test_no_indication_about_the_young_person_is_not_parents() -> None:
    # near-miss: in a teenager's review "that she misused alcohol" is the young person's
    text = "Her friends said she did not drink, and there is no evidence from any agency that she misused alcohol."
    assert case_codes(TEEN.replace("a boy", "a girl") + text)["parental_alcohol_misuse"] == "not_known"


def test_neither_parent_a_care_leaver() -> None:
    assert _baby("Neither parent was a care leaver.")["parent_care_leaver"] == "absent"


def test_short_stay_in_care_is_no_care_leaver() -> None:
    text = "The mother was placed into foster care at the age of seven for two years, then went home."
    assert _baby(text)["parent_care_leaver"] == "not_known"


# --- separation ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "- Jan 2024: Police called. Ms K ends the relationship and moves to a refuge.",
        "At the conference Ms K said she has ended the relationship and Mr P has moved out.",
        "Baby R's mum and dad are no longer together.",
    ],
)
def test_separation_told_in_other_ways(text: str) -> None:
    assert _baby(text)["parental_separation"] == "present"


@pytest.mark.parametrize(
    "text",
    [
        "Baby R lived throughout his short life with his mother and father in a rented house.",
        "Baby R lived at home with his mum and dad, who are married, and his sister.",
    ],
)
def test_parents_together(text: str) -> None:
    codes = _baby(text)
    assert codes["parental_separation"] == "absent"
    assert codes["acrimonious_separation"] == "absent"


@pytest.mark.parametrize(
    "text",
    [
        # a half-sibling living with her own father under an order
        "His half-sister, M (8), has lived with her own father since 2020 under a child arrangements order.",
        # a relative now caring for the children under an order
        "The father's sister, Ms P, aged 40, is now the children's carer under a child arrangements order.",
    ],
)
def test_orders_that_are_not_the_parents_dispute(text: str) -> None:
    assert _baby(text)["acrimonious_separation"] == "not_known"


def test_parents_dispute_still_counts() -> None:
    text = "The parents separated in 2023 and there were private law proceedings about contact."
    assert _baby(text)["acrimonious_separation"] == "present"


# --- a parent named by the review's pseudonym ------------------------------------------------------


def test_parent_called_by_pseudonym() -> None:
    text = (
        "Child T's father, who is called Dean in this review, lived nearby.\n\n"
        "Dean told his GP in 2022 that he was drinking too much. He was prescribed antidepressants for low mood."
    )
    codes = _teen(text)
    assert codes["parental_alcohol_misuse"] == "present"
    assert codes["parental_mental_health"] == "present"


# --- a parent's childhood in care ------------------------------------------------------------------


def test_domestic_abuse_in_parents_childhood() -> None:
    text = (
        "Baby R's mother was 19 when he was born. She came into the care of the local authority at the "
        "age of 12, after witnessing domestic abuse at home."
    )
    assert _baby(text)["domestic_abuse"] == "not_known"


# --- round 24, second pass -------------------------------------------------------------------------


def test_abuse_before_a_separation_dated_long_ago() -> None:
    text = (
        "Child T lived with his mother and her partner.\n\n"
        "His parents separated in 2011, when he was two. His mother suffered domestic abuse from his father "
        "before the separation, and there has been no contact since."
    )
    assert _teen(text)["domestic_abuse"] == "not_known"


def test_abuse_before_a_recent_separation_still_counts() -> None:
    # near-miss: the separation the year before the incident
    text = "His parents separated in 2023. His mother suffered domestic abuse from his father before the separation."
    assert _teen(text)["domestic_abuse"] == "present"


def test_sibling_by_name_is_not_parent() -> None:
    text = (
        "T lived with his mother and his older brother Jordan, who was 20. Jordan has convictions for robbery "
        "and was on licence at the time."
    )
    assert _teen(text)["parental_criminal_record"] == "not_known"


def test_father_serving_sentence_for_another_killing() -> None:
    text = "T's father is in prison, serving a sentence for the murder of a man outside a pub in 2015."
    codes = _teen(text)
    assert codes["parental_criminal_record"] == "present"
    assert codes["parental_violent_crime"] == "present"


def test_death_from_an_overdose_is_not_mental_health() -> None:
    text = "Baby R's mother used heroin for years. She died of an overdose in 2023."
    assert _baby(text)["parental_mental_health"] == "not_known"


def test_empty_cans_seen_are_not_drinking() -> None:
    text = "Officers attending the flat noted several empty cans of lager on the kitchen table."
    assert _baby(text)["parental_alcohol_misuse"] == "not_known"


def test_parent_in_care_until_sixteen_then_home_is_no_care_leaver() -> None:
    text = "Baby R's father was in foster care between the ages of 13 and 16 and then returned home to his mother."
    assert _baby(text)["parent_care_leaver"] == "not_known"


def test_grandparent_carer_not_covered_by_parents_record() -> None:
    text = (
        "Household\n\n- Mother (M), 23. Father (F), 27. Parents live together.\n\n"
        "- MGM lives with them and does most of the childcare while M works.\n\n"
        "Background\n\n- No PNC record for either parent.\n"
    )
    assert _baby(text)["parental_criminal_record"] == "not_known"


def test_parents_record_without_grandparent_carer() -> None:
    # near-miss: no grandparent caring, the parents' clean record is absent
    text = (
        "Household\n\n- Mother (M), 23. Father (F), 27. Parents live together.\n\n"
        "Background\n\n- No PNC record for either parent.\n"
    )
    assert _baby(text)["parental_criminal_record"] == "absent"


# --- review facts ----------------------------------------------------------------------------------


def _review(text: str) -> dict:
    return {k: v["value"] for k, v in extract(text)["review"].items()}


def test_recommendations_heading_not_a_wrapped_line() -> None:
    text = (
        "Example Safeguarding Children Partnership\n\nSerious Case Review: Child Q\n\n"
        + "1. Introduction\n\nChild Q was injured in 2016. " * 30
        + "\n\n6. Recommendations\n\n"
        "1. The partnership should ensure that every assessment identifies all adults in the household.\n\n"
        "2. Health visitors should record the name of any new partner living in the home.\n\n"
        "3. The partnership should receive a report within six months on the progress of these\n\n"
        "recommendations.\n"
    )
    assert _review(text)["recommendations_count"] == 3


def test_reviewers_statement_dates_a_welsh_review() -> None:
    text = (
        "Example Regional Safeguarding Children Board\n\nExtended Child Practice Review\n\n"
        "Re: ERSCB 2/2022 - Child W\n\nBrief outline of circumstances resulting in the review\n\n"
        "Child W was injured at home in 2022 and the board commissioned this review after considering the "
        "circumstances at a meeting of its case review group, which agreed that the criteria were met.\n\n"
        + "The review looked at the work of every agency with the family over the two years before. "
        * 5
        + "\n\n"
        "Statement by Reviewer(s)\n\nReviewer 1: A. Jones | Reviewer 2: B. Smith\n\nDate: 3 October 2023\n"
    )
    assert _review(text)["publication_year"] == 2023


def test_newsletter_tells_when_the_review_was_published() -> None:
    text = (
        "PARTNERSHIP NEWS\n\nThe bulletin of the Example Safeguarding Children Partnership\n\n"
        "SPOTLIGHT ON LEARNING\n\n"
        "In June 2023 the partnership published its local child safeguarding practice review about a boy we "
        "call Sam, who was harmed in 2021, and we thank everyone who took part in the review for their time.\n"
    )
    assert _review(text)["publication_year"] == 2023


def test_incident_field_with_dotted_date() -> None:
    text = (
        "EXAMPLE SAFEGUARDING CHILDREN PARTNERSHIP\n\nRAPID REVIEW - CHILD B\n\n"
        "Child: Child B\n\nAge at incident: 9 months. Incident: 04.11.23. Brought to ED by parents.\n"
    )
    assert _review(text)["incident_year"] == 2023


# --- round 24, third pass: separations after the incident, words in another sense -----------------


def test_child_now_lives_with_a_parent_who_has_separated() -> None:
    text = (
        "Baby R lived with his mother and father, who had been together for four years.\n\n"
        "Baby R has recovered and now lives with his mother, who has since separated from his father, under a "
        "supervision order."
    )
    codes = _baby(text)
    assert codes["parental_separation"] == "absent"


def test_parent_out_of_touch_with_her_own_family_is_not_separation() -> None:
    text = "Mother had little contact with her own family after she moved to the city."
    assert _baby(text)["parental_separation"] == "not_known"


def test_isolated_events_are_not_isolation() -> None:
    text = "Finding 2: Each of the bruises was treated as an isolated clinical event."
    assert _baby(text)["social_isolation"] == "not_known"


@pytest.mark.parametrize(
    "text",
    [
        "- Booking questions on DA asked twice when mother seen alone - no disclosures.",
        "- DA routine enquiry by midwife and HV at every contact: no disclosure.",
        "The review noted the limits of the Domestic Violence Disclosure Scheme for new partners.",
        "- Mr K: 2021 DA report by ex-partner (harassment), no further action.",
        "Previous partner made a DA report to police in 2020 (a different household).",
    ],
)
def test_not_domestic_abuse_in_this_household(text: str) -> None:
    assert _baby(text)["domestic_abuse"] == "not_known"


def test_disclosure_at_routine_enquiry_still_counts() -> None:
    # near-miss: the routine question that drew a disclosure
    text = "- DA routine enquiry at booking: disclosed that her partner had pushed her in March; referred to the IDVA."
    assert _baby(text)["domestic_abuse"] == "present"


# --- round 24, fourth pass: the parent's own childhood, what was never confirmed -------------------


@pytest.mark.parametrize(
    "text",
    [
        "The mother described a childhood in which her father drank heavily and was often out of work.",
        "She said her own mother drank heavily and she was mostly looked after by an aunt.",
        "Her own father drank heavily throughout Ms T's childhood.",
    ],
)
def test_parents_own_childhood_drinking(text: str) -> None:
    assert _baby(text)["parental_alcohol_misuse"] == "not_known"


def test_parents_own_childhood_drugs() -> None:
    text = "The review understands that Ms T's own childhood, with a father who injected heroin, shaped her trust."
    assert _baby(text)["parental_drug_misuse"] == "not_known"


@pytest.mark.parametrize(
    "text",
    [
        "A neighbour told police that the father was selling and using cocaine; this was never confirmed.",
        "There were rumours on the estate that the mother was using crack cocaine.",
    ],
)
def test_drug_use_never_confirmed(text: str) -> None:
    assert _baby(text)["parental_drug_misuse"] == "not_known"


def test_drinking_reported_never_confirmed() -> None:
    text = "A relative said that the father drank heavily at weekends, but this was never substantiated."
    assert _baby(text)["parental_alcohol_misuse"] == "not_known"


def test_drug_use_confirmed_still_counts() -> None:
    # near-miss: the use itself is not in doubt
    text = "The father used cannabis daily; he told the health visitor so at the new birth visit."
    assert _baby(text)["parental_drug_misuse"] == "present"


# --- round 24, fifth pass: a lost job, an exploiter's debt, one move -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In the spring the father lost his job as a delivery driver.",
        "The mother was made redundant from the care home in 2023.",
    ],
)
def test_lost_job_alone_is_not_poverty(text: str) -> None:
    assert _baby(text)["poverty"] == "not_known"


def test_debt_to_exploiters_is_not_poverty() -> None:
    text = "Police found that the stabbing was linked to a debt the gang said he owed after a seizure of drugs."
    assert _teen(text)["poverty"] == "not_known"


def test_family_debts_still_poverty() -> None:
    # near-miss: the household's own arrears
    text = "The family had rent arrears and debts to a catalogue company, and used a food bank twice."
    assert _baby(text)["poverty"] == "present"


@pytest.mark.parametrize(
    "text",
    [
        "The family moved to Hartley from another county in 2020 to be near the mother's sister.",
        "After the separation the father moved to a different town.",
    ],
)
def test_one_move_is_not_transient(text: str) -> None:
    assert _baby(text)["transient_lifestyle"] == "not_known"


def test_many_moves_still_transient() -> None:
    # near-miss: the moves told as many
    text = "The family moved between three different local authorities in two years."
    assert _baby(text)["transient_lifestyle"] == "present"


# --- round 24, sixth pass: care up to sixteen, what the records do not show, other offenders ------


def test_care_from_twelve_to_sixteen_is_no_care_leaver() -> None:
    text = "Baby R's mother had been in foster care from the age of 11 to 15 because of neglect."
    assert _baby(text)["parent_care_leaver"] == "not_known"


def test_care_to_eighteen_still_care_leaver() -> None:
    # near-miss: in care up to adulthood
    text = "Baby R's mother had been in foster care from the age of 12 to 18 because of neglect."
    assert _baby(text)["parent_care_leaver"] == "present"


def test_nothing_in_records_about_leaving_care() -> None:
    text = "Nothing in the records suggests that Ms P had help from a leaving care service."
    assert _baby(text)["parent_care_leaver"] == "not_known"


def test_children_left_care_on_an_order() -> None:
    text = "- Both children were looked after for six months and left care on the SGO in 2023."
    assert _baby(text)["parent_care_leaver"] == "not_known"


def test_another_young_person_convicted() -> None:
    text = "Criminal proceedings | A 16-year-old was convicted of manslaughter in May 2025"
    assert _teen(text)["parental_criminal_record"] == "not_known"


# --- round 24, seventh pass: screening questions, a child brought by a parent, abuse long ago -----


def test_routine_mental_health_questions_are_not_a_condition() -> None:
    text = "The health visitor asked the standard postnatal mental health questions at each visit."
    assert _baby(text)["parental_mental_health"] == "not_known"


def test_child_brought_to_gp_by_parent_with_low_mood() -> None:
    text = "In March Child T attended the GP with his father because of low mood and poor sleep."
    assert _teen(text)["parental_mental_health"] == "not_known"


def test_parent_with_low_mood_still_counts() -> None:
    # near-miss: the parent's own visit
    text = "In March the mother saw the GP because of low mood and was prescribed sertraline."
    assert _baby(text)["parental_mental_health"] == "present"


def test_parents_removal_from_birth_family() -> None:
    text = "- Mother: care leaver (LAC aged 12-18; removed from birth family for neglect and exposure to parental DA)."
    assert _baby(text)["domestic_abuse"] == "not_known"


def test_abuse_in_early_years_of_a_teenager() -> None:
    text = "Between T's birth and the age of eight police were called to domestic abuse incidents at the home."
    assert _teen(text)["domestic_abuse"] == "not_known"


def test_court_placement_after_incident_is_not_acrimony() -> None:
    text = "After the incident Baby R's sister was placed with her father under a child arrangements order."
    assert _baby(text)["acrimonious_separation"] == "not_known"
