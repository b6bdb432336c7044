"""Normalize: any decoded report into clean Simplified text with mainland wording, logging each repair."""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import asdict
from functools import cache

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

    out = MOJIBAKE_RUN.sub(fix, text)
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
PINYIN_ANNOT = re.compile(rf"(?<=[{CJK}])\(([a-zü{TONED}]{{1,6}})\)")


def _untone(s: str) -> str:
    base = unicodedata.normalize("NFD", s)
    return "".join(ch for ch in base if not unicodedata.combining(ch)).replace("ü", "v")


def strip_pinyin(text: str) -> tuple[str, int]:
    """Remove pinyin annotations after characters (報(bào)告), never real parentheses."""
    toned = sum(1 for m in PINYIN_ANNOT.finditer(text) if any(c in TONED for c in m.group(1)))
    count = 0

    def drop(m: re.Match[str]) -> str:
        nonlocal count
        syl = m.group(1)
        has_tone = any(c in TONED for c in syl)
        # Toneless '(gong)' only counts as pinyin inside a document that is clearly annotated.
        if PINYIN_SYLLABLE.fullmatch(_untone(syl)) and (has_tone or toned >= 3):
            count += 1
            return ""
        return m.group(0)

    return PINYIN_ANNOT.sub(drop, text), count


# --- script ---------------------------------------------------------------------------------------
def detect_script(text: str) -> tuple[str, str, int]:
    """Return (script, opencc config, Taiwan-marker count): decided once per document."""
    sample = text[:20000]
    changed = sum(1 for a, b in zip(sample, converter("t2s").convert(sample), strict=False) if a != b)
    han = max(len(CJK_RE.findall(sample)), 1)
    markers = sum(sample.count(m) for m in rules.TAIWAN_MARKERS)
    if changed / han < 0.02:
        return "simplified", "t2s", markers
    if markers >= 2:
        return "traditional_taiwan_phrases", "tw2sp", markers
    return "traditional", "t2s", markers


def to_simplified(text: str, config: str) -> tuple[str, int]:
    out = converter(config).convert(text)
    for wrong, right, _why in rules.PHRASE_FIXUPS:
        out = out.replace(wrong, right)
    out = converter("t2s").convert(out)  # tw2sp leaves some characters t2s would still change
    return out, sum(1 for a, b in zip(text, out, strict=False) if a != b) + abs(len(text) - len(out))


# --- residue --------------------------------------------------------------------------------------
def split_crawler_header(text: str) -> tuple[str, dict[str, str]]:
    """Remove a crawler's `key: value` header block, returning its fields."""
    fields: dict[str, str] = {}
    sep = rules.CRAWLER_SEPARATOR_RE.search(text)
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


def remove_residue(text: str) -> tuple[str, int]:
    text, n_inline = rules.RESIDUE_INLINE_RE.subn("", text)
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
PUNCT_RE = re.compile(rf"(?<=[{CJK}）】》”])([,;:?!])|([,;:?!])(?=[{CJK}（《“])")
PAREN_RE = re.compile(rf"\(([^()\n]{{0,120}}?[{CJK}][^()\n]{{0,120}}?)\)")
PAREN_HEAD_RE = re.compile(r"\(([一二三四五六七八九十\d]{1,3})\)")


def fold_characters(text: str) -> tuple[str, int]:
    """Full-width digits and letters to ASCII; one form for Chinese punctuation; tidy whitespace."""
    before = text
    text = FULLWIDTH_ALNUM.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u3000", " ").replace("\xa0", " ")
    text = re.sub(r"[\u200b-\u200f\ufeff\u2028\u2029]", "", text)
    text = re.sub(r"[ \t]+", " ", text)
    text = PAREN_RE.sub(r"（\1）", text)
    text = PAREN_HEAD_RE.sub(r"（\1）", text)
    text = PUNCT_RE.sub(lambda m: ASCII_PUNCT_CJK[m.group(1) or m.group(2)], text)
    # Stray spaces between a number and its CJK neighbours: '信息 4720条', '188 件'.
    text = re.sub(rf"(?<=[{CJK}，。；：])[ \t]+(?=\d)", "", text)
    text = re.sub(rf"(?<=\d)[ \t]+(?=[{CJK}])", "", text)
    text = re.sub(rf"(?<=[{CJK}，。；：、）])[ \t]+(?=[{CJK}（])", "", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    text = re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
    return text, sum(1 for a, b in zip(before, text, strict=False) if a != b) + abs(len(before) - len(text))


def normalize_text(text: str) -> tuple[str, dict]:
    """Return the text in Simplified script with mainland wording, residue removed; idempotent."""
    log: dict = {}
    text, fixed, marked = repair_mojibake(text)
    log["mojibake_repaired"], log["mojibake_marked"] = fixed, marked
    text, n = strip_pinyin(text)
    log["pinyin_removed"] = n
    text, header = split_crawler_header(text)
    if header:
        log["crawler_header"] = header
    script, config, markers = detect_script(text)
    log["script"], log["opencc_config"], log["taiwan_markers"] = script, config, markers
    text, n = to_simplified(text, config)
    log["script_changes"] = n
    text, n = remove_residue(text)
    log["residue_removed"] = n
    text, n = fold_characters(text)
    log["characters_folded"] = n
    # Folding can turn a residue line into its canonical form (d23: 作者:… → 作者：…) and removing one can
    # expose a header block; sweep until nothing changes so the result is a fixed point.
    for _ in range(4):
        before = text
        text, n = remove_residue(text)
        text, more = split_crawler_header(text)
        text, _ = fold_characters(text)
        log["residue_removed"] += n + len(more)
        if text == before:
            break
    text, doubled = drop_doubled_body(text)
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
