"""What a run tells its user: the summary it returns, and the artifacts the Prefect UI shows."""

from __future__ import annotations

from pathlib import Path

import polars as pl
from prefect.artifacts import create_markdown_artifact, create_table_artifact

from tasks import lake
from tasks.inventory import Inventory
from tasks.land import RunCounts
from tasks.validate import merge_summaries

MAX_ROWS = 500  # an artifact is a summary: the lake holds every row


def summarize(lake_dir: str, run_id: str, inv: Inventory, counts: RunCounts) -> dict:
    snap = lake.current(Path(lake_dir))
    files = counts.files
    return {
        "run_id": run_id,
        "files": inv.seen,
        "new": counts.new,
        "changed": counts.changed,
        "unchanged": files["unchanged"],
        "duplicate": files["duplicate"],
        "landed": files["landed"],
        "quarantined": files["quarantined"],
        # of them, the files a browser saved beside a page (its stylesheets, scripts, images): never read
        "page_assets": inv.unread.rejected.filter(pl.col("reason") == "page_asset").height,
        "gone_kept": counts.gone_kept,
        "pruned": files["pruned"],
        "metrics": counts.metrics,
        "warnings": counts.warnings,
        "errors": counts.errors,
        "lake": str(Path(lake_dir).resolve()),
        "snapshot": snap.version if snap else None,
    }


def problems(lake_dir: str, run_id: str) -> pl.DataFrame:
    """This run's quarantined inputs and rows, errors and warnings: document, source file, what and why."""
    snap = lake.current(Path(lake_dir))
    cols = {
        "severity": pl.String,
        "source_file": pl.String,
        "doc_id": pl.String,
        "check": pl.String,
        "detail": pl.String,
    }
    if snap is None:
        return pl.DataFrame(schema=cols)
    q = snap.scan("quarantine")
    f = snap.scan("findings")
    parts = []
    if q is not None:
        parts.append(
            q.filter(pl.col("run_id") == run_id).select(
                pl.lit("quarantined").alias("severity"),
                "source_file",
                "doc_id",
                pl.format("{}: {}", "stage", "reason").alias("check"),
                "detail",
            )
        )
    if f is not None:
        sources = snap.scan("reports").select("doc_id", "source_file")
        parts.append(
            f.filter(pl.col("run_id") == run_id)
            .join(sources, on="doc_id", how="left")
            .select("severity", "source_file", "doc_id", pl.col("expectation").alias("check"), "detail")
        )
    if not parts:
        return pl.DataFrame(schema=cols)
    order = {"quarantined": 0, "error": 1, "warning": 2}
    out = pl.concat([p.collect() for p in parts], how="vertical")
    return out.sort(pl.col("severity").replace_strict(order, default=3), "source_file")


def summary_markdown(summary: dict) -> str:
    rows = [
        ("files in the folder", summary["files"]),
        ("new", summary["new"]),
        ("changed", summary["changed"]),
        ("unchanged (not read again)", summary["unchanged"]),
        ("duplicates", summary["duplicate"]),
        ("landed", summary["landed"]),
        ("quarantined", summary["quarantined"]),
        ("gone from the folder, kept", summary["gone_kept"]),
        ("pruned", summary["pruned"]),
        ("metric values landed", summary["metrics"]),
        ("warnings", summary["warnings"]),
        ("errors", summary["errors"]),
    ]
    lines = [
        "# gongkai run",
        "",
        "| | |",
        "|---|---:|",
        *(f"| {k} | {v} |" for k, v in rows),
        "",
        f"Lake: `{summary['lake']}` (snapshot {summary['snapshot']})",
    ]
    return "\n".join(lines)


def validation_markdown(results: list[dict]) -> str:
    """Every expectation of the run with what it checks and how it went: readable in the UI, offline."""
    if not results:
        return "# Validation\n\nNo document was validated in this run (nothing new or changed)."
    lines = [
        "# Validation",
        "",
        "Great Expectations suites over this run's rows. *error*: failing rows are kept out "
        "of the lake (quarantine); *warning*: the rows land and a finding names the numbers.",
        "",
        "| suite | what is checked | expectation | severity | result | failing rows |",
        "|---|---|---|---|---|---:|",
    ]
    for r in sorted(results, key=lambda r: (r["success"], r["suite"])):
        check = f"`{r['expectation']}({r['column'] or ''})`"
        result = "passed" if r["success"] else "**failed**"
        lines.append(
            f"| {r['suite']} | {r.get('why', '')} | {check} | {r['severity']} | {result} | {r['unexpected_count']} |"
        )
    return "\n".join(lines)


def publish(lake_dir: str, run_id: str, inv: Inventory, counts: RunCounts) -> dict:
    """The run summary, and the artifacts of the run: the summary and the findings table, failures first."""
    summary = summarize(lake_dir, run_id, inv, counts)
    create_markdown_artifact(key="run-summary", markdown=summary_markdown(summary), description="What this run did")
    create_markdown_artifact(
        key="validation",
        markdown=validation_markdown(merge_summaries(counts.validation)),
        description="What the Great Expectations suites checked in this run",
    )
    found = problems(lake_dir, run_id)
    table = found.head(MAX_ROWS).with_columns(pl.col("doc_id").str.slice(0, 8)).to_dicts()
    create_table_artifact(
        key="findings",
        table=table or [{"severity": "-", "detail": "no findings in this run"}],
        description=f"Quarantined inputs, errors and warnings of this run ({found.height}; the "
        f"first {MAX_ROWS} shown, all of them in the lake)",
    )
    return summary
