"""The table kinds of the national analyses, as tidy cells.

Every kind yields cells (row, column, numerator mask, denominator mask over the
units) and declares the additive groups that suppression must respect. The
same cell definitions serve the numbers and the drill-down to the units behind
a cell, so the two can never disagree.

Kinds (``variables`` means the positional arguments of ``caselearn table``):

- ``counts VAR``: the distribution of VAR (enum, flag, int, text or set).
- ``prevalence [FLAG ...]``: how many units have each flag present (all flags when none named).
- ``crosstab VAR --by VAR``: VAR's values by the values of the ``--by`` variable,
  column percentages, plus an ``all`` column. ``counts`` and ``prevalence``
  take ``--by`` too.
- ``overlap FLAG FLAG [FLAG ...]``: every region of the flags' Venn diagram,
  including ``none``.
- ``cumulative FLAG ...``: units by the number of the flags present.
- ``trend VAR --periods 2014-2017,2017-2019``: counts per period, the share of
  the period's units, and the count per year (periods are half-open: 2014-2017
  is the three years 2014, 2015 and 2016).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd

from caselearn.codebook import NOT_KNOWN, Variable
from caselearn.codebook import load as load_codebook
from caselearn.errors import InvalidInput, NotFound

from . import denominators as den
from .dataset import Filters, apply_filters, categories, units
from .denominators import Policy, Unit
from .intervals import wilson
from .suppression import Group, suppress

KINDS = ("counts", "prevalence", "crosstab", "overlap", "cumulative", "trend")
ALL = "all"
NONE = "none"
PRESENT = "present"
TIDY_COLUMNS = ["table", "row", "column", "count", "denominator", "percent"]
MAX_OVERLAP_FLAGS = 8


@dataclass(frozen=True)
class TableSpec:
    kind: str
    variables: tuple[str, ...] = ()
    by: str | None = None
    unit: Unit = Unit.child
    policy: Policy = Policy.all
    suppress: int = 0
    ci: bool = False
    periods: tuple[tuple[int, int], ...] = ()
    filters: Filters = field(default_factory=Filters)

    def checked(self) -> TableSpec:
        """This spec with its variables checked against the codebook (flags filled in
        for a bare ``prevalence``), or InvalidInput saying what is wrong."""
        book = load_codebook()
        if self.kind not in KINDS:
            raise InvalidInput(f"unknown table kind {self.kind!r} (one of {', '.join(KINDS)})")
        for vid in (*self.variables, *([self.by] if self.by else [])):
            if vid not in book:
                raise InvalidInput(f"unknown variable {vid!r}")
        if len(set(self.variables)) != len(self.variables):
            raise InvalidInput("a variable is named twice")
        if self.suppress < 0:
            raise InvalidInput("--suppress must be 0 or more")
        kind, variables = self.kind, self.variables
        if kind in ("counts", "crosstab", "trend") and len(variables) != 1:
            raise InvalidInput(f"{kind} takes one variable")
        if kind == "crosstab" and not self.by:
            raise InvalidInput("crosstab needs --by VARIABLE")
        if self.by and kind not in ("counts", "crosstab", "prevalence"):
            raise InvalidInput(f"{kind} takes no --by")
        if self.by and self.by in variables:
            raise InvalidInput("--by must be another variable")
        if self.by and book[self.by].type == "set":
            raise InvalidInput(f"--by {self.by}: a set variable cannot group a table (its values overlap)")
        if kind == "prevalence" and not variables:
            variables = tuple(v.id for v in book.flags())
        if kind in ("prevalence", "overlap", "cumulative"):
            for vid in variables:
                if book[vid].type != "flag":
                    raise InvalidInput(f"{vid} is not a flag ({kind} counts flags that are present)")
        if kind == "overlap" and not 2 <= len(variables) <= MAX_OVERLAP_FLAGS:
            raise InvalidInput(f"overlap takes 2 to {MAX_OVERLAP_FLAGS} flags")
        if kind == "cumulative" and not variables:
            raise InvalidInput("cumulative takes one or more flags")
        if kind == "trend":
            if not self.periods:
                raise InvalidInput("trend needs --periods, e.g. 2014-2017,2017-2019")
            year = self.filters.year_var
            if year not in book or book[year].type != "int":
                raise InvalidInput(f"{year!r} is not a year variable")
        return replace(self, variables=variables)

    @property
    def name(self) -> str:
        """The ``table`` column of the tidy output."""
        if self.kind == "prevalence":
            label = "prevalence"
        else:
            label = " ".join((self.kind, *self.variables))
        return f"{label} by {self.by}" if self.by else label


def parse_periods(text: str | None) -> tuple[tuple[int, int], ...]:
    """``2014-2017,2017-2019`` (half-open: 2014-2017 is 2014, 2015, 2016) or ``2020`` (one year)."""
    if not text:
        return ()
    periods = []
    for part in text.split(","):
        part = part.strip()
        try:
            if "-" in part:
                a, b = (int(x) for x in part.split("-", 1))
            else:
                a = int(part)
                b = a + 1
        except ValueError:
            raise InvalidInput(f"period {part!r} must look like 2014-2017") from None
        if b <= a:
            raise InvalidInput(f"period {part!r} ends before it starts")
        periods.append((a, b))
    return tuple(periods)


def period_label(period: tuple[int, int]) -> str:
    a, b = period
    return f"{a}-{b}"


@dataclass
class Cell:
    row: str
    column: str
    num: np.ndarray
    den: np.ndarray
    years: int | None = None


def _present(frame: pd.DataFrame, var: Variable) -> np.ndarray:
    col = frame[var.id]
    if isinstance(col.dtype, pd.CategoricalDtype):
        return col.cat.codes.to_numpy() == col.cat.categories.get_loc(PRESENT)
    return (col.astype(object) == PRESENT).to_numpy()


def _levels(frame: pd.DataFrame, var: Variable, policy: Policy, *, drop_unknown: bool) -> list[tuple[str, np.ndarray]]:
    """(label, mask) for each value of the variable, in codebook order."""
    col = frame[var.id]
    out: list[tuple[str, np.ndarray]] = []
    if var.type in ("enum", "flag"):
        codes = col.cat.codes.to_numpy() if isinstance(col.dtype, pd.CategoricalDtype) else None
        for i, value in enumerate(categories(var)):
            if drop_unknown and value == NOT_KNOWN:
                continue
            mask = codes == i if codes is not None else (col.astype(object) == value).to_numpy()
            out.append((value, mask))
    elif var.type == "set":
        padded = ";" + col.astype(str) + ";"
        for value in var.values:
            out.append((value, padded.str.contains(f";{value};", regex=False).to_numpy()))
    elif var.type == "int":
        numbers = pd.to_numeric(col, errors="coerce")
        for value in sorted(numbers.dropna().astype(int).unique()):
            out.append((str(value), (numbers == value).fillna(False).to_numpy(dtype=bool)))
        if not drop_unknown:
            out.append((NOT_KNOWN, numbers.isna().to_numpy()))
    else:
        text = col.astype(object)
        for value in sorted(v for v in text.unique() if v != NOT_KNOWN):
            out.append((str(value), (text == value).to_numpy()))
        if not drop_unknown:
            out.append((NOT_KNOWN, (text == NOT_KNOWN).to_numpy()))
    return out


def _columns(frame: pd.DataFrame, by: Variable | None) -> list[tuple[str, np.ndarray]]:
    everyone = np.ones(len(frame), dtype=bool)
    if by is None:
        return [(ALL, everyone)]
    return [*_levels(frame, by, Policy.all, drop_unknown=False), (ALL, everyone)]


def _cells(frame: pd.DataFrame, spec: TableSpec) -> tuple[Iterator[Cell], list[Group]]:
    book = load_codebook()
    variables = [book[v] for v in spec.variables]
    by = book[spec.by] if spec.by else None
    policy = spec.policy
    groups: list[Group] = []

    if spec.kind in ("counts", "crosstab"):
        var = variables[0]
        rows = _levels(frame, var, policy, drop_unknown=policy is Policy.known)
        cols = _columns(frame, by)
        base = den.base(frame, [var], policy)
        if by is not None:
            base &= den.eligible(frame, by)
        labels_r = [r for r, _ in rows]
        labels_c = [c for c, _ in cols]
        if var.type != "set":  # a set's values overlap: they add up to nothing
            groups += [Group(tuple((r, c) for r in labels_r)) for c in labels_c]
        if by is not None:
            groups += [Group(tuple((r, c) for c in labels_c[:-1]), (r, ALL)) for r in labels_r]

        def gen() -> Iterator[Cell]:
            for c, cmask in cols:
                d = base & cmask
                for r, rmask in rows:
                    yield Cell(r, c, d & rmask, d)

        return gen(), groups

    if spec.kind == "prevalence":
        cols = _columns(frame, by)
        if by is not None:
            labels_c = [c for c, _ in cols]
            groups += [Group(tuple((v.id, c) for c in labels_c[:-1]), (v.id, ALL)) for v in variables]

        def gen() -> Iterator[Cell]:
            by_ok = den.eligible(frame, by) if by is not None else True
            for var in variables:
                base = den.base(frame, [var], policy) & by_ok
                present = _present(frame, var)
                for c, cmask in cols:
                    d = base & cmask
                    yield Cell(var.id, c, d & present, d)

        return gen(), groups

    if spec.kind == "overlap":
        subsets = [s for k in range(1, len(variables) + 1) for s in itertools.combinations(range(len(variables)), k)]
        labels = ["+".join(variables[i].id for i in s) for s in subsets] + [NONE]
        groups.append(Group(tuple((label, ALL) for label in labels)))

        def gen() -> Iterator[Cell]:
            base = den.base(frame, variables, policy)
            present = [_present(frame, v) for v in variables]
            for subset, label in zip([*subsets, ()], labels, strict=True):
                mask = base.copy()
                for i, p in enumerate(present):
                    mask &= p if i in subset else ~p
                yield Cell(label, ALL, mask, base)

        return gen(), groups

    if spec.kind == "cumulative":
        labels = [str(i) for i in range(len(variables) + 1)]
        groups.append(Group(tuple((label, ALL) for label in labels)))

        def gen() -> Iterator[Cell]:
            base = den.base(frame, variables, policy)
            number = np.zeros(len(frame), dtype=int)
            for var in variables:
                number += _present(frame, var)
            for i, label in enumerate(labels):
                yield Cell(label, ALL, base & (number == i), base)

        return gen(), groups

    # trend
    var = variables[0]
    years = pd.to_numeric(frame[spec.filters.year_var], errors="coerce").to_numpy(dtype=float)
    if var.type == "flag":
        rows = [(var.id, _present(frame, var))]
    else:
        rows = _levels(frame, var, policy, drop_unknown=policy is Policy.known)
        if var.type != "set":
            groups += [Group(tuple((r, period_label(p)) for r, _ in rows)) for p in spec.periods]

    def gen() -> Iterator[Cell]:
        base = den.base(frame, [var], policy)
        for period in spec.periods:
            a, b = period
            d = base & (years >= a) & (years < b)
            for r, rmask in rows:
                yield Cell(r, period_label(period), d & rmask, d, years=b - a)

    return gen(), groups


def _percent(count: np.ndarray, denominator: np.ndarray) -> np.ndarray:
    """Percent to one decimal, rounded half up exactly (integer arithmetic); NaN where the base is 0."""
    count = count.astype(np.int64)
    denominator = denominator.astype(np.int64)
    safe = np.where(denominator > 0, denominator, 1)
    tenths = (count * 2000 + safe) // (2 * safe)
    return np.where(denominator > 0, tenths / 10.0, np.nan)


@dataclass
class Table:
    spec: TableSpec
    cells: pd.DataFrame  # TIDY_COLUMNS + per_year/ci + suppressed

    def tidy(self) -> pd.DataFrame:
        """The CODEBOOK.md tidy format (plus per_year for trends and ci_low/ci_high with --ci)."""
        return self.cells.drop(columns=["suppressed"])

    def cell(self, row: str, column: str) -> pd.Series:
        hit = self.cells[(self.cells["row"] == row) & (self.cells["column"] == column)]
        if hit.empty:
            raise NotFound(f"no cell {row} / {column} in this table")
        return hit.iloc[0]


def prepare(frame: pd.DataFrame, spec: TableSpec) -> pd.DataFrame:
    """The units a table counts: filtered, then one row per child or per review."""
    return units(apply_filters(frame, spec.filters), spec.unit)


def compute(frame: pd.DataFrame, spec: TableSpec, *, prepared: bool = False) -> Table:
    """Compute a table from the analysis frame."""
    spec = spec.checked()
    data = frame if prepared else prepare(frame, spec)
    cells, groups = _cells(data, spec)
    rows, cols, counts, dens, years = [], [], [], [], []
    for cell in cells:
        rows.append(cell.row)
        cols.append(cell.column)
        counts.append(int(np.count_nonzero(cell.num)))
        dens.append(int(np.count_nonzero(cell.den)))
        years.append(cell.years)
    count = np.array(counts, dtype=np.int64)
    denominator = np.array(dens, dtype=np.int64)
    hidden = suppress(dict(zip(zip(rows, cols, strict=True), counts, strict=True)), groups, spec.suppress)
    is_hidden = np.array([(r, c) in hidden for r, c in zip(rows, cols, strict=True)], dtype=bool)
    out = pd.DataFrame(
        {
            "table": spec.name,
            "row": rows,
            "column": cols,
            "count": pd.array(np.where(is_hidden, 0, count), dtype="Int64"),
            "denominator": denominator,
            "percent": np.where(is_hidden, np.nan, _percent(count, denominator)),
        }
    )
    out.loc[is_hidden, "count"] = pd.NA
    if spec.kind == "trend":
        per_year = np.array([c / y if y else np.nan for c, y in zip(counts, years, strict=True)], dtype=float)
        out["per_year"] = np.where(is_hidden, np.nan, np.round(per_year, 1))
    if spec.ci:
        low, high = wilson(count, denominator)
        out["ci_low"] = np.where(is_hidden, np.nan, np.round(low, 1))
        out["ci_high"] = np.where(is_hidden, np.nan, np.round(high, 1))
    out["suppressed"] = is_hidden
    return Table(spec=spec, cells=out)


def members(frame: pd.DataFrame, spec: TableSpec, row: str, column: str) -> pd.DataFrame:
    """The units counted in one cell (its numerator), as rows of the unit frame.

    A suppressed cell has no members to show: NotFound, as for a cell that does not exist.
    """
    spec = spec.checked()
    data = prepare(frame, spec)
    table = compute(data, spec, prepared=True)
    if bool(table.cell(row, column)["suppressed"]):
        raise NotFound("this cell is suppressed: its members are not shown")
    cells, _ = _cells(data, spec)
    for cell in cells:
        if cell.row == row and cell.column == column:
            return data[cell.num]
    raise NotFound(f"no cell {row} / {column} in this table")


def cell_variables(spec: TableSpec, row: str) -> list[str]:
    """The variables whose codes put a unit into a cell of this row (for its evidence)."""
    spec = spec.checked()
    chosen = [row] if spec.kind == "prevalence" else list(spec.variables)
    if spec.by:
        chosen.append(spec.by)
    if spec.kind == "trend":
        chosen.append(spec.filters.year_var)
    return chosen
