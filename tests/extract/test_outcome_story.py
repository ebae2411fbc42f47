"""Death and harm categories decided by the whole story (who harmed the child, how old the child
was, what the post-mortem and the coroner concluded), outcomes when no category phrase is used,
and ages set beside a child's name. Every report here is a short invented one, in several voices:
long prose, terse bullets, shorthand."""

from __future__ import annotations

import pytest

from caselearn.extract.pipeline import Pipeline
from caselearn.extract.text import Doc


def child(text: str) -> dict:
    data = Pipeline().run(Doc.from_text(text), "t.txt").to_dict()
    return {k: v["value"] for k, v in data["children"][0].items()}


DEATHS = [
    (  # an infant on a sofa with a drinking parent: SUDI
        "Local Child Safeguarding Practice Review: Baby Q\n\n1.1 Baby Q was eight weeks old when he was found "
        "unresponsive early one morning after sharing a settee with his father, who had been drinking. Paramedics "
        "could not revive him.",
        "sudi",
    ),
    (  # terse: an unascertained infant death in the parents' bed
        "Rapid Review - Infant W\n\n- W (f) 10/52.\n- Found not breathing in parents' bed, 05:40.\n"
        "- Declared deceased in ED.\n- PM: cause of death unascertained.",
        "sudi",
    ),
    (  # an older child's unexplained death is unclear, not a SUDI
        "Serious Case Review: Child V\n\nChild V, aged four, died at home in 2017. The post-mortem found no cause "
        "of death and the coroner recorded an open verdict. Nobody was charged.",
        "unclear",
    ),
    (  # a parent's conviction for a stabbing: overt filicide, not a killing outside the family
        "Review concerning Child O\n\nIn 2020 Child O, aged 8, was fatally stabbed at the family home. Her father "
        "pleaded guilty to her murder. Child O had been known to children's services.",
        "overt_filicide",
    ),
    (  # killed by a group of teenagers: outside the family
        "Learning review: Marcus\n\nMarcus was 16 when he was shot dead near his home. Three teenagers were later "
        "convicted of his murder. He had been going missing for days at a time.",
        "extrafamilial_homicide",
    ),
    (  # "stabbed in a fight with an older youth"
        "LCSPR Child K\n\nChild K, then 15, died after he was stabbed during a fight with an older youth in a "
        "shopping centre car park.",
        "extrafamilial_homicide",
    ),
    (  # a teenager ending her life
        "Practice review: Young Person R\n\nYoung Person R, aged 15, ended her life in 2022. She had been waiting "
        "for a mental health assessment.",
        "suicide",
    ),
    (  # deliberate poisoning by a carer outweighs the murder conviction
        "LCSPR: Child N\n\nChild N, aged 3, died in hospital. Tests showed toxic levels of a sedative; her "
        "mother was later convicted of her murder after it emerged she had been deliberately poisoning N for "
        "months.",
        "covert_filicide",
    ),
    (  # prolonged cruelty before a fatal injury
        "Child Safeguarding Practice Review: Child L\n\nChild L, aged seven, died of a head injury. For over a "
        "year before his death he had been subjected to sustained cruelty by his mother and her partner: he was "
        "deprived of food, forced to stand in a corner for hours and beaten.",
        "severe_persistent_cruelty",
    ),
    (  # a death the review says maltreatment did not cause
        "LCSPR: Child P\n\nChild P, 13, who had a life-limiting condition, died in hospital of a chest infection. "
        "The review found that his death was not caused by abuse or neglect.",
        "not_maltreatment_related",
    ),
]


@pytest.mark.parametrize("text, expected", DEATHS)
def test_death_category_from_the_story(text, expected):
    got = child(text)
    assert (got["outcome"], got["death_category"]) == ("death", expected)


def test_sudi_needs_an_infant():
    # a two-year-old found dead in a bed is not a SUDI
    text = (
        "Review: Child Y\n\nChild Y, aged 3, was found dead in her bed. She had been sleeping in an adult bed. "
        "The cause of death could not be established."
    )
    assert child(text)["death_category"] == "unclear"


