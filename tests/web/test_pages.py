"""Sign in and out, the home page, user administration, error pages."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.conftest import PASSWORD, csrf_from


def test_sign_in_shows_the_user_on_the_home_page(client_for):
    client = client_for("analyst")
    page = client.get("/")
    assert page.status_code == 200
    assert "Signed in as <strong>analyst</strong>" in page.text


def test_wrong_password_is_refused_with_a_message(app, users):
    client = TestClient(app, follow_redirects=False)
    token = csrf_from(client.get("/login").text)
    response = client.post("/login", data={"username": "analyst", "password": "wrong!", "csrf_token": token})
    assert response.status_code == 401
    assert "Wrong username or password." in response.text
    assert "Signed in as" not in client.get("/").text


def test_login_ignores_off_site_next(app, users):
    client = TestClient(app, follow_redirects=False)
    token = csrf_from(client.get("/login").text)
    response = client.post(
        "/login", data={"username": "admin", "password": PASSWORD, "csrf_token": token, "next": "//evil.example/"}
    )
    assert response.headers["location"] == "/"


def test_sign_out_ends_the_session(client_for):
    client = client_for("admin")
    assert client.get("/admin/users").status_code == 200
    assert client.post("/logout").status_code == 303
    assert client.get("/admin/users").headers["location"].startswith("/login")


def test_admin_adds_a_user_and_it_is_audited(client_for):
    client = client_for("admin")
    response = client.post(
        "/admin/users",
        data={"username": "newp", "password": "longenough", "role": "partnership", "partnership": "Northby SCP"},
    )
    assert response.status_code == 303
    assert "newp" in client.get("/admin/users").text
    audit = client.get("/api/audit").json()
    assert any(e["entity"] == "user" and e["detail"].get("username") == "newp" for e in audit)


def test_bad_user_form_shows_the_reason(client_for):
    client = client_for("admin")
    response = client.post("/admin/users", data={"username": "x", "password": "short", "role": "public"})
    assert response.status_code == 422
    assert "at least 8 characters" in response.text


def test_unknown_page_is_a_friendly_404(client_for):
    response = client_for(None).get("/no/such/page")
    assert response.status_code == 404 and "page not found" in response.text
    assert client_for(None).get("/api/nothing").json() == {"error": "page not found"}
