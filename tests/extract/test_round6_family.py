"""Round 6: parental and family flags. Violent offending told with a date or a sentence length
between the words, parents' own childhoods told as "a childhood in which ...", case-note
shorthand for the mother ("M: ..."), domestic abuse only in an earlier relationship or in a
parent's childhood set against a statement that there is none now, routine questions that are
not findings, and a parent's lonely childhood or living alone that is not isolation. Every
report below is made up for these tests."""

from __future__ import annotations

import pytest

from caselearn.extract.pipeline import Pipeline
from caselearn.extract.text import Doc
from tests.extract.coding import case_codes

OPENING = "Local Child Safeguarding Practice Review\n\n1. Introduction\n\n"
BABY = "Ava was eleven weeks old when she was admitted to hospital with a skull fracture in 2022. Ava survived. "
TEEN = "Kai was 14 years old when he was stabbed in a park in 2023. Kai survived. "
CR = "parental_criminal_record"
VC = "parental_violent_crime"
DA = "domestic_abuse"


def code(text: str, variable: str, child: str = BABY) -> str:
    return case_codes(OPENING + child + text).get(variable, "not_known")


@pytest.mark.parametrize(
    "sentence, variable, value",
    [
        ("Kai's father is in prison, serving an eight-year sentence for armed robbery.", VC, "present"),
        ("Kai's father is in prison, serving an eight-year sentence for armed robbery.", CR, "present"),
        ("His dad served a prison sentence for grievous bodily harm when Kai was small.", VC, "present"),
        ("Mr J had a caution from 2011 for common assault after a fight at a football match.", VC, "present"),
        ("Mr J had a caution from 2011 for common assault after a fight at a football match.", CR, "present"),
        ("The stepfather had a conviction (2014) for actual bodily harm on a stranger.", VC, "present"),
        # violence against the mother is domestic abuse, not violent crime
        ("Father had a conviction (2019) for assault on the mother.", VC, "not_known"),
    ],
)
def test_violent_offending_with_dates_and_lengths(sentence, variable, value):
    assert code(sentence, variable, TEEN) == value


@pytest.mark.parametrize(
    "sentence, value",
    [
        ("Mother described a childhood in which her stepfather drank and hit her.", "present"),
        ("Ava's father told the review he had grown up in a home where there was constant violence.", "present"),
        ("The mother was herself a looked after child between the ages of nine and seventeen.", "present"),
        ('Mum said she had been "on a plan" as a child in another borough.', "present"),
        ("Records show that M and her brothers were subject to child protection plans for neglect.", "present"),
    ],
)
def test_parents_own_childhood(sentence, value):
    assert code(sentence, "parental_aces") == value


def test_the_child_abused_by_her_stepfather_is_not_a_parents_childhood():
    child = "Lily was 13 when she disclosed abuse in 2022. Lily lives with her mother and stepfather. "
    text = "She told a teacher that she had been sexually abused by her stepfather for a year."
    assert code(text, "parental_aces", child) == "not_known"


@pytest.mark.parametrize(
    "sentence",
    [
        "\n\n- M: a series of short-lived partners since 2015; Mr T moved in last year.",
        "Mum said she had had a run of bad relationships before she met Mr T.",
        "The mother's previous relationships had been a recurring theme at every conference.",
    ],
)
def test_series_of_partners(sentence):
    assert code(sentence, "multiple_partners", TEEN) == "present"


