"""A disk cache of the work that turns the rule layer's patterns into their fast form.

Deriving a pattern's fast form (``guard.fast_compile``) and its trigger words
(``prefilter.required_literals``) parses the regex several times over; for the rule layer's
thousand-odd patterns that is most of the few seconds a fresh process spends before it codes its
first report. The results depend only on the pattern, its flags, the code that derives them and
the Python version, so they are kept in one JSON file per version of that code, under
``$CASELEARN_CACHE_DIR`` (default ``$XDG_CACHE_HOME/caselearn`` or ``~/.cache/caselearn``), read
once per process and written back at exit when something new was derived. An unreadable,
corrupt or unwritable cache is ignored: the values are derived again, never wrong.
"""

from __future__ import annotations

import atexit
import functools
import hashlib
import json
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

# the modules whose code decides the cached values: a change to any of them starts a new file
_DERIVERS = ("guard.py", "prefilter.py", "compile_cache.py")

_entries: dict[str, Any] | None = None
_dirty = False


def cache_dir() -> Path | None:
    """Where the cache lives (None: ``CASELEARN_CACHE_DIR`` set empty, the cache is off)."""
    chosen = os.environ.get("CASELEARN_CACHE_DIR")
    if chosen is not None:
        return Path(chosen) if chosen else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "caselearn"


@functools.cache
def _stamp() -> str:
    digest = hashlib.sha256(sys.version.encode())
    here = Path(__file__).resolve().parent
    for name in _DERIVERS:
        digest.update((here / name).read_bytes())
    return digest.hexdigest()[:16]


def cache_file() -> Path | None:
    folder = cache_dir()
    return None if folder is None else folder / f"patterns-{_stamp()}.json"


def _load() -> dict[str, Any]:
    global _entries
    if _entries is None:
        _entries = {}
        path = cache_file()
        if path is not None:
            try:
                loaded = json.loads(path.read_text(encoding="utf-8"))
                if isinstance(loaded, dict):
                    _entries = loaded
            except (OSError, ValueError):
                pass  # no cache yet, or a damaged one: derived again and written afresh
        atexit.register(save)
    return _entries


def cached(kind: str, pattern: str, flags: int, derive: Callable[[], Any]) -> Any:
    """``derive()``'s value for this kind of work on (pattern, flags), from the cache when there
    (values must be JSON: strings, numbers, lists, None)."""
    global _dirty
    entries = _load()
    key = f"{kind}\x00{flags}\x00{pattern}"
    if key in entries:
        return entries[key]
    value = entries[key] = derive()
    _dirty = True
    return value


def save() -> None:
    """Write the cache when something new was derived (atomically; errors ignored)."""
    global _dirty
    path = cache_file()
    if not _dirty or _entries is None or path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".patterns-", suffix=".tmp")
    except OSError:
        return  # a read-only home: the next process derives again
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(_entries, out)
        os.replace(tmp, path)  # whole or not at all, whatever other processes do
        _dirty = False
    except OSError:
        Path(tmp).unlink(missing_ok=True)
