"""Sentences about someone other than the subject child, for the outcome rules: a relative's death, the death
of another child or person that is not the review's own subject, and a parent's own childhood."""

from __future__ import annotations

import re
from functools import lru_cache

_RELATIVE = (
    r"(?:(?:half-|step-?)?(?:mother|father|brother|sister|sibling)|mum|dad|grand\w+|nan|partner|uncle|aunt|husband|"
    r"wife|friend|cousin|"
    r"boyfriend|girlfriend|step-?(?:father|mother)|relative|peer)"
)
# "her husband, Ray, who was ..., died": a relative named or described between commas.
_APPOSITION = r"(?:, [^.;]{1,120}?,)?"
# A relative told with a relative clause: "her grandfather, who died in 2021", "their father, who had since died",
# "an uncle who passed away last year".
_RELATIVE_WHO_DIED = (
    r"|\b(?:his|her|their|the|an?|[A-Z]\w*'s) (?:\w+(?:['’]s?)? )?" + _RELATIVE + r",? (?:who|that) (?:had |has )?"
    r"(?:since |also |later |recently |sadly |suddenly |then )?(?:died|passed away|been killed)\b"
)
# Terse notes name a parent bare: "Mum died 2019 (cancer) when YP T was 12", "Mum single parent; dad died 2018".
_BARE_RELATIVE_DIED = (
    r"|(?<![\w'’])(?:mum|dad|(?-i:Mother|Father|Nan|Grandad|Grandma|Grandmother|Grandfather|Stepfather|Stepmother))"
    r" (?:had |has |also |suddenly |then |sadly )?(?:died|passed away)\b"
)
# A relative's death told at one remove: "Dylan's father is believed to have died in Eritrea", "her mother was
# reported to have been killed".
_RELATIVE_REPORTED_DIED = (
    r"|\b(?:his|her|their|the|an?|[A-Z]\w*'s) (?:\w+(?:['’]s?)? )?" + _RELATIVE + r",? (?:is|was|are|were|had been) "
    r"(?:\w+ )?(?:believed|thought|said|reported|understood|known|presumed|assumed) to have (?:died|been killed)\b"
)
# A sentence whose subject is a relative and that dates something by that relative's own death, the pronoun agreeing
# with the relative: "Esme's father had been violent to her mother before his death", "Their grandmother cared for
# them until her death in 2020".
_MALE = r"(?:(?:half-|step-?)?(?:father|brother)|dad|grand(?:father|dad|pa)|uncle|husband|boyfriend|stepfather)"
_FEMALE = r"(?:(?:half-|step-?)?(?:mother|sister)|mum|grand(?:mother|ma)|nan|aunt|wife|girlfriend|stepmother)"
_SUBJECT_OPENS = r"(?:^|[.;:]\s+)\W*(?:(?:(?-i:[A-Z])[\w-]*['’]s|his|her|their|the) (?:\w+ )?)"
_RELATIVE_OWN_DEATH = (
    r"|" + _SUBJECT_OPENS + _MALE + r"\b[^.;]{0,150}?\b(?:before|after|since|until|following|at the time of|up to|"
    r"in the years before) his death\b"
    r"|" + _SUBJECT_OPENS + _FEMALE + r"\b[^.;]{0,150}?\b(?:before|after|since|until|following|at the time of|up to|"
    r"in the years before) her death\b"
)
# Someone else's death: "her mother died", "P's father died suddenly", "the grandmother's death",
# "after the death of his father" (a possessive names whose relative it was).
# A relative's death told in the child's history.
RELATIVE_DEATH = re.compile(
    # "the boys' father", "the children's mother": a plural possessive before the relative
    r"\b(?:his|her|their|the|an?|another|[A-Z]\w*'s) (?:\w+(?:['’]s?)? )?"
    + _RELATIVE
    + _APPOSITION
    + r" (?:had |has |also |suddenly |then )?(?:died|passed away|(?:was|were|had been) (?:killed|murdered))"
    + _RELATIVE_WHO_DIED
    + _BARE_RELATIVE_DIED
    + _RELATIVE_REPORTED_DIED
    + _RELATIVE_OWN_DEATH
    + r"|\b"
    + _RELATIVE
    + r"'s death|(?:death|died) of (?:his|her|their|the) (?:\w+ )?"
    + _RELATIVE
    + r"\b",
    re.I,
)
OTHER_DEATH = re.compile(
    # "the boys' father", "the children's mother": a plural possessive before the relative
    r"\b(?:his|her|their|the|an?|another|[A-Z]\w*'s) (?:\w+(?:['’]s?)? )?"
    + _RELATIVE
    + _APPOSITION
    + r" (?:had |has |also |suddenly |then )?(?:died|passed away|(?:was|were|had been) (?:killed|murdered))"
    + _RELATIVE_WHO_DIED
    + _BARE_RELATIVE_DIED
    + _RELATIVE_REPORTED_DIED
    + _RELATIVE_OWN_DEATH
    + r"|\bdeath of (?:a|an|another) (?:\w+ )?(?:child|baby|infant|person|man|woman|boy|girl)\b"
    r"|\b(?:murder|manslaughter|killing) of (?:a|an|another) (?:[\w-]+ ){0,2}(?:child|baby|person|man|woman|boy|girl|"
    r"teenager|young (?:man|woman|person)|pupil|peer)\b"
    r"|\b"
    + _RELATIVE
    + r"'s (?:[\w-]+ ){0,2}death|(?:death|died) of (?:his|her|their|the) (?:\w+ )?"
    + _RELATIVE
    + r"\b",
    re.I,
)
# The review's own subject told as a nominal event: "This review concerns the murder of a 6-year-old boy", "following
# the death of a baby", "the fatal stabbing of a teenager": the death of a child named only by age and sex is the
# subject child's when the sentence opens the review's subject with it, not another person's.
_SUBJECT_EVENT_LEAD = re.compile(
    r"\b(?:review|reviews|concerns?|concerning|regarding|about|follow(?:s|ed|ing)?|after|into|examines|considers|"
    r"commissioned|notified|notification|tragic|sudden|unexpected|fatal)\b(?: (?:the|this|a|an))?(?: [\w-]+)? ?$"
    # a headline or a template field: "Murder of a 6-year-old boy by his father", "Event: murder of a boy"
    r"|(?:^|[:–—]|\s-)\s*(?:the )?$",
    re.I,
)


