"""Writing a table: csv, json, md or xlsx of the tidy format."""

from __future__ import annotations

import io
import json
import math
from enum import StrEnum

import pandas as pd

from caselearn.errors import InvalidInput

from .tables import Table


class Format(StrEnum):
    csv = "csv"
    json = "json"
    md = "md"
    xlsx = "xlsx"


def parse_format(value: str) -> Format:
    try:
        return Format(value)
    except ValueError:
        raise InvalidInput(f"--format must be csv, json, md or xlsx, not {value!r}") from None


def _number(value) -> object:
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, float) and value.is_integer() and not isinstance(value, bool):
        return value
    return value.item() if hasattr(value, "item") else value


def records(table: Table) -> list[dict]:
    """The tidy rows as plain dicts (None for empty: suppressed counts, percentages over nobody)."""
    tidy = table.tidy()
    return [{k: _number(v) for k, v in row.items()} for row in tidy.to_dict(orient="records")]


def display_count(table: Table, row: pd.Series) -> str:
    if bool(row["suppressed"]):
        return f"<{table.spec.suppress}"
    return str(int(row["count"]))


def display_percent(row: pd.Series) -> str:
    value = row["percent"]
    return "–" if pd.isna(value) else f"{value:.1f}"


def to_csv(table: Table) -> str:
    buffer = io.StringIO()
    table.tidy().to_csv(buffer, index=False, lineterminator="\n", float_format="%.1f")
    return buffer.getvalue()


def to_json(table: Table) -> str:
    return json.dumps(records(table), indent=1)


def to_markdown(table: Table) -> str:
    tidy = table.tidy()
    header = list(tidy.columns)
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for (_, row), (_, full) in zip(tidy.iterrows(), table.cells.iterrows(), strict=True):
        out = []
        for name in header:
            if name == "count":
                out.append(display_count(table, full))
            elif name in ("percent", "per_year", "ci_low", "ci_high"):
                out.append("" if pd.isna(row[name]) else f"{row[name]:.1f}")
            else:
                out.append(str(row[name]))
        lines.append("| " + " | ".join(out) + " |")
    return "\n".join(lines) + "\n"


def to_xlsx(table: Table) -> bytes:
    tidy = table.tidy().copy()
    tidy["count"] = [
        display_count(table, full) if bool(full["suppressed"]) else int(full["count"])
        for _, full in table.cells.iterrows()
    ]
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        tidy.to_excel(writer, index=False, sheet_name="table")
        filters = table.spec.filters.describe()
        notes = pd.DataFrame(
            {
                "setting": ["table", "unit", "denominator", "suppression", "filters"],
                "value": [
                    table.spec.name,
                    table.spec.unit.value,
                    table.spec.policy.value,
                    f"cells under {table.spec.suppress} hidden" if table.spec.suppress > 1 else "none",
                    filters or "none",
                ],
            }
        )
        notes.to_excel(writer, index=False, sheet_name="about")
    return buffer.getvalue()


def render(table: Table, fmt: Format) -> str | bytes:
    if fmt is Format.csv:
        return to_csv(table)
    if fmt is Format.json:
        return to_json(table)
    if fmt is Format.md:
        return to_markdown(table)
    return to_xlsx(table)
