"""Incremental runs: only new and changed files are processed, and the lake then equals a run from scratch."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest
from conftest import CORPUS_RAW, SAMPLES

from tasks.lake import LakeBusy, locked, read_table

DATA_TABLES = ("documents", "reports", "metrics", "findings", "quarantine")


def content(lake: Path) -> dict[str, list]:
    """Every data table's rows without the run that wrote them: what two lakes must share to be equal."""
    out = {}
    for t in DATA_TABLES:
        df = read_table(lake, t)
        out[t] = sorted(df.drop("run_id", strict=False).rows()) if df is not None else []
    return out


def ledger_of_last_run(lake: Path) -> dict[str, str]:
    ledger = read_table(lake, "ledger").sort("recorded_at")
    last = ledger["run_id"][-1]
    return dict(ledger.filter(pl.col("run_id") == last).select("source_file", "state").rows())


def run(inp: Path, lake: Path, **kw) -> dict:
    from flows.gongkai import gongkai

    return gongkai(input_dir=str(inp), lake_dir=str(lake), **kw)


def touch_later(path: Path) -> None:
    """Give a rewritten file a new mtime even on a coarse clock."""
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 2_000_000_000))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    inp = tmp_path / "in"
    inp.mkdir()
    for p in [*sorted(SAMPLES.glob("*.txt"))[:3], CORPUS_RAW / "d20.txt", CORPUS_RAW / "d12.txt"]:
        shutil.copy(p, inp / p.name)
    return inp


def test_add_one_change_one_equals_a_run_from_scratch(prefect_api, folder: Path, tmp_path: Path) -> None:
    lake = tmp_path / "lake"
    first = run(folder, lake)
    assert first["new"] == 5 and first["landed"] == 5
    shutil.copy(CORPUS_RAW / "d22.txt", folder / "d22.txt")  # a new report
    changed = folder / "d20.txt"
    changed.write_text(changed.read_text("utf-8").replace("138条", "139条"), "utf-8")  # an edited report
    touch_later(changed)
    second = run(folder, lake)
    assert (second["new"], second["changed"], second["unchanged"]) == (1, 1, 4)
    states = ledger_of_last_run(lake)
    assert {s for s, st in states.items() if st == "landed"} == {"d22.txt", "d20.txt"}
    assert sum(st == "unchanged" for st in states.values()) == 4
    scratch = tmp_path / "scratch"
    run(folder, scratch)
    assert content(lake) == content(scratch)
    website = (
        read_table(lake, "metrics")
        .join(read_table(lake, "reports"), on=["doc_id", "report_year"])
        .filter((pl.col("source_file") == "d20.txt") & (pl.col("metric") == "proactive_website"))
    )
    assert website["value"].to_list() == [139.0]  # one current version, the edited one


def test_two_edits_leave_one_version_and_a_rerun_reads_nothing(prefect_api, folder: Path, tmp_path: Path) -> None:
    lake = tmp_path / "lake"
    run(folder, lake)
    target = folder / "d20.txt"
    for value in ("140条", "141条"):
        target.write_text((CORPUS_RAW / "d20.txt").read_text("utf-8").replace("138条", value), "utf-8")
        touch_later(target)
        run(folder, lake)
    reports = read_table(lake, "reports")
    assert reports.filter(pl.col("source_file") == "d20.txt").height == 1
    docs = read_table(lake, "documents").filter(pl.col("source_file") == "d20.txt")
    assert docs.height == 1 and "141条" in docs["text"][0]
    assert read_table(lake, "metrics").filter(pl.col("doc_id").is_in(reports["doc_id"].to_list())).height == (
        read_table(lake, "metrics").height
    )  # no metric row of an old version is left
    again = run(folder, lake)
    assert (again["new"], again["changed"], again["unchanged"]) == (0, 0, 5)


def test_a_touched_but_unchanged_file_is_unchanged(prefect_api, folder: Path, tmp_path: Path) -> None:
    lake = tmp_path / "lake"
    run(folder, lake)
    before = content(lake)
    touch_later(folder / "d12.txt")
    again = run(folder, lake)
    assert again["unchanged"] == 5 and again["landed"] == 0
    assert content(lake) == before


