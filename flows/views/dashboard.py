"""`gongkai report`: a self-contained HTML dashboard of the lake (plotly.js inlined, data embedded as JSON).

Size is bounded by the shape of the lake, not its report count: Polars aggregates to cells of
(province, year, era, figure), and the page embeds those cells plus at most `evidence_per_cell`
evidence rows per cell (the largest values first), plus pages for at most `max_bodies` bodies.
The browser only sums cells, so filters by province, year and era stay instant.
"""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from flows.views import ViewError
from flows.views.compare import BodyComparison, compare_body, find_body, headline
from flows.views.series import RATES, SERIES, contributions, describe, doc_values, paired_rates
from flows.views.tables import UNKNOWN_PROVINCE, load, require_lake, with_body
from tasks.vocabulary import CATALOG, FORMAT_ERAS

ASSETS = Path(__file__).parent / "assets"
UNKNOWN_ERA = "unknown"
EVIDENCE_CHARS = 240  # an evidence span longer than this is cut (the lake keeps it whole)
PASSAGE_CHARS = 300
PASSAGES_PER_REPORT = 20
CELL = ["province", "year", "era"]


def columns(df: pl.DataFrame) -> dict[str, list]:
    """A frame as {column: values}: half the size of a list of records in JSON."""
    return {name: df[name].to_list() for name in df.columns}


def dimensions(reports: pl.DataFrame) -> pl.DataFrame:
    """Each report's filter keys (province, year, era) and identity, unknowns spelled out."""
    return with_body(reports).select(
        "doc_id",
        "source_file",
        "region",
        "title",
        "body",
        "body_label",
        pl.col("province").fill_null(UNKNOWN_PROVINCE),
        pl.col("report_year").fill_null(0).cast(pl.Int32).alias("year"),
        pl.col("format_era").fill_null(UNKNOWN_ERA).alias("era"),
    )


def top_per_cell(df: pl.DataFrame, keys: list[str], k: int, by: str | None = None) -> pl.DataFrame:
    """At most k rows per cell of `keys`: the largest `by` first, then by doc_id (deterministic)."""
    order = [by, "doc_id"] if by else ["doc_id"]
    ranked = df.sort(order, descending=[True, False] if by else [False], nulls_last=True)
    return ranked.filter(pl.int_range(pl.len()).over(keys) < k)


def coverage(dims: pl.DataFrame, k: int) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Reports per (province, year, era), and up to k of them per cell."""
    cells = dims.group_by(CELL).agg(pl.len().alias("reports")).sort(CELL)
    rows = top_per_cell(dims, CELL, k).select(*CELL, "doc_id", "source_file", "region", "title").sort([*CELL, "doc_id"])
    return cells, rows


def figure_cells(dims: pl.DataFrame, metrics: pl.DataFrame | None, k: int) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Sums of every figure per (province, year, era) with the reports counted, and the evidence behind them."""
    empty_cells = pl.DataFrame(
        schema={**{c: dims.schema[c] for c in CELL}, "series": pl.String, "value": pl.Float64, "reports": pl.UInt32}
    )
    if metrics is None or metrics.height == 0:
        return empty_cells, pl.DataFrame()
    contrib = contributions(metrics)
    values = doc_values(contrib)
    rates = paired_rates(values)
    values = pl.concat([values, rates.select(values.columns)])
    located = values.join(dims.select("doc_id", *CELL), on="doc_id")
    cells = (
        located.group_by([*CELL, "series"])
        .agg(pl.col("value").sum(), pl.len().alias("reports"))
        .sort([*CELL, "series"])
    )
    # A rate's evidence is the evidence of its two figures in the same reports.
    source = {f"{rate}.cases": num for rate, num, _ in RATES} | {f"{rate}.requests": den for rate, _, den in RATES}
    chosen = top_per_cell(located, [*CELL, "series"], k, by="value").with_columns(
        pl.col("series").replace(source).alias("source_series")
    )
    evidence = chosen.select(*CELL, "series", "doc_id", "source_series").join(
        contrib.rename({"series": "source_series", "value": "metric_value"}), on=["doc_id", "source_series"]
    )
    evidence = (
        evidence.join(dims.select("doc_id", "source_file", "region"), on="doc_id")
        .select(
            *CELL,
            "series",
            "doc_id",
            "source_file",
            "region",
            "metric",
            pl.col("metric_value").alias("value"),
            "qualifier",
            pl.col("evidence").str.slice(0, EVIDENCE_CHARS),
        )
        .sort([*CELL, "series", "doc_id", "metric"])
    )
    return cells, evidence


