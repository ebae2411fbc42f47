"""Snapshot of the rule layer's output: one canonical JSON per report, to prove that a speed
change leaves every extraction identical.

    .venv/bin/python benchmarks/extract/snapshot.py OUT_DIR [DIR_OR_FILE ...]
    diff -r /tmp/speed-baseline OUT_DIR

Default inputs: every report of evaluation/devset/*/reports and samples/corpus (any supported
format). Each report is read and normalised, run through the rule pipeline (no learned layer),
and written as OUT_DIR/<folder>__<name>.json: values, confidences, evidence offsets and text, rule
origins, and the children's aliases, names and mentions, with sorted keys.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from caselearn.documents import read_file
from caselearn.extract.pipeline import Pipeline
from caselearn.extract.text import Doc

ROOT = Path(__file__).resolve().parents[2]
SUFFIXES = {".txt", ".html", ".htm", ".docx", ".pdf"}


def default_inputs() -> list[Path]:
    return sorted((ROOT / "evaluation" / "devset").glob("*/reports")) + [ROOT / "samples" / "corpus"]


def report_files(paths: list[Path]) -> list[Path]:
    """Every report file under the given folders (or the files themselves), in a stable order."""
    files: list[Path] = []
    for p in paths:
        if p.is_dir():
            files += sorted(f for f in p.iterdir() if f.suffix.lower() in SUFFIXES)
        else:
            files.append(p)
    return files


def snapshot_name(path: Path) -> str:
    rel = path.resolve().relative_to(ROOT) if path.resolve().is_relative_to(ROOT) else Path(path.name)
    return "__".join(rel.parts) + ".json"


def canonical(doc: Doc, pipeline: Pipeline, source: str) -> str:
    result = pipeline.run(doc, source)
    data = result.to_dict()
    data["origins"] = result.origins()
    data["children_found"] = [
        {"alias": c.alias, "names": list(c.names), "first": c.first, "mentions": [s.to_dict() for s in c.mentions]}
        for c in result.children
    ]
    data["warnings"] = result.warnings
    return json.dumps(data, sort_keys=True, indent=1, ensure_ascii=False) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("paths", nargs="*", type=Path)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    pipeline = Pipeline()
    files = report_files(args.paths or default_inputs())
    for f in files:
        parsed = read_file(f)
        (args.out / snapshot_name(f)).write_text(canonical(Doc.from_parsed(parsed), pipeline, f.name), encoding="utf-8")
    print(f"{len(files)} reports -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
