"""The frames the checks run on, built from a batch with Polars: each row one thing a check judges, each column
named after what it holds."""

from __future__ import annotations

import polars as pl

from tasks.notes import PROSE_CONFLICT, TABLE_INCONSISTENT
from tasks.template.arithmetic import FLOW_ROWS, t3_rows
from tasks.vocabulary import CATALOG, GROUP_RELATION, PLAUSIBLE_MAX, T3_COLUMNS, T4_GROUPS, T4_RESULTS, members


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
    columns, parts = [], []
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
        # a table read in part: the outcome rows read, each column's sum, never above （七）总计 (every cell a count)
        present = [r for r in outcome_rows if r in part.columns]
        if "outcomes_total" in part.columns and present:
            parts.append(
                part.filter(pl.col("outcomes_total").is_not_null() & pl.any_horizontal(pl.col(present).is_not_null()))
                .filter(~pl.all_horizontal(pl.col(need).is_not_null()))
                .select(
                    "doc_id",
                    pl.col("col").alias("column"),
                    "outcomes_total",
                    pl.sum_horizontal(present).alias("outcomes_read"),
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
    part_schema = {"doc_id": pl.String, "column": pl.String, "outcomes_total": pl.Float64, "outcomes_read": pl.Float64}
    t3_parts = pl.concat([pl.DataFrame(schema=part_schema), *parts], how="vertical_relaxed")
    return {
        "t3_rows": rows,
        "t3_columns": pl.concat(columns, how="vertical"),
        "t3_parts": t3_parts,
        "t4_groups": groups,
    }


CARRIED = ("t3.carried_over.total", "t3.carried_forward.total")


def body_of(reports: pl.DataFrame) -> pl.Expr:
    """A report's body: its body_id, else its province and region."""
    return pl.coalesce(
        pl.col("body_id") if "body_id" in reports.columns else pl.lit(None, dtype=pl.String),
        pl.concat_str([pl.col("province").fill_null("?"), pl.col("region")], separator="/"),
    )


SHOWN_OTHERS = 3  # the other reports a finding names; 300 copies of one report cost 300 rows, never 300 × 300


def body_years_frame(reports: pl.DataFrame) -> pl.DataFrame:
    """One row per report of a known body and year: the body, the year, and the source files of the body's other
    reports of that year (the first few, then how many more; empty when it has none)."""
    body = body_of(reports)
    known = reports.filter(
        pl.col("region").is_not_null() & pl.col("report_year").is_not_null() & (pl.col("report_year") > 0)
    ).select("doc_id", "source_file", body.alias("body"), "report_year")
    keys = ["body", "report_year"]
    groups = known.group_by(keys).agg(
        pl.col("source_file").sort().head(SHOWN_OTHERS + 1).alias("first"), pl.len().cast(pl.Int64).alias("n")
    )
    named = (
        known.join(groups, on=keys)
        .explode("first")
        .filter(pl.col("first") != pl.col("source_file"))
        .group_by("doc_id", maintain_order=True)
        .agg(pl.col("first").head(SHOWN_OTHERS).str.join(", ").alias("named"), pl.col("n").first())
    )
    more = pl.col("n") - 1 - SHOWN_OTHERS
    others = pl.when(more > 0).then(pl.format("{} and {} more", "named", more)).otherwise("named")
    return (
        known.join(named.select("doc_id", others.alias("others")), on="doc_id", how="left")
        .with_columns(pl.col("others").fill_null(""))
        .sort("doc_id")
    )


def continuity_frame(reports: pl.DataFrame, metrics: pl.DataFrame) -> pl.DataFrame:
    """One row per report of a body whose previous year's report is in the lake too: this year's 上年结转 beside
    last year's 结转下年度 (they must be equal). A body is its body_id, else its province and region."""
    carried = values_by_doc(metrics.filter(pl.col("metric").is_in(CARRIED)), list(CARRIED))
    body = body_of(reports)
    bodies = (
        reports.filter(pl.col("region").is_not_null() & pl.col("report_year").is_not_null())
        .select("doc_id", body.alias("body"), "report_year")
        .join(carried, on="doc_id", how="left")
    )
    # Several reports of one body and year (versions, copies) would pair each with each: last year's side keeps one
    # report per distinct 结转下年度 value, which is all the comparison needs.
    last = (
        bodies.select(
            "body",
            (pl.col("report_year") + 1).alias("report_year"),
            pl.col("t3.carried_forward.total").alias("last_carried_forward"),
            pl.col("doc_id").alias("last_doc_id"),
            pl.col("report_year").alias("last_year"),
        )
        .sort("last_doc_id")
        .unique(subset=["body", "report_year", "last_carried_forward"], keep="first", maintain_order=True)
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
