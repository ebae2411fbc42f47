"""Metadata found in a report's text: title, review type, partnership (normalised), author,
publication date and the subject children's names as the report uses them.

Everything here is a best guess from the front pages; the web app lets a person correct it."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from caselearn.codewords import code_word

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")  # fmt: skip
MONTHS = {name.lower(): number for number, name in enumerate(MONTH_NAMES, start=1)}
MONTH = "(" + "|".join(MONTH_NAMES) + ")"

REVIEW_TYPES: list[tuple[str, re.Pattern[str]]] = [
    ("rapid_review", re.compile(r"\brapid review\b", re.I)),
    # (the Panel's own name, "the National Child Safeguarding Practice Review Panel", is no review)
    ("lcspr", re.compile(r"(?<!national )\b(local )?child safeguarding practice review\b(?! panel)|\bLCSPR\b", re.I)),
    ("scr", re.compile(r"(?i:\bserious case review\b)|\bSCR\b")),
    ("thematic_review", re.compile(r"\bthematic (review|analysis)\b|\bmulti-agency thematic\b", re.I)),
    (
        "national_review",
        re.compile(r"\bnational (panel )?review\b|\bnational child safeguarding practice review\b(?! panel)", re.I),
    ),
]
TYPE_PHRASES = {
    "rapid_review": "Rapid Review",
    "lcspr": "Local Child Safeguarding Practice Review",
    "scr": "Serious Case Review",
    "thematic_review": "Thematic Review",
    "national_review": "National Review",
}

_PLACE_WORD = r"(?:[A-Z][a-zA-Z'’\-]+|St\.?|upon|on|and|&|the)"
PARTNERSHIP = re.compile(
    r"\b((?:[A-Z][a-zA-Z'’\-]+)(?:[ \t]+" + _PLACE_WORD + r"){0,4}?)[ \t]+(?i:"
    r"(Local\s+Safeguarding\s+Children(?:'s)?\s+Board|Safeguarding\s+Children(?:'s)?\s+Board|"
    r"Safeguarding\s+Children(?:'s)?\s+Partnership|Children(?:'s|’s)?\s+Safeguarding\s+Partnership|"
    r"Safeguarding\s+Partnership(?:\s+for\s+Children)?|Safeguarding\s+Children\s+Partnership\s+Board)\b)"
    r"|\b([A-Z][a-zA-Z'’\-]+(?:[ \t]+[A-Z][a-zA-Z'’\-]+)?)[ \t]+(LSCB|SCP|SCB|LSCP)\b"
)
NOT_PLACE = {"the", "a", "an", "this", "by", "of", "for", "local", "and", "on", "upon", "to", "national", "our"}

_NAME = r"(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss)\.?[ \t]+)?[A-Z][a-zA-Z'’\-]+(?:[ \t]+[A-Z][a-zA-Z'’\-]+){1,3}"
AUTHOR = re.compile(
    r"(?i:independent (?:lead )?(?:reviewer|author)s?|lead reviewers?|report authors?|authors?|reviewers?|"
    r"written by|prepared by|independent chair and author)[ \t]*[:\-–]?[ \t]*"
    r"(" + _NAME + r"(?:[ \t]*(?:,|;|and|&)[ \t]*" + _NAME + r")*)"
)
NAME_STOP = {
    "published",
    "final",
    "date",
    "independent",
    "report",
    *MONTHS,
    "version",
    "social",
}
PUBLISHED = re.compile(
    r"(?:published|publication date|date of publication|date published)\s*[:\-–]?\s*(?:on\s+)?"
    r"(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?" + MONTH + r"?\s*,?\s*((?:19|20)\d{2})",
    re.I,
)
LOOSE_DATE = re.compile(r"(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?" + MONTH + r"\s+((?:19|20)\d{2})")
ALIAS = re.compile(r"\b(" + code_word() + r" (?:[A-Z]{1,2}\d{0,2}|\d{1,2}))\b(?![a-z'’]|/\d)")
REFERRED = re.compile(
    r"\b(?:referred to|known|called|named)(?: in this (?:report|review))? as\s+['‘\"“]?([A-Z][a-z]+)['’\"”]?",
)


def normalise_partnership(place: str) -> str:
    """One name per partnership: '<Place> Safeguarding Children Partnership', whatever the
    board or partnership called itself when the report was written."""
    place = " ".join(place.split())
    return f"{place} Safeguarding Children Partnership"


def partnership_place(name: str) -> str | None:
    """The place in a partnership name ('Eastmere Local Safeguarding Children Board' -> 'Eastmere')."""
    match = PARTNERSHIP.search(name)
    if not match:
        return None
    return _trim_place(match.group(1) or match.group(3))


def _trim_place(place: str) -> str | None:
    words = ["and" if w == "&" else w for w in place.replace("’", "'").split()]
    words = [w.capitalize() if w.isupper() and len(w) > 1 else w for w in words]
    while words and (words[0].lower() in NOT_PLACE or words[0].endswith("'s")):
        words.pop(0)
    while words and words[-1].lower() in NOT_PLACE:
        words.pop()
    return " ".join(words) or None


def detect_partnership(front: str, body: str) -> tuple[str | None, str | None]:
    """(normalised name, name as first written) of the partnership, the most named one in
    the front pages (weighted) and the body."""
    counts: Counter[str] = Counter()
    written: dict[str, str] = {}
    for weight, text in ((3, front), (1, body[:60_000])):
        for match in PARTNERSHIP.finditer(text):
            full = match.group(1) is not None
            place = _trim_place(match.group(1) if full else match.group(3))
            if not place:
                continue
            counts[place] += weight * (2 if full else 1)
            if full:
                suffix = " ".join(match.group(2).split())
                written.setdefault(place, f"{place} {suffix if not suffix.isupper() else suffix.title()}")
    if not counts:
        return None, None
    place = counts.most_common(1)[0][0]
    return normalise_partnership(place), written.get(place)


# What a document says it is not: "This is not a Local Child Safeguarding Practice Review", "It is not a
# rapid review and it is not an LCSPR", "a learning review rather than an SCR". (Criteria "not met" is no
# denial: partners may still commission the review, and the report is then that review.)
_DENIAL_WORDS = ("not", "nor", "neither", "rather than", "instead of", "in place of")
_DENIAL_QUALIFIERS = r"(?:itself[ \t]+)?(?:an?[ \t]+)?(?:(?:full|formal|statutory|separate)[ \t]+)?"
_DENIED_BEFORE = re.compile(
    r"(?:" + "|".join(r"\b" + word for word in _DENIAL_WORDS) + r")[ \t]+" + _DENIAL_QUALIFIERS + "$",
    re.I,
)
# a review kind's first word just after a denial word (a quick look on lower-cased text that lets through
# every denial _DENIED_BEFORE finds)
_KIND_AFTER = re.compile(_DENIAL_QUALIFIERS + r"(?:local|rapid|serious|child|national|thematic|l?cspr|scr|rr)\b")


def _denies_a_kind(front: str) -> bool:
    """A quick look for a denial word just before a review kind's first word (str.find, not a regex scan)."""
    low = front.lower()
    for word in _DENIAL_WORDS:
        word += " "
        at = low.find(word)
        while at != -1:
            if _KIND_AFTER.match(low, at + len(word)):
                return True
            at = low.find(word, at + 1)
    return False


