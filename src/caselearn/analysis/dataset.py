"""The tidy per-child frame every table is computed from.

One row per child; a column per codebook variable (review and case values
repeat on each child row of the same review, as in the coded-dataset CSV), and
a few private columns starting with ``_`` that link a row back to the store
(``_review_pk``, ``_child_pk``) or to its CSV row (``_row``).

Value columns: enum and flag variables are categoricals of the codebook's
values; int variables are nullable integers (missing = not known); text
variables are strings (``not_known`` when missing); set variables are their
values joined with ``;`` (empty = not known).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
from sqlalchemy import case, select
from sqlalchemy.orm import Session

from caselearn.auth.principal import Principal
from caselearn.codebook import NOT_KNOWN, Codebook, Variable
from caselearn.codebook import load as load_codebook
from caselearn.errors import InvalidInput
from caselearn.store.models import Child, Code, Partnership, Review
from caselearn.store.visibility import visible_reviews

from .denominators import AGE_BAND, Unit, highest_possible_age

REVIEW_ID = "review_id"
PRIVATE = ("_review_pk", "_child_pk", "_row", "_ordinal", "_title")


def empty_value(var: Variable) -> Any:
    if var.type == "set":
        return ""
    if var.type == "int":
        return pd.NA
    return NOT_KNOWN


def categories(var: Variable) -> list[str]:
    """An enum or flag's values, with ``not_known`` added where the codebook has none
    (a missing value is not known whatever the variable)."""
    values = list(var.values)
    return values if NOT_KNOWN in values else [*values, NOT_KNOWN]


def typed_column(var: Variable, values: Iterable[Any]) -> pd.Series:
    """A column in the frame's representation of this variable's type."""
    if var.type in ("enum", "flag"):
        return pd.Series(pd.Categorical(list(values), categories=categories(var)))
    if var.type == "int":
        return pd.Series(list(values), dtype="Int64")
    return pd.Series(list(values), dtype=object)


def frame_from_records(records: list[dict[str, Any]], book: Codebook | None = None) -> pd.DataFrame:
    """Build the frame from one dict per child (missing variables are not known)."""
    book = book or load_codebook()
    columns: dict[str, pd.Series] = {REVIEW_ID: pd.Series([r[REVIEW_ID] for r in records], dtype=object)}
    for var in book.variables:
        empty = empty_value(var)
        columns[var.id] = typed_column(var, (r.get(var.id, empty) for r in records))
    for name in PRIVATE:
        columns[name] = pd.Series([r.get(name) for r in records], dtype=object)
    return pd.DataFrame(columns)


def canonical(var: Variable, value: Any) -> Any:
    """A stored code value in the frame's representation."""
    if var.type == "set":
        return ";".join(value) if isinstance(value, list) else str(value or "")
    if var.type == "int":
        return pd.NA if value in (None, NOT_KNOWN) else int(value)
    return value


# sorts a suggestion before an accepted code, so the accepted one is applied last and wins
ACCEPTED_LAST = case((Code.status == "accepted", 1), else_=0)


def statuses_for(provisional: bool) -> tuple[str, ...]:
    """The code statuses a table counts: accepted only, or also unverified suggestions."""
    return ("accepted", "suggested") if provisional else ("accepted",)


def from_store(session: Session, principal: Principal, *, statuses: tuple[str, ...] = ("accepted",)) -> pd.DataFrame:
    """The frame of every review the principal may see, from its codes of the given statuses.

    When a variable has several codes, an accepted one wins over a suggestion, and
    the latest wins among equals. A review with codes but no children gives one row
    whose child variables are not known.
    """
    book = load_codebook()
    reviews = session.execute(
        select(Review.id, Review.external_id, Review.title, Partnership.name)
        .outerjoin(Partnership, Review.partnership_id == Partnership.id)
        .where(visible_reviews(principal))
    ).all()
    review_ids = [r[0] for r in reviews]
    if not review_ids:
        return frame_from_records([], book)
    children = session.execute(
        select(Child.id, Child.review_id, Child.ordinal, Child.alias)
        .where(Child.review_id.in_(review_ids))
        .order_by(Child.review_id, Child.ordinal)
    ).all()
    codes = session.execute(
        select(Code.review_id, Code.child_id, Code.variable, Code.value)
        .where(Code.status.in_(statuses), Code.review_id.in_(review_ids))
        .order_by(ACCEPTED_LAST, Code.id)
    ).all()
    review_values: dict[int, dict[str, Any]] = {rid: {} for rid in review_ids}
    child_values: dict[int, dict[str, Any]] = {c[0]: {} for c in children}
    for review_id, child_id, variable, value in codes:
        if variable not in book:
            continue  # a code of a newer codebook than this process knows
        var = book[variable]
        target = child_values.get(child_id) if var.level == "child" else review_values.get(review_id)
        if target is not None:
            target[variable] = canonical(var, value)
    by_review: dict[int, list] = {}
    for child in children:
        by_review.setdefault(child[1], []).append(child)
    records = []
    for review_id, external_id, title, partnership in reviews:
        shared = dict(review_values[review_id])
        shared.setdefault("partnership", partnership or NOT_KNOWN)
        base = {REVIEW_ID: external_id or f"caselearn-{review_id}", "_review_pk": review_id, "_title": title, **shared}
        kids = by_review.get(review_id) or [None]
        for kid in kids:
            record = dict(base)
            if kid is not None:
                record.update(_child_pk=kid[0], _ordinal=kid[2], alias=kid[3] or NOT_KNOWN)
                record.update(child_values[kid[0]])
            records.append(record)
    return frame_from_records(records, book)


