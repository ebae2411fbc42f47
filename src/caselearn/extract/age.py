"""Age at the incident in whole months, from every way reports say it, and the age band."""

from __future__ import annotations

import re
from datetime import date

from caselearn.codebook import load as load_codebook
from caselearn.documents.metadata import MONTH_NAMES
from caselearn.extract.children import child_sentence_indexes, entry_openings
from caselearn.extract.guard import fast_compile
from caselearn.extract.ids import roles
from caselearn.extract.model import ChildResult, Extraction, Span, Suggestion
from caselearn.extract.prefilter import Prefiltered, active_rows, register, required_literals
from caselearn.extract.review_facts import BIRTH_INCIDENT, incident_year_from_age
from caselearn.extract.someone_else import RELATIVE_DEATH
from caselearn.extract.text import Doc, compiled

WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
}
# "twenty-two months", "twenty one weeks"
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
WORDS.update({f"twenty{sep}{w}": 21 + i for i, w in enumerate(_UNITS) for sep in ("-", " ")})
WORDS["thirty"] = 30
NUM = r"(?:\d{1,2}|" + "|".join(sorted(WORDS, key=len, reverse=True)) + r")"
APPROX = (
    r"(?P<approx>just under|almost|nearly|just over|over|about|around|approximately|a little (?:more|less) than)?\s*"
)
# "Age:", "Age at time of incident:", "age at death"
AGE_LABEL = (
    r"age(?: at (?:the )?(?:time of (?:the )?)?(?:incident|death|injury|harm|notification))?\s*(?::|\.{2,}|\||\t)?"
)
MONTHS = tuple(name.lower() for name in MONTH_NAMES)
DATE = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)? (" + "|".join(MONTH_NAMES) + r") ((?:19|20)\d\d)\b"
    r"|\b(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)\b"
    # "DOB 03/02/21", "14.09.2021", "14-09-2021": two-figure years only with slashes (a paragraph number
    # such as "4.3.21" is not a date)
    r"|\b(\d{1,2})(?:/(\d{1,2})/(\d\d)|[.-](\d{1,2})[.-]((?:19|20)\d\d))(?![\d/.-]\d)"
    # the year first, as a record system writes it: "2022-08-30"
    r"|\b((?:19|20)\d\d)-(0[1-9]|1[0-2])-([0-2]\d|3[01])\b(?![-/.]\d)"
)

_DAY_ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
DAY_WORDS = {w: i for i, w in enumerate(_DAY_ORDINALS, start=1)}
DAY_WORDS.update({f"twenty{sep}{w}": 20 + i for i, w in enumerate(_DAY_ORDINALS[:9], start=1) for sep in ("-", " ")})
DAY_WORDS.update({"thirtieth": 30, "thirty-first": 31, "thirty first": 31})
# a date told in words or with "of": "the fourteenth of February 2011", "21st of March 2019", "on the
# second of November 2014"; and the month first: "February 14, 2011", "March 3rd 2020"
DATE_WORDS = re.compile(
    r"\b(?:the )?(?P<d>"
    + "|".join(sorted(DAY_WORDS, key=len, reverse=True))
    + r"|\d{1,2}(?:st|nd|rd|th)?)(?: of|,)? (?P<mon>"
    + "|".join(MONTH_NAMES)
    + r"),? (?P<y>(?:19|20)\d\d)\b"
    r"|\b(?P<mon2>" + "|".join(MONTH_NAMES) + r") (?P<d2>\d{1,2})(?:st|nd|rd|th)?,? (?P<y2>(?:19|20)\d\d)\b",
    re.I,
)

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # "4 years and 10 months", "a 2-year-1-month-old girl", "a 5-year-and-3-month-old boy"
    (
        "years_months",
        re.compile(APPROX + r"(?P<y>" + NUM + r")[- ]years?(?: |, |-)(?:and[ -])?(?P<m>" + NUM + r")[- ]months?", re.I),
    ),
    ("ym_short", re.compile(r"\b(?P<y>\d{1,2}) ?(?:y|yrs?)\.? ?(?P<m>\d{1,2}) ?(?:months?|m|mths?|mos?)\b\.?")),
    ("y_short", re.compile(r"\b(?P<y>\d{1,2}) ?(?:y|yrs|y/o|yo)\b(?! ?\d)")),
    # "four months and one week old": the months, not the week after them
    (
        "months_weeks",
        re.compile(APPROX + r"(?P<m>" + NUM + r") months? and (?:a|" + NUM + r") weeks?(?:[- ]old| of age)", re.I),
    ),
    # not "reviewed 6-weekly"
    ("weeks", re.compile(APPROX + r"(?P<w>" + NUM + r")[- ](?:weeks?|wks?)\b(?:[- ]old| of age)?", re.I)),
    ("weeks_notation", re.compile(r"\b(?P<w>\d{1,2})/52\b")),
    ("months_notation", re.compile(r"\b(?P<m>\d{1,2})/12\b")),
    # a form's short month: "The younger child: 20 mths, boy"
    ("m_short", re.compile(r"\b(?P<m>\d{1,2}) ?(?:mths?|mos)\b\.?")),
    (
        "days",
        re.compile(
            r"\b(?P<d>" + NUM + r")[- ]days?[- ]old|\bnew-?born\b|\bneonates?\b|\b(?:aged|age of) " + NUM + r" days?\b"
            # "on day 23 of life": a baby's day count
            r"|\bday (?:[12]?\d|30) of (?:his |her |their )?life\b"
            r"|\b(?:died|found dead|was found dead) (?:\w+ ){0,2}(?:after (?:his |her |the )?birth|at birth|"
            r"the (?:next|same|following) day|hours later)",
            re.I,
        ),
    ),
    # "eleven and a half months old": the whole months; "six and a half weeks": the weeks' whole months
    # (an age, not a time: "old", "of age" or "aged" with it, never "for two and a half months")
    (
        "half_months",
        re.compile(
            # ... or a fraction: "10.5 months old", "6½ months old", "eleven and three-quarter months old"
            r"(?:\b(?P<lead>aged?|age of) )?" + APPROX + r"\b(?P<m>" + NUM + r")"
            r"(?: and a (?:half|quarter)| and three[- ]quarters?|\.\d{1,2}| ?[½¼¾])[- ]months?"
            r"(?P<tail>[- ]old| of age)?",
            re.I,
        ),
    ),
    (
        "half_weeks",
        re.compile(
            r"(?:\b(?P<lead>aged?|age of) )?"
            + APPROX
            + r"\b(?P<w>"
            + NUM
            + r")(?: and a half|\.5| ?½)[- ](?:weeks?|wks?)"
            r"(?P<tail>[- ]old| of age)?",
            re.I,
        ),
    ),
    # "just under two and a half": a month short
    (
        "half",
        re.compile(
            APPROX
            + r"\b(?P<y>"
            + NUM
            + r")(?: and a half(?: years?)?(?:[- ]old)?\b(?![- ](?:months?|weeks?|wks?|days?)\b)"
            # "2.5 years old", "7½-year-old"
            r"|(?:\.5| ?½)[- ](?:years?[- ]old|years? of age|year-old))",
            re.I,
        ),
    ),
    # not the months of "16 years 10 months)"
    (
        "months",
        re.compile(
            APPROX + r"(?<!years )(?<!year )(?<!years and )(?<!year and )(?<!years, )(?<!year-)(?<!year-and-)"
            r"\b(?P<m>" + NUM + r")[- ]months?"
            r"(?:[- ]old| of age|\))",
            re.I,
        ),
    ),
    (
        "months_aged",
        re.compile(
            r"(?:aged|"
            + AGE_LABEL
            + r"|at the age of|(?:toddler|baby|infant|girl|boy|child) of) "
            + APPROX
            + r"(?P<m>"
            + NUM
            + r") months?",
            re.I,
        ),
    ),
    # "3 years old", "a 3-year-old", "just over 3 years of age"
    (
        "years",
        # (not a plural: "weighing less than many six-year-olds" is other children)
        re.compile(
            APPROX + r"(?P<y>" + NUM + r")(?:[- ]years?[- ]old(?!s\b)| years? of age)|(?P<y2>\d{1,2})-year-old(?!s\b)",
            re.I,
        ),
    ),
    (
        "aged",
        re.compile(
            r"\b(?:aged|" + AGE_LABEL + r"|at the age of|teenager of|toddler of|"
            r"a (?:girl|boy|child|young (?:person|man|woman|lad)|teenage (?:girl|boy)) of) "
            + APPROX
            + r"(?P<y>"
            + NUM
            + r")\b(?! (?:weeks|months|days)| and a half (?:weeks|months|days))",
            re.I,
        ),
    ),
    (
        "was_n_when",
        re.compile(
            r"\b(?:was|had (?:just )?turned|turned) " + APPROX + r"(?P<y>" + NUM + r")(?: years)?"
            # "He was 16 in February 2024 when he was found ...": the time told before "when"
            r"(?: in (?:(?:early|late|mid-?) ?)?(?:(?:" + "|".join(MONTHS) + r") )?(?:19|20)\d\d,?)?"
            # ... a remark in brackets between: "who was thirteen (in Year 9 age group) at the time of the incident"
            r"(?: \([^()\n]{1,40}\))? (?:when|at the time)"
            # "who turned 14 shortly before the incident"
            r"|\b(?:had (?:just )?turned|turned) (?P<y3>" + NUM + r")(?: years)? (?:only |just |shortly |"
            r"(?P<off>a|"
            + NUM
            + r") (?P<unit>months?) |(?:a|"
            + NUM
            + r"|a few|a couple of) (?:days?|weeks?|fortnights?|months?) )"
            r"(?:before|earlier)\b"
            # "had turned 13 in the spring, when ...": the age at the incident that year
            # ... "who had turned five the previous month"
            r"|\b(?:had (?:just )?)?turned (?P<y4>"
            + NUM
            + r") (?:earlier that year|in the (?:spring|summer|autumn|winter)|"
            r"the (?:previous|preceding) (?:week|month)|the (?:week|month) before)\b",
            re.I,
        ),
    ),
    (
        "was_n",
        re.compile(
            r"\b(?:was|is|had (?:just )?turned|turned) (?:then )?"
            + APPROX
            + r"(?P<y>"
            + NUM
            + r")(?! and a half\b)(?![.,]\d)"
            r"(?=[.,;)]|$| and (?:a|an|in|at|of|attending|living|lived|had|was|would|has|is|attended|lives)\b"
            # ... the next child's age: "X was seven and Y was four"
            r"| and (?-i:(?:(?:Child|Baby|Twin) )?[A-Z][\w-]*) (?:was|is) " + NUM + r"\b)",
            re.I,
        ),
    ),
]
UNDER_ONE = (
    "under_one",
    re.compile(
        # ("just under a year old" is eleven months: the years pattern's)
        r"less than (?:a|one) year old|(?<!just )under (?:a|one) year(?: old)?|(?<!just )under twelve months"
        # "just a few weeks old": a baby, with no figure
        r"|\ba (?:few|couple of) (?:days|weeks|months) old|\b(?:only|just|mere) (?:days|weeks) old"
        # "died in her first year of life", "a child under the age of one" (not "in her first year at
        # secondary school"; "the day before her first birthday" is the birthday's)
        r"|\bin (?:his|her|their|the) first year(?: of life)?\b(?! (?:at|in|of|as)\b)"
        r"|\bunder the age of (?:one|1)\b(?! \d)",
        re.I,
    ),
)
ORDINALS = {
    w: i
    for i, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
        "fifteenth sixteenth seventeenth eighteenth".split(),
        start=1,
    )
}
BIRTHDAY = (
    "birthday",
    re.compile(
        r"(?:(?P<approx>just|shortly|a (?:few|couple of) (?:days|weeks))\s+)?(?:(?P<off>"
        + NUM
        + r") (?P<unit>days?|weeks?|months?) )?"
        # "had celebrated her seventeenth birthday": that age reached
        r"(?P<rel>after|past|beyond|before|since|following|on|short of|(?:had )?(?:just )?(?:celebrated|had))"
        # "short of R's 17th birthday": the name's possessive too
        # (a capitalised name, not "his brother's 10th birthday")
        r" (?:his|her|their|(?-i:(?:[A-Z][\w-]* )?[A-Z][\w-]*['’]s)) (?P<ord>"
        + "|".join(ORDINALS)
        + r"|\d{1,2}(?:st|nd|rd|th)) birthday",
        re.I,
    ),
)
# a family table's row, one child a row: "Child B (Ruby-Mae), female | 15 months | Home with mother"
PATTERNS.append(("months_cell", re.compile(r"\|[ \t]*(?P<m>\d{1,2})[ \t]*(?:months?|mths?)[ \t]*(?=\|)", re.I)))
PATTERNS.append(("years_cell", re.compile(r"\|[ \t]*(?P<y>\d{1,2})[ \t]*(?:years?|yrs?)[ \t]*(?=\|)", re.I)))
PATTERNS.insert(0, UNDER_ONE)
PATTERNS.insert(1, BIRTHDAY)
# the same patterns with their trigger words: a sentence is tried only with the patterns
# whose words it holds
# Explicit triggers where the derived ones are missing or too common (every match holds one of them):
# "weeks" has no derivable literal, "aged" would fall back to " of", "was_n_when" to "was ".
_TRIGGERS: dict[str, frozenset[str]] = {
    "weeks": frozenset({"week", "wk"}),
    "months_weeks": frozenset({"month"}),
    "aged": frozenset(
        {"age", "teenager of", "toddler of", "girl of", "boy of", "child of", "young person of"}
        | {"young man of", "young woman of", "young lad of"}
    ),
    "months_aged": frozenset({"age", "toddler of", "baby of", "infant of", "girl of", "boy of", "child of"}),
    "was_n_when": frozenset({" when", " at the time", "turned"}),
    "months_cell": frozenset({"|"}),
    "years_cell": frozenset({"|"}),
    # shorthand "2y 4m", "15 yrs": a digit, maybe a space, then "y"
    "ym_short": frozenset(f"{d}{sp}y" for d in range(10) for sp in ("", " ")),
    "y_short": frozenset(f"{d}{sp}y" for d in range(10) for sp in ("", " ")),
}


