"""The lake's only writer: hive-partitioned Parquet, upserted by doc_id, swapped into place atomically."""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import polars as pl
from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

PARTITION = "report_year"
UNKNOWN_YEAR = 0  # partition for rows whose report year is not known (quarantine, findings)


@contextlib.contextmanager
def locked(lake: Path) -> Iterator[None]:
    """One writer at a time per lake."""
    lake.mkdir(parents=True, exist_ok=True)
    with open(lake / ".lock", "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _fsync_tree(root: Path) -> None:
    for p in root.rglob("*.parquet"):
        with open(p, "rb") as fh:
            os.fsync(fh.fileno())


def read_table(lake: Path, table: str) -> pl.DataFrame | None:
    root = lake / table
    if not any(root.glob(f"{PARTITION}=*/*.parquet")):
        return None
    return pl.scan_parquet(str(root / "**" / "*.parquet"), hive_partitioning=True).collect()


def upsert(lake: Path, table: str, new: pl.DataFrame, replace_docs: set[str], run_id: str) -> int:
    """Replace every row of the given documents in the table by `new`; other rows stay as they were.

    New partitions are written under LAKE/_staging (a sibling of the tables, which readers never glob),
    fsynced, then renamed into place; a crash before the renames leaves the lake as it was.
    """
    root = lake / table
    staging = lake / "_staging" / run_id / table
    trash = lake / "_trash" / run_id / table
    existing = read_table(lake, table)
    if existing is not None:
        # One schema across partitions: a file written with another integer width breaks every scan.
        new = new.cast({c: existing.schema[c] for c in new.columns if c in existing.columns}, strict=False)
    touched_years = set(new[PARTITION].unique().to_list()) if new.height else set()
    if existing is not None and replace_docs:
        old_rows = existing.filter(pl.col("doc_id").is_in(list(replace_docs)))
        touched_years |= set(old_rows[PARTITION].unique().to_list())
    if not touched_years:
        return 0
    parts = []
    if existing is not None:
        keep = existing.filter(pl.col(PARTITION).is_in(list(touched_years)))
        if replace_docs:
            stale = pl.col("doc_id").is_in(list(replace_docs))
            if "run_id" in keep.columns:
                stale = stale & (pl.col("run_id") != run_id)  # an earlier batch of this run stays
            keep = keep.filter(~stale)
        parts.append(keep.select(new.columns).cast(new.schema))
    combined = pl.concat([*parts, new], how="vertical") if parts else new
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    for year in sorted(touched_years):
        rows = combined.filter(pl.col(PARTITION) == year)
        target = staging / f"{PARTITION}={year}"
        target.mkdir()
        if rows.height:
            rows.sort("doc_id").write_parquet(target / "part-0.parquet")
    _fsync_tree(staging)
    root.mkdir(parents=True, exist_ok=True)
    trash.mkdir(parents=True, exist_ok=True)
    for year in sorted(touched_years):
        live, fresh = root / f"{PARTITION}={year}", staging / f"{PARTITION}={year}"
        if live.exists():
            os.rename(live, trash / live.name)
        if any(fresh.iterdir()):
            os.rename(fresh, live)
    shutil.rmtree(lake / "_staging" / run_id, ignore_errors=True)
    shutil.rmtree(lake / "_trash" / run_id, ignore_errors=True)
    return combined.height


def append_run(lake: Path, table: str, df: pl.DataFrame, run_id: str, run_date: str) -> Path:
    """Add one run's rows as their own file under run_date=…; written aside, fsynced, renamed in."""
    target_dir = lake / table / f"run_date={run_date}"
    target_dir.mkdir(parents=True, exist_ok=True)
    tmp = lake / "_staging" / f"{run_id}-{table}.parquet"
    tmp.parent.mkdir(parents=True, exist_ok=True)
    df.write_parquet(tmp)
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    target = target_dir / f"{run_id}.parquet"
    os.replace(tmp, target)
    return target


def clean_leftovers(lake: Path) -> None:
    """Remove staging and trash left by a run that was killed."""
    for d in ("_staging", "_trash"):
        shutil.rmtree(lake / d, ignore_errors=True)


def land_tables(
    lake: Path,
    tables: dict[str, pl.DataFrame],
    doc_ids: set[str],
    run_id: str,
    runs: dict[str, pl.DataFrame] | None = None,
    rejected_ids: set[str] | None = None,
) -> dict[str, int]:
    """Write every table of a batch; each table is replaced for exactly the batch's documents. Rejected
    inputs touch only `quarantine`: a duplicate shares its doc_id with the report that landed."""
    counts = {}
    with locked(lake):
        clean_leftovers(lake)
        for name, df in tables.items():
            ids = doc_ids | (rejected_ids or set()) if name == "quarantine" else doc_ids
            upsert(lake, name, df, ids, run_id)
            counts[name] = df.height
        today = dt.date.today().isoformat()
        for name, df in (runs or {}).items():
            append_run(lake, name, df, run_id, today)
            counts[name] = df.height
    return counts


@task(name="land", cache_policy=NO_CACHE, retries=1, retry_delay_seconds=2)
def land(
    lake_dir: str,
    tables: dict[str, pl.DataFrame],
    doc_ids: list[str],
    run_id: str,
    runs: dict[str, pl.DataFrame] | None = None,
    rejected_ids: list[str] | None = None,
) -> dict[str, int]:
    counts = land_tables(Path(lake_dir), tables, set(doc_ids), run_id, runs, set(rejected_ids or []))
    get_run_logger().info("land: %s", counts)
    return counts
