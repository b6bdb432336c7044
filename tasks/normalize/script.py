"""Script: Traditional or Taiwan-phrase text detected and converted to Simplified with mainland wording."""

from __future__ import annotations

import re

import numpy as np

from tasks import rules
from tasks.normalize.classes import (
    ANY,
    T2S,
    T2S_PHRASE,
    char_classes,
    class_table,
    code_units,
    contains,
    positions_with,
)
from tasks.normalize.converters import TAIWAN_CONFIG, converter


def _codepoints(s: str) -> np.ndarray:
    """The code points of the text, one per character."""
    return np.frombuffer(s.encode("utf-32-le"), dtype=np.uint32)


def _changed(a: str, b: str) -> int:
    """How many characters differ (position by position; a length change counts in full)."""
    if a == b:
        return 0
    x, y = _codepoints(a), _codepoints(b)
    n = min(len(x), len(y))
    return int(np.count_nonzero(x[:n] != y[:n])) + abs(len(x) - len(y))


CLAUSE_BREAKS = frozenset("\n。，；！？")  # no t2s dictionary entry holds one (a test checks)


def _phrase_char_positions(text: str) -> list[int]:
    """Where the phrase characters stand: a few literal searches, cheaper than the class table for the handful a
    Simplified report holds."""
    found = []
    for ch in rules.T2S_PHRASE_CHARS:
        at = text.find(ch)
        while at >= 0:
            found.append(at)
            at = text.find(ch, at + 1)
    return sorted(found)


def _t2s_where_needed(text: str, classes: int | None = None) -> str:
    """What t2s makes of the text, converting only the clauses that hold a character it can change (a stray
    Traditional 著, the 覆 of 全覆盖). t2s matches the longest entry at each position and no entry holds a
    clause break, so a clause converts the same alone as in the text."""
    classes = char_classes(text) if classes is None else classes
    if not classes & (T2S | T2S_PHRASE):
        return text
    found = _phrase_char_positions(text) if not classes & T2S else positions_with(text, T2S | T2S_PHRASE)
    if found is None or len(found) * 50 > len(text):  # beyond the BMP, or dense: convert it all
        return converter("t2s").convert(text)
    parts, done, n = [], 0, len(text)
    for at in found:
        if at < done:
            continue  # in the clause just converted
        start = at
        while start > done and text[start - 1] not in CLAUSE_BREAKS:
            start -= 1
        end = at + 1
        while end < n and text[end] not in CLAUSE_BREAKS:
            end += 1
        parts += [text[done:start], converter("t2s").convert(text[start:end])]
        done = end
    return "".join(parts) + text[done:]


TAIWAN_MARKERS_RE = re.compile("|".join(map(re.escape, sorted(rules.TAIWAN_MARKERS, key=len, reverse=True))))


def detect_script(text: str) -> tuple[str, str, int]:
    """Return (script, opencc config, Taiwan-marker count): decided once per document, from its opening.

    Traditional means at least 2% of the opening's Han characters are ones t2s converts; Taiwan phrasing
    means words only a Taiwan-phrase converter writes (檔案 for 文件) occur at least twice (one scan for them all,
    counting occurrences that do not overlap)."""
    units = code_units(text[:4000])
    traditional = np.count_nonzero(class_table().take(units) & T2S)
    han = np.count_nonzero((units >= 0x4E00) & (units <= 0x9FFF))
    if traditional < 0.02 * max(han, 1):
        return "simplified", "t2s", 0
    markers = len(TAIWAN_MARKERS_RE.findall(text))
    if markers >= 2:
        return "traditional_taiwan_phrases", TAIWAN_CONFIG, markers
    return "traditional", "t2s", markers


def simplify(text: str, classes: int = ANY) -> tuple[str, dict]:
    """Detect the script and convert. A document without a character t2s would change skips OpenCC."""
    unchanged = {"script": "simplified", "opencc_config": "t2s", "taiwan_markers": 0, "script_changes": 0}
    if not classes & (T2S | T2S_PHRASE):
        return text, unchanged
    if not classes & T2S:
        out = _t2s_where_needed(text, classes)
        return out, unchanged | {"script_changes": _changed(text, out)}
    script, config, markers = detect_script(text)
    out = _t2s_where_needed(text, classes) if script == "simplified" else converter(config).convert(text)
    if out == text:
        return text, unchanged
    if script != "simplified":
        for wrong, right, _why in rules.PHRASE_FIXUPS:
            if contains(out, wrong):
                out = out.replace(wrong, right)
    if config != "t2s":
        out = _t2s_where_needed(out)  # the Taiwan config can leave characters t2s would still change
    return out, {
        "script": script,
        "opencc_config": config,
        "taiwan_markers": markers,
        "script_changes": _changed(text, out),
    }
