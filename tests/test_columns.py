"""Tables printed by position (pdftotext -layout) read back as rows: tasks/normalize/columns.py.

The excerpts are pdftotext's output, as printed, for PDFs that LibreOffice made of Word files holding the template's
table 三: a Word table of equal narrow columns (tests/render.to_docx) and the real 2021 template filled in
(tests/render.fill_template). The rows expected are the template's, read off the page."""

from __future__ import annotations

from tasks.extract import extract_document
from tasks.normalize import normalize_text
from tasks.normalize.columns import read_columns

# Equal narrow columns: each label broken two characters a line beside its group's label, a row's cells on the first
# line of its label.
NARROW = """\
三、收到和处理政府信息公开申请情况

一、本年新收政府信息    5   1    0    0    0    0    6
公开申请数量
二、上年结转政府信息    0   0    0    0    0    0    0
公开申请数量
三、  （一）予以公    2   0    0    0    0    0    2
本年  开
度办  （二）部分公    1   1    0    0    0    0    2
理结  开（区分处理
果   的，只计这一
    情形，不计其
    他情形）
    （三  1.属   0   0    0    0    0    0    0
    ）不  于国
    予公  家秘
    开   密
        2.其   1   0    0    0    0    0    1
        他法
        律行
        政法
        规禁
        止公
        开
四、政府信息公开行政复议、行政诉讼情况"""


def _rows(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.startswith("|")]


def test_narrow_columns_read_as_rows_with_their_whole_labels() -> None:
    text, tables = read_columns(NARROW)
    assert tables == 1
    assert _rows(text) == [
        "| 一、本年新收政府信息公开申请数量 | 5 | 1 | 0 | 0 | 0 | 0 | 6 |",
        "| 二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
        "| 三、本年度办理结果 | （一）予以公开 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |",
        "| 三、本年度办理结果 | （二）部分公开（区分处理的，只计这一情形，不计其他情形） | 1 | 1 | 0 | 0 | 0 | 0 | 2 |",
        "| （三）不予公开 | 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
        "| 2.其他法律行政法规禁止公开 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |",
    ]
    # the text around the table stays as it was
    assert text.startswith("三、收到和处理政府信息公开申请情况\n")
    assert text.endswith("\n四、政府信息公开行政复议、行政诉讼情况")


def test_narrow_columns_land_the_cells_the_line_passes_lost() -> None:
    """Through the whole pipeline: the rows' cells land under their rows (read by lines, the labels' pieces ran into
    one another and no row was found)."""
    text, _ = normalize_text(NARROW)
    _, rows, _ = extract_document("x", text)
    got = {r["metric"]: r["value"] for r in rows}
    assert got["t3.new_received.natural_person"] == 5
    assert got["t3.new_received.total"] == 6
    assert got["t3.partial.business"] == 1
    assert got["t3.denied_law_forbids.natural_person"] == 1
    assert got["t3.denied_state_secret.total"] == 0


# The real template filled: a tall row's total set to the top of its box, its other cells centred on the next line.
SPLIT_ROW = """\
二、上年结转政府信息公开申请数量                0       0     1     0    1    0    2
      （一）予以公开                   0       116   0     0    0    0    116
      （二）部分公开（区分处理的，只计这一情                                          13
                                0       12    0     0    1    0
      形，不计其他情形）
             1.属于国家秘密           527     45    1     0    0    1    574"""


def test_a_row_printed_on_two_lines_is_one_row() -> None:
    text, _ = read_columns(SPLIT_ROW)
    assert "| （二）部分公开（区分处理的，只计这一情形，不计其他情形） | 0 | 12 | 0 | 0 | 1 | 0 | 13 |" in text.split(
        "\n"
    )
    assert "| 1.属于国家秘密 | 527 | 45 | 1 | 0 | 0 | 1 | 574 |" in text.split("\n")


# A page break inside a row's label, and the columns closed up on the next page (`）不访举`: the group's label and the
# row's, no space between).
PAGE_BREAK = """\
           3.补   0   0   0   0   0   0   0
           正后
           申请
           内容
           仍不
           明确
      （五   1.信   0   0   0   0   0   0   0


—1—
\f平潭综合实验区金井片区管理局 2019 年政府信息公开工作年度报告


      ）不访举
      予处报投
      理 诉类
        申请
        2.重 0   0   0    0    0     0       0
        复申
        请
        3.要 0   0   0    0    0     0       0
        求提
        供公
        开出
        版物
    （六）其他处  0   0   0    0    0     0       0
    理
    （七）总计   0   0   0    0    0     0       0
四、结转下年度继续办  0   0   0    0    0     0       0
理"""


def test_a_label_cut_by_a_page_break_goes_on_its_row() -> None:
    text, _ = read_columns(PAGE_BREAK)
    assert _rows(text) == [
        "| 3.补正后申请内容仍不明确 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
        "| （五）不予处理 | 1.信访举报投诉类申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
        "| 2.重复申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
        "| 3.要求提供公开出版物 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
        "| （六）其他处理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
        "| （七）总计 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
        "| 四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
    ]
    # the page's furniture stays for the passes that drop it; no piece of a label is left over
    assert "—1—" in text and "访举" not in text.replace("访举报投诉", "")


def test_cells_off_their_columns_leave_the_table_as_it_was() -> None:
    """A line whose numbers stand in none of the columns the other rows set: the positions do not agree, so the
    table is left to the line-based passes rather than read by a guess."""
    off = NARROW.replace(
        "        2.其   1   0    0    0    0    0    1", "        2.其          1   0    0    0    0    0    1"
    )
    text, tables = read_columns(off)
    assert tables == 0
    assert text == off


def test_text_without_a_table_printed_by_position_is_unchanged() -> None:
    prose = (
        "2021 年，全年主动公开政府信息 198 条，其中：财税金融等政策及解读共 7 条；\n"
        "第二十条第（一）项\n"
        "信息内容        本年制发件数      本年废止件数      现行有效件数\n"
        "规章          0           0           0\n"
        "行政规范性文件     3           0           3\n"
    )
    assert read_columns(prose) == (prose, 0)
