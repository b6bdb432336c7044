"""Views over the lake: status, query, compare and the HTML dashboard, checked against the lake itself."""

from __future__ import annotations

import itertools
import json
import os
import shutil
from pathlib import Path

import polars as pl
import pytest
from typer.testing import CliRunner

from flows.cli import app
from flows.views.compare import CONTINUITY, compare, continuity, copied_from_previous, passages
from flows.views.series import SERIES, Series, contributions, doc_values, paired_rates
from tasks.lake import read_table
from tests.conftest import CORPUS_TRUTH, load_truth

runner = CliRunner()
VIEW_COMMANDS = ("status", "query", "report", "compare")
PINGTAN = "平潭综合实验区"


def invoke(*args: str):
    return runner.invoke(app, list(args))


# Pure functions, on small frames


def metric_rows(rows: list[tuple[str, str, float | None]]) -> pl.DataFrame:
    return pl.DataFrame(
        [
            {
                "doc_id": d,
                "metric": m,
                "value": v,
                "qualifier": "exact" if v is not None else "blank",
                "evidence": f"{m} of {d}",
            }
            for d, m, v in rows
        ],
        schema={
            "doc_id": pl.String,
            "metric": pl.String,
            "value": pl.Float64,
            "qualifier": pl.String,
            "evidence": pl.String,
        },
    )


SERIES_CASES = [
    # id, metric rows, series key, expected {doc: value}
    (
        "template_cell_preferred_over_prose",
        [("a", "t3.new_received.total", 81), ("a", "requests_total", 80)],
        "requests",
        {"a": 81},
    ),
    ("prose_when_no_table", [("a", "requests_total", 12)], "requests", {"a": 12}),
    (
        "blank_cell_falls_back_to_prose",
        [("a", "t3.new_received.total", None), ("a", "requests_total", 5)],
        "requests",
        {"a": 5},
    ),
    ("sum_of_cells", [("a", "t4.suit_direct.total", 5), ("a", "t4.suit_after_review.total", 2)], "lawsuits", {"a": 7}),
    ("one_cell_of_a_sum_missing_is_no_value", [("a", "t4.suit_direct.total", 5)], "lawsuits", {}),
    ("unstated_is_absent_not_zero", [("a", "proactive_total", 3)], "requests", {}),
    (
        "2019_other_row_or_2021_three_rows",
        [
            ("a", "t3.other_total.total", 4),
            ("b", "t3.other_no_correction.total", 1),
            ("b", "t3.other_unpaid_fee.total", 2),
            ("b", "t3.other_misc.total", 3),
        ],
        "other_outcome",
        {"a": 4, "b": 6},
    ),
]


@pytest.mark.parametrize(("rows", "key", "expected"), [c[1:] for c in SERIES_CASES], ids=[c[0] for c in SERIES_CASES])
def test_series_values(rows, key, expected):
    values = doc_values(contributions(metric_rows(rows))).filter(pl.col("series") == key)
    assert dict(zip(values["doc_id"], values["value"], strict=True)) == expected


def test_series_contributions_carry_the_evidence_of_every_summed_cell():
    rows = [("a", "t4.suit_direct.total", 5), ("a", "t4.suit_after_review.total", 2)]
    contrib = contributions(
        metric_rows(rows),
        (Series("lawsuits", "l", "appeals", (("t4.suit_direct.total", "t4.suit_after_review.total"),)),),
    )
    assert sorted(contrib["evidence"].to_list()) == ["t4.suit_after_review.total of a", "t4.suit_direct.total of a"]


def test_rates_pair_cases_with_the_requests_of_the_same_reports():
    values = doc_values(
        contributions(
            metric_rows(
                [
                    ("a", "requests_total", 100),
                    ("a", "reconsiderations", 3),
                    ("b", "requests_total", 50),  # no reconsideration figure: not in the rate
                    ("c", "reconsiderations", 9),  # no requests figure: not in the rate
                ]
            )
        )
    )
    rates = paired_rates(values).filter(pl.col("series").str.starts_with("reconsideration_rate"))
    assert sorted(rates.select("doc_id", "series", "value").rows()) == [
        ("a", "reconsideration_rate.cases", 3.0),
        ("a", "reconsideration_rate.requests", 100.0),
    ]


