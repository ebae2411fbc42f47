"""Round 20 (lead, from heldout-v19's child-level errors): titles in quotes ('"CHILD R (RUBY)"',
'Report of the review concerning two young people: "Jordan" and "Kai"', 'LCSPR - "The R Siblings"'),
a form's name before its code ('ID: YP "Amira" (Child A)'), a one-child form's sex field over pronouns,
a relation word in a heading above the child's paragraph, "aged 15y 2m at the incident", an age at
the end of a time long past ("until R was 4"), HTML field rows and a denial in its own clause.
Made-up reports."""

from __future__ import annotations

import pytest

from caselearn.documents import read_file
from caselearn.extract.agencies import agencies
from caselearn.extract.text import Doc
from tests.extract.coding import child_codes


def _aliases(text: str) -> list[str]:
    return [c["alias"] for c in child_codes(text)]


@pytest.mark.parametrize(
    "title",
    ['"CHILD R (RUBY)"', "“Child R (Ruby)”", "'Child R (Ruby)'"],
)
def test_a_title_in_quotes_pairs_code_and_name(title: str) -> None:
    text = (
        f"NORTHVALE SAFEGUARDING CHILDREN PARTNERSHIP\n\n{title}\n\nOverview report\n\n"
        "Ruby was born in 2013 and died in 2024 at the age of eleven. Ruby had type 1 diabetes. "
        "Her half-brother, referred to here as Jordan, was nineteen and is not a subject of this review.\n"
    )
    assert _aliases(text) == ["Child R (Ruby)"]


@pytest.mark.parametrize(
    "title",
    [
        'Report of the review concerning two young people: "Jordan" and "Kai"',
        "Extended Child Practice Review into the deaths of Jordan and Kai",
        "Learning review regarding Jordan and Kai",
    ],
)
def test_a_review_title_before_two_names_names_both(title: str) -> None:
    text = (
        f"Dyffryn Safeguarding Board\n\n{title}\n\n"
        "Jordan, aged sixteen years and four months, was stabbed in a car park. He died at the scene.\n"
        "Later that day police found Kai, then aged 14, with a broken cheekbone. Kai was taken to hospital.\n"
        "Jordan and Kai knew each other from the pupil referral unit.\n"
    )
    children = child_codes(text)
    assert [c["alias"] for c in children] == ["Jordan", "Kai"]
    assert [c["age_months"] for c in children] == [196, 168]


def test_a_titled_key_learning_line_names_no_children() -> None:
    text = (
        "Learning brief\n\nKey learning: Safety and Trust\n\n"
        "Child M was 15 when she was sexually exploited by adult men. Child M had been missing four times.\n"
    )
    assert _aliases(text) == ["Child M"]


@pytest.mark.parametrize(
    "title",
    ['LCSPR - "The R Siblings" - SUMMARY REPORT', "LCSPR - 'The R Children'", "Review: “The R Family”"],
)
def test_a_quoted_family_letter_with_numbered_children(title: str) -> None:
    text = (
        f"HARROWFIELD PARTNERSHIP\n{title}\n\nSubjects (3):\n"
        " - R1 - boy, 7y 2m at incident, Yr 2.\n - R2 - girl, aged 4.\n - R3 - youngest, aged 19 months.\n\n"
        "R3 was brought to ED dehydrated. R1 and R2 were sharing a soiled mattress. R1 was often hungry; "
        "R2 had untreated dental decay. R3 had been seen four times in 2023.\n"
    )
    assert _aliases(text) == ["R1", "R2", "R3"]


@pytest.mark.parametrize(
    ("line", "alias"),
    [
        ('ID:             YP "Amira" (Child A)', "Child A (Amira)"),
        ("Subject: “Amira” (Child A)", "Child A (Amira)"),
        ("Subject: Amira (Child A)", "Child A (Amira)"),  # a known given name
        ("Location: Northfield (Child A)", "Child A"),  # a place, neither quoted nor a given name
    ],
)
def test_a_form_line_with_the_name_before_the_code(line: str, alias: str) -> None:
    text = (
        f"SERIOUS INCIDENT NOTIFICATION: SUMMARY RECORD\n\n{line}\nAge: 14 (Yr 9)\n\n"
        "Child A was sexually assaulted at a house party. Child A told a friend the next day.\n"
    )
    assert _aliases(text) == [alias]


