"""Round 18 (second wave, child flags): whose cell a flag sits in (a table with one column per child, a
chronology row whose note is about a parent, a bare note on a parent's line, a list naming each child
by code name), the children told of together ("the girls attended ..."), and denials of neglect and
bullying in prose and in notes. Made-up reports."""

from __future__ import annotations

from tests.extract.coding import child_codes


def _by_alias(text: str) -> dict[str, dict[str, str]]:
    return {c["alias"]: c for c in child_codes(text)}


_TABLE = (
    "Rapid review: Children P and Q\n\n"
    "On 4 March 2024 police attended the family home after a neighbour heard shouting. Child P and Child Q "
    "were both injured by their stepfather.\n\n"
    "2. The children\n\n"
    "Child P\n\nChild Q\n\n"
    "Age at incident\n\n6 years\n\n10 years\n\n"
    "Sex\n\nMale\n\nFemale\n\n"
    "School\n\nYear 2, Millbrook Primary\n\nYear 6, Millbrook Primary\n\n"
    "Health\n\nNo known health needs\n\nCerebral palsy; uses a wheelchair\n\n"
    "3. Family\n\nThe mother works part-time.\n"
)


def test_a_column_per_child_gives_each_child_its_own_cells() -> None:
    kids = _by_alias(_TABLE)
    assert kids["Child P"]["disability"] == "absent"
    assert kids["Child Q"]["disability"] == "present"
    assert kids["Child P"]["elective_home_education"] == "absent"
    assert kids["Child Q"]["elective_home_education"] == "absent"


def test_a_school_field_with_year_and_school_is_schooling() -> None:
    text = (
        "Child practice review: Child T\n\nChild T, aged 11, was admitted to hospital in 2023 with a head "
        "injury caused by his father.\n\nKey facts\nSchool: Year 6, Elmsworth Academy\nEthnicity: White British\n"
    )
    (child,) = child_codes(text)
    assert child["elective_home_education"] == "absent"


def test_a_school_year_alone_with_withdrawal_after_is_not_schooling() -> None:
    text = (
        "Child practice review: Child T\n\nChild T, aged 11, was admitted to hospital in 2023 with a head "
        "injury caused by his father.\n\nSchool: Year 6, Elmsworth Academy until he was withdrawn in 2022 "
        "to be home educated.\n"
    )
    (child,) = child_codes(text)
    assert child["elective_home_education"] != "absent"


def test_a_chronology_note_about_a_parent_is_not_the_childs() -> None:
    text = (
        "Rapid review: Child N\n\nChild N, aged nine, was found with bruising in 2023; his mother's partner "
        "was arrested.\n\nChronology\n\n02/2023 | GP | Mum - anxiety and low mood, citalopram started.\n\n"
        "04/2023 | School | N settled, good attendance.\n"
    )
    (child,) = child_codes(text)
    assert child["child_mental_health"] == "not_known"


def test_an_agency_field_about_the_father_is_not_the_childs() -> None:
    text = (
        "Rapid review: Child N\n\nChild N, aged nine, was found with bruising in 2023.\n\n"
        "Agency contact\nGP: father seen three times (back pain; low mood).\n"
    )
    (child,) = child_codes(text)
    assert child["child_mental_health"] == "not_known"


def test_an_agency_field_about_the_child_still_counts() -> None:
    text = (
        "Rapid review: Child N\n\nChild N, aged thirteen, was found with bruising in 2023.\n\n"
        "Agency contact\nCAMHS: N seen for low mood and anxiety, diagnosed with depression in 2022.\n"
    )
    (child,) = child_codes(text)
    assert child["child_mental_health"] == "present"


def test_a_bare_note_on_a_parents_line_is_the_parents() -> None:
    text = (
        "Rapid review: Child N\n\nChild N, aged nine, was found with bruising in 2023.\n\n"
        "Parental factors\nM: cannabis use (history). Depression. Debt and rent arrears.\n"
    )
    (child,) = child_codes(text)
    assert child["child_mental_health"] == "not_known"


