"""The tables of caselearn (SQLAlchemy 2 declarative models).

Schema changes go through Alembic migrations in ``migrations/versions``; these
classes describe the current shape. Keep column types portable (SQLite and
PostgreSQL): JSON, LargeBinary, timezone-aware DateTime.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class Setting(Base):
    """Installation-wide settings kept in the database (e.g. the session secret)."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Partnership(Base):
    __tablename__ = "partnerships"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    region: Mapped[str] = mapped_column(String(40), default="not_known")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(20))
    partnership_id: Mapped[int | None] = mapped_column(ForeignKey("partnerships.id"))
    api_token_hash: Mapped[str | None] = mapped_column(String(128), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    partnership: Mapped[Partnership | None] = relationship()


class Review(Base):
    """One review report. ``confidential`` reviews (rapid reviews, unpublished
    reports) are visible only to their partnership and national roles."""

    __tablename__ = "reviews"
    id: Mapped[int] = mapped_column(primary_key=True)
    # an identifier from outside (a coded dataset's review_id, a workflow reference)
    external_id: Mapped[str | None] = mapped_column(String(100), unique=True)
    title: Mapped[str] = mapped_column(String(500))
    review_type: Mapped[str] = mapped_column(String(40), default="not_known")
    partnership_id: Mapped[int | None] = mapped_column(ForeignKey("partnerships.id"), index=True)
    author: Mapped[str | None] = mapped_column(String(300))
    publication_date: Mapped[date | None] = mapped_column(Date)
    confidential: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    partnership: Mapped[Partnership | None] = relationship()
    documents: Mapped[list[Document]] = relationship(back_populates="review")
    children: Mapped[list[Child]] = relationship(back_populates="review", order_by="Child.ordinal")


class Document(Base):
    """The original file of a review, kept as uploaded, with its normalised text.

    ``page_map`` is the list of character offsets at which each page starts in
    ``text`` (page n starts at page_map[n-1]); ``sections`` is a list of
    {"name", "heading", "start", "end"} spans.
    """

    __tablename__ = "documents"
    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id"), index=True)
    filename: Mapped[str] = mapped_column(String(500))
    media_type: Mapped[str] = mapped_column(String(100))
    original: Mapped[bytes] = mapped_column(LargeBinary)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    # SHA-256 of the file as uploaded: a rerun of ingest skips known files without parsing them
    file_hash: Mapped[str | None] = mapped_column(String(64), index=True)
    text: Mapped[str] = mapped_column(Text)
    page_map: Mapped[list[Any]] = mapped_column(default=list)
    sections: Mapped[list[Any]] = mapped_column(default=list)
    ocr: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    review: Mapped[Review] = relationship(back_populates="documents")


class Child(Base):
    """A subject child of a review, in the order the report first names them."""

    __tablename__ = "children"
    __table_args__ = (UniqueConstraint("review_id", "ordinal"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id"), index=True)
    ordinal: Mapped[int] = mapped_column(Integer)
    alias: Mapped[str] = mapped_column(String(200), default="not_known")

    review: Mapped[Review] = relationship(back_populates="children")


class Code(Base):
    """One coded value of one codebook variable, with the evidence behind it.

    ``level`` is review, child or case; ``child_id`` is set for child-level codes.
    ``value`` is JSON (a string, an int, or a list for set variables).
    ``evidence`` is a list of {"start", "end", "text"} spans into the document text.
    ``origin`` names what made it: a rule id, a model id and version, or "analyst".
    ``status`` is suggested, accepted or rejected; ``coder`` the user or process.
    """

    __tablename__ = "codes"
    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id"), index=True)
    child_id: Mapped[int | None] = mapped_column(ForeignKey("children.id"), index=True)
    level: Mapped[str] = mapped_column(String(10))
    variable: Mapped[str] = mapped_column(String(60), index=True)
    value: Mapped[Any] = mapped_column(JSON)
    confidence: Mapped[float] = mapped_column(Float, default=1.0)
    evidence: Mapped[list[Any]] = mapped_column(default=list)
    origin: Mapped[str] = mapped_column(String(120))
    status: Mapped[str] = mapped_column(String(12), default="suggested", index=True)
    coder: Mapped[str] = mapped_column(String(100))
    codebook_version: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)


class AuditEntry(Base):
    """Append-only record of every change (a database trigger refuses updates and deletes)."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[str | None] = mapped_column(String(60))
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)


CODE_STATUSES = ("suggested", "accepted", "rejected")
