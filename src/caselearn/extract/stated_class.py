"""The review's own classification of a child's outcome, death or harm ("the rapid review classified the harm as
neglect", "the death was notified as not related to maltreatment"), and its finding about the cause of a death told
with a copula ("her death was natural") or as an open question ("whether his death was maltreatment-related is not
yet known"). A child protection plan's category is not the harm's."""

from __future__ import annotations

import itertools
import re

from caselearn.extract import context
from caselearn.extract.child_window import _limit, _names_in, _other_names
from caselearn.extract.model import ChildResult, Span
from caselearn.extract.prefilter import Prefiltered
from caselearn.extract.someone_else import _RELATIVE_BEFORE, RELATIVE_DEATH, other_death
from caselearn.extract.text import Doc

# The review's own classification of the harm or death, in any voice: "the rapid review classified the harm as
# neglect", "the Partnership has categorised the death as not related to maltreatment", "the harm was recorded as
# other non-fatal harm", "the incident was notified to the Panel as serious harm", "the notification was made as a
# death". What it names is read from the category's own words (``_STATED_NAMES``); a name it does not know
# ("recorded as a domestic incident") says nothing.
_CLASS_VERB = r"(?:re-?)?(?:classified|categori[sz]ed|recorded|notified|coded|registered|treated)"
_CLASS_OBJECT = (
    r"(?:the|this|her|his|their|its|[A-Z][\w-]*['’]s?|each|both)(?: (?:child['’]s|children['’]s|baby['’]s|young "
    r"person['’]s|boys['’]|girls['’]))? (?:(?:primary|main|serious|resulting|subsequent) )?"
    r"(?:harm|deaths?|incidents?|injur(?:y|ies)|notifications?)"
)
_CLASS_AS = (
    r"(?:,? ?(?:by|through|to|with) (?:the )?[\w -]{1,40}?,?)? (?:as|under) (?:(?:a|an|the) )?(?:category (?:of )?)?"
    r"[\"'“‘]?(?P<cat>[^.;:\"”’()]{3,60})"
)
STATED_CLASS = Prefiltered.compile(
    r"\b(?:"
    + _CLASS_VERB
    + r" (?:it|"
    + _CLASS_OBJECT
    + r")|"
    + _CLASS_OBJECT
    + r" (?:was|were|has been|have been|had been|is|are) (?:(?:formally|initially|first|"
    r"originally|later|subsequently|then|also|now) )?"
    + _CLASS_VERB
    # the harm told of earlier in the sentence or before it: "The harm does not fit any of the categories of abuse and
    # has been recorded as other non-fatal harm", "It was categorised as criminal exploitation"
    + r"|(?:\band|(?-i:\b(?:It|This))) (?:was|were|has been|have been|had been|is) (?:(?:formally|later|subsequently|"
    r"then|also|now) )?"
    + _CLASS_VERB
    + r"|notification (?:was|has been|had been) (?:made|submitted|sent))"
    + _CLASS_AS,
    re.I,
)
# The review's finding about the death told with a copula rather than a classifying verb: "Daisy's death was natural
# and was not related to maltreatment", "the death has been found to be unrelated to abuse or neglect".
_NO_MALTREATMENT = (
    # ("not directly caused by abuse" is the national category's half-sentence: related, but not directly caused)
    r"(?:(?:not (?!(?:directly|immediately) (?:caused|the result))(?:\w+ )?(?:related to|caused by|the result of|"
    r"attributable to)|unrelated to) "
    r"(?:(?:any )?abuse or neglect|maltreatment)|not maltreatment[- ]related)"
    # not a denial that only covers the family ("not caused by abuse or neglect by her parents"): someone else may have
    r"(?! (?:by|from|on the part of|within|in) (?:the |her |his |their |any )?(?:\w+ ){0,2}"
    r"(?:family|parents?|carers?|adults?|mother|father))"
)
_DEATH_OBJECT = (
    r"(?:the|this|her|his|their|(?-i:[A-Z][\w-]*)['’]s?|(?-i:Child|Baby) (?-i:[A-Z]{1,3})['’]s?)"
    r"(?: (?:child['’]s|baby['’]s|young person['’]s))? death"
)
STATED_FINDING = Prefiltered.compile(
    r"\b(?:"
    + _DEATH_OBJECT
    # "This is therefore a death that was not maltreatment-related"
    + r"|(?:this|it) (?:is|was) (?:therefore |thus |then |so )?a death (?:that|which))"
    + r" (?:was|is|has been|had been)(?: (?:found|judged|considered|confirmed|determined|concluded|shown) to "
    r"(?:be|have been))? (?:(?:(?:due to|the result of|a result of|caused by|from|of) )?(?P<natural>natural)\b"
    # "due to natural causes", not "natural causes to which neglect contributed" or "natural parents"
    r"(?! (?:parents?|mother|father|family))"
    r"(?!(?: causes)?,? (?:to which|contributed to by|compounded by|exacerbated by|aggravated by|with) (?:\w+ ){0,3}"
    r"(?:neglect|abuse|maltreatment))|"
    r"(?:(?:natural|accidental),? and (?:was |is )?)?" + r"(?:" + _NO_MALTREATMENT + r"))",
    re.I,
)
# The review naming the death's category with a copula: "In the terms used by the national analyses, C's death is an
# extra-familial fatal assault", "her death is best described as severe and persistent cruelty".
STATED_IS = Prefiltered.compile(
    r"\b"
    + _DEATH_OBJECT
    + r" (?:is|was|would be)(?: (?:best |most accurately )?(?:described|classified|categori[sz]ed|regarded|seen) as)?"
    # (a finding that it was natural or not maltreatment is ``STATED_FINDING``'s, with its guards)
    r" (?:an? |the )?(?!not\b|unrelated\b|natural\b)(?P<cat>[^.;:()]{3,60})",
    re.I,
)
# The review naming the harm with a copula: "what happened to Owen was child sexual exploitation", "A's experience was
# criminal exploitation", "the abuse of Child O amounted to sexual exploitation" (what it names is read as for
# ``STATED_CLASS``; "was not exploitation" names nothing).
HARM_IS = Prefiltered.compile(
    r"\b(?:what happened to (?:him|her|them|(?P<who1>(?-i:[A-Z][\w-]*(?: [A-Z]{1,2}\b)?)))"
    r"|(?:his|her|their|(?P<who2>(?-i:[A-Z][\w-]*)))['’]?s? (?:experience|abuse|harm)"
    r"|the (?:abuse|harm)(?: of (?P<who3>(?-i:[A-Z][\w-]*(?: [A-Z]{1,2}\b)?)))?(?:,[^.;]{1,60},| by [^.;]{1,60}?)?)"
    r" (?:was|is|amounted to|constituted)(?: (?:an? |the )?(?:form|case) of)? (?:an? )?(?!not\b)"
    r"(?P<cat>[^.;:()]{3,60})",
    re.I,
)
# The category named before its label: "notified as serious harm, with neglect as the category of harm", "sexual abuse
# as the primary type of harm"
HARM_AS = Prefiltered.compile(
    r"\b(?:with |and )?(?P<cat>[\w -]{3,40}?) as the (?:primary |main )?(?:category|type) of (?:the )?harm\b", re.I
)
# The review saying that whether the death was due to maltreatment is not yet known: "Whether Child A's death was
# maltreatment-related is unclear at this stage", "it is not yet known whether her death was caused by neglect".
_MALTREATMENT_CAUSE = (
    r"(?:maltreatment[- ]related|related to (?:\w+ )?(?:abuse|neglect|maltreatment)|(?:caused|contributed to) by "
    r"(?:\w+ )?(?:abuse|neglect|maltreatment|(?:his|her|their) (?:\w+ )?(?:care|carers?|parents?|mother|father))|"
    r"(?:the result|a result) of (?:\w+ )?(?:abuse|neglect|maltreatment)|non-accidental|accidental|deliberate)"
)
_UNKNOWN = r"(?:unclear|uncertain|unknown|not (?:yet |currently )?(?:known|clear|established|determined))"
STATED_OPEN = Prefiltered.compile(
    r"\bwhether "
    + _DEATH_OBJECT
    + r" (?:was|had been) "
    + _MALTREATMENT_CAUSE
    + r"[^.;]{0,30}? (?:is|was|remains) (?:still |as yet |currently )?"
    + _UNKNOWN
    + r"|\b(?:it )?(?:is|was|remains) (?:still |as yet |currently )?"
    + _UNKNOWN
    + r" whether "
    + _DEATH_OBJECT
    + r" (?:was|had been) "
    + _MALTREATMENT_CAUSE
    # the review unable to decide it: "the review has not been able to say whether Q's death was caused by
    # maltreatment", "could not reach any view about whether neglect played a part" (in a sentence about the death)
    + r"|\b(?:(?:has|have|had|was|were) (?:not (?:been )?|been un)able|(?:could|can)(?:not| not)|unable) "
    r"(?:to )?(?:say|establish|determine|conclude|tell|reach|form|come to|agree)\b[^.;]{0,40}? whether (?:"
    + _DEATH_OBJECT
    + r" (?:was|had been) "
    + _MALTREATMENT_CAUSE
    + r"|(?:abuse|neglect|maltreatment) (?:had )?(?:played a part|contributed|was a (?:factor|cause))\b)",
    re.I,
)
_DEATH_WORD = re.compile(r"\bdeath\b|\bdied\b", re.I)
# whose death: "his", "the baby's", "Child G's", "Poppy's"
_WHOSE = r"(?:his|her|their|the child's|the baby's|(?-i:(?:(?:Child|Baby|Young Person) )?[A-Z][\w-]*)['’]s)"
# The review's finding that maltreatment was part of the death without causing it: "Poppy's death was related to, but
# not directly caused by, maltreatment", "the death was associated with, though not caused by, neglect".
STATED_RELATED = Prefiltered.compile(
    # the review's own classing, with no more said: "The review regards Baby M's death as maltreatment-related"
    r"\b(?:regards?|regarded|considers?|considered|classif(?:y|ies|ied)|categori[sz]es?|categori[sz]ed|judges?|"
    r"judged) " + _DEATH_OBJECT + r" as (?:a |an )?maltreatment[- ]related\b(?! (?:\w+ )?(?:filicide|homicide|killing))"
    r"|\b" + _DEATH_OBJECT + r" (?:was|is|has been|had been|as) (?:\w+ )?(?:related to|associated with|linked to)"
    r"(?:,? (?:but|though|although|if) not (?:directly )?caused by,? (?:the )?(?:abuse|neglect|maltreatment)"
    # "I regard Liam's death as related to the exploitation and the neglect he experienced, though not directly caused
    # by either"
    r"| (?:the |his |her |their )?[^.;,]{0,40}?\b(?:abuse|neglect|maltreatment|exploitation)\b[^.;,]{0,40}?,? "
    r"(?:but|though|although) not (?:directly )?caused by)"
    # "neglect of Child R's health needs contributed to his death, although it was not its direct cause", "neglect
    # contributed to, but did not cause, her death"
    # the national analyses' category in its own words, whatever the death is called: "The review regards it as
    # one of those deaths ... related to, but not directly caused by, maltreatment"
    r"|\brelated to,? but not (?:directly )?caused by,? (?:abuse|neglect|maltreatment)\b"
    r"|\b(?:neglect|abuse|maltreatment)\b(?: of [^.;]{1,80}?)? (?:had )?contributed to,? (?:but did not (?:directly )?"
    r"cause,? " + _WHOSE + r" death|" + _WHOSE + r" death,? (?:al)?though (?:it|this|that) was not "
    r"(?:its|the) (?:direct|immediate|only|sole) cause)",
    re.I,
)


