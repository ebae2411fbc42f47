"""Round 23 (children): a title line opening with the review's reference number; a routine contact's name
("the 6-8 week maternal and baby check") is no age; a date of birth in a per-child table; "from K's birth on
<date>"; the pronouns of a parent the child is named through ("the father of Child M ... his daughter"); a false
identity ("an adult posing as a girl") is no sex of the child's; a carer named in apposition before "was convicted
of his murder"; a toxicology finding of a drug. Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes

# --- a title line opening with the review's reference number ------------------------------------------


@pytest.mark.parametrize(
    ("title", "first", "second"),
    [
        ("NWRSCB 02/2016: Child P and Child Q", "Child P", "Child Q"),
        ("Cwm Taf CPR 4/2017 - Child M and Child N", "Child M", "Child N"),
        ("WWSCB 1/2019: Child A & Child B", "Child A", "Child B"),
    ],
)
def test_reference_number_title_names_both_children(title: str, first: str, second: str) -> None:
    text = (
        "Regional Safeguarding Board\n\nChild Practice Review Report\n\n"
        f"{title}\n\nPublished: May 2019\n\n"
        "1. Circumstances resulting in the review\n\n"
        f"1.1 In June 2018 {first}, then aged nine, told a teacher that an uncle had hurt her. Both {first} "
        f"and her sister {second} (aged six) later described sexual abuse by their uncle over a year.\n\n"
        f"1.2 {first} had been known to the school nurse. The family had no contact with children's services.\n"
    )
    children = child_codes(text)
    assert [c["alias"] for c in children] == [first, second]
    assert children[1]["age_months"] == 72


def test_reference_number_title_needs_a_name_the_body_uses() -> None:
    text = (
        "Child Practice Review Report\n\nCPR 3/2018: Summary\n\n"
        "1.1 In June 2018 Child T, then aged nine, told a teacher that an uncle had hurt her. Child T was seen "
        "by a paediatrician the same day.\n"
    )
    assert [c["alias"] for c in child_codes(text)] == ["Child T"]


# --- a routine contact's name is no age ---------------------------------------------------------------


@pytest.mark.parametrize(
    "contact",
    [
        "the 6-8 week maternal and baby check",
        "her eight week developmental review",
        "the six week postnatal and infant check",
    ],
)
def test_routine_contact_is_no_age(contact: str) -> None:
    text = (
        "Rapid Review: Baby R\n\n"
        f"1.1 Baby R was seen by the GP at {contact} in May 2023 and nothing of concern was noted. "
        "In June 2023 Baby R, then 11 weeks old, was admitted to hospital with a fractured arm.\n"
    )
    assert child_codes(text)[0]["age_months"] == 2


def test_an_age_before_and_then_is_still_an_age() -> None:
    text = (
        "Rapid Review: Baby R\n\n"
        "1.1 Baby R was 11 weeks old and health visits had stopped when she was admitted to hospital with a "
        "fractured arm in June 2023.\n"
    )
    assert child_codes(text)[0]["age_months"] == 2


# --- a date of birth in a per-child table ---------------------------------------------------------------


@pytest.mark.parametrize("row", ["Date of birth | 03.05.2015 | 11.11.2010", "DOB | 3/5/2015 | 11/11/2010"])
def test_date_of_birth_row_of_a_child_table(row: str) -> None:
    text = (
        "Learning Brief: Ruby and Kian\n\n"
        "In March 2023 two siblings, Ruby and Kian, were found living in a flat with no food and no heating. "
        "Both children were admitted to hospital.\n\n"
        "The children\n\nRuby | Kian\n\n"
        f"{row}\n\nEthnicity | White British | White British\n\n"
        "The children were found on 2 March 2023. Ruby told her foster carer that Kian looked after her.\n"
    )
    ruby, kian = child_codes(text)
    assert (ruby["age_months"], ruby["age_band"]) == (93, "6_10")
    assert (kian["age_months"], kian["age_band"]) == (147, "11_15")


# --- "from K's birth on <date>" --------------------------------------------------------------------------


@pytest.mark.parametrize("birth", ["from Child D's birth on 5 March 2010", "from his birth on 5 March 2010"])
def test_birth_on_a_date_makes_the_age_exact(birth: str) -> None:
    text = (
        "Serious Case Review: Child D\n\n"
        "1.1 This review follows the admission of Child D to hospital on 20 January 2020 with injuries.\n\n"
        "1.2 Child D was nine years old.\n\n"
        f"2.1 The review looked at the work of agencies with Child D {birth} to 20 January 2020.\n"
    )
    assert child_codes(text)[0]["age_months"] == 118


def test_a_siblings_birth_is_not_the_childs() -> None:
    text = (
        "Serious Case Review: Child D\n\n"
        "1.1 This review follows the admission of Child D to hospital on 20 January 2020 with injuries.\n\n"
        "1.2 Child D was nine years old.\n\n"
        "2.1 The review looked at the work of agencies with Child D from Mia's birth on 5 March 2014 to "
        "20 January 2020.\n"
    )
    assert child_codes(text)[0]["age_months"] == 108


# --- the pronouns of a parent the child is named through -------------------------------------------------


@pytest.mark.parametrize(
    "call",
    [
        "the father of Child M saying that his daughter was not breathing on his chest",
        "the grandfather of Child M, who said he had found his granddaughter limp in his bed",
    ],
)
def test_parents_pronoun_is_not_the_childs(call: str) -> None:
    text = (
        "Serious Incident Report\n\nSubject: Child M\n\n"
        f"1.1 At 06:40 the ambulance service took a call from {call}. Paramedics took Child M to hospital, "
        "where she died later that morning.\n"
    )
    assert child_codes(text)[0]["sex"] == "female"


# --- a false identity is no sex of the child's -------------------------------------------------------------


@pytest.mark.parametrize(
    "disguise",
    [
        "an adult posing as a 14-year-old girl",
        "a user presenting as a girl of 15",
        "a man posing as a girl of 16 on social media",
    ],
)
def test_false_identity_is_not_the_childs_sex(disguise: str) -> None:
    text = (
        "Rapid Review: Child T\n\n"
        f"1.1 In May 2024 Child T was contacted on a gaming site by {disguise}. Child T sent images of himself "
        "and was then threatened. He took an overdose and was admitted to hospital.\n"
    )
    assert child_codes(text)[0]["sex"] == "male"


# --- a carer named in apposition, then "was convicted of his murder" --------------------------------------


@pytest.mark.parametrize(
    "killer",
    [
        "His mother's partner, Mr K, was convicted of his murder",
        "Mr K, the mother's partner, was convicted of his murder",
    ],
)
def test_carer_in_apposition_convicted_of_murder(killer: str) -> None:
    text = (
        "Serious Case Review: Child B\n\n"
        "1.1 In March 2019 Child B, aged three, was taken to hospital and died the next day. "
        f"{killer} in 2020.\n\n"
        "1.2 Child B lived with his mother and Mr K.\n"
    )
    child = child_codes(text)[0]
    assert child["death_category"] == "fatal_physical_abuse"


def test_stranger_convicted_of_murder_stays_outside_the_family() -> None:
    text = (
        "Serious Case Review: Child B\n\n"
        "1.1 In March 2019 Child B, aged 16, was stabbed in a park by a group of young men and died. "
        "One of them, Mr K, was convicted of his murder in 2020.\n"
    )
    assert child_codes(text)[0]["death_category"] == "extrafamilial_homicide"


# --- a toxicology finding of a drug ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "finding",
    [
        "Toxicology showed methadone.",
        "Post-mortem toxicology later found high levels of heroin.",
        "Methadone was found in her blood.",
    ],
)
def test_toxicology_drug_is_other_maltreatment_related(finding: str) -> None:
    text = (
        "Local Child Safeguarding Practice Review: Child S\n\n"
        f"1.1 In August 2020 Child S, aged 22 months, was found unresponsive at home and died. {finding} "
        "Both parents were prescribed methadone.\n"
    )
    assert child_codes(text)[0]["death_category"] == "other_maltreatment_related"


# --- a title's last code, then a table row after a blank line, is no place name ---------------------------


def test_title_code_before_a_blank_line_and_a_partnership_row() -> None:
    text = (
        "Rapid Review: Children K1, K2 and K3\n\n"
        "Partnership | Eastmoor Safeguarding Children Partnership\n\n"
        "Date of serious incident | 03/02/2024\n\n"
        "1. Reason for the notification\n\n"
        "On 03/02/2024 K3 was taken to hospital, severely underweight. K1 and K2 were placed in foster care "
        "the same day and K3 joined them on discharge. K1 had missed school for weeks.\n"
    )
    assert sorted(c["alias"] for c in child_codes(text)) == ["K1", "K2", "K3"]


# --- a per-child table whose borders the reader lost ---------------------------------------------------------

_RUN_ON = (
    "EASTMOOR SAFEGUARDING CHILDREN PARTNERSHIP\n\nRAPID REVIEW\n\n"
    "Children Child A (Ava) and Child B (Leo)\n\n"
    "Notification submitted 02/03/2024 Date of incident 28/02/2024\n\n"
    "1. Child details\n\n"
    "Child A (Ava) Child B (Leo)\n\n"
    "Age at incident 4y 1m 18 months Sex F M Ethnicity White British White British\n\n"
    "CP plan Previous (Mar 2021 - Jan 2022, neglect) Previous (Mar 2021 - Jan 2022, neglect)\n\n"
    "LAC Not LAC prior to incident Not LAC prior to incident\n\n"
    "2. Circumstances of the incident\n\n"
    "- Police found both children alone in the flat; the heating was off and there was no food.\n"
    "- Child A: bruising to both arms, not accidental in the paediatrician's opinion.\n"
    "- Child B: weight below the 0.4th centile, dehydrated. Admitted.\n"
)


def test_run_on_table_names_both_children_and_their_ages() -> None:
    ava, leo = child_codes(_RUN_ON)
    assert (ava["alias"], ava["age_months"]) == ("Child A (Ava)", 49)
    assert (leo["alias"], leo["age_months"]) == ("Child B (Leo)", 18)


def test_run_on_table_rows_are_every_childs() -> None:
    children = child_codes(_RUN_ON)
    assert len(children) == 2
    for child in children:
        assert child["cp_plan"] == "previous"
        assert child["looked_after"] == "absent"


def test_bordered_row_saying_the_same_of_each_child() -> None:
    text = (
        "Learning Brief: Ruby and Kian\n\n"
        "In March 2023 two siblings, Ruby and Kian, were found living in a flat with no food and no heating.\n\n"
        "Ruby | Kian\n\nEthnicity | White British | White British\n\nLAC | Not looked after | Not looked after\n\n"
        "Ruby told her foster carer that Kian looked after her.\n"
    )
    for child in child_codes(text):
        assert child["looked_after"] == "absent"


# --- a document's own words are no child's name; "Identifier used in this record" ------------------------


def test_summary_record_title_is_no_child() -> None:
    text = (
        "EASTMOOR SAFEGUARDING PARTNERSHIP\nSerious Incident Notification - Summary Record\n\n"
        "Record date: 3 May 2025\n\n1. Child\n   Identifier used in this record: Child N\n"
        "   Age at incident: 3 years 2 months\n\n"
        "2. Incident\n   Summary: Child N was found drowsy after swallowing tablets. Child N was taken to hospital.\n"
    )
    assert [c["alias"] for c in child_codes(text)] == ["Child N"]


# --- a newborn of a young mother: the mother's ages are not the baby's ---------------------------------------


def test_newborn_of_a_young_mother() -> None:
    from tests.extract.coding import case_codes

    text = (
        "RAPID REVIEW REPORT: BABY T\n\n"
        "1. Baby T, a baby boy, was born at home in January 2025 following a concealed pregnancy. His mother, "
        "who is called Z in this report, was seventeen and at college. Z gave birth alone. Baby T was admitted "
        "to the neonatal unit and has recovered.\n\n"
        "2. Z's parents separated when she was small, after domestic abuse by her father.\n\n"
        "3. Z was known to CAMHS in 2022, aged fourteen, for low mood.\n"
    )
    child = child_codes(text)[0]
    assert (child["age_months"], child["age_band"]) == (0, "under_1")
    assert case_codes(text)["domestic_abuse"] != "present"


# --- a family title and a brother named with an age beside the first child --------------------------------


@pytest.mark.parametrize(
    "sibling",
    ["His brother Jack, aged seven, was treated for smoke inhalation.", "His younger brother, Jack, 7, was also hurt."],
)
def test_family_title_and_an_aged_brother(sibling: str) -> None:
    text = (
        "EASTMOOR SAFEGUARDING PARTNERSHIP\n7 MINUTE BRIEFING\n"
        'LCSPR: "The T Children" - a house nobody looked inside\n\n'
        "1. WHY THIS BRIEFING?\n"
        f"The partnership commissioned a review after a fire at the family's house in 2022. Owen, 11, suffered "
        f"burns to his arms. {sibling} Two younger siblings were unhurt.\n\n"
        "2. THE FAMILY\nOwen and Jack shared a room full of boxes. Owen told his teacher he was always tired.\n"
    )
    children = child_codes(text)
    assert [c["alias"] for c in children] == ["Owen", "Jack"]
    assert children[1]["age_months"] == 84
    assert children[0]["harm_category"] != "physical_abuse"  # burns in a house fire


def test_single_child_title_keeps_one_child() -> None:
    text = (
        "LCSPR: Owen\n\n"
        "1. The partnership commissioned a review after Owen, 11, was found in a cold flat. His brother Jack, aged "
        "seven, lives with his father and is not part of this review.\n\n2. Owen told his teacher he was hungry.\n"
    )
    assert [c["alias"] for c in child_codes(text)] == ["Owen"]


# --- the review's own finding that a death was maltreatment-related, in its analysis -------------------------


def test_later_finding_that_the_death_was_maltreatment_related() -> None:
    filler = " ".join(
        f"Paragraph {k}: agencies met and recorded their contact with the young mother." for k in range(60)
    )
    text = (
        "SERIOUS CASE REVIEW\n\nBABY R\n\n"
        "1.1 In May 2016 a newborn baby boy, called Baby R in this report, was found dead in a flat where his mother "
        "lived alone. Nobody had known she was pregnant.\n\n"
        f"2.1 {filler}\n\n"
        "4.8 The pathologist found that he had been born alive. The review regards Baby R's death as "
        "maltreatment-related: neglect of a newborn's basic needs at birth.\n"
    )
    assert child_codes(text)[0]["death_category"] == "other_maltreatment_related"


@pytest.mark.parametrize(
    "fire", ["after a fire at the family's rented flat", "when he was hurt in a fire in the family home"]
)
def test_burns_in_a_house_fire_are_no_physical_abuse(fire: str) -> None:
    text = (
        "Rapid Review: Child H\n\n"
        f"1.1 The review was held {fire} in March 2023. Child H, aged six, suffered burns to his legs. The flat "
        "was full of rubbish and the smoke alarm had no battery.\n"
    )
    assert child_codes(text)[0]["harm_category"] != "physical_abuse"


# --- the age told before the name the report gives the child ----------------------------------------------


@pytest.mark.parametrize(
    "intro",
    [
        "In this report the older brother, who was nine, is called Sam, and his brother, who was three, is called Leo.",
        "In this review the older boy, who was 9 years old, will be called Sam and his brother, who was 3, will "
        "be called Leo.",
    ],
)
def test_age_before_the_given_name(intro: str) -> None:
    text = (
        "Local Child Safeguarding Practice Review: Brothers A and B\n\n"
        f"This review concerns two brothers. {intro} In May 2022 both boys were found alone in the flat.\n\n"
        "Sam was in Year 4 and was often hungry. Leo attended nursery in the mornings. Sam looked after Leo.\n"
    )
    sam, leo = child_codes(text)
    assert (sam["age_months"], leo["age_months"]) == (108, 36)


# --- an earlier step of the history told with "when he was"; a remark in brackets before "at the time" ------


def test_diagnosed_when_he_was_is_no_age_at_the_incident() -> None:
    text = (
        "Thematic review: four families\n\nFamily C: Jordan\n\n"
        "4.7 Jordan is a boy who was thirteen (in Year 9 age group) at the time of the incident in May 2023. He "
        "has asthma, diagnosed when he was eight. He lived with his father.\n\n"
        "4.8 Jordan was admitted to hospital in May 2023.\n"
    )
    child = child_codes(text)[0]
    assert (child["age_months"], child["age_band"]) == (156, "11_15")


# --- a carer's act in a review of a teenager is the parent's ----------------------------------------------------


def test_smelled_of_alcohol_at_collection_is_the_parents() -> None:
    from tests.extract.coding import case_codes

    text = (
        "Rapid Review: Young Person K\n\n"
        "1.1 Young Person K, aged 14, was admitted to hospital after an overdose in March 2024. Young Person K "
        "lived with his mother and his baby sister.\n\n"
        "1.2 Nursery staff recorded on three occasions that she smelled of alcohol at collection.\n"
    )
    assert case_codes(text)["parental_alcohol_misuse"] == "present"


# --- the child's own body part after its name --------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "want"),
    [
        ("The father said Baby P had banged her head on the cot.", "female"),
        ("Her mother explained that Baby P might have scratched his own face.", "male"),
    ],
)
def test_own_body_part_after_the_name(said: str, want: str) -> None:
    text = (
        "Rapid Review: Baby P and Baby Q\n\n"
        "Baby P and Baby Q are twins. At a visit when the twins were four months old, the health visitor saw a "
        f"bruise on Baby P. {said} In March 2024 Baby Q was taken to hospital with a fracture and Baby P was "
        "examined too.\n"
    )
    assert child_codes(text)[0]["sex"] == want


def test_someone_elses_act_on_the_body_is_not_the_childs() -> None:
    text = (
        "Rapid Review: Baby P and Baby Q\n\n"
        "Baby P and Baby Q are twins. In March 2024 Baby Q was taken to hospital with a fracture and Baby P was "
        "examined too. Baby P's father had hit his own head on a cupboard that morning.\n"
    )
    assert child_codes(text)[0]["sex"] != "male"


# --- a form's date-of-birth field makes an age in whole years exact ------------------------------------------


@pytest.mark.parametrize(
    "field", ["DOB:              05/04/2013 (age 10 yrs at notification)", "Date of birth: 05/04/2013 (aged 10)"]
)
def test_dob_field_refines_an_age_in_years(field: str) -> None:
    text = (
        "RAPID REVIEW - CONFIDENTIAL\n\n"
        'Child:            Child T ("Toby")\n'
        f"{field}\n"
        "Sex:              M\n\n"
        "1. REASON FOR NOTIFICATION\n"
        "Toby disclosed to his teacher on 20/11/2023 that a neighbour had touched him.\n"
    )
    assert child_codes(text)[0]["age_months"] == 127


def test_born_and_incident_in_one_sentence_keeps_the_incident_year() -> None:
    from tests.extract.coding import extract

    text = (
        "Local Child Safeguarding Practice Review: Sami\n\nDate of publication: 3 June 2024\n\n"
        "1.1 This summary sets out the learning after serious harm to a 16-year-old, Sami (not his real name), in "
        "October 2023. Sami was born on 4 March 2007; the incident took place on 12 October 2023.\n\n"
        "2.1 In 2022 Sami was cautioned for possession of cannabis.\n"
    )
    result = extract(text)
    assert result["children"][0]["age_months"]["value"] == 199
    assert result["review"]["incident_year"]["value"] == 2023
