"""Home, sign in / sign out, account and codebook pages."""

from __future__ import annotations

from urllib.parse import urlparse

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from caselearn.auth.principal import Principal
from caselearn.auth.users import authenticate
from caselearn.codebook import LEVELS
from caselearn.codebook import load as load_codebook
from caselearn.store.models import Review
from caselearn.store.visibility import visible_reviews
from caselearn.web.security import check_csrf, db_session, require
from caselearn.web.templating import render

router = APIRouter(include_in_schema=False)


def _safe_next(target: str | None) -> str:
    """Only same-site paths are followed after signing in."""
    if not target or not target.startswith("/") or target.startswith("//") or urlparse(target).netloc:
        return "/"
    return target


@router.get("/")
def home(
    request: Request, principal: Principal = Depends(require("reviews.read")), session: Session = Depends(db_session)
):
    reviews = session.scalar(select(func.count()).select_from(Review).where(visible_reviews(principal)))
    return render(request, "home.html", {"review_count": reviews})


@router.get("/login")
def login_page(request: Request, next: str | None = None):
    return render(request, "login.html", {"next": _safe_next(next)})


@router.post("/login")
async def login(
    request: Request,
    username: str = Form(""),
    password: str = Form(""),
    next: str = Form("/"),
    session: Session = Depends(db_session),
):
    await check_csrf(request)
    user = authenticate(session, username, password)
    if user is None:
        return render(
            request,
            "login.html",
            {"error": "Wrong username or password.", "username": username, "next": _safe_next(next)},
            status_code=401,
        )
    csrf = request.session.get("csrf")
    request.session.clear()
    request.session.update({"user_id": user.id, "csrf": csrf})
    return RedirectResponse(_safe_next(next), status_code=303)


@router.post("/logout")
async def logout(request: Request):
    await check_csrf(request)
    request.session.clear()
    return RedirectResponse("/login", status_code=303)


@router.get("/account")
def account(request: Request, principal: Principal = Depends(require("account.read"))):
    return render(request, "account.html")


@router.get("/codebook")
def codebook_page(request: Request, principal: Principal = Depends(require("reviews.read"))):
    book = load_codebook()
    return render(request, "codebook.html", {"book": book, "levels": LEVELS})
