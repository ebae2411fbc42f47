"""Context helpers shared by the components: negation, hedging, history and attribution.

Each looks at the clause around a match inside its sentence and answers one question.
The cue lists are data (data/context.yaml) so they can be extended without code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

import ahocorasick

from caselearn.extract.guard import fast_compile
from caselearn.extract.lexicon import load_data
from caselearn.extract.prefilter import Screened


@dataclass(frozen=True)
class Cues:
    negation_before: re.Pattern[str]
    negation_after: re.Pattern[str]
    hedge: re.Pattern[str]
    history: re.Pattern[str]
    disproved: re.Pattern[str]
    clause_break: re.Pattern[str]
    persons: dict[str, re.Pattern[str]]


def _alt(words: list[str]) -> str:
    return "(?:" + "|".join(words) + ")"


def _guarded(pattern: str, flags: int) -> re.Pattern[str]:
    """Compiled behind a look-ahead for its possible first characters (same matches, faster)."""
    return fast_compile(pattern, flags)


def _whole_words(words: list[str]) -> re.Pattern[str]:
    r"""Any of ``words`` not inside a word. Only ever asked whether it occurs, so this is the same
    test as ``(?:^|\W)(?:words)(?:\W|$)`` with look-arounds and the first-character guard instead
    of consumed neighbours (much faster)."""
    return fast_compile(r"(?<!\w)" + _alt(words) + r"(?!\w)", re.I)


@lru_cache(maxsize=1)
def cues() -> Cues:
    data = load_data("context")
    return Cues(
        negation_before=_whole_words(data["negation_before"]),
        negation_after=_guarded(_alt(data["negation_after"]), re.I),
        hedge=_whole_words(data["hedge"]),
        history=_whole_words(data["history"]),
        disproved=_guarded(_alt(data["disproved"]), re.I),
        clause_break=_guarded(_alt(data["clause_break"]), re.I),
        persons={
            role: _guarded(r"(?<![\w'])" + _alt(words) + r"(?![\w-])", re.I if role != "abbrev" else 0)
            for role, words in data["persons"].items()
        },
    )


@cache
def _break_starts() -> ahocorasick.Automaton | None:
    """An automaton over the strings every clause break begins with (lower-case; value: the
    length), or None when some cue has no such strings."""
    from caselearn.extract.prefilter import CASE, literal_prefixes

    starts: set[str] = set()
    for cue in load_data("context")["clause_break"]:
        found = literal_prefixes(cue, re.I, shortest=1)
        if not found or any(t.startswith(CASE) for t in found):
            return None
        starts |= found
    automaton = ahocorasick.Automaton()
    for word in starts:
        automaton.add_word(word, len(word))
    automaton.make_automaton()
    return automaton


@lru_cache(maxsize=8192)
def _breaks(sentence: str) -> tuple[tuple[int, int], ...]:
    """Every clause break in a sentence, computed once per sentence. In an ASCII sentence (where
    lower-casing is exactly what case-insensitive matching folds) a break can start only where
    one of the strings its cue begins with does: the regex is tried there alone, in order, each
    try after the previous break (every break is at least one character), which gives what
    ``finditer`` gives without running the engine over every position."""
    starts = _break_starts()
    pattern = cues().clause_break
    if starts is None or not sentence.isascii():
        return tuple((m.start(), m.end()) for m in pattern.finditer(sentence))
    out: list[tuple[int, int]] = []
    pos = 0
    match = pattern.match
    for begin in sorted({end - length + 1 for end, length in starts.iter(sentence.lower())}):
        if begin < pos:
            continue
        m = match(sentence, begin)
        if m is not None:
            out.append((begin, m.end()))
            pos = m.end()
    return tuple(out)


def clause(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The clause of ``sentence`` holding [start, end): bounded by ; : but, although, whereas..."""
    left = 0
    right = len(sentence)
    for b_start, b_end in _breaks(sentence):
        if b_end <= start:
            left = b_end
        elif b_start >= end:
            right = b_start
            break
    return left, right


