"""Reader throughput: pages/s of the PDF reader against the libraries' own text extraction on the same pages, and
documents/s of the Word and web-page readers, measured in the same run.

    python benchmarks/bench_readers.py [--rounds R] [extra.pdf ...]

The PDFs are the template reports of the test corpus rendered by tests/render.py ("paged" layout: running header,
footers, a table split across pages), plus any PDF given. Each side is timed over every page, the sides alternate
and the median of R rounds is reported:
- pdfplumber extract_text: the plain text layer, no tables (the baseline the reader is built on);
- pdfplumber find_tables: the table finder alone;
- pdfplumber extract_text + find_tables: what a naive use of the library costs for text and tables;
- pdfminer.six extract_text and pypdfium2 get_text_range: the alternatives (pypdfium2 has no table finder);
- gongkai: tasks.readers.read, tables resolved, furniture dropped, paragraphs joined.
For web pages it also runs trafilatura (main-content extraction with tables) on the rendered pages and reports
whether it keeps the navigation out and the merged cells of table 三 resolved.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import pdfplumber  # noqa: E402
import pypdfium2  # noqa: E402
import render  # noqa: E402
from pdfminer.high_level import extract_text as pdfminer_text  # noqa: E402

from tasks.ingest import decode  # noqa: E402
from tasks.readers import read  # noqa: E402
from tasks.readers.pdf import TABLE_SETTINGS  # noqa: E402

DOCS = ("d08", "d09", "d10", "d11", "d12", "d13", "d14")


def decode_text(data: bytes) -> tuple[str, str]:
    d = decode(data)
    return d.text, d.encoding


def plumber_text(data: bytes) -> None:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            page.extract_text()


def plumber_tables(data: bytes) -> None:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            page.find_tables(TABLE_SETTINGS)


def plumber_both(data: bytes) -> None:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            page.extract_text()
            for table in page.find_tables(TABLE_SETTINGS):
                table.extract()


def pdfium_text(data: bytes) -> None:
    pdf = pypdfium2.PdfDocument(data)
    for page in pdf:
        page.get_textpage().get_text_range()
    pdf.close()


def gongkai(data: bytes) -> None:
    read(data, decode_text)


def timed(sides: dict, docs: list[bytes], rounds: int) -> dict[str, float]:
    """Median seconds of each side over all documents; the sides take turns within a round (this VM's speed
    drifts, so timings taken one side after the other do not compare)."""
    times: dict[str, list[float]] = {name: [] for name in sides}
    for _ in range(rounds):
        for name, fn in sides.items():
            start = time.perf_counter()
            for data in docs:
                fn(data)
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(t) for name, t in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("extra", nargs="*", type=Path)
    args = parser.parse_args()

    reports = [render.corpus_report(d) for d in DOCS]
    pdfs = [render.to_pdf(r, "paged") for r in reports] + [p.read_bytes() for p in args.extra]
    pages = sum(len(pypdfium2.PdfDocument(p)) for p in pdfs)
    print(f"PDF: {len(pdfs)} documents, {pages} pages, median of {args.rounds} rounds")
    sides = {
        "pdfplumber extract_text": plumber_text,
        "pdfplumber find_tables": plumber_tables,
        "pdfplumber text + tables": plumber_both,
        "pdfminer.six extract_text": lambda d: pdfminer_text(io.BytesIO(d)),
        "pypdfium2 get_text_range": pdfium_text,
        "gongkai readers.read": gongkai,
    }
    results = timed(sides, pdfs, args.rounds)
    base = results["pdfplumber extract_text"]
    for name, seconds in results.items():
        print(f"  {name:28s} {pages / seconds:7.1f} pages/s  {seconds / base:5.2f}× pdfplumber extract_text")

    for kind, make in (
        ("DOCX", render.to_docx),
        ("HTML gov", lambda r: render.to_html(r, "gov")),
        ("HTML gov_gbk", lambda r: render.to_html(r, "gov_gbk")),
    ):
        docs = [make(r) for r in reports]
        seconds = timed({kind: gongkai}, docs, args.rounds)[kind]
        print(f"{kind}: {len(docs) / seconds:7.1f} documents/s ({sum(map(len, docs)) / seconds / 2**20:.1f} MB/s)")

    try:
        import trafilatura
    except ImportError:
        return
    pages_html = [render.to_html(r, "gov") for r in reports]
    start = time.perf_counter()
    outs = [trafilatura.extract(p.decode(), include_tables=True, output_format="txt") or "" for p in pages_html]
    seconds = time.perf_counter() - start
    nav_left = sum(any(n in o for n in ("当前位置", "分享到", "网站标识码")) for o in outs)
    resolved = sum(o.count("三、本年度办理结果") >= 20 for o in outs)
    ours = [read(p, decode_text).text for p in pages_html]
    print(
        f"trafilatura 2.x: {len(outs) / seconds:.1f} documents/s; navigation left in {nav_left}/{len(outs)}; "
        f"table 三 label repeated on its rows in {resolved}/{len(outs)} (gongkai: "
        f"{sum(o.count('三、本年度办理结果') >= 20 for o in ours)}/{len(ours)})"
    )


if __name__ == "__main__":
    main()
