"""Validate: run the Great Expectations suites, split rows into published and quarantined, record findings."""

from __future__ import annotations

import json
import logging
import os
import warnings
from dataclasses import dataclass, field

import polars as pl
from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from expectations.suites import SUITES
from tasks.schemas import FINDINGS, QUARANTINE, VALIDATION_RUNS, conform
from tasks.template.arithmetic import arithmetic_failures
from tasks.vocabulary import CATALOG, PLAUSIBLE_MAX

os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")

CHANNELS = ("requests_in_person", "requests_online", "requests_letter", "requests_fax", "requests_email")
OUTCOMES = (
    "outcome_already_public",
    "outcome_granted",
    "outcome_partial",
    "outcome_denied",
    "outcome_not_exist",
    "outcome_not_ours",
    "outcome_asked_to_amend",
    "outcome_other_channel",
)
PROACTIVE_CHANNELS = (
    "proactive_website",
    "proactive_gazette",
    "proactive_weibo",
    "proactive_wechat",
    "proactive_other",
)
PROSE_VS_TABLE = (("requests_total", "t3.new_received.total"), ("reconsiderations", "t4.reconsideration.total"))


@dataclass
class Validated:
    reports: pl.DataFrame
    metrics: pl.DataFrame
    quarantine: pl.DataFrame
    findings: pl.DataFrame
    runs: pl.DataFrame
    summary: list[dict] = field(default_factory=list)


def metric_checks(metrics: pl.DataFrame, documents: pl.DataFrame) -> pl.DataFrame:
    """The metric rows plus the per-row facts the metrics suite checks."""
    texts = dict(zip(documents["doc_id"].to_list(), documents["text"].to_list(), strict=True))
    units = {m: CATALOG[m].unit for m in CATALOG}
    rows = []
    for r in metrics.iter_rows(named=True):
        text = texts.get(r["doc_id"], "")
        s, e, v = r["evidence_start"], r["evidence_end"], r["value"]
        unit = units.get(r["metric"])
        inside = s is not None and e is not None and 0 <= s <= e <= len(text)
        rows.append(
            {
                "value_nonneg": 0.0 if v is None or r["metric"].endswith("_delta") else v,
                "whole_if_count": v is None or unit == "yuan" or float(v).is_integer(),
                "plausible": v is None or unit is None or abs(v) <= PLAUSIBLE_MAX[unit],
                "offsets_inside": inside,
                "evidence_matches": inside and text[s:e] == r["evidence"],
            }
        )
    return pl.concat(
        [
            metrics,
            pl.DataFrame(
                rows,
                schema={
                    "value_nonneg": pl.Float64,
                    "whole_if_count": pl.Boolean,
                    "plausible": pl.Boolean,
                    "offsets_inside": pl.Boolean,
                    "evidence_matches": pl.Boolean,
                },
            ),
        ],
        how="horizontal",
    )


