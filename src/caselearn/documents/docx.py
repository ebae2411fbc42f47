"""DOCX: paragraphs and tables in body order; Word headings kept as headings; explicit
page breaks (and Word's last rendered page breaks) give the pages."""

from __future__ import annotations

import io
import zipfile

from caselearn.documents.limits import max_expanded_bytes
from caselearn.documents.list_numbers import WordNumbering, style_numbering
from caselearn.documents.model import DocumentError
from caselearn.documents.normalise import Block, join_cells

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def check_zip(data: bytes, name: str) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise DocumentError(f"{name}: not a readable DOCX (corrupt or truncated zip)") from None
    if sum(m.file_size for m in members) > max_expanded_bytes():
        raise DocumentError(f"{name}: the archive expands beyond the size limit (decompression bomb)")
    if "word/document.xml" not in archive.namelist():
        if "EncryptedPackage" in archive.namelist():
            raise DocumentError(f"{name}: the document is password-protected")
        raise DocumentError(f"{name}: not a Word document (no word/document.xml)")
    return archive


def _paragraph_text(element) -> tuple[str, bool]:
    """Text of a w:p and whether a page break occurs in it (before its text, roughly)."""
    parts: list[str] = []
    page_break = False
    for node in element.iter():
        tag = node.tag
        if tag == f"{W}t":
            parts.append(node.text or "")
        elif tag == f"{W}tab":
            parts.append("\t")
        elif tag in (f"{W}br", f"{W}cr"):
            if node.get(f"{W}type") == "page":
                page_break = True
            else:
                parts.append("\n")
        elif tag == f"{W}lastRenderedPageBreak":
            page_break = True
        elif tag == f"{W}pageBreakBefore" and node.get(f"{W}val", "true") not in ("0", "false"):
            page_break = True
    return "".join(parts), page_break


def _numbering(document) -> WordNumbering:
    """Word's automatic list numbering, read from numbering.xml and the styles that use it."""
    from docx.opc.constants import RELATIONSHIP_TYPE

    try:
        numbering_element = document.part.part_related_by(RELATIONSHIP_TYPE.NUMBERING).element
    except KeyError:
        numbering_element = None  # a document without lists has no numbering part
    return WordNumbering(numbering_element, style_numbering(document.styles.element))


def read_docx(data: bytes, name: str = "file") -> tuple[list[list[Block]], dict[str, str]]:
    check_zip(data, name)
    try:
        import docx
        from docx.opc.exceptions import PackageNotFoundError

        try:
            document = docx.Document(io.BytesIO(data))
        except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
            raise DocumentError(f"{name}: not a readable DOCX ({type(exc).__name__})") from None
    except DocumentError:
        raise
    except Exception as exc:  # noqa: BLE001 - lxml/zip errors from damaged parts
        raise DocumentError(f"{name}: not a readable DOCX ({type(exc).__name__})") from None
    styles = {}
    for style in document.styles:
        try:
            styles[style.style_id] = (style.name or "").lower()
        except Exception:  # noqa: BLE001
            continue
    numbering = _numbering(document)
    pages: list[list[Block]] = [[]]
    body = document.element.body
    for child in body.iterchildren():
        if child.tag == f"{W}p":
            text, page_break = _paragraph_text(child)
            if page_break and pages[-1]:
                pages.append([])
            style_el = child.find(f"{W}pPr/{W}pStyle")
            style_id = style_el.get(f"{W}val") if style_el is not None else None
            style = styles.get(style_id, "")
            heading = style.startswith("heading") or style == "title"
            label = numbering.label(child, style_id)
            if label and text.strip():
                text = f"{label} {text.lstrip()}"
            for piece in text.split("\n"):
                if piece.strip():
                    pages[-1].append(Block(" ".join(piece.split()), heading=heading))
        elif child.tag == f"{W}tbl":
            for row in child.iter(f"{W}tr"):
                cells = []
                for cell in row.iter(f"{W}tc"):
                    cell_text = " ".join(_paragraph_text(p)[0] for p in cell.iter(f"{W}p"))
                    cells.append(" ".join(cell_text.split()))
                line = join_cells(cells)
                if line:
                    pages[-1].append(Block(line))
    core = document.core_properties
    info = {"Title": core.title or "", "Author": core.author or ""}
    if core.created:
        info["CreationDate"] = core.created.date().isoformat()
    return pages, {k: v for k, v in info.items() if v}
