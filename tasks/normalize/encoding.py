"""Encoding damage: UTF-8 once read as Latin-1, cp1252 or GBK and saved again; one-byte-shifted GBK mojibake."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import ftfy

from tasks.normalize.classes import (
    ANY,
    GBK_SIGN,
    GBK_SIGNS,
    HAN_RE,
    LATIN_SIGN,
    MOJIBAKE,
    MOJIBAKE_RANGES,
    positions_with,
)
from tasks.normalize.converters import converter
from tasks.normalize.pinyin import PINYIN_LETTERS

MARK = "\ufffd"  # what an unrecoverable span of mojibake is replaced with


# --- a report read in the wrong encoding and saved again ------------------------------------------
def _common_share(text: str) -> float:
    """The share of Han characters (in either script) that are among the 3,755 common ones."""
    han = HAN_RE.findall(converter("t2s").convert(text))
    return sum(ch in _common_chars() for ch in han) / len(han) if han else 0.0


def _utf8_read_as_gbk(line: str) -> str:
    """The line as it was before its UTF-8 bytes were read as GBK. A byte GBK could not pair is lost: the
    character it belonged to is marked."""
    raw = b"\xff".join(part.encode("gbk", errors="replace") for part in line.split(MARK))
    return re.sub(f"{MARK}+", MARK, raw.decode("utf-8", errors="replace"))


def undo_double_decoding(text: str, classes: int = ANY) -> tuple[str, str | None]:
    """A report whose UTF-8 bytes were once read as Latin-1, cp1252 or GBK and saved again ('ä¸»åŠ¨å…¬å¼€',
    '涓诲姩鍏紑' for 主动公开): the bytes read again as UTF-8, by ftfy for the Latin family and line by line
    for GBK, where a line already made of common characters is left as it is. Returns the text and what was
    undone."""
    if classes & LATIN_SIGN:
        fixed = ftfy.fix_encoding(text)
        if fixed != text and len(HAN_RE.findall(fixed)) > 2 * len(HAN_RE.findall(text)):
            return fixed, "utf-8 read as latin-1"
    if classes & GBK_SIGN and sum(map(text.count, GBK_SIGNS)) >= 3 and _common_share(text) < 0.6:
        lines = text.split("\n")
        fixed = [line if line.isascii() or _common_share(line) >= 0.8 else _utf8_read_as_gbk(line) for line in lines]
        if _common_share("".join(fixed)) >= 0.8:
            return "\n".join(fixed), "utf-8 read as gbk"
    return text, None


# --- one-byte-shifted GBK -------------------------------------------------------------------------
SUSPICIOUS = re.compile("[" + "".join(f"{chr(a)}-{chr(b)}" for a, b in MOJIBAKE_RANGES) + "]")


def mojibake_runs(text: str) -> list[tuple[int, int]]:
    """Spans of damaged runs, left to right: the stretch of non-ASCII characters around a suspicious one,
    with a '?' just before it (the lost lead byte) and one printable ASCII character after it (a lost trail
    byte's partner). The regex `\\??[^\\x00-\\x7f\\n]*?[suspicious][^\\x00-\\x7f\\n]*[\\x21-\\x7e]?` finds the
    same spans, in time quadratic in the length of a line."""
    spans: list[tuple[int, int]] = []
    done, n = 0, len(text)
    found = positions_with(text, MOJIBAKE)  # the class table: a regex class scan is slow
    if found is None:
        found = [m.start() for m in SUSPICIOUS.finditer(text)]
    for at in found:
        if at < done:
            continue  # inside the previous run
        start = at
        while start > done and text[start - 1] > "\x7f":
            start -= 1
        if start > done and text[start - 1] == "?":
            start -= 1
        end = at + 1
        while end < n and text[end] > "\x7f":
            end += 1
        if end < n and "\x21" <= text[end] <= "\x7e":
            end += 1
        spans.append((start, end))
        done = end
    return spans


@cache
def _common_chars() -> frozenset[str]:
    """The 3,755 level-1 GB2312 characters: what real report prose is made of."""
    out = []
    for hi in range(0xB0, 0xD8):
        for lo in range(0xA1, 0xFF):
            try:
                out.append(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return frozenset(out)


@cache
def _plausible_chars() -> frozenset[str]:
    """Common characters, punctuation of the BMP and the two spaces."""
    punctuation = (chr(c) for c in range(0x10000) if unicodedata.category(chr(c)).startswith("P"))
    return _common_chars() | frozenset(punctuation) | frozenset("　 ")


def _plausible(text: str) -> bool:
    """Whether a repaired run reads as report prose: common characters and punctuation only."""
    simple = converter("t2s").convert(text)
    if _plausible_chars().issuperset(simple):
        return True
    if not simple or max(simple) <= "\uffff":
        return False  # the set holds every character of the BMP that could pass
    return all(ch in _common_chars() or unicodedata.category(ch).startswith("P") or ch in "　 " for ch in simple)


def repair_mojibake(text: str, classes: int = ANY) -> tuple[str, int, int]:
    """Undo one-byte-shifted GBK mojibake where the bytes allow; mark the rest. Returns (text, fixed, marked).

    `classes` (from `char_classes`) lets a document without a sign of mojibake skip the scan."""
    fixed = marked = 0

    def fix(run: str) -> str:
        nonlocal fixed, marked
        body = run[1:] if run.startswith("?") else run
        try:
            raw = body.encode("gb18030")
        except UnicodeEncodeError:
            raw = b""
        for drop in (1, 0):
            try:
                cand = raw[drop:].decode("gbk").replace("\u3000", "")
            except UnicodeDecodeError:
                continue
            if cand and _plausible(cand):
                fixed += 1
                return cand
        marked += 1
        return MARK

    if not classes & MOJIBAKE:
        return text, 0, 0  # the common case: nothing to repair
    parts, done = [], 0
    for start, end in mojibake_runs(text):
        parts += [text[done:start], fix(text[start:end])]
        done = end
    out = "".join(parts) + text[done:]
    if marked:
        # A lost character's pinyin annotation survives as 'yán)': drop it with the mark.
        out = re.sub(MARK + rf"[{PINYIN_LETTERS}]{{1,6}}\)", MARK, out)
    return out, fixed, marked
