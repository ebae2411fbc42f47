"""The dashboard and the analysis API: tables, drill-down to evidence, visibility, suppression."""

from __future__ import annotations

import html
import re


def cell_links(page: str) -> dict[str, str]:
    return {
        html.unescape(text): html.unescape(href)
        for href, text in re.findall(r'<a href="(/analysis/cell\?[^"]+)">([^<]+)</a>', page)
    }


def test_dashboard_table_links_each_cell_to_children_and_evidence(coded_store, client_for):
    client = client_for("analyst")
    page = client.get("/analysis", params={"kind": "prevalence", "var": "domestic_abuse"})
    assert page.status_code == 200
    assert "<caption>prevalence: children, denominator all" in page.text
    assert '<th scope="row">domestic_abuse</th>' in page.text
    links = cell_links(page.text)
    assert list(links) == ["8"]  # 7 published + the confidential one: an analyst sees every partnership
    cell = client.get(links["8"])
    assert cell.status_code == 200
    assert "8 children counted in this cell" in cell.text
    assert "Child Secret" in cell.text and "Child P0" in cell.text
    assert "PUB-0: domestic_abuse passage" in cell.text  # the evidence passage of the code


def test_visibility_confidential_reviews_only_for_their_partnership(coded_store, client_for):
    params = {"kind": "counts", "var": "outcome"}
    for user, expected in (("practitioner", 0), ("partnership", 1), ("other_partnership", 0), ("panel", 1)):
        rows = client_for(user).get("/api/analysis/table", params=params).json()["rows"]
        serious = next(r for r in rows if r["row"] == "serious_harm")
        assert serious["count"] == expected, user
        assert serious["denominator"] == 8 + expected, user
    members = client_for("practitioner").get("/api/analysis/cell", params={**params, "row": "death"}).json()
    assert members["total"] == 8 and all(m["review_id"].startswith("PUB-") for m in members["members"])


def test_suppressed_cells_do_not_link_to_their_members(coded_store, client_for):
    client = client_for("practitioner")
    params = {"kind": "counts", "var": "age_band", "suppress": "6"}
    page = client.get("/analysis", params=params)
    links = cell_links(page.text)
    assert "&lt;6" in page.text and "<6" not in links  # 2 children aged 11-15: suppressed, no link
    # under_1 (6) would give the 11_15 cell away from the total of 8: it is hidden too
    assert list(links) == []
    refused = client.get("/api/analysis/cell", params={**params, "row": "11_15"})
    assert refused.status_code == 404 and "suppressed" in refused.json()["error"]
    rows = client.get("/api/analysis/table", params=params).json()["rows"]
    hidden = {r["row"]: r for r in rows if r["count"] is None}
    assert set(hidden) == {"under_1", "11_15"} and hidden["11_15"]["percent"] is None


def test_api_table_formats_and_filters(coded_store, client_for):
    client = client_for("analyst")
    params = {"kind": "prevalence", "var": "domestic_abuse", "year_from": "2021", "year_to": "2021"}
    csv = client.get("/api/analysis/table", params={**params, "format": "csv"})
    assert csv.headers["content-type"].startswith("text/csv")
    assert csv.text.splitlines() == [
        "table,row,column,count,denominator,percent",
        "prevalence,domestic_abuse,all,3,4,75.0",
    ]
    xlsx = client.get("/api/analysis/table", params={**params, "format": "xlsx"})
    assert xlsx.status_code == 200 and xlsx.content[:2] == b"PK"
    bad = client.get("/api/analysis/table", params={"kind": "overlap", "var": "sex"})
    assert bad.status_code == 422 and "is not a flag" in bad.json()["error"]
    chart = client.get("/analysis/chart.svg", params={"kind": "counts", "var": "age_band"})
    assert chart.status_code == 200 and chart.headers["content-type"] == "image/svg+xml" and b"<svg" in chart.content


def test_public_cannot_use_the_analysis(coded_store, client_for):
    assert client_for("public").get("/api/analysis/table").status_code == 403


def test_api_import_needs_codes_write_and_is_all_or_nothing(db, client_for, triennial_csv):
    from sqlalchemy import func, select

    from caselearn.store.models import AuditEntry, Code

    body = triennial_csv.read_bytes()
    refused = client_for("practitioner").post("/api/analysis/import", files={"file": ("t.csv", body, "text/csv")})
    assert refused.status_code == 403
    analyst = client_for("analyst")
    bad = body.replace(b",male,", b",boy,", 1)
    failed = analyst.post("/api/analysis/import", files={"file": ("bad.csv", bad, "text/csv")})
    assert failed.status_code == 422 and failed.json()["error"].startswith("row 2, column sex: 'boy'")
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Code)) == 0
    done = analyst.post("/api/analysis/import", files={"file": ("t.csv", body, "text/csv")})
    assert done.status_code == 201 and done.json()["reviews"] == 278
    with db.session() as session:
        entry = session.scalar(select(AuditEntry).where(AuditEntry.entity == "dataset"))
        assert entry.actor == "analyst" and entry.detail["origin"] == "import:t.csv"
