"""Load historical workflow records from a CSV file, one row per notification.

Columns (all required, in any order): notification_id, partnership, incident_date,
aware_date, notified_date, outcome, children, rapid_review_submitted_date,
rapid_review_extended_to, decision, panel_response, lcspr_commissioned_date,
lcspr_published_date. Dates are ISO 8601 (YYYY-MM-DD); a blank cell is a step that
has not happened. ``children`` lists the children separated by ``;``, each as
``age_band:sex:ethnicity`` in codebook values (blank parts are not_known), or is a
whole number of children whose details are not known.

Rows are numbered as in a spreadsheet (the header is row 1). Any bad row rejects
the whole file with the row and column named, and nothing is stored. Each record
is written through the workflow services (so it is audited and has its history).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from caselearn.auth.principal import Principal
from caselearn.auth.users import get_or_create_partnership
from caselearn.codebook import NOT_KNOWN
from caselearn.codebook import load as load_codebook
from caselearn.errors import InvalidInput, UserError
from caselearn.workflow import services, states
from caselearn.workflow.models import Notification

COLUMNS = (
    "notification_id",
    "partnership",
    "incident_date",
    "aware_date",
    "notified_date",
    "outcome",
    "children",
    "rapid_review_submitted_date",
    "rapid_review_extended_to",
    "decision",
    "panel_response",
    "lcspr_commissioned_date",
    "lcspr_published_date",
)
_CHILD_PARTS = ("age_band", "sex", "ethnicity")
IMPORTER = Principal(role="admin", username="cli:import-workflow", authenticated=True)


class ImportError_(InvalidInput):
    """A bad row: names the row and the column."""

    def __init__(self, row: int, column: str, message: str):
        super().__init__(f"row {row}, column {column}: {message}; nothing was imported")
        self.row, self.column = row, column


@dataclass
class ParsedRow:
    number: int
    values: dict[str, Any]


def _date(row: int, column: str, text: str, required: bool = False) -> date | None:
    text = text.strip()
    if not text:
        if required:
            raise ImportError_(row, column, "a date is required")
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ImportError_(row, column, f"{text!r} is not a date (YYYY-MM-DD)") from None


def _children(row: int, text: str, outcome: str) -> list[dict[str, Any]]:
    text = text.strip()
    if text.isdigit():
        if int(text) < 1:
            raise ImportError_(row, "children", "a notification names at least one child")
        return [{} for _ in range(int(text))]
    kids = []
    book = load_codebook()
    for item in (part for part in text.split(";") if part.strip()):
        parts = [p.strip() for p in item.split(":")]
        if len(parts) > len(_CHILD_PARTS):
            raise ImportError_(row, "children", f"{item.strip()!r} has more than age_band:sex:ethnicity")
        child = {}
        for variable, value in zip(_CHILD_PARTS, parts, strict=False):
            value = value or NOT_KNOWN
            try:
                child[variable] = book[variable].validate(value)
            except ValueError as exc:
                raise ImportError_(row, "children", str(exc)) from None
        kids.append(child)
    if not kids:
        raise ImportError_(row, "children", "a notification names at least one child (a number or a list)")
    return kids


def _parse_row(number: int, raw: dict[str, str], seen: set[str]) -> ParsedRow:
    cell = {c: (raw.get(c) or "").strip() for c in COLUMNS}
    v: dict[str, Any] = {}
    ref = cell["notification_id"]
    if not ref:
        raise ImportError_(number, "notification_id", "an identifier is required")
    if ref in seen:
        raise ImportError_(number, "notification_id", f"{ref!r} appears twice in the file")
    seen.add(ref)
    v["notification_id"] = ref
    if not cell["partnership"]:
        raise ImportError_(number, "partnership", "a partnership name is required")
    v["partnership"] = " ".join(cell["partnership"].split())
    v["incident_date"] = _date(number, "incident_date", cell["incident_date"])
    v["aware_date"] = _date(number, "aware_date", cell["aware_date"], required=True)
    v["notified_date"] = _date(number, "notified_date", cell["notified_date"], required=True)
    if v["incident_date"] and v["aware_date"] < v["incident_date"]:
        raise ImportError_(number, "aware_date", "is before the incident_date")
    if v["notified_date"] < v["aware_date"]:
        raise ImportError_(number, "notified_date", "is before the aware_date")
    try:
        v["outcome"] = load_codebook()["outcome"].validate(cell["outcome"] or NOT_KNOWN)
    except ValueError as exc:
        raise ImportError_(number, "outcome", str(exc)) from None
    v["children"] = _children(number, cell["children"], v["outcome"])
    submitted = v["submitted"] = _date(number, "rapid_review_submitted_date", cell["rapid_review_submitted_date"])
    v["extended_to"] = _date(number, "rapid_review_extended_to", cell["rapid_review_extended_to"])
    if submitted and submitted < v["notified_date"]:
        raise ImportError_(number, "rapid_review_submitted_date", "is before the notified_date")
    decision = v["decision"] = cell["decision"] or None
    if decision and decision not in states.DECISIONS:
        raise ImportError_(number, "decision", f"{decision!r} is not one of {', '.join(states.DECISIONS)}")
    if submitted and not decision:
        raise ImportError_(number, "decision", "a submitted rapid review needs its decision")
    if decision and not submitted:
        raise ImportError_(number, "decision", "a decision needs the rapid_review_submitted_date")
    response = v["panel_response"] = cell["panel_response"] or None
    if response and response not in states.RESPONSES:
        raise ImportError_(number, "panel_response", f"{response!r} is not one of {', '.join(states.RESPONSES)}")
    if response and not submitted:
        raise ImportError_(number, "panel_response", "the Panel can respond only to a submitted rapid review")
    commissioned = v["commissioned"] = _date(number, "lcspr_commissioned_date", cell["lcspr_commissioned_date"])
    if commissioned and decision != "lcspr":
        raise ImportError_(number, "lcspr_commissioned_date", "an LCSPR needs the decision lcspr")
    if commissioned and commissioned < submitted:
        raise ImportError_(number, "lcspr_commissioned_date", "is before the rapid_review_submitted_date")
    published = v["published"] = _date(number, "lcspr_published_date", cell["lcspr_published_date"])
    if published and not commissioned:
        raise ImportError_(number, "lcspr_published_date", "a published LCSPR needs its lcspr_commissioned_date")
    if published and published < commissioned:
        raise ImportError_(number, "lcspr_published_date", "is before the lcspr_commissioned_date")
    return ParsedRow(number, v)


def parse(text: str) -> list[ParsedRow]:
    """Every row parsed and checked, or the first bad one as an error naming row and column."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    header = [h.strip() for h in (reader.fieldnames or [])]
    missing = [c for c in COLUMNS if c not in header]
    unknown = [h for h in header if h not in COLUMNS]
    if unknown:
        raise ImportError_(1, unknown[0], "unknown column")
    if missing:
        raise ImportError_(1, missing[0], "missing column")
    reader.fieldnames = header
    seen: set[str] = set()
    rows = []
    for number, raw in enumerate(reader, start=2):
        if None in raw:
            raise ImportError_(number, COLUMNS[-1], "more cells than columns")
        if not any((value or "").strip() for value in raw.values()):
            continue
        rows.append(_parse_row(number, raw, seen))
    if not rows:
        raise InvalidInput("the file has no rows to import")
    return rows


