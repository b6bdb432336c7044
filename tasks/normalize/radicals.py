"""CJK radicals that a PDF's text layer gives for ideographs, read back as the ideographs.

A font draws 一 and the Kangxi radical ⼀ (U+2F00), 长 and the simplified radical ⻓ (U+2ED3), with one glyph, and the
ToUnicode map a PDF producer writes for that glyph may name the radical: the page shows 一、总体情况 and 行政许可 while
its text says ⼀、总体情况 and ⾏政许可, which no heading, label or rule reads. Government reports never write a
radical as such, so the radicals are folded to their ideographs: every Kangxi Radical by NFKC (its compatibility
decomposition is that ideograph), and the CJK Radicals Supplement's by tasks/data/radicals.tsv (Unicode's
EquivalentUnifiedIdeograph.txt, where the ideograph shares the radical's glyph; the component forms drawn otherwise
stay as they are).
"""

from __future__ import annotations

import unicodedata
from functools import cache
from pathlib import Path

RADICALS_TSV = Path(__file__).resolve().parents[1] / "data" / "radicals.tsv"
KANGXI = range(0x2F00, 0x2FD6)
SUPPLEMENT = range(0x2E80, 0x2EF4)


@cache
def radical_table() -> dict[int, str]:
    """Radical code point → the ideograph it stands for."""
    table = {c: unicodedata.normalize("NFKC", chr(c)) for c in KANGXI}
    # the two supplement radicals NFKC folds itself (⺟ 母, ⻳ 龟)
    table |= {c: n for c in SUPPLEMENT if (n := unicodedata.normalize("NFKC", chr(c))) != chr(c)}
    for line in RADICALS_TSV.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            radical, ideograph = line.split("\t")[:2]
            table[ord(radical)] = ideograph
    return table


def fold_radicals(text: str) -> tuple[str, int]:
    """The text with every radical of the table read as its ideograph, and how many were."""
    table = radical_table()
    n = sum(1 for ch in text if ord(ch) in table)
    return (text.translate(table), n) if n else (text, 0)
