"""Table 三 (收到和处理政府信息公开申请情况): 25 rows × 7 columns in 2021, 23 rows in 2019, read as a grid."""

from __future__ import annotations

import bisect
import itertools
import re

from tasks.notes import table_inconsistent
from tasks.template.arithmetic import FLOW_ROWS, adds_up, t3_consistent, t3_rows
from tasks.template.grid import Choice, Label, Option, Reading, Unit, canonical, choose_pairing, units_of, value_of
from tasks.template.labels import LABEL_RE, MARKER_RE, table4_start
from tasks.template.tokens import (
    Cell,
    Scan,
    Token,
    apart,
    cell_rows,
    cell_value,
    drop_padding,
    ends_text,
    label_text,
    merged,
    scan_whole,
    tightest,
    trailing_values,
    whole_at_end,
)
from tasks.vocabulary import T3_COLUMNS, t3_name

GAP = 400  # skeleton characters allowed between two consecutive row labels (a header or page furniture between)
MARKER_GAP = 300  # from the header to the first row label, in skeleton characters (numbers are not in it)
MAX_LEN = 7  # digits in one cell: PLAUSIBLE_MAX of a request count is 1,000,000


def _chain(sk: Scan, rows: tuple[str, ...]) -> list[Label]:
    """The row labels in template order, starting where the most of them follow each other closely (prose may name
    a row before the table does)."""
    skel = sk.skeleton
    occ = {r: [(tightest(LABEL_RE[r], skel, *m.span()), m.end()) for m in LABEL_RE[r].finditer(skel)] for r in rows}
    starts = {r: [a for a, _ in v] for r, v in occ.items()}
    best: list[tuple[str, int, int]] = []
    for first_i, first in enumerate(rows[:3]):
        for a0, b0 in occ[first][:20]:
            chain = [(first, a0, b0)]
            pos = b0
            for r in rows[first_i + 1 :]:
                j = bisect.bisect_left(starts[r], pos)
                if j < len(starts[r]) and starts[r][j] - pos <= GAP:
                    a, b = occ[r][j]
                    chain.append((r, a, b))
                    pos = b
            span = chain[-1][2] - chain[0][1]
            if len(chain) > len(best) or (len(chain) == len(best) and best and span < best[-1][2] - best[0][1]):
                best = chain
        if best:
            break
    return [Label(r, *sk.span(a, b)) for r, a, b in best]


def _region(sk: Scan, chain: list[Label]) -> tuple[int, int]:
    first = sk.at(chain[0].start)
    start = chain[0].start
    for m in MARKER_RE.finditer(sk.skeleton, max(0, first - MARKER_GAP), first):
        start = sk.offsets[m.start()]  # the last marker before the first row
    t4 = table4_start(sk, sk.at(chain[-1].end))
    end = sk.offsets[t4[0]] if t4 else min(len(sk.text), chain[-1].end + 6000)
    return start, end


SCATTERED = 7  # a row's worth of numbers between the table's heading and its first row


def _scattered(sk: Scan, chain: list[Label], start: int) -> bool:
    """Whether the table's numbers stand partly before the region read (which starts at the last of its heading's
    and header's words before the first row label), among those words: a converter that orders text by boxes
    (pdfminer) prints a column of cells there. The runs of numbers after the labels are then no whole rows: which
    columns they fill is unknown. (All the numbers before all the labels, after the header, are in the region.)"""
    first = sk.at(chain[0].start)
    heading = MARKER_RE.search(sk.skeleton, max(0, first - 2 * MARKER_GAP), first)
    if heading is None:
        return False
    a = sk.offsets[heading.start()]
    return sum(1 for t in sk.tokens if a <= t.start < start and t.kind == "cell") >= SCATTERED


