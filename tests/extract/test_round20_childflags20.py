"""Round 20 (child flags): whose flag, whose service and which time. Made-up reports, each phrasing written
for these tests."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes


def _child(text: str) -> dict[str, str]:
    return child_codes(text)[0]


# -- a child named together with a sibling shares what the sentence says of both ---------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Tamsin and her two younger brothers were made subject to child protection plans for neglect in 2019.",
        "- Tamsin & her half-sister: CP plans (cat. neglect) 2017-2019",
        "Between 2016 and 2018 Tamsin and her older sister were the subject of plans under the category of neglect.",
    ],
)
def test_a_child_joined_to_a_sibling_holds_the_flag(said: str) -> None:
    text = (
        "Local Child Safeguarding Practice Review\n\n"
        "This review concerns Tamsin, who was 14 when she was found in a flat with two adult men in 2023. "
        f"{said} Tamsin lived with her mother.\n"
    )
    assert _child(text).get("neglect_feature") == "present"


@pytest.mark.parametrize(
    "said",
    [
        "Her older brother was made subject to a child protection plan for neglect in 2009, before she was born.",
        "Her half-brother and his sister had been on plans for neglect while they lived with their father.",
    ],
)
def test_a_siblings_own_plan_is_not_the_childs(said: str) -> None:
    text = (
        "Local Child Safeguarding Practice Review\n\n"
        "This review concerns Tamsin, who was 14 when she was found in a flat with two adult men in 2023. "
        f"{said} Tamsin lived with her mother.\n"
    )
    assert _child(text).get("neglect_feature") != "present"
