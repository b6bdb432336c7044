"""Numbers as reports write them: Arabic or Chinese numerals, 万/亿 multipliers, 余/约 qualifiers."""

from __future__ import annotations

import cn2an

CN_DIGITS = "零〇一二两三四五六七八九十百千"

# One number as written in prose, with its qualifiers; the unit follows in each rule.
NUMBER = (
    r"(?P<pre>大约|约|近|将近|超过|超|逾)?"
    # (a Chinese numeral whole: never the tail of one a stretch of non-digits took the head of, 十|五个)
    rf"(?<![\d.第])(?P<num>\d+(?:,\d{{3}})*(?:\.\d+)?|(?<![{CN_DIGITS}])[{CN_DIGITS}]{{1,8}})(?![\d.])"
    r"(?:(?P<mid>余|多)(?=万|亿))?(?P<mul>万|亿)?(?P<post>余|多)?"  # 2万余条, and 20余万条 (fresh13 s35)
)

PRE_QUALIFIER = {
    "约": "approx",
    "大约": "approx",
    "近": "approx",
    "将近": "approx",
    "超过": "at_least",
    "超": "at_least",  # 累计发布超235条 (fresh32 r24)
    "逾": "at_least",
}
POST_QUALIFIER = {"余": "at_least", "多": "at_least", "以上": "at_least", "左右": "approx"}
MULTIPLIER = {"万": 10_000, "亿": 100_000_000}


# More digits than any real figure (the largest are yuan amounts of about 12 digits): a run of digits this long
# is glued table cells or junk, and read as one number it would overflow to inf.
MAX_DIGITS = 15


def parse_number(s: str) -> float | None:
    """Return the value of '63,945', '100.46', '十二' or '两'; None when it is not a number."""
    s = s.replace(",", "")
    if not s:
        return None
    if s[0].isdigit():
        if len(s.split(".")[0]) > MAX_DIGITS:
            return None
        try:
            return float(s)
        except ValueError:
            return None
    if s in ("零", "〇"):
        return 0.0
    try:
        return float(cn2an.cn2an(s, "smart"))
    except (ValueError, KeyError):
        return None


def qualifier_of(pre: str | None, post: str | None, after: str = "") -> str:
    if pre:
        return PRE_QUALIFIER[pre]
    if post:
        return POST_QUALIFIER[post]
    for word, q in POST_QUALIFIER.items():
        if after.startswith(word):
            return q
    return "exact"


def qualifiers_conflict(pre: str | None, post: str | None, after: str = "") -> bool:
    """Whether the words around a figure qualify it two ways (近200余条: nearly, and more than): no certain one."""
    if not pre:
        return False
    said_after = (
        POST_QUALIFIER.get(post) if post else next((q for w, q in POST_QUALIFIER.items() if after.startswith(w)), None)
    )
    return said_after is not None and said_after != PRE_QUALIFIER[pre]


def scaled(value: float, mul: str | None) -> float:
    """Apply a 万/亿 multiplier (100.46万元 → 1004600 yuan)."""
    if mul:
        value *= MULTIPLIER[mul]
    return round(value, 2)
