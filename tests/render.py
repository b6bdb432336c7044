"""Test material: real corpus reports rendered as PDF, Word and web pages, their tables built from the truth.

Each table (二, 三, 四) is laid out as the national template prints it (FORMAT.md), with the report's truth values
in its cells; the prose is the report's own normalized text outside its tables. So a rendered document states the
same numbers as the truth, and `Table.grid` is what a reader must give back, cell by cell.
"""

from __future__ import annotations

import io
import json
import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from tasks.normalize import normalize_text
from tasks.readers.grid import Span, resolve
from tasks.vocabulary import T3_COLUMNS, T3_ROWS_2021, T4_GROUPS, T4_RESULTS, t3_name, t4_name

DATA = Path(__file__).parent / "data"
FONT = "STSong-Light"  # reportlab's built-in CID font: no font file needed, and it round-trips these reports' text

# --- the reports as blocks --------------------------------------------------------------------------


@dataclass(frozen=True)
class Table:
    key: str  # "t2" | "t3" | "t4"
    rows: tuple[tuple[Span, ...], ...]
    header_rows: int

    def grid(self) -> list[list[str]]:
        """The table as a reader must give it back: merged cells repeated where they cover."""
        return resolve(self.rows)


@dataclass
class Report:
    doc: str
    title: str
    blocks: list[str | Table] = field(default_factory=list)

    @property
    def paragraphs(self) -> list[str]:
        return [b for b in self.blocks if isinstance(b, str)]

    @property
    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]


def _value(metrics: dict, name: str, scale: int = 1, unit: str = "") -> str:
    """A truth value as the report prints it; a value the truth leaves out is an empty cell."""
    if name not in metrics or metrics[name].get("value") is None:
        return ""
    value = Decimal(str(metrics[name]["value"])) / scale
    text = format(value.normalize(), "f") if value != value.to_integral() else str(int(value))
    return text + unit


def _row(*cells: Span | str) -> tuple[Span, ...]:
    return tuple(c if isinstance(c, Span) else Span(c) for c in cells)


def table_two(m: dict, era: str) -> Table:
    rows: list[tuple[Span, ...]] = []

    def block(item: str, header: list[str], body: list[tuple[str, list[str]]]) -> None:
        rows.append(_row(Span(f"第二十条第（{item}）项", cols=4)))
        head = [*header] + [""] * 0
        spans = [Span(h) for h in head]
        if len(spans) < 4:  # the last header cell covers the columns left
            spans[-1] = Span(spans[-1].text, cols=4 - len(spans) + 1)
        rows.append(tuple(spans))
        for label, names in body:
            values = [Span(_value(m, n, *(_SCALE.get(n, (1, ""))))) for n in names]
            if len(values) + 1 < 4:
                values[-1] = Span(values[-1].text, cols=4 - len(values))
            rows.append((Span(label), *values))

    if era == "template_2021":
        block(
            "一",
            ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
            [
                ("规章", ["t2_rules_made", "t2_rules_repealed", "t2_rules_in_force"]),
                ("行政规范性文件", ["t2_normative_made", "t2_normative_repealed", "t2_normative_in_force"]),
            ],
        )
        block("五", ["信息内容", "本年处理决定数量"], [("行政许可", ["t2_licensing_decisions"])])
        block(
            "六",
            ["信息内容", "本年处理决定数量"],
            [("行政处罚", ["t2_penalty_decisions"]), ("行政强制", ["t2_coercion_decisions"])],
        )
        block("八", ["信息内容", "本年收费金额（单位：万元）"], [("行政事业性收费", ["t2_admin_fee_revenue_yuan"])])
    else:
        block(
            "一",
            ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"],
            [
                ("规章", ["t2_rules_new_made", "t2_rules_new_published", "t2_rules_published_total"]),
                ("规范性文件", ["t2_normative_new_made", "t2_normative_new_published", "t2_normative_published_total"]),
            ],
        )
        block(
            "五",
            ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
            [
                ("行政许可", ["t2_licensing_items_prev_year", "t2_licensing_items_delta", "t2_licensing_decisions"]),
                (
                    "其他对外管理服务事项",
                    ["t2_other_mgmt_items_prev_year", "t2_other_mgmt_items_delta", "t2_other_mgmt_decisions"],
                ),
            ],
        )
        block(
            "六",
            ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
            [
                ("行政处罚", ["t2_penalty_items_prev_year", "t2_penalty_items_delta", "t2_penalty_decisions"]),
                ("行政强制", ["t2_coercion_items_prev_year", "t2_coercion_items_delta", "t2_coercion_decisions"]),
            ],
        )
        block(
            "八",
            ["信息内容", "上一年项目数量", "本年增/减"],
            [("行政事业性收费", ["t2_fee_items_prev_year", "t2_fee_items_delta"])],
        )
        block(
            "九",
            ["信息内容", "采购项目数量", "采购总金额"],
            [("政府集中采购", ["t2_procurement_projects", "t2_procurement_amount_yuan"])],
        )
    return Table("t2", tuple(rows), 0)


