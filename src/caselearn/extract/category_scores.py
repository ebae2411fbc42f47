"""How strongly a child's sentences support each death or harm category: cue phrases weighed by place, by the
incident told in the same sentence and by the YAML weights, with negated, hedged, refuted and someone else's cues
left out (an accident, a first concern set aside, a child protection plan's category); categories that together
mean a third combined; the best one chosen."""

from __future__ import annotations

import itertools
import re

from caselearn.extract import context
from caselearn.extract.model import Span
from caselearn.extract.outcome_data import _candidates, _data, _hit, _match
from caselearn.extract.prefilter import Prefiltered
from caselearn.extract.someone_else import PARENT_PAST, RELATIVE_DEATH, _may_tell_death, other_death
from caselearn.extract.stated_class import PLAN_CATEGORY
from caselearn.extract.text import Doc

ACCIDENTAL = re.compile(
    r"\b(?:judged|found|thought|considered|accepted|assessed|believed) (?:to (?:be|have been) |as )?accidental"
    r"|(?<!non-)(?<!non )\baccidental(?:ly)? (?:caused|injur\w+|fall)",
    re.I,
)
# An accident the review describes as such, with the injury that followed in the same or the next sentence:
# a fall from a window or balcony, a household substance or a carer's medicine swallowed, a fire. Burns or a
# fracture after it are the accident's, not a sign of physical abuse; a carer's account ("she said he had
# fallen") is not the review's and does not count.
ACCIDENT_MECHANISM = re.compile(
    r"\b(?:fell|fallen|falling|a fall) (?:\w+ ){0,2}(?:from|out of|through) "
    r"(?:an? |the |(?:his|her|their) )?(?:[\w-]+ ){0,3}(?:window|balcony|roof)\b"
    r"|\b(?:swallowed|ingested|drank|drunk|ingestion of) (?:\w+ ){0,5}"
    r"(?:drain cleaner|bleach|cleaning (?:fluid|product)s?|caustic|detergent|"
    r"(?:washing|laundry|dishwasher) (?:capsule|tablet|pod)s?|button batter(?:y|ies)|methadone|"
    r"(?:his|her|their|the) (?:mother's|father's|parents'|carer's) (?:medication|tablets|pills))"
    # a bath run too hot that the child got into
    r"|\b(?:bath|bathwater|water) (?:\w+ ){0,4}(?:too hot|far too hot|scalding hot)\b"
    r"|\b(?:climbed|got|getting|stepped|stepping) into (?:an? |the )?(?:hot |very hot )?bath\b"
    # a fire in the home ("a fire broke out at night in the flat"), not one a carer set
    r"|\b(?:a |the )?(?:house |flat )?fire (?:broke out|started|spread)\b(?![^.;]{0,80}\b(?:deliberate|arson|set))"
    # "after a fire at the family's rented house", "injured in a fire in the flat"
    r"|\b(?:after|in|during|following|from) (?:a|the) (?:house |flat |domestic )?fire (?:at|in)\b"
    r"(?![^.;]{0,80}\b(?:deliberate|arson|set))"
    # "when the pan caught fire", "her sleeve caught alight on the hob"
    r"|\bcaught (?:fire|alight)\b(?![^.;]{0,80}\b(?:deliberate|arson)\b)",
    re.I,
)
_ACCOUNT = re.compile(r"\b(?:said|says|claimed|explained|account|told|reported that|maintained)\b", re.I)


# A brother's or sister's own child protection plan: its category is no harm of the subject child
_SIBLING_PLAN = re.compile(
    r"\b(?:(?:half|step)-?)?(?:brother|sister|sibling)s?\b(?:,[^,.;]{1,40},)? (?:was|were|had been|has been) "
    r"(?:\w+ )?(?:on|subject to) (?:an? |their |his |her )?(?:CP|child protection) plans?\b",
    re.I,
)
# Categories whose own phrases are negative or hedged ("could not be established", "not caused by
# neglect", "suspected suicide", "told no one she was pregnant").
_SAID_NEGATIVELY = frozenset({"unclear", "not_maltreatment_related", "suicide", "covert_filicide"})


