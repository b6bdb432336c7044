"""Normalize: any decoded report into clean Simplified text with mainland wording, logging each repair."""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections import Counter
from dataclasses import asdict
from functools import cache

import ahocorasick
import numpy as np
import opencc
import polars as pl
from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from tasks import rules, sections
from tasks.schemas import DOCUMENTS

MARK = "\ufffd"  # what an unrecoverable span of mojibake is replaced with

CJK = r"\u4e00-\u9fff\u3400-\u4dbf"
CJK_RE = re.compile(f"[{CJK}]")


@cache
def converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(f"{config}.json" if not config.endswith(".json") else config)


# --- HTML ------------------------------------------------------------------------------------------
HTML_SIGNS_RE = re.compile(r"<(?:html|body|div|p|table|tr|td|br|span)\b", re.IGNORECASE)
HTML_DROP_RE = re.compile(r"<(script|style|head|noscript)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
HTML_BLOCK_RE = re.compile(r"<\s*(?:br|/p|/div|/tr|/li|/h[1-6]|/table|p|div|tr|li|h[1-6]|table)\b[^>]*>", re.IGNORECASE)
HTML_CELL_RE = re.compile(r"<\s*/?\s*(?:td|th)\b[^>]*>", re.IGNORECASE)
HTML_TAG_RE = re.compile(r"<[^<>]{0,500}>")


def html_to_text(text: str) -> tuple[str, bool]:
    """A saved web page to text: blocks become lines, table cells become space-separated tokens."""
    if len(HTML_SIGNS_RE.findall(text[:20000])) < 3:
        return text, False
    text = re.sub(r"<!--.*?-->", "", text, flags=re.DOTALL)
    text = HTML_DROP_RE.sub("", text)
    text = HTML_BLOCK_RE.sub("\n", text)
    text = HTML_CELL_RE.sub(" ", text)
    text = HTML_TAG_RE.sub("", text)
    return html.unescape(text), True


# --- mojibake -----------------------------------------------------------------------------------
# GBK bytes decoded with a one-byte shift turn into bopomofo, box drawing and small-form symbols;
# seed 002: '?。ㄒ唬┩晟企w制' is '　（一）完善體制' read one byte late.
SUSPICIOUS = re.compile(r"[\u3105-\u312f\u2500-\u257f\ufe50-\ufe6f\u01d5-\u01dc\ue000-\uf8ff]")
MOJIBAKE_RUN = re.compile(
    r"\??[^\x00-\x7f\n]*?[\u3105-\u312f\u2500-\u257f\ufe50-\ufe6f\u01d5-\u01dc\ue000-\uf8ff][^\x00-\x7f\n]*[\x21-\x7e]?"
)
PINYIN_TAIL = re.compile(r"^[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)")


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


def _plausible(text: str) -> bool:
    common = _common_chars()
    simple = converter("t2s").convert(text)
    return all(ch in common or unicodedata.category(ch).startswith("P") or ch in "　 " for ch in simple)


def repair_mojibake(text: str) -> tuple[str, int, int]:
    """Undo one-byte-shifted GBK mojibake where the bytes allow; mark the rest. Returns (text, fixed, marked)."""
    fixed = marked = 0

    def fix(m: re.Match[str]) -> str:
        nonlocal fixed, marked
        run = m.group(0)
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

    if not SUSPICIOUS.search(text):
        return text, 0, 0  # the common case: one fast scan, nothing to repair
    # Only the lines holding a suspicious character are searched for runs (the run pattern is costly).
    lines = text.split("\n")
    out = "\n".join(MOJIBAKE_RUN.sub(fix, ln) if SUSPICIOUS.search(ln) else ln for ln in lines)
    if marked:
        # A lost character's pinyin annotation survives as 'yán)': drop it with the mark.
        out = re.sub(MARK + r"[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)", MARK, out)
    return out, fixed, marked


# --- pinyin annotations -------------------------------------------------------------------------
TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
PINYIN_SYLLABLE = re.compile(
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|uan|ian|iao|uai|van|ai|ei|ao|ou|an|en|in|un|vn|ia|ie|iu|ua|uo|ui|ve|ue|er"
    r"|a|o|e|i|u|v)"
)
PINYIN_ANNOT = re.compile(rf"\(([a-zü{TONED}]{{1,6}})\)")  # literal first: a fast scan; the Han check follows


def _untone(s: str) -> str:
    base = unicodedata.normalize("NFD", s)
    return "".join(ch for ch in base if not unicodedata.combining(ch)).replace("ü", "v")


@cache
def _is_syllable(s: str) -> bool:
    return PINYIN_SYLLABLE.fullmatch(_untone(s)) is not None


def strip_pinyin(text: str) -> tuple[str, int]:
    """Remove pinyin annotations after characters (報(bào)告), never real parentheses."""
    if "(" not in text:
        return text, 0
    def after_han(m: re.Match[str]) -> bool:
        return m.start() > 0 and CJK_RE.match(text, m.start() - 1) is not None

    toned = sum(1 for m in PINYIN_ANNOT.finditer(text) if after_han(m) and any(c in TONED for c in m.group(1)))
    count = 0

    def drop(m: re.Match[str]) -> str:
        nonlocal count
        syl = m.group(1)
        has_tone = any(c in TONED for c in syl)
        # Toneless '(gong)' only counts as pinyin inside a document that is clearly annotated.
        if after_han(m) and _is_syllable(syl) and (has_tone or toned >= 3):
            count += 1
            return ""
        return m.group(0)

    return PINYIN_ANNOT.sub(drop, text), count


# --- script ---------------------------------------------------------------------------------------
def _codepoints(s: str) -> np.ndarray:
    return np.frombuffer(s.encode("utf-32-le"), dtype=np.uint32)


def _changed(a: str, b: str) -> int:
    """How many characters differ (position by position; a length change counts in full)."""
    if a == b:
        return 0
    x, y = _codepoints(a), _codepoints(b)
    n = min(len(x), len(y))
    return int(np.count_nonzero(x[:n] != y[:n])) + abs(len(x) - len(y))


def _han_count(s: str) -> int:
    x = _codepoints(s)
    return int(np.count_nonzero((x >= 0x4E00) & (x <= 0x9FFF)))


def detect_script(text: str) -> tuple[str, str, int]:
    """Return (script, opencc config, Taiwan-marker count): decided once per document."""
    sample = text[:4000]
    converted = converter("t2s").convert(sample)
    if converted == sample or _changed(sample, converted) / max(_han_count(sample), 1) < 0.02:
        return "simplified", "t2s", 0
    markers = sum(text.count(m) for m in rules.TAIWAN_MARKERS)
    if markers >= 2:
        return "traditional_taiwan_phrases", "tw2sp", markers
    return "traditional", "t2s", markers


def simplify(text: str) -> tuple[str, dict]:
    """Detect the script and convert; one t2s pass for the usual (Simplified) document."""
    t2s = converter("t2s").convert(text)
    if t2s == text:
        return text, {"script": "simplified", "opencc_config": "t2s", "taiwan_markers": 0, "script_changes": 0}
    n = min(len(text), 4000)
    if len(t2s) == len(text):
        ratio = _changed(text[:n], t2s[:n]) / max(_han_count(text[:n]), 1)
        script, config, markers = ("simplified", "t2s", 0) if ratio < 0.02 else detect_script(text)
    else:
        script, config, markers = detect_script(text)
    out = t2s if config == "t2s" else converter(config).convert(text)
    if script != "simplified":
        for wrong, right, _why in rules.PHRASE_FIXUPS:
            if wrong in out:
                out = out.replace(wrong, right)
    if config != "t2s":
        out = converter("t2s").convert(out)  # tw2sp leaves some characters t2s would still change
    return out, {"script": script, "opencc_config": config, "taiwan_markers": markers,
                 "script_changes": _changed(text, out)}


# --- residue --------------------------------------------------------------------------------------
def split_crawler_header(text: str) -> tuple[str, dict[str, str]]:
    """Remove a crawler's `key: value` header block, returning its fields."""
    fields: dict[str, str] = {}
    sep = rules.CRAWLER_SEPARATOR_RE.search(text) if "正文" in text and "==" in text else None
    if sep:
        head, body = text[: sep.start()], text[sep.end() :]
        for line in head.splitlines():
            m = rules.CRAWLER_HEADER_LINE_RE.match(line)
            if m:
                fields[m.group(1).replace(" ", "")] = m.group(2).strip()
        return body, fields
    lines = text.split("\n")
    i = 0
    while i < len(lines) and (not lines[i].strip() or rules.CRAWLER_HEADER_LINE_RE.match(lines[i])):
        m = rules.CRAWLER_HEADER_LINE_RE.match(lines[i])
        if m:
            fields[m.group(1).replace(" ", "")] = m.group(2).strip()
        i += 1
    if len(fields) >= 2:
        return "\n".join(lines[i:]), fields
    return text, {}


def drop_doubled_body(text: str) -> tuple[str, bool]:
    """A crawler that saved the page body twice: keep one copy."""
    stripped = text.strip()
    n = len(stripped)
    if n > 40:
        half = n // 2
        for mid in range(half - 3, half + 4):
            a, b = stripped[:mid].strip(), stripped[mid:].strip()
            if a and a == b:
                return a, True
    lines = [ln for ln in stripped.split("\n")]
    k = len(lines)
    for size in range(k // 2, 4, -1):
        if lines[k - size :] == lines[k - 2 * size : k - size]:
            return "\n".join(lines[: k - size]), True
    return text, False


@cache
def _residue_triggers() -> ahocorasick.Automaton:
    """One pass finds which inline-residue triggers a text contains (most contain none)."""
    automaton = ahocorasick.Automaton()
    for t in rules.RESIDUE_INLINE_ANY:
        automaton.add_word(t, t)
    automaton.make_automaton()
    return automaton


def remove_residue(text: str) -> tuple[str, int]:
    n_inline = 0
    present = {key for _, key in _residue_triggers().iter(text)}
    for triggers, rx in rules.RESIDUE_INLINE_GUARDED if present else ():
        if any(t in present for t in triggers):
            text, k = rx.subn("", text)
            n_inline += k
    kept, dropped = [], 0
    for line in text.split("\n"):
        if line.strip() and len(line.strip()) <= rules.RESIDUE_LINE_MAX and rules.RESIDUE_LINE_RE.match(line.strip()):
            dropped += 1
            continue
        kept.append(line)
    return "\n".join(kept), n_inline + dropped


# --- characters, spaces, punctuation ---------------------------------------------------------------
FULLWIDTH_ALNUM = re.compile(r"[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff0e\uff05\uff0b\uff0d\uff20\uff0f]")
ASCII_PUNCT_CJK = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！"}
PAREN_RE = re.compile(rf"\(([^()\n]{{0,120}}?[{CJK}][^()\n]{{0,120}}?)\)")
PAREN_HEAD_RE = re.compile(r"\(([一二三四五六七八九十\d]{1,3})\)")
ZERO_WIDTH_RE = re.compile(r"[\u200b-\u200f\ufeff\u2028\u2029]")
RARE_CHARS_RE = re.compile(r"[\uff05\uff0b\uff0d-\uff19\uff20-\uff3a\uff41-\uff5a\u200b-\u200f\ufeff\u2028\u2029]")
# ASCII punctuation with a Han character (or a Chinese bracket) on either side is Chinese punctuation; the
# mark comes first in each pattern so the scan is a fast literal search.
PUNCT_RES = tuple(
    (mark, re.compile(rf"{re.escape(mark)}(?:(?<=[{CJK}）】》”]{re.escape(mark)})|(?=[{CJK}（《“]))"))
    for mark in ASCII_PUNCT_CJK
)
SPACE_BEFORE_DIGIT = frozenset("，。；：")
SPACE_BETWEEN = frozenset("，。；：、）")


STRAY_SPACE_RES = (
    re.compile(rf" (?<=[{CJK}，。；：] )(?=\d)"),
    re.compile(rf" (?<=\d )(?=[{CJK}])"),
    re.compile(rf" (?<=[{CJK}，。；：、）] )(?=[{CJK}（])"),
)


def _paren(m: re.Match[str]) -> str:
    """A parenthetical becomes full-width, except inside a name, which keeps it as written
    (d21: 坪山区委(区政府)办公室 — Han characters on both sides, a few Han characters within)."""
    s, e, inner = m.start(), m.end(), m.group(1)
    text = m.string
    if (s > 0 and e < len(text) and _han(text[s - 1]) and _han(text[e]) and len(inner) <= 8
            and all(_han(c) for c in inner)):
        return m.group(0)
    return f"（{inner}）"


def _han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def fold_characters(text: str) -> tuple[str, int]:
    """Full-width digits and letters to ASCII; one form for Chinese punctuation; tidy whitespace."""
    count = 0
    if RARE_CHARS_RE.search(text):
        text, n = FULLWIDTH_ALNUM.subn(lambda m: unicodedata.normalize("NFKC", m.group(0)), text)
        count += n
        text, n = ZERO_WIDTH_RE.subn("", text)
        count += n
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\u3000" in text or "\xa0" in text:
        text = text.replace("\u3000", " ").replace("\xa0", " ")
    if "(" in text:
        text, n = PAREN_RE.subn(_paren, text)
        count += n
        text, n = PAREN_HEAD_RE.subn(r"（\1）", text)
        count += n
    n = 0
    for ascii_mark, rx in PUNCT_RES:
        if ascii_mark in text:
            text, k = rx.subn(ASCII_PUNCT_CJK[ascii_mark], text)
            n += k

    # Stray spaces between a number and its Chinese neighbours ('信息 4720条', '188 件') and between Han
    # characters go; other runs of spaces and tabs become one space. Space-first patterns scan fast.
    text2 = text.replace("\t", " ") if "\t" in text else text
    while "  " in text2:
        text2 = text2.replace("  ", " ")
    if " " in text2:
        for rx in STRAY_SPACE_RES:
            text2 = rx.sub("", text2)
    if " \n" in text2 or "\n " in text2:
        text2 = "\n".join(line.strip() for line in text2.split("\n"))
    while "\n\n\n" in text2:
        text2 = text2.replace("\n\n\n", "\n\n")
    text2 = text2.strip() + "\n"
    return text2, count + n + (text2 != text)


def normalize_text(text: str) -> tuple[str, dict]:
    """Return the text in Simplified script with mainland wording, residue removed; idempotent."""
    log: dict = {}
    text, log["html_converted"] = html_to_text(text)
    text, fixed, marked = repair_mojibake(text)
    log["mojibake_repaired"], log["mojibake_marked"] = fixed, marked
    text, n = strip_pinyin(text)
    log["pinyin_removed"] = n
    text, header = split_crawler_header(text)
    if header:
        log["crawler_header"] = header
    text, script_log = simplify(text)
    log.update(script_log)
    # Residue first: breadcrumbs and share bars are delimited by the spaces that folding removes (d01, d10).
    text, n = remove_residue(text)
    log["residue_removed"] = n
    folded, n = fold_characters(text)
    log["characters_folded"] = n
    unchanged, text = folded == text, folded
    # Folding can turn a residue line into its canonical form (d23: 作者:… → 作者：…) and removing one can
    # expose a header block; sweep until nothing changes so the result is a fixed point.
    for _ in range(0 if unchanged else 4):
        text, n = remove_residue(text)
        text, more = split_crawler_header(text)
        if not n and not more:
            break
        text, _ = fold_characters(text)
        log["residue_removed"] += n + len(more)
    doubled = False
    for _ in range(8):  # a page saved several times over halves each round
        text, again = drop_doubled_body(text)
        if not again:
            break
        doubled = True
    log["doubled_body_removed"] = doubled
    if doubled:
        text = text.rstrip("\n") + "\n"
    return text, log


def normalize_batch(raw: pl.DataFrame) -> pl.DataFrame:
    rows = []
    for rec in raw.iter_rows(named=True):
        text, log = normalize_text(rec["raw_text"])
        log["encoding"] = rec["encoding"]
        rows.append(
            {
                "doc_id": rec["doc_id"],
                "source_file": rec["source_file"],
                "encoding": rec["encoding"],
                "script": log["script"],
                "opencc_config": log["opencc_config"],
                "text": text,
                "normalization_log": json.dumps(log, ensure_ascii=False, sort_keys=True),
                "sections": json.dumps([asdict(sec) for sec in sections.segment(text)], ensure_ascii=False),
            }
        )
    return pl.DataFrame(rows, schema=DOCUMENTS)


@task(name="normalize", cache_policy=NO_CACHE)
def normalize(raw: pl.DataFrame) -> pl.DataFrame:
    docs = normalize_batch(raw)
    scripts = Counter(docs["script"].to_list())
    get_run_logger().info("normalize: %d documents, scripts %s", docs.height, dict(scripts))
    return docs
