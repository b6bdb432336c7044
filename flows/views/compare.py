"""`gongkai compare`: one reporting body across years — series, year-over-year changes, carry-over
continuity, and text copied unchanged from the previous report."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import polars as pl
from rich.console import Console
from rich.table import Table

from flows.views import ViewError
from flows.views.tables import load, require_lake, with_body
from tasks.vocabulary import CATALOG, T3_COLUMNS

# A passage shorter than this is a heading or a table label ("（一）予以公开"), equal in every report.
MIN_PASSAGE_CHARS = 15
# Terminators run with their sentence, so a line's matches are contiguous: joined, they are the line's text.
SENTENCE = r"[^。！？!?\n]+[。！？!?]*"


@dataclass(frozen=True)
class Continuity:
    label: str
    before: tuple[str, ...]  # metrics of year N, summed (all must be stated)
    after: str  # the metric of year N+1 that must equal them


CONTINUITY: tuple[Continuity, ...] = (
    # metrics.md: across years of one region, carried_forward of year N = carried_over of year N+1.
    Continuity(
        "requests carried into the next year (表三 结转)", ("t3.carried_forward.total",), "t3.carried_over.total"
    ),
    # The 2019 template's table 二: items of the previous year + this year's change = next report's previous year.
    *(
        Continuity(
            f"{label} items (表二 2019)",
            (f"t2_{key}_items_prev_year", f"t2_{key}_items_delta"),
            f"t2_{key}_items_prev_year",
        )
        for key, label in (
            ("licensing", "licensing"),
            ("other_mgmt", "other management"),
            ("penalty", "penalty"),
            ("coercion", "coercion"),
            ("fee", "fee"),
        )
    ),
)
METRIC_ORDER: dict[str, int] = {name: i for i, name in enumerate(CATALOG)}


@dataclass
class BodyComparison:
    body: str
    label: str
    reports: pl.DataFrame  # doc_id, source_file, report_year, format_era, title — in year order
    series: pl.DataFrame  # doc_id, report_year, metric, unit, value, qualifier, evidence
    changes: pl.DataFrame  # metric, report_year, prev_year, value, prev_value, change, change_pct
    continuity: pl.DataFrame  # year, next_year, check, expected, stated, status
    copied: pl.DataFrame  # report_year, prev_year, doc_id, passages, copied, copied_chars, chars, share
    copied_passages: pl.DataFrame  # report_year, prev_year, passage (runs of copied sentences)


def find_body(reports: pl.DataFrame, name: str, province: str | None = None) -> str:
    """The body key named by `name` (a body key or a region) and, when several provinces share it, `province`."""
    bodied = with_body(reports).filter(pl.col("body").is_not_null())
    hits = bodied.filter((pl.col("body") == name) | (pl.col("region") == name))
    if province:
        hits = hits.filter(pl.col("province") == province)
    keys = hits["body"].unique().sort().to_list()
    if len(keys) == 1:
        return keys[0]
    if len(keys) > 1:
        choices = ", ".join(hits.unique("body").sort("body")["body_label"].to_list()[:5])
        raise ViewError(f"{name} names {len(keys)} bodies ({choices}): add --province to pick one")
    like = (
        bodied.filter(pl.col("region").str.contains(name, literal=True))
        .group_by("region")
        .len()
        .sort(["len", "region"], descending=[True, False])["region"]
        .head(5)
        .to_list()
    )
    hint = (
        f"did you mean {', '.join(like)}?"
        if like
        else 'list the bodies with `gongkai query "SELECT DISTINCT region, province FROM reports"`'
    )
    raise ViewError(f"no body named {name}{' in ' + province if province else ''} in the lake: {hint}")


def body_series(reports: pl.DataFrame, metrics: pl.DataFrame | None) -> pl.DataFrame:
    """Every metric row of the body's reports, with its year, in catalog order."""
    cols = ["doc_id", "report_year", "metric", "unit", "value", "qualifier", "evidence"]
    if metrics is None:
        return pl.DataFrame(
            schema={c: pl.Int32 if c == "report_year" else pl.Float64 if c == "value" else pl.String for c in cols}
        )
    rows = metrics.drop("report_year", strict=False).join(reports.select("doc_id", "report_year"), on="doc_id")
    order = pl.col("metric").replace_strict(METRIC_ORDER, default=len(METRIC_ORDER), return_dtype=pl.Int32)
    return rows.select(cols).sort(order, "report_year", "doc_id")


