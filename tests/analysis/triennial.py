"""A fictional coded dataset whose marginals are those published in the 2014-17
triennial analysis of serious case reviews (shared/seeds/triennial-analysis-2014-17-briefing.txt).

278 reports, one subject child each. Every row is made up: only the totals
match the published Tables 1 to 3 (and Figure 1's deaths/serious harm, the 208
reports where neglect was a feature, and Figure 2's overlap of poverty, parental
mental health and domestic abuse in those 208).
"""

from __future__ import annotations

import csv
import io

N_REPORTS = 278

# Table 1 and Table 2: parental and family characteristics, reported in n of 278.
TABLE_1 = {
    "parental_alcohol_misuse": (99, 36),
    "parental_drug_misuse": (99, 36),
    "parental_mental_health": (153, 55),
    "parental_aces": (102, 37),
    "parental_learning_disability": (36, 13),
    "parental_criminal_record": (83, 30),
    "parental_violent_crime": (42, 15),
}
TABLE_2 = {
    "parental_separation": (150, 54),
    "acrimonious_separation": (41, 15),
    "domestic_abuse": (164, 59),
    "social_isolation": (51, 18),
    "transient_lifestyle": (81, 29),
    "multiple_partners": (67, 24),
    "poverty": (97, 35),
}

# Table 3: band sizes (corrected: 113, 58, 17, 52, 38) and counts per band; None is "-" (excluded).
BANDS = {"under_1": 113, "1_5": 58, "6_10": 17, "11_15": 52, "16_plus": 38}
TABLE_3 = {
    # flag: (counts per band, total, published percent, published denominator)
    "disability": ((2, 7, 5, 15, 11), 40, 14, 278),
    "behaviour_problems": ((None, 3, 7, 26, 26), 62, 38, 165),
    "child_alcohol_misuse": ((None, None, 0, 12, 14), 26, 24, 107),
    "child_drug_misuse": ((None, None, 0, 13, 18), 31, 29, 107),
    "child_mental_health": ((None, None, 2, 26, 22), 50, 47, 107),
    "bullying": ((None, None, 0, 19, 11), 30, 28, 107),
    "child_sexual_exploitation": ((None, None, 0, 17, 9), 26, 24, 107),
}

# Figure 1: outcome of the 278 reports.
OUTCOMES = {"death": 165, "serious_harm": 113}
# Neglect was a feature in 208 of 278.
NEGLECT = 208
# Figure 2 (n=208): regions of poverty (P), parental mental health (M), domestic abuse (D).
# The figure's labels are garbled by extraction; this reading of the eight numbers is
# the one consistent with Table 4 (poverty 39%, mental health 56%, domestic abuse 64%).
FIGURE_2 = {
    ("poverty",): 13,
    ("parental_mental_health",): 19,
    ("domestic_abuse",): 29,
    ("poverty", "parental_mental_health"): 12,
    ("poverty", "domestic_abuse"): 18,
    ("parental_mental_health", "domestic_abuse"): 48,
    ("poverty", "parental_mental_health", "domestic_abuse"): 38,
    (): 31,
}
FIGURE_2_PERCENT = {k: p for k, p in zip(FIGURE_2, (6, 9, 14, 6, 9, 23, 18, 15), strict=True)}


def _spread(n: int, k: int, offset: int) -> list[bool]:
    """k of n positions marked, spread over the range (deterministic)."""
    order = [(i * 97 + offset) % n for i in range(n)] if n else []
    marked = set(order[:k])
    return [i in marked for i in range(n)]


def _other(i: int) -> str:
    return "absent" if i % 3 else ""  # a factor not reported is absent or not known


def rows() -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    bands = [band for band, size in BANDS.items() for _ in range(size)]
    outcome = ["death" if m else "serious_harm" for m in _spread(N_REPORTS, OUTCOMES["death"], 5)]
    neglect = _spread(N_REPORTS, NEGLECT, 11)
    for i in range(N_REPORTS):
        out.append(
            {
                "review_id": f"TA14-{i + 1:03d}",
                "review_type": "scr",
                "partnership": ("Northby", "Southam", "Eastmere", "Westby")[i % 4] + " LSCB",
                "region": ("london", "north_west", "south_east", "west_midlands")[i % 4],
                "incident_year": str(2014 + i % 3),
                "publication_year": str(2015 + i % 3),
                "alias": f"Child {i + 1}",
                "age_band": bands[i],
                "sex": "male" if i % 13 < 7 else "female",
                "outcome": outcome[i],
                "death_category": "unclear" if outcome[i] == "death" else "not_applicable",
                "neglect_feature": "present" if neglect[i] else "absent",
            }
        )
    for n, (flag, (count, _pct)) in enumerate({**TABLE_1, **TABLE_2}.items()):
        if flag in ("poverty", "parental_mental_health", "domestic_abuse"):
            continue
        for i, on in enumerate(_spread(N_REPORTS, count, 17 * n + 3)):
            out[i][flag] = "present" if on else _other(i + n)
    # poverty, mental health and domestic abuse: Figure 2 inside the neglect reports, the rest outside
    inside = [i for i in range(N_REPORTS) if neglect[i]]
    outside = [i for i in range(N_REPORTS) if not neglect[i]]
    regions = [region for region, size in FIGURE_2.items() for _ in range(size)]
    for i, region in zip(inside, regions, strict=True):
        for flag in ("poverty", "parental_mental_health", "domestic_abuse"):
            out[i][flag] = "present" if flag in region else _other(i)
    for n, flag in enumerate(("poverty", "parental_mental_health", "domestic_abuse")):
        inside_count = sum(size for region, size in FIGURE_2.items() if flag in region)
        rest = {**TABLE_1, **TABLE_2}[flag][0] - inside_count
        for j, on in zip(outside, _spread(len(outside), rest, 7 * n), strict=True):
            out[j][flag] = "present" if on else _other(j)
    # Table 3, band by band; children outside an age restriction are not coded for it
    starts = {}
    position = 0
    for band, size in BANDS.items():
        starts[band] = position
        position += size
    for n, (flag, (per_band, _total, _pct, _den)) in enumerate(TABLE_3.items()):
        for band_index, (band, size) in enumerate(BANDS.items()):
            count = per_band[band_index]
            for j in range(size):
                i = starts[band] + j
                if count is None:
                    out[i][flag] = ""
                else:
                    on = _spread(size, count, 5 * n + band_index)[j]
                    out[i][flag] = "present" if on else _other(i + n)
    return out


def csv_text(columns: list[str]) -> str:
    """The dataset as a coded-dataset CSV with these columns (review_id first)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, restval="", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows())
    return buffer.getvalue()
