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
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import ahocorasick

from caselearn.extract import triggers as _triggers
from caselearn.extract.compile_cache import cached
from caselearn.extract.guard import fast_compile

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


def _usable(s: str) -> bool:
    """Long enough to select: two characters, or one rare non-alphanumeric one ("#")."""
    return len(s) >= MIN_TRIGGER or (len(s) == 1 and not s.isalnum() and not s.isspace())


# Words so frequent in review reports that a trigger made only of them selects most sentences.
_COMMON = frozenset(
    "a an and the of to in on at by for with was were is are be been had has have he she his her him "
    "they their them it its not no or as that this from mother father mum dad parent parents child "
    "children baby family home care school police review social health services service agency "
    "agencies worker team who when which there what".split()
)


def _common(trigger: str) -> bool:
    words = [w for w in trigger.replace("-", " ").split() if w]
    return not words or all(w in _COMMON for w in words)


def _weak(trigger: str) -> bool:
    """Two characters or fewer ("ot", "da": inside many words), or made only of very common words
    and such fragments (" as n")."""
    if len(trigger.removeprefix(CASE)) <= 2:
        return True
    words = [w for w in trigger.replace("-", " ").split() if w]
    return all(w in _COMMON or len(w) <= 2 for w in words)


def _quality(c: frozenset[str]) -> tuple[bool, int]:
    return not any(_weak(s) for s in c), min(min(len(s) for s in c), 6)


def _best(cands: list[frozenset[str]]) -> frozenset[str] | None:
    """The most selective candidate: no trigger made only of very common words or of two
    characters, then the longest shortest member, then fewest members."""
    good = [c for c in cands if c and all(_usable(s) for s in c)]
    if not good:
        return None
    return max(good, key=lambda c: (*_quality(c), -len(c)))


def _lead(items) -> str:  # noqa: ANN001 - sre parse tree
    """The literal text every match of the parsed sequence begins with (look-arounds skipped)."""
    out = []
    for op, av in items:
        if op is _c.LITERAL:
            out.append(chr(av))
        elif op not in _ZERO_WIDTH:
            break
    return "".join(out)


def _prefixed(run: str | list[str], branches, ci: bool) -> frozenset[str] | None:  # noqa: ANN001 - sre parse tree
    """For ``run`` followed by an alternation (the parser turns ``not|never`` into ``n`` and
    ``ot|ever``): per branch, the literal ``run`` + the branch's leading text, or the branch's
    own trigger set where that is better; None when some branch has neither. ``run`` may be a
    list of strings one of which the text before the alternation is (see ``_variant_runs``)."""
    runs = [run] if isinstance(run, str) else run
    out: set[str] = set()
    for items in branches:
        own = _required(items, ci)
        lead = _lead(items)
        joined = frozenset((r + lead).lower() for r in runs) if lead else None
        options = [c for c in (own, joined) if c and all(_usable(t) for t in c)]
        if not options:
            return None
        if len(options) == 2 and _refines(joined, own):  # type: ignore[arg-type]
            options = [joined]  # type: ignore[list-item]
        out |= max(options, key=_quality)
    return frozenset(out)


def _refines(a: frozenset[str], b: frozenset[str]) -> bool:
    """Does every string of ``a`` hold a string of ``b``? (Then a sentence holding one of ``a``
    holds one of ``b``: ``a`` selects no more sentences.)"""
    return all(any(t in s for t in b) for s in a)


# A trigger that starts with CASE is looked up case-sensitively in the original text: a short
# upper-case abbreviation matched case-sensitively (``\\bED\\b``, ``\\bDA\\b``) would otherwise
# select every sentence holding "-ed" or "day".
CASE = "\x00"


def _case_sensitive_trigger(literal: str) -> bool:
    return len(literal) <= 4 and any(ch.isupper() for ch in literal) and not any(ch.islower() for ch in literal)


_MAX_VARIANTS = 16
_OPTIONAL = (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None))


