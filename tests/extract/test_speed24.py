"""Round 24 of the speed work: regexes asked of sentences are screened by their trigger words
(``prefilter.Screened``, ``context._may_hold``) and give the same answers as the bare regex; a
child's names are found in a sentence with one alternation (``child_window._names_in``)."""

from __future__ import annotations

import random
import re

from caselearn.extract import context
from caselearn.extract.child_window import _names_in
from caselearn.extract.prefilter import Screened

SENTENCES = [
    "The review recommends that the partnership should ensure staff record fathers' details.",
    "2. HV service to ensure DA routine enquiry is made with each parent alone.",
    "There was no evidence that anybody else was present or that Jordan intended to take his life.",
    "There was NO EVIDENCE that he drank OR THAT she knew.",
    "Possibly the mother had been drinking; it is not known whether she was alone.",
    "The concern was later found to be unfounded.",
    "In the past the father had a history of offending.",
    "Nothing of note was recorded about the family.",
    "Ther\u00e9 was no \u00e9vidence that it happened or that anyone saw it.",  # not ASCII: always searched
    "",
]


def _same(a: re.Match[str] | None, b: re.Match[str] | None) -> bool:
    return (a is None) == (b is None) and (a is None or a.span() == b.span())  # type: ignore[union-attr]


def test_screened_search_is_the_regex_search() -> None:
    rng = random.Random(24)
    patterns = [
        Screened(re.compile(r"\bshould (?:\w+ ){0,3}(?:ensure|record)\b|^\W*\d+[.)]\s+(?:\w+ ){1,8}?to ensure", re.I)),
        Screened(re.compile(r"\bno\s(?:\w+\s){0,2}?evidence\s(?:\w+\s){0,4}?that\b[^.;:]{0,150}?\bor that\b", re.I)),
        Screened(re.compile(r"[a-z]+\d")),  # no usable trigger: never screened
    ]
    assert patterns[0]._words is not None and patterns[2]._words is None
    for screened in patterns:
        for text in SENTENCES:
            n = len(text)
            cases = [(), (0, n), (rng.randint(-3, n),), (rng.randint(0, n), rng.randint(-2, n + 5)), (5, 2)]
            for args in cases:
                assert _same(screened.search(text, *args), screened.regex.search(text, *args)), (text, args)


def test_cue_screens_never_hide_a_match() -> None:
    c = context.cues()
    for kind, pattern in (("hedge", c.hedge), ("history", c.history), ("disproved", c.disproved)):
        for text in SENTENCES:
            for part in (text, text[: len(text) // 2], text[len(text) // 3 :]):
                if pattern.search(part):
                    assert context._may_hold(kind, part), (kind, part)
    assert not context._may_hold("disproved", "She lived with her aunt.")
    assert context.hedged(SENTENCES[4], 0, 8)
    assert context.disproved(SENTENCES[5])
    assert context.historical(SENTENCES[6], 20, 30)


def test_names_in_matches_one_regex_per_name() -> None:
    names = ("Ann", "Anna", "Child B", "", "J.")
    texts = ["Anna went home.", "Annabel went home.", "Child B and Child C.", "Child BB.", "J. was 4.", "xJ. y", ""]
    for text in texts:
        expected = any(re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", text) for n in names if n)
        assert _names_in(text, names) == bool(expected), text
    assert not _names_in("Anna went home.", ())
    assert not _names_in("Anna went home.", ("",))
