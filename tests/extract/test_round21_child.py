"""Round 21 (child facts): all text invented for the tests.

- A child's name alone on a line (a heading, or a table's first cell flattened to a paragraph) opens the
  child's entry: the next paragraphs, up to another child's name or another heading, are about that child
  ("Baby P" then "Girl, eight weeks." and "Died in May 2022. Found face down on a sofa.").
"""

from __future__ import annotations

from caselearn.extract.pipeline import Pipeline
from caselearn.extract.text import Doc

_PIPELINE = Pipeline()


def children(text: str) -> dict[str, dict[str, object]]:
    out = _PIPELINE.run(Doc.from_text(text)).to_dict()["children"]
    return {c["alias"]["value"]: {k: v["value"] for k, v in c.items()} for c in out}


_TABLE = (
    "Thematic review: two infants in Northwold\n\n"
    "1. Introduction\n\nThe partnership reviewed the cases of two babies seen by the same services in 2022.\n\n"
    "2. The infants\n\nInfant\n\nDetails\n\nIncident\n\n"
    "Baby P\n\nGirl, eight weeks old. White British. Lived with her mother.\n\n"
    "{p_incident}\n\n"
    "Baby Q\n\nBoy, aged five months. Lived with his parents.\n\n"
    "{q_incident}\n\n"
    "3. Findings\n\nThe health visitors did not discuss safer sleep with the fathers of Baby P and Baby Q.\n"
)


def test_table_cells_after_the_name_are_the_childs() -> None:
    kids = children(
        _TABLE.format(
            p_incident="Died in May 2022. Found face down on a sofa where her mother had fallen asleep with her.",
            q_incident="Admitted to hospital in June 2022 with a skull fracture and rib fractures. Survived.",
        )
    )
    assert kids["Baby P"]["outcome"] == "death"
    assert kids["Baby P"]["death_category"] == "sudi"
    assert kids["Baby Q"]["outcome"] == "serious_harm"
    assert kids["Baby Q"]["harm_category"] == "physical_abuse"


def test_entry_stops_at_the_next_childs_name() -> None:
    # Baby Q's death is not Baby P's
    kids = children(
        _TABLE.format(
            p_incident="Admitted to hospital in April 2022 severely underweight and dehydrated. Recovered.",
            q_incident="Died in June 2022. Found unresponsive in his parents' bed after co-sleeping.",
        )
    )
    assert kids["Baby P"]["outcome"] == "serious_harm"
    assert kids["Baby Q"]["outcome"] == "death"


_ENTRIES = (
    "Learning review: the children of Family W\n\n"
    "1. Introduction\n\nThis review considers two children known to services in Fallowfield.\n\n"
    "2. The children\n\n"
    "{first}\n\n{first_entry}\n\n"
    "{second}\n\n{second_entry}\n\n"
    "3. Analysis\n\nNo agency had seen Child W1 or Child W2 for six months before the incident. The school "
    "had raised concerns about Child W1's attendance, and the nursery about Child W2's weight.\n"
)


def test_sex_opening_the_childs_entry() -> None:
    kids = children(
        _ENTRIES.format(
            first="2.1 Child W1",
            first_entry="Boy, born 3 March 2016. Lived with mother. Attended Fallowfield Primary.",
            second="Child W2 (aged 4)",
            second_entry="A little girl of four who lived with mother and grandmother.",
        )
    )
    assert kids["Child W1"]["sex"] == "male"
    assert kids["Child W2"]["sex"] == "female"
    # near misses: a girl who is someone else, a plural
    kids = children(
        _ENTRIES.format(
            first="Child W1",
            first_entry="A girl at school had told a teacher that W1 was often hungry.",
            second="Child W2",
            second_entry="Girls' football on Saturdays with an aunt.",
        )
    )
    assert kids["Child W1"]["sex"] != "female"
    assert kids["Child W2"]["sex"] != "female"


