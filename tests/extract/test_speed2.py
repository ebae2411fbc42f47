"""Round 2 speed helpers: the cache of patterns built from child names, the praise test."""

from __future__ import annotations

import re

from caselearn.extract import themes
from caselearn.extract.lexicon import compile_alternatives
from caselearn.extract.text import Doc, compiled


def test_compiled_is_re_compile_cached() -> None:
    assert compiled(r"(?<!\w)Child A(?!\w)") is compiled(r"(?<!\w)Child A(?!\w)")
    assert compiled("x", re.I).flags & re.I


def test_praise_test_in_candidate_sentences_agrees_with_the_plain_regex() -> None:
    doc = Doc.from_text(
        "Information was shared well between agencies. The father was never seen.\n\n"
        "Professional curiosity was evident throughout. Nothing else was said."
    )
    for theme, (_vid, raw) in zip(themes._themes(), themes._raw().items(), strict=True):
        both = list(raw.get("absent") or []) + list(raw.get("absent_verdict") or [])
        if not both:
            assert theme.any_praise is None
            continue
        plain = compile_alternatives(both)
        for i, sent in enumerate(doc.sentences):
            assert bool(theme.any_praise.in_sentence(doc, i)) == bool(plain.search(sent.text))  # type: ignore[union-attr]
