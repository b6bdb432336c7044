"""Residue: web-page and Word furniture, a crawler's header block, a body saved twice."""

from __future__ import annotations

import re
from functools import lru_cache

from tasks import rules
from tasks.normalize.classes import ANY, EQUALS, TRIGGERS, char_classes, contains, literal_re, trigger_mask
from tasks.normalize.layout import is_table_row


def _separator(text: str) -> re.Match[str] | None:
    """The first `=== 正文 ===` separator, looked for back from each 正文 (a line-anchored scan is slow)."""
    for found in literal_re("正文").finditer(text):
        at = found.start()
        before = text[max(0, at - 200) : at]  # a separator's run of '=' and spaces is short …
        if len(before) == 200 and not before.rstrip().rstrip("="):
            before = text[:at]  # … or not
        bare = before.rstrip()
        eq = len(bare) - len(bare.rstrip("="))
        start = at - (len(before) - len(bare)) - eq
        if eq and (start == 0 or text[start - 1] == "\n"):
            m = rules.CRAWLER_SEPARATOR_RE.match(text, start)
            if m:
                return m
    return None


HEADER_LINE_IN_TEXT_RE = re.compile(rules.CRAWLER_HEADER_LINE_RE.pattern, re.MULTILINE)  # matched between line breaks
BLANK_RE = re.compile(r"\s*")  # what str.strip removes


def split_crawler_header(text: str, classes: int = ANY) -> tuple[str, dict[str, str]]:
    """Remove a crawler's `key: value` header block, returning its fields."""
    fields: dict[str, str] = {}
    sep = _separator(text) if classes & EQUALS and contains(text, "正文") else None
    if sep:
        head, body = text[: sep.start()], text[sep.end() :]
        for line in head.splitlines():
            m = rules.CRAWLER_HEADER_LINE_RE.match(line)
            if m:
                fields[m.group(1).replace(" ", "")] = m.group(2).strip()
        return body, fields
    # The header block opens the text: read line by line, in place, only as far as it goes.
    pos, end = 0, len(text)
    while pos <= end:
        nl = text.find("\n", pos)
        stop = end if nl < 0 else nl
        m = HEADER_LINE_IN_TEXT_RE.match(text, pos, stop)
        if m:
            fields[m.group(1).replace(" ", "")] = m.group(2).strip()
        elif not BLANK_RE.fullmatch(text, pos, stop):
            break
        pos = stop + 1
    if len(fields) >= 2:
        return text[pos:], fields
    return text, {}


def _table_rows_only(lines: list[str]) -> bool:
    """Whether every line that holds anything is a table row: equal rows are a table's, not a second copy."""
    return all(is_table_row(line) for line in lines if line.strip())


def _worded(line: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in line)


def _has_words(lines: list[str]) -> bool:
    return any(map(_worded, lines))


CELL_LINE_RE = re.compile(r"[+\-−]?[\d.,]+[\u4e00-\u9fff%]{0,2}")  # a cell alone on its line: 0, -76宗, 115663490元


def _cells_and_labels(lines: list[str]) -> bool:
    """Lines no fewer of them bare cells than lines of words: a table's block printed a cell a line under its labels
    (pdfminer.six: 上一年项目数量 / 本年增/减 / 处理决定数量 / 0 0 0 0 0 0 twice, 行政许可's block and 行政处罚's)."""
    cells = sum(1 for line in lines if CELL_LINE_RE.fullmatch(line.strip()))
    words = sum(1 for line in lines if _worded(line))
    return cells >= words


