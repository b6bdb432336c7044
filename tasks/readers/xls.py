"""Excel 97–2003 (.xls): every sheet with content as a table, merged cells repeated where they cover (xlrd, which
reads the binary workbook itself)."""

from __future__ import annotations

from tasks.readers import DecodeText, Read, Unreadable
from tasks.readers.xlsx import shown, workbook_read


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
    sheets = (
        (
            sheet.name,
            [[shown(_value(book, sheet.cell(r, c))) for c in range(sheet.ncols)] for r in range(sheet.nrows)],
            list(sheet.merged_cells),
        )
        for sheet in book.sheets()
    )
    return workbook_read(sheets, "xls")
