"""Helpers for workflow tests: records made through the services, as a national user would."""

from __future__ import annotations

from datetime import date

import pytest

from caselearn.auth.principal import Principal
from caselearn.workflow import services

ADMIN = Principal(role="admin", username="test-admin", authenticated=True)
PANEL = Principal(role="panel", username="test-panel", authenticated=True)


def record(db, partnership: str, notified: date = date(2020, 12, 18), **extra) -> int:
    with db.transaction() as session:
        n = services.create_notification(
            session,
            ADMIN,
            partnership=partnership,
            aware_date=extra.pop("aware", notified),
            notified_date=notified,
            outcome=extra.pop("outcome", "serious_harm"),
            children=extra.pop("children", [{"alias": "Child A", "age_months": 5, "sex": "female"}]),
            **extra,
        )
        return n.id


@pytest.fixture
def make(db, users):
    """make(partnership_name, ...) -> notification id."""
    return lambda partnership, **kw: record(db, partnership, **kw)
