"""A seeded year of notifications and rapid reviews: the timeliness table the report gives
must match counts this test works out on its own (its own calendar, its own banding)."""

from __future__ import annotations

import csv
import io
import random
import subprocess
import sys
from datetime import date, timedelta

import pytest

from caselearn.auth.principal import SYSTEM
from caselearn.auth.users import get_or_create_partnership
from caselearn.workflow import reports, services
from tests.workflow.conftest import ADMIN, PANEL

# Bank holidays of England and Wales, November 2019 to June 2021, written out by hand.
HOLIDAYS = {
    date(2019, 12, 25), date(2019, 12, 26), date(2020, 1, 1), date(2020, 4, 10), date(2020, 4, 13),
    date(2020, 5, 8), date(2020, 5, 25), date(2020, 8, 31), date(2020, 12, 25), date(2020, 12, 28),
    date(2021, 1, 1), date(2021, 4, 2), date(2021, 4, 5), date(2021, 5, 3), date(2021, 5, 31),
}  # fmt: skip
PARTNERSHIPS = ["Northfold SCP", "Southmere SCP", "Eastwick SCP"]
EMPTY = "Emptyvale SCP"


def working(d: date) -> bool:
    return d.weekday() < 5 and d not in HOLIDAYS


def plus_working_days(d: date, n: int) -> date:
    while n:
        d += timedelta(days=1)
        n -= working(d)
    return d


def taken(notified: date, submitted: date) -> int:
    return sum(working(notified + timedelta(days=i)) for i in range(1, (submitted - notified).days + 1))


def seed(db) -> list[tuple[date, date | None]]:
    rng = random.Random(2020)
    seeded = []
    with db.transaction() as s:
        for name in [*PARTNERSHIPS, EMPTY]:
            get_or_create_partnership(s, "test", name)
        for i in range(160):
            notified = date(2019, 11, 20) + timedelta(days=rng.randrange(0, 400))
            submitted = None
            if rng.random() > 0.12:
                submitted = notified + timedelta(
                    days=rng.choice([rng.randrange(0, 22), rng.randrange(20, 40), rng.randrange(35, 130)])
                )
                submitted = min(submitted, date(2021, 3, 31))
            n = services.create_notification(
                s, ADMIN, partnership=rng.choice(PARTNERSHIPS), reference=f"Y-{i:03d}",
                aware_date=notified - timedelta(days=rng.randrange(0, 9)), notified_date=notified,
                outcome=rng.choice(["death", "serious_harm", "serious_harm"]),
                children=[{"sex": rng.choice(["male", "female"])} for _ in range(rng.choice([1, 1, 1, 2]))],
            )  # fmt: skip
            if submitted:
                services.submit_rapid_review(s, ADMIN, n.id, submitted, rng.choice(["lcspr", "no_lcspr"]), "seeded")
                if rng.random() < 0.7:
                    response = rng.choice(["agree"] * 8 + ["disagree", "insufficient_information"])
                    services.respond_to_rapid_review(s, PANEL, n.id, response, "", submitted + timedelta(days=3))
            seeded.append((notified, submitted))
    return seeded


def expected_timeliness(seeded, start: date, end: date) -> dict[str, int]:
    counts = {"1-15": 0, "16-25": 0, "26-59": 0, "60+": 0, "outstanding": 0}
    for notified, submitted in seeded:
        if not start <= plus_working_days(notified, 15) <= end:
            continue
        if submitted is None:
            counts["outstanding"] += 1
            continue
        days = taken(notified, submitted)
        key = "1-15" if days <= 15 else "16-25" if days <= 25 else "26-59" if days < 60 else "60+"
        counts[key] += 1
    return counts


@pytest.fixture
def seeded(db):
    return seed(db)


def test_timeliness_of_a_seeded_year(db, seeded):
    expected = expected_timeliness(seeded, date(2020, 1, 1), date(2020, 12, 31))
    assert sum(expected.values()) > 100 and all(expected.values()), expected  # every band is exercised
    with db.session() as s:
        rows = reports.timeliness(s, SYSTEM, date(2020, 1, 1), date(2020, 12, 31), as_of=date(2021, 4, 1))
    assert [r["row"] for r in rows] == ["1-15", "16-25", "26-59", "60+", "outstanding"]
    assert {r["row"]: r["count"] for r in rows} == expected
    total = sum(expected.values())
    assert {r["denominator"] for r in rows} == {total} and {r["column"] for r in rows} == {"all"}
    for r in rows:
        assert r["table"] == "rapid_review_timeliness"
        assert r["percent"] == pytest.approx(round(100 * r["count"] / total, 1), abs=0.051)