def _variants(op, av) -> list[str] | None:  # noqa: ANN001 - sre parse tree
    """The strings one of which an item always matches exactly, when they are few: a literal, a
    class of a few literal characters (``[- ]``), an optional one (``\\.?``, ``(?:different )?``),
    a group or an alternation of such (``(?:lived|live|living)``); None otherwise."""
    if op is _c.LITERAL:
        return [chr(av)]
    if op is _c.IN:
        if len(av) <= 4 and all(o is _c.LITERAL for o, _a in av):
            return [chr(a) for _o, a in av]
        return None
    if op in _OPTIONAL and av[0] == 0 and av[1] == 1:
        sub = _sequence_variants(av[2])
        return None if sub is None else [*sub, ""]
    if op is _c.SUBPATTERN and not av[1] and not av[2]:
        return _sequence_variants(av[-1])
    if op is _c.BRANCH:
        out: list[str] = []
        for branch in av[1]:
            sub = _sequence_variants(branch)
            if sub is None:
                return None
            out += sub
            if len(out) > _MAX_VARIANTS:
                return None
        return out
    return None


def _sequence_variants(items) -> list[str] | None:  # noqa: ANN001 - sre parse tree
    """The strings one of which a sequence always matches exactly (look-arounds and anchors
    consume nothing), when there are at most ``_MAX_VARIANTS``; None otherwise."""
    out = [""]
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        sub = _variants(op, av)
        if sub is None or len(out) * len(sub) > _MAX_VARIANTS:
            return None
        out = [o + v for o in out for v in sub]
    return out


def _variant_runs(items, ci: bool) -> list[frozenset[str]]:  # noqa: ANN001 - sre parse tree
    """Trigger sets from runs of literal text that pass through a few-strings item (``s\\.?20``
    gives ``{"s.20", "s20"}``, ``home[- ]educat`` gives ``{"home-educat", "home educat"}``): each
    match holds one of the strings of the run it passes. Only runs with such an item (the plain
    literal runs are ``_required``'s own); strings that hold another of the set are dropped."""
    out: list[frozenset[str]] = []
    runs = [""]
    varied = False

    def flush() -> None:
        nonlocal runs, varied
        if varied and all(_usable(r) for r in runs):
            strings = {CASE + r if not ci and _case_sensitive_trigger(r) else r.lower() for r in dict.fromkeys(runs)}
            # a string holding another of the set adds nothing (that one occurs wherever it does)
            out.append(frozenset(a for a in strings if not any(b != a and b in a for b in strings)))
        runs, varied = [""], False

    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        sub = _variants(op, av)
        if sub is None:
            if op is _c.BRANCH and varied and ci:  # joined to each branch's leading text, as _prefixed does
                joined = _prefixed(runs, av[1], ci)
                if joined:
                    out.append(joined)
            flush()
            continue
        if len(runs) * len(sub) > _MAX_VARIANTS:
            flush()
            if len(sub) > _MAX_VARIANTS:
                continue
        runs = [r + v for r in runs for v in sub]
        varied = varied or op is not _c.LITERAL
    flush()
    return out


# ``_required`` of each parse-tree list, while one pattern's triggers are derived (the alternation
# and few-strings paths ask for the same branches again: without it the work grows with the depth)
_MEMO: dict[tuple[int, bool, bool], frozenset[str] | None] | None = None


def _required(items, ci: bool = True, prefix: bool = True) -> frozenset[str] | None:  # noqa: ANN001 - sre parse tree
    if _MEMO is None:
        return _required_uncached(items, ci, prefix)
    key = (id(items), ci, prefix)
    if key not in _MEMO:
        _MEMO[key] = _required_uncached(items, ci, prefix)
    return _MEMO[key]


