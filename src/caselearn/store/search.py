"""Full-text search: SQLite FTS5 with BM25 ranking. All FTS SQL lives here, so another
engine (PostgreSQL tsvector) can follow by implementing the same functions:
``index_review``, ``unindex_review``, ``match_reviews`` / ``review_match``, ``best_pages``
and ``page_snippets``.

Speed (issue 4): a search runs one ranking query (BM25 over ``review_fts``, joined to
the reviews' metadata by the caller), one query that ranks the pages of the shown
reviews together (``best_pages``; FTS5 computes BM25's corpus statistics once per
query, so one query for all shown reviews instead of one per review; each page row
carries its review as a token, so the index itself finds the pages of those reviews),
and one query for the snippets of the chosen pages.

Query language (what a user types): words (stemmed), "exact phrases", AND / OR / NOT,
parentheses, prefix* . Words side by side must all occur (AND). Anything else gets a
plain message (``InvalidQuery``), never a server error.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from markupsafe import Markup, escape
from sqlalchemy import ColumnElement, TableClause, column, literal_column, table, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from caselearn.errors import InvalidInput

PAGE_STRIDE = 100_000
HIT_OPEN, HIT_CLOSE = "\x02", "\x03"
TITLE_WEIGHT, BODY_WEIGHT = 5.0, 1.0


class InvalidQuery(InvalidInput):
    http_status = 400


class SearchUnavailable(InvalidInput):
    http_status = 501


_TOKEN = re.compile(r'"(?P<phrase>[^"]*)"(?P<pstar>\*?)|(?P<open>\()|(?P<close>\))|(?P<word>[^\s()"]+)')
OPERATORS = {"AND", "OR", "NOT"}


def to_fts(query: str) -> str:
    """Translate the user's query into a safe FTS5 expression, or raise InvalidQuery."""
    if query.count('"') % 2:
        raise InvalidQuery('unbalanced quotation marks: close the phrase with another "')
    out: list[str] = []
    depth = 0
    previous = None  # "term", "op", "open", "close"
    for match in _TOKEN.finditer(query):
        if match.group("open"):
            if previous in ("term", "close"):
                out.append("AND")
            out.append("(")
            depth += 1
            previous = "open"
            continue
        if match.group("close"):
            depth -= 1
            if depth < 0 or previous in ("op", "open"):
                raise InvalidQuery("unbalanced or empty parentheses")
            out.append(")")
            previous = "close"
            continue
        word = match.group("word")
        if word is not None and word in OPERATORS:
            if word == "NOT" and previous in (None, "op", "open"):
                raise InvalidQuery("NOT needs something before it: write e.g. neglect NOT dental")
            if previous in (None, "op", "open"):
                raise InvalidQuery(f"{word} needs a search term on each side")
            out.append(word)
            previous = "op"
            continue
        if match.group("phrase") is not None:
            terms = re.findall(r"\w+", match.group("phrase"))
            star = match.group("pstar")
        else:
            star = "*" if word.endswith("*") else ""
            terms = re.findall(r"\w+", word)
        if not terms:
            continue
        if previous in ("term", "close"):
            out.append("AND")
        out.append('"' + " ".join(terms) + '"' + star)
        previous = "term"
    if depth:
        raise InvalidQuery("unbalanced parentheses: close every ( with )")
    if previous == "op":
        raise InvalidQuery(f"{out[-1]} needs a search term after it")
    return " ".join(out)


def _require_sqlite(session: Session) -> None:
    if session.get_bind().dialect.name != "sqlite":
        raise SearchUnavailable("full-text search is implemented for SQLite (FTS5) only so far")


def index_review(session: Session, review_id: int, title: str, body: str, page_map: list[int]) -> None:
    """(Re)index a review and its pages, inside the caller's transaction."""
    _require_sqlite(session)
    unindex_review(session, review_id)
    session.execute(
        text("INSERT INTO review_fts(rowid, title, body) VALUES (:id, :title, :body)"),
        {"id": review_id, "title": title, "body": body},
    )
    bounds = [*page_map, len(body)]
    rows = [
        {"id": review_id * PAGE_STRIDE + n, "body": body[bounds[n - 1] : bounds[n]], "review": _review_token(review_id)}
        for n in range(1, len(page_map) + 1)
        if body[bounds[n - 1] : bounds[n]].strip()
    ]
    if rows:
        session.execute(text("INSERT INTO page_fts(rowid, body, review) VALUES (:id, :body, :review)"), rows)


def _review_token(review_id: int) -> str:
    """The token in a page row's ``review`` column: which review the page belongs to."""
    return f"r{int(review_id)}"


def reindex_title(session: Session, review_id: int, title: str) -> None:
    _require_sqlite(session)
    session.execute(text("UPDATE review_fts SET title = :title WHERE rowid = :id"), {"id": review_id, "title": title})


def unindex_review(session: Session, review_id: int) -> None:
    _require_sqlite(session)
    session.execute(text("DELETE FROM review_fts WHERE rowid = :id"), {"id": review_id})
    session.execute(
        text("DELETE FROM page_fts WHERE rowid BETWEEN :lo AND :hi"),
        {"lo": review_id * PAGE_STRIDE, "hi": review_id * PAGE_STRIDE + PAGE_STRIDE - 1},
    )


