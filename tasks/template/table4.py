"""Table 四 (政府信息公开行政复议、行政诉讼情况): one row of 15 cells, 3 groups × 5 results, each group's 总计 the
sum of its other four."""

from __future__ import annotations

from tasks.notes import table_inconsistent
from tasks.template.arithmetic import t4_groups_add_up
from tasks.template.cuts import cut
from tasks.template.grid import canonical, printed, value_of
from tasks.template.labels import HEADER_RUN_RE, LABEL_RE, LAST_HEADER_RE, OWN_WORD_RE, STRAY_HEADING, table4_start
from tasks.template.tokens import (
    Token,
    cell_rows,
    cell_value,
    ends_text,
    label_text,
    scan_whole,
    trailing_values,
    whole_at_end,
)
from tasks.vocabulary import T4_GROUPS, T4_RESULTS, t4_name

MAX_LEN = 6  # PLAUSIBLE_MAX of a case count is 100,000
NAMES = [t4_name(g, r) for g in T4_GROUPS for r in T4_RESULTS]


def _rows(values: list[int | None], spans: list[tuple[int, int]]) -> list[dict]:
    return [
        {
            "metric": n,
            "value": None if v is None else float(v),
            "qualifier": "blank" if v is None else "exact",
            "evidence_start": a,
            "evidence_end": b,
            "note": None,
        }
        for n, v, (a, b) in zip(NAMES, values, spans, strict=True)
    ]


def _inconsistency(values: list[int | None]) -> list[str]:
    if t4_groups_add_up(values):
        return []
    return [table_inconsistent("table 四 group totals do not add up as printed")]


def _cut_last(cell: str) -> str:
    return f"table 四: the text ends at its last cell, {cell!r}, which breaks its group's sum; left out"


def _from_cells(text: str) -> tuple[list[dict], list[str]] | None:
    """The data row after a header row naming 结果维持, when the table is printed as cells."""
    header = None
    for cells in cell_rows(text):
        if "结果维持" in label_text(cells):
            header = cells
            continue
        n = trailing_values(cells)
        if header is None or n != 15:
            continue
        lead = label_text(cells[: len(cells) - 15])
        if lead and any(p.search(lead) for p in LABEL_RE.values()):
            continue  # a row of table 三
        values = [cell_value(c)[1] for c in cells[-15:]]
        ints = [None if v is None else int(v) for v in values]
        a = header[0].start
        rows = _rows(ints, [(a, c.end if c.text else c.start) for c in cells[-15:]])
        last = cells[-1]
        if not text[last.end :].strip() and not whole_at_end(last.text) and not t4_groups_add_up(ints):
            # the text ends inside the last cell, no bar closing it: it may be cut short (see read_t4)
            return rows[:-1], [_cut_last(last.text)]
        return rows, _inconsistency(ints)
    return None


def _region(text: str) -> tuple[list[Token], int, int | None]:
    """Table 四's numbers: from its heading (or header) to the end of its run of column labels and cells."""
    sk = scan_whole(text)
    skel = sk.skeleton
    t3 = None
    for row in ("carried_forward", "new_received"):
        t3 = LABEL_RE[row].search(skel)
        if t3:
            break
    origin = t3.end() if t3 else 0
    bounds = table4_start(sk, origin)
    if not bounds:
        return [], 0, None
    start_i, header_i = bounds
    header = OWN_WORD_RE.search(skel, header_i)
    end_i = header.start()
    while True:
        run = HEADER_RUN_RE.match(skel, end_i)
        end_i = run.end() if run else end_i
        more = OWN_WORD_RE.search(skel, end_i, end_i + STRAY_HEADING)
        if not more:
            break
        # a word the run could not take where it stands (broken across lines around another cell's piece): taken
        # whole, so the scan always moves on (it once looped on '复' / '…议后起诉')
        end_i = more.end() if more.start() == end_i else more.start()
    last_header = None
    for m in LAST_HEADER_RE.finditer(skel, header.start(), end_i):
        last_header = sk.offsets[m.end() - 1] + 1
    while end_i > header.start() and skel[end_i - 1] == "\n":
        end_i -= 1  # the header's last line break: the cells after it are the table's
    while end_i < len(skel) and skel[end_i] == "\n":
        end_i += 1
    start, end = sk.offsets[start_i], sk.offsets[end_i]
    tokens = [t for t in sk.tokens if start <= t.start < end]
    return tokens, sk.offsets[header.start()], last_header


def read_t4(text: str) -> tuple[list[dict], list[str]]:
    """Table 四's 15 cells as metric rows, and notes on what was left out and why."""
    found = _from_cells(text)
    if found:
        return found
    tokens, header_start, last_header = _region(text)
    if not tokens:
        return [], []
    if len(tokens) > 15 and last_header is not None:
        tokens = [t for t in tokens if t.start >= last_header]  # numbers before the header are not its cells
    shown = printed(text, [], tokens)
    if any(t.kind == "junk" for t in tokens):
        return [], [f"table 四: {shown!r} holds marks that are not cells; left out"]
    a = min(header_start, tokens[0].start)
    # The text ends among the numbers (an excerpt cut): fewer than 15 are no run to cut, and a last one that breaks
    # its group's sum may itself be cut short ('… 168 2' of 20…).
    at_end = ends_text(text, tokens[-1].end)
    if at_end and len(tokens) < 15:
        return [], [f"table 四: the text ends after {len(tokens)} of its numbers; left out"]
    if len(tokens) == 15 and all(canonical(t) for t in tokens):
        values = [value_of(t) for t in tokens]
        spans = [(a, max(t.end, a + 1)) for t in tokens]
        if at_end and not whole_at_end(tokens[-1].text) and not t4_groups_add_up(values):
            return _rows(values, spans)[:-1], [_cut_last(tokens[-1].text)]
        return _rows(values, spans), _inconsistency(values)
    if len(tokens) > 15 or any(t.kind == "blank" for t in tokens):
        return [], [f"table 四: {len(tokens)} cells printed where the template has 15; left out"]
    digits = [t.text for t in tokens]
    n = sum(map(len, digits))
    fenced = [t.fenced for t in tokens]
    loose = cut(digits, 15, max_len=MAX_LEN, whole=fenced, limit=2)
    whole = [(a, tokens[-1].end)] * 15  # evidence: the run the cells were cut from
    if loose.count == 1:
        return _rows(list(loose.readings[0]), whole), _inconsistency(list(loose.readings[0]))
    tight = cut(digits, 15, max_len=MAX_LEN, whole=fenced, group=5, limit=2) if loose.count else loose
    if not tight.complete and len(tight.readings) < 2:
        return [], [f"table 四: {n} run-together digits have {loose.count} cuts, too many to search; left out"]
    if len(tight.readings) != 1:
        return [], [
            f"table 四: {n} run-together digits have {'no' if not tight.readings else 'several'} "
            "readings consistent with its arithmetic; left out"
        ]
    return _rows(list(tight.readings[0]), whole), []
