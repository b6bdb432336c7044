"""Table 二 (主动公开政府信息情况): a stack of blocks, each a caption 第二十条第（N）项, a header row and data rows.
No arithmetic ties its cells together, so a cell lands only when the printing leaves no doubt: cells printed apart,
one cut only of run-together digits, or a block whose reading by row and by column is told apart by its labels."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from tasks.template.cuts import count_cuts, cut
from tasks.template.tokens import (
    NO_FIGURE,
    Scan,
    Token,
    apart,
    cell_rows,
    cell_value,
    drop_padding,
    ends_text,
    label_text,
    merged,
    rows_by_line,
    scan,
    trailing_values,
    whole_at_end,
    wrapped,
)
from tasks.template.tokens import Cell as TextCell
from tasks.vocabulary import CATALOG, PLAUSIBLE_MAX


@dataclass(frozen=True)
class Block:
    caption: str  # the item number N of 第二十条第（N）项
    headers: tuple[str, ...]  # column labels (skeleton patterns)
    rows: tuple[tuple[str, tuple[str, ...], int], ...]  # (row label, metric per cell, unit scale)


FEE_2021 = r"本年收费金额(?:[（(][^（()）]{0,10}[）)]|单位[:：]?万元)?"  # (its brackets lost: fresh30 p13)
# The 2019 template's change column: 本年增/减, its mark or 减 lost, or headed 本年度增/减 (fresh44 ad05).
DELTA_HEADER = "本年度?增(?:[/／\\\\＼、]?减)?"

BLOCKS: dict[str, tuple[Block, ...]] = {
    "template_2021": (
        Block(
            "一",
            (
                "本年制发件数?",
                "本年废止件数?",
                "现行有效件数?",
            ),  # 现行有效件: a header cell's last character lost (h20)
            (
                (r"(?<!行政)(?:(?:地方)?政府)?规章", ("t2_rules_made", "t2_rules_repealed", "t2_rules_in_force"), 1),
                (r"(?:行政)?规范性文件", ("t2_normative_made", "t2_normative_repealed", "t2_normative_in_force"), 1),
            ),
        ),
        Block("五", ("本年处理决定数量",), ((r"行政许可(?:事项)?", ("t2_licensing_decisions",), 1),)),
        Block(
            "六",
            ("本年处理决定数量",),
            (
                (r"行政处罚(?:事项)?", ("t2_penalty_decisions",), 1),
                (r"行政强制(?:事项)?", ("t2_coercion_decisions",), 1),
            ),
        ),
        Block("八", (FEE_2021,), ((r"行政事业性?收费(?:事项)?", ("t2_admin_fee_revenue_yuan",), 10_000),)),
    ),
    "template_2019": (
        Block(
            "一",
            ("本年新制作数量", "本年新公开数量", "对外公开总?数量"),  # 对外公开数量 (fresh6 k09)
            (
                (
                    r"(?<!行政)(?:(?:地方)?政府)?规章",
                    ("t2_rules_new_made", "t2_rules_new_published", "t2_rules_published_total"),
                    1,
                ),
                (
                    r"(?:行政)?规范性文件",
                    ("t2_normative_new_made", "t2_normative_new_published", "t2_normative_published_total"),
                    1,
                ),
                # A provincial edition's third row (wide t08, t09): read so that its cells are no one else's.
                (r"其他主动公开文件", (), 1),
            ),
        ),
        Block(
            "五",
            ("上一年项目数量", DELTA_HEADER, "处理决定数量"),
            (
                (
                    r"行政许可(?:事项)?",
                    ("t2_licensing_items_prev_year", "t2_licensing_items_delta", "t2_licensing_decisions"),
                    1,
                ),
                (
                    r"其他对外管理服务(?:事项)?",
                    ("t2_other_mgmt_items_prev_year", "t2_other_mgmt_items_delta", "t2_other_mgmt_decisions"),
                    1,
                ),
            ),
        ),
        Block(
            "六",
            ("上一年项目数量", DELTA_HEADER, "处理决定数量"),
            (
                (
                    r"行政处罚(?:事项)?",
                    ("t2_penalty_items_prev_year", "t2_penalty_items_delta", "t2_penalty_decisions"),
                    1,
                ),
                (
                    r"行政强制(?:事项)?",
                    ("t2_coercion_items_prev_year", "t2_coercion_items_delta", "t2_coercion_decisions"),
                    1,
                ),
            ),
        ),
        Block(
            "八",
            ("上一年项目数量", DELTA_HEADER),
            ((r"行政事业性?收费(?:事项)?", ("t2_fee_items_prev_year", "t2_fee_items_delta"), 1),),
        ),
        # （九） 政府集中采购: a project count and an amount whose unit the report writes itself ('251000元').
        Block(
            "九",
            ("采购项目数量", "采购总金额"),
            ((r"政府集中采购(?:项目)?", ("t2_procurement_projects", "t2_procurement_amount_yuan"), 1),),
        ),
    ),
}
# Every row of each era, as (label, metric per cell, unit scale).
# The first block's column labels: its rows may stand under them with no caption above (fresh3 h24).
FIRST_HEADER_RE = re.compile(r"本年制发件数|本年新制作数量")
HEADLESS_FIRST_RE = re.compile(wrapped("信息内容") + r"\n?(?=" + wrapped(FIRST_HEADER_RE.pattern) + ")")
T2_ROWS = {era: tuple(row for block in blocks for row in block.rows) for era, blocks in BLOCKS.items()}
PROCUREMENT = "t2_procurement_amount_yuan"
# 第二十一条: a typo (fresh2 g14); 第二十条(五)项 (fresh5 j08); 第二十条第(一项) (fresh6 k09)
# (or with its item number lost, right before its column labels: fresh30 p13 '第二十条第 / 信息内容': its rows tell
# the block)
CAPTION = r"第二十一?条第?[（(](?P<n>[一二三四五六七八九十]{1,2})[）)]?项[）)]?|第二十一?条第(?=\n*信息内容)"
CAPTION_RE = re.compile(wrapped(CAPTION))
BARE_CAPTION_RE = re.compile(wrapped("第二十一?条第"))  # a caption found, its item number lost
BARE_CAPTION_AT_RE = re.compile(r"第二十一?条第(?=[\s|]*信息内容)")  # …and where a table prints it


# Words of one template's column labels that the other's have not (their first three characters: a narrow cell
# breaks the rest off, '本年新' / '制作数量').
ERA_HEADER_WORDS = {
    "template_2021": ("本年制", "本年废", "现行有", "本年收"),
    "template_2019": ("本年新", "对外公", "上一年", "本年增", "采购项"),
}
OWN_STEM_RE = {era: re.compile("|".join(wrapped(w) for w in words)) for era, words in ERA_HEADER_WORDS.items()}
FOREIGN_STEM_RE = {
    era: re.compile("|".join(wrapped(w) for other, words in ERA_HEADER_WORDS.items() if other != era for w in words))
    for era in ERA_HEADER_WORDS
}
CHAIN_GAP = 300  # skeleton characters from one chain of labels to the next block's caption
HEADER_ZONE = 160  # skeleton characters of interleaved column labels passed over between two labels
MORE_CELLS_RE = re.compile(r"[^\S\n]*+[^\s\d\u4e00-\u9fff|]{0,3}[^\S\n]*+(?:增加?|减少?)?[^\S\n]*+\d")


def _caption(s: str) -> re.Match[str] | None:
    return CAPTION_RE.fullmatch(s) or BARE_CAPTION_RE.fullmatch(s)


ANNOTATION = r"(?:[（(][^（()）]*[）)])?"
GLOSS = r"(?:[:：].*)?"  # a provincial edition's definition after the label (fresh10 p05: 规章：地方行政规章指…)
# Between two labels: nothing, or the annotation a label carries (规章（设区的市、自治州人民政府应提供相关数据）).
GAP_ANNOTATION_RE = re.compile(r"\n*[（(][^（()）\n]*[）)]\n*")
# Each row's label as a run-together cell opens (repeated: a converter may print it twice), and as a row's head.
ROW_OPENS_RE = {row[0]: re.compile(f"(?:{row[0]}{ANNOTATION})+") for rows in T2_ROWS.values() for row in rows}
ROW_HEAD_RE = {row[0]: re.compile(f"(?:{row[0]}{ANNOTATION})+{GLOSS}") for rows in T2_ROWS.values() for row in rows}
SPACE_RE = re.compile(r"\s+")
OPEN_ANNOTATION_RE = re.compile(r"\n*[（(][^（()）\n]*")
# A provincial edition's gloss after a row label, to its line's end (fresh10 p05: 规章:地方行政规章指…规范性文件。)
GAP_GLOSS_RE = re.compile(r"[:：][^\n]*\n*")
OPEN_GLOSS_RE = re.compile(r"[:：][^\n]*")
# 采购总金额（万元）, （单位：元）, （单位：万元，保留4位小数） (fresh7 l11)
AMOUNT_HEADER_RE = re.compile(r"采购总金额[（(](?:单位[:：])?(?P<unit>万元|元)(?:[，,][^（()）\n]{0,12})?[）)]")
# Column labels of the other era's table 二: a block headed so is not read under this era's names.
FOREIGN_HEADER_RE = {
    "template_2021": re.compile(r"本年新制作|本年新公开|对外公开总?数量|上一年项目数量|本年度?增|采购项目数量"),
    "template_2019": re.compile(r"本年制发|本年废止|现行有效|本年度?收费金额|本年处理决定数量"),
}
# A middle column relabelled 本年数量 (fresh7 l07): this year's count or its change, the table does not say which, so
# its cells stay out; the columns around it still read.
RELABELLED_DELTA = "本年数量"
DELTA_SUFFIX = "_items_delta"


def _cut_short(header: str) -> str | None:
    """What is left of a column label that lost its end in the page (fresh5 j11: 本年新 | 本年新 for 本年新制作数量 and
    本年新公开数量; fresh3 h20's 现行有效件): its first three characters, when the label opens with four."""
    return header[:3] if len(header) > 4 and re.fullmatch(r"[\u4e00-\u9fff]{4}", header[:4]) else None


def _one_lost(header: str) -> tuple[str, ...]:
    """A column label of five or more characters as a page prints it with one character lost (fresh10 p01: 本年发件
    for 本年制发件数; fresh9 n30 lost the first character of every label): each way of dropping one."""
    core, tail = (header[:-2], "数?") if header.endswith("数?") else (header, "")
    if optional := re.fullmatch(r"([\u4e00-\u9fff]+)([\u4e00-\u9fff])\?([\u4e00-\u9fff]+)", core):
        # a label written with a character the template's editions differ in (对外公开总?数量): each written form's
        return tuple(
            dict.fromkeys(v for form in ("{0}{1}{2}", "{0}{2}") for v in _one_lost(form.format(*optional.groups())))
        )
    if not re.fullmatch(r"[\u4e00-\u9fff]{5,}", core):
        return ()
    return tuple(dict.fromkeys(core[:i] + core[i + 1 :] + tail for i in range(len(core))))


def _lost_variants(era: str) -> dict[str, str]:
    """Each one-lost variant of the era's column labels → its label; a variant two labels share, or that is a
    label itself, says nothing and is left out."""
    headers = {h for b in BLOCKS[era] for h in b.headers}
    seen: dict[str, set[str]] = {}
    for h in headers:
        for v in _one_lost(h):
            seen.setdefault(v, set()).add(h)
    return {v: hs.pop() for v, hs in seen.items() if len(hs) == 1 and v not in headers}


LOST = {era: _lost_variants(era) for era in BLOCKS}


YEAR_RE = re.compile(r"年(?![度?])")


def _of_the_year(label: str) -> str:
    """A column label's pattern that also matches it written of the year (本年度新制作数量, 上一年度项目数量)."""
    return YEAR_RE.sub("年度?", label)


@cache
def _header_re(h: str, era: str) -> re.Pattern[str]:
    """The column label h, whole or with one character lost, as one compiled pattern."""
    forms = [h, *(v for v, of in LOST[era].items() if of == h)]
    return re.compile("|".join(f"(?:{wrapped(_of_the_year(f))})" for f in forms))


def _is_header(h: str, era: str, s: str) -> bool:
    """Whether the printed label s is the column label h: whole, cut short, or with one character lost."""
    return s == _cut_short(h) or _header_re(h, era).fullmatch(s) is not None


def _item_re(era: str) -> re.Pattern[str]:
    """Every label of the era's table 二, one alternative each, longest first where one contains another; a label
    cut short or with a character lost only where no whole label matches."""
    parts = [CAPTION, "信息内容"]
    headers = dict.fromkeys(h for b in BLOCKS[era] for h in b.headers)
    labels = [r for b in BLOCKS[era] for r, _, _ in b.rows]
    shorts = dict.fromkeys(c for h in headers if (c := _cut_short(h)))
    if DELTA_HEADER in headers:
        headers[RELABELLED_DELTA] = None
    parts += [_of_the_year(h) for h in sorted(headers, key=len, reverse=True)] + sorted(labels, key=len, reverse=True)
    parts += [_of_the_year(v) for v in sorted(LOST[era], key=len, reverse=True)] + list(shorts)
    return re.compile("|".join(f"(?:{wrapped(p)})" for p in parts))


ITEM_RE = {era: _item_re(era) for era in BLOCKS}


def _max_len(name: str) -> int:
    return len(str(int(PLAUSIBLE_MAX[CATALOG[name].unit])))


@dataclass
class Cell:
    value: float | None
    unit: str


def _land(
    era: str,
    names: tuple[str, ...],
    scale: int,
    cells: list[Cell],
    span: tuple[int, int],
    shown: str,
    amount_unit: str = "",
) -> tuple[list[dict], list[str]]:
    """Metric rows for one data row, its units checked: only the 2019 procurement amount carries a written unit
    (then required: in its cell, or `amount_unit`, its column's header: 采购总金额（万元）), and a 万元 column may
    repeat its unit."""
    if any(c.unit == NO_FIGURE for c in cells):
        kept = [(n, c) for n, c in zip(names, cells, strict=True) if c.unit != NO_FIGURE]
        out, notes = _land(era, tuple(n for n, _ in kept), scale, [c for _, c in kept], span, shown, amount_unit)
        return out, [*notes, f"table 二: {shown!r}: a cell holds a word and no figure; left out"]
    if amount_unit:
        cells = [
            Cell(c.value, c.unit or amount_unit) if n == PROCUREMENT else c for n, c in zip(names, cells, strict=True)
        ]
    notes = []
    for name, c in zip(names, cells, strict=True):
        allowed = {"万元", "元", ""} if name == PROCUREMENT else {"", "万元"} if scale == 10_000 else {""}
        if c.unit not in allowed:
            return [], [f"table 二: {shown!r}: the unit of a cell is not the column's; left out"]
    out = []
    for name, c in zip(names, cells, strict=True):
        if name == PROCUREMENT and c.value is not None and not c.unit:
            # an amount in 元 or 万元, the report does not say which (metrics.md: an amount only with its unit
            # written): that cell stays out, the project count lands
            notes.append(f"table 二: {shown!r}: the procurement amount has no unit; left out")
            continue
        factor = 10_000 if c.unit == "万元" else 1 if c.unit == "元" else scale
        value = None if c.value is None else round(c.value * factor, 2)
        out.append(
            {
                "metric": name,
                "value": value,
                "qualifier": "blank" if value is None else "exact",
                "evidence_start": span[0],
                "evidence_end": span[1],
                "note": None,
            }
        )
    return out, notes


def _canonical(t: Token) -> bool:
    digits = t.text.lstrip("+-−").split(".")[0]
    return t.kind == "blank" or (t.kind == "cell" and (digits == "0" or digits[:1] != "0"))


def _tokens_row(
    text: str,
    era: str,
    row: tuple[str, tuple[str, ...], int],
    label: tuple[int, int],
    tokens: list[Token],
    amount_unit: str = "",
) -> tuple[list[dict], list[str]]:
    _, names, scale = row
    if not names:
        return [], []  # a row of no metric
    k = len(names)
    span = (label[0], max(label[1], tokens[-1].end))
    shown = text[span[0] : span[1]]
    if len(tokens) == k and all(_canonical(t) for t in tokens):
        cells = [Cell(None if t.kind == "blank" else float(t.text.replace("−", "-")), t.unit) for t in tokens]
        return _land(era, names, scale, cells, span, shown, amount_unit)
    plain = all(t.kind == "cell" and t.text.isdigit() for t in tokens[:-1]) and tokens[-1].text.isdigit()
    if len(tokens) < k and ends_text(text, tokens[-1].end):
        # The text ends in this row (an excerpt cut, fresh29 n22): its numbers are the cells from the left when each
        # stands apart, as printed, or each digit of a run of zeros ('行政事业性收费00', fresh5 j08); never another
        # cut of run-together digits ('其他对外管理服务事项 109 0' is no 10 | 9 | 0).
        one_a_cell = all(apart(text, a, b) for a, b in pairwise(tokens))
        zeros = plain and whole_at_end("".join(t.text for t in tokens))
        if plain and not text[label[1] : tokens[0].start].strip(" |\t\n") and (zeros or one_a_cell):
            values = [0.0] * sum(len(t.text) for t in tokens) if zeros else [float(t.text) for t in tokens]
            if len(values) <= k:
                n = len(values)
                cells = [Cell(v, "") for v in values[:-1]] + [Cell(values[-1], tokens[-1].unit)]
                out, notes = _land(era, names[:n], scale, cells, span, shown, amount_unit)
                return out, [*notes, f"table 二: {shown!r}: the text ends after {n} of its {k} cells; left out"]
        return [], [f"table 二: {shown!r}: the text ends inside the row; left out"]
    if plain and len(tokens) < k and not _more_on_its_line(text, tokens[-1].end) and not _cells_apart(text, tokens):
        digits = [t.text for t in tokens]
        max_len = max(_max_len(n) for n in names)
        whole = [t.fenced for t in tokens]
        if count_cuts(digits, k, max_len, whole) == 1:  # forced: one digit each ('00 0', d09), or one cut only
            reading = cut(digits, k, max_len=max_len, whole=whole, limit=2).readings[0]
            cells = [Cell(float(v), "") for v in reading[:-1]] + [Cell(float(reading[-1]), tokens[-1].unit)]
            return _land(era, names, scale, cells, span, shown)
    if len(tokens) < k and (placed := _placed_by_sign(text, names, tokens)):
        # a row short of cells whose one signed number is the change column's (fresh51 ak02: 行政许可 / 19 / +4, its
        # 处理决定数量 printed empty): the numbers before it stand in the columns before it, those after in those after
        kept = tuple(names[i] for i in placed)
        cells = [Cell(float(t.text.replace("−", "-")), t.unit) for t in tokens]
        out, notes = _land(era, kept, scale, cells, span, shown, amount_unit)
        return out, [*notes, f"table 二: {shown!r}: {k - len(tokens)} of its {k} cells printed empty; left out"]
    if _cells_apart(text, tokens):
        return [], [f"table 二: {shown!r}: {len(tokens)} numbers apart for its {k} cells, a cell lost; left out"]
    return [], [f"table 二: {shown!r} cannot be split with certainty; left out"]


def _cells_apart(text: str, tokens: list[Token]) -> bool:
    """Numbers printed apart, each a number as written (no run of zeros '00'): the converter set the row's cells
    apart, so a row short of cells lost some (a cell printed empty or in words, '行政处罚 0 增 25' through a converter
    that dropped the word) and its numbers are no run to cut ('0 25' is no 0 | 2 | 5)."""
    whole = all(_canonical(t) for t in tokens)
    return len(tokens) > 1 and whole and all(apart(text, a, b) for a, b in pairwise(tokens))


def _more_on_its_line(text: str, pos: int) -> bool:
    """A figure right after the row's last cell that is none of its cells (a cell in words the scan did not take,
    '行政许可 421 增1423 1844'): the row holds more than its cells read, so its digits are no run to cut ('421' is no
    4 | 2 | 1). The next row's label after it (a table run into one line) is no more of this row."""
    return MORE_CELLS_RE.match(text, pos) is not None


def _placed_by_sign(text: str, names: tuple[str, ...], tokens: list[Token]) -> list[int] | None:
    """The columns of a row's numbers when one of them is signed and so stands in the change column: certain only when
    the numbers before it fill the columns before it, or none of them, and likewise after it; each number apart."""
    delta = next((i for i, n in enumerate(names) if n.endswith("_delta")), None)
    signed = [i for i, t in enumerate(tokens) if t.text[:1] in "+-−"]
    if (
        delta is None
        or len(signed) != 1
        or not all(t.kind == "cell" and _canonical(t) for t in tokens)
        or not all(apart(text, a, b) for a, b in pairwise(tokens))
    ):
        return None
    before, after = signed[0], len(tokens) - signed[0] - 1
    if before not in (0, delta) or after not in (0, len(names) - delta - 1):
        return None
    return list(range(delta - before, delta + after + 1))


INFO_RE = re.compile(wrapped("信息内容"))  # the header row's first cell


def _column_label(s: str, era: str) -> bool:
    """Whether the printed label s is a column label of any block of the era's table 二."""
    return any(_is_header(h, era, s) for b in BLOCKS[era] for h in b.headers)


def _heading(s: str, era: str) -> bool:
    """A caption, 信息内容 or a column label: what stands above a block's rows."""
    return bool(_caption(s)) or INFO_RE.fullmatch(s) is not None or _column_label(s, era)


def _header_zone(sk: Scan, era: str, a: int, b: int) -> bool:
    """Skeleton a..b between a block's heading and its next label: column labels a PDF's text layer interleaved
    line by line, their annotations broken among them ('上一年项目数本年增/减（指2019年增加处理决定数' / '量（指2018年
    或减少的事项数，减用负量（指2019' / '信息内容事项数）值表示，如-8）年办件量）'). Short, no sentence, and any
    number in it inside brackets (the annotations' years and examples), never a cell."""
    if b - a > HEADER_ZONE or "。" in sk.skeleton[a:b] or FOREIGN_STEM_RE[era].search(sk.skeleton, a, b):
        return False  # (the other template's column labels: a block printed in the other era's columns, fresh42 ab29)
    start, end = sk.offsets[a], sk.offsets[b]
    return all(_bracketed(sk.text, start, t.start) for t in sk.tokens if start <= t.start < end)


def _bracketed(text: str, start: int, pos: int) -> bool:
    """Whether pos stands inside brackets: one opened since start and not closed, or the next bracket after it a
    closing one (an annotation opened on a line the zone began after)."""
    depth = 0
    for ch in text[start:pos]:
        depth += ch in "（("
        depth -= ch in "）)" and depth > 0
    after = re.search(r"[（()）]", text[pos : pos + 80])
    return depth > 0 or (after is not None and after.group() in "）)")


def _chain(sk: Scan, era: str) -> tuple[list[re.Match[str]], list[tuple[int, int]]]:
    """Table 二's labels from a caption on, while each follows the last with nothing between them but cells,
    spaces and page furniture (the table ends where other text begins); and the column labels' zones whose
    interleaved text was passed over (text spans)."""
    best: list[re.Match[str]] = []
    best_zones: list[tuple[int, int]] = []
    found: list[tuple[list[re.Match[str]], list[tuple[int, int]]]] = []
    starts = [cap.start() for cap in list(CAPTION_RE.finditer(sk.skeleton))[:20]]
    # The first block under its column labels with its caption lost (fresh5 j08: 信息内容本年新制作数量… then 规章000).
    starts += [m.start() for m in HEADLESS_FIRST_RE.finditer(sk.skeleton)][:2]
    for start in sorted(starts):
        chain, zones = [], []
        pos, block_at = start, 0
        for m in ITEM_RE[era].finditer(sk.skeleton, start):
            gap = sk.skeleton[pos : m.start()]
            if OPEN_ANNOTATION_RE.fullmatch(gap) or (chain and OPEN_GLOSS_RE.fullmatch(gap)):
                continue  # a label named inside a label's annotation (…属于规范性文件）) or gloss is no row
            if (
                gap not in ("", "\n")
                and not GAP_ANNOTATION_RE.fullmatch(gap)
                and not (chain and GAP_GLOSS_RE.fullmatch(gap))
            ):
                # passed over only under a column label of this template's own, read in this block: the labels
                # tell the era, so the rows' cells are this era's
                own = any(OWN_STEM_RE[era].search(c.group()) for c in chain[block_at:])
                if not (own and _heading(chain[-1].group(), era) and _header_zone(sk, era, pos, m.start())):
                    break
                zones.append((sk.offsets[pos], sk.offsets[m.start()]))
            if _caption(m.group()):
                block_at = len(chain)
            chain.append(m)
            pos = m.end()
        found.append((chain, zones))
        if sum(1 for m in chain if not _caption(m.group())) > sum(1 for m in best if not _caption(m.group())):
            best, best_zones = chain, zones
    # The blocks after a break read on (fresh10 p05 typeset: its (五) breaks at '行政许可 43 +（0） -（0） 66', and
    # (六) to (九) follow): each later chain from a caption close after the last, the text between them read by
    # neither (a row the template does not have may stand there).
    for chain, zones in found:
        if not best or not chain or not _caption(chain[0].group()) or chain[0].start() < best[-1].end():
            continue
        after = _row_end(sk, best[-1].end())
        if chain[0].start() - after > CHAIN_GAP:
            continue
        best_zones = [*best_zones, (sk.offsets[after], sk.offsets[chain[0].start()]), *zones]
        best = [*best, *chain]
    return best, best_zones


def _row_end(sk: Scan, after: int) -> int:
    """Where the cells after a label end: past its gloss and the line breaks after them (skeleton offsets)."""
    if gloss := GAP_GLOSS_RE.match(sk.skeleton, after):
        after = gloss.end()  # the last row's gloss is its label's: its cells follow it
    while after < len(sk.skeleton) and sk.skeleton[after] == "\n":
        after += 1
    return after


def _on_cell_line(text: str, pos: int) -> bool:
    """Whether the text at pos stands on a `| … |` line, a table row printed as cells."""
    line = text[text.rfind("\n", 0, pos) + 1 : (text.find("\n", pos) + 1 or len(text) + 1) - 1].strip()
    return len(line) > 1 and line[0] == "|" and line[-1] == "|"


def _merged_columns(text: str, pos: int, tokens: list[Token]) -> list[Token]:
    """A row printed as cells under a header whose merged cell covers several columns repeats its value in each of
    them (readers resolve a span so): one token per header column run, when the repeated cells agree."""
    start = text.rfind("\n", 0, pos) + 1
    header = None
    for line in reversed(text[max(0, start - 2000) : max(0, start - 1)].split("\n")):
        cells = [c.strip() for c in line.strip()[1:-1].split("|")] if line.strip().startswith("|") else None
        if cells is None:
            break
        if not any(ch.isdigit() for c in cells[1:] for ch in c):  # the block's column labels
            header = cells[1:]
            break
    fenced = [t for t in tokens if t.fenced]
    if header is None or len(fenced) != len(tokens) or len(tokens) != len(header):
        return tokens
    kept = [tokens[0]]
    for i in range(1, len(tokens)):
        if header[i] == header[i - 1] and tokens[i].text == kept[-1].text:
            continue
        kept.append(tokens[i])
    return kept


def _read_block(
    text: str,
    era: str,
    block: Block,
    items: list[tuple[int, int, str]],
    tokens: list[Token],
    stop: int,
    order: str | None = None,
) -> tuple[list[dict], list[str], str | None]:
    """A block's rows and notes, and the order its numbers were shown to be printed in ("row" or "column": by its
    column labels or its signs, where the two readings differ), else None. `order`: the order the table's other
    blocks were shown to be printed in, taken where this block's two readings differ and nothing in it tells."""
    rows = []  # (row, label span) in template order as found
    for row in block.rows:
        hit = next(((a, b) for a, b, s in items if re.fullmatch(wrapped(row[0]), s)), None)
        if hit:
            rows.append((row, hit))
    if not rows:
        return [], [], None
    heads = [(a, b) for h in block.headers for a, b, s in items if _is_header(h, era, s)]
    # the procurement amount's unit, when its column header states it: 采购总金额（单位：万元）
    unit = AMOUNT_HEADER_RE.search(text, heads[0][0], rows[0][1][0]) if heads else None
    amount_unit = unit.group("unit") if unit else ""
    starts = [span[0] for _, span in rows] + [stop]
    # Another block's row label among the rows ends the row before it: the numbers after it are that row's, never
    # this one's (pdftotext's '行政处罚 … 行政事业性收费 现行有效件数 规章 124件 行政强制': 124 is no 行政处罚's).
    foreign = [a for a, _, s in items if (b := _row_block(s, era)) is not None and b is not block]
    ends = [
        min([starts[i + 1]] + [a for a in foreign if span[1] <= a < starts[i + 1]]) for i, (_, span) in enumerate(rows)
    ]
    per_row = [[t for t in tokens if starts[i] <= t.start < ends[i]] for i in range(len(rows))]
    before = [t for t in tokens if t.start < starts[0]]
    # Rows printed as cells each stand on their own line: an empty one states nothing, the others read alone.
    cellwise = all(_on_cell_line(text, span[0]) for _, span in rows)
    # Rows whose cells were left empty print nothing (fresh7 l15: '其他对外管理服务事项 |' then bars only): the others
    # read alone when each holds its whole row.
    # An empty row before a row of numbers shows its empty cells' bars: a bare label followed by another label, then
    # numbers, is how labels printed first look (行政许可 / 其他对外管理服务事项 / 0 0 0).
    last_full = max((i for i, t in enumerate(per_row) if t), default=-1)
    # (a row short of cells whose signed number places them counts as whole: fresh51 ak02 行政许可 / 19 / +4)
    some_empty = last_full >= 0 and all(
        len(t) == len(block.headers)
        or (t and _placed_by_sign(text, row[1], t) is not None)
        or (not t and (i > last_full or "|" in text[span[1] : starts[i + 1]]))
        for i, ((row, span), t) in enumerate(zip(rows, per_row, strict=True))
    )
    # A column's label between a row's label and its numbers: the numbers are printed by column (a cut excerpt's
    # '其他对外管理服务事项 上一年项目数量 0 109 本年增/减 0' is no row of 0, 109, 0).
    headed = any(
        span[1] <= a < toks[0].start for (_, span), toks in zip(rows, per_row, strict=True) if toks for a, _ in heads
    )
    if not before and not headed and (all(per_row) or cellwise or some_empty):
        out, notes = [], []
        for (row, span), toks in zip(rows, per_row, strict=True):
            if not toks:
                continue
            if cellwise and len(toks) > len(row[1]):
                toks = _merged_columns(text, span[0], toks)
            r, n = _tokens_row(text, era, row, span, toks, amount_unit)
            out += r
            notes += n
        return out, notes, None
    stream = before if before and not any(per_row) else per_row[-1] if not before and not any(per_row[:-1]) else None
    k, n = len(block.headers), len(rows)
    first = min([rows[0][1][0]] + [t.start for t in tokens])
    shown = text[first : max([rows[-1][1][1]] + [t.end for t in tokens])]
    if not headed and before and stream is None:
        # A row's label lost (fresh47 ag08: '规章' blank, its 0 0 0 before 行政规范性文件 0 0 0): whether each label
        # heads the numbers after it or closes the ones before it, the table does not say; a row whose numbers read
        # the same either way lands, the rest stay out.
        groups = [before, *per_row]
        if all(len(g) == k and all(_canonical(t) for t in g) for g in groups):
            out, notes = [], []
            for i, ((row, span), toks) in enumerate(zip(rows, per_row, strict=True)):
                if [t.text for t in toks] == [t.text for t in groups[i]]:
                    r, row_notes = _tokens_row(text, era, row, span, toks, amount_unit)
                    out += r
                    notes += row_notes
            if out:
                lost = f"table 二: a row's label is lost in {shown!r}; only rows read alike either way land"
                return out, [*notes, lost], None
    if stream is None or len(stream) != k * n or not all(_canonical(t) for t in stream):
        return [], [f"table 二: {shown!r} cannot be read with certainty; left out"], None
    shown_order = None
    by_row, by_column = _readings(stream, n, k)
    if (
        k > 1
        and n > 1
        and [[t.text for t in r] for r in by_row] != [[t.text for t in r] for r in by_column]
        and not (n != k and rows_by_line(text, stream, k))
    ):
        # Told apart only by the column labels: each followed by its column's numbers (a PDF laid out by boxes);
        # or by the signs: a signed number stands in the change column only (369 99 +70 +122 439 221 by column).
        heads_sorted = sorted(heads)
        bounds = [a for a, _ in heads_sorted] + [stop]
        per_head = [[t for t in stream if bounds[j] <= t.start < bounds[j + 1]] for j in range(len(heads_sorted))]
        signed = [r for r in (by_row, by_column) if _signs_fit(rows, r)]
        if len(heads_sorted) == k and all(len(p) == n for p in per_head) and stream[0].start > bounds[0]:
            by_row, shown_order = by_column, "column"
        elif len(signed) == 1:
            shown_order = "row" if signed[0] is by_row else "column"
            by_row = signed[0]
        elif order == "column":
            by_row = by_column
        elif order != "row":
            return [], [f"table 二: {shown!r} read by row and by column differ; left out"], None
    out, notes = [], []
    for (row, span), toks in zip(rows, by_row, strict=True):
        r, nt = _tokens_row(text, era, row, span, list(toks), amount_unit)
        out += r
        notes += nt
    return out, notes, shown_order


def _readings(stream: list, n: int, k: int) -> tuple[list[list], list[list]]:
    """A block's n rows of k cells from its numbers as printed by row, and as printed by column."""
    return [stream[i * k : (i + 1) * k] for i in range(n)], [[stream[c * n + i] for c in range(k)] for i in range(n)]


def _signs_fit(rows: list, reading: list[list[Token]]) -> bool:
    """Whether a reading of a block has a signed number (+70, -76) somewhere, and each in its row's change column."""
    signed = False
    for ((_, names, _), _), cells in zip(rows, reading, strict=True):
        for name, t in zip(names, cells, strict=False):
            if t.text[:1] in "+-−":
                if not name.endswith(DELTA_SUFFIX):
                    return False
                signed = True
    return signed


def _split_runs(lines: list[list[Cell]], rows) -> list[list[Cell]]:
    """Cell rows a converter ran together on one line (fresh2 g15: '信息内容 | 本年制发件数 | … | 规章 | 0 | 0 | 0 |
    行政规范性文件 | 0 | 0 | 0 | 第二十条第（五）项 |') split again before each cell that opens a row: a row label of
    the table, or a block's caption."""
    out = []
    for cells in lines:
        start = 0
        for i in range(1, len(cells)):
            text = cells[i].text
            opens = CAPTION_RE.fullmatch(text) or any(ROW_OPENS_RE[r[0]].fullmatch(text) for r in rows)
            if opens:
                out.append(cells[start:i])
                start = i
        out.append(cells[start:])
    return out


def _from_cells(text: str, era: str) -> tuple[list[dict], list[str]] | None:
    """Table 二 printed as cells: a data row is a row label and its cells (a merged cell repeated in each of its
    positions, so a one-cell row may print its number several times)."""
    caption = CAPTION_RE.search(text) or BARE_CAPTION_AT_RE.search(text)
    if not caption:
        return None
    start = text.rfind("\n", 0, caption.start()) + 1  # the caption's line: prose may run into it (fresh5 j16)
    if head := FIRST_HEADER_RE.search(text, max(0, start - 400), start):
        start = text.rfind("\n", 0, head.start()) + 1  # the first block's rows under a caption the page lost (h24)
    out, notes, seen = [], [], False
    rows = T2_ROWS[era]
    amount_unit = ""  # the procurement amount's unit when its column header states it
    relabelled = False  # the block's middle column is headed 本年数量
    columns: list[str] | None = None  # the block's column labels, when its header row was printed
    for cells in _split_runs(cell_rows(text, start), rows):
        # a row's label alone on its line, its cells on the next (fresh40 o15: 规章 | / 0 | 0 | 0 |)
        if cells and trailing_values(cells, money=True) == len(cells) and (above := _label_above(text, cells[0].start)):
            cells = [above, *cells]
        # a row's label on the line below its cells, its own label cell empty (markitdown: |  | 1 | 30 | / 规章)
        if len(cells) > 1 and not cells[0].text and (below := _label_below(text, cells[-1].end, BLOCKS[era])):
            cells = [below, *cells[1:]]
        label = label_text(cells)
        if CAPTION_RE.search(label) or BARE_CAPTION_RE.fullmatch(label):
            relabelled, columns = False, None
            if "信息内容" not in label:
                continue  # (a page that lost its line breaks runs the caption into its block's header: read it)
        if "信息内容" in label and not any(cell_value(c, money=True)[1] is not None for c in cells):
            at = next(i for i, c in enumerate(cells) if "信息内容" in SPACE_RE.sub("", c.text))
            # (a header row broken over lines keeps none of its labels on this one: no columns known, fresh43 ac03)
            columns = [t for c in cells[at + 1 :] if (t := SPACE_RE.sub("", c.text))] or None
        if "上一年项目数量" in label:
            relabelled = RELABELLED_DELTA in label
        if m := AMOUNT_HEADER_RE.search(label):
            amount_unit = m.group("unit")
        n = trailing_values(cells, money=True)
        if n == 0 or n == len(cells):
            continue
        head = label_text(cells[: len(cells) - n])
        # A label may carry the template's own annotation: 规章（设区的市、自治州人民政府应提供相关数据）, or a gloss.
        row = next((r for r in rows if ROW_HEAD_RE[r[0]].fullmatch(head)), None)
        if row is None:
            if re.search("本年新收政府信息公开申请数量|结果维持", head):
                break  # table 三 or 四: table 二 is over
            continue
        seen = True
        _, names, scale = row
        if not names:
            continue  # a row of no metric
        # a merged header cell is repeated in each of its columns (wide t01); 本年新 | 本年新 are two cut short (j12)
        merged_once = [c for i, c in enumerate(columns or []) if i == 0 or c != columns[i - 1]]
        if columns is not None and (
            len(names) not in (len(columns), len(merged_once)) or any(FOREIGN_HEADER_RE[era].search(c) for c in columns)
        ):
            # the block's header is not this era's (fresh8 m23: a 2022 report's 五 with one 处理决定数量 column under
            # a 2019 (一)): which metric each cell is, is not certain
            notes.append(f"table 二: {head!r} stands under columns {columns}, not the template's; left out")
            continue
        cells, n = drop_padding(cells, n, len(names))
        vals = [cell_value(c, money=True) for c in cells[len(cells) - n :]]
        span = (min(cells[0].start, cells[1].start), max(cells[0].end, cells[-1].end))
        shown = text[span[0] : span[1]]
        if len(names) == 1 and n > 1:
            distinct = {(v, u) for _, v, u in vals if v is not None}
            vals = [(True, *distinct.pop())] if len(distinct) == 1 else [(True, None, "")] if not distinct else vals
        if len(vals) != len(names) or any(merged(c) for c in cells):
            return None  # the converter did not keep the table's cells: read as text
        r, nt = _land(era, names, scale, [Cell(v, u) for _, v, u in vals], span, shown, amount_unit)
        if relabelled:
            r, nt = _without_deltas(r, nt)
        out += r
        notes += nt
    return (out, notes) if seen else None


LABEL_LINE_RE = re.compile(r"[^\S\n]*+([^\n|\d]{2,40}?)[^\S\n]*+\|[^\S\n]*+\n")


def _label_above(text: str, pos: int) -> TextCell | None:
    """The cell of a line above a row of values that is one label and its bar (规章 |), none else."""
    line = text.rfind("\n", 0, pos)
    above = text.rfind("\n", 0, line) + 1 if line > 0 else -1
    if above < 0 or not (m := LABEL_LINE_RE.fullmatch(text, above, line + 1)):
        return None
    return TextCell(m.group(1), m.start(1), m.end(1))


def _label_below(text: str, pos: int, blocks: tuple[Block, ...]) -> TextCell | None:
    """The label of a row printed with its label cell empty, from the line below it: a line that is one of the
    table's row labels and nothing else, followed by a row that names another row of the table with cells of its
    own (markitdown's tables through pdfplumber: '|  | 1 | 30 | 248 |' / '规章' / '| 行政规范性文件 | 29 | 30 | 11 |',
    the label set a little lower than its cells). The row below names its own, another row of the same block, so
    the lone label is this row's."""
    start = text.find("\n", pos) + 1
    lines = text[start:].split("\n", 2)
    if not start or len(lines) < 2 or "|" in lines[0]:
        return None
    lone = SPACE_RE.sub("", lines[0])
    block = next((b for b in blocks for r in b.rows if ROW_HEAD_RE[r[0]].fullmatch(lone)), None)
    cells = cell_rows(lines[1] + "\n") if block else []
    if not cells or not (n := trailing_values(cells[0], money=True)) or n == len(cells[0]):
        return None
    head = label_text(cells[0][: len(cells[0]) - n])
    if not any(ROW_HEAD_RE[r[0]].fullmatch(head) and not ROW_HEAD_RE[r[0]].fullmatch(lone) for r in block.rows):
        return None
    at = start + len(lines[0]) - len(lines[0].lstrip())
    return TextCell(lines[0].strip(), at, at + len(lines[0].strip()))


def _without_deltas(rows: list[dict], notes: list[str]) -> tuple[list[dict], list[str]]:
    kept = [r for r in rows if not r["metric"].endswith(DELTA_SUFFIX)]
    if len(kept) < len(rows):
        notes = [*notes, f"table 二: the column headed {RELABELLED_DELTA} is not the template's 本年增/减; left out"]
    return kept, notes


def _block_of_rows(era: str, labels: list[str]) -> Block | None:
    """The one block whose rows the labels found under a caption that lost its item number name."""
    found = {b for label in labels if (b := _row_block(label, era)) is not None}
    return next(iter(found)) if len(found) == 1 else None


def read_t2(text: str, era: str) -> tuple[list[dict], list[str]]:
    """Table 二's cells as metric rows, and notes on what was left out and why."""
    found = _from_cells(text, era)
    if found:
        return found
    sk = scan(text, money=True)
    chain, zones = _chain(sk, era)
    if not chain:
        return [], []
    end = sk.offsets[_row_end(sk, chain[-1].end())]
    items = [item for m in chain for item in _unswallowed(sk, m, era)]
    # A slash glued to a label is the label's, not a blank cell: 本年增/ with its 减 lost (fresh4 i13), or inside a
    # label broken over two lines in a narrow cell ('本年增' / '/减', pdftotext with no options: fresh43 ac05).
    glued = {b for _, b, _ in items}
    tokens = [
        t
        for t in sk.tokens
        if items[0][0] <= t.start < end
        and not (t.kind == "blank" and (t.start in glued or any(a < t.start < b for a, b, _ in items)))
        and not any(a <= t.start < b for a, b in zones)  # an annotation's number among the column labels
    ]
    blocks = {b.caption: b for b in BLOCKS[era]}
    out, notes = [], []
    caps = [i for i, (_, _, s) in enumerate(items) if _caption(s)] + [len(items)]
    if caps[0] != 0:
        caps.insert(0, -1)  # the chain opens at the first block's column labels: its caption was lost
    segments = []  # [block, its items, begin, stop, its numbers when printed away from its span (else None)]
    for j in range(len(caps) - 1):
        a, b = caps[j], caps[j + 1]
        n = "一" if a < 0 else _caption(items[a][2]).groupdict().get("n")
        block = blocks.get(n) if n else _block_of_rows(era, [s for _, _, s in items[a + 1 : b]])
        if block is not None:
            begin, stop = items[max(a, 0)][0], items[b][0] if b < len(items) else end
            segments.append([block, items[a + 1 : b], begin, stop, None])
    segments = _captions_elsewhere(segments, era)
    _labels_first(segments, tokens, era)
    _numbers_after(segments, tokens, era)
    _captions_ahead(segments, tokens, era)
    read = []
    for block, block_items, begin, stop, numbers in segments:
        toks = numbers if numbers is not None else [t for t in tokens if begin <= t.start < stop]
        read.append((*_read_block(text, era, block, block_items, toks, stop), toks))
    # The order a converter printed the blocks whose labels came first in: one order shown by the signs or column
    # labels of some such blocks, and none shown otherwise, is that of those whose two readings differ (pdfminer.six
    # prints block 一's 2 × 3 cells, no sign among them, as it printed 五's 369 99 +70 +122 439 221: by column).
    shown = {o for seg, (_, _, o, _) in zip(segments, read, strict=True) if o and seg[4]}
    order = shown.pop() if len(shown) == 1 else None
    for (block, block_items, _, stop, numbers), (r, n, _, toks) in zip(segments, read, strict=True):
        if order and not r and numbers:
            r, n, _ = _read_block(text, era, block, block_items, toks, stop, order)
        if any(re.fullmatch(wrapped(RELABELLED_DELTA), s) for _, _, s in block_items):
            r, n = _without_deltas(r, n)
        out += r
        notes += n
    return out, notes


def _unswallowed(sk: Scan, m: re.Match[str], era: str) -> list[tuple[int, int, str]]:
    """A label found across a line break, as the labels it is: a column label cut short or lost a character in its
    narrow cell, and the next label whole after the break, joined by the gap a broken label may span (pdfminer.six:
    '对外公开总数' / 0 0 0 0 0 0 / '上一年项目数量' matched 对外公开总数量 across the numbers, the block lost)."""
    s = m.group()
    headers = dict.fromkeys(h for b in BLOCKS[era] for h in b.headers)
    for i in (k for k, ch in enumerate(s) if ch == "\n"):
        head, tail = s[:i], s[i + 1 :]
        if any(_is_header(h, era, head) for h in headers) and (
            any(_is_header(h, era, tail) for h in headers) or _row_block(tail, era) or _caption(tail)
        ):
            return [(*sk.span(m.start(), m.start() + i), head), (*sk.span(m.start() + i + 1, m.end()), tail)]
    return [(*sk.span(m.start(), m.end()), s)]


def _first_row(block: Block, items: list[tuple[int, int, str]]) -> int | None:
    """The index of the first of `items` that is a row label of `block`."""
    return next(
        (i for i, (_, _, s) in enumerate(items) if any(re.fullmatch(wrapped(row[0]), s) for row in block.rows)), None
    )


def _captions_ahead(segments: list[list], tokens: list[Token], era: str) -> None:
    """A block's caption printed ahead of the block before's column labels and numbers, as pdfminer.six orders a
    page's boxes (规章 / 行政规范性文件 / 第二十条第（五）项 / 本年制发件数 … / 0 0 0 0 0 0 / 行政许可 / 239): a block
    that holds no number between its caption and the next reads on to the next block's first row label, and takes the
    labels between as its own, unless a label before the numbers is the column label of neither block (a third
    block's: fresh2 g26's 本年新 … 对外公开总数量 / 1 22 1 22 1 22 are no 行政处罚's); the next block begins at that
    label. A block with numbers of its own anywhere (numbers printed before their labels) keeps its caption's
    bounds."""
    for prev, nxt in pairwise(segments):
        own, first = _first_row(prev[0], prev[1]), _first_row(nxt[0], nxt[1])
        if own is None or first is None or prev[4] is not None:
            continue
        nxt_row_at = nxt[1][first][0]
        if any(prev[2] <= t.start < prev[3] for t in tokens) or not any(nxt[2] <= t.start < nxt_row_at for t in tokens):
            continue  # the block holds numbers of its own (before its labels: printed numbers first), or none follow
        last = max(t.start for t in tokens if nxt[2] <= t.start < nxt_row_at)
        if not all(
            INFO_RE.fullmatch(s) or any(_is_header(h, era, s) for h in prev[0].headers + nxt[0].headers)
            for a, _, s in nxt[1][:first]
            if a < last
        ):
            continue  # a label before the numbers that is neither block's column label: a third block's numbers
        prev[1], prev[3] = [*prev[1], *nxt[1][:first]], nxt_row_at
        nxt[1], nxt[2] = nxt[1][first:], nxt_row_at


def _bare_rows(segment: list, tokens: list[Token], era: str) -> bool:
    """A block printed as its row labels alone: no number in its span and no column label among its labels."""
    block, items, begin, stop, numbers = segment
    return (
        numbers is None
        and _first_row(block, items) is not None
        and not any(_column_label(s, era) for _, _, s in items)
        and not any(begin <= t.start < stop for t in tokens)
    )


def _labels_first(segments: list[list], tokens: list[Token], era: str) -> None:
    """The table's label column printed first, as pdfminer.six orders a page's boxes: the captions and row labels
    of several blocks one after another with no number among them, then each block's column labels followed by its
    numbers, ahead of the next block's own rows (第二十条第（一）项 / 规章 / 规范性文件 / 第二十条第（五）项 /
    行政许可 / … / 第二十条第（八）项 / 本年新制作数量 … / 0 2 0 2 0 2 / 上一年项目数量 … / 369 99 +70 …).
    The waiting blocks take, in order, each its whole header row and the numbers after it (none when its rows were
    printed empty); any label out of that order, or a number left over, and nothing is moved. The numbers are then
    the block's, read as any block's (by row and by column alike, or told apart)."""
    i = 0
    while i < len(segments):
        j = i
        while j < len(segments) and _bare_rows(segments[j], tokens, era):
            j += 1
        if j == i or j == len(segments):
            i = j + 1
            continue
        waiting, host = segments[i:j], segments[j]
        base = {id(seg): seg[1] for seg in waiting}
        first = _first_row(host[0], host[1])
        ahead = host[1][:first] if first is not None else host[1]
        rows_at = host[1][first][0] if first is not None else host[3]
        head = next((n for n, it in enumerate(host[1]) if _column_label(it[2], era)), None)
        own = [n for n, it in enumerate(host[1]) if _row_block(it[2], era) is host[0]]
        # The last waiting block's rows and the runs after them in one segment, no block after them (a table cut
        # after its label column's numbers: fresh14 u24 … 行政处罚 / 行政强制 / 本年新 … / 0 0 0 0 0 0 / …)
        absorbed = (
            own
            and head is not None
            and own[-1] < head
            and not any(host[2] <= t.start < host[1][head][0] for t in tokens)
        )
        if absorbed:
            base[id(host)] = host[1][:head]
            waiting, ahead, rows_at = [*waiting, host], host[1][head:], host[3]
        taken, k = [], 0
        for seg in waiting:
            while k < len(ahead) and INFO_RE.fullmatch(ahead[k][2]):
                k += 1
            run = ahead[k : k + len(seg[0].headers)]
            if len(run) < len(seg[0].headers) or not all(
                _is_header(h, era, s) for h, (_, _, s) in zip(seg[0].headers, run, strict=True)
            ):
                break
            if any(run[0][0] <= t.start < run[-1][1] for t in tokens):
                break  # a number among the column labels: no header row
            k += len(run)
            upto = ahead[k][0] if k < len(ahead) else rows_at
            taken.append((seg, run, [t for t in tokens if run[-1][1] <= t.start < upto]))
        rest = ahead[k][0] if k < len(ahead) else rows_at
        # the table cut after the last run: the blocks after it printed no numbers (no own rows follow the runs)
        cut = k == len(ahead) and (absorbed or first is None) and j == len(segments) - 1
        if (
            (len(taken) < len(waiting) and not cut)
            or not any(n for _, _, n in taken)
            or any(rest <= t.start < rows_at for t in tokens)
        ):
            i = j + 1
            continue
        for seg, run, numbers in taken:
            seg[1], seg[4] = [*base[id(seg)], *run], numbers
            if numbers:
                seg[3] = numbers[-1].end
        for seg in waiting[len(taken) :]:
            seg[1], seg[4] = base[id(seg)], []
        if not absorbed:
            last = max(n[-1].end for _, _, n in taken if n)
            host[1] = [it for it in host[1] if it[0] >= last]
            host[2] = last
        i = j + 1


def _numbers_after(segments: list[list], tokens: list[Token], era: str) -> None:
    """Several blocks' labels printed whole, each block's caption, column labels and row labels, and then all their
    numbers in one run after the last block's rows (pdfminer.six: … / 行政处罚 / 行政强制 / 第二十条第（八）项 /
    信息内容 / 本年收费金额（单位：万元） / 行政事业性收费 / 37 0 0): when the run holds exactly the cells of the
    blocks' rows, each block takes its cells in turn — where that is the only way to read them. A run could also be
    the whole table's columns one after another (markitdown's 0 1 0 1 0 2 15 65 0 +1 167 0 58 2 0 0 0 0 under blocks
    一, 五 and 六, three columns each: block by block, by column, as its page has it; column by column through the
    table, 许可 would be 0 and its sign still in place), or a block's rows or columns: the numbers move only when
    every such reading gives each cell the same number (blocks of one column, of one row, or of equal numbers)."""

    def shape(seg: list) -> int | None:
        block, items = seg[0], seg[1]
        rows = sum(1 for row in block.rows if any(re.fullmatch(wrapped(row[0]), s) for _, _, s in items))
        whole = all(any(_is_header(h, era, s) for _, _, s in items) for h in block.headers)
        return rows * len(block.headers) if rows and whole and seg[4] is None else None

    i = 0
    while i < len(segments):
        j = i
        while (
            j < len(segments)
            and shape(segments[j])
            and not any(segments[j][2] <= t.start < segments[j][3] for t in tokens)
        ):
            j += 1
        if j == i or j == len(segments) or not shape(segments[j]):
            i = j + 1
            continue
        holder = segments[j]
        rows_end = max(b for _, b, s in holder[1] if _row_block(s, era) is holder[0])
        run = [t for t in tokens if holder[2] <= t.start < holder[3]]
        cells = [shape(seg) for seg in segments[i : j + 1]]
        exact = run and run[0].start >= rows_end and len(run) == sum(cells)
        if exact and _one_reading(segments[i : j + 1], cells, run):
            for seg, k in zip(segments[i : j + 1], cells, strict=True):
                seg[4], run = run[:k], run[k:]
                seg[3] = seg[4][-1].end if seg is not holder else seg[3]
        i = j + 1


def _one_reading(group: list[list], cells: list[int], run: list[Token]) -> bool:
    """Whether a run of numbers gives each cell of the blocks (`cells` of each, its rows found by their labels) the
    same number however it was printed: block by block (by row or by column within each block) or column by column
    through all of them."""
    shapes = [(m // len(seg[0].headers), len(seg[0].headers)) for seg, m in zip(group, cells, strict=True)]
    values = [t.text for t in run]
    by_block: list[dict[tuple[int, int, int], str]] = [{}, {}]  # by row, by column
    at = 0
    for b, (n, k) in enumerate(shapes):
        for reading, rows in zip(by_block, _readings(values[at : at + n * k], n, k), strict=True):
            reading.update(((b, r, c), v) for r, row in enumerate(rows) for c, v in enumerate(row))
        at += n * k
    by_table, at = {}, 0
    for c in range(max(k for _, k in shapes)):
        for b, (n, k) in enumerate(shapes):
            for r in range(n if c < k else 0):
                by_table[b, r, c] = values[at]
                at += 1
    return by_block[0] == by_block[1] == by_table


def _row_block(s: str, era: str) -> Block | None:
    """The block whose row the printed label s is."""
    return next((b for b in BLOCKS[era] for row in b.rows if re.fullmatch(wrapped(row[0]), s)), None)


def _captions_elsewhere(segments: list[list], era: str) -> list[list]:
    """Blocks whose captions are printed elsewhere (pdftotext with no options sets a ruled table's caption rows, one
    cell spanning the row, after the table: 规章 0 0 0 / 规范性文件 2 2 2 / 信息内容 上一年项目数量 … / 行政许可
    369 … / … / 第二十条第（五）项 / 第二十条第（六）项 …): a block's rows are known by their labels, so a segment
    whose row labels run through later blocks in the template's order is split before the column labels above each
    next block's first row. Row labels out of that order (a scrambled table: fresh5 j16's 规章 after 行政事业性收费,
    '124件' after it no cells of its) leave the segment as it was."""
    order = {b: i for i, b in enumerate(BLOCKS[era])}
    out = []
    for seg in segments:
        block, items, begin, stop, numbers = seg
        rows = [(i, b) for i, (_, _, s) in enumerate(items) if (b := _row_block(s, era)) is not None]
        steps = [order[b] for _, b in rows]
        if not rows or rows[0][1] is not block or any(x > y for x, y in pairwise(steps)) or len(set(steps)) == 1:
            out.append(seg)
            continue
        cuts = []  # (item index where a block's part begins, that block)
        for (prev_i, prev_b), (i, b) in pairwise(rows):
            if b is not prev_b:
                start = i
                while start > prev_i + 1 and _heading(items[start - 1][2], era) and not _caption(items[start - 1][2]):
                    start -= 1
                cuts.append((start, b))
        bounds = [(0, block), *cuts]
        for (start, b), (end, _) in zip(bounds, [*cuts, (len(items), None)], strict=True):
            part_begin = begin if start == 0 else items[start][0]
            part_stop = stop if end == len(items) else items[end][0]
            out.append([b, items[start:end], part_begin, part_stop, numbers])
    return out
