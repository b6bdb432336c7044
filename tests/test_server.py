"""Against a real `prefect server` (SQLite) on a free port: runs, task runs, logs and artifacts as the UI shows
them; `gongkai serve` registers its cron schedule, runs on it and stops cleanly on SIGINT and SIGTERM."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from conftest import SAMPLES

pytestmark = pytest.mark.server
BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(predicate, timeout: float, every: float = 1.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(every)
    return None


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """A real Prefect server on a free local port, stopped when the module's tests are done."""
    home = tmp_path_factory.mktemp("prefect-home")
    port = free_port()
    env = {
        **os.environ,
        "PREFECT_HOME": str(home),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS": "5",
        "PREFECT_API_URL": "",
    }
    log = open(home / "server.log", "w")  # noqa: SIM115 - open for the server's whole life
    proc = subprocess.Popen(
        [str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}/api"

    def healthy() -> bool:
        try:
            with urllib.request.urlopen(f"{url}/health", timeout=2) as r:
                return r.status == 200
        except OSError:
            return False

    if not wait_for(healthy, 180, 2):
        proc.kill()
        pytest.fail(f"prefect server did not start: {(home / 'server.log').read_text()[-2000:]}")
    # As a user runs it: the CLI's own logging defaults (the test session quiets Prefect's logging for itself).
    user = {k: v for k, v in env.items() if not k.startswith("PREFECT_LOGGING")}
    yield {"url": url, "env": {**user, "PREFECT_API_URL": url, "PREFECT_RUNNER_POLL_FREQUENCY": "2"}}
    os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
    log.close()


def api(url: str, coro_fn):
    from prefect.client.orchestration import get_client
    from prefect.settings import PREFECT_API_URL, temporary_settings

    async def go():
        async with get_client() as client:
            return await coro_fn(client)

    with temporary_settings(updates={PREFECT_API_URL: url}):
        return asyncio.run(go())


def test_a_run_against_the_server_records_tasks_logs_and_artifacts(server, tmp_path: Path) -> None:
    from prefect.client.schemas.filters import FlowRunFilter, LogFilter, LogFilterFlowRunId

    out = subprocess.run(
        [str(BIN / "gongkai"), "run", "--input", str(SAMPLES), "--lake", str(tmp_path / "lake")],
        env=server["env"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert out.returncode == 0, out.stderr[-3000:]
    link = next(line for line in out.stdout.splitlines() if line.startswith("flow run:"))
    run_id = link.rsplit("/", 1)[1]
    assert link.split()[-1].startswith(server["url"].removesuffix("/api"))

    run = api(server["url"], lambda c: c.read_flow_run(run_id))
    assert run.state.type.value == "COMPLETED"
    assert run.name.startswith("samples ")  # the input folder and the date
    from prefect.client.schemas.sorting import TaskRunSort

    tasks = api(
        server["url"],
        lambda c: c.read_task_runs(
            flow_run_filter=FlowRunFilter(id={"any_": [run_id]}), limit=200, sort=TaskRunSort.EXPECTED_START_TIME_ASC
        ),
    )
    names = sorted({t.name.rsplit("-", 1)[0] for t in tasks})
    assert {"inventory", "ingest", "normalize", "extract", "validate", "land"} <= set(names)
    assert len(tasks) <= 8  # one per stage per batch, never one per document
    logs = api(
        server["url"],
        lambda c: c.read_logs(log_filter=LogFilter(flow_run_id=LogFilterFlowRunId(any_=[run_id])), limit=200, offset=0),
    )
    text = "\n".join(entry.message for entry in logs)
    for stage in ("inventory:", "ingest:", "normalize:", "extract:", "validate:", "land:", "run summary"):
        assert stage in text, stage
    arts = post(
        server["url"],
        "/artifacts/filter",
        {"artifacts": {"flow_run_id": {"any_": [run_id]}}, "limit": 50, "offset": 0, "sort": "KEY_ASC"},
    )
    by_key = {a["key"]: a for a in arts}
    assert {"run-summary", "findings", "progress"} <= set(by_key)
    assert "| landed | 5 |" in by_key["run-summary"]["data"]
    assert by_key["progress"]["data"] == 100.0
    findings = json.loads(by_key["findings"]["data"])
    assert "run_id" not in findings[0]  # the findings table leads with what failed, not the run id
    assert findings[0]["source_file"] == "000_ee6de2f55f2ec1aa.txt" and "request_channel" in findings[0]["check"]


def test_serve_registers_its_cron_runs_on_it_and_stops_on_signals(server, tmp_path: Path) -> None:
    lake = tmp_path / "lake"
    for sig in (signal.SIGTERM, signal.SIGINT):
        proc = subprocess.Popen(
            [
                str(BIN / "gongkai"),
                "serve",
                "--input",
                str(SAMPLES),
                "--lake",
                str(lake),
                "--cron",
                "* * * * *",
                "--name",
                f"every-minute-{sig.name.lower()}",
            ],
            env=server["env"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        name = f"every-minute-{sig.name.lower()}"
        deployment = wait_for(lambda name=name: _deployment(server["url"], name), 120, 2)
        assert deployment is not None, "the deployment was not registered"
        assert [s.schedule.cron for s in deployment.schedules] == ["* * * * *"]
        if sig == signal.SIGTERM:  # one scheduled run is enough to show the schedule works
            done = wait_for(lambda d=deployment: _completed_run(server["url"], d.id), 240, 3)
            assert done is not None, "no scheduled run completed"
        proc.send_signal(sig)
        try:
            _, err = proc.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
            pytest.fail(f"gongkai serve did not stop on {sig.name}")
        assert proc.returncode == 0, err[-2000:]
        assert "never awaited" not in err and "Traceback" not in err
        assert "stopping" in err


def test_serve_stops_cleanly_on_a_signal_while_its_runner_starts(server, tmp_path: Path) -> None:
    """A stop asked for the moment serving is announced lands while the runner is still opening its connections."""
    for sig in (signal.SIGINT, signal.SIGTERM):
        name = f"nightly-{sig.name.lower()}"
        proc = subprocess.Popen(
            [
                BIN / "gongkai",
                "serve",
                "--input",
                SAMPLES,
                "--lake",
                tmp_path / "lake",
                "--cron",
                "0 3 * * *",
                "--name",
                name,
            ],
            env=server["env"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        seen = []
        for line in proc.stderr:
            seen.append(line)
            if line.startswith("serving deployment"):
                proc.send_signal(sig)
                break
        try:
            _, err = proc.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
            pytest.fail(f"gongkai serve did not stop on {sig.name} while starting")
        err = "".join(seen) + err
        assert proc.returncode == 0, err[-2000:]
        assert "Traceback" not in err and "stopping" in err


def post(url: str, path: str, body: dict):
    req = urllib.request.Request(
        url + path, data=json.dumps(body).encode(), method="POST", headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(req, timeout=30) as r:
        return json.loads(r.read())


def _deployment(url: str, name: str):
    async def read(client):
        try:
            return await client.read_deployment_by_name(f"gongkai/{name}")
        except Exception:
            return None

    return api(url, read)


def _completed_run(url: str, deployment_id):
    runs = post(
        url,
        "/flow_runs/filter",
        {
            "deployments": {"id": {"any_": [str(deployment_id)]}},
            "flow_runs": {"state": {"type": {"any_": ["COMPLETED"]}}},
            "limit": 10,
            "offset": 0,
            "sort": "ID_DESC",
        },
    )
    return runs[0] if runs else None


def test_the_same_run_on_a_dask_cluster_lands_the_same_lake(server, tmp_path: Path, monkeypatch) -> None:
    """`--runner dask --address` sends the stages to an existing cluster (here a local one the test starts, its
    workers reporting to the same server) and lands what a local run lands."""
    from distributed import LocalCluster

    from tasks.lake import read_table

    monkeypatch.setenv("PREFECT_API_URL", server["url"])  # the cluster's workers inherit it
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        runs = {}
        for runner in ("local", "dask"):
            lake = tmp_path / runner
            args = ["run", "--input", str(SAMPLES), "--lake", str(lake), "--batch-size", "2"]
            if runner == "dask":
                args += ["--runner", "dask", "--address", cluster.scheduler_address]
            out = subprocess.run(
                [str(BIN / "gongkai"), *args], env=server["env"], capture_output=True, text=True, timeout=900
            )
            assert out.returncode == 0, out.stderr[-3000:]
            runs[runner] = {
                t: read_table(lake, t).drop("run_id", strict=False).sort(read_table(lake, t).columns[:2])
                for t in ("reports", "metrics", "documents")
            }
        for t in ("reports", "metrics", "documents"):
            assert runs["dask"][t].equals(runs["local"][t]), t
