"""Round 19b, agencies in contact before the incident: where in the sentence a denial sits, and
which part of the report and which time a mention belongs to. All text invented for the tests."""

from __future__ import annotations

from caselearn.extract.agencies import agencies
from caselearn.extract.text import Doc


def found(text: str, year: int | None = None) -> set[str]:
    s = agencies(Doc.from_text(text), year)
    return set(s.value) if s else set()


def test_label_then_denial_of_the_same_service() -> None:
    # the label names the service the rest of the line denies
    assert "police" not in found("Police: neither carer was ever known to police.")
    assert "police" not in found("Police | Neither parent known to the police.\n\nThe GP saw the baby twice.")
    assert "health_visiting" not in found("HV - the family were never known to the HV team in this area.")


def test_label_with_contact_still_counts() -> None:
    assert "police" in found("Police: two call-outs to the flat for domestic incidents in 2021.")
    assert "police" in found("Police | Attended three times after neighbours called.")


def test_one_service_denied_says_nothing_of_another_of_the_same_kind() -> None:
    # a declined perinatal referral beside a therapy group she attended: the group still counts
    text = (
        "The GP referred her to the perinatal mental health team, which was not accepted; "
        "she took up talking therapies instead and attended two sessions."
    )
    assert "adult_mental_health" in found(text)


def test_negation_spanning_a_list_then_any_contact() -> None:
    assert "police" not in found("Neither parent had any criminal record or any contact with the police.")
    assert "police" not in found("The father has no convictions, no cautions and never any dealings with police.")
    assert "childrens_social_care" not in found(
        "The family were not, at any time before the incident, in any contact with children's social care."
    )
    # contact asserted: a negation elsewhere does not reach it
    assert "police" in found("Mother did not drink; police attended the flat twice in 2020 after arguments.")


def test_police_and_hospital_among_those_who_informed_the_review() -> None:
    text = (
        "Reports were provided by the health visiting service, the GP practice, Oakmere University "
        "Hospitals NHS Trust and Oakmere Constabulary Police.\n\n"
        "The health visitor made four visits."
    )
    assert found(text) == {"health_visiting", "gp"}
    assert "police" not in found("The partnership is made up of Fenby Council, the Fenby ICB and Fenby Police.")
    assert "police" not in found("I met a review team drawn from education, health and the police.")
    assert "police" not in found("Contributing agencies\n\n- Northmoor Police\n\n- Northmoor Borough Council")


def test_police_contact_told_in_a_sentence_still_counts() -> None:
    assert "police" in found("Police attended the flat four times in 2021 after neighbours reported shouting.")
    # a name line under the chronology heads that service's contacts
    text = "Chronology\n\nFenby Police\n\n- 03/2021: call-out to the address, verbal argument."
    assert "police" in found(text)
    # a list of services in contact is not a list of contributors
    assert "hospital" in found(
        "Before the incident the following agencies were in contact with the family: the GP and Fenby Hospital."
    )
