"""Shared text helpers: the analysed document, sentence segmentation and section lookup.

Everything works on offsets into the one normalised text, so evidence spans point
at the stored text whatever the reader was.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from caselearn.documents import ParsedDocument, Section
from caselearn.extract.guard import fast_compile
from caselearn.extract.triggers import TriggerIndex

# A sentence ends at . ! ? followed by space and a capital, digit, quote or bracket,
# at a blank line, or at a line break that starts a bullet, number or heading.
# A year a review may speak of (1980-2049); group 1 is the year.
YEAR = fast_compile(r"\b(19[89]\d|20[0-4]\d)\b")

_ABBREV = re.compile(r"(?:\b(?:Dr|Mr|Mrs|Ms|St|No|Nos|vs|etc|e\.g|i\.e|approx|est|para|Para|Fig|cf|Co|Ltd|Prof))\.$")
_NUMBER_ONLY = re.compile(r"\s*(?:\d+(?:\.\d+)*|[A-Za-z])\.$")
_BOUNDARY_SOURCE = (
    r"(?<=[.!?])[\"'”’)]?\s+(?=[\"'“‘(]?[A-Z0-9])|\n\s*\n"
    r"|\n(?=\s*(?:[-*•▪·]|\d+[.)]|[a-z][.)]\s|[A-Z][A-Z]))|(?<=[^a-z,;:\-])\n"
)
_BOUNDARY = re.compile(_BOUNDARY_SOURCE)
# a form's question and its answer are one statement: "Looked after? No", "Known to CSC? Yes - CIN 2019"
_ANSWER = re.compile(r"(?:Yes|No|YES|NO|Y|N)\b(?! one\b)(?![.?!]? [a-z])")
# a form's dot leader, not an ellipsis ending a sentence ("fine... Then"): dots after a space, or four or more
_LEADER = re.compile(r"(?:\s\.{2,}|\.{4,})$")
# a boundary begins right after . ! ? (the first branch) or at a line break (the others)
_BOUNDARY_ANCHOR = re.compile(r"[.!?\n]")


def _boundaries(text: str) -> list[re.Match[str]]:
    """``_BOUNDARY.finditer(text)``, with the pattern tried only where a boundary can begin (after
    . ! ? or at a line break), after the end of the previous boundary, instead of at every position."""
    out: list[re.Match[str]] = []
    match = _BOUNDARY.match
    pos = 0
    tried = -1
    for anchor in _BOUNDARY_ANCHOR.finditer(text):
        at = anchor.start()
        if text[at] != "\n":
            at += 1
        if at < pos or at == tried:
            continue
        tried = at
        m = match(text, at)
        if m is not None:
            out.append(m)
            pos = m.end()  # every boundary is at least one character long
    return out


@lru_cache(maxsize=4096)
def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile`` for patterns built at run time (from child names, per document or per
    child): the ``re`` module keeps only 512 compiled patterns, which a batch of reports
    outgrows, so each report's name patterns were compiled again and again."""
    return re.compile(pattern, flags)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def split_sentences(text: str) -> list[Sentence]:
    """Sentences (and bullet lines) as spans; leading/trailing blanks trimmed."""
    out: list[Sentence] = []
    pos = 0
    pending = 0
    for m in _boundaries(text):
        chunk_end = m.start()
        if "\n" in m.group(0):
            pass
        elif (
            _ABBREV.search(text[max(pending, chunk_end - 8) : chunk_end])
            or _NUMBER_ONLY.match(text, pending, chunk_end)
            # ... and a field's dot leader before its answer ("LAC at incident ...... No")
            or ((text[chunk_end - 1] == "?" or text.endswith("...", 0, chunk_end)) and _ANSWER.match(text, m.end()))
            # ... or any answer on the leader's line ("Age ........ 15", "Name used ..... Young Person W")
            or _LEADER.search(text, max(pending, chunk_end - 12), chunk_end)
        ):
            continue
        _append(out, text, pending, chunk_end)
        pending = m.end()
        pos = pending
    _append(out, text, pos if pos else pending, len(text))
    return out


def _append(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))


