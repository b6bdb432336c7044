"""The lake's only writer and its readers: immutable snapshots swapped in by one atomic rename.

Layout of a lake folder:

    current -> _snapshots/v00000042          the snapshot readers see (a symlink, replaced atomically)
    metrics -> current/metrics               one symlink per table, so `metrics/**/*.parquet` globs work
    _snapshots/v00000042/manifest.json       version, run, time, and every data file of every table
    _snapshots/v00000042/metrics/report_year=2017/part-00000042-0.parquet
    _snapshots/v00000042/_state/sources.parquet   what the lake knows of the input folder
    .lock                                    held by the running run for its whole life

A commit builds the next snapshot beside the current one: unchanged data files are hard links (no copy), new and
rewritten files are written, everything is fsynced, the directory is renamed into place and `current` is swapped
by one rename. A reader that resolves `current` once sees every table of one commit; a kill at any step leaves
either the old snapshot or the new one current, and `recover` removes what a killed commit left. Old snapshots
stay for a retention period (readers may still be reading them) and are then vacuumed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import fcntl
import json
import os
import shutil
import signal
import socket
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from tasks.schemas import SOURCES, TABLES, Table

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


def _kill_point(step: str) -> None:
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
        return pl.scan_parquet([str(f) for f in files], hive_partitioning=True, hive_schema=hive)

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
@contextlib.contextmanager
def locked(lake: Path, run_id: str) -> Iterator[None]:
    """Hold the lake for the whole run; a second run gets LakeBusy naming the holder."""
    lake.mkdir(parents=True, exist_ok=True)
    fd = os.open(lake / ".lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 4096, 0).decode("utf-8", "replace").strip() or "another run"
            raise LakeBusy(f"lake in use by {holder}; wait for it to finish or use another --lake") from None
        started = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        info = f"run {run_id} (pid {os.getpid()} on {socket.gethostname()}, started {started})"
        os.ftruncate(fd, 0)
        os.pwrite(fd, info.encode("utf-8"), 0)
        try:
            yield
        finally:
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def check_writable(lake: Path) -> None:
    """Raise LakeError with what to do when the lake folder cannot hold a lake."""
    if lake.exists() and not lake.is_dir():
        raise LakeError(f"the lake path {lake} is a file, not a folder: choose another --lake")
    probe = lake if lake.exists() else next((p for p in lake.parents if p.exists()), None)
    if probe is None or not os.access(probe, os.W_OK | os.X_OK):
        raise LakeError(f"cannot write the lake at {lake}: the folder is not writable")
    for name in TABLES:
        path = lake / name
        if path.is_dir() and not path.is_symlink():
            raise LakeError(f"{lake} holds a lake written by an older gongkai ({name}/ is a plain folder): "
                            "move it aside and run again, the reports rebuild it")


# --- recovery and vacuum -------------------------------------------------------------------------
def _snapshot_dirs(lake: Path) -> dict[int, Path]:
    root = lake / SNAPSHOTS
    if not root.is_dir():
        return {}
    return {int(p.name[1:]): p for p in root.iterdir() if p.name.startswith("v") and p.name[1:].isdigit()}


def recover(lake: Path) -> list[str]:
    """Finish or undo what a killed commit or vacuum left; never touches the current snapshot. Returns what it did."""
    done: list[str] = []
    root = lake / SNAPSHOTS
    if not root.is_dir():
        return done
    for p in root.iterdir():
        if p.name.startswith("."):  # a snapshot being built or being deleted
            shutil.rmtree(p, ignore_errors=True)
            done.append(f"removed unfinished {p.name}")
    for p in lake.glob(f"{CURRENT}.tmp-*"):
        p.unlink(missing_ok=True)
        done.append(f"removed {p.name}")
    snap = None
    with contextlib.suppress(FileNotFoundError, NotADirectoryError, json.JSONDecodeError):
        snap = current(lake)
    dirs = _snapshot_dirs(lake)
    if snap is None and dirs:
        # The pointer is gone or names a broken snapshot: the newest complete snapshot becomes current.
        complete = [v for v, p in dirs.items() if (p / MANIFEST).exists()]
        if complete:
            _swap_pointer(lake, dirs[max(complete)])
            done.append(f"current restored to v{max(complete):08d}")
            snap = current(lake)
    if snap is not None:
        for version, path in dirs.items():
            if version > snap.version:  # renamed into place, killed before the pointer swap: never current
                shutil.rmtree(path, ignore_errors=True)
                done.append(f"removed uncommitted v{version:08d}")
        _link_tables(lake, snap)
    return done


def vacuum(lake: Path, retention: dt.timedelta = RETENTION, now: dt.datetime | None = None) -> list[int]:
    """Delete snapshots replaced more than `retention` ago; returns their versions."""
    snap = current(lake)
    if snap is None:
        return []
    now = now or dt.datetime.now(dt.UTC)
    dirs = _snapshot_dirs(lake)
    replaced_at: dict[int, dt.datetime] = {}
    for version in sorted(dirs):
        if version + 1 in dirs:
            with contextlib.suppress(OSError, KeyError, json.JSONDecodeError):
                manifest = json.loads((dirs[version + 1] / MANIFEST).read_text("utf-8"))
                replaced_at[version] = dt.datetime.fromisoformat(manifest["committed_at"])
    gone = []
    for version, path in sorted(dirs.items()):
        if version >= snap.version - 1:
            continue  # the current snapshot and the one before it (a reader may have just resolved it)
        when = replaced_at.get(version)
        if when is None or now - when < retention:
            continue
        doomed = path.with_name(f".{path.name}.deleting")
        os.rename(path, doomed)  # a kill mid-delete leaves a dot-folder that `recover` removes
        _kill_point("vacuum:renamed")
        shutil.rmtree(doomed)
        gone.append(version)
    return gone


# --- writing ---------------------------------------------------------------------------------------
@dataclass
class Change:
    """What one commit does: rows to add per table, and the rows to drop first (by document and by source file).

    `remove_rows` drops, per table, the rows of those documents that match an expression (findings of one check).
    `sources` replaces the state rows of the same source files; `forget` removes state rows."""

    add: dict[str, pl.DataFrame] = field(default_factory=dict)
    remove_docs: set[str] = field(default_factory=set)
    remove_sources: set[str] = field(default_factory=set)
    remove_rows: dict[str, tuple[set[str], pl.Expr]] = field(default_factory=dict)
    sources: pl.DataFrame | None = None
    forget: set[str] = field(default_factory=set)
    compact: bool = False


def check_schema(table: Table, df: pl.DataFrame) -> None:
    if df.schema != table.schema:
        got, want = dict(df.schema), dict(table.schema)
        diff = [f"{c}: {got.get(c)} (want {want.get(c)})" for c in dict.fromkeys([*want, *got])
                if got.get(c) != want.get(c)]
        raise SchemaMismatch(f"rows for table {table.name} do not have its schema: {'; '.join(diff)}")


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write(df: pl.DataFrame, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    df.write_parquet(path)
    _fsync(path)


def _partition_dir(table: Table, value: object) -> str:
    return f"{table.name}/{table.partition}={value}"


# doc_ids and source files held by each data file. Data files never change (a snapshot hard-links its parent's),
# so the inode, size and time identify the content across snapshots.
_KEYS: dict[tuple[int, int, int, int], tuple[frozenset[str], frozenset[str]]] = {}


def _keys(path: Path, table: Table) -> tuple[frozenset[str], frozenset[str]]:
    st = path.stat()
    key = (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)
    if key not in _KEYS:
        cols = ["doc_id", *(["source_file"] if "source_file" in table.schema else [])]
        df = pl.read_parquet(path, columns=cols)
        sources = frozenset(df["source_file"].drop_nulls().to_list()) if "source_file" in cols else frozenset()
        _KEYS[key] = (frozenset(df["doc_id"].drop_nulls().to_list()), sources)
    return _KEYS[key]


class _Builder:
    """The next snapshot, built in a dot-folder beside the current one."""

    def __init__(self, lake: Path, parent: Snapshot | None) -> None:
        self.lake, self.parent = lake, parent
        self.version = (parent.version if parent else 0) + 1
        self.path = lake / SNAPSHOTS / f".v{self.version:08d}.{os.getpid()}.building"
        shutil.rmtree(self.path, ignore_errors=True)
        self.path.mkdir(parents=True)
        self.files: dict[str, dict[str, int]] = {}  # table → data file → rows
        self.seq = 0

    def keep(self, table: str, rel: str, n_rows: int) -> None:
        target = self.path / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        os.link(self.parent.path / rel, target)
        self.files.setdefault(table, {})[rel] = n_rows

    def write(self, table: str, part_dir: str, df: pl.DataFrame) -> None:
        self.seq += 1
        rel = f"{part_dir}/part-{self.version:08d}-{self.seq}.parquet"
        _write(df, self.path / rel)
        _kill_point("commit:writing")
        self.files.setdefault(table, {})[rel] = df.height

    def drop(self, table: str, rel: str) -> None:
        (self.path / rel).unlink()
        del self.files[table][rel]


def _build_table(b: _Builder, table: Table, new: pl.DataFrame | None, change: Change) -> None:
    parent = b.parent
    old = parent.manifest["tables"].get(table.name, {}).get("files", {}) if parent else {}
    touched: set[str] = set()
    some_docs, expr = change.remove_rows.get(table.name, (set(), pl.lit(False)))
    for rel, n_rows in old.items():
        path = parent.path / rel
        hit = False
        if table.keyed and (change.remove_docs or change.remove_sources or some_docs):
            docs, sources = _keys(path, table)
            hit = bool(docs & (change.remove_docs | some_docs) or sources & change.remove_sources)
        if not hit:
            b.keep(table.name, rel, n_rows)
            continue
        df = pl.read_parquet(path)
        drop = pl.col("doc_id").is_in(list(change.remove_docs)) | (pl.col("doc_id").is_in(list(some_docs)) & expr)
        if "source_file" in table.schema:
            drop = drop | pl.col("source_file").is_in(list(change.remove_sources))
        rest = df.filter(~drop.fill_null(False))
        part_dir = str(Path(rel).parent)
        touched.add(part_dir)
        if rest.height:
            b.write(table.name, part_dir, rest)
    if new is not None and new.height:
        check_schema(table, new)
        for (value,), rows in new.sort(table.partition).partition_by(table.partition, as_dict=True).items():
            part_dir = _partition_dir(table, value)
            touched.add(part_dir)
            b.write(table.name, part_dir, rows.sort("doc_id") if "doc_id" in rows.columns else rows)
    if change.compact:
        _compact(b, table, touched)


def _compact(b: _Builder, table: Table, part_dirs: set[str]) -> None:
    """Merge a partition's small files into one when it holds many (each batch of a run adds one)."""
    files = b.files.get(table.name, {})
    for part_dir in part_dirs:
        small = [f for f in files if str(Path(f).parent) == part_dir and (b.path / f).stat().st_size < COMPACT_BELOW]
        if len(small) < COMPACT_COUNT:
            continue
        merged = pl.concat([pl.read_parquet(b.path / f) for f in small], how="vertical")
        for f in small:
            b.drop(table.name, f)
        b.write(table.name, part_dir, merged.sort("doc_id") if "doc_id" in merged.columns else merged)


