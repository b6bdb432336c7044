"""Scheduled serving: one long-lived process that runs the flow on a cron against a real Prefect server."""

from __future__ import annotations

import os

from prefect.deployments.runner import RunnerDeployment

from flows.gongkai import gongkai


class NoServerError(RuntimeError):
    """Serving needs a persistent Prefect API; the embedded one dies with the process."""


def build_deployment(input_dir: str, lake_dir: str, cron: str, name: str = "scheduled") -> RunnerDeployment:
    """The deployment `serve` runs: the flow with its folders as parameters, on a cron schedule."""
    return gongkai.to_deployment(name=name, cron=cron, parameters={"input_dir": input_dir, "lake_dir": lake_dir},
                                 description="gongkai on a schedule: new and changed reports land in the lake")


def serve(input_dir: str, lake_dir: str, cron: str, name: str = "scheduled") -> None:
    if not os.environ.get("PREFECT_API_URL"):
        from prefect.settings import PREFECT_API_URL

        if not PREFECT_API_URL.value():
            raise NoServerError(
                "serving needs a running Prefect server: start one with `prefect server start` and set "
                "PREFECT_API_URL=http://127.0.0.1:4200/api")
    from prefect import serve as prefect_serve

    prefect_serve(build_deployment(input_dir, lake_dir, cron, name))