def _invalid(session: Session, exc: OperationalError) -> InvalidQuery:
    session.rollback()
    return InvalidQuery(f"cannot search for that: {str(exc.orig).split(':')[-1].strip()}")


def match_reviews(session: Session, fts_query: str) -> dict[int, float]:
    """review id -> BM25 score (higher is better) of every review matching the query."""
    _require_sqlite(session)
    try:
        rows = session.execute(
            text(
                f"SELECT rowid, bm25(review_fts, {TITLE_WEIGHT}, {BODY_WEIGHT}) FROM review_fts "
                "WHERE review_fts MATCH :q"
            ),
            {"q": fts_query},
        ).all()
    except OperationalError as exc:
        raise _invalid(session, exc) from None
    return {rowid: -score for rowid, score in rows}


_REVIEW_FTS = table("review_fts", column("rowid"))


def review_match(session: Session, fts_query: str) -> tuple[TableClause, ColumnElement[float], ColumnElement[bool]]:
    """The pieces for one query that ranks and filters together: the FTS table (join its
    ``rowid`` to the review id), the BM25 score (higher is better) and the MATCH clause.
    Run the statement with ``run_match`` so a malformed query gets a plain message."""
    _require_sqlite(session)
    score = literal_column(f"-bm25(review_fts, {TITLE_WEIGHT}, {BODY_WEIGHT})")
    return _REVIEW_FTS, score, text("review_fts MATCH :fts_query").bindparams(fts_query=fts_query)


def run_match(session: Session, statement):  # noqa: ANN001, ANN201 - any executable statement
    """Execute a statement that contains a MATCH; a malformed query raises InvalidQuery."""
    try:
        return session.connection().execute(statement).all()
    except OperationalError as exc:
        raise _invalid(session, exc) from None


@dataclass(frozen=True)
class Snippet:
    text: str  # plain text, hits between HIT_OPEN and HIT_CLOSE
    page: int

    @property
    def html(self) -> Markup:
        """The snippet escaped, hits in <mark>."""
        parts = re.split(f"({HIT_OPEN}|{HIT_CLOSE})", self.text)
        out, inside = [], False
        for part in parts:
            if part == HIT_OPEN:
                inside = True
            elif part == HIT_CLOSE:
                inside = False
            elif part:
                out.append(f"<mark>{escape(part)}</mark>" if inside else str(escape(part)))
        return Markup("".join(out))

    @property
    def plain(self) -> str:
        return self.text.replace(HIT_OPEN, "").replace(HIT_CLOSE, "")


_SNIPPET = f"snippet(page_fts, 0, '{HIT_OPEN}', '{HIT_CLOSE}', '…', 16)"


def best_pages(session: Session, fts_query: str, review_ids: Iterable[int], limit: int = 3) -> dict[int, list[Snippet]]:
    """For each review, its ``limit`` best-matching pages (BM25 over the page index, best
    first), each with a highlighted snippet. Reviews without a matching page get []."""
    _require_sqlite(session)
    ids = sorted({int(r) for r in review_ids})  # ints only: they are written into the SQL
    found: dict[int, list[Snippet]] = {r: [] for r in ids}
    if not ids or limit <= 0:
        return found
    # the user's query on the body only, and only on pages of these reviews: the index finds them
    pages_query = f"body : ({fts_query}) AND review : ({' OR '.join(map(_review_token, ids))})"
    # 1. rank those pages in one query (FTS5 gathers BM25's statistics once per query; the
    # review column has weight 0, so the score is the body's BM25)
    try:
        ranked = session.execute(
            text("SELECT rowid, bm25(page_fts, 1.0, 0.0) FROM page_fts WHERE page_fts MATCH :q"), {"q": pages_query}
        ).all()
    except OperationalError as exc:
        raise _invalid(session, exc) from None
    per_review: dict[int, list[tuple[float, int]]] = {}
    for rowid, rank in ranked:
        per_review.setdefault(rowid // PAGE_STRIDE, []).append((rank, rowid))
    chosen: list[int] = []
    for pages in per_review.values():
        pages.sort()
        chosen.extend(rowid for _rank, rowid in pages[:limit])
    if not chosen:
        return found
    # 2. snippets of the chosen pages only (the list is a plain filter, so snippet() runs on them alone)
    wanted = ", ".join(map(str, sorted(chosen)))
    snippets = dict(
        session.execute(
            text(f"SELECT rowid, {_SNIPPET} FROM page_fts WHERE page_fts MATCH :q AND +rowid IN ({wanted})"),
            {"q": pages_query},
        ).all()
    )
    for rowid in chosen:
        if rowid in snippets:  # a review re-indexed between the two queries loses its snippets, nothing worse
            found[rowid // PAGE_STRIDE].append(Snippet(" ".join(snippets[rowid].split()), rowid % PAGE_STRIDE))
    return found


def page_snippets(session: Session, fts_query: str, review_id: int, limit: int = 3) -> list[Snippet]:
    """The best-matching pages of one review, each with a highlighted snippet."""
    return best_pages(session, fts_query, [review_id], limit)[review_id]