def _fsync_tree(root: Path) -> None:
    for dirpath, _dirs, names in os.walk(root):
        for name in names:
            if not os.path.islink(os.path.join(dirpath, name)):
                _fsync(Path(dirpath) / name)
        _fsync(Path(dirpath))


def _swap_pointer(lake: Path, snapshot_dir: Path) -> None:
    tmp = lake / f"{CURRENT}.tmp-{os.getpid()}"
    tmp.unlink(missing_ok=True)
    os.symlink(os.path.relpath(snapshot_dir, lake), tmp)
    os.replace(tmp, lake / CURRENT)
    _fsync(lake)


def _link_tables(lake: Path, snap: Snapshot) -> None:
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


def commit(lake: Path, change: Change, run_id: str) -> Snapshot:
    """Make the change visible as one new snapshot, all tables at once, or not at all."""
    lake.mkdir(parents=True, exist_ok=True)
    _COMMITS[0] += 1
    parent = current(lake)
    if parent is None:
        parent = _empty_snapshot(lake)
    b = _Builder(lake, parent)
    try:
        names = sorted(set(parent.tables() if parent else []) | set(change.add))
        for name in names:
            _build_table(b, TABLES[name], change.add.get(name), change)
        _write_state(b, change)
        manifest = {
            "version": b.version,
            "parent": parent.version if parent else None,
            "run_id": run_id,
            "committed_at": dt.datetime.now(dt.UTC).isoformat(),
            "tables": {t: {"rows": sum(fs.values()), "files": dict(sorted(fs.items()))}
                       for t, fs in sorted(b.files.items()) if fs},
        }
        (b.path / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1), "utf-8")
        _kill_point("commit:staged")
        _fsync_tree(b.path)
        final = lake / SNAPSHOTS / f"v{b.version:08d}"
        os.rename(b.path, final)
        _fsync(lake / SNAPSHOTS)
        _kill_point("commit:renamed")
    except BaseException as exc:
        shutil.rmtree(b.path, ignore_errors=True)
        if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
            raise LakeError(f"the disk holding {lake} is full; free space and run again (the lake is unchanged)") \
                from exc
        raise
    _swap_pointer(lake, final)
    _kill_point("commit:swapped")
    snap = current(lake)
    _link_tables(lake, snap)
    return snap


