"""The `gongkai` command line: a thin layer over the flow's parameters.

Exit codes (for schedulers): 0 the run completed (quarantined inputs are data, not failures); 1 the run failed (the
cause is in its Prefect logs); 2 the input folder or the lake cannot be used (nothing was done); 3 the lake is in use
by another run (nothing was done).
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

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

app = typer.Typer(
    help="gongkai: Open Government Information annual reports into a validated Parquet lake.",
    no_args_is_help=True,
    add_completion=False,
)

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "samples"
DEFAULT_LAKE = ROOT / "data" / "lake"

if TYPE_CHECKING:
    from rich.console import Console


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            typer.echo(f"gongkai {version('gongkai')}")
        except PackageNotFoundError:
            typer.echo("gongkai (not installed)")
        raise typer.Exit()


@app.callback()
def main(
    _version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version."),
) -> None:
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


def server_api_url() -> str | None:
    """The Prefect server's API address (environment or profile), or None for the embedded API."""
    from prefect.settings import PREFECT_API_URL

    return PREFECT_API_URL.value() or None


def start_embedded_api() -> threading.Thread:
    """Start Prefect's embedded (ephemeral) API now, in a thread: the same server the flow's client would start on
    its first call (one per process), which then finds it running."""

    def start() -> None:
        from prefect.server.api.server import SubprocessASGIServer

        with contextlib.suppress(Exception):  # the flow's client starts it again and raises the cause
            SubprocessASGIServer().start()

    thread = threading.Thread(target=start, name="embedded-api", daemon=True)
    thread.start()
    return thread


def run_url(run_id: str) -> str | None:
    """The flow run's page in the Prefect UI, when a server (not the embedded API) recorded it."""
    from prefect.settings import PREFECT_UI_URL

    if not server_api_url():
        return None
    ui = PREFECT_UI_URL.value()
    return f"{ui}/runs/flow-run/{run_id}" if ui else None


def print_summary(s: dict) -> None:
    typer.echo(
        f"files:        {s['files']} ({s['new']} new, {s['changed']} changed, {s['unchanged']} unchanged, "
        f"{s['duplicate']} duplicates)"
    )
    if not s["new"] and not s["changed"]:
        note = f" ({s['note']})" if s.get("note") else ""
        typer.echo(f"              nothing new: the lake was already up to date{note}")
    typer.echo(f"landed:       {s['landed']}")
    assets = s.get("page_assets") or 0
    of_pages = f" ({assets} of them saved pages' stylesheets, scripts, images or fonts, not read)" if assets else ""
    typer.echo(f"quarantined:  {s['quarantined']}{of_pages}")
    if s["gone_kept"] or s["pruned"]:
        typer.echo(f"gone:         {s['gone_kept']} kept in the lake, {s['pruned']} pruned")
    typer.echo(f"metrics:      {s['metrics']} values landed")
    typer.echo(f"findings:     {s['errors']} errors, {s['warnings']} warnings")
    typer.echo(f"lake:         {s['lake']} (snapshot {s['snapshot']})")
    if url := run_url(s["run_id"]):
        typer.echo(f"flow run:     {url}")


def with_dask(flow, address: str):
    """The flow with its tasks sent to an existing Dask cluster (prefect-dask, the `dask` extra)."""
    try:
        from prefect_dask import DaskTaskRunner
    except ImportError:
        fail("--runner dask needs prefect-dask: pip install 'gongkai[dask]'", EXIT_UNUSABLE)
    return flow.with_options(task_runner=DaskTaskRunner(address=address))


