"""The speed helpers of the rule layer give the same matches as the plain regexes."""

from __future__ import annotations

import re

import pytest

from caselearn.extract.guard import first_char_guard
from caselearn.extract.prefilter import CASE, Prefiltered, extra_literals, required_literals
from caselearn.extract.text import Doc
from caselearn.extract.triggers import TriggerIndex, register

TEXT = (
    "Her mother drank heavily; the father was not seen. KELVIN and Kelvin met the HV at the ED. "
    "Mr X said no. Nothing here. The GP had known the family since 2019, and the school nurse too."
)


@pytest.mark.parametrize(
    "pattern,flags",
    [
        (r"\b(?:(?:drank|drinking) heavily|alcohol)", re.I),
        (r"(?<![\w'])(?:mother|father|mr [a-z]\b)(?![\w-])", re.I),
        (r"(?:;|:|\bbut\b|, and\b| - )", re.I),
        (r"\bHV\b|\bED\b|(?i:kelvin)", 0),
        (r"(?:x)?", 0),  # can match the empty string: unchanged
        (r"\w+ known", re.I),  # starts with a class too large to list: unchanged
    ],
)
def test_first_char_guard_keeps_every_match(pattern, flags):
    plain = re.compile(pattern, flags)
    guarded = re.compile(first_char_guard(pattern, flags), flags)
    assert [m.span() for m in plain.finditer(TEXT)] == [m.span() for m in guarded.finditer(TEXT)]


def test_first_char_guard_leaves_unsure_patterns_alone():
    assert first_char_guard(r"(?:x)?") == r"(?:x)?"
    assert first_char_guard(r"\w+ known") == r"\w+ known"
    assert first_char_guard(r"mother|father").startswith("(?=")
    assert first_char_guard(r"(?i)mother") == r"(?i)mother"  # a global flag must stay first


def test_extra_literals_are_further_required_strings():
    pattern = r"\b(?:(?:drank|drinking) (?:\w+ )?heavily)"
    primary = required_literals(pattern, re.I)
    extras = extra_literals(pattern, re.I, primary)
    assert extras and primary not in extras
    for match in ("drank heavily", "DRINKING VERY HEAVILY"):  # every match holds one string of each set
        assert all(any(t in match.lower() for t in extra) for extra in extras)


def test_narrowed_candidates_lose_no_match():
    doc = Doc.from_text(TEXT * 3)
    for pattern in (r"(?:drank|drinking) heavily", r"the (?:father|mother) was not seen", r"known the family"):
        p = Prefiltered.compile(pattern, re.I)
        assert [m.span() for m in p.finditer(doc)] == [m.span() for m in re.finditer(pattern, doc.text, re.I)]


def test_case_sensitive_triggers_are_indexed_in_the_original_text():
    register({CASE + "HV", CASE + "ED", "kelvin"})
    doc = Doc.from_text(TEXT)
    index = TriggerIndex(doc.lower or "", doc._starts, [s.end for s in doc.sentences], doc.text)
    assert index.sentences(CASE + "HV") == [1] and index.sentences(CASE + "ED") == [1]
    assert index.occurs(CASE + "ED", 0, len(TEXT)) and not index.occurs(CASE + "ED", 0, 80)
    assert len(index.positions["kelvin"]) == 2
    assert doc.sentences_with(frozenset({CASE + "HV"})) == [1]
