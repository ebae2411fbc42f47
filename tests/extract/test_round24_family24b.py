"""Round 24b (family flags): parents with their ages in brackets said to live together, a partner's
record told over two sentences with none of it for violence, and drinking a parent has put behind
them. Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import case_codes

BABY = (
    "Rapid Review: Baby R\n\n"
    "Baby R, a boy aged 5 months, was admitted to hospital with a skull fracture in May 2024.\n\n"
)


def _baby(text: str) -> dict[str, str]:
    return case_codes(BABY + text)


# --- parents with their ages in brackets ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "2.1 Mother (22) and father (25) have lived together since 2020 in a rented house.",
        "Mum (19) and Dad (23) live together in a flat above a shop.",
        "The mother (aged 30), and the father (aged 33) were living together with Baby R and his sister.",
    ],
)
def test_parents_with_ages_living_together(text: str) -> None:
    codes = _baby(text)
    assert codes["parental_separation"] == "absent"
    assert codes["acrimonious_separation"] == "absent"


@pytest.mark.parametrize(
    "text",
    [
        "Mother (22) and father (25) have not lived together since the spring of 2023.",
        "Mother (22) and father (25) lived together until the father moved out in 2023.",
    ],
)
def test_parents_with_ages_not_living_together(text: str) -> None:
    assert _baby(text)["parental_separation"] != "absent"


# --- a record with none of it for violence ------------------------------------------------------------

_MOTHER_AND_FATHER = "Baby R lives with his mother, Ms A, and her partner, Mr C. His father, Mr P, lives nearby. "


@pytest.mark.parametrize(
    "text",
    [
        "Mr C had a conviction in 2015 for assault by beating of a former girlfriend. He had no other "
        "convictions, and none for violence outside his relationships. Ms A and Mr P had no convictions of any kind.",
        "Mr C has a caution for assault on a former partner (2014). He has no further convictions, and none "
        "involving violence towards anyone else. Ms A and Mr P have no convictions.",
    ],
)
def test_partner_record_none_for_violence(text: str) -> None:
    codes = _baby(_MOTHER_AND_FATHER + text)
    assert codes["parental_violent_crime"] == "absent"
    assert codes["parental_criminal_record"] == "present"


def test_record_none_for_violence_one_parent_only_is_not_absent() -> None:
    # the mother and father are not covered
    text = "Mr C had a conviction for shoplifting. He had no other convictions, and none for violence."
    assert _baby(_MOTHER_AND_FATHER + text)["parental_violent_crime"] != "absent"


# --- drinking a parent has put behind them ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Baby R's father has talked openly to the reviewer about his drinking in the past.",
        "The mother told us about her previous alcohol use. She stopped drinking in 2018.",
        "Dad said he gave up alcohol two years ago, and has been sober since 2021.",
    ],
)
def test_past_parental_drinking(text: str) -> None:
    assert _baby(text)["parental_alcohol_misuse"] == "present"


@pytest.mark.parametrize(
    "text",
    [
        "The mother stopped drinking when she found out she was pregnant.",
        "The health visitor talked with the parents about safe sleep and alcohol.",
    ],
)
def test_not_past_parental_drinking(text: str) -> None:
    assert _baby(text)["parental_alcohol_misuse"] != "present"


# --- a looked-after young person's own moves and words ------------------------------------------------

LEAVER = (
    "Local Learning Review: Jade\n\n"
    "Jade, a girl aged 17, died in May 2024. Jade was a looked after child from the age of 12 and lived "
    "away from home.\n\n"
)


@pytest.mark.parametrize(
    "text",
    [
        "Jade then moved to supported (semi-independent) accommodation, the fourth address in a year.",
        "Jade went back to her foster carers, her third home in six months.",
        "In 2023 Jade moved to a children's home, the fifth home in two years.",
    ],
)
def test_looked_after_child_moves_are_not_the_family(text: str) -> None:
    assert case_codes(LEAVER + text)["transient_lifestyle"] != "present"


def test_family_moves_still_found_for_looked_after_child() -> None:
    text = "Before Jade came into care her mother moved house at least eight times."
    assert case_codes(LEAVER + text)["transient_lifestyle"] == "present"


@pytest.mark.parametrize(
    "text",
    [
        'In Jade\'s words, noted by her advocate in March 2024: "Everyone has a plan for me. I have nobody to ring."',
        "Jade told the reviewer: \u201cIt is all forms. Nobody to call at night, no one close.\u201d",
    ],
)
def test_child_quoted_isolation_is_not_the_family(text: str) -> None:
    assert case_codes(LEAVER + text)["social_isolation"] != "present"


# --- parents together now; a parent's field in notes ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "- Both parents say they are together and there have been no arguments.",
        "The parents remain together and live with Baby R in a rented flat.",
    ],
)
def test_parents_said_together(text: str) -> None:
    assert _baby(text)["parental_separation"] == "absent"


def test_parents_together_until_parting_is_not_absent() -> None:
    text = "The parents are together on and off; the father left again in March."
    assert _baby(text)["parental_separation"] != "absent"


def test_parent_fields_not_known_to_police() -> None:
    text = "Police checks:\n\n- Dad: no convictions or cautions.\n\n- Mum: not known to police.\n"
    codes = _baby(text)
    assert codes["parental_criminal_record"] == "absent"
    assert codes["parental_violent_crime"] == "absent"


# --- a drug with how often it was taken -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The mother's partner, Mr T, drank heavily and, by his own account, took cocaine at weekends.",
        "Mr T had a caution for possession of cannabis and said that he 'smoked to unwind' most nights.",
        "The father told police that ketamine every weekend had been part of his life for years.",
    ],
)
def test_parental_drug_with_frequency(text: str) -> None:
    assert _baby(text)["parental_drug_misuse"] == "present"


def test_drug_frequency_near_miss() -> None:
    text = "The health visitor gave the parents leaflets on cannabis at the new birth visit."
    assert _baby(text)["parental_drug_misuse"] != "present"


# --- a sentence for an offence that is never the harm to the child -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Baby R's father is in prison; he was sentenced in 2022 for burglary.",
        "The father was sentenced to twelve months for handling stolen goods.",
        "The mother was convicted in 2016 of shoplifting.",
    ],
)
def test_parent_sentenced_for_other_offence(text: str) -> None:
    assert _baby(text)["parental_criminal_record"] == "present"


# --- loneliness after the pandemic ---------------------------------------------------------------------


def test_alone_after_the_pandemic() -> None:
    text = "The mother told the reviewer that she felt very alone after the pandemic and had no one to ask."
    assert _baby(text)["social_isolation"] == "present"


def test_lockdown_isolation_is_not_the_family() -> None:
    text = "Like many families, the parents felt isolated during the first lockdown."
    assert _baby(text)["social_isolation"] != "present"


# --- a parent's own care history; one parent's bullet labelled with an age ----------------------------------


def test_parent_herself_been_looked_after() -> None:
    assert _baby("The mother had herself been looked after as a child.")["parental_aces"] == "present"


def test_denial_in_one_parents_aged_bullet_covers_only_that_parent() -> None:
    text = (
        "Household:\n\n"
        "- Mother, 31. Works part time in a shop. No known MH issues.\n\n"
        "- Mr K, 35, the mother's partner since 2023, lives in the household. Not known to agencies.\n"
    )
    assert _baby(text)["parental_mental_health"] != "absent"


def test_parents_own_word_for_separation() -> None:
    text = "The parents separated in 2022. Both described the separation to the reviewer as bitter."
    assert _baby(text)["acrimonious_separation"] == "present"


def test_separation_described_as_amicable_is_not_acrimonious() -> None:
    text = "The parents separated in 2022. Both described the separation to the reviewer as amicable."
    assert _baby(text)["acrimonious_separation"] != "present"


# --- several people telling of one parent ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Mr T's sisters told the reviewer that he had started drinking heavily after losing his job.",
    ],
)
def test_plural_tellers_report_parent(text: str) -> None:
    assert _baby(text)["parental_alcohol_misuse"] == "present"


def test_single_teller_speaks_of_himself() -> None:
    text = "Baby R's uncle told me that he had been drinking heavily that year."
    assert _baby(text)["parental_alcohol_misuse"] != "present"


# --- the couple as "Mr and Ms X" ---------------------------------------------------------------------------


def test_mr_and_ms_lived_together() -> None:
    text = "Mr and Ms K lived together as a couple throughout the period under review."
    codes = _baby(text)
    assert codes["parental_separation"] == "absent"


def test_mr_and_ms_lived_together_until_parting() -> None:
    text = "Mr and Ms K lived together until they separated in 2023."
    assert _baby(text)["parental_separation"] != "absent"
