"""Report files made on the fly: text-layer, scanned and encrypted PDFs, DOCX, HTML, text."""

from __future__ import annotations

import io
import zlib
from pathlib import Path

import pytest

BODY = (
    "1.1 This review was commissioned by the Testshire Safeguarding Children Partnership after the death "
    "of Child K, who was aged seven months. The reviewer considered the practice of every agency involved "
    "with the family, including health visiting, children's social care and the police, and their communi-"
    "cation with one another."
)


def make_pdf(pages: list[list[str]], title: str | None = None, encrypt: bool = False) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    if title:
        pdf.set_title(title)
    if encrypt:
        pdf.set_encryption(owner_password="owner", user_password="secret")
    for number, lines in enumerate(pages, start=1):
        pdf.add_page()
        pdf.set_font("helvetica", size=11)
        pdf.set_xy(15, 10)
        pdf.cell(0, 6, "Testshire Safeguarding Children Partnership - Child K")
        pdf.set_xy(15, 25)
        for line in lines:
            pdf.set_x(15)
            pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
        pdf.set_xy(15, 280)
        pdf.cell(0, 6, f"Page {number} of {len(pages)}")
    return bytes(pdf.output())


def report_pages() -> list[list[str]]:
    return [
        ["Local Child Safeguarding Practice Review", "Child K", "Independent Reviewer: Jane Hollis",
         "Published March 2022"],
        ["1. Introduction",
         "1.1 This review was commissioned by the Testshire Safeguarding Children Partnership after",
         "the death of Child K, who was aged seven months. The reviewer considered the commu-",
         "nication between agencies and the advice given about safe sleep.",
         "2. Recommendations",
         "2.1 The partnership should make sure that fathers are seen by health visitors."],
        ["3. Analysis", "3.1 The health visitor discussed safe sleep with the mother only."],
    ]  # fmt: skip


@pytest.fixture
def text_pdf(tmp_path: Path) -> Path:
    path = tmp_path / "child-k.pdf"
    path.write_bytes(make_pdf(report_pages()))
    return path


def scanned_pdf(tmp_path: Path) -> Path:
    """An image-only PDF: the words are pixels, no text layer."""
    from fpdf import FPDF
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("L", (1240, 500), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 44)
    draw.text((60, 60), "Serious Case Review", fill=0, font=font)
    draw.text((60, 160), "The health visitor saw the baby at home.", fill=0, font=font)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.image(io.BytesIO(buffer.getvalue()), x=0, y=0, w=210)
    path = tmp_path / "scanned.pdf"
    path.write_bytes(bytes(pdf.output()))
    return path


def bomb_pdf(expanded_mb: int) -> bytes:
    """A small PDF whose one Flate stream inflates to ``expanded_mb`` MB of zeros."""
    compressor = zlib.compressobj(9)
    chunk = b"\0" * (1 << 20)
    stream = b"".join(compressor.compress(chunk) for _ in range(expanded_mb)) + compressor.flush()
    return (
        b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
        b"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >> endobj\n"
        + f"4 0 obj << /Length {len(stream)} /Filter /FlateDecode >>\nstream\n".encode()
        + stream
        + b"\nendstream endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
    )


def make_docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.core_properties.title = "Serious Case Review: Baby L"
    document.add_heading("Serious Case Review: Baby L", 0)
    document.add_paragraph("Lead reviewer: Owen Price. Published June 2016.")
    document.add_heading("Introduction", 1)
    document.add_paragraph("Baby L was a subject of this review by the Westhaven Safeguarding Children Board.")
    document.add_heading("Recommendations", 1)
    document.add_paragraph("The board should audit pre-birth assessments.")
    document.save(path)
    return path