def body_frames(years_docs: list[tuple[int, str]], rows: list[tuple[str, str, float]]):
    reports = pl.DataFrame(
        {"doc_id": [d for _, d in years_docs], "report_year": [y for y, _ in years_docs]},
        schema={"doc_id": pl.String, "report_year": pl.Int32},
    )
    series = pl.DataFrame(
        [{"doc_id": d, "metric": m, "value": v} for d, m, v in rows],
        schema={"doc_id": pl.String, "metric": pl.String, "value": pl.Float64},
    )
    return reports, series


CONTINUITY_CASES = [
    (
        "carry_over_matches",
        [(2021, "a"), (2022, "b")],
        [("a", "t3.carried_forward.total", 6), ("b", "t3.carried_over.total", 6)],
        [(2021, 2022, "match")],
    ),
    (
        "carry_over_differs",
        [(2021, "a"), (2022, "b")],
        [("a", "t3.carried_forward.total", 6), ("b", "t3.carried_over.total", 4)],
        [(2021, 2022, "mismatch")],
    ),
    (
        "only_one_side_states_it",
        [(2021, "a"), (2022, "b")],
        [("a", "t3.carried_forward.total", 6)],
        [(2021, 2022, "not stated")],
    ),
    (
        "gap_year_is_never_compared",
        [(2021, "a"), (2023, "b")],
        [("a", "t3.carried_forward.total", 6), ("b", "t3.carried_over.total", 6)],
        [(2021, 2023, "no report for 2022")],
    ),
    (
        "two_reports_in_a_year_are_not_compared",
        [(2021, "a"), (2022, "b"), (2022, "c")],
        [("a", "t3.carried_forward.total", 6), ("b", "t3.carried_over.total", 6)],
        [(2021, 2022, "several reports for 2022")],
    ),
    (
        "narrative_years_have_no_carry_over",
        [(2013, "a"), (2014, "b")],
        [("a", "requests_total", 1)],
        [(2013, 2014, "no carry-over figures in either report")],
    ),
    (
        "2019_items_previous_year_plus_change",
        [(2019, "a"), (2020, "b")],
        [
            ("a", "t2_licensing_items_prev_year", 10),
            ("a", "t2_licensing_items_delta", -2),
            ("b", "t2_licensing_items_prev_year", 8),
        ],
        [(2019, 2020, "match")],
    ),
]


@pytest.mark.parametrize(
    ("years_docs", "rows", "expected"), [c[1:] for c in CONTINUITY_CASES], ids=[c[0] for c in CONTINUITY_CASES]
)
def test_continuity(years_docs, rows, expected):
    reports, series = body_frames(years_docs, rows)
    result = continuity(reports, series)
    assert result.select("year", "next_year", "status").rows() == expected


def test_copied_passages_are_whole_sentences_found_in_both_reports():
    old = "一、概述\n本机关认真贯彻落实《条例》，不断完善工作机制。2020年主动公开信息12条。\n"
    new = "一、概述\n本机关认真贯彻落实《条例》，不断完善工作机制。2021年主动公开信息30条。\n"
    docs = pl.DataFrame({"doc_id": ["a", "b"], "text": [old, new]})
    reports = pl.DataFrame(
        {"doc_id": ["a", "b"], "report_year": [2020, 2021]}, schema={"doc_id": pl.String, "report_year": pl.Int32}
    )
    summary, runs = copied_from_previous(reports, docs)
    assert runs["passage"].to_list() == ["本机关认真贯彻落实《条例》，不断完善工作机制。"]
    assert summary.select("report_year", "prev_year", "copied", "passages").rows() == [(2021, 2020, 1, 2)]
    assert "一、概述" not in passages(docs)["sentence"].to_list()  # a heading is too short to count


# The CLI


@pytest.mark.parametrize("command", ["run", "serve", *VIEW_COMMANDS])
def test_every_command_has_help(command):
    result = invoke(command, "--help")
    assert result.exit_code == 0, result.output
    assert "Usage" in result.output and "--help" in result.output


def test_version():
    result = invoke("--version")
    assert result.exit_code == 0 and result.output.startswith("gongkai ")