def test_heading_with_a_bracketed_age_names_a_subject() -> None:
    kids = children(
        _ENTRIES.format(
            first="Child W1",
            first_entry="Lived with mother and attended Fallowfield Primary.",
            second="Child W2 (4 years)",
            second_entry="Lived with mother and grandmother; attended nursery.",
        )
    )
    assert set(kids) == {"Child W1", "Child W2"}
    assert kids["Child W2"]["age_months"] == 48


def test_age_and_ethnicity_on_the_entrys_first_line() -> None:
    kids = children(
        _ENTRIES.format(
            first="Child W1",
            first_entry="- A Black Caribbean boy, aged 15 at the time of the stabbing in March 2024.\n"
            "- Lived with his mother and two younger sisters.",
            second="Child W2",
            second_entry="- A White British girl, aged 13 years and 4 months when she went missing in May 2024.\n"
            "- Her mother, aged 31, is of mixed heritage.",
        )
    )
    assert (kids["Child W1"]["age_months"], kids["Child W1"]["ethnicity"]) == (180, "black")
    assert (kids["Child W2"]["age_months"], kids["Child W2"]["ethnicity"]) == (160, "white")


def test_birth_date_in_the_entry_and_a_later_dated_event() -> None:
    kids = children(
        _TABLE.format(
            p_incident="Died in May 2022. Found face down on a sofa.",
            q_incident="Admitted on 14 September 2022 with a skull fracture. Survived.",
        ).replace("Boy, aged five months.", "Boy, born 2 April 2022. Mixed White and Black African.")
    )
    assert kids["Baby Q"]["age_months"] == 5
    assert kids["Baby Q"]["ethnicity"] == "mixed"


def test_ages_said_in_other_ways() -> None:
    # a baby "in her first year" on the entry's first line
    kids = children(
        _TABLE.format(
            p_incident="Died in May 2022. Found face down on a sofa.",
            q_incident="Admitted in June 2022 with a skull fracture. Survived.",
        ).replace("Girl, eight weeks old.", "A baby girl in her first year.")
    )
    assert kids["Baby P"]["age_band"] == "under_1"
    # a birthday just past, told in a relative clause
    text = (
        "Local child safeguarding practice review: Tia\n\n1. Introduction\n\n"
        "On 3 March 2023 Tia, who had turned seven the previous month, was found alone in the flat with a burn "
        "to her hand. Tia had not been seen by any agency since the autumn.\n"
    )
    assert children(text)["Tia"]["age_months"] == 84
    # a template's age field that gives the school year
    text = (
        "RAPID REVIEW REPORT\n\nChild:        Young Person M\nAge:          In Year 8 at the time of the incident\n"
        "Sex:          Female\n\nYoung Person M was assaulted by two older girls near her school. Young Person M "
        "was taken to hospital with a fractured cheekbone.\n"
    )
    assert children(text)["Young Person M"]["age_band"] == "11_15"
    # near miss: a year group in the history, not the age field
    text = (
        "RAPID REVIEW REPORT\n\nChild:        Young Person M\nAge:          not stated\n\n"
        "Young Person M was excluded in Year 8 when she was caught with a knife. Young Person M was assaulted "
        "in 2024.\n"
    )
    assert children(text)["Young Person M"]["age_band"] == "not_known"


def test_child_killed_together_with_a_parent() -> None:
    text = (
        "Local child safeguarding practice review: Child L\n\n1. Introduction\n\n"
        "In June 2022 Child L, aged four, and her mother, Ms K (29), were killed at their home by Child L's "
        "father, Mr D. Child L had been known to the health visiting service since birth.\n"
    )
    kid = children(text)["Child L"]
    assert kid["outcome"] == "death"
    assert kid["death_category"] in ("overt_filicide", "fatal_physical_abuse")
    # near miss: the relatives' deaths only
    text = (
        "Local child safeguarding practice review: Child R\n\n1. Introduction\n\n"
        "Child R, aged nine, lived with his grandmother after his mother and her partner were killed in a road "
        "accident in 2019. In May 2023 Child R was admitted to hospital with a fractured arm and bruising to "
        "his back, caused by an adult in the household.\n"
    )
    assert children(text)["Child R"]["outcome"] == "serious_harm"