@pytest.mark.parametrize(
    "text, value",
    [
        # abuse only in an earlier relationship of the mother, none now
        (
            "In 2019 Ava's half-brother was on a child in need plan because of domestic abuse by his father. "
            "The mother ended that relationship and he moved away. "
            "The review found no evidence of domestic abuse between the mother and Ava's father.",
            "absent",
        ),
        # a partner's history with an earlier partner, and no report about this couple
        (
            "Police records held a history of domestic abuse by Mr K towards a woman in another town. "
            "No agency had received any report of domestic abuse between the mother and Mr K.",
            "absent",
        ),
        # a parent's own childhood
        (
            "Father spoke of a childhood in which he had seen a lot of violence between the adults. "
            "There were no reports of domestic abuse in the household.",
            "absent",
        ),
        # abuse when the teenager was small, none since
        (
            "There was domestic abuse between Kai's parents when Kai was a small child. "
            "Police have no record of any domestic abuse in the mother's household since then.",
            "absent",
        ),
        # the review asked the question and found nothing
        (
            "The panel considered whether there was any sign of domestic abuse in the home and found no "
            "information to suggest it.",
            "absent",
        ),
        # questions asked of every mother are not a finding
        ("The midwife asked the standard questions about domestic abuse at booking.", "not_known"),
        # recent abuse stays present even with a statement about another time
        (
            "In 2022 police were called twice to domestic abuse incidents between the mother and Mr K. "
            "There was no domestic abuse in the mother's earlier relationship.",
            "present",
        ),
        (
            "Mother told the review that her husband was controlling and had hit her in the months before the "
            "incident. Police attended an argument at the home in 2022 and recorded it as domestic abuse.",
            "present",
        ),
    ],
)
def test_domestic_abuse_then_and_now(text, value):
    child = TEEN if "Kai" in text else BABY
    assert code(text, DA, child) == value


@pytest.mark.parametrize(
    "sentence, value",
    [
        ('Mother described her childhood as "lonely" after her own parents split up.', "not_known"),
        ("Mr T said that he lived alone and visited only at weekends.", "not_known"),
        ("Mother had no friends in the town and rarely left the flat.", "present"),
    ],
)
def test_isolation_now_not_then(sentence, value):
    assert code(sentence, "social_isolation") == value


@pytest.mark.parametrize(
    "text, variable, value",
    [
        # a grandparent's drinking, told as the parent's own mother's
        (
            "Ava's mother was taken into care at ten because of her own mother's alcohol use.",
            "parental_alcohol_misuse",
            "not_known",
        ),
        ("Ava's father went into care after his own father's heroin use.", "parental_drug_misuse", "not_known"),
        # an alcohol and drug service treating drinking says nothing of drugs
        (
            "Her partner was referred to the community alcohol and drug service after a drink-driving ban.",
            "parental_drug_misuse",
            "not_known",
        ),
        ("The mother had alcohol and drug misuse problems in her twenties.", "parental_drug_misuse", "present"),
        # a debt exploiters say a young person owes is not poverty
        (
            "Kai told police he had to carry drugs to pay off a debt the older boys said he owed.",
            "poverty",
            "not_known",
        ),
        ("Kai's mother had rent arrears and used a food bank.", "poverty", "present"),
    ],
)
def test_whose_drinking_and_whose_debt(text, variable, value):
    assert code(text, variable, TEEN) == value


@pytest.mark.parametrize(
    "text, value",
    [
        # a parent's own teenage years with CAMHS, told with her age then
        ("- M: seen by CAMHS aged 15 for self-harm and low mood; discharged at 16.", "present"),
        (
            "Ava's mother was 20. She lived in supported lodgings. She had seen CAMHS for anxiety between the "
            "ages of 13 and 15.",
            "present",
        ),
        # a professional named in the clause is not whose condition it is
        ("Kai's mother was 38. She has been treated by her GP for depression since 2018.", "present"),
        # the child's own CAMHS work stays the child's
        ("Ava's brother was referred to CAMHS for low mood.", "not_known"),
    ],
)
def test_parents_own_mental_health_history(text, value):
    child = TEEN if "Kai" in text else BABY
    if text.startswith("- M"):
        text = "\n\n" + text
    assert code(text, "parental_mental_health", child) == value


@pytest.mark.parametrize(
    "text, variable, value",
    [
        # a relative's report, then tested and not borne out
        (
            "In 2021 the paternal aunt rang the police and said that Ava's father drank every day. "
            "The father's hair-strand and blood tests were negative and showed no evidence of excessive alcohol use.",
            "parental_alcohol_misuse",
            "absent",
        ),
        (
            "A neighbour told children's services that the mother was using heroin. "
            "The mother's hair-strand test was negative: there was no evidence of drug use.",
            "parental_drug_misuse",
            "absent",
        ),
        # a concern found true stays present whatever else was tested
        (
            "The health visitor recorded that the father drank heavily most nights. "
            "His drug test was negative and there was no evidence of drug use.",
            "parental_alcohol_misuse",
            "present",
        ),
        # reported, never tested: still present
        (
            "The grandmother said that the father drank heavily every evening.",
            "parental_alcohol_misuse",
            "present",
        ),
    ],
)
def test_reported_concern_tested_and_not_borne_out(text, variable, value):
    assert code(text, variable) == value


