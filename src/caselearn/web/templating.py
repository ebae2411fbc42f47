"""Jinja templates with the globals every page needs (user, navigation, CSRF token)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.templating import Jinja2Templates

from caselearn import __version__
from caselearn.web.security import csrf_token, current_principal

templates = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))

# (order, label, path, permission): the site navigation. An area's routes module adds
# its entries with ``add_nav`` when imported; the order number places them.
NAV: list[tuple[int, str, str, str]] = [
    (0, "Home", "/", "reviews.read"),
    (80, "Codebook", "/codebook", "reviews.read"),
    (90, "Users", "/admin/users", "users.manage"),
    (91, "Audit log", "/admin/audit", "audit.read"),
]


def add_nav(order: int, label: str, path: str, permission: str) -> None:
    if all(entry[2] != path for entry in NAV):
        NAV.append((order, label, path, permission))
        NAV.sort()


def render(request: Request, template: str, context: dict[str, Any] | None = None, status_code: int = 200):
    principal = current_principal(request)
    page = {
        "request": request,
        "principal": principal,
        "nav": [(label, path) for _, label, path, perm in NAV if principal.can(perm)],
        "csrf_token": csrf_token(request),
        "version": __version__,
    }
    page.update(context or {})
    return templates.TemplateResponse(request, template, page, status_code=status_code)
