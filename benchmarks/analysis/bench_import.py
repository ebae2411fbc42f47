"""Importing a coded-dataset CSV: validation, then reviews, children, accepted codes and
one audit row per code in one transaction (SQLite file).

    .venv/bin/python -m benchmarks.analysis.bench_import [--children 10000]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select

from caselearn.analysis.csv_io import import_frame, read_csv, to_csv_text
from caselearn.store.db import Database
from caselearn.store.models import AuditEntry, Code

from .synthetic import frame


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--children", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "synthetic.csv"
        t0 = time.perf_counter()
        path.write_text(to_csv_text(frame(args.children)), encoding="utf-8")
        print(f"wrote {args.children:,} rows ({path.stat().st_size / 1e6:.1f} MB) in {time.perf_counter() - t0:.1f}s")
        t0 = time.perf_counter()
        data = read_csv(path)
        read_s = time.perf_counter() - t0
        db = Database(f"sqlite:///{Path(tmp) / 'bench.db'}")
        t0 = time.perf_counter()
        with db.transaction() as session:
            done = import_frame(session, "bench", data, origin=f"import:{path.name}")
        store_s = time.perf_counter() - t0
        with db.session() as session:
            codes = session.scalar(select(func.count()).select_from(Code))
            audits = session.scalar(select(func.count()).select_from(AuditEntry))
        print(f"read and validated in {read_s:.2f}s")
        print(f"stored {done['reviews']:,} reviews, {done['children']:,} children,")
        print(f"{codes:,} codes and {audits:,} audit rows in {store_s:.2f}s ({codes / store_s:,.0f} codes/s)")
        db.dispose()


if __name__ == "__main__":
    main()
