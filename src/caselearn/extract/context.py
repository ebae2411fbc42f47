"""Context helpers shared by the components: negation, hedging, history and attribution.

Each looks at the clause around a match inside its sentence and answers one question.
The cue lists are data (data/context.yaml) so they can be extended without code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from caselearn.extract.lexicon import load_data


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


@lru_cache(maxsize=1)
def cues() -> Cues:
    data = load_data("context")
    return Cues(
        negation_before=re.compile(r"(?:^|\W)" + _alt(data["negation_before"]) + r"(?:\W|$)", re.I),
        negation_after=re.compile(_alt(data["negation_after"]), re.I),
        hedge=re.compile(r"(?:^|\W)" + _alt(data["hedge"]) + r"(?:\W|$)", re.I),
        history=re.compile(r"(?:^|\W)" + _alt(data["history"]) + r"(?:\W|$)", re.I),
        disproved=re.compile(_alt(data["disproved"]), re.I),
        clause_break=re.compile(_alt(data["clause_break"]), re.I),
        persons={
            role: re.compile(r"(?<![\w'])" + _alt(words) + r"(?![\w-])", re.I if role != "abbrev" else 0)
            for role, words in data["persons"].items()
        },
    )


def clause(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The clause of ``sentence`` holding [start, end): bounded by ; : but, although, whereas..."""
    c = cues()
    left = 0
    for m in c.clause_break.finditer(sentence, 0, start):
        left = m.end()
    right = len(sentence)
    m = c.clause_break.search(sentence, end)
    if m:
        right = m.start()
    return left, right


def negated(sentence: str, start: int, end: int, window: int = 60) -> bool:
    """A negation cue shortly before the match in its clause ("no evidence of", "neither parent had"),
    or a denying phrase after it ("... was ruled out", "tests were negative")."""
    c = cues()
    left, right = clause(sentence, start, end)
    before = sentence[max(left, start - window) : start]
    if c.negation_before.search(before):
        return True
    after = sentence[end : min(right, end + 50)]
    return bool(c.negation_after.match(after.strip()))


def hedged(sentence: str, start: int, end: int) -> bool:
    """Uncertainty in the clause ("possible", "it is not known whether", "could not be established")."""
    left, right = clause(sentence, start, end)
    return bool(cues().hedge.search(sentence[left:right]))


def historical(sentence: str, start: int, end: int) -> bool:
    left, right = clause(sentence, start, end)
    return bool(cues().history.search(sentence[left:right]))


def disproved(sentence: str) -> bool:
    """A concern reported and later found untrue ("later found to be unfounded", "was disproved")."""
    return bool(cues().disproved.search(sentence))


def holder(sentence: str, start: int, end: int, child_names: tuple[str, ...] = ()) -> str | None:
    """Whose problem is it: the role of the nearest person named before the match in its clause
    (or just after it, for "... by her grandmother"): parent, partner, former_partner, other_adult,
    sibling, child, professional; None when no one is named."""
    c = cues()
    left, right = clause(sentence, start, end)
    best: tuple[int, str] | None = None
    for role, pattern in c.persons.items():
        for m in pattern.finditer(sentence, left, start):
            if best is None or m.start() >= best[0]:
                best = (m.start(), role)
    for name in child_names:
        if not name:
            continue
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", sentence[left:start]):
            pos = left + m.start()
            if best is None or pos >= best[0]:
                best = (pos, "child")
    if best is not None:
        role = best[1]
        if role == "abbrev":
            role = "parent"
        # "her mother's former partner" / "the grandmother's" : the possessed person decides
        return role
    after = sentence[end : min(right, end + 40)]
    m = re.match(r"\s*(?:by|of|from)\s+(?:the\s+|his\s+|her\s+|their\s+)?(\w+)", after, re.I)
    if m:
        word = m.group(1)
        for role, pattern in c.persons.items():
            if pattern.fullmatch(word):
                return "parent" if role == "abbrev" else role
    return None
