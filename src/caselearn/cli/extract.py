"""Automatic coding commands: extract, code, train, evaluate."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from sqlalchemy import select

from caselearn.cli.app import app, open_db
from caselearn.errors import UserError

MODEL_DIR_HELP = (
    "Trained model directory (default $CASELEARN_MODEL_DIR, else the model shipped with caselearn); 'none': rules only."
)


class ExtractUsageError(UserError):
    """A bad combination of options for the extraction commands."""


@app.command()
def extract(
    file: Path = typer.Argument(..., help="A report: PDF, DOCX, HTML or text."),
    as_json: bool = typer.Option(False, "--json", help="Print the extraction result as JSON (codebook format)."),
    origins: bool = typer.Option(False, "--origins", help="Also print which rule or model made each suggestion."),
    model_dir: str = typer.Option(None, "--model-dir", help=MODEL_DIR_HELP),
) -> None:
    """Suggest a code for every codebook variable of one report, each with its evidence."""
    from caselearn.extract.pipeline import default_pipeline, extract_file

    result = extract_file(file, default_pipeline(model_dir))
    for warning in result.warnings:
        typer.echo(f"warning: {warning}", err=True)
    data = result.to_dict()
    if origins:
        data = {**data, "origins": result.origins()}
    if as_json:
        typer.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    for level in ("review", "case"):
        for vid, code in data[level].items():
            typer.echo(f"{level:8} {vid:30} {code['value']}")
    for i, child in enumerate(data["children"], start=1):
        for vid, code in child.items():
            typer.echo(f"child {i:<2} {vid:30} {code['value']}")


@app.command()
def code(
    review: int = typer.Option(None, "--review", help="The review to code."),
    all_reviews: bool = typer.Option(False, "--all", help="Code every review that has a document."),
    uncoded: bool = typer.Option(False, "--uncoded", help="With --all: only reviews that have no codes yet."),
    model_dir: str = typer.Option(None, "--model-dir", help=MODEL_DIR_HELP),
) -> None:
    """Store suggested codes (status 'suggested') for reviews in the repository."""
    from caselearn.extract.pipeline import default_pipeline
    from caselearn.extract.service import code_review
    from caselearn.store.models import Code, Document

    if (review is None) == (not all_reviews):
        raise ExtractUsageError("give --review ID or --all")
    pipeline = default_pipeline(model_dir)
    db = open_db()
    if all_reviews:
        with db.session() as session:
            ids = sorted(set(session.scalars(select(Document.review_id))))
            if uncoded:
                ids = sorted(set(ids) - set(session.scalars(select(Code.review_id).distinct())))
    else:
        ids = [review]
    for review_id in ids:
        with db.transaction() as session:
            summary = code_review(session, review_id, "cli:code", pipeline)
        typer.echo(f"review {review_id}: {summary['codes']} suggested codes, {summary['children']} children")
        for warning in summary["warnings"]:
            typer.echo(f"warning: review {review_id}: {warning}", err=True)


@app.command()
def train(
    model_dir: str = typer.Option(None, "--model-dir", help="Where to save the model (default $CASELEARN_MODEL_DIR)."),
    labelled: Path = typer.Option(None, "--labelled", help="Also learn from a labelled directory (reports/ + truth/)."),
    no_store: bool = typer.Option(False, "--no-store", help="Do not read accepted codes from the database."),
) -> None:
    """Fit the learned layer on accepted codes in the store and/or a labelled directory."""
    import os

    from caselearn.documents import read_file
    from caselearn.extract.learned import RULES_ONLY, labelled_from_truth
    from caselearn.extract.learned import train as fit
    from caselearn.extract.service import accepted_training_docs
    from caselearn.extract.text import Doc

    target = model_dir or os.environ.get("CASELEARN_MODEL_DIR")
    if not target or target.strip().lower() == RULES_ONLY:
        raise ExtractUsageError("give --model-dir DIR or set CASELEARN_MODEL_DIR to a directory to save the model in")
    items = []
    if not no_store:
        with open_db().session() as session:
            items += accepted_training_docs(session)
    if labelled is not None:
        if not (labelled / "reports").is_dir() or not (labelled / "truth").is_dir():
            raise ExtractUsageError(f"{labelled}: needs reports/ and truth/ folders")
        for path in sorted((labelled / "reports").iterdir()):
            truth = labelled / "truth" / f"{path.stem}.json"
            if truth.is_file():
                items.append(labelled_from_truth(Doc.from_parsed(read_file(path)), json.loads(truth.read_text())))
    if not items:
        raise ExtractUsageError("nothing to learn from: no accepted codes and no --labelled directory")
    meta = fit(items, Path(target))
    typer.echo(
        f"trained {meta['model_id']}@{meta['version']} on {meta['documents']} documents, "
        f"{len(meta['variables'])} variables -> {target}"
    )


@app.command()
def evaluate(
    directory: Path = typer.Argument(..., help="A labelled directory: reports/ and truth/."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
    errors: bool = typer.Option(False, "--errors", help="List every disagreement."),
    model_dir: str = typer.Option(None, "--model-dir", help=MODEL_DIR_HELP),
) -> None:
    """Compare extraction with the truth: accuracy, precision/recall/F1, exact match, macro averages."""
    from caselearn.extract.evaluate import evaluate_dir, format_table
    from caselearn.extract.pipeline import default_pipeline, extract_file

    pipeline = default_pipeline(model_dir)
    summary = evaluate_dir(directory, lambda path: extract_file(path, pipeline).to_dict())
    if as_json:
        if not errors:
            for row in summary["variables"].values():
                row.pop("errors", None)
        typer.echo(json.dumps(summary, indent=2))
    else:
        typer.echo(format_table(summary, show_errors=errors))
