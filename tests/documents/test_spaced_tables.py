"""The text reader keeps tables and forms laid out with spaces one row a line, as it keeps pipe tables."""

from __future__ import annotations

from caselearn.documents.normalise import normalise_lines


def _blocks(*lines: str) -> list[str]:
    return normalise_lines([list(lines)]).text.split("\n\n")


def test_spaced_columns_are_one_row_a_line():
    got = _blocks(
        "Household members",
        "",
        "Name            Age            Sex    Subject?",
        "Oldest boy      9 years        M      No",
        "Youngest girl   14 months      F      Yes",
        "",
        "The family moved in 2021.",
    )
    assert "Name | Age | Sex | Subject?" in got
    assert "Oldest boy | 9 years | M | No" in got
    assert "Youngest girl | 14 months | F | Yes" in got


def test_an_indented_line_continues_the_cell_above():
    got = _blocks(
        "Agency          Involvement",
        "Health visitor  Two home visits; the second was",
        "                cancelled by the family.",
        "",
        "After the table.",
    )
    assert "Health visitor | Two home visits; the second was cancelled by the family." in got


def test_ruled_lines_are_dropped_and_a_banner_is_a_heading():
    parsed = normalise_lines([["=========================", "WHAT HAPPENED", "=========================", "", "Text."]])
    assert "=====" not in parsed.text
    start, end = parsed.headings[0]
    assert parsed.text[start:end] == "WHAT HAPPENED"


def test_prose_with_two_spaces_after_full_stops_stays_one_paragraph():
    got = _blocks(
        "The family were known to services.  The mother had asked for help with",
        "housing twice.  No referral was made.",
    )
    assert got == [
        "The family were known to services. The mother had asked for help with housing twice. No referral was made."
    ]


def test_a_glossary_is_one_entry_a_line():
    got = _blocks("DSL      Designated safeguarding lead", "IRO      Independent reviewing officer")
    assert got == ["DSL | Designated safeguarding lead", "IRO | Independent reviewing officer"]


def test_a_form_field_keeps_its_label_with_its_value():
    got = _blocks(
        "Date of birth:        04/2019",
        "Known to CSC:         Yes",
        "Recommendations: 4",
    )
    assert got == ["Date of birth: 04/2019", "Known to CSC: Yes", "Recommendations: 4"]
    assert not normalise_lines([["Sex:     F", "Outcome: Death"]]).headings


def test_a_table_with_inner_bars_only():
    got = _blocks("Item           | Detail", "---------------|---------", "Legal status   | Not looked after")
    assert got == ["Item | Detail", "Legal status | Not looked after"]


def test_a_pipe_table_row_is_not_repeated():
    got = _blocks("| Sex | Girl |", "|---|---|", "| Age | 4 |", "", "Text here.")
    assert got == ["Sex | Girl", "Age | 4", "Text here."]


def test_a_bracketed_aside_is_no_cell():
    got = _blocks('REVIEW SUMMARY - "Baby T"     (published 2023)')
    assert got == ['REVIEW SUMMARY - "Baby T" (published 2023)']


def test_a_numbered_heading_is_no_row():
    parsed = normalise_lines([["Section 2    Background", "", "Some text follows here."]])
    assert "|" not in parsed.text


def test_a_wrapped_cell_of_a_barred_table_stays_in_its_column():
    got = _blocks(
        "Date      | Agency   | Contact                            | Outcome",
        "Mar 2022  | HV       | Home visit; mother tearful and     | Referred to",
        "          |          | said she was not sleeping          | perinatal team",
        "Apr 2022  | GP       | Seen with low mood                 | Sertraline",
    )
    row = "Mar 2022 | HV | Home visit; mother tearful and said she was not sleeping | Referred to perinatal team"
    assert row in got
    assert "Apr 2022 | GP | Seen with low mood | Sertraline" in got
    assert not any(block.strip("| ").startswith("said she") for block in got)