def test_suicide_needs_an_older_child():
    # the father's suicide after killing his baby does not make the baby's death a suicide
    text = (
        "Serious Case Review: Baby G\n\nBaby G, aged five months, was killed by her father, who then took his own "
        "life. The family had been known to the police for domestic abuse."
    )
    assert child(text)["death_category"] == "overt_filicide"


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # "non-fatal" is not a death
            "LCSPR: Sam\n\nIn 2021 Sam, 14, took a large overdose. The Panel recorded the notification under its "
            "other non-fatal category. Sam survived after a week in intensive care.",
            "serious_harm",
        ),
        (  # an attempted murder is not a death
            "Review: Child B\n\nChild B, aged 9, was stabbed by his father in 2019. His father was convicted of "
            "attempted murder.",
            "serious_harm",
        ),
        (  # a sibling's death in the history is not the subject's outcome
            "LCSPR: Child W\n\nChild W, aged 2, was admitted to hospital with a skull fracture and bruising to her "
            "face. Her older brother had died in 2016; his death was recorded as a SUDI.",
            "serious_harm",
        ),
        (  # no word of any death: the review is about a harmed child
            "A Local Child Safeguarding Practice Review: 'Toby'\n\nToby, then nine, told his teacher that his "
            "stepfather had been abusing him. The stepfather was convicted of sexual offences against him.",
            "serious_harm",
        ),
    ],
)
def test_outcome_not_death(text, expected):
    assert child(text)["outcome"] == expected


HARMS = [
    (
        "Child Safeguarding Practice Review: Child D\n\nChild D, a girl of 12, told a school counsellor that her "
        "mother's partner had been raping her for two years. He was convicted of rape of a child under 13.",
        "sexual_abuse_intrafamilial",
    ),
    (  # a sibling as abuser: commas between the relative and the act
        "LCSPR Child U\n\nChild U (10) disclosed that her older brother, then 17, had sexually abused her repeatedly.",
        "sexual_abuse_intrafamilial",
    ),
    (
        "Review: Child G\n\nChild G, a boy of 11, was sexually abused by his swimming coach over two seasons.",
        "sexual_abuse_extrafamilial",
    ),
    (  # "concerns of sexual abuse were not substantiated": the harm is the fractures
        "LCSPR: Child M\n\nChild M, 2, was admitted with a fractured femur and bruising to his ears. Earlier "
        "concerns of sexual abuse had not been substantiated.",
        "physical_abuse",
    ),
    (  # terse: the vocabulary of criminal exploitation without the phrase
        "Rapid review: Child J (16, male)\n\n- J found in a trap house in another county.\n- NRM referral, "
        "positive reasonable grounds.\n- Stabbed in the arm over a drug debt.",
        "criminal_exploitation",
    ),
    (
        "LCSPR: Young Person H\n\nYoung Person H, 15, went missing many times. She was given alcohol and drugs in "
        "exchange for sex by older men she met in a takeaway.",
        "sexual_exploitation",
    ),
    (  # the subject child harmed another child
        "LCSPR: Child M\n\nIn 2022 Child M, then 13, sexually assaulted a younger child at a holiday club. The "
        "review considers the help given to M before then.",
        "young_person_perpetrator",
    ),
    (
        "Rapid Review: Child R\n\nChild R (2 years) swallowed methadone that had been left within reach. R was "
        "ventilated in hospital and survived.",
        "neglect",  # round 15: a young child who swallows a carer's drug was not kept safe
    ),
    (
        "SCR: Child T\n\nChild T, aged six, was found by police in a squalid flat; he was emaciated and had "
        "untreated tooth decay. His parents were convicted of child neglect.",
        "neglect",
    ),
]


@pytest.mark.parametrize("text, expected", HARMS)
def test_harm_category_from_the_story(text, expected):
    got = child(text)
    assert (got["outcome"], got["harm_category"]) == ("serious_harm", expected)


@pytest.mark.parametrize(
    "text, months",
    [
        ("LCSPR: Child K\n\nChild K, 14, was recruited by older boys to sell drugs.", 168),
        ("Review: Child Z\n\nChild Z (15) was stabbed in a park. Z survived.", 180),
        ("Rapid review: Child J (16, male)\n\n- J found in a flat. J was arrested.", 192),
        ("Rapid review: Child H (M, 8)\n\n- H was found alone at home. H was hungry.", 96),
        ("Review\n\nIn 2022 Child M, then 13, assaulted a pupil. Child M was excluded.", 156),
        ("LCSPR: 'Harper'\n\nHarper, a toddler of 18 months, was scalded at home. Harper survived.", 18),
    ],
)
def test_age_beside_the_name(text, months):
    assert child(text)["age_months"] == months


