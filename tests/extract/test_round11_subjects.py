"""Round 11: subject children found however the title is laid out: a row per child with its age, a
list introduced by "are called", names in brackets under a title, a title going on after the names,
a child known by an initial only; siblings said not to be subjects, and a plural introducing both."""

from __future__ import annotations

import pytest

from caselearn.extract.children import find_children
from caselearn.extract.text import Doc
from tests.extract.coding import case_codes, child_codes


def _aliases(text: str) -> list[str]:
    return [c.alias for c in find_children(Doc.from_text(text))]


ROW_BODY = (
    "\n\n2. Background\n\n{a} was taken to the emergency department with a head injury and later died. "
    "{a} had been known to the health visitor since birth. {b} was found underweight at the CP medical. "
    "{b} was placed with foster carers. Both children had been on CP plans for neglect.\n"
)


@pytest.mark.parametrize(
    "rows",
    [
        # a family table from a template
        "Family member | Age at incident | At home\n\nChild K (female) | 3 years 2 months | Yes\n\n"
        "Child L (male) | 14 months | Yes\n\nMother | 22 | Yes\n",
        # a list in formal prose
        "This review is about two children:\n\nChild K, aged three and a half, who died in hospital;\n\n"
        "Child L, aged 14 months, who was found to be seriously neglected.\n",
        # terse bullets with abbreviations
        "Subjects:\n- Child K - 3y, F, deceased\n- Child L: 14 mths, M, CP plan (neglect)\n",
    ],
)
def test_a_row_per_child_with_an_age_gives_each_child(rows: str) -> None:
    text = (
        "Westmere Safeguarding Children Partnership\n\nLocal review\n\n"
        + rows
        + ROW_BODY.format(a="Child K", b="Child L")
    )
    assert _aliases(text) == ["Child K", "Child L"]


def test_a_row_naming_the_child_keeps_the_name() -> None:
    text = (
        "Thematic review of three families\n\nThe review covers these children:\n\n"
        "Child 1 (Tariq), aged 2, admitted with a fractured femur;\n\nChild 2 (Esme), aged 15, found after "
        "an overdose;\n\n" + ROW_BODY.format(a="Tariq", b="Esme")
    )
    assert _aliases(text) == ["Child 1 (Tariq)", "Child 2 (Esme)"]


def test_a_row_for_a_sibling_who_is_not_a_subject_is_left_out() -> None:
    text = (
        "Rapid review\n\nChild K | 3 years | subject, died\n\nChild L | 14 months | subject\n\n"
        "Child M | 9 years | sibling, not a subject of this review\n"
        + ROW_BODY.format(a="Child K", b="Child L")
        + "Child M lived with an aunt.\n"
    )
    assert _aliases(text) == ["Child K", "Child L"]


def test_a_single_row_is_not_a_family_table() -> None:
    # one coded child with an age: the title finds the child; no second child is made up
    text = "Review: Child K\n\nChild K, aged 3 years, was admitted with burns. Child K lived with her mother.\n"
    assert _aliases(text) == ["Child K"]


@pytest.mark.parametrize(
    "intro",
    [
        "In this report the young people are called Tomas, Priya and Kez.",
        "The children are named Tomas, Priya and Kez in this review.",
        "They are called Tomas, Priya and Kez; these are not their real names.",
    ],
)
def test_young_people_called_by_names_without_as(intro: str) -> None:
    body = (
        "\n\nTomas was stabbed near his school. Tomas survived. Priya was found in a hotel with adult men. "
        "Priya was fifteen. Kez was assaulted over a drug debt. Kez was thirteen.\n"
    )
    text = "Harm outside the home: a thematic review\n\n" + intro + body
    assert _aliases(text) == ["Tomas", "Priya", "Kez"]


@pytest.mark.parametrize(
    "title",
    [
        "SERIOUS CASE REVIEW: THE K CHILDREN\n\n(Noor and Elijah)",
        "Local Child Safeguarding Practice Review\n\nNoor and Elijah (Family K)",
        "Rapid review\n\nNoor & Elijah (names changed)",
    ],
)
def test_names_in_or_before_brackets_under_a_title(title: str) -> None:
    body = (
        "\n\n1.1 Noor, who was nine months old, was found dead in her cot. Her brother, Elijah, aged four, was "
        "in the flat. Elijah was underweight. Noor had not been seen by the health visitor.\n"
    )
    assert _aliases(title + body) == ["Noor", "Elijah"]


@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("Serious Case Review: Child F and Child G. Overview Report - Summary.", ["Child F", "Child G"]),
        ("7-Minute Briefing: Baby Otis - safer sleep for families already known", ["Baby Otis"]),
        ("LCSPR: Rhiannon - learning about neglect in adolescence", ["Rhiannon"]),
    ],
)
def test_a_title_going_on_after_the_names(title: str, want: list[str]) -> None:
    body = (
        "\n\n1. Introduction\n\nFollowing the death of {a}, the partnership reviewed practice. {a} was seen by "
        "the GP twice. "
    ).format(a=want[0].replace("Baby ", ""))
    if len(want) > 1:
        body += f"When police attended they found {want[1]}, then 22 months old. {want[1]} was placed in care.\n"
    assert _aliases(title + body) == want


