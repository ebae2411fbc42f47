"""Agencies in contact with the family before the incident (a set), abbreviations included."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from caselearn.extract.context import RECOMMENDATION_ROW, denied_in_row
from caselearn.extract.guard import fast_compile  # the same matches as re.compile, faster per sentence
from caselearn.extract.ids import roles
from caselearn.extract.lexicon import load_data
from caselearn.extract.model import Extraction, Span, Suggestion
from caselearn.extract.prefilter import Prefiltered, word_start
from caselearn.extract.text import YEAR, Doc

# the part of a report that says what should happen, not who was in contact
NOT_CONTACT = frozenset({"recommendations"})
THEMATIC = "thematic_review"


@dataclass(frozen=True)
class _Rules:
    table: list[tuple[str, Prefiltered]]
    after: Prefiltered
    before: Prefiltered
    none_before: re.Pattern[str]
    none_after: re.Pattern[str]
    none_unless: re.Pattern[str]
    only_with_history: frozenset[str]
    intro_incident: frozenset[str]
    referral: re.Pattern[str]
    not_taken_up: re.Pattern[str]
    membership: Prefiltered
    presentation: Prefiltered


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    d = load_data("agencies")
    sensitive = set(d["case_sensitive"])
    out = []
    for value, patterns in d["values"].items():
        cs = [p for p in patterns if p in sensitive]
        ci = [p for p in patterns if p not in sensitive]
        parts = []
        if ci:
            parts.append("(?i:" + "|".join(ci) + ")")
        parts += cs
        # anchored at word starts: the engine skips positions inside words at once
        out.append((value, Prefiltered.compile(word_start("|".join(parts)))))
    return _Rules(
        out,
        Prefiltered.compile(d["after_incident"], re.I),
        Prefiltered.compile(d["before_incident"], re.I),
        re.compile(d["not_in_contact_before"], re.I),
        re.compile(d["not_in_contact_after"], re.I),
        re.compile(d["not_in_contact_unless"], re.I),
        frozenset(d.get("only_with_history") or ()),
        frozenset(d.get("incident_in_introduction") or ()),
        re.compile(d["referral_before"], re.I),
        re.compile(d["referral_not_taken_up"], re.I),
        Prefiltered.compile(d["review_membership"], re.I),
        Prefiltered.compile(d["incident_presentation"], re.I),
    )


def _table() -> tuple[list[tuple[str, Prefiltered]], re.Pattern[str]]:
    rules = _rules()
    return rules.table, rules.after.regex


def _not_in_contact(rules: _Rules, text: str, s: int, e: int) -> bool:
    """ "not known to children's social care", "neither parent was known to the police",
    "CSC: not previously known"; but not "not known to the service until 2019, when ..."."""
    if denied_in_row(text, s, e):
        return True  # an agency-contact table's row: "Health visiting | No | -"
    before = text[max(0, s - 90) : s]
    if rules.referral.search(before) and rules.not_taken_up.match(text, e):
        return True  # a referral not yet allocated, or one that was never made
    if not (rules.none_before.search(before) or rules.none_after.match(text, e)):
        return False
    # the denial's own clause: "No contact before the incident; investigation after Jacob's death" stays denied
    end = text.find(";", e)
    return not rules.none_unless.search(text, e, end if end != -1 else len(text))


def _denied_in_sentence(rules: _Rules, regex: re.Pattern[str], text: str, s: int, e: int) -> bool:
    """This mention, or another mention of the same service in the sentence, is denied: "Police:
    neither parent known to police", "Police | Neither parent was known to the police" (the heading
    or label names the service that the rest of the sentence says was not in contact)."""
    if _not_in_contact(rules, text, s, e):
        return True
    word = text[s:e].lower()  # the same name only: one service denied says nothing of another
    return any(
        m.start() != s and m.group(0).lower() == word and _not_in_contact(rules, text, m.start(), m.end())
        for m in regex.finditer(text)
    )


# a sentence dated before the incident year is earlier contact, unless it is about a parent's own
# childhood or an earlier relationship (which say nothing of this family's contact)
_NOT_THIS_FAMILY = fast_compile(
    r"\b(?:previous relationship|(?:former|ex-?) ?(?:partner|girlfriend|boyfriend|wife|husband)|before the couple met|"
    r"before (?:he|she|they) (?:had )?(?:met|moved in with|began a relationship with)|"
    r"as a (?:child|teenager)|own childhood|when at school)\b",
    re.I,
)


_POLICE = "police"
# a parent's record told as such: "Police records show a conviction in 2014 for affray", "neither
# parent has any other police record" (but a caution or being known to police is contact)
_RECORD_ONLY = fast_compile(
    r"\bpolice (?:records?|national computer|PNC)\b|"
    r"\b(?:convictions?|convicted)\b",
    re.I,
)
# what the police held on a parent, not their contact with the family: "information about Mr W held by
# the police had not been used", "Police held information about Mr P's previous violence"
_HELD_ONLY = fast_compile(
    r"\b(?:information|intelligence|records?|history)\b[^.;]{0,60}?\bheld by (?:the )?police\b|"
    r"\bpolice (?:held|hold|holds|had held) (?:\w+ ){0,2}?(?:information|intelligence|records?|history)\b",
    re.I,
)
# the police's part after the incident: what someone told them, their investigation and enquiries
_POLICE_AFTER = fast_compile(
    r"\b(?:told|telling|tells|disclosed to|said to|admitted to|statements? to|accounts? to|(?:account|accounts),? "
    r"(?:\w+,? ){0,2}to) (?:the )?police\b|"
    r"\bpolice (?:investigation|enquiries|inquiries|timeline|interviews?|examined|family liaison|"
    r"officer in the case|have since|are (?:not )?taking|did not test|traced)\b|"
    r"\b(?:a |the |subsequent |criminal )police (?:investigation|enquiry|inquiry)\b|"
    r"\b(?:with|by) the agreement of the police\b|"
    # their investigation and view of the incident: "Police investigating; no arrests", "police considered
    # whether the injuries ...", "checked with school and friends by police", "no suggestion from the police"
    r"\bpolice (?:are |were )?(?:investigating|considered whether|believe[sd]?|concluded|were satisfied)\b|"
    r"\b(?:checked|confirmed|investigated|established) (?:\w+ ){0,6}by (?:the )?police\b|"
    r"\bno suggestion from (?:the )?police\b|"
    # none before: "Neither parent had come to the attention of the police", "Police checks are not requested"
    r"\b(?:neither|nor|not|never|no one)\b[^.;]{0,40}\b(?:come|came) to the (?:attention|notice) of (?:the )?police\b|"
    r"\bpolice checks (?:are|were|had) not\b|"
    # called out with the ambulance: "Ambulance and police attended", "Paramedics + police attended",
    # "police and ambulance attended the address"
    r"\b(?:ambulance|paramedics?)(?: (?:service|crew|staff))?\s*(?:and|&|\+|/)\s*(?:the )?"
    r"police (?:officers )?attended\b|"
    r"\bpolice(?: officers)?\s*(?:and|&|\+|/)\s*(?:the )?(?:ambulance|paramedics?)"
    r"(?: (?:service|crew|staff))? attended\b|"
    # the joint response to the harm: "Police and CSC joint working on the day was effective", "a strategy
    # discussion was held the next day with police" (a joint s47 enquiry alone may be an earlier one)
    r"\bjoint working\b|"
    r"\bstrategy (?:discussion|meeting) (?:was )?held (?:within|the (?:next|same|following)|that|on the day)\b|"
    # none on record: "No other police information", "no further police records held"
    r"\bno (?:other |further |additional )?police (?:information|intelligence|records?|history)\b",
    re.I,
)
_HOSPITAL = "hospital"
# the hospital's part in the incident itself: its doctors' findings on the injuries and its response on
# the day ("The consultant paediatrician's opinion was that the injuries were inflicted", "ED clinicians
# recognised the pattern quickly", "Good practice: ED recognition and s47 response were swift")
_HOSPITAL_AFTER = fast_compile(
    r"\b(?:paediatricians?|paediatric (?:team|registrar|consultant)|hospital (?:doctors?|staff|team)|clinicians|"
    r"ED|emergency department)\b[^.;]{0,60}?\b(?:opinion|concluded|view|found|described|raised (?:a )?concerns?|"
    r"recognised|recognition)\b[^.;]{0,60}?\b(?:injur\w*|inflicted|non-accidental|fractures?|bruis\w*|"
    r"malnourish\w*|faltering growth|underfe\w+|pattern|significance|ingested|harm)\b|"
    r"\b(?:consultant |community )?paediatrician\s*[:\-\u2013]\s*[^.;]{0,40}?\b(?:injur\w*|inflicted|non-accidental|"
    r"fractures?|bruis\w*|malnourish\w*)\b|"
    r"\b(?:response|responded|acted|recognised|recognition)\b[^.;]{0,40}?\b(?:quickly|swift\w*|prompt\w*|"
    r"rapid\w*|immediately|exemplary|excellent|on the day)\b|"
    # the stay and care after the incident: "He recovered in hospital", "spent a week in a paediatric ward",
    # "In hospital he was found to weigh ...", "assessed in hospital", "pronounced at ... ED", "transferred
    # from ... ED to ...", "told hospital staff", "described by the paediatrician as ..."
    r"\b(?:(?:recovered|recovering|remained|stayed) (?:(?:physically |well |fully )?(?:after|over) (?:\w+ ){1,3}?)?|"
    r"spent (?:\w+ ){1,3}?)(?:in|on) (?:the |a )?(?:hospital|"
    r"(?:\w+'?s? )?ward|PICU|intensive care)\b|"
    r"\bin hospital,? (?:he|she|they|it|the \w+|[A-Z]\w*) (?:was|were) (?:found|diagnosed|seen|noted|assessed)\b|"
    r"\bin hospital,? (?:he|she|they|the \w+|[A-Z]\w*) (?:disclosed|told|said|revealed|explained|described)\b|"
    r"\b(?:was|were) (?:assessed|examined|x-rayed|scanned|diagnosed) in hospital\b|"
    r"\bpronounced (?:dead |deceased )?(?:at|in)\b|\btransferred from\b|"
    r"\b(?:told|said to) (?:the )?(?:hospital|ED|ward|nursing|medical) staff\b|"
    # a visit to the child on the ward after the harm: "his key worker visited him in hospital"
    r"\bvisited (?:him|her|them) (?:while |when )?(?:he was |she was |they were )?in hospital\b|"
    r"\bdescribed by (?:the )?(?:consultant )?paediatricians?\b|"
    r"\b(?:date of (?:the )?incident|incident date)\b",
    re.I,
)
# each service's part in the incident itself, which is no earlier contact
_INCIDENT_PART = {_POLICE: _POLICE_AFTER, _HOSPITAL: _HOSPITAL_AFTER}
# not contact with the hospital: a parent's psychiatric admission (adult mental health's)
_HOSPITAL_NOT = fast_compile(
    r"\bpsychiatric (?:inpatient |in-patient )?(?:unit|hospital|ward|admissions?)\b|"
    r"\bdetained under (?:section \d+ of )?the Mental Health Act\b",
    re.I,
)
# ... unless the sentence also tells of the police dealing with the family
_POLICE_CONTACT = fast_compile(
    r"\b(?:attend\w*|called|call-?outs?|visit\w*|referr\w*|notifications?|strategy|welfare|arrest\w*|"
    r"domestic|incidents?|reported|missing|MARAC|protection|investigat\w*|officers?|known|cautions?|cautioned)\b",
    re.I,
)


# a glossary: an abbreviation followed by its expansion ("CAMHS - child and adolescent mental
# health services", "ED Emergency Department; GP General Practitioner"); it names a service, it
# tells of no contact
_ABBR = re.compile(r"(?<![\w&])([A-Z][A-Za-z&]{1,6})(?![\w&])\s*(?:[-–:=]\s*)?")
_WORD = re.compile(r"[A-Za-z][\w']*")
_SMALL = frozenset({"and", "of", "the", "for", "in", "with", "to", "on"})


def _expands(abbr: str, after: str) -> int:
    """The end of the expansion of ``abbr`` at the start of ``after`` (0: none)."""
    letters = [c for c in abbr if c.isupper()]
    if len(letters) < 2:
        return 0
    n = 0
    for w in _WORD.finditer(after[:120].replace("-", " ")):
        if w.group(0).lower() in _SMALL and n:
            continue
        if w.group(0)[0].upper() != letters[n]:
            return 0
        n += 1
        if n == len(letters):
            return w.end()
    return 0


def _glossary(text: str) -> bool:
    pairs = 0
    for m in _ABBR.finditer(text):
        end = _expands(m.group(1), text[m.end() :])
        if end:
            pairs += 1
            # two pairs, or one that is the whole line ("CAMHS: Child and Adolescent Mental Health Services.")
            if pairs >= 2 or (not _WORD.search(text[: m.start()]) and len(_WORD.findall(text[m.end() + end :])) <= 1):
                return True
    return False


# a heading that is only a service's name, followed by a line saying the family was not known to it
# ("Police" / "- Not known to police."): the heading names the service, it tells of no contact
_BARE = re.compile(r"^\W*[\w'&/ ]{1,40}?\W*$")
_NONE_NEXT = re.compile(
    r"^\W*(?:not (?:previously )?known|"
    r"no (?:previous |prior |known |earlier |recorded )?(?:contact|involvement|records?|referrals?|calls?)|"
    r"none\b|nil\b|n/?a\b)",
    re.I,
)


def _bare_heading(doc: Doc, i: int) -> bool:
    sent = doc.sentences[i]
    if len(sent.text) > 40 or not _BARE.match(sent.text) or i + 1 >= len(doc.sentences):
        return False
    nxt = doc.sentences[i + 1].text
    if _NONE_NEXT.match(nxt):
        return True
    m = _ABBR.match(sent.text.strip())  # "MASH" then "Multi-Agency Safeguarding Hub."
    return bool(m) and m.end() >= len(sent.text.strip()) and _expands(m.group(1), nxt) > 0


# a parent's own childhood or working life ("as a teenager she was seen by CAMHS", "he was supported
# by the leaving care team until he was 18", "she attended a special school", "the mother had been a
# teacher"): no contact with this family. Counted as such when the sentence names a parent, or when
# every subject child is too young for it to be the child's own
_NUM = r"(?:1[0-9]|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_OWN_PAST = fast_compile(
    r"\b(?:as an? (?:child|young (?:person|girl|boy|woman|man)|schoolgirl|schoolboy|pupil|looked[- ]after child)|"
    r"in (?:his|her|their) (?:early |mid-?|late )?teens|"
    r"(?:his|her|their) (?:own )?(?:childhood|school ?days|adolescence)|"
    r"when (?:he|she|they) (?:was|were) (?:a (?:child|teenager|pupil)|(?:aged? )?" + _NUM + r")\b|"
    r"until (?:he|she|they) (?:was|were|turned) " + _NUM + r"\b|"
    r"\bat (?:the age of |age )?" + _NUM + r"\b(?! ?(?:weeks|months|days|[-/]|years? and))|"
    r"(?:left|leaving|excluded from|expelled from) (?:\w+ )?school|"
    r"(?:attended|went to|was at) (?:a |an )?(?:special|residential|boarding) school|at school (?:he|she|they)\b|"
    # a parent's needs met or found at school ("a mild learning disability, identified at school", "had
    # support at school through a statement of SEN"), and a parent's own college course
    r"(?:identified|diagnosed|assessed|recognised|picked up|support|supported|statemented) (?:\w+ ){0,2}at school|"
    r"(?:while|when) (?:mother|father|mum|dad|she|he) (?:attended|was at|went to) college|"
    r"(?:worked|works|working|employed) as an?|had been an? (?:[\w-]+ ){0,2}(?:teacher|nurse|officer|assistant))",
    re.I,
)
# "as a teenager she was known to the youth offending team": a parent's own past only when the sentence
# names a parent or every subject child is under eleven (a named young mother's teenage years may fall
# in the period the review looks at)
_OWN_TEENS = fast_compile(r"\bas an? (?:teenager|adolescent)\b", re.I)
_PARENT = fast_compile(
    r"\b(?:mother|father|mum|dad|parents?|step-?(?:mother|father)|Mr|Mrs|Ms|Miss|(?:his|her) partner|"
    r"grand(?:mother|father|parents?))\b",
    re.I,
)


# services that give the review information whether or not they knew the family before (the police
# and the acute trust, which met the child at the incident): in a list of who took part, who sent
# reports or who the partners are, or in a line that is only an organisation's name ("- Westmoor
# Police", "Kingsway Hospitals NHS Foundation Trust (emergency department)"), they tell of no contact
_CONTRIBUTOR_ONLY = frozenset({"police", "hospital"})
_CONTRIBUTORS = fast_compile(
    r"\b(?:IMRs?|individual management reviews?|(?:agency |management )?reports?|chronolog(?:y|ies)|"
    r"records|information|submissions?)\b(?: [\w-]+){0,3}? (?:(?:was|were) )?"
    r"(?:provided|received|requested|submitted|supplied|sought|commissioned|obtained) (?:by|from)\b|"
    r"\bagencies (?:that |which |who )?"
    r"(?:contributed|provided|took part|taking part|participated|were involved in (?:the|this) review)\b|"
    r"\bfollowing (?:agencies|organisations) (?:\w+ )?(?:contributed|provided|took part|participated|submitted)\b|"
    r"\b(?:participating|contributing) (?:agencies|organisations)\b|"
    r"\b(?:partnership|partners)\b(?: \(\w+\))? (?:is|are|was|were|comprises?) "
    r"(?:made up of|comprised of|formed (?:of|by)|the)\b|"
    r"\bstatutory (?:safeguarding )?partners\b|\b(?:three |the )?safeguarding partners\s*\(|"
    r"\bpolice[- ]led\b|\bretired police\b|\bpolice summary\b|"
    r"\b(?:review team|practitioners|case group|learning event)\b[^.]{0,40}\b"
    r"(?:from|drawn from|made up of|comprised|comprising|included|including|representing)\b",
    re.I,
)
_NAME_WORD = re.compile(r"[A-Za-z][\w'&.-]*")
_NAME_SMALL = frozenset({"and", "of", "the", "for", "on", "upon", "in"})


def _name_line(text: str, name: str) -> bool:
    """A line that is only organisations' names ("- Estuary and Wolds Police", "(Ashby Borough Council |
    Weald Police)"), words in brackets aside, with the service's own name outside the brackets; not a
    template field ("Diagnosis: ADHD (Westmarch Hospital)")."""
    if ":" in text:
        return False
    bare = re.sub(r"\([^()]*\)", " ", text)
    words = _NAME_WORD.findall(bare)
    return name in bare and len(words) >= 2 and all(w[0].isupper() or w in _NAME_SMALL for w in words)


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# "June 2020", "14 Nov 2020", "06/2020", "14/06/2020"
_MONTH_YEAR = fast_compile(
    r"\b(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,? (?:\d{1,2}(?:st|nd|rd|th)?,? )?"
    r"|(\d{1,2})/)((?:19|20)\d\d)\b",
    re.I,
)


def _months(text: str) -> list[tuple[int, int]]:
    """(year, month) of each month-and-year date in ``text``."""
    out = []
    for m in _MONTH_YEAR.finditer(text):
        month = _MONTHS.index(m.group(1).lower()) + 1 if m.group(1) else int(m.group(2))
        if 1 <= month <= 12:
            out.append((int(m.group(3)), month))
    return out


# an attendance told with the child's age at it ("admitted with bronchiolitis at six weeks", "aged 14
# months, she was taken to the ED"): one episode of several, not the incident the review is about
_AGED_AT = fast_compile(
    r"\b(?:at|aged) (?:the age of |just )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"(?:-| )(?:days?|weeks?|months?)\b(?! old when)",
    re.I,
)


def _dated_before(text: str, year: int | None, month: int | None = None) -> bool:
    """Every date in the sentence is before the incident: an earlier year, or an earlier month of
    the incident's year when the report dates the incident to the month."""
    if year is None:
        return False
    years = [int(y) for y in YEAR.findall(text)]
    if not years or _NOT_THIS_FAMILY.search(text):
        return False
    if max(years) < year:
        return True
    if month is None or max(years) > year:
        return False
    dated = _months(text)
    return bool(dated) and len(dated) == len(years) and max(dated) < (year, month)


