"""Store suggested codes for reviews in the repository (through ``write_code``, audited)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from caselearn.codebook import load as load_codebook
from caselearn.documents import Section
from caselearn.errors import NotFound
from caselearn.extract.learned import LabelledDoc
from caselearn.extract.model import Extraction
from caselearn.extract.pipeline import Pipeline, default_pipeline
from caselearn.store.codes import withdraw_suggestions, write_code
from caselearn.store.models import Child, Code, Document, Review


def document_doc(document: Document):
    from caselearn.extract.text import Doc

    sections = [
        Section(s["name"], s.get("heading", ""), int(s["start"]), int(s["end"])) for s in document.sections or []
    ]
    return Doc.from_text(document.text, sections)


def extract_review(session: Session, review_id: int, pipeline: Pipeline | None = None) -> Extraction:
    review = session.get(Review, review_id)
    if review is None:
        raise NotFound(f"no review {review_id}")
    document = session.scalar(select(Document).where(Document.review_id == review_id).order_by(Document.id))
    if document is None:
        raise NotFound(f"review {review_id} has no document")
    return (pipeline or default_pipeline()).run(document_doc(document), document.filename)


def code_review(session: Session, review_id: int, actor: str, pipeline: Pipeline | None = None) -> dict[str, Any]:
    """Extract one review and store every suggestion that says something (not not_known) as a
    suggested code; children are matched to the review's Child rows by alias, then created.
    Suggestions of an earlier run are replaced; accepted and rejected codes stay."""
    result = extract_review(session, review_id, pipeline)
    withdraw_suggestions(session, actor, review_id)
    book = load_codebook()
    stored = 0

    def put(variable: str, suggestion, child_id: int | None = None) -> None:
        nonlocal stored
        var = book[variable]
        if suggestion.value == var.unknown_value():
            return
        write_code(
            session,
            actor,
            review_id=review_id,
            variable=variable,
            value=suggestion.value,
            child_id=child_id,
            confidence=float(suggestion.confidence),
            evidence=[s.to_dict() for s in suggestion.evidence],
            origin=suggestion.origin,
        )
        stored += 1

    for vid, s in list(result.review.items()) + list(result.case.items()):
        put(vid, s)
    existing = list(session.scalars(select(Child).where(Child.review_id == review_id).order_by(Child.ordinal)))
    by_alias = {c.alias.lower(): c for c in existing}
    used: set[int] = set()
    for extracted in result.children:
        row = next((by_alias[n.lower()] for n in extracted.names if n.lower() in by_alias), None)
        if row is None or row.id in used:
            row = Child(
                review_id=review_id, ordinal=max([c.ordinal for c in existing] + [0]) + 1, alias=extracted.alias
            )
            session.add(row)
            session.flush()
            existing.append(row)
        used.add(row.id)
        for vid, s in extracted.codes.items():
            put(vid, s, row.id)
    return {"review_id": review_id, "codes": stored, "children": len(result.children), "warnings": result.warnings}


def accepted_training_docs(session: Session) -> list[LabelledDoc]:
    """Training documents from accepted flag codes in the store, with their evidence spans."""
    book = load_codebook()
    docs: list[LabelledDoc] = []
    review_ids = session.scalars(select(Code.review_id).where(Code.status == "accepted").distinct())
    for review_id in review_ids:
        document = session.scalar(select(Document).where(Document.review_id == review_id).order_by(Document.id))
        if document is None:
            continue
        labels: dict[str, str] = {}
        evidence: dict[str, list[tuple[int, int]]] = {}
        for code in session.scalars(select(Code).where(Code.review_id == review_id, Code.status == "accepted")):
            if code.variable not in book or book[code.variable].type != "flag":
                continue
            labels[code.variable] = code.value
            evidence[code.variable] = [(int(e["start"]), int(e["end"])) for e in code.evidence or [] if "start" in e]
        if labels:
            docs.append(LabelledDoc(document_doc(document), labels, evidence))
    return docs
