"""The store: migrations, the append-only audit log, and audited code writes."""

from __future__ import annotations

import pytest
from sqlalchemy import func, inspect, select, text
from sqlalchemy.exc import DatabaseError

from caselearn.errors import InvalidInput
from caselearn.store import Database
from caselearn.store import codes as code_service
from caselearn.store.codes import write_code
from caselearn.store.models import AuditEntry, Child, Code, Review


def _review_with_child(db: Database) -> tuple[int, int]:
    with db.transaction() as session:
        review = Review(title="Child Q", review_type="lcspr", confidential=False)
        session.add(review)
        session.flush()
        child = Child(review_id=review.id, ordinal=1, alias="Child Q")
        session.add(child)
        session.flush()
        return review.id, child.id


def test_migrations_create_every_table(db):
    tables = set(inspect(db.engine).get_table_names())
    assert {"partnerships", "users", "reviews", "documents", "children", "codes", "audit_log"} <= tables


def test_reopening_a_database_keeps_its_data(tmp_path):
    url = f"sqlite:///{tmp_path / 'x.db'}"
    first = Database(url)
    _review_with_child(first)
    first.dispose()
    again = Database(url)
    with again.session() as session:
        assert session.scalar(select(func.count()).select_from(Review)) == 1


def test_code_write_is_audited(db):
    review_id, child_id = _review_with_child(db)
    with db.transaction() as session:
        code = write_code(
            session,
            "analyst1",
            review_id=review_id,
            child_id=child_id,
            variable="sex",
            value="female",
            origin="analyst",
            status="accepted",
            evidence=[{"start": 0, "end": 5, "text": "Child"}],
        )
    with db.session() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.entity == "code")).one()
        assert entry.entity_id == str(code.id) and entry.actor == "analyst1"
        assert entry.detail["value"] == "female"


def test_failed_audit_write_leaves_no_code(db, monkeypatch):
    review_id, _ = _review_with_child(db)

    def broken_audit(*args, **kwargs):
        raise RuntimeError("audit store unavailable")

    monkeypatch.setattr(code_service.audit, "record", broken_audit)
    with pytest.raises(RuntimeError), db.transaction() as session:
        write_code(
            session, "analyst1", review_id=review_id, variable="domestic_abuse", value="present", origin="analyst"
        )
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Code)) == 0


def test_audit_log_refuses_updates_and_deletes(db):
    review_id, _ = _review_with_child(db)
    with db.transaction() as session:
        write_code(session, "a", review_id=review_id, variable="poverty", value="absent", origin="analyst")
    for statement in ("UPDATE audit_log SET actor = 'someone else'", "DELETE FROM audit_log"):
        with pytest.raises(DatabaseError, match="append-only"), db.transaction() as session:
            session.execute(text(statement))
    with db.session() as session:
        assert session.scalar(select(AuditEntry.actor)) == "a"


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"variable": "favourite_colour", "value": "blue"}, "unknown codebook variable"),
        ({"variable": "poverty", "value": "yes"}, "not a value of poverty"),
        ({"variable": "sex", "value": "male"}, "child variable"),
        ({"variable": "poverty", "value": "present", "confidence": 1.5}, "confidence"),
    ],
)
def test_invalid_codes_are_refused_and_nothing_is_stored(db, kwargs, message):
    review_id, _ = _review_with_child(db)
    with pytest.raises(InvalidInput, match=message), db.transaction() as session:
        write_code(session, "a", review_id=review_id, origin="analyst", **kwargs)
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Code)) == 0
        assert session.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.entity == "code")) == 0


def test_bulk_code_write_is_all_or_nothing_with_its_audit_rows(db):
    review_id, child_id = _review_with_child(db)
    codes = [
        {"review_id": review_id, "child_id": child_id, "level": "child", "variable": "sex", "value": "male",
         "confidence": 1.0, "evidence": [], "origin": "import:test.csv", "status": "accepted"},
        {"review_id": review_id, "child_id": None, "level": "case", "variable": "poverty", "value": "present",
         "confidence": 1.0, "evidence": [], "origin": "import:test.csv", "status": "accepted"},
    ]  # fmt: skip
    with db.transaction() as session:
        session.execute(
            text(
                "CREATE TEMP TRIGGER audit_fails BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'no audit'); END"
            )
        )
    with pytest.raises(DatabaseError, match="no audit"), db.transaction() as session:
        code_service.write_codes_bulk(session, "importer", codes)
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Code)) == 0
    db.dispose()  # temp trigger goes with its connection
    with db.transaction() as session:
        ids = code_service.write_codes_bulk(session, "importer", codes)
    with db.session() as session:
        audited = session.scalars(select(AuditEntry.entity_id).where(AuditEntry.entity == "code")).all()
        assert sorted(audited) == sorted(str(i) for i in ids) and len(ids) == 2