def denied_at(text: str, start: int) -> bool:
    """Whether the review kind named at ``text[start:]`` is one the sentence says this is not."""
    return bool(_DENIED_BEFORE.search(text[max(0, start - 40) : start]))


def denied_review_types(front: str, patterns: list[tuple[str, re.Pattern[str]]]) -> dict[str, tuple[int, int]]:
    """The kinds of review the front pages deny this document is, each with its first denied mention
    (one denied mention excludes the kind: "It is not a rapid review" after "A rapid review was held")."""
    out: dict[str, tuple[int, int]] = {}
    if not _denies_a_kind(front):
        return out  # (most documents deny nothing: one quick look before every kind's pattern)
    for name, pattern in patterns:
        if name == "other":
            continue
        for m in pattern.finditer(front):
            if denied_at(front, m.start()):
                out[name] = (m.start(), m.end())
                break
    return out


def detect_review_type(title: str, front: str) -> str:
    """From the title when it names a type; else the type named first in the front pages. A kind the
    front pages say the document is not is never chosen; where every kind named is denied, "other"."""
    denied = denied_review_types(f"{title}\n{front}", REVIEW_TYPES)
    kinds = [(name, pattern) for name, pattern in REVIEW_TYPES if name not in denied]
    for name, pattern in kinds:
        if pattern.search(title):
            return name
    if re.search(r"(?i)\breview\b", title):
        return "other"
    found = [(m.start(), name) for name, pattern in kinds if (m := pattern.search(front))]
    if found:
        return min(found)[1]
    return "other" if denied else "not_known"


