"""Parental and family flags (case level): substance misuse, mental health, adverse childhood
experiences, care leavers, learning disability, offending, separation, domestic abuse,
isolation, moves, partners, poverty. Lexicons in data/family.yaml."""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from caselearn.codewords import code_word
from caselearn.extract import context
from caselearn.extract.flags import FlagSpec, evaluate_flag
from caselearn.extract.guard import fast_compile  # the same matches as re.compile, faster per sentence
from caselearn.extract.lexicon import checked_variables, load_data
from caselearn.extract.model import Extraction, Span, Suggestion
from caselearn.extract.text import YEAR, Doc, compiled

# Sentences about families in general, research or advice ("the toxic trio of domestic abuse,
# mental ill-health and substance misuse", "national data show that poverty ..."): nothing about
# this family.
GENERIC = fast_compile(
    r"\b(?:research|studies|literature|national (?:data|analys[ie]s|reviews?|picture|evidence|figures)|"
    r"triennial|biennial|toxic trio|nationally|(?:many|most|some|all) (?:families|parents|children|fathers|mothers)\b|"
    r"families (?:where|in which)|in (?:such|these|many) families|risk factors?|"
    r"(?:is|are) (?:known|likely) to (?:increase|be associated)|associated with (?:an )?increased|"
    r"(?:practitioners|professionals|staff|agencies|services) (?:need|needs|must|should) (?:to )?(?:be )?"
    r"(?:alert|aware|ask|consider|record|ensure|understand)|^\W*recommendation\b|"
    r"\bmust (?:ask|ensure|consider|record|review)|"
    r"\bmust be (?:identified|checked|seen|asked|recorded|assessed|considered|included|shared|named)\b|"
    r"\bshould be (?:provided|given|offered|shared|made|considered|asked|"
    r"recorded|included|used)\b|(?:routine )?enquir(?:y|ies) (?:\w+ ){0,3}(?:about|regarding|re|into)\b|"
    r"\bfor example\b|\bany of the following\b|\bcriteria (?:for|of|were)\b|"
    # questions asked of every parent: "the midwife asked the routine questions about domestic abuse"
    r"\b(?:routine|standard|screening) (?:\w+ )?questions? (?:\w+ ){0,3}(?:about|on|regarding)\b|"
    # a glossary of abbreviations, a run of entries: "HV - health visitor; MARAC - Multi-Agency
    # Risk Assessment Conference; ..." (what a word means, not what happened)
    r"^\W*(?-i:[A-Z][A-Za-z]{1,7})\s+[-\u2013=]\s+[^;.]{3,90};\s*(?-i:[A-Z][A-Za-z]{1,7})\s+[-\u2013=]\s|"
    # ... or its lines run together with no stop: "CIN - child in need DSL - designated safeguarding
    # lead ED - Emergency Department MARAC - ..."
    r"^\W*(?-i:[A-Z]{2,7})\s+[-\u2013]\s+[^;.]{3,80}?\s(?-i:[A-Z]{2,7})\s+[-\u2013]\s+[^;.]{3,80}?\s"
    r"(?-i:[A-Z][A-Za-z]{1,7})\s+[-\u2013]\s)",
    re.I,
)
# ... or one entry on its own line: "DASH - Domestic Abuse, Stalking and Harassment risk assessment"
# (an abbreviation in capitals and no verb: not a case note such as "M - drinking heavily again")
_GLOSSARY_ENTRY = re.compile(r"^\W*[A-Z]{2,7}\s+[-\u2013=]\s+[^;.]{3,90}\.?$")


@lru_cache(maxsize=4096)
def generic(sentence: str) -> bool:
    """Is the sentence about research, families in general or advice (cached per sentence)?"""
    if GENERIC.search(sentence):
        return True
    text = sentence.strip()
    return bool(_GLOSSARY_ENTRY.match(text)) and not _HEADING_VERB.search(text) and not _PERSON_LABEL.match(text)


# A heading ("Episode 3: Anxiety and behaviour (2020-2021)", "Parental mental health") names a
# subject without saying whose it is or that it was so.
_PERSON_LABEL = fast_compile(
    r"(?:\d+(?:\.\d+)*\.?\s+)?"
    r"(?:(?-i:M|F|MGM|PGM)|M[rs]s? \w+|Mum|Dad|Mother|Father|Parents?|Partner|Stepfather)\s*[:\-–]",
    re.I,
)
# a template field about the household ("Household: Mother, father, Baby R", "Lives with: Mum")
_FIELD_LABEL = re.compile(r"\W*(?:household(?: composition| members)?|lives with|living with)\s*[:\-\u2013|]", re.I)
# a field value or a later cell of a table row that opens with a denial (not a heading)
_DENIAL_CELL = re.compile(r"[|:]\s*(?:neither|none|no|nil|not|never)\b", re.I)
_HEADING_VERB = fast_compile(r"\b(?:was|were|is|are|had|has|have|did|does|been|being)\b", re.I)


@lru_cache(maxsize=4096)
def heading(sentence: str) -> bool:
    """A short line with no verb and no closing full stop (cached per sentence); not a list item or
    a case note about a person ("- M: heroin use 2015-18")."""
    text = sentence.strip()
    if text.startswith(("-", "*", "\u2022")) or _PERSON_LABEL.match(text) or _FIELD_LABEL.match(text):
        return False
    if _DENIAL_CELL.search(text):
        return False  # a table row whose value denies: "Criminal history | Neither parent known to police"
    return (
        len(text) <= 70
        and not text.endswith((".", ";", ","))
        and len(text.split()) <= 8
        and not _HEADING_VERB.search(text)
    )


class _NotGeneric:
    def __init__(self, inner: object | None, doc: Doc | None = None) -> None:
        self.inner = inner
        self.doc = doc

    def __call__(self, sent, start: int, end: int) -> bool:  # noqa: ANN001
        if self.inner is not None and not self.inner(sent, start, end):  # type: ignore[operator]
            return False
        return not generic(sent.text) and not (heading(sent.text) and self._opens_line(sent))

    def _opens_line(self, sent) -> bool:  # noqa: ANN001
        """A heading stands on a line of its own: a short sentence after another on the same line
        ("Works full time. No known MH issues") is a statement."""
        if self.doc is None:
            return True
        text = self.doc.text
        return not text[text.rfind("\n", 0, sent.start) + 1 : sent.start].strip()


# "her own mother's alcohol use", "his own father's heroin use": the parent's parent holds it
_OWN_PARENTS = fast_compile(
    r"\bown (?:mother|father|mum|dad|parents?|step-?(?:mother|father))"
    r"(?:['’]s?\s+(?:[\w-]+\s+){0,2}|\s+(?:to|through)\s+|"
    # the parent's parent as the subject: "her own mother drank heavily", "her own mother was using heroin"
    r"\s+(?:(?:had|has|was|were)\s+(?:been\s+)?)?)$",
    re.I,
)


# "Ms C's mother, who lives nearby, ...", "Her mother, MGM, ...": a parent's parent by name or key
_PARENTS_PARENT = re.compile(
    r"(?:(?-i:M[rs]s? [A-Z]\w*)['’]s (?:own )?(?:mother|father|mum|dad)\b|\b(?-i:MGM|PGM|MGF|PGF)\b|"
    r"\b(?:maternal|paternal) grand(?:mother|father|parents?)\b|\bgrand(?:mother|father|ma|pa)\b)",
    re.I,
)
# ... who is said to have no part in the child's care (the devset conventions: not a carer)
_NO_CARE = re.compile(
    r"\b(?:did not|does not|never) (?:provide|give|have) (?:any )?(?:care|caring role)|\bno caring role\b|"
    r"\b(?:was|is) not (?:a |one of the )?carers?\b|\bdid not care for\b|"
    # a bracketed note in a household list: "MGM lives nearby; heavy drinker (not a carer)"
    r"\((?:but )?not (?:a |the )?(?:carer|caregiver)\b|\bno caring (?:responsibilit(?:y|ies)|role)\b|"
    # "(not Mason's carer; lives in the home)", "she is not involved in Baby L's care"
    r"\bnot (?:\w+['’]s )(?:carer|caregiver)\b|\bnot involved in (?:\w+ )?(?:\w+['’]s |the |her |his |their )?care\b|"
    # "No care role; sees Baby J rarely", "has never cared for the twins", "has never met Baby K"
    r"\bno (?:care|caring|carer) role\b|\b(?:has|had) never (?:cared for|looked after|met)\b",
    re.I,
)
# a line or sentence that opens with a grandparent as its subject: "3.4 Maternal grandmother: ...",
# "Maternal grandmother, Mrs P, aged 58, lives ...", "Mr K's father, who still drinks heavily, ..."
_GRANDPARENT_OPENING = re.compile(
    r"\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:[A-Z]\w*\s+\d+[.:]\s+)?(?:the |her |his |their )?(?:(?-i:[A-Z]\w*)['’]s )?"
    r"(?:maternal |paternal )?grand(?:mother|father|parents?|ma|pa)\b|(?-i:MGM|PGM|MGF|PGF)\b|"
    r"(?-i:M[rs]s? [A-Z]\w*)['’]s (?:own )?(?:mother|father)\b)",
    re.I,
)
# a sibling's other parent: "her half-brother's father", "the sister's dad"
_SIBLINGS_PARENT = re.compile(r"\b(?:half-?)?(?:sister|brother|sibling)['’]s (?:father|dad|mother|mum)\b", re.I)
# "grew up ... because of her mother's drinking": the parent's own childhood, the parent's parent
_GREW_UP = re.compile(r"\b(?:grew up|growing up|as a child|in (?:her|his) (?:own )?childhood)\b", re.I)
# a span of someone's childhood by age: "spent four years in foster care between the ages of 8 and 12"
_BETWEEN_AGES = re.compile(r"\bbetween the ages of (\d{1,2}) and \d{1,2}\b")
_HER_PARENTS = re.compile(r"\b(?:her|his) (?:mother|father|mum|dad)['’]s\b", re.I)
# a parent named in the clause before the match: "She and the mother both drank heavily"
_PARENT_WORDS_BEFORE = re.compile(r"\b(?:mother|father|mum|dad|parents?)\b", re.I)


class _NotGrandparent:
    """A parent's condition is not one held by "her own mother" (the parent's parent), by a
    parent's parent named as such ("Ms C's mother", "MGM") who has no part in the child's care,
    or by "her mother" in a sentence about the parent growing up."""

    def __init__(self, inner: object | None, youngest_years: int | None = None, doc: Doc | None = None) -> None:
        self.inner = inner
        self.youngest = youngest_years
        self.doc = doc

    def __call__(self, sent, start: int, end: int) -> bool:  # noqa: ANN001
        if self.inner is not None and not self.inner(sent, start, end):  # type: ignore[operator]
            return False
        text = sent.text
        if self.youngest is not None and _HER_PARENTS.search(text, max(0, start - 40), end):
            for m in _WHEN_AGED.finditer(text):
                then = 0 if m.group(1) else int(_AGES.get(m.group(2).lower(), m.group(2)))
                if 8 <= then <= 17 and then > self.youngest + 1:
                    return False  # "... when she was eight, because of her father's drinking": the parent's youth
            for m in _BETWEEN_AGES.finditer(text):
                if 5 <= int(m.group(1)) <= 17 and int(m.group(1)) > self.youngest + 1:
                    return False  # "in foster care between the ages of 8 and 12, after his father's drinking"
        if _OWN_PARENTS.search(text, max(0, start - 60), start):
            return False
        if _PARENTS_PARENT.search(text, max(0, start - 120), start) and _NO_CARE.search(text):
            return False
        if self.doc is not None and _NO_CARE.search(text) and _PARENTS_PARENT.match(self._line_opening(sent)):
            return False  # "- Maternal grandmother: visits most days. Long history of alcohol misuse; not a carer."
        if self.doc is not None and self._grandparents_passage(sent, start):
            return False  # "Maternal grandmother, Mrs P, ... She had an alcohol problem ... she has no caring role"
        if _SIBLINGS_PARENT.search(text, 0, start):
            return False  # "Mr C | half-sister's father | ... history of cannabis use": not the child's parent
        return not (_HER_PARENTS.search(text, max(0, start - 40), end) and _GREW_UP.search(text, 0, start))

    def _grandparents_passage(self, sent, start: int) -> bool:  # noqa: ANN001
        """Is the match told of a grandparent who opens the sentence (or the sentence before, when this
        one goes on with She/He), and does the rest of that paragraph line say the grandparent has no
        part in the child's care?"""
        text = sent.text
        if not _GRANDPARENT_OPENING.match(text):
            if not _HE_SHE.match(text) or _PARENT_WORDS_BEFORE.search(text, 0, start):
                return False
            i = self.doc.sentence_index(sent.start)  # type: ignore[union-attr]
            if i <= 0:
                return False
            before = self.doc.sentences[i - 1]  # type: ignore[union-attr]
            if "\n" in self.doc.text[before.end : sent.start] or not _GRANDPARENT_OPENING.match(before.text):  # type: ignore[union-attr]
                return False
        full = self.doc.text  # type: ignore[union-attr]
        line_end = full.find("\n", sent.start)
        return bool(_NO_CARE.search(full, sent.start, line_end if line_end >= 0 else len(full)))

    def _line_opening(self, sent) -> str:  # noqa: ANN001
        """The start of the sentence's line when an earlier sentence opens it (a note's label), without
        its bullet or number; else the empty string."""
        text = self.doc.text  # type: ignore[union-attr]
        line_start = text.rfind("\n", 0, sent.start) + 1
        if line_start >= sent.start:
            return ""
        return _BULLET.sub("", text[line_start : min(sent.start, line_start + 60)], count=1).lstrip()


