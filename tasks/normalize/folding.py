"""Folding: one form for digits, letters, punctuation, quotes, parentheses and whitespace."""

from __future__ import annotations

import re
import unicodedata

from tasks.normalize.classes import (
    ASCII_PAREN,
    ASCII_PUNCT,
    ASCII_PUNCT_CJK,
    CJK,
    CR,
    PERIOD,
    PUNCT_BITS,
    QUOTES,
    RARE,
    SPACE,
    TAB,
    WIDE_SPACE,
    char_classes,
)

FULLWIDTH_ALNUM = re.compile(r"[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff0e\uff05\uff0b\uff0d\uff20\uff0f]")


def fold_width(text: str) -> tuple[str, int]:
    """Full-width digits, letters and number signs to ASCII ('２０１９' → '2019'); returns the count."""
    return FULLWIDTH_ALNUM.subn(lambda m: unicodedata.normalize("NFKC", m.group(0)), text)


# A parenthetical with a Han character inside, or, the first branch, a name's: the same span either way. (The title's
# year may stand on a line below, a layout's padding and indentation away: pdfplumber's layout text, fresh19 z15.)
PAREN_RE = re.compile(
    rf"\((?:(?<=[{CJK}]\()([{CJK}]{{1,8}})\)(?=[{CJK}]|(?:[^\S\n]*+\n){{0,3}}[^\S\n]*+(?:19|20)\d{{2}}\s?年)|([^()\n]{{0,120}}?[{CJK}][^()\n]{{0,120}}?)\))"
)
NESTING_MAX = 3
PAREN_HEAD_RE = re.compile(r"\(([一二三四五六七八九十\d]{1,3})\)")
ZERO_WIDTH_RE = re.compile(r"[\u200b-\u200f\ufeff\u2028\u2029]")
# ASCII punctuation with a Han character (or a Chinese bracket) on either side is Chinese punctuation. The
# exceptions are few: each mark's pattern finds those (mark first: a fast literal search), and the rest is one
# str.replace, far cheaper than a regex substitution per mark.
CHINESE_BEFORE, CHINESE_AFTER = f"{CJK}）】》”", f"{CJK}（《“"
PUNCT_RES = {
    mark: re.compile(rf"{re.escape(mark)}(?:(?<=[{CHINESE_BEFORE}]{re.escape(mark)})|(?=[{CHINESE_AFTER}]))")
    for mark in ASCII_PUNCT_CJK
}
PUNCT_KEPT_RES = {
    mark: re.compile(rf"{re.escape(mark)}(?<![{CHINESE_BEFORE}]{re.escape(mark)})(?![{CHINESE_AFTER}])")
    for mark in ASCII_PUNCT_CJK
}


def _fold_mark(text: str, mark: str) -> tuple[str, int]:
    """Every `mark` with a Chinese neighbour in its Chinese form; returns the text and how many changed."""
    total = text.count(mark)
    if total < 16:  # few: one substitution
        return PUNCT_RES[mark].subn(ASCII_PUNCT_CJK[mark], text) if total else (text, 0)
    kept = PUNCT_KEPT_RES[mark].split(text)  # many: the marks that stay split the text, str.replace does the rest
    out = mark.join(part.replace(mark, ASCII_PUNCT_CJK[mark]) for part in kept)
    return out, total - len(kept) + 1


# A space between a number and its Chinese neighbours ('信息 4720条', '188 件'), between Han characters, or on the
# inner side of Chinese punctuation. The neighbours of a space are never spaces (runs are collapsed first), so one
# pass equals any order of rules.
STRAY_SPACE_RE = re.compile(
    rf" (?:(?<=[{CJK}，。；：] )(?=\d)|(?<=\d )(?=[{CJK}])|(?<=[{CJK}，。；：、）] )(?=[{CJK}（])"
    # Chinese typography puts no space inside full-width punctuation: '信函 、传真' is one label (PDF text).
    rf"|(?=[，。；：、！？）》」』】”])|(?<=[（《「『【“] ))"
)


def _fold_parentheses(text: str) -> tuple[str, int]:
    """A parenthetical with a Han character inside becomes full-width, except inside a name, which keeps it as
    written (d21: 坪山区委(区政府)办公室 — Han characters on both sides, at most eight Han characters within; or a
    title's year after it, fresh24 g40: 永嘉三江商务区(街道)2014年…报告).
    Returns the text and the parentheticals seen, names included."""
    parts = PAREN_RE.split(text)  # outside, name, inside, outside, … (each match fills one of its two groups)
    if len(parts) == 1:
        return text, 0
    parts[1::3] = [f"({name})" if name is not None else "" for name in parts[1::3]]
    parts[2::3] = [f"（{inner}）" if inner is not None else "" for inner in parts[2::3]]
    return "".join(parts), len(parts) // 3