def _required_uncached(items, ci: bool = True, prefix: bool = True) -> frozenset[str] | None:  # noqa: ANN001 - sre parse tree
    """A set of strings one of which every match of the parsed sequence contains (``ci``: the
    sequence is matched ignoring case; ``prefix``: also literal text joined to the alternation
    after it, see ``_prefixed``)."""
    cands: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        literal = "".join(run)
        if _usable(literal):
            if not ci and _case_sensitive_trigger(literal):
                cands.append(frozenset([CASE + literal]))
            else:
                cands.append(frozenset([literal.lower()]))
        run.clear()

    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if op in _ZERO_WIDTH:
            continue  # \b, lookarounds: no text, do not break a literal run
        if prefix and op is _c.BRANCH and run and ci:
            joined = _prefixed("".join(run), av[1], ci)
            if joined:
                cands.append(joined)
        flush()
        if op is _c.SUBPATTERN:
            add, remove = av[1], av[2]
            sub = _required(
                av[-1], (ci or bool(add & _c.SRE_FLAG_IGNORECASE)) and not remove & _c.SRE_FLAG_IGNORECASE, prefix
            )
            if sub:
                cands.append(sub)
        elif op is _c.BRANCH:
            subs = [_required(b, ci, prefix) for b in av[1]]
            if all(subs):
                cands.append(frozenset().union(*subs))  # type: ignore[arg-type]
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
            lo, _hi, sub_items = av
            if lo >= 1:
                sub = _required(sub_items, ci, prefix)
                if sub:
                    cands.append(sub)
        elif op is _c.IN:
            # a one-letter class such as [Ss] (case variants) cannot be joined to a run: skip
            pass
    flush()
    if prefix:
        for varied in _variant_runs(items, ci):
            # a set whose every string holds a string of another is at least as selective: it replaces
            # that one ("home-educat" and "home educat" for "educat")
            cands = [c for c in cands if not _refines(varied, c)]
            cands.append(varied)
    return _best(cands)


def _all_required(items, ci: bool = True) -> list[frozenset[str]]:  # noqa: ANN001 - sre parse tree
    """Every trigger set that a match of the parsed sequence must satisfy (each: one of its
    strings occurs in the match): the literal runs and alternations of the sequence, and those
    of groups and repeats it must pass through."""
    out: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        literal = "".join(run)
        if _usable(literal):
            out.append(
                frozenset([CASE + literal])
                if not ci and _case_sensitive_trigger(literal)
                else frozenset([literal.lower()])
            )
        run.clear()

    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if op in _ZERO_WIDTH:
            continue
        if op is _c.BRANCH and run and ci:  # "did" + "( not|n't)": "did not", "didn't" (see _prefixed)
            joined = _prefixed("".join(run), av[1], ci)
            if joined:
                out.append(joined)
        flush()
        if op is _c.SUBPATTERN:
            add, remove = av[1], av[2]
            out += _all_required(
                av[-1], (ci or bool(add & _c.SRE_FLAG_IGNORECASE)) and not remove & _c.SRE_FLAG_IGNORECASE
            )
        elif op is _c.BRANCH:
            subs = [_required(b, ci) for b in av[1]]
            if all(subs):
                out.append(frozenset().union(*subs))  # type: ignore[arg-type]
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)) and av[0] >= 1:
            out += _all_required(av[2], ci)
    flush()
    out += _variant_runs(items, ci)
    out = [c for c in dict.fromkeys(out) if c and all(_usable(t) for t in c)]
    # a set implied by another (each string of that one holds one of it: "ild" by "mild") adds nothing
    # (of two that imply each other, the first is kept)
    return [
        c
        for k, c in enumerate(out)
        if not any(_refines(d, c) and (j < k or not _refines(c, d)) for j, d in enumerate(out) if j != k)
    ]


_MIN_EXTRA = 3  # shorter strings ("ed", " c") occur in most sentences: they narrow little and cost index entries


def extra_literals(
    pattern: str, flags: int, primary: frozenset[str] | None, limit: int = 2
) -> tuple[frozenset[str], ...]:
    """Further trigger sets every match must also satisfy (besides ``primary``), most selective
    first: a sentence must hold one string of each, which narrows the candidates further."""
    if primary is None:
        return ()
    try:
        parsed = _p.parse(pattern, flags)
    except Exception:  # pragma: no cover
        return ()
    sets = _memoised(_all_required, list(parsed), bool((flags | parsed.state.flags) & re.IGNORECASE))
    extra = [
        c
        for c in dict.fromkeys(sets)
        if c != primary and not any(_common(t) or len(t.lstrip(CASE)) < _MIN_EXTRA for t in c)
    ]
    extra.sort(key=lambda c: (-min(len(t) for t in c), len(c)))
    return tuple(extra[:limit])


