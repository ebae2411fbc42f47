"""Does the learned layer help on reports it was not trained on?

    PYTHONPATH=src .venv/bin/python evaluation/devset/tools/learned_experiment.py \
        [--sets tuning extra heldout-v1 ...] [--test heldout-v3 heldout-v4 heldout-v5] [--json out.json]

Leave-one-set-out: for each test set, train the layer on the truth files of every other set
named in --sets, then score the test set with the rules alone, with the rules plus the layer
acting on every variable (the behaviour before round 8, ``select=False``), and with the rules
plus the layer acting only where the inner cross-validation on the training sets chose
(``select=True``, the default of ``caselearn train``). The test set is never used to train or
to choose. Each report is read once; each column runs the rules afresh on a new document and
then the layer, and times both (CPU process time, one process: run it on a quiet machine for
timings). Models go to a temporary directory, never where the default pipeline would find one.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from caselearn.codebook import load as load_codebook
from caselearn.documents import read_file
from caselearn.extract.evaluate import evaluate_dir, match_children
from caselearn.extract.learned import LabelledDoc, LearnedComponent, labelled_from_truth, train
from caselearn.extract.model import Extraction
from caselearn.extract.pipeline import Pipeline
from caselearn.extract.text import Doc

ROOT = Path(__file__).resolve().parents[1]
SETS = ("tuning", "extra", "heldout-v1", "heldout-v2", "heldout-v3", "heldout-v4", "heldout-v5")
TEST = ("heldout-v3", "heldout-v4", "heldout-v5")
Applied = tuple[dict[Path, dict], float, float, list[int]]
MACROS = ("case_flags_f1", "child_flags_f1", "theme_f1", "all_flags_f1", "absent_precision", "enum_accuracy")


@dataclass
class Report:
    path: Path
    parsed: Any
    doc: Doc
    rules: Extraction
    rules_cpu: float
    truth: dict[str, Any]


def load(name: str) -> list[Report]:
    out = []
    pipeline = Pipeline()
    for path in sorted(p for p in (ROOT / name / "reports").iterdir() if p.is_file()):
        truth_path = ROOT / name / "truth" / f"{path.stem}.json"
        if not truth_path.is_file():
            continue
        parsed = read_file(path)
        doc = Doc.from_parsed(parsed)
        t0 = time.process_time()
        rules = pipeline.run(doc, path.name)
        out.append(Report(path, parsed, doc, rules, time.process_time() - t0, json.loads(truth_path.read_text())))
    return out


def labelled(name: str, reports: list[Report]) -> list[LabelledDoc]:
    items = []
    for r in reports:
        item = labelled_from_truth(r.doc, r.truth, group=name)
        item.rules = r.rules
        items.append(item)
    return items


def doubted(result: Extraction, truth: dict[str, Any]) -> tuple[int, int]:
    """The rules' ``present`` codes the layer doubted: (how many, how many the truth says are wrong)."""
    book = load_codebook()
    alias_id = next(v.id for v in book.level("child") if v.type == "text")
    plain = [{k: s.value for k, s in c.codes.items()} | {alias_id: c.alias} for c in result.children]
    pairs = [(result.case, truth.get("case") or {})]
    for p, t in match_children(plain, truth.get("children") or [], alias_id):
        if p is not None:
            pairs.append((result.children[next(i for i, q in enumerate(plain) if q is p)].codes, t))
    n = wrong = 0
    for codes, want in pairs:
        for vid, sug in codes.items():
            if sug.origin.endswith(":doubt") and want.get(vid) is not None:
                n += 1
                wrong += int(want[vid] != "present")
    return n, wrong


def apply(
    component: LearnedComponent | None, reports: list[Report]
) -> tuple[dict[Path, dict], float, float, list[int]]:
    """Each report from a fresh document (no caches from earlier runs): the rules, then the layer.
    Returns the results, the CPU seconds of the rules and of the layer, and the doubts (n, wrong)."""
    pipeline = Pipeline()
    results: dict[Path, dict] = {}
    rules_cpu = layer_cpu = 0.0
    doubts = [0, 0]
    for r in reports:
        doc = Doc.from_parsed(r.parsed)
        t0 = time.process_time()
        result = pipeline.run(doc, r.path.name)
        t1 = time.process_time()
        if component is not None:
            component(doc, result)
        t2 = time.process_time()
        rules_cpu += t1 - t0
        layer_cpu += t2 - t1
        for k, v in enumerate(doubted(result, r.truth)):
            doubts[k] += v
        results[r.path] = result.to_dict()
    return results, rules_cpu, layer_cpu, doubts


def figures(directory: Path, results: dict[Path, dict]) -> dict:
    return evaluate_dir(directory, lambda path: results[path])


def flag_rows(summary: dict) -> dict[str, dict]:
    return {v: r for v, r in summary["variables"].items() if r.get("type") == "flag"}


def correct(summary: dict) -> int:
    return sum(round(r["accuracy"] * r["n"]) for r in flag_rows(summary).values())


