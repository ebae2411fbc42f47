"""Ingest report files into the repository: walk folders, parse on every core, store each
file in its own transaction (so a kill mid-run leaves no half-stored review and a rerun
completes the rest), skip what is already present."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from caselearn.documents import DocumentError, ParsedDocument, parse_bytes
from caselearn.documents.limits import max_file_bytes
from caselearn.documents.readers import SUFFIXES
from caselearn.store.db import Database
from caselearn.store.reviews import file_hash, find_by_file, store_parsed


@dataclass(frozen=True)
class Outcome:
    path: str
    status: str  # ingested, present, failed
    message: str
    review_id: int | None = None


def collect(paths: Iterable[str | Path]) -> list[Path]:
    """Files named, and the report files (by extension) under folders named, sorted; a
    path that does not exist is kept so that it is reported as failed."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES))
        else:
            found.append(path)
    seen: set[Path] = set()
    unique = []
    for path in found:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(path)
    return unique


def _parse(path: str) -> tuple[str, ParsedDocument | None, str | None]:
    """Worker: parse one file; never raises (errors come back as a one-line reason)."""
    try:
        size = os.path.getsize(path)
        if size > max_file_bytes():
            return path, None, f"larger than the limit of {max_file_bytes() // (1 << 20)} MB"
        with open(path, "rb") as handle:
            data = handle.read()
        return path, parse_bytes(data, Path(path).name), None
    except DocumentError as exc:
        return path, None, str(exc).removeprefix(f"{Path(path).name}: ")
    except MemoryError:
        return path, None, "too large to read in memory"
    except Exception as exc:  # noqa: BLE001 - a reader bug must not stop the batch
        return path, None, f"could not be read ({type(exc).__name__}: {str(exc)[:120]})"


def _parsed(paths: list[str], jobs: int) -> Iterator[tuple[str, ParsedDocument | None, str | None]]:
    if jobs <= 1 or len(paths) <= 1:
        yield from map(_parse, paths)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(_parse, paths, chunksize=1)


def ingest(
    db: Database,
    paths: Iterable[str | Path],
    actor: str = "cli",
    jobs: int | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
) -> list[Outcome]:
    """Ingest files and folders; one Outcome per file, in order."""
    files = collect(paths)
    jobs = jobs or min(len(os.sched_getaffinity(0)), 8)
    outcomes: list[Outcome] = []
    pending: list[str] = []

    def report(outcome: Outcome) -> None:
        outcomes.append(outcome)
        if on_outcome:
            on_outcome(outcome)

    # files already stored byte for byte are skipped without parsing
    with db.session() as session:
        for path in files:
            if not path.is_file():
                report(Outcome(str(path), "failed", "no such file"))
                continue
            try:
                if path.stat().st_size <= max_file_bytes():
                    review = find_by_file(session, file_hash(path.read_bytes()))
                    if review is not None:
                        report(Outcome(str(path), "present", f"already present as review {review.id}", review.id))
                        continue
            except OSError as exc:
                report(Outcome(str(path), "failed", f"cannot read: {exc.strerror}"))
                continue
            pending.append(str(path))
    for path, parsed, error in _parsed(pending, jobs):
        if parsed is None:
            report(Outcome(path, "failed", error or "unreadable"))
            continue
        try:
            original = Path(path).read_bytes()
            with db.transaction() as session:
                review, created = store_parsed(session, actor, parsed, Path(path).name, original)
                review_id, title = review.id, review.title
        except Exception as exc:  # noqa: BLE001 - one file's failure must not stop the batch
            report(Outcome(path, "failed", f"could not be stored ({type(exc).__name__}: {str(exc)[:120]})"))
            continue
        if created:
            extra = " (OCR)" if parsed.ocr else ""
            report(Outcome(path, "ingested", f"review {review_id}: {title}{extra}", review_id))
        else:
            report(Outcome(path, "present", f"already present as review {review_id}", review_id))
    return outcomes