def test_age_beside_the_name_is_not_a_date():
    text = "Review: Child F\n\nChild F, 14 May 2021, was the day of the incident. Child F was aged 9."
    assert child(text)["age_months"] == 108


def test_neonatal_unit_in_the_history_is_not_the_age():
    text = (
        "Review: Child J\n\nChild J was born early and spent two weeks on the neonatal unit. He was aged 1 year "
        "and 3 months when he died."
    )
    assert child(text)["age_months"] == 15


MORE_DEATHS = [
    (  # an infant asleep between drinking parents
        "CHILD SAFEGUARDING PRACTICE REVIEW\nBaby Nia\n\nSummary\nNia was a baby girl who died in 2021, aged ten "
        "weeks. Both parents had drunk heavily and Nia was asleep between them on a mattress on the floor of "
        "their bed. She was found not breathing the next morning.",
        "sudi",
    ),
    (  # template shorthand: "Incident: sudden unexpected death"
        "Rapid Review\nChild: Baby D (male)\nAge: 3 months\nIncident: Sudden unexpected death. D put down to sleep "
        "on a cushion on the settee; found face down.",
        "sudi",
    ),
    (  # carers convicted "in connection with" the death of a toddler with blunt-force injuries
        "LCSPR: Child Y\n\nChild Y, a girl of 19 months, died in 2020 from blunt force injuries to her abdomen. "
        "Her mother and her mother's boyfriend were both convicted in connection with her death.",
        "fatal_physical_abuse",
    ),
    (  # a birth nobody knew about
        "LCSPR: Baby O\n\nBaby O died shortly after birth. His mother had told no one she was pregnant and gave "
        "birth alone at home. The post-mortem could not establish whether he had breathed independently.",
        "covert_filicide",
    ),
    (  # a baby's body found after the mother hid the pregnancy
        "Serious Case Review: Baby P\n\nThe mother concealed her pregnancy from her family and from her GP. Baby P "
        "was born at home and died; his body was found two days later.",
        "covert_filicide",
    ),
    (  # a child never taken to a doctor
        "SCR: Child Q\n\nChild Q died aged 3 from an untreated chest infection. His parents did not take him to a "
        "doctor although he had been ill for a week, and he was severely underweight.",
        "extreme_neglect",
    ),
    (  # shorthand rapid review: hedged but still the category
        "Rapid review Young Person V (15, F)\n\n- Found deceased at home 02/05/23. Suspected suicide.\n- Open to "
        "CAMHS; self-harm history.",
        "suicide",
    ),
    (
        "LCSPR: Child U\n\nChild U, aged 13, was found hanging in woodland in 2021. The coroner found that he had "
        "intended to end his life.",
        "suicide",
    ),
    (  # killed by her own older boyfriend: outside the family
        "Local Child Safeguarding Practice Review: Child S\n\nChild S, who was 15, was killed by a 20-year-old "
        "man she had been seeing. Child S had been sexually exploited.",
        "extrafamilial_homicide",
    ),
    (  # a fire set by a parent
        "LCSPR Child F\n\nChild F was seven when he died in a fire at home. His father had deliberately started the "
        "fire after the parents separated.",
        "overt_filicide",
    ),
    (  # drug taking at a party, no maltreatment
        "LCSPR: Child K\n\nChild K, 16, died after taking ecstasy at a party. The review found no evidence that his "
        "death was caused by abuse or neglect.",
        "not_maltreatment_related",
    ),
]


@pytest.mark.parametrize("text, expected", MORE_DEATHS)
def test_more_death_phrasings(text, expected):
    got = child(text)
    assert (got["outcome"], got["death_category"]) == ("death", expected)


def test_an_infant_found_lifeless_with_no_other_cause_is_sudi():
    text = "Review: Baby H\n\nBaby H, aged 6 weeks, was found lifeless in the morning and died. Baby H was a boy."
    assert child(text)["death_category"] == "sudi"


