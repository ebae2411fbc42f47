"""Round 13 (living at home): an earlier spell told in another clause of the sentence ("lives with her
father; her parents split up when she was little") does not date where the child lived; a spell in the
same clause still does. A child who was "ingesting"/"swallowing" something at home was at home. Made-up
reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes

OPENING = "Local Child Safeguarding Practice Review\n\n1. Introduction\n\n"
BOY = "Rafi was twelve when he was admitted to hospital after an overdose in April 2023. Rafi survived. "
TODDLER = "Bo was two when he was admitted to intensive care in July 2022. Bo survived. "


def home(opening: str, sentences: str) -> str:
    return child_codes(OPENING + opening + sentences)[0].get("living_at_home", "not_known")


@pytest.mark.parametrize(
    "sentences",
    [
        "Rafi lives with his father and stepmother; his parents separated when he was little and his "
        "mother moved to Spain.",
        "- Household: Rafi lives with his dad and PGM; M left when he was a baby (DA).",
        "He lived with his mother and two sisters, and the police had attended the address when he was "
        "younger; his father had no contact.",
    ],
)
def test_an_earlier_spell_in_another_clause(sentences: str) -> None:
    assert home(BOY, sentences) == "present"


@pytest.mark.parametrize(
    "sentences",
    [
        # the spell is the living arrangement itself
        "Rafi lived with his grandmother when he was little.",
        "When he was younger Rafi lived with his father in Leeds.",
        # after the incident
        "Rafi is now living with foster carers.",
    ],
)
def test_a_spell_of_its_own_or_after(sentences: str) -> None:
    assert home(BOY, sentences) != "present"


@pytest.mark.parametrize(
    "sentences",
    [
        "The ambulance crew were told Bo had been ingesting cleaning fluid at home.",
        "- PICU admission: ingesting M's methadone at home (DAS aware).",
        "Police were told that the toddler had been ingesting tablets from an unlocked cupboard at home.",
    ],
)
def test_ingesting_at_home(sentences: str) -> None:
    assert home(TODDLER, sentences) == "present"


def test_ingesting_at_someone_elses_home() -> None:
    assert home(TODDLER, "Bo was ingesting tablets at the home of a family friend.") != "present"
