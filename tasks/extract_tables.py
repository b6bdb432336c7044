"""The national template's tables 二, 三 and 四: the era from the labels, then each table read as the template's
fixed structure (tasks/template/)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tasks.template.arithmetic import arithmetic_failures, t3_consistent
from tasks.template.cuts import splits
from tasks.template.table2 import T2_ROWS, read_t2
from tasks.template.table3 import read_t3
from tasks.template.table4 import read_t4
from tasks.template.tokens import whole_at_end, wrapped

__all__ = [
    "T2_ROWS",
    "TemplateResult",
    "arithmetic_failures",
    "detect_era",
    "read_t2",
    "read_t3",
    "read_t4",
    "read_template",
    "splits",
    "t3_consistent",
]

# Each also broken across lines, as a PDF's narrow cell prints it ('本年新制' / '作数量').
ERA_2021_RE = re.compile(
    wrapped(r"本年制发件数|本年废止件数|现行有效件数|逾期[不未]补正|逾期未按收费通知|本年度?收费金额")
)
# Column labels only: words like 政府集中采购 also occur in the prose of reports of any era.
ERA_2019_RE = re.compile(wrapped(r"本年新制作数量|本年新公开数量|对外公开总数量|上一年项目数量|采购项目数量"))
TEMPLATE_RE = re.compile(
    wrapped(r"收到和处理政府信息公开申请情况|本年新收政府信息公开申请数量|第二十条第[（(][一五六八][）)]项")
)


@dataclass
class TemplateResult:
    era: str
    rows: list[dict] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def shows_table_labels(text: str) -> bool:
    """Whether the text prints labels of either template's tables (not only the section headings both share)."""
    return bool(ERA_2021_RE.search(text) or ERA_2019_RE.search(text))


def shows_mixed_labels(text: str) -> bool:
    """Whether the text prints labels of both templates' tables."""
    return bool(ERA_2021_RE.search(text) and ERA_2019_RE.search(text))


def detect_era(text: str) -> str:
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


# The number a text ends on, only spaces, bars and a money unit after it.
LAST_NUMBER_RE = re.compile(r"(?<![\d.,])\d[\d.,]*(?=(?:万元|万|元)?\Z)")
TABLE_3_RE = re.compile(r"收到和处理政府信息公开申请情况|本年新收政府信息公开申请数量")
MONEY_NEAR_RE = re.compile(r"万元|金额")  # an amount's column: its cells may be decimals
CUT_CELL_MAX = 12  # characters of a cell's words the end may have cut


def without_cut_end(text: str) -> str:
    """The text with what its end may have cut blanked out (offsets kept): a saved excerpt stops wherever its length
    runs out. The words after a row's last bar are a cell cut short ('规范性文件 | 0 | 0 | 0 | 第二' of 第二十条…,
    fresh29 n22), not one the row holds; and the number the text ends on may be cut short ('…行政事业性收费 2' of 280,
    fresh29 sweeps), which in table 二 no reading can tell — zeros stay, no count being a longer print of them, but
    not an amount's. Past table 二 the readers of tables 三 and 四 tell a cut cell by their sums."""
    end = len(text.rstrip(" \t\n|"))
    bar = text.rfind("|", max(0, end - CUT_CELL_MAX - 2), end)
    words = text[bar + 1 : end] if bar >= 0 else ""
    if words.strip() and "\n" not in words and not any(map(str.isdigit, words)) and text[:bar].rstrip()[-1:].isdigit():
        return text[: bar + 1] + " " * (len(text) - bar - 1)  # the cells before the bar are whole
    end = len(text.rstrip())  # a bar after the last number closes its cell
    if text.rfind("第二十条", 0, end) < max((m.start() for m in TABLE_3_RE.finditer(text)), default=-1):
        return text  # past table 二: tables 三 and 四 tell a cut cell by their sums (table3._cut_short)
    m = LAST_NUMBER_RE.search(text, max(0, end - 40), end)
    # Zeros are whole ('00' run together is two), no count being a longer print of 0; an amount's 0 may be 0.5.
    if m is None or (whole_at_end(m.group()) and not MONEY_NEAR_RE.search(text, max(0, m.start() - 80), m.start())):
        return text
    return text[: m.start()] + " " * (len(text) - m.start())


def read_template(text: str, era: str | None = None) -> TemplateResult:
    """The era (its labels', unless given) and every cell of tables 二, 三 and 四 that can be read with certainty,
    with notes on the rest."""
    era = era or detect_era(text)
    result = TemplateResult(era)
    if era == "narrative":
        return result
    text = without_cut_end(text)
    for rows, notes in (read_t2(text, era), read_t3(text, era), read_t4(text)):
        result.rows += rows
        result.notes += notes
    result.rows, torn = once_each(result.rows)
    if torn:
        result.notes.append(
            f"tables: {', '.join(torn)} read twice with different values (the table printed twice?); left out"
        )
    return result


def once_each(rows: list[dict]) -> tuple[list[dict], list[str]]:
    """Each metric once: a cell read twice (a table printed twice, a block whose rows stand in two places) lands
    once when the readings agree; when they differ neither is certain, and the metrics torn so are left out."""
    values: dict[str, set] = {}
    for r in rows:
        values.setdefault(r["metric"], set()).add(r["value"])
    torn = sorted(m for m, v in values.items() if len(v) > 1)
    kept, seen = [], set(torn)
    for r in rows:
        if r["metric"] not in seen:
            kept.append(r)
            seen.add(r["metric"])
    return kept, torn