def test_a_toddler_found_lifeless_is_not_sudi():
    text = "Review: Child H\n\nChild H, aged 3, was found lifeless in the morning and died. Child H was a boy."
    assert child(text)["death_category"] == "not_known"


MORE_HARMS = [
    (
        "LCSPR: Child A\n\nChild A, 3, was badly injured by her mother's boyfriend in 2023: she had a bleed on the "
        "brain and lost some of her sight.",
        "physical_abuse",
    ),
    (  # bullets: the abuser is a boy from outside the family
        "Rapid Review: Child D (F, 14)\n\n- D disclosed rape by a 16-year-old boy from another school.\n- Parents "
        "supportive.",
        "sexual_abuse_extrafamilial",
    ),
    (
        "Review: Child F\n\nChild F, 15, was arrested miles from home with heroin and cash. He had been groomed by "
        "older teenagers to sell drugs.",
        "criminal_exploitation",
    ),
    (
        "LCSPR: Child H\n\nChild H, 17, was seriously hurt in a fight outside a takeaway. He had a knife on him "
        "and had been arrested for violent offences before.",
        "risk_taking_violent",
    ),
    (
        "LCSPR: Child K\n\nChild K, 2, was seriously harmed after drinking methadone kept in a baby's bottle in "
        "the fridge. K spent two days on a ventilator.",
        "neglect",
    ),
    (  # a refuted exploitation concern does not outweigh the abuse by a father
        "LCSPR: Child N\n\nChild N, 14, told her teacher that her father had sexually assaulted her. Concerns "
        "about child sexual exploitation had been raised the year before but were not substantiated.",
        "sexual_abuse_intrafamilial",
    ),
]


@pytest.mark.parametrize("text, expected", MORE_HARMS)
def test_more_harm_phrasings(text, expected):
    got = child(text)
    assert (got["outcome"], got["harm_category"]) == ("serious_harm", expected)


@pytest.mark.parametrize(
    "text, months",
    [
        ("RAPID REVIEW\n\nChild R - 3y 2m - male\n\nIncident: R found with burns. R taken to ED.", 38),
        ("Rapid review: Child S (14 yrs, F)\n\n- S found in a flat with adults. S taken home.", 168),
        (  # template lines: date of birth and date of incident
            "Rapid Review\n\nName: Child D\nDOB: 04/03/2021\nDate of incident: 12/07/2021\n\nChild D was admitted "
            "to hospital with a fractured skull.",
            4,
        ),
        (
            "Rapid Review\n\nChild: Baby E\nDate of birth: 2 May 2022\nDate of death: 20 September 2022\n\n"
            "Baby E was found not breathing. Baby E died.",
            4,
        ),
    ],
)
def test_age_in_shorthand_and_template_lines(text, months):
    assert child(text)["age_months"] == months


def test_a_parents_age_in_shorthand_is_not_the_childs():
    text = "Rapid Review: Child T\n\nHousehold: mother 24 yrs, father 26 yrs.\nChild T, aged 5 months, was injured."
    assert child(text)["age_months"] == 5


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Rapid Review: Child B\n\nChild B, 3, ate tablets found in a handbag and was kept in hospital overnight. "
            "The review concluded that this was neither a death nor serious harm, and the notification was "
            "categorised as 'other'.",
            "other",
        ),
        (  # recovered without lasting harm, but notified as serious harm
            "Rapid Review: Child C\n\nChild C, 2, was ventilated for three days after swallowing methadone. No "
            "lasting harm is expected. Notification: serious harm.",
            "serious_harm",
        ),
        (  # a brother who was not seriously harmed does not make the subject's outcome other
            "LCSPR: Child D\n\nChild D, 6, suffered burns to his back when his stepfather poured boiling water on "
            "him. His brother was not seriously harmed.",
            "serious_harm",
        ),
    ],
)
def test_outcome_other_only_when_said_of_the_child(text, expected):
    assert child(text)["outcome"] == expected


