"""Layout: a PDF's line breaks inside sentences undone; a saved web page turned into lines of text."""

from __future__ import annotations

import html
import re
from collections import Counter

import numpy as np

from tasks import rules
from tasks.normalize.classes import HAN_RE, code_units

# --- hard line breaks -----------------------------------------------------------------------------
SENTENCE_END = frozenset("。！？；：”…")
CLOSING_QUOTES = frozenset("”’")
WORD_SLACK = 2  # a word that would just fit may still go down: a digit is narrower than a Chinese character
TITLE_LINES = 8  # where a hard-wrapped text's title (and a saved page's breadcrumbs) stand
TITLE_LINE_RE = re.compile(r"[^，,。；;]{4,80}[报報]告")  # (a report in the traditional script: 報告, fresh f20)
CRUMBS_RE = re.compile(r"[>›»][^>›»\n]{1,30}[>›»]")
WRAPPED_LINES_MIN = 5  # full lines a text needs to be taken as hard-wrapped: an excerpt's prose may have few


def _ends_sentence(line: str) -> bool:
    """Whether a line ends a sentence: a closing quote only after a full stop (…。”), not one closing a name that the
    sentence runs on after (通过“河东发布” / 新浪微博平台发布…)."""
    if line[-1] in CLOSING_QUOTES:
        return len(line) > 1 and line[-2] in SENTENCE_END
    return line[-1] in SENTENCE_END


PAGE_NUMBER_RE = re.compile(rules.PAGE_NUMBER)
# A line break first: tried at each line's start only. A table row (cells apart by bars) is no line of the page's text.
LONG_LINE_RE = re.compile(r"\n(?![^\n|]*+\|[^\n|]*+\|)[^\n]{100}")
HEADING_START_RE = re.compile(r"[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.、．](?!\d)")


# A page saved without its line breaks runs each heading into the sentences around it (fresh4 i07 so saved: 运行正常。
# 二、主动公开政府信息情况至2015年12月31日,累计…): a heading that opens after a full stop starts a line again. Only
# in a text of LINELESS_CHARS or more that holds most of itself in one line: in any other (a page of a paragraph a
# line, however long), a line break that is not there was not lost.
HEADING_NUMBER = r"[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]"  # 二、 or （一）
RUN_ON_HEADING_RE = re.compile(
    r"(?:(?<=[。；;！？!?．])|(?<=[\u4e00-\u9fff]\.))[^\S\n]*+"
    rf"(?=(?:{HEADING_NUMBER})[^\s\d])"
)
# Its title, where it ends in 情况 and the paragraph runs on (（二）依申请公开情况我镇持续畅通…, fresh26 j06 so saved).
RUN_ON_TITLE_RE = re.compile(
    rf"^((?:{HEADING_NUMBER})[^\n。，,；;：:\d]{{1,18}}?情[况況])(?=[^\s。，,；;：:）)])",
    re.MULTILINE,
)
# A table printed a row a line as cells (一、本年新收…数量 | 58 | 7 | … | 66 |) runs its rows together: a row starts
# again at a label cell (no figure in it: 增1423 is a cell) after a cell of a number, a blank mark or nothing, or at a
# cell the template numbers (二、, （一）, 1., 第二十条). (Rows printed `| a | b |` keep the next row's opening bar at
# the end of theirs: one more empty cell, which a row's reading drops as padding. A label the excerpt cut before its
# bar starts its line too.)
RUN_ON_ROW_RE = re.compile(
    r"(?:(?<=[\d/—－–-] \|)|(?<=[\d/—－–-]\|)|(?<=\| \|)|(?<=\|\|))[^\S\n]*+(?=[^\s|\d/—－–-增减][^|\n\d]*+(?:\||\Z))"
    rf"|(?<=[^\n]\|)[^\S\n]*+(?=(?:{HEADING_NUMBER}|\d{{1,2}}[.．、](?!\d)|第二十条)[^|\n]*+(?:\||\Z))"
)
ROW_BARS_MAX = 16  # table 三's rows have nine cells at most, with a label split over two
TABLES_START_RE = re.compile(r"第二十条第|收到和处理政府信息公开申请情况")
LINELESS_CHARS = 400
LINELESS_SHARE = 0.6  # a line-less page holds most of its text in one line; a page of paragraphs never does


def restore_lines(text: str) -> tuple[str, int]:
    """A line-less text's headings and table rows on lines of their own again; (text, lines broken)."""
    if len(text) < LINELESS_CHARS or max(map(len, text.split("\n"))) < LINELESS_SHARE * len(text):
        return text, 0
    text, n = RUN_ON_HEADING_RE.subn("\n", text)
    if n:
        text = RUN_ON_TITLE_RE.sub("\\1\n", text)
    # (from the template's first table on: a page's metadata above the report is cells too, 索引号 | … | 发布机构 |;
    # only a line of more cells than any of the template's rows has: a row of its own is left as it is)
    tables = TABLES_START_RE.search(text)
    rows = 0
    if tables:
        lines = text[tables.start() :].split("\n")
        for i, line in enumerate(lines):
            if line.count("|") > ROW_BARS_MAX:
                lines[i], k = RUN_ON_ROW_RE.subn("\n", line)
                rows += k
        text = text[: tables.start()] + "\n".join(lines)
    return text, n + rows


# A line of three numbers or more and nothing else: a table row's cells (a PDF laid out by lines prints the cells
# centred in their boxes on a line of their own between two lines of their row's label), never a piece of prose.
NUMBERS_ROW_RE = re.compile(r"\d++(?:[^\S\n]++\d++){2,}+")


