"""Character classes: a 64-bit table over UTF-16 code units telling which passes can change a text at all."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import numpy as np

from tasks import rules
from tasks.normalize.converters import converter
from tasks.normalize.radicals import radical_table

CJK = r"\u4e00-\u9fff\u3400-\u4dbf"
HAN_RE = re.compile(f"[{CJK}]")

# --- the characters of some classes ---------------------------------------------------------------
# GBK bytes decoded with a one-byte shift turn into bopomofo, box drawing and small-form symbols;
# seed 002: '?。ㄒ唬┩晟企w制' is '　（一）完善體制' read one byte late.
MOJIBAKE_RANGES = ((0x3105, 0x312F), (0x2500, 0x257F), (0xFE50, 0xFE6F), (0x01D5, 0x01DC), (0xE000, 0xF8FF))
# Full-width digits, letters and number signs, zero-width characters and Unicode line separators.
RARE_RANGES = (
    (0xFF05, 0xFF05),
    (0xFF0B, 0xFF0B),
    (0xFF0D, 0xFF19),
    (0xFF20, 0xFF3A),
    (0xFF41, 0xFF5A),
    (0x200B, 0x200F),
    (0xFEFF, 0xFEFF),
    (0x2028, 0x2029),
)
GBK_SIGNS = "锛銆鈥"  # the GBK reading of UTF-8 '，', '。' and '“'
TONED_LETTERS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
ASCII_PUNCT_CJK = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！"}  # what folding makes of ASCII punctuation


@cache
def literal_re(needle: str) -> re.Pattern[str]:
    """A pattern that finds `needle` as it is."""
    return re.compile(re.escape(needle))


def contains(text: str, needle: str) -> bool:
    """`needle in text`, for a needle of several characters: re's literal scan is about three times faster than
    str's on Chinese text (CPython 3.11: 1.4 against 4.5 µs for 4,600 characters; str.replace and str.count
    search the same slow way)."""
    return literal_re(needle).search(text) is not None


# --- character classes ----------------------------------------------------------------------------
# One vectorised pass over a document's code units tells which passes can change it at all: most
# reports are Simplified, undamaged and free of full-width digits, and skip those passes entirely.
T2S = 1 << 0  # OpenCC t2s converts this character on its own
T2S_PHRASE = 1 << 1  # Simplified character that t2s rewrites inside some phrases (回覆 → 回复)
MOJIBAKE = 1 << 2  # a sign of shifted GBK bytes
RARE = 1 << 3  # full-width letters and digits, zero-width characters
TONED = 1 << 4  # a pinyin letter with a tone mark
ASCII_PAREN = 1 << 5  # '('
SPACE = 1 << 6  # a space, or a character folding makes one
CR = 1 << 7  # a carriage return
TAB = 1 << 8
WIDE_SPACE = 1 << 9  # an ideographic or no-break space
EQUALS = 1 << 10  # '=', which a crawler's body separator is made of
PUNCT_BITS = {mark: 1 << (11 + i) for i, mark in enumerate(",;:?!")}  # ASCII punctuation, a bit each
ASCII_PUNCT = sum(PUNCT_BITS.values())
PERIOD = 1 << 16  # '.'
TRIGGER_BITS = range(17, 60)  # the characters of the inline-residue triggers, a bit each (shared past 43)
QUOTES = 1 << 60  # corner brackets used as quotes (「」『』) and the ASCII '"'
RADICAL = 1 << 61  # a CJK radical a PDF's text layer gave for an ideograph (tasks/normalize/radicals.py)
# Signs of UTF-8 Chinese read in another encoding, all from its punctuation (，EF BC 8C; 。E3 80 82; “ E2 80 9C),
# which every report is full of and no report writes otherwise:
LATIN_SIGN = 1 << 62  # ¼, €, a C1 control: read as Latin-1 or cp1252 ('ï¼Œ' for '，')
GBK_SIGN = 1 << 63  # 锛, 銆, 鈥: read as GBK ('锛' for the bytes EF BC of '，')
ANY = (1 << 64) - 1


@cache
def _trigger_bit(ch: str) -> int:
    """The bit of one character of the inline-residue triggers."""
    chars = list(dict.fromkeys("".join(rules.RESIDUE_INLINE_ANY)))
    return 1 << TRIGGER_BITS[chars.index(ch) % len(TRIGGER_BITS)]


TRIGGERS = sum(1 << b for b in TRIGGER_BITS)


def trigger_mask(trigger: str) -> int:
    """The bits a text's classes must hold for it to contain `trigger`."""
    mask = 0
    for ch in trigger:
        mask |= _trigger_bit(ch)
    return mask


