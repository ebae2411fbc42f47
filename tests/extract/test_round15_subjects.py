"""Round 15 (subjects15): who the subject children are and each child's sex, in the ways unseen
writers put them. A second child introduced in a list "called here", a quoted code followed by the
child's own name, a family code with the child's role in brackets, a template field with dot
leaders or a table cell; a bare sex word set off after the name, a key-facts line or bullet, a sex
field that withholds it, and a "they" that is the report's choice rather than the child's identity.
Made-up reports in our own words."""

from __future__ import annotations

import pytest

from caselearn.extract.children import find_children
from caselearn.extract.sex import child_sex
from caselearn.extract.someone_else import OTHER_DEATH, RELATIVE_DEATH
from caselearn.extract.text import Doc
from tests.extract.coding import child_codes


def aliases(text: str) -> list[str]:
    return [c.alias for c in find_children(Doc.from_text(text))]


def sexes(text: str) -> list[str | None]:
    doc = Doc.from_text(text)
    found = find_children(doc)
    out = []
    for child in found:
        s = child_sex(doc, child, [c for c in found if c is not child])
        out.append(s.value if s else None)
    return out


# --- several subjects in one list, with "here" or "in this review" after the naming verb ----------


@pytest.mark.parametrize(
    "opening",
    [
        "This review concerns two sisters, called here Poppy and Nell.",
        "The review looks at the care of twins, known here as Poppy and Nell, who were born early.",
        "Two girls, named in this review Poppy and Nell, lived with their father.",
    ],
)
def test_two_subjects_named_together_with_here(opening: str) -> None:
    text = (
        "Lindenford Safeguarding Children Partnership\n\nLCSPR: The R Children\n\n1. Summary\n\n"
        + opening
        + " Poppy, then aged four, was admitted to hospital with a fractured femur. Nell, aged two, "
        "was found to have old rib fractures. Poppy went to foster carers. Nell went with her.\n"
    )
    assert aliases(text) == ["Poppy", "Nell"]


def test_a_brother_named_alone_stays_a_sibling() -> None:
    text = (
        "Lindenford Safeguarding Children Partnership\n\nLCSPR: Poppy\n\n1. Summary\n\n"
        "This review is about Poppy, aged four. Her brother, called here Nell, was not harmed. Poppy "
        "was admitted to hospital with a fractured femur. Poppy went to foster carers.\n"
    )
    assert aliases(text) == ["Poppy"]


# --- a quoted code on the title line followed by the child's own name ----------------------------


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ('"Child K" (Kacper)', "Child K (Kacper)"),
        ("“Young Person P” (Paige)", "Young Person P (Paige)"),
        ("'Baby E' (Esme)", "Baby E (Esme)"),
    ],
)
def test_quoted_code_then_given_name(title: str, expected: str) -> None:
    code, name = expected.rstrip(")").split(" (")
    text = (
        f"Westmoor Safeguarding Partnership\n\nLocal Child Safeguarding Practice Review\n{title}\n\n"
        f"Published: May 2024\n\n1. Introduction\n\n1.1 This review concerns {name} ({code} in agency "
        f"records). {name} was known to "
        f"CSC from 2021. In 2023 {name} was admitted to hospital. The HV had last seen {name} in 2022.\n"
    )
    assert aliases(text) == [expected]


def test_quoted_code_with_an_age_in_brackets_keeps_the_code() -> None:
    text = (
        'Westmoor Safeguarding Partnership\n\nLocal Child Safeguarding Practice Review\n"Child K" (aged 14)\n\n'
        "1. Introduction\n\n1.1 Child K was known to CSC. Child K was admitted to hospital in 2023.\n"
    )
    assert aliases(text) == ["Child K"]


# --- a family's code with the subject child's role in brackets -----------------------------------


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Rapid Review: Family K (the middle child)", "the middle child"),
        ("RAPID REVIEW - FAMILY B (THE ELDEST CHILD)", "the eldest child"),
        ("7 minute briefing: Family T (the baby)", "the baby"),
    ],
)
def test_family_code_with_role_in_brackets(title: str, role: str) -> None:
    text = (
        f"Southbrook Safeguarding Children Partnership\n{title}\n\nSECTION 1 - DETAILS\n\n"
        f"{role.capitalize()} was found by the mother at 08:00, drowsy. Ambulance to ED. "
        f"PICU 2 days. HV had seen {role} at the 2-year review. {role.capitalize()} has recovered.\n"
    )
    code = title.upper().split("FAMILY ")[1][0]
    assert aliases(text) == [f"Family {code} ({role})"]