def _leaf(text: str, rows: tuple[str, ...]) -> str | None:
    """The row a label path names: the label that ends last ('三、本年度办理结果 （三）不予公开 1.属于国家秘密')."""
    best = None
    for r in rows:
        for m in LABEL_RE[r].finditer(text):
            if best is None or (m.end(), m.end() - m.start()) > best[0]:
                best = ((m.end(), m.end() - m.start()), r)
    return best[1] if best else None


def _cut_row(text: str, row: str, cells: list[Cell], n: int) -> tuple[Unit, list[dict]]:
    """A row the excerpt's end cut (wide t05): its cells stand in the template's columns from the left, so those
    printed land; the rest, and a last cell the end may have cut short (any but '0', of which no count is a
    longer print), are left out with a note. Nothing lands when a cell's column is in doubt: the cells not right
    after the cell of the row's label, the first of them empty (a spacer, or a blank), or a cell holding several
    numbers."""
    values = cells[len(cells) - n :]
    if values and "|" not in text[values[-1].end :] and not whole_at_end(values[-1].text):
        values = values[:-1]  # the text ends inside this cell
    lab = next(c for c in cells if c.text)
    anchored = n < len(cells) and _leaf(label_text(cells[len(cells) - n - 1 : len(cells) - n]), (row,)) == row
    if not (values and values[0].text and anchored) or any(merged(c) for c in cells):
        return Unit((row,), note=f"table 三 {row}: the text ends after {n} of its cells; left out"), []
    landed = []
    for col, c in zip(T3_COLUMNS, values, strict=False):
        value = cell_value(c)[1]
        landed.append(
            {
                "metric": t3_name(row, col),
                "value": value,
                "qualifier": "blank" if value is None else "exact",
                "evidence_start": lab.start,
                "evidence_end": c.end if c.text else c.start,
                "note": None,
            }
        )
    missing = list(T3_COLUMNS[len(values) :])
    return Unit((row,), note=f"table 三 {row}: the text ends after {n} of its cells; {missing} left out"), landed


def _rows_rejoined(lines: list[list[Cell]], rows: tuple[str, ...]) -> list[list[Cell]]:
    """Cell rows with a row a page break cut joined again: a word processor breaks a tall row across two pages, its
    label's first lines and its cells on the one ('… | 2.没 | 0 | 0 | … |'), the rest of its label over empty cells
    on the next ('… | 有现成信息需要另行制作 | | | … |'). Joined only when neither piece names a row and the two do
    (a row of blank cells whose label names its row is a row of its own)."""
    out: list[list[Cell]] = []
    for cells in lines:
        prev = out[-1] if out else None
        if prev and len(prev) == len(cells) and _cut_row_rest(prev, cells, rows):
            out[-1] = _joined_row(prev, cells)
            continue
        out.append(cells)
    return out


def _label_cells(cells: list[Cell]) -> tuple[list[Cell], list[Cell]]:
    n = trailing_values(cells)
    return cells[: len(cells) - n], cells[len(cells) - n :]


def _cut_row_rest(prev: list[Cell], cells: list[Cell], rows: tuple[str, ...]) -> bool:
    labels, values = _label_cells(cells)
    first_labels, first_values = _label_cells(prev)
    if not labels or len(labels) != len(first_labels) or any(c.text for c in values) or len(values) < 7:
        return False
    if not any(c.text for c in first_values):
        return False
    if _leaf(label_text(first_labels), rows) or _leaf(label_text(labels), rows):
        return False
    return _leaf(label_text(_joined_labels(first_labels, labels)), rows) is not None


def _joined_labels(a: list[Cell], b: list[Cell]) -> list[Cell]:
    """Label cells of a row's two pieces, column by column: a merged cell repeated in both is one."""
    return [x if x.text == y.text else Cell(x.text + y.text, x.start, y.end) for x, y in zip(a, b, strict=True)]


def _joined_row(prev: list[Cell], cells: list[Cell]) -> list[Cell]:
    labels, _ = _label_cells(cells)
    first_labels, first_values = _label_cells(prev)
    return [*_joined_labels(first_labels, labels), *first_values]


