"""Rule-layer speed in MB of report text per second on one core.

    .venv/bin/python benchmarks/extract/bench_rules.py [DIR_OR_FILES...] [--repeat N]

Reads every .txt report given (default: the tests' synthetic report, repeated), runs the rule
pipeline (no learned layer) single-threaded and prints MB/s. Reading and normalisation are
not timed: the figure is for extraction over already-normalised text, as `caselearn code` does.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from caselearn.extract.pipeline import Pipeline
from caselearn.extract.text import Doc

SAMPLE = Path(__file__).with_name("sample_report.txt")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    files: list[Path] = []
    for p in args.paths or [SAMPLE]:
        files += sorted(p.glob("*.txt")) if p.is_dir() else [p]
    texts = [f.read_text(encoding="utf-8") for f in files]
    pipeline = Pipeline()
    for text in texts:  # warm up: compile patterns, load lexicons
        pipeline.run(Doc.from_text(text))
    total = 0
    start = time.perf_counter()
    cpu_start = time.process_time()
    for _ in range(args.repeat):
        for text in texts:
            pipeline.run(Doc.from_text(text))
            total += len(text.encode("utf-8"))
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    mb = total / 1_000_000
    # MB per CPU second of this one single-threaded process: the per-core figure, robust to a
    # busy machine; wall-clock MB/s is shown for reference.
    print(
        f"{len(texts)} reports x {args.repeat}: {mb:.2f} MB in {cpu:.2f} CPU s = {mb / cpu:.2f} MB/s per core "
        f"(wall {elapsed:.2f} s = {mb / elapsed:.2f} MB/s)"
    )


if __name__ == "__main__":
    main()