def _incident_month(doc: Doc, rules: _Rules, year: int | None) -> int | None:
    """The month of the incident, from the first of the opening sentences that tells of the incident
    and dates it in the incident's year ("found dead in her cot on 14 November 2020"), passing over
    the court's part, which comes later ("convicted in November of that year")."""
    if year is None:
        return None
    for i, sent in enumerate(doc.sentences[:60]):
        dated = [mo for y, mo in _months(sent.text) if y == year]
        if dated and not _COURT.search(sent.text) and rules.after.in_sentence(doc, i) is not None:
            return min(dated)
    return None


_COURT = fast_compile(r"\b(?:convicted|charged|sentenced|trial|pleaded|inquest|court)\b", re.I)


_INITIAL_END = re.compile(r"(?<![\w.])[A-Z]\.$")


def _member_after_initial(doc: Doc, i: int) -> bool:
    """A sentence cut after a person's initial ("Chair: DI R." / "Fenn, Southmere Police"): the membership
    cue is in the piece before it."""
    if i == 0:
        return False
    prev = doc.sentences[i - 1]
    if not _INITIAL_END.search(prev.text) or "\n" in doc.text[prev.end : doc.sentences[i].start]:
        return False
    return _rules().membership.regex.search(prev.text) is not None


def _before_birth(text: str, born: int | None) -> bool:
    """Every year in the sentence is before the earliest year the eldest subject child can have been
    born in: a parent's caution or a call-out from before the child's life."""
    if born is None:
        return False
    years = [int(y) for y in YEAR.findall(text)]
    return bool(years) and max(years) < born


