"""A scheduler's treatment: crafted and stalling input, a kill mid-run, two runs at once, a full disk, unusable
folders. The run finishes, says why, and never loses or half-writes the lake."""

from __future__ import annotations

import contextlib
import os
import resource
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest
from conftest import CORPUS_RAW, SAMPLES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from flows.cli import app
from tasks import lake
from tasks.extract import STALL_ENV, extract_document
from tasks.ingest import UndecodableError, decode
from tasks.lake import read_table
from tasks.normalize import normalize_text

BIN = Path(sys.executable).parent
SEED = (SAMPLES / "000_ee6de2f55f2ec1aa.txt").read_text("utf-8")
TEMPLATE = (CORPUS_RAW / "d13.txt").read_text("utf-8")

# Input that sent rules into long searches or numbers into overflow before (issue 11): each must finish.
CRAFTED = {
    "zeros-in-table-three.txt": TEMPLATE.replace(
        "本年新收政府信息公开申请数量", "本年新收政府信息公开申请数量" + "0" * 200, 1
    ),
    "run-in-table-four.txt": TEMPLATE.replace("尚未审结", "尚未审结 1" + "0" * 29 + " ", 1),
    "digits.txt": "政府信息公开工作年度报告\n" + "1" * 200_000 + "\n主动公开政府信息" + "9" * 200_000 + "条。\n",
    "letters-and-ats.txt": "政府信息公开工作年度报告，联系邮箱"
    + "a@" * 50_000
    + "a.cn。"
    + "主动公开政府信息12条。" * 20,
}


def run_cli(inp: Path, lake_dir: Path, *extra: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """`gongkai run` in its own process group; whatever a killed run leaves behind (its embedded Prefect server) is
    killed with the group, as a scheduler killing a job's group would."""
    proc = subprocess.Popen(
        [str(BIN / "gongkai"), "run", "--input", str(inp), "--lake", str(lake_dir), *extra],
        env={**os.environ, **(env or {})},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        proc.wait(timeout=900)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
    out, err = proc.communicate()
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def test_crafted_input_finishes_and_the_good_reports_land(tmp_path: Path) -> None:
    inp = tmp_path / "in"
    inp.mkdir()
    for p in sorted(SAMPLES.glob("*.txt")):
        shutil.copy(p, inp / p.name)
    for name, text in CRAFTED.items():
        (inp / name).write_text(text, "utf-8")
    out = run_cli(inp, tmp_path / "lake", "--doc-timeout", "20")
    assert out.returncode == 0, out.stderr[-3000:]
    ledger = read_table(tmp_path / "lake", "ledger")
    states = dict(ledger.select("source_file", "state").rows())
    assert all(states[p.name] == "landed" for p in SAMPLES.glob("*.txt"))
    assert set(states) == {p.name for p in SAMPLES.glob("*.txt")} | set(CRAFTED)  # every file has its row
    metrics = read_table(tmp_path / "lake", "metrics")
    assert metrics["value"].is_finite().all()  # no number of 200,000 digits became inf


def test_a_stalling_document_is_quarantined_for_its_time_and_the_rest_lands(tmp_path: Path) -> None:
    inp = tmp_path / "in"
    inp.mkdir()
    for p in sorted(SAMPLES.glob("*.txt")):
        shutil.copy(p, inp / p.name)
    (inp / "stall.txt").write_text(SEED.replace("引 言", "引 言 STALL-HERE", 1), "utf-8")
    out = run_cli(inp, tmp_path / "lake", "--doc-timeout", "10", env={STALL_ENV: "STALL-HERE"})
    assert out.returncode == 0, out.stderr[-3000:]
    q = read_table(tmp_path / "lake", "quarantine")
    row = q.filter(pl.col("source_file") == "stall.txt")
    assert row.select("stage", "reason").rows() == [("extract", "timeout")]
    assert "time budget" in row["detail"][0]
    assert sorted(read_table(tmp_path / "lake", "reports")["source_file"]) == sorted(
        p.name for p in SAMPLES.glob("*.txt")
    )


def test_a_run_killed_mid_landing_then_run_again_equals_an_uninterrupted_run(sample_lake, tmp_path: Path) -> None:
    whole, _ = sample_lake
    target = tmp_path / "lake"
    # Killed after its second batch's snapshot was renamed into place, before the pointer moved to it.
    killed = run_cli(SAMPLES, target, "--batch-size", "2", env={lake.KILL_ENV: "commit:renamed#2"})
    assert killed.returncode == -9
    assert lake.current(target).version == 1  # the first batch's commit stands, whole
    again = run_cli(SAMPLES, target, "--batch-size", "2")
    assert again.returncode == 0, again.stderr[-3000:]
    for t in ("documents", "reports", "metrics", "findings"):
        a = read_table(whole, t).drop("run_id", strict=False)
        b = read_table(target, t).drop("run_id", strict=False)
        assert sorted(a.rows()) == sorted(b.rows()), t


def test_a_second_run_on_a_lake_in_use_says_so_and_exits_3(tmp_path: Path) -> None:
    with lake.locked(tmp_path / "lake", "nightly-42"):
        out = CliRunner().invoke(app, ["run", "--input", str(SAMPLES), "--lake", str(tmp_path / "lake")])
    assert out.exit_code == 3
    assert "lake in use by run nightly-42" in out.output and "Traceback" not in out.output


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda tmp: tmp / "missing", "does not exist"),
        (lambda tmp: (tmp / "a-file.txt").write_text("x") and tmp / "a-file.txt", "is a file, not a folder"),
    ],
    ids=["missing-input", "input-is-a-file"],
)
def test_an_unusable_input_folder_is_one_sentence_and_exit_2(tmp_path: Path, make, words: str) -> None:
    out = CliRunner().invoke(app, ["run", "--input", str(make(tmp_path)), "--lake", str(tmp_path / "lake")])
    assert out.exit_code == 2 and words in out.output and "Traceback" not in out.output


