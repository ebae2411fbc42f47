"""Round 13 (parents' circumstances in a review of a teenager): a key-facts field headed by the parent
("Birth mother: alcohol dependency", "Biological father - heroin user") names whose problem it is, as
"Mother:" already did. The young person's own drinking, or another adult's, does not count. Made-up
reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import case_codes

OPENING = "Local Child Safeguarding Practice Review\n\n2. Key facts\n\n"
TEEN = "Jaz was 14 years old and a looked after child when she was seriously injured in March 2023. Jaz survived. "


def _case(sentences: str) -> dict[str, str]:
    return case_codes(OPENING + TEEN + "\n\n" + sentences)


@pytest.mark.parametrize(
    ("sentences", "variable"),
    [
        ("- Birth mother: long-standing alcohol dependency; two detox admissions.", "parental_alcohol_misuse"),
        ("Biological father - dependent drinker, known to the community alcohol team.", "parental_alcohol_misuse"),
        ("Birth mother: diagnosed with bipolar disorder in 2015; under the CMHT.", "parental_mental_health"),
        ("Birth parents: both heroin users at the time of the care proceedings.", "parental_drug_misuse"),
    ],
)
def test_a_parent_field_names_the_holder(sentences: str, variable: str) -> None:
    assert _case(sentences)[variable] == "present"


@pytest.mark.parametrize(
    ("sentences", "variable"),
    [
        # the young person's own drinking
        (
            "- Jaz: alcohol use at weekends with older peers; referred to the young people's substance team.",
            "parental_alcohol_misuse",
        ),
        # the carer, not a birth parent
        ("Foster carer: no concerns; Jaz drank alcohol at a party in February.", "parental_alcohol_misuse"),
    ],
)
def test_not_the_parents(sentences: str, variable: str) -> None:
    assert _case(sentences)[variable] != "present"
