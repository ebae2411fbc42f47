"""Tables count accepted codes; --provisional / provisional=1 also counts unverified suggestions,
with an accepted code winning over a suggestion for the same variable."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from caselearn.cli.app import app as cli
from caselearn.store.codes import write_code
from caselearn.store.models import Child, Review


def _seed(db) -> None:
    with db.transaction() as session:
        for n, (accepted, suggested) in enumerate([(None, "female"), ("male", "female")], start=1):
            review = Review(title=f"Review {n}", review_type="lcspr", confidential=False)
            session.add(review)
            session.flush()
            child = Child(review_id=review.id, ordinal=1, alias=f"Child {n}")
            session.add(child)
            session.flush()
            evidence = [{"start": 0, "end": 6, "text": "Review"}]
            write_code(session, "coder", review_id=review.id, child_id=child.id, variable="sex", value=suggested,
                       origin="rule:sex", status="suggested", evidence=evidence)  # fmt: skip
            if accepted:
                write_code(session, "analyst", review_id=review.id, child_id=child.id, variable="sex",
                           value=accepted, origin="analyst", status="accepted")  # fmt: skip


def _counts(db, *extra: str) -> dict[str, int]:
    result = CliRunner().invoke(cli, ["--db", db.url, "table", "counts", "sex", "--format", "json", *extra])
    assert result.exit_code == 0, result.output
    return {row["row"]: row["count"] for row in json.loads(result.stdout)}


def test_provisional_tables_add_suggestions_and_accepted_codes_win(db):
    _seed(db)
    assert _counts(db) == {"male": 1, "female": 0, "other": 0, "not_known": 1}
    assert _counts(db, "--provisional") == {"male": 1, "female": 1, "other": 0, "not_known": 0}


def test_provisional_needs_the_store(db, tmp_path):
    data = tmp_path / "coded.csv"
    data.write_text("review_id\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["--db", db.url, "table", "counts", "sex", "--data", str(data), "--provisional"])
    assert result.exit_code != 0


def test_dashboard_marks_provisional_tables_and_cells_keep_the_choice(db, client_for):
    _seed(db)
    analyst = client_for("analyst")
    plain = analyst.get("/analysis", params={"kind": "counts", "var": "sex"}).text
    assert "Provisional:" not in plain
    page = analyst.get("/analysis", params={"kind": "counts", "var": "sex", "provisional": "1"}).text
    assert "Provisional:" in page and "provisional=1" in page
    cell = analyst.get("/analysis/cell", params={"kind": "counts", "var": "sex", "provisional": "1", "row": "female"})
    assert cell.status_code == 200 and "Child 1" in cell.text and "Child 2" not in cell.text
