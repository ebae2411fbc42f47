"""Round 15, death and harm categories: a category the review states in a template field or in prose
("Categorised as ... neglect", "the panel classified the abuse as intra-familial child sexual abuse"),
not the category of a child protection plan; and a death from untreated sores or wounds is extreme
neglect. All text is invented for the tests."""

from __future__ import annotations

from caselearn.extract.death_category import _death_category
from caselearn.extract.harm_category import _stated
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


def test_review_classified_the_death_as_sudi_even_with_an_older_age() -> None:
    # the age read for the child may be someone else's; the review's own classification says infancy
    for text in (
        "Ruby was found unresponsive. The death was recorded as a sudden unexpected death in infancy.",
        "Ruby died at home.\nCDOP classified the death as SUDI - unsafe sleep a contributory factor.",
        "Ruby died in her sleep; the coroner certified it as sudden infant death syndrome.",
    ):
        assert death(text, months=156) == "sudi", text


def test_sudi_first_thought_or_denied_keeps_the_age_rule() -> None:
    assert death("Initially the death was recorded as a SUDI; the post-mortem found no cause.", months=156) != "sudi"
    assert death("The death was not classified as SUDI; no cause was found.", months=60) != "sudi"


def neglect_cue(text: str) -> str | None:
    from caselearn.extract.harm_category import _category
    from caselearn.extract.outcome_data import _data

    doc = Doc.from_text(text)
    found = _category(doc, list(range(len(doc.sentences))), _data()["harm_category"])
    return found[0] if found else None


def test_failure_to_meet_basic_needs_and_pressure_ulcers_are_neglect() -> None:
    assert neglect_cue("Clinicians said his state was the result of a failure to meet his basic care needs.") == (
        "neglect"
    )
    assert neglect_cue("Admitted to hospital with two grade 3 pressure ulcers and a chest infection.") == "neglect"
    assert neglect_cue("- staff had failed to meet her health needs for weeks (HV and GP both aware)") == "neglect"


def test_denied_neglect_cues_do_not_count() -> None:
    assert neglect_cue("There were no pressure ulcers and no sign of a failure to meet his needs.") is None


def harm_of(text: str) -> list[object]:
    from caselearn.extract.pipeline import default_pipeline

    result = default_pipeline().run(Doc.from_text(text), "test.txt")
    return [c.codes["harm_category"].value for c in result.children if "harm_category" in c.codes]


def test_young_child_swallowing_a_carers_medicine_is_neglect_without_a_plan() -> None:
    for text in (
        "Rapid review: Child D\n\nChild D, aged two, swallowed his mother's methadone at home in May 2023 and "
        "was treated in PICU. He has made a full recovery. The family had never had a child protection plan.",
        "Child D (20 months) - serious harm\n\nIngestion of the father's prescribed tablets; taken to ED by ambulance, "
        "PICU for two days, full recovery.",
    ):
        assert harm_of(text) == ["neglect"], text


def test_teenage_overdose_stays_other_harm() -> None:
    text = (
        "Rapid review: Child D\n\nChild D, aged 15, took an overdose of her mother's tablets in May 2023 and was "
        "treated in intensive care. She has made a full recovery."
    )
    assert harm_of(text) != ["neglect"]


def sexual(text: str) -> str | None:
    from caselearn.extract.harm_category import _category
    from caselearn.extract.outcome_data import _data

    doc = Doc.from_text(text)
    found = _category(doc, list(range(len(doc.sentences))), _data()["harm_category"])
    return found[0] if found else None


def test_the_person_told_is_not_the_abuser() -> None:
    for text in (
        "In March 2021 Mia, then ten, told a teacher that her stepfather had been sexually abusing her.",
        "Mia disclosed to a youth worker that her mother's partner had raped her on several occasions.",
        "- disclosure to a school nurse: uncle sexually assaulted her at weekends (police informed)",
    ):
        assert sexual(text) == "sexual_abuse_intrafamilial", text


def test_an_outsider_who_abused_the_child_is_still_extrafamilial() -> None:
    assert sexual("A neighbour had been sexually abusing her since she was nine.") == "sexual_abuse_extrafamilial"


def test_an_adults_image_offence_is_not_the_childs_harm() -> None:
    text = (
        "Her stepfather had been sexually abusing her for two years. He had a caution from 2012 for possession "
        "of indecent images of children. Police later found possessing indecent images had been repeated."
    )
    assert sexual(text) == "sexual_abuse_intrafamilial"
    # images made of the child herself remain her harm
    assert sexual("A man she met online persuaded her to send him indecent images.") == "sexual_abuse_extrafamilial"
