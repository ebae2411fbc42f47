"""Repository pages: search with facets, a review's text by section with page numbers,
metadata correction, and adding a report file."""

from __future__ import annotations

from bisect import bisect_right
from pathlib import Path
from urllib.parse import quote

from fastapi import APIRouter, Depends, Form, Request, UploadFile
from fastapi.responses import RedirectResponse, Response
from sqlalchemy.orm import Session

from caselearn.auth.principal import Principal
from caselearn.documents import DocumentError, parse_bytes
from caselearn.errors import InvalidInput, NotFound, UserError
from caselearn.store.codes import review_codes, set_status
from caselearn.store.reviews import (
    REVIEW_TYPES,
    add_report,
    describe,
    get_review,
    parse_filters,
    search_reviews,
    update_metadata,
)
from caselearn.web.security import db_session, require
from caselearn.web.templating import add_nav, render

router = APIRouter(include_in_schema=False)
add_nav(10, "Search", "/search", "reviews.read")
add_nav(20, "Add a report", "/reviews/new", "reviews.write")


@router.get("/search")
def search_page(
    request: Request,
    q: str = "",
    page: int = 1,
    principal: Principal = Depends(require("reviews.read")),
    session: Session = Depends(db_session),
):
    filter_items = request.query_params.getlist("filter")
    error = None
    found = None
    try:
        filters = parse_filters(filter_items)
        found = search_reviews(session, principal, q, filters, limit=20, offset=(max(page, 1) - 1) * 20)
    except UserError as exc:
        error = str(exc)
    return render(
        request,
        "repository_search.html",
        {"q": q, "found": found, "error": error, "filter_items": filter_items, "page": max(page, 1)},
        status_code=400 if error else 200,
    )


@router.get("/reviews/new")
def new_page(request: Request, principal: Principal = Depends(require("reviews.write"))):
    return render(request, "repository_new.html")


@router.post("/reviews/new")
async def new_upload(
    request: Request,
    file: UploadFile,
    principal: Principal = Depends(require("reviews.write")),
    session: Session = Depends(db_session),
):
    name = Path(file.filename or "upload").name
    data = await file.read()
    try:
        parsed = parse_bytes(data, name)
        with session.begin():
            review, created = add_report(session, principal, parsed, name, data)
    except DocumentError as exc:
        return render(request, "repository_new.html", {"error": str(exc)}, status_code=422)
    if not created:
        return render(
            request,
            "repository_new.html",
            {"error": f"{name} is already in the repository", "existing": review.id},
            status_code=409,
        )
    return RedirectResponse(f"/reviews/{review.id}", status_code=303)


def _paragraphs(text: str, page_map: list[int], start: int, end: int) -> list[tuple[int, str]]:
    out = []
    offset = start
    for para in text[start:end].split("\n\n"):
        if para.strip():
            out.append((max(1, bisect_right(page_map, offset)), para))
        offset += len(para) + 2
    return out


@router.get("/reviews/{review_id}")
def review_page(
    request: Request,
    review_id: int,
    principal: Principal = Depends(require("reviews.read")),
    session: Session = Depends(db_session),
):
    review = get_review(session, principal, review_id)
    doc = review.documents[0] if review.documents else None
    parts = []
    if doc is not None:
        sections = sorted(doc.sections, key=lambda s: s["start"])
        first = sections[0]["start"] if sections else len(doc.text)
        if first > 0:
            parts.append({"name": "front", "heading": "", "paragraphs": _paragraphs(doc.text, doc.page_map, 0, first)})
        for s in sections:
            paragraphs = _paragraphs(doc.text, doc.page_map, s["start"], s["end"])
            parts.append({"name": s["name"], "heading": s["heading"], "paragraphs": paragraphs[1:]})
    return render(
        request,
        "repository_review.html",
        {
            "review": review,
            "meta": describe(review),
            "doc": doc,
            "parts": parts,
            "can_edit": principal.can("reviews.write"),
            "codes": _coded_values(session, review, doc) if principal.can("codes.read") else None,
            "can_verify": principal.can("codes.write"),
        },
    )