@pytest.mark.parametrize("args", [("status",), ("query", "SELECT 1"), ("report",), ("compare", PINGTAN)])
def test_missing_lake_is_one_sentence_and_exit_2(tmp_path, args):
    missing = tmp_path / "no-lake"
    result = invoke(*args, "--lake", str(missing), *(["--out", str(tmp_path / "out")] if args[0] == "report" else []))
    assert result.exit_code == 2
    assert result.stderr.strip() == f"error: no lake at {missing}: run `gongkai run` first (or pass --lake DIR)"
    assert "Traceback" not in result.output
    assert not (tmp_path / "out").exists()


def test_debug_shows_the_traceback(tmp_path):
    result = invoke("status", "--lake", str(tmp_path / "no-lake"), "--debug")
    assert result.exit_code != 0 and type(result.exception).__name__ == "ViewError"


def test_status_json_matches_the_lake(corpus_lake):
    lake, _ = corpus_lake
    result = invoke("status", "--lake", str(lake), "--json")
    assert result.exit_code == 0, result.output
    status = json.loads(result.stdout)
    reports = read_table(lake, "reports")
    assert status["overview"]["reports"] == reports.height
    assert status["overview"]["metric_rows"] == read_table(lake, "metrics").height
    by_era = dict(reports.group_by("format_era").len().rows())
    assert {r["format_era"]: r["reports"] for r in status["eras"]} == by_era
    fujian = reports.filter(pl.col("province") == "福建省").group_by("report_year").len()
    row = next(r for r in status["by_year_province"] if r["province"] == "福建省")
    assert {int(y): row[str(y)] for y in fujian["report_year"]} == dict(fujian.rows())
    assert row["total"] == fujian["len"].sum()
    # Coverage of requests received: reports with t3.new_received.total or requests_total stated.
    metrics = read_table(lake, "metrics").filter(pl.col("value").is_not_null())
    stating = metrics.filter(pl.col("metric").is_in(["t3.new_received.total", "requests_total"]))["doc_id"].n_unique()
    requests = next(r for r in status["coverage"] if r["series"] == "requests")
    assert requests["reports"] == stating
    findings = read_table(lake, "findings")
    assert sum(w["findings"] for w in status["warnings"]) == findings.height
    ledger = read_table(lake, "ledger")
    latest = status["runs"][0]
    assert latest["files"] == ledger.filter(pl.col("run_id") == latest["run_id"]).height
    assert (
        latest["landed"] == ledger.filter((pl.col("run_id") == latest["run_id"]) & (pl.col("state") == "landed")).height
    )


def test_status_prints_rich_tables(corpus_lake):
    lake, _ = corpus_lake
    result = invoke("status", "--lake", str(lake))
    assert result.exit_code == 0, result.output
    reports = read_table(lake, "reports")
    assert f"{reports.height} reports from" in result.stdout
    for title in ("Reports per province and year", "Format eras", "Metric coverage", "Validation findings"):
        assert title in result.stdout
    assert "┃" in result.stdout  # a rich table, not hand-made padding
    narrative = reports.filter(pl.col("format_era") == "narrative").height
    line = next(x for x in result.stdout.splitlines() if "│ narrative" in x)
    assert f"│ {narrative:>7} │" in line


def test_query_prints_a_table(corpus_lake):
    lake, _ = corpus_lake
    result = invoke(
        "query",
        "SELECT region, report_year FROM reports WHERE province = '福建省' ORDER BY source_file",
        "--lake",
        str(lake),
    )
    assert result.exit_code == 0, result.output
    fujian = read_table(lake, "reports").filter(pl.col("province") == "福建省")
    assert f"{fujian.height} rows" in result.stdout
    for region in fujian["region"].unique():
        assert region in result.stdout


SQL = (
    "SELECT r.source_file, r.region, m.metric, m.value, m.evidence FROM metrics m JOIN reports r USING (doc_id) "
    "WHERE m.metric IN ('requests_total', 't3.new_received.total') ORDER BY r.source_file, m.metric"
)


def expected_query(lake: Path) -> pl.DataFrame:
    m = read_table(lake, "metrics").filter(pl.col("metric").is_in(["requests_total", "t3.new_received.total"]))
    return (
        m.join(read_table(lake, "reports"), on="doc_id")
        .select("source_file", "region", "metric", "value", "evidence")
        .sort("source_file", "metric")
    )


