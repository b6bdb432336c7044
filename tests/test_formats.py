"""The same report as text, PDF, Word and a saved web page lands the same metrics: its truth, cell for cell."""

from __future__ import annotations

import shutil
from io import BytesIO
from pathlib import Path

import polars as pl
import pytest
from conftest import CORPUS_RAW, CORPUS_TRUTH, load_truth
from render import corpus_report, to_docx, to_html, to_pdf

from tasks import readers
from tasks.extract import extract_document
from tasks.ingest import decode
from tasks.normalize import normalize_text
from tasks.readers import grid

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


PAPERS = ("A4", "Letter")  # China's paper, and Chromium's own default


@pytest.fixture(scope="module")
def printed_pages(browser, tmp_path_factory) -> dict[tuple[str, str, str], bytes]:
    """Each template report's saved page (both page layouts) opened in Chromium and printed to PDF on A4 and on
    Letter, as a user keeps a page they read: the browser breaks the tables where the page ends, a tall row across two
    pages."""
    folder = tmp_path_factory.mktemp("printed")
    page = browser.new_page()
    out = {}
    for doc in TEMPLATE_REPORTS:
        for layout in ("gov", "gov_gbk"):
            saved = folder / f"{doc}_{layout}.html"
            saved.write_bytes(to_html(corpus_report(doc), layout))
            page.goto(saved.as_uri())
            for paper in PAPERS:
                out[doc, layout, paper] = page.pdf(format=paper)
    page.close()
    return out


@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("layout", ["gov", "gov_gbk"])
@pytest.mark.parametrize("doc", TEMPLATE_REPORTS)
def test_a_saved_page_printed_by_a_browser_lands_the_report_s_truth(
    printed_pages, doc: str, layout: str, paper: str
) -> None:
    got = landed(printed_pages[doc, layout, paper], doc)
    want = {name: m["value"] for name, m in TRUTH[doc]["metrics"].items()}
    assert {k: got.get(k) for k in want} == want
    assert set(got) - set(want) <= {k for k in got if got[k] is None}


def _rows_with_numbers(text: str) -> set[tuple[str, ...]]:
    """The rows of a text's tables that hold a number, each as its label (its last cell of words) and its numbers
    (the text normalized as the flow does)."""
    page, _ = normalize_text(text)
    out = set()
    for table in grid.parse(page):
        for row in table:
            numbers = tuple(c for c in row if c.replace(".", "").isdigit())
            words = [c for c in row if c and not c.replace(".", "").isdigit()]
            if numbers:
                out.add((words[-1] if words else "", *numbers))
    return out


def test_a_table_row_a_page_break_cuts_is_read_whole(printed_pages) -> None:
    """The browser prints a tall row (its label wrapped over lines) partly at one page's foot and partly at the next
    page's head, with no ruling between: both parts are one row, as the saved page has it."""
    import pdfplumber

    from tasks.readers.pdf import _open_ends

    cut = []
    for key, data in printed_pages.items():
        with pdfplumber.open(BytesIO(data)) as pdf:
            if any(edge["cut"] for page in pdf.pages for edge in _open_ends(page)):
                cut.append(key)
    assert len(cut) >= 3, cut  # the phenomenon is in the printed pages
    for doc, layout, paper in cut:
        printed = _rows_with_numbers(readers.read(printed_pages[doc, layout, paper], decode_pair).text)
        saved = _rows_with_numbers(readers.read(to_html(corpus_report(doc), layout), decode_pair).text)
        assert printed == saved, (doc, layout, paper, printed ^ saved)


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
