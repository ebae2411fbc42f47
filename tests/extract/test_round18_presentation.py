"""Round 18: the child's arrival at hospital is the incident, not earlier contact, unless it is said
to be earlier or dated before the incident (to the month when the report dates the incident so).
All text is invented for the tests."""

from __future__ import annotations

from caselearn.extract.agencies import agencies
from caselearn.extract.text import Doc


def found(text: str, year: int | None = None, thematic: bool = False) -> set[str]:
    s = agencies(Doc.from_text(text), year, thematic=thematic)
    return set(s.value) if s else set()


def test_arrival_at_hospital_in_formal_prose_is_the_incident() -> None:
    got = found(
        "3. Agency involvement\n\nIn the spring Child R, then eleven months old, was brought to the "
        "emergency department at Hollin Vale General by her mother's partner with swelling to her cheek. "
        "The health visitor had seen the family at home twice that winter."
    )
    assert got == {"health_visiting"}


def test_arrival_at_hospital_in_terse_notes_is_the_incident() -> None:
    got = found(
        "Agency involvement\n\n- J admitted to the children's ward, severely underweight.\n- GP: seen for asthma x3."
    )
    assert "hospital" not in got
    assert "gp" in got


def test_arrival_at_hospital_in_a_health_voice_is_the_incident() -> None:
    got = found(
        "4. Agency involvement\n\nHis aunt took him to A&E after three days of a swollen wrist; he was "
        "hospitalised for a week. CSC had an open CIN plan."
    )
    assert got == {"childrens_social_care"}


def test_earlier_attendances_still_count() -> None:
    assert "hospital" in found("Child D had been taken to the ED twice before with minor head injuries.")
    assert "hospital" in found("She was brought to A&E previously with a scald to her hand.")


def test_an_attendance_dated_before_the_incident_year_counts() -> None:
    assert "hospital" in found("In March 2019 Baby E was taken to hospital with a bruise to his ear.", 2021)


def test_an_attendance_in_an_earlier_month_of_the_incident_year_counts() -> None:
    text = (
        "1. Summary\n\nAmy died at home in October 2022 after she stopped breathing in her cot.\n\n"
        "2. Agency involvement\n\nIn May 2022 Amy was taken to the Emergency Department with a burn to her hand; "
        "the explanation was accepted."
    )
    assert "hospital" in found(text, 2022)


def test_an_attendance_in_the_incident_month_is_the_incident() -> None:
    text = (
        "1. Summary\n\nOn 3 October 2022 Amy stopped breathing at home.\n\n"
        "2. Agency involvement\n\nOn 3 October 2022 Amy was taken to the Emergency Department by ambulance."
    )
    assert "hospital" not in found(text, 2022)


def test_a_later_conviction_does_not_date_the_incident() -> None:
    text = (
        "1. Summary\n\nIn December 2022 the father was convicted of causing the injuries.\n\n"
        "2. Agency involvement\n\nOn 2 June 2022 the child was found unresponsive by her mother.\n"
        "In August 2022 she was brought to hospital for a follow-up of her injuries."
    )
    # June is the incident's month; the August attendance followed it
    assert "hospital" not in found(text, 2022)


def test_in_a_thematic_review_one_childs_admission_is_history_for_another() -> None:
    text = "2. Agency involvement\n\nEli was admitted to hospital in April with weight loss."
    assert "hospital" in found(text, thematic=True)
    assert "hospital" not in found(text)


def test_a_parents_psychiatric_admission_is_not_the_incident() -> None:
    # the mother's own admission is no arrival of the child; it says nothing of this rule
    assert "adult_mental_health" in found("The mother was admitted to a psychiatric unit in 2018.", 2021)


# a service that held nothing on the family is no contact with it


def test_a_service_holding_no_records_is_not_contact() -> None:
    got = found(
        "3. Agency involvement\n\nThe constabulary's police held no domestic incident records for either parent. "
        "The health visitor saw the family three times."
    )
    assert got == {"health_visiting"}


def test_terse_none_entries_are_not_contact() -> None:
    got = found("Agency involvement\n\n- Police: nothing known about the family.\n- HV: new birth visit done.")
    assert got == {"health_visiting"}
    assert "police" not in found("Agency involvement\n\nPolice | No DA call-outs to the address.")


def test_no_record_of_any_involvement_is_not_contact() -> None:
    assert "police" not in found(
        "3. Agency involvement\n\nThere was no record of any police involvement with the household."
    )


def test_a_service_that_held_records_or_stopped_later_still_counts() -> None:
    assert "police" in found("3. Agency involvement\n\nPolice attended the flat twice after neighbours called.")
    got = found("3. Agency involvement\n\nThe health visiting service had no contact after the baby was one.")
    assert "health_visiting" in got


# whom the reviewer met tells of the review, not of contact with the family


def test_whom_the_reviewer_met_is_not_contact() -> None:
    got = found(
        "2. Method\n\nThe lead reviewer met the youth offending manager and a worker from a local charity. "
        "The mother spoke to the reviewer at her probation office.\n\n"
        "3. Agency involvement\n\nThe school raised concerns twice."
    )
    assert got == {"school"}


def test_a_meeting_of_professionals_with_the_family_still_counts() -> None:
    assert "probation" in found("3. Agency involvement\n\nHe met his probation officer weekly in 2021.")


def test_an_attendance_told_with_the_childs_age_at_it_counts() -> None:
    assert "hospital" in found("3. Agency involvement\n\nAged 4 months, she was taken to A&E with a rash.")
    assert "hospital" in found("3. Agency involvement\n\n- Admitted to the children's ward with croup at ten months.")