# Canonical section names and the heading words that announce them (used only when the
# reader found no sections).
SECTION_HEADINGS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.I))
    for name, pattern in (
        ("recommendations", r"recommendations?|immediate actions|actions? (agreed|taken)"),
        ("findings", r"findings?|key findings|analysis and findings|themes and findings|what we found"),
        ("learning", r"learning|lessons|analysis\s*/\s*learning|what (needs to|should) change|learning points"),
        ("analysis", r"analysis|appraisal of practice|what happened and why|agency involvement.*analysis"),
        ("chronology", r"chronology|summary of events|agency involvement|key events|timeline"),
        ("family_background", r"family|background|the family|who .* was|the child"),
        ("methodology", r"method|methodology|process|how the review"),
        ("terms_of_reference", r"terms of reference|scope"),
        ("introduction", r"introduction|intro|summary|why this review|why we|circumstances"),
    )
)
_HEADING_LINE = re.compile(
    r"^[ \t]*(?:(?:part|section|chapter)\s+\w+\s*[-:.]?\s*|\d+(?:\.\d+)*[.)]?\s+|[A-Z][.)]\s+)?"
    r"(?P<title>[A-Za-z][^\n.]{1,80})[ \t]*$",
    re.M,
)


def _heading_lines(text: str) -> list[re.Match[str]]:
    """``_HEADING_LINE.finditer(text)``: tried only where a line starts (the only places its ``^``
    matches), after the end of the previous match, instead of at every position."""
    out: list[re.Match[str]] = []
    match = _HEADING_LINE.match
    pos = 0
    size = len(text)
    while pos <= size:
        m = match(text, pos)
        if m is not None:
            out.append(m)
            pos = m.end()  # a match never ends at a line start (it ends before a newline or at the end)
        nl = text.find("\n", pos)
        if nl == -1:
            break
        pos = nl + 1
    return out


# a form's field: "Review: Partners in Practice model", "Recommendations: 7"
_FIELD_LINE = re.compile(r"^[A-Z][\w /&()'’-]{0,40}:\s+\S")


def _line_before(text: str, start: int) -> str:
    """The last non-empty line before ``start``."""
    for line in reversed(text[max(0, start - 2000) : start].splitlines()):
        if line.strip():
            return line.strip()
    return ""


def detect_sections(text: str) -> list[Section]:
    """A light fallback: short heading-like lines matched against canonical section words."""
    marks: list[tuple[int, str, str]] = []
    for m in _heading_lines(text):
        title = m.group("title").strip()
        if len(title.split()) > 9 or title.endswith((",", ";")):
            continue
        if m.start() > 0 and text[m.start() - 1] != "\n":
            continue
        if ":" in title and _FIELD_LINE.match(title) and _FIELD_LINE.match(_line_before(text, m.start())):
            continue  # "Recommendations: 7" under "Review: PiP model": one more field of a form
        for name, pattern in SECTION_HEADINGS:
            if pattern.match(title):
                marks.append((m.start(), name, title))
                break
    sections: list[Section] = []
    for i, (start, name, heading) in enumerate(marks):
        end = marks[i + 1][0] if i + 1 < len(marks) else len(text)
        sections.append(Section(name=name, heading=heading, start=start, end=end))
    return sections


