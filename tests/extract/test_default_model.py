"""The learned layer ships with caselearn: found by default, switched off by "none", never trained on a
blind set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from caselearn.cli import app
from caselearn.extract.learned import MODEL_FILE, PACKAGED_MODEL, ModelError, find_model_dir
from caselearn.extract.pipeline import default_pipeline

DEVSET = Path(__file__).resolve().parents[2] / "evaluation" / "devset"
SAMPLE = (
    "Learning review: Baby K\n\nBaby K was 3 months old when he was admitted to hospital with a skull fracture "
    "in May 2024. He lived with his mother and father. The health visitor saw him twice at home.\n"
)


def blind_sets() -> set[str]:
    lines = (DEVSET / "BLIND").read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def test_the_package_ships_a_model_trained_on_released_sets_only():
    meta = json.loads((PACKAGED_MODEL / "meta.json").read_text(encoding="utf-8"))
    assert (PACKAGED_MODEL / MODEL_FILE).is_file()
    trained_on = set(meta["trained_on"])
    assert trained_on, "the meta names the sets it was trained on"
    assert not trained_on & blind_sets(), "a blind set measures unseen writing: it is never trained on"
    assert all((DEVSET / name / "truth").is_dir() for name in trained_on)
    assert meta["thresholds"], "the selection chose variables the layer may add to"


def test_the_default_pipeline_has_the_packaged_layer(monkeypatch):
    monkeypatch.delenv("CASELEARN_MODEL_DIR", raising=False)
    assert find_model_dir() == PACKAGED_MODEL
    names = [getattr(c, "name", type(c).__name__) for c in default_pipeline().components]
    assert names[-1] == "learned"


@pytest.mark.parametrize("value", ["none", "None", " NONE "])
def test_none_means_the_rules_alone(monkeypatch, value):
    monkeypatch.setenv("CASELEARN_MODEL_DIR", value)
    assert find_model_dir() is None
    monkeypatch.delenv("CASELEARN_MODEL_DIR")
    assert find_model_dir(value) is None
    assert "learned" not in [getattr(c, "name", "") for c in default_pipeline(value).components]


def test_an_explicit_directory_without_a_model_is_a_clear_error(tmp_path):
    with pytest.raises(ModelError, match="no trained model here"):
        find_model_dir(tmp_path)


def test_the_model_is_read_once_per_process(monkeypatch):
    monkeypatch.delenv("CASELEARN_MODEL_DIR", raising=False)
    first = default_pipeline().components[-1]
    assert default_pipeline().components[-1] is first


def test_extract_with_and_without_the_layer(tmp_path):
    report = tmp_path / "r.txt"
    report.write_text(SAMPLE, encoding="utf-8")
    runner = CliRunner()
    rules = runner.invoke(app, ["extract", str(report), "--json", "--origins", "--model-dir", "none"])
    assert rules.exit_code == 0, rules.output
    assert "model:" not in json.dumps(json.loads(rules.output)["origins"]), "rules alone: no model made a suggestion"
    layered = runner.invoke(app, ["extract", str(report), "--json"])
    assert layered.exit_code == 0, layered.output
    assert json.loads(layered.output)["children"], "the layer keeps the rules' children"


@pytest.mark.parametrize(
    ("text", "others"),
    [
        ("People\n\nMaternal grandmother\n\nSole carer. Long-standing depression treated by her GP.\n", True),
        ("People\n\n| Maternal grandmother | visits daily | Long history of alcohol misuse. |\n", True),
        ("People\n\nMs K (mother)\n\nSole carer. Long-standing depression treated by her GP.\n", False),
        ("People\n\n- Mother: long history of alcohol misuse.\n", False),
    ],
)
def test_the_layer_keeps_the_rules_attribution(text, others):
    from caselearn.extract.learned import _someone_elses
    from caselearn.extract.text import Doc

    doc = Doc.from_text(text)
    last = len(doc.sentences) - 1
    assert _someone_elses(doc, last) is others


@pytest.mark.parametrize("target", ["none", ""])
def test_train_needs_a_directory_to_save_in(tmp_path, monkeypatch, target):
    monkeypatch.setenv("CASELEARN_MODEL_DIR", target)
    result = CliRunner().invoke(app, ["--db", f"sqlite:///{tmp_path / 'x.db'}", "train", "--no-store"])
    assert result.exit_code != 0
    assert "directory to save the model in" in f"{result.output}{result.exception}"
    assert not (Path.cwd() / "none").exists()
