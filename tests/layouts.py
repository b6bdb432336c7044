"""Template tables 二, 三 and 四 rendered from a report's truth in the layouts converters produce, each embedded in
the report's own prose in place of its tables: the material of test_layouts.py. Labels are printed as the
template prints them (data/reference/FORMAT.md), typed here rather than taken from the code under test."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from tasks.normalize import normalize_text
from tasks.vocabulary import T3_COLUMNS, T4_GROUPS, T4_RESULTS, t3_name, t4_name

GROUP_三 = "三、本年度办理结果"
T3_ROWS: dict[str, tuple[tuple[str, tuple[str, ...], str], ...]] = {}  # era -> (row, group path, label)
_COMMON_HEAD = (
    ("new_received", (), "一、本年新收政府信息公开申请数量"),
    ("carried_over", (), "二、上年结转政府信息公开申请数量"),
    ("granted", (GROUP_三,), "（一）予以公开"),
    ("partial", (GROUP_三,), "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    *(
        (row, (GROUP_三, "（三）不予公开"), label)
        for row, label in (
            ("denied_state_secret", "1.属于国家秘密"),
            ("denied_law_forbids", "2.其他法律行政法规禁止公开"),
            ("denied_security_stability", "3.危及“三安全一稳定”"),
            ("denied_third_party", "4.保护第三方合法权益"),
            ("denied_internal_affairs", "5.属于三类内部事务信息"),
            ("denied_process_info", "6.属于四类过程性信息"),
            ("denied_enforcement_file", "7.属于行政执法案卷"),
            ("denied_admin_query", "8.属于行政查询事项"),
        )
    ),
    *(
        (row, (GROUP_三, "（四）无法提供"), label)
        for row, label in (
            ("unable_not_held", "1.本机关不掌握相关政府信息"),
            ("unable_need_create", "2.没有现成信息需要另行制作"),
            ("unable_unclear", "3.补正后申请内容仍不明确"),
        )
    ),
    *(
        (row, (GROUP_三, "（五）不予处理"), label)
        for row, label in (
            ("not_processed_petition", "1.信访举报投诉类申请"),
            ("not_processed_repeat", "2.重复申请"),
            ("not_processed_publication", "3.要求提供公开出版物"),
            ("not_processed_mass_repeat", "4.无正当理由大量反复申请"),
            ("not_processed_confirm", "5.要求行政机关确认或重新出具已获取信息"),
        )
    ),
)
_TAIL = (("outcomes_total", (GROUP_三,), "（七）总计"), ("carried_forward", (), "四、结转下年度继续办理"))
T3_ROWS["template_2019"] = (*_COMMON_HEAD, ("other_total", (GROUP_三,), "（六）其他处理"), *_TAIL)
T3_ROWS["template_2021"] = (
    *_COMMON_HEAD,
    *(
        (row, (GROUP_三, "（六）其他处理"), label)
        for row, label in (
            ("other_no_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
            ("other_unpaid_fee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
            ("other_misc", "3.其他"),
        )
    ),
    *_TAIL,
)
T3_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
# The header's three levels, one cell per column (the label column first), merged cells repeated.
T3_HEADER = (
    (T3_NOTE, *["申请人情况"] * 7),
    (T3_NOTE, "自然人", *["法人或其他组织"] * 5, "总计"),
    (T3_NOTE, "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"),
)
T3_COLUMN_HEADS = ("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计")
RESULTS = ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")
T4_HEADER = (
    (*["行政复议"] * 5, *["行政诉讼"] * 10),
    (*["行政复议"] * 5, *["未经复议直接起诉"] * 5, *["复议后起诉"] * 5),
    RESULTS * 3,
)
# Table 二: (caption, column labels, rows of (label, metric per cell, scale)) as the template prints them.
T2_BLOCKS = {
    "template_2021": (
        (
            "第二十条第（一）项",
            ("本年制发件数", "本年废止件数", "现行有效件数"),
            (
                ("规章", ("t2_rules_made", "t2_rules_repealed", "t2_rules_in_force"), 1),
                ("行政规范性文件", ("t2_normative_made", "t2_normative_repealed", "t2_normative_in_force"), 1),
            ),
        ),
        ("第二十条第（五）项", ("本年处理决定数量",), (("行政许可", ("t2_licensing_decisions",), 1),)),
        (
            "第二十条第（六）项",
            ("本年处理决定数量",),
            (
                ("行政处罚", ("t2_penalty_decisions",), 1),
                ("行政强制", ("t2_coercion_decisions",), 1),
            ),
        ),
        (
            "第二十条第（八）项",
            ("本年收费金额（单位：万元）",),
            (("行政事业性收费", ("t2_admin_fee_revenue_yuan",), 10_000),),
        ),
    ),
    "template_2019": (
        (
            "第二十条第（一）项",
            ("本年新制作数量", "本年新公开数量", "对外公开总数量"),
            (
                ("规章", ("t2_rules_new_made", "t2_rules_new_published", "t2_rules_published_total"), 1),
                (
                    "规范性文件",
                    ("t2_normative_new_made", "t2_normative_new_published", "t2_normative_published_total"),
                    1,
                ),
            ),
        ),
        (
            "第二十条第（五）项",
            ("上一年项目数量", "本年增/减", "处理决定数量"),
            (
                ("行政许可", ("t2_licensing_items_prev_year", "t2_licensing_items_delta", "t2_licensing_decisions"), 1),
                (
                    "其他对外管理服务事项",
                    ("t2_other_mgmt_items_prev_year", "t2_other_mgmt_items_delta", "t2_other_mgmt_decisions"),
                    1,
                ),
            ),
        ),
        (
            "第二十条第（六）项",
            ("上一年项目数量", "本年增/减", "处理决定数量"),
            (
                ("行政处罚", ("t2_penalty_items_prev_year", "t2_penalty_items_delta", "t2_penalty_decisions"), 1),
                ("行政强制", ("t2_coercion_items_prev_year", "t2_coercion_items_delta", "t2_coercion_decisions"), 1),
            ),
        ),
        (
            "第二十条第（八）项",
            ("上一年项目数量", "本年增/减"),
            (("行政事业性收费", ("t2_fee_items_prev_year", "t2_fee_items_delta"), 1),),
        ),
    ),
}
HEADING_三 = "三、收到和处理政府信息公开申请情况"
HEADING_四 = "四、政府信息公开行政复议、行政诉讼情况"


def _printed(value: float, scale: int = 1) -> str:
    d = Decimal(str(value)) / scale
    return format(d.normalize(), "f") if d != d.to_integral() else str(int(d))


@dataclass
class T2Block:
    caption: str
    heads: tuple[str, ...]
    rows: list[tuple[str, list[str]]]  # (label, cells as printed)


@dataclass
class Tables:
    """One report's tables as printed cells, and the values they must read back as."""

    era: str
    t2: list[T2Block]
    t3: list[tuple[str, tuple[str, ...], str, list[str]]]  # (row, group path, label, 7 cells)
    t4: list[str]
    expected: dict[str, float | None] = field(default_factory=dict)


