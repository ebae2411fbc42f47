"""HTML: the visible text of the page. Scripts, styles, site chrome and other non-content elements
are dropped, never run; a page with <main> gives its title block (the part outside <main> that holds
the <h1>: partnership, title, date of publication) and then <main>; headings are kept as headings;
a form's two-cell row (a short label and a short value) is one line, "Age at incident | 16 weeks",
as the DOCX reader gives table rows. The encoding comes from the BOM, the meta charset or detection."""

from __future__ import annotations

import re

from caselearn.documents.list_numbers import html_item_label
from caselearn.documents.model import DocumentError
from caselearn.documents.normalise import Block, join_cells

DROP = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "head", "form")
BLOCKS = {
    "p", "div", "section", "article", "li", "dt", "dd", "blockquote", "pre", "tr", "td", "th",
    "h1", "h2", "h3", "h4", "h5", "h6", "caption", "figcaption", "address", "main", "header", "footer",
}  # fmt: skip
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
# Website chrome around a published report: navigation, cookie banners, breadcrumbs, skip links.
CHROME_ROLES = {"navigation", "banner", "contentinfo", "search", "dialog", "alertdialog"}
CHROME_WORDS = re.compile(r"cookie|consent|breadcrumb|skip[-_]?(link|to)|site[-_]?(header|footer|nav)|menu|share", re.I)


def _is_chrome(tag) -> bool:
    if tag.name == "nav" or (tag.get("role") or "").lower() in CHROME_ROLES:
        return True
    marks = " ".join([tag.get("id") or "", *(tag.get("class") or [])])
    return bool(marks.strip()) and bool(CHROME_WORDS.search(marks))


def _content_roots(soup) -> list:  # noqa: ANN001 - BeautifulSoup tags
    """The page's main content: <main> (or role=main) when there is one, else the body; a title
    block outside <main> that holds the page's <h1> (a report page's <header>: partnership, title,
    review method, date of publication) comes first."""
    main = soup.find("main") or soup.find(attrs={"role": "main"})
    if main is None or not main.get_text(" ", strip=True):
        return [soup.body or soup]
    h1 = soup.find("h1")
    if h1 is None or any(parent is main for parent in h1.parents):
        return [main]
    block = h1
    while block.parent is not None and block.parent.name not in ("body", "html", "[document]"):
        if block.parent.find(lambda tag: tag is main):
            break
        block = block.parent
    if block.find(lambda tag: tag is main):
        return [main]
    return [block, main]


def read_html(data: bytes, name: str = "file") -> tuple[list[list[Block]], dict[str, str]]:
    from bs4 import BeautifulSoup, UnicodeDammit
    from bs4.element import NavigableString, Tag

    dammit = UnicodeDammit(data, is_html=True)
    if dammit.unicode_markup is None:
        raise DocumentError(f"{name}: cannot tell the text encoding")
    soup = BeautifulSoup(dammit.unicode_markup, "lxml")
    info: dict[str, str] = {}
    if soup.title and soup.title.string:
        info["Title"] = " ".join(soup.title.string.split())
    for meta in soup.find_all("meta"):
        key = (meta.get("name") or "").lower()
        if key in ("author", "dc.creator") and meta.get("content"):
            info["Author"] = meta["content"].strip()
        elif key in ("dcterms.issued", "dc.date", "date") and meta.get("content"):
            info["CreationDate"] = meta["content"].strip()
    h1 = soup.find("h1")
    if h1 is not None and h1.get_text(" ", strip=True):
        info["Title"] = " ".join(h1.get_text(" ", strip=True).split())
    for element in soup.find_all(DROP):
        element.decompose()
    total = len((soup.body or soup).get_text(" ", strip=True)) or 1
    for element in [tag for tag in soup.find_all(True) if _is_chrome(tag)]:
        # never drop a wrapper that holds most of the page
        if not element.decomposed and len(element.get_text(" ", strip=True)) < 0.4 * total:
            element.decompose()
    roots = _content_roots(soup)
    blocks: list[Block] = []
    buffer: list[str] = []

    def flush(heading: bool = False) -> None:
        text = " ".join("".join(buffer).split())
        buffer.clear()
        if text:
            blocks.append(Block(text, heading=heading))

    def walk(node) -> None:
        items = 0  # <li> children seen so far, when node is an <ol>
        for child in node.children:
            if isinstance(child, NavigableString):
                if type(child) is NavigableString:  # not comments, CDATA or doctype
                    buffer.append(str(child))
            elif isinstance(child, Tag):
                if child.name == "br":
                    buffer.append(" ")
                elif child.name == "tr" and _field_row(child):
                    # a form's two-cell row is one statement, as the DOCX reader gives it: "Age at incident | 16 weeks"
                    flush()
                    blocks.append(Block(join_cells([" ".join(c.get_text(" ").split()) for c in _cells(child)])))
                elif child.name in HEADINGS:
                    flush()
                    walk(child)
                    flush(heading=True)
                elif child.name in BLOCKS:
                    flush()
                    if node.name == "ol" and child.name == "li":
                        label = html_item_label(node, items, child.get("value"))
                        items += 1
                        if label:
                            buffer.append(label + " ")
                    walk(child)
                    flush()
                else:
                    walk(child)

    for root in roots:
        walk(root)
        flush()
    if not blocks:
        raise DocumentError(f"{name}: the page has no text")
    return [blocks], info


def _cells(row) -> list:  # noqa: ANN001
    return row.find_all(("td", "th"), recursive=False)


def _field_row(row) -> bool:  # noqa: ANN001
    """A form's field: a row of exactly two cells, a short label and a short value ("Age at incident",
    "16 weeks"), holding no table of its own (a table describing people or events keeps a paragraph a cell)."""
    cells = _cells(row)
    if len(cells) != 2 or row.find("table") is not None:
        return False
    label, value = (" ".join(cell.get_text(" ").split()) for cell in cells)
    return 0 < len(label) <= 40 and 0 < len(value) <= 80
