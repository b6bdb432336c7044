"""Word (.docx): paragraphs and tables in body order, merged cells (gridSpan, vMerge) repeated where they cover."""

from __future__ import annotations

from io import BytesIO

from tasks.readers import DecodeText, Read, Unreadable
from tasks.readers.grid import cell_text, drop_empty, join_lines, render

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _val(el, name: str) -> str | None:
    found = el.find(name) if el is not None else None
    return None if found is None else found.get(f"{W}val")


def paragraph_text(p) -> str:
    """A paragraph's text: its runs' text, tabs as spaces, line breaks kept (deleted revisions left out)."""
    parts: list[str] = []
    for node in p.iter(f"{W}t", f"{W}tab", f"{W}br", f"{W}cr", f"{W}delText", f"{W}noBreakHyphen"):
        if node.tag == f"{W}t":
            parts.append(node.text or "")
        elif node.tag in (f"{W}tab",):
            parts.append(" ")
        elif node.tag in (f"{W}br", f"{W}cr"):
            parts.append("\n")
        elif node.tag == f"{W}noBreakHyphen":
            parts.append("-")
    return "".join(parts)


def _cell_text(tc) -> str:
    """A cell's paragraphs as lines; a table nested in the cell gives its cells' text in reading order."""
    lines = []
    for p in tc.iter(f"{W}p"):
        lines.extend(paragraph_text(p).splitlines() or [""])
    return cell_text("\n".join(lines))


# A grid column this narrow (twips; 20 are a point) holds no cell of its own: Word leaves such slivers where two
# rows' cell boundaries nearly meet (a 1-twip column between 总计 and the next group in table 四), and every cell
# across it spans it.
SLIVER_TWIPS = 20


def table_grid(tbl) -> list[list[str]]:
    """The table's grid: a cell spanning columns (gridSpan) is repeated across them, a cell continuing a vertical
    merge (vMerge without "restart") takes the text of the cell it continues, skipped grid columns are empty. A
    sliver column that only spanning cells cross is left out, so no cell is read twice."""
    grid: list[list[str]] = []
    owners: list[list[int]] = []  # which cell of its row each position is, to tell a span from equal neighbours
    for tr in tbl.findall(f"{W}tr"):
        row: list[str] = [""] * int(_val(tr.find(f"{W}trPr"), f"{W}gridBefore") or 0)
        owner = [-1 - i for i in range(len(row))]
        cells = [c for child in tr for c in ([child] if child.tag == f"{W}tc" else child.iter(f"{W}tc"))]
        for i, tc in enumerate(cells):
            tcpr = tc.find(f"{W}tcPr")
            span = int(_val(tcpr, f"{W}gridSpan") or 1)
            vmerge = tcpr.find(f"{W}vMerge") if tcpr is not None else None
            col = len(row)
            if vmerge is not None and vmerge.get(f"{W}val", "continue") == "continue" and grid:
                above = grid[-1]
                text = above[col] if col < len(above) else ""
            else:
                text = _cell_text(tc)
            row.extend([text] * max(span, 1))
            owner.extend([i] * max(span, 1))
        grid.append(row)
        owners.append(owner)
    width = max((len(r) for r in grid), default=0)
    grid = [r + [""] * (width - len(r)) for r in grid]
    owners = [o + [-1000 - c for c in range(len(o), width)] for o in owners]
    slivers = set(_slivers(tbl, width)) - {0}
    keep = [
        c
        for c in range(width)
        if c not in slivers
        or not all(
            not row[c] or o[c] in (o[c - 1], o[c + 1] if c + 1 < width else None)
            for row, o in zip(grid, owners, strict=True)
        )
    ]
    return drop_empty([[r[c] for c in keep] for r in grid])


def _slivers(tbl, width: int) -> list[int]:
    """The grid columns the table's grid (w:tblGrid) makes narrower than SLIVER_TWIPS, when it states every one."""
    grid = tbl.find(f"{W}tblGrid")
    cols = grid.findall(f"{W}gridCol") if grid is not None else []
    if len(cols) != width:
        return []
    return [
        c for c, col in enumerate(cols) if (col.get(f"{W}w") or "").isdigit() and int(col.get(f"{W}w")) < SLIVER_TWIPS
    ]


def body_blocks(body) -> tuple[list[str], int]:
    """The body's paragraphs and tables in the order they stand."""
    lines: list[str] = []
    tables = 0
    for child in body:
        if child.tag == f"{W}p":
            line = join_lines(paragraph_text(child).splitlines())
            if line:
                lines.append(line.replace("|", "｜") if line.startswith("|") else line)
        elif child.tag == f"{W}tbl":
            grid = table_grid(child)
            if len(grid) == 1 and len(grid[0]) == 1:
                lines.append(grid[0][0])  # a one-cell table is a framed paragraph
            elif grid:
                lines += ["", render(grid), ""]
                tables += 1
        elif child.tag == f"{W}sdt":  # a content control wraps paragraphs and tables of the body
            content = child.find(f"{W}sdtContent")
            if content is not None:
                more, n = body_blocks(content)
                lines += more
                tables += n
    return lines, tables


def read(data: bytes, decode_text: DecodeText) -> Read:
    """A .docx file's body as text; headers, footers and comments are not the report's text."""
    import docx

    try:
        document = docx.Document(BytesIO(data))
    except Exception as exc:  # zipfile's BadZipFile, python-docx's PackageNotFoundError, lxml's XMLSyntaxError, …
        raise Unreadable(
            "corrupt_docx", f"the Word file is damaged or incomplete and cannot be opened ({exc})"
        ) from None
    lines, tables = body_blocks(document.element.body)
    text = "\n".join(lines)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return Read(text=text.strip("\n") + "\n", format="docx", encoding=None, pages=None, tables=tables)