# (what the category's words say, the variable it sets: outcome, death or harm) in order: the first that fits wins
_STATED_NAMES: tuple[tuple[re.Pattern[str], str, str], ...] = tuple(
    (re.compile(p, re.I), kind, value)
    for p, kind, value in (
        (r"other non-?fatal", "harm", "other_nonfatal"),
        (
            r"not (?:\w+ )?(?:related to|caused by|the result of|attributable to) (?:\w+ ){0,2}(?:abuse|neglect|"
            r"maltreatment)|unrelated to (?:abuse|neglect|maltreatment)|non-maltreatment|not maltreatment[- ]related",
            "death",
            "not_maltreatment_related",
        ),
        (r"other maltreatment[- ]related", "death", "other_maltreatment_related"),
        (r"(?:SUDI|SIDS|sudden (?:and )?unexp(?:ected|lained) death|sudden infant death|cot death)\b", "death", "sudi"),
        (r"(?:probable |apparent )?suicide\b", "death", "suicide"),
        (r"overt filicide", "death", "overt_filicide"),
        (r"covert filicide", "death", "covert_filicide"),
        (r"fatal physical abuse", "death", "fatal_physical_abuse"),
        (r"severe (?:and )?persistent cruelty", "death", "severe_persistent_cruelty"),
        (r"extreme neglect", "death", "extreme_neglect"),
        # ... or in plain words: "a fatal assault outside the family", "a homicide outside the family"
        (r"extra-?familial homicide|(?:homicide|murder|killing) outside the family", "death", "extrafamilial_homicide"),
        (r"extra-?familial fatal assault|fatal assault outside the family", "death", "extrafamilial_fatal_assault"),
        (
            r"(?:child )?sexual abuse\W{1,3}(?:intra-?familial|within the family)"
            r"|intra-?familial (?:child )?sexual abuse",
            "harm",
            "sexual_abuse_intrafamilial",
        ),
        (
            r"(?:child )?sexual abuse\W{1,3}(?:extra-?familial|outside the family)"
            r"|extra-?familial (?:child )?sexual abuse",
            "harm",
            "sexual_abuse_extrafamilial",
        ),
        (r"(?:child )?sexual exploitation|CSE\b", "harm", "sexual_exploitation"),
        (r"(?:child )?criminal exploitation|CCE\b", "harm", "criminal_exploitation"),
        (r"young (?:person|people) (?:as )?perpetrators?", "harm", "young_person_perpetrator"),
        (r"risk[- ]taking", "harm", "risk_taking_violent"),
        (r"physical abuse|non-accidental injur|NAI\b", "harm", "physical_abuse"),
        (r"emotional abuse", "harm", "emotional_abuse"),
        (r"(?:severe |chronic |wilful )?neglect\b(?! (?:and|or) )", "harm", "neglect"),
        (r"serious(?:ly)? (?:harm|injur)", "outcome", "serious_harm"),
        (r"(?:a )?(?:child )?death\b", "outcome", "death"),
        (
            r"other\b(?![\"'”’]? (?:ethnic|white|mixed|asian|black|group|background|agenc|professional|service))",
            "outcome",
            "other",
        ),
    )
)
_KIND_OUTCOME = {"harm": "serious_harm", "death": "death"}
# "recorded it as a death that was not maltreatment-related": the category is what the death was
_THAT_WAS = re.compile(r"^(?:(?:child )?death|harm|incident|case) (?:that|which) (?:was|is|were) ", re.I)
_FIRST_ONLY = re.compile(r"\b(?:initially|at first|originally|first)\b", re.I)


