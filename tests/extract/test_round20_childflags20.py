"""Round 20 (child flags): whose flag, whose service and which time. Made-up reports, each phrasing written
for these tests."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes


def _child(text: str) -> dict[str, str]:
    return child_codes(text)[0]


# -- a child named together with a sibling shares what the sentence says of both ---------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Tamsin and her two younger brothers were made subject to child protection plans for neglect in 2019.",
        "- Tamsin & her half-sister: CP plans (cat. neglect) 2017-2019",
        "Between 2016 and 2018 Tamsin and her older sister were the subject of plans under the category of neglect.",
    ],
)
def test_a_child_joined_to_a_sibling_holds_the_flag(said: str) -> None:
    text = (
        "Local Child Safeguarding Practice Review\n\n"
        "This review concerns Tamsin, who was 14 when she was found in a flat with two adult men in 2023. "
        f"{said} Tamsin lived with her mother.\n"
    )
    assert _child(text).get("neglect_feature") == "present"


@pytest.mark.parametrize(
    "said",
    [
        "Her older brother was made subject to a child protection plan for neglect in 2009, before she was born.",
        "Her half-brother and his sister had been on plans for neglect while they lived with their father.",
    ],
)
def test_a_siblings_own_plan_is_not_the_childs(said: str) -> None:
    text = (
        "Local Child Safeguarding Practice Review\n\n"
        "This review concerns Tamsin, who was 14 when she was found in a flat with two adult men in 2023. "
        f"{said} Tamsin lived with her mother.\n"
    )
    assert _child(text).get("neglect_feature") != "present"


# -- the mental health service named for something else -------------------------------------------------------

_TEEN = (
    "Local Child Safeguarding Practice Review\n\n"
    "This review concerns Mason, a boy of 15, who was stabbed in 2023. Mason lived with his mother. {said}\n"
)


@pytest.mark.parametrize(
    "said",
    [
        "His stimulant prescription for ADHD was overseen by CAMHS, which held six-monthly medication reviews.",
        "- CAMHS ND pathway: autism assessment completed 2021",
        "Mason was referred to CAMHS by his GP in 2022 but did not attend the two appointments offered.",
        "A referral to Child and Adolescent Mental Health Services was returned to the school as not meeting criteria.",
        "Agencies involved: CSC, YOT, the PRU, CAMHS (ADHD clinic), the GP and the police.",
    ],
)
def test_the_service_alone_for_other_needs_is_not_mental_health(said: str) -> None:
    assert _child(_TEEN.format(said=said)).get("child_mental_health") != "present"


@pytest.mark.parametrize(
    "said",
    [
        "He had ADHD; separately, CAMHS saw him weekly for anxiety and panic attacks.",
        "Mason was referred to CAMHS after he began to self-harm, and was seen within a fortnight.",
        "CAMHS worked with him from 2021 for a conduct disorder diagnosed at 12.",
    ],
)
def test_the_service_with_a_problem_still_counts(said: str) -> None:
    assert _child(_TEEN.format(said=said)).get("child_mental_health") == "present"


@pytest.mark.parametrize(
    "said",
    [
        "Dad has long-standing OCD; he had waited two years for the community mental health service.",
        "Mum had been on the community mental health service's caseload since 2019.",
    ],
)
def test_a_parents_adult_service_is_not_the_childs(said: str) -> None:
    assert _child(_TEEN.format(said=said)).get("child_mental_health") != "present"


@pytest.mark.parametrize(
    "said",
    [
        "CAMHS assessed Mason in 2022 and did not identify a mental health disorder.",
        "The psychiatrist could not find any psychiatric illness.",
    ],
)
def test_an_assessment_that_found_nothing_is_absent(said: str) -> None:
    assert _child(_TEEN.format(said=said)).get("child_mental_health") == "absent"


# -- a plan's category is a label; the review's own finding about the child's care decides ----------------------

_PLAN = (
    "Local Child Safeguarding Practice Review\n\n"
    "This review concerns Callum, a boy of 15, who was seriously injured in a stabbing in 2023. Callum lived with "
    "his mother. {plan} {finding}\n"
)


@pytest.mark.parametrize(
    "plan",
    [
        "In 2022 Callum was made the subject of a child protection plan under the category of neglect.",
        "- ICPC 03/22: CP plan, cat. neglect",
        "The RCPC kept the plan (category: neglect) in place until the incident.",
    ],
)
@pytest.mark.parametrize(
    "finding",
    [
        "The chair explained that the category was used only because the procedures had no category for "
        "extra-familial harm.",
        "Practitioners said neglect was the only category that fitted, as there was no separate category for harm "
        "from outside the home.",
    ],
)
def test_a_category_standing_in_for_harm_outside_is_not_neglect(plan: str, finding: str) -> None:
    assert _child(_PLAN.format(plan=plan, finding=finding)).get("neglect_feature") != "present"


@pytest.mark.parametrize(
    "finding",
    [
        "The review does not consider that Callum was neglected by his mother.",
        "Neglect not a feature - agreed by all agencies.",
        "We did not find that Callum was being neglected at home.",
    ],
)
def test_the_reviews_finding_stands_over_the_category(finding: str) -> None:
    plan = "In 2022 Callum was made the subject of a child protection plan under the category of neglect."
    assert _child(_PLAN.format(plan=plan, finding=finding)).get("neglect_feature") == "absent"


@pytest.mark.parametrize(
    "finding",
    [
        "Home visits found no food in the house and Callum was often hungry at school.",
        "The review found that Callum's basic needs had been neglected for years.",
        "",
    ],
)
def test_a_category_with_neglect_told_or_unchallenged_stays_present(finding: str) -> None:
    plan = "In 2022 Callum was made the subject of a child protection plan under the category of neglect."
    assert _child(_PLAN.format(plan=plan, finding=finding)).get("neglect_feature") == "present"


@pytest.mark.parametrize(
    "said",
    [
        "His mother told the review she felt accused of neglecting him.",
        "The father made an allegation that the mother neglected Callum, which was not upheld.",
    ],
)
def test_an_accusation_of_neglect_is_not_a_finding(said: str) -> None:
    assert _child(_PLAN.format(plan=said, finding="")).get("neglect_feature") != "present"


# -- a finding that there was nothing to find, about the child, is absent ------------------------------------------

_GIRL = (
    "Local Child Safeguarding Practice Review\n\n"
    "This review concerns Nadia, a girl of 14, who took her own life in 2023. Nadia lived with her mother and "
    "stepfather. {said}\n"
)


@pytest.mark.parametrize(
    ("said", "variable"),
    [
        ("The review found no evidence, in any record or from her friends, that she was being bullied.", "bullying"),
        ("- No evidence that Nadia was bullied (school and police both explicit)", "bullying"),
        ("Nothing in the school or police records suggests that she drank alcohol.", "child_alcohol_misuse"),
        ("There was nothing in the records to suggest that she used drugs.", "child_drug_misuse"),
        (
            "There was no indication at any point that Nadia was being sexually exploited by anyone.",
            "child_sexual_exploitation",
        ),
        (
            "There was no record of her drinking alcohol, and no agency had any concern about it.",
            "child_alcohol_misuse",
        ),
    ],
)
def test_nothing_found_about_the_child_is_absent(said: str, variable: str | None) -> None:
    if variable is None:
        pytest.skip("phrasing covered elsewhere")
    assert _child(_GIRL.format(said=said)).get(variable) == "absent"


@pytest.mark.parametrize(
    ("said", "variable"),
    [
        ("There were no concerns about drug use by her mother or stepfather.", "child_drug_misuse"),
        ("No agency had any concern about alcohol misuse in the household.", "child_alcohol_misuse"),
        ("There was no evidence that the school recognised that she was being bullied.", "bullying"),
        ("There is no indication that she drank heavily, though she drank at parties most weekends.", None),
        (
            "Her mother used cannabis until 2019. She has not used drugs since, and there is no evidence that she used "
            "drugs in the period reviewed.",
            "child_drug_misuse",
        ),
    ],
)
def test_nothing_found_about_someone_else_or_unseen_is_not_absent(said: str, variable: str | None) -> None:
    if variable is None:
        variable = "child_alcohol_misuse"
    assert _child(_GIRL.format(said=said)).get(variable) != "absent"


@pytest.mark.parametrize(
    ("said", "variable"),
    [
        (
            "There is no suggestion, either in the records or in what Nadia told the review, that she was bullied.",
            "bullying",
        ),
        (
            "Exploitation screening: No CSE indicators (no gifts, no older friends, no missing episodes).",
            "child_sexual_exploitation",
        ),
        ("Outcome of MACE screening - Not CSE.", "child_sexual_exploitation"),
        ("- no self-harm", "child_mental_health"),
        ("School: good attendance, no behaviour incidents, in the netball team.", "behaviour_problems"),
        ("There have never been any behavioural concerns at school.", "behaviour_problems"),
        ("No concerns were ever raised about Nadia's behaviour.", "behaviour_problems"),
    ],
)
def test_notes_and_findings_of_nothing_are_absent(said: str, variable: str) -> None:
    assert _child(_GIRL.format(said=said)).get(variable) == "absent"


@pytest.mark.parametrize(
    ("said", "variable"),
    [
        ("No CAMHS involvement before the incident.", "child_mental_health"),
        ("- Mum: no alcohol issues.", "child_alcohol_misuse"),
        ("CSE? - to be screened at the next meeting.", "child_sexual_exploitation"),
        ("There was no record that Nadia had told anyone she was being bullied.", "bullying"),
    ],
)
def test_notes_that_do_not_deny_the_childs_flag(said: str, variable: str) -> None:
    assert _child(_GIRL.format(said=said)).get(variable) != "absent"


# -- left out by others is not the child's behaviour -------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "From the spring Nadia was excluded from her class group chat and photos of her were passed round.",
        "Over the summer she was increasingly excluded by friends from parties and outings.",
        "The school dealt with the incidents it knew of, including exclusions for two pupils who had posted about her.",
    ],
)
def test_being_left_out_is_not_behaviour(said: str) -> None:
    assert _child(_GIRL.format(said=said)).get("behaviour_problems") != "present"


@pytest.mark.parametrize(
    "said",
    [
        "Nadia was excluded from school for five days in Year 9 after a fight.",
        "- Fixed-term exclusion x2 (Y8), for swearing at staff",
        "She had been excluded twice that year.",
    ],
)
def test_the_childs_own_exclusion_is_still_behaviour(said: str) -> None:
    assert _child(_GIRL.format(said=said)).get("behaviour_problems") == "present"