def test_sex_in_terse_notes_and_not_from_the_other_person() -> None:
    # a rapid review's notes: the bare letter before a child's age
    text = (
        "RAPID REVIEW - NOTES\nChild: J\nDOB: 02/03/2014\n\n1. INCIDENT\n- J found alone in the flat, underweight.\n\n"
        "2. CHILD\n- M, 10 yrs. White British.\n- Mum: M, 34 yrs, sole carer.\n"
    )
    assert children(text)["J"]["sex"] == "male"
    # the child's act on a girl, or a relative described as one, says nothing of the child's own sex
    text = (
        "Rapid review: Young Person D\n\n1. The incident\n\nOn 2 May 2024 Young Person D (D) assaulted his "
        "neighbour, a girl aged 9, in a park. In Year 7 D pushed a girl in his class down the stairs. D is the "
        "subject of this review; he lives with his parents.\n"
    )
    assert children(text)["Young Person D"]["sex"] == "male"


def test_alias_of_a_quoted_or_abbreviated_code() -> None:
    text = (
        '7 MINUTE BRIEFING\nRapid Review: Young Person "N" - going missing from care\n\n'
        "N was 14 at the time. N had been missing eleven times before N was found in a derelict house on "
        "4 March 2024, very cold and dehydrated. N spent two days in hospital.\n"
    )
    assert set(children(text)) == {"Young Person N"}
    text = (
        'BRIEFING NOTES - LCSPR "YOUNG PERSON H"\n\n== WHO ==\n- YP H, 16. White British.\n'
        "- YP H was stabbed in a park on 2 June 2024 and died at the scene.\n- YP H had an EHCP.\n"
    )
    assert set(children(text)) == {"Young Person H"}


def test_induced_illness_is_physical_abuse() -> None:
    for said in (
        "In March 2022 it was found that illness had been induced in her by her mother, who had given her salt.",
        "Doctors concluded that this was fabricated or induced illness: Child S's mother had been adding "
        "her own medication to his feeds.",
        "The father was convicted of administering a noxious substance after Child S was admitted to hospital.",
    ):
        text = (
            "Serious case review: Child S\n\n1. Introduction\n\nChild S was two years old. " + said + " Child S "
            "had been seen by the GP eleven times in the year before.\n"
        )
        assert children(text)["Child S"]["harm_category"] == "physical_abuse", said


def test_ligature_tied_is_other_harm() -> None:
    text = (
        "Learning brief: Young Person R\n\nIn May 2024 R, aged 16, was found in his bedroom at the children's home "
        "after tying a ligature. Staff cut it and called an ambulance; he spent three days in intensive care and "
        "has recovered. R had been looked after since the age of 12.\n"
    )
    assert children(text)["Young Person R"]["harm_category"] == "other_nonfatal"


def test_death_related_to_but_not_caused_by_maltreatment() -> None:
    text = (
        "Local child safeguarding practice review: Child E\n\n1. The child\n\nChild E was 14 months old. On "
        "3 April 2023 Child E died in hospital after a fall at home. The coroner recorded an accidental death. "
        "The partnership's view is that Child E's death was associated with, though not caused by, neglect.\n"
    )
    kid = children(text)["Child E"]
    assert kid["outcome"] == "death"
    assert kid["death_category"] == "other_maltreatment_related"


def test_neglect_contributed_but_did_not_cause() -> None:
    for said in (
        "The review agrees that neglect of Child G's medical needs contributed to his death, although it was not "
        "its direct cause.",
        "Neglect contributed to, but did not cause, Child G's death.",
    ):
        text = (
            "Local child safeguarding practice review: Child G\n\n1. Introduction\n\nChild G, aged nine, had "
            "complex epilepsy. He was found to be severely malnourished, with pressure sores, when he was admitted "
            "with pneumonia in January 2024. He died in hospital a week later. " + said + "\n"
        )
        assert children(text)["Child G"]["death_category"] == "other_maltreatment_related", said


