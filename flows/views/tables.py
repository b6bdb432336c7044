"""Read the lake's tables for the views: through `tasks.lake.read_table` only, absent tables as None."""

from __future__ import annotations

import re
from pathlib import Path

import polars as pl

from flows.views import ViewError
from tasks.lake import read_table

TABLES: tuple[str, ...] = (
    "reports",
    "metrics",
    "documents",
    "findings",
    "quarantine",
    "validation_runs",
    "ledger",
)
UNKNOWN_PROVINCE = "(unknown)"


def require_lake(lake: Path) -> pl.DataFrame:
    """The lake's reports; ViewError unless the folder holds a lake with a reports table."""
    if not lake.is_dir():
        raise ViewError(f"no lake at {lake}: run `gongkai run` first (or pass --lake DIR)")
    reports = read_table(lake, "reports")
    if reports is None:
        raise ViewError(f"no reports in the lake at {lake}: run `gongkai run` first (or pass --lake DIR)")
    return reports


def load(lake: Path, table: str) -> pl.DataFrame | None:
    """The current snapshot of a table, None when the lake has none."""
    return read_table(lake, table)


def tables_in(sql: str) -> list[str]:
    """The lake tables a SQL text names (a word match: loading one table too many costs only time)."""
    return [t for t in TABLES if re.search(rf"\b{t}\b", sql, flags=re.IGNORECASE)]


def with_body(reports: pl.DataFrame) -> pl.DataFrame:
    """Add `body` (the reporting body's key) and `body_label`: body_id when the lake has it, else province/region.

    A report that names no region has no body: it cannot be compared across years.
    """
    fallback = pl.when(pl.col("region").is_not_null()).then(
        pl.concat_str([pl.col("province").fill_null(UNKNOWN_PROVINCE), pl.col("region")], separator="/")
    )
    body = pl.coalesce(pl.col("body_id"), fallback) if "body_id" in reports.columns else fallback
    label = pl.when(pl.col("region").is_not_null()).then(
        pl.concat_str([pl.col("region"), pl.lit(" ("), pl.col("province").fill_null(UNKNOWN_PROVINCE), pl.lit(")")])
    )
    return reports.with_columns(body.alias("body"), label.alias("body_label"))