# A row's total alone after its label's first words; a row's label words then three numbers or more.
TOTAL_FIRST_RE = re.compile(r"[\u4e00-\u9fff、，）][^\S\n]+\d+$")
CELLS_AFTER_WORDS_RE = re.compile(r"[^\n]*[\u4e00-\u9fff、，）][^\S\n]*\d+(?:[^\S\n]+\d+){2,}")
# A row's label opening its line with its number and no figure after it ('5.要求行政机关确认或重新出具已').
GROUP_PIECE_RE = re.compile(r"[\u4e00-\u9fff（）()]{1,4}")  # a line of a merged group label's narrow cell
NUMBERS_AT_END_RE = re.compile(r"\d+(?:[^\S\n]+\d+)+$")
NUMBERED_LABEL_RE = re.compile(r"(?:\d{1,2}[.．、]|[（(][一二三四五六七八九十]{1,2}[）)])[^\d\n]+")


def is_table_row(line: str) -> bool:
    """Whether a line is a table row as the readers render one, `| cell | cell |` from its first character on (a
    piece that a page's width cut off a `… | 0 | 0 |` line starts with the space before its '|')."""
    return line.startswith("| ") and line.rstrip().endswith(" |")


# A line a PDF spread out, every character one space from the next (强 化 制 度 , 进 一 步 … 2 0 2 0 年): its spaces
# go, a figure's too; a wider gap was a space (信 息   8 4 6 篇; two figures 1 2   3 4 stay two). Only a line of
# Chinese: a row of cells (0 0 0 0 0 0 0) spaces its numbers, not its label's characters.
BLANK_GAP_RE = re.compile(r"\n(?:[^\S\n]*+\n)++")
PROSE_LINE = 12  # characters: a line this long is prose, or a paragraph's line
DOUBLE_SPACED_LINES = 3  # gaps between lines of prose a text needs before its spacing is taken as a habit
DOUBLE_SPACED_SHARE = 0.9  # of the gaps between its lines of prose, the share a blank line stands in
LONG_LINES_SHARE = 0.8  # …or of the gaps after its lines of 12 characters or more


def single_space(text: str) -> tuple[str, int]:
    """A text with a blank line after every line (a Markdown file's paragraphs; a page saved with an empty
    paragraph between its lines) with one line break between lines, as the passes that read lines expect: the
    lines of a table printed one cell a line, a PDF's wrapped lines, a heading and its paragraph. A table's rows
    (`| … |`) are not counted: a converter writes them without blank lines. Returns the text and the blank lines
    removed."""
    if "\n\n" not in text and "\n \n" not in text:
        return text, 0
    gaps = blank = long_gaps = long_blank = 0
    prev = prev_long = False  # whether the last line was prose; and a line of prose 12 characters long or more
    after_blank = False
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped:
            after_blank = True
            continue
        prose = "|" not in stripped
        if prev and prose:
            gaps, blank = gaps + 1, blank + after_blank
        if prev_long and prose:
            long_gaps, long_blank = long_gaps + 1, long_blank + after_blank
        # a short line is no evidence where a page's lines stand a blank line apart and its table's cells, broken
        # inside their boxes, a line apart (pdfminer: '本年废' / '止件数', its text boxes one a line)
        prev, prev_long, after_blank = prose, prose and len(stripped) >= PROSE_LINE, False
    habit = gaps >= DOUBLE_SPACED_LINES and blank >= DOUBLE_SPACED_SHARE * gaps
    long_habit = long_gaps >= DOUBLE_SPACED_LINES and long_blank >= LONG_LINES_SHARE * long_gaps
    if not (habit or long_habit):
        return text, 0
    return BLANK_GAP_RE.subn("\n", text)


# A title a PDF broke across lines in its large type: '…2025年政府信息' / '公开工作年度报告', '…工作年' / '度报告',
# the year first or after the body's name ('2020年上海市普陀区…政府信息公开工' / '作年度报告').
TITLE_HEAD_RE = re.compile(r"[^，,。；;：:|>›»\s]{0,60}?(?:19|20)\d\d年[^，,。；;：:|>›»\s]{0,30}")
# The lines come before the script is simplified: a title in the traditional script ends with 報告 and says 信息公開.
TITLE_TAIL_RE = re.compile(r"[^，,。；;：:|>›»\s\d]{0,30}[报報]告|告")  # (or broken inside 报告: '…年度报' / '告')
REPORT_WORD_RE = re.compile(r"[报報]\s*告")
TITLE_JOINED_RE = re.compile(
    r".{0,60}?(?:(?:19|20)\d\d年度?.{0,30}?(?:信息|政[务務])公[开開]|(?:信息|政[务務])公[开開].{0,20}?(?:19|20)\d\d年度?)"
    r".{0,20}[报報]告"
)  # the year before 信息公开 or after it (…政府信息公开2010年度报告)


