"""The figures the views chart across eras: each one a metric of the vocabulary, or a sum of template cells.

A report states a figure through the first of its alternatives whose metrics it states in full; the
metrics of that alternative are summed. metrics.md documents the cross-era equivalences used here
(requests_total ≈ t3.new_received.total, outcome_denied ≈ Σ t3.denied_*, …): every chart says which
metric fed each number, and the evidence rows name the metric, so nothing is silently relabelled.
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from tasks.vocabulary import CATALOG, T3_OTHER_2021, T3_OUTCOME_ROWS_COMMON, t3_name, t4_name


@dataclass(frozen=True)
class Series:
    key: str
    label: str
    chart: str  # requests | appeals | proactive
    alternatives: tuple[tuple[str, ...], ...]  # in order of preference; the metrics of one are summed


def _t3_total(prefix: str) -> tuple[str, ...]:
    return tuple(t3_name(row, "total") for row in T3_OUTCOME_ROWS_COMMON if row.startswith(prefix))


SERIES: tuple[Series, ...] = (
    Series("requests", "requests received", "requests", ((t3_name("new_received", "total"),), ("requests_total",))),
    Series("granted", "granted", "requests", ((t3_name("granted", "total"),), ("outcome_granted",))),
    Series("partial", "partly granted", "requests", ((t3_name("partial", "total"),), ("outcome_partial",))),
    Series("denied", "denied", "requests", (_t3_total("denied_"), ("outcome_denied",))),
    Series("unable", "unable to provide (template)", "requests", (_t3_total("unable_"),)),
    Series("not_processed", "not processed (template)", "requests", (_t3_total("not_processed_"),)),
    # 2019 prints one 其他处理 row; 2021 splits it into three.
    Series(
        "other_outcome",
        "other handling (template)",
        "requests",
        ((t3_name("other_total", "total"),), tuple(t3_name(r, "total") for r in T3_OTHER_2021)),
    ),
    Series(
        "reconsiderations",
        "administrative reconsiderations",
        "appeals",
        ((t4_name("reconsideration", "total"),), ("reconsiderations",)),
    ),
    Series(
        "lawsuits",
        "lawsuits",
        "appeals",
        ((t4_name("suit_direct", "total"), t4_name("suit_after_review", "total")), ("lawsuits",)),
    ),
    Series("proactive_total", "proactively disclosed (total)", "proactive", (("proactive_total",),)),
    Series("proactive_website", "via website", "proactive", (("proactive_website",),)),
    Series("proactive_gazette", "via gazette", "proactive", (("proactive_gazette",),)),
    Series("proactive_weibo", "via Weibo", "proactive", (("proactive_weibo",),)),
    Series("proactive_wechat", "via WeChat", "proactive", (("proactive_wechat",),)),
    Series("proactive_other", "via other channels", "proactive", (("proactive_other",),)),
)
SERIES_BY_KEY: dict[str, Series] = {s.key: s for s in SERIES}

# Rates pair a case count with the requests of the same reports: a report stating only one of them
# would bias the ratio.
RATES: tuple[tuple[str, str, str], ...] = (
    ("reconsideration_rate", "reconsiderations", "requests"),
    ("lawsuit_rate", "lawsuits", "requests"),
)

assert all(m in CATALOG for s in SERIES for alt in s.alternatives for m in alt), "series name an unknown metric"


def describe(series: Series) -> str:
    """How a series is read from the metrics, e.g. `t3.new_received.total, else requests_total`."""
    return ", else ".join(" + ".join(alt) for alt in series.alternatives)


def alternatives_frame(series: tuple[Series, ...] = SERIES) -> pl.DataFrame:
    """One row per (series, alternative, metric), with the number of metrics the alternative needs."""
    rows = [
        {"series": s.key, "alt": i, "metric": m, "n_needed": len(alt)}
        for s in series
        for i, alt in enumerate(s.alternatives)
        for m in alt
    ]
    return pl.DataFrame(rows, schema={"series": pl.String, "alt": pl.Int32, "metric": pl.String, "n_needed": pl.Int32})


def contributions(metrics: pl.DataFrame, series: tuple[Series, ...] = SERIES) -> pl.DataFrame:
    """The metric rows behind each report's value of each series (the preferred alternative stated in full).

    Returns doc_id, series, alt, metric, value, qualifier, evidence: summing `value` by (doc_id, series)
    gives the report's figure. A blank cell (null value) does not state its metric.
    """
    alts = alternatives_frame(series)
    needed = alts["metric"].unique().to_list()
    # Filter first: the series read a few dozen of the lake's metrics, the unique below is the costly step.
    stated = metrics.filter(pl.col("metric").is_in(needed) & pl.col("value").is_not_null()).select(
        "doc_id", "metric", "value", "qualifier", "evidence"
    )
    # A metric appears once per report; should a report carry it twice, the first row counts.
    stated = stated.unique(subset=["doc_id", "metric"], keep="first")
    joined = stated.join(alts, on="metric", how="inner")
    complete = (
        joined.group_by("doc_id", "series", "alt")
        .agg(pl.len().alias("n"), pl.col("n_needed").first())
        .filter(pl.col("n") == pl.col("n_needed"))
        .group_by("doc_id", "series")
        .agg(pl.col("alt").min())
    )
    return joined.join(complete, on=["doc_id", "series", "alt"], how="inner").select(
        "doc_id", "series", "alt", "metric", "value", "qualifier", "evidence"
    )


def doc_values(contrib: pl.DataFrame) -> pl.DataFrame:
    """One row per (doc_id, series): the report's figure, summed over its alternative's metrics."""
    return contrib.group_by("doc_id", "series").agg(pl.col("value").sum()).sort("doc_id", "series")


def paired_rates(values: pl.DataFrame) -> pl.DataFrame:
    """Rows (doc_id, series, value) for each rate's numerator and denominator, only for reports stating both."""
    parts = []
    for rate, num, den in RATES:
        wide = values.filter(pl.col("series").is_in([num, den])).pivot(on="series", index="doc_id", values="value")
        if num not in wide.columns or den not in wide.columns:
            continue
        both = wide.drop_nulls([num, den])
        parts.append(both.select("doc_id", pl.lit(f"{rate}.cases").alias("series"), pl.col(num).alias("value")))
        parts.append(both.select("doc_id", pl.lit(f"{rate}.requests").alias("series"), pl.col(den).alias("value")))
    if not parts:
        return pl.DataFrame(schema={"doc_id": pl.String, "series": pl.String, "value": pl.Float64})
    return pl.concat(parts)
