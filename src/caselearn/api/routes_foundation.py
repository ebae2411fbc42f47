"""Foundation API: who am I, the codebook, users and the audit log."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends
from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from caselearn.auth.principal import Principal
from caselearn.auth.users import create_user
from caselearn.codebook import load as load_codebook
from caselearn.store.models import AuditEntry, User
from caselearn.web.security import db_session, require

router = APIRouter(prefix="/api", tags=["foundation"])


class Me(BaseModel):
    username: str
    role: str
    partnership_id: int | None
    authenticated: bool


class NewUser(BaseModel):
    username: str
    password: str
    role: str
    partnership: str | None = None


class UserOut(BaseModel):
    id: int
    username: str
    role: str
    partnership: str | None
    active: bool


def _user_out(user: User) -> UserOut:
    return UserOut(
        id=user.id,
        username=user.username,
        role=user.role,
        partnership=user.partnership.name if user.partnership else None,
        active=user.active,
    )


@router.get("/me", response_model=Me)
def me(principal: Principal = Depends(require("account.read"))):
    return Me(
        username=principal.username,
        role=principal.role,
        partnership_id=principal.partnership_id,
        authenticated=principal.authenticated,
    )


@router.get("/codebook")
def codebook(principal: Principal = Depends(require("reviews.read"))) -> dict[str, Any]:
    return load_codebook().to_dict()


@router.get("/users", response_model=list[UserOut])
def list_users(principal: Principal = Depends(require("users.manage")), session: Session = Depends(db_session)):
    return [_user_out(u) for u in session.scalars(select(User).order_by(User.username))]


@router.post("/users", response_model=UserOut, status_code=201)
def add_user(
    body: NewUser, principal: Principal = Depends(require("users.manage")), session: Session = Depends(db_session)
):
    with session.begin():
        user = create_user(session, principal.username, body.username, body.password, body.role, body.partnership)
    return _user_out(user)


@router.get("/audit")
def audit_log(
    limit: int = 100, principal: Principal = Depends(require("audit.read")), session: Session = Depends(db_session)
) -> list[dict[str, Any]]:
    entries = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(min(limit, 2000)))
    return [
        {
            "id": e.id,
            "at": e.at.isoformat(),
            "actor": e.actor,
            "action": e.action,
            "entity": e.entity,
            "entity_id": e.entity_id,
            "detail": e.detail,
        }
        for e in entries
    ]
