"""Round 15, death and harm categories: a category the review states in a template field or in prose
("Categorised as ... neglect", "the panel classified the abuse as intra-familial child sexual abuse"),
not the category of a child protection plan; and a death from untreated sores or wounds is extreme
neglect. All text is invented for the tests."""

from __future__ import annotations

from caselearn.extract.outcome import _death_category, _stated
from caselearn.extract.text import Doc


def stated(text: str) -> str | None:
    doc = Doc.from_text(text)
    found = _stated(doc, list(range(len(doc.sentences))))
    return found[0] if found else None


def death(text: str, months: int | None = 120) -> str | None:
    doc = Doc.from_text(text)
    found = _death_category(doc, list(range(len(doc.sentences))), months)
    return found[0] if found else None


def test_bare_categorised_as_field() -> None:
    assert stated("Harm .......... swallowed a parent's tablets\nCategorised as ... neglect (unsafe storage)") == (
        "neglect"
    )
    assert stated("The incident was classified as neglect by the rapid review.") == "neglect"
    assert stated("Categorised as: physical abuse (NAI)") == "physical_abuse"


def test_categorised_the_harm_as_family_sexual_abuse() -> None:
    assert stated("The panel categorised the harm as intrafamilial child sexual abuse.") == (
        "sexual_abuse_intrafamilial"
    )
    assert stated("Police and CSC classified it as intra-familial sexual abuse from the outset.") == (
        "sexual_abuse_intrafamilial"
    )
    assert stated("The LA recorded the abuse as extra-familial child sexual abuse by an adult known online.") == (
        "sexual_abuse_extrafamilial"
    )


def test_plan_category_is_not_the_harm() -> None:
    assert stated("She had been on a CP plan from 2019, categorised as neglect, which ended in 2020.") is None
    assert stated("The children were registered in 2018 and classified as emotional abuse.") is None


def test_negated_category_does_not_count() -> None:
    assert stated("The harm was not categorised as neglect.") is None


def test_death_from_untreated_sores_or_wounds_is_extreme_neglect() -> None:
    assert death("Jay died in hospital of sepsis from untreated pressure sores.") == "extreme_neglect"
    assert death("The post-mortem found infected, untreated wounds and ulcers; she died of the infection.") == (
        "extreme_neglect"
    )
    assert death("Cause of death: septicaemia - untreated dental abscesses.") == "extreme_neglect"


def test_treated_sores_are_not_extreme_neglect() -> None:
    assert death("He died of pneumonia; the sores had been treated by the district nurse.") != "extreme_neglect"
