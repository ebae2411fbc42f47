"""Round 11 (family flags): a report's own statement that no agency knew of a parent's drinking or drug
use is ``absent`` in more word orders; in a review of young children such a statement need not name a
parent. A parent's own denial, an open question or "no other information" stays unknown. Made-up
reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import case_codes

OPENING = "Local Child Safeguarding Practice Review\n\n1. Introduction\n\n"
BABY = "Isla was seven months old when she was admitted with a head injury in June 2022. Isla survived. "
TEEN = "Kian was fifteen years old when he was stabbed in June 2022. Kian survived his injuries. "


def substances(sentences: str, child: str = BABY) -> tuple[str, str]:
    codes = case_codes(OPENING + child + sentences)
    return codes["parental_alcohol_misuse"], codes["parental_drug_misuse"]


@pytest.mark.parametrize(
    "sentences",
    [
        "No worries about drinking or drug use had been raised with any agency before Isla was hurt.",
        "No agency held any concerns about his use of drugs or alcohol during the period under review.",
        "Substances: no service had any information suggesting drug or alcohol misuse by Ms P.",
        "In none of the four households was parental alcohol or drug misuse identified by a practitioner.",
        "There is no evidence that Isla's father or Mr V misused drugs or alcohol at any point.",
        "There is no evidence that she misused alcohol or drugs.",
    ],
)
def test_no_agency_knew_of_drinking_or_drugs(sentences: str) -> None:
    assert substances(sentences) == ("absent", "absent")


def test_no_evidence_she_had_ever_used_drugs() -> None:
    assert substances("There is no evidence she had ever used drugs.")[1] == "absent"


@pytest.mark.parametrize(
    "sentences",
    [
        # a teenager's review: a statement naming no one may be the young person's own
        "No concerns about drug or alcohol use were known to any agency before the stabbing.",
        "There is no evidence that he misused alcohol or drugs.",
    ],
)
def test_in_a_teenagers_review_the_parent_must_be_named(sentences: str) -> None:
    assert substances(sentences, TEEN) == ("not_known", "not_known")


@pytest.mark.parametrize(
    "sentences",
    [
        "No agency had any information about alcohol in the home, and the review could not settle it.",
        "Officers thought she had been drinking; the review has no other information about alcohol use.",
        "He had no involvement with substance misuse services before Isla was injured.",
        "She told the health visitor that she did not drink and had never used drugs.",
    ],
)
def test_near_misses_are_not_absent(sentences: str) -> None:
    assert "absent" not in substances(sentences)
