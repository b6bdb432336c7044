"""Ingest: read each new or changed input file, hash it into a doc_id, detect its encoding; sort out duplicates."""

from __future__ import annotations

import codecs
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

import ftfy
import polars as pl
from charset_normalizer import from_bytes
from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from tasks import readers
from tasks.pool import Failure, pool
from tasks.schemas import QUARANTINE, RAW, SOURCES, conform
from tasks.sources import Entry, Triage, doc_id_of, path_id

# Encodings a Chinese government report can plausibly be in; the detector is asked to choose among
# these (and their supersets) so a short GB text is not read as, say, cp1252.
CANDIDATES = ("utf_8", "gb18030", "big5", "utf_16", "utf_16_le", "utf_16_be")


class UndecodableError(ValueError):
    """The bytes are not a report's text; `reason` is a short code, the message says why in a sentence."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    bad_bytes: int = 0  # bytes no encoding could read, each replaced by U+FFFD (or repaired, see `_salvage`)


def _looks_binary(data: bytes) -> bool:
    head = data[:4096]
    # UTF-16 text has NULs in every other byte; other binary files have NULs scattered.
    if b"\x00" in head:
        evens, odds = head[0::2].count(0), head[1::2].count(0)
        return not (evens > len(head) // 4 or odds > len(head) // 4)
    return False


# Control characters but line and page breaks and tabs, and the private-use area (a font's glyphs, not text).
CONTROL_RE = re.compile("[\x00-\x08\x0b\x0e-\x1f\ue000-\uf8ff]")
NOT_HAN_RE = re.compile("[^\u4e00-\u9fff]+")


def _control_ratio(text: str) -> float:
    return len(CONTROL_RE.findall(text)) / max(len(text), 1)


def _han_count(text: str) -> int:
    return len(NOT_HAN_RE.sub("", text))  # a pass in C: the report's characters are counted at every intake


def _utf16_text(data: bytes, encoding: str) -> str | None:
    """The bytes as UTF-16 text when they read as a report in that byte order: Chinese, ASCII and punctuation."""
    text = data.decode(encoding, errors="replace")  # a file cut short ends in half a character
    readable = sum(1 for ch in text if (ch.isprintable() and ch != "\ufffd") or ch in "\r\n\t")
    return text if _han_count(text) >= 20 and readable >= 0.98 * len(text) else None


# A stray byte in otherwise clean text (a file cut mid-character, one corrupted byte, a Word 'smart quote' pasted
# as cp1252 into UTF-8) must not cost the report: up to one bad byte in this many characters is replaced.
BAD_BYTES_PER_CHAR = 1 / 200
CP1252_PUNCTUATION = {0x85: "…", 0x91: "‘", 0x92: "’", 0x93: "“", 0x94: "”", 0x96: "–", 0x97: "—"}


ESCAPED_RE = re.compile("[\udc80-\udcff]")


def _salvage(data: bytes, encoding: str) -> tuple[str, int]:
    """The bytes read as `encoding` with each undecodable byte replaced by U+FFFD, except a cp1252 quote or dash,
    which is read as one (it was pasted from Word). Returns the text and the count of bad bytes."""
    text = data.decode(encoding, errors="surrogateescape")
    return ESCAPED_RE.subn(lambda m: CP1252_PUNCTUATION.get(ord(m[0]) - 0xDC00, "\ufffd"), text)


def _nearly(data: bytes, encodings: tuple[str, ...]) -> Decoded | None:
    """Text whose bytes are overwhelmingly one of these encodings, read with its rare bad bytes replaced (the
    encoding with the fewest bad bytes wins)."""
    best = None
    for enc in encodings:
        text, bad = _salvage(data, enc)
        if bad <= max(4, len(text) * BAD_BYTES_PER_CHAR) and _han_count(text) >= 20:  # 4: one broken character
            key = (bad, -_han_count(text))
            if best is None or key < best[0]:
                best = (key, Decoded(text, enc, bad))
    return best[1] if best else None


def decode(data: bytes) -> Decoded:
    """Return the text of a report file; raise UndecodableError (with a reason code) for what is not a report."""
    if not data:
        raise UndecodableError("empty", "the file is empty (0 bytes)")
    if not data.strip():
        raise UndecodableError("whitespace_only", f"the file holds only whitespace ({len(data)} bytes)")
    for bom, enc in ((codecs.BOM_UTF8, "utf_8_sig"), (codecs.BOM_UTF16_LE, "utf_16"), (codecs.BOM_UTF16_BE, "utf_16")):
        if data.startswith(bom):
            text, bad = _salvage(data, enc)
            return Decoded(text, enc.replace("_sig", "") + ("-bom" if enc == "utf_8_sig" else ""), bad)
    if b"\x00" in data[:4096]:
        # UTF-16 without a byte-order mark: Chinese text has NUL bytes only beside its ASCII characters.
        for enc in ("utf_16_le", "utf_16_be"):
            text = _utf16_text(data, enc)
            if text is not None:
                return Decoded(text, enc)
    if _looks_binary(data):
        raise UndecodableError("binary", "binary content, not text (NUL bytes outside a UTF-16 pattern)")
    bad = 0
    try:
        text, enc = data.decode("utf-8"), "utf_8"
    except UnicodeDecodeError:
        # Valid UTF-8 multi-byte runs do not happen by chance: nearly-UTF-8 is UTF-8 with a few bad bytes.
        guess = _nearly(data, ("utf_8",))
        best = None if guess else from_bytes(data, cp_isolation=list(CANDIDATES)).best()
        if guess is None and best is None:
            guess = _nearly(data, ("gb18030", "big5"))
        if guess is not None:
            text, enc, bad = guess.text, guess.encoding, guess.bad_bytes
        else:
            best = best or from_bytes(data).best()
            if best is None:
                raise UndecodableError("undecodable", "no text encoding reads these bytes") from None
            enc, text = best.encoding, str(best)
            # The detector often names gbk/gb2312 for GB18030 bytes; gb18030 is their superset.
            if enc in ("gbk", "gb2312", "cp936"):
                text, bad = _salvage(data, "gb18030")
                enc = "gb18030"
    if _control_ratio(text) > 0.05:
        raise UndecodableError(
            "binary", f"decoded as {enc} but {_control_ratio(text):.0%} of it is control characters: not text"
        )
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
        raise UndecodableError("not_a_report", f"text ({enc}) with only {cjk} Chinese characters: not a report")
    return Decoded(text, enc, bad)


def read_source(job: tuple[str, str]) -> dict:
    """Read one input file by what its bytes are (runs in a worker): its raw row, or its reason for rejection."""
    root, rel = job
    try:
        data = (Path(root) / rel).read_bytes()
    except OSError as exc:
        return {
            "source_file": rel,
            "doc_id": path_id(rel),
            "n_bytes": None,
            "reason": "unreadable",
            "detail": f"the file cannot be read: {exc.strerror or exc}",
        }
    doc_id = doc_id_of(data)
    bad = [0]

    def decode_text(b: bytes) -> tuple[str, str]:
        dec = decode(b)
        bad[0] = dec.bad_bytes
        return dec.text, dec.encoding

    try:
        got = readers.read(data, decode_text)
    except readers.Unreadable as exc:
        return {"source_file": rel, "doc_id": doc_id, "n_bytes": len(data), "reason": exc.reason, "detail": exc.detail}
    return {
        "source_file": rel,
        "doc_id": doc_id,
        "n_bytes": len(data),
        "format": got.format,
        "encoding": got.encoding,
        "bad_bytes": bad[0],
        "raw_text": got.text,
    }


def read_batch(paths: list[Path], root: Path) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Read files in this process, without the lake's bookkeeping (tests, benchmarks): (raw, rejected)."""
    raw, rejected = [], []
    for path in paths:
        res = read_source((str(root), path.relative_to(root).as_posix()))
        if "reason" in res:
            rejected.append({**{k: res[k] for k in ("doc_id", "source_file", "reason", "detail")}, "stage": "ingest"})
        else:
            raw.append({k: res[k] for k in RAW.names()})
    return pl.DataFrame(raw, schema=RAW), conform(pl.DataFrame(rejected), QUARANTINE)


