"""Child protection plan and children's social care status at the time of the incident.

Every unnegated mention is placed in time (see data/child_status.yaml): a plan that ended,
a dated plan two or more years before the incident, or "when he was four" is ``previous``;
"still", "at the time" make a plan current; what came after the incident ("is now subject
to a special guardianship order") and advice ("no plan should be discontinued without ...")
do not count. Then the strongest reading wins."""

from __future__ import annotations

import re
from functools import lru_cache

from caselearn.extract import context
from caselearn.extract.children import child_sentence_indexes
from caselearn.extract.lexicon import checked_variables, load_data
from caselearn.extract.model import Extraction, Span, Suggestion
from caselearn.extract.prefilter import Prefiltered
from caselearn.extract.text import Doc

NEGATED_OK = {"never", "never_known", "field"}  # these rows are themselves negative statements (or fields)

_ADVICE = re.compile(
    r"\b(?:should|must|recommend\w*|ought to)\b|^\W*\d+[.)]\s+(?:[\w',-]+ ){1,8}?to (?:ensure|review|notify|consider|"
    r"develop|audit|seek|provide|establish|share|make|introduce|update|issue|produce|raise|promote|commission|work|"
    r"strengthen|improve|embed|record|check|offer)\b",
    re.I,
)
_AFTER = re.compile(
    r"\b(?:is now|are now|now (?:lives?|living|cared for|in|subject)|was later|were later|has since|have since|"
    r"subsequently|since the (?:incident|death|injur\w*)|"
    r"(?:after|following) (?:the |his |her |their )?"
    r"(?:incident|death|injur\w+|admission|assault|disclosure of the abuse)|"
    r"within \d+ (?:hours|hrs|days))\b",
    re.I,
)
_AGE_WORD = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"a baby|a toddler|an infant|younger|small|little)"
)
_PAST = re.compile(
    r"\b(?:ended|ending|ceased|discontinued|came to an end|stepped down|step(?:ped)?[- ]down|de-?registered|"
    r"until|(?:from|between) (?:\w+ )?(?:19|20)\d\d (?:to|until|and|-)|"
    r"when (?:she|he|they|\w+(?: [A-Z])?) (?:was|were) " + _AGE_WORD + r"(?! weeks)|aged " + _AGE_WORD + r"(?: ?-)|"
    r"at the age of " + _AGE_WORD + r"|as a (?:baby|toddler|younger child|young child|infant)|"
    r"earlier|previous(?:ly)?|prior|former|had been closed|closed|"
    r"(?:end|close|step down|discontinue|remove) (?:the |her |his |their |a )?(?:child protection |CP )?plan)\b",
    re.I,
)
_STILL = re.compile(
    r"\b(?:still (?:in place|open|subject|on|current|active|allocated)|remained (?:subject|on|in place|open)|"
    r"at the time(?! of (?:the )?(?:referral|assessment|conference|plan))|currently|continued|in place when|"
    r"open when|open at|at the point of)\b",
    re.I,
)
_YEAR = re.compile(r"\b(?:19[89]\d|20[0-4]\d)\b")
# "from 2017 to 2018", "2021-2022": a period that ended (before the incident year, when known)
_RANGE = re.compile(r"\b(?:19|20)\d\d ?(?:[-–]|to|until) ?(?:\w+ )?((?:19|20)?\d\d)\b")
_GROUP = re.compile(
    r"\b(?:neither (?:child|twin|baby|sibling|girl|boy)|none of the (?:\w+ )?(?:children|siblings|twins)|"
    r"(?:all|both) (?:\w+ )?(?:of the )?(?:children|twins|siblings|babies)|the (?:\w+ )?(?:children|twins|siblings)|"
    r"neither (?:baby|infant)|(?:the|this) family (?:was|were|had|is))\b",
    re.I,
)
_FIELD_VALUE = re.compile(r"[:\-–]\s*(?:the )?(?:family |child )?(?:was |were )?([a-z]+(?: [a-z]+)?)", re.I)
_CP_FIELD = {
    "current": "current", "yes": "current", "previous": "previous", "past": "previous", "ended": "previous",
    "never": "never", "no": "never", "none": "never", "nil": "never",
}  # fmt: skip
_SC_FIELD = {"open": "open", "allocated": "open", "closed": "closed", "none": "never_known", "nil": "never_known"}


@lru_cache(maxsize=1)
def _tables() -> dict[str, list[tuple[str, Prefiltered]]]:
    data = checked_variables(load_data("child_status"), "child_status")
    return {vid: [(v, Prefiltered.compile(p, re.I)) for v, p in rows] for vid, rows in data.items()}


