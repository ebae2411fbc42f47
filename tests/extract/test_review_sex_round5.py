"""Review type from the title block's own lines, and the child's sex in less common forms:
the sex inside a bracket with the age, transgender children, an unrelated adult "male" near
the child's name, and a sentence about someone else that opens with another pronoun."""

from __future__ import annotations

import pytest

from caselearn.extract.pipeline import Pipeline
from caselearn.extract.text import Doc


def run(text: str) -> dict:
    return Pipeline().run(Doc.from_text(text), "t.txt").to_dict()


def review_type(text: str) -> str:
    return run(text)["review"]["review_type"]["value"]


def sex(text: str) -> str:
    return run(text)["children"][0]["sex"]["value"]


BODY = (
    "\n\n1.1 The criteria for a local child safeguarding practice review were considered and the Panel agreed "
    "that a serious case review in the old sense was not needed. Child T, aged 9, was injured at home.\n"
)


@pytest.mark.parametrize(
    "title, expected",
    [
        ("Merefield Safeguarding Children Board\nConcise Child Practice Review\nRe: Child T", "other"),
        ("Oldcastle Partnership\n\nMulti-agency learning review (non-statutory): Child T\n\nMarch 2022", "other"),
        ("LOCAL CHILD SAFEGUARDING PRACTICE REVIEW\nChild T\nA learning review", "lcspr"),
        ("Rapid Review\nChild T\nSubmitted 4 May 2021", "rapid_review"),
        ("Brookvale Safeguarding Partnership\nSerious Case Review: Child T\nOverview report", "scr"),
    ],
)
def test_review_type_from_title_lines(title, expected):
    assert review_type(title + BODY) == expected


def test_review_type_not_from_a_paragraph_that_rules_a_kind_out():
    # the only kinds named are in running text that rules them out; the title says "learning review"
    text = (
        "Eastfold Safeguarding Children Partnership\nLearning review: Child T\n\n"
        "The partners decided that this case did not meet the criteria for a local child safeguarding practice "
        "review and commissioned a learning review instead, so that the lessons would not be lost.\n"
        "Child T, aged 9, was injured at home."
    )
    assert review_type(text) == "other"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Rapid review: Baby T (f, 3 months)\n\n- Baby T found not breathing.\n- Baby T died.", "female"),
        ("Rapid review: Child H (M, 8)\n\n- Child H left home alone.\n- Child H was hungry.", "male"),
        (  # an adult male near the child's name says nothing of the child
            "Review: Child H\n\nChild H was seen getting into a car with an adult male. Child H was later "
            "found in a hotel.\nThis report does not give the child's gender.",
            "not_known",
        ),
        (
            "LCSPR: Sol\n\nSol is a transgender boy who was fourteen at the time. Sol took an overdose and was "
            "admitted to intensive care. He survived.",
            "other",
        ),
        (  # the next sentence opens with the perpetrator's pronoun
            "Review into the death of Maya\n\nMaya was 13 when she was killed by a man she had met online. He was "
            "24. Maya had told a friend that she was frightened.",
            "female",
        ),
    ],
)
def test_sex_forms(text, expected):
    assert sex(text) == expected


def ethnicity(text: str) -> list[str]:
    return [c["ethnicity"]["value"] for c in run(text)["children"]]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "RAPID REVIEW\n\nKEY FACTS\nName used in this report:   Child K\nAge at incident:   14 years\n"
            "Ethnicity:   Asian British (Pakistani)\nNotification:   serious harm\n\nChild K was stabbed.",
            ["asian"],
        ),
        ("Review: Child P\n\n- Child P, male, aged 15.\n- Mixed heritage.\n- Child P was stabbed.", ["mixed"]),
        (  # a parent's line after the child's is not the child's
            "Review: Child P\n\n- Child P, male, aged 15.\n- Mother: White British.\n- Child P was stabbed.",
            ["not_known"],
        ),
    ],
)
def test_ethnicity_lines(text, expected):
    assert ethnicity(text) == expected


