"""The repository's services: store a parsed report, edit its metadata, list, read and
search reviews. Web pages, API and CLI call these; each write is audited in its transaction."""

from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import String, cast, extract, func, literal, select
from sqlalchemy.orm import Session, selectinload

from caselearn.auth.principal import Principal
from caselearn.codebook import load as load_codebook
from caselearn.documents import ParsedDocument, content_hash
from caselearn.documents.metadata import normalise_partnership, partnership_place
from caselearn.errors import InvalidInput, NotFound, PermissionDenied
from caselearn.store import audit, search
from caselearn.store.models import Child, Code, Document, Partnership, Review
from caselearn.store.visibility import can_see, visible_reviews

REVIEW_TYPES = ("scr", "lcspr", "rapid_review", "national_review", "thematic_review", "other", "not_known")
METADATA_FILTERS = ("review_type", "partnership", "year")


def file_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def find_by_file(session: Session, digest: str) -> Review | None:
    doc = session.scalar(select(Document).where(Document.file_hash == digest).limit(1))
    return doc.review if doc else None


def find_by_content(session: Session, digest: str) -> Review | None:
    doc = session.scalar(select(Document).where(Document.content_hash == digest))
    return doc.review if doc else None


def partnership_named(session: Session, name: str | None) -> Partnership | None:
    """The partnership of that name (normalised: one name per place), made on first use."""
    if not name or not name.strip():
        return None
    place = partnership_place(name)
    name = normalise_partnership(place) if place else " ".join(name.split())
    found = session.scalar(select(Partnership).where(Partnership.name == name))
    if found is None:
        found = Partnership(name=name)
        session.add(found)
        session.flush()
    return found


def _is_confidential(parsed: ParsedDocument) -> bool:
    front = parsed.text[: parsed.page_map[1] if len(parsed.page_map) > 1 else 2000].lower()
    return parsed.metadata.get("review_type") == "rapid_review" or "not for publication" in front


def store_parsed(
    session: Session,
    actor: str,
    parsed: ParsedDocument,
    filename: str,
    original: bytes,
    *,
    partnership_id: int | None = None,
) -> tuple[Review, bool]:
    """Store a parsed report (review, document, children, index, audit) in the caller's
    transaction. Returns (review, True), or (existing review, False) when already present.
    ``partnership_id`` overrides the partnership found in the text."""
    digest = content_hash(parsed.text)
    existing = find_by_content(session, digest)
    if existing is not None:
        return existing, False
    meta = parsed.metadata
    published = date.fromisoformat(meta["publication_date"]) if meta.get("publication_date") else None
    if partnership_id is None:
        partnership = partnership_named(session, meta.get("partnership"))
        partnership_id = partnership.id if partnership else None
    review = Review(
        title=(meta.get("title") or filename)[:500],
        review_type=meta.get("review_type") or "not_known",
        partnership_id=partnership_id,
        author=(meta.get("author") or None),
        publication_date=published,
        confidential=_is_confidential(parsed),
    )
    session.add(review)
    session.flush()
    document = Document(
        review_id=review.id,
        filename=filename[:500],
        media_type=parsed.media_type,
        original=original,
        content_hash=digest,
        file_hash=file_hash(original),
        text=parsed.text,
        page_map=list(parsed.page_map),
        sections=[{"name": s.name, "heading": s.heading, "start": s.start, "end": s.end} for s in parsed.sections],
        ocr=parsed.ocr,
    )
    session.add(document)
    for ordinal, alias in enumerate(meta.get("children") or [], start=1):
        session.add(Child(review_id=review.id, ordinal=ordinal, alias=alias[:200]))
    session.flush()
    search.index_review(session, review.id, review.title, parsed.text, list(parsed.page_map))
    audit.record(
        session,
        actor,
        "ingest",
        "review",
        review.id,
        {
            "filename": filename,
            "content_hash": digest,
            "media_type": parsed.media_type,
            "ocr": parsed.ocr,
            "pages": len(parsed.page_map),
            "metadata": meta,
        },
    )
    return review, True


def add_report(
    session: Session, principal: Principal, parsed: ParsedDocument, filename: str, original: bytes
) -> tuple[Review, bool]:
    """Store a report uploaded by a person. A partnership user's uploads belong to their own
    partnership, so they can always see what they add (and no other partnership's list grows)."""
    own = principal.partnership_id if principal.role == "partnership" else None
    return store_parsed(session, principal.username, parsed, filename, original, partnership_id=own)


def get_review(session: Session, principal: Principal, review_id: int) -> Review:
    """The review, or NotFound when it does not exist or the principal may not see it."""
    review = session.get(Review, review_id, options=[selectinload(Review.documents), selectinload(Review.children)])
    if review is None or not can_see(principal, review):
        raise NotFound(f"no review {review_id}")
    return review


EDITABLE = ("title", "review_type", "partnership", "author", "publication_date", "confidential", "children")