@pytest.mark.parametrize(
    "text, value",
    [
        ("Ava's parents split up in 2021. The separation was bitter.", "present"),
        ('Mum said the break-up had been "nasty" from the start.', "present"),
        ("Contact with the father was decided in proceedings in the family court over two years.", "present"),
        ("The separation was amicable and contact was agreed between the parents.", "absent"),
    ],
)
def test_acrimonious_separation_told_after_the_noun(text, value):
    assert code(text, "acrimonious_separation") == value


@pytest.mark.parametrize(
    "text, variable",
    [
        # numbered paragraphs ("10. Kai's father ...") and a run of He sentences back to the father
        (
            "\n\n12. Kai's father has looked after him alone since 2019. He was himself brought up in local "
            "authority care.",
            "parent_care_leaver",
        ),
        (
            "\n\n12. Kai's father has looked after him alone since 2019. He works nights. He spoke to the "
            "review about his own drinking, which he said was better now.",
            "parental_alcohol_misuse",
        ),
    ],
)
def test_numbered_paragraph_names_the_parent(text, variable):
    assert code(text, variable, TEEN) == "present"


def test_the_teenagers_own_drinking_is_not_the_parents():
    text = "Kai was drinking most weekends. He spoke to his youth worker about his own drinking."
    assert code(text, "parental_alcohol_misuse", TEEN) == "not_known"


# agencies_involved: who sat on the review, checklists and lists of agencies not involved,
# youth offending services, contact dated before the incident year


def agencies_found(text: str, year: int | None = None) -> set[str]:
    from caselearn.extract.agencies import agencies

    s = agencies(Doc.from_text(text), year)
    return set(s.value) if s else set()


def test_review_membership_is_not_contact():
    got = agencies_found(
        "Panel members: children's social care, police and the ICB.\n\n"
        "The review was supported by senior managers from the police and children's social care. "
        "The rapid review was attended by representatives of the police and the local hospital trust. "
        "The health visitor saw the family twice."
    )
    assert got == {"health_visiting"}


def test_checklists_and_lists_of_agencies_not_involved():
    got = agencies_found(
        "Agencies:\n[ ] CSC - none before the incident\n[ ] Police - no contact before the incident\n"
        "Housing: none.\nThe family had not been known to CSC or MASH. "
        "Neither child had been subject to a child protection or child in need plan. "
        "The nursery raised no concerns that it did not pass to the GP or children's social care."
    )
    assert "childrens_social_care" not in got
    assert "police" not in got
    assert "early_years" in got


def test_youth_offending_service_and_referral_orders():
    assert "youth_justice" in agencies_found("- Known to the YOS since 2022 for criminal damage.")
    assert "youth_justice" in agencies_found("In 2021 he received a referral order for theft.", 2023)


def test_contact_dated_before_the_incident_year_counts_whatever_the_sentence_says_happened():
    got = agencies_found(
        "In 2020 he was convicted of drink driving and treated by the community drug and alcohol service.", 2022
    )
    assert "substance_misuse_service" in got


def test_a_date_alone_does_not_make_an_ambulance_or_an_earlier_relationship_contact():
    got = agencies_found(
        "In 2015 her older child was taken by ambulance to hospital in cardiac arrest. "
        "In 2016, before the couple met, his former girlfriend reported him to the police and he was arrested.",
        2021,
    )
    assert "ambulance" not in got
    assert "police" not in got


def test_after_a_named_childs_death_is_the_incident():
    got = agencies_found("After Leo's death, police found the flat in a poor state. The GP had seen Leo twice.")
    assert got == {"gp"}


# theme_invisible_men: the review's own word that fathers were seen, and research about fathers
# in general