def test_family_role_the_body_never_uses_gives_no_such_alias() -> None:
    text = (
        "Southbrook Safeguarding Children Partnership\nRapid Review: Family K (the middle child)\n\n"
        "Child K was found by the mother at 08:00. Child K was taken to ED and has recovered.\n"
    )
    assert "Family K (the middle child)" not in aliases(text)


def test_family_role_sex_from_the_pronoun_after_the_role() -> None:
    text = (
        "Southbrook SCP\nRapid Review: Family K (the youngest child)\n\n"
        "The youngest child was found by her father in the garden pond. She was revived by paramedics. "
        "The youngest child had been left with a neighbour's teenager.\n"
    )
    assert sexes(text) == ["female"]


# --- the child named in a template field (dot leaders or a table row) -----------------------------


@pytest.mark.parametrize(
    "field",
    [
        "Child's name/identifier ..... Baby Z",
        "Child's alias ........ Baby Z",
        "Subject | Baby Z | DOB withheld",
    ],
)
def test_child_named_in_a_template_field(field: str) -> None:
    text = (
        "RAPID REVIEW TEMPLATE\nCONFIDENTIAL\n\nSection A - Details\n"
        + field
        + "\nDate of incident ..... 30/10/2024\n\nSection B - Incident\n\nM brought Baby Z to ED. "
        "Baby Z had a spiral fracture. Panel view: see the earlier RR about Baby T (2023), and the "
        "thematic work that followed Baby T.\n"
    )
    assert aliases(text) == ["Baby Z"]


def test_a_table_header_row_names_no_child() -> None:
    text = (
        "Review: Harley\n\nName | Relationship | Age\nHarley | Subject | 3\n\n"
        "Harley lived with his mother. Relationship with the father had ended. Harley was admitted to "
        "hospital. The Relationship between agencies was poor.\n"
    )
    assert aliases(text) == ["Harley"]


# --- a bare sex word set off right after the child's name -----------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Child M, girl, 22 months old at the time of the incident.", "female"),
        ("Child M (boy, aged 6) lived with his grandmother.", "male"),
        ("Subject: Child M - Female, 15 years, Year 10 pupil.", "female"),
        ("Child M | Male | 4 yrs | White British", "male"),
    ],
)
def test_bare_sex_word_after_the_name(line: str, expected: str) -> None:
    text = (
        "7 MINUTE BRIEFING - CHILD M\n\n1. BACKGROUND\n"
        + line
        + "\n- Lived with a kinship carer under an SGO.\n2. WHAT HAPPENED\n- Child M found drowsy; "
        "PICU; full recovery.\n"
    )
    assert sexes(text) == [expected]


def test_sex_word_of_someone_else_after_the_name_is_not_the_childs() -> None:
    text = (
        "7 MINUTE BRIEFING - CHILD M\n\n1. BACKGROUND\n"
        "- Child M met with a girl from school who was 16. The review sets out what agencies knew.\n"
        "- Child M was known to CSC.\n"
    )
    assert sexes(text) != ["female"]


# --- key-facts lines: a field and value alone, a bullet opening with the sex ---------------------


@pytest.mark.parametrize(
    "facts",
    [
        "Part B - Child\n\nAlias Baby T\n\nAge 15 weeks\n\nSex Female\n\nEthnicity not recorded\n",
        "1. CHILD T\n- Girl, just under 12 at incident. Year 7.\n- Lives with mum.\n",
        "Baby T\nFemale, aged 15 weeks; born at 34 weeks.\n",
    ],
)
def test_key_fact_lines_give_the_sex(facts: str) -> None:
    text = (
        "RAPID REVIEW - Baby T\n\n"
        + facts
        + "\nPart C - Circumstances\n\nBaby T was found unresponsive on a sofa at 05:30. "
        "Baby T was pronounced dead at hospital.\n"
    )
    assert sexes(text) == ["female"]


