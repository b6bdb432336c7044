"""The template's own arithmetic: table 三's row and column identities and table 四's group sums, used both to
choose a reading while extracting and to check landed values while validating."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from tasks.vocabulary import T3_COLUMNS, T3_ROWS_2019, T3_ROWS_2021, T4_GROUPS, T4_RESULTS, t3_name, t4_name

FLOW_ROWS = ("new_received", "carried_over", "outcomes_total", "carried_forward")
Cells = Sequence[int | float | None]


def t3_rows(era: str) -> tuple[str, ...]:
    """Table 三's data rows in the template of this era."""
    return T3_ROWS_2021 if era == "template_2021" else T3_ROWS_2019


def adds_up(cells: Cells) -> bool:
    """A row's (or a table-四 group's) last cell equals the sum of the others; a blank counts as 0."""
    return sum(v or 0 for v in cells[:-1]) == (cells[-1] or 0)


def t4_groups_add_up(cells: Cells) -> bool:
    return all(adds_up(cells[g * 5 : g * 5 + 5]) for g in range(3))


def t3_consistent(table: Mapping[str, Cells], rows: Sequence[str], partial: bool = False) -> bool:
    """Per column: 一 + 二 = （七）总计 + 四, and （七）总计 = the sum of the outcome rows, checked wherever the rows
    they need were read. With `partial`, also that the outcome rows read so far do not exceed （七）总计 (every cell
    is a count), which prunes a search before all rows are chosen."""
    outcome = [r for r in rows if r not in FLOW_ROWS]
    have_outcomes = all(r in table for r in outcome)
    have_flow = all(r in table for r in FLOW_ROWS)
    total = table.get("outcomes_total")
    for c in range(7):
        if total is not None and (have_outcomes or partial):
            s, t = sum((table[r][c] or 0) for r in outcome if r in table), total[c] or 0
            if (have_outcomes and s != t) or s > t:
                return False
        if have_flow:
            col = {r: table[r][c] or 0 for r in FLOW_ROWS}
            if col["new_received"] + col["carried_over"] != col["outcomes_total"] + col["carried_forward"]:
                return False
    return True


def arithmetic_failures(values: dict[str, float | None], era: str) -> list[str]:
    """The template identities that landed table values break, each named with its numbers."""
    rows = t3_rows(era)
    table = {
        r: tuple(v or 0 for v in (values.get(t3_name(r, c)) for c in T3_COLUMNS))
        for r in rows
        if all(t3_name(r, c) in values for c in T3_COLUMNS)
    }
    out = []
    for r, vals in table.items():
        if not adds_up(vals):
            out.append(f"table 三 {r}: {' + '.join(f'{v:g}' for v in vals[:6])} != total {vals[6]:g}")
    if table and not t3_consistent(table, rows):
        out.append("table 三: a column breaks 一+二 = 总计+四 or 总计 = sum of outcomes")
    for g in T4_GROUPS:
        cells = [values.get(t4_name(g, r)) for r in T4_RESULTS]
        if all(c is not None for c in cells) and not adds_up(cells):
            out.append(f"table 四 {g}: {' + '.join(f'{c:g}' for c in cells[:4])} != total {cells[4]:g}")
    return out
