"""Round 11: death and harm categories. "hanged" is a word, not part of "unchanged"; a harm category
the review says it identified or assessed ("identified the harm as CSE") is stated outright; a death
in a fire at home or a baby drowned in the bath while unsupervised is maltreatment-related but not
a SUDI; a pathologist who could not say whether neglect contributed leaves the death unclear.
Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes

OPENING = "Local Child Safeguarding Practice Review\n\n1. Introduction\n\n"


def codes(text: str, variable: str) -> list[str]:
    return [c[variable] for c in child_codes(OPENING + text)]


# --- "hanged" is a word of its own -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Child T, a girl of 14, died in hospital after an accidental overdose of ecstasy at a party. The coroner "
        "recorded misadventure. Her CP plan stayed unchanged for a year and her school place was exchanged twice.",
        "Subject: Child T (female, 15)\nOutcome: died, road traffic collision\nCP plan: current, goals unchanged "
        "at every review conference.",
        "Child T (16) was killed when the stolen car he was in crashed. He had been hanging out with older boys "
        "for months; the plan was changed twice.",
    ],
)
def test_unchanged_or_hanging_out_is_not_suicide(text):
    assert codes(text, "death_category") != ["suicide"]


@pytest.mark.parametrize(
    "text",
    [
        "Child T, a boy of 15, died in September 2022. He was found hanged in his bedroom by his mother.",
        "Subject: Child T (male, 14). Death: found hanging at home, ligature around the neck. Known to CAMHS.",
        "Police attended and confirmed that Child T, aged 16, had died; the post-mortem gave the cause as hanging.",
    ],
)
def test_a_hanging_is_still_a_suicide(text):
    assert codes(text, "death_category") == ["suicide"]


# --- a harm category the review identified -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Child J, aged 14, was seriously harmed. She told police that men had sexually abused her at several "
            "flats. The rapid review identified the harm as child sexual exploitation.",
            "sexual_exploitation",
        ),
        (
            "Subject: Child J (15, female)\nNotification: serious harm\nThe primary harm was assessed as sexual "
            "exploitation; she had been raped by adults she met online.",
            "sexual_exploitation",
        ),
        (
            "Child J (14) was stabbed in the leg in a park. The partnership has identified the harm as criminal "
            "exploitation: he had been assaulted by a young man.",
            "criminal_exploitation",
        ),
    ],
)
def test_harm_identified_as_a_category(text, value):
    assert codes(text, "harm_category") == [value]


def test_harm_identified_negatively_does_not_decide():
    text = (
        "Child J, aged 14, was seriously harmed when she was raped by a man she met online. The harm was not "
        "identified as sexual exploitation, as nothing was given or promised to her."
    )
    assert codes(text, "harm_category") != ["sexual_exploitation"]


# --- a fire at home, a drowning in the bath ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "This review follows the death of Child F, aged four, in a fire at the family home in January 2020. A "
        "candle had been left burning in the bedroom and there was no working smoke alarm; both parents were "
        "asleep downstairs after drinking.",
        "Subject: Child F (3). Incident: died in a house fire at night. Smoke alarm had no battery. CIN plan for "
        "neglect; home conditions poor.",
        "Fire crews found Child F, aged 5, in the back bedroom and he could not be revived. The panel considers "
        "that his death was related to neglect of the home and of supervision.",
    ],
)
def test_death_in_a_fire_at_home_is_maltreatment_related(text):
    assert codes(text, "death_category") == ["other_maltreatment_related"]


@pytest.mark.parametrize(
    "text",
    [
        "Baby N, aged ten months, died in June 2021. Her mother left her in the bath with her brother to take a "
        "phone call and later found her face down in the water.",
        "Subject: Baby N (9 months), died 05/2021. Mother found baby face down, lifted from bath, called 999. Injuries "
        "consistent with drowning. Supervisory neglect on the day.",
        "Baby N, aged eleven months, was left unattended in the bath by his father. He died in hospital two days "
        "later. The police investigated wilful neglect.",
    ],
)
def test_drowning_in_the_bath_is_not_a_sudi(text):
    assert codes(text, "death_category") == ["other_maltreatment_related"]


def test_a_baby_found_face_down_on_a_sofa_is_still_a_sudi():
    text = (
        "Baby N, aged three months, died in May 2022 after he was found face down on the sofa where he had been "
        "sleeping with his father. The fire service had fitted smoke alarms the year before."
    )
    assert codes(text, "death_category") == ["sudi"]


# --- a cause of death nobody could establish -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Child E, aged six, died in hospital of pneumonia. She had lost weight and had pressure sores. The "
        "pathologist could not say whether her weight loss had contributed to her death.",
        "Subject: Child E (7), disabled. Died in hospital, chest infection. PM: unable to determine whether "
        "poor care at home contributed to the death.",
        "Child E, aged five, died at home. The coroner was unable to conclude whether the delay in seeking "
        "medical help had made any difference to the outcome.",
    ],
)
def test_cause_that_could_not_be_established_is_unclear(text):
    assert codes(text, "death_category") == ["unclear"]


# --- neglect said of the harm; accidents nobody was watching for ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Child B, aged nine, was admitted to hospital with an infected burn. The rapid review concluded that the "
        "harm to him was the result of long-standing neglect by his carers.",
        "Subject: Child B (6). Scalds to both feet in the bath. RR view: a lapse in supervision amounting to "
        "neglect, not a deliberate act.",
        "Police voice: Child B (4) sustained burns at home. The injuries were caused by long-term neglect; the "
        "mother has been charged with child neglect.",
    ],
)
def test_harm_said_to_result_from_neglect(text):
    assert codes(text, "harm_category") == ["neglect"]


def test_harm_said_not_to_amount_to_neglect_is_not_stated():
    text = (
        "Child B, aged four, suffered a fractured femur and bruising to his face inflicted by his stepfather. "
        "The review did not consider that the home conditions amounted to neglect."
    )
    assert codes(text, "harm_category") == ["physical_abuse"]


@pytest.mark.parametrize(
    "text",
    [
        "Child W, aged two, was seriously injured when he fell from an upstairs window at home. He and his "
        "brothers had been subject to child protection plans under the category of neglect.",
        "Subject: Child W (20 months). Incident: fell out of a first-floor bedroom window, skull fracture. CP "
        "plan (neglect) ended 2022.",
        "Child W, a girl of three, suffered serious head injuries after a fall from the balcony of the flat. The "
        "children had been on CP plans under the category of neglect since 2021.",
    ],
)
def test_young_child_falling_from_a_window_on_a_neglect_plan_is_neglect(text):
    assert codes(text, "harm_category") == ["neglect"]


def test_teenager_overdose_stays_other_harm():
    text = (
        "Child W, a girl of fifteen, took an overdose of paracetamol and was admitted to intensive care. Her "
        "siblings had been on child protection plans under the category of neglect."
    )
    assert codes(text, "harm_category") == ["other_nonfatal"]


@pytest.mark.parametrize(
    "text",
    [
        "Child T, aged five, suffered serious scalds to his legs after getting into a bath that had been run too "
        "hot while his mother was downstairs. The children had been on child in need plans for neglect.",
        "Subject: Child T (3). Scalds to feet and legs: climbed into a hot bath; dad in the garden.",
        "Child T, aged four, was scalded when the bath water was far too hot. The HV had raised concerns about "
        "supervision and the state of the home (neglect).",
    ],
)
def test_scald_in_a_bath_left_running_is_not_physical_abuse(text):
    assert codes(text, "harm_category") != ["physical_abuse"]


def test_deliberate_immersion_scald_is_still_physical_abuse():
    text = (
        "Child T, aged two, was admitted with scalds to both feet in a glove-and-stocking pattern. Doctors "
        "concluded the scalds were an inflicted immersion injury caused by his father, who had got him into the "
        "bath."
    )
    assert codes(text, "harm_category") == ["physical_abuse"]


# --- exploitation: several men, a screening tool ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Child K, a girl of 14, was seriously harmed. She later told police she had been sexually abused by "
        "several men over many weeks and had been taken to flats in other towns.",
        "Subject: Child K (15, F)\nHarm: raped by a number of older men she met through a friend; 'passed around'.",
        "Child K (13) disclosed to her school nurse that she had been sexually assaulted by a group of men at "
        "parties over the summer.",
    ],
)
def test_sexual_abuse_by_several_men_is_exploitation(text):
    assert codes(text, "harm_category") == ["sexual_exploitation"]


def test_abuse_by_one_man_online_is_extrafamilial_abuse():
    text = (
        "Child K, a girl of 13, was seriously harmed. She had been groomed online and was sexually abused by a man "
        "of 30 whom she met twice."
    )
    assert codes(text, "harm_category") == ["sexual_abuse_extrafamilial"]


@pytest.mark.parametrize(
    "text",
    [
        "Child R, aged 15, was seriously injured when he was hit by a car while riding a bike. A CCE screening "
        "tool completed in 2023 had scored low, and no one thought he was being exploited.",
        "Subject: Child R (14). Serious harm: fractured skull after a fall from scaffolding. CSE risk assessment: low.",
        "Child R (16) suffered serious injuries when he fell from a bridge. The exploitation screening tool was "
        "completed by the YOT.",
    ],
)
def test_a_screening_tool_is_not_the_harm(text):
    assert codes(text, "harm_category") not in (["criminal_exploitation"], ["sexual_exploitation"])


@pytest.mark.parametrize(
    "text",
    [
        "Child S, aged 15, was found at an address used to sell drugs. Partners agreed that the primary harm for "
        "the purposes of the notification was child sexual exploitation.",
        "Child S (15): CSE and CCE intertwined. Primary harm for notification: child sexual exploitation.",
        "Child S was exploited to carry drugs and was raped. The primary harm in the Panel's view is sexual "
        "exploitation.",
    ],
)
def test_primary_harm_named_after_a_qualifier(text):
    assert codes(text, "harm_category") == ["sexual_exploitation"]


# --- a first concern of abuse the review sets aside ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Child N died in hospital aged 14 months. At first the doctors were concerned that he had suffered an "
        "abusive head injury, because scans showed subdural haemorrhages. A rare bone disorder can closely "
        "resemble the findings of abusive head trauma. The coroner recorded a conclusion of natural causes.",
        "Subject: Child N (11 months), died 03/2022. Initially suspected NAI (skull fracture, retinal "
        "haemorrhages). Genetic tests: metabolic disorder that mimics inflicted injury. Inquest: natural causes.",
        "Health voice: Baby N, 5 months, died on PICU. Originally queried shaking injury given subdural bleeding. "
        "PM found a congenital vascular malformation, and the coroner recorded that he died of natural causes.",
    ],
)
def test_abuse_first_feared_then_set_aside_is_not_fatal_abuse(text):
    assert codes(text, "death_category") == ["not_maltreatment_related"]


@pytest.mark.parametrize(
    "text",
    [
        "Baby N died aged four months. Initially the injuries were thought to be accidental, but scans later "
        "showed a skull fracture and subdural haemorrhages; his father was convicted of manslaughter.",
        "Baby N (3 months) died in hospital with subdural haemorrhages, retinal haemorrhages and rib fractures. "
        "The father was convicted of causing or allowing the death of a child.",
        "At first the hospital suspected that Baby N, aged two months, had a bleeding disorder; this was "
        "excluded and the head injury was confirmed as non-accidental. He died two days later.",
    ],
)
def test_abuse_confirmed_after_a_first_view_stays_fatal_abuse(text):
    assert codes(text, "death_category") == ["fatal_physical_abuse"]


# --- a young person who had been running drugs ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Child T, aged 16, was stabbed outside a shop in a dispute between rival groups for whom he had been "
        "running drugs.",
        "Subject: Child T (15, M). Serious harm: stab wounds. Police intel: he was selling drugs in another "
        "county for older males.",
        "Child T (16) was seriously assaulted in a flat where he had been holding drugs for a local dealer.",
    ],
)
def test_young_person_running_drugs_is_criminal_exploitation(text):
    assert codes(text, "harm_category") == ["criminal_exploitation"]


# --- a harm type given once for all the children ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Children: Child A (Kai) and Child B (Ruby)\nNotification category ........ Serious harm (both "
            "children)\nType of harm ..................... Neglect\nRapid review meeting .......... 1 March 2024\n\n"
            "SECTION 2\nChild A (Kai), aged 3, was seen at home by the HV. Child B (Ruby), aged 1, was in her cot. "
            "Child B was taken to hospital.",
            "neglect",
        ),
        (
            "Children: Child A (Kai) and Child B (Ruby)\nDate notified ..... 3 May 2023\nNature of notification "
            "..... Serious harm (both children)\nHarm type ........ Physical abuse\nRegion ..... London\n\nChild A "
            "(Kai), aged 4, told his teacher about the night. Child B (Ruby), aged 2, was taken to hospital by "
            "ambulance.",
            "physical_abuse",
        ),
        (
            "Children: Child A (Kai) and Child B (Ruby)\nOutcome: serious harm (both children)\nCategory of harm: "
            "neglect\nRR meeting: 4 June 2023\n\nChild A (Kai), aged 5, was seen by the paediatrician. Child B "
            "(Ruby), aged 3, was seen the next day.",
            "neglect",
        ),
    ],
)
def test_harm_field_in_the_opening_counts_for_every_child(text, value):
    assert codes(text, "harm_category") == [value, value]


def test_harm_field_naming_one_child_is_not_the_other_childs():
    text = (
        "Children: Child A (Kai) and Child B (Ruby)\nNotification: serious harm to both children\nType of harm "
        "(Child A): neglect\nChild A (Kai), aged 4, was underweight with severe nappy rash. Child B (Ruby), aged 2, "
        "had a fractured femur and bruising to her face inflicted by her mother's partner."
    )
    assert codes(text, "harm_category") == ["neglect", "physical_abuse"]


@pytest.mark.parametrize(
    "text",
    [
        "Baby R, aged two months, died after she was found unresponsive in her parents' bed, where she had been "
        "co-sleeping with her mother after the mother had been drinking. It is not possible to say whether "
        "different advice would have prevented her death.",
        "Subject: Baby R (3 months), SUDI. Found unresponsive on sofa after co-sleeping with father. Panel: we "
        "cannot say whether earlier HV contact would have changed the outcome.",
        "Baby R died aged six weeks; the post-mortem found that she had been overlain while sharing a sofa with "
        "her father. It is impossible to say if her death could have been predicted.",
    ],
)
def test_whether_a_death_was_preventable_is_not_an_unclear_cause(text):
    assert codes(text, "death_category") == ["sudi"]


# --- a death or a lasting harm said only by implication --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Child P, aged six months, was taken by ambulance to hospital, where life was pronounced extinct at 04:10. "
        "Her father was later convicted of her manslaughter.",
        "Subject: Child P (4 months)\nIncident: ambulance called 02:30; ROLE: life extinct confirmed by "
        "paramedics at 02:51. Co-sleeping on sofa with mother.",
        "Paramedics attended the flat. Child P, aged 8 months, was pronounced at 09:12 in the Emergency "
        "Department. The post-mortem examination was inconclusive.",
    ],
)
def test_life_pronounced_extinct_is_a_death(text):
    assert codes(text, "outcome") == ["death"]


@pytest.mark.parametrize(
    "text",
    [
        "Child Q, aged two, was found by paramedics with a head injury. She remains in hospital with lasting brain "
        "injury.",
        "Subject: Child Q (1). Outcome: remains an inpatient; expected long-term disability.",
        "Child Q (15) was seriously injured in a collision. He has lifelong impairment of his right arm.",
    ],
)
def test_lasting_injury_is_serious_harm(text):
    assert codes(text, "outcome") == ["serious_harm"]


@pytest.mark.parametrize(
    "text",
    [
        "Baby L died aged seven weeks. His mother, who had a postpartum psychosis, was later found not guilty of "
        "his murder by reason of insanity.",
        "Subject: Baby L (2 months). Died 06/2021. Mother: verdict not guilty of manslaughter by reason of "
        "insanity; hospital order.",
        "Baby L, aged five weeks, died at home. At trial his mother was found not guilty of the killing by reason "
        "of insanity and detained under the Mental Health Act.",
    ],
)
def test_not_guilty_by_reason_of_insanity_is_filicide(text):
    assert codes(text, "death_category") == ["overt_filicide"]


def test_a_stranger_found_not_guilty_is_not_filicide():
    text = (
        "Child L, aged 16, died after he was stabbed by a group of young men in a park. One of the young men was "
        "convicted of his murder; another was found not guilty."
    )
    assert codes(text, "death_category") == ["extrafamilial_homicide"]
