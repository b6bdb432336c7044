"""The gongkai flow: ingest → normalize → extract → validate → land, one task run per stage per batch."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import polars as pl
from prefect import flow, get_run_logger
from prefect.artifacts import create_link_artifact, create_table_artifact
from prefect.runtime import flow_run

from flows import BATCH_SIZE
from tasks.extract import extract
from tasks.ingest import discover, ingest
from tasks.lake import UNKNOWN_YEAR, land
from tasks.normalize import normalize
from tasks.validate import Validated, merge_summaries, validate

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "samples"
DEFAULT_LAKE = ROOT / "data" / "lake"


def batched(items: list[str], size: int) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i: i + size]


def with_year(df: pl.DataFrame, years: pl.DataFrame) -> pl.DataFrame:
    """Attach the report_year partition column (0 where the year is unknown)."""
    return df.join(years, on="doc_id", how="left").with_columns(
        pl.col("report_year").fill_null(UNKNOWN_YEAR).cast(pl.Int32))


def lake_tables(documents: pl.DataFrame, rejected: pl.DataFrame, reports: pl.DataFrame, checked: Validated,
                run_id: str) -> dict[str, pl.DataFrame]:
    """The batch's rows for every lake table, partitioned by report year."""
    years = reports.select("doc_id", "report_year")
    return {
        "documents": with_year(documents, years),
        "reports": checked.reports,
        "metrics": with_year(checked.metrics, years),
        "quarantine": with_year(pl.concat([rejected.with_columns(pl.lit(run_id).alias("run_id")),
                                           checked.quarantine]), years),
        "findings": with_year(checked.findings, years),
    }


def batch_summary(raw: pl.DataFrame, rejected: pl.DataFrame, reports: pl.DataFrame, metrics: pl.DataFrame,
                  checked: Validated) -> dict[str, int]:
    return {
        "documents_in": raw.height + rejected.height,
        "landed": checked.reports.height,
        "quarantined_documents": rejected.height + (reports.height - checked.reports.height),
        "metrics_extracted": metrics.height,
        "metrics_landed": checked.metrics.height,
        "validation_errors": int((checked.findings["severity"] == "error").sum()),
        "validation_warnings": int((checked.findings["severity"] == "warning").sum()),
    }


@flow(name="gongkai", log_prints=False)
def gongkai(input_dir: str = str(SAMPLES), lake_dir: str = str(DEFAULT_LAKE), batch_size: int = BATCH_SIZE) -> dict:
    """Turn a folder of annual reports into the validated Parquet lake; return a run summary."""
    run_id = str(flow_run.get_id() or "local")
    totals: dict = {}
    seen: dict[str, str] = {}
    results, docs_index = [], None
    for files in batched(discover(input_dir), batch_size):
        raw, rejected = ingest(input_dir, files, seen)
        seen.update(zip(raw["doc_id"].to_list(), raw["source_file"].to_list(), strict=True))
        documents = normalize(raw)
        reports, metrics, notes = extract(documents)
        checked = validate(reports, metrics, documents, notes, run_id, lake_dir)
        land(lake_dir, lake_tables(documents, rejected, reports, checked, run_id), documents["doc_id"].to_list(),
             run_id, runs={"validation_runs": checked.runs}, rejected_ids=rejected["doc_id"].drop_nulls().to_list())
        for key, n in batch_summary(raw, rejected, reports, metrics, checked).items():
            totals[key] = totals.get(key, 0) + n
        results.append(checked.summary)
        docs_index = checked.docs_index or docs_index
    summary = {**totals, "data_docs": docs_index, "lake": str(Path(lake_dir).resolve())}
    create_table_artifact(key="validation-summary", table=merge_summaries(results) or [{"suite": "-", "success": True}],
                          description="Great Expectations results of this run")
    if docs_index:
        create_link_artifact(key="data-docs", link=Path(docs_index).as_uri(), description="Data Docs")
    get_run_logger().info("run summary: %s", summary)
    return summary
