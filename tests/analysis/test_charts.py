"""Charts: every kind renders to PNG and SVG; the Venn diagram's areas are proportional."""

from __future__ import annotations

import math

import pytest

from caselearn.analysis import charts
from caselearn.analysis.csv_io import read_csv
from caselearn.analysis.dataset import Filters
from caselearn.analysis.tables import TableSpec, compute, parse_periods

NEGLECT = Filters(where={"neglect_feature": ("present",)})


@pytest.mark.parametrize(
    "spec",
    [
        TableSpec("prevalence", ("disability", "behaviour_problems"), by="age_band", suppress=6),
        TableSpec("overlap", ("poverty", "domestic_abuse")),
        TableSpec("overlap", ("poverty", "parental_mental_health", "domestic_abuse"), filters=NEGLECT),
        TableSpec("overlap", ("poverty", "parental_mental_health", "domestic_abuse", "parental_aces")),
        TableSpec("trend", ("outcome",), periods=parse_periods("2014-2015,2015-2017")),
    ],
    ids=["bars", "venn2", "venn3", "upset", "trend"],
)
def test_each_chart_renders_png_and_svg(triennial_csv, spec):
    table = compute(read_csv(triennial_csv), spec)
    assert charts.chart(table, "png").startswith(b"\x89PNG")
    svg = charts.chart(table, "svg")
    assert b"<svg" in svg and spec.kind.encode() in svg


def test_venn_circles_have_the_areas_of_the_sets_and_their_overlap():
    (x0, y0, r0), (x1, y1, r1) = charts.venn_layout([120.0, 80.0], {(0, 1): 30.0})
    assert math.pi * r0 * r0 == pytest.approx(120) and math.pi * r1 * r1 == pytest.approx(80)
    assert charts._lens_area(r0, r1, math.dist((x0, y0), (x1, y1))) == pytest.approx(30, rel=1e-6)
    circles = charts.venn_layout([100.0, 100.0, 60.0], {(0, 1): 40.0, (0, 2): 20.0, (1, 2): 25.0})
    for (i, j), area in {(0, 1): 40.0, (0, 2): 20.0, (1, 2): 25.0}.items():
        (xa, ya, ra), (xb, yb, rb) = circles[i], circles[j]
        assert charts._lens_area(ra, rb, math.dist((xa, ya), (xb, yb))) == pytest.approx(area, rel=1e-3)