def themes_in(findings: str) -> dict[str, str]:
    text = (
        "Learning review: Child Q\n\n1. Introduction\n\nChild Q was four years old.\n\n"
        f"4. Findings\n\n{findings}\n\n5. Recommendations\n\n"
        "1. The partnership should remind staff of the escalation policy.\n"
    )
    case = Pipeline().run(Doc.from_text(text)).to_dict()["case"]
    return {k: v["value"] for k, v in case.items() if k.startswith("theme_")}


@pytest.mark.parametrize(
    "findings, value",
    [
        (
            "The review found no evidence that Child Q's father was sidelined; he was at every meeting. "
            "Professionals did not engage with the men in the household at the first visit.",
            "absent",
        ),
        ("The panel saw no gap in the way practitioners worked with the fathers in this family.", "absent"),
        ("Dad was involved in every core group meeting, and his views were recorded throughout.", "absent"),
        # invited but never there is not inclusion
        ("The father was invited to every conference and attended none, and nobody assessed him.", "present"),
        # research about fathers in general says nothing of this case
        ("National reviews often find that fathers are overlooked by services.", "not_known"),
    ],
)
def test_invisible_men_verdicts_and_research(findings, value):
    assert themes_in(findings).get("theme_invisible_men", "not_known") == value


@pytest.mark.parametrize(
    "findings, value",
    [
        # the review's verdict in other words
        (
            "The panel found no evidence that caseloads or supervision adversely affected the decisions in this "
            "case. Two workers changed in the year.",
            "absent",
        ),
        (
            "The author looked for, and did not find, evidence that staffing, workload or supervision "
            "influenced the judgements made.",
            "absent",
        ),
        # a child on a waiting list, or a rural service spread out, is not a finding about capacity
        ("Child Q was on the waiting list for a speech and language assessment.", "not_known"),
        ("The health visiting service is stretched across a large rural area.", "not_known"),
        # a real finding stays present
        ("Long waiting lists for CAMHS left Child Q without help for eight months.", "present"),
        ("The team was stretched by vacancies and relied on agency staff.", "present"),
    ],
)
def test_leadership_verdicts_and_waiting_lists(findings, value):
    assert themes_in(findings).get("theme_leadership_culture", "not_known") == value


@pytest.mark.parametrize(
    "findings, value",
    [
        ("The practitioners who knew Child Q well understood her daily life and what she enjoyed.", "absent"),
        (
            "Her own account of being afraid at home and of her brother's temper is carefully recorded in the "
            "school's notes.",
            "absent",
        ),
        ("Nobody understood her daily life at home.", "present"),
        ("The only picture anyone had of her days came from a neighbour.", "present"),
        ("Professionals had little sense of what Child Q's home life was like.", "present"),
    ],
)
def test_daily_life_understood_or_not(findings, value):
    assert themes_in(findings).get("theme_child_daily_life", "not_known") == value


@pytest.mark.parametrize(
    "text, variable, value",
    [
        ("Ava's mother later told the review that her partner was controlling and had hit her.", DA, "present"),
        ("Mum described a violent and controlling boyfriend who moved in when she was pregnant.", DA, "present"),
        ("Her husband was controlling about money, the health visitor thought.", DA, "not_known"),
        ("Ava's father has a conviction, from his late teens, for handling stolen goods.", CR, "present"),
        ("The family had very little money and the flat had damp problems.", "poverty", "present"),
        ("Mum often borrowed money from friends to pay the rent.", "poverty", "present"),
    ],
)
def test_more_ways_of_saying_it(text, variable, value):
    assert code(text, variable) == value


