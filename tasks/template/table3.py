"""Table 三 (收到和处理政府信息公开申请情况): 25 rows × 7 columns in 2021, 23 rows in 2019, read as a grid."""

from __future__ import annotations

import bisect
import re

from tasks.template.arithmetic import adds_up, t3_consistent, t3_rows
from tasks.template.grid import Choice, Label, Option, Unit, choose, units_of
from tasks.template.tokens import Scan, cell_rows, cell_value, label_text, scan, trailing_values
from tasks.vocabulary import T3_COLUMNS, t3_name

# Row labels as found in the skeleton (no spaces, no numbers between their characters).
T3_LABELS: dict[str, str] = {
    "new_received": r"本年新收政府信息公开申请数量",
    "carried_over": r"上年结转政府信息公开申请数量",
    "granted": r"[（(]一[）)]予以公开",
    "partial": r"[（(]二[）)]部分公开(?:[（(]区分处理的[，,]只计这一情形[，,]不计其他情形[）)])?",
    "denied_state_secret": r"属于国家秘密",
    "denied_law_forbids": r"其他法律行政法规禁止公开",
    "denied_security_stability": r"危及[“\"]?三安全一稳定[”\"]?",
    "denied_third_party": r"保护第三方合法权益",
    "denied_internal_affairs": r"属于三类内部事务信息",
    "denied_process_info": r"属于四类过程性信息",
    "denied_enforcement_file": r"属于行政执法案卷",
    "denied_admin_query": r"属于行政查询事项",
    "unable_not_held": r"本机关不掌握相关政府信息",
    "unable_need_create": r"没有现成信息需要另行制作",
    "unable_unclear": r"补正后申请内容仍不明确",
    "not_processed_petition": r"信访举报投诉类申请",
    "not_processed_repeat": r"重复申请",
    "not_processed_publication": r"要求提供公开出版物",
    "not_processed_mass_repeat": r"无正当理由大量反复申请",
    "not_processed_confirm": r"要求行政机关确认或重新出具已获取信息",
    "other_total": r"[（(]六[）)]其他处理",
    "other_no_correction": r"(?:申请人)?(?:无正当理由)?逾期不补正[、，,]行政机关不再处理其政府信息公开申请",
    "other_unpaid_fee": r"(?:申请人)?逾期未按收费通知要求缴纳费用[、，,]行政机关不再处理其政府信息公开申请",
    # '3.其他' only with its number: the header's 其他 (column) and 其他法律… (a row) are not this row.
    "other_misc": r"3[.．、]其他(?:组织)?(?!法律|处理)",
    "outcomes_total": r"[（(]七[）)]总计",
    "carried_forward": r"结转下年度继续办理",
}
NUMBERED = {r for r in T3_LABELS if r.startswith(("denied_", "unable_", "not_processed_", "other_"))} - {
    "other_total",
    "other_misc",
}
LABEL_RE = {row: re.compile((r"(?:\d[.．、])?" if row in NUMBERED else "") + p) for row, p in T3_LABELS.items()}
# What stands before table 三's first row: its heading, the 勾稽 note, the header.
MARKER_RE = re.compile(r"收到和处理政府信息公开申请情况|本列数据的勾稽关系|申请人情况")
# What starts table 四: its heading or its header.
T4_START_RE = re.compile(r"行政复议|结果维持")
GAP = 400  # skeleton characters allowed between two consecutive row labels (a header or page furniture between)
MARKER_GAP = 300  # from the header to the first row label, in skeleton characters (numbers are not in it)
MAX_LEN = 7  # digits in one cell: PLAUSIBLE_MAX of a request count is 1,000,000


def _chain(sk: Scan, rows: tuple[str, ...]) -> list[Label]:
    """The row labels in template order, starting where the most of them follow each other closely (prose may name
    a row before the table does)."""
    occ = {r: [m.span() for m in LABEL_RE[r].finditer(sk.skeleton)] for r in rows}
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
    last = sk.at(chain[-1].end)
    m = T4_START_RE.search(sk.skeleton, last)
    end = sk.offsets[m.start()] if m else min(len(sk.text), chain[-1].end + 6000)
    return start, end


def _leaf(text: str, rows: tuple[str, ...]) -> str | None:
    """The row a label path names: the label that ends last ('三、本年度办理结果 （三）不予公开 1.属于国家秘密')."""
    best = None
    for r in rows:
        for m in LABEL_RE[r].finditer(text):
            if best is None or (m.end(), m.end() - m.start()) > best[0]:
                best = ((m.end(), m.end() - m.start()), r)
    return best[1] if best else None


def _cell_units(text: str, rows: tuple[str, ...]) -> list[Unit]:
    """Rows printed as cells: the last seven cells are the row's, the cells before them its label path."""
    units = []
    for cells in cell_rows(text):
        n = trailing_values(cells)
        if n < 7 or n == len(cells):
            continue
        row = _leaf(label_text(cells[: len(cells) - n]), rows)
        if row is None:
            continue
        lab = next(c for c in cells if c.text)
        vals = [cell_value(c)[1] for c in cells[len(cells) - n :]]
        spans = [(lab.start, c.end if c.text else c.start) for c in cells[len(cells) - n :]]
        unit = Unit((row,))
        if n == 7:
            unit.options = [Option({row: tuple(None if v is None else int(v) for v in vals)}, {row: spans})]
        elif n == 8 and None not in vals and sum(vals[1:6]) == vals[6] and vals[0] + vals[6] == vals[7]:
            unit.options = [Option({row: tuple(int(v) for v in (*vals[:6], vals[7]))}, {row: spans[:6] + spans[7:]})]
        else:
            unit.note = f"table 三 {row}: {n} cells printed where the template has 7; left out"
        units.append(unit)
    return units


def read_t3(text: str, era: str) -> tuple[list[dict], list[str]]:
    """Table 三's cells as metric rows, and notes on what was left out and why."""
    rows = t3_rows(era)
    units = _cell_units(text, rows)
    if not units:
        sk = scan(text)
        chain = _chain(sk, rows)
        if not chain:
            return [], []
        start, end = _region(sk, chain)
        tokens = [t for t in sk.tokens if start <= t.start < end]
        units = units_of(text, chain, tokens, 7, table="三", max_len=MAX_LEN, row_ok=adds_up, subtotal=True)
    choice = choose(units, lambda table, partial: t3_consistent(table, rows, partial), table="三")
    return _metric_rows(choice), choice.notes + _row_sum_notes(choice)


def _row_sum_notes(choice: Choice) -> list[str]:
    bad = [r for r, v in choice.values.items() if choice.kinds[r] != "arith" and not adds_up(v)]
    if bad:
        return [f"source inconsistency (table): table 三 rows {bad} do not add up to their 总计 as printed"]
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