def _scores(
    doc: Doc, idx: list[int], table: list[tuple[str, Prefiltered]], incident: Prefiltered | None
) -> tuple[dict[str, float], dict[str, Span]]:
    """Each category's support over the child's sentences. Early sentences count more, and so
    do sentences that describe the incident itself (a death or harm phrase); a category's weight
    (YAML ``category_weights``) lowers background harms that reviews mention often (neglect in
    an exploitation case) and raises specific ones; a negated or hedged cue ("not considered
    CSE") does not count."""
    weights: dict[str, float] = _data()["weights"]
    scores: dict[str, float] = {}
    spans: dict[str, Span] = {}
    first = idx[:60]
    rank = {i: r for r, i in enumerate(first)}
    refuted: dict[int, bool] = {}
    background: dict[int, bool] = {}  # sentence -> names a child protection plan's category
    benign: bool | None = None  # the story explains the child's injury without abuse (``_benign_injury_story``)
    for order, (value, pattern) in enumerate(table):
        for i in _candidates(doc, pattern, first):
            m = _match(doc, pattern, i)
            if m is None:
                continue
            sent = doc.sentences[i]
            if (
                other_death(sent.text)
                if incident is _data()["death"]
                else _may_tell_death(sent.text) and RELATIVE_DEATH.search(sent.text)
            ):
                continue  # "her half-brother had died of SIDS", "his mother died of an overdose": someone else's
            if value == "physical_abuse" and _UNTREATED.search(sent.text) and not _ABUSE_WORD.search(sent.text):
                continue  # "an untreated fracture of the wrist, some weeks old": the neglect of it, nobody's blow
            if value == "physical_abuse" and ACCIDENTAL.search(sent.text):
                continue  # "a bruise, judged to be accidental"
            if value == "physical_abuse" and _after_accident(doc, i):
                continue  # "he fell from the window ... a fractured skull", "swallowed drain cleaner ... burns"
            if value == "physical_abuse" and not _ABUSE_WORD.search(sent.text):
                if benign is None:
                    benign = _benign_injury_story(doc, first)
                if benign:
                    # the child's story tells how the injury came about without anyone's blow (a house fire, a
                    # burn left untreated, a condition never brought to clinic): a bare "burns" or "fracture"
                    # elsewhere in it is that injury, not a sign of physical abuse
                    continue
            if value in _FIRST_FEARED and (_FIRST_CONCERN.search(sent.text) or _MIMIC.search(sent.text)):
                # "at first the doctors were concerned that he had an abusive head injury"; "a condition whose
                # findings resemble abusive head trauma": a concern the review sets aside
                continue
            if _TERMS_OF_REFERENCE.match(sent.text):
                continue  # "(v) Whether policies on concealed and denied pregnancy were known and used": a question
            if value == "suicide" and (_NO_INTENT.search(sent.text) or _NOT_SUICIDE.search(sent.text)):
                continue  # "no evidence that anybody else was present or that Jordan intended to take his own life"
            if value == "sudi" and _IN_WATER.search(sent.text):
                continue  # "found face down in the bath": a drowning, not a death in sleep
            if value not in _SAID_NEGATIVELY:
                if i not in refuted:
                    # "concerns of sexual abuse were raised but not substantiated", "the mother had herself
                    # been abused as a child": nothing in it is the child's harm
                    refuted[i] = context.disproved(sent.text) or bool(PARENT_PAST.search(sent.text))
                if refuted[i] or not _affirmed_match(sent.text, pattern, m):
                    continue
            weight = 2.0 if rank[i] < 8 else 1.0
            if incident is not None and _hit(doc, incident, i):
                weight *= 1.5
            sibling_plan = _SIBLING_PLAN.search(sent.text)
            if sibling_plan and m.start() >= sibling_plan.start():
                continue  # "when Harper's half-brother was on a CP plan (emotional abuse)": the sibling's category
            if i not in background:
                background[i] = bool(PLAN_CATEGORY.search(sent.text))
            if background[i]:
                weight *= 0.25  # a child protection plan's category is background, not the harm reviewed
            scores[value] = scores.get(value, 0.0) + weight * weights.get(value, 1.0) + 0.01 * (len(table) - order)
            spans.setdefault(value, Span(sent.start, sent.end, sent.text))  # the earliest: ``among`` is in order
    return scores, spans