_ALL_CHILDREN = re.compile(
    r"\b(?:both|all|each|neither|either|all three|all four)(?: of)?(?: the| these)? (?:child|children|siblings|young "
    r"(?:people|person)|boys?|girls?|bab(?:y|ies)|twins)\b",
    re.I,
)


def _told_of(doc: Doc, i: int, names: tuple[str, ...], other_names: tuple[str, ...]) -> bool:
    """Whether sentence ``i`` of a review of several children is about the child: it names the child, or names no
    subject child and the nearest sentence before it that names one names this child (or all of them together, a
    title or the review's opening), or no sentence before it names any (the review's own summary)."""
    for j in range(i, max(-1, i - 20), -1):
        text = doc.sentences[j].text
        if _ALL_CHILDREN.search(text):
            return True  # "serious harm for both children", "neither child was restrained"
        own, other = _names_in(text, names), _names_in(text, other_names)
        if own or other:
            return own
    return True


def stated_class(doc: Doc, child: ChildResult, others: list[ChildResult], kind: str) -> tuple[str, Span] | None:
    """The review's own classification for ``kind`` (``outcome``, ``death`` or ``harm``), from the first sentence of
    the report's opening that states one and is about this child: one that names the child, or names no subject
    child at all (the review's classification covers all its children), not another person's death, not negated,
    hedged or a first view later revised."""
    limit = _limit(doc, child, others)
    names, other_names = tuple(child.names), _other_names(others)
    patterns = (
        (STATED_CLASS, STATED_FINDING, STATED_OPEN)
        if kind == "outcome"
        else (STATED_CLASS, STATED_IS, STATED_RELATED)
        if kind == "death"
        else (STATED_CLASS, HARM_IS, HARM_AS)
    )
    found_in: set[int] = set()
    for pattern in patterns:
        cands = pattern.candidate_sentences(doc)
        found_in.update(range(len(doc.sentences)) if cands is None else cands)
    for i in sorted(found_in):
        sent = doc.sentences[i]
        if sent.start >= limit:
            break
        text = sent.text
        if others and not _told_of(doc, i, names, other_names):
            continue
        if kind == "outcome" and _death_finding(text) is not None:
            return "death", Span(sent.start, sent.end, text)  # the category is weighed with the story's facts
        if kind == "death" and _death_finding(text) == "other_maltreatment_related":
            return "other_maltreatment_related", Span(sent.start, sent.end, text)
        said = list(itertools.islice(STATED_CLASS.regex.finditer(text), 3))
        if kind == "death":
            said += list(itertools.islice(STATED_IS.regex.finditer(text), 2))
        elif kind == "harm":
            # "A's experience was sexual exploitation" is A's, not that of the child the sentence before named
            said += [
                m
                for m in itertools.islice(HARM_IS.regex.finditer(text), 2)
                if not any(w and not _own_name(w, names) for w in (m.group("who1"), m.group("who2"), m.group("who3")))
            ]
            said += list(itertools.islice(HARM_AS.regex.finditer(text), 2))
        for m in said:
            # a predicate joined by "and" is its own clause: the first one's "does not fit" is not its negation
            own = m.start() if m.group(0)[:4].lower() == "and " else 0
            if _FIRST_ONLY.search(text[: m.end()]) or context.negated(text[own:], m.start() - own, m.end() - own):
                continue
            if context.hedged(text[own:], m.start() - own, m.end() - own) or context.disproved(text[own:]):
                continue
            if _RELATIVE_BEFORE.search(text[max(0, m.start() - 40) : m.start() + 40]) and RELATIVE_DEATH.search(text):
                continue  # "her father's death was recorded as suicide"
            if PLAN_CATEGORY.search(text) or _PLAN_BEFORE.search(text[max(0, m.start() - 80) : m.start()]):
                continue  # a child protection plan's category
            cat = _THAT_WAS.sub("", m.group("cat").strip())
            for pattern, found, value in _STATED_NAMES:
                if pattern.match(cat):
                    if kind == "outcome":
                        value = _KIND_OUTCOME.get(found, value if found == "outcome" else "")
                    elif found != kind:
                        break
                    if value:
                        return value, Span(sent.start, sent.end, text)
                    break
    if kind == "death":
        # the review's finding that the death was maltreatment-related, told in its analysis after the opening,
        # in a sentence naming the child ("The review regards Baby M's death as maltreatment-related")
        cands = STATED_RELATED.candidate_sentences(doc)
        for i in sorted(cands) if cands is not None else ():
            sent = doc.sentences[i]
            if sent.start < limit or not _names_in(sent.text, names):
                continue
            if (not others or _told_of(doc, i, names, other_names)) and _death_finding(
                sent.text
            ) == "other_maltreatment_related":
                return "other_maltreatment_related", Span(sent.start, sent.end, sent.text)
    if kind == "harm":
        # the review naming this child's harm by the child's own name, in its analysis after the opening ("A's
        # experience was sexual exploitation: she was given gifts ... in exchange for images")
        cands = HARM_IS.candidate_sentences(doc)
        for i in sorted(cands) if cands is not None else ():
            sent = doc.sentences[i]
            if sent.start < limit:
                continue
            for m in itertools.islice(HARM_IS.regex.finditer(sent.text), 2):
                who = m.group("who1") or m.group("who2") or m.group("who3")
                if not who or not _own_name(who, names) or (others and _names_in(who, other_names)):
                    continue
                text = sent.text
                if context.negated(text, m.start(), m.end()) or context.hedged(text, m.start(), m.end()):
                    continue
                if context.disproved(text) or PLAN_CATEGORY.search(text):
                    continue
                cat = m.group("cat").strip()
                for pattern, found, value in _STATED_NAMES:
                    if pattern.match(cat):
                        if found == "harm":
                            return value, Span(sent.start, sent.end, text)
                        break
    return None