# what a protocol or procedure asks of every practitioner ("the protocol required any bruise in a
# non-mobile baby to be referred to children's social care"): a rule, no contact with this family
_PROCEDURE = fast_compile(
    r"\b(?:protocol|policy|procedures?|guidance)(?:'s)?\b[^.;]{0,60}?\b(?:requires?|required|says|said|states|stated)\b",
    re.I,
)
_SCHOOL = "school"
_EARLY_YEARS = "early_years"
_HOUSING = "housing"
# a school the child was only to start ("She was due to start in reception class at a local primary school in
# September"), a school never attended ("She was not attending any school"): no contact
_SCHOOL_TO_COME = fast_compile(r"\b(?:due|about|going|set|expected|meant|booked) to (?:start|begin|join)\b", re.I)
_NOT_ATTENDING = re.compile(
    r"\b(?:not|never) (?:attending|attended|enrolled (?:at|in)|on roll (?:at|with)|registered (?:at|with)) (?:any|a) $",
    re.I,
)
# no early years place: "She did not attend nursery or a playgroup", "D2 had no nursery place"
_NO_EARLY_YEARS = re.compile(
    r"(?:\b(?:not|never) (?:\w+ )?(?:attend(?:ed|ing)?|go(?:ne)? to|went to|take up|took up|taken up)"
    r"(?: (?:a |an |any )?[\w'-]+(?: [\w'-]+)? (?:or|nor))?|\bno) (?:a |an |any )?$",
    re.I,
)
# a move only planned ("the plan to move Jess at 18 to an adult hostel")
_PLANNED_MOVE = fast_compile(
    r"\b(?:plan(?:ned|s)?|due|going|about|expected) to (?:move|be moved|place) (?:[\w'’]+ ){0,4}to "
    r"(?:an? |the )?(?:[\w-]+ )?(?:hostel|temporary accommodation|supported accommodation|flat)\b",
    re.I,
)


