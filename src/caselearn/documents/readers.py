"""Read a report file of any supported format (PDF, DOCX, HTML, plain text) into one
``ParsedDocument``: normalised text, page map, sections, metadata."""

from __future__ import annotations

import hashlib
from pathlib import Path

from caselearn.documents import metadata as meta
from caselearn.documents.limits import MAX_TEXT_CHARS, max_file_bytes
from caselearn.documents.model import DocumentError, ParsedDocument
from caselearn.documents.normalise import Normalised, assemble, normalise_lines
from caselearn.documents.sections import detect_sections

__all__ = ["DocumentError", "SUFFIXES", "content_hash", "parse_bytes", "read_file", "sniff"]

SUFFIXES = {
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".html": "text/html",
    ".htm": "text/html",
    ".xhtml": "text/html",
    ".txt": "text/plain",
    ".text": "text/plain",
    ".md": "text/plain",
}


def sniff(data: bytes, suffix: str, name: str) -> str:
    """The media type, from the content first and the name second."""
    head = data[:1024]
    if b"%PDF-" in head:
        return "application/pdf"
    if head.startswith(b"PK\x03\x04"):
        if suffix in (".docx", ""):
            return SUFFIXES[".docx"]
        raise DocumentError(f"{name}: a zip archive named {suffix}, not a report")
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise DocumentError(f"{name}: an old binary Word file or an encrypted Office file; save it as DOCX or PDF")
    media = SUFFIXES.get(suffix)
    if media is None:
        raise DocumentError(f"{name}: unsupported file type {suffix or '(none)'}")
    if media == "application/pdf":
        raise DocumentError(f"{name}: not a PDF (no PDF header)")
    if media.endswith("wordprocessingml.document"):
        raise DocumentError(f"{name}: not a DOCX (not a zip archive)")
    if media == "text/plain" and head.lstrip()[:15].lower().startswith((b"<!doctype html", b"<html")):
        return "text/html"
    return media


def content_hash(text: str) -> str:
    """The identity of a report: SHA-256 of its normalised text (whitespace collapsed)."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def parse_bytes(data: bytes, name: str = "file", suffix: str | None = None) -> ParsedDocument:
    """Parse a report held in memory. ``name`` is used in messages; ``suffix`` defaults to the name's."""
    suffix = (suffix if suffix is not None else Path(name).suffix).lower()
    if not data or not data.strip():
        raise DocumentError(f"{name}: the file is empty")
    if len(data) > max_file_bytes():
        raise DocumentError(f"{name}: larger than the limit of {max_file_bytes() // (1 << 20)} MB")
    media = sniff(data, suffix, name)
    info: dict[str, str] = {}
    ocr = False
    warnings: list[str] = []
    if media == "application/pdf":
        from caselearn.documents.pdf import read_pdf

        pages, info, ocr = read_pdf(data, name)
        normalised: Normalised = normalise_lines(pages)
    elif media.endswith("wordprocessingml.document"):
        from caselearn.documents.docx import read_docx

        blocks, info = read_docx(data, name)
        normalised = assemble(blocks)
    elif media == "text/html":
        from caselearn.documents.html import read_html

        blocks, info = read_html(data, name)
        normalised = assemble(blocks)
    else:
        from caselearn.documents.text import read_text

        pages, encoding = read_text(data, name)
        if encoding not in ("utf-8", "utf-8-sig"):
            warnings.append(f"read as {encoding}")
        normalised = normalise_lines(pages)
    if len(normalised.text.strip()) < 20:
        what = "no text even after OCR" if ocr else "no text"
        raise DocumentError(f"{name}: {what} (an empty or image-only document)")
    if len(normalised.text) > MAX_TEXT_CHARS:
        raise DocumentError(f"{name}: more than {MAX_TEXT_CHARS:,} characters of text")
    sections = detect_sections(normalised.text, normalised.headings)
    found = meta.detect(normalised.text, normalised.page_map, info, normalised.headings)
    if ocr:
        warnings.append("text recognised by OCR")
    return ParsedDocument(
        text=normalised.text,
        media_type=media,
        page_map=normalised.page_map,
        sections=sections,
        metadata=found,
        ocr=ocr,
        warnings=warnings,
    )


def read_file(path: str | Path) -> ParsedDocument:
    """Read a report file (PDF, DOCX, HTML or text) into its normalised text, pages, sections
    and metadata. Raises ``DocumentError`` with a one-line reason for anything unreadable."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_file_bytes():
            raise DocumentError(f"{path.name}: larger than the limit of {max_file_bytes() // (1 << 20)} MB")
        data = path.read_bytes()
    except IsADirectoryError:
        raise DocumentError(f"{path.name}: a folder, not a file") from None
    except FileNotFoundError:
        raise DocumentError(f"{path.name}: no such file") from None
    except PermissionError:
        raise DocumentError(f"{path.name}: permission denied") from None
    return parse_bytes(data, path.name)