def _prefiltered(kind: str, pattern: re.Pattern[str]) -> Prefiltered:
    triggers = _TRIGGERS.get(kind) or required_literals(pattern.pattern, pattern.flags)
    register(triggers)
    return Prefiltered(pattern, triggers)


_PREFILTERED = [(kind, _prefiltered(kind, pattern)) for kind, pattern in PATTERNS]
# Gestation, not age: "born at 33 weeks", "34 weeks' gestation", "at 11/40".
GESTATION_BEFORE = re.compile(
    # (a comma ends it: "born at 33 weeks, three weeks old when she died" is an age after the gestation)
    r"(?:born (?:\w+ )?at|born on [^.;]{0,25}\bat|gestation(?:al age)? of|pregnant|pregnancy)\W*(?:\w+[^\w,;]+){0,2}$",
    re.I,
)
GESTATION_AFTER = re.compile(r"^\W*(?:['’]? ?gestation|pregnant|of pregnancy|into (?:the|her) pregnancy)", re.I)
# A length of time, not an age: "spent two weeks on the neonatal unit", "for six months",
# "three weeks later", "two months before the incident".
DURATION_BEFORE = re.compile(
    r"\b(?:spent|for|within|over|during|lasting|every|another|last|first|next|past|after|in the)\s*$", re.I
)
DURATION_AFTER = re.compile(
    # ... but "seven weeks after she was born", "ten days after his birth" is the age
    r"\s*(?:later|earlier|before|after(?! (?:(?:he|she|they|\w+) (?:was|were) born|(?:his|her|their) birth)\b)|"
    r"ago|previously|beforehand|on (?:the|a) |in (?:hospital|custody|care))\b",
    re.I,
)
# A wait, not an age: "CAMHS waiting times (then 34 weeks)", "a wait of six months", "waited 18 weeks for
# an assessment", "on the waiting list for 40 weeks".
WAIT_BEFORE = re.compile(r"\bwait(?:s|ed|ing)?\b(?: (?:times?|lists?|periods?))?[^.;]{0,45}$", re.I)
EVENT_VERB = re.compile(
    r"\b(?:died|death|was found|(?:was )?admitted(?= (?:to|on|in|with)\b)|was taken|was brought|"
    r"took (?:him|her|them) to|injur\w+|incident|"
    r"disclosed|was killed|hospital|emergency department|ambulance|collapsed|stopped breathing|unresponsive|"
    r"found|stabbed|assaulted|attacked|overdose|(?:reported|went) missing)\b",
    re.I,
)
WHEN_BEFORE = re.compile(
    r"\b(?:separated|split up|moved|left|started|began|stopped|ended|divorced|came into care|was removed|"
    # a routine contact in the history: "the new birth visit took place when Harley was 11 days old"
    r"was adopted|was placed|took place|was seen|was weighed|was immunised|visited|starting|beginning)\b"
    r"[^.;]{0,50}\b(?:when|since|until|after|before)(?:\s+\S+){0,3}\s*$",
    re.I,
)
_WHEN_JUST_BEFORE = re.compile(r"\bwhen\s+(?:\S+\s+){0,3}$", re.I)
# the start of something going on since: "caring for her mother since she was about ten"
SINCE_BEFORE = re.compile(r"\bsince (?:\S+\s+){1,3}(?:was|were)\s+(?:about |around |aged )?$", re.I)
# ... the age's own words opening the match: "since she was 13", "no contact since J was five", "a carer
# since approx. age 8"
SINCE_OPEN = re.compile(
    # ... or the end of a time long before: "on a methadone script until R was 4"
    r"\b(?:since|until|till)\s+(?:(?:approx\.?|approximately|about|around|roughly)\s+)?(?:(?:he|she|they|[A-Z][\w'’-]*)\s+)?$",
    re.I,
)
# an age at an earlier step of the history: "diagnosed with ADHD at the age of nine", "ADHD dx age 9",
# "first referred to CAMHS aged 12"
HISTORY_STEP_BEFORE = re.compile(
    # ... or the child's coming into care: "W came into care aged 11", "became looked after at the age of 9"
    r"\b(?:diagnosed|diagnosis|dx|first (?:referred|seen|assessed|known|excluded)|came into (?:foster )?care|"
    r"(?:was )?taken into care|entered care|became looked after|was accommodated)\b"
    r"(?:(?!injur|fractur|bleed|haemorrhag|bruis|burn)[^.;]){0,70}?(?:\b(?:at the age of|aged|age|at)\s*)?$",
    re.I,
)
# a measure's value, not an age: "The EPDS was 9", "her PHQ-9 score was 14"
SCORE_BEFORE = re.compile(
    r"\b(?:score|EPDS|PHQ-?9|GAD-?7|rating|level|total|reading|result|count)s?\s*(?:\w+\s*){0,2}$", re.I
)
_AGE_AT_OPENS = re.compile(r"(?:at the age of|aged?)\b", re.I)
_AGE_WORD_OPENS = re.compile(r"(?:was|were|age|aged)\b", re.I)
# a chronology entry's year beside the age: "CAMHS episode aged 14 (2022)", "- 2019: ... (aged 9)"
_YEAR_AFTER = re.compile(r"\s*\)?\s*[(,]\s*(?P<y>(?:19|20)\d\d)\s*\)")
_YEAR_LINE = re.compile(r"^\W*(?P<y>(?:19|20)\d\d)\s*[:\-–]")
OTHER_AFTER = re.compile(
    # "a four-year-old half-sister", "his 15-year-old stepbrother", "an older cousin"
    r"[ \t]*(?:(?:half|step|older|younger|elder|big|little|foster|adoptive)[- ]?)?"
    r"(?:man|woman|men|women|mother|father|partner|boyfriend|girlfriend|brother|sister|sibling|cousin|"
    r"adult|friend|perpetrator|stepfather|uncle|aunt|neighbou?r|"
    # a childcare term, not an age: "a funded two-year-old place", "the 2-year-old check"
    r"place|offer|funding|entitlement|check|review|development review|progress check|"
    # a routine contact at that age, not the child's age at the incident: "the new birth and six-week contacts"
    r"contact|visit|appointment|immunisation|vaccination|baby check|health check|assessment)s?\b"
    # ... with the contact's own words between: "the 6-8 week maternal and baby check", "the eight-week postnatal
    # review", "her 2 year developmental check"
    r"|[ \t]*(?:maternal|postnatal|post-natal|baby|infant|newborn|new-born|health|developmental)"
    r"(?:[ \t]+(?:maternal|postnatal|post-natal|baby|infant|newborn|new-born|health|developmental|and|&)){0,2}"
    r"[ \t]+(?:check|review|contact|visit|appointment|examination|assessment)s?\b",
    re.I,
)
OTHER_PERSON = re.compile(
    r"(?:(?i:mother|father|mum|dad|brother|sister|sibling|cousin|grand\w+|partner|aunt|uncle)|boy|girl|man|woman|"
    # a template's leader dots ("Mother ...... aged 9-11") do not end the phrase
    # plurals too: "his two younger sisters, aged 11 and 7", "her brothers' ages"
    r"perpetrator|friend|M|F)(?:'s|s'?)?\b(?:[^.;]|\.{2,}){0,25}$"
    # ... an apposition about the relation between: "Her mother, who is referred to here as Y, was sixteen"
    r"|(?i:mother|father|mum|dad|partner|boyfriend|girlfriend|aunt|uncle|cousin),[^,.;()\n]{8,70},[ \t]*"
    r"(?:(?:was|is|then|had been|aged?)[ \t]+){0,2}$"
)


def _other_after(text: str, pos: int) -> bool:
    """Another person or a childcare term just after an age ("a 31-year-old man", "the 2-year-old check"); a
    capitalised word there opens the next line or label of a list ("C2 - girl, 4 yrs 3 mths" / "Sibling (not a
    subject): ..."), run into one paragraph by the reader."""
    m = OTHER_AFTER.match(text, pos)
    return m is not None and not m.group(0).lstrip()[:1].isupper()


def _relation_named(text: str, pos: int, child: ChildResult | None) -> bool:
    """The relation after an age is the child itself, named right after it: "her nine-year-old brother,
    Child Y"."""
    m = OTHER_AFTER.match(text, pos)
    if m is None or child is None or not child.names:
        return False
    names = "|".join(re.escape(n) for n in child.names)
    return compiled(r",?[ \t]+(?:" + names + r")(?!\w)(?!['’]s)").match(text, m.end()) is not None


# an adult named by title and letter or surname: "Ms K was 17", "Mr Doyle, then 16"
TITLED_PERSON = re.compile(r"\b(?:Mr|Ms|Mrs|Miss|Mx|Dr)\.? [A-Z][\w'’-]*\b(?:[^.;]|\.{2,}){0,25}$")


def _other_before(window: str) -> bool:
    """Someone other than a child is the subject just before an age: a relation or a titled adult."""
    return OTHER_PERSON.search(window) is not None or TITLED_PERSON.search(window) is not None


def _num(text: str) -> int:
    text = text.lower()
    return int(text) if text.isdigit() else WORDS[text]


# "just under 4 months", "almost 12": a unit short of the number given
_UNDER_WORDS = ("just under", "almost", "nearly", "a little less than")


def _months(kind: str, m: re.Match[str]) -> int | None:
    approx = (m.groupdict().get("approx") or "").lower()
    under = approx in _UNDER_WORDS
    if kind == "birthday":
        raw = m.group("ord").lower()
        years = ORDINALS[raw] if raw in ORDINALS else int(re.sub(r"\D", "", raw))
        if m.group("rel").lower() in ("before", "short of"):
            return years * 12 - 1
        off = _num(m.group("off")) if m.group("off") else 0
        unit = (m.group("unit") or "").lower()
        extra = off if unit.startswith("month") else int(off * 7 / 30.4375) if unit.startswith("week") else 0
        return years * 12 + extra
    if kind in ("years_months", "ym_short"):
        return _num(m.group("y")) * 12 + _num(m.group("m"))
    if kind == "half_weeks":
        return int((_num(m.group("w")) + 0.5) * 7 / 30.4375)
    if kind in ("weeks", "weeks_notation"):
        weeks = _num(m.group("w"))
        months = int(weeks * 7 / 30.4375)
        return max(0, months - (1 if under and weeks * 7 / 30.4375 == months else 0))
    if kind == "days":
        return 0
    if kind == "half_months":
        return _num(m.group("m"))  # "just under nine and a half months" is still nine whole months
    if kind in ("months", "months_aged", "months_notation", "months_cell", "months_weeks", "m_short"):
        value = _num(m.group("m"))
        return max(0, value - 1) if under else value
    if kind == "half":
        return _num(m.group("y")) * 12 + 6 - (1 if under else 0)
    if kind in ("years", "aged", "was_n_when", "was_n", "y_short", "years_cell"):
        value = _num(
            m.group("y") or m.groupdict().get("y2") or m.groupdict().get("y3") or m.groupdict().get("y4") or "0"
        )
        # "had turned 13 a month before": 13 years and one month
        extra = _num(m.group("off")) if m.groupdict().get("off") else 0
        return value * 12 - 1 if under else value * 12 + extra
    return None


