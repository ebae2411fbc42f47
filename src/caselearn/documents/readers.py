"""Readers per format. (Foundation: plain UTF-8 text only; the repository work adds the rest.)"""

from __future__ import annotations

from pathlib import Path

from caselearn.documents.model import ParsedDocument
from caselearn.errors import UserError


class DocumentError(UserError):
    """A file that cannot be read as a report (corrupt, encrypted, empty, unsupported...)."""


def read_file(path: str | Path) -> ParsedDocument:
    path = Path(path)
    if path.suffix.lower() not in (".txt", ".text", ".md"):
        raise DocumentError(f"{path.name}: unsupported file type {path.suffix or '(none)'}")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise DocumentError(f"{path.name}: not UTF-8 text") from None
    return ParsedDocument(text=text, media_type="text/plain")