def _store(session: Session, row: ParsedRow, actor: Principal) -> Notification:
    v, n = row.values, row.number
    if session.scalar(select(Notification.id).where(Notification.reference == v["notification_id"])):
        raise ImportError_(n, "notification_id", f"{v['notification_id']!r} is already stored")
    partnership = get_or_create_partnership(session, actor.username, v["partnership"])
    notification = services.create_notification(
        session,
        actor,
        partnership=partnership.id,
        reference=v["notification_id"],
        incident_date=v["incident_date"],
        aware_date=v["aware_date"],
        notified_date=v["notified_date"],
        outcome=v["outcome"],
        children=v["children"],
    )
    if v["extended_to"]:
        try:
            services.extend_rapid_review(session, actor, notification.id, v["extended_to"], "imported extension")
        except UserError as exc:
            raise ImportError_(n, "rapid_review_extended_to", str(exc).split(": ", 1)[-1]) from None
    if v["submitted"]:
        services.submit_rapid_review(session, actor, notification.id, v["submitted"], v["decision"], "imported")
    if v["panel_response"]:
        services.respond_to_rapid_review(
            session, actor, notification.id, v["panel_response"], "imported", responded_date=v["submitted"]
        )
    if v["commissioned"]:
        services.commission_lcspr(session, actor, notification.id, v["commissioned"])
    if v["published"]:
        lcspr = notification.lcspr
        old, lcspr.state, lcspr.published_date = lcspr.state, "published", v["published"]
        services._event(
            session,
            actor,
            notification,
            "lcspr",
            lcspr.id,
            "import_published",
            old,
            "published",
            {"published_date": v["published"]},
        )
    return notification


def import_text(session: Session, text: str, actor: Principal = IMPORTER, *, skip_stored: bool = False) -> int:
    """Import every row in the caller's transaction (which rolls back on any error).
    With ``skip_stored``, rows whose notification_id is already stored are left out
    (so loading the same file again imports nothing); otherwise they are errors."""
    rows = parse(text)
    if skip_stored:
        stored = set(session.scalars(select(Notification.reference)))
        rows = [row for row in rows if row.values["notification_id"] not in stored]
    for row in rows:
        try:
            _store(session, row, actor)
        except ImportError_:
            raise
        except UserError as exc:
            raise InvalidInput(f"row {row.number}: {exc}; nothing was imported") from None
    return len(rows)


def import_file(session: Session, path: Path, actor: Principal = IMPORTER, *, skip_stored: bool = False) -> int:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InvalidInput(f"no file {path}") from None
    except UnicodeDecodeError:
        raise InvalidInput(f"{path} is not UTF-8 text") from None
    return import_text(session, text, actor, skip_stored=skip_stored)