_LONG_AGO = fast_compile(
    r"\b(?:before (?:\w+ ){0,2}(?:was|were) born|years (?:earlier|before)|"
    # before the children were removed from the household the review examines
    r"before (?:\w+ ){0,3}(?:was|were) (?:removed|taken into care|placed (?:with|in))|"
    r"(?:previous|earlier|former) relationships?|"
    r"before (?:\w+ ){0,2}came into care|when (?:she|he) was (?:a child|a teenager|young|small|little)|as a child|"
    # a parent's own care history: "became looked after at 11 following ... in her birth family"
    r"(?:in|from) (?:her|his|their) (?:own )?birth famil(?:y|ies)|(?:became|become) looked after|"
    # a care leaver's entry: "removed from birth family for neglect and exposure to parental DA"
    r"(?:removed|taken) from (?:the )?birth famil(?:y|ies)|"
    # the child's early years: "as a young child", "in her early years", "historical domestic abuse"
    r"as a (?:young |small |little )?(?:boy|girl|baby|toddler|young child|small child)|"
    r"in (?:his|her|their) early (?:years|childhood)|(?:his|her|their) early (?:experiences?|life|years|childhood)|"
    r"(?-i:\b[A-Z]\w*)['’]s (?:early|first) (?:years|childhood|life)|"
    r"histor(?:ic|ical) (?:domestic|DA\b)|"
    # a parent's own childhood: "described a childhood in which her father was violent"
    r"childhood (?:in which|where|during which)|(?:her|his|their) own childhood|"
    r"(?:had )?grown up in (?:a|an) (?:home|household|family|environment))\b",
    re.I,
)


_PARENT_WORD = r"(?:mother|father|parents?|mum|dad|step-?(?:mother|father)|carers?|birth (?:mother|father|parents))"


# a sentence that goes on about the person of the one before: "She ...", "When distressed he ..."
# (one word in the clause: "After her partner left she ..." may be about someone else)
_HE_SHE = re.compile(r"\W*(?:He|She)\b")
_CHILD_RUN = re.compile(r"\W*(?:He|She)\b|\W*(?:When|If|Once|While)\s+\w+,?\s+(?:he|she)\b")


class _AboutTheChild:
    """A parental flag never comes from a sentence about the subject child itself: one that opens
    with the child's name ("Lily's GP saw her because of low mood", "T had a diagnosis of ...",
    but not "Oscar's mother has depression"), or opens with He/She right after such a sentence."""

    def __init__(
        self,
        doc: Doc,
        names: tuple[str, ...],
        inner: object | None = None,
        parent_named: bool = False,
        run: bool = True,
        quotes: bool = False,
    ) -> None:
        self.doc = doc
        self.quotes = quotes
        self.run = run
        self.inner = inner
        self.names = names
        self.parent_named = parent_named
        self._speaker: re.Pattern[str] | None = None
        alts = "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True) if n)
        self.opens = (
            compiled(
                r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:In|By|From|On) [^,]{1,25},? )?(?:" + alts + r")(?!\w)"
                r"(?!'s (?:\w+ )?" + _PARENT_WORD + r"\b)(?!’s (?:\w+ )?" + _PARENT_WORD + r"\b)"
            )
            if alts
            else None
        )

    def _about_child(self, text: str) -> bool:
        return bool(self.opens and self.opens.match(text))

    def _quoting_child(self, sent) -> bool:  # noqa: ANN001
        """The sentence lies inside a quotation the child speaks: 'In Jess's words: "... I've got no one
        to ring."', 'Sam told the advocate, "Nobody listens. ..."' (the quote opened earlier on its line)."""
        line_start = self.doc.text.rfind("\n", 0, sent.start) + 1
        before = self.doc.text[max(line_start, sent.start - 400) : sent.start]
        opened = max(before.rfind("“"), before.rfind('"') if before.count('"') % 2 else -1)
        if opened < 0 or "”" in before[opened:]:
            return False
        if self._speaker is None:
            alts = "|".join(re.escape(n) for n in sorted(set(self.names), key=len, reverse=True) if n)
            self._speaker = compiled(
                r"(?:\b(?:in|In) (?:" + alts + r")['’]s? (?:own )?words\b|(?<!\w)(?:" + alts + r")"
                r" (?:said|says|told|wrote|writes|explained|described|put it|commented)\b)[^“\"]{0,120}$"
            )
        return bool(self._speaker.search(before[:opened]))

    def __call__(self, sent, start: int, end: int) -> bool:  # noqa: ANN001
        if self.inner is not None and not self.inner(sent, start, end):  # type: ignore[operator]
            return False
        if self.opens is None:
            return True
        about = self._about_child(sent.text)
        if not about and (_CHILD_RUN if self.run else _HE_SHE).match(sent.text):
            # back over a run of sentences that go on with He/She ("Ellie was born at 29 weeks. She
            # was diagnosed with cerebral palsy at 14 months. She has severe learning disabilities.")
            # to the one that opens it: the child's by name, or someone else's
            i = self.doc.sentence_index(sent.start)
            for j in range(i - 1, max(-1, i - (5 if self.run else 2)), -1):
                before = self.doc.sentences[j].text
                if self._about_child(before):
                    about = True
                    break
                if not _CHILD_RUN.match(before):
                    break
        if not about and self.quotes:
            about = self._quoting_child(sent)
        if not about:
            return True
        # "She was born to a mother who was dependent on heroin": the parent is named as holder
        return self.parent_named and context.holder(sent.text, start, end, self.names) == "parent"


_NUMBERS = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen"
_AGES = {w: i for i, w in enumerate(_NUMBERS.split(), 1)}
# "when Jayden was a baby", "when he was five": a time in the subject child's early life
_WHEN_AGED = fast_compile(
    r"\bwhen (?:he|she|they|[A-Z]\w*(?: [A-Z])?) (?:was|were) "
    r"(?:(a baby|an infant|a toddler|a (?:small|young|little) (?:child|boy|girl)|small|little|very young)|(\d{1,2}|"
    + "|".join(_AGES)
    + r")\b(?! (?:weeks|months|days)))",
    re.I,
)


# "came into the care of the local authority at the age of 13": the age of someone taken into care
_CARE_AGED = fast_compile(
    r"\binto (?:the )?(?:foster |local authority |residential )?care"
    r"(?: of (?:the|a|another) (?:local authority|council))? (?:at|aged) (?:the age of )?"
    r"(\d{1,2}|" + "|".join(_AGES) + r")\b(?! (?:weeks|months|days))",
    re.I,
)


# a span of the child's life that ended at an age: "between Leah's birth and the age of nine", "up to the age of 6"
_UP_TO_AGE = fast_compile(
    r"\b(?:until|up to|before|between [^.;]{1,40}? and) the age of (\d{1,2}|"
    + "|".join(_AGES)
    + r")\b(?! (?:weeks|months|days))",
    re.I,
)


# a parent's earlier relationship: "a previous partner of Mr D reported him" (but one dated in the
# child's life is the household's: "in 2013 a previous partner was assaulting Ms E")
_PREVIOUS_PARTNER = fast_compile(
    r"\b(?:(?:a|an) (?:previous |former |earlier |past |ex-|ex )(?:partner|girlfriend|boyfriend|wife|husband)|"
    r"(?:previous|former) (?:partner|girlfriend|boyfriend|wife|husband) of|"
    r"his (?:previous|former|ex-?)[ -]?(?:partner|girlfriend|wife)|"
    r"(?:against|towards|on) (?:a|his|her) (?:previous|former|ex-?)[ -]?(?:partner|girlfriend|wife|boyfriend)|"
    # a note's shorthand: "DA report by ex-partner (assault)", "DA incident with ex-partner", "Previous partner made
    # DA report to police 2019"
    r"(?:by|with|from|against) (?:ex-|ex |former |previous )(?:partner|girlfriend|wife|boyfriend|husband))\b|"
    r"^\W*(?:(?:\d{4}|\w+ \d{4})[:,]?\s+)?(?:Previous|Former|Ex-)\s?(?:partner|girlfriend|wife|boyfriend|husband)\b",
    re.I,
)
# ... the mother named as the one harmed
_MOTHER_HARMED = fast_compile(
    r"\b(?:assault\w*|hit|hitting|attack\w*|abus\w+|threaten\w*|strangl\w+|punch\w*|kick\w*) "
    r"(?:the mother|her|(?-i:M(?:r?s|iss) [A-Z]\w*)|(?:\w+['’]s )?mother|mum)\b",
    re.I,
)


_SINCE = re.compile(r"\bsince\b", re.I)
_BEFORE_THE_SEPARATION = re.compile(
    r"\b(?:before|prior to|until|up to) (?:the|their|the parents['’]|(?:his|her) parents['’]) "
    r"(?:separation|split|divorce)\b",
    re.I,
)
_NEGATION = re.compile(r"\b(?:no|not|never|none|nothing)\b", re.I)
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:(?:early|late|mid|the end of|the start of|\w+ )\s*)?-?$", re.I)


class _Recent:
    """A match counts only when its sentence is not set long before the incident: long ago
    by its words, by its dates, or by the subject child's age then ("when he was five" in a
    review of a fourteen-year-old)."""

    def __init__(self, incident_year: int | None, youngest_years: int | None = None, doc: Doc | None = None) -> None:
        self.year = incident_year
        self.youngest = youngest_years
        self.doc = doc

    def __call__(self, sent, start: int, end: int) -> bool:  # noqa: ANN001
        # a denial between semicolons that runs from a time to now holds its own time ("Historic domestic
        # abuse when Kai was a baby; no domestic abuse has been reported since")
        sentence = sent.text
        left = sentence.rfind(";", 0, start) + 1
        right = sentence.find(";", end)
        clause = sentence[left : right if right >= 0 else len(sentence)]
        denial_since = bool(_SINCE.search(clause) and _NEGATION.search(sentence, left, end))
        if denial_since:
            sentence = clause
        if _LONG_AGO.search(sentence):
            return False
        # a year after "since" opens a time that runs on to now ("Since 2018 there have been no reports"),
        # and so does a denial's ("they split in 2017 and no abuse has been reported since")
        years = [
            int(m.group(0))
            for m in YEAR.finditer(sentence)
            if not denial_since and not _SINCE_BEFORE.search(sentence, 0, m.start())
        ]
        if _PREVIOUS_PARTNER.search(sentence) and not (
            self.year is not None
            and self.youngest is not None
            and years
            and self.year - self.youngest <= min(years) <= self.year
            and _MOTHER_HARMED.search(sentence)
        ):
            return False  # a parent's earlier relationship, unless dated in the child's life with the mother harmed
        if self.youngest is not None:
            for m in _WHEN_AGED.finditer(sentence):
                then = 0 if m.group(1) else int(_AGES.get(m.group(2).lower(), m.group(2)))
                if self.youngest - then >= 4:
                    return False
                if 8 <= then <= 17 and then > self.youngest + 1:
                    return False  # older than any subject child then: a parent's own youth
            for m in _UP_TO_AGE.finditer(sentence):
                if self.youngest - int(_AGES.get(m.group(1).lower(), m.group(1))) >= 4:
                    return False  # "between Leah's birth and the age of nine" in a review of a fifteen-year-old
            for m in _CARE_AGED.finditer(sentence):
                then = int(_AGES.get(m.group(1).lower(), m.group(1)))
                if 8 <= then <= 17 and then > self.youngest + 1:
                    return False  # "she came into care at the age of 13, after years of ...": a parent's youth
        if self.year is not None and years and max(years) <= self.year - 5:
            return False
        if not years and self.doc is not None and self.year is not None and _BEFORE_THE_SEPARATION.search(sentence):
            # "His parents separated in 2012. His mother experienced domestic abuse before the separation":
            # the separation dated in the sentence before
            then = _years_before(self.doc, Span(sent.start, sent.end, sent.text))
            if then and max(then) <= self.year - 5:
                return False
        return True


