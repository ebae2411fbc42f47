"""Round 17 (child flags): a sentence that gives each subject child its own item after a colon or a dash
("...: Ava through X, Ben through Y") gives each item to the child it names, and an opening half that
offers alternatives ("excluded or withdrawn") to none of them until an item says which. Made-up reports."""

from __future__ import annotations

import pytest

from caselearn.extract.child_flags import list_item_owner
from tests.extract.coding import child_codes

_HEAD = (
    "Thematic review: young people outside school\n\n1. Introduction\n\nThe partners brought three rapid "
    "reviews together. The young people are called here Young Person 1 (Jonah), Young Person 2 (Tyler) and "
    "Young Person 3 (Maisie); these are not their real names.\n\n2. The young people\n\n"
    "Jonah was fifteen and lived with his father. Tyler was fourteen and lived with his aunt. Maisie was "
    "thirteen and lived with her mother.\n\n3. Findings\n\n"
)


def _by_name(text: str) -> dict[str, dict[str, str]]:
    out = {}
    for c in child_codes(text):
        out[c["alias"].split()[-1].strip("()")] = c
    return out


@pytest.mark.parametrize(
    "sentence",
    [
        # long formal prose
        "Each young person had been excluded or had stopped attending school well before the "
        "incidents: Jonah by way of a fixed-term exclusion, Tyler by drifting away from his college course, "
        "and Maisie by elective home education arranged by her mother.\n",
        # terse, with a dash and semicolons
        "Education - all out of school or excluded at the time - Jonah: not on roll; Tyler: NEET; "
        "Maisie: EHE from Year 7.\n",
        # abbreviations, CSC voice
        "Loss of school (exclusion or EHE) was common to all three: Jonah, a permanent exclusion in 2021; "
        "Tyler, a managed move that broke down; Maisie, withdrawn by her mum to home education.\n",
    ],
)
def test_each_item_goes_to_the_child_it_names(sentence: str) -> None:
    children = _by_name(_HEAD + sentence)
    assert children["Maisie"].get("elective_home_education") == "present"
    assert children["Jonah"].get("elective_home_education") != "present"
    assert children["Tyler"].get("elective_home_education") != "present"
    assert children["Tyler"].get("behaviour_problems") != "present"
    assert children["Maisie"].get("behaviour_problems") != "present"


def test_a_head_with_no_alternatives_still_holds_for_every_child() -> None:
    text = (
        "The three young people had all been home educated: Jonah since 2019, Tyler since 2020 and Maisie since 2021.\n"
    )
    children = _by_name(_HEAD + text)
    assert {c.get("elective_home_education") for c in children.values()} == {"present"}


@pytest.mark.parametrize(
    ("text", "pos_word", "owner"),
    [
        ("Each was excluded or withdrawn: Ava through exclusion, Ben through home education.", "home", "Ben"),
        ("Each was excluded or withdrawn: Ava through exclusion, Ben through home education.", "excluded", ""),
        ("All were home educated: Ava from 2019 and Ben from 2020.", "home", None),
        # one child named after the colon: no list of items
        ("The review notes: Ava was home educated and saw no one.", "home", None),
        # no colon: the sentence is not a list of items
        ("Ava, Ben and their mother lived in a flat where Ben was home educated.", "home", None),
    ],
)
def test_list_item_owner(text: str, pos_word: str, owner: str | None) -> None:
    assert list_item_owner(text, text.index(pos_word), ("Ava", "Ben")) == owner