def update_metadata(session: Session, principal: Principal, review_id: int, changes: dict[str, Any]) -> Review:
    """Correct a review's metadata (audited with before and after). Children are renamed in
    place (keeping ids and codes) and added or, when uncoded, removed at the end."""
    review = get_review(session, principal, review_id)
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise InvalidInput(f"cannot edit {', '.join(sorted(unknown))}")
    before = describe(review)
    if changes.get("partnership", before["partnership"]) == before["partnership"]:
        changes = {k: v for k, v in changes.items() if k != "partnership"}
    if not principal.is_national:
        if review.partnership_id is None or review.partnership_id != principal.partnership_id:
            raise PermissionDenied("you may correct only your own partnership's reviews")
        if "partnership" in changes:
            raise PermissionDenied("only national roles may move a review to another partnership")
    if "title" in changes:
        title = " ".join(str(changes["title"] or "").split())
        if not title:
            raise InvalidInput("the title cannot be empty")
        review.title = title[:500]
    if "review_type" in changes:
        if changes["review_type"] not in REVIEW_TYPES:
            raise InvalidInput(f"review type must be one of {', '.join(REVIEW_TYPES)}")
        review.review_type = changes["review_type"]
    if "partnership" in changes:
        partnership = partnership_named(session, changes["partnership"])
        review.partnership_id = partnership.id if partnership else None
    if "author" in changes:
        review.author = " ".join(str(changes["author"] or "").split())[:300] or None
    if "publication_date" in changes:
        value = changes["publication_date"]
        try:
            review.publication_date = date.fromisoformat(value) if value else None
        except (TypeError, ValueError):
            raise InvalidInput("publication date must be a date like 2021-09-30") from None
    if "confidential" in changes:
        review.confidential = bool(changes["confidential"])
    if "children" in changes:
        _set_children(session, review, changes["children"])
    session.flush()
    if "title" in changes:
        search.reindex_title(session, review.id, review.title)
    after = describe(review)
    changed = {k: {"from": before[k], "to": after[k]} for k in after if before[k] != after[k]}
    audit.record(session, principal.username, "update", "review", review.id, {"changed": changed})
    return review


def _set_children(session: Session, review: Review, aliases: Any) -> None:
    if isinstance(aliases, str):
        aliases = [a for a in (x.strip() for x in aliases.replace("\n", ";").split(";")) if a]
    aliases = [" ".join(str(a).split())[:200] for a in aliases if str(a).strip()]
    if len(set(aliases)) != len(aliases):
        raise InvalidInput("each child must have a different name")
    current = sorted(review.children, key=lambda c: c.ordinal)
    for child, alias in zip(current, aliases, strict=False):
        child.alias = alias
    for child in current[len(aliases) :]:
        if session.scalar(select(Code.id).where(Code.child_id == child.id).limit(1)) is not None:
            raise InvalidInput(f"{child.alias} has codes and cannot be removed")
        session.delete(child)
    for ordinal, alias in enumerate(aliases[len(current) :], start=len(current) + 1):
        session.add(Child(review_id=review.id, ordinal=ordinal, alias=alias))
    session.flush()
    session.expire(review, ["children"])


def describe(review: Review) -> dict[str, Any]:
    """A review's metadata as plain JSON-ready values."""
    return {
        "review_id": review.id,
        "title": review.title,
        "review_type": review.review_type,
        "partnership": review.partnership.name if review.partnership else None,
        "author": review.author,
        "publication_date": review.publication_date.isoformat() if review.publication_date else None,
        "year": review.publication_date.year if review.publication_date else None,
        "confidential": review.confidential,
        "children": [c.alias for c in sorted(review.children, key=lambda c: c.ordinal)],
    }


def list_reviews(session: Session, principal: Principal) -> list[dict[str, Any]]:
    reviews = session.scalars(
        select(Review)
        .where(visible_reviews(principal))
        .options(selectinload(Review.children), selectinload(Review.partnership), selectinload(Review.documents))
        .order_by(Review.publication_date.desc().nulls_last(), Review.id)
    )
    out = []
    for review in reviews:
        row = describe(review)
        doc = review.documents[0] if review.documents else None
        row.update(
            {
                "filename": doc.filename if doc else None,
                "pages": len(doc.page_map) if doc else 0,
                "ocr": doc.ocr if doc else False,
            }
        )
        out.append(row)
    return out


# ---- search ----------------------------------------------------------------------------


@dataclass
class SearchResults:
    total: int
    results: list[dict[str, Any]]
    facets: dict[str, dict[str, int]]
    query: str = ""
    filters: dict[str, list[str]] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "total": self.total,
            "results": [
                {
                    "review_id": r["review_id"],
                    "title": r["title"],
                    "score": r["score"],
                    "snippets": [{"text": s.html, "page": s.page} for s in r["snippets"]],
                }
                for r in self.results
            ],
            "facets": self.facets,
        }


