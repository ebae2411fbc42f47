"""List numbers drawn by Word or the browser are kept in the stored text, so that
"Recommendation 3" still reads "3." after reading."""

from __future__ import annotations

import io

import docx

from caselearn.documents import read_file
from caselearn.documents.list_numbers import format_number


def _docx(tmp_path, build) -> str:
    document = docx.Document()
    build(document)
    path = tmp_path / "review.docx"
    document.save(path)
    return read_file(path).text


def test_word_list_number_style_gets_its_numbers(tmp_path):
    def build(d):
        d.add_paragraph("Recommendations", style="Heading 1")
        for text in (
            "The partnership should audit referrals.",
            "Health should review training.",
            "Schools should share.",
        ):
            d.add_paragraph(text, style="List Number")
        d.add_paragraph("A closing paragraph without a number.")

    text = _docx(tmp_path, build)
    assert "1. The partnership should audit referrals." in text
    assert "2. Health should review training." in text
    assert "3. Schools should share." in text
    assert "4. A closing" not in text and "A closing paragraph without a number." in text


def test_word_bullets_get_no_number(tmp_path):
    def build(d):
        for text in ("Share the plan with the school.", "Invite the father to meetings."):
            d.add_paragraph(text, style="List Bullet")

    text = _docx(tmp_path, build)
    assert "Share the plan with the school." in text
    assert "1." not in text and "•" not in text


def test_document_without_lists_reads_as_before():
    document = docx.Document()
    document.add_paragraph("Child N lived with her mother.")
    buffer = io.BytesIO()
    document.save(buffer)
    from caselearn.documents.readers import parse_bytes

    assert parse_bytes(buffer.getvalue(), "plain.docx").text.strip() == "Child N lived with her mother."


def test_html_ordered_list_items_are_numbered_with_start_and_value(tmp_path):
    page = tmp_path / "review.html"
    page.write_text(
        "<html><body><main><h2>Recommendations</h2>"
        "<ol><li>Audit referrals.</li><li>Review training.</li></ol>"
        "<ol start='3'><li>Share plans.</li><li value='7'>Seven.</li></ol>"
        "<ol type='a'><li>First part.</li><li>Second part.</li></ol>"
        "<ol start='x'><li>Start is not a number.</li></ol>"
        "<ul><li>A bullet.</li></ul></main></body></html>",
        encoding="utf-8",
    )
    text = read_file(page).text
    for expected in (
        "1. Audit referrals.",
        "2. Review training.",
        "3. Share plans.",
        "7. Seven.",
        "a. First part.",
        "b. Second part.",
    ):
        assert expected in text
    assert "A bullet." in text and ". A bullet." not in text
    assert "1. Start is not a number." in text  # a malformed start attribute counts from 1


def test_number_formats():
    assert [format_number(n, "decimal") for n in (1, 12)] == ["1", "12"]
    assert format_number(28, "lowerLetter") == "ab"
    assert format_number(14, "upperRoman") == "XIV"
    assert format_number(3, "bullet") is None