def test_query_csv_round_trip(corpus_lake):
    lake, _ = corpus_lake
    result = invoke("query", SQL, "--lake", str(lake), "--csv")
    assert result.exit_code == 0, result.output
    from io import StringIO

    got = pl.read_csv(StringIO(result.stdout), schema_overrides={"value": pl.Float64})
    assert got.equals(expected_query(lake))


def test_query_json_round_trip(corpus_lake):
    lake, _ = corpus_lake
    result = invoke("query", SQL, "--lake", str(lake), "--json")
    assert result.exit_code == 0, result.output
    expected = expected_query(lake)
    assert pl.DataFrame(json.loads(result.stdout), schema=expected.schema).equals(expected)


def test_query_parquet_round_trip(corpus_lake, tmp_path):
    lake, _ = corpus_lake
    out = tmp_path / "requests.parquet"
    result = invoke("query", SQL, "--lake", str(lake), "--parquet", str(out))
    assert result.exit_code == 0, result.output
    expected = expected_query(lake)
    assert f"{expected.height:,} rows written" in result.stdout
    assert pl.read_parquet(out).equals(expected)


def test_query_error_is_one_sentence(corpus_lake):
    lake, _ = corpus_lake
    result = invoke("query", "SELECT nope FROM reports", "--lake", str(lake))
    assert result.exit_code == 2
    assert result.stderr.startswith("error: the query failed (Binder Error") and result.stderr.count("\n") == 1
    absent = invoke("query", "SELECT * FROM ledger", "--lake", str(lake))
    if read_table(lake, "ledger") is None:
        assert absent.exit_code == 2 and "not in this lake: ledger" in absent.stderr


# compare, against the corpus truth


def truth_bodies() -> dict[tuple[str, str], list[tuple[int, str, dict]]]:
    """The truth's reports grouped by body — the gazetteer's body_id of the truth's own identity (平潭县 became
    平潭综合实验区) — keyed by the body's latest (province, region)."""
    from tasks.bodies import body_id

    bodies: dict[object, list] = {}
    for name, t in load_truth(CORPUS_TRUTH).items():
        if t.get("region"):
            key = body_id(t["region"], t.get("province"), t.get("admin_level", "unknown"), year=t["report_year"])
            bodies.setdefault(key or (t.get("province"), t["region"]), []).append(
                (t["report_year"], name, t["metrics"], (t.get("province"), t["region"]))
            )
    out = {}
    for reports in bodies.values():
        reports.sort(key=lambda r: (r[0], r[1]))
        out[reports[-1][3]] = [r[:3] for r in reports]
    return out


def test_compare_pingtan_years_in_order(corpus_lake):
    lake, _ = corpus_lake
    result = compare(lake, PINGTAN, "福建省")
    truth_years = [y for y, _, _ in truth_bodies()[("福建省", PINGTAN)]]
    assert result.reports["report_year"].to_list() == truth_years
    assert result.reports["source_file"].to_list() == [f"{n}.txt" for _, n, _ in truth_bodies()[("福建省", PINGTAN)]]
    shown = invoke("compare", PINGTAN, "--lake", str(lake))
    assert shown.exit_code == 0, shown.output
    header = next(x for x in shown.stdout.splitlines() if x.startswith("┃ metric"))
    assert [c.strip() for c in header.strip("┃").split("┃")][1:] == [str(y) for y in truth_years]


def test_compare_continuity_matches_the_reports_own_numbers(corpus_lake):
    """Every consecutive-year pair of one body in the truth: the carry-over check compares the truth's figures;
    every other pair of reports says why it is not compared."""
    lake, _ = corpus_lake
    lake_regions = set(read_table(lake, "reports").select("province", "region").rows())
    for (province, region), reports in truth_bodies().items():
        if len(reports) < 2 or (province, region) not in lake_regions:
            continue
        result = compare(lake, region, province).continuity
        for (year, _, before), (nxt, _, after) in itertools.pairwise(reports):
            rows = result.filter((pl.col("year") == year) & (pl.col("next_year") == nxt))
            if nxt != year + 1:
                assert rows["status"].to_list() == [
                    f"no report for {year + 1}" if nxt == year + 2 else f"no reports for {year + 1}–{nxt - 1}"
                ]
                continue
            for check in CONTINUITY:
                expected = (
                    sum(before[m]["value"] for m in check.before) if all(m in before for m in check.before) else None
                )
                stated = after[check.after]["value"] if check.after in after else None
                row = rows.filter(pl.col("check") == check.label)
                if expected is None and stated is None:
                    assert row.height == 0
                    continue
                assert row.select("expected", "stated").row(0) == (expected, stated), (region, year, check.label)
                status = "not stated" if None in (expected, stated) else "match" if expected == stated else "mismatch"
                assert row["status"][0] == status