def recommendations(text: str):
    return run(text)["review"]["recommendations_count"]["value"]


INTRO = "LCSPR: Child T\n\n" + "Child T, aged 9, was injured at home by his father. " * 12 + "\n\n"


@pytest.mark.parametrize(
    "tail, expected",
    [
        (  # a decorated heading
            "=== Recommendations ===\n\n1. Schools should record disclosures.\n2. Police should share logs.\n"
            "3. The partnership should audit plans.\n",
            3,
        ),
        (
            "------------ RECOMMENDATIONS ------------------------------------------------------------\n\n"
            "1. Health should check records.\n2. Social care should see children alone.\n",
            2,
        ),
        (  # a roman-numbered heading of another name
            "V. WHAT NEEDS TO CHANGE\n\n1. All agencies should use the child's name.\n2. CAMHS must see the child "
            "alone.\n3. The partnership should review waiting times.\n4. Schools should refer sooner.\n",
            4,
        ),
        (  # a list whose numbers were lost in conversion: one line per recommendation
            "Recommendations\n\nThe ambulance service should tell the GP about every infant taken to hospital.\n\n"
            "The partnership to develop guidance on bruising in babies who are not yet mobile.\n\n"
            "Emergency departments should check earlier attendances for all infants.\n\nDecision\n\nNo LCSPR.",
            3,
        ),
        ("Findings\n\nThe review makes six recommendations, listed in the appendix.\n", 6),
    ],
)
def test_recommendations_count_forms(tail, expected):
    assert recommendations(INTRO + tail) == expected


def incident_year(text: str):
    return run(text)["review"]["incident_year"]["value"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # a template label beats an earlier year
            "Rapid review under Working Together 2018\nChild: Child R\nDate of incident: 14/06/2023\n\nChild R, 15, "
            "was found injured.",
            2023,
        ),
        (  # the disclosure is the incident; the parents' history is not
            "LCSPR: Child H\n\nThe parents separated in 2016 after a violent argument. In March 2020 Child H told her "
            "teacher that her stepfather had been abusing her.",
            2020,
        ),
        (
            "Review: Child L1 and Child L2\n\nChild L1 and Child L2 were found by police living in a cold flat with "
            "no food in January 2019.",
            2019,
        ),
        (  # "no further action was taken" is not a child taken to hospital
            "LCSPR: Theo\n\nIn 2019 the father's former partner reported him to the police; no further action was "
            "taken. On 3 May 2021 his mother took him to the emergency department with a swollen arm.",
            2021,
        ),
    ],
)
def test_incident_year_forms(text, expected):
    assert incident_year(text) == expected


def review_model(text: str):
    return run(text)["review"]["review_model"]["value"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # a method ruled out is not the method
            "Concise Child Practice Review: Child W\n\nMethodology\nThe review followed the Child Practice Review "
            "process in the Welsh guidance. It does not use Individual Management Reviews.\n",
            "other",
        ),
        (
            "LCSPR: Child K\n\nMethodology\nThe partnership used the Partners in Practice (PiP) model, with "
            "practitioners meeting five times.\n",
            "other",
        ),
        (
            "LCSPR: Child K\n\nHow we did this review\nWe used a mixed-methods approach: an audit of 20 cases and "
            "focus groups.\n",
            "other",
        ),
        (
            "LCSPR: Child K\n\nMethodology\nRather than a traditional review with individual management reviews, "
            "the SILP approach was used.\n",
            "silp",
        ),
        (  # a rapid review names no model
            "Rapid Review: Child K\n\nProcess\nThe rapid review used the Panel's template approach and agency "
            "chronologies.\n",
            "not_known",
        ),
    ],
)
def test_review_model_forms(text, expected):
    assert review_model(text) == expected


