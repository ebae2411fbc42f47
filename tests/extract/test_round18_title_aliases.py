"""Round 18 (lead, from heldout-v16): a title pairing a code with a given name gives the alias "Child P
(Grace)" even when the body uses only the code (devset convention 10) if the name is quoted or a known
given name (not a place: "Child N (Northfield)"), after a field label, a dash or a
running header; a bracketed word that is no name stays out; a briefing's title names "Baby X". Made-up
reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes


@pytest.mark.parametrize(
    ("title", "alias"),
    [
        ('Subject: Child P ("Grace")', "Child P (Grace)"),
        ("Rapid review report - Child P (Grace)", "Child P (Grace)"),
        (
            "Northmoor Partnership - Rapid Review - Child P Northmoor Partnership Rapid Review Child P (Grace)",
            "Child P (Grace)",
        ),
        ("Subject: Child P (deceased)", "Child P"),
    ],
)
def test_a_code_and_name_title_when_the_body_uses_the_code(title: str, alias: str) -> None:
    text = (
        f"Northmoor Safeguarding Partnership\n\n{title}\n\nChild P, aged ten, came to live with a family friend in "
        "2022. In March 2024 P arrived at school with a scalded hand. P told the teacher what had happened.\n"
    )
    assert [c["alias"] for c in child_codes(text)] == [alias]


@pytest.mark.parametrize("title", ["7 Minute Briefing: Baby Nia", "Learning briefing: Baby Nia"])
def test_a_briefing_title_names_the_baby(title: str) -> None:
    text = (
        f"{title}\n\nIn 2024 Baby Nia, who was 15 weeks old, was admitted to hospital with a head injury. Nia was "
        "in the care of her father at the time. Nia lived with her mother.\n"
    )
    assert [c["alias"] for c in child_codes(text)] == ["Baby Nia"]
