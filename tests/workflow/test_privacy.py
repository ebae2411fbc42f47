"""A partnership user can neither read nor change another partnership's records, through
any workflow page or API route: each answers 404 (as if the record did not exist) and
nothing changes. The Panel and admin reach every partnership."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from caselearn.store.models import AuditEntry
from caselearn.workflow.models import ClosureDay, Notification, WorkflowEvent
from tests.conftest import OTHER_PARTNERSHIP, PARTNERSHIP
from tests.web.test_access import api_routes, route_permission
from tests.workflow.conftest import ADMIN

D = "2021-01-05"
# A valid body for every route that takes one, so the request reaches the record check.
BODIES: dict[tuple[str, str], dict] = {
    ("POST", "/workflow/notifications/{notification_id}/close"): {},
    ("POST", "/workflow/notifications/{notification_id}/rapid-review/extend"): {
        "new_due_date": "2021-03-01",
        "reason": "x",
    },
    ("POST", "/workflow/notifications/{notification_id}/rapid-review/submit"): {
        "submitted_date": D,
        "decision": "lcspr",
        "reason": "x",
    },
    ("POST", "/workflow/notifications/{notification_id}/rapid-review/respond"): {"response": "agree"},
    ("POST", "/workflow/notifications/{notification_id}/lcspr"): {"commissioned_date": D},
    ("POST", "/workflow/notifications/{notification_id}/lcspr/{action}"): {"on": D},
    ("POST", "/workflow/notifications/{notification_id}/national-review"): {"taken_on_date": D},
    ("POST", "/workflow/notifications/{notification_id}/national-review/publish"): {"on": D},
    ("POST", "/api/workflow/notifications/{notification_id}/close"): {},
    ("POST", "/api/workflow/notifications/{notification_id}/rapid-review/extend"): {
        "new_due_date": "2021-03-01",
        "reason": "x",
    },
    ("POST", "/api/workflow/notifications/{notification_id}/rapid-review/submit"): {
        "submitted_date": D,
        "decision": "lcspr",
        "reason": "x",
    },
    ("POST", "/api/workflow/notifications/{notification_id}/rapid-review/respond"): {"response": "agree"},
    ("POST", "/api/workflow/notifications/{notification_id}/lcspr"): {"commissioned_date": D},
    ("POST", "/api/workflow/notifications/{notification_id}/lcspr/{action}"): {"date": D},
    ("POST", "/api/workflow/notifications/{notification_id}/national-review"): {"taken_on_date": D},
    ("POST", "/api/workflow/notifications/{notification_id}/national-review/publish"): {"date": D},
}


def workflow_routes(app):
    for prefix, route in api_routes(app.routes):
        path = prefix + route.path
        if path.startswith(("/workflow", "/api/workflow")):
            for method in sorted(route.methods - {"HEAD"}):
                yield method, path, route_permission(route)


def _state(db):
    with db.session() as s:
        return (
            s.scalar(select(func.count()).select_from(Notification)),
            s.scalar(select(func.count()).select_from(WorkflowEvent)),
            s.scalar(select(func.count()).select_from(AuditEntry)),
            s.scalar(select(func.count()).select_from(ClosureDay)),
        )


def test_record_routes_answer_404_for_another_partnerships_record(app, db, client_for, make):
    theirs = make(OTHER_PARTNERSHIP, reference="OTHER-1")
    ours = make(PARTNERSHIP, reference="OURS-1")
    # put the other partnership's record where each action would be legal for its own users
    client = client_for("partnership")
    panel = client_for("panel")
    before = _state(db)
    record_routes = [(m, p, perm) for m, p, perm in workflow_routes(app) if "{notification_id}" in p]
    assert len(record_routes) == 18, record_routes
    for method, path, permission in record_routes:
        url = path.replace("{notification_id}", str(theirs)).replace("{action}", "publish")
        body = BODIES.get((method, path))
        if method == "POST":
            assert body is not None, f"add a valid body for {path} to BODIES"
        kwargs = {} if method == "GET" else ({"json": body} if path.startswith("/api/") else {"data": body})
        if permission == "workflow.panel":
            # the partnership role lacks the permission (403 for every record, so no leak either)
            response = client.request(method, url, **kwargs)
            assert response.status_code == 403, (method, path, response.status_code)
            continue
        response = client.request(method, url, **kwargs)
        assert response.status_code == 404, (method, path, response.status_code, response.text[:200])
        assert f"no notification {theirs}" in response.text  # the same answer as for no record at all
        assert "OTHER-1" not in response.text and OTHER_PARTNERSHIP not in response.text
        # the same route reaches the user's own record (so the 404 is about ownership, not the route)
        own = client.request(method, url.replace(f"/{theirs}", f"/{ours}", 1), **kwargs)
        assert "no notification" not in own.text, (method, path, own.text[:200])
        missing = client.request(method, url.replace(f"/{theirs}", "/99999", 1), **kwargs)
        assert missing.status_code == 404
    after_own_writes = _state(db)
    assert after_own_writes[0] == before[0]
    with db.session() as s:
        theirs_events = s.scalar(
            select(func.count()).select_from(WorkflowEvent).where(WorkflowEvent.notification_id == theirs)
        )
    assert theirs_events == 2  # notify and open: nothing the partnership user did touched it
    # the Panel reaches the other partnership's record
    assert panel.get(f"/workflow/notifications/{theirs}").status_code == 200
    assert panel.get(f"/api/workflow/notifications/{theirs}").json()["reference"] == "OTHER-1"


def test_lists_reports_and_calendars_show_only_the_users_partnership(app, db, client_for, make):
    make(OTHER_PARTNERSHIP, reference="OTHER-1", notified=date(2020, 6, 1))
    make(PARTNERSHIP, reference="OURS-1", notified=date(2020, 6, 1))
    with db.transaction() as s:
        from caselearn.workflow import services

        services.add_closure_day(s, ADMIN, OTHER_PARTNERSHIP, date(2020, 6, 5), "their training day")
    client = client_for("partnership")
    list_routes = [(m, p) for m, p, _ in workflow_routes(app) if "{notification_id}" not in p]
    checked = set()
    period = "start=2020-01-01&end=2020-12-31"
    gets = {
        "/workflow": "/workflow",
        "/workflow/notifications/new": "/workflow/notifications/new",
        "/workflow/reports": f"/workflow/reports?name=per-partnership&{period}",
        "/workflow/reports/{name}.csv": f"/workflow/reports/per-partnership.csv?{period}",
        "/workflow/closure-days": "/workflow/closure-days",
        "/api/workflow/notifications": "/api/workflow/notifications",
        "/api/workflow/due": "/api/workflow/due?include_done=true&on=2020-06-10",
        "/api/workflow/reports/{name}": "/api/workflow/reports/per-partnership?from=2020-01-01&to=2020-12-31",
        "/api/workflow/closure-days": "/api/workflow/closure-days",
    }
    for method, path in list_routes:
        if method != "GET" or path not in gets:
            continue
        response = client.get(gets[path])
        assert response.status_code == 200, (path, response.text[:200])
        assert "OTHER-1" not in response.text and OTHER_PARTNERSHIP not in response.text, path
        assert "their training day" not in response.text, path
        checked.add(path)
    assert checked == set(gets)
    assert "OURS-1" in client.get("/workflow").text
    assert client.get("/api/workflow/queue").status_code == 403  # the Panel's queue is the Panel's
    # writes that name another partnership are refused, and store nothing
    before = _state(db)
    made = client.post(
        "/api/workflow/notifications",
        json={
            "partnership": OTHER_PARTNERSHIP,
            "aware_date": "2021-01-04",
            "notified_date": "2021-01-05",
            "outcome": "death",
            "children": [{}],
        },
    )
    assert made.status_code == 404
    closure = client.post("/api/workflow/closure-days", json={"partnership": OTHER_PARTNERSHIP, "day": "2021-01-06"})
    assert closure.status_code == 404
    page = client.post("/workflow/closure-days", data={"partnership": OTHER_PARTNERSHIP, "day": "2021-01-06"})
    assert page.status_code == 404
    page = client.post(
        "/workflow/notifications",
        data={
            "partnership": OTHER_PARTNERSHIP,
            "aware_date": "2021-01-04",
            "notified_date": "2021-01-05",
            "outcome": "death",
        },
    )
    assert page.status_code == 404
    assert _state(db) == before
    # the Panel sees both
    panel = client_for("panel")
    listed = {n["reference"] for n in panel.get("/api/workflow/notifications").json()}
    assert listed == {"OTHER-1", "OURS-1"}
    rows = panel.get("/api/workflow/reports/per-partnership?from=2020-01-01&to=2020-12-31").json()
    assert {r["row"]: r["count"] for r in rows} == {OTHER_PARTNERSHIP: 1, PARTNERSHIP: 1}
