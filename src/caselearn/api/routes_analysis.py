"""Analysis API: tables in the tidy format, and the units behind a cell with their evidence."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, File, Query, Request, UploadFile
from fastapi.responses import Response
from sqlalchemy.orm import Session

from caselearn.analysis.csv_io import import_frame, read_csv
from caselearn.analysis.render import Format, parse_format, records, render
from caselearn.analysis.service import cell_members, frame_for, spec_from_params
from caselearn.analysis.tables import ALL, compute
from caselearn.auth.principal import Principal
from caselearn.errors import InvalidInput
from caselearn.web.security import db_session, require

router = APIRouter(prefix="/api/analysis", tags=["analysis"])

_MEDIA = {
    Format.csv: "text/csv; charset=utf-8",
    Format.md: "text/markdown; charset=utf-8",
    Format.xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}

_DOC = (
    "Parameters: kind (counts, prevalence, crosstab, overlap, cumulative, trend), var (repeat), by, "
    "unit (child|review), denominator (all|known), suppress (N), ci (1), periods (2014-2017,2017-2019), "
    "year_from, year_to, year_var, where (VAR=VALUE[,VALUE], repeat), review_type, partnership, outcome."
)


@router.get("/table", description=_DOC)
def table(
    request: Request,
    format: str = Query("json", description="json, csv, md or xlsx"),
    principal: Principal = Depends(require("analysis.read")),
    session: Session = Depends(db_session),
) -> Any:
    spec = spec_from_params(request.query_params.multi_items())
    fmt = parse_format(format)
    result = compute(frame_for(session, principal, spec.filters.provisional), spec)
    if fmt is Format.json:
        return {"table": spec.name, "unit": spec.unit.value, "denominator": spec.policy.value,
                "suppress": spec.suppress, "filters": spec.filters.describe(), "rows": records(result)}  # fmt: skip
    body = render(result, fmt)
    headers = {"Content-Disposition": 'attachment; filename="table.xlsx"'} if fmt is Format.xlsx else {}
    return Response(body, media_type=_MEDIA[fmt], headers=headers)


@router.get("/cell", description="The units counted in one cell (row, column) of a table. " + _DOC)
def cell(
    request: Request,
    row: str = Query("", description="the cell's row"),
    column: str = Query(ALL, description="the cell's column"),
    principal: Principal = Depends(require("analysis.read")),
    session: Session = Depends(db_session),
) -> dict[str, Any]:
    spec = spec_from_params(request.query_params.multi_items())
    if not row:
        raise InvalidInput("name a cell: row and column")
    units, total = cell_members(session, principal, spec, row, column)
    return {
        "table": spec.name,
        "row": row,
        "column": column,
        "unit": spec.unit.value,
        "total": total,
        "members": [
            {"review_id": u.review_id, "title": u.title, "child": u.alias or None, "codes": u.codes} for u in units
        ],
    }


@router.post("/import", status_code=201)
def import_dataset(
    file: UploadFile = File(..., description="A coded-dataset CSV (CODEBOOK.md)"),
    principal: Principal = Depends(require("codes.write")),
    session: Session = Depends(db_session),
) -> dict[str, Any]:
    """Import a coded dataset as accepted codes, all or nothing; each code is audited."""
    frame = read_csv(file.file.read())
    with session.begin():
        done = import_frame(session, principal.username, frame, origin=f"import:{file.filename or 'upload.csv'}")
    return done
