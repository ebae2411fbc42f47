"""Reminder digests: per partnership, what is overdue or due soon.

Printed by default; sent by SMTP when ``CASELEARN_SMTP_HOST`` is set (with
``CASELEARN_SMTP_PORT`` (default 25), ``CASELEARN_SMTP_FROM``, optional
``CASELEARN_SMTP_USER`` / ``CASELEARN_SMTP_PASSWORD`` and ``CASELEARN_SMTP_STARTTLS=1``)
to the partnership's contacts (``caselearn workflow-contact``).
"""

from __future__ import annotations

import os
import smtplib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from email.message import EmailMessage

from sqlalchemy import select
from sqlalchemy.orm import Session

from caselearn.auth.principal import SYSTEM
from caselearn.errors import UserError
from caselearn.store.models import Partnership
from caselearn.workflow import deadlines, services
from caselearn.workflow.models import Contact

WANTED = (deadlines.OVERDUE, deadlines.DUE_SOON)


@dataclass
class Digest:
    partnership: str
    recipients: list[str]
    items: list[deadlines.DueItem] = field(default_factory=list)

    def text(self, on: date) -> str:
        lines = [f"caselearn reminders for {self.partnership} on {on.isoformat()}", ""]
        for item in sorted(self.items, key=lambda i: (i.flag != deadlines.OVERDUE, i.due)):
            lines.append(
                f"- {deadlines.FLAG_LABELS[item.flag].upper()}: {item.what} for {item.reference}, due {item.due}"
            )
        return "\n".join(lines) + "\n"


def digests(session: Session, on: date | None = None) -> list[Digest]:
    """One digest per partnership that has something overdue or due soon."""
    on = on or deadlines.today()
    by_name: dict[str, Digest] = {}
    contacts: dict[int, list[str]] = {}
    for contact in session.scalars(select(Contact).order_by(Contact.email)):
        contacts.setdefault(contact.partnership_id, []).append(contact.email)
    ids = {p.name: p.id for p in session.scalars(select(Partnership))}
    for item in services.due_items(session, SYSTEM, on):
        if item.flag in WANTED:
            digest = by_name.setdefault(
                item.partnership, Digest(item.partnership, contacts.get(ids[item.partnership], []))
            )
            digest.items.append(item)
    return [by_name[name] for name in sorted(by_name)]


def smtp_settings(env: Mapping[str, str] | None = None) -> dict | None:
    env = os.environ if env is None else env
    host = env.get("CASELEARN_SMTP_HOST")
    if not host:
        return None
    try:
        port = int(env.get("CASELEARN_SMTP_PORT", "25"))
    except ValueError:
        raise UserError("CASELEARN_SMTP_PORT must be a number") from None
    return {
        "host": host,
        "port": port,
        "sender": env.get("CASELEARN_SMTP_FROM", "caselearn@localhost"),
        "user": env.get("CASELEARN_SMTP_USER"),
        "password": env.get("CASELEARN_SMTP_PASSWORD"),
        "starttls": env.get("CASELEARN_SMTP_STARTTLS") == "1",
    }


def send(
    found: list[Digest],
    on: date,
    settings: dict,
    smtp_factory: Callable[[str, int], smtplib.SMTP] = smtplib.SMTP,
) -> list[str]:
    """Send each digest to its partnership's contacts; returns one line per partnership."""
    try:
        return _send(found, on, settings, smtp_factory)
    except (OSError, smtplib.SMTPException) as exc:
        raise UserError(f"cannot send reminders through {settings['host']}:{settings['port']}: {exc}") from None


def _send(found: list[Digest], on: date, settings: dict, smtp_factory) -> list[str]:
    report = []
    with smtp_factory(settings["host"], settings["port"]) as smtp:
        if settings["starttls"]:
            smtp.starttls()
        if settings["user"]:
            smtp.login(settings["user"], settings["password"] or "")
        for digest in found:
            if not digest.recipients:
                report.append(f"{digest.partnership}: no contact, not sent")
                continue
            message = EmailMessage()
            message["Subject"] = f"caselearn: {len(digest.items)} workflow item(s) due or overdue"
            message["From"] = settings["sender"]
            message["To"] = ", ".join(digest.recipients)
            message.set_content(digest.text(on))
            smtp.send_message(message)
            report.append(f"{digest.partnership}: sent to {', '.join(digest.recipients)}")
    return report