CLASSIFICATION = [
    (  # an accident while unsupervised: related to, not directly caused by, maltreatment
        "LCSPR: Child R\n\nChild R, aged 2, drowned in the bath in 2020 while his mother was asleep downstairs "
        "after drinking. There had been concerns about poor supervision.",
        "other_maltreatment_related",
    ),
    (
        "Rapid review: Child S (M, 7)\n\n- S died in a house fire at night.\n- S and his sister had been left alone "
        "while their mother was out.",
        "other_maltreatment_related",
    ),
    (  # starvation stays extreme neglect
        "SCR: Child T\n\nChild T, aged 3, died of starvation and dehydration. His parents were convicted of "
        "manslaughter.",
        "extreme_neglect",
    ),
    (  # a punch by a stranger, no weapon and no murder: a fatal assault
        "LCSPR: Child U\n\nChild U, 15, died in hospital two days after he was punched by a man outside a shop and "
        "hit his head on the pavement. The man was convicted of manslaughter.",
        "extrafamilial_fatal_assault",
    ),
    (  # a stabbing by youths with a murder conviction: a homicide
        "LCSPR: Child V\n\nChild V, 16, was attacked by a group of youths and stabbed. Three of them were "
        "convicted of his murder.",
        "extrafamilial_homicide",
    ),
    (  # a father smothering his baby and convicted of murder is not a killing outside the family
        "Review: Baby W\n\nBaby W was 4 months old when her father smothered her during an argument with her "
        "mother. He was convicted of murder.",
        "overt_filicide",
    ),
]


@pytest.mark.parametrize("text, expected", CLASSIFICATION)
def test_death_classification_boundaries(text, expected):
    got = child(text)
    assert (got["outcome"], got["death_category"]) == ("death", expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # the mother's own childhood abuse is background, not the child's harm
            "LCSPR: Child A\n\nChild A, aged 4, was admitted to hospital weighing below the 2nd centile, with "
            "untreated scabies and rotten teeth. The flat had no working toilet. Her mother had herself been "
            "sexually abused as a child.",
            "neglect",
        ),
        (
            "LCSPR: Child F\n\nChild F, 13, was groomed over a gaming platform by a man in his forties who "
            "persuaded her to meet him. He raped her.",
            "sexual_abuse_extrafamilial",
        ),
        (  # shorthand: a toxicity finding
            "RAPID REVIEW\n\nChild D - 2y 1m - female\n\nIncident: D found drowsy at home; methadone toxicity "
            "confirmed in ED. Ventilated 2 days. Family on a CIN plan for neglect. Notification: serious harm.",
            "neglect",
        ),
    ],
)
def test_harm_background_and_shorthand(text, expected):
    got = child(text)
    assert (got["outcome"], got["harm_category"]) == ("serious_harm", expected)


def test_a_shared_incident_counts_for_each_child_of_a_thematic_review():
    text = (
        "Thematic review\n\n1.1 In 2021 police found that a group of men had been sexually exploiting three girls "
        "in the town. The three girls are called Child A, Child B and Child C in this report.\n\nChild A\n\n"
        "Child A was 13. Child A lived with her mother, who drank heavily; the family had a plan for neglect.\n\n"
        "Child B\n\nChild B was 14. Child B had been excluded from school.\n\nChild C\n\nChild C was 15. Child C "
        "lived in a children's home."
    )
    data = Pipeline().run(Doc.from_text(text), "t.txt").to_dict()
    assert [c["harm_category"]["value"] for c in data["children"]] == ["sexual_exploitation"] * 3


@pytest.mark.parametrize(
    "text, months",
    [
        ("LCSPR: 'Jade'\n\nJade had just turned 16 when she was found in a flat with older men. Jade was scared.", 192),
        ("LCSPR Child E\n\nChild E was fourteen and a half when she died. Child E had been in care.", 174),
        (
            "SCR: Baby F\n\nBaby F was born at home on 3 March 2019 and was found dead the next day. The mother had "
            "concealed the pregnancy.",
            0,
        ),
        ("Rapid Review: Child G\n\nAge at time of incident: 17 months\nChild G was scalded in the bath.", 17),
        (  # date of birth in one sentence, the incident date in the next
            "Review: Child S\n\nChild S was born on 14 March 2009. She died on 2 November 2015 at home.",
            79,
        ),
        (
            "LCSPR: Theo\n\nTheo was born on 2 January 2021. On 19 May 2021 his mother took him to the emergency "
            "department.",
            4,
        ),
        (  # "three weeks before" is a time, not an age
            "SCR: Baby M\n\nBaby M, aged 3 months, died at home. The family had been served notice three weeks "
            "before Baby M died.",
            3,
        ),
        (  # an age in a history clause is not the age at the incident
            "Review: Child S\n\nChild S's father left when Child S was one. Child S was seven when she was taken to "
            "hospital.",
            84,
        ),
        (  # a labelled parent's age is not the child's
            "Review: Child S\n\n- Mother: aged 27 at the time of Child S's death.\n- Child S died in 2015 aged 6.",
            72,
        ),
    ],
)
def test_more_age_forms(text, months):
    assert child(text)["age_months"] == months


