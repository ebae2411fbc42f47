"""Round 17 (child flags): the review's own judgement that something was not so ("the review does not
consider that ... was exploited") is a denial, though a professional's failure to consider it is not; a
line spelling an abbreviation out in lower case is a glossary entry; a timeline's present tense "is
excluded for a fixed term" is an exclusion. Made-up reports."""

from __future__ import annotations

import pytest

from caselearn.extract import context
from caselearn.extract.child_flags import _expansion
from tests.extract.coding import child_codes


def _child(text: str) -> dict[str, str]:
    return child_codes(text)[0]


_INTRO = "Learning review: Child S\n\nChild S was fourteen when she was harmed in 2023. "


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The review does not consider that neglect was a feature of her care.", "neglect"),
        ("Having weighed the evidence, the panel did not find that sexual exploitation had occurred.", "sexual"),
        ("We do not think that the DA was ongoing at the time.", "DA"),
    ],
)
def test_the_reviews_own_judgement_is_a_denial(sentence: str, word: str) -> None:
    i = sentence.index(word)
    assert context.negated(sentence, i, i + len(word))


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Professionals did not consider neglect when the child was seen with head lice again.", "neglect"),
        ("The social worker did not recognise that the bruising was physical abuse.", "physical abuse"),
    ],
)
def test_a_failure_to_consider_is_not_a_denial(sentence: str, word: str) -> None:
    i = sentence.index(word)
    assert not context.negated(sentence, i, i + len(word))


def test_a_judged_denial_leaves_the_flag_off() -> None:
    text = _INTRO + "The review does not consider that Child S was sexually exploited.\n"
    assert _child(text).get("child_sexual_exploitation") != "present"


@pytest.mark.parametrize(
    ("line", "glossary"),
    [
        ("CSE: child sexual exploitation.", True),
        ("YOT - youth offending team", True),
        ("EHE = elective home education", True),
        ("CSE: concerns raised by school in 2022", False),
        ("ADHD: diagnosed at eight", False),
    ],
)
def test_a_lower_case_expansion_is_a_glossary_line(line: str, glossary: bool) -> None:
    assert _expansion(line) is glossary


@pytest.mark.parametrize(
    "sentence",
    [
        "March 2023: Child S is excluded for a fixed term after a fight.",
        "- Oct 2022 - is excluded from school for five days (assault on a peer)",
        "In the spring term Child S is twice excluded for disruption in lessons.",
    ],
)
def test_a_timeline_exclusion_in_the_present_tense(sentence: str) -> None:
    assert _child(_INTRO + sentence + "\n").get("behaviour_problems") == "present"


def test_excluded_from_a_meeting_is_no_exclusion() -> None:
    text = _INTRO + "Her father is excluded from the strategy meeting.\n"
    assert _child(text).get("behaviour_problems") != "present"
