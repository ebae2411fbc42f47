#!/usr/bin/env python3
"""Validate the ground-truth files of a development set against CODEBOOK.md.

Usage:
    python3 evaluation/devset/tools/check_heldout.py [SET_DIR] [--codebook PATH]

SET_DIR defaults to evaluation/devset/heldout (it must hold reports/ and
truth/). The codebook defaults to /work/shared/domain/CODEBOOK.md, or
$CASELEARN_CODEBOOK_MD when set. Only the standard library is used.

Checks, per truth file:
  * it is JSON with exactly the keys source, codebook_version, review,
    children, case; codebook_version is "1";
  * "source" names a file that exists in reports/ with the same stem;
  * review / each child / case hold exactly the variable ids of the
    codebook's tables for that level (themes belong to case), each with a
    legal value: enum values from the table, flags present/absent/not_known,
    ints an int or "not_known", text a non-empty string, agencies_involved a
    list of distinct legal values;
  * age_band agrees with age_months (under_1 0-11, 1_5 12-71, 6_10 72-131,
    11_15 132-191, 16_plus 192+; not_known with not_known);
  * death_category is not_applicable unless outcome is death (and is then
    not not_applicable); likewise harm_category with serious_harm;
  * every report in reports/ has a truth file.
Exits 1 with one line per problem, 0 with a summary when all pass.
"""
from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

FLAG = {"present", "absent", "not_known"}
NK = "not_known"


def parse_codebook(path: Path) -> dict[str, dict[str, dict]]:
    """Return {level: {id: {"type": ..., "values": [...]}}} from the markdown tables."""
    levels = {"review": {}, "child": {}, "case": {}}
    section = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            title = line[3:].lower()
            if title.startswith("review-level"):
                section = "review"
            elif title.startswith("child-level"):
                section = "child"
            elif title.startswith("case-level"):
                section = "case"
            elif title.startswith("practice themes"):
                section = "theme"
            else:
                section = None
            continue
        if section is None or not line.startswith("|"):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if not cells or cells[0] in ("id", "") or set(cells[0]) <= set("-: "):
            continue
        vid = cells[0]
        if not re.fullmatch(r"[a-z_0-9]+", vid):
            continue
        if section == "theme":
            levels["case"][vid] = {"type": "flag", "values": []}
            continue
        vtype = cells[1]
        values = [v.strip() for v in cells[2].split(",") if v.strip()] if vtype in ("enum", "set") else []
        levels[section][vid] = {"type": vtype, "values": values}
    return levels


def band(months: int) -> str:
    if months < 12:
        return "under_1"
    if months < 72:
        return "1_5"
    if months < 132:
        return "6_10"
    if months < 192:
        return "11_15"
    return "16_plus"


def check_value(where: str, vid: str, spec: dict, value, problems: list[str]) -> None:
    t = spec["type"]
    if t == "flag":
        if value not in FLAG:
            problems.append(f"{where}.{vid}: {value!r} is not a flag value")
    elif t == "enum":
        if value not in spec["values"]:
            problems.append(f"{where}.{vid}: {value!r} not in {spec['values']}")
    elif t == "int":
        if not (value == NK or (isinstance(value, int) and not isinstance(value, bool) and value >= 0)):
            problems.append(f"{where}.{vid}: {value!r} is not a non-negative int or not_known")
    elif t == "text":
        if not isinstance(value, str) or not value.strip():
            problems.append(f"{where}.{vid}: {value!r} is not a non-empty string")
    elif t == "set":
        if not isinstance(value, list):
            problems.append(f"{where}.{vid}: {value!r} is not a list")
        else:
            bad = [v for v in value if v not in spec["values"]]
            if bad:
                problems.append(f"{where}.{vid}: illegal values {bad}")
            if len(set(value)) != len(value):
                problems.append(f"{where}.{vid}: duplicate values")
    else:
        problems.append(f"{where}.{vid}: unknown codebook type {t!r}")


