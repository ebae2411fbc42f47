"""Round 8, learned layer: candidate sentences, the per-variable choice made by inner
cross-validation on the training documents, and how a model's choice limits what it changes."""

from __future__ import annotations

import json

import numpy as np
import pytest

from caselearn.extract import learned
from caselearn.extract.learned import (
    ADD_THRESHOLD,
    LabelledDoc,
    LearnedComponent,
    candidates,
    labelled_from_truth,
    select_variables,
    train,
)
from caselearn.extract.model import Extraction, Suggestion
from caselearn.extract.text import Doc


def spec(variable: str):
    return next(s for s in learned.all_specs() if s.variable == variable)


class Fixed:
    """A stand-in classifier: the probability of ``present`` is fixed."""

    def __init__(self, p: float) -> None:
        self.p = p

    def predict_proba(self, texts):
        return np.array([[1 - self.p, self.p] for _ in texts])


def test_candidates_are_the_sentences_where_the_lexicon_matches():
    doc = Doc.from_text(
        "The family moved to a new flat in May. Mother used cannabis daily. "
        "The school reported good attendance. There was no evidence of drug use by either parent."
    )
    got = candidates(spec("parental_drug_misuse"), doc)
    assert 1 in got and 0 not in got and 2 not in got
    assert candidates(spec("parental_drug_misuse"), doc) == got  # cached per document


def test_labelled_from_truth_keeps_the_group_and_the_only_childs_alias():
    doc = Doc.from_text("Child A lived with her mother.")
    truth = {"case": {"domestic_abuse": "present"}, "children": [{"alias": "Child A", "bullying": "absent"}]}
    item = labelled_from_truth(doc, truth, group="tuning")
    assert item.group == "tuning" and item.alias == "Child A"
    assert item.labels == {"domestic_abuse": "present", "bullying": "absent"}
    two = labelled_from_truth(doc, {"case": {}, "children": [{"alias": "A"}, {"alias": "B", "bullying": "x"}]})
    assert two.alias is None and "bullying" not in two.labels
    assert two.children == [("A", {}), ("B", {"bullying": "x"})]


def test_folds_follow_the_groups_when_there_are_three_or_more():
    doc = Doc.from_text("Nothing.")
    items = [LabelledDoc(doc, {}, group=g) for g in ("a", "b", "a", "c", "b")]
    assert learned._folds(items) == [[0, 2], [1, 4], [3]]
    few = [LabelledDoc(doc, {}, group=g) for g in ("a", "b") * 4]
    folds = learned._folds(few)
    assert sorted(i for f in folds for i in f) == list(range(8)) and len(folds) == learned.FOLDS


def _component(models, meta=None):
    return LearnedComponent(models, {"model_id": "m", "version": "1"} | (meta or {}))


def _case_only(monkeypatch):
    from caselearn.extract import family, themes

    dv = spec("domestic_abuse")
    monkeypatch.setattr(learned, "_spec_lists", lambda: ((dv,), ()))
    return family, themes


def test_a_model_without_a_choice_adds_to_every_variable_at_the_old_threshold(monkeypatch):
    _case_only(monkeypatch)
    doc = Doc.from_text("Father was violent to mother. Police attended a domestic incident.")
    result = Extraction(source="x")
    _component({"domestic_abuse": Fixed(ADD_THRESHOLD + 0.01)})(doc, result)
    assert result.case["domestic_abuse"].value == "present"
    assert result.case["domestic_abuse"].origin == "model:m@1"


def test_a_model_with_a_choice_adds_only_to_chosen_variables_at_their_threshold(monkeypatch):
    _case_only(monkeypatch)
    doc = Doc.from_text("Father was violent to mother. Police attended a domestic incident.")
    result = Extraction(source="x")
    _component({"domestic_abuse": Fixed(0.95)}, {"thresholds": {}, "doubt": []})(doc, result)
    assert "domestic_abuse" not in result.case
    result = Extraction(source="x")
    _component({"domestic_abuse": Fixed(0.65)}, {"thresholds": {"domestic_abuse": 0.6}})(doc, result)
    assert result.case["domestic_abuse"].value == "present"
    result = Extraction(source="x")
    _component({"domestic_abuse": Fixed(0.55)}, {"thresholds": {"domestic_abuse": 0.6}})(doc, result)
    assert "domestic_abuse" not in result.case


def test_doubt_only_where_chosen_and_never_a_change_of_value(monkeypatch):
    _case_only(monkeypatch)
    doc = Doc.from_text("Father was violent to mother. Police attended a domestic incident.")
    for meta, doubted in (
        ({}, True),
        ({"thresholds": {}, "doubt": []}, False),
        ({"thresholds": {}, "doubt": ["domestic_abuse"]}, True),
    ):
        result = Extraction(source="x", case={"domestic_abuse": Suggestion("present", 0.9, [], "rule:x")})
        _component({"domestic_abuse": Fixed(0.01)}, meta)(doc, result)
        code = result.case["domestic_abuse"]
        assert code.value == "present"
        assert (code.confidence == 0.5 and code.origin.endswith(":doubt")) is doubted, meta


def test_the_layer_never_touches_absent_or_other_values(monkeypatch):
    _case_only(monkeypatch)
    doc = Doc.from_text("Father was violent to mother.")
    result = Extraction(source="x", case={"domestic_abuse": Suggestion("absent", 0.8, [], "rule:x")})
    _component({"domestic_abuse": Fixed(0.99)})(doc, result)
    assert result.case["domestic_abuse"].value == "absent" and result.case["domestic_abuse"].confidence == 0.8


