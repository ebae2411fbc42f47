"""Every workflow write goes through a function here: it checks who may do it and
that the transition is legal, changes the record, and writes the record's history
and the audit row in the caller's transaction.

A partnership user reaches only its own partnership's records: any other
record answers ``NotFound`` (404), so its existence does not leak.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, false, select, true
from sqlalchemy.orm import Session, selectinload

from caselearn.auth.principal import Principal
from caselearn.codebook import NOT_KNOWN
from caselearn.codebook import load as load_codebook
from caselearn.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from caselearn.store import audit
from caselearn.store.models import Partnership
from caselearn.workflow import deadlines, states
from caselearn.workflow.calendar import calendar_for
from caselearn.workflow.models import (
    ClosureDay,
    Contact,
    Lcspr,
    NationalReview,
    Notification,
    NotificationChild,
    PanelResponse,
    RapidReview,
    RapidReviewExtension,
    WorkflowEvent,
)

# Upper age (in whole years, exclusive) of each codebook age band, in the codebook's order.
_BAND_UPPER_YEARS = (1, 6, 11, 16, None)


# ---------------------------------------------------------------- reading


def visible(principal: Principal) -> ColumnElement[bool]:
    """WHERE clause: the notifications this principal may see."""
    if not principal.can("workflow.read"):
        return false()
    if principal.is_national:
        return true()
    if principal.role == "partnership" and principal.partnership_id is not None:
        return Notification.partnership_id == principal.partnership_id
    return false()


def _loaded():
    return select(Notification).options(
        selectinload(Notification.children),
        selectinload(Notification.partnership),
        selectinload(Notification.rapid_review).selectinload(RapidReview.extensions),
        selectinload(Notification.rapid_review).selectinload(RapidReview.responses),
        selectinload(Notification.lcspr),
        selectinload(Notification.national_review),
    )


def list_notifications(session: Session, principal: Principal) -> list[Notification]:
    query = _loaded().where(visible(principal)).order_by(Notification.notified_date.desc(), Notification.id.desc())
    return list(session.scalars(query))


def get_notification(session: Session, principal: Principal, notification_id: int) -> Notification:
    found = session.scalar(_loaded().where(Notification.id == notification_id, visible(principal)))
    if found is None:
        raise NotFound(f"no notification {notification_id}")
    return found


def history(session: Session, notification: Notification) -> list[WorkflowEvent]:
    query = select(WorkflowEvent).where(WorkflowEvent.notification_id == notification.id).order_by(WorkflowEvent.id)
    return list(session.scalars(query))


def partnerships_for(session: Session, principal: Principal) -> list[Partnership]:
    query = select(Partnership).order_by(Partnership.name)
    if not principal.is_national:
        query = query.where(Partnership.id == (principal.partnership_id or -1))
    return list(session.scalars(query))


def resolve_partnership(session: Session, principal: Principal, name_or_id: str | int | None) -> Partnership:
    """The partnership a write is for: a partnership user's own; for national roles, the one named."""
    if principal.role == "partnership":
        own = session.get(Partnership, principal.partnership_id) if principal.partnership_id else None
        if own is None:
            raise PermissionDenied("your account belongs to no partnership")
        if name_or_id not in (None, "", own.id, str(own.id), own.name):
            raise NotFound("no such partnership")
        return own
    if name_or_id in (None, ""):
        raise InvalidInput("partnership: name the partnership")
    if isinstance(name_or_id, int) or str(name_or_id).isdigit():
        found = session.get(Partnership, int(name_or_id))
    else:
        found = session.scalar(select(Partnership).where(Partnership.name == " ".join(str(name_or_id).split())))
    if found is None:
        raise InvalidInput(f"partnership: no partnership {name_or_id!r}")
    return found


# ---------------------------------------------------------------- history and audit