def year_over_year(series: pl.DataFrame) -> pl.DataFrame:
    """Each metric against the body's previous report that states it; prev_year shows when a year is skipped."""
    stated = series.filter(pl.col("value").is_not_null()).sort("metric", "report_year", "doc_id")
    shifted = stated.with_columns(
        pl.col("report_year").shift(1).over("metric").alias("prev_year"),
        pl.col("value").shift(1).over("metric").alias("prev_value"),
    ).filter(pl.col("prev_value").is_not_null())
    return shifted.select(
        "metric",
        "report_year",
        "prev_year",
        "value",
        "prev_value",
        (pl.col("value") - pl.col("prev_value")).alias("change"),
        pl.when(pl.col("prev_value") != 0)
        .then((pl.col("value") - pl.col("prev_value")) / pl.col("prev_value"))
        .alias("change_pct"),
    )


def _stated(series: pl.DataFrame, doc_id: str, metrics: tuple[str, ...]) -> float | None:
    rows = series.filter(
        (pl.col("doc_id") == doc_id) & pl.col("metric").is_in(list(metrics)) & pl.col("value").is_not_null()
    )
    return float(rows["value"].sum()) if rows["metric"].n_unique() == len(metrics) else None


def continuity(
    reports: pl.DataFrame, series: pl.DataFrame, checks: tuple[Continuity, ...] = CONTINUITY
) -> pl.DataFrame:
    """Carry-over checks between each report and the next one: matched only for consecutive years with one
    report each; otherwise the row says why not."""
    schema = {
        "year": pl.Int32,
        "next_year": pl.Int32,
        "check": pl.String,
        "expected": pl.Float64,
        "stated": pl.Float64,
        "status": pl.String,
    }
    per_year = reports.group_by("report_year").agg(pl.col("doc_id").sort()).sort("report_year")
    rows = []
    years, docs = per_year["report_year"].to_list(), per_year["doc_id"].to_list()
    for (year, this), (nxt, following) in zip(
        zip(years, docs, strict=True), zip(years[1:], docs[1:], strict=True), strict=False
    ):
        if nxt != year + 1:
            gap = f"no report for {year + 1}" if nxt == year + 2 else f"no reports for {year + 1}–{nxt - 1}"
            rows.append({"year": year, "next_year": nxt, "check": "—", "expected": None, "stated": None, "status": gap})
            continue
        if len(this) > 1 or len(following) > 1:
            many = year if len(this) > 1 else nxt
            rows.append(
                {
                    "year": year,
                    "next_year": nxt,
                    "check": "—",
                    "expected": None,
                    "stated": None,
                    "status": f"several reports for {many}",
                }
            )
            continue
        for check in checks:
            expected = _stated(series, this[0], check.before)
            stated = _stated(series, following[0], (check.after,))
            if expected is None and stated is None:
                continue
            status = (
                "not stated" if expected is None or stated is None else "match" if expected == stated else "mismatch"
            )
            rows.append(
                {
                    "year": year,
                    "next_year": nxt,
                    "check": check.label,
                    "expected": expected,
                    "stated": stated,
                    "status": status,
                }
            )
        if not any(r["year"] == year and r["next_year"] == nxt for r in rows):
            rows.append(
                {
                    "year": year,
                    "next_year": nxt,
                    "check": "—",
                    "expected": None,
                    "stated": None,
                    "status": "no carry-over figures in either report",
                }
            )
    return pl.DataFrame(rows, schema=schema)


def passages(documents: pl.DataFrame) -> pl.DataFrame:
    """The sentences of each text (split at 。！？ and line ends) with their line and position, long ones only:
    `sentence` with its whitespace collapsed (compared), `raw` as written (shown).

    Sentences, not lines: scraped reports often arrive as one line, where a paragraph split finds nothing.
    """
    lines = documents.select("doc_id", pl.col("text").str.split("\n").alias("line_text")).explode("line_text")
    lines = lines.with_columns(pl.int_range(pl.len()).over("doc_id").alias("line"))
    sentences = lines.select("doc_id", "line", pl.col("line_text").str.extract_all(SENTENCE).alias("sentence"))
    sentences = sentences.explode("sentence").with_columns(
        pl.int_range(pl.len()).over("doc_id").alias("pos"),
        pl.col("sentence").alias("raw"),
        pl.col("sentence").str.replace_all(r"\s+", " ").str.strip_chars(),
    )
    return sentences.filter(pl.col("sentence").str.len_chars() >= MIN_PASSAGE_CHARS)