# a death of someone named only as "a child", "a boy" (not "the death of her own mother")
_EVENT_OF_UNNAMED = re.compile(r"(?:death|murder|manslaughter|killing) of (?:a|an|another)\b", re.I)


# every death OTHER_DEATH and RELATIVE_DEATH can match holds one of these words (lower case): a sentence with none
# of them is not searched (the patterns try every "the" and "her" of a sentence)
_DEATH_WORDS = ("die", "death", "passed away", "kill", "murder", "manslaughter")


def _may_tell_death(text: str) -> bool:
    lower = text.lower()
    return any(w in lower for w in _DEATH_WORDS)


@lru_cache(maxsize=8192)
def other_death(text: str) -> bool:
    """Whether the sentence tells of someone else's death: a relative's, or a death of "a child" or "a young man"
    that is not the review's own subject ("convicted of the murder of another teenager", not "this review concerns
    the murder of a 6-year-old boy")."""
    if not _may_tell_death(text):
        return False
    for m in OTHER_DEATH.finditer(text):
        if _EVENT_OF_UNNAMED.match(m.group(0)) and _SUBJECT_EVENT_LEAD.search(text[max(0, m.start() - 60) : m.start()]):
            continue
        if " were " in m.group(0) and _JOINT_BEFORE.search(text, max(0, m.start() - 50), m.start()):
            continue  # "Child T, aged seven, and her mother, Ms A, were killed": the named child died with her
        return True
    return False


# someone named just before a relative, the two the subject of one plural verb: "Child T, aged seven, and "
_JOINT_BEFORE = re.compile(r"(?<![\w'’])(?-i:[A-Z][\w'’-]*)(?:,[^,.;]{1,30},)? and $")


_RELATIVE_BEFORE = re.compile(r"\b(?:his|her|their|the) (?:\w+ )?" + _RELATIVE + r"\b", re.I)


# A parent's own childhood ("she had herself been abused as a child", "in his own childhood").
PARENT_PAST = re.compile(
    r"\b(?:her|him|them)sel(?:f|ves) (?:\w+ )?(?:been|was|were|undergone|underwent|experienced|suffered)\b"
    # "as a child", not "referred to as Child F"
    r"|\bas (?:a (?:child|teenager|young (?:girl|boy|woman|man))|children|teenagers)\b"
    r"(?! (?:in need|at risk|protection|who|with|of))"
    r"|\bin (?:her|his|their) (?:own )?(?:childhood|youth)\b",
    re.I,
)


_A_RELATIVE = re.compile(r"\b" + _RELATIVE + r"\b", re.I)