def test_partnership_drops_regional():
    text = (
        "Bro Carreg Regional Safeguarding Children Board\nConcise Child Practice Review: Child W\n\n"
        "Child W, aged 3, was found alone at home. The Bro Carreg Regional Safeguarding Children Board "
        "commissioned this review."
    )
    assert run(text)["review"]["partnership"]["value"] == "Bro Carreg Safeguarding Children Partnership"


@pytest.mark.parametrize(
    "head, expected",
    [
        ("Westfold Safeguarding Children Partnership\n\nDate of report: 14/02/2024\n\nChild T", 2024),
        ("LCSPR: Child T\n\nFinal version, November 2022\n\nSummary", 2022),
        ("Child T: Local Child Safeguarding Practice Review\n\nDate: 02.03.2023\n\nDOB: 01/01/2010", 2023),
        ("Serious Case Review\nCHILD T\nReview period: January 2015 to March 2016\nDate: June 2017\n", 2017),
        ("Rapid Review\nChild T\nDOB: 3 May 2019\nDate of incident: 4 June 2021\n", "not_known"),
    ],
)
def test_publication_year_from_title_block(head, expected):
    text = head + "\n\nChild T, aged 9, was injured at home by his father in the spring."
    assert run(text)["review"]["publication_year"]["value"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "LCSPR: Baby R\n\nBaby R was admitted aged 10 weeks with a skull fracture and died. Scans showed old "
            "injuries. His mother's partner was convicted of manslaughter.",
            "male",
        ),
        (
            "Review: Child S\n\nChild S, aged five, died at home. The cause was never established. Investigators "
            "spoke to her father and her grandmother.",
            "female",
        ),
        (  # possessives split between the child and a parent's history: no vote
            "Review: Child S\n\nChild S, aged five, was injured at home. The police were called. His father was "
            "arrested. Her father had abused her as a girl, the mother said. Her brother was violent.",
            "not_known",
        ),
        (
            "LCSPR: Child K\n\nTo protect the family this report does not say whether Child K is a boy or a girl. "
            "Child K was 2 when admitted with burns. His mother's partner was arrested.",
            "not_known",
        ),
    ],
)
def test_sex_from_family_possessives(text, expected):
    assert sex(text) == expected


def aliases(text: str) -> list[str]:
    return [c["alias"]["value"] for c in run(text)["children"]]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Eastwold Safeguarding Children Partnership\nLearning from Jake's story\n\nThis review looks at the help "
            "offered to Jake before he died, aged 15. Jake had been excluded from school.",
            ["Jake"],
        ),
        (
            "Serious Case Review\nChildren A and B\n\nChild A (aged 7) and Child B (aged 5) were found in a cold "
            "flat. Child A had not been to school. Child B had head lice.",
            ["Child A", "Child B"],
        ),
        (  # ages in brackets between the names
            "LCSPR: Family P\n\nThis review concerns two siblings, Kai (aged 6) and Lola (aged 4), who were found "
            "with injuries. Kai had a broken arm. Lola had burns.",
            ["Kai", "Lola"],
        ),
        (
            "LCSPR - The W Family\n\nThis review is about two siblings, referred to as Sibling 1 (a girl aged 9) "
            "and Sibling 2 (a boy aged 6), who were neglected. Sibling 1 looked after Sibling 2.",
            ["Sibling 1", "Sibling 2"],
        ),
        (  # a brother named in passing is not a subject
            "Local Child Safeguarding Practice Review concerning Child C\n\nChild C's brother, Child D, was in the "
            "house but was not harmed. Child C, aged 3, was admitted with a head injury. Child C survived.",
            ["Child C"],
        ),
    ],
)
def test_subject_children_in_other_forms(text, expected):
    assert aliases(text) == expected


