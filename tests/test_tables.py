"""Template tables: every flattening style of the corpus, both versions, unclosed arithmetic, blanks."""

from __future__ import annotations

import re

import pytest
from conftest import CORPUS_RAW, CORPUS_TRUTH, load_truth

from tasks.extract import extract_document
from tasks.extract_tables import read_t3, read_t4, read_template
from tasks.ingest import decode
from tasks.normalize import normalize_text
from tasks.sections import segment

CORPUS = load_truth(CORPUS_TRUTH)


def text_of(stem: str) -> str:
    return normalize_text(decode((CORPUS_RAW / f"{stem}.txt").read_bytes()).text)[0]


STYLES = [
    ("d08", "template_2019", "all digits run together, 7 per row"),
    ("d09", "template_2019", "irregular spaces inside zero rows ('0 0 00 0 0 0')"),
    ("d10", "template_2019", "run together with non-zero cells (forced splits)"),
    ("d11", "template_2021", "space separated except the last two cells glued"),
    ("d12", "template_2021", "run together, 2021 rows with （六） split in three"),
    ("d13", "template_2021", "run together where only the column arithmetic picks the reading"),
    ("d14", "template_2021", "17 digits for the 15 cells of table 四; headers broken by spaces"),
    ("d24", "template_2021", "markdown pipes, one cell per line (table 二 only)"),
    ("d27", "template_2021", "one cell per line with '|' lines, truncated inside table 三"),
]


@pytest.mark.parametrize(("stem", "era", "style"), STYLES, ids=[s[0] for s in STYLES])
def test_flattening_style(stem: str, era: str, style: str) -> None:
    text = text_of(stem)
    result = read_template(text)
    assert result.era == era
    got = {r["metric"]: r["value"] for r in result.rows}
    want = {k: v["value"] for k, v in CORPUS[stem]["metrics"].items() if k.startswith(("t2_", "t3.", "t4."))}
    assert want, style
    assert {k: got.get(k) for k in want} == want, style
    for r in result.rows:
        assert r["metric"] in want or r["metric"].startswith("t2_"), r  # nothing invented beyond the truth


def test_ambiguous_table_two_cells_are_left_out_with_a_reason() -> None:
    # d08: 规范性文件1077 could be 10|7|7, 1|0|77, 1|07|7 …: no arithmetic ties table 二's cells together.
    result = read_template(text_of("d08"))
    assert not any(r["metric"].startswith("t2_normative") for r in result.rows)
    assert any("规范性文件1077" in n for n in result.notes)


def test_unclosed_arithmetic_lands_as_printed_and_is_flagged() -> None:
    text = text_of("d11")
    # The report's own error: new requests printed as 3 for natural persons but outcomes still total 0.
    broken = re.sub(r"(本年新收政府信息公开申请数量)0 0 0 0 0 00", r"\g<1>3 0 0 0 0 0 3", text, count=1)
    assert broken != text
    rows, notes = read_t3(broken, "template_2021")
    got = {r["metric"]: r["value"] for r in rows}
    assert got["t3.new_received.natural_person"] == 3 and got["t3.new_received.total"] == 3
    assert got["t3.outcomes_total.total"] == 0  # printed numbers are never "repaired"
    assert any(n.startswith("source inconsistency") for n in notes)


def test_blank_cells_land_as_blank_not_zero() -> None:
    text = text_of("d11")
    blanked = re.sub(r"(上年结转政府信息公开申请数量)0 0 0 0 0 00", r"\g<1>0 / / / / / 0", text, count=1)
    rows, _ = read_t3(blanked, "template_2021")
    cells = {r["metric"]: r for r in rows if r["metric"].startswith("t3.carried_over.")}
    assert cells["t3.carried_over.business"]["value"] is None
    assert cells["t3.carried_over.business"]["qualifier"] == "blank"
    assert cells["t3.carried_over.natural_person"]["value"] == 0


def test_table_four_unique_split_of_seventeen_digits() -> None:
    rows, notes = read_t4(text_of("d14"))
    got = {r["metric"]: r["value"] for r in rows}
    assert got["t4.reconsideration.total"] == 36 and got["t4.suit_direct.total"] == 6, notes
    assert got["t4.suit_after_review.total"] == 3


def test_table_evidence_covers_the_cells() -> None:
    text = text_of("d12")
    _, rows, _ = extract_document("d12", text)
    for r in rows:
        if r["metric"].startswith("t3.new_received"):
            assert r["evidence"].startswith("一、本年新收") or r["evidence"].startswith("本年新收")
            assert r["evidence"].endswith("1000001")


@pytest.mark.parametrize("stem", ["d08", "d09", "d10", "d12", "d13", "d14"])
def test_six_sections_found_in_complete_template_reports(stem: str) -> None:
    assert [s.number for s in segment(text_of(stem))] == [1, 2, 3, 4, 5, 6]


