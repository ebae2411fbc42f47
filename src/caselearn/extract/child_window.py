"""Which sentences tell a child's story for the outcome rules: where the opening ends (a section of the child's
own in a review of several children), the sentences in it and after it, and the children's names in a sentence."""

from __future__ import annotations

import re
from functools import lru_cache

from caselearn.extract.children import HEAD_CHARS, child_sentence_indexes
from caselearn.extract.model import ChildResult
from caselearn.extract.outcome_data import _hit
from caselearn.extract.prefilter import Prefiltered
from caselearn.extract.text import Doc, compiled

# Sentences about all the subject children of a multi-child review ("three girls", "each young
# person"): the incident they share is each child's (used here only, for outcomes and categories).
_NUMBERED = r"(?:(?<=\btwo )|(?<=\bthree )|(?<=\bfour )|(?<=\bfive )|(?<=\bsix ))"
_SHARED = Prefiltered.compile(
    r"(?:" + _NUMBERED + r"|(?<=\bthe )|(?<=\ball ))(?:girls|boys|young people|siblings|babies|infants)\b"
    r"|(?:" + _NUMBERED + r"|(?<=\ball the ))children\b|\beach (?:girl|boy|young person)\b"
    # "attacked both children", "the father of the three T children": a family's letter between number and noun
    r"|\bboth (?:of )?(?:the )?(?:children|girls|boys|siblings|twins)\b"
    r"|\b(?:two|three|four|five|six) (?-i:[A-Z]) (?:children|siblings|girls|boys)\b"
    # "The children suffered serious harm through chronic neglect": all of them, as the subject of the sentence
    r"|^\W*the children (?=(?:were|had|have|all|both|suffered|sustained|died|experienced)\b)",
    re.I,
)


def _limit(doc: Doc, child: ChildResult, others: list[ChildResult]) -> int:
    """Where the opening of the child's story ends: the first third of the report, counted from
    the child's own first mention when several children are told one after another."""
    limit = max(3500, len(doc.text) // 3)
    if others and child.mentions:
        own = [m.start for m in child.mentions if m.start >= HEAD_CHARS // 3] or [child.mentions[0].start]
        limit = max(limit, min(len(doc.text), own[0] + 3500))
        heading = _own_heading(doc, child)
        if heading is not None:
            # a section of its own for each child ("Baby C" on a line of its own, "3. Child B (aged 14)")
            limit = max(limit, min(len(doc.text), heading + 3500))
    return limit


def _own_heading(doc: Doc, child: ChildResult) -> int | None:
    """Where the last heading line naming the child alone starts, or None."""
    names = [n for n in child.names if n and len(n) > 1]
    if not names:
        return None
    key = ("outcome_own_heading", tuple(names))
    if key not in doc._trigger_cache:  # the outcome and each category ask for it
        doc._trigger_cache[key] = _find_own_heading(doc, names)  # type: ignore[index]
    return doc._trigger_cache[key]  # type: ignore[return-value]


def _find_own_heading(doc: Doc, names: list[str]) -> int | None:
    pattern = compiled(
        r"^[ \t]*(?:\d+(?:\.\d+)*[.)]?\s+)?(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)[^\n.]{0,50}$",
        re.M,
    )
    last = None
    for m in pattern.finditer(doc.text, HEAD_CHARS // 3):
        last = m  # the last: a list of contents names the children before their sections
    return last.start() if last else None


def _window(doc: Doc, child: ChildResult, others: list[ChildResult]) -> list[int]:
    limit = _limit(doc, child, others)
    idx = set(child_sentence_indexes(doc, child, others))
    if others:
        cands = _SHARED.candidate_sentences(doc)
        idx.update(i for i in (range(len(doc.sentences)) if cands is None else cands) if _hit(doc, _SHARED, i))
    return sorted(i for i in idx if doc.sentences[i].start < limit)


def _names_in(text: str, names: tuple[str, ...]) -> bool:
    """Does ``text`` hold one of ``names`` as a whole word? (A name that is not even a substring cannot.)"""
    if not any(n and n in text for n in names):
        return False
    return _names_pattern(names).search(text) is not None


@lru_cache(maxsize=1024)
def _names_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    """One alternation for all the names: it matches at a position where any one name, alone, would match."""
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names if n) + r")(?!\w)")


def _other_names(others: list[ChildResult]) -> tuple[str, ...]:
    return tuple(n for o in others for n in o.names)


def _later(doc: Doc, child: ChildResult, others: list[ChildResult]) -> list[int]:
    """The child's sentences after the opening third, for a category the opening does not give
    (a report that tells the incident late, after a long history)."""
    limit = _limit(doc, child, others)
    return [i for i in sorted(child_sentence_indexes(doc, child, others)) if doc.sentences[i].start >= limit][:60]


# a numbered section heading ("3. What we found in the three families") ends a child's row
_SECTION_HEAD = re.compile(r"^\W*\d+(?:\.\d+)*\.?\s+[A-Z]")


def own_row_indexes(doc: Doc, child: ChildResult, others: list[ChildResult]) -> set[int]:
    """In a review of several children whose table was read cell by cell, the child's name on a line of its
    own heads its row: the cells after it ("Infant B" / "A baby girl ..." / "Seriously injured ..." /
    "Subject to a child protection plan since March 2023."), up to the next child's name or a numbered
    heading, are about that child."""
    if not others:
        return set()
    names = {n for n in child.names if n and len(n) > 1}
    if not names:
        return set()
    other_idx = {doc.sentence_index(m.start) for o in others for m in o.mentions}
    own_idx = {doc.sentence_index(m.start) for m in child.mentions}
    out: set[int] = set()
    n = len(doc.sentences)
    for i in sorted(own_idx):
        if doc.sentences[i].text.strip(" \t:.-–") not in names:
            continue  # not the name alone on its line
        if any(j in other_idx and not _prose(doc.sentences[j].text) for j in (i - 1, i + 1)):
            continue  # the names side by side: the header of a table with a column per child
        if i + 1 in own_idx and _prose(doc.sentences[i + 1].text):
            out |= _own_section(doc, i, other_idx)
            continue
        for k in range(i + 1, min(n, i + 13)):
            if k in other_idx or k in own_idx or _SECTION_HEAD.match(doc.sentences[k].text):
                break
            out.add(k)
    return out


def _prose(text: str) -> bool:
    """A sentence of running text (not a table cell or a heading): it ends a sentence and has some length."""
    return text.rstrip().endswith((".", "!", "?", '."', ".”")) and len(text.split()) >= 6


def _own_section(doc: Doc, head: int, other_idx: set[int]) -> set[int]:
    """The child's name on a line of its own heading a section whose first sentence names the child ("Child B" /
    "2.4 Child B is a boy in Year 6; ..."): the paragraphs after it, up to another child's name or the next
    heading line (a few words with no full stop: "Part 3. What was the same"), are about that child."""
    out: set[int] = set()
    for k in range(head + 1, min(len(doc.sentences), head + 41)):
        text = doc.sentences[k].text
        if k in other_idx or not _prose(text):
            break
        out.add(k)
    return out
