"""The workflow tables: a notification (the case) and everything that hangs from it.

A notification belongs to one partnership; every other workflow record reaches
its partnership through its notification, so one visibility rule covers all.
``WorkflowEvent`` is the history of every record (which transition, by whom,
when); the audit log holds the same changes installation-wide.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from caselearn.store.models import Base, Partnership, utcnow


class Notification(Base):
    """A serious incident notification (one incident, one or more children)."""

    __tablename__ = "wf_notifications"
    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(100), unique=True)
    partnership_id: Mapped[int] = mapped_column(ForeignKey("partnerships.id"), index=True)
    incident_date: Mapped[date | None] = mapped_column(Date)
    aware_date: Mapped[date] = mapped_column(Date)
    notified_date: Mapped[date] = mapped_column(Date, index=True)
    outcome: Mapped[str] = mapped_column(String(40))
    state: Mapped[str] = mapped_column(String(30))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    partnership: Mapped[Partnership] = relationship()
    children: Mapped[list[NotificationChild]] = relationship(
        back_populates="notification", order_by="NotificationChild.ordinal", cascade="all, delete-orphan"
    )
    rapid_review: Mapped[RapidReview | None] = relationship(back_populates="notification", uselist=False)
    lcspr: Mapped[Lcspr | None] = relationship(back_populates="notification", uselist=False)
    national_review: Mapped[NationalReview | None] = relationship(back_populates="notification", uselist=False)


class NotificationChild(Base):
    """A child named in a notification, with codebook child variables."""

    __tablename__ = "wf_notification_children"
    __table_args__ = (UniqueConstraint("notification_id", "ordinal"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    notification_id: Mapped[int] = mapped_column(ForeignKey("wf_notifications.id"), index=True)
    ordinal: Mapped[int] = mapped_column(Integer)
    alias: Mapped[str] = mapped_column(String(200), default="not_known")
    age_months: Mapped[int | None] = mapped_column(Integer)
    age_band: Mapped[str] = mapped_column(String(20))
    sex: Mapped[str] = mapped_column(String(20))
    ethnicity: Mapped[str] = mapped_column(String(20))
    outcome: Mapped[str] = mapped_column(String(40))

    notification: Mapped[Notification] = relationship(back_populates="children")


class RapidReview(Base):
    """The partnership's rapid review of a notification. ``due_date`` is the original
    15-working-day date; ``extended_to`` the latest authorised extension, if any."""

    __tablename__ = "wf_rapid_reviews"
    id: Mapped[int] = mapped_column(primary_key=True)
    notification_id: Mapped[int] = mapped_column(ForeignKey("wf_notifications.id"), unique=True)
    state: Mapped[str] = mapped_column(String(30))
    due_date: Mapped[date] = mapped_column(Date, index=True)
    extended_to: Mapped[date | None] = mapped_column(Date)
    submitted_date: Mapped[date | None] = mapped_column(Date)
    decision: Mapped[str | None] = mapped_column(String(30))
    decision_reason: Mapped[str | None] = mapped_column(Text)

    notification: Mapped[Notification] = relationship(back_populates="rapid_review")
    extensions: Mapped[list[RapidReviewExtension]] = relationship(
        back_populates="rapid_review", order_by="RapidReviewExtension.id"
    )
    responses: Mapped[list[PanelResponse]] = relationship(back_populates="rapid_review", order_by="PanelResponse.id")

    @property
    def current_due(self) -> date:
        return self.extended_to or self.due_date

    @property
    def latest_response(self) -> PanelResponse | None:
        return self.responses[-1] if self.responses else None


class RapidReviewExtension(Base):
    __tablename__ = "wf_rapid_review_extensions"
    id: Mapped[int] = mapped_column(primary_key=True)
    rapid_review_id: Mapped[int] = mapped_column(ForeignKey("wf_rapid_reviews.id"), index=True)
    new_due_date: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    recorded_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    rapid_review: Mapped[RapidReview] = relationship(back_populates="extensions")


class PanelResponse(Base):
    """The Panel's response to a submitted rapid review (there may be several when
    it asked for more information and the review came back)."""

    __tablename__ = "wf_panel_responses"
    id: Mapped[int] = mapped_column(primary_key=True)
    rapid_review_id: Mapped[int] = mapped_column(ForeignKey("wf_rapid_reviews.id"), index=True)
    response: Mapped[str] = mapped_column(String(40))
    comments: Mapped[str] = mapped_column(Text, default="")
    responded_date: Mapped[date] = mapped_column(Date, index=True)
    responder: Mapped[str] = mapped_column(String(100))

    rapid_review: Mapped[RapidReview] = relationship(back_populates="responses")


class Lcspr(Base):
    """A local child safeguarding practice review commissioned after a rapid review."""

    __tablename__ = "wf_lcsprs"
    id: Mapped[int] = mapped_column(primary_key=True)
    notification_id: Mapped[int] = mapped_column(ForeignKey("wf_notifications.id"), unique=True)
    state: Mapped[str] = mapped_column(String(30))
    decision_date: Mapped[date] = mapped_column(Date)
    commissioned_date: Mapped[date] = mapped_column(Date)
    reviewer: Mapped[str] = mapped_column(String(300), default="")
    target_publication_date: Mapped[date] = mapped_column(Date)
    completed_date: Mapped[date | None] = mapped_column(Date)
    panel_notice_date: Mapped[date | None] = mapped_column(Date)
    published_date: Mapped[date | None] = mapped_column(Date)
    report_link: Mapped[str | None] = mapped_column(String(500))

    notification: Mapped[Notification] = relationship(back_populates="lcspr")


class NationalReview(Base):
    """A national review the Panel takes on after a referral."""

    __tablename__ = "wf_national_reviews"
    id: Mapped[int] = mapped_column(primary_key=True)
    notification_id: Mapped[int] = mapped_column(ForeignKey("wf_notifications.id"), unique=True)
    state: Mapped[str] = mapped_column(String(30))
    taken_on_date: Mapped[date] = mapped_column(Date)
    title: Mapped[str] = mapped_column(String(500), default="")
    published_date: Mapped[date | None] = mapped_column(Date)
    report_link: Mapped[str | None] = mapped_column(String(500))

    notification: Mapped[Notification] = relationship(back_populates="national_review")


class WorkflowEvent(Base):
    """The history of every workflow record: one row per transition or change."""

    __tablename__ = "wf_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    notification_id: Mapped[int] = mapped_column(ForeignKey("wf_notifications.id"), index=True)
    record: Mapped[str] = mapped_column(String(30))
    record_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(40))
    from_state: Mapped[str | None] = mapped_column(String(30))
    to_state: Mapped[str | None] = mapped_column(String(30))
    actor: Mapped[str] = mapped_column(String(100))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)


class ClosureDay(Base):
    """A partnership-local closure day, not worked in that partnership's calendar."""

    __tablename__ = "wf_closure_days"
    __table_args__ = (UniqueConstraint("partnership_id", "day"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    partnership_id: Mapped[int] = mapped_column(ForeignKey("partnerships.id"), index=True)
    day: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(300), default="")


class Contact(Base):
    """Where a partnership's reminder digest is sent."""

    __tablename__ = "wf_contacts"
    __table_args__ = (UniqueConstraint("partnership_id", "email"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    partnership_id: Mapped[int] = mapped_column(ForeignKey("partnerships.id"), index=True)
    email: Mapped[str] = mapped_column(String(300))