RUN_TOGETHER_RE = re.compile(r"\d+(?:[ \t]+\d+)+")


def _cell_units(text: str, rows: tuple[str, ...]) -> tuple[list[Unit], list[dict], bool]:
    """Rows printed as cells: the last seven cells are the row's, the cells before them its label path. When a
    row that names a template row has another count of cells, or a cell holding several numbers, the converter did
    not keep the table's cells (a PDF-to-Markdown guess): none of its rows is read as cells, and the last item
    says so. Also the cells of a row the text's end cut, as metric rows (outside the arithmetic, which needs whole
    rows)."""
    lines = cell_rows(text)
    if any(sum(1 for c in cells if RUN_TOGETHER_RE.fullmatch(c.text)) >= 2 for cells in lines):
        return [], [], True  # a row with cells of numbers run together ('| 80 | 1 0 | 0 0 |'), whatever its label
    units, cut = [], []
    for cells in _rows_rejoined(lines, rows):
        n = trailing_values(cells)
        row = _leaf(label_text(cells[: len(cells) - n]), rows) if n < len(cells) else None
        if row is None:
            continue
        cells, n = drop_padding(cells, n, 7)  # empty cells past the seventh: padding (a subtotal cell is never empty)
        ends = ends_text(text, cells[-1].end)
        if ends and (n < 7 or (n == 7 and "|" not in text[cells[-1].end :] and not whole_at_end(cells[-1].text))):
            unit, landed = _cut_row(text, row, cells, n)  # an excerpt cut inside the table's last row
            units.append(unit)
            cut += landed
            continue
        if n not in (7, 8) or any(merged(c) for c in cells):
            return [], [], True
        lab = next(c for c in cells if c.text)
        vals = [cell_value(c)[1] for c in cells[len(cells) - n :]]
        spans = [(lab.start, c.end if c.text else c.start) for c in cells[len(cells) - n :]]
        unit = Unit((row,))
        if n == 7 and vals[6] is None and any(v is not None for v in vals[:6]):
            # numbers, then empty cells to the end (fresh8 m09: '3 | 3 | ||||||'): a converter dropped cells, so
            # which columns the numbers stand in is not certain (自然人 and 总计, or the first two?); a printed row
            # always has its 总计. Zeros only (fresh3 h08: '0 | ||||||||') read the same either way from the left:
            # those cells land, the rest stay out.
            printed = [i for i, v in enumerate(vals) if v is not None]
            if all(vals[i] == 0 for i in printed) and printed == list(range(len(printed))):
                cut += [
                    {
                        "metric": t3_name(row, T3_COLUMNS[i]),
                        "value": 0.0,
                        "qualifier": "exact",
                        "evidence_start": spans[i][0],
                        "evidence_end": spans[i][1],
                        "note": None,
                    }
                    for i in printed
                ]
                unit.note = f"table 三 {row}: {len(printed)} zeros printed with no 总计; the other cells left out"
            else:
                unit.note = f"table 三 {row}: numbers printed with no 总计, their columns uncertain; left out"
        elif n == 7:
            unit.options = [Option({row: tuple(None if v is None else int(v) for v in vals)}, {row: spans})]
        elif n == 8 and None not in vals and sum(vals[1:6]) == vals[6] and vals[0] + vals[6] == vals[7]:
            unit.options = [Option({row: tuple(int(v) for v in (*vals[:6], vals[7]))}, {row: spans[:6] + spans[7:]})]
        else:
            unit.note = f"table 三 {row}: {n} cells printed where the template has 7; left out"
        units.append(unit)
    return units, cut, False


