"""Child flags (disability, neglect, looked after, living at home, behaviour, mental health,
substance misuse, bullying, sexual exploitation, home education) with their age restrictions:
below a variable's ``min_age_years`` the flag stays not_known."""

from __future__ import annotations

import re
from functools import lru_cache

from caselearn.codebook import load as load_codebook
from caselearn.extract import context
from caselearn.extract.child_status import _glossary, older_than
from caselearn.extract.child_window import own_row_indexes
from caselearn.extract.children import child_sentence_indexes
from caselearn.extract.family import generic
from caselearn.extract.flags import FlagSpec, evaluate_flag
from caselearn.extract.guard import fast_compile  # the same matches as re.compile, faster per sentence
from caselearn.extract.ids import roles
from caselearn.extract.lexicon import checked_variables, load_data
from caselearn.extract.model import Extraction, Span, Suggestion
from caselearn.extract.text import Doc

_PRONOUNS = {
    "female": re.compile(r"\b(?:he|his|him|himself)\b", re.I),
    "male": re.compile(r"\b(?:she|her|hers|herself)\b", re.I),
}
_POSSESSIVE_PRONOUN = fast_compile(r"\b(?:his|her)\b", re.I)
_ANY_PRONOUN = fast_compile(r"\b(?:he|his|him|himself|she|her|hers|herself)\b", re.I)
_NAMED_SUBJECT = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\s+)?([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?:'s)? "
    r"(?:had|has|was|is|were|told|attended|became|began|started|received|showed|displayed|came|went|grew|spent)\b"
)


_PARENT_SUBJECT = re.compile(
    r"\W*(?:\d+(?:\.\d+)*\s+)?((?:(?:His|Her|Their|The)|[A-Z][\w-]*(?: [A-Z]\w*)?['’]s) (?:birth |own )?"
    r"(?:mother|father|mum|dad|stepfather|stepmother|parents)\b|(?:Mother|Father|Mum|Dad)\b|"
    r"(?-i:M(?:r|s|rs|iss) [A-Z]\w*))"
)
# ... also a code name: "Child W1's self-harm", "Baby B's bruising", "YP K's drinking"
_POSSESSIVE = re.compile(
    r"\b((?:Child|Baby|Young Person|YP|Sibling|Infant) [A-Z]\d?|[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?:'s|’s)\s"
)
# the names joined to a possessive before it: "Lily and ", "Ava, Noah and "
_JOINT = re.compile(r"(?:[A-Z][\w-]*(?: [A-Z0-9]\b)?(?:, | and | & ))*$")
# a possessive inside the proper name of a place, not a person who owns the match: "St Aldric's CE
# Primary", "St Mary's Hospital", "Bishop Hooper's School", "Kingsley's Academy"
_SAINT_BEFORE = re.compile(r"\b(?:St\.?|Saint|Bishop|King|Queen)\s+$")
_PLACE_AFTER = re.compile(
    r"(?:[A-Z][\w'’-]*\s+){0,3}(?:School|Academy|Primary|College|Hospital|Church|Centre|Center|Surgery|Practice|"
    r"Nursery|Infants?|Juniors?|C\.?E\.?|R\.?C\.?|C of E)\b"
)


def _place_name(text: str, owner: re.Match[str]) -> bool:
    """Is this possessive ("Aldric's") part of the name of a school, hospital or church?"""
    return bool(_SAINT_BEFORE.search(text, 0, owner.start())) or bool(_PLACE_AFTER.match(text, owner.end()))


# an entry in a list of abbreviations: "CSE - Child Sexual Exploitation", "EHCP: Education, Health and Care Plan";
# not a field with its answer ("LAC: Not LAC.", "CSC: Never known to CSC")
_GLOSSARY = re.compile(
    r"^\W*[A-Z]{2,6}s?(?: [A-Z]{1,4})?\s*[-–—:=|]?\s*(?!(?:Not|No|None|Never|Nil|Yes|Unknown)\b)[A-Z][a-z'’]+"
    r"(?:[ ,/-]+(?:[A-Z][\w'’]*|and|of|for|the|in|with|to|or))+\W*$"
)
_ABBREVIATION = re.compile(r"^\W*([A-Z]{2,6})s?\s*[-–—:=|]\s*([A-Za-z'’ ,/-]{4,80}?)\W*$")
_MINOR = frozenset({"and", "of", "for", "the", "in", "with", "to", "or", "a", "an", "on", "at", "by"})


def _expansion(sentence: str) -> bool:
    """A line that spells an abbreviation out in lower case: "CSE: child sexual exploitation", "LAC -
    looked after child" (the initials of its words are the abbreviation's letters)."""
    m = _ABBREVIATION.match(sentence)
    if m is None:
        return False
    words = [w for w in re.findall(r"[A-Za-z]+", m.group(2)) if w.lower() not in _MINOR]
    initials = "".join(w[0] for w in words).upper()
    return len(words) >= 2 and initials == m.group(1)


# a question the review or a professional asked ("considered whether ...", "asked whether she had been bullied")
_WHETHER = fast_compile(r"\b(?:whether|if or not)\b", re.I)
# a recommendation in the template's short form, numbered or bulleted, tells of services, never of the
# child: "2. Primary care to ensure that GPs ask about ...", "- Schools to be notified of ...", "3) The
# Partnership to deliver training on ..."
_SHORT_RECOMMENDATION = fast_compile(
    r"^\s*(?:\d{1,2}(?:\.\d{1,2})?[.)]|[-*•·])\s+(?:[\w'’/&,-]+ ){1,8}?to (?:be \w+|ensure|include|deliver|develop|"
    r"review|consider|provide|agree|report|run|notify|record|ask|seek|establish|strengthen|audit|promote|raise|"
    r"update|share|embed|commission|produce|issue|introduce|implement|assure|reinforce|undertake|improve|"
    r"work|set|make|give|offer|check|use|revise|support)\b",
    re.I,
)


@lru_cache(maxsize=256)
def _names_re(names: tuple[str, ...], owner: bool = True) -> re.Pattern[str]:
    """Any of the names as a whole word (owner=False: not as a possessive, "Leon's mother");
    a pattern that matches nothing when there are no names."""
    alts = "|".join(re.escape(n) for n in sorted({n for n in names if n}, key=len, reverse=True))
    if not alts:
        return re.compile(r"(?!)")
    return re.compile(r"(?<!\w)(?:" + alts + r")(?!\w)" + ("" if owner else r"(?!['’]s\s)"))


# a note's label naming an adult of the family: "- F: ...", "Mother (M) - ...", "MGM: ...", "Mr T | ..."
_PERSON_LABEL = re.compile(
    r"^\W*(?:(?i:mother|father|mum|dad|step-?(?:father|mother|dad|mum)|(?:maternal |paternal )?grand(?:mother|father)|"
    r"(?:mother|father)['’]s (?:partner|boyfriend|girlfriend)|partner|parents?|carers?)|[MF]|MGM|PGM|MGF|PGF|SF|SM|"
    r"M['’]s partner|(?:Mr|Mrs|Ms|Miss) [A-Z]\w*)(?: \([^)]{1,20}\))?\s*(?::|\s[-–|]\s)"
)


# a cell or field value that opens with an adult of the family as its subject: "Mum - depression", "father seen
# twice", "M: low mood", "mother's partner reported"
_CELL_ADULT = re.compile(
    r"\s*(?:" + _PERSON_LABEL.pattern[4:] + r"|\s*(?i:(?:the |her |his |their )?(?:mother|father|mum|dad|"
    r"step-?(?:father|mother|dad|mum)|(?:mother|father)['’]s (?:partner|boyfriend))) (?:was |were |had |has )?"
    r"(?:seen|attended|prescribed|treated|diagnosed|presented|complained|took|takes|taking|started|with|re)\b)"
)


class _OwnClause:
    """Is a child-flag match about this child? Not when the clause around it is about someone
    of the other sex ("His behaviour ..." in a review of a girl) or opens with another person's
    first name ("Leon had a diagnosis of ADHD")."""

    def __init__(self, names: tuple[str, ...], sex: str | None, doc: Doc | None = None) -> None:
        self.names = set(names)
        self.name_list = tuple(names)
        self.sex = sex
        self.doc = doc

    def __call__(self, sent, start: int, end: int) -> bool:  # noqa: ANN001
        sentence = sent.text
        label = _PERSON_LABEL.match(sentence)
        if label is not None and label.end() <= start:
            return False  # a note under an adult's label: "- F: mild learning disability", "Mum - depression"
        if self._adult_cell(sentence, start) or self._under_adult_label(sent, start):
            return False
        left, _right = context.clause(sentence, start, end)
        before = sentence[left:start]
        if self.sex in _PRONOUNS:
            pronouns = list(_ANY_PRONOUN.finditer(before))
            if (
                pronouns
                and _PRONOUNS[self.sex].fullmatch(pronouns[-1].group(0))
                and not any(n in before[pronouns[-1].end() :] for n in self.names)
            ):
                return False
        if self.sex in _PRONOUNS:
            inside = _POSSESSIVE_PRONOUN.findall(sentence, start, end)
            if inside and all(_PRONOUNS[self.sex].fullmatch(p) for p in inside):
                return False  # "no concerns about his behaviour" in a review of a girl
        owners = [o for o in _POSSESSIVE.finditer(before) if not _place_name(before, o)]
        if (
            owners
            and owners[-1].group(1) not in self.names
            and owners[-1].group(1) not in _stopwords()
            # "Lily and Jacob's parents": a possession the two share
            and not _names_re(self.name_list).search(_JOINT.search(before, 0, owners[-1].start()).group(0))
        ):
            return False  # "Jade's learning disability", "Leon's CAMHS worker"
        m = _NAMED_SUBJECT.match(sentence)
        if (
            m
            and m.group(1) not in self.names
            and m.group(1) not in _stopwords()
            and m.end(1) <= start
            # "Quenby is a city ..., and Tyler was looked after by the council": the child named after
            and not _names_re(self.name_list).search(sentence, m.end(1), start)
        ):
            return False
        if generic(sentence):
            return False  # research, families in general, advice
        if _GLOSSARY.match(sentence) or _glossary(sentence) or _expansion(sentence):
            return False  # "CAMHS - Child and Adolescent Mental Health Services": a list of abbreviations
        if _SHORT_RECOMMENDATION.match(sentence) or self._continues_recommendation(sent):
            return False  # "1. CAMHS to offer a follow-up to every young person who self-harms": advice
        if _WHETHER.search(sentence, left, start):
            return False  # "the review considered whether this was exploitation": a question, not a finding
        return self._not_the_parents(sentence, start, end)

    def _continues_recommendation(self, sent) -> bool:  # noqa: ANN001
        """A wrapped line of a short recommendation, cut from it ("4. Services to agree a pathway for
        parents with" / "learning disability, adapted to their needs.")."""
        if self.doc is None or not sent.text[:1].islower():
            return False
        i = self.doc.sentence_index(sent.start)
        return i > 0 and bool(_SHORT_RECOMMENDATION.match(self.doc.sentences[i - 1].text))

    def _adult_cell(self, sentence: str, start: int) -> bool:
        """A note about an adult in a cell of a row or after a field's label: "05/2023 | GP | Mum -
        depression", "GP: father seen twice (low mood)". The child named before the match keeps it."""
        bar = sentence.rfind("|", 0, start)
        colon = sentence.find(": ", 0, start)
        if colon >= 0 and len(sentence[:colon].split()) > 3:
            colon = -1  # a clause, not a field's label
        cut = max(bar + 1 if bar >= 0 else 0, colon + 2 if colon >= 0 else 0)
        if cut == 0:
            return False
        cell = sentence[cut:start]
        if _names_re(self.name_list, owner=False).search(cell):
            return False
        lead = _CELL_ADULT.match(cell)
        return lead is not None and (lead.end() <= len(cell))

    def _under_adult_label(self, sent, start: int) -> bool:  # noqa: ANN001
        """A bare note further along a line that opens with an adult's label ("Mum: alcohol misuse
        (history). Depression. Rent arrears."): the adult's, when it names no one and has no pronoun."""
        if self.doc is None:
            return False
        text = self.doc.text
        line = text.rfind("\n", 0, sent.start) + 1
        if line >= sent.start or sent.start - line > 400:
            return False
        label = _PERSON_LABEL.match(text[line : sent.start])
        if label is None:
            return False
        before = sent.text[:start]
        return not _ANY_PRONOUN.search(sent.text) and not _names_re(self.name_list, owner=False).search(before)

    def _not_the_parents(self, sentence: str, start: int, end: int) -> bool:
        """A sentence whose subject is a parent ("K's mother described a hard childhood; she had been
        in foster care") tells of the parent unless the child is named, or a pronoun of the other
        sex than the parent's is used, before the match."""
        m = _PARENT_SUBJECT.match(sentence)
        if m is None or m.end() > start:
            return True
        rest = sentence[m.end() : end]
        if _names_re(self.name_list, owner=False).search(rest):
            return True
        if re.search(
            r"\b(?:the child|the baby|the young person|the boy|the girl|"
            r"(?:both|the|all|their) (?:two |three )?children)\b",
            rest,
            re.I,
        ):
            return True
        after = _ANY_PRONOUN.match(sentence, end + 1) if sentence[end : end + 1] == " " else None
        if after is not None and _object_pronoun(sentence, after):
            return True  # "Her mother decided to home educate her."
        pronouns = list(_ANY_PRONOUN.finditer(sentence, m.end(), start))
        if not pronouns:
            return False
        last = pronouns[-1]
        if _object_pronoun(sentence, last):
            return True  # "Her mother removed her from school": the parent acts on someone else, the child
        parent_female = bool(re.search(r"(?i:mother|mum)|Ms|Mrs|Miss", m.group(1)))  # "Mum has ...", "her mother"
        parent_male = bool(re.search(r"(?i:father|dad)|Mr\b", m.group(1)))
        last_female = last.group(0).lower() in ("she", "her", "hers", "herself")
        return not ((parent_female and last_female) or (parent_male and not last_female))


# an object pronoun (not a possessive: "her GP", "his flat") after a verb: "removed her from school", "decided to
# home educate him.", "took her out of school": the subject did it to someone else
_OBJECT_AFTER = re.compile(
    r" (?:from|out|off|into|to|at|in|on|with|for|because|after|before|when|until|and)\b|[.,;:]|$"
)
_VERB_BEFORE = re.compile(r"(?:\w\wed|\w\we|took|kept|drew|left|brought|sent|let|put|got|told|saw|met) $", re.I)


def _object_pronoun(sentence: str, pronoun: re.Match[str]) -> bool:
    return (
        pronoun.group(0).lower() in ("her", "him")
        and _OBJECT_AFTER.match(sentence, pronoun.end()) is not None
        and _VERB_BEFORE.search(sentence, max(0, pronoun.start() - 12), pronoun.start()) is not None
    )


_AFTER_INCIDENT = fast_compile(
    r"\b(?:discharged|after the incident|since the incident|following the incident|subsequently|is now|are now|"
    # "placed with foster carers (post-incident)", "since the fire Ruby has been looked after"
    r"post[- ]?incident|since the (?:fire|attack|assault|stabbing|shooting|collapse|overdose|event)|"
    r"now (?:lives?|living|cared for|in|LAC|CLA|looked[- ]after|accommodated|placed|subject to)|"
    r"was later|were later|has since|have since|later placed|"
    r"(?:has|have) (?:since |now |fully )?recovered|"
    # the review's present: "he is living with foster carers under an interim care order"
    r"(?:is|are) (?:currently )?(?:living|placed|accommodated|being cared for) (?:with|in|at|under)|"
    # "Current arrangements: all three children placed together in foster care", "at the time of writing"
    r"current (?:arrangements?|placements?|position|situation|living arrangements?)|at the time of writing|"
    r"(?:after|following) (?:the |his |her |their )?(?:injur\w+|death|admission|assault|attack|discharge|"
    r"hospital (?:stay|admission)|disclosure|strategy (?:meeting|discussion)))\b",
    re.I,
)
# a clause dated up to the incident: "before the incident", "prior to her death", "at the time of the injuries"
_BEFORE_INCIDENT = fast_compile(
    r"\b(?:before|prior to|up to|until|at the time of) (?:the |his |her |their )?(?:incidents?|injur\w+|death|"
    r"admission|assault|harm)\b|"
    # "she has not been a looked-after child at any point": before the incident as well; "Neither child was looked
    # after at that time; both now live with foster carers"
    r"\bat any (?:point|time|stage)\b|\bat (?:that|the) time\b(?! of)",
    re.I,
)
# a relative clause about someone else in the sentence ("..., who is now three,")
_RELATIVE = re.compile(r",\s*who\b[^,;]*")
_YEAR = fast_compile(r"(?<!Act )\b(?:19[89]\d|20[0-4]\d)\b")  # not "the Children Act 1989"
# a spell that ended before the incident: "from 12 to 14", "between the ages of 9 and 11", "when she was little"
_EARLIER_SPELL = fast_compile(
    r"\b(?:from (?:the age of )?\d{1,2} (?:to|until) \d{1,2}\b|between the ages of \d{1,2} and \d{1,2}|"
    r"when (?:she|he|they) (?:was|were) (?:younger|little|small|a baby|a toddler|an infant))\b",
    re.I,
)


_UNTIL = re.compile(
    r"[^.;]{0,60}?\buntil (?!(?:his|her|their|the) (?:death|injur\w*|admission|incident|arrest|assault|attack)\b)",
    re.I,
)
_BETWEEN = fast_compile(
    r"\b(?:between|from) (?:\w+ ){0,2}(?:(?:19|20)\d\d )?(?:and|to|until) (?:\w+ )?((?:19|20)\d\d)\b", re.I
)
# a full care order (not an interim one, not an application) and the words that would end it
_CARE_ORDER = fast_compile(
    r"\b(?<!interim )(?<!an interim )care order\b(?! (?:application|proceedings|hearing)s?\b)", re.I
)
_CARE_ENDED = fast_compile(
    r"\b(?:adopt\w*|returned (?:home|to (?:his|her|their|the care of))|discharged|revoked|special guardianship|"
    r"SGO|child arrangements? order|until|ended|ceased|placed (?:back )?(?:at home|with (?:his|her|their) "
    r"(?:mother|father|parents)))\b",
    re.I,
)
# a spell told as before another state the child was in at the incident: "Before his remand he lived with his
# mother", "before her placement in the children's home"
_BEFORE_ANOTHER_STATE = fast_compile(
    r"\bbefore (?:his|her|their|the) (?:remand|arrest and remand|custod\w+|imprisonment|detention|sentence|"
    r"placement|reception into care|move (?:in)?to (?:foster|residential|supported|semi-independent|a children's))\b",
    re.I,
)
_IN_INFANCY = fast_compile(r"\bwhen (?:she|he|they) (?:was|were) (?:\w+ ){1,2}(?:days?|weeks?|months?) old\b", re.I)


# A dated sentence that carries the status up to the incident ("came into care in 2015 and was
# still looked after at the time of her death").
_STILL_SO = fast_compile(
    r"\b(?:at the time(?! of (?:the |his |her |their )?(?:referral|assessment|birth|move|placement))|"
    r"still|remained|continued to (?:be|live)|ever since|until (?:his|her|their) (?:death|injur\w*|admission)|"
    # "has been looked after since 2020", "had been a looked after child since 2021" (up to the time told)
    r"(?:has|have|had) been (?:[\w-]+ ){1,6}since|(?:has|have) (?:lived|been living)|"
    # "had lived with their grandmother since 2019", "lived together throughout the period under review"
    r"had (?:lived|been living)\b[^.;]{0,80}?\bsince|throughout (?:the (?:review )?period|the period under review|"
    r"(?:his|her|their) (?:short )?li(?:fe|ves)))\b",
    re.I,
)


# "(DOB: 05/2009)", "born in March 2015", "d.o.b. 3.4.2016"
_DOB = fast_compile(
    r"\b(?:DOB|d\.o\.b\.?|date of birth|born)\W{0,3}(?:in |on )?(?:[\d/.-]+ ?|\w+ ){0,3}?(?:19|20)\d\d\b", re.I
)


class _AtIncident:
    """For status at the incident (looked after, living at home): not what came after it
    ("discharged to foster care", "is now living with her aunt"), nor a period that ended
    years before (a dated sentence two or more years before the incident year)."""

    def __init__(
        self, inner: _OwnClause, incident_year: int | None, months: int | None = None, looked_after: bool = False
    ) -> None:
        self.inner = inner
        self.year = incident_year
        # a child of two or more: "accommodated when she was four months old" tells of long before
        self.infancy_over = months is None or months >= 24
        self.months = months
        self.looked_after = looked_after

    def __call__(self, sent, start: int, end: int) -> bool:  # noqa: ANN001
        if not self.inner(sent, start, end):
            return False
        if older_than(sent.text, self.months, dated_only=not self.looked_after):
            return False  # "accommodated when she was 13", in a review of a baby: the mother
        text = _RELATIVE.sub("", sent.text)  # "lives with her mother and her half-brother, who is now three"
        left, right = context.clause(sent.text, start, end)
        if _AFTER_INCIDENT.search(text) and not _BEFORE_INCIDENT.search(sent.text, left, right):
            return False  # ... unless the match's own clause dates it before ("have since become looked after;
            # they were not looked after before the incident")
        # an earlier spell told in another clause ("lives with her mother; her parents separated when
        # she was small") does not date the match
        own = _RELATIVE.sub("", sent.text[left:right])
        if _EARLIER_SPELL.search(own):
            return False
        if self.infancy_over and _IN_INFANCY.search(own) and not _STILL_SO.search(text):
            return False
        if _UNTIL.match(sent.text, end) and not _STILL_SO.search(sent.text):
            return False  # "lived with his mother and sister until his placement": a spell that ended
        if _BEFORE_ANOTHER_STATE.search(own):
            return False  # "Before his remand he lived with his mother": a spell that ended before the incident
        # a date inside a relative clause about someone else ("with his father, who has cared for him
        # alone since his mother left in 2019") does not date the match
        if self.year is not None:
            for b in _BETWEEN.finditer(text):
                if int(b.group(1)) < self.year:
                    return False  # "between May and August 2020", the year before: a spell that ended
        years = [int(y) for y in _YEAR.findall(_DOB.sub("", text))]  # a date of birth does not date the sentence
        stale = self.year is not None and years and max(years) <= self.year - 2
        if stale and self.looked_after and _CARE_ORDER.search(own) and not _CARE_ENDED.search(text):
            return True  # "became looked after under a care order in 2018": an order runs on until it is ended
        return not stale or bool(_STILL_SO.search(sent.text))


# Sentences about all the subject children of one family together ("Neither twin had any
# disability", "The children lived with their mother"), not used in thematic reviews.
_GROUP = fast_compile(
    r"\b(?:n?either (?:child|twin|baby|girl|boy|sibling|sister|brother|"
    r"of (?:the (?:children|twins|girls|boys|siblings)|them))|"
    r"none of the (?:children|siblings)|"
    # "All three children were subject to plans", "all of the children were on roll"
    r"all (?:of )?(?:the )?(?:two|three|four|five|six) (?:children|siblings|girls|boys)|"
    r"all of the (?:children|siblings)|"
    r"both (?:children|twins|babies|boys|girls|siblings)|the (?:twins|babies|two (?:children|boys|girls))|"
    r"the (?:children|girls|boys|siblings|sisters|brothers) (?:had|were|lived|was|attended|did|have|live)\b|"
    # a note: "Children not LAC before the incident"
    r"^\W*(?:the )?(?:children|twins|siblings) (?:were )?(?:not|never) (?:been )?(?:LAC|CLA|looked[- ]after|in care)\b|"
    # "They lived with their mother and father." (said of the children together)
    r"^\W*(?:\d+(?:\.\d+)*\s+)?they (?:lived|were living|had lived|live) with their "
    r"(?:\w+ )?(?:mother|father|parents|mum|dad|grand\w+))",
    re.I,
)


# ... of which those that tell where the children lived before ("the twins lived with their parents")
_LIVED = fast_compile(
    r"\b(?:lived|were living|had been living)\b(?![^.]*\b(?:placed|now|since|after|following)\b)", re.I
)


# "Neither child was looked after at the time": said of the children together, and of each
_NONE_LA = fast_compile(
    r"\b(?:neither|none)\b[^.;]{0,40}?\blooked[- ]after\b|"
    r"\b(?:children|twins|siblings) (?:were )?(?:not|never) (?:been )?(?:LAC|CLA|looked[- ]after|in care)\b",
    re.I,
)


# every subject child of a thematic review at once: "the three young people were identified as having been
# sexually exploited", "none of the four children", "each of the young people"
_ALL_OF_THEM = fast_compile(
    r"\b(?:(?:all|each|none|neither) of the (?:\w+ )?(?:children|young people|girls|boys|siblings)|"
    r"(?:all|the) (?:two|three|four|five|six) (?:children|young people|girls|boys|siblings)|"
    r"^\W*(?:\d+(?:\.\d+)*\s+)?(?:[\w ,]{0,20} )?(?:two|three|four|five|six) (?:children|young people|girls|boys) "
    r"(?:[\w,]+ ){0,8}?(?:were|had been|have been))\b",
    re.I,
)


def _all_of_them_indexes(doc: Doc) -> set[int]:
    words = frozenset({"children", "young people", "girls", "boys", "siblings"})
    found = {i for i in doc.sentences_with(words) if _ALL_OF_THEM.search(doc.sentences[i].text)}
    return _bare_group_follows(doc, found)


# the harm of the review named once for a family's children: "The rapid review classified the harm as neglect",
# "Notification: serious harm (neglect) - three children, one family"
_HARM_NAMED = fast_compile(
    r"\b(?:classified|categori[sz]ed|notified|recorded) (?:the (?:harm|incident|case) )?as "
    r"(?:serious harm (?:through |from )?)?neglect\b|\bserious harm \((?:chronic )?neglect\)|"
    r"\bharm category\W{1,3}(?:serious harm\W{1,3})?neglect\b",
    re.I,
)


def _harm_named_indexes(doc: Doc) -> set[int]:
    return {i for i in doc.sentences_with(frozenset({"neglect"})) if _HARM_NAMED.search(doc.sentences[i].text)}


def _bare_group_follows(doc: Doc, found: set[int]) -> set[int]:
    """A bare "Both were ...", "Neither was ...", "All three lived ..." right after a sentence about the
    children together goes on about them ("None of the three children had a plan. All three lived at home.
    All three were on roll at a school.")."""
    for i in sorted(found):
        j = i + 1
        while j < len(doc.sentences) and j not in found and _BARE_GROUP.match(doc.sentences[j].text):
            found.add(j)
            j += 1
    return found


def _group_indexes(doc: Doc) -> set[int]:
    words = frozenset(
        {
            "either",
            "none of",
            "both ",
            "the twins",
            "the babies",
            "the two",
            "the children",
            "they ",
            "the girls",
            "the boys",
            "the siblings",
            "the sisters",
            "the brothers",
            "all ",
            "children not",
            "children were not",
            "children never",
            "twins not",
            "twins were not",
        }
    )
    found = {i for i in doc.sentences_with(words) if _GROUP.search(doc.sentences[i].text)}
    # "Neither boy was on a plan. Neither was looked after. Both were on roll at the academy."
    return _bare_group_follows(doc, found)


_BARE_GROUP = re.compile(
    r"^\W*(?:both|neither|each|none|all(?: (?:two|three|four|five|six))?)(?: of them)? (?:was|were|had|has|have|is|are|"
    r"lived|attended|went|did)\b",
    re.I,
)

# a bare "Both attended ...", "Neither was ..." opening a sentence about the subject children (the sentences
# a child's flags may read are its own and those about the children together): the children hold it, not
# the parents ("Neither child had a disability. Both attended the village primary school.", "Both were well and had
# no diagnosed condition"); not for flags a parent as often holds (drinking, drug use)
_BARE_SUBJECTS = ("Both", "Neither")
_BARE_SUBJECT_FLAGS = frozenset({"elective_home_education", "disability"})

# Substance use is told of parents as often as of children: for these, an adult named earlier in
# the sentence ("Child E's father drank heavily ... describe him as intoxicated") owns the match
# unless the child is named after that adult.
_SENTENCE_OWNER = frozenset({"child_alcohol_misuse", "child_drug_misuse"})
_OTHER_YOUNG_OWNER = frozenset({"child_alcohol_misuse", "child_drug_misuse", "behaviour_problems"})
_ADULT_ROLES = frozenset({"parent", "abbrev", "former_partner", "other_adult"})


# another young person or an offender named earlier in the sentence ("the older boy who attacked him had
# been drinking", "the young man she met online used cannabis")
_OTHER_YOUNG = fast_compile(
    r"\b(?:(?:older|other|another) (?:boys?|girls?|young (?:people|person|men|man|women|woman)|teenagers?|youths?)|"
    r"(?:the|an?|this|that) (?:attackers?|assailants?|young (?:man|men|woman)|youths?|teenagers?)|"
    r"perpetrators?|offenders?|(?:his|her|their) (?:friends?|boyfriend|girlfriend|peers?))\b",
    re.I,
)


_PLURAL_OTHERS = re.compile(r"(?:boys|girls|people|men|women|teenagers|youths|friends|peers)$", re.I)
_HE_SHE_SUBJECT = re.compile(r"\b(?:he|she)\s+(?:had|was|has|is|got|became)\b", re.I)


class _NoOtherYoungBefore:
    """For the child's own drinking, drug use and behaviour: not when another young person or the
    offender is named before the match in its sentence and the child is not named after them."""

    def __init__(self, inner: object, names: tuple[str, ...]) -> None:
        self.inner = inner
        self.names = names

    def __call__(self, sent, start: int, end: int) -> bool:  # noqa: ANN001
        if not self.inner(sent, start, end):  # type: ignore[operator]
            return False
        last = None
        for m in _OTHER_YOUNG.finditer(sent.text, 0, start):
            last = m
        if last is None or _names_re(self.names).search(sent.text, last.end(), start):
            return True
        # "found in a park with older boys, and on the second occasion he had been drinking cider": a singular
        # pronoun after a group of others is the child, not one of them
        return bool(_PLURAL_OTHERS.search(last.group(0)) and _HE_SHE_SUBJECT.search(sent.text, last.end(), start))


class _NoAdultBefore:
    def __init__(self, inner: object, names: tuple[str, ...]) -> None:
        self.inner = inner
        self.names = names

    def __call__(self, sent, start: int, end: int) -> bool:  # noqa: ANN001
        if not self.inner(sent, start, end):  # type: ignore[operator]
            return False
        text = sent.text
        last_adult = -1
        for _h_start, h_end, role in context._person_hits(text):
            if h_end > start:
                break
            if role in _ADULT_ROLES:
                last_adult = h_end
        if last_adult < 0:
            return True
        between = text[last_adult:start]
        return bool(_names_re(self.names).search(between))


# a sentence that opens with a pronoun as its subject ("She had been drinking.", "He also drank heavily.")
# ... after a time adverbial ("In 2022 he took an overdose", "By then, she was drinking daily")
_PRONOUN_OPENING = fast_compile(
    r"^\W*(?:\d+(?:\.\d+)*\s+)?"
    r"(?:(?:in|by|from|during|after|before|on|at|over|within|later|then|also)\b[\w ]{0,25}?,? )?"
    r"(?:he|she|they|his|her|their)\b",
    re.I,
)


_OTHER_SUBJECTS = _ADULT_ROLES | {"sibling"}
# the rest of an opening phrase after its possessive pronoun ("At the time of his| death, ") up to the subject
_PHRASE_THEN_NAME = re.compile(r"(?:(?<=\bhis)|(?<=\bher)|(?<=\btheir))(?: [a-z][\w-]*){1,2},? ")
_NUMBERING = re.compile(r"^\W*\d+(?:\.\d+)*\.?\s+")


_MALE_PARENT = re.compile(r"\b(?:father|dad|stepfather|Mr)\b", re.I)
_FEMALE_PARENT = re.compile(r"\b(?:mother|mum|stepmother|Mrs|Ms|Miss)\b", re.I)
_BOTH_PARENTS = re.compile(r"\bparents\b", re.I)


def _other_sex(sentence: str, parent: str, pronoun: str | None = None) -> bool:
    """Does the pronoun that opens the sentence ("She ...") name the other sex than the parent ("Her father")?"""
    if pronoun is None:
        m = _SUBJECT_PRONOUN.match(sentence)
        if m is None:
            return False
        pronoun = m.group(1)
    if _BOTH_PARENTS.search(parent):
        return True  # "Her parents are married. She is in Year 9 ...": one person, not the two of them
    female = pronoun.lower() in ("she", "her")
    return bool((_MALE_PARENT if female else _FEMALE_PARENT).search(parent))


# a pronoun as the subject of a "that" clause just before the match: "no evidence that she misused alcohol",
# "no indication from any source that he drank"
_THAT_PRONOUN = fast_compile(r"\b(?:that|whether) (he|she)\b(?! (?:had|has|was|is) (?:told|said))", re.I)


class _Antecedent:
    """A match in a sentence that opens with a bare pronoun ("She had been drinking.") is about
    whoever the pronoun stands for: the subject of the last sentence before it that does not itself
    open with a pronoun (six at most). When that subject is a parent or another adult ("Their mother
    returned ... She had been drinking"), the match is not about the child."""

    def __init__(self, inner: object, doc: Doc, names: tuple[str, ...], others: tuple[str, ...] = ()) -> None:
        self.inner = inner
        self.doc = doc
        self.names = names
        self.others = tuple(n for n in others if n and n not in names)

    def __call__(self, sent, start: int, end: int) -> bool:  # noqa: ANN001
        if not self.inner(sent, start, end):  # type: ignore[operator]
            return False
        if self._named(sent.text[:start]):
            return True
        pronoun = None  # the subject pronoun, when it is not the sentence's first word
        if not _PRONOUN_OPENING.match(sent.text):
            # "There is no evidence that she misused alcohol": the subject of the clause is a pronoun
            that = _THAT_PRONOUN.search(sent.text, max(0, start - 60), end)
            if that is None:
                return True
            pronoun = that.group(1)
        i = self.doc.sentence_index(sent.start)
        for j in range(i - 1, max(-1, i - 7), -1):
            text = _NUMBERING.sub("", self.doc.sentences[j].text, count=1)  # "10. T's father ..."
            parent = _PARENT_SUBJECT.match(text)
            if parent is not None:
                if _other_sex(sent.text, parent.group(0), pronoun):
                    continue  # "Her birth father lives in Scotland. ... She was not looked after.": not him
                return False
            opening_pronoun = _PRONOUN_OPENING.match(text)
            if opening_pronoun is not None:
                # "At the time of his death J was subject to a plan": the pronoun is inside a phrase
                # before the sentence's subject, who is named just after it
                after = _PHRASE_THEN_NAME.match(text, opening_pronoun.end())
                if after is None or not _names_re(self.names + self.others, owner=False).match(text, after.end()):
                    continue
            spans = [m.span() for m in _names_re(self.names + self.others).finditer(text, 0, 40)]
            first = next(
                (h for h in context._person_hits(text) if not any(a <= h[0] and h[1] <= b for a, b in spans)), None
            )  # "Child M" is a child, not "M" (mother)
            if (
                first is not None
                and first[0] < 25
                and first[2] in _OTHER_SUBJECTS
                and not _names_re(self.names, owner=False).search(text, 0, first[0])
            ):
                return False  # "Kai's older brother Sam cared for him. His ...": that person
            opening = text[:40]
            if self._named(opening):
                return True
            # "Reece ... He had been arrested": another subject child
            return not _names_re(self.others, owner=False).search(opening)
        return True

    def _named(self, text: str) -> bool:
        return bool(_names_re(self.names).search(text)) or bool(
            re.search(r"\b(?:the child|the baby|the young person|the boy|the girl)\b", text, re.I)
        )


# the items of a list after a colon (or a dash) that gives each subject child its own item: "Each had left
# school before the incident: Kai through exclusion, Reece through drift, Leah through home education"
_ITEM_START = re.compile(r"(?:[:;]|\s[-–—]|,(?: and)?| and)\s+$")
_ALTERNATIVES = fast_compile(r"\b(?:or|either)\b", re.I)


def list_item_owner(text: str, pos: int, everyone: tuple[str, ...]) -> str | None:
    """In a sentence whose colon opens a list of items, two or more of them opening with a subject
    child's name, the name that opens the item holding ``pos``; "" for a position in the opening half
    that offers alternatives ("had been excluded or left school: ..."), which the items resolve child
    by child; None where the sentence has no such list or ``pos`` is in an opening half that holds
    for every child alike."""
    colon = max(text.find(": "), -1)
    if colon < 0:
        colon = -1
        for dash in ("– ", "— ", " - "):
            k = text.find(dash)
            if k >= 0 and (colon < 0 or k < colon):
                colon = k
        if colon < 0:
            return None
    openers = []
    for m in _names_re(everyone, owner=False).finditer(text, colon):
        lead = _ITEM_START.search(text, colon, m.start())
        if lead is not None and lead.end() == m.start():
            openers.append(m)
    if len({m.group(0) for m in openers}) < 2:
        return None
    if pos < openers[0].start():
        return "" if pos < colon and _ALTERNATIVES.search(text, 0, colon) else None
    return [m for m in openers if m.start() <= pos][-1].group(0)


class _OwnItem:
    """A match in a list that gives each subject child its own item is the child's whose name opens
    the item; a match in an opening half offering alternatives ("excluded or left school") is
    nobody's until an item says so."""

    def __init__(self, inner: object, names: tuple[str, ...], everyone: tuple[str, ...]) -> None:
        self.inner = inner
        self.names = set(names)
        self.everyone = everyone

    def __call__(self, sent, start: int, end: int) -> bool:  # noqa: ANN001
        text = sent.text
        if ":" in text or " - " in text or "\u2013" in text or "\u2014" in text:
            owner = list_item_owner(text, start, self.everyone)
            if owner is not None and owner not in self.names:
                return False
        return self.inner(sent, start, end)  # type: ignore[operator]


def _stopwords() -> frozenset[str]:
    from caselearn.extract.children import patterns

    return patterns().stop


@lru_cache(maxsize=1)
def specs() -> list[FlagSpec]:
    data = checked_variables(load_data("child_flags"), "child_flags")
    return [FlagSpec.from_data(vid, "child_flags", raw) for vid, raw in data.items()]


_SUBJECT_PRONOUN = fast_compile(
    r"^\W*(?:\d+(?:\.\d+)*\s+)?"
    r"(?:(?:in|by|from|during|after|before|on|at|over|within|later|then|also)\b[\w ]{0,25}?,? )?(he|she|his|her)\b",
    re.I,
)


def _pronoun_chain(doc: Doc, allowed: set[int], others: list, sex: str | None) -> set[int]:  # noqa: ANN001
    """The report going on about the same child over several sentences, each opening with a
    pronoun of the child's sex ("Child C ... At the time she lived ... She has a diagnosis of ..."),
    none naming another subject child."""
    out: set[int] = set()
    wanted = {"female": {"she", "her"}, "male": {"he", "his"}}.get(sex or "")
    for i in sorted(allowed):
        j = i + 1
        while j < len(doc.sentences) and j not in allowed and j not in out:
            text = doc.sentences[j].text
            m = _SUBJECT_PRONOUN.match(text)
            if m is None or (wanted is not None and m.group(1).lower() not in wanted):
                break
            if _names_re(tuple(n for o in others for n in o.names)).search(text):
                break
            out.add(j)
            j += 1
    return out


class ChildFlagsComponent:
    name = "child_flags"

    def __call__(self, doc: Doc, result: Extraction) -> None:
        book = load_codebook()
        r = roles()
        kind = result.review.get(r.review_type)
        thematic = kind is not None and kind.value == "thematic_review"
        group = (
            (_group_indexes(doc) if not thematic else _all_of_them_indexes(doc)) if len(result.children) > 1 else set()
        )
        if len(result.children) > 1 and not thematic:
            group |= _harm_named_indexes(doc)  # "The rapid review classified the harm as neglect": the family's
        everyone = tuple(n for c in result.children for n in c.names)
        incident = result.review.get(r.incident_year)
        year = incident.value if incident is not None and isinstance(incident.value, int) else None
        own_sentences: dict[int, set[int] | None] = {}
        for child in result.children:
            others = [c for c in result.children if c is not child]
            allowed = None
            if others:
                allowed = set(child_sentence_indexes(doc, child, others)) | own_row_indexes(doc, child, others)
            if allowed is not None:
                sex0 = child.codes.get(r.sex)
                allowed |= _pronoun_chain(doc, allowed, others, sex0.value if sex0 is not None else None)
            own_sentences[id(child)] = allowed
        cells = _table_cells(doc, result.children)
        for child in result.children:
            others = [c for c in result.children if c is not child]
            allowed = own_sentences[id(child)]
            mine, theirs = cells.get(id(child), ([], []))
            if allowed is not None and (mine or theirs):
                # a table with a column per child: the child's own cells are about it, another's are not
                # (a cell spanning the columns says so of them all: "Neither child was looked after")
                allowed = (allowed | _cell_sentences(doc, mine, whole=False)) - (
                    _cell_sentences(doc, theirs, whole=True) - group
                )
            starts = {doc.sentences[i].start for i in allowed} if allowed is not None else None
            # status at the incident is not taken from sentences about the children together: "the
            # children were placed in foster care" is as often what followed the incident
            starts_group = {doc.sentences[i].start for i in allowed | group} if allowed is not None else None
            starts_home = (
                {
                    doc.sentences[i].start
                    for i in allowed
                    | {
                        g
                        for g in group
                        if _LIVED.search(doc.sentences[g].text) or _NONE_LA.search(doc.sentences[g].text)
                    }
                }
                if allowed is not None
                else None
            )
            if starts_home is not None and not thematic:
                # siblings of one household: where the family lived, told without naming a child ("They
                # married in 2001 and lived together ...", "The family has lived in the same house since
                # 2014"), is where each of them lived
                starts_home = starts_home | _family_home_starts(doc, others)
            months = _months_at_incident(child.codes, r)
            sex = child.codes.get(r.sex)
            own = _OwnClause(child.names, sex.value if sex is not None else None, doc)
            own_now = _AtIncident(own, year, months)
            # "accommodated when she was 13", in a review of a baby: the mother's care history
            own_looked_after = _AtIncident(own, year, months, looked_after=True)
            for spec in specs():
                min_age = book[spec.variable].min_age_years
                if min_age is not None and months is not None and months < min_age * 12:
                    continue
                s = evaluate_flag(
                    spec,
                    doc,
                    # "Lily and her brother Noah lived with their mother": a sibling who is also a
                    # subject shares the household, so for where a child lived any subject is "the child"
                    child_names=everyone
                    if spec.at_incident
                    else (
                        child.names + _BARE_SUBJECTS if group and spec.variable in _BARE_SUBJECT_FLAGS else child.names
                    ),
                    sentence_filter=(
                        (lambda sent, st=(starts_home if spec.at_incident else starts_group): sent.start in st)
                        if starts is not None
                        else None
                    ),
                    match_filter=_NotTheirCell(
                        [t for t in theirs if doc.sentence_index(t[0]) not in group],
                        _OwnItem(
                            (
                                own_now
                                if spec.variable != "looked_after"
                                else _Antecedent(own_looked_after, doc, child.names, everyone)
                            )
                            if spec.at_incident
                            else _Antecedent(
                                _BornBy(_owner_filter(spec.variable, own, child.names), year, months),
                                doc,
                                child.names,
                                everyone,
                            ),
                            child.names,
                            everyone,
                        ),
                    ),
                )
                if s is not None and s.value == "present" and spec.variable in _SERVICE_ONLY:
                    # "the GP referred him to CAMHS ... the CAMHS assessment found no mental health disorder":
                    # without the mentions of a service, what is left says there was none
                    alone = evaluate_flag(
                        _without_services(spec),
                        doc,
                        child_names=child.names,
                        sentence_filter=(lambda sent, st=starts_group: sent.start in st)
                        if starts is not None
                        else None,
                        match_filter=_Antecedent(
                            _BornBy(_owner_filter(spec.variable, own, child.names), year, months),
                            doc,
                            child.names,
                            everyone,
                        ),
                    )
                    if alone is not None and alone.value == "absent":
                        s = alone
                if s is not None and s.value == "present" and spec.variable == "neglect_feature" and _category_only(s):
                    found = evaluate_flag(
                        _absent_only(spec.variable),
                        doc,
                        child_names=child.names,
                        sentence_filter=(lambda sent, st=starts_group: sent.start in st)
                        if starts is not None
                        else None,
                        match_filter=_Antecedent(
                            _BornBy(_owner_filter(spec.variable, own, child.names), year, months),
                            doc,
                            child.names,
                            everyone,
                        ),
                    )
                    s = _category_not_finding(doc, s, found)
                if s is not None and s.value == "present" and spec.variable == "looked_after":
                    # "From then until the incident he was not a looked-after child": a short spell in care
                    # that the report itself says was over by the incident
                    found = evaluate_flag(
                        _absent_only(spec.variable),
                        doc,
                        child_names=everyone,
                        sentence_filter=(lambda sent, st=starts_home: sent.start in st) if starts is not None else None,
                        match_filter=_Antecedent(own_looked_after, doc, child.names, everyone),
                    )
                    s = _over_by_the_incident(doc, s, found)
                if s is not None and s.value == "absent" and spec.variable == "elective_home_education":
                    s = _school_not_enough(doc, s, starts_group, child.names, everyone)
                if s is not None:
                    child.codes[spec.variable] = s
            _looked_after_is_open(child.codes, r.social_care_status)
            _looked_after_not_home(doc, child.codes)
            _neglect_by_category(doc, child.codes, r)
        if not thematic and len(result.children) > 1:
            _siblings_share_home(result.children)
        if _CONCEALED.search(doc.text):
            return  # a baby born of a concealed pregnancy had no home yet: no household default
        for child in result.children:
            others = [c for c in result.children if c is not child]
            months = _months_at_incident(child.codes, r)
            at_incident = _AtIncident(_ANYONE, year, months)  # type: ignore[arg-type]
            _home_with_family(doc, child, others, thematic, months, at_incident)


def _table_cells(doc: Doc, children: list) -> dict[int, tuple[list[tuple[int, int]], list[tuple[int, int]]]]:  # noqa: ANN001
    """For each child (by id), the spans of its own cells in a table with one column per child, and
    those of the other children's cells."""
    if len(children) < 2:
        return {}
    from caselearn.extract.age import child_table

    ordered = sorted(children, key=lambda c: c.mentions[0].start if c.mentions else 0)
    rows = child_table(doc, ordered)
    out: dict[int, tuple[list[tuple[int, int]], list[tuple[int, int]]]] = {}
    for k, child in enumerate(ordered):
        mine: list[tuple[int, int]] = []
        theirs: list[tuple[int, int]] = []
        for row in rows.values():
            for j, (cell, span) in enumerate(row):
                if cell and span.end > span.start:
                    (mine if j == k else theirs).append((span.start, span.end))
        if mine or theirs:
            out[id(child)] = (mine, theirs)
    return out


def _cell_sentences(doc: Doc, spans: list[tuple[int, int]], whole: bool) -> set[int]:
    """Indexes of the sentences that start in one of ``spans`` (``whole``: and end inside it)."""
    out = set()
    for a, b in spans:
        i = doc.sentence_index(a)
        while i is not None and i < len(doc.sentences) and doc.sentences[i].start < b:
            sent = doc.sentences[i]
            if sent.start >= a and (not whole or sent.end <= b + 1):
                out.add(i)
            i += 1
    return out


# a heading line: a few words, no punctuation, no denial ("Neglect", "4.3 Child sexual exploitation")
_BARE_HEADING = re.compile(r"(?:\d+(?:\.\d+)*\.?\s+)?(?!(?:No|Not|None|Never|Nil)\b)[A-Z][\w'’-]*(?: [\w'’-]+){0,4}")
# the flags whose names are the review's topic headings ("Neglect", "Bullying", "Child sexual exploitation")
_TOPIC_FLAGS = frozenset({"neglect_feature", "child_sexual_exploitation", "bullying"})


class _NotHeading:
    """A heading that names a topic of the review ("Neglect" above a paragraph that finds none) is not a finding."""

    def __init__(self, inner: object) -> None:
        self.inner = inner

    def __call__(self, sent, start: int, end: int) -> bool:  # noqa: ANN001
        if _BARE_HEADING.fullmatch(sent.text.strip()):
            return False
        return self.inner(sent, start, end)  # type: ignore[operator]


class _NotTheirCell:
    """A match inside another subject child's cell of a per-child table is that child's."""

    def __init__(self, theirs: list[tuple[int, int]], inner: object) -> None:
        self.theirs = theirs
        self.inner = inner

    def __call__(self, sent, start: int, end: int) -> bool:  # noqa: ANN001
        at = sent.start + start
        if any(a <= at < b for a, b in self.theirs):
            return False
        return self.inner(sent, start, end)  # type: ignore[operator]


# (not a "home-school diary" or a "home-school link worker": the school's own contact with the home)
_HOME_EDUCATION = fast_compile(r"\bhome[- ]educat\w*|\bEHE\b|\bhome[- ]?school(?:ed|ing|er)\b", re.I)
# home education only thought of: "was thinking about home educating him", "suggested home education"
_ONLY_THOUGHT_OF = re.compile(
    r"\b(?:think\w* (?:about|of)|consider\w*|suggest\w*|discuss\w*|ask\w* about|enquir\w* about|explor\w*|"
    r"might|may|could|option of|possibility of|request\w* (?:to|for)|ask\w* (?:\w+ ){1,4}about)\b[^.;]{0,40}$",
    re.I,
)
# the subject children together: "the children", "both siblings", "children now EHE"
_TOGETHER = re.compile(
    r"\b(?:the|both|all|these|two|three) (?:\w+ )?(?:children|siblings|twins|brothers|sisters)\b|"
    r"^[^a-z]*\W(?:children|siblings|twins) now\b|\bchildren now\b",
    re.I,
)


def _school_not_enough(
    doc: Doc, s: Suggestion, mine: set[int] | None, names: tuple[str, ...] = (), everyone: tuple[str, ...] = ()
) -> Suggestion | None:
    """Schooling ("Year 4", "attended the village primary") says a child was not home educated,
    unless the report itself tells of this child's home education (outside its advice, not to deny
    it, not only thought of): a school place named in the background is then as likely the one the
    child was withdrawn from. With several subject children (``mine``: the starts of this child's
    sentences and those about the children together) only what is told of this child, or of the
    children together, counts. An explicit "not home educated" stands."""
    if s.origin.endswith(".absent.r0"):
        return s
    from caselearn.extract.flags import _recommendation

    key = ("home_education_told",)
    told = doc._trigger_cache.get(key)
    if told is None:
        told = []
        for m in _HOME_EDUCATION.finditer(doc.text):
            sent = doc.sentence_at(m.start())
            if sent is None or _recommendation(doc, sent) or generic(sent.text):
                continue
            a, b = m.start() - sent.start, m.end() - sent.start
            if context.negated(sent.text, a, b) or context.hedged(sent.text, a, b):
                continue
            if _ONLY_THOUGHT_OF.search(sent.text, max(0, a - 80), a):
                continue
            told.append((sent.start, bool(_TOGETHER.search(sent.text)), sent.text, a))
        doc._trigger_cache[key] = told
    for t, together, text, a in told:
        if mine is not None and not (t in mine or together):
            continue
        owner = list_item_owner(text, a, everyone) if mine is not None else None
        if owner is not None and owner not in names:
            continue  # "...: Kai through exclusion, Leah through home education": Leah's, not Kai's
        return None
    return s


def _months_at_incident(codes: dict, r) -> int | None:  # noqa: ANN001 - the codebook's role ids
    """The child's age in months as coded; 0 for a child known only to be under one."""
    age = codes.get(r.age_months)
    if age is not None and isinstance(age.value, int):
        return age.value
    band = codes.get(r.age_band)
    return 0 if band is not None and band.value == "under_1" else None


# where the household lived, said of the family or the parents, not of one child
_FAMILY_HOME = fast_compile(
    r"\b(?:(?:the|this|their) family|the parents|(?:mother|mum) and (?:father|dad)|(?:father|dad) and (?:mother|mum)|"
    r"the couple|they)\b[^.;]{0,60}?\b(?:lived|live|lives|were living|was living|are living|had been living|"
    r"have been living|has been living|have lived|has lived|had lived)\b|"
    # a key-facts field of the household: "Main carer: maternal grandmother (GM), 61"
    r"^\W*(?:main|primary|principal) carers?\s*[:|\-–]",
    re.I,
)


def _family_home_starts(doc: Doc, others: list) -> set[int]:  # noqa: ANN001
    """Sentences that say where the family lived and name no other subject child."""
    key = ("family_home", tuple(o.alias for o in others))
    found = doc._trigger_cache.get(key)
    if found is None:
        other_idx = {doc.sentence_index(m.start) for o in others for m in o.mentions}
        words = frozenset({"live", "living", "main carer", "primary carer", "principal carer"})
        found = doc._trigger_cache[key] = {
            doc.sentences[i].start
            for i in doc.sentences_with(words)
            if i not in other_idx and _FAMILY_HOME.search(doc.sentences[i].text)
        }
    return found


# a flag's present patterns that name only a service the child was sent to (a referral, an assessment)
_SERVICE_ONLY = {"child_mental_health": re.compile(r"CAMHS")}


def _without_services(spec: FlagSpec) -> FlagSpec:
    return _without_services_of(spec.variable)


@lru_cache(maxsize=8)
def _without_services_of(variable: str) -> FlagSpec:
    """The spec less its present patterns that name only a service ("CAMHS")."""
    raw = checked_variables(load_data("child_flags"), "child_flags")[variable]
    keep = [p for p in raw["present"] if not _SERVICE_ONLY[variable].search(p)]
    return FlagSpec.from_data(variable, "child_flags", {**raw, "present": keep})


# an absent statement dated up to the incident itself: "until the incident", "prior to the injuries"
_UP_TO_INCIDENT = fast_compile(
    r"\b(?:until|up to|up until|prior to|before|at the time of) (?:the |his |her |their )?"
    r"(?:incident|injur\w+|death|assault|harm)\b",
    re.I,
)


def _over_by_the_incident(doc: Doc, s: Suggestion, absent: Suggestion | None) -> Suggestion:
    """A looked-after spell read as present gives way to a statement that the child was not looked after up
    to the incident, unless the present mention is itself dated to the incident."""
    if absent is None or absent.value != "absent" or not absent.evidence or not s.evidence:
        return s
    said = doc.sentences[doc.sentence_index(absent.evidence[0].start)].text
    seen = doc.sentences[doc.sentence_index(s.evidence[0].start)].text
    if _UP_TO_INCIDENT.search(said) and not _UP_TO_INCIDENT.search(seen):
        return absent
    return s


@lru_cache(maxsize=8)
def _absent_only(variable: str) -> FlagSpec:
    """The spec with its absent patterns only: what the report says against the flag."""
    raw = checked_variables(load_data("child_flags"), "child_flags")[variable]
    return FlagSpec.from_data(variable, "child_flags", {**raw, "present": [], "present_in_context": None})


# a plan's or a notification's category, a label rather than a finding about the child's care: "a CP plan under the
# category of neglect", "CP plan, category neglect", "CP plans (cat. neglect)", "the notification was made under
# neglect", "neglect plans"
_CATEGORY_LABEL = fast_compile(
    r"\bcategor(?:y|ies)\b|\bcat\b\.?|\bneglect plans?\b|\bplans? (?:\w+ ){0,4}?(?:for|of) neglect\b|\(neglect\)|"
    # "The child protection plan was under 'neglect'"
    r"\bplans? (?:was |were |had been )?(?:made |registered )?under ['\"“‘]?neglect\b|"
    r"\bnotifi(?:ed|cation)\b|"
    # "neglect was chosen because the procedures do not allow for extra-familial harm"
    r"\b(?:neglect|it) was (?:chosen|selected|used|recorded)\b",
    re.I,
)
# the review says the category stood in for harm outside the family: "used only because procedures had no category
# for extra-familial harm", "the only one that fits", "neglect plans that did not fit", "used locally for risks of
# extra-familial harm"
_STAND_IN = fast_compile(
    r"\bno (?:separate |specific |other |suitable )?categor(?:y|ies) (?:for|of|covering|that covered) (?:\w+ ){0,2}?"
    r"(?:extra-?familial|(?:harm|risks?) (?:from )?(?:outside|beyond)|exploitation|contextual)|"
    r"\bthe only (?:one|category) that (?:fits|fitted)\b|\bneglect plans? that did not fit\b|"
    r"\bcategor(?:y|ies) (?:or (?:clear )?\w+ )?for (?:extra-?familial|(?:harm|risks?) (?:from )?outside)|"
    r"\b(?:procedures?|guidance|system) (?:do|does|did) not (?:allow|provide) for (?:\w+ )?(?:extra-?familial|"
    r"(?:harm|risks?) (?:from )?outside|exploitation)",
    re.I,
)


def _category_only(s: Suggestion) -> bool:
    """Is every sentence behind a present neglect flag (three at most) a plan's or a notification's category?"""
    hits = round((s.confidence - 0.6) / 0.1)
    # (the sentence saying the category stood in for harm outside the family is about the label too)
    return (
        hits <= 3
        and len(s.evidence) == hits
        and all(_CATEGORY_LABEL.search(e.text) or _STAND_IN.search(e.text) for e in s.evidence)
    )


def _category_not_finding(doc: Doc, s: Suggestion, absent: Suggestion | None) -> Suggestion | None:
    """Neglect found only in a plan's or a notification's category is a label: where the review says the category
    stood in for harm outside the family, it tells nothing of the child's care; where the review says the child was
    not neglected (``absent``: the flag's absent statements), that finding stands over the label."""
    if _STAND_IN.search(doc.text):
        return absent
    return absent if absent is not None and absent.value == "absent" else s


# "a 16-year-old boy", "posed as a 15-year-old": someone else told of in passing, which dates nothing
_YEAR_OLD = re.compile(r"\b(?:an?|as a) [\w-]+[- ]year[- ]old\b", re.I)


class _BornBy:
    """A dated sentence all of whose years fall before the child was born tells of someone else
    ("referrals in 1998 and 1999 about Ms K being left alone at night", in a review of her son born in
    2013): the parent's childhood, an older sibling."""

    def __init__(self, inner: object, incident_year: int | None, months: int | None) -> None:
        self.inner = inner
        self.born = None if incident_year is None or months is None else incident_year - (months + 11) // 12
        self.months = months

    def __call__(self, sent, start: int, end: int) -> bool:  # noqa: ANN001
        if not self.inner(sent, start, end):  # type: ignore[operator]
            return False
        if self.months is not None and older_than(_YEAR_OLD.sub("", sent.text), self.months):
            return False  # "looked after from age 12 (neglect)", in a review of a baby: a parent's past
        if self.born is None:
            return True
        years = _YEAR.findall(sent.text)
        return not years or max(int(y) for y in years) >= self.born - 1


def _owner_filter(variable: str, own: _OwnClause, names: tuple[str, ...]) -> object:
    inner: object = _NoAdultBefore(own, names) if variable in _SENTENCE_OWNER else own
    if variable == "child_mental_health":
        inner = _NotServiceForOtherNeeds(inner)
    if variable in _TOPIC_FLAGS:
        inner = _NotHeading(inner)
    return _NoOtherYoungBefore(inner, names) if variable in _OTHER_YOUNG_OWNER else inner


# the mental health service named for what it did about a neurodevelopmental condition ("ADHD medication reviews
# through CAMHS", "CAMHS ND pathway", "CAMHS (autism assessment)"), or a referral that never became contact
# ("referred to CAMHS; did not attend", "CAMHS declined the referral"): the service's name alone, no problem told
_SERVICE_NAME = fast_compile(r"\bCAMHS\b|child and adolescent mental health", re.I)
_OTHER_NEEDS = fast_compile(
    r"\b(?:ADHD|attention deficit|autis\w*|ASD|neuro-?developmental|ND (?:team|pathway|clinic|service)|"
    r"medication reviews?|learning disabilit\w+|LD (?:team|service))\b|"
    r"\b(?:did not|didn't|failed to|never) attend\w*|\bDNA(?:'?d|s)?\b|\bnot brought\b|"
    r"\b(?:declined|refused|rejected|returned|did not accept)\b[^.;]{0,30}\breferral\b|"
    r"\breferral\b[^.;]{0,70}?\b(?:was |were )?(?:declined|refused|rejected|returned|not accepted)\b",
    re.I,
)


class _NotServiceForOtherNeeds:
    """For the child's mental health: a match that is only the service's name, in a sentence that tells of a
    neurodevelopmental condition or of a referral that came to nothing, says nothing of the child's mental health."""

    def __init__(self, inner: object) -> None:
        self.inner = inner

    def __call__(self, sent, start: int, end: int) -> bool:  # noqa: ANN001
        if not self.inner(sent, start, end):  # type: ignore[operator]
            return False
        text = sent.text
        if not any(n.start() <= start < n.end() for n in _SERVICE_NAME.finditer(text, max(0, start - 40), end)):
            return True  # not the service's name ("Child and Adolescent Mental Health Services" holds "mental health")
        # the part of the sentence around the name, up to a semicolon ("bullied because of his autism and very
        # anxious; he was referred to CAMHS" tells of anxiety, not of autism, at CAMHS)
        left = text.rfind(";", 0, start) + 1
        right = text.find(";", end)
        return not _OTHER_NEEDS.search(text, max(left, start - 130), right if right >= 0 else len(text))


# a looked-after child placed with family: kinship, connected persons, family and friends carers,
# placement with parents
_KIN_PLACEMENT = fast_compile(
    r"\b(?:kinship|connected (?:person|carer)s?|family and friends? (?:carers?|foster\w*)|placed (?:at home )?with "
    r"(?:his |her |their )?(?:\w+ )?(?:parents?|mother|father|mum|dad|grand\w+|aunt|uncle|relatives?|family)\b|"
    r"placement with (?:his |her |their )?(?:parents?|mother|father|relatives?|family)|special guardian\w*)",
    re.I,
)


def _looked_after_not_home(doc: Doc, codes: dict) -> None:
    """A child looked after at the incident did not live at home, unless the report tells of a
    placement with family (kinship or connected-person care, placement with parents)."""
    la = codes.get("looked_after")
    home = codes.get("living_at_home")
    if la is None or la.value != "present" or (home is not None and home.value == "present"):
        return
    key = ("kin_placement",)
    kin = doc._trigger_cache.get(key)
    if kin is None:
        kin = doc._trigger_cache[key] = bool(_KIN_PLACEMENT.search(doc.text))
    if not kin:
        codes["living_at_home"] = Suggestion(
            "absent", 0.7, list(la.evidence), "rule:child_flags/living_at_home.looked_after"
        )


def _siblings_share_home(children: list) -> None:  # noqa: ANN001
    """Subject children of one (not thematic) review are brothers and sisters of one household: one
    known to live at home tells where the others lived too, unless the report places one elsewhere
    (looked after, or not at home)."""
    home = next(
        (
            c.codes["living_at_home"]
            for c in children
            if getattr(c.codes.get("living_at_home"), "value", None) == "present"
        ),
        None,
    )
    if home is None:
        return
    for c in children:
        la = c.codes.get("looked_after")
        if c.codes.get("living_at_home") is None and (la is None or la.value != "present"):
            c.codes["living_at_home"] = Suggestion(
                "present", 0.6, list(home.evidence), "rule:child_flags/living_at_home.sibling"
            )


# a sentence that places the child's household: a home and a parent or relative caring there ("Ms Reid's
# one-bedroom flat", "Household: mother, 26", "the health visitor saw the baby at home with his mother")
_HOME_WORD = fast_compile(
    r"\b(?:home|flat|house|household|address|bedroom|cot|lived|lives|living|moved in(?:to)?)\b", re.I
)
_FAMILY_CARER = fast_compile(
    r"\b(?:(?i:mother|father|mum|dad|parents?|grand(?:mother|father|parents)|stepfather|stepmother)|"
    r"M(?:s|r|rs|iss) [A-Z]\w*|(?<![\w-])[MF](?![\w'’-]))",
)
_HOME_TRIGGERS = frozenset(
    {"home", "flat", "house", "address", "bedroom", "cot", "lived", "lives", "living", "moved in"}
)
# a young person's life away from family: living alone, homeless, in custody or a hostel
_NOT_HOME = fast_compile(
    r"\b(?:homeless|sofa[- ]surf\w*|(?:lived|living|lives) (?:alone|independently|on (?:his|her|their) own)|"
    r"(?:own|a) tenancy|secure (?:unit|children's home|estate)|young offender institution|in custody|hostel|"
    r"residential (?:school|placement|home|unit|college)|boarding school|children's home|foster (?:carers?|placement)|"
    r"(?:lived|living|lives|boards|boarded|boarding) at (?:the |a )?school|"  # "lives at school Mon-Fri": a boarder
    r"supported (?:accommodation|lodgings)|semi-independent)\b",
    re.I,
)
# a baby born and found alone: no home yet
_CONCEALED = fast_compile(r"\b(?:concealed (?:the |her )?(?:pregnancy|birth)|(?:gave|giving) birth alone)\b", re.I)


# a parent's own family home: "her father lived with his own parents"
_OWN_PARENTS = fast_compile(r"\b(?:his|her|their) own (?:mother|father|parents|mum|dad|family|grand\w+)\b", re.I)


def _ANYONE(sent, start: int, end: int) -> bool:  # noqa: ANN001, N802 - a filter that lets every match through
    return True


def _away_before(text: str) -> bool:
    """A life away from family told of the time before the incident: not a placement that followed it ("The
    children were removed and have since been placed with foster carers")."""
    away = _NOT_HOME.search(text)
    if away is None:
        return False
    after = _AFTER_INCIDENT.search(text, 0, away.start())
    return after is None


def _home_with_family(  # noqa: ANN001
    doc: Doc, child, others: list, thematic: bool, months: int | None, at_incident: object
) -> None:
    """A child not looked after, of whose home the report tells only in passing, lived at home: the
    first of the child's sentences that places a parent or relative in a home is the evidence. Not
    for a young person whose own sentences tell of a life away from family (living alone, homeless,
    custody, a hostel). The caller leaves out a report of a concealed pregnancy."""
    codes = child.codes
    la = codes.get("looked_after")
    if codes.get("living_at_home") is not None or (la is not None and la.value == "present"):
        return
    own = child_sentence_indexes(doc, child, others)
    wanted = {doc.sentence_index(m.start) for m in child.mentions} if others and thematic else set(own)
    if others and not thematic:
        # brothers and sisters of one household: a sentence about the family's home that names none of
        # the other children ("Mother 26, father 29; married, living together") is this child's too
        named_other = {doc.sentence_index(m.start) for o in others for m in o.mentions}
        wanted |= set(range(len(doc.sentences))) - named_other
    if (months is None or months >= 132) and any(_away_before(doc.sentences[i].text) for i in wanted):
        return
    for i in doc.sentences_with(_HOME_TRIGGERS):
        if i not in wanted:
            continue
        text = doc.sentences[i].text
        home = _HOME_WORD.search(text)
        if home is None or not _FAMILY_CARER.search(text) or not at_incident(doc.sentences[i], *home.span()):
            continue
        if _OWN_PARENTS.search(text):
            continue  # "her father lived with his own parents": the parent's home
        if _AFTER_INCIDENT.search(text) or _glossary(text):
            continue
        sent = doc.sentences[i]
        codes["living_at_home"] = Suggestion(
            "present", 0.55, [Span(sent.start, sent.end, sent.text)], "rule:child_flags/living_at_home.household"
        )
        return


def _looked_after_is_open(codes: dict, status_id: str) -> None:
    """A child looked after at the incident has an open social care case."""
    la = codes.get("looked_after")
    sc = codes.get(status_id)
    if la is not None and la.value == "present" and (sc is None or sc.value != "open"):
        codes[status_id] = Suggestion(
            "open", 0.7, list(la.evidence), "rule:child_flags/social_care_status.looked_after"
        )


# the harm itself named as neglect: "Serious harm - neglect", "Type of harm: Neglect", "notified as neglect",
# "suffered serious harm through chronic neglect" (not a plan's category, nor "came into care because of neglect")
_NEGLECT_HARM = fast_compile(
    r"\b(?:harm|notif\w*)\b[^.;]{0,40}?\bneglect\b|\bneglect\b[^.;]{0,20}?\b(?:harm|notif\w*)\b", re.I
)
# the harm told by what neglect does, or a young child's swallowing of a carer's drug (convention 3): "severely
# dehydrated", "had drunk from a bottle of his father's methadone", "ingestion of methadone at home"
_NEGLECT_SIGNS = fast_compile(
    r"\b(?:dehydrat\w+|malnourish\w*|underweight|weight loss|faltering growth|pressure (?:ulcers?|sores?)|"
    r"untreated|hypotherm\w+|(?:ingest\w*|swallow\w*|drunk|drank|ate|eaten|taken|took)\b[^.;]{0,60}?\b(?:methadone|"
    r"buprenorphine|heroin|cocaine|cannabis|tablets|medication|pills)|"
    r"(?:methadone|opioid|opiate) (?:toxicity|ingestion)|toxicology confirmed)",
    re.I,
)
# a brother's or sister's plan for neglect is theirs, whatever the harm was read as
_KIN_WORD = fast_compile(r"\b(?:(?:half|step)[- ])?(?:brothers?|sisters?|siblings?)\b", re.I)


def _neglect_by_category(doc: Doc, codes: dict, r) -> None:  # noqa: ANN001
    """Harm categorised as neglect, read from a sentence that names the harm as neglect ("Serious harm -
    neglect", "Type of harm: Neglect"), is neglect in the child's life: the flag follows where the running text
    left it unsaid (not where the review says the category stood in for harm outside the family)."""
    harm = codes.get(r.harm_category)
    flag = codes.get(r.neglect_feature)
    if harm is None or harm.value != "neglect" or (flag is not None and flag.value != "not_known"):
        return
    if _STAND_IN.search(doc.text):
        return
    named = [
        e
        for e in harm.evidence
        if (_NEGLECT_HARM.search(e.text) or _NEGLECT_SIGNS.search(e.text))
        and not _KIN_WORD.search(e.text)
        and not _BARE_HEADING.fullmatch(e.text.strip())
    ]
    if named:
        codes[r.neglect_feature] = Suggestion("present", 0.7, named, "rule:child_flags/neglect_feature.harm_category")
