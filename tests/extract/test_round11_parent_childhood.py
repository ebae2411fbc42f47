"""Round 11 (family flags): a parent's own adverse childhood told as contact with children's services
wherever they were, a child protection plan or registration, a childhood "of" violence, or time in a
local authority's care; a parent named with the child's code ("Child R's mother") holds what the next
sentence says. Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import case_codes

OPENING = "Serious Case Review\n\n3. Family background\n\n"
BABY = "Ruby was ten weeks old when she suffered a brain injury in May 2021. Ruby survived. "
LOOKED_AFTER = (
    "Child T was fourteen years old and a looked after child in foster care when she was seriously "
    "assaulted in May 2021. Child T survived. "
)


def childhood(sentences: str, child: str = BABY) -> tuple[str, str]:
    codes = case_codes(OPENING + child + "\n\n" + sentences)
    return codes["parental_aces"], codes["parent_care_leaver"]


@pytest.mark.parametrize(
    "sentences",
    [
        "Ruby's mother was herself known to Eastport Children's Services as a child.",
        "Ms D was known to children's social care in Harlow as a teenager.",
        "- Mum: subject to a CP plan (neglect) as a child, other LA",
        "Ruby's father and his brothers were the subject of child protection registration in the 1990s.",
        "Ruby's mother is 20. She has spoken of a childhood of fear and neglect.",
        "Ruby's mother is 20. She described her upbringing as one in which her stepfather was violent.",
        "Ruby's father was the subject of a child protection plan for neglect between the ages of 4 and 8.",
    ],
)
def test_a_parents_adverse_childhood(sentences: str) -> None:
    assert childhood(sentences)[0] == "present"


@pytest.mark.parametrize(
    "sentences",
    [
        "Ruby's mother was looked after by another local authority from the age of 13 and had support "
        "from its leaving care team until she was 21.",
        "Ruby's mother had herself grown up in foster and residential care.",
    ],
)
def test_a_parent_in_care_until_adulthood(sentences: str) -> None:
    assert childhood(sentences) == ("present", "present")


def test_child_code_names_the_parent_for_the_next_sentence() -> None:
    sentences = (
        "Child T's mother was 17 when Child T was born. She grew up in care from the age of ten and was a "
        "care leaver supported by a personal adviser."
    )
    assert childhood(sentences, LOOKED_AFTER) == ("present", "present")


@pytest.mark.parametrize(
    "sentences",
    [
        # the subject child's own services and history, not a parent's
        "Ruby was known to children's social care as a baby because of concerns about her weight.",
        "Ruby was made subject to a child protection plan for neglect after her injury.",
        "The family were known to children's social care as a child in need case in 2019.",
    ],
)
def test_the_childs_own_history_is_not_a_parents(sentences: str) -> None:
    assert childhood(sentences) == ("not_known", "not_known")
