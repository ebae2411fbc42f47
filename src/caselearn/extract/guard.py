"""The first-character guard: a regex behind a look-ahead for the characters its matches can
begin with. Python's regex engine tries every alternative of a pattern at every position; the
look-ahead rejects most positions with one class test, and leaves the matches unchanged."""

from __future__ import annotations

import re

from caselearn.extract.compile_cache import cached

try:  # Python 3.11+
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

_ZERO_WIDTH = {_c.AT, _c.ASSERT, _c.ASSERT_NOT}
_MAX_FIRST = 40
# the most characters a guard may admit (a letter counted once for both cases): even one admitting
# every letter rejects the spaces, digits and punctuation, which pays for a long alternation
_MAX_FIRST_FOLDED = 30
_AT_START = {_c.AT_BEGINNING, _c.AT_BEGINNING_STRING}
_CATEGORY_ESCAPES = {_c.CATEGORY_SPACE: r"\s", _c.CATEGORY_DIGIT: r"\d"}


def _first(items, chars: set[str], anchors: bool = False) -> bool:  # noqa: ANN001 - sre parse tree
    """Add to ``chars`` every character a match of the parsed sequence can begin with; True when
    the sequence can match the empty string. Raises ValueError when unsure. With ``anchors``, a
    path that begins with ``^`` adds "^" instead of its characters (otherwise ``^`` is skipped)."""
    for op, av in items:
        if anchors and op is _c.AT and av in _AT_START:
            chars.add("^")  # nothing consumed before it: a match along here begins where ``^`` holds
            return False
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
            if not _first(av[-1], chars, anchors):
                return False
            continue
        if op is _c.BRANCH:
            empty = False
            for branch in av[1]:
                empty = _first(branch, chars, anchors) or empty
            if not empty:
                return False
            continue
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            if not _first(av[2], chars, anchors) and av[0] >= 1:
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
        if _first(list(_p.parse(pattern, flags)), chars, anchors=True):
            return pattern
    except ValueError:
        return pattern
    anchored = "^" in chars  # a branch begins with ``^``: the guard lets that position through too
    chars.discard("^")
    escapes = {c for c in chars if len(c) == 2}
    chars -= escapes
    chars |= {c.upper() for c in chars} | {c.lower() for c in chars}
    if not chars | escapes or len({c.lower() for c in chars}) > _MAX_FIRST_FOLDED:
        return pattern  # (every branch anchored: sre searches only where ``^`` holds already)
    # the class ignores case (a superset: "(?i:k)" also matches the Kelvin sign)
    members = "".join(sorted(escapes)) + "".join(re.escape(c) for c in sorted(chars))
    guard = "(?=(?i:[" + members + "]))"
    guarded = ("(?:" + guard + "|^)" if anchored else guard) + "(?:" + pattern + ")"
    try:
        re.compile(guarded, flags)
    except re.error:  # e.g. a global inline flag ("(?i)...") must stay at the start
        return pattern
    return guarded


# --- the first character peeled off -------------------------------------------------------------
#
# The look-ahead above still costs the engine one call of its matcher per position. sre has a
# faster path: when a compiled pattern begins with a character class it can test without case
# folding, its search loop skips, in C, every position whose character is not in the class. A
# case-insensitive pattern never qualifies, so ``peeled`` rewrites a pattern P into
#
#     (?-i:[C]) D(P)
#
# where C is every character a match of P can begin with, all its case variants spelled out
# (a superset is enough), and D(P) is P with its first character-consuming atom X turned into a
# look-behind: ``(?<=A X)`` (A: the zero-width assertions before X, tested at the same position as
# before). A branch is rewritten branch by branch, a repeat ``X{m,n}`` of one character as
# ``(?<=X)X{m-1,n-1}``; backtracking happens in the same order, so the matches (spans and groups)
# are the same. Whenever unsure (a capturing group or a repeat of more than one character at the
# start, a pattern that can match the empty string, a broad or negated first class, non-ASCII
# letters) the pattern is left to ``first_char_guard``. The rewrite is checked by parsing: the
# unparsed original must parse back to the same tree.

