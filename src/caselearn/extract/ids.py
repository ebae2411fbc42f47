"""Variable ids by extraction role, read from data/variables.yaml and checked against the codebook,
so that no component spells a codebook id."""

from __future__ import annotations

from functools import lru_cache
from types import SimpleNamespace

from caselearn.codebook import load as load_codebook
from caselearn.extract.lexicon import load_data


@lru_cache(maxsize=1)
def roles() -> SimpleNamespace:
    book = load_codebook()
    mapping = load_data("variables")
    for role, vid in mapping.items():
        if vid not in book:
            raise ValueError(f"extract/data/variables.yaml: {role} -> {vid!r} is not a codebook variable")
    return SimpleNamespace(**mapping)
