"""What extraction produces: suggestions (value, confidence, evidence, origin) per variable and level."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from caselearn.codebook import Codebook, Variable
from caselearn.codebook import load as load_codebook


@dataclass(frozen=True)
class Span:
    """[start, end) offsets into the normalised text, with the text they cover."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass
class Suggestion:
    """One suggested code. ``origin`` is a rule id (``rule:...``) or a model id and version (``model:...``)."""

    value: Any
    confidence: float
    evidence: list[Span] = field(default_factory=list)
    origin: str = "default"

    def to_code(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "confidence": round(float(self.confidence), 3),
            "evidence": [s.to_dict() for s in self.evidence],
        }


def unknown(var: Variable) -> Suggestion:
    """The 'report does not say' suggestion for a variable. An enum without a not_known value
    (review_type) falls back to its catch-all value ("other"), with a low confidence."""
    value = var.unknown_value()
    if var.type == "enum" and value not in var.values:
        return Suggestion("other" if "other" in var.values else var.values[-1], 0.1, [], "default")
    return Suggestion(value, 0.5 if var.type == "flag" else 0.3, [], "default")


@dataclass
class ChildResult:
    """One subject child: ``mentions`` are the spans where the report names the child."""

    alias: str
    names: tuple[str, ...]
    first: int
    mentions: list[Span] = field(default_factory=list)
    codes: dict[str, Suggestion] = field(default_factory=dict)


@dataclass
class Extraction:
    source: str
    review: dict[str, Suggestion] = field(default_factory=dict)
    children: list[ChildResult] = field(default_factory=list)
    case: dict[str, Suggestion] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self, book: Codebook | None = None) -> dict[str, Any]:
        """The extraction result exactly as CODEBOOK.md ("Exchange formats") defines it."""
        book = book or load_codebook()

        def level(codes: dict[str, Suggestion], name: str) -> dict[str, Any]:
            return {v.id: (codes.get(v.id) or unknown(v)).to_code() for v in book.level(name)}

        return {
            "source": self.source,
            "codebook_version": book.version,
            "review": level(self.review, "review"),
            "children": [level(c.codes, "child") for c in self.children],
            "case": level(self.case, "case"),
        }

    def origins(self) -> dict[str, Any]:
        """Which rule or model made each suggestion (kept out of the exchange format)."""
        return {
            "review": {k: s.origin for k, s in self.review.items()},
            "children": [{k: s.origin for k, s in c.codes.items()} for c in self.children],
            "case": {k: s.origin for k, s in self.case.items()},
        }
