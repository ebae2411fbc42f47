"""The one way codes are written: validated against the codebook, audited in the same transaction."""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from caselearn.codebook import load as load_codebook
from caselearn.errors import InvalidInput, NotFound
from caselearn.store import audit
from caselearn.store.models import CODE_STATUSES, AuditEntry, Child, Code, Review

AUDITED = ("review_id", "child_id", "variable", "value", "status", "origin")


def _audit_detail(code: Code | dict[str, Any]) -> dict[str, Any]:
    """What the audit row says about a code (a stored Code, or a row of a bulk insert)."""
    if isinstance(code, dict):
        return {field: code.get(field) for field in AUDITED}
    return {field: getattr(code, field) for field in AUDITED}


def write_code(
    session: Session,
    actor: str,
    *,
    review_id: int,
    variable: str,
    value: Any,
    child_id: int | None = None,
    confidence: float = 1.0,
    evidence: list[dict[str, Any]] | None = None,
    origin: str,
    status: str = "suggested",
) -> Code:
    """Store one code and its audit row. The caller's transaction commits both or neither."""
    book = load_codebook()
    if variable not in book:
        raise InvalidInput(f"unknown codebook variable {variable!r}")
    var = book[variable]
    try:
        value = var.validate(value)
    except ValueError as exc:
        raise InvalidInput(str(exc)) from None
    if status not in CODE_STATUSES:
        raise InvalidInput(f"status must be one of {', '.join(CODE_STATUSES)}")
    if not 0.0 <= confidence <= 1.0:
        raise InvalidInput("confidence must lie between 0 and 1")
    if session.get(Review, review_id) is None:
        raise NotFound(f"no review {review_id}")
    if var.level == "child":
        child = session.get(Child, child_id) if child_id is not None else None
        if child is None or child.review_id != review_id:
            raise InvalidInput(f"{variable} is a child variable: name a child of review {review_id}")
    elif child_id is not None:
        raise InvalidInput(f"{variable} is a {var.level} variable, not a child variable")
    code = Code(
        review_id=review_id,
        child_id=child_id,
        level=var.level,
        variable=variable,
        value=value,
        confidence=confidence,
        evidence=list(evidence or []),
        origin=origin,
        status=status,
        coder=actor,
        codebook_version=book.version,
    )
    session.add(code)
    session.flush()
    audit.record(session, actor, "create", "code", code.id, _audit_detail(code))
    return code


def write_codes_bulk(session: Session, actor: str, codes: list[dict[str, Any]]) -> list[int]:
    """Store many codes, each with its own audit row, by bulk insert (for dataset imports).

    Each dict holds the Code columns review_id, child_id, level, variable, value,
    confidence, evidence, origin and status. The caller has validated the values
    against the codebook (vectorised); ``coder`` and ``codebook_version`` are set here.
    The caller's transaction commits codes and audit rows together, or neither.
    """
    if not codes:
        return []
    version = load_codebook().version
    rows = [{**code, "coder": actor, "codebook_version": version} for code in codes]
    ids = list(session.scalars(insert(Code).returning(Code.id, sort_by_parameter_order=True), rows))
    session.execute(
        insert(AuditEntry),
        [
            {"actor": actor, "action": "create", "entity": "code", "entity_id": str(code_id),
             "detail": _audit_detail(code)}
            for code_id, code in zip(ids, rows, strict=True)
        ],
    )  # fmt: skip
    return ids


def withdraw_suggestions(session: Session, actor: str, review_id: int) -> int:
    """Remove the review's codes that are still only suggestions (before it is coded again),
    with an audit row each. Accepted and rejected codes, an analyst's work, stay."""
    stale = session.scalars(select(Code).where(Code.review_id == review_id, Code.status == "suggested")).all()
    for code in stale:
        audit.record(session, actor, "withdraw", "code", code.id, _audit_detail(code))
        session.delete(code)
    session.flush()
    return len(stale)


def review_codes(session: Session, review_id: int) -> list[Code]:
    """The review's codes that are not rejected, review and case level first, then by child."""
    rows = session.scalars(
        select(Code)
        .outerjoin(Child, Child.id == Code.child_id)
        .where(Code.review_id == review_id, Code.status != "rejected")
        .order_by(Code.child_id.is_not(None), Child.ordinal, Code.level.desc(), Code.id)
    )
    return list(rows)


def set_status(session: Session, actor: str, review_id: int, code_id: int, status: str) -> Code:
    """An analyst's verdict on a code (accepted or rejected, or back to suggested), audited."""
    if status not in CODE_STATUSES:
        raise InvalidInput(f"status must be one of {', '.join(CODE_STATUSES)}")
    code = session.get(Code, code_id)
    if code is None or code.review_id != review_id:
        raise NotFound(f"no code {code_id} in review {review_id}")
    before = code.status
    code.status = status
    session.flush()
    audit.record(session, actor, "verify", "code", code.id, {**_audit_detail(code), "was": before})
    return code
