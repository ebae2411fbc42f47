"""Round 19b: parental and family flags by cause. A run of He/She sentences belongs to the person
who opens it (the child's own learning disability is not a parent's); a template field's label
("Health:", "Family B:") does not hide the parent that opens the statement; a short statement after
another on the same line is not a heading; a denial under a parent's label in a template covers
that parent; a father named as Mr X who has left the child's life needs no denial; a parent's
teenage CAMHS contact, abuse in the parent's youth and a possessive parent's drinking. Every
report below is made up for these tests."""

from __future__ import annotations

import pytest

from tests.extract.coding import case_codes

OPENING = "Local Child Safeguarding Practice Review\n\n1. Introduction\n\n"
BABY = "Ava was eleven weeks old when she was admitted to hospital with a skull fracture in 2022. Ava survived. "
GIRL = "Mila was four years old when she was found neglected at home in 2023. Mila survived. "
BOY = "Noah was eight years old when he was admitted to hospital with a head injury in 2023. Noah survived. "
TEEN = "Kai was 15 years old when he was stabbed in a park in 2023. Kai survived. "
ALC, DRUG, MH = "parental_alcohol_misuse", "parental_drug_misuse", "parental_mental_health"
LD, ACES = "parental_learning_disability", "parental_aces"


def code(text: str, variable: str, child: str = BABY) -> str:
    return case_codes(OPENING + child + text).get(variable, "not_known")


# -- a run of He/She sentences is the child's when the child's name opens it


@pytest.mark.parametrize(
    "text, child",
    [
        (
            "Mila was born early. She had a long stay in the neonatal unit. She has a severe learning "
            "disability and uses a wheelchair.",
            GIRL,
        ),
        (
            "Noah's class teacher describes a cheerful boy. He likes trains. When upset he may hide under "
            "a table. He was assessed at six as having a moderate learning disability.",
            BOY,
        ),
        (
            "- Mila: born at 30 weeks.\nMila was seen by the paediatrician. She has global developmental delay. "
            "She has learning disabilities.",
            GIRL,
        ),
    ],
)
def test_childs_run_is_not_a_parents(text: str, child: str) -> None:
    assert code(text, LD, child) == "not_known"


@pytest.mark.parametrize(
    "text, child",
    [
        # the run opens with the parent: hers
        ("Mila's mother was 22. She left school at 16. She has a learning disability.", GIRL),
        # the child's sentence, then the mother's own
        ("Mila was born at term. Her mother has a mild learning disability and was supported by an advocate.", GIRL),
        ("\n- Mother (M), 24: has a mild learning disability and is supported by adult social care.", BOY),
    ],
)
def test_parents_own_learning_disability(text: str, child: str) -> None:
    assert code(text, LD, child) == "present"


# -- a field label before the statement does not hide the parent


@pytest.mark.parametrize(
    "text",
    [
        "Health: Kai's mother told her GP in 2022 that she felt low, and was prescribed antidepressants for "
        "depression. She attended two reviews.",
        "Family K: Kai's mother is a lone parent. She has depression, treated by her GP.",
        "GP - Kai's mum was seen for anxiety in 2022. She was referred to talking therapies for anxiety.",
    ],
)
def test_label_before_a_parent(text: str) -> None:
    assert code(text, MH, TEEN) == "present"


@pytest.mark.parametrize(
    "text",
    [
        # the young person's own, with a label
        "Health: Kai told his GP he felt low. He was prescribed antidepressants for depression.",
        "CAMHS: Kai was seen twice for anxiety. He did not attend the third appointment.",
    ],
)
def test_label_before_the_young_person(text: str) -> None:
    assert code(text, MH, TEEN) != "present"


# -- a short statement after another on its line; a denial under a parent's label


def test_template_entries_cover_both_parents() -> None:
    text = (
        "\nFAMILY\n\nMum:\n- Low mood, seen by GP\n- No known alcohol or drug issues\n\n"
        "Dad:\n- Works full time. No known drug or alcohol issues\n- Seen at most visits\n"
    )
    assert code(text, ALC, BOY) == "absent"
    assert code(text, DRUG, BOY) == "absent"


def test_template_entry_covers_only_its_parent() -> None:
    text = "\nFAMILY\n\nMum:\n- No known alcohol or drug issues\n\nDad:\n- Works nights, seen at two visits\n"
    assert code(text, ALC, BOY) == "not_known"


