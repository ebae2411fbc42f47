"""The person making a request, as the services see them."""

from __future__ import annotations

from dataclasses import dataclass

from caselearn.auth.permissions import NATIONAL_ROLES, allowed


@dataclass(frozen=True)
class Principal:
    role: str
    username: str = "anonymous"
    user_id: int | None = None
    partnership_id: int | None = None
    authenticated: bool = False

    def can(self, permission: str) -> bool:
        return allowed(self.role, permission)

    @property
    def is_national(self) -> bool:
        """Sees every partnership's records (analyst, panel, admin)."""
        return self.role in NATIONAL_ROLES

    def sees_partnership(self, partnership_id: int | None) -> bool:
        """May see confidential material of this partnership."""
        if self.is_national:
            return True
        return self.role == "partnership" and partnership_id is not None and partnership_id == self.partnership_id


ANONYMOUS = Principal(role="public")
SYSTEM = Principal(role="admin", username="system", authenticated=True)
