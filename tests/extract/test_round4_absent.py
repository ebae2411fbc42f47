"""Round 4: `absent` only from an explicit statement about the right person at the right time
(CODEBOOK.md). Short made-up reports in several voices; each sentence below must NOT give
`absent` (when in doubt, not_known), and a few plain statements still must."""

from __future__ import annotations

import pytest

from caselearn.extract.pipeline import Pipeline
from caselearn.extract.text import Doc

OPENING = "Local Child Safeguarding Practice Review\n\n1. Introduction\n\n"
GIRL = "Maya was 14 years old when she was seriously assaulted in March 2022. Maya lived with her mother. "
BABY = "Noah was ten weeks old when he was admitted to hospital with a skull fracture in 2021. Noah survived. "


def run(text: str) -> dict:
    return Pipeline().run(Doc.from_text(text), "t.txt").to_dict()


def child_codes(text: str) -> dict[str, str]:
    out = run(text)
    assert out["children"], "no subject child found"
    return {k: v["value"] for k, v in out["children"][0].items()}


def case_codes(text: str) -> dict[str, str]:
    return {k: v["value"] for k, v in run(text)["case"].items()}


@pytest.mark.parametrize(
    "sentence, variable",
    [
        # a sibling's health is not the subject child's
        ("Her older brother, Leo, had no diagnosed disability.", "disability"),
        ("Leo had no health problems and was doing well at school.", "disability"),
        ("None of the siblings had any diagnosed disability.", "disability"),
        # another child's behaviour or mental health
        ("Leo had no known mental health difficulties.", "child_mental_health"),
        # a hedge: only apparent, thought or believed
        ("Maya appeared to have no health problems.", "disability"),
        ("There seemed to be no evidence of neglect.", "neglect_feature"),
        ("It was thought that there was no evidence of exploitation.", "child_sexual_exploitation"),
        # a former placement, not the living arrangement at the incident
        ("As a baby, Maya had previously lived with foster carers for four months.", "living_at_home"),
        ("In 2015 Maya was placed in foster care for six months.", "living_at_home"),
        # advice, not a statement about this child
        ("Practitioners should record whether there is no evidence of neglect.", "neglect_feature"),
    ],
)
def test_no_wrongful_child_absent(sentence, variable):
    codes = child_codes(OPENING + GIRL + sentence)
    assert codes.get(variable) != "absent", sentence


@pytest.mark.parametrize(
    "sentence, variable",
    [
        # the young person's own substance use or mental health says nothing of the parents
        ("Maya had no history of alcohol or drug misuse.", "parental_alcohol_misuse"),
        ("The young person told the nurse she did not drink alcohol.", "parental_alcohol_misuse"),
        ("There was no evidence that Maya used drugs.", "parental_drug_misuse"),
        ("Maya had no known mental health problems.", "parental_mental_health"),
        # a parent's own denial is not absence
        ("Her mother told the GP she did not drink alcohol.", "parental_alcohol_misuse"),
        ("The father said there was no domestic abuse.", "domestic_abuse"),
        # a hedge
        ("There appeared to be no history of domestic abuse.", "domestic_abuse"),
        ("The mother seemed to have no mental health problems.", "parental_mental_health"),
        # someone outside the household: a grandparent's relationship
        ("The maternal grandmother had no history of domestic abuse with her husband.", "domestic_abuse"),
        ("The grandfather had no criminal record.", "parental_criminal_record"),
        # advice
        ("Assessments should record where there are no concerns about domestic abuse.", "domestic_abuse"),
        # long before the incident
        ("In 2009, long before Maya was born, there were no concerns about domestic abuse.", "domestic_abuse"),
        # a placement move is not the family's stability
        ("Maya lived in the same placement throughout 2021.", "transient_lifestyle"),
    ],
)
def test_no_wrongful_case_absent(sentence, variable):
    codes = case_codes(OPENING + GIRL + sentence)
    assert codes.get(variable) != "absent", sentence


