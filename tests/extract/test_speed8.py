"""Round 8 of the speed work: prefiltered scans search a candidate sentence before iterating over it,
which gives what ``finditer`` over every candidate sentence gives."""

from __future__ import annotations

import re
from pathlib import Path

from caselearn.extract.prefilter import CASE, Prefiltered, required_literals
from caselearn.extract.text import Doc

SAMPLE = Path(__file__).parents[2] / "benchmarks" / "extract" / "sample_report.txt"
TEXT = (
    "Child A lived with her mother. The mother said she had not been drinking heavily.\n\n"
    "ED staff saw her. Heavily pregnant, the mother attended the ED again; drinking\nheavily. "
    "1. Agencies should share information about drinking. the end"
)


def test_prefiltered_scans_give_finditer_matches() -> None:
    doc = Doc.from_text(TEXT)
    for source in (r"\bdrinking\b(?: heavily)?", r"(?<=the )mother|\bED\b", r"\b(?:he|the)\w*", r"x?(?=heav)"):
        pattern = Prefiltered.compile(source, re.I)
        expected = [
            (m.span(), m.group()) for s in doc.sentences for m in pattern.regex.finditer(doc.text, s.start, s.end)
        ]
        assert [(m.span(), m.group()) for m in pattern.finditer(doc)] == expected, source
        ranges = [(0, 45), (60, len(doc.text))]
        expected = [
            (m.span(), m.group())
            for s in doc.sentences
            for a, b in ranges
            if max(a, s.start) < min(b, s.end)
            for m in pattern.regex.finditer(doc.text, max(a, s.start), min(b, s.end))
        ]
        got = [(m.span(), m.group()) for m in pattern.finditer(doc, ranges)]
        assert got == expected, source


def test_literal_text_joined_to_the_alternation_after_it() -> None:
    # the parser turns "not|never|nobody" into "n" and "ot|ever|obody": the triggers keep the "n"
    assert required_literals(r"not|never|nobody", re.I) == {"not", "never", "nobody"}
    # a long run of common words beats two-letter fragments such as "ot" (in "mother", "both")
    assert required_literals(r"\b(?:not|never|nobody|no one)\b[^.]{0,60}\bhim as", re.I) == {"him as"}
    # a pattern with no trigger before stays without one (scanned whole, as before)
    assert required_literals(r"n(?:o|ever)", re.I) is None
    assert required_literals(r"no|never", re.I) is None


def test_every_match_holds_a_trigger() -> None:
    """Every match of every prefiltered pattern the pipeline compiles, inside a sentence of the
    bundled sample, holds one of its triggers (so no candidate sentence is lost)."""
    import gc

    from caselearn.extract.pipeline import Pipeline

    text = SAMPLE.read_text(encoding="utf-8")
    Pipeline().run(Doc.from_text(text))  # compiles every pattern the components use
    compiled = [o for o in gc.get_objects() if isinstance(o, Prefiltered)]
    doc = Doc.from_text(text)
    assert len(compiled) > 100
    for pattern in compiled:
        if pattern.triggers is None:
            continue
        for sent in doc.sentences:
            for m in pattern.regex.finditer(doc.text, sent.start, sent.end):
                found = m.group(0)
                assert any(
                    (t[1:] in found) if t.startswith(CASE) else (t in found.lower()) for t in pattern.triggers
                ), (pattern.regex.pattern[:80], found)


def test_boundaries_and_heading_lines_are_the_finditer_ones() -> None:
    import random

    from caselearn.extract import text as text_module

    boundary = re.compile(text_module._BOUNDARY_SOURCE)
    random.seed(8)
    alphabet = "aA. \n\t!?\"'”’)(“‘1-*•:;,Zz"
    samples = [TEXT, SAMPLE.read_text(encoding="utf-8"), "", "\n", "A.\n\nB", "Part 3\nIntroduction\n1. Findings"]
    samples += ["".join(random.choice(alphabet) for _ in range(random.randint(0, 200))) for _ in range(3000)]
    for sample in samples:
        for variant in (sample, sample.upper(), sample.title()):
            expected = [(m.span(), m.group()) for m in boundary.finditer(variant)]
            assert [(m.span(), m.group()) for m in text_module._boundaries(variant)] == expected, variant
            expected = [(m.span(), m.group("title")) for m in text_module._HEADING_LINE.finditer(variant)]
            assert [(m.span(), m.group("title")) for m in text_module._heading_lines(variant)] == expected, variant


def test_bench_rules_per_document_best(monkeypatch, capsys) -> None:  # noqa: ANN001
    import importlib.util
    import sys

    path = SAMPLE.with_name("bench_rules.py")
    spec = importlib.util.spec_from_file_location("bench_rules_speed8", path)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    assert [p.name for p in bench.MIXED] == ["reports", "reports"]
    assert all(p.is_dir() for p in bench.MIXED)
    monkeypatch.setattr(sys, "argv", ["bench_rules.py", str(SAMPLE), "--repeat", "2", "--per-doc-best"])
    bench.main()
    out = capsys.readouterr().out
    assert "1 reports x 2" in out and "per-document best" in out