def band(months: int | None) -> str | None:
    if months is None:
        return None
    for limit, value in ((12, "under_1"), (72, "1_5"), (132, "6_10"), (192, "11_15")):
        if months < limit:
            return value
    return "16_plus"


def _dates(text: str) -> list[date]:
    return [d for _pos, d in _placed_dates(text)]


def _placed_dates(text: str) -> list[tuple[int, date]]:
    """Each date in the text with where it starts."""
    out = []
    for m in DATE.finditer(text):
        try:
            if m.group(1):
                d = date(int(m.group(3)), MONTHS.index(m.group(2).lower()) + 1, int(m.group(1)))
            elif m.group(4):
                d = date(int(m.group(6)), int(m.group(5)), int(m.group(4)))
            elif m.group(8):
                # a two-figure year: this century unless that would be in the future
                yy = int(m.group(9))
                year = 2000 + yy if 2000 + yy <= date.today().year else 1900 + yy
                d = date(year, int(m.group(8)), int(m.group(7)))
            elif m.group(12):
                d = date(int(m.group(12)), int(m.group(13)), int(m.group(14)))
            else:
                d = date(int(m.group(11)), int(m.group(10)), int(m.group(7)))
        except ValueError:
            continue
        out.append((m.start(), d))
    if any(name in text for name in MONTH_NAMES) and ("19" in text or "20" in text):
        seen = {pos for pos, _d in out}
        for m in DATE_WORDS.finditer(text):
            raw = (m.group("d") or m.group("d2")).lower()
            day = DAY_WORDS.get(raw) or int(re.sub(r"\D", "", raw) or 0)
            try:
                if m.group("mon"):
                    d = date(int(m.group("y")), MONTHS.index(m.group("mon").lower()) + 1, day)
                else:
                    d = date(int(m.group("y2")), MONTHS.index(m.group("mon2").lower()) + 1, day)
            except ValueError:
                continue
            # a figure date already read ("14 February 2011") is kept once
            if not any(abs(pos - m.start()) <= 4 for pos in seen):
                out.append((m.start(), d))
        out.sort(key=lambda t: t[0])
    return out


def _age_candidates(doc: Doc) -> frozenset[int] | None:
    """Sentences where some age pattern could match (None: any sentence could)."""
    key = ("age_candidates",)
    if key not in doc._trigger_cache:
        sets = [pattern.candidate_sentences(doc) for _n, (_kind, pattern) in active_rows(doc, _PREFILTERED)]
        doc._trigger_cache[key] = None if any(c is None for c in sets) else frozenset(i for c in sets for i in c)  # type: ignore[union-attr]
    return doc._trigger_cache[key]


# An age set beside the child's name: "Child K, 14, was ...", "Child Z (15)", "Child F (14, female)",
# "Child H (M, 8)", "Child R (2 years)". Tried on the text right after a mention of the child.
APPOSITIVE = re.compile(
    r"\s*(?:,\s*(?:then\s+)?(?:aged\s+)?(?P<y>\d{1,2})(?:\s*(?:years?|yrs?)(?: old)?)?\s*,(?!\s*(?:19|20)\d\d)"
    r"|\(\s*(?:(?:[MF]|male|female|boy|girl)\s*,\s*)?(?:aged\s+)?(?P<y2>\d{1,2})(?:\s*(?:years?|yrs?)(?: old)?)?"
    # ... "Priya (14, Year 9)"
    r"\s*(?:,\s*(?:[MF]|male|female|boy|girl)\s*)?(?:,\s*Year \d{1,2}\s*)?\)"
    # a list's entry: "- Child A - girl, 6", "Child C: boy, aged 9"
    r"|[ \t]*[-–:][ \t]*(?:(?:[MF]|male|female|boy|girl)[ \t]*,[ \t]*)?(?:aged[ \t]+)?(?P<y3>\d{1,2})"
    r"(?:[ \t]*(?:years?|yrs?)(?: old)?)?[ \t]*(?=\n|$|[,;.](?:\s|$))"
    r"|[ \t]*[-–:][ \t]*(?:(?:[MF]|male|female|boy|girl)[ \t]*,[ \t]*)?(?:aged[ \t]+)?(?P<n2>" + NUM + r")[- ]"
    r"(?P<unit2>months?|weeks?|days?)(?:[- ]old)?\b(?!\s+(?:later|earlier|before|after|ago|on|in)\b))"
    # "Baby W, 7 months, died", "Baby T, six weeks, was found", "(aged 10 weeks, male)"
    r"|\s*(?:,|\()\s*(?:then\s+)?(?:aged\s+)?(?P<n>" + NUM + r")[- ](?P<unit>months?|weeks?|days?)(?:[- ]old)?"
    r"\s*(?:,\s*(?:[MF]|male|female|boy|girl)\s*)?[,)]"
    # a table's row run into one line: "Baby B 5 months Male Asian British ...", the sex cell after the age
    r"|[ \t]+(?P<n3>\d{1,2})[ \t]+(?P<unit3>months?|weeks?|days?|years?)[ \t]+(?=(?-i:Male|Female|Boy|Girl|M|F)\b)"
    # a field listing the children, the sex then the age: "Children | D1, female, 6 years; D2, male, 22 months"
    r"|[ \t]*,[ \t]*(?:[MF]|male|female|boy|girl)[ \t]*,[ \t]*(?:aged[ \t]+)?(?P<n4>\d{1,2})[ \t]*"
    r"(?P<unit4>years?|yrs?|months?|mths?|weeks?|wks?)(?:[ \t]+old)?[ \t]*(?=[;.,)|]|$)",
    re.I | re.M,
)


# the age told before the name a report gives the child: "the older sister, who was six, is called Amelia", "the
# younger child, then aged 4, whom we call Bella"
_AGE_BEFORE_NAME = re.compile(
    r"\b(?:who was|(?:then )?aged) (?P<n>" + NUM + r")(?: years? old)?,? (?:is |will be |was |whom (?:we|I) (?:will )?)"
    r"(?:called|referred to as|known as|call|refer to as)(?: here| in this (?:report|review))? [\"“‘']?$",
    re.I,
)


def _appositive(doc: Doc, child: ChildResult, i: int) -> tuple[int, Span] | None:
    sent = doc.sentences[i]
    for mention in child.mentions:
        if not sent.start <= mention.start < sent.end:
            continue
        before = _AGE_BEFORE_NAME.search(doc.text, max(sent.start, mention.start - 80), mention.start)
        if before:
            years = _num(before.group("n"))
            if years <= 17:
                return years * 12, Span(before.start(), mention.end, doc.text[before.start() : mention.end])
        m = APPOSITIVE.match(doc.text, mention.end)
        if m and (m.group("n3") or m.group("n4")):
            n, unit = int(m.group("n3") or m.group("n4")), (m.group("unit3") or m.group("unit4")).lower()
            months = n * 12 if unit.startswith("y") else n if unit.startswith("m") else int(n * 7 / 30.4375)
            if months < ADULT_MONTHS:
                return months, Span(mention.start, m.end(), doc.text[mention.start : m.end()])
        elif m and (m.group("n") or m.group("n2")):
            n, unit = _num(m.group("n") or m.group("n2")), (m.group("unit") or m.group("unit2")).lower()
            months = n if unit.startswith("month") else int(n * 7 / 30.4375) if unit.startswith("week") else 0
            if months < 36:
                return months, Span(mention.start, m.end(), doc.text[mention.start : m.end()])
        elif m:
            years = int(m.group("y") or m.group("y2") or m.group("y3"))
            if years <= 19:
                return years * 12, Span(mention.start, m.end(), doc.text[mention.start : m.end()])
    return None


DOB_LINE = fast_compile(r"(?:\bDOB|\bD\.O\.B\.?|[Dd]ate of [Bb]irth|\b[Bb]orn(?: on)?)\s*[:\-–]?\s*[^\n]{0,40}", re.M)
EVENT_LINE = fast_compile(
    r"(?:[Dd]ate of (?:the )?(?:(?:[Ss]erious|[Cc]ritical|[Nn]otifiable) )?(?:[Ii]ncident|[Dd]eath|[Ii]njury|[Ee]vent|"
    # the child brought to hospital: "Date of presentation | 21/10/2024", "Date of hospital admission:"
    r"(?:[Hh]ospital )?[Aa]dmission|[Pp]resentation(?! (?:to|of|at) (?:the )?(?:[Bb]oard|[Pp]anel|[Pp]artnership)))|"
    # ... "Incident: 17/10/23", "- Incident 11/08/2024: brought to ED"
    r"[Ii]ncident [Dd]ate|\bIncident(?=\s*:|\s+\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b)|\bDOD|"
    # a key-facts line told as events: "DOB 12/03/2000. Died 19/11/2017 in ..."
    r"\b(?:Died|Killed|Stabbed|Injured|Admitted)(?: on)?(?=\s*[:\-–]?\s*\d))\s*[:\-–]?\s*[^\n]{0,40}",
    re.M,
)


def _months_between(born: date, then: date) -> int:
    months = (then.year - born.year) * 12 + then.month - born.month
    if then.day < born.day:
        months -= 1
    return max(0, months)


_YEARS_MONTHS = dict(_PREFILTERED)["years_months"]


def _finer(doc: Doc, named: set[int], months: int, alone: bool = False) -> tuple[int, Span] | None:
    """The same age in years and months elsewhere in the sentences naming the child ("a six-year-old"
    in a foreword, "aged six years and four months" in the introduction); with one subject child,
    anywhere in the opening of the report ("Date of birth: withheld (aged 15 years and 7 months)")."""
    head = {i for i, sent in enumerate(doc.sentences) if sent.start < 4000} if alone else set()
    for i in sorted(named | head):
        if not _YEARS_MONTHS.in_sentence(doc, i):
            continue
        sent = doc.sentences[i]
        for m in _YEARS_MONTHS.regex.finditer(sent.text):
            value = _months("years_months", m)
            if (
                value is not None
                and value // 12 == months // 12
                and value != months
                and (i in named or _valid(sent.text, "years_months", m, None))
            ):
                return value, Span(sent.start + m.start(), sent.start + m.end(), m.group(0))
    return None


# the birth told as the start of a period: "from K's birth on 14 June 2003 to ...", "since her birth in ..."
_BIRTH_ON = re.compile(r"(?:(?P<who>[A-Z][\w-]*(?: [A-Z]\w{0,2})?)['’]s|\b(?:[Hh]is|[Hh]er)) birth,? on (?:the )?$")


def _dob_refine(
    doc: Doc,
    named: set[int],
    months: int,
    names: tuple[str, ...] = (),
    alone: bool = False,
    incident_year: int | None = None,
) -> tuple[int, Span] | None:
    """An age in years made exact from the child's date of birth and the date of an event in the
    sentences naming the child ("T was born on 12 November 2005. He was 16 at the time", the stabbing
    on 19 February 2022 told earlier), when the two agree on the years."""
    born: date | None = None
    for i in sorted(named):
        text = doc.sentences[i].text
        if _BORN.search(text):
            dates = _dates(text)
            if len(dates) == 1:
                born = dates[0]
                break
    if born is None:
        # "from K's birth on 14 June 2003 to 2 November 2012": the date right after the child's own birth
        for i in sorted(named):
            text = doc.sentences[i].text
            if "birth" not in text:
                continue
            for pos, d in _placed_dates(text):
                m = _BIRTH_ON.search(text, max(0, pos - 40), pos)
                if m and (m.group("who") is None or m.group("who") in names):
                    born = d
                    break
            if born is not None:
                break
    if born is None and alone:
        # one subject child and a form's date-of-birth field in the opening: "DOB: 02/03/2014 (age 9 yrs at
        # notification)", the disclosure on 28/10/2023 told in a sentence naming the child
        field = DOB_LINE.search(doc.text, 0, min(len(doc.text), 4000))
        dates = _dates(field.group(0)) if field else []
        if dates:
            born = dates[0]
    if born is None:
        return None
    for i in sorted(named)[:40]:
        sent = doc.sentences[i]
        if not EVENT_VERB.search(sent.text):
            continue
        for d in _dates(sent.text):
            if d > born:
                value = _months_between(born, d)
                if value // 12 == months // 12:
                    return value, Span(sent.start, sent.end, sent.text)
    # no dated event naming the child: the incident's own date ("Jayden, born 12 January 2016, aged 8 at the
    # incident", the incident dated where it names his sister), when the years agree
    then = _incident_date(doc, incident_year)
    if then is not None and then > born:
        value = _months_between(born, then)
        if value // 12 == months // 12:
            span = next(
                (
                    Span(doc.sentences[i].start, doc.sentences[i].end, doc.sentences[i].text)
                    for i in sorted(named)
                    if _BORN.search(doc.sentences[i].text)
                ),
                None,
            )
            if span is not None:
                return value, span
    return None


