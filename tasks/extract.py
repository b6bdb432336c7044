"""Extract: identity and every metric of a normalized report, each number with its evidence span."""

from __future__ import annotations

import json
import math
from collections import defaultdict

import polars as pl
from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from tasks import extract_tables
from tasks.extract_identity import extract_identity
from tasks.extract_narrative import Candidate, prose_candidates, zero_candidates
from tasks.extract_stats_table import table_candidates
from tasks.schemas import METRICS, REPORTS, conform
from tasks.vocabulary import CATALOG

# Fee metrics belong to one era: 信息处理费 is the 2021 template's, 收费及减免 the old regulation's.
ERA_ONLY = {"fees_yuan": {"narrative"}}


def resolve(candidates: list[Candidate], era: str) -> tuple[list[dict], list[str]]:
    """One value per metric: agreeing candidates land; conflicting ones are left out with a note."""
    by_metric: dict[str, list[Candidate]] = defaultdict(list)
    for c in candidates:
        by_metric[c.metric].append(c)
    rows, notes = [], []
    for metric, cands in by_metric.items():
        if era not in ERA_ONLY.get(metric, {era}):
            continue
        if any(math.isnan(c.value) for c in cands):
            notes.append(f"{metric}: statistics table contradicts the prose; left out")
            continue
        whole = [c for c in cands if not c.scoped]
        if not whole:
            continue
        values = {c.value for c in whole}
        if len(values) > 1:
            notes.append(f"{metric}: conflicting values {sorted(values)}; left out")
            continue
        best = min(whole, key=lambda c: (c.qualifier != "exact", c.source != "prose", c.start))
        rows.append(
            {
                "metric": metric,
                "value": best.value,
                "qualifier": best.qualifier,
                "evidence_start": best.start,
                "evidence_end": best.end,
                "note": None,
            }
        )
    return rows, notes


def extract_document(doc_id: str, text: str, header: dict | None = None) -> tuple[dict, list[dict], list[str]]:
    """Return (identity, metric rows, notes) for one normalized document."""
    identity = extract_identity(text, header)
    tables = extract_tables.read_template(text)
    era = tables.era
    identity["format_era"] = era
    prose = prose_candidates(text) + zero_candidates(text)
    known: dict[str, set[float]] = defaultdict(set)
    for c in prose:
        if not c.scoped:
            known[c.metric].add(c.value)
    cands = prose + (table_candidates(text, known) if era == "narrative" else [])
    rows, notes = resolve(cands, era)
    rows += tables.rows
    notes += tables.notes
    for r in rows:
        r["doc_id"] = doc_id
        r["unit"] = CATALOG[r["metric"]].unit
        r["evidence"] = text[r["evidence_start"] : r["evidence_end"]]
    return identity, rows, notes


def extract_batch(documents: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame, dict[str, list[str]]]:
    reports, metrics, all_notes = [], [], {}
    for rec in documents.iter_rows(named=True):
        header = json.loads(rec["normalization_log"]).get("crawler_header")
        identity, rows, notes = extract_document(rec["doc_id"], rec["text"], header)
        identity.update(doc_id=rec["doc_id"], source_file=rec["source_file"])
        identity["region"] = identity.get("region") or "unknown"
        identity["province"] = identity.get("province") or "unknown"
        reports.append(identity)
        metrics.extend(rows)
        all_notes[rec["doc_id"]] = notes
    return (
        conform(pl.DataFrame(reports, infer_schema_length=None), REPORTS) if reports else pl.DataFrame(schema=REPORTS),
        conform(pl.DataFrame(metrics, infer_schema_length=None), METRICS) if metrics else pl.DataFrame(schema=METRICS),
        all_notes,
    )


@task(name="extract", cache_policy=NO_CACHE)
def extract(documents: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame, dict[str, list[str]]]:
    reports, metrics, notes = extract_batch(documents)
    get_run_logger().info("extract: %d reports, %d metric values", reports.height, metrics.height)
    return reports, metrics, notes
