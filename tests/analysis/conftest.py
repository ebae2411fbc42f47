"""Fixtures of the analysis tests: the triennial-analysis dataset as a CSV file."""

from __future__ import annotations

from pathlib import Path

import pytest

from caselearn.codebook import ids

from .triennial import csv_text


@pytest.fixture
def triennial_csv(tmp_path: Path) -> Path:
    path = tmp_path / "triennial-2014-17.csv"
    path.write_text(csv_text(["review_id", *ids()]), encoding="utf-8")
    return path


def add_review(session, external_id: str, *, partnership=None, confidential=False, children, case=None):
    """A review with children and accepted codes carrying evidence, written through write_code.

    children: list of (alias, {child variable: value}); case: {review/case variable: value}.
    """
    from caselearn.auth.users import get_or_create_partnership
    from caselearn.store.codes import write_code
    from caselearn.store.models import Child, Review

    pid = get_or_create_partnership(session, "test", partnership).id if partnership else None
    review = Review(title=f"Review of {external_id}", external_id=external_id, partnership_id=pid,
                    confidential=confidential, review_type="lcspr")  # fmt: skip
    session.add(review)
    session.flush()
    for variable, value in (case or {}).items():
        evidence = [{"start": 0, "end": 10, "text": f"{external_id}: {variable} passage"}]
        write_code(session, "analyst", review_id=review.id, variable=variable, value=value, status="accepted",
                   origin="analyst", evidence=evidence)  # fmt: skip
    for ordinal, (alias, values) in enumerate(children, start=1):
        child = Child(review_id=review.id, ordinal=ordinal, alias=alias)
        session.add(child)
        session.flush()
        for variable, value in values.items():
            write_code(session, "analyst", review_id=review.id, child_id=child.id, variable=variable, value=value,
                       status="accepted", origin="analyst",
                       evidence=[{"start": 5, "end": 20, "text": f"{alias}: {variable} is {value}"}])  # fmt: skip
    return review


@pytest.fixture
def coded_store(db, users):
    """Eight published reviews and one confidential review of the test partnership."""
    from tests.conftest import PARTNERSHIP

    with db.transaction() as session:
        for i in range(8):
            add_review(
                session,
                f"PUB-{i}",
                partnership="Publicshire SCP",
                children=[(f"Child P{i}", {"age_band": "under_1" if i < 6 else "11_15", "outcome": "death"})],
                case={"domestic_abuse": "present" if i < 7 else "absent", "incident_year": 2020 + i % 2},
            )
        add_review(
            session,
            "CONF-1",
            partnership=PARTNERSHIP,
            confidential=True,
            children=[("Child Secret", {"age_band": "under_1", "outcome": "serious_harm"})],
            case={"domestic_abuse": "present"},
        )
    return db
