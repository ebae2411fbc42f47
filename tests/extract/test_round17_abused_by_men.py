"""Round 17 (outcome, second pass): a girl or boy sexually abused "by men" (a bare plural, several adult abusers) is
sexually exploited, even where drug running is told too; one man is not a group. Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes


def _child(text: str) -> dict[str, str]:
    return child_codes(text)[0]


@pytest.mark.parametrize(
    "said",
    [
        "In November she was found in a flat in another town, having been raped by men linked to the drug line.",
        "Incident (Nov 2021): Tia located at an address in Leeds; sexually abused by older men who supplied her "
        "with cannabis.",
        "Police later established that Tia had been repeatedly sexually assaulted by adult males at a flat used by "
        "the gang.",
    ],
)
def test_abuse_by_men_is_sexual_exploitation(said: str) -> None:
    text = (
        "Child Safeguarding Practice Review: Tia\n\n"
        "Tia, 14, went missing several times in 2021. Police intelligence suggested she was carrying drugs for an "
        f"older boy. {said}\n"
    )
    child = _child(text)
    assert child["outcome"] == "serious_harm"
    assert child["harm_category"] == "sexual_exploitation"


@pytest.mark.parametrize(
    "said",
    [
        "In November Tia disclosed that she had been raped by a man she met at a bus station.",
        "Tia was sexually assaulted by an adult male she had met online.",
        "Incident: Tia sexually abused by a man known to the family.",
    ],
)
def test_abuse_by_one_man_is_not_a_group(said: str) -> None:
    text = (
        "Child Safeguarding Practice Review: Tia\n\n"
        f"Tia, 14, lived with her mother and two brothers. {said} She was supported by the ISVA service.\n"
    )
    child = _child(text)
    assert child["outcome"] == "serious_harm"
    assert child["harm_category"] == "sexual_abuse_extrafamilial"
