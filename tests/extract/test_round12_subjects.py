"""Round 12 (subjects12): subject children found the ways unseen writers name them. Made-up
reports in our own words."""

from __future__ import annotations

from caselearn.extract.children import find_children
from caselearn.extract.text import Doc


def aliases(text: str) -> list[str]:
    return [c.alias for c in find_children(Doc.from_text(text))]


# --- a family named by a letter in the title, its children numbered with it in the body ---------


def test_briefing_for_children_k_numbers_them_in_prose() -> None:
    text = (
        "Harrowdale Safeguarding Partnership\n\nLearning briefing - Children K\n\n"
        "1. Background\n\nIn spring 2023 an eleven-year-old girl (K1) told a teaching assistant that "
        "there was no food at home. Her brother K2, then four, had lost weight over the winter. K1 "
        "had been caring for K2 most evenings while their mother slept. K2 was later admitted to "
        "hospital. K1 was placed with her grandmother.\n"
    )
    assert aliases(text) == ["K1", "K2"]


def test_terse_template_for_family_r_with_three_numbered_children() -> None:
    text = (
        "LCSPR Family R\nStatus: final\n\n"
        "Subjects: R1 (14), R2 (9), R3 (2)\n"
        "- R1: exclusion from school; missing episodes; CSE concerns\n"
        "- R2: poor attendance; HV and CSC aware\n"
        "- R3: missed health checks; CP plan (neglect)\n"
        "R1 went missing 11 times. R2 was seen by CAMHS once. R3 was found alone.\n"
    )
    assert aliases(text) == ["R1", "R2", "R3"]


def test_numbered_codes_written_with_child_prefix_keep_it() -> None:
    text = (
        "Serious Case Review: Siblings T\n\n1.1 Child T1 (aged 7) and Child T2 (aged 3) lived with "
        "their father. Police attended after a DA incident. Child T1 said he hid upstairs. Child T2 "
        "had bruising that a paediatrician found non-accidental.\n"
    )
    assert aliases(text) == ["Child T1", "Child T2"]


def test_adults_numbered_with_the_family_letter_are_not_children() -> None:
    text = (
        "Review - Family M\n\nThis review concerns Aisha, aged five. Adult M1 is her mother and "
        "Adult M2 her stepfather. Aisha was seen by the HV. M1 missed appointments. M2 was known to "
        "police. Aisha was admitted with a fracture.\n"
    )
    assert "M1" not in aliases(text) and "M2" not in aliases(text)


def test_a_single_numbered_code_is_not_a_set_of_siblings() -> None:
    text = (
        "Family B\n\nReview of practice\n\nThe M6 closure delayed the ambulance. B1 was the only "
        "form used. B1 was filed late.\n"
    )
    assert aliases(text) == [] or all(a != "B1" for a in aliases(text))


# --- children known only by a quoted description ------------------------------------------------


def test_formal_prose_refers_to_two_children_by_their_place_in_the_family() -> None:
    text = (
        "Practice Review\n\nOVERVIEW\n\nTwo children are the subject of this review. In this report we "
        'refer to them as "the eldest child" and "the younger child". The eldest child was nine when '
        "the younger child was admitted to hospital with a head injury. The younger child had been "
        "left with a neighbour. The eldest child told school staff that she was frightened at home. "
        "CSC had closed the case a month before.\n"
    )
    assert aliases(text) == ["the eldest child", "the younger child"]


def test_title_gives_the_baby_in_brackets_and_the_body_keeps_it() -> None:
    text = (
        'LSCB SERIOUS CASE REVIEW - FAMILY H ("THE INFANT")\n\n1. Summary\n\nThe infant was eight weeks '
        "old when admitted with a skull fracture. HV visits had been missed. The infant lived with both "
        "parents. Police found that the infant had been alone with the father.\n"
    )
    assert aliases(text) == ["the infant"]


def test_police_voice_calls_him_the_boy_throughout() -> None:
    text = (
        "Rapid review summary\n\nAt his family's request we will call him 'the boy'. The boy was 15 and "
        "had been reported missing six times. Officers found the boy in a flat used for drug supply. "
        "the boy was released under investigation.\n"
    )
    assert aliases(text) == ["the boy"]


def test_a_quoted_slogan_with_the_child_in_it_names_nobody() -> None:
    text = (
        '"Hearing the child"\n\nA thematic review of practice\n\nPractitioners must listen to the child. '
        "The child should be seen alone. The child's voice was often missing.\n"
    )
    assert aliases(text) == []


def test_a_description_used_once_is_not_taken_as_a_name() -> None:
    text = (
        'Review of practice\n\nOne family member was referred to as "the older sibling" by staff. '
        "Nothing further is known.\n"
    )
    assert aliases(text) == []


# --- a thematic review listing its children each with the family they belong to -----------------


def test_thematic_review_lists_children_with_their_family_letters_over_a_line_break() -> None:
    text = (
        "Thematic review: older children and exploitation\n\n1.1 The three young people are referred to "
        "in this report as Dion (Family A), Leah\n(Family B) and Marcus (Family C). Each was known to "
        "CSC and the police. Dion was 15. Leah was 14 and went missing often. Marcus was stabbed. "
        "Dion was excluded. Leah disclosed CSE. Marcus had an EHCP.\n"
    )
    assert aliases(text) == ["Dion", "Leah", "Marcus"]


def test_case_labels_in_brackets_are_no_part_of_the_names() -> None:
    text = (
        "Review of four families\n\nThe children will be called Ivy (Case 1), Otis (Case 2), Bea (Case 3) "
        "and Rory (Case 4). Ivy was a baby. Otis was three. Bea was seven. Rory was twelve. Ivy, Otis, Bea "
        "and Rory were all on CP plans for neglect.\n"
    )
    assert aliases(text) == ["Ivy", "Otis", "Bea", "Rory"]


def test_a_bracket_that_is_not_a_family_label_does_not_join_the_list() -> None:
    text = (
        "Thematic review\n\nThe children are referred to here as Nell (Family A) and her mother's partner "
        "(Mr K). Nell was four. Nell had bruising seen by the HV.\n"
    )
    assert "Mr K" not in aliases(text)


# --- a heading per child giving the chosen name in quotes after a dash ---------------------------


def test_headings_give_each_young_persons_name_in_quotes() -> None:
    text = (
        'Thematic review: exploitation\n\n2. The young people\n\nYoung Person A - "Jon"\n\n2.1 Jon was 15 '
        "and known to YJS. Jon went missing twice.\n\nYoung Person B – “Tia”\n\n2.2 Tia was 14. Tia "
        "disclosed CSE to her school nurse.\n"
    )
    assert sorted(aliases(text)) == ["Young Person A (Jon)", "Young Person B (Tia)"]


def test_child_headings_with_single_quoted_names_after_a_colon() -> None:
    text = (
        "Review of two children\n\nChild 1: 'Ada'\n\nAda was a baby on a CP plan. Ada was seen by the "
        "HV.\n\nChild 2: 'Finn'\n\nFinn was six. Finn told a teacher about DA at home.\n"
    )
    assert sorted(aliases(text)) == ["Child 1 (Ada)", "Child 2 (Finn)"]


def test_a_heading_with_a_quoted_phrase_is_not_a_child_name() -> None:
    text = 'Findings\n\nChild C - "Not seen"\n\nChild C was eight. Child C missed school. Child C was seen by CSC.\n'
    assert "Child C (Not)" not in aliases(text)