@pytest.mark.parametrize(
    "field",
    [
        "Rapid review - summary of findings Child: R Prepared by the business unit",
        "Child: R\nAge: 12\n",
        "Young person: R (name withheld)",
    ],
)
def test_a_child_known_by_an_initial_only(field: str) -> None:
    body = "\n\nR is 12 and lives with a grandparent. R was treated for smoke inhalation. R wears hearing aids.\n"
    assert _aliases("Saltby Partnership\n\n" + field + body) == ["R"]


def test_an_initial_in_running_text_is_not_a_field() -> None:
    text = "Review: Child M\n\nChild M was admitted. The consultant, Dr R, saw Child M. Plan R was agreed.\n"
    assert _aliases(text) == ["Child M"]


@pytest.mark.parametrize(
    "line",
    [
        "Noor and Elijah have two siblings who are not subjects of this review: Sami, aged 16, and Lola.",
        "Noor and Elijah's older brothers, who were not subjects of the review, live with their father.",
        "Noor and Elijah have a half-sister who is not a subject of this review.",
    ],
)
def test_siblings_said_not_subjects_after_both_names_leave_both(line: str) -> None:
    text = "Noor and Elijah (Family K)\n\n" + line + " Noor was nine months old. Elijah was four. Noor died.\n"
    assert _aliases(text) == ["Noor", "Elijah"]


def test_a_child_said_not_a_subject_is_still_left_out() -> None:
    text = (
        "Review: Child A and Child B\n\nChild A was injured. Child A was in hospital. Child B was at nursery. "
        "Child B is not a subject of this review.\n"
    )
    assert _aliases(text) == ["Child A"]


@pytest.mark.parametrize(
    "intro",
    [
        "This is a review about two siblings, Child P and Child Q.",
        "The review considers the brothers, Child P & Child Q, after a fire.",
        "It concerns two sisters, Child P, and Child Q.",
    ],
)
def test_a_plural_introducing_both_children_is_not_a_sibling_mention(intro: str) -> None:
    body = " P, aged 13, was found underweight. Q, then aged 10, was admitted in DKA. P had autism.\n"
    text = "LCSPR\n\nChild P\n\nChild Q\n\n" + intro + body
    found = _aliases(text)
    assert "Child P" in found and "Child Q" in found


def test_a_named_sister_of_the_subject_is_still_a_sibling_mention() -> None:
    text = (
        "Review: Child P\n\nChild P was admitted to hospital. Child P was 13. His sister, Child Q, was at school. "
        "His sister, Child Q, lives with an aunt.\n"
    )
    assert _aliases(text) == ["Child P"]


# Side effects met when more subject children were found: three shared cues made more exact.


@pytest.mark.parametrize(
    "sentence",
    [
        "- C1 and C2 on CP plans 2021 (cat: neglect) - DA between BM & BF, BM drug use, poor home conditions.",
        "Hx: BF heroin use since 2015; BM cocaine use, both parents known to the drug service.",
        "Birth mother (BM) - BM drug use throughout the pregnancy with C2, per midwifery.",
    ],
)
def test_birth_parent_abbreviations_hold_a_parents_drug_use(sentence: str) -> None:
    text = "Review: Children C1 and C2\n\nC1 was scalded. C1 was 4. C2 was 2. C2 was not injured.\n" + sentence
    assert case_codes(text)["parental_drug_misuse"] == "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "Some practitioners wondered whether he was drinking heavily, as he seemed drowsy at visits.",
        "The HV wondered if Dad was drinking again; this was never asked about.",
        "Police were left wondering whether the mother's partner had been drinking that night.",
    ],
)
def test_wondering_whether_a_parent_drank_is_not_a_finding(sentence: str) -> None:
    text = (
        "Review: Child T\n\nChild T was 3 and lived with her mother and her mother's partner. Child T was "
        "admitted with a burn. " + sentence + "\n"
    )
    assert case_codes(text)["parental_alcohol_misuse"] != "present"


def test_a_parents_heavy_drinking_stated_is_still_found() -> None:
    text = (
        "Review: Child T\n\nChild T was 3 and lived with her mother. Child T was admitted with a burn. "
        "Her mother was drinking heavily every day, and the GP knew.\n"
    )
    assert case_codes(text)["parental_alcohol_misuse"] == "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "Jess said she had been passed between men in exchange for cannabis and vodka.",
        "Jess was given somewhere to stay in return for cannabis deliveries.",
        "Jess described being abused by adults in exchange for cannabis over several months.",
    ],
)
def test_cannabis_as_an_abusers_currency_is_not_the_childs_use(sentence: str) -> None:
    text = "Review: Jess\n\nJess was 15. Jess was found in a hotel with two men. " + sentence + "\n"
    assert child_codes(text)[0]["child_drug_misuse"] != "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "Jess was smoking cannabis every day by the age of 14.",
        "Jess told her youth worker she used cannabis to sleep.",
        "Jess's cannabis use was known to the YOT.",
    ],
)
def test_the_childs_own_cannabis_use_is_still_found(sentence: str) -> None:
    text = "Review: Jess\n\nJess was 15. Jess was found in a hotel with two men. " + sentence + "\n"
    assert child_codes(text)[0]["child_drug_misuse"] == "present"
