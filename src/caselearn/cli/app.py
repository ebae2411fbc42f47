"""The Typer application and what every command shares: the database option and error handling."""

from __future__ import annotations

import sys

import click
import typer
from sqlalchemy.exc import OperationalError

from caselearn.errors import UserError
from caselearn.store.db import Database

app = typer.Typer(
    name="caselearn",
    help="Learning from child safeguarding case reviews: repository, coding, analysis, workflow.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)

_state: dict[str, str | None] = {"db": None}

# Typer ships its own copy of click; its usage errors derive from this class, not click's.
_USAGE_ERRORS = tuple(
    {click.ClickException, *(c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException")}
)
_ABORTS = tuple({click.exceptions.Abort, typer.Abort})


@app.callback()
def _options(
    db: str = typer.Option(
        None, "--db", help="Database URL (any SQLAlchemy URL); default $CASELEARN_DB or sqlite:///caselearn.db."
    ),
) -> None:
    _state["db"] = db


def open_db() -> Database:
    """The database named by --db / CASELEARN_DB, migrated to the current schema."""
    return Database(_state["db"])


def fail(message: str, code: int = 1) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def main() -> None:
    """Entry point: user errors become one line on stderr and a non-zero exit."""
    try:
        result = app(standalone_mode=False)
    except UserError as exc:
        typer.echo(f"error: {exc}", err=True)
        sys.exit(1)
    except OperationalError as exc:
        typer.echo(f"error: cannot use the database: {str(exc.orig).splitlines()[0]}", err=True)
        sys.exit(1)
    except _USAGE_ERRORS as exc:
        typer.echo(f"error: {exc.format_message()}", err=True)
        sys.exit(exc.exit_code)
    except _ABORTS:
        typer.echo("aborted", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        typer.echo("interrupted", err=True)
        sys.exit(130)
    sys.exit(result if isinstance(result, int) else 0)
