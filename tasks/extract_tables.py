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

ERA_2021_RE = re.compile(r"本年制发件数|本年废止件数|现行有效件数|逾期不补正|逾期未按收费通知|本年度?收费金额")
# Column labels only: words like 政府集中采购 also occur in the prose of reports of any era.
ERA_2019_RE = re.compile(r"本年新制作数量|本年新公开数量|对外公开总数量|上一年项目数量|采购项目数量")
TEMPLATE_RE = re.compile(
    r"收到和处理政府信息公开申请情况|本年新收政府信息公开申请数量|第二十条第[（(][一五六八][）)]项"
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


def read_template(text: str, era: str | None = None) -> TemplateResult:
    """The era (its labels', unless given) and every cell of tables 二, 三 and 四 that can be read with certainty,
    with notes on the rest."""
    era = era or detect_era(text)
    result = TemplateResult(era)
    if era == "narrative":
        return result
    for rows, notes in (read_t2(text, era), read_t3(text, era), read_t4(text)):
        result.rows += rows
        result.notes += notes
    return result