def copied_from_previous(reports: pl.DataFrame, documents: pl.DataFrame | None) -> tuple[pl.DataFrame, pl.DataFrame]:
    """For each report after the first: its passages copied unchanged from the body's previous report.

    Returns a summary per report and the copied runs (sentences that follow each other in both reports, joined).
    """
    summary_schema = {
        "report_year": pl.Int32,
        "prev_year": pl.Int32,
        "doc_id": pl.String,
        "passages": pl.UInt32,
        "copied": pl.UInt32,
        "copied_chars": pl.UInt32,
        "chars": pl.UInt32,
        "share": pl.Float64,
    }
    runs_schema = {"report_year": pl.Int32, "prev_year": pl.Int32, "passage": pl.String}
    if documents is None or reports.height < 2:
        return pl.DataFrame(schema=summary_schema), pl.DataFrame(schema=runs_schema)
    order = (
        reports.sort("report_year", "doc_id")
        .select(
            "doc_id",
            "report_year",
            pl.col("doc_id").shift(1).alias("prev_doc"),
            pl.col("report_year").shift(1).alias("prev_year"),
        )
        .filter(pl.col("prev_doc").is_not_null())
    )
    texts = documents.filter(pl.col("doc_id").is_in(reports["doc_id"].to_list())).select("doc_id", "text")
    sents = passages(texts)
    # Where each sentence first occurs in the previous report: a run must be contiguous there too.
    prev = sents.group_by(pl.col("doc_id").alias("prev_doc"), "sentence").agg(
        pl.col("line").sort_by("pos").first().alias("prev_line"), pl.col("pos").min().alias("prev_pos")
    )
    cur = sents.join(order, on="doc_id").join(
        prev.with_columns(pl.lit(True).alias("copied")), on=["prev_doc", "sentence"], how="left"
    )
    cur = cur.with_columns(pl.col("copied").fill_null(False), pl.col("sentence").str.len_chars().alias("chars"))
    summary = (
        cur.group_by("doc_id", "report_year", "prev_year")
        .agg(
            pl.len().alias("passages"),
            pl.col("copied").sum().alias("copied"),
            pl.col("chars").filter(pl.col("copied")).sum().alias("copied_chars"),
            pl.col("chars").sum().alias("chars"),
        )
        .with_columns((pl.col("copied_chars") / pl.col("chars")).alias("share"))
    )
    summary = (
        order.select("doc_id").join(summary, on="doc_id", how="left").select(list(summary_schema)).cast(summary_schema)
    )
    copied = cur.filter(pl.col("copied")).sort("doc_id", "pos")
    # Copied sentences form one run while they follow each other on one line in both reports.
    follows = (
        (pl.col("pos") == pl.col("pos").shift(1) + 1)
        & (pl.col("line") == pl.col("line").shift(1))
        & (pl.col("prev_pos") == pl.col("prev_pos").shift(1) + 1)
        & (pl.col("prev_line") == pl.col("prev_line").shift(1))
    ).over("doc_id")
    copied = copied.with_columns((~follows.fill_null(False)).cum_sum().over("doc_id").alias("run"))
    runs = (
        copied.group_by("doc_id", "report_year", "prev_year", "run")
        .agg(pl.col("pos").min(), pl.col("raw").str.join("").str.strip_chars().alias("passage"))
        .sort("report_year", "doc_id", "pos")
    )
    return summary.sort("report_year", "doc_id"), runs.select(list(runs_schema)).cast(runs_schema)


def compare_body(
    reports: pl.DataFrame, metrics: pl.DataFrame | None, documents: pl.DataFrame | None, body: str
) -> BodyComparison:
    """Everything `compare` shows for one body key."""
    bodied = with_body(reports)
    mine = bodied.filter(pl.col("body") == body).sort("report_year", "doc_id")
    series = body_series(mine, metrics)
    copied, runs = copied_from_previous(mine, documents)
    return BodyComparison(
        body=body,
        label=mine["body_label"][0],
        reports=mine.select("doc_id", "source_file", "report_year", "format_era", "title"),
        series=series,
        changes=year_over_year(series),
        continuity=continuity(mine, series),
        copied=copied,
        copied_passages=runs,
    )


