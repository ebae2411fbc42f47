#!/usr/bin/env python3
"""Validate devset ground-truth files against the codebook.

Usage:
    python3 evaluation/devset/tools/check_truth.py DIR [--codebook PATH]

DIR is a devset half (e.g. evaluation/devset/tuning) holding `truth/` and
`reports/`; a `truth/` directory itself is also accepted (its sibling
`reports/` is then used). The codebook is read from the markdown tables of
CODEBOOK.md (default: ../shared/domain/CODEBOOK.md beside the repository, or $CASELEARN_CODEBOOK_MD)
with a small markdown-table reader, so the check does not depend on the
project's own loader.

Checks, for every truth/*.json:
  - top-level keys: source, codebook_version ("1"), review, children, case;
  - `source` names an existing report in reports/ with the same stem, and
    every truth file has exactly one report of that stem;
  - every variable of each level is present and no unknown variable is;
  - enum values are legal; flags are present/absent/not_known; ints are
    integers or "not_known"; text is a non-empty string; set values are lists
    of legal values without duplicates;
  - age_band agrees with age_months when age_months is known;
  - death_category is not_applicable unless outcome is death (and is not
    not_applicable when it is); likewise harm_category for serious_harm.
Also reports any report in reports/ without a truth file.

Exit status 0 when every file passes, 1 otherwise.
"""
import argparse
import json
import os
import re
import sys

DEFAULT_CODEBOOK = os.environ.get(
    "CASELEARN_CODEBOOK_MD",
    os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "shared", "domain", "CODEBOOK.md"),
)
FLAG_VALUES = ["present", "absent", "not_known"]
REPORT_EXTS = (".txt", ".html", ".htm", ".docx", ".pdf", ".md")
LEVEL_HEADINGS = {
    "review-level variables": "review",
    "child-level variables": "child",
    "case-level variables": "case",
    "practice themes": "case",
}


def read_markdown_tables(path):
    """Yield (heading, header_cells, rows) for each pipe table in the file."""
    heading = ""
    table = None
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            m = re.match(r"^#{1,6}\s+(.*)$", line)
            if m:
                heading = m.group(1).strip()
            if line.strip().startswith("|"):
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                if table is None:
                    table = {"heading": heading, "header": cells, "rows": []}
                elif all(re.fullmatch(r":?-{3,}:?", c) for c in cells if c):
                    continue
                else:
                    table["rows"].append(cells)
            else:
                if table is not None:
                    yield table["heading"], table["header"], table["rows"]
                    table = None
    if table is not None:
        yield table["heading"], table["header"], table["rows"]


def load_codebook(path):
    """Return {level: [(id, type, values or None), ...]} in codebook order."""
    levels = {"review": [], "child": [], "case": []}
    for heading, header, rows in read_markdown_tables(path):
        level = None
        for key, lv in LEVEL_HEADINGS.items():
            if heading.lower().startswith(key):
                level = lv
        if level is None:
            continue
        cols = [h.lower() for h in header]
        for row in rows:
            rec = dict(zip(cols, row))
            vid = rec.get("id", "").strip("` ")
            if not vid:
                continue
            if "type" in rec:
                vtype = rec["type"].strip()
            else:  # the themes table has no type column: themes are flags
                vtype = "flag"
            values = None
            if vtype in ("enum", "set"):
                values = [v.strip().strip("`") for v in rec.get("values", "").split(",") if v.strip()]
            levels[level].append((vid, vtype, values))
    for lv, variables in levels.items():
        if not variables:
            raise SystemExit(f"codebook {path}: no {lv}-level variables found")
    return levels


def band_for(months):
    if months < 12:
        return "under_1"
    if months < 72:
        return "1_5"
    if months < 132:
        return "6_10"
    if months < 192:
        return "11_15"
    return "16_plus"


def check_value(vid, vtype, values, val, where, errors):
    if vtype == "flag":
        if val not in FLAG_VALUES:
            errors.append(f"{where}.{vid}: {val!r} is not a flag value {FLAG_VALUES}")
    elif vtype == "enum":
        if val not in values:
            errors.append(f"{where}.{vid}: {val!r} not in {values}")
    elif vtype == "int":
        if not (val == "not_known" or (isinstance(val, int) and not isinstance(val, bool))):
            errors.append(f"{where}.{vid}: {val!r} is neither an integer nor 'not_known'")
        elif isinstance(val, int) and val < 0:
            errors.append(f"{where}.{vid}: negative integer {val}")
    elif vtype == "text":
        if not isinstance(val, str) or not val.strip():
            errors.append(f"{where}.{vid}: text must be a non-empty string ('not_known' when unknown), got {val!r}")
    elif vtype == "set":
        if not isinstance(val, list):
            errors.append(f"{where}.{vid}: set value must be a list, got {val!r}")
        else:
            bad = [v for v in val if v not in values]
            if bad:
                errors.append(f"{where}.{vid}: illegal set members {bad}")
            if len(set(val)) != len(val):
                errors.append(f"{where}.{vid}: duplicate set members")
    else:
        errors.append(f"{where}.{vid}: unknown codebook type {vtype!r}")


