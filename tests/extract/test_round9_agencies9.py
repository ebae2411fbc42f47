"""Round 9, agencies in contact before the incident: glossaries and headings that only name a
service, and the other families of mention that tell of no contact. All text invented for the tests."""

from __future__ import annotations

from caselearn.extract.agencies import agencies
from caselearn.extract.text import Doc


def found(text: str) -> set[str]:
    s = agencies(Doc.from_text(text))
    return set(s.value) if s else set()


def test_glossary_lines_name_services_without_contact() -> None:
    text = (
        "Abbreviations\n\n"
        "YOS: Youth Offending Service.\n\n"
        "PRU - pupil referral unit; IDVA - independent domestic violence adviser; GP - general practitioner\n\n"
        "CAMHS Child and Adolescent Mental Health Services\n\n"
        "The health visitor saw the family at home twice in the spring."
    )
    assert found(text) == {"health_visiting"}


def test_glossary_in_a_run_of_terms() -> None:
    text = "ED Emergency Department HV Health Visitor MARAC Multi-Agency Risk Assessment Conference. The GP saw mother."
    assert found(text) == {"gp"}


def test_abbreviation_with_expansion_in_a_sentence_of_contact_still_counts() -> None:
    assert found("CSC (children's social care) visited the home twice in May.") == {"childrens_social_care"}
    assert "camhs" in found("CAMHS: seen for six sessions of therapy in 2020 and discharged.")
    assert "gp" in found("GP - general practitioner saw mother with low mood on three occasions.")


def test_heading_then_not_known_line() -> None:
    text = (
        "Police\n\n- Not known to police; no call-outs to the address.\n\n"
        "Health visiting\n\n- Four contacts, all routine."
    )
    assert found(text) == {"health_visiting"}


def test_heading_then_contact_line_still_counts() -> None:
    text = "Police\n\n- Two domestic abuse call-outs in 2021, both graded standard.\n\nCSC\n\nNone."
    assert found(text) == {"police"}


def test_abbreviation_heading_then_its_expansion() -> None:
    assert found("MASH\n\nMulti-Agency Safeguarding Hub.\n\nThe school nurse saw her once.") == {"school"}


def young(text: str) -> set[str]:
    s = agencies(Doc.from_text(text), young=True)
    return set(s.value) if s else set()


def test_a_parents_own_childhood_is_not_contact_with_this_family() -> None:
    assert found("Her father was placed on a child in need plan when he was twelve after his parents split.") == set()
    assert found("The mother said that at 15 she had been seen by CAMHS for low mood.") == set()
    assert found("Mr T was excluded from school in Year 9 and later attended a pupil referral unit.") == set()
    assert found("- Mum: in her mid-teens open to the YOT; leaving care team support ended at 21.") == set()


def test_a_parents_job_is_not_contact() -> None:
    assert found("Father worked as a teaching assistant until the redundancy.") == set()
    assert found("The mother had been a community nurse before the twins were born.") == set()


def test_pronoun_childhood_counts_as_a_parents_only_in_a_review_of_a_young_child() -> None:
    text = "She was supported by the leaving care team until she was 18 and attended a special school."
    assert young(text) == set()
    # in a review of a teenager the same words may be the young person's own history
    assert found(text) == {"childrens_social_care", "school"}


def test_the_childs_own_contact_and_adult_history_still_count() -> None:
    assert young("At 10 weeks the baby was seen by the GP with a rash.") == {"gp"}
    assert found("Mother was referred by her GP to the perinatal mental health team in March.") == {
        "gp",
        "adult_mental_health",
    }
    assert found("Jordan, aged 15, was seen by CAMHS six times in 2022.") == {"camhs"}


def test_not_known_to_one_service_or_to_another() -> None:
    assert found("Neither carer was known to the police or to adult social care or the housing team.") == set()
    assert found("The family were not known to probation or to the youth offending team.") == set()
    assert "police" in found("The family were not known to children's social care but the police had attended twice.")


