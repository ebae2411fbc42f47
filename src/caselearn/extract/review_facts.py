"""Review facts: type, partnership, region, publication and incident years, review model,
number of recommendations."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from caselearn.documents.metadata import MONTH_NAMES, denied_review_types
from caselearn.extract.guard import fast_compile
from caselearn.extract.ids import roles
from caselearn.extract.lexicon import load_data
from caselearn.extract.model import Extraction, Span, Suggestion
from caselearn.extract.prefilter import Prefiltered
from caselearn.extract.text import YEAR, Doc, Sentence

HEAD = 1200
FRONT = 4000  # the front pages, where a document says what kind of review it is (or is not)
MONTHS = "|".join(MONTH_NAMES)
INCIDENT_CUES = fast_compile(
    r"\b(?:died|death|killed|murder\w*|found (?:dead|unresponsive|collapsed)|took (?:his|her|their) own life|"
    r"admitted|taken to hospital|brought to|injur\w+|fractures?|stabbed|assaulted|harmed|incident|SIN|"
    r"notification|was found)\b",
    re.I,
)


@lru_cache(maxsize=1)
def _data() -> dict:
    d = load_data("review")
    return {
        "review_type": [(v, fast_compile(p, re.I)) for v, p in d["review_type"]],
        "review_model": [(v, Prefiltered.compile(p, re.I)) for v, p in d["review_model"]],
        "partnership": re.compile(d["partnership"]["pattern"]),
        "canonical": d["partnership"]["canonical"],
        "drop": set(d["partnership"]["drop_words"]),
        "publication": [fast_compile(p, re.I) for p in d["publication"]],
        "rec_heading": re.compile(d["recommendations_heading"], re.I | re.M),
        "rec_item": re.compile(d["recommendation_item"], re.M),
        "regions": _regions(),
    }


def _regions() -> list[tuple[str, Prefiltered]]:
    out = []
    for value, phrases in load_data("regions")["phrases"].items():
        explicit = [p for p in phrases if re.search(r"north|south|east|west|midlands|yorkshire|london|wales", p)]
        places = [p for p in phrases if p not in explicit]
        if explicit:
            out.append((value, Prefiltered.compile(r"\b(?:" + "|".join(explicit) + r")\b", re.I)))
        if places:  # a place as a name ("Derbyshire") or in a line set in capitals ("(DERBYSHIRE)")
            # (not a heading's word: "FURTHER READING")
            capitals = [re.sub(r"(?<!\\)[a-z]", lambda c: c.group(0).upper(), p) for p in places if p != "reading"]
            names = [p[0].upper() + p[1:] for p in places] + capitals
            out.append((value, Prefiltered.compile(r"\b(?:" + "|".join(names) + r")\b")))
    return out


def _span(doc: Doc, m: re.Match[str], group: int | str = 0) -> Span:
    return Span(m.start(group), m.end(group), doc.text[m.start(group) : m.end(group)])


def first_match(doc: Doc, table: list[tuple[str, re.Pattern[str]]], head: int | None) -> tuple[str, Span] | None:
    area = doc.text[:head] if head else doc.text
    best: tuple[int, str, Span] | None = None
    for value, pattern in table:
        m = pattern.search(area)
        if m and (head or best is None or m.start() < best[0]):
            if head:
                return value, _span(doc, m)
            best = (m.start(), value, _span(doc, m))
    return (best[1], best[2]) if best else None


def _title_lines(doc: Doc, most: int = 12) -> list[tuple[int, str]]:
    """The short lines of the title block, up to the first paragraph of running text."""
    out: list[tuple[int, str]] = []
    pos = 0
    for line in doc.text[:3000].splitlines(keepends=True):
        start, pos = pos, pos + len(line)
        text = line.strip()
        if not text:
            continue
        if len(text.split()) >= 25 or len(out) >= most:
            break
        out.append((start, line))
    return out


def _title_block_type(doc: Doc, table: list[tuple[str, re.Pattern[str]]]) -> Suggestion | None:
    """The kind the title block names, line by line: a statutory kind on any title line first
    (a subtitle may call an LCSPR "a learning review"), else another named kind ("Concise Child
    Practice Review", "Multi-agency learning review (non-statutory)")."""
    lines = _title_lines(doc)
    # a title wrapped over two lines ("Local Child Safeguarding Practice" / "Review - Kai", as a
    # PDF's large title type breaks it): the two read as one, after the single lines
    pairs = [
        (start, f"{line.rstrip()} {after.rstrip()}", next_start, after.rstrip())
        for (start, line), (next_start, after) in pairwise(lines)
        if not line.rstrip().endswith((".", ":", ";", "?", "!"))
    ]
    for statutory in (True, False):
        for start, line in lines:
            for value, pattern in table:
                if (value != "other") != statutory:
                    continue
                m = pattern.search(line)
                if m:
                    span = Span(start + m.start(), start + m.end(), m.group(0))
                    return Suggestion(value, 0.9, [span], f"rule:review/type.{value}.title_line")
        for start, joined, next_start, after in pairs:
            for value, pattern in table:
                if (value != "other") != statutory:
                    continue
                m = pattern.search(joined)
                if m and m.end() > len(joined) - len(after):  # only what the wrapping hid
                    end = next_start + len(after)
                    span = Span(start, end, doc.text[start:end])
                    return Suggestion(value, 0.85, [span], f"rule:review/type.{value}.title_wrapped")
    return None


# A title that calls the document a digest of learning or a notification record rather than a review report.
_DIGEST_TITLE = re.compile(
    r"\b(?:learning (?:summary|briefing|brief|bulletin|note|poster)|(?:7|seven)[- ]minute (?:learning )?briefing)\b",
    re.I,
)
_NOTIFICATION_TITLE = re.compile(r"\b(?:serious incident notification|record of (?:the )?notification)\b", re.I)
# A digest of a review that was done: it follows a rapid review or accompanies the full report.
_DIGEST_OF_REVIEW = re.compile(
    r"\brapid review\b|\b(?:accompan\w+|summari[sz]\w*|summary of) (?:the |a |our )?(?:full|published|main)\b|"
    r"\bfull (?:report|review) (?:is|was|has been|can be) (?:published|available)",
    re.I,
)


def review_type(doc: Doc) -> Suggestion | None:
    table = _data()["review_type"]
    # a kind the front pages say this is not ("This is not an LCSPR") is never chosen
    denied = denied_review_types(doc.text[:FRONT], table)
    table = [(value, pattern) for value, pattern in table if value not in denied]
    titled = _title_block_type(doc, table)
    if titled is not None:
        return titled
    for start, line in _title_lines(doc, 4):
        m = _NOTIFICATION_TITLE.search(line) or _DIGEST_TITLE.search(line)
        if m and (m.re is _NOTIFICATION_TITLE or not _DIGEST_OF_REVIEW.search(doc.text)):
            # a notification record, or a learning summary issued in place of a review (no rapid review
            # behind it, no full report it accompanies): a later mention of an LCSPR is not what it is
            span = Span(start + m.start(), start + m.end(), m.group(0))
            return Suggestion("other", 0.7, [span], "rule:review/type.other.digest_title")
    meta = doc.metadata.get("review_type")
    if denied and meta == "other" or meta in denied:
        meta = None  # the reader's "other" for a denied kind is decided below, with the denial as evidence
    title_end = sum(len(line) + 1 for line in doc.text.splitlines()[:6])
    head = first_match(doc, table, min(HEAD, title_end))
    if head and head[0] in ("rapid_review", "national_review", "thematic_review") and head[0] != meta:
        # the title block names a specific kind ("National review into ...") the reader missed
        return Suggestion(head[0], 0.9, [head[1]], f"rule:review/type.{head[0]}.title")
    if meta in dict(table):
        m = dict(table)[meta].search(doc.text)
        return Suggestion(meta, 0.85, [_span(doc, m)] if m else [], f"rule:review/type.{meta}.reader")
    found = first_match(doc, table, HEAD)
    if found:
        return Suggestion(found[0], 0.9, [found[1]], f"rule:review/type.{found[0]}.title")
    # no name in the title block: the most frequent kind in the text
    counts = {v: len(p.findall(doc.text)) for v, p in table}
    value = max(counts, key=lambda v: counts[v])
    if counts[value]:
        m = dict(table)[value].search(doc.text)
        return Suggestion(value, 0.6, [_span(doc, m)], f"rule:review/type.{value}.body")
    if denied:  # says what it is not and names no other kind: some other kind of review or report
        start, end = min(denied.values())
        return Suggestion("other", 0.6, [Span(start, end, doc.text[start:end])], "rule:review/type.other.denied")
    return None


_CAPS_LINE = re.compile(r"\b[A-Z][A-Z'’-]+(?:[ \t]+(?:&[ \t]+)?[A-Z][A-Z'’-]+)+\b")
_SMALL_WORDS = {"AND": "and", "UPON": "upon", "ON": "on", "OF": "of", "THE": "the"}


def _uncapped(text: str) -> str:
    """Lines set in capitals written as title case, same length ("WESTMARCH AND OLDHAVEN SAFEGUARDING
    CHILDREN PARTNERSHIP" -> "Westmarch and Oldhaven Safeguarding Children Partnership")."""

    def line(m: re.Match[str]) -> str:
        return re.sub(
            r"[A-Z][A-Z'’-]+",
            lambda w: _SMALL_WORDS.get(w.group(0)) or w.group(0)[0] + w.group(0)[1:].lower(),
            m.group(0),
        )

    return _CAPS_LINE.sub(line, text)


def partnership(doc: Doc) -> Suggestion | None:
    d = _data()
    meta = doc.metadata.get("partnership")
    if meta:
        place = re.sub(
            r"\s*(?:Local |Regional |Children'?s )*Safeguarding.*$|\s+(?:LSCB|SCP|LSCP)$", "", str(meta)
        ).strip()
        # the reader may run a title line into the name ("... in respect of Noel and Ivy" + "Greystone"):
        # trust it only when the body writes the place as one run of text
        place = re.sub(r"(?<=\s)(And|Upon|On)(?=\s)", lambda w: w.group(1).lower(), place)  # "Brennock And Oldfield"
        if place and re.search(re.escape(place).replace(r"\ ", r"[ \t]+"), doc.text, re.I):
            pos = doc.text.find(place)
            ev = [Span(pos, pos + len(place), place)] if pos >= 0 else []
            return Suggestion(d["canonical"].format(place=place), 0.85, ev, "rule:review/partnership.reader")
    for m in d["partnership"].finditer(_uncapped(doc.text[: max(HEAD * 3, len(doc.text) // 4)])):
        words = m.group("place").replace("&", "and").split()
        while words and words[0] in d["drop"]:
            words = words[1:]
        while words and words[-1] in d["drop"]:
            words = words[:-1]
        if not words:
            continue
        place = " ".join(w if not w.isupper() or len(w) <= 1 else w.title() for w in words)
        if place.lower() in ("child", "children", "national"):
            continue
        name = d["canonical"].format(place=place)
        return Suggestion(name, 0.85, [_span(doc, m)], "rule:review/partnership")
    return _partners_place(doc)


_PLACE = r"(?P<place>[A-Z][a-z'’-]+(?:[ \t](?:and|upon|on)[ \t][A-Z][a-z'’-]+|[ \t][A-Z][a-z'’-]+)?)"
# The partnership named only by its place: "the Ashdon safeguarding partners", "the safeguarding partners in
# Kirkhallam", or the opening's "Northwold is a largely rural county" (a sentence that starts with the place)
PARTNERS_OF_PLACE = fast_compile(
    r"\b(?:the|by|for) " + _PLACE + r"[ \t](?:safeguarding|statutory) partners\b"
    r"|\bsafeguarding partners (?:in|for|of) " + _PLACE.replace("place", "place2") + r"\b"
)
PLACE_IS_AREA = fast_compile(
    r"(?:^|(?<=\n)|(?<=\. ))[ \t]*(?:\d+(?:\.\d+)*[ \t]+)?"
    + _PLACE.replace("place", "place3")
    + r" is (?:a|an) (?:[a-z-]+ ){0,3}(?:London )?(?:borough|county|city|town|unitary authority|district|"
    r"local authority|metropolitan borough)\b"
)
_NOT_PLACES = frozenset({"The", "This", "It", "Our", "Child", "Baby", "Young", "Each", "There", "Here", "What", "Who"})


def _partners_place(doc: Doc) -> Suggestion | None:
    """A partnership named by its place alone, in the opening quarter, as the canonical name."""
    head = doc.text[: max(HEAD * 3, len(doc.text) // 4)]
    for pattern in (PARTNERS_OF_PLACE, PLACE_IS_AREA):
        for m in pattern.finditer(head):
            group = next(g for g in ("place", "place2", "place3") if g in m.groupdict() and m.group(g))
            place = m.group(group)
            if place.split()[0] in _NOT_PLACES:
                continue
            name = _data()["canonical"].format(place=place)
            return Suggestion(name, 0.7, [_span(doc, m, group)], "rule:review/partnership.place")
    return None


# A place that is not the review's area: where someone else lives, where the family came from, a placement
# in another area ("Child S's father lives in London", "moved to Harrowfield from Bradford", "a children's home
# in another local authority area in the East of England"). A place "25 miles from home" is often in the same region.
ELSEWHERE_BEFORE = fast_compile(
    r"(?:\bfrom|(?:'s|\b(?:his|her|their|whose)) (?:\w+ )?(?:father|dad|mother|mum|grand\w+|aunt|uncle|cousin|"
    r"brother|sister|sibling|partner|relatives?)\b"
    r"[^.\n]{0,40}\b(?:lives?|living|lived|stays?|stayed|resides?|works?)\b[^.\n]{0,20}|\banother (?:local authority|"
    r"area|county|town|city|borough|region)\b[^.\n]{0,40}|\bout of (?:area|borough)\b[^.\n]{0,30}|"
    r"\b(?:police officer|worked|career)\b[^.\n]{0,30})\s+(?:the |a |an )?$",
    re.I,
)
# "Region: SW" in a template's header
REGION_FIELD = re.compile(r"\bRegion\s*[:\-–]\s*(NE|NW|SE|SW|EM|WM|EoE|EE|YH|Y&H|Y and H|L)\b")
REGION_CODES = {
    "NE": "north_east",
    "NW": "north_west",
    "SE": "south_east",
    "SW": "south_west",
    "EM": "east_midlands",
    "WM": "west_midlands",
    "EOE": "east_of_england",
    "EE": "east_of_england",
    "YH": "yorkshire_humber",
    "Y&H": "yorkshire_humber",
    "Y AND H": "yorkshire_humber",
    "L": "london",
}


def region(doc: Doc) -> Suggestion | None:
    """The first place in the opening third that is the review's own area (a region's name, or a large
    authority's): not where a relative lives, where the family came from or an elsewhere."""
    limit = min(len(doc.text), max(6000, len(doc.text) // 3))
    field = REGION_FIELD.search(doc.text, 0, min(limit, HEAD * 2))
    if field:
        value = REGION_CODES[field.group(1).upper()]
        return Suggestion(value, 0.75, [_span(doc, field)], f"rule:review/region.{value}")
    best: tuple[int, str, re.Match[str]] | None = None
    for value, pattern in _data()["regions"]:
        for m in pattern.finditer(doc, [(0, limit)]):
            if best is not None and m.start() >= best[0]:
                break
            line_start = doc.text.rfind("\n", 0, m.start()) + 1
            before = doc.text[max(line_start, m.start() - 80) : m.start()]
            if ELSEWHERE_BEFORE.search(before):
                continue
            best = (m.start(), value, m)
            break
    if best is None:
        return None
    return Suggestion(best[1], 0.75, [_span(doc, best[2])], f"rule:review/region.{best[1]}")


def publication_year(doc: Doc) -> Suggestion | None:
    area = doc.text[: max(HEAD * 2, 3000)]
    for pattern in _data()["publication"]:
        m = pattern.search(area)
        if m:
            # "Report date: November 2024 (published January 2025)": the publication on the same line wins
            line_end = area.find("\n", m.end())
            later = PUBLISHED_LATER.search(area, m.end(), line_end if line_end != -1 else len(area))
            if later:
                return Suggestion(int(later.group(1)), 0.85, [_span(doc, later)], "rule:review/publication_year")
            yy = m.groupdict().get("yy")
            year = int(m.group("year")) if m.group("year") else 2000 + int(yy)
            return Suggestion(year, 0.85, [_span(doc, m)], "rule:review/publication_year")
    # a date on a line of the title block ("Date: March 2011", "Final version, November 2022",
    # "Partnership - March 2024"), lines naming the report's own date first
    title = _title_lines(doc, most=15)
    lines = [(start, line) for start, line in title if not NOT_REPORT_DATE.search(line)]
    for labelled in (True, False):
        for start, line in lines:
            if labelled and not REPORT_DATE_WORDS.search(line):
                continue
            m = TITLE_DATE.search(line)
            if m:
                span = Span(start + m.start(), start + m.end(), m.group(0))
                return Suggestion(_title_date_year(m), 0.7, [span], "rule:review/publication_year.title_date")
    # a title line naming the report's date among events ("... NEGLECT Issued February 2024, following a
    # rapid review and a learning event"): a date no event word comes just before
    for start, line in title:
        if REPORT_DATE_WORDS.search(line) and (hit := _standalone_date(line, start)):
            return hit
    return _minutes_date(doc, title) or _run_together_title_date(doc) or _reviewers_statement_date(doc)


# the Welsh child practice review template closes with the reviewers' signed statement and its date:
# "Statement by Reviewer(s)" / "Reviewer 1: ... | Reviewer 2: ..." / "Date: 14 March 2024"
REVIEWERS_STATEMENT = fast_compile(r"^[ \t]*(?:\d+\.?[ \t]+)?Statement by (?:the )?Reviewer", re.I | re.M)
STATEMENT_DATE = re.compile(r"^[ \t]*Date[ \t]*:[ \t]*([^\n]{4,30})$", re.M)


def _reviewers_statement_date(doc: Doc) -> Suggestion | None:
    """The date the reviewers signed their statement, the last of the report's own dates."""
    m = REVIEWERS_STATEMENT.search(doc.text)
    if not m:
        return None
    d = STATEMENT_DATE.search(doc.text, m.end(), m.end() + 800)
    if not d:
        return None
    when = TITLE_DATE.search(d.group(1))
    if not when:
        return None
    span = Span(d.start(1) + when.start(), d.start(1) + when.end(), when.group(0))
    return Suggestion(_title_date_year(when), 0.6, [span], "rule:review/publication_year.reviewers_statement")


def _minutes_date(doc: Doc, title: list[tuple[int, str]]) -> Suggestion | None:
    """The minutes of a meeting (a rapid review meeting's) are dated by the meeting: "Rapid Review
    Meeting - Minutes ... Meeting date: 21/11/2025". A record that is not minutes keeps round 8's rule
    (its meeting is not its report)."""
    if not any(MINUTES_TITLE.search(line) for _, line in title):
        return None
    m = MEETING_DATE_FIELD.search(doc.text, 0, HEAD * 2)
    if not m:
        return None
    year = m.group(1) or m.group(2)
    return Suggestion(int(year), 0.7, [_span(doc, m)], "rule:review/publication_year.minutes")


def _run_together_title_date(doc: Doc) -> Suggestion | None:
    """A date standing alone in a title block that a PDF reader ran into the first paragraph
    ("Young Person J - ... Partnership | Produced following a rapid review | June 2025 Why this review ..."):
    the first long line's opening, a date after no preposition ("In March 2025 J was found" is an event)."""
    pos = short = 0
    for line in doc.text[:3000].splitlines(keepends=True):
        start, pos = pos, pos + len(line)
        if len(line.split()) < 25:
            short += bool(line.strip())
            if short > 15:
                return None
            continue
        return _standalone_date(line[:300], start)
    return None


def _standalone_date(head: str, start: int) -> Suggestion | None:
    """The first date in a title block's text that no event word or preposition comes just before."""
    for m in TITLE_DATE.finditer(head):
        before = head[max(0, m.start() - 60) : m.start()]
        # from the last word naming the report's date ("... INJURY Issued March 2024")
        labels = list(REPORT_ACT_WORDS.finditer(before))
        before = before[labels[-1].end() :] if labels else before
        if EVENT_DATE_BEFORE.search(before) or NOT_REPORT_DATE.search(before):
            continue
        span = Span(start + m.start(), start + m.end(), m.group(0))
        return Suggestion(_title_date_year(m), 0.6, [span], "rule:review/publication_year.title_date")
    return None


TITLE_DATE = re.compile(
    r"\b(?:" + MONTHS + r"),? ((?:19|20)\d\d)\b|\b\d{1,2}[/.]\d{1,2}[/.]((?:19|20)\d\d)\b"
    # "Date: 19/02/25": a two-figure year in a day/month/year date
    r"|\b\d{1,2}/\d{1,2}/(\d\d)(?![\d/]|\.\d)"
)


def _title_date_year(m: re.Match[str]) -> int:
    """A TITLE_DATE match's year: four figures after a month or in a full date, or a date's two figures."""
    return int(m.group(1) or m.group(2) or 2000 + int(m.group(3)))


REPORT_DATE_WORDS = fast_compile(r"\b(?:date|version|final|finalised|approved|report|published|issued)\b", re.I)
EVENT_DATE_BEFORE = fast_compile(
    r"(?:\b(?:in|on|since|from|by|until|during|between|of|and|to|before|after|when|aged?|early|late|mid)\W*|\(\s*)$",
    re.I,
)
RR_MEETING_FIELD = re.compile(
    r"(?:^|\|)[ \t]*(?:date of (?:the )?)?(?:RR|rapid review) meeting(?: date)?[ \t]*:[ \t]*(?:[^\n|:]{0,20}?)"
    r"(?:\b(?:" + MONTHS + r"),? ((?:19|20)\d\d)\b|\b\d{1,2}[/.]\d{1,2}[/.]((?:19|20)\d\d)\b"
    r"|\b\d{1,2}/\d{1,2}/(\d\d)(?![\d/]|\.\d))",
    re.I | re.M,
)
PUBLISHED_LATER = re.compile(r"\bpublished (?:in |on )?(?:\d{1,2} )?(?:(?:" + MONTHS + r") )?((?:19|20)\d\d)\b", re.I)
MINUTES_TITLE = re.compile(r"\bminutes\b", re.I)
MEETING_DATE_FIELD = re.compile(
    r"\b(?:meeting date|date of (?:the )?meeting)\s*[:\-–]?\s*(?:\d{1,2}[/.]\d{1,2}[/.]((?:19|20)\d\d)\b|"
    r"\d{1,2}(?:st|nd|rd|th)? (?:" + MONTHS + r") ((?:19|20)\d\d)\b)",
    re.I,
)
# the words a report's own date follows, without "date" itself ("RR meeting date: ..." is the meeting's)
REPORT_ACT_WORDS = fast_compile(r"\b(?:version|final|finalised|approved|report|published|issued)\b", re.I)
NOT_REPORT_DATE = fast_compile(
    r"\b(?:DOB|born|birth|incident|death|died|meeting|notif\w*|admitted|referral|injury|harm|event|period|scope|"
    r"timeframe)\b",
    re.I,
)


INCIDENT_LABEL = fast_compile(
    r"(?:date of (?:the )?(?:serious |notifiable |critical )?(?:incident|death|injury|event|harm)|incident date|"
    # a template field "Incident: methadone ingestion, 7 Nov 2025"
    r"date of harm|\b(?-i:Incident)(?=\s*:)|"
    # a briefing's field "When ......... April 2025"
    r"(?:^|(?<=\n))[ \t]*(?-i:When)(?=\s*:|[ \t.]{3,}))(?:\s*[:\-–]?\s*|[ \t.]{2,40}[:\-–]?\s*)"
    # a two-figure year only in a day/month/year date ("Incident date .... 18/03/24", "Incident: 19.12.24.")
    r"[^\n]{0,40}?(?:\b((?:19|20)\d\d)\b|\b\d{1,2}/\d{1,2}/(\d\d)(?![\d/]|\.\d)|\b\d{1,2}\.\d{1,2}\.(\d\d)(?![\d/]|\.\d))",
    re.I,
)
# Verbs that tell the incident itself, tried before the looser cues.
_STRONG_SOURCE = (
    r"\b(?:died|death of|was killed|(?:found|pronounced|declared) (?:dead|deceased)|took (?:his|her|their) own life|"
    r"(?:was|were) (?:found|admitted|taken to|brought to|rushed to|conveyed to)|sustained|suffered|disclosed|"
    r"told (?:his|her|their|a|the) (?:\w+ )?(?:teacher|nurse|mother|father|social worker|counsellor|police|friend)|"
    r"took (?:him|her|them) to (?:the )?(?:hospital|emergency|A&E|GP)|overdose|went missing|police found|"
    r"drowned|(?:was|were) (?:fatally |seriously |severely |badly )?(?:stabbed|shot|attacked|burned|scalded)|"
    r"collapsed|stopped breathing)\b"
)
STRONG_CUES = fast_compile(_STRONG_SOURCE, re.I)
_STRONG_CUES = Prefiltered.compile(_STRONG_SOURCE, re.I)
NOT_INCIDENT_YEAR = fast_compile(
    r"\b(?:since|born|birth|separated|until|between|Working Together(?: to Safeguard Children)?|Act|Regulations)\s*$",
    re.I,
)

NOT_INCIDENT_NEAR = fast_compile(r"\b(?:since|born|birth|DOB|D\.O\.B|separated|until|between)\b", re.I)


def _cue_years(doc: Doc, cues: Prefiltered, limit: int, published: int | None) -> list[tuple[int, Sentence]]:
    """(year, sentence) for each event year in the cue sentences that start before ``limit``."""
    out: list[tuple[int, Sentence]] = []
    found = cues.candidate_sentences(doc)
    for i in range(len(doc.sentences)) if found is None else found:
        sent = doc.sentences[i]
        if sent.start > limit:
            break
        if not cues.regex.search(sent.text):
            continue
        # a title line the reader ran into the first sentence ("Learning summary - published January
        # 2025 Why we did this review In March 2024 ..."): only the year the publishing word dates is out
        skip = 0
        dated = PUBLISHED_WORDS.search(sent.text)
        if dated:
            own = YEAR.search(sent.text, dated.end(), dated.end() + 30)
            if own is not None:
                if not cues.regex.search(sent.text, own.end()):
                    continue
                skip = own.end()
        for m in YEAR.finditer(sent.text, skip):
            year = int(m.group(1))
            before = sent.text[max(0, m.start() - 40) : m.start()]
            if NOT_INCIDENT_YEAR.search(before) or NOT_INCIDENT_NEAR.search(before[-25:]):
                continue
            if sent.text[m.end() : m.end() + 1] in ("-", "–") or (published is not None and year > published):
                continue
            if _DECISION_WORDS.search(before[-30:]):
                continue  # "the Chair agreed in January 2017 that the case met the criteria ... because Jess had died"
            if _AFTERMATH_WORDS.search(before[-30:]):
                continue  # "died 19/11/2017 ... stabbed by a young man who was convicted of murder in 2018"
            out.append((year, sent))
    return out


# The report's first narrative sentence opening on a date ("In August 2023 police forced entry ...",
# "On a Saturday afternoon in October 2016, ...", "Late in the evening of 11 March 2022 ..."), and the
# end of the period the review looked at ("The review period was June 2020 ... to December 2021", "to
# the incident (November 2021)"): the incident, or the latest of the candidate years.
DATED_OPENING = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\s+)?(?:(?:(?:Late|Early|Shortly|Just)\s+)?(?:[Ii]n|[Oo]n|[Dd]uring|[Oo]ver|[Aa]t)\b"
    # a clock time may come first: "At 23:52 on Friday 9 February 2024"
    r"(?:[^,.;:]|(?<=\d):(?=\d\d)){0,40}?\b((?:19|20)\d\d)\b"
    # a note opening on its month: "June 2024: Milo found drowsy ..."
    r"|(?:" + MONTHS + r") ((?:19|20)\d\d)\s*[:\-–]\s"
    # a template's narrative opening on the date itself: "28/02/2024 approx 06:40 the father called 999"
    r"|\d{1,2}/\d{1,2}/((?:19|20)\d\d)\b)"
)
PERIOD_END = re.compile(
    r"\b(?:review(?:ed)? period|period (?:under|of the|of) review|period (?:covered|considered|reviewed)|"
    r"time ?frame|scope of the review|review (?:covers|covered|considered|examined|looked at) (?:the period|"
    r"(?:multi-)?agency (?:involvement|contact|work)))\b"
    r"[^.;]{0,140}?\b(?:to|until|up to)\s+(?:the (?:date of the )?(?:incident|death|injur\w+|harm)\s*\(\s*)?"
    r"(?:(?:early|mid|late|the end of)\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:(?:" + MONTHS + r")\s+)?((?:19|20)\d\d)\b",
    re.I,
)
_PROCESS_WORDS = fast_compile(
    r"\b(?:review\w*|learning event|panel|partnership|commission\w*|publish\w*|notif\w*|practitioners|"
    r"convicted|sentenced|trial|inquest|court|LSCB|board|moved|separated|born|birth)\b",
    re.I,
)


def _story_years(doc: Doc, opening: int, published: int | None) -> list[tuple[int, Sentence]]:
    out: list[tuple[int, Sentence]] = []
    for sent in doc.sentences:
        if sent.start > opening:
            break
        if "\n" not in sent.text.strip() and len(sent.text.split()) >= 8:
            m = DATED_OPENING.match(sent.text)
            if m:
                year = int(m.group(1) or m.group(2) or m.group(3))
                if not _PROCESS_WORDS.search(sent.text) and (published is None or year <= published):
                    out.append((year, sent))
                break  # only the first sentence that opens on a date
    for p in PERIOD_END.finditer(doc.text, 0, min(len(doc.text), max(5000, len(doc.text) // 5))):
        if published is None or int(p.group(1)) <= published:
            out.append((int(p.group(1)), doc.sentences[doc.sentence_index(p.start())]))
    return out


# a birth that is itself the incident: a concealed pregnancy, a birth alone and unassisted (also the age's
# rule for a newborn harmed at its own birth: 0 months)
BIRTH_INCIDENT = re.compile(
    r"\b(?:concealed|undisclosed|hidden)\b[^.;]{0,40}\bpregnancy|\bunassisted birth|\bgave birth (?:\w+ ){0,2}alone"
    r"|\bborn (?:\w+ ){0,3}(?:in (?:a|the|her) (?:bathroom|toilet)|before arrival|alone)\b",
    re.I,
)
_DECISION_WORDS = fast_compile(
    r"\b(?:decided|agreed|concluded|commissioned|notified|held|convened|learning event|recall event)\b", re.I
)
_AFTERMATH_WORDS = fast_compile(r"\b(?:convicted|sentenced|jailed|trial|inquest|acquitted|pleaded guilty)\b", re.I)
PUBLISHED_WORDS = fast_compile(r"\b(?:published|publication|report date|submitted)\b", re.I)


def incident_year(doc: Doc, published: int | None) -> Suggestion | None:
    head = doc.text[:4000]
    m = INCIDENT_LABEL.search(head)
    if m:
        year = int(m.group(1)) if m.group(1) else 2000 + int(m.group(2) or m.group(3))
        if published is None or year <= published:
            return Suggestion(year, 0.75, [_span(doc, m)], "rule:review/incident_year.label")
    # the opening tells the story in order: of the years it gives for incident-like events, the
    # latest is the incident ("known since 2016 ... admitted in 2018 ... found dead in March 2021")
    opening = max(2500, len(doc.text) // 8)
    # a birth that is itself the incident ("born at home on 14 January 2026 following a concealed pregnancy")
    birth = BIRTH_INCIDENT.search(doc.text, 0, opening)
    if birth:
        sent = doc.sentence_at(birth.start())
        years = {int(y.group(1)) for y in YEAR.finditer(sent.text)} if sent is not None else set()
        if len(years) == 1 and (published is None or min(years) <= published):
            span = Span(sent.start, sent.end, sent.text)
            return Suggestion(years.pop(), 0.7, [span], "rule:review/incident_year.birth")
    years = _cue_years(doc, _STRONG_CUES, opening, published)
    years += _story_years(doc, opening, published)
    if years:
        year, sent = max(years, key=lambda t: t[0])
        return Suggestion(year, 0.7, [Span(sent.start, sent.end, sent.text)], "rule:review/incident_year.latest")
    limit = max(4000, len(doc.text) // 3)
    for cues in (STRONG_CUES, INCIDENT_CUES):
        found = _STRONG_CUES.candidate_sentences(doc) if cues is STRONG_CUES else None
        for i in range(len(doc.sentences)) if found is None else found:
            sent = doc.sentences[i]
            if sent.start > limit:
                break
            if not cues.search(sent.text):
                continue
            if PUBLISHED_WORDS.search(sent.text):
                continue
            for m in YEAR.finditer(sent.text):
                year = int(m.group(1))
                before = sent.text[max(0, m.start() - 40) : m.start()]
                if NOT_INCIDENT_YEAR.search(before) or NOT_INCIDENT_NEAR.search(before[-25:]):
                    continue
                if sent.text[m.end() : m.end() + 1] in ("-", "–"):
                    continue  # a period "2017-2018", not an event
                if published is not None and year > published:
                    continue
                return Suggestion(year, 0.7, [Span(sent.start, sent.end, sent.text)], "rule:review/incident_year")
            m = re.search(r"\b\d{1,2}/\d{1,2}/((?:19|20)\d\d)\b", sent.text)
            if m:
                return Suggestion(
                    int(m.group(1)), 0.7, [Span(sent.start, sent.end, sent.text)], "rule:review/incident_year.date"
                )
    return None


RR_HELD = fast_compile(
    r"\b(?:a|the) (?:rapid review|RR)(?: meeting)? (?:was |were )?(?:held|convened|took place|met)(?: on| in)?[ \t]+"
    r"(?:\d{1,2}(?:st|nd|rd|th)? )?(?:(?:" + MONTHS + r") )?((?:19|20)\d\d)\b",
    re.I,
)


def rapid_review_held(doc: Doc, published: int | None) -> Suggestion | None:
    """Where nothing dates the incident, the year its rapid review met ("Date of rapid review meeting:
    06/03/2023", "A rapid review was held in October 2023 after ..."): the review meets within weeks."""
    head = doc.text[:4000]
    m = RR_MEETING_FIELD.search(head) or RR_HELD.search(head)
    if not m:
        return None
    year = int(next(g for g in m.groups() if g))
    year = year + 2000 if year < 100 else year
    if published is not None and year > published:
        return None
    return Suggestion(year, 0.5, [_span(doc, m)], "rule:review/incident_year.rapid_review")


_BIRTH_WORDS = fast_compile(r"\b(?:born|birth|DOB|D\.O\.B)\b", re.I)


def incident_year_from_age(doc: Doc, spans: list[Span], published: int | None) -> Suggestion | None:
    """The year in the sentence that gives a child's age at the incident, when it gives one year
    ("was seven years and four months old when, on 23 March 2015, ...", "was six in October 2016
    when he was taken into hospital"): for a report whose opening dates no incident otherwise."""
    for span in spans:
        sent = doc.sentence_at(span.start)
        if sent is None or PUBLISHED_WORDS.search(sent.text) or _BIRTH_WORDS.search(sent.text):
            continue  # "Final report, published June 2025 ...", "Lily was born on ... and Mason on 3 June 2017"
        years = set()
        for m in YEAR.finditer(sent.text):
            before = sent.text[max(0, m.start() - 40) : m.start()]
            if NOT_INCIDENT_YEAR.search(before) or NOT_INCIDENT_NEAR.search(before[-25:]):
                continue
            if sent.text[m.end() : m.end() + 1] in ("-", "–") or sent.text[m.start() - 1 : m.start()] in ("-", "–"):
                continue  # a period "2017-2018", not an event
            years.add(int(m.group(1)))
        if len(years) == 1 and (published is None or min(years) <= published):
            span = Span(sent.start, sent.end, sent.text)
            return Suggestion(years.pop(), 0.6, [span], "rule:review/incident_year.age_sentence")
    return None


def review_model(doc: Doc) -> Suggestion | None:
    """The named review method: the methodology / introduction / terms of reference first, then
    the whole text. A method the report says it did not use ("it does not use Individual
    Management Reviews", "rather than a traditional SCR") does not count."""
    methods = doc.spans_of("methodology", "introduction", "terms_of_reference")
    area_text = doc.text
    table = _data()["review_model"]
    for start, end in methods or [(0, len(area_text))]:
        # "a hybrid methodology, combining elements of a systems approach with ...": a method of its own
        m = HYBRID.search(area_text, start, end)
        if m:
            return Suggestion("other", 0.7, [_span(doc, m)], "rule:review/model.other.hybrid")
    for value, pattern in table:
        for start, end in methods or [(0, len(area_text))]:
            m = _affirmed(doc, pattern, start, end)
            if m:
                return Suggestion(value, 0.75, [_span(doc, m)], f"rule:review/model.{value}")
    if methods:
        for value, pattern in table:
            m = _affirmed(doc, pattern, 0, len(area_text))
            if m:
                return Suggestion(value, 0.6, [_span(doc, m)], f"rule:review/model.{value}.body")
    return None


HYBRID = fast_compile(r"\b(?:hybrid|bespoke|blended)\s+(?:\w+\s+)?(?:model|methodology|approach|method)\b", re.I)
MODEL_DENIED = fast_compile(
    r"\b(?:not|no|nor|never|without|rather than|instead of|unlike|replac\w+|no longer)\b[^.;]{0,40}$", re.I
)


def _affirmed(doc: Doc, pattern: Prefiltered, start: int, end: int) -> re.Match[str] | None:
    """The first match of ``pattern`` in [start, end) that the sentence does not deny."""
    for m in pattern.finditer(doc, [(start, end)]):
        sent = doc.sentences[doc.sentence_index(m.start())]
        if MODEL_DENIED.search(doc.text[max(sent.start, m.start() - 60) : m.start()]):
            continue
        return m
    return None


_NUMBER_WORDS = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen".split()
_N = r"(\d{1,2}|" + "|".join(_NUMBER_WORDS) + r")"
STATED_COUNT = fast_compile(
    r"\b(?:makes?|made|contains?|sets? out|includes?|has|offers?|with (?:its|their)) "
    + _N
    + r" (?:\w+ )?recommendations\b"
    r"|\b" + _N + r" (?:\w+ )?recommendations (?:are|were|have been|has been) (?:made|set out|agreed)"
    r"|\bRecommendations\s*(?:\(|:)\s*" + _N + r"\b",
    re.I,
)
BANNER_HEADING = re.compile(
    r"[-=_~*]{5,}\s*(?:(?:PART|SECTION)[ \t]+\w+[ \t]*[-:\u2013.][ \t]*|\d{1,2}[.)]?[ \t]+)?"
    r"(?:RECOMMENDATIONS?|Recommendations?)[ \t]*\n?[ \t]*[-=_~*]{5,}[ \t]*\n?",
)
NEXT_SECTION = re.compile(r"^[ \t]*(\d{1,2})[.)]?[ \t]+[A-Z][^\n.;:]{0,60}$", re.M)
NO_RECOMMENDATIONS = fast_compile(
    r"\b(?:makes?|made|are|were|has|have) no (?:\w+ )?recommendations\b"
    r"|\bno recommendations (?:are|were|have been) made\b",
    re.I,
)
ACTION_LINE = re.compile(r"\b(?:should|must|will|shall|needs? to|to [a-z]+(?:-[a-z]+)?)\b")


def _stated_count(doc: Doc) -> tuple[int, Span] | None:
    """The number of recommendations the report says it makes ("The review makes five recommendations")."""
    m = STATED_COUNT.search(doc.text)
    if not m:
        return None
    raw = next(g for g in m.groups() if g).lower()
    value = int(raw) if raw.isdigit() else _NUMBER_WORDS.index(raw) + 1
    return value, _span(doc, m)


# an enumeration run inside a paragraph: "(1) ...; (2) ..." or "... training. 2. All agencies should ..."
# or "R1 CAMHS to ... R2 ED to ..."
INLINE_MARKER = re.compile(
    r"(?:^|(?<=[\s;:,.]))(?:\((\d{1,2})\)|(\d{1,2})[.)](?!\d)|R(\d{1,2})\b[.:)]?)[ \t]+(?=[A-Za-z(])", re.M
)


def _inline_run(body: str) -> int:
    """The longest run 1, 2, 3, ... of enumeration markers, in order, anywhere in the section."""
    want = 1
    for m in INLINE_MARKER.finditer(body):
        if int(m.group(1) or m.group(2) or m.group(3)) == want:
            want += 1
    return want - 1


def _recommendation_lines(body: str) -> int:
    """Lines of a recommendations section that each ask someone to act, up to the next heading."""
    count = 0
    for line in body.splitlines():
        text = line.strip()
        if not text:
            continue
        if count and len(text.split()) < 6 and not text.endswith((".", ";")):
            break  # the next heading
        if len(text.split()) >= 6 and ACTION_LINE.search(text):
            count += 1
    return count


GROUP_ITEM = re.compile(r"[ \t]*(\d{1,2})[.)]?[ \t]+\S")


def _grouped_count(body: str) -> int | None:
    """Recommendations numbered afresh under each owner's name ("Children's Services" 1, 2;
    "Police" 1, 2, 3): the items of every group. None unless two or more groups each start at 1."""
    groups: list[set[int]] = []
    for line in body.splitlines():
        text = line.strip()
        if not text:
            continue
        m = GROUP_ITEM.match(text)
        if m:
            if not groups:
                groups.append(set())
            groups[-1].add(int(m.group(1)))
        elif len(text.split()) <= 8 and not text.endswith((".", ";")):
            groups.append(set())  # an owner's name heading the next group
    groups = [g for g in groups if g]
    if len(groups) < 2 or any(min(g) != 1 for g in groups):
        return None
    return sum(len(g) for g in groups)


_LOWER_START = re.compile(r"[^A-Za-z\n]*[a-z]")


def recommendations_count(doc: Doc) -> Suggestion | None:
    d = _data()
    # (not a line in lower case: the end of a sentence that a PDF reader broke onto its own line, "...
    # on the implementation of these" / "recommendations.")
    headings = [h for h in d["rec_heading"].finditer(doc.text) if not _LOWER_START.match(h.group(0))]
    heading = None
    for h in reversed(headings):
        if h.start() > len(doc.text) // 4:
            heading = h
            break
    # a heading drawn between rules that the reader ran into one line with its neighbours
    # ("===== PART SIX: RECOMMENDATIONS =====", "----- PART E - RECOMMENDATIONS ----- R1. ...")
    banner = None
    for b in BANNER_HEADING.finditer(doc.text):
        banner = b
    if banner is not None and (heading is None or banner.start() > heading.start()):
        heading = banner
    sections = [s for s in doc.sections if s.name == "recommendations" and re.search(r"recommend", s.heading, re.I)]
    if heading is None and sections:
        start, end = sections[-1].start, sections[-1].end
    elif heading is not None:
        start = heading.end()
        nxt = re.compile(
            r"^[ \t]*(?:\d+[.)]?\s+)?(?:Appendix|Annex|Glossary|References|Conclusion|Next steps|"
            r"(?:End|Foot)?notes[ \t]*$)\b",
            re.M | re.I,
        )
        m = nxt.search(doc.text, start)
        end = m.start() if m else len(doc.text)
        if heading is banner:
            rule = re.compile(r"[-=_~*]{5,}").search(doc.text, start, end)
            end = rule.start() if rule else end
    else:
        stated = _stated_count(doc)
        if stated is None:
            return None
        return Suggestion(stated[0], 0.6, [stated[1]], "rule:review/recommendations_count.stated")
    body = doc.text[start:end]
    # the next numbered section heading ("5. Decision regarding an LCSPR") ends the list
    nxt_heading = NEXT_SECTION.search(body, 1)
    if nxt_heading and heading is not None:
        number = re.match(r"[ \t]*(\d+)[.)]?\s", heading.group(0))
        if number and nxt_heading.group(1) == str(int(number.group(1)) + 1):
            body = body[: nxt_heading.start()]
    if NO_RECOMMENDATIONS.search(body[:400]):
        return None
    # "Recommendation 3", "Recommendation B", "Recommendation IV", "R3"
    explicit = re.findall(r"(?m)^[ \t]*(?:Recommendation\s*(\d+|[A-Z]\b|[IVX]+\b)|R\s*(\d+)\b)", body)
    if explicit:
        # "R1 ... R2 ..." may run on inside a paragraph after the first
        count = max(len({a or b for a, b in explicit}), _inline_run(body))
    else:
        # a numbered lead-in ("4.1 The partnership recommends that:") is not a recommendation
        numbered = re.findall(r"(?m)^[ \t]*(\d{1,2})(?:\.\d+)?[.)]?[ \t]+\S(?![^\n]*:[ \t]*$)", body)
        top = [int(n) for n in numbered]
        # a numbered list restarts at 1 or continues the section's numbering (6.1, 6.2, ...)
        sub = re.findall(r"(?m)^[ \t]*\d{1,2}\.(\d{1,2})\s+\S", body)
        if len(set(sub)) >= 2:
            count = len(set(sub))
        elif top:
            count = _grouped_count(body) or len(set(top))
        else:
            count = len(re.findall(r"(?m)^[ \t]*(?:[•▪·*-]|[a-z][.)])\s+\S", body))
        # numbers run on inside a paragraph ("(1) ...; (2) ...", "1. ... 2. ..."): the run counts
        inline = _inline_run(body)
        if inline >= 2 and inline > count:
            count = inline
        if count == 0:
            # a list whose numbers the reader dropped (an HTML <ol>): one line per recommendation
            count = _recommendation_lines(body)
            stated = _stated_count(doc)
            # prose under the heading is weaker than the report's own statement of how many it makes
            if stated is not None and count <= 1:
                return Suggestion(stated[0], 0.6, [stated[1]], "rule:review/recommendations_count.stated")
    if count == 0:
        stated = _stated_count(doc)
        if stated is None:
            return None
        return Suggestion(stated[0], 0.6, [stated[1]], "rule:review/recommendations_count.stated")
    return Suggestion(
        count,
        0.7,
        [Span(start, min(end, start + 200), doc.text[start : min(end, start + 200)])],
        "rule:review/recommendations_count",
    )


class ReviewFactsComponent:
    name = "review_facts"

    def __call__(self, doc: Doc, result: Extraction) -> None:
        r = roles()
        kind = review_type(doc)
        out = {
            r.review_type: kind,
            r.partnership: partnership(doc),
            r.region: region(doc),
            r.publication_year: publication_year(doc),
            # a rapid review follows the Panel's process, not a named review model
            r.review_model: None if kind is not None and kind.value == "rapid_review" else review_model(doc),
            r.recommendations_count: recommendations_count(doc),
        }
        published = out[r.publication_year].value if out[r.publication_year] else None
        out[r.incident_year] = incident_year(doc, published) or rapid_review_held(doc, published)
        result.review.update({k: v for k, v in out.items() if v is not None})
