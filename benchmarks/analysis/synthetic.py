"""Synthetic coded datasets for the benchmarks: random values of every codebook
variable, made with numpy in a second or two (nothing real in them)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from caselearn.analysis.dataset import PRIVATE, REVIEW_ID, categories
from caselearn.codebook import NOT_KNOWN
from caselearn.codebook import load as load_codebook


def frame(children: int, seed: int = 1) -> pd.DataFrame:
    """An analysis frame of ``children`` rows, about 1.3 children per review; review
    and case values repeat within a review as the CSV requires."""
    rng = np.random.default_rng(seed)
    book = load_codebook()
    review_of = np.sort(rng.integers(0, int(children / 1.3) + 1, size=children))
    review_ids = np.unique(review_of)
    position = np.searchsorted(review_ids, review_of)
    columns: dict[str, object] = {REVIEW_ID: pd.Series([f"R{r}" for r in review_of], dtype=object)}
    for var in book.variables:
        n = len(review_ids) if var.level != "child" else children
        if var.type in ("enum", "flag"):
            cats = categories(var)
            weights = np.ones(len(cats))
            if var.type == "flag":
                weights = np.array([0.35, 0.4, 0.25])
            codes = rng.choice(len(cats), size=n, p=weights / weights.sum())
            values = codes if var.level == "child" else codes[position]
            columns[var.id] = pd.Categorical.from_codes(values, categories=cats)
        elif var.type == "int":
            base = rng.integers(2010, 2024, size=n) if "year" in var.id else rng.integers(0, 215, size=n)
            values = base if var.level == "child" else base[position]
            columns[var.id] = pd.array(values, dtype="Int64")
        elif var.type == "set":
            picks = rng.integers(0, 2, size=(n, len(var.values))).astype(bool)
            joined = np.array([";".join(np.array(var.values)[row]) for row in picks[:2000]], dtype=object)
            values = joined[np.arange(n) % 2000]
            columns[var.id] = values if var.level == "child" else values[position]
        else:
            pool = np.array([f"{var.id} {i}" for i in range(40)] + [NOT_KNOWN], dtype=object)
            values = pool[rng.integers(0, len(pool), size=n)]
            columns[var.id] = values if var.level == "child" else values[position]
    out = pd.DataFrame(columns)
    for name in PRIVATE:
        out[name] = None
    return out