def child_age(
    doc: Doc, child: ChildResult, others: list[ChildResult], incident_year: int | None = None
) -> tuple[int | None, str | None, Span | None, str]:
    """(months, band, evidence, rule) for one child; months None when only the band is known."""
    indexes = child_sentence_indexes(doc, child, others)
    limit = max(5000, len(doc.text) // 2)
    # the child's mentions give the sentences that name it; only sentences holding an age
    # pattern's trigger (or a named "born" sentence) are looked at
    named_set = {doc.sentence_index(m.start) for m in child.mentions}
    going = _going_on(doc, named_set, others)
    # the first line of the child's entry under its name: "Infant C" then "Boy, born 2 February 2023."
    opening = entry_openings(doc, child, others)
    own_named = set(named_set)
    named_set |= going | opening
    # "The babies were 16 weeks old": one age said of all the subject children (twins)
    shared = _group_age(doc) if others else set()
    named_set |= shared
    age_cands = _age_candidates(doc)
    allowed = set(indexes) | shared
    # "Twins Ruby and Finn were brought to the ED ... They were five weeks old.": a sentence going on about
    # them all in the plural is each child's, not only the one named last
    allowed |= {
        j for j in going if _PLURAL_OPENS.match(doc.sentences[j].text) or _WITH_SIBLING.match(doc.sentences[j].text)
    }
    # a table with a row per child and an age column ("Child | Age at notification | Sex")
    rowed = _row_table_age(doc, child, others)
    if rowed:
        return rowed[0], band(rowed[0]), rowed[1], "age/table_row"
    if others:
        tabled = (
            _table_age(doc, child, others)
            or _table_dob_age(doc, child, others, incident_year)
            or _run_on_table_age(doc, child, others)
        )
        if tabled:
            return tabled[0], band(tabled[0]), tabled[1], "age/table"
    else:
        # a template's field: "Age of child at incident | 15 years"
        labelled = _age_label(doc)
        if labelled:
            # an age in whole years made exact by the date of birth beside it and the incident's date
            finer = _dob_refine(doc, named_set, labelled[0], child.names, alone=True) if labelled[0] % 12 == 0 else None
            if finer:
                return finer[0], band(finer[0]), finer[1], "age/label.finer"
            return labelled[0], band(labelled[0]), labelled[1], "age/label"
    for pass_named in (True, False):
        if not pass_named:
            # a newborn harmed at its birth, told in the sentences naming it, before an age in a sentence that
            # does not name the child (the young mother's: "Y was open to CAMHS in 2023, aged thirteen")
            at_birth = _harmed_at_birth(doc, named_set)
            if at_birth is not None:
                return 0, "under_1", at_birth, "age/at_birth"
        if not others:
            # a template's date-of-birth and date-of-incident lines are exact: they come before an age
            # found in a sentence that does not name the child ("Served 3 yrs" of a father)
            lines = _dob_lines(doc)
            if lines:
                return lines[0], band(lines[0]), lines[1], "age/dob_lines"
        order = sorted(named_set & allowed) if pass_named else indexes
        for i in order:
            named = i in named_set
            if pass_named != named:
                continue
            sent = doc.sentences[i]
            if sent.start > limit and not pass_named:
                continue
            if age_cands is not None and i not in age_cands and not named:
                continue
            if not named and sent.text.rstrip().endswith("?"):
                continue  # a question to the reader: "Would we say that of a 13-year-old?"
            if named:
                apposed = _appositive(doc, child, i)
                if apposed:
                    # "Jayden, aged 8," made exact by his date of birth told elsewhere and the incident's date
                    finer = (
                        _dob_refine(doc, named_set, apposed[0], child.names, not others, incident_year)
                        if apposed[0] % 12 == 0 and apposed[0]
                        else None
                    )
                    if finer:
                        return finer[0], band(finer[0]), apposed[1], "age/appositive.finer"
                    return apposed[0], band(apposed[0]), apposed[1], "age/appositive"
                born = _BORN.search(sent.text)
                if born and OTHER_PERSON.search(sent.text[max(0, born.start() - 40) : born.start()]):
                    if not _child_near(sent.text, born.start(), child) and not _WITH_SIBLING.match(sent.text):
                        born = None  # "Child P's brother was born in March 2019"
                dates = _dates(sent.text)
                if born and dates and others:
                    # "Lily was born on 21 August 2012 and Mason on 3 June 2017": each child's own date
                    segs, last = _own_segments(sent.text, child, others)
                    if segs:
                        placed = _placed_dates(sent.text)
                        dates = [d for pos, d in placed if any(a <= pos < b for a, b in segs)]
                        if not dates and _PLURAL_AFTER.search(sent.text, last):
                            # one date said of them all after the last name: "Child A and Child B are
                            # twins, born on ..."
                            dates = [d for pos, d in placed if pos > last]
                if born and _STATED_AGE.search(sent.text):
                    born = None  # "born in October 2023 and was 13 weeks old when ...": the age said is exact
                if born and dates and not _born_dates(sent.text) and _month_years(sent.text):
                    # "born in October 2011 and died on 14 January 2023": a month and year of birth, a later date
                    by_month = _month_age(doc, i)
                    if by_month is not None:
                        return by_month, band(by_month), Span(sent.start, sent.end, sent.text), "age/born_month"
                if born and not dates:
                    # "born in March 2010. In June 2024 she was found ...": months from month and year
                    by_month = _month_age(doc, i)
                    if by_month is None and not _dates(sent.text):
                        by_month = _month_to_incident(doc, i, incident_year)
                    if by_month is not None:
                        return by_month, band(by_month), Span(sent.start, sent.end, sent.text), "age/born_month"
                later = [d for d in dates[1:] if dates and d > dates[0]]
                if born and not later and len(dates) > 1 and dates[0] not in _born_dates(sent.text):
                    # the event told first: "On 19.06.2023 YP R (DOB 03.11.2008) was injured"
                    own = _born_dates(sent.text)
                    later = [d for d in dates if own and d > own[0]]
                    dates = own + dates
                if born and later:
                    months = _months_between(dates[0], later[0])
                    return months, band(months), Span(sent.start, sent.end, sent.text), "age/dob"
                if born and len(dates) == 1:
                    # "Child S was born on 14 March 2009. She died on 2 November 2015."; "This review
                    # concerns Child K, who died on 2 March 2023. Child K was born on 14 May 2020."
                    # ... or in the child's entry ("Boy, born 2 February 2023. ..." then "Admitted on 30 May 2023
                    # severely dehydrated")
                    after = _entry_after(indexes, i) if i in opening else []
                    for j in (i + 1, i + 2, i - 1, *after):
                        if j < 0:
                            continue
                        if j < len(doc.sentences) and EVENT_VERB.search(doc.sentences[j].text):
                            later = [d for d in _dates(doc.sentences[j].text) if d > dates[0]]
                            if later:
                                months = _months_between(dates[0], later[0])
                                return months, band(months), Span(sent.start, sent.end, sent.text), "age/dob_next"
                    # the incident's date told elsewhere: "Date of serious incident: 20/01/2024", or the
                    # first dated event naming the child in the incident's year
                    then = _incident_date(doc, incident_year)
                    right_after = any(born.end() <= pos <= born.end() + 12 for pos, _d in _placed_dates(sent.text))
                    if (
                        right_after
                        and then is not None
                        and then > dates[0]
                        and _months_between(dates[0], then) < ADULT_MONTHS
                    ):
                        months = _months_between(dates[0], then)
                        return months, band(months), Span(sent.start, sent.end, sent.text), "age/dob_incident"
            found = sorted(
                (
                    (m.start(), order, kind, m)
                    for order, (kind, pattern) in active_rows(doc, _PREFILTERED)
                    if pattern.in_sentence(doc, i)
                    for m in pattern.regex.finditer(sent.text)
                ),
                key=lambda t: (t[0], t[1]),
            )
            if named and others:
                # "Jayden, aged 3, and his sister Mia, aged 14 months": each child's age lies
                # between its name and the next child's name
                segs, last = _own_segments(sent.text, child, others)
                if segs:
                    own = [f for f in found if any(a <= f[0] < b for a, b in segs)]
                    # none of its own: an age said of them all after the last name ("... they were five
                    # months old"), not one said of the last child alone
                    found = own or ([f for f in found if f[0] > last] if _PLURAL_AFTER.search(sent.text, last) else [])
            # the entry's first line describes the child itself: "- A Black British boy, aged 16 at the incident"
            described = i in opening and i not in own_named
            valid = [
                (o, k, m)
                for _p, o, k, m in found
                if _valid(sent.text, k, m, child)
                or (
                    described
                    and _SELF_DESCRIBED.fullmatch(sent.text, 0, m.start())
                    and (k == "under_one" or _months(k, m) is not None)
                )
                # "Twin boys A and B were ten weeks old": the group's own age, said of them all
                or (i in shared and _months(k, m) is not None)
            ]
            if valid:
                # among the matches overlapping the first one, the most specific kind wins
                # ("aged 15 years and 11 months": years_months, not "aged 15")
                first = valid[0][2]
                overlapping = [v for v in valid if v[2].start() < first.end() and v[2].end() > first.start()]
                valid = [min(overlapping, key=lambda v: v[0])] + valid
            # (``_valid`` has already left out gestations and other people's ages)
            for _order, kind, m in valid:
                if incident_year is not None and _dated_before(sent.text, m, incident_year):
                    continue
                if kind == "under_one":
                    return None, "under_1", Span(sent.start, sent.end, sent.text), "age/under_one"
                months = _months(kind, m)
                if months is None:
                    continue
                if kind in ("weeks", "months", "months_aged") and _BOUND_BEFORE.search(
                    sent.text, max(0, m.start() - 20), m.start()
                ):
                    # "less than six months old", "under 12 weeks": a bound, not the age; a baby all the same
                    if months < 12:
                        return None, "under_1", Span(sent.start, sent.end, sent.text), "age/under_bound"
                    continue
                span = Span(sent.start + m.start(), sent.start + m.end(), m.group(0))
                if kind in ("years", "aged", "was_n_when", "was_n", "y_short"):
                    # "aged 12 (three weeks short of his thirteenth birthday)": the birthday is finer
                    for b in BIRTHDAY[1].finditer(sent.text, m.end(), m.end() + 80):
                        value = _months("birthday", b)
                        if value is not None and value // 12 == months // 12 and value != months:
                            span = Span(sent.start + b.start(), sent.start + b.end(), b.group(0))
                            return value, band(value), span, "age/birthday.finer"
                    finer = _finer(doc, named_set, months, alone=not others)
                    if not finer:
                        refined = _dob_refine(doc, named_set, months, child.names, not others, incident_year)
                        # the age said stays the evidence (its sentence may date the incident), unless the
                        # refining sentence tells no birth
                        if refined and _BORN.search(refined[1].text):
                            refined = (refined[0], span)
                        finer = refined
                    if not finer and not others:
                        # "Date of birth: 14/03/2020 ... Date of incident: 02/01/2024" in a template's
                        # table, then "Child W was three at the time"
                        lines = _dob_lines(doc)
                        if lines and lines[0] // 12 == months // 12:
                            finer = lines
                    if finer:
                        return finer[0], band(finer[0]), finer[1], "age/years_months.finer"
                return months, band(months), span, f"age/{kind}"
    # date of birth in one line, date of the incident or death in another ("DOB: 3/1/2023",
    # "Date of incident: 10 February 2023"), as rapid review templates give them
    if not others:
        lines = _dob_lines(doc)
        if lines:
            return lines[0], band(lines[0]), lines[1], "age/dob_lines"
    born_then = _harmed_at_birth(doc, named_set)
    if born_then is not None:
        return 0, "under_1", born_then, "age/at_birth"
    school = _school_year(doc, child, named_set if others else set(indexes), others)
    if school:
        return None, school[0], school[1], "age/school_year"
    stage = _life_stage(doc, child)
    if stage:
        return None, stage[0], stage[1], "age/life_stage"
    return None, None, None, ""


# an age said in weeks or months beside a month and year of birth: "was 13 weeks old at the time", "aged
# five months when"
_STATED_AGE = re.compile(
    r"\b(?:was|were|aged|then) (?:just |only |about |around )?(?:" + NUM + r")[- ](?:weeks?|months?)(?:[- ]old)?\b"
    r"(?! (?:later|earlier|before|after|ago)\b)",
    re.I,
)


# "Leo is a toddler who lives with his mother", "Baby K, a newborn, was ...": the band from the stage of life
# the report puts the child in (not a time in the history: "was a toddler when his father left")
_STAGES = {"toddler": "1_5", "newborn": "under_1", "new-born": "under_1", "neonate": "under_1"}


def _life_stage(doc: Doc, child: ChildResult) -> tuple[str, Span] | None:
    if not child.names:
        return None
    names = "|".join(re.escape(n) for n in child.names)
    pattern = compiled(
        r"(?<!\w)(?:" + names + r")(?!\w)(?:,\s*|\s+(?:is|was)\s+)(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
        r"(toddler|newborn|new-born|neonate)\b(?!\s+(?:when|at the time)\b)(?!s)"
    )
    m = pattern.search(doc.text, 0, min(len(doc.text), 20000))
    if m is None:
        return None
    return _STAGES[m.group(1).lower()], Span(m.start(), m.end(), m.group(0))


# A template's age field naming the time of the incident: "Age of child at incident | 15 years",
# "Age at time of death: 4 months", "Age at notification - 2 years 3 months".
AGE_FIELD = re.compile(
    r"\bAge(?: of (?:the )?(?:child|young person|baby|infant))? at (?:the )?(?:time of (?:the )?)?"
    r"(?:serious )?(?:incident|death|injury|harm|notification)[ \t]*(?::|\||\t|-|–|\.{2,})[ \t]*(?P<val>[^\n|;]{1,30})",
    re.I,
)


# the value first, then the time it was taken at: "DOB: 11/2009 (age 13 yrs 3 m at date of incident)",
# "aged 4 months at the time of the incident"
AGE_AT = re.compile(
    # ... "aged 15y 2m at the incident (Year 10)"
    r"\b(?:[Aa]ge|[Aa]ged)\s+(?P<val>\d{1,2}[^\n|;()]{0,20}?)\s+(?:at|on) (?:the )?(?:(?:date|time|day) of (?:the )?)?"
    r"(?:serious )?(?:incident|death|injury|harm|notification|admission)\b"
    # a key-facts bullet: "- Boy, just under 12 at incident", "almost 3 at the time of death"
    r"|\b(?P<pre>[Jj]ust under|[Aa]lmost|[Nn]early)\s+(?P<val2>\d{1,2}(?: (?:years?|months?|weeks?))?)\s+at (?:the )?"
    r"(?:(?:date|time|day) of (?:the )?)?(?:serious )?(?:incident|death|injury|harm)\b"
)
_YM_SHORT = dict(PATTERNS)["ym_short"]
_WEEKS_NOTATION = dict(PATTERNS)["weeks_notation"]


def _age_label(doc: Doc) -> tuple[int, Span] | None:
    """Months from an age field in the opening of a single child's report."""
    key = ("age_label",)
    if key not in doc._trigger_cache:
        found = None
        head = doc.text[:4000]
        for m in [*AGE_FIELD.finditer(head), *AGE_AT.finditer(head)]:
            if m.groupdict().get("pre"):
                # "just under 12 at incident": a month short of it, as "just under" reads elsewhere
                value = _cell_months(m.group("val2"))
                if value is not None and 0 < value < ADULT_MONTHS:
                    short = 0 if "week" in m.group("val2") else 1
                    found = (value - short, Span(m.start(), m.end(), m.group(0)))
                    break
                continue
            val = m.group("val")
            ym = _YEARS_MONTHS.regex.match(val.strip())
            short = _YM_SHORT.match(val.strip())
            cell = _CELL_AGE.match(val.strip())
            weeks = _WEEKS_NOTATION.match(val.strip())  # a health record's "8/52": eight weeks
            if weeks:
                months = _months("weeks_notation", weeks)
            elif ym:
                months = _months("years_months", ym)
            elif short:
                months = _months("ym_short", short)
            elif cell and (cell.group("approx") or "").lower() in _UNDER_WORDS:
                # "Age at injury | Just under five months": a month short of it
                months = _cell_months(val.strip())
            elif cell and not cell.group("approx"):
                months = _unit_months(cell)
            else:
                continue
            if months is not None and months < ADULT_MONTHS:
                found = (months, Span(m.start(), m.end(), m.group(0)))
                break
        doc._trigger_cache[key] = found  # type: ignore[index]
    return doc._trigger_cache[key]  # type: ignore[return-value]


def _dob_lines(doc: Doc) -> tuple[int, Span] | None:
    """Months from a date-of-birth line and a date-of-incident line in the opening of the report."""
    key = ("age_dob_lines",)
    if key not in doc._trigger_cache:
        doc._trigger_cache[key] = _find_dob_lines(doc)  # type: ignore[index]
    return doc._trigger_cache[key]  # type: ignore[return-value]


_BIRTH_AND_EVENT = re.compile(r"birth\s*(?:/|and)\s*(?:date of )?(?:the )?(?:incident|death|injury|harm)\b", re.I)


def _find_dob_lines(doc: Doc) -> tuple[int, Span] | None:
    head = doc.text[:4000]
    born = DOB_LINE.search(head)
    then = EVENT_LINE.search(head)
    if born and _BIRTH_AND_EVENT.search(born.group(0)):
        # one field for both: "Date of birth / incident 14/03/2007 / 02/10/2022"
        end = head.find("\n", born.start())
        line = head[born.start() : min(born.start() + 80, end if end >= 0 else len(head))]
        both = _dates(line)
        if len(both) == 2 and both[1] > both[0]:
            return _months_between(both[0], both[1]), Span(born.start(), born.start() + len(line), line)
    if born and then:
        b_dates, e_dates = _dates(born.group(0)), _dates(then.group(0))
        if b_dates and e_dates and e_dates[0] >= b_dates[0]:
            return _months_between(b_dates[0], e_dates[0]), Span(born.start(), born.end(), born.group(0))
    return None


# "when" telling the incident itself, not a time in the history: "in Year 9 when he took his own life"
_WHEN_INCIDENT = (
    r" (?:he|she|they) (?:died|took (?:his|her|their) own life|was (?:found|killed|stabbed|assaulted|attacked|"
    r"admitted|injured|harmed|exploited))\b"
)
# The school year at the incident gives the band when no age is said ("a Year 9 pupil", "was in
# Year 4"): Years 2-5 are ages 6-10, Years 7-10 ages 11-15, Years 12-13 ages 16-18; Reception is
# 4-5. Years 1, 6 and 11 straddle two bands and give nothing.
SCHOOL_YEAR = re.compile(
    r"\b(?:(?:a|an) (?P<a>Year \d{1,2}|Reception) (?:pupil|student|girl|boy|child)|"
    # "was in Year 4", "was in her Reception year", "was in her first term at secondary school, in Year 7"
    r"(?:was|is|were|are) (?:\w+ )?in (?:[^.;,]{3,50}, in )?(?:(?:his|her|their) )?"
    r"(?P<b>Year \d{1,2}|Reception)(?: class| year)?\b(?! (?:when(?!" + _WHEN_INCIDENT + r")|in \d))"
    # "a girl in Year 9 at a local school", "a pupil who was in Year 10"
    r"|(?:a|an) (?:\w+ )?(?:pupil|student|girl|boy|child|young person|teenager) (?:who was )?in "
    r"(?P<c>Year \d{1,2}|Reception)\b(?! (?:when|in \d))"
    # a template's field or a list's entry: "School year: Year 9", "| Year 10 |", "Pupil A: boy, Year 9."
    # ... "Age: In Year 10 at the time of the incident"
    r"|(?:(?i:school year|year group)[ \t]*[:|\t-][ \t]*|(?i:age)[ \t]*[:|\t-][ \t]*(?i:in )?|[|\t][ \t]*|"
    r"(?:boy|girl|male|female|[MF]),[ \t]*)"
    r"(?P<d>Year \d{1,2}|Reception)[ \t]*"
    r"(?=[.;,|)\t]|$|at the (?:time|date) of (?:the )?(?:incident|death|injury|harm)\b)"
    # beside the child's name: "Child B (Year 10)", "Jade (15, Year 10)"
    r"|(?<!\w)(?!" + "|".join(MONTH_NAMES) + r"|Autumn|Spring|Summer|Winter|Term)[A-Z][\w'’-]*[ \t]*\("
    r"(?:[^()\n]{0,25}?,[ \t]*)?(?P<e>Year \d{1,2}|Reception)\))"
    # a terse line naming the school: "Subject: YP K. In Year 9 at Sedgecombe Academy.", "K, 14, Year 9 at Holt High"
    r"|(?:^\W*In |,[ \t]*)(?P<f>Year \d{1,2}) at (?:[A-Z][\w'’-]* ){0,4}"
    r"(?:Academy|School|College|High|Primary|PRU)\b",
    re.M,
)


_PAST_TIME_BEFORE = re.compile(r"\b(?:when|until|since|by the time|after|before)\s+(?:\S+\s+)?$", re.I)


def _school_year(
    doc: Doc, child: ChildResult, among: set[int], others: list[ChildResult] | None = None
) -> tuple[str, Span] | None:
    limit = max(6000, len(doc.text) // 2)
    for i in sorted(among):
        sent = doc.sentences[i]
        if sent.start > limit:
            break
        if "Year" not in sent.text and "Reception" not in sent.text:
            continue
        found = list(SCHOOL_YEAR.finditer(sent.text))
        if others:
            # "Jack was in Year 4 and Poppy was in her Reception year": each child's own school year
            segs, _last = _own_segments(sent.text, child, others)
            if segs:
                found = [f for f in found if any(a <= f.start() < b for a, b in segs)]
        # "when she was in Year 5 ...": a time of the history
        found = [f for f in found if not _PAST_TIME_BEFORE.search(sent.text, max(0, f.start() - 30), f.start())]
        m = found[0] if found else None
        if m is None or (
            _other_before(sent.text[max(0, m.start() - 40) : m.start()])
            and not _child_near(sent.text, m.start(), child)
        ):
            continue
        raw = m.group("a") or m.group("b") or m.group("c") or m.group("d") or m.group("e") or m.group("f")
        year = 0 if raw == "Reception" else int(raw.split()[1])
        value = (
            "1_5"
            if year == 0
            else "6_10"
            if 2 <= year <= 5
            else "11_15"
            if 7 <= year <= 10
            else "16_plus"
            if year in (12, 13)
            else None
        )
        if value:
            return value, Span(sent.start + m.start(), sent.start + m.end(), m.group(0))
    return None


_BORN = re.compile(r"\b(?:born (?:on |in )?|DOB\b|D\.O\.B\b|[Dd]ate of [Bb]irth\b)")
MONTH_YEAR = re.compile(
    r"(?<!\d )(?<!\d)\b(" + "|".join(MONTH_NAMES) + r") ((?:19|20)\d\d)\b"
    # "DOB: 05/2009"
    r"|(?<![\d/.])\b(0?[1-9]|1[0-2])/((?:19|20)\d\d)\b"
)


def _month_years(text: str) -> list[tuple[int, int]]:
    return [
        (int(m.group(2)), MONTHS.index(m.group(1).lower()) + 1) if m.group(1) else (int(m.group(4)), int(m.group(3)))
        for m in MONTH_YEAR.finditer(text)
    ]


# "Date of serious incident: 20/01/2024", "Incident: 17/10/23", "Date of death - 3 May 2019"
INCIDENT_LINE = re.compile(
    r"(?:[Dd]ate of (?:the )?(?:(?:serious|notifiable|critical) )?(?:[Ii]ncident|[Dd]eath|[Ii]njury|[Ee]vent)|"
    r"[Ii]ncident(?: [Dd]ate)?|\bDOD)\s*[:\-–]\s*[^\n]{0,30}"
)


def _incident_date(doc: Doc, year: int | None) -> date | None:
    """The date of the incident: a labelled line in the opening of the report, or else the first dated
    event told in its opening (worked out once per report and year)."""
    key = ("age_incident_date", year)
    if key not in doc._trigger_cache:
        doc._trigger_cache[key] = _labelled_incident_date(doc, year) or _first_event_date(doc, year)  # type: ignore[index]
    return doc._trigger_cache[key]  # type: ignore[return-value]


def _labelled_incident_date(doc: Doc, year: int | None) -> date | None:
    for m in INCIDENT_LINE.finditer(doc.text[:4000]):
        found = _dates(m.group(0))
        if found and (year is None or found[0].year == year):
            return found[0]
    return None


_DATE_LED = re.compile(r"^\W*(?:\d+(?:\.\d+)*\s+)?(?:On|In the (?:early|late) hours of) (?:the )?\w+", re.I)


def _first_event_date(doc: Doc, year: int | None) -> date | None:
    """The first dated sentence telling an event in the opening third of the report ("On 14 September
    2020 their mother took F1 to the Emergency Department"), in the incident's year when it is known."""
    limit = max(5000, len(doc.text) // 3)
    for i, sent in enumerate(doc.sentences):
        if sent.start > limit:
            break
        if not any(ch.isdigit() for ch in sent.text) or _BORN.search(sent.text):
            continue
        if not EVENT_VERB.search(sent.text) and not (
            # a date-led opening, the event told in the sentence after it: "On 3 May 2019 a neighbour heard
            # a child screaming. Police attended and found ..."
            _DATE_LED.match(sent.text) and i + 1 < len(doc.sentences) and EVENT_VERB.search(doc.sentences[i + 1].text)
        ):
            continue
        for d in _dates(sent.text):
            if year is None or d.year == year:
                return d
    return None


_BIRTH_PART = re.compile(
    r"\b(?P<part>early|late|mid|the (?:start|beginning|end|middle) of)[- ](?:" + "|".join(MONTH_NAMES) + r")\b", re.I
)


def _birth_day(text: str) -> int:
    """The day of the month a month-only birth is taken as: "early March" the 1st, "late January" the
    28th, "mid" the 15th; a plain month the 8th, as the coders count it (born in May, found on 2 December:
    a month short; born in January, stabbed on 14 April: whole months)."""
    m = _BIRTH_PART.search(text)
    part = m.group("part").lower() if m else ""
    if part in ("early", "the start of", "the beginning of"):
        return 1
    return 28 if part in ("late", "the end of") else 15 if part in ("mid", "the middle of") else 8


def _month_to_incident(doc: Doc, i: int, year: int | None) -> int | None:
    """Months from a month-and-year birth to the incident's date, the birth's day taken as
    :func:`_birth_day` gives it ("born in May 2008", missing on 2 December 2023, is 186 months)."""
    born = _month_years(doc.sentences[i].text)
    then = _incident_date(doc, year)
    if not born or then is None:
        return None
    by, bm = born[0]
    months = (then.year - by) * 12 + then.month - bm - (1 if then.day < _birth_day(doc.sentences[i].text) else 0)
    return months if 0 < months < ADULT_MONTHS else None


def _month_age(doc: Doc, i: int) -> int | None:
    """Whole months from a month-and-year birth to a later month and year in the same sentence or
    the next one or two that tell the event."""
    born = _month_years(doc.sentences[i].text)
    if not born:
        return None
    by, bm = born[0]
    for j in (i, i + 1, i + 2):
        if j >= len(doc.sentences) or (j != i and not EVENT_VERB.search(doc.sentences[j].text)):
            continue
        text = doc.sentences[j].text
        for y, m in _month_years(text):
            months = (y - by) * 12 + m - bm
            if 0 < months < 19 * 12:
                return months
        # "DOB: 05/2009 ... On 28 January 2024", "born in October 2011 and died on 14 January 2023": a full date of
        # the event counts by its month, for a child past infancy (a baby's age in weeks said nearby is finer than a
        # month's difference)
        for d in _dates(text):
            months = (d.year - by) * 12 + d.month - bm - (1 if d.day < _birth_day(doc.sentences[i].text) else 0)
            if 24 <= months < 19 * 12:
                return months
    return None


# A sentence that goes on about the child just named: "Child H died in August 2014. He was just
# over 18 months old."
_GOES_ON = re.compile(
    r"^\W*(?:(?:He|She|They|The (?:child|baby|infant|boy|girl|young person)) (?:was|were|had|is)\b"
    # after a date: "In March 2023, when he was 11 weeks old, he was taken ...", "On 3 May 2022 she was found"
    r"|(?:In|On|By|During) [^,.;]{1,30}?,? (?:when (?:he|she) was\b|(?:he|she) (?:was|had)\b)"
    # the child's own birth date told next: "Her date of birth was 2 May 2009", "His DOB is 03/11/2015"
    r"|(?:His|Her|Their) (?:date of birth|DOB|D\.O\.B\.?|birth date)\b)"
)
# "She and her twin brother were born on ...": the child and a sibling together
_WITH_SIBLING = re.compile(
    r"^\W*(?:He|She) and (?:his|her) (?:\w+ ){0,2}(?:brother|sister|sibling|twin)s? (?:were|had)\b"
)
# any sentence opening with the child's pronoun: "Child B was taken to hospital. He died the next
# day. He was one year and ten months old."
_PRONOUN_OPENS = re.compile(r"^\W*(?:He|She|The (?:child|baby|infant|boy|girl|young person))\b")


# a sentence about the child that opens with someone else: "Paramedics began resuscitation and he was
# taken to hospital." The paragraph goes on about the child after it.
_PRONOUN_CLAUSE = re.compile(r"\b(?:and|where|but) (?:he|she) (?:was|had been) (?:taken|pronounced|found|admitted)\b")


# the opening of a line describing a child, up to its age: "- A Black British boy, aged ", "Girl, "
_SELF_DESCRIBED = re.compile(r"\W*(?:(?:An?|The) )?(?:[\w-]+ ){0,4}(?:boy|girl|Boy|Girl),? (?:aged? |now )?")


# the subject children together and one age: "The babies were 16 weeks old", "Both twins were aged 7 months"
_GROUP_AGE = re.compile(
    r"^\W*(?:(?:The|Both(?: the)?) (?:twins|babies|infants)|(?:The )?[Tt]win (?:boys|girls|babies|brothers|sisters)"
    r"(?: [A-Z]\w* and [A-Z]\w*)?)(?: were| had been)(?: both)?(?: aged)? "
    + NUM
    + r"[- ](?:days?|weeks?|months?)(?:[- ]old)?(?: (?:at|on|when)\b[^.;]*)?[.;]?$"
)


def _group_age(doc: Doc) -> set[int]:
    key = ("age_group_sentences",)
    if key not in doc._trigger_cache:  # type: ignore[operator]
        found: set[int] = set()
        if "twins" in doc.text or "babies" in doc.text or "infants" in doc.text or "win " in doc.text:
            for m in re.finditer(
                r"(?:The|Both)(?: the)? (?:twins|babies|infants)\b|\b[Tt]win (?:boys|girls|babies|brothers|sisters)\b",
                doc.text,
            ):
                i = doc.sentence_index(m.start())
                if _GROUP_AGE.match(doc.sentences[i].text):
                    found.add(i)
        doc._trigger_cache[key] = found  # type: ignore[index]
    return doc._trigger_cache[key]  # type: ignore[index]


_SIBLING_WORD = re.compile(r"\b(?:sister|brother|sibling|half-\w+|twin)s?\b", re.I)
_BORN_SELF = re.compile(r"\b(?:was|were) (?:\w+ ){0,2}born\b|\bborn (?:at home|in the|alive)\b", re.I)


def _harmed_at_birth(doc: Doc, named: set[int]) -> Span | None:
    """A newborn harmed at its birth (0 months): a sentence about the child telling of its birth, and in it or the
    two after it a concealed pregnancy or a birth alone."""
    for i in sorted(named)[:12]:
        sent = doc.sentences[i]
        if not _BORN_SELF.search(sent.text):
            continue
        for j in range(i, min(len(doc.sentences), i + 3)):
            text = doc.sentences[j].text
            if BIRTH_INCIDENT.search(text) and not _SIBLING_WORD.search(text):
                # (not "his mother had concealed her pregnancy with his younger sister")
                return Span(sent.start, sent.end, sent.text)
    return None


def _entry_after(indexes: list[int], i: int) -> list[int]:
    """The child's sentences that follow ``i`` without a gap, up to eight: the rest of its entry."""
    out: list[int] = []
    for k in indexes:
        if k > i and k == (out[-1] if out else i) + 1 and len(out) < 8:
            out.append(k)
    return out


def _going_on(doc: Doc, named: set[int], others: list[ChildResult]) -> set[int]:
    other_named = {doc.sentence_index(m.start) for o in others for m in o.mentions}
    out = set()
    n = len(doc.sentences)
    for i in named:
        # the sentences of the same paragraph that go on about the child in pronouns ("Child D was
        # stabbed ... He was taken by ambulance ... He was 15 years and 11 months old.")
        chain = True  # every sentence so far went on about the child
        for j in range(i + 1, min(n, i + 5)):
            if j in other_named or j in named:
                break
            if j > i + 1 and "\n\n" in doc.text[doc.sentences[j - 1].end : doc.sentences[j].start]:
                break
            text = doc.sentences[j].text
            if others and _GROUP_OPENS.match(text):
                # the children named together, then the group by its noun further on in the same
                # paragraph: "Police found the twins, Amir and Sara, ... Their mother had ... The twins
                # were born on ..."
                out.add(j)
                continue
            if not chain:
                continue
            if _GOES_ON.match(text) or _WITH_SIBLING.match(text) or (others and _PLURAL_OPENS.match(text)):
                # "... Twin 1 (Harvey) and Twin 2 (Lily). Both were born on 14 July 2015": each child's
                out.add(j)
                continue
            if not _PRONOUN_OPENS.match(text) and not _PRONOUN_CLAUSE.search(text):
                if not others:
                    break
                chain = False
    return out


_PLURAL_OPENS = re.compile(
    r"^\W*(?:They|Both(?: of them| children| babies| twins| girls| boys)?|"
    r"The (?:twins|babies|children|siblings|girls|boys)) (?:were|had)\b"
)
# the subject children as a group by a noun, never "They" (the parents may be meant after a sentence about them)
_GROUP_OPENS = re.compile(
    r"^\W*(?:Both (?:children|babies|twins|girls|boys|siblings)|The (?:twins|babies|children|siblings)) (?:were|had)\b"
)
_PLURAL_AFTER = re.compile(r"\b(?:they|were|both|each|twins|all)\b", re.I)


_RELATION_BEFORE_NAME = re.compile(
    r"\b(?:his|her|their) (?:[\w-]+ ){0,2}?(?:(?:half-|step-?|twin )?(?:brother|sister)|sibling|twin|cousin),?\s*$"
)


def _own_segments(text: str, child: ChildResult, others: list[ChildResult]) -> tuple[list[tuple[int, int]], int]:
    def pos(names: tuple[str, ...]) -> list[int]:
        # "and her nine-year-old brother, Child Y": the relation before the name, with its age, is the child's
        return [
            _RELATION_BEFORE_NAME.search(text, max(0, m.start() - 45), m.start()).start()  # type: ignore[union-attr]
            if _RELATION_BEFORE_NAME.search(text, max(0, m.start() - 45), m.start())
            else m.start()
            for n in names
            for m in compiled(r"(?<!\w)" + re.escape(n) + r"(?!\w)").finditer(text)
        ]

    own = sorted(pos(child.names))
    other = sorted(p for o in others for p in pos(o.names))
    if not other:
        return [], 0
    segs = []
    for p in own:
        nxt = [q for q in other if q > p]
        segs.append((p, nxt[0] if nxt else len(text)))
    return segs, max(own + other)


# The age of an injury, not of the child: "a burn estimated to be around a week old", "fractures
# between two and four weeks old".
INJURY_BEFORE = re.compile(
    # "a stab wound to the forearm (approx. 4 days old)": an abbreviation's dot does not end the phrase
    r"\b(?:burns?|bruis\w*|fractures?|injur\w+|wounds?|marks?|scars?|bleeds?|scalds?|sores?|lesions?)\b"
    r"(?:[^.;]|(?<=\bapprox)\.|(?<=\bc)\.|(?<=\best)\.){0,75}$",
    re.I,
)


# the age describes a child, not an injury: "fractures to a 10-week-old girl", "injuries to a 4-month-old baby boy"
_CHILD_AFTER = re.compile(r"[ \t]+(?:baby|infant|boy|girl|child|son|daughter|toddler)\b", re.I)
_RANGE_AFTER = re.compile(r"\s*(?:to|-|–)\s*\d{1,2}\b(?!\s*(?:months?|weeks?|days?)\b)|\s*(?:-|–)\s*\d", re.I)
# "aged" or "age of" just before an age or opening its match ("died aged 10 days after ...")
_AGED = re.compile(r"\b(?:aged|age of)\s+(?:\w+\s+)?\S", re.I)
_AGED_BEFORE = re.compile(r"\b(?:aged|age of|at)\s*$|\b(?:aged|age of|at)\s", re.I)


def _born_dates(text: str) -> list[date]:
    """The dates set right after a birth marker ("DOB 03.11.2008", "born on 4 May 2010")."""
    return [d for b in _BORN.finditer(text) for pos, d in _placed_dates(text) if b.end() <= pos <= b.end() + 12]


def _dated_before(text: str, m: re.Match[str], incident_year: int) -> bool:
    """An age dated by a year before the incident's: "a CAMHS episode aged 14 (2022)", a chronology
    line "- 2019: moved school (aged 9)"; the age then, not at the incident."""
    after = _YEAR_AFTER.match(text, m.end())
    line = _YEAR_LINE.match(text, text.rfind("\n", 0, m.start()) + 1)
    return any(f is not None and int(f.group("y")) < incident_year for f in (after, line))


# a sentence whose subject is a relation of the child's ("Ellie's mother told the review ...", "The father
# said ..."): an age given by a pronoun in it is the relation's
_OTHER_SUBJECT = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\s+)?(?:The|His|Her|Their|(?:[A-Z][\w-]* )?[A-Z][\w-]*['’]s) (?:\w+ )?"
    r"(?:mother|father|mum|dad|step(?:father|mother|dad|mum)|partner|boyfriend|girlfriend|grand(?:mother|father)|"
    r"aunt|uncle|(?:half-)?(?:brother|sister)|sibling|parents?|carer)\b"
)
_PRONOUN_BEFORE = re.compile(r"\b(?:he|she|they)\s+$", re.I)


# an upper bound before an age in weeks or months: "less than six months old", "a baby under 12 weeks"
_BOUND_BEFORE = re.compile(r"\b(?:less than|under|younger than|below)\s*$", re.I)


# A premature baby's corrected age, not its age: "his corrected age was about ten months", "aged 16 weeks (a
# corrected age of 12 weeks)", "(about 6 weeks corrected)"
_CORRECTED_BEFORE = re.compile(
    r"\b(?:corrected|adjusted)(?: (?:gestational )?age)?(?: ?(?:of|was|is|at|approx\.?|:)){0,3}\s*$", re.I
)
_CORRECTED_AFTER = re.compile(
    r"\s*(?:[- ]old\s*)?(?:\((?:corrected|adjusted)(?: age)?\)|(?:corrected|adjusted)\b)", re.I
)


def _valid(text: str, kind: str, m: re.Match[str], child: ChildResult | None) -> bool:
    if _CORRECTED_BEFORE.search(text, max(0, m.start() - 40), m.start()) or _CORRECTED_AFTER.match(text, m.end()):
        return False
    if kind in ("half_months", "half_weeks") and not (m.group("lead") or m.group("tail")):
        return False  # "for two and a half months": a time, not an age
    if _RANGE_AFTER.match(text, m.end()):
        return False  # "women aged 12 to 50", "children aged 11-16": a range of ages, no one's age
    if kind == "weeks" and m.group("w").lower() in ("a", "an") and not m.group(0).lower().endswith(("old", "age")):
        return False  # "two mornings a week", "seen once a week": a frequency, not an age
    if (
        kind in ("weeks", "days", "months", "months_weeks", "under_one", "m_short")
        and INJURY_BEFORE.search(text[max(0, m.start() - 70) : m.start()])
        and not _AGED_BEFORE.search(text, max(0, m.start() - 12), m.start() + 1)
        and not _CHILD_AFTER.match(text, m.end())
    ):
        return False  # "bruises about two weeks old": the injury's age; not "injuries to a 4-month-old baby"
    if (
        WHEN_BEFORE.search(text[max(0, m.start() - 90) : m.start()])
        or SINCE_BEFORE.search(text[max(0, m.start() - 30) : m.start()])
        # "No contact with K since K was 3", "a young carer since approx. age 8"
        or SINCE_OPEN.search(text[max(0, m.start() - 40) : m.start()])
        # "Child H's mother died in 2015 of cancer, when Child H was four": the time of someone else's death
        or (
            _WHEN_JUST_BEFORE.search(text, max(0, m.start() - 30), m.start())
            and RELATIVE_DEATH.search(text, 0, m.start())
        )
    ):
        # "separated when S was one", "moved when Child K was four months old": a time in the
        # history, not the age at the incident
        return False
    if (
        kind in ("was_n", "was_n_when")
        and _PRONOUN_BEFORE.search(text, max(0, m.start() - 12), m.start())
        and _OTHER_SUBJECT.match(text)
    ):
        return False  # "Her mother said she had been in hospital when she was sixteen": the mother's age
    if _AGE_AT_OPENS.match(m.group(0)) and HISTORY_STEP_BEFORE.search(text[max(0, m.start() - 90) : m.start()]):
        return False
    if (
        kind in ("was_n", "was_n_when")
        and _WHEN_JUST_BEFORE.search(text, max(0, m.start() - 30), m.start())
        and HISTORY_STEP_BEFORE.search(text[max(0, m.start() - 90) : m.start()])
    ):
        return False  # "type 1 diabetes, diagnosed when he was eight": an earlier step of the history
    if kind == "was_n" and SCORE_BEFORE.search(text[max(0, m.start() - 30) : m.start()]):
        return False
    if (
        kind in ("weeks", "months", "months_weeks", "days", "m_short", "half_months", "half_weeks")
        and (DURATION_BEFORE.search(text[max(0, m.start() - 20) : m.start()]) or DURATION_AFTER.match(text, m.end()))
        # "died aged 10 days after a home birth": "aged" makes it the age, whatever follows
        and not _AGED.search(text, max(0, m.start() - 8), m.start() + 8)
    ):
        return False
    if (
        kind in ("weeks", "months", "months_weeks", "days", "m_short")
        and not m.group(0).lower().endswith(("old", "age"))
        and WAIT_BEFORE.search(text[max(0, m.start() - 70) : m.start()])
    ):
        return False
    if kind in ("weeks", "weeks_notation", "months", "months_aged", "months_weeks", "half_months", "half_weeks") and (
        GESTATION_BEFORE.search(text[max(0, m.start() - 40) : m.start()])
        or GESTATION_AFTER.search(text[m.end() : m.end() + 30])
    ):
        return False
    if not _relation_named(text, m.end(), child):
        if _other_after(text, m.end()):
            return False
        if _other_before(text[max(0, m.start() - 40) : m.start()]) and not _child_near(text, m.start(), child):
            return False
    months = _months(kind, m)
    if months is not None and months >= ADULT_MONTHS:
        return False  # "her mother, aged 34": an adult's age, never the subject child's
    return True


# Subject children are under 19 (the oldest in any development set is 17): an age of 19 or more is
# someone else's.
ADULT_MONTHS = 19 * 12
# the words of OTHER_PERSON that describe the child itself ("Child K, a boy of 3")
_SELF_WORDS = re.compile(r"(?:boy|girl|man|woman|M|F)\b")


_NOT_TITLED = "".join(rf"(?<!{t} )" for t in ("Mr", "Ms", "Mrs", "Miss", "Mx", "Dr", "Mr.", "Ms.", "Mrs.", "Dr."))


def _child_near(text: str, pos: int, child: ChildResult | None) -> bool:
    if child is None or not child.names:
        return False
    window = text[max(0, pos - 40) : pos]
    other = OTHER_PERSON.search(window)
    names = "|".join(re.escape(n) for n in child.names)
    if (
        other is not None
        and not _SELF_WORDS.match(other.group(0))
        # "Child K2, his sister, aged three": the relation is the child's own, in apposition
        # ... and "Child B was her brother, aged 3": the child is the relation
        and not compiled(r"(?<!\w)(?:" + names + r")(?:,\s*| (?:is|was) )(?:(?:his|her|their|the) )?(?:\w+ )?$").search(
            window[: other.start()]
        )
    ):
        # "Child K lived with her mother, aged 34": the child's name must come after the other person
        window = window[other.start() :]
    # "Her mother, Ms K, was 17": a family's letter after a title names a parent, not the child
    if compiled(_NOT_TITLED + r"(?<!\w)(?:" + names + r")(?!\w)(?!'s)").search(window) is not None:
        return True
    # "Shannon is a White British young woman who was 14 when ...": the child described at length
    return (
        other is not None
        and _SELF_WORDS.match(other.group(0)) is not None
        and compiled(r"(?<!\w)(?:" + names + r")(?!\w) (?:is|was) (?:a|an) [^.;,]{0,60}$").search(
            text[max(0, pos - 110) : pos]
        )
        is not None
    )


# incident years read from the years the opening's events give (not from a labelled field)
_GUESSED_YEAR = frozenset(
    {"rule:review/incident_year.latest", "rule:review/incident_year", "rule:review/incident_year.rapid_review"}
)


class AgeComponent:
    name = "age"

    def __call__(self, doc: Doc, result: Extraction) -> None:
        r = roles()
        book = load_codebook()
        year = result.review.get("incident_year")
        year = year.value if year is not None else None
        age_spans = []
        for child in result.children:
            others = [c for c in result.children if c is not child]
            months, age_band, span, rule = child_age(doc, child, others, year if isinstance(year, int) else None)
            if months is not None:
                book[r.age_months].validate(months)
                child.codes[r.age_months] = Suggestion(months, 0.8, [span] if span else [], f"rule:{rule}")
            if age_band is not None:
                child.codes[r.age_band] = Suggestion(age_band, 0.85, [span] if span else [], f"rule:{rule}")
            if span is not None and months is not None:
                age_spans.append(span)
        prior = result.review.get(r.incident_year)
        if age_spans and (prior is None or prior.origin in _GUESSED_YEAR):
            # the sentence telling the child's age at the incident dates it better than the latest event year
            # of the opening (a conviction, a move, a referral before the incident), and where there is none
            published = result.review.get(r.publication_year)
            found = incident_year_from_age(doc, age_spans, published.value if published is not None else None)
            if found is not None:
                result.review[r.incident_year] = found


# A table with one column per subject child, in either of the ways the readers give it: a row per
# line with cells split by bars or tabs ("The babies | Baby A | Baby B"), or one cell per line
# (a web page's table: "Baby A", "Baby B", "Baby C", then "Age at incident", "4 months", ...).
_CELL_SPLIT = re.compile(r"\s*(?:\||\t)\s*")


def child_table(doc: Doc, children: list[ChildResult]) -> dict[str, list[tuple[str, Span]]]:
    """Rows of a per-child table: the row's label (lower-cased) -> one (cell, span) per child, in
    the order of ``children``; empty when the report has no such table."""
    key = ("child_table", tuple(c.names[0] for c in children if c.names))
    if key in doc._trigger_cache:  # type: ignore[operator]
        return doc._trigger_cache[key]  # type: ignore[index]
    doc._trigger_cache[key] = rows = _find_child_table(doc, children)  # type: ignore[index]
    return rows


def _column_of(cell: str, children: list[ChildResult]) -> int | None:
    cell = cell.strip().strip("*:").strip()
    for k, c in enumerate(children):
        # a name the child goes by, or its whole alias ("Young Person A (Kai)")
        if any(n and len(n) > 1 and cell.lower() == n.lower() for n in (*c.names, c.alias)):
            return k
    return None


def _find_child_table(doc: Doc, children: list[ChildResult]) -> dict[str, list[tuple[str, Span]]]:
    rows: dict[str, list[tuple[str, Span]]] = {}
    if len(children) < 2:
        return rows
    lines: list[tuple[str, int]] = []
    pos = 0
    for raw in doc.text.split("\n"):
        if raw.strip():
            lines.append((raw, pos))
        pos += len(raw) + 1
    for n, (text, _start) in enumerate(lines):
        cells = _CELL_SPLIT.split(text.strip())
        if (
            len(cells) >= 2
            and n + 1 < len(lines)
            and len(_CELL_SPLIT.split(lines[n + 1][0].strip())) == len(cells) + 1
            and all(_column_of(c, children) is not None for c in cells)
        ):
            cells = ["", *cells]  # a header row whose empty corner cell the reader left out ("Evie | Noah")
        if len(cells) >= 3:
            cols = [_column_of(c, children) for c in cells]
            found = [k for k in cols if k is not None]
            if len(found) >= 2 and len(set(found)) == len(found):
                # bar-separated rows under a header row naming the children
                for row, row_start in lines[n + 1 : n + 25]:
                    rcells = _CELL_SPLIT.split(row.strip())
                    if len(rcells) != len(cells):
                        break
                    label = rcells[0].strip().lower()
                    out: list[tuple[str, Span]] = [("", Span(row_start, row_start, ""))] * len(children)
                    for j, k in enumerate(cols):
                        if k is not None:
                            at = row_start + row.find(rcells[j])
                            out[k] = (rcells[j], Span(at, at + len(rcells[j]), rcells[j]))
                    rows.setdefault(label, out)
                return rows
        # one cell per line: consecutive lines each naming one child alone
        cols = []
        j = n
        while j < len(lines) and (k := _column_of(lines[j][0], children)) is not None and k not in cols:
            cols.append(k)
            j += 1
        if len(cols) >= 2 and n > 0 and len(lines[n - 1][0].split()) <= 4:
            width = len(cols) + 1  # the header row's label cell ("The babies"), then one cell per child
            while j + width <= len(lines) and len(rows) < 12:
                label = lines[j][0].strip()
                if len(label.split()) > 5 or _column_of(label, children) is not None:
                    break
                out = [("", Span(lines[j][1], lines[j][1], ""))] * len(children)
                for m, k in enumerate(cols):
                    cell, at = lines[j + 1 + m]
                    out[k] = (cell.strip(), Span(at, at + len(cell), cell))
                rows.setdefault(label.lower(), out)
                j += width
            if rows:
                return rows
    return rows


_CELL_AGE = re.compile(APPROX + r"(?P<n>" + NUM + r")\s*(?P<unit>years?|yrs?|months?|weeks?|days?)\b", re.I)
_CELL_BARE = re.compile(r"^\s*(?P<n>\d{1,2})\s*$")


def child_cells(doc: Doc, child: ChildResult, others: list[ChildResult], label: str) -> list[tuple[str, Span]]:
    """The child's (cell, span) in each row of a per-child table whose label starts with the regex
    ``label`` ("Sex | Male | (withheld) | Female"); the table's columns follow the children's first
    mentions."""
    children = sorted([child, *others], key=lambda c: c.mentions[0].start if c.mentions else 0)
    k = children.index(child)
    return [cells[k] for name, cells in child_table(doc, children).items() if re.match(label, name)]


def _unit_months(m: re.Match[str]) -> int:
    """Whole months from a ``_CELL_AGE`` match ("6 years", "just under 5 months", "19 weeks"); "just
    under" a number of years or months is one month short of it."""
    n, unit = _num(m.group("n")), m.group("unit").lower()
    if unit.startswith("y"):
        months = n * 12
    elif unit.startswith("month"):
        months = n
    elif unit.startswith("week"):
        months = int(n * 7 / 30.4375)
    else:
        months = 0
    under = (m.group("approx") or "").lower() in _UNDER_WORDS
    return max(0, months - 1) if under and not unit.startswith(("week", "day")) else months


def _table_age(doc: Doc, child: ChildResult, others: list[ChildResult]) -> tuple[int, Span] | None:
    """The child's age from its column of a per-child table ("Age at incident | 4 months | 19 weeks")."""
    for cell, span in child_cells(doc, child, others, r"age\b"):
        ym = _YEARS_MONTHS.regex.search(cell)
        if ym:
            return _months("years_months", ym) or 0, span
        m = _CELL_AGE.search(cell)
        if m:
            return _unit_months(m), span
        bare = _CELL_BARE.match(cell)
        if bare and int(bare.group("n")) < 19:
            return int(bare.group("n")) * 12, span
    return None


def _table_dob_age(
    doc: Doc, child: ChildResult, others: list[ChildResult], year: int | None
) -> tuple[int, Span] | None:
    """The child's age from its date of birth in its column of a per-child table ("Date of birth | 14.01.2016 |
    02.09.2012") and the date of the incident the report gives."""
    for cell, span in child_cells(doc, child, others, r"(?:date of birth|dob\b|d\.o\.b|born\b|birth date)"):
        born = _dates(cell)
        if len(born) != 1:
            continue
        then = _incident_date(doc, year)
        if then is not None and then > born[0]:
            months = _months_between(born[0], then)
            if months < ADULT_MONTHS:
                return months, span
    return None


# One age cell of a table the reader ran into one line: "3y 2m", "5 years 4 months", "20 months", "7 yrs"
_RUN_ON_AGE = (
    r"\d{1,2} ?(?:y|yrs?|years?)\.? ?\d{1,2} ?(?:m|mths?|months?)\b"
    r"|\d{1,2} ?(?:years?|yrs?|months?|mths?|weeks?|wks?)\b"
)
_RUN_ON_ROW = re.compile(
    r"^[ \t]*Age(?: at (?:the )?(?:incident|death|notification|injury|harm))?[ \t:|]+(?P<cells>(?:" + _RUN_ON_AGE + r")"
    r"(?:[ \t|]+(?:" + _RUN_ON_AGE + r")){1,3})",
    re.I | re.M,
)


def _run_on_table_age(doc: Doc, child: ChildResult, others: list[ChildResult]) -> tuple[int, Span] | None:
    """The child's age from a per-child table whose borders the reader lost: a line holding only the
    children's names in order ("Child A (Mia) Child B (Tyler)"), then "Age at incident 3y 2m 20 months"
    with one age a child."""
    children = sorted([child, *others], key=lambda c: c.mentions[0].start if c.mentions else 0)
    if not all(c.names for c in children):
        return None
    header = compiled(
        r"^[ \t]*"
        + r"[ \t|]+".join(
            "(?:" + "|".join(re.escape(n) for n in sorted(c.names, key=len, reverse=True)) + ")" for c in children
        )
        + r"[ \t|]*$",
        re.M,
    )
    h = header.search(doc.text, 0, min(len(doc.text), 8000))
    if h is None:
        return None
    m = _RUN_ON_ROW.search(doc.text, h.end(), min(len(doc.text), h.end() + 400))
    if m is None or doc.text.count("\n\n", h.end(), m.start()) > 1:
        return None
    cells = list(re.finditer(_RUN_ON_AGE, m.group("cells"), re.I))
    if len(cells) != len(children):
        return None
    cell = cells[children.index(child)]
    months = _cell_months(cell.group(0))
    if months is None:
        return None
    at = m.start("cells") + cell.start()
    return months, Span(at, at + len(cell.group(0)), cell.group(0))


# A table with one row per child and an age column, in either of the ways the readers give it: rows of
# cells split by bars or tabs ("Child | Age at notification | Sex", then "Child A | 9 | Male"), or one cell
# per line (a web page's table: "Child", "Age", "Sex", then "Ellis", "4", "Boy", ...). An age column
# taken at another time than the incident ("Age now", "Age at referral") is not the age at the incident.
_AGE_HEADER = re.compile(
    r"^age\b(?!\s*(?:now|today|currently|in \d|at (?:the )?(?:referral|review|publication|writing|time of (?:writing|"
    r"the review|review|publication))))",
    re.I,
)
_ROW_LABEL_MAX_WORDS = 6
# the label of the children's column in a header row
_ROW_HEAD = re.compile(r"(?:the )?(?:child(?:ren)?|name|baby|babies|infant|young person|subject|sibling)s?\b", re.I)


def _cell_months(cell: str) -> int | None:
    """Months from one table cell holding an age ("9", "6 years 2 months", "5 months", "2 yrs 3 mths")."""
    cell = cell.strip().strip("*").strip()
    ym = _YEARS_MONTHS.regex.match(cell)
    if ym:
        return _months("years_months", ym)
    short = _YM_SHORT.match(cell)
    if short:
        return _months("ym_short", short)
    m = _CELL_AGE.match(cell)
    if m:
        return _unit_months(m)
    bare = _CELL_BARE.match(cell)
    if bare and int(bare.group("n")) < 19:
        return int(bare.group("n")) * 12
    return None


def child_rows(doc: Doc, children: list[ChildResult]) -> dict[int, tuple[int, Span]]:
    """Index of a child in ``children`` -> (months, span) from a table with one row per child and an
    age column; worked out once per report and set of children."""
    key = ("child_rows", tuple(c.names[0] for c in children if c.names))
    if key not in doc._trigger_cache:  # type: ignore[operator]
        doc._trigger_cache[key] = _find_child_rows(doc, children)  # type: ignore[index]
    return doc._trigger_cache[key]  # type: ignore[index]


def _find_child_rows(doc: Doc, children: list[ChildResult]) -> dict[int, tuple[int, Span]]:
    found: dict[int, tuple[int, Span]] = {}
    if "ge" not in doc.text:
        return found
    lines: list[tuple[str, int]] = []
    pos = 0
    for raw in doc.text.split("\n"):
        if raw.strip():
            lines.append((raw, pos))
        pos += len(raw) + 1

    def take(k: int | None, cell: str, at: int) -> None:
        months = _cell_months(cell)
        if k is not None and k not in found and months is not None and months < ADULT_MONTHS:
            found[k] = (months, Span(at, at + len(cell), cell))

    for n, (text, _start) in enumerate(lines):
        if "ge" not in text or len(text) > 300:
            continue
        cells = _CELL_SPLIT.split(text.strip().strip("|").strip())
        if len(cells) >= 2 and _column_of(cells[0], children) is None:
            ages = [j for j, c in enumerate(cells) if j > 0 and _AGE_HEADER.match(c.strip().strip("*").strip())]
            if ages:
                # bar-separated rows under a header row with an age column
                col = ages[0]
                for row, row_start in lines[n + 1 : n + 30]:
                    rcells = _CELL_SPLIT.split(row.strip().strip("|").strip())
                    if len(rcells) != len(cells):
                        if set(row.strip()) <= set("|-: +="):
                            continue  # a markdown rule row
                        break
                    k = _column_of(rcells[0], children)
                    if k is not None:
                        take(k, rcells[col], row_start + row.find(rcells[col], len(rcells[0])))
                if found:
                    return found
                continue
        if not _AGE_HEADER.match(text.strip()) or len(text.split()) > _ROW_LABEL_MAX_WORDS:
            continue
        # one cell per line: the header's cells run from a short first label to the line before the
        # first child's name; the age cell is one of them
        first = n
        while first > 0 and n - first < 8 and len(lines[first - 1][0].split()) <= _ROW_LABEL_MAX_WORDS:
            if _column_of(lines[first - 1][0], children) is not None:
                break
            first -= 1
        last = n
        while last + 1 < len(lines) and last - first < 10 and _column_of(lines[last + 1][0], children) is None:
            if len(lines[last + 1][0].split()) > _ROW_LABEL_MAX_WORDS:
                break
            last += 1
        if last + 1 >= len(lines) or _column_of(lines[last + 1][0], children) is None:
            continue
        # the header is the lines before the first child's name back to the label of the children's
        # column ("Child", "Name", "Baby"): the width that puts a child's name at the start of most rows
        best: tuple[int, int, int] | None = None
        for width in range(2, last - first + 2):
            col = n - (last + 1 - width)
            if col <= 0:
                continue
            hits = sum(
                1
                for j in range(last + 1, min(len(lines), last + 1 + 12 * width), width)
                if _column_of(lines[j][0], children) is not None
            )
            head = 1 if _ROW_HEAD.match(lines[last + 1 - width][0].strip()) else 0
            if best is None or (hits, head) > best[:2]:
                best = (hits, head, width)
        if best is None:
            continue
        width = best[2]
        col = n - (last + 1 - width)
        for j in range(last + 1, min(len(lines) - width + 1, last + 1 + 12 * width), width):
            label = lines[j][0]
            if len(label.split()) > _ROW_LABEL_MAX_WORDS:
                break
            cell, at = lines[j + col]
            take(_column_of(label, children), cell.strip(), at + len(cell) - len(cell.lstrip()))
        if found:
            return found
    return found


def _row_table_age(doc: Doc, child: ChildResult, others: list[ChildResult]) -> tuple[int, Span] | None:
    """The child's age from its row of a per-child table with an age column."""
    children = sorted([child, *others], key=lambda c: c.mentions[0].start if c.mentions else 0)
    return child_rows(doc, children).get(children.index(child))