@pytest.mark.parametrize(
    "title, expected",
    [
        ("Greyford Partnership\nCSPR: Child T\n", "lcspr"),
        ("A multi-agency thematic learning review\nExploitation of young people in Greyford\n", "thematic_review"),
        ("Review led by the Child Safeguarding Practice Review Panel\nChild T\n", "national_review"),
    ],
)
def test_review_type_more_titles(title, expected):
    assert review_type(title + BODY) == expected


def test_ethnicity_of_two_parents_in_one_sentence():
    text = (
        "LCSPR: Child F\n\nChild F's mother is White British and her father is Black African. Child F, aged 6, "
        "was injured at home."
    )
    assert ethnicity(text) == ["mixed"]


def test_incident_year_is_the_latest_event_of_the_opening():
    text = (
        "LCSPR: Child B\n\nSummary\nChild B was known to services from 2016. In 2018 he was admitted to hospital "
        "after an overdose. In March 2021 he was found dead at home, aged 16.\n"
    )
    assert incident_year(text) == 2021


def test_a_practice_framework_is_not_the_review_model():
    text = (
        "LCSPR: Child K\n\nChild K, 9, was injured at home. Children's social care uses the Signs of Safety "
        "framework in its assessments.\n"
    )
    assert review_model(text) == "not_known"


def test_a_rapid_review_mentioned_in_the_title_block_is_not_the_kind():
    title = (
        "Westmoor Safeguarding Children Partnership\nFollowing a rapid review, the partners commissioned this LCSPR\n"
        "Child T"
    )
    assert review_type(title + BODY) == "lcspr"


def test_the_notification_year_is_not_the_incident_year():
    text = (
        "LCSPR: Child B\n\nSummary\nChild B was found with serious injuries in December 2020. The local authority "
        "notified the Panel in January 2021.\n"
    )
    assert incident_year(text) == 2020


def test_a_review_that_makes_no_recommendations():
    tail = "Recommendations\n\nThe rapid review makes no recommendations; the partners will commission an LCSPR.\n"
    assert recommendations(INTRO + tail) == "not_known"


def test_thematic_child_safeguarding_practice_review_title():
    assert review_type("Westholm Partnership\nTHEMATIC CHILD SAFEGUARDING PRACTICE REVIEW\nThree boys" + BODY) == (
        "thematic_review"
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "LCSPR: Child K\n\nMethodology\nThe review used a hybrid methodology, combining elements of a systems "
            "approach with a practitioner workshop.\n",
            "other",
        ),
        (
            'Thematic review\n\nMethod\nThe review used the partnership\'s "Seeing Clearly" audit methodology with '
            "focus groups.\n",
            "other",
        ),
        (  # an unnamed method is not a model
            "SCR: Child H\n\nMethodology\nThe SCR was conducted using a proportionate methodology: agency reports, "
            "a chronology and a learning event.\n",
            "not_known",
        ),
    ],
)
def test_review_model_named_or_not(text, expected):
    assert review_model(text) == expected


def test_partnership_in_capitals_with_and(tmp_path):
    from caselearn.extract.pipeline import extract_file

    path = tmp_path / "r.txt"
    path.write_text(
        "CONFIDENTIAL\n\nMARLOW AND ESKDALE SAFEGUARDING PARTNERSHIP (North West)\n\nRAPID REVIEW - CHILD R\n\n"
        "Child R, aged 16, was stabbed in Eskdale. Child R died.\n"
    )
    value = extract_file(path, Pipeline()).to_dict()["review"]["partnership"]["value"]
    assert value == "Marlow and Eskdale Safeguarding Children Partnership"


def test_recommendations_end_at_the_next_numbered_section():
    tail = (
        "4. Recommendations\n\n4.1 The partnership recommends that:\n\n1. Police share logs with schools within a "
        "week.\n\n2. Health visitors see babies alone.\n\n3. Escalation guidance.\n\n5. Decision regarding an LCSPR\n\n"
        "5.1 The partners agreed that no LCSPR is needed.\n"
    )
    assert recommendations(INTRO + tail) == 3
