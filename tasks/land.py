"""Land: turn a batch's outcome into one lake commit, and close the run with the files it did not read."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl
from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from expectations.suites import CHECKS
from tasks import lake
from tasks.check_frames import CARRIED, body_of, body_years_frame, continuity_frame
from tasks.ingest import Intake, ledger_row, state_frame
from tasks.schemas import LEDGER, METRICS, QUARANTINE, TABLES, Extracted, Normalized, conform
from tasks.sources import Entry, Triage
from tasks.validate import ACROSS_REPORTS, Validated, continuity_findings


@dataclass
class RunCounts:
    """What a run did, file by file and row by row; the run summary."""

    files: Counter = field(default_factory=Counter)  # ledger states
    new: int = 0
    changed: int = 0
    gone_kept: int = 0
    metrics: int = 0
    warnings: int = 0
    errors: int = 0
    landed_docs: set[str] = field(default_factory=set)
    validation: list[list[dict]] = field(default_factory=list)  # each batch's expectation results

    def add_ledger(self, rows: list[dict]) -> None:
        self.files.update(r["state"] for r in rows)


def _table_rows(
    name: str, df: pl.DataFrame, years: pl.DataFrame | None = None, run_date: str | None = None
) -> pl.DataFrame:
    """The rows in the table's exact schema, with the partition column filled in."""
    spec = TABLES[name]
    if spec.partition == "report_year":
        if "report_year" not in df.columns:
            df = (
                df.join(years, on="doc_id", how="left")
                if years is not None
                else df.with_columns(pl.lit(None, dtype=pl.Int32).alias("report_year"))
            )
        # a report that never says its year lands in the unknown year's partition (readers see null again)
        df = df.with_columns(pl.col("report_year").fill_null(lake.UNKNOWN_YEAR).cast(pl.Int32))
    if spec.partition == "run_date":
        df = df.with_columns(pl.lit(run_date).alias("run_date"))
    return df.select(spec.schema.names())


def batch_change(
    intake: Intake, normalized: Normalized, extracted: Extracted, checked: Validated, run_id: str, counts: RunCounts
) -> lake.Change:
    """One commit for the batch: every table's rows of the batch's documents, the ledger rows of its files, and
    the lake's new memory of them. A document whose report is quarantined lands no rows but its quarantine rows."""
    run_date = dt.date.today().isoformat()
    landed = set(checked.reports["doc_id"].to_list())
    years = checked.reports.select("doc_id", "report_year")
    documents = normalized.documents
    quarantine = pl.concat([intake.rejected, normalized.failed, extracted.failed, checked.quarantine], how="vertical")
    reason = {}
    for r in quarantine.iter_rows(named=True):
        reason.setdefault(r["doc_id"], r["reason"])
    ledger, state = list(intake.ledger), dict(intake.state)
    for source, row in intake.state.items():
        if row["state"] is not None:
            continue
        done = "landed" if row["doc_id"] in landed else "quarantined"
        why = None if done == "landed" else reason.get(row["doc_id"], "quarantined")
        state[source] = {**row, "state": done, "reason": why}
        ledger.append(ledger_row(run_id, source, row["size"], row["doc_id"], done, why))
    counts.add_ledger(ledger)
    counts.new += intake.new_sources
    counts.changed += intake.changed_sources
    counts.metrics += checked.metrics.height
    counts.warnings += int((checked.findings["severity"] == "warning").sum())
    counts.errors += int((checked.findings["severity"] == "error").sum())
    counts.landed_docs |= landed
    counts.validation.append(checked.summary)
    return lake.Change(
        add={
            "documents": _table_rows("documents", documents.filter(pl.col("doc_id").is_in(list(landed))), years),
            "reports": _table_rows("reports", checked.reports),
            "metrics": _table_rows("metrics", checked.metrics, years),
            "findings": _table_rows("findings", checked.findings, years),
            "quarantine": _table_rows("quarantine", conform(quarantine, QUARANTINE), years),
            "validation_runs": _table_rows("validation_runs", checked.runs, run_date=run_date),
            "ledger": _table_rows("ledger", pl.DataFrame(ledger, schema=LEDGER), run_date=run_date),
        },
        remove_docs=intake.remove_docs,
        remove_sources=intake.remove_sources,
        sources=state_frame(list(state.values())),
        forget=intake.forget,
    )