# A first concern the sentence leaves standing alone, with no "but", "later" or "confirmed" after it: "At first the
# doctors were concerned that he had suffered an abusive head injury, because the scans showed bleeding".
_FIRST_CONCERN = re.compile(
    r"\b(?:at first|initially|originally|to begin with)\b"
    r"(?:(?!\b(?:but|however|later|subsequently|confirmed|found|showed that)\b)[^.;])*?"
    r"\b(?:concerned|concerns?|suspected|suspicion|thought|feared|believed|queried|worried)\b"
    r"(?:(?!\b(?:but|however|later|subsequently|confirmed|proved|was found)\b)[^;])*$",
    re.I,
)
_MIMIC = re.compile(
    r"\b(?:resembl\w*|mimic\w*|mistaken for|(?:can|could|may) (?:look|appear) like|confused with|misdiagnosed as)\b",
    re.I,
)
_FIRST_FEARED = frozenset({"fatal_physical_abuse", "physical_abuse"})
_NO_INTENT = re.compile(
    r"\b(?:no|not any|nothing to suggest|not (?:possible|able) to say)\b[^.;]{0,150}?"
    r"\b(?:intend\w*|meant|wanted|planned) to (?:take|end|kill)\b",
    re.I,
)
# a review's term of reference, a question it set itself: "(v) Whether policies on concealed pregnancy were used"
_TERMS_OF_REFERENCE = re.compile(
    r"\W*(?:\(?(?:[ivx]{1,4}|\d{1,2}|[a-h])[.)]\s*)?(?:[Ww]hether|[Hh]ow far|[Tt]he extent to which)\b"
)
# a suicide denied outright: "this was not a suicide", "her death was not suicide", "suicide was ruled out"
_NOT_SUICIDE = re.compile(
    r"\b(?:was|is|were) not (?:a |an )?(?:\w+ )?suicide\b|\bsuicide (?:was|has been|had been) (?:ruled out|excluded)\b",
    re.I,
)
_IN_WATER = re.compile(r"\b(?:bath|bathwater|paddling pool|swimming pool|pond|river|canal|drown\w*)\b", re.I)
_UNTREATED = re.compile(
    r"\b(?:untreated|undiagnosed|unreported) (?:\w+ ){0,2}(?:fractures?|injur(?:y|ies)|burns?|wounds?)|"
    r"\b(?:fractures?|injur(?:y|ies)|burns?|wounds?) (?:[\w,]+ ){0,4}(?:left|gone|had gone|went) untreated",
    re.I,
)
_ABUSE_WORD = re.compile(r"abus|inflict|non-accidental|\bNAI\b|assault|beat|punch|kick|shak|immers", re.I)


