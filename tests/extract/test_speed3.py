"""Round 3 of the speed work: the peeled first character gives the same matches."""

from __future__ import annotations

import re
import sys

import pytest

from caselearn.extract import guard
from caselearn.extract.guard import dispatched, fast_compile, first_char_guard, peeled


def test_extra_folds_are_every_code_point_folding_onto_an_ascii_letter() -> None:
    everything = "".join(chr(u) for u in range(sys.maxunicode + 1) if not 0xD800 <= u <= 0xDFFF)
    for letter in "abcdefghijklmnopqrstuvwxyz":
        found = set(re.findall(re.escape(letter), everything, re.I))
        assert found == {letter, letter.upper()} | set(guard._EXTRA_FOLDS.get(letter, "")), letter


SENTENCES = [
    "Nobody knew; no one came. Not the PICU, said the nurse.",
    "The voice of the child was not heard: views of 12/52 were seriously harmed.",
    "KELVIN \u212aelvin \u017ferious İnjury ınjury stepfather's step-father men",
    "no family or friends; no-one to turn to. (No known mental health needs.)",
]

PATTERNS = [
    (r"\b(?:nobody|no one|not)\b", re.I),
    (r"(?:(?<![\w])|(?=\W))(?:(?P<r0>voice|views) of)", re.I),
    (r"\b(?P<w>\d{1,2})/52\b", re.I),
    (r"serious(?:ly)? harm\w*|\bPICU\b", re.I),
    (r"\bno(?:body| one| family| known (?:\w+ )?(?:mental)?)", re.I),
    (r"\w+ (?:injury|kelvin)", re.I),
    (r"k\w+|s\w+|i\w+", re.I),
    (r"\b(?:step-?fathers?|men)\b(?=\W)", re.I),
    (r"(?i:no)[- ]one", 0),
    (r"[A-Z]\w+", 0),
    (r"\b(?:smoke|cannabis|sexual|crack|s\w+)\b", re.I),
    (r"(?:ab|x?a|ac|b|\sb|\d)", re.I),
    (r"(?:(?P<r0>no one)|(?P<r1>nobody)|(?P<r2>not))", re.I),
    (r"(?:kelvin|\w+ injury|knew)", re.I),
]


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_peeled_matches_are_the_guarded_ones(pattern: str, flags: int) -> None:
    before = re.compile(first_char_guard(pattern, flags), flags)
    after = fast_compile(pattern, flags)
    assert after.groupindex == before.groupindex and after.groups == before.groups
    for text in SENTENCES + [" ".join(SENTENCES)]:
        for start in range(0, len(text), 7):
            assert [(m.span(), m.groups()) for m in after.finditer(text, start)] == [
                (m.span(), m.groups()) for m in before.finditer(text, start)
            ]


def test_peeled_shape() -> None:
    assert peeled(r"\b(?:nobody|no one|not)\b", re.I) == r"(?-i:[Nn])(?<=\bn)o(?:body|\x20one|t)\b"
    assert peeled(r"(?P<x>abc)d", re.I) is None  # a group would start one character late
    assert peeled(r"a?b", re.I) is None  # the first atom is optional
    assert peeled(r"(?i)abc", 0) is None  # a global inline flag


def test_dispatched_shape() -> None:
    # branches join the first with the same letter only past branches that cannot begin with it
    assert dispatched(r"(?:ab|b|ac)", re.I) == r"(?:(?-i:[Aa])(?:b|c)|(?-i:[Bb]))"
    assert dispatched(r"(?:ab|x?a|ac)", re.I) == r"(?:(?-i:[Aa])b|x?a|(?-i:[Aa])c)"
    assert dispatched(r"(?:ab|ac)", 0) == r"a[bc]"  # case-sensitive: no dispatch (the parser factors the prefix)