# what no young child has (substance use under eight, a history of mental ill-health under five): an
# absence said of no one ("she had no history of mental health difficulties") is the adults'
_ADULTS_ONLY_UNDER = {
    "parental_alcohol_misuse": 8 * 12,
    "parental_drug_misuse": 8 * 12,
    "parental_mental_health": 5 * 12,
}


_ANY_SUBJECT: dict[str, FlagSpec] = {}


def _any_subject(spec: FlagSpec) -> FlagSpec:
    """The flag with its absences not required to name a parent (made once per flag)."""
    found = _ANY_SUBJECT.get(spec.variable)
    if found is None:
        found = _ANY_SUBJECT[spec.variable] = dataclasses.replace(spec, absent_subject=None)
    return found


def _fallback_year(doc: Doc) -> int | None:
    """With no incident year found, two years before the latest year the report names: a report
    is written one or two years after its incident, so this errs towards the earlier year (what is
    set five years before it is long ago; what is dated before it is before the incident)."""
    years = [int(y) for y in YEAR.findall(doc.text)]
    return max(years) - 2 if years else None


@lru_cache(maxsize=1)
def specs() -> list[FlagSpec]:
    data = checked_variables(load_data("family"), "family")
    out = [FlagSpec.from_data(vid, "family", raw) for vid, raw in data.items()]
    for spec in out:
        if spec.absent_subject is not None:
            spec.absent_subject_place = _in_parents_entry
        spec.disproved_absent = spec.variable in _DISPROVED_ABSENT
        spec.field_none_absent = spec.variable in _FIELD_NONE_ABSENT
    return out


# a parent's problem alleged and found untrue is absent (the devset conventions): drink and drugs,
# whose allegations are tested
_DISPROVED_ABSENT = frozenset({"parental_alcohol_misuse", "parental_drug_misuse"})
# a template's field for the family's circumstances whose value says none was known ("Domestic abuse:
# none known", "| Parental substance misuse | None known to any agency |") is absent (the devset
# conventions: "no concerns ... were known to any agency")
_FIELD_NONE_ABSENT = frozenset(
    {
        "parental_alcohol_misuse",
        "parental_drug_misuse",
        "parental_mental_health",
        "parental_learning_disability",
        "domestic_abuse",
        "parental_criminal_record",
        "parental_violent_crime",
    }
)


def _in_parents_entry(doc: Doc, sent) -> bool:  # noqa: ANN001
    """Does a statement that names no one sit in a parent's entry of a template ("Dad:" / "- No
    known MH, drug or alcohol issues") or a parent's table row?"""
    roles = _entry_roles(doc, sent) or _row_roles(doc, sent)
    if roles:
        return roles <= {"f", "d", "p"}
    return _after_parent(doc, sent)


# the sentence before names one parent as its subject: "His mother is his only parent and carer."
_ONE_PARENT_OPENING = re.compile(
    r"\W*(?:(?:His|Her|Their|The)(?: \w+['’]s)? (?:birth )?(?P<f>mother|mum)|(?:His|Her|Their|The)(?: \w+['’]s)? "
    r"(?:birth )?(?P<d>father|dad))\b(?! and\b)"
)
_HER = re.compile(r"\b(?:she|her|herself)\b", re.I)
_TOLD = re.compile(r"\b(?:told|tells|said|says|reported|stated|claimed|insisted|denied|denies|maintained)\b", re.I)
_HIS = re.compile(r"\b(?:he|his|him|himself)\b", re.I)


def _after_parent(doc: Doc, sent) -> bool:  # noqa: ANN001
    """Does a statement that names no one go on, by a pronoun of the parent's sex, from a sentence that
    opens with one parent ("His mother is his only parent and carer. There were no known concerns about
    her use of alcohol or drugs.")? Not a bullet of its own, and only one pronoun's sex in it."""
    i = doc.sentence_index(sent.start)
    if not i or _BULLET.match(sent.text) or _TOLD.search(sent.text):
        return False  # (nor what the parent told: "She told me ... that there was no drug use by her")
    m = _ONE_PARENT_OPENING.match(doc.sentences[i - 1].text)
    if m is None or "\n\n" in doc.text[doc.sentences[i - 1].end : sent.start]:
        return False
    her, his = bool(_HER.search(sent.text)), bool(_HIS.search(sent.text))
    return (her and not his) if m.group("f") else (his and not her)


_YOUNG_PERSON = re.compile(r"(?:Young Person|Young Man|Young Woman|YP)\b")


class FamilyComponent:
    name = "family"

    def __call__(self, doc: Doc, result: Extraction) -> None:
        kind = result.review.get("review_type")
        if not result.children and kind is not None and kind.value == "thematic_review":
            return  # a thematic review with no subject child: no family to code (devset conventions)
        names = tuple(n for c in result.children for n in c.names)
        incident = result.review.get("incident_year")
        year = incident.value if incident is not None and isinstance(incident.value, int) else None
        if year is None:
            year = _fallback_year(doc)
        about = _AboutTheChild(doc, names)
        ages = [c.codes.get("age_months") for c in result.children]
        months = [a.value for a in ages if a is not None and isinstance(a.value, int)]
        youngest = min(months) // 12 if months and len(months) == len(result.children) else None
        recent = _AboutTheChild(doc, names, _Recent(year, youngest, doc))
        about_parent = _AboutTheChild(doc, names, parent_named=True)
        # in a review of a teenager, "she was in foster care", "a care leaver" or "his cannabis use"
        # is as often the young person: a parent's care history or substance use must then name
        # the parent
        # (a looked-after child whose age is known to be under five is no teenager: "in foster care"
        # there is the baby's placement, and a drug or a care history is an adult's)
        young = bool(months) and len(months) == len(result.children) and max(months) < 5 * 12
        teen = any(m >= 11 * 12 for m in months) or (
            not young
            and any(
                (c.codes.get("looked_after") is not None and c.codes["looked_after"].value == "present")
                for c in result.children
            )
        )
        # a review that calls its subject "Young Person K" or "YP K" is about an adolescent, whatever
        # age was or was not found
        teen = teen or any(_YOUNG_PERSON.match(n) for n in names)
        # every subject child looked after or living away from home: "contact with her mother", "her
        # mother lives in another city" tell of the child's separation from a parent, not the parents'
        apart = bool(result.children) and all(
            any(
                c.codes.get(k) is not None and c.codes[k].value == v
                for k, v in (("looked_after", "present"), ("living_at_home", "absent"))
            )
            for c in result.children
        )
        looked_after = any(
            c.codes.get("looked_after") is not None and c.codes["looked_after"].value == "present"
            for c in result.children
        )
        # every subject child young: an absence of drinking or drug use with no one named ("No concerns
        # about drug or alcohol use were known to any agency") can only be the adults'
        oldest = max(months) if months and len(months) == len(result.children) and not teen else None
        # a thematic review of several children's families: a case flag is absent only when excluded for all
        several = kind is not None and kind.value == "thematic_review" and len(result.children) > 1
        for spec in specs():
            if oldest is not None and oldest < _ADULTS_ONLY_UNDER.get(spec.variable, 0):
                spec = _any_subject(spec)
            if spec.variable in _SEPARATION:
                flt = _NotParentsYouth(youngest, apart, names)  # not a parent's own parents' divorce
            elif spec.variable in _HOUSEHOLD:
                flt = None  # "Sam lived with his mother and Mr Y": the child's sentence tells of the household
                if spec.variable == "transient_lifestyle" and (apart or looked_after):
                    flt = _no_placement  # a looked-after child's placement moves are not the family's
            elif spec.variable == "social_isolation":
                flt = _IsolatedHome(
                    _AboutTheChild(doc, names, run=False, quotes=True)
                )  # "Sam lives with his parents in an isolated cottage": the household
            elif spec.variable in _PARENT_CONDITION:
                flt = about_parent
            else:
                flt = recent if spec.recent_only else about
            if spec.variable in _OFFENDING:
                flt = _FamilyOffender(flt, doc)
            if teen and spec.variable in _PARENT_NAMED:
                flt = _ParentNamed(doc, names, flt, spec._absent_re)
            if spec.variable in _PARENT_CONDITION:
                flt = _NotGrandparent(flt, youngest, doc)
            if spec.variable in _CHILDS_OWN and names:
                flt = _NotChildsOwn(names, flt)
            s = evaluate_flag(spec, doc, child_names=names, match_filter=_NotGeneric(flt, doc))
            if s is not None and s.value == "present" and spec.variable in _EARLIER_VS_NOW | _TESTED | _OTHER_COUPLE:
                s = _outweighed(spec, doc, s, names, _NotGeneric(flt, doc), year)
            if s is None and spec.variable == "parental_violent_crime":
                s = _no_violence(doc)
            if s is not None and s.value == "absent" and spec.variable in _WHOSE_DENIAL:
                s = _whose_denial(spec, doc, s, names, _NotGeneric(flt, doc))
            if s is not None and spec.variable in _UNRESOLVED and _UNRESOLVED[spec.variable].search(doc.text):
                s = None  # the review itself leaves it open: not known
            if (
                s is not None
                and s.value == "absent"
                and several
                and not _covers_families(s, result.children, doc, spec.variable)
            ):
                s = None  # one family's "the parents are married", in a review of three families
            if s is not None:
                result.case[spec.variable] = s
        _entail(result)


# a statement over every family of a thematic review: "in none of the three families", "no family was known",
# "across all the cases", "in neither household", "none of the parents in the three families"
_ALL_FAMILIES = fast_compile(
    r"\b(?:none|all|each|every|either|neither|both) (?:of )?(?:the )?(?:\w+ )?(?:famil(?:y|ies)|cases?|households?|"
    r"children['’]s (?:parents|families|households))\b|\bno (?:family|household|case)\b|"
    r"\b(?:the|all|both) (?:two|three|four|five|six|\d) (?:families|households|cases)\b|"
    r"\bany of (?:the )?(?:\w+ )?(?:families|households|cases)\b|"
    r"\bacross (?:all )?(?:the )?(?:\w+ )?(?:families|cases|households)\b",
    re.I,
)


def _covers_families(s: Suggestion, children: list, doc: Doc, variable: str) -> bool:  # noqa: ANN001
    """Does the absence cover every family: a word for all of them, or each subject child named in turn
    ("Baby A lived with his mother and father." ... "Baby C lived with her mother and father.")?"""
    if any(_ALL_FAMILIES.search(e.text) for e in s.evidence):
        return True
    if all(any(n and n in e.text for e in s.evidence for n in c.names) for c in children):
        return True
    if variable not in _SEPARATION:
        return False
    together = [sent.text for sent in doc.sentences if _WITH_BOTH_PARENTS.search(sent.text)]
    return all(any(n and n in t for t in together for n in c.names) for c in children)


# a child living with both parents: "Baby B lived with both parents", "lived with her mother and father"
_WITH_BOTH_PARENTS = fast_compile(
    r"\b(?:lived|lives|living) with (?:both (?:of )?(?:his |her |their )?parents|(?:his|her|their) parents\b|"
    r"(?:his|her|their) mother\b[^.;]{0,30}? and (?:his |her |their )?father\b)",
    re.I,
)


# a looked-after child's placement: "the fourth placement", "moved to supported (semi-independent)
# accommodation", "back to her foster carers", "a children's home in another county"
_PLACEMENT = fast_compile(
    r"\bplacements?\b|\b(?:supported|semi-independent)(?: \([^)]{1,30}\))? (?:accommodation|lodgings|living|housing)\b|"
    r"\bfoster (?:carers?|homes?|famil(?:y|ies))\b|\bchildren['’]s homes?\b|\bresidential (?:homes?|units?)\b",
    re.I,
)


def _no_placement(sent, start: int, end: int) -> bool:  # noqa: ANN001
    return not _PLACEMENT.search(sent.text)