def test_death_regarded_as_related_to_exploitation_not_a_suicide() -> None:
    opening = (
        "Local child safeguarding practice review: Kian\n\n1. What happened\n\nKian, aged 16, died in March 2024 "
        "after taking ketamine at a flat used by older men who had been exploiting him. The coroner concluded "
        "that his death was misadventure. "
    )
    text = opening + (
        "It was not a suicide. We regard Kian's death as related to the exploitation and neglect he "
        "experienced, though not directly caused by either.\n"
    )
    assert children(text)["Kian"]["death_category"] == "other_maltreatment_related"
    # a suicide denied outright is no suicide
    text = opening + "This was not a suicide.\n"
    assert children(text)["Kian"]["death_category"] != "suicide"


def test_ethnicity_by_nationality_country_or_a_bullet_line() -> None:
    for said, want in (
        ("Child N is a boy from Eritrea. He arrived in England alone in 2023.", "black"),
        ("N is an Albanian girl who came to the UK with her aunt in 2022.", "white"),
    ):
        text = (
            "Rapid review: Child N\n\n1. The child\n\n" + said + " In March 2024 Child N was found in a "
            "flat used for cannabis cultivation, malnourished and with burns to his hands.\n"
        )
        assert children(text)["Child N"]["ethnicity"] == want, said
    text = (
        "Rapid Review - Child P (Piotr)\n\n1. Child\n\n- Piotr, aged 13, Year 8 at Hillside Academy. Male. "
        "White - Lithuanian heritage, born in the UK.\n- Lived with mother and stepfather.\n\n2. Incident\n\n"
        "Piotr was stabbed in a park on 3 June 2024.\n"
    )
    assert children(text)["Child P (Piotr)"]["ethnicity"] == "white"


def test_thematic_review_of_babies_who_died() -> None:
    text = (
        "Thematic review: sudden unexpected deaths of two infants, 2023\n\n"
        "Summary Two babies died suddenly and unexpectedly in Northbay in 2023, each sharing a sofa with an adult.\n\n"
        "The babies\n\n- Baby P: girl, born at 34 weeks, four weeks old when she died (May 2023). White British.\n\n"
        "- Baby Q: 12 weeks old (Aug 2023). The family asked that no more details be given.\n\n"
        "Findings\n\nSafer sleep advice was given to the mothers of Baby P and Baby Q but not to the fathers.\n"
    )
    kids = children(text)
    assert kids["Baby P"]["age_months"] == 0
    assert kids["Baby Q"]["outcome"] == "death"


def test_age_in_a_table_row_run_into_one_line() -> None:
    text = (
        "Thematic review: two infants with inflicted injuries\n\n1.1 The babies are called Baby D and Baby E.\n\n"
        "Table 1: The babies Baby Age Sex Ethnicity Outcome\n\n"
        "Baby D 7 weeks Female White British Serious harm: rib fractures Baby E 4 months Male Black African "
        "Serious harm: subdural haemorrhage\n\n2.1 Baby D was taken to hospital by her mother. Baby E was brought "
        "to the ED by his father.\n"
    )
    kids = children(text)
    assert (kids["Baby D"]["age_months"], kids["Baby E"]["age_months"]) == (1, 4)


