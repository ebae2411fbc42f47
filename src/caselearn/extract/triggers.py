"""The document's trigger index: every occurrence of every registered trigger, found in one pass.

Each ``Prefiltered`` pattern registers its lower-case trigger strings here. The first look-up in
a document runs one Aho-Corasick automaton (pyahocorasick, in C) over the lower-cased text and
keeps where each trigger occurs; the sentences holding a trigger, and whether a trigger
occurs inside a range, are then answered from those positions. A trigger registered after the
index was built is not ``covered``: callers look it up on their own (``str.find``), so no
candidate is lost.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

import ahocorasick

_REGISTRY: set[str] = set()
# (registry size when built, automaton (value: the trigger's number), triggers by number, numbers by trigger)
_AUTOMATON: tuple[int, ahocorasick.Automaton | None, list[str], dict[str, int]] = (-1, None, [], {})


def register(triggers: frozenset[str] | set[str]) -> None:
    """Add lower-case triggers to every index built from now on."""
    _REGISTRY.update(triggers)


def _automaton() -> tuple[ahocorasick.Automaton | None, list[str], dict[str, int]]:
    """The automaton over every registered trigger (rebuilt when triggers were added)."""
    global _AUTOMATON
    if _AUTOMATON[0] != len(_REGISTRY):
        words = sorted(_REGISTRY)
        automaton = None
        if words:
            automaton = ahocorasick.Automaton()
            for k, w in enumerate(words):
                automaton.add_word(w, k)
            automaton.make_automaton()
        _AUTOMATON = (len(_REGISTRY), automaton, words, {w: k for k, w in enumerate(words)})
    return _AUTOMATON[1], _AUTOMATON[2], _AUTOMATON[3]


class TriggerIndex:
    """Where the registered triggers occur in one lower-cased document."""

    def __init__(self, low: str, starts: list[int], ends: list[int]) -> None:
        automaton, words, self._numbers = _automaton()
        self.covered = frozenset(self._numbers)
        self._starts = starts
        self._ends = ends
        ends_by_number: list[list[int] | None] = [None] * len(words)
        found: list[int] = []
        if automaton is not None:
            for last, k in automaton.iter(low):  # the hot loop: one list append per occurrence
                hits = ends_by_number[k]
                if hits is None:
                    ends_by_number[k] = [last]
                    found.append(k)
                else:
                    hits.append(last)
        self._last = ends_by_number  # per trigger number: sorted offsets of each occurrence's last character
        self.present = frozenset(words[k] for k in found)  # the triggers that occur
        self._sentences: dict[str, list[int]] = {}

    @property
    def positions(self) -> dict[str, list[int]]:
        """Trigger -> sorted start offsets, for the triggers that occur."""
        return {w: [last - len(w) + 1 for last in self._last[self._numbers[w]]] for w in self.present}  # type: ignore[union-attr]

    def sentences(self, trigger: str) -> list[int]:
        """Sorted indexes of the sentences holding ``trigger`` (an occurrence must start inside a
        sentence and end before the sentence ends). Shared: do not modify."""
        found = self._sentences.get(trigger)
        if found is None:
            found = []
            starts, ends, extra = self._starts, self._ends, len(trigger) - 1
            last_i = -1
            for last in self._last[self._numbers[trigger]] or ():
                pos = last - extra
                i = bisect_right(starts, pos) - 1
                if i >= 0 and i != last_i and last < ends[i]:
                    found.append(i)
                    last_i = i
            self._sentences[trigger] = found
        return found

    def occurs(self, trigger: str, start: int, end: int) -> bool:
        """Does a covered ``trigger`` occur wholly inside [start, end)? (``low.find(t, start, end) != -1``)"""
        hits = self._last[self._numbers[trigger]]
        if not hits:
            return False
        extra = len(trigger) - 1
        k = bisect_left(hits, start + extra)
        return k < len(hits) and hits[k] < end
