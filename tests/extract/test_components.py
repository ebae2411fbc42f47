"""Unit tests per component, in many voices: prose, terse notes, abbreviations, negation,
hedging, history and attribution."""

from __future__ import annotations

import pytest

from caselearn.codebook import load
from caselearn.extract.age import child_age
from caselearn.extract.agencies import agencies
from caselearn.extract.children import find_children
from caselearn.extract.family import FamilyComponent
from caselearn.extract.model import Extraction
from caselearn.extract.pipeline import Pipeline
from caselearn.extract.sex import child_sex
from caselearn.extract.text import Doc, split_sentences


def run(text: str) -> dict:
    return Pipeline().run(Doc.from_text(text), "t.txt").to_dict()


def case_flags(text: str) -> dict[str, str]:
    result = Extraction("t")
    FamilyComponent()(Doc.from_text(text), result)
    return {k: v.value for k, v in result.case.items()}


def test_sentences_keep_offsets_and_abbreviations():
    text = "Dr. Smith saw Child A. She was well.\n- M: hx anxiety\n- F: no concerns"
    sents = split_sentences(text)
    assert [s.text for s in sents] == ["Dr. Smith saw Child A.", "She was well.", "- M: hx anxiety", "- F: no concerns"]
    assert all(text[s.start : s.end] == s.text for s in sents)


@pytest.mark.parametrize(
    "text, aliases",
    [
        ("Serious Case Review: Baby T\n\n1.1 Baby T was ten weeks old when he died. Baby T lived at home.", ["Baby T"]),
        ('LCSPR\n"Kai"\n\nKai was 16. Kai was exploited. Kai is doing well.', ["Kai"]),
        (
            "Review concerning Ellis and Esme\n\nThe twins, Ellis and Esme, were five months old. "
            "Esme was thin. Ellis too.",
            ["Ellis", "Esme"],
        ),
        (
            "Thematic review\n\nThree girls, called Child A, Child B and Child C, were harmed. "
            "Child B was 14. Child A was 13. "
            "Child C was 16. Child B again.",
            ["Child A", "Child B", "Child C"],
        ),
        ("Thematic Review of Practice\n\nThis is not a review of any individual child's case. Bruising matters.", []),
        ("", []),
    ],
)
def test_children_found_in_order(text, aliases):
    assert [c.alias for c in find_children(Doc.from_text(text))] == aliases


def test_named_sibling_is_not_a_subject():
    text = (
        "National Review: the death of Baby Z\n\nBaby Z died at home. He lived with his half-sister, Kayla, who "
        "was six. Kayla is not a subject of this review. Baby Z was less than a year old."
    )
    assert [c.alias for c in find_children(Doc.from_text(text))] == ["Baby Z"]


@pytest.mark.parametrize(
    "sentence, months, band",
    [
        ("Baby T was ten weeks old when he was found.", 2, "under_1"),
        ("Baby K (7/52) was brought to ED.", 1, "under_1"),
        ("Child R, male, aged 15 years and 11 months at death.", 191, "11_15"),
        ("Baby T was just under three months old.", 2, "under_1"),
        ("Child P was born on 14 March 2012 and died on 2 April 2020.", 96, "6_10"),
        ("Child P was a seven-year-old boy.", 84, "6_10"),
        ("Child P was a teenager of 14 when she died.", 168, "11_15"),
        ("Child P was less than a year old.", None, "under_1"),
    ],
)
def test_age_in_many_forms(sentence, months, band):
    text = "Review: " + sentence.split(" was")[0].split(" (")[0].split(",")[0] + "\n\n" + sentence
    doc = Doc.from_text(text)
    child = find_children(doc)[0]
    got = child_age(doc, child, [])
    assert (got[0], got[1]) == (months, band)


def test_age_of_a_sibling_is_not_the_childs():
    doc = Doc.from_text("Review: Baby T\n\nHis older sister was four years old. Baby T was ten weeks old.")
    assert child_age(doc, find_children(doc)[0], [])[0] == 2


