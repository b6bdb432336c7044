"""Normalization throughput against plain OpenCC t2s on the same text, measured in the same run.

    python benchmarks/bench_normalize.py [--copies N] [--rounds R] [--batch B]

Builds a corpus from the bundled samples and the test corpus (each copy made distinct, so no cache or
dedup could help either side), then times (a) opencc t2s over every document, one call each, and (b)
gongkai's full normalization of the same documents as the flow runs it: `normalize_texts` over batches of B
(default 32). The two sides alternate every batch (this VM's speed drifts within a second; whole-corpus timings
taken one after the other do not compare) and the median of R rounds is reported. Exits 1 when
normalization is slower than 3× t2s.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import opencc

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tasks.ingest import decode  # noqa: E402
from tasks.normalize import normalize_texts  # noqa: E402

LIMIT = 3.0


def corpus(copies: int) -> list[str]:
    corpus_raw = ROOT / "tests" / "data" / "corpus" / "raw"
    files = sorted((ROOT / "data" / "samples").glob("*.txt")) + sorted(corpus_raw.glob("*.txt"))
    texts = [decode(p.read_bytes()).text for p in files]
    # Distinct copies: a different year in each, so no cache or dedup could help either side.
    return [t.replace("20", str(10 + i % 80), 1) for i in range(copies) for t in texts]


def each(fn):
    """A function of one document as a function of a batch."""

    def batch(docs: list[str]) -> None:
        for d in docs:
            fn(d)

    return batch


def timed(batch_fn, docs: list[str]) -> float:
    t0 = time.perf_counter()
    batch_fn(docs)
    return time.perf_counter() - t0


def interleaved(base_fn, ours_fn, docs: list[str], chunk: int) -> tuple[float, float]:
    """Total seconds of each side (functions of a batch), alternating every `chunk` documents: this VM's speed
    drifts by 2× within a second, so whole-corpus timings of the two sides taken one after the other do not
    compare."""
    base = ours = 0.0
    for i in range(0, len(docs), chunk):
        part = docs[i : i + chunk]
        base += timed(base_fn, part)
        ours += timed(ours_fn, part)
    return base, ours


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, default=60)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--batch", type=int, default=32)
    a = ap.parse_args()
    docs = corpus(a.copies)
    mb = sum(len(d.encode("utf-8")) for d in docs) / 1e6
    t2s = each(opencc.OpenCC("t2s.json").convert)
    timed(t2s, docs[:50])
    timed(normalize_texts, docs[:50])  # warm caches and regex compilation on both sides
    rounds = list(interleaved(t2s, normalize_texts, docs, chunk=a.batch) for _ in range(a.rounds))
    rounds.sort(key=lambda r: r[1] / r[0])
    base, ours = rounds[len(rounds) // 2]
    ratio = ours / base
    print(f"documents {len(docs)}, {mb:.1f} MB, batches of {a.batch}, {a.rounds} rounds (median shown)")
    print(f"opencc t2s       {base:7.2f} s  {mb / base:7.1f} MB/s")
    print(f"normalize_texts  {ours:7.2f} s  {mb / ours:7.1f} MB/s  {len(docs) / ours:7.0f} docs/s")
    spread = f"{rounds[0][1] / rounds[0][0]:.2f}–{rounds[-1][1] / rounds[-1][0]:.2f}x"
    print(f"ratio            {ratio:7.2f}x (rounds {spread}, limit {LIMIT}x)")
    return 0 if ratio <= LIMIT else 1


if __name__ == "__main__":
    sys.exit(main())