# Offending by people outside the family: "three young people were convicted of manslaughter",
# "two members of staff were dismissed and one was convicted of assault", "five adults have been
# convicted of offences including grievous bodily harm" (the exploiters)
_OFFENDING = frozenset({"parental_criminal_record", "parental_violent_crime"})
_OTHER_OFFENDERS = re.compile(
    r"\b(?:young (?:people|men|man|person)|(?:members? of )?staff|teenagers|youths?|boys|peers|perpetrators|"
    r"offenders|defendants|gang members?|older (?:boys|males|men)|"
    r"(?:two|three|four|five|six|seven|eight|several|other|\d+) (?:men|males|adults|youths|boys|people)|"
    r"(?:two|three|four|five|six|seven|eight|several|\d+) others|"
    # "a 17-year-old was convicted of murder", "the family friend (Ms D) had a previous caution"
    r"(?:a|an|another) (?:\d{1,2}|[a-z]+teen)-year-old|family friends?|neighbours?|lodgers?)\b",
    re.I,
)
# the offender named earlier in the sentence: "stabbed in the street by another young man, aged 18, who was
# convicted of murder"
_BY_ANOTHER = fast_compile(
    r"\bby (?:another|an?|two|three|several) (?:[\w-]+ )?(?:young (?:man|men|woman|women|person|people)|youths?|"
    r"teenagers?|boys|men|males?|\d{1,2}-year-olds?)\b",
    re.I,
)


class _FamilyOffender:
    """A conviction counts only when no one outside the family is named as the offender before it
    in its sentence, and the sentence is not about a grandparent the report names by title alone
    ("the maternal grandfather, Mr W" ... "In 1998 Mr W was convicted of ...")."""

    def __init__(self, inner: object | None, doc: Doc | None = None) -> None:
        self.inner = inner
        self.doc = doc

    def __call__(self, sent, start: int, end: int) -> bool:  # noqa: ANN001
        if self.inner is not None and not self.inner(sent, start, end):  # type: ignore[operator]
            return False
        left = context.clause(sent.text, start, end)[0]
        if _OTHER_OFFENDERS.search(sent.text, left, start) or _BY_ANOTHER.search(sent.text, 0, start):
            return False
        if self.doc is not None:
            first = _FIRST_WORD.match(sent.text)
            name = first.group(1) if first else None
            if name in _sibling_names(self.doc) and name not in _parent_first_names(self.doc):
                return False  # "... his older brother Connor, 19. Connor has convictions for supply": a sibling's
        return self.doc is None or not _grandparents_only(sent.text, _grandparent_names(self.doc))


# a sibling introduced by first name: "his older brother Connor", "her half-sister, Leah,", "brother (Jay, 19)"
_SIBLING_NAMED = fast_compile(
    r"\b(?:older |elder |younger |big |little |adult )?(?:half-|step-?)?(?:brother|sister|sibling)s?,?\s+\(?"
    # (not a code name: "her sister, Child B")
    r"(?!(?:Child|Baby|Young|Infant|Sibling|Subject|Person)\b)((?-i:[A-Z][a-z]{2,}))\b(?!['’])"
)


def _sibling_names(doc: Doc) -> frozenset[str]:
    """The first names a document gives a sibling when it introduces one; once per document."""
    found = doc._trigger_cache.get(("sibling_names",))
    if found is None:
        found = doc._trigger_cache[("sibling_names",)] = frozenset(
            m.group(1) for m in _SIBLING_NAMED.finditer(doc.text)
        )
    return found


# a grandparent the report names by title: "their maternal grandfather, Mr W", "Mrs P (paternal
# grandmother)", "Mr W, the children's grandfather"
_GRANDPARENT_NAMED = fast_compile(
    r"\bgrand(?:father|mother|parent)\b,?\s+(?-i:((?:Mr|Mrs|Ms|Miss)\.?\s+[A-Z]\w*))\b|"
    r"(?-i:\b((?:Mr|Mrs|Ms|Miss)\.?\s+[A-Z]\w*))\b,?\s+\(?(?:the |her |his |their |(?-i:[A-Z]\w*)['’]s |"
    r"the (?:child|children|girls|boys)['’] )?(?:maternal |paternal )?grand(?:father|mother)\b",
    re.I,
)
_GRAND_WORDS = ("grandfather", "grandmother", "grandparent")


def _grandparent_names(doc: Doc) -> frozenset[str]:
    """The grandparents the report names as Mr X or Mrs X, title and surname (once per document); none
    where a grandparent cares for the child (a carer counts as a parent: the devset conventions)."""
    found = doc._trigger_cache.get(("grandparent_names",))
    if found is None:
        if doc.finditer_lines(_GRANDPARENT_CARES, _GRAND_WORDS + ("kinship", "special guardian")):
            found = frozenset()
        else:
            found = frozenset(
                _title_key(m.group(1) or m.group(2)) for m in doc.finditer_lines(_GRANDPARENT_NAMED, _GRAND_WORDS)
            )
        doc._trigger_cache[("grandparent_names",)] = found
    return found


# a grandparent who brings the child up: "M has lived with her maternal grandmother since ...", "in the care of
# his grandparents", "a special guardianship order to the grandmother", "kinship carers"
_GRANDPARENT_CARES = fast_compile(
    r"\b(?:li(?:ved|ves|ving|ve)|stay(?:ed|s|ing)?|placed|moved|looked after|brought up|raised|cared for)\b"
    r"(?:\s+\w+){0,3}?\s+(?:with|by|to)\s+(?:her|his|their|the|\w+['’]s)\s+(?:(?:maternal|paternal|step-?)\s*)?"
    r"grand(?:mother|father|parents?)\b|\bin the care of (?:her|his|their|the) (?:(?:maternal|paternal|step-?)\s*)?"
    r"grand(?:mother|father|parents?)\b|\bkinship carers?\b|\bspecial guardian(?:ship|s)?\b",
    re.I,
)


def _title_key(name: str) -> str:
    return " ".join(name.replace(".", " ").split()).lower()


_TITLED = re.compile(r"(?-i:\b(?:Mr|Mrs|Ms|Miss)\.?\s+[A-Z]\w*)")


def _grandparents_only(text: str, grand: frozenset[str]) -> bool:
    """Does the sentence name, by title, only grandparents, and no parent by role?"""
    if not grand:
        return False
    titled = [_title_key(m.group(0)) for m in _TITLED.finditer(text)]
    if not titled or any(t not in grand for t in titled):
        return False
    return not any(r in ("f", "d", "p") for r in _roles_named(_TITLED.sub(" ", text)))


# A parent's record said to hold no violence: "he had convictions for theft, but none for
# violence", "Mr V had no convictions for violence" (one person named, so not an absence of any
# record for the criminal record itself)
_NO_VIOLENCE = fast_compile(
    r"\b(?:(?:had|has|have|with) no (?:previous |known |recorded )?"
    r"(?:convictions?|cautions?|history|record|offences?) "
    r"(?:for|of|involving) (?:any )?violen(?:ce|t)|none (?:of them )?(?:for|involving) violen(?:ce|t)|"
    r"(?:never|not) (?:been )?(?:convicted|cautioned|charged) (?:of|for) (?:any |a )?"
    r"(?:violen(?:ce|t)|offences? of violence))",
    re.I,
)


def _no_violence(doc: Doc) -> Suggestion | None:
    for m in _NO_VIOLENCE.finditer(doc.text):
        sent = doc.sentence_at(m.start())
        if (
            sent is None
            or generic(sent.text)
            or context.hedged(sent.text, m.start() - sent.start, m.end() - sent.start)
        ):
            continue
        return Suggestion(
            "absent", 0.7, [Span(sent.start, sent.end, sent.text)], "rule:family/parental_violent_crime.none"
        )
    return None


# The review's own conclusion that it cannot say ("the review does not conclude that domestic abuse
# was present", "it is not known whether there was domestic abuse in the household"): whatever
# incidents or denials it tells of, the matter is left open (not known).
_UNRESOLVED = {
    "domestic_abuse": fast_compile(
        r"\b(?:(?:is|was|remains|remained) (?:not known|unknown|unclear|not clear|uncertain)|"
        r"(?:cannot|could not|can not) (?:now )?(?:be )?"
        r"(?:known|established|determined|said|say|conclude|establish|determine)|"
        r"(?:not|never) (?:been )?(?:possible|able) to (?:say|establish|know|determine|conclude)|"
        r"(?:does|did|do) not (?:conclude|establish|determine|find it established)|"
        r"(?:has|have|had) not (?:been able to )?(?:concluded?|establish(?:ed)?|determined?))"
        r" (?:as to )?(?:whether|that|if) (?:or not )?(?:there (?:was|were|had been) )?(?:any )?"
        r"(?:domestic (?:abuse|violence)|(?:the )?relationship (?:was|had been) (?:\w+ )?abusive)|"
        # a note on domestic abuse that ends open: "- DA: none recorded by any agency; M says F was 'controlling
        # about money'. Review cannot say either way."
        r"(?:\b(?-i:DA|DV)\b|\bdomestic (?:abuse|violence))[^\n]{0,200}?\b(?:cannot|can't|could not|is unable to) "
        r"(?:say|tell|conclude) either way\b|"
        # "the review makes no finding about domestic abuse", "the panel made no determination as to DA"
        r"\b(?:makes?|made|reach(?:es|ed)?) no (?:finding|judgement|judgment|determination|conclusion)s? "
        r"(?:about|on|as to|regarding|in relation to) (?:whether )?(?:there (?:was|were|had been) )?(?:any )?"
        r"(?:domestic (?:abuse|violence)|DA\b)",
        re.I,
    )
}


# Abuse in an earlier relationship set against a statement that there was none now: "In 2019 the
# older children were on a plan because of domestic abuse by their father ... No agency had any
# report of abuse between the mother and Mr T." (the devset conventions: absent).
_EARLIER_VS_NOW = frozenset({"domestic_abuse"})
# A concern someone reported that was then tested and not borne out: "Her grandmother said that
# he drank heavily. ... Hair-strand tests were negative: no evidence of excessive alcohol use."
# (the devset conventions: disproved concerns are absent).
_TESTED = frozenset({"parental_alcohol_misuse", "parental_drug_misuse", "domestic_abuse"})
_REPORTED = fast_compile(
    r"\b(?:said|say|says|told|tell|reported|alleged|claimed|stated|suggested|raised concerns?|expressed concerns?|"
    # "concerns were raised by a neighbour that ..."
    r"concerns? (?:was|were|had been) (?:raised|expressed|reported))\b"
    r"(?: [\w'’-]+){0,8}? that\b|\ballegations?\b|\balleged(?:ly)?\b",
    re.I,
)
_NOT_BORNE_OUT = fast_compile(
    r"\b(?:negative|not (?:been )?substantiated|unsubstantiated|unfounded|not borne out|not supported|"
    r"ruled out|no evidence (?:of|to support))\b",
    re.I,
)
# The subject child's parents living together, and a separation only from an older child's father:
# "Ellis lived with his mother and father ... Ruby's father has had no contact since she was a baby".
_OTHER_COUPLE = frozenset({"parental_separation"})
_SOMEONE_ELSES_PARENT = re.compile(r"\b([A-Z][a-z]+)['’]s (?:birth |own )?(?:father|dad|mother|mum)\b")
_EARLIER_RELATIONSHIP = fast_compile(
    r"\b(?:that|her previous|his previous|an earlier|a previous|her former|his former) relationship\b", re.I
)
_EARLIER = fast_compile(
    r"\b(?:history of|previous(?:ly)?|former(?:ly)?|in the past|ended (?:that|the|this|her|his) relationship|"
    r"before (?:\w+ ){0,3}(?:was|were) born|before (?:she|he|they) (?:met|moved in)|before (?:the|their) separation|"
    # a relationship told as over: "during their relationship", "in that relationship"
    r"(?:during|in|throughout) (?:that|their|the|this) (?:earlier |previous )?relationship)\b",
    re.I,
)
# An absence scoped to the time after a relationship ended ("no domestic abuse in the household
# since they separated", "none reported after the separation"): the report sets the abuse it tells
# of before that, so undated mentions of it belong to the ended relationship.
_SINCE_ENDED = re.compile(
    r"\b(?:since|after|following) (?:the |their |her |his )?(?:separation|split|break-?up|"
    r"(?:they|the couple|the parents|she|he) (?:separated|split up|parted)|(?:the|that|their) relationship ended)\b|"
    r"\bsince (?:the |her |his |their )?(?:father|mother|dad|mum|partner|he|she) (?:left|moved out)\b",
    re.I,
)


# another child's father named by title: "Mason and Ruby's father is referred to here as Mr Hale",
# "Lily's father, Mr K, ...", "Mr K (Lily's father)", "Mr K, the father of Lily"
_OTHERS_FATHER_NAMED = re.compile(
    r"\b([A-Z][a-z]+)(?: and ([A-Z][a-z]+))?['’]s (?:birth |biological )?(?:father|dad)"
    r"(?:,| is| was| -| \()? ?(?:(?:is |was )?(?:referred to (?:here |in this report )?as|known as|called) )?"
    r"Mr\.? ([A-Z][a-z]+)\b|"
    r"\bMr\.? ([A-Z][a-z]+),? \(?(?:the )?(?:father of ([A-Z][a-z]+)|([A-Z][a-z]+)['’]s (?:birth )?father)"
)


