"""Foundation commands: init, user, serve, codebook."""

from __future__ import annotations

import os
from enum import StrEnum

import typer

from caselearn.auth.users import create_user, issue_api_token
from caselearn.cli.app import app, open_db
from caselearn.codebook import load as load_codebook
from caselearn.codebook import to_json

user_app = typer.Typer(help="Manage users.", no_args_is_help=True)
app.add_typer(user_app, name="user")

DEMO_PARTNERSHIP = "Eastmere Safeguarding Children Partnership"
DEMO_PASSWORD = "caselearn-demo"
DEMO_USERS = (
    ("admin", "admin", None),
    ("analyst", "analyst", None),
    ("panel", "panel", None),
    ("practitioner", "practitioner", None),
    ("reader", "public", None),
    ("eastmere", "partnership", DEMO_PARTNERSHIP),
)


@app.command()
def init(
    demo_users: bool = typer.Option(
        False, "--demo-users", help=f"Also create one local demo account per role (password {DEMO_PASSWORD!r})."
    ),
) -> None:
    """Create or upgrade the database."""
    db = open_db()
    made = []
    if demo_users:
        from sqlalchemy import select

        from caselearn.store.models import User

        with db.transaction() as session:
            for username, role, partnership in DEMO_USERS:
                if session.scalar(select(User).where(User.username == username)) is None:
                    create_user(session, "cli:init", username, DEMO_PASSWORD, role, partnership)
                    made.append(f"{username} ({role})")
    typer.echo(f"database ready: {db.url}")
    if made:
        typer.echo(f"demo accounts, password {DEMO_PASSWORD!r}: {', '.join(made)}")


@user_app.command("add")
def user_add(
    name: str = typer.Argument(..., help="Username (one word)."),
    role: str = typer.Option(..., "--role", help="public, practitioner, partnership, analyst, panel or admin."),
    partnership: str = typer.Option(None, "--partnership", help="The partnership a partnership user belongs to."),
    password: str = typer.Option(
        None,
        "--password",
        envvar="CASELEARN_PASSWORD",
        help="Password (or $CASELEARN_PASSWORD); asked for when not given.",
    ),
) -> None:
    """Add a user with a role (partnership users belong to one partnership)."""
    if password is None:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    with open_db().transaction() as session:
        user = create_user(session, "cli", name, password, role, partnership)
        typer.echo(f"added user {user.username} ({user.role}{', ' + partnership if partnership else ''})")


@user_app.command("token")
def user_token(name: str = typer.Argument(..., help="Username.")) -> None:
    """Issue a new API token for a user (replaces the old one) and print it once."""
    with open_db().transaction() as session:
        typer.echo(issue_api_token(session, "cli", name))


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", "--host"),
    port: int = typer.Option(8000, "--port"),
) -> None:
    """Serve the web app and the HTTP API."""
    import uvicorn

    from caselearn.web.app import create_app

    typer.echo(f"caselearn on http://{host}:{port} (database {open_db().url})")
    uvicorn.run(create_app(open_db()), host=host, port=port, log_level=os.environ.get("CASELEARN_LOG", "info"))


class CodebookFormat(StrEnum):
    json = "json"
    md = "md"


@app.command()
def codebook(fmt: CodebookFormat = typer.Option(CodebookFormat.md, "--format", help="json or md.")) -> None:
    """Print the codebook."""
    typer.echo(to_json() if fmt is CodebookFormat.json else load_codebook().to_markdown())
