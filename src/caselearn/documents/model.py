"""What a reader produces: one normalised text, its page map and its sections."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any

from caselearn.errors import UserError


class DocumentError(UserError):
    """A file that cannot be read as a report (corrupt, encrypted, empty, unsupported...)."""


@dataclass(frozen=True)
class Section:
    """A headed part of the report: ``name`` is canonical (introduction, terms_of_reference,
    methodology, family_background, chronology, analysis, findings, learning,
    recommendations, other), ``heading`` the words the report uses, [start, end) its span."""

    name: str
    heading: str
    start: int
    end: int


@dataclass
class ParsedDocument:
    """The normalised text of one report.

    ``page_map[i]`` is the character offset where page i+1 starts (a text without
    pages has ``[0]``). ``metadata`` holds what was found in the text (title,
    review_type, partnership, author, publication_date, children, ...).
    """

    text: str
    media_type: str
    page_map: list[int] = field(default_factory=lambda: [0])
    sections: list[Section] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)
    ocr: bool = False
    warnings: list[str] = field(default_factory=list)

    def page_at(self, offset: int) -> int:
        """The 1-based page on which the character at ``offset`` stands."""
        return max(1, bisect_right(self.page_map, offset))

    def section_at(self, offset: int) -> Section | None:
        for section in self.sections:
            if section.start <= offset < section.end:
                return section
        return None