def join_split_title(text: str) -> tuple[str, int]:
    """The title at the top that a PDF broke across two lines joined into one, as the title is read: its first
    line holds the year and does not end the title, the next line (or the one after a blank line) ends it with 报告,
    and together they are a report's title. A page may print its title twice (its header and its body): each is
    joined. Returns the text and the titles joined."""
    if not REPORT_WORD_RE.search(text, 0, 2000):
        return text, 0
    lines = text.split("\n")
    out: list[str] = []
    joined = seen = 0
    i = 0
    while i < len(lines):
        head = lines[i].strip()
        seen += bool(head)
        if head and seen <= TITLE_LINES and i + 1 < len(lines):
            # the next line, or the one after a blank line (a page with a blank line after every line)
            j = i + 2 if not lines[i + 1].strip() and i + 2 < len(lines) else i + 1
            tail = lines[j].strip()
            if (
                not REPORT_WORD_RE.search(head)
                and not re.search("年[报報]", head)
                and TITLE_HEAD_RE.fullmatch(head)
                and TITLE_TAIL_RE.fullmatch(tail)
                and TITLE_JOINED_RE.fullmatch(head + tail)
            ):
                out.append(head + tail)
                joined += 1
                i = j + 1
                continue
        out.append(lines[i])
        i += 1
    return ("\n".join(out), joined) if joined else (text, 0)


SPREAD_LINE_RE = re.compile(r"^[^\S\n]*+(?:[^\s|] ++){8,}[^\s|][^\S\n]*+$", re.MULTILINE)
SPREAD_GAP_RE = re.compile(r" (?! )|  +")  # one space between characters; a wider gap is a space spread
SPREAD_LINE_HAN = 2


def _close_up(m: re.Match[str]) -> str:
    line = m.group()
    if len(HAN_RE.findall(line)) < SPREAD_LINE_HAN:
        return line
    return SPREAD_GAP_RE.sub(lambda gap: " " if len(gap.group()) > 1 else "", line.strip())


# A justified line's stretch gathered before a mark set in a Latin font, as a layout grid prints it (pdfplumber's
# extract_text(layout=True): '…占总体比例的55         %；通过…', '…我局微信公众号        “玉林自然资'): no column gap —
# a table's cells hold no quotation marks or percent signs — but a line of prose, which must not be taken for a row.
JUSTIFIED_GAP_RE = re.compile(r"(?<=[\u4e00-\u9fff，、；：\d]) {3,}(?=[“%])|(?<=[”]) {3,}(?=[\u4e00-\u9fff])")


def close_up_spread_lines(text: str) -> tuple[str, int]:
    """Lines a PDF's justification or letter-spacing spread out, closed up before their breaks are read (the width a
    line filled is its characters'), and a justified line's gaps before a Latin-font mark. Returns the text and the
    lines and gaps closed up."""
    if " " not in text:
        return text, 0
    closed = SPREAD_LINE_RE.sub(_close_up, text)
    spread = 0 if closed == text else sum(1 for m in SPREAD_LINE_RE.finditer(text) if _close_up(m) != m.group())
    if "   " in closed:
        closed, gaps = JUSTIFIED_GAP_RE.subn("", closed)
        spread += gaps
    return closed, spread


PAGE_REACH = 2
# A body's name as a running head prints it (重庆市江津区杜市镇人民政府, 龙口市水务局, 鼎城区郭家铺街道办事处).
BODY_HEAD_RE = re.compile(
    r"[\u4e00-\u9fff（）()]{2,30}(?:人民政府办公室|人民政府|政府|办事处|委员会|管委会|局|办公室|中心|厅)"
)
PAGE_LINE_RE = re.compile(
    rf"\n[^\S\n]*(?:{rules.PAGE_NUMBER})[^\S\n]*(?=\n|\Z)"
)  # the break first: scanned fast  # lines between a page's number and the next page's running head


HEAD_REST_MAX = 12  # characters after a running head on its line that are a table label's piece, not a sentence


def drop_running_heads(text: str) -> tuple[str, int]:
    """A PDF's running head — the report's title or the body's name printed atop every page — comes through its text
    beside the pages' numbers, between one page's last line and the next page's first, cutting the sentence or the
    table it falls in. Below the text's top, a line beside a page's number that repeats the title at the top or the
    body's name it opens with, or a title or a body's name beside the pages' numbers more than once, is such a head;
    it goes. (A web page that shows
    its title twice at its top keeps both; a table's labels beside the numbers are neither.) Returns the text and the
    lines dropped."""
    if not PAGE_LINE_RE.search(text):
        return text, 0
    lines = text.split("\n")
    if len(lines) <= TITLE_LINES:
        return text, 0
    titles = {line.strip() for line in lines[:TITLE_LINES] if TITLE_LINE_RE.fullmatch(line.strip())}
    near: Counter[str] = Counter()
    beside: set[int] = set()
    for i, line in enumerate(lines):
        if PAGE_NUMBER_RE.fullmatch(line.strip()):
            for j in range(max(TITLE_LINES, i - PAGE_REACH), min(len(lines), i + PAGE_REACH + 1)):
                if j != i:
                    near[lines[j].strip()] += 1
                    beside.add(j)
    # (a title's form, or a body's name beside more than one page's number: a table's labels repeat beside the
    # numbers too, 信息内容 | 本年处理决定数量 |)
    heads = {
        h
        for h, n in near.items()
        if ((n > 1 or h in titles) and TITLE_LINE_RE.fullmatch(h))
        or ((n > 1 or any(t.startswith(h) for t in titles)) and BODY_HEAD_RE.fullmatch(h))
    }
    if not heads:
        return text, 0
    drop = {j for j in beside if lines[j].strip() in heads}
    # (a head the converter set on one line with the piece of a table's label the page break carried to the next
    # page, '平潭综合实验区 2025 年度…年度报告 护第三方' (PDFium): the head goes, the piece stays)
    cut = 0
    for j in beside - drop:
        head = next((h for h in heads if lines[j].strip().startswith(h + " ")), None)
        if head is not None and len(rest := lines[j].strip()[len(head) :].strip()) <= HEAD_REST_MAX:
            lines[j] = rest
            cut += 1
    kept = [line for j, line in enumerate(lines) if j not in drop]
    return "\n".join(kept), len(drop) + cut


