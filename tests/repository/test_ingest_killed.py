"""Killing `caselearn ingest` mid-run and running it again stores every file exactly once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from sqlalchemy import func, select

from caselearn.store import Database
from caselearn.store.models import Child, Document, Review

FILES = 40


def _write_reports(folder) -> None:
    for n in range(FILES):
        paragraphs = [
            f"Serious Case Review: Child K{n}",
            f"Testshire Safeguarding Children Partnership. Report {n} of the killed-ingest test.",
            f"1. Introduction\n\nThis review concerns Child K{n}, who was seriously injured at home. "
            + " ".join(f"Agency contact {n}.{i} was recorded and the family moved house." for i in range(400)),
        ]
        (folder / f"report-{n:02}.txt").write_text("\n\n".join(paragraphs), encoding="utf-8")


def _ingest(url: str, folder) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "caselearn", "--db", url, "ingest", "--jobs", "2", str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )


def test_kill_mid_run_then_rerun_stores_each_file_once(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    _write_reports(folder)
    url = f"sqlite:///{tmp_path / 'kill.db'}"
    Database(url).dispose()  # migrate before the race starts

    first = _ingest(url, folder)
    stored_lines = 0
    deadline = time.monotonic() + 120
    while stored_lines < 3 and time.monotonic() < deadline:
        line = first.stdout.readline()
        if not line:
            break
        stored_lines += line.startswith("ingested")
    os.killpg(first.pid, signal.SIGKILL)
    first.wait(timeout=30)
    first.stdout.close()

    db = Database(url)
    with db.session() as session:
        after_kill = session.scalar(select(func.count()).select_from(Document))
    assert 3 <= after_kill < FILES, "the kill should land mid-run"

    second = _ingest(url, folder)
    output, _ = second.communicate(timeout=300)
    assert second.returncode == 0, output
    assert f"{FILES - after_kill} ingested, {after_kill} already present, 0 failed" in output

    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Review)) == FILES
        assert session.scalar(select(func.count()).select_from(Document)) == FILES
        names = session.scalars(select(Document.filename)).all()
        assert sorted(names) == sorted(f"report-{n:02}.txt" for n in range(FILES))
        # no half-stored review: every review has its document and its child
        orphans = select(func.count()).select_from(Review).where(~Review.documents.any())
        assert session.scalar(orphans) == 0
        assert session.scalar(select(func.count()).select_from(Child)) == FILES
    db.dispose()