def _others_fathers(doc: Doc, names: tuple[str, ...]) -> frozenset[str]:
    """The surnames of men the report names as the father of a child who is not a subject (once per
    document)."""
    found = doc._trigger_cache.get(("others_fathers",))
    if found is None:
        out = set()
        for m in doc.finditer_lines(_OTHERS_FATHER_NAMED, _FATHER_WORDS):
            kids = [k for k in (m.group(1), m.group(2), m.group(5), m.group(6)) if k]
            if kids and not any(k in n.split() for k in kids for n in names if n):
                out.add(m.group(3) or m.group(4))
        found = doc._trigger_cache[("others_fathers",)] = frozenset(out)
    return found


def _mr(name: str) -> re.Pattern[str]:
    return compiled(r"\bMr\.? " + re.escape(name) + r"\b")


def _all_present(spec: FlagSpec, doc: Doc, names: tuple[str, ...], flt: object) -> list:
    """Every sentence that makes the flag present (not only the first three of the evidence)."""
    found: list = []

    def collect(sent, start: int, end: int) -> bool:  # noqa: ANN001
        if flt(sent, start, end) and (not found or found[-1].start != sent.start):  # type: ignore[operator]
            found.append(sent)
        return False  # never counted, so the scan goes on to the end

    evaluate_flag(spec, doc, child_names=names, match_filter=collect)
    return found


_ABSENT_ONLY: dict[int, FlagSpec] = {}


def _absent_only(spec: FlagSpec) -> FlagSpec:
    """The spec with its absent patterns only (made once per spec)."""
    found = _ABSENT_ONLY.get(id(spec))
    if found is None:
        found = _ABSENT_ONLY[id(spec)] = dataclasses.replace(
            spec, present=[], _present_re=None, _present_alts=[], _context=None, _with_context=[]
        )
    return found


def _outweighed(
    spec: FlagSpec, doc: Doc, found: Suggestion, names: tuple[str, ...], flt: object, year: int | None
) -> Suggestion:
    """``absent`` instead of ``present`` when every sentence that made it present (two at most, so
    all of them are in the evidence) is set in the past (dated before the incident year, "history
    of", "previous", "ended that relationship"; domestic abuse) and the report states that there
    was none in the household (an explicit absence that passes the same checks); or when every
    such sentence only reports what someone said or alleged and the explicit absence says the
    concern was tested and not borne out ("negative", "not substantiated"); or, for separation,
    when every such sentence is about another child's parent or an earlier relationship of the
    mother and the report says the child's own parents live together."""
    spans = found.evidence
    if len(spans) > 2:
        if spec.variable not in _EARLIER_VS_NOW:
            return found
        spans = _all_present(spec, doc, names, flt)
    earlier = spec.variable in _EARLIER_VS_NOW
    reported = spec.variable in _TESTED
    other = spec.variable in _OTHER_COUPLE
    undated = 0
    for span in spans:
        others = [n for n in _SOMEONE_ELSES_PARENT.findall(span.text) if n not in names]
        other = other and (
            bool(others)
            or bool(_EARLIER_RELATIONSHIP.search(span.text))
            or any(_mr(n).search(span.text) for n in _others_fathers(doc, names))
        )
        years = [int(y) for y in YEAR.findall(span.text)] or _years_before(doc, span)
        dated_before = year is not None and bool(years) and max(years) < year
        then = dated_before or bool(_EARLIER.search(span.text))
        if not then and not (year is not None and years and max(years) >= year):
            undated += 1
            then = True  # only with an absence scoped to after the relationship ended (below)
        earlier = earlier and then
        reported = reported and bool(_REPORTED.search(span.text))
    if not (earlier or reported or other):
        return found
    absent = evaluate_flag(_absent_only(spec), doc, child_names=names, match_filter=flt)
    if (absent is None or absent.value != "absent") and reported and spec.disproved_absent:
        absent = _disproved_elsewhere(spec, doc, spans, names, flt)
    if absent is None or absent.value != "absent":
        return found
    if earlier and undated and (undated == len(spans) or not any(_SINCE_ENDED.search(a.text) for a in absent.evidence)):
        earlier = False  # undated mentions give way only to an absence set after the relationship ended
        if not (reported or other):
            return found
    if reported and not (earlier or other) and not any(_NOT_BORNE_OUT.search(span.text) for span in absent.evidence):
        return found  # a reported concern gives way only to one tested and not borne out
    return absent


def _years_before(doc: Doc, span: Span) -> list[int]:
    """The years of the sentence before an undated one in the same paragraph, which it goes on from
    ("... with whom the mother was in a relationship from 2016 to 2018. Mr D was violent towards the
    mother.")."""
    i = doc.sentence_index(span.start)
    if not i:
        return []
    before = doc.sentences[i - 1]
    if "\n\n" in doc.text[before.end : span.start]:
        return []
    return [int(y) for y in YEAR.findall(before.text)]


def _disproved_elsewhere(
    spec: FlagSpec, doc: Doc, spans: list, names: tuple[str, ...], flt: object
) -> Suggestion | None:
    """The flag over the report without the sentences that only report the concern: ``absent`` when
    what is left tells of it only as found untrue ("the concern about the father's drinking was found
    to be unfounded")."""
    reported = {span.start for span in spans}

    def rest(sent, start: int, end: int) -> bool:  # noqa: ANN001
        return sent.start not in reported and bool(flt(sent, start, end))  # type: ignore[operator]

    return evaluate_flag(spec, doc, child_names=names, match_filter=rest)


_ISOLATED_HOME = fast_compile(
    r"isolated (?:rural |remote |farm )?(?:cottage|farmhouse|farm|house|home|hamlet|village|location|property|"
    r"caravan|smallholding|area)\b",
    re.I,
)


class _IsolatedHome:
    """An isolated home told through the child ("Sam lives with his parents in an isolated cottage")
    is the household's isolation; other isolation in the child's sentence is the child's."""

    def __init__(self, inner: object) -> None:
        self.inner = inner

    def __call__(self, sent, start: int, end: int) -> bool:  # noqa: ANN001
        if _ISOLATED_HOME.match(sent.text, start):
            return True
        return self.inner(sent, start, end)  # type: ignore[operator]


# "Sam's increasing isolation", "W's loneliness", "Lily's depression": the child's own (a parent's
# condition is told with the parent: "Lily's mother's depression")
_CHILDS_OWN = frozenset({"parental_mental_health", "social_isolation"})


_PERSON_OR_VERB = (
    r"(?:mother|father|mum|dad|parents?|carers?|step-?\w+|partner|family|grand\w+|aunt|uncle|brother|sister|"
    r"siblings?|foster|birth|has|had|have|was|is|were|are)"
)


class _NotChildsOwn:
    """A match right after a subject child's name in the possessive (two words between at most)
    is the child's own condition."""

    def __init__(self, names: tuple[str, ...], inner: object | None) -> None:
        self.inner = inner
        alts = "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True) if n)
        self.owner = compiled(r"(?<!\w)(?:" + alts + r")['’]s? (?:(?!" + _PERSON_OR_VERB + r"\b)[\w-]+ ){0,2}$")

    def __call__(self, sent, start: int, end: int) -> bool:  # noqa: ANN001
        if self.inner is not None and not self.inner(sent, start, end):  # type: ignore[operator]
            return False
        return not self.owner.search(sent.text, max(0, start - 60), start)


# Household facts told through the child ("She lived with her father after her parents separated").
_HOUSEHOLD = frozenset({"parental_separation", "acrimonious_separation", "transient_lifestyle", "poverty"})
_SEPARATION = frozenset({"parental_separation", "acrimonious_separation"})
# a parent's own parents: "her own parents divorced when she was eight", "his own childhood"
_OWN_PARENTS_YOUTH = fast_compile(
    r"\b(?:her|his|their) own (?:childhood|parents|upbringing|mother and father)\b|"
    r"\b(?:when|after) (?:she|he) (?:was|were) (?:a teenager|in (?:her|his) teens)\b",
    re.I,
)
# the child's contact with a parent or a parent's whereabouts (not a couple's separation)
_CHILD_APART = re.compile(
    r"\b(?:contact|lives|lived|living|non-resident|estranged|absent|never lived with|not lived with)\b"
    r"(?! together)",  # (not "living together": the parents' household)
    re.I,
)
_SEPARATED_FROM_PARENT = re.compile(
    r"separat\w* from (?:her|his|their) (?:birth )?(?:mother|father|mum|dad|parents|family)\b", re.I
)


# The household reader's guards for a father's whereabouts: not a parent's own father ("Ms C's
# father lives nearby", "her own father was in prison"), not another child's father by name
# ("Sibling A's father ... lives in Leeds", where Sibling A is not a subject), not a sentence for
# the incident itself ("the father is serving a prison sentence for the manslaughter of ..."), and
# not a stepfather told of a parent's own childhood ("she was abused by her stepfather as a child").
_FATHER_START = re.compile(r"(?:father|dad|BF|Bio F)\b|(?:his|her|their|the \w+['’]s) step-?(?:father|dad)\b", re.I)
_PARENTS_OWN_FATHER = re.compile(
    r"(?:(?:(?-i:M[rs]s? [A-Z]\w*)|mother|mum|father|dad|partner)['’]s?|\b(?:her|his|their) own|\bstep-?|\bgrand|"
    r"\b(?:maternal|paternal))\s*$",
    re.I,
)
_OTHERS_FATHER = re.compile(r"\b(?-i:([A-Z][a-z]+)(?: [A-Z0-9])?)['’]s\s*$")
_FOR_THE_INCIDENT = re.compile(
    r"\b(?:murder|manslaughter|death of|killing|causing or allowing|cruelty|(?:his|her|their) (?:death|injuries)|"
    r"injuries to|following (?:the|\w+['’]s) (?:death|injur\w*|incident)|since (?:the|\w+['’]s) (?:death|incident))\b",
    re.I,
)
_A_PARENTS_YOUTH = re.compile(r"\b(?:as a (?:child|teenager|girl|boy)|childhood|grew up|growing up|upbringing)\b", re.I)


def _about_other_father(text: str, start: int, names: tuple[str, ...]) -> bool:
    """Is the father or stepfather the match opens with someone else's (a parent's own, another
    child's by name) or told of a sentence for the incident or a parent's youth?"""
    before = text[max(0, start - 25) : start]
    if _PARENTS_OWN_FATHER.search(before):
        return True
    other = _OTHERS_FATHER.search(before)
    if other and not any(n in other.group(0) for n in names if n):
        return True
    return bool(_FOR_THE_INCIDENT.search(text) or _A_PARENTS_YOUTH.search(text))


class _NotParentsYouth:
    """A separation told of a parent's own youth ("Her parents divorced acrimoniously when she
    was eight" in a review of a baby) is a parent's childhood, not the subject child's parents;
    and where every subject child is looked after or lives away from home, a parent's contact
    or whereabouts ("contact with her mother was sporadic", "his mother lives in another city")
    is the child's own separation from a parent (but where the child's father lives is still the
    parents' household). A father the match opens with must be the child's (_about_other_father)."""

    def __init__(self, youngest: int | None, apart: bool, names: tuple[str, ...] = ()) -> None:
        self.youngest = youngest
        self.apart = apart
        self.names = names

    def __call__(self, sent, start: int, end: int) -> bool:  # noqa: ANN001
        text = sent.text
        father = _FATHER_START.match(text, start)
        if father and _about_other_father(text, start, self.names):
            return False
        # where the child's father lives ("his father lives in another country") is the parents'
        # household, even for a child in care; his contact with the child is not
        whereabouts = father is not None and "contact" not in text[start:end].lower()
        if (
            self.apart
            and not whereabouts
            and (_CHILD_APART.search(text, start, end) or _SEPARATED_FROM_PARENT.match(text, start))
        ):
            return False
        if _OWN_PARENTS_YOUTH.search(text):
            return False
        if self.youngest is not None:
            for m in _WHEN_AGED.finditer(text):
                then = 0 if m.group(1) else int(_AGES.get(m.group(2).lower(), m.group(2)))
                if 8 <= then <= 17 and then > self.youngest + 1:
                    return False  # older than any subject child then: a parent's own youth
        return True