# A space a PDF's justified or letter-spaced line puts between Chinese characters (强 化 制 度): no width. (One
# beside a figure, 公开的 10 件, stands for the gap a half-width figure leaves: counted.)
SPREAD_SPACE_RE = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")


COLUMN_GAP_RE = re.compile(r"\S {3,}\S")  # a gap of three spaces or more between two words: columns


def _visible(line: str) -> int:
    """A line's length on the page: letter-spacing takes no characters' room."""
    return len(line) - len(SPREAD_SPACE_RE.findall(line)) if " " in line else len(line)


def _cells(line: str) -> bool:
    """A table row of any rendering with cells apart by bars (信息内容 | 本年制发件数 | …) or by the wide gaps of a
    layout-keeping converter's columns (pdftotext -layout: '信息内容        本年制发件数             本年废止件数'):
    no line of the page's prose, however long, and no measure of its width (a piece the width cut off a row is still
    joined to it)."""
    return is_table_row(line) or line.count("|") >= 2 or COLUMN_GAP_RE.search(line) is not None


def cells_before_label(text: str) -> tuple[str, int]:
    """A tall row's cells a converter printed a line before its label (pdfplumber sorts a row's centred cells above
    its label's first line): a line of numbers only, after a row whose line holds as many, before a numbered label
    with no figure, goes after that label's first line, among its label's lines, where the other converters print
    it. (The row before has its cells: these are no second set of its.) Returns the text and the lines moved."""
    if "\n" not in text:
        return text, 0
    lines = text.split("\n")
    moved = 0
    for i in range(1, len(lines) - 1):
        bare = lines[i].strip()
        if not NUMBERS_ROW_RE.fullmatch(bare) or not CELLS_AFTER_WORDS_RE.fullmatch(lines[i - 1].strip()):
            continue
        before = NUMBERS_AT_END_RE.search(lines[i - 1].strip())
        if len(before.group().split()) == len(bare.split()) and NUMBERED_LABEL_RE.fullmatch(lines[i + 1].strip()):
            lines[i], lines[i + 1] = lines[i + 1], lines[i]
            moved += 1
    return ("\n".join(lines), moved) if moved else (text, 0)


def _total_first(current: str, lines: list[str], i: int) -> bool:
    """Whether a line that ends in one number apart from its words is a tall row's first, the next its cells: a PDF
    laid out by lines prints the total set to its box's top on the label's first line and the cells centred in
    theirs a line lower (pdfplumber: '1.申请人无正当理由逾期不补正、 96' / '行政机关不再处理其政府信息公开 95 0 0 0
    1 0'). Joined, the label no longer reads around its cells."""
    if TOTAL_FIRST_RE.search(current) is None:
        return False
    # (a piece of the group's merged label may stand between: '…缴 258' / '他处理' / '纳费用、… 87 171 0 0 0 0')
    after = [line.strip() for line in lines[i + 1 : i + 3]]
    if after and GROUP_PIECE_RE.fullmatch(after[0]):
        after = after[1:]
    return bool(after) and CELLS_AFTER_WORDS_RE.fullmatch(after[0]) is not None


def _prose_and_cells(before: str, after: str) -> bool:
    """Whether a line of prose follows a line of cells: a page's metadata (文号： | 公开日期： | 2015-07-10 |) and the
    report's first sentence after it are not one line, whatever their lengths. (A piece the width cut off a row
    opens mid-cell, after no bar; a label cell the width cut goes on in a piece that holds its row's bars.)"""
    return "|" not in after and _cells(before) and before.rstrip().endswith("|")


# A count cut from its sentence by a line break, on a page whose width does not show (a short excerpt): a line of a
# sentence ends in a Chinese character, and the next opens with the count and its unit (…政府信息 / 4409条, …信息共 /
# 计253条), or ends in a figure whose unit opens the next (…共发布信息376 / 条，…). No line of prose opens with a unit.
CUT_COUNT_RE = re.compile(
    r"\n(?:(?<=[\u4e00-\u9fff]\n)(?=(?:共?[计計]|合[计計])?\d+(?:\.\d+)?(?:余|餘|多)?[条條件个個项項篇次份][，。；、,;）)])"
    r"|(?<=\d\n)(?=[条條件个個项項篇次份][，。；、,;]))"  # (the script is not yet simplified: 條, 個, 項)
)
LINE_COUNT_END_RE = re.compile(r"[\u4e00-\u9fff](?:\d+(?:\.\d+)?)?$")  # a sentence's words, or its figure after them
CUT_LINE_MIN = 12  # a heading or a table's label is shorter, or opens with its number


def join_cut_counts(text: str) -> tuple[str, int]:
    """The breaks that cut a count from its sentence, joined where the page's width did not show; (text, joined)."""
    if not CUT_COUNT_RE.search(text):
        return text, 0
    joined = 0

    def join(m: re.Match[str]) -> str:
        nonlocal joined
        line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()].strip()
        heading = HEADING_START_RE.match(line) and "。" not in line  # a heading alone, not one its paragraph follows
        if len(line) < CUT_LINE_MIN or heading or _ends_sentence(line) or not LINE_COUNT_END_RE.search(line):
            return m.group()
        joined += 1
        return ""

    return CUT_COUNT_RE.sub(join, text), joined


