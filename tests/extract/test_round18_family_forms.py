"""Round 18 (family flags): offences told with their year or length, an assault on a former partner
(domestic abuse, not violent crime elsewhere), relationships counted with an adjective, a bitter
separation told after the event, a parent's childhood told with the time first, a grandparent who
is "(not a carer)", and a missed link that does not deny what it links. Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import case_codes

_OPEN = (
    "Child Safeguarding Practice Review: Baby Ellis\n\n"
    "Baby Ellis was four months old when he was admitted to hospital. "
)


def _case(said: str) -> dict[str, str]:
    return case_codes(_OPEN + said + "\n")


# --- violent crime: the offence told after a year, a length or a list of years ---


@pytest.mark.parametrize(
    "said",
    [
        "Mr Hale, the father, was sentenced in March 2019 to three years for robbery of a taxi driver.",
        "Father - in HMP, serving 3 yrs for robbery; contact by phone.",
        "Mr Hale had previous convictions, from 2014 and 2018, for affray after fights in the town centre.",
        "Father: police caution in 2020 for assaulting a bouncer outside a pub.",
    ],
)
def test_violent_offence_told_with_its_time(said: str) -> None:
    assert _case(said)["parental_violent_crime"] == "present"


@pytest.mark.parametrize(
    "said",
    [
        "Police records showed that the father had two convictions for assaulting former partners.",
        "He had a caution from 2015 for assaulting a previous partner.",
        "PNC: conviction 2016 for assaulting his ex-partner.",
    ],
)
def test_assault_on_a_former_partner_is_not_violent_crime_elsewhere(said: str) -> None:
    assert _case(said)["parental_violent_crime"] != "present"


# --- criminal record: a caution or conviction with its year ---


@pytest.mark.parametrize(
    "said",
    [
        "Father (aged 24): caution 2017 for shoplifting.",
        "Mr Hale: PNC - conviction for burglary (2012).",
        "Police held a caution, in 2010, for criminal damage; the father had a conviction in 2015 for theft.",
    ],
)
def test_record_told_with_its_year(said: str) -> None:
    assert _case(said)["parental_criminal_record"] == "present"


def test_no_conviction_is_not_a_record() -> None:
    assert _case("Neither parent had any criminal convictions.")["parental_criminal_record"] != "present"


# --- multiple partners ---


@pytest.mark.parametrize(
    "said",
    [
        "Since the age of eighteen the mother had been in three significant relationships, each of them short.",
        "Ms Avery had three partners in the four years before Ellis was born.",
        "The panel looked at the children's lives across the mother's relationships with two partners.",
    ],
)
def test_partners_counted(said: str) -> None:
    assert _case(said)["multiple_partners"] == "present"


@pytest.mark.parametrize(
    "said",
    [
        "The three safeguarding partners agreed to commission the review.",
        "The review was overseen by all three partners of the safeguarding arrangements.",
        "The mother has not had another partner since the separation.",
    ],
)
def test_partners_that_are_not_a_series(said: str) -> None:
    assert _case(said)["multiple_partners"] != "present"


# --- acrimonious separation ---


@pytest.mark.parametrize(
    "said",
    [
        "The separation from Mr Hale was bitter and he made threats over contact.",
        "Their divorce in 2021 had been very acrimonious.",
        "Parents split 2022; the break-up was hostile (police called twice).",
    ],
)
def test_separation_said_bitter_afterwards(said: str) -> None:
    assert _case(said)["acrimonious_separation"] == "present"


def test_a_separation_without_conflict() -> None:
    assert (
        _case("The parents separated in 2021 and the separation was amicable.")["acrimonious_separation"] != "present"
    )


# --- transience with an ordinal in figures ---


@pytest.mark.parametrize(
    "said",
    [
        "11/2022 Housing: homeless application (3rd address in 18 months).",
        "The family were then in their 4th home in two years.",
        "By the summer the mother had moved to her 5th tenancy in three years.",
    ],
)
def test_ordinal_address_in_figures(said: str) -> None:
    assert _case(said)["transient_lifestyle"] == "present"


def test_one_address_is_not_transience() -> None:
    assert _case("The family lived at the same address throughout the period.")["transient_lifestyle"] != "present"


# --- a parent's adverse childhood, time first; looked after from an age ---


@pytest.mark.parametrize(
    "said",
    [
        "As a child she witnessed her father's violence towards her mother.",
        "Growing up, he saw his stepfather's beatings of his mother.",
        "Ellis's mother was looked after from the age of twelve and supported by a personal adviser.",
        "Mother: was taken into foster care at 13 after neglect at home.",
    ],
)
def test_parent_childhood_time_first(said: str) -> None:
    assert _case(said)["parental_aces"] == "present"


def test_a_baby_in_foster_care_for_days_is_not_a_parents_childhood() -> None:
    assert _case("He was placed in foster care at 10 days old.")["parental_aces"] != "present"


# --- a grandparent who is not a carer; a young person's own substance use ---


@pytest.mark.parametrize(
    "said",
    [
        "- Maternal grandmother lives nearby; heavy drinker (not a carer).",
        "MGM: alcohol dependent (but not a carer for the children).",
        "Paternal grandfather is a heavy drinker and has no caring role.",
    ],
)
def test_grandparent_who_is_not_a_carer(said: str) -> None:
    assert _case(said)["parental_alcohol_misuse"] != "present"


def test_grandparent_who_cares_still_counts() -> None:
    codes = _case("The mother was a heavy drinker and the maternal grandmother did the school run.")
    assert codes["parental_alcohol_misuse"] == "present"


def test_young_person_own_use_is_not_the_parents() -> None:
    text = (
        "RAPID REVIEW - YOUNG PERSON T\n\nSubject: YP T, Year 10.\n\n"
        "RISK FACTORS\n+ daily cannabis use and drinking to intoxication\n+ self-harm\n"
    )
    codes = case_codes(text)
    assert codes["parental_drug_misuse"] != "present"
    assert codes["parental_mental_health"] != "present"


# --- a link not made does not deny the things it links ---


@pytest.mark.parametrize(
    "said",
    [
        "However, there was no link made between the mother's low mood, her isolation after the move and her debts.",
        "No connection was drawn between her social isolation and the missed appointments.",
        "There were no links made between the HV's note of isolation and the GP's record of low mood.",
    ],
)
def test_missed_link_is_not_a_denial(said: str) -> None:
    assert _case(said)["social_isolation"] == "present"


def test_denied_isolation_still_denied() -> None:
    assert (
        _case("The mother was not isolated; she had a good network of family and friends.")["social_isolation"]
        != "present"
    )


# --- a denial of drink and drugs over a list, said of every parent ---


def _lines(*lines: str) -> dict[str, str]:
    return case_codes(_OPEN + "\n" + "\n".join(lines) + "\n")


@pytest.mark.parametrize(
    "said",
    [
        "- Neither parent had any history of mental health difficulties, substance misuse or contact with police.",
        "Neither parent has ever misused alcohol or drugs, and no agency had any concern about either.",
        "No agency was aware of any DA, alcohol or drug misuse in the family.",
    ],
)
def test_denial_over_a_list(said: str) -> None:
    codes = _lines(said)
    assert codes["parental_alcohol_misuse"] == "absent"
    assert codes["parental_drug_misuse"] == "absent"


@pytest.mark.parametrize(
    "said",
    [
        "Neither parent engaged with alcohol services when referred.",
        "Neither parent was asked about drugs or alcohol at the booking appointment, although the father drank daily.",
        "No agency was aware of the mother's heavy drinking until after the incident.",
    ],
)
def test_not_a_denial_of_use(said: str) -> None:
    assert _lines(said)["parental_alcohol_misuse"] != "absent"


def test_father_whereabouts_unknown_need_not_be_covered() -> None:
    codes = _lines(
        "HOUSEHOLD",
        "- Lives with Mum.",
        "- Father not involved, whereabouts unknown.",
        "- Mum: no known MH, drug or alcohol issues. Works part time.",
    )
    assert codes["parental_alcohol_misuse"] == "absent"


def test_father_in_the_picture_must_be_covered() -> None:
    codes = _lines(
        "- Lives with Mum; Dad visits at weekends.",
        "- Mum: no known drug or alcohol issues.",
    )
    assert codes["parental_alcohol_misuse"] != "absent"


# --- a father who died, was never named, or only left the scene is not a separated parent ---


@pytest.mark.parametrize(
    "said",
    [
        "Mum single parent; dad died 2019.",
        "The mother had brought the children up alone since the death of their father in a road accident.",
        "Father: not named; no contact.",
        "Police: call from mother about an argument; father had left before officers arrived.",
    ],
)
def test_not_a_separation(said: str) -> None:
    assert _lines(said)["parental_separation"] != "present"


@pytest.mark.parametrize(
    "said",
    [
        "Mum single parent since she and dad split in 2019.",
        "Father: lives in another town; no contact for years.",
        "The parents separated in 2021 after police attended a domestic incident.",
    ],
)
def test_still_a_separation(said: str) -> None:
    assert _lines(said)["parental_separation"] == "present"


# --- what no agency knew of: domestic abuse ---


@pytest.mark.parametrize(
    "said",
    [
        "No agency knew of any domestic abuse in the household.",
        "- No agency was aware of any DA or substance misuse in the home.",
        "None of the agencies had ever had a report of domestic violence involving the couple.",
    ],
)
def test_no_agency_knew_of_domestic_abuse(said: str) -> None:
    assert _lines(said)["domestic_abuse"] == "absent"


@pytest.mark.parametrize(
    "said",
    [
        "No agency knew of any domestic abuse until the mother disclosed it after the incident.",
        "No agency was aware of the domestic abuse by Mr K towards the mother.",
        "Police: DA call-out 03/2023, father arrested; no agency was told of it at the time.",
    ],
)
def test_abuse_not_known_to_agencies_is_not_absent(said: str) -> None:
    assert _lines(said)["domestic_abuse"] != "absent"
