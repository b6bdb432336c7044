"""Validate: build each check's frame from the batch (Polars), run the declared checks (Great Expectations), and
route the failures: errors keep rows out of the lake, warnings land them with a finding."""

from __future__ import annotations

import json
import logging
import os
import string
import threading
import warnings
from dataclasses import dataclass, field

import polars as pl
from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from expectations.suites import CHECKS, METRIC, REPORT, TEMPLATE, Check
from tasks.check_frames import consistency_frame, metrics_frame, template_frames
from tasks.notes import NOTES
from tasks.schemas import FINDINGS, QUARANTINE, VALIDATION_RUNS, Extracted, Normalized, conform
from tasks.vocabulary import CATALOG

os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
CONTINUITY_EXPECTATION = "expect_column_pair_values_to_be_equal(carried_over)"
BODY_YEAR_EXPECTATION = "expect_compound_columns_to_be_unique(body_year)"
ACROSS_REPORTS = (CONTINUITY_EXPECTATION, BODY_YEAR_EXPECTATION)  # findings the lake's closing checks rewrite
TABLE_CELLS = [m.name for m in CATALOG.values() if m.kind in ("t3", "t4")]  # what a misread table keeps out


@dataclass
class Validated:
    reports: pl.DataFrame
    metrics: pl.DataFrame
    quarantine: pl.DataFrame
    findings: pl.DataFrame
    runs: pl.DataFrame
    summary: list[dict] = field(default_factory=list)


# --- Great Expectations ----------------------------------------------------------------------------
def import_gx() -> None:
    """Import Great Expectations (seconds) — in a thread at the start of a run, while the workers read."""
    with warnings.catch_warnings():  # GX imports the deprecated sre_* modules
        warnings.simplefilter("ignore", DeprecationWarning)
        import great_expectations  # noqa: F401
    logging.getLogger("great_expectations").setLevel(logging.ERROR)


_GX: dict = {}  # one ephemeral context per process, with each frame's suite and batch definition made once
_GX_LOCK = threading.Lock()  # batches validated in two threads take turns with the one context


def _suite(name: str):
    import_gx()
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    if "ctx" not in _GX:
        _GX["ctx"] = gx.get_context(mode="ephemeral")  # in memory: nothing shared between runs or processes
        _GX["ctx"].variables.progress_bars = ProgressBarsConfig(globally=False)
        _GX["source"] = _GX["ctx"].data_sources.add_pandas("gongkai")
    if name not in _GX:
        checks = [c for c in CHECKS if c.frame == name]
        expectations = [_expectation(gx, c) for c in checks]
        suite = _GX["ctx"].suites.add(gx.ExpectationSuite(name=name, expectations=expectations))
        batch = _GX["source"].add_dataframe_asset(name).add_batch_definition_whole_dataframe("batch")
        _GX[name] = (checks, suite, batch)
    return _GX[name]


def _expectation(gx, check: Check):
    cls = getattr(gx.expectations, "".join(p.capitalize() for p in check.expectation.split("_")))
    return cls(**check.kwargs, meta={"severity": check.severity, "why": check.why, "removes": check.removes})


def _columns(check: Check) -> list[str]:
    k = check.kwargs
    return [k[n] for n in ("column", "column_A", "column_B") if n in k] + list(k.get("column_list", ()))


def run_checks(name: str, frame: pl.DataFrame) -> list[tuple[Check, bool, list[int]]]:
    """Every check of a frame: (check, passed, the row ids of its failing rows)."""
    with _GX_LOCK:
        checks, suite, batch = _suite(name)
        # Only the columns the suite reads go to pandas: the metric rows' evidence and notes would be copied for
        # nothing (the largest allocation of a run, measured with memray on 30,000 reports).
        read = sorted({c for check in checks for c in _columns(check)} & set(frame.columns))
        pdf = frame.select(read).with_row_index("row_id").to_pandas()
        res = batch.get_batch(batch_parameters={"dataframe": pdf}).validate(
            suite, result_format={"result_format": "COMPLETE", "unexpected_index_column_names": ["row_id"]}
        )
    # Great Expectations returns a suite's results grouped by domain (multicolumn, column pair, column), not in the
    # suite's order: each result is matched to its check by its expectation's id.
    by_id = {r.expectation_config.id: r for r in res.results}
    out = []
    for check, expectation in zip(checks, suite.expectations, strict=True):
        r = by_id[expectation.id]
        ids = sorted({int(d["row_id"]) for d in (r.result.get("unexpected_index_list") or [])})
        out.append((check, bool(r.success), ids))
    return out


# --- routing -------------------------------------------------------------------------------------------
class _Blank(string.Formatter):
    def format_field(self, value: object, spec: str) -> str:
        return "?" if value is None else super().format_field(value, spec)


def _detail(check: Check, row: dict) -> str:
    try:
        return _Blank().format(check.detail, **row) if check.detail else check.why
    except (KeyError, ValueError, TypeError):
        return check.why


