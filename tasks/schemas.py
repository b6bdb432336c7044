"""Polars schemas of every frame that moves between stages and every lake table."""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

# Output of ingest: one row per input file, decoded or not.
RAW = pl.Schema(
    {
        "doc_id": pl.String,
        "source_file": pl.String,
        "n_bytes": pl.Int64,
        "format": pl.String,  # text | html | pdf | docx …: how the file was read
        "encoding": pl.String,
        "bad_bytes": pl.Int64,  # bytes no encoding could read, replaced
        "raw_text": pl.String,
    }
)

HEADER = pl.List(pl.Struct({"field": pl.String, "value": pl.String}))


def header_of(fields: list[dict] | None) -> dict[str, str]:
    """A document's crawler header as a mapping of field to value."""
    return {f["field"]: f["value"] for f in fields or []}


# Output of normalize and the `documents` lake table (plus report_year added at landing).
DOCUMENTS = pl.Schema(
    {
        "doc_id": pl.String,
        "source_file": pl.String,
        "format": pl.String,
        "encoding": pl.String,
        "script": pl.String,
        "opencc_config": pl.String,
        "text": pl.String,
        "crawler_header": HEADER,  # the crawler's fields above the body (标题, 发布机构, 发布日期 …), when it left any
        "normalization_log": pl.String,  # JSON: steps fired and their change counts
    }
)

REPORTS = pl.Schema(
    {
        "doc_id": pl.String,
        "source_file": pl.String,
        "region": pl.String,
        "province": pl.String,
        "admin_level": pl.String,
        "body_id": pl.String,  # one body's reports across years and renamings (tasks/bodies.py)
        "report_year": pl.Int32,
        "publish_date": pl.Date,
        "issuer": pl.String,
        "contact_phone": pl.String,
        "contact_email": pl.String,
        "contact_postcode": pl.String,
        "contact_address": pl.String,
        "website": pl.String,
        "format_era": pl.String,
        "title": pl.String,
    }
)

METRICS = pl.Schema(
    {
        "doc_id": pl.String,
        "metric": pl.String,
        "value": pl.Float64,
        "unit": pl.String,
        "qualifier": pl.String,
        "evidence_start": pl.Int64,
        "evidence_end": pl.Int64,
        "evidence": pl.String,
        "note": pl.String,
    }
)

# Rows that could not become data: rejected inputs (stage ingest/normalize/extract) and rows that
# failed an error-severity expectation (stage validate).
QUARANTINE = pl.Schema(
    {
        "doc_id": pl.String,
        "source_file": pl.String,
        "stage": pl.String,
        "table": pl.String,
        "reason": pl.String,
        "detail": pl.String,
        "row": pl.String,  # the quarantined row as JSON, when there is one
        "run_id": pl.String,
    }
)

FINDINGS = pl.Schema(
    {
        "doc_id": pl.String,
        "table": pl.String,
        "expectation": pl.String,
        "severity": pl.String,
        "detail": pl.String,
        "run_id": pl.String,
    }
)

VALIDATION_RUNS = pl.Schema(
    {
        "run_id": pl.String,
        "suite": pl.String,
        "expectation": pl.String,
        "column": pl.String,
        "severity": pl.String,
        "success": pl.Boolean,
        "unexpected_count": pl.Int64,
        "doc_ids": pl.String,  # JSON list of documents with failing rows
    }
)


# One row per input file per run: what the run did with it.
LEDGER = pl.Schema(
    {
        "run_id": pl.String,
        "recorded_at": pl.Datetime("us", "UTC"),
        "source_file": pl.String,  # path relative to the input folder
        "size": pl.Int64,
        "doc_id": pl.String,
        "state": pl.String,  # landed | quarantined | unchanged | duplicate | pruned
        "reason": pl.String,
    }
)
LEDGER_STATES = ("landed", "quarantined", "unchanged", "duplicate", "pruned")

# The lake's memory of the input folder, one row per source file: what the next run compares against.
SOURCES = pl.Schema(
    {
        "source_file": pl.String,
        "size": pl.Int64,
        "mtime_ns": pl.Int64,
        "ctime_ns": pl.Int64,
        "doc_id": pl.String,
        "state": pl.String,  # landed | quarantined | duplicate
        "reason": pl.String,
        "run_id": pl.String,
    }
)


@dataclass
class Normalized:
    """What normalize hands on: the documents table of a batch and the documents it could not normalize."""

    documents: pl.DataFrame  # DOCUMENTS
    failed: pl.DataFrame  # QUARANTINE rows


@dataclass
class Extracted:
    """What extract hands on: identities, metric rows, notes, and the documents it could not read."""

    reports: pl.DataFrame  # REPORTS
    metrics: pl.DataFrame  # METRICS
    notes: pl.DataFrame  # tasks.notes.NOTES
    failed: pl.DataFrame  # QUARANTINE rows


def empty(schema: pl.Schema) -> pl.DataFrame:
    return pl.DataFrame(schema=schema)


def conform(df: pl.DataFrame, schema: pl.Schema) -> pl.DataFrame:
    """Return df with exactly the schema's columns, in order, cast to its types."""
    if df.width == 0:
        return empty(schema)
    cols = []
    for name, dtype in schema.items():
        if name in df.columns:
            cols.append(pl.col(name).cast(dtype))
        else:
            cols.append(pl.lit(None, dtype=dtype).alias(name))
    return df.select(cols)


@dataclass(frozen=True)
class Table:
    """A lake table: its schema (partition column included) and how its rows are kept."""

    name: str
    schema: pl.Schema
    partition: str  # the hive partition column
    keyed: bool  # rows belong to a document and are replaced with it; else appended run by run


def _with(schema: pl.Schema, **extra: pl.DataType) -> pl.Schema:
    return pl.Schema({**schema, **extra})


YEAR = pl.Int32  # report_year: 0 where the year is unknown (quarantine, findings of unreadable inputs)
TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        Table("documents", _with(DOCUMENTS, report_year=YEAR), "report_year", True),
        Table("reports", REPORTS, "report_year", True),
        Table("metrics", _with(METRICS, report_year=YEAR), "report_year", True),
        Table("findings", _with(FINDINGS, report_year=YEAR), "report_year", True),
        Table("quarantine", _with(QUARANTINE, report_year=YEAR), "report_year", True),
        Table("validation_runs", _with(VALIDATION_RUNS, run_date=pl.String), "run_date", False),
        Table("ledger", _with(LEDGER, run_date=pl.String), "run_date", False),
    )
}
