"""Many voices for the child-level rules: how reviews introduce subject children, their ages,
sex and outcomes. Each case is a short made-up report written for these tests."""

from __future__ import annotations

import pytest

from caselearn.extract.pipeline import Pipeline
from caselearn.extract.text import Doc


def child_values(text: str) -> list[dict]:
    data = Pipeline().run(Doc.from_text(text), "t.txt").to_dict()
    return [{k: v["value"] for k, v in c.items()} for c in data["children"]]


CASES = [
    (
        "Learning Review\n\nThe subject of this review is a boy known as Felix. Felix was eight when he was "
        "pronounced dead at home in 2021 after his stepfather assaulted him. Felix had been at school that day.",
        [("Felix", 96, "male", "death")],
    ),
    (
        "Rapid review\n\nBaby W (aged 6 weeks) was taken to hospital with a skull fracture and bleeding on the brain. "
        "Baby W survived. Her parents could not explain the injuries.",
        [("Baby W", 1, "female", "serious_harm")],
    ),
    (
        "LCSPR in respect of Family K (Child K1 and K2)\n\nChild K1, a boy of seven, and Child K2, his sister, "
        "aged three, were found alone in a cold flat with no food. Child K1 was malnourished. Child K2 was admitted "
        "to hospital with severe neglect.",
        [("Child K1", 84, "male", "serious_harm"), ("Child K2", 36, "female", "serious_harm")],
    ),
    (
        "Practice review\n\nThis review concerns Priya, who was 15. In 2022 Priya took her own life. Priya had "
        "told her teacher she was unhappy at home.",
        [("Priya", 180, "female", "death")],
    ),
    (
        "Local review\n\nThe child (referred to as 'Robin' at the family's request) was found hanged in his bedroom "
        "in 2020, aged 16 years and 2 months. Robin had been waiting for a CAMHS appointment for his anxiety.",
        [("Robin", 194, "male", "death")],
    ),
    (
        "Serious Case Review\nChild E and Child F\n\nThe review concerns Child E and Child F, twins, who were born "
        "at 30 weeks. At the age of four months, both babies were found to have multiple fractures. Child E is a "
        "boy. Child F is a girl. Child E and Child F are now in foster care.",
        [("Child E", 4, "male", "serious_harm"), ("Child F", 4, "female", "serious_harm")],
    ),
    (
        "Local Child Safeguarding Practice Review: 'Leah'\n\nLeah, then aged 13, was sexually exploited by a group "
        "of adult men over eight months. Leah sustained life-changing injuries when she was pushed from a car. "
        "Leah is now living with her aunt.",
        [("Leah", 156, "female", "serious_harm")],
    ),
    (
        "Review into the death of Tomas\n\nTomas was fatally stabbed by a group of young men in a park in May 2019, "
        "three weeks after his fifteenth birthday. Tomas had been excluded from school.",
        [("Tomas", 180, "male", "death")],
    ),
    (
        "CONFIDENTIAL RAPID REVIEW\nChild: Baby H\nAge: 11 weeks   Sex: F\n\nBaby H suffered a brain injury "
        "while in the care of her father. Baby H remains in hospital.",
        [("Baby H", 2, "female", "serious_harm")],
    ),
    (
        "Thematic review\n\nThis review is about Child X, a 14-year-old girl, who was criminally exploited. "
        "Child X was found in a drug house in another county with a knife wound. Child X survived.",
        [("Child X", 168, "female", "serious_harm")],
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_children_ages_sex_outcome_in_many_voices(text, expected):
    got = [(c["alias"], c["age_months"], c["sex"], c["outcome"]) for c in child_values(text)]
    assert got == expected


CATEGORY_CASES = [
    (
        "Local review\n\nThe subject of this review is Child J, aged 15. Child J was found hanged at a friend's "
        "house in 2022. Child J had self-harmed since the age of twelve.",
        ("death", "suicide", "not_applicable"),
    ),
    (
        "Review\n\nBaby C was ten weeks old when she died in March 2021 while sleeping on a sofa with her mother, "
        "who had been drinking. The cause of death was recorded as unascertained.",
        ("death", "sudi", "not_applicable"),
    ),
    (
        "Review\n\nLuca was four when he was killed by his father, who then took his own life. Luca's parents had "
        "separated the year before.",
        ("death", "overt_filicide", "not_applicable"),
    ),
    (
        "Review\n\nChild N, 16, was fatally stabbed by a group of older teenagers in a dispute over drugs. "
        "Child N had been missing from home repeatedly.",
        ("death", "extrafamilial_homicide", "not_applicable"),
    ),
    (
        "Review\n\nBaby S, aged 7 weeks, was shaken by her father and died two days later from a brain injury. "
        "Baby S had been seen with a bruise a week earlier.",
        ("death", "fatal_physical_abuse", "not_applicable"),
    ),
    (
        "Review\n\nAmir, 9, sustained life-changing injuries when his stepfather beat him; he had fractures to both "
        "arms and a bleed on the brain. Amir is now in foster care.",
        ("serious_harm", "not_applicable", "physical_abuse"),
    ),
    (
        "Review\n\nChild R, aged 14, was groomed online and sexually exploited by adult men over a year. "
        "Child R was reported missing eleven times.",
        ("serious_harm", "not_applicable", "sexual_exploitation"),
    ),
    (
        "Review\n\nIsla, 3, was found at home severely malnourished and dehydrated, weighing less than a "
        "one-year-old. Isla survived after weeks in hospital.",
        ("serious_harm", "not_applicable", "neglect"),
    ),
    (
        "Review\n\nKyle, 15, was found by police in a flat 100 miles from home where drugs were being sold; he had "
        "been recruited into county lines and was carrying a knife. Kyle was stabbed in the leg.",
        ("serious_harm", "not_applicable", "criminal_exploitation"),
    ),
]


@pytest.mark.parametrize("text, expected", CATEGORY_CASES)
def test_outcome_categories_in_many_voices(text, expected):
    child = child_values(text)[0]
    assert (child["outcome"], child["death_category"], child["harm_category"]) == expected


def family(text: str) -> dict[str, str]:
    data = Pipeline().run(Doc.from_text(text), "t.txt").to_dict()
    return {k: v["value"] for k, v in data["case"].items()}


@pytest.mark.parametrize(
    "text, variable, value",
    [
        # a field label in terse notes is not a statement; the note after it is (an agency-wide
        # "no DA reported" is an absence, as "no domestic abuse known to police or any agency")
        (
            "Review: Baby Q\n\nBaby Q was 3 months old.\n- DA: no DA reported to any agency.",
            "domestic_abuse",
            "absent",
        ),
        (
            "Review: Baby Q\n\nBaby Q was 3 months old.\n- DA: ?",
            "domestic_abuse",
            "not_known",
        ),
        # a parent's own denial is not an absence
        (
            "Review: Baby Q\n\nBaby Q was 3 months old. Mother told the midwife that she did not drink alcohol.",
            "parental_alcohol_misuse",
            "not_known",
        ),
        # the review's own statement in a list is
        (
            "Review: Baby Q\n\nBaby Q was 3 months old. There were no concerns about domestic abuse, parental mental "
            "health or parental substance misuse.",
            "parental_drug_misuse",
            "absent",
        ),
        # the offence that followed the incident is not a criminal record
        (
            "Review: Baby Q\n\nBaby Q was 3 months old. Baby Q died. The father was later convicted of manslaughter.",
            "parental_criminal_record",
            "not_known",
        ),
        (
            "Review: Baby Q\n\nBaby Q was 3 months old. Father: 2 x cautions for possession of cannabis (2019).",
            "parental_criminal_record",
            "present",
        ),
        # violent crime excludes domestic abuse
        (
            "Review: Baby Q\n\nBaby Q was 3 months old. The father was convicted of assaulting the mother; a MARAC "
            "referral followed.",
            "parental_violent_crime",
            "not_known",
        ),
        # the child's own mental health is not the parent's
        (
            "Review: Amelia\n\nAmelia was 14. Amelia had been self-harming and was referred to CAMHS with low mood.",
            "parental_mental_health",
            "not_known",
        ),
        (
            "Review: Amelia\n\nAmelia was 14. Amelia's mother has had depression for many years.",
            "parental_mental_health",
            "present",
        ),
        # parents recorded as a couple living together directly entail no separation, and so no
        # acrimonious one (devset conventions: "entailments used for absent")
        (
            "Review: Baby Q\n\nBaby Q was 3 months old. The parents were married and lived together.",
            "parental_separation",
            "absent",
        ),
        (
            "Review: Baby Q\n\nBaby Q was 3 months old. The parents were married and lived together.",
            "acrimonious_separation",
            "absent",
        ),
        (
            "Review: Baby Q\n\nBaby Q was 3 months old. The parents had never separated.",
            "parental_separation",
            "absent",
        ),
        (
            "Review: Child R\n\nChild R was 7. Her parents' separation in 2019 was amicable.",
            "acrimonious_separation",
            "absent",
        ),
        (
            "Review: Child R\n\nChild R was 7. Her parents' separation in 2019 was amicable.",
            "parental_separation",
            "present",
        ),
    ],
)
def test_family_flags_in_many_voices(text, variable, value):
    assert family(text)[variable] == value


@pytest.mark.parametrize(
    "text, variable, value",
    [
        # what happened after the incident is not the status at the incident
        (
            "Rapid review\nChild: Baby Q\n\nBaby Q was 3 months old and lived with her parents. Baby Q was discharged "
            "to foster care after the incident.",
            "looked_after",
            "not_known",
        ),
        ("Review: Jess\n\nJess was 15 and lived in a residential children's home.", "living_at_home", "absent"),
        # a sibling's diagnosis is not the subject child's
        (
            "Review: Child P\n\nChild P was 8. Her brother Leon had a diagnosis of ADHD. Leon had a CAMHS worker.",
            "child_mental_health",
            "not_known",
        ),
        (
            "Review: Jess\n\nJess was 15. Jess had angry outbursts at school and was often in fights.",
            "behaviour_problems",
            "present",
        ),
    ],
)
def test_child_flags_in_many_voices(text, variable, value):
    assert child_values(text)[0][variable] == value
