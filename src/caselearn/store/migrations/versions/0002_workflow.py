"""Workflow: notifications and their children, rapid reviews, extensions, Panel responses,
LCSPRs, national reviews, record history, local closure days, reminder contacts.

Revision ID: 0002_workflow
Revises: 0001_foundation
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_workflow"
down_revision = "0001_foundation"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def _fk(table: str, column: str = "id", **kw) -> sa.ForeignKey:
    return sa.ForeignKey(f"{table}.{column}", **kw)


def upgrade() -> None:
    op.create_table(
        "wf_notifications",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("reference", sa.String(100), nullable=False, unique=True),
        sa.Column("partnership_id", sa.Integer, _fk("partnerships"), nullable=False, index=True),
        sa.Column("incident_date", sa.Date),
        sa.Column("aware_date", sa.Date, nullable=False),
        sa.Column("notified_date", sa.Date, nullable=False, index=True),
        sa.Column("outcome", sa.String(40), nullable=False),
        sa.Column("state", sa.String(30), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
    )
    op.create_table(
        "wf_notification_children",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("notification_id", sa.Integer, _fk("wf_notifications"), nullable=False, index=True),
        sa.Column("ordinal", sa.Integer, nullable=False),
        sa.Column("alias", sa.String(200), nullable=False),
        sa.Column("age_months", sa.Integer),
        sa.Column("age_band", sa.String(20), nullable=False),
        sa.Column("sex", sa.String(20), nullable=False),
        sa.Column("ethnicity", sa.String(20), nullable=False),
        sa.Column("outcome", sa.String(40), nullable=False),
        sa.UniqueConstraint("notification_id", "ordinal"),
    )
    op.create_table(
        "wf_rapid_reviews",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("notification_id", sa.Integer, _fk("wf_notifications"), nullable=False, unique=True),
        sa.Column("state", sa.String(30), nullable=False),
        sa.Column("due_date", sa.Date, nullable=False, index=True),
        sa.Column("extended_to", sa.Date),
        sa.Column("submitted_date", sa.Date),
        sa.Column("decision", sa.String(30)),
        sa.Column("decision_reason", sa.Text),
    )
    op.create_table(
        "wf_rapid_review_extensions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("rapid_review_id", sa.Integer, _fk("wf_rapid_reviews"), nullable=False, index=True),
        sa.Column("new_due_date", sa.Date, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("recorded_by", sa.String(100), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
    )
    op.create_table(
        "wf_panel_responses",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("rapid_review_id", sa.Integer, _fk("wf_rapid_reviews"), nullable=False, index=True),
        sa.Column("response", sa.String(40), nullable=False),
        sa.Column("comments", sa.Text, nullable=False),
        sa.Column("responded_date", sa.Date, nullable=False, index=True),
        sa.Column("responder", sa.String(100), nullable=False),
    )
    op.create_table(
        "wf_lcsprs",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("notification_id", sa.Integer, _fk("wf_notifications"), nullable=False, unique=True),
        sa.Column("state", sa.String(30), nullable=False),
        sa.Column("decision_date", sa.Date, nullable=False),
        sa.Column("commissioned_date", sa.Date, nullable=False),
        sa.Column("reviewer", sa.String(300), nullable=False),
        sa.Column("target_publication_date", sa.Date, nullable=False),
        sa.Column("completed_date", sa.Date),
        sa.Column("panel_notice_date", sa.Date),
        sa.Column("published_date", sa.Date),
        sa.Column("report_link", sa.String(500)),
    )
    op.create_table(
        "wf_national_reviews",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("notification_id", sa.Integer, _fk("wf_notifications"), nullable=False, unique=True),
        sa.Column("state", sa.String(30), nullable=False),
        sa.Column("taken_on_date", sa.Date, nullable=False),
        sa.Column("title", sa.String(500), nullable=False),
        sa.Column("published_date", sa.Date),
        sa.Column("report_link", sa.String(500)),
    )
    op.create_table(
        "wf_events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("notification_id", sa.Integer, _fk("wf_notifications"), nullable=False, index=True),
        sa.Column("record", sa.String(30), nullable=False),
        sa.Column("record_id", sa.Integer, nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("from_state", sa.String(30)),
        sa.Column("to_state", sa.String(30)),
        sa.Column("actor", sa.String(100), nullable=False),
        sa.Column("at", TZ, nullable=False),
        sa.Column("detail", sa.JSON, nullable=False),
    )
    op.create_table(
        "wf_closure_days",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("partnership_id", sa.Integer, _fk("partnerships"), nullable=False, index=True),
        sa.Column("day", sa.Date, nullable=False),
        sa.Column("reason", sa.String(300), nullable=False),
        sa.UniqueConstraint("partnership_id", "day"),
    )
    op.create_table(
        "wf_contacts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("partnership_id", sa.Integer, _fk("partnerships"), nullable=False, index=True),
        sa.Column("email", sa.String(300), nullable=False),
        sa.UniqueConstraint("partnership_id", "email"),
    )


def downgrade() -> None:
    for table in (
        "wf_contacts",
        "wf_closure_days",
        "wf_events",
        "wf_national_reviews",
        "wf_lcsprs",
        "wf_panel_responses",
        "wf_rapid_review_extensions",
        "wf_rapid_reviews",
        "wf_notification_children",
        "wf_notifications",
    ):
        op.drop_table(table)
