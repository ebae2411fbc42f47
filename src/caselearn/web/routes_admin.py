"""Administration pages: users and the audit log."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse
from sqlalchemy import select
from sqlalchemy.orm import Session

from caselearn.auth.permissions import ROLES
from caselearn.auth.principal import Principal
from caselearn.auth.users import create_user
from caselearn.errors import UserError
from caselearn.store.models import AuditEntry, Partnership, User
from caselearn.web.security import db_session, require
from caselearn.web.templating import render

router = APIRouter(prefix="/admin", include_in_schema=False)


def _users_page(request: Request, session: Session, **extra):
    users = session.scalars(select(User).order_by(User.username)).all()
    partnerships = session.scalars(select(Partnership).order_by(Partnership.name)).all()
    return render(
        request,
        "admin_users.html",
        {"users": users, "roles": ROLES, "partnerships": partnerships, **extra},
        status_code=422 if "error" in extra else 200,
    )


@router.get("/users")
def users_page(
    request: Request, principal: Principal = Depends(require("users.manage")), session: Session = Depends(db_session)
):
    return _users_page(request, session)


@router.post("/users")
def add_user(
    request: Request,
    username: str = Form(...),
    password: str = Form(...),
    role: str = Form(...),
    partnership: str = Form(""),
    principal: Principal = Depends(require("users.manage")),
    session: Session = Depends(db_session),
):
    try:
        with session.begin():
            create_user(session, principal.username, username, password, role, partnership.strip() or None)
    except UserError as exc:
        return _users_page(request, session, error=str(exc))
    return RedirectResponse("/admin/users", status_code=303)


@router.get("/audit")
def audit_page(
    request: Request,
    principal: Principal = Depends(require("audit.read")),
    session: Session = Depends(db_session),
    limit: int = 200,
):
    entries = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(min(limit, 2000))).all()
    return render(request, "admin_audit.html", {"entries": entries})