def tables_of(truth: dict) -> Tables:
    """The tables of a report's truth: every table-三 and -四 cell, and the table-二 rows whose cells are all known."""
    era, m = truth["format_era"], {k: v["value"] for k, v in truth["metrics"].items()}
    t2 = []
    expected: dict[str, float | None] = {}
    for caption, heads, rows in T2_BLOCKS[era]:
        block = T2Block(caption, heads, [])
        for label, names, scale in rows:
            if all(n in m for n in names):
                block.rows.append((label, [_printed(m[n], scale) for n in names]))
                expected.update({n: m[n] for n in names})
        t2.append(block)
    t3 = []
    for row, group, label in T3_ROWS[era]:
        names = [t3_name(row, c) for c in T3_COLUMNS]
        t3.append((row, group, label, [_printed(m[n]) for n in names]))
        expected.update({n: m[n] for n in names})
    names = [t4_name(g, r) for g in T4_GROUPS for r in T4_RESULTS]
    expected.update({n: m[n] for n in names})
    return Tables(era, t2, t3, [_printed(m[n]) for n in names], expected)


# --- layouts: each returns (table 二's text, tables 三 and 四 with their headings) ----------------------------


def _groups_before(t: Tables) -> list[tuple[str | None, tuple]]:
    """Each row of table 三 preceded by the group labels it opens (as a text print shows a rowspan label once)."""
    out, seen = [], set()
    for entry in t.t3:
        new = [g for g in entry[1] if g not in seen]
        seen.update(new)
        out.append((new, entry))
    return out