def _empty_snapshot(lake: Path) -> Snapshot:
    """Version 0, made current before a new lake's first commit: from then on the pointer always exists, so a
    snapshot renamed into place but never pointed to is recognisably uncommitted."""
    path = lake / SNAPSHOTS / "v00000000"
    if not (path / MANIFEST).exists():
        tmp = lake / SNAPSHOTS / f".v00000000.{os.getpid()}.building"
        tmp.mkdir(parents=True, exist_ok=True)
        manifest = {"version": 0, "parent": None, "run_id": None,
                    "committed_at": dt.datetime.now(dt.UTC).isoformat(), "tables": {}}
        (tmp / MANIFEST).write_text(json.dumps(manifest), "utf-8")
        _fsync_tree(tmp)
        shutil.rmtree(path, ignore_errors=True)
        os.rename(tmp, path)
    _swap_pointer(lake, path)
    return current(lake)


def _write_state(b: _Builder, change: Change) -> None:
    state = b.parent.sources() if b.parent else pl.DataFrame(schema=SOURCES)
    drop = set(change.forget)
    if change.sources is not None and change.sources.height:
        check_schema(Table("sources", SOURCES, "", False), change.sources)
        drop |= set(change.sources["source_file"].to_list())
    if drop:
        state = state.filter(~pl.col("source_file").is_in(list(drop)))
    if change.sources is not None:
        state = pl.concat([state, change.sources], how="vertical")
    if state.height:
        _write(state.sort("source_file"), b.path / STATE / "sources.parquet")
