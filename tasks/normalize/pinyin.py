"""Pinyin annotations after characters (報(bào)告) removed, real parentheses kept."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from itertools import filterfalse, islice

from tasks.normalize.classes import ANY, CJK, TONED, TONED_LETTERS

PINYIN_LETTERS = f"a-zü{TONED_LETTERS}"
PINYIN_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|uan|ian|iao|uai|van|ai|ei|ao|ou|an|en|in|un|vn|ia|ie|iu|ua|uo|ui|ve|ue|er"
    r"|a|o|e|i|u|v)"
)


def _untone(s: str) -> str:
    """bào → bao, lǜ → lu: the letters without their tone marks."""
    base = unicodedata.normalize("NFD", s)
    return "".join(ch for ch in base if not unicodedata.combining(ch))


def _with_tones(pattern: str) -> str:
    """The syllable grammar over written pinyin: each vowel also matches its toned forms."""
    letters = "abcdefghijklmnopqrstuvwxyzü" + TONED_LETTERS
    classes = {v: "[" + "".join(c for c in letters if _untone(c) == v) + "]" for v in "aeiou"}
    return "".join(classes.get(ch, ch) for ch in pattern)


# '(' first, so the scan is a fast literal search; the look-behind asks for a Han character.
ANNOTATION_RE = re.compile(rf"\((?<=[{CJK}]\()([{PINYIN_LETTERS}]{{1,6}})\)")
SYLLABLE_RE = re.compile(_with_tones(PINYIN_SYLLABLE))
TONE_MARKS = frozenset(TONED_LETTERS)
DOUBLED_MARK_RE = re.compile(r"(?<=[^\d\s,，])[,，](?=[,，。、])")


@cache
def _kept_in_annotated(letters: str) -> str:
    """What '(letters)' after a Han character becomes in a clearly annotated document: a syllable goes."""
    return "" if SYLLABLE_RE.fullmatch(letters) else f"({letters})"


@cache
def _kept_in_plain(letters: str) -> str:
    """… and elsewhere: only a toned syllable goes."""
    return f"({letters})" if TONE_MARKS.isdisjoint(letters) else _kept_in_annotated(letters)


def strip_pinyin(text: str, classes: int = ANY) -> tuple[str, int]:
    """Remove pinyin annotations after characters (報(bào)告), never real parentheses.

    A toneless '(gong)' only counts as pinyin inside a document that is clearly annotated (three toned ones),
    so a text without a tone mark has none to remove."""
    if not classes & TONED or "(" not in text:
        return text, 0
    parts = ANNOTATION_RE.split(text)  # text, letters, text, letters, …
    letters = parts[1::2]
    toned = list(islice(filterfalse(TONE_MARKS.isdisjoint, letters), 3))
    kept = list(map(_kept_in_annotated if len(toned) == 3 else _kept_in_plain, letters))
    parts[1::2] = kept
    return "".join(parts), kept.count("")  # a kept annotation is never empty


def undouble_marks(text: str) -> tuple[str, int]:
    """The mirrors that annotate with pinyin also double a mark after a clause (fresh44 ad20: 要求编制,,使用数据…;
    网站下载,。如对本报告…; 一,、总体情况; fresh14 u08, fresh f13): the comma before another mark goes."""
    return DOUBLED_MARK_RE.subn("", text)
