"""Charts of tables (matplotlib, Agg backend): bars, an area-proportional Venn
diagram for the overlap of 2 or 3 flags, an UpSet-style plot for the overlap of
more, and lines for trends. PNG or SVG. Suppressed cells are drawn as ``<N``
and given no bar."""

from __future__ import annotations

import io
import math
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from matplotlib.patches import Circle  # noqa: E402

from caselearn.errors import InvalidInput  # noqa: E402

from .tables import ALL, NONE, Table  # noqa: E402

FORMATS = ("png", "svg")
COLOURS = ["#1d70b8", "#d4351c", "#00703c", "#f47738", "#4c2c92", "#b58840", "#28a197", "#6f72af"]
plt.rcParams["svg.hashsalt"] = "caselearn"  # stable SVG ids


def format_of(path: Path) -> str:
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise InvalidInput(f"--out must end in .png or .svg, not {path.name!r}")
    return suffix


def _save(fig, fmt: str) -> bytes:
    buffer = io.BytesIO()
    fig.savefig(buffer, format=fmt, bbox_inches="tight", dpi=110, metadata={"Date": None} if fmt == "svg" else None)
    plt.close(fig)
    return buffer.getvalue()


def _label(table: Table, cell: pd.Series) -> str:
    if bool(cell["suppressed"]):
        return f"<{table.spec.suppress}"
    if pd.isna(cell["percent"]):
        return "–"
    return f"{int(cell['count'])} ({cell['percent']:.0f}%)"


def chart(table: Table, fmt: str = "svg") -> bytes:
    """The natural chart of the table's kind."""
    if fmt not in FORMATS:
        raise InvalidInput(f"chart format must be png or svg, not {fmt!r}")
    kind = table.spec.kind
    if kind == "overlap":
        return venn(table, fmt) if len(table.spec.variables) <= 3 else upset(table, fmt)
    if kind == "trend":
        return trend_lines(table, fmt)
    return bars(table, fmt)


def bars(table: Table, fmt: str = "svg") -> bytes:
    """Horizontal bars of percentages; one colour per column when the table is grouped."""
    cells = table.cells
    rows = list(dict.fromkeys(cells["row"]))
    columns = list(dict.fromkeys(cells["column"]))
    fig, ax = plt.subplots(figsize=(8, max(2.5, 0.45 * len(rows) * max(1, len(columns) / 2) + 1)))
    height = 0.8 / len(columns)
    for j, column in enumerate(columns):
        part = cells[cells["column"] == column].set_index("row").reindex(rows)
        y = np.arange(len(rows)) + j * height
        values = part["percent"].fillna(0).to_numpy(dtype=float)
        ax.barh(y, values, height=height, color=COLOURS[j % len(COLOURS)], label=column)
        for yi, (_, cell) in zip(y, part.iterrows(), strict=True):
            ax.text(float(cell["percent"]) if not pd.isna(cell["percent"]) else 0, yi, " " + _label(table, cell),
                    va="center", fontsize=8)  # fmt: skip
    ax.set_yticks(np.arange(len(rows)) + height * (len(columns) - 1) / 2, labels=rows)
    ax.invert_yaxis()
    ax.set_xlabel("per cent of the denominator")
    ax.set_xlim(0, 115)
    ax.set_title(table.spec.name)
    if len(columns) > 1:
        ax.legend(title=table.spec.by, fontsize=8, loc="lower right")
    return _save(fig, fmt)


def _lens_area(r1: float, r2: float, d: float) -> float:
    """Area of the intersection of two circles with radii r1, r2 whose centres are d apart."""
    if d >= r1 + r2:
        return 0.0
    if d <= abs(r1 - r2):
        return math.pi * min(r1, r2) ** 2
    a1 = r1 * r1 * math.acos((d * d + r1 * r1 - r2 * r2) / (2 * d * r1))
    a2 = r2 * r2 * math.acos((d * d + r2 * r2 - r1 * r1) / (2 * d * r2))
    a3 = 0.5 * math.sqrt((-d + r1 + r2) * (d + r1 - r2) * (d - r1 + r2) * (d + r1 + r2))
    return a1 + a2 - a3


def _distance_for(r1: float, r2: float, overlap: float) -> float:
    """The centre distance at which two circles overlap by this area (bisection)."""
    low, high = abs(r1 - r2), r1 + r2
    if overlap <= 0:
        return high
    if overlap >= math.pi * min(r1, r2) ** 2:
        return low
    for _ in range(60):
        mid = (low + high) / 2
        if _lens_area(r1, r2, mid) > overlap:
            low = mid
        else:
            high = mid
    return (low + high) / 2


def venn_layout(sizes: list[float], pairs: dict[tuple[int, int], float]) -> list[tuple[float, float, float]]:
    """Circles (x, y, r) whose areas are the set sizes and whose pairwise overlaps have the
    pairs' areas (exact for two sets; for three, pairwise exact where a triangle allows)."""
    radii = [math.sqrt(max(s, 0) / math.pi) for s in sizes]
    if len(sizes) == 2:
        d = _distance_for(radii[0], radii[1], pairs[(0, 1)])
        return [(0.0, 0.0, radii[0]), (d, 0.0, radii[1])]
    d01 = _distance_for(radii[0], radii[1], pairs[(0, 1)])
    d02 = _distance_for(radii[0], radii[2], pairs[(0, 2)])
    d12 = _distance_for(radii[1], radii[2], pairs[(1, 2)])
    # place 0 at the origin, 1 on the x axis, 2 by the law of cosines (clamped when no triangle fits)
    cos = (d01**2 + d02**2 - d12**2) / (2 * d01 * d02) if d01 > 0 and d02 > 0 else 1.0
    angle = math.acos(max(-1.0, min(1.0, cos)))
    return [(0.0, 0.0, radii[0]), (d01, 0.0, radii[1]), (d02 * math.cos(angle), -d02 * math.sin(angle), radii[2])]