# A parent's own condition may be told in a sentence about the child when the parent is named
# as its holder ("She was born to a mother who was dependent on heroin"); not abuse, which is
# as often done to the child ("her father had hit her").
_PARENT_CONDITION = frozenset(
    {"parental_alcohol_misuse", "parental_drug_misuse", "parental_mental_health", "parental_learning_disability"}
)
_PARENT_NAMED = frozenset(
    {
        "parent_care_leaver",
        "parental_aces",
        "parental_alcohol_misuse",
        "parental_drug_misuse",
        "multiple_partners",
        "parental_mental_health",
        "parental_learning_disability",
    }
)


# a table row's label cell, on its own line before the row's text: "Ms K (mother)", "Father (Mr D)",
# "Mother's partner"; a grandparent's row is not a parent's
_PARENT_ROW_LABEL = re.compile(
    r"^[ \t]*(?:(?-i:M[rs]s?\.? [A-Z]\w*) \((?:the )?(?:\w+['’]s )?(?:birth )?(?:mother|father|mum|dad)\)"
    r"|(?:(?:Birth|Biological) (?:mother|father)|Mother|Father|Mum|Dad)\b(?!['’]s (?:mother|father|parents))"
    r"[^.\n]{0,30})[ \t]*$"
)


def _parent_row(text: str, pos: int) -> bool:
    """Whether the paragraph holding pos follows a short line that labels a parent's table row."""
    para = text.rfind("\n", 0, pos)
    if para < 0:
        return False
    before = text[max(0, para - 80) : para].rstrip("\n")
    label = before[before.rfind("\n") + 1 :]
    return bool(label) and len(label.split()) <= 6 and bool(_PARENT_ROW_LABEL.match(label))


# a template field's label before the statement: "Health: ...", "Family F: ...", "Police - ..."
_FIELD = r"(?:(?-i:[A-Z])[\w/&]*(?: [\w/&]+){0,3}\s*:\s+)?"
_PRONOUN_OPENING = re.compile(r"\W*(?:\d+(?:\.\d+)*\.?\s+)?" + _FIELD + r"(?:She|He|They)\b")
# a parent introduced by a first name: "Jess's mother, Louise,", "her mother (Louise)"
_PARENT_FIRST_NAME = fast_compile(r"\b(?:mother|father|mum|dad)(?:, | \()((?-i:[A-Z][a-z]{2,}))(?=[,)])", re.I)
# ... or by the name the review gives: "Baby M's father, who is called Liam in this review", "his mother,
# referred to here as 'Sarah'"
_PARENT_CALLED = fast_compile(
    r"\b(?:mother|father|mum|dad),? (?:who (?:is|will be) )?(?:called|known as|referred to as)"
    r"(?: here| in this (?:report|review))? [\"'‘“]?((?-i:[A-Z][a-z]{2,}))\b(?!['’]s)",
    re.I,
)
_FIRST_WORD = re.compile(r"\W*(?:\d+(?:\.\d+)*\.?\s+)?((?-i:[A-Z][a-z]{2,}))\b(?!['’])")


def _parent_first_names(doc: Doc) -> frozenset[str]:
    """The first names a document gives a parent when it introduces one; once per document."""
    found = doc._trigger_cache.get(("parent_first_names",))
    if found is None:
        found = doc._trigger_cache[("parent_first_names",)] = frozenset(
            [m.group(1) for m in _PARENT_FIRST_NAME.finditer(doc.text)]
            + [m.group(1) for m in _PARENT_CALLED.finditer(doc.text)]
        )
    return found


# a note's sentence with no subject: "Known alcohol dependency.", "Diagnosed with PTSD in 2019."
_SUBJECTLESS_NOTE = re.compile(
    r"\W*(?:Known|Diagnosed|History|Long[- ]?standing|Chronic|Heavy|Previous|Past|Misuses|Misused|"
    r"Prescribed|Treated|Dependent|Alcohol|Drug|Heroin|Cannabis|Cocaine|Depression|Anxiety|Care leaver)\b"
)
_PARENT_OPENING = re.compile(
    r"\W*(?:\d+(?:\.\d+)*\.?\s+)?" + _FIELD + r"(?:(?:His|Her|Their|The)(?: \w+['’]s)? (?:birth |own )?"
    r"(?:mother|father|mum|dad|stepfather|stepmother|parents?|carers?|partner)\b|"
    r"(?:Mother|Father|Mum|Dad)\b|(?-i:M[rs]s? [A-Z]\w*)\b|"
    # a key-facts field: "Birth mother: long-term alcohol dependency", "Biological father - ..."
    r"(?:Birth|Biological) (?:mother|father|mum|dad|parents?)\b|(?-i:Birth [MF])(?=\s*:)|"
    # case-note shorthand: "M: series of short-term partners", "F has a care history"
    r"(?-i:BM|BF|M|F)\b(?=\s*:|\s+(?:had|has|was|is|drank|drinks|used|uses|reported|told|said|disclosed)\b)|"
    # "Sam's mother", "Child R's mother", "Baby H's father"
    r"(?:" + code_word() + r" )?[A-Z]\w*['’]s (?:birth )?(?:mother|father|mum|dad|stepfather|stepmother))"
)


def _said_of(text: str, names: tuple[str, ...]) -> bool:
    """Does the text name one of the subject children as the one it is about ("... by Jade",
    "... of Child K")?"""
    alts = "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True) if n)
    if not alts:
        return False
    return bool(compiled(r"^[^.;:()]{0,60}?\b(?:by|of|for|from) (?:" + alts + r")(?!\w)(?!['’]s)").search(text))


# the match held by a parent in the possessive: "Mum's drinking", "her husband's increased drinking",
# "Ms W's drinking", "Mr P's drinking" (a Mr named as the father)
_PARENTS_OWN = fast_compile(
    r"(?:\b(?<!grand)(?<!own )(?:mother|father|mum|dad|stepfather|stepmother|husband|wife|parents)|"
    r"(?-i:\bM(?:r?s|iss) [A-Z]\w*)|(?-i:\bMr\.? ([A-Z]\w*)))['’]s? (?:[\w-]+ )?$",
    re.I,
)
_PARENTS_OWN_AT = fast_compile(
    r"(?:(?:mother|father|mum|dad|stepfather|stepmother|husband|wife|parents)|(?-i:M(?:r?s|iss) [A-Z]\w*)|"
    r"(?-i:Mr\.? ([A-Z]\w*)))['’]s? ",
    re.I,
)


# a parent's own account told to a professional, the match in it: "B's father told the social worker that he
# had been sexually abused as a child", "the mother disclosed to the midwife that she had been in care"
_PARENT_TOLD = fast_compile(
    r"\b(?<!grand)(?:mother|father|mum|dad|stepfather|stepmother|(?-i:M[rs]s? [A-Z]\w*))\b (?:later |also )?"
    r"(?:told|disclosed to|said to|explained to|informed) (?:the |a |an |her |his |their )?(?:[\w-]+ ){0,3}?"
    r"(?:that )?(?:she|he) (?:had |has |was |were )?(?:[\w-]+ ){0,3}$",
    re.I,
)


_OWN_BEFORE = re.compile(r"\b(?:own|grand)\s*$", re.I)


# "own" marks the childhood of someone who is now a parent: "Her own childhood was difficult", a note's
# "Own childhood: LAC 13-16"
_OWN_YOUTH = re.compile(r"(?:\b(?:her|his|their) own|^\W*own) (?:childhood|upbringing|early life)\b", re.I)


# what only a carer does: collecting or bringing a young child to nursery or school
_CARER_ACT = re.compile(
    r"\bat (?:the )?(?:collection|pick-?up|drop-?off|school gates?|nursery gates?)\b"
    r"|\bwhen (?:collecting|dropping off|she collected|he collected)\b"
    r"|\b(?:collected|collecting|dropped off|brought) (?:him|her|them|the (?:child|children|baby|boys|girls)) "
    r"(?:from|to|at) (?:the )?(?:nursery|school|playgroup|childminder)\b",
    re.I,
)


class _ParentNamed:
    """A match counts only when a parent holds it: named in its clause, or the subject of the
    sentence before when this one opens with She/He ("Her mother was 19. She suffered from
    depression."), or of the last one before a run of She/He sentences."""

    def __init__(
        self, doc: Doc, names: tuple[str, ...], inner: object | None, absent: re.Pattern[str] | None = None
    ) -> None:
        self.doc = doc
        self.names = names
        self.inner = inner
        self.absent = absent

    def __call__(self, sent, start: int, end: int) -> bool:  # noqa: ANN001
        if self.inner is not None and not self.inner(sent, start, end):  # type: ignore[operator]
            return False
        if self.absent is not None and any(m.start() <= start < m.end() for m in self.absent.finditer(sent.text)):
            # an explicit absence ("no concerns about parental drug use") keeps its own checks, unless
            # it is said of the young person by name ("no known substance use by Jade")
            return not _said_of(sent.text[start:], self.names)
        return self._held(sent, start, end)

    def _held(self, sent, start: int, end: int) -> bool:  # noqa: ANN001
        if _OWN_YOUTH.search(sent.text, max(0, start - 10), end):
            return True  # "her own childhood", "his own upbringing": told of someone who is now a parent
        who = context.holder(sent.text, start, end, self.names)
        if who is not None and who != "professional":
            return who == "parent"
        # no one but a professional named ("treated by her GP for depression"): whose sentence it is
        owner = _PARENTS_OWN.search(sent.text, max(0, start - 40), start) or _PARENTS_OWN_AT.match(sent.text, start)
        if owner and (owner.group(1) is None or owner.group(1) in _household(self.doc)[3]):
            return True  # "Mum's drinking", "her husband's drinking", "Mr P's drinking" (Mr P the father)
        inside = _PARENTS_OWN_AT.search(sent.text, start, end)
        if (
            inside
            and inside.group(1) is None
            and not _OWN_BEFORE.search(sent.text, max(0, inside.start() - 5), inside.start())
        ):
            return True  # the match names the parent itself: "a succession of her mother's partners"
        if _PARENT_TOLD.search(sent.text, max(0, start - 120), start):
            return True  # "B's father told the social worker that he had been abused as a child"
        if _PARENT_OPENING.match(sent.text):
            return True  # "K's mother described a hard childhood; she had been in foster care"
        if _CARER_ACT.search(sent.text):
            return True  # "Nursery staff recorded that she smelled of alcohol at collection": a carer's act
        if _parent_row(self.doc.text, sent.start):
            return True  # a family table's row for the parent: "Ms K (mother)" / "Sole carer. Depressed since ..."
        first = _FIRST_WORD.match(sent.text)
        if first and first.group(1) in _parent_first_names(self.doc):
            return True  # "Jess's mother, Louise, ... Louise used heroin from her late teens"
        if _SUBJECTLESS_NOTE.match(sent.text):
            # a note's next sentence on the same line goes on about the parent it opened with: "- Mother
            # lives in another county. Known alcohol dependency; diagnosed with bipolar disorder."
            i = self.doc.sentence_index(sent.start)
            if i > 0:
                before = self.doc.sentences[i - 1]
                if "\n" not in self.doc.text[before.start : sent.start] and _PARENT_OPENING.match(before.text):
                    return True
        if _PRONOUN_OPENING.match(sent.text):
            # "His mother was 19. She had a personal adviser. She had been depressed at 15.": back
            # over the sentences that go on with She/He to the one that names the parent
            i = self.doc.sentence_index(sent.start)
            for j in range(i - 1, max(-1, i - 4), -1):
                before = self.doc.sentences[j].text
                if _PARENT_OPENING.match(before):
                    return True
                named = _FIRST_WORD.match(before)
                if named and named.group(1) in _parent_first_names(self.doc):
                    return True  # "Liam told his GP he was drinking too much. He was prescribed ..."
                if not _PRONOUN_OPENING.match(before):
                    return False
        return False


_VIOLENCE_WORD = fast_compile(r"\bviolen(?:ce|t)\b", re.I)


