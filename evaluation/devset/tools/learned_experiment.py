"""Does the learned layer help on reports it was not trained on?

    .venv/bin/python evaluation/devset/tools/learned_experiment.py [--final heldout-v2]

Leave-one-set-out over tuning / extra / heldout-v1: train the layer on two sets (their truth
files), score the third with the rules alone and with the rules plus the layer. With --final SET,
also train on all three and score SET. Models go to a temporary directory, never where the
default pipeline would find one. Prints the macro flag figures and every flag variable whose
figures the layer changed.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from caselearn.documents import read_file
from caselearn.extract.evaluate import evaluate_dir
from caselearn.extract.learned import labelled_from_truth, train
from caselearn.extract.pipeline import default_pipeline, extract_file
from caselearn.extract.text import Doc

ROOT = Path(__file__).resolve().parents[1]
SETS = ("tuning", "extra", "heldout-v1")
MACROS = ("all_flags_f1", "case_flags_f1", "child_flags_f1", "theme_f1", "absent_precision")


def items(sets: list[str]) -> list:
    out = []
    for name in sets:
        for truth in sorted((ROOT / name / "truth").glob("*.json")):
            report = next((ROOT / name / "reports").glob(truth.stem + ".*"))
            out.append(labelled_from_truth(Doc.from_parsed(read_file(report)), json.loads(truth.read_text())))
    return out


def score(directory: Path, model_dir: Path | None) -> dict:
    pipeline = default_pipeline(model_dir)
    return evaluate_dir(directory, lambda path: extract_file(path, pipeline).to_dict())


def compare(name: str, rules: dict, model: dict) -> tuple[int, int]:
    print(f"\n== {name}")
    for k in MACROS:
        a, b = rules["macro"].get(k), model["macro"].get(k)
        if a is not None and b is not None:
            print(f"  {k:20} rules {a:.3f}  +model {b:.3f}  ({b - a:+.3f})")
    right_r = right_m = 0
    for vid, r in rules["variables"].items():
        m = model["variables"][vid]
        if r.get("type") != "flag" or r.get("accuracy") is None:
            continue
        right_r += round(r["accuracy"] * r["n"])
        right_m += round(m["accuracy"] * m["n"])
        if (r["accuracy"], r["f1"]) != (m["accuracy"], m["f1"]):
            f1 = lambda v: "  -  " if v is None else f"{v:.3f}"  # noqa: E731
            print(f"  {vid:28} acc {r['accuracy']:.3f} -> {m['accuracy']:.3f}   F1 {f1(r['f1'])} -> {f1(m['f1'])}")
    print(f"  correct flag decisions: rules {right_r}, +model {right_m}")
    return right_r, right_m


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--final", help="also train on all three sets and score this one (e.g. heldout-v2)")
    args = parser.parse_args()
    totals = [0, 0]
    with tempfile.TemporaryDirectory() as tmp:
        for held in SETS:
            model_dir = Path(tmp) / f"without-{held}"
            train(items([s for s in SETS if s != held]), model_dir)
            r, m = compare(
                f"{held} (layer trained on the other two)", score(ROOT / held, None), score(ROOT / held, model_dir)
            )
            totals[0] += r
            totals[1] += m
        print(f"\nleave-one-set-out, correct flag decisions: rules {totals[0]}, +model {totals[1]}")
        if args.final:
            model_dir = Path(tmp) / "all-three"
            train(items(list(SETS)), model_dir)
            compare(
                f"{args.final} (layer trained on {', '.join(SETS)})",
                score(ROOT / args.final, None),
                score(ROOT / args.final, model_dir),
            )


if __name__ == "__main__":
    main()