def read_t3(text: str, era: str) -> tuple[list[dict], list[str]]:
    """Table 三's cells as metric rows, and notes on what was left out and why."""
    rows = t3_rows(era)
    units, cut, guessed = _cell_units(text, rows)
    readings = [Reading.of(units)]
    equal: tuple[tuple[str, ...], list[Token]] | None = None
    chain: list[Label] = []
    tail: list[Token] = []
    if not units:
        if guessed:
            # The converter's cells are a guess (markitdown's, through pdfplumber: '| 80 | 1 0 | 0 0 | 0 | 81 |',
            # cells run together, empty ones where a label's pieces stood): its bars are no cells' bounds, and the
            # table reads as text laid out by lines. Blanked, not removed: every offset, and so the evidence, stays.
            text = text.replace("|", " ")
        sk = scan_whole(text)
        chain = _chain(sk, rows)
        if not chain:
            return _lone_rows(text, rows), []
        start, end = _region(sk, chain)
        tokens = [t for t in sk.tokens if start <= t.start < end]
        tokens = _without_cut_numeral(text, chain[-1], tokens)
        tail = _cut_short(text, chain[-1], tokens)
        if tail:  # the cut row is read apart, outside the grid and its arithmetic
            tokens = tokens[: len(tokens) - len(tail)]
        labels = _without_cut_labels(text, chain[:-1] if tail else chain, tokens)
        equal = None if tail else _equal_cells(sk, chain, rows, end)
        readings = [Reading.of([])]
        if labels:
            readings = units_of(
                text,
                labels,
                tokens,
                7,
                table="三",
                max_len=MAX_LEN,
                row_ok=adds_up,
                subtotal=True,
                blocks=not _scattered(sk, chain, start),
            )
    first = ("outcomes_total", "new_received", "carried_over", "carried_forward")

    choice = choose_pairing(
        readings,
        lambda table, partial: t3_consistent(table, rows, partial),
        rows,
        row_ok=adds_up,
        table="三",
        first=first,
    )
    notes = choice.notes + _row_sum_notes(choice) + _part_beyond_total(choice, rows)
    # Rows no pairing read (a pairing never cut read a table that closed whole: it has no such rows).
    found = {x for reading in readings if reading.built for u in reading.units for x in u.rows}
    unread = [r for r in rows if r not in found and not (tail and r == chain[-1].row)]
    if chain and unread and not tail:
        notes += _rows_on_their_own(text, rows, unread, choice)
        unread = [r for r in unread if r not in choice.values]
    if unread and len(unread) < len(rows):
        notes.append(f"table 三: rows {unread} have no cells found; left out")
    out = _metric_rows(choice)
    if equal:
        landed = _equal_rows(equal, set(choice.values), notes)
        rows_landed = {m["metric"].split(".")[1] for m in landed}
        notes = [n for n in notes if not any(n.startswith(f"table 三 {r}:") for r in rows_landed)]
        out += landed
    if tail:
        landed, note = _cut_tail(text, chain, tokens, tail, choice)
        out += landed
        notes.append(note)
    return out + [m for m in cut if m["metric"].split(".")[1] not in choice.values], notes


def _equal_cells(
    sk: Scan, chain: list[Label], rows: tuple[str, ...], end: int
) -> tuple[tuple[str, ...], list[Token]] | None:
    """The table's first rows, when every number printed between its heading and table 四 is one and the same and
    there are exactly as many as those rows have cells: whatever order a converter printed them in (pdfminer.six
    orders a page's boxes, not its rows: fresh9 n28 prints its three rows' labels, then 0 0, （一）予以公开, six 0s,
    a header's 其他 and thirteen 0s), every reading gives each cell that number. The rows are those whose labels
    were found, in the template's order from its first row (a page excerpt's end cuts a table after whole rows);
    a row label not found, a number not a plain cell (a blank, a sign, digits run together) or one count more or
    less, and nothing is read so."""
    found = tuple(label.row for label in chain)
    if found != rows[: len(found)]:
        return None
    if end == len(sk.text) and not any(t.start >= chain[-1].end for t in sk.tokens):
        found = found[:-1]  # the excerpt ends under the last row's label, before its cells (n28: （二）部分公开…)
    first = sk.at(chain[0].start)
    headings = [m for m in MARKER_RE.finditer(sk.skeleton, max(0, first - 2 * MARKER_GAP), first)]
    if not headings:
        return None
    start = sk.offsets[next((m for m in reversed(headings) if "收" in m.group()), headings[0]).start()]
    tokens = [t for t in sk.tokens if start <= t.start < end]
    if not found or len(tokens) != 7 * len(found) or any(t.kind != "cell" or t.text != tokens[0].text for t in tokens):
        return None
    if not canonical(tokens[0]):
        return None
    return found, tokens


