"""Workflow commands: import-workflow, report, due, remind, workflow-contact, closure-day."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from pathlib import Path

import typer

from caselearn.auth.principal import SYSTEM
from caselearn.cli.app import app, open_db
from caselearn.errors import InvalidInput
from caselearn.workflow import csv_import, deadlines, remind, reports, services
from caselearn.workflow.calendar import NATIONAL

report_app = typer.Typer(help="Workflow reports as tidy tables (csv, json or md).", no_args_is_help=True)
app.add_typer(report_app, name="report")


def _date(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidInput(f"{option}: {text!r} is not a date (YYYY-MM-DD)") from None


class Format(StrEnum):
    csv = "csv"
    json = "json"
    md = "md"


def _report(name: str, start: str, end: str, fmt: Format) -> None:
    with open_db().session() as session:
        rows = reports.run(name, session, SYSTEM, _date(start, "--from"), _date(end, "--to"))
    typer.echo(reports.FORMATS[fmt.value](rows).rstrip("\n"))


_FROM = typer.Option(..., "--from", help="First day of the period (YYYY-MM-DD).")
_TO = typer.Option(..., "--to", help="Last day of the period (YYYY-MM-DD).")
_FMT = typer.Option(Format.csv, "--format", help="csv, json or md.")


@report_app.command("timeliness")
def report_timeliness(start: str = _FROM, end: str = _TO, fmt: Format = _FMT) -> None:
    """Rapid reviews due in the period by working days taken: 1-15, 16-25, 26-59, 60+, outstanding."""
    _report("timeliness", start, end, fmt)


@report_app.command("agreement")
def report_agreement(start: str = _FROM, end: str = _TO, fmt: Format = _FMT) -> None:
    """The Panel's responses given in the period: agree, disagree, insufficient information."""
    _report("agreement", start, end, fmt)


@report_app.command("per-partnership")
def report_per_partnership(start: str = _FROM, end: str = _TO, fmt: Format = _FMT) -> None:
    """Notifications made in the period per partnership, including partnerships with none."""
    _report("per-partnership", start, end, fmt)


@report_app.command("breakdown")
def report_breakdown(
    by: str = typer.Argument(..., help="outcome, age-band, sex or ethnicity."),
    start: str = _FROM,
    end: str = _TO,
    fmt: Format = _FMT,
) -> None:
    """Notifications by outcome, or their children by age band, sex or ethnicity (small cells suppressed)."""
    if by not in ("outcome", "age-band", "sex", "ethnicity"):
        raise InvalidInput("breakdown: choose outcome, age-band, sex or ethnicity")
    _report(by, start, end, fmt)


@app.command("import-workflow")
def import_workflow(
    file: Path = typer.Argument(..., help="CSV file, one row per notification."),
    skip_stored: bool = typer.Option(
        False, "--skip-stored", help="Leave out notifications already stored instead of refusing the file."
    ),
) -> None:
    """Load historical notifications, rapid reviews and LCSPRs from a CSV (all rows or none)."""
    with open_db().transaction() as session:
        count = csv_import.import_file(session, file, skip_stored=skip_stored)
    typer.echo(f"imported {count} notification(s) from {file}")


@app.command("due")
def due(
    start: str = typer.Argument(..., help="A date (YYYY-MM-DD)."),
    working_days: str = typer.Option(..., "--working-days", help="How many working days after the date."),
) -> None:
    """Print the date N working days after DATE (weekends and England and Wales bank holidays skipped)."""
    try:
        n = int(working_days)
    except ValueError:
        raise InvalidInput(f"--working-days: {working_days!r} is not a whole number") from None
    typer.echo(NATIONAL.add_working_days(_date(start, "DATE"), n).isoformat())


@app.command("remind")
def remind_command(
    on: str = typer.Option(None, "--on", help="The day to remind as of (default today)."),
    print_only: bool = typer.Option(False, "--print", help="Print the digests even when SMTP is configured."),
) -> None:
    """A digest per partnership of what is overdue or due soon: printed, or sent by SMTP when configured."""
    day = _date(on, "--on") if on else deadlines.today()
    with open_db().session() as session:
        found = remind.digests(session, day)
    if not found:
        typer.echo("nothing due or overdue")
        return
    settings = remind.smtp_settings()
    if settings is None or print_only:
        for digest in found:
            typer.echo(digest.text(day))
        return
    for line in remind.send(found, day, settings):
        typer.echo(line)


@app.command("workflow-contact")
def workflow_contact(
    partnership: str = typer.Argument(..., help="The partnership's name."),
    email: str = typer.Argument(..., help="Address that receives its reminder digests."),
) -> None:
    """Add an address that receives a partnership's reminder digests."""
    with open_db().transaction() as session:
        services.add_contact(session, SYSTEM, partnership, email)
    typer.echo(f"{email} will receive reminders for {partnership}")


@app.command("closure-day")
def closure_day(
    partnership: str = typer.Argument(..., help="The partnership's name."),
    day: str = typer.Argument(..., help="The day (YYYY-MM-DD)."),
    reason: str = typer.Option("", "--reason"),
) -> None:
    """Add a local closure day: not a working day for that partnership's clocks."""
    with open_db().transaction() as session:
        services.add_closure_day(session, SYSTEM, partnership, _date(day, "DAY"), reason)
    typer.echo(f"{day} is a closure day of {partnership}")
