"""A report as a PDF-to-Markdown converter writes it (MinerU, marker, docling, markitdown): the title and the numbered
headings behind hashes, subheadings in bold, links in brackets, a blank line after every paragraph, the seal an image,
and (MinerU) each table one line of HTML and a percentage a formula. Every real report of every corpus is so rendered and must come out as
from its page: no identity and no figure its lined page or its truth does not have, and the figures the lined page
reads, read again. The readers' own test reads the corpus's complete template reports so converted, cell by cell
(tests/test_readers.py)."""

from __future__ import annotations

import re
from html import escape

import pytest
from rendered import DATA, against_lined

from tasks.extract_tables import read_template
from tasks.ingest import read_source
from tasks.normalize import normalize_text
from tasks.normalize.layout import single_space
from tasks.normalize.markdown import strip_marks
from tasks.readers import read
from tasks.readers.html import tables_in_text

URL_RE = re.compile(r"(?:https?://|www\.)[A-Za-z0-9./_%?=&#:-]+[A-Za-z0-9/]")
HEADING_RE = re.compile(r"[一二三四五六七八九十]{1,3}、")
SUBHEADING_RE = re.compile(r"[（(][一二三四五六七八九十]{1,3}[）)]")
TITLE_RE = re.compile(r"[^，,。；;|]{4,80}报告")
PERCENT_RE = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)%")


def _row(line: str) -> bool:
    s = line.strip()
    return len(s) >= 3 and s[0] == "|" and s[-1] == "|" and s.count("|") >= 3


def _html_table(rows: list[str]) -> str:
    cells = ("".join(f"<td>{escape(c.strip())}</td>" for c in r.strip()[1:-1].split("|")) for r in rows)
    return "<table>" + "".join(f"<tr>{c}</tr>" for c in cells) + "</table>"


def _marked(line: str, first: bool, formulas: bool) -> str:
    line = URL_RE.sub(lambda m: f"[{m.group()}]({m.group()})", line)
    if formulas:  # MinerU takes a percentage for a formula (opendatalab/MinerU#1609): '$9 9 . 8 \%$'
        line = PERCENT_RE.sub(lambda m: "$" + " ".join(m.group(1)) + " \\%$", line)
    if first and TITLE_RE.fullmatch(line):
        return f"# {line}"
    if len(line) <= 30 and HEADING_RE.match(line):
        return f"## {line}"
    if len(line) <= 30 and SUBHEADING_RE.match(line):
        return f"**{line}**"
    return line


def markdown(raw: str, html_tables: bool = False) -> str:
    """The page as a converter's Markdown. Its table material (lines with bars, and an empty line between two of
    them: an empty cell of a table printed one cell a line) stays together, as a converter writes a table; with
    `html_tables` (MinerU), a run of whole rows (`| a | b |`) is one line of HTML and a percentage a formula."""
    lines = raw.replace("\r", "").split("\n")
    blocks: list[str] = []
    i, titled = 0, False
    while i < len(lines):
        if "|" in lines[i]:
            j = i
            while j < len(lines) and (
                "|" in lines[j] or (not lines[j].strip() and j + 1 < len(lines) and "|" in lines[j + 1])
            ):
                j += 1
            run = lines[i:j]
            blocks.append(_html_table(run) if html_tables and all(_row(r) for r in run) else "\n".join(run))
            i = j
            continue
        line = lines[i].strip()
        i += 1
        if line:
            blocks.append(_marked(line, not titled, html_tables))
            titled = titled or bool(TITLE_RE.fullmatch(line))
    blocks.append("![](images/9c1f0e2d3b4a5968778695a4b3c2d1e0.jpg)")  # the seal
    return "\n\n".join(blocks) + "\n"


# --- the phenomena ---------------------------------------------------------------------------------------------


def test_markdown_marks_go_and_their_text_stays() -> None:
    raw = (
        "# 某县2020年政府信息公开工作年度报告\n\n## 一、总体情况\n\n**（一）主动公开**\n\n"
        "全年主动公开信息120条。![](images/a.jpg)\n\n详见[www.x.gov.cn](http://www.x.gov.cn)。\n\n"
        "办结率$1 0 0 \\%$，下降$- 8 . 5 \\%$，共$1 2 0 0$条，$x+y$。\n\n| 规章<br>文件 | 1<br/>2 |\n"
    )
    text, marks = strip_marks(raw)
    assert marks == 10
    assert text.split("\n\n") == [
        "某县2020年政府信息公开工作年度报告",
        "一、总体情况",
        "（一）主动公开",
        "全年主动公开信息120条。",
        "详见www.x.gov.cn。",
        "办结率100%，下降-8.5%，共1200条，$x+y$。",
        "| 规章文件 | 1 2 |\n",
    ]
    plain = "#1号楼北侧 **未办结** 2__3 [附件]\n"  # no space after the hash, no pair, no link: the text's own
    assert strip_marks(plain) == ("#1号楼北侧 未办结 2__3 [附件]\n", 1)


