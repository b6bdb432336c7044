"""The same report as text, PDF, Word and a saved web page lands the same metrics: its truth, cell for cell."""

from __future__ import annotations

import shutil
from pathlib import Path

import polars as pl
import pytest
from conftest import CORPUS_RAW, CORPUS_TRUTH, load_truth
from render import corpus_report, to_docx, to_html, to_pdf

from tasks import readers
from tasks.extract import extract_document
from tasks.ingest import decode
from tasks.normalize import normalize_text

TRUTH = load_truth(CORPUS_TRUTH)
TEMPLATE_REPORTS = ["d08", "d09", "d10", "d11", "d12", "d13", "d14"]
RENDERINGS = {
    "pdf": lambda r: to_pdf(r, "plain"),
    "pdf-paged": lambda r: to_pdf(r, "paged"),  # running header, '— N —' footers, table 三 split over two pages
    "pdf-pageof": lambda r: to_pdf(r, "pageof"),  # '第 N 页 共 M 页' footers, no header repeated
    "docx": to_docx,
    "html": lambda r: to_html(r, "gov"),
    "html-gbk": lambda r: to_html(r, "gov_gbk"),  # GBK page, nested layout tables, <br> inside cells
}


def decode_pair(data: bytes) -> tuple[str, str]:
    d = decode(data)
    return d.text, d.encoding


def landed(data: bytes, name: str) -> dict[str, float]:
    text, log = normalize_text(readers.read(data, decode_pair).text)
    _, rows, _ = extract_document(name, text, log.get("crawler_header"))
    return {r["metric"]: r["value"] for r in rows}


@pytest.mark.parametrize("kind", sorted(RENDERINGS))
@pytest.mark.parametrize("doc", TEMPLATE_REPORTS)
def test_every_format_lands_the_reports_truth(doc: str, kind: str) -> None:
    got = landed(RENDERINGS[kind](corpus_report(doc)), doc)
    want = {name: m["value"] for name, m in TRUTH[doc]["metrics"].items()}
    assert {k: got.get(k) for k in want} == want
    # Nothing beyond the truth either: the rendering states the truth's numbers and no others.
    assert set(got) - set(want) <= {k for k in got if got[k] is None}  # blank cells land as blanks


def test_a_folder_of_the_four_formats_lands_four_equal_reports(prefect_api, tmp_path: Path) -> None:
    from flows.gongkai import gongkai
    from tasks.lake import read_table

    inp = tmp_path / "in"
    inp.mkdir()
    report = corpus_report("d13")
    shutil.copy(CORPUS_RAW / "d13.txt", inp / "d13.txt")
    (inp / "d13.pdf").write_bytes(to_pdf(report, "paged"))
    (inp / "d13.docx").write_bytes(to_docx(report))
    (inp / "d13.html").write_bytes(to_html(report, "gov"))
    summary = gongkai(input_dir=str(inp), lake_dir=str(tmp_path / "lake"))
    assert summary["landed"] == 4 and summary["quarantined"] == 0
    docs = read_table(tmp_path / "lake", "documents")
    assert dict(docs.select("source_file", "format").rows()) == {
        "d13.txt": "text",
        "d13.pdf": "pdf",
        "d13.docx": "docx",
        "d13.html": "html",
    }
    metrics = read_table(tmp_path / "lake", "metrics").join(docs.select("doc_id", "source_file"), on="doc_id")
    by_file = {f: dict(g.select("metric", "value").rows()) for (f,), g in metrics.group_by("source_file")}
    want = {name: m["value"] for name, m in TRUTH["d13"]["metrics"].items()}
    for f, got in by_file.items():
        assert {k: got.get(k) for k in want} == want, f
    reports = read_table(tmp_path / "lake", "reports")
    assert reports.select(pl.col("region").n_unique(), pl.col("report_year").n_unique()).row(0) == (1, 1)
