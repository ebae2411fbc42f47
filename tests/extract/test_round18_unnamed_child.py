"""Round 18 (lead, from probes-v1): a summary that never names its one subject child ("A baby under the age of
one died suddenly ...") still codes that child, with the alias not known; a thematic review's children do
not make one. Made-up reports."""

from __future__ import annotations

from tests.extract.coding import child_codes


def test_an_unnamed_baby_in_a_national_summary_entry() -> None:
    text = (
        "National review summary entry\nHolmfirth Vale Safeguarding Children Partnership, rapid review 2024\n"
        "A baby under the age of one died suddenly and unexpectedly at home in March 2024 after sharing a sofa with "
        "a parent who had been drinking. The baby's sex is not given in the summary.\n"
    )
    (child,) = child_codes(text)
    assert (child["alias"], child["age_band"], child["outcome"], child["death_category"]) == (
        "not_known",
        "under_1",
        "death",
        "sudi",
    )


def test_an_unnamed_teenager_in_a_rapid_review_opening() -> None:
    text = (
        "Rapid review 2023 - summary for the Panel\n\nThe young person, aged 15, was seriously injured in 2023 when "
        "he was stabbed by two older youths. The young person had been missing from home for three days.\n"
    )
    (child,) = child_codes(text)
    assert (child["alias"], child["age_months"], child["sex"], child["outcome"]) == (
        "not_known",
        180,
        "male",
        "serious_harm",
    )


def test_a_thematic_review_has_no_unnamed_subject() -> None:
    text = (
        "Thematic review: babies and unsafe sleep\n\nThis thematic review looked at six deaths. A baby in one family "
        "died after co-sleeping; the other cases were similar.\n"
    )
    assert child_codes(text) == []