# the partnership passing on its learning ("The briefing has been reissued to schools and early years settings"): no
# contact with this family
_DISSEMINATION = fast_compile(
    r"\b(?:briefings?|guidance|training|toolkits?|campaigns?|leaflets?|newsletters?|learning|letters?|reminders?|"
    r"posters?)\b[^.;]{0,60}\b(?:re-?issued|issued|sent|circulated|shared|distributed|delivered|offered|disseminated|"
    r"cascaded|rolled out)\b[^.;]{0,20}?\b(?:to|with|across|among)\b (?:all )?(?:local )?(?:[\w'-]+ ){0,3}?"
    r"(?:schools|settings|practices|GPs|agencies|nurseries|services|teams|partners|staff|practitioners|professionals|"
    r"providers)\b",
    re.I,
)
# who a brief is written for ("written so that anyone who works with young people, including ... youth club
# volunteers, can read it"), and a learning point told as an instruction ("- Follow the bruising protocol every time
# ...: discuss with CSC"): no contact
_AUDIENCE = fast_compile(r"\b(?:is|was|has been) written (?:so that|for)\b|\banyone who works with\b", re.I)
_INSTRUCTION = re.compile(
    r"^\W*(?:Follow|Discuss|Ask|Consider|Make sure|Refer|Check|Remember|Think|Tell|Share|Record|Use|Always|Never|"
    r"Escalate|Speak to|Talk to|Seek|Don't|Do not)\b"
)
# a numbered recommendation outside a part the reader named ("3. The RSCB to seek assurance from CAMHS on ...")
_RECOMMENDATION_LINE = re.compile(
    r"^\W*\d{1,2}[.)]\s+(?:[\w'/&,-]+ ){1,6}?(?:to|should|must) (?:seek|ensure|review|consider|develop|provide|"
    r"deliver|agree|audit|commission|produce|remind|update|share|raise|establish|write|publish|promote|strengthen|"
    r"introduce|embed)\b",
    re.I,
)
# a relative's line that says he or she has no part in the child's care ("Maternal grandmother - known to adult
# mental health services (schizophrenia). No care role; sees Baby J rarely."): the service is not the family's
_RELATIVE_LINE = re.compile(
    r"^\W*(?:(?:maternal|paternal) )?(?:great-)?(?:grand(?:mother|father|parents?|ma|pa)|aunt|uncle|cousin)\b|"
    r"^\W*(?-i:MGM|PGM|MGF|PGF)\b",
    re.I,
)
_NO_CARE_ROLE = re.compile(
    r"\bno (?:care|caring) (?:role|responsibilit(?:y|ies))\b|\bnot (?:a |the )?(?:carer|caregiver)\b|"
    r"\bnot involved in (?:\w+ )?(?:[\w'’]+['’]s |the |her |his |their )?care\b|\bno part in (?:[\w'’]+ )?care\b",
    re.I,
)


