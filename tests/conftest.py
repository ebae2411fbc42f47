"""Shared fixtures: a temporary database, users of every role, web clients signed in as them."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from caselearn.auth.permissions import ROLES
from caselearn.auth.users import create_user
from caselearn.store.db import Database
from caselearn.web.app import create_app

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
PASSWORD = "correct horse battery"
PARTNERSHIP = "Testshire Safeguarding Children Partnership"
OTHER_PARTNERSHIP = "Otherby Safeguarding Children Partnership"


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database(f"sqlite:///{tmp_path / 'test.db'}")
    yield database
    database.dispose()


@pytest.fixture
def users(db: Database) -> dict[str, str]:
    """One user per role (username == role), plus a user of a second partnership."""
    with db.transaction() as session:
        for role in ROLES:
            create_user(session, "test", role, PASSWORD, role, PARTNERSHIP if role == "partnership" else None)
        create_user(session, "test", "other_partnership", PASSWORD, "partnership", OTHER_PARTNERSHIP)
    return {role: role for role in ROLES}


@pytest.fixture
def app(db: Database):
    return create_app(db)


def csrf_from(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match, "page has no CSRF token"
    return match.group(1)


@pytest.fixture
def client_for(app, users) -> Callable[[str | None], TestClient]:
    """A web client signed in as the given username (None: anonymous), with its CSRF token."""
    clients: list[TestClient] = []

    def make(username: str | None) -> TestClient:
        client = TestClient(app, follow_redirects=False)
        clients.append(client)
        token = csrf_from(client.get("/login").text)
        if username is not None:
            response = client.post("/login", data={"username": username, "password": PASSWORD, "csrf_token": token})
            assert response.status_code == 303, response.text
        client.headers["X-CSRF-Token"] = token
        return client

    yield make
    for client in clients:
        client.close()