def test_school_year_and_bracketed_age_with_year() -> None:
    def one(body: str, alias: str) -> dict[str, object]:
        return children(f"Learning review: {alias}\n\n1. Introduction\n\n{body}\n")[alias]

    assert (
        one(
            "Sam was in Year 10 when he was stabbed outside a shop in May 2024. Sam had no "
            "previous contact with the police.",
            "Sam",
        )["age_band"]
        == "11_15"
    )
    assert (
        one(
            "To protect the young person this report does not give their age. They are in Year 8. "
            "Young Person L was assaulted by two adults in June 2024.",
            "Young Person L",
        )["age_band"]
        == "11_15"
    )
    assert (
        one("- In May 2024 Maya (13, Year 8) took an overdose of paracetamol. Maya was admitted to hospital.", "Maya")[
            "age_months"
        ]
        == 156
    )
    text = (
        "Learning review: Ruby\n\n1. Introduction\n\nHer younger sister, Ruby, was a Year 7 pupil at the time. "
        "Ruby was sexually exploited by a group of adult men in 2023.\n"
    )
    assert children(text)["Ruby"]["age_band"] == "11_15"
    # near miss: a year group that dates the history
    assert (
        one("Sam was in Year 4 when his parents separated. In May 2024 Sam was stabbed outside a shop.", "Sam")[
            "age_band"
        ]
        == "not_known"
    )


def test_two_ages_in_one_sentence() -> None:
    text = (
        "Serious case review: Child V and Child W\n\n1. In March 2019 two children, referred to as Child V and "
        "Child W, were killed by their father at his flat. V was nine and W was six. Their father was convicted "
        "of both murders. Child V and Child W had been seen by their GP a month before.\n"
    )
    kids = children(text)
    assert (kids["Child V"]["age_months"], kids["Child W"]["age_months"]) == (108, 72)


def test_one_age_said_of_twins() -> None:
    text = (
        "Rapid review: Twin 1 (Ava) and Twin 2 (Leo)\n\n1.1 This review concerns twin babies, referred to as Ava "
        "and Leo.\n\n4.1 On 2 May 2024 the mother took Ava to hospital with a swollen arm. The babies were 12 "
        "weeks old. Ava had a fractured humerus. A skeletal survey of Leo showed healing rib fractures.\n"
    )
    kids = children(text)
    assert kids["Twin 2 (Leo)"]["age_months"] == 2
    assert kids["Twin 1 (Ava)"]["age_months"] == 2


def test_terse_dob_and_incident_lines() -> None:
    text = (
        "CONFIDENTIAL - RAPID REVIEW\nChild: Child G\n\n1. Child / incident\n- DOB 02/05/2020. Female.\n"
        "- Incident 20/09/2023: brought to ED by mum with a burn to her hand.\n- Notified as serious harm.\n"
    )
    assert children(text)["Child G"]["age_months"] == 40


def test_ethnicity_said_of_them_in_records_or_as_arab() -> None:
    text = (
        "Learning review: Zara and Idris\n\n1. Introduction\n\nZara was six and Idris was two when they were "
        "found alone in the flat. They are of British Bangladeshi heritage. Zara was in Year 1. Idris went to "
        "nursery. Zara and Idris were both underweight.\n"
    )
    kids = children(text)
    assert (kids["Zara"]["ethnicity"], kids["Idris"]["ethnicity"]) == ("asian", "asian")
    text = (
        "Learning review: Child M\n\n1. Introduction\n\nChild M was 14 when she was found in a flat with adult men. "
        "Her school records list her as Mixed - White and Black African. Child M had been missing for two days.\n"
    )
    assert children(text)["Child M"]["ethnicity"] == "mixed"
    text = (
        "Learning review: Sami\n\n1. Introduction\n\nSami was 15 when he was stabbed. Sami's family is Arab; his "
        "parents came to the UK from Iraq in 2010. Sami had been excluded from school.\n"
    )
    assert children(text)["Sami"]["ethnicity"] == "other"


def test_pseudonym_given_to_a_coded_child() -> None:
    text = (
        "Local child safeguarding practice review\n\nThe review concerning Child B\n\n1.1 This review concerns a "
        "young person who is referred to in this report as Bella (Child B). Bella is a Black British girl who "
        "lives with her mother. In May 2024, when Bella was 14, she disclosed abuse by a family friend. Bella "
        "had been seen by the school nurse twice.\n"
    )
    kid = children(text)["Child B"]
    assert (kid["ethnicity"], kid["age_months"]) == ("black", 168)


