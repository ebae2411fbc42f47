"""Section detection: headings mapped to canonical names, with their spans in the text."""

from __future__ import annotations

import re

from caselearn.documents.model import Section

# canonical name -> phrases a heading may use (checked in this order; first match wins)
CANONICAL: list[tuple[str, tuple[str, ...]]] = [
    ("terms_of_reference", ("terms of reference", "scope of the review", "scope", "key lines of enquiry",
                            "review questions", "purpose and scope")),
    ("methodology", ("methodology", "method", "the review process", "review process", "approach to the review",
                     "how the review was conducted", "process")),
    ("recommendations", ("recommendation",)),
    ("learning", ("learning", "lessons", "what we learned", "what we learnt", "what i learned", "what i learnt",
                  "what i have learned", "what we have learned", "what the review learned")),
    ("findings", ("findings", "conclusion", "key issues", "what i found", "what we found", "what the review found",
                  "what the rapid review found", "what did the review find")),
    ("analysis", ("analysis", "appraisal of practice", "key practice episodes", "practice episodes",
                  "discussion", "evaluation of practice")),
    ("chronology", ("chronology", "narrative", "key events", "summary of events", "case history", "timeline",
                    "summary of the case", "what happened", "agency involvement")),
    ("family_background", ("family background", "the family", "family composition", "family history",
                           "background", "the child", "about the child", "family structure", "pen picture")),
    ("introduction", ("introduction", "reason for the review", "reasons for the review", "why this review",
                      "purpose of the review", "overview", "summary", "executive summary", "foreword",
                      "circumstances leading to the review")),
]  # fmt: skip
# each phrase compiled once, in the order above (a phrase must at least occur for its pattern to match)
_PHRASES = [(name, phrase, re.compile(rf"\b{re.escape(phrase)}")) for name, phrases in CANONICAL for phrase in phrases]
_NOT_LETTERS = re.compile(r"[^a-z' ]+")
NUMBER_PREFIX = re.compile(
    r"^\s*(?:(?:section|part|chapter)\s+)?(?:\d{1,2}(?:\.\d{1,2})*|[ivx]{1,5}|[a-h])[.)]?\s+", re.I
)
SUB_NUMBER = re.compile(r"^\s*\d{1,2}\.\d{1,2}")
TOP_NUMBER = re.compile(r"^\s*(?:(?:section|part|chapter)\s+)?\d{1,2}[.)]?\s+[A-Z]", re.I)


def canonical(heading: str) -> str | None:
    """The canonical section name a heading stands for, or None."""
    words = NUMBER_PREFIX.sub("", heading).strip().lower().replace("’", "'")
    words = _NOT_LETTERS.sub(" ", words)
    words = " ".join(words.split())
    if not words or len(words) > 80:
        return None
    for name, phrase, pattern in _PHRASES:
        if phrase in words and pattern.search(words):
            if name == "family_background" and ("view" in words or "voice" in words or "contribution" in words):
                return None
            return name
    return None


def detect_sections(text: str, headings: list[tuple[int, int]]) -> list[Section]:
    """Sections start at top-level headings (canonical or numbered "N."); each runs to the next."""
    starts: list[tuple[int, str, str]] = []
    for start, end in headings:
        heading = text[start:end]
        if SUB_NUMBER.match(heading):
            continue
        name = canonical(heading)
        if name is None and TOP_NUMBER.match(heading):
            name = "other"
        if name is not None:
            starts.append((start, name, heading))
    sections = []
    for i, (start, name, heading) in enumerate(starts):
        end = starts[i + 1][0] if i + 1 < len(starts) else len(text)
        sections.append(Section(name=name, heading=heading, start=start, end=end))
    return sections
