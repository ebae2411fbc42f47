"""The state machine: legal transitions by allowed roles, each audited and in the history;
illegal ones refused with a clear message (HTTP 409 in the API)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from caselearn.auth.principal import Principal
from caselearn.errors import Conflict, PermissionDenied
from caselearn.store.models import AuditEntry
from caselearn.workflow import services, states
from caselearn.workflow.models import WorkflowEvent
from tests.conftest import PARTNERSHIP
from tests.workflow.conftest import ADMIN, PANEL

LOCAL_USER = Principal(role="partnership", username="partnership", authenticated=True)


def test_transition_table_roles_and_sources():
    with pytest.raises(Conflict, match="cannot submit the rapid review: the rapid review is submitted"):
        states.check(ADMIN, "rapid_review", "submit", "submitted")
    with pytest.raises(PermissionDenied, match="may not agree"):
        states.check(LOCAL_USER, "rapid_review", "agree", "submitted")
    with pytest.raises(Conflict, match="not something"):
        states.check(ADMIN, "rapid_review", "fly", "submitted")
    assert states.allowed_actions(PANEL, "rapid_review", "submitted") == [
        "agree",
        "disagree",
        "insufficient_information",
    ]
    assert states.allowed_actions(LOCAL_USER, "rapid_review", "in_progress") == ["extend", "submit"]


def test_full_path_from_notification_to_published_lcspr(db, make):
    nid = make(PARTNERSHIP, notified=date(2020, 12, 18), aware=date(2020, 12, 14))
    with db.transaction() as s:
        n = services.get_notification(s, ADMIN, nid)
        assert n.rapid_review.state == "in_progress" and n.rapid_review.due_date == date(2021, 1, 13)
        assert n.children[0].age_band == "under_1"
        services.extend_rapid_review(s, ADMIN, nid, date(2021, 1, 27), "partner agency unavailable")
        services.submit_rapid_review(s, ADMIN, nid, date(2021, 1, 25), "lcspr", "learning about bruising in babies")
        services.respond_to_rapid_review(s, PANEL, nid, "insufficient_information", "which agencies?", date(2021, 2, 1))
        services.submit_rapid_review(s, ADMIN, nid, date(2021, 2, 3), "lcspr", "now with agency chronology")
        services.respond_to_rapid_review(s, PANEL, nid, "agree", "", date(2021, 2, 5))
        lcspr = services.commission_lcspr(s, ADMIN, nid, date(2021, 2, 10), "A. Reviewer")
        assert lcspr.target_publication_date == date(2021, 7, 25)  # 6 months after the decision, 25 Jan
        with pytest.raises(Conflict, match="cannot record the LCSPR published: the lcspr is commissioned"):
            services.advance_lcspr(s, ADMIN, nid, "publish", date(2021, 7, 1))
        services.advance_lcspr(s, ADMIN, nid, "complete", date(2021, 6, 1))
        services.advance_lcspr(s, ADMIN, nid, "give_notice", date(2021, 6, 10))
        services.advance_lcspr(s, ADMIN, nid, "publish", date(2021, 6, 21), "/reviews/42")
    with db.session() as s:
        n = services.get_notification(s, ADMIN, nid)
        assert n.rapid_review.state == "agreed" and n.rapid_review.submitted_date == date(2021, 1, 25)
        assert n.lcspr.state == "published" and n.lcspr.report_link == "/reviews/42"
        actions = [e.action for e in s.scalars(select(WorkflowEvent).where(WorkflowEvent.notification_id == nid))]
        assert actions == [
            "notify",
            "open",
            "extend",
            "submit",
            "insufficient_information",
            "resubmit",
            "agree",
            "commission",
            "complete",
            "give_notice",
            "publish",
        ]
        audited = s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action.like("workflow.%")))
        assert audited == len(actions)


def test_illegal_moves_are_refused(db, make):
    nid = make(PARTNERSHIP)
    with db.transaction() as s:
        with pytest.raises(Conflict, match="has not decided on one"):
            services.commission_lcspr(s, ADMIN, nid, date(2021, 1, 5))
        with pytest.raises(Conflict, match="cannot agree with the decision: the rapid review is in progress"):
            services.respond_to_rapid_review(s, PANEL, nid, "agree")
        services.submit_rapid_review(s, ADMIN, nid, date(2021, 1, 4), "no_lcspr", "learning captured")
        with pytest.raises(Conflict, match="cannot record an authorised extension"):
            services.extend_rapid_review(s, ADMIN, nid, date(2021, 3, 1), "late")
        with pytest.raises(Conflict, match="did not refer one"):
            services.take_on_national_review(s, PANEL, nid, date(2021, 2, 1))


def test_api_answers_409_for_an_illegal_transition(client_for, make):
    nid = make(PARTNERSHIP)
    client = client_for("partnership")
    body = {"submitted_date": "2021-01-05", "decision": "no_lcspr", "reason": "learning captured"}
    first = client.post(f"/api/workflow/notifications/{nid}/rapid-review/submit", json=body)
    assert first.status_code == 200 and first.json()["rapid_review"]["state"] == "submitted"
    again = client.post(f"/api/workflow/notifications/{nid}/rapid-review/submit", json=body)
    assert again.status_code == 409
    assert again.json()["error"].startswith("cannot submit the rapid review: the rapid review is submitted")
    # the Panel's response is the Panel's: a partnership user is refused by permission
    refused = client.post(f"/api/workflow/notifications/{nid}/rapid-review/respond", json={"response": "agree"})
    assert refused.status_code == 403
    panel = client_for("panel")
    ok = panel.post(f"/api/workflow/notifications/{nid}/rapid-review/respond", json={"response": "agree"})
    assert ok.status_code == 200 and ok.json()["rapid_review"]["state"] == "agreed"
    page = client.post(
        f"/workflow/notifications/{nid}/rapid-review/submit",
        data={"submitted_date": "2021-01-05", "decision": "no_lcspr", "reason": "again"},
    )
    assert page.status_code == 409 and "cannot submit the rapid review" in page.text
