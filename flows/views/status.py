"""`gongkai status`: the lake at a glance, as small frames (aggregated by Polars) and a rich rendering."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import polars as pl
from rich.console import Console, Group
from rich.table import Table

from flows.views.series import SERIES, contributions
from flows.views.tables import UNKNOWN_PROVINCE, load, require_lake, with_body
from tasks.schemas import LEDGER_STATES
from tasks.vocabulary import FORMAT_ERAS

# The figures whose coverage `status` shows: the headline of each chart, not every channel.
KEY_SERIES: tuple[str, ...] = (
    "requests",
    "granted",
    "denied",
    "reconsiderations",
    "lawsuits",
    "proactive_total",
    "proactive_website",
)
LAST_RUNS = 5
TOP_WARNINGS = 15


def overview(reports: pl.DataFrame, metrics: pl.DataFrame | None) -> dict[str, int | str]:
    """Headline counts: reports, bodies, provinces, year span, metric rows."""
    bodies = with_body(reports)["body"]
    years = reports["report_year"].drop_nulls()
    years = years.filter(years > 0)
    return {
        "reports": reports.height,
        "bodies": bodies.drop_nulls().n_unique(),
        "provinces": reports["province"].drop_nulls().n_unique(),
        "first_year": int(years.min()) if years.len() else "",
        "last_year": int(years.max()) if years.len() else "",
        "metric_rows": 0 if metrics is None else metrics.height,
    }


def reports_by_year_province(reports: pl.DataFrame) -> pl.DataFrame:
    """Reports per province (rows) and year (columns), with a total column."""
    counts = reports.with_columns(
        pl.col("province").fill_null(UNKNOWN_PROVINCE), pl.col("report_year").cast(pl.String).fill_null("?")
    )
    counts = counts.group_by("province", "report_year").len()
    wide = counts.sort("report_year").pivot(on="report_year", index="province", values="len").fill_null(0)
    return wide.with_columns(pl.sum_horizontal(pl.exclude("province")).alias("total")).sort(
        ["total", "province"], descending=[True, False]
    )


def era_mix(reports: pl.DataFrame) -> pl.DataFrame:
    """Reports per format era and their share."""
    eras = pl.DataFrame({"format_era": [*FORMAT_ERAS, None]}, schema={"format_era": pl.String})
    counts = reports.group_by("format_era").len("reports")
    mix = eras.join(counts, on="format_era", how="left", nulls_equal=True).with_columns(pl.col("reports").fill_null(0))
    mix = mix.filter(pl.col("format_era").is_not_null() | (pl.col("reports") > 0))
    return mix.with_columns((pl.col("reports") / max(reports.height, 1)).alias("share"))


def metric_coverage(reports: pl.DataFrame, metrics: pl.DataFrame | None) -> pl.DataFrame:
    """For each key figure: reports stating it, per era and overall, and the overall share."""
    eras = [e for e in FORMAT_ERAS]
    per_era = reports.group_by("format_era").len("n").filter(pl.col("format_era").is_not_null())
    if metrics is None or metrics.height == 0:
        stated = pl.DataFrame(schema={"series": pl.String, "format_era": pl.String, "stated": pl.UInt32})
    else:
        keys = tuple(s for s in SERIES if s.key in KEY_SERIES)
        docs = contributions(metrics, keys).select("doc_id", "series").unique()
        stated = (
            docs.join(reports.select("doc_id", "format_era"), on="doc_id")
            .group_by("series", "format_era")
            .len("stated")
        )
    rows = []
    for key in KEY_SERIES:
        row: dict[str, object] = {"series": key}
        total = 0
        for era in eras:
            hit = stated.filter((pl.col("series") == key) & (pl.col("format_era") == era))["stated"].sum()
            n = per_era.filter(pl.col("format_era") == era)["n"].sum()
            row[era] = f"{hit}/{n}"
            total += hit
        row["reports"] = total
        row["share"] = total / max(reports.height, 1)
        rows.append(row)
    return pl.DataFrame(rows)


def quarantine_by_reason(quarantine: pl.DataFrame | None) -> pl.DataFrame:
    """Quarantined inputs and rows per stage and reason."""
    if quarantine is None or quarantine.height == 0:
        return pl.DataFrame(schema={"stage": pl.String, "reason": pl.String, "rows": pl.UInt32, "documents": pl.UInt32})
    return (
        quarantine.group_by("stage", "reason")
        .agg(pl.len().alias("rows"), pl.col("doc_id").n_unique().alias("documents"))
        .sort(["rows", "stage", "reason"], descending=[True, False, False])
    )


def warnings(findings: pl.DataFrame | None) -> pl.DataFrame:
    """Findings per severity and expectation, the most frequent first."""
    if findings is None or findings.height == 0:
        return pl.DataFrame(
            schema={"severity": pl.String, "expectation": pl.String, "findings": pl.UInt32, "documents": pl.UInt32}
        )
    return (
        findings.group_by("severity", "expectation")
        .agg(pl.len().alias("findings"), pl.col("doc_id").n_unique().alias("documents"))
        .sort(["findings", "severity", "expectation"], descending=[True, False, False])
    )


def last_runs(ledger: pl.DataFrame | None, limit: int = LAST_RUNS) -> pl.DataFrame | None:
    """The latest runs from the ledger: when, how many input files, how many in each state; None without a ledger."""
    if ledger is None or ledger.height == 0:
        return None
    states = ledger.group_by("run_id", "state").len().pivot(on="state", index="run_id", values="len").fill_null(0)
    order = [s for s in LEDGER_STATES if s in states.columns] + sorted(set(states.columns) - {"run_id", *LEDGER_STATES})
    runs = ledger.group_by("run_id").agg(pl.col("recorded_at").max(), pl.len().alias("files"))
    return runs.join(states.select("run_id", *order), on="run_id").sort("recorded_at", descending=True).head(limit)


def lake_status(lake: Path) -> dict[str, object]:
    """Every section of `gongkai status`, as values and frames."""
    reports = require_lake(lake)
    metrics = load(lake, "metrics")
    return {
        "lake": str(lake),
        "overview": overview(reports, metrics),
        "by_year_province": reports_by_year_province(reports),
        "eras": era_mix(reports),
        "coverage": metric_coverage(reports, metrics),
        "quarantine": quarantine_by_reason(load(lake, "quarantine")),
        "warnings": warnings(load(lake, "findings")).head(TOP_WARNINGS),
        "runs": last_runs(load(lake, "ledger")),
    }


def as_json(status: dict[str, object]) -> dict[str, object]:
    """The status with frames as lists of records (for --json)."""
    return {k: (v.to_dicts() if isinstance(v, pl.DataFrame) else v) for k, v in status.items()}


def frame_table(df: pl.DataFrame, title: str, percent: tuple[str, ...] = (), thousands: bool = True) -> Table:
    """A rich table of a small frame; numbers right-aligned, shares as percentages."""
    table = Table(title=title, title_justify="left", title_style="bold")
    for name, dtype in df.schema.items():
        table.add_column(name, justify="right" if dtype.is_numeric() else "left", no_wrap=name != "expectation")
    for row in df.iter_rows():
        cells = []
        for name, value in zip(df.columns, row, strict=True):
            if value is None:
                cells.append("—")
            elif isinstance(value, dt.datetime):
                cells.append(value.isoformat(sep=" ", timespec="seconds"))
            elif name in percent:
                cells.append(f"{value:.0%}")
            elif isinstance(value, float) and thousands:
                cells.append(f"{value:,.0f}" if value == int(value) else f"{value:,.2f}")
            elif isinstance(value, int) and thousands:
                cells.append(f"{value:,}")
            else:
                cells.append(str(value))
        table.add_row(*cells)
    return table


def render(status: dict[str, object], console: Console) -> None:
    """Print the status as rich tables."""
    o = status["overview"]
    span = f"{o['first_year']}–{o['last_year']}" if o["first_year"] != "" else "no known years"
    console.print(f"[bold]lake[/bold] {status['lake']}")
    console.print(
        f"{o['reports']:,} reports from {o['bodies']:,} bodies in {o['provinces']} provinces, {span}; "
        f"{o['metric_rows']:,} metric values"
    )
    parts = [
        frame_table(status["by_year_province"], "Reports per province and year"),
        frame_table(status["eras"], "Format eras", percent=("share",)),
        frame_table(status["coverage"], "Metric coverage (reports stating each figure, per era)", percent=("share",)),
    ]
    q = status["quarantine"]
    parts.append(frame_table(q, "Quarantined, by reason") if q.height else "[green]Nothing quarantined.[/green]")
    w = status["warnings"]
    parts.append(frame_table(w, "Validation findings") if w.height else "[green]No validation findings.[/green]")
    runs = status["runs"]
    parts.append(frame_table(runs, "Last runs") if runs is not None else "No run ledger in this lake yet.")
    console.print(Group(*parts))
