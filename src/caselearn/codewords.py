"""The words a report puts before a letter or number to name a child ("Child A", "Young Person 2",
"Pupil B", "YP 3"): one list, ``code_words`` in extract/data/children.yaml, for every pattern that
finds a child's code (the children finder, the family and metadata readers)."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

import yaml


@cache
def code_words() -> tuple[str, ...]:
    return tuple(_data()["code_words"])


@cache
def _data() -> dict:
    # read by path from the top package: importing caselearn.extract here would be circular
    text = resources.files("caselearn").joinpath("extract", "data", "children.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def full_form(alias: str) -> str:
    """A code with its word written out: "YP S" -> "Young Person S"; any other alias as it is."""
    word, _, rest = alias.partition(" ")
    full = _data().get("code_abbreviations", {}).get(word)
    return f"{full} {rest}" if full and rest else alias


def short_forms(alias: str) -> list[str]:
    """The abbreviated forms of a code: "Young Person S" -> ["YP S"]."""
    return [
        f"{short} {alias[len(full) + 1 :]}"
        for short, full in _data().get("code_abbreviations", {}).items()
        if alias.startswith(full + " ") and alias[len(full) + 1 :]
    ]


def _alternation(words: list[str]) -> str:
    # the longest first, so "Young Person" wins over any shorter word it starts with
    return "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"


@cache
def code_word() -> str:
    """A regex for a code word as the body writes it ("Child", "Young person", "YP")."""
    return _alternation([re.escape(w[0]) + re.escape(w[1:]).replace(r"\ P", " [Pp]") for w in code_words()])


@cache
def code_word_upper() -> str:
    """A regex for a code word in capitals, as a shouted heading or title writes it ("YOUNG PERSON")."""
    return _alternation([re.escape(w.upper()) for w in code_words()])


def body_form(word: str) -> str:
    """The list's form of a code word written in any case ("YOUNG PERSON" -> "Young Person")."""
    low = word.lower()
    return next((w for w in code_words() if w.lower() == low), word)
