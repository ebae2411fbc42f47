"""Opening the database: engine, sessions, and migrations that apply themselves."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from importlib import resources

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

from caselearn.errors import UserError

DEFAULT_URL = "sqlite:///caselearn.db"


def database_url(explicit: str | None = None) -> str:
    """The database URL: an explicit value, else CASELEARN_DB, else a SQLite file here."""
    return explicit or os.environ.get("CASELEARN_DB") or DEFAULT_URL


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


class Database:
    """One database: its engine, a session factory, and its migrations."""

    def __init__(self, url: str | None = None, *, migrate: bool = True):
        self.url = database_url(url)
        try:
            parsed = make_url(self.url)
        except ArgumentError:
            raise UserError(f"not a database URL: {self.url!r}") from None
        self.is_sqlite = parsed.get_backend_name() == "sqlite"
        kwargs = {"connect_args": {"timeout": 30, "check_same_thread": False}} if self.is_sqlite else {}
        self.engine: Engine = create_engine(self.url, **kwargs)
        if self.is_sqlite:
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        if migrate:
            self.migrate()

    @cached_property
    def _alembic_config(self) -> Config:
        cfg = Config()
        cfg.set_main_option("script_location", str(resources.files("caselearn.store") / "migrations"))
        cfg.set_main_option("sqlalchemy.url", self.url.replace("%", "%%"))
        return cfg

    def migrate(self) -> None:
        """Bring the schema up to date (every migration branch)."""
        with self.engine.begin() as connection:
            self._alembic_config.attributes["connection"] = connection
            command.upgrade(self._alembic_config, "heads")

    def session(self) -> Session:
        return self._sessions()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work commits together at the end, or not at all."""
        with self._sessions() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
