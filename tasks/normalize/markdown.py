"""Markdown's marks, as PDF-to-Markdown converters (MinerU, marker, docling, markitdown) write a report: headings'
hashes, emphasis, images and links go, and a figure written as a formula is a figure again; their text stays where
it stood."""

from __future__ import annotations

import re

HEADING_MARK_RE = re.compile(r"^[^\S\n]{0,3}#{1,6}[^\S\n]+(?=\S)", re.MULTILINE)  # '## 一、总体情况'
EMPHASIS_RE = re.compile(r"(\*\*|__)(?=\S)([^\n]+?)(?<=\S)\1")  # '**（一）主动公开情况**'
IMAGE_RE = re.compile(r"!\[[^\]\n]{0,200}\]\([^)\n]{0,500}\)")  # '![](images/4f1e….jpg)': a seal, a signature
LINK_RE = re.compile(r"(?<!!)\[([^\]\n]{1,200})\]\([^)\s]{1,500}\)")  # '[www.x.gov.cn](http://www.x.gov.cn)'
# A figure MinerU took for a formula (opendatalab/MinerU#1609): '$9 9 . 8 \%$', '$- 8 \%$', '$1 2 0 0$', '100$\%$'.
INLINE_FIGURE_RE = re.compile(
    r"\$(?=[^$\n]{0,40}?(?:\d|\\%))[^\S\n]*+(?P<figure>[+\-−]?(?:[^\S\n]*+\d)++(?:[^\S\n]*+[.,](?:[^\S\n]*+\d)++)*+)?+"
    r"[^\S\n]*+(?:\\[,;:! ][^\S\n]*+)?+(?P<percent>\\%)?+[^\S\n]*+\$"
)
SPACE_RE = re.compile(r"\s")
BREAK_RE = re.compile(r"<br\s*/?>", re.IGNORECASE)  # a line broken inside a Markdown table's cell
CJK_EDGE = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’]")
SIGNS = ("#", "**", "__", "](", "<br", "<BR", "$")


def _figure(m: re.Match[str]) -> str:
    """The figure as printed, its digits together."""
    return SPACE_RE.sub("", m.group("figure") or "") + ("%" if m.group("percent") else "")


def _break(m: re.Match[str]) -> str:
    text, a, b = m.string, m.start(), m.end()
    before, after = text[a - 1 : a], text[b : b + 1]
    return "" if CJK_EDGE.match(before) and CJK_EDGE.match(after) else " "


def strip_marks(text: str) -> tuple[str, int]:
    """The text without Markdown's marks. Returns it and how many marks went."""
    if not any(sign in text for sign in SIGNS):
        return text, 0
    count = 0
    marks = (
        (IMAGE_RE, ""),
        (LINK_RE, r"\1"),
        (HEADING_MARK_RE, ""),
        (EMPHASIS_RE, r"\2"),
        (BREAK_RE, _break),
        (INLINE_FIGURE_RE, _figure),
    )
    for rx, repl in marks:
        text, n = rx.subn(repl, text)
        count += n
    return text, count
