"""A recommendation's own line ("Recommendation 3: ...") is an item of the list, not the heading of
a new recommendations section: every numbered recommendation is counted."""

from __future__ import annotations

import pytest

from caselearn.extract.pipeline import Pipeline
from caselearn.extract.text import Doc

OPENING = (
    "Harbour Ridge Safeguarding Children Partnership\n\nLocal Child Safeguarding Practice Review: Child M\n\n"
    "1. Introduction\n\nChild M, aged 14, was seriously harmed in an assault in the town centre in 2024. "
    "This review looks at the year before.\n\n"
    "2. Findings\n\nThe school and the youth offending team did not share what they knew.\n\n"
)


def count(text: str):
    return Pipeline().run(Doc.from_text(OPENING + text), "t.txt").to_dict()["review"]["recommendations_count"]["value"]


@pytest.mark.parametrize(
    "section, expected",
    [
        (
            "3. Recommendations\n\nRecommendation 1\nThe partnership should agree how exclusions are shared.\n\n"
            "Recommendation 2\nSchools should tell the youth offending team when a pupil goes missing.\n\n"
            "Recommendation 3\nThe police should record who a child is seen with.\n",
            3,
        ),
        (
            "What the partnership will do\n\nRecommendation A: a protocol for children missing education.\n\n"
            "Recommendation B: contextual safeguarding training for school staff.\n",
            2,
        ),
        (
            "RECOMMENDATIONS\n\nRecommendation I\nExploitation screening at every return home interview.\n\n"
            "Recommendation II\nA single lead professional for children at risk outside the home.\n\n"
            "Recommendation III\nAudit of the above within a year.\n\nRecommendation IV\nReport back to the board.\n",
            4,
        ),
    ],
)
def test_each_recommendations_own_line_is_an_item(section, expected):
    assert count(section) == expected


def test_a_recommendations_heading_with_words_after_it_is_still_a_heading():
    section = (
        "Recommendations for the partnership\n\n1. Share exclusions with the youth offending team.\n\n"
        "2. Record who a child is seen with.\n"
    )
    assert count(section) == 2


ITEMS = (
    "1. Schools to tell the youth offending team of every exclusion.\n\n"
    "2. The police to record who a child is seen with when found after a missing episode.\n\n"
    "3. The partnership to audit return home interviews each quarter.\n"
)


@pytest.mark.parametrize(
    "heading",
    [
        "Our recommendations to the safeguarding partners are:",
        "4. What the review recommends",
        "> Recommendations to partners",
        "SECTION F: RECOMMENDATIONS FOR THE PARTNERSHIP",
        "Part 6 - Recommendations",
        "BOX 4 - RECOMMENDATIONS",
        "[6] RECOMMENDATIONS",
        "Q7. What must change? (Recommendations)",
        "Key recommendations",
    ],
)
def test_recommendations_headings_in_other_shapes(heading):
    assert count(f"{heading}\n\n{ITEMS}") == 3


def test_a_sentence_about_another_reviews_recommendations_heads_no_list():
    text = (
        "3. Analysis\n\nThe recommendations of the 2019 review were not fully implemented by the time of the "
        "incident, and the partnership has since checked each one.\n\n1. The first finding concerns schools.\n\n"
        "2. The second concerns the police.\n"
    )
    assert count(text) == "not_known"


def test_numbered_recommendations_running_on_in_a_paragraph_after_the_first_line():
    section = (
        "Recommendations\n\nR1 Schools to share exclusions with the youth offending team - owner: head of inclusion "
        "- by March. R2 Police to record who a child is seen with - owner: DI, exploitation hub. R3 CSC to hold a "
        "strategy discussion after any stab wound - owner: head of service.\n"
    )
    assert count(section) == 3


def test_a_count_said_with_the_full_reports_name():
    text = (
        "5. Where to read more\n\nThe full review, with its four recommendations, is on the partnership's website. "
        "This briefing does not repeat them.\n"
    )
    assert count(text) == 4