def test_a_one_child_form_sex_field_outweighs_pronouns() -> None:
    text = (
        "Rapid Review - Child S\n\nKEY FACTS\n  Child:   Child S, 13yo, Year 8\n  Sex:     F\n"
        "  Household: mother, Child S, brother (9), an uncle who lodged in the box room.\n\n"
        "Child S told her head of year about the uncle. Child S said he had threatened him, her brother, "
        "if she told anyone; the school spoke to him and to him again.\n"
    )
    assert child_codes(text)[0]["sex"] == "female"


@pytest.mark.parametrize(("field", "sex"), [("Sex: M", "male"), ("Gender:   Female", "female")])
def test_the_sex_field_in_other_forms(field: str, sex: str) -> None:
    text = f"Rapid Review: Child T\n\n{field}\nAge: 9\n\nChild T was injured at home. Child T went to hospital.\n"
    assert child_codes(text)[0]["sex"] == sex


def test_a_relation_in_a_heading_is_not_the_next_paragraph_child() -> None:
    text = (
        'Local Learning Review: "Mia"\n\nI spent an evening with her dad.\n\nMia and her brother\n\n'
        "Mia was two years and ten months old. She is a lively little girl who climbs everything. "
        "Her brother, Noah, is six and is not a subject of this review.\n"
    )
    child = child_codes(text)[0]
    assert (child["alias"], child["sex"]) == ("Mia", "female")


@pytest.mark.parametrize(
    ("field", "months"),
    [
        ("Age | aged 15y 2m at the incident (Year 10)", 182),
        ("Age: aged 4 years 3 months at the incident", 51),
        ("- aged 16 at the death", 192),
    ],
)
def test_an_age_field_at_the_incident(field: str, months: int) -> None:
    text = f"Learning Brief: Young Person R\n\n{field}\n\nR was found in a flat with three men. R was intoxicated.\n"
    assert child_codes(text)[0]["age_months"] == months


@pytest.mark.parametrize(
    "sentence",
    [
        "R's mother was on a methadone script until R was 4; she has been abstinent since.",
        "The family lived with the grandmother until she was six.",
        "Mum breastfed till he was 2.",
    ],
)
def test_an_age_ending_a_time_long_past_is_not_the_incident_age(sentence: str) -> None:
    text = f"Learning Brief: Young Person R\n\n{sentence}\n\nR was found in a flat with three adult men.\n"
    assert child_codes(text)[0]["age_months"] == "not_known"


def test_an_html_form_row_is_one_statement(tmp_path) -> None:
    path = tmp_path / "r.html"
    path.write_text(
        "<html><body><h1>Rapid Review: Baby L</h1><table>"
        "<tr><th>Field</th><th>Detail</th></tr>"
        "<tr><td>Age at incident</td><td>16 weeks</td></tr>"
        "<tr><td>Sex</td><td>Withheld for publication</td></tr>"
        "<tr><td>Family</td><td>" + "Mother, father and a maternal aunt who visited most days. " * 3 + "</td></tr>"
        "</table><p>GP: at 10 weeks the mother brought Baby L with a small bruise.</p></body></html>"
    )
    text = read_file(path).text
    assert "Age at incident | 16 weeks" in text
    assert "Family | " not in text  # a long cell stays a paragraph of its own
    child = child_codes(text)[0]
    assert (child["alias"], child["age_months"], child["sex"]) == ("Baby L", 3, "not_known")


@pytest.mark.parametrize(
    "row",
    [
        "Ferndean Police | No contact before the incident; investigation after Jacob's death",
        "Police: no involvement before the death; a joint investigation after it",
    ],
)
def test_a_denial_keeps_its_own_clause(row: str) -> None:
    s = agencies(Doc.from_text(f"Agency | Role with the family\n{row}\nLarchfield Surgery | GP for the family\n"))
    assert s is not None and "police" not in s.value and "gp" in s.value