def test_a_list_that_names_each_child_by_code_name() -> None:
    text = (
        "Serious case review: Child J1 and Child J2\n\nChild J1 (aged 13) and Child J2 (aged 10) lived with their "
        "mother in 2019.\n\nWhat school saw: Child J2's bedwetting and her anger; Child J1's withdrawal and "
        "self-harm.\n"
    )
    kids = _by_alias(text)
    assert kids["Child J2"]["child_mental_health"] != "present"


def test_the_girls_attended_school_together() -> None:
    text = (
        "Serious case review: Child G1 and Child G2\n\nChild G1 was eleven and Child G2 was eight in 2018, when "
        "they were harmed by their mother's partner.\n\nThe girls attended the village primary school; Child G1 "
        "later moved up to the secondary school.\n"
    )
    kids = _by_alias(text)
    assert kids["Child G1"]["elective_home_education"] == "absent"
    assert kids["Child G2"]["elective_home_education"] == "absent"


def test_denials_of_neglect_in_prose_and_notes() -> None:
    for sentence in (
        "The review did not find that she was neglected; her physical care was consistently good.",
        "There was no evidence of any neglect of the baby's care at any point.",
        "Health visitors had no concerns about neglect of her care or development.",
    ):
        text = f"Rapid review: Baby Z\n\nBaby Z, aged 5 months, died suddenly in 2022.\n\n{sentence}\n"
        (child,) = child_codes(text)
        assert child["neglect_feature"] == "absent", sentence


def test_neglect_not_denied() -> None:
    for sentence in (
        "The health visitor raised concerns about neglect of her care.",
        "It is not clear whether she was neglected before she was admitted.",
    ):
        text = f"Rapid review: Baby Z\n\nBaby Z, aged 5 months, died suddenly in 2022.\n\n{sentence}\n"
        (child,) = child_codes(text)
        assert child["neglect_feature"] != "absent", sentence


def test_denials_of_bullying() -> None:
    for sentence in (
        "- no bullying disclosed by YP or noted by school",
        "Bullying: none known.",
        "School records held no reports of bullying and he said he got on well with his peers.",
    ):
        text = f"Practice review: Young Person V\n\nYoung Person V, aged 14, was stabbed in 2023.\n\n{sentence}\n"
        (child,) = child_codes(text)
        assert child["bullying"] == "absent", sentence


def test_bullying_not_denied() -> None:
    for sentence in (
        "Bullying: not known.",
        "Her mother said there had been no bullying, but V told her tutor she was picked on by girls in her class.",
    ):
        text = f"Practice review: Young Person V\n\nYoung Person V, aged 14, was stabbed in 2023.\n\n{sentence}\n"
        (child,) = child_codes(text)
        assert child["bullying"] != "absent", sentence


def test_more_denials_of_neglect() -> None:
    for sentence in (
        "The panel did not consider that neglect was a factor in the baby's death.",
        "There was no suggestion from any source that Z was being neglected.",
        "There were no concerns at any stage that she was being hurt or neglected.",
    ):
        text = f"Rapid review: Baby Z\n\nBaby Z, aged 5 months, died suddenly in 2022.\n\n{sentence}\n"
        (child,) = child_codes(text)
        assert child["neglect_feature"] == "absent", sentence


def test_the_childs_own_school_and_a_year_closing_a_field() -> None:
    for sentence in (
        "In May 2023 a teaching assistant at Child K's primary school noticed bruises on his arms.",
        "He had an individual support plan at his mainstream primary school.",
        "Child K: boy, Year 5. Lives with mum and her partner.",
        "School year   | Year 5 |",
    ):
        text = f"Rapid review: Child K\n\nChild K, aged nine, was seriously injured in 2023.\n\n{sentence}\n"
        (child,) = child_codes(text)
        assert child["elective_home_education"] == "absent", sentence


def test_a_school_left_for_home_education_is_not_schooling() -> None:
    for sentence in (
        "K had been taken off the roll of his primary school in 2022 to be educated at home.",
        "His mother took him out of his primary school and he was educated at home from then on.",
    ):
        text = f"Rapid review: Child K\n\nChild K, aged nine, was seriously injured in 2023.\n\n{sentence}\n"
        (child,) = child_codes(text)
        assert child["elective_home_education"] != "absent", sentence
