"""Readers: real corpus reports rendered as PDF, Word and web pages read back cell by cell; what cannot be read
raises Unreadable with its own reason."""

from __future__ import annotations

import io
import json
import re
import zipfile
from functools import cache
from pathlib import Path

import pytest
import render
from render import HTML_LAYOUTS, NAVIGATION_TEXT, PDF_LAYOUTS, Report, corpus_report

from tasks.extract import extract_document
from tasks.ingest import decode
from tasks.normalize import normalize_text
from tasks.readers import Read, Unreadable, read, sniff
from tasks.readers.grid import parse

DATA = Path(__file__).parent / "data"
TEMPLATE_DOCS = ("d08", "d09", "d10", "d11", "d12", "d13", "d14")  # every complete template report of the corpus
PDF_DOCS = ("d08", "d10", "d11", "d13", "d14")  # both eras, zero and non-zero tables, empty cells (d08, d10)


def decode_text(data: bytes) -> tuple[str, str]:
    decoded = decode(data)
    return decoded.text, decoded.encoding


def read_bytes(data: bytes) -> Read:
    return read(data, decode_text)


@cache
def rendered(doc: str, kind: str, layout: str) -> bytes:
    report = corpus_report(doc)
    if kind == "pdf":
        return render.to_pdf(report, layout)
    if kind == "docx":
        return render.to_docx(report)
    return render.to_html(report, layout)


@cache
def read_rendered(doc: str, kind: str, layout: str) -> Read:
    return read_bytes(rendered(doc, kind, layout))


def squeeze(s: str) -> str:
    return "".join(s.split())


def assert_tables(report: Report, text: str) -> None:
    """Every table comes back whole: same shape, every cell (labels and values) in its row and column."""
    got = parse(text)
    assert len(got) == len(report.tables), f"{len(got)} tables read, {len(report.tables)} rendered"
    for table, grid in zip(report.tables, got, strict=True):
        want = table.grid()
        assert len(grid) == len(want), f"{table.key}: {len(grid)} rows read, {len(want)} rendered"
        for r, (row_got, row_want) in enumerate(zip(grid, want, strict=True)):
            assert len(row_got) == len(row_want), f"{table.key} row {r}: {row_got} against {row_want}"
            diffs = [
                (c, g, w) for c, (g, w) in enumerate(zip(row_got, row_want, strict=True)) if squeeze(g) != squeeze(w)
            ]
            assert not diffs, f"{table.key} row {r} ({row_want[:3]}): cells (column, read, rendered) {diffs}"


def assert_paragraphs(report: Report, text: str) -> None:
    """Every paragraph is one line of the text, once, in the order rendered."""
    lines = [squeeze(line) for line in text.split("\n") if line and not line.startswith("| ")]
    at = -1
    for paragraph in report.paragraphs:
        want = squeeze(paragraph)
        assert lines.count(want) == 1, f"paragraph found {lines.count(want)} times as a line: {paragraph[:60]}"
        found = lines.index(want)
        assert found > at, f"paragraph out of order: {paragraph[:60]}"
        at = found


# --- rendered reports, format by format ---------------------------------------------------------------------


@pytest.mark.parametrize("layout", PDF_LAYOUTS)
@pytest.mark.parametrize("doc", PDF_DOCS)
def test_pdf_reads_tables_cell_by_cell_and_paragraphs_once(doc: str, layout: str) -> None:
    report = corpus_report(doc)
    result = read_rendered(doc, "pdf", layout)
    assert (result.format, result.encoding, result.tables) == ("pdf", None, 3)
    assert result.pages and result.pages >= 3
    assert_tables(report, result.text)
    assert_paragraphs(report, result.text)


@pytest.mark.parametrize("doc", PDF_DOCS)
def test_pdf_page_furniture_is_gone(doc: str) -> None:
    """Running header (the title), '— N —' and '第 N 页 共 M 页' footers: none left, the title once."""
    for layout in ("paged", "pageof"):
        result = read_rendered(doc, "pdf", layout)
        lines = [squeeze(line) for line in result.text.split("\n")]
        assert not [line for line in lines if line.startswith("—") or (line.startswith("第") and "页共" in line)]
        assert lines.count(squeeze(corpus_report(doc).title)) == 1


