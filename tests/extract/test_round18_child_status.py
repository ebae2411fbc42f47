"""Round 18 (child status and flags): a paragraph opening on the child's pronoun goes on about the child;
a terse "on CP plan" is a plan; a glossary's definition and a "Now LAC" note are not the child's status at
the incident; "either girl" is said of the children together; a concern found untrue is an absence.
Made-up reports."""

from __future__ import annotations

import pytest

from tests.extract.coding import case_codes, child_codes


def _child(text: str) -> dict[str, str]:
    return child_codes(text)[0]


def _by_alias(text: str) -> dict[str, dict[str, str]]:
    return {c.get("alias", str(i)): c for i, c in enumerate(child_codes(text))}


# --- a new paragraph opening on the child's pronoun -------------------------------------------------


@pytest.mark.parametrize(
    ("said", "cp", "sc"),
    [
        ("She was on a child in need plan when this happened; she had never been on a CP plan.", "never", "open"),
        ("She was subject to a child protection plan at the time of the incident.", "current", "open"),
        ("Her case was open to children's social care at the time, with an allocated social worker.", None, "open"),
    ],
)
def test_a_paragraph_opening_on_her_pronoun_is_about_her(said: str, cp: str | None, sc: str) -> None:
    text = (
        "Rapid Review: Child T1 and Child T2\n\n"
        "Child T1\n"
        "Girl, aged 2 years at the incident (May 2024).\n"
        "In May 2024 Child T1 was found unresponsive at home and taken to hospital.\n"
        "She had swallowed tablets left within reach.\n\n"
        f"{said}\n\n"
        "Child T2\n"
        "Boy, aged 10 weeks at the incident (August 2024).\n"
        "Child T2 died in his sleep on a sofa beside his father. Child T2 was not known to children's social care.\n"
    )
    kids = _by_alias(text)
    t1 = next(c for a, c in kids.items() if "T1" in a)
    t2 = next(c for a, c in kids.items() if "T2" in a)
    if cp is not None:
        assert t1["cp_plan"] == cp
    assert t1["social_care_status"] == sc
    assert t2.get("cp_plan") in (None, "not_known")


def test_a_paragraph_about_the_mother_is_not_about_the_child() -> None:
    text = (
        "Rapid Review: Child T1 and Child T2\n\n"
        "Child T1\n"
        "Girl, aged 2 years at the incident (May 2024).\n"
        "In May 2024 Child T1 was found unresponsive at home and taken to hospital.\n"
        "She had swallowed tablets left within reach.\n\n"
        "Her mother had been on a child protection plan as a teenager.\n\n"
        "Child T2\n"
        "Boy, aged 10 weeks at the incident (August 2024).\n"
        "Child T2 died in his sleep on a sofa beside his father.\n"
    )
    t1 = next(c for a, c in _by_alias(text).items() if "T1" in a)
    assert t1.get("cp_plan") in (None, "not_known")


_ARIA = "Aria, aged 7, was admitted to hospital in January 2024 with severe dental decay."

# --- a terse "on CP plan" ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "CSC: known since 2019. Aria on CP plan (neglect) since June 2023; open at the time.",
        "- Aria and her brother on child protection plans, category neglect, from March 2023.",
        "Police: officers attended the home several times while Aria was on a CP plan under neglect.",
    ],
)
def test_a_terse_on_cp_plan_is_a_plan(said: str) -> None:
    text = f"Rapid Review: Aria\n\n{_ARIA}\n{said}\n"
    assert _child(text)["cp_plan"] == "current"


@pytest.mark.parametrize(
    "said",
    [
        "Aria's mother, on CP plan herself aged nine, had grown up in care.",
        "After a short period on a CP plan in 2016 the family moved away and the case closed.",
        "Mar 2017 | CSC | ICPC: Aria on CP plan (neglect)",
    ],
)
def test_a_parents_plan_a_spell_or_an_old_row_is_not_a_current_plan(said: str) -> None:
    text = f"Rapid Review: Aria\n\n{_ARIA}\n{said}\n"
    assert _child(text).get("cp_plan") != "current"


