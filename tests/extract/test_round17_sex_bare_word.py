"""Round 17 (sex): a bare "Boy." or "Girl," of its own in a key-facts line after the child's age or date
of birth, and the near-misses where "a boy" is someone else. Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes


def _sex(text: str) -> object:
    return child_codes(text)[0].get("sex", "not_known")


@pytest.mark.parametrize(
    ("line", "sex"),
    [
        ("Subject: Child W (DOB not given), aged 6 at the time of the referral. Girl. Mixed heritage.", "female"),
        ("Child W - DOB 03/2017; boy; lives with mum + MGM", "male"),
        ("Child W, born in 2016, Boy", "male"),
    ],
)
def test_a_bare_sex_word_after_the_age_in_key_facts(line: str, sex: str) -> None:
    text = "Rapid review: Child W\n\n" + line + "\n\nChild W was seen by the GP in 2023. CSC were informed.\n"
    assert _sex(text) == sex


@pytest.mark.parametrize(
    "line",
    [
        "Child W, aged 15, had been talking online to a boy.",
        "Child W, aged 6, was hit by an older boy at school.",
    ],
)
def test_someone_elses_boy_is_not_the_childs_sex(line: str) -> None:
    text = "Rapid review: Child W\n\n" + line + "\n\nChild W was seen by the GP in 2023. CSC were informed.\n"
    assert _sex(text) == "not_known"
