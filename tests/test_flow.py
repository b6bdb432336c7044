"""The real flow through the front door: samples in, a validated lake out, on a real Prefect API."""

from __future__ import annotations

import asyncio
import json
import os
from pathlib import Path

import polars as pl
import pytest
from conftest import SAMPLES
from typer.testing import CliRunner

from flows.cli import app
from tasks.lake import read_table


def test_samples_land_with_their_years(sample_lake) -> None:
    lake, summary = sample_lake
    reports = read_table(lake, "reports")
    years = dict(zip(reports["source_file"], reports["report_year"], strict=True))
    assert years == {
        "000_ee6de2f55f2ec1aa.txt": 2017,
        "001_f8b3f872fb9b29ea.txt": 2014,
        "002_e3436ed2472bee66.txt": 2018,
        "003_34c935c833bcbbd6.txt": 2019,
        "004_ad8af40d0a921405.txt": 2017,
    }
    docs = read_table(lake, "documents")
    assert docs.height == 5 and all(len(t) > 500 for t in docs["text"])
    assert summary["landed"] == 5 and summary["quarantined"] == 0
    log = json.loads(docs.filter(pl.col("source_file").str.starts_with("001"))["normalization_log"][0])
    assert log["opencc_config"] == "tw2sp_gov" and log["script"] == "traditional_taiwan_phrases"


def test_lake_layout_is_hive_partitioned(sample_lake) -> None:
    lake, _ = sample_lake
    for table in ("reports", "metrics", "documents"):
        assert sorted(p.name for p in (lake / table).iterdir()) == [
            "report_year=2014",
            "report_year=2017",
            "report_year=2018",
            "report_year=2019",
        ]
    metrics = pl.scan_parquet(str(lake / "metrics" / "**" / "*.parquet"), hive_partitioning=True).collect()
    docs = read_table(lake, "documents")
    texts = dict(zip(docs["doc_id"], docs["text"], strict=True))
    for r in metrics.iter_rows(named=True):
        assert texts[r["doc_id"]][r["evidence_start"] : r["evidence_end"]] == r["evidence"]


def test_seed_000_lands_with_its_channel_warning(sample_lake) -> None:
    lake, _ = sample_lake
    findings = read_table(lake, "findings")
    reports = read_table(lake, "reports")
    doc = reports.filter(pl.col("source_file").str.starts_with("000"))["doc_id"][0]
    mine = findings.filter(pl.col("doc_id") == doc)
    assert mine["severity"].to_list() == ["warning"]
    assert "7" in mine["detail"][0] and "9" in mine["detail"][0]
    assert (findings["severity"] == "error").sum() == 0


def test_flow_run_is_recorded_as_completed(sample_lake) -> None:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowFilter, FlowFilterName
    from prefect.client.schemas.sorting import FlowRunSort

    async def runs():
        async with get_client() as client:
            return await client.read_flow_runs(
                flow_filter=FlowFilter(name=FlowFilterName(any_=["gongkai"])),
                limit=50,
                sort=FlowRunSort.START_TIME_DESC,
            )

    states = [r.state.type.value for r in asyncio.run(runs())]
    assert "COMPLETED" in states, states


def test_rerun_is_idempotent(sample_lake) -> None:
    from flows.gongkai import gongkai

    lake, _ = sample_lake
    before = {t: read_table(lake, t).sort("doc_id").drop("run_id", strict=False) for t in ("reports", "metrics")}
    gongkai(input_dir=str(SAMPLES), lake_dir=str(lake))
    for t, df in before.items():
        after = read_table(lake, t).sort("doc_id").drop("run_id", strict=False)
        assert after.height == df.height
        assert after.sort(after.columns).equals(df.sort(df.columns))


def test_cli_help_explains_itself() -> None:
    runner = CliRunner()
    top = runner.invoke(app, ["--help"])
    assert top.exit_code == 0 and "run" in top.output
    sub = runner.invoke(app, ["run", "--help"])
    assert sub.exit_code == 0 and "--input" in sub.output and "--lake" in sub.output


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        (b"\x00\x01\x02\x03" * 100, "binary"),
        (b"nothing to see here", "not_a_report"),
        (b"", "empty"),
        (b" \n\t\n", "whitespace_only"),
    ],
)
def test_bad_input_is_quarantined_with_a_reason(prefect_api, tmp_path: Path, bad: bytes, reason: str) -> None:
    from flows.gongkai import gongkai

    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "broken.bin").write_bytes(bad)
    (inp / "good.txt").write_bytes((SAMPLES / "004_ad8af40d0a921405.txt").read_bytes())
    summary = gongkai(input_dir=str(inp), lake_dir=str(tmp_path / "lake"))
    q = read_table(tmp_path / "lake", "quarantine")
    assert q.filter(pl.col("source_file") == "broken.bin")["reason"].to_list() == [reason]
    assert summary["landed"] == 1 and summary["files"] == 2 and summary["quarantined"] == 1


