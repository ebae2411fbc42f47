#!/usr/bin/env python3
"""Build the caselearn sample corpus of FICTIONAL child safeguarding case reviews.

Every report, person, place and partnership in the corpus is invented. The
report texts live in ``corpus_src/*.txt`` (UTF-8, a light markup described
below); this script renders each one to the format named by its ``file:``
header (PDF with a text layer, DOCX, HTML or plain text), renders the one
``scanned-*.pdf`` to an image-only PDF for OCR, and writes ``MANIFEST.csv``.

Usage (generation tools live in a scratch venv outside the repo)::

    python3 -m venv /work/scratch-corpus-venv
    /work/scratch-corpus-venv/bin/pip install fpdf2==2.8.9 python-docx==1.2.0 pillow
    /work/scratch-corpus-venv/bin/python samples/tools/build_corpus.py

Output is deterministic: fixed creation dates and zip timestamps.

Source format
-------------
A block of ``key: value`` header lines, a line ``===``, the title page (one
line per line; ``!big`` prefix for large bold text), a line ``===``, then the
body:

* ``# H1`` / ``## H2`` / ``### H3`` headings
* ``- item`` bullet; ``> text`` indented quotation
* ``| a | b |`` table rows (first row is the header)
* ``!pagebreak``; ``!toc`` (contents list; PDF only)
* blank lines separate paragraphs; ``**bold**`` inline.
"""
from __future__ import annotations

import csv
import html
import io
import re
import sys
import textwrap
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "corpus_src"
OUT = HERE.parent / "corpus"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONTS = {
    "serif": {"": "DejaVuSerif.ttf", "B": "DejaVuSerif-Bold.ttf",
              "I": "DejaVuSerif-Italic.ttf", "BI": "DejaVuSerif-BoldItalic.ttf"},
    "sans": {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf",
             "I": "DejaVuSans-Oblique.ttf", "BI": "DejaVuSans-BoldOblique.ttf"},
    "condensed": {"": "DejaVuSansCondensed.ttf", "B": "DejaVuSansCondensed-Bold.ttf",
                  "I": "DejaVuSansCondensed-Oblique.ttf",
                  "BI": "DejaVuSansCondensed-BoldOblique.ttf"},
}
MANIFEST_COLS = ["file", "title", "review_type", "partnership", "publication_year",
                 "author", "children", "confidential", "pages", "ocr"]
FIXED_ZIP_TIME = (2020, 1, 1, 0, 0, 0)


# --------------------------------------------------------------------------
# parsing
# --------------------------------------------------------------------------
@dataclass
class Block:
    kind: str            # h1 h2 h3 p bullet quote table pagebreak toc
    text: str = ""
    rows: list = field(default_factory=list)


@dataclass
class Report:
    meta: dict
    title_lines: list
    blocks: list

    def opt(self, key, default=""):
        return self.meta.get(key, default)

    @property
    def pub_date(self) -> datetime:
        y, m, d = (self.opt("created") or f"{self.meta['publication_year']}-06-01").split("-")
        return datetime(int(y), int(m), int(d), 9, 0, 0, tzinfo=timezone.utc)


def parse(path: Path) -> Report:
    text = path.read_text(encoding="utf-8")
    head, title, body = text.split("\n===\n", 2)
    meta = {}
    for line in head.splitlines():
        if line.strip() and not line.startswith("#"):
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    default_sq = "yes" if meta["file"].endswith((".pdf", ".docx")) else "no"
    if meta.get("smart_quotes", default_sq) == "yes":
        title, body = smart_quotes(title), smart_quotes(body)
    blocks: list[Block] = []
    para: list[str] = []

    def flush():
        if para:
            blocks.append(Block("p", " ".join(s.strip() for s in para)))
            para.clear()

    for line in body.splitlines():
        s = line.rstrip()
        if not s.strip():
            flush()
            continue
        if s.startswith("### "):
            flush(); blocks.append(Block("h3", s[4:].strip()))
        elif s.startswith("## "):
            flush(); blocks.append(Block("h2", s[3:].strip()))
        elif s.startswith("# "):
            flush(); blocks.append(Block("h1", s[2:].strip()))
        elif s.startswith("- "):
            flush(); blocks.append(Block("bullet", s[2:].strip()))
        elif s.startswith("  ") and blocks and blocks[-1].kind == "bullet" and not para:
            blocks[-1].text += " " + s.strip()
        elif s.startswith("> "):
            flush(); blocks.append(Block("quote", s[2:].strip()))
        elif s.startswith("|"):
            flush()
            cells = [c.strip() for c in s.strip().strip("|").split("|")]
            if blocks and blocks[-1].kind == "table":
                blocks[-1].rows.append(cells)
            else:
                blocks.append(Block("table", rows=[cells]))
        elif s.strip() == "!pagebreak":
            flush(); blocks.append(Block("pagebreak"))
        elif s.strip() == "!toc":
            flush(); blocks.append(Block("toc"))
        else:
            if re.match(r"^\d+\.\s", s):
                flush()  # a numbered item always starts its own paragraph
            para.append(s)
    flush()
    return Report(meta, title.strip("\n").split("\n"), blocks)