def finding_cells(dims: pl.DataFrame, findings: pl.DataFrame | None, k: int) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Findings per (province, year, era, severity, expectation), and up to k of them per cell."""
    if findings is None or findings.height == 0:
        return pl.DataFrame(), pl.DataFrame()
    # A finding on a document that did not land (quarantined) has no report: its province is unknown.
    located = findings.join(
        dims.select("doc_id", "source_file", "region", *CELL), on="doc_id", how="left"
    ).with_columns(
        pl.col("province").fill_null(UNKNOWN_PROVINCE),
        pl.col("year").fill_null(0),
        pl.col("era").fill_null(UNKNOWN_ERA),
    )
    keys = [*CELL, "severity", "expectation"]
    cells = (
        located.group_by(keys).agg(pl.len().alias("findings"), pl.col("doc_id").n_unique().alias("reports")).sort(keys)
    )
    rows = (
        top_per_cell(located, keys, k)
        .select(*keys, "doc_id", "source_file", "region", "table", pl.col("detail").str.slice(0, EVIDENCE_CHARS))
        .sort([*keys, "doc_id"])
    )
    return cells, rows


def quarantine_summary(quarantine: pl.DataFrame | None, k: int) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Quarantined rows per stage and reason, and up to k of them per reason."""
    if quarantine is None or quarantine.height == 0:
        return pl.DataFrame(), pl.DataFrame()
    cells = quarantine.group_by("stage", "reason").agg(
        pl.len().alias("rows"), pl.col("doc_id").n_unique().alias("documents")
    )
    rows = top_per_cell(quarantine, ["stage", "reason"], k).select(
        "stage", "reason", "doc_id", "source_file", pl.col("detail").str.slice(0, EVIDENCE_CHARS)
    )
    return cells.sort("rows", "stage", "reason", descending=[True, False, False]), rows.sort(
        "stage", "reason", "doc_id"
    )


def choose_bodies(dims: pl.DataFrame, max_bodies: int, named: list[str], reports: pl.DataFrame) -> list[str]:
    """The bodies given a page: those named, then those with the most years (at least two), up to max_bodies."""
    chosen = [find_body(reports, name) for name in named]
    ranked = (
        dims.filter(pl.col("body").is_not_null())
        .group_by("body")
        .agg(pl.col("year").n_unique().alias("years"), pl.len().alias("reports"))
        .filter(pl.col("years") >= 2)
        .sort(["years", "reports", "body"], descending=[True, True, False])
    )
    for body in ranked["body"].to_list():
        if len(chosen) >= max_bodies + len(named):
            break
        if body not in chosen:
            chosen.append(body)
    return chosen


def body_page(c: BodyComparison, values: pl.DataFrame) -> dict:
    """One body's comparison as embedded JSON: bounded by its years × metrics."""
    series = c.series.filter(pl.col("metric").map_elements(headline, return_dtype=pl.Boolean)).with_columns(
        pl.col("evidence").str.slice(0, EVIDENCE_CHARS)
    )
    runs = c.copied_passages.filter(pl.int_range(pl.len()).over("report_year") < PASSAGES_PER_REPORT).with_columns(
        pl.col("passage").str.slice(0, PASSAGE_CHARS)
    )
    return {
        "body": c.body,
        "label": c.label,
        "reports": columns(c.reports),
        "series": columns(series),
        "changes": columns(c.changes.filter(pl.col("metric").is_in(series["metric"].unique().to_list()))),
        "figures": columns(values.filter(pl.col("doc_id").is_in(c.reports["doc_id"].to_list()))),
        "continuity": columns(c.continuity),
        "copied": columns(c.copied),
        "passages": columns(runs),
    }