_MAXREPEAT = _c.MAXREPEAT
_MAX_LOOKBEHINDS = 1
_SINGLE = {_c.LITERAL, _c.IN}
_AT_SOURCE = {
    _c.AT_BEGINNING: "^",
    _c.AT_BEGINNING_STRING: r"\A",
    _c.AT_BOUNDARY: r"\b",
    _c.AT_NON_BOUNDARY: r"\B",
    _c.AT_END: "$",
    _c.AT_END_STRING: r"\Z",
}
_CATEGORY_SOURCE = {
    _c.CATEGORY_DIGIT: r"\d",
    _c.CATEGORY_NOT_DIGIT: r"\D",
    _c.CATEGORY_SPACE: r"\s",
    _c.CATEGORY_NOT_SPACE: r"\S",
    _c.CATEGORY_WORD: r"\w",
    _c.CATEGORY_NOT_WORD: r"\W",
}
_FLAG_LETTERS = ((re.IGNORECASE, "i"), (re.MULTILINE, "m"), (re.DOTALL, "s"), (re.VERBOSE, "x"), (re.ASCII, "a"))
# every character that Python's case-insensitive matching folds onto an ASCII letter besides its
# two cases (tests/extract/test_speed3.py checks this against every code point)
_EXTRA_FOLDS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


class _Unsure(Exception):
    pass


def _char(code: int, in_class: bool = False) -> str:
    """One character as regex source (inside a class when ``in_class``)."""
    ch = chr(code)
    if ch.isascii() and ch.isalnum():
        return ch
    if ch.isascii() and ch.isprintable() and ch != " ":
        return "\\" + ch
    if not ch.isascii() and ch.isprintable() and not ch.isspace():
        return ch
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def _class_source(items) -> str:  # noqa: ANN001 - sre IN items
    out = []
    for op, av in items:
        if op is _c.NEGATE:
            out.insert(0, "^")
        elif op is _c.LITERAL:
            out.append(_char(av, True))
        elif op is _c.RANGE:
            out.append(_char(av[0], True) + "-" + _char(av[1], True))
        elif op is _c.CATEGORY and av in _CATEGORY_SOURCE:
            out.append(_CATEGORY_SOURCE[av])
        else:
            raise _Unsure(op)
    return "[" + "".join(out) + "]"


def _flag_source(add: int, delete: int) -> str:
    on = "".join(ch for flag, ch in _FLAG_LETTERS if add & flag)
    off = "".join(ch for flag, ch in _FLAG_LETTERS if delete & flag)
    return on + ("-" + off if off else "")


class _Unparser:
    """Regex source from an sre parse tree (the same tree when parsed again)."""

    def __init__(self, names: dict[int, str]) -> None:
        self.names = names

    def seq(self, items) -> str:  # noqa: ANN001
        return "".join(self.item(op, av) for op, av in items)

    def item(self, op, av) -> str:  # noqa: ANN001
        if op is _c.LITERAL:
            return _char(av)
        if op is _c.NOT_LITERAL:
            return "[^" + _char(av, True) + "]"
        if op is _c.ANY:
            return "."
        if op is _c.IN:
            if len(av) == 1 and av[0][0] is _c.CATEGORY and av[0][1] in _CATEGORY_SOURCE:
                return _CATEGORY_SOURCE[av[0][1]]
            return _class_source(av)
        if op is _c.AT:
            return _AT_SOURCE[av]
        if op is _c.BRANCH:
            return "(?:" + "|".join(self.seq(b) for b in av[1]) + ")"
        if op is _c.SUBPATTERN:
            group, add, delete, p = av
            if group is None:
                flags = _flag_source(add, delete)
                return "(?" + flags + ":" + self.seq(p) + ")"
            if add or delete:
                raise _Unsure(op)
            name = self.names.get(group)
            return ("(?P<" + name + ">" if name else "(") + self.seq(p) + ")"
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            lo, hi, p = av
            body = self.seq(p)
            if not (len(p) == 1 and p[0][0] in (_c.LITERAL, _c.IN, _c.ANY, _c.NOT_LITERAL, _c.SUBPATTERN, _c.BRANCH)):
                body = "(?:" + body + ")"
            elif len(p) == 1 and p[0][0] is _c.SUBPATTERN and p[0][1][0] is None and not (p[0][1][1] or p[0][1][2]):
                body = "(?:" + body + ")"  # keep the non-capturing group the parser dropped
            if (lo, hi) == (0, _MAXREPEAT):
                rep = "*"
            elif (lo, hi) == (1, _MAXREPEAT):
                rep = "+"
            elif (lo, hi) == (0, 1):
                rep = "?"
            elif hi == _MAXREPEAT:
                rep = f"{{{lo},}}"
            elif lo == hi:
                rep = f"{{{lo}}}"
            else:
                rep = f"{{{lo},{hi}}}"
            return body + rep + ("?" if op is _c.MIN_REPEAT else "")
        if op in (_c.ASSERT, _c.ASSERT_NOT):
            direction, p = av
            kind = "=" if op is _c.ASSERT else "!"
            return "(?" + ("<" if direction < 0 else "") + kind + self.seq(p) + ")"
        raise _Unsure(op)


