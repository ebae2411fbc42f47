"""Round 20: a bare injury word ("burns", "a fracture") is a sign of physical abuse only when the child's story does
not already say how the injury came about without anyone's blow: a fire or a pan that caught fire, a burn that
became infected or was never treated, a condition left untreated. A story with any word of an inflicted injury keeps
the injuries as abuse. Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes

OPENING = "Local Child Safeguarding Practice Review\n\n1. Introduction\n\n"


def codes(text: str, variable: str) -> list[str]:
    return [c[variable] for c in child_codes(OPENING + text)]


@pytest.mark.parametrize(
    "text",
    [
        "The review was commissioned after a fire at the family's flat in March 2023. Child F, aged 9, suffered "
        "burns to his legs and needed skin grafts. The fire started from a candle left burning beside a heap of "
        "clothes. The children had been on CP plans for neglect.",
        "Subject: Child F (boy, 9)\nIncident: burns (15% TBSA), skin grafts\nHow: chip pan caught fire while mum "
        "was asleep; Child F was cooking tea\nCP plan: current (neglect)",
        "Child F, aged 9, was seen by the school nurse with a large burn on his arm, which had become infected. "
        "No medical treatment had been sought. He had been on a child protection plan for neglect since 2021.",
        "Child F (9) was admitted with an untreated fracture of the wrist and severe dental decay; the burns on "
        "his hand were several weeks old. The family were known to CSC for neglect.",
    ],
)
def test_injury_explained_without_a_blow_is_neglect(text):
    assert codes(text, "harm_category") == ["neglect"]


@pytest.mark.parametrize(
    "text",
    [
        # an inflicted injury anywhere in the story keeps the injuries as abuse
        "Child F, aged 9, was admitted with burns to both feet. No treatment had been sought for two days. The "
        "paediatrician concluded that the burns were inflicted by immersion in hot water.",
        # a parent's account of an accident is not the review's
        "Baby F (4 months) was taken to the ED with burns to the hand and rib fractures. His mother said the "
        "kettle caught fire. A skeletal survey found older fractures and the CP medical found non-accidental injury.",
        "Child F (9) had bruising to his face and back. Police arrested the stepfather, who admitted he had hit "
        "him with a belt. The family were known to CSC for neglect; Child F's untreated eczema was noted.",
    ],
)
def test_inflicted_injuries_stay_physical_abuse(text):
    assert codes(text, "harm_category") == ["physical_abuse"]


@pytest.mark.parametrize(
    "text",
    [
        "The Board decided that the case met the criteria because Child J, aged 12, had been seriously harmed "
        "through neglect: she was admitted below the 2nd centile with infected sores.",
        "Child J (12): admitted to hospital, weight below 0.4th centile. The LSCP agreed J was harmed through "
        "neglect by her kinship carers.",
        "Child J, 12, was found to have been seriously harmed through chronic neglect; she had not been brought to "
        "the dentist for four years and had lost weight.",
    ],
)
def test_harmed_through_neglect_is_stated(text):
    assert codes(text, "harm_category") == ["neglect"]