@app.command()
def run(
    input: Path = typer.Option(SAMPLES, "--input", "-i", help="Folder of report files (searched recursively)."),
    lake: Path = typer.Option(DEFAULT_LAKE, "--lake", "-l", help="Lake folder to write Parquet into."),
    batch_size: int = typer.Option(BATCH_SIZE, "--batch-size", min=1, help="Reports per task run."),
    full: bool = typer.Option(False, "--full", help="Process every file again, changed or not (after a rule change)."),
    prune: bool = typer.Option(False, "--prune", help="Drop the rows of files no longer in the input folder."),
    workers: int | None = typer.Option(
        None, "--workers", min=0, help="Worker processes (default: one per core; 0: none, no time budget)."
    ),
    doc_timeout: float = typer.Option(
        30.0, "--doc-timeout", min=1, help="Seconds one document may take in one stage before it is quarantined."
    ),
    max_file_mb: float = typer.Option(64, "--max-file-mb", min=1, help="Larger files are quarantined, not read."),
    runner: str = typer.Option("local", "--runner", help="local (worker processes on this machine) or dask."),
    address: str | None = typer.Option(
        None,
        "--address",
        help="The Dask scheduler, e.g. tcp://HOST:8786 (--runner "
        "dask): every worker must have gongkai installed, the input and lake on a "
        "path it sees, and PREFECT_API_URL set.",
    ),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Show each stage's log on the console."),
) -> None:
    """Bring the lake up to date with a folder of reports (embedded Prefect API unless PREFECT_API_URL is set)."""
    check_input(input)
    if runner not in ("local", "dask"):
        fail(f"unknown runner {runner!r}: use --runner local or --runner dask", EXIT_UNUSABLE)
    if runner == "dask" and not address:
        fail("--runner dask needs the scheduler's --address (tcp://HOST:8786)", EXIT_UNUSABLE)
    if verbose:
        os.environ["PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL"] = "INFO"
    from tasks.lake import LakeBusy, LakeError, check_writable

    try:
        check_writable(lake.resolve())
    except LakeError as exc:
        fail(str(exc), EXIT_UNUSABLE)
    from tasks.pool import warm_up

    if runner == "dask":
        workers = 0  # the cluster's workers do the work; no worker processes here
    if runner == "local" and not full and not server_api_url():
        from flows.uptodate import record_if_up_to_date

        try:
            summary = record_if_up_to_date(input.resolve(), lake.resolve(), prune, int(max_file_mb * 1e6))
        except LakeBusy as exc:
            fail(str(exc), EXIT_BUSY)
        except LakeError as exc:
            fail(str(exc), EXIT_UNUSABLE)
        if summary is not None:
            print_summary(summary)
            return
    # The embedded API's start (a server process: seconds) and Great Expectations' import overlap this process's
    # own imports and the workers' start instead of following them.
    api = start_embedded_api() if not server_api_url() else None
    if workers != 0:
        warm_up()  # the workers' imports overlap the Prefect API's start
    from tasks.validate import import_gx

    threading.Thread(target=import_gx, daemon=True).start()
    from flows.gongkai import gongkai
    from flows.progress import console_progress

    if runner == "dask":
        gongkai = with_dask(gongkai, address)
    if api is not None:
        api.join()  # started or failed; on failure the flow's own client starts it again and reports why

    try:
        with console_progress(tty=sys.stderr.isatty()):
            summary = gongkai(
                input_dir=str(input.resolve()),
                lake_dir=str(lake.resolve()),
                batch_size=batch_size,
                full=full,
                prune=prune,
                workers=workers,
                doc_timeout=doc_timeout,
                max_file_mb=max_file_mb,
            )
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


# Views over the lake (issue 17): thin commands over flows.views.
LAKE_OPTION = typer.Option(DEFAULT_LAKE, "--lake", "-l", help="Lake folder to read.")
DEBUG_OPTION = typer.Option(False, "--debug", help="Show the traceback when something fails.")


@contextlib.contextmanager
def _one_sentence_errors(debug: bool) -> Iterator[None]:
    """Turn failures into one line on stderr: exit 2 (EXIT_UNUSABLE) for what the user can fix, 1 otherwise;
    --debug re-raises."""
    from flows.views import ViewError

    try:
        yield
    except (typer.Exit, typer.Abort):
        raise
    except ViewError as exc:
        if debug:
            raise
        fail(str(exc), EXIT_UNUSABLE)
    except Exception as exc:
        if debug:
            raise
        fail(
            f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''} "
            "(run again with --debug for the traceback)",
            EXIT_FAILED,
        )


def _console() -> Console:
    from rich.console import Console

    # Piped or captured output is not a terminal: keep tables wide enough not to wrap numbers.
    return Console(width=None if sys.stdout.isatty() else 200, soft_wrap=False)


@app.command()
def status(
    lake: Path = LAKE_OPTION,
    as_json: bool = typer.Option(False, "--json", help="Print the status as JSON."),
    debug: bool = DEBUG_OPTION,
) -> None:
    """The lake at a glance: reports per year and province, eras, metric coverage, quarantine, warnings, runs."""
    with _one_sentence_errors(debug):
        from flows.views.status import as_json as status_json
        from flows.views.status import lake_status, render

        result = lake_status(lake)
        if as_json:
            typer.echo(json.dumps(status_json(result), ensure_ascii=False, indent=1, default=str))
        else:
            render(result, _console())


