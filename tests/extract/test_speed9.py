"""Round 9 of the speed work: a table of (label, pattern) rows asked row by row skips, with one set
operation, the rows whose triggers do not occur in the document (``prefilter.active_rows``)."""

from __future__ import annotations

import re
from pathlib import Path

from caselearn.extract.prefilter import CASE, PatternGroup, Prefiltered, active_rows, register
from caselearn.extract.text import Doc

SAMPLE = Path(__file__).parents[2] / "benchmarks" / "extract" / "sample_report.txt"

ROWS = [
    ("drink", Prefiltered.compile(r"\bdrinking heavily\b", re.I)),
    ("plan", Prefiltered.compile(r"\bchild protection plan\b", re.I)),
    ("ed", Prefiltered.compile(r"\bED\b")),  # a case-sensitive trigger
    ("any", Prefiltered.compile(r"[a-z]+\d", re.I)),  # no trigger: always asked
    ("hv", Prefiltered.compile(r"\bhealth visitors?\b", re.I)),
]
TEXTS = [
    "Child A lived with her mother. The mother was drinking heavily.",
    "She was seen in the ED. A health visitor called; she was on a child protection plan.",
    "She was seen in the emergency department (red team).",  # "ed" in lower case only
    "Nothing here.",
    "",
]


def _by_look_up(doc: Doc, rows: list) -> list:
    return [(n, row) for n, row in enumerate(rows) if row[1].candidate_sentences(doc) != []]


def _with_candidates(doc: Doc, active: list) -> list:
    """The active rows whose own look-up finds candidates (an active row may still have none: its
    triggers occur only across a sentence break, or its further trigger sets rule them out)."""
    return [(n, row) for n, row in active if row[1].candidate_sentences(doc) != []]


def test_active_rows_are_the_rows_with_candidates() -> None:
    for text in TEXTS:
        doc = Doc.from_text(text)
        got = active_rows(doc, ROWS)
        assert _with_candidates(doc, got) == _by_look_up(doc, ROWS), text
        # each row left out finds nothing
        left = [row for n, row in enumerate(ROWS) if (n, row) not in got]
        assert all(not row[1].finditer(doc) for row in left)
        assert active_rows(doc, ROWS) is got  # cached per document


def test_case_sensitive_triggers_are_grouped() -> None:
    group = PatternGroup([p for _label, p in ROWS])
    assert CASE + "ED" in group.triggers
    assert group.always == [3]
    doc = Doc.from_text(TEXTS[2])
    assert [n for n, _row in active_rows(doc, ROWS)] == [3]


def test_a_table_that_changed_is_taken_anew() -> None:
    rows = list(ROWS[:2])
    doc = Doc.from_text(TEXTS[1])
    assert [n for n, _row in active_rows(doc, rows)] == [1]
    rows.append(ROWS[4])
    doc = Doc.from_text(TEXTS[1])
    assert [n for n, _row in active_rows(doc, rows)] == [1, 2]


def test_a_trigger_registered_after_the_index_is_built() -> None:
    doc = Doc.from_text("A parent was drinking heavily, and an unusual quokkaword appeared.")
    assert doc.triggers is not None  # the index is built before the new pattern registers
    late = [("late", Prefiltered.compile(r"\bquokkaword\b", re.I)), ROWS[1]]
    register(frozenset({"quokkaword"}))
    # not covered by the index: every row is asked (its own look-up finds the late trigger)
    assert _by_look_up(doc, late) == [(0, late[0])]
    assert active_rows(doc, late) == list(enumerate(late))


def test_pipeline_tables_give_the_rows_with_candidates() -> None:
    """The child status and age tables over the bundled sample: the same rows as one look-up per row."""
    from caselearn.extract import age, child_status
    from caselearn.extract.pipeline import Pipeline

    text = SAMPLE.read_text(encoding="utf-8")
    Pipeline().run(Doc.from_text(text))
    for part in (text, text[:300], text[:2000], "Child B was 14. He was in Year 9."):
        doc = Doc.from_text(part)
        for rows in [*child_status._tables().values(), age._PREFILTERED]:
            assert _with_candidates(doc, active_rows(doc, rows)) == _by_look_up(doc, rows)


def test_triggers_through_few_strings_items() -> None:
    """A literal run goes on through an item that matches one of a few strings exactly (``\\.?``,
    ``[- ]``, an optional or alternative literal group), so a trigger need not be a fragment."""
    from caselearn.extract.prefilter import required_literals

    assert required_literals(r"\b(?:care order|section 20|s\.?20)", re.I) == {"care order", "section 20", "s.20", "s20"}
    assert required_literals(r"home[- ]educat\w+|home[- ]school\w*", re.I) == {
        "home-educat",
        "home educat",
        "home-school",
        "home school",
    }
    # "women", "assessment" hold "men"; " men" (the space before is in every match) they do not
    assert required_literals(r"by (?:three|\d+) (?:different )?(?:fathers|men|partners)", re.I) == {
        " fathers",
        " men",
        " partners",
    }
    # no trigger before, none now (an optional item alone is not required)
    assert required_literals(r"(?:ab)?\w+", re.I) is None


def test_every_match_holds_a_trigger_random() -> None:
    """Random patterns built from literals, few-strings items and other items, over random texts:
    every match (and so every sentence holding one) holds one string of each trigger set."""
    import random

    from caselearn.extract.prefilter import extra_literals, required_literals

    rng = random.Random(9)
    alphabet = "aabbc -."

    def atom(depth: int) -> str:
        k = rng.randrange(9 if depth < 2 else 5)
        if k <= 1:
            return rng.choice("abc")
        if k == 2:
            return rng.choice(["[- ]", "[ab]", "[-.]"])
        if k == 3:
            return rng.choice(["a", "b", r"\."]) + "?"
        if k == 4:
            return rng.choice([r"\w+", r"\w*", "[^ ]", r"\s*", r"\b"])
        inner = "|".join(seq(depth + 1) for _ in range(rng.randrange(1, 4)))
        return "(?:" + inner + ")" + rng.choice(["", "", "?"])

    def seq(depth: int) -> str:
        return "".join(atom(depth) for _ in range(rng.randrange(1, 4)))

    checked = 0
    for _ in range(4000):
        source = "|".join(seq(0) for _ in range(rng.randrange(1, 3)))
        flags = rng.choice([0, re.I])
        try:
            re.compile(source, flags)
        except re.error:
            continue
        primary = required_literals(source, flags)
        if primary is None:
            continue  # scanned whole
        sets = (primary, *extra_literals(source, flags, primary))
        regex = re.compile(source, flags)
        for _ in range(8):
            text = "".join(rng.choice(alphabet + alphabet.upper()) for _ in range(rng.randrange(1, 80)))
            for m in regex.finditer(text):
                seg = m.group(0)
                for strings in sets:
                    assert any((t[1:] in seg) if t.startswith(CASE) else (t in seg.lower()) for t in strings), (
                        source,
                        flags,
                        seg,
                        strings,
                    )
                checked += 1
    assert checked > 500