BLANK_LINES_RE = re.compile("\n\n\n+")
THOUSANDS_RE = re.compile(r",(?<=\d,)(?=\d{3}(?!\d))")
# An ASCII '.' between Chinese (or ending a line after it) ends a sentence; not a decimal point or the '.' of a
# numbered item ('1.属于国家秘密', '一.概述' at a line's start).
FULL_STOP_RE = re.compile(rf"\.(?<=[{CJK}）】》”]\.)(?<!^[一二三四五六七八九十]\.)(?=[{CJK}（《“\d]|$)", re.MULTILINE)
ASCII_QUOTED_RE = re.compile(rf'"([^"\n]{{0,60}}?[{CJK}][^"\n]{{0,60}}?)"')  # a quotation with Chinese inside
SPACE_RUN_RE = re.compile("  +")


def fold_characters(text: str, classes: int | None = None) -> tuple[str, int, bool]:
    """Full-width digits and letters to ASCII; one form for Chinese punctuation and quotes; no thousands
    separators; tidy whitespace. Returns the text, the count of changes, and whether it did anything that can
    make residue where there was none: joining characters (a removed space, zero-width character or thousands
    separator), making spaces or ASCII, splitting lines, a line's leading space removed, or a Chinese ！, ？, 。
    or ” (a print link's left neighbour). Converting parentheses, commas, colons and semicolons, or dropping
    blank lines, cannot: every residue pattern reads both forms of a colon and none reads the others."""
    count, joined = 0, False
    if classes is None:
        classes = char_classes(text)
    if classes & RARE:
        text, n = fold_width(text)
        text, k = ZERO_WIDTH_RE.subn("", text)
        count, joined = count + n + k, joined or bool(n or k)
    # A class bit says the character may be there (the classes are an upper bound); str.replace returns
    # the very same string when it is not.
    if classes & CR:
        new = text.replace("\r\n", "\n").replace("\r", "\n")
        text, joined = new, joined or new is not text
    if classes & WIDE_SPACE:
        new = text.replace("\u3000", " ").replace("\xa0", " ")
        text, joined = new, joined or new is not text
    if classes & QUOTES:  # one form of quotes: “” and ‘’
        new = text.replace("「", "“").replace("」", "”").replace("『", "‘").replace("』", "’")
        new, n = ASCII_QUOTED_RE.subn(r"“\1”", new)
        # A print link's left neighbour may be ” (every residue pattern reads only the curly form).
        count, joined = count + n + (new is not text and not n), joined or new != text
        text = new
    if classes & ASCII_PAREN:
        text, n = _fold_parentheses(text)
        count += n
        # Nested parentheticals fold from the inside out (联系(地址…电话(传真)：…): the outer one holds no ASCII
        # parenthesis once the inner one is folded. Folding again until nothing changes keeps normalizing idempotent.
        for _ in range(NESTING_MAX):
            if not n or "(" not in text:
                break
            before = text
            text, n = _fold_parentheses(text)
            n = n if text != before else 0
            count += n
        if "(" in text:
            text, n = PAREN_HEAD_RE.subn(r"（\1）", text)
            count += n
    if classes & PUNCT_BITS[","]:  # thousands separators go: '7,816' is one number everywhere, table cells too
        text, n = THOUSANDS_RE.subn("", text)
        count, joined = count + n, joined or bool(n)
    if classes & PERIOD:  # a full stop typed in ASCII
        text, n = FULL_STOP_RE.subn("。", text)
        count, joined = count + n, joined or bool(n)
    n = 0
    for ascii_mark in ASCII_PUNCT_CJK if classes & ASCII_PUNCT else ():
        if classes & PUNCT_BITS[ascii_mark]:
            text, k = _fold_mark(text, ascii_mark)
            n += k
            joined = joined or (bool(k) and ascii_mark in "!?")

    # Stray spaces between a number and its Chinese neighbours ('信息 4720条', '188 件') and between Han
    # characters go; other runs of spaces and tabs become one space. Space-first patterns scan fast.
    text2 = text.replace("\t", " ") if classes & TAB else text
    joined = joined or text2 is not text
    if classes & SPACE:
        text2, k = SPACE_RUN_RE.subn(" ", text2)  # re, not str.replace: see `contains`
        joined = joined or bool(k)
        text2, k = STRAY_SPACE_RE.subn("", text2)
        joined = joined or bool(k)
        # Every line stripped: cheaper than looking for a space at a line's edge first.
        stripped = "\n".join(map(str.strip, text2.split("\n")))
        joined, text2 = joined or stripped != text2, stripped
    text2 = BLANK_LINES_RE.sub("\n\n", text2)
    if text2[:1].isspace() and text2.lstrip("\n")[:1].isspace():
        joined = True  # the first line's leading space goes with the strip
    text2 = text2.strip() + "\n"
    return text2, count + n + (text2 != text), joined
