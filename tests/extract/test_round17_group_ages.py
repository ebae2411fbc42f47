"""Round 17 (age): an age or birth date said of the subject children together. The group by its noun
further on in the paragraph that named them ("... the siblings, Amir and Sara ... The siblings were born
on ..."), and one birth date after the names joined ("Child A and Child B are twins, born on ...") are
each child's. A parent's table row labelled on the line before ("Ms K (mother)") holds what the row says
of her. Made-up reports."""

from __future__ import annotations

from pathlib import Path

from caselearn.extract.pipeline import extract_file


def _extract(tmp_path: Path, text: str) -> dict:
    report = tmp_path / "review.txt"
    report.write_text(text, encoding="utf-8")
    return extract_file(report).to_dict()


def _ages(result: dict) -> list[object]:
    return [(c["alias"]["value"], c["age_months"]["value"]) for c in result["children"]]


def test_the_group_noun_later_in_the_paragraph(tmp_path: Path) -> None:
    text = (
        "Local Child Safeguarding Practice Review: Amir and Sara\n\n1. Introduction\n\n"
        "On 14 March 2023 police officers found the siblings, Amir and Sara, alone in a flat with no heating. "
        "Their father had been remanded in custody a week before. The children were born on 2 May 2010; "
        "they were twelve.\n\n2. Learning\n\nAmir had been excluded from school. Sara was known to CAMHS. "
        "Amir and Sara were subject to CP plans.\n"
    )
    assert _ages(_extract(tmp_path, text)) == [("Amir", 154), ("Sara", 154)]


def test_twins_born_after_the_joined_codes(tmp_path: Path) -> None:
    text = (
        "Rapid Review - Twin 1 and Twin 2\n\n1. Incident\n\n"
        "Twin 1 and Twin 2 are twins, born on 3 February 2023 at 34 weeks' gestation. On 10 November 2023 "
        "both were brought to ED by ambulance. Twin 1 had a skull fracture. Twin 2 had bruising.\n\n"
        "2. Background\n\nThe HV saw Twin 1 and Twin 2 at home in August 2023.\n"
    )
    ages = dict(_ages(_extract(tmp_path, text)))
    assert ages["Twin 1"] == 9
    assert ages["Twin 2"] == 9


def test_a_group_noun_in_another_paragraph_is_not_theirs(tmp_path: Path) -> None:
    text = (
        "Serious Case Review: Leo and Maya\n\n1. Summary\n\n"
        "In June 2022 Leo, aged 6, and Maya, aged 3, were taken into police protection.\n\n"
        "2. Wider family\n\nThe mother has three older children by a previous partner. Their father lives "
        "abroad. The children were born between 1999 and 2004.\n"
    )
    assert _ages(_extract(tmp_path, text)) == [("Leo", 72), ("Maya", 36)]


PEOPLE = (
    "Review: Jodie\n\n1. Summary\n\nIn 2023 Jodie, aged fifteen, was found by police in a stranger's flat. "
    "Jodie had been missing for four days.\n\n2. People\n\nJodie (subject)\n\n"
    "White British girl. Known to CAMHS since 2021.\n\n{label}\n\n"
    "Sole carer. Long-standing depression treated by her GP.\n\n3. Learning\n\nJodie was not seen alone.\n"
)


def test_a_parent_row_label_holds_the_row(tmp_path: Path) -> None:
    for label in ("Ms K (mother)", "Mother", "Birth mother (Ms K)"):
        case = _extract(tmp_path, PEOPLE.format(label=label))["case"]
        assert case["parental_mental_health"]["value"] == "present", label


def test_a_grandparent_row_label_does_not(tmp_path: Path) -> None:
    for label in ("Maternal grandmother", "Mrs K (grandmother)", "Mother's mother"):
        case = _extract(tmp_path, PEOPLE.format(label=label))["case"]
        assert (case.get("parental_mental_health") or {}).get("value") != "present", label