_WORD_CATEGORIES = {_c.CATEGORY_WORD, _c.CATEGORY_DIGIT}


def _word_char_class(items) -> bool:  # noqa: ANN001 - sre IN items
    for op, av in items:
        if op is _c.LITERAL and (chr(av).isalnum() or chr(av) == "_"):
            continue
        if op is _c.RANGE and any(a <= chr(av[0]) <= chr(av[1]) <= b for a, b in (("a", "z"), ("A", "Z"), ("0", "9"))):
            continue
        if op is _c.CATEGORY and av in _WORD_CATEGORIES:
            continue
        return False
    return True


def _starts_with_word_char(items) -> bool:  # noqa: ANN001 - sre parse tree
    """Does every match of the parsed sequence begin with a word character (lookarounds and
    anchors skipped)? False when unsure."""
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is _c.LITERAL:
            return chr(av).isalnum() or chr(av) == "_"
        if op is _c.IN:
            return _word_char_class(av)
        if op is _c.SUBPATTERN:
            return _starts_with_word_char(av[-1])
        if op is _c.BRANCH:
            return all(_starts_with_word_char(b) for b in av[1])
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] >= 1:
            return _starts_with_word_char(av[2])
        return False
    return False


def word_start(pattern: str, flags: int = 0) -> str:
    """``pattern`` anchored to start a word: ``\\b`` when every match begins with a word character
    (the regex engine then rejects mid-word positions fast), else the general
    ``(?:(?<![\\w])|(?=\\W))`` (a word start, or a non-word character)."""
    try:
        if _starts_with_word_char(list(_p.parse(pattern, flags))):
            return r"\b(?:" + pattern + ")"
    except Exception:  # pragma: no cover - an unparsable pattern fails at compile anyway
        pass
    return r"(?:(?<![\w])|(?=\W))(?:" + pattern + ")"


_MAX_PREFIXES = 32


def _prefixes(items, ci: bool) -> tuple[set[str], bool] | None:  # noqa: ANN001 - sre parse tree
    """The literal strings a match of the parsed sequence can begin with (as written), and whether
    they are whole matches of it (so the sequence after may extend them); None when unsure."""
    out = {""}
    for op, av in items:
        if op is _c.LITERAL:
            out = {o + chr(av) for o in out}
            continue
        if op in _ZERO_WIDTH:
            continue  # \b, look-arounds: no text
        if op is _c.SUBPATTERN and not av[1] and not av[2]:
            subs = [_prefixes(av[-1], ci)]
        elif op is _c.BRANCH:
            subs = [_prefixes(b, ci) for b in av[1]]
        else:
            return out, False
        if any(sub is None for sub in subs):
            return None
        out = {o + p for o in out for sub in subs for p in sub[0]}  # type: ignore[index]
        if len(out) > _MAX_PREFIXES:
            return None
        if not all(sub[1] for sub in subs):  # type: ignore[index]
            return out, False
    return out, True


def literal_prefixes(pattern: str, flags: int = 0, shortest: int = MIN_TRIGGER) -> frozenset[str] | None:
    """Strings one of which every match of ``pattern`` begins with (lower-case; CASE + the string
    where it is matched case-sensitively): for patterns with no required string ("(?:mr|ms|mrs)
    [a-z]" parses as ``m`` then a branch of one-letter strings). None when unsure or when some
    case-insensitive string is shorter than ``shortest`` characters."""
    try:
        parsed = _p.parse(pattern, flags)
    except Exception:  # pragma: no cover - an unparsable pattern fails at compile anyway
        return None
    ci = bool((flags | parsed.state.flags) & re.IGNORECASE)
    found = _prefixes(list(parsed), ci)
    if found is None or not found[0] or any(not p for p in found[0]):
        return None
    if ci:
        if any(len(p) < shortest for p in found[0]):
            return None
        return frozenset(p.lower() for p in found[0])
    return frozenset(CASE + p for p in found[0])


