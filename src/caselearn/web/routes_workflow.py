"""Workflow pages: a partnership's own records with their clocks; the Panel's view of all,
its queue of rapid reviews awaiting a response and LCSPRs past 200 working days; reports.

Another partnership's record answers 404, as if it did not exist.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy.orm import Session

from caselearn.auth.principal import Principal
from caselearn.codebook import load as load_codebook
from caselearn.errors import InvalidInput, NotFound, UserError
from caselearn.web.security import db_session, require
from caselearn.web.templating import add_nav, render
from caselearn.workflow import deadlines, reports, services, states
from caselearn.workflow.calendar import calendar_for

router = APIRouter(prefix="/workflow", include_in_schema=False)
add_nav(30, "Workflow", "/workflow", "workflow.read")
add_nav(31, "Workflow reports", "/workflow/reports", "workflow.read")

READ, WRITE, PANEL = require("workflow.read"), require("workflow.write"), require("workflow.panel")
MAX_CHILDREN = 3
REPORT_TITLES = {
    "timeliness": "Rapid review timeliness (working days)",
    "agreement": "Panel agreement with local decisions",
    "per-partnership": "Notifications per partnership",
    "outcome": "Notifications by outcome",
    "age-band": "Children notified by age band",
    "sex": "Children notified by sex",
    "ethnicity": "Children notified by ethnicity",
}


def _date(text: str | None, field: str, required: bool = True) -> date | None:
    text = (text or "").strip()
    if not text:
        if required:
            raise InvalidInput(f"{field}: a date is required")
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidInput(f"{field}: {text!r} is not a date (YYYY-MM-DD)") from None


def _labels() -> dict:
    return {
        "flag_labels": deadlines.FLAG_LABELS,
        "decision_labels": states.DECISION_LABELS,
        "response_labels": states.RESPONSE_LABELS,
    }


@router.get("")
def index(request: Request, principal: Principal = Depends(READ), session: Session = Depends(db_session)):
    on = deadlines.today()
    rows = []
    for n in services.list_notifications(session, principal):
        cal = calendar_for(session, n.partnership_id)
        rows.append((n, deadlines.items_for(n, cal, on)))
    context = {"rows": rows, "today": on, **_labels()}
    if principal.can("workflow.panel"):
        context["queue"] = services.panel_queue(session, principal)
        context["long_running"] = services.long_running_lcsprs(session, principal, on)
    return render(request, "workflow_index.html", context)


def _new_page(request: Request, session: Session, principal: Principal, error: str | None = None, form=None):
    book = load_codebook()
    return render(
        request,
        "workflow_new.html",
        {
            "partnerships": services.partnerships_for(session, principal),
            "values": {v: book[v].values for v in ("outcome", "age_band", "sex", "ethnicity")},
            "max_children": MAX_CHILDREN,
            "error": error,
            "form": form or {},
        },
        status_code=422 if error else 200,
    )


@router.get("/notifications/new")
def new_notification(request: Request, principal: Principal = Depends(WRITE), session: Session = Depends(db_session)):
    return _new_page(request, session, principal)


@router.post("/notifications")
async def create_notification(
    request: Request, principal: Principal = Depends(WRITE), session: Session = Depends(db_session)
):
    form = await request.form()
    try:
        children = []
        for i in range(1, MAX_CHILDREN + 1):
            child = {
                k: (form.get(f"{k}_{i}") or "").strip() for k in ("alias", "age_months", "age_band", "sex", "ethnicity")
            }
            if i == 1 or any(child.values()):
                children.append(child)
        with session.begin():
            n = services.create_notification(
                session,
                principal,
                partnership=(form.get("partnership") or None),
                incident_date=_date(form.get("incident_date"), "incident_date", required=False),
                aware_date=_date(form.get("aware_date"), "aware_date"),
                notified_date=_date(form.get("notified_date"), "notified_date"),
                outcome=str(form.get("outcome") or ""),
                children=children,
            )
            notification_id = n.id
    except NotFound:
        raise
    except UserError as exc:
        return _new_page(request, session, principal, str(exc), dict(form))
    return RedirectResponse(f"/workflow/notifications/{notification_id}", status_code=303)


def _detail(request: Request, session: Session, principal: Principal, notification_id: int, error: str | None = None):
    n = services.get_notification(session, principal, notification_id)
    cal = calendar_for(session, n.partnership_id)
    on = deadlines.today()
    rr = n.rapid_review
    return render(
        request,
        "workflow_detail.html",
        {
            "n": n,
            "items": deadlines.items_for(n, cal, on),
            "history": services.history(session, n),
            "rr_actions": states.allowed_actions(principal, "rapid_review", rr.state) if rr else [],
            "lcspr_actions": states.allowed_actions(principal, "lcspr", n.lcspr.state) if n.lcspr else [],
            "national_actions": (
                states.allowed_actions(principal, "national_review", n.national_review.state)
                if n.national_review
                else []
            ),
            "can_commission": bool(rr and rr.decision == "lcspr" and rr.state != "in_progress" and n.lcspr is None)
            and principal.role in states.LOCAL,
            "can_take_on": bool(
                rr and rr.decision == "national_review" and rr.state != "in_progress" and n.national_review is None
            )
            and principal.can("workflow.panel"),
            "can_close": "close" in states.allowed_actions(principal, "notification", n.state),
            "decisions": states.DECISIONS,
            "responses": states.RESPONSES,
            "today": on,
            "error": error,
            **_labels(),
        },
        status_code=error_status(error),
    )


def error_status(error) -> int:
    return getattr(error, "http_status", 200) if error else 200


@router.get("/notifications/{notification_id}")
def notification_page(
    notification_id: int, request: Request, principal: Principal = Depends(READ), session: Session = Depends(db_session)
):
    return _detail(request, session, principal, notification_id)


def _act(request: Request, session: Session, principal: Principal, notification_id: int, change: Callable[[], object]):
    """Run one service change; on a user error show the record again with the message."""
    try:
        with session.begin():
            change()
    except NotFound:
        raise
    except UserError as exc:
        session.rollback()
        return _detail(request, session, principal, notification_id, error=_Error(exc))
    return RedirectResponse(f"/workflow/notifications/{notification_id}", status_code=303)


class _Error(str):
    def __new__(cls, exc: UserError):
        made = super().__new__(cls, str(exc))
        made.http_status = exc.http_status
        return made


@router.post("/notifications/{notification_id}/close")
def close(
    notification_id: int,
    request: Request,
    principal: Principal = Depends(PANEL),
    session: Session = Depends(db_session),
):
    return _act(
        request,
        session,
        principal,
        notification_id,
        lambda: services.close_notification(session, principal, notification_id),
    )


@router.post("/notifications/{notification_id}/rapid-review/extend")
def extend(
    notification_id: int,
    request: Request,
    new_due_date: str = Form(...),
    reason: str = Form(...),
    principal: Principal = Depends(WRITE),
    session: Session = Depends(db_session),
):
    return _act(
        request,
        session,
        principal,
        notification_id,
        lambda: services.extend_rapid_review(
            session, principal, notification_id, _date(new_due_date, "new_due_date"), reason
        ),
    )


@router.post("/notifications/{notification_id}/rapid-review/submit")
def submit(
    notification_id: int,
    request: Request,
    submitted_date: str = Form(...),
    decision: str = Form(...),
    reason: str = Form(...),
    principal: Principal = Depends(WRITE),
    session: Session = Depends(db_session),
):
    return _act(
        request,
        session,
        principal,
        notification_id,
        lambda: services.submit_rapid_review(
            session, principal, notification_id, _date(submitted_date, "submitted_date"), decision, reason
        ),
    )


@router.post("/notifications/{notification_id}/rapid-review/respond")
def respond(
    notification_id: int,
    request: Request,
    response: str = Form(...),
    comments: str = Form(""),
    responded_date: str = Form(""),
    principal: Principal = Depends(PANEL),
    session: Session = Depends(db_session),
):
    return _act(
        request,
        session,
        principal,
        notification_id,
        lambda: services.respond_to_rapid_review(
            session,
            principal,
            notification_id,
            response,
            comments,
            _date(responded_date, "responded_date", required=False),
        ),
    )


@router.post("/notifications/{notification_id}/lcspr")
def commission(
    notification_id: int,
    request: Request,
    commissioned_date: str = Form(...),
    reviewer: str = Form(""),
    principal: Principal = Depends(WRITE),
    session: Session = Depends(db_session),
):
    return _act(
        request,
        session,
        principal,
        notification_id,
        lambda: services.commission_lcspr(
            session, principal, notification_id, _date(commissioned_date, "commissioned_date"), reviewer
        ),
    )


@router.post("/notifications/{notification_id}/lcspr/{action}")
def lcspr_step(
    notification_id: int,
    action: str,
    request: Request,
    on: str = Form(...),
    report_link: str = Form(""),
    principal: Principal = Depends(WRITE),
    session: Session = Depends(db_session),
):
    return _act(
        request,
        session,
        principal,
        notification_id,
        lambda: services.advance_lcspr(session, principal, notification_id, action, _date(on, "date"), report_link),
    )


@router.post("/notifications/{notification_id}/national-review")
def take_on(
    notification_id: int,
    request: Request,
    taken_on_date: str = Form(...),
    title: str = Form(""),
    principal: Principal = Depends(PANEL),
    session: Session = Depends(db_session),
):
    return _act(
        request,
        session,
        principal,
        notification_id,
        lambda: services.take_on_national_review(
            session, principal, notification_id, _date(taken_on_date, "taken_on_date"), title
        ),
    )


@router.post("/notifications/{notification_id}/national-review/publish")
def publish_national(
    notification_id: int,
    request: Request,
    on: str = Form(...),
    report_link: str = Form(""),
    principal: Principal = Depends(PANEL),
    session: Session = Depends(db_session),
):
    return _act(
        request,
        session,
        principal,
        notification_id,
        lambda: services.publish_national_review(session, principal, notification_id, _date(on, "date"), report_link),
    )


def _period(start: str | None, end: str | None) -> tuple[date, date]:
    today = deadlines.today()
    return (
        _date(start, "from", required=False) or date(today.year, 1, 1),
        _date(end, "to", required=False) or date(today.year, 12, 31),
    )


@router.get("/reports")
def reports_page(
    request: Request,
    name: str = "timeliness",
    start: str | None = None,
    end: str | None = None,
    principal: Principal = Depends(READ),
    session: Session = Depends(db_session),
):
    if name not in reports.REPORTS:
        raise NotFound(f"no report {name!r}")
    first, last = _period(start, end)
    rows = reports.run(name, session, principal, first, last)
    return render(
        request,
        "workflow_reports.html",
        {"rows": rows, "name": name, "titles": REPORT_TITLES, "start": first, "end": last},
    )


@router.get("/reports/{name}.csv")
def report_csv(
    name: str,
    start: str | None = None,
    end: str | None = None,
    principal: Principal = Depends(READ),
    session: Session = Depends(db_session),
):
    if name not in reports.REPORTS:
        raise NotFound(f"no report {name!r}")
    first, last = _period(start, end)
    rows = reports.run(name, session, principal, first, last)
    filename = f"{name}-{first}-{last}.csv"
    return Response(
        reports.to_csv(rows),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


def _closures_page(request: Request, session: Session, principal: Principal, error: str | None = None):
    return render(
        request,
        "workflow_closures.html",
        {
            "closures": services.closure_days(session, principal),
            "partnerships": services.partnerships_for(session, principal),
            "error": error,
        },
        status_code=422 if error else 200,
    )


@router.get("/closure-days")
def closures(request: Request, principal: Principal = Depends(READ), session: Session = Depends(db_session)):
    return _closures_page(request, session, principal)


@router.post("/closure-days")
def add_closure(
    request: Request,
    day: str = Form(...),
    reason: str = Form(""),
    partnership: str = Form(""),
    principal: Principal = Depends(WRITE),
    session: Session = Depends(db_session),
):
    try:
        with session.begin():
            services.add_closure_day(session, principal, partnership or None, _date(day, "day"), reason)
    except NotFound:
        raise
    except UserError as exc:
        session.rollback()
        return _closures_page(request, session, principal, str(exc))
    return RedirectResponse("/workflow/closure-days", status_code=303)
