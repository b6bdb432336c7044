"""Keeping a lake usable: one run at a time, what to do about an unusable folder, recovery after a kill, and the
vacuum of replaced snapshots."""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import json
import os
import shutil
import socket
from collections.abc import Iterator
from pathlib import Path

from tasks.lake.store import (
    CURRENT,
    MANIFEST,
    RETENTION,
    SNAPSHOTS,
    LakeBusy,
    LakeError,
    current,
    kill_point,
    link_tables,
    snapshot_dirs,
    swap_pointer,
)
from tasks.schemas import TABLES


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
            raise LakeError(
                f"{lake} holds a lake written by an older gongkai ({name}/ is a plain folder): "
                "move it aside and run again, the reports rebuild it"
            )


# --- recovery and vacuum -------------------------------------------------------------------------
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
    dirs = snapshot_dirs(lake)
    if snap is None and dirs:
        # The pointer is gone or names a broken snapshot: the newest complete snapshot becomes current.
        complete = [v for v, p in dirs.items() if (p / MANIFEST).exists()]
        if complete:
            swap_pointer(lake, dirs[max(complete)])
            done.append(f"current restored to v{max(complete):08d}")
            snap = current(lake)
    if snap is not None:
        for version, path in dirs.items():
            if version > snap.version:  # renamed into place, killed before the pointer swap: never current
                shutil.rmtree(path, ignore_errors=True)
                done.append(f"removed uncommitted v{version:08d}")
        link_tables(lake, snap)
    return done


def vacuum(lake: Path, retention: dt.timedelta = RETENTION, now: dt.datetime | None = None) -> list[int]:
    """Delete snapshots replaced more than `retention` ago; returns their versions."""
    snap = current(lake)
    if snap is None:
        return []
    now = now or dt.datetime.now(dt.UTC)
    dirs = snapshot_dirs(lake)
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
        kill_point("vacuum:renamed")
        shutil.rmtree(doomed)
        gone.append(version)
    return gone


# --- writing ---------------------------------------------------------------------------------------
