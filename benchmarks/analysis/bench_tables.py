"""Every table kind over a synthetic dataset of 100,000 coded children (goal: under 1 s each).

.venv/bin/python -m benchmarks.analysis.bench_tables [--children 100000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import time

from caselearn.analysis.dataset import Filters
from caselearn.analysis.denominators import Policy, Unit
from caselearn.analysis.tables import TableSpec, compute, parse_periods

from .synthetic import frame

CASES = [
    ("counts age_band", TableSpec("counts", ("age_band",))),
    ("counts death_category --denominator known", TableSpec("counts", ("death_category",), policy=Policy.known)),
    ("prevalence (all flags)", TableSpec("prevalence")),
    ("prevalence (all flags) --by age_band --ci --suppress 6",
     TableSpec("prevalence", by="age_band", ci=True, suppress=6)),
    ("prevalence (all flags) --unit review", TableSpec("prevalence", unit=Unit.review)),
    ("crosstab death_category --by age_band --suppress 6",
     TableSpec("crosstab", ("death_category",), by="age_band", suppress=6)),
    ("overlap poverty parental_mental_health domestic_abuse",
     TableSpec("overlap", ("poverty", "parental_mental_health", "domestic_abuse"))),
    ("overlap of 6 flags --where neglect_feature=present",
     TableSpec("overlap", ("poverty", "parental_mental_health", "domestic_abuse", "parental_alcohol_misuse",
                           "parental_drug_misuse", "parental_aces"),
               filters=Filters(where={"neglect_feature": ("present",)}))),
    ("cumulative of 9 adversities",
     TableSpec("cumulative", ("domestic_abuse", "parental_mental_health", "parental_aces", "poverty",
                              "parental_alcohol_misuse", "parental_criminal_record", "transient_lifestyle",
                              "multiple_partners", "social_isolation"))),
    ("trend outcome --periods 2010-2014,2014-2017,2017-2019,2019-2024",
     TableSpec("trend", ("outcome",), periods=parse_periods("2010-2014,2014-2017,2017-2019,2019-2024"))),
]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--children", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    started = time.perf_counter()
    data = frame(args.children)
    print(f"synthetic dataset: {len(data):,} children, {data['review_id'].nunique():,} reviews, "
          f"made in {time.perf_counter() - started:.2f}s")  # fmt: skip
    worst = 0.0
    print(f"{'table':<66} {'cells':>5}  best / median of {args.repeat} (s)")
    for label, spec in CASES:
        times = []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            table = compute(data, spec)
            times.append(time.perf_counter() - t0)
        times.sort()
        worst = max(worst, times[len(times) // 2])
        print(f"{label:<66} {len(table.cells):>5}  {times[0]:.3f} / {times[len(times) // 2]:.3f}")
    print(f"slowest median: {worst:.3f}s (goal < 1 s each)")


if __name__ == "__main__":
    main()