def check_level(where: str, obj, specs: dict, problems: list[str]) -> None:
    if not isinstance(obj, dict):
        problems.append(f"{where}: not an object")
        return
    missing = sorted(set(specs) - set(obj))
    extra = sorted(set(obj) - set(specs))
    if missing:
        problems.append(f"{where}: missing {missing}")
    if extra:
        problems.append(f"{where}: unknown ids {extra}")
    for vid, spec in specs.items():
        if vid in obj:
            check_value(where, vid, spec, obj[vid], problems)


def check_child(where: str, c: dict, problems: list[str]) -> None:
    m, b = c.get("age_months"), c.get("age_band")
    if m == NK:
        if b != NK:
            problems.append(f"{where}: age_band {b!r} but age_months not_known")
    elif isinstance(m, int) and b != band(m):
        problems.append(f"{where}: age_band {b!r} does not match age_months {m} (expected {band(m)})")
    outcome = c.get("outcome")
    for var, needs in (("death_category", "death"), ("harm_category", "serious_harm")):
        v = c.get(var)
        if outcome == needs and v == "not_applicable":
            problems.append(f"{where}: {var} not_applicable although outcome is {needs}")
        if outcome != needs and v != "not_applicable":
            problems.append(f"{where}: {var} {v!r} but outcome is {outcome!r}")


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    codebook = Path(os.environ.get("CASELEARN_CODEBOOK_MD", "/work/shared/domain/CODEBOOK.md"))
    if "--codebook" in argv:
        codebook = Path(argv[argv.index("--codebook") + 1])
        args = [a for a in args if a != str(codebook)]
    set_dir = Path(args[0]) if args else Path(__file__).resolve().parent.parent / "heldout"
    specs = parse_codebook(codebook)
    counts = {k: len(v) for k, v in specs.items()}
    if counts["review"] < 7 or counts["child"] < 21 or counts["case"] < 24:
        print(f"codebook parse looks wrong: {counts}")
        return 1
    reports = {p.stem: p for p in (set_dir / "reports").iterdir() if p.is_file()}
    truths = sorted((set_dir / "truth").glob("*.json"))
    problems: list[str] = []
    n_children = 0
    for tp in truths:
        where = tp.name
        try:
            data = json.loads(tp.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            problems.append(f"{where}: unreadable JSON ({exc})")
            continue
        keys = {"source", "codebook_version", "review", "children", "case"}
        if set(data) != keys:
            problems.append(f"{where}: top-level keys {sorted(data)} != {sorted(keys)}")
        if data.get("codebook_version") != "1":
            problems.append(f"{where}: codebook_version {data.get('codebook_version')!r} != '1'")
        src = data.get("source")
        if tp.stem not in reports:
            problems.append(f"{where}: no report with stem {tp.stem} in reports/")
        elif src != reports[tp.stem].name:
            problems.append(f"{where}: source {src!r} != report file {reports[tp.stem].name!r}")
        check_level(f"{where}:review", data.get("review"), specs["review"], problems)
        check_level(f"{where}:case", data.get("case"), specs["case"], problems)
        children = data.get("children")
        if not isinstance(children, list):
            problems.append(f"{where}: children is not a list")
            continue
        for i, c in enumerate(children):
            check_level(f"{where}:children[{i}]", c, specs["child"], problems)
            if isinstance(c, dict):
                check_child(f"{where}:children[{i}]", c, problems)
        n_children += len(children)
    for stem in sorted(set(reports) - {t.stem for t in truths}):
        problems.append(f"reports/{reports[stem].name}: no truth file")
    if problems:
        print("\n".join(problems))
        print(f"FAILED: {len(problems)} problem(s)")
        return 1
    print(f"OK: {len(truths)} truth files, {n_children} children, {len(reports)} reports; "
          f"codebook ids review={counts['review']} child={counts['child']} case+themes={counts['case']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