@task(name="land", cache_policy=NO_CACHE)
def land(lake_dir: str, change: lake.Change, run_id: str) -> int:
    """Commit the batch: every table at once, or nothing."""
    snap = lake.commit(Path(lake_dir), change, run_id)
    get_run_logger().info(
        "land: snapshot v%d, %s", snap.version, {t: df.height for t, df in change.add.items() if df.height}
    )
    return snap.version


def closing_change(
    lake_dir: str, unread: Intake, unchanged: list[Entry], triage: Triage, prune: bool, run_id: str, counts: RunCounts
) -> lake.Change:
    """The run's last commit: ledger rows of the files it did not read (unchanged, special, gone), pruning,
    the carry-over checks of every body the run touched, and compaction of the partitions it grew."""
    run_date = dt.date.today().isoformat()
    ledger = list(unread.ledger)
    for e in unchanged:
        row = triage.state[e.source_file]
        if row["state"] == "duplicate":  # still a duplicate of a holder that is still there
            ledger.append(ledger_row(run_id, e.source_file, e.size, row["doc_id"], "duplicate", row["reason"]))
        else:
            ledger.append(ledger_row(run_id, e.source_file, e.size, row["doc_id"], "unchanged", None))
    remove_docs, remove_sources, forget = set(unread.remove_docs), set(unread.remove_sources), set()
    gone = triage.removed()
    if prune:
        for source in gone:
            doc = triage.state[source]["doc_id"]
            ledger.append(
                ledger_row(run_id, source, triage.state[source]["size"], doc, "pruned", "no longer in the input folder")
            )
            if doc not in triage.holder:
                remove_docs.add(doc)
        remove_sources |= set(gone)
        forget |= set(gone)
    else:
        counts.gone_kept = len(gone)
    counts.add_ledger(ledger)
    findings, runs, touched = _continuity(Path(lake_dir), counts.landed_docs, run_id)
    why = {(c.frame, c.expectation, c.column): c.why for c in CHECKS}
    counts.validation.append(
        [{**r, "why": why[r["suite"], r["expectation"], r["column"]]} for r in runs.drop("doc_ids").to_dicts()]
    )
    counts.warnings += int((findings["severity"] == "warning").sum())
    return lake.Change(
        add={
            "quarantine": _table_rows("quarantine", unread.rejected),
            "findings": findings,
            "validation_runs": _table_rows("validation_runs", runs, run_date=run_date),
            "ledger": _table_rows("ledger", pl.DataFrame(ledger, schema=LEDGER), run_date=run_date),
        },
        remove_docs=remove_docs,
        remove_sources=remove_sources,
        remove_rows={"findings": (touched, pl.col("expectation").is_in(ACROSS_REPORTS))},
        sources=state_frame(list(unread.state.values())),
        forget=forget,
        compact=True,
    )


def _continuity(lake_dir: Path, landed: set[str], run_id: str) -> tuple[pl.DataFrame, pl.DataFrame, set[str]]:
    """Carry-over findings for every report of the bodies this run landed a report of."""
    snap = lake.current(lake_dir)
    empty = _table_rows("findings", continuity_findings(pl.DataFrame(), run_id)[0])
    if snap is None or not landed:
        return empty, continuity_findings(pl.DataFrame(), run_id)[1], set()
    reports = snap.read("reports", ["doc_id", "source_file", "province", "region", "body_id", "report_year"])
    body = body_of(reports)
    bodies = reports.filter(pl.col("doc_id").is_in(list(landed))).select(body.alias("body")).unique()
    mine = reports.filter(body.is_in(bodies["body"].implode()))
    ids = set(mine["doc_id"].to_list())
    # (a lake whose reports have never given a figure has no metrics table yet)
    scanned = snap.scan("metrics")
    metrics = (
        scanned.filter(pl.col("metric").is_in(CARRIED) & pl.col("doc_id").is_in(list(ids)))
        .select("doc_id", "metric", "value")
        .collect()
        if scanned is not None
        else pl.DataFrame(schema={k: METRICS[k] for k in ("doc_id", "metric", "value")})
    )
    findings, runs = continuity_findings(continuity_frame(mine, metrics), run_id, body_years_frame(mine))
    return _table_rows("findings", findings, mine.select("doc_id", "report_year")), runs, ids