def test_a_bullet_about_a_sibling_does_not_give_the_sex() -> None:
    text = (
        "RAPID REVIEW - Baby T\n\nHousehold\n- Girl, 6, half-sister, at school.\n\n"
        "Baby T was found unresponsive on a sofa at 05:30. Baby T was pronounced dead at hospital.\n"
    )
    assert sexes(text) != ["female"]


# --- the report withholds the sex --------------------------------------------------------------


@pytest.mark.parametrize(
    "withheld",
    [
        "| Sex | Not given in this report, at the family's request |",
        "Gender ........ withheld",
        "This summary refers to Baby N as 'they' throughout, as the family asked.",
    ],
)
def test_sex_withheld_in_a_field_or_by_they(withheld: str) -> None:
    text = (
        "LCSPR - BABY N\n\nKEY FACTS\n"
        + withheld
        + "\n\n1. Summary\n\nBaby N was taken to hospital by both parents after a seizure. Her mother "
        "had been unwell. Baby N is making progress.\n"
    )
    assert sexes(text) == ["not_known"]


def test_they_chosen_by_a_non_binary_child_is_other_not_withheld() -> None:
    text = (
        "Local Child Safeguarding Practice Review: Robin\n\nA note on language\n\n"
        "Robin is non-binary. Robin asked that this review refers to them as 'they'. Robin was 15 "
        "when they were found in a park after taking an overdose.\n"
    )
    assert sexes(text) == ["other"]


def test_a_sex_field_with_a_value_is_not_withheld() -> None:
    text = (
        "LCSPR - BABY N\n\nKEY FACTS\n| Sex | Male |\n\n1. Summary\n\nBaby N was taken to hospital. "
        "He was found to have fractures. The sex offender register was checked for the lodger.\n"
    )
    assert sexes(text) == ["male"]


# --- whose death: a relative named through the children ------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The boys' father died in a road traffic collision in 2022.",
        "The children's mother died of an overdose when they were small.",
        "The twins' grandmother had died the year before.",
    ],
)
def test_a_relative_of_the_children_dying_is_someone_elses_death(sentence: str) -> None:
    assert OTHER_DEATH.search(sentence) and RELATIVE_DEATH.search(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["The boys died in a house fire in 2022.", "The children's injuries were not explained."],
)
def test_the_childrens_own_death_is_not_a_relatives(sentence: str) -> None:
    assert not OTHER_DEATH.search(sentence)


# --- home education: a "home-school diary" is not home education ---------------------------------


def test_home_school_diary_is_not_home_education() -> None:
    text = (
        "Local Child Safeguarding Practice Review\n\n1. Introduction\n\n"
        "Tia was eight when she was admitted to hospital in May 2023. Tia survived. Staff wrote in her home-school "
        "diary that she seemed tired. The home-school link worker visited twice.\n"
    )
    assert child_codes(text)[0].get("elective_home_education", "not_known") != "present"


@pytest.mark.parametrize(
    "sentence",
    ["Tia had been home-schooled since she was six.", "Tia was homeschooled from the age of six."],
)
def test_home_schooled_is_still_home_education(sentence: str) -> None:
    text = (
        "Local Child Safeguarding Practice Review\n\n1. Introduction\n\n"
        "Tia was eight when she was admitted to hospital in May 2023. Tia survived. " + sentence + "\n"
    )
    assert child_codes(text)[0].get("elective_home_education") == "present"


# --- several subjects named together in a title or a label line -----------------------------------


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("OVERVIEW REPORT IN RESPECT OF TWIN 1 (MAISIE) AND TWIN 2 (OSCAR)", ["Twin 1 (Maisie)", "Twin 2 (Oscar)"]),
        ("SERIOUS CASE REVIEW INTO TWIN 1 (MAISIE) & TWIN 2 (OSCAR)", ["Twin 1 (Maisie)", "Twin 2 (Oscar)"]),
        ("Review concerning Twin 1 (Maisie) and Twin 2 (Oscar)", ["Twin 1 (Maisie)", "Twin 2 (Oscar)"]),
    ],
)
def test_coded_pairs_in_a_shouted_or_running_title(title: str, expected: list[str]) -> None:
    text = (
        f"Fernholt LSCB\n\n{title}\n\nPART ONE\n\n1.1 Maisie was admitted to hospital with a head injury. "
        "Oscar was found to have rib fractures. Maisie died two days later. Oscar went to foster care.\n"
    )
    assert aliases(text) == expected