# --- a glossary's definition and a note of what followed -------------------------------------------


@pytest.mark.parametrize(
    "entry",
    [
        "Section 20 - a provision of the Children Act 1989 under which a child is accommodated by the council",
        "ICO - an order made by a family court under which a child is placed in the care of the local authority",
        "Care order: the order of a court under which a child is looked after by the local authority",
    ],
)
def test_a_glossary_definition_is_not_the_childs_status(entry: str) -> None:
    text = (
        "Serious Case Review: Child Z\n\n"
        "Child Z, aged 3, lived with his mother and her partner and died of head injuries in 2015.\n"
        "The family had not been known to children's social care.\n\n"
        "Glossary\n\n"
        f"{entry}\n"
        "GP - General Practitioner\n"
    )
    child = _child(text)
    assert child.get("looked_after") != "present"
    assert child.get("social_care_status") != "open"


@pytest.mark.parametrize(
    "note",
    [
        "Now LAC under an interim care order with foster carers.",
        "Now accommodated under s20 with a kinship carer.",
        "Not looked after at the time. Now looked after by the local authority.",
    ],
)
def test_a_now_note_is_what_followed(note: str) -> None:
    text = (
        "Rapid Review: Child P\n\n"
        "- Child P, aged 9, living with a family friend (private fostering, never notified).\n"
        "- Not known to CSC before the incident.\n"
        f"- {note}\n"
    )
    assert _child(text).get("looked_after") != "present"


def test_a_present_looked_after_is_still_read() -> None:
    text = (
        "Rapid Review: Child P\n\n"
        "Child P, aged 14, was a looked after child living in a residential children's home when she went missing.\n"
    )
    assert _child(text)["looked_after"] == "present"


# --- "either girl" and a concern found untrue ------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "There is no evidence that either girl was sexually exploited by anyone outside the family.",
        "The police found no evidence that either of the children had been sexually exploited.",
        "I found no indication that either child was being sexually exploited outside the home.",
    ],
)
def test_either_child_is_each_child(said: str) -> None:
    text = (
        "Serious Case Review: Child V1 and Child V2\n\n"
        "Child V1, aged 12, and Child V2, aged 9, were sexually abused by their stepfather over several years. "
        "Child V1 told a teacher in 2016. Child V2 was examined by a paediatrician.\n\n"
        f"{said}\n"
    )
    kids = child_codes(text)
    assert len(kids) == 2
    assert all(k["child_sexual_exploitation"] == "absent" for k in kids)


@pytest.mark.parametrize(
    "said",
    [
        "The strategy discussion found the man was a relative, and the concern that she was being sexually "
        "exploited was not substantiated.",
        "Concerns about CSE were unfounded: the older man turned out to be her cousin.",
        "The police enquiry ruled out sexual exploitation; the adult was a family friend known to her mother.",
    ],
)
def test_a_concern_found_untrue_is_an_absence(said: str) -> None:
    text = f"Rapid Review: Jade\n\nJade, aged 14, took an overdose in 2022 and was admitted to hospital.\n{said}\n"
    assert _child(text)["child_sexual_exploitation"] == "absent"


@pytest.mark.parametrize(
    "said",
    [
        "There were concerns that she was being sexually exploited by older men in the town.",
        "Police raised a concern that Jade might be at risk of sexual exploitation; no one followed it up.",
        "The concern that she was being sexually exploited was never properly explored.",
    ],
)
def test_an_open_concern_is_not_an_absence(said: str) -> None:
    text = f"Rapid Review: Jade\n\nJade, aged 14, took an overdose in 2022 and was admitted to hospital.\n{said}\n"
    assert _child(text).get("child_sexual_exploitation") != "absent"


