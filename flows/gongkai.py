"""The gongkai flow: ingest → normalize → extract → validate → land, one task run per stage per batch."""

from __future__ import annotations

from pathlib import Path

import polars as pl
from prefect import flow, get_run_logger
from prefect.artifacts import create_link_artifact, create_table_artifact
from prefect.runtime import flow_run

from tasks.extract import extract
from tasks.ingest import ingest
from tasks.lake import UNKNOWN_YEAR, land
from tasks.normalize import normalize
from tasks.validate import validate

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "samples"
DEFAULT_LAKE = ROOT / "data" / "lake"


def with_year(df: pl.DataFrame, years: pl.DataFrame) -> pl.DataFrame:
    """Attach the report_year partition column (0 where the year is unknown)."""
    return df.join(years, on="doc_id", how="left").with_columns(
        pl.col("report_year").fill_null(UNKNOWN_YEAR).cast(pl.Int32))


@flow(name="gongkai", log_prints=False)
def gongkai(input_dir: str = str(SAMPLES), lake_dir: str = str(DEFAULT_LAKE)) -> dict:
    """Turn a folder of annual reports into the validated Parquet lake; return a run summary."""
    run_id = str(flow_run.get_id() or "local")
    raw, rejected = ingest(input_dir)
    documents = normalize(raw)
    reports, metrics, notes = extract(documents)
    checked = validate(reports, metrics, documents, notes, run_id, lake_dir)
    years = reports.select("doc_id", "report_year")
    tables = {
        "documents": with_year(documents, years),
        "reports": checked.reports,
        "metrics": with_year(checked.metrics, years),
        "quarantine": with_year(pl.concat([rejected.with_columns(pl.lit(run_id).alias("run_id")),
                                           checked.quarantine]), years),
        "findings": with_year(checked.findings, years),
    }
    doc_ids = [*documents["doc_id"].to_list(), *rejected["doc_id"].drop_nulls().to_list()]
    land(lake_dir, tables, doc_ids, run_id, runs={"validation_runs": checked.runs})
    summary = {
        "documents_in": raw.height + rejected.height,
        "landed": checked.reports.height,
        "quarantined_documents": rejected.height + (reports.height - checked.reports.height),
        "metrics_extracted": metrics.height,
        "metrics_landed": checked.metrics.height,
        "validation_errors": int((checked.findings["severity"] == "error").sum()),
        "validation_warnings": int((checked.findings["severity"] == "warning").sum()),
        "data_docs": checked.docs_index,
        "lake": str(Path(lake_dir).resolve()),
    }
    create_table_artifact(key="validation-summary", table=checked.summary or [{"suite": "-", "success": True}],
                          description="Great Expectations results of this run")
    if checked.docs_index:
        create_link_artifact(key="data-docs", link=Path(checked.docs_index).as_uri(), description="Data Docs")
    get_run_logger().info("run summary: %s", summary)
    return summary