def row_major(t: Tables, sep: str = " ") -> tuple[str, str]:
    """Row by row, a row's label then its cells, one row a line (PDF text laid out by lines)."""
    t2 = []
    for b in t.t2:
        t2 += [b.caption, sep.join(("信息内容", *b.heads))]
        t2 += [sep.join((label, *cells)) for label, cells in b.rows]
    t3 = [
        HEADING_三,
        T3_NOTE,
        "申请人情况",
        sep.join(("自然人", "法人或其他组织", "总计")),
        sep.join(T3_COLUMN_HEADS[1:6]),
    ]
    for new, (_, _, label, cells) in _groups_before(t):
        t3 += new
        t3.append(sep.join((label, *cells)))
    t4 = [
        HEADING_四,
        sep.join(("行政复议", "行政诉讼")),
        sep.join(("未经复议直接起诉", "复议后起诉")),
        sep.join(RESULTS * 3),
        sep.join(t.t4),
    ]
    return "\n".join(t2), "\n".join(t3 + t4)


def flattened(t: Tables) -> tuple[str, str]:
    """Everything run together, labels and digits (a web page's table copied as text, the corpus's style)."""
    a, b = row_major(t, sep="")
    return a.replace("\n", ""), b.replace("\n", "")


def _boxes(*cells: str) -> str:
    return "\n\n".join(cells)


def column_major(t: Tables, heads: bool = True) -> tuple[str, str]:
    """Column by column: the label column, then each column's label and its cells, every cell its own paragraph
    (PDF text laid out by boxes, as pdfminer prints a ruled table)."""
    t2 = []
    for b in t.t2:
        t2.append(_boxes(b.caption, "信息内容", *(label for label, _ in b.rows), *([] if heads else b.heads)))
        for c, head in enumerate(b.heads):
            t2.append(_boxes(*([head] if heads else []), *(cells[c] for _, cells in b.rows)))
    labels = []
    for new, (_, _, label, _) in _groups_before(t):
        labels += [*new, label]
    t3 = [HEADING_三, _boxes(T3_NOTE, *labels), _boxes("申请人情况", "法人或其他组织")]
    t3 += [] if heads else [_boxes(*T3_COLUMN_HEADS)]
    for c, head in enumerate(T3_COLUMN_HEADS):
        t3.append(_boxes(*([head] if heads else []), *(cells[c] for *_, cells in t.t3)))
    t4 = [HEADING_四, _boxes("行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉")]
    t4 += [] if heads else [_boxes(*RESULTS * 3)]
    for i, v in enumerate(t.t4):
        t4.append(_boxes(*([RESULTS[i % 5]] if heads else []), v))
    return "\n\n".join(t2), "\n\n".join(t3 + t4)


def column_major_bare(t: Tables) -> tuple[str, str]:
    """Column by column with the column labels printed apart, before all the numbers."""
    return column_major(t, heads=False)


def labels_first(t: Tables) -> tuple[str, str]:
    """All the labels of a table, then all its numbers row by row (labels displaced from their numbers)."""
    t2 = []
    for b in t.t2:
        t2 += [b.caption, "信息内容", *b.heads, *(label for label, _ in b.rows)]
        t2 += [" ".join(cells) for _, cells in b.rows]
    labels = []
    for new, (_, _, label, _) in _groups_before(t):
        labels += [*new, label]
    t3 = [HEADING_三, T3_NOTE, "申请人情况", *T3_COLUMN_HEADS, *labels, *(" ".join(c) for *_, c in t.t3)]
    t4 = [HEADING_四, "行政复议 行政诉讼", "未经复议直接起诉 复议后起诉", " ".join(RESULTS * 3), " ".join(t.t4)]
    return "\n".join(t2), "\n".join(t3 + t4)


