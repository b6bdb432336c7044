"""Template tables as other converters print them: each report's tables rendered from its truth in every layout a
converter produces (tests/layouts.py), embedded in the report's own prose, must read back cell by cell. A cell may
be missing only where the layout leaves its place in doubt, and then a note says so; a wrong cell is never allowed.
Random tables that keep the template's arithmetic are read the same way, and so is the text of real PDF converters
(pdfminer, pdfplumber, markitdown) on a PDF of the tables."""

from __future__ import annotations

import random
import re
from dataclasses import replace

import pytest
from conftest import CORPUS_RAW, CORPUS_TRUTH, load_truth
from layouts import (
    HEADING_三,
    HEADING_四,
    LAYOUTS,
    T2_BLOCKS,
    T3_ROWS,
    Tables,
    cells,
    cut_tables,
    embed,
    pdf_of,
    random_truth,
    render,
    row_major,
    tables_of,
)

from tasks.extract_tables import read_template
from tasks.ingest import decode
from tasks.normalize import normalize_text
from tasks.vocabulary import T3_COLUMNS, t3_name

CORPUS = load_truth(CORPUS_TRUTH)
# Every template report of the corpus with its tables' truth (seed 003, 楚雄市 2019, is a 工作要点落实情况 report
# with no template tables).
REPORTS = ("d08", "d09", "d10", "d11", "d12", "d13", "d14")
# Layouts that leave every cell's place certain: all cells must come back. Run-together digits ('flattened') can
# have several cuts; table 二 printed column by column with its column labels apart ('column_major_bare') can be
# read by row or by column, and no arithmetic tells which.
COMPLETE = set(LAYOUTS) - {"flattened", "column_major_bare"}


def text_of(stem: str) -> str:
    return normalize_text(decode((CORPUS_RAW / f"{stem}.txt").read_bytes()).text)[0]


def t2_label(metric: str, era: str) -> str:
    return next(label for _, _, rows in T2_BLOCKS[era] for label, names, _ in rows if metric in names)


def explained(metric: str, era: str, notes: list[str]) -> bool:
    """A note names the table of a missing cell, and its row (table 三) or printed label (table 二)."""
    if metric.startswith("t3."):
        row = metric.split(".")[1]
        return any("table 三" in n and (row in n or "does not close" in n) for n in notes)
    if metric.startswith("t4."):
        return any("table 四" in n for n in notes)
    return any("table 二" in n and t2_label(metric, era) in n for n in notes)


def compare(text: str, t: Tables) -> tuple[dict, list[str], list[tuple], list[str]]:
    result = read_template(text)
    assert result.era == t.era
    got = {r["metric"]: r for r in result.rows}
    wrong = [(m, got[m]["value"], v) for m, v in t.expected.items() if m in got and got[m]["value"] != v]
    missing = [m for m in t.expected if m not in got]
    return got, missing, wrong, result.notes


def assert_read_back(text: str, t: Tables, complete: bool) -> None:
    got, missing, wrong, notes = compare(text, t)
    assert not wrong, wrong
    assert all(explained(m, t.era, notes) for m in missing), (missing, notes)
    if complete:
        assert not missing, (missing, notes)
    for m, row in got.items():
        assert text[row["evidence_start"] : row["evidence_end"]], m
        if m.startswith(("t3.", "t4.")) and row["value"] is not None:
            assert str(int(row["value"])) in text[row["evidence_start"] : row["evidence_end"]], m


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    return {stem: text_of(stem) for stem in REPORTS}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("stem", REPORTS)
def test_report_tables_in_a_layout_read_back(texts: dict[str, str], stem: str, layout: str) -> None:
    t = tables_of(CORPUS[stem])
    assert_read_back(render(texts[stem], t, layout), t, layout in COMPLETE)