def _zero_width(op, av) -> bool:  # noqa: ANN001
    r"""An assertion, or a non-capturing group / branch of assertions only (``(?:(?<!\w)|(?=\W))``)."""
    if op in _ZERO_WIDTH:
        return True
    if op is _c.BRANCH:
        return all(b and all(_zero_width(o, a) for o, a in b) for b in av[1])
    if op is _c.SUBPATTERN and av[0] is None:
        return bool(av[3]) and all(_zero_width(o, a) for o, a in av[3])
    return False


def _first_set(items, ignorecase: bool, out: set[str]) -> None:  # noqa: ANN001
    """The characters (case variants spelled out) the first atom of the head can match."""
    for op, av in items:
        if _zero_width(op, av):
            continue
        if op is _c.LITERAL:
            out.update(_variants(chr(av), ignorecase))
            return
        if op is _c.IN:
            for iop, iav in av:
                if iop is _c.LITERAL:
                    out.update(_variants(chr(iav), ignorecase))
                elif iop is _c.RANGE and iav[1] - iav[0] < _MAX_FIRST:
                    for x in range(iav[0], iav[1] + 1):
                        out.update(_variants(chr(x), ignorecase))
                elif iop is _c.CATEGORY and iav in (_c.CATEGORY_DIGIT, _c.CATEGORY_SPACE, _c.CATEGORY_WORD):
                    out.add(_CATEGORY_SOURCE[iav])
                else:
                    raise _Unsure(iop)
            return
        if op is _c.SUBPATTERN:
            _group, add, delete, p = av
            _first_set(p, (ignorecase or bool(add & re.IGNORECASE)) and not delete & re.IGNORECASE, out)
            return
        if op is _c.BRANCH:
            for b in av[1]:
                _first_set(b, ignorecase, out)
            return
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            _first_set(av[2], ignorecase, out)
            return
        raise _Unsure(op)
    raise _Unsure("empty")


def _variants(ch: str, ignorecase: bool) -> set[str]:
    if not ignorecase:
        return {ch}
    if not ch.isascii():
        if ch.lower() == ch.upper() == ch and not ch.isalpha():  # an uncased sign (quotes, dashes)
            return {ch}
        raise _Unsure(ch)
    low = ch.lower()
    return {ch, low, ch.upper()} | set(_EXTRA_FOLDS.get(low, ""))


