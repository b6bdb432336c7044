"""Scheduled serving: one long-lived process that runs the flow on a cron against a real Prefect server."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import warnings

from prefect.deployments.runner import RunnerDeployment

from flows.gongkai import gongkai


class NoServerError(RuntimeError):
    """Serving needs a persistent Prefect API; the embedded one dies with the process."""


def build_deployment(input_dir: str, lake_dir: str, cron: str, name: str = "scheduled") -> RunnerDeployment:
    """The deployment `serve` runs: the flow with its folders as parameters, on a cron schedule."""
    return gongkai.to_deployment(
        name=name,
        cron=cron,
        parameters={"input_dir": input_dir, "lake_dir": lake_dir},
        description="gongkai on a schedule: new and changed reports land in the lake",
    )


def require_server() -> None:
    if not os.environ.get("PREFECT_API_URL"):
        from prefect.settings import PREFECT_API_URL

        if not PREFECT_API_URL.value():
            raise NoServerError(
                "serving needs a running Prefect server: start one with `prefect server start` and set "
                "PREFECT_API_URL=http://127.0.0.1:4200/api"
            )


async def _serve(deployment: RunnerDeployment, name: str) -> None:
    from prefect.runner import Runner

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()

    def on_signals() -> None:
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)

    on_signals()  # a stop asked for while the deployment registers is honoured too
    runner = Runner(name=f"gongkai-{name}")
    await runner.aadd_deployment(deployment)
    if stop.is_set():
        print("stopping before the first poll: nothing ran", file=sys.stderr, flush=True)
        return
    started = asyncio.create_task(runner.start())
    await asyncio.sleep(0)  # the runner installs its own SIGTERM handler as it starts; ours replace it
    on_signals()
    print(
        f"serving deployment gongkai/{name} on cron {deployment.schedules[0].schedule.cron!r}; "
        "stop with Ctrl-C or SIGTERM",
        file=sys.stderr,
        flush=True,
    )
    waiter = asyncio.create_task(stop.wait())
    await asyncio.wait({started, waiter}, return_when=asyncio.FIRST_COMPLETED)
    if stop.is_set():
        print("stopping: no new runs start; the schedule is paused until served again", file=sys.stderr, flush=True)
        while not runner.started and not started.done():  # a stop asked for while the runner is still starting
            await asyncio.sleep(0.05)
        if runner.started:
            await runner.astop()
    waiter.cancel()
    await started


def serve(input_dir: str, lake_dir: str, cron: str, name: str = "scheduled") -> None:
    """Register the deployment and run its scheduled flow runs until SIGINT or SIGTERM."""
    require_server()
    # A stop that lands while the runner is opening a connection cancels anyio's connect attempt before it starts;
    # the coroutine is discarded on purpose, nothing is lost.
    warnings.filterwarnings("ignore", message="coroutine 'connect_tcp.<locals>.try_connect' was never awaited")
    asyncio.run(_serve(build_deployment(input_dir, lake_dir, cron, name), name))
