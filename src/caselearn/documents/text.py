"""Plain text: detect the encoding (UTF-8, UTF-16 with BOM, else charset detection, e.g.
Windows-1252) and refuse binary data that merely has a text name."""

from __future__ import annotations

import codecs

from caselearn.documents.model import DocumentError

_CONTROL = set(range(0, 9)) | {11, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 127}


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KB (UTF-16 with a BOM is text)."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    head = data[:8192]
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b in _CONTROL and b != 12)
    return control > max(2, len(head) // 100)


def decode(data: bytes, name: str = "file") -> tuple[str, str]:
    """The text and the encoding it was read with."""
    if looks_binary(data):
        raise DocumentError(f"{name}: binary data, not text")
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                raise DocumentError(f"{name}: damaged {encoding} text") from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # Not UTF-8: reports of English partnerships saved on Windows are Windows-1252. Statistical
    # detectors often mistake short English cp1252 text for cp1250 or cp1257 (turning £ into Ł,
    # ñ into ń), so cp1252 wins whenever it decodes; the detector decides only when it cannot.
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    for encoding in ([best.encoding] if best is not None else []) + ["latin-1"]:
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError):
            continue
    raise DocumentError(f"{name}: cannot tell the text encoding")  # pragma: no cover (latin-1 decodes all)


def read_text(data: bytes, name: str = "file") -> tuple[list[list[str]], str]:
    """Pages (split at form feeds) of lines, and the encoding used."""
    text, encoding = decode(data, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    pages = [page.split("\n") for page in text.split("\f")]
    if pages and not any(line.strip() for line in pages[-1]) and len(pages) > 1:
        pages.pop()
    return pages, encoding
