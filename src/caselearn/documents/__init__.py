"""Documents: read a report file of any supported format into one normalised text
with a page map and sections. Stage 1 of the flow; imports nothing from later stages."""

from caselearn.documents.model import DocumentError, ParsedDocument, Section
from caselearn.documents.readers import content_hash, parse_bytes, read_file

__all__ = ["DocumentError", "ParsedDocument", "Section", "content_hash", "parse_bytes", "read_file"]
