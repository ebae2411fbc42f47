"""Rule-layer speed in MB of report text per second on one core.

    .venv/bin/python benchmarks/extract/bench_rules.py [DIR_OR_FILE ...] [--repeat N] [--all-formats]
        [--concat] [--components] [--profile N] [--fresh-names] [--mixed] [--per-doc-best]

Reads every .txt report given (default: the bundled synthetic sample); with ``--all-formats`` also
every .html, .docx and .pdf report, read and normalised by caselearn's readers. Runs the rule
pipeline (no learned layer) single-threaded and prints MB per CPU second. Reading and
normalisation are not timed: the figure is for extraction over already-normalised text, as
`caselearn code` does (building the analysed document, sentences included, is timed).
``--concat`` joins them into one long document (a stand-in for a long review). ``--components``
adds each component's share of the time; ``--profile N`` prints the N costliest functions
(cProfile, by own time) instead of timing. ``--fresh-names`` empties the cache of patterns compiled
from child names (``text.compiled``) before every document, as if no report's names had been seen
before: the repeats (and the warm-up pass) would otherwise find them compiled. ``--mixed`` is the
realistic mix of lengths and formats: every report of heldout-v4 and heldout-v5 (150 reports,
1 to 60 KB, .txt, .html, .docx and .pdf), as ``--all-formats``. ``--per-doc-best`` times each
document on its own in every repeat and adds up each document's fastest time: on a shared machine
this is steadier than the total (a burst of load spoils one document's time in one repeat, not
the figure).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time
from collections import defaultdict
from pathlib import Path

from caselearn.documents import read_file
from caselearn.extract.pipeline import Pipeline
from caselearn.extract.text import Doc, compiled

SAMPLE = Path(__file__).with_name("sample_report.txt")
DEVSET = Path(__file__).resolve().parents[2] / "evaluation" / "devset"
MIXED = [DEVSET / "heldout-v4" / "reports", DEVSET / "heldout-v5" / "reports"]
OTHER_FORMATS = (".html", ".htm", ".docx", ".pdf")


def load(paths: list[Path], all_formats: bool) -> list[tuple[str, list, dict]]:
    """(text, sections, metadata) per report: .txt files as they are (sections found by the
    extraction's fallback, as before); with ``all_formats`` every report through the readers."""
    files: list[Path] = []
    for p in paths:
        if p.is_dir():
            files += sorted(
                f for f in p.iterdir() if f.suffix == ".txt" or (all_formats and f.suffix.lower() in OTHER_FORMATS)
            )
        else:
            files.append(p)
    out = []
    for f in files:
        if f.suffix == ".txt" and not all_formats:
            out.append((f.read_text(encoding="utf-8"), [], {}))
        else:
            parsed = read_file(f)
            out.append((parsed.text, parsed.sections, parsed.metadata))
    return out


class _Timed:
    """A component wrapper adding its CPU time to a shared table."""

    def __init__(self, component, table: dict[str, float]) -> None:  # noqa: ANN001
        self.component, self.name, self.table = component, component.name, table

    def __call__(self, doc, result) -> None:  # noqa: ANN001
        t = time.process_time()
        self.component(doc, result)
        self.table[self.name] += time.process_time() - t


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--all-formats", action="store_true", help="also .html, .docx and .pdf reports")
    parser.add_argument("--concat", action="store_true", help="join all reports into one long document")
    parser.add_argument("--components", action="store_true", help="each component's share of the time")
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="cProfile: the N costliest functions")
    parser.add_argument(
        "--fresh-names", action="store_true", help="compile every document's name patterns afresh (cold cache)"
    )
    parser.add_argument("--mixed", action="store_true", help="heldout-v4 and heldout-v5, every format")
    parser.add_argument(
        "--per-doc-best", action="store_true", help="add up each document's fastest time over the repeats"
    )
    args = parser.parse_args()
    if args.mixed:
        args.paths, args.all_formats = [*args.paths, *MIXED], True
    reports = load(args.paths or [SAMPLE], args.all_formats)
    if args.concat:  # one long report (a 60-page review is about 200 KB); sections: the fallback
        reports = [("\n\n".join(r[0] for r in reports), [], {})]
    pipeline = Pipeline()
    for text, sections, metadata in reports:  # warm up: compile patterns, load lexicons
        pipeline.run(Doc.from_text(text, sections, metadata))
    table: dict[str, float] = defaultdict(float)
    if args.components:
        pipeline = Pipeline([_Timed(c, table) for c in pipeline.components])
    profiler = cProfile.Profile() if args.profile else None
    total = 0
    start = time.perf_counter()
    cpu_start = time.process_time()
    if profiler:
        profiler.enable()
    best = [float("inf")] * len(reports)
    for _ in range(args.repeat):
        for k, (text, sections, metadata) in enumerate(reports):
            if args.fresh_names:
                compiled.cache_clear()
            t = time.process_time()
            doc = Doc.from_text(text, sections, metadata)
            table["(document and sentences)"] += time.process_time() - t
            pipeline.run(doc)
            if args.per_doc_best:
                best[k] = min(best[k], time.process_time() - t)
            total += len(text.encode("utf-8"))
    if profiler:
        profiler.disable()
        pstats.Stats(profiler).sort_stats("tottime").print_stats(args.profile)
        return
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    mb = total / 1_000_000
    # MB per CPU second of this one single-threaded process: the per-core figure, robust to a
    # busy machine; wall-clock MB/s is shown for reference.
    print(
        f"{len(reports)} reports x {args.repeat}: {mb:.2f} MB in {cpu:.2f} CPU s = {mb / cpu:.2f} MB/s per core "
        f"(wall {elapsed:.2f} s = {mb / elapsed:.2f} MB/s)"
    )
    if args.per_doc_best:
        size = sum(len(r[0].encode("utf-8")) for r in reports) / 1_000_000
        print(f"  per-document best: {size:.2f} MB in {sum(best):.3f} CPU s = {size / sum(best):.2f} MB/s per core")
    if args.components:
        for name, spent in sorted(table.items(), key=lambda kv: -kv[1]):
            print(f"  {name:<26} {100 * spent / cpu:5.1f}%")


if __name__ == "__main__":
    main()
