"""Round 19 practice themes: which part of a report is read. Plain headings for the findings
("What I found", "What the review learned") are findings parts and end the introduction before
them; a report whose only findings parts are headed that way threads its analysis through the
story, so it is read whole (less its introduction, method and recommendations). A record or an
address not updated is record keeping, not a risk picture left unchanged. All text here is
invented for the tests."""

from __future__ import annotations

import pytest

from caselearn.documents import parse_bytes
from caselearn.documents.sections import canonical
from caselearn.extract.pipeline import Pipeline
from caselearn.extract.text import Doc
from caselearn.extract.themes import finding_ranges

_PIPELINE = Pipeline()


def _doc(text: str) -> Doc:
    return Doc.from_parsed(parse_bytes(text.encode("utf-8"), "r.txt"))


def themes_of(text: str) -> dict[str, str]:
    case = _PIPELINE.run(_doc(text)).to_dict()["case"]
    return {k: v["value"] for k, v in case.items() if k.startswith("theme_")}


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("WHAT I FOUND", "findings"),
        ("4. What we found", "findings"),
        ("Part 3: What the review found", "findings"),
        ("What did the review find?", "findings"),
        ("5. What I have learned", "learning"),
        ("WHAT WE LEARNT", "learning"),
        ("What we learned", "learning"),
    ],
)
def test_plain_findings_headings(heading: str, name: str) -> None:
    assert canonical(heading) == name


@pytest.mark.parametrize("heading", ["What we knew", "What happened", "What we will do next", "Who Kai was"])
def test_other_plain_headings_are_not_findings(heading: str) -> None:
    assert canonical(heading) not in ("findings", "learning")


# the introduction's heading is the only one the old reading knew: it ran on over the story and the
# findings, and nothing was read
_FIRST_PERSON = """SEAFORD CHILDREN'S PARTNERSHIP

Local Child Safeguarding Practice Review

WHY I WAS ASKED

The partners asked me to look at the help given to Kai and his mother before he was hurt.

KAI

Kai is four. He loves diggers and his nursery.

WHAT I FOUND

1. Kai's mother's new partner was never seen by any professional, although he lived at the house.

2. The health visitor and the nursery each held part of the picture and did not share it.

RECOMMENDATIONS

1. Agencies should record who lives in the household.
"""

_BULLETS = """Riverside Safeguarding Partnership

Rapid review summary: Baby N

BACKGROUND AND REASON FOR REVIEW

Baby N (7 weeks) was admitted with a skull fracture.

WHAT WE FOUND

- Stepfather not seen by HV or GP; nobody asked about him.
- Police did not tell CSC about DA call-out; info not shared with HV.

RECOMMENDATIONS

1. HV to ask about all adults in the household.
"""

_STORY = """Local Child Safeguarding Practice Review: Amy

Why this review

The partnership commissioned this review after Amy was found at home with serious injuries.

What happened

The school told the social worker about Amy's bruises, but this information was not shared with the
GP. Amy's stepfather was never seen by the social worker.

What we learned

Practitioners worked hard for Amy and her brother.

Recommendations

1. The partnership should audit referrals from schools.
"""


def test_first_person_findings_after_an_introduction() -> None:
    themes = themes_of(_FIRST_PERSON)
    assert themes.get("theme_invisible_men") == "present"
    assert themes.get("theme_information_sharing") == "present"


def test_terse_findings_after_a_capitalised_introduction() -> None:
    themes = themes_of(_BULLETS)
    assert themes.get("theme_invisible_men") == "present"
    assert themes.get("theme_information_sharing") == "present"


def test_a_plainly_headed_report_is_read_beyond_its_learning_part() -> None:
    doc = _doc(_STORY)
    ranges = finding_ranges(doc)
    assert ranges is not None
    story = doc.text.index("The school told")
    assert any(a <= story < b for a, b in ranges)
    intro = doc.text.index("The partnership commissioned")
    assert not any(a <= intro < b for a, b in ranges)
    recs = doc.text.index("audit referrals")
    assert not any(a <= recs < b for a, b in ranges)
    assert themes_of(_STORY).get("theme_information_sharing") == "present"


def test_a_formal_findings_part_still_narrows_the_reading() -> None:
    text = _STORY.replace("What we learned", "Findings")
    doc = _doc(text)
    story = doc.text.index("The school told")
    assert not any(a <= story < b for a, b in finding_ranges(doc) or [(0, len(doc.text))])