def test_a_blank_line_after_every_line_is_one_line_break_and_a_few_blank_lines_stay() -> None:
    double = "一、总体情况\n\n全年公开信息120条。\n\n其中网站100条。\n\n二、主动公开\n\n规章 |\n\n0 |\n\n| 1 | 2 |\n| 3 | 4 |\n"
    assert single_space(double) == (
        "一、总体情况\n全年公开信息120条。\n其中网站100条。\n二、主动公开\n规章 |\n0 |\n| 1 | 2 |\n| 3 | 4 |\n",
        6,
    )
    sections = "一、总体情况\n全年公开信息120条。\n其中网站100条。\n\n二、主动公开\n规章0件。\n文件3件。\n\n三、其他\n"
    assert single_space(sections) == (sections, 0)  # blank lines that part sections are the page's own


def test_a_number_alone_on_its_line_before_a_bar_is_a_whole_cell() -> None:
    """Table 二 printed one cell a line (a page store's save) with blank lines between its lines, beside prose that
    has none: '421' is one cell, never cut into 4 | 2 | 1 (read so before); 增1423 is its change."""
    prose = "\n".join(["本机关持续深化政务公开工作。"] * 12)
    cells = "\n\n".join(["第二十条第(五)项 |", "信息内容 |", "上一年项目数量 |", "本年增/减 |", "处理决定数量 |"])
    row = "\n\n".join(["行政许可 |", "421 |", "增1423 |", "1844 |", "其他对外管理服务事项 |", "0 |", "0 |", "0 |"])
    page = f"某市2020年政府信息公开工作年度报告\n{prose}\n二、主动公开政府信息情况\n{cells}\n\n{row}\n"
    text, _ = normalize_text(page)
    got = {r["metric"]: r["value"] for r in read_template(text).rows if r["metric"].startswith("t2_licensing")}
    assert got == {
        "t2_licensing_items_prev_year": 421,
        "t2_licensing_items_delta": 1423,
        "t2_licensing_decisions": 1844,
    }


def test_a_file_s_final_line_breaks_do_not_change_the_row_its_excerpt_cut() -> None:
    """fresh8 m03 ends in table 三's 部分公开 row, its last cell cut before its bar ('| 1 '): that cell is the row's
    whether the file ends there or in a line break (a converter's Markdown ends in one, and was read without it)."""
    raw = read_source((str(DATA / "fresh8" / "raw"), "m03.txt"))["raw_text"]
    assert raw.endswith("| 1 ")
    text, _ = normalize_text(raw)
    assert text.endswith("不计其他情形） | 1 | | | | | | 1\n")
    assert normalize_text(raw + "\n")[0] == normalize_text(raw + "\n\n")[0] == text


def test_a_web_page_with_tables_is_still_a_web_page() -> None:
    """Only text whose markup is its tables is read as text: a page's layout markup keeps it a page."""
    table = "<table><tr><td>规章</td><td>0</td></tr></table>"
    page = f"<html><body><div class='nav'>首页</div><p>{'本机关持续深化政务公开工作。' * 3}</p>{table}</body></html>"
    assert tables_in_text(page) is None
    md = f"# 某市2020年政府信息公开工作年度报告\n\n{'本机关持续深化政务公开工作。' * 3}\n\n{table}\n\n三、其他\n"
    text, tables = tables_in_text(md)
    assert tables == 1 and "\n| 规章 | 0 |\n" in text and text.startswith("# 某市2020年")
    assert read(md.encode(), lambda b: (b.decode(), "utf-8")).format == "text"


# --- every real report -----------------------------------------------------------------------------------------

RENDERINGS = {"markdown": markdown, "mineru": lambda raw: markdown(raw, html_tables=True)}


@pytest.mark.parametrize("rendering", sorted(RENDERINGS))
def test_every_real_report_as_markdown_reads_as_its_lined_page(corpus, rendering: str) -> None:
    """Every corpus report as a converter's Markdown, read as the readers read a file (its HTML tables as rows):
    each identity field and each figure as on its lined page or as its truth says, or absent; and every figure the
    lined page reads right comes back."""
    paths, raws, lined_texts = corpus

    def as_read(raw: str) -> str:
        return read(RENDERINGS[rendering](raw).encode(), lambda b: (b.decode(), "utf-8")).text

    wrong, landed, lost = against_lined(paths, raws, as_read, lined_texts)
    assert not wrong, sorted(wrong)
    assert not landed, sorted(landed)
    assert not lost, sorted(lost)
