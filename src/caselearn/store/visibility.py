"""Which reviews a principal may see: the one rule every listing and page applies."""

from __future__ import annotations

from sqlalchemy import ColumnElement, false, or_, true

from caselearn.auth.principal import Principal
from caselearn.store.models import Review


def visible_reviews(principal: Principal) -> ColumnElement[bool]:
    """A WHERE clause: published reviews for everyone; confidential ones (rapid
    reviews, unpublished reports) for their own partnership and national roles."""
    if not principal.can("reviews.read"):
        return false()
    if principal.is_national:
        return true()
    if principal.role == "partnership" and principal.partnership_id is not None:
        return or_(Review.confidential.is_(False), Review.partnership_id == principal.partnership_id)
    return Review.confidential.is_(False)


def can_see(principal: Principal, review: Review) -> bool:
    if not principal.can("reviews.read"):
        return False
    return not review.confidential or principal.sees_partnership(review.partnership_id)
