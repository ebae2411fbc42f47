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
from caselearn.extract.child_window import own_row_indexes
from caselearn.extract.children import child_sentence_indexes
from caselearn.extract.guard import fast_compile  # the same matches as re.compile, faster per sentence
from caselearn.extract.lexicon import checked_variables, load_data
from caselearn.extract.model import Extraction, Span, Suggestion
from caselearn.extract.prefilter import Prefiltered, active_rows
from caselearn.extract.text import YEAR, Doc

# the rest of a form's question and its answer no: "(Subject to CP plan) at the time? No"
_ANSWERED_NO = re.compile(r"[^.?;\n]{0,40}\?[ \t]*(?:no|none|n)\b", re.I)
NEGATED_OK = {"never", "never_known", "field"}  # these rows are themselves negative statements (or fields)

_ADVICE = re.compile(
    # "closed with a recommendation for early help" tells what happened, not advice
    r"\b(?:should|must|(?<!with a )(?<!and a )recommend\w*|ought to)\b|"
    r"^\W*\d+[.)]\s+(?:[\w',-]+ ){1,8}?to (?:ensure|review|notify|consider|"
    r"develop|audit|seek|provide|establish|share|make|introduce|update|issue|produce|raise|promote|commission|work|"
    r"strengthen|improve|embed|record|check|offer)\b",
    re.I,
)
# a statement the report itself withdraws: "[author's note: this sentence in the draft was incorrect and has
# been corrected below]", "this entry was a recording error and is disregarded"
_RETRACTED = fast_compile(
    r"\b(?:(?:this|the|that) (?:sentence|statement|entry|paragraph|record(?:ing)?|information)\b[^.]{0,60}?"
    r"\b(?:was|is|were|are) (?:(?:factually |later found to be )?(?:incorrect|wrong|inaccurate|erroneous|"
    r"a (?:recording |typing |typographical |administrative )?error))|"
    r"(?:has|have) (?:since )?been corrected|corrected (?:below|above|later)|"
    r"(?:is|was|are|were) disregarded|erratum)\b",
    re.I,
)
# other children's cases counted by an audit: "Dip sample (ten children): in four, the child had been known to
# children's social care", "in three of the twelve cases the family was open to CSC"
_OTHER_CASES = fast_compile(
    r"\b(?:dip[- ]sampl\w*|audit sample|sample of (?:\w+ )?(?:other )?(?:children|cases|families))\b|"
    r"\bin (?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|most|half|all) of (?:the|these) "
    r"(?:\w+ )?(?:cases|children|families|files)\b",
    re.I,
)
# a meeting's decision told with "should": "the conference concluded that the unborn baby should not be made
# subject to a child protection plan" is what was decided, not advice
_DECIDED_THAT = re.compile(
    r"\b(?:conclude[sd]|decide[sd]|agree[sd]|determine[sd]|judge[sd]|found|finds)\b (?:that )?[^.;]{0,80}$",
    re.I,
)


def _advice(text: str) -> bool:
    """Advice in the sentence: a "should" that tells a meeting's decision ("the conference decided that the plan
    should end and that he should be supported under a CIN plan") is none."""
    for m in _ADVICE.finditer(text):
        if m.group(0).lower() != "should" or not _DECIDED_THAT.search(text, 0, m.start()):
            return True
    return False


_AFTER = fast_compile(
    r"\b(?:is now|are now|now (?:lives?|living|cared for|in|subject)|(?:plan|order|placement)s? now|"
    r"was later|were later|has since|have since|"
    r"subsequently|since the (?:incident|death|injur\w*)|"
    r"(?:after|following) (?:the |his |her |their |(?:(?-i:[A-Z])\w* )?(?-i:[A-Z])\w*['’]s )?"
    r"(?:incident|death|injur\w+|admission|assault|disclosure of the abuse)|"
    r"within \d+ (?:hours|hrs|days))\b",
    re.I,
)
_AGE_WORD = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"a baby|a toddler|an infant|younger|small|little)"
)
_PAST = fast_compile(
    r"\b(?:ended|ending|ceased|discontinued|came to an end|stepped down|step(?:ped)?[- ]down|de-?registered|"
    r"until|(?:from|between) (?:\w+ )?(?:19|20)\d\d (?:to|until|and|-)|"
    r"when (?:she|he|they|\w+(?: [A-Z])?) (?:was|were) (?:between |aged |about |around |only )?"
    + _AGE_WORD
    + r"(?! weeks)|"
    r"aged "
    + _AGE_WORD
    + r"(?: ?-)|before (?:she|he|they|\w+(?: [A-Z])?) (?:became|was|were) (?:looked after|in care)|"
    r"before (?:she|he|they|\w+(?: [A-Z])?) (?:came|went|was taken) into care|"
    # "Before becoming looked after, B was subject to a plan", "before being accommodated"
    r"before (?:becoming|being) (?:looked[- ]after|accommodated|in care)|before (?:coming|going) into care|"
    r"at the age of " + _AGE_WORD + r"|as a (?:baby|toddler|younger child|young child|infant)|"
    # "from age 11 to 12", "between the ages of nine and ten": a spell that ended
    r"(?:from|between) (?:the )?ages? (?:of )?" + _AGE_WORD + r" (?:to|until|and) " + _AGE_WORD + r"|"
    # (not another person: "a previous partner of his mother")
    r"earlier|previous(?:ly)?(?! (?:partners?|relationships?)\b)|"
    r"prior|former|had been closed|closed|before (?:that|then)|"
    # "a child in need plan was put in place for a short time"
    r"for a (?:short|brief|few) (?:time|period|while|months|weeks)|"
    # "before the SGO", "before the care order", "before his move to his grandmother"
    r"before (?:the|a|an|his|her|their) (?:[\w-]+ ){0,2}?(?:SGO|order|adoption|move|placement|proceedings)|"
    r"(?:end|close|step down|discontinue|remove) (?:the |her |his |their |a )?"
    r"(?:child protection |CP |child in need |CIN )?plan)\b",
    re.I,
)
_STILL = fast_compile(
    r"\b(?:still (?:in place|open|subject|on|current|active|allocated)|remained (?:subject|on|in place|open)|"
    r"remained open|"
    # (not "at the time of the domestic abuse", "at the time of the referral": another event's time)
    r"at the time(?! of (?!(?:the |his |her |their |this |that )?(?:incidents?|injur\w*|death|admission|assault|attack|"
    r"harm|collapse|fire|events?|overdose|stabbing|shooting|notification|review)\b))|currently|"
    r"continued(?! (?:until|till|to)\b)|in place when|"
    r"open when|open at|at the point of|"
    # "on a plan since March 2021", "for the previous eight months": a plan running up to the incident
    r"since (?:\w+ )?(?:19|20)\d\d(?! (?:and|until|to) (?:\w+ )?\d)|"
    # "had been subject to a plan since before her birth"
    r"since (?:before )?(?:(?:her|his|their) )?birth|since (?:she|he|they) (?:was|were) born|"
    # "on a CP plan since he was 3 months old"; "a child in need plan, which was open in October 2023 when ..."
    r"since (?:she|he|they) (?:was|were) (?:\w+ ){1,2}(?:days?|weeks?|months?) old|open (?:in|on) (?:\w+ ){1,3}when|"
    r"for the (?:previous|past|last|preceding) (?:\w+ )?(?:weeks|months|years))\b",
    re.I,
)
# "from 2017 to 2018", "2021-2022": a period that ended (before the incident year, when known)
_RANGE = fast_compile(
    r"\b(?:19|20)\d\d ?(?:[-–]|to|until) ?(?:\w+ )?((?:19|20)?\d\d)\b|"
    # "CP plans Feb-Sept 21", "Mar to Oct 2022": months of one year
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? ?(?:[-–]|to|until) ?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? ((?:19|20)?\d\d)\b",
    re.I,
)
_GROUP = fast_compile(
    r"\b(?:neither (?:child|twin|baby|sibling|girl|boy)|(?:for|of) either (?:child|twin|baby|sibling|girl|boy)|"
    r"(?:none|neither|each) of the (?:\w+ )?(?:children|siblings|twins|young people|boys|girls|babies)|"
    r"(?:all|both) (?:\w+ )?(?:of the )?(?:children|twins|siblings|babies)|"
    # (not a service named for children: "open to the disabled children's team", "the children's centre")
    r"the (?:\w+ )?(?:children|twins|siblings|girls|boys|babies|sisters|brothers)(?!['’])|"
    r"neither (?:baby|infant)|(?:the|this) family (?:was|were|had|is))\b",
    re.I,
)
_FIELD_VALUE = re.compile(r"(?:[:\-–|]|\.{3,})\s*(?:the )?(?:family |child )?(?:was |were )?([a-z]+(?: [a-z]+)?)", re.I)
_CP_FIELD = {
    "current": "current", "yes": "current", "previous": "previous", "past": "previous", "ended": "previous",
    "never": "never", "no": "never", "none": "never", "nil": "never",
}  # fmt: skip
_SC_FIELD = {"open": "open", "allocated": "open", "closed": "closed", "none": "never_known", "nil": "never_known"}