def parse_filters(items: list[str]) -> dict[str, list[str]]:
    """['review_type=lcspr', 'year=2021'] -> {'review_type': ['lcspr'], 'year': ['2021']}."""
    filters: dict[str, list[str]] = defaultdict(list)
    book = load_codebook()
    for item in items:
        name, sep, value = item.partition("=")
        name, value = name.strip(), value.strip()
        if not sep or not name or not value:
            raise InvalidInput(f"a filter is VARIABLE=VALUE, not {item!r}")
        if name not in METADATA_FILTERS and name not in book:
            raise InvalidInput(f"unknown filter {name!r}: use review_type, partnership, year or a codebook variable")
        if name == "year" and not value.isdigit():
            raise InvalidInput("year must be a number, e.g. year=2021")
        filters[name].append(value)
    return dict(filters)


def _code_values(value: Any) -> list[str]:
    if isinstance(value, list):
        return [str(v) for v in value]
    return [str(value)]


def _codes_of(session: Session, review_ids: list[int]) -> dict[int, dict[str, set[str]]]:
    """review id -> variable -> values of the accepted and suggested codes of these reviews."""
    codes: dict[int, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    live = Code.status.in_(("accepted", "suggested"))
    if session.scalar(select(Code.id).where(live).limit(1)) is None:  # nothing coded yet: skip the lookup
        return codes
    wanted = select(Code.review_id, Code.variable, Code.value).where(live)
    if session.get_bind().dialect.name == "sqlite":  # one parameter, however many reviews
        ids = func.json_each(json.dumps(review_ids)).table_valued("value")
        batches = [wanted.where(Code.review_id.in_(select(ids.c.value)))]
    else:
        batches = [wanted.where(Code.review_id.in_(review_ids[i : i + 900])) for i in range(0, len(review_ids), 900)]
    for batch in batches:
        for review_id, variable, value in session.execute(batch):
            codes[review_id][variable].update(_code_values(value))
    return codes


def search_reviews(
    session: Session,
    principal: Principal,
    query: str = "",
    filters: dict[str, list[str]] | None = None,
    limit: int = 20,
    offset: int = 0,
    snippets: int = 2,
) -> SearchResults:
    """Reviews matching the query (all visible ones when it is empty), best first, with
    snippets and page numbers, after filters; facet counts over the filtered matches."""
    filters = filters or {}
    limit = max(1, min(int(limit), 200))
    fts_query = search.to_fts(query) if query.strip() else ""
    year = extract("year", Review.publication_date)
    # the date as its ISO text: sorts as the date does, and avoids parsing thousands of dates
    published = cast(Review.publication_date, String)
    columns = (Review.id, Review.title, Review.review_type, Partnership.name, published)
    if fts_query:
        # one query: BM25 of every matching review, its metadata, visibility and filters
        fts, score, match = search.review_match(session, fts_query)
        stmt = select(*columns, score).select_from(fts).join(Review, Review.id == fts.c.rowid).where(match)
    else:
        stmt = select(*columns, literal(0.0)).select_from(Review)
    stmt = stmt.outerjoin(Partnership, Partnership.id == Review.partnership_id).where(visible_reviews(principal))
    if "review_type" in filters:
        stmt = stmt.where(Review.review_type.in_(filters["review_type"]))
    if "partnership" in filters:
        names = []
        for name in filters["partnership"]:
            place = partnership_place(name)
            names.append(normalise_partnership(place) if place else name)
        stmt = stmt.where(Partnership.name.in_(names))
    if "year" in filters:
        stmt = stmt.where(year.in_([int(y) for y in filters["year"]]))
    # Core, not ORM: plain tuples for what may be thousands of matching reviews
    rows = search.run_match(session, stmt) if fts_query else session.connection().execute(stmt).all()
    codes = _codes_of(session, [r[0] for r in rows]) if rows else {}
    code_filters = {k: v for k, v in filters.items() if k not in METADATA_FILTERS}
    if code_filters:
        rows = [r for r in rows if all(set(v) & codes.get(r[0], {}).get(k, set()) for k, v in code_filters.items())]
    facets: dict[str, Counter[str]] = defaultdict(Counter)
    facets["review_type"].update(r[2] for r in rows)
    facets["partnership"].update(r[3] for r in rows if r[3])
    facets["year"].update(str(int(r[4][:4])) for r in rows if r[4])
    for review_id, *_ in rows:
        for variable, values in codes.get(review_id, {}).items():
            facets[variable].update(values)
    facets = {name: counts for name, counts in facets.items() if counts}
    if fts_query:
        rows.sort(key=lambda r: (-r[5], r[0]))
    else:  # newest first, undated last, then by id
        rows.sort(key=lambda r: r[0])
        rows.sort(key=lambda r: r[4] or "", reverse=True)
    shown = rows[offset : offset + limit]
    pages = search.best_pages(session, fts_query, [r[0] for r in shown], snippets) if fts_query and shown else {}
    results = [
        {
            "review_id": review_id,
            "title": title,
            "score": round(score, 6) if fts_query else 0.0,
            "snippets": pages.get(review_id, []),
        }
        for review_id, title, _type, _partnership, _published, score in shown
    ]
    ordered = {
        name: dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
        for name, counts in sorted(facets.items(), key=lambda kv: (kv[0] not in METADATA_FILTERS, kv[0]))
    }
    return SearchResults(len(rows), results, ordered, query, filters)
