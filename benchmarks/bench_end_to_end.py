"""End to end: `gongkai run` on N generated reports against plain OpenCC t2s over the same files, wall time and
peak memory, and an unchanged re-run.

    python benchmarks/bench_end_to_end.py [--n 1000 10000 100000] [--workers W] [--touch K]
                                          [--workdir DIR] [--keep] [--no-save]

For each N (default 1000 and 10000): writes N report files (the bundled samples and the test corpus, copy i of
each made distinct by a line appended at its very end, so no content-hash dedup can help and the extractor reads
the same report; at most 1000 files a folder; not timed), then
- floor: reads every file, decodes it and converts it with opencc t2s, one call per document, in this process
  on one core (after a warm-up; the best of 3 rounds): what any pipeline over these files must at least spend;
- run: `python -m flows.cli run --input GEN --lake LAKE --verbose` as a subprocess, with the embedded Prefect
  API as users run it (no PREFECT_API_URL) and a fresh PREFECT_HOME per N: wall time and peak memory of the
  whole process tree (the CLI, its worker processes, the Prefect server subprocess), polled every 0.2 s as summed
  RSS (a page shared by forked workers counted once per process) and summed PSS (each shared page divided among
  the processes that map it: the tree's real memory); exits 1 unless the run exits 0 and landed + quarantined == N;
- unchanged re-run: the same command on the same input and lake (it must report 0 new, 0 changed);
- with --touch K: K files changed (a line appended), and a third run.
Prints a Markdown table and the time split of each run from the flow's log timestamps (start: imports and the
Prefect API; flow; exit), and writes benchmarks/results/end-to-end-YYYY-MM-DD-HHMM.{md,json} unless --no-save.
Descendants of the CLI still alive after it exits are reported as orphans and killed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import opencc
import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tasks.ingest import decode  # noqa: E402

PER_FOLDER = 1000
POLL_S = 0.2
FLOOR_ROUNDS = 3  # the floor is the best of these
GRACE_S = 10.0  # seconds a descendant may outlive the CLI before it counts as orphaned
GB = 1e9


def corpus() -> list[tuple[str, str]]:
    """(name, text) of every bundled sample and test-corpus report."""
    corpus_raw = ROOT / "tests" / "data" / "corpus" / "raw"
    files = sorted((ROOT / "data" / "samples").glob("*.txt")) + sorted(corpus_raw.glob("*.txt"))
    return [(p.stem, decode(p.read_bytes()).text) for p in files]


def generate(texts: list[tuple[str, str]], n: int, dest: Path) -> list[Path]:
    """Write N distinct report files under `dest`: copy i of text j, a line appended at its very end (years,
    numbers and everything the extractor reads are untouched), at most PER_FOLDER files a folder."""
    paths, digests = [], set()
    for k in range(n):
        i, j = divmod(k, len(texts))
        name, text = texts[j]
        path = dest / f"part-{k // PER_FOLDER:04d}" / f"{k:07d}_{name}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        data = (text + f"\n（副本编号 {i}）\n").encode("utf-8")
        path.write_bytes(data)
        digests.add(hashlib.sha256(data).digest())
        paths.append(path)
    assert len(digests) == n, "generated files are not distinct"
    return paths


def floor(paths: list[Path], rounds: int) -> list[float]:
    """Seconds to read, decode and t2s-convert every file, one call per document, in each of `rounds` rounds (after
    a warm-up); the best is the floor (this VM's speed drifts, and other work only ever adds time)."""
    t2s = opencc.OpenCC("t2s.json").convert
    for p in paths[:50]:
        t2s(p.read_bytes().decode("utf-8"))
    times = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        for p in paths:
            t2s(p.read_bytes().decode("utf-8"))
        times.append(time.perf_counter() - t0)
    return times


class TreeWatch:
    """Polls a process and its recursive children: peak summed RSS and PSS, peak process count, every process seen.
    PSS (proportional set size) charges a page shared by k processes 1/k to each, so its sum over the tree is the
    tree's real memory; summed RSS counts a shared page once per process that maps it."""

    def __init__(self, pid: int) -> None:
        self.root = psutil.Process(pid)
        self.peak_rss = 0
        self.peak_pss = 0
        self.peak_procs = 0
        self.seen: dict[int, tuple[float, str]] = {}  # pid -> (create_time, command line)
        self.cpu: dict[int, float] = {}  # pid -> user + system seconds at its last poll
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._thread.start()

    def _poll(self) -> None:
        try:
            procs = [self.root, *self.root.children(recursive=True)]
        except psutil.Error:
            return
        rss = pss = alive = 0
        for p in procs:
            try:
                mem = p.memory_full_info()
                rss += mem.rss
                pss += getattr(mem, "pss", mem.rss)
                cpu = p.cpu_times()
                self.cpu[p.pid] = cpu.user + cpu.system
                alive += 1
                if p.pid not in self.seen:
                    self.seen[p.pid] = (p.create_time(), " ".join(p.cmdline())[:200])
            except psutil.Error:
                pass
        self.peak_rss = max(self.peak_rss, rss)
        self.peak_pss = max(self.peak_pss, pss)
        self.peak_procs = max(self.peak_procs, alive)

    def _loop(self) -> None:
        while not self._stop.is_set():
            self._poll()
            self._stop.wait(POLL_S)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def orphans(self) -> list[str]:
        """The processes seen in the tree still alive GRACE_S after the root exited (killed); their command lines.
        Multiprocessing's forkserver and resource tracker exit on their own once they see their parent gone."""
        procs = []
        for pid, (created, _) in self.seen.items():
            try:
                p = psutil.Process(pid)
                if pid != self.root.pid and p.create_time() == created:  # else the pid was reused: not ours
                    procs.append(p)
            except psutil.Error:
                pass
        _, alive = psutil.wait_procs(procs, timeout=GRACE_S)
        for p in alive:
            try:
                p.terminate()
                p.wait(5)
            except psutil.TimeoutExpired:
                p.kill()
            except psutil.Error:
                pass
        return [f"{p.pid} {self.seen[p.pid][1]}" for p in alive]


SUMMARY = {
    "files": re.compile(
        r"^files:\s+(\d+) \((\d+) new, (\d+) changed, (\d+) unchanged, (\d+) duplicates\)", re.MULTILINE
    ),
    "landed": re.compile(r"^landed:\s+(\d+)", re.MULTILINE),
    "quarantined": re.compile(r"^quarantined:\s+(\d+)", re.MULTILINE),
}
LOG_LINE = re.compile(r"^(\d\d):(\d\d):(\d\d)\.(\d{3}) \| (\w+)\s+\| (.*)$", re.MULTILINE)
TASK_DONE = re.compile(r"Task run '([a-z_]+)-[0-9a-f]+' - Finished in state (\w+)")


def parse_summary(out: str) -> dict[str, int]:
    s: dict[str, int] = {}
    if m := SUMMARY["files"].search(out):
        s.update(zip(("files", "new", "changed", "unchanged", "duplicate"), map(int, m.groups()), strict=True))
    for key in ("landed", "quarantined"):
        if m := SUMMARY[key].search(out):
            s[key] = int(m.group(1))
    return s


def parse_log(err: str, launched: dt.datetime, wall: float) -> dict:
    """The run's time split from its console log's timestamps (local HH:MM:SS.mmm, after `launched`), the task
    runs finished per stage, and the log's warnings and errors. The stages' own messages carry counts, no
    seconds, and the stages overlap (batches are submitted ahead), so no per-stage time is derived."""
    start = launched.timestamp()

    def offset(m: re.Match) -> float:
        h, mi, s, ms = (int(g) for g in m.groups()[:4])
        t = launched.replace(hour=h, minute=mi, second=s, microsecond=ms * 1000).timestamp() - start
        return t + 86400 if t < -3600 else t  # past midnight

    api = begin = end = None
    tasks: dict[str, int] = {}
    problems = []
    for m in LOG_LINE.finditer(err):
        level, msg = m.group(5), m.group(6)
        if msg.startswith("prefect - Starting temporary server"):
            api = offset(m)
        elif msg.startswith("Flow run ") and "Beginning flow run" in msg:
            begin = offset(m)
        elif msg.startswith("Flow run ") and "Finished in state" in msg:
            end = offset(m)
        elif t := TASK_DONE.search(msg):
            tasks[t.group(1)] = tasks.get(t.group(1), 0) + 1
        if level in ("WARNING", "ERROR", "CRITICAL"):
            problems.append(f"{level} {msg[:200]}")
    split = {}
    if begin is not None and end is not None:
        split = {"start_s": begin, "flow_s": end - begin, "exit_s": wall - end}
        if api is not None:
            split |= {"to_api_s": api, "api_start_s": begin - api}
    return {"split": split, "task_runs": tasks, "log_problems": problems}


def run_cli(gen: Path, lake: Path, home: Path, logs: Path, label: str, workers: int | None) -> dict:
    """One `gongkai run` as a subprocess: wall time, peak RSS of its process tree, exit code, summary, log."""
    cmd = [sys.executable, "-m", "flows.cli", "run", "--input", str(gen), "--lake", str(lake), "--verbose"]
    if workers is not None:
        cmd += ["--workers", str(workers)]
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env |= {"PREFECT_HOME": str(home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    logs.mkdir(parents=True, exist_ok=True)
    out_path, err_path = logs / f"{label}.out", logs / f"{label}.err"
    with out_path.open("wb") as out, err_path.open("wb") as err:
        launched = dt.datetime.now()
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=out, stderr=err, stdin=subprocess.DEVNULL)
        watch = TreeWatch(proc.pid)
        rc = proc.wait()
        wall = time.perf_counter() - t0
        watch.stop()
    orphans = watch.orphans()
    stdout, stderr = out_path.read_text(errors="replace"), err_path.read_text(errors="replace")
    return {
        "label": label,
        "command": cmd,
        "rc": rc,
        "wall_s": wall,
        "peak_rss_bytes": watch.peak_rss,
        "peak_pss_bytes": watch.peak_pss,
        "peak_procs": watch.peak_procs,
        # CPU of every process seen in the tree, as of its last poll (up to POLL_S of each one's end is missed).
        "cpu_s": sum(watch.cpu.values()),
        "summary": parse_summary(stdout),
        "flow_run": "no flow run" not in stdout,
        "orphans": orphans,
        **parse_log(stderr, launched, wall),
        "_stdout": stdout,
        "_stderr": stderr,
    }


def check(run: dict, ok: bool, what: str, keep_dir: Path) -> None:
    """Exit 1 with the run's output tails when `ok` is false."""
    if ok:
        return
    print(f"\nFAILED: {run['label']} run: {what} (exit code {run['rc']}, summary {run['summary']})", file=sys.stderr)
    print("--- stdout (tail) ---\n" + "\n".join(run["_stdout"].splitlines()[-20:]), file=sys.stderr)
    print("--- stderr (tail) ---\n" + "\n".join(run["_stderr"].splitlines()[-40:]), file=sys.stderr)
    print(f"(work folder kept: {keep_dir})", file=sys.stderr)
    sys.exit(1)


def touch(paths: list[Path], k: int) -> None:
    """Change K files spread over the input: a line appended at the end."""
    for p in paths[:: max(1, len(paths) // k)][:k]:
        with p.open("ab") as f:
            f.write("\n（已修改）\n".encode())


def bench(n: int, texts: list[tuple[str, str]], work: Path, workers: int | None, k: int) -> dict:
    base = work / f"n{n}"
    gen, lake, home, logs = base / "input", base / "lake", base / "prefect-home", base / "logs"
    print(f"\nN={n:,}: generating …", flush=True)
    paths = generate(texts, n, gen)
    mb = sum(p.stat().st_size for p in paths) / 1e6
    print(f"N={n:,}: {mb:.1f} MB; floor (opencc t2s) …", flush=True)
    floor_rounds = floor(paths, FLOOR_ROUNDS)
    floor_s = min(floor_rounds)
    print(f"N={n:,}: floor {floor_s:.2f} s; first run …", flush=True)
    first = run_cli(gen, lake, home, logs, "first", workers)
    s = first["summary"]
    check(first, first["rc"] == 0, "non-zero exit", work)
    check(first, s.get("landed", -1) + s.get("quarantined", -1) == n, f"landed + quarantined != {n}", work)
    print(f"N={n:,}: run {first['wall_s']:.1f} s; unchanged re-run …", flush=True)
    again = run_cli(gen, lake, home, logs, "unchanged", workers)
    s = again["summary"]
    check(again, again["rc"] == 0, "non-zero exit", work)
    check(again, s.get("new") == 0 and s.get("changed") == 0, "the unchanged re-run did not say 0 new, 0 changed", work)
    runs = [first, again]
    if k:
        touch(paths, k)
        print(f"N={n:,}: re-run {again['wall_s']:.1f} s; {k} files changed, third run …", flush=True)
        touched = run_cli(gen, lake, home, logs, "touched", workers)
        check(touched, touched["rc"] == 0, "non-zero exit", work)
        if touched["summary"].get("changed") != k:
            print(f"note: the touched run saw {touched['summary'].get('changed')} changed files, not {k}")
        runs.append(touched)
    for r in runs:
        if r["orphans"]:
            print(f"WARNING: {r['label']} run left {len(r['orphans'])} processes running (killed): {r['orphans']}")
    return {
        "n": n,
        "input_mb": mb,
        "floor_s": floor_s,
        "floor_rounds_s": floor_rounds,
        "floor_reports_per_s": n / floor_s,
        "runs": {r["label"]: {key: v for key, v in r.items() if not key.startswith("_")} for r in runs},
    }


def short(n: int) -> str:
    return f"{n // 1000}k" if n % 1000 == 0 else str(n)


def split_cells(run: dict) -> str:
    """The start, flow and exit cells of a run's time split."""
    sp = run["split"]
    if not run["flow_run"]:
        return "no flow run | – | –"
    if not sp:
        return "? | ? | ?"
    start = f"{sp['start_s']:.1f}"
    if "api_start_s" in sp:
        start += f" ({sp['to_api_s']:.1f} + {sp['api_start_s']:.1f})"
    return f"{start} | {sp['flow_s']:.1f} | {sp['exit_s']:.1f}"


def render(results: list[dict], facts: dict) -> str:
    lines = [
        f"# gongkai end to end, {facts['date']}",
        "",
        f"{facts['cpu_count']} cores, {facts['memory_gb']:.1f} GB, {facts['platform']}, Python {facts['python']}, "
        f"gongkai {facts['commit']}{' (dirty tree)' if facts['dirty'] else ''}, "
        f"workers {facts['workers'] or 'default'}, load {facts['load_avg_1m']:.1f} at the start, "
        f"{facts['other_prefect_servers']} other Prefect servers running",
        "",
        "| N | floor s | floor reports/s | run s | reports/s | ratio | s per 1k reports | unchanged re-run s "
        "| peak RSS GB (first run) | peak PSS GB (first run) | peak RSS GB (re-run) |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        first, again = r["runs"]["first"], r["runs"]["unchanged"]
        run_s = first["wall_s"]
        lines.append(
            f"| {r['n']:,} | {r['floor_s']:.2f} | {r['floor_reports_per_s']:,.0f} | {run_s:.1f} "
            f"| {r['n'] / run_s:,.0f} | 1/{run_s / r['floor_s']:.0f} | {run_s / r['n'] * 1000:.2f} "
            f"| {again['wall_s']:.1f} | {first['peak_rss_bytes'] / GB:.2f} | {first['peak_pss_bytes'] / GB:.2f} "
            f"| {again['peak_rss_bytes'] / GB:.2f} |"
        )
    if len(results) >= 2:
        big, small = results[-1], results[-2]
        per = (big["runs"]["first"]["wall_s"] / big["n"]) / (small["runs"]["first"]["wall_s"] / small["n"])
        lines += ["", f"time per report at {short(big['n'])} is {per:.2f}× that at {short(small['n'])}"]
    lines += [
        "",
        "Time split from the log's timestamps. Start: imports and worker start-up up to the embedded Prefect API's "
        "start, plus the API's start up to the flow's first line. Exit: after the flow's last line. CPU s: the "
        "process tree's user + system time. Processes: the most alive at once.",
        "",
        "| N | run | s | start s | flow s | exit s | CPU s | processes | task runs | changed | landed | quarantined |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        for run in r["runs"].values():
            lines.append(
                f"| {r['n']:,} | {run['label']} | {run['wall_s']:.1f} | {split_cells(run)} | {run['cpu_s']:.0f} "
                f"| {run['peak_procs']} | {', '.join(f'{k} {v}' for k, v in run['task_runs'].items())} "
                f"| {run['summary'].get('changed', '?')} | {run['summary'].get('landed', '?')} "
                f"| {run['summary'].get('quarantined', '?')} |"
            )
    problems = [(r["n"], run["label"], p) for r in results for run in r["runs"].values() for p in run["log_problems"]]
    if problems:
        lines += ["", "Warnings and errors in the runs' logs:", ""]
        lines += [f"- N={n:,} {lab}: {p}" for n, lab, p in problems[:20]]
    return "\n".join(lines) + "\n"


def prefect_servers() -> list[int]:
    """Pids of Prefect API servers running on this machine (another run's, or a leftover one)."""
    pids = []
    for p in psutil.process_iter(["pid", "cmdline"]):
        cmd = " ".join(p.info["cmdline"] or [])
        if "prefect.server" in cmd or ("prefect" in cmd and " server start" in cmd):
            pids.append(p.info["pid"])
    return pids


def machine(workers: int | None) -> dict:
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True).stdout.strip()

    return {
        "date": dt.datetime.now().isoformat(timespec="seconds"),
        "cpu_count": os.cpu_count(),
        "memory_gb": psutil.virtual_memory().total / GB,
        "platform": platform.platform(),
        "python": platform.python_version(),
        "commit": git("rev-parse", "--short", "HEAD"),
        "dirty": bool(git("status", "--porcelain", "--untracked-files=no")),
        "workers": workers,
        "argv": sys.argv[1:],
        "load_avg_1m": os.getloadavg()[0],
        "other_prefect_servers": len(prefect_servers()),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, nargs="+", default=[1000, 10000], help="Report counts (default 1000 10000).")
    ap.add_argument("--workers", type=int, default=None, help="Passed to `gongkai run --workers` (default: its own).")
    ap.add_argument("--touch", type=int, default=0, metavar="K", help="Change K files and time a third run.")
    ap.add_argument("--workdir", type=Path, default=None, help="Where to write (default: a temp dir under /tmp).")
    ap.add_argument("--keep", action="store_true", help="Keep the generated files, lakes and logs.")
    ap.add_argument("--no-save", action="store_true", help="Do not write benchmarks/results/.")
    a = ap.parse_args()
    if a.workdir:
        a.workdir.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="bench-e2e-", dir=a.workdir))
    texts = corpus()
    facts = machine(a.workers)
    print(f"{len(texts)} texts; work folder {work}")
    if facts["other_prefect_servers"] or facts["load_avg_1m"] > 0.5:
        print(
            f"WARNING: the machine is not quiet (load {facts['load_avg_1m']:.1f}, "
            f"{facts['other_prefect_servers']} Prefect servers running): the timings will be noisy"
        )
    results = []
    for n in sorted(a.n):
        results.append(bench(n, texts, work, a.workers, min(a.touch, n)))
        if not a.keep:
            shutil.rmtree(work / f"n{n}", ignore_errors=True)
    report = render(results, facts)
    print("\n" + report)
    if not a.no_save:
        out = ROOT / "benchmarks" / "results" / f"end-to-end-{dt.datetime.now():%Y-%m-%d-%H%M}"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.with_suffix(".md").write_text(report)
        out.with_suffix(".json").write_text(json.dumps({"machine": facts, "results": results}, indent=1) + "\n")
        print(f"written: {out}.md, {out}.json")
    if a.keep:
        print(f"kept: {work}")
    else:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