_ANSWER_NO = re.compile(r"^\W*(?:no|none|not (?:known|involved))\b", re.I)


def _question_answered_no(doc: Doc, i: int) -> bool:
    """ "Were the police involved with the family before the incident?" answered "No. ..." """
    sents = doc.sentences
    return sents[i].text.rstrip().endswith("?") and i + 1 < len(sents) and bool(_ANSWER_NO.match(sents[i + 1].text))


def _relative_no_carer(doc: Doc, start: int) -> bool:
    text = doc.text
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", start)
    line = text[a : b if b != -1 else len(text)]
    return bool(_RELATIVE_LINE.match(line)) and _NO_CARE_ROLE.search(line) is not None


def _not_in_contact_with(value: str, text: str, s: int, e: int) -> bool:
    """Denials and non-contacts that hold for one kind of service."""
    before = text[max(0, s - 60) : s]
    if value == _SCHOOL:
        return _SCHOOL_TO_COME.search(text) is not None or _NOT_ATTENDING.search(before) is not None
    if value == _EARLY_YEARS:
        return _NO_EARLY_YEARS.search(before) is not None
    if value == _HOUSING:
        return _PLANNED_MOVE.search(text) is not None
    return False


# an agency-contact table's row of two answers, the first a bare no and the second a note ("Police | No | No contact
# with household.", "Early years | No | D2 had no nursery place")
_BARE_NO = re.compile(r"\s*(?:no|none|nil|n|-+|\u2013|\u2014)\s*$", re.I)
_YES = re.compile(r"\s*(?:yes|y)\b", re.I)


