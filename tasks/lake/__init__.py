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

from tasks.lake.commit import Change, check_schema, commit
from tasks.lake.store import (
    CURRENT,
    KILL_ENV,
    MANIFEST,
    RETENTION,
    SNAPSHOTS,
    UNKNOWN_YEAR,
    LakeBusy,
    LakeError,
    SchemaMismatch,
    Snapshot,
    current,
    read_table,
    scan,
)
from tasks.lake.upkeep import check_writable, locked, recover, vacuum

__all__ = [
    "CURRENT",
    "KILL_ENV",
    "MANIFEST",
    "RETENTION",
    "SNAPSHOTS",
    "UNKNOWN_YEAR",
    "Change",
    "LakeBusy",
    "LakeError",
    "SchemaMismatch",
    "Snapshot",
    "check_schema",
    "check_writable",
    "commit",
    "current",
    "locked",
    "read_table",
    "recover",
    "scan",
    "vacuum",
]