def test_a_siblings_earlier_death_does_not_decide_the_category():
    text = (
        "Local Child Safeguarding Practice Review\nChild R\n\n1.1 Child R died in hospital in 2022 aged 14 months.\n"
        "1.2 Child R was admitted after the mother's partner said R had fallen from a sofa. Scans showed a skull "
        "fracture and bleeding on the brain, not consistent with a fall.\n1.3 The mother's partner was convicted "
        "of murder.\n2.1 R's older half-brother had died in 2018 of sudden infant death syndrome while "
        "co-sleeping with the mother."
    )
    assert child(text)["death_category"] == "fatal_physical_abuse"


def test_taken_her_own_life_with_exploitation_in_the_history():
    text = (
        "LCSPR: Young Person M\n\nYoung Person M was 16 when she died. She was found in her bedroom; she had taken "
        "her own life.\nM had been sexually exploited by older men between 13 and 15."
    )
    assert child(text)["death_category"] == "suicide"


@pytest.mark.parametrize(
    "text",
    [
        (  # an accidental bruise does not outweigh the neglect
            "SCR: Child P and Child Q\n\nChild P (aged 4) and Child Q (aged 2) were found in a flat with no food, "
            "heating or working toilet. Both children were dirty and had untreated skin infections. The review "
            "considers chronic neglect. Child P had a bruise on his arm, which was judged to be accidental. "
            "Child Q was underweight."
        ),
        (  # a negated cue first, a real one later in the sentence
            "Review: Child X\n\nChild X, 6, was found living in a home with no food; there was no evidence of "
            "injury, but he was severely underweight."
        ),
    ],
)
def test_neglect_signs_that_start_with_no(text):
    assert child(text)["harm_category"] == "neglect"


def test_a_category_told_late_in_the_report():
    history = "Child J's family moved house several times and the parents often missed appointments. " * 30
    text = (
        "LCSPR: Child J\n\nChild J, aged 14, was the subject of this review. " + history + "\n\nThe incident\n"
        "In 2022 Child J was found in a flat in another county where drugs were being sold; he had been groomed "
        "by older teenagers to run drugs on a county line."
    )
    got = child(text)
    assert (got["outcome"], got["harm_category"]) == ("serious_harm", "criminal_exploitation")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("LCSPR: Child A\n\nChild A, aged 12, sustained life-threatening injuries and did not recover.", "death"),
        ("Review: Child C\n\nDespite paramedics' efforts, Child C's life could not be saved. C was 15.", "death"),
        (  # a friend killed in the same attack is not the subject
            "Review: Child E\n\nChild E, 15, was admitted to hospital after a serious assault. E's friend was killed "
            "in the same attack.",
            "serious_harm",
        ),
        (  # a carer's earlier conviction for another child's death
            "LCSPR: Child G\n\nChild G was 2 when she suffered a serious head injury. Her father had been convicted "
            "of causing the death of a child in an earlier relationship.",
            "serious_harm",
        ),
    ],
)
def test_outcome_death_words_and_other_peoples_deaths(text, expected):
    assert child(text)["outcome"] == expected