def compare(lake: Path, name: str, province: str | None = None) -> BodyComparison:
    """Load the lake and compare the body named `name` across its years."""
    reports = require_lake(lake)
    body = find_body(reports, name, province)
    return compare_body(reports, load(lake, "metrics"), load(lake, "documents"), body)


def headline(metric: str) -> bool:
    """Whether compare shows a metric by default: everything but the table 三 cells by applicant column."""
    return not (metric.startswith("t3.") and metric.rsplit(".", 1)[-1] in T3_COLUMNS[:-1])


def _number(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:,.0f}" if value == int(value) else f"{value:,.2f}"


def _change(change: float | None) -> str:
    if change is None or change == 0:
        return ""
    return f" ([green]+{_number(change)}[/green])" if change > 0 else f" ([red]{_number(change)}[/red])"


def render(c: BodyComparison, console: Console, show_all: bool = False, show_copied: int = 3) -> None:
    """Print one body's comparison: reports, series with changes, continuity checks, copied passages."""
    console.print(f"[bold]{c.label}[/bold]  body {c.body}")
    reports = Table(title="Reports", title_justify="left", title_style="bold")
    for col in ("year", "source file", "era", "title"):
        reports.add_column(col)
    for r in c.reports.iter_rows(named=True):
        reports.add_row(str(r["report_year"]), r["source_file"], r["format_era"] or "—", r["title"] or "—")
    console.print(reports)

    docs = c.reports.sort("report_year", "doc_id")
    headers = [str(y) for y in docs["report_year"]]
    if len(set(headers)) < len(headers):  # several reports in one year: tell the columns apart
        headers = [f"{y} {f}" for y, f in zip(docs["report_year"], docs["source_file"], strict=True)]
    shown = (
        c.series.filter(pl.col("metric").map_elements(headline, return_dtype=pl.Boolean)) if not show_all else c.series
    )
    changes = {(r["metric"], r["report_year"]): r["change"] for r in c.changes.iter_rows(named=True)}
    table = Table(
        title="Series (change against the previous report that states the metric)",
        title_justify="left",
        title_style="bold",
    )
    table.add_column("metric", no_wrap=True)
    for h in headers:
        table.add_column(h, justify="right")
    values = {(r["metric"], r["doc_id"]): r for r in shown.iter_rows(named=True)}
    for metric in shown["metric"].unique(maintain_order=True):
        cells = []
        for doc_id, year in zip(docs["doc_id"], docs["report_year"], strict=True):
            row = values.get((metric, doc_id))
            if row is None:
                cells.append("")
            elif row["value"] is None:
                cells.append("blank")
            else:
                mark = "~" if row["qualifier"] == "approx" else "≥" if row["qualifier"] == "at_least" else ""
                cells.append(mark + _number(row["value"]) + _change(changes.get((metric, year))))
        table.add_row(metric, *cells)
    console.print(table if shown.height else "No metrics for this body.")

    cont = Table(title="Continuity (year N → N+1)", title_justify="left", title_style="bold")
    for col in ("years", "check", "year N", "year N+1", "result"):
        cont.add_column(col, justify="right" if col.startswith("year ") else "left")
    style = {"match": "green", "mismatch": "bold red"}
    for r in c.continuity.iter_rows(named=True):
        status = r["status"]
        cont.add_row(
            f"{r['year']}→{r['next_year']}",
            r["check"],
            _number(r["expected"]),
            _number(r["stated"]),
            f"[{style[status]}]{status}[/{style[status]}]" if status in style else status,
        )
    console.print(cont if c.continuity.height else "Only one report: no continuity to check.")

    if c.copied.height:
        copied = Table(title="Text copied unchanged from the previous report", title_justify="left", title_style="bold")
        for col in ("report", "from", "sentences copied", "share of text"):
            copied.add_column(col, justify="right")
        for r in c.copied.iter_rows(named=True):
            copied.add_row(
                str(r["report_year"]),
                str(r["prev_year"]),
                f"{r['copied'] or 0} of {r['passages'] or 0}",
                f"{(r['share'] or 0):.0%}",
            )
        console.print(copied)
        for year, runs in c.copied_passages.group_by("report_year", maintain_order=True):
            for passage in runs["passage"].head(show_copied):
                console.print(f"  {year[0]}: “{passage[:160]}{'…' if len(passage) > 160 else ''}”")
