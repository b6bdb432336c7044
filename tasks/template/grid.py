"""Readings of a table's numbers as cells of the template's grid, and the choice among them.

A converter prints a table row by row with each row's label before its numbers (flattened text, PDF text laid out
by lines), column by column after all the labels (PDF text laid out by boxes), all numbers before the labels, or in
pieces cut by page breaks. Every one of these is, between two runs of labels, a run of numbers that is either one
row's cells (possibly run together) or a block of whole rows read by row or by column. `Unit`s hold the readings of
one such run; `choose` keeps the readings the table's arithmetic allows and lands a cell only when every allowed
reading agrees on it."""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from tasks.notes import table_inconsistent
from tasks.template.cuts import cut
from tasks.template.tokens import Token, rows_by_line

Values = tuple[int | None, ...]


@dataclass(frozen=True)
class Label:
    row: str
    start: int
    end: int


@dataclass
class Option:
    values: dict[str, Values]
    spans: dict[str, list[tuple[int, int]]]  # evidence of each cell


@dataclass
class Unit:
    rows: tuple[str, ...]
    options: list[Option] = field(default_factory=list)
    kind: str = "printed"  # printed: cell boundaries known | forced: one cut only | arith: chosen by arithmetic
    note: str | None = None


class Reading:
    """One pairing of labels with numbers: how well its runs fit rows, and its units, cut only when asked for (the
    cut search is most of a table's cost, and a pairing that fits better and closes makes the other moot)."""

    def __init__(self, fit: tuple[int, int], build: Callable[[], list[Unit]]) -> None:
        self.fit, self._build = fit, build

    @cached_property
    def units(self) -> list[Unit]:
        return self._build()

    @property
    def built(self) -> bool:
        return "units" in self.__dict__

    @classmethod
    def of(cls, units: list[Unit]) -> Reading:
        return cls((0, 0), lambda: units)


def canonical(token: Token) -> bool:
    """A cell printed on its own: a blank mark, or a number with no leading zero ('00' is two cells run together)."""
    return token.kind == "blank" or (
        token.kind == "cell" and token.text.isdigit() and (token.text == "0" or token.text[0] != "0")
    )


def value_of(token: Token) -> int | None:
    return None if token.kind == "blank" else int(token.text)


def printed(text: str, labels: Sequence[Label], tokens: Sequence[Token]) -> str:
    a = min([t.start for t in tokens] + [x.start for x in labels])
    b = max([t.end for t in tokens] + [x.end for x in labels])
    s = text[a:b]
    return s if len(s) <= 80 else s[:38] + "…" + s[-38:]


MAX_ORDERS = 64  # readings of a block whose rows' lines may stand in several orders
MAX_INTERLEAVINGS = 5000  # orders of a row's lines' cells searched (a 7-cell row's three lines: 140 at most)
MAX_LINES = 3  # a row's cells on more lines than this are a cell a line (a flattened table), in printed order


def _line_groups(text: str, tokens: Sequence[Token]) -> list[list[Token]]:
    """The tokens in runs that each stand on one line with nothing but spaces between them (a line that normalizing
    joined to the next keeps the label's words between the two lines' numbers)."""
    groups = [[tokens[0]]]
    for a, b in itertools.pairwise(tokens):
        if text[a.end : b.start].strip(" \t|"):
            groups.append([])
        groups[-1].append(b)
    return groups


def _interleavings(groups: list[list[int | None]]) -> Iterator[Values]:
    """Every sequence of all the groups' items that keeps each group's own order."""
    if len(groups) == 1:
        yield tuple(groups[0])
        return
    first, rest = groups[0], groups[1:]
    for tail in _interleavings(rest):
        n = len(first) + len(tail)
        for places in itertools.combinations(range(n), len(first)):
            out: list[int | None] = []
            fi = ti = 0
            for i in range(n):
                if fi < len(first) and places[fi] == i:
                    out.append(first[fi])
                    fi += 1
                else:
                    out.append(tail[ti])
                    ti += 1
            yield tuple(out)


