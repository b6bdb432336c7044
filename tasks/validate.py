"""Validate: build each check's frame from the batch (Polars), run the declared checks (Great Expectations), and
route the failures: errors keep rows out of the lake, warnings land them with a finding."""

from __future__ import annotations

import json
import logging
import os
import string
import warnings
from dataclasses import dataclass, field

import polars as pl
from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from expectations.suites import CHECKS, METRIC, REPORT, TEMPLATE, Check
from tasks.notes import NOTES, PROSE_CONFLICT, TABLE_INCONSISTENT
from tasks.schemas import FINDINGS, QUARANTINE, VALIDATION_RUNS, conform
from tasks.template.arithmetic import FLOW_ROWS, t3_rows
from tasks.vocabulary import CATALOG, GROUP_RELATION, PLAUSIBLE_MAX, T3_COLUMNS, T4_GROUPS, T4_RESULTS, members

os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
CONTINUITY_EXPECTATION = "expect_column_pair_values_to_be_equal(carried_over)"
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


def run_checks(name: str, frame: pl.DataFrame) -> list[tuple[Check, bool, list[int]]]:
    """Every check of a frame: (check, passed, the row ids of its failing rows)."""
    checks, suite, batch = _suite(name)
    pdf = frame.with_row_index("row_id").to_pandas()
    res = batch.get_batch(batch_parameters={"dataframe": pdf}).validate(
        suite, result_format={"result_format": "COMPLETE", "unexpected_index_column_names": ["row_id"]}
    )
    out = []
    for check, r in zip(checks, res.results, strict=True):
        ids = sorted({int(d["row_id"]) for d in (r.result.get("unexpected_index_list") or [])})
        out.append((check, bool(r.success), ids))
    return out


# --- the frames --------------------------------------------------------------------------------------
def metrics_frame(metrics: pl.DataFrame, documents: pl.DataFrame) -> pl.DataFrame:
    """The metric rows with what their checks read: sign, plausibility bound, text length, evidence at offsets."""
    texts = dict(zip(documents["doc_id"].to_list(), documents["text"].to_list(), strict=True))
    attrs = pl.DataFrame(
        {
            "metric": list(CATALOG),
            "signed": [m.signed for m in CATALOG.values()],
            "plausible_max": [PLAUSIBLE_MAX.get(m.unit) for m in CATALOG.values()],
        },
        schema_overrides={"plausible_max": pl.Float64},
    )
    matches = [
        s is not None and e is not None and texts.get(d, "")[s:e] == ev
        for d, s, e, ev in zip(
            metrics["doc_id"], metrics["evidence_start"], metrics["evidence_end"], metrics["evidence"], strict=True
        )
    ]
    return metrics.join(attrs, on="metric", how="left", maintain_order="left").with_columns(
        pl.when(pl.col("signed").fill_null(False)).then(None).otherwise(pl.col("value")).alias("unsigned_value"),
        pl.col("value").abs().alias("abs_value"),
        (pl.col("value").is_null() | (pl.col("unit") == "yuan") | (pl.col("value") == pl.col("value").round())).alias(
            "is_whole_number"
        ),
        pl.col("doc_id")
        .replace_strict({d: len(t) for d, t in texts.items()}, default=0, return_dtype=pl.Int64)
        .alias("text_length"),
        pl.Series("evidence_is_the_text", matches, dtype=pl.Boolean),
    )


def values_by_doc(metrics: pl.DataFrame, names: list[str], blank_is_zero: bool = False) -> pl.DataFrame:
    """One row per document, one column per metric it states (null where it does not)."""
    rows = metrics.filter(pl.col("metric").is_in(names))
    if blank_is_zero:  # a template cell printed blank counts as 0 in the template's arithmetic
        rows = rows.with_columns(pl.col("value").fill_null(0.0))
    else:
        rows = rows.filter(pl.col("value").is_not_null())
    wide = rows.pivot(on="metric", index="doc_id", values="value", aggregate_function="first")
    missing = [n for n in names if n not in wide.columns]
    return wide.with_columns(pl.lit(None, dtype=pl.Float64).alias(n) for n in missing)


def _notes(notes: pl.DataFrame, kind: str, name: str) -> pl.DataFrame:
    return (
        notes.filter(pl.col("kind") == kind)
        .group_by("doc_id", maintain_order=True)
        .agg(pl.col("detail").str.join("; ").alias(name))
    )