NOTICE = (
    "关于开展2023年度全县春季植树造林活动的通知\n各乡镇人民政府，县直各部门：\n为深入贯彻落实生态文明建设要求，进一步改善我县"
    "生态环境，经县政府研究，决定在全县范围内开展春季植树造林活动。现将有关事项通知如下：一、活动时间为3月1日至4月30日。"
    "二、各单位要高度重视，精心组织，确保活动取得实效。\n某某县人民政府办公室\n2023年2月20日\n"
)


def test_a_chinese_document_of_another_kind_is_quarantined_not_landed_as_a_report(prefect_api, tmp_path: Path) -> None:
    """A notice says nothing of open government information: it landed as a report of 2023 with no figures (every
    panel of the lake counted it); it is quarantined with its reason, and a report with it lands."""
    from flows.gongkai import gongkai

    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "notice.txt").write_text(NOTICE, encoding="utf-8")
    (inp / "good.txt").write_bytes((SAMPLES / "004_ad8af40d0a921405.txt").read_bytes())
    summary = gongkai(input_dir=str(inp), lake_dir=str(tmp_path / "lake"))
    assert summary["landed"] == 1 and summary["quarantined"] == 1
    q = read_table(tmp_path / "lake", "quarantine")
    assert q.select("source_file", "stage", "reason").rows() == [("notice.txt", "extract", "not_a_report")]
    assert "信息公开" in q["detail"][0] and q["run_id"][0] == summary["run_id"]
    assert read_table(tmp_path / "lake", "reports")["source_file"].to_list() == ["good.txt"]
    again = gongkai(input_dir=str(inp), lake_dir=str(tmp_path / "lake"))
    assert again["unchanged"] == 2 and again["quarantined"] == 0


def test_a_lake_s_first_report_with_no_figure_lands(prefect_api, tmp_path: Path) -> None:
    """The first run of a lake landing only reports that state no figure: the carry-over check read a metrics table
    the lake did not have yet, and the run failed."""
    from flows.gongkai import gongkai

    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "brief.txt").write_text(
        "某某县2020年政府信息公开工作年度报告\n一、总体情况\n2020年，我县高度重视政府信息公开工作，认真贯彻落实《条例》。\n",
        encoding="utf-8",
    )
    summary = gongkai(input_dir=str(inp), lake_dir=str(tmp_path / "lake"))
    assert summary["landed"] == 1 and summary["metrics"] == 0
    assert read_table(tmp_path / "lake", "reports")["report_year"].to_list() == [2020]


def test_the_same_report_saved_twice_lands_once_each_with_a_warning_naming_the_other(
    prefect_api, tmp_path: Path
) -> None:
    """A report given as its page's text and as a PDF (typeset from it): two reports of one body and year, which every
    panel would count twice. Both land (neither is known to be the one to keep), each with a warning naming the other
    file; a later run that adds a third copy names both others, its findings replacing the earlier ones."""
    from render import typeset

    from flows.gongkai import gongkai
    from tasks.normalize import normalize_text

    inp = tmp_path / "in"
    inp.mkdir()
    text = (SAMPLES / "004_ad8af40d0a921405.txt").read_bytes()
    (inp / "report.txt").write_bytes(text)
    (inp / "report.pdf").write_bytes(typeset(normalize_text(text.decode("utf-8"))[0]))
    summary = gongkai(input_dir=str(inp), lake_dir=str(tmp_path / "lake"))
    assert summary["landed"] == 2 and summary["warnings"] >= 2

    def pairs() -> dict[str, str]:
        reports = read_table(tmp_path / "lake", "reports").select("doc_id", "source_file")
        f = read_table(tmp_path / "lake", "findings").filter(pl.col("expectation").str.contains("body_year"))
        return dict(f.join(reports, on="doc_id").select("source_file", "detail").rows())

    got = pairs()
    assert sorted(got) == ["report.pdf", "report.txt"]
    assert got["report.txt"].endswith("also in report.pdf") and got["report.pdf"].endswith("also in report.txt")
    (inp / "copy.txt").write_bytes(text + b"\n")
    gongkai(input_dir=str(inp), lake_dir=str(tmp_path / "lake"))
    got = pairs()
    assert len(got) == 3 and got["report.txt"].endswith("also in copy.txt, report.pdf")


