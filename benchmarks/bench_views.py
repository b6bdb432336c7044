"""The views on a large lake: time of status, query, compare and report, and the dashboard's size.

    python benchmarks/bench_views.py --source LAKE [--copies N] [--work DIR]

Builds a lake of N copies of every report of LAKE (a lake built by `gongkai run`, e.g. on the test corpus),
each copy a distinct document of a distinct body (the region gets a copy suffix; the years stay), written
through the lake's own writer; then times each view on it and prints the dashboard's size. Exits 1 when the
dashboard outgrows LIMIT_MB: its size must follow the number of (province, year, era) cells and the pages
asked for, never the number of reports.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import polars as pl

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from flows.views.compare import compare  # noqa: E402
from flows.views.dashboard import write_dashboard  # noqa: E402
from flows.views.query import run_query  # noqa: E402
from flows.views.status import lake_status  # noqa: E402
from tasks.lake import Change, commit, read_table  # noqa: E402

LIMIT_MB = 20.0
TABLES = ("reports", "metrics", "documents", "findings")


def scaled_lake(source: Path, target: Path, copies: int) -> int:
    """Write `copies` distinct copies of the source lake's reports into `target`; return the report count."""
    frames = {t: read_table(source, t) for t in TABLES}
    scaled = {}
    for name, df in frames.items():
        if df is None:
            continue
        parts = []
        for i in range(copies):
            part = df.with_columns((pl.col("doc_id") + f"-{i}").alias("doc_id"))
            if name == "reports":
                part = part.with_columns((pl.col("region") + f"·{i}").alias("region"))
            parts.append(part)
        scaled[name] = pl.concat(parts)
    commit(target, Change(add=scaled), run_id="bench")
    return scaled["reports"].height


def timed(label: str, fn):
    start = time.perf_counter()
    result = fn()
    print(f"{label:<28} {time.perf_counter() - start:7.2f} s")
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, required=True, help="A lake built by `gongkai run`.")
    parser.add_argument("--copies", type=int, default=3600, help="Copies of every report (28 × 3600 ≈ 100k).")
    parser.add_argument("--work", type=Path, default=None, help="Where to build the large lake (default: a temp dir).")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="bench-views-"))
    lake = work / "lake"
    n = timed("build the lake", lambda: scaled_lake(args.source, lake, args.copies))
    print(f"reports: {n:,}")
    timed("status", lambda: lake_status(lake))
    timed("query (group by era)", lambda: run_query(lake, "SELECT format_era, count(*) FROM reports GROUP BY 1"))
    timed(
        "query (metrics join)",
        lambda: run_query(
            lake,
            "SELECT r.report_year, sum(m.value) FROM metrics m JOIN reports r USING (doc_id) "
            "WHERE m.metric = 'requests_total' GROUP BY 1",
        ),
    )
    region = read_table(lake, "reports").drop_nulls("region")["region"][0]
    timed("compare one body", lambda: compare(lake, region))
    html = timed("report (30 body pages)", lambda: write_dashboard(lake, work / "report"))
    size = html.stat().st_size / 1e6
    print(f"dashboard: {html} {size:.1f} MB (limit {LIMIT_MB} MB)")
    return 0 if size <= LIMIT_MB else 1


if __name__ == "__main__":
    sys.exit(main())