def group_columns(group: str, relation: str) -> list[pl.Expr]:
    """A group's parts as the columns its check reads: their sum (or largest) and how they add up, in words."""
    parts = members(group)
    listed = pl.concat_str(
        [pl.when(pl.col(c).is_not_null()).then(pl.format(f"{c} {{}}", pl.col(c).cast(pl.Int64))) for c in parts],
        separator=" + ",
        ignore_nulls=True,
    ).alias(f"{group}_parts")
    present = pl.sum_horizontal(pl.col(c).is_not_null() for c in parts)
    if relation == "each_at_most":
        return [
            pl.max_horizontal(parts).alias(f"{group}_max"),
            pl.concat_list(parts)
            .list.arg_max()
            .replace_strict(dict(enumerate(parts)), default=None)
            .alias(f"{group}_max_name"),
        ]
    # Parts add up to the total only when the report breaks it down into two or more of them.
    least = 2 if relation == "sum_equals" else 1
    return [pl.when(present >= least).then(pl.sum_horizontal(parts)).alias(f"{group}_sum"), listed]


def consistency_frame(reports: pl.DataFrame, metrics: pl.DataFrame, notes: pl.DataFrame) -> pl.DataFrame:
    """One row per report: each total beside its parts, the figures two sources state, and the contradictions
    extraction noted."""
    groups = [n for g in GROUP_RELATION for n in (*members(g), CATALOG[members(g)[0]].part_of)]
    same = [n for m in CATALOG.values() if m.same_as for n in (m.name, m.same_as)]
    wide = values_by_doc(metrics, list(dict.fromkeys([*groups, *same])))
    frame = wide.with_columns(e for g, rel in GROUP_RELATION.items() for e in group_columns(g, rel))
    out = reports.select("doc_id").join(frame, on="doc_id", how="left", maintain_order="left")
    for kind, name in ((PROSE_CONFLICT, "prose_conflicts"), (TABLE_INCONSISTENT, "table_inconsistencies")):
        out = out.join(_notes(notes, kind, name), on="doc_id", how="left", maintain_order="left")
    return out


def _template_docs(reports: pl.DataFrame, notes: pl.DataFrame) -> pl.DataFrame:
    """Template reports whose tables as printed satisfy their arithmetic (the others land as printed, flagged)."""
    printed_broken = notes.filter(pl.col("kind") == TABLE_INCONSISTENT)["doc_id"].unique()
    return reports.filter(
        pl.col("format_era").is_in(["template_2019", "template_2021"])
        & ~pl.col("doc_id").is_in(printed_broken.implode())
    ).select("doc_id", "format_era")


def _cells(metrics: pl.DataFrame, prefix: str, docs: pl.DataFrame) -> pl.DataFrame:
    """Table cells as (doc_id, row, col, value), a blank counted as 0."""
    parts = pl.col("metric").str.split(".")
    return (
        metrics.filter(pl.col("metric").str.starts_with(prefix))
        .join(docs, on="doc_id", how="semi")
        .select(
            "doc_id", parts.list.get(1).alias("row"), parts.list.get(2).alias("col"), pl.col("value").fill_null(0.0)
        )
    )


def _terms(names: list[str]) -> pl.Expr:
    return pl.concat_str([pl.col(n).cast(pl.Int64).cast(pl.String) for n in names], separator=" + ")