@cache
def class_table() -> np.ndarray:
    """Class bits per UTF-16 code unit; t2s's own characters are found by converting each one."""
    table = np.zeros(0x10000, dtype=np.uint64)
    units = [c for c in range(0x80, 0x10000) if not 0xD800 <= c < 0xE000]
    converted = converter("t2s").convert("\n".join(map(chr, units))).split("\n")
    if len(converted) != len(units):  # a dictionary that maps across lines: no shortcut is safe
        table[:] = ANY
        return table
    table[[c for c, out in zip(units, converted, strict=True) if out != chr(c)]] |= T2S
    table[[ord(c) for c in rules.T2S_PHRASE_CHARS]] |= T2S_PHRASE
    for ranges, bit in ((MOJIBAKE_RANGES, MOJIBAKE), (RARE_RANGES, RARE)):
        for a, b in ranges:
            table[a : b + 1] |= bit
    for chars, bit in (
        (TONED_LETTERS, TONED),
        ("(", ASCII_PAREN),
        (" \t\u3000\xa0", SPACE),
        ("\r", CR),
        ("\t", TAB),
        ("\u3000\xa0", WIDE_SPACE),
        ("=", EQUALS),
        ('「」『』"', QUOTES),
        (".", PERIOD),
        *PUNCT_BITS.items(),
    ):
        table[[ord(c) for c in chars]] |= bit
    for ch in "".join(rules.RESIDUE_INLINE_ANY):
        table[ord(ch)] |= _trigger_bit(ch)
    table[[0xBC, 0x20AC, *range(0x80, 0xA0)]] |= LATIN_SIGN
    table[[ord(c) for c in GBK_SIGNS]] |= GBK_SIGN
    # A character that folding turns into a trigger character carries its bit, so the classes of a text
    # stay an upper bound through folding (full-width 'Ｑ' becomes 'Q', an ideographic space a space).
    for a, b in RARE_RANGES:
        for c in range(a, b + 1):
            folded = unicodedata.normalize("NFKC", chr(c))
            if len(folded) == 1:
                table[c] |= table[ord(folded)]
    for c in "\t\u3000\xa0":
        table[ord(c)] |= table[ord(" ")]
    for a, b in ASCII_PUNCT_CJK.items():
        table[ord(a)] |= table[ord(b)]
    for a, b in zip("「」『』", "“”‘’", strict=True):
        table[ord(a)] |= table[ord(b)]
    table[ord("(")] |= table[ord("（")]
    table[ord(")")] |= table[ord("）")]
    table[ord("\r")] |= table[ord("\n")]
    # A radical carries the bits of the ideograph it is read as (⻑ becomes 長, which t2s converts).
    for c, ideograph in radical_table().items():
        table[c] |= RADICAL | (table[ord(ideograph)] if ord(ideograph) < 0x10000 else np.uint64(ANY))
    table[0xD800:0xE000] = np.uint64(ANY)  # a character beyond the BMP: let every pass look
    return table


def code_units(text: str) -> np.ndarray:
    """The text's UTF-16 code units: one per character unless a character lies beyond the BMP."""
    return np.frombuffer(text.encode("utf-16-le", "surrogatepass"), dtype=np.uint16)


def positions_with(text: str, bits: int) -> list[int] | None:
    """Where the characters carrying any of `bits` stand; None for a text beyond the BMP, whose code
    units and characters do not line up."""
    units = code_units(text)
    if len(units) != len(text):
        return None
    return np.flatnonzero(class_table().take(units) & bits).tolist()


def char_classes(text: str) -> int:
    """The union of the class bits of the text's characters."""
    units = code_units(text)
    return int(np.bitwise_or.reduce(class_table().take(units))) if len(units) else 0
