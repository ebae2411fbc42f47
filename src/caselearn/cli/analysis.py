"""Analysis commands: import-codes, export-codes, table, chart."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import typer

from caselearn.analysis import csv_io
from caselearn.analysis.dataset import Filters, from_store, parse_where, parse_years, statuses_for
from caselearn.analysis.denominators import parse_policy, parse_unit
from caselearn.analysis.render import Format, parse_format, render
from caselearn.analysis.tables import TableSpec, compute, parse_periods
from caselearn.auth.principal import SYSTEM
from caselearn.cli.app import app, open_db
from caselearn.errors import InvalidInput


@app.command("import-codes")
def import_codes(
    file: Path = typer.Argument(..., help="A coded-dataset CSV (CODEBOOK.md): one row per child."),
    coder: str = typer.Option("cli", "--coder", help="Who the imported codes are recorded as coded by."),
) -> None:
    """Import a coded dataset: its reviews, children and accepted codes, all or nothing."""
    started = time.perf_counter()
    frame = csv_io.read_csv(file)
    with open_db().transaction() as session:
        done = csv_io.import_frame(session, coder, frame, origin=f"import:{file.name}")
    typer.echo(
        f"imported {done['reviews']} reviews, {done['children']} children, {done['codes']} accepted codes "
        f"from {file.name} in {time.perf_counter() - started:.1f}s"
    )


@app.command("export-codes")
def export_codes(
    out: Path = typer.Option(None, "--out", help="File to write (default: standard output)."),
) -> None:
    """Write the accepted codes of every review as the coded-dataset CSV."""
    with open_db().session() as session:
        frame = from_store(session, SYSTEM)
    text = csv_io.to_csv_text(frame)
    if out is None:
        sys.stdout.write(text)
    else:
        out.write_text(text, encoding="utf-8")
        typer.echo(f"wrote {len(frame)} rows to {out}", err=True)


def load_frame(data: Path | None, provisional: bool = False):
    if data is not None:
        if provisional:
            raise InvalidInput("--provisional applies to the store's codes, not to --data")
        return csv_io.read_csv(data)
    with open_db().session() as session:
        return from_store(session, SYSTEM, statuses=statuses_for(provisional))


def build_spec(
    kind: str,
    variables: list[str],
    by: str | None,
    unit: str,
    denominator: str,
    suppress: int,
    ci: bool,
    periods: str | None,
    where: list[str],
    years: str | None,
    year_var: str,
) -> TableSpec:
    return TableSpec(
        kind=kind,
        variables=tuple(variables),
        by=by,
        unit=parse_unit(unit),
        policy=parse_policy(denominator),
        suppress=suppress,
        ci=ci,
        periods=parse_periods(periods),
        filters=Filters(year_var=year_var, years=parse_years(years), where=parse_where(where)),
    ).checked()


_KIND = typer.Argument(..., help="counts, prevalence, crosstab, overlap, cumulative or trend.")
_VARS = typer.Argument(None, help="The variables or flags of the table.")
_BY = typer.Option(None, "--by", help="Group by this variable (crosstab; also counts and prevalence).")
_UNIT = typer.Option("child", "--unit", help="Count children or reviews.")
_DEN = typer.Option("all", "--denominator", help="all (every unit) or known (units where the value is known).")
_SUP = typer.Option(0, "--suppress", help="Show cells under N as <N, with secondary suppression.")
_CI = typer.Option(False, "--ci", help="Add Wilson 95% intervals (ci_low, ci_high).")
_PERIODS = typer.Option(None, "--periods", help="For trend: 2014-2017,2017-2019 (half-open, unequal lengths).")
_WHERE = typer.Option([], "--where", help="Filter VAR=VALUE[,VALUE]; repeatable.")
_YEARS = typer.Option(None, "--years", help="Only these years of --year-var, e.g. 2014-2017 (inclusive).")
_YEAR_VAR = typer.Option("incident_year", "--year-var", help="The year variable for --years and trends.")
_DATA = typer.Option(None, "--data", help="Analyse this coded-dataset CSV instead of the store.")
_PROVISIONAL = typer.Option(
    False, "--provisional", help="Also count unverified suggested codes (a provisional picture)."
)


@app.command()
def table(
    kind: str = _KIND,
    variables: list[str] = _VARS,
    by: str = _BY,
    unit: str = _UNIT,
    denominator: str = _DEN,
    suppress: int = _SUP,
    ci: bool = _CI,
    periods: str = _PERIODS,
    where: list[str] = _WHERE,
    years: str = _YEARS,
    year_var: str = _YEAR_VAR,
    data: Path = _DATA,
    provisional: bool = _PROVISIONAL,
    fmt: str = typer.Option("csv", "--format", help="csv, json, md or xlsx."),
    out: Path = typer.Option(None, "--out", help="File to write (default: standard output)."),
) -> None:
    """A national-analysis table in the tidy format (table,row,column,count,denominator,percent)."""
    spec = build_spec(kind, variables or [], by, unit, denominator, suppress, ci, periods, where, years, year_var)
    output_format = parse_format(fmt)
    result = render(compute(load_frame(data, provisional), spec), output_format)
    if out is not None:
        if isinstance(result, bytes):
            out.write_bytes(result)
        else:
            out.write_text(result, encoding="utf-8")
    elif isinstance(result, bytes):
        if sys.stdout.isatty():
            raise InvalidInput("xlsx is binary: give --out FILE.xlsx")
        sys.stdout.buffer.write(result)
    else:
        sys.stdout.write(result)
    if output_format is Format.xlsx and out is not None:
        typer.echo(f"wrote {out}", err=True)


@app.command()
def chart(
    kind: str = _KIND,
    variables: list[str] = _VARS,
    out: Path = typer.Option(..., "--out", help="The image to write: .png or .svg."),
    by: str = _BY,
    unit: str = _UNIT,
    denominator: str = _DEN,
    suppress: int = _SUP,
    periods: str = _PERIODS,
    where: list[str] = _WHERE,
    years: str = _YEARS,
    year_var: str = _YEAR_VAR,
    data: Path = _DATA,
    provisional: bool = _PROVISIONAL,
) -> None:
    """A chart of a table: bars; a Venn diagram (overlap of 2-3 flags); an UpSet plot
    (overlap of more); lines (trend)."""
    from caselearn.analysis import charts

    spec = build_spec(kind, variables or [], by, unit, denominator, suppress, False, periods, where, years, year_var)
    image_format = charts.format_of(out)
    out.write_bytes(charts.chart(compute(load_frame(data, provisional), spec), image_format))
    typer.echo(f"wrote {out}", err=True)
