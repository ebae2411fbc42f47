"""Round 11 (child status): where a child lived when a report tells it only in passing, and the
social care and child protection status at the incident told in notes, tables and narrative.
Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes

OPENING = "Local Child Safeguarding Practice Review\n\n1. Introduction\n\n"
TODDLER = "Finn was two years old when he was found seriously injured in March 2022. Finn survived. "
BABY = "Baby R was four months old when she was admitted to hospital in May 2023. Baby R survived. "
TEEN = "Kez was fifteen when he was stabbed in the town centre in June 2023. Kez survived. "


def code(child: str, sentences: str, variable: str) -> str:
    return child_codes(OPENING + child + sentences)[0].get(variable, "not_known")


@pytest.mark.parametrize(
    "child, sentences",
    [
        # a home and a parent told in passing, in prose, notes and police voice
        (TODDLER, "His mother rented a two-bedroom flat on the Larch estate and worked part-time at a bakery."),
        (BABY, "Household\n\n- Mother (M), 22. Partner Mr T, 30, moved in Aug 2022."),
        (TODDLER, "Officers attended the home address after a neighbour reported shouting; Ms P answered the door."),
        (BABY, "The health visitor saw Baby R at home with her father on two occasions in April 2023."),
    ],
)
def test_home_told_in_passing(child: str, sentences: str) -> None:
    assert code(child, sentences, "living_at_home") == "present"


@pytest.mark.parametrize(
    "child, sentences",
    [
        # looked after at the time: not at home
        (TODDLER, "Finn was a looked after child, living with foster carers; his mother had a flat nearby."),
        # a young person living away from family
        (TEEN, "Kez had been sofa surfing since the spring; his mother's flat was too small for him."),
        (TEEN, "Kez was living in a hostel; he visited his father's house at weekends."),
        # a baby born of a concealed pregnancy and found alone
        (BABY, "Her mother had concealed the pregnancy and gave birth alone in the bathroom of her parents' house."),
        # nothing about a home at all
        (TODDLER, "The review heard from practitioners in health and education."),
    ],
)
def test_home_not_assumed(child: str, sentences: str) -> None:
    assert code(child, sentences, "living_at_home") != "present"


@pytest.mark.parametrize(
    "sentences",
    [
        "The police investigation found too little evidence to charge, and the case was closed in May 2023.",
        "Kez's referral order ended in 2022 and the YOT closed his case.",
        "- Police: crime recorded (assault); no suspect identified; case closed 04/23.",
    ],
)
def test_another_agencys_case_closed(sentences: str) -> None:
    assert code(TEEN, sentences, "social_care_status") != "closed"


@pytest.mark.parametrize(
    "sentences",
    [
        "Children's social care completed an assessment and closed the case in March 2022.",
        "The contact was screened at the front door and closed with advice to the school nurse.",
        "- CSC: C&F assessment 2021, case closed, support via CAMHS.",
    ],
)
def test_social_care_closure_still_closed(sentences: str) -> None:
    assert code(TEEN, sentences, "social_care_status") == "closed"


@pytest.mark.parametrize(
    "sentences, value",
    [
        # not known before a date in the incident's year: never known
        ("The family were not known to children's social care before March 2022.", "never_known"),
        ("Finn had not been known to CSC prior to his admission in March 2022.", "never_known"),
        # a template question
        ("Known to CSC at incident? | No", "never_known"),
        ("Open to CSC at time of incident: Yes (CIN plan)", "open"),
        ("Open to children's social care: No - closed Jan 2021", "closed"),
    ],
)
def test_social_care_told_in_fields_and_dates(sentences: str, value: str) -> None:
    assert code(TODDLER, sentences, "social_care_status") == value


@pytest.mark.parametrize(
    "sentences",
    [
        # known since an earlier date: not "never known"
        "The family were not known to children's social care before 2019.",
        # a bare yes/no that does not tell which
        "Known to CSC: Yes",
        "Open to CSC: No",
    ],
)
def test_social_care_not_never_known(sentences: str) -> None:
    assert code(TODDLER, sentences, "social_care_status") != "never_known"


@pytest.mark.parametrize(
    "sentences",
    [
        "- 2019-20: CP plans (neglect) for Finn and his sister. CP plans ended 06/20.",
        "The child protection plans for both children were discontinued at the review conference in 2020.",
        "Finn had previously been subject to a child protection plan, and was on a CIN plan at the time.",
        "Before that, Finn and his brother were subject to CP plans because of their mother's drinking.",
    ],
)
def test_plan_that_ended(sentences: str) -> None:
    assert code(TODDLER, sentences, "cp_plan") == "previous"


@pytest.mark.parametrize(
    "sentences",
    [
        "Finn was still subject to a child protection plan at the time of the incident.",
        "CP plan: current (neglect), made at the ICPC in January 2022.",
        "At the time, Finn and his sister were subject to child protection plans for neglect.",
    ],
)
def test_plan_current(sentences: str) -> None:
    assert code(TODDLER, sentences, "cp_plan") == "current"


@pytest.mark.parametrize(
    "sentences",
    [
        # an arrow in notes separates steps: the "no" of one step does not deny the next
        "RCPC 05/21: no new concerns, mother engaging -> CP plan ended, stepped down to CIN.",
        # an after-cue in a later clause does not move the plan after the incident
        "Before the SGO Finn was subject to a child protection plan; his father has since moved away.",
        "Before the care order was made, Finn was on a CP plan for neglect; he is now settled with his aunt.",
    ],
)
def test_plan_ended_told_with_other_steps(sentences: str) -> None:
    assert code(TODDLER, sentences, "cp_plan") == "previous"


@pytest.mark.parametrize(
    "sentences",
    [
        # what followed the incident, in the plan's own clause or before it
        "Following the injury, Finn was made subject to a child protection plan.",
        "Finn is now subject to a CP plan under the category of physical abuse.",
        "- After the admission: ICPC, CP plan (physical abuse).",
    ],
)
def test_plan_after_the_incident(sentences: str) -> None:
    assert code(TODDLER, sentences, "cp_plan") not in ("current", "previous")