def longest_required(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Of the trigger sets every match of ``pattern`` satisfies, the one whose shortest string is
    longest (word frequency aside: for short cue words, where "s " would select every sentence
    and "mother" only some); None when there is none."""
    try:
        parsed = _p.parse(pattern, flags)
    except Exception:  # pragma: no cover - an unparsable pattern fails at compile anyway
        return None
    sets = _memoised(_all_required, list(parsed), bool((flags | parsed.state.flags) & re.IGNORECASE))
    return max(sets, key=lambda c: min(len(t.removeprefix(CASE)) for t in c), default=None)


def required_literals(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Lower-case trigger strings for ``pattern`` (None: no trigger, scan everything)."""
    try:
        parsed = _p.parse(pattern, flags)
    except Exception:  # pragma: no cover - an unparsable pattern fails at compile anyway
        return None
    items, ci = list(parsed), bool((flags | parsed.state.flags) & re.IGNORECASE)
    return _memoised(_required_or_none, items, ci)


def _required_or_none(items, ci: bool) -> frozenset[str] | None:  # noqa: ANN001 - sre parse tree
    if _required(items, ci, prefix=False) is None:
        return None  # no trigger without the joined text either: scanned whole, as before
    return _required(items, ci)


def _memoised(derive, items, ci: bool):  # noqa: ANN001, ANN202
    """``derive(items, ci)`` with ``_required`` memoised per parse-tree list for the call (the tree
    lives until the call ends, so its lists keep their ids)."""
    global _MEMO
    outer = _MEMO
    if outer is None:
        _MEMO = {}
    try:
        return derive(items, ci)
    finally:
        _MEMO = outer


def register(triggers: frozenset[str] | None) -> None:
    """Add a pattern's triggers to the document trigger index (case-sensitive ones are looked up
    on their own)."""
    if triggers:
        _triggers.register(triggers)


def trigger_index(low: str, starts: list[int], ends: list[int]) -> tuple[dict[str, list[int]], frozenset[str]]:
    """For every registered trigger found in ``low``: the sorted indexes of the sentences that
    hold it; and the triggers the index covers (a trigger registered later is looked up on its own)."""
    index = _triggers.TriggerIndex(low, starts, ends)
    found = {t: index.sentences(t) for t in index.present}
    return {t: hits for t, hits in found.items() if hits}, index.covered


def _trigger_lists(pattern: str, flags: int) -> tuple[list[str] | None, list[list[str]]]:
    """``required_literals`` and ``extra_literals`` of a pattern, as lists (for ``compile_cache``)."""
    triggers = required_literals(pattern, flags)
    also = extra_literals(pattern, flags, triggers)
    return (None if triggers is None else sorted(triggers)), [sorted(extra) for extra in also]


_UNSET: object = object()
_NARROW_FROM = 4


@dataclass(eq=False)  # hashed by identity: documents cache per pattern
class Prefiltered:
    """A compiled regex with its trigger words. A regex handed over as it is (``Prefiltered(regex,
    triggers)``) is recompiled in the fast form ``compile`` uses (``guard.fast_compile``: the
    first character peeled off or a first-character guard; the same matches, spans and groups)."""

    regex: re.Pattern[str]
    triggers: frozenset[str] | None
    # more trigger sets every match satisfies: a candidate sentence must also hold one of each
    also: tuple[frozenset[str], ...] = ()
    fast: bool = field(default=False, repr=False)  # ``regex`` is already in the fast form
    # the trigger index's covered set last seen, and whether it held all the triggers
    _covered_by: frozenset[str] | None = field(default=None, init=False, repr=False)
    _all_covered: bool = field(default=False, init=False, repr=False)
    _only: str | None = field(default=None, init=False, repr=False)  # the one trigger, when there is one

    @classmethod
    def compile(cls, pattern: str, flags: int = 0) -> Prefiltered:
        found, more = cached("triggers", pattern, flags, lambda: _trigger_lists(pattern, flags))
        triggers = None if found is None else frozenset(found)
        also = tuple(map(frozenset, more))
        register(triggers)
        for extra in also:
            register(extra)
        return cls(fast_compile(pattern, flags), triggers, also, fast=True)

    def __post_init__(self) -> None:
        self._only = next(iter(self.triggers)) if self.triggers is not None and len(self.triggers) == 1 else None
        if not self.fast:
            self.regex = fast_compile(self.regex.pattern, self.regex.flags)
            self.fast = True

    def _covered(self, index: _triggers.TriggerIndex) -> bool:
        """Are all this pattern's triggers (extra sets included) in ``index``? Worked out once per
        trigger index build (the index's covered set is shared until a trigger is registered)."""
        if self._covered_by is not index.covered:
            self._all_covered = self.triggers is not None and all(
                t <= index.covered for t in (self.triggers, *self.also)
            )
            self._covered_by = index.covered
        return self._all_covered

    def candidate_sentences(self, doc: Doc) -> list[int] | None:
        """Indexes of the sentences that hold a trigger (None: scan everything), cached per document."""
        cache = doc._cands
        cands = cache.get(self, _UNSET)
        if cands is not _UNSET:
            return cands  # type: ignore[return-value]
        triggers = self.triggers
        if triggers is None:
            cache[self] = None
            return None
        index = doc._index
        if index is None:
            index = doc.triggers  # built on first use
        if not index:  # the text has no lower-case copy
            cache[self] = None
            return None
        if self._all_covered if self._covered_by is index.covered else self._covered(index):
            # the usual case: straight from the index
            present, sentences = index.present, index.sentences
            only = self._only
            if only is not None:  # one trigger: no set to intersect
                cands = list(sentences(only)) if only in present else []
            else:
                hit = present & triggers
                if not hit:
                    cands = []
                elif len(hit) == 1:
                    cands = list(sentences(next(iter(hit))))
                else:
                    cands = sorted(set().union(*map(sentences, hit)))
            if self.also and len(cands) >= _NARROW_FROM:
                for extra in self.also:
                    if len(cands) < _NARROW_FROM:
                        break  # few candidates: running the regex costs less than narrowing
                    keep = set().union(*map(sentences, present & extra))
                    cands = [i for i in cands if i in keep]
        else:
            cands = doc.sentences_with(triggers)
            for extra in self.also:
                if len(cands) < _NARROW_FROM:
                    break
                keep = set(doc.sentences_with(extra))
                cands = [i for i in cands if i in keep]
        cache[self] = cands
        return cands

    def finditer(self, doc: Doc, ranges: list[tuple[int, int]] | None = None) -> list[re.Match[str]]:
        """Matches inside sentences (within ``ranges`` when given), in text order."""
        text = doc.text
        if ranges is None:
            found = doc._matches.get(self)
            if found is None:
                cands = self.candidate_sentences(doc)
                if cands is None:
                    found = list(self.regex.finditer(text))
                else:
                    found = []
                    search, finditer = self.regex.search, self.regex.finditer
                    sentences = doc.sentences
                    for i in cands:
                        sent = sentences[i]
                        end = sent.end
                        # most candidate sentences hold no match: one ``search`` tells (cheaper
                        # than a scanner); from its start, ``finditer`` gives what it gives from
                        # the sentence start (the first match is the same one)
                        m = search(text, sent.start, end)
                        if m is not None:
                            found.extend(finditer(text, m.start(), end))
                doc._matches[self] = found
            return list(found)
        cands = self.candidate_sentences(doc)
        out: list[re.Match[str]] = []
        if cands is None:
            for start, end in ranges:
                out.extend(self.regex.finditer(text, start, end))
            return out
        search, finditer = self.regex.search, self.regex.finditer
        sentences = doc.sentences
        for i in cands:
            sent = sentences[i]
            for start, end in ranges:
                s, e = max(start, sent.start), min(end, sent.end)
                if s < e:
                    m = search(text, s, e)
                    if m is not None:
                        out.extend(finditer(text, m.start(), e))
        return out

    def in_sentence(self, doc: Doc, i: int) -> re.Match[str] | None:
        """``regex.search`` over sentence ``i`` (its text), only when it holds a trigger."""
        cache = doc._sentsets
        allowed = cache.get(self, _UNSET)
        if allowed is _UNSET:
            cands = self.candidate_sentences(doc)
            allowed = cache[self] = None if cands is None else frozenset(cands)
        if allowed is not None and i not in allowed:  # type: ignore[operator]
            return None
        return self.regex.search(doc.sentences[i].text)

    def present_in(self, doc: Doc, start: int = 0, end: int | None = None) -> bool:
        """Could the pattern match in text[start:end]? (False only when no trigger occurs there.)"""
        low = doc.lower
        if self.triggers is None or low is None:
            return True
        end = len(low) if end is None else end
        index = doc.triggers
        if index is not None and start >= 0 and end >= 0 and self._covered(index):
            hits = doc._hits.get(self)
            if hits is None:  # the triggers that occur in the document, once per document
                hits = doc._hits[self] = tuple(self.triggers & index.present)
            occurs = index.occurs
            return any(occurs(t, start, end) for t in hits)
        text = doc.text
        return any(
            (text.find(t[1:], start, end) if t.startswith(CASE) else low.find(t, start, end)) != -1
            for t in self.triggers
        )

    def search(self, doc: Doc, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        """``regex.search`` over text[start:end], skipped when no trigger occurs there."""
        end = len(doc.text) if end is None else end
        if not self.present_in(doc, start, end):
            return None
        return self.regex.search(doc.text, start, end)

    def search_text(self, text: str) -> re.Match[str] | None:
        """``regex.search`` over a short string (one sentence), skipped when no trigger occurs."""
        if self.triggers is not None:
            low = text.lower()
            if not any((t[1:] in text) if t.startswith(CASE) else (t in low) for t in self.triggers):
                return None
        return self.regex.search(text)


class Screened:
    """A regex asked of short texts (a sentence, a clause) with no document at hand: one automaton pass
    over the lower-cased text tells whether it holds any of the pattern's trigger words, and the regex
    runs only when it does (a match holds one). Only ASCII text is screened, where lower-casing is
    exactly what case-insensitive matching folds; a pattern with no usable or a case-sensitive
    trigger always runs."""

    def __init__(self, regex: re.Pattern[str], source: str | None = None) -> None:
        self.regex = regex  # searched as it is: the same matches as before
        source = regex.pattern if source is None else source
        found, _more = cached("triggers", source, regex.flags, lambda: _trigger_lists(source, regex.flags))
        self._words: ahocorasick.Automaton | None = None
        if found and not any(t.startswith(CASE) for t in found):
            self._words = ahocorasick.Automaton()
            for word in found:
                self._words.add_word(word, 0)
            self._words.make_automaton()

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """``regex.search(text, pos, endpos)``, None at once when the searched part holds no trigger."""
        words = self._words
        if words is not None:
            n = len(text)
            part = text[min(max(pos, 0), n) : n if endpos is None else min(max(endpos, 0), n)]
            if part.isascii() and next(words.iter(part.lower()), None) is None:
                return None
        return self.regex.search(text, pos) if endpos is None else self.regex.search(text, pos, endpos)


def _holding(index: _triggers.TriggerIndex, words: frozenset[str]) -> list[int]:
    """Sorted indexes of the sentences holding any of ``words`` (all covered by ``index``); a new list."""
    hit = index.present & words
    if not hit:
        return []
    if len(hit) == 1:
        return list(index.sentences(next(iter(hit))))
    return sorted(set().union(*map(index.sentences, hit)))


def sentence_indexes(starts: list[int], positions: list[int]) -> list[int]:
    return sorted({max(0, bisect_right(starts, p) - 1) for p in positions})


class PatternGroup:
    """Several prefiltered patterns scanned together (a flag's alternatives): one set operation
    against the document's trigger index tells which of them can match at all, so the others
    are skipped without a look-up each."""

    def __init__(self, patterns: list[Prefiltered]) -> None:
        self.source = patterns
        self.patterns = list(patterns)
        self.by_trigger: dict[str, list[int]] = {}
        self.always: list[int] = []  # no trigger: always looked up
        for i, p in enumerate(patterns):
            if p.triggers is None:
                self.always.append(i)
                continue
            # case-sensitive triggers (CASE + literal) too: the index covers them (it looks for them
            # in the original text), and ``present`` holds those that occur
            for t in p.triggers:
                self.by_trigger.setdefault(t, []).append(i)
        self.triggers = frozenset(self.by_trigger)
        self._covered: frozenset[str] | None = None  # the trigger index's covered set last seen
        self._all_covered = False

    def active(self, doc: Doc) -> list[tuple[int, Prefiltered]]:
        """The patterns that may match in ``doc``, with their positions in the group, in order;
        the others find nothing. Cached per document (shared: do not modify)."""
        cache = doc._cands
        found = cache.get(self)
        if found is None:
            found = cache[self] = self._active(doc)
        return found

    def _active(self, doc: Doc) -> list[tuple[int, Prefiltered]]:
        index = doc.triggers
        if index is None:
            return list(enumerate(self.patterns))
        if self._covered is not index.covered:  # worked out once per trigger index build
            self._covered, self._all_covered = index.covered, self.triggers <= index.covered
        if not self._all_covered:
            return list(enumerate(self.patterns))
        hit = index.present & self.triggers
        if not hit and not self.always:
            return []
        chosen = set(self.always)
        by_trigger = self.by_trigger
        for t in hit:
            chosen.update(by_trigger[t])
        patterns = self.patterns
        return [(i, patterns[i]) for i in sorted(chosen)]


_GROUPS: dict[tuple[int, ...], PatternGroup] = {}
_BY_LIST: dict[int, PatternGroup] = {}


def group_of(patterns: list[Prefiltered]) -> PatternGroup:
    """The group of these patterns, made once (a group holds its patterns, so their ids stay
    theirs). A list passed again (a flag's own list) is recognised at once."""
    group = _BY_LIST.get(id(patterns))
    if group is not None and group.source is patterns and len(group.patterns) == len(patterns):
        return group
    key = tuple(map(id, patterns))
    group = _GROUPS.get(key)
    if group is None:
        group = _GROUPS[key] = PatternGroup(patterns)
        _BY_LIST[id(patterns)] = group  # the first list seen: kept alive by the group, so its id stays its own
    return group


class RowTable:
    """A table of rows ``(label, pattern)`` (child status's values, age's kinds) asked row by row:
    one set operation over the whole table's triggers (a ``PatternGroup``) gives the rows whose
    pattern may match in a document, so the others are skipped without a candidate look-up each."""

    def __init__(self, rows: list) -> None:  # noqa: ANN001 - any (label, Prefiltered) rows
        self.rows = rows
        self.size = len(rows)
        self.group = PatternGroup([row[1] for row in rows])

    def active(self, doc: Doc) -> list:
        """``(position, row)`` for each row whose pattern may match in ``doc``, in table order (a row
        left out has no candidate sentence: its pattern finds nothing there). Cached per document
        (shared: do not modify)."""
        cache = doc._cands
        found = cache.get(self)
        if found is None:
            rows = self.rows
            found = cache[self] = [(i, rows[i]) for i, _p in self.group.active(doc)]
        return found


_TABLES: dict[int, RowTable] = {}


def active_rows(doc: Doc, rows: list) -> list:  # noqa: ANN001 - any (label, Prefiltered) rows
    """``list(enumerate(rows))`` less the rows whose pattern cannot match in ``doc`` (its triggers do
    not occur there): the same rows, in the same order, that a loop asking each row's pattern for
    its candidate sentences would find any in. The table is made once per list (kept alive, so its
    id stays its own; a list that changed length is taken anew)."""
    table = _TABLES.get(id(rows))
    if table is None or table.rows is not rows or table.size != len(rows):
        table = _TABLES[id(rows)] = RowTable(rows)
    return table.active(doc)