class _Peeler(_Unparser):
    def head(self, items, zero: list) -> str:  # noqa: ANN001
        """D(items): the sequence with its first consuming atom turned into a look-behind
        (``zero``: the zero-width items before it, from enclosing sequences)."""
        items = list(items)
        k = 0
        while k < len(items) and _zero_width(*items[k]):
            k += 1
        zero = zero + items[:k]
        if k == len(items):
            raise _Unsure("empty")
        op, av = items[k]
        rest = self.seq(items[k + 1 :])
        if op in _SINGLE:
            return "(?<=" + self.seq(zero) + self.item(op, av) + ")" + rest
        if op is _c.SUBPATTERN:
            group, add, delete, p = av
            if group is not None or ((add or delete) and zero):
                raise _Unsure(op)
            return "(?" + _flag_source(add, delete) + ":" + self.head(p, zero) + ")" + rest
        if op is _c.BRANCH:
            return "(?:" + "|".join(self.head(b, zero) for b in av[1]) + ")" + rest
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            lo, hi, p = av
            if lo < 1 or len(p) != 1 or p[0][0] not in _SINGLE:
                raise _Unsure(op)
            one = self.item(*p[0])
            after = [] if hi == 1 else [(op, (lo - 1, hi if hi == _MAXREPEAT else hi - 1, p))]
            return "(?<=" + self.seq(zero) + one + ")" + self.seq(after) + rest
        raise _Unsure(op)


def _dump(items) -> list:  # noqa: ANN001 - a comparable form of a parse tree
    out = []
    for op, av in items:
        if op in (_c.BRANCH,):
            out.append((str(op), [_dump(b) for b in av[1]]))
        elif op is _c.SUBPATTERN:
            out.append((str(op), av[0], av[1], av[2], _dump(av[3])))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            out.append((str(op), av[0], av[1], _dump(av[2])))
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            out.append((str(op), av[0], _dump(av[1])))
        elif op is _c.IN:
            out.append((str(op), [(str(a), b) for a, b in av]))
        else:
            out.append((str(op), av if not hasattr(av, "name") else str(av)))
    return out


def peeled(pattern: str, flags: int = 0) -> str | None:
    """``(?-i:[C]) D(pattern)`` (see above), to be compiled with ``flags``; None when unsure."""
    try:
        parsed = _p.parse(pattern, flags)
        if parsed.state.flags & ~flags & ~re.UNICODE:  # a global inline flag: leave it
            return None
        ignorecase = bool(flags & re.IGNORECASE)
        if flags & (re.VERBOSE | re.ASCII | re.LOCALE):
            return None
        names = {gid: name for name, gid in parsed.state.groupdict.items()}
        unparser = _Unparser(names)
        # the unparser must give back the same tree, or nothing is rewritten
        if _dump(_p.parse(unparser.seq(parsed.data), flags).data) != _dump(parsed.data):
            return None
        chars: set[str] = set()
        _first_set(parsed.data, ignorecase, chars)
        escapes = {c for c in chars if len(c) == 2}
        chars -= escapes
        if not chars | escapes or len(chars) > 2 * _MAX_FIRST:
            return None
        members = "".join(sorted(escapes)) + "".join(_char(ord(c), True) for c in sorted(chars))
        head = "(?-i:[" + members + "])" if ignorecase else "[" + members + "]"
        body = _Peeler(names).head(parsed.data, [])
        if body.count("(?<=") - pattern.count("(?<=") > _MAX_LOOKBEHINDS:
            return None  # a look-behind per branch costs more than the skipped positions save
        source = head + body
        new = _p.parse(source, flags)
        if new.state.groups != parsed.state.groups or new.state.groupdict != parsed.state.groupdict:
            return None
        re.compile(source, flags)
    except (_Unsure, re.error, ValueError, KeyError, TypeError):
        return None
    return source


# --- branches dispatched on their first letter ----------------------------------------------------
#
# In a case-insensitive alternation sre tries every branch in turn at a position, each with a
# case-folding test of its first letter. ``dispatched`` rewrites ``(?:smoke|cannabis|sexual)`` as
# ``(?:(?-i:[Ss])(?:moke|exual)|(?-i:[Cc])annabis)``: one case-sensitive class per first letter,
# which sre tests inline before entering a branch. Branches move next to the first branch with
# the same first letter only when no branch in between can begin with that letter, so at every
# position the branches that can match are tried in the same order as before: the same matches.


