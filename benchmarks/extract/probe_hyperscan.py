"""Probe: could Hyperscan replace the trigger prefilter? (round 13 of the speed work; not a dependency)

Compiles every prefiltered pattern of the rule pipeline into one Hyperscan database in prefilter
mode (a superset of each regex's matches) and times one scan per report. Hyperscan is not a
caselearn dependency; install it beside the checkout to run this:

    .venv/bin/pip install --target /tmp/hs hyperscan==0.9.1
    PYTHONPATH=src:/tmp/hs .venv/bin/python benchmarks/extract/probe_hyperscan.py DIR...
"""

from __future__ import annotations

import gc
import re
import sys
import time
from pathlib import Path

import hyperscan

from caselearn.extract.pipeline import Pipeline
from caselearn.extract.prefilter import Prefiltered
from caselearn.extract.text import Doc


def main() -> None:
    files = [f for d in sys.argv[1:] for f in sorted(Path(d).glob("*.txt"))]
    texts = [f.read_text(encoding="utf-8") for f in files]
    pipeline = Pipeline()
    for text in texts:  # every lexicon pattern compiled
        pipeline.run(Doc.from_text(text, [], {}))
    patterns = {(o.regex.pattern, o.regex.flags) for o in gc.get_objects() if isinstance(o, Prefiltered)}
    expressions, flags = [], []
    for pattern, re_flags in sorted(patterns):
        f = hyperscan.HS_FLAG_PREFILTER | hyperscan.HS_FLAG_UTF8 | hyperscan.HS_FLAG_ALLOWEMPTY
        f |= hyperscan.HS_FLAG_CASELESS if re_flags & re.IGNORECASE else 0
        f |= hyperscan.HS_FLAG_DOTALL if re_flags & re.DOTALL else 0
        expressions.append(pattern.encode())
        flags.append(f)
    start = time.process_time()
    db = hyperscan.Database()
    db.compile(expressions=expressions, ids=list(range(len(expressions))), flags=flags)
    print(
        f"{len(expressions)} patterns compiled in {time.process_time() - start:.1f} CPU s, "
        f"{len(hyperscan.dumpb(db)) / 1e6:.1f} MB database"
    )
    scratch = hyperscan.Scratch(db)
    events = 0

    def count(*_args) -> None:
        nonlocal events
        events += 1

    encoded = [t.encode() for t in texts]
    start = time.process_time()
    for _ in range(5):
        for data in encoded:
            db.scan(data, match_event_handler=count, scratch=scratch)
    spent = time.process_time() - start
    mb = 5 * sum(map(len, encoded)) / 1e6
    print(
        f"{len(texts)} reports: scan {mb / spent:.1f} MB per CPU s, "
        f"{1000 * spent / (5 * len(texts)):.2f} ms and {events / (5 * len(texts)):.0f} match events per report"
    )


if __name__ == "__main__":
    main()