def _line_orders(
    text: str, label: Label, tokens: Sequence[Token], row_ok: Callable[[Values], bool] | None
) -> list[Values] | None:
    """A row's readings when its numbers stand on two or three lines among its label's (None when they do not: read
    as printed). A PDF laid out by lines prints a cell aligned to its box's top on the label's first line and the
    cells centred in theirs a line lower ('（二）部分公开（区分处理的，只计这一情 20' / '19 1 0 0 0 0' /
    '形，不计其他情形）'), so the order of the lines is no order of the columns. Each line keeps its cells' order; the
    readings that interleave the lines and add up stay, for the table's arithmetic to choose among."""
    lines = _line_groups(text, tokens)
    if row_ok is None or label.end <= tokens[0].start or len(lines) > MAX_LINES or len(lines) == len(tokens):
        return None
    if len(lines) == 1:  # the lines joined into one: as printed, when that adds up
        return None if row_ok(tuple(value_of(t) for t in tokens)) else []
    if math.factorial(len(tokens)) // math.prod(math.factorial(len(g)) for g in lines) > MAX_INTERLEAVINGS:
        return []
    return sorted({m for m in _interleavings([[value_of(t) for t in g] for g in lines]) if row_ok(m)})


def row_unit(
    text: str,
    label: Label,
    tokens: Sequence[Token],
    k: int,
    *,
    table: str,
    max_len: int,
    subtotal: bool = False,
    row_ok: Callable[[Values], bool] | None = None,
) -> Unit:
    """One row's readings from the numbers printed for it: as printed when there are k cells (or, when they stand
    on lines among its label's, each order of the lines' cells that adds up: `_line_orders`), else every cut of
    run-together digits into k cells whose last is the sum of the others (a forced cut when there is one only)."""
    row = label.row
    span = (min(label.start, tokens[0].start), max(label.end, tokens[-1].end))
    unit = Unit((row,))
    shown = printed(text, [label], tokens)
    if any(t.kind == "junk" for t in tokens):
        unit.note = f"table {table} {row}: {shown!r} holds marks that are not cells; left out"
    elif len(tokens) == k and all(canonical(t) for t in tokens):
        values = tuple(value_of(t) for t in tokens)
        orders = _line_orders(text, label, tokens, row_ok)
        if orders is None:
            unit.options = [Option({row: values}, {row: [span] * k})]
        else:
            unit.kind = "arith"
            unit.options = [Option({row: m}, {row: [span] * k}) for m in orders]
            if not orders:
                unit.note = (
                    f"table {table} {row}: {shown!r} has its cells among its label's lines, in no order adding up; "
                    "left out"
                )
    elif subtotal and len(tokens) == k + 1 and all(canonical(t) and t.kind == "cell" for t in tokens):
        # The local 8-column layout with a 法人或其他组织 subtotal before 总计: kept only when both of its
        # identities hold, then the subtotal is dropped.
        v = [int(t.text) for t in tokens]
        if sum(v[1:6]) == v[6] and v[0] + v[6] == v[7]:
            unit.options = [Option({row: (*v[:6], v[7])}, {row: [span] * k})]
        else:
            unit.note = f"table {table} {row}: {len(tokens)} cells printed where the template has {k}; left out"
    elif len(tokens) > k or any(t.kind == "blank" for t in tokens):
        unit.note = f"table {table} {row}: {len(tokens)} cells printed where the template has {k}; left out"
    else:
        digits = [t.text for t in tokens]
        whole = [t.fenced for t in tokens]
        loose = cut(digits, k, max_len=max_len, whole=whole, limit=2)
        if loose.count == 0:
            unit.note = f"table {table} {row}: {shown!r} cannot be cut into {k} cells; left out"
        elif loose.count == 1 and row_ok is not None and not row_ok(loose.readings[0]):
            # the one cut does not add up: a cell is missing or stray (a number a label's piece hid), not run together
            unit.note = f"table {table} {row}: the one cut of {shown!r} into {k} cells does not add up; left out"
        elif loose.count == 1:
            unit.kind = "forced"
            unit.options = [Option({row: loose.readings[0]}, {row: [span] * k})]
        else:
            tight = cut(digits, k, max_len=max_len, whole=whole, group=k)
            unit.kind = "arith"
            if not tight.complete:
                unit.note = (
                    f"table {table} {row}: {shown!r} has {loose.count} cuts into {k} cells, too many to "
                    "search; left out"
                )
            elif not tight.readings:
                unit.note = f"table {table} {row}: no cut of {shown!r} into {k} cells adds up to its 总计; left out"
            else:
                unit.options = [Option({row: r}, {row: [span] * k}) for r in tight.readings]
    return unit