def test_contact_after_a_date_still_counts() -> None:
    s = agencies(Doc.from_text("The family were not known to the police until 2021, when officers attended."))
    assert s is not None and "police" in s.value


@pytest.mark.parametrize(("group", "sex"), [("Twin boys", "male"), ("Twin girls", "female"), ("The sisters", "female")])
def test_a_plural_before_a_list_of_codes_is_no_label(group: str, sex: str) -> None:
    text = (
        "Serious Case Review: Twins A and B\n"
        f"{group} A and B were ten weeks old when they were admitted to hospital together. Twin A had a "
        "fractured skull and could not be saved. Twin B was found to have rib fractures.\n"
    )
    assert [c["sex"] for c in child_codes(text)] == [sex, sex]


def test_a_label_letter_is_still_no_mention() -> None:
    text = (
        "Rapid Review: Young Person A\n\nSee Appendix A and B for the terms of reference.\n\n"
        "Young Person A was 15. He was stabbed near the station and died.\n"
    )
    assert child_codes(text)[0]["sex"] == "male"


@pytest.mark.parametrize(
    ("quote", "sex"),
    [
        ('Jamie said he could not go because "they\'d see me on the bus".', "male"),
        ("Jamie told his mother the older boys would refuse him \"they'll use 'em, they won't pay\".", "male"),
        ('This report will use "they" for Jamie, at the family\'s request.', "not_known"),
    ],
)
def test_they_in_a_child_quote_is_not_a_withheld_sex(quote: str, sex: str) -> None:
    text = f"LCSPR: Jamie\n\nJamie was fifteen when he was stabbed in a park. {quote} Jamie died.\n"
    assert child_codes(text)[0]["sex"] == sex


@pytest.mark.parametrize(
    ("body", "sex"),
    [
        ("A was fourteen years old at the time. She is White British and lives with her mother.", "female"),
        ("A is a boy of Black African heritage who was fifteen when he was stabbed.", "male"),
        ("A had been excluded twice. He was arrested for possession in 2022.", "male"),
    ],
)
def test_child_a_by_the_bare_letter(body: str, sex: str) -> None:
    text = f"LCSPR: Young Person A\n\nA review was held. {body}\n\nYoung Person A was harmed in 2023.\n"
    assert child_codes(text)[0]["sex"] == sex


@pytest.mark.parametrize(
    ("sentence", "sex"),
    [
        ("His twin sister, Baby S, was admitted the same day for a skeletal survey.", "male"),
        ("Her twin brother Baby S was examined the next morning.", "female"),
        ("Baby R was ventilated for two days, and his younger sister, Baby S, was seen by the paediatrician.", "male"),
    ],
)
def test_a_possessive_before_one_child_is_the_other_child(sentence: str, sex: str) -> None:
    text = (
        "Rapid Review: Baby R and Baby S\n\nBaby R was brought to the ED by ambulance on 3 May with a skull "
        f"fracture; the injury was thought inflicted.\n\n{sentence}\n\nBaby S had old rib fractures.\n"
    )
    assert child_codes(text)[0]["sex"] == sex


def test_a_parent_possessive_before_a_child_is_not_the_other_child() -> None:
    text = (
        "Rapid Review: Baby R and Baby S\n\nBaby R was brought to the ED with a skull fracture.\n\n"
        "The father and his partner took Baby S to the GP. Baby S had old rib fractures.\n"
    )
    assert child_codes(text)[0]["sex"] == "not_known"


@pytest.mark.parametrize(
    ("sentence", "band"),
    [
        ("Leo is a toddler who lives with his mother and her partner.", "1_5"),
        ("Leo, a lively toddler, lived with his grandmother.", "1_5"),
        ("Leo was a newborn baby in the care of his mother.", "under_1"),
    ],
)
def test_a_stage_of_life_gives_the_band(sentence: str, band: str) -> None:
    text = f"Rapid review: Leo\n\n{sentence} Leo was found drowsy after swallowing methadone.\n"
    assert child_codes(text)[0]["age_band"] == band