def _event(
    session: Session,
    principal: Principal,
    notification: Notification,
    record: str,
    record_id: int,
    action: str,
    from_state: str | None,
    to_state: str | None,
    detail: dict[str, Any],
) -> None:
    detail = {k: (v.isoformat() if isinstance(v, date) else v) for k, v in detail.items()}
    session.add(
        WorkflowEvent(
            notification_id=notification.id,
            record=record,
            record_id=record_id,
            action=action,
            from_state=from_state,
            to_state=to_state,
            actor=principal.username,
            detail=detail,
        )
    )
    audit.record(
        session,
        principal.username,
        f"workflow.{action}",
        record,
        record_id,
        {"notification": notification.reference, "from": from_state, "to": to_state, **detail},
    )


def _needs(principal: Principal, permission: str) -> None:
    if not principal.can(permission):
        raise PermissionDenied("your role does not allow this")


# ---------------------------------------------------------------- children


def age_band_for(age_months: int) -> str:
    """The codebook age band of an age in whole months."""
    bands = [v for v in load_codebook()["age_band"].values if v != NOT_KNOWN]
    years = age_months // 12
    for band, upper in zip(bands, _BAND_UPPER_YEARS, strict=True):
        if upper is None or years < upper:
            return band
    raise AssertionError("unreachable")


def clean_child(raw: dict[str, Any], outcome: str) -> dict[str, Any]:
    """A child's variables checked against the codebook (blank = not_known)."""
    book = load_codebook()
    child: dict[str, Any] = {"alias": str(raw.get("alias") or "").strip() or NOT_KNOWN}
    months = raw.get("age_months")
    if months in (None, "", NOT_KNOWN):
        child["age_months"] = None
    else:
        try:
            child["age_months"] = book["age_months"].validate(str(months).strip())
        except ValueError as exc:
            raise InvalidInput(f"age_months: {exc}") from None
    for variable in ("age_band", "sex", "ethnicity", "outcome"):
        value = raw.get(variable)
        value = str(value).strip() if value not in (None, "") else None
        if variable == "outcome" and value is None:
            value = outcome
        if variable == "age_band" and value is None and child["age_months"] is not None:
            value = age_band_for(child["age_months"])
        value = value or NOT_KNOWN
        try:
            child[variable] = book[variable].validate(value)
        except ValueError as exc:
            raise InvalidInput(f"{variable}: {exc}") from None
    if child["age_months"] is not None and child["age_band"] != age_band_for(child["age_months"]):
        raise InvalidInput(f"age_band: {child['age_band']} does not match an age of {child['age_months']} months")
    return child


def _check_outcome(outcome: str) -> str:
    try:
        return load_codebook()["outcome"].validate(outcome)
    except ValueError as exc:
        raise InvalidInput(f"outcome: {exc}") from None


# ---------------------------------------------------------------- notifications


def _next_reference(session: Session) -> str:
    last = session.scalar(select(Notification.id).order_by(Notification.id.desc()).limit(1)) or 0
    while True:
        last += 1
        reference = f"SIN-{last:05d}"
        if session.scalar(select(Notification.id).where(Notification.reference == reference)) is None:
            return reference


