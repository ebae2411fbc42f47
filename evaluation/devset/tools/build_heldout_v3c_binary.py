#!/usr/bin/env python3
"""Build the binary-format blind reports (x36.pdf, x40.docx) from plain-text sources in src/.

Run with the scratch venv: /work/scratch-v3c-venv/bin/python build_binary.py
"""
import os
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "heldout-v3c-src")
OUT = os.path.join(HERE, "..", "heldout-v3", "reports")


def build_pdf(stem):
    lines = open(os.path.join(SRC, stem + ".txt"), encoding="utf-8").read().splitlines()
    pdf = FPDF(format="A4")
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_title("Local Child Safeguarding Practice Review: Young Person R")
    pdf.set_author("Brackenhurst Safeguarding Children Partnership")

    def footer():
        pass

    pdf.add_page()
    # title block: first five lines
    title = lines[:5]
    pdf.set_font("Helvetica", "B", 18)
    pdf.ln(30)
    for i, t in enumerate(title):
        size = 18 if i < 3 else 12
        style = "B" if i < 3 else ""
        pdf.set_font("Helvetica", style, size)
        pdf.multi_cell(0, 10 if i < 3 else 7, t, align="C")
        pdf.ln(2)
    pdf.ln(20)
    pdf.set_font("Helvetica", "I", 10)
    pdf.multi_cell(0, 5, "This report has been anonymised. It must not be reproduced in part or in whole without the permission of the Partnership.", align="C")
    pdf.add_page()
    for line in lines[5:]:
        if not line.strip():
            continue
        if line.startswith("# "):
            pdf.ln(3)
            pdf.set_font("Helvetica", "B", 13)
            pdf.multi_cell(0, 7, line[2:])
            pdf.ln(1)
        else:
            pdf.set_font("Helvetica", "", 10.5)
            pdf.multi_cell(0, 5.4, line)
            pdf.ln(2)
    pdf.output(os.path.join(OUT, stem + ".pdf"))


def build_docx(stem):
    lines = open(os.path.join(SRC, stem + ".txt"), encoding="utf-8").read().splitlines()
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)
    doc.core_properties.title = "LCSPR Leo"
    doc.core_properties.author = "Brinscombe Safeguarding Children Partnership"
    for line in lines:
        if not line.strip():
            continue
        tag, _, text = line.partition(": ")
        if tag == "T":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(text)
            r.bold = True
            r.font.size = Pt(18)
        elif tag == "H":
            doc.add_heading(text, level=1)
        elif tag == "H2":
            doc.add_heading(text, level=2)
        elif tag == "P":
            doc.add_paragraph(text)
        else:
            raise SystemExit(f"bad line in {stem}: {line!r}")
    section = doc.sections[0]
    section.footer.paragraphs[0].text = "Brinscombe Safeguarding Children Partnership - LCSPR Leo - OFFICIAL"
    doc.save(os.path.join(OUT, stem + ".docx"))


if __name__ == "__main__":
    build_pdf("x36")
    build_docx("x40")
    print("built x36.pdf and x40.docx")