def _equal_rows(equal: tuple[tuple[str, ...], list[Token]], read: set[str], notes: list[str]) -> list[dict]:
    """The cells of the rows _equal_cells found, but those a reading of the grid already landed, each with one of the
    equal numbers as its evidence (in the order printed: which is which cell is not known, nor needed)."""
    found, tokens = equal
    value = float(value_of(tokens[0]))
    out = []
    for i, row in enumerate(found):
        if row in read:
            continue
        for j, col in enumerate(T3_COLUMNS):
            t = tokens[7 * i + j]
            out.append(
                {
                    "metric": t3_name(row, col),
                    "value": value,
                    "qualifier": "exact",
                    "evidence_start": t.start,
                    "evidence_end": t.end,
                    "note": None,
                }
            )
    if out:
        notes.append(
            f"table 三: rows {[r for r in found if r not in read]} read from {len(tokens)} numbers all {value:g}, "
            "printed out of the grid's order: every reading gives each cell that number"
        )
    return out


def _rows_on_their_own(text: str, rows: tuple[str, ...], unread: list[str], choice: Choice) -> list[str]:
    """Rows no pairing read whose label stands with exactly its seven cells before the next row's label, each a number
    apart and adding up to its 总计: read on their own. pdftotext run with no options orders a table's text blocks its
    own way — a tall row's label after its cells, other rows' cells before it — and the chain of labels in template
    order breaks there, every row after it lost (the real template printed by LibreOffice: 3 of 182 cells read); the
    rows whose label and cells stayed together are each whole (442 such rows of 41 office-suite PDFs, every one right).
    Never where another label or the table's end stands within the seven, nor beside what the table's arithmetic
    forbids."""
    sk = scan_whole(text)
    found = sorted(
        (*sk.span(*m.span()), r) for r in rows for m in LABEL_RE[r].finditer(sk.skeleton)
    )  # every row label, in text order
    cells = [t for t in sk.tokens if t.kind in ("cell", "blank", "junk")]
    starts = [t.start for t in cells]
    taken = []
    for (_, end, row), (nxt, _, _) in itertools.pairwise(found):
        if row not in unread or row in choice.values:
            continue
        own = cells[bisect.bisect_left(starts, end) : bisect.bisect_left(starts, nxt)]
        if len(own) != 7 or any(t.kind != "cell" or not canonical(t) for t in own):
            continue
        values = tuple(value_of(t) for t in own)
        if not adds_up(values) or not t3_consistent({**choice.values, row: values}, rows, partial=True):
            continue
        choice.values[row], choice.spans[row], choice.kinds[row] = values, [(t.start, t.end) for t in own], "alone"
        taken.append(row)
    return [f"table 三: rows {taken} read on their own, each label with its seven cells"] if taken else []


def _part_beyond_total(choice: Choice, rows: tuple[str, ...]) -> list[str]:
    """A table read only in part whose outcome rows exceed （七）总计 in some column (every cell is a count): a misread
    of a scrambled region, not the report's own slip — pdftotext's reading order set a row's label after its cells
    and other rows' cells before it (the real template printed by LibreOffice: 3.其他 read '0 0 0 0 2 0 2', the total
    '0 0 0 0 0 0 0', where 2 was the total's). The outcome rows and the total are left out; the flow rows stay. A
    whole table that does not close is the report's as printed (checked and noted elsewhere)."""
    values = choice.values
    if all(r in values for r in rows) or t3_consistent(values, rows, partial=True):
        return []
    gone = [r for r in rows if r in values and (r not in FLOW_ROWS or r == "outcomes_total")]
    for r in gone:
        del values[r], choice.spans[r], choice.kinds[r]
    return [f"table 三: rows {gone}, read in part, exceed （七）总计: a misread; left out"]


