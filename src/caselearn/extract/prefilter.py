"""Keyword prefilter: run a regex only over the sentences that hold one of its trigger words.

Each pattern's triggers are derived from the regex itself (``required_literals``): a set of
lower-case strings one of which every match must contain (for ``(?:drank|drinking) heavily``
that is ``{"heavily"}``; for ``alcohol|drink\\w*`` it is ``{"alcohol", "drink"}``). The text
is lower-cased once per document; ``str.find`` over it (C speed) gives the candidate
sentences, and the regex is run only inside those. A pattern with no usable trigger (for
example one that starts with a character class) is scanned over the whole range, so the
prefilter never loses a match that lies within one sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

try:  # Python 3.11+
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

if TYPE_CHECKING:
    from caselearn.extract.text import Doc

MIN_TRIGGER = 2
_ZERO_WIDTH = {_c.AT, _c.ASSERT, _c.ASSERT_NOT}


def _best(cands: list[frozenset[str]]) -> frozenset[str] | None:
    """The most selective candidate: longest shortest member, then fewest members."""
    good = [c for c in cands if c and min(len(s) for s in c) >= MIN_TRIGGER]
    if not good:
        return None
    return max(good, key=lambda c: (min(min(len(s) for s in c), 6), -len(c)))


def _required(items) -> frozenset[str] | None:  # noqa: ANN001 - sre parse tree
    """A set of strings one of which every match of the parsed sequence contains."""
    cands: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        if len(run) >= MIN_TRIGGER:
            cands.append(frozenset(["".join(run).lower()]))
        run.clear()

    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if op in _ZERO_WIDTH:
            continue  # \b, lookarounds: no text, do not break a literal run
        flush()
        if op is _c.SUBPATTERN:
            sub = _required(av[-1])
            if sub:
                cands.append(sub)
        elif op is _c.BRANCH:
            subs = [_required(b) for b in av[1]]
            if all(subs):
                cands.append(frozenset().union(*subs))  # type: ignore[arg-type]
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
            lo, _hi, sub_items = av
            if lo >= 1:
                sub = _required(sub_items)
                if sub:
                    cands.append(sub)
        elif op is _c.IN:
            # a one-letter class such as [Ss] (case variants) cannot be joined to a run: skip
            pass
    flush()
    return _best(cands)


def required_literals(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Lower-case trigger strings for ``pattern`` (None: no trigger, scan everything)."""
    try:
        parsed = _p.parse(pattern, flags)
    except Exception:  # pragma: no cover - an unparsable pattern fails at compile anyway
        return None
    return _required(list(parsed))


@dataclass
class Prefiltered:
    """A compiled regex with its trigger words."""

    regex: re.Pattern[str]
    triggers: frozenset[str] | None

    @classmethod
    def compile(cls, pattern: str, flags: int = 0) -> Prefiltered:
        return cls(re.compile(pattern, flags), required_literals(pattern, flags))

    def candidate_sentences(self, doc: Doc) -> list[int] | None:
        """Indexes of the sentences that hold a trigger (None: scan everything)."""
        if self.triggers is None or doc.lower is None:
            return None
        return doc.sentences_with(self.triggers)

    def finditer(self, doc: Doc, ranges: list[tuple[int, int]] | None = None) -> list[re.Match[str]]:
        """Matches inside sentences (within ``ranges`` when given), in text order."""
        cands = self.candidate_sentences(doc)
        text = doc.text
        if cands is None:
            if ranges is None:
                return list(self.regex.finditer(text))
            out: list[re.Match[str]] = []
            for start, end in ranges:
                out.extend(self.regex.finditer(text, start, end))
            return out
        out = []
        for i in cands:
            sent = doc.sentences[i]
            if ranges is None:
                out.extend(self.regex.finditer(text, sent.start, sent.end))
                continue
            for start, end in ranges:
                s, e = max(start, sent.start), min(end, sent.end)
                if s < e:
                    out.extend(self.regex.finditer(text, s, e))
        return out


def sentence_indexes(starts: list[int], positions: list[int]) -> list[int]:
    return sorted({max(0, bisect_right(starts, p) - 1) for p in positions})