def create_notification(
    session: Session,
    principal: Principal,
    *,
    partnership: str | int | None,
    aware_date: date,
    notified_date: date,
    outcome: str,
    children: Iterable[dict[str, Any]],
    incident_date: date | None = None,
    reference: str | None = None,
) -> Notification:
    """Record a notification and open its rapid review, due 15 working days after it."""
    _needs(principal, "workflow.write")
    owner = resolve_partnership(session, principal, partnership)
    outcome = _check_outcome(outcome)
    if incident_date and incident_date > aware_date:
        raise InvalidInput("aware_date: the authority cannot become aware before the incident")
    if notified_date < aware_date:
        raise InvalidInput("notified_date: a notification cannot come before the authority became aware")
    kids = [clean_child(c, outcome) for c in children]
    if not kids:
        raise InvalidInput("children: a notification names at least one child")
    reference = (reference or "").strip() or _next_reference(session)
    if not re.fullmatch(r"[\w./-]{1,100}", reference):
        raise InvalidInput("notification_id: use letters, digits, '-', '_', '.' or '/'")
    if session.scalar(select(Notification.id).where(Notification.reference == reference)) is not None:
        raise Conflict(f"notification {reference} already exists")
    cal = calendar_for(session, owner.id)
    notification = Notification(
        reference=reference,
        partnership_id=owner.id,
        incident_date=incident_date,
        aware_date=aware_date,
        notified_date=notified_date,
        outcome=outcome,
        state="open",
        children=[NotificationChild(ordinal=i + 1, **kid) for i, kid in enumerate(kids)],
    )
    session.add(notification)
    session.flush()
    due = deadlines.rapid_review_due(notified_date, cal)
    review = RapidReview(notification_id=notification.id, state="in_progress", due_date=due)
    session.add(review)
    session.flush()
    session.refresh(notification)
    notice_due = deadlines.notification_due(aware_date, cal)
    _event(
        session,
        principal,
        notification,
        "notification",
        notification.id,
        "notify",
        None,
        "open",
        {
            "partnership": owner.name,
            "aware_date": aware_date,
            "notified_date": notified_date,
            "notification_due": notice_due,
            "late": notified_date > notice_due,
            "children": len(kids),
            "outcome": outcome,
        },
    )
    _event(session, principal, notification, "rapid_review", review.id, "open", None, "in_progress", {"due": due})
    return notification


def close_notification(session: Session, principal: Principal, notification_id: int, action: str = "close"):
    notification = get_notification(session, principal, notification_id)
    transition = states.check(principal, "notification", action, notification.state)
    old, notification.state = notification.state, transition.target
    _event(session, principal, notification, "notification", notification.id, action, old, notification.state, {})
    return notification


# ---------------------------------------------------------------- rapid reviews


def _review(session: Session, principal: Principal, notification_id: int) -> tuple[Notification, RapidReview]:
    notification = get_notification(session, principal, notification_id)
    if notification.rapid_review is None:
        raise NotFound(f"notification {notification_id} has no rapid review")
    return notification, notification.rapid_review


def extend_rapid_review(
    session: Session, principal: Principal, notification_id: int, new_due_date: date, reason: str
) -> RapidReview:
    notification, review = _review(session, principal, notification_id)
    states.check(principal, "rapid_review", "extend", review.state)
    if not reason.strip():
        raise InvalidInput("reason: say why the extension was authorised")
    if new_due_date <= review.current_due:
        raise InvalidInput(f"new_due_date: an extension must be after the current due date {review.current_due}")
    old_due = review.current_due
    review.extensions.append(
        RapidReviewExtension(new_due_date=new_due_date, reason=reason.strip(), recorded_by=principal.username)
    )
    review.extended_to = new_due_date
    _event(
        session,
        principal,
        notification,
        "rapid_review",
        review.id,
        "extend",
        review.state,
        review.state,
        {"from_due": old_due, "to_due": new_due_date, "reason": reason.strip()},
    )
    return review


def submit_rapid_review(
    session: Session,
    principal: Principal,
    notification_id: int,
    submitted_date: date,
    decision: str,
    reason: str,
) -> RapidReview:
    """Submit the rapid review with its decision (or resubmit after the Panel asked for more)."""
    notification, review = _review(session, principal, notification_id)
    action = "resubmit" if review.state == "information_requested" else "submit"
    transition = states.check(principal, "rapid_review", action, review.state)
    if decision not in states.DECISIONS:
        raise InvalidInput(f"decision: choose one of {', '.join(states.DECISIONS)}")
    if not reason.strip():
        raise InvalidInput("reason: give the reason for the decision")
    if submitted_date < notification.notified_date:
        raise InvalidInput("submitted_date: a rapid review cannot be submitted before the notification")
    old = review.state
    if review.submitted_date is None:
        review.submitted_date = submitted_date  # timeliness counts the first submission
    review.decision, review.decision_reason, review.state = decision, reason.strip(), transition.target
    _event(
        session,
        principal,
        notification,
        "rapid_review",
        review.id,
        action,
        old,
        review.state,
        {"submitted_date": submitted_date, "decision": decision, "reason": reason.strip()},
    )
    return review


