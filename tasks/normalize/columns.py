"""Columns: a table that a PDF converter printed by position read back as rows of cells.

pdftotext -layout (and any converter that keeps a page's layout in spaces) prints each line of the page as one line
of text: a table's cells stand apart by runs of spaces, and a narrow label column breaks each row's label over several
lines beside the pieces of its group's label, the row's cells on one of those lines:

    三、  （一）予以公    0   0    0    0    0    0    0
    本年  开
    度办  （二）部分公    0   0    0    0    0    0    0
    理结  开（区分处理
    ...
        （三  1.属   0   0    0    0    0    0    0
        ）不  于国
        予公  家秘

Read line by line, the later passes join the pieces of different columns into one another
(`（三1.属0 0 0 0 0 0 0）不于国`) and the rows' labels are lost. Here the positions decide, as they did on the page: the
cells' columns from the lines that print a whole row of them; the labels' columns from where the label text on those
lines starts; a label is the text of its column from its start (a numbering mark, or a line of cells where its
column's label already holds a row) to the next; a row's labels are those whose lines hold its line of cells. Each row
comes out as the readers print one, `| 三、本年度办理结果 | （一）予以公开 | 0 | … |`.

pdftotext sets a line's text by the widths of its own characters, so positions agree only where the lines agree (a
narrow column's two characters a line; the cells after them): a table whose positions do not agree anywhere on any of
its pages (cells off their columns, text across the cells' columns that is no running head) is left as it is, whole,
for the line-based passes — half a table read as rows and half as lines reads as neither.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from tasks.normalize.layout import PAGE_NUMBER_RE
from tasks.rules import BLANK_MARKS

TOKEN_RE = re.compile(r"\S+")
NUMBER_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
# A label's start in its column: the template's numbering (三、 （一） 1.), broken after its first character or not
# (`（三` / `）不`), or the total's row.
LABEL_START_RE = re.compile(
    r"[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]|\d{1,2}[.．、](?!\d)|总计|總計|合计|合計"
)
ASCII_WORD_RE = re.compile(r"[A-Za-z0-9]")
RUNNING_HEAD_RE = re.compile(r"报告|報告")  # a page's running head names the report

MIN_CELLS = 4  # numbers at a line's end that make it a table's row (table 三's; table 二's rows of three read as lines)
MIN_ROWS = 2  # such lines a table needs before its positions are trusted
ROW_GAP = 24  # lines between two rows of one table: a label broken over twenty lines, a page break with its furniture
LAYOUT_GAP = 2  # spaces between cells printed by position; one space is a converter's plain text
CELL_SLACK = 2  # characters a cell may stand off its column's centre (a wide number, a centred one)
LABEL_SLACK = 1  # …and a label's start off its column's
ABOVE = 3  # lines of label text above its row's cells, in a table whose labels do not run on between its rows


@dataclass(slots=True)
class Label:
    column: int
    first: int  # line index of its first and last piece
    last: int
    pieces: list[str] = field(default_factory=list)
    rows: int = 0  # lines of cells among its lines so far

    @property
    def text(self) -> str:
        out = ""
        for piece in self.pieces:
            if out and ASCII_WORD_RE.match(piece[0]) and ASCII_WORD_RE.match(out[-1]):
                out += " "
            out += piece
        return out


def _is_cell(token: str) -> bool:
    return NUMBER_RE.fullmatch(token) is not None or token in BLANK_MARKS


def _row_cells(tokens: list[re.Match[str]]) -> int | None:
    """Where a line's run of cells starts (an index into its tokens), if it ends in MIN_CELLS cells or more, one a
    number at least, printed by position (most of them LAYOUT_GAP spaces apart or more)."""
    k = len(tokens)
    while k and _is_cell(tokens[k - 1].group()):
        k -= 1
    cells = tokens[k:]
    if len(cells) < MIN_CELLS or not any(NUMBER_RE.fullmatch(t.group()) for t in cells):
        return None
    gaps = [b.start() - a.end() for a, b in pairwise(tokens[max(k - 1, 0) :])]
    if sum(g >= LAYOUT_GAP for g in gaps) * 2 < len(gaps):
        return None
    return k


def _centre(token: re.Match[str]) -> float:
    return (token.start() + token.end() - 1) / 2


def _same_table(
    text_lines: list[str], lines: list[list[re.Match[str]]], strong: dict[int, int], run: list[int], i: int
) -> bool:
    """Whether line i's cells go on the run's table: no header between, as many cells as its widest rows have, or
    fewer standing in their columns."""
    if _header_between(text_lines, lines, strong, run, i):
        return False
    width = _width(lines, strong, run)
    full = [j for j in run if len(lines[j]) - strong[j] == width]
    cells = lines[i][strong[i] :]
    if len(cells) == width:
        return True
    if len(cells) > width:
        return False
    pushed = strong[i] > 0 and cells[0].start() - lines[i][strong[i] - 1].end() <= 1
    return _place(cells, _centres(lines, strong, full, width), pushed) is not None


def _header_between(
    text_lines: list[str], lines: list[list[re.Match[str]]], strong: dict[int, int], run: list[int], i: int
) -> bool:
    """Whether a line between the run's last row and line i is a header or a paragraph: text reaching past the cells'
    second column, or in two pieces or more right of their first column's start (a label's piece may stand there:
    pdftotext sets a line's text by its own characters' widths). What follows it is another table."""
    width = _width(lines, strong, run)
    full = [j for j in run if len(lines[j]) - strong[j] == width]
    left = min(lines[j][strong[j]].start() for j in full)
    second = _centres(lines, strong, full, width)[1]
    for j in range(run[-1] + 1, i):
        text = [t for t in lines[j] if not _is_cell(t.group())]
        if _furniture(text_lines[j]):
            continue
        if any(t.end() > second for t in text) or sum(t.end() > left for t in text) > 1:
            return True
    return False


def _centres(lines: list[list[re.Match[str]]], strong: dict[int, int], full: list[int], width: int) -> list[float]:
    """The centres of a table's cell columns: the median over its rows of all its cells."""
    centres = []
    for j in range(width):
        xs = sorted(_centre(lines[i][strong[i] + j]) for i in full)
        centres.append(xs[len(xs) // 2])
    return centres


@dataclass(slots=True)
class _Table:
    first: int  # first and last line of cells
    last: int
    centres: list[float]
    left: int  # where the cells' columns start: the labels' columns lie left of it
    rows: dict[int, list[str]] = field(default_factory=dict)  # line → its cells, one a column ('' where none)
    labels: dict[int, list[tuple[int, str]]] = field(default_factory=dict)  # line → its label tokens (start, text)
    other: set[int] = field(default_factory=set)  # lines that are no part of the table (a running head, a page number)
    uncertain: bool = False  # a line holds figures the positions cannot place: the table is not read


def _place(tokens: list[re.Match[str]], centres: list[float], pushed: bool = False) -> list[str] | None:
    """A line's cells in the table's columns ('' for a column it leaves empty): in their order, each in the column
    nearest it that keeps the order; None where one stands off its column. `pushed`: the first cell follows its
    label a space apart, where the converter may have moved it off its column by the label's width."""
    spacing = min((b - a for a, b in pairwise(centres)), default=2 * CELL_SLACK)
    slack = max(CELL_SLACK, spacing * 0.4)
    n, m = len(tokens), len(centres)
    if n > m:
        return None
    # cost[k][j]: the least displacement of tokens k… placed in columns j…, in order
    inf = float("inf")
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    for j in range(m + 1):
        cost[n][j] = 0.0
    for k in range(n - 1, -1, -1):
        allowed = slack + (spacing if k == 0 and pushed else 0)
        for j in range(m - 1, -1, -1):
            off = abs(centres[j] - _centre(tokens[k]))
            take = off + cost[k + 1][j + 1] if off <= allowed else inf
            cost[k][j] = min(take, cost[k][j + 1])
    if cost[0][0] == inf:
        return None
    out = [""] * m
    j = 0
    for k in range(n):
        allowed = slack + (spacing if k == 0 and pushed else 0)
        while not (
            abs(centres[j] - _centre(tokens[k])) <= allowed
            and abs(centres[j] - _centre(tokens[k])) + cost[k + 1][j + 1] == cost[k][j]
        ):
            j += 1
        out[j] = tokens[k].group()
        j += 1
    return out


def _table(lines: list[list[re.Match[str]]], strong: dict[int, int], first: int, last: int) -> _Table | None:
    """The table whose rows of cells run from line `first` to line `last`: its cells' columns from its longest rows,
    every line between placed as cells, label text or neither; None where the positions do not agree."""
    width = max(len(lines[i]) - strong[i] for i in strong if first <= i <= last)
    full = [i for i in strong if first <= i <= last and len(lines[i]) - strong[i] == width]
    centres = _centres(lines, strong, full, width)
    if any(b - a < 2 for a, b in pairwise(centres)):
        return None
    left = min(lines[i][strong[i] + j].start() for i in full for j in range(width))
    table = _Table(first, last, centres, left)
    for i in range(first, last + 1):
        if not _line(table, i, lines[i]) and i in strong:
            return None
    return None if table.uncertain else table


def _line(table: _Table, i: int, tokens: list[re.Match[str]]) -> bool:
    """Line i read as the table's: its cells (the numbers it ends in, reaching the cells' columns) placed in their
    columns, its label text left of them; or no part of it (text across the cells' columns: a running head, a
    header; a page number). Whether it holds cells."""
    if not tokens:
        return False
    k = len(tokens)
    while k and _is_cell(tokens[k - 1].group()):
        k -= 1
    cells, label = tokens[k:], tokens[:k]
    if cells and cells[-1].end() <= table.left - CELL_SLACK:
        # figures short of the cells' columns: a page's bare number, or a row these positions cannot place
        if label:
            table.uncertain = True
        table.other.add(i)
        return False
    if len(label) == 1 and not cells and PAGE_NUMBER_RE.fullmatch(label[0].group()):
        table.other.add(i)
        return False
    if label and label[-1].end() > table.left + CELL_SLACK:
        table.other.add(i)
        return False
    if cells:
        pushed = bool(label) and cells[0].start() - label[-1].end() <= 1
        placed = _place(cells, table.centres, pushed)
        if placed is None:
            table.other.add(i)
            return False
        table.rows[i] = placed
    if label:
        table.labels[i] = [(t.start(), t.group()) for t in label]
    return bool(cells)


def _merge_split_rows(table: _Table) -> bool:
    """A row whose cells a converter printed on two lines (the total set to the top of its box, the others centred):
    two nearby lines of cells in columns apart that together fill the row are one row, at the first line. False where
    a line of cells fills only part of its row and no neighbour completes it: its columns are not certain."""
    width = len(table.centres)
    lines = sorted(table.rows)
    merged: dict[int, list[str]] = {}
    k = 0
    while k < len(lines):
        i = lines[k]
        cells = table.rows[i]
        if all(cells):
            merged[i] = cells
            k += 1
            continue
        if k + 1 < len(lines) and lines[k + 1] - i <= 2:
            other = table.rows[lines[k + 1]]
            if all(bool(a) != bool(b) for a, b in zip(cells, other, strict=True)):
                merged[i] = [a or b for a, b in zip(cells, other, strict=True)]
                table.labels.setdefault(lines[k + 1], [])
                k += 2
                continue
        if sum(map(bool, cells)) < width:
            return False
    table.rows = merged
    return True


def _label_columns(table: _Table) -> list[int]:
    """Where the label columns start: the starts of the label text on the lines of cells (a row's label's first line
    is its widest), starts a character apart one column."""
    starts = sorted({start for i in table.rows for start, _ in table.labels.get(i, [])})
    columns: list[int] = []
    for s in starts:
        if not columns or s > columns[-1] + LABEL_SLACK:
            columns.append(s)
    return columns or [0]


def _column(columns: list[int], start: int) -> int:
    return max((c for c, s in enumerate(columns) if s <= start + LABEL_SLACK), default=0)


def _labels(table: _Table, lines: range) -> list[Label]:
    """The labels of each label column, in order: a piece starts one where it opens with a numbering mark, where its
    column has none open, or on a line of cells where its column's label already holds a row of its own (the row's
    finest label holds it; a group's label beside its rows holds none)."""
    columns = _label_columns(table)
    open_: dict[int, Label] = {}
    labels: list[Label] = []
    for i in lines:
        tokens = table.labels.get(i)
        if tokens:
            pieces: dict[int, list[str]] = {}
            for start, text in tokens:
                c = _column(columns, start)
                if c in pieces and c + 1 < len(columns):
                    # a second piece in a column: the converter set it a space after the first, off its own column
                    # by the first's width (`三、本 法提供`: the group's label, then the row's)
                    c += 1
                if i not in table.rows and not (c in open_ and open_[c].rows):
                    # a piece across a column's start where the gap between columns closed up (`）不访举`: the
                    # group's `）不`, the row's `访举`); not a row's label that spans the columns, going on
                    for s in [s for s in columns if start + LABEL_SLACK < s < start + len(text)]:
                        pieces.setdefault(c, []).append(text[: s - start])
                        text, start, c = text[s - start :], s, _column(columns, s)
                pieces.setdefault(c, []).append(text)
            for c in sorted(pieces):
                text = "".join(pieces[c])
                label = open_.get(c)
                if label is None or LABEL_START_RE.match(text) or (i in table.rows and label.rows):
                    label = Label(c, i, i)
                    labels.append(label)
                    open_[c] = label
                label.pieces.append(text)
                label.last = i
        if i in table.rows:
            holding = [label for label in open_.values() if label.last == i]
            if holding:
                max(holding, key=lambda label: label.column).rows += 1
    return labels


@dataclass(slots=True)
class Row:
    labels: list[str]
    cells: list[str]

    def line(self) -> str:
        return "| " + " | ".join([*self.labels, *self.cells]) + " |"


def _rewrite(
    table: _Table, text_lines: list[str], start: int, end: int
) -> tuple[list[str | Row], list[tuple[int, str]]]:
    """Lines start…end of the text with the table's rows as Rows and its label text gone into them; a label that
    holds no row (a heading, a note) stays a line of its own, and lines that are no part of the table stay as they
    were. Also the text above the first row that opens no label: the end of a label a page break cut."""
    labels = _labels(table, range(start, end + 1))
    first_row = min(table.rows)
    out_at: dict[int, list[str | Row]] = {}
    cut = []
    for label in labels:
        if not any(label.first <= i <= label.last for i in table.rows):
            if label.last < first_row and not LABEL_START_RE.match(label.text):
                cut.append((label.column, label.text))
            else:
                out_at.setdefault(label.first, []).append(label.text)
    for i, cells in table.rows.items():
        own = [label.text for label in labels if label.first <= i <= label.last]
        out_at.setdefault(i, []).append(Row(own, cells))
    out: list[str | Row] = []
    for i in range(start, end + 1):
        if i in table.other:
            out.append(text_lines[i])
        out.extend(out_at.get(i, []))
    return out, cut


def _extent(table: _Table, lines: list[list[re.Match[str]]], wrapped: int = 0) -> tuple[int, int, int]:
    """The table's lines: its lines of cells and the label text above the first (a label its row's cells are centred
    in) and below the last, up to a blank line or a line that is not the table's; above, no more lines than its
    labels run between its rows (ABOVE at least), below none where each label keeps to its row's line (the line after
    the table is text). `wrapped`: how far the labels of the table's part before a page break ran. Returns the first and
    last line and how far its own labels ran."""
    wrap = run = 0
    for i in range(table.first, table.last + 1):
        run = run + 1 if i in table.labels and i not in table.rows else 0
        wrap = max(wrap, run)
    wrap = max(wrap, wrapped)
    start, end = table.first, table.last
    above = max(wrap, ABOVE)  # a label its row's cells are centred in starts a line or two above them
    while start - 1 >= 0 and start > table.first - above and _label_line(table, start - 1, lines):
        start -= 1
    below = 2 * ROW_GAP if wrap else 0  # the last row's label may run to the page's end
    while end + 1 < len(lines) and end < table.last + below and _label_line(table, end + 1, lines):
        end += 1
    return start, end, wrap


def _label_line(table: _Table, i: int, lines: list[list[re.Match[str]]]) -> bool:
    """Whether line i, beside the table, holds label text only; if so it is the table's."""
    probe = _Table(0, 0, table.centres, table.left)
    if not lines[i] or _line(probe, i, lines[i]) or probe.other or i not in probe.labels:
        return False
    table.labels[i] = probe.labels[i]
    return True


def read_columns(text: str) -> tuple[str, int]:
    """The text with each table printed by position rewritten as rows of cells; (text, tables rewritten)."""
    if "   " not in text:
        return text, 0
    text_lines = text.split("\n")
    lines = [list(TOKEN_RE.finditer(line)) for line in text_lines]
    strong = {}
    for i, tokens in enumerate(lines):
        k = _row_cells(tokens)
        if k is not None:
            strong[i] = k
    if len(strong) < MIN_ROWS:
        return text, 0
    # a run of rows ends at a page's end: each page has its own margins, the converter its own scale for each
    page = 0
    pages = []
    for line in text_lines:
        page += "\f" in line
        pages.append(page)
    # …and where the number of cells changes: a table of three columns above one of seven, a row of fifteen below
    # (a row with a cell left blank goes on its table where its cells stand in the table's columns)
    runs: list[list[int]] = []
    for i in sorted(strong):
        run = runs[-1] if runs else None
        if (
            run
            and i - run[-1] <= ROW_GAP
            and pages[i] == pages[run[-1]]
            and _same_table(text_lines, lines, strong, run, i)
        ):
            run.append(i)
        else:
            runs.append([i])
    # a table's runs (its pages) are read together, all or none: a table partly read as rows and partly left as
    # lines reads as neither (typeset PDFs, whose label text pdftotext sets by its own widths, align by no position)
    # (runs apart by nothing but label text, blank lines and page furniture are one table; one of another width
    # among them is a row the positions could not place)
    tables: list[list[list[int]]] = []
    for run in runs:
        if (
            tables
            and run[0] - tables[-1][-1][-1] <= 2 * ROW_GAP
            and not _header_between(text_lines, lines, strong, tables[-1][-1], run[0])
        ):
            tables[-1].append(run)
        else:
            tables.append([run])
    out: list[str | Row] = []
    done = 0
    rewritten = 0
    for table_runs in tables:
        if sum(map(len, table_runs)) < MIN_ROWS or len({_width(lines, strong, run) for run in table_runs}) > 1:
            continue
        last = _last_figures(text_lines, lines, strong, table_runs[-1])
        parts = [_table(lines, strong, run[0], last if run is table_runs[-1] else run[-1]) for run in table_runs]
        if any(part is None or not _merge_split_rows(part) for part in parts):
            continue
        last_row: Row | None = None
        wrapped = 0
        for part in parts:
            start, end, wrapped = _extent(part, lines, wrapped)
            start = max(start, done)
            between = text_lines[done:start]
            rows, cut = _rewrite(part, text_lines, start, end)
            if cut and last_row is not None and all(_furniture(line) for line in between) and _carry(cut, last_row):
                pass  # labels a page break (or a row taller than ROW_GAP) cut go on
            else:
                between.extend(text for _, text in cut)
            out.extend(between)
            out.extend(rows)
            last_row = next((r for r in reversed(rows) if isinstance(r, Row)), None)
            done = end + 1
        rewritten += 1
    if not rewritten:
        return text, 0
    out.extend(text_lines[done:])
    return "\n".join(r.line() if isinstance(r, Row) else r for r in out), rewritten


def _last_figures(
    text_lines: list[str], lines: list[list[re.Match[str]]], strong: dict[int, int], run: list[int]
) -> int:
    """The last line of the table's last run, or a line after it, up to its next header, that ends in figures too
    (a row short of cells, its others cut off by a page break): the table is read with it, or not at all."""
    last = run[-1]
    for j in range(run[-1] + 1, min(run[-1] + ROW_GAP, len(lines))):
        if _header_between(text_lines, lines, strong, run, j + 1):
            break
        if lines[j] and NUMBER_RE.fullmatch(lines[j][-1].group()):
            last = j
    return last


def _width(lines: list[list[re.Match[str]]], strong: dict[int, int], run: list[int]) -> int:
    return max(len(lines[i]) - strong[i] for i in run)


def _carry(cut: list[tuple[int, str]], row: Row) -> bool:
    """The ends of the labels a page break cut put back on the row before it, the finest column's on its finest
    label and so on outwards: pieces in one column go on one label. False where the row has fewer labels."""
    by_column: dict[int, str] = {}
    for column, text in cut:
        by_column[column] = by_column.get(column, "") + text
    if len(by_column) > len(row.labels):
        return False
    for k, column in enumerate(sorted(by_column, reverse=True)):
        row.labels[-1 - k] += by_column[column]
    return True


def _furniture(line: str) -> bool:
    """Whether a line between two pieces of one table is no text of the report's: blank, a page number, a page's
    running head (a line with the report's title in it)."""
    stripped = line.strip()
    return (
        not stripped or PAGE_NUMBER_RE.fullmatch(stripped) is not None or RUNNING_HEAD_RE.search(stripped) is not None
    )
