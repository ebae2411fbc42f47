"""import-codes and export-codes: all or nothing, the bad cell named, the same format back."""

from __future__ import annotations

import subprocess
import sys

import pytest
from sqlalchemy import func, select

from caselearn.analysis.csv_io import DatasetError, import_frame, read_csv, to_csv_text
from caselearn.analysis.dataset import from_store
from caselearn.auth.principal import SYSTEM
from caselearn.codebook import ids
from caselearn.store.models import AuditEntry, Child, Code, Review

from .triennial import csv_text


def run(*args: str, db: str) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "caselearn", "--db", db, *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120)


def counts(db) -> tuple[int, int, int, int]:
    with db.session() as session:
        return tuple(session.scalar(select(func.count()).select_from(m)) for m in (Review, Child, Code, AuditEntry))


def test_import_stores_accepted_audited_codes_and_exports_the_same_format(db, triennial_csv):
    frame = read_csv(triennial_csv)
    with db.transaction() as session:
        done = import_frame(session, "sam", frame, origin="import:triennial.csv")
    assert done["reviews"] == 278 and done["children"] == 278
    with db.session() as session:
        codes = session.scalars(select(Code)).all()
        assert {c.status for c in codes} == {"accepted"} and {c.coder for c in codes} == {"sam"}
        assert {c.origin for c in codes} == {"import:triennial.csv"}
        audited = set(session.scalars(select(AuditEntry.entity_id).where(AuditEntry.entity == "code")))
        assert audited == {str(c.id) for c in codes}
        review = session.scalar(select(Review).where(Review.external_id == "TA14-001"))
        assert review.partnership.name == "Northby LSCB" and review.review_type == "scr"
        exported = to_csv_text(from_store(session, SYSTEM))
    assert exported.splitlines()[0] == ",".join(["review_id", *ids()])
    # what goes out reads back as the same data
    again = read_csv(exported.encode())
    columns = ["review_id", *ids()]
    assert again[columns].astype(str).equals(frame[columns].astype(str))


@pytest.mark.parametrize(
    "edit, message",
    [
        (lambda lines: lines.__setitem__(40, lines[40].replace(",male,", ",mal,", 1)), "row 41, column sex: 'mal'"),
        (lambda lines: lines.__setitem__(0, lines[0] + ",favourite_colour"), "row 1, column favourite_colour"),
        (lambda lines: lines.__setitem__(9, lines[9].replace(",2016,", ",twenty,", 1)), "row 10, column"),
    ],
)
def test_one_bad_cell_rejects_the_whole_file(tmp_path, db, edit, message):
    lines = csv_text(["review_id", *ids()]).splitlines()
    edit(lines)
    path = tmp_path / "bad.csv"
    path.write_text("\n".join(lines) + "\n")
    with pytest.raises(DatasetError, match=message):
        read_csv(path)
    url = str(db.engine.url)
    before = counts(db)
    result = run("import-codes", str(path), db=url)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [result.stderr.strip()]
    assert result.stderr.startswith("error: ") and message in result.stderr
    assert counts(db) == before  # nothing stored


def test_a_review_value_that_differs_between_its_children_is_refused(tmp_path):
    header = "review_id,review_type,alias\n"
    path = tmp_path / "x.csv"
    path.write_text(header + "R1,scr,Child A\nR1,lcspr,Child B\n")
    with pytest.raises(DatasetError, match="row 3, column review_type: differs from the first row of review 'R1'"):
        read_csv(path)


def test_cli_import_then_table_and_reimport_conflict(tmp_path, triennial_csv):
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    done = run("import-codes", str(triennial_csv), db=url)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("imported 278 reviews, 278 children")
    again = run("import-codes", str(triennial_csv), db=url)
    assert again.returncode == 1 and "review 'TA14-001' is already in the store" in again.stderr
    table = run("table", "prevalence", "poverty", "domestic_abuse", db=url)
    assert table.returncode == 0, table.stderr
    assert table.stdout.splitlines() == [
        "table,row,column,count,denominator,percent",
        "prevalence,poverty,all,97,278,34.9",
        "prevalence,domestic_abuse,all,164,278,59.0",
    ]
    direct = run("table", "prevalence", "poverty", "domestic_abuse", "--data", str(triennial_csv), db=url)
    assert direct.stdout == table.stdout
    image = tmp_path / "venn.svg"
    drawn = run("chart", "overlap", "poverty", "parental_mental_health", "domestic_abuse", "--out", str(image), db=url)
    assert drawn.returncode == 0, drawn.stderr
    assert image.read_text().count("<svg") == 1
    wrong = run("chart", "counts", "age_band", "--out", str(tmp_path / "x.gif"), db=url)
    assert wrong.returncode == 1 and "error: --out must end in .png or .svg" in wrong.stderr
    exported = run("export-codes", db=url)
    assert exported.returncode == 0 and exported.stdout.startswith("review_id,review_type,")
    assert len(exported.stdout.splitlines()) == 279


@pytest.mark.parametrize(
    "text, message",
    [
        ("review_id,sex\n", "no rows"),
        ("sex,review_id\nmale,R1\n", "row 1, column sex: the first column must be review_id"),
        ("review_id,sex,sex\nR1,male,male\n", "row 1, column sex: the column appears twice"),
        ("review_id,sex\n,male\n", "row 2, column review_id: every row needs a review_id"),
        ("review_id,agencies_involved\nR1,police;wizards\n", "row 2, column agencies_involved: 'wizards'"),
    ],
)
def test_malformed_files_name_the_problem(tmp_path, text, message):
    path = tmp_path / "f.csv"
    path.write_text(text)
    with pytest.raises(DatasetError, match=message):
        read_csv(path)
