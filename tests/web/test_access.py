"""Every route states who may use it, and no role reaches another role's pages or API."""

from __future__ import annotations

import re

from fastapi.routing import APIRoute

from caselearn.auth.permissions import ROLES, allowed
from caselearn.web.security import OPEN_ROUTES


def route_permission(route: APIRoute) -> str | None:
    def walk(dependant):
        for dep in dependant.dependencies:
            permission = getattr(dep.call, "permission", None)
            if permission:
                return permission
            found = walk(dep)
            if found:
                return found
        return None

    return walk(route.dependant)


def api_routes(routes, prefix: str = ""):
    """Every APIRoute, including those of included routers (FastAPI wraps them)."""
    for route in routes:
        if isinstance(route, APIRoute):
            yield prefix, route
        elif hasattr(route, "original_router"):
            yield from api_routes(route.original_router.routes, prefix + route.include_context.prefix)


def guarded_routes(app) -> list[tuple[str, str, str]]:
    rows = []
    for prefix, route in api_routes(app.routes):
        permission = route_permission(route)
        if permission is None:
            assert prefix + route.path in OPEN_ROUTES, f"{prefix + route.path} states no permission"
            continue
        for method in sorted(route.methods - {"HEAD"}):
            rows.append((method, prefix + route.path, permission))
    return rows


def concrete(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "1", path)


def test_every_route_states_a_permission(app):
    rows = guarded_routes(app)
    assert len(rows) >= 8


def test_roles_reach_exactly_the_routes_their_permissions_allow(app, client_for):
    clients = {role: client_for(role) for role in ROLES}
    clients[None] = client_for(None)
    checked = 0
    for method, path, permission in guarded_routes(app):
        url = concrete(path)
        is_api = path.startswith("/api/")
        for role, client in clients.items():
            response = client.request(method, url)
            effective_role = role or "public"
            if allowed(effective_role, permission):
                assert response.status_code not in (401, 403), f"{role} refused {method} {path}"
                assert not response.headers.get("location", "").startswith("/login"), f"{role} sent to login"
            elif role is None:
                expected = 401 if is_api else 303
                assert response.status_code == expected, f"anonymous got {response.status_code} on {method} {path}"
                if not is_api:
                    assert response.headers["location"].startswith("/login")
            else:
                assert response.status_code == 403, f"{role} got {response.status_code} on {method} {path}"
                if is_api:
                    assert response.json()["error"]
                else:
                    assert "not allow" in response.text
            checked += 1
    assert checked >= 8 * len(clients)


def test_unsafe_request_without_csrf_token_is_refused(client_for, db):
    client = client_for("admin")
    del client.headers["X-CSRF-Token"]
    response = client.post("/admin/users", data={"username": "eve", "password": "longenough", "role": "public"})
    assert response.status_code == 400
    assert "security token" in response.text
    from sqlalchemy import select

    from caselearn.store.models import User

    with db.session() as session:
        assert session.scalar(select(User).where(User.username == "eve")) is None


def test_api_token_authenticates_without_csrf(app, users, db):
    from fastapi.testclient import TestClient

    from caselearn.auth.users import issue_api_token

    with db.transaction() as session:
        token = issue_api_token(session, "test", "admin")
    client = TestClient(app)
    me = client.get("/api/me", headers={"Authorization": f"Bearer {token}"})
    assert me.status_code == 200 and me.json()["role"] == "admin"
    made = client.post(
        "/api/users",
        json={"username": "newbie", "password": "longenough", "role": "practitioner"},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert made.status_code == 201 and made.json()["role"] == "practitioner"
    bad = client.get("/api/me", headers={"Authorization": "Bearer not-a-token"})
    assert bad.status_code == 401 and bad.json() == {"error": "the API token is not valid"}


def test_openapi_document_lists_the_api(app):
    from fastapi.testclient import TestClient

    spec = TestClient(app).get("/openapi.json").json()
    assert "/api/me" in spec["paths"] and "/api/codebook" in spec["paths"]
    assert not any(p.startswith("/admin") for p in spec["paths"])
