"""The document's trigger index: every occurrence of every registered trigger, found in one pass.

Each ``Prefiltered`` pattern registers its lower-case trigger strings here. The first look-up in
a document runs one Aho-Corasick automaton (pyahocorasick, in C) over the lower-cased text and
keeps each trigger's start positions; the sentences holding a trigger, and whether a trigger
occurs inside a range, are then answered from those positions. A trigger registered after the
index was built is not ``covered``: callers look it up on their own (``str.find``), so no
candidate is lost.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

import ahocorasick

_REGISTRY: set[str] = set()
_AUTOMATON: tuple[int, ahocorasick.Automaton | None, frozenset[str]] = (-1, None, frozenset())


def register(triggers: frozenset[str] | set[str]) -> None:
    """Add lower-case triggers to every index built from now on."""
    _REGISTRY.update(triggers)


def _automaton() -> tuple[ahocorasick.Automaton | None, frozenset[str]]:
    """The automaton over every registered trigger (rebuilt when triggers were added)."""
    global _AUTOMATON
    if _AUTOMATON[0] != len(_REGISTRY):
        words = sorted(_REGISTRY)
        automaton = None
        if words:
            automaton = ahocorasick.Automaton()
            for w in words:
                automaton.add_word(w, (w, len(w) - 1))
            automaton.make_automaton()
        _AUTOMATON = (len(_REGISTRY), automaton, frozenset(words))
    return _AUTOMATON[1], _AUTOMATON[2]


class TriggerIndex:
    """Where the registered triggers occur in one lower-cased document."""

    def __init__(self, low: str, starts: list[int], ends: list[int]) -> None:
        automaton, self.covered = _automaton()
        self._starts = starts
        self._ends = ends
        positions: dict[str, list[int]] = {}
        if automaton is not None:
            get = positions.get
            for last, (word, extra) in automaton.iter(low):
                hits = get(word)
                if hits is None:
                    positions[word] = [last - extra]
                else:
                    hits.append(last - extra)
        self.positions = positions  # trigger -> sorted start offsets (only triggers that occur)
        self._sentences: dict[str, list[int]] = {}

    def sentences(self, trigger: str) -> list[int]:
        """Sorted indexes of the sentences holding ``trigger`` (an occurrence must start inside a
        sentence and end before the sentence ends). Shared: do not modify."""
        found = self._sentences.get(trigger)
        if found is None:
            found = []
            starts, ends, n = self._starts, self._ends, len(trigger)
            last = -1
            for pos in self.positions.get(trigger, ()):
                i = bisect_right(starts, pos) - 1
                if i >= 0 and i != last and pos + n <= ends[i]:
                    found.append(i)
                    last = i
            self._sentences[trigger] = found
        return found

    def occurs(self, trigger: str, start: int, end: int) -> bool:
        """Does a covered ``trigger`` occur wholly inside [start, end)? (``low.find(t, start, end) != -1``)"""
        hits = self.positions.get(trigger)
        if not hits:
            return False
        k = bisect_left(hits, start)
        return k < len(hits) and hits[k] + len(trigger) <= end