CUT_LABEL_TAIL = 60  # characters an excerpt may hold after the label of a row whose cells its end cut off


def _without_cut_labels(text: str, labels: list[Label], tokens: list[Token]) -> list[Label]:
    """The row labels without those an excerpt ends on, after the table's last number (fresh5 j15: '…（二）部分公开(区'
    and the page's end): their rows' cells are past the end. Left among the labels, they pair with numbers that are
    other rows' (the last row's, printed before its label's words, went to （二）). Not where more than a row's
    numbers stand before the first label: a converter that prints a table box by box (pdfminer) sets a column's
    cells there, and its last label's cells with them (fresh7 l17 typeset)."""
    if not labels or sum(1 for t in tokens if t.start < labels[0].start) > len(T3_COLUMNS):
        return labels
    last = max((t.end for t in tokens), default=0)
    out = list(labels)
    while out and out[-1].start > last and len(text) - out[-1].end <= CUT_LABEL_TAIL:
        if any(ch.isdigit() for ch in text[out[-1].end :]):
            break
        out.pop()
    return out


def _without_cut_numeral(text: str, last: Label, tokens: list[Token]) -> list[Token]:
    """The numbers without a numeral the text ends on after the last row's seven, when those add up: the next row's
    label cut after its number (fresh3 h02: '1.属于国家秘密 0 0 0 0 0 0 0 2' of 2.其他法律行政法规禁止公开)."""
    tail = [t for t in tokens if t.start >= last.end]
    numeral = len(tail) == 8 and len(tail[-1].text) <= 2 and not text[tail[-1].end :].strip()
    if numeral and all(map(canonical, tail[:7])) and adds_up(tuple(map(value_of, tail[:7]))):
        return tokens[:-1]
    return tokens


def _cut_short(text: str, last: Label, tokens: list[Token]) -> list[Token]:
    """The numbers after the last row label when the text ends among them, a row's worth or fewer, and the row is
    not whole: fewer than seven, or seven whose last, ending the text, may be cut short — any but '0' (no count is a
    longer print of it) where the seven do not add up (fresh3 h02's kind of excerpt: '…5.属于三类内部事务信息 4 0 266
    0 8 246 52', its 总计 524 cut). Not when numbers stand inside the label (a label broken around its row's numbers:
    the numbers after it are the next row's)."""
    tail = [t for t in tokens if t.start >= last.end]
    if not tail or len(tail) > 7 or not ends_text(text, tail[-1].end):
        return []
    if any(last.start <= t.start < last.end for t in tokens):
        return []
    whole = whole_at_end(tail[-1].text) or not all(map(canonical, tail)) or adds_up(tuple(map(value_of, tail)))
    if len(tail) == 7 and whole:
        return []
    return tail


