"""A person opens the analysis dashboard, picks a variable, clicks a cell and reads the evidence."""

from __future__ import annotations

import pytest

from tests.analysis.conftest import add_review
from tests.conftest import PASSWORD
from tests.e2e.test_login import sign_in

pytestmark = pytest.mark.e2e


@pytest.fixture
def coded(db, users):
    with db.transaction() as session:
        for i in range(7):
            add_review(
                session,
                f"E2E-{i}",
                partnership="Eastmere Safeguarding Children Partnership",
                children=[(f"Child E{i}", {"age_band": "under_1" if i < 5 else "16_plus", "outcome": "death"})],
                case={"poverty": "present" if i < 4 else "absent", "incident_year": 2021},
            )


def test_pick_a_variable_click_a_cell_see_children_and_evidence(page, live_server, coded):
    sign_in(page, live_server, "analyst", PASSWORD)
    page.wait_for_url(f"{live_server}/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Analysis").click()
    page.wait_for_url(f"{live_server}/analysis")
    page.get_by_label("Kind").select_option("counts")
    page.get_by_label("Variables").select_option("poverty")
    page.get_by_role("button", name="Show table").click()
    table = page.get_by_role("table")
    assert "counts poverty" in table.locator("caption").inner_text()
    row = page.get_by_role("row").filter(has=page.get_by_role("rowheader", name="present"))
    assert "57.1%" in row.inner_text()  # 4 of 7
    row.get_by_role("link", name="4").click()
    assert page.get_by_role("heading", level=1).inner_text() == "counts poverty: present / all"
    assert "4 children counted in this cell" in page.locator(".cell-summary").inner_text()
    members = page.locator(".member")
    assert members.count() == 4
    assert "Child E0" in members.first.inner_text()
    assert "E2E-0: poverty passage" in members.first.locator(".evidence").first.inner_text()
