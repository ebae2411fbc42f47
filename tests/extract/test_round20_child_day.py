"""Round 20 (themes): what the child's day or life was like, with its place, company or time between
the words ("what life at home was like", "what an ordinary day was like for Child S", "what a day in
her life actually looked like"), is the child's daily life. All text invented for the tests."""

from __future__ import annotations

import pytest

from caselearn.extract.pipeline import Pipeline
from caselearn.extract.text import Doc

_PIPELINE = Pipeline()


def theme(findings: str) -> str:
    text = (
        "Learning review: Child Q\n\n1. Introduction\n\nChild Q was four years old.\n\n"
        f"4. Findings\n\n{findings}\n\n5. Recommendations\n\n"
        "1. The partnership should remind staff of the escalation policy.\n"
    )
    case = _PIPELINE.run(Doc.from_text(text)).to_dict()["case"]
    return case.get("theme_child_daily_life", {}).get("value", "not_known")


@pytest.mark.parametrize(
    "sentence",
    [
        # long formal prose
        "Over three years of contact, practitioners seldom stopped to ask Q what life at home was like.",
        "The records describe the mother's appointments in detail but none describes what an ordinary day "
        "was like for Child Q.",
        # terse notes
        "- No one pictured what Q's days in the flat were like (no nursery, no visitors).",
        # health voice
        "HV contacts were by phone; nobody could say what a day in Q's life actually looked like.",
        "What his life was like - hungry, cold, often alone - was not known to any agency.",
    ],
)
def test_what_the_childs_day_was_like(sentence: str) -> None:
    assert theme(sentence) == "present"


@pytest.mark.parametrize(
    "sentence",
    [
        # a parent's day, or the service's
        "The social worker asked Mother what her day was like with a new baby and no support.",
        "The reviewer asked what the GP practice was like to work in during the pandemic.",
        # the child's day described well
        "The health visitor wrote a vivid account of Q's routine and was clear about his needs.",
    ],
)
def test_not_the_childs_day(sentence: str) -> None:
    assert theme(sentence) != "present"