def _entail(result: Extraction) -> None:
    """A conviction for violence is a criminal record; no record at all means no violent record;
    parents who had not separated (living together as a couple) had no acrimonious separation."""
    violent = result.case.get("parental_violent_crime")
    record = result.case.get("parental_criminal_record")
    if violent is not None and violent.value == "present" and (record is None or record.value != "present"):
        result.case["parental_criminal_record"] = Suggestion(
            "present", violent.confidence, list(violent.evidence), "rule:family/parental_criminal_record.entailed"
        )
    elif record is not None and record.value == "absent" and violent is None:
        result.case["parental_violent_crime"] = Suggestion(
            "absent", record.confidence, list(record.evidence), "rule:family/parental_violent_crime.entailed"
        )
    elif (
        record is not None
        and record.value == "present"
        and violent is not None
        and violent.value == "absent"
        and not any(_VIOLENCE_WORD.search(span.text) or _COVERS_ALL.search(span.text) for span in violent.evidence)
    ):
        # someone's record is told, so a clean record said of one parent ("She has no criminal
        # record") is another's: the offender's record may or may not hold violence
        del result.case["parental_violent_crime"]
    separated = result.case.get("parental_separation")
    if separated is not None and separated.value == "absent" and result.case.get("acrimonious_separation") is None:
        result.case["acrimonious_separation"] = Suggestion(
            "absent", separated.confidence, list(separated.evidence), "rule:family/acrimonious_separation.entailed"
        )


# -- Whose denial (the devset conventions, round 13): a parental flag is ``absent`` only when the
# statements of absence cover every parent and carer the report describes in the child's life.
# "Either/both/neither parent", "the parents", "the household", a denial that names no one ("no
# substance misuse was known to any agency") cover all; one naming a parent ("by Jacob's mother",
# "He has no convictions for violence", "the mother or Mr S"), or sitting under a parent's own
# bullet or label ("- Dad, 24. / No known MH issues."), covers only that parent. The others count
# unless the report says they are dead, unknown or out of the child's life.
_WHOSE_DENIAL = frozenset(
    {
        "parental_alcohol_misuse",
        "parental_drug_misuse",
        "parental_mental_health",
        "parental_learning_disability",
        "parental_criminal_record",
        "parental_violent_crime",
        "parent_care_leaver",
        "parental_aces",
    }
)
_COVERS_ALL = fast_compile(
    r"\b(?:either|neither|both|parents|parental|households?|famil(?:y|ies)|adults|carers|none of the)\b", re.I
)
# the break between two clauses of one statement ("no agency held any record of domestic abuse in the
# household, and no agency had any concern about drug use by the mother", "no evidence that he misused alcohol,
# and no history of mental illness in either parent"): a word that covers everyone, in a clause about another
# matter, does not cover a clause that names its person
_CLAUSE_BREAK = fast_compile(r";\s|,\s(?:and|but|while|whereas)\s")
_TOPIC = {
    "parental_alcohol_misuse": r"alcohol|drink|substance",
    "parental_drug_misuse": r"drug|substance|cannabis|cocaine|heroin",
    "parental_mental_health": r"mental|psychiatr|depress|anxi",
    "parental_criminal_record": r"convict|criminal|offen|record|police|caution",
    "parental_violent_crime": r"convict|criminal|offen|record|police|violen",
}
# a parent or carer named in the statement, by role or title (pronouns only where no one is named)
_ROLE_NAMED = fast_compile(
    r"(?P<f>\b(?:(?<!grand)mother|mum|mummy|birth mother)\b|(?-i:\bM[rs]?s\.? (?=[A-Z])|\bMiss (?=[A-Z])|\bM\b))|"
    r"(?P<d>\b(?:(?<!grand)father|dad|daddy)\b|(?-i:\bF\b))|"
    r"(?P<p>\b(?:step-?father|partner|boyfriend)\b|(?-i:\bMr\.? (?P<mr>[A-Z]\w*)))|"
    r"(?P<o>\b(?:grand(?:mother|father|parents?)|aunt|uncle|(?-i:MGM|PGM|MGF|PGF))\b)",
    re.I,
)
_PRONOUN = fast_compile(r"(?P<f>\b(?:she|her|herself)\b)|(?P<d>\b(?:he|him|his|himself)\b)", re.I)
# "... by Chloe", "that Jade ...": one person by first name
_FIRST_NAME = fast_compile(r"\b(?:by|that|for) (?-i:[A-Z][a-z]+)\b(?!['’])")
# a short label line or bullet opening a parent's entry ("- Dad, 24.", "Mother: aged 19.", "* Mum:")
_PARENT_LABEL = fast_compile(
    r"^\W*(?:(?P<f>mother|mum|(?-i:M|Ms [A-Z]\w*|Mrs [A-Z]\w*))|(?P<d>father|dad|(?-i:F))|"
    r"(?P<p>step-?father|partner|(?-i:Mr [A-Z]\w*)))\b\s*(?:[,:(\-\u2013]|$)",
    re.I,
)
_BULLET = fast_compile(r"^\s*(?:[-*\u2022]|\d+[.)]\s)")
# a father (or mother) out of the child's life: dead, unknown, never or long out of contact
_GONE = (
    r"(?:(?:is|was|remains?) (?:not known|unknown)(?! to)|"
    r"not (?:been )?(?:identified|traced|named|recorded)|"
    r"identity (?:is |was )?(?:not known|unknown)|(?:has|had) (?:had )?no (?:contact|involvement|part|role)|"
    r"(?:has|had) not (?:had (?:any )?contact|been involved|seen)|"
    r"not (?:been )?involved (?:with|in) (?:\w+['’]s |her |his |their )?(?:life|lives|care|upbringing)|"
    r"played no (?:part|role)|never (?:had (?:any )?contact|met|seen|been involved|lived with|known)|"
    r"no (?:contact|involvement) (?:with (?:\w+ ){1,3})?(?:since|for (?:many|several|some) years)|"
    r"lives abroad and has had no|"
    # a household list's shorthand: "Father not involved, whereabouts unknown"
    r"whereabouts (?:are |were |remain |remained |is )?(?:not known|unknown))"
)
_FATHER_GONE = fast_compile(
    r"\b(?:father|dad)\b(?:['’]s|:)?(?: \(?(?-i:Mr [A-Z]\w*)\)?,?)?(?: (?:had|has|was|is))? "
    r"(?:died|dead|deceased|passed away)\b|"
    r"\b(?:father|dad)\b(?:['’]s)?(?:(?!\b(?:said|says|told|tells|but|although|however)\b)"
    # (not "a father whose history was unknown": what was unknown is his history)
    r"(?!\bwhose (?:\w+ )?(?:history|background|past|record|needs|views|circumstances|role)\b)[^.;\n]){0,70}?\b"
    + _GONE
    + r"|"
    r"\b(?:death of|unknown|unnamed|identity of) (?:\w+['’]s |the |her |his |their )?(?:birth )?(?:father|dad)\b|"
    r"\b(?:father|dad)['’]s (?:death|identity is (?:not known|unknown))|"
    # a template's entry or a table's row for the father, its statements on one line: "Father: Lives in
    # Spain. No contact with K since K was 3.", "Birth father | Lives abroad; no contact since 2015"
    r"^[^\S\n]*(?:[-*\u2022|][^\S\n]*)?(?:birth |biological )?(?:father|dad)\b[^:|\n]{0,30}[:|][^\n]{0,120}?\b" + _GONE,
    re.I | re.M,
)
_MOTHER_GONE = fast_compile(
    r"\b(?<!grand)(?:mother|mum)\b(?:['’]s)?(?: \(?(?-i:M[rs]s [A-Z]\w*)\)?,?)?(?: (?:had|has|was|is))? "
    r"(?:died|dead|deceased|passed away)\b|\bdeath of (?:\w+['’]s |the |her |his |their )?(?:birth )?mother\b|"
    # a mother who left and has had no contact with the children since ("Child L's mother left the
    # family home in 2021 and has had no contact with the children since")
    r"\b(?<!grand)(?<!\bfrom )(?<!\bwith )(?<!\bto )(?<!\bfrom her )(?<!\bwith her )(?<!\bfrom his )(?<!\bwith his )"
    r"(?<!\bfrom the )(?<!\bwith the )(?<!\bfrom their )(?<!\bwith their )(?:mother|mum)\b"
    r"(?:(?!\b(?:said|says|told|tells|but|although|however|father|dad|he|his)\b)[^.;\n]){0,70}?"
    r"\b(?:has|had) (?:had )?no (?:contact|involvement) "
    r"(?:with (?:the |her |his |their )?(?:children|child|baby|him|her|them|(?-i:[A-Z]\w*))\b|since\b)",
    re.I,
)
_MOTHER_WORD = fast_compile(r"\b(?<!grand)(?<!own )(?:mother|mum)\b|(?-i:\bM(?:r?s|iss) [A-Z])", re.I)
_FATHER_WORD = fast_compile(r"\b(?<!grand)(?<!own )(?:father|dad)\b", re.I)
# a partner of the mother the report describes ("the mother's then partner, Mr C": one of the period reviewed)
_PARTNER_DESCRIBED = fast_compile(
    r"\b(?<!previous )(?<!former )(?<!ex-)"
    r"(?:step-?father|(?:mother|mum|M)['’]s (?:new |current |then )?(?:partner|boyfriend)|"
    r"(?<!previous )(?<!former )(?:her|the mother's) (?:new |current )?(?:partner|boyfriend))\b",
    re.I,
)
_MR_FATHER = fast_compile(
    r"(?-i:\bMr\.? ([A-Z]\w*)),? \(?(?:the |\w+['’]s |her |his |their )?(?:birth )?(?:biological )?father\b|"
    r"\b(?:father|dad)(?: of [^.;()\n]{1,40}?)?,? \(?(?-i:Mr\.? ([A-Z]\w*))",
    re.I,
)


# "her partner" after another woman of the family ("his sister ... moved into a flat with her partner",
# "living with his grandmother and her partner"): not the mother's partner
_OTHER_WOMANS = fast_compile(
    r"\b(?:sister|half-sister|grandmother|grandma|gran|aunt|aunty|auntie|niece|cousin|friend|daughter|neighbour|"
    r"(?-i:GM|MGM|PGM))\b(?:(?!\b(?:mother|mum|Ms|Mrs|Miss)\b)[^.;\n]){0,110}?"
    r"\bher (?:new |current )?(?:partner|boyfriend)$",
    re.I,
)


def _other_matter(text: str, spans: list[tuple[int, int]], topic: str) -> bool:
    """Does every match sit in a clause that names its person ("she", "by Jasmine's mother") while the
    words for everyone sit only in clauses about another matter?"""
    for span in spans:
        clause = _clause_of(text, span)
        if _COVERS_ALL.search(clause) or not (_ROLE_NAMED.search(clause) or _PRONOUN.search(clause)):
            return False
    cut = [0] + [i for m in _CLAUSE_BREAK.finditer(text) for i in (m.start(), m.end())] + [len(text)]
    for a, b in zip(cut[::2], cut[1::2], strict=False):
        part = text[a:b]
        if _COVERS_ALL.search(part) and compiled(topic, re.I).search(part):
            return False
    return True


def _clause_of(text: str, span: tuple[int, int]) -> str:
    """The clause of a statement that holds the match at ``span``."""
    left = 0
    for m in _CLAUSE_BREAK.finditer(text, 0, span[0]):
        left = m.end()
    m = _CLAUSE_BREAK.search(text, span[1])
    return text[left : m.start() if m else len(text)]


def _covered(doc: Doc, sent, spans: list[tuple[int, int]] | None = None, topic: str | None = None) -> set[str] | None:  # noqa: ANN001
    """Whom one statement of absence covers: None for everyone, else the roles it names
    (f: the mother or a woman by title or name, d: the father, p: a partner or Mr X, o: others).
    With the spans of its matches and the flag's topic, a clause that names its person is not covered
    by a word for everyone in another clause about something else."""
    text = sent.text
    if _COVERS_ALL.search(text) and not (spans and topic and _other_matter(text, spans, topic)):
        return None
    roles = _roles_named(text)
    if roles:
        return roles
    row = _row_roles(doc, sent)
    if row:
        return row
    label = _PARENT_LABEL.match(text)
    if label:
        return {label.lastgroup or "f"}
    for m in _PRONOUN.finditer(text):
        if m.lastgroup == "d" and m.start() == _opening_he_at(text):
            # "Mr C had a conviction for ... He had no other convictions": the man the sentence
            # before opened with
            earlier = _previous_subject(doc, sent)
            if earlier:
                return earlier
        return {m.lastgroup or "f"}
    if _FIRST_NAME.search(text):
        return {"f"}
    entry = _entry_roles(doc, sent)
    if entry:
        return entry
    i = doc.sentence_index(sent.start)
    if i > 0 and not _BULLET.match(text):
        # prose about one parent: "She was a caring parent. There was no evidence of mental illness."
        m = re.match(r"\W*(She|He)\b", doc.sentences[i - 1].text)
        if m:
            return {"f" if m.group(1) == "She" else "d"}
    return None


def _opening_he_at(text: str) -> int:
    """Where a sentence's opening pronoun ("He had no ...") starts, else -1."""
    m = _OPENING_HE.match(text)
    return m.start(1) if m else -1