def test_a_lake_path_that_is_a_file_fails_before_any_work(tmp_path: Path) -> None:
    (tmp_path / "lake").write_text("not a folder")
    out = CliRunner().invoke(app, ["run", "--input", str(SAMPLES), "--lake", str(tmp_path / "lake")])
    assert out.exit_code == 2 and "is a file, not a folder" in out.output and "Traceback" not in out.output


def test_a_full_disk_mid_commit_says_so_and_leaves_the_lake_as_it_was(tmp_path: Path) -> None:
    """The process may write files of at most 4 kB (RLIMIT_FSIZE, a disk that fills): the commit fails with a
    sentence, and the lake is the one before it."""
    from lake_cases import change, state

    target = tmp_path / "lake"
    lake.commit(target, change(["a"], 2019), "r1")
    before = state(target)
    code = f"""
import resource, signal, sys
sys.path.insert(0, {str(Path(__file__).parent)!r})
from pathlib import Path
from lake_cases import change
from tasks import lake
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (4_000, 4_000))
big = change([f"b{{i}}" for i in range(2000)], 2020)
try:
    lake.commit(Path({str(target)!r}), big, "r2")
except lake.LakeError as exc:
    print(exc)
    sys.exit(7)
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 7, out.stderr[-2000:]
    assert "no room" in out.stdout and "the lake is unchanged" in out.stdout
    assert state(target) == before
    assert [p.name for p in (target / lake.SNAPSHOTS).iterdir() if p.name.startswith(".")] == []
    assert resource.getrlimit(resource.RLIMIT_FSIZE)  # (the limit was the child's alone)


@pytest.mark.skipif(
    sys.version_info >= (3, 14), reason="Python 3.14's fork server starts workers its own way (tasks/pool.py keeps it)"
)
def test_a_script_that_calls_the_flow_unguarded_runs_it_once(tmp_path: Path) -> None:
    """A user's script calling the flow at its top level, without `if __name__ == "__main__":`: the worker processes
    never run the caller's script again (multiprocessing would, for forkserver: each worker would start the flow and
    an embedded API server of its own). The run lands once, its script's lines printed once."""
    inp = tmp_path / "in"
    inp.mkdir()
    for f in sorted(SAMPLES.glob("*.txt"))[:2]:
        shutil.copy(f, inp / f.name)
    script = tmp_path / "unguarded.py"
    script.write_text(
        "from flows.gongkai import gongkai\n"
        "print('script started', flush=True)\n"
        f"summary = gongkai(input_dir={str(inp)!r}, lake_dir={str(tmp_path / 'lake')!r})\n"
        "print('landed', summary['landed'], flush=True)\n",
        "utf-8",
    )
    proc = subprocess.Popen(
        [sys.executable, str(script)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # what a failing run leaves behind (servers) is killed with its group
    )
    try:
        out, err = proc.communicate(timeout=300)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode == 0, err[-3000:]
    assert out.count("script started") == 1, out
    assert "landed 2" in out, out


# --- fuzzing: no exception, valid evidence, bounded time (Hypothesis' deadline) --------------------------------
REAL = [SEED, TEMPLATE, (CORPUS_RAW / "d20.txt").read_text("utf-8")]


def check_document(text: str) -> None:
    normalized, _ = normalize_text(text)
    _, rows, _ = extract_document("fuzz", normalized)
    for r in rows:
        assert normalized[r["evidence_start"] : r["evidence_end"]] == r["evidence"]
        assert r["value"] is None or abs(r["value"]) < 1e16


@settings(max_examples=60, deadline=20_000, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4000))
def test_random_bytes_decode_or_are_refused_with_a_reason(data: bytes) -> None:
    try:
        text = decode(data).text
    except UndecodableError as exc:
        assert exc.reason and str(exc)
        return
    check_document(text)


@settings(max_examples=40, deadline=20_000, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(REAL), st.data())
def test_mutated_reports_extract_with_valid_evidence(text: str, data) -> None:
    """Real reports with runs cut out, characters and digit runs inserted, lines shuffled: what a damaged scrape or
    a hostile file looks like."""
    for _ in range(data.draw(st.integers(1, 6))):
        at = data.draw(st.integers(0, len(text)))
        kind = data.draw(st.sampled_from(["cut", "digits", "chars", "dup"]))
        if kind == "cut":
            text = text[:at] + text[at + data.draw(st.integers(1, 400)) :]
        elif kind == "digits":
            text = (
                text[:at]
                + data.draw(st.sampled_from(["0", "1", "9", " ", "|"])) * data.draw(st.integers(1, 3000))
                + text[at:]
            )
        elif kind == "chars":
            text = text[:at] + data.draw(st.text(min_size=1, max_size=80)) + text[at:]
        else:
            text = text[:at] + text[at : at + 500] * data.draw(st.integers(2, 20)) + text[at:]
    check_document(text)