def test_compare_copied_passages_are_in_both_reports(corpus_lake):
    lake, _ = corpus_lake
    result = compare(lake, PINGTAN, "福建省")
    docs = read_table(lake, "documents").select("doc_id", "text")
    text = dict(zip(*[docs[c] for c in ("doc_id", "text")], strict=True))
    by_year = dict(zip(result.reports["report_year"], result.reports["doc_id"], strict=True))
    assert result.copied_passages.height > 0
    for year, prev, passage in result.copied_passages.rows():
        assert passage in text[by_year[year]] and passage in text[by_year[prev]]
    # The 2013 report repeats the 2012 one (平潭县, the same body before it was renamed) word for word here.
    assert (
        "充分发挥政府网站第一平台作用，进一步加强政府信息公开平台建设。"
        in result.copied_passages.filter(pl.col("report_year") == 2013)["passage"].to_list()
    )


def test_compare_unknown_region_suggests_names(corpus_lake):
    lake, _ = corpus_lake
    result = invoke("compare", "平潭", "--lake", str(lake))
    assert result.exit_code == 2
    assert result.stderr.startswith("error: no body named 平潭 in the lake: did you mean ") and PINGTAN in result.stderr


# The dashboard, in a real browser


def by_year_preferring(
    lake: Path, metrics: list[str], province: str | None = None, also_stating: list[str] | None = None
) -> dict[int, float]:
    """Per year, the sum over reports of the first of `metrics` each report states (written independently of views);
    with also_stating, only over reports that state one of those metrics too."""
    stated = read_table(lake, "metrics").filter(pl.col("value").is_not_null())
    m = stated.filter(pl.col("metric").is_in(metrics))
    rank = {name: i for i, name in enumerate(metrics)}
    m = m.with_columns(pl.col("metric").replace_strict(rank).alias("rank")).sort("doc_id", "rank")
    first = m.group_by("doc_id", maintain_order=True).first()
    if also_stating:
        first = first.filter(
            pl.col("doc_id").is_in(stated.filter(pl.col("metric").is_in(also_stating))["doc_id"].to_list())
        )
    reports = read_table(lake, "reports")
    if province:
        reports = reports.filter(pl.col("province") == province)
    joined = first.drop("report_year").join(reports.select("doc_id", "report_year"), on="doc_id")
    return dict(joined.group_by("report_year").agg(pl.col("value").sum()).rows())


def numbers_table(page, table_id: str, series: str) -> dict[int, float]:
    cells = page.locator(f"#{table_id} td[data-series='{series}']")
    out = {}
    for i in range(cells.count()):
        text = cells.nth(i).inner_text().replace(",", "")
        if text != "—":
            out[int(cells.nth(i).get_attribute("data-year"))] = float(text)
    return out


def open_page(browser, html: Path, ready: str = "#chart-requests .main-svg"):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    errors, requests = [], []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", lambda r: requests.append(r.url))
    page.goto(html.as_uri())
    page.wait_for_selector(ready)
    return page, errors, requests


def screenshot(page, name: str, tmp_path: Path, selector: str | None = None) -> None:
    """Save to tmp_path; with GONGKAI_SCREENSHOTS=DIR also there (docs/screenshots is what the README shows)."""
    target = tmp_path / f"{name}.png"
    (page.locator(selector) if selector else page).screenshot(path=str(target))
    if os.environ.get("GONGKAI_SCREENSHOTS"):
        out = Path(os.environ["GONGKAI_SCREENSHOTS"])
        out.mkdir(parents=True, exist_ok=True)
        shutil.copy(target, out / target.name)


def build(lake: Path, out: Path) -> Path:
    result = invoke("report", "--lake", str(lake), "--out", str(out))
    assert result.exit_code == 0, result.output
    html = out / "index.html"
    assert result.stdout.startswith(f"dashboard: {html}")
    return html


