"""A conviction, sentence or inquest named in the sentence that tells the incident comes after it:
its year is not the incident's."""

from __future__ import annotations

import pytest

from caselearn.extract.pipeline import Pipeline
from caselearn.extract.text import Doc


def year(text: str):
    return Pipeline().run(Doc.from_text(text), "t.txt").to_dict()["review"]["incident_year"]["value"]


@pytest.mark.parametrize(
    "opening",
    [
        "Child R died on 4 May 2016 after being stabbed near his school by an older youth who was convicted of "
        "manslaughter in 2017.",
        "Baby T was admitted to hospital with a head injury in March 2016; her father was sentenced in 2018 for "
        "causing grievous bodily harm.",
        "Died 02/09/2016 (shot in a car park). Inquest 2017 found unlawful killing.",
    ],
)
def test_aftermath_year_is_not_the_incident(opening: str) -> None:
    text = f"Serious Case Review: Child R\n\n1. Circumstances\n\n{opening} The review looked at the two years before.\n"
    assert year(text) == 2016
