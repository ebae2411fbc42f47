"""Search internals kept through the speed work of issue 4: pages ranked by BM25 within each
shown review, prefix snippets, the review token column never matched by a user's query,
facets and visibility over many matches, and the migration that adds the review column."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from caselearn.auth.principal import ANONYMOUS, SYSTEM, Principal
from caselearn.store import search
from caselearn.store.models import Partnership, Review
from caselearn.store.reviews import search_reviews

PAGES = [
    "The health visitor noted neglect of the home.",
    "Neglect was discussed once. The school raised concerns about escalation.",
    "Neglect, neglect and more neglect: the chronology shows neglect at every visit.",
    "Nothing relevant on this page about housing.",
    "A strategy meeting considered neglect and escalating concerns, and escalated them.",
]


def _add(s, title: str, pages: list[str], **meta) -> int:
    review = Review(title=title, **meta)
    s.add(review)
    s.flush()
    body, page_map = "", []
    for page in pages:
        page_map.append(len(body))
        body += page + "\n\n"
    search.index_review(s, review.id, title, body, page_map)
    return review.id


@pytest.fixture
def reviews(db):
    with db.transaction() as s:
        north = Partnership(name="Northby Safeguarding Children Partnership")
        south = Partnership(name="Southby Safeguarding Children Partnership")
        s.add_all([north, south])
        s.flush()
        ids = []
        for n in range(12):
            pages = PAGES[n % 5 :] + PAGES[: n % 5]  # the same pages in a different order each time
            ids.append(
                _add(
                    s,
                    f"Review {n}",
                    pages,
                    review_type="lcspr" if n % 3 else "scr",
                    partnership_id=(north if n % 2 else south).id,
                    publication_date=date(2018 + n % 4, 5, 1),
                    confidential=n == 11,
                )
            )
        ids.append(_add(s, "Neglect in the title only", ["Nothing here about it."], confidential=False))
        return {"ids": ids, "north": north.id, "south": south.id}


def _reference_pages(s, fts_query: str, review_id: int, limit: int) -> list[int]:
    """The page order the per-review query gave before: BM25 over the body, best first."""
    lo = review_id * search.PAGE_STRIDE
    rows = s.execute(
        text(
            "SELECT rowid FROM page_fts WHERE page_fts MATCH :q AND rowid BETWEEN :lo AND :hi "
            "ORDER BY bm25(page_fts, 1.0, 0.0), rowid LIMIT :n"
        ),
        {"q": f"body : ({fts_query})", "lo": lo, "hi": lo + search.PAGE_STRIDE - 1, "n": limit},
    ).all()
    return [rowid % search.PAGE_STRIDE for (rowid,) in rows]


@pytest.mark.parametrize("query", ["neglect", "neglect OR escalation", '"strategy meeting"', "escal*"])
def test_each_result_shows_its_own_best_pages_in_bm25_order(db, reviews, query):
    with db.session() as s:
        found = search_reviews(s, SYSTEM, query, limit=20, snippets=3)
        assert found.results
        fts_query = search.to_fts(query)
        for result in found.results:
            pages = [snip.page for snip in result["snippets"]]
            assert pages == _reference_pages(s, fts_query, result["review_id"], 3), result["title"]


def test_prefix_snippets_are_highlighted_with_page_numbers(db, reviews):
    with db.session() as s:
        found = search_reviews(s, SYSTEM, "escal*", limit=3)
    assert found.total == 12  # every review but the title-only one
    for result in found.results:
        assert result["snippets"] and all(snip.page in (2, 3, 4, 5, 1) for snip in result["snippets"])
        assert all("<mark>escal" in str(snip.html) for snip in result["snippets"])


def test_a_title_only_match_has_no_snippets(db, reviews):
    with db.session() as s:
        found = search_reviews(s, SYSTEM, '"title only"', limit=5)
    assert found.total == 1 and found.results[0]["snippets"] == []


def test_the_review_token_column_is_never_matched_by_a_query(db, reviews):
    token = f"r{reviews['ids'][0]}"
    with db.session() as s:
        assert search_reviews(s, SYSTEM, token).total == 0
        assert search.page_snippets(s, search.to_fts(token), reviews["ids"][0]) == []


def test_facets_and_visibility_over_many_matches(db, reviews):
    with db.session() as s:
        public = search_reviews(s, ANONYMOUS, "neglect", limit=5)
        everyone = search_reviews(s, SYSTEM, "neglect", limit=5)
        own = search_reviews(s, Principal(role="partnership", partnership_id=reviews["north"]), "neglect")
        filtered = search_reviews(s, SYSTEM, "neglect", {"year": ["2019"], "review_type": ["lcspr"]})
    assert everyone.total == 13 and public.total == 12 and own.total == 13
    assert all(r["review_id"] != reviews["ids"][11] for r in public.results)
    assert everyone.facets["review_type"] == {"lcspr": 8, "scr": 4, "not_known": 1}
    assert public.facets["partnership"] == {
        "Southby Safeguarding Children Partnership": 6,
        "Northby Safeguarding Children Partnership": 5,
    }
    assert everyone.facets["year"] == {"2018": 3, "2019": 3, "2020": 3, "2021": 3}
    assert list(everyone.facets) == ["partnership", "review_type", "year"]
    assert filtered.total == 2 and filtered.facets["year"] == {"2019": 2}
    scores = [r["score"] for r in everyone.results]
    assert scores == sorted(scores, reverse=True) and len(everyone.results) == 5


def test_listing_without_a_query_is_newest_first_then_undated(db, reviews):
    with db.session() as s:
        found = search_reviews(s, SYSTEM, "", limit=200)
    order = [r["review_id"] for r in found.results]
    ids = reviews["ids"]
    assert found.total == 13 and order[:3] == [ids[3], ids[7], ids[11]]  # 2021, then by id
    assert order[-1] == ids[-1]  # the undated review comes last
    assert all(r["snippets"] == [] and r["score"] == 0.0 for r in found.results)


def test_migration_rebuilds_the_page_index_with_the_review_column(db, reviews):
    from alembic import command

    cfg = db._alembic_config
    with db.engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.downgrade(cfg, "0002_repository")
    with db.session() as s:
        columns = [row[1] for row in s.execute(text("PRAGMA table_info(page_fts)"))]
        assert columns == ["body"]
    db.migrate()
    with db.session() as s:
        columns = [row[1] for row in s.execute(text("PRAGMA table_info(page_fts)"))]
        assert columns == ["body", "review"]
        found = search_reviews(s, SYSTEM, '"strategy meeting"', limit=1)
        assert found.total == 12 and found.results[0]["snippets"][0].page in range(1, 6)
