"""Value-by-value comparison of two versions of the rules over labelled sets: what each change put
right and what it put wrong, set by set (the check every round's changes pass before they land).

    PYTHONPATH=src .venv/bin/python evaluation/devset/tools/compare_predictions.py dump OUT.json SET [SET ...]
    PYTHONPATH=src .venv/bin/python evaluation/devset/tools/compare_predictions.py diff BEFORE.json AFTER.json

`dump` extracts every report of the named sets (folders of evaluation/devset, or paths) with the
rules alone (no learned layer) and writes their plain values, keyed "set/stem". Run it once with the
code before a change (a worktree, PYTHONPATH pointing at its src) and once after. `diff` pairs each
truth child with a predicted one as `caselearn evaluate` does and prints every value that changed: `+` now right,
`-` now wrong, `~` changed and still wrong; then the totals by variable and by set. A change is
kept when no set has a `-` it cannot explain.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

DEVSET = Path(__file__).resolve().parents[1]
_PIPELINE = None


def _extract(path: str) -> tuple[str, dict[str, Any]]:
    global _PIPELINE
    from caselearn.errors import UserError
    from caselearn.extract.evaluate import _plain
    from caselearn.extract.pipeline import Pipeline, extract_file

    if _PIPELINE is None:
        _PIPELINE = Pipeline()  # the rules alone: the learned layer is trained on these sets
    try:
        return path, _plain(extract_file(path, _PIPELINE).to_dict())
    except UserError as exc:
        return path, {"error": str(exc)}


def _set_dir(name: str) -> Path:
    path = Path(name)
    return path if path.is_dir() else DEVSET / name


def dump(out: Path, sets: list[str], workers: int = 2) -> int:
    paths = [str(p) for s in sets for p in sorted((_set_dir(s) / "reports").iterdir()) if p.is_file()]
    result: dict[str, Any] = {}
    with ProcessPoolExecutor(workers) as pool:
        for path, plain in pool.map(_extract, paths, chunksize=4):
            p = Path(path)
            result[f"{p.parent.parent.name}/{p.stem}"] = {"dir": str(p.parent.parent), **plain}
    out.write_text(json.dumps(result), encoding="utf-8")
    return len(result)


def changes(before: dict[str, Any], after: dict[str, Any]) -> list[tuple[str, str, str, str, Any, Any, Any]]:
    """(mark, key, child alias, variable, before, after, truth) for every value that changed."""
    from caselearn.codebook import load
    from caselearn.extract.evaluate import _norm, match_children

    book = load()
    alias_id = next(v.id for v in book.level("child") if v.type == "text")
    out = []
    for key in sorted(after):
        b, a = before.get(key), after[key]
        if b is None or "error" in b or "error" in a:
            continue
        stem = key.split("/", 1)[1]
        truth = json.loads((Path(a["dir"]) / "truth" / f"{stem}.json").read_text(encoding="utf-8"))
        rows = [
            (var, "", b[level].get(var.id), a[level].get(var.id), truth.get(level, {}).get(var.id))
            for level in ("review", "case")
            for var in book.level(level)
        ]
        kids = truth.get("children", [])
        paired_b = {id(t): p for p, t in match_children(b["children"], kids, alias_id)}
        paired_a = {id(t): p for p, t in match_children(a["children"], kids, alias_id)}
        for t in kids:
            for var in book.level("child"):
                before_value = (paired_b[id(t)] or {}).get(var.id)
                after_value = (paired_a[id(t)] or {}).get(var.id)
                rows.append((var, t.get(alias_id), before_value, after_value, t.get(var.id)))
        for var, who, bv, av, tv in rows:
            if tv is None:
                continue
            bv, av, tv = _norm(var, bv), _norm(var, av), _norm(var, tv)
            if bv == av:
                continue
            mark = "+" if av == tv else "-" if bv == tv else "~"
            out.append((mark, key, who or "", var.id, bv, av, tv))
    return out


def report(found: list[tuple[str, str, str, str, Any, Any, Any]]) -> str:
    lines = [
        f"{m} {key}{' ' + who if who else ''} {var}: {bv!r} -> {av!r} (truth {tv!r})"
        for m, key, who, var, bv, av, tv in found
    ]
    right = Counter(var for m, _, _, var, *_ in found if m == "+")
    wrong = Counter(var for m, _, _, var, *_ in found if m == "-")
    by_set: Counter[str] = Counter()
    for m, key, *_ in found:
        by_set[key.split("/")[0]] += {"+": 1, "-": -1}.get(m, 0)
    lines.append(f"right {sum(right.values())} {dict(right)}")
    lines.append(f"wrong {sum(wrong.values())} {dict(wrong)}")
    lines.append(f"net by set {dict((k, v) for k, v in sorted(by_set.items()) if v)}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump", help="extract every report of the sets and write their plain values")
    d.add_argument("out", type=Path)
    d.add_argument("sets", nargs="+")
    d.add_argument("--workers", type=int, default=2)
    c = sub.add_parser("diff", help="every value that changed between two dumps, against truth")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    if args.command == "dump":
        print(f"{dump(args.out, args.sets, args.workers)} reports -> {args.out}")
        return 0
    before = json.loads(args.before.read_text(encoding="utf-8"))
    after = json.loads(args.after.read_text(encoding="utf-8"))
    print(report(changes(before, after)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
