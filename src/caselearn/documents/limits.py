"""Limits that protect the readers from hostile or accidental input (configurable by environment)."""

from __future__ import annotations

import os

MB = 1024 * 1024


def _mb(name: str, default: int) -> int:
    try:
        return int(float(os.environ.get(name, default)) * MB)
    except ValueError:
        return default * MB


def max_file_bytes() -> int:
    """Largest file accepted (CASELEARN_MAX_FILE_MB, default 100)."""
    return _mb("CASELEARN_MAX_FILE_MB", 100)


def max_expanded_bytes() -> int:
    """Most bytes any compressed stream or archive may expand to (CASELEARN_MAX_EXPANDED_MB, default 512)."""
    return _mb("CASELEARN_MAX_EXPANDED_MB", 512)


MAX_PAGES = 5000
MAX_TEXT_CHARS = 20_000_000