def plain(s: str) -> str:
    return s.replace("**", "")


def smart_quotes(s: str) -> str:
    """Word-style typographic quotes: 'x' -> ‘x’, "x" -> “x”."""
    s = re.sub(r'(^|[\s(\[])"', "\\1“", s, flags=re.M)
    s = s.replace('"', "”")
    s = re.sub(r"(^|[\s(\[])'", "\\1‘", s, flags=re.M)
    return s.replace("'", "’")


# --------------------------------------------------------------------------
# hyphenation (soft hyphens; fpdf2 breaks there and prints a hyphen)
# --------------------------------------------------------------------------
VOWELS = set("aeiouyAEIOUY")
WORD = re.compile(r"[A-Za-z]{9,}")


def _soft(word: str) -> str:
    if word.isupper():
        return word
    out, n = [], len(word)
    for i, ch in enumerate(word):
        if 3 <= i <= n - 3:
            a, b, c = word[i - 1], ch, word[i + 1] if i + 1 < n else ""
            vcv = a in VOWELS and b not in VOWELS and c in VOWELS
            vccv = (i >= 2 and word[i - 2] in VOWELS and a not in VOWELS
                    and b not in VOWELS and c in VOWELS and (a + b) not in
                    {"ch", "sh", "th", "ph", "wh", "ck", "ng", "gh", "qu"})
            if (vcv or vccv) and i >= 3:
                out.append("\u00ad")
        out.append(ch)
    return "".join(out)


def hyphenate(text: str) -> str:
    return WORD.sub(lambda m: _soft(m.group(0)), text)