@lru_cache(maxsize=16384)
def _negated(sentence: str, start: int, end: int, window: int) -> bool:
    c = cues()
    left, right = clause(sentence, start, end)
    # a negation in a relative clause closed before the match ("records, which were not seen by the
    # assessment, show that he had been convicted") or before "the fact that" (what follows is
    # asserted: "no discussion of the fact that she had moved three times") does not reach it
    cut = max(_NOT_REACHING.finditer(sentence, left, start), key=lambda m: m.start(), default=None)  # the last one
    if cut is not None:
        left = cut.end()
    elif _RELATIVE_OPEN.search(sentence, max(0, left - 12), left):
        comma = sentence.rfind(",", left, start)  # the clause opened with ", which": it closes at its comma
        if comma >= 0:
            left = comma + 1
    before = sentence[max(left, start - window) : start]
    if c.negation_before.search(before) and (not _NOT_WEIGHED.search(before) or _REVIEW_JUDGED.search(before)):
        return True
    if start - window > left:
        # a denial whose "any" carries it over a long list: "the review was not told of any parental
        # mental ill-health, substance misuse, offending or domestic abuse"
        far = sentence[max(left, start - 2 * window) : start]
        m = _NEG_ANY.search(far)
        if m is not None and not _NOT_WEIGHED.search(far):
            return True
    after = sentence[end : min(right, end + 50)]
    return bool(c.negation_after.match(after.strip()))


# ... nor does a "no" that only counts what someone had, when "and" starts a new verb ("he had no friends and
# was picked on in the playground")
_NOT_REACHING = re.compile(
    r",\s*(?:which|who|whom)\b[^,;:]*,|\bthe fact that\b|"
    r"\b(?:had|has|have) no [\w'’-]+(?: [\w'’-]+)? and (?=(?:was|were|is|are|felt|became|had been|has been)\b)",
    re.I,
)


_RELATIVE_OPEN = re.compile(r",\s*(?:which|who|whom)\s*$", re.I)


_NEG_ANY = re.compile(
    r"\b(?:no|not|never|none|neither|nor)\b(?:(?!\b(?:but|although|though|whereas|however)\b)[^;:()])*\bany\b", re.I
)


# A matter an assessment failed to weigh is not denied: "the assessment did not consider the
# family's isolation, the mother's limited English ...", "no one took account of her depression",
# "no assessment brought together her history, her isolation and her mental health" (the
# negation is the assessment's; no other negation between the verb and the match)
# ... but the review's own judgement is a denial: "the review did not consider that neglect was a factor"
_REVIEW_JUDGED = re.compile(
    r"\b(?:review(?:er|ers)?|panel|author|we)\s+(?:did|does|do) not (?:consider|think|believe|find|judge)"
    r"(?: it (?:likely|probable))? that (?:[\w'’-]+ ){0,3}$",
    re.I,
)
_NOT_WEIGHED = re.compile(
    r"\b(?:(?:(?:did|does|do|had|has|have|was|were) not|never|no one|nobody|no (?:assessment|agency|professional|"
    r"practitioner|plan|single agency|one agency|service)s?)"
    r" (?:\w+ ){0,2}?(?:consider(?:ed)?|explor(?:e|ed)|t(?:ake|ook|aken) (?:into )?account of|recognis(?:e|ed)|"
    r"recogniz(?:e|ed)|address(?:ed)?|acknowledg(?:e|ed)|appreciat(?:e|ed)|brought together|bring together|"
    r"weigh(?:ed)?|give weight to|gave weight to)"
    # "there was no link made between her low mood, her isolation and ...": the link was missed
    r"|no (?:links?|connections?)(?: (?:was|were|had been))? (?:made|drawn) between)"
    r"\b(?:(?!\b(?:no|not|never|none|nor|without|neither|whether|if|any)\b)[^;:?])*$",
    re.I,
)


def negated(sentence: str, start: int, end: int, window: int = 60) -> bool:
    """A negation cue shortly before the match in its clause ("no evidence of", "neither parent had"),
    or a denying phrase after it ("... was ruled out", "tests were negative"), or a table row whose
    other cells all answer no ("Substance misuse service | No | No")."""
    return (
        _negated(sentence, start, end, window)
        or denied_in_row(sentence, start, end)
        or bool(_NO_EVIDENCE_OR_THAT.search(sentence, 0, start))
    )