def _selection_setup(monkeypatch, probs_by_text, rules_value=None):
    """Items whose first word sets the stand-in probability; the rules give ``rules_value``."""
    _case_only(monkeypatch)

    class ByText:
        def predict_proba(self, texts):
            return np.array([[1 - probs_by_text(t), probs_by_text(t)] for t in texts])

    monkeypatch.setattr(learned, "fit", lambda items: ({"domestic_abuse": ByText()}, {"domestic_abuse": 1}))

    def rules(item):
        case = {} if rules_value is None else {"domestic_abuse": Suggestion(rules_value, 0.9, [], "rule:x")}
        return Extraction(source="x", case=case)

    monkeypatch.setattr(learned, "rules_extraction", rules)


def _item(word: str, label: str, group: str) -> LabelledDoc:
    return LabelledDoc(
        Doc.from_text(f"{word} police attended a domestic abuse incident."), {"domestic_abuse": label}, group=group
    )


def test_selection_switches_on_a_variable_whose_additions_gain_and_picks_the_threshold(monkeypatch):
    probs = {"High": 0.95, "Mid": 0.7, "Low": 0.3}
    _selection_setup(monkeypatch, lambda t: probs[t.split()[0]])
    items = [_item("High", "present", g) for g in "abc"] + [_item("Mid", "not_known", g) for g in "abc"]
    items += [_item("Low", "absent", g) for g in "abc"]
    chosen = select_variables(items)
    # 0.6 would add three right and three wrong; 0.75 and 0.9 add only the three right: the higher wins a tie
    assert chosen["add"] == {"domestic_abuse": {"threshold": 0.9, "gain": 3, "loss": 0}}
    assert chosen["doubt"] == {}


def test_selection_leaves_off_a_variable_whose_additions_do_not_gain_enough(monkeypatch):
    _selection_setup(monkeypatch, lambda t: 0.95)
    items = [_item("A", "present", g) for g in "abc"] + [_item("B", "not_known", g) for g in "ab"]
    assert select_variables(items)["add"] == {}  # three right, two wrong: net 1 < MIN_NET


def test_selection_chooses_doubt_only_where_the_doubted_presents_were_mostly_wrong(monkeypatch):
    _selection_setup(monkeypatch, lambda t: 0.05, rules_value="present")
    wrong = [_item("A", "not_known", g) for g in "abc"]
    assert select_variables(wrong + [_item("B", "present", "a")])["doubt"] == {
        "domestic_abuse": {"wrong": 3, "right": 1}
    }
    right = [_item("A", "present", g) for g in "abc"]
    assert select_variables(right + wrong[:2])["doubt"] == {}


def test_train_records_the_choice_and_load_reads_it(tmp_path):
    lines = {
        "present": "Father assaulted mother; police attended a domestic abuse incident at the home.",
        "absent": "There was no evidence of domestic abuse in the household.",
    }
    items = [
        LabelledDoc(Doc.from_text(f"Report {i}. {lines[label]}"), {"domestic_abuse": label}, group=f"g{i % 3}")
        for i, label in enumerate(["present", "absent"] * 6)
    ]
    meta = train(items, tmp_path / "m")
    saved = json.loads((tmp_path / "m" / "meta.json").read_text())
    assert saved["thresholds"] == meta["thresholds"] and set(saved["selection"]) == {"add", "doubt"}
    component = LearnedComponent.load(tmp_path / "m")
    assert component.thresholds == meta["thresholds"] and component.doubts == set(meta["doubt"])
    plain = train(items, tmp_path / "p", select=False)
    assert "thresholds" not in plain
    assert LearnedComponent.load(tmp_path / "p").threshold("domestic_abuse") == ADD_THRESHOLD


@pytest.mark.parametrize("variable", ["domestic_abuse", "living_at_home", "theme_information_sharing"])
def test_specs_are_compiled_once(variable):
    assert spec(variable) is spec(variable)


def test_several_labelled_children_each_learn_from_their_own_sentences():
    from caselearn.extract.model import ChildResult, Span

    text = (
        "Child A was 14. Child A was bullied at school by older pupils. "
        "Child B was 15. Child B had good friends at school and was never bullied."
    )
    doc = Doc.from_text(text)
    kids = []
    for alias in ("Child A", "Child B"):
        starts = [i for i in range(len(text)) if text.startswith(alias, i)]
        kids.append(ChildResult(alias, (alias,), starts[0], [Span(s, s + len(alias), alias) for s in starts]))
    truth = {
        "case": {},
        "children": [{"alias": "Child B", "bullying": "absent"}, {"alias": "Child A", "bullying": "present"}],
    }
    item = labelled_from_truth(doc, truth)
    item.rules = Extraction(source="x", children=kids)
    paired = {child.alias: labels["bullying"] for child, labels, _allowed in learned._child_labels(item)}
    assert paired == {"Child A": "present", "Child B": "absent"}
    texts, ys = learned._examples(spec("bullying"), [item])
    assert ys and all(("Child A" in t) == bool(y) for t, y in zip(texts, ys, strict=True))


def test_a_selected_model_saves_only_the_classifiers_it_uses(tmp_path, monkeypatch):
    monkeypatch.setattr(
        learned,
        "select_variables",
        lambda items: {"add": {"domestic_abuse": {"threshold": 0.75, "gain": 3, "loss": 0}}, "doubt": {}},
    )
    items = [
        LabelledDoc(Doc.from_text(text), {"domestic_abuse": label, "poverty": label})
        for text, label in (
            ("Police attended a domestic abuse incident. The family lived in poverty.", "present"),
            ("There was no domestic abuse. There was no evidence of poverty.", "absent"),
        )
        * 3
    ]
    meta = train(items, tmp_path / "m")
    assert {"domestic_abuse", "poverty"} <= set(meta["variables"])
    assert set(LearnedComponent.load(tmp_path / "m").models) == {"domestic_abuse"}
