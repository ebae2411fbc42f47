"""Evaluation against a labelled directory: DIR/reports/<stem>.<ext> and DIR/truth/<stem>.json
(the extraction format with plain values). Per variable: accuracy for enums, precision /
recall / F1 counting ``present`` for flags (and the precision of ``absent``), exact match for
ints and text (age_months, alias), item-level P/R/F1 for sets; macro averages."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from caselearn.codebook import NOT_KNOWN, Codebook
from caselearn.codebook import load as load_codebook
from caselearn.errors import UserError


class EvaluationError(UserError):
    """A labelled directory that cannot be evaluated."""


@dataclass
class _Counts:
    n: int = 0
    correct: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    absent_pred: int = 0
    absent_right: int = 0
    errors: list[str] = field(default_factory=list)


def _plain(result: dict[str, Any]) -> dict[str, Any]:
    """An extraction result with plain values (the truth format)."""
    return {
        "review": {k: v["value"] for k, v in result["review"].items()},
        "children": [{k: v["value"] for k, v in c.items()} for c in result["children"]],
        "case": {k: v["value"] for k, v in result["case"].items()},
    }


_TITLE_WORDS = ("baby ", "child ", "young person ", "sibling ")


def _alias_forms(alias: Any) -> set[str]:
    """The ways an alias names its child: 'Child A (Amir)' is also 'Child A' and 'Amir'; 'Baby Ezra'
    is also 'Ezra'. Forms shorter than three characters ('A') are left out: they name no one."""
    text = str(alias or "").strip().lower()
    forms = {text}
    outer, _, inner = text.partition("(")
    forms |= {outer.strip(), inner.rstrip(")").strip()}
    for form in list(forms):
        for word in _TITLE_WORDS:
            if form.startswith(word):
                forms.add(form[len(word) :].strip())
    return {f for f in forms if len(f) >= 3 and f != NOT_KNOWN}


def match_children(pred: list[dict], truth: list[dict], alias_id: str) -> list[tuple[dict | None, dict]]:
    """Pair each truth child with a predicted one: the same alias first, then an alias naming the
    same child ('Child A' for 'Child A (Amir)'), then in order. Only the pairing uses the looser
    match; the alias itself is still scored exactly."""
    pairs: list[tuple[dict | None, dict]] = [(None, t) for t in truth]
    used: set[int] = set()

    def same(p: dict, t: dict) -> bool:
        return str(p.get(alias_id, "")).lower() == str(t.get(alias_id, "")).lower()

    def overlapping(p: dict, t: dict) -> bool:
        return bool(_alias_forms(p.get(alias_id)) & _alias_forms(t.get(alias_id)))

    for test in (same, overlapping):
        for k, (p, t) in enumerate(pairs):
            if p is not None:
                continue
            hit = next((i for i, c in enumerate(pred) if i not in used and test(c, t)), None)
            if hit is not None:
                used.add(hit)
                pairs[k] = (pred[hit], t)
    free = [i for i in range(len(pred)) if i not in used]
    for k, (p, t) in enumerate(pairs):
        if p is None and free:
            i = free.pop(0)
            pairs[k] = (pred[i], t)
    return pairs


def evaluate_dir(
    directory: Path, extract: Callable[[Path], dict[str, Any]], book: Codebook | None = None
) -> dict[str, Any]:
    book = book or load_codebook()
    reports = directory / "reports"
    truths = directory / "truth"
    if not reports.is_dir() or not truths.is_dir():
        raise EvaluationError(f"{directory}: needs reports/ and truth/ folders")
    counts: dict[str, _Counts] = {v.id: _Counts() for v in book.variables}
    skipped: list[str] = []
    documents = 0
    extra_children = 0
    alias_id = next(v.id for v in book.level("child") if v.type == "text")
    for path in sorted(p for p in reports.iterdir() if p.is_file()):
        truth_path = truths / f"{path.stem}.json"
        if not truth_path.is_file():
            skipped.append(f"{path.name}: no truth file")
            continue
        try:
            pred = _plain(extract(path))
        except UserError as exc:
            skipped.append(f"{path.name}: {exc}")
            continue
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        documents += 1
        for level in ("review", "case"):
            for var in book.level(level):
                _score(counts[var.id], var, pred[level].get(var.id), truth.get(level, {}).get(var.id), path.stem)
        pairs = match_children(pred["children"], truth.get("children", []), alias_id)
        extra_children += max(0, len(pred["children"]) - len(pairs))
        for p, t in pairs:
            for var in book.level("child"):
                _score(counts[var.id], var, (p or {}).get(var.id), t.get(var.id), path.stem)
    return _summary(book, counts, documents, skipped, extra_children)


def _norm(var, value: Any) -> Any:
    if value is None:
        return var.unknown_value()
    if var.type == "set":
        return sorted(value)
    return value


def _score(c: _Counts, var, pred: Any, truth: Any, stem: str) -> None:
    if truth is None:
        return
    pred, truth = _norm(var, pred), _norm(var, truth)
    c.n += 1
    if var.type == "flag":
        if pred == "present" and truth == "present":
            c.tp += 1
        elif pred == "present":
            c.fp += 1
        elif truth == "present":
            c.fn += 1
        if pred == "absent":
            c.absent_pred += 1
            c.absent_right += int(truth == "absent")
    elif var.type == "set":
        p, t = set(pred), set(truth)
        c.tp += len(p & t)
        c.fp += len(p - t)
        c.fn += len(t - p)
    if pred == truth:
        c.correct += 1
    else:
        c.errors.append(f"{stem}: predicted {pred!r}, truth {truth!r}")


def _prf(c: _Counts) -> dict[str, float | None]:
    p = c.tp / (c.tp + c.fp) if c.tp + c.fp else None
    r = c.tp / (c.tp + c.fn) if c.tp + c.fn else None
    f = 2 * p * r / (p + r) if p and r else (0.0 if (c.tp + c.fp + c.fn) else None)
    return {"precision": p, "recall": r, "f1": f}


def _mean(values: list[float | None]) -> float | None:
    vals = [v for v in values if v is not None]
    return sum(vals) / len(vals) if vals else None


def _summary(book: Codebook, counts: dict[str, _Counts], documents: int, skipped: list[str], extra: int) -> dict:
    variables: dict[str, Any] = {}
    for var in book.variables:
        c = counts[var.id]
        if c.n == 0:
            continue
        row: dict[str, Any] = {"level": var.level, "type": var.type, "n": c.n}
        if var.type == "flag":
            row |= _prf(c)
            row["absent_precision"] = c.absent_right / c.absent_pred if c.absent_pred else None
            row["absent_predicted"] = c.absent_pred
            row["accuracy"] = c.correct / c.n
        elif var.type == "set":
            row |= _prf(c)
            row["exact_match"] = c.correct / c.n
        elif var.type == "enum":
            row["accuracy"] = c.correct / c.n
        else:
            row["exact_match"] = c.correct / c.n
        row["errors"] = c.errors
        variables[var.id] = row

    def flags(pred: Callable[[Any], bool]) -> list[str]:
        return [v.id for v in book.variables if v.type == "flag" and pred(v) and v.id in variables]

    child_flags = flags(lambda v: v.level == "child")
    case_flags = flags(lambda v: v.level == "case" and not v.is_theme)
    theme_flags = flags(lambda v: v.is_theme)
    absent_total = sum(counts[v].absent_pred for v in child_flags + case_flags + theme_flags)
    absent_right = sum(counts[v].absent_right for v in child_flags + case_flags + theme_flags)
    macro = {
        "enum_accuracy": _mean([r["accuracy"] for r in variables.values() if r["type"] == "enum"]),
        "child_flags_f1": _mean([variables[v]["f1"] for v in child_flags]),
        "case_flags_f1": _mean([variables[v]["f1"] for v in case_flags]),
        "theme_f1": _mean([variables[v]["f1"] for v in theme_flags]),
        "case_and_child_flags_f1": _mean([variables[v]["f1"] for v in child_flags + case_flags]),
        "all_flags_f1": _mean([variables[v]["f1"] for v in child_flags + case_flags + theme_flags]),
        "absent_precision": absent_right / absent_total if absent_total else None,
        "exact_match": _mean([r["exact_match"] for r in variables.values() if r["type"] in ("int", "text")]),
    }
    return {"documents": documents, "skipped": skipped, "extra_children": extra, "macro": macro, "variables": variables}


def format_table(summary: dict[str, Any], show_errors: bool = False) -> str:
    def f(x: Any) -> str:
        return "  -  " if x is None else f"{x:.3f}"

    lines = [f"documents: {summary['documents']}  (skipped {len(summary['skipped'])})"]
    lines += [f"  skipped {s}" for s in summary["skipped"]]
    lines.append(f"{'variable':32} {'n':>4} {'acc/exact':>9} {'P':>6} {'R':>6} {'F1':>6} {'absentP':>7}")
    for vid, r in summary["variables"].items():
        main = r.get("accuracy", r.get("exact_match"))
        if r["type"] == "set":
            main = r["exact_match"]
        lines.append(
            f"{vid:32} {r['n']:>4} {f(main):>9} {f(r.get('precision')):>6} {f(r.get('recall')):>6} "
            f"{f(r.get('f1')):>6} {f(r.get('absent_precision')):>7}"
        )
        if show_errors:
            lines += [f"      {e}" for e in r["errors"]]
    lines.append("macro averages:")
    for k, v in summary["macro"].items():
        lines.append(f"  {k:28} {f(v)}")
    return "\n".join(lines)


__all__ = ["EvaluationError", "evaluate_dir", "format_table", "match_children", "NOT_KNOWN"]