def _date(day: str | None, month: str | None, year: str) -> date:
    return date(int(year), MONTHS[month.lower()] if month else 1, int(day) if day and month else 1)


def detect_date(front: str, info_date: str | None) -> date | None:
    match = PUBLISHED.search(front)
    if match:
        try:
            return _date(match.group(1), match.group(2), match.group(3))
        except ValueError:
            pass
    dates = []
    for m in LOOSE_DATE.finditer(front[:3000]):
        try:
            dates.append(_date(m.group(1), m.group(2), m.group(3)))
        except ValueError:
            continue
    if dates:
        return max(dates)
    if info_date:
        m = re.search(r"((?:19|20)\d{2})-?(\d{2})-?(\d{2})", info_date.replace("D:", ""))
        if m:
            try:
                return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                return None
    return None


AUTHOR_BLOCK = re.compile(r"(?i:authors?|reviewers?|lead reviewers?)\s*:\s*\n\n((?:[^\n]+\n\n){1,4})")
NOT_A_PERSON = re.compile(r"(?i)\b(unit|team|business|partnership|board|office|service|admin|group)\b|[@./\\]")


def detect_author(front: str, info_author: str | None) -> str | None:
    block = AUTHOR_BLOCK.search(front)
    if block:
        names = []
        for line in block.group(1).split("\n\n"):
            candidate = line.split(",")[0].strip()
            if re.fullmatch(_NAME, candidate) and not NOT_A_PERSON.search(candidate):
                names.append(_strip_name(candidate))
            elif names:
                break
        if names:
            return "; ".join(names)
    match = AUTHOR.search(front)
    if match:
        names = re.split(r"\s*(?:,|;|\band\b|&)\s*", match.group(1))
        names = [_strip_name(n) for n in names if n.strip()]
        names = [n for n in names if len(n.split()) >= 2 and not NOT_A_PERSON.search(n)]
        if names:
            return "; ".join(names)
    if info_author and " " in info_author.strip() and not NOT_A_PERSON.search(info_author):
        if info_author.strip().lower() not in ("microsoft office user",):
            return info_author.strip()
    return None


def _strip_name(name: str) -> str:
    words = name.split()
    for i, word in enumerate(words):
        if word.lower() in NAME_STOP:
            words = words[:i]
            break
    return " ".join(words)


def _subject_from_title(title: str) -> list[str]:
    """'Local Child Safeguarding Practice Review: Ava and Alfie' -> ['Ava', 'Alfie']."""
    aliases = [m.group(1) for m in ALIAS.finditer(title)]
    if aliases:
        return aliases
    if ":" not in title:
        return []
    subject = title.split(":", 1)[1].strip()
    if re.match(r"(?i)(the\s+)?family\b|.*\b(review|exploitation|abuse|neglect|themes?|analysis)\b", subject):
        return []
    names = [n.strip() for n in re.split(r"\s*(?:,|&|\band\b)\s*", subject) if n.strip()]
    if names and all(re.fullmatch(r"[A-Z][a-z'’\-]+", n) for n in names):
        return names
    return []


def _natural(tag: str) -> tuple[int, str]:
    return (int(tag), "") if tag.isdigit() else (0, tag)


def _tidy_case(text: str) -> str:
    if text.upper() != text:
        return text
    return " ".join(w if len(w) == 1 or w in ("LCSPR", "SCR", "CSE") else w.capitalize() for w in text.split())