def validate_frames(frames: dict[str, pl.DataFrame], run_id: str) -> tuple[list[dict], list[dict], dict, dict]:
    """Run every frame's checks: (validation rows, findings, {doc: why} of reports and template tables to keep out,
    {metric row id: why} of metric rows to keep out)."""
    runs, findings, keep_out, bad_metrics = [], [], {REPORT: {}, TEMPLATE: {}}, {}
    for name, frame in frames.items():
        if frame.height == 0:
            continue
        for check, ok, ids in run_checks(name, frame):
            failing = frame[ids] if ids else frame.clear()
            label = f"{check.expectation}({check.column})"
            runs.append(
                {
                    "run_id": run_id,
                    "suite": name,
                    "expectation": check.expectation,
                    "column": check.column,
                    "severity": check.severity,
                    "success": ok,
                    "unexpected_count": len(ids),
                    "why": check.why,
                    "doc_ids": json.dumps(sorted(set(failing["doc_id"].to_list()))),
                }
            )
            for rid, row in zip(ids, failing.iter_rows(named=True), strict=True):
                detail = f"{check.why}: {_detail(check, row)}" if check.removes == METRIC else _detail(check, row)
                findings.append(
                    {
                        "doc_id": row["doc_id"],
                        "table": name,
                        "expectation": label,
                        "severity": check.severity,
                        "detail": detail,
                        "run_id": run_id,
                    }
                )
                if check.removes == METRIC:
                    bad_metrics.setdefault(rid, label)
                elif check.removes in keep_out:
                    keep_out[check.removes].setdefault(row["doc_id"], f"{label}: {detail}")
    return runs, findings, keep_out, bad_metrics


def validate_batch(
    reports: pl.DataFrame, metrics: pl.DataFrame, documents: pl.DataFrame, notes: pl.DataFrame, run_id: str
) -> Validated:
    """Check a batch's rows; split them into the rows that land and the quarantined ones, with findings."""
    notes = notes if notes.height else pl.DataFrame(schema=NOTES)
    frames = {
        "reports": reports,
        "metrics": metrics_frame(metrics, documents),
        "consistency": consistency_frame(reports, metrics, notes),
        **template_frames(reports, metrics, notes),
    }
    runs, findings, keep_out, bad_metrics = validate_frames(frames, run_id)
    bad_docs, misread = keep_out[REPORT], keep_out[TEMPLATE]
    idx = metrics.with_row_index("row_id")
    template_rows = idx.filter(pl.col("doc_id").is_in(list(misread)) & pl.col("metric").is_in(TABLE_CELLS))
    for r in template_rows.select("row_id", "doc_id").iter_rows():
        bad_metrics.setdefault(r[0], misread[r[1]].split(":")[0])
    src = dict(zip(reports["doc_id"].to_list(), reports["source_file"].to_list(), strict=True))

    def quarantined(doc: str, table: str, reason: str, detail: str, row: dict) -> dict:
        return {
            "doc_id": doc,
            "source_file": src.get(doc),
            "stage": "validate",
            "table": table,
            "reason": reason,
            "detail": detail,
            "row": json.dumps(row, ensure_ascii=False, default=str),
            "run_id": run_id,
        }

    quarantine = [
        quarantined(d, "reports", why.split(":")[0], why, rep)
        for rep in reports.filter(pl.col("doc_id").is_in(list(bad_docs))).iter_rows(named=True)
        for d in [rep["doc_id"]]
        for why in [bad_docs[d]]
    ]
    gone = idx.filter(pl.col("row_id").is_in(list(bad_metrics)) | pl.col("doc_id").is_in(list(bad_docs)))
    for row in gone.iter_rows(named=True):
        rid = row.pop("row_id")
        reason = bad_metrics.get(rid) or "report quarantined"
        detail = f"{row['metric']} = {row['value']}" if rid in bad_metrics else bad_docs[row["doc_id"]]
        quarantine.append(quarantined(row["doc_id"], "metrics", reason, detail, row))
    return Validated(
        reports=reports.filter(~pl.col("doc_id").is_in(list(bad_docs))),
        metrics=idx.join(gone.select("row_id"), on="row_id", how="anti").drop("row_id"),
        quarantine=conform(pl.DataFrame(quarantine, infer_schema_length=None), QUARANTINE),
        findings=conform(pl.DataFrame(findings, infer_schema_length=None), FINDINGS),
        runs=conform(pl.DataFrame(runs), VALIDATION_RUNS),
        summary=[{k: v for k, v in r.items() if k != "doc_ids"} for r in runs],
    )


def merge_summaries(batches: list[list[dict]]) -> list[dict]:
    """One line per expectation over all batches of a run: passed only if it passed in every batch."""
    merged: dict[tuple, dict] = {}
    for summary in batches:
        for r in summary:
            key = (r["suite"], r["expectation"], r["column"], r["severity"])
            m = merged.setdefault(key, {**r, "success": True, "unexpected_count": 0})
            m["success"] = m["success"] and r["success"]
            m["unexpected_count"] += r["unexpected_count"]
    return list(merged.values())


# --- across years ----------------------------------------------------------------------------------------
def continuity_findings(
    frame: pl.DataFrame, run_id: str, body_years: pl.DataFrame | None = None
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Check each report's carry-over against last year's report of the same body, and (given `body_years`) that no
    other report of its body and year is in the lake; (findings, validation rows)."""
    frames = {"continuity": frame, "body_years": body_years if body_years is not None else pl.DataFrame()}
    runs, findings, _, _ = validate_frames({k: v for k, v in frames.items() if v.height}, run_id)
    return (
        conform(pl.DataFrame(findings, infer_schema_length=None), FINDINGS),
        conform(pl.DataFrame(runs), VALIDATION_RUNS),
    )


@task(name="validate", cache_policy=NO_CACHE)
def validate(extracted: Extracted, normalized: Normalized, run_id: str) -> Validated:
    """The batch's rows checked: what lands, what is quarantined, and the findings."""
    e = extracted
    out = validate_batch(e.reports, e.metrics, normalized.documents, e.notes, run_id)
    get_run_logger().info("validate: %d findings, %d quarantined", out.findings.height, out.quarantine.height)
    return out