@pytest.mark.parametrize(
    "sentence, variable, level",
    [
        ("There was no history of domestic abuse known to any agency.", "domestic_abuse", "case"),
        ("Neither parent had any criminal convictions.", "parental_criminal_record", "case"),
        ("There were no concerns about parental alcohol misuse.", "parental_alcohol_misuse", "case"),
        ("Noah had no diagnosed disability.", "disability", "child"),
        ("Noah had never been looked after.", "looked_after", "child"),
    ],
)
def test_explicit_statements_still_give_absent(sentence, variable, level):
    text = OPENING + BABY + "Noah lived with his mother and father. " + sentence
    codes = case_codes(text) if level == "case" else child_codes(text)
    assert codes.get(variable) == "absent", sentence


def test_absent_in_a_second_childs_sentence_is_not_the_first_childs():
    text = (
        OPENING + "Ella was 3 and her brother Sam was 6 when they were found alone in the flat in 2020; both "
        "were seriously neglected. Sam had no diagnosed disability. Ella had global developmental delay."
    )
    kids = {c["alias"]["value"]: c for c in run(text)["children"]}
    if "Ella" in kids:
        assert kids["Ella"].get("disability", {}).get("value") != "absent"


# --- speed helpers (round 4) -------------------------------------------------------------


def test_word_start_uses_fast_anchor_only_when_safe():
    import re

    from caselearn.extract.prefilter import word_start

    assert word_start("alcohol|drink").startswith(r"\b")
    assert word_start(r"(?<!children with )(?:physical|learning)").startswith(r"\b")
    for pattern in (r"#s|bruis", r"\?", r"[-a-z]+ x"):
        assert not word_start(pattern).startswith(r"\b")
    # same matches either way
    text = "He drank heavily; she drinks. Mid-word xdrank never."
    general = re.compile(r"(?:(?<![\w])|(?=\W))(?:drank|drinks?)", re.I)
    fast = re.compile(word_start("drank|drinks?"), re.I)
    assert [m.span() for m in general.finditer(text)] == [m.span() for m in fast.finditer(text)]


def test_case_sensitive_abbreviation_triggers():
    from caselearn.extract.prefilter import CASE, Prefiltered, required_literals

    triggers = required_literals(r"(?i:hospital)|\bED\b")
    assert CASE + "ED" in triggers and "ed" not in triggers
    assert required_literals(r"\bED\b", 2) == frozenset({"ed"})  # ignoring case: plain trigger
    pattern = Prefiltered.compile(r"(?i:hospital)|\bED\b")
    doc = Doc.from_text("She walked to the shop and waited. She was taken to ED that night. Nothing else.")
    assert [m.group(0) for m in pattern.finditer(doc)] == ["ED"]
    assert pattern.candidate_sentences(doc) == [1]


# --- general rules from round-4 dev errors ------------------------------------------------


def test_relative_clause_names_the_holder():
    text = OPENING + BABY + "The review looks at how agencies work with young parents who have learning needs."
    assert child_codes(text).get("disability") != "present"


def test_send_the_verb_is_not_special_needs():
    text = OPENING + BABY + "The ambulance service should send a notification to the GP."
    assert child_codes(text).get("disability") != "present"
    # (convention 2 of round 13: SEN support with no condition named is not_known; an EHCP is present)
    assert child_codes(OPENING + BABY + "Noah had SEN (an EHCP) at nursery.").get("disability") == "present"


def test_arguments_alone_are_not_domestic_abuse():
    text = OPENING + GIRL + "The placement ended after a series of arguments about her staying out."
    assert case_codes(text).get("domestic_abuse") != "present"
    text = OPENING + GIRL + "Neighbours heard shouting between the mother and her partner most nights."
    assert case_codes(text).get("domestic_abuse") == "present"


def test_the_exploitation_counts_in_a_report_about_sexual_exploitation():
    text = (
        "Thematic review: the sexual exploitation of girls in a town\n\n"
        "Amy was 14 when she was seriously harmed. Amy was 14 when the exploitation was identified in 2021."
    )
    assert child_codes(text).get("child_sexual_exploitation") == "present"
    text = (
        "Review: criminal exploitation and county lines\n\nAmy was 14 when she was seriously harmed in 2021. "
        "Amy was 14 when the exploitation was identified."
    )
    assert child_codes(text).get("child_sexual_exploitation") != "present"