def test_timeliness_from_the_command_line(db, seeded, tmp_path):
    expected = expected_timeliness(seeded, date(2020, 4, 1), date(2020, 9, 30))
    command = [sys.executable, "-m", "caselearn", "--db", db.url, "report", "timeliness"]
    done = subprocess.run(
        [*command, "--from", "2020-04-01", "--to", "2020-09-30", "--format", "csv"], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert list(rows[0]) == ["table", "row", "column", "count", "denominator", "percent"]
    assert {r["row"]: int(r["count"]) for r in rows} == expected
    md = subprocess.run(
        [*command, "--from", "2020-04-01", "--to", "2020-09-30", "--format", "md"], capture_output=True, text=True
    )
    assert md.stdout.startswith("| table | row | column | count | denominator | percent |")
    bad = subprocess.run([*command, "--from", "2020-09-30", "--to", "2020-04-01"], capture_output=True, text=True)
    assert bad.returncode == 1 and bad.stderr.strip() == "error: --to: the period ends before it starts"


def test_agreement_and_notifications_per_partnership(db, seeded, client_for, users):
    with db.session() as s:
        agreement = reports.agreement(s, SYSTEM, date(2019, 1, 1), date(2021, 12, 31))
        per = reports.per_partnership(s, SYSTEM, date(2020, 1, 1), date(2020, 12, 31))
    counts = {r["row"]: r["count"] for r in agreement}
    assert set(counts) == {"agree", "disagree", "insufficient_information"}
    assert counts["agree"] > counts["disagree"] and sum(counts.values()) == agreement[0]["denominator"]
    per_counts = {r["row"]: r["count"] for r in per}
    assert per_counts[EMPTY] == 0  # partnerships with no notification are listed
    notified_2020 = sum(1 for notified, _ in seeded if notified.year == 2020)
    assert sum(per_counts.values()) == notified_2020
    # the same report through the API and as a CSV download
    panel = client_for("panel")
    api = panel.get("/api/workflow/reports/per-partnership?from=2020-01-01&to=2020-12-31").json()
    assert {r["row"]: r["count"] for r in api} == per_counts
    download = panel.get("/workflow/reports/timeliness.csv?start=2020-01-01&end=2020-12-31")
    assert download.headers["content-type"].startswith("text/csv")
    assert "attachment" in download.headers["content-disposition"]
    assert download.text.splitlines()[0] == "table,row,column,count,denominator,percent"
    page = panel.get("/workflow/reports?name=agreement&start=2019-01-01&end=2021-12-31")
    assert page.status_code == 200 and "Panel agreement with local decisions" in page.text


def test_breakdowns_suppress_small_cells(db, users):
    with db.transaction() as s:
        for i, (sex, outcome) in enumerate(
            [("male", "death")] * 9 + [("female", "serious_harm")] * 8 + [("other", "death")] * 2
        ):
            services.create_notification(
                s, ADMIN, partnership="Testshire Safeguarding Children Partnership", reference=f"B-{i}",
                aware_date=date(2020, 3, 2), notified_date=date(2020, 3, 3), outcome=outcome, children=[{"sex": sex}],
            )  # fmt: skip
    with db.session() as s:
        by_sex = {r["row"]: r for r in reports.REPORTS["sex"](s, SYSTEM, date(2020, 1, 1), date(2020, 12, 31))}
        by_outcome = {r["row"]: r for r in reports.by_outcome(s, SYSTEM, date(2020, 1, 1), date(2020, 12, 31))}
    # "other" (2) is hidden; so is the next smallest (female, 8), else 2 = 19 - 9 - 8 could be worked out
    assert by_sex["other"]["count"] is None and by_sex["other"]["percent"] is None
    assert by_sex["female"]["count"] is None
    assert by_sex["male"]["count"] == 9 and by_sex["male"]["denominator"] == 19
    assert by_sex["not_known"]["count"] == 0
    assert by_outcome["death"]["count"] == 11 and by_outcome["serious_harm"]["count"] == 8
    md = reports.to_markdown(list(by_sex.values()))
    assert "| children_by_sex | other | all | <6 | 19 |  |" in md
