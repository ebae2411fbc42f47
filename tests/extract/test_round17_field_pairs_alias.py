"""Round 17 (alias): a code paired with a given name is read wherever the title block gives it, not only
when the pair opens the line: after several form fields the reader joined into one line ("Date of
report: ... Child's name: Baby R (Riley)"), and after a dash in a title ("Review – Child T (“Tom”)").
The alias is then the code with the name (devset convention 10). Made-up reports."""

from __future__ import annotations

from pathlib import Path

import pytest

from caselearn.extract.pipeline import extract_file

BODY = (
    "\n\n1. Summary\n\n{a} was taken to hospital in the spring of 2023 after a fall at home. {a} lived with "
    "the mother and her partner. The health visitor had seen {a} twice that winter.\n\n2. Learning\n\n"
    "Practitioners did not speak to {a} alone. {a}'s nursery raised no concern.\n"
)


def _aliases(tmp_path: Path, head: str, body: str) -> list[str]:
    report = tmp_path / "review.txt"
    report.write_text(head + body, encoding="utf-8")
    return [c["alias"]["value"] for c in extract_file(report).to_dict()["children"]]


@pytest.mark.parametrize(
    ("head", "name", "alias"),
    [
        # template fields the reader joins into one line
        (
            "RAPID REVIEW TEMPLATE\n\nDate of report: 02/05/2024 Date of incident: 11/04/2024 "
            "Child's name / alias: Baby K (Kobi)",
            "Kobi",
            "Baby K (Kobi)",
        ),
        # a police-voice notification form
        (
            "NOTIFICATION RECORD\n\nRef: 24/0113 Dept: CSC Subject child: Child P (“Piotr”)",
            "Piotr",
            "Child P (Piotr)",
        ),
        # a formal title with an en dash before the pair
        (
            "Brackenfield Safeguarding Partnership\n\nLocal Child Safeguarding Practice Review – Child W (Wren)",
            "Wren",
            "Child W (Wren)",
        ),
        (
            "Overview Report — Young Person J (“Jodie”)",
            "Jodie",
            "Young Person J (Jodie)",
        ),
        # ... or a plain hyphen
        (
            'Millbrook Safeguarding Children Partnership\n\nLCSPR - Child S ("Sienna")\nOverview report',
            "Sienna",
            "Child S (Sienna)",
        ),
    ],
)
def test_a_code_and_name_after_fields_or_a_dash(tmp_path: Path, head: str, name: str, alias: str) -> None:
    assert _aliases(tmp_path, head, BODY.format(a=name)) == [alias]


def test_two_subjects_in_a_joined_field_line(tmp_path: Path) -> None:
    head = (
        "RAPID REVIEW REPORT\n\nDate of report: 01/03/2025 Date of notification: 10/02/2025 "
        "Subject children: Child D (Dara) and Child E (Esme)\n\n"
        "Other child in household: Child F (Fern), not a subject of this review"
    )
    body = (
        "\n\n1. Incident\n\nDara (M, 4 yrs) and Esme (F, 9 mths) were seen in ED on 12/02/25. Dara had "
        "bruising. Esme had a fracture. Fern was at school.\n\n2. Learning\n\nDara and Esme were placed "
        "with an aunt. Dara's nursery and Esme's HV had no concerns.\n"
    )
    assert _aliases(tmp_path, head, body) == ["Child D (Dara)", "Child E (Esme)"]


def test_the_code_alone_when_no_name_is_given(tmp_path: Path) -> None:
    head = "RAPID REVIEW TEMPLATE\n\nDate of report: 02/05/2024 Child's name / alias: Baby K (aged 7 weeks)"
    body = (
        "\n\n1. Summary\n\nBaby K was taken to hospital in April 2024. Baby K lived with both parents.\n\n"
        "2. Learning\n\nThe health visitor saw Baby K twice.\n"
    )
    assert _aliases(tmp_path, head, body) == ["Baby K"]


def test_a_bracketed_word_the_body_never_uses_is_not_a_name(tmp_path: Path) -> None:
    head = "Serious Case Review – Child N (Northfield)"
    body = (
        "\n\n1. Summary\n\nChild N was admitted to hospital in 2022. Child N lived with the father.\n\n"
        "2. Learning\n\nNo one asked Child N about home.\n"
    )
    assert _aliases(tmp_path, head, body) == ["Child N"]