def _own_name(who: str, names: tuple[str, ...]) -> bool:
    """``who`` names the child: one of its names, or its code's bare letter ("A's experience" of Young Person A)."""
    return _names_in(who, names) or (len(who) <= 2 and any(n.endswith(" " + who) for n in names))


def _death_finding(text: str) -> str | None:
    """The death's category from the review's finding told with a copula ("her death was natural", "was not related
    to maltreatment") or as an open question ("whether his death was maltreatment-related is not yet known"); not a
    relative's death, not a first view, not negated, hedged or disproved."""
    if _FIRST_ONLY.search(text) or context.disproved(text) or other_death(text):
        return None
    m = STATED_RELATED.regex.search(text)
    if m is not None and not context.hedged(text, m.start(), m.end()):
        return "other_maltreatment_related"
    m = STATED_OPEN.regex.search(text)
    if m is not None and _DEATH_WORD.search(text):
        return "unclear"
    m = STATED_FINDING.regex.search(text)
    if m is None or context.hedged(text, m.start(), m.end()):
        return None
    if m.group("natural") is None and context.negated(text, m.start(), m.start() + 1):
        return None
    return "not_maltreatment_related"


# "subject to a child protection plan under the category of emotional abuse", "Previous CP plan
# (neglect)": the registration category of a plan, usually an earlier one.
PLAN_CATEGORY = re.compile(
    r"\b(?:CP|child protection) (?:plan|register|registration)s?\b[^.]{0,80}?"
    r"(?:\bcategor(?:y|ies)\b|\((?:neglect|emotional|physical|sexual))|\bunder the categor(?:y|ies) of\b",
    re.I,
)


