"""The first-character guard: a regex behind a look-ahead for the characters its matches can
begin with. Python's regex engine tries every alternative of a pattern at every position; the
look-ahead rejects most positions with one class test, and leaves the matches unchanged."""

from __future__ import annotations

import re

try:  # Python 3.11+
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

_ZERO_WIDTH = {_c.AT, _c.ASSERT, _c.ASSERT_NOT}
_MAX_FIRST = 40
_CATEGORY_ESCAPES = {_c.CATEGORY_SPACE: r"\s", _c.CATEGORY_DIGIT: r"\d"}


def _first(items, chars: set[str]) -> bool:  # noqa: ANN001 - sre parse tree
    """Add to ``chars`` every character a match of the parsed sequence can begin with; True when
    the sequence can match the empty string. Raises ValueError when unsure."""
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is _c.LITERAL:
            chars.add(chr(av))
            return False
        if op is _c.IN:
            for iop, iav in av:
                if iop is _c.LITERAL:
                    chars.add(chr(iav))
                elif iop is _c.RANGE and iav[1] - iav[0] < _MAX_FIRST:
                    chars.update(chr(x) for x in range(iav[0], iav[1] + 1))
                elif iop is _c.CATEGORY and iav in _CATEGORY_ESCAPES:
                    chars.add(_CATEGORY_ESCAPES[iav])  # kept as the class escape ("\\s")
                else:
                    raise ValueError(iop)
            return False
        if op is _c.SUBPATTERN:
            if not _first(av[-1], chars):
                return False
            continue
        if op is _c.BRANCH:
            empty = False
            for branch in av[1]:
                empty = _first(branch, chars) or empty
            if not empty:
                return False
            continue
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            if not _first(av[2], chars) and av[0] >= 1:
                return False
            continue
        raise ValueError(op)
    return True


def first_char_guard(pattern: str, flags: int = 0) -> str:
    """``pattern`` behind a look-ahead for the characters its matches can begin with (both
    cases), so that the regex engine rejects other positions at once; unchanged when unsure,
    when the set is large, or when the pattern can match the empty string."""
    chars: set[str] = set()
    try:
        if _first(list(_p.parse(pattern, flags)), chars):
            return pattern
    except ValueError:
        return pattern
    escapes = {c for c in chars if len(c) == 2}
    chars -= escapes
    chars |= {c.upper() for c in chars} | {c.lower() for c in chars}
    if not chars | escapes or len(chars) > _MAX_FIRST:
        return pattern
    # the class ignores case (a superset: "(?i:k)" also matches the Kelvin sign)
    members = "".join(sorted(escapes)) + "".join(re.escape(c) for c in sorted(chars))
    guarded = "(?=(?i:[" + members + "]))(?:" + pattern + ")"
    try:
        re.compile(guarded, flags)
    except re.error:  # e.g. a global inline flag ("(?i)...") must stay at the start
        return pattern
    return guarded
