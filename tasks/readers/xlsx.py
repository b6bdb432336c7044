"""Excel (.xlsx): every sheet with content as a table, merged cells repeated where they cover."""

from __future__ import annotations

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
    lines: list[str] = []
    tables = 0
    for sheet in book.worksheets:
        grid = [[shown(v) for v in row] for row in sheet.iter_rows(values_only=True)]
        for merged in sheet.merged_cells.ranges:
            text = grid[merged.min_row - 1][merged.min_col - 1] if merged.min_row - 1 < len(grid) else ""
            for r in range(merged.min_row - 1, min(merged.max_row, len(grid))):
                for c in range(merged.min_col - 1, min(merged.max_col, len(grid[r]))):
                    grid[r][c] = text
        grid = drop_empty(grid)
        if grid:
            lines += [sheet.title, "", render(grid), ""]
            tables += 1
    return Read(text="\n".join(lines).strip("\n") + "\n", format="xlsx", encoding=None, pages=None, tables=tables)