def f(v: float | None) -> str:
    return "  -  " if v is None else f"{v:.3f}"


def report(name: str, n: int, runs: dict[str, tuple[dict, float]], rules_cpu: float, chosen: dict) -> dict:
    labels = list(runs)
    print(f"\n== {name} ({n} reports; trained on the other sets)")
    print("  " + " " * 18 + "".join(f"{k:>12}" for k in labels))
    for k in MACROS:
        print(f"  {k:18}" + "".join(f"{f(runs[m][0]['macro'].get(k)):>12}" for m in labels))
    counts = {m: correct(runs[m][0]) for m in labels}
    print(f"  {'correct flags':18}" + "".join(f"{counts[m]:>12}" for m in labels))
    cpu = {"rules": 1000 * rules_cpu / n} | {m: 1000 * runs[m][1] / n for m in labels if m != "rules"}
    print("  CPU ms/report      " + "  ".join(f"{m} {v:.1f}" for m, v in cpu.items()))
    base = flag_rows(runs["rules"][0])
    changed: dict[str, dict] = {}
    for m in labels[1:]:
        for vid, row in flag_rows(runs[m][0]).items():
            b = base[vid]
            if (b["accuracy"], b["f1"]) != (row["accuracy"], row["f1"]):
                changed.setdefault(vid, {"rules": b})[m] = row
    print("  variables the layer changed (accuracy, F1; * = chosen by the inner cross-validation):")
    for vid, rows in sorted(changed.items()):
        cells = "   ".join(
            f"{m} {rows[m]['accuracy']:.3f} {f(rows[m]['f1'])}" if m in rows else f"{m}  (same)" for m in labels
        )
        print(f"  {'*' if vid in chosen else ' '} {vid:27} {cells}")
    return {
        "reports": n,
        "macro": {m: runs[m][0]["macro"] for m in labels},
        "correct_flags": counts,
        "cpu_ms_per_report": cpu,
        "chosen": chosen,
        "changed": {
            vid: {m: {"accuracy": r["accuracy"], "f1": r["f1"], "n": r["n"]} for m, r in rows.items()}
            for vid, rows in changed.items()
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", nargs="+", default=list(SETS), help="the labelled sets (train + test)")
    parser.add_argument("--test", nargs="*", default=list(TEST), help="the sets to hold out, one at a time")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--final", type=Path, help="also train on all the sets (with the selection) and save it here")
    args = parser.parse_args()
    data = {name: load(name) for name in args.sets}
    out: dict[str, Any] = {}
    totals: dict[str, int] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for held in args.test:
            training = [item for name in args.sets if name != held for item in labelled(name, data[name])]
            reports = data[held]
            t0 = time.process_time()
            meta_all = train(training, Path(tmp) / f"all-{held}", select=False)
            t1 = time.process_time()
            meta_sel = train(training, Path(tmp) / f"sel-{held}", select=True)
            t2 = time.process_time()
            base, rules_cpu, _, _ = apply(None, reports)
            runs = {"rules": (figures(ROOT / held, base), 0.0)}
            doubts = {}
            for label, meta_dir in (("+layer", f"all-{held}"), ("+selected", f"sel-{held}")):
                component = LearnedComponent.load(Path(tmp) / meta_dir)
                results, more_rules, cpu, doubts[label] = apply(component, reports)
                rules_cpu += more_rules
                runs[label] = (figures(ROOT / held, results), cpu)
            rules_cpu /= 3  # the rules ran three times, once per column
            out[held] = report(held, len(reports), runs, rules_cpu, meta_sel["selection"]["add"])
            out[held]["doubt_chosen"] = meta_sel["selection"]["doubt"]
            out[held]["doubted"] = doubts
            print("  rules' present doubted (n, of which wrong): " + ", ".join(f"{m} {v}" for m, v in doubts.items()))
            out[held]["train_cpu_s"] = {"fit": t1 - t0, "fit+select": t2 - t1}
            out[held]["trained_on"] = meta_all["documents"]
            print(
                f"  training CPU: fit {t1 - t0:.1f}s, fit + selection {t2 - t1:.1f}s on {meta_all['documents']} reports"
            )
            for m, v in out[held]["correct_flags"].items():
                totals[m] = totals.get(m, 0) + v
    print("\ncorrect flag decisions over the test sets: " + ", ".join(f"{m} {v}" for m, v in totals.items()))
    if args.final:
        everything = [item for name in args.sets for item in labelled(name, data[name])]
        t0 = time.process_time()
        meta = train(everything, args.final)
        print(f"\ntrained on all {meta['documents']} reports in {time.process_time() - t0:.1f}s CPU -> {args.final}")
        print(f"  adds: {json.dumps(meta['selection']['add'])}")
        print(f"  doubts: {json.dumps(meta['selection']['doubt'])}")
        out["final"] = meta
    if args.json:
        args.json.write_text(json.dumps(out, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