def assert_charts_rendered(page) -> None:
    for chart in ("coverage", "stated", "requests", "appeals", "proactive", "findings", "body"):
        assert page.locator(f"#chart-{chart} .main-svg").count() > 0, chart
    assert page.locator("#chart-coverage .hm image, #chart-coverage .heatmaplayer image").count() > 0
    for chart in ("stated", "requests", "proactive", "findings"):
        assert page.locator(f"#chart-{chart} .bars .point path").count() > 0, chart
    for chart in ("requests", "appeals", "proactive", "body"):
        assert page.locator(f"#chart-{chart} .scatterlayer .point").count() > 0, chart


def test_dashboard_corpus(browser, corpus_lake, tmp_path):
    lake, _ = corpus_lake
    html = build(lake, tmp_path / "report")
    source = html.read_text(encoding="utf-8")
    assert "<script src" not in source and "<link " not in source  # self-contained: nothing fetched at view time
    page, errors, requests = open_page(browser, html)
    assert errors == []
    assert all(u.startswith(("file:", "data:", "blob:", "about:")) for u in requests), requests

    reports = read_table(lake, "reports")
    metrics = read_table(lake, "metrics")
    assert page.locator("h1").inner_text().startswith("gongkai dashboard")
    subtitle = page.locator("#subtitle").inner_text()
    assert f"{reports.height} reports" in subtitle and f"{metrics.height:,} metric values" in subtitle
    assert page.locator("#f-summary").inner_text() == f"Showing {reports.height} of {reports.height} reports"
    assert_charts_rendered(page)
    screenshot(page, "dashboard-overview", tmp_path)

    # Numbers shown equal the lake's.
    assert numbers_table(page, "numbers-requests", "requests") == by_year_preferring(
        lake, ["t3.new_received.total", "requests_total"]
    )
    assert numbers_table(page, "numbers-proactive", "proactive_total") == by_year_preferring(lake, ["proactive_total"])
    assert numbers_table(page, "numbers-appeals", "reconsideration_rate.cases") == by_year_preferring(
        lake, ["t4.reconsideration.total", "reconsiderations"], also_stating=["t3.new_received.total", "requests_total"]
    )
    assert numbers_table(page, "numbers-appeals", "reconsideration_rate.requests") == by_year_preferring(
        lake, ["t3.new_received.total", "requests_total"], also_stating=["t4.reconsideration.total", "reconsiderations"]
    )
    coverage = page.evaluate("document.getElementById('chart-coverage').data[0]")
    for province, row in zip(coverage["y"], coverage["z"], strict=True):
        for year, n in zip(coverage["x"], row, strict=True):
            want = reports.filter(
                (pl.col("province").fill_null("(unknown)") == province) & (pl.col("report_year") == int(year))
            ).height
            assert (n or 0) == want, (province, year)
    findings = read_table(lake, "findings")
    for expectation, n in findings.group_by("expectation").len().rows():
        assert page.locator(f"#numbers-findings td[data-expectation='{expectation}']").inner_text() == str(n)

    # A number of the table opens its evidence: the sentences the values were read from.
    year = max(by_year_preferring(lake, ["t3.new_received.total", "requests_total"]))
    page.locator(f"#numbers-requests td[data-series='requests'][data-year='{year}']").click()
    evidence = page.locator("#evidence-requests")
    assert f"requests received, {year}" in evidence.locator("h4").inner_text()
    year_docs = reports.filter(pl.col("report_year") == year)["doc_id"]
    sentences = metrics.filter(
        pl.col("doc_id").is_in(year_docs.to_list())
        & pl.col("metric").is_in(["t3.new_received.total", "requests_total"])
    )["evidence"].to_list()
    shown = evidence.locator("td.evidence-text").all_inner_texts()
    assert shown and all(any(s == e[:240] for e in sentences) for s in shown)
    screenshot(page, "dashboard-evidence", tmp_path, "#requests")

    # A click on a bar of the chart does the same.
    page.locator("#evidence-proactive").scroll_into_view_if_needed()
    bar = page.locator("#chart-proactive .bars .point path").first
    bar.scroll_into_view_if_needed()
    box = bar.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_selector("#evidence-proactive td.evidence-text")
    assert page.locator("#evidence-proactive td.evidence-text").count() > 0

    # Filters: one province.
    page.select_option("#f-province", "福建省")
    fujian = reports.filter(pl.col("province") == "福建省")
    assert page.locator("#f-summary").inner_text() == f"Showing {fujian.height} of {reports.height} reports"
    assert numbers_table(page, "numbers-requests", "requests") == by_year_preferring(
        lake, ["t3.new_received.total", "requests_total"], province="福建省"
    )
    page.click("#f-reset")

    # The body page: Pingtan across years, with its continuity checks and copied text.
    page.select_option(
        "#body-select",
        label=next(
            o for o in page.locator("#body-select option").all_inner_texts() if o.startswith(f"{PINGTAN} (福建省)")
        ),
    )
    years = [int(x) for x in page.locator("#body-reports tbody tr td:first-child").all_inner_texts()]
    assert years == [y for y, _, _ in truth_bodies()[("福建省", PINGTAN)]]
    cont = compare(lake, PINGTAN, "福建省").continuity
    assert page.locator("#body-continuity tbody tr").count() == cont.height
    assert (
        page.locator("#body-continuity tbody").inner_text().count("no report for")
        == cont.filter(pl.col("status").str.starts_with("no report for")).height
    )
    cell = page.locator("#body-series td[data-metric='requests_total'][data-year='2014']")
    cell.click()
    d06 = metrics.join(reports.filter(pl.col("source_file") == "d06.txt").select("doc_id"), on="doc_id")
    assert (
        page.locator("#evidence-body td.evidence-text").inner_text()
        == d06.filter(pl.col("metric") == "requests_total")["evidence"][0]
    )
    assert page.locator("#body-passages li").count() > 0
    screenshot(page, "dashboard-body", tmp_path, "#bodies")
    page.close()


