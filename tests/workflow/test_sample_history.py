"""The sample workflow history that `make run` loads stays valid and loads once."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from caselearn.workflow import csv_import
from caselearn.workflow.models import Notification

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "workflow" / "notifications.csv"


def test_sample_history_loads_once(db):
    with db.transaction() as session:
        loaded = csv_import.import_file(session, SAMPLE, skip_stored=True)
    with db.transaction() as session:
        again = csv_import.import_file(session, SAMPLE, skip_stored=True)
    with db.session() as session:
        stored = session.scalar(select(func.count()).select_from(Notification))
    assert loaded == stored == len(SAMPLE.read_text(encoding="utf-8").strip().splitlines()) - 1
    assert again == 0
