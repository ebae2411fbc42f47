"""Round 10: burns or a fracture that follow an accident the review itself describes (a fall from a
window, a household chemical or a carer's medicine swallowed) are not a cue for physical abuse; a
carer's account of a fall and an injury said to be inflicted still are. Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes

OPENING = "Local Child Safeguarding Practice Review\n\n1. Introduction\n\n"


def harm(text: str) -> list[str]:
    return [c["harm_category"] for c in child_codes(OPENING + text)]


@pytest.mark.parametrize(
    "text",
    [
        # long formal prose
        "This review concerns Child K, a boy aged three. In March 2023 Child K climbed onto a bed and fell from "
        "an open upstairs window onto the pavement below. Paramedics took him to hospital, where a fractured "
        "skull and a fractured wrist were found. Professionals had long been worried about neglect of the "
        "children and the poor supervision at home.",
        # terse template fields
        "Subject: Child K (boy, 2).\nIncident: ingested drain cleaner stored in a lemonade bottle on the floor.\n"
        "Injuries: severe burns to mouth and throat.\nBackground: CIN plan for neglect; HV concerns about "
        "home conditions.",
        # health voice, a carer's medicine
        "Child K, aged 20 months, was taken to ED after he swallowed his mother's tablets left on a low table. "
        "He had burns to his lips from the packaging solvent. The HV had recorded neglect of the home and "
        "missed health appointments.",
    ],
)
def test_injury_after_accident_is_not_physical_abuse(text):
    assert "physical_abuse" not in harm(text)


@pytest.mark.parametrize(
    "text",
    [
        # a carer's account of a fall is not the review's finding
        "Child K, aged four months, was brought to hospital with a fractured femur and bruising. The father said "
        "he had fallen out of the bedroom window, but the paediatrician did not accept this.",
        # an injury said to be inflicted, even near a fall
        "Child K, a baby of five months, was admitted with rib fractures judged to be non-accidental. Police "
        "charged the stepfather with causing grievous bodily harm.",
        # bruising with no accident described
        "Child K, aged two, was seen at nursery with bruising to both cheeks and a burn to the hand. A CP "
        "medical found the injuries were inflicted.",
    ],
)
def test_inflicted_injury_stays_physical_abuse(text):
    assert harm(text) == ["physical_abuse"]
