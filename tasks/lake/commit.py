"""Writing the lake: a change becomes the next snapshot, every table at once, or nothing."""

from __future__ import annotations

import datetime as dt
import errno
import io
import json
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from tasks.lake import store
from tasks.lake.store import (
    COMPACT_BELOW,
    COMPACT_COUNT,
    MANIFEST,
    SNAPSHOTS,
    STATE,
    LakeError,
    SchemaMismatch,
    Snapshot,
    current,
    fsync,
    fsync_tree,
    kill_point,
    link_tables,
    swap_pointer,
)
from tasks.schemas import SOURCES, TABLES, Table


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
        diff = [
            f"{c}: {got.get(c)} (want {want.get(c)})" for c in dict.fromkeys([*want, *got]) if got.get(c) != want.get(c)
        ]
        raise SchemaMismatch(f"rows for table {table.name} do not have its schema: {'; '.join(diff)}")


def _write(df: pl.DataFrame, path: Path) -> None:
    """The frame as a Parquet file, on disk before this returns. Encoded in memory first: Polars reports a failed
    write as 'Invalid thrift: transport error', Python's own write as what it is (a full disk, a quota)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    df.write_parquet(buf)
    with open(path, "wb") as fh:
        fh.write(buf.getbuffer())
        fh.flush()
        os.fsync(fh.fileno())


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


def _remember_keys(path: Path, table: Table, df: pl.DataFrame) -> None:
    """A file's keys as it is written, from the frame it holds: the next batch's commit need not read them back."""
    if not table.keyed:
        return
    st = path.stat()
    sources = frozenset(df["source_file"].drop_nulls().to_list()) if "source_file" in table.schema else frozenset()
    docs = frozenset(df["doc_id"].drop_nulls().to_list())
    _KEYS[(st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)] = (docs, sources)


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
        _remember_keys(self.path / rel, TABLES[table], df)
        kill_point("commit:writing")
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


NO_ROOM = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)  # a full disk, a quota, a file-size limit


def commit(lake: Path, change: Change, run_id: str) -> Snapshot:
    """Make the change visible as one new snapshot, all tables at once, or not at all."""
    lake.mkdir(parents=True, exist_ok=True)
    store._COMMITS[0] += 1
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
            "tables": {
                t: {"rows": sum(fs.values()), "files": dict(sorted(fs.items()))}
                for t, fs in sorted(b.files.items())
                if fs
            },
        }
        (b.path / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1), "utf-8")
        kill_point("commit:staged")
        # Each data file was synced as it was written (_write) and the parent's are hard links to files on disk:
        # the manifest and the folders remain (syncing every file of the lake each batch grew with the lake).
        fsync(b.path / MANIFEST)
        fsync_tree(b.path, files=False)
        final = lake / SNAPSHOTS / f"v{b.version:08d}"
        os.rename(b.path, final)
        fsync(lake / SNAPSHOTS)
        kill_point("commit:renamed")
    except BaseException as exc:
        shutil.rmtree(b.path, ignore_errors=True)
        if isinstance(exc, OSError) and exc.errno in NO_ROOM:
            raise LakeError(
                f"no room left to write the lake at {lake} ({exc.strerror}): free space and run again; "
                "the lake is unchanged"
            ) from exc
        raise
    swap_pointer(lake, final)
    kill_point("commit:swapped")
    snap = current(lake)
    link_tables(lake, snap)
    return snap


def _empty_snapshot(lake: Path) -> Snapshot:
    """Version 0, made current before a new lake's first commit: from then on the pointer always exists, so a
    snapshot renamed into place but never pointed to is recognisably uncommitted."""
    path = lake / SNAPSHOTS / "v00000000"
    if not (path / MANIFEST).exists():
        tmp = lake / SNAPSHOTS / f".v00000000.{os.getpid()}.building"
        tmp.mkdir(parents=True, exist_ok=True)
        manifest = {
            "version": 0,
            "parent": None,
            "run_id": None,
            "committed_at": dt.datetime.now(dt.UTC).isoformat(),
            "tables": {},
        }
        (tmp / MANIFEST).write_text(json.dumps(manifest), "utf-8")
        fsync_tree(tmp)
        shutil.rmtree(path, ignore_errors=True)
        os.rename(tmp, path)
    swap_pointer(lake, path)
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
