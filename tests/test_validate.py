"""Great Expectations suites: deliberately broken rows are caught by the expectation meant for each."""

from __future__ import annotations

import polars as pl
from conftest import SAMPLES

from tasks.check_frames import body_years_frame, continuity_frame
from tasks.extract import extract_batch
from tasks.ingest import read_batch
from tasks.normalize import normalize_batch
from tasks.validate import continuity_findings, validate_batch


def seed_batch():
    raw, _ = read_batch(sorted(SAMPLES.glob("*.txt")), SAMPLES)
    docs = normalize_batch(raw)
    reports, metrics, notes = extract_batch(docs)
    return docs, reports, metrics, notes


def test_seeds_pass_without_errors() -> None:
    docs, reports, metrics, notes = seed_batch()
    out = validate_batch(reports, metrics, docs, notes, "t")
    assert out.quarantine.height == 0
    assert out.metrics.height == metrics.height and out.reports.height == 5
    assert set(out.findings["severity"]) == {"warning"}


def test_broken_rows_are_quarantined_by_their_own_expectation() -> None:
    docs, reports, metrics, notes = seed_batch()
    d0 = reports["doc_id"][0]
    broken_reports = reports.with_columns(
        pl.when(pl.col("doc_id") == d0).then(2099).otherwise(pl.col("report_year")).cast(pl.Int32).alias("report_year")
    )
    m = metrics.with_row_index("i")
    broken_metrics = m.with_columns(
        pl.when(pl.col("i") == 0).then(-5.0).otherwise(pl.col("value")).alias("value"),
        pl.when(pl.col("i") == 1).then(pl.lit("requests_imaginary")).otherwise(pl.col("metric")).alias("metric"),
        pl.when(pl.col("i") == 2).then(pl.lit("完全不同的文字")).otherwise(pl.col("evidence")).alias("evidence"),
    ).drop("i")
    out = validate_batch(broken_reports, broken_metrics, docs, notes, "t")
    reasons = {(r["table"], r["reason"]) for r in out.quarantine.iter_rows(named=True)}
    assert ("reports", "expect_column_values_to_be_between(report_year)") in reasons
    q = out.quarantine.filter(pl.col("table") == "metrics")
    by_metric = {r["row"]: r["reason"] for r in q.iter_rows(named=True)}
    assert any("unsigned_value" in v for v in by_metric.values())
    assert any(v == "expect_column_values_to_be_in_set(metric)" for v in by_metric.values())
    assert any("evidence_is_the_text" in v for v in by_metric.values())
    # Nothing else is lost: every other metric of the other documents is still published.
    kept_expected = broken_metrics.with_row_index("i").filter((pl.col("i") > 2) & (pl.col("doc_id") != d0)).height
    assert out.metrics.filter(pl.col("doc_id") != d0).height == kept_expected
    assert d0 not in out.reports["doc_id"].to_list()


def test_each_finding_names_the_check_that_failed() -> None:
    """Great Expectations returns a suite's results grouped by domain, not in the suite's order: a count of 2.5 was
    reported (and quarantined) as a value beyond plausible, an evidence ending before it starts as a fraction. Each
    result is matched to its own check."""
    docs, reports, metrics, notes = seed_batch()
    m = metrics.with_row_index("i")
    broken = m.with_columns(
        pl.when(pl.col("i") == 0).then(2.5).otherwise(pl.col("value")).alias("value"),
        pl.when(pl.col("i") == 1)
        .then(pl.col("evidence_start") - 1)
        .otherwise(pl.col("evidence_end"))
        .alias("evidence_end"),
    ).drop("i")
    out = validate_batch(reports, broken, docs, notes, "t")
    q = out.quarantine.filter(pl.col("table") == "metrics")
    reasons = dict(zip(q["detail"].to_list(), q["reason"].to_list(), strict=True))
    first, second = metrics.row(0, named=True), metrics.row(1, named=True)
    assert reasons[f"{first['metric']} = 2.5"] == "expect_column_values_to_be_in_set(is_whole_number)"
    assert reasons[f"{second['metric']} = {second['value']}"] == (
        "expect_column_pair_values_a_to_be_greater_than_b(evidence_end)"
    )
    # a check passes exactly where it found no failing row (a result read against another check's did not)
    assert all(r["success"] == (r["unexpected_count"] == 0) for r in out.runs.iter_rows(named=True))


def test_a_metric_given_twice_in_a_report_keeps_neither_row() -> None:
    """Two rows of one metric in one report (a table printed twice, read twice) would give a panel two answers for one
    cell: both stay out, quarantined under the uniqueness check; the report's other figures land."""
    docs, reports, metrics, notes = seed_batch()
    first = metrics.row(0, named=True)
    twice = pl.concat([metrics, pl.DataFrame([{**first, "value": first["value"] + 1}], schema=metrics.schema)])
    out = validate_batch(reports, twice, docs, notes, "t")
    q = out.quarantine.filter(pl.col("table") == "metrics")
    assert q.height == 2 and set(q["reason"]) == {"expect_compound_columns_to_be_unique(doc_metric)"}
    same = (pl.col("doc_id") == first["doc_id"]) & (pl.col("metric") == first["metric"])
    assert out.metrics.filter(same).height == 0
    assert out.metrics.height == metrics.height - 1 and out.reports.height == 5


