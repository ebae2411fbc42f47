"""PDF: the text layer through PDFium; pages without text but with images are OCRed with
Tesseract. Encrypted files and decompression bombs are refused before PDFium sees them."""

from __future__ import annotations

import re
import shutil
import subprocess
import zlib

from caselearn.documents.limits import MAX_PAGES, max_expanded_bytes
from caselearn.documents.model import DocumentError

_STREAM = re.compile(rb"stream\r?\n")
_FLATE = re.compile(rb"/FlateDecode|/Fl\b")
_ENCRYPT = re.compile(rb"/Encrypt\s+(\d+\s+\d+\s+R|<<)")
OCR_DPI = 300
MIN_PAGE_CHARS = 15  # a page with less text than this and an image is treated as scanned


def check_streams(data: bytes, name: str, limit: int | None = None) -> None:
    """Refuse a PDF whose Flate streams expand beyond the limit (a decompression bomb).

    Each stream is inflated incrementally and the output discarded, so the check
    itself never holds more than a small buffer."""
    limit = max_expanded_bytes() if limit is None else limit
    total = 0
    for match in _STREAM.finditer(data):
        start = match.end()
        dictionary = data[max(0, match.start() - 400) : match.start()]
        if not _FLATE.search(dictionary[dictionary.rfind(b"<<") :] if b"<<" in dictionary else dictionary):
            continue
        end = data.find(b"endstream", start)
        if end < 0:
            end = len(data)
        inflater = zlib.decompressobj()
        chunk = data[start:end]
        try:
            while chunk:
                out = inflater.decompress(chunk, 1 << 20)
                total += len(out)
                if total > limit:
                    raise DocumentError(
                        f"{name}: compressed content expands beyond {limit // (1 << 20)} MB (decompression bomb)"
                    )
                chunk = inflater.unconsumed_tail
                if not out:
                    break
        except zlib.error:
            continue  # a damaged stream is PDFium's concern; it reports it or skips it


def _open(data: bytes, name: str):
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        message = str(exc).lower()
        if "password" in message or "security" in message:
            raise DocumentError(f"{name}: the PDF is encrypted or password-protected") from None
        if _ENCRYPT.search(data[-4096:]) or _ENCRYPT.search(data[:4096]):
            raise DocumentError(f"{name}: the PDF is encrypted or password-protected") from None
        raise DocumentError(f"{name}: not a readable PDF (corrupt or truncated)") from None


def _ocr_page(page, name: str) -> str:
    import io

    if shutil.which("tesseract") is None:
        raise DocumentError(f"{name}: scanned pages need OCR but tesseract is not installed")
    image = page.render(scale=OCR_DPI / 72, grayscale=True).to_pil()
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    try:
        result = subprocess.run(
            ["tesseract", "stdin", "stdout", "-l", "eng", "--psm", "3"],
            input=buffer.getvalue(),
            capture_output=True,
            timeout=300,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise DocumentError(f"{name}: OCR took too long") from None
    if result.returncode != 0:
        raise DocumentError(f"{name}: OCR failed: {result.stderr.decode(errors='replace').strip()[:200]}")
    return result.stdout.decode("utf-8", errors="replace")


def _has_image(page) -> bool:
    import pypdfium2.raw as pdfium_c

    return any(True for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2))


def read_pdf(data: bytes, name: str = "file") -> tuple[list[list[str]], dict[str, str], bool]:
    """Pages of lines, the document information (Title, Author...), and whether OCR was used."""
    if b"%PDF" not in data[:1024]:
        raise DocumentError(f"{name}: not a PDF")
    if _ENCRYPT.search(data):
        # PDFium opens owner-password-only files silently; a protected report is refused either way
        # so that nothing is stored from a file its publisher meant to restrict.
        raise DocumentError(f"{name}: the PDF is encrypted or password-protected")
    check_streams(data, name)
    document = _open(data, name)
    try:
        count = len(document)
        if count == 0:
            raise DocumentError(f"{name}: the PDF has no pages")
        if count > MAX_PAGES:
            raise DocumentError(f"{name}: {count} pages is more than the limit of {MAX_PAGES}")
        try:
            info = {k: v for k, v in document.get_metadata_dict().items() if isinstance(v, str) and v.strip()}
        except Exception:  # noqa: BLE001 - damaged info dictionaries are common and harmless
            info = {}
        pages: list[list[str]] = []
        used_ocr = False
        for index in range(count):
            page = document[index]
            try:
                textpage = page.get_textpage()
                text = textpage.get_text_range()
                textpage.close()
                if len(text.strip()) < MIN_PAGE_CHARS and _has_image(page):
                    text = _ocr_page(page, name)
                    used_ocr = True
            finally:
                page.close()
            text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x02", "-\n").replace("\ufffe", "-\n")
            pages.append(text.split("\n"))
        return pages, info, used_ocr
    finally:
        document.close()
