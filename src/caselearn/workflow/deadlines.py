"""The statutory clocks of the workflow, all counted on ``calendar.WorkingCalendar``.

- notification: within 5 working days of the local authority becoming aware;
- rapid review: within 15 working days of the notification (authorised extensions move it);
- LCSPR: published within 6 months of the decision (the rapid review's submission);
- notice to the Panel: at least 7 working days before publication;
- LCSPRs running past 200 working days from commissioning are flagged for the Panel.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from caselearn.workflow.calendar import WorkingCalendar, add_months

NOTIFICATION_WORKING_DAYS = 5
RAPID_REVIEW_WORKING_DAYS = 15
LCSPR_MONTHS = 6
PANEL_NOTICE_WORKING_DAYS = 7
LCSPR_LONG_RUNNING_WORKING_DAYS = 200
DUE_SOON_WORKING_DAYS = 3

LONDON = ZoneInfo("Europe/London")

# The flags an item can carry.
DONE, DONE_LATE, OVERDUE, DUE_SOON, PENDING = "done", "done_late", "overdue", "due_soon", "pending"
FLAG_LABELS = {DONE: "on time", DONE_LATE: "late", OVERDUE: "overdue", DUE_SOON: "due soon", PENDING: "not yet due"}


def today() -> date:
    return datetime.now(LONDON).date()


def notification_due(aware: date, cal: WorkingCalendar) -> date:
    return cal.add_working_days(aware, NOTIFICATION_WORKING_DAYS)


def rapid_review_due(notified: date, cal: WorkingCalendar) -> date:
    return cal.add_working_days(notified, RAPID_REVIEW_WORKING_DAYS)


def lcspr_target(decision: date) -> date:
    return add_months(decision, LCSPR_MONTHS)


def latest_panel_notice(publication: date, cal: WorkingCalendar) -> date:
    """The last day notice can be given for publication on ``publication``."""
    return cal.add_working_days(publication, -PANEL_NOTICE_WORKING_DAYS)


def notice_was_short(notice: date, published: date, cal: WorkingCalendar) -> bool:
    return cal.working_days_between(notice, published) < PANEL_NOTICE_WORKING_DAYS


def flag(due: date, done: date | None, on: date, cal: WorkingCalendar) -> str:
    """done / done_late when it happened; else overdue, due_soon (within 3 working days) or pending."""
    if done is not None:
        return DONE if done <= due else DONE_LATE
    if on > due:
        return OVERDUE
    if cal.working_days_between(on, due) <= DUE_SOON_WORKING_DAYS:
        return DUE_SOON
    return PENDING


def long_running(commissioned: date, published: date | None, on: date, cal: WorkingCalendar) -> int | None:
    """Working days an unpublished LCSPR has run, when past the 200-day mark; else None."""
    if published is not None:
        return None
    days = cal.working_days_between(commissioned, on)
    return days if days > LCSPR_LONG_RUNNING_WORKING_DAYS else None


@dataclass(frozen=True)
class DueItem:
    """One clock of one record, for views and reminders."""

    notification_id: int
    reference: str
    partnership: str
    what: str
    due: date
    done: date | None
    flag: str

    @property
    def open(self) -> bool:
        return self.flag in (OVERDUE, DUE_SOON, PENDING)

    def to_dict(self) -> dict:
        return {
            "notification_id": self.notification_id,
            "reference": self.reference,
            "partnership": self.partnership,
            "what": self.what,
            "due": self.due.isoformat(),
            "done": self.done.isoformat() if self.done else None,
            "flag": self.flag,
        }


def items_for(notification, cal: WorkingCalendar, on: date) -> list[DueItem]:
    """Every clock of a notification and its records, with its flag on ``on``."""
    n = notification
    out: list[DueItem] = []

    def add(what: str, due: date, done: date | None) -> None:
        out.append(DueItem(n.id, n.reference, n.partnership.name, what, due, done, flag(due, done, on, cal)))

    add("notification", notification_due(n.aware_date, cal), n.notified_date)
    rr = n.rapid_review
    if rr is not None:
        add("rapid review", rr.current_due, rr.submitted_date)
    lcspr = n.lcspr
    if lcspr is not None:
        target = lcspr.target_publication_date
        notice_due = latest_panel_notice(target, cal)
        add("notice to the Panel", notice_due, lcspr.panel_notice_date)
        add("LCSPR publication", target, lcspr.published_date)
    return out