# a list of abbreviations: "CP - child protection; CSC - children's social care; NFA - no further action",
# "CIN Child in need CP Child protection ED Emergency Department", "SGO: Special Guardianship Order"
_GLOSS_ENTRY = re.compile(r"\b([A-Z])[A-Z0-9]{1,5}s?\b\s*[-–—:=|]?\s+(?i:\1)[a-z'’]+")
_GLOSS_LINE = re.compile(
    r"^\W*[A-Z]{2,6}s?\s*[-–—:=|]\s*(?!(?:Not|No|None|Never|Nil|Yes|Unknown)\b)"  # "LAC: Not LAC": a field
    r"[A-Z][a-z'’]+(?:[ ,/-]+(?:[A-Z][\w'’]*|and|of|for|the|in|with|to|or))+\W*$"
)


# a term defined: "Section 20 - a provision of the Children Act 1989 under which ...", "ICPC: the meeting at which ..."
_DEFINITION = re.compile(
    r"^\W*(?:[A-Z][\w.'’]*|\d+)(?: [\w.'’]+){0,3}\s*[-–—:=]\s*"
    r"(?:a|an|the) (?:[\w-]+ ){0,2}?(?:provision|section|term|process|procedure|power|duty|meeting|order|"
    r"framework|arrangement|type|form|category)\b(?: (?:of|in|under|which|that|where|by|at|for|made|used|given)\b)"
)


def _glossary(text: str) -> bool:
    return (
        bool(_GLOSS_LINE.match(text))
        or sum(1 for _ in _GLOSS_ENTRY.finditer(text)) >= 3
        or bool(_DEFINITION.match(text))
    )


def _top_level(pattern: str) -> list[str]:
    """The top-level alternatives of a regex, so that each runs only where its own trigger words are."""
    out, depth, cls, start, i = [], 0, False, 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if cls:
            cls = ch != "]"
        elif ch == "[":
            cls = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


@lru_cache(maxsize=1)
def _tables() -> dict[str, list[tuple[str, Prefiltered]]]:
    data = checked_variables(load_data("child_status"), "child_status")
    return {
        vid: [(v, Prefiltered.compile(alt, re.I)) for v, p in rows for alt in _top_level(p)]
        for vid, rows in data.items()
    }


_FIELD_BARE = re.compile(r"\s((?-i:Current|Yes|Previous|Past|Ended|Never|No|None|Nil))\W*$")


_QUESTION_FIELD = re.compile(r"\b(known|open) to .*?\b(yes|no)\b(.*)$", re.I | re.S)


def _question_field(text: str) -> str | None:
    """ "Known to CSC? | No" (never known), "Open to CSC: Yes" (open), "Open to CSC: No - closed 2021"
    (closed); a bare "Known to CSC: Yes" or "Open to CSC: No" does not say which."""
    m = _QUESTION_FIELD.search(text)
    if m is None:
        return None
    kind, answer, rest = m.group(1).lower(), m.group(2).lower(), m.group(3).lower()
    if "closed" in rest:
        return "closed"
    if "open" in rest or "allocated" in rest:
        return "open"
    if answer == "no" and (kind == "known" or "not" in rest or "never" in rest):
        return "never_known"
    if answer == "yes" and kind == "open":
        return "open"
    return None