def _findings(sentence: str) -> str:
    return (
        "Practice review: Child M\n\n1. Introduction\n\nChild M was two.\n\n"
        f"4. Findings\n\n{sentence}\n\n5. Recommendations\n\n1. Partners should review their guidance.\n"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The hospital had not updated its records after the family moved, so letters went astray.",
        "- GP: had not updated the address after the move.",
        "The school had not updated the contact details it held for the mother.",
        "Police had not updated their database with the new address.",
    ],
)
def test_records_not_updated_are_not_changing_risk(sentence: str) -> None:
    assert themes_of(_findings(sentence)).get("theme_changing_risk") != "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "The child in need plan was not updated when the mother's new partner moved in.",
        "- CP plan not reviewed after 2nd DA incident.",
        "The risk assessment was never updated as the baby's weight fell.",
    ],
)
def test_plans_not_updated_are_changing_risk(sentence: str) -> None:
    assert themes_of(_findings(sentence)).get("theme_changing_risk") == "present"


# a sentence-case heading a text reader does not take for one: the introduction ran on over it
def _summary_then(heading: str, findings: str) -> str:
    return (
        "Local Child Safeguarding Practice Review\n\nYoung Person Z\n\nSummary\n"
        "This review was commissioned after Z was seriously hurt. The reviewer met Z's parents.\n\n"
        "Z's story\nZ lived with her mother and visited her father at weekends.\n\n"
        f"{heading}\n\n{findings}\n\nRecommendations\n1. The partnership should refresh its training.\n"
    )


@pytest.mark.parametrize(
    ("heading", "findings"),
    [
        (
            "What the review found",
            "1. Information held by the school, the police and CAMHS was never brought together, and the "
            "social worker did not know about the missing episodes.",
        ),
        ("What we found", "- Police did not share the missing-from-home reports with school or CSC."),
        ("3. What I learned", "Nobody passed the DA notification on to the HV; information was not shared."),
    ],
)
def test_sentence_case_findings_heading_ends_the_summary(heading: str, findings: str) -> None:
    assert themes_of(_summary_then(heading, findings)).get("theme_information_sharing") == "present"


def test_a_sentence_asking_what_was_found_is_no_heading() -> None:
    text = _summary_then(
        "Other matters",
        "What the police found at the house was not shared with the school.",
    )
    doc = _doc(text)
    at = doc.text.index("What the police")
    assert not any(a <= at < b for a, b in finding_ranges(doc) or [])


@pytest.mark.parametrize(
    "sentence",
    [
        # terse, template
        "4.2 Mr T invisible to services - no name, DOB or role recorded.",
        "- Stepfather largely invisible: not known to HV, GP or CSC.",
        # long formal prose
        "The health visitor noted that a new partner had moved in but did not ask for his surname or date "
        "of birth, and no checks were made.",
        # police / health voice
        "Boyfriend mentioned at the 6-8 week contact; his name was not recorded and no PNC check followed.",
        "No agency established the man's identity before he began caring for the baby.",
    ],
)
def test_the_man_nobody_identified(sentence: str) -> None:
    assert themes_of(_findings(sentence)).get("theme_invisible_men") == "present"


@pytest.mark.parametrize(
    "sentence",
    [
        # another person's name, or an agency not a man
        "The caller's name was not recorded by the contact centre.",
        "The mother did not give the name of her GP practice.",
        "Partner agencies invisible in the early help plan were contacted later.",
        # praise
        "The health visitor took the partner's full name and date of birth and ran the checks.",
    ],
)
def test_no_man_unidentified(sentence: str) -> None:
    assert themes_of(_findings(sentence)).get("theme_invisible_men") != "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "Nor do I think caseloads or supervision played a part in what happened.",
        "The panel does not consider that staffing was a factor.",
        "We do not think management oversight contributed to the decisions made.",
    ],
)
def test_workload_ruled_out(sentence: str) -> None:
    text = _findings("Supervision records were brief. " + sentence)
    assert themes_of(text).get("theme_leadership_culture") == "absent"


def test_workload_as_a_finding_stays_present() -> None:
    text = _findings("High caseloads and the lack of supervision meant the social worker had no time to reflect.")
    assert themes_of(text).get("theme_leadership_culture") == "present"


@pytest.mark.parametrize(
    "sentence",
    [
        "I did not find any problem with how the agencies shared information with one another.",
        "The review saw no gaps in the way police, CSC and health exchanged information.",
        "There were no difficulties with how professionals communicated what they knew.",
    ],
)
def test_information_sharing_ruled_out(sentence: str) -> None:
    assert themes_of(_findings(sentence)).get("theme_information_sharing") == "absent"


def test_information_sharing_failure_stays_present() -> None:
    text = _findings("The GP did not share information about the mother's overdose with the health visitor.")
    assert themes_of(text).get("theme_information_sharing") == "present"