# --- a note under an adult's label; a disability the harm left -------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "- F: mild learning disability (went to a special school); on antidepressants from the GP.",
        "- Mother (M) - diagnosed with ADHD as an adult, not medicated.",
        "- Mr K: registered disabled after a road accident in 2015.",
    ],
)
def test_a_note_under_an_adults_label_is_the_adults(note: str) -> None:
    text = (
        "Rapid Review: Lily\n\n"
        "- Lily, aged 5, lived with her father and grandmother.\n"
        f"{note}\n"
        "- Lily was admitted to hospital in 2023 with a fractured arm.\n"
    )
    assert _child(text).get("disability") != "present"


@pytest.mark.parametrize(
    "note",
    [
        "- Lily: autism diagnosed in 2021; EHCP in place.",
        "- Child L - cerebral palsy, uses a wheelchair.",
        "Lily had global developmental delay and attended a special school.",
    ],
)
def test_the_childs_own_note_still_counts(note: str) -> None:
    text = f"Rapid Review: Lily\n\nLily, aged 5, lived with her father and grandmother.\n{note}\n"
    assert _child(text)["disability"] == "present"


@pytest.mark.parametrize(
    "said",
    [
        "She was shaken in March 2022 and has a permanent visual impairment as a result.",
        "He suffered a serious brain injury in the assault and has been left with weakness on one side.",
        "The injuries were severe. As a consequence of this, Ben now uses a wheelchair.",
    ],
)
def test_a_disability_the_harm_left_is_not_one_before(said: str) -> None:
    text = f"Serious Case Review: Ben\n\nBen was 14 months old and lived with his mother.\n{said}\n"
    assert _child(text).get("disability") != "present"


# --- a parent's own youth: "her father" there is a grandparent -------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Ms R went on a child protection plan in 1998, when she was nine, because of her father's heavy drinking.",
        "When he was twelve Mr D was taken into care because of his mother's alcohol misuse.",
        "Records show that when she was fourteen her mum's drinking led to a referral to social services.",
    ],
)
def test_a_parents_own_youth_is_not_a_parents_drinking(said: str) -> None:
    text = (
        "Serious Case Review: Child E\n\n"
        "Child E, aged 18 months, died in 2014 of dehydration and malnutrition at the family's flat.\n"
        "Child E was not a looked after child.\n"
        f"{said}\n"
    )
    assert case_codes(text).get("parental_alcohol_misuse") != "present"


# --- terse notes: "No current or previous CP plan", "Social worker allocated" ----------------------


@pytest.mark.parametrize(
    "note",
    [
        "No previous or current CP plan.",
        "- CP: no current or past child protection plan; known to CSC as CIN.",
        "Health and CSC records show no prior CP plan for Kai.",
    ],
)
def test_no_current_or_previous_plan_is_never(note: str) -> None:
    text = f"Rapid Review: Kai\n\nKai, aged 15, was stabbed in 2024 near his school.\n{note}\n"
    assert _child(text)["cp_plan"] == "never"


@pytest.mark.parametrize(
    "note",
    [
        "03/2024 MASH: CIN. Social worker allocated.",
        "Following the assessment a social worker was allocated and a child in need plan agreed in 2023.",
        "- CSC: open as CIN; social worker allocated since January.",
    ],
)
def test_social_worker_allocated_is_open(note: str) -> None:
    text = f"Rapid Review: Kai\n\nKai, aged 15, was stabbed in 2024 near his school.\n{note}\n"
    assert _child(text)["social_care_status"] == "open"


@pytest.mark.parametrize(
    "note",
    [
        "No social worker was allocated and the referral was closed with advice.",
        "The MASH closed the contact; a social worker was not allocated.",
    ],
)
def test_no_social_worker_allocated_is_not_open(note: str) -> None:
    text = f"Rapid Review: Kai\n\nKai, aged 15, was stabbed in 2024 near his school.\n{note}\n"
    assert _child(text).get("social_care_status") != "open"