def respond_to_rapid_review(
    session: Session,
    principal: Principal,
    notification_id: int,
    response: str,
    comments: str = "",
    responded_date: date | None = None,
) -> PanelResponse:
    """The Panel's response: agree, disagree or insufficient information."""
    _needs(principal, "workflow.panel")
    notification, review = _review(session, principal, notification_id)
    if response not in states.RESPONSES:
        raise InvalidInput(f"response: choose one of {', '.join(states.RESPONSES)}")
    transition = states.check(principal, "rapid_review", response, review.state)
    on = responded_date or deadlines.today()
    if review.submitted_date and on < review.submitted_date:
        raise InvalidInput("responded_date: the Panel cannot respond before the rapid review was submitted")
    answer = PanelResponse(
        response=response, comments=comments.strip(), responded_date=on, responder=principal.username
    )
    review.responses.append(answer)
    old, review.state = review.state, transition.target
    session.flush()
    _event(
        session,
        principal,
        notification,
        "rapid_review",
        review.id,
        response,
        old,
        review.state,
        {"response": response, "comments": comments.strip(), "responded_date": on},
    )
    return answer


# ---------------------------------------------------------------- LCSPRs and national reviews


def commission_lcspr(
    session: Session,
    principal: Principal,
    notification_id: int,
    commissioned_date: date,
    reviewer: str = "",
) -> Lcspr:
    """Commission the LCSPR a rapid review decided on; publication is due 6 months after the decision."""
    notification, review = _review(session, principal, notification_id)
    if principal.role not in states.LOCAL:
        raise PermissionDenied("your role may not commission an LCSPR")
    if review.decision != "lcspr" or review.state == "in_progress":
        raise Conflict("cannot commission an LCSPR: the rapid review has not decided on one")
    if notification.lcspr is not None:
        raise Conflict("an LCSPR is already commissioned for this notification")
    if commissioned_date < review.submitted_date:
        raise InvalidInput("commissioned_date: an LCSPR cannot be commissioned before the decision")
    lcspr = Lcspr(
        notification_id=notification.id,
        state="commissioned",
        decision_date=review.submitted_date,
        commissioned_date=commissioned_date,
        reviewer=reviewer.strip(),
        target_publication_date=deadlines.lcspr_target(review.submitted_date),
    )
    session.add(lcspr)
    session.flush()
    notification.lcspr = lcspr
    _event(
        session,
        principal,
        notification,
        "lcspr",
        lcspr.id,
        "commission",
        None,
        "commissioned",
        {
            "commissioned_date": commissioned_date,
            "reviewer": lcspr.reviewer,
            "target_publication_date": lcspr.target_publication_date,
        },
    )
    return lcspr


def advance_lcspr(
    session: Session,
    principal: Principal,
    notification_id: int,
    action: str,
    on: date,
    report_link: str | None = None,
) -> Lcspr:
    """complete, give_notice (to the Panel) or publish an LCSPR."""
    notification = get_notification(session, principal, notification_id)
    lcspr = notification.lcspr
    if lcspr is None:
        raise NotFound(f"notification {notification_id} has no LCSPR")
    if action not in states.LCSPR_ACTIONS:
        raise InvalidInput(f"action: choose one of {', '.join(states.LCSPR_ACTIONS)}")
    transition = states.check(principal, "lcspr", action, lcspr.state)
    earlier = {
        "complete": lcspr.commissioned_date,
        "give_notice": lcspr.completed_date,
        "publish": lcspr.panel_notice_date,
    }
    if earlier[action] and on < earlier[action]:
        raise InvalidInput(f"date: {on} is before the previous step ({earlier[action]})")
    detail: dict[str, Any] = {"date": on}
    if action == "complete":
        lcspr.completed_date = on
    elif action == "give_notice":
        lcspr.panel_notice_date = on
    else:
        link = (report_link or "").strip()
        if link and not re.match(r"^(https?://|/)", link):
            raise InvalidInput("report_link: give a web address or a path in the repository")
        lcspr.published_date, lcspr.report_link = on, link or None
        cal = calendar_for(session, notification.partnership_id)
        detail["notice_short"] = deadlines.notice_was_short(lcspr.panel_notice_date, on, cal)
        detail["report_link"] = lcspr.report_link
    old, lcspr.state = lcspr.state, transition.target
    _event(session, principal, notification, "lcspr", lcspr.id, action, old, lcspr.state, detail)
    return lcspr


