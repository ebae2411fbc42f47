"""Round 20 (agencies): the hospital's part in the incident (its doctors' findings on the injuries, its
response on the day) and a parent's psychiatric admission are not the hospital in contact with the
family before the incident. All text invented for the tests."""

from __future__ import annotations

import pytest

from caselearn.extract.agencies import agencies
from caselearn.extract.text import Doc


def found(text: str, year: int | None = 2023) -> set[str]:
    s = agencies(Doc.from_text(text), year)
    return set(s.value) if s else set()


_GP = "The GP saw the mother with low mood twice in 2022.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        # the doctors' findings, formal and terse
        "The consultant paediatrician's view was that the fractures had been inflicted by forceful gripping.",
        "- Paediatrician: bruising 'highly suggestive of non-accidental injury'; found on examination.",
        "A hospital doctor raised concerns that the injuries did not fit the account given.",
        # the response on the day
        "Good practice: ED clinicians recognised the significance of the burn and referred at once.",
        "The emergency department's response was swift and the strategy discussion took place within hours.",
        # a parent's psychiatric admission
        "The mother had two admissions to a psychiatric unit at Northgate Hospital in 2019 and 2020.",
        "Her father was detained under the Mental Health Act and is still in hospital.",
    ],
)
def test_hospital_without_contact_before_the_incident(sentence: str) -> None:
    assert "hospital" not in found(_GP + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # earlier attendances still count
        "In 2021 the paediatrician found a small bruise on the baby's ear and accepted the mother's account.",
        "Q had attended the ED three times before with minor injuries.",
        "She was seen in the fracture clinic in June 2022 after a fall from a trampoline.",
    ],
)
def test_hospital_contact_before_the_incident(sentence: str) -> None:
    assert "hospital" in found(_GP + sentence)