def _first_answer_no(text: str, s: int, e: int) -> bool:
    if " | " not in text:
        return False
    cell_start = text.rfind("|", 0, s) + 1
    cell_end = text.find("|", e)
    if cell_end < 0 or text[:cell_start].strip(" |") or len(text[cell_start:cell_end].split()) > 5:
        return False
    cells = [c for c in text[cell_end + 1 :].split("|") if c.strip()]
    return len(cells) == 2 and bool(_BARE_NO.match(cells[0])) and not _YES.match(cells[1])


# a nursery's safeguarding lead ("The nursery's DSL considered a referral") or a parent's course ("she
# had enrolled on a college course", "ESOL course at Eastgate College"): no contact with a school
_EARLY_YEARS_SETTING = fast_compile(r"\b(?:nursery|pre-?school|childminder|children'?s cent(?:re|er))\b", re.I)
_SCHOOL_WORD = fast_compile(r"(?<!pre-)\bschool\b", re.I)
_COURSE = fast_compile(r"\bcourses?\b", re.I)


def _not_a_school(word: str, text: str) -> bool:
    word = word.lower()
    if word in ("dsl", "designated safeguarding lead"):
        return _EARLY_YEARS_SETTING.search(text) is not None and _SCHOOL_WORD.search(text) is None
    return word == "college" and _COURSE.search(text) is not None