_PLAN_BEFORE = re.compile(r"\b(?:plans?|register(?:ed)?|registration)\b[^.;]{0,40}$", re.I)


# A per-child table's row that names the category ("Primary harm | criminal exploitation | sexual exploitation",
# "Category of death | SUDI | -"): the row's label (lower-cased, as ``child_cells`` reads it) for each kind
_TABLE_LABEL = {
    "harm": r"(?:(?:primary|main|type of|category of) )?harm(?: (?:type|category))?\s*$|harm (?:type|category)\b",
    "death": r"(?:(?:category|type) of )?death(?: (?:type|category))?\s*$|death (?:type|category)\b",
}


def table_class(doc: Doc, child: ChildResult, others: list[ChildResult], kind: str) -> tuple[str, Span] | None:
    """The category in the child's own cell of a per-child table's category row, told in the category's own
    words ("criminal exploitation", "Sexual exploitation (CSE)"); a cell that names no category says nothing."""
    if not others:
        return None
    from caselearn.extract.age import child_cells  # the table is found once, for the ages

    for cell, span in child_cells(doc, child, others, _TABLE_LABEL[kind]):
        text = cell.strip(" *_-–:")
        for pattern, found, value in _STATED_NAMES:
            if found == kind and pattern.match(text):
                return value, span
    return None