def take_on_national_review(
    session: Session, principal: Principal, notification_id: int, taken_on_date: date, title: str = ""
) -> NationalReview:
    _needs(principal, "workflow.panel")
    notification, review = _review(session, principal, notification_id)
    if review.decision != "national_review" or review.state == "in_progress":
        raise Conflict("cannot take on a national review: the rapid review did not refer one")
    if notification.national_review is not None:
        raise Conflict("a national review is already under way for this notification")
    national = NationalReview(
        notification_id=notification.id, state="in_progress", taken_on_date=taken_on_date, title=title.strip()
    )
    session.add(national)
    session.flush()
    notification.national_review = national
    _event(
        session,
        principal,
        notification,
        "national_review",
        national.id,
        "take_on",
        None,
        "in_progress",
        {"taken_on_date": taken_on_date, "title": national.title},
    )
    return national


def publish_national_review(
    session: Session, principal: Principal, notification_id: int, on: date, report_link: str | None = None
) -> NationalReview:
    _needs(principal, "workflow.panel")
    notification = get_notification(session, principal, notification_id)
    national = notification.national_review
    if national is None:
        raise NotFound(f"notification {notification_id} has no national review")
    transition = states.check(principal, "national_review", "publish", national.state)
    if on < national.taken_on_date:
        raise InvalidInput("date: a review cannot be published before it was taken on")
    old = national.state
    national.state, national.published_date, national.report_link = transition.target, on, (report_link or None)
    _event(
        session, principal, notification, "national_review", national.id, "publish", old, national.state, {"date": on}
    )
    return national


# ---------------------------------------------------------------- calendar and contacts


def add_closure_day(
    session: Session, principal: Principal, partnership: str | int | None, day: date, reason: str = ""
) -> ClosureDay:
    """A local closure day: not a working day for that partnership's clocks from now on."""
    _needs(principal, "workflow.write")
    owner = resolve_partnership(session, principal, partnership)
    if session.scalar(select(ClosureDay).where(ClosureDay.partnership_id == owner.id, ClosureDay.day == day)):
        raise Conflict(f"{day} is already a closure day of {owner.name}")
    closure = ClosureDay(partnership_id=owner.id, day=day, reason=reason.strip())
    session.add(closure)
    session.flush()
    audit.record(
        session,
        principal.username,
        "workflow.closure_day",
        "partnership",
        owner.id,
        {"day": day.isoformat(), "reason": reason},
    )
    return closure


def closure_days(session: Session, principal: Principal) -> list[ClosureDay]:
    query = select(ClosureDay).order_by(ClosureDay.day)
    if not principal.is_national:
        query = query.where(ClosureDay.partnership_id == (principal.partnership_id or -1))
    return list(session.scalars(query))


def add_contact(session: Session, principal: Principal, partnership: str | int | None, email: str) -> Contact:
    _needs(principal, "workflow.write")
    owner = resolve_partnership(session, principal, partnership)
    email = email.strip()
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email):
        raise InvalidInput(f"email: {email!r} is not an email address")
    if session.scalar(select(Contact).where(Contact.partnership_id == owner.id, Contact.email == email)):
        raise Conflict(f"{email} already receives {owner.name}'s reminders")
    contact = Contact(partnership_id=owner.id, email=email)
    session.add(contact)
    session.flush()
    audit.record(session, principal.username, "workflow.contact", "partnership", owner.id, {"email": email})
    return contact


# ---------------------------------------------------------------- views


