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


def test_an_analyst_accepts_and_rejects_suggestions_from_the_review_page(db, client_for, tmp_path):
    from caselearn.store.models import AuditEntry, Code

    (tmp_path / "k.txt").write_text(REPORT, encoding="utf-8")
    ingest(db, [tmp_path / "k.txt"], jobs=1)
    with db.transaction() as session:
        review = session.scalar(select(Review))
        first = write_code(session, "rule", review_id=review.id, variable="domestic_abuse", value="present",
                           origin="rule:family.domestic_abuse")  # fmt: skip
        second = write_code(session, "rule", review_id=review.id, variable="poverty", value="present",
                            origin="rule:family.poverty")  # fmt: skip
        review_id, first_id, second_id = review.id, first.id, second.id
    analyst = client_for("analyst")
    page = analyst.get(f"/reviews/{review_id}").text
    assert 'aria-label="Accept domestic_abuse = present"' in page
    done = analyst.post(f"/reviews/{review_id}/codes/{first_id}", data={"decision": "accept"})
    assert done.status_code == 303 and done.headers["location"] == f"/reviews/{review_id}#code-{first_id}"
    assert analyst.post(f"/reviews/{review_id}/codes/{second_id}", data={"decision": "reject"}).status_code == 303
    assert analyst.post(f"/reviews/{review_id}/codes/{second_id}", data={"decision": "maybe"}).status_code == 422
    assert analyst.post(f"/reviews/{review_id + 1}/codes/{first_id}", data={"decision": "reject"}).status_code == 404
    with db.session() as session:
        assert session.get(Code, first_id).status == "accepted"
        assert session.get(Code, second_id).status == "rejected"
        verdicts = session.scalars(select(AuditEntry).where(AuditEntry.action == "verify")).all()
        assert [(v.actor, v.detail["was"], v.detail["status"]) for v in verdicts] == [
            ("analyst", "suggested", "accepted"),
            ("analyst", "suggested", "rejected"),
        ]
    after = analyst.get(f"/reviews/{review_id}").text
    assert "Accept domestic_abuse" not in after and "<code>poverty</code>" not in after
    practitioner = client_for("practitioner")
    assert "Accept" not in practitioner.get(f"/reviews/{review_id}").text
