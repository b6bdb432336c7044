"""Tables as text: a grid of cell texts, merged cells resolved, one `| cell | cell |` line per row."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# Han characters, CJK punctuation and full-width forms: two of them meet without a space when a cell's line
# break is joined ('（二）部分公开（区分处理的，' + '不计其他情形）').
CJK_RE = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u201c\u201d\u2018\u2019]")
SPACE_RE = re.compile(r"[ \t\u00a0\u3000]+")


@dataclass(frozen=True)
class Span:
    """One cell as a document states it: its text and how many grid rows and columns it covers."""

    text: str
    rows: int = 1
    cols: int = 1


def join_lines(lines: Iterable[str]) -> str:
    """A cell's lines as one: no space between two CJK characters, one space otherwise."""
    out = ""
    for raw in lines:
        line = SPACE_RE.sub(" ", raw).strip()
        if not line:
            continue
        # Two CJK characters meet without a space, and so do the halves of a decimal number a narrow cell broke at
        # its point ('5949.' + '088667'); two whole numbers on two lines stay two ('12' '34' is not 1234).
        number = (out[-1:] == "." and out[-2:-1].isdigit() and line[0].isdigit()) or (
            out[-1:].isdigit() and line[0] == "." and line[1:2].isdigit()
        )
        if out and not (CJK_RE.match(out[-1]) and CJK_RE.match(line[0])) and not number:
            out += " "
        out += line
    return out


def cell_text(text: str) -> str:
    """A cell's text on one line, its `|` made full-width so it cannot split the row."""
    return join_lines(text.splitlines()).replace("|", "｜")


def resolve(rows: Sequence[Sequence[Span]]) -> list[list[str]]:
    """The grid of a table given row by row in document order, as HTML gives it: a cell covering several rows
    or columns is repeated in every position it covers, every row padded to the full width."""
    grid: dict[tuple[int, int], str] = {}
    height = len(rows)
    for r, row in enumerate(rows):
        c = 0
        for span in row:
            while (r, c) in grid:  # a position taken by a row span from above
                c += 1
            text = cell_text(span.text)
            # A row span past the last row (rowspan="99" in a saved page) ends with the table.
            for dr in range(min(max(span.rows, 1), height - r)):
                for dc in range(max(span.cols, 1)):
                    grid.setdefault((r + dr, c + dc), text)
            c += max(span.cols, 1)
    width = max((c + 1 for _, c in grid), default=0)
    return [[grid.get((r, c), "") for c in range(width)] for r in range(height)]


def drop_empty(grid: list[list[str]]) -> list[list[str]]:
    """The grid without rows and columns that are empty throughout (layout padding, ruling without text)."""
    rows = [row for row in grid if any(row)]
    if not rows:
        return []
    keep = [c for c in range(len(rows[0])) if any(row[c] for row in rows)]
    return [[row[c] for c in keep] for row in rows]


def render(grid: Sequence[Sequence[str]]) -> str:
    """The table's rows, one line each: `| a | b |  | d |`."""
    return "\n".join("| " + " | ".join(row) + " |" for row in grid)


def parse(text: str) -> list[list[list[str]]]:
    """The tables of a read text back as grids: runs of consecutive `| … |` lines."""
    tables: list[list[list[str]]] = []
    current: list[list[str]] = []
    for line in text.split("\n"):
        row = line.strip()
        if len(row) >= 2 and row[0] == "|" and row[-1] == "|":  # runs of spaces may have been folded to one
            current.append([cell.strip() for cell in row[1:-1].split("|")])
        elif current:
            tables.append(current)
            current = []
    if current:
        tables.append(current)
    return tables
