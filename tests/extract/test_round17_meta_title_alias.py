"""Round 17 (alias): a web page whose banner heading (the title block, outside the page's
<main>) gives the child's code and name, "Review: Child O (Oliver)", while the body uses only the name:
the alias is the code with the name (devset convention 10). Made-up pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from caselearn.extract.pipeline import extract_file

BODY = (
    "<main><h2>Why this review took place</h2>"
    "<p>In March 2023, {name}, aged six, was admitted to hospital with a head injury. {name} lived with "
    "his mother and her partner.</p><h2>Learning</h2><p>Professionals did not ask {name} about home.</p>"
    "<p>{name}'s school raised concerns in 2022.</p></main>"
)


@pytest.mark.parametrize(
    ("heading", "name", "alias"),
    [
        ("Local Child Safeguarding Practice Review: Child O (Oliver)", "Oliver", "Child O (Oliver)"),
        ("Rapid Review - Child T (Tomasz)", "Tomasz", "Child T (Tomasz)"),
        ('Serious Case Review: Young Person K ("Kai")', "Kai", "Young Person K (Kai)"),
    ],
)
def test_a_banner_heading_gives_the_coded_alias(tmp_path: Path, heading: str, name: str, alias: str) -> None:
    page = tmp_path / "review.html"
    page.write_text(
        "<!DOCTYPE html><html><head><title>Review</title></head><body>"
        f"<header><p>Eastmoor Safeguarding Children Partnership</p><h1>{heading}</h1></header>"
        + BODY.format(name=name)
        + "</body></html>",
        encoding="utf-8",
    )
    result = extract_file(page).to_dict()
    assert [c["alias"]["value"] for c in result["children"]] == [alias]


def test_the_body_using_the_code_still_takes_the_titles_name(tmp_path: Path) -> None:
    # the title gives the code and the name together: the alias is both (devset convention 10), whichever
    # the body uses (the reader keeps the title block outside <main> since round 21)
    page = tmp_path / "review.html"
    page.write_text(
        "<!DOCTYPE html><html><head><title>Review</title></head><body>"
        "<header><h1>Local Child Safeguarding Practice Review: Child O (Oliver)</h1></header>"
        "<main><p>In March 2023 Child O, aged six, was admitted to hospital with a head injury. Child O lived "
        "with his mother.</p><p>Child O's school raised concerns in 2022.</p></main></body></html>",
        encoding="utf-8",
    )
    result = extract_file(page).to_dict()
    assert [c["alias"]["value"] for c in result["children"]] == ["Child O (Oliver)"]