_SCALE = {"t2_admin_fee_revenue_yuan": (10000, ""), "t2_procurement_amount_yuan": (1, "元")}

T3_LABELS = {
    "new_received": "一、本年新收政府信息公开申请数量",
    "carried_over": "二、上年结转政府信息公开申请数量",
    "granted": "（一）予以公开",
    "partial": "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    "denied_state_secret": "1.属于国家秘密",
    "denied_law_forbids": "2.其他法律行政法规禁止公开",
    "denied_security_stability": "3.危及“三安全一稳定”",
    "denied_third_party": "4.保护第三方合法权益",
    "denied_internal_affairs": "5.属于三类内部事务信息",
    "denied_process_info": "6.属于四类过程性信息",
    "denied_enforcement_file": "7.属于行政执法案卷",
    "denied_admin_query": "8.属于行政查询事项",
    "unable_not_held": "1.本机关不掌握相关政府信息",
    "unable_need_create": "2.没有现成信息需要另行制作",
    "unable_unclear": "3.补正后申请内容仍不明确",
    "not_processed_petition": "1.信访举报投诉类申请",
    "not_processed_repeat": "2.重复申请",
    "not_processed_publication": "3.要求提供公开出版物",
    "not_processed_mass_repeat": "4.无正当理由大量反复申请",
    "not_processed_confirm": "5.要求行政机关确认或重新出具已获取信息",
    "other_no_correction": "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "other_unpaid_fee": "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    "other_misc": "3.其他",
    "other_total": "（六）其他处理",
    "outcomes_total": "（七）总计",
    "carried_forward": "四、结转下年度继续办理",
}
T3_GROUPS = (  # (group label, its rows): a label spanning its rows in the middle column
    (
        "（三）不予公开",
        (
            "denied_state_secret",
            "denied_law_forbids",
            "denied_security_stability",
            "denied_third_party",
            "denied_internal_affairs",
            "denied_process_info",
            "denied_enforcement_file",
            "denied_admin_query",
        ),
    ),
    ("（四）无法提供", ("unable_not_held", "unable_need_create", "unable_unclear")),
    (
        "（五）不予处理",
        (
            "not_processed_petition",
            "not_processed_repeat",
            "not_processed_publication",
            "not_processed_mass_repeat",
            "not_processed_confirm",
        ),
    ),
    ("（六）其他处理", ("other_no_correction", "other_unpaid_fee", "other_misc")),
)


def table_three(m: dict, era: str) -> Table:
    def values(row: str) -> list[Span]:
        return [Span(_value(m, t3_name(row, col))) for col in T3_COLUMNS]

    rows = [
        _row(
            Span("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", rows=3, cols=3),
            Span("申请人情况", cols=7),
        ),
        _row(Span("自然人", rows=2), Span("法人或其他组织", cols=5), Span("总计", rows=2)),
        _row("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"),
        _row(Span(T3_LABELS["new_received"], cols=3), *values("new_received")),
        _row(Span(T3_LABELS["carried_over"], cols=3), *values("carried_over")),
    ]
    groups = T3_GROUPS if era == "template_2021" else T3_GROUPS[:3]
    outcome_rows = 2 + sum(len(g[1]) for g in groups) + (0 if era == "template_2021" else 1) + 1
    rows.append(
        _row(Span("三、本年度办理结果", rows=outcome_rows), Span(T3_LABELS["granted"], cols=2), *values("granted"))
    )
    rows.append(_row(Span(T3_LABELS["partial"], cols=2), *values("partial")))
    for label, members in groups:
        for i, row in enumerate(members):
            head = (Span(label, rows=len(members)),) if i == 0 else ()
            rows.append((*head, Span(T3_LABELS[row]), *values(row)))
    if era != "template_2021":
        rows.append(_row(Span(T3_LABELS["other_total"], cols=2), *values("other_total")))
    rows.append(_row(Span(T3_LABELS["outcomes_total"], cols=2), *values("outcomes_total")))
    rows.append(_row(Span(T3_LABELS["carried_forward"], cols=3), *values("carried_forward")))
    return Table("t3", tuple(rows), 3)