def dashboard_data(
    lake: Path,
    evidence_per_cell: int = 5,
    max_bodies: int = 30,
    named_bodies: list[str] | None = None,
    only_bodies: bool = False,
) -> dict:
    """Everything the page shows, aggregated: cells, bounded evidence and body pages."""
    reports = require_lake(lake)
    metrics = load(lake, "metrics")
    dims = dimensions(reports)
    k = evidence_per_cell
    values = (
        doc_values(contributions(metrics))
        if metrics is not None
        else pl.DataFrame(schema={"doc_id": pl.String, "series": pl.String, "value": pl.Float64})
    )
    bodies = choose_bodies(dims, 0 if only_bodies else max_bodies, named_bodies or [], reports)
    if bodies:
        docs = dims.filter(pl.col("body").is_in(bodies))["doc_id"].to_list()
        sub_metrics = metrics.filter(pl.col("doc_id").is_in(docs)) if metrics is not None else None
        documents = load(lake, "documents")
        sub_docs = documents.filter(pl.col("doc_id").is_in(docs)) if documents is not None else None
        pages = [body_page(compare_body(reports, sub_metrics, sub_docs, b), values) for b in bodies]
    else:
        pages = []
    years = sorted(y for y in dims["year"].unique().to_list() if y)
    meta = {
        "lake": str(lake),
        "reports": reports.height,
        "bodies": dims["body"].drop_nulls().n_unique(),
        "provinces": sorted(dims["province"].unique().to_list()),
        "years": years,
        "eras": [e for e in (*FORMAT_ERAS, UNKNOWN_ERA) if e in set(dims["era"].to_list())],
        "metric_rows": 0 if metrics is None else metrics.height,
        "evidence_per_cell": k,
        "bodies_with_pages": len(pages),
        "bodies_with_years": int(
            dims.filter(pl.col("body").is_not_null())
            .group_by("body")
            .agg(pl.col("year").n_unique().alias("n"))
            .filter(pl.col("n") >= 2)
            .height
        ),
    }
    series = [{"key": s.key, "label": s.label, "chart": s.chart, "source": describe(s)} for s in SERIES]
    shown = {m for page in pages for m in page["series"]["metric"]}
    units = {name: m.unit for name, m in CATALOG.items() if name in shown}
    if only_bodies:
        return {"meta": meta, "series": series, "units": units, "bodies": pages, "only_bodies": True}
    cov_cells, cov_rows = coverage(dims, k)
    fig_cells, fig_evidence = figure_cells(dims, metrics, k)
    find_cells, find_rows = finding_cells(dims, load(lake, "findings"), k)
    q_cells, q_rows = quarantine_summary(load(lake, "quarantine"), k)
    return {
        "meta": meta,
        "series": series,
        "units": units,
        "coverage": columns(cov_cells),
        "coverage_rows": columns(cov_rows),
        "cells": columns(fig_cells),
        "evidence": columns(fig_evidence),
        "findings": columns(find_cells),
        "finding_rows": columns(find_rows),
        "quarantine": columns(q_cells),
        "quarantine_rows": columns(q_rows),
        "bodies": pages,
        "only_bodies": False,
    }


def render_html(data: dict, title: str) -> str:
    """The page: template + CSS + plotly.js + the page's script + the data, in one file.

    Every `<` of the data is escaped (JSON's \\u003c): report text containing `</script>` or `<!--` cannot end
    or derail the script element that holds it.
    """
    from plotly.offline import get_plotlyjs

    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str).replace("<", "\\u003c")
    html = (ASSETS / "dashboard.html").read_text(encoding="utf-8")
    parts = {
        "__TITLE__": title,
        "/*__CSS__*/": (ASSETS / "dashboard.css").read_text(encoding="utf-8"),
        "/*__PLOTLY__*/": get_plotlyjs(),
        "/*__APP__*/": (ASSETS / "dashboard.js").read_text(encoding="utf-8"),
        "/*__DATA__*/": payload,
    }
    for marker, text in parts.items():
        head, sep, tail = html.partition(marker)
        if not sep:
            raise ValueError(f"dashboard template lacks {marker}")
        html = head + text + tail
    return html


def _write(path: Path, html: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".html.tmp")
    tmp.write_text(html, encoding="utf-8")
    tmp.replace(path)
    return path


def write_dashboard(
    lake: Path, out: Path, evidence_per_cell: int = 5, max_bodies: int = 30, named_bodies: list[str] | None = None
) -> Path:
    """Write OUT/index.html for the lake; return its path."""
    if out.exists() and not out.is_dir():
        raise ViewError(f"{out} is a file: pass a folder to --out")
    data = dashboard_data(lake, evidence_per_cell, max_bodies, named_bodies)
    return _write(out / "index.html", render_html(data, "gongkai dashboard"))


def write_body_page(lake: Path, body: str, path: Path) -> Path:
    """Write the body page alone (the dashboard's Bodies view for one body) to `path`."""
    data = dashboard_data(lake, named_bodies=[body], only_bodies=True)
    return _write(path, render_html(data, f"gongkai — {data['bodies'][0]['label']}"))