def venn(table: Table, fmt: str = "svg") -> bytes:
    """Area-proportional Venn diagram of an overlap table of 2 or 3 flags, each region labelled."""
    flags = list(table.spec.variables)
    cells = table.cells.set_index("row")
    counts = {row: (0 if pd.isna(c) else int(c)) for row, c in cells["count"].items()}

    def members_of(i: int) -> int:
        return sum(n for row, n in counts.items() if row != NONE and flags[i] in row.split("+"))

    def both(i: int, j: int) -> int:
        return sum(n for row, n in counts.items() if row != NONE and {flags[i], flags[j]} <= set(row.split("+")))

    sizes = [max(members_of(i), 1) for i in range(len(flags))]
    pairs = {(i, j): both(i, j) for i in range(len(flags)) for j in range(i + 1, len(flags))}
    circles = venn_layout(sizes, pairs)
    fig, ax = plt.subplots(figsize=(7, 6))
    for i, (x, y, r) in enumerate(circles):
        ax.add_patch(Circle((x, y), r, alpha=0.35, color=COLOURS[i], lw=1.5))
        ax.text(x, y + r * 1.08, flags[i], ha="center", va="bottom", fontsize=10, color=COLOURS[i], weight="bold")
    # label each region at the centroid of a grid of points falling in it
    xs = [c[0] for c in circles]
    ys = [c[1] for c in circles]
    rmax = max(c[2] for c in circles)
    gx, gy = np.meshgrid(
        np.linspace(min(xs) - rmax, max(xs) + rmax, 300), np.linspace(min(ys) - rmax, max(ys) + rmax, 300)
    )
    inside = [(gx - x) ** 2 + (gy - y) ** 2 <= r * r for x, y, r in circles]
    for row in cells.index:
        if row == NONE:
            continue
        chosen = set(row.split("+"))
        mask = np.ones_like(gx, dtype=bool)
        for i, flag in enumerate(flags):
            mask &= inside[i] if flag in chosen else ~inside[i]
        if mask.any():
            ax.text(gx[mask].mean(), gy[mask].mean(), _label(table, cells.loc[row]), ha="center", va="center",
                    fontsize=9)  # fmt: skip
    if NONE in cells.index:
        ax.text(0.02, 0.02, f"none of these: {_label(table, cells.loc[NONE])}", transform=ax.transAxes, fontsize=9)
    ax.set_aspect("equal")
    ax.autoscale_view()
    ax.set_xlim(min(xs) - rmax * 1.2, max(xs) + rmax * 1.2)
    ax.set_ylim(min(ys) - rmax * 1.2, max(ys) + rmax * 1.35)
    ax.axis("off")
    total = int(cells["denominator"].iloc[0])
    ax.set_title(f"{table.spec.name} (n={total}); areas proportional to counts")
    return _save(fig, fmt)


def upset(table: Table, fmt: str = "svg", top: int = 20) -> bytes:
    """UpSet-style plot: bars of the largest exclusive intersections above a dot matrix."""
    flags = list(table.spec.variables)
    cells = table.cells.copy()
    cells["n"] = cells["count"].fillna(0).astype(int)
    cells = cells.sort_values("n", ascending=False, kind="stable").head(top)
    fig, (bar_ax, dot_ax) = plt.subplots(
        2, 1, figsize=(max(6, 0.45 * len(cells) + 3), 3 + 0.35 * len(flags)), sharex=True,
        gridspec_kw={"height_ratios": [3, max(1, 0.35 * len(flags))]},
    )  # fmt: skip
    x = np.arange(len(cells))
    bar_ax.bar(x, cells["n"], color=COLOURS[0])
    for xi, (_, cell) in zip(x, cells.iterrows(), strict=True):
        bar_ax.text(xi, cell["n"], _label(table, cell), ha="center", va="bottom", fontsize=7, rotation=90)
    bar_ax.set_ylabel("units")
    bar_ax.set_title(table.spec.name)
    for xi, row in zip(x, cells["row"], strict=True):
        chosen = set() if row == NONE else set(row.split("+"))
        ys = [i for i, f in enumerate(flags) if f in chosen]
        dot_ax.scatter([xi] * len(flags), range(len(flags)), color="#cccccc", s=30)
        if ys:
            dot_ax.scatter([xi] * len(ys), ys, color="#222222", s=30)
            dot_ax.plot([xi, xi], [min(ys), max(ys)], color="#222222", lw=1.5)
    dot_ax.set_yticks(range(len(flags)), labels=flags, fontsize=8)
    dot_ax.set_xticks([])
    dot_ax.invert_yaxis()
    return _save(fig, fmt)


def trend_lines(table: Table, fmt: str = "svg") -> bytes:
    """Counts per year for each row over the periods (periods of unequal length made comparable)."""
    cells = table.cells
    periods = list(dict.fromkeys(cells["column"]))
    fig, ax = plt.subplots(figsize=(8, 4.5))
    for i, row in enumerate(dict.fromkeys(cells["row"])):
        part = cells[cells["row"] == row].set_index("column").reindex(periods)
        ax.plot(periods, part["per_year"].to_numpy(dtype=float), marker="o", color=COLOURS[i % len(COLOURS)],
                label=row)  # fmt: skip
    ax.set_ylabel("per year")
    ax.set_xlabel("period")
    ax.set_title(table.spec.name)
    ax.legend(fontsize=8)
    ax.set_ylim(bottom=0)
    return _save(fig, fmt)


__all__ = ["ALL", "chart", "bars", "venn", "upset", "trend_lines", "format_of", "venn_layout"]
