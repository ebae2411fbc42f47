"""A person searches the repository in the browser, narrows by a facet and reads a review."""

from __future__ import annotations

import pytest

from caselearn.store.ingest import ingest
from tests.repository.conftest import make_pdf, report_pages

pytestmark = pytest.mark.e2e


def test_search_facet_and_read_a_review(page, live_server, db, tmp_path):
    (tmp_path / "k.pdf").write_bytes(make_pdf(report_pages()))
    (tmp_path / "x.html").write_text(
        "<html><body><h1>Serious Case Review: Child X</h1><script>window.hacked = true</script>"
        "<p>Safe sleep advice was given by the midwife &lt;img src=x onerror=alert(1)&gt;.</p></body></html>"
    )
    ingest(db, [tmp_path], jobs=1)
    page.goto(f"{live_server}/search")
    page.get_by_label("Search words").fill('"safe sleep"')
    page.get_by_role("button", name="Search").click()
    assert "2 reviews found" in page.locator(".total").inner_text()
    page.get_by_role("link", name="scr").click()
    assert "1 review found" in page.locator(".total").inner_text()
    page.get_by_role("link", name="Serious Case Review: Child X").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Serious Case Review: Child X"
    assert "<img src=x onerror=alert(1)>" in page.locator(".report-text").inner_text()
    assert page.evaluate("window.hacked === undefined")