@pytest.mark.parametrize(
    "text, sep, acri",
    [
        # the child's parents together: no separation, so no acrimonious one
        ("Ava's parents had been a couple for five years and were living together at the time.", "absent", "absent"),
        ("Mum and dad lived together with Ava and her brother in a rented flat.", "absent", "absent"),
        ("The parents had not separated at any point.", "absent", "absent"),
        # an older child's father who left, with the child's own parents together
        (
            "Mum and dad lived together with Ava and her half-sister Mia. Mia's father has had no contact with "
            "her since she was a baby.",
            "absent",
            "absent",
        ),
        # the child's own parents apart
        ("The parents had lived together until 2020, when they separated.", "present", "not_known"),
        ("Ava's parents separated before she was born and did not live together.", "present", "not_known"),
    ],
)
def test_parents_together_and_other_couples(text, sep, acri):
    codes = case_codes(OPENING + BABY + text)
    assert (codes.get("parental_separation", "not_known"), codes.get("acrimonious_separation", "not_known")) == (
        sep,
        acri,
    )


@pytest.mark.parametrize(
    "findings, value",
    [
        (
            "Information sharing between the GP, school nurse and children's social care was prompt throughout. "
            "One letter went to the wrong address and was not followed up.",
            "absent",
        ),
        ("The panel found no real gap in information sharing between the agencies involved.", "absent"),
        ("Information held by different agencies was never brought together.", "present"),
    ],
)
def test_information_sharing_verdicts_with_lists_of_agencies(findings, value):
    assert themes_in(findings).get("theme_information_sharing", "not_known") == value


@pytest.mark.parametrize(
    "findings, value",
    [
        (
            "The review saw no evidence that engagement, meaning missed visits or closed doors, was a problem here.",
            "absent",
        ),
        ("There was no question of disguised compliance or reluctant engagement by the father.", "absent"),
        ("The youth worker's tenacious approach to engaging him was good practice.", "absent"),
        ("Mother missed four appointments and did not engage with the family support worker.", "present"),
    ],
)
def test_reluctant_engagement_verdicts(findings, value):
    assert themes_in(findings).get("theme_reluctant_engagement", "not_known") == value


@pytest.mark.parametrize(
    "text, variable, value",
    [
        # a heading about the child's own episode names no parent's condition
        ("\n\nEpisode 2: Low mood and sleep (2021)\n\nAva's sleep was poor.", "parental_mental_health", "not_known"),
        # case-note lines about a parent are statements, not headings
        ("\n\n- M: heroin use 2015-2018\n", "parental_drug_misuse", "present"),
        ("\n\nMother: postnatal depression after her first child\n", "parental_mental_health", "present"),
        # a child abused by her stepfather is not a parent's childhood
        ("Ava's sister told police she had been sexually abused by her stepfather.", "parental_aces", "not_known"),
    ],
)
def test_headings_and_case_notes(text, variable, value):
    assert code(text, variable) == value


def test_never_any_involvement_is_not_contact():
    got = agencies_found("The family had never had any involvement with children's social care. The GP saw Ava twice.")
    assert got == {"gp"}


@pytest.mark.parametrize(
    "findings, value",
    [
        ("Child Q's father, who worked away and rang the school most weeks, was never asked about her.", "present"),
        ("The father knew most about the household, but he was not invited to any core group meetings.", "present"),
        ("Mr R, the mother's partner, was not involved in the planning because he was in prison.", "present"),
    ],
)
def test_invisible_men_told_with_clauses_between(findings, value):
    assert themes_in(findings).get("theme_invisible_men", "not_known") == value


@pytest.mark.parametrize(
    "text, value",
    [
        ("The family moved twice in the eighteen months before the incident.", "present"),
        ("Mum moved house twice within a year, both times to escape the neighbours.", "present"),
        ("The family had moved once, when Ava was born.", "not_known"),
    ],
)
def test_two_moves_in_a_short_span(text, value):
    assert code(text, "transient_lifestyle") == value


def test_a_drug_and_alcohol_service_written_with_an_ampersand_is_not_drinking():
    text = "\n\n- Known to: drug & alcohol service (both parents), GP and health visitor.\n"
    assert code(text, "parental_alcohol_misuse") == "not_known"


@pytest.mark.parametrize(
    "text, value",
    [
        ("Ava lives with her parents on an isolated farm ten miles from the nearest town.", "present"),
        # the child's own isolation stays the child's
        ("Ava was isolated from other children at nursery.", "not_known"),
    ],
)
def test_an_isolated_home_told_through_the_child(text, value):
    assert code(text, "social_isolation") == value