# a denial carried on by "or that": "There was no evidence that anybody else was present or that Jordan intended to
# take his own life" (the second "that" clause is denied as well, however far from the cue)
_NO_EVIDENCE_OR_THAT = Screened(
    re.compile(
        r"\b(?:no|not (?:any|find|found))\s(?:\w+\s){0,2}?(?:evidence|suggestion|indication|sign|information)s?\s"
        r"(?:\w+\s){0,4}?that\b[^.;:]{0,150}?\bor that\b[^.;:]*$",
        re.I,
    )
)  # searched only where one of its trigger words occurs


# a numbered row of a recommendations or action table: "5 | Substance misuse services to inform the GP ..."
RECOMMENDATION_ROW = re.compile(r"^\W*\d{1,2}\s*\|\s*(?:[\w'/,-]+ ){1,8}?(?:should|must|to) \w+", re.I)

# a cell that answers no: "No", "N", "None", "Nil", "-", "No contact", "Not known to the family"
_NO_CELL = re.compile(
    r"\s*(?:no(?:ne)?|n|nil|-+|–|—|n/a|no (?:contact|involvement)|not (?:known|involved)\b[^|]*)\s*$", re.I
)


def denied_in_row(sentence: str, start: int, end: int) -> bool:
    """The match is in a table row's short label cell and every other cell of the row answers no
    (an agency-contact table: "Health visiting | No | No | -"); one column saying yes is contact."""
    if " | " not in sentence:
        return False
    cell_start = sentence.rfind("|", 0, start) + 1
    cell_end = sentence.find("|", end)
    if cell_end < 0 or sentence[:cell_start].strip(" |") or len(sentence[cell_start:cell_end].split()) > 5:
        return False  # not in the row's first cell, or that cell is a statement rather than a label
    cells = [c for c in sentence[cell_end + 1 :].split("|") if c.strip()]
    return bool(cells) and all(_NO_CELL.match(c) for c in cells)


@lru_cache(maxsize=16384)
def _clause_has(kind: str, sentence: str, left: int, right: int) -> bool:
    pattern = cues().hedge if kind == "hedge" else cues().history
    return _may_hold(kind, sentence[left:right]) and bool(pattern.search(sentence, left, right))


@cache
def _cue_words(kind: str) -> ahocorasick.Automaton | None:
    """An automaton over strings one of which every match of the ``kind`` cue (hedge, history,
    disproved) holds, lower-case; None when the cue has no such strings (its regex always runs)."""
    from caselearn.extract.prefilter import CASE, required_literals

    words = load_data("context")[kind]
    source = _alt(words) if kind == "disproved" else r"(?<!\w)" + _alt(words) + r"(?!\w)"  # as in ``cues``
    found = required_literals(source, re.I)
    if not found or any(t.startswith(CASE) for t in found):
        return None
    automaton = ahocorasick.Automaton()
    for word in found:
        automaton.add_word(word, 0)
    automaton.make_automaton()
    return automaton


def _may_hold(kind: str, text: str) -> bool:
    """False only when ``text`` holds none of the strings every match of the ``kind`` cue holds, so
    the cue's regex cannot match there (checked in ASCII text, where lower-casing is exactly what
    case-insensitive matching folds; other text is always searched)."""
    words = _cue_words(kind)
    if words is None or not text.isascii():
        return True
    return next(words.iter(text.lower()), None) is not None


def hedged(sentence: str, start: int, end: int) -> bool:
    """Uncertainty in the clause ("possible", "it is not known whether", "could not be established")."""
    left, right = clause(sentence, start, end)
    return _clause_has("hedge", sentence[left:right], 0, right - left)


def historical(sentence: str, start: int, end: int) -> bool:
    left, right = clause(sentence, start, end)
    return _clause_has("history", sentence[left:right], 0, right - left)