# Labels as a report retyping the template writes them (年度 for 年, 数 or 件数 for 数量, the pre-2019 statistics' 同意公开,
# 其它 for 其他, 合计 for 总计, a province's 政府规章, 部分予以公开, the laws listed with a mark, 下一年度, 行政事业收费, 行政许可事项; the
# (三类) and (四类) left out, a comma or 、 between a label's parts, 或者 for 或, 未 for 不, 至下年度, 总数) —
# each found by rewriting every corpus table's label so.
RETYPED_LABELS = (
    ("本年新收政府信息公开申请数量", "本年度新收政府信息公开申请数"),
    ("上年结转政府信息公开申请数量", "上年结转政府信息公开申请件数"),
    ("（一）予以公开", "（一）同意公开"),
    ("（六）其他处理", "（六）其它处理"),
    ("（七）总计", "（七）合计"),
    ("规章", "政府规章"),
    ("（二）部分公开", "（二）部分予以公开"),
    ("其他法律行政法规禁止公开", "其他法律、行政法规禁止公开"),
    ("本机关不掌握相关政府信息", "本机关不掌握该政府信息"),
    ("结转下年度继续办理", "结转下一年度继续办理"),
    ("行政事业性收费", "行政事业收费"),
    ("行政许可", "行政许可事项"),
)
# A second retyping of the same tables (one variant of a label at a time).
RETYPED_AGAIN = (
    ("属于三类内部事务信息", "属于内部事务信息"),
    ("属于四类过程性信息", "属于过程性信息"),
    ("没有现成信息需要另行制作", "没有现成信息，需要另行制作"),
    ("补正后申请内容仍不明确", "补正后申请内容仍然不明确"),
    ("信访举报投诉类申请", "信访、举报、投诉类申请"),
    ("无正当理由大量反复申请", "无正当理由大量、反复申请"),
    ("要求行政机关确认或重新出具已获取信息", "要求行政机关确认或者重新出具已获取信息"),
    ("逾期不补正", "逾期未补正"),
    ("结转下年度继续办理", "结转至下年度继续办理"),
    ("本年新收政府信息公开申请数量", "本年新收政府信息公开申请总数"),
    ("（七）总计", "（七）总数"),
    ("总计", "合计"),  # table 三's column and table 四's groups' last column
    ("行政处罚", "行政处罚事项"),
    ("行政强制", "行政强制事项"),
    ("行政事业性收费", "行政事业性收费事项"),
)
# …and the rows only the 2019 template's table 二 has.
RETYPED_2019 = (
    ("其他对外管理服务事项", "其他对外管理服务"),
    ("政府集中采购", "政府集中采购项目"),
)