def consistency_checks(reports: pl.DataFrame, metrics: pl.DataFrame, notes: dict[str, list[str]]) -> pl.DataFrame:
    """One row per report: whether its stated breakdowns add up, with the numbers named in `detail_*`."""
    by_doc: dict[str, dict[str, float]] = {}
    for r in metrics.filter(pl.col("value").is_not_null()).iter_rows(named=True):
        by_doc.setdefault(r["doc_id"], {})[r["metric"]] = r["value"]
    rows = []
    for rep in reports.iter_rows(named=True):
        m = by_doc.get(rep["doc_id"], {})
        row: dict = {"doc_id": rep["doc_id"]}
        total = m.get("requests_total")
        chans = {c: m[c] for c in CHANNELS if c in m}
        ok = not (total is not None and len(chans) >= 2 and sum(chans.values()) != total)
        row["channels_add_up"] = ok
        row["detail_channels_add_up"] = (
            f"request channels {' + '.join(f'{k[9:]} {int(v)}' for k, v in chans.items())} = "
            f"{int(sum(chans.values()))}, but requests_total is {int(total)}"
            if not ok
            else ""
        )
        outs = {c: m[c] for c in OUTCOMES if c in m}
        ok = not (total is not None and outs and sum(outs.values()) > total)
        row["outcomes_within_total"] = ok
        row["detail_outcomes_within_total"] = (
            f"outcomes sum to {int(sum(outs.values()))}, more than requests_total {int(total)}" if not ok else ""
        )
        pt = m.get("proactive_total")
        pch = {c: m[c] for c in PROACTIVE_CHANNELS if c in m}
        ok = not (pt is not None and pch and max(pch.values()) > pt)
        row["proactive_total_covers_channels"] = ok
        big = max(pch, key=pch.get) if pch else ""
        row["detail_proactive_total_covers_channels"] = (
            f"proactive_total {int(pt)} is smaller than {big} {int(pch[big])}" if not ok else ""
        )
        doc_notes = notes.get(rep["doc_id"], [])
        prose = [n.removeprefix("source inconsistency (prose): ") for n in doc_notes
                 if n.startswith("source inconsistency (prose)")]
        row["statements_agree"] = not prose
        row["detail_statements_agree"] = "; ".join(prose)
        incons = [n for n in doc_notes if n.startswith("source inconsistency") and "(prose)" not in n]
        row["template_arithmetic_holds"] = not incons
        row["detail_template_arithmetic_holds"] = "; ".join(incons)
        era = rep.get("format_era") or "narrative"
        misread = [] if incons or era == "narrative" else arithmetic_failures(m, era)
        row["template_read_consistent"] = not misread
        row["detail_template_read_consistent"] = "; ".join(misread)
        mism = [f"{a} {int(m[a])} vs {b} {int(m[b])}" for a, b in PROSE_VS_TABLE if a in m and b in m and m[a] != m[b]]
        row["tables_match_prose"] = not mism
        row["detail_tables_match_prose"] = "; ".join(mism)
        rows.append(row)
    return pl.DataFrame(rows) if rows else pl.DataFrame({"doc_id": []}, schema={"doc_id": pl.String})


def import_gx() -> None:
    """Import Great Expectations (seconds) — in a thread at the start of a run, while the workers read."""
    with warnings.catch_warnings():  # GX imports the deprecated sre_* modules
        warnings.simplefilter("ignore", DeprecationWarning)
        import great_expectations  # noqa: F401
    logging.getLogger("great_expectations").setLevel(logging.ERROR)


def run_suite(name: str, frame: pl.DataFrame) -> list[dict]:
    """Validate a frame with a suite; return one result per expectation with the failing row ids."""
    import_gx()
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    logging.getLogger("great_expectations").setLevel(logging.ERROR)
    ctx = gx.get_context(mode="ephemeral")  # per call: no project file shared between runs
    ctx.variables.progress_bars = ProgressBarsConfig(globally=False)
    spec = SUITES[name]()
    suite = gx.ExpectationSuite(name=name, expectations=[_expectation(e) for e in spec["expectations"]])
    suite = ctx.suites.add_or_update(suite)
    pdf = frame.with_row_index("row_id").to_pandas()
    source = ctx.data_sources.add_or_update_pandas(f"{name}_source")
    try:
        asset = source.get_asset(name)
    except LookupError:
        asset = source.add_dataframe_asset(name)
    try:
        batch_def = asset.get_batch_definition("all")
    except (KeyError, LookupError):
        batch_def = asset.add_batch_definition_whole_dataframe("all")
    vd = ctx.validation_definitions.add_or_update(
        gx.ValidationDefinition(name=f"{name}_validation", data=batch_def, suite=suite)
    )
    cp = ctx.checkpoints.add_or_update(
        gx.Checkpoint(
            name=f"{name}_checkpoint",
            validation_definitions=[vd],
            actions=[],
            result_format={"result_format": "COMPLETE", "unexpected_index_column_names": ["row_id"]},
        )
    )
    run = cp.run(batch_parameters={"dataframe": pdf})
    res = next(iter(run.run_results.values()))
    out = []
    for r, e in zip(res.results, spec["expectations"], strict=True):
        ids = sorted({int(d["row_id"]) for d in (r.result.get("unexpected_index_list") or [])})
        out.append(
            {
                "expectation": e["type"],
                "column": e["kwargs"].get("column") or e["kwargs"].get("column_A"),
                "severity": e["meta"]["severity"],
                "why": e["meta"]["why"],
                "success": bool(r.success),
                "row_ids": ids,
            }
        )
    return out