def test_dashboard_samples(browser, sample_lake, tmp_path):
    lake, _ = sample_lake
    html = build(lake, tmp_path / "report")
    page, errors, _ = open_page(browser, html)
    assert errors == []
    reports = read_table(lake, "reports")
    assert page.locator("#f-summary").inner_text() == f"Showing {reports.height} of {reports.height} reports"
    for chart in ("coverage", "stated", "requests", "proactive", "findings"):
        assert page.locator(f"#chart-{chart} .main-svg").count() > 0, chart
    assert numbers_table(page, "numbers-requests", "requests") == by_year_preferring(
        lake, ["t3.new_received.total", "requests_total"]
    )
    assert numbers_table(page, "numbers-proactive", "proactive_total") == by_year_preferring(lake, ["proactive_total"])
    stated = {k.key: page.locator(f"#numbers-stated td[data-series='{k.key}']").inner_text() for k in SERIES}
    m = read_table(lake, "metrics").filter(pl.col("value").is_not_null())
    assert stated["proactive_total"] == str(m.filter(pl.col("metric") == "proactive_total")["doc_id"].n_unique())
    page.locator("#numbers-stated td[data-series='proactive_total']").click()
    shown = page.locator("#evidence-coverage td.evidence-text").all_inner_texts()
    assert sorted(shown) == sorted(e[:240] for e in m.filter(pl.col("metric") == "proactive_total")["evidence"])
    screenshot(page, "dashboard-samples", tmp_path)
    page.close()


def test_compare_html_page(browser, corpus_lake, tmp_path):
    lake, _ = corpus_lake
    out = tmp_path / "pingtan.html"
    result = invoke("compare", PINGTAN, "--lake", str(lake), "--html", str(out))
    assert result.exit_code == 0, result.output
    page, errors, _ = open_page(browser, out, ready="#chart-body .main-svg")
    assert errors == []
    assert page.locator("h1").inner_text().startswith(f"{PINGTAN} (福建省)")
    assert page.locator("#coverage").is_hidden() and page.locator("#bodies").is_visible()
    assert page.locator("#chart-body .scatterlayer .point").count() > 0
    page.close()


def test_embedded_data_survives_report_text_that_looks_like_html():
    from flows.views.dashboard import render_html

    data = {"meta": {"lake": "x"}, "evidence": {"evidence": ["</script><script>alert(1)</script>", "<!-- 注释 -->"]}}
    html = render_html(data, "t")
    start = html.index('<script id="data" type="application/json">') + len('<script id="data" type="application/json">')
    assert json.loads(html[start : html.index("</script>", start)]) == data
