"""Lexicons and patterns as data: YAML files in extract/data, keyed by codebook variable id."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any

import yaml

from caselearn.codebook import load as load_codebook


@cache
def load_data(name: str) -> dict[str, Any]:
    text = resources.files("caselearn.extract").joinpath("data", f"{name}.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text) or {}


def alternatives_source(patterns: list[str]) -> str:
    """The source of ``compile_alternatives``: one regex with a named group per pattern (r0, r1, ...)."""
    # Every alternative starts at a word start (or a bracket/#): the engine rejects positions
    # inside words at once, which makes one scan of a report several times faster.
    body = "|".join(f"(?P<r{i}>{p})" for i, p in enumerate(patterns))
    return r"(?:(?<![\w])|(?=\W))(?:" + body + ")"


def compile_alternatives(patterns: list[str], flags: int = re.I) -> re.Pattern[str]:
    """One regex with a named group per pattern (r0, r1, ...) so a single scan finds them all."""
    return re.compile(alternatives_source(patterns), flags)


def checked_variables(data: dict[str, Any], name: str) -> dict[str, Any]:
    """The entries of a lexicon keyed by variable id, each id checked against the codebook."""
    book = load_codebook()
    for key in data:
        if key not in book:
            raise ValueError(f"extract/data/{name}.yaml: {key!r} is not a codebook variable")
    return data
