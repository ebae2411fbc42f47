"""Round 21 (family): parental and family flags from heldout-v20's families of phrasings. Records told
in notes with a year ("caution 2020, possession of ..."), an offence in brackets after a prison term, a
concern "found to be unfounded", a matter the report leaves "not known", denials carried on by
"neither ... and neither had ...", "no agency knew of any ...", a denial that runs from a date to now
("Since 2016 there have been no reports ..."), a glossary whose lines run together, isolation named
as part of the abuse, poverty in deprivation words and its denial. Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import case_codes

_OPEN = "Rapid review: Baby N\n\nBaby N, aged 9 weeks, was admitted to hospital with a head injury in 2024.\n\n"
_BOTH = "N lived with his mother and his father, who live together.\n\n"


def _codes(body: str) -> dict[str, str]:
    return case_codes(_OPEN + body + "\n")


@pytest.mark.parametrize(
    "body",
    [
        # terse notes, the offence after a comma
        _BOTH + "Police:   Father: caution 2019, shoplifting. Mother: no police record.",
        # prose, a span of years
        _BOTH + "Mr K has convictions from 2012 to 2015 for burglary and handling stolen goods.",
        # a note with the year in brackets after a long offence
        _BOTH + "- Dad: conviction for possession of Class B drugs (2017). Works nights.",
    ],
)
def test_a_record_told_with_its_year(body: str) -> None:
    assert _codes(body)["parental_criminal_record"] == "present"


@pytest.mark.parametrize(
    "body",
    [
        "N lived with his mother. His father was in prison from 2021 (armed robbery) and wrote to him.",
        "N lived with his mother. Her partner was jailed in 2019 (wounding with intent) and released in 2023.",
    ],
)
def test_a_violent_offence_in_brackets(body: str) -> None:
    codes = _codes(body)
    assert codes["parental_criminal_record"] == "present"
    assert codes["parental_violent_crime"] == "present"


def test_a_brothers_sentence_in_notes_is_not_a_parents() -> None:
    codes = _codes(_BOTH + "- Older bro (20y) serving custodial sentence (robbery). Not in contact.")
    assert codes["parental_violent_crime"] == "not_known"


def test_others_convicted_are_not_the_family() -> None:
    codes = _codes(_BOTH + "The man who attacked the father was jailed. Three others convicted of affray.")
    assert codes["parental_violent_crime"] == "not_known"


@pytest.mark.parametrize(
    "body",
    [
        _BOTH + "No PNC record for either parent.",
        _BOTH + "- Mother and father: PNC - no trace. Not known to probation.",
    ],
)
def test_no_pnc_record(body: str) -> None:
    assert _codes(body)["parental_criminal_record"] == "absent"


def test_a_concern_found_to_be_unfounded() -> None:
    body = (
        _BOTH + "In 2023 a neighbour told children's social care that the father smelled of alcohol at the "
        "school gate. Both parents agreed to testing; the results were negative for alcohol in both cases, "
        "and the concern about the father's drinking was found to be unfounded."
    )
    assert _codes(body)["parental_alcohol_misuse"] == "absent"


@pytest.mark.parametrize(
    "body",
    [
        # a number of pints in words
        _BOTH + "The father told police he had drunk seven or nine pints of lager at the party.",
        # drinking that grew
        _BOTH + "After his brother died, the father said his drinking 'went up a bit'.",
        _BOTH + "By the autumn the father was drinking more and sleeping on the settee.",
    ],
)
def test_drinking_in_other_words(body: str) -> None:
    assert _codes(body)["parental_alcohol_misuse"] == "present"


@pytest.mark.parametrize(
    "body",
    [
        _BOTH
        + "No agency held any information suggesting that either parent, or her stepfather, misused alcohol or drugs.",
        _BOTH + "- No agency knew of any domestic abuse, mental ill-health, or alcohol or drug misuse in the family.",
    ],
)
def test_what_no_agency_knew(body: str) -> None:
    codes = _codes(body)
    assert codes["parental_alcohol_misuse"] == "absent"
    assert codes["parental_drug_misuse"] == "absent"


def test_neither_parent_known_to_mental_health_services() -> None:
    assert _codes(_BOTH + "Neither parent has ever been known to mental health services.")[
        "parental_mental_health"
    ] == ("absent")


def test_neither_parent_learning_disability_or_care() -> None:
    codes = _codes(_BOTH + "Neither parent has a learning disability, and neither had been in care.")
    assert codes["parental_learning_disability"] == "absent"
    assert codes["parent_care_leaver"] == "absent"


def test_neither_child_in_care_says_nothing_of_the_parents() -> None:
    body = _BOTH + "Neither child had been on a plan, and neither was looked after before the incident."
    assert _codes(body)["parent_care_leaver"] == "not_known"


def test_a_learning_disability_queried_is_not_one() -> None:
    body = (
        "N lived with his mother. In 2020 a health visitor queried whether she had a learning disability; "
        "a later assessment found that she did not."
    )
    assert _codes(body)["parental_learning_disability"] != "present"


@pytest.mark.parametrize(
    "body",
    [
        # a denial that runs from a date to now
        _BOTH + "The mother's earlier partner was violent to her in 2015. Since 2017 there have been no "
        "reports of domestic abuse in the household.",
        # in notes, after a semicolon
        _BOTH + "Historic DA by a previous partner when N's sister was a baby; they split in 2017 and no "
        "domestic abuse has been reported in the household since.",
    ],
)
def test_no_abuse_since(body: str) -> None:
    assert _codes(body)["domestic_abuse"] == "absent"


def test_abuse_before_the_children_were_removed() -> None:
    body = (
        "N lives with his aunt and her husband under a special guardianship order. There was domestic abuse "
        "between N's parents before the children were removed. There was no evidence of domestic abuse "
        "between his aunt and her husband at any point."
    )
    assert _codes(body)["domestic_abuse"] == "absent"


def test_controlling_and_hit_her() -> None:
    body = (
        _BOTH + "After the death the mother told police that the father had been controlling, had kept her bank "
        "card and had hit her."
    )
    assert _codes(body)["domestic_abuse"] == "present"


def test_a_glossary_run_together() -> None:
    # (the entries' lines run together into one paragraph, as a PDF or a hard-wrapped text gives them)
    body = (
        _BOTH + "No agency knew of any domestic abuse in the household.\n\nGlossary\n\n"
        "CP - child protection HV - health visitor MARAC - Multi-Agency Risk Assessment Conference, for "
        "high-risk domestic abuse GP - general practitioner\n"
    )
    assert _codes(body)["domestic_abuse"] == "absent"


def test_isolation_as_part_of_the_abuse() -> None:
    body = _BOTH + "The midwife's DASH recorded economic abuse and isolation, but it was not shared with the GP."
    assert _codes(body)["social_isolation"] == "not_known"


@pytest.mark.parametrize(
    "body",
    [
        _BOTH + "By March the family had council tax arrears, no electric credit and were borrowing from friends.",
        _BOTH + "The mother said they had no credit on the meter most weeks.",
    ],
)
def test_poverty_in_deprivation_words(body: str) -> None:
    assert _codes(body)["poverty"] == "present"


def test_no_food_in_the_house_is_not_poverty_by_itself() -> None:
    body = _BOTH + "The records describe neglect: no food in the house and missed appointments."
    assert _codes(body)["poverty"] == "not_known"


@pytest.mark.parametrize(
    "body",
    [
        _BOTH + "Both parents worked and there was no indication that money or housing were a problem.",
        _BOTH + "The family was not experiencing financial hardship.",
    ],
)
def test_poverty_denied(body: str) -> None:
    assert _codes(body)["poverty"] == "absent"


def test_a_separation_described_as_amicable() -> None:
    body = (
        "N lives with his mother.\n\nFather:   Lives nearby since the separation (2022). "
        "Separation described by both as amicable."
    )
    assert _codes(body)["acrimonious_separation"] == "absent"


def test_a_parent_and_a_brother_on_a_plan() -> None:
    body = (
        _BOTH + "The mother told the review that she and her brother "
        "were subject to child protection registration when she was small."
    )
    assert _codes(body)["parental_aces"] == "present"


def test_no_offences_of_violence_and_no_record() -> None:
    body = (
        "N lived with his mother and his father.\n\n"
        "Police:   Father: caution 2018, possession of cannabis; no offences of violence.\n"
        "          Mother: no police record.\n"
    )
    codes = _codes(body)
    assert codes["parental_criminal_record"] == "present"
    assert codes["parental_violent_crime"] == "absent"


def test_abuse_set_apart_from_the_childs_household() -> None:
    body = (
        _BOTH + "The mother's ex-partner has a DA history with a later girlfriend (not relevant to N's household). "
        "No DA incidents were recorded between the parents."
    )
    assert _codes(body)["domestic_abuse"] == "absent"


def test_a_mothers_care_history_is_not_leaving_care() -> None:
    body = _BOTH + "Two gaps in sharing: the mother's care history (midwife to HV) and the GP's letter."
    assert _codes(body)["parent_care_leaver"] == "not_known"


@pytest.mark.parametrize(
    "body",
    [
        # a half-sibling's father by title, and the child's own parents living together
        "N lived with his mother (Jess), his father (Lee) and his half-sister Katie.\n\n"
        "Katie's father is referred to here as Mr Dunn. Jess and Mr Dunn separated in 2019.",
        # a couple together since, told with one of them by name
        "N lived with his mother and his half-brother. Jess and Mr Dunn, the half-brother's father, split up "
        "in 2018. N's father is Lee. He and Jess have been together since 2019.",
        # the parents in a relative clause after their names
        "N lived with his mother, Ms J, and his father, Mr L, who have been together for six years and live "
        "together in a rented house.",
    ],
)
def test_the_childs_parents_together(body: str) -> None:
    assert _codes(body)["parental_separation"] == "absent"


def test_a_looked_after_baby_is_no_teenager() -> None:
    body = (
        "Legal status:  Not LAC before the incident. Interim care order made after it; placed with\n"
        "               foster carers.\n"
        "Lived with:    Mother and father, living together.\n\n"
        "GP:  Father: anxiety, treated 2021-2022.\n"
        "     GP note 2019 (aged 19) of daily cannabis use; nothing later either way.\n"
    )
    assert _codes(body)["parental_drug_misuse"] == "present"


_TEEN = "Rapid review: Young Person N\n\nN, aged 15, was seriously injured in custody in 2024.\n\n"


def test_a_denial_that_goes_on_from_the_only_parent() -> None:
    body = _TEEN + (
        "N lived with his mother. His father died in 2022.\n\n"
        "His mother is his only parent and carer. There were no concerns about her use of alcohol or drugs "
        "or about her mental health.\n"
    )
    codes = case_codes(body)
    assert codes["parental_alcohol_misuse"] == "absent"
    assert codes["parental_mental_health"] == "absent"


def test_what_the_parent_told_is_not_a_denial_that_goes_on() -> None:
    body = _TEEN + (
        "N lived with his mother. His father died in 2022.\n\n"
        "His mother is his only parent and carer. She told the nurse that there was no drug use by her.\n"
    )
    assert case_codes(body)["parental_drug_misuse"] == "not_known"


def test_a_denial_in_the_parents_own_bullet() -> None:
    body = (
        "N lived with his mother.\n\nFamily\n"
        "- Dad: died 2021 (road accident).\n"
        "- Mum: works part-time; no known alcohol or drug issues. No PNC record.\n"
    )
    codes = _codes(body)
    assert codes["parental_criminal_record"] == "absent"
    assert codes["parental_violent_crime"] == "absent"


def test_a_denial_in_one_parents_bullet_leaves_the_other() -> None:
    body = (
        "N lived with both parents.\n\nFamily\n- Mum: no known alcohol or drug issues. No PNC record.\n"
        "- Dad: works away.\n"
    )
    assert _codes(body)["parental_criminal_record"] == "not_known"


def test_neither_parent_came_to_police_attention() -> None:
    codes = _codes(_BOTH + "Neither parent had ever come to the attention of the police before the injuries.")
    assert codes["parental_criminal_record"] == "absent"
    assert codes["parental_violent_crime"] == "absent"


def test_both_parents_tested_negative_for_drugs() -> None:
    body = _BOTH + "Both parents were tested; the results were negative for alcohol and for drugs."
    assert _codes(body)["parental_drug_misuse"] == "absent"


def test_no_evidence_over_the_parents_and_a_partner() -> None:
    body = (
        "N lived with his mother and her partner, Mr C; his father saw him on Sundays.\n\n"
        "There is no evidence that either of N's parents, or Mr C, used illicit drugs."
    )
    assert _codes(body)["parental_drug_misuse"] == "absent"


@pytest.mark.parametrize(
    "body",
    [
        _BOTH + "Ms R was looked after by Holmbury from the age of twelve until she was seventeen.",
        _BOTH + "N's father spent his teenage years in a children's home.",
    ],
)
def test_a_parents_childhood_in_other_words(body: str) -> None:
    assert _codes(body)["parental_aces"] == "present"


def test_a_parents_account_in_a_teenagers_review() -> None:
    body = (
        "Rapid review: Young Person N\n\nN, aged 15, was seriously injured in 2024.\n\n"
        "N lived with both parents. During the review N's father told the social worker that he had been "
        "sexually abused as a child by a family friend.\n"
    )
    assert case_codes(body)["parental_aces"] == "present"


@pytest.mark.parametrize(
    "body",
    [
        _BOTH + "The mother said that she left home at sixteen and sofa-surfed for a year.",
        _BOTH + "The mother described growing up with her own father's violence and frequent moves between relatives.",
    ],
)
def test_a_parents_youth_is_not_the_familys_moves(body: str) -> None:
    assert _codes(body)["transient_lifestyle"] == "not_known"


def test_a_concern_about_alcohol_not_substantiated() -> None:
    body = (
        "N lived with his mother; his father has had no contact since N was a baby.\n\n"
        "In 2023 a relative rang children's social care to say that she thought the mother was drinking "
        "heavily. The mother agreed to tests and the concern about her drinking was not substantiated."
    )
    assert _codes(body)["parental_alcohol_misuse"] == "absent"


def test_a_childs_parents_abroad_are_not_the_familys_isolation() -> None:
    body = "N lived with a family friend while his parents were abroad; the school knew his parents were abroad."
    assert _codes(body)["social_isolation"] == "not_known"


def test_each_move() -> None:
    body = _BOTH + "- Drift: the risk rose with each move and eviction and was never reassessed."
    assert _codes(body)["transient_lifestyle"] == "present"


def test_no_conflict_between_the_parents() -> None:
    body = (
        "N lived with his mother; his father lives nearby and has N every weekend. The parents separated in "
        "2021. There were no court proceedings and agencies saw no conflict between the parents."
    )
    assert _codes(body)["acrimonious_separation"] == "absent"


def test_violent_to_the_mother_by_title() -> None:
    body = (
        "N lived with his mother, Ms T. His father, Mr K, had been violent to Ms T during 2023, when N was "
        "a baby; Ms T ended the relationship when he went to prison."
    )
    codes = _codes(body)
    assert codes["domestic_abuse"] == "present"
    assert codes["parental_separation"] == "present"


def test_abuse_dated_by_the_sentence_before() -> None:
    body = (
        "N lives with his mother and his father, Mr C, who moved in in 2020. N's half-brother is the son of "
        "Mr D, with whom the mother was in a relationship from 2014 to 2016. Mr D was controlling and violent "
        "towards her. Since Mr C moved in there have been no reports of domestic abuse in the household."
    )
    assert _codes(body)["domestic_abuse"] == "absent"


_APART = "N lived with his mother; the parents separated in 2020 and his father lives nearby.\n\n"


@pytest.mark.parametrize(
    "body",
    [
        # the parents' own account
        _APART + "Both parents told the reviewer that the separation had been amicable.",
        _APART + "They told me they have stayed on good terms and share the school run.",
        # notes and a bracketed date
        _APART + "- Parents separated 2020, relationship described as amicable.",
        _APART + "The review recorded the separation (in 2020) as amicable.",
        _APART + 'Both describe the split as "friendly".',
        _APART + "N sees his father every weekend and there have been no disputes about contact.",
    ],
)
def test_an_amicable_separation(body: str) -> None:
    assert _codes(body)["acrimonious_separation"] == "absent"


def test_a_parents_denial_of_a_problem_is_still_not_an_absence() -> None:
    body = _BOTH + "The mother told the health visitor that she did not drink."
    assert _codes(body)["parental_alcohol_misuse"] == "not_known"


@pytest.mark.parametrize(
    "body",
    [
        "N is the first child of Ms A and Mr B. They are married and live together in a rented flat.",
        "N's father, Mr B, is 30. He and Ms A have lived together in a housing association flat since 2021.",
        "Amy and Jon are married and were living together throughout the period of the review.",
        "Amy and Jon married in 2019 and lived together from then until the time of N's injury.",
        "Household | Mother (22), father (25), N",
        "Parents' relationship | Married, living together in a rented house.",
        "- Mum & Dad: not married, living together.",
        "* N lived with Mum, Dad and his big sister.",
    ],
)
def test_the_parents_living_together_in_other_voices(body: str) -> None:
    codes = _codes(body)
    assert codes["parental_separation"] == "absent"
    assert codes["acrimonious_separation"] == "absent"


def test_together_until_they_parted_is_no_absence() -> None:
    body = "Amy and Jon married in 2015 and lived together until 2021, when Jon moved out."
    assert _codes(body)["parental_separation"] != "absent"


@pytest.mark.parametrize(
    "body",
    [
        _BOTH + "The mother said the father 'has always had a drink problem'.",
        _BOTH + "The father told police he had struggled with drink since his redundancy.",
        _BOTH + "In 2022 she told her GP that she was drinking too much to cope with the baby's crying.",
        _BOTH + "GP:  Father - alcohol-related liver disease, AUDIT-C score 10, advised to cut down.",
        _BOTH + "In the weeks before the injury the father was drinking most evenings.",
        _BOTH + "The mother told the health visitor that her husband was 'having a few more drinks than usual'.",
    ],
)
def test_drinking_told_in_everyday_words(body: str) -> None:
    assert _codes(body)["parental_alcohol_misuse"] == "present"


@pytest.mark.parametrize(
    "body",
    [
        # a grandmother who is no carer
        _BOTH + "- Grandmother (not N's carer; lodges with them) has a long-standing drink problem.",
        _BOTH + "The maternal grandmother is said by the mother to have a drinking problem; she is not involved "
        "in N's care.",
        # an audit is not a drinking score
        _BOTH + "- Rec 2 audit: 9 cases without a safe-storage check.",
    ],
)
def test_drinking_words_that_are_not_a_parents(body: str) -> None:
    assert _codes(body)["parental_alcohol_misuse"] == "not_known"


@pytest.mark.parametrize(
    "body",
    [
        _BOTH + "- F - historic convictions (theft 2013, possession 2016).",
        _BOTH + "The father has a caution (2015) for possession of cannabis.",
        _BOTH + "In 2016, when he was seventeen, the father received a youth caution for criminal damage.",
        _BOTH + "The father was convicted of drink-driving in 2019 and disqualified.",
        _BOTH + "- Dad: youth caution 2017 - ABH (a fight outside a pub).",
        _BOTH + "- Dad: currently in prison (supply offences, released 2026).",
        _BOTH + "- PNC: Mr B - burglary (2013, before N was born).",
        _BOTH + "Dad drink-drive conviction 2020.",
    ],
)
def test_a_record_in_notes_and_records(body: str) -> None:
    assert _codes(body)["parental_criminal_record"] == "present"


@pytest.mark.parametrize(
    "body",
    [
        _BOTH + "PNC: no trace for either parent.",
        _BOTH + "Both parents were interviewed under caution after the injuries.",
    ],
)
def test_no_record_in_notes(body: str) -> None:
    assert _codes(body)["parental_criminal_record"] != "present"


@pytest.mark.parametrize(
    "body",
    [
        _BOTH + "The father told the mother that his own childhood had been 'tough'.",
        _BOTH + "The mother was on the child protection register as a child.",
        _BOTH + "The mother was raised from the age of five by her grandparents because her own mother drank.",
        _BOTH + "The father said he had been hit repeatedly by his own father.",
        _BOTH + "The mother came into the care of the local authority at the age of ten.",
        _BOTH + "The father has spoken of his childhood in a children's home in Romania.",
        _BOTH + "The mother spent four years in foster care as a teenager.",
        _BOTH + "- Mum: works in a shop. Own childhood: LAC 12-15 in another LA.",
        _BOTH + "The mother said her father had been violent towards her mother when she was little.",
    ],
)
def test_a_parents_childhood_told_in_more_words(body: str) -> None:
    assert _codes(body)["parental_aces"] == "present"


def test_own_childhood_none_known() -> None:
    assert _codes(_BOTH + "- Mum: Own childhood: nothing of note known.")["parental_aces"] == "not_known"


@pytest.mark.parametrize(
    "body",
    [
        _BOTH + "The mother told the health visitor that money was 'always tight'.",
        _BOTH + "The gas supply was cut off in the winter after the meter was not topped up.",
        _BOTH + "Some weeks there was not enough food in the flat.",
        _BOTH + "The father has a prepayment meter and had been rationing heating.",
        _BOTH + "By the summer the parents were behind with the rent.",
        _BOTH + "The family had no recourse to public funds and relied on a church food project.",
        _BOTH + "She had reported a damp bedroom and a faulty boiler to the landlord several times.",
    ],
)
def test_poverty_in_everyday_words(body: str) -> None:
    assert _codes(body)["poverty"] == "present"


def test_money_tight_with_no_record_of_debt() -> None:
    body = _BOTH + "Money was tight after the maternity pay ended, but there is no record of debt or housing problems."
    assert _codes(body)["poverty"] == "not_known"


@pytest.mark.parametrize(
    "body",
    [
        _BOTH + "After the move the mother had lost touch with her old friends.",
        _BOTH + "The mother told the review she had 'nobody to ring' when the baby would not settle.",
        _BOTH + "The mother had moved to be with the father and didn't really know anyone in the town.",
        _BOTH + "After her own mother died, the mother had very little contact with family or friends.",
        _BOTH + "By 2023 the parents had almost no contact with anyone outside the household.",
        _BOTH + "The mother said she was 'on my own almost all the time'.",
        _BOTH + "Her flat was two bus rides away from her friends.",
    ],
)
def test_isolation_in_everyday_words(body: str) -> None:
    assert _codes(body)["social_isolation"] == "present"


def test_relatives_abroad_alone_are_not_isolation() -> None:
    assert _codes(_BOTH + "Maternal grandmother in Poland; no extended family locally.")["social_isolation"] == (
        "not_known"
    )


@pytest.mark.parametrize(
    "body",
    [
        _BOTH + "- Mother: long-term heroin and crack use, on a methadone waiting list.",
        _BOTH + "* Cannabis: Mum told the HV about daily use.",
    ],
)
def test_drug_use_in_notes(body: str) -> None:
    assert _codes(body)["parental_drug_misuse"] == "present"


def test_a_birth_mothers_note_in_a_teenagers_review() -> None:
    body = (
        "Rapid review: Young Person N\n\nN, aged 15, was seriously injured in 2024. N is looked after.\n\n"
        "Birth M: long-standing heroin use; the reason for the care proceedings.\n"
    )
    assert case_codes(body)["parental_drug_misuse"] == "present"


def test_a_succession_of_the_mothers_partners_in_a_teenagers_review() -> None:
    body = (
        "Rapid review: Young Person N\n\nN, aged 15, was seriously injured in 2024.\n\n"
        "Before she came into care, N lived with her mother and with a succession of her mother's partners.\n"
    )
    assert case_codes(body)["multiple_partners"] == "present"


@pytest.mark.parametrize(
    "body",
    [
        _BOTH + "No known DA, substance misuse or MH concerns - agencies report none.",
        _BOTH + "In neither household was there any domestic abuse.",
        _BOTH + "None of the families had any history of domestic abuse known to any agency.",
        _BOTH + "The household was not known for domestic abuse, and the police had never been called.",
        _BOTH + "There had never been a report of domestic abuse between the parents.",
        _BOTH + "- DA: none known to any agency.",
    ],
)
def test_no_domestic_abuse_in_other_voices(body: str) -> None:
    assert _codes(body)["domestic_abuse"] == "absent"


def test_a_da_note_that_ends_open() -> None:
    body = (
        _BOTH + "- DA: none recorded by any agency; M says F was 'moody' but not abusive. Review cannot say either way."
    )
    assert _codes(body)["domestic_abuse"] == "not_known"


def test_hair_strand_tests_told_the_other_way_round() -> None:
    body = (
        _BOTH + "Hair strand tests of both parents, requested during the assessment, were negative for drugs "
        "and alcohol."
    )
    codes = _codes(body)
    assert codes["parental_alcohol_misuse"] == "absent"
    assert codes["parental_drug_misuse"] == "absent"


@pytest.mark.parametrize(
    "body",
    [
        _BOTH + "Nobody has suggested that either parent misused alcohol or drugs.",
        "N lived with Ms R and Mr R, his parents. There is no evidence that Ms R or Mr R misuse alcohol.",
    ],
)
def test_other_denials_of_drinking(body: str) -> None:
    assert _codes(body)["parental_alcohol_misuse"] == "absent"


def test_a_notes_own_childhood_field_in_an_older_childs_review() -> None:
    body = (
        "Rapid review: Child K\n\nK, aged 12, was found in 2024 not to have been seen for two years.\n\n"
        "FAMILY\n- Dad died 2020.\n- Mum: known to the early intervention team 2015-16.\n"
        "Own childhood: LAC 12-15 in another LA.\n"
    )
    assert case_codes(body)["parental_aces"] == "present"


def test_no_agency_knew_of_parental_mental_health_problems() -> None:
    body = _BOTH + "- No agency knew of any domestic abuse, parental mental health problems, or drug misuse."
    assert _codes(body)["parental_mental_health"] == "absent"