def test_the_other_parent_by_the_same_surname() -> None:
    text = (
        "Local child safeguarding practice review: Noah and Isla\n\n1. The children\n\nNoah (5) and Isla (3) "
        "lived with their mother, Ms K. On 4 March 2023 Noah and Isla were at their father's flat for contact. "
        "That evening Mr K attacked both children with a hammer. Isla survived. Noah and Isla had been known to "
        "the health visitor since birth.\n"
    )
    assert children(text)["Isla"]["harm_category"] == "physical_abuse"


def test_toxicology_of_a_young_child_is_neglect() -> None:
    text = (
        "Rapid review: Child H\n\nAge at incident | 20 months\n\n1. Circumstances\n\nOn 2 June 2022 Child H's "
        "father found him drowsy and called 999. Paramedics gave naloxone and Child H was taken to hospital. "
        "Toxicology confirmed methadone. Child H made a full recovery.\n"
    )
    assert children(text)["Child H"]["harm_category"] == "neglect"


def test_diabetic_ketoacidosis_with_care_missed_is_neglect() -> None:
    text = (
        "Child safeguarding practice review: Owen\n\nThis review looks at how agencies supported Owen, aged 14, "
        "before he was admitted to intensive care in March 2023 with diabetic ketoacidosis. Owen had missed six "
        "clinic appointments and his insulin was not collected from the pharmacy for two months.\n"
    )
    assert children(text)["Owen"]["harm_category"] == "neglect"


def test_newborn_harmed_at_birth() -> None:
    text = (
        "Rapid review: Baby J\n\n1. What happened\n\nBaby J was born in the bathroom of a shared flat in "
        "January 2024. His mother, aged 18, had concealed the pregnancy from her family. Baby J was found some "
        "hours later by a flatmate and was taken to hospital with hypothermia. Baby J survived.\n"
    )
    kid = children(text)["Baby J"]
    assert (kid["age_months"], kid["age_band"]) == (0, "under_1")
    # near miss: a birth told in the history of an older child
    text = (
        "Rapid review: Child J\n\n1. Background\n\nChild J was born in 2015. His mother had concealed her "
        "pregnancy with his younger sister. In May 2024 Child J was stabbed in a park.\n"
    )
    assert children(text)["Child J"]["age_band"] != "under_1"


def test_twin_boys_age_together() -> None:
    text = (
        "Serious case review: Twins A and B\n\nTwin girls A and B were nine weeks old when they were taken to "
        "hospital in March 2019. Twin A had a skull fracture. Twin B had rib fractures and made a recovery.\n"
    )
    kids = children(text)
    assert (kids["Twin A"]["age_months"], kids["Twin B"]["age_months"]) == (2, 2)


def test_quoted_belief_and_terms_of_reference_are_no_cues() -> None:
    text = (
        "Local child safeguarding practice review: Child E\n\n1. Introduction\n\nChild E, aged 12, had type 1 "
        "diabetes. She died in hospital in May 2023 from diabetic ketoacidosis after weeks without insulin. Her "
        'father believed her insulin was "poison" and stopped giving it.\n\n2. Terms of reference\n\n'
        "(i) Whether agencies knew of Child E's missed appointments.\n"
    )
    assert children(text)["Child E"]["death_category"] != "covert_filicide"


def test_sex_after_the_age_in_a_form() -> None:
    text = (
        "RAPID REVIEW\n\nChildren | Child P: 3 yrs, girl (lives with mother) Child Q: 14 mths, boy\n\n"
        "Incident | Child Q was brought to ED with a skull fracture. Child P had old bruising.\n\n"
        "Learning | Child P and Child Q were seen by the health visitor twice in a year.\n"
    )
    kids = children(text)
    assert (kids["Child P"]["sex"], kids["Child Q"]["sex"]) == ("female", "male")
