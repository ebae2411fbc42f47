"""Workflow API: notifications, rapid reviews, Panel responses, LCSPRs, national reviews, reports.

A partnership user reaches only its own partnership's records; another's answer 404.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from fastapi import APIRouter, Depends, Query
from fastapi.responses import PlainTextResponse
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from caselearn.auth.principal import Principal
from caselearn.web.security import db_session, require
from caselearn.workflow import reports, services
from caselearn.workflow.calendar import calendar_for

router = APIRouter(prefix="/api/workflow", tags=["workflow"])

READ, WRITE, PANEL = require("workflow.read"), require("workflow.write"), require("workflow.panel")


class ChildIn(BaseModel):
    alias: str = ""
    age_months: int | None = None
    age_band: str | None = None
    sex: str | None = None
    ethnicity: str | None = None
    outcome: str | None = None


class NotificationIn(BaseModel):
    partnership: str | None = Field(None, description="Name of the partnership (national roles only).")
    reference: str | None = None
    incident_date: date | None = None
    aware_date: date
    notified_date: date
    outcome: str
    children: list[ChildIn] = Field(min_length=1)


class ExtensionIn(BaseModel):
    new_due_date: date
    reason: str


class SubmissionIn(BaseModel):
    submitted_date: date
    decision: Literal["lcspr", "no_lcspr", "national_review"]
    reason: str


class ResponseIn(BaseModel):
    response: Literal["agree", "disagree", "insufficient_information"]
    comments: str = ""
    responded_date: date | None = None


class CommissionIn(BaseModel):
    commissioned_date: date
    reviewer: str = ""


class StepIn(BaseModel):
    date: date
    report_link: str | None = None


class NationalIn(BaseModel):
    taken_on_date: date
    title: str = ""


class ClosureIn(BaseModel):
    partnership: str | None = None
    day: date
    reason: str = ""


def _out(session: Session, notification, on: date | None = None) -> dict[str, Any]:
    cal = calendar_for(session, notification.partnership_id)
    return services.notification_dict(notification, on, cal)


@router.get("/notifications")
def list_notifications(principal: Principal = Depends(READ), session: Session = Depends(db_session)):
    return [_out(session, n) for n in services.list_notifications(session, principal)]


@router.post("/notifications", status_code=201)
def create_notification(
    body: NotificationIn, principal: Principal = Depends(WRITE), session: Session = Depends(db_session)
):
    with session.begin():
        n = services.create_notification(
            session,
            principal,
            partnership=body.partnership,
            reference=body.reference,
            incident_date=body.incident_date,
            aware_date=body.aware_date,
            notified_date=body.notified_date,
            outcome=body.outcome,
            children=[c.model_dump() for c in body.children],
        )
        return _out(session, n)


@router.get("/notifications/{notification_id}")
def get_notification(
    notification_id: int, principal: Principal = Depends(READ), session: Session = Depends(db_session)
):
    n = services.get_notification(session, principal, notification_id)
    out = _out(session, n)
    out["history"] = [
        {
            "record": e.record,
            "action": e.action,
            "from": e.from_state,
            "to": e.to_state,
            "actor": e.actor,
            "at": e.at.isoformat(),
            "detail": e.detail,
        }
        for e in services.history(session, n)
    ]
    return out


def _then(session: Session, principal: Principal, notification_id: int) -> dict[str, Any]:
    return _out(session, services.get_notification(session, principal, notification_id))


@router.post("/notifications/{notification_id}/close")
def close_notification(
    notification_id: int, principal: Principal = Depends(PANEL), session: Session = Depends(db_session)
):
    with session.begin():
        services.close_notification(session, principal, notification_id)
        return _then(session, principal, notification_id)


@router.post("/notifications/{notification_id}/rapid-review/extend")
def extend(
    notification_id: int,
    body: ExtensionIn,
    principal: Principal = Depends(WRITE),
    session: Session = Depends(db_session),
):
    with session.begin():
        services.extend_rapid_review(session, principal, notification_id, body.new_due_date, body.reason)
        return _then(session, principal, notification_id)


@router.post("/notifications/{notification_id}/rapid-review/submit")
def submit(
    notification_id: int,
    body: SubmissionIn,
    principal: Principal = Depends(WRITE),
    session: Session = Depends(db_session),
):
    with session.begin():
        services.submit_rapid_review(
            session, principal, notification_id, body.submitted_date, body.decision, body.reason
        )
        return _then(session, principal, notification_id)


@router.post("/notifications/{notification_id}/rapid-review/respond")
def respond(
    notification_id: int,
    body: ResponseIn,
    principal: Principal = Depends(PANEL),
    session: Session = Depends(db_session),
):
    with session.begin():
        services.respond_to_rapid_review(
            session, principal, notification_id, body.response, body.comments, body.responded_date
        )
        return _then(session, principal, notification_id)


@router.post("/notifications/{notification_id}/lcspr")
def commission(
    notification_id: int,
    body: CommissionIn,
    principal: Principal = Depends(WRITE),
    session: Session = Depends(db_session),
):
    with session.begin():
        services.commission_lcspr(session, principal, notification_id, body.commissioned_date, body.reviewer)
        return _then(session, principal, notification_id)


@router.post("/notifications/{notification_id}/lcspr/{action}")
def lcspr_step(
    notification_id: int,
    action: Literal["complete", "give_notice", "publish"],
    body: StepIn,
    principal: Principal = Depends(WRITE),
    session: Session = Depends(db_session),
):
    with session.begin():
        services.advance_lcspr(session, principal, notification_id, action, body.date, body.report_link)
        return _then(session, principal, notification_id)


@router.post("/notifications/{notification_id}/national-review")
def take_on(
    notification_id: int,
    body: NationalIn,
    principal: Principal = Depends(PANEL),
    session: Session = Depends(db_session),
):
    with session.begin():
        services.take_on_national_review(session, principal, notification_id, body.taken_on_date, body.title)
        return _then(session, principal, notification_id)


@router.post("/notifications/{notification_id}/national-review/publish")
def publish_national(
    notification_id: int, body: StepIn, principal: Principal = Depends(PANEL), session: Session = Depends(db_session)
):
    with session.begin():
        services.publish_national_review(session, principal, notification_id, body.date, body.report_link)
        return _then(session, principal, notification_id)


@router.get("/due")
def due(
    on: date | None = None,
    include_done: bool = False,
    principal: Principal = Depends(READ),
    session: Session = Depends(db_session),
):
    items = services.due_items(session, principal, on)
    return [i.to_dict() for i in items if include_done or i.open]


@router.get("/queue")
def queue(on: date | None = None, principal: Principal = Depends(PANEL), session: Session = Depends(db_session)):
    """Rapid reviews awaiting the Panel's response, and LCSPRs running past 200 working days."""
    return {
        "awaiting_response": [_out(session, n, on) for n in services.panel_queue(session, principal)],
        "long_running_lcsprs": [
            {"notification": _out(session, n, on), "working_days": days}
            for n, days in services.long_running_lcsprs(session, principal, on)
        ],
    }


@router.get("/reports/{name}")
def report(
    name: str,
    start: date = Query(..., alias="from"),
    end: date = Query(..., alias="to"),
    format: Literal["json", "csv", "md"] = "json",
    principal: Principal = Depends(READ),
    session: Session = Depends(db_session),
):
    rows = reports.run(name, session, principal, start, end)
    if format == "json":
        return rows
    media = "text/csv" if format == "csv" else "text/markdown"
    return PlainTextResponse(reports.FORMATS[format](rows), media_type=f"{media}; charset=utf-8")


@router.get("/closure-days")
def list_closures(principal: Principal = Depends(READ), session: Session = Depends(db_session)):
    return [
        {"partnership_id": c.partnership_id, "day": c.day.isoformat(), "reason": c.reason}
        for c in services.closure_days(session, principal)
    ]


@router.post("/closure-days", status_code=201)
def add_closure(body: ClosureIn, principal: Principal = Depends(WRITE), session: Session = Depends(db_session)):
    with session.begin():
        c = services.add_closure_day(session, principal, body.partnership, body.day, body.reason)
        return {"partnership_id": c.partnership_id, "day": c.day.isoformat(), "reason": c.reason}
