"""The lake's snapshots on disk: their layout, the pointer to the current one, and reading them."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from tasks.schemas import SOURCES, TABLES

SNAPSHOTS = "_snapshots"
CURRENT = "current"
STATE = "_state"
MANIFEST = "manifest.json"
UNKNOWN_YEAR = 0  # partition of rows whose report year is not known
RETENTION = dt.timedelta(hours=1)  # how long a replaced snapshot stays readable
COMPACT_BELOW = 32 * 1024 * 1024  # files smaller than this are merged when a partition holds many
COMPACT_COUNT = 8
KILL_ENV = "GONGKAI_TEST_KILL_AT"  # tests: SIGKILL this process at a named step ('commit:renamed', or '…#2': 2nd time)


class LakeError(RuntimeError):
    """The lake folder cannot be used; the message says what to do."""


class LakeBusy(LakeError):
    """Another run holds the lake."""


class SchemaMismatch(LakeError):
    """A frame does not have its table's schema: a bug upstream, never cast silently."""


_COMMITS = [0]  # commits begun by this process


def kill_point(step: str) -> None:
    """Fault injection for the crash tests: SIGKILL at this step of this process's n-th commit ('step#n')."""
    want = os.environ.get(KILL_ENV)
    if not want:
        return
    name, _, nth = want.partition("#")
    if name == step and (step.startswith("vacuum") or _COMMITS[0] == int(nth or 1)):
        os.kill(os.getpid(), signal.SIGKILL)


# --- reading ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Snapshot:
    """One committed version of every table."""

    path: Path
    manifest: dict

    @property
    def version(self) -> int:
        return int(self.manifest["version"])

    def tables(self) -> list[str]:
        return sorted(self.manifest["tables"])

    def files(self, table: str) -> list[Path]:
        entry = self.manifest["tables"].get(table)
        return [self.path / f for f in entry["files"]] if entry else []

    def rows(self, table: str) -> int:
        entry = self.manifest["tables"].get(table)
        return int(entry["rows"]) if entry else 0

    def scan(self, table: str) -> pl.LazyFrame | None:
        files = self.files(table)
        if not files:
            return None
        spec = TABLES.get(table)
        hive = {spec.partition: spec.schema[spec.partition]} if spec else None
        lf = pl.scan_parquet([str(f) for f in files], hive_partitioning=True, hive_schema=hive)
        if spec and spec.partition == "report_year":  # the unknown year's partition holds rows of no known year
            year = pl.col("report_year")
            lf = lf.with_columns(pl.when(year != UNKNOWN_YEAR).then(year).alias("report_year"))
        return lf

    def read(self, table: str, columns: list[str] | None = None) -> pl.DataFrame | None:
        lf = self.scan(table)
        if lf is None:
            return None
        return (lf.select(columns) if columns else lf).collect()

    def sources(self) -> pl.DataFrame:
        path = self.path / STATE / "sources.parquet"
        return pl.read_parquet(path) if path.exists() else pl.DataFrame(schema=SOURCES)


def current(lake: Path) -> Snapshot | None:
    """The snapshot readers see now, or None for a lake with no commit yet."""
    pointer = Path(lake) / CURRENT
    try:
        target = os.readlink(pointer)
    except FileNotFoundError:
        return None
    path = (Path(lake) / target).resolve()
    return Snapshot(path, json.loads((path / MANIFEST).read_text("utf-8")))


def read_table(lake: Path, table: str) -> pl.DataFrame | None:
    """The table as of the current snapshot (None when the lake or the table does not exist)."""
    snap = current(Path(lake))
    return snap.read(table) if snap else None


def scan(lake: Path, table: str) -> pl.LazyFrame | None:
    """A lazy scan of the table's files in the current snapshot; they stay in place for the retention period."""
    snap = current(Path(lake))
    return snap.scan(table) if snap else None


# --- the run's lock ------------------------------------------------------------------------------
def snapshot_dirs(lake: Path) -> dict[int, Path]:
    root = lake / SNAPSHOTS
    if not root.is_dir():
        return {}
    return {int(p.name[1:]): p for p in root.iterdir() if p.name.startswith("v") and p.name[1:].isdigit()}


def fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_tree(root: Path, files: bool = True) -> None:
    """Every folder under root on disk, and (`files`) every file in them. Without `files` the caller has synced the
    files it wrote; the rest are hard links to files already on disk, whose new names the folders hold."""
    for dirpath, _dirs, names in os.walk(root):
        if files:
            for name in names:
                if not os.path.islink(os.path.join(dirpath, name)):
                    fsync(Path(dirpath) / name)
        fsync(Path(dirpath))


def swap_pointer(lake: Path, snapshot_dir: Path) -> None:
    tmp = lake / f"{CURRENT}.tmp-{os.getpid()}"
    tmp.unlink(missing_ok=True)
    os.symlink(os.path.relpath(snapshot_dir, lake), tmp)
    os.replace(tmp, lake / CURRENT)
    fsync(lake)


def link_tables(lake: Path, snap: Snapshot) -> None:
    """`lake/<table>` → `current/<table>` for every table, so plain globs of the table folder read the current
    snapshot."""
    for name in snap.tables():
        link = lake / name
        if link.is_symlink() or link.exists():
            continue
        tmp = lake / f".{name}.link-{os.getpid()}"
        tmp.unlink(missing_ok=True)
        os.symlink(f"{CURRENT}/{name}", tmp)
        os.replace(tmp, link)
