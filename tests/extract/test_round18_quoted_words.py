"""Round 18: a word in quotation marks ("supportive", 'helpful') between a man and what was not done
to him still reads as one finding. All text here is invented for the tests."""

from __future__ import annotations

import pytest

from caselearn.extract.pipeline import Pipeline
from caselearn.extract.text import Doc

_PIPELINE = Pipeline()


def men(findings: str) -> str | None:
    text = (
        "Learning review: Child V\n\n1. Introduction\n\nChild V was six years old.\n\n"
        f"4. Findings\n\n{findings}\n\n5. Recommendations\n\n"
        "1. The partnership should remind staff of the escalation policy.\n"
    )
    case = _PIPELINE.run(Doc.from_text(text)).to_dict()["case"]
    return case.get("theme_invisible_men", {}).get("value")


@pytest.mark.parametrize(
    "sentence",
    [
        'The stepfather, noted in the file as "a positive influence", was never assessed by any agency.',
        "- Dad - recorded as “helpful” by the HV, never seen or assessed.",
        'Mr B was minuted by CSC as "engaged" but never asked about his drinking.',
    ],
)
def test_a_quoted_word_does_not_break_the_finding(sentence: str) -> None:
    assert men(sentence) == "present"


@pytest.mark.parametrize(
    "sentence",
    [
        'The father, described by staff as "reliable", was seen at every visit and assessed in full.',
        'The mother said her own father had "never been seen" by a doctor in his life.',
    ],
)
def test_near_misses_stay_quiet(sentence: str) -> None:
    assert men(sentence) != "present"
