"""Fixtures of the analysis tests: the triennial-analysis dataset as a CSV file."""

from __future__ import annotations

from pathlib import Path

import pytest

from caselearn.codebook import ids

from .triennial import csv_text


@pytest.fixture
def triennial_csv(tmp_path: Path) -> Path:
    path = tmp_path / "triennial-2014-17.csv"
    path.write_text(csv_text(["review_id", *ids()]), encoding="utf-8")
    return path
