"""Round 8 (child flags and status): where the child lived, said in the ordinary ways (key-fact
fields, "with whom she lives", the family's home, parents living together, an incident at home),
and what is not so (a spell that ended, a glossary, what came after); a looked-after child not at
home unless placed with family. Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes

OPENING = "Local Child Safeguarding Practice Review\n\n1. Introduction\n\n"
TEEN_BOY = "Kai was 15 years old when he was found seriously injured in April 2022. Kai survived. "
TEEN_GIRL = "Rosie was 14 when she was admitted to hospital in March 2023. Rosie survived. "
TODDLER = "Ollie was two years old when he was found seriously injured in May 2021. Ollie survived. "


def flag(child: str, sentences: str, variable: str) -> str:
    return child_codes(OPENING + child + sentences)[0][variable]


@pytest.mark.parametrize(
    "child, sentences, variable, value",
    [
        # where the child lived, in the ordinary ways
        (TODDLER, "Lives with: Mother; contact with father on Saturdays.", "living_at_home", "present"),
        (TEEN_GIRL, "She was found by her uncle, with whom she had been living.", "living_at_home", "present"),
        (
            TEEN_BOY,
            "Kai lived in Millbrook, a market town in the north of the county, with his grandmother.",
            "living_at_home",
            "present",
        ),
        (
            TODDLER,
            "The mother and father are married and were living together with Ollie.",
            "living_at_home",
            "present",
        ),
        (TODDLER, "The family has lived in the same rented house since 2016.", "living_at_home", "present"),
        (TODDLER, "Ollie became unresponsive at home and his mother called an ambulance.", "living_at_home", "present"),
        (TEEN_BOY, "Kai took his own life at home.", "living_at_home", "present"),
        # ... and what is not: a spell that ended, a relative elsewhere, a foster home
        (
            TEEN_BOY,
            "Kai lived with his mother and brother until his placement at a residential school.",
            "living_at_home",
            "not_known",
        ),
        (TODDLER, "The maternal family lived nearby but saw little of Ollie.", "living_at_home", "not_known"),
        (
            TEEN_GIRL,
            "Rosie was found by her foster carer, with whom she had lived for a year.",
            "living_at_home",
            "not_known",
        ),
        # a date in a clause about someone else does not make the statement old
        (
            TEEN_BOY,
            "Kai lived with his father, who had cared for him alone since his mother left in 2017.",
            "living_at_home",
            "present",
        ),
        # looked after at the incident: not at home, unless placed with family
        (TEEN_GIRL, "Rosie was a looked after child subject to a care order.", "living_at_home", "absent"),
        (
            TEEN_GIRL,
            "Rosie was a looked after child, placed with her aunt as a connected person.",
            "living_at_home",
            "not_known",
        ),
        # looked after: not a short spell that ended, not a glossary, not what came after
        (
            TEEN_BOY,
            "In 2020 Kai was accommodated for a short period under section 20; he returned home after two weeks.",
            "looked_after",
            "not_known",
        ),
        (
            TEEN_BOY,
            "Kai was accommodated under section 20 between March and June 2020 in a residential unit.",
            "looked_after",
            "not_known",
        ),
        (TEEN_BOY, "Glossary: CIN Child in need s20 Section 20 of the Children Act 1989", "looked_after", "not_known"),
        (
            TODDLER,
            "Current arrangements: Ollie is placed in foster care under an interim care order.",
            "looked_after",
            "not_known",
        ),
        # ... while the statement that a spell ended is still an absence
        (
            TEEN_BOY,
            "Kai spent three months in foster care in 2019. He returned home and was no longer looked after.",
            "looked_after",
            "absent",
        ),
        # neglect: a parent's own plan, the mother's appointments, a tidy-enough home, a mother alone (a category
        # set at a pre-birth conference is the child's own plan under neglect: present, convention 4 of round 13)
        (
            TODDLER,
            "At a pre-birth conference Ollie was made subject to a child protection plan under the category of "
            "neglect.",
            "neglect_feature",
            "present",
        ),
        (TODDLER, "The mother was herself on a CP plan (neglect) when she was ten.", "neglect_feature", "not_known"),
        (
            TODDLER,
            "The missed perinatal mental health appointment was not followed up.",
            "neglect_feature",
            "not_known",
        ),
        (TODDLER, "The health visitor noted the flat was cluttered but adequate.", "neglect_feature", "not_known"),
        (TODDLER, "The midwife spoke to the mother when she was alone.", "neglect_feature", "not_known"),
        # ... while the child's own are neglect
        (TODDLER, "Ollie was often left alone in his cot for long periods.", "neglect_feature", "present"),
        (TODDLER, "Ollie was not taken to three hospital appointments.", "neglect_feature", "present"),
        (
            TODDLER,
            "Ollie was made subject to a child protection plan under the category of neglect in 2020.",
            "neglect_feature",
            "present",
        ),
        # a dated sentence from before the child was born is about someone else
        (
            TODDLER,
            "Records from 1999 describe his mother being neglected and left alone as a young girl.",
            "neglect_feature",
            "not_known",
        ),
        # mental health: a glossary, information a service gave about a brother, a referral that found nothing
        (TEEN_BOY, "CAMHS Child and Adolescent Mental Health Services", "child_mental_health", "not_known"),
        (
            TEEN_BOY,
            "Glossary: CAMHS Child and adolescent mental health services CIN Child in need CP Child protection "
            "ED Emergency Department",
            "child_mental_health",
            "not_known",
        ),
        (
            TEEN_BOY,
            "Information was also provided by the CAMHS service about Kai's older brother.",
            "child_mental_health",
            "not_known",
        ),
        (
            TEEN_BOY,
            "In 2021 the GP referred Kai to CAMHS because he was not sleeping. The CAMHS assessment found no "
            "evidence of a mental health disorder.",
            "child_mental_health",
            "absent",
        ),
        # ... but a referral for what the report names stays present
        (
            TEEN_BOY,
            "In 2021 the GP referred Kai to CAMHS after he began to self-harm. The CAMHS assessment found no "
            "evidence of a mental health disorder.",
            "child_mental_health",
            "present",
        ),
        # sexual exploitation: said not to be so in other words; a concern raised is not a finding
        (
            TEEN_GIRL,
            "A man of 20 was traced; the enquiry concluded that there was no grooming or sexual exploitation.",
            "child_sexual_exploitation",
            "absent",
        ),
        (
            TEEN_GIRL,
            "There was no indication, then or later, that Rosie had been sexually exploited.",
            "child_sexual_exploitation",
            "absent",
        ),
        (
            TEEN_GIRL,
            "The review has been told that there was no evidence that Rosie was being sexually exploited.",
            "child_sexual_exploitation",
            "absent",
        ),
        (
            TEEN_BOY,
            "Concerns that Kai was being sexually exploited were raised by a youth worker in 2021.",
            "child_sexual_exploitation",
            "not_known",
        ),
        (TEEN_BOY, "Kai had been sexually exploited by older men since 2021.", "child_sexual_exploitation", "present"),
    ],
)
def test_round8_child_flags(child: str, sentences: str, variable: str, value: str) -> None:
    assert flag(child, sentences, variable) == value


def test_thematic_all_of_them() -> None:
    text = (
        "Thematic Review\n\n1. Introduction\n\n"
        "This thematic review concerns three young people, Child A, Child B and Child C, from three families. "
        "Child A was 14 in 2014. Child B was 15. Child C was 16. "
        "In 2014 the three young people were identified as having been sexually exploited by adults in the county."
    )
    assert [c["child_sexual_exploitation"] for c in child_codes(text)] == ["present", "present", "present"]