def test_a_stage_in_the_history_gives_no_band() -> None:
    text = (
        "Rapid review: Leo\n\nLeo was a toddler when his father left. "
        "Leo was found drowsy after swallowing methadone.\n"
    )
    assert child_codes(text)[0]["age_band"] == "not_known"


@pytest.mark.parametrize("line", ['Child: Child F ("Baby Frankie")', "Child F (“Baby Frankie”)"])
def test_a_code_with_a_prefixed_name_in_quotes(line: str) -> None:
    text = (
        f"FENWOLD SCP - RAPID REVIEW (CONFIDENTIAL)\n{line}\nReport date: 02 Aug 2022\n\n"
        "- Baby 7/52 old. Brought to ED by parents. CT head: acute subdural haemorrhage.\n"
        "- Child F was discharged to foster care.\n"
    )
    assert _aliases(text) == ["Child F (Baby Frankie)"]


def test_a_table_row_keeps_a_given_name_the_body_does_not_repeat() -> None:
    text = (
        "Serious Case Review: The W Children\n\n2. The children\n\n"
        "Child | Age | Sex\n\nChild W1 (Kyle) | 8 years | Male\n\nChild W2 (Ellie) | 5 years | Female\n\n"
        "Child W3 (Northgate) | 2 years | Male\n\n"
        "Child W1 was often hungry at school. Child W2 had untreated dental decay. Child W3 was not weighed. "
        "Kyle told his teacher there was no food.\n"
    )
    assert _aliases(text) == ["Child W1 (Kyle)", "Child W2 (Ellie)", "Child W3"]


@pytest.mark.parametrize(
    "field", ['Child:                     "Jade" (Child P1/2023)', "Child: “Jade” (ref. Child P1/2023)"]
)
def test_a_case_reference_is_no_code_and_a_quoted_field_names_the_child(field: str) -> None:
    text = (
        f"RAPID REVIEW REPORT\n\n{field}\nAge at death:  16\n\n"
        "- Jade found unresponsive in her bedroom at the foster home. Pronounced dead at scene.\n"
        "- Jade had texted her social worker two days before.\n"
    )
    child = child_codes(text)[0]
    assert (child["alias"], child["sex"]) == ("Jade", "female")


@pytest.mark.parametrize(
    "note",
    [
        "- Sibling B (girl, 22 months) also in household - NOT a subject of this RR.",
        "- Sibling B (girl, 22 months) lives there too: not a subject of the rapid review.",
    ],
)
def test_a_code_said_to_be_no_subject_leaves_the_child_used_once(note: str) -> None:
    text = (
        "RAPID REVIEW - MINUTES AND OUTCOME\n\nRef: RR-2025-02     Child: CHILD A     Date: 6 Feb 2025\n\n"
        "- Child A: boy, 15 wks at time of admission. Skeletal survey: 3 rib fractures.\n"
        "- A was born at 36 wks.\n"
        f"{note}\n- Skeletal survey for Sibling B: no injuries. Sibling B is with her grandmother.\n"
    )
    child = child_codes(text)
    assert [(c["alias"], c["sex"]) for c in child] == [("Child A", "male")]


@pytest.mark.parametrize(
    "title",
    [
        'CHILD SAFEGUARDING PRACTICE REVIEW\n"Daniel" (Child D)',
        "Local Child Safeguarding Practice Review: “Daniel” (Child D)",
    ],
)
def test_a_quoted_name_then_its_code_is_the_code_with_the_name(title: str) -> None:
    text = (
        f"Kestleford Safeguarding Children Partnership\n\n{title}\n\n"
        "Police found Daniel, then 14 years old, in a bedroom he had rarely left. Daniel was severely underweight.\n"
    )
    assert _aliases(text) == ["Child D (Daniel)"]
