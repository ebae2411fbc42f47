"""The review page shows coded values with their evidence to roles that may read codes."""

from __future__ import annotations

from sqlalchemy import select

from caselearn.store.codes import write_code
from caselearn.store.ingest import ingest
from caselearn.store.models import Child, Document, Review

REPORT = (
    "Serious Case Review: Child K\n\nTestshire Safeguarding Children Partnership\n\n"
    "1. Introduction\n\nThis review concerns Child K, who was seriously injured in 2019.\n\n"
    "2. Family background\n\nThere was a history of domestic abuse between the parents.\n"
)


def test_analysts_see_codes_with_evidence_and_the_public_does_not(db, client_for, tmp_path):
    (tmp_path / "k.txt").write_text(REPORT, encoding="utf-8")
    ingest(db, [tmp_path / "k.txt"], jobs=1)
    with db.transaction() as session:
        review = session.scalar(select(Review))
        text = session.scalar(select(Document.text))
        child = session.scalar(select(Child))
        start = text.index("a history of domestic abuse")
        span = {"start": start, "end": start + 27, "text": text[start : start + 27]}
        write_code(
            session,
            "rule",
            review_id=review.id,
            variable="domestic_abuse",
            value="present",
            evidence=[span],
            confidence=0.9,
            origin="rule:family.domestic_abuse",
        )
        write_code(session, "analyst", review_id=review.id, child_id=child.id, variable="sex", value="female",
                   origin="analyst", status="rejected")  # fmt: skip
        review_id = review.id
    page = client_for("analyst").get(f"/reviews/{review_id}").text
    assert "Coded values" in page and "<code>domestic_abuse</code>" in page
    assert '<q>a history of domestic abuse</q> <span class="page">p. 1</span>' in page
    assert "90%" in page and "<code>sex</code>" not in page  # rejected codes are not shown
    assert "Coded values" not in client_for(None).get(f"/reviews/{review_id}").text
    assert "Coded values" not in client_for("public").get(f"/reviews/{review_id}").text