def numbers_first(t: Tables) -> tuple[str, str]:
    """The header, then all the numbers row by row, then the row labels (numbers displaced before their labels)."""
    t2 = []
    for b in t.t2:
        t2 += [b.caption, "信息内容 " + " ".join(b.heads), *(" ".join(cells) for _, cells in b.rows)]
        t2 += [label for label, _ in b.rows]
    labels = []
    for new, (_, _, label, _) in _groups_before(t):
        labels += [*new, label]
    t3 = [HEADING_三, T3_NOTE, "申请人情况 " + " ".join(T3_COLUMN_HEADS), *(" ".join(c) for *_, c in t.t3), *labels]
    t4 = [HEADING_四, " ".join(t.t4), "行政复议 行政诉讼", "未经复议直接起诉 复议后起诉", " ".join(RESULTS * 3)]
    return "\n".join(t2), "\n".join(t3 + t4)


def _halves(label: str) -> tuple[str, str]:
    cut = max(2, (len(label) + 1) // 2)
    return label[:cut], label[cut:]


def split_labels(t: Tables) -> tuple[str, str]:
    """Labels broken across lines as a narrow PDF column breaks them: a long row label's first half, the row's
    numbers, its second half (pdfplumber's lines); group labels ('（四）无 / 法提供') and header cells ('商业企 / 业')
    broken too, and the rowspan label 三、本年度办理结果 printed on a middle row's line."""
    t2 = []
    for b in t.t2:
        t2 += [b.caption, "信息内容 " + " ".join(b.heads)]
        for label, cells in b.rows:
            first, second = _halves(label) if len(label) > 4 else (label, "")
            t2 += [first + " " + " ".join(cells)] + ([second] if second else [])
    t3 = [
        HEADING_三,
        "（本列数据的勾稽关系为：第一项加第二项",
        "申请人情况 法人或其他组织",
        "之和，等于第三项加第四项之和）",
        "自然人 商业企 科研 社会公益 法律服务 其他 总计",
        "业 机构 组织 机构",
    ]
    middle = {row for row, group, *_ in t.t3 if group == (GROUP_三,)}
    mid_row = sorted(middle)[0] if middle else None
    for new, (row, _, label, cells) in _groups_before(t):
        for g in new:
            if g == GROUP_三:
                continue
            t3 += list(_halves(g))  # '（四）无' / '法提供'
        first, second = _halves(label) if len(label) > 8 else (label, "")
        lead = GROUP_三 + " " if row == mid_row else ""
        t3 += [lead + first + " " + " ".join(cells)] + ([second] if second else [])
    t4 = [HEADING_四, "行政复议 行政诉讼", "未经复议直接 复议后起诉", "起诉", " ".join(RESULTS * 3), " ".join(t.t4)]
    return "\n".join(t2), "\n".join(t3 + t4)


def page_break(t: Tables) -> tuple[str, str]:
    """Row by row with a page break inside table 三: the page's footer '— 2 —', the next page's running header, and
    the table's header printed again."""
    t2, rest = row_major(t)
    lines = rest.split("\n")
    at = next(i for i, line in enumerate(lines) if line.startswith("5.属于三类内部事务信息"))
    year = "2023"
    lines[at:at] = [
        "— 2 —",
        f"某某区人民政府{year}年度政府信息公开工作年度报告",
        "申请人情况",
        "自然人 法人或其他组织 总计",
        " ".join(T3_COLUMN_HEADS[1:6]),
    ]
    return t2, "\n".join(lines)


def _md(cells: list[str] | tuple[str, ...]) -> str:
    return "| " + " | ".join(cells) + " |"


def sub_tables(t: Tables) -> tuple[str, str]:
    """One Markdown sub-table per group, each under a placeholder header (a PDF-to-Markdown converter that lost
    the real header): labels in the first cells, numbers in the rest."""

    def table(rows: list[list[str]]) -> list[str]:
        width = max(map(len, rows))
        return ["", _md([f"Column{i + 1}" for i in range(width)]), _md(["---"] * width), *map(_md, rows), ""]

    t2 = []
    for b in t.t2:
        t2 += [b.caption, *table([["信息内容", *b.heads], *([label, *cells] for label, cells in b.rows)])]
    groups: dict[tuple, list[list[str]]] = {}
    for _, group, label, cells in t.t3:
        groups.setdefault(group, []).append([*group, label, *cells])
    t3 = [HEADING_三]
    for rows in groups.values():
        t3 += table(rows)
    t4 = [HEADING_四, *table([list(RESULTS * 3), list(t.t4)])]
    return "\n".join(t2), "\n".join(t3 + t4)


def t4_under_12_cells(t: Tables) -> tuple[str, str]:
    """Row by row, with table 四's header merged into 12 cells above its run of 15 numbers."""
    t2, rest = row_major(t)
    lines = rest.split("\n")
    at = lines.index(HEADING_四)
    header = [*RESULTS, "未经复议直接起诉", "复议后起诉", *RESULTS]
    lines[at + 1 :] = [" ".join(header), " ".join(t.t4)]
    return t2, "\n".join(lines)


def cells(t: Tables, blank: str | None = None) -> tuple[str, str]:
    """Rows printed as cells, '| a | b |' one row a line, merged cells repeated in every position (the readers'
    form for PDF, HTML and Word tables); the header printed again after a page break; the cell `blank` empty."""
    t2 = []
    for b in t.t2:
        width = 1 + max(len(b.heads), 3)
        spread = width - 1
        t2.append(_md([b.caption] * width))
        heads = list(b.heads) * (spread // len(b.heads))
        t2.append(_md(["信息内容", *heads]))
        for label, row_cells in b.rows:
            t2.append(_md([label, *(row_cells * (spread // len(row_cells)))]))
    header = [_md([*h[:1], *h[:1], *h[:1], *h[1:]]) for h in T3_HEADER]
    t3 = [HEADING_三, *header]
    for i, (row, group, label, row_cells) in enumerate(t.t3):
        path = [*group, label]
        path = path + [path[-1]] * (3 - len(path))
        printed = [("" if blank == t3_name(row, c) else v) for c, v in zip(T3_COLUMNS, row_cells, strict=True)]
        t3.append(_md([*path, *printed]))
        if i == 12:
            t3 += ["— 2 —", *header]
    t4 = [HEADING_四, *(_md(h) for h in T4_HEADER), _md(t.t4)]
    return "\n".join(t2), "\n".join(t3 + t4)


def cells_md_separator(t: Tables) -> tuple[str, str]:
    """Cells as a Markdown converter prints them: a separator row under each table's first header row, and table
    四's header merged into 12 cells above its 15-cell row."""
    t2, rest = cells(t)
    out: list[str] = []
    for line in rest.split("\n"):
        if line.startswith("| 行政复议 | 行政复议 | 行政复议 | 行政复议 | 行政复议 | 行政诉讼"):
            out += [_md(["行政复议", "行政诉讼", *[""] * 10]), _md(["---"] * 12)]
            continue
        if line.startswith(("| 行政复议 | 行政复议", "| 结果维持")):
            out.append(_md([*RESULTS, "未经复议直接起诉", "复议后起诉", *RESULTS]))
            continue
        out.append(line)
        if line.startswith("| （本列数据") and out.count(line) == 1 and line.count("申请人情况") > 1:
            out.append(_md(["---"] * (line.count("|") - 1)))
    return t2, "\n".join(out)


# Annotations a provincial edition of the 2019 template prints inside table 二's row labels (wide corpus t02, t08).
T2_ANNOTATIONS = {
    "规章": "规章（设区的市、自治州人民政府应提供相关数据）",
    "规范性文件": "规范性文件（行政机关制定发布的决定、公告、通告、意见、通知，一般情况下属于规范性文件）",
}


def _padded(cells: list[str], width: int) -> str:
    """A row as a page store prints an HTML table: its cells, a merged cell once, then empty cells up to the widest
    row; no opening bar."""
    return " | ".join([*cells, *[""] * (width - len(cells))]) + " |"


def page_store(t: Tables) -> tuple[str, str]:
    """An HTML table as a page store saves it (wide corpus t02, t05, t07): a row's cells after its label, a merged
    cell printed once, a rowspan label on its first row only, each row padded with empty cells to the widest row;
    table 二's labels with the template's annotations."""
    return _stored(t, _padded, 5, lambda label: T2_ANNOTATIONS.get(label, label))


def _stored(t: Tables, row: Callable[[list[str], int], str], t2_width: int, label_of: Callable[[str], str]):
    """Tables 二, 三 and 四 as a page store saves their rows, each printed by `row` at its table's widest width."""
    t2 = []
    for b in t.t2:
        t2.append(row([b.caption], t2_width))
        t2.append(row(["信息内容", *b.heads], t2_width))
        t2 += [row([label_of(label), *row_cells], t2_width) for label, row_cells in b.rows]
    t3 = [
        HEADING_三,
        row([T3_NOTE, "申请人情况"], 10),
        row(["自然人", "法人或其他组织", "总计"], 10),
        row(list(T3_COLUMN_HEADS[1:6]), 10),
    ]
    t3 += [row([*new, label, *row_cells], 10) for new, (_, _, label, row_cells) in _groups_before(t)]
    t4 = [
        HEADING_四,
        row(["行政复议", "行政诉讼"], 15),
        row(["未经复议直接起诉", "复议后起诉"], 15),
        row(list(RESULTS * 3), 15),
        row(list(t.t4), 15),
    ]
    return "\n".join(t2), "\n".join(t3 + t4)


# A provincial edition's extra row of table 二's first block (2019), its annotation naming another row's label.
T2_EXTRA_ROW = "其他主动公开文件（含以本单位名义正式签发的、除规范性文件以外的主动公开文件）"


def annotated_paragraphs(t: Tables) -> tuple[str, str]:
    """Table 二 one cell a paragraph (an HTML table saved as text, wide t08), its labels annotated, and in the 2019
    edition an extra row after 规范性文件 whose cells are no metric's; tables 三 and 四 row by row."""
    t2 = []
    for b in t.t2:
        t2 += [b.caption, "信息内容", *b.heads]
        for label, row_cells in b.rows:
            t2 += [T2_ANNOTATIONS.get(label, label), *row_cells]
        if t.era == "template_2019" and b.caption == "第二十条第（一）项":
            t2 += [T2_EXTRA_ROW, "186", "86", "255"]
    return "\n\n".join(t2), row_major(t)[1]


def _stacked(cells: list[str], width: int) -> str:
    """A row one cell a line as a page store prints it (wide t03): a lone bar opens it, each cell stands on its own
    line closed by a bar (an empty cell is a lone bar), and bars after its last cell pad it to the widest row."""
    lines = ["|", *(f"{c} |" if c else "|" for c in cells)]
    if width > len(cells):
        lines[-1] += " " + "|" * (width - len(cells))
    return "\n".join(lines)


def cell_lines(t: Tables) -> tuple[str, str]:
    """Tables 二, 三 and 四 one cell a line (an HTML table saved by a page store, wide t03): page_store's rows, each
    opened by a lone bar and padded to its table's widest row; an empty cell prints as a lone bar too."""
    return _stored(t, _stacked, 4, lambda label: label)


def _label_line_then_cells(cells: list[str], width: int) -> str:
    """A row as another page store prints it (fresh8 m03, m04): its labels on one line closed by a bar, then each
    cell on a line of its own closed by a bar (an empty cell is a lone bar), then the bars that pad it."""
    values = next((i for i, c in enumerate(cells) if not c or c[0].isdigit() or c in ("/", "-")), len(cells))
    lines = [" | ".join(cells[:values]) + " |", *(f"{c} |" if c else "|" for c in cells[values:])]
    if width > len(cells):
        lines.append("|" * (width - len(cells)))
    return "\n".join(lines)


def label_lines(t: Tables) -> tuple[str, str]:
    """Tables 二, 三 and 四 with each row's labels on a line and its cells a line each after them."""
    return _stored(t, _label_line_then_cells, 4, lambda label: label)


LAYOUTS: dict[str, Callable[[Tables], tuple[str, str]]] = {
    "flattened": flattened,
    "row_major": row_major,
    "column_major": column_major,
    "column_major_bare": column_major_bare,
    "labels_first": labels_first,
    "numbers_first": numbers_first,
    "split_labels": split_labels,
    "page_break": page_break,
    "sub_tables": sub_tables,
    "t4_under_12_cells": t4_under_12_cells,
    "cells": cells,
    "cells_md_separator": cells_md_separator,
    "page_store": page_store,
    "annotated_paragraphs": annotated_paragraphs,
    "cell_lines": cell_lines,
    "label_lines": label_lines,
}


def cut_tables(text: str) -> tuple[str, str, str]:
    """A report's normalized text without its tables: (before table 二, between 二 and 三, after 四)."""
    a = text.index("第二十条第（一）项")
    note = text.index("（本列数据的勾稽关系")
    b = text.rindex(HEADING_三, 0, note)
    end2 = text.rindex("行政事业性收费", a, b) + len("行政事业性收费")
    while end2 < b and (text[end2].isdigit() or text[end2] in ".元 "):
        end2 += 1
    if "第二十条第（九）项" in text[a:b]:
        end2 = text.index("元", text.index("政府集中采购", a)) + 1
    return text[:a], text[end2:b], text[text.index("五、", note) :]


def embed(text: str, t2: str, t34: str, *, glued: bool = False) -> str:
    """The report's normalized text with its tables replaced, normalized again as a new input is."""
    before, between, after = cut_tables(text)
    if glued:
        return normalize_text(before + t2 + between + t34 + after)[0]
    return normalize_text(f"{before}\n{t2}\n{between}\n{t34}\n{after}")[0]


def render(text: str, t: Tables, layout: str) -> str:
    """The report's normalized text with its tables printed in the layout."""
    return embed(text, *LAYOUTS[layout](t), glued=layout == "flattened")


def random_truth(rng: random.Random, era: str) -> dict:
    """A truth whose tables keep the template's arithmetic, with mostly zero cells and a few large ones, as real
    tables have: every outcome cell drawn, totals summed, carried-over and carried-forward cells chosen so that
    一 + 二 = （七）总计 + 四 holds per column."""

    def draw() -> int:
        r = rng.random()
        return 0 if r < 0.6 else rng.randint(1, 9) if r < 0.85 else rng.randint(10, 300)

    rows = [r for r, *_ in T3_ROWS[era]]
    flow = ("new_received", "carried_over", "outcomes_total", "carried_forward")
    grid = {r: [draw() for _ in range(6)] for r in rows if r not in flow}
    total = [sum(cells[c] for cells in grid.values()) for c in range(6)]
    forward = [draw() if rng.random() < 0.3 else 0 for _ in range(6)]
    over = [rng.randint(0, total[c] + forward[c]) if rng.random() < 0.3 else 0 for c in range(6)]
    grid.update(
        outcomes_total=total,
        carried_forward=forward,
        carried_over=over,
        new_received=[total[c] + forward[c] - over[c] for c in range(6)],
    )
    metrics = {}
    for r in rows:
        for c, v in zip(T3_COLUMNS, [*grid[r], sum(grid[r])], strict=True):
            metrics[t3_name(r, c)] = {"value": v}
    for g in T4_GROUPS:
        cells = [draw() for _ in range(4)]
        for r, v in zip(T4_RESULTS, [*cells, sum(cells)], strict=True):
            metrics[t4_name(g, r)] = {"value": v}
    for _, _, block_rows in T2_BLOCKS[era]:
        for _, names, scale in block_rows:
            for n in names:
                metrics[n] = {"value": draw() * scale + (rng.choice((0, 0.5)) * scale if scale > 1 else 0)}
    return {"format_era": era, "metrics": metrics}


# --- a real PDF of the tables, for real converters --------------------------------------------------------------


def pdf_of(t: Tables, out: str, title: str, prose: str, *, font_size: float = 7.5) -> None:
    """A PDF of the report's three tables as ruled tables with merged header and label cells (reportlab, the CJK
    font STSong-Light), cut by a page break inside table 三; every page with a running header and a footer '— N —'."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    cell = ParagraphStyle("cell", fontName="STSong-Light", fontSize=font_size, leading=font_size + 2)
    body = ParagraphStyle("body", fontName="STSong-Light", fontSize=10, leading=15, firstLineIndent=20)
    head = ParagraphStyle("head", parent=body, firstLineIndent=0)

    def p(s: str) -> Paragraph:
        return Paragraph(s, cell)

    def ruled(data: list[list], widths: list[float], spans: list[tuple], repeat: int = 0) -> Table:
        style = [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("FONTNAME", (0, 0), (-1, -1), "STSong-Light"),
            ("FONTSIZE", (0, 0), (-1, -1), font_size),
            ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ]
        style += [("SPAN", a, b) for a, b in spans]
        return Table(data, colWidths=widths, repeatRows=repeat, style=TableStyle(style))

    story = [Paragraph(title, head), Spacer(1, 8), Paragraph(prose, body), Paragraph("二、主动公开政府信息情况", head)]
    rows, spans = [], []
    for b in t.t2:
        r = len(rows)
        rows.append([p(b.caption), "", "", ""])
        spans.append(((0, r), (3, r)))
        heads = [p(h) for h in b.heads]
        rows.append([p("信息内容"), *heads, *[""] * (3 - len(heads))])
        if len(heads) < 3:
            spans.append(((len(heads), r + 1), (3, r + 1)))
        for label, cells in b.rows:
            rows.append([p(label), *cells, *[""] * (3 - len(cells))])
            if len(cells) < 3:
                spans.append(((len(cells), len(rows) - 1), (3, len(rows) - 1)))
    story += [ruled(rows, [130, 100, 100, 100], spans), Spacer(1, 6)]
    story += [Paragraph(prose, body)] * 3 + [Paragraph(HEADING_三, head)]
    rows = [
        [p(T3_NOTE), "", "", p("申请人情况"), *[""] * 6],
        ["", "", "", p("自然人"), p("法人或其他组织"), "", "", "", "", p("总计")],
        ["", "", "", "", *(p(h) for h in T3_COLUMN_HEADS[1:6]), ""],
    ]
    spans = [((0, 0), (2, 2)), ((3, 0), (9, 0)), ((3, 1), (3, 2)), ((4, 1), (8, 1)), ((9, 1), (9, 2))]
    first_of: dict[tuple[int, str], int] = {}
    for _, group, label, cells in t.t3:
        r = len(rows)
        labels = (*group, label)
        line = ["", "", "", *cells]
        if len(labels) == 1:
            line[0] = p(label)
            spans.append(((0, r), (2, r)))
        else:
            line[2 if len(labels) == 3 else 1] = p(label)
            if len(labels) == 2:
                spans.append(((1, r), (2, r)))
            for level, g in enumerate(group):
                if (level, g) not in first_of:
                    first_of[(level, g)] = r
                    line[level] = p(g)
        rows.append(line)
    for (level, g), r0 in first_of.items():
        r1 = max(i for i, (_, group, *_) in enumerate(t.t3, start=3) if len(group) > level and group[level] == g)
        spans.append(((level, r0), (level, r1)))
    story += [ruled(rows, [28, 40, 112, *[38] * 7], spans, repeat=3), Paragraph(HEADING_四, head)]
    rows = [
        [p("行政复议"), "", "", "", "", p("行政诉讼"), *[""] * 9],
        ["", "", "", "", "", p("未经复议直接起诉"), "", "", "", "", p("复议后起诉"), "", "", "", ""],
        [p(h) for h in RESULTS * 3],
        list(t.t4),
    ]
    spans = [((0, 0), (4, 1)), ((5, 0), (14, 0)), ((5, 1), (9, 1)), ((10, 1), (14, 1))]
    story += [ruled(rows, [31] * 15, spans), Paragraph("五、存在的主要问题及改进情况", head), Paragraph(prose, body)]

    def furniture(canvas, doc) -> None:
        canvas.setFont("STSong-Light", 9)
        canvas.drawCentredString(A4[0] / 2, A4[1] - 30, title)
        canvas.drawCentredString(A4[0] / 2, 25, f"— {doc.page} —")

    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=50, rightMargin=50, topMargin=50, bottomMargin=50)
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
