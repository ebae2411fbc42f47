"""Round 13 (subjects): an age or school year said of an adult named by title and letter ("Ms R",
"Mr T") is that adult's, even where the letter is also the subject child's code; the child's own age
still counts. Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes


def _child(text: str) -> dict[str, object]:
    return child_codes(text)[0]


@pytest.mark.parametrize(
    "about_parent",
    [
        "Her mother, Ms R, was 16 years old and lived with her own grandparents in a two-bedroom flat.",
        "Ms R was 16 at the time and had told nobody at home about the pregnancy.",
        "- M (Ms R): aged 16, in Year 11 at the local academy, known to CAMHS in 2022.",
        "School (sixth form): Ms R was in Year 12 and attending most days.",
        "Mr R, then 17, was the baby's father; police spoke to him the following day.",
    ],
)
def test_titled_parent_sharing_the_childs_letter_gives_no_child_age(about_parent: str) -> None:
    text = (
        "Rapid Review: Baby R\n\n1. Background\n\nBaby R was a baby boy delivered at home in the early "
        "hours. " + about_parent + " Baby R was taken to hospital by ambulance and could not be revived.\n"
    )
    child = _child(text)
    assert child["age_months"] == "not_known"
    assert child["age_band"] in ("not_known", "under_1")


@pytest.mark.parametrize(
    ("sentence", "months"),
    [
        ("Child T, aged 15, lived with Ms T and her partner Mr Doyle, aged 41.", 180),
        ("Mr Doyle (41) and Ms T (38) cared for Child T, who was 15 when the assault happened.", 180),
        ("Child T was a 15-year-old boy; Ms T told the CSC worker she had been worried for months.", 180),
    ],
)
def test_child_age_beside_titled_adults_still_counts(sentence: str, months: int) -> None:
    text = "Local Child Safeguarding Practice Review: Child T\n\n2. Background\n\n" + sentence + " Child T survived.\n"
    assert _child(text)["age_months"] == months


@pytest.mark.parametrize(
    ("block", "months", "sex"),
    [
        # a subjects list run into one paragraph: the next line's label is not "a 3-year-old sibling"
        ("Subjects:\n\nK1 - boy, 11 yrs\nK2 - girl, 3 yrs 5 mths\nSibling (not subject): sister, 17.\n", 41, "female"),
        ("Children:\nK1 – boy, 11 yrs\nK2 – girl, 3 yrs 5 mths\nBrother (no concerns): aged 19.\n", 41, "female"),
        ("Subject children\nK1: male, 11 yrs\nK2: female, 3 yrs 5 mths\nMother: 29. Father: 33.\n", 41, "female"),
    ],
)
def test_listed_child_keeps_age_and_sex_before_the_next_label(block: str, months: int, sex: str) -> None:
    text = (
        "Rapid Review - Siblings K1 and K2\n\n"
        + block
        + "\nK1 told a PCSO that K2 had been hit by their father. K2 was examined the same day. K1 and K2 "
        "are now with their aunt.\n"
    )
    kids = {c["alias"]: c for c in child_codes(text)}
    assert kids["K2"]["age_months"] == months
    assert kids["K2"]["sex"] == sex
    assert kids["K1"]["sex"] == "male"


@pytest.mark.parametrize(
    "line",
    [
        "Ahmed, a 12-year-old boy, lived with his 3-year-old brother and their father.",
        "Ahmed, aged 12, looked after a 3-year-old sibling most evenings while his father worked.",
    ],
)
def test_age_of_another_person_after_the_figure_still_set_aside(line: str) -> None:
    text = "Review concerning Ahmed\n\n1. Background\n\n" + line + " Ahmed was stabbed in May 2023.\n"
    assert child_codes(text)[0]["age_months"] == 144


@pytest.mark.parametrize(
    ("sentence", "months"),
    [
        ("Maddison had celebrated her fifteenth birthday a month before she was found in the river.", 180),
        ("- Key facts: YP had just had his 14th birthday; admitted to hospital (stab wound).", 168),
        ("The young person, Maddison, celebrated her 16th birthday in the spring of the year she died.", 192),
    ],
)
def test_a_birthday_reached_gives_the_age(sentence: str, months: int) -> None:
    text = "Local Child Safeguarding Practice Review: Maddison\n\n1. Summary\n\n" + sentence + " Maddison died.\n"
    assert child_codes(text)[0]["age_months"] == months


@pytest.mark.parametrize(
    "title",
    [
        "Ellie-Rose: a local child safeguarding practice review",
        "Ellie-Rose - Serious Case Review (overview report)",
        '"Ellie-Rose": LCSPR commissioned by the partnership',
    ],
)
def test_name_before_the_kind_of_review_in_the_title(title: str) -> None:
    text = (
        "Hamblin Safeguarding Children Partnership\n\n" + title + "\n\nWho is Ellie-Rose?\n\nEllie-Rose had just "
        "turned eight when she told her teacher about the abuse. Her half-sister Tegan, aged 13, lived with "
        "them. Tegan had been referred to CSC in 2019. Ellie-Rose now lives with her grandmother.\n"
    )
    kids = child_codes(text)
    assert [c["alias"] for c in kids] == ["Ellie-Rose"]
    assert kids[0]["age_months"] == 96


@pytest.mark.parametrize(
    "title",
    [
        "Kestrel: learning from a case review in another county",  # no review kind right after the colon
        "Background: a case review of neglect",  # a heading word, not a name used in the body
    ],
)
def test_title_word_before_a_colon_is_not_always_a_child(title: str) -> None:
    text = "Local Child Safeguarding Practice Review\n\n" + title + "\n\nThe review is about Jodie. Jodie was 9.\n"
    assert [c["alias"] for c in child_codes(text)] == ["Jodie"]


@pytest.mark.parametrize(
    ("field", "months"),
    [
        ("DOB: 03/2011 (age 12 yrs 7 m at date of incident)", 151),
        ("Date of birth withheld; aged 12 years 7 months at the time of the incident.", 151),
        ("YP: female, age 12y 7m on the day of admission, Looked After (s20).", 151),
    ],
)
def test_age_given_before_the_time_it_refers_to(field: str, months: int) -> None:
    text = (
        "Rapid Review\n\n1. Child details\n\nName (alias): Young Person Q\n\n"
        + field
        + "\n\n2. Incident\n\nQ was reported missing; the host LA was told late (6 weeks). Q was found in a flat.\n"
    )
    assert child_codes(text)[0]["age_months"] == months


def test_age_at_the_time_of_a_parents_event_is_not_a_template_field() -> None:
    text = (
        "Rapid Review\n\nName (alias): Young Person Q\n\nMother: aged 15 at the time of her own admission to care. "
        "Q was 12 when she went missing from her placement.\n"
    )
    assert child_codes(text)[0]["age_months"] == 144


@pytest.mark.parametrize(
    ("sentence", "months"),
    [
        ("When he was three months and two weeks old, Ryan was taken to A&E with a swollen arm.", 3),
        ("Ryan, aged 5 months and 1 week of age at admission, had bruising to his ear.", 5),
        ("- Ryan (six months and a week old): CT showed a subdural bleed.", 6),
    ],
)
def test_months_and_weeks_give_the_months(sentence: str, months: int) -> None:
    text = "Rapid Review: Ryan\n\n1. The incident\n\n" + sentence + " Ryan survived.\n"
    assert child_codes(text)[0]["age_months"] == months


def test_weeks_of_a_pregnancy_after_months_are_not_an_age() -> None:
    text = (
        "Rapid Review: Ryan\n\n1. The incident\n\nRyan was 5 months old when he was admitted. His mother had "
        "booked late, at four months and two weeks of pregnancy.\n"
    )
    assert child_codes(text)[0]["age_months"] == 5


@pytest.mark.parametrize(
    "title",
    [
        "Twin 1 (Oakley) and Twin 2 (Bonnie)",
        "Rapid Review: Twin 1 (Oakley) and Twin 2 (Bonnie)",
        'Sibling 1 ("Oakley") & Sibling 2 ("Bonnie")',
    ],
)
def test_numbered_twins_with_names_in_the_title(title: str) -> None:
    text = (
        "RAPID REVIEW\n\n" + title + "\n\n1. The incident\n\nOakley was found floppy by his father and taken to "
        "hospital. Bonnie was examined the next day and had rib fractures. Oakley and Bonnie are in foster care.\n"
    )
    kids = child_codes(text)
    assert [c["alias"] for c in kids][:2] == [title.split(" (")[0].split(": ")[-1] + " (Oakley)", kids[1]["alias"]]
    assert kids[1]["alias"].endswith("(Bonnie)")


@pytest.mark.parametrize(
    "sentence",
    [
        "Bonnie is with foster carers; Oakley will join her when he is discharged.",
        "Bonnie went home first, and Oakley was later placed with her at her aunt's.",
        "Bonnie (F) moved to the FC's home; Oakley joined her two weeks later.",
    ],
)
def test_object_pronoun_after_another_childs_name_does_not_give_the_sex(sentence: str) -> None:
    text = (
        "Rapid Review: Oakley and Bonnie\n\n1. The incident\n\nOakley and Bonnie are twins. Oakley was found "
        "floppy. Bonnie had rib fractures. " + sentence + "\n"
    )
    kids = {c["alias"]: c for c in child_codes(text)}
    assert kids["Oakley"]["sex"] != "female"


@pytest.mark.parametrize(
    "sentence",
    [
        "Mia, 14, disclosed sexual abuse by two men; she had been given vodka and cannabis in exchange.",
        "- CSE: Mia supplied with cannabis by older males in return for sex (police intel).",
        "The review found that the men had plied Mia with alcohol and drugs in exchange for images.",
    ],
)
def test_substances_given_as_an_abusers_currency_are_not_the_childs_misuse(sentence: str) -> None:
    text = "Rapid Review: Mia\n\n1. The incident\n\nMia was 14 when she went missing. " + sentence + "\n"
    child = child_codes(text)[0]
    assert child["child_alcohol_misuse"] != "present"
    assert child["child_drug_misuse"] != "present"


@pytest.mark.parametrize(
    ("sentence", "variable"),
    [
        ("Mia, 14, had been drinking vodka in the park most weekends since Year 8.", "child_alcohol_misuse"),
        ("Mia was smoking cannabis daily; she said it helped her sleep.", "child_drug_misuse"),
        ("- Mia: using cannabis most days (self-reported to the YOT worker).", "child_drug_misuse"),
    ],
)
def test_childs_own_use_still_counts(sentence: str, variable: str) -> None:
    text = "Rapid Review: Mia\n\n1. The incident\n\nMia was 14 when she went missing. " + sentence + "\n"
    assert child_codes(text)[0][variable] == "present"


@pytest.mark.parametrize(
    "pair",
    [
        "In May 2023 twins Nell and Otto were taken to A&E by their father because Otto was not feeding. "
        "They were seven weeks old.",
        "Nell and Otto were brought in by ambulance after Otto stopped breathing. Both babies were seven weeks old.",
        "- 02/05/23: HV visit, Nell and Otto seen; Otto pale. The twins were seven weeks old.",
    ],
)
def test_plural_sentence_after_both_names_gives_both_ages(pair: str) -> None:
    text = "Rapid Review: Nell and Otto\n\n1. Incident\n\n" + pair + " Otto had a skull fracture. Nell was unhurt.\n"
    assert [c["age_months"] for c in child_codes(text)] == [1, 1]


def test_plural_sentence_about_other_children_gives_no_age() -> None:
    text = (
        "Rapid Review: Nell and Otto\n\n1. Incident\n\nNell and Otto lived with their mother and two older "
        "cousins. Otto was taken to A&E with a skull fracture. They were twelve and fourteen at the time.\n"
    )
    ages = [c["age_months"] for c in child_codes(text)]
    assert 144 not in ages and 168 not in ages


@pytest.mark.parametrize(
    ("sentence", "bands"),
    [
        ("Ezra was in Year 5 and Lola was in her Reception year at the village school.", ["6_10", "1_5"]),
        ("Ezra was then in Year 5, while Lola was in Reception class at the same primary.", ["6_10", "1_5"]),
        (
            "At the time Ezra was in his second-to-last year of primary, in Year 5; Lola was in Reception.",
            ["6_10", "1_5"],
        ),
    ],
)
def test_each_child_keeps_its_own_school_year(sentence: str, bands: list[str]) -> None:
    text = (
        "Local Child Safeguarding Practice Review: Ezra and Lola\n\n1. About the children\n\n"
        + sentence
        + " In March 2023 a teacher saw that Lola had a burn.\n"
    )
    assert [c["age_band"] for c in child_codes(text)] == bands


def test_a_school_year_left_behind_is_not_the_age() -> None:
    text = (
        "Local Child Safeguarding Practice Review: Ezra\n\n1. About Ezra\n\nEzra was in Year 3 when his father "
        "left. In 2023 Ezra, then 14, was stabbed near his school.\n"
    )
    assert child_codes(text)[0]["age_band"] == "11_15"