_OPENING_HE = re.compile(r"\W*(He)\b")
# the opening of a sentence about a man by title: "Mr C had a conviction ...", "Mr C, 31, ..."
_OPENING_MR = re.compile(r"\W*(?:\d+(?:\.\d+)*\s+)?Mr (?P<mr>[A-Z]\w*)\b(?!['’])")


def _previous_subject(doc: Doc, sent) -> set[str]:  # noqa: ANN001
    """The Mr X the sentence before opens with ("mr:X"), else nothing."""
    i = doc.sentence_index(sent.start)
    if i <= 0:
        return set()
    m = _OPENING_MR.match(doc.sentences[i - 1].text)
    return {"mr:" + m.group("mr")} if m else set()


def _row_roles(doc: Doc, sent) -> set[str]:  # noqa: ANN001
    """The parent a table row is about, when the statement sits in a later cell of that row
    ("Ms P (31) | Mother | ... No evidence of drug or alcohol misuse.")."""
    line_start = doc.text.rfind("\n", 0, sent.start) + 1
    before = doc.text[line_start : sent.start]
    if "|" not in before:
        return set()
    cells = before.split("|")[:-1]  # the cells before the statement's own
    return {"p" if r.startswith("mr:") else r for cell in cells for r in _roles_named(cell)}


# the opening of one person's entry in a family/household section: "Mother (aged 19): ...",
# "BIRTH FATHER", "Mother (M), 19 yrs", "P3: ...", "Adult 2 - ...", "Ms K (mother), 20:"
_ENTRY_LABEL = fast_compile(
    r"^\W*(?:(?:birth|biological) )?(?:(?P<f>(?<!grand)mother|mum|(?-i:M|Ms [A-Z]\w*|Mrs [A-Z]\w*|Miss [A-Z]\w*))|"
    r"(?P<d>(?<!grand)father|dad|(?-i:F))|"
    r"(?P<p>step-?father|step-?mother|(?:mother['’]s |her )?(?:partner|boyfriend)|(?-i:Mr [A-Z]\w*))|"
    r"(?P<o>(?-i:P\d{1,2}|Adult \d{1,2}|[A-Z]\d)|grand(?:mother|father)|(?-i:MGM|PGM|MGF|PGF)|aunt|uncle))"
    r"\b\s*(?:\([^()\n]{1,40}\))?\s*(?:[,:\-\u2013]|$)",
    re.I,
)
_CONTINUED = fast_compile(r"^(?:\s+\S|\s*(?:[-*\u2022\u25aa]|\d+[.)]\s))")
# the statement's own bullet, labelled with a colon or with the person's age ("- Mum: no known alcohol
# issues.", "- Mum, 33. Alcohol dependent ... No known MH issues.")
_ANY_AGENCY = re.compile(r"\bany (?:agency|agencies|professionals?|services?)\b", re.I)
_OWN_BULLET = re.compile(r":|,\s*(?:aged |age )?\d{1,2}\b(?!\s*(?:months|weeks|days|m\b|w\b))")


def _entry_roles(doc: Doc, sent) -> set[str]:  # noqa: ANN001
    """The one person whose entry a statement sits in: the label opening its line ("Mother (aged 19):
    ... No known substance misuse.") or, for a bullet or indented continuation line, the label line
    the block hangs from ("MOTHER" / "- No known mental health issues.")."""
    text = doc.text
    line_start = text.rfind("\n", 0, sent.start) + 1
    first = True
    for _ in range(12):
        line_end = text.find("\n", line_start)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        if not line.strip():  # the text keeps a blank line between a list's items
            if line_start == 0:
                return set()
            line_start = text.rfind("\n", 0, line_start - 1) + 1
            continue
        m = _ENTRY_LABEL.match(line)
        # a labelled bullet above is a sibling, not the header; but the statement's own bullet, labelled
        # with a colon, is its entry ("- Mum: no known alcohol or drug issues. No PNC record.")
        own = first and _OWN_BULLET.match(line, m.end() - 1) if m else None
        if own and own.group(0) != ":" and _ANY_AGENCY.search(sent.text):
            own = None  # "No history of mental ill health was known to any agency": what every agency knew
        if m and (not _CONTINUED.match(line) or own):
            return {m.lastgroup or "o"}
        first = False
        if line_start == 0 or not _CONTINUED.match(line):
            return set()
        line_start = text.rfind("\n", 0, line_start - 1) + 1
    return set()


def _roles_named(text: str) -> set[str]:
    """The parents and carers a text names (f, d, p, o; "mr:Name" for a Mr X, who may be the father)."""
    return {
        "mr:" + m.group("mr") if m.group("mr") else m.lastgroup or "f"
        for m in _ROLE_NAMED.finditer(text)
        if m.lastgroup not in ("f", "d") or not _POSSESSOR.match(text, m.end())
    }


# a parent named only as the owner of a partner ("the mother's partner, Mr T, had no convictions",
# "Ms K's boyfriend"): the statement is the partner's
_POSSESSOR = fast_compile(r"(?:[A-Z]\w*)?['’]s (?:new |current )?(?:partner|boyfriend|husband|girlfriend)\b")


def _household(doc: Doc) -> tuple[bool, bool, bool, frozenset[str]]:
    """Who counts in the child's life: (mother, father, a partner or step-parent, Mr X names that
    are the father); once per document."""
    found = doc._trigger_cache.get(("household",))
    if found is None:
        found = doc._trigger_cache[("household",)] = _find_household(doc)
    return found


# the words every match of the household patterns holds: none of them matches across a line, so
# only the lines holding these words are searched
_FATHER_WORDS = ("father", "dad")
_MOTHER_WORDS = ("mother", "mum")
_PARTNER_WORDS = ("father", "partner", "boyfriend")


def _find_household(doc: Doc) -> tuple[bool, bool, bool, frozenset[str]]:
    text = doc.text
    mother = bool(_MOTHER_WORD.search(text)) and not doc.search_lines(_MOTHER_GONE, _MOTHER_WORDS)
    father = bool(_FATHER_WORD.search(text)) and not doc.search_lines(_FATHER_GONE, _FATHER_WORDS)
    partner = any(
        not _OTHER_WOMANS.search(text, max(0, m.start() - 130), m.end())
        for m in doc.finditer_lines(_PARTNER_DESCRIBED, _PARTNER_WORDS)
    )
    fathers = frozenset(m.group(1) or m.group(2) for m in doc.finditer_lines(_MR_FATHER, _FATHER_WORDS))
    if father and fathers and all(_gone_by_name(text, name) for name in fathers):
        father = False  # "The boys' father, Mr W, left in 2015. ... Mr W has had no contact with them since."
    return mother, father, partner, fathers


def _gone_by_name(text: str, name: str) -> bool:
    """Is the father, named as Mr X, said by that name to be dead or out of the child's life?"""
    return bool(
        compiled(
            r"(?-i:\bMr\.? " + re.escape(name) + r"\b)(?:['’]s)?(?:(?: (?:has|had|was|is))? (?:died|dead|deceased)\b|"
            r"(?:(?!\b(?:said|says|told|tells|but|although|however)\b)[^.;\n]){0,70}?\b" + _GONE + r")",
            re.I,
        ).search(text)
    )


def _still_absent(spec: FlagSpec, doc: Doc, sent, names: tuple[str, ...], flt: object) -> bool:  # noqa: ANN001
    """Does the sentence pass every check of an absence (not only the caller's filter)?"""
    one = evaluate_flag(_absent_only(spec), doc, ranges=[(sent.start, sent.end)], child_names=names, match_filter=flt)
    return one is not None and one.value == "absent"


def _whose_denial(
    spec: FlagSpec, doc: Doc, found: Suggestion, names: tuple[str, ...], flt: object
) -> Suggestion | None:
    """``absent`` only when the statements of absence, together, cover every parent and carer who
    counts; else not known (None)."""
    sentences: list = []
    spans: dict[int, list[tuple[int, int]]] = {}  # a sentence's matches, where they were found here

    def collect(sent, start: int, end: int) -> bool:  # noqa: ANN001
        ok = flt is None or flt(sent, start, end)  # type: ignore[operator]
        if ok and (not sentences or sentences[-1].start != sent.start):
            sentences.append(sent)
        if ok:
            spans.setdefault(sent.start, []).append((start, end))
        return ok

    if found.origin.endswith((".none", ".entailed", ".disproved")):
        sentences = [doc.sentence_at(span.start) for span in found.evidence]
        sentences = [s for s in sentences if s is not None]
    else:
        evaluate_flag(_absent_only(spec), doc, child_names=names, match_filter=collect)
    if not sentences:
        return found
    mother, father, partner, fathers = _household(doc)
    need = {r for r, counts in (("f", mother), ("d", father), ("p", partner)) if counts}
    if _grandparent_carer(doc):
        need.add("o")  # "PGM does much of the childcare while M works": a carer the parents' denial leaves out
    covered: set[str] = set()
    shown = {span.start for span in found.evidence}
    for sent in sentences:
        roles = _covered(doc, sent, spans.get(sent.start), _TOPIC.get(spec.variable))
        if roles is None and "o" in need and not _COVERS_CARERS.search(sent.text):
            roles = {"f", "d", "p"}  # "No PNC trace for either parent": not the grandmother who does the childcare
        if roles is None:
            if sent.start in shown or _still_absent(spec, doc, sent, names, flt):
                return found
            continue
        for r in roles:
            if r.startswith("mr:"):
                covered.add("d" if r[3:] in fathers else "p")
            else:
                covered.add(r)
    if not need and spec.variable in _OFFENDING:
        return None  # a clean record of someone named when the report describes no parent: whose?
    if not need <= covered:
        covered |= _cleared(doc)
    return found if need <= covered else None


# words of a denial that take in carers beyond the parents
_COVERS_CARERS = re.compile(
    r"\b(?:households?|famil(?:y|ies)|adults|carers|anyone|any (?:adult|family member|household member)s?)\b", re.I
)
# a grandparent who cares for the child day to day: "PGM does much of the childcare while M works", "the
# grandmother's role as main daytime carer", "Maternal grandparents | Cared for L three days a week"
_GRANDPARENT_CARER = fast_compile(
    r"\b(?:grand(?:mother|father|parents?)|(?-i:PGM|MGM|PGF|MGF))\b(?:['’]s?)?[^.;\n]{0,60}?"
    r"(?:\b(?:does|did|do|provides?|provided|gives|gave) (?:much|most|all|a lot|the bulk) of the "
    r"(?:child ?care|caring)\b|"
    r"\bas (?:the )?(?:main|primary|principal) (?:daytime |day-to-day )?carers?\b|"
    r"\b(?:was|were|is|are) (?:the )?(?:main|primary|principal) (?:daytime |day-to-day )?carers?\b|"
    r"\bcared for [^.;\n]{1,30}?\b(?:two|three|four|five|\d) (?:days|nights) a week\b)",
    re.I,
)
_GRAND_CARE_WORDS = ("grand", "pgm", "mgm", "pgf", "mgf")


def _grandparent_carer(doc: Doc) -> bool:
    found = doc._trigger_cache.get(("grandparent_carer",))
    if found is None:
        found = doc._trigger_cache[("grandparent_carer",)] = bool(
            doc.search_lines(_GRANDPARENT_CARER, _GRAND_CARE_WORDS)
        )
    return found


# a parent's whole entry a blanket "no concerns": "- Mother: no concerns identified by any agency.",
# "Father, 30 - nothing known."
_CLEARED_ENTRY = fast_compile(
    r"^[^\S\n]*(?:[-*\u2022][^\S\n]*)?(?:(?P<f>(?<!grand)mother|mum)|(?P<d>(?<!grand)father|dad)|"
    r"(?P<p>step-?father|(?:mother['’]s )?partner))\b[^\S\n]*(?:\([^()\n]{1,40}\))?(?:,[^\S\n]*\d{2})?"
    r"[^\S\n]*[:,\-\u2013][^\S\n]*(?:no (?:known |other |further )?(?:concerns?|issues|needs)"
    r"(?: (?:were |was |have been )?(?:identified|known|noted|recorded|raised))?"
    r"(?: (?:by|to) (?:any|an) agency| known)?|none known|nothing (?:of note|known))[^\S\n]*\.?[^\S\n]*$",
    re.I | re.M,
)


def _cleared(doc: Doc) -> set[str]:
    found = doc._trigger_cache.get(("cleared",))
    if found is None:
        found = doc._trigger_cache[("cleared",)] = frozenset(
            m.lastgroup or "f" for m in _CLEARED_ENTRY.finditer(doc.text)
        )
    return set(found)