@lru_cache(maxsize=8192)
def disproved(sentence: str) -> bool:
    """A concern reported and later found untrue ("later found to be unfounded", "was disproved")."""
    return _may_hold("disproved", sentence) and bool(cues().disproved.search(sentence))


@cache
def _person_triggers(role: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """Strings one of which every match of the role's pattern holds: lower-case ones (looked for
    in the lower-cased sentence) and case-sensitive ones ("M", "F", "PGM": looked for as they
    are); None when some cue has neither (the role's regex then always runs). Derived cue by cue
    (every match matches one cue), so a cue the parser would merge with others ("mr|ms|mrs")
    keeps its own strings; a cue with no required string gives the strings all its matches
    begin with ("mr ", "ms ", "mrs ", "miss ")."""
    from caselearn.extract.prefilter import CASE, literal_prefixes, longest_required

    flags = re.I if role != "abbrev" else 0
    lower: set[str] = set()
    case: set[str] = set()
    for word in load_data("context")["persons"][role]:
        found = longest_required(word, flags) or literal_prefixes(word, flags)
        if not found:
            return None
        for t in found:
            (case if t.startswith(CASE) else lower).add(t.removeprefix(CASE))
    return frozenset(lower), frozenset(case)


@cache
def _person_finder() -> tuple[ahocorasick.Automaton | None, int, tuple[tuple[str, int], ...]]:
    """One automaton over every role's lower-case trigger words (value: a bit mask of the roles,
    by rank, that the word may announce), the mask of the roles without triggers (always run),
    and the case-sensitive trigger strings with their masks."""
    automaton = ahocorasick.Automaton()
    masks: dict[str, int] = {}
    case_masks: dict[str, int] = {}
    always = 0
    for rank, role in enumerate(cues().persons):
        triggers = _person_triggers(role)
        if triggers is None:
            always |= 1 << rank
            continue
        for t in triggers[0]:
            masks[t] = masks.get(t, 0) | 1 << rank
        for t in triggers[1]:
            case_masks[t] = case_masks.get(t, 0) | 1 << rank
    for word, mask in masks.items():
        automaton.add_word(word, mask)
    case_tests = tuple(sorted(case_masks.items()))
    if not masks:
        return None, always, case_tests
    automaton.make_automaton()
    return automaton, always, case_tests


@lru_cache(maxsize=8192)
def _person_hits(sentence: str) -> tuple[tuple[int, int, str], ...]:
    """Every person word in a sentence (start, end, role), computed once per sentence; at one
    start the role listed last in the cue file comes last. A role's regex runs only when one of
    its words occurs (one automaton pass finds them all)."""
    automaton, mask, case_tests = _person_finder()
    if automaton is not None:
        for _end, roles in automaton.iter(sentence.lower()):
            mask |= roles
    for literal, roles in case_tests:
        if literal in sentence:
            mask |= roles
    hits = []
    for rank, (role, pattern) in enumerate(cues().persons.items()):
        if not mask >> rank & 1:
            continue  # none of the role's words occurs: skip the regex
        for m in pattern.finditer(sentence):
            hits.append((m.start(), rank, m.end(), role))
    hits.sort()
    return tuple((h[0], h[2], h[3]) for h in hits)


@lru_cache(maxsize=1024)
def _name_re(name: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?<!Mr )(?<!Ms )(?<!Mrs )(?<!Miss )(?<!Dr )" + re.escape(name) + r"(?!\w)(?!['’]s\s)")


_WHO_END = re.compile(r"\bwho\s*$", re.I)
# what joins a child's name to a sibling named with it as one subject: " and her ", ", his older ", " & their two "
_JOINED_SIBLING = re.compile(
    r",?\s+(?:and|&)\s+(?:(?:his|her|their)\s+)?(?:(?:two|three|four|older|younger|elder|baby|half-?|step-?)\s*){0,2}",
    re.I,
)
_AGENT_AFTER = re.compile(r"\s*(?:by|of|from)\s+(?:the\s+|his\s+|her\s+|their\s+)?(\w+)", re.I)
# "with his parents' agreement": the possessive names whose consent, not whose problem
_CONSENT = re.compile(r"['’]s?\s+(?:agreement|consent|request|permission|knowledge|wish(?:es)?)\b", re.I)


# a plural teller's report about one person: "(brother)s told me that he", "(neighbour)s said that she"
_PLURAL_TELLERS = re.compile(
    r"s (?:both |all |each )?(?:told|said|reported|explained|described|disclosed|recalled)"
    r"(?: (?:to )?(?:me|us|the \w+|the \w+ \w+|police))? that (?:he|she)\b"
)


def _word_len(sentence: str, at: int) -> int:
    """The length of the word at ``at`` less its last letter (where a plural's "s" would be)."""
    m = re.match(r"\w+", sentence[at:])
    return len(m.group(0)) - 1 if m else 0


def holder(sentence: str, start: int, end: int, child_names: tuple[str, ...] = ()) -> str | None:
    """Whose problem is it: the role of the nearest person named before the match in its clause
    (or just after it, for "... by her grandmother"): parent, partner, former_partner, other_adult,
    sibling, child, professional; None when no one is named."""
    return _holder(sentence, start, end, child_names)


@lru_cache(maxsize=16384)
def _holder(sentence: str, start: int, end: int, child_names: tuple[str, ...]) -> str | None:
    c = cues()
    left, right = clause(sentence, start, end)
    best: tuple[int, str] | None = None
    covered = -1
    for h_start, h_end, role in _person_hits(sentence):
        if h_start >= start:
            break
        if h_end <= covered:
            continue  # "F's mother" (a grandparent) holds the "mother" inside it
        covered = max(covered, h_end)
        if h_start >= left and h_end <= start and not _CONSENT.match(sentence, h_end):
            best = (h_start, role)
    for name in child_names:
        if not name:
            continue
        # "Child W's father left": a possessive name points at the person it owns, not at the child
        # ... and "Ms T" is the mother, not Child T
        for m in _name_re(name).finditer(sentence[left:start]):
            pos = left + m.start()
            if best is None or pos >= best[0]:
                best = (pos, "child")
            elif best[1] == "sibling" and _JOINED_SIBLING.fullmatch(sentence, left + m.end(), best[0]):
                # "Kiera and her sisters were subject to plans", "Child W and his older sister": the
                # child and the sibling together are the subject, so the child holds it as well
                best = (pos, "child")
    if best is None and left > 0 and _WHO_END.search(sentence[max(0, left - 6) : left]):
        # a relative clause ("young parents who have learning needs"): the person just before "who"
        for h_start, h_end, role in _person_hits(sentence):
            if h_end <= left - 3 and left - 3 - h_end <= 12:
                best = (h_start, role)
        if best is not None:
            # "his sister Lily, who was nine": the child named after the relation word is the person
            for name in child_names:
                if name and any(
                    left - 3 - (best[0] + m.end()) <= 3 for m in _name_re(name).finditer(sentence[best[0] : left])
                ):
                    best = (best[0], "child")
    if best is not None and best[1] != "child":
        # several people telling of one man or woman: "His brothers told me that he had started drinking
        # heavily" is his, not theirs (one teller may speak of himself)
        told = _PLURAL_TELLERS.search(sentence, best[0], start)
        if told is not None and told.start() == best[0] + _word_len(sentence, best[0]):
            return None
    if best is not None:
        role = best[1]
        if role == "abbrev":
            role = "parent"
        # "her mother's former partner" / "the grandmother's" : the possessed person decides
        return role
    after = sentence[end : min(right, end + 40)]
    m = _AGENT_AFTER.match(after)
    if m:
        word = m.group(1)
        for role, pattern in c.persons.items():
            if pattern.fullmatch(word):
                return "parent" if role == "abbrev" else role
    return None


def clear_caches() -> None:
    """Forget the per-sentence caches (called at the start of every document, so that they
    hold one document's sentences and the memory stays bounded)."""
    for fn in (_breaks, _negated, _clause_has, disproved, _person_hits, _holder):
        fn.cache_clear()
