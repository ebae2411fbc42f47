"""The state machine of every workflow record: which transitions are legal, and who may make them.

``TRANSITIONS[(record, action)]`` gives the states an action may start from, the
state it leads to and the roles allowed to make it. ``check`` raises
``Conflict`` (HTTP 409) for an illegal transition and ``PermissionDenied`` for
a role that may not make it; the services call it before every change.
"""

from __future__ import annotations

from dataclasses import dataclass

from caselearn.auth.principal import Principal
from caselearn.errors import Conflict, PermissionDenied

# Decisions of a rapid review and responses of the Panel (workflow values, not codebook variables).
DECISIONS = ("lcspr", "no_lcspr", "national_review")
DECISION_LABELS = {"lcspr": "LCSPR", "no_lcspr": "no LCSPR", "national_review": "refer for national review"}
RESPONSES = ("agree", "disagree", "insufficient_information")
RESPONSE_LABELS = {"agree": "agree", "disagree": "disagree", "insufficient_information": "insufficient information"}

LOCAL = frozenset({"partnership", "admin"})
PANEL = frozenset({"panel", "admin"})
BOTH = frozenset({"partnership", "panel", "admin"})

NOTIFICATION_STATES = ("open", "closed")
RAPID_REVIEW_STATES = ("in_progress", "submitted", "agreed", "disagreed", "information_requested")
LCSPR_STATES = ("commissioned", "completed", "notice_given", "published")
NATIONAL_REVIEW_STATES = ("in_progress", "published")

RESPONDED = ("agreed", "disagreed")


@dataclass(frozen=True)
class Transition:
    sources: tuple[str, ...]
    target: str | None  # None: the state stays as it is
    roles: frozenset[str]
    label: str


TRANSITIONS: dict[tuple[str, str], Transition] = {
    ("notification", "close"): Transition(("open",), "closed", PANEL, "close the case"),
    ("notification", "reopen"): Transition(("closed",), "open", PANEL, "reopen the case"),
    ("rapid_review", "extend"): Transition(("in_progress",), None, BOTH, "record an authorised extension"),
    ("rapid_review", "submit"): Transition(("in_progress",), "submitted", LOCAL, "submit the rapid review"),
    ("rapid_review", "resubmit"): Transition(
        ("information_requested",), "submitted", LOCAL, "resubmit with more information"
    ),
    ("rapid_review", "agree"): Transition(("submitted",), "agreed", PANEL, "agree with the decision"),
    ("rapid_review", "disagree"): Transition(("submitted",), "disagreed", PANEL, "disagree with the decision"),
    ("rapid_review", "insufficient_information"): Transition(
        ("submitted",), "information_requested", PANEL, "ask for more information"
    ),
    ("lcspr", "complete"): Transition(("commissioned",), "completed", LOCAL, "record the LCSPR completed"),
    ("lcspr", "give_notice"): Transition(("completed",), "notice_given", LOCAL, "record notice given to the Panel"),
    ("lcspr", "publish"): Transition(("notice_given",), "published", LOCAL, "record the LCSPR published"),
    ("national_review", "publish"): Transition(("in_progress",), "published", PANEL, "record the review published"),
}

LCSPR_ACTIONS = ("complete", "give_notice", "publish")


def check(principal: Principal, record: str, action: str, state: str) -> Transition:
    """The transition, if ``principal`` may make it from ``state``; else a clear error."""
    transition = TRANSITIONS.get((record, action))
    if transition is None:
        raise Conflict(f"{action!r} is not something a {record.replace('_', ' ')} can do")
    if principal.role not in transition.roles:
        raise PermissionDenied(f"your role may not {transition.label}")
    if state not in transition.sources:
        raise Conflict(
            f"cannot {transition.label}: the {record.replace('_', ' ')} is {state.replace('_', ' ')}"
            f" (allowed only when {' or '.join(s.replace('_', ' ') for s in transition.sources)})"
        )
    return transition


def allowed_actions(principal: Principal, record: str, state: str) -> list[str]:
    """The actions this principal may take now (for showing only the forms that will work)."""
    return [
        action
        for (rec, action), t in TRANSITIONS.items()
        if rec == record and state in t.sources and principal.role in t.roles
    ]
