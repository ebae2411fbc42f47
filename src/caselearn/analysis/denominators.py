"""Who a percentage is taken over: units, age restrictions and the denominator policy.

Age restrictions come from the codebook's ``min_age_years``: a child known to be
younger than the variable's minimum age is outside its denominator (and its
numerator). A child whose age is not known stays in: nothing shows the
variable does not apply. Age is read from ``age_months`` when known, else from
the bounds of the ``age_band`` value (``under_1``, ``1_5``, ``16_plus``: the
bounds are parsed from the value ids the codebook defines).
"""

from __future__ import annotations

import math
import re
from enum import StrEnum

import numpy as np
import pandas as pd

from caselearn.codebook import NOT_KNOWN, Variable
from caselearn.codebook import load as load_codebook
from caselearn.errors import InvalidInput

# The two variables that say how old a child is. Named once here and checked
# against the codebook when this module loads.
AGE_MONTHS = "age_months"
AGE_BAND = "age_band"
for _vid in (AGE_MONTHS, AGE_BAND):
    if _vid not in load_codebook():
        raise RuntimeError(f"the codebook has no {_vid} variable, which age restrictions need")


class Unit(StrEnum):
    child = "child"
    review = "review"


class Policy(StrEnum):
    all = "all"
    known = "known"


def band_bounds(value: str) -> tuple[float, float]:
    """Whole-year bounds (lowest, highest) of an age band value id; NaN when not known."""
    if (m := re.fullmatch(r"under_(\d+)", value)) is not None:
        return 0.0, float(int(m.group(1)) - 1)
    if (m := re.fullmatch(r"(\d+)_(\d+)", value)) is not None:
        return float(m.group(1)), float(m.group(2))
    if (m := re.fullmatch(r"(\d+)_plus", value)) is not None:
        return float(m.group(1)), math.inf
    return math.nan, math.nan


def highest_possible_age(frame: pd.DataFrame) -> np.ndarray:
    """For each row, the oldest the child can be, in whole years (NaN when not known)."""
    bands = load_codebook()[AGE_BAND].values
    upper = {b: band_bounds(b)[1] for b in bands}
    from_band = frame[AGE_BAND].astype(object).map(upper).astype(float).to_numpy()
    months = pd.to_numeric(frame[AGE_MONTHS], errors="coerce").to_numpy(dtype=float)
    return np.where(np.isnan(months), from_band, np.floor(months / 12.0))


def eligible(frame: pd.DataFrame, var: Variable) -> np.ndarray:
    """Rows inside the variable's age restriction (all rows when it has none)."""
    if var.min_age_years is None:
        return np.ones(len(frame), dtype=bool)
    oldest = frame["_oldest"].to_numpy(dtype=float) if "_oldest" in frame else highest_possible_age(frame)
    return ~(oldest < var.min_age_years)


def known(frame: pd.DataFrame, var: Variable) -> np.ndarray:
    """Rows where the variable's value is known (not ``not_known`` / empty set)."""
    col = frame[var.id]
    if var.type == "set":
        return (col.astype(object) != "").to_numpy()
    if var.type == "int":
        return col.notna().to_numpy()
    return (col.astype(object) != NOT_KNOWN).to_numpy()


def base(frame: pd.DataFrame, variables: list[Variable], policy: Policy) -> np.ndarray:
    """The denominator rows for a cell about these variables: inside every age
    restriction, and (policy ``known``) with every one of them known."""
    mask = np.ones(len(frame), dtype=bool)
    for var in variables:
        mask &= eligible(frame, var)
        if policy is Policy.known:
            mask &= known(frame, var)
    return mask


def parse_policy(value: str) -> Policy:
    try:
        return Policy(value)
    except ValueError:
        raise InvalidInput(f"--denominator must be all or known, not {value!r}") from None


def parse_unit(value: str) -> Unit:
    try:
        return Unit(value)
    except ValueError:
        raise InvalidInput(f"--unit must be child or review, not {value!r}") from None