def block_unit(
    text: str, labels: Sequence[Label], tokens: Sequence[Token], k: int, *, table: str, row_ok: Callable[[Values], bool]
) -> Unit:
    """Whole rows printed as one run of numbers (all labels first, all numbers first, or a converter's boxes): read
    by row and by column; a reading stays only when each of its rows adds up. A block printed a row to a line is
    read by row."""
    n = len(labels)
    values = [value_of(t) for t in tokens]

    def option(index: Callable[[int, int], int]) -> Option:
        vals, spans = {}, {}
        for i, lab in enumerate(labels):
            cells = [tokens[index(i, c)] for c in range(k)]
            vals[lab.row] = tuple(values[index(i, c)] for c in range(k))
            spans[lab.row] = [(min(lab.start, t.start), max(lab.end, t.end)) for t in cells]
        return Option(vals, spans)

    by_row, by_column = option(lambda i, c: i * k + c), option(lambda i, c: c * n + i)
    unit = Unit(tuple(x.row for x in labels))
    # a row of the block whose numbers stand on lines among its label's (see `_line_orders`): read in the orders
    # of its lines' cells that add up
    orders = {lab.row: _line_orders(text, lab, tokens[i * k : i * k + k], row_ok) for i, lab in enumerate(labels)}
    orders = {r: o for r, o in orders.items() if o is not None and o != [by_row.values[r]]}
    if orders:
        unit.kind = "arith"
        rows, choices = list(orders), list(itertools.islice(itertools.product(*orders.values()), MAX_ORDERS))
        unit.options = [Option({**by_row.values, **dict(zip(rows, c, strict=True))}, by_row.spans) for c in choices]
        unit.options += [by_column] if all(row_ok(v) for v in by_column.values.values()) else []
        if not unit.options:
            unit.note = f"table {table}: rows {list(orders)} printed on lines that add up in no order; left out"
        return unit
    if by_row.values == by_column.values or (n != k and rows_by_line(text, list(tokens), k)):
        unit.options = [by_row]
        return unit
    unit.kind = "arith"
    unit.options = [o for o in (by_row, by_column) if all(row_ok(v) for v in o.values.values())]
    if not unit.options:
        unit.note = (
            f"table {table}: rows {list(unit.rows)} printed as one run of {len(tokens)} numbers add up "
            "neither read by row nor by column; left out"
        )
    return unit


def _pairings(
    runs: list[tuple[int, list[int]]], labels: Sequence[Label], tokens: Sequence[Token], k: int
) -> list[tuple[tuple[int, int], bool, list[tuple[list[Label], list[Token]]]]]:
    """Each run of labels with the run of numbers after it, and with the run before it: (how well the runs fit
    rows — runs holding a row's worth of numbers, runs left unpaired —, numbers first, the pairs)."""
    out = []
    for numbers_first in (False, True):
        lead = 0 if runs and runs[0][0] == int(numbers_first) else 1
        pairs = []
        for a in range(lead, len(runs) - 1, 2):
            first, second = runs[a][1], runs[a + 1][1]
            labs, toks = (second, first) if numbers_first else (first, second)
            pairs.append(([labels[i] for i in labs], [tokens[i] for i in toks]))
        fit = sum(
            1
            for labs, toks in pairs
            if len(toks) == k * len(labs) or (len(labs) == 1 and len(toks) < k and sum(len(t.text) for t in toks) >= k)
        )
        out.append(((2 * fit - len(pairs), 2 * len(pairs) - len(runs)), numbers_first, pairs))
    return out


