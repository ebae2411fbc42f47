"""A partnership user records a notification and sees its rapid review due date; the Panel
responds to the submitted rapid review; the partnership sees the response."""

from __future__ import annotations

import re

import pytest

from tests.conftest import PASSWORD
from tests.e2e.test_login import sign_in

pytestmark = pytest.mark.e2e


def test_notification_rapid_review_and_panel_response(page, live_server, users):
    sign_in(page, live_server, "partnership", PASSWORD)
    page.wait_for_url(f"{live_server}/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Workflow", exact=True).click()
    page.get_by_role("link", name="Record a notification").click()
    page.get_by_label("Date the local authority became aware").fill("2020-12-14")
    page.get_by_label("Date notified").fill("2020-12-18")
    page.get_by_label("Outcome").select_option("serious_harm")
    page.get_by_label("Child 1 alias").fill("Baby E")
    page.get_by_label("Child 1 age in whole months (optional)").fill("4")
    page.get_by_label("Child 1 sex").select_option("female")
    page.get_by_role("button", name="Record notification").click()
    page.wait_for_url(re.compile(r".*/workflow/notifications/\d+$"))
    # 15 working days after Fri 18 Dec 2020, skipping Christmas, Boxing Day (observed Mon 28) and New Year
    assert page.locator("#rr-due").inner_text() == "2021-01-13"
    assert "Baby E" in page.locator("main").inner_text()
    record_url = page.url

    page.get_by_label("Submitted on").fill("2021-01-12")
    page.get_by_label("Decision", exact=True).select_option("no_lcspr")
    page.get_by_label("Reason for the decision").fill("Learning captured in the rapid review.")
    page.get_by_role("button", name="Submit rapid review").click()
    page.wait_for_url(record_url)
    assert "no LCSPR: Learning captured" in page.locator("#rapid-review").inner_text()
    page.get_by_role("button", name="Sign out").click()

    sign_in(page, live_server, "panel", PASSWORD)
    page.wait_for_url(f"{live_server}/")
    page.goto(f"{live_server}/workflow")
    queue = page.locator("table.queue")
    queue.get_by_role("link").first.click()
    page.wait_for_url(record_url)
    page.get_by_label("Response", exact=True).select_option("agree")
    page.get_by_label("Comments").fill("Agree: the learning is clear.")
    page.get_by_label("Responded on").fill("2021-01-15")
    page.get_by_role("button", name="Record response").click()
    page.wait_for_url(record_url)
    page.get_by_role("button", name="Sign out").click()

    sign_in(page, live_server, "partnership", PASSWORD)
    page.wait_for_url(f"{live_server}/")
    page.goto(record_url)
    responses = page.locator("#panel-responses").inner_text()
    assert "2021-01-15: agree: Agree: the learning is clear." == responses.strip()
    assert page.locator("#rapid-review dd").first.inner_text() == "agreed"
