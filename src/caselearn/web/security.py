"""Request security: who is asking (session cookie or API token), what they may do, CSRF.

Every route states its permission with ``Depends(require("..."))``; the test
suite walks all routes and fails on any that states none and is not listed
in ``OPEN_ROUTES``. ``require`` also checks the CSRF token of every unsafe
request made with a session cookie.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterator

from fastapi import Request
from sqlalchemy.orm import Session

from caselearn.auth.permissions import PERMISSIONS
from caselearn.auth.principal import ANONYMOUS, Principal
from caselearn.auth.users import principal_of, user_for_token
from caselearn.errors import PermissionDenied, UserError
from caselearn.store.db import Database
from caselearn.store.models import User

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"

# Paths reachable without a permission: signing in and out, static files, API description.
OPEN_ROUTES = frozenset({"/login", "/logout", "/static", "/openapi.json", "/api/docs", "/healthz"})


class NotAuthenticated(UserError):
    http_status = 401


class CsrfError(UserError):
    http_status = 400


def database(request: Request) -> Database:
    return request.app.state.db


def db_session(request: Request) -> Iterator[Session]:
    """A session per request; routes that write open ``session.begin()`` themselves."""
    with database(request).session() as session:
        yield session


def current_principal(request: Request) -> Principal:
    cached = getattr(request.state, "principal", None)
    if cached is not None:
        return cached
    principal = ANONYMOUS
    with database(request).session() as session:
        auth = request.headers.get("authorization", "")
        if auth.lower().startswith("bearer "):
            user = user_for_token(session, auth[7:].strip())
            if user is None:
                raise NotAuthenticated("the API token is not valid")
            principal = principal_of(user)
            request.state.token_auth = True
        elif (user_id := request.session.get("user_id")) is not None:
            user = session.get(User, user_id)
            if user is not None and user.active:
                principal = principal_of(user)
            else:
                request.session.clear()
    request.state.principal = principal
    return principal


def csrf_token(request: Request) -> str:
    """The session's CSRF token, made on first use."""
    token = request.session.get("csrf")
    if not token:
        token = secrets.token_urlsafe(32)
        request.session["csrf"] = token
    return token


async def check_csrf(request: Request) -> None:
    if request.method in SAFE_METHODS or getattr(request.state, "token_auth", False):
        return
    expected = request.session.get("csrf")
    supplied = request.headers.get(CSRF_HEADER)
    if supplied is None and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        supplied = (await request.form()).get(CSRF_FIELD)
    if not expected or not supplied or not secrets.compare_digest(str(supplied), expected):
        raise CsrfError("the form's security token is missing or out of date: reload the page and try again")


def require(permission: str) -> Callable:
    """A dependency that admits only principals whose role holds ``permission``."""
    if permission not in PERMISSIONS:
        raise KeyError(f"unknown permission {permission!r}")

    async def dependency(request: Request) -> Principal:
        principal = current_principal(request)
        if not principal.can(permission):
            if not principal.authenticated:
                raise NotAuthenticated("sign in to see this page")
            raise PermissionDenied("your role does not allow this")
        await check_csrf(request)
        return principal

    dependency.permission = permission  # read by the route-coverage test
    return dependency