def table_four(m: dict) -> Table:
    results = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    rows = (
        _row(Span("行政复议", rows=2, cols=5), Span("行政诉讼", cols=10)),
        _row(Span("未经复议直接起诉", cols=5), Span("复议后起诉", cols=5)),
        _row(*results, *results, *results),
        _row(*(Span(_value(m, t4_name(g, r))) for g in T4_GROUPS for r in T4_RESULTS)),
    )
    return Table("t4", rows, 3)


# The tables' places in the normalized text (each report flattens them into one run of labels and digits).
TABLE_SPANS = (
    ("t2", re.compile(r"第二十条第（一）项.*?(?=（二）|三、收到)")),
    ("t3", re.compile(r"(?:（有关情况附表）)?（本列数据.*?四、结转下年度继续办理[\d ]*")),
    ("t4", re.compile(r"(?<=行政诉讼情况)(?:（有关情况附表）)?行政复议.*?(?=五、)")),
)
# Paragraphs begin at section and sub-section headings: the reports' own structure.
PARAGRAPH_START_RE = re.compile(r"(?=[一二三四五六七八九十]、|（[一二三四五六七八九十]）|(?<=。)\d{1,2}\.(?!\d))")


def _split_paragraphs(prose: str) -> list[str]:
    return [p.strip() for p in PARAGRAPH_START_RE.split(prose) if p.strip()]


@cache
def corpus_report(doc: str) -> Report:
    """A corpus report (tests/data/corpus/raw/dNN.txt and its truth) as title, paragraphs and tables in order."""
    truth = json.loads((DATA / "corpus" / "truth" / f"{doc}.json").read_text("utf-8"))
    text, log = normalize_text((DATA / "corpus" / "raw" / f"{doc}.txt").read_text("utf-8"))
    text = text.replace("\n", "")
    title = log.get("crawler_header", {}).get("标题") or text[: text.index("报告") + 2]
    text = text.removeprefix(title)
    era, m = truth["format_era"], truth["metrics"]
    tables = {"t2": table_two(m, era), "t3": table_three(m, era), "t4": table_four(m)}
    marks = []
    for key, rx in TABLE_SPANS:
        found = rx.search(text)
        assert found, f"{doc}: no {key} in the text"
        marks.append((found.start(), found.end(), key))
    report = Report(doc, title, [title])
    done = 0
    for start, end, key in sorted(marks):
        report.blocks += _split_paragraphs(text[done:start])
        report.blocks.append(tables[key])
        done = end
    report.blocks += _split_paragraphs(text[done:])
    return report


@cache
def seed_report(name: str) -> Report:
    """A seed report (no template tables): title and paragraphs only."""
    path = next((Path(__file__).parents[1] / "data" / "samples").glob(f"{name}*.txt"))
    text, _ = normalize_text(path.read_text("utf-8"))
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    return Report(name, lines[0], lines)


# --- PDF ---------------------------------------------------------------------------------------------


@cache
def _fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))


COLUMN_WIDTHS = {  # points; A4 portrait has 451 between its margins
    "t2": [130, 107, 107, 107],
    "t3": [48, 62, 131] + [30] * 7,
    "t4": [30] * 15,
}
PDF_LAYOUTS = ("plain", "paged", "pageof")