class _Dispatcher(_Unparser):
    def __init__(self, names: dict[int, str], ignorecase: bool) -> None:
        super().__init__(names)
        self.ignorecase = [ignorecase]

    def item(self, op, av) -> str:  # noqa: ANN001
        if op is _c.SUBPATTERN:
            _group, add, delete, _p = av
            self.ignorecase.append((self.ignorecase[-1] or bool(add & re.IGNORECASE)) and not delete & re.IGNORECASE)
            try:
                return super().item(op, av)
            finally:
                self.ignorecase.pop()
        if op is _c.BRANCH and self.ignorecase[-1]:
            return self.branch(av[1])
        return super().item(op, av)

    def branch(self, branches) -> str:  # noqa: ANN001
        keys: list[str | None] = []
        firsts: list[set[str] | None] = []
        for b in branches:
            key = None
            if b and b[0][0] is _c.LITERAL and chr(b[0][1]).isascii():
                key = chr(b[0][1]).lower()
            keys.append(key)
            firsts.append(_folded_first(b))
        order: list[list[int]] = []
        group_of: dict[str, list[int]] = {}
        for j, key in enumerate(keys):
            if key is not None and key in group_of:
                members = group_of[key]
                fold = _variants(key, True)
                between = range(members[0] + 1, j)
                if all(keys[k] == key or (firsts[k] is not None and not firsts[k] & fold) for k in between):  # type: ignore[operator]
                    members.append(j)
                    continue
                del group_of[key]  # cannot move past a branch that may begin with the same letter
            members = [j]
            order.append(members)
            if key is not None:
                group_of[key] = members
        out = []
        for members in order:
            key = keys[members[0]]
            if key is None:
                out.append(self.seq(branches[members[0]]))
                continue
            head = "(?-i:[" + "".join(_char(ord(c)) for c in sorted(_variants(key, True))) + "])"
            rests = [self.seq(branches[j][1:]) for j in members]
            out.append(head + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")"))
        return "(?:" + "|".join(out) + ")"


def _folded_first(items) -> set[str] | None:  # noqa: ANN001 - sre parse tree
    """Every character (case variants spelled out; ``\\s``, ``\\d`` as escapes) a match of the
    sequence can begin with; None when unsure or when it can match the empty string."""
    chars: set[str] = set()
    try:
        if _first(list(items), chars):
            return None
        out: set[str] = set()
        for c in chars:
            out |= {c} if len(c) == 2 else _variants(c, True)
        return out
    except (ValueError, _Unsure):
        return None


def dispatched(pattern: str, flags: int = 0) -> str | None:
    """``pattern`` with its case-insensitive alternations dispatched on their first letter (see
    above), to be compiled with ``flags``; None when unsure."""
    try:
        parsed = _p.parse(pattern, flags)
        if parsed.state.flags & ~flags & ~re.UNICODE or flags & (re.VERBOSE | re.ASCII | re.LOCALE):
            return None
        names = {gid: name for name, gid in parsed.state.groupdict.items()}
        if _dump(_p.parse(_Unparser(names).seq(parsed.data), flags).data) != _dump(parsed.data):
            return None
        source = _Dispatcher(names, bool(flags & re.IGNORECASE)).seq(parsed.data)
        new = _p.parse(source, flags)
        if new.state.groups != parsed.state.groups or new.state.groupdict != parsed.state.groupdict:
            return None
        re.compile(source, flags)
    except (_Unsure, re.error, ValueError, KeyError, TypeError, RecursionError):
        return None
    return source


def fast_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` compiled with its first character peeled off when that can be done, else behind
    the first-character guard, its case-insensitive alternations dispatched on their first letter:
    the same matches either way."""
    return re.compile(cached("fast", pattern, flags, lambda: fast_source(pattern, flags)), flags)


def fast_source(pattern: str, flags: int = 0) -> str:
    """The source ``fast_compile`` compiles (derived once per pattern: see ``compile_cache``)."""
    peel = peeled(pattern, flags)
    if peel is not None:
        return dispatched(peel, flags) or peel
    return first_char_guard(dispatched(pattern, flags) or pattern, flags)
