"""The extraction tests' way of coding a made-up report: the rule pipeline over plain text, read back
as plain values (the exchange format without confidences and evidence)."""

from __future__ import annotations

from caselearn.extract.pipeline import Pipeline
from caselearn.extract.text import Doc


def extract(text: str) -> dict:
    """The extraction result of ``text`` in the exchange format."""
    return Pipeline().run(Doc.from_text(text), "t.txt").to_dict()


def case_codes(text: str) -> dict[str, str]:
    """Each case-level variable's value."""
    return {k: v["value"] for k, v in extract(text)["case"].items()}


def child_codes(text: str) -> list[dict[str, str]]:
    """Each subject child's variables and values, in the order the children were found."""
    return [{k: v["value"] for k, v in c.items()} for c in extract(text)["children"]]
