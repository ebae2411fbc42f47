"""import-workflow: a good file loads every record through the services; any bad row
rejects the whole file, naming row and column, and stores nothing."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest
from sqlalchemy import func, select

from caselearn.auth.principal import SYSTEM
from caselearn.errors import InvalidInput
from caselearn.store.models import AuditEntry, Partnership
from caselearn.workflow import csv_import, services
from caselearn.workflow.models import Notification

HEADER = (
    "notification_id,partnership,incident_date,aware_date,notified_date,outcome,children,"
    "rapid_review_submitted_date,rapid_review_extended_to,decision,panel_response,"
    "lcspr_commissioned_date,lcspr_published_date"
)
GOOD = [
    "N-1,Northfold SCP,2020-12-10,2020-12-14,2020-12-18,serious_harm,under_1:female:white,"
    "2021-01-13,,lcspr,agree,2021-01-20,2021-06-30",
    "N-2,Southmere SCP,,2020-05-04,2020-05-06,death,1_5:male:;6_10:female:black,,2020-06-30,,,,",
    "N-3,Northfold SCP,2020-02-01,2020-02-03,2020-02-05,serious_harm,2,2020-03-20,,no_lcspr,insufficient_information,,",
]


def write(tmp_path, lines):
    path = tmp_path / "workflow.csv"
    path.write_text("\n".join([HEADER, *lines]) + "\n", encoding="utf-8")
    return path


def counts(db):
    with db.session() as s:
        return (
            s.scalar(select(func.count()).select_from(Notification)),
            s.scalar(select(func.count()).select_from(Partnership)),
            s.scalar(select(func.count()).select_from(AuditEntry)),
        )


def test_good_file_imports_every_record(db, tmp_path):
    with db.transaction() as s:
        assert csv_import.import_file(s, write(tmp_path, GOOD)) == 3
    with db.session() as s:
        n1, n2, n3 = (services.get_notification(s, SYSTEM, i) for i in (1, 2, 3))
        assert n1.reference == "N-1" and n1.rapid_review.due_date == date(2021, 1, 13)
        assert n1.rapid_review.state == "agreed" and n1.lcspr.state == "published"
        assert n1.lcspr.published_date == date(2021, 6, 30) and n1.lcspr.target_publication_date == date(2021, 7, 13)
        assert [(c.age_band, c.sex, c.ethnicity) for c in n2.children] == [
            ("1_5", "male", "not_known"),
            ("6_10", "female", "black"),
        ]
        assert n2.rapid_review.extended_to == date(2020, 6, 30) and n2.rapid_review.state == "in_progress"
        assert len(n3.children) == 2 and n3.rapid_review.state == "information_requested"
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.actor == "cli:import-workflow"))


@pytest.mark.parametrize(
    "bad_line, message",
    [
        (GOOD[1].replace("2020-05-04", "04/05/2020"), "row 3, column aware_date: '04/05/2020' is not a date"),
        (GOOD[1].replace("death", "died"), "row 3, column outcome: 'died' is not a value of outcome"),
        (GOOD[1].replace("1_5:male:", "toddler:male:"), "row 3, column children: 'toddler' is not a value of age_band"),
        (GOOD[1].replace("2020-05-06", "2020-05-01"), "row 3, column notified_date: is before the aware_date"),
        ("N-2,Southmere SCP,,2020-05-04,2020-05-06,death,2,,2020-06-30,,agree,,",
         "row 3, column panel_response: the Panel can respond only to a submitted rapid review"),
        # due 15 working days after Wed 6 May 2020, skipping Fri 8 May and Mon 25 May
        (GOOD[1].replace("2020-06-30", "2020-05-07"),
         "row 3, column rapid_review_extended_to: an extension must be after the current due date 2020-05-29"),
        (GOOD[0].replace("N-1", "N-3"), "row 4, column notification_id: 'N-3' appears twice in the file"),
    ],
)  # fmt: skip
def test_a_bad_row_rejects_the_whole_file(db, tmp_path, bad_line, message):
    before = counts(db)
    path = write(tmp_path, [GOOD[0], bad_line, GOOD[2]])
    with pytest.raises(InvalidInput) as caught, db.transaction() as s:
        csv_import.import_file(s, path)
    assert str(caught.value).startswith(message), str(caught.value)
    assert counts(db) == before  # nothing stored: no notification, no partnership, no audit row


def test_unknown_column_and_the_command_line(db, tmp_path):
    path = tmp_path / "extra.csv"
    path.write_text(HEADER + ",colour\n" + GOOD[0] + ",red\n", encoding="utf-8")
    command = [sys.executable, "-m", "caselearn", "--db", db.url, "import-workflow"]
    done = subprocess.run([*command, str(path)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert done.stderr.strip() == "error: row 1, column colour: unknown column; nothing was imported"
    bad = write(tmp_path, [GOOD[0], GOOD[1].replace("2020-05-06", "2020-13-06")])
    done = subprocess.run([*command, str(bad)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 1 and done.stderr.count("\n") == 1
    assert "row 3, column notified_date: '2020-13-06' is not a date" in done.stderr
    assert counts(db)[0] == 0
    good = write(tmp_path, GOOD)
    done = subprocess.run([*command, str(good)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.strip() == f"imported 3 notification(s) from {good}"


def test_loading_the_same_file_again_with_skip_stored_adds_nothing(db, tmp_path):
    path = write(tmp_path, GOOD)
    with db.transaction() as s:
        assert csv_import.import_file(s, path) == 3
    before = counts(db)
    with pytest.raises(InvalidInput, match="already stored"), db.transaction() as s:
        csv_import.import_file(s, path)
    with db.transaction() as s:
        assert csv_import.import_file(s, path, skip_stored=True) == 0
    assert counts(db) == before
    grown = write(tmp_path, [*GOOD, GOOD[0].replace("N-1,", "N-4,")])
    with db.transaction() as s:
        assert csv_import.import_file(s, grown, skip_stored=True) == 1
    assert counts(db)[0] == 4