@dataclass
class Intake:
    """What ingest made of one batch of input files."""

    raw: pl.DataFrame  # documents to process, RAW schema
    rejected: pl.DataFrame  # quarantine rows (stage ingest)
    ledger: list[dict]  # rows for duplicates and unchanged files (processed ones are decided after validation)
    state: dict[str, dict]  # source_file → its next state row (without `state` for documents still in flight)
    remove_docs: set[str]
    remove_sources: set[str]
    forget: set[str]  # removed sources whose kept rows this batch replaces
    new_sources: int = 0
    changed_sources: int = 0


def _state_row(e: Entry, doc_id: str, state: str | None, reason: str | None, run_id: str) -> dict:
    return {
        "source_file": e.source_file,
        "size": e.size,
        "mtime_ns": e.mtime_ns,
        "ctime_ns": e.ctime_ns,
        "doc_id": doc_id,
        "state": state,
        "reason": reason,
        "run_id": run_id,
    }


def ledger_row(
    run_id: str, source_file: str, size: int | None, doc_id: str | None, state: str, reason: str | None
) -> dict:
    return {
        "run_id": run_id,
        "recorded_at": dt.datetime.now(dt.UTC),
        "source_file": source_file,
        "size": size,
        "doc_id": doc_id,
        "state": state,
        "reason": reason,
    }


