"""Foundation commands and their one-line errors."""

from __future__ import annotations

import subprocess
import sys

import pytest
from sqlalchemy import select

from caselearn.store import Database
from caselearn.store.models import User


def run(*args: str, db: str | None = None, input: str | None = None) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "caselearn", *(["--db", db] if db else []), *args]
    return subprocess.run(command, capture_output=True, text=True, input=input, timeout=120)


@pytest.fixture
def url(tmp_path):
    return f"sqlite:///{tmp_path / 'cli.db'}"


def test_init_and_user_add(url):
    assert run("init", db=url).returncode == 0
    done = run(
        "user", "add", "lee", "--role", "partnership", "--partnership", "Westby SCP", "--password", "longenough", db=url
    )
    assert done.returncode == 0, done.stderr
    assert "added user lee (partnership, Westby SCP)" in done.stdout
    with Database(url).session() as session:
        user = session.scalar(select(User).where(User.username == "lee"))
        assert user.role == "partnership" and user.partnership.name == "Westby SCP"


@pytest.mark.parametrize(
    "args, message",
    [
        (["user", "add", "x", "--role", "wizard", "--password", "longenough"], "unknown role 'wizard'"),
        (["user", "add", "x", "--role", "partnership", "--password", "longenough"], "needs --partnership"),
        (["user", "add", "x", "--role", "analyst", "--password", "short"], "at least 8 characters"),
        (["user", "token", "nobody"], "no user 'nobody'"),
    ],
)
def test_user_errors_are_one_line(url, args, message):
    result = run(*args, db=url)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [f"error: {result.stderr.strip().removeprefix('error: ')}"]
    assert message in result.stderr


def test_duplicate_user_is_refused(url):
    run("user", "add", "sam", "--role", "analyst", "--password", "longenough", db=url)
    again = run("user", "add", "sam", "--role", "analyst", "--password", "longenough", db=url)
    assert again.returncode == 1 and again.stderr.strip() == "error: user 'sam' already exists"


def test_unusable_database_is_one_line(tmp_path):
    result = run("init", db=f"sqlite:///{tmp_path}/missing-dir/x.db")
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and result.stderr.startswith("error: cannot use the database")


def test_init_demo_users(url):
    result = run("init", "--demo-users", db=url)
    assert result.returncode == 0 and "eastmere (partnership)" in result.stdout


@pytest.mark.parametrize(
    "args, message",
    [
        (["user", "add", "x", "--role", "analyst", "--password"], "requires an argument"),
        (["codebook", "--format", "yaml"], "yaml"),
        (["no-such-command"], "No such command"),
    ],
)
def test_usage_errors_are_one_line(url, args, message):
    result = run(*args, db=url)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert result.stderr.startswith("error: ") and message in result.stderr