def test_every_recorded_self_contradiction_in_the_corpus_gets_a_warning(corpus_lake) -> None:
    from conftest import CORPUS_TRUTH, load_truth

    from tasks.lake import read_table

    lake, _ = corpus_lake
    truth = load_truth(CORPUS_TRUTH)
    reports = read_table(lake, "reports")
    findings = read_table(lake, "findings")
    stem_of = {r["doc_id"]: r["source_file"].removesuffix(".txt") for r in reports.iter_rows(named=True)}
    warned = {stem_of[d] for d in findings.filter(pl.col("severity") == "warning")["doc_id"]}
    contradictory = {s for s, t in truth.items() if "INCONSISTEN" in t["notes"].upper()}
    assert contradictory == {"d04", "d05", "d18"}
    assert contradictory <= warned, contradictory - warned
    assert (findings["severity"] == "error").sum() == 0
    d18 = next(d for d, s in stem_of.items() if s == "d18")
    detail = findings.filter((pl.col("doc_id") == d18) & pl.col("expectation").str.contains("prose_conflicts"))
    assert "155" in detail["detail"][0] and "154" in detail["detail"][0]


def test_carry_over_across_years_is_checked_for_the_same_body_only() -> None:
    reports = pl.DataFrame(
        {
            "doc_id": ["a20", "a21", "b21", "c21"],
            "province": ["福建省", "福建省", "浙江省", "福建省"],
            "region": ["平潭县", "平潭县", "平潭县", "长乐区"],
            "report_year": [2020, 2021, 2021, 2021],
        },
        schema_overrides={"report_year": pl.Int32},
    )
    metrics = pl.DataFrame(
        {
            "doc_id": ["a20", "a21", "b21", "c21"],
            "metric": [
                "t3.carried_forward.total",
                "t3.carried_over.total",
                "t3.carried_over.total",
                "t3.carried_over.total",
            ],
            "value": [5.0, 3.0, 5.0, 5.0],
        }
    )
    frame = continuity_frame(reports, metrics)
    # Only a21 has last year's report of its own body (平潭县 of 福建省; 浙江省's namesake is another body).
    assert frame["doc_id"].to_list() == ["a21"]
    findings, runs = continuity_findings(frame, "t")
    assert findings["doc_id"].to_list() == ["a21"] and findings["severity"].to_list() == ["warning"]
    assert "2020 carried_forward 5" in findings["detail"][0] and "2021 carried_over 3" in findings["detail"][0]
    assert runs["success"].to_list() == [False] and runs["suite"].to_list() == ["continuity"]
    agreeing = metrics.with_columns(pl.when(pl.col("doc_id") == "a21").then(5.0).otherwise("value").alias("value"))
    assert continuity_findings(continuity_frame(reports, agreeing), "t")[0].height == 0


def test_continuity_of_many_copies_of_a_body_year_grows_with_the_copies_not_their_square() -> None:
    """Copies or versions of one body's report for one year: each of this year's is compared with every distinct
    value last year's copies state, never with each copy (300 × 300 rows would be 90,000)."""
    k = 300
    last = [f"l{i:03d}" for i in range(k)]
    this = [f"t{i:03d}" for i in range(k)]
    reports = pl.DataFrame(
        {
            "doc_id": last + this,
            "province": ["福建省"] * (2 * k),
            "region": ["平潭县"] * (2 * k),
            "report_year": [2020] * k + [2021] * k,
        },
        schema_overrides={"report_year": pl.Int32},
    )
    forward = [5.0] * (k - 1) + [4.0]  # one of last year's copies states another figure
    metrics = pl.DataFrame(
        {
            "doc_id": last + this,
            "metric": ["t3.carried_forward.total"] * k + ["t3.carried_over.total"] * k,
            "value": forward + [5.0] * k,
        }
    )
    frame = continuity_frame(reports, metrics)
    assert frame.height == 2 * k  # each of this year's against 5 and against 4
    findings, _ = continuity_findings(frame, "t")
    assert findings.height == k and all("carried_forward 4" in d for d in findings["detail"])