def test_pdf_table_split_across_pages_is_one_table_without_repeated_header() -> None:
    """Table 三 of the 'paged' layout breaks across a page with its three header rows repeated: read as one table
    whose header rows appear once."""
    result = read_rendered("d13", "pdf", "paged")
    three = parse(result.text)[1]
    assert [row[3] for row in three[:3]] == ["申请人情况", "自然人", "自然人"]
    assert sum(1 for row in three if row[3] == "申请人情况") == 1
    assert three[-1][0] == "四、结转下年度继续办理"


@pytest.mark.parametrize("doc", TEMPLATE_DOCS)
def test_docx_reads_tables_cell_by_cell_in_body_order(doc: str) -> None:
    report = corpus_report(doc)
    result = read_bytes(rendered(doc, "docx", ""))
    assert (result.format, result.encoding, result.pages, result.tables) == ("docx", None, None, 3)
    assert_tables(report, result.text)
    assert_paragraphs(report, result.text)
    assert "— 1 —" not in result.text  # the footer is not the body


def test_docx_sliver_column_crossed_only_by_spans_is_no_column() -> None:
    """Word leaves a grid column a twip wide where two rows' cell boundaries nearly meet (LibreOffice's .doc of the
    corpus's table 四: a 1-twip column between 总计 and the next group): the cells across it span it, and read as
    they stand it repeated 总计 and its value as a sixteenth cell. A narrow column a cell of its own stands in, and
    a wide one, stay columns."""
    import docx
    from docx.shared import Twips

    def table(widths: list[int], rows: list[list[str]]) -> str:
        document = docx.Document()
        document.add_paragraph("本报告根据《中华人民共和国政府信息公开条例》规定编制，下表列明行政复议情况。")
        t = document.add_table(rows=2, cols=3)
        for r, cells in enumerate(rows):
            if len(cells) == 2:
                t.cell(r, 0).merge(t.cell(r, 1)).text = cells[0]
                t.cell(r, 2).text = cells[1]
            else:
                for c, text in enumerate(cells):
                    t.cell(r, c).text = text
        for column, width in zip(t.columns, widths, strict=True):
            column.width = Twips(width)
        buf = io.BytesIO()
        document.save(buf)
        return read_bytes(buf.getvalue()).text

    spanned = [["总计", "结果维持"], ["5", "3"]]
    assert parse(table([1000, 1, 1000], spanned)) == [[["总计", "结果维持"], ["5", "3"]]]
    assert parse(table([1000, 1000, 1000], spanned)) == [[["总计", "总计", "结果维持"], ["5", "5", "3"]]]
    own = [["总计", "", "结果维持"], ["5", "7", "3"]]  # a cell of its own in the narrow column
    assert parse(table([1000, 1, 1000], own)) == [[["总计", "", "结果维持"], ["5", "7", "3"]]]


def _mhtml(page: bytes, charset: str, encoding: str, browser: str) -> bytes:
    """A page saved as a web archive the way a browser writes one: the message's headers, the page as its first
    part (quoted-printable or base64, its charset in the part's header) and an image part."""
    import base64
    import quopri

    body = quopri.encodestring(page) if encoding == "quoted-printable" else base64.encodebytes(page)
    boundary = "----MultipartBoundary--mhtml0001----"
    head = (
        f"From: <Saved by {browser}>\r\nSnapshot-Content-Location: http://www.example.gov.cn/zwgk/nb.html\r\n"
        f'Subject: report\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html";\r\n'
        f'\tboundary="{boundary}"\r\n\r\n'
    )
    part = (
        f"--{boundary}\r\nContent-Type: text/html; charset={charset}\r\nContent-Transfer-Encoding: {encoding}\r\n"
        "Content-Location: http://www.example.gov.cn/zwgk/nb.html\r\n\r\n"
    )
    image = (
        f"\r\n--{boundary}\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
        f"Content-Location: http://www.example.gov.cn/logo.png\r\n\r\niVBORw0KGgo=\r\n--{boundary}--\r\n"
    )
    return head.encode("ascii") + part.encode("ascii") + body.replace(b"\n", b"\r\n") + image.encode("ascii")


