"""Round 17 (outcome): the review's own classification of the harm or death, read in all its voices and
covering the children it is about; another person's death is not the child's. Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes


def _child(text: str) -> dict[str, str]:
    return child_codes(text)[0]


# -- the review's own classification ---------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "The safeguarding partnership has formally classified the harm as neglect.",
        "Harm: the harm was recorded as neglect by the rapid review panel.",
        "The LSCP notified the incident to the national Panel as serious harm; the panel categorised the primary "
        "harm as neglect.",
    ],
)
def test_a_stated_harm_category_wins_over_the_injuries(said: str) -> None:
    text = (
        "Rapid Review\n\n"
        "This review concerns Kai, aged 7, who suffered a fractured arm and bruising when he was hurt in a car "
        "crash while his mother was driving after drinking. "
        f"{said} Kai lives with his grandmother.\n"
    )
    child = _child(text)
    assert child["outcome"] == "serious_harm"
    assert child["harm_category"] == "neglect"


@pytest.mark.parametrize(
    "said",
    [
        "The Partnership has categorised the death as not related to maltreatment.",
        "Her death was recorded by the CDOP as not caused by abuse or neglect.",
        "Category: the death has been classified as non-maltreatment related.",
    ],
)
def test_a_death_stated_as_unrelated_to_maltreatment(said: str) -> None:
    text = (
        "Local Child Safeguarding Practice Review\n\n"
        "This review concerns Child N, a girl aged 15, who died in hospital of organ failure after months of "
        f"severe malnutrition linked to an eating disorder. {said} Her parents had sought help repeatedly.\n"
    )
    child = _child(text)
    assert child["outcome"] == "death"
    assert child["death_category"] == "not_maltreatment_related"


@pytest.mark.parametrize(
    "said",
    [
        "The partnership notified the incident as serious harm; the harm was recorded as other non-fatal harm.",
        "Notification: the incident was notified as serious harm and the harm categorised as 'other non-fatal'.",
        "The notification was made as serious harm (category recorded as other non-fatal harm).",
    ],
)
def test_other_nonfatal_harm_is_not_the_other_outcome(said: str) -> None:
    text = (
        "Rapid Review\n\n"
        "Young Person J, a boy aged 15, was groomed online into extremist views and planned an attack. "
        f"{said} YP J is now supported by the Prevent team.\n"
    )
    child = _child(text)
    assert child["outcome"] == "serious_harm"
    assert child["harm_category"] == "other_nonfatal"


def test_a_classification_for_both_children_covers_each() -> None:
    text = (
        "Rapid Review: Child P and Child Q\n\n"
        "Child P (aged 8) broke his leg and Child Q (aged 4) had a head injury when their father crashed the car "
        "while drunk. Neither child had a seat belt on. The notification was made as serious harm for both "
        "children. The rapid review classified the harm as neglect.\n"
    )
    children = child_codes(text)
    assert [c["harm_category"] for c in children] == ["neglect", "neglect"]


def test_a_classification_told_under_one_child_stays_with_that_child() -> None:
    text = (
        "Thematic review: Child G and Child K\n\n"
        "Two young people, called Child G and Child K in this report, were harmed in the same year.\n\n"
        "Child G, a girl aged 14, was sexually exploited by adult men who gave her alcohol. The rapid review "
        "categorised the harm as child sexual exploitation.\n"
        "Child K, a boy aged 15, was found running drugs for a county lines network and was stabbed. "
        "The rapid review categorised the harm as criminal exploitation.\n"
    )
    children = child_codes(text)
    assert children[0]["harm_category"] == "sexual_exploitation"
    assert children[1]["harm_category"] == "criminal_exploitation"


@pytest.mark.parametrize(
    "said",
    [
        # a child protection plan's category, years before
        "In 2019 she was subject to a child protection plan, and the case was categorised as neglect.",
        # a first view later revised
        "The harm was initially recorded as neglect, but the skeletal survey changed that view.",
        # a name the reader does not know
        "Police recorded the incident as a domestic incident.",
    ],
)
def test_what_is_not_the_reviews_classification(said: str) -> None:
    text = (
        "Local Child Safeguarding Practice Review\n\n"
        "Lily, aged 2, was admitted to hospital with a fractured skull and bruising that doctors judged to be "
        f"non-accidental. {said} Lily is now in foster care.\n"
    )
    child = _child(text)
    assert child["outcome"] == "serious_harm"
    assert child["harm_category"] == "physical_abuse"


# -- another person's death, told in a relative clause --------------------------------------------


@pytest.mark.parametrize(
    "relative",
    [
        "Her paternal grandmother, who died in 2020, had kept strong painkillers in the house.",
        "- Father: not involved; his own father, who had since passed away, was a known drug user",
        "The tablets had belonged to an uncle who died last year.",
    ],
)
def test_a_relative_who_died_is_not_the_childs_death(relative: str) -> None:
    text = (
        "Rapid Review\n\n"
        "This review concerns Child E, aged 4, who was admitted to the paediatric intensive care unit after "
        f"swallowing adult medication at home. {relative} Child E made a full recovery.\n"
    )
    child = _child(text)
    assert child["outcome"] == "serious_harm"
    assert child["death_category"] == "not_applicable"


def test_the_child_who_died_is_still_the_childs_death() -> None:
    text = (
        "Local Child Safeguarding Practice Review\n\n"
        "This review concerns Child E, a boy aged 4, who died at home in 2023 after swallowing methadone. "
        "The post-mortem confirmed methadone toxicity.\n"
    )
    assert _child(text)["outcome"] == "death"


# -- the review saying the child took their own life ------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "The coroner concluded that Child R took their own life.",
        "Cause of death: Child R died by suicide (inquest, 2023).",
        "The inquest found that Child R had ended their own life at home.",
    ],
)
def test_a_stated_suicide_stands_when_the_age_is_misread(said: str) -> None:
    # "since Child R was five" is the only age the report gives: the review's own words decide
    text = (
        "Local Child Safeguarding Practice Review\n\n"
        f"This review concerns Child R, who died in 2023. {said} "
        "Their stepfather had been in the family since Child R was five.\n"
    )
    assert _child(text)["death_category"] == "suicide"


@pytest.mark.parametrize(
    "said",
    [
        "Her mother took her own life when Child R was a baby.",
        "Child R's older brother died by suicide in 2019.",
    ],
)
def test_a_relatives_suicide_is_not_the_childs(said: str) -> None:
    text = (
        "Local Child Safeguarding Practice Review\n\n"
        "This review concerns Child R, a girl aged 3, who died in 2023 after being found unresponsive in a bath. "
        f"{said} The coroner recorded a conclusion of accidental death.\n"
    )
    assert _child(text)["death_category"] != "suicide"


# -- the harm category from what happened ------------------------------------------------------------


def _harm(story: str, head: str = "This review concerns Child J, aged 9. ") -> str:
    return _child(f"Rapid Review\n\n{head}{story} Child J is now safe.\n")["harm_category"]


@pytest.mark.parametrize(
    "story",
    [
        "Child J told her teacher that an older step-brother had been touching her at night; her drawings were of "
        "a sexual nature.",
        "- disclosure to school (DSL): uncle touching him in the bath, described as sexual by the CP medical",
        "During the ABE interview Child J said her stepfather had been touching her inappropriately for a year.",
    ],
)
def test_sexual_touching_by_a_relative_is_intrafamilial_sexual_abuse(story: str) -> None:
    assert _harm(story) == "sexual_abuse_intrafamilial"


def test_touching_with_nothing_sexual_is_not_sexual_abuse() -> None:
    story = "Child J was admitted with a fractured arm; her brother had been touching her plaster cast to tease her."
    assert _harm(story) != "sexual_abuse_intrafamilial"


@pytest.mark.parametrize(
    "story",
    [
        "Child J disclosed that a member of staff had slapped her and shut her in a side room on several evenings.",
        "- Oct 2023: residential worker (Staff Y) hit him across the face; LADO referral made",
        "Police found that the foster carer had repeatedly struck the boy with a belt, which Child J confirmed.",
    ],
)
def test_an_adult_carer_hitting_the_child_is_physical_abuse(story: str) -> None:
    assert _harm(story, "This review concerns Child J, aged 12, who was seriously harmed. ") == "physical_abuse"


@pytest.mark.parametrize(
    "story",
    [
        "A GP examining her found that Child J had undergone female genital mutilation (FGM Type 1) during a summer "
        "visit abroad.",
        "- FGM: Child J had been subjected to FGM; mandatory report made to police",
        "Medical examination confirmed that FGM had been carried out on the girl in 2022.",
    ],
)
def test_fgm_done_to_the_child_is_physical_abuse(story: str) -> None:
    assert _harm(story, "This review concerns Child J, a girl aged 8. ") == "physical_abuse"


def test_a_mothers_own_fgm_is_not_the_childs_harm() -> None:
    story = (
        "Child J was found to be severely underweight with untreated head lice and rotten teeth. "
        "Her mother had herself undergone FGM as a young girl."
    )
    assert _harm(story, "This review concerns Child J, a girl aged 8. ") == "neglect"


@pytest.mark.parametrize(
    "story",
    [
        "Child J, a toddler aged two, had drunk from a bottle of his mother's methadone left on a shelf.",
        "- 2-year-old J drank out of a cup of his father's prescribed methadone; PICU for 2 days",
        "The ambulance crew were told he had swallowed some of his grandmother's tablets.",
    ],
)
def test_a_toddler_drinking_a_carers_medicine_is_neglect(story: str) -> None:
    text = f"Rapid Review\n\nThis review concerns Child J, a boy aged 2. {story} He was admitted to intensive care.\n"
    assert _child(text)["harm_category"] == "neglect"
