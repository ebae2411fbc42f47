"""Round 19 (child flags): a form's field with a dot leader ("CP plan history ...... Previous") is one
statement with its answer, whatever the answer, and a plan field may name what it records ("CP plan
history", "CP plan status"). Made-up reports."""

from __future__ import annotations

import pytest

from caselearn.extract.text import split_sentences
from tests.extract.coding import child_codes


def _child(text: str) -> dict[str, str]:
    return child_codes(text)[0]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("CP plan history ............ Previous - 2017-2019 (neglect), ended on step-down", "previous"),
        ("Child protection plan status ........ Current (emotional abuse) since March 2022", "current"),
        ("CPP history ......... None", "never"),
    ],
)
def test_dot_leader_plan_field(field: str, value: str) -> None:
    text = (
        "RAPID REVIEW: YOUNG PERSON Q\n\n"
        "Name used ............ Young Person Q\n\n"
        "Age ............ 14\n\n"
        f"Placement ........... Foster care Education ...... Year 9 {field} YOT .......... Not known\n\n"
        "Q was found injured in a park in 2023.\n"
    )
    assert _child(text)["cp_plan"] == value


def test_a_leader_does_not_end_the_statement() -> None:
    sents = [s.text for s in split_sentences("Legal status ........ Looked after (2020)\nAge ..... 15\n")]
    assert sents == ["Legal status ........ Looked after (2020)", "Age ..... 15"]


@pytest.mark.parametrize(
    "text",
    [
        # an ellipsis in prose still ends a sentence
        "She said she would ring back... The call never came.",
        # a real full stop after a value
        "The plan ended in 2019. Nothing else was recorded.",
    ],
)
def test_prose_still_splits(text: str) -> None:
    assert len(split_sentences(text)) == 2


@pytest.mark.parametrize(
    "field",
    [
        # the history of a parent, not a plan field of the child
        "Mother ........ was herself the subject of a CP plan as a teenager",
        # a plan field about a sibling who is not a subject
        "Siblings ........ two younger brothers; CP plan history for them: not known",
    ],
)
def test_near_misses_give_no_plan(field: str) -> None:
    text = (
        "RAPID REVIEW: YOUNG PERSON Q\n\n"
        "Name used ............ Young Person Q\n\n"
        "Age ............ 14\n\n"
        f"{field}\n\n"
        "Q was found injured in a park in 2023.\n"
    )
    assert _child(text)["cp_plan"] == "not_known"