@pytest.mark.parametrize(
    "text, sex",
    [
        ("Review: Baby K\n\nBaby K (male) was seven weeks old.", "male"),
        ("Review: Ruby\n\nRuby was a six-year-old girl who lived with her mother.", "female"),
        ("Review: Child L\n\nChild L was nine. She liked school and her teacher said she was kind.", "female"),
        (
            "Review: Baby E\n\nTo protect the family we do not give the baby's sex. Baby E was loved by their mother.",
            "not_known",
        ),
    ],
)
def test_sex(text, sex):
    doc = Doc.from_text(text)
    s = child_sex(doc, find_children(doc)[0], [])
    assert (s.value if s else "not_known") == sex


def test_negation_gives_absent_only_when_said():
    flags = case_flags(
        "There was no history of domestic abuse known to any agency. Neither parent had any criminal convictions."
    )
    assert flags["domestic_abuse"] == "absent"
    assert flags["parental_criminal_record"] == "absent"
    # silence is not absence
    assert "parental_alcohol_misuse" not in flags


def test_hedging_is_not_present():
    flags = case_flags("It is possible that he had also used cannabis that evening, but this could not be established.")
    assert "parental_drug_misuse" not in flags


def test_attribution_grandmother_and_professionals():
    flags = case_flags("The maternal grandmother had long-standing depression. No professional asked whether he drank.")
    assert "parental_mental_health" not in flags
    assert flags.get("parental_alcohol_misuse") != "absent"


def test_terse_abbreviations():
    flags = case_flags(
        "- M: hx anxiety, GP prescribed sertraline.\n- F: smoked cannabis most days.\n"
        "- Police DA notification sent to MASH."
    )
    assert flags["parental_mental_health"] == "present"
    assert flags["parental_drug_misuse"] == "present"
    assert flags["domestic_abuse"] == "present"


def test_disproved_concern_is_not_present():
    flags = case_flags("A neighbour alleged that the father was drinking heavily; this was later found to be untrue.")
    assert flags.get("parental_alcohol_misuse") != "present"


def test_agency_abbreviations():
    doc = Doc.from_text(
        "The HV and the GP saw the family. CSC held a strategy meeting. CAMHS assessed her. "
        "Police attended a domestic incident in 2019. She attended ED with a cough."
    )
    found = agencies(doc)
    assert set(found.value) >= {"health_visiting", "gp", "childrens_social_care", "camhs", "police", "hospital"}
    assert all(doc.text[s.start : s.end] == s.text for s in found.evidence)


def test_child_flags_respect_age_restrictions():
    text = (
        "Serious Case Review: Baby T\n\nBaby T was ten weeks old when he died. Baby T was described as anxious "
        "by the midwife."
    )
    child = run(text)["children"][0]
    assert child["child_mental_health"]["value"] == "not_known"  # applies from age 6


def test_themes_come_from_findings():
    text = (
        "Review: Child P\n\nChild P was eight.\n\nFindings\n\nThere was a lack of professional curiosity. "
        "Information was not shared between agencies. Father was never seen or assessed by any professional."
    )
    case = run(text)["case"]
    assert case["theme_critical_thinking"]["value"] == "present"
    assert case["theme_information_sharing"]["value"] == "present"
    assert case["theme_invisible_men"]["value"] == "present"


def test_every_variable_present_and_evidence_points_into_the_text():
    text = open_sample()
    data = run(text)
    book = load()
    for level in ("review", "case"):
        assert set(data[level]) == {v.id for v in book.level(level)}
    assert data["children"] and set(data["children"][0]) == {v.id for v in book.level("child")}
    for code in list(data["review"].values()) + list(data["case"].values()) + list(data["children"][0].values()):
        for span in code["evidence"]:
            assert text[span["start"] : span["end"]] == span["text"]


def open_sample() -> str:
    return (
        "HARBOURNE LOCAL SAFEGUARDING CHILDREN BOARD\n\nSerious Case Review: Baby T\n\nPublished: June 2017\n\n"
        "1. Introduction\n\n1.1 This serious case review followed the death of Baby T in November 2015. Harbourne "
        "is in the East Midlands.\n\n1.2 Baby T was ten weeks old when he was found unresponsive in the bed he "
        "shared with his parents. His death was recorded as a sudden unexpected death in infancy (SUDI).\n\n"
        "2. The family\n\nThe family are White British. Father drank heavily at weekends. There was no history of "
        "domestic abuse.\n\n3. Findings\n\nThere was a lack of professional curiosity.\n\n4. Recommendations\n\n"
        "1. Give safer sleep advice to both parents.\n2. Share information.\n"
    )