@pytest.mark.parametrize(
    ("stem", "retyping"),
    [(stem, r) for r in (RETYPED_LABELS, RETYPED_AGAIN) for stem in REPORTS]
    + [
        (stem, RETYPED_2019)
        for stem in REPORTS
        if any(m.startswith(("t2_other_mgmt", "t2_procurement")) for m in CORPUS[stem]["metrics"])
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_labels_retyped_as_reports_write_them_read_back(
    texts: dict[str, str], stem: str, retyping: tuple[tuple[str, str], ...]
) -> None:
    t = tables_of(CORPUS[stem])
    t2, t34 = row_major(t)
    printed = [(label, retyped) for label, retyped in retyping if label in t2 + t34]
    assert len(printed) >= len(retyping) / 2  # a report's table may lack a row (d10: no 行政许可)
    for label, retyped in printed:
        t2, t34 = t2.replace(label, retyped), t34.replace(label, retyped)
    assert all(retyped in t2 + t34 for _, retyped in printed)
    assert_read_back(embed(texts[stem], t2, t34), t, complete=True)


def test_the_layouts_are_what_their_names_say(texts: dict[str, str]) -> None:
    """Guard: each layout prints what makes it hard (otherwise the tests above prove less than they claim)."""
    t = tables_of(CORPUS["d13"])
    docs = {name: render(texts["d13"], t, name) for name in LAYOUTS}
    assert "属于国家秘密0000000" in docs["flattened"].replace(" ", "")
    assert "\n\n80\n\n" in "\n".join(LAYOUTS["column_major"](t))  # a cell alone in its paragraph, as printed
    assert docs["labels_first"].index("四、结转下年度继续办理") < docs["labels_first"].index("80 1 0 0 0 0 81")
    assert docs["numbers_first"].index("80 1 0 0 0 0 81") < docs["numbers_first"].index("（一）予以公开")
    assert "（四）无\n法提供" in docs["split_labels"] and "商业企" in docs["split_labels"]
    assert "2023年度政府信息公开工作年度报告" in docs["page_break"]
    assert "| Column1 | Column2 |" in docs["sub_tables"]
    assert "| 三、本年度办理结果 | （三）不予公开 | 1.属于国家秘密 | 0 |" in docs["cells"]
    assert docs["cells"].count("| 自然人 | 商业企业 |") == 2  # the header printed again after a page break
    one_cell_a_line = LAYOUTS["cell_lines"](t)[0]  # as printed, before normalization joins its rows
    assert "|\n信息内容 |\n本年制发件数 |\n本年废止件数 |\n现行有效件数 |\n|\n" in one_cell_a_line
    assert "|\n第二十条第（五）项 | |||\n|\n" in one_cell_a_line  # padded to the table's width
    label_lines = "\n".join(LAYOUTS["label_lines"](t))  # a row's labels on a line, then its cells a line each
    assert "\n一、本年新收政府信息公开申请数量 |\n80 |\n1 |\n" in label_lines


def test_an_empty_cell_is_a_blank_not_zero(texts: dict[str, str]) -> None:
    t = tables_of(CORPUS["d12"])
    blank = "t3.carried_over.business"
    assert t.expected[blank] == 0
    doc = embed(texts["d12"], *cells(t, blank=blank))
    label = "二、上年结转政府信息公开申请数量"
    assert f"| {label} | {label} | {label} | 1 | | 0 | 0 | 0 | 0 | 1 |" in doc  # normalized: one space left
    got = {r["metric"]: r for r in read_template(doc).rows}
    assert (got[blank]["value"], got[blank]["qualifier"]) == (None, "blank")
    assert got["t3.carried_over.natural_person"]["value"] == 1
    assert got["t3.carried_over.research"]["value"] == 0


def with_blanks(t: Tables) -> Tables:
    """The tables with empty cells: table 二's first row without its last cell (wide t03: 规章's 现行有效件数), its
    second row without a middle cell, and a zero inside a table-三 row (a blank counts as 0: the sums still close)."""
    t2 = [replace(b, rows=list(b.rows)) for b in t.t2]
    expected = dict(t.expected)
    names = {label: names for label, names, _ in T2_BLOCKS[t.era][0][2]}
    for i, c in ((0, -1), (1, 1)):
        if len(t2[0].rows) > i:
            label, printed = t2[0].rows[i]
            t2[0].rows[i] = (label, [*printed[:c], "", *printed[c:][1:]])
            expected[names[label][c]] = None
    t3 = list(t.t3)
    flow = {r for r, group, _ in T3_ROWS[t.era] if not group}
    at = next(i for i, (row, _, _, printed) in enumerate(t3) if row not in flow and printed[2] == "0")
    row, group, label, printed = t3[at]
    t3[at] = (row, group, label, [*printed[:2], "", *printed[3:]])
    expected[t3_name(row, T3_COLUMNS[2])] = None
    return replace(t, t2=t2, t3=t3, expected=expected)


@pytest.mark.parametrize("stem", REPORTS)
def test_empty_cells_printed_one_cell_a_line_read_back_as_blanks(texts: dict[str, str], stem: str) -> None:
    """One cell a line, an empty cell is a lone bar, as is the bar that opens a row (wide t03): each is told from
    the other by its neighbours, and the empty cell reads back as a blank in its own column."""
    t = with_blanks(tables_of(CORPUS[stem]))
    assert_read_back(render(texts[stem], t, "cell_lines"), t, complete=True)
    assert None in t.expected.values()


@pytest.mark.parametrize("layout", ["page_store", "cell_lines"])
@pytest.mark.parametrize("stem", REPORTS)
def test_an_excerpt_cut_inside_table_three_lands_the_cut_rows_printed_cells(
    texts: dict[str, str], stem: str, layout: str
) -> None:
    """A saved excerpt that ends inside a row of table 三 printed as cells (wide t05): the rows before it land whole,
    the cut row's three printed cells land in their columns, the rest of it is left out with a note, and nothing
    after it is read."""
    t = tables_of(CORPUS[stem])
    t2, t34 = LAYOUTS[layout](t)
    row, _, label, printed = t.t3[8]
    at = t34.index(label, t34.index(HEADING_三))
    for _ in range(4):  # the label's closing bar, then three cells'
        at = t34.index("|", at) + 1
    before, between, _ = cut_tables(texts[stem])
    result = read_template(normalize_text(f"{before}\n{t2}\n{between}\n{t34[:at]}")[0])
    got = {r["metric"]: r["value"] for r in result.rows if r["metric"].startswith("t3.")}
    rows = [r for r, *_ in t.t3[:8]]
    want = {m: v for m, v in t.expected.items() if m.startswith("t3.") and m.split(".")[1] in rows}
    want |= {t3_name(row, c): float(v) for c, v in zip(T3_COLUMNS[:3], printed, strict=False)}
    assert got == want
    assert any(f"table 三 {row}: the text ends after 3 of its cells" in n for n in result.notes), result.notes


@pytest.mark.parametrize("seed", [0, 1])
@pytest.mark.parametrize("table", ["二", "三", "四"])
def test_an_excerpt_cut_anywhere_in_a_table_lands_no_wrong_cell(texts: dict[str, str], table: str, seed: int) -> None:
    """A saved page stops wherever its length runs out: inside a row, between two digits of a number. Cut every
    layout's tables at places taken at random — after a digit, inside numbers or after them — and whatever lands of
    the cut table must be the truth's (a cut total '52' of 524, a row '109 0' of 109 0 209 read as 10 | 9 | 0 were
    landed before); in a layout printed row by row, the rows before the cut still land."""
    rng = random.Random(seed)
    era = ("template_2021", "template_2019")[seed % 2]
    t = tables_of(random_truth(rng, era))
    before, between, _ = cut_tables(texts["d12" if era == "template_2021" else "d09"])
    prefix = {"二": "t2_", "三": "t3.", "四": "t4."}[table]
    landed = 0
    for layout in sorted(LAYOUTS):
        t2, t34 = LAYOUTS[layout](t)
        if table == "二":
            lead, printed, start, end = f"{before}\n", t2, 0, len(t2)
        else:
            lead, printed = f"{before}\n{t2}\n{between}\n", t34
            start = t34.index(HEADING_三 if table == "三" else HEADING_四)
            end = t34.index(HEADING_四) if table == "三" else len(t34)
        cuts = [m.end() for m in re.finditer(r"\d", printed[start:end])]
        for at in (start + c for c in rng.sample(cuts, min(25, len(cuts)))):
            text = normalize_text(lead + printed[:at])[0]
            got = {r["metric"]: r["value"] for r in read_template(text).rows if r["metric"].startswith(prefix)}
            wrong = {m: v for m, v in got.items() if t.expected[m] != v}
            assert not wrong, (layout, printed[max(0, at - 60) : at], wrong)
            landed += len(got)
    assert landed > 0


@pytest.mark.parametrize("layout", ["row_major", "page_break", "label_lines", "row_major_paragraphs"])
@pytest.mark.parametrize("stem", ["d09", "d12"])
def test_an_excerpt_cut_inside_a_row_of_table_three_printed_as_text_lands_its_cells(
    texts: dict[str, str], stem: str, layout: str
) -> None:
    """fresh26 j05, fresh9 n29: a page that ends three numbers into a row of table 三, the row before printed whole:
    the rows before land, the cut row's numbers land in its first columns — the last only when it is '0' (the end may
    have cut '18' to '1') — and a note names what is left out."""
    t = tables_of(CORPUS[stem])
    t.t3[8] = (*t.t3[8][:3], ["0", "17", "3", *t.t3[8][3][3:]])
    t.expected.update({t3_name(t.t3[8][0], c): float(v) for c, v in zip(T3_COLUMNS[:3], ("0", "17", "3"), strict=True)})
    render = (lambda x: row_major(x, sep="\n\n")) if layout == "row_major_paragraphs" else LAYOUTS[layout]
    t2, t34 = render(t)
    row, _, label, _ = t.t3[8]
    at = t34.index(label, t34.index(HEADING_三)) + len(label)
    for _ in range(3):
        at = re.compile(r"\d+").search(t34, at).end()
    before, between, _ = cut_tables(texts[stem])
    result = read_template(normalize_text(f"{before}\n{t2}\n{between}\n{t34[:at]}")[0])
    got = {r["metric"]: r["value"] for r in result.rows if r["metric"].startswith("t3.")}
    rows = [r for r, *_ in t.t3[:8]]
    want = {m: v for m, v in t.expected.items() if m.startswith("t3.") and m.split(".")[1] in rows}
    want |= {t3_name(row, "natural_person"): 0.0, t3_name(row, "business"): 17.0}  # '3' may be a cut '3x'
    assert got == want
    assert any(f"table 三 {row}: the text ends after 3 of its cells" in n for n in result.notes), result.notes


@pytest.mark.parametrize("stem", ["d09", "d12"])
def test_table_two_s_captions_that_lost_their_item_numbers(texts: dict[str, str], stem: str) -> None:
    """fresh30 p13: every caption printed '第二十条第' before its column labels, its （N）项 lost — each block's rows
    say which it is, and the table reads as with its captions (sub_tables' placeholder headers aside: no row of it
    may land wrong)."""
    t = tables_of(CORPUS[stem])
    for layout in sorted(LAYOUTS):
        t2, t34 = LAYOUTS[layout](t)
        bare = re.sub(r"第二十条第[（(][一二三四五六七八九十]+[）)]项", "第二十条第", t2)
        assert bare != t2
        got = {r["metric"]: r["value"] for r in read_template(embed(texts[stem], bare, t34)).rows}
        whole = {r["metric"]: r["value"] for r in read_template(embed(texts[stem], t2, t34)).rows}
        got, whole = ({m: v for m, v in x.items() if m.startswith("t2_")} for x in (got, whole))
        assert all(t.expected[m] == v for m, v in got.items()), layout
        if layout != "sub_tables":
            assert got == whole, layout


@pytest.mark.parametrize(
    ("cells", "lands"), [("0 0 0 0 0 0 0", True), ("3 0 0 0 1 0 4", True), ("3 0 0 0 1 0 5", False)]
)
def test_the_next_row_s_numeral_the_end_cut_is_no_cell(texts: dict[str, str], cells: str, lands: bool) -> None:
    """fresh3 h02: '1.属于国家秘密 0 0 0 0 0 0 0 2' — the page ends on the numeral of the next row's label (2.其他法律…):
    the row's seven numbers that add up are the row; when they do not, the eight are no row."""
    t = tables_of(CORPUS["d12"])
    t2, t34 = LAYOUTS["row_major"](t)
    label = "1.属于国家秘密"
    at = t34.index(label)
    before, between, _ = cut_tables(texts["d12"])
    text = normalize_text(f"{before}\n{t2}\n{between}\n{t34[:at]}{label} {cells}\n2")[0]
    got = {r["metric"]: r["value"] for r in read_template(text).rows if r["metric"].startswith("t3.denied_state")}
    want = dict(zip((t3_name("denied_state_secret", c) for c in T3_COLUMNS), map(float, cells.split()), strict=True))
    assert got == (want if lands else {})


@pytest.mark.parametrize(
    ("tail", "want"),
    [
        (
            "行政许可 0 0 0\n其他对外管理服务事项 109 0",
            {"t2_other_mgmt_items_prev_year": 109, "t2_other_mgmt_items_delta": 0},
        ),
        (
            "行政许可 0 0 0\n其他对外管理服务事项 109 0 2",
            {"t2_other_mgmt_items_prev_year": 109, "t2_other_mgmt_items_delta": 0},
        ),
        (
            "行政许可 | 0 | 0 | 0 |\n其他对外管理服务事项 | 109 | 0 | 209 | 第二",
            {"t2_other_mgmt_items_prev_year": 109, "t2_other_mgmt_items_delta": 0, "t2_other_mgmt_decisions": 209},
        ),
        ("行政许可 0 0 0\n其他对外管理服务事项\n1090", {}),
    ],
)
def test_a_row_of_table_two_the_end_cuts(tail: str, want: dict) -> None:
    """fresh29 n22 and the cut sweeps: the numbers of a row of table 二 that the text's end cuts are its first cells
    when they stand apart — a last number ending the text may be cut short ('2' of 209), words after the last bar
    are a cut label ('第二' of 第二十条…) — and never a cut of run-together digits ('109 0' is no 10 | 9 | 0)."""
    raw = (
        "某区2020年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第(五)项\n"
        f"信息内容 上一年项目数量 本年增/减 处理决定数量\n{tail}"
    )
    got = {r["metric"]: r["value"] for r in read_template(normalize_text(raw)[0]).rows}
    got = {m: v for m, v in got.items() if m.startswith("t2_other_mgmt")}
    assert got == {m: float(v) for m, v in want.items()}


@pytest.mark.parametrize("seed", range(6))
def test_random_tables_in_every_layout(texts: dict[str, str], seed: int) -> None:
    """Tables with non-zero cells everywhere (the corpus's are mostly zeros) that keep the template's arithmetic."""
    rng = random.Random(seed)
    era = ("template_2021", "template_2019")[seed % 2]
    t = tables_of(random_truth(rng, era))
    base = texts["d12" if era == "template_2021" else "d09"]
    for layout in LAYOUTS:
        assert_read_back(render(base, t, layout), t, layout in COMPLETE)


# --- real converters on a real PDF -------------------------------------------------------------------------------


def _pdfminer(path: str) -> str:
    from pdfminer.high_level import extract_text

    return extract_text(path)


def _pdfplumber(path: str) -> str:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def _markitdown(path: str) -> str:
    markitdown = pytest.importorskip("markitdown")
    return markitdown.MarkItDown().convert(path).text_content


# pdfplumber lays text out by lines: every cell comes back. pdfminer orders text by boxes, which scatters table 二's
# blocks (its label column runs through all four blocks, then the numbers) past reading without arithmetic; tables
# 三 and 四 come back. markitdown guesses Markdown tables and merges some cells ('0 0'), so their text is read.
CONVERTERS = {"pdfplumber": (_pdfplumber, True), "pdfminer": (_pdfminer, False), "markitdown": (_markitdown, False)}


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory) -> dict[str, str]:
    out = {}
    prose = "全年共主动公开政府信息7700余条，其中通过政府网站公开信息5000条。" * 6
    for stem in ("d08", "d13", "d14"):
        path = str(tmp_path_factory.mktemp("pdf") / f"{stem}.pdf")
        pdf_of(tables_of(CORPUS[stem]), path, "平潭综合实验区政府信息公开工作年度报告", prose)
        out[stem] = path
    return out


@pytest.mark.parametrize("converter", sorted(CONVERTERS))
@pytest.mark.parametrize("stem", ["d08", "d13", "d14"])
def test_real_converter_text_reads_back(pdfs: dict[str, str], stem: str, converter: str) -> None:
    extract, complete = CONVERTERS[converter]
    raw = extract(pdfs[stem])
    assert "— 2 —" in raw or "— 1 —" in raw  # the page footer went through the converter
    t = tables_of(CORPUS[stem])
    text = normalize_text(raw)[0]
    assert_read_back(text, t, complete)
    _, missing, _, _ = compare(text, t)
    assert not [m for m in missing if m.startswith(("t3.", "t4."))], missing