def drop_doubled_body(text: str) -> tuple[str, bool]:
    """A crawler that saved the page body twice: keep one copy."""
    stripped = text.strip()
    n = len(stripped)
    if n > 40:
        half = n // 2
        for mid in range(half - 3, half + 4):
            # The second copy begins with the text's first character, or after whitespace.
            if stripped[mid] != stripped[0] and not stripped[mid].isspace():
                continue
            a, b = stripped[:mid].strip(), stripped[mid:].strip()
            if a and a == b and not _table_rows_only(a.split("\n")):
                return a, True
    # A repeated tail of `size` lines: its last line also stands `size` lines earlier (larger sizes first).
    last = stripped[stripped.rfind("\n") + 1 :]
    if last == stripped or not (stripped.startswith(last + "\n") or f"\n{last}\n" in stripped):
        return text, False  # the last line stands nowhere else
    lines = stripped.split("\n")
    k = len(lines)
    for size in range(k // 2, 4, -1):
        if lines[k - 1 - size] != last:
            continue
        tail = lines[k - size :]
        # A copy of a page holds words: repeated lines of bare cells are a table's equal rows (fresh4 i18's
        # last rows of zeros, one cell a line), and so are labels over as many cells or more (a block's).
        if (
            tail == lines[k - 2 * size : k - size]
            and not _table_rows_only(tail)
            and _has_words(tail)
            and not _cells_and_labels(tail)
        ):
            return "\n".join(lines[: k - size]), True
    return text, False


@lru_cache(maxsize=4096)
def _inline_rules(classes: int) -> tuple[tuple[tuple[str, ...], re.Pattern[str]], ...]:
    """The inline-residue rules a text with these classes may trigger, each with the triggers to look for first;
    none when the pattern begins with its one trigger, whose search would cost what the pattern's own does."""
    out = []
    for triggers, rx in rules.RESIDUE_INLINE_GUARDED:
        possible = tuple(t for t in triggers if classes & trigger_mask(t) == trigger_mask(t))
        if possible:
            starts = len(triggers) == 1 and rules.literal_prefix(rx.pattern).startswith(triggers[0])
            out.append(((), rx) if starts and possible == triggers else (possible, rx))
    return tuple(out)


def remove_residue(text: str, classes: int | None = None) -> tuple[str, int]:
    """Drop web-page and Word residue: inline patterns, then whole furniture lines.

    An inline rule runs only when the text holds one of its triggers; `classes` (an upper bound on the
    text's `char_classes`) rules most triggers out without a scan."""
    if classes is None:
        classes = char_classes(text)
    n_inline = 0
    for triggers, rx in _inline_rules(classes & TRIGGERS):
        if not triggers or any(contains(text, t) for t in triggers):
            text, k = rx.subn("", text)
            n_inline += k
    text, dropped = _drop_furniture_lines(text)
    return text, n_inline + dropped


def _furniture(line: str) -> bool:
    s = line.strip()
    return bool(s) and len(s) <= rules.RESIDUE_LINE_MAX and rules.RESIDUE_LINE_RE.match(s) is not None


# Only a line whose first visible character can begin a furniture pattern needs the full check.
FURNITURE_CANDIDATE_RE = (
    re.compile(r"\n[^\S\n]*[" + re.escape("".join(sorted(rules.RESIDUE_LINE_FIRST))) + "]")
    if rules.RESIDUE_LINE_FIRST
    else None
)


PIPE_LINE_RE = re.compile(rf"\n[^\S\n]*\|{{1,{rules.RESIDUE_LINE_MAX}}}[^\S\n]*(?=\n|\Z)")


def _drop_furniture_lines(text: str) -> tuple[str, int]:
    """Drop whole lines of web-page furniture. Returns (text, lines dropped)."""
    if FURNITURE_CANDIDATE_RE is None:
        lines = text.split("\n")
        kept = [ln for ln in lines if not _furniture(ln)]
        return "\n".join(kept), len(lines) - len(kept)
    # Each line, the first included, follows a line break in `padded`; dropping a line drops that break.
    padded = "\n" + text
    # Pipe-only lines, a table's cell borders, come by the hundred: dropped in one pass (same rule, same limit).
    padded, dropped = PIPE_LINE_RE.subn("", padded) if "|" in padded else (padded, 0)
    parts, done = [], 0
    for m in FURNITURE_CANDIDATE_RE.finditer(padded):
        end = padded.find("\n", m.start() + 1)
        end = len(padded) if end < 0 else end
        if _furniture(padded[m.start() + 1 : end]):
            parts.append(padded[done : m.start()])
            done, dropped = end, dropped + 1
    if not dropped:
        return text, 0
    return ("".join(parts) + padded[done:])[1:], dropped