def due_items(session: Session, principal: Principal, on: date | None = None) -> list[deadlines.DueItem]:
    """Every clock of every visible record, with its flag."""
    on = on or deadlines.today()
    items: list[deadlines.DueItem] = []
    calendars: dict[int, Any] = {}
    for notification in list_notifications(session, principal):
        cal = calendars.setdefault(notification.partnership_id, calendar_for(session, notification.partnership_id))
        items.extend(deadlines.items_for(notification, cal, on))
    return items


def panel_queue(session: Session, principal: Principal) -> list[Notification]:
    """Rapid reviews submitted and awaiting the Panel's response, oldest submission first."""
    _needs(principal, "workflow.panel")
    query = (
        _loaded()
        .join(RapidReview, RapidReview.notification_id == Notification.id)
        .where(visible(principal), RapidReview.state == "submitted")
        .order_by(RapidReview.submitted_date, Notification.id)
    )
    return list(session.scalars(query))


def long_running_lcsprs(
    session: Session, principal: Principal, on: date | None = None
) -> list[tuple[Notification, int]]:
    """Unpublished LCSPRs running past 200 working days since commissioning, longest first."""
    on = on or deadlines.today()
    query = (
        _loaded()
        .join(Lcspr, Lcspr.notification_id == Notification.id)
        .where(visible(principal), Lcspr.published_date.is_(None))
    )
    out = []
    for notification in session.scalars(query):
        cal = calendar_for(session, notification.partnership_id)
        days = deadlines.long_running(notification.lcspr.commissioned_date, None, on, cal)
        if days is not None:
            out.append((notification, days))
    return sorted(out, key=lambda pair: -pair[1])


def notification_dict(notification: Notification, on: date | None = None, cal=None) -> dict[str, Any]:
    """A notification and its records as plain data (API and JSON output)."""

    def iso(d: date | None) -> str | None:
        return d.isoformat() if d else None

    n = notification
    rr = n.rapid_review
    out: dict[str, Any] = {
        "id": n.id,
        "reference": n.reference,
        "partnership": n.partnership.name,
        "state": n.state,
        "incident_date": iso(n.incident_date),
        "aware_date": iso(n.aware_date),
        "notified_date": iso(n.notified_date),
        "outcome": n.outcome,
        "children": [
            {k: getattr(c, k) for k in ("alias", "age_months", "age_band", "sex", "ethnicity", "outcome")}
            for c in n.children
        ],
        "rapid_review": None,
        "lcspr": None,
        "national_review": None,
    }
    if rr is not None:
        out["rapid_review"] = {
            "state": rr.state,
            "due_date": iso(rr.due_date),
            "extended_to": iso(rr.extended_to),
            "submitted_date": iso(rr.submitted_date),
            "decision": rr.decision,
            "decision_reason": rr.decision_reason,
            "extensions": [
                {"new_due_date": iso(e.new_due_date), "reason": e.reason, "recorded_by": e.recorded_by}
                for e in rr.extensions
            ],
            "panel_responses": [
                {"response": r.response, "comments": r.comments, "responded_date": iso(r.responded_date)}
                for r in rr.responses
            ],
        }
    if n.lcspr is not None:
        lc = n.lcspr
        out["lcspr"] = {
            "state": lc.state,
            "decision_date": iso(lc.decision_date),
            "commissioned_date": iso(lc.commissioned_date),
            "reviewer": lc.reviewer,
            "target_publication_date": iso(lc.target_publication_date),
            "completed_date": iso(lc.completed_date),
            "panel_notice_date": iso(lc.panel_notice_date),
            "published_date": iso(lc.published_date),
            "report_link": lc.report_link,
        }
    if n.national_review is not None:
        nr = n.national_review
        out["national_review"] = {
            "state": nr.state,
            "taken_on_date": iso(nr.taken_on_date),
            "title": nr.title,
            "published_date": iso(nr.published_date),
            "report_link": nr.report_link,
        }
    if cal is not None:
        out["due"] = [item.to_dict() for item in deadlines.items_for(n, cal, on or deadlines.today())]
    return out