def check_object(obj, variables, where, errors):
    if not isinstance(obj, dict):
        errors.append(f"{where}: expected an object")
        return
    ids = [v[0] for v in variables]
    for vid, vtype, values in variables:
        if vid not in obj:
            errors.append(f"{where}: missing variable {vid}")
            continue
        check_value(vid, vtype, values, obj[vid], where, errors)
    for k in obj:
        if k not in ids:
            errors.append(f"{where}: unknown variable {k}")


def check_child(child, where, errors):
    months, band = child.get("age_months"), child.get("age_band")
    if isinstance(months, int) and not isinstance(months, bool):
        if band != band_for(months):
            errors.append(f"{where}: age_band {band!r} inconsistent with age_months {months} (expected {band_for(months)!r})")
    outcome = child.get("outcome")
    dc, hc = child.get("death_category"), child.get("harm_category")
    if outcome == "death":
        if dc == "not_applicable":
            errors.append(f"{where}: outcome death but death_category not_applicable")
    elif dc != "not_applicable":
        errors.append(f"{where}: death_category {dc!r} but outcome is {outcome!r}")
    if outcome == "serious_harm":
        if hc == "not_applicable":
            errors.append(f"{where}: outcome serious_harm but harm_category not_applicable")
    elif hc != "not_applicable":
        errors.append(f"{where}: harm_category {hc!r} but outcome is {outcome!r}")


def resolve_dirs(path):
    path = os.path.abspath(path)
    if os.path.basename(path) == "truth":
        return path, os.path.join(os.path.dirname(path), "reports")
    return os.path.join(path, "truth"), os.path.join(path, "reports")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("directory", help="devset half (containing truth/ and reports/) or a truth/ directory")
    ap.add_argument("--codebook", default=DEFAULT_CODEBOOK, help="path to CODEBOOK.md")
    args = ap.parse_args(argv)

    codebook = load_codebook(args.codebook)
    truth_dir, reports_dir = resolve_dirs(args.directory)
    if not os.path.isdir(truth_dir):
        print(f"no truth directory at {truth_dir}", file=sys.stderr)
        return 1
    reports = sorted(os.listdir(reports_dir)) if os.path.isdir(reports_dir) else []
    report_stems = {}
    for r in reports:
        stem, ext = os.path.splitext(r)
        if ext.lower() in REPORT_EXTS:
            report_stems.setdefault(stem, []).append(r)

    truth_files = sorted(f for f in os.listdir(truth_dir) if f.endswith(".json"))
    if not truth_files:
        print(f"no truth files in {truth_dir}", file=sys.stderr)
        return 1
    n_bad = 0
    n_children = 0
    for name in truth_files:
        errors = []
        stem = name[:-5]
        try:
            with open(os.path.join(truth_dir, name), encoding="utf-8") as fh:
                doc = json.load(fh)
        except (OSError, json.JSONDecodeError) as exc:
            print(f"FAIL {name}: cannot read JSON: {exc}")
            n_bad += 1
            continue
        expected_keys = {"source", "codebook_version", "review", "children", "case"}
        if set(doc) != expected_keys:
            errors.append(f"top-level keys {sorted(doc)} != {sorted(expected_keys)}")
        if doc.get("codebook_version") != "1":
            errors.append(f"codebook_version {doc.get('codebook_version')!r} != '1'")
        matches = report_stems.get(stem, [])
        if len(matches) != 1:
            errors.append(f"expected exactly one report with stem {stem!r} in {reports_dir}, found {matches}")
        src = doc.get("source")
        if matches and src not in matches:
            errors.append(f"source {src!r} does not name the report {matches}")
        check_object(doc.get("review"), codebook["review"], "review", errors)
        check_object(doc.get("case"), codebook["case"], "case", errors)
        children = doc.get("children")
        if not isinstance(children, list):
            errors.append("children must be a list")
            children = []
        for i, child in enumerate(children):
            where = f"children[{i}]"
            check_object(child, codebook["child"], where, errors)
            if isinstance(child, dict):
                check_child(child, where, errors)
        n_children += len(children)
        if errors:
            n_bad += 1
            print(f"FAIL {name}")
            for e in errors:
                print(f"  - {e}")
    truth_stems = {f[:-5] for f in truth_files}
    orphans = sorted(s for s in report_stems if s not in truth_stems)
    for s in orphans:
        print(f"FAIL reports/{report_stems[s][0]}: no truth file")
    n_bad += len(orphans)
    total_vars = sum(len(v) for v in codebook.values())
    print(f"checked {len(truth_files)} truth files ({n_children} children) against {total_vars} codebook variables: "
          f"{'OK' if n_bad == 0 else str(n_bad) + ' problem file(s)'}")
    return 0 if n_bad == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