@dataclass(frozen=True)
class Filters:
    """Which units a table is about: a year range and values of any variables."""

    year_var: str = "incident_year"
    years: tuple[int | None, int | None] = (None, None)
    where: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # also count unverified suggested codes (store only; a provisional picture)
    provisional: bool = False

    def describe(self) -> str:
        parts = ["including unverified suggested codes"] if self.provisional else []
        if self.years != (None, None):
            low, high = self.years
            parts.append(f"{self.year_var} {low or ''}-{high or ''}")
        parts += [f"{k}={','.join(v)}" for k, v in sorted(self.where.items())]
        return "; ".join(parts)


def parse_where(items: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """``VAR=VALUE[,VALUE]`` strings into a filter mapping, checked against the codebook."""
    book = load_codebook()
    where: dict[str, tuple[str, ...]] = {}
    for item in items:
        if "=" not in item:
            raise InvalidInput(f"filter {item!r} must look like VARIABLE=VALUE[,VALUE]")
        vid, _, raw = item.partition("=")
        vid = vid.strip()
        if vid not in book:
            raise InvalidInput(f"unknown variable {vid!r} in filter {item!r}")
        var = book[vid]
        values = tuple(v.strip() for v in raw.split(",") if v.strip())
        if not values:
            raise InvalidInput(f"filter {item!r} names no value")
        if var.type in ("enum", "flag", "set"):
            for value in values:
                if value not in var.values:
                    raise InvalidInput(f"{value!r} is not a value of {vid} ({', '.join(var.values)})")
        where[vid] = where.get(vid, ()) + values
    return where


def parse_years(text: str | None) -> tuple[int | None, int | None]:
    """``2014-2017`` (inclusive), ``2014-`` , ``-2017`` or ``2015``."""
    if not text:
        return (None, None)
    low, sep, high = text.partition("-")
    try:
        first = int(low) if low.strip() else None
        last = (int(high) if high.strip() else None) if sep else first
    except ValueError:
        raise InvalidInput(f"years must look like 2014-2017, not {text!r}") from None
    return (first, last)


def apply_filters(frame: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    book = load_codebook()
    mask = np.ones(len(frame), dtype=bool)
    low, high = filters.years
    if low is not None or high is not None:
        if filters.year_var not in book or book[filters.year_var].type != "int":
            raise InvalidInput(f"{filters.year_var!r} is not a year variable")
        years = pd.to_numeric(frame[filters.year_var], errors="coerce").to_numpy(dtype=float)
        inside = ~np.isnan(years)
        if low is not None:
            inside &= years >= low
        if high is not None:
            inside &= years <= high
        mask &= inside
    for vid, values in filters.where.items():
        var = book[vid]
        col = frame[vid]
        if var.type == "set":
            hit = np.zeros(len(frame), dtype=bool)
            for value in values:
                hit |= (";" + col.astype(str) + ";").str.contains(f";{value};", regex=False).to_numpy()
            mask &= hit
        elif var.type == "int":
            wanted = {int(v) for v in values if v.isdigit()}
            mask &= col.isin(wanted).fillna(False).to_numpy(dtype=bool)
        else:
            mask &= col.astype(object).isin(values).to_numpy()
    return frame[mask]


_FLAG_RANK = {"present": 2, "absent": 1}


def units(frame: pd.DataFrame, unit: Unit) -> pd.DataFrame:
    """The frame at the level a table counts: one row per child, or per review.

    Per review: review and case values are shared; a child flag is ``present``
    when any child has it, else ``absent`` when any child is recorded without
    it; a child enum takes the value of the review's first-named (index) child;
    an age restriction admits the review when its oldest child may be old enough.
    """
    frame = frame.copy()
    frame["_oldest"] = highest_possible_age(frame)
    if unit is Unit.child:
        # a stored review with codes but no children has a row, but no child to count
        childless = frame["_review_pk"].notna().to_numpy() & frame["_child_pk"].isna().to_numpy()
        return frame[~childless].reset_index(drop=True)
    book = load_codebook()
    ordered = frame.assign(_pos=np.arange(len(frame)))
    ordered = ordered.sort_values([REVIEW_ID, "_pos"], kind="stable")
    groups = ordered.groupby(REVIEW_ID, sort=False, observed=True)
    first = groups.head(1).set_index(REVIEW_ID)
    out = first.copy()
    review_key = ordered[REVIEW_ID].to_numpy()
    for var in book.flags("child"):
        col = ordered[var.id]
        ranks = np.zeros(len(col.cat.categories), dtype=np.int8)
        for value, rank in _FLAG_RANK.items():
            ranks[col.cat.categories.get_loc(value)] = rank
        rank = pd.Series(ranks[col.cat.codes.to_numpy()], index=col.index)
        best = rank.groupby(review_key, sort=False).max()
        labels = np.array([NOT_KNOWN, "absent", "present"], dtype=object)[best.reindex(out.index).to_numpy()]
        out[var.id] = pd.Categorical(labels, categories=categories(var))
    oldest = ordered["_oldest"].groupby(ordered[REVIEW_ID], sort=False)
    any_unknown = ordered["_oldest"].isna().groupby(ordered[REVIEW_ID], sort=False).any()
    out["_oldest"] = oldest.max().where(~any_unknown).reindex(out.index)
    out = out.reset_index()
    out["_child_pk"] = None
    return out.sort_values("_pos", kind="stable").drop(columns="_pos").reset_index(drop=True)


def age_band_values() -> tuple[str, ...]:
    return load_codebook()[AGE_BAND].values
