"""Readers: what comes out of each format, and a one-line reason for every bad file."""

from __future__ import annotations

import codecs
import io
import zipfile
from pathlib import Path

import pytest

from caselearn.documents import DocumentError, read_file
from tests.repository.conftest import bomb_pdf, make_docx, make_pdf, report_pages, scanned_pdf


def test_text_pdf_is_normalised_with_pages_sections_and_metadata(text_pdf):
    doc = read_file(text_pdf)
    assert doc.media_type == "application/pdf" and not doc.ocr
    assert "communication between agencies" in doc.text  # hyphenation at a line end undone
    assert "after the death of Child K" in doc.text  # wrapped lines joined into one paragraph
    assert "Page 2 of 3" not in doc.text and "Partnership - Child K" not in doc.text  # running lines dropped
    assert len(doc.page_map) == 3
    assert doc.page_at(doc.text.index("safe sleep with the mother")) == 3
    assert doc.page_at(doc.text.index("1.1 This review")) == 2
    names = [s.name for s in doc.sections]
    assert names == ["introduction", "recommendations", "analysis"]
    rec = doc.sections[1]
    assert doc.text[rec.start : rec.end].startswith("2. Recommendations")
    meta = doc.metadata
    assert meta["review_type"] == "lcspr"
    assert meta["title"] == "Local Child Safeguarding Practice Review: Child K"
    assert meta["partnership"] == "Testshire Safeguarding Children Partnership"
    assert meta["author"] == "Jane Hollis"
    assert meta["publication_date"] == "2022-03-01"
    assert meta["children"] == ["Child K"]


def test_scanned_pdf_is_ocred_and_marked(tmp_path):
    doc = read_file(scanned_pdf(tmp_path))
    assert doc.ocr is True
    assert "health visitor" in doc.text.lower()
    assert doc.metadata["review_type"] == "scr"


def test_docx_headings_and_metadata(tmp_path):
    doc = read_file(make_docx(tmp_path / "baby-l.docx"))
    assert [s.name for s in doc.sections] == ["introduction", "recommendations"]
    assert doc.metadata["title"] == "Serious Case Review: Baby L"
    assert doc.metadata["partnership"] == "Westhaven Safeguarding Children Partnership"
    assert doc.metadata["children"] == ["Baby L"]


def test_html_scripts_are_dropped(tmp_path):
    path = tmp_path / "r.html"
    path.write_text(
        "<html><head><title>x</title><script>alert('head')</script></head><body>"
        "<h1>Rapid Review: Child Z</h1><script>document.write('evil')</script>"
        "<p>Child Z was seen at school &lt;b&gt; by the nurse.</p><style>p{}</style></body></html>"
    )
    doc = read_file(path)
    assert "alert" not in doc.text and "evil" not in doc.text
    assert "seen at school <b> by the nurse" in doc.text
    assert doc.metadata["review_type"] == "rapid_review"


def test_windows_1252_text_is_decoded(tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes("Serious Case Review: Child R\n\nThe mother’s partner – Mr Renée – said “no”.\n".encode("cp1252"))
    doc = read_file(path)
    assert "mother’s partner – Mr Renée – said “no”" in doc.text
    assert any(w.startswith("read as") for w in doc.warnings)


def test_utf16_text_with_bom(tmp_path):
    path = tmp_path / "u.txt"
    path.write_bytes(
        codecs.BOM_UTF16_LE + "Rapid Review: Child M\n\nSome text here about the family.".encode("utf-16-le")
    )
    assert "about the family" in read_file(path).text


def _zip_bomb_docx(path: Path) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"<x/>")
        z.writestr("word/big.bin", b"\0" * (40 << 20))
    return path


@pytest.mark.parametrize(
    ("name", "make", "reason"),
    [
        ("empty.pdf", lambda p: p.write_bytes(b""), "empty"),
        ("corrupt.pdf", lambda p: p.write_bytes(b"%PDF-1.7\nthis is not really a pdf\n"), "corrupt"),
        ("truncated.pdf", lambda p: p.write_bytes(make_pdf(report_pages())[:700]), "corrupt or truncated"),
        ("locked.pdf", lambda p: p.write_bytes(make_pdf(report_pages(), encrypt=True)), "password"),
        ("notpdf.pdf", lambda p: p.write_bytes(b"hello, I am text"), "not a PDF"),
        ("binary.txt", lambda p: p.write_bytes(bytes(range(256)) * 40), "binary"),
        ("broken.docx", lambda p: p.write_bytes(b"PK\x03\x04" + b"\0" * 100), "corrupt"),
        ("old.doc", lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100), "old binary Word"),
        ("image.png", lambda p: p.write_bytes(b"\x89PNG\r\n"), "unsupported"),
        ("blank.txt", lambda p: p.write_text("   \n\n  "), "empty"),
    ],
)
def test_bad_files_get_a_one_line_reason(tmp_path, name, make, reason):
    path = tmp_path / name
    make(path)
    with pytest.raises(DocumentError) as error:
        read_file(path)
    message = str(error.value)
    assert reason in message and "\n" not in message and message.startswith(name)


def test_decompression_bomb_is_refused(tmp_path, monkeypatch):
    monkeypatch.setenv("CASELEARN_MAX_EXPANDED_MB", "16")
    path = tmp_path / "bomb.pdf"
    path.write_bytes(bomb_pdf(64))
    assert path.stat().st_size < 200_000
    with pytest.raises(DocumentError, match="decompression bomb"):
        read_file(path)
    with pytest.raises(DocumentError, match="decompression bomb"):
        read_file(_zip_bomb_docx(tmp_path / "bomb.docx"))


