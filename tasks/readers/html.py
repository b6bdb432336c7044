"""Saved web pages: the report's own content (no menus, breadcrumbs or footers), its tables as rows of cells."""

from __future__ import annotations

import codecs
import re

import lxml.html
from lxml import etree

from tasks.readers import DecodeText, Read, Unreadable
from tasks.readers.grid import Span, cell_text, drop_empty, join_lines, render, resolve

META_CHARSET_RE = re.compile(rb"""<meta[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# GB2312 and GBK pages hold GB18030 characters often enough; the superset reads them all.
CHARSET_ALIASES = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "cp936": "gb18030",
    "gb_2312-80": "gb18030",
}
DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "iframe",
    "object",
    "embed",
    "template",
    "svg",
    "select",
    "button",
    "input",
    "textarea",
    "head",
    "nav",
    "map",
    "audio",
    "video",
    "canvas",
)
BLOCK_TAG_NAMES = (
    "p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd section article header footer aside main blockquote pre center"
    " address figure figcaption form fieldset caption tr tbody thead tfoot hr"
)
BLOCK_TAGS = frozenset(BLOCK_TAG_NAMES.split())
TITLE_HINT_RE = re.compile(r"title|tit\b|biaoti|bt\b|headline", re.IGNORECASE)
HAN_RE = re.compile(r"[\u4e00-\u9fff]")
MAIN_SHARE = 0.6  # the main content holds at least this share of the page's text outside links


def decode(data: bytes, decode_text: DecodeText) -> tuple[str, str]:
    """The page's text: a byte-order mark, else the declared `<meta charset>`, else the caller's detection."""
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(enc, errors="replace"), enc.replace("-sig", "")
    m = META_CHARSET_RE.search(data[:20000])
    if m:
        declared = m.group(1).decode("ascii").lower()
        enc = CHARSET_ALIASES.get(declared, declared)
        try:
            codecs.lookup(enc)
        except LookupError:
            enc = ""
        if enc and enc.replace("-", "").replace("_", "") not in ("utf8",):
            # A page saved as UTF-8 that still declares its old charset: valid UTF-8 with Chinese in it is never
            # an accident, while GB18030 decodes nearly any bytes.
            try:
                text = data.decode("utf-8")
                if HAN_RE.search(text):
                    return text, "utf-8"
            except UnicodeDecodeError:
                pass
        if enc:
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError:
                pass  # the declaration is wrong: detect
    try:
        return decode_text(data)
    except ValueError as exc:
        raise Unreadable("undecodable", f"a web page in no encoding a report can be in: {exc}") from None


def _han(text: str | None) -> int:
    return len(HAN_RE.findall(text)) if text else 0


def _measure(root: etree._Element) -> dict[etree._Element, tuple[int, int]]:
    """Han characters below each element: (all, inside links)."""
    sizes: dict[etree._Element, tuple[int, int]] = {}

    def walk(el: etree._Element) -> tuple[int, int]:
        total, linked = _han(el.text), 0
        for child in el:
            if isinstance(child.tag, str):
                t, lk = walk(child)
                total, linked = total + t, linked + lk
            total += _han(child.tail)
        if el.tag == "a":
            linked = total
        sizes[el] = (total, linked)
        return total, linked

    walk(root)
    return sizes


def main_content(body: etree._Element) -> etree._Element:
    """The deepest element holding most of the page's text outside links: the article, not the page around it."""
    sizes = _measure(body)
    total = sizes[body][0] - sizes[body][1]
    node = body
    while True:
        best = None
        for child in node:
            if isinstance(child.tag, str) and child in sizes:
                t, lk = sizes[child]
                if t - lk >= MAIN_SHARE * total:
                    best = child
                    break
        if best is None:
            return node
        node = best


def _title_before(body: etree._Element, main: etree._Element, sizes_main_text: str) -> str | None:
    """The article's title when it stands outside the main content: the closest heading or '*title*' element
    before it."""
    found = None
    for el in body.iter():
        if el is main:
            break
        if not isinstance(el.tag, str) or el.tag == "a":
            continue
        hint = el.tag in ("h1", "h2", "h3") or TITLE_HINT_RE.search(f"{el.get('class', '')} {el.get('id', '')}")
        if not hint:
            continue
        text = join_lines(el.text_content().splitlines())
        linked = _han("".join(el.xpath(".//a//text() | ancestor::a//text()")))
        if _han(text) >= 8 and len(text) <= 120 and linked * 2 < _han(text):
            found = text
    if found and found not in sizes_main_text[: len(found) + 200]:
        return found
    return None


def _rows(table: etree._Element) -> list[etree._Element]:
    return table.xpath("./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr")


def _span(value: str | None) -> int:
    try:
        return min(max(int(str(value).strip() or 1), 1), 1000)
    except ValueError:
        return 1


def _cell_lines(el: etree._Element) -> list[str]:
    """A cell's text split where the page breaks lines: <br>, paragraphs, and the source's own line breaks."""
    parts: list[str] = []

    def walk(node: etree._Element) -> None:
        if node.text:
            parts.append(node.text)
        for child in node:
            if isinstance(child.tag, str):
                if child.tag == "br" or child.tag in BLOCK_TAGS:
                    parts.append("\n")
                walk(child)
                if child.tag in BLOCK_TAGS:
                    parts.append("\n")
            if child.tail:
                parts.append(child.tail)

    walk(el)
    return "".join(parts).splitlines()


def table_grid(table: etree._Element) -> list[list[str]]:
    """A data table's grid with rowspan/colspan resolved and empty padding rows and columns dropped."""
    rows = [
        [
            Span(join_lines(_cell_lines(td)), _span(td.get("rowspan")), _span(td.get("colspan")))
            for td in tr.xpath("./td | ./th")
        ]
        for tr in _rows(table)
    ]
    return drop_empty(resolve(rows))


def _is_layout(table: etree._Element) -> bool:
    """A table used for page layout: it holds another table, or has a single column."""
    if table.xpath(".//table"):
        return True
    widths = [sum(_span(td.get("colspan")) for td in tr.xpath("./td | ./th")) for tr in _rows(table)]
    return max(widths, default=0) <= 1


class _Writer:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.current: list[str] = []
        self.tables = 0

    def text(self, s: str | None) -> None:
        if s:
            self.current.append(s)

    def flush(self) -> None:
        line = join_lines("".join(self.current).splitlines())
        self.current = []
        if line:
            self.lines.append(line.replace("|", "｜") if line.startswith("|") else line)

    def table(self, grid: list[list[str]]) -> None:
        self.flush()
        if grid:
            self.lines += ["", render(grid), ""]
            self.tables += 1

    def walk(self, el: etree._Element) -> None:
        """The element's content; its tail is its parent's."""
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag == "table" and not _is_layout(el):
            self.table(table_grid(el))
            return
        block = tag in BLOCK_TAGS or tag in ("table", "td", "th", "br")
        if block:
            self.flush()
        self.text(el.text)
        for child in el:
            self.walk(child)
            self.text(child.tail)
        if block:
            self.flush()

    def result(self) -> str:
        self.flush()
        text = "\n".join(self.lines)
        return re.sub(r"\n{3,}", "\n\n", text).strip("\n") + "\n"


def to_text(html_text: str) -> tuple[str, int]:
    """A page's main content as text and the number of data tables rendered as rows."""
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    try:
        root = lxml.html.document_fromstring(html_text.encode("utf-8", errors="replace"), parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise Unreadable("undecodable", f"the web page could not be parsed: {exc}") from None
    for el in root.xpath("|".join(f"//{t}" for t in DROP_TAGS)):
        el.drop_tree()
    body = root.find("body")
    if body is None:
        body = root
    main = main_content(body)
    writer = _Writer()
    writer.walk(main)
    text = writer.result()
    title = _title_before(body, main, text)
    if title:
        text = title + "\n" + text
    return text, writer.tables


# A table of HTML inside text: Markdown from a PDF converter (MinerU writes each table as one line of HTML, once
# wrapped in <html><body>), or a report whose tables an editor pasted as markup.
TABLE_FRAGMENT_RE = re.compile(
    r"(?:<html>\s*+<body>\s*+)?<table\b.*?</table\s*>(?:\s*+</body>\s*+</html>)?", re.IGNORECASE | re.DOTALL
)
PAGE_MARKUP_RE = re.compile(r"<\s*/?\s*(?:html|head|body|meta|div|p|span|a|ul|li|h[1-6]|font|title)\b", re.IGNORECASE)


def tables_in_text(text: str) -> tuple[str, int] | None:
    """Text whose only markup is its tables (and <br>): its lines kept as they are, each table as cell rows; None
    for a web page, whose markup is its layout. (A page read whole would run a Markdown file's paragraphs into one
    line; its tables read as text would lose their empty cells.)"""
    fragments = list(TABLE_FRAGMENT_RE.finditer(text))
    if not fragments:
        return None
    outside = TABLE_FRAGMENT_RE.sub("", text)
    if PAGE_MARKUP_RE.search(outside) or len(HAN_RE.findall(outside)) < 20:
        return None
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True)
    out, done, tables = [], 0, 0
    for m in fragments:
        out.append(text[done : m.start()])
        done = m.end()
        root = lxml.html.document_fromstring(m.group().encode("utf-8"), parser=parser)
        rows = []
        for table in root.iter("table"):
            if not _is_layout(table) and (grid := table_grid(table)):
                rows.append(render(grid))
                tables += 1
            elif grid_text := join_lines(table.text_content().splitlines()):
                rows.append(grid_text)  # a table of one column: its text
        out.append("\n\n" + "\n\n".join(rows) + "\n\n")
    out.append(text[done:])
    return "".join(out), tables


def read(data: bytes, decode_text: DecodeText) -> Read:
    """A saved web page: decoded by its declared charset, its main content read with tables as cell rows. Text
    whose only markup is tables (a converter's Markdown) is read as text, its tables as cell rows."""
    html_text, encoding = decode(data, decode_text)
    if embedded := tables_in_text(html_text):
        return Read(text=embedded[0], format="text", encoding=encoding, pages=None, tables=embedded[1])
    text, tables = to_text(html_text)
    return Read(text=text, format="html", encoding=encoding, pages=None, tables=tables)


__all__ = ["cell_text", "decode", "main_content", "read", "table_grid", "tables_in_text", "to_text"]