def _cut_tail(
    text: str, chain: list[Label], tokens: list[Token], tail: list[Token], choice: Choice
) -> tuple[list[dict], str]:
    """The last row of an excerpt that ends inside it (fresh26 j05: '二、上年结转政府信息公开申请数量 0 0 0 0 0' and
    the page's end), its numbers one a cell as the row before it printed its seven: those cells stand in the
    template's columns from the left, so they land; the rest, and the last, which the end may have cut short (any
    but '0', as in _cut_row), are left out with a note. Only where the layout is certain: the table's numbers follow
    their labels (none before the first label), and the row before was read, its seven numbers standing between
    the two labels exactly as read (the first row, with none before it: two numbers at least, each apart)."""
    last, n = chain[-1], len(tail)
    note = f"table 三 {last.row}: the text ends after {n} of its cells; left out"
    if any(t.start < chain[0].start for t in tokens) or not all(map(canonical, tail)):
        return [], note
    if len(chain) > 1:
        prev = chain[-2]
        between = [t for t in tokens if prev.end <= t.start < last.start]
        if prev.row not in choice.values or tuple(map(value_of, between)) != choice.values[prev.row]:
            return [], note
    elif (
        n < 2
        or not all(apart(text, a, b) for a, b in itertools.pairwise(tail))
        or not ROW_OPENS_RE.fullmatch(text[text.rfind("\n", 0, last.start) + 1 : last.start])
        or re.search("[。；;]", text[last.end : tail[0].start])
    ):
        # the table's first row: no row before shows the print, so its numbers must stand apart, and its label
        # open its line with nothing but its cells after it (fresh5 j19 through pdfminer: the prose's
        # '…，上年结转政府信息公开申请数量0件。', and the text's last numbers, table 二's, far after it, were read
        # as its cells)
        return [], note
    if not whole_at_end(tail[-1].text):
        tail = tail[:-1]  # the text ends at this cell, perhaps inside it
    landed = [
        {
            "metric": t3_name(last.row, col),
            "value": None if value_of(t) is None else float(value_of(t)),
            "qualifier": "blank" if value_of(t) is None else "exact",
            "evidence_start": last.start,
            "evidence_end": t.end,
            "note": None,
        }
        for col, t in zip(T3_COLUMNS, tail, strict=False)
    ]
    left = list(T3_COLUMNS[len(tail) :])
    return landed, f"table 三 {last.row}: the text ends after {n} of its cells; {left} left out"


# What may stand before a row's label on its line: a bar, its numbering ('一、', '（三）').
ROW_OPENS_RE = re.compile(r"[\s|]*(?:[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．]?)?[\s]*")
# A row printed alone on its line, its label then its seven cells (fresh14 u11: a PDF viewer's page that opens with
# table 三's last row, '四、结转下年度继续办理 0 0 0 0 0 0 0', its header on the page before).
LONE_CELLS = r"[ \t]*(?P<cells>(?:\d{1,7}[ \t]+){6}\d{1,7})[ \t]*$"
# Compiled once: built per call, these large patterns fell out of `re`'s cache and were compiled again and again.
LONE_ROW_RE = {
    row: re.compile(rf"^[ \t]*(?:[一二三四五六七八九十]+[、.．])?(?:{label.pattern}){LONE_CELLS}", re.M)
    for row, label in LABEL_RE.items()
}


def _lone_rows(text: str, rows: tuple[str, ...]) -> list[dict]:
    """The rows of table 三 each printed alone with its label and seven cells whose 总计 adds up: the columns' order
    is the template's, the only reading of seven numbers."""
    out = []
    for row in rows:
        for m in LONE_ROW_RE[row].finditer(text):
            values = [int(v) for v in m.group("cells").split()]
            if not adds_up(tuple(values)):
                continue
            out += [
                {
                    "metric": t3_name(row, col),
                    "value": float(v),
                    "qualifier": "exact",
                    "evidence_start": m.start(),
                    "evidence_end": m.end(),
                    "note": None,
                }
                for col, v in zip(T3_COLUMNS, values, strict=True)
            ]
            break
    return out


def _row_sum_notes(choice: Choice) -> list[str]:
    bad = [r for r, v in choice.values.items() if choice.kinds[r] != "arith" and not adds_up(v)]
    if bad:
        return [table_inconsistent(f"table 三 rows {bad} do not add up to their 总计 as printed")]
    return []


def _metric_rows(choice: Choice) -> list[dict]:
    out = []
    for row, values in choice.values.items():
        for col, value, (a, b) in zip(T3_COLUMNS, values, choice.spans[row], strict=True):
            out.append(
                {
                    "metric": t3_name(row, col),
                    "value": None if value is None else float(value),
                    "qualifier": "blank" if value is None else "exact",
                    "evidence_start": a,
                    "evidence_end": b,
                    "note": None,
                }
            )
    return out