def _field(vid: str, text: str) -> str | None:
    m = _FIELD_VALUE.search(text)
    if m is None:
        return None
    word = m.group(1).lower()
    if vid == "cp_plan":
        return _CP_FIELD.get(word.split()[0]) or ("previous" if word.startswith("historic") else None)
    if word.startswith(("not", "never")):
        return "never_known"
    return _SC_FIELD.get(word.split()[0])


def _when(sentence: str, start: int, end: int, year: int | None) -> str:
    """'past', 'still' or '' for a mention of a plan or an open case: "still" in the mention's
    own clause, a past cue anywhere in the sentence, or a date two or more years before."""
    left, right = context.clause(sentence, start, end)
    if _STILL.search(sentence, left, right):
        return "still"
    if _PAST.search(sentence):
        return "past"
    for r in _RANGE.finditer(sentence):
        end_year = int(r.group(1)) if len(r.group(1)) == 4 else 2000 + int(r.group(1))
        if year is None or end_year < year:
            return "past"
    years = [int(y) for y in _YEAR.findall(sentence)]
    if year is not None and years and max(years) <= year - 2:
        return "past"
    return ""


_CP_RANK = {"field": 6, "current_still": 5, "current": 4, "previous": 3, "never": 2}
_SC_RANK = {"field": 6, "open": 5, "closed": 4, "never_known": 3}


def status(
    doc: Doc, indexes: list[int], table: list[tuple[str, Prefiltered]], vid: str, year: int | None = None
) -> Suggestion | None:
    ranks = _CP_RANK if vid == "cp_plan" else _SC_RANK
    best: tuple[int, str, Span, str] | None = None
    for value, pattern in table:
        cands = pattern.candidate_sentences(doc)
        cset = set(cands) if cands is not None else None
        wanted = indexes if cset is None else [i for i in indexes if i in cset]
        for i in wanted:
            sent = doc.sentences[i]
            text = sent.text
            if _ADVICE.search(text) or _AFTER.search(text):
                continue
            for m in pattern.regex.finditer(text):
                if value not in NEGATED_OK and (
                    context.negated(text, m.start(), m.end()) or context.hedged(text, m.start(), m.end())
                ):
                    continue
                final, key = value, value
                if value == "field":
                    final = _field(vid, m.group(0)) or ""
                    if not final:
                        continue
                elif vid == "cp_plan" and value in ("current", "previous"):
                    when = _when(text, m.start(), m.end(), year)
                    if when == "still":
                        final, key = "current", "current_still"
                    elif when == "past" or value == "previous":
                        final, key = "previous", "previous"
                elif vid == "social_care_status" and value == "open":
                    if _when(text, m.start(), m.end(), year) == "past":
                        final, key = "closed", "closed"
                rank = ranks[key]
                if best is None or rank > best[0]:
                    best = (rank, final, Span(sent.start, sent.end, text), f"{vid}.{key}")
                break
    if best is None:
        return None
    return Suggestion(best[1], 0.75, [best[2]], f"rule:child_status/{best[3]}")


def _group_indexes(doc: Doc) -> set[int]:
    """Sentences about all the subject children together ("Neither child was ever subject ...")."""
    return {i for i, s in enumerate(doc.sentences) if _GROUP.search(s.text)}


class ChildStatusComponent:
    name = "child_status"

    def __call__(self, doc: Doc, result: Extraction) -> None:
        incident = result.review.get("incident_year")
        year = incident.value if incident is not None and isinstance(incident.value, int) else None
        kind = result.review.get("review_type")
        thematic = kind is not None and kind.value == "thematic_review"
        group: set[int] | None = None
        for child in result.children:
            others = [c for c in result.children if c is not child]
            idx = set(child_sentence_indexes(doc, child, others))
            family_idx = idx
            if others:
                if group is None:
                    group = _group_indexes(doc)
                idx |= group
                family_idx = idx
                if not thematic:
                    # the family's social care history is told without naming a child
                    other_idx = {doc.sentence_index(m.start) for o in others for m in o.mentions}
                    family_idx = idx | (set(range(len(doc.sentences))) - other_idx)
            for vid, table in _tables().items():
                wanted = sorted(family_idx if vid == "social_care_status" else idx)
                s = status(doc, wanted, table, vid, year)
                if s is not None:
                    child.codes[vid] = s
            _entail(child.codes)


def _entail(codes: dict) -> None:
    """A current plan means an open case; a previous one at least an earlier involvement."""
    cp = codes.get("cp_plan")
    sc = codes.get("social_care_status")
    if cp is None or cp.value not in ("current", "previous"):
        return
    want = "open" if cp.value == "current" else "closed"
    order = {"open": 3, "closed": 2, "never_known": 1}
    if sc is None or order.get(sc.value, 0) < order[want]:
        codes["social_care_status"] = Suggestion(
            want, 0.7, list(cp.evidence), "rule:child_status/social_care_status.entailed"
        )
