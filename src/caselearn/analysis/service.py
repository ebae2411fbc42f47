"""What the web pages, the API and the CLI share: a table spec from request
parameters, the frame a principal may see, and the units behind one cell with
the evidence of the codes that put them there."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

import pandas as pd
from sqlalchemy import select
from sqlalchemy.orm import Session

from caselearn.auth.principal import Principal
from caselearn.codebook import load as load_codebook
from caselearn.errors import InvalidInput
from caselearn.store.models import Code

from .dataset import ACCEPTED_LAST, Filters, from_store, parse_where, parse_years, statuses_for
from .denominators import parse_policy, parse_unit
from .tables import TableSpec, cell_variables, members, parse_periods

# The dashboard's ready-made filters (any variable can be filtered with where=VAR=VALUE).
FILTER_VARIABLES = ("review_type", "partnership", "outcome")
for _vid in FILTER_VARIABLES:
    if _vid not in load_codebook():
        raise RuntimeError(f"the codebook has no {_vid} variable, which the dashboard filters on")

SPEC_KEYS = ("kind", "var", "by", "unit", "denominator", "suppress", "ci", "periods", "year_from", "year_to",
             "year_var", "where", "provisional", *FILTER_VARIABLES)  # fmt: skip
MAX_MEMBERS = 200


def _int(value: str | None, name: str, default: int = 0) -> int:
    if value in (None, ""):
        return default
    try:
        return int(value)
    except ValueError:
        raise InvalidInput(f"{name} must be a whole number, not {value!r}") from None


def spec_from_params(items: Iterable[tuple[str, str]]) -> TableSpec:
    """A table spec from query parameters (repeatable: var, where and the filter variables)."""
    params: dict[str, list[str]] = {}
    for key, value in items:
        if key in SPEC_KEYS and value != "":
            params.setdefault(key, []).append(value)

    def one(key: str, default: str | None = None) -> str | None:
        return params.get(key, [default])[-1]

    where_items = list(params.get("where", []))
    for vid in FILTER_VARIABLES:
        if params.get(vid):
            where_items.append(f"{vid}={','.join(params[vid])}")
    low, high = one("year_from"), one("year_to")
    years = parse_years(f"{low or ''}-{high or ''}") if (low or high) else (None, None)
    kind = one("kind", "counts")
    variables = tuple(params.get("var", []))
    if not variables and kind in ("counts", "crosstab", "trend"):
        variables = ("age_band",) if kind != "trend" else ("outcome",)
    return TableSpec(
        kind=kind,
        variables=variables,
        by=one("by"),
        unit=parse_unit(one("unit", "child")),
        policy=parse_policy(one("denominator", "all")),
        suppress=_int(one("suppress"), "suppress"),
        ci=one("ci") in ("1", "true", "on"),
        periods=parse_periods(one("periods")),
        filters=Filters(
            year_var=one("year_var", "incident_year"),
            years=years,
            where=parse_where(where_items),
            provisional=one("provisional") in ("1", "true", "on"),
        ),
    ).checked()


def spec_params(spec: TableSpec) -> list[tuple[str, str]]:
    """The query parameters that give this spec back (for links to cells and downloads)."""
    out: list[tuple[str, str]] = [("kind", spec.kind)]
    if spec.kind != "prevalence" or len(spec.variables) != len(load_codebook().flags()):
        out += [("var", v) for v in spec.variables]
    if spec.by:
        out.append(("by", spec.by))
    out += [("unit", spec.unit.value), ("denominator", spec.policy.value)]
    if spec.suppress:
        out.append(("suppress", str(spec.suppress)))
    if spec.ci:
        out.append(("ci", "1"))
    if spec.periods:
        out.append(("periods", ",".join(f"{a}-{b}" for a, b in spec.periods)))
    low, high = spec.filters.years
    if low is not None:
        out.append(("year_from", str(low)))
    if high is not None:
        out.append(("year_to", str(high)))
    if spec.filters.year_var != "incident_year":
        out.append(("year_var", spec.filters.year_var))
    out += [("where", f"{k}={','.join(v)}") for k, v in sorted(spec.filters.where.items())]
    if spec.filters.provisional:
        out.append(("provisional", "1"))
    return out


def query_string(spec: TableSpec, **extra: str) -> str:
    return urlencode([*spec_params(spec), *extra.items()])


def frame_for(session: Session, principal: Principal, provisional: bool = False) -> pd.DataFrame:
    """The analysis frame of the reviews this principal may see: accepted codes, and with
    ``provisional`` also the unverified suggestions."""
    return from_store(session, principal, statuses=statuses_for(provisional))


@dataclass
class Unit:
    review_pk: int | None
    review_id: str
    title: str
    child_pk: int | None
    alias: str
    codes: list[dict[str, Any]] = field(default_factory=list)


def cell_members(
    session: Session, principal: Principal, spec: TableSpec, row: str, column: str
) -> tuple[list[Unit], int]:
    """The units counted in a cell, with the evidence of the codes that put each
    there (at most MAX_MEMBERS of them, and how many there are in all)."""
    frame = frame_for(session, principal, spec.filters.provisional)
    found = members(frame, spec, row, column)
    total = len(found)
    found = found.head(MAX_MEMBERS)
    variables = cell_variables(spec, row)
    book = load_codebook()
    review_pks = [int(x) for x in found["_review_pk"].dropna().unique()]
    by_review: dict[int, list[Code]] = {}
    if review_pks:
        codes = session.scalars(
            select(Code)
            .where(
                Code.review_id.in_(review_pks),
                Code.variable.in_(variables),
                Code.status.in_(statuses_for(spec.filters.provisional)),
            )
            .order_by(ACCEPTED_LAST, Code.id)
        )
        for code in codes:
            by_review.setdefault(code.review_id, []).append(code)
    out = []
    for _, unit in found.iterrows():
        review_pk = None if pd.isna(unit["_review_pk"]) else int(unit["_review_pk"])
        child_pk = None if unit["_child_pk"] is None or pd.isna(unit["_child_pk"]) else int(unit["_child_pk"])
        item = Unit(
            review_pk=review_pk,
            review_id=str(unit["review_id"]),
            title=str(unit["_title"] or unit["review_id"]),
            child_pk=child_pk,
            alias=str(unit["alias"]) if spec.unit.value == "child" else "",
        )
        latest: dict[tuple[str, int | None], Code] = {}
        for code in by_review.get(review_pk, []) if review_pk is not None else []:
            if book[code.variable].level == "child" and child_pk is not None and code.child_id != child_pk:
                continue
            latest[(code.variable, code.child_id)] = code
        for vid in variables:
            hits = [c for (v, _), c in latest.items() if v == vid]
            if hits:
                for code in hits:
                    item.codes.append(
                        {"variable": vid, "value": code.value, "origin": code.origin, "coder": code.coder,
                         "evidence": [{"start": e.get("start"), "end": e.get("end"), "text": e.get("text", "")}
                                      for e in (code.evidence or [])]}
                    )  # fmt: skip
            else:
                value = unit[vid]
                item.codes.append({"variable": vid, "value": None if pd.isna(value) else str(value), "origin": "",
                                   "coder": "", "evidence": []})  # fmt: skip
        out.append(item)
    return out, total