def unwrap_hard_lines(text: str, cut_counts: bool = True) -> tuple[str, int]:
    """Text taken from a PDF keeps the page's line breaks: every full line breaks, mostly in mid-sentence, and
    the break cuts a label off its number and a sentence's subject off its clause. Such a text has many prose
    lines of one length, most not ending a sentence; each is joined to the next, across the page numbers between
    them, which go. A page's text of paragraphs, table cells or list items has no such length, and a table row
    is never prose: not counted, never joined to a neighbour. Returns the text and the breaks removed."""
    if not _may_be_hard_wrapped(text):
        return join_cut_counts(text) if cut_counts else (text, 0)
    # Page numbers are short lines: dropping them changes nothing `_hard_wrapped` counts.
    lines = [line for line in text.split("\n") if not PAGE_NUMBER_RE.fullmatch(line.strip())]
    width = _hard_wrapped(lines)
    if not width:
        return join_cut_counts(text) if cut_counts else (text, 0)
    out: list[str] = []
    breaks, joining, short = 0, False, 0
    opening = 0  # lines with words so far: a layout grid's empty rows above the title are no lines of the text
    resume = 0
    for i, line in enumerate(lines):
        if i < resume:
            continue  # blank lines inside a paragraph (pdfminer's boxes, a layout grid's empty rows)
        bare = line.strip()
        opening += bool(bare)
        row = is_table_row(line) or NUMBERS_ROW_RE.fullmatch(bare) is not None
        if joining and not bare and (resume := _box_gap(lines, i)):
            continue
        if short and bare and not row:
            # A line short of the width by less than the ASCII word that opens the next: the word did not fit and went
            # down whole, as layout engines move a word (…(微信号： / lhwz4822006)…, 电话： / 0571-87654321).
            head = ADDRESS_HEAD_RE.match(bare)
            joining = head is not None and short + len(head.group()) + WORD_SLACK > width and 2 * short >= width
        # a title at the top stands alone: the line before it (a page's 索引号 line, as wide as the width) is not its
        if opening <= TITLE_LINES and TITLE_LINE_RE.fullmatch(bare):
            joining = False
        if joining and bare and not row and not HEADING_START_RE.match(bare) and not _prose_and_cells(out[-1], bare):
            # Two numbers or words meet with a space between them ('72804' '76424'), Chinese without, and so do the
            # pieces of an address or a telephone number the width cut (xzqzhengwugong / kai@163.com, 0839-6600296 / 6).
            apart = out[-1][-1:].isascii() and out[-1][-1:].isalnum() and bare[0].isascii() and bare[0].isalnum()
            out[-1] += " " + bare if apart and not _one_address(out[-1], bare) else bare
            breaks += 1
        else:
            out.append(line)
        current = out[-1].strip()
        # A line that reached the width (its own or as joined) and stops mid-sentence continues on the next.
        # A colon there opens what follows on the next line, a list item (a heading's number: not joined) or the rest
        # of its sentence (政务微信订阅号“印象理合务”(微信号： / lhwz4822006)公开…).
        # A title at the top ends with its 报告 (a sentence does not: …现将…工作情况报告 / 如下), and a page's
        # breadcrumbs (首页 > 政府信息公开 > 年报 > 2020) are no sentence: the next line (a source line, the body's
        # first, the title) is not theirs.
        continues = (
            bool(bare)
            and not row
            and (current[-1] == "：" or not _ends_sentence(current))
            and current[-1] != "|"  # a cell ends at its bar (a table printed a cell a line: 部分公开… | / |)
            and not (opening <= TITLE_LINES and (TITLE_LINE_RE.fullmatch(current) or CRUMBS_RE.search(current)))
        )
        joining = continues and _full(_visible(bare), width, _half_width(bare)) and not _total_first(current, lines, i)
        short = _visible(bare) if continues and not joining else 0
    text = "\n".join(out)
    if cut_counts:  # a count the width-based joins left cut (a short line before it), as on a page of no width
        text, joined = join_cut_counts(text)
        breaks += joined
    return text, breaks


# Quotation marks a converter printed apart from their words: alone on a line, or closing a line whose words hold no
# opening mark, right before such a line.
QUOTES = "“”‘’"
QUOTE_LINE_RE = re.compile(rf"[^\S\n]*[{QUOTES}]+[^\S\n]*")


# A run of characters each printed twice: a bold simulated by printing the text again a fraction of a point aside
# (virtual printers), which pdfplumber's and pdfminer.six's text read as 一一、、总总体体情情况况.
DOUBLED_RUN_RE = re.compile(r"(?:(\S)\1){4,}")
DOUBLED_RUN_HAN = 3  # ideographs among a run's pairs: Chinese doubles a word (层层, 事事处处), never four in a row


def _doubled_pairs(text: str) -> bool:
    """Whether four doubled characters stand in a row, three of them CJK (a vectorised look before the pattern's
    scan, which a back-reference makes slow)."""
    units = code_units(text)
    if len(units) < 8:
        return False
    same, wide = units[:-1] == units[1:], units[:-1] >= 0x2E80
    windows = same[:-6] & same[2:-4] & same[4:-2] & same[6:]
    return bool((windows & (wide[:-6].astype(np.int8) + wide[2:-4] + wide[4:-2] + wide[6:] >= 3)).any())