def test_a_denial_under_the_childs_entry_is_not_the_parents() -> None:
    text = "\nFAMILY\n\nKai:\n- Year 10 at Hillside Academy\n- No known alcohol or drug issues\n"
    assert code(text, ALC, TEEN) == "not_known"


# -- a father named as Mr X, out of the child's life


@pytest.mark.parametrize(
    "gone",
    [
        "Mr T moved abroad in 2019 and has had no contact with Ava since then.",
        "Mr T has had no contact with the family since 2020.",
        "Mr T died in 2021.",
    ],
)
def test_father_named_and_gone(gone: str) -> None:
    text = (
        f"Ava's father, Mr T, left the family home before her birth. {gone} "
        "No agency had any concerns about Ms B's mental health or about any use of alcohol or drugs by her."
    )
    assert code(text, ALC) == "absent"
    assert code(text, MH) == "absent"


@pytest.mark.parametrize(
    "text",
    [
        # the father named and still in the child's life: the mother's denial covers her only
        "Ava's father, Mr T, visits every weekend. No agency had any concerns about Ms B's use of alcohol.",
        # someone else has had no contact, not Mr T
        "Ava's father, Mr T, lives with the family. Ms B's sister has had no contact since 2020. "
        "No agency had any concerns about Ms B's use of alcohol.",
    ],
)
def test_father_named_and_present(text: str) -> None:
    assert code(text, ALC) == "not_known"


# -- a parent's teenage CAMHS contact; abuse and a parent's suicide in a parent's youth


@pytest.mark.parametrize(
    "text",
    [
        "\n- Mother is a care leaver. She had anxiety as a teenager and was seen by CAMHS at 15.",
        "The mother told the midwife she had been known to CAMHS in her teens for anxiety.",
        "\nMum: CAMHS at 16 for low mood; no contact with services since.",
    ],
)
def test_parents_teenage_camhs(text: str) -> None:
    assert code(text, MH) == "present"


def test_childs_own_camhs_is_not_the_parents() -> None:
    assert code("Noah was referred to CAMHS for anxiety in 2022.", MH, BOY) == "not_known"


@pytest.mark.parametrize(
    "text",
    [
        "The mother has since disclosed that she was sexually abused by a neighbour in her early teens.",
        "Ava's father told the review that he was beaten as a child by his own father.",
        "Ms B lost her own father to suicide when she was 14.",
        "3.2 The father's own mother took her own life when he was nine.",
    ],
)
def test_aces_in_a_parents_youth(text: str) -> None:
    assert code(text, ACES) == "present"


@pytest.mark.parametrize(
    "text",
    [
        # a parent's parent's death alone is not an adverse experience here
        "The mother's own father died when she was four.",
        # the child is the one harmed (a teenager's review)
        "Kai was assaulted by an older boy in his early teens and did not report it.",
        # a grandparent's suicide is no parent's mental ill-health
        "Ms B lost her own father to suicide when she was 14.",
    ],
)
def test_not_aces_or_not_mental_health(text: str) -> None:
    child = TEEN if text.startswith("Kai") else BABY
    if "suicide" in text:
        assert code(text, MH, child) == "not_known"
    else:
        assert code(text, ACES, child) == "not_known"


# -- drinking told with its holder


@pytest.mark.parametrize(
    "text, child",
    [
        ('Ms B told the reviewer that in 2022 she was drinking "most nights" to get to sleep.', BABY),
        ("After the mother's death Mr P's drinking increased sharply and he lost his job.", TEEN),
        ("The DA in the household and Mum's drinking were not considered within the CIN plan.", TEEN),
        ("She told the IDVA that her husband's drinking had increased since the spring.", TEEN),
        ("Ms B's increased drinking was noted by the health visitor in 2022.", BABY),
    ],
)
def test_a_parents_drinking(text: str, child: str) -> None:
    if child is TEEN and text.startswith("She"):
        text = "Health: Kai's mother saw her GP in 2023. " + text
    assert code(text, ALC, child) == "present"


@pytest.mark.parametrize(
    "text, child",
    [
        ("Kai's drinking increased sharply in 2023 and he was found drunk twice.", TEEN),
        ("Ms B said she was not drinking at all by then.", BABY),
        ("Practitioners should ask whether a parent's drinking has increased.", BABY),
    ],
)
def test_not_a_parents_drinking(text: str, child: str) -> None:
    assert code(text, ALC, child) != "present"
