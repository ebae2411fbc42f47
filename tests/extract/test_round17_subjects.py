"""Round 17 (subjects17): subject children named together in a title, in a list of codes that each
carry the name the body uses, and in the opening's several list sentences. Made-up reports in our
own words."""

from __future__ import annotations

from caselearn.extract.children import find_children
from caselearn.extract.text import Doc


def aliases(text: str) -> list[str]:
    return [c.alias for c in find_children(Doc.from_text(text))]


# --- a title naming two children: the body may name the second only through the first -------------


def test_rapid_review_title_naming_both_twins_keeps_the_one_named_as_a_sister() -> None:
    text = (
        "Eastmere Safeguarding Partnership\nRapid review: Twin 1 and Twin 2\n\n"
        "1. Why this review\n\nTwin 1 was taken to the emergency department with a swollen arm on "
        "3 June. An X-ray showed a fracture. A skeletal survey of his brother, Twin 2, showed older "
        "rib fractures. The twins were seven weeks old. Twin 1 had been seen by the HV twice.\n"
    )
    assert aliases(text) == ["Twin 1", "Twin 2"]


def test_terse_briefing_title_with_two_coded_siblings() -> None:
    text = (
        "7-MINUTE BRIEFING\nLCSPR: Child M and Child N\n\n"
        "- Child M (4y): CP plan (neglect); poor nursery attendance.\n"
        "- Her sister, Child N, 18 months: missed immunisations; HV visits not kept.\n"
        "- Child M disclosed being hit. CSC and police joint visit.\n"
    )
    assert aliases(text) == ["Child M", "Child N"]


def test_a_single_child_title_leaves_a_named_sibling_out() -> None:
    text = (
        "Serious Case Review: Child P\n\n1. Summary\n\nChild P was eleven months old when he died. "
        "Child P lived with his mother and his brother, Child Q, who was four. Child P had been seen "
        "by the GP twice. His brother, Child Q, attended nursery.\n"
    )
    assert aliases(text) == ["Child P"]


# --- a list of codes each with the name the body then uses ----------------------------------------


def test_young_people_referred_to_by_number_and_name() -> None:
    text = (
        "Thematic review: exploitation of teenagers\n\n1. Introduction\n\nThe partners combined three "
        "rapid reviews. The young people are called here Young Person 1 (Jordan), Young Person 2 (Tia) "
        "and Young Person 3 (Callum); none of these are their real names.\n\n2. The young people\n\n"
        "Jordan was fifteen and lived with his father. Tia was fourteen and in foster care. Callum "
        "was sixteen and out of school. Jordan was found in a flat in another county.\n"
    )
    assert aliases(text) == ["Young Person 1 (Jordan)", "Young Person 2 (Tia)", "Young Person 3 (Callum)"]


def test_children_known_by_letter_and_name_in_a_police_voice() -> None:
    text = (
        "LCSPR - Family H\n\nBackground\n\nThey are referred to as Child A (Ellis) and Child B (Nova). "
        "On 4 May officers attended a DA call. Ellis was 6 and Nova was 2. Nova had a bruise to her "
        "cheek. Ellis told officers that his mum's boyfriend had shouted.\n"
    )
    assert aliases(text) == ["Child A (Ellis)", "Child B (Nova)"]


def test_a_code_whose_bracket_holds_an_age_is_no_name() -> None:
    text = (
        "Overview report\n\n1.1 The children are referred to as Sibling 1 (aged 9) and Sibling 2 (aged 3) "
        "and the review concerns Ruby. Ruby was three years old when she was admitted to hospital. "
        "Ruby had bruising. Ruby lived with her mother.\n"
    )
    assert "Sibling 1 (aged 9)" not in aliases(text)


# --- the opening's list sentences read together ----------------------------------------------------


def test_one_child_died_and_two_others_were_harmed() -> None:
    text = (
        "Thematic Child Safeguarding Practice Review\n\nSummary\n\nThree incidents in 2023 involved "
        "children in private fostering. One child, Aria, died. Two children, Jack and Ollie, were "
        "seriously injured. The partners brought the learning together.\n\n"
        "2. The children\n\nAria was two years old. Jack was seven. Ollie was nine. Aria lived with an "
        "aunt. Jack and Ollie lived with a family friend.\n"
    )
    assert aliases(text) == ["Aria", "Jack", "Ollie"]


def test_terse_opening_with_a_third_child_named_on_its_own() -> None:
    text = (
        "SAFEGUARDING PRACTICE REVIEW - neglect thematic\n\nScope\n\nTwo boys, Ethan and Mason, were "
        "found in a cold flat with no food (CSC, police). A third child, Poppy, was admitted with "
        "faltering growth (health).\n\nEthan was 5. Mason was 3. Poppy was 11 months. Ethan had "
        "missed school. Poppy had not been seen by the HV.\n"
    )
    assert aliases(text) == ["Ethan", "Mason", "Poppy"]


def test_a_child_named_in_another_paragraph_is_not_added() -> None:
    text = (
        "Local Child Safeguarding Practice Review\n\n1. Introduction\n\nThe review concerns two siblings, "
        "Leo and Isla, who were harmed in 2022.\n\n2. Family\n\nThe family also included an older "
        "cousin. One child, Freddie, lived next door and was not known to services. Leo was four. "
        "Isla was two. Leo was injured. Isla was neglected. Freddie moved away.\n"
    )
    assert aliases(text) == ["Leo", "Isla"]


# --- title forms: a quoted review name with the document's kind after it; prefixed names together --


def test_quoted_shouted_name_in_a_progress_update_title() -> None:
    text = (
        'MARSHFORD SAFEGUARDING CHILDREN PARTNERSHIP\n\nLCSPR "RUBY" - ACTION PLAN UPDATE\n\n'
        "Background\n\n- Ruby, 14 months, admitted with a head injury (Mar 2023). CSC and HV involved.\n"
        "- Ruby on CP plan (neglect) at the time.\n"
    )
    assert aliases(text) == ["Ruby"]


def test_quoted_name_then_a_colon_in_formal_prose() -> None:
    text = (
        "Child Safeguarding Practice Review 'Jayden': what we learned\n\nPublished 2024\n\n"
        "1.1 This summary is for practitioners. Jayden was fifteen when he was stabbed near his home. "
        "Jayden had been excluded from school the previous year.\n"
    )
    assert aliases(text) == ["Jayden"]


def test_a_quoted_word_that_is_not_a_name_is_not_a_child() -> None:
    text = (
        'Serious Case Review "LESSONS" - an overview\n\n1. The child\n\nEvie was two years old when '
        "she died. Evie lived with her father.\n"
    )
    assert aliases(text) == ["Evie"]


def test_two_prefixed_babies_named_in_a_title() -> None:
    text = (
        "Northgate Safeguarding Partnership\n\nBaby Lola and Baby Finn: learning about safer sleep\n\n"
        "1. Introduction\n\n1.1 Two babies died suddenly in 2023. Baby Lola was seven weeks old and "
        "Baby Finn was four months old. Lola had been sleeping on a sofa with her father. Finn was "
        "found in his parents' bed.\n"
    )
    assert aliases(text) == ["Baby Lola", "Baby Finn"]


def test_children_field_with_a_colon_before_the_numbered_codes() -> None:
    text = (
        "RAPID REVIEW - SUMMARY NOTE\n\nChildren: K1 and K2 (siblings; K3 not a subject)\n\n"
        "K1 - F, 6y. Bruising to face. K2 - M, 3y. No injuries. K3 lives with his father.\n"
        "K1 told school staff about DA at home. K2 attends nursery.\n"
    )
    assert aliases(text) == ["K1", "K2"]