def _field(vid: str, text: str) -> str | None:
    if vid == "social_care_status" and re.match(r"(?i)(?:known|open) to ", text):
        return _question_field(text)
    m = _FIELD_VALUE.search(text) or _FIELD_BARE.search(text)  # "CP plan: No", key facts "CP plan Yes"
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
    if any(not _reason_at_the_time(sentence, end, st) for st in _STILL.finditer(sentence, left, right)):
        return "still"
    if _PAST.search(sentence):
        return "past"
    for r in _RANGE.finditer(sentence):
        end = r.group(1) or r.group(2)
        end_year = int(end) if len(end) == 4 else 2000 + int(end)
        # (a span of months ended within its year: "Feb-Sept 21" is over by an incident later in 2021)
        if year is None or end_year < year or (r.group(2) and end_year == year):
            return "past"
    # a start with no end ("under a child in need plan from 2022") does not date the state as over
    years = [int(y) for y in YEAR.findall(_OPEN_START.sub("", sentence))]
    if year is not None and years and max(years) <= year - 2:
        return "past"
    return ""


# a reason given for the plan, told of its own time: "a plan ... because of concerns about his father's drug use
# at the time"
_BECAUSE = re.compile(r"\b(?:because|due to|owing to|as a result of|concerns? (?:about|over|regarding))\b", re.I)


def _reason_at_the_time(sentence: str, end: int, still: re.Match[str]) -> bool:
    return still.group(0).lower() == "at the time" and bool(_BECAUSE.search(sentence, end, still.start()))


_OPEN_START = re.compile(
    r"\bfrom (?:\w+ )?(?:19|20)\d\d\b(?! ?(?:[-–]|to|until|till|and)\b)"
    r"(?![^.;]{0,60}\b(?:to|until) (?:\w+ )?(?:19|20)\d\d)"
)


_NUMBER_WORDS = {
    w: n
    for n, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen".split()
    )
}
_N = r"(\d{1,2}|" + "|".join(w for w in _NUMBER_WORDS if w != "zero") + r")"
# an age that dates the mention: "when she was 13", "from the age of eleven", "as a 12-year-old" (not "aged 9",
# as often a brother's or sister's age told in passing)
_AGE_AT = fast_compile(
    r"\b(?:when (?:she|he|they|[A-Z]\w*) (?:was|were) (?:aged |about |around |only |just )?" + _N + r"|"
    r"(?:from|at|since) (?:the )?age (?:of )?" + _N + r"|" + _N + r"(?:th)? birthday|"
    r"(?:an?|as a) " + _N + r"[- ]year[- ]old|"
    # "moved to a semi-independent placement at seventeen" (a spelled teenage age: not a time of day)
    r"at (eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen)(?![- :.]?(?:o'clock|pm|am|hours|"
    r"minutes|\d)))\b(?![- ](?:weeks?|months?|days?)\b)",
    re.I,
)


_LEAVING_CARE = fast_compile(r"\b(?:leaving care|care leavers?)\b", re.I)


# a parent's own childhood: "subject to a child protection plan in another county as a child", "in her own
# childhood" (for the plan only: a parent known to social care as a child often stands for the family being known)
_OWN_CHILDHOOD = fast_compile(
    r"\bas a (?:child|teenager|young person)\b(?! in need)|\bin (?:her|his|their) (?:own )?childhood\b|"
    r"\b(?:her|his|their) own (?:childhood|upbringing)\b|"
    r"\bwhen (?:she|he) was (?:herself |himself )?a (?:child|teenager)\b",
    re.I,
)


def older_than(text: str, months: int | None, dated_only: bool = False) -> bool:
    """The sentence dates what it tells by an age the child had not reached at the incident ("she was
    accommodated when she was 13", in a review of a baby): it is about someone else, most often a parent.
    ``dated_only``: only an age that dates an event ("when she was 13", "at seventeen"), not a care leaver's
    service nor "a 7-year-old half-sister" (where a child lived names the others in the household)."""
    if months is None:
        return False
    if not dated_only and months < 192 and _LEAVING_CARE.search(text):
        return True  # "his mother was open to the leaving care service": a care leaver's, not a child's
    for m in _AGE_AT.finditer(text):
        if dated_only and m.group(0).lower().startswith(("a ", "an ", "as a ")):
            continue
        word = next(g for g in m.groups() if g is not None).lower()
        age = int(word) if word.isdigit() else _NUMBER_WORDS[word]
        if age * 12 > months + 11:
            return True
    return False


def _before_birth(text: str, year: int | None, months: int | None) -> bool:
    """Every year in the sentence is more than a year before the child was born ("her father and his
    siblings were on the child protection register in 1998", in a review of a baby): someone else's plan."""
    if year is None or months is None:
        return False
    years = [int(y) for y in YEAR.findall(text)]
    return bool(years) and max(years) < year - months // 12 - 2


_CP_RANK = {"field": 6, "current_still": 5, "current": 4, "previous": 3, "never": 2}
_SC_RANK = {"field": 6, "open": 5, "closed": 4, "never_known": 3}
_PRIOR = fast_compile(r"\b(?:previous|earlier|prior|two|three|several|\d+) (?:\w+ )?referrals\b", re.I)


def status(
    doc: Doc,
    indexes: list[int] | set[int],
    table: list[tuple[str, Prefiltered]],
    vid: str,
    year: int | None = None,
    names: tuple[str, ...] = (),
    months: int | None = None,
) -> Suggestion | None:
    ranks = _CP_RANK if vid == "cp_plan" else _SC_RANK
    top = max(ranks.values())
    best: tuple[int, str, Span, str] | None = None
    idxset = indexes if isinstance(indexes, set) else set(indexes)
    cache = doc._trigger_cache
    reach = _reach(vid, tuple(v for v, _ in table))
    for n, (value, pattern) in active_rows(doc, table):  # the rows whose triggers occur
        if best is not None and best[0] >= reach[n]:
            break  # no later row can give a stronger reading
        cands = pattern.candidate_sentences(doc)
        wanted = sorted(idxset if cands is None else idxset.intersection(cands))
        for i in wanted:
            key_ = ("child_status", id(pattern), i, year, names, months)
            found = cache.get(key_)
            if found is None:
                skip = cache.get(("child_status_skip", i))
                if skip is None:
                    text = doc.sentences[i].text
                    skip = cache[("child_status_skip", i)] = bool(
                        _advice(text) or _glossary(text) or _RETRACTED.search(text) or _OTHER_CASES.search(text)
                    )
                text = doc.sentences[i].text
                if (
                    value not in NEVER_ROWS
                    and value != "field"
                    and (
                        older_than(text, months)
                        or (vid == "cp_plan" and (_OWN_CHILDHOOD.search(text) or _before_birth(text, year, months)))
                    )
                ):
                    cache[key_] = ()
                    continue
                if not skip:
                    found = _classify(text, pattern, value, vid, year, names)
                    if not found and value == "closed" and vid == "social_care_status" and _terse_nfa(doc, i):
                        found = ("closed", "closed")
                elif value in NEVER_ROWS:
                    found = _never_before_advice(text, pattern, value, vid, year, names)
                else:
                    found = ()
                cache[key_] = found
            if not found:
                continue
            final, key = found
            rank = ranks[key]
            if best is None or rank > best[0]:
                sent = doc.sentences[i]
                best = (rank, final, Span(sent.start, sent.end, sent.text), f"{vid}.{key}")
                if rank == top:
                    break
    if best is None:
        return None
    return Suggestion(best[1], 0.75, [best[2]], f"rule:child_status/{best[3]}")


