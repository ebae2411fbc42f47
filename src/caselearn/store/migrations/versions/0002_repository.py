"""Repository: the file hash of each document and the full-text index (SQLite FTS5).

Revision ID: 0002_repository
Revises: 0001_foundation
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_repository"
down_revision = "0001_foundation"
branch_labels = ("repository",)
depends_on = None


def upgrade() -> None:
    op.add_column("documents", sa.Column("file_hash", sa.String(64)))
    op.create_index("ix_documents_file_hash", "documents", ["file_hash"])
    if op.get_bind().dialect.name == "sqlite":
        # one row per review (ranking, totals, facets) and one per page (snippets with page numbers);
        # page rowids are review_id * 100000 + page, so a review's pages are one rowid range
        op.execute("CREATE VIRTUAL TABLE review_fts USING fts5(title, body, tokenize='porter unicode61')")
        op.execute("CREATE VIRTUAL TABLE page_fts USING fts5(body, tokenize='porter unicode61')")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS review_fts")
        op.execute("DROP TABLE IF EXISTS page_fts")
    op.drop_index("ix_documents_file_hash", "documents")
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("file_hash")