@app.command()
def query(
    sql: str = typer.Argument(..., help="SQL over the tables reports, metrics, documents, findings, quarantine, …"),
    lake: Path = LAKE_OPTION,
    csv: bool = typer.Option(False, "--csv", help="Print the result as CSV."),
    as_json: bool = typer.Option(False, "--json", help="Print the result as a JSON array of rows."),
    parquet: Path | None = typer.Option(None, "--parquet", help="Write the result to this Parquet file."),
    limit: int = typer.Option(50, "--limit", min=1, help="Rows shown in the terminal table."),
    debug: bool = DEBUG_OPTION,
) -> None:
    """Run DuckDB SQL over the lake's tables by name; print a table, or export with --csv/--json/--parquet."""
    with _one_sentence_errors(debug):
        from flows.views import ViewError
        from flows.views.query import run_query
        from flows.views.status import frame_table

        if csv + as_json + (parquet is not None) > 1:
            raise ViewError("choose one of --csv, --json and --parquet")
        result = run_query(lake, sql)
        if csv:
            typer.echo(result.write_csv(), nl=False)
        elif as_json:
            typer.echo(json.dumps(result.to_dicts(), ensure_ascii=False, default=str))
        elif parquet is not None:
            result.write_parquet(parquet)
            typer.echo(f"{result.height:,} rows written to {parquet}")
        else:
            console = _console()
            console.print(frame_table(result.head(limit), "", thousands=False))
            more = f" (first {limit} shown; --csv, --json or --parquet for all)" if result.height > limit else ""
            console.print(f"{result.height:,} rows{more}")


@app.command()
def compare(
    region: str = typer.Argument(..., help="The body: its region as the reports name it (e.g. 平潭综合实验区)."),
    lake: Path = LAKE_OPTION,
    province: str | None = typer.Option(None, "--province", help="Pick the body when provinces share the name."),
    show_all: bool = typer.Option(False, "--all", help="Show every table 三 cell, not only the totals."),
    copied: int = typer.Option(3, "--copied", min=0, help="Copied passages shown per report."),
    as_json: bool = typer.Option(False, "--json", help="Print the comparison as JSON."),
    html: Path | None = typer.Option(None, "--html", help="Also write the body's dashboard page to this file."),
    debug: bool = DEBUG_OPTION,
) -> None:
    """One body across years: each metric's series and changes, carry-over continuity, copied text."""
    with _one_sentence_errors(debug):
        from flows.views.compare import compare as compare_lake
        from flows.views.compare import render

        result = compare_lake(lake, region, province)
        if as_json:
            frames = {
                k: getattr(result, k).to_dicts()
                for k in ("reports", "series", "changes", "continuity", "copied", "copied_passages")
            }
            typer.echo(
                json.dumps({"body": result.body, "label": result.label, **frames}, ensure_ascii=False, default=str)
            )
        else:
            render(result, _console(), show_all=show_all, show_copied=copied)
        if html is not None:
            from flows.views.dashboard import write_body_page

            path = write_body_page(lake, result.body, html)
            typer.echo(f"page: {path}", err=as_json)


@app.command()
def report(
    lake: Path = LAKE_OPTION,
    out: Path = typer.Option(ROOT / "data" / "report", "--out", "-o", help="Folder to write index.html into."),
    open_browser: bool = typer.Option(False, "--open", help="Open the dashboard in the browser."),
    evidence: int = typer.Option(
        5, "--evidence-per-cell", min=1, help="Evidence rows embedded per province, year, era and figure."
    ),
    bodies: int = typer.Option(
        30, "--bodies", min=0, help="Bodies with several years given a page (most years first)."
    ),
    body: list[str] = typer.Option([], "--body", help="A body (region or body key) to give a page; repeatable."),
    debug: bool = DEBUG_OPTION,
) -> None:
    """Write a self-contained HTML dashboard of the lake (works offline) and print its path."""
    with _one_sentence_errors(debug):
        from flows.views.dashboard import write_dashboard

        path = write_dashboard(lake, out, evidence_per_cell=evidence, max_bodies=bodies, named_bodies=body)
        typer.echo(f"dashboard: {path} ({path.stat().st_size / 1e6:.1f} MB)")
        if open_browser:
            import webbrowser

            webbrowser.open(path.resolve().as_uri())


if __name__ == "__main__":
    app()