def template_frames(reports: pl.DataFrame, metrics: pl.DataFrame, notes: pl.DataFrame) -> dict[str, pl.DataFrame]:
    """The template's identities as long frames, each row one place an identity applies and all its cells read:
    table 三 rows, table 三 columns (flow and outcomes), table 四 groups."""
    docs = _template_docs(reports, notes)
    t3 = _cells(metrics, "t3.", docs)
    cols = list(T3_COLUMNS)
    rows = t3.pivot(on="col", index=["doc_id", "row"], values="value", aggregate_function="first").with_columns(
        pl.lit(None, dtype=pl.Float64).alias(c) for c in cols if c not in t3["col"].unique()
    )
    rows = rows.drop_nulls(cols).with_columns(
        (-pl.col("total")).alias("minus_total"),
        pl.format("{} != total {}", _terms(cols[:-1]), pl.col("total").cast(pl.Int64)).alias("cells"),
    )
    by_col = t3.pivot(on="row", index=["doc_id", "col"], values="value", aggregate_function="first")
    columns = []
    for era in ("template_2019", "template_2021"):
        outcome_rows = [r for r in t3_rows(era) if r not in FLOW_ROWS]
        need = [*FLOW_ROWS, *outcome_rows]
        era_docs = docs.filter(pl.col("format_era") == era).select("doc_id")
        part = by_col.join(era_docs, on="doc_id", how="semi").with_columns(
            pl.lit(None, dtype=pl.Float64).alias(r) for r in need if r not in by_col.columns
        )
        columns.append(
            part.drop_nulls(need).select(
                "doc_id",
                pl.col("col").alias("column"),
                "new_received",
                "carried_over",
                (-pl.col("outcomes_total")).alias("minus_outcomes_total"),
                (-pl.col("carried_forward")).alias("minus_carried_forward"),
                pl.sum_horizontal(outcome_rows).alias("outcomes_sum"),
                pl.format("{} + {} != {} + {}", *(pl.col(r).cast(pl.Int64) for r in FLOW_ROWS)).alias("flow"),
                pl.format(
                    "{} != {}", pl.sum_horizontal(outcome_rows).cast(pl.Int64), pl.col("outcomes_total").cast(pl.Int64)
                ).alias("outcomes"),
            )
        )
    t4 = _cells(metrics, "t4.", docs).rename({"row": "group"})
    groups = t4.pivot(on="col", index=["doc_id", "group"], values="value", aggregate_function="first").with_columns(
        pl.lit(None, dtype=pl.Float64).alias(c) for c in T4_RESULTS if c not in t4["col"].unique()
    )
    groups = (
        groups.drop_nulls(list(T4_RESULTS))
        .filter(pl.col("group").is_in(T4_GROUPS))
        .with_columns(
            (-pl.col("total")).alias("minus_total"),
            pl.format("{} != total {}", _terms(list(T4_RESULTS[:-1])), pl.col("total").cast(pl.Int64)).alias("cells"),
        )
    )
    return {"t3_rows": rows, "t3_columns": pl.concat(columns, how="vertical"), "t4_groups": groups}


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
CARRIED = ("t3.carried_over.total", "t3.carried_forward.total")


def continuity_frame(reports: pl.DataFrame, metrics: pl.DataFrame) -> pl.DataFrame:
    """One row per report of a body whose previous year's report is in the lake too: this year's 上年结转 beside
    last year's 结转下年度 (they must be equal). A body is its body_id, else its province and region."""
    carried = values_by_doc(metrics.filter(pl.col("metric").is_in(CARRIED)), list(CARRIED))
    body = pl.coalesce(
        pl.col("body_id") if "body_id" in reports.columns else pl.lit(None, dtype=pl.String),
        pl.concat_str([pl.col("province").fill_null("?"), pl.col("region")], separator="/"),
    )
    bodies = (
        reports.filter(pl.col("region").is_not_null() & pl.col("report_year").is_not_null())
        .select("doc_id", body.alias("body"), "report_year")
        .join(carried, on="doc_id", how="left")
    )
    last = bodies.select(
        "body",
        (pl.col("report_year") + 1).alias("report_year"),
        pl.col("t3.carried_forward.total").alias("last_carried_forward"),
        pl.col("doc_id").alias("last_doc_id"),
        pl.col("report_year").alias("last_year"),
    )
    return bodies.join(last, on=["body", "report_year"], how="inner").select(
        "doc_id",
        "body",
        "report_year",
        "last_doc_id",
        "last_year",
        pl.col("t3.carried_over.total").alias("carried_over"),
        "last_carried_forward",
    )


def continuity_findings(frame: pl.DataFrame, run_id: str) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Check each report's carry-over against last year's report of the same body; (findings, validation rows)."""
    runs, findings, _, _ = validate_frames({"continuity": frame}, run_id) if frame.height else ([], [], {}, {})
    return (
        conform(pl.DataFrame(findings, infer_schema_length=None), FINDINGS),
        conform(pl.DataFrame(runs), VALIDATION_RUNS),
    )


@task(name="validate", cache_policy=NO_CACHE)
def validate(
    reports: pl.DataFrame, metrics: pl.DataFrame, documents: pl.DataFrame, notes: pl.DataFrame, run_id: str
) -> Validated:
    out = validate_batch(reports, metrics, documents, notes, run_id)
    get_run_logger().info("validate: %d findings, %d quarantined", out.findings.height, out.quarantine.height)
    return out