@pytest.mark.parametrize(
    ("layout", "encoding", "browser"),
    [
        ("gov", "quoted-printable", "Blink"),
        ("gov_gbk", "quoted-printable", "Windows Internet Explorer 8"),
        ("gov", "base64", "Microsoft Edge"),
    ],
)
@pytest.mark.parametrize("doc", ["d11", "d13"])
def test_a_page_saved_as_a_web_archive_reads_as_the_page(doc: str, layout: str, encoding: str, browser: str) -> None:
    """A .mht file (a browser's "web archive, single file") reads exactly as the page it holds; it was read as text
    before, its quoted-printable page no Chinese at all ('not_a_report')."""
    page = rendered(doc, "html", layout)
    charset = "gb2312" if layout == "gov_gbk" else "utf-8"
    archive = read_bytes(_mhtml(page, charset, encoding, browser))
    assert (archive.format, archive.tables) == ("mhtml", 3)
    assert archive.text == read_bytes(page).text
    # the part's charset alone says how the page is encoded when the page does not
    if layout == "gov_gbk":
        bare = re.sub(rb"<meta[^>]*charset[^>]*>", b"", page)
        assert bare != page
        assert read_bytes(_mhtml(bare, charset, encoding, browser)).text == read_bytes(page).text


@pytest.mark.parametrize("layout", HTML_LAYOUTS)
@pytest.mark.parametrize("doc", TEMPLATE_DOCS)
def test_html_reads_main_content_and_tables(doc: str, layout: str) -> None:
    report = corpus_report(doc)
    result = read_bytes(rendered(doc, "html", layout))
    assert (result.format, result.tables) == ("html", 3)
    assert result.encoding == ("gb2312" if layout == "gov_gbk" else "utf-8") or result.encoding == "gb18030"
    assert_tables(report, result.text)
    assert_paragraphs(report, result.text)
    own = squeeze("".join(report.paragraphs) + "".join(c for t in report.tables for row in t.grid() for c in row))
    assert [n for n in NAVIGATION_TEXT if squeeze(result.text).count(squeeze(n)) != own.count(squeeze(n))] == []
    assert squeeze(result.text.split("\n")[0]) == squeeze(report.title)


def test_html_declared_charset_wins_over_detection() -> None:
    """A GBK page declaring gb2312 is decoded as GB18030 (its superset), not guessed."""
    result = read_bytes(rendered("d11", "html", "gov_gbk"))
    assert result.encoding == "gb18030"
    assert "平潭综合实验区财政金融局" in result.text


def test_html_page_saved_as_utf8_that_still_declares_gbk() -> None:
    page = rendered("d12", "html", "gov").replace(b"charset=utf-8", b"charset=gbk")
    result = read_bytes(page)
    assert result.encoding == "utf-8"
    assert_tables(corpus_report("d12"), result.text)


def test_seed_report_as_pdf_has_its_paragraphs_once_in_order() -> None:
    """Seed 003 (楚雄市 2019, a 要点落实情况 report without template tables): prose only."""
    report = render.seed_report("003")
    result = read_bytes(render.to_pdf(report, "paged"))
    assert result.tables == 0
    assert_paragraphs(report, result.text)


# --- normalization keeps the rows ------------------------------------------------------------------------------


@pytest.mark.parametrize(("kind", "layout"), [("pdf", "paged"), ("docx", ""), ("html", "gov")])
def test_normalize_keeps_table_rows_without_empty_cells(kind: str, layout: str) -> None:
    """The lead's normalize_text on reader output: every row without an empty cell comes out unchanged."""
    text = read_rendered("d13", kind, layout).text
    rows = [line for line in text.split("\n") if line.startswith("| ")]
    normalized = set(normalize_text(text)[0].split("\n"))
    assert [row for row in rows if "|  |" not in row and row not in normalized] == []


def test_normalize_keeps_empty_cells_as_cells() -> None:
    """A run of spaces may fold ('|  |' → '| |'), but each table keeps its grid: the same cells in the same places."""
    from tasks.readers.grid import parse

    text = read_bytes(rendered("d08", "docx", "")).text
    assert any("|  |" in line for line in text.split("\n"))
    assert parse(normalize_text(text)[0]) == parse(text)


# --- what cannot be read ------------------------------------------------------------------------------------


def _image_pdf() -> bytes:
    """A scanned page: an image of text, no text layer."""
    from PIL import Image, ImageDraw
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    image = Image.new("L", (600, 800), 255)
    draw = ImageDraw.Draw(image)
    for y in range(40, 760, 24):
        draw.rectangle((40, y, 560, y + 10), fill=0)  # lines of 'text' as a scanner sees them
    png = io.BytesIO()
    image.save(png, format="PNG")
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for _ in range(3):
        c.drawImage(ImageReader(io.BytesIO(png.getvalue())), 0, 0, *A4)
        c.showPage()
    c.save()
    return buf.getvalue()


