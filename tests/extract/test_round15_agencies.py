"""Round 15, agencies in contact before the incident: the person who chaired the review (even when the
sentence splitter cuts after an initial), a denial that the police were ever called, and a denial that
anything was ever reported to them. All text is invented for the tests."""

from __future__ import annotations

from caselearn.extract.agencies import agencies
from caselearn.extract.text import Doc


def found(text: str, year: int | None = None) -> set[str]:
    s = agencies(Doc.from_text(text), year)
    return set(s.value) if s else set()


def test_chair_field_cut_after_an_initial_is_not_contact() -> None:
    got = found(
        "Date of referral 02/05/2023\n\nChair Detective Sergeant K. Lowe, Northvale Police\n\n"
        "The health visitor saw the baby at eight weeks."
    )
    assert got == {"health_visiting"}


def test_chair_template_line_and_chaired_by_prose() -> None:
    assert "police" not in found("Chairperson: DCI M. Barnes (Eastport Constabulary police service)\n\nGP: two visits.")
    assert "police" not in found(
        "The rapid review was chaired by a senior police officer from the protecting vulnerable people unit."
    )


def test_police_contact_before_the_incident_still_counts() -> None:
    assert "police" in found("Police attended the address twice in 2021 after neighbours reported shouting.")
    # an initial before a real contact sentence is no membership cue
    assert "police" in found("The case was allocated to PC J. Webb, who visited the home after a police call-out.")


def test_police_never_called_to_the_home() -> None:
    for text in (
        "The couple were not known for domestic abuse, and police had never been called to the address.",
        "Officers said the police had never been contacted about the household.",
        "- DA: nil; police had never been called out.",
    ):
        assert "police" not in found(text), text


def test_nothing_ever_reported_to_police() -> None:
    for text in (
        "No domestic abuse was ever reported to police, and the review found no sign of it.",
        "No incident was ever reported to the police by either parent.",
    ):
        assert "police" not in found(text), text
    # a report that was made is contact
    assert "police" in found("The mother reported the assault to police in March 2022.")


def test_a_partners_record_from_before_he_met_the_mother_is_not_this_familys_contact() -> None:
    for text in (
        "It later emerged that Mr T had been cautioned by police in 2012, before he met the children's mother.",
        "Mr T: police caution 2013 (assault) - before they met.",
        "She had been known to police in 2014, before she moved in with Mr T and the children.",
    ):
        assert "police" not in found(text, 2022), text
    # contact with the couple after they met counts
    assert "police" in found("In 2019, a year after they met, police attended a row at the couple's flat.", 2022)
