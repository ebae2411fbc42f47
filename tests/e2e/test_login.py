"""A person signs in through the browser and sees the home page, or an error."""

from __future__ import annotations

import pytest

from tests.conftest import PASSWORD

pytestmark = pytest.mark.e2e


def sign_in(page, base: str, username: str, password: str) -> None:
    page.goto(f"{base}/login")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()


def test_sign_in_and_see_the_home_page(page, live_server, users):
    sign_in(page, live_server, "analyst", PASSWORD)
    page.wait_for_url(f"{live_server}/")
    assert page.get_by_role("heading", level=1).inner_text() == "Learning from child safeguarding case reviews"
    assert "Signed in as analyst (analyst)." in page.locator(".welcome").inner_text()
    page.get_by_role("button", name="Sign out").click()
    page.wait_for_url(f"{live_server}/login")


def test_wrong_password_shows_an_error(page, live_server, users):
    sign_in(page, live_server, "analyst", "not the password")
    assert page.get_by_role("alert").inner_text() == "Wrong username or password."
    assert page.url.startswith(f"{live_server}/login")


def test_admin_page_needs_the_admin_role(page, live_server, users):
    sign_in(page, live_server, "practitioner", PASSWORD)
    page.wait_for_url(f"{live_server}/")
    page.goto(f"{live_server}/admin/users")
    assert "your role does not allow this" in page.get_by_role("alert").inner_text()