# the review's own word that a service had nothing to do with the family before the harm ("Police had no contact
# with the household before the incident", "The family had no previous involvement with children's social care"):
# it outweighs what the service held on someone (an arrest in another area, a partner's history it knew)
_NONE_WITH_FAMILY = fast_compile(
    r"\b(?:had|has) (?:had )?no (?:previous |prior |earlier |other )?(?:contact|involvement|dealings) with "
    r"(?:the |this )?(?:household|family)\b",
    re.I,
)
_FAMILY_HAD_NONE = fast_compile(
    r"\b(?:family|household) (?:had|has) (?:had )?no (?:previous |prior |earlier )?"
    r"(?:contact|involvement|dealings) with ",
    re.I,
)
_EXCEPT = re.compile(r"\b(?:other than|apart from|except|until|since|after|beyond|when|but)\b", re.I)


def _outright_denials(doc: Doc) -> list[tuple[str, bool]]:
    """The stretches of text that name a service in such a sentence: the words just before "had no contact with
    the family" (the service ends the stretch), or those after "the family had no involvement with" (the service
    opens it)."""
    out: list[tuple[str, bool]] = []
    for m in _NONE_WITH_FAMILY.finditer(doc.text):
        sent = doc.sentence_at(m.start())
        if sent is not None and _EXCEPT.search(doc.text, m.end(), sent.end) is None:
            out.append((doc.text[max(sent.start, m.start() - 45) : m.start()], True))
    for m in _FAMILY_HAD_NONE.finditer(doc.text):
        sent = doc.sentence_at(m.start())
        if sent is not None and _EXCEPT.search(doc.text, m.end(), sent.end) is None:
            out.append((doc.text[m.end() : min(sent.end, m.end() + 60)], False))
    return out


def _denied_outright(denials: list[tuple[str, bool]], regex: re.Pattern[str]) -> bool:
    for text, subject in denials:
        if subject:
            if any(x.end() >= len(text) - 8 for x in regex.finditer(text)):
                return True
        elif regex.match(text, 4 if text.lower().startswith("the ") else 0):
            return True
    return False


