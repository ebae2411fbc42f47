"""The codebook file matches the reference tables of shared/domain/CODEBOOK.md exactly."""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from caselearn.cli import app as cli_app
from caselearn.codebook import CodebookError, load, parse
from tests.conftest import SHARED

CODEBOOK_MD = SHARED / "domain" / "CODEBOOK.md"


def reference_tables() -> dict[str, dict[str, list[str]]]:
    """{level: {variable id: [values]}} read from the markdown tables of the reference."""
    text = CODEBOOK_MD.read_text(encoding="utf-8")
    sections = re.split(r"^## ", text, flags=re.M)
    found: dict[str, dict[str, list[str]]] = {}
    for section in sections:
        heading = section.splitlines()[0].lower() if section else ""
        level = next(
            (
                lvl
                for key, lvl in (
                    ("review-level", "review"),
                    ("child-level", "child"),
                    ("case-level", "case"),
                    ("practice themes", "case"),
                )
                if key in heading
            ),
            None,
        )
        if level is None:
            continue
        for line in section.splitlines():
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) < 2 or cells[0] in ("id", "") or set(cells[0]) <= {"-"}:
                continue
            values: list[str] = []
            if len(cells) >= 3 and cells[1] in ("enum", "set"):
                values = [v.strip() for v in cells[2].split(",")]
            found.setdefault(level, {})[cells[0]] = values
    return found


def test_reference_is_readable():
    tables = reference_tables()
    assert {"review", "child", "case"} <= set(tables)
    assert "review_type" in tables["review"] and "theme_invisible_men" in tables["case"]


def test_every_reference_variable_and_value_is_in_the_codebook():
    book = load()
    for level, variables in reference_tables().items():
        for vid, values in variables.items():
            assert vid in book, f"codebook misses {vid}"
            assert book[vid].level == level, f"{vid} should be a {level} variable"
            if values:
                assert list(book[vid].values) == values, f"values of {vid} differ from the reference"
    reference_ids = {vid for variables in reference_tables().values() for vid in variables}
    assert set(book.ids) == reference_ids


def test_age_restrictions_match_the_reference():
    text = CODEBOOK_MD.read_text(encoding="utf-8")
    expected = {
        m.group(1): int(m.group(2)) for m in re.finditer(r"\| (\w+) \| flag \|[^\n]*applies from age (\d+)", text)
    }
    assert expected, "reference lists age restrictions"
    actual = {v.id: v.min_age_years for v in load().variables if v.min_age_years is not None}
    assert actual == expected


def test_cli_prints_every_variable_as_json():
    result = CliRunner().invoke(cli_app, ["codebook", "--format", "json"])
    assert result.exit_code == 0
    printed = json.loads(result.stdout)
    assert [v["id"] for v in printed["variables"]] == load().ids
    assert printed["version"] == "1"


def test_cli_prints_markdown():
    result = CliRunner().invoke(cli_app, ["codebook", "--format", "md"])
    assert result.exit_code == 0
    assert "| harm_category | enum |" in result.stdout


@pytest.mark.parametrize(
    "broken, message",
    [
        (
            {
                "version": "1",
                "levels": {"review": "", "child": "", "case": ""},
                "flag_values": ["present"],
                "variables": [{"id": "x", "level": "review", "type": "enum"}],
            },
            "distinct values",
        ),
        (
            {
                "version": "1",
                "levels": {"review": "", "child": "", "case": ""},
                "flag_values": ["present"],
                "variables": [{"id": "x", "level": "family", "type": "flag"}],
            },
            "level",
        ),
        (
            {
                "version": "1",
                "levels": {"review": "", "child": "", "case": ""},
                "flag_values": ["present"],
                "variables": [
                    {"id": "x", "level": "case", "type": "flag"},
                    {"id": "x", "level": "case", "type": "flag"},
                ],
            },
            "twice",
        ),
        ({"version": "1", "levels": {"review": ""}, "flag_values": [], "variables": []}, "levels"),
    ],
)
def test_malformed_codebook_is_refused(broken, message):
    with pytest.raises(CodebookError, match=message):
        parse(broken)


def test_values_are_validated():
    book = load()
    assert book["sex"].validate("female") == "female"
    assert book["agencies_involved"].validate("police;gp") == ["police", "gp"]
    assert book["age_months"].validate("14") == 14
    for var, bad in (("sex", "girl"), ("agencies_involved", ["police", "the vicar"]), ("age_months", "two")):
        with pytest.raises(ValueError):
            book[var].validate(bad)


def test_unquoted_numeric_looking_value_is_refused():
    broken = {
        "version": "1",
        "levels": {"review": "", "child": "", "case": ""},
        "flag_values": ["present"],
        "variables": [{"id": "band", "level": "child", "type": "enum", "values": ["under_1", 15]}],
    }
    with pytest.raises(CodebookError, match="must be a string"):
        parse(broken)