def test_a_young_person_convicted_of_murder_did_not_die():
    text = (
        "LCSPR: Young Person E\n\nIn 2022 Young Person E, then 16, was convicted of the murder of another "
        "teenager after a fight in a park. The review considers the services provided to E."
    )
    got = child(text)
    assert (got["outcome"], got["harm_category"]) == ("serious_harm", "young_person_perpetrator")


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "LCSPR: Child W\n\nChild W, 11, was admitted to a psychiatric ward after years of witnessing domestic "
            "abuse and being belittled by her father. The review found significant emotional harm.",
            "emotional_abuse",
        ),
        (
            "LCSPR: Child X\n\nChild X, 16, was seriously injured in a moped crash while riding a stolen moped "
            "with friends late at night.",
            "risk_taking_violent",
        ),
        (
            "Rapid Review: Child Y\n\nChild Y, 3, suffered serious injuries after a fall from a first-floor "
            "window while his mother was asleep.",
            "neglect",
        ),
        (  # domestic abuse in the background does not outweigh the fractures
            "Rapid Review: Baby Z\n\nBaby Z, 4 months, was found to have rib fractures and a fractured arm. The "
            "mother had been living with domestic abuse from her partner.",
            "physical_abuse",
        ),
    ],
)
def test_rarer_harm_categories(text, expected):
    got = child(text)
    assert (got["outcome"], got["harm_category"]) == ("serious_harm", expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "LCSPR: Young Person S\n\nYoung Person S, 15, was struck by a train in 2022. The coroner concluded "
            "that she had taken her own life. The review found that her death was not caused by abuse or neglect "
            "by her parents.",
            "suicide",
        ),
        (
            "LCSPR: Child T\n\nChild T, 16, was fatally stabbed by a group of youths. His death was not the result "
            "of abuse or neglect within the family.",
            "extrafamilial_homicide",
        ),
    ],
)
def test_specific_categories_outrank_not_maltreatment(text, expected):
    assert child(text)["death_category"] == expected


def test_not_knowing_who_injured_the_child_is_not_an_unclear_death():
    text = (
        "SCR: Baby K\n\nBaby K died aged 10 weeks from a head injury caused by violent shaking. It is not known how "
        "the injuries were caused or which parent was responsible; neither was charged."
    )
    assert child(text)["death_category"] == "fatal_physical_abuse"


def test_abuse_by_an_older_sibling_is_intrafamilial_for_the_sister():
    text = (
        "Rapid Review: Child Q\n\nChild Q, aged 8, was sexually abused over several months; her older brother, "
        "then 14, sexually abused his sister while their mother worked nights. Child Q told a teacher."
    )
    assert child(text)["harm_category"] == "sexual_abuse_intrafamilial"


def test_an_ethnicity_recorded_as_other_is_not_the_outcome():
    text = (
        "LCSPR: Child E\n\nChild E, 14, was stabbed in the leg. Her ethnicity was recorded as 'Other' by the "
        "school. Child E survived."
    )
    assert child(text)["outcome"] == "serious_harm"


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # a father found with self-inflicted wounds after killing his son: overt, not fatal abuse
            "LCSPR: 'Sam'\n\nSam, aged 7, died during a contact visit at his father's home. His father was found "
            "with serious self-inflicted wounds and was later convicted of Sam's murder.",
            "overt_filicide",
        ),
        (  # months of cruelty before the fatal injury
            "National review: Child M\n\nChild M died aged five from a head injury. For months she had been "
            "denied food as a punishment, made to sleep in a shed and beaten regularly by her carers, who were "
            "convicted of cruelty over a period of eight months.",
            "severe_persistent_cruelty",
        ),
        (  # first treated as a sudden infant death, later a mother's admission
            "SCR: Baby R\n\nBaby R died aged four months. The death was initially investigated as a sudden "
            "unexpected death in infancy. A year later his mother said she had held a pillow over his face; she "
            "pleaded guilty to infanticide.",
            "covert_filicide",
        ),
    ],
)
def test_death_categories_from_the_perpetrators_story(text, expected):
    assert child(text)["death_category"] == expected


def test_a_parents_overdose_death_is_not_the_childs_harm():
    text = (
        "LCSPR: Child Y\n\nChild Y, 14, has lived with his grandparents since his mother died of an overdose in "
        "2012. His behaviour had become increasingly risky, and in 2022 he crashed a stolen car at speed and "
        "broke his pelvis."
    )
    assert child(text)["harm_category"] == "risk_taking_violent"


def test_a_finer_age_later_in_the_report_wins_over_years_alone():
    text = (
        "National review: Child N\n\nForeword\nChild N was a six-year-old girl who was hidden from view.\n\n"
        "1. Introduction\n1.1 Child N died in hospital, aged six years and four months."
    )
    assert child(text)["age_months"] == 76