def test_validation_results_land_with_each_run(sample_lake) -> None:
    lake, _ = sample_lake
    runs = pl.scan_parquet(str(lake / "validation_runs" / "**" / "*.parquet"), hive_partitioning=True).collect()
    assert {"reports", "metrics", "consistency"} <= set(runs["suite"])
    failing = runs.filter(~pl.col("success"))
    # Seed 000's request channels do not add up to its total: the one check that fails on the samples.
    assert failing.select("suite", "column").rows() == [("consistency", "request_channel_sum")]
    assert all(n >= 0 for n in runs["unexpected_count"])


def test_cli_run_prints_what_it_did_and_an_unchanged_rerun_says_so(prefect_api, tmp_path: Path) -> None:
    lake = str(tmp_path / "lake")
    first = CliRunner().invoke(app, ["run", "--input", str(SAMPLES), "--lake", lake])
    assert first.exit_code == 0, first.output
    assert "(5 new, 0 changed, 0 unchanged" in first.output and "landed:       5" in first.output
    again = CliRunner().invoke(app, ["run", "--input", str(SAMPLES), "--lake", lake])
    assert again.exit_code == 0, again.output
    assert "(0 new, 0 changed, 5 unchanged" in again.output and "nothing new" in again.output


def test_unreadable_file_gets_a_stable_quarantine_row(prefect_api, tmp_path: Path) -> None:
    from flows.gongkai import gongkai

    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "good.txt").write_bytes((SAMPLES / "004_ad8af40d0a921405.txt").read_bytes())
    (inp / "locked.txt").write_bytes(b"x")
    (inp / "locked.txt").chmod(0)
    lake = tmp_path / "lake"
    for _ in range(2):
        gongkai(input_dir=str(inp), lake_dir=str(lake))
    q = read_table(lake, "quarantine")
    rows = q.filter(pl.col("source_file") == "locked.txt")
    if os.geteuid() == 0:  # root reads any file: the 1-byte file is then no report instead
        assert rows["reason"].to_list() == ["not_a_report"]
    else:
        assert rows["reason"].to_list() == ["unreadable"]


def test_scheduled_deployment_carries_cron_and_folders(tmp_path: Path) -> None:
    from flows.serve import build_deployment

    dep = build_deployment(str(SAMPLES), str(tmp_path / "lake"), "0 2 * * *")
    assert dep.parameters == {"input_dir": str(SAMPLES), "lake_dir": str(tmp_path / "lake")}
    assert [s.schedule.cron for s in dep.schedules] == ["0 2 * * *"]


def test_serve_without_a_server_says_what_to_do(monkeypatch) -> None:
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with temporary_settings(updates={PREFECT_API_URL: None}):
        out = CliRunner().invoke(app, ["serve", "--input", str(SAMPLES)])
    assert out.exit_code == 2
    assert "prefect server start" in out.output


def test_reencoded_reports_land_like_the_originals(prefect_api, tmp_path: Path) -> None:
    from flows.gongkai import gongkai

    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "zhaotong_gb18030.txt").write_bytes(
        (SAMPLES / "000_ee6de2f55f2ec1aa.txt").read_text(encoding="utf-8").encode("gb18030")
    )
    (inp / "xuchang_big5.txt").write_bytes(
        (SAMPLES / "001_f8b3f872fb9b29ea.txt").read_text(encoding="utf-8").encode("big5")
    )
    gongkai(input_dir=str(inp), lake_dir=str(tmp_path / "lake"))
    reports = read_table(tmp_path / "lake", "reports").sort("source_file")
    assert reports.select("source_file", "region", "report_year").rows() == [
        ("xuchang_big5.txt", "许昌市", 2014),
        ("zhaotong_gb18030.txt", "昭通市", 2017),
    ]
    docs = read_table(tmp_path / "lake", "documents")
    assert sorted(docs["encoding"].to_list()) == ["big5", "gb18030"]


def test_batches_land_the_same_lake_as_one_batch(sample_lake, tmp_path: Path) -> None:
    from flows.gongkai import gongkai

    whole, _ = sample_lake
    summary = gongkai(input_dir=str(SAMPLES), lake_dir=str(tmp_path / "lake"), batch_size=2)
    assert summary["files"] == 5 and summary["landed"] == 5
    for table in ("reports", "metrics", "documents"):
        a = read_table(whole, table).sort(["doc_id", *(["metric"] if table == "metrics" else [])])
        b = read_table(tmp_path / "lake", table).sort(["doc_id", *(["metric"] if table == "metrics" else [])])
        assert a.equals(b), table


