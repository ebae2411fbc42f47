"""The commands: extract (text, HTML, DOCX, PDF, validated against the codebook's JSON Schema),
code, train and evaluate."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from caselearn.cli import app
from caselearn.codebook import load

REPORT_LINES = [
    "Brindleshire Safeguarding Children Partnership",
    "Local Child Safeguarding Practice Review: Child S",
    "Published: May 2022",
    "",
    "1. Introduction",
    "",
    "Child S was seven weeks old when he was admitted to hospital in March 2021 with rib fractures and bruising.",
    "Brindleshire is a county in the South West of England.",
    "",
    "2. The family",
    "",
    "Child S lived with his mother and father. The family are White British. Mother had postnatal depression.",
    "There was no history of domestic abuse. Father smoked cannabis most days.",
    "",
    "3. Findings",
    "",
    "There was a lack of professional curiosity. Information was not shared between the GP and the health visitor.",
    "",
    "4. Recommendations",
    "",
    "1. Health visitors should ask about fathers.",
    "2. The GP should share information.",
]


def make_txt(path: Path) -> Path:
    path.write_text("\n".join(REPORT_LINES) + "\n", encoding="utf-8")
    return path


def make_html(path: Path) -> Path:
    body = "".join(f"<p>{line}</p>" if line else "" for line in REPORT_LINES[3:])
    path.write_text(
        f"<html><head><title>{REPORT_LINES[1]}</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<h1>{REPORT_LINES[1]}</h1><p>{REPORT_LINES[0]}. {REPORT_LINES[2]}</p>{body}</body></html>",
        encoding="utf-8",
    )
    return path


def make_docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_heading(REPORT_LINES[1], 0)
    for line in [REPORT_LINES[0], REPORT_LINES[2]] + REPORT_LINES[3:]:
        if line:
            document.add_paragraph(line)
    document.save(path)
    return path


def make_pdf(path: Path) -> Path:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    for line in REPORT_LINES:
        pdf.multi_cell(0, 5, line or " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


@pytest.mark.parametrize(
    "maker, suffix", [(make_txt, ".txt"), (make_html, ".html"), (make_docx, ".docx"), (make_pdf, ".pdf")]
)
def test_extract_json_is_valid_in_every_format(tmp_path, maker, suffix):
    path = maker(tmp_path / f"report{suffix}")
    result = CliRunner().invoke(app, ["extract", str(path), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    jsonschema.validate(data, load().extraction_schema())
    assert data["source"] == path.name
    assert [c["alias"]["value"] for c in data["children"]] == ["Child S"]
    child = data["children"][0]
    assert child["age_months"]["value"] == 1 and child["sex"]["value"] == "male"
    assert child["outcome"]["value"] == "serious_harm"
    assert data["case"]["parental_drug_misuse"]["value"] == "present"
    assert data["case"]["domestic_abuse"]["value"] == "absent"
    assert data["review"]["review_type"]["value"] == "lcspr"


@pytest.mark.parametrize("text", ["", "Annual report of the partnership. Training was delivered to 400 staff."])
def test_empty_or_childless_report_gives_valid_empty_result_and_a_warning(tmp_path, text):
    path = tmp_path / "empty.txt"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(path), "--json"])
    if not text:
        # an empty file may be refused by the reader as a user error: one line, exit 1, no traceback
        if result.exit_code == 1:
            assert "error:" in result.output.lower() or result.exception
            return
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    jsonschema.validate(data, load().extraction_schema())
    assert data["children"] == []
    assert "warning:" in result.stderr


def test_evaluate_and_train(tmp_path):
    labelled = tmp_path / "set"
    (labelled / "reports").mkdir(parents=True)
    (labelled / "truth").mkdir()
    make_txt(labelled / "reports" / "a.txt")
    data = json.loads(CliRunner().invoke(app, ["extract", str(labelled / "reports" / "a.txt"), "--json"]).stdout)
    truth = {
        "review": {k: v["value"] for k, v in data["review"].items()},
        "children": [{k: v["value"] for k, v in c.items()} for c in data["children"]],
        "case": {k: v["value"] for k, v in data["case"].items()},
    }
    truth["children"][0]["ethnicity"] = "black"
    (labelled / "truth" / "a.json").write_text(json.dumps(truth))
    result = CliRunner().invoke(app, ["evaluate", str(labelled), "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["documents"] == 1
    assert summary["variables"]["ethnicity"]["accuracy"] == 0.0
    assert summary["variables"]["sex"]["accuracy"] == 1.0
    assert summary["variables"]["age_months"]["exact_match"] == 1.0
    assert summary["variables"]["parental_drug_misuse"]["f1"] == 1.0
    table = CliRunner().invoke(app, ["evaluate", str(labelled)])
    assert "macro averages" in table.stdout

    model = tmp_path / "model"
    db = f"sqlite:///{tmp_path / 'db.sqlite'}"
    result = CliRunner().invoke(app, ["--db", db, "train", "--model-dir", str(model), "--labelled", str(labelled)])
    assert result.exit_code == 0, result.output
    assert (model / "meta.json").is_file()
    out = CliRunner().invoke(
        app, ["extract", str(labelled / "reports" / "a.txt"), "--json", "--origins", "--model-dir", str(model)]
    )
    assert out.exit_code == 0, out.output
    jsonschema.validate({k: v for k, v in json.loads(out.stdout).items() if k != "origins"}, load().extraction_schema())


def test_code_stores_suggestions_through_write_code(tmp_path, db):
    from sqlalchemy import select

    from caselearn.documents import read_file
    from caselearn.extract.service import code_review
    from caselearn.store.models import AuditEntry, Child, Code
    from caselearn.store.reviews import store_parsed

    path = make_txt(tmp_path / "r.txt")
    with db.transaction() as session:
        review, _ = store_parsed(session, "test", read_file(path), path.name, path.read_bytes())
        review_id = review.id
    with db.transaction() as session:
        summary = code_review(session, review_id, "test")
    assert summary["children"] == 1 and summary["codes"] > 10
    with db.session() as session:
        children = list(session.scalars(select(Child).where(Child.review_id == review_id)))
        assert [c.alias for c in children] == ["Child S"]
        codes = list(session.scalars(select(Code).where(Code.review_id == review_id)))
        assert all(c.status == "suggested" and c.origin for c in codes)
        assert any(c.child_id == children[0].id for c in codes)
        audited = session.scalars(select(AuditEntry).where(AuditEntry.entity == "code")).all()
        assert len(audited) == len(codes)


def test_coding_again_replaces_suggestions_and_keeps_accepted_codes(tmp_path, db):
    from sqlalchemy import func, select

    from caselearn.documents import read_file
    from caselearn.extract.service import code_review
    from caselearn.store.models import AuditEntry, Code
    from caselearn.store.reviews import store_parsed

    path = make_txt(tmp_path / "r.txt")
    with db.transaction() as session:
        review, _ = store_parsed(session, "test", read_file(path), path.name, path.read_bytes())
        review_id = review.id
    with db.transaction() as session:
        first = code_review(session, review_id, "test")["codes"]
    with db.transaction() as session:
        kept = session.scalars(select(Code).where(Code.review_id == review_id)).first()
        kept.status = "accepted"
        kept_id = kept.id
    with db.transaction() as session:
        second = code_review(session, review_id, "test")["codes"]
    assert first == second
    with db.session() as session:
        statuses = session.scalars(select(Code.status).where(Code.review_id == review_id)).all()
        assert statuses.count("suggested") == second and statuses.count("accepted") == 1
        assert session.get(Code, kept_id) is not None
        withdrawn = select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "withdraw")
        assert session.scalar(withdrawn) == first - 1


def test_code_all_uncoded_skips_reviews_already_coded(tmp_path):
    from caselearn.documents import read_file
    from caselearn.store import Database
    from caselearn.store.reviews import store_parsed

    url = f"sqlite:///{tmp_path / 'u.db'}"
    database = Database(url)
    path = make_txt(tmp_path / "r.txt")
    with database.transaction() as session:
        store_parsed(session, "test", read_file(path), path.name, path.read_bytes())
    first = CliRunner().invoke(app, ["--db", url, "code", "--all", "--uncoded"])
    assert first.exit_code == 0 and "review 1:" in first.stdout
    again = CliRunner().invoke(app, ["--db", url, "code", "--all", "--uncoded"])
    assert again.exit_code == 0 and "review 1:" not in again.stdout
    database.dispose()


def test_code_needs_a_choice(tmp_path):
    result = CliRunner().invoke(app, ["--db", f"sqlite:///{tmp_path / 'x.db'}", "code"])
    assert result.exit_code != 0