def test_file_over_the_size_limit_is_refused_without_reading(tmp_path, monkeypatch):
    path = tmp_path / "huge.pdf"
    with open(path, "wb") as handle:  # a sparse 300 MB file: no disk used
        handle.truncate(300 * 1024 * 1024)
    with pytest.raises(DocumentError, match="larger than the limit of 100 MB"):
        read_file(path)
    monkeypatch.setenv("CASELEARN_MAX_FILE_MB", "0.001")
    small = tmp_path / "small.txt"
    small.write_text("Rapid Review\n\n" + "x" * 5000)
    with pytest.raises(DocumentError, match="larger than the limit"):
        read_file(small)


def test_in_memory_docx_roundtrip():
    buffer = io.BytesIO()
    import docx

    d = docx.Document()
    d.add_paragraph("Thematic review of neglect in Testshire; no single child is named here.")
    d.save(buffer)
    from caselearn.documents import parse_bytes

    assert parse_bytes(buffer.getvalue(), "t.docx").metadata["review_type"] == "thematic_review"


def test_html_website_chrome_is_not_report_text(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        "<html><body><a class='skip-link' href='#m'>Skip to main content</a>"
        "<div id='cookie-banner'><p>We use cookies on this site.</p><button>Accept all cookies</button></div>"
        "<header class='site-header'><nav><ul><li>Home</li><li>Reviews</li></ul></nav></header>"
        "<ol class='breadcrumb'><li>Home</li><li>Published reviews</li></ol>"
        "<main id='m'><h1>Local Child Safeguarding Practice Review: Child T</h1>"
        "<h2>1. Introduction</h2><p>This review concerns Child T, who was seriously injured in 2021.</p></main>"
        "<footer role='contentinfo'><p>Copyright Eastmere Council</p></footer></body></html>",
        encoding="utf-8",
    )
    text = read_file(path).text
    assert "This review concerns Child T" in text and "Child Safeguarding Practice Review: Child T" in text
    for chrome in ("cookies", "Skip to main content", "Published reviews", "Copyright", "Home"):
        assert chrome not in text


def test_html_title_block_outside_main_is_kept_before_it(tmp_path):
    path = tmp_path / "report.html"
    path.write_text(
        "<html><body><div class='site-header'><a href='/'>Eastmere Council</a></div>"
        "<header><p>Eastmere Safeguarding Children Partnership</p>"
        "<h1>Local Child Safeguarding Practice Review: Child T</h1>"
        "<p>Independent reviewer: J. Moss. Published 4 December 2025</p></header>"
        "<nav><h2>Contents</h2><ol><li>Introduction</li><li>Findings</li></ol></nav>"
        "<main><h2>1. Introduction</h2><p>Child T was seriously injured in May 2024.</p></main>"
        "<footer><p>Copyright Eastmere Council</p></footer></body></html>",
        encoding="utf-8",
    )
    text = read_file(path).text
    assert text.index("Eastmere Safeguarding Children Partnership") < text.index("Published 4 December 2025")
    assert text.index("Published 4 December 2025") < text.index("Child T was seriously injured")
    for chrome in ("Contents", "Copyright", "Eastmere Council\n"):
        assert chrome not in text


def test_html_title_inside_main_keeps_only_main(tmp_path):
    path = tmp_path / "report.html"
    path.write_text(
        "<html><body><header><p>Site banner and search</p></header>"
        "<main><h1>Rapid review: Baby S</h1><p>Baby S was seven weeks old.</p></main></body></html>",
        encoding="utf-8",
    )
    text = read_file(path).text
    assert "Baby S was seven weeks old." in text and "Site banner" not in text


def test_html_without_main_keeps_its_body_text_but_drops_navigation(tmp_path):
    path = tmp_path / "old.html"
    path.write_text(
        "<html><body><div class='menu'>Home | About | Contact</div>"
        "<table><tr><td><p><b>SERIOUS CASE REVIEW: CHILD V</b></p><p>Child V was four years old.</p></td></tr></table>"
        "</body></html>",
        encoding="utf-8",
    )
    text = read_file(path).text
    assert "Child V was four years old." in text and "About | Contact" not in text


@pytest.mark.parametrize(
    "sentence",
    [
        "The family owed £2,400 in rent arrears.",
        "Señora Ibáñez, the maternal grandmother, was interviewed.",
        "Agnès and Zoë attended the café with Mr Marín-Clarke.",
    ],
)
def test_english_windows_1252_is_not_mistaken_for_another_code_page(tmp_path, sentence):
    path = tmp_path / "cp1252.txt"
    path.write_bytes(f"Serious Case Review: Child O\r\n\r\n{sentence}\r\n".encode("cp1252"))
    assert sentence in read_file(path).text


def test_title_run_together_with_its_banner_is_found(tmp_path):
    path = tmp_path / "rr.txt"
    path.write_text(
        "*** CONFIDENTIAL - NOT FOR PUBLICATION ***\nNorthby Safeguarding Children Partnership\n"
        "Rapid Review - Young Person K\nPrepared for: the Child Safeguarding Practice Review Panel\n"
        "Date submitted: 04/05/2023 by the partnership's business manager on behalf of all three partners\n\n"
        "SECTION 1: SUMMARY\n\nYoung Person K, aged 15, was admitted to hospital after an assault.\n",
        encoding="utf-8",
    )
    meta = read_file(path).metadata
    assert meta["title"] == "Rapid Review: Young Person K"
    assert meta["review_type"] == "rapid_review" and meta["children"] == ["Young Person K"]
