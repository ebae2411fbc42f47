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
CASE = "\x00"  # a trigger that starts with it is looked up case-sensitively, in the original text


class _Automata:
    """Automata over every registered trigger (a trigger's value: its number)."""

    def __init__(self, words: list[str]) -> None:
        self.size = len(words)
        self.words = words
        self.numbers = {w: k for k, w in enumerate(words)}
        self.covered = frozenset(words)
        self.plain = self._build((w, k) for k, w in enumerate(words) if not w.startswith(CASE))
        self.case = self._build((w[1:], k) for k, w in enumerate(words) if w.startswith(CASE))

    @staticmethod
    def _build(pairs) -> ahocorasick.Automaton | None:  # noqa: ANN001
        automaton = ahocorasick.Automaton()
        for word, k in pairs:
            automaton.add_word(word, k)
        if not len(automaton):
            return None
        automaton.make_automaton()
        return automaton


_AUTOMATA = _Automata([])


def register(triggers: frozenset[str] | set[str]) -> None:
    """Add triggers to every index built from now on (lower-case, or CASE + a case-sensitive literal)."""
    _REGISTRY.update(triggers)


def _automata() -> _Automata:
    """The automata over every registered trigger (rebuilt when triggers were added)."""
    global _AUTOMATA
    if _AUTOMATA.size != len(_REGISTRY):
        _AUTOMATA = _Automata(sorted(_REGISTRY))
    return _AUTOMATA


class TriggerIndex:
    """Where the registered triggers occur in one document."""

    def __init__(self, low: str, starts: list[int], ends: list[int], text: str | None = None) -> None:
        automata = _automata()
        self._numbers = automata.numbers
        self.covered = automata.covered
        self._starts = starts
        self._ends = ends
        ends_by_number: list[list[int] | None] = [None] * automata.size
        found: list[int] = []
        for automaton, haystack in ((automata.plain, low), (automata.case, text)):
            if automaton is None or haystack is None:
                continue
            for last, k in automaton.iter(haystack):  # the hot loop: one list append per occurrence
                hits = ends_by_number[k]
                if hits is None:
                    ends_by_number[k] = [last]
                    found.append(k)
                else:
                    hits.append(last)
        if text is None:  # case-sensitive triggers were not looked for
            self.covered = frozenset(w for w in self.covered if not w.startswith(CASE))
        self._last = ends_by_number  # per trigger number: sorted offsets of each occurrence's last character
        words = automata.words
        self.present = frozenset(map(words.__getitem__, found))  # the triggers that occur
        self._sentences: dict[str, list[int]] = {}

    @property
    def positions(self) -> dict[str, list[int]]:
        """Trigger -> sorted start offsets, for the triggers that occur."""
        return {w: [last - _length(w) + 1 for last in self._last[self._numbers[w]]] for w in self.present}  # type: ignore[union-attr]

    def sentences(self, trigger: str) -> list[int]:
        """Sorted indexes of the sentences holding ``trigger`` (an occurrence must start inside a
        sentence and end before the sentence ends). Shared: do not modify."""
        found = self._sentences.get(trigger)
        if found is None:
            found = []
            starts, ends, extra = self._starts, self._ends, _length(trigger) - 1
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
        extra = _length(trigger) - 1
        k = bisect_left(hits, start + extra)
        return k < len(hits) and hits[k] < end


def _length(trigger: str) -> int:
    return len(trigger) - 1 if trigger.startswith(CASE) else len(trigger)
