"""Train the learned layer that ships with caselearn, on every released development set.

    PYTHONPATH=src .venv/bin/python evaluation/devset/tools/train_default_model.py [--out DIR]

Every folder of evaluation/devset with reports/ and truth/ is used, except the blind sets named in
evaluation/devset/BLIND (they measure the extractor on writing it has never seen, so they are never
trained on). The rules run first on each report; the layer's per-variable selection (inner
cross-validation, one fold per set) decides where it may act. The model goes to the package's
``extract/data/model`` (or --out), with the sets it was trained on in its meta.json.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from caselearn.documents import read_file
from caselearn.extract.learned import PACKAGED_MODEL, LabelledDoc, labelled_from_truth, train
from caselearn.extract.pipeline import Pipeline
from caselearn.extract.text import Doc

DEVSET = Path(__file__).resolve().parents[1]


def blind_sets(devset: Path = DEVSET) -> set[str]:
    """The set names listed in BLIND (comments and blank lines skipped)."""
    lines = (devset / "BLIND").read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")}


def released_sets(devset: Path = DEVSET) -> list[str]:
    """Every labelled set that is not blind, in name order."""
    blind = blind_sets(devset)
    return sorted(
        d.name for d in devset.iterdir() if (d / "reports").is_dir() and (d / "truth").is_dir() and d.name not in blind
    )


def labelled(name: str) -> list[LabelledDoc]:
    pipeline = Pipeline()
    items = []
    for path in sorted(p for p in (DEVSET / name / "reports").iterdir() if p.is_file()):
        truth = DEVSET / name / "truth" / f"{path.stem}.json"
        if not truth.is_file():
            continue
        doc = Doc.from_parsed(read_file(path))
        item = labelled_from_truth(doc, json.loads(truth.read_text(encoding="utf-8")), group=name)
        item.rules = pipeline.run(doc, path.name)
        items.append(item)
    return items


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=PACKAGED_MODEL, help="where to save the model")
    args = parser.parse_args()
    sets = released_sets()
    t0 = time.process_time()
    items = [item for name in sets for item in labelled(name)]
    t1 = time.process_time()
    meta = train(items, args.out)
    meta["trained_on"] = sets
    (args.out / "meta.json").write_text(json.dumps(meta, indent=2), encoding="utf-8")
    cpu = time.process_time() - t1
    print(f"{len(items)} reports from {len(sets)} sets (rules {t1 - t0:.0f}s CPU, training {cpu:.0f}s)")
    print(f"-> {args.out}: adds {sorted(meta['thresholds'])}, doubts {sorted(meta['doubt'])}")


if __name__ == "__main__":
    main()