@dataclass
class Doc:
    """The document as the extraction components see it."""

    text: str
    sections: list[Section] = field(default_factory=list)
    metadata: dict = field(default_factory=dict)
    sentences: list[Sentence] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list, repr=False)
    _lower: str | None = field(default=None, repr=False)
    _trigger_cache: dict = field(default_factory=dict, repr=False)
    # per pattern (prefilter.Prefiltered): candidate sentences (and per PatternGroup: the
    # patterns that may match), matches, candidate set
    _cands: dict = field(default_factory=dict, repr=False)
    _matches: dict = field(default_factory=dict, repr=False)
    _sentsets: dict = field(default_factory=dict, repr=False)
    _hits: dict = field(default_factory=dict, repr=False)  # per pattern: its triggers that occur
    _index: TriggerIndex | bool | None = field(default=None, repr=False)  # ``triggers`` (False: none), once built

    @property
    def lower(self) -> str | None:
        """The text lower-cased once (None when lower-casing would move offsets)."""
        if self._lower is None:
            low = self.text.lower()
            self._lower = low if len(low) == len(self.text) else ""
        return self._lower or None

    @property
    def triggers(self) -> TriggerIndex | None:
        """Every registered trigger's occurrences in the lower-cased text (None when lower-casing
        would move offsets), built on first use."""
        index = self._index
        if index is None:
            low = self.lower
            index = (
                TriggerIndex(low, self._starts, [s.end for s in self.sentences], self.text)
                if low is not None
                else False
            )
            self._index = index
        return index or None

    def sentences_with(self, words: frozenset[str] | set[str]) -> list[int]:
        """Indexes of the sentences that contain any of the lower-case ``words`` (substring)."""
        index = self.triggers
        if index is not None and words <= index.covered:  # the usual case
            hit = index.present & words
            if not hit:
                return []
            if len(hit) == 1:
                return list(index.sentences(next(iter(hit))))
            return sorted(set().union(*[index.sentences(w) for w in hit]))
        cache = self._trigger_cache
        low = self.lower
        lists = []
        for w in words:
            if index is not None and w in index.covered:
                hits = index.sentences(w)
            else:
                hits = cache.get(w)
                if hits is None:
                    if w.startswith("\x00"):  # case-sensitive (prefilter.CASE): the original text
                        hits = self._find_sentences(self.text, w[1:])
                    else:
                        hits = self._find_sentences(low or self.text.lower(), w)
                    cache[w] = hits
            if hits:
                lists.append(hits)
        if not lists:
            return []
        if len(lists) == 1:
            return list(lists[0])
        return sorted(set().union(*lists))

    def lines_with(self, words: tuple[str, ...]) -> list[tuple[int, int]] | None:
        """The lines (start, end without the newline) holding any of the lower-case ``words``, in
        text order, cached per document; None when lower-casing would move offsets. For a pattern
        that cannot match a newline and whose every match holds one of ``words``, searching these
        lines finds exactly what a search of the whole text finds, at a fraction of the cost."""
        key = ("lines", words)
        found = self._trigger_cache.get(key, False)
        if found is not False:
            return found
        low = self.lower
        if low is None:
            self._trigger_cache[key] = None
            return None
        starts: set[int] = set()
        for w in words:
            pos = low.find(w)
            while pos != -1:
                starts.add(low.rfind("\n", 0, pos) + 1)
                end = low.find("\n", pos)  # the line is taken: look on from the next one
                pos = -1 if end == -1 else low.find(w, end)
        found = []
        for start in sorted(starts):
            end = low.find("\n", start)
            found.append((start, len(low) if end == -1 else end))
        self._trigger_cache[key] = found
        return found

    def search_lines(self, pattern: re.Pattern[str], words: tuple[str, ...]) -> re.Match[str] | None:
        """``pattern.search(text)`` run only on the lines holding one of ``words`` (see ``lines_with``)."""
        lines = self.lines_with(words)
        if lines is None:
            return pattern.search(self.text)
        text = self.text
        for start, end in lines:
            m = pattern.search(text, start, end)
            if m is not None:
                return m
        return None

    def finditer_lines(self, pattern: re.Pattern[str], words: tuple[str, ...]) -> list[re.Match[str]]:
        """``pattern.finditer(text)`` run only on the lines holding one of ``words`` (see ``lines_with``)."""
        lines = self.lines_with(words)
        if lines is None:
            return list(pattern.finditer(self.text))
        text = self.text
        return [m for start, end in lines for m in pattern.finditer(text, start, end)]

    def _find_sentences(self, low: str, w: str) -> list[int]:
        starts = self._starts
        hits: list[int] = []
        pos = low.find(w)
        last = -1
        while pos != -1:
            i = bisect_right(starts, pos) - 1
            if i >= 0 and i != last and pos < self.sentences[i].end:
                hits.append(i)
                last = i
            pos = low.find(w, pos + 1)
        return hits

    @classmethod
    def from_parsed(cls, parsed: ParsedDocument) -> Doc:
        return cls.from_text(parsed.text, parsed.sections, parsed.metadata)

    @classmethod
    def from_text(cls, text: str, sections: list[Section] | None = None, metadata: dict | None = None) -> Doc:
        sentences = split_sentences(text)
        secs = list(sections or []) or detect_sections(text)
        return cls(text, secs, dict(metadata or {}), sentences, [s.start for s in sentences])

    def sentence_at(self, offset: int) -> Sentence | None:
        i = bisect_right(self._starts, offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < self.sentences[i].end + 1:
            return self.sentences[i]
        return None

    def sentence_index(self, offset: int) -> int:
        return max(0, bisect_right(self._starts, offset) - 1)

    def section_name(self, offset: int) -> str | None:
        for section in self.sections:
            if section.start <= offset < section.end:
                return section.name
        return None

    def spans_of(self, *names: str) -> list[tuple[int, int]]:
        return [(s.start, s.end) for s in self.sections if s.name in names]