# --------------------------------------------------------------------------
# PDF
# --------------------------------------------------------------------------
def build_pdf(rep: Report, dest: Path) -> int:
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    fam = rep.opt("font", "serif")
    size = float(rep.opt("size", "11"))
    lh = float(rep.opt("line_height", "6"))
    align = rep.opt("align", "J")
    hyph = rep.opt("hyphenate", "yes") == "yes"
    header_text = rep.opt("header")
    footer_tpl = rep.opt("footer", "Page {page} of {nb}")
    skip_title_furniture = rep.opt("title_furniture", "yes") == "no"

    class PDF(FPDF):
        def header(self):
            if skip_title_furniture and self.page_no() == 1:
                return
            if header_text:
                self.set_font("R", "I", 8.5)
                self.set_text_color(90, 90, 90)
                self.set_y(9)
                self.cell(0, 5, header_text, align=rep.opt("header_align", "R"),
                          new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                self.set_text_color(0, 0, 0)
                self.set_y(self.t_margin)

        def footer(self):
            if skip_title_furniture and self.page_no() == 1:
                return
            self.set_y(-15)
            self.set_font("R", "", 8.5)
            self.set_text_color(60, 60, 60)
            txt = footer_tpl.replace("{page}", str(self.page_no()))
            self.cell(0, 6, txt, align=rep.opt("footer_align", "C"))
            self.set_text_color(0, 0, 0)

    pdf = PDF(format="A4")
    for style, fname in FONTS[fam].items():
        pdf.add_font("R", style, str(FONT_DIR / fname))
    pdf.set_margins(float(rep.opt("margin", "22")), 22, float(rep.opt("margin", "22")))
    pdf.set_auto_page_break(True, 22)
    pdf.alias_nb_pages("{nb}")
    pdf.set_creation_date(rep.pub_date)
    pdf.set_title(rep.opt("meta_title", rep.meta["title"]))
    pdf.set_author(rep.opt("meta_author", rep.meta.get("author", "")))
    pdf.set_creator(rep.opt("meta_creator", "Microsoft Word"))
    pdf.set_producer(rep.opt("meta_producer", "caselearn sample corpus (fictional)"))
    if rep.opt("meta_subject"):
        pdf.set_subject(rep.opt("meta_subject"))

    H = (lambda s: hyphenate(s)) if hyph else (lambda s: s)

    def para(text, style="", indent=0.0, sz=None, a=None):
        pdf.set_font("R", style, sz or size)
        x = pdf.l_margin + indent
        pdf.set_x(x)
        md = "**" in text
        pdf.multi_cell(0, lh, H(text), align=a or align, markdown=md,
                       new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    # title page
    pdf.add_page()
    pdf.set_y(float(rep.opt("title_top", "55")))
    for line in rep.title_lines:
        if not line.strip():
            pdf.ln(8)
            continue
        if line.startswith("!big "):
            pdf.set_font("R", "B", 20)
            pdf.multi_cell(0, 10, line[5:], align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        else:
            pdf.set_font("R", "", 13)
            pdf.multi_cell(0, 7, line, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.add_page()

    def render_toc(pdf_, outline):
        pdf_.set_xy(pdf_.l_margin, pdf_.t_margin)
        pdf_.set_font("R", "B", 14)
        pdf_.cell(0, 10, "Contents", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf_.ln(3)
        for sec in outline:
            if sec.level > 0:
                continue
            pdf_.set_font("R", "", size)
            label = sec.name
            num = str(sec.page_number)
            w = pdf_.epw - pdf_.get_string_width(num) - 2
            dots = label + " "
            while pdf_.get_string_width(dots + ".") < w - 2:
                dots += "."
            pdf_.cell(w, lh + 1, dots)
            pdf_.cell(0, lh + 1, num, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    first = True
    last_level = -1
    for b in rep.blocks:
        if b.kind == "toc":
            pdf.insert_toc_placeholder(render_toc, pages=1)
            first = True
            continue
        if b.kind == "pagebreak":
            pdf.add_page()
            first = True
            continue
        if b.kind in ("h1", "h2", "h3"):
            if pdf.get_y() > pdf.h - 55:
                pdf.add_page()
                first = True
            if not first:
                pdf.ln(4 if b.kind == "h1" else 2)
            lvl = min({"h1": 0, "h2": 1, "h3": 2}[b.kind], last_level + 1)
            last_level = lvl
            pdf.start_section(plain(b.text), level=lvl)
            hs = {"h1": 14, "h2": 12, "h3": size}[b.kind]
            para(plain(b.text), "BI" if b.kind == "h3" else "B", sz=hs, a="L")
            pdf.ln(1.5)
        elif b.kind == "p":
            para(b.text)
            pdf.ln(2.5)
        elif b.kind == "bullet":
            pdf.set_font("R", "", size)
            pdf.set_x(pdf.l_margin + 3)
            pdf.cell(5, lh, "•")
            pdf.set_x(pdf.l_margin + 9)
            pdf.multi_cell(0, lh, H(b.text), align=align, markdown="**" in b.text,
                           new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1)
        elif b.kind == "quote":
            pdf.set_font("R", "I", size)
            pdf.set_x(pdf.l_margin + 12)
            pdf.multi_cell(pdf.epw - 24, lh, H(b.text), align="L",
                           new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(2.5)
        elif b.kind == "table":
            ncol = len(b.rows[0])
            widths = rep.opt("col_widths_%d" % ncol)
            cw = [int(x) for x in widths.split(",")] if widths else None
            pdf.set_font("R", "", size - 1.5)
            with pdf.table(col_widths=cw, text_align="LEFT", line_height=lh - 1,
                           first_row_as_headings=True) as t:
                for row in b.rows:
                    r = t.row()
                    for c in row:
                        r.cell(c)
            pdf.ln(3)
        first = False
    pdf.output(str(dest))
    return pdf.page_no()


# --------------------------------------------------------------------------
# DOCX
# --------------------------------------------------------------------------
def _add_field(paragraph, instr):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def _runs(par, text, bold=False, italic=False, size=None):
    from docx.shared import Pt
    parts = text.split("**")
    for i, part in enumerate(parts):
        if not part:
            continue
        run = par.add_run(part)
        run.bold = bold or (i % 2 == 1)
        run.italic = italic
        if size:
            run.font.size = Pt(size)


def build_docx(rep: Report, dest: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Pt

    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = rep.opt("docx_font", "Arial")
    normal.font.size = Pt(float(rep.opt("size", "11")))
    cp = d.core_properties
    cp.title = rep.opt("meta_title", rep.meta["title"])
    cp.author = rep.opt("meta_author", rep.meta.get("author", ""))
    cp.last_modified_by = rep.opt("meta_author", rep.meta.get("author", ""))
    cp.comments = ""
    cp.subject = rep.opt("meta_subject", "")
    cp.keywords = ""
    cp.revision = 1
    cp.created = rep.pub_date.replace(tzinfo=None)
    cp.modified = rep.pub_date.replace(tzinfo=None)

    sec = d.sections[0]
    if rep.opt("header"):
        sec.header.paragraphs[0].text = rep.opt("header")
        sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    ftpl = rep.opt("footer", "Page {page} of {nb}")
    for i, chunk in enumerate(re.split(r"(\{page\}|\{nb\})", ftpl)):
        if chunk == "{page}":
            _add_field(fp, "PAGE")
        elif chunk == "{nb}":
            _add_field(fp, "NUMPAGES")
        elif chunk:
            fp.add_run(chunk)

    for line in rep.title_lines:
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if line.startswith("!big "):
            _runs(p, line[5:], bold=True, size=22)
        elif line.strip():
            _runs(p, line, size=14)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    styles = rep.opt("docx_headings", "styles") == "styles"
    autonum = rep.opt("docx_autonumber", "no") == "yes"
    for b in rep.blocks:
        if b.kind in ("toc",):
            continue
        if b.kind == "pagebreak":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif b.kind in ("h1", "h2", "h3"):
            lvl = int(b.kind[1])
            if styles:
                d.add_heading(plain(b.text), level=lvl)
            else:
                p = d.add_paragraph()
                _runs(p, plain(b.text), bold=True, size={1: 14, 2: 12, 3: 11}[lvl],
                      italic=lvl == 3)
        elif b.kind == "p":
            m = re.match(r"^(\d+)\.\s+(.*)$", b.text)
            if autonum and m:
                p = d.add_paragraph(style="List Number")
                _runs(p, m.group(2))
            else:
                _runs(d.add_paragraph(), b.text)
        elif b.kind == "bullet":
            _runs(d.add_paragraph(style="List Bullet"), b.text)
        elif b.kind == "quote":
            p = d.add_paragraph(style="Quote")
            _runs(p, b.text)
        elif b.kind == "table":
            t = d.add_table(rows=len(b.rows), cols=len(b.rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(b.rows):
                for j, c in enumerate(row):
                    cell = t.cell(i, j)
                    cell.paragraphs[0].text = ""
                    _runs(cell.paragraphs[0], c, bold=(i == 0))
            d.add_paragraph()
    buf = io.BytesIO()
    d.save(buf)
    # re-zip with fixed timestamps so the build is byte-for-byte reproducible
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))


# --------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------
ENTITY = {"\u2019": "&rsquo;", "\u2018": "&lsquo;", "\u201c": "&ldquo;", "\u201d": "&rdquo;",
          "\u2013": "&ndash;", "\u2014": "&mdash;", "\u00a3": "&pound;", "\u00e9": "&eacute;",
          "\u00eb": "&euml;", "\u00a0": "&nbsp;"}


def _h(s: str, entities: bool) -> str:
    s = html.escape(s, quote=False)
    s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)
    if entities:
        s = "".join(ENTITY.get(c, c) for c in s)
    return s


def build_html(rep: Report, dest: Path) -> None:
    style = rep.opt("html_style", "plain")
    ent = style == "legacy" or rep.opt("html_entities") == "yes"
    P = lambda s: _h(s, ent)  # noqa: E731
    org = rep.opt("site_name", rep.meta["partnership"])
    body: list[str] = []
    in_list = False
    for b in rep.blocks:
        if b.kind != "bullet" and in_list:
            body.append("</ul>")
            in_list = False
        if b.kind in ("toc", "pagebreak"):
            continue
        if b.kind in ("h1", "h2", "h3"):
            lvl = int(b.kind[1]) + 1
            if style == "legacy":
                body.append(f'<p><font size="3"><b>{P(plain(b.text).upper())}</b></font></p>')
            else:
                body.append(f"<h{lvl}>{P(plain(b.text))}</h{lvl}>")
        elif b.kind == "p":
            body.append(f"<p>{P(b.text)}</p>")
        elif b.kind == "bullet":
            if not in_list:
                body.append("<ul>")
                in_list = True
            body.append(f"  <li>{P(b.text)}</li>")
        elif b.kind == "quote":
            body.append(f"<blockquote><p><em>{P(b.text)}</em></p></blockquote>")
        elif b.kind == "table":
            rows = ["<table class=\"data\" border=\"1\" cellpadding=\"4\">"]
            rows.append("<thead><tr>" + "".join(f"<th>{P(c)}</th>" for c in b.rows[0]) + "</tr></thead><tbody>")
            for r in b.rows[1:]:
                rows.append("<tr>" + "".join(f"<td>{P(c)}</td>" for c in r) + "</tr>")
            rows.append("</tbody></table>")
            body.append("\n".join(rows))
    if in_list:
        body.append("</ul>")
    cover = []
    for line in rep.title_lines:
        if line.startswith("!big "):
            cover.append(f'<h1 class="report-title">{P(line[5:])}</h1>')
        elif line.strip():
            cover.append(f'<p class="cover-line">{P(line)}</p>')
    title = P(rep.opt("html_title", rep.meta["title"]))
    meta_author = rep.opt("meta_author", rep.meta.get("author", ""))
    metas = f'<meta name="author" content="{html.escape(meta_author)}">\n' if meta_author and rep.opt("html_meta_author", "yes") == "yes" else ""
    content = "\n".join(cover + body)
    if style == "modern":
        doc = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | {P(org)}</title>
{metas}<meta name="description" content="Published case review.">
<link rel="stylesheet" href="/assets/css/site.css">
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>
</head>
<body>
<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookie banner">
  <p>We use cookies to make this site work and to collect information about how you use it. <a href="/cookies">Read our cookie policy</a>.</p>
  <button type="button">Accept all cookies</button> <button type="button">Reject optional cookies</button>
</div>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
  <div class="logo"><a href="/">{P(org)}</a></div>
  <nav aria-label="Main menu"><ul>
    <li><a href="/">Home</a></li><li><a href="/about">About us</a></li>
    <li><a href="/practitioners">Practitioners</a></li><li><a href="/reviews">Case reviews</a></li>
    <li><a href="/training">Training</a></li><li><a href="/contact">Contact us</a></li>
  </ul></nav>
  <form class="search" action="/search"><label for="q">Search this site</label><input id="q" name="q"><button>Search</button></form>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/reviews">Case reviews</a></li><li aria-current="page">{title}</li></ol></nav>
<main id="main">
<article class="case-review">
{content}
</article>
<aside class="related"><h2>Related pages</h2><ul><li><a href="/reviews/learning-briefings">Learning briefings</a></li><li><a href="/worried-about-a-child">Worried about a child?</a></li></ul></aside>
</main>
<footer class="site-footer">
  <p>If you are worried about a child, call the Children&#39;s Advice Line on 0300 000 0000 (fictional).</p>
  <ul><li><a href="/accessibility">Accessibility statement</a></li><li><a href="/privacy">Privacy notice</a></li><li><a href="/cookies">Cookies</a></li></ul>
  <p>&copy; {P(org)}. All rights reserved.</p>
</footer>
<script src="/assets/js/site.js"></script>
</body>
</html>
"""
    elif style == "legacy":
        doc = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML>
<HEAD>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=utf-8">
<TITLE>{title}</TITLE>
{metas}</HEAD>
<BODY BGCOLOR="#FFFFFF">
<TABLE WIDTH="100%" BORDER="0" CELLPADDING="0" CELLSPACING="0">
<TR><TD BGCOLOR="#003366"><FONT FACE="Arial" COLOR="#FFFFFF" SIZE="4">&nbsp;{P(org)}</FONT></TD></TR>
<TR><TD><FONT FACE="Arial" SIZE="1"><A HREF="index.htm">Home</A> | <A HREF="board.htm">The Board</A> | <A HREF="scr.htm">Serious Case Reviews</A> | <A HREF="procedures.htm">Procedures</A></FONT></TD></TR>
</TABLE>
<TABLE WIDTH="760" BORDER="0" CELLPADDING="8"><TR><TD VALIGN="top">
<FONT FACE="Arial" SIZE="2">
{content}
</FONT>
</TD></TR></TABLE>
<HR>
<FONT FACE="Arial" SIZE="1">Page last updated: {rep.pub_date.strftime('%d/%m/%Y')}. {P(org)}</FONT>
</BODY>
</HTML>
"""
    else:
        doc = f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title}</title>
{metas}<style>body{{font-family:Georgia,serif;max-width:46em;margin:2em auto;line-height:1.5}} table{{border-collapse:collapse}} td,th{{border:1px solid #999;padding:4px}}</style>
</head>
<body>
{content}
</body>
</html>
"""
    dest.write_text(doc, encoding="utf-8", newline="\n")


# --------------------------------------------------------------------------
# TXT
# --------------------------------------------------------------------------
def build_txt(rep: Report, dest: Path) -> None:
    hstyle = rep.opt("txt_headings", "underline")
    wrap = int(rep.opt("txt_wrap", "78"))
    bullet = rep.opt("txt_bullet", "*")
    out: list[str] = []

    def fill(s, indent=""):
        s = plain(s)
        if wrap <= 0:
            return indent + s
        return textwrap.fill(s, wrap, initial_indent=indent,
                             subsequent_indent=" " * len(indent),
                             break_on_hyphens=False, break_long_words=False)

    width = wrap if wrap > 0 else 78
    for line in rep.title_lines:
        t = line[5:] if line.startswith("!big ") else line
        out.append(t.center(width).rstrip() if rep.opt("txt_center_title", "yes") == "yes" else t)
    out.append("")
    out.append("")
    for b in rep.blocks:
        if b.kind == "toc":
            continue
        if b.kind == "pagebreak":
            if rep.opt("txt_formfeed") == "yes":
                out.append("\f")
            continue
        if b.kind in ("h1", "h2", "h3"):
            t = plain(b.text)
            out.append("")
            if hstyle == "underline":
                out.append(t)
                out.append(("=" if b.kind == "h1" else "-") * len(t))
            elif hstyle == "caps":
                out.append(t.upper() if b.kind == "h1" else t)
            else:
                out.append(t)
            out.append("")
        elif b.kind == "p":
            out.append(fill(b.text))
            out.append("")
        elif b.kind == "bullet":
            out.append(fill(b.text, f"  {bullet} "))
        elif b.kind == "quote":
            out.append(fill(b.text, "    "))
            out.append("")
        elif b.kind == "table":
            ncol = len(b.rows[0])
            wd = [max(len(r[i]) for r in b.rows) for i in range(ncol)]
            wd = [min(w, 60) for w in wd]
            for k, r in enumerate(b.rows):
                out.append("  ".join(c.ljust(wd[i]) for i, c in enumerate(r)).rstrip())
                if k == 0:
                    out.append("  ".join("-" * w for w in wd))
            out.append("")
    text = "\n".join(out)
    text = re.sub(r"\n([ \t]*\n){2,}", "\n\n", text).strip("\n") + "\n"
    text = re.sub(r"\n\n\f\n\n", "\n\f\n", text)
    nl = "\r\n" if rep.opt("newline") == "crlf" else "\n"
    enc = rep.opt("encoding", "utf-8")
    dest.write_bytes(text.replace("\n", nl).encode(enc))


# --------------------------------------------------------------------------
# scanned, image-only PDF
# --------------------------------------------------------------------------
def build_scanned(rep: Report, dest: Path) -> int:
    from PIL import Image, ImageDraw, ImageFont

    dpi = 200
    W, Hh = int(8.27 * dpi), int(11.69 * dpi)
    reg = ImageFont.truetype(str(FONT_DIR / "DejaVuSerif.ttf"), 36)
    bold = ImageFont.truetype(str(FONT_DIR / "DejaVuSerif-Bold.ttf"), 40)
    big = ImageFont.truetype(str(FONT_DIR / "DejaVuSerif-Bold.ttf"), 52)
    small = ImageFont.truetype(str(FONT_DIR / "DejaVuSerif.ttf"), 28)
    margin, top, bottom = 170, 190, Hh - 210
    pages: list = []
    state = {}

    def new_page():
        im = Image.new("L", (W, Hh), 255)
        pages.append(im)
        state["d"] = ImageDraw.Draw(im)
        state["y"] = top

    def text_lines(s, font, width):
        words, lines, cur = plain(s).split(), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if state["d"].textlength(t, font=font) <= width:
                cur = t
            else:
                lines.append(cur)
                cur = w
        if cur:
            lines.append(cur)
        return lines

    def emit(s, font, gap, indent=0, center=False):
        lh = int(font.size * 1.45)
        for ln in text_lines(s, font, W - 2 * margin - indent):
            if state["y"] + lh > bottom:
                new_page()
            x = margin + indent
            if center:
                x = (W - state["d"].textlength(ln, font=font)) // 2
            state["d"].text((x, state["y"]), ln, font=font, fill=0)
            state["y"] += lh
        state["y"] += gap

    new_page()
    state["y"] = 380
    for line in rep.title_lines:
        if not line.strip():
            state["y"] += 40
        elif line.startswith("!big "):
            emit(line[5:], big, 10, center=True)
        else:
            emit(line, reg, 6, center=True)
    state["y"] += 120
    for b in rep.blocks:
        if b.kind == "pagebreak":
            new_page()
        elif b.kind in ("h1", "h2", "h3"):
            state["y"] += 14
            emit(b.text, bold, 14)
        elif b.kind == "p":
            emit(b.text, reg, 24)
        elif b.kind == "bullet":
            emit("- " + b.text, reg, 8, indent=30)
    n = len(pages)
    for i, im in enumerate(pages, 1):
        d = ImageDraw.Draw(im)
        f = rep.opt("footer", "Page {page} of {nb}").replace("{page}", str(i)).replace("{nb}", str(n))
        d.text(((W - d.textlength(f, font=small)) // 2, Hh - 150), f, font=small, fill=0)
    when = rep.pub_date.replace(tzinfo=None)
    pages[0].save(dest, "PDF", resolution=float(dpi), save_all=True, append_images=pages[1:],
                  title=rep.opt("meta_title", ""), author="", producer="Scanner",
                  creator="Scanner", creationDate=when.timetuple(), modDate=when.timetuple())
    return n


# --------------------------------------------------------------------------
def main(argv: list[str]) -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    sources = sorted(SRC.glob("*.txt"))
    if not sources:
        print("no sources in", SRC, file=sys.stderr)
        return 1
    rows = []
    for path in sources:
        rep = parse(path)
        name = rep.meta["file"]
        dest = OUT / name
        pages = ""
        if name.startswith("scanned-"):
            pages = str(build_scanned(rep, dest))
        elif name.endswith(".pdf"):
            pages = str(build_pdf(rep, dest))
        elif name.endswith(".docx"):
            build_docx(rep, dest)
        elif name.endswith(".html"):
            build_html(rep, dest)
        elif name.endswith(".txt"):
            build_txt(rep, dest)
        else:
            raise SystemExit(f"unknown format: {name}")
        row = {k: rep.meta.get(k, "") for k in MANIFEST_COLS}
        row["pages"] = pages
        row["ocr"] = "yes" if name.startswith("scanned-") else "no"
        rows.append(row)
        print(f"{name:60s} {pages or '-':>3s} {dest.stat().st_size:>8d} bytes")
    rows.sort(key=lambda r: r["file"])
    with open(OUT / "MANIFEST.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=MANIFEST_COLS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(f"{len(rows)} reports -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
