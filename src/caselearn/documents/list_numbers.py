"""List numbers that a viewer draws but the text does not contain: Word's automatic numbering
and HTML's <ol>. Readers put them back ("3. ...") so that the stored text reads as the report
did on screen (recommendation 3 is still "3.")."""

from __future__ import annotations

import re

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))  # fmt: skip


def _roman(n: int) -> str:
    out = []
    for value, letters in _ROMAN:
        count, n = divmod(n, value)
        out.append(letters * count)
    return "".join(out)


def _letters(n: int) -> str:
    out = ""
    while n > 0:
        n, rest = divmod(n - 1, 26)
        out = chr(ord("a") + rest) + out
    return out


def format_number(n: int, kind: str) -> str | None:
    """`n` in a list style (Word's numFmt names; HTML's type letters map onto them).
    None for bullets and styles without a number."""
    if kind in ("decimal", "decimalZero", "1"):
        return f"{n:02d}" if kind == "decimalZero" else str(n)
    if kind in ("lowerLetter", "a"):
        return _letters(n)
    if kind in ("upperLetter", "A"):
        return _letters(n).upper()
    if kind in ("lowerRoman", "i"):
        return _roman(n)
    if kind in ("upperRoman", "I"):
        return _roman(n).upper()
    return None


def html_item_label(ol, index: int, value: str | None = None) -> str | None:
    """The label a browser draws before the `index`-th (0-based) <li> of an <ol> tag ("4."
    with start=4; an <li value=N> shows N), or None."""
    try:
        number_value = int(value) if value else int(ol.get("start") or 1) + index
    except ValueError:
        number_value = index + 1
    number = format_number(number_value, ol.get("type") or "1")
    return f"{number}." if number is not None else None


class WordNumbering:
    """Counts Word's automatic list numbers paragraph by paragraph, in body order."""

    def __init__(self, numbering_element, style_numbering: dict[str, tuple[str, int]]):
        self._levels: dict[str, dict[int, tuple[str, str, int]]] = {}  # numId -> ilvl -> (fmt, text, start)
        self._style_numbering = style_numbering
        self._counters: dict[str, dict[int, int]] = {}
        if numbering_element is None:
            return
        abstract = {}
        for node in numbering_element.iter(f"{W}abstractNum"):
            abstract[node.get(f"{W}abstractNumId")] = self._read_levels(node)
        for node in numbering_element.iter(f"{W}num"):
            ref = node.find(f"{W}abstractNumId")
            levels = dict(abstract.get(ref.get(f"{W}val") if ref is not None else None, {}))
            for override in node.iter(f"{W}lvlOverride"):
                ilvl = int(override.get(f"{W}ilvl", "0"))
                start = override.find(f"{W}startOverride")
                if start is not None and ilvl in levels:
                    fmt, text, _ = levels[ilvl]
                    levels[ilvl] = (fmt, text, int(start.get(f"{W}val", "1")))
            self._levels[node.get(f"{W}numId")] = levels

    @staticmethod
    def _read_levels(abstract_num) -> dict[int, tuple[str, str, int]]:
        levels = {}
        for lvl in abstract_num.iter(f"{W}lvl"):
            fmt = lvl.find(f"{W}numFmt")
            text = lvl.find(f"{W}lvlText")
            start = lvl.find(f"{W}start")
            levels[int(lvl.get(f"{W}ilvl", "0"))] = (
                fmt.get(f"{W}val", "decimal") if fmt is not None else "decimal",
                text.get(f"{W}val", "") if text is not None else "",
                int(start.get(f"{W}val", "1")) if start is not None else 1,
            )
        return levels

    def label(self, paragraph, style_id: str | None) -> str | None:
        """The number Word would draw before this w:p ("2.", "b)"), or None."""
        num_pr = paragraph.find(f"{W}pPr/{W}numPr")
        num_id, ilvl = None, 0
        if num_pr is not None:
            num_el, ilvl_el = num_pr.find(f"{W}numId"), num_pr.find(f"{W}ilvl")
            num_id = num_el.get(f"{W}val") if num_el is not None else None
            ilvl = int(ilvl_el.get(f"{W}val", "0")) if ilvl_el is not None else 0
        elif style_id in self._style_numbering:
            num_id, ilvl = self._style_numbering[style_id]
        levels = self._levels.get(num_id or "")
        if not levels or ilvl not in levels:
            return None  # numId 0 switches numbering off
        counters = self._counters.setdefault(num_id, {})
        counters[ilvl] = counters.get(ilvl, levels[ilvl][2] - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        fmt, text, _ = levels[ilvl]
        if format_number(1, fmt) is None or not text:
            return None

        def level_number(match: re.Match) -> str:
            level = int(match.group(1)) - 1
            level_fmt, _text, level_start = levels.get(level, ("decimal", "", 1))
            return format_number(counters.get(level, level_start), level_fmt) or ""

        return re.sub(r"%([1-9])", level_number, text).strip() or None


def style_numbering(styles_element) -> dict[str, tuple[str, int]]:
    """styleId -> (numId, ilvl) for paragraph styles that carry numbering ("List Number")."""
    found: dict[str, tuple[str, int]] = {}
    if styles_element is None:
        return found
    for style in styles_element.iter(f"{W}style"):
        num_pr = style.find(f"{W}pPr/{W}numPr")
        if num_pr is None:
            continue
        num_el, ilvl_el = num_pr.find(f"{W}numId"), num_pr.find(f"{W}ilvl")
        if num_el is not None:
            ilvl = int(ilvl_el.get(f"{W}val", "0")) if ilvl_el is not None else 0
            found[style.get(f"{W}styleId")] = (num_el.get(f"{W}val"), ilvl)
    return found
