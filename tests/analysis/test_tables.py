"""Table kinds, suppression, intervals, units and rendering on small hand-made datasets."""

from __future__ import annotations

import io
import json

import numpy as np
import pytest

from caselearn.analysis.dataset import frame_from_records
from caselearn.analysis.denominators import Policy, Unit
from caselearn.analysis.intervals import wilson
from caselearn.analysis.render import Format, render
from caselearn.analysis.suppression import Group, suppress
from caselearn.analysis.tables import TableSpec, compute, members, parse_periods
from caselearn.errors import InvalidInput


def frame(rows: list[dict]):
    return frame_from_records([{"review_id": r.pop("review_id"), **r} for r in rows])


def cells(table) -> dict:
    return {(r["row"], r["column"]): r for r in table.tidy().to_dict(orient="records")}


@pytest.fixture
def small():
    rows = []
    for i in range(20):
        rows.append(
            {
                "review_id": f"R{i // 2}",  # two children per review
                "age_band": ["under_1", "1_5", "6_10", "11_15"][i % 4],
                "outcome": "death" if i < 12 else "serious_harm",
                "incident_year": 2014 + i % 5,
                "poverty": "present" if (i // 2) % 2 == 0 else "absent",
                "domestic_abuse": "present" if (i // 2) % 2 == 0 else ("not_known" if (i // 2) % 4 == 1 else "absent"),
                "parental_mental_health": "present" if i < 10 else "absent",
                "child_mental_health": "present" if i % 4 == 3 else "absent",
                "agencies_involved": "police;gp" if i % 3 == 0 else "",
            }
        )
    # review-level values must repeat: make R-pairs share case values
    for i in range(1, 20, 2):
        for key in ("poverty", "domestic_abuse", "parental_mental_health", "incident_year", "agencies_involved"):
            rows[i][key] = rows[i - 1][key]
    return frame(rows)


def test_crosstab_has_column_percentages_and_an_all_column(small):
    got = cells(compute(small, TableSpec("crosstab", ("outcome",), by="age_band")))
    assert got[("death", "under_1")] == {**got[("death", "under_1")], "count": 3, "denominator": 5}
    assert got[("death", "all")]["count"] == 12 and got[("death", "all")]["denominator"] == 20
    assert got[("death", "all")]["percent"] == 60.0


def test_cumulative_counts_units_by_number_of_flags(small):
    table = compute(small, TableSpec("cumulative", ("poverty", "domestic_abuse", "parental_mental_health")))
    got = cells(table)
    assert sum(got[(str(k), "all")]["count"] for k in range(4)) == 20
    assert got[("3", "all")]["count"] == 6  # reviews 0, 2, 4 (children 0,1,4,5,8,9) have all three


def test_trend_gives_counts_and_per_year_rates_for_unequal_periods(small):
    spec = TableSpec("trend", ("outcome",), periods=parse_periods("2014-2017,2017-2019"))
    got = cells(compute(small, spec))
    death_a = got[("death", "2014-2017")]
    assert death_a["denominator"] == 12 and death_a["per_year"] == round(death_a["count"] / 3, 1)
    assert got[("death", "2017-2019")]["per_year"] == round(got[("death", "2017-2019")]["count"] / 2, 1)
    with pytest.raises(InvalidInput, match="ends before it starts"):
        parse_periods("2019-2017")


def test_unit_review_counts_each_review_once(small):
    by_child = cells(compute(small, TableSpec("prevalence", ("poverty", "child_mental_health"))))
    by_review = cells(compute(small, TableSpec("prevalence", ("poverty", "child_mental_health"), unit=Unit.review)))
    assert by_child[("poverty", "all")]["count"] == 10 and by_review[("poverty", "all")]["count"] == 5
    assert by_review[("poverty", "all")]["denominator"] == 10
    # child mental health applies from 6: children under 6 are outside; a review counts when a child may be 6+
    assert by_child[("child_mental_health", "all")]["denominator"] == 10
    assert by_review[("child_mental_health", "all")]["denominator"] == 5


def test_known_policy_drops_not_known(small):
    got = cells(compute(small, TableSpec("counts", ("domestic_abuse",), policy=Policy.known)))
    assert ("not_known", "all") not in got
    assert got[("present", "all")]["denominator"] == 14  # reviews 1, 5 and 9 do not say


def test_set_variable_counts_each_value(small):
    got = cells(compute(small, TableSpec("counts", ("agencies_involved",))))
    assert got[("police", "all")]["count"] == 8 and got[("gp", "all")]["count"] == 8


def test_secondary_suppression_hides_a_second_cell_in_every_group():
    counts = {"a": 3, "b": 10, "c": 20, "t": 33}
    assert suppress(counts, [Group(("a", "b", "c"))], 6) == {"a", "b"}
    # a row of cells adding up to a total cell: hiding the total too is not enough alone
    hidden = suppress({"x": 2, "y": 9, "all": 11}, [Group(("x", "y"), "all")], 6)
    assert hidden == {"x", "y"}
    assert suppress(counts, [Group(("a", "b", "c"))], 0) == set()


def test_a_suppressed_cell_cannot_be_recovered_from_any_total(small):
    table = compute(small, TableSpec("crosstab", ("outcome",), by="age_band", suppress=4))
    tidy = table.tidy()
    for column, part in tidy.groupby("column"):
        assert part["count"].isna().sum() != 1, column  # never exactly one unknown in a column
    for row, part in tidy.groupby("row"):
        assert part["count"].isna().sum() != 1, row
    with pytest.raises(Exception, match="suppressed"):
        hidden = tidy[tidy["count"].isna()].iloc[0]
        members(small, table.spec, hidden["row"], hidden["column"])


def test_wilson_intervals_match_statsmodels():
    from statsmodels.stats.proportion import proportion_confint

    count, n = np.array([0, 1, 62, 97, 50]), np.array([10, 3, 165, 278, 50])
    low, high = wilson(count, n)
    ref_low, ref_high = proportion_confint(count, n, alpha=0.05, method="wilson")
    assert np.allclose(low, ref_low * 100) and np.allclose(high, ref_high * 100)


def test_ci_columns_and_renderings(small):
    table = compute(small, TableSpec("prevalence", ("poverty",), ci=True, suppress=3))
    out = json.loads(render(table, Format.json))
    assert out[0]["count"] == 10 and out[0]["ci_low"] < 50 < out[0]["ci_high"]
    assert render(table, Format.md).splitlines()[2].startswith("| prevalence | poverty | all | 10 | 20 | 50.0 |")
    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(render(table, Format.xlsx)))["table"]
    assert [c.value for c in sheet[1]][:6] == ["table", "row", "column", "count", "denominator", "percent"]


def test_bad_specs_are_user_errors(small):
    for spec, message in (
        (TableSpec("pie"), "unknown table kind"),
        (TableSpec("counts", ("nonsense",)), "unknown variable"),
        (TableSpec("crosstab", ("outcome",)), "needs --by"),
        (TableSpec("overlap", ("poverty",)), "2 to 8 flags"),
        (TableSpec("trend", ("outcome",)), "needs --periods"),
    ):
        with pytest.raises(InvalidInput, match=message):
            compute(small, spec)
