"""The 2014-17 triennial analysis, Tables 1 to 3 (and Figure 2), reproduced from a
fictional dataset with the published marginals. Expected values come from the
published figures, never from caselearn's own output."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import pytest

from caselearn.analysis.csv_io import import_frame, read_csv
from caselearn.analysis.dataset import Filters, from_store
from caselearn.analysis.denominators import Policy, Unit
from caselearn.analysis.tables import TableSpec, compute
from caselearn.auth.principal import SYSTEM

from .triennial import BANDS, FIGURE_2, FIGURE_2_PERCENT, N_REPORTS, TABLE_1, TABLE_2, TABLE_3


def half_up(value: Decimal, places: str) -> Decimal:
    return value.quantize(Decimal(places), rounding=ROUND_HALF_UP)


def expected_percent(count: int, denominator: int) -> float:
    """One decimal, from the published count and denominator."""
    return float(half_up(Decimal(count) * 100 / Decimal(denominator), "0.1"))


def as_published(percent: float) -> int:
    """The analysis prints whole percentages."""
    return int(half_up(Decimal(str(percent)), "1"))


def cells(table) -> dict[tuple[str, str], dict]:
    return {(r["row"], r["column"]): r for r in table.tidy().to_dict(orient="records")}


@pytest.fixture(params=["csv", "store"])
def frame(request, triennial_csv, db):
    """The same dataset analysed straight from the CSV, and after importing it into the store."""
    data = read_csv(triennial_csv)
    if request.param == "csv":
        return data
    with db.transaction() as session:
        import_frame(session, "test", data, origin="import:triennial.csv")
    with db.session() as session:
        return from_store(session, SYSTEM)


@pytest.mark.parametrize("unit", [Unit.child, Unit.review])
@pytest.mark.parametrize("published", [TABLE_1, TABLE_2], ids=["table1", "table2"])
def test_tables_1_and_2_parental_and_family_characteristics(frame, unit, published):
    table = compute(frame, TableSpec("prevalence", tuple(published), unit=unit))
    got = cells(table)
    for flag, (count, percent) in published.items():
        cell = got[(flag, "all")]
        assert cell["count"] == count, flag
        assert cell["denominator"] == N_REPORTS, flag
        assert cell["percent"] == expected_percent(count, N_REPORTS), flag
        assert as_published(cell["percent"]) == percent, flag


def test_table_3_child_experiences_by_age_band(frame):
    table = compute(frame, TableSpec("prevalence", tuple(TABLE_3), by="age_band"))
    got = cells(table)
    for flag, (per_band, total, percent, denominator) in TABLE_3.items():
        for (band, size), count in zip(BANDS.items(), per_band, strict=True):
            cell = got[(flag, band)]
            if count is None:  # "-": the band is outside the age restriction
                assert cell["denominator"] == 0 and cell["count"] == 0, (flag, band)
            else:
                assert cell["count"] == count, (flag, band)
                assert cell["denominator"] == size, (flag, band)
        assert sum(c for c in per_band if c is not None) == total
        cell = got[(flag, "all")]
        assert (cell["count"], cell["denominator"]) == (total, denominator), flag
        assert cell["percent"] == expected_percent(total, denominator), flag
        assert as_published(cell["percent"]) == percent, flag


def test_age_restricted_denominators_are_165_and_107(frame):
    table = compute(frame, TableSpec("prevalence", ("behaviour_problems", "child_mental_health", "bullying")))
    got = cells(table)
    assert got[("behaviour_problems", "all")]["denominator"] == N_REPORTS - BANDS["under_1"] == 165
    assert got[("child_mental_health", "all")]["denominator"] == N_REPORTS - BANDS["under_1"] - BANDS["1_5"] == 107
    assert got[("bullying", "all")]["denominator"] == 107


def test_age_bands_counts(frame):
    got = cells(compute(frame, TableSpec("counts", ("age_band",))))
    for band, size in BANDS.items():
        assert got[(band, "all")]["count"] == size
        assert got[(band, "all")]["denominator"] == N_REPORTS
    # (the briefing's "Children's ages" percentages are of all 368 notified SCRs, not of these 278 reports)
    assert got[("not_known", "all")]["count"] == 0


def test_figure_2_overlap_in_neglect_cases(frame):
    spec = TableSpec(
        "overlap",
        ("poverty", "parental_mental_health", "domestic_abuse"),
        filters=Filters(where={"neglect_feature": ("present",)}),
    )
    got = cells(compute(frame, spec))
    for region, count in FIGURE_2.items():
        cell = got[("+".join(region) or "none", "all")]
        assert cell["count"] == count and cell["denominator"] == 208
        assert as_published(cell["percent"]) == FIGURE_2_PERCENT[region]


def test_known_denominator_excludes_not_known(frame):
    all_ = cells(compute(frame, TableSpec("prevalence", ("poverty",))))[("poverty", "all")]
    known = cells(compute(frame, TableSpec("prevalence", ("poverty",), policy=Policy.known)))[("poverty", "all")]
    assert known["count"] == all_["count"] == 97
    assert known["denominator"] < all_["denominator"] == N_REPORTS
