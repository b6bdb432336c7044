"""The lake's guarantees: atomic commits, crash recovery at every step, consistent readers, one writer."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import threading
from pathlib import Path

import polars as pl
import pytest
from lake_cases import STEPS, change, rows, state

from tasks import lake

HERE = Path(__file__).parent
STEPS_OF_A_COMMIT = ["commit:writing", "commit:staged", "commit:renamed", "commit:swapped"]


def run_steps(target: Path, first: int, kill_at: str | None = None) -> int:
    env = {**os.environ, "PYTHONPATH": f"{HERE.parent}:{HERE}"}
    env.pop(lake.KILL_ENV, None)
    if kill_at:
        env[lake.KILL_ENV] = kill_at
    proc = subprocess.run(
        [sys.executable, str(HERE / "lake_cases.py"), str(target), str(first)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return proc.returncode


@pytest.fixture(scope="module")
def uninterrupted(tmp_path_factory) -> dict:
    target = tmp_path_factory.mktemp("whole")
    assert run_steps(target, 0) == 0
    return state(target)


@pytest.mark.parametrize("nth", [1, 2, 3], ids=["first-commit", "second-commit", "replacing-commit"])
@pytest.mark.parametrize("step", STEPS_OF_A_COMMIT)
def test_kill_at_any_step_then_rerun_equals_uninterrupted(
    tmp_path: Path, uninterrupted: dict, step: str, nth: int
) -> None:
    target = tmp_path / "lake"
    assert run_steps(target, 0, kill_at=f"{step}#{nth}") == -9  # SIGKILL, mid-commit
    # Readable right after the kill: the last finished commit, whole (or nothing yet).
    snap = lake.current(target)
    done = snap.version if snap else 0
    assert done in (nth - 1, nth)  # before the pointer swap the old snapshot is current, after it the new one
    if done:
        for t in ("documents", "reports"):
            assert lake.read_table(target, t).height == snap.rows(t)
    # The re-run resumes after the last commit that became visible and ends where an uninterrupted run ends.
    assert run_steps(target, done) == 0
    assert state(target) == uninterrupted
    leftovers = [p.name for p in (target / lake.SNAPSHOTS).iterdir() if p.name.startswith(".")]
    assert leftovers == []


def test_kill_while_vacuuming_loses_nothing(tmp_path: Path, uninterrupted: dict) -> None:
    target = tmp_path / "lake"
    assert run_steps(target, 0) == 0
    code = f"""