NEVER_ROWS = frozenset({"never", "never_known"})


def _never_before_advice(
    text: str, pattern: Prefiltered, value: str, vid: str, year: int | None, names: tuple[str, ...]
) -> tuple[str, str] | tuple[()]:
    """A fact before the advice in one sentence still counts ("She had never been subject to a plan,
    and the review asks whether a strategy discussion should have been held")."""
    advice = _ADVICE.search(text)
    if advice is None or _glossary(text):
        return ()
    return _classify(text[: advice.start()], pattern, value, vid, year, names)


# the strongest rank keys a row of each value can give
_CAN_GIVE = {
    "cp_plan": {"field": 6, "current": 5, "previous": 5, "never": 2},
    "social_care_status": {"field": 6, "open": 5, "closed": 4, "referral": 4, "never_known": 3},
}


@lru_cache(maxsize=8)
def _reach(vid: str, values: tuple[str, ...]) -> tuple[int, ...]:
    """For each row, the strongest rank it or any later row could give."""
    out, best = [], 0
    for v in reversed(values):
        best = max(best, _CAN_GIVE[vid][v])
        out.append(best)
    return tuple(reversed(out))


# The review's period ("The review period runs from January 2020, when the children became subject to
# plans, to May 2023"): a scope, not the child's status.
_SCOPE = fast_compile(
    r"\b(?:review period|period under review|period (?:of|covered by) (?:the|this) review|scope of (?:the|this) review|"
    r"(?:review|it) (?:covers|considers|examines|looks at) the period)\b",
    re.I,
)
# A parent's own plan as a child: "M and her siblings were subject to CP plans 2010-2013".
_PARENT_SUBJECT = fast_compile(
    r"\b(?:(?i:mother|father|mum|dad|parents?)|(?<!Baby )(?<!Child )(?<!Infant )(?<!Person )[MF]|"
    r"Ms [A-Z]\w*|Mr [A-Z]\w*)"
    r"(?:'s)?"
    r"(?: and (?:her|his) (?:siblings|brothers?|sisters?))?(?: (?:herself|himself|themselves))?"
    r"(?: (?:was|were|had|had been|has been|became|had also been))?\s*$"
)
_EARLIER_LABEL = re.compile(r"\b(?:previous|past|prior|earlier|historic(?:al)?|former)\s*$", re.I)
_EARLIER_WORD = re.compile(r"\b(?:previous(?:ly)?|earlier|once|former(?:ly)?|before|prior|historic(?:al)?)\b", re.I)
# "had been subject to a plan": before some other past event, so not at the incident
_ENDED_IN = re.compile(
    r"\b(?:ended|ceased|discontinued|came to an end|stepped down|removed|closed|end(?:ing)? of)\b", re.I
)
_PLUPERFECT = fast_compile(r"\b(?:had|have) (?:\w+ )?been (?:the )?$", re.I)


def _someone_else(text: str, start: int, names: tuple[str, ...]) -> bool:
    """A plan whose subject, just before it, is a parent ("M was herself on a CP plan aged 9") or a
    brother, sister or other children ("her brother was made subject to a plan") and not also this
    child ("Ruby and her brother were ...")."""
    lo = max(0, start - 60)
    p = _PARENT_SUBJECT.search(text, lo, start)
    if p is not None and p.group(0).split()[0].rstrip("'s") not in names:
        return True
    named = _NAMED_OTHER.search(text, lo, start)
    if (
        named is not None
        and _other_name(named.group(1), names)
        # "Ellis and Ruby were ...": this child listed with the other
        and not (_LISTED.search(text, 0, named.start()) and _names_before(text, named.start(), names))
    ):
        return True
    if _HERSELF.search(text, lo, start):
        return True
    sib = _SIBLING_SUBJECT.search(text, lo, start)
    if sib is None:
        return False
    before = text[max(0, sib.start() - 40) : sib.start()]
    if _LISTED.search(before):
        return False  # "Ruby and her brother", "Jacob, then aged two, and his sister"
    return not any(n in before for n in names)


# another person named as the plan's subject just before it: "in 2017 Mason was made subject to a plan",
# "Daniel and his siblings were on the register", "Mason's previous plan"
_NAMED_OTHER = fast_compile(
    r"(?<![\w'’.])([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?: (?:and|&) (?:his|her|their) (?:siblings|brothers?|sisters?))?"
    r"(?:['’]s(?= )|(?: (?:was|were|had|has|became|been|also|then|later|previously|already|once))*)\s*$"
)


def _other_name(word: str, names: tuple[str, ...]) -> bool:
    """A first name that is not one of this child's names nor a common word opening a sentence. Only
    for a child known by a given name: "Child R" may be called Ruby in the text."""
    from caselearn.extract.children import patterns

    if word in patterns().stop or word in _NOT_NAMES:
        return False
    parts = {part for n in names for part in re.findall(r"[\w-]+", n)}
    given = any(_GIVEN_NAME.fullmatch(p) and p not in patterns().stop for p in parts)
    return given and word not in parts


_GIVEN_NAME = re.compile(r"[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?")


