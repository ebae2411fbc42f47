"""Workflow reports as tidy tables (CODEBOOK.md: table, row, column, count, denominator, percent).

- ``timeliness``: rapid reviews whose (original) due date falls in the period, by the
  working days taken, counted after the notification date up to and including the
  submission date: 1-15, 16-25, 26-59, 60+, or outstanding (not submitted by ``as_of``);
- ``agreement``: the Panel's responses given in the period (agree / disagree /
  insufficient information), and so its rate of agreement with local decisions;
- ``per_partnership``: notifications made in the period per partnership, including
  partnerships that made none;
- ``by_outcome`` (notifications), ``by_age_band``, ``by_sex``, ``by_ethnicity``
  (children of those notifications), with public-statistics suppression.

Every report sees only what the principal may see (a partnership its own records).
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Callable
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from caselearn.auth.principal import Principal
from caselearn.codebook import load as load_codebook
from caselearn.errors import InvalidInput
from caselearn.workflow import deadlines, states
from caselearn.workflow.calendar import calendar_for
from caselearn.workflow.models import Notification, PanelResponse, RapidReview
from caselearn.workflow.services import partnerships_for, visible

COLUMNS = ("table", "row", "column", "count", "denominator", "percent")
BANDS = ("1-15", "16-25", "26-59", "60+")
OUTSTANDING = "outstanding"
SUPPRESS_BELOW = 6  # cells of 1 to 5 are suppressed in public tables

Row = dict[str, Any]


def band(working_days: int) -> str:
    """The timeliness band of a rapid review that took ``working_days`` (0 counts as 1-15)."""
    if working_days <= 15:
        return BANDS[0]
    if working_days <= 25:
        return BANDS[1]
    if working_days <= 59:
        return BANDS[2]
    return BANDS[3]


def _percent(count: int | None, denominator: int) -> float | None:
    if count is None or not denominator:
        return None
    return float((Decimal(100 * count) / Decimal(denominator)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def _table(name: str, counts: dict[str, int], order: list[str] | tuple[str, ...], column: str = "all") -> list[Row]:
    total = sum(counts.get(r, 0) for r in order)
    return [
        {
            "table": name,
            "row": r,
            "column": column,
            "count": counts.get(r, 0),
            "denominator": total,
            "percent": _percent(counts.get(r, 0), total),
        }
        for r in order
    ]


def suppress(rows: list[Row]) -> list[Row]:
    """Public-statistics suppression: counts of 1 to 5 become empty (count and percent);
    when only one cell of a table would be hidden, the next smallest non-zero cell is
    hidden too, so the hidden one cannot be worked out from the denominator."""
    out = [dict(r) for r in rows]
    small = [r for r in out if r["count"] and r["count"] < SUPPRESS_BELOW]
    if len(small) == 1:
        others = sorted((r for r in out if r["count"] and r not in small), key=lambda r: r["count"])
        small += others[:1]
    for r in small:
        r["count"], r["percent"] = None, None
    return out


def _period(start: date, end: date) -> None:
    if end < start:
        raise InvalidInput("--to: the period ends before it starts")


def timeliness(session: Session, principal: Principal, start: date, end: date, as_of: date | None = None) -> list[Row]:
    _period(start, end)
    as_of = as_of or deadlines.today()
    query = (
        select(RapidReview, Notification)
        .join(Notification, RapidReview.notification_id == Notification.id)
        .where(visible(principal), RapidReview.due_date >= start, RapidReview.due_date <= end)
    )
    counts: Counter[str] = Counter()
    calendars: dict[int, Any] = {}
    for review, notification in session.execute(query):
        if review.submitted_date is None or review.submitted_date > as_of:
            counts[OUTSTANDING] += 1
            continue
        cal = calendars.setdefault(notification.partnership_id, calendar_for(session, notification.partnership_id))
        counts[band(cal.working_days_between(notification.notified_date, review.submitted_date))] += 1
    return _table("rapid_review_timeliness", counts, (*BANDS, OUTSTANDING))


def agreement(session: Session, principal: Principal, start: date, end: date) -> list[Row]:
    _period(start, end)
    query = (
        select(PanelResponse.response)
        .join(RapidReview, PanelResponse.rapid_review_id == RapidReview.id)
        .join(Notification, RapidReview.notification_id == Notification.id)
        .where(visible(principal), PanelResponse.responded_date >= start, PanelResponse.responded_date <= end)
    )
    counts = Counter(session.scalars(query))
    return _table("panel_agreement", counts, states.RESPONSES)


def _notifications(session: Session, principal: Principal, start: date, end: date):
    _period(start, end)
    query = select(Notification).where(
        visible(principal), Notification.notified_date >= start, Notification.notified_date <= end
    )
    return list(session.scalars(query))


def per_partnership(session: Session, principal: Principal, start: date, end: date) -> list[Row]:
    counts = Counter(n.partnership.name for n in _notifications(session, principal, start, end))
    names = [p.name for p in partnerships_for(session, principal)]
    return _table("notifications_per_partnership", counts, names)


def by_outcome(session: Session, principal: Principal, start: date, end: date) -> list[Row]:
    counts = Counter(n.outcome for n in _notifications(session, principal, start, end))
    return suppress(_table("notifications_by_outcome", counts, load_codebook()["outcome"].values))


def _children_by(variable: str) -> Callable[..., list[Row]]:
    def report(session: Session, principal: Principal, start: date, end: date) -> list[Row]:
        counts = Counter(
            getattr(child, variable) for n in _notifications(session, principal, start, end) for child in n.children
        )
        return suppress(_table(f"children_by_{variable}", counts, load_codebook()[variable].values))

    report.__name__ = f"by_{variable}"
    return report


REPORTS: dict[str, Callable[..., list[Row]]] = {
    "timeliness": timeliness,
    "agreement": agreement,
    "per-partnership": per_partnership,
    "outcome": by_outcome,
    "age-band": _children_by("age_band"),
    "sex": _children_by("sex"),
    "ethnicity": _children_by("ethnicity"),
}


def run(name: str, session: Session, principal: Principal, start: date, end: date) -> list[Row]:
    try:
        report = REPORTS[name]
    except KeyError:
        raise InvalidInput(f"no report {name!r}: choose one of {', '.join(REPORTS)}") from None
    return report(session, principal, start, end)


def _cell(value: Any) -> str:
    return "" if value is None else str(value)


def to_csv(rows: list[Row]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for r in rows:
        writer.writerow([_cell(r[c]) for c in COLUMNS])
    return buffer.getvalue()


def to_json(rows: list[Row]) -> str:
    return json.dumps(rows, indent=2)


def to_markdown(rows: list[Row]) -> str:
    lines = ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    for r in rows:
        shown = {**r, "count": "<6" if r["count"] is None else r["count"]}
        lines.append("| " + " | ".join(_cell(shown[c]) for c in COLUMNS) + " |")
    return "\n".join(lines)


FORMATS = {"csv": to_csv, "json": to_json, "md": to_markdown}
