"""Agencies in contact before the incident: incident-only services, statements that the family
was not known, and recommendations are not contact. All text is invented for the tests."""

from __future__ import annotations

from caselearn.extract.agencies import agencies
from caselearn.extract.text import Doc


def found(text: str) -> set[str]:
    s = agencies(Doc.from_text(text))
    return set(s.value) if s else set()


def test_incident_ambulance_and_hospital_do_not_count() -> None:
    got = found(
        "1. Introduction\n\nOn a Sunday morning Baby L was found floppy; her father called an ambulance and "
        "she was admitted to hospital, where she died two days later.\n\n"
        "2. Agency involvement\n\nThe health visitor saw the family four times. The GP treated the mother for anxiety."
    )
    assert got == {"health_visiting", "gp"}


def test_earlier_999_calls_count_for_the_ambulance_service() -> None:
    assert "ambulance" in found("An ambulance had been called to the flat three times in the previous year.")


def test_not_known_statements_in_several_voices() -> None:
    got = found(
        "The family was not known to children's social care. Neither parent was known to the police. "
        "- CSC: not previously known.\nThe school nurse saw him twice."
    )
    assert got == {"school"}


def test_not_known_until_a_date_is_contact() -> None:
    got = found("Sam was not known to children's social care until March 2021, when the nursery made a referral.")
    assert "childrens_social_care" in got


def test_recommendations_are_not_contact() -> None:
    got = found(
        "Findings\n\nThe midwife booked the pregnancy late.\n\nRecommendations\n\n"
        "1. Police and housing providers should share information about domestic incidents."
    )
    assert got == {"midwifery"}


def test_same_day_response_after_the_disclosure_is_not_earlier_contact() -> None:
    got = found(
        "Her class teacher had noticed for months that she was withdrawn. After she told him, "
        "the police and children's social care met the same day. "
        "Her GP had seen her for headaches."
    )
    assert got == {"school", "gp"}


def test_housing_in_other_words() -> None:
    assert "housing" in found("The family were evicted for rent arrears and spent four months in a hostel.")
    assert "housing" in found("Date | Housing | Tenancy visit, flat untidy.")


def test_referrals_never_taken_up_are_not_contact() -> None:
    got = found(
        "The GP referred her to the perinatal mental health team (not yet seen). "
        "Father declined referral to the local alcohol service. No previous CAMHS involvement."
    )
    assert got == {"gp"}


def test_neonatal_unit_is_the_hospital() -> None:
    assert "hospital" in found("The baby spent nine days on the neonatal unit after birth.")


def test_thematic_audit_figures_are_not_contact() -> None:
    got = found("In twelve of the forty audited cases the police were not told. The health visitor saw Ruby weekly.")
    assert got == {"health_visiting"}


def test_codebook_mappings_in_other_words() -> None:
    assert "childrens_social_care" in found("The leaving care team and the IRO both knew her well.")
    assert "adult_mental_health" in found("He spent a month in a psychiatric unit in 2018.")
    assert "voluntary_sector" in found("A Home-Start volunteer visited the family weekly.")
    assert "early_years" in found("The playgroup leader noticed bruises on his arm.")
    assert "school" in found("His form tutor noticed he was often hungry.")


def test_responses_after_the_harm_are_not_earlier_contact() -> None:
    for sentence in (
        "Following the disclosure, police and children's social care held a strategy discussion.",
        "After the injuries were found, the hospital made a referral to children's social care.",
        "Children's social care became involved only after the baby's admission.",
        "The family was previously unknown to police.",
    ):
        assert found(sentence) == set(), sentence


def test_injury_then_hospital_is_the_incident() -> None:
    got = found("He had been stabbed in the leg and was taken to hospital. His GP had treated him for asthma.")
    assert got == {"gp"}


def test_a_fathers_earlier_relationship_is_not_this_familys_contact() -> None:
    got = found("Before the couple met, a former partner reported him to the police. The midwife booked the pregnancy.")
    assert got == {"midwifery"}


def test_removal_under_police_protection_and_tenure_are_not_contact() -> None:
    got = found(
        "After the injuries both children were removed under police protection. "
        "The family lived in a housing association flat. The GP had seen the baby twice."
    )
    assert got == {"gp"}


def test_never_the_subject_of_a_plan_is_not_contact() -> None:
    assert found("Baby J was never the subject of a child in need or child protection plan.") == set()