def to_pdf(report: Report, layout: str = "plain") -> bytes:
    """The report as a PDF with ruled tables and merged cells. Layouts: "plain"; "paged" (a running header with the
    title, '— N —' footers, table 三 split across a page break with its header rows repeated); "pageof" ('第 N 页
    共 M 页' footers, table 三 split without its header repeated)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, TableStyle
    from reportlab.platypus import Table as RLTable

    _fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=12, leading=20, firstLineIndent=24, wordWrap="CJK")
    title = ParagraphStyle("title", fontName=FONT, fontSize=18, leading=26, alignment=1, wordWrap="CJK")
    cell = ParagraphStyle("cell", fontName=FONT, fontSize=7.5, leading=9.5, wordWrap="CJK")
    width, height = A4

    def flowables(total_pages: int) -> list:
        out: list = [Paragraph(escape(report.title), title), Spacer(1, 12)]
        for block in report.blocks[1:]:
            if isinstance(block, str):
                out.append(Paragraph(escape(block), body))
                continue
            data, style = _pdf_table(block, cell)
            split = layout != "plain" and block.key == "t3"
            if split:  # table 三 starts low on a page: it must break across pages
                out.append(PageBreak())
                out.append(Spacer(1, 480))
            table = RLTable(
                data, colWidths=COLUMN_WIDTHS[block.key], repeatRows=block.header_rows if layout == "paged" else 0
            )
            table.setStyle(
                TableStyle(
                    [("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), *style]
                )
            )
            out += [Spacer(1, 6), table, Spacer(1, 6)]
        return out

    def decorate(total_pages: int):
        def on_page(canvas, doc) -> None:
            canvas.saveState()
            canvas.setFont(FONT, 9)
            n = canvas.getPageNumber()
            if layout == "paged":
                canvas.drawCentredString(width / 2, height - 40, report.title)
                canvas.drawCentredString(width / 2, 30, f"— {n} —")
            elif layout == "pageof":
                canvas.drawCentredString(width / 2, 30, f"第 {n} 页 共 {total_pages} 页")
            canvas.restoreState()

        return on_page

    pages = 0
    for _ in range(2):  # the second pass knows the page count for '共 M 页'
        buf = io.BytesIO()
        doc = SimpleDocTemplate(buf, pagesize=A4, title=report.title, invariant=1)
        doc.build(flowables(pages), onFirstPage=decorate(pages), onLaterPages=decorate(pages))
        pages = doc.page
    return buf.getvalue()


def _pdf_table(table: Table, style) -> tuple[list[list], list]:
    """Reportlab's table data (a cell's text at its top-left, covered positions empty) and its SPAN commands."""
    from reportlab.platypus import Paragraph

    grid_width = len(table.grid()[0])
    data = [[""] * grid_width for _ in table.rows]
    spans, taken = [], set()
    for r, row in enumerate(table.rows):
        c = 0
        for span in row:
            while (r, c) in taken:
                c += 1
            data[r][c] = Paragraph(escape(span.text), style)
            for dr in range(span.rows):
                for dc in range(span.cols):
                    taken.add((r + dr, c + dc))
            if span.rows > 1 or span.cols > 1:
                spans.append(("SPAN", (c, r), (c + span.cols - 1, r + span.rows - 1)))
            c += span.cols
    return data, spans


# --- Word ---------------------------------------------------------------------------------------------


def to_docx(report: Report) -> bytes:
    """The report as a Word file: body paragraphs and tables with merged cells, a header and a footer."""
    import docx

    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = report.title
    section.footer.paragraphs[0].text = "— 1 —"
    document.add_heading(report.title, level=1)
    for block in report.blocks[1:]:
        if isinstance(block, str):
            document.add_paragraph(block)
            continue
        grid = block.grid()
        table = document.add_table(rows=len(grid), cols=len(grid[0]))
        table.style = "Table Grid"
        taken: set[tuple[int, int]] = set()
        for r, row in enumerate(block.rows):
            c = 0
            for span in row:
                while (r, c) in taken:
                    c += 1
                top = table.cell(r, c)
                if span.rows > 1 or span.cols > 1:
                    top = top.merge(table.cell(r + span.rows - 1, c + span.cols - 1))
                top.text = span.text
                taken |= {(r + dr, c + dc) for dr in range(span.rows) for dc in range(span.cols)}
                c += span.cols
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


# --- a page typeset --------------------------------------------------------------------------------------

PAGE_TITLE_RE = re.compile(r"[^，,。；;：:|]{4,60}[报報]告")  # a page's 标题：… field is no title set in large type


def _cells(line: str) -> list[str]:
    s = line.strip().removeprefix("|").removesuffix("|")
    return [c.strip() for c in s.split("|")]


def page_blocks(text: str) -> list[str | list[list[str]]]:
    """A page of text (a report's normalized lines) as the blocks a document holds: each non-empty line a paragraph,
    each run of lines of cells (bars apart, or a bar at an end) a table's rows."""
    blocks: list[str | list[list[str]]] = []
    rows: list[list[str]] = []
    for line in text.split("\n"):
        if line.count("|") >= 2 or line.strip().startswith("|") or line.strip().endswith("|"):
            rows.append(_cells(line))
            continue
        if rows:  # any other line, a blank one too, ends the table
            blocks.append(rows)
            rows = []
        if line.strip():
            blocks.append(line.strip())
    return [*blocks, rows] if rows else blocks


HEADING_LINE_RE = re.compile(r"(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])[^。；]{1,30}")


def _overprinted(paragraph):
    """A paragraph in a simulated bold: printed twice, the second time 0.4 pt to the right (as a virtual printer
    emboldens a font that has no bold face)."""
    from reportlab.platypus import Flowable

    class Overprinted(Flowable):
        def wrap(self, width: float, height: float) -> tuple[float, float]:
            return paragraph.wrap(width, height)

        def split(self, width: float, height: float) -> list:
            return [_overprinted(p) for p in paragraph.split(width, height)]

        def draw(self) -> None:
            paragraph.drawOn(self.canv, 0, 0)
            paragraph.drawOn(self.canv, 0.4, 0)

    return Overprinted()


def typeset(text: str, tables: bool = True, bold: bool = False) -> bytes:
    """A page of text (a report's normalized lines) typeset as a word processor prints it: the title in large type
    centred, each line a paragraph (12 pt, indented, Chinese broken between any two characters, never inside an
    ASCII word), each run of lines of cells (bars apart, or a bar at an end) a ruled table whose columns are as wide as their text allows, '— N —'
    at each page's foot. A table too wide for a page is printed as its rows' text. With `bold`, the title and the
    heading lines (一、…, （一）…) are set in a simulated bold, every character printed twice."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, TableStyle
    from reportlab.platypus import Table as RLTable
    from reportlab.platypus.doctemplate import LayoutError

    _fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=12, leading=20, firstLineIndent=24, wordWrap="CJK")
    title = ParagraphStyle("title", fontName=FONT, fontSize=18, leading=26, alignment=1, wordWrap="CJK")
    cell = ParagraphStyle("cell", fontName=FONT, fontSize=7.5, leading=9.5, wordWrap="CJK")
    flow: list = []
    for block in page_blocks(text):
        if isinstance(block, str):
            top = len(flow) < 8 and PAGE_TITLE_RE.fullmatch(block)  # a title near the top, after a page's lines
            paragraph = Paragraph(escape(block), title if top else body)
            emboldened = bold and (top or HEADING_LINE_RE.fullmatch(block))
            flow.append(_overprinted(paragraph) if emboldened else paragraph)
        elif max(map(len, block)) > 16 or not tables:
            flow.extend(Paragraph(escape(" ".join(r)), body) for r in block)
        else:
            width = max(map(len, block))
            need = [max(8.0 * max((len(r[c]) for r in block if c < len(r)), default=1) + 14, 20) for c in range(width)]
            scale = min(1.0, 451 / sum(need))  # A4 portrait holds 451 points between its margins
            data = [[Paragraph(escape(c), cell) for c in r] + [""] * (width - len(r)) for r in block]
            table = RLTable(data, colWidths=[n * scale for n in need])
            table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black)]))
            flow.append(table)

    def foot(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 9)
        canvas.drawCentredString(A4[0] / 2, 30, f"— {canvas.getPageNumber()} —")
        canvas.restoreState()

    buf = io.BytesIO()
    try:
        SimpleDocTemplate(buf, pagesize=A4, invariant=1).build(
            flow or [Spacer(1, 1)], onFirstPage=foot, onLaterPages=foot
        )
    except (ValueError, LayoutError):  # a cell too long for any page's table
        if not tables:
            raise
        return typeset(text, tables=False, bold=bold)
    return buf.getvalue()


# --- Markdown -------------------------------------------------------------------------------------------

MARKDOWN_LAYOUTS = ("mineru", "mineru_wrapped", "mineru_long")
# A long report's first section: in "mineru_long" it puts the tables past the first 20 kB a reader sniffs.
LONG_SECTION = (
    "本机关坚持以人民为中心的发展思想，推进决策、执行、管理、服务、结果公开，不断提升政务公开标准化规范化水平。" * 120
)


def _html_cells(table: Table) -> str:
    """A table as MinerU writes it in Markdown: one line of HTML, merged cells by rowspan and colspan."""
    rows = []
    for row in table.rows:
        cells = []
        for span in row:
            attrs = (f' rowspan="{span.rows}"' if span.rows > 1 else "") + (
                f' colspan="{span.cols}"' if span.cols > 1 else ""
            )
            cells.append(f"<td{attrs}>{escape(span.text)}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return "<table>" + "".join(rows) + "</table>"


def to_markdown(report: Report, layout: str = "mineru") -> bytes:
    """The report as a PDF-to-Markdown converter (MinerU) writes it: the title and the numbered headings as Markdown
    headings, paragraphs apart by blank lines, each table one line of HTML ("mineru_wrapped": inside <html><body>,
    as older versions write it), the seal an image. "mineru_long": a long first section before the tables."""
    out = [f"# {report.title}"]
    for block in report.blocks[1:]:
        if isinstance(block, Table):
            table = _html_cells(block)
            out.append(f"<html><body>{table}</body></html>" if layout == "mineru_wrapped" else table)
        elif re.match(r"[一二三四五六七八九十]、", block) and len(block) <= 30:
            out.append(f"## {block}")
        else:
            out.append(block)
        if layout == "mineru_long" and len(out) == 2:
            out.append(LONG_SECTION)
    out.append("![](images/3f2a9c0d1e8b7a6f5e4d3c2b1a0f9e8d.jpg)")
    return ("\n\n".join(out) + "\n").encode("utf-8")


# --- web page ------------------------------------------------------------------------------------------

NAV = ["首页", "政务公开", "政府信息公开", "解读回应", "办事服务", "互动交流", "走进平潭"]
FOOTER = (
    "主办单位：平潭综合实验区党工委管委会办公室　承办单位：平潭综合实验区数字平潭建设中心",
    "网站标识码：3590000001　闽ICP备05012345号　闽公网安备35012802000123号",
    "地址：平潭综合实验区北厝镇金井湾大道　联系电话：0591-23100000",
)
HTML_LAYOUTS = ("gov", "gov_gbk")


def _html_table(table: Table, breaks: bool) -> str:
    out = ['<table border="1" cellspacing="0" cellpadding="0" class="MsoNormalTable" style="width:600px">']
    for row in table.rows:
        out.append("<tr>")
        for span in row:
            attrs = (f' rowspan="{span.rows}"' if span.rows > 1 else "") + (
                f' colspan="{span.cols}"' if span.cols > 1 else ""
            )
            text = escape(span.text)
            if breaks and len(text) > 10:  # a long label broken by the editor, as Word's HTML export does
                text = text[: len(text) // 2] + "<br/>" + text[len(text) // 2 :]
            out.append(
                f'<td{attrs} valign="center"><p class="MsoNormal" align="center"><span style="font-family:宋体">'
                f"{text}</span></p></td>"
            )
        out.append("</tr>")
    out.append("</table>")
    return "\n".join(out)


def to_html(report: Report, layout: str = "gov") -> bytes:
    """The report inside a government page: menu, breadcrumb, share bar and footer around the article. "gov" is
    UTF-8 with the article in a div; "gov_gbk" is GBK declared as gb2312, the page laid out in nested tables, long
    cell labels broken with <br>."""
    charset = "gb2312" if layout == "gov_gbk" else "utf-8"
    nav = "".join(f'<li><a href="/{i}/">{name}</a></li>' for i, name in enumerate(NAV))
    article = []
    for block in report.blocks[1:]:
        if isinstance(block, str):
            article.append(
                f'<p class="MsoNormal" style="text-indent:2em"><span style="font-family:仿宋_GB2312">'
                f"{escape(block)}</span></p>"
            )
        else:
            article.append(_html_table(block, breaks=layout == "gov_gbk"))
    head = (
        f'<head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
        f"<title>{escape(report.title)}_政府信息公开年报_平潭综合实验区党工委管委会</title>"
        "<style>.nav li{float:left}</style><script>var _hmt = _hmt || []; /* 统计代码 */</script></head>"
    )
    top = (
        f'<div class="header"><ul class="nav">{nav}</ul><div class="search"><input type="text" value="请输入关键字">'
        "<button>搜索</button></div></div>"
        '<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; '
        '<a href="/zwgk/nb/">政府信息公开年报</a></div>'
    )
    meta = '<div class="info">来源：平潭综合实验区人民政府　时间：2022-01-13 08:38　浏览次数：1024</div>'
    share = '<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="javascript:window.print()">打印本页</a></div>'
    related = '<div class="related"><h3>相关链接</h3><ul><li><a href="/x/1.htm">关于印发2021年政务公开工作要点的通知</a></li></ul></div>'
    foot = '<div class="footer">' + "".join(f"<p>{escape(line)}</p>" for line in FOOTER) + "</div>"
    title = f'<div class="article_title">{escape(report.title)}</div>'
    content = '<div class="TRS_Editor">' + "\n".join(article) + "</div>"
    if layout == "gov_gbk":
        body = (
            f'<table width="1000" align="center"><tr><td>{top}</td></tr>'
            f'<tr><td><table width="100%"><tr><td class="title">{escape(report.title)}</td></tr>'
            f"<tr><td>{meta}</td></tr><tr><td>{content}</td></tr><tr><td>{share}{related}</td></tr></table></td></tr>"
            f"<tr><td>{foot}</td></tr></table>"
        )
    else:
        body = f'{top}<div class="main"><div class="article">{title}{meta}{content}{share}</div>{related}</div>{foot}'
    page = f'<!DOCTYPE html>\n<html lang="zh-CN">{head}<body>{body}</body></html>\n'
    return page.encode("gb18030" if layout == "gov_gbk" else "utf-8")


NAVIGATION_TEXT = (
    "当前位置",
    "解读回应",
    "办事服务",
    "走进平潭",
    "分享到",
    "打印本页",
    "相关链接",
    "请输入关键字",
    "浏览次数",
    *FOOTER,
)


def cut_span_pdf() -> tuple[bytes, list[list[str]]]:
    """A two-page PDF whose table breaks inside a vertically merged cell, as Word prints it: the label stands in
    the part on the first page only, the part on the second page has the merged cell empty. Returns the PDF and
    the grid a reader must give back."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    _fonts()
    xs = [72, 200, 420, 520]
    head = [["类别", "情形", "数量"]]
    first = [
        ["（三）不予公开", "1.属于国家秘密", "3"],
        ["", "2.其他法律行政法规禁止公开", "0"],
        ["", "3.危及“三安全一稳定”", "1"],
    ]
    second = [
        ["", "4.保护第三方合法权益", "2"],
        ["", "5.属于三类内部事务信息", "0"],
        ["（四）无法提供", "1.本机关不掌握相关政府信息", "5"],
    ]
    width, height = A4
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)

    def part(rows: list[list[str]], top: float, merged: tuple[int, int] | None, page: int, prose: str) -> None:
        c.setFont(FONT, 12)
        c.drawString(72, top + 30, prose)
        row_h = 24
        bottom = top - row_h * len(rows)
        for x in xs:
            c.line(x, top, x, bottom)
        for r in range(len(rows) + 1):
            y = top - r * row_h
            if merged and merged[0] < r <= merged[1]:  # no ruling inside the merged cell of column 0
                c.line(xs[1], y, xs[-1], y)
            else:
                c.line(xs[0], y, xs[-1], y)
        for r, row in enumerate(rows):
            for k, text in enumerate(row):
                if text:
                    c.drawString(xs[k] + 4, top - r * row_h - 16, text)
        c.setFont(FONT, 9)
        c.drawCentredString(width / 2, 30, f"— {page} —")
        c.showPage()

    part(head + first, height - 600, (1, 3), 1, "三、收到和处理政府信息公开申请情况如下表所示。")
    part(second, height - 80, (0, 1), 2, "")
    c.save()
    grid = [*head, *first, *second]
    for row in grid[1:6]:
        row[0] = "（三）不予公开"
    return buf.getvalue(), grid