def test_duplicate_in_a_later_batch_is_still_reported(prefect_api, tmp_path: Path) -> None:
    from flows.gongkai import gongkai

    inp = tmp_path / "in"
    inp.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (inp / name).write_bytes((SAMPLES / "004_ad8af40d0a921405.txt").read_bytes())
    gongkai(input_dir=str(inp), lake_dir=str(tmp_path / "lake"), batch_size=1)
    ledger = read_table(tmp_path / "lake", "ledger")
    dups = ledger.filter(pl.col("state") == "duplicate").sort("source_file")
    assert dups["source_file"].to_list() == ["b.txt", "c.txt"]
    assert set(dups["reason"]) == {"same content as a.txt"}
    assert read_table(tmp_path / "lake", "reports")["source_file"].to_list() == ["a.txt"]


def test_a_failing_run_is_failed_in_prefect_with_its_cause(prefect_api, tmp_path: Path) -> None:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterName, LogFilter, LogFilterFlowRunId
    from prefect.client.schemas.sorting import FlowRunSort

    from flows.gongkai import gongkai
    from tasks.lake import LakeError

    (tmp_path / "lake").write_text("a file where the lake should be")
    with pytest.raises(LakeError, match="is a file, not a folder"):
        gongkai(input_dir=str(SAMPLES), lake_dir=str(tmp_path / "lake"))

    async def last_run():
        async with get_client() as client:
            runs = await client.read_flow_runs(
                flow_run_filter=FlowRunFilter(name=FlowRunFilterName(like_="samples")),
                sort=FlowRunSort.START_TIME_DESC,
                limit=1,
            )
            logs = await client.read_logs(
                log_filter=LogFilter(flow_run_id=LogFilterFlowRunId(any_=[runs[0].id])), limit=200, offset=0
            )
            return runs[0], logs

    run, logs = asyncio.run(last_run())
    assert run.state.type.value == "FAILED"
    assert "is a file, not a folder" in (run.state.message or "") + " ".join(entry.message for entry in logs)


def test_a_report_that_never_states_its_year_lands_under_the_unknown_year(prefect_api, tmp_path: Path) -> None:
    """fresh7 l17 (an excerpt from 一、总体情况 on, its year nowhere in the text) lands its figures, each with its
    evidence, and a warning; on disk in `report_year=0`, read back as a null year. A rerun keeps it as it is."""
    from flows.gongkai import gongkai
    from tasks.extract import extract_document
    from tasks.ingest import read_source
    from tasks.normalize import normalize_text

    data = Path(__file__).parent / "data" / "fresh7" / "raw"
    inp, lake = tmp_path / "in", tmp_path / "lake"
    inp.mkdir()
    (inp / "l17.txt").write_bytes((data / "l17.txt").read_bytes())
    (inp / "good.txt").write_bytes((SAMPLES / "004_ad8af40d0a921405.txt").read_bytes())
    for _ in range(2):
        summary = gongkai(input_dir=str(inp), lake_dir=str(lake))
        reports = read_table(lake, "reports")
        assert read_table(lake, "quarantine") is None or read_table(lake, "quarantine").height == 0
        yearless = reports.filter(pl.col("source_file") == "l17.txt")
        assert yearless["report_year"].to_list() == [None]
        doc = yearless["doc_id"][0]
        text, log = normalize_text(read_source((str(data), "l17.txt"))["raw_text"])
        _, rows, _ = extract_document(doc, text, log.get("crawler_header"))
        metrics = read_table(lake, "metrics").filter(pl.col("doc_id") == doc)
        assert metrics.height == len(rows) > 40 and metrics["report_year"].is_null().all()
        assert all(
            text[r["evidence_start"] : r["evidence_end"]] == r["evidence"] for r in metrics.iter_rows(named=True)
        )
        findings = read_table(lake, "findings").filter(pl.col("doc_id") == doc)
        assert "expect_column_values_to_not_be_null(report_year)" in findings["expectation"].to_list()
    assert summary["quarantined"] == 0
    assert list((lake / "metrics").glob("report_year=0/*.parquet"))
    assert reports.filter(pl.col("source_file") == "good.txt")["report_year"].to_list() == [2017]
