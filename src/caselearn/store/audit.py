"""The audit log: every change is recorded by ``record`` inside the caller's transaction."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from caselearn.store.models import AuditEntry


def record(
    session: Session,
    actor: str,
    action: str,
    entity: str,
    entity_id: object | None = None,
    detail: dict[str, Any] | None = None,
) -> AuditEntry:
    """Add one audit row to the session's current transaction and flush it,
    so a failure here aborts the change it describes."""
    entry = AuditEntry(
        actor=actor,
        action=action,
        entity=entity,
        entity_id=None if entity_id is None else str(entity_id),
        detail=detail or {},
    )
    session.add(entry)
    session.flush()
    return entry