def test_a_table_read_in_part_whose_outcomes_exceed_its_total_is_an_error() -> None:
    """d12's table 三 as pdftotext with no options left it for a reader that paired a displaced label with another
    row's cells: 3.其他 '0 0 0 0 2 0 2' and （七）总计 zeros, the other rows not read. Every cell is a count, so outcome
    rows can never sum above the total: the table's rows stay out, whatever reader landed them. Rows that stay within
    it, or a table with no total read, pass."""
    from conftest import CORPUS_RAW

    raw, _ = read_batch([CORPUS_RAW / "d12.txt"], CORPUS_RAW)
    docs = normalize_batch(raw)
    reports, metrics, notes = extract_batch(docs)
    doc = reports["doc_id"][0]
    part = ("new_received", "other_misc", "outcomes_total")
    read_in_part = metrics.filter(
        ~pl.col("metric").str.starts_with("t3.") | pl.col("metric").str.extract(r"^t3\.([^.]+)\.", 1).is_in(part)
    )
    assert validate_batch(reports, read_in_part, docs, notes, "t").quarantine.height == 0
    misread = read_in_part.with_columns(
        pl.when(pl.col("metric").is_in(["t3.other_misc.legal_service", "t3.other_misc.total"]))
        .then(2.0)
        .when(pl.col("metric").str.starts_with("t3.outcomes_total."))
        .then(0.0)
        .otherwise(pl.col("value"))
        .alias("value")
    )
    out = validate_batch(reports, misread, docs, notes, "t")
    errors = out.findings.filter(pl.col("expectation").str.contains("outcomes_total"))
    assert sorted(errors["detail"]) == [
        "table 三 legal_service: outcome rows read sum to 2, （七）总计 0",
        "table 三 total: outcome rows read sum to 2, （七）总计 0",
    ]
    assert not out.metrics.filter(pl.col("doc_id") == doc)["metric"].str.starts_with("t3.").any()
    assert out.metrics.filter(pl.col("metric").str.starts_with("t2_")).height > 0  # its other figures land


def test_two_reports_of_one_body_and_year_each_name_the_other() -> None:
    """The same report saved as a page and as a PDF, or two versions of it: each would count in every panel of the
    lake. Both land, each with a warning naming the other's file; a namesake elsewhere, another year, a report of no
    known body or year are no such pair; many copies name a few and count the rest (linear in the copies)."""
    reports = pl.DataFrame(
        {
            "doc_id": ["a", "b", "c", "d", "e", "f"],
            "source_file": ["pt/2021.txt", "pt/2021.pdf", "zj/2021.txt", "pt/2020.txt", "x.txt", "y.txt"],
            "province": ["福建省", "福建省", "浙江省", "福建省", None, "福建省"],
            "region": ["平潭县", "平潭县", "平潭县", "平潭县", None, "平潭县"],
            "report_year": [2021, 2021, 2021, 2020, 2021, 0],
        },
        schema_overrides={"report_year": pl.Int32},
    )
    findings, runs = continuity_findings(pl.DataFrame(), "t", body_years_frame(reports))
    assert dict(zip(findings["doc_id"], findings["detail"], strict=True)) == {
        "a": "福建省/平潭县 2021: also in pt/2021.pdf",
        "b": "福建省/平潭县 2021: also in pt/2021.txt",
    }
    assert set(findings["severity"]) == {"warning"} and runs["suite"].to_list() == ["body_years"]
    assert continuity_findings(pl.DataFrame(), "t", body_years_frame(reports[2:]))[0].height == 0
    k = 300
    copies = pl.DataFrame(
        {
            "doc_id": [f"c{i:03d}" for i in range(k)],
            "source_file": [f"copy{i:03d}.txt" for i in range(k)],
            "province": ["福建省"] * k,
            "region": ["平潭县"] * k,
            "report_year": [2021] * k,
        }
    )
    frame = body_years_frame(copies)
    assert frame.height == k
    assert frame["others"][0] == f"copy001.txt, copy002.txt, copy003.txt and {k - 4} more"


def test_misread_template_table_is_an_error_that_removes_only_its_rows() -> None:
    from conftest import CORPUS_RAW

    paths = [CORPUS_RAW / "d12.txt", CORPUS_RAW / "d13.txt"]
    raw, _ = read_batch(paths, CORPUS_RAW)
    docs = normalize_batch(raw)
    reports, metrics, notes = extract_batch(docs)
    d12 = reports.filter(pl.col("source_file") == "d12.txt")["doc_id"][0]
    clean = validate_batch(reports, metrics, docs, notes, "t")
    assert clean.quarantine.height == 0
    # Simulate a misread: one cell of d12's table 三 off by one, as a wrong split would leave it.
    misread = metrics.with_columns(
        pl.when((pl.col("doc_id") == d12) & (pl.col("metric") == "t3.granted.natural_person"))
        .then(pl.col("value") + 1)
        .otherwise(pl.col("value"))
        .alias("value")
    )
    out = validate_batch(reports, misread, docs, notes, "t")
    errors = out.findings.filter(pl.col("severity") == "error")
    assert errors["doc_id"].unique().to_list() == [d12]
    # The row's cells no longer add up to its 总计, nor the column's outcomes to theirs: each named with its numbers.
    assert errors.select("expectation", "detail").rows() == [
        ("expect_multicolumn_sum_to_equal(row_cells)", "table 三 granted: 1 + 0 + 0 + 0 + 0 + 0 != total 0"),
        ("expect_multicolumn_sum_to_equal(column_outcomes)", "table 三 natural_person: outcomes 3 != 2"),
    ]
    kept = out.metrics.filter(pl.col("doc_id") == d12)["metric"].to_list()
    assert kept and not any(m.startswith(("t3.", "t4.")) for m in kept)
    assert d12 in out.reports["doc_id"].to_list()
    assert out.metrics.filter(pl.col("doc_id") != d12).height == metrics.filter(pl.col("doc_id") != d12).height
