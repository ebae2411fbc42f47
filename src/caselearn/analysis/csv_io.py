"""The coded-dataset CSV of CODEBOOK.md: read (validated whole), write, and import into the store.

One row per child; columns ``review_id`` then codebook variable ids; review and
case values repeat on each child row of the same review; set values joined with
``;``; blank cells mean not known. A file with an unknown column or value is
rejected whole with the row and column named (rows are numbered as a
spreadsheet shows them: the header is row 1).
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import IO, Any

import numpy as np
import pandas as pd
from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from caselearn.auth.users import get_or_create_partnership
from caselearn.codebook import NOT_KNOWN, Variable
from caselearn.codebook import load as load_codebook
from caselearn.errors import Conflict, InvalidInput
from caselearn.store.codes import write_codes_bulk
from caselearn.store.models import AuditEntry, Child, Review

from .dataset import PRIVATE, REVIEW_ID, categories, empty_value, typed_column

_INT = re.compile(r"\s*\d+\s*")


class DatasetError(InvalidInput):
    """A coded-dataset file that cannot be used; the message names the row and column."""


def _cell_error(row: int, column: str, message: str) -> DatasetError:
    return DatasetError(f"row {row}, column {column}: {message}")


def read_csv(source: str | Path | IO[str] | bytes) -> pd.DataFrame:
    """Read and validate a coded-dataset CSV into the analysis frame, or raise
    ``DatasetError`` naming the first bad row and column. Nothing is half-read."""
    book = load_codebook()
    if isinstance(source, bytes):
        source = io.StringIO(source.decode("utf-8-sig"))
    elif isinstance(source, (str, Path)):
        path = Path(source)
        if not path.is_file():
            raise InvalidInput(f"no such file: {path}")
        source = io.StringIO(path.read_text(encoding="utf-8-sig"))
    try:
        raw = pd.read_csv(source, dtype=str, keep_default_na=False, na_filter=False, skip_blank_lines=True)
    except (pd.errors.ParserError, UnicodeDecodeError) as exc:
        raise DatasetError(f"not a readable CSV file: {str(exc).splitlines()[0]}") from None
    except pd.errors.EmptyDataError:
        raise DatasetError("the file is empty") from None
    header = [str(c) for c in raw.columns]
    if raw.empty:
        raise DatasetError("the file has a header but no rows")
    if not header or header[0].strip() != REVIEW_ID:
        raise _cell_error(1, header[0] if header else "1", f"the first column must be {REVIEW_ID}")
    seen: set[str] = set()
    for name in header:
        if re.fullmatch(r".+\.\d+", name) and name.rsplit(".", 1)[0] in seen:
            raise _cell_error(1, name.rsplit(".", 1)[0], "the column appears twice")
        if name != REVIEW_ID and name not in book:
            raise _cell_error(1, name, "unknown column (not a codebook variable)")
        seen.add(name)
    raw = raw.apply(lambda col: col.str.strip())
    rows = np.arange(len(raw)) + 2
    ids = raw[REVIEW_ID]
    if (bad := np.flatnonzero(ids.to_numpy() == "")).size:
        raise _cell_error(int(rows[bad[0]]), REVIEW_ID, "every row needs a review_id")
    columns: dict[str, pd.Series] = {REVIEW_ID: ids.astype(object).reset_index(drop=True)}
    for var in book.variables:
        if var.id not in raw:
            columns[var.id] = typed_column(var, [empty_value(var)] * len(raw))
            continue
        columns[var.id] = _validated(var, raw[var.id], rows)
    frame = pd.DataFrame(columns)
    _check_repeated_values(frame, book, rows)
    for name in PRIVATE:
        frame[name] = None
    frame["_row"] = rows
    frame["_ordinal"] = frame.groupby(REVIEW_ID, sort=False).cumcount() + 1
    return frame


def _validated(var: Variable, col: pd.Series, rows: np.ndarray) -> pd.Series:
    values = col.to_numpy(dtype=object)
    blank = values == ""
    if var.type in ("enum", "flag"):
        ok = blank | np.isin(values, list(var.values))
        _first_bad(var, values, ok, rows, lambda v: f"{v!r} is not a value of {var.id} ({', '.join(var.values)})")
        return pd.Series(pd.Categorical(np.where(blank, NOT_KNOWN, values), categories=categories(var)))
    if var.type == "int":
        is_int = col.str.fullmatch(_INT).to_numpy(dtype=bool)
        ok = blank | (values == NOT_KNOWN) | is_int
        _first_bad(var, values, ok, rows, lambda v: f"{v!r} is not a whole number for {var.id}")
        numbers = pd.to_numeric(col.where(is_int, None), errors="coerce")
        return numbers.astype("Int64").reset_index(drop=True)
    if var.type == "set":
        allowed = set(var.values)
        order = {v: i for i, v in enumerate(var.values)}
        out = []
        for i, value in enumerate(values):
            items = [x.strip() for x in value.split(";") if x.strip()]
            for item in items:
                if item not in allowed:
                    raise _cell_error(int(rows[i]), var.id, f"{item!r} is not a value of {var.id}")
            out.append(";".join(sorted(set(items), key=order.__getitem__)))
        return pd.Series(out, dtype=object)
    return pd.Series(np.where(blank, NOT_KNOWN, values), dtype=object)


def _first_bad(var: Variable, values: np.ndarray, ok: np.ndarray, rows: np.ndarray, message) -> None:
    bad = np.flatnonzero(~ok)
    if bad.size:
        raise _cell_error(int(rows[bad[0]]), var.id, message(values[bad[0]]))


def _check_repeated_values(frame: pd.DataFrame, book, rows: np.ndarray) -> None:
    """Review and case values must be the same on every child row of a review."""
    shared = [v.id for v in book.variables if v.level != "child"]
    if frame.empty:
        return
    first_pos = frame.groupby(REVIEW_ID, sort=False).cumcount() == 0
    firsts = frame[first_pos.to_numpy()].set_index(REVIEW_ID)
    for vid in shared:
        expected = _text(firsts[vid]).reindex(frame[REVIEW_ID]).to_numpy(dtype=object)
        actual = _text(frame[vid]).to_numpy(dtype=object)
        differs = expected != actual
        if (bad := np.flatnonzero(differs)).size:
            review = frame[REVIEW_ID].iat[bad[0]]
            raise _cell_error(
                int(rows[bad[0]]), vid, f"differs from the first row of review {review!r} (a {book[vid].level} value)"
            )


def _text(series: pd.Series) -> pd.Series:
    return series.astype("string").fillna("")


def _cell_text(var: Variable, value: Any) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value)):
        return ""
    text = str(value)
    return "" if text == NOT_KNOWN else text


def write_csv(frame: pd.DataFrame, out: IO[str]) -> int:
    """Write the frame as the coded-dataset CSV; returns the number of child rows."""
    book = load_codebook()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([REVIEW_ID, *book.ids])
    columns = [frame[REVIEW_ID].astype(object).to_numpy()]
    columns += [frame[v.id].astype(object).to_numpy() for v in book.variables]
    for i in range(len(frame)):
        writer.writerow([columns[0][i], *(_cell_text(v, columns[j + 1][i]) for j, v in enumerate(book.variables))])
    return len(frame)


def to_csv_text(frame: pd.DataFrame) -> str:
    buffer = io.StringIO()
    write_csv(frame, buffer)
    return buffer.getvalue()


def _stored_value(var: Variable, value: Any) -> Any | None:
    """The JSON value of a code, or None when the cell is not known (nothing stored)."""
    if var.type == "set":
        return value.split(";") if value else None
    if var.type == "int":
        return None if value is pd.NA or pd.isna(value) else int(value)
    return None if value == NOT_KNOWN else str(value)


def import_frame(session: Session, actor: str, frame: pd.DataFrame, *, origin: str) -> dict[str, int]:
    """Store the dataset's reviews, children and accepted codes in the caller's transaction.

    Every code gets its own audit row (as ``store.codes.write_code`` writes it);
    the rows go in by bulk insert so that large files import in seconds. Values
    were validated by ``read_csv``; reviews already in the store are refused.
    Cells that are not known store no code.
    """
    book = load_codebook()
    review_ids = list(dict.fromkeys(frame[REVIEW_ID].tolist()))
    existing = session.scalars(select(Review.external_id).where(Review.external_id.in_(review_ids[:30000])))
    for chunk_start in range(30000, len(review_ids), 30000):
        chunk = review_ids[chunk_start : chunk_start + 30000]
        existing = [*existing, *session.scalars(select(Review.external_id).where(Review.external_id.in_(chunk)))]
    if clash := sorted(existing):
        raise Conflict(f"review {clash[0]!r} is already in the store ({len(clash)} of this file's reviews are)")
    firsts = frame.drop_duplicates(REVIEW_ID).set_index(REVIEW_ID)
    partnership_ids: dict[str, int] = {}
    for name in firsts["partnership"].unique() if "partnership" in firsts else []:
        if name and name != NOT_KNOWN:
            partnership_ids[name] = get_or_create_partnership(session, actor, name).id
    review_rows = []
    for rid in review_ids:
        row = firsts.loc[rid]
        review_rows.append(
            {
                "external_id": rid,
                "title": f"Review {rid}",
                "review_type": str(row["review_type"]),
                "partnership_id": partnership_ids.get(row["partnership"]),
                "confidential": False,
            }
        )
    made = session.scalars(insert(Review).returning(Review.id, sort_by_parameter_order=True), review_rows)
    review_pk = dict(zip(review_ids, made, strict=True))
    audits: list[dict[str, Any]] = [
        {"actor": actor, "action": "create", "entity": "review", "entity_id": str(review_pk[rid]),
         "detail": {"external_id": rid, "origin": origin}}
        for rid in review_ids
    ]  # fmt: skip
    child_rows = [
        {"review_id": review_pk[rid], "ordinal": int(o), "alias": str(a)}
        for rid, o, a in zip(frame[REVIEW_ID], frame["_ordinal"], frame["alias"], strict=True)
    ]
    child_pks = list(session.scalars(insert(Child).returning(Child.id, sort_by_parameter_order=True), child_rows))
    codes: list[dict[str, Any]] = []
    row_review_pk = [review_pk[rid] for rid in frame[REVIEW_ID]]
    first_rows = ~frame.duplicated(REVIEW_ID).to_numpy()
    for var in book.variables:
        column = frame[var.id].astype(object).to_numpy()
        for i in range(len(frame)):
            if var.level != "child" and not first_rows[i]:
                continue
            value = _stored_value(var, column[i])
            if value is None:
                continue
            codes.append(
                {
                    "review_id": row_review_pk[i],
                    "child_id": child_pks[i] if var.level == "child" else None,
                    "level": var.level,
                    "variable": var.id,
                    "value": value,
                    "confidence": 1.0,
                    "evidence": [],
                    "origin": origin,
                    "status": "accepted",
                }
            )
    write_codes_bulk(session, actor, codes)
    audits.append(
        {"actor": actor, "action": "import", "entity": "dataset", "entity_id": None,
         "detail": {"origin": origin, "reviews": len(review_ids), "children": len(child_pks), "codes": len(codes)}}
    )  # fmt: skip
    session.execute(insert(AuditEntry), audits)
    return {"reviews": len(review_ids), "children": len(child_pks), "codes": len(codes)}
