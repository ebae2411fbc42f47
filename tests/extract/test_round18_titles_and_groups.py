"""Round 18 (lead, from probes-v1): a code-and-name title with a part of the document after a dash ("LCSPR:
Child F (Fern) - introduction"); a "Twins A and B" title whose body names each twin once ("Twin A ...");
"The children suffered ..." said of every subject child; a baby who "could not be saved". Made-up reports."""

from __future__ import annotations

from tests.extract.coding import child_codes


def test_a_code_and_name_title_with_a_document_part_after_a_dash() -> None:
    text = (
        "Westmere Safeguarding Children Partnership\nLCSPR: Child F (Fern) - executive summary\n"
        "1.1 Fern was nine when her school raised concerns about emotional abuse at home in 2022.\n"
    )
    assert [c["alias"] for c in child_codes(text)] == ["Child F (Fern)"]


def test_twins_named_once_each_after_a_plural_title() -> None:
    text = (
        "Serious Case Review: Twins C and D (2017)\nThe twins were eight weeks old when they were admitted to "
        "hospital in 2017. Twin C had a fractured skull and could not be saved. Twin D had rib fractures and "
        "recovered.\n"
    )
    got = [(c["alias"], c["outcome"]) for c in child_codes(text)]
    assert got == [("Twin C", "death"), ("Twin D", "serious_harm")]


def test_the_children_as_a_sentence_subject_is_every_child() -> None:
    text = (
        "National case review summaries - entry 9\nIsla (7), Rory (5) and Evie (2) were found in a cold flat "
        "with no food in 2023. The children suffered serious harm through chronic neglect.\n"
    )
    assert [(c["alias"], c["harm_category"]) for c in child_codes(text)] == [
        ("Isla", "neglect"),
        ("Rory", "neglect"),
        ("Evie", "neglect"),
    ]


def test_a_placement_that_could_not_be_saved_is_no_death() -> None:
    text = (
        "Rapid Review: Child P\nChild P, aged 14, was seriously injured in an assault by a stranger in 2023. "
        "His foster placement could not be saved and he moved to a children's home.\n"
    )
    assert [(c["alias"], c["outcome"]) for c in child_codes(text)] == [("Child P", "serious_harm")]