def _encrypted_pdf(user_password: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(rendered("d11", "pdf", "plain"))))
    writer.encrypt(user_password=user_password, owner_password="owner-secret", algorithm="AES-128")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def _zip(name: str, content: bytes, *more: tuple[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(name, content)
        for other, data in more:
            z.writestr(other, data)
    return buf.getvalue()


def _ole2(stream: str) -> bytes:
    """An OLE2 compound file's first sector and a directory entry naming its stream (what a .doc or .xls starts
    with); the rest is filler."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    entry = stream.encode("utf-16-le").ljust(64, b"\x00") + bytes(64)
    return header + entry + bytes(4096)


def _png() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (20, 20), "white").save(buf, format="PNG")
    return buf.getvalue()


UNREADABLE_CASES = {
    "scanned_pdf": _image_pdf,
    "encrypted_pdf": lambda: _encrypted_pdf("secret"),
    "corrupt_pdf": lambda: rendered("d11", "pdf", "plain")[: len(rendered("d11", "pdf", "plain")) // 2],
    "corrupt_doc": lambda: _ole2("WordDocument"),
    "corrupt_mhtml": lambda: (
        b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\n'
        b"Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--b--\r\n"
    ),
    "corrupt_xls": lambda: _ole2("Workbook"),
    "legacy_office": lambda: _ole2("PowerPoint Document"),
    "corrupt_docx": lambda: rendered("d11", "docx", "")[: len(rendered("d11", "docx", "")) // 2],
    "archive": lambda: _zip("report.txt", "平潭综合实验区".encode() * 100),
    # an OFD package (GB/T 33190) and an OpenDocument text: each its own reason, not "an archive"
    "ofd": lambda: _zip("OFD.xml", b"<ofd:OFD/>", ("Doc_0/Document.xml", b"<ofd:Document/>")),
    "odf": lambda: _zip("mimetype", b"application/vnd.oasis.opendocument.text", ("content.xml", b"<office/>")),
    "image": _png,
    "empty": lambda: b"",
    "whitespace_only": lambda: b" \r\n\t\n" + "\u3000\u3000\n".encode(),
    "binary": lambda: bytes(range(256)) * 40,
    "not_a_report": lambda: b"Annual report of the city council, in English only.\n" * 20,
}


@pytest.mark.parametrize("reason", sorted(UNREADABLE_CASES))
def test_unreadable_files_have_their_own_reason_and_sentence(reason: str) -> None:
    with pytest.raises(Unreadable) as caught:
        read_bytes(UNREADABLE_CASES[reason]())
    assert caught.value.reason == reason
    assert len(caught.value.detail) >= 20  # a sentence the user can act on, not a bare code


def test_gzip_rar_7z_are_archives() -> None:
    for head in (b"\x1f\x8b\x08\x00", b"Rar!\x1a\x07\x01\x00", b"7z\xbc\xaf\x27\x1c\x00\x04"):
        with pytest.raises(Unreadable) as caught:
            read_bytes(head + bytes(100))
        assert caught.value.reason == "archive"


def test_scanned_pdf_sentence_counts_its_pages() -> None:
    with pytest.raises(Unreadable) as caught:
        read_bytes(_image_pdf())
    assert "3 pages" in caught.value.detail and "OCR" in caught.value.detail


def test_pdf_encrypted_with_an_empty_user_password_is_read() -> None:
    """Owner-password-only protection (printing or copying restricted) does not stop reading."""
    result = read_bytes(_encrypted_pdf(""))
    assert_tables(corpus_report("d11"), result.text)


# --- choosing by content -------------------------------------------------------------------------------------


def test_sniff_reads_content_not_names(tmp_path: Path) -> None:
    """A PDF saved as report.txt is a PDF; a web page saved as .txt is HTML; a Word file named .pdf is Word."""
    cases = {
        "report.txt": (rendered("d11", "pdf", "plain"), "pdf"),
        "page.txt": (rendered("d11", "html", "gov"), "html"),
        "report.pdf": (rendered("d11", "docx", ""), "docx"),
        "report.doc": ((DATA / "corpus" / "raw" / "d11.txt").read_bytes(), "text"),
    }
    for name, (data, kind) in cases.items():
        (tmp_path / name).write_bytes(data)
        assert sniff((tmp_path / name).read_bytes()) == kind, name


def test_plain_text_goes_through_unchanged() -> None:
    """Today's path: every corpus and sample text is read as text, exactly as the decoder gives it."""
    paths = sorted((DATA / "corpus" / "raw").glob("*.txt")) + sorted(
        (Path(__file__).parents[1] / "data" / "samples").glob("*.txt")
    )
    assert len(paths) >= 30
    for path in paths:
        data = path.read_bytes()
        result = read_bytes(data)
        assert (result.format, result.text, result.encoding) == ("text", *decode_text(data)), path.name


def test_xlsx_merged_cells_repeat() -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "表三"
    sheet.append(["三、本年度办理结果", "（三）不予公开", "1.属于国家秘密", 3.0])
    sheet.append([None, None, "2.其他法律行政法规禁止公开", 0])
    sheet.merge_cells("A1:A2")
    sheet.merge_cells("B1:B2")
    sheet["A3"] = "平潭综合实验区政府信息公开工作年度报告附表一二三四五六七八九十"
    buf = io.BytesIO()
    book.save(buf)
    result = read_bytes(buf.getvalue())
    assert result.format == "xlsx"
    assert parse(result.text)[0][:2] == [
        ["三、本年度办理结果", "（三）不予公开", "1.属于国家秘密", "3"],
        ["三、本年度办理结果", "（三）不予公开", "2.其他法律行政法规禁止公开", "0"],
    ]


def test_pdf_merged_cell_cut_by_a_page_break_keeps_its_label() -> None:
    """A vertically merged label cell broken by the page: the rows on the second page still carry it."""
    data, want = render.cut_span_pdf()
    result = read_bytes(data)
    assert result.tables == 1
    assert parse(result.text)[0] == want
    assert "— 2 —" not in result.text


def test_real_word_template_reads_its_merged_cells() -> None:
    """The 2021 national template as a real Word file (govnianbao): truth written from its document.xml."""
    truth = json.loads((DATA / "real" / "govnianbao_template_2021.truth.json").read_text("utf-8"))
    result = read_bytes((DATA / "real" / "govnianbao_template_2021.docx").read_bytes())
    tables = parse(result.text)
    assert (result.format, result.tables, len(tables)) == ("docx", truth["tables"], truth["tables"])
    got = [(c["table"], c["row"], c["col"], tables[c["table"]][c["row"]][c["col"]]) for c in truth["cells"]]
    assert got == [(c["table"], c["row"], c["col"], c["text"]) for c in truth["cells"]]
    assert len(tables[1]) == 28 and {len(row) for row in tables[1]} == {10}
    assert len(tables[2]) == 3 and {len(row) for row in tables[2]} == {15}


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (["（四）无", "法提供"], "（四）无法提供"),  # a label broken by the cell's width
        (["5949.", "088667"], "5949.088667"),  # a decimal number broken at its point
        (["5949", ".088667"], "5949.088667"),
        (["12", "34"], "12 34"),  # two numbers on two lines are never one
        (["Mr", "Smith"], "Mr Smith"),
    ],
    ids=["cjk-label", "decimal-after-point", "decimal-before-point", "two-numbers", "latin-words"],
)
def test_a_cells_lines_are_joined_by_what_meets(lines: list[str], joined: str) -> None:
    from tasks.readers.grid import join_lines

    assert join_lines(lines) == joined


