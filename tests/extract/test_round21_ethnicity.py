"""Ethnicity: two heritages named together make a child mixed, a label may say whose record it is,
a key-facts line may carry its detail in brackets, and black mould is no ethnicity."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes

OPENING = "Rapid review: Child T\n\nChild T was seven years old at the time of the incident.\n"
REST = (
    "\nChild T lived with her mother in a two-bedroom flat. The school raised concerns about her attendance "
    "in the spring term and the school nurse saw her twice.\n"
)


def ethnicity(line: str) -> str:
    return child_codes(OPENING + line + REST)[0]["ethnicity"]


@pytest.mark.parametrize(
    "line",
    [
        "Child T is of Chinese and White British heritage.",
        "Child T was of dual White British and Pakistani heritage.",
        "Ethnicity: Mixed (White British / Black African).",
        "Ethnicity | White British / Black Caribbean",
        "The review records Child T's ethnicity as mixed White British and Black Caribbean.",
        "Child T's mother is White British and her father is Black British.",
        "Heritage: Child T's mum is White Irish and her dad is Indian.",
    ],
)
def test_two_heritages_together_make_the_child_mixed(line):
    assert ethnicity(line) == "mixed"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Child T is White British and Black Caribbean families are over-represented locally.", "white"),
        ("Child T is Black British and Black Caribbean by heritage.", "black"),
        ("Child T's mother and father are both White British.", "white"),
    ],
)
def test_one_group_said_twice_or_beside_others_is_not_mixed(line, expected):
    assert ethnicity(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Ethnicity as recorded by previous LA: White - Roma.", "white"),
        ("Ethnicity (as recorded by the school): Black African.", "black"),
        ("Ethnic origin as given by mother: Pakistani.", "asian"),
    ],
)
def test_a_label_may_say_whose_record_it_is(line, expected):
    assert ethnicity(line) == expected


def test_a_key_facts_line_with_its_detail_in_brackets():
    text = (
        "CONFIDENTIAL - RAPID REVIEW\nChild: Child D\n\n1. Child\n"
        "- DOB 02/05/2020. Male. Mixed heritage (White British / Black Caribbean). No known health needs.\n"
        "- Incident 11/08/2024: brought to ED by mum with a head injury.\n"
    )
    assert child_codes(text)[0]["ethnicity"] == "mixed"


@pytest.mark.parametrize(
    "line",
    [
        "- Home: black mould in Child T's bedroom and no heating.",
        "Child T had a black eye when she arrived at school on Monday.",
        "Child T's clothes were put into black bags when she moved.",
    ],
)
def test_black_mould_or_a_black_eye_is_no_ethnicity(line):
    assert ethnicity(line) == "not_known"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Heritage | Somali; born in the Netherlands, came to England aged four", "black"),
        ("Ethnic origin: Kurdish (Iraqi Kurdistan)", "other"),
        ("Ethnicity: White - Polish heritage, born in the UK.", "white"),
        ("Ethnicity: White - Romanian", "white"),
        ("Child T is a seven-year-old white girl who lives with her mother.", "white"),
        ("Child T is from an Irish Traveller family.", "white"),
        ('Her ethnicity was recorded by the local authority as "Any other Asian background (Vietnamese)".', "asian"),
    ],
)
def test_more_ways_of_saying_the_childs_group(line, expected):
    assert ethnicity(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Child T's mother is Polish and moved to England in 2015.",
        "Child T's stepfather, Mr K, is Somali.",
        "A white van was seen outside the flat on the night of the incident.",
    ],
)
def test_someone_elses_nationality_or_a_white_van_is_not_the_childs(line):
    assert ethnicity(line) == "not_known"


def test_two_girls_said_together():
    text = (
        "Learning review: Child E and Child F\n\nChild E (aged 9) and Child F (aged 6) are sisters. The girls are "
        "White British. Neither girl had any disability.\n\nChild E and Child F lived with their father after their "
        "mother left the family home in 2022.\n"
    )
    assert [c["ethnicity"] for c in child_codes(text)] == ["white", "white"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Child T's mother and her partner, Child T's stepfather, are Romanian nationals.", "white"),
        ("Child T's mum and dad were both Black British.", "black"),
    ],
)
def test_the_parents_together_give_the_childs_group(line, expected):
    assert ethnicity(line) == expected