def units_of(
    text: str,
    labels: Sequence[Label],
    tokens: Sequence[Token],
    k: int,
    *,
    table: str,
    max_len: int,
    row_ok: Callable[[Values], bool],
    subtotal: bool = False,
    blocks: bool = True,
) -> list[Reading]:
    """The table read with each run of labels paired with the numbers after it, and with those before it (a
    converter may print either): per pairing, its fit and (when asked for) its units, each one row or a block of
    rows (left out, with a note, when not `blocks`: the table's numbers stand partly elsewhere)."""
    events = sorted([(x.start, 0, i) for i, x in enumerate(labels)] + [(t.start, 1, i) for i, t in enumerate(tokens)])
    runs: list[tuple[int, list[int]]] = []
    for _, kind, i in events:
        if runs and runs[-1][0] == kind:
            runs[-1][1].append(i)
        else:
            runs.append((kind, [i]))
    return [
        Reading(
            fit,
            lambda pairs=pairs, numbers_first=numbers_first: _units(
                text,
                pairs,
                numbers_first,
                k,
                table=table,
                max_len=max_len,
                row_ok=row_ok,
                subtotal=subtotal,
                blocks=blocks,
            ),
        )
        for fit, numbers_first, pairs in _pairings(runs, labels, tokens, k)
    ]


def _units(
    text: str,
    pairs: list[tuple[list[Label], list[Token]]],
    numbers_first: bool,
    k: int,
    *,
    table: str,
    max_len: int,
    row_ok: Callable[[Values], bool],
    subtotal: bool,
    blocks: bool = True,
) -> list[Unit]:
    def block(labs: list[Label], toks: list[Token]) -> Unit:
        if blocks:
            return block_unit(text, labs, toks, k, table=table, row_ok=row_ok)
        return Unit(
            tuple(x.row for x in labs),
            note=(
                f"table {table}: rows {[x.row for x in labs]} printed as one run of numbers while others of the "
                "table's stand before its first row (a converter's boxes): their columns are unknown; left out"
            ),
        )

    units, i = [], 0
    while i < len(pairs):
        labs, toks = pairs[i]
        clean = all(canonical(t) for t in toks)
        if clean and len(toks) != k * len(labs):
            # Counts that do not balance: a converter that orders text by boxes breaks a column with labels
            # (pdfminer), or a number strays to the next row's line; the run closes where they balance again.
            j, n_labs, n_toks = i, len(labs), len(toks)
            while j + 1 < len(pairs) and all(canonical(t) for t in pairs[j + 1][1]) and n_toks != k * n_labs:
                j += 1
                n_labs, n_toks = n_labs + len(pairs[j][0]), n_toks + len(pairs[j][1])
            if j > i and n_toks == k * n_labs:
                merged = [x for p in pairs[i : j + 1] for x in p[0]], [t for p in pairs[i : j + 1] for t in p[1]]
                units.append(block(*merged))
                i = j + 1
                continue
        if len(labs) > 1 and clean and len(toks) == k * len(labs):
            units.append(block(labs, toks))
        else:
            # A label followed by another label has no cells of its own (numbers-first: the reverse).
            owner = labs[0] if numbers_first else labs[-1]
            units.append(row_unit(text, owner, toks, k, table=table, max_len=max_len, subtotal=subtotal, row_ok=row_ok))
        i += 1
    return units


@dataclass
class Choice:
    values: dict[str, Values]
    spans: dict[str, list[tuple[int, int]]]
    kinds: dict[str, str]
    notes: list[str]


