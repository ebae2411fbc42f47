"""The ASGI application: web pages and the JSON API over the same services."""

from __future__ import annotations

import importlib
import os
import pkgutil
import secrets
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from sqlalchemy.orm import Session
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.sessions import SessionMiddleware

from caselearn import __version__
from caselearn.errors import UserError
from caselearn.store.db import Database
from caselearn.store.models import Setting
from caselearn.web.security import NotAuthenticated
from caselearn.web.templating import render


def discover_routers() -> list:
    """The ``router`` of every ``caselearn.web.routes_*`` and ``caselearn.api.routes_*`` module.

    Each area adds its pages and API by adding such a module; nothing else to edit.
    """
    import caselearn.api
    import caselearn.web

    routers = []
    for package in (caselearn.web, caselearn.api):
        for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
            if info.name.startswith("routes_"):
                routers.append(importlib.import_module(f"{package.__name__}.{info.name}").router)
    return routers


def session_secret(db: Database) -> str:
    """CASELEARN_SECRET_KEY, else a random secret made once and kept in the database."""
    if key := os.environ.get("CASELEARN_SECRET_KEY"):
        return key
    with db.transaction() as session:
        return _stored_secret(session)


def _stored_secret(session: Session) -> str:
    setting = session.get(Setting, "session_secret")
    if setting is None:
        setting = Setting(key="session_secret", value=secrets.token_urlsafe(48))
        session.add(setting)
    return setting.value


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def create_app(db: Database | str | None = None) -> FastAPI:
    database = db if isinstance(db, Database) else Database(db)
    app = FastAPI(
        title="caselearn",
        version=__version__,
        description="Learning from child safeguarding case reviews: repository, coding, analysis, workflow.",
        docs_url="/api/docs",
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.db = database
    app.add_middleware(
        SessionMiddleware,
        secret_key=session_secret(database),
        session_cookie="caselearn_session",
        same_site="lax",
        https_only=os.environ.get("CASELEARN_SECURE_COOKIES") == "1",
        max_age=8 * 3600,
    )
    app.mount("/static", StaticFiles(directory=str(Path(__file__).parent / "static")), name="static")
    for router in discover_routers():
        app.include_router(router)

    @app.exception_handler(UserError)
    async def user_error(request: Request, exc: UserError):
        if _wants_json(request):
            return JSONResponse({"error": str(exc)}, status_code=exc.http_status)
        if isinstance(exc, NotAuthenticated):
            return RedirectResponse(f"/login?next={request.url.path}", status_code=303)
        return render(request, "error.html", {"message": str(exc)}, status_code=exc.http_status)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError):
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p != "body")
        message = f"{where}: {first.get('msg', 'invalid request')}" if where else "invalid request"
        if _wants_json(request):
            return JSONResponse({"error": message}, status_code=422)
        return render(request, "error.html", {"message": message}, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        message = "page not found" if exc.status_code == 404 else str(exc.detail)
        if _wants_json(request):
            return JSONResponse({"error": message}, status_code=exc.status_code)
        return render(request, "error.html", {"message": message}, status_code=exc.status_code)

    @app.get("/healthz", include_in_schema=False)
    def healthz():
        return {"status": "ok", "version": __version__}

    return app
