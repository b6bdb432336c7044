"""Ingest: find report files, read bytes, detect the encoding, hash the content into a doc_id."""

from __future__ import annotations

import codecs
import hashlib
from dataclasses import dataclass
from pathlib import Path

import ftfy
import polars as pl
from charset_normalizer import from_bytes
from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from tasks.schemas import QUARANTINE, RAW, conform

SUFFIXES = {".txt", ".text", ".htm", ".html", ".md"}

# Encodings a Chinese government report can plausibly be in; the detector is asked to choose among
# these (and their supersets) so a short GB text is not read as, say, cp1252.
CANDIDATES = ("utf_8", "gb18030", "big5", "utf_16", "utf_16_le", "utf_16_be")


class UndecodableError(ValueError):
    """The bytes are not text in any encoding a report can be in."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


def doc_id_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def list_inputs(root: Path) -> list[Path]:
    """Return every candidate report file below root, sorted for a stable order."""
    return sorted(p for p in root.rglob("*") if p.is_file() and not p.name.startswith("."))


def _looks_binary(data: bytes) -> bool:
    if not data:
        return True
    head = data[:4096]
    # UTF-16 text has NULs in every other byte; other binary files have NULs scattered.
    if b"\x00" in head:
        evens, odds = head[0::2].count(0), head[1::2].count(0)
        return not (evens > len(head) // 4 or odds > len(head) // 4)
    return False


def _control_ratio(text: str) -> float:
    bad = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\r\n\t\f") or 0xE000 <= ord(ch) <= 0xF8FF)
    return bad / max(len(text), 1)


def _han_count(text: str) -> int:
    return sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")


def _utf16_text(data: bytes, encoding: str) -> str | None:
    """The bytes as UTF-16 text when they read as a report in that byte order: Chinese, ASCII and punctuation."""
    text = data.decode(encoding, errors="replace")  # a file cut short ends in half a character
    readable = sum(1 for ch in text if (ch.isprintable() and ch != "\ufffd") or ch in "\r\n\t")
    return text if _han_count(text) >= 20 and readable >= 0.98 * len(text) else None


def decode(data: bytes) -> Decoded:
    """Return the text of a report file; raise UndecodableError for binary or unreadable bytes."""
    for bom, enc in ((codecs.BOM_UTF8, "utf_8_sig"), (codecs.BOM_UTF16_LE, "utf_16"), (codecs.BOM_UTF16_BE, "utf_16")):
        if data.startswith(bom):
            return Decoded(data.decode(enc), enc.replace("_sig", "") + ("-bom" if enc == "utf_8_sig" else ""))
    if b"\x00" in data[:4096]:
        # UTF-16 without a byte-order mark: Chinese text has NUL bytes only beside its ASCII characters.
        for enc in ("utf_16_le", "utf_16_be"):
            text = _utf16_text(data, enc)
            if text is not None:
                return Decoded(text, enc)
    if _looks_binary(data):
        raise UndecodableError("binary content (NUL bytes outside a UTF-16 pattern)")
    try:
        text = data.decode("utf-8")
        enc = "utf_8"
    except UnicodeDecodeError:
        best = from_bytes(data, cp_isolation=list(CANDIDATES)).best()
        if best is None:
            best = from_bytes(data).best()
        if best is None:
            raise UndecodableError("no encoding decodes these bytes as text") from None
        enc = best.encoding
        text = str(best)
        # The detector often names gbk/gb2312 for GB18030 bytes; gb18030 is their superset.
        if enc in ("gbk", "gb2312", "cp936"):
            text, enc = data.decode("gb18030", errors="replace"), "gb18030"
    if _control_ratio(text) > 0.05:
        raise UndecodableError(f"decoded as {enc} but {_control_ratio(text):.0%} control characters")
    cjk = _han_count(text)
    # UTF-8 Chinese once read as Latin-1 or cp1252 and saved again holds no Chinese character until
    # normalization reads its bytes back ('ä¸»åŠ¨å…¬å¼€' is 主动公开): count what it will hold.
    if cjk < 20 and (repaired := _han_count(ftfy.fix_encoding(text))) >= 20:
        cjk = repaired
    if cjk < 20 and b"~{" in data:  # HZ, 7-bit GB2312 of old e-mail and Usenet
        try:
            text, enc = data.decode("hz"), "hz"
            cjk = _han_count(text)
        except UnicodeDecodeError:
            pass
    if cjk < 20:
        raise UndecodableError(f"decoded as {enc} but holds only {cjk} Chinese characters: not a report")
    return Decoded(text, enc)


def read_batch(paths: list[Path], root: Path, seen: dict[str, str] | None = None) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Read and decode files; return (raw documents, rejected inputs). `seen` maps doc_ids of earlier batches
    of the same run to their files, so a copy in another batch is still reported as a duplicate."""
    rows, rejected, seen = [], [], dict(seen or {})
    for path in paths:
        rel = path.relative_to(root).as_posix()
        try:
            data = path.read_bytes()
        except OSError as exc:
            # No content to hash: an id from the path keeps re-runs from piling up quarantine rows.
            path_id = "path-" + doc_id_of(rel.encode("utf-8"))[:11]
            rejected.append(
                {"doc_id": path_id, "source_file": rel, "stage": "ingest", "reason": "unreadable", "detail": str(exc)}
            )
            continue
        doc_id = doc_id_of(data)
        if doc_id in seen:
            rejected.append(
                {
                    "doc_id": doc_id,
                    "source_file": rel,
                    "stage": "ingest",
                    "reason": "duplicate",
                    "detail": f"same bytes as {seen[doc_id]}",
                }
            )
            continue
        seen[doc_id] = rel
        try:
            dec = decode(data)
        except UndecodableError as exc:
            rejected.append(
                {"doc_id": doc_id, "source_file": rel, "stage": "ingest", "reason": "undecodable", "detail": str(exc)}
            )
            continue
        rows.append(
            {"doc_id": doc_id, "source_file": rel, "n_bytes": len(data), "encoding": dec.encoding, "raw_text": dec.text}
        )
    return pl.DataFrame(rows, schema=RAW), conform(pl.DataFrame(rejected), QUARANTINE)


@task(name="discover", retries=1, retry_delay_seconds=2)
def discover(input_dir: str) -> list[str]:
    """Every candidate file below the input folder, relative to it, in a stable order."""
    root = Path(input_dir)
    if not root.is_dir():
        raise FileNotFoundError(f"input folder does not exist: {root}")
    files = [p.relative_to(root).as_posix() for p in list_inputs(root)]
    get_run_logger().info("discover: %d files", len(files))
    return files


@task(name="ingest", cache_policy=NO_CACHE, retries=1, retry_delay_seconds=2)
def ingest(input_dir: str, files: list[str], seen: dict[str, str]) -> tuple[pl.DataFrame, pl.DataFrame]:
    root = Path(input_dir)
    raw, rejected = read_batch([root / f for f in files], root, seen)
    get_run_logger().info("ingest: %d files, %d decoded, %d rejected", len(files), raw.height, rejected.height)
    return raw, rejected
