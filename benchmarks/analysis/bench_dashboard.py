"""Response time of the analysis dashboard and a cell's drill-down on a database the
size of the sample corpus (35 reviews, about 45 children, every variable coded with
evidence through write_code). Goal: under 300 ms.

    .venv/bin/python -m benchmarks.analysis.bench_dashboard [--reviews 35] [--repeat 20]
"""

from __future__ import annotations

import argparse
import re
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np
from fastapi.testclient import TestClient

from caselearn.auth.users import create_user, get_or_create_partnership
from caselearn.codebook import load as load_codebook
from caselearn.store.codes import write_code
from caselearn.store.db import Database
from caselearn.store.models import Child, Review
from caselearn.web.app import create_app

PAGES = [
    ("counts age_band", {"kind": "counts", "var": "age_band"}),
    ("prevalence (all flags) --by age_band", {"kind": "prevalence", "by": "age_band"}),
    ("crosstab death_category --by outcome --suppress 6",
     {"kind": "crosstab", "var": "death_category", "by": "outcome", "suppress": "6"}),
    ("overlap poverty parental_mental_health domestic_abuse",
     {"kind": "overlap", "var": ["poverty", "parental_mental_health", "domestic_abuse"]}),
    ("trend outcome --periods 2014-2017,2017-2019,2019-2024",
     {"kind": "trend", "var": "outcome", "periods": "2014-2017,2017-2019,2019-2024"}),
]  # fmt: skip


def _value(var, rng):
    if var.type in ("enum", "flag"):
        return str(rng.choice(var.values))
    if var.type == "int":
        return int(rng.integers(2014, 2024)) if "year" in var.id else int(rng.integers(0, 200))
    if var.type == "set":
        return [str(v) for v in rng.choice(var.values, size=3, replace=False)]
    return f"{var.id} {int(rng.integers(0, 5))}"


def build(db: Database, reviews: int) -> int:
    rng = np.random.default_rng(7)
    book = load_codebook()
    codes = 0
    with db.transaction() as session:
        create_user(session, "bench", "analyst", "benchmark-password", "analyst")
        for i in range(reviews):
            partnership = get_or_create_partnership(session, "bench", f"Area {i % 6} Safeguarding Partnership")
            review = Review(title=f"Synthetic review {i}", external_id=f"S{i}", partnership_id=partnership.id,
                            confidential=i % 7 == 0)  # fmt: skip
            session.add(review)
            session.flush()
            text = f"Passage of synthetic review {i} that a coder marked as evidence."
            evidence = [{"start": 0, "end": len(text), "text": text}]
            for var in book.variables:
                if var.level != "child":
                    write_code(session, "bench", review_id=review.id, variable=var.id, value=_value(var, rng),
                               evidence=evidence, origin="bench", status="accepted")  # fmt: skip
                    codes += 1
            for ordinal in range(1, 2 + (i % 3 == 0)):
                child = Child(review_id=review.id, ordinal=ordinal, alias=f"Child {i}-{ordinal}")
                session.add(child)
                session.flush()
                for var in book.level("child"):
                    value = _value(var, rng)
                    write_code(session, "bench", review_id=review.id, child_id=child.id, variable=var.id,
                               value=value, evidence=evidence, origin="bench", status="accepted")  # fmt: skip
                    codes += 1
    return codes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reviews", type=int, default=35)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(f"sqlite:///{Path(tmp) / 'bench.db'}")
        codes = build(db, args.reviews)
        client = TestClient(create_app(db), follow_redirects=False)
        token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/login").text).group(1)
        client.post("/login", data={"username": "analyst", "password": "benchmark-password", "csrf_token": token})
        print(f"database: {args.reviews} reviews, {codes} accepted codes with evidence")
        print(f"{'page':<68} median / p90 of {args.repeat} (ms)")
        worst = 0.0
        for label, params in PAGES:
            first = client.get("/analysis", params=params)
            assert first.status_code == 200, first.text[:300]
            link = re.search(r'<a href="(/analysis/cell\?[^"]+)">', first.text)
            cell_url = link.group(1).replace("&amp;", "&") if link else None
            for name, url, query in (("dashboard", "/analysis", params), ("cell", cell_url, None)):
                if url is None:
                    continue
                times = []
                for _ in range(args.repeat):
                    t0 = time.perf_counter()
                    response = client.get(url, params=query)
                    times.append((time.perf_counter() - t0) * 1000)
                    assert response.status_code == 200
                times.sort()
                median = statistics.median(times)
                worst = max(worst, median)
                print(f"{name + ': ' + label:<68} {median:6.1f} / {times[int(len(times) * 0.9) - 1]:6.1f}")
        print(f"slowest median: {worst:.1f} ms (goal < 300 ms)")
        db.dispose()


if __name__ == "__main__":
    main()