def test_removed_files_keep_their_rows_until_pruned(prefect_api, folder: Path, tmp_path: Path) -> None:
    lake = tmp_path / "lake"
    run(folder, lake)
    (folder / "d12.txt").unlink()
    kept = run(folder, lake)
    assert kept["gone_kept"] == 1
    assert "d12.txt" in read_table(lake, "reports")["source_file"].to_list()
    pruned = run(folder, lake, prune=True)
    assert pruned["pruned"] == 1
    assert "d12.txt" not in read_table(lake, "reports")["source_file"].to_list()
    scratch = tmp_path / "scratch"
    run(folder, scratch)
    assert content(lake) == content(scratch)


def test_a_file_that_now_lands_loses_its_quarantine_row(prefect_api, folder: Path, tmp_path: Path) -> None:
    lake = tmp_path / "lake"
    bad = folder / "late.txt"
    bad.write_bytes(b"")
    run(folder, lake)
    assert read_table(lake, "quarantine").filter(pl.col("source_file") == "late.txt")["reason"].to_list() == ["empty"]
    shutil.copy(CORPUS_RAW / "d22.txt", bad)
    touch_later(bad)
    run(folder, lake)
    assert (
        read_table(lake, "quarantine") is None
        or read_table(lake, "quarantine").filter(pl.col("source_file") == "late.txt").height == 0
    )
    assert "late.txt" in read_table(lake, "reports")["source_file"].to_list()


def test_a_moved_file_lands_once_under_its_new_name(prefect_api, folder: Path, tmp_path: Path) -> None:
    lake = tmp_path / "lake"
    run(folder, lake)
    (folder / "sub").mkdir()
    (folder / "d12.txt").rename(folder / "sub" / "d12-renamed.txt")
    run(folder, lake)
    sources = read_table(lake, "reports")["source_file"].to_list()
    assert "sub/d12-renamed.txt" in sources and "d12.txt" not in sources
    assert read_table(lake, "reports")["doc_id"].is_unique().all()


def test_a_duplicate_takes_over_when_the_original_goes(prefect_api, folder: Path, tmp_path: Path) -> None:
    lake = tmp_path / "lake"
    shutil.copy(folder / "d20.txt", folder / "z-copy.txt")
    first = run(folder, lake)
    assert first["duplicate"] == 1
    (folder / "d20.txt").unlink()
    run(folder, lake)
    assert "z-copy.txt" in read_table(lake, "reports")["source_file"].to_list()
    scratch = tmp_path / "scratch"
    run(folder, scratch)
    assert content(lake) == content(scratch)


def test_full_reprocesses_every_file_and_changes_nothing(prefect_api, folder: Path, tmp_path: Path) -> None:
    lake = tmp_path / "lake"
    run(folder, lake)
    before = content(lake)
    again = run(folder, lake, full=True)
    assert again["landed"] == 5 and again["unchanged"] == 0
    assert content(lake) == before


