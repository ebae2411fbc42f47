"""The labelled development set stays valid against the codebook reference."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CHECKER = ROOT / "evaluation" / "devset" / "tools" / "check_truth.py"


SETS = sorted(p.parent.name for p in (ROOT / "evaluation" / "devset").glob("*/truth"))


def test_the_sets_are_there():
    assert {"tuning", "extra", "heldout-v1"} <= set(SETS)


@pytest.mark.parametrize("half", SETS)
def test_truth_files_are_complete_and_legal(half):
    result = subprocess.run(
        [sys.executable, str(CHECKER), str(ROOT / "evaluation" / "devset" / half)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "OK" in result.stdout
