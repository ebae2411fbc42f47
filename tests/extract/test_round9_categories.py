"""Round 9: harm and death categories told through the injuries ("non-accidental injuries", "injuries
inflicted by her mother's partner"), outcomes in template fields ("Outcome: death", "Date of death"),
a young person who hurt a younger child, a natural death, and a survived ligature. Invented reports
in several voices, with near misses."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes


def child(text: str) -> dict:
    return child_codes(text)[0]


PHYSICAL = [
    # long prose: "non-accidental" must not read as "accidental"
    "Local Child Safeguarding Practice Review: Child C\n\nChild C, a girl of two, suffered serious "
    "non-accidental injuries, among them scalds to both feet which the paediatrician linked to immersion.",
    # terse bullets
    "Rapid review - Baby P\n\n- Baby P, 9/52.\n- ED: torn frenulum, bruising to the abdomen.\n- CP medical: "
    "non-accidental injuries. Both parents arrested.",
    # police voice: the injuries attributed to a carer
    "Police-led review: Child K\n\nChild K, aged 3, was taken to hospital with injuries inflicted by his "
    "mother's partner, including a lacerated liver. The partner was charged with GBH.",
    # health voice: the finding about the injury
    "Review of Infant M\n\nInfant M, eleven weeks old, presented with a swollen arm. The consultant's opinion "
    "was that the fracture was non-accidental. Social care started s47 enquiries.",
]


@pytest.mark.parametrize("text", PHYSICAL)
def test_physical_abuse_told_through_injuries(text: str) -> None:
    got = child(text)
    assert got["outcome"] == "serious_harm"
    assert got["harm_category"] == "physical_abuse"


def test_accidental_injury_still_not_physical_abuse() -> None:
    text = (
        "Rapid Review: Child Q\n\nChild Q, aged 2, was scalded when she pulled a kettle from the worktop while "
        "left unsupervised. The burns were judged to be accidental, and the review considered supervision."
    )
    assert child(text)["harm_category"] != "physical_abuse"


def test_ligature_brain_injury_is_not_physical_abuse() -> None:
    text = (
        "Learning Review: Young Person D\n\nYoung Person D, aged 16, was found in his bedroom at the children's "
        "home having tied a ligature. He survived and has a hypoxic brain injury. He had self-harmed since 13."
    )
    got = child(text)
    assert got["outcome"] == "serious_harm"
    assert got["harm_category"] == "other_nonfatal"


def test_death_by_carer_inflicted_injuries_is_family() -> None:
    text = (
        "Serious Case Review: Child P\n\nChild P, aged 18 months, died from injuries inflicted by her mother's "
        "boyfriend. He was convicted of her murder in 2019."
    )
    got = child(text)
    assert got["outcome"] == "death"
    assert got["death_category"] == "fatal_physical_abuse"


TEMPLATE_DEATHS = [
    "Rapid Review - Child X\n\nOutcome: death\nAge: 14 years\nSex: male\nCSC status: open (CIN)",
    "Rapid Review: Child Q\n\nDate of death: 12/03/2023.\nAge at death: 4 years.\nAgencies: HV, GP, police.",
    "Panel summary | Baby F\n\nOutcome | Death\nAge | 7 weeks\nNotified | 2 June 2024",
]


@pytest.mark.parametrize("text", TEMPLATE_DEATHS)
def test_death_in_template_fields(text: str) -> None:
    assert child(text)["outcome"] == "death"


def test_outcome_word_in_prose_is_no_template() -> None:
    text = (
        "Rapid Review: Child B\n\nChild B, aged 6, was found to have a fractured arm and bruises to his face. "
        "The outcome of the strategy discussion was a section 47 enquiry; the father said the boy's uncle had "
        "died the year before."
    )
    assert child(text)["outcome"] == "serious_harm"


YPP = [
    "Review: Young Person A\n\nYoung Person A, aged 15, seriously assaulted a younger boy at a bus stop and has "
    "been charged with GBH.",
    "LCSPR: Child H\n\n- Child H (14) stabbed an older pupil outside school.\n- Remanded; YOT involved.",
]


@pytest.mark.parametrize("text", YPP)
def test_young_person_perpetrator_younger_older(text: str) -> None:
    assert child(text)["harm_category"] == "young_person_perpetrator"


def test_victim_of_an_older_boy_is_not_perpetrator() -> None:
    text = "Review: Child W\n\nChild W, 13, was seriously assaulted by an older boy at a bus stop."
    assert child(text)["harm_category"] != "young_person_perpetrator"


NATURAL = [
    "Review: Child J\n\nChild J, aged 9, died of complications of a chronic illness. The review found no "
    "evidence that neglect contributed to her death.",
    "Child Death Review summary: Child U\n\nChild U (6) died from an infection after a short illness. There "
    "was no suggestion that neglect had caused her death.",
]


@pytest.mark.parametrize("text", NATURAL)
def test_natural_death(text: str) -> None:
    got = child(text)
    assert got["outcome"] == "death"
    assert got["death_category"] == "not_maltreatment_related"


CARER_ATTACKS = [
    # prose: a father named by title attacks the children; no harm word besides
    "Serious Case Review: Child F\n\nFather: Mr T, father of Child F.\n\n1.1 During contact at his flat Mr T "
    "attacked Child F with a kitchen knife. Child F, aged 8, survived after surgery.",
    # terse bullets: stabbed by her father
    "Rapid review - Child G\n\n- Child G, 11, F.\n- Stabbed by her father at home; surgery; PICU.\n- Father remanded.",
]


@pytest.mark.parametrize("text", CARER_ATTACKS)
def test_attack_by_a_carer_is_physical_abuse(text: str) -> None:
    got = child(text)
    assert got["outcome"] == "serious_harm"
    assert got["harm_category"] == "physical_abuse"


def test_parent_suicide_attempt_is_not_the_childs_harm() -> None:
    text = (
        "Review: Child H\n\nChild H, aged 6, was found with extensive bruising to her back. Her mother later "
        "attempted to take her own life and was admitted to hospital."
    )
    assert child(text)["harm_category"] == "physical_abuse"


INGESTION_NEGLECT = [
    # prose, child protection plan for neglect
    "Serious Case Review: Child W\n\nChild W, a boy aged 2 years 4 months, was found drowsy by his father and was "
    "found to have swallowed methadone. He was ventilated in PICU. Child W was subject to a child protection "
    "plan under the category of neglect.",
    # shorthand
    "Rapid review: Child B\n\n- Child B, 3y, M.\n- Ingested M's methadone; naloxone given by paramedics.\n"
    "- CP plan (neglect) since 2023.",
]


@pytest.mark.parametrize("text", INGESTION_NEGLECT)
def test_young_childs_ingestion_on_a_neglect_plan(text: str) -> None:
    assert child(text)["harm_category"] == "neglect"


def test_teenage_overdose_stays_other_harm() -> None:
    text = (
        "LCSPR: Young Person S\n\nYoung Person S, 15, took an overdose of tablets and was admitted to PICU. "
        "She had been on a child protection plan (neglect) when she was younger."
    )
    assert child(text)["harm_category"] == "other_nonfatal"


LEFT_ALONE = [
    # long prose: a fire while the children were on their own
    "Local Child Safeguarding Practice Review: Child A\n\n1.1 Firefighters were called to a flat one night in "
    "2022. Child A, aged 6, and her younger brother were in the flat on their own. Child A suffered burns to "
    "her legs and was taken to a specialist unit.",
    # terse bullets
    "Rapid review - Child D\n\n- Child D, 4y, M.\n- Home alone overnight; fell from a first-floor window.\n"
    "- Fractured pelvis, PICU.",
    # police voice
    "Police-led review: Child E\n\nOfficers found Child E, aged 7, in the street at 2am with a scalded arm "
    "after an unsupervised attempt to make tea. His mother was at a party.",
]


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_hurt_while_left_alone_is_neglect(text: str) -> None:
    got = child(text)
    assert got["outcome"] == "serious_harm"
    assert got["harm_category"] == "neglect"


NOT_LEFT_ALONE = [
    # unsupervised contact, then an assault by the father
    "Serious Case Review: Child F\n\nDuring a period of unsupervised contact, Child F, aged 5, was punched and "
    "kicked by his father and suffered a fractured skull.",
    # a mother left alone as a child herself
    "Rapid review: Baby G\n\nBaby G, 10 weeks, had rib fractures and a bruised ear. The mother said she had "
    "herself been left alone for days as a child and had no one to ask for help.",
]


@pytest.mark.parametrize("text", NOT_LEFT_ALONE)
def test_not_left_alone_neglect(text: str) -> None:
    assert child(text)["harm_category"] == "physical_abuse"


PRIMARY_HARM = [
    # prose: the rapid review's categorisation
    (
        "Review: Young Person B\n\nYoung Person B, 15, was seriously injured in a knife attack while carrying "
        "drugs for older males; an earlier CSE concern had been raised. The rapid review categorised the primary "
        "harm as criminal exploitation.",
        "criminal_exploitation",
    ),
    # template field
    (
        "Rapid review - Child N\n\nChild N | 14 | F\nPrimary harm: sexual exploitation\nIncident: found in a "
        "hotel with adult men; earlier seen carrying drugs between towns.",
        "sexual_exploitation",
    ),
    # shorthand with "was"
    (
        "Panel summary: Child S\n\n- Child S, 2y, M. Fractured femur.\n- Primary harm category was neglect "
        "(left in a cot for days; no food in the flat).",
        "neglect",
    ),
]


@pytest.mark.parametrize("text,expected", PRIMARY_HARM)
def test_primary_harm_stated(text: str, expected: str) -> None:
    assert child(text)["harm_category"] == expected


def test_primary_harm_negated_is_not_taken() -> None:
    text = (
        "Review: Child T\n\nChild T, aged 3, had bruises to both cheeks and a torn frenulum inflicted by her "
        "mother's partner. The primary harm was not neglect, although the home was dirty."
    )
    assert child(text)["harm_category"] == "physical_abuse"


def test_killed_by_mothers_boyfriend_is_not_filicide() -> None:
    text = (
        "Review: Child A\n\nChild A, aged 2, was killed by her mother's boyfriend in 2021. The post-mortem "
        "found multiple injuries of different ages."
    )
    assert child(text)["death_category"] == "fatal_physical_abuse"


def test_killed_by_mother_is_filicide() -> None:
    text = "Review: Child M\n\nChild M, aged 9, was killed by her mother, who had a psychotic illness."
    assert child(text)["death_category"] == "overt_filicide"


FALLS = [
    "Review: Child I\n\nChild I, aged 3, died after falling from a third-floor window while his mother slept.",
    "Rapid review - Child O\n\n- Child O, 2y.\n- Fell from an upstairs-bedroom window; died in PICU.\n"
    "- No window restrictors; parents asleep.",
]


@pytest.mark.parametrize("text", FALLS)
def test_fatal_fall_from_a_window(text: str) -> None:
    got = child(text)
    assert got["outcome"] == "death"
    assert got["death_category"] == "other_maltreatment_related"
