"""Repository commands: ingest, search, reviews."""

from __future__ import annotations

import html
import json
import re
import sys

import typer

from caselearn.auth.principal import SYSTEM
from caselearn.cli.app import app, open_db


@app.command()
def ingest(
    paths: list[str] = typer.Argument(..., help="Report files or folders (searched recursively)."),
    jobs: int = typer.Option(0, "--jobs", "-j", help="Parsing processes (default: every core)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print only failures and the summary."),
) -> None:
    """Add report files (PDF, DOCX, HTML, text) to the repository. Exit 1 if any failed."""
    from tqdm import tqdm

    from caselearn.store.ingest import collect
    from caselearn.store.ingest import ingest as run_ingest

    db = open_db()
    total = len(collect(paths))
    bar = tqdm(total=total, unit="file", file=sys.stderr, disable=not sys.stderr.isatty(), leave=False)
    counts = {"ingested": 0, "present": 0, "failed": 0}

    def show(outcome) -> None:
        counts[outcome.status] += 1
        bar.update(1)
        if outcome.status == "failed" or not quiet:
            label = {"ingested": "ingested", "present": "present ", "failed": "FAILED  "}[outcome.status]
            tqdm.write(f"{label} {outcome.path}: {outcome.message}", file=sys.stdout)

    run_ingest(db, paths, actor="cli", jobs=jobs or None, on_outcome=show)
    bar.close()
    typer.echo(
        f"{counts['ingested']} ingested, {counts['present']} already present, {counts['failed']} failed ({total} files)"
    )
    if counts["failed"]:
        raise typer.Exit(1)


def _plain(snippet_html: str) -> str:
    return html.unescape(re.sub(r"</?mark>", "*", snippet_html))


@app.command()
def search(
    query: str = typer.Argument(..., help='Words, "phrases", AND / OR / NOT, prefix*.'),
    filters: list[str] = typer.Option(
        [],
        "--filter",
        "-f",
        help="VARIABLE=VALUE (review_type, partnership, year, or a codebook variable); repeatable.",
    ),
    limit: int = typer.Option(10, "--limit", "-n", help="How many reviews to show."),
    as_json: bool = typer.Option(False, "--json", help="JSON: total, results with snippets and pages, facets."),
) -> None:
    """Search the full text of every review."""
    from caselearn.store.reviews import parse_filters, search_reviews

    with open_db().session() as session:
        found = search_reviews(session, SYSTEM, query, parse_filters(filters), limit=limit)
        data = found.to_json()
    if as_json:
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    typer.echo(f"{data['total']} review{'s' if data['total'] != 1 else ''} found")
    for result in data["results"]:
        typer.echo(f"\n[{result['review_id']}] {result['title']}  (score {result['score']:.3g})")
        for snippet in result["snippets"]:
            typer.echo(f"    p. {snippet['page']}: {_plain(snippet['text'])}")
    for name, counts in data["facets"].items():
        shown = ", ".join(f"{value} {n}" for value, n in list(counts.items())[:8])
        typer.echo(f"\n{name}: {shown}")


@app.command()
def reviews(as_json: bool = typer.Option(False, "--json", help="JSON list.")) -> None:
    """List the reviews stored in the repository."""
    from caselearn.store.reviews import list_reviews

    with open_db().session() as session:
        rows = list_reviews(session, SYSTEM)
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for row in rows:
        flags = (" [confidential]" if row["confidential"] else "") + (" [OCR]" if row["ocr"] else "")
        typer.echo(
            f"{row['review_id']:>5}  {row['year'] or '----'}  {row['review_type']:<15} {row['title']}"
            f" · {row['partnership'] or 'partnership not known'}{flags}"
        )
    typer.echo(f"{len(rows)} review{'s' if len(rows) != 1 else ''}")
