"""Normalisation: from the raw lines of each page to one stored text.

- running headers and footers (lines repeated near the top or bottom of many pages,
  digits aside) and bare page numbers are dropped;
- wrapped lines are joined into paragraphs, and a word hyphenated at a line end is
  mended ("expe-" + "rience" -> "experience");
- paragraphs are separated by a blank line; headings stand alone;
- a text table's rows ("| Sex | Girl | Boy |") stay one line each, cells joined by " | " without
  the empty ones, as the DOCX reader gives a table's rows; its rule rows ("|---|---|") are dropped;
- so do the rows of a table or form laid out with spaces ("Age      2 yrs 3 mths     M"): cells are
  parted by two or more spaces (not a sentence's double space after "." or "!") and by inner bars
  ("Item     | Detail"), and an indented line under a row continues the cell above it; a form's
  "Label:" cell stays with its value ("Sex: F"), and a "Label: value" line right under such a row is
  one more field, not a heading; a bracketed aside after a gap is no cell, nor is a numbered heading
  ("Section 2    Background");
- ruled lines ("-----", "=====") are dropped, and a short line alone between two of them is a
  heading (a banner);
- the page map records the offset at which each page's text starts.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Block:
    """A paragraph (or heading) as a reader delivers it."""

    text: str
    heading: bool = False


@dataclass
class Normalised:
    text: str
    page_map: list[int]
    headings: list[tuple[int, int]] = field(default_factory=list)  # (start, end) of heading paragraphs


PAGE_NUMBER = re.compile(
    r"^\s*(?:[-–—]\s*)?(?:page\s+)?(?:\d{1,4}|[ivxlc]{1,6})(?:\s*(?:of|/)\s*\d{1,4})?(?:\s*[-–—])?\s*$", re.I
)
TOC_LINE = re.compile(r"(?:\.{4,}|…{2,}|(?:\. ){4,})\s*\d{1,4}\s*$")
NUMBERED_PARA = re.compile(r"^\s*(?:\d{1,3}(?:\.\d{1,3})+\.?|\(?[a-z]\)|\(?[ivx]{1,4}\))\s+\S")
NUMBERED_HEADING = re.compile(r"^\s*(?:(?:section|part|chapter)\s+)?\d{1,2}\.?\s+[A-Z‘'\"][^.!?]{1,90}$", re.I)
BULLET = re.compile(r"^\s*(?:[•●▪◦‣∙·*\-–]|\d{1,3}[.)])\s+")
SENTENCE_END = re.compile(r"[.!?:;\"”’)\]]\s*$")
HYPHEN_END = re.compile(r"[A-Za-z]-$")
TABLE_ROW = re.compile(r"^\|.*\|$")
TABLE_RULE = re.compile(r"^\|?(?:\s*:?-{3,}:?\s*\|)+(?:\s*:?-{3,}:?\s*)?$")
RULED_LINE = re.compile(r"^\+?(?:[-=_~─━═]{5,}\+?)+$")
FORM_FIELD = re.compile(r"^[A-Z][\w /&()'’-]{0,40}:\s+\S")
CELL_GAP = re.compile(r"(?<=\S)(?:(?<![.!]) {2}| {3,})(?=\S)")
SECTION_LABEL = re.compile(
    r"^(?:(?:section|part|chapter|appendix|annex)\s+)?(?:\d{1,2}(?:\.\d{1,2})*|[a-z]|one|two|three|four|five|six|seven|"
    r"eight|nine|ten)\.?$",
    re.I,
)


def join_cells(cells: list[str]) -> str:
    """A table row as one line: its non-empty cells joined by " | " (every reader's table rows)."""
    return " | ".join(cell.strip() for cell in cells if cell.strip())


def table_row(line: str) -> str:
    """A text table's row ("| Sex | Girl | Boy |") as one line: "Sex | Girl | Boy"."""
    return join_cells(line.strip("|").split("|"))


def spaced_cells(raw: str) -> list[tuple[int, str]]:
    """A line laid out in columns by runs of spaces, as (column, cell) pairs; [] for a line of
    one cell, or a numbered heading ("Section 1   Introduction") that only looks like a row."""
    line = raw.expandtabs(8).rstrip()
    indent = len(line) - len(line.lstrip())
    if "|" in line[indent + 1 :] and (line[indent:].startswith("|") or CELL_GAP.search(line, indent)):
        # a table drawn with inner bars ("Nov 2023  | School   | CSE screening ..."): the bars part
        # the cells, and a wrapped line's empty first cells keep its text under the right column
        bars = [indent - 1] + [k for k, ch in enumerate(line) if ch == "|" and k >= indent]
        ends = bars[1:] + [len(line)]
        barred = [(start + 1, line[start + 1 : end]) for start, end in zip(bars, ends, strict=True)]
        barred = [(start + len(cell) - len(cell.lstrip()), cell.strip()) for start, cell in barred]
        if len(barred) >= 2 and any(cell for _, cell in barred[1:]):
            return [(start, cell) for start, cell in barred if cell] if barred[0][1] else barred
    gaps = list(CELL_GAP.finditer(line, indent))
    if not gaps:
        return []
    starts = [indent] + [gap.end() for gap in gaps]
    ends = [gap.start() for gap in gaps] + [len(line)]
    cells: list[tuple[int, str]] = []
    for start, end in zip(starts, ends, strict=True):
        cell = line[start:end]
        if cells and cell.startswith("(") and cell.endswith(")"):
            # an aside in brackets goes with the text before it ('"Baby R"    (published 2024)')
            cells[-1] = (cells[-1][0], line[cells[-1][0] : end])
        else:
            cells.append((start, cell))
    if len(cells) < 2:
        return []
    if len(cells) == 2 and SECTION_LABEL.match(cells[0][1]):
        return []
    return cells


def _fields(cells: list[str]) -> list[str]:
    """A form's "Label:" cell put back with the value after it ("Age:   4" -> "Age: 4"), the line
    a form field gives wherever it is written with one space."""
    out: list[str] = []
    for cell in cells:
        if out and out[-1].endswith(":") and cell.strip():
            out[-1] = f"{out[-1]} {cell}"
        else:
            out.append(cell)
    return out


def _ruled(line: str) -> bool:
    return bool(RULED_LINE.match(line.replace(" ", "")))


def _between_rules(lines: list[str], content: list[int], i: int) -> bool:
    """A banner heading: the line (``content`` lists the page's non-empty lines, ``i`` among them)
    is the only text between two ruled lines."""
    k = bisect_left(content, i)
    before = lines[content[k - 1]] if k > 0 else ""
    after = lines[content[k + 1]] if k + 1 < len(content) else ""
    return _ruled(before) and _ruled(after)


def continues_row(raw: str, columns: list[int]) -> bool:
    """An indented line under a spaced row, starting at or after the row's second column."""
    line = raw.expandtabs(8)
    indent = len(line) - len(line.lstrip())
    return indent > 0 and len(columns) > 1 and indent >= columns[1] - 2


def clean(text: str) -> str:
    """Unicode NFC, no control characters, single spaces, ligatures unfolded."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\u00ad", "").replace("\ufb01", "fi").replace("\ufb02", "fl").replace("\ufb00", "ff")
    text = "".join(ch if ch.isprintable() or ch in "\t" else " " for ch in text)
    return " ".join(text.split())


def _signature(line: str) -> str:
    return re.sub(r"\d+", "#", line.lower()).strip()


def running_lines(pages: list[list[str]], edge: int = 3) -> set[str]:
    """Signatures of lines that recur near the top or bottom of at least half the pages
    (and at least 3 of them): running headers and footers."""
    if len(pages) < 3:
        return set()
    counts: Counter[str] = Counter()
    for lines in pages:
        content = [line for line in (clean(x) for x in lines) if line]
        seen = {_signature(line) for line in content[:edge] + content[-edge:] if len(line) < 160}
        counts.update(seen)
    threshold = max(3, (len(pages) + 1) // 2)
    return {sig for sig, n in counts.items() if n >= threshold and sig not in ("", "#")}


def _is_heading_line(line: str, previous: str | None) -> bool:
    if NUMBERED_PARA.match(line) or len(line) > 90 or SENTENCE_END.search(line) or line.endswith(","):
        return False
    if NUMBERED_HEADING.match(line):
        return True
    words = line.split()
    if not 1 <= len(words) <= 10 or not line[0].isupper():
        return False
    ended = previous is None or bool(SENTENCE_END.search(previous))
    return ended and sum(w[0].isupper() for w in words if w[0].isalpha()) >= max(1, len(words) // 2)


def lines_to_blocks(pages: list[list[str]]) -> list[list[Block]]:
    """Paragraphs from wrapped lines, headers/footers/page numbers dropped."""
    running = running_lines(pages)
    out: list[list[Block]] = []
    previous: str | None = None  # the last content line seen, across pages
    open_para: list[str] = []
    open_page = 0

    def close() -> None:
        nonlocal open_para
        if open_para:
            out[open_page].append(Block(_join(open_para)))
            open_para = []

    row: list[str] = []  # the cells of a spaced row still open to continuation lines
    columns: list[int] = []
    form_line = -2  # the index of the page's last line that was a row, or a field under one

    def close_row() -> None:
        nonlocal row, previous
        if row:
            # a table drawn with bars but no outer ones ("Item      | Detail"): the bars part cells too
            text = join_cells(_fields([part for cell in row for part in cell.split("|")]))
            out[-1].append(Block(text))
            previous = text + "."
            row = []

    for page_index, raw in enumerate(pages):
        close_row()
        form_line = -2
        out.append([])
        lines = [clean(x) for x in raw]
        content = [i for i, line in enumerate(lines) if line]
        edge = set(content[:3] + content[-3:])
        width = sorted(len(lines[i]) for i in content)[int(len(content) * 0.9)] if content else 0
        for i, line in enumerate(lines):
            if row and line and continues_row(raw[i], columns) and not TABLE_ROW.match(raw[i].rstrip()):
                indent = len(raw[i].expandtabs(8)) - len(raw[i].expandtabs(8).lstrip())
                for column, cell in spaced_cells(raw[i]) or [(indent, line)]:
                    text = clean(cell).strip("| ")  # a wrapped cell of a barred table: the bar is not text
                    if text:
                        at = max(k for k, start in enumerate(columns) if k == 0 or start <= column + 2)
                        row[at] = f"{row[at]} {text}"
                form_line = i
                continue
            close_row()
            if not line:
                close()
                continue
            if i in edge and (_signature(line) in running or PAGE_NUMBER.match(line)):
                continue
            if PAGE_NUMBER.match(line) and (i == content[0] or i == content[-1]):
                continue
            if TOC_LINE.search(line):
                close()
                out[page_index].append(Block(line))
                previous = line
                continue
            rule = TABLE_RULE.match(line)
            if rule or TABLE_ROW.match(line):
                close()
                piped = "" if rule else table_row(line)
                if piped:
                    out[page_index].append(Block(piped))
                    previous = piped + "."
                continue
            if _ruled(line):
                close()
                previous = "."
                continue
            if len(line) <= 90 and _between_rules(lines, content, i):
                close()
                out[page_index].append(Block(line, heading=True))
                previous = line + "."
                continue
            cells = [] if BULLET.match(line) else spaced_cells(raw[i])
            if cells:
                close()
                columns = [column for column, _ in cells]
                row = [clean(cell) for _, cell in cells]
                form_line = i
                continue
            if form_line == i - 1 and FORM_FIELD.match(line):
                # a field of the form above written with one space ("Recommendations: 7"): a line of
                # its own, not a heading
                close()
                out[page_index].append(Block(line))
                previous = line + "."
                form_line = i
                continue
            starts_new = bool(NUMBERED_PARA.match(line) or BULLET.match(line))
            if _is_heading_line(line, previous) and not (open_para and HYPHEN_END.search(open_para[-1])):
                close()
                out[page_index].append(Block(line, heading=True))
                previous = line + "."
                continue
            if open_para and (starts_new or _ends_paragraph(open_para[-1], width)):
                close()
            if not open_para:
                open_page = page_index
            open_para.append(line)
            previous = line
    close_row()
    close()
    return out


def _ends_paragraph(line: str, width: int) -> bool:
    """A line that ends a sentence well short of the page's usual width ends its paragraph."""
    return bool(SENTENCE_END.search(line)) and (width == 0 or len(line) < 0.8 * width)


def _join(lines: list[str]) -> str:
    text = lines[0]
    for line in lines[1:]:
        if HYPHEN_END.search(text) and line[:1].islower():
            text = text[:-1] + line
        else:
            text = f"{text} {line}"
    return text


def assemble(pages: list[list[Block]]) -> Normalised:
    """One text from pages of blocks: paragraphs separated by a blank line, the page map
    and the spans of headings."""
    parts: list[str] = []
    page_map: list[int] = []
    headings: list[tuple[int, int]] = []
    length = 0
    for blocks in pages:
        page_map.append(length + (2 if parts else 0))
        for block in blocks:
            text = clean(block.text)
            if not text:
                continue
            if parts:
                parts.append("\n\n")
                length += 2
            if block.heading:
                headings.append((length, length + len(text)))
            parts.append(text)
            length += len(text)
    text = "".join(parts)
    page_map = [min(offset, len(text)) for offset in page_map] or [0]
    for i in range(1, len(page_map)):
        page_map[i] = max(page_map[i], page_map[i - 1])
    return Normalised(text=text, page_map=page_map, headings=headings)


def normalise_lines(pages: list[list[str]]) -> Normalised:
    return assemble(lines_to_blocks(pages))