def undouble_overprint(text: str) -> tuple[str, int]:
    """Runs of four or more doubled characters, three of them ideographs, read once (某某某某镇镇22002233年年 is
    某某镇2023年: a pair that is a word's own stays a pair). Returns the text and the characters removed."""
    if not _doubled_pairs(text) or DOUBLED_RUN_RE.search(text) is None:
        return text, 0
    removed = 0

    def read_once(m: re.Match[str]) -> str:
        nonlocal removed
        run = m.group()
        once = run[::2]
        if len(HAN_RE.findall(once)) < DOUBLED_RUN_HAN or len(set(once)) < DOUBLED_RUN_HAN:
            return run  # (a run of one character repeated is no word printed twice)
        removed += len(run) // 2
        return once

    out = DOUBLED_RUN_RE.sub(read_once, text)
    return (out, removed) if removed else (text, 0)


def drop_stray_quotes(text: str) -> tuple[str, int]:
    """Quotation marks set in a font of their own (a Latin font's curly quotes among Chinese text) that pdfminer.six
    prints as boxes of their own, out of their words' places: a line holding nothing but such marks, and the mark
    closing the line before it that nothing on its line opened ('…通过政府网站平”' / '“' / '台主动公开信息62条': the
    quotes of “应公开尽公开” above; read as they stood, the line break cut 政府网站平台 and the website's 62 items
    were taken for the year's total). The marks go, their words stay, and unwrapping joins the line again. Returns
    the text and the marks removed."""
    if "“" not in text and "”" not in text and "‘" not in text:
        return text, 0
    out: list[str] = []
    removed = 0
    for line in text.split("\n"):
        if line and QUOTE_LINE_RE.fullmatch(line):
            removed += len(line.strip())
            if out and not out[-1].strip():
                out.pop()  # the blank line that set the mark's box apart
            if (
                out
                and out[-1].endswith(("”", "’"))
                and out[-1].count("“") + out[-1].count("‘") < out[-1].count("”") + out[-1].count("’")
            ):
                out[-1] = out[-1][:-1]
                removed += 1
            continue
        out.append(line)
    return ("\n".join(out), removed) if removed else (text, 0)


BOX_LINE_END_RE = re.compile(r"[\u4e00-\u9fff，、；：（）()《》“”〔%]$")  # a line of Chinese prose broken mid-sentence
# …or inside a figure's words: a count and its unit, a date's parts ('…完成信息公开716' / '件，其中…'; '…自2020年1月1' /
# '日起…'; '…（国务院令第711' / '号）')
FIGURE_END_RE = re.compile(r"[^\d\s]\d+$")
CUT_UNIT_RE = re.compile(r"[条件项篇个人次名份场期家万亿元余多年月日号〕%]")
CLAUSE_MARK_RE = re.compile(r"[，,、；;。：:]")  # a heading's line holds none; a heading run on into its paragraph does


def _box_gap(lines: list[str], i: int) -> int:
    """Where the paragraph goes on, when the blank line at i stands inside it (else 0): blank lines after a line of
    prose that filled the width mid-sentence (the caller's `joining`), before a line of prose that opens no heading
    or list item.
    - pdfminer.six (and markitdown, which reads through it a PDF with no page it takes for a form) sets a Word
      paragraph's indented first line in a text box of its own, a blank line apart from the rest ('…现公开陕西省
      西咸新' / '' / '区沣西新城管理委员会 2021 年…'): read as two paragraphs, the body's name was cut in two.
    - A converter that sets the page on a grid of character rows (pdfplumber's extract_text(layout=True)) leaves
      empty rows wherever the line pitch overruns a row, between any two lines of a paragraph ('…未发生因政府信息公开
      工作而被申请行' / '' / '政复议或被提起行政诉讼的情形。', fresh9 n03) and across a page's foot: every such break
      cut a sentence, and its figures were lost or taken by the wrong words (519 lost and 30 landed over the typeset
      corpus).
    Never after a heading's own line (a heading run on into its paragraph holds a clause mark), a row of cells or a
    sentence's end; nor after a site's menu, its items apart by bars (fresh11 q32); nor before a heading."""
    j, k = i + 1, i - 1  # the lines with words after and before the run of blank lines i stands in
    while j < len(lines) and not lines[j].strip():
        j += 1
    while k >= 0 and not lines[k].strip():
        k -= 1
    after = lines[j].strip() if j < len(lines) else ""
    before = lines[k].strip() if k >= 0 else ""
    prose = (
        "|" not in before
        and "   " not in before
        and not (HEADING_START_RE.match(before) and not CLAUSE_MARK_RE.search(before))
        and (
            BOX_LINE_END_RE.search(before) is not None
            or (FIGURE_END_RE.search(before) is not None and CUT_UNIT_RE.match(after) is not None)
        )
    )
    inside = (
        prose
        and bool(after)
        and not (is_table_row(lines[j]) or NUMBERS_ROW_RE.fullmatch(after) or HEADING_START_RE.match(after))
    )
    return j if inside else 0


ASCII_RE = re.compile(r"[!-~]")


def _half_width(line: str) -> int:
    """The ASCII characters of a line: each is half a Chinese character wide on the page."""
    return len(ASCII_RE.findall(line))


ADDRESS_TAIL_RE = re.compile(r"[A-Za-z0-9._%+@:/-]+$")
ADDRESS_HEAD_RE = re.compile(r"[A-Za-z0-9._%+@:/-]+")
PHONE_CUT_RE = re.compile(r"(?<![\d-])\d{3,4}-\d{3,8}$")