DECISIONS = {"accept": "accepted", "reject": "rejected"}


@router.post("/reviews/{review_id}/codes/{code_id}")
def verify_code(
    review_id: int,
    code_id: int,
    decision: str = Form(...),
    principal: Principal = Depends(require("codes.write")),
    session: Session = Depends(db_session),
):
    """Accept or reject one suggested code from the review page."""
    if decision not in DECISIONS:
        raise InvalidInput("decision must be accept or reject")
    with session.begin():
        get_review(session, principal, review_id)
        set_status(session, principal.username, review_id, code_id, DECISIONS[decision])
    return RedirectResponse(f"/reviews/{review_id}#code-{code_id}", status_code=303)


def _coded_values(session: Session, review, doc) -> list[dict]:
    """The review's codes as rows for the page: who it applies to, value, status, evidence with page."""
    aliases = {child.id: child.alias for child in review.children}
    rows = []
    for code in review_codes(session, review.id):
        value = code.value if not isinstance(code.value, list) else ", ".join(code.value)
        evidence = [
            {"text": span.get("text", ""), "page": bisect_right(doc.page_map, span.get("start", 0)) if doc else None}
            for span in code.evidence or []
        ]
        rows.append(
            {
                "id": code.id,
                "applies_to": aliases.get(code.child_id, "child") if code.child_id else code.level,
                "variable": code.variable,
                "value": value,
                "status": code.status,
                "confidence": code.confidence,
                "origin": code.origin,
                "evidence": evidence,
            }
        )
    return rows


# Originals are always downloaded, never shown: an uploaded HTML page must not run in our origin.
@router.get("/reviews/{review_id}/original")
def original_file(
    review_id: int,
    principal: Principal = Depends(require("reviews.read")),
    session: Session = Depends(db_session),
):
    review = get_review(session, principal, review_id)
    if not review.documents:
        raise NotFound(f"review {review_id} has no file")
    doc = review.documents[0]
    return Response(
        content=doc.original,
        media_type="application/octet-stream",
        headers={
            "Content-Disposition": f"attachment; filename*=UTF-8''{quote(doc.filename)}",
            "X-Content-Type-Options": "nosniff",
            "Content-Security-Policy": "sandbox",
        },
    )


@router.get("/reviews/{review_id}/edit")
def edit_page(
    request: Request,
    review_id: int,
    principal: Principal = Depends(require("reviews.write")),
    session: Session = Depends(db_session),
):
    review = get_review(session, principal, review_id)
    return render(request, "repository_edit.html", {"meta": describe(review), "types": REVIEW_TYPES})


@router.post("/reviews/{review_id}/edit")
def edit_save(
    request: Request,
    review_id: int,
    title: str = Form(...),
    review_type: str = Form(...),
    partnership: str = Form(""),
    author: str = Form(""),
    publication_date: str = Form(""),
    children: str = Form(""),
    confidential: str = Form(""),
    principal: Principal = Depends(require("reviews.write")),
    session: Session = Depends(db_session),
):
    changes = {
        "title": title,
        "review_type": review_type,
        "partnership": partnership,
        "author": author,
        "publication_date": publication_date,
        "children": children,
        "confidential": bool(confidential),
    }
    try:
        with session.begin():
            update_metadata(session, principal, review_id, changes)
    except UserError as exc:
        if exc.http_status in (403, 404):
            raise
        meta = {**changes, "review_id": review_id, "children": [c for c in children.split(";") if c.strip()]}
        return render(
            request, "repository_edit.html", {"meta": meta, "types": REVIEW_TYPES, "error": str(exc)}, status_code=422
        )
    return RedirectResponse(f"/reviews/{review_id}", status_code=303)
