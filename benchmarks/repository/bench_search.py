"""Search latency, p50 and p95 over 20 typical queries, on a generated repository of
2,000 reports of 40 pages each (synthetic normalised text inserted directly).

    .venv/bin/python benchmarks/repository/bench_search.py [--reviews 2000] [--pages 40] [--db FILE]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from caselearn.auth.principal import SYSTEM  # noqa: E402
from caselearn.store import search  # noqa: E402
from caselearn.store.db import Database  # noqa: E402
from caselearn.store.models import Document, Partnership, Review  # noqa: E402
from caselearn.store.reviews import search_reviews  # noqa: E402

VOCAB = (
    "mother father baby child health visitor social worker school nurse police midwife hospital referral "
    "assessment neglect domestic abuse violence alcohol drugs mental health housing safe sleep co-sleeping "
    "bruising injury fracture strategy meeting child protection plan professional curiosity information sharing "
    "escalation supervision voice of the child disguised compliance missed appointments cannabis methadone "
    "exploitation county lines self-harm suicide bedroom sofa overcrowding poverty interpreter language"
).split()
FILLER = "the a and of to in was were had with that for on at by as this from which".split()
QUERIES = [
    "neglect", '"safe sleep"', "co-sleeping", "domestic abuse", "professional curiosity", '"voice of the child"',
    "methadone OR cannabis", "bruising AND fracture", "exploitation NOT suicide", "escal*", "interpreter",
    '"information sharing"', "disguised compliance", "health visitor", "self-harm", "overcrowding housing",
    "supervision", '"missed appointments"', "county lines", "father",
]  # fmt: skip


def generate(db: Database, reviews: int, pages: int) -> None:
    rng = random.Random(7)
    types = ["scr", "lcspr", "rapid_review", "thematic_review"]
    # a pool of random pages, combined differently for each review, keeps generation fast
    pool = [
        " ".join(rng.choice(VOCAB) if rng.random() < 0.3 else rng.choice(FILLER) for _ in range(450))
        for _ in range(500)
    ]
    with db.transaction() as s:
        parts = [Partnership(name=f"Place{i} Safeguarding Children Partnership") for i in range(40)]
        s.add_all(parts)
        s.flush()
        for r in range(reviews):
            page_texts = [f"{r} {p} " + rng.choice(pool) for p in range(pages)]
            page_map, offset = [], 0
            for t in page_texts:
                page_map.append(offset)
                offset += len(t) + 2
            body = "\n\n".join(page_texts)
            review = Review(
                title=f"Review {r}",
                review_type=types[r % 4],
                partnership_id=parts[r % 40].id,
                confidential=False,
            )
            s.add(review)
            s.flush()
            s.add(
                Document(
                    review_id=review.id, filename=f"{r}.txt", media_type="text/plain", original=b"",
                    content_hash=f"{r:064d}", text=body, page_map=page_map, sections=[], ocr=False,
                )
            )  # fmt: skip
            search.index_review(s, review.id, review.title, body, page_map)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reviews", type=int, default=2000)
    parser.add_argument("--pages", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--db", help="keep the generated database in this file and reuse it when it exists")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(args.db) if args.db else Path(tmp) / "bench.db"
        fresh = not path.exists()
        db = Database(f"sqlite:///{path}")
        if fresh:
            start = time.perf_counter()
            generate(db, args.reviews, args.pages)
            print(f"generated {args.reviews} reviews x {args.pages} pages in {time.perf_counter() - start:.0f} s")
        else:
            print(f"reusing {path} (generated earlier)")
        times = []
        with db.session() as s:
            for q in QUERIES:  # warm the page cache once
                search_reviews(s, SYSTEM, q, limit=10)
            for _ in range(args.rounds):
                for q in QUERIES:
                    t = time.perf_counter()
                    found = search_reviews(s, SYSTEM, q, limit=10)
                    times.append((time.perf_counter() - t) * 1000)
                    assert found.total >= 0
        times.sort()
        p50 = statistics.median(times)
        p95 = times[int(len(times) * 0.95) - 1]
        print(f"{len(times)} searches (20 queries x {args.rounds}), top 10 with snippets and facets")
        print(f"p50 {p50:.1f} ms, p95 {p95:.1f} ms, max {times[-1]:.1f} ms  (goal p95 < 50 ms)")


if __name__ == "__main__":
    main()