def _canonical_title(candidate: str, next_block: str | None, children: list[str]) -> str | None:
    """'<Type>: <subject>' from a title-like text that names a review type, else None."""
    candidate = _tidy_case(" ".join(candidate.split()))
    for name, pattern in REVIEW_TYPES:
        if pattern.search(candidate):
            rest = pattern.sub("", candidate, count=1).strip(" :–—-,|")
            rest = re.sub(r"(?i)^(into|concerning|about|regarding|in respect of|of)\s+", "", rest)
            rest = re.sub(r"(?i)\b(final|overview|report)\b", "", rest).strip(" :–—-,|")
            if rest.startswith("(") or len(rest) > 100:
                rest = ""
            if not rest and next_block and len(next_block) < 60 and len(next_block.split()) <= 6:
                if re.match(r"(Family|" + code_word() + r"|[A-Z][a-z]+(?: and [A-Z][a-z]+)?$)", next_block):
                    rest = _tidy_case(next_block)
            if not rest and children:
                rest = " and ".join(children)
            return f"{TYPE_PHRASES[name]}: {rest}" if rest else TYPE_PHRASES[name]
    return None


def detect_children(title: str, text: str) -> list[str]:
    """Subject children in the order the report names them."""
    children = _subject_from_title(title)
    if children:
        return children
    seen: list[str] = []
    for match in ALIAS.finditer(text[:200_000]):
        alias = match.group(1)
        if alias not in seen:
            seen.append(alias)
    if seen:
        # reports letter or number their children in order: Child A before Child B
        prefixes = [a.rsplit(" ", 1)[0] for a in seen]
        return sorted(seen, key=lambda a: (prefixes.index(a.rsplit(" ", 1)[0]), _natural(a.rsplit(" ", 1)[1])))
    for match in REFERRED.finditer(text[:20_000]):
        if match.group(1) not in seen and match.group(1) not in ("Child", "Baby"):
            seen.append(match.group(1))
    return seen


def _title_inside(block: str, children: list[str]) -> str | None:
    """A title run together with the lines around it (a title page whose lines were not
    separated): '<Type> – <Child alias>' found inside a long block."""
    for _name, pattern in REVIEW_TYPES:
        if found := pattern.search(block):
            alias = ALIAS.search(block, found.end(), found.end() + 40)
            if alias and not block[found.end() : alias.start()].strip(" :–—-"):
                return _canonical_title(block[found.start() : alias.end()], None, children)
    return None


def detect_title(front_blocks: list[str], info_title: str | None, children: list[str]) -> str | None:
    """The document's own title when it reads '<Type>: <subject>'; else one built from the
    first title-like block naming a review type; else the document title or first block."""
    if info_title and re.match(r"(?i)(microsoft word|untitled|document\d*)\b", info_title.strip()):
        info_title = None
    if info_title:
        title = " ".join(info_title.split("|")[0].split())
        for name in TYPE_PHRASES:
            if re.match(rf"(?i){re.escape(TYPE_PHRASES[name])}\s*:", title) and not title.isupper():
                return title
        if canonical := _canonical_title(title, None, children):
            return canonical
        if ":" in title:
            return title
    for i, block in enumerate(front_blocks[:12]):
        if len(block) < 200:
            following = front_blocks[i + 1] if i + 1 < len(front_blocks) else None
            if title := _canonical_title(block, following, children):
                return title
        elif title := _title_inside(block, children):
            return title
    if info_title:
        return " ".join(info_title.split("|")[0].split())
    return front_blocks[0][:200] if front_blocks else None


def detect(text: str, page_map: list[int], info: dict[str, str], headings: list[tuple[int, int]]) -> dict:
    """Metadata as a JSON-ready dict."""
    front_end = page_map[2] if len(page_map) > 2 else min(len(text), 4000)
    front = text[: max(front_end, min(len(text), 1500))]
    front_blocks = [b for b in front.split("\n\n") if b.strip()]
    provisional_children = detect_children(info.get("Title", ""), text)
    title = detect_title(front_blocks, info.get("Title"), provisional_children)
    review_type = detect_review_type(title or "", front)
    children = detect_children(title or "", text)
    partnership, written = detect_partnership(front, text)
    published = detect_date(front, info.get("CreationDate"))
    return {
        "title": title,
        "review_type": review_type,
        "partnership": partnership,
        "partnership_as_written": written,
        "author": detect_author(front, info.get("Author")),
        "publication_date": published.isoformat() if published else None,
        "publication_year": published.year if published else None,
        "children": children,
    }
