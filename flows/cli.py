"""The `gongkai` command line: a thin layer over the flow's parameters.

Exit codes (for schedulers): 0 the run completed (quarantined inputs are data, not failures); 1 the run failed (the
cause is in its Prefect logs); 2 the input folder or the lake cannot be used (nothing was done); 3 the lake is in use
by another run (nothing was done).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import typer

from flows import BATCH_SIZE

# Offline, quiet defaults for an embedded (ephemeral) Prefect API; the user's settings win. INFO logs reach the
# API (the UI's Logs tab); the console shows warnings only, unless --verbose.
for key, value in {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
    "PREFECT_LOGGING_LEVEL": "INFO",
    "PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL": "WARNING",
    "GX_ANALYTICS_ENABLED": "false",
}.items():
    os.environ.setdefault(key, value)

EXIT_FAILED, EXIT_UNUSABLE, EXIT_BUSY = 1, 2, 3

app = typer.Typer(help="gongkai: Open Government Information annual reports into a validated Parquet lake.",
                  no_args_is_help=True, add_completion=False)

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "samples"
DEFAULT_LAKE = ROOT / "data" / "lake"


@app.callback()
def main() -> None:
    """gongkai: Open Government Information annual reports into a validated Parquet lake."""


def fail(message: str, code: int) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def check_input(folder: Path) -> None:
    if not folder.exists():
        fail(f"the input folder {folder} does not exist: pass an existing folder with --input", EXIT_UNUSABLE)
    if not folder.is_dir():
        fail(f"the input path {folder} is a file, not a folder: pass the folder that holds it", EXIT_UNUSABLE)
    if not os.access(folder, os.R_OK | os.X_OK):
        fail(f"the input folder {folder} cannot be read: check its permissions", EXIT_UNUSABLE)


def run_url(run_id: str) -> str | None:
    """The flow run's page in the Prefect UI, when a server (not the embedded API) recorded it."""
    from prefect.settings import PREFECT_API_URL, PREFECT_UI_URL

    if not PREFECT_API_URL.value():
        return None
    ui = PREFECT_UI_URL.value()
    return f"{ui}/runs/flow-run/{run_id}" if ui else None


def print_summary(s: dict) -> None:
    typer.echo(f"files:        {s['files']} ({s['new']} new, {s['changed']} changed, {s['unchanged']} unchanged, "
               f"{s['duplicate']} duplicates)")
    if not s["new"] and not s["changed"]:
        typer.echo("              nothing new: the lake was already up to date")
    typer.echo(f"landed:       {s['landed']}")
    typer.echo(f"quarantined:  {s['quarantined']}")
    if s["gone_kept"] or s["pruned"]:
        typer.echo(f"gone:         {s['gone_kept']} kept in the lake, {s['pruned']} pruned")
    typer.echo(f"metrics:      {s['metrics']} values landed")
    typer.echo(f"findings:     {s['errors']} errors, {s['warnings']} warnings")
    typer.echo(f"lake:         {s['lake']} (snapshot {s['snapshot']})")
    if url := run_url(s["run_id"]):
        typer.echo(f"flow run:     {url}")


@app.command()
def run(
    input: Path = typer.Option(SAMPLES, "--input", "-i", help="Folder of report files (searched recursively)."),
    lake: Path = typer.Option(DEFAULT_LAKE, "--lake", "-l", help="Lake folder to write Parquet into."),
    batch_size: int = typer.Option(BATCH_SIZE, "--batch-size", min=1, help="Reports per task run."),
    full: bool = typer.Option(False, "--full", help="Process every file again, changed or not (after a rule change)."),
    prune: bool = typer.Option(False, "--prune", help="Drop the rows of files no longer in the input folder."),
    workers: int | None = typer.Option(None, "--workers", min=0,
                                       help="Worker processes (default: one per core; 0: none, no time budget)."),
    doc_timeout: float = typer.Option(30.0, "--doc-timeout", min=1,
                                      help="Seconds one document may take in one stage before it is quarantined."),
    max_file_mb: float = typer.Option(64, "--max-file-mb", min=1, help="Larger files are quarantined, not read."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Show each stage's log on the console."),
) -> None:
    """Bring the lake up to date with a folder of reports (embedded Prefect API unless PREFECT_API_URL is set)."""
    check_input(input)
    if verbose:
        os.environ["PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL"] = "INFO"
    from tasks.lake import LakeBusy, LakeError, check_writable

    try:
        check_writable(lake.resolve())
    except LakeError as exc:
        fail(str(exc), EXIT_UNUSABLE)
    from tasks.pool import warm_up

    if workers != 0:
        warm_up()  # the workers' imports overlap the Prefect API's start
    from flows.gongkai import gongkai
    from flows.progress import console_progress

    try:
        with console_progress(tty=sys.stderr.isatty()):
            summary = gongkai(input_dir=str(input.resolve()), lake_dir=str(lake.resolve()), batch_size=batch_size,
                              full=full, prune=prune, workers=workers, doc_timeout=doc_timeout,
                              max_file_mb=max_file_mb)
    except LakeBusy as exc:
        fail(str(exc), EXIT_BUSY)
    except LakeError as exc:
        fail(str(exc), EXIT_UNUSABLE)
    except Exception as exc:
        fail(f"the run failed: {exc} (the run's logs in Prefect have the details)", EXIT_FAILED)
    print_summary(summary)


@app.command()
def serve(
    input: Path = typer.Option(SAMPLES, "--input", "-i", help="Folder the schedule reads."),
    lake: Path = typer.Option(DEFAULT_LAKE, "--lake", "-l", help="Lake folder to write Parquet into."),
    cron: str = typer.Option("0 2 * * *", "--cron", help="When to run (cron, server time zone)."),
    name: str = typer.Option("scheduled", "--name", help="Deployment name shown in the Prefect UI."),
) -> None:
    """Serve the flow on a schedule against a running Prefect server (PREFECT_API_URL must be set)."""
    check_input(input)
    from flows.serve import NoServerError
    from flows.serve import serve as serve_flow

    try:
        serve_flow(str(input.resolve()), str(lake.resolve()), cron, name)
    except NoServerError as exc:
        fail(str(exc), EXIT_UNUSABLE)


if __name__ == "__main__":
    app()
