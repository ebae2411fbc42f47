"""Round 10: subject children named by code and name in a title, by bare codes, and in a thematic title."""

from __future__ import annotations

import pytest

from caselearn.extract.children import _family_children, find_children
from caselearn.extract.text import Doc


def _aliases(text: str) -> list[str]:
    return [c.alias for c in find_children(Doc.from_text(text))]


BODY_PAIRS = (
    "\n\nIntroduction\n\n{a} was admitted to hospital with bruising in the spring. {a} had been seen by the "
    "health visitor twice. {b} was at nursery and staff noticed that {b} was often hungry. Both children "
    "were placed with their grandmother after the medical. {a} is now settled and {b} attends school.\n"
)


@pytest.mark.parametrize(
    ("title", "a", "b"),
    [
        ("Local Child Safeguarding Practice Review: Child D (Jayden) and Child E (Poppy)", "Jayden", "Poppy"),
        ("RAPID REVIEW: Child P (Oskar) & Child Q (Lena)", "Oskar", "Lena"),
        ("Child M (Freddie), Child N (Isla)", "Freddie", "Isla"),
    ],
)
def test_title_pairs_each_code_with_its_name(title: str, a: str, b: str) -> None:
    found = _aliases("Brackenmoor Safeguarding Partnership\n\n" + title + BODY_PAIRS.format(a=a, b=b))
    assert found[:2] == [f for f in found if a in f or b in f][:2]
    assert any(f.endswith(f"({a})") and f.startswith("Child ") for f in found)
    assert any(f.endswith(f"({b})") for f in found)


def test_title_pair_name_unused_in_body_is_not_taken() -> None:
    # the names in brackets never come back in the body: no pairing from this line
    text = (
        "Review: Child D (Placeholder) and Child E (Example)\n\nChild D was injured. Child D was seen in A&E. "
        "Child E was not injured. Child E lives with an aunt.\n"
    )
    assert all("(" not in a for a in _aliases(text))


@pytest.mark.parametrize(
    "title",
    [
        "SERIOUS CASE REVIEW\n\nCHILDREN K1 AND K2\n",
        "Overview report - Siblings K1 & K2\n",
        "LCSPR: children K1, K2\n",
    ],
)
def test_bare_codes_used_throughout_are_the_alias(title: str) -> None:
    body = (
        "\n1.1 This review was commissioned after K1 and K2 were found in a cold flat. K1 was a boy aged five. "
        "K2 was a girl aged two. K1 had missed school for weeks and K2 was underweight at the CP medical.\n"
    )
    assert _aliases(title + body) == ["K1", "K2"]


def test_coded_children_written_in_full_keep_the_prefix() -> None:
    body = (
        "\nChild K1 was a boy aged five. Child K2 was a girl aged two. Child K1 had missed school and Child K2 "
        "was underweight.\n"
    )
    assert _aliases("SERIOUS CASE REVIEW\nCHILDREN K1 AND K2\n" + body) == ["Child K1", "Child K2"]


@pytest.mark.parametrize(
    "title",
    [
        "The experiences of Kian and Reggie",
        "THEMATIC REVIEW\nThe lives of Kian and Reggie",
        "Stories of \u201cKian\u201d and \u201cReggie\u201d",
    ],
)
def test_thematic_title_naming_the_children(title: str) -> None:
    body = (
        "\n\n1. Introduction\n\n1.1 Two boys in the borough were hurt in separate incidents. Kian, who was 15, was "
        "stabbed near a park. Reggie, who was 16, was assaulted outside a shop. Kian had been excluded from school. "
        "Reggie was known to the youth justice service.\n"
    )
    assert _aliases("Northvale Partnership\n" + title + body) == ["Kian", "Reggie"]


def test_experiences_of_children_in_general_names_nobody() -> None:
    text = (
        "The experiences of Children in Care\n\nThis thematic review looks at practice. Practitioners described "
        "good joint work. Practitioners also described gaps in training.\n"
    )
    assert "Children" not in _aliases(text)
    assert "Care" not in _aliases(text)


FAMILY_BODY = (
    "\n\n2. The families\n\n{a} lived with her mother, who has a learning disability. {a} was seen by the HV. "
    "Reggie was found unresponsive; Reggie died later that day. Kacey was scalded in the bath. Kacey was treated "
    "at the burns unit.\n"
)


@pytest.mark.parametrize(
    "listing",
    [
        "The children are:\n\n- Family 1: {a}, aged 2, admitted with faltering growth.\n"
        "- Family 2: Baby Reggie, aged 10 weeks, who died.\n- Family 3: Kacey, aged 4, who was scalded.\n",
        "Family 1 - {a} (aged 2)\nFamily 2 - Baby Reggie (10 weeks)\nFamily 3 - Kacey (4)\n",
        "1.2 Family 1: {a}, a toddler.\n1.3 Family 2: Baby Reggie, an infant.\n1.4 Family 3: Kacey, a girl of 4.\n",
    ],
)
def test_thematic_review_lists_one_child_per_family(listing: str) -> None:
    text = "Thematic review of three families\n\n" + listing.format(a="Nell") + FAMILY_BODY.format(a="Nell")
    assert _aliases(text) == ["Family 1 (Nell)", "Family 2 (Baby Reggie)", "Family 3 (Kacey)"]


def test_one_family_line_alone_is_no_list() -> None:
    text = (
        "Review\n\nFamily 1: Nell, aged 2, was the only child reviewed here.\n\nNell was seen by the GP. Nell was "
        "admitted to hospital.\n"
    )
    assert _family_children(Doc.from_text(text)) == []


def test_family_line_naming_a_parent_word_is_not_a_child() -> None:
    text = (
        "Family 1: Mother, aged 30, with a learning disability.\nFamily 2: Father, aged 34.\n\n"
        "This thematic review is not a review of any individual child.\n"
    )
    assert _aliases(text) == []


INITIAL_BODY = (
    "\n\n1. Why this briefing\nR died in the summer. R was 15. The family asked that only the initial R be used. "
    "R had been known to the school nurse.\n"
)


@pytest.mark.parametrize(
    "title",
    ['LCSPR: "R" (aged 15)', "Learning briefing \u2013 \u201cR\u201d", "Child Safeguarding Practice Review: 'R'"],
)
def test_quoted_initial_on_the_title_line(title: str) -> None:
    assert _aliases("Marlow Safeguarding Partnership\n7 MINUTE BRIEFING\n" + title + INITIAL_BODY) == ["R"]


def test_unquoted_letter_after_review_is_not_an_initial() -> None:
    text = "Review: R\n\nR was a hospital code used in the chronology. Practitioners met twice.\n"
    assert "R" not in _aliases(text)


def test_quoted_letter_used_once_is_not_taken() -> None:
    text = 'Review: "Q"\n\nThe panel met twice. Practitioners described good joint work.\n'
    assert _aliases(text) == []