def test_table_cells_saying_no_contact() -> None:
    text = "| Agency | Contact |\n| CSC / MASH | No previous contact. |\n| Police | Two DA call-outs in 2022 |"
    assert found(text) == {"police"}
    assert found("Probation | none |") == set()


def test_records_that_hold_nothing() -> None:
    assert found("Both parents' GP records contain nothing about alcohol or drug use.") == set()
    assert found("There was no history of violence recorded by police or any other agency.") == set()
    assert found("No concerns had been held by the school or recorded by police.") == set()
    # a record of contact is contact
    assert found("The GP records show three consultations for low mood.") == {"gp"}


def test_advice_not_sought_and_referral_decided_against() -> None:
    assert found("No advice was sought from the MASH, and the bruise was not discussed further.") == set()
    assert found("The midwife decided against a referral to children's social care.") == {"midwifery"}
    assert found("Staff considered, and decided against, an early help referral to the Family Hub.") == set()


def test_a_local_name_between_the_negation_and_the_service() -> None:
    assert found("There was no referral to Northfield Recovery Service.") == set()
    assert found("She did not seek advice from the Westmoor Children's Services front door.") == set()
    assert found("She was referred to Northfield Recovery Service and attended twice.") == {"substance_misuse_service"}


def test_the_incident_admission_told_with_its_clinical_signs() -> None:
    assert found("Baby Z was rushed to the children's hospital and ventilated on PICU for four days.") == set()
    assert found("- 02/04: in ED, GCS low, reduced level of consciousness; CT showed a subdural bleed.") == set()
    assert found("He was brought into A&E by his father after he went floppy in the bath.") == set()
    assert found("Officers attended and the toddler was found by police alone in the flat.") == set()


def test_earlier_hospital_contact_still_counts() -> None:
    assert found(
        "In 2019 she had been seen twice in ED with minor head bumps.",
    ) == {"hospital"}
    assert found("The baby was admitted to the children's ward with bronchiolitis at six weeks.") == {"hospital"}
    assert found("Police had previously attended the flat three times after neighbours heard shouting.") == {"police"}


def test_youth_and_young_carers_services_are_voluntary_sector() -> None:
    assert "voluntary_sector" in found("Ellie had weekly sessions with a youth counselling service in 2021.")
    assert "voluntary_sector" in found("- Young carers project: group sessions from 2020, 1:1 worker since May.")
    assert "voluntary_sector" in found("He met his youth mentor from the Streetwise project fortnightly.")
    assert "voluntary_sector" not in found("There was no referral to the young carers service.")


def test_council_housing_teams_in_other_words() -> None:
    assert "housing" in found("The council's housing standards team inspected the damp flat in 2022.")
    assert "housing" in found("Housing adaptations team: waiting list for a level-access shower since 2021.")
    assert "housing" in found("Mother made a homelessness application to Eastvale District Council Housing.")
    assert "housing" not in found("The family were not known to the housing options team.")


def test_signposting_is_not_contact() -> None:
    assert found("The midwife advised Mum to self-refer to the perinatal mental health team.") == {"midwifery"}
    assert found("- HV: signposted to Talking Minds (IAPT); gave details of the local food bank.") == {
        "health_visiting"
    }
    assert found("Father was given information about the community drug service and encouraged to see his GP.") == set()


def test_a_referral_declined_or_not_accepted_is_not_contact() -> None:
    assert found("The GP offered a referral to the local alcohol service, which the father declined.") == {"gp"}
    assert found("Referral to CAMHS (March 2021) was not accepted: 'no mental health need'.") == set()
    assert found("A referral to the community drug and alcohol team in 2018 that she did not take up.") == set()


def test_a_referral_taken_up_still_counts() -> None:
    assert found("She was referred to the perinatal mental health team and seen four times.") == {"adult_mental_health"}
    assert found("The school referred him to CAMHS; he was on the waiting list at the time.") == {"school", "camhs"}
