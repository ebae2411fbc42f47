"""Roles and the permissions each one holds: the single table every route checks.

A route declares one permission (see caselearn.web.security.require); a role
holds it when listed here. Anonymous visitors act with the ``public`` role,
because published review reports are public documents.
"""

from __future__ import annotations

ROLES = ("public", "practitioner", "partnership", "analyst", "panel", "admin")

_EVERYONE = frozenset(ROLES)
_PROFESSIONALS = frozenset({"practitioner", "partnership", "analyst", "panel", "admin"})

PERMISSIONS: dict[str, frozenset[str]] = {
    # read the codebook, search and read published reports
    "reviews.read": _EVERYONE,
    # your own account page
    "account.read": _EVERYONE,
    # add report files to the repository, edit review metadata
    "reviews.write": frozenset({"partnership", "analyst", "panel", "admin"}),
    # see coded data and its evidence
    "codes.read": _PROFESSIONALS,
    # suggest, accept, correct and reject codes
    "codes.write": frozenset({"analyst", "admin"}),
    # national analysis tables, charts and dashboard
    "analysis.read": _PROFESSIONALS,
    # notifications, rapid reviews and LCSPRs of the user's own partnership (all for national roles)
    "workflow.read": frozenset({"partnership", "panel", "admin"}),
    "workflow.write": frozenset({"partnership", "panel", "admin"}),
    # the Panel's own decisions and queues
    "workflow.panel": frozenset({"panel", "admin"}),
    # read the audit log, manage users and partnerships
    "audit.read": frozenset({"admin"}),
    "users.manage": frozenset({"admin"}),
}

# Roles that see confidential material of every partnership.
NATIONAL_ROLES = frozenset({"analyst", "panel", "admin"})


def allowed(role: str, permission: str) -> bool:
    try:
        return role in PERMISSIONS[permission]
    except KeyError:
        raise KeyError(f"unknown permission {permission!r}") from None


def roles_with(permission: str) -> frozenset[str]:
    return PERMISSIONS[permission]
