"""Round 24b (children): ethnicity given per child inside one key-facts field ("Ethnicity: A - White British.
B - Black African."), a flattened table row with the same value in each child's column ("Ethnicity White
British White British"), and a line listing several children, each with its own facts, that a reader ran
together. Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import child_codes


def _by_alias(text: str) -> dict[str, dict[str, str]]:
    return {c["alias"]: c for c in child_codes(text)}


_TWO = (
    "Local Safeguarding Partnership\n\nChild Safeguarding Practice Review: {a} and {b}\n\n"
    "1. The children\n\n"
    "{a}: a boy aged 13 at the time of the assault in a residential school. Autism; EHCP.\n"
    "{b}: a girl aged 14 at the time of her disclosure. Epilepsy; EHCP.\n\n"
    "{field}\n\n"
    "2. What happened\n\n"
    "In March 2023 a member of staff restrained {a} on the floor and he broke his wrist. Two weeks later {b} "
    "told her mother that the same member of staff had hit her. Both children were seriously harmed.\n"
)


@pytest.mark.parametrize(
    ("field", "first", "second"),
    [
        ("Ethnicity: K - White British; L - Black African.", "white", "black"),
        ("Ethnicity: Child K - Mixed (White and Asian); Child L - White Other.", "mixed", "white"),
        ("Ethnic origin: K – Indian, L – White British", "asian", "white"),
        ("Ethnicity: White British (Child K), Black Caribbean (Child L).", "white", "black"),
    ],
)
def test_each_childs_value_keyed_inside_one_field(field: str, first: str, second: str) -> None:
    kids = _by_alias(_TWO.format(a="Child K", b="Child L", field=field))
    assert (kids["Child K"]["ethnicity"], kids["Child L"]["ethnicity"]) == (first, second)


def test_a_flattened_row_with_one_value_per_child() -> None:
    text = (
        "Rapid Review and Local Child Safeguarding Practice Review\n\nSiblings R and S\n\n"
        "Table 1: the children\n\n"
        "Child R Child S\n\n"
        "Age 6 years 2 years Sex M F Ethnicity Black British Black British Health none known none known\n\n"
        "In May 2023 Child R and Child S were found alone at home, hungry and unwashed, after their mother had left "
        "them for two days. Both children were seriously harmed by neglect.\n"
    )
    kids = _by_alias(text)
    assert (kids["Child R"]["ethnicity"], kids["Child S"]["ethnicity"]) == ("black", "black")


def test_children_listed_on_one_run_together_line() -> None:
    text = (
        "Serious Incident Notification review\n\n"
        "Children notified: Child 1 - girl, aged 5 years, White British Child 2 - boy, aged 3 years, "
        "Mixed White and Black Caribbean Child 3 - boy, aged 9 months, Mixed White and Black Caribbean\n\n"
        "In January 2024 Child 1, Child 2 and Child 3 were found in a cold flat with no food. Child 1 was "
        "underweight; Child 2 had untreated burns and Child 3 had severe nappy rash. All three were seriously "
        "harmed by neglect and were placed in foster care.\n"
    )
    kids = _by_alias(text)
    assert kids["Child 2"]["ethnicity"] == "mixed"
    assert kids["Child 3"]["ethnicity"] == "mixed"


def test_a_sibling_keyed_in_the_field_does_not_give_the_other_child_its_value() -> None:
    kids = _by_alias(_TWO.format(a="Child K", b="Child L", field="Ethnicity: L - Black African."))
    assert kids["Child K"]["ethnicity"] != "black"
    assert kids["Child L"]["ethnicity"] == "black"


# --- the patient's pronoun in the clause right after the child's name -----------------------------------

_BABY = (
    "Rapid Review: Infant T\n\n"
    "1. Background\n\nInfant T lived with both parents in a flat in Eastvale. The family were known to early help.\n\n"
    "2. The incident\n\n{incident}\n\nThe review found that the parents had not been offered safe-sleep advice.\n"
)


@pytest.mark.parametrize(
    ("incident", "sex"),
    [
        ("Paramedics found Infant T limp and pale; she was intubated at the scene.", "female"),
        ("Staff found Infant T not breathing, and he was rushed to hospital by ambulance.", "male"),
        ("The crew reached Infant T within minutes; he was later pronounced dead in the emergency department.", "male"),
    ],
)
def test_the_patient_after_the_childs_name(incident: str, sex: str) -> None:
    (kid,) = child_codes(_BABY.format(incident=incident))
    assert kid["sex"] == sex


@pytest.mark.parametrize(
    "incident",
    [
        "In June 2023 Infant T's mother collapsed at home; she was admitted to the stroke unit.",
    ],
)
def test_someone_elses_treatment_gives_no_sex(incident: str) -> None:
    (kid,) = child_codes(_BABY.format(incident=incident))
    assert kid["sex"] == "not_known"


# --- an age said beside a month and year of birth is exact ---------------------------------------------

_BORN = (
    "Child Safeguarding Practice Review: Baby M\n\n"
    "1. Baby M\n\n{born}\n\n"
    "2. Practice\n\nThe health visitor saw Baby M at home twice before the injury and noted no concerns.\n"
)


@pytest.mark.parametrize(
    ("born", "months"),
    [
        (
            "Baby M was born in November 2022 and was 11 weeks old when he was admitted with rib fractures in "
            "February 2023.",
            2,
        ),
        ("Baby M, born in May 2021, was aged five weeks when she was found with a skull fracture in July 2021.", 1),
    ],
)
def test_age_said_beside_a_month_of_birth(born: str, months: int) -> None:
    (kid,) = child_codes(_BORN.format(born=born))
    assert kid["age_months"] == months


def test_a_month_of_birth_alone_still_gives_the_age() -> None:
    born = "Baby M was born in November 2022 and was admitted with rib fractures in February 2023."
    (kid,) = child_codes(_BORN.format(born=born))
    assert kid["age_months"] == 3


# --- the age in a sentence that goes on about the child after a date ------------------------------------


@pytest.mark.parametrize(
    "opening",
    [
        "In August 2022, when she was nine weeks old, she was admitted with a fractured femur.",
        "On 4 August 2022 she was admitted, aged nine weeks, with a fractured femur.",
    ],
)
def test_the_age_after_a_date_goes_on_about_the_child(opening: str) -> None:
    text = (
        "Local Child Safeguarding Practice Review: Child K\n\n1. Summary\n\n"
        f"Child K is a Black British girl. {opening} She is now in foster care.\n\n"
        "2. Practice\n\nChild K had been seen by a GP with a rash at three weeks, and by a health visitor at six "
        "weeks when she was feeding well.\n"
    )
    (kid,) = child_codes(text)
    assert kid["age_months"] == 2


# --- a parent who wounded the child with a weapon, against a long history of neglect ------------------

_CARER = (
    "Learning review: Child D, a young carer\n\n"
    "1. What happened\n\n{incident} He needed surgery to his arm.\n\n"
    "2. Background\n\nFor three years Child D had cooked, cleaned and collected prescriptions for his father. "
    "The review found that Child D's own needs for food, warmth and sleep had been neglected for years.\n"
)


@pytest.mark.parametrize(
    "incident",
    [
        "In May 2022 Child D's father, who had stopped taking his medication, cut him with a bread knife at home.",
        "In May 2022 Child D (13) was wounded at home; his father, during a psychotic episode, stabbed him with "
        "a screwdriver.",
    ],
)
def test_a_parent_wounding_the_child_with_a_weapon_is_physical_abuse(incident: str) -> None:
    (kid,) = child_codes(_CARER.format(incident=incident))
    assert kid["harm_category"] == "physical_abuse"


def test_a_parent_stabbing_the_child_by_name_is_physical_abuse() -> None:
    incident = "Late one night in May 2022 Child D's stepmother, who had been drinking, stabbed Child D in the back."
    (kid,) = child_codes(_CARER.format(incident=incident))
    assert kid["harm_category"] == "physical_abuse"


def test_a_weapon_used_on_someone_else_is_not_the_childs_physical_abuse() -> None:
    incident = "In May 2022 Child D saw his father, during a psychotic episode, threaten a neighbour with a knife."
    (kid,) = child_codes(_CARER.format(incident=incident))
    assert kid["harm_category"] != "physical_abuse"


# --- "She is White British" going on about a parent, not the child ----------------------------------------

_PARENTS = (
    "Local Child Safeguarding Practice Review: Baby J\n\n"
    "1. The incident\n\nIn March 2023 Baby J, a boy of four months, was admitted with a skull fracture.\n\n"
    "2. The family\n\n{mother}\n\n{father}\n"
)


def test_a_pronoun_after_the_mothers_sentence_is_hers() -> None:
    text = _PARENTS.format(
        mother="2.1 When Baby J was born his mother, Ms K, was 20. She had left care at 18. She is White British.",
        father="2.2 Baby J's father, Mr D, is Black African; he came to the UK from Ghana in 2015.",
    )
    (kid,) = child_codes(text)
    assert kid["ethnicity"] == "mixed"


def test_the_mothers_pronoun_alone_gives_the_child_no_group() -> None:
    text = _PARENTS.format(
        mother="2.1 Ms K was 20 when Baby J was born. She is White British.",
        father="2.2 Little is known about Baby J's father.",
    )
    (kid,) = child_codes(text)
    assert kid["ethnicity"] == "not_known"


def test_the_childs_own_pronoun_still_counts() -> None:
    text = _PARENTS.format(
        mother="2.1 Baby J lived with his mother in a flat. He is White British.",
        father="2.2 Little is known about Baby J's father.",
    )
    (kid,) = child_codes(text)
    assert kid["ethnicity"] == "white"


def test_a_pronoun_describing_a_child_after_the_mothers_sentence_is_the_childs() -> None:
    text = (
        "Local Child Safeguarding Practice Review: Amira\n\n1. Amira\n\n"
        "1.1 Amira's mother asked the review to remember her daughter's laugh. She was a British Bangladeshi girl "
        "who loved football.\n\n1.2 In May 2023 Amira, aged 14, took her own life.\n"
    )
    (kid,) = child_codes(text)
    assert kid["ethnicity"] == "asian"


@pytest.mark.parametrize(
    ("phrase", "group"),
    [
        ("a Black British boy of mixed Ghanaian and Jamaican heritage", "black"),
        ("a girl of mixed Pakistani and Indian heritage", "asian"),
        ("a boy of mixed Irish and Polish heritage", "white"),
        ("a girl of mixed Nigerian and English heritage", "mixed"),
    ],
)
def test_two_heritages_of_one_group_called_mixed(phrase: str, group: str) -> None:
    text = (
        "Local Child Safeguarding Practice Review: Child T\n\n1. Child T\n\n"
        f"1.1 Child T is {phrase}. In June 2023, aged 15, Child T was stabbed in a park.\n"
    )
    (kid,) = child_codes(text)
    assert kid["ethnicity"] == group