import datetime as dt
from pathlib import Path
from tasks import lake
lake.vacuum(Path({str(target)!r}), dt.timedelta(0), now=dt.datetime.now(dt.UTC) + dt.timedelta(days=1))
"""
    env = {**os.environ, "PYTHONPATH": str(HERE.parent), lake.KILL_ENV: "vacuum:renamed"}
    assert subprocess.run([sys.executable, "-c", code], env=env, timeout=60).returncode == -9
    assert any(p.name.endswith(".deleting") for p in (target / lake.SNAPSHOTS).iterdir())
    assert state(target) == uninterrupted
    assert "removed unfinished" in " ".join(lake.recover(target))
    assert state(target) == uninterrupted


def test_readers_never_see_a_partial_commit(tmp_path: Path) -> None:
    """A reader polling while commits land sees every table of one commit: never a document in one table and not
    in another, never an error."""
    target = tmp_path / "lake"
    lake.commit(target, change(["s1", "s2"], 2018), "r0")
    stop, seen, errors = threading.Event(), set(), []

    def read() -> None:
        while not stop.is_set():
            try:
                snap = lake.current(target)
                docs = set(snap.read("documents")["doc_id"])
                reps = set(snap.read("reports")["doc_id"])
                mets = set(snap.read("metrics")["doc_id"])
                if not docs == reps == mets:
                    errors.append(f"v{snap.version}: documents {docs} reports {reps} metrics {mets}")
                seen.add(snap.version)
            except Exception as exc:  # the test fails on any of them
                errors.append(repr(exc))

    reader = threading.Thread(target=read)
    reader.start()
    for i in range(30):
        docs = [f"d{i}a", f"d{i}b"]
        lake.commit(target, change(docs, 2015 + i % 5, remove=[f"d{i - 1}a"] if i else []), f"r{i}")
        lake.vacuum(target, dt.timedelta(0))  # old snapshots go as fast as they can
    stop.set()
    reader.join()
    assert errors == []
    assert len(seen) > 3


def test_a_reader_of_a_replaced_snapshot_keeps_reading_within_the_retention(tmp_path: Path) -> None:
    target = tmp_path / "lake"
    lake.commit(target, change(["a"], 2019), "r1")
    old = lake.current(target)
    for i in range(3):
        lake.commit(target, change([f"n{i}"], 2019, remove=["a"]), f"r{i + 2}")
    assert lake.vacuum(target) == []  # everything was replaced just now
    assert old.read("documents")["doc_id"].to_list() == ["a"]
    later = dt.datetime.now(dt.UTC) + lake.RETENTION + dt.timedelta(minutes=1)
    assert lake.vacuum(target, now=later) == [0, 1, 2]  # the current one and the one before it stay
    assert sorted(int(p.name[1:]) for p in (target / lake.SNAPSHOTS).iterdir()) == [3, 4]


def test_replaced_documents_leave_no_old_rows_and_unchanged_files_are_not_copied(tmp_path: Path) -> None:
    target = tmp_path / "lake"
    lake.commit(target, change(["a", "b"], 2019), "r1")
    lake.commit(target, change(["c"], 2020), "r2")
    before = {p.name: p.stat().st_ino for p in lake.current(target).files("metrics")}
    lake.commit(target, change(["a2"], 2019, remove=["a"]), "r3")
    snap = lake.current(target)
    assert sorted(snap.read("metrics")["doc_id"].unique()) == ["a2", "b", "c"]
    after = {p.name: p.stat().st_ino for p in snap.files("metrics")}
    untouched = [
        n
        for n in before
        if "report_year=2020" in str(next(p for p in snap.files("metrics") if p.name == n) if n in after else "")
    ]
    # The 2020 file was not touched by the change: the same inode (a hard link), not a copy.
    assert untouched and all(after[n] == before[n] for n in untouched)


def test_a_frame_of_the_wrong_schema_is_refused(tmp_path: Path) -> None:
    bad = rows("reports", ["a"], 2019).with_columns(pl.col("report_year").cast(pl.Int64))
    with pytest.raises(lake.SchemaMismatch, match="report_year: Int64 \\(want Int32\\)"):
        lake.commit(tmp_path / "lake", lake.Change(add={"reports": bad}), "r1")
    missing = rows("metrics", ["a"], 2019).drop("note")
    with pytest.raises(lake.SchemaMismatch, match="note"):
        lake.commit(tmp_path / "lake", lake.Change(add={"metrics": missing}), "r1")
    assert lake.current(tmp_path / "lake").tables() == []  # nothing half-written became visible
    assert [p.name for p in (tmp_path / "lake" / lake.SNAPSHOTS).iterdir()] == ["v00000000"]


def test_a_lost_pointer_is_restored_to_the_newest_complete_snapshot(tmp_path: Path) -> None:
    target = tmp_path / "lake"
    for step in STEPS:
        lake.commit(target, step(), "r")
    (target / lake.CURRENT).unlink()
    assert lake.current(target) is None
    assert "current restored to v00000003" in lake.recover(target)
    assert lake.current(target).version == 3


def test_one_run_at_a_time(tmp_path: Path) -> None:
    busy = pytest.raises(lake.LakeBusy, match="lake in use by run run-A \\(pid")
    with lake.locked(tmp_path, "run-A"), busy, lake.locked(tmp_path, "run-B"):
        pass
    with lake.locked(tmp_path, "run-C"):  # released: the next run gets it
        pass


def test_unusable_lake_paths_are_refused_with_what_to_do(tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("x")
    with pytest.raises(lake.LakeError, match="is a file, not a folder"):
        lake.check_writable(tmp_path / "afile")
    old = tmp_path / "old"
    (old / "reports" / "report_year=2019").mkdir(parents=True)
    with pytest.raises(lake.LakeError, match="older gongkai"):
        lake.check_writable(old)
    if os.geteuid() != 0:
        ro = tmp_path / "ro"
        ro.mkdir(mode=0o555)
        with pytest.raises(lake.LakeError, match="not writable"):
            lake.check_writable(ro / "lake")


def test_plain_globs_of_a_table_folder_read_the_current_snapshot(tmp_path: Path) -> None:
    target = tmp_path / "lake"
    for step in STEPS:
        lake.commit(target, step(), "r")
    globbed = pl.scan_parquet(str(target / "reports" / "**" / "*.parquet"), hive_partitioning=True).collect()
    assert sorted(globbed["doc_id"]) == sorted(lake.read_table(target, "reports")["doc_id"])
