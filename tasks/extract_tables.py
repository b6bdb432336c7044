"""The national template's tables 二, 三 and 四 from flattened text, using the template's arithmetic."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from tasks.vocabulary import (
    T3_COLUMNS,
    T3_ROWS_2019,
    T3_ROWS_2021,
    T4_GROUPS,
    T4_RESULTS,
    t3_name,
    t4_name,
)

ERA_2021_RE = re.compile(r"本年制发件数|本年废止件数|现行有效件数|逾期不补正|逾期未按收费通知|本年收费金额")
# Column labels only: words like 政府集中采购 also occur in the prose of reports of any era.
ERA_2019_RE = re.compile(r"本年新制作数量|本年新公开数量|对外公开总数量|上一年项目数量|采购项目数量")
TEMPLATE_RE = re.compile(
    r"收到和处理政府信息公开申请情况|本年新收政府信息公开申请数量|第二十条第[（(][一五六八][）)]项"
)

SP = r"\s*"
# Row labels of table 三 (a label may be broken by stray spaces, d14: 本年度办 理结果).
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
    "other_misc": r"(?<=[0-9\s|])3\s*[.．、]\s*其他(?:组织)?(?=[\s|/—\-－\d])",
    "outcomes_total": r"[（(]七[）)]总计",
    "carried_forward": r"结转下年度继续办理",
}


def _spaced(label: str) -> str:
    """Allow stray spaces between the characters of a literal label."""
    out, i = [], 0
    while i < len(label):
        ch = label[i]
        if "\u4e00" <= ch <= "\u9fff":
            out.append(ch + r"\s*")
        else:
            out.append(ch)
        i += 1
    return "".join(out)


NUMBERED = {r for r in T3_LABELS if r.startswith(("denied_", "unable_", "not_processed_", "other_"))} - {"other_total"}
# Sub-rows are printed as '1.属于国家秘密'; a flattened row's cells run into the next row's number
# (d08: 属于国家秘密00000002.其他法律…), so the number belongs to the label, not to the cells.
T3_LABEL_RE = {
    row: re.compile((r"(?:[1-8]\s*[.．、]\s*)?" if row in NUMBERED else "") + _spaced(p))
    for row, p in T3_LABELS.items()
}
CELL_RE = re.compile(r"[\d\s|/—\-－]*")
BLANK_TOKENS = {"/", "—", "-", "－", "——"}


@dataclass
class TemplateResult:
    era: str
    rows: list[dict] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def detect_era(text: str, year: int | None = None) -> str:
    """template_2021 / template_2019 from the labels present, narrative when there are none."""
    n21, n19 = len(ERA_2021_RE.findall(text)), len(ERA_2019_RE.findall(text))
    if n21 > n19:
        return "template_2021"
    if n19 > n21:
        return "template_2019"
    if TEMPLATE_RE.search(text):
        # Only section headings shared by both versions: the revision year is the tie-breaker.
        years = [int(y) for y in re.findall(r"((?:20)\d{2})\s*年度?", text[:400])]
        return "template_2021" if years and min(years) >= 2021 else "template_2019"
    return "narrative"


def splits(digits: str, k: int, limit: int = 200_000) -> list[tuple[int, ...]]:
    """Every way to cut a digit run into k cells (no leading zeros)."""
    n = len(digits)
    if n < k:
        return []
    out = []
    for cuts in itertools.combinations(range(1, n), k - 1):
        parts = [digits[a:b] for a, b in zip((0, *cuts), (*cuts, n), strict=True)]
        if any(len(p) > 1 and p[0] == "0" for p in parts):
            continue
        out.append(tuple(int(p) for p in parts))
        if len(out) > limit:
            break
    return out


@dataclass
class Cells:
    start: int
    end: int
    tokens: list[str]  # whitespace-separated tokens as printed

    @property
    def digits(self) -> str:
        return "".join(t for t in self.tokens if t.isdigit())


def _cells_after(text: str, start: int, stop: int) -> Cells:
    seg = text[start:stop]
    m = CELL_RE.match(seg)
    body = m.group(0) if m else ""
    tokens = [t for t in re.split(r"[\s|]+", body) if t]
    after = seg[len(body) : len(body) + 2]
    if tokens and tokens[-1].isdigit() and after[:1] in (".", "．", "、") and "\u4e00" <= after[1:2] <= "\u9fff":
        # The last digit is the next row's number ('…00000006.属于四类过程性信', a truncated label).
        tokens[-1] = tokens[-1][:-1]
        body = body.rstrip()[:-1]
        tokens = [t for t in tokens if t]
    return Cells(start, start + len(body.rstrip()), tokens)


def _row_options(cells: Cells, k: int, row_sum: bool) -> tuple[list[tuple], str]:
    """Candidate readings of one row: 'printed' (k cells as printed), 'forced' (the digits allow one cut
    only, as '0000000' or '0 0 0 0 0 00'), or 'split' (several cuts; the row's own sum filters them)."""
    toks = cells.tokens
    if len(toks) == k and all(t.isdigit() or t in BLANK_TOKENS for t in toks):
        return [tuple(None if t in BLANK_TOKENS else int(t) for t in toks)], "printed"
    if k == 7 and len(toks) == 8 and all(t.isdigit() for t in toks):
        # The local 8-column layout with a 法人或其他组织 subtotal before 总计: keep it only when both
        # of its identities hold, then drop the subtotal.
        v = [int(t) for t in toks]
        if sum(v[1:6]) == v[6] and v[0] + v[6] == v[7]:
            return [(*v[:6], v[7])], "printed"
        return [], "unreadable"
    digits = cells.digits
    if not digits or any(t in BLANK_TOKENS for t in toks) or len(toks) > k:
        return [], "unreadable"  # more printed cells than the template has: never re-cut them
    opts = splits(digits, k)
    if len(opts) == 1:
        return opts, "forced"
    if row_sum:
        opts = [o for o in opts if sum(o[:-1]) == o[-1]]
    return opts, "split"


FLOW_ROWS = ("new_received", "carried_over", "outcomes_total", "carried_forward")


def t3_consistent(table: dict[str, tuple], rows: tuple[str, ...]) -> bool:
    """The template's column identities, checked wherever all the rows they need were read."""
    outcome = [r for r in rows if r not in FLOW_ROWS]
    for c in range(7):
        col = {r: (v[c] or 0) for r, v in table.items()}
        if (
            "outcomes_total" in col
            and all(r in col for r in outcome)
            and sum(col[r] for r in outcome) != col["outcomes_total"]
        ):
            return False
        if all(r in col for r in FLOW_ROWS) and (
            col["new_received"] + col["carried_over"] != col["outcomes_total"] + col["carried_forward"]
        ):
            return False
    return True


def read_t3(text: str, era: str) -> tuple[list[dict], list[str]]:
    rows = T3_ROWS_2021 if era == "template_2021" else T3_ROWS_2019
    # The table starts at the first row label followed by cells; prose may use the same words earlier.
    head = next(
        (
            m
            for m in T3_LABEL_RE["new_received"].finditer(text)
            if re.match(r"[\s|]*(?:\d|/|—|－)", text[m.end() : m.end() + 20])
        ),
        None,
    )
    if not head:
        return [], []
    found: list[tuple[str, re.Match[str]]] = []
    pos = head.start()
    for row in rows:
        m = T3_LABEL_RE[row].search(text, pos)
        if m and m.start() - pos < 600:
            found.append((row, m))
            pos = m.end()
    if not found:
        return [], []
    options: dict[str, list[tuple]] = {}
    spans: dict[str, Cells] = {}
    kinds: dict[str, str] = {}
    for i, (row, m) in enumerate(found):
        stop = found[i + 1][1].start() if i + 1 < len(found) else min(len(text), m.end() + 80)
        cells = _cells_after(text, m.end(), stop)
        if not cells.tokens:
            continue
        opts, kind = _row_options(cells, 7, row_sum=True)

        if opts:
            options[row], spans[row], kinds[row] = opts, cells, kind
    notes: list[str] = []
    fixed = {r: o[0] for r, o in options.items() if len(o) == 1}
    open_rows = [r for r, o in options.items() if len(o) > 1]
    chosen = dict(fixed)
    if open_rows:
        space = 1
        for r in open_rows:
            space *= len(options[r])
        if space > 200_000:
            notes.append(f"table 三: {len(open_rows)} rows with run-together digits have too many readings; left out")
        else:
            good = []
            for combo in itertools.product(*(options[r] for r in open_rows)):
                trial = dict(fixed, **dict(zip(open_rows, combo, strict=True)))
                if t3_consistent(trial, rows):
                    good.append(combo)
                    if len(good) > 1:
                        break
            if len(good) == 1:
                chosen.update(zip(open_rows, good[0], strict=True))
            else:
                notes.append(
                    f"table 三: rows {open_rows} have {'no' if not good else 'several'} readings "
                    "consistent with the table's arithmetic; left out"
                )
    if chosen and not t3_consistent(chosen, rows):
        if any(kinds[r] == "split" for r in chosen):
            notes.append("table 三: readings chosen by arithmetic in a table that does not close; those rows left out")
            chosen = {r: v for r, v in chosen.items() if kinds[r] != "split"}
        if not t3_consistent(chosen, rows):
            notes.append("source inconsistency (table): table 三 as printed does not satisfy its own arithmetic")
    bad_rows = [r for r, v in chosen.items() if kinds[r] != "split" and sum(x or 0 for x in v[:6]) != (v[6] or 0)]
    if bad_rows:
        notes.append(f"source inconsistency (table): table 三 rows {bad_rows} do not add up to their 总计 as printed")
    out = []
    for row, values in chosen.items():
        cells = spans[row]
        for col, value in zip(T3_COLUMNS, values, strict=True):
            out.append(_metric(t3_name(row, col), value, cells, text, found_label=dict(found)[row]))
    return out, notes


def _metric(
    name: str, value: int | None, cells: Cells, text: str, found_label: re.Match[str] | None = None, scale: float = 1.0
) -> dict:
    start = found_label.start() if found_label else cells.start
    return {
        "metric": name,
        "value": None if value is None else float(value) * scale,
        "qualifier": "blank" if value is None else "exact",
        "evidence_start": start,
        "evidence_end": cells.end,
        "note": None,
    }


def arithmetic_failures(values: dict[str, float | None], era: str) -> list[str]:
    """The template identities that landed table values break, each named with its numbers."""
    rows = T3_ROWS_2021 if era == "template_2021" else T3_ROWS_2019
    table = {r: tuple(values.get(t3_name(r, c)) for c in T3_COLUMNS) for r in rows}
    table = {
        r: tuple(v or 0 for v in vals) for r, vals in table.items() if all(t3_name(r, c) in values for c in T3_COLUMNS)
    }
    out = []
    for r, vals in table.items():
        if sum(vals[:6]) != vals[6]:
            out.append(f"table 三 {r}: {' + '.join(f'{v:g}' for v in vals[:6])} != total {vals[6]:g}")
    if table and not t3_consistent(table, rows):
        out.append("table 三: a column breaks 一+二 = 总计+四 or 总计 = sum of outcomes")
    for g in T4_GROUPS:
        cells = [values.get(t4_name(g, r)) for r in T4_RESULTS]
        if all(c is not None for c in cells) and sum(cells[:4]) != cells[4]:
            out.append(f"table 四 {g}: {' + '.join(f'{c:g}' for c in cells[:4])} != total {cells[4]:g}")
    return out


def read_t4(text: str) -> tuple[list[dict], list[str]]:
    t3 = T3_LABEL_RE["carried_forward"].search(text) or T3_LABEL_RE["new_received"].search(text)
    origin = t3.end() if t3 else 0
    first = re.search(_spaced("结果维持"), text[origin:])
    if not first:
        return [], []
    window_start = origin + first.start()
    header = None
    for m in re.finditer(_spaced("尚未审结") + r"[\s|]*" + _spaced("总计"), text[window_start : window_start + 400]):
        header = m
    if not header:
        return [], []
    start = window_start + header.end()
    cells = _cells_after(text, start, min(len(text), start + 160))
    if len(cells.tokens) == 15 and all(t.isdigit() or t in BLANK_TOKENS for t in cells.tokens):
        values = [None if t in BLANK_TOKENS else int(t) for t in cells.tokens]
        kind = "printed"
    else:
        digits = cells.digits
        good = []
        if 15 <= len(digits) <= 30:
            for o in splits(digits, 15):
                if all(sum(o[g * 5 : g * 5 + 4]) == o[g * 5 + 4] for g in range(3)):
                    good.append(o)
                    if len(good) > 1:
                        break
        if len(good) != 1:
            return [], [
                f"table 四: {len(digits)} run-together digits have {'no' if not good else 'several'} "
                "readings consistent with its arithmetic; left out"
            ]
        values, kind = list(good[0]), "split"
    notes = []
    if kind == "printed" and any(
        values[g * 5 + 4] is not None and sum(x or 0 for x in values[g * 5 : g * 5 + 4]) != values[g * 5 + 4]
        for g in range(3)
    ):
        notes.append("source inconsistency (table): table 四 group totals do not add up as printed")
    names = [t4_name(g, r) for g in T4_GROUPS for r in T4_RESULTS]
    rows = []
    for n, v in zip(names, values, strict=True):
        row = _metric(n, v, cells, text)
        row["evidence_start"] = window_start + header.start()
        rows.append(row)
    return rows, notes


# Table 二 rows: (label, metric names per cell, unit scale); 2021 and 2019 kept apart.
T2_ROWS = {
    "template_2021": (
        (r"(?<!行政)规章", ("t2_rules_made", "t2_rules_repealed", "t2_rules_in_force"), 1),
        (r"(?:行政)?规范性文件", ("t2_normative_made", "t2_normative_repealed", "t2_normative_in_force"), 1),
        (r"行政许可", ("t2_licensing_decisions",), 1),
        (r"行政处罚", ("t2_penalty_decisions",), 1),
        (r"行政强制", ("t2_coercion_decisions",), 1),
        (r"行政事业性收费", ("t2_admin_fee_revenue_yuan",), 10_000),
    ),
    "template_2019": (
        (r"(?<!行政)规章", ("t2_rules_new_made", "t2_rules_new_published", "t2_rules_published_total"), 1),
        (r"规范性文件", ("t2_normative_new_made", "t2_normative_new_published", "t2_normative_published_total"), 1),
        (r"行政许可", ("t2_licensing_items_prev_year", "t2_licensing_items_delta", "t2_licensing_decisions"), 1),
        (
            r"其他对外管理服务事项",
            ("t2_other_mgmt_items_prev_year", "t2_other_mgmt_items_delta", "t2_other_mgmt_decisions"),
            1,
        ),
        (r"行政处罚", ("t2_penalty_items_prev_year", "t2_penalty_items_delta", "t2_penalty_decisions"), 1),
        (r"行政强制", ("t2_coercion_items_prev_year", "t2_coercion_items_delta", "t2_coercion_decisions"), 1),
        (r"行政事业性收费", ("t2_fee_items_prev_year", "t2_fee_items_delta"), 1),
    ),
}
# 2019 （九） 政府集中采购: a project count and an amount whose unit the report writes itself ('251000元').
PROCUREMENT_RE = re.compile(r"政府集中采购[\s|]*(?P<n>\d+)[\s|]+(?P<amount>\d+(?:\.\d+)?)\s*(?P<unit>万元|元)")


def read_t2(text: str, era: str) -> tuple[list[dict], list[str]]:
    head = re.search(r"第二十条第[（(]一[）)]项", text)
    if not head:
        return [], []
    end_m = re.search(r"收到和处理政府信息公开申请情况|三、", text[head.end() :])
    region_end = head.end() + (end_m.start() if end_m else 1500)
    out, notes = [], []
    for label, names, scale in T2_ROWS[era]:
        m = re.search(label + r"(?=\s*[\d/—\-|])", text[head.start() : region_end])
        if not m:
            continue
        s = head.start() + m.end()
        seg_m = re.match(
            r"[\s|]*((?:[+\-−]?\d+(?:\.\d+)?|/|—|－)(?:[\s|]+(?:[+\-−]?\d+(?:\.\d+)?|/|—|－))*)", text[s:region_end]
        )
        if not seg_m:
            continue
        tokens = [t for t in re.split(r"[\s|]+", seg_m.group(1)) if t]
        cells = Cells(s, s + seg_m.end(), tokens)
        k = len(names)
        if len(tokens) == k:
            try:
                values = [None if t in BLANK_TOKENS else float(t.replace("−", "-")) for t in tokens]
            except ValueError:
                continue
        elif all(t.isdigit() for t in tokens) and len("".join(tokens)) == k:
            values = [float(ch) for ch in "".join(tokens)]  # forced: one digit per cell (d09: '00 0')
        else:
            notes.append(
                f"table 二: {text[head.start() + m.start() : cells.end]!r} cannot be split with certainty; left out"
            )
            continue
        for name, v in zip(names, values, strict=True):
            row = _metric(name, None if v is None else v, cells, text)
            row["evidence_start"] = head.start() + m.start()
            if v is not None:
                row["value"] = round(v * scale, 2)
            out.append(row)
    return out, notes


def read_procurement(text: str) -> tuple[list[dict], list[str]]:
    m = PROCUREMENT_RE.search(text)
    if not m:
        glued = re.search(r"政府集中采购\s*(\d+(?:\.\d+)?\s*(?:万元|元)?)", text)
        return [], [
            f"table 二: '政府集中采购{glued.group(1)}' cannot be split with certainty; left out"
        ] if glued else []
    cells = Cells(m.start("n"), m.end(), [m.group("n"), m.group("amount")])
    scale = 10_000 if m.group("unit") == "万元" else 1
    rows = []
    for name, value, factor in (
        ("t2_procurement_projects", float(m.group("n")), 1),
        ("t2_procurement_amount_yuan", float(m.group("amount")), scale),
    ):
        row = _metric(name, None, cells, text)
        row.update(value=round(value * factor, 2), evidence_start=m.start())
        rows.append(row)
    return rows, []


def read_template(text: str) -> TemplateResult:
    era = detect_era(text)
    result = TemplateResult(era)
    if era == "narrative":
        return result
    readers = [lambda: read_t2(text, era), lambda: read_t3(text, era), lambda: read_t4(text)]
    if era == "template_2019":
        readers.append(lambda: read_procurement(text))
    for reader in readers:
        rows, notes = reader()
        result.rows += rows
        result.notes += notes
    return result
