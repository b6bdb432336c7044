"""The `gongkai` command line: a thin layer over the flow's parameters."""

from __future__ import annotations

import os
from pathlib import Path

import typer

from flows import BATCH_SIZE

# Offline, quiet defaults for an embedded (ephemeral) Prefect API; the user's settings win.
for key, value in {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
    "PREFECT_LOGGING_LEVEL": "WARNING",
    "GX_ANALYTICS_ENABLED": "false",
}.items():
    os.environ.setdefault(key, value)

app = typer.Typer(help="gongkai: Open Government Information annual reports into a validated Parquet lake.",
                  no_args_is_help=True, add_completion=False)

ROOT = Path(__file__).resolve().parent.parent


@app.callback()
def main() -> None:
    """gongkai: Open Government Information annual reports into a validated Parquet lake."""


@app.command()
def run(
    input: Path = typer.Option(ROOT / "data" / "samples", "--input", "-i", help="Folder of raw report files.",
                               exists=True, file_okay=False),
    lake: Path = typer.Option(ROOT / "data" / "lake", "--lake", "-l", help="Lake folder to write Parquet into."),
    batch_size: int = typer.Option(BATCH_SIZE, "--batch-size", min=1, help="Reports per task run."),
) -> None:
    """Run the flow once on a folder of reports (embedded Prefect API unless PREFECT_API_URL is set)."""
    from flows.gongkai import gongkai

    summary = gongkai(input_dir=str(input.resolve()), lake_dir=str(lake.resolve()), batch_size=batch_size)
    typer.echo(f"documents in:        {summary['documents_in']}")
    typer.echo(f"landed:              {summary['landed']}")
    typer.echo(f"quarantined:         {summary['quarantined_documents']}")
    typer.echo(f"metrics extracted:   {summary['metrics_extracted']} ({summary['metrics_landed']} landed)")
    typer.echo(f"validation failures: {summary['validation_errors']} errors, {summary['validation_warnings']} warnings")
    typer.echo(f"lake:                {summary['lake']}")
    if summary.get("data_docs"):
        typer.echo(f"data docs:           {summary['data_docs']}")


@app.command()
def serve(
    input: Path = typer.Option(ROOT / "data" / "samples", "--input", "-i", help="Folder the schedule reads.",
                               exists=True, file_okay=False),
    lake: Path = typer.Option(ROOT / "data" / "lake", "--lake", "-l", help="Lake folder to write Parquet into."),
    cron: str = typer.Option("0 2 * * *", "--cron", help="When to run (cron, server time zone)."),
    name: str = typer.Option("scheduled", "--name", help="Deployment name shown in the Prefect UI."),
) -> None:
    """Serve the flow on a schedule against a running Prefect server (PREFECT_API_URL must be set)."""
    from flows.serve import NoServerError
    from flows.serve import serve as serve_flow

    try:
        serve_flow(str(input.resolve()), str(lake.resolve()), cron, name)
    except NoServerError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc


if __name__ == "__main__":
    app()