def choose(
    units: Sequence[Unit],
    consistent: Callable[[dict[str, Values], bool], bool],
    *,
    table: str,
    first: Sequence[str] = (),
    limit: int = 64,
    budget: int = 20_000,
) -> Choice:
    """The cells every reading allowed by the table's arithmetic agrees on. Units with one reading are fixed; the
    others are searched together (units holding a `first` row, the totals, first: the partial arithmetic prunes
    most once they are chosen), bounded by `budget` steps."""
    notes = [u.note for u in units if u.note]
    fixed = [u for u in units if len(u.options) == 1]
    open_units = sorted((u for u in units if len(u.options) > 1), key=lambda u: not set(u.rows) & set(first))
    values: dict[str, Values] = {}
    spans: dict[str, list[tuple[int, int]]] = {}
    kinds: dict[str, str] = {}
    for u in fixed:
        for r in u.rows:
            if r in values and values[r] != u.options[0].values[r]:
                notes.append(f"table {table} {r}: printed twice with different cells; left out")
                values[r] = None  # type: ignore[assignment]
                continue
            values[r], spans[r], kinds[r] = u.options[0].values[r], u.options[0].spans[r], u.kind
    for r in [r for r, v in values.items() if v is None]:
        del values[r], spans[r], kinds[r]
    if open_units:
        good: list[tuple[int, ...]] = []
        steps = 0
        picked: list[int] = []

        def walk(i: int, acc: dict[str, Values]) -> bool:
            nonlocal steps
            if i == len(open_units):
                if consistent(acc, False):
                    good.append(tuple(picked))
                return len(good) < limit
            for oi, opt in enumerate(open_units[i].options):
                steps += 1
                if steps > budget:
                    return False
                trial = {**acc, **opt.values}
                if not consistent(trial, True):
                    continue
                picked.append(oi)
                go_on = walk(i + 1, trial)
                picked.pop()
                if not go_on:
                    return False
            return True

        complete = walk(0, dict(values)) and len(good) < limit
        open_rows = [r for u in open_units for r in u.rows]
        if not complete:
            notes.append(f"table {table}: rows {open_rows} have too many readings to search; left out")
        elif not good:
            notes.append(
                f"table {table}: rows {open_rows} have no readings consistent with the table's arithmetic; left out"
            )
        else:
            several = []
            for ui, u in enumerate(open_units):
                for r in u.rows:
                    seen = {u.options[g[ui]].values[r] for g in good}
                    if len(seen) == 1:
                        opt = u.options[good[0][ui]]
                        values[r], spans[r], kinds[r] = opt.values[r], opt.spans[r], "arith"
                    else:
                        several.append(r)
            if several:
                notes.append(
                    f"table {table}: rows {several} have several readings consistent with the table's "
                    "arithmetic; left out"
                )
    if values and not consistent(values, False):
        arith = [r for r in values if kinds[r] == "arith"]
        if arith:
            notes.append(
                f"table {table}: readings chosen by arithmetic in a table that does not close; those rows left out"
            )
            for r in arith:
                del values[r], spans[r], kinds[r]
        if values and not consistent(values, False):
            notes.append(table_inconsistent(f"table {table} as printed does not satisfy its own arithmetic"))
    return Choice(values, spans, kinds, notes)


def choose_pairing(
    readings: Sequence[Reading],
    consistent: Callable[[dict[str, Values], bool], bool],
    rows: Sequence[str],
    *,
    row_ok: Callable[[Values], bool],
    table: str,
    first: Sequence[str] = (),
) -> Choice:
    """The pairing of labels with numbers is itself a reading: the one whose table is whole and closes wins; when
    none does, the one that fits the runs better (the table as printed, its inconsistency noted); when both do,
    or neither fits better, only the rows the two agree on land."""

    def whole(c: Choice) -> bool:
        return all(r in c.values for r in rows) and consistent(c.values, False) and all(map(row_ok, c.values.values()))

    # The pairing that fits the runs best is read first: when its table is whole and closes, and every other fits
    # worse, it wins whatever the others read (the ranking below), so they are never cut.
    order = sorted(readings, key=lambda r: r.fit, reverse=True)
    best = choose(order[0].units, consistent, table=table, first=first)
    if len(order) == 1 or (whole(best) and all(r.fit < order[0].fit for r in order[1:])):
        return best
    choices = [(r.fit, choose(r.units, consistent, table=table, first=first)) for r in readings]
    if len(choices) == 1 or choices[0][1].values == choices[1][1].values:
        return max(choices, key=lambda c: c[0])[1]

    def rank(c: tuple) -> tuple:
        # Then the table's first row: it always holds numbers, so a pairing that leaves it empty while the other
        # leaves the last row empty is the one that ran past an excerpt's end (fresh2 g14, fresh3 h02: cut after a
        # label), whatever else fits.
        return whole(c[1]), bool(rows) and rows[0] in c[1].values, c[0]

    ranked = sorted(choices, key=rank, reverse=True)
    (_, a), (_, b) = ranked
    if rank(ranked[0]) != rank(ranked[1]):
        return a
    agreed = [r for r in a.values if b.values.get(r) == a.values[r]]
    note = (
        f"table {table}: rows {[r for r in rows if r not in agreed]} read differently with each row's numbers "
        "after and before its label; left out"
    )
    return Choice(
        {r: a.values[r] for r in agreed},
        {r: a.spans[r] for r in agreed},
        {r: a.kinds[r] for r in agreed},
        [*a.notes, note],
    )
