"""The round check's comparison tool: every value a change put right or wrong, against truth."""

from __future__ import annotations

import copy
import importlib.util
import json
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TOOL = ROOT / "evaluation" / "devset" / "tools" / "compare_predictions.py"


def _tool():
    spec = importlib.util.spec_from_file_location("compare_predictions", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _labelled(tmp_path: Path) -> tuple[Path, dict]:
    folder = tmp_path / "set-a"
    (folder / "truth").mkdir(parents=True)
    shutil.copy(ROOT / "evaluation" / "devset" / "tuning" / "truth" / "t01.json", folder / "truth" / "t01.json")
    truth = json.loads((folder / "truth" / "t01.json").read_text(encoding="utf-8"))
    plain = {"dir": str(folder), "review": truth["review"], "children": truth["children"], "case": truth["case"]}
    return folder, {"set-a/t01": plain}


def test_no_change_reports_nothing(tmp_path):
    tool = _tool()
    _, dump = _labelled(tmp_path)
    assert tool.changes(dump, copy.deepcopy(dump)) == []


def test_values_put_wrong_and_right_are_told_apart(tmp_path):
    tool = _tool()
    _, right = _labelled(tmp_path)
    wrong = copy.deepcopy(right)
    wrong["set-a/t01"]["review"]["review_type"] = "other"
    child = wrong["set-a/t01"]["children"][0]
    child["sex"] = "not_known" if child["sex"] != "not_known" else "male"
    lost = tool.changes(right, wrong)
    assert {(mark, var) for mark, _, _, var, *_ in lost} == {("-", "review_type"), ("-", "sex")}
    gained = tool.changes(wrong, right)
    assert {(mark, var) for mark, _, _, var, *_ in gained} == {("+", "review_type"), ("+", "sex")}
    text = tool.report(gained)
    assert "right 2" in text and "wrong 0" in text and "'set-a': 2" in text


def test_a_report_that_failed_to_read_is_left_out(tmp_path):
    tool = _tool()
    _, dump = _labelled(tmp_path)
    assert tool.changes(dump, {"set-a/t01": {"error": "encrypted PDF"}}) == []