def _names_before(text: str, pos: int, names: tuple[str, ...]) -> bool:
    before = text[max(0, pos - 40) : pos]
    return any(re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", before) for n in names)


_NOT_NAMES = frozenset({"Neither", "None", "Sadly", "Subsequently", "Previously", "Initially", "Eventually"})


_HERSELF = fast_compile(r"\b(?:was|were|had been|had) (?:herself|himself|themselves)(?: been| also)?\s*$", re.I)
_SIBLING = (
    r"(?:(?:his|her|their|the|an?|all|two|three|four|both|those|these|other|older|younger|elder|half|step|"
    r"[\w-]+['’]s) )*"
    r"(?:brothers?|sisters?|siblings?|half-(?:brothers?|sisters?|siblings?)|step(?:brother|sister)s?|"
    r"(?:older|other|elder|younger) children|those children|(?:his|her|their) children|"
    # "Mr V's two children from a previous relationship"
    r"(?:(?-i:M(?:r|s|rs|iss) [A-Z]\w*)|[\w-]+)['’]s (?:\w+ )?children"
    r"(?: from (?:a|an|his|her) (?:\w+ )?relationship)?)"
    r"(?: \d+| [A-Z]\b)?"
)
# "her brother was", "Sibling 1 and Sibling 2 were"
_SIBLING_SUBJECT = fast_compile(
    r"\b" + _SIBLING + r"(?:(?:,| and) " + _SIBLING + r")*(?: \([^)]{0,30}\))?"
    r"(?: (?:was|were|had been|has been|had also been|became|also|made|placed|put|become|been|themselves))*"
    # ... up to the plan itself: "the older children were subject to child protection plans from 2017 to 2019"
    r"(?: (?:the )?subjects? (?:of|to)(?: an?)?| on(?: an?| the)?)?\s*$",
    re.I,
)
# a chronology's row, opening on its date: "Jun 2015 | CSC | ...", "03/2019 | Police | ..."
_CHRONO_ROW = re.compile(r"^\W*(?:\d{1,2}[/.-])?(?:\d{1,2}[/.-]|[A-Z][a-z]{2,8}\.? )?((?:19|20)\d\d)\s*\|")
_LISTED = re.compile(r"(?:\band|,)\s*$")


_PLAN_WORD = re.compile(r"\bplans?\b", re.I)


def _classify(
    text: str, pattern: Prefiltered, value: str, vid: str, year: int | None, names: tuple[str, ...] = ()
) -> tuple[str, str] | tuple[()]:
    """(value, rank key) of the first counting mention of one row in a sentence, or ()."""
    if vid == "cp_plan" and value in ("current", "previous") and _SCOPE.search(text):
        return ()
    for m in pattern.regex.finditer(text):
        if _after_incident(text, m.start(), m.end()):
            continue
        if vid == "cp_plan" and _someone_else(text, m.start(), names):
            continue
        if value not in NEGATED_OK and (
            _negated_fact(text, m.start(), m.end())
            or context.hedged(text, m.start(), m.end())
            or _ANSWERED_NO.match(text, m.end())
        ):
            continue  # (a form's question answered no, "Subject to a CP plan at the time? No", is no plan)
        if value == "never_known" and m.lastindex and m.group(1) and (year is None or int(m.group(1)) < year):
            continue  # "not known before 2019", an incident in 2022: known since then
        if value == "field":
            final = _field(vid, m.group(0))
            if not final:
                continue
            if final == "current" and _EARLIER_LABEL.search(text, max(0, m.start() - 20), m.start()):
                final = "previous"  # "Previous CP plan | Yes - 2016 to 2017": the label asks about the past
            return final, "field"
        if vid == "cp_plan" and value in ("current", "previous"):
            if _within_never(text, m.start()):
                continue  # "Neither twin was known to CSC or had been subject to a plan": the never row's
            plup = _PLUPERFECT.search(text, max(0, m.start() - 30), m.start())
            if plup is not None and (not _STILL.search(text) or _EARLIER_WORD.search(plup.group(0))):
                # "had previously been subject to a plan and was on a CIN plan at the time"
                return "previous", "previous"
            if value == "previous" and (_EARLIER_WORD.search(m.group(0)) or _ENDED_IN.search(m.group(0))):
                # "had previously been subject to a plan", "a previous CP plan"; "the CIN plan continued after
                # the CP plans ended": the plan's end, whatever ran on after it
                return "previous", "previous"
            row = _CHRONO_ROW.match(text)
            if row is not None and year is not None and int(row.group(1)) < year:
                return "previous", "previous"  # "Jun 2015 | CSC | ICPC: on CP plan": an event of an earlier year
            when = _when(text, m.start(), m.end(), year)
            if when == "still":
                return "current", "current_still"
            if when == "past" or value == "previous":
                return "previous", "previous"
            return "current", "current"
        if vid == "social_care_status" and value == "open":
            if _PLAN_WORD.search(m.group(0)) and _someone_else(text, m.start(), names):
                continue  # "Mr V's children from a previous relationship were subject to plans": not this child's
            if _OWN_CHILDHOOD.search(text):
                continue  # a parent's own plan as a child ("she was subject to a plan as a child")
            if _NEGATED_PLAN.search(text, max(0, m.start() - 90), m.end()):
                continue  # "Neither child had ever been subject to a child protection or child in need plan"
            if _LEAVING_CARE_OPEN.search(m.group(0)):
                if _ADULT_BEFORE.search(text, 0, m.start()):
                    continue  # "Ms Q ... had a personal adviser until shortly before Baby Q was born": the mother's
                return "open", "open"  # a care leaver's service runs on after care ends ("ceased to be looked after
                # and became a relevant child, supported by a personal adviser")
            if _EARLY_HELP.search(text) and not _CSC_WORDS.search(text):
                continue  # "The Early Help assessment was in progress when she died": not children's social care
            if _CLOSED_HERE.search(text, m.end()) and not _CLOSED_HERE.search(m.group(0)):
                # "The child in need plan, which had been in place since their birth, was closed in September",
                # "supported by the special guardianship team, but the case had been closed to CSC since 2019"
                return "closed", "closed"
            still = _STILL.search(text, m.end())
            if still and not _EARLY_HELP.search(text, m.end(), still.start()):
                # "a step-down to a child in need plan, which remained open at the time" (not "the plan
                # ended and the case was stepped down to early help, which was still open")
                return "open", "open"
            if _when(text, m.start(), m.end(), year) == "past":
                return "closed", "closed"
        if vid == "cp_plan" and value == "never" and _BUT_BEFORE.search(text, m.end()):
            return "previous", "previous"  # "not on a plan at the time, but had been previously"
        if value == "closed" and _NFA.fullmatch(m.group(0)) and not _CSC_CONTEXT.search(text):
            continue  # the GP or the police took no further action: not children's social care
        if value == "closed" and _other_agency_case(text):
            continue  # "the YOT closed the case", "the police investigation ended and the case was closed"
        if (
            value == "closed"
            and _NFA.fullmatch(m.group(0))
            and _OTHER_ACTOR.search(text, max(0, m.start() - 50), m.start())
        ):
            continue  # "the DSL recorded no further action and did not seek advice from the front door"
        if value in ("closed", "referral") and _NO_REFERRAL.search(text):
            continue  # "the family did not meet the threshold ... and no referral was ever made to the MASH"
        if value in ("closed", "referral") and (
            _WOULD_BE.search(text, max(0, m.start() - 12), m.start()) or _WOULD_BE.search(m.group(0))
        ):
            continue  # a rule or a possibility: "requires any bruise to be referred to the MASH", "allowed a
            # referral to be closed on one opinion"
        if value == "referral":
            if _when(text, m.start(), m.end(), year) == "past" or _PRIOR.search(text):
                return "closed", "closed"
            continue
        return value, value
    return ()


# not knowing a fact is no denial of it: "the adviser was not aware that he had an open CIN plan", "did not know
# that she was open to children's social care"
_FACTIVE = fast_compile(
    r"\b(?:(?:was|were) (?:not|un)aware|(?:did not|didn't|do not) know|(?:was|were) not (?:told|informed)|"
    r"(?:did not|didn't) realise)(?: that)?\b(?=[^.;]{0,80}$)",
    re.I,
)


_OPEN_IN = re.compile(r"\bopen\b", re.I)
# the case or plan closed, told after the mention of it in the same sentence
_CLOSED_HERE = re.compile(
    r"\b(?:was|were|had been|has been) (?:then |subsequently |later )?closed\b(?! doors?\b)|"
    r"\bclosed to (?:children's social care|children's services|CSC|social care)\b",
    re.I,
)


def _negated_fact(text: str, start: int, end: int) -> bool:
    """A negation of the mention, leaving out one that only says someone did not know that the case was open
    (not "did not know the family had a social worker": when, is not said)."""
    f = next(reversed(list(_FACTIVE.finditer(text, max(0, start - 80), start))), None)
    if f is None or not _OPEN_IN.search(text, f.end(), end):
        return context.negated(text, start, end)
    rest = text[f.end() :]
    return context.negated(rest, start - f.end(), end - f.end())


# another agency's case: the police, youth justice, health, a school (with no word of social care)
_OTHER_AGENCY = fast_compile(
    r"\b(?:police|officers?|investigation|crime|CPS|YOT|YJS|youth (?:offending|justice)|referral order|court|"
    r"CAMHS|probation|GP|hospital|paediatric\w*|health visit\w*|midwi\w+|school|college|IDVA|housing|"
    r"substance misuse service|drug (?:and alcohol )?service|LADO|governing body|club)\b",
    re.I,
)
_CSC_STRICT = fast_compile(
    r"\b(?:social care|social work\w*|CSC|MASH|children's services|social services|early help|child in need|CIN|"
    r"child protection|CP|section 47|s\.?47|front door|safeguarding hub|local authority|strategy|assessments?|"
    r"referrals?(?! order)|screen\w*|contacts?|with advice)\b",
    re.I,
)


def _other_agency_case(text: str) -> bool:
    """A case closed in a sentence about another agency, with no word of children's social care."""
    return bool(_OTHER_AGENCY.search(text)) and not _CSC_STRICT.search(text)


@lru_cache(maxsize=4096)
def _after_cues(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(a.span() for a in _AFTER.finditer(text))


def _after_incident(text: str, start: int, end: int) -> bool:
    """A mention told as what came after the incident: an after-cue ("is now", "following the
    injury", "has since") before it or in its own clause, not one in a later clause ("Before the
    order he was subject to a plan; his mother has since moved abroad")."""
    cues = _after_cues(text)
    if not cues:
        return False
    left, right = context.clause(text, start, end)
    return any(a < end or (left <= a < right) for a, _b in cues)


def _within_never(text: str, pos: int) -> bool:
    """A plan mention inside a statement that there never was one."""
    return any(n.start() <= pos < n.end() for n in _NEVER_CP().finditer(text))


@lru_cache(maxsize=1)
def _NEVER_CP() -> re.Pattern[str]:  # noqa: N802 - a compiled constant, built once from the table
    rows = checked_variables(load_data("child_status"), "child_status")["cp_plan"]
    return fast_compile("|".join(f"(?:{p})" for v, p in rows if v == "never"), re.I)


_WOULD_BE = fast_compile(
    r"\b(?:to|would|could|should|will|may|might|must|can|cannot) (?:not )?be (?:closed|referred)?", re.I
)
_OTHER_ACTOR = fast_compile(
    r"\b(?:DSL|designated safeguarding lead|(?:the |head )?teachers?|school|GP|police|officers?|paediatrician|"
    r"hospital|health visitor|HV|midwife|nurse|probation|the academy)\b(?: \w+){0,3} (?:recorded|took|decided|"
    r"concluded|agreed|noted)\b",
    re.I,
)
_NFA = re.compile(r"\bNFA\b|no further action", re.I)
_NO_REFERRAL = fast_compile(
    r"\bno referral (?:was |had been |has been )?(?:ever )?(?:made|sent|received)\b|\b(?:was|were) never referred\b|"
    r"\bnever (?:been )?referred to (?:children's social care|CSC|the MASH|social care)\b",
    re.I,
)
# a terse outcome that opens its sentence ("No further action.", "NFA - closed")
_NFA_OPENS = re.compile(r"^\W*(?:NFA|no further action)\b", re.I)


def _terse_nfa(doc: Doc, i: int) -> bool:
    """A bare "No further action." in a note or a table cell whose line has told of social care before it
    ("Home visit by a duty social worker; home clean. No further action."): the social worker's outcome,
    not the police's or the GP's (no other agency named on the line before it)."""
    sent = doc.sentences[i]
    if not _NFA_OPENS.match(sent.text) or _CSC_CONTEXT.search(sent.text) or _OTHER_AGENCY.search(sent.text):
        return False
    line_start = doc.text.rfind("\n", 0, sent.start) + 1
    before = doc.text[line_start : sent.start]
    return bool(_CSC_CONTEXT.search(before)) and not _OTHER_AGENCY.search(before)


_CSC_CONTEXT = fast_compile(
    r"\b(?:social care|social work\w*|\bCSC\b|MASH|children's services|social services|referrals?|section 47|s\.?47|"
    r"strategy|assessments?|safeguarding hub|front door|early help)\b",
    re.I,
)
_NEGATED_PLAN = fast_compile(
    r"\b(?:never|neither|none|not|no)\b[^.;]{0,80}?(?:child protection|CP) (?:plan )?or (?:a |an )?"
    r"(?:child in need|CIN) plan",
    re.I,
)
_EARLY_HELP = fast_compile(r"\bearly help\b", re.I)


_LEAVING_CARE_OPEN = re.compile(r"\brelevant child|\bpersonal adviser", re.I)
_ADULT_BEFORE = re.compile(r"\b(?:(?i:mother|father|mum|dad|parents?|partner))\b|\bM(?:s|r|rs|iss) [A-Z]")


_BUT_BEFORE = fast_compile(
    r"\bbut (?:(?:she|he|they|\w+) )?(?:had|was|were) (?:been )?(?:previously|earlier|before|once)\b", re.I
)
_GROUP_WORDS = frozenset(
    {
        "neither",
        "either",
        "none of",
        "each of",
        "both ",
        "all ",
        "children",
        "twins",
        "siblings",
        "family",
        "young people",
        "girls",
        "boys",
        "babies",
        "sisters",
        "brothers",
    }
)


def _group_indexes(doc: Doc) -> set[int]:
    """Sentences about all the subject children together ("Neither child was ever subject ...")."""
    return {i for i in doc.sentences_with(_GROUP_WORDS) if _GROUP.search(doc.sentences[i].text)}


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
            age = child.codes.get("age_months")
            months = age.value if age is not None and isinstance(age.value, int) else None
            idx = set(child_sentence_indexes(doc, child, others)) | own_row_indexes(doc, child, others)
            own_idx = set(idx)
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
                s = status(
                    doc, family_idx if vid == "social_care_status" else idx, table, vid, year, child.names, months
                )
                if s is not None and vid == "social_care_status":
                    s = _own_never_known(doc, own_idx, table, s, year, child.names, months)
                if s is not None and vid == "social_care_status":
                    s = _cin_plan_ended(doc, s)
                if s is not None and vid == "cp_plan":
                    s = _plan_ended(doc, family_idx, s)
                if s is not None and vid == "social_care_status":
                    s = _case_closed(doc, family_idx, s, months)
                if s is not None:
                    child.codes[vid] = s
            _entail(child.codes)


def _own_never_known(
    doc: Doc,
    idx: set[int],
    table: list[tuple[str, Prefiltered]],
    s: Suggestion,
    year: int | None,
    names: tuple[str, ...],
    months: int | None,
) -> Suggestion:
    """An earlier contact read from a sentence about the family or another of its people ("Mr V's children
    from a previous relationship were on plans", "the family was known when C was younger") gives way to
    the child's own "not known to children's social care before the incident"."""
    if s.value != "closed" or not s.evidence:
        return s
    if doc.sentence_index(s.evidence[0].start) in idx:
        return s
    own = status(doc, idx, table, "social_care_status", year, names, months)
    return own if own is not None and own.value == "never_known" else s


_CIN_PLAN = fast_compile(r"\b(?:child in need|CIN) plan\b", re.I)
_CIN_ENDED = fast_compile(
    r"\b(?:clos(?:e|ed|ing|ure of)|end(?:ed|ing)?|stepp?(?:ed|ing)?[- ]down|discontinu\w+) "
    r"(?:of )?(?:the |her |his |their )?"
    r"(?:child in need|CIN) plan|\b(?:child in need|CIN) plan (?:[\w,]+ ){0,6}?(?:was |were )?"
    r"(?:closed(?! doors?\b)|ended|stepped down|discontinued|came to an end)\b|"
    # key facts: "CSC: CIN plan 03/22 - 10/22 (parental separation); closed", "CIN plan 2019-2020"
    r"\b(?:child in need|CIN) plan\b[^.]{0,80}?[;,]\s*closed\b|"
    r"\b(?:child in need|CIN) plan:? (?:\d\d?/\d\d|\w+ (?:19|20)\d\d|(?:19|20)\d\d) ?(?:[-–]|to) ?"
    r"(?:\d\d?/\d\d|\w+ (?:19|20)\d\d|(?:19|20)\d\d)\b",
    re.I,
)


def _cin_plan_ended(doc: Doc, s: Suggestion) -> Suggestion:
    """An open case read from a mention of a child in need plan, in a report that says the plan was
    closed and does not say it was still open at the incident, is an earlier involvement."""
    if s.value != "open" or not s.evidence:
        return s
    text = s.evidence[0].text
    if not _CIN_PLAN.search(text) or _STILL.search(text):
        return s
    opened = [int(y) for y in YEAR.findall(text)]
    ended = next(
        (
            m
            for m in _CIN_ENDED.finditer(doc.text)
            if not _ADVICE.search(_sentence_at(doc, m.start()))
            # an earlier plan that ended before this one began does not close it
            and not (opened and any(int(y) < min(opened) for y in YEAR.findall(_sentence_at(doc, m.start()))))
        ),
        None,
    )
    if ended is None:
        return s
    sent = doc.sentences[doc.sentence_index(ended.start())]
    return Suggestion(
        "closed", 0.7, [Span(sent.start, sent.end, sent.text)], "rule:child_status/social_care_status.cin_ended"
    )


_PLAN_ENDED = fast_compile(
    r"\b(?:(?:child protection|CP) plans? (?:[\w()-]+ ){0,6}?(?:was |were |had been )?"
    r"(?:ended|ceased|discontinued|came to an end|removed|closed(?! doors?\b)|stepped down)|"
    r"(?:end|ended|ending|discontinu\w+|step(?:ped)?[- ]down|stepping down|removal|closure) (?:of |from )?"
    r"(?:the |her |his |their |a |both )?(?:child protection|CP) plans?|"
    r"the (?:CP |child protection )?plans? (?:was |were |had been )?(?:ended|ceased|came to an end|discontinued)|"
    r"step(?:ped|s)?[- ]down to (?:a |the )?(?:child in need|CIN)\b|de-?registered|"
    # a decision told as such: "the conference decided that the CP plan should end"
    r"(?:child protection|CP) plans? (?:should|would|could) (?:now )?(?:end|cease|be ended|be discontinued)|"
    # the register's words (Wales, older reports): "name removed from the register", "came off the register"
    r"(?:removed|taken|came|come|deregistered) (?:off |from )(?:the )?(?:child protection )?register|"
    r"removal (?:of (?:\w+ ){1,3})?from the (?:child protection )?register)\b",
    re.I,
)


def _plan_ended(doc: Doc, idx: set[int], s: Suggestion) -> Suggestion:
    """A plan read as current from the event of its making ("an ICPC in January 2021 made her subject
    to a plan") is previous when the report also tells that the plan ended, no earlier than it was
    made (not an earlier plan that ended before this one began)."""
    if s.value != "current" or not s.origin.endswith(".current") or not s.evidence:
        return s
    made = [int(y) for y in YEAR.findall(s.evidence[0].text)]
    for i in sorted(idx.intersection(doc.sentences_with(_ENDED_WORDS))):
        text = doc.sentences[i].text
        m = _PLAN_ENDED.search(text)
        if m is None or _advice(text) or _AFTER.search(text) or _glossary(text):
            continue
        if context.negated(text, m.start(), m.end()) or context.hedged(text, m.start(), m.end()):
            continue
        years = [int(y) for y in YEAR.findall(text)]
        if made and years and max(years) < min(made):
            continue  # an earlier plan, ended before this one was made
        sent = doc.sentences[i]
        return Suggestion("previous", 0.7, [Span(sent.start, sent.end, sent.text)], "rule:child_status/cp_plan.ended")
    return s


_CASE_CLOSED = fast_compile(
    r"\b(?:(?:case|involvement|family) (?:\w+ ){0,3}(?:was |were |had been )?closed(?! doors?\b)"
    r"(?: (?:to|by) (?:children's social care|children's services|\bCSC\b|social care))?|"
    r"closed (?:the case|(?:its|their) involvement|the family's case)|"
    r"(?:stepped|step(?:ped)?) down to early help|"
    r"closed to (?:children's social care|children's services|\bCSC\b|social care)|"
    # the child in need plan (in Wales the care and support plan) that held the case: "The CIN plan is closed
    # after a review meeting", "stepped down to a care and support plan, which closes at the end of May"
    r"(?:child in need|CIN|care and support) plan,? (?:[\w,]+ ){0,3}?(?:was |were |is |had been )?"
    r"(?:closed(?! doors?\b)|closes)|"
    r"(?:closed|closure of) (?:the |her |his |their )?(?:child in need|CIN|care and support) plan)\b",
    re.I,
)
_OPEN_WORD = fast_compile(r"\bopen(?:ed)?\b|\b(?:in progress|under way|underway|ongoing)\b", re.I)


# the case said to be open at the incident in so many words: "the case ... remained open to a family support
# worker", "it was still open", "the case was open at the time of the admission"
_STATED_OPEN = fast_compile(
    r"\b(?:remained|(?:was|were|is) still|(?:case|it|family|plan) (?:was|were)) open\b(?! to early help)"
    r"(?:[^.;]{0,60}?\b(?:at the (?:time|date|day|point)|when|on the day)\b)?",
    re.I,
)


def _stated_open(doc: Doc, idx: set[int]) -> Span | None:
    """A sentence of the child's (or the family's) that says the case was open at the time."""
    for i in sorted(idx.intersection(doc.sentences_with(frozenset({"open"})))):
        text = doc.sentences[i].text
        m = _STATED_OPEN.search(text)
        if m is None or _ADVICE.search(text) or _glossary(text) or _other_agency_case(text):
            continue
        if _EARLY_HELP.search(text, m.start(), m.end() + 40) and not _CSC_WORDS.search(text):
            continue  # "stepped down to early help, which remained open": not children's social care
        if context.negated(text, m.start(), m.end()) or context.hedged(text, m.start(), m.end()):
            continue
        if _after_incident(text, m.start(), m.end()):
            continue
        sent = doc.sentences[i]
        return Span(sent.start, sent.end, sent.text)
    return None


# an open case as the time of another event, "received while the assessment was open": not the case at the incident
_WHILE_OPEN = fast_compile(r"\b(?:while|whilst) (?:the |her |his |their )?(?:[\w-]+ ){0,4}?(?:was|were) open\b", re.I)
_CSC_WORDS = fast_compile(r"\b(?:child in need|CIN|social work\w*|social care|CSC|child protection)\b", re.I)


def _case_closed(doc: Doc, idx: set[int], s: Suggestion, months: int | None = None) -> Suggestion:
    """An open case read from a mention of its workings ("the family had its fourth allocated social
    worker", "the special guardianship assessment") is closed when the report tells that the case was
    closed, no earlier than that mention, and the mention itself does not say the case was open."""
    if s.value != "open" or not s.origin.endswith(".open") or not s.evidence:
        return s
    text0 = s.evidence[0].text
    if _STILL.search(text0) or (_OPEN_WORD.search(text0) and not _WHILE_OPEN.search(text0)):
        return s
    seen = [int(y) for y in YEAR.findall(text0)]
    stated = _stated_open(doc, idx)
    if stated is not None:
        return Suggestion("open", 0.75, [stated], "rule:child_status/social_care_status.stated_open")
    for i in sorted(idx.intersection(doc.sentences_with(_CLOSED_WORDS))):
        text = doc.sentences[i].text
        m = _CASE_CLOSED.search(text)
        if m is None or _ADVICE.search(text) or _AFTER.search(text) or _glossary(text) or _other_agency_case(text):
            continue
        if older_than(text, months, dated_only=True):
            continue  # "known to children's social care as a child ...; the case was closed when he was 11": a parent
        if context.negated(text, m.start(), m.end()) or context.hedged(text, m.start(), m.end()):
            continue
        years = [int(y) for y in YEAR.findall(text)]
        if seen and years and max(years) < max(seen):
            continue  # closed before the involvement mentioned
        sent = doc.sentences[i]
        return Suggestion(
            "closed", 0.7, [Span(sent.start, sent.end, sent.text)], "rule:child_status/social_care_status.case_closed"
        )
    return s


_CLOSED_WORDS = frozenset(
    {"closed", "closes", "closure of", "step down to early", "stepped down to early", "step-down to early"}
)
_ENDED_WORDS = frozenset(
    {"ended", "ceased", "discontinu", "came to an end", "removed", "closed", "stepped down", "step down",
     "step-down", "stepped-down", "steps down", "ending", "end of", "end the", "end her", "end his", "end their",
     "end both", "end a", "closure", "removal", "register", "should end",
     "should cease", "would end"}
)  # fmt: skip


def _sentence_at(doc: Doc, pos: int) -> str:
    return doc.sentences[doc.sentence_index(pos)].text


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
