"""The analysis dashboard: choose a table, its variables, filters and grouping; every
cell links to the children or reviews counted in it, with the evidence behind each."""

from __future__ import annotations

import pandas as pd
from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from sqlalchemy.orm import Session

from caselearn.analysis import charts
from caselearn.analysis.render import display_count, display_percent
from caselearn.analysis.service import FILTER_VARIABLES, cell_members, frame_for, query_string, spec_from_params
from caselearn.analysis.tables import ALL, KINDS, compute
from caselearn.auth.principal import Principal
from caselearn.codebook import NOT_KNOWN
from caselearn.codebook import load as load_codebook
from caselearn.errors import InvalidInput, UserError
from caselearn.web.security import db_session, require
from caselearn.web.templating import add_nav, render

router = APIRouter(include_in_schema=False)
add_nav(40, "Analysis", "/analysis", "analysis.read")


def _grid(table, spec):
    """Rows x columns of display cells, each with its link (None when suppressed or empty)."""
    cells = table.cells
    rows = list(dict.fromkeys(cells["row"]))
    columns = list(dict.fromkeys(cells["column"]))
    by_key = {(c["row"], c["column"]): c for _, c in cells.iterrows()}
    grid = []
    for row in rows:
        line = []
        for column in columns:
            cell = by_key.get((row, column))
            if cell is None:
                line.append(None)
                continue
            suppressed = bool(cell["suppressed"])
            count = None if suppressed else int(cell["count"])
            if int(cell["denominator"]) == 0:  # no unit in scope (e.g. outside an age restriction)
                line.append({"count": "–", "percent": None, "suppressed": False, "link": None, "ci": None,
                             "per_year": None, "denominator": 0})  # fmt: skip
                continue
            ci = (cell.get("ci_low"), cell.get("ci_high")) if spec.ci and not suppressed else None
            line.append(
                {
                    "count": display_count(table, cell),
                    "percent": display_percent(cell),
                    "denominator": int(cell["denominator"]),
                    "suppressed": suppressed,
                    "ci": ci if ci and not any(pd.isna(x) for x in ci) else None,
                    "per_year": cell.get("per_year") if spec.kind == "trend" and not suppressed else None,
                    "link": f"/analysis/cell?{query_string(spec, row=row, column=column)}" if count else None,
                }
            )
        grid.append((row, line))
    return columns, grid


@router.get("/analysis")
def dashboard(
    request: Request, principal: Principal = Depends(require("analysis.read")), session: Session = Depends(db_session)
):
    book = load_codebook()
    error = None
    table = spec = None
    try:
        spec = spec_from_params(request.query_params.multi_items())
    except UserError as exc:
        error = str(exc)
    frame = frame_for(session, principal, spec is not None and spec.filters.provisional)
    if spec is not None:
        try:
            table = compute(frame, spec)
        except UserError as exc:
            error = str(exc)
    columns, grid = _grid(table, spec) if table is not None else ([], [])
    partnerships = sorted(v for v in frame["partnership"].astype(object).unique() if v != NOT_KNOWN)
    chosen = {k: request.query_params.getlist(k) for k in ("var", *FILTER_VARIABLES)}
    return render(
        request,
        "analysis_dashboard.html",
        {
            "book": book,
            "kinds": KINDS,
            "spec": spec,
            "table": table,
            "columns": columns,
            "grid": grid,
            "all_column": ALL,
            "error": error,
            "q": request.query_params,
            "chosen": chosen,
            "filter_values": {
                "review_type": book["review_type"].values,
                "outcome": book["outcome"].values,
                "partnership": partnerships,
            },
            "units_total": len(frame),
            "query": query_string(spec) if spec else "",
        },
        status_code=200 if error is None else 400,
    )


@router.get("/analysis/cell")
def cell_page(
    request: Request, principal: Principal = Depends(require("analysis.read")), session: Session = Depends(db_session)
):
    spec = spec_from_params(request.query_params.multi_items())
    row = request.query_params.get("row") or ""
    column = request.query_params.get("column") or ALL
    if not row:
        raise InvalidInput("name a cell: row and column")
    units, total = cell_members(session, principal, spec, row, column)
    return render(
        request,
        "analysis_cell.html",
        {"spec": spec, "row": row, "column": column, "units": units, "total": total, "query": query_string(spec)},
    )


@router.get("/analysis/chart.svg")
def chart_svg(
    request: Request, principal: Principal = Depends(require("analysis.read")), session: Session = Depends(db_session)
):
    spec = spec_from_params(request.query_params.multi_items())
    table = compute(frame_for(session, principal, spec.filters.provisional), spec)
    return Response(charts.chart(table, "svg"), media_type="image/svg+xml")