def agencies(
    doc: Doc,
    incident_year: int | None = None,
    young: bool = False,
    thematic: bool = False,
    born: int | None = None,
) -> Suggestion | None:
    """``young``: every subject child is under eleven, so a teenage past is someone else's;
    ``thematic``: a review of several children's cases, where no one arrival at hospital is the incident;
    ``born``: the earliest year the eldest subject child can have been born in (police contact counts
    only in the child's life)."""
    rules = _rules()
    found: dict[str, Span] = {}
    # per sentence: skip, earlier contact, incident only (the last asked only without earlier contact)
    verdicts: dict[int, tuple[bool, bool, bool | None]] = {}
    month: int | bool | None = False  # the incident's month, looked up when first needed
    for value, pattern in rules.table:
        for m in pattern.finditer(doc):
            sent = doc.sentence_at(m.start())
            if sent is None:
                continue
            v = verdicts.get(sent.start)
            if v is None:
                skip = doc.section_name(sent.start) in NOT_CONTACT  # what should happen says nothing of contact
                i = doc.sentence_index(sent.start)
                # who sat on the review or gave it information says nothing of contact either
                skip = skip or rules.membership.in_sentence(doc, i) is not None or _member_after_initial(doc, i)
                # a glossary or a bare heading over "not known" names a service and tells of no contact
                skip = skip or _glossary(sent.text) or _bare_heading(doc, i)
                # a numbered row of a recommendations or action table ("3 | HV to be informed when ...")
                skip = skip or RECOMMENDATION_ROW.match(sent.text) is not None
                skip = skip or _PROCEDURE.search(sent.text) is not None  # what a protocol requires
                # the partnership passing on learning, a numbered recommendation, a relative who is no carer
                skip = skip or _DISSEMINATION.search(sent.text) is not None
                skip = skip or _RECOMMENDATION_LINE.match(sent.text) is not None
                skip = skip or _AUDIENCE.search(sent.text) is not None or _INSTRUCTION.match(sent.text) is not None
                skip = skip or _relative_no_carer(doc, sent.start)
                skip = skip or _question_answered_no(doc, i)
                # a parent's own childhood or job
                skip = skip or (
                    _OWN_PAST.search(sent.text) is not None and (young or _PARENT.search(sent.text) is not None)
                )
                skip = skip or (
                    _OWN_TEENS.search(sent.text) is not None and (young or _PARENT.search(sent.text) is not None)
                )
                # said to be earlier ("three times", "previously")
                said = not skip and rules.before.in_sentence(doc, i) is not None
                v = verdicts[sent.start] = (skip, said, None)
            skip, said, after = v
            if skip:
                continue
            # an ambulance, or a hospital in the opening account, is the incident unless said to be
            # earlier in so many words (a date alone may be an earlier child's death)
            if value in rules.only_with_history and not said:
                continue  # an ambulance at the incident is not contact before it
            if value in rules.intro_incident and not said and doc.section_name(sent.start) == "introduction":
                continue  # "she was admitted to hospital" in the opening account of the incident
            if not said:
                if after is None:  # the long incident pattern: only when there is no earlier contact
                    i = doc.sentence_index(sent.start)
                    after = rules.after.in_sentence(doc, i) is not None or (
                        not thematic
                        and rules.presentation.in_sentence(doc, i) is not None
                        and not _AGED_AT.search(sent.text)
                    )
                    # ... and a sentence dated before the incident year is earlier contact whatever
                    # it says happened ("In 2021 he was convicted ... treated by the drug service")
                    if after and month is False:
                        month = _incident_month(doc, rules, incident_year)
                    after = after and not _dated_before(sent.text, incident_year, month or None)
                    verdicts[sent.start] = (skip, said, after)
                if after:
                    continue
            if _denied_in_sentence(rules, pattern.regex, sent.text, m.start() - sent.start, m.end() - sent.start):
                continue
            if value in _CONTRIBUTOR_ONLY and (
                _CONTRIBUTORS.search(sent.text)
                # a name line under the chronology is the heading of that service's contacts
                or (
                    value == _POLICE
                    and _name_line(sent.text, m.group(0))
                    and doc.section_name(sent.start) != "chronology"
                )
            ):
                continue  # the police or the hospital among those who told the review, not who knew the family
            if value == _SCHOOL and _not_a_school(m.group(0), sent.text):
                continue  # a nursery's safeguarding lead, or a parent's college course
            if _not_in_contact_with(value, sent.text, m.start() - sent.start, m.end() - sent.start):
                continue  # a school to come, no nursery place, a move only planned
            if _first_answer_no(sent.text, m.start() - sent.start, m.end() - sent.start):
                continue  # "Police | No | No contact with household."
            if value == _HOSPITAL and _HOSPITAL_NOT.search(sent.text):
                continue  # a parent's psychiatric admission
            incident_part = _INCIDENT_PART.get(value)
            if (
                incident_part is not None
                and not said
                and incident_part.search(sent.text)
                and not _dated_before(sent.text, incident_year, None)
            ):
                # the service's part in the incident itself: the doctors' findings on the injuries and the
                # response on the day, what was told to the police and their enquiries
                continue
            if value == _POLICE and _before_birth(sent.text, born):
                continue  # a caution or call-out from before the child was born
            if value == _POLICE and _RECORD_ONLY.search(sent.text) and not _POLICE_CONTACT.search(sent.text):
                continue  # a conviction or caution on a parent's record, not the police in contact with the family
            if (
                value == _POLICE
                and _HELD_ONLY.search(sent.text)
                and _PARENT.search(sent.text)
                and not _POLICE_CONTACT.search(sent.text)
            ):
                continue  # what the police held on a parent, not their contact with the family
            found[value] = Span(m.start(), m.end(), m.group(0))
            break
    denials = _outright_denials(doc) if found and not thematic else []
    for value, pattern in rules.table:
        if value in found and denials and _denied_outright(denials, pattern.regex):
            del found[value]
    if not found:
        return None
    order = [v for v, _ in rules.table]
    values = sorted(found, key=order.index)
    return Suggestion(values, 0.7, [found[v] for v in values], "rule:agencies/lexicon")


class AgenciesComponent:
    name = "agencies"

    def __call__(self, doc: Doc, result: Extraction) -> None:
        kind = result.review.get(roles().review_type)
        if not result.children and kind is not None and kind.value == THEMATIC:
            return  # a thematic review with no subject child: no family to have been in contact with
        incident = result.review.get(roles().incident_year)
        year = incident.value if incident is not None and isinstance(incident.value, int) else None
        ages = [c.codes.get(roles().age_months) for c in result.children]
        months = [a.value for a in ages if a is not None and isinstance(a.value, int)]
        young = bool(months) and len(months) == len(result.children) and max(months) < 11 * 12
        # the eldest child's age at the incident, in whole years, can have been reached late in the year
        born = year - max(months) // 12 - 1 if year is not None and months else None
        s = agencies(doc, year, young, kind is not None and kind.value == THEMATIC, born)
        if s is not None:
            result.case[roles().agencies_involved] = s