# --- the real template, filled, printed by an office suite ------------------------------------------------------

TEMPLATE_DOCX = DATA / "real" / "govnianbao_template_2021.docx"  # a real Word file of the 2021 template (SOURCES.md)
# Table 二 of the template: its value rows and their metrics, in order of its columns
T2_TEMPLATE_ROWS = {
    2: ("t2_rules_made", "t2_rules_repealed", "t2_rules_in_force"),
    3: ("t2_normative_made", "t2_normative_repealed", "t2_normative_in_force"),
    6: ("t2_licensing_decisions",),
    9: ("t2_penalty_decisions",),
    10: ("t2_coercion_decisions",),
    13: ("t2_admin_fee_revenue_yuan",),
}


def fill_template(metrics: dict) -> bytes:
    """The real 2021 template (a Word file with the template's own column widths, merged cells, hard line breaks
    in its header and cells aligned as its author set them) with a report's table values typed into its cells."""
    import docx

    document = docx.Document(str(TEMPLATE_DOCX))
    t2, t3, t4 = document.tables

    def put(cell, text: str) -> None:
        cell.paragraphs[0].text = text
        for p in cell.paragraphs[1:]:
            p.text = ""

    for r, names in T2_TEMPLATE_ROWS.items():
        for i, name in enumerate(names):
            put(t2.rows[r].cells[1 + i], _value(metrics, name, *_SCALE.get(name, (1, ""))))
    for i, row in enumerate(T3_ROWS_2021):
        cells = t3.rows[3 + i].cells
        for j, col in enumerate(T3_COLUMNS):
            put(cells[3 + j], _value(metrics, t3_name(row, col)))
    for j, (g, r) in enumerate((g, r) for g in T4_GROUPS for r in T4_RESULTS):
        put(t4.rows[3].cells[j], _value(metrics, t4_name(g, r)))
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def synthetic_tables(seed: int) -> dict:
    """Table values of a made-up 2021 report, as a truth's metrics: counts of every size a real report prints (a
    township's zeros to a city's thousands), every row and column adding up as the template's arithmetic says."""
    import random

    rng = random.Random(seed)
    m: dict[str, dict] = {}
    scale = rng.choice([10, 100, 1000, 10000])
    for name in (*T2_TEMPLATE_ROWS[2], *T2_TEMPLATE_ROWS[3]):
        m[name] = {"value": rng.randint(0, rng.choice([3, 30, 300]))}
    for name in ("t2_licensing_decisions", "t2_penalty_decisions", "t2_coercion_decisions"):
        m[name] = {"value": rng.randint(0, scale * rng.choice([1, 10]))}
    m["t2_admin_fee_revenue_yuan"] = {"value": rng.choice([0, rng.randint(0, 10**8), rng.randint(0, 10**6) * 100])}
    outcomes = T3_ROWS_2021[2:-2]
    sizes = {"natural_person": scale, "business": scale // 10 + 1, "research": 3, "nonprofit": 3, "legal_service": 10}
    for col in T3_COLUMNS[:6]:
        new = rng.randint(0, sizes.get(col, 5)) if rng.random() < 0.8 else 0
        old = rng.randint(0, max(1, sizes.get(col, 5) // 20)) if rng.random() < 0.3 else 0
        forward = rng.randint(0, (new + old) // 10) if rng.random() < 0.3 else 0
        weights = [rng.random() ** 3 for _ in outcomes]
        counts = dict.fromkeys(outcomes, 0)
        for _ in range(new + old - forward):
            counts[rng.choices(outcomes, weights)[0]] += 1
        rows = {"new_received": new, "carried_over": old, "outcomes_total": new + old - forward, **counts}
        for row, v in {**rows, "carried_forward": forward}.items():
            m[t3_name(row, col)] = {"value": v}
    for row in T3_ROWS_2021:
        m[t3_name(row, "total")] = {"value": sum(m[t3_name(row, c)]["value"] for c in T3_COLUMNS[:6])}
    for g in T4_GROUPS:
        cells = [rng.choice([0, 0, rng.randint(0, 30)]) for _ in T4_RESULTS[:-1]]
        for r, v in zip(T4_RESULTS, [*cells, sum(cells)], strict=True):
            m[t4_name(g, r)] = {"value": v}
    return m


def office_pdfs(documents: dict[str, bytes], workdir: Path) -> dict[str, bytes]:
    """Word files printed to PDF by LibreOffice (`soffice --headless --convert-to pdf`, a run a hundred files, its
    profile in `workdir`): the fonts embedded as subsets with their ToUnicode maps, tables ruled as the office
    suite draws them, a tall row broken across two pages as Word breaks it."""
    return office_convert(documents, workdir, "pdf")


def office_convert(documents: dict[str, bytes], workdir: Path, to: str, source: str = "docx") -> dict[str, bytes]:
    """Office files (`source`: docx, xlsx) saved by LibreOffice as `to` (pdf; doc and xls, its 97–2003 exports)."""
    import shutil
    import subprocess

    soffice = shutil.which("soffice")
    if soffice is None:
        raise FileNotFoundError("soffice")
    workdir.mkdir(parents=True, exist_ok=True)
    for name, data in documents.items():
        (workdir / f"{name}.{source}").write_bytes(data)
    profile = (workdir / "profile").as_uri()
    args = [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", to, "--outdir", str(workdir)]
    for _ in range(3):  # a long run may end early with exit status 0: what it left is printed again
        todo = [str(workdir / f"{n}.{source}") for n in documents if not (workdir / f"{n}.{to}").exists()]
        for i in range(0, len(todo), 100):
            subprocess.run([*args, *todo[i : i + 100]], check=True, capture_output=True, timeout=900)
    return {name: (workdir / f"{name}.{to}").read_bytes() for name in documents}


def page_as_word(text: str) -> bytes:
    """A page of text (a report's normalized lines) as a Word file, as an office types a report: the title near the
    top centred in large type, each line a paragraph with its first line indented, each run of lines of cells a
    table ('Table Grid', the office suite sizing its columns); a run too wide for a page as its rows' text."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    document = docx.Document()
    paragraphs = 0
    for block in page_blocks(text):
        if isinstance(block, str):
            p = document.add_paragraph(block)
            paragraphs += 1
            if paragraphs < 8 and PAGE_TITLE_RE.fullmatch(block):
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                for run in p.runs:
                    run.font.size = Pt(18)
            else:
                p.paragraph_format.first_line_indent = Pt(24)
        elif max(map(len, block)) > 16:
            for r in block:
                document.add_paragraph(" ".join(r))
        else:
            table = document.add_table(rows=len(block), cols=max(map(len, block)))
            table.style = "Table Grid"
            for i, r in enumerate(block):
                for j, c in enumerate(r):
                    table.cell(i, j).text = c
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()
