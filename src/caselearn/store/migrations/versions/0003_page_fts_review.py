"""Search speed (issue 4): each page row of the full-text index also holds its review as a
token ("r" and the review id) in a second column, so the pages of the shown reviews are found
by the index itself (``... AND review : (r12 OR r40)``) rather than by filtering every
matching page. The user's query is applied to the body column only.

Revision ID: 0003_page_fts_review
Revises: 0002_repository
"""

from alembic import op

revision = "0003_page_fts_review"
down_revision = "0002_repository"
branch_labels = None
depends_on = None

STRIDE = 100_000  # page rowids are review_id * STRIDE + page (caselearn.store.search.PAGE_STRIDE)


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("CREATE VIRTUAL TABLE page_fts_new USING fts5(body, review, tokenize='porter unicode61')")
        op.execute(
            f"INSERT INTO page_fts_new(rowid, body, review) SELECT rowid, body, 'r' || (rowid / {STRIDE}) FROM page_fts"
        )
        op.execute("DROP TABLE page_fts")
        op.execute("ALTER TABLE page_fts_new RENAME TO page_fts")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("CREATE VIRTUAL TABLE page_fts_old USING fts5(body, tokenize='porter unicode61')")
        op.execute("INSERT INTO page_fts_old(rowid, body) SELECT rowid, body FROM page_fts")
        op.execute("DROP TABLE page_fts")
        op.execute("ALTER TABLE page_fts_old RENAME TO page_fts")
