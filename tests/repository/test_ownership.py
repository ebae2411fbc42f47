"""Who owns what a partnership uploads, who may correct it, and downloading the original file."""

from __future__ import annotations

from sqlalchemy import select

from caselearn.store.ingest import ingest
from caselearn.store.models import Partnership, Review
from tests.conftest import PARTNERSHIP

OTHER_AREA_RAPID_REVIEW = (
    "CONFIDENTIAL\n\nRapid Review: Child M\n\nNorthby Safeguarding Children Partnership\n\n"
    "Child M was admitted to hospital with a fractured femur.\n"
)
PUBLISHED_HTML = (
    "<html><body><main><h1>Local Child Safeguarding Practice Review: Child W</h1>"
    "<p>Westby Safeguarding Children Partnership</p><script>document.title='pwned'</script>"
    "<h2>1. Introduction</h2><p>Child W was aged two when she was seriously injured.</p></main></body></html>"
)


def test_a_partnership_users_upload_belongs_to_their_partnership(db, client_for):
    mine = client_for("partnership")
    made = mine.post("/reviews/new", files={"file": ("rapid.txt", OTHER_AREA_RAPID_REVIEW.encode())})
    assert made.status_code == 303
    url = made.headers["location"]
    with db.session() as session:
        review = session.get(Review, int(url.rsplit("/", 1)[1]))
        assert review.confidential and session.get(Partnership, review.partnership_id).name == PARTNERSHIP
    assert mine.get(url).status_code == 200
    assert client_for("other_partnership").get(url).status_code == 404


def test_partnership_users_correct_only_their_own_reviews(db, client_for, tmp_path):
    (tmp_path / "w.html").write_text(PUBLISHED_HTML, encoding="utf-8")
    ingest(db, [tmp_path / "w.html"], jobs=1)
    with db.session() as session:
        review_id = session.scalar(select(Review.id))
    other = client_for("partnership").patch(f"/api/reviews/{review_id}", json={"title": "Renamed"})
    assert other.status_code == 403 and "your own partnership" in other.json()["error"]
    analyst = client_for("analyst")
    assert analyst.patch(f"/api/reviews/{review_id}", json={"partnership": PARTNERSHIP}).status_code == 200
    mine = client_for("partnership")
    assert mine.patch(f"/api/reviews/{review_id}", json={"title": "Child W (corrected)"}).status_code == 200
    moved = mine.patch(f"/api/reviews/{review_id}", json={"partnership": "Otherby Safeguarding Children Partnership"})
    assert moved.status_code == 403 and "national roles" in moved.json()["error"]
    with db.session() as session:
        review = session.get(Review, review_id)
        assert review.title == "Child W (corrected)"
        assert session.get(Partnership, review.partnership_id).name == PARTNERSHIP


def test_original_file_downloads_as_an_attachment_only_for_those_who_may_see_it(db, client_for, tmp_path):
    (tmp_path / "w.html").write_text(PUBLISHED_HTML, encoding="utf-8")
    (tmp_path / "rapid.txt").write_text(OTHER_AREA_RAPID_REVIEW.replace("Northby", "Testshire"), encoding="utf-8")
    ingest(db, [tmp_path], jobs=1)
    with db.session() as session:
        published = session.scalar(select(Review.id).where(Review.confidential.is_(False)))
        rapid = session.scalar(select(Review.id).where(Review.confidential.is_(True)))
    anonymous = client_for(None)
    page = anonymous.get(f"/reviews/{published}")
    assert f'href="/reviews/{published}/original"' in page.text
    download = anonymous.get(f"/reviews/{published}/original")
    assert download.status_code == 200 and download.content == PUBLISHED_HTML.encode()
    assert download.headers["content-type"] == "application/octet-stream"
    assert download.headers["content-disposition"].startswith("attachment;")
    assert download.headers["x-content-type-options"] == "nosniff"
    assert anonymous.get(f"/reviews/{rapid}/original").status_code == 404
    assert client_for("other_partnership").get(f"/reviews/{rapid}/original").status_code == 404
    assert client_for("partnership").get(f"/reviews/{rapid}/original").status_code == 200
