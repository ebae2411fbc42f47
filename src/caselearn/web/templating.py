"""Jinja templates with the globals every page needs (user, navigation, CSRF token)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.templating import Jinja2Templates

from caselearn import __version__
from caselearn.web.security import csrf_token, current_principal

templates = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))

# (label, path, permission): the site navigation; areas add their entries here.
NAV: list[tuple[str, str, str]] = [
    ("Home", "/", "reviews.read"),
    ("Codebook", "/codebook", "reviews.read"),
    ("Users", "/admin/users", "users.manage"),
    ("Audit log", "/admin/audit", "audit.read"),
]


def render(request: Request, template: str, context: dict[str, Any] | None = None, status_code: int = 200):
    principal = current_principal(request)
    page = {
        "request": request,
        "principal": principal,
        "nav": [(label, path) for label, path, perm in NAV if principal.can(perm)],
        "csrf_token": csrf_token(request),
        "version": __version__,
    }
    page.update(context or {})
    return templates.TemplateResponse(request, template, page, status_code=status_code)
