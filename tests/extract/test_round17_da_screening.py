"""Round 17 (family): the domestic-abuse screening question is not a disclosure however it is
written; a numbered action for a service is advice, not this family; the review's own finding
that there was no domestic abuse; a mother's third partner by "Mum's". Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import case_codes

_OPENING = (
    "Local Child Safeguarding Practice Review\n\n"
    "This review concerns Baby Z, a girl aged ten weeks, who was admitted to hospital in 2022. "
)


def _codes(body: str) -> dict[str, str]:
    return case_codes(_OPENING + body + "\n")


@pytest.mark.parametrize(
    "question",
    [
        "- HV new birth visit: father present; asked the DA question separately? No.",
        "The midwife did not make the domestic abuse routine enquiry because the partner was in the room.",
        "DV screening question not asked at booking.",
    ],
)
def test_the_screening_question_is_not_abuse(question: str) -> None:
    assert _codes(question).get("domestic_abuse") != "present"


def test_a_disclosure_at_the_screening_question_still_counts() -> None:
    body = "When asked the DA question alone, the mother disclosed that her partner had hit her."
    assert _codes(body).get("domestic_abuse") == "present"


@pytest.mark.parametrize(
    "action",
    [
        "2. Health visiting service to ensure DA routine enquiry happens with each parent alone.",
        "3) The partnership to commission training on domestic abuse for early years staff.",
        "4: CSC and police to agree a joint approach to notifications of domestic incidents.",
    ],
)
def test_a_numbered_action_for_a_service_is_advice(action: str) -> None:
    assert _codes(action).get("domestic_abuse") != "present"


def test_a_parents_plan_item_is_not_advice() -> None:
    body = "The child protection plan said: 1. Mum to attend the domestic abuse recovery programme after the assault."
    assert _codes(body).get("domestic_abuse") == "present"


@pytest.mark.parametrize(
    "finding",
    [
        "The review does not consider that domestic abuse was present in the household.",
        "The panel did not find that there was domestic violence between the parents.",
        "We do not believe that DA was a feature of this household.",
    ],
)
def test_the_reviews_own_finding_of_no_abuse(finding: str) -> None:
    assert _codes(finding).get("domestic_abuse") == "absent"


def test_the_review_leaving_it_open_is_not_an_absence() -> None:
    body = "The review does not conclude that domestic abuse was present; the evidence is mixed."
    assert _codes(body).get("domestic_abuse") != "absent"


@pytest.mark.parametrize(
    "partner",
    [
        "Mr L is Mum's third partner since 2021.",
        "Ms K's fourth boyfriend in two years moved in during the spring.",
        "He was the mother's second partner since the baby's birth.",
    ],
)
def test_a_mothers_third_partner_is_a_series(partner: str) -> None:
    assert _codes(partner).get("multiple_partners") == "present"


@pytest.mark.parametrize(
    "row",
    [
        "Mr C | half-sister's father | no contact with Baby Z | history of cannabis use",
        "- Mr N (the half-brother's dad): heroin use in 2019; not involved with Baby Z.",
        "Her sibling's father, who has no role in her care, was known to use crack cocaine.",
    ],
)
def test_a_siblings_other_parent_is_not_the_childs(row: str) -> None:
    assert _codes(row).get("parental_drug_misuse") != "present"


def test_the_childs_own_father_still_counts() -> None:
    assert _codes("Baby Z's father had used heroin daily since 2019.").get("parental_drug_misuse") == "present"
