"""The flag engine shared by the family, child-flag and theme components.

A flag's lexicon (YAML, keyed by variable id) lists patterns that make it ``present``
and patterns that say explicitly that it was not so (``absent``). Each match is
checked in its sentence for hedging, negation, a disproved concern and whose problem
it is; ``absent`` comes only from explicit statements, and ``present`` wins over
``absent`` when both are found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from caselearn.extract import context
from caselearn.extract.guard import fast_compile
from caselearn.extract.lexicon import compile_alternatives
from caselearn.extract.model import Span, Suggestion
from caselearn.extract.prefilter import PatternGroup, Prefiltered, Screened, group_of, word_start
from caselearn.extract.text import Doc

PRESENT, ABSENT = "present", "absent"


@dataclass
class FlagSpec:
    variable: str
    family: str
    present: list[str]
    absent: list[str] = field(default_factory=list)
    holders: tuple[str, ...] = ("parent", "none")
    absent_holders: tuple[str, ...] | None = None
    history: str = "counts"
    sections: tuple[str, ...] = ()
    min_hits: int = 1
    recent_only: bool = False
    at_incident: bool = False
    exclude: re.Pattern[str] | None = None
    # sentences that say nothing present but may still deny ("No diagnosed disability (ADHD assessment pending)")
    present_exclude: re.Pattern[str] | None = None
    absent_subject: re.Pattern[str] | None = None
    # where the sentence names no one, the subject may come from its place (a parent's entry in a
    # template: "Mum:" / "- No known alcohol or drug issues"): a callable (doc, sentence) -> bool
    absent_subject_place: Any = None
    # a present match in a clause that says the concern was found untrue ("concerns that she misused
    # alcohol were investigated and not substantiated") is a statement of absence
    disproved_absent: bool = False
    # a present match denied by a finding that there was nothing to find ("no evidence that she was bullied")
    # makes the flag absent
    found_none_absent: bool = False
    # a field whose value says none was known ("Domestic abuse: none known") makes the flag absent,
    # unless it sits in one parent's entry of a template
    field_none_absent: bool = False
    # the parents' own account is an absence too (how a separation went: "both told me it was amicable")
    own_account_absent: bool = False
    _present_re: re.Pattern[str] | None = None
    _absent_re: re.Pattern[str] | None = None
    _present_alts: list[Prefiltered] = field(default_factory=list, repr=False)
    # extra present patterns that count only where the report as a whole names the matter
    # ("the exploitation" in a report about sexual exploitation): (when, unless, patterns)
    _context: tuple[Prefiltered, Prefiltered | None, list[Prefiltered]] | None = field(default=None, repr=False)
    _with_context: list[Prefiltered] = field(default_factory=list, repr=False)  # present + context patterns
    _absent_alts: list[Prefiltered] = field(default_factory=list, repr=False)
    # ... and absent patterns that count only there ("this was abuse within the family and not exploitation")
    _absent_with_context: list[Prefiltered] = field(default_factory=list, repr=False)
    _exclude: Prefiltered | None = field(default=None, repr=False)  # ``exclude`` with its trigger words

    @classmethod
    def from_data(cls, variable: str, family: str, raw: dict[str, Any]) -> FlagSpec:
        # behind the first-character guard / peeled (the same matches, about twice as fast)
        exclude = (
            Prefiltered.compile("|".join(f"(?:{p})" for p in raw["exclude"]), re.I) if raw.get("exclude") else None
        )
        spec = cls(
            variable=variable,
            family=family,
            present=list(raw.get("present") or []),
            absent=list(raw.get("absent") or []),
            holders=tuple(raw.get("holders") or ("parent", "none")),
            absent_holders=tuple(raw["absent_holders"]) if raw.get("absent_holders") else None,
            history=raw.get("history", "counts"),
            sections=tuple(raw.get("sections") or ()),
            min_hits=int(raw.get("min_hits", 1)),
            recent_only=bool(raw.get("recent_only", False)),
            at_incident=bool(raw.get("at_incident", False)),
            exclude=exclude.regex if exclude is not None else None,
            present_exclude=fast_compile("|".join(f"(?:{p})" for p in raw["present_exclude"]), re.I)
            if raw.get("present_exclude")
            else None,
            absent_subject=fast_compile(raw["absent_subject"], re.I) if raw.get("absent_subject") else None,
            found_none_absent=bool(raw.get("found_none_absent", False)),
            own_account_absent=bool(raw.get("own_account_absent", False)),
        )
        spec._exclude = exclude
        spec._present_re = compile_alternatives(spec.present) if spec.present else None
        spec._absent_re = compile_alternatives(spec.absent) if spec.absent else None
        spec._present_alts = [_alternative(p) for p in spec.present]
        spec._absent_alts = [_alternative(p) for p in spec.absent]
        ctx = raw.get("present_in_context")
        if ctx:
            spec._context = (
                Prefiltered.compile(ctx["when"], re.I),
                Prefiltered.compile(ctx["unless"], re.I) if ctx.get("unless") else None,
                [_alternative(p) for p in ctx["present"]],
            )
            spec._with_context = spec._present_alts + spec._context[2]
            if ctx.get("absent"):
                spec._absent_with_context = spec._absent_alts + [_alternative(p) for p in ctx["absent"]]
        return spec

    def _in_context(self, doc: Doc) -> bool:
        key = ("context", id(self))
        ok = doc._trigger_cache.get(key)
        if ok is None:
            when, unless, _alts = self._context  # type: ignore[misc]
            ok = bool(when.search(doc)) and not (unless is not None and unless.search(doc))
            doc._trigger_cache[key] = ok
        return ok

    def present_alternatives(self, doc: Doc) -> list[Prefiltered]:
        """The present patterns, with the context ones where the report names the matter."""
        if self._context is None:
            return self._present_alts
        return self._with_context if self._in_context(doc) else self._present_alts

    def absent_alternatives(self, doc: Doc) -> list[Prefiltered]:
        """The absent patterns, with the context ones where the report names the matter."""
        if not self._absent_with_context:
            return self._absent_alts
        return self._absent_with_context if self._in_context(doc) else self._absent_alts


def _alternative(pattern: str) -> Prefiltered:
    # word-start anchored like compile_alternatives: the engine rejects mid-word positions at once
    return Prefiltered.compile(word_start(pattern, re.I), re.I)


_LABEL = re.compile(r"[ \t]*:")
# ... unless the field's value names the offences the label counts: "Previous convictions: shoplifting
# and theft x4 (2014-2016)", "Convictions: ABH 2019"
_OFFENCE_VALUE = re.compile(
    r"[ \t]*:[ \t]*(?:shoplifting|theft|burglary|robbery|assault|common assault|battery|affray|ABH|GBH|wounding|"
    r"criminal damage|fraud|arson|harassment|possession (?:of|with)|"
    r"supply(?:ing)? (?:of )?(?:class|drugs|heroin|cocaine)|"
    r"drink[- ]driving|public order)\b",
    re.I,
)
# ... but a clause with its verb before the colon, or a long one, is a statement ("The separation
# was acrimonious: ...", "The relationship ended in 2021 with a great deal of hostility: ...")
_LABEL_VERB = re.compile(r"\b(?:was|were|is|are|had|has|have|been|became|ended)\b", re.I)


# a field's negative value after its label ("LAC at time of incident: No", "Looked after? N", "CP plan - none")
_NO_VALUE = re.compile(
    r"(?:[ \t]+[\w/()]+){0,4}?[ \t]*([:?|]|[ \t][-–]|[ \t]*\.{3,})[ \t]*(?:no|none|nil|n)\b(?![-'’])", re.I
)
# ... that says none was known or found, of no one in particular: the field's flag is absent
# ("Domestic abuse: none known", "| Parental mental health | None known to any agency |", "DA - nil"; a
# table's row ends after the value: "| Substance misuse service | No | No | ... |" is a row of services)
_NONE_KNOWN = re.compile(
    r"[ \t]*(?:none|nil|no)(?:[ \t]+(?:known|identified|recorded|found|reported))?"
    r"(?:[ \t]+(?:to|by)[ \t]+(?:any|either)[ \t]+(?:agency|agencies|service|professional|partner))?"
    r"[ \t]*(?:[.;]|\|[ \t]*$|$)",
    re.I | re.M,
)


def _field_none(spec: FlagSpec, doc: Doc, sent, at: int) -> bool:  # noqa: ANN001
    """Is the field's value, from ``at`` in the sentence, "none known" for a flag that reads it as absent
    (not in one parent's entry of a template)?"""
    return (
        spec.field_none_absent
        and _NONE_KNOWN.match(sent.text, at) is not None
        and not (spec.absent_subject_place is not None and spec.absent_subject_place(doc, sent))
    )


def _label(head: str) -> bool:
    """Is the text up to a colon a field label ("Parental alcohol misuse", "DA")?"""
    return len(head.split()) <= 6 and not _LABEL_VERB.search(head)


def _confidence(hits: int) -> float:
    """A present flag's confidence from its number of sentences."""
    return min(0.95, 0.6 + 0.1 * hits)


# hits from which the confidence no longer grows: the scan stops there (the evidence is the first three)
_SATURATED = next(n for n in range(3, 1000) if _confidence(n) == _confidence(n + 999))
_DENIAL = fast_compile(
    r"\b(?:told|tells|said|says|reported|stated|claimed|insisted|denied|denies|maintained|assured)\b", re.I
)
# ... but an agency's statement is ("the school reported no concerns about his behaviour")
_AGENCY_SAYS = re.compile(
    r"\b(?:school|nursery|college|teachers?|staff|GP|police|agenc(?:y|ies)|records?|health visitor|social worker|"
    r"paediatrician|consultant|hospital|review|professionals?|practitioners?)"
    r"(?: (?:has|had|have|was|were)(?: been)?)?\W*$",  # "the review has been told that there was no evidence"
    re.I,
)
_ADVICE = Screened(
    re.compile(
        r"\bshould (?:\w+ ){0,3}(?:include|record|ask|consider|ensure|review|notify|develop|"
        r"be (?:asked|recorded|included|flagged))\b|^\W*\d+[.)]\s+(?:[\w',-]+ ){1,8}?should \w+|"
        # a numbered action for a service: "2. HV service to ensure DA routine enquiry is made with each
        # parent alone", "4. Partnership to audit ..." (not a parent's plan: "Mum to attend ...")
        r"^\W*(?:R|Rec(?:ommendation)?\.? ?)?\d+[.):]\s+(?:[\w'/&,()-]+ ){1,8}?to (?:ensure|review|audit|develop|"
        r"commission|adopt|agree|produce|update|consider|seek|establish|introduce|strengthen|embed|promote|"
        r"publish|provide (?:training|guidance|assurance))\b",
        re.I,
    )
)  # searched only in sentences holding one of its trigger words


def _recommendation(doc: Doc, sent) -> bool:  # noqa: ANN001
    # only advice sentences: a "recommendations" section may run on into other material (one
    # search per sentence and document: every flag asks of the same sentences)
    key = ("advice", sent.start)
    found = doc._trigger_cache.get(key)
    if found is None:
        found = doc._trigger_cache[key] = bool(_ADVICE.search(sent.text) or context.RECOMMENDATION_ROW.match(sent.text))
    return found


def _excluded(spec: FlagSpec, doc: Doc, sent) -> bool:  # noqa: ANN001
    """``spec.exclude.search(sent.text)``; for a sentence of ``doc``, the regex runs only when the sentence
    holds one of its trigger words (a match inside the sentence holds one: the same answer)."""
    found = spec._exclude
    if found is not None and found.regex is spec.exclude and doc.sentences:
        i = doc.sentence_index(sent.start)
        if doc.sentences[i] is sent:
            return found.in_sentence(doc, i) is not None
    return spec.exclude.search(sent.text) is not None  # type: ignore[union-attr]


def _scan(
    alternatives: list[Prefiltered], doc: Doc, ranges: list[tuple[int, int]] | None
) -> list[tuple[re.Match[str], str]]:
    """Matches of every alternative (only in sentences holding its trigger words), in text order,
    each with its rule name (r0, r1, ... as in the lexicon's list). A whole-document scan is
    cached per document (child flags scan the same alternatives once per child); shared: do
    not modify."""
    group = group_of(alternatives)
    if ranges is None:
        key = ("scan", id(group))
        found = doc._trigger_cache.get(key)
        if found is None:
            found = doc._trigger_cache[key] = _scan_all(group, doc, None)
        return found
    return _scan_all(group, doc, ranges)


def _scan_all(group: PatternGroup, doc: Doc, ranges: list[tuple[int, int]] | None) -> list[tuple[re.Match[str], str]]:
    active = group.active(doc)
    if not active:
        return []
    rules = _rules(len(group.patterns))
    if len(active) == 1 and ranges is None:  # one alternative: its matches are in text order already
        i, alt = active[0]
        rule = rules[i]
        return [(m, rule) for m in alt.finditer(doc)]
    out: list[tuple[int, int, re.Match[str], str]] = []
    append = out.append
    for i, alt in active:
        rule = rules[i]
        for m in alt.finditer(doc, ranges):
            append((m.start(), i, m, rule))
    out.sort(key=_ORDER)
    return [(t[2], t[3]) for t in out]


_ORDER = itemgetter(0, 1)
_RULES: list[str] = []


def _rules(n: int) -> list[str]:
    """The rule names r0 ... r(n-1) (shared: do not modify)."""
    while len(_RULES) < n:
        _RULES.append(f"r{len(_RULES)}")
    return _RULES


def evaluate_flag(
    spec: FlagSpec,
    doc: Doc,
    *,
    ranges: list[tuple[int, int]] | None = None,
    child_names: tuple[str, ...] = (),
    sentence_filter: Any = None,
    match_filter: Any = None,
    theme: bool = False,
) -> Suggestion | None:
    """The suggestion for one flag over the given text ranges (None: the report does not say)."""
    present: list[tuple[Span, str]] = []
    absent: list[tuple[Span, str]] = []
    seen_sentences: set[int] = set()
    absent_sentences: set[int] = set()
    absent_alts = spec.absent_alternatives(doc)
    if absent_alts:
        for m, rule in _scan(absent_alts, doc, ranges):
            sent = doc.sentence_at(m.start())
            if sent is None or sent.start in absent_sentences or (sentence_filter and not sentence_filter(sent)):
                continue
            s, e = m.start() - sent.start, m.end() - sent.start
            if context.hedged(sent.text, s, e) and not context.disproved(sent.text):
                continue  # (a concern found untrue is an absence: "the concern that ... was not substantiated")
            denial = _DENIAL.search(sent.text, context.clause(sent.text, s, e)[0], s)
            if (
                denial
                and not spec.own_account_absent
                and not _AGENCY_SAYS.search(sent.text, context.clause(sent.text, s, e)[0], denial.start())
            ):
                continue  # a parent's own denial ("she told the health visitor she did not drink") is not absence
            if not _holder_ok(spec, sent.text, s, e, child_names, absent=True):
                continue
            if (
                spec.absent_subject is not None
                and not spec.absent_subject.search(sent.text)
                and not (spec.absent_subject_place is not None and spec.absent_subject_place(doc, sent))
            ):
                continue  # said of someone else (the child), not of the parents
            if not _absent_ok(spec, doc, sent, s, e, match_filter, child_names):
                continue
            absent_sentences.add(sent.start)
            absent.append((Span(sent.start, sent.end, sent.text), f"{spec.variable}.absent.{rule}"))
    present_alts = spec.present_alternatives(doc)
    disproved: list[tuple[Span, str]] = []
    field_none: list[tuple[Span, str]] = []
    enough = max(spec.min_hits, _SATURATED)
    if present_alts:
        for m, rule in _scan(present_alts, doc, ranges):
            sent = doc.sentence_at(m.start())
            if sent is None or (sentence_filter and not sentence_filter(sent)):
                continue
            s, e = m.start() - sent.start, m.end() - sent.start
            if sent.start in absent_sentences or sent.start in seen_sentences:
                continue  # (every test below is a pure predicate, so a sentence already counted is skipped first)
            label = _LABEL.match(doc.text, m.end())
            if label and s < 25 and _label(sent.text[:e]) and not _OFFENCE_VALUE.match(doc.text, m.end()):
                if _field_none(spec, doc, sent, label.end() - sent.start):
                    field_none.append((Span(sent.start, sent.end, sent.text), f"{spec.variable}.absent.field_none"))
                continue  # a field label in notes ("DA: none known", "Alcohol: -"), not a statement
            no = _NO_VALUE.match(sent.text, e)
            if no is not None and _label(sent.text[max(0, s - 40) : no.start(1)].rsplit(".", 1)[-1]):
                if _field_none(spec, doc, sent, no.end(1)):
                    field_none.append((Span(sent.start, sent.end, sent.text), f"{spec.variable}.absent.field_none"))
                continue  # a field whose value is no ("LAC at time: No", "Looked after? No")
            # every test is a pure predicate, so their order changes nothing: the cheap ones (one
            # regex over the sentence, cached) come before whose problem it is and the caller's filter
            if spec.exclude is not None and _excluded(spec, doc, sent):
                continue
            if spec.present_exclude is not None and spec.present_exclude.search(sent.text):
                continue
            if not theme and _recommendation(doc, sent):
                continue  # "assessments should include any substance misuse" says nothing of this family
            if not theme and (context.hedged(sent.text, s, e) or context.disproved(sent.text)):
                if spec.disproved_absent and _disproved_here(spec, doc, sent, s, e, child_names, match_filter):
                    disproved.append((Span(sent.start, sent.end, sent.text), f"{spec.variable}.absent.disproved"))
                continue
            if spec.history == "ignore" and context.historical(sent.text, s, e):
                continue
            if (
                not theme
                and spec.found_none_absent
                and _found_none_here(spec, doc, sent, s, e, child_names, match_filter)
            ):
                # (also where the finding is told in a clause of its own: "no suggestion, in the records or from
                # her friends, that she was being bullied")
                disproved.append((Span(sent.start, sent.end, sent.text), f"{spec.variable}.absent.found_none"))
                continue
            if not theme and context.negated(sent.text, s, e):
                continue
            if not _holder_ok(spec, sent.text, s, e, child_names):
                continue
            if match_filter is not None and not match_filter(sent, s, e):
                continue
            seen_sentences.add(sent.start)
            present.append((Span(sent.start, sent.end, sent.text), f"{spec.variable}.present.{rule}"))
            if len(present) >= enough:
                break  # more hits change nothing: the confidence is at its cap, the evidence is the first three
    if len(present) >= spec.min_hits:
        spans = [p[0] for p in present[:3]]
        confidence = _confidence(len(present))
        return Suggestion(PRESENT, confidence, spans, f"rule:{spec.family}/{present[0][1]}")
    if absent:
        return Suggestion(ABSENT, 0.8, [a[0] for a in absent[:2]], f"rule:{spec.family}/{absent[0][1]}")
    if disproved and not present:
        return Suggestion(ABSENT, 0.7, [a[0] for a in disproved[:2]], f"rule:{spec.family}/{disproved[0][1]}")
    if field_none and not present:
        return Suggestion(ABSENT, 0.7, [a[0] for a in field_none[:2]], f"rule:{spec.family}/{field_none[0][1]}")
    return None


# the review or the agencies looked and found nothing: "there was no evidence that she was bullied", "No indication of
# alcohol use", "nothing in the records to suggest he drank", "no history of bullying"; not what someone failed to
# see or do ("no evidence that staff recognised that she was being bullied"), nor a denial that ended ("until")
_FOUND_NONE = fast_compile(
    r"(?:\b(?:no|never any|not any|without any)\s(?:[\w'’-]+\s){0,4}?(?:evidence|indications?|indicators?|records?|"
    r"information|suggestion|signs?|concerns?|history|reports?|intelligence)\b|"
    r"\bnothing\b[^.;]{0,50}?\b(?:to suggest|suggest(?:s|ed)|to indicate|indicate[sd])\b)"
    r"(?:(?!\b(?:but|however|although|though|until|whereas|recogni[sz]\w*|realis\w*|understood|knew|known|responded|"
    r"acted|explored|asked|considered|noticed|shared|passed|told(?! (?:the |this )?review)|aware)\b|"
    r",\s*(?:and|but|so)\b)[^.;:])*$",
    re.I,
)
# ... and not a concern about the matter that was, or was not, passed on: "no concern about her drinking was shared"
_FOUND_NONE_AFTER = fast_compile(
    r"\W*(?:\w+ ){0,3}?(?:was|were|had been|has been) (?:not |never )?(?:shared|passed|communicated|recorded|referred|"
    r"escalated|acted|raised with|followed)\b",
    re.I,
)


# ... about the child, named or by a pronoun between the finding and the match ("no evidence that she was bullied",
# "no record of him drinking"), not the household's or an adult's ("no concerns about drug use by Ms B", "no
# indication of substance misuse in the family"), nor a matter of degree ("no indication that he drank heavily")
_CHILD_WORD = re.compile(r"\b(?:he|she|him|her|his|the (?:child|young person|boy|girl|baby))\b", re.I)
_SOMEONE_ELSES = fast_compile(
    r"\W*(?:[\w-]+\W+){0,4}?(?:by|for|of|in|among|amongst|within)\s+(?:the\s+|any\s+of\s+the\s+|either\s+|both\s+|"
    r"his\s+|her\s+|their\s+|[A-Z][\w-]*['’]s\s+)?(?:parents?|mother|father|mum|dad|step-?(?:father|mother)|adults?|"
    r"carers?|household|family|home|(?-i:Mrs?|Ms|Miss)\b)",
    re.I,
)


# "No " or "Not " opening a note or a field's value just before the match, and the note ending with it (or with a
# word such as "indicators", "concerns", "identified")
_TERSE_NO = re.compile(
    r"(?:^|[.;:(|]|\s[-–])\s*(?:-\s*)?(?:no|not|nil)\s+(?:known\s+|recorded\s+|reported\s+|current\s+)?$", re.I
)
_TERSE_NO_AFTER = re.compile(
    r"(?:\s+(?:indicators?|concerns?|issues?|risks?|identified|known|reported|recorded|noted|found|disclosed))*"
    r"\s*(?:[.;|)]|\s[-–]|\(|$)",
    re.I,
)
_SERVICE_AFTER = re.compile(r"\s*(?:services?|team|involvement|referrals?|input|contact|worker)\b", re.I)
_DEGREE = re.compile(r"\b(?:heavily|to excess|excessive(?:ly)?|problematic(?:ally)?|daily)\b", re.I)
_NUMBER_LEAD = re.compile(r"^\W*\d+(?:\.\d+)*\.?\s+")
_PRONOUN_LEAD = re.compile(r"^\W*(?:he|she|they|his|her|their)\b", re.I)


def _found_none_here(
    spec: FlagSpec, doc: Doc, sent, s: int, e: int, child_names: tuple[str, ...], match_filter: Any
) -> bool:  # noqa: ANN001
    """Is the match denied by a finding that there was nothing to find, about the child?"""
    if _TERSE_NO.search(sent.text, max(0, s - 30), s) and _TERSE_NO_AFTER.match(sent.text, e):
        # a note that answers no: "No CSE indicators.", "Not CSE.", "- no self-harm", "Bullying: none; no alcohol use"
        if _SERVICE_AFTER.match(sent.text, e) or "camhs" in sent.text[s:e].lower():
            return False  # "No CAMHS involvement": no service, which says nothing of the child
        if not _holder_ok(spec, sent.text, s, e, child_names) or _recommendation(doc, sent):
            return False
        return match_filter is None or bool(match_filter(sent, s, e))
    cue = _FOUND_NONE.search(sent.text, max(0, s - 140), s)
    if cue is None or _FOUND_NONE_AFTER.match(sent.text, e) or _SOMEONE_ELSES.match(sent.text, e):
        return False
    if _DEGREE.search(sent.text, s, min(len(sent.text), e + 20)):
        return False  # "no indication that he drank heavily": not that he did not drink
    between = sent.text[cue.start() : s]
    named = any(n and re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", between) for n in child_names)
    if not named:
        if not _CHILD_WORD.search(between):
            return False
        # the subject the pronoun carries on from: "Ms H was 26. She used heroin until 2012. No agency had information
        # that she had used drugs since." (back over sentences that open with a pronoun)
        i = doc.sentence_index(sent.start) or 0
        for j in range(i - 1, max(-1, i - 4), -1):
            before = _NUMBER_LEAD.sub("", doc.sentences[j].text, count=1)
            hits = context._person_hits(before)
            if (
                hits
                and hits[0][0] < 20
                and hits[0][2] not in ("child", "professional")
                and not any(n and n in before[: hits[0][0]] for n in child_names)
            ):
                return False  # the sentence before opens with an adult ("Ms H ...", "Her mother ...")
            if not _PRONOUN_LEAD.match(before):
                break
    if any(role != "child" and role != "professional" for _a, _b, role in context._person_hits(between)):
        return False  # "no evidence that either parent used drugs"
    return _denial_counts(spec, doc, sent, s, e, child_names, match_filter)


def _disproved_here(
    spec: FlagSpec, doc: Doc, sent, s: int, e: int, child_names: tuple[str, ...], match_filter: Any
) -> bool:  # noqa: ANN001
    """Is the match a concern its own clause says was found untrue, about someone it may be about?"""
    left, right = context.clause(sent.text, s, e)
    if not context.cues().disproved.search(sent.text[left:right]):
        return False
    if context.negated(sent.text, s, e):
        return False
    return _denial_counts(spec, doc, sent, s, e, child_names, match_filter)


def _denial_counts(
    spec: FlagSpec, doc: Doc, sent, s: int, e: int, child_names: tuple[str, ...], match_filter: Any
) -> bool:  # noqa: ANN001
    """The checks a present match turned into an absence still passes: not a recommendation, not excluded,
    held by someone the flag may be about, and the component's own filter."""
    if _recommendation(doc, sent) or (spec.exclude is not None and _excluded(spec, doc, sent)):
        return False
    if not _holder_ok(spec, sent.text, s, e, child_names):
        return False
    return match_filter is None or bool(match_filter(sent, s, e))


# An absence only seen, thought or believed is not a statement that it was not so.
_ABSENT_HEDGE = fast_compile(
    # (not "no apparent risk": the lowest score of a risk tool such as SERAF, a finding)
    r"\b(?:appear(?:ed|s)?|seem(?:ed|s)?|(?<!\bno )apparent(?:ly)?|no apparent(?! risk\b)|"
    r"(?:was|were|is) (?:thought|believed|understood|assumed)|"
    r"as far as (?:\w+ ){0,3}(?:knew|aware)|to (?:the best of|their|his|her) (?:\w+ )?knowledge)\b",
    re.I,
)


# A denial the same sentence leaves open ("no known parental drug use; the review had no information
# either way", "no agency identified it and the reviewer could not establish more"): not known.
_ABSENT_LEFT_OPEN = fast_compile(
    r"\b(?:information (?:either|one) way|either way|"
    r"(?:not|never) (?:been )?(?:able|possible) to (?:establish|confirm|verify|ascertain|determine)|"
    r"unable to (?:establish|confirm|verify|ascertain|determine)|"
    r"(?:could|can) ?not (?:be )?(?:establish|confirm|verif(?:y|ied)|ascertain|determine)(?:ed)?|"
    r"(?:remains?|remained) (?:unknown|unclear|uncertain)|"
    # the review itself knows nothing: "The review has no information about alcohol or drug use", "we
    # have no information on the father's health" (but "there was no information about ... from any
    # agency" is the agencies' denial)
    r"(?:review|reviewers?|we|I|authors?|panel) (?:has|had|have|holds?|held|was given|received) no information)\b",
    re.I,
)


def _absent_ok(  # noqa: PLR0913
    spec: FlagSpec,
    doc: Doc,
    sent,  # noqa: ANN001
    s: int,
    e: int,
    match_filter: Any,
    child_names: tuple[str, ...] = (),
) -> bool:
    """An ``absent`` statement counts only when it is about the right person at the right time:
    the same filters as ``present`` (whose sentence, the child's own clause, at the incident, not
    long ago), no exclusion, no advice, no history for current-only flags, nothing only apparent."""
    text = sent.text
    holders = spec.absent_holders if spec.absent_holders is not None else spec.holders
    # the child's own name inside the statement ("no suggestion that Child M used alcohol"): its letter is not
    # the abbreviation of a parent ("M" for the mother)
    named = [m.span() for n in child_names if n for m in context._name_re(n).finditer(text, s, e)]
    for h_start, h_end, role in context._person_hits(text):
        # a person named inside the statement ("none of the siblings had ...") must be one it may be about
        if not (s <= h_start and h_end <= e) or text[max(0, h_start - 7) : h_start].lower() == "foster ":
            continue  # "living with foster carers" names the placement, not a person it is about
        if any(a <= h_start and h_end <= b for a, b in named):
            continue
        if ("parent" if role == "abbrev" else role) not in holders:
            return False
    if match_filter is not None and not match_filter(sent, s, e):
        return False
    if spec.exclude is not None and _excluded(spec, doc, sent):
        return False
    if _recommendation(doc, sent):
        return False
    if spec.history == "ignore" and context.historical(text, s, e):
        return False
    if _ABSENT_LEFT_OPEN.search(text):
        return False
    left, right = context.clause(text, s, e)
    return not _ABSENT_HEDGE.search(text, left, right)


def _holder_ok(
    spec: FlagSpec, sentence: str, s: int, e: int, child_names: tuple[str, ...], absent: bool = False
) -> bool:
    holders = spec.absent_holders if absent and spec.absent_holders is not None else spec.holders
    who = context.holder(sentence, s, e, child_names)
    if who is None:
        return "none" in holders
    if who == "professional":
        # a flag held by "none" and "parent" is the family's; a child's flag may name "professional"
        # ("her GP referred her to CAMHS for anxiety": the professional acts, the child holds it)
        return ("none" in holders and "parent" in holders) or "professional" in holders
    return who in holders
