"""Excel 97–2003 (.xls): every sheet with content as a table, merged cells repeated where they cover (xlrd, which
reads the binary workbook itself)."""

from __future__ import annotations

from tasks.readers import DecodeText, Read, Unreadable
from tasks.readers.grid import drop_empty, render
from tasks.readers.xlsx import shown


def _value(book, cell) -> object:
    import xlrd

    if cell.ctype == xlrd.XL_CELL_DATE:
        return xlrd.xldate.xldate_as_datetime(cell.value, book.datemode)
    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
        return None
    return cell.value


def read(data: bytes, decode_text: DecodeText) -> Read:
    """Each non-empty sheet as its name on a line, then its rows."""
    import xlrd

    try:
        book = xlrd.open_workbook(file_contents=data, formatting_info=True, on_demand=False)
    except Exception as exc:  # xlrd's XLRDError and CompDocError, struct's errors on a file cut short, …
        raise Unreadable(
            "corrupt_xls",
            f"the Excel 97–2003 file is damaged or cannot be read ({type(exc).__name__}): save it as .xlsx or PDF",
        ) from None
    lines: list[str] = []
    tables = 0
    for sheet in book.sheets():
        grid = [[shown(_value(book, sheet.cell(r, c))) for c in range(sheet.ncols)] for r in range(sheet.nrows)]
        for r0, r1, c0, c1 in sheet.merged_cells:
            text = grid[r0][c0] if r0 < len(grid) and c0 < len(grid[r0]) else ""
            for r in range(r0, min(r1, len(grid))):
                for c in range(c0, min(c1, len(grid[r]))):
                    grid[r][c] = text
        grid = drop_empty(grid)
        if grid:
            lines += [sheet.name, "", render(grid), ""]
            tables += 1
    return Read(text="\n".join(lines).strip("\n") + "\n", format="xls", encoding=None, pages=None, tables=tables)
