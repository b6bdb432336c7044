"""The six sections of a template-era report, found under the heading variants real reports use."""

from __future__ import annotations

import re
from dataclasses import dataclass

NUMERAL = "一二三四五六七八九十"
# (section number, title pattern) — FORMAT.md's headings and their observed variants.
TITLES: tuple[tuple[int, str], ...] = (
    (1, r"总体情况|概述|基本情况"),
    (2, r"(?:行政机关)?主动公开政府信息(?:的)?情况|主动公开情况"),
    (3, r"(?:行政机关)?收到和处理政府信息公开申请(?:的)?情况|依申请公开(?:政府信息)?(?:工作)?(?:办理)?情况"),
    (4, r"(?:因)?(?:政府信息公开)?(?:工作)?(?:被申请|申请)?行政复议[、，和及]?\s*(?:提起)?行政诉讼(?:的)?情况"),
    (5, r"(?:政府信息公开工作)?存在的?主要问题(?:及|和)改进(?:情况|措施)"),
    (6, r"其他需要报告的事项"),
)
# A heading is numbered (一、, or the doubled 三三、 of d08); flattened pages glue it to whatever came before,
# table cells included (…行政事业性收费00三、收到和处理…).
HEADING_RE = {n: re.compile(rf"(?<![{NUMERAL}第])[{NUMERAL}]{{1,2}}\s*[、.．]\s*(?:{p})") for n, p in TITLES}


@dataclass(frozen=True)
class Section:
    number: int
    title: str
    start: int
    end: int


def segment(text: str) -> list[Section]:
    """Sections in order; a section whose heading is missing is skipped, never guessed."""
    found: list[tuple[int, re.Match[str]]] = []
    pos = 0
    for n, rx in HEADING_RE.items():
        m = rx.search(text, pos)
        if m:
            found.append((n, m))
            pos = m.end()
    out = []
    for i, (n, m) in enumerate(found):
        end = found[i + 1][1].start() if i + 1 < len(found) else len(text)
        out.append(Section(n, m.group(0).strip(), m.start(), end))
    return out