def _one_address(before: str, after: str) -> bool:
    """Whether the ASCII run the break cut is one e-mail or web address, or a telephone number after its area code."""
    tail = ADDRESS_TAIL_RE.search(before)
    head = ADDRESS_HEAD_RE.match(after)
    if not tail or not head:
        return False
    run = tail.group() + head.group()
    return "@" in run or "://" in run or "www." in run or PHONE_CUT_RE.search(tail.group()) is not None


def _full(length: int, width: int, ascii: int = 0) -> bool:
    """Whether a line of this length filled the page's width: a number or word that did not fit leaves it a few
    characters short, half-width digits make it a few long, and a web address a dozen (`ascii`: its letters and
    digits, each half a Chinese character's width: 政府网站(www.xcgxq.gov.cn)下载。如对…管委 / 会联系)."""
    return width - max(3, width // 5) <= length <= width + 10 + ascii // 2


def _may_be_hard_wrapped(text: str) -> bool:
    """The first tests of `_hard_wrapped`, on unstripped line lengths: most reports fail them at once (a page
    broken into lines has no line holding a tenth of the text)."""
    if "\n" not in text[:100] or LONG_LINE_RE.search(text):
        return False  # a page is never that wide: paragraphs kept as lines
    lines = text.split("\n")
    if "|" in text or "   " in text:
        lines = [line for line in lines if not _cells(line)]
    # (an indented line's indentation is no part of its measure: pdftotext -layout keeps a page's margins)
    lengths = [_visible(line.strip()) for line in lines] if "  " in text else list(map(_visible, lines))
    if len(lengths) < 9 or max(lengths) > 0.1 * len(text) + 40:
        return False
    long = [n for n in lengths if n >= 20]
    if len(long) < WRAPPED_LINES_MIN:
        return False
    width = Counter(long).most_common(1)[0][0]
    full = sum(1 for n in long if _full(n, width))
    return full >= WRAPPED_LINES_MIN and full >= 0.5 * len(long)


def _hard_wrapped(lines: list[str]) -> int:
    """The width the lines were broken at, when they were (else 0)."""
    lines = [line.strip() for line in lines if not _cells(line)]
    lengths = list(map(_visible, lines))
    long = Counter(n for n in lengths if n >= 20)
    if sum(long.values()) < WRAPPED_LINES_MIN:
        return 0
    width = long.most_common(1)[0][0]
    full = [line for line, n in zip(lines, lengths, strict=True) if _full(n, width)]
    if len(full) < WRAPPED_LINES_MIN or len(full) < 0.5 * sum(long.values()):
        return 0
    # Lines that reached the width itself mostly break mid-sentence; a paragraph's last line a little short of it
    # (within the slack a word that went down leaves) says nothing either way.
    brim = [line for line, n in zip(lines, lengths, strict=True) if width - 2 <= n <= width + 10]
    if sum(map(_ends_sentence, brim)) > 0.3 * len(brim):
        return 0
    if sum(len(HAN_RE.findall(line)) for line in full) < 0.4 * sum(map(len, full)):
        return 0  # the full lines are prose
    return width


# --- table rows printed one cell a line --------------------------------------------------------------
# A page store's table (wide t03): a line holding only '|' opens each row, then every cell stands on its own line
# closed by '|' (an empty cell is a lone '|'), and bars after a row's last cell pad it to the table's width. A run
# of such lines starts with a lone bar and ends at the first line with text after its first bar.
STACKED_ROWS_RE = re.compile(r"^[^\S\n]*+\|(?:[^\S\n]|\|)*+(?:\n[^|\n]*+\|(?:[^\S\n]|\|)*+(?=\n|\Z))++", re.MULTILINE)
VALUE_CELL_RE = re.compile(r"[^\S\n]*+(?:[+\-−]?+\d++(?:\.\d++)?+(?:万元|元)?+|[-－—–/]{1,2})[^\S\n]*+\|")


def _openers(lines: list[str]) -> list[bool]:
    """Which lone bars open a row. Bars alone between two values are empty cells (a row's cells follow its label
    together); after a padded line, which ends its row, the first bar opens the next row and the others are its
    leading empty cells; otherwise the last bar before a cell opens the row and the others are the previous row's
    empty cells. Bars after the run's last cell open nothing: an empty cell and a row the excerpt cut look alike."""
    lone = [line.strip() == "|" for line in lines]
    value = [bool(VALUE_CELL_RE.match(line)) for line in lines]
    padded = [line.count("|") > 1 for line in lines]
    opener = [False] * len(lines)
    for i in range(1, len(lines)):
        # a label right after a line of padding bars opens its row with no lone bar before it (fresh f18:
        # 本年增/减 | … || … 行政事业性收费 | 0 | |)
        if padded[i - 1] and not lines[i - 1].replace("|", "").strip() and not lone[i] and not value[i]:
            opener[i] = True
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and lone[j]:
            j += 1
        if i < j < len(lines):  # lone bars i..j-1 before the cell j
            if not lines[j].replace("|", "").strip():
                pass  # before the bars that pad a row: its empty cells (fresh f18: 行政事业性收费 | 0 | | ||)
            elif i and value[j] and j - i > 1 and HEADING_START_RE.match(lines[i - 1].strip()):
                # between a numbered row label and a value: the row's empty cells, not a row of numbers with no
                # label (fresh31 q10: '（二）部分公开 |', six '|', '0 |' — a table 三 whose applicant cells are blank)
                pass
            elif i and padded[i - 1]:
                opener[i] = True
            elif not (i and value[i - 1] and value[j]):
                opener[j - 1] = True
        i = j + 1
    return opener


def _joined_rows(lines: list[str]) -> tuple[str, int]:
    """A run's lines with each row on one line, and the number of rows."""
    opener = _openers(lines)
    last = max((i for i, line in enumerate(lines) if line.strip() != "|"), default=-1)
    out, in_row = [lines[0]], opener[0]
    for i in range(1, len(lines)):
        joins = in_row and not opener[i] and i <= last
        out.append((" " if joins else "\n") + lines[i])
        in_row = opener[i] or (joins and lines[i].count("|") == 1)  # bars after a cell pad the row: it ends
    return "".join(out), sum(opener)


def join_cell_lines(text: str) -> tuple[str, int]:
    """Table rows printed one cell a line joined into the readers' row form, '| 规章 | 0 | 0 | |': as lines, the
    lone bars that open the rows and stand for empty cells would go as residue, and with them every row's bounds
    and its empty cells' places. Line breaks become spaces, so the text keeps its length. Returns (text, rows)."""
    if "|\n" not in text:
        return text, 0
    rows = 0

    def join(m: re.Match[str]) -> str:
        nonlocal rows
        out, n = _joined_rows(m.group().split("\n"))
        rows += n
        return out

    text = STACKED_ROWS_RE.sub(join, text)
    return _join_row_tails(text, rows)


# A row whose label line ends in a bar, its cells following a line each: a value and its bar, or a lone bar for an
# empty cell (fresh8 m03: '一、本年新收… | 25 |', four '|', '| 25 |'; m04: the label, six '|', '0 |').
CELL_LINE_RE = re.compile(r"[^\S\n]*+\|?[^\S\n]*+(?:[+\-−]?+\d++(?:\.\d++)?+|[-－—–/]{1,2})?+[^\S\n]*+\|[\s|]*+")
LAST_CELL_RE = re.compile(r"[^\S\n]*+\|[^\S\n]*+\d++[^\S\n]*+")
CJK_RE = re.compile(r"[\u4e00-\u9fff]")


def _label_row(line: str) -> bool:
    """A line that names a row and ends in a bar: words before its first bar."""
    bar = line.find("|")
    return bar > 0 and line.rstrip().endswith("|") and CJK_RE.search(line, 0, bar) is not None


# A header row broken after a cell: the next lines hold one column label each, ended by its bar, with no bar before
# it and no number (a row of cells has its label first).
HEADER_TAIL_RE = re.compile(r"[^\S\n]*+[^|\n\d]*?[\u4e00-\u9fff][^|\n\d]*?\|[^\S\n]*+")


def _cell_row(line: str) -> bool:
    """A line printed as whole cells: '| a | b |'."""
    stripped = line.strip()
    return len(stripped) > 2 and stripped[0] == "|" and stripped[-1] == "|" and stripped.count("|") >= 3


def _join_row_tails(text: str, rows: int) -> tuple[str, int]:
    if "|\n" not in text:
        return text, rows
    lines = text.split("\n")
    out: list[list[str]] = [[lines[0]]]  # each output line as its parts (joining stays linear)
    tail, header = _label_row(lines[0]), _cell_row(lines[0])
    last = max((i for i, line in enumerate(lines) if line.strip()), default=0)  # a file ends in line breaks, or not
    for i, line in enumerate(lines[1:], 1):
        # the text's last line may be a cell the excerpt cut before its bar
        if tail and (CELL_LINE_RE.fullmatch(line) or (i == last and LAST_CELL_RE.fullmatch(line))):
            out[-1].append(line)
            continue
        if header and HEADER_TAIL_RE.fullmatch(line):
            # fresh9 n22: '| 信息内容 | 本年新 制作数量 |', '本年新 公开数量 |', '对外公开总数量 |'
            out[-1].append(line)
            continue
        tail, header = _label_row(line), _cell_row(line)
        out.append([line])
    joined = len(lines) - len(out)
    return "\n".join(" ".join(parts) for parts in out), rows + (1 if joined else 0)


# --- HTML ------------------------------------------------------------------------------------------
HTML_SIGNS_RE = re.compile(r"<(?:html|body|div|p|table|tr|td|br|span)\b", re.IGNORECASE)
HTML_DROP_RE = re.compile(r"<(script|style|head|noscript)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
HTML_BLOCK_RE = re.compile(r"<\s*(?:br|/p|/div|/tr|/li|/h[1-6]|/table|p|div|tr|li|h[1-6]|table)\b[^>]*>", re.IGNORECASE)
HTML_CELL_RE = re.compile(r"<\s*/?\s*(?:td|th)\b[^>]*>", re.IGNORECASE)
HTML_TAG_RE = re.compile(r"<[^<>]{0,500}>")


def html_to_text(text: str) -> tuple[str, bool]:
    """A saved web page to text: blocks become lines, table cells become space-separated tokens."""
    if len(HTML_SIGNS_RE.findall(text, 0, 20000)) < 3:
        return text, False
    text = re.sub(r"<!--.*?-->", "", text, flags=re.DOTALL)
    text = HTML_DROP_RE.sub("", text)
    text = HTML_BLOCK_RE.sub("\n", text)
    text = HTML_CELL_RE.sub(" ", text)
    text = HTML_TAG_RE.sub("", text)
    return html.unescape(text), True
