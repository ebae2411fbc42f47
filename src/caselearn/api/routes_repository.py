"""Repository API: search, list, read, correct metadata and add report files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import APIRouter, Depends, Query, UploadFile
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy.orm import Session

from caselearn.auth.principal import Principal
from caselearn.documents import parse_bytes
from caselearn.store.reviews import (
    add_report,
    describe,
    get_review,
    list_reviews,
    parse_filters,
    search_reviews,
    update_metadata,
)
from caselearn.web.security import db_session, require

router = APIRouter(prefix="/api", tags=["repository"])


@router.get("/search")
def search(
    q: str = "",
    filter: list[str] = Query(default=[], description="VARIABLE=VALUE; repeatable"),  # noqa: A002
    limit: int = 10,
    offset: int = 0,
    principal: Principal = Depends(require("reviews.read")),
    session: Session = Depends(db_session),
) -> dict[str, Any]:
    """`{"total", "results": [{"review_id", "title", "score", "snippets": [{"text", "page"}]}], "facets"}`;
    snippet text is HTML-escaped with hits in <mark>."""
    return search_reviews(session, principal, q, parse_filters(filter), limit=limit, offset=offset).to_json()


@router.get("/reviews")
def reviews(
    principal: Principal = Depends(require("reviews.read")), session: Session = Depends(db_session)
) -> list[dict[str, Any]]:
    return list_reviews(session, principal)


@router.get("/reviews/{review_id}")
def review(
    review_id: int, principal: Principal = Depends(require("reviews.read")), session: Session = Depends(db_session)
) -> dict[str, Any]:
    found = get_review(session, principal, review_id)
    doc = found.documents[0] if found.documents else None
    return {
        **describe(found),
        "children": [{"id": c.id, "ordinal": c.ordinal, "alias": c.alias} for c in found.children],
        "text": doc.text if doc else "",
        "page_map": doc.page_map if doc else [0],
        "sections": doc.sections if doc else [],
        "ocr": doc.ocr if doc else False,
        "filename": doc.filename if doc else None,
    }


class MetadataChange(BaseModel):
    title: str | None = None
    review_type: str | None = None
    partnership: str | None = None
    author: str | None = None
    publication_date: str | None = None
    confidential: bool | None = None
    children: list[str] | None = None


@router.patch("/reviews/{review_id}")
def correct(
    review_id: int,
    body: MetadataChange,
    principal: Principal = Depends(require("reviews.write")),
    session: Session = Depends(db_session),
) -> dict[str, Any]:
    with session.begin():
        found = update_metadata(session, principal, review_id, body.model_dump(exclude_unset=True))
        out = describe(found)
    return out


@router.post("/reviews", status_code=201)
async def add(
    file: UploadFile, principal: Principal = Depends(require("reviews.write")), session: Session = Depends(db_session)
):
    name = Path(file.filename or "upload").name
    data = await file.read()
    parsed = parse_bytes(data, name)
    with session.begin():
        found, created = add_report(session, principal, parsed, name, data)
        out = describe(found)
    if not created:
        return JSONResponse({"error": f"{name} is already present", **out}, status_code=409)
    return out