# An injury or condition the carers left untreated: "an untreated burn", "a hearing loss that had not been treated",
# "no treatment had been sought", "a burn that had become infected".
_NEGLECTED_INJURY = re.compile(
    r"\buntreated\b|\b(?:had|has|have) not been (?:treated|seen by a doctor)"
    r"|\bno (?:medical )?(?:treatment|help|attention|advice) (?:had been |was |being )?(?:sought|obtained)"
    r"|\b(?:did not|failed to|never|not) (?:seek|sought|get|obtain) (?:\w+ ){0,2}(?:medical )?(?:treatment|help|"
    r"attention|advice)\b|\bdelay(?:ed|s)? in (?:seeking|getting|obtaining) (?:\w+ )?(?:treatment|help|attention)"
    r"|\binfected (?:burn|scald|wound|bite)s?\b|\b(?:burns?|scalds?|wounds?|bites?|cuts?|injur(?:y|ies))\b[^.;]{0,40}?"
    r"\b(?:had become|became|become|had got|got|were|was) infected\b",
    re.I,
)
# Words that tell of an injury somebody inflicted, anywhere in the story: with one of them the injuries stay a sign of
# physical abuse however the story also tells of an accident or a delay in treatment.
_INFLICTED = re.compile(
    r"non-accidental|\bNAI\b|\binflict\w*|physical(?:ly)? abus\w*|\bassault\w*|\bshak(?:en|ing)\b|\bpunch\w*"
    r"|\bkick(?:ed|ing)\b|\bbeat(?:en|ing)?\b|\bdeliberately (?:caused|injured|burn\w*|scald\w*)|\bimmers\w*"
    r"|\b(?:hit|slapped|struck|bit|threw|thrown|squeezed|grabbed) (?:him|her|them|the (?:baby|child))\b|\bstrangl\w*"
    r"|\bthrottl\w*",
    re.I,
)


def _benign_injury_story(doc: Doc, idx: list[int]) -> bool:
    """Whether the child's story tells how the injury came about without an assault (an accident the review describes,
    an injury or condition left untreated) and has no word of an inflicted injury anywhere."""
    found = False
    n = len(doc.sentences)
    for i in idx:
        text = doc.sentences[i].text
        if _INFLICTED.search(text):
            return False
        if not found and _NEGLECTED_INJURY.search(text):
            found = True
        # the accident may be told in the next sentences, which can name a sibling who was there ("His sister was
        # with him when the pan caught fire")
        for j in (i, i + 1, i + 2) if not found else ():
            if (
                j < n
                and ACCIDENT_MECHANISM.search(doc.sentences[j].text)
                and not _ACCOUNT.search(doc.sentences[j].text)
            ):
                found = True
                break
    return found


def _after_accident(doc: Doc, i: int) -> bool:
    """A generic injury cue (burns, a fracture) in or up to two sentences after one that describes an accident."""
    if _ABUSE_WORD.search(doc.sentences[i].text):
        return False
    for j in (i - 2, i - 1, i):
        if j < 0:
            continue
        text = doc.sentences[j].text
        if ACCIDENT_MECHANISM.search(text) and not _ACCOUNT.search(text):
            return True
    return False


_OWN_NEGATION = re.compile(r"(?:no|not|never|without)\b", re.I)


def _affirmed_match(text: str, pattern: Prefiltered, first: re.Match[str]) -> bool:
    """Whether the sentence holds a cue of the pattern that is neither negated nor hedged: the first
    match, or a later one ("no evidence of X ... he was severely underweight"). A cue that is itself
    a negative ("no food or heating") is not negated by its own first word."""
    for k, m in enumerate(itertools.chain((first,), pattern.regex.finditer(text, first.end()))):
        if k > 3:
            break
        own = _OWN_NEGATION.match(m.group(0))
        if not (own is None and context.negated(text, m.start(), m.end())) and not context.hedged(
            text, m.start(), m.end()
        ):
            return True
    return False


def _combine(scores: dict[str, float], spans: dict[str, Span]) -> None:
    """When two categories together mean a third (``combined_categories``: a death first treated
    as SUDI and later found to be a parent's smothering is covert filicide), the third wins."""
    for value, parts in _data()["combined"].items():
        if all(p in scores for p in parts) and value not in scores:
            scores[value] = sum(scores[p] for p in parts)
            spans[value] = spans[parts[-1]]


def _best(scores: dict[str, float], spans: dict[str, Span]) -> tuple[str, Span] | None:
    scores = {v: s for v, s in scores.items() if s > 0}
    if not scores:
        return None
    best = max(scores, key=lambda v: scores[v])
    return best, spans[best]
