"""Recommendations counted when their numbers run on inside a paragraph, and the report's own
statement of how many it makes preferred over a single prose paragraph under the heading."""

from __future__ import annotations

import pytest

from caselearn.extract.pipeline import Pipeline
from caselearn.extract.text import Doc

OPENING = (
    "Learning review: Child Q\n\n1. Introduction\n\nChild Q, aged 4, was admitted to hospital with a head "
    "injury in March 2023. The review looked at contact with Q's family by health, police and children's "
    "social care over the preceding year.\n\n2. Findings\n\nThe findings are set out below in turn. "
    "Professionals did not share what they knew and the plan was not reviewed when risk rose.\n\n"
)


def count(text: str):
    found = Pipeline().run(Doc.from_text(text), "t.txt").to_dict()["review"].get("recommendations_count")
    return found["value"] if found else None


@pytest.mark.parametrize(
    "section, expected",
    [
        (
            "3. Recommendations\n\nThe review asks the partnership to act as follows: (1) health visitors "
            "should share records on transfer within ten days; (2) police should notify schools of incidents "
            "at the home; (3) the CSC front door must check every adult in the household.\n",
            3,
        ),
        (
            "3. Recommendations\n\n1. The partnership should audit step-down decisions to early help. 2. All "
            "agencies must use professional interpreters. 3. The DA coordinator should review repeat call-outs. "
            "4. The HV service should record every adult living in the home. 5. Training on CP plans to be "
            "refreshed.\n",
            5,
        ),
        (
            "Recommendations\n\nR-list for the board, in short: (1) GP practices to flag missed immunisations; "
            "(2) school nursing to see children after each police notification.\n",
            2,
        ),
    ],
)
def test_inline_enumeration_is_counted(section, expected):
    assert count(OPENING + section) == expected


def test_stated_count_beats_one_prose_paragraph():
    text = (
        "Partnership response to a safeguarding practice review\n\nThe overview report, written by an "
        "independent author, contains seven numbered recommendations, which are not repeated here.\n\n"
        + OPENING
        + "3. What we will do\n\nThe partners have agreed an action plan which the executive will monitor "
        "and report on at six and twelve months.\n"
    )
    assert count(text) == 7


def test_numbers_out_of_order_are_not_a_run():
    # years, ages and section cross-references are not an enumeration
    section = (
        "3. Recommendations\n\nThe partnership should ensure that referrals made under section 47 of the "
        "Children Act 1989 are followed by a strategy meeting in every case where the child is under 2.\n"
    )
    assert count(OPENING + section) == 1


def test_a_stated_count_about_another_review_does_not_override_a_list():
    text = (
        "An earlier review in 2019 made twelve recommendations.\n\n"
        + OPENING
        + "3. Recommendations\n\n1. Police should share incidents with schools.\n\n2. Health should record "
        "fathers and partners in every assessment.\n"
    )
    assert count(text) == 2


@pytest.mark.parametrize(
    "banner",
    [
        "=" * 60 + "\nPART FIVE: RECOMMENDATIONS\n" + "=" * 60 + "\n",
        "-" * 50 + "\nSECTION 4 - Recommendations\n" + "-" * 50 + "\n",
        "~" * 40 + "\n6. RECOMMENDATIONS\n" + "~" * 40 + "\n",
    ],
)
def test_heading_drawn_between_rules(banner):
    text = (
        "Child safeguarding practice review: Child Z\n\n"
        + "-" * 50
        + "\nSUMMARY\n"
        + "-" * 50
        + "\nChild Z, aged 15, was exploited by adults outside the family during 2023. Police and CSC held "
        "several strategy meetings.\n\n"
        + banner
        + "R1. The partnership should agree a protocol for out-of-area placements.\n"
        "R2. Police should share intelligence on exploiters with CSC the same day.\n"
        "R3. Health should refer to CAMHS after any overdose.\n\n"
        + "-" * 50
        + "\nGLOSSARY\n"
        + "-" * 50
        + "\nCSC - children's social care. CAMHS - child and adolescent mental health services.\n"
    )
    assert count(text) == 3


def test_rules_around_other_headings_do_not_make_a_recommendations_section():
    text = OPENING + "=" * 50 + "\nPART THREE: LEARNING\n" + "=" * 50 + "\nThe review makes four recommendations.\n"
    assert count(text) == 4
