"""Practice themes, from the findings, learning and analysis parts of the report.

``present`` when those parts identify the issue (the whole report less its introduction, terms
of reference, method and recommendations when it has no such parts); ``absent`` when the report
says anywhere that this aspect of practice was good or was not a factor (praise is often in a
"what went well" part, outside the findings) and no finding names the issue; otherwise nothing
(``not_known``). A sentence that praises is never read as a finding."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from caselearn.documents.model import Section
from caselearn.documents.sections import CANONICAL, canonical
from caselearn.extract.flags import FlagSpec, evaluate_flag
from caselearn.extract.guard import fast_compile  # the same matches as re.compile, faster per sentence
from caselearn.extract.lexicon import alternatives_source, checked_variables, load_data
from caselearn.extract.model import Extraction, Span, Suggestion
from caselearn.extract.prefilter import Prefiltered, group_of
from caselearn.extract.text import Doc

THEME_SECTIONS = ("findings", "learning", "analysis")
# parts that only say what the review set out to do or what should happen next
NOT_FINDINGS = ("introduction", "terms_of_reference", "methodology", "recommendations")
# parts that end a run of findings
STOP_SECTIONS = ("introduction", "terms_of_reference", "methodology", "recommendations", "chronology")
_ANSWERS = fast_compile(r"\b(?:responses?|answers?|findings?|analysis)\b", re.I)
HOLDERS = ["parent", "none", "child", "other_adult", "former_partner", "sibling", "professional"]


def _raw() -> dict:
    return checked_variables(load_data("themes"), "themes")


@lru_cache(maxsize=1)
def specs() -> list[FlagSpec]:
    """One spec per theme with both pattern lists (the learned layer's candidate sentences)."""
    out = []
    for vid, raw in _raw().items():
        raw = dict(raw)
        raw.setdefault("holders", HOLDERS)
        raw["absent"] = list(raw.get("absent") or []) + list(raw.get("absent_verdict") or [])
        out.append(FlagSpec.from_data(vid, "themes", raw))
    return out


@dataclass(frozen=True)
class _Theme:
    present: FlagSpec
    praise: FlagSpec | None  # absent when no finding names the issue
    verdict: FlagSpec | None  # absent even over findings about single episodes
    heading: re.Pattern[str] | None
    # either kind, to keep praise from being read as a finding (run only in sentences holding its triggers)
    any_praise: Prefiltered | None


def _absent_spec(vid: str, raw: dict, patterns: list[str] | None) -> FlagSpec | None:
    if not patterns:
        return None
    return FlagSpec.from_data(vid, "themes", {**raw, "present": [], "absent": patterns})


@lru_cache(maxsize=1)
def _themes() -> list[_Theme]:
    out = []
    for vid, raw in _raw().items():
        raw = {k: v for k, v in raw.items() if k not in ("heading", "absent_verdict")} | {
            "holders": raw.get("holders", HOLDERS),
            "_heading": raw.get("heading"),
            "_verdict": raw.get("absent_verdict") or [],
        }
        praise = list(raw.get("absent") or [])
        verdict = raw.pop("_verdict")
        heading = raw.pop("_heading")
        both = praise + verdict
        out.append(
            _Theme(
                present=FlagSpec.from_data(vid, "themes", {**raw, "absent": []}),
                praise=_absent_spec(vid, raw, praise),
                verdict=_absent_spec(vid, raw, verdict),
                heading=re.compile(r"\b(?:" + heading + r")", re.I) if heading else None,
                any_praise=Prefiltered.compile(alternatives_source(both), re.I) if both else None,
            )
        )
    return out


# A finding announced by a label at the start of a line, inside a part the reader named otherwise
# ("Learning point 3: ...", "Theme 2 -", "Thread 4", "Even better if ..."): it runs to the next label,
# or to the next part that only recommends or introduces.
_FINDING_LABEL = re.compile(
    r"^[ \t]*(?:(?:key )?(?:findings?|learning points?|lessons?|themes?|threads?|key practice episodes?)"
    r"\s*\d+\b|even better if|what (?:did not|didn't) (?:work|go) well|areas? for (?:improvement|development))",
    re.I | re.M,
)


def _labelled_findings(doc: Doc, secs: list) -> list[tuple[int, int]]:
    starts = [m.start() for m in _FINDING_LABEL.finditer(doc.text)]
    if not starts:
        return []
    stops = sorted(s.start for s in secs if s.name in STOP_SECTIONS)
    out = []
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(doc.text)
        later = [x for x in stops if x > start]
        if later:
            end = min(end, later[0])
        out.append((start, end))
    return out


def _merge(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def finding_ranges(doc: Doc) -> list[tuple[int, int]] | None:
    """Where findings are read: each findings/learning/analysis part, running on over the parts
    under it that the reader named otherwise (a finding headed "The children's father" is read
    as a family section) up to the next part that only introduces, describes the method, tells
    the story or recommends; answers to the terms of reference count as findings. With no such
    part: the report less its introduction, method and recommendations (None: all of it)."""
    secs = sorted(doc.sections, key=lambda s: s.start)
    out = [] if _plain_only(secs) else _section_ranges(secs)
    if not out:
        # no findings part the reader named, or only plainly headed ones: a plain findings heading
        # the reader did not mark ends the introduction it fell in
        split = _split_at_plain(doc, secs)
        if split is not secs:
            secs = split
            out = [] if _plain_only(secs) else _section_ranges(secs)
    if out:
        # headings the reader did not style (a .docx whose contents list is styled but whose parts
        # are plain bold lines): read the text's own "PART 5: ANALYSIS" lines as well
        extra = _text_sections(doc, secs)
        if extra:
            out = _merge(out + _section_ranges(extra))
    out = _merge(out + _labelled_findings(doc, secs))
    if out:
        return out
    skip = sorted((s.start, s.end) for s in secs if s.name in NOT_FINDINGS)
    if not skip:
        return None
    pos = 0
    for start, end in skip:
        if start > pos:
            out.append((pos, start))
        pos = max(pos, end)
    if pos < len(doc.text):
        out.append((pos, len(doc.text)))
    return out or None


_PLAIN = re.compile(r"\bwhat\b[^\n]*\b(?:found|learn(?:ed|t))\b", re.I)


def _plain_only(secs: list) -> bool:
    """The report's findings parts are headed in plain words ("What we found", "What I have learned")."""
    named = [s for s in secs if s.name in THEME_SECTIONS]
    return bool(named) and all(_PLAIN.search(s.heading or "") for s in named)


# a plain findings heading in sentence case on a line of its own after a blank line ("What the review
# found"), which a text reader does not take for a heading
_PLAIN_LINE = re.compile(
    r"(?:^|(?<=\n\n))[ \t]*(?:\d{1,2}[.)]?\s+)?(What [^\n.]{4,50}?\b(?:found|find\?|learn(?:ed|t)))[ \t]*$", re.M
)


def _split_at_plain(doc: Doc, secs: list) -> list:
    """The sections with a part begun at each plain findings heading the reader did not mark
    (the part it fell in ends there)."""
    known = {s.start for s in secs}
    marks = [m for m in _PLAIN_LINE.finditer(doc.text) if m.start() not in known and canonical(m.group(1))]
    if not marks:
        return secs
    out = list(secs)
    for m in marks:
        at = m.start()
        name = canonical(m.group(1))
        for i, sec in enumerate(out):
            if sec.start < at < sec.end:
                out[i] = Section(name=sec.name, heading=sec.heading, start=sec.start, end=at)
                out.insert(i + 1, Section(name=name, heading=m.group().strip(), start=at, end=sec.end))
                break
        else:
            nxt = min([s.start for s in out if s.start > at], default=len(doc.text))
            out.append(Section(name=name, heading=m.group().strip(), start=at, end=nxt))
            out.sort(key=lambda s: s.start)
    return out


# a line that looks like a heading whatever its style: numbered or labelled ("PART 5:", "Section 6 -",
# "7.") or in capitals
_HEADING_TEXT = re.compile(
    r"^[ \t]*(?:(?:[Pp]art|PART|[Ss]ection|SECTION|[Cc]hapter|CHAPTER)\s+\w+\s*[-:.\u2013]?\s*|\d{1,2}[.)]?\s+)"
    r"[A-Za-z][^\n.]{1,80}$"
    r"|^[ \t]*[A-Z][A-Z' ,:&\-\u2013]{3,80}$",
    re.M,
)


# any heading phrase at all (most heading-like lines have none: canonical() is then not asked)
_ANY_CANONICAL = re.compile(r"\b(?:" + "|".join(re.escape(p) for _, ps in CANONICAL for p in ps) + ")", re.I)


def _text_sections(doc: Doc, secs: list) -> list:
    """Sections from heading-like lines of the text that the reader did not mark, when such a line
    names a findings, learning or analysis part (None when there is none)."""
    known = {s.start for s in secs}
    marks = []
    for m in _HEADING_TEXT.finditer(doc.text):
        line = m.group().strip()
        if len(line.split()) > 12:
            continue
        name = canonical(line) if _ANY_CANONICAL.search(line) else None
        if name is not None:
            marks.append((m.start(), name, line))
    if not any(name in THEME_SECTIONS for _, name, _ in marks) or all(start in known for start, _, _ in marks):
        return []
    return [
        Section(name=name, heading=line, start=start, end=marks[i + 1][0] if i + 1 < len(marks) else len(doc.text))
        for i, (start, name, line) in enumerate(marks)
    ]


# the document's title, alone or with the rest of its title line ("LEARNING BRIEF | LCSPR Child S | 2022",
# "INTERNAL LEARNING REVIEW: CHILD Q")
_TITLE = re.compile(
    r"\W*(?:(?:7|seven)[- ]minute )?"
    r"(?:(?:internal|single[- ]agency|multi[- ]agency|local|rapid|thematic|partnership) )?"
    r"learning (?:brief(?:ing)?|review|summary)(?:\W*$|\s*[|:\u2013\u2014-]\s*\S)",
    re.I,
)


def _section_ranges(secs: list) -> list[tuple[int, int]]:
    def finding(sec) -> bool:  # noqa: ANN001
        if _TITLE.match(sec.heading or ""):
            return False  # the document's title ("LEARNING BRIEFING"), not a part of it
        return sec.name in THEME_SECTIONS or (
            sec.name == "terms_of_reference" and bool(_ANSWERS.search(sec.heading or ""))
        )

    out: list[tuple[int, int]] = []
    i = 0
    while i < len(secs):
        if not finding(secs[i]):
            i += 1
            continue
        start, end = secs[i].start, secs[i].end
        j = i + 1
        while j < len(secs) and (finding(secs[j]) or secs[j].name not in STOP_SECTIONS):
            end = max(end, secs[j].end)
            j += 1
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
        i = j
    return out


_NUMBERING = re.compile(r"^\W*(?:\d+(?:\.\d+)*\.?|[A-Z][.)])\s+")
_VERB = fast_compile(r"\b(?:was|were|is|are|had|has|did|not|never)\b", re.I)


def _heading(text: str) -> bool:
    """A short verbless line: a heading that names a theme without saying anything about it."""
    if len(text) > 90 or text.lstrip().startswith(("-", "*", "\u2022")) or text.rstrip().endswith((";", ",")):
        return False  # a list item (terms of reference, a list of agencies), not a heading
    words = _NUMBERING.sub("", text).split()
    if not 0 < len(words) <= 7 or _VERB.search(text):
        return False
    # a line that ends like a sentence is a heading only when numbered or labelled ("4.3 Mr X.")
    return not text.rstrip().endswith((".", "!", "?")) or bool(_NUMBERING.match(text) or _FINDING_LABEL.match(text))


_BUT_NOT = fast_compile(r"\bbut (?:was |were |it was )?(?:not|never|rarely|seldom)\b", re.I)


def _statement(doc: Doc):  # noqa: ANN202
    """Praise counts as a statement, not a question ("Was information shared effectively?")
    nor a line of the terms of reference (answers to them, "Analysis against the terms of
    reference", are statements)."""
    tor = [
        (s.start, s.end)
        for s in doc.sections
        if s.name == "terms_of_reference" and not _ANSWERS.search(s.heading or "")
    ]

    def ok(sent) -> bool:  # noqa: ANN001
        if sent.text.rstrip().endswith("?") or _BUT_NOT.search(sent.text):
            return False  # a question, or praise taken back ("her voice was recorded but not heard")
        return not any(a <= sent.start < b for a, b in tor)

    return ok


# "Invisible father: F never seen" is a finding; "Information sharing: good" or "Fathers: n/a" is not
_LABEL_VERDICT = re.compile(
    r"[ \t]*:\s*(?:good|well|effective|timely|strong|none|no concerns?|n/?a|nil|-|not a factor)\b", re.I
)
MAX_EVIDENCE = 3
# the review saying what it looked into ("the review considered whether workload played a part",
# "looked carefully at whether information was passed on"), unless the sentence goes on to its answer
_ASKED_WHETHER = re.compile(
    r"\b(?:considered|explored|examined|looked|asked|checked|tested|reviewed)(?: \w+ly)?(?: at| about| into)? whether\b"
    r"(?![^.]*(?:[;:]|\b(?:and|but) (?:it |we |the review |they )?(?:found|concluded)\b))",
    re.I,
)


# "nobody checked whether ...", "did not test whether" is the finding itself (a claim not verified), not
# the review saying what it looked into
_NEGATED = re.compile(r"\b(?:not|never|no one|nobody|no-one|no \w+|n't)(?: \w+){0,2} $", re.I)


def _asked_whether(text: str) -> bool:
    return any(
        not (
            m.group().lower().startswith(("checked", "tested"))
            and _NEGATED.search(text[max(0, m.start() - 40) : m.start()])
        )
        for m in _ASKED_WHETHER.finditer(text)
    )


def _findings(theme: _Theme, doc: Doc, ranges: list[tuple[int, int]] | None) -> Suggestion | None:
    """``present`` from the theme's phrasings in the findings: up to three sentences (scanning
    stops there), none of them praise."""
    seen: set[int] = set()
    spans: list[Span] = []
    rule = ""
    praise = theme.any_praise
    # only the alternatives whose triggers occur in the report (the others find nothing), in order
    for i, alt in group_of(theme.present.present_alternatives(doc)).active(doc):
        for m in alt.finditer(doc, ranges):
            sent = doc.sentence_at(m.start())
            if sent is None or sent.start in seen:
                continue
            seen.add(sent.start)
            if (
                praise is not None
                and praise.in_sentence(doc, doc.sentence_index(sent.start))
                and not _BUT_NOT.search(sent.text)
            ):
                continue
            if theme.present.exclude is not None and theme.present.exclude.search(sent.text):
                continue
            if "whether" in sent.text and _asked_whether(sent.text):
                continue
            if _LABEL_VERDICT.match(doc.text, m.end()):
                continue
            spans.append(Span(sent.start, sent.end, sent.text))
            rule = rule or f"r{i}"
            if len(spans) >= MAX_EVIDENCE:
                break
        if len(spans) >= MAX_EVIDENCE:
            break
    if not spans:
        return None
    spans.sort(key=lambda sp: sp.start)
    confidence = min(0.95, 0.6 + 0.1 * len(spans))
    return Suggestion("present", confidence, spans, f"rule:themes/{theme.present.variable}.present.{rule}")


class ThemesComponent:
    name = "themes"

    def __call__(self, doc: Doc, result: Extraction) -> None:
        ranges = finding_ranges(doc)
        headings = None
        statement = _statement(doc)
        for theme in _themes():
            if theme.verdict is not None:
                verdict = evaluate_flag(theme.verdict, doc, ranges=None, theme=True, sentence_filter=statement)
                if verdict is not None and verdict.value == "absent":
                    # the review's own verdict outweighs findings about single episodes
                    result.case[theme.present.variable] = verdict
                    continue
            s = _findings(theme, doc, ranges)
            if s is None and theme.heading is not None:
                if headings is None:
                    headings = [
                        sent
                        for sent in doc.sentences
                        if (ranges is None or any(a <= sent.start < b for a, b in ranges)) and _heading(sent.text)
                    ]
                titled = [h for h in headings if theme.heading.search(h.text)]
                if titled:
                    spans = [Span(h.start, h.end, h.text) for h in titled[:2]]
                    s = Suggestion("present", 0.6, spans, f"rule:themes/{theme.present.variable}.present.heading")
            if theme.praise is not None and (s is None or all(_heading(span.text) for span in s.evidence)):
                # praise outweighs a finding seen only in headings ("4.4 Professional curiosity")
                s = evaluate_flag(theme.praise, doc, ranges=None, theme=True, sentence_filter=statement) or s
            if s is not None and s.value in ("present", "absent"):
                result.case[theme.present.variable] = s