def test_an_empty_folder_is_a_quiet_no_op(prefect_api, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    summary = run(empty, tmp_path / "lake")
    assert summary["files"] == 0 and summary["landed"] == 0 and summary["snapshot"] is None


# --- the CLI's shortcut for an up-to-date folder (no embedded Prefect API started) -----------------------------------

COUNTS = ("files", "new", "changed", "unchanged", "duplicate", "landed", "quarantined", "gone_kept", "pruned")


def test_an_up_to_date_folder_is_recorded_without_a_flow_run_as_the_flow_records_it(
    prefect_api, folder: Path, tmp_path: Path
) -> None:
    from flows.uptodate import NO_FLOW_RUN, record_if_up_to_date

    (folder / "empty.txt").write_bytes(b"")  # a known problem entry: recorded again, not quarantined twice
    shutil.copy(folder / "d20.txt", folder / "z-copy.txt")  # a known duplicate
    lake = tmp_path / "lake"
    run(folder, lake)
    (folder / "d12.txt").unlink()  # gone, kept: nothing to read
    by_flow, by_shortcut = tmp_path / "by-flow", tmp_path / "by-shortcut"
    shutil.copytree(lake, by_flow, symlinks=True)
    shutil.copytree(lake, by_shortcut, symlinks=True)
    flow_summary = run(folder, by_flow)
    quick = record_if_up_to_date(folder, by_shortcut, prune=False, max_bytes=64_000_000)
    assert quick is not None and quick["note"] == NO_FLOW_RUN
    assert {k: quick[k] for k in COUNTS} == {k: flow_summary[k] for k in COUNTS}
    assert (quick["unchanged"], quick["duplicate"], quick["gone_kept"]) == (5, 1, 1)  # 4 reports and the empty file
    assert content(by_shortcut) == content(by_flow)
    assert ledger_of_last_run(by_shortcut) == ledger_of_last_run(by_flow)
    assert quick["snapshot"] == flow_summary["snapshot"]


def test_the_shortcut_leaves_every_run_with_work_to_the_flow(prefect_api, folder: Path, tmp_path: Path) -> None:
    from flows.uptodate import record_if_up_to_date

    lake = tmp_path / "lake"
    assert record_if_up_to_date(folder, lake, prune=False, max_bytes=64_000_000) is None  # no lake yet
    run(folder, lake)
    version = read_table(lake, "ledger")["run_id"].n_unique()

    def declined(prune: bool = False) -> bool:
        out = record_if_up_to_date(folder, lake, prune=prune, max_bytes=64_000_000)
        return out is None and read_table(lake, "ledger")["run_id"].n_unique() == version  # and nothing recorded

    shutil.copy(CORPUS_RAW / "d22.txt", folder / "d22.txt")
    assert declined()  # a new file
    (folder / "d22.txt").unlink()
    changed = folder / "d20.txt"
    changed.write_text(changed.read_text("utf-8").replace("138条", "139条"), "utf-8")
    touch_later(changed)
    assert declined()  # a changed file
    shutil.copy(CORPUS_RAW / "d20.txt", changed)
    run(folder, lake)
    version = read_table(lake, "ledger")["run_id"].n_unique()
    (folder / "new-problem.txt").write_bytes(b"")
    assert declined()  # a new problem entry is quarantined by the flow, with its row
    (folder / "new-problem.txt").unlink()
    (folder / "d12.txt").unlink()
    assert declined(prune=True)  # rows to prune
    with locked(lake, "another run"), pytest.raises(LakeBusy):
        record_if_up_to_date(folder, lake, prune=False, max_bytes=64_000_000)


def test_cli_rerun_of_an_up_to_date_folder_says_no_flow_run_was_needed(
    prefect_api, folder: Path, tmp_path: Path
) -> None:
    lake = tmp_path / "lake"
    run(folder, lake)
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}  # the embedded API, as users run it
    done = subprocess.run(
        [str(Path(sys.executable).parent / "gongkai"), "run", "--input", str(folder), "--lake", str(lake)],
        capture_output=True,
        text=True,
        env={**env, "PREFECT_HOME": str(tmp_path / "prefect-home")},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "(0 new, 0 changed, 5 unchanged" in done.stdout and "no flow run: nothing to read" in done.stdout
    assert not (tmp_path / "prefect-home" / "prefect.db").exists()  # the embedded API was never started
    assert set(ledger_of_last_run(lake).values()) == {"unchanged"}


def test_a_duplicate_is_not_read_again_until_its_holder_changes(prefect_api, folder: Path, tmp_path: Path) -> None:
    lake = tmp_path / "lake"
    shutil.copy(folder / "d20.txt", folder / "z-copy.txt")
    run(folder, lake)
    again = run(folder, lake)
    assert (again["new"], again["changed"], again["duplicate"], again["unchanged"]) == (0, 0, 1, 5)
    holder = folder / "d20.txt"
    holder.write_text(holder.read_text("utf-8").replace("138条", "139条"), "utf-8")
    touch_later(holder)
    edited = run(folder, lake)  # the holder now carries other content: the copy, read again, lands the old content
    assert (edited["changed"], edited["landed"], edited["duplicate"]) == (2, 2, 0)
    assert set(ledger_of_last_run(lake).values()) == {"landed", "unchanged"}
    scratch = tmp_path / "scratch"
    run(folder, scratch)
    assert content(lake) == content(scratch)


def test_the_shortcut_recovers_what_a_killed_run_left_and_says_so(
    prefect_api, folder: Path, tmp_path: Path, capsys
) -> None:
    from flows.uptodate import record_if_up_to_date

    lake = tmp_path / "lake"
    run(folder, lake)
    leftover = lake / "_snapshots" / ".v00000099.1234.building"
    (leftover / "metrics").mkdir(parents=True)
    quick = record_if_up_to_date(folder, lake, prune=False, max_bytes=64_000_000)
    assert quick is not None and quick["unchanged"] == 5
    assert not leftover.exists()
    assert "recovered the lake from an interrupted run" in capsys.readouterr().err
