"""Ingest throughput on generated text-layer PDFs, as a ratio to Debian's pdftotext on the
same files in the same run.

    .venv/bin/python benchmarks/repository/bench_ingest.py [--files 40] [--pages 20]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from caselearn.store.db import Database  # noqa: E402
from caselearn.store.ingest import ingest  # noqa: E402

WORDS = (
    "the health visitor saw the mother at home and discussed safe sleep the social worker visited the family "
    "school nurse referral domestic abuse neglect assessment strategy meeting child protection plan police "
).split()


def make_corpus(folder: Path, files: int, pages: int) -> list[Path]:
    from fpdf import FPDF

    out = []
    for n in range(files):
        pdf = FPDF(format="A4")
        pdf.set_font("helvetica", size=10)
        for p in range(pages):
            pdf.add_page()
            pdf.set_font("helvetica", size=10)
            pdf.cell(0, 5, f"Benchmark Safeguarding Children Partnership - Review {n}", new_x="LMARGIN", new_y="NEXT")
            for line in range(50):
                words = [WORDS[(n * 7 + p * 13 + line * 3 + i) % len(WORDS)] for i in range(14)]
                pdf.cell(0, 5, f"{p}.{line} " + " ".join(words) + f" {n}-{p}-{line}.", new_x="LMARGIN", new_y="NEXT")
        path = folder / f"review-{n:04d}.pdf"
        path.write_bytes(bytes(pdf.output()))
        out.append(path)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=40)
    parser.add_argument("--pages", type=int, default=20)
    parser.add_argument("--jobs", type=int, default=0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "pdfs"
        folder.mkdir()
        files = make_corpus(folder, args.files, args.pages)
        start = time.perf_counter()
        for path in files:
            subprocess.run(["pdftotext", str(path), str(path.with_suffix(".txt"))], check=True)
        reference = time.perf_counter() - start
        db = Database(f"sqlite:///{tmp}/bench.db")
        start = time.perf_counter()
        outcomes = ingest(db, [folder / f.name for f in files], jobs=args.jobs or None)
        ours = time.perf_counter() - start
        assert all(o.status == "ingested" for o in outcomes), outcomes[:3]
        pages = args.files * args.pages
        print(f"{args.files} PDFs x {args.pages} pages = {pages} pages")
        print(f"pdftotext (serial, text only): {reference:.2f} s  ({pages / reference:.0f} pages/s)")
        print(f"caselearn ingest (parse+normalise+store+index): {ours:.2f} s  ({pages / ours:.0f} pages/s)")
        print(f"ratio caselearn / pdftotext: {ours / reference:.2f}x  (goal <= 3x)")


if __name__ == "__main__":
    main()