@pytest.mark.parametrize(
    "label",
    ["Twins: Child A and Child B", "Siblings - Child A & Child B", "Subjects: Child A, Child B"],
)
def test_plural_label_line_names_every_subject(label: str) -> None:
    text = (
        f"RAPID REVIEW - CONFIDENTIAL\n{label}\nDate of report: 14/02/2023\n\n1. Circumstances\n"
        "F called 999 reporting Child A floppy after a feed. The skeletal survey found injuries to Child B. "
        "Child A had a short NICU stay.\n"
    )
    assert aliases(text) == ["Child A", "Child B"]


def test_a_label_answered_none_names_no_child() -> None:
    text = (
        "RAPID REVIEW\n\nChild reference: Baby R\nSiblings: None\nDate notified: 05/03/2024\n\n"
        "Baby R was brought to ED with a fractured femur. Baby R is now in foster care.\n"
    )
    assert aliases(text) == ["Baby R"]


# --- sex from the child's own row of a household or subject table --------------------------------


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        (
            "Alias | DOB | Age at incident | Sex | Ethnicity\n\n"
            "Child A | 02/06/2022 | 7 months | M | White British\n\n"
            "Child B | 02/06/2022 | 7 months | F | White British\n",
            ["male", "female"],
        ),
        (
            "Name used | Relationship | Age | Gender\n\nChild A | Subject | 9 | Female\n\n"
            "Child B | Subject | 6 | Male\n\nMs R | Mother | 31 | Female\n",
            ["female", "male"],
        ),
        (
            "Child | Sex | Age | Subject?\n\nChild A | Girl | 4 yrs | Yes\n\nChild B | Boy | 2 yrs | Yes\n",
            ["female", "male"],
        ),
    ],
)
def test_sex_from_each_childs_row(table: str, expected: list[str]) -> None:
    text = (
        "RAPID REVIEW: Child A and Child B\n\n1. Subject children\n\n"
        + table
        + "\n2. Circumstances\n\nChild A and Child B were found alone in the flat by police. Child A "
        "was taken to ED. Child B was seen by the GP.\n"
    )
    assert sexes(text) == expected


def test_a_row_with_a_lost_cell_is_read_by_its_only_sex_cell() -> None:
    text = (
        "RAPID REVIEW: Child A and Child B\n\nName | Age | Sex | School\n\nChild A | 4 | F | Oak Primary\n\n"
        "Child B | M | none\n\nChild A and Child B were found alone. Child A was taken to ED. Child B was seen.\n"
    )
    assert sexes(text) == ["female", "male"]


def test_an_adults_row_does_not_give_the_childs_sex() -> None:
    text = (
        "Review: Child A\n\nName | Relationship | Sex\n\nMs A | Mother | Female\n\n"
        "Child A was taken to hospital with burns. Child A is now with his father.\n"
    )
    assert sexes(text) == ["male"]


# --- a sentence opening "Both were ..." after the children's names is each child's ----------------


def test_both_were_born_gives_each_twin_the_age() -> None:
    text = (
        "Review: Twin 1 (Maisie) and Twin 2 (Oscar)\n\n1.1 The review concerns twins, referred to as Twin 1 "
        "(Maisie) and Twin 2 (Oscar). Both were born on 3 March 2021 at 31 weeks' gestation. On 20 June 2021 "
        "Maisie was brought to hospital by ambulance. Oscar was examined the same day.\n"
    )
    codes = child_codes(text)
    assert [c.get("age_months") for c in codes] == ["3", "3"] or [c.get("age_months") for c in codes] == [3, 3]


# --- brothers and sisters of one household share the family's home --------------------------------


def test_household_sentence_naming_no_child_places_each_sibling_at_home() -> None:
    text = (
        "RAPID REVIEW: Child A and Child B\n\n1. Circumstances\n\nChild A was taken to ED with a head injury. "
        "Child B was found to have rib fractures.\n\n2. Family\n\nThe parents were married and living together "
        "with their children in a rented flat; the mother was the main carer at home.\n"
    )
    assert [c.get("living_at_home") for c in child_codes(text)] == ["present", "present"]