# --- Markdown from a PDF converter -----------------------------------------------------------------------------


@pytest.mark.parametrize("layout", render.MARKDOWN_LAYOUTS)
@pytest.mark.parametrize("doc", TEMPLATE_DOCS)
def test_markdown_with_html_tables_reads_its_tables_and_keeps_its_lines(doc: str, layout: str) -> None:
    """A converter's Markdown (MinerU: tables as HTML, paragraphs apart by blank lines) is text with tables: each
    table comes back cell by cell and lands the truth's cells, each paragraph stays a line of its own (a web page's
    reading ran them into one), and the Markdown marks go."""
    report = corpus_report(doc)
    data = render.to_markdown(report, layout)
    if layout == "mineru_long":
        assert data.index(b"<table") > 20_000  # past what the sniffer reads: the text reader finds the tables
    result = read_bytes(data)
    assert (result.format, result.tables) == ("text", 3)
    text = normalize_text(result.text)[0]
    assert_tables(report, text)
    assert_paragraphs(report, text)
    assert not [line for line in text.split("\n") if line.startswith(("#", "!["))]
    truth = json.loads((DATA / "corpus" / "truth" / f"{doc}.json").read_text("utf-8"))["metrics"]
    _, rows, _ = extract_document(doc, text)
    got = {r["metric"]: r["value"] for r in rows}
    cells = {m: v["value"] for m, v in truth.items() if m.startswith(("t2_", "t3.", "t4."))}
    assert {m: got.get(m) for m in cells} == cells
