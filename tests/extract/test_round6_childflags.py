"""Round 6 (child flags): whose problem a pronoun points at, questions and glossaries, the
child's needs against needs in general, what the injuries left, looked after in the sense of
cared for, and new phrasings of drinking, behaviour and where the child lived. Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes

OPENING = "Local Child Safeguarding Practice Review\n\n1. Introduction\n\n"
TEEN_BOY = "Kai was 15 years old when he was found seriously injured in April 2022. Kai survived. "
TEEN_GIRL = "Rosie was 14 when she was admitted to hospital in March 2023. Rosie survived. "
TODDLER = "Ollie was two years old when he was found seriously injured in May 2021. Ollie survived. "


def flag(child: str, sentences: str, variable: str) -> str:
    return child_codes(OPENING + child + sentences)[0][variable]


@pytest.mark.parametrize(
    "child, sentences, variable, value",
    [
        # a pronoun that opens a sentence stands for the last subject before it: the parent
        (TEEN_GIRL, "Her mother came home late that night. She was drunk.", "child_alcohol_misuse", "not_known"),
        (
            TEEN_BOY,
            "Kai's father had been depressed for years. He rarely kept appointments. He also drank a lot "
            "of vodka at weekends.",
            "child_alcohol_misuse",
            "not_known",
        ),
        (
            TEEN_BOY,
            "Kai's stepfather lost his job in 2020. In 2021 he took an overdose of his tablets.",
            "child_mental_health",
            "not_known",
        ),
        # ... and the child, when the child is that subject
        (
            TEEN_GIRL,
            "Rosie went missing three times in 2022. She was drunk when police found her.",
            "child_alcohol_misuse",
            "present",
        ),
        (
            TEEN_BOY,
            "Kai had few friends at school. He started drinking at fourteen.",
            "child_alcohol_misuse",
            "present",
        ),
        # new phrasings of a young person's drinking
        (
            TEEN_GIRL,
            "Rosie attended the Emergency Department after binge drinking with older girls.",
            "child_alcohol_misuse",
            "present",
        ),
        (
            TEEN_BOY,
            "Kai was seen in A&E twice for alcohol intoxication after drinking at a party.",
            "child_alcohol_misuse",
            "present",
        ),
        (
            TEEN_GIRL,
            "Rosie was referred to the young people's substance service for her use of cannabis and alcohol.",
            "child_alcohol_misuse",
            "present",
        ),
        # a question the review asked is not its finding
        (
            TEEN_GIRL,
            "The panel asked itself whether the abuse of Rosie amounted to child sexual exploitation.",
            "child_sexual_exploitation",
            "not_known",
        ),
        (
            TEEN_BOY,
            "Staff did not know whether Kai was being bullied at school.",
            "bullying",
            "not_known",
        ),
        # a list of abbreviations names services, not the child's needs
        (
            TEEN_GIRL,
            "\nGlossary\nCAMHS - Child and Adolescent Mental Health Services\n",
            "child_mental_health",
            "not_known",
        ),
        (
            TEEN_BOY,
            "\nCSE: Child Sexual Exploitation\nGP: General Practitioner\n",
            "child_sexual_exploitation",
            "not_known",
        ),
        # a long "no evidence that ..." list that ends in exploitation
        (
            TEEN_GIRL,
            "Police found no evidence that the older boy had hurt her, that photographs had been taken, or "
            "that Rosie had been groomed or sexually exploited.",
            "child_sexual_exploitation",
            "absent",
        ),
        # the child's disability, not young people with needs in general
        (
            TEEN_BOY,
            "Managers said there are too few placements for adolescents with complex needs.",
            "disability",
            "not_known",
        ),
        (TEEN_GIRL, "Her physical needs were not always met at home.", "disability", "not_known"),
        (TEEN_BOY, "Kai had complex needs and was known to the disabled children's team.", "disability", "present"),
        # what the injuries left behind
        (
            TODDLER,
            "At the time of writing Ollie has significant developmental delay from his head injury.",
            "disability",
            "not_known",
        ),
        (
            TODDLER,
            "As a result of his injuries Ollie now has epilepsy and a visual impairment.",
            "disability",
            "not_known",
        ),
        # an assessment that found nothing
        (
            TEEN_BOY,
            "Kai was referred to CAMHS in 2020; the assessment found no mental health needs and he was discharged.",
            "child_mental_health",
            "absent",
        ),
        # looked after in the sense of cared for
        (TODDLER, "Ollie was looked after for the weekend by a neighbour.", "looked_after", "not_known"),
        (
            TEEN_BOY,
            "The officers made sure that Kai was looked after until his mother arrived.",
            "looked_after",
            "not_known",
        ),
        # looked after since a year before the incident, and still so
        (
            TEEN_GIRL,
            "Rosie has been looked after since 2019, when she was ten.",
            "looked_after",
            "present",
        ),
        # behaviour told in other words; a service suspended is not a child suspended
        (TEEN_BOY, "At school he often hit out at teachers when he was frustrated.", "behaviour_problems", "present"),
        (
            TODDLER,
            "Nursery staff noticed a sudden change in his behaviour that spring.",
            "behaviour_problems",
            "present",
        ),
        (TEEN_BOY, "The youth club sessions were suspended by the council in 2020.", "behaviour_problems", "not_known"),
        (TEEN_BOY, "Kai was suspended from school twice in Year 9.", "behaviour_problems", "present"),
        # where the child lived, in notes and in plain words
        (TEEN_BOY, "\nLives with M and two younger sisters in a rented house.", "living_at_home", "present"),
        (TEEN_GIRL, "\nLived with M, her partner and Rosie's half-sister.", "living_at_home", "present"),
        (
            TODDLER,
            "Mum and dad lived together with both children in a small flat.",
            "living_at_home",
            "present",
        ),
        # a relative clause about someone else does not make the sentence what came after
        (
            TEEN_GIRL,
            "Rosie lives with her mother and her younger brother, who is now four.",
            "living_at_home",
            "present",
        ),
    ],
)
def test_round6_child_flags(child, sentences, variable, value):
    assert flag(child, sentences, variable) == value


@pytest.mark.parametrize(
    "sentences, variable, value",
    [
        # a list of the services the family was known to is not the child's treatment
        (
            "The family was known to: children's social care; the police; the school nurse; CAMHS; the GP.",
            "child_mental_health",
            "not_known",
        ),
        (
            "Agencies in contact included early help; the youth justice service; the substance misuse team; "
            "housing; the GP practice.",
            "child_drug_misuse",
            "not_known",
        ),
        # named conditions
        (
            "Kai was diagnosed with post-traumatic stress disorder after the assault in 2020.",
            "child_mental_health",
            "present",
        ),
        (
            "Kai had frequent panic attacks at school in the months before the incident.",
            "child_mental_health",
            "present",
        ),
        # delay that neglect caused is not a disability
        (
            "Kai was found to have developmental delay that the paediatrician attributed to long-term neglect.",
            "disability",
            "not_known",
        ),
    ],
)
def test_round6_child_flags_more(sentences, variable, value):
    assert flag(TEEN_BOY, sentences, variable) == value


def test_pronoun_sentences_after_a_named_child_in_a_two_child_review():
    text = (
        "Serious Case Review\nChild M and Child N\n\nThe review concerns Child M and Child N, siblings, who "
        "were seriously harmed in 2022. Child M is a girl aged 15. Child N is a boy aged 13.\n\n"
        "Child M had been in foster care for a year. At that point she was living with her carers. "
        "She had a diagnosis of depression and was seen by a psychologist.\n\n"
        "Child N lived with his father and attended a local school.\n"
    )
    out = {c["alias"]: c for c in child_codes(text)}
    assert out["Child M"]["child_mental_health"] == "present"
    assert out["Child N"]["child_mental_health"] == "not_known"


@pytest.mark.parametrize(
    "sentences, value",
    [
        ("Ollie died at home in the early hours of a Sunday in May 2021.", "present"),
        ("He was found unresponsive in his cot at home by his father.", "present"),
        ("Ollie was at home when his mother's partner lost his temper.", "present"),
        ("He swallowed tablets belonging to an adult at his home.", "present"),
        # a visit that found no one in, the home of someone else
        ("A health visitor called twice and found nobody at home.", "not_known"),
    ],
)
def test_incident_at_home(sentences, value):
    assert flag(TODDLER, sentences, "living_at_home") == value


def test_they_lived_with_their_parents_in_a_two_child_review():
    text = (
        "Serious Case Review\nChild M and Child N\n\nThe review concerns Child M and Child N, siblings, who "
        "were seriously harmed in 2022. Child M is a girl aged 6. Child N is a boy aged 4.\n\n"
        "They lived with their mother and father in a rented flat.\n"
    )
    out = {c["alias"]: c for c in child_codes(text)}
    assert out["Child M"]["living_at_home"] == "present"
    assert out["Child N"]["living_at_home"] == "present"


@pytest.mark.parametrize(
    "sentences, value",
    [
        # in a report about home education, a child taken out of school is home educated
        (
            "The review looks at children who are electively home educated. Rosie was withdrawn from her "
            "secondary school in March 2022.",
            "present",
        ),
        (
            "This review considers home education and safeguarding. In 2021 her parents withdrew her from school.",
            "present",
        ),
        # ... but not in a report that never speaks of home education
        ("Rosie was withdrawn from her secondary school in March 2022 and moved to a new one.", "not_known"),
    ],
)
def test_withdrawn_from_school_in_a_home_education_review(sentences, value):
    assert flag(TEEN_GIRL, sentences, "elective_home_education") == value


@pytest.mark.parametrize(
    "sentences, value",
    [
        ("At school he was often tearful and hit other children in the playground.", "present"),
        ("Teachers said his behaviour in class had deteriorated sharply over the spring term.", "present"),
        ("When upset he hurts himself and others, and sometimes bangs his head on the floor.", "present"),
        # other pupils excluded, not the child
        ("After the fight two boys were excluded for a week; Kai was not involved.", "not_known"),
    ],
)
def test_behaviour_phrasings(sentences, value):
    assert flag(TEEN_BOY, sentences, "behaviour_problems") == value


def test_a_pronoun_after_another_subject_childs_sentence_is_that_child():
    text = (
        "Serious Case Review\nChild M and Child N\n\nThe review concerns Child M and Child N, brothers, who "
        "were seriously harmed in 2022. Child M is a boy aged 15. Child N is a boy aged 13.\n\n"
        "Child N was often in trouble with the police in 2021. He had been arrested twice for robbery.\n"
    )
    out = {c["alias"]: c for c in child_codes(text)}
    assert out["Child N"]["behaviour_problems"] == "present"
    assert out["Child M"]["behaviour_problems"] == "not_known"


@pytest.mark.parametrize(
    "child, sentences, value",
    [
        # the year of an Act is not the date of the spell
        (
            TEEN_BOY,
            "He was accommodated under section 20 of the Children Act 1989 and was a looked-after child.",
            "present",
        ),
        # looked after by a named council
        (TEEN_BOY, "Kai was looked after by Westbrook Borough Council and lived in a children's home.", "present"),
        # a clause about a place first, then the child
        (TEEN_GIRL, "Harford is a market town, and Rosie was in foster care there.", "present"),
        # a spell that began in infancy, told of a teenager, without saying it went on
        (TEEN_GIRL, "Rosie was accommodated under section 20 when she was three months old.", "not_known"),
        # a pronoun after a sentence about the mother
        (
            TEEN_GIRL,
            "Rosie's mother had a hard childhood. She was in local authority care from the age of nine.",
            "not_known",
        ),
    ],
)
def test_looked_after_at_the_incident(child, sentences, value):
    assert flag(child, sentences, "looked_after") == value


def test_the_reviews_present_tense_is_after_the_incident():
    text = "Ollie is currently placed with foster carers under an interim care order."
    assert flag(TODDLER, text, "looked_after") == "not_known"
    assert flag(TEEN_BOY, "Kai is living in a children's home in another county.", "looked_after") == "not_known"


def test_another_named_adult_who_came_into_care_is_not_the_child():
    text = "Kai's mother is Shannon. Shannon came into care at the age of ten because of neglect."
    assert flag(TEEN_BOY, text, "neglect_feature") == "not_known"


@pytest.mark.parametrize(
    "child, sentences, variable, value",
    [
        # "her drinking" is the child's when the child is the subject before it ...
        (
            TEEN_GIRL,
            "Rosie was found by police in a park in 2022. Her drinking had become a daily pattern.",
            "child_alcohol_misuse",
            "present",
        ),
        # ... and the parent's when a parent is, even several sentences back and after a paragraph number
        (
            TEEN_BOY,
            "4. Kai's father raised him alone. He grew up in a small town. He left school at sixteen. "
            "He talked to the reviewer about his own drinking.",
            "child_alcohol_misuse",
            "not_known",
        ),
        # a possessive opening stands for the same person
        (
            TEEN_BOY,
            "Kai's older brother Sam cared for him. His learning disability was never assessed.",
            "disability",
            "not_known",
        ),
    ],
)
def test_pronouns_and_possessives_resolved(child, sentences, variable, value):
    assert flag(child, sentences, variable) == value


@pytest.mark.parametrize(
    "sentences, value",
    [
        # a professional who refers the child is not the one with the problem
        ("Her GP referred her to CAMHS in 2021 because of anxiety and poor sleep.", "present"),
        ("\n- Referred to CAMHS by the school nurse in 2022 for low mood.\n", "present"),
        # agencies as the subject of the sentence
        ("The school, the police, the GP and CAMHS each held part of the picture.", "not_known"),
    ],
)
def test_professionals_and_the_childs_mental_health(sentences, value):
    assert flag(TEEN_GIRL, sentences, "child_mental_health") == value


def test_has_lived_since_carries_an_old_date_to_the_incident():
    text = "Since 2015, when he was seven, Kai has lived with his grandmother under a special guardianship order."
    assert flag(TEEN_BOY, text, "living_at_home") == "present"


@pytest.mark.parametrize(
    "sentences, variable, value",
    [
        # another young person or the offender, not the child
        ("The older boy who attacked him had been drinking.", "child_alcohol_misuse", "not_known"),
        ("The young man he met online regularly used cannabis.", "child_drug_misuse", "not_known"),
        ("The attacker had been excluded from school twice that year.", "behaviour_problems", "not_known"),
        ("His friends were drunk, and Kai was drinking with them.", "child_alcohol_misuse", "present"),
        # mild or unassessed needs, and a prognosis, are not a disability
        ("He had some learning needs and a mild speech delay.", "disability", "not_known"),
        ("Doctors expect that Kai is likely to have lasting brain damage.", "disability", "not_known"),
        ("Kai had a learning disability and attended a special school.", "disability", "present"),
    ],
)
def test_other_young_people_and_mild_needs(sentences, variable, value):
    assert flag(TEEN_BOY, sentences, variable) == value


@pytest.mark.parametrize(
    "sentences, variable, value",
    [
        # a diagnosis awaited or queried
        ("Rosie was on the waiting list for an autism assessment.", "disability", "not_known"),
        (
            "The school referred her for an ADHD assessment, which had not happened by the incident.",
            "disability",
            "not_known",
        ),
        ("Rosie had a diagnosis of autism and an EHCP.", "disability", "present"),
        # living in a children's home is being looked after
        ("Rosie lived in a children's home run by a private provider.", "looked_after", "present"),
        ("Rosie lived in a children's home run by a private provider.", "living_at_home", "absent"),
    ],
)
def test_awaited_diagnoses_and_childrens_homes(sentences, variable, value):
    assert flag(TEEN_GIRL, sentences, variable) == value


@pytest.mark.parametrize(
    "child, sentences, variable, value",
    [
        # an agency's report of no concerns is a statement, not a parent's denial
        (TEEN_BOY, "The school reported no concerns about his behaviour.", "behaviour_problems", "absent"),
        (
            TEEN_BOY,
            "Staff at his college did not have any concerns about his behaviour.",
            "behaviour_problems",
            "absent",
        ),
        # ... a parent's is not
        (TEEN_BOY, "His mother said there were no concerns about his behaviour.", "behaviour_problems", "not_known"),
        # a pronoun of the other sex inside the statement: someone else
        (TEEN_GIRL, "Teachers had no concerns about his behaviour.", "behaviour_problems", "not_known"),
        # self-harm and suicidal feelings in other words
        (TEEN_GIRL, "Rosie admitted that she had been cutting her arms.", "child_mental_health", "present"),
        (TEEN_GIRL, "Rosie said more than once that she wanted to die.", "child_mental_health", "present"),
        (
            TEEN_GIRL,
            "Suicidal thinking is a recognised marker of risk in domestic abuse.",
            "child_mental_health",
            "not_known",
        ),
        # the review's own conclusion
        (
            TEEN_GIRL,
            "The panel concluded that the abuse of Rosie was not child sexual exploitation.",
            "child_sexual_exploitation",
            "absent",
        ),
    ],
)
def test_statements_and_phrasings(child, sentences, variable, value):
    assert flag(child, sentences, variable) == value


@pytest.mark.parametrize(
    "sentences, value",
    [
        ("\nHealth: no diagnosed SEN or disability.\n", "absent"),
        ("Kai had no identified learning needs or disability.", "absent"),
        ("Tests found no underlying medical condition.", "absent"),
        ("He had no known health conditions before the assault.", "not_known"),
    ],
)
def test_no_disability_in_other_words(sentences, value):
    assert flag(TEEN_BOY, sentences, "disability") == value


@pytest.mark.parametrize(
    "sentences, value",
    [
        # at school at the incident
        ("Rosie was a Year 9 student at a large academy in the town.", "absent"),
        ("Rosie, aged 14 and in Year 9 at her local school, told a teacher what had happened.", "absent"),
        ("Rosie went to her local secondary school, where staff knew her well.", "absent"),
        # an earlier year, or a year before being taken out of school
        ("Rosie had been bullied in Year 7 and had few friends.", "not_known"),
        ("Rosie was in Year 8 when her mother withdrew her to educate her at home.", "not_known"),
    ],
)
def test_school_attendance_and_home_education(sentences, value):
    assert flag(TEEN_GIRL, sentences, "elective_home_education") == value


@pytest.mark.parametrize(
    "sentences, value",
    [
        ("The partnership's work that year had focused on CSE rather than abuse at home.", "not_known"),
        ("The CSE team offered advice to the school.", "not_known"),
        ("Police recorded Rosie as a victim of CSE in 2022.", "present"),
    ],
)
def test_cse_as_a_service_or_priority(sentences, value):
    assert flag(TEEN_GIRL, sentences, "child_sexual_exploitation") == value
