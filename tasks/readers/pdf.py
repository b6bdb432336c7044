"""PDF: the text layer in reading order, ruled tables as rows of cells, page furniture removed.

pdfplumber (MIT) finds the ruled tables (`find_tables`, lines strategy) and gives every character with its box; the
rest is ours: cells resolved onto the grid of the table's rulings, text outside the tables joined back into
paragraphs from the page geometry, running headers, footers and page numbers dropped, and a table continued on the
next page joined to its first part.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from io import BytesIO
from itertools import pairwise
from statistics import median

import cn2an

from tasks.readers import DecodeText, Read, Unreadable
from tasks.readers.grid import join_lines, render

TABLE_SETTINGS = {
    "vertical_strategy": "lines",
    "horizontal_strategy": "lines",
    "snap_tolerance": 3,
    "join_tolerance": 3,
    "intersection_tolerance": 3,
}
EDGE_TOLERANCE = 2.0  # points: two rulings this close are one grid line
PART_TOLERANCE = 4.0  # … and two rulings of a table's parts on two pages
BAND = 0.15  # running headers and footers live in the top and bottom 15% of a page
DASHES = "-—–－一~·•"
PAGE_NUMBER_RE = re.compile(
    rf"[{DASHES}]*\s*[0-9０-９]{{1,4}}\s*[{DASHES}]*"
    rf"|[{DASHES}]+\s*[一二三四五六七八九十百]{{1,4}}\s*[{DASHES}]+"
    r"|第\s*[0-9０-９]{1,4}\s*页(?:\s*[,，/]?\s*共\s*[0-9０-９]{1,4}\s*页)?"
    r"|共\s*[0-9０-９]{1,4}\s*页\s*[,，]?\s*第\s*[0-9０-９]{1,4}\s*页"
    r"|(?:page\s*)?[0-9]{1,4}\s*(?:/|of)\s*[0-9]{1,4}",
    re.IGNORECASE,
)
SENTENCE_END = frozenset("。！？；：”）.!?;:")
HEADING_RE = re.compile(r"[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.、．](?!\d)")
DIGITS_RE = re.compile(r"[0-9０-９]+")
FULL_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
HAN_RE = re.compile(r"[\u4e00-\u9fff]")
# A report's title whole on its line, its year in it.
TITLE_RE = re.compile(r"[^，,。；;：:]{0,40}(?:19|20)\d\d[^，,。；;：:]{0,40}报告")
TITLE_LINES = 8


@dataclass
class Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    page: int
    page_width: float


@dataclass
class Grid:
    """A table part on one page: the text at every grid position and the cell (its id and row span) it comes from."""

    texts: list[list[str]]
    cells: list[list[int]]  # cell id per position, -1 where no cell covers it
    rowspans: dict[int, int]
    xs: list[float]  # the column rulings, left to right
    top: float
    bottom: float
    page: int
    rows_dropped: int = 0  # repeated header rows of continuations
    open_top: bool = False  # the page break cut its first row: no ruling closes it above
    open_bottom: bool = False  # … or its last row below

    @property
    def width(self) -> int:
        return len(self.texts[0]) if self.texts else 0


def _edges(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > EDGE_TOLERANCE:
            out.append(v)
    return out


def _index(edges: list[float], value: float) -> int:
    """The grid line nearest to `value`."""
    i = bisect_right(edges, value)
    if i == 0:
        return 0
    if i == len(edges) or value - edges[i - 1] <= edges[i] - value:
        return i - 1
    return i


def _text_of(chars: list[dict]) -> list[str]:
    """Characters as lines: grouped by baseline, ordered left to right, a space where a gap is wider than a third
    of a character."""
    chars = sorted(chars, key=lambda ch: (round(ch["bottom"]), ch["x0"]))
    lines: list[list[dict]] = []
    for ch in chars:
        if lines and abs(lines[-1][-1]["bottom"] - ch["bottom"]) <= max(ch["size"], 1) * 0.4:
            lines[-1].append(ch)
        else:
            lines.append([ch])
    out = []
    for line in lines:
        line.sort(key=lambda ch: ch["x0"])
        text, last = "", None
        for ch in line:
            if not ch["text"].strip():  # a space the PDF prints, however narrow its font draws it
                text += " " * bool(text and not text.endswith(" "))
                continue
            if last is not None and ch["x0"] - last["x1"] > max(ch["size"], 1) / 3 and not text.endswith(" "):
                text += " "
            text += ch["text"]
            last = ch
        out.append(text.rstrip())
    return [t for t in out if t]


def table_grid(table, chars: list[dict], page: int) -> Grid | None:
    """A found table's cells placed on the grid of its rulings, each cell's text at every position it covers."""
    cells = table.cells
    xs = _edges([c[0] for c in cells] + [c[2] for c in cells])
    ys = _edges([c[1] for c in cells] + [c[3] for c in cells])
    if len(xs) < 2 or len(ys) < 2:
        return None
    width, height = len(xs) - 1, len(ys) - 1
    owner = [[-1] * width for _ in range(height)]
    rowspans: dict[int, int] = {}
    for k, (x0, top, x1, bottom) in enumerate(cells):
        c0, c1 = _index(xs, x0), _index(xs, x1)
        r0, r1 = _index(ys, top), _index(ys, bottom)
        rowspans[k] = max(r1 - r0, 1)
        for r in range(r0, max(r1, r0 + 1)):
            for c in range(c0, max(c1, c0 + 1)):
                if r < height and c < width and owner[r][c] == -1:
                    owner[r][c] = k
    per_cell: dict[int, list[dict]] = {}
    for ch in chars:
        cx, cy = (ch["x0"] + ch["x1"]) / 2, (ch["top"] + ch["bottom"]) / 2
        c, r = bisect_right(xs, cx) - 1, bisect_right(ys, cy) - 1
        if 0 <= r < height and 0 <= c < width and owner[r][c] >= 0:
            per_cell.setdefault(owner[r][c], []).append(ch)
    texts_of = {k: join_lines(_text_of(chs)).replace("|", "｜") for k, chs in per_cell.items()}
    texts = [[texts_of.get(k, "") if k >= 0 else "" for k in row] for row in owner]
    offset = 100_000 * page  # cell ids stay distinct when parts of several pages are joined
    owner = [[k + offset if k >= 0 else -1 for k in row] for row in owner]
    rowspans = {k + offset: n for k, n in rowspans.items()}
    return Grid(texts, owner, rowspans, xs, top=ys[0], bottom=ys[-1], page=page)


def _open_ends(page) -> list[dict]:
    """Rulings that close a table a page break cut through a row: a browser or a word processor lets a tall row
    run on to the next page, and draws the row's part on each page without the ruling between them — its column
    rulings run on to the page's foot (or down from its head) where no horizontal ruling meets them, and
    pdfplumber, which reads only closed cells, would leave the row's part out. A closing ruling is added where at
    least three column rulings of a table end together and horizontal rulings do not close them there; the row
    itself was cut ("cut") where they leave most of that width open — where only a group's label spanning the
    break is open (三、本年度办理结果 beside closed rows), the rows are whole."""
    edges = [e for e in page.edges if max(e["width"], e["height"]) > EDGE_TOLERANCE]
    vertical = [e for e in edges if e["orientation"] == "v"]
    horizontal = [e for e in edges if e["orientation"] == "h"]
    if len(vertical) < 3 or not horizontal:
        return []
    added = []
    for end, pick in (("bottom", max), ("top", min)):
        y = pick(e[end] for e in vertical)
        ends = [e for e in vertical if abs(e[end] - y) <= EDGE_TOLERANCE]
        if len(_edges([e["x0"] for e in ends])) < 3:
            continue
        x0, x1 = min(e["x0"] for e in ends), max(e["x1"] for e in ends)
        across = [h for h in horizontal if h["x0"] <= x1 and h["x1"] >= x0]
        closed = _covered([(h["x0"], h["x1"]) for h in across if abs(h["top"] - y) <= EDGE_TOLERANCE], x0, x1)
        # the rulings come from a table: three at least start (or end) on one of its horizontal rulings (a column
        # of a cell that spans the whole page's part runs from the page's head to its foot)
        other = "top" if end == "bottom" else "bottom"
        meets = [e["x0"] for e in ends if any(abs(h["top"] - e[other]) <= EDGE_TOLERANCE for h in across)]
        if closed < 1 - EDGE_TOLERANCE / (x1 - x0) and len(_edges(meets)) >= 3:
            added.append(
                {
                    # the rows themselves open there, not only cells that span the page break (a group's label)
                    "cut": closed < 0.5,
                    "object_type": "closing_edge",
                    "orientation": "h",
                    "x0": x0,
                    "x1": x1,
                    "top": y,
                    "bottom": y,
                    "width": x1 - x0,
                    "height": 0,
                    "end": end,
                }
            )
    return added


def _covered(spans: list[tuple[float, float]], x0: float, x1: float) -> float:
    """How much of x0…x1 the spans cover, as a share of it."""
    covered, reach = 0.0, x0
    for a, b in sorted(spans):
        a, b = max(a, reach), min(b, x1)
        if b > a:
            covered += b - a
            reach = b
    return covered / (x1 - x0) if x1 > x0 else 1.0


def _inside(ch: dict, boxes: list[tuple[float, float, float, float]]) -> bool:
    cx, cy = (ch["x0"] + ch["x1"]) / 2, (ch["top"] + ch["bottom"]) / 2
    return any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in boxes)


def page_blocks(page, number: int) -> tuple[list[Line | Grid], bool]:
    """A page's text lines outside its tables and its tables, top to bottom; and whether it has any text at all.
    A character drawn twice where it stands (a bold simulated by printing the text again a fraction of a point
    aside, as virtual printers do) is read once (pdfplumber's dedupe_chars): 某某某某镇镇 is 某某镇."""
    chars = [ch for ch in page.chars if ch.get("text")]
    if _printed_twice(chars):
        from pdfplumber.utils import dedupe_chars

        chars = dedupe_chars(chars)
    if not any(ch["text"].strip() for ch in chars):
        return [], False
    closing = _open_ends(page) if page.rects or page.lines else []
    found = page.find_tables(dict(TABLE_SETTINGS, explicit_horizontal_lines=closing) if closing else TABLE_SETTINGS)
    boxes = [t.bbox for t in found]
    blocks: list[Line | Grid] = []
    table_chars: list[list[dict]] = [[] for _ in found]
    loose: list[dict] = []
    for ch in chars:
        for i, box in enumerate(boxes):
            if _inside(ch, [box]):
                table_chars[i].append(ch)
                break
        else:
            loose.append(ch)
    for i, table in enumerate(found):
        grid = table_grid(table, table_chars[i], number)
        if grid is not None and any(any(row) for row in grid.texts):
            for edge in (e for e in closing if e["cut"]):
                if edge["x0"] - EDGE_TOLERANCE <= grid.xs[0] and grid.xs[-1] <= edge["x1"] + EDGE_TOLERANCE:
                    if edge["end"] == "top" and abs(edge["top"] - grid.top) <= EDGE_TOLERANCE:
                        grid.open_top = True
                    if edge["end"] == "bottom" and abs(edge["top"] - grid.bottom) <= EDGE_TOLERANCE:
                        grid.open_bottom = True
            blocks.append(grid)
    for group in _group_lines(loose):
        text = " ".join(_text_of(group))
        group = [ch for ch in group if ch["text"].strip()]  # the line's box is its ink's
        if text and group:
            blocks.append(
                Line(
                    text,
                    min(c["x0"] for c in group),
                    max(c["x1"] for c in group),
                    min(c["top"] for c in group),
                    max(c["bottom"] for c in group),
                    median(c["size"] for c in group),
                    number,
                    float(page.width),
                )
            )
    blocks.sort(key=lambda b: b.top)
    return blocks, True


def _printed_twice(chars: list[dict]) -> bool:
    """Whether some character stands twice where it is (within a point): pdfplumber's dedupe_chars, three times the
    cost of reading the page, runs only then."""
    seen: dict[tuple[str, int], list[float]] = {}
    for ch in chars:
        xs = seen.setdefault((ch["text"], round(ch["top"])), [])
        if any(abs(ch["x0"] - x) <= 1 for x in xs):
            return True
        xs.append(ch["x0"])
    return False


def _group_lines(chars: list[dict]) -> list[list[dict]]:
    chars = sorted(chars, key=lambda ch: (ch["bottom"], ch["x0"]))
    groups: list[list[dict]] = []
    for ch in chars:
        if groups and abs(groups[-1][-1]["bottom"] - ch["bottom"]) <= max(ch["size"], 1) * 0.4:
            groups[-1].append(ch)
        else:
            groups.append([ch])
    return groups


# --- furniture -----------------------------------------------------------------------------------------


def _masked(text: str) -> str:
    return DIGITS_RE.sub("#", re.sub(r"\s+", "", text))


def drop_furniture(pages: list[list[Line | Grid]], heights: list[float]) -> list[list[Line | Grid]]:
    """Without page numbers and running headers or footers: short lines at a page's top or bottom that are a page
    number, or that recur (digits aside) on half the pages or more and are no larger than the body text."""
    candidates: list[list[Line]] = []
    for blocks, height in zip(pages, heights, strict=True):
        lines = [b for b in blocks if isinstance(b, Line)]
        ends = lines[:2] + [ln for ln in lines[-2:] if ln not in lines[:2]]
        candidates.append([ln for ln in ends if ln.bottom < BAND * height or ln.top > (1 - BAND) * height])
    sizes = [b.size for blocks in pages for b in blocks if isinstance(b, Line)]
    body_size = median(sizes) if sizes else 0
    recurring = Counter(m for edge in candidates for m in {_masked(ln.text) for ln in edge})
    need = max(2, (len(pages) + 1) // 2)
    # A page has one number at each edge, the line nearest it: numbers above it at the foot are a table's last
    # cells ('7' / '21' / '— 1 —'), kept. And page numbers count the pages: a number at an edge is the page's only
    # where it keeps step with the page's place, as the edge's others do (a table's '0' carried to the next page's
    # top is no page number, the feet's '— 2 —', '— 3 —' are).
    ends = [_page_number_lines(edge, height) for edge, height in zip(candidates, heights, strict=True)]
    edges = [_steps([(i, ln) for i, pair in enumerate(ends) if (ln := pair[k]) is not None]) for k in (0, 1)]
    out = []
    for blocks, edge, (page_foot, page_head) in zip(pages, candidates, ends, strict=True):
        drop = set()
        numbers = [ln for ln in (page_foot, page_head) if ln is not None and _counts_pages(ln, edges)]
        for ln in edge:
            masked = _masked(ln.text)
            # a line of a number alone recurs as any page's table cells do: only the page-number rule drops it
            running = masked.strip("#") != "" and recurring[masked] >= need and ln.size <= body_size + 0.5
            if ln in numbers or running:
                drop.add(id(ln))
        out.append([b for b in blocks if id(b) not in drop])
    return out


def _page_number_lines(edge: list[Line], height: float) -> tuple[Line | None, Line | None]:
    """The line nearest the page's foot and the one nearest its head that read as a page number."""
    numbers = [ln for ln in edge if PAGE_NUMBER_RE.fullmatch(re.sub(r"\s+", "", ln.text))]
    foot = [ln for ln in numbers if ln.top > (1 - BAND) * height]
    head = [ln for ln in numbers if ln not in foot]
    return (max(foot, key=lambda ln: ln.top) if foot else None, min(head, key=lambda ln: ln.bottom) if head else None)


def _number_of(line: Line) -> int | None:
    """The page's number a page-number line prints ('— 3 —', '第3页 共9页', '共9页 第3页', '3/9', '— 三 —')."""
    text = re.sub(r"\s+", "", line.text).translate(FULL_DIGITS)
    if m := re.search(r"第(\d+)页", text):
        return int(m.group(1))
    if m := re.search(r"\d+", text):
        return int(m.group())
    if m := re.search(r"[一二三四五六七八九十百]+", text):
        try:
            return int(cn2an.cn2an(m.group(), "smart"))
        except ValueError:
            return None
    return None


def _steps(numbered: list[tuple[int, Line]]) -> set[int]:
    """The ids of an edge's lines that count the pages: their number less the page's place is the one most of
    them share (a second page at least agreeing, or a lone one that could be the page's own number)."""
    offsets = Counter(n - i for i, ln in numbered if (n := _number_of(ln)) is not None)
    if not offsets:
        return set()
    offset, count = offsets.most_common(1)[0]
    if count < 2 and not (len(numbered) == 1 and 0 <= offset <= 2):
        return set()
    return {id(ln) for i, ln in numbered if _number_of(ln) is not None and _number_of(ln) - i == offset}


def _counts_pages(line: Line, edges: list[set[int]]) -> bool:
    return id(line) in edges[0] or id(line) in edges[1]


# --- tables across pages ---------------------------------------------------------------------------------


def _continues(first: Grid, part: Grid) -> bool:
    """Whether a table at the top of a page goes on the table that ended the page before: same outer rulings."""
    return (
        part.page == first.page + 1
        and abs(part.xs[0] - first.xs[0]) <= EDGE_TOLERANCE
        and abs(part.xs[-1] - first.xs[-1]) <= EDGE_TOLERANCE
    )


def _regrid(grid: Grid, xs: list[float]) -> None:
    """The grid on finer column rulings: a column split by a ruling of the other part repeats its text (a row of
    merged cells at the end of one page has fewer rulings than the rows on the next)."""
    old = grid.xs
    source = [min(max(bisect_right(old, (a + b) / 2) - 1, 0), len(old) - 2) for a, b in pairwise(xs)]
    grid.texts = [[row[i] for i in source] for row in grid.texts]
    grid.cells = [[row[i] for i in source] for row in grid.cells]
    grid.xs = xs


def _union(a: list[float], b: list[float]) -> list[float]:
    """Two parts' column rulings as one: a ruling of one part that stands a sliver (PART_TOLERANCE) beside one of
    the other is that ruling (a browser places a column's ruling a point or two apart on two pages)."""
    apart = [x for x in b if all(abs(x - y) > PART_TOLERANCE for y in a)]
    return _edges(a + apart)


def merge_parts(first: Grid, part: Grid) -> None:
    """Append a continuation to a table: both on the union of their column rulings, the continuation's repeated
    header rows dropped, a merged cell the page break cut (empty at the top of the continuation) given the text it
    has on the page before."""
    xs = _union(first.xs, part.xs)
    _regrid(first, xs)
    _regrid(part, xs)
    k = 0
    while k < len(part.texts) and k < len(first.texts) and part.texts[k] == first.texts[k]:
        k += 1
    rows, owners = part.texts[k:], part.cells[k:]
    if rows and first.texts and first.open_bottom and part.open_top and k == 0:
        # one row the page break cut in two: its parts' texts are the row's
        joined = [join_lines([a, b]) for a, b in zip(first.texts[-1], rows[0], strict=True)]
        for r in range(1, len(rows)):
            rows[r] = [joined[c] if owners[r][c] == owners[0][c] >= 0 else t for c, t in enumerate(rows[r])]
        first.texts[-1] = joined
        rows, owners = rows[1:], owners[1:]
    elif rows and first.texts:
        last_text, last_owner = first.texts[-1], first.cells[-1]
        for c in range(len(xs) - 1):
            top_owner = owners[0][c]
            cut = rows[0][c] == "" and last_text[c] and top_owner >= 0
            spans = part.rowspans.get(top_owner, 1) > 1 or first.rowspans.get(last_owner[c], 1) > 1
            if cut and spans:
                for r in range(len(rows)):
                    if owners[r][c] == top_owner:
                        rows[r][c] = last_text[c]
    first.texts += rows
    first.cells += owners
    first.rowspans.update(part.rowspans)
    first.rows_dropped += k
    first.page = part.page
    first.open_bottom = part.open_bottom


# --- paragraphs ------------------------------------------------------------------------------------------


def _join(a: str, b: str) -> str:
    """Two lines of one paragraph: a space only between two Latin words (a line never breaks inside a word); a
    number or Chinese text broken by the line is whole again ('202' + '1年' is 2021年)."""
    if a and b and a[-1].isascii() and a[-1].isalpha() and b[0].isascii() and b[0].isalpha():
        return a + " " + b
    return a + b


# Line breaking (Unicode's, as word processors apply it to Chinese) never breaks before or after a quotation mark,
# before a closing mark or a comma, or after an opening mark: a line's first unbreakable piece may be several
# characters, and the word processor carried it down whole ('有“主', '件、“无', '源”，2022'), leaving the line above
# short of the width by it.
QUOTES, OPENING, CLOSING = "“”‘’", "《（(【「〈『〔", "》）)】」〉』〕，。、；：！？,.;:!?"


def _first_piece(text: str) -> str:
    """The next line's first unbreakable piece: characters no break may part, and a run of ASCII after them."""
    i = 1
    while i < len(text):
        prev, ch = text[i - 1], text[i]
        glued = ch in QUOTES or prev in QUOTES or ch in CLOSING or prev in OPENING
        if not (glued or ("!" <= ch <= "~" and ("!" <= prev <= "~" or prev in CLOSING))):
            break
        i += 1
    return text[:i]


def _first_word_width(line: Line) -> float:
    """The width the next line's first unbreakable piece needs (an ASCII character half a Chinese one's)."""
    return sum(0.55 if ch.isascii() else 1.0 for ch in _first_piece(line.text)) * line.size


def paragraphs(lines: list[Line]) -> list[str]:
    """Lines joined into paragraphs: a line that fills the text's width continues on the next line unless the
    next is indented, a heading, or far below; centred title lines in a large font join each other."""
    if not lines:
        return []
    left = Counter(round(ln.x0) for ln in lines).most_common(1)[0][0]
    right = sorted(ln.x1 for ln in lines)[int(0.95 * (len(lines) - 1))]
    body = median(ln.size for ln in lines)
    indents = sum(1 for ln in lines if 1.5 * ln.size <= ln.x0 - left <= 2.5 * ln.size)
    uses_indent = indents >= max(2, 0.05 * len(lines))
    out: list[str] = []
    prev: Line | None = None
    for i, ln in enumerate(lines):
        # a title near the top stands alone, whatever filled the line before it (a page's 索引号 line)
        title = i < TITLE_LINES and TITLE_RE.fullmatch(ln.text.strip()) is not None
        if prev is not None and not title and _continues_line(prev, ln, left, right, body, uses_indent):
            out[-1] = _join(out[-1], ln.text)
        else:
            out.append(ln.text)
        prev = ln
    return out


def _continues_line(a: Line, b: Line, left: float, right: float, body: float, uses_indent: bool) -> bool:
    same_page = a.page == b.page
    if same_page and b.top - a.bottom > 1.2 * max(a.size, b.size):
        return False
    centre_a, centre_b = (a.x0 + a.x1) / 2, (b.x0 + b.x1) / 2
    page_centre = a.page_width / 2
    if (
        a.size >= body + 2
        and abs(a.size - b.size) < 0.5
        and abs(centre_a - page_centre) < a.size
        and abs(centre_b - page_centre) < b.size
        and same_page
    ):
        return True  # a title set on two centred lines
    # Full: the line reached the right edge, or the next line's first word could not have fitted after it.
    full = right - a.x1 <= max(1.5 * a.size, _first_word_width(b) + 0.5 * a.size)  # (a ragged right edge)
    if not full or abs(a.size - b.size) > 1:
        return False
    if b.x0 - left >= 1.0 * b.size:
        return False  # indented: a new paragraph
    # A full line ending a sentence: a new paragraph only the indentation (or a heading) can tell apart.
    return not (a.text[-1] in SENTENCE_END and (not uses_indent or HEADING_RE.match(b.text)))


# --- the document ----------------------------------------------------------------------------------------


def _open(data: bytes):
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    try:
        pdf = pdfplumber.open(BytesIO(data))
        pages = pdf.pages
    except Exception as exc:
        cause = exc.__cause__ or exc.__context__ or exc
        if (
            isinstance(exc, PDFPasswordIncorrect)
            or isinstance(cause, PDFPasswordIncorrect)
            or "password" in str(exc).lower()
        ):
            raise Unreadable("encrypted_pdf", "the PDF is protected by a password: give an unprotected copy") from None
        raise Unreadable(
            "corrupt_pdf", f"the PDF is damaged or cut short and cannot be opened ({type(cause).__name__})"
        ) from None
    return pdf, pages


def read(data: bytes, decode_text: DecodeText) -> Read:
    """A PDF's text layer: paragraphs in reading order, tables as rows of cells."""
    pdf, pages = _open(data)
    per_page: list[list[Line | Grid]] = []
    heights: list[float] = []
    with_text = 0
    try:
        for i, page in enumerate(pages):
            blocks, has_text = page_blocks(page, i)
            with_text += has_text
            per_page.append(blocks)
            heights.append(float(page.height))
            page.close()
    except Unreadable:
        raise
    except Exception as exc:
        raise Unreadable(
            "corrupt_pdf", f"the PDF is damaged: page {len(per_page) + 1} cannot be read ({type(exc).__name__})"
        ) from None
    finally:
        pdf.close()
    if not pages:
        raise Unreadable("corrupt_pdf", "the PDF has no pages")
    han = sum(len(HAN_RE.findall(b.text)) for blocks in per_page for b in blocks if isinstance(b, Line)) + sum(
        len(HAN_RE.findall(t))
        for blocks in per_page
        for b in blocks
        if isinstance(b, Grid)
        for row in b.texts
        for t in row
    )
    if with_text == 0 or (han < 20 and with_text <= len(pages) // 2):
        raise Unreadable(
            "scanned_pdf",
            f"the PDF has {len(pages)} page{'s' * (len(pages) > 1)} and "
            f"{'none has' if with_text == 0 else f'only {with_text} has'} a text layer: a scan; OCR it first",
        )
    blocks = [b for page_blocks_ in drop_furniture(per_page, heights) for b in page_blocks_]
    text, tables = assemble(blocks)
    return Read(text=text, format="pdf", encoding=None, pages=len(pages), tables=tables)


def assemble(blocks: list[Line | Grid]) -> tuple[str, int]:
    """The blocks in order as text: runs of lines as paragraphs, tables continued across a page joined."""
    out: list[str] = []
    tables = 0
    run: list[Line] = []
    last_table: Grid | None = None
    pieces: list[Grid | list[Line]] = []
    for b in blocks:
        if isinstance(b, Grid):
            if run:
                pieces.append(run)
                run = []
            if last_table is not None and pieces and pieces[-1] is last_table and _continues(last_table, b):
                merge_parts(last_table, b)
                continue
            pieces.append(b)
            last_table = b
        else:
            run.append(b)
    if run:
        pieces.append(run)
    for piece in pieces:
        if isinstance(piece, Grid):
            out += ["", render(piece.texts), ""]
            tables += 1
        else:
            out += paragraphs(piece)
    text = "\n".join(out)
    text = re.sub(r"\n{3,}", "\n\n", text).strip("\n") + "\n"
    return text, tables