def _expectation(spec: dict):
    import great_expectations as gx

    cls_name = "".join(p.capitalize() for p in spec["type"].split("_"))
    cls = getattr(gx.expectations, cls_name)
    return cls(**spec["kwargs"], meta=spec["meta"])


def validate_batch(
    reports: pl.DataFrame,
    metrics: pl.DataFrame,
    documents: pl.DataFrame,
    notes: dict[str, list[str]],
    run_id: str,
) -> Validated:
    findings, quarantine, runs = [], [], []
    bad_docs: dict[str, str] = {}
    checked = {
        "reports": reports,
        "metrics": metric_checks(metrics, documents),
        "consistency": consistency_checks(reports, metrics, notes),
    }
    bad_metric_rows: dict[int, str] = {}
    misread_docs: dict[str, str] = {}  # a template table we misread: its rows go, the report stays
    for name, frame in checked.items():
        if frame.height == 0:
            continue
        for res in run_suite(name, frame):
            doc_ids = frame["doc_id"].gather(res["row_ids"]).to_list() if res["row_ids"] else []
            runs.append(
                {
                    "why": res["why"],
                    "run_id": run_id,
                    "suite": name,
                    "expectation": res["expectation"],
                    "column": res["column"],
                    "severity": res["severity"],
                    "success": res["success"],
                    "unexpected_count": len(res["row_ids"]),
                    "doc_ids": json.dumps(sorted(set(doc_ids))),
                }
            )
            for rid, doc in zip(res["row_ids"], doc_ids, strict=True):
                row = frame.row(rid, named=True)
                col = res["column"]
                if name == "consistency":
                    detail = row.get(f"detail_{col}") or res["why"]
                elif name == "metrics":
                    detail = f"{res['why']}: {row['metric']} = {row['value']} (evidence {row['evidence']!r})"
                else:
                    detail = f"{res['why']}: {col} = {row.get(col)!r}"
                findings.append(
                    {
                        "doc_id": doc,
                        "table": name,
                        "expectation": f"{res['expectation']}({col})",
                        "severity": res["severity"],
                        "detail": detail,
                        "run_id": run_id,
                    }
                )
                if res["severity"] == "error":
                    if name == "metrics":
                        bad_metric_rows.setdefault(rid, f"{res['expectation']}({col})")
                    elif col == "template_read_consistent":
                        misread_docs.setdefault(doc, f"{res['expectation']}({col}): {detail}")
                    else:
                        bad_docs.setdefault(doc, f"{res['expectation']}({col}): {detail}")
    # Quarantine: whole reports that failed an identity check, single metric rows that failed.
    src = dict(zip(reports["doc_id"].to_list(), reports["source_file"].to_list(), strict=True))

    def quarantined(doc: str, table: str, reason: str, detail: str, row: dict) -> dict:
        return {"doc_id": doc, "source_file": src.get(doc), "stage": "validate", "table": table, "reason": reason,
                "detail": detail, "row": json.dumps({k: v for k, v in row.items() if k != "row_id"},
                                                    ensure_ascii=False, default=str), "run_id": run_id}

    for doc, reason in bad_docs.items():
        rep = reports.filter(pl.col("doc_id") == doc).to_dicts()[0]
        quarantine.append(quarantined(doc, "reports", reason.split(":")[0], reason, rep))
    metrics_idx = metrics.with_row_index("row_id")
    for r in metrics_idx.filter(pl.col("doc_id").is_in(list(misread_docs))
                                & pl.col("metric").str.contains(r"^t[34]\.")).iter_rows(named=True):
        bad_metric_rows.setdefault(r["row_id"], misread_docs[r["doc_id"]].split(":")[0])
    for rid, reason in bad_metric_rows.items():
        row = metrics_idx.row(rid, named=True)
        quarantine.append(quarantined(row["doc_id"], "metrics", reason, f"{row['metric']} = {row['value']}", row))
    keep_metrics = metrics_idx.filter(
        ~pl.col("row_id").is_in(list(bad_metric_rows)) & ~pl.col("doc_id").is_in(list(bad_docs))
    ).drop("row_id")
    for r in metrics_idx.filter(
        pl.col("doc_id").is_in(list(bad_docs)) & ~pl.col("row_id").is_in(list(bad_metric_rows))
    ).iter_rows(named=True):
        quarantine.append(quarantined(r["doc_id"], "metrics", "report quarantined", bad_docs[r["doc_id"]], r))
    return Validated(
        reports=reports.filter(~pl.col("doc_id").is_in(list(bad_docs))),
        metrics=keep_metrics,
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


CARRIED = ("t3.carried_over.total", "t3.carried_forward.total")


def continuity_frame(reports: pl.DataFrame, metrics: pl.DataFrame) -> pl.DataFrame:
    """One row per report of a body whose previous year's report is in the lake too: this year's 上年结转 beside
    last year's 结转下年度 (they must be equal)."""
    carried = (metrics.filter(pl.col("metric").is_in(CARRIED) & pl.col("value").is_not_null())
               .pivot(on="metric", index="doc_id", values="value", aggregate_function="first"))
    for name in CARRIED:
        if name not in carried.columns:
            carried = carried.with_columns(pl.lit(None, dtype=pl.Float64).alias(name))
    bodies = (reports.filter(pl.col("region").is_not_null() & pl.col("report_year").is_not_null())
              .select("doc_id", "province", "region", "report_year").join(carried, on="doc_id", how="left"))
    last = bodies.select("province", "region", (pl.col("report_year") + 1).alias("report_year"),
                         pl.col("t3.carried_forward.total").alias("last_carried_forward"),
                         pl.col("doc_id").alias("last_doc_id"))
    return (bodies.join(last, on=["province", "region", "report_year"], how="inner", nulls_equal=True)
            .select("doc_id", "province", "region", "report_year", "last_doc_id",
                    pl.col("t3.carried_over.total").alias("carried_over"), "last_carried_forward"))


def continuity_findings(frame: pl.DataFrame, run_id: str) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Check each report's carry-over against last year's report of the same body; (findings, validation rows)."""
    findings, runs = [], []
    if frame.height:
        for res in run_suite("continuity", frame):
            bad = frame[res["row_ids"]] if res["row_ids"] else frame.clear()
            runs.append({"run_id": run_id, "suite": "continuity", "expectation": res["expectation"],
                         "column": res["column"], "severity": res["severity"], "success": res["success"],
                         "unexpected_count": len(res["row_ids"]), "doc_ids": json.dumps(sorted(bad["doc_id"]))})
            for r in bad.iter_rows(named=True):
                findings.append({
                    "doc_id": r["doc_id"], "table": "continuity", "expectation": CONTINUITY_EXPECTATION,
                    "severity": res["severity"], "run_id": run_id,
                    "detail": f"{r['report_year'] - 1} carried_forward {r['last_carried_forward']:g} but "
                              f"{r['report_year']} carried_over {r['carried_over']:g}"})
    return (conform(pl.DataFrame(findings, infer_schema_length=None), FINDINGS),
            conform(pl.DataFrame(runs), VALIDATION_RUNS))


CONTINUITY_EXPECTATION = "expect_column_pair_values_to_be_equal(carried_over, last_carried_forward)"


@task(name="validate", cache_policy=NO_CACHE)
def validate(reports: pl.DataFrame, metrics: pl.DataFrame, documents: pl.DataFrame, notes: dict[str, list[str]],
             run_id: str) -> Validated:
    out = validate_batch(reports, metrics, documents, notes, run_id)
    get_run_logger().info("validate: %d findings, %d quarantined", out.findings.height, out.quarantine.height)
    return out
