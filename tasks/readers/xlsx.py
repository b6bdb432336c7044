"""Excel (.xlsx): every sheet with content as a table, merged cells repeated where they cover."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from io import BytesIO

from tasks.readers import DecodeText, Read, Unreadable
from tasks.readers.grid import cell_text, drop_empty, render


def shown(value: object) -> str:
    """A cell's value as a report prints it: 12.0 is 12, a date is its ISO day."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date):
        return value.isoformat()[:10]
    return cell_text(str(value))


def read(data: bytes, decode_text: DecodeText) -> Read:
    """Each non-empty sheet as its name on a line, then its rows."""
    import openpyxl

    try:
        book = openpyxl.load_workbook(BytesIO(data), data_only=True)
    except Exception as exc:  # zipfile's BadZipFile, openpyxl's InvalidFileException, lxml's errors, …
        raise Unreadable(
            "corrupt_xlsx", f"the Excel file is damaged or incomplete and cannot be opened ({exc})"
        ) from None
    sheets = (
        (
            sheet.title,
            [[shown(v) for v in row] for row in sheet.iter_rows(values_only=True)],
            [(m.min_row - 1, m.max_row, m.min_col - 1, m.max_col) for m in sheet.merged_cells.ranges],
        )
        for sheet in book.worksheets
    )
    return workbook_read(sheets, "xlsx")


def workbook_read(sheets: Iterable[tuple[str, list[list[str]], list[tuple[int, int, int, int]]]], fmt: str) -> Read:
    """Sheets given as (name, rows of shown cells, merged ranges as half-open (row0, row1, col0, col1)): each
    non-empty one as its name on a line, then its rows, a merged range's text repeated across it."""
    lines: list[str] = []
    tables = 0
    for name, grid, merged in sheets:
        for r0, r1, c0, c1 in merged:
            text = grid[r0][c0] if r0 < len(grid) and c0 < len(grid[r0]) else ""
            for r in range(r0, min(r1, len(grid))):
                for c in range(c0, min(c1, len(grid[r]))):
                    grid[r][c] = text
        grid = drop_empty(grid)
        if grid:
            lines += [name, "", render(grid), ""]
            tables += 1
    return Read(text="\n".join(lines).strip("\n") + "\n", format=fmt, encoding=None, pages=None, tables=tables)