def test_missing_section_is_skipped_not_guessed() -> None:
    assert [s.number for s in segment(text_of("d11"))] == [1, 2, 3, 4, 5]  # d11 has no section 六


def test_saved_html_page_with_a_real_table() -> None:
    """d13's values as a saved web page: <td> cells become tokens and read back exactly."""
    from tasks.vocabulary import T3_COLUMNS, T3_ROWS_2021

    truth = {k: v["value"] for k, v in CORPUS["d13"]["metrics"].items()}
    printed = [  # the 2021 template's row labels, as FORMAT.md prints them
        "一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "（一）予以公开",
        "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "1.属于国家秘密", "2.其他法律行政法规禁止公开",
        "3.危及“三安全一稳定”", "4.保护第三方合法权益", "5.属于三类内部事务信息", "6.属于四类过程性信息",
        "7.属于行政执法案卷", "8.属于行政查询事项", "1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作",
        "3.补正后申请内容仍不明确", "1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物",
        "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息",
        "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他", "（七）总计",
        "四、结转下年度继续办理",
    ]
    rows = []
    for row, label in zip(T3_ROWS_2021, printed, strict=True):
        cells = "".join(f"<td>{int(truth[f't3.{row}.{c}'])}</td>" for c in T3_COLUMNS)
        rows.append(f"<tr><td>{label}</td>{cells}</tr>")
    page = ("<html><body><p>2023年度政府信息公开工作年度报告</p><p>三、收到和处理政府信息公开申请情况</p><table>"
            + "".join(rows) + "</table><p>四、政府信息公开行政复议、行政诉讼情况</p></body></html>")
    text, log = normalize_text(page)
    assert log["html_converted"]
    rows_out, notes = read_t3(text, "template_2021")
    got = {r["metric"]: r["value"] for r in rows_out}
    want = {k: v for k, v in truth.items() if k.startswith("t3.")}
    assert {k: got.get(k) for k in want} == want, notes


@pytest.mark.parametrize(("cell", "projects", "yuan"), [
    ("政府集中采购 28 32995元", 28, 32995), ("政府集中采购 | 3 | 25.1 万元", 3, 251000),
    ("政府集中采购2832995元", None, None),  # d08: run together, no arithmetic can split it
])
def test_procurement_amount_only_with_a_written_unit(cell: str, projects, yuan) -> None:
    text = "第二十条第（九）项信息内容采购项目数量采购总金额" + cell + "三、收到和处理政府信息公开申请情况"
    got = {r["metric"]: r["value"] for r in read_template(text.replace("第二十条第（九）项", "本年新制作数量第二十条第（九）项")).rows}
    assert got.get("t2_procurement_projects") == projects
    assert got.get("t2_procurement_amount_yuan") == yuan


def test_printed_row_that_does_not_add_up_is_a_source_inconsistency() -> None:
    text = text_of("d11")
    broken = re.sub(r"(本年新收政府信息公开申请数量)0 0 0 0 0 00", r"\g<1>2 1 0 0 0 0 4", text, count=1)
    rows, notes = read_t3(broken, "template_2021")
    got = {r["metric"]: r["value"] for r in rows}
    assert (got["t3.new_received.natural_person"], got["t3.new_received.total"]) == (2, 4)
    assert any("new_received" in n and n.startswith("source inconsistency (table)") for n in notes)


def test_subtotal_column_variant_and_extra_cells() -> None:
    text = text_of("d11")
    with_subtotal = re.sub(r"(本年新收政府信息公开申请数量)0 0 0 0 0 00", r"\g<1>3 1 0 0 0 1 2 5", text, count=1)
    got = {r["metric"]: r["value"] for r in read_t3(with_subtotal, "template_2021")[0]}
    assert [got[f"t3.new_received.{c}"] for c in ("natural_person", "business", "other_org", "total")] == [3, 1, 1, 5]
    garbage = re.sub(r"(本年新收政府信息公开申请数量)0 0 0 0 0 00", r"\g<1>3 1 0 0 0 1 9 9", text, count=1)
    got = {r["metric"] for r in read_t3(garbage, "template_2021")[0]}
    assert not any(m.startswith("t3.new_received.") for m in got)


def test_table_three_anchors_on_the_label_followed_by_cells() -> None:
    text = text_of("d12")
    prose = "（二）依申请公开方面。本年新收政府信息公开申请数量为1件，已按期答复。\n"
    shifted = text.replace("二、主动公开政府信息情况", prose + "二、主动公开政府信息情况", 1)
    assert shifted != text
    got = {r["metric"]: r["value"] for r in read_t3(shifted, "template_2021")[0]}
    want = {k: v["value"] for k, v in CORPUS["d12"]["metrics"].items() if k.startswith("t3.")}
    assert {k: got.get(k) for k in want} == want
