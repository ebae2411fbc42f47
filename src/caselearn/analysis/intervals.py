"""Wilson score 95% intervals for proportions (as percentages)."""

from __future__ import annotations

import numpy as np

Z95 = 1.959963984540054


def wilson(count: np.ndarray, n: np.ndarray, z: float = Z95) -> tuple[np.ndarray, np.ndarray]:
    """Lower and upper bounds in percent; NaN where n is 0. Matches
    statsmodels' ``proportion_confint(method="wilson")``."""
    count = np.asarray(count, dtype=float)
    n = np.asarray(n, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        p = count / n
        z2 = z * z
        centre = (p + z2 / (2 * n)) / (1 + z2 / n)
        half = z * np.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n)
        low, high = np.clip(centre - half, 0, 1), np.clip(centre + half, 0, 1)
    low = np.where(n > 0, low * 100, np.nan)
    high = np.where(n > 0, high * 100, np.nan)
    return low, high