def sort_out(entries: list[Entry], results: list[dict | Failure], triage: Triage, run_id: str) -> Intake:
    """Decide, file by file, what the run does with each read file: process it, or record it as unchanged,
    a duplicate or rejected; and which earlier rows its new version replaces."""
    raw, rejected, ledger, state = [], [], [], {}
    remove_docs, remove_sources, forget = set(), set(), set()
    new = changed = 0
    for e, res in zip(entries, results, strict=True):
        if isinstance(res, Failure):
            res = {
                "source_file": e.source_file,
                "doc_id": path_id(e.source_file),
                "n_bytes": e.size,
                "reason": res.reason,
                "detail": res.detail,
            }
        doc_id = res["doc_id"]
        verdict, holder = ("reject", None) if "reason" in res else triage.decide(e.source_file, doc_id)
        if verdict == "unchanged":
            ledger.append(ledger_row(run_id, e.source_file, e.size, doc_id, "unchanged", None))
            prev = triage.state[e.source_file]  # touched, same content: only its times are new
            state[e.source_file] = {**prev, "size": e.size, "mtime_ns": e.mtime_ns, "ctime_ns": e.ctime_ns}
            continue
        if e.source_file in triage.state:
            changed += 1
        else:
            new += 1
        remove_sources.add(e.source_file)
        remove_docs |= triage.stale_docs(e.source_file, doc_id) - ({doc_id} if verdict == "duplicate" else set())
        if verdict == "duplicate":
            reason = f"same content as {holder}"
            ledger.append(ledger_row(run_id, e.source_file, e.size, doc_id, "duplicate", reason))
            state[e.source_file] = _state_row(e, doc_id, "duplicate", reason, run_id)
        elif verdict == "reject":
            rejected.append(
                {
                    "doc_id": doc_id,
                    "source_file": e.source_file,
                    "stage": "ingest",
                    "reason": res["reason"],
                    "detail": res["detail"],
                    "run_id": run_id,
                }
            )
            ledger.append(ledger_row(run_id, e.source_file, e.size, doc_id, "quarantined", res["reason"]))
            state[e.source_file] = _state_row(e, doc_id, "quarantined", res["reason"], run_id)
        else:
            forget |= triage.archived_with(doc_id)
            raw.append({k: res[k] for k in RAW.names() if k in res})
            state[e.source_file] = _state_row(e, doc_id, None, None, run_id)
    return Intake(
        pl.DataFrame(raw, schema=RAW),
        conform(pl.DataFrame(rejected), QUARANTINE),
        ledger,
        state,
        remove_docs,
        remove_sources,
        forget,
        new,
        changed,
    )


def special_entries(entries: list[Entry], triage: Triage, run_id: str) -> Intake:
    """Entries that are never read (FIFOs, symlinks out of the folder, hidden files …): a quarantine row when the
    lake does not have one for them yet, a ledger row always."""
    rejected, ledger, state = [], [], {}
    remove_docs, remove_sources = set(), set()
    for e in entries:
        pid = path_id(e.source_file)
        prev = triage.state.get(e.source_file)
        known = prev is not None and prev["state"] == "quarantined" and prev["reason"] == e.problem
        ledger.append(
            ledger_row(
                run_id,
                e.source_file,
                e.size,
                pid,
                "unchanged" if known else "quarantined",
                None if known else e.problem,
            )
        )
        if known:
            continue
        if prev is not None:
            remove_sources.add(e.source_file)
            remove_docs |= triage.stale_docs(e.source_file, pid)
        rejected.append(
            {
                "doc_id": pid,
                "source_file": e.source_file,
                "stage": "ingest",
                "reason": e.problem,
                "detail": e.detail,
                "run_id": run_id,
            }
        )
        state[e.source_file] = _state_row(e, pid, "quarantined", e.problem, run_id)
    return Intake(
        pl.DataFrame(schema=RAW),
        conform(pl.DataFrame(rejected), QUARANTINE),
        ledger,
        state,
        remove_docs,
        remove_sources,
        set(),
    )


def state_frame(rows: list[dict]) -> pl.DataFrame:
    return pl.DataFrame(rows, schema=SOURCES)


@task(name="ingest", cache_policy=NO_CACHE)
def ingest(input_dir: str, entries: list[Entry]) -> list[dict | Failure]:
    """Read and decode the batch's files (in the worker pool, or on a Dask worker); each a raw row or a rejection."""
    results = pool().map(read_source, [(input_dir, e.source_file) for e in entries], sizes=[e.size for e in entries])
    rejected = sum(1 for r in results if isinstance(r, Failure) or "reason" in r)
    get_run_logger().info("ingest: %d files read, %d rejected", len(entries), rejected)
    return results
