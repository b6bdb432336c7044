"""Template tables: every flattening style of the corpus, both versions, unclosed arithmetic, blanks."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CORPUS_RAW, CORPUS_TRUTH, load_truth
from layouts import tables_of

from tasks.extract import extract_document
from tasks.extract_tables import read_t3, read_t4, read_template
from tasks.ingest import decode
from tasks.normalize import normalize_text
from tasks.notes import TABLE_INCONSISTENT
from tasks.template.tokens import Cell, cell_value, wrapped
from tasks.vocabulary import T3_COLUMNS

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


@pytest.mark.parametrize("stem", ["d11", "d13"])
def test_table_three_row_label_in_a_variant_writing_reads_the_same(stem: str) -> None:
    """部份公开, a variant writing of 部分公开 (fresh49 ai01 writes it so), labels the same row of table 三."""
    text = text_of(stem)
    assert "部分公开" in text
    want = {r["metric"]: r["value"] for r in read_template(text).rows if r["metric"].startswith("t3.partial.")}
    assert len(want) == 7
    got = {r["metric"]: r["value"] for r in read_template(text.replace("部分公开", "部份公开")).rows}
    assert {k: got.get(k) for k in want} == want


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
    assert any(getattr(n, "kind", None) == TABLE_INCONSISTENT for n in notes)


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


def test_saved_html_page_with_a_real_table() -> None:
    """d13's values as a saved web page: <td> cells become tokens and read back exactly."""
    from tasks.vocabulary import T3_COLUMNS, T3_ROWS_2021

    truth = {k: v["value"] for k, v in CORPUS["d13"]["metrics"].items()}
    printed = [  # the 2021 template's row labels, as FORMAT.md prints them
        "一、本年新收政府信息公开申请数量",
        "二、上年结转政府信息公开申请数量",
        "（一）予以公开",
        "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
        "1.属于国家秘密",
        "2.其他法律行政法规禁止公开",
        "3.危及“三安全一稳定”",
        "4.保护第三方合法权益",
        "5.属于三类内部事务信息",
        "6.属于四类过程性信息",
        "7.属于行政执法案卷",
        "8.属于行政查询事项",
        "1.本机关不掌握相关政府信息",
        "2.没有现成信息需要另行制作",
        "3.补正后申请内容仍不明确",
        "1.信访举报投诉类申请",
        "2.重复申请",
        "3.要求提供公开出版物",
        "4.无正当理由大量反复申请",
        "5.要求行政机关确认或重新出具已获取信息",
        "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        "3.其他",
        "（七）总计",
        "四、结转下年度继续办理",
    ]
    rows = []
    for row, label in zip(T3_ROWS_2021, printed, strict=True):
        cells = "".join(f"<td>{int(truth[f't3.{row}.{c}'])}</td>" for c in T3_COLUMNS)
        rows.append(f"<tr><td>{label}</td>{cells}</tr>")
    page = (
        "<html><body><p>2023年度政府信息公开工作年度报告</p><p>三、收到和处理政府信息公开申请情况</p><table>"
        + "".join(rows)
        + "</table><p>四、政府信息公开行政复议、行政诉讼情况</p></body></html>"
    )
    text, log = normalize_text(page)
    assert log["html_converted"]
    rows_out, notes = read_t3(text, "template_2021")
    got = {r["metric"]: r["value"] for r in rows_out}
    want = {k: v for k, v in truth.items() if k.startswith("t3.")}
    assert {k: got.get(k) for k in want} == want, notes


@pytest.mark.parametrize(
    ("header", "cell", "projects", "yuan"),
    [
        ("采购总金额（万元）", "477.35", 13, 4773500),  # wide t06
        ("采购总金额（元）", "251000", 13, 251000),
        ("采购总金额（单位：万元）", "12", 13, 120000),
        ("采购总金额", "477.35", 13, None),  # no unit anywhere: the amount is left out, the count lands (t07, f16)
        ("采购总金额（万元）", "2510元", 13, 2510),  # the cell's own unit wins
    ],
)
def test_procurement_amount_with_its_unit_in_the_column_header(header: str, cell: str, projects, yuan) -> None:
    text = (
        "第二十条第（一）项 | | | |\n信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |\n"
        f"第二十条第（九）项 | | |\n信息内容 | 采购项目数量 | {header} |\n政府集中采购 | 13 | {cell} |\n"
        "三、收到和处理政府信息公开申请情况\n"
    )
    got = {r["metric"]: r["value"] for r in read_template(text).rows}
    assert got.get("t2_procurement_projects") == projects
    assert got.get("t2_procurement_amount_yuan") == yuan


@pytest.mark.parametrize(
    ("cell", "projects", "yuan"),
    [
        ("政府集中采购 28 32995元", 28, 32995),
        ("政府集中采购 | 3 | 25.1 万元", 3, 251000),
        ("政府集中采购2832995元", None, None),  # d08: run together, no arithmetic can split it
        ("政府集中采购\n\n31批次\n\n709455.9元\n", 31, 709455.9),  # fresh36 s25: the count's unit in its cell
        ("政府集中采购 | 4个 | 1.2万元 |", 4, 12000),
        ("政府集中采购共4个项目1.2万元", None, None),  # a sentence's count, no cell
    ],
)
def test_procurement_amount_only_with_a_written_unit(cell: str, projects, yuan) -> None:
    text = "第二十条第（九）项信息内容采购项目数量采购总金额" + cell + "三、收到和处理政府信息公开申请情况"
    got = {
        r["metric"]: r["value"]
        for r in read_template(text.replace("第二十条第（九）项", "本年新制作数量第二十条第（九）项")).rows
    }
    assert got.get("t2_procurement_projects") == projects
    assert got.get("t2_procurement_amount_yuan") == yuan


def test_printed_row_that_does_not_add_up_is_a_source_inconsistency() -> None:
    text = text_of("d11")
    broken = re.sub(r"(本年新收政府信息公开申请数量)0 0 0 0 0 00", r"\g<1>2 1 0 0 0 0 4", text, count=1)
    rows, notes = read_t3(broken, "template_2021")
    got = {r["metric"]: r["value"] for r in rows}
    assert (got["t3.new_received.natural_person"], got["t3.new_received.total"]) == (2, 4)
    assert any(getattr(n, "kind", None) == TABLE_INCONSISTENT and "new_received" in n.detail for n in notes)


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


# --- bounded work (issue 11): inputs crafted to make an unbounded search or a backtracking regex run forever -------

CHILD = """
import json, sys
from tasks.extract_tables import read_template
r = read_template(open(sys.argv[1], encoding="utf-8").read())
print(json.dumps({"metrics": sorted({x["metric"] for x in r.rows}), "notes": r.notes}, ensure_ascii=False))
"""


def read_in_a_child(text: str, tmp_path) -> dict:
    """read_template in a child process that must finish within 20 s (the child is killed if it does not)."""
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    root = str(Path(__file__).resolve().parent.parent)
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(path)],
        capture_output=True,
        text=True,
        timeout=20,
        env={**os.environ, "PYTHONPATH": root},
        cwd=root,
        check=True,
    )
    return json.loads(done.stdout)


def _t3_row(stem: str, label: str, digits: str) -> str:
    text = text_of(stem)
    changed = re.sub(f"({label})\\d+", lambda m: m.group(1) + digits, text, count=1)
    assert changed != text
    return changed


CRAFTED = [
    # (case, text, metric prefix that must be left out, words the note must hold)
    (
        "t3_row_60_zeros",
        lambda: _t3_row("d12", "本年新收政府信息公开申请数量", "0" * 60),
        "t3.new_received.",
        "table 三 new_received",
    ),
    (
        "t3_row_200_zeros",
        lambda: _t3_row("d12", "本年新收政府信息公开申请数量", "0" * 200),
        "t3.new_received.",
        "table 三 new_received",
    ),
    ("t3_row_40_ones", lambda: _t3_row("d12", "（一）予以公开", "1" * 40), "t3.granted.", "table 三 granted"),
    (
        "t4_1_and_29_zeros",
        lambda: re.sub(r"(尚未审结总计)\d{15}(五、)", r"\g<1>1" + "0" * 29 + r"\2", text_of("d08")),
        "t4.",
        "table 四",
    ),
    (
        "t4_200000_digits",
        lambda: re.sub(r"(尚未审结总计)\d{15}(五、)", r"\g<1>" + "7" * 200_000 + r"\2", text_of("d08")),
        "t4.",
        "table 四",
    ),
]


@pytest.mark.parametrize(("case", "make", "left_out", "note"), CRAFTED, ids=[c[0] for c in CRAFTED])
def test_crafted_digit_runs_finish_and_are_left_out(tmp_path, case: str, make, left_out: str, note: str) -> None:
    result = read_in_a_child(make(), tmp_path)
    assert not [m for m in result["metrics"] if m.startswith(left_out)]
    assert any(note in n and "left out" in n for n in result["notes"]), result["notes"]
    assert len(result["metrics"]) > 100  # the rest of the tables still read


ADVERSARIAL = [
    ("dashes", lambda t: t + "—" * 200_000),
    ("dash_lines", lambda t: t + ("\n" + "-" * 50 + " 3 " + "-" * 50) * 5000),
    ("digits_and_dots", lambda t: t + "1." * 100_000),
    ("spaces_and_pipes", lambda t: t + "| " * 100_000 + "\n" + " " * 100_000 + "第" + " " * 100_000),
    ("one_long_cell_row", lambda t: t + "\n|" + " |" * 100_000 + "\n"),
    ("labels_repeated", lambda t: t + "本年新收政府信息公开申请数量" * 20_000),
    ("label_broken_by_lines", lambda t: t + "本年新收政府信息公开申请数\n" * 20_000),
    ("captions_repeated", lambda t: t + "第二十条第（一）项信息内容规章" * 20_000),
    ("headers_repeated", lambda t: t + "结果维持结果纠正" * 20_000 + "行政复议" * 20_000),
]


@pytest.mark.parametrize(("case", "grow"), ADVERSARIAL, ids=[c[0] for c in ADVERSARIAL])
def test_adversarial_text_is_read_in_bounded_time(tmp_path, case: str, grow) -> None:
    """Every pattern scans such input once: the tables before it still read exactly."""
    result = read_in_a_child(grow(text_of("d13")), tmp_path)
    want = {k for k in CORPUS["d13"]["metrics"] if k.startswith(("t3.", "t4."))}
    assert want <= set(result["metrics"]), sorted(want - set(result["metrics"]))[:5]


def test_ambiguous_rows_everywhere_are_pruned_and_left_out() -> None:
    """Every row of table 三 with two cuts that add up (2^25 combinations): the column identities prune them."""
    text = text_of("d12")
    a, b = text.index("本年新收"), text.index("四、政府信息公开行政复议")
    body = re.sub(r"\d{7,}", "110000011", text[a:b])
    rows, notes = read_t3(text[:a] + body + text[b:], "template_2021")
    assert not rows
    assert any("no readings consistent" in n or "cannot be cut" in n or "no cut" in n for n in notes)


# --- cuts, cells and tokens ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tokens", "k", "max_len", "count"),
    [
        (["1234"], 2, 4, 3),  # C(3, 1)
        (["12345678"], 4, 8, 35),  # C(7, 3)
        (["1000"], 2, 4, 1),  # 1|000, 10|00 have leading zeros: only 100|0
        (["12", "34"], 3, 4, 2),  # a printed space is a boundary: 1|2|34 or 12|3|4
        (["0" * 60], 7, 7, 0),  # sixty zeros are sixty cells
        (["1" + "0" * 29], 15, 6, 0),  # no cell holds 10^15 cases
        (["12345"], 2, 2, 0),  # five digits cannot fill two cells of at most two digits
    ],
)
def test_cuts_are_counted_before_any_is_listed(tokens: list[str], k: int, max_len: int, count: int) -> None:
    from tasks.template.cuts import count_cuts, cut

    assert count_cuts(tokens, k, max_len) == count
    assert len(cut(tokens, k, max_len=max_len, limit=1000).readings) == count


def _every_cut(tokens: list[str], k: int, max_len: int, whole: list[bool]) -> list[tuple[int, ...]]:
    """Brute force: every way to cut each token into pieces (no leading zero, at most max_len digits, a whole token
    one piece), kept when there are k pieces in all."""

    def pieces(digits: str, w: bool) -> list[list[int]]:
        if w:
            ok = len(digits) <= max_len and (digits == "0" or digits[0] != "0")
            return [[int(digits)]] if ok else []
        out = []
        for mask in range(2 ** (len(digits) - 1)):
            cells, cur = [], digits[0]
            for i, d in enumerate(digits[1:]):
                if mask >> i & 1:
                    cells.append(cur)
                    cur = d
                else:
                    cur += d
            cells.append(cur)
            if all(len(c) <= max_len and (c == "0" or c[0] != "0") for c in cells):
                out.append([int(c) for c in cells])
        return out

    ways: list[list[int]] = [[]]
    for t, w in zip(tokens, whole, strict=True):
        ways = [a + b for a in ways for b in pieces(t, w)]
    return sorted(tuple(c) for c in ways if len(c) == k)


@pytest.mark.parametrize("seed", range(40))
def test_cuts_agree_with_brute_force(seed: int) -> None:
    """The counted search and its shortcuts (as many digits as cells) give exactly the brute-force cuts, with and
    without the arithmetic of groups."""
    import random

    from tasks.template.cuts import count_cuts, cut

    rng = random.Random(seed)
    k = rng.choice([3, 5, 7, 10])
    n_digits = rng.choice([k, k, k + 1, k + 3])
    digits = "".join(rng.choice("0000123456789") for _ in range(n_digits))
    bounds = sorted(rng.sample(range(1, n_digits), rng.randint(0, min(3, n_digits - 1))))
    tokens = [digits[a:b] for a, b in zip([0, *bounds], [*bounds, n_digits], strict=True)]
    whole = [len(t) <= 2 and rng.random() < 0.3 for t in tokens]
    every = _every_cut(tokens, k, 4, whole)
    assert count_cuts(tokens, k, 4, whole) == len(every)
    assert sorted(cut(tokens, k, max_len=4, whole=whole, limit=10_000).readings) == every
    group = 5 if k % 5 == 0 else k
    adds = [c for c in every if all(sum(c[i : i + group - 1]) == c[i + group - 1] for i in range(0, k, group))]
    assert sorted(cut(tokens, k, max_len=4, whole=whole, group=group, limit=10_000).readings) == adds


def test_cut_keeps_only_readings_whose_groups_add_up() -> None:
    from tasks.template.cuts import cut

    got = cut(["25380363300630003"], 15, max_len=6, group=5)  # d14's table 四
    assert got.readings == [(25, 3, 8, 0, 36, 3, 3, 0, 0, 6, 3, 0, 0, 0, 3)] and got.complete
    assert cut(["220000022"], 7, max_len=7, group=7).readings == [(2, 20, 0, 0, 0, 0, 22), (22, 0, 0, 0, 0, 0, 22)]
    assert not cut(["1" * 60], 15, max_len=6, group=5, budget=1000).readings


def test_cell_rows_keep_empty_cells_and_refuse_merged_ones() -> None:
    from tasks.template.tokens import cell_rows, cell_value, merged

    row = cell_rows("前文\n| 1.属于国家秘密 | 0 | | 12 | — |\n|---|---|\n后文")[0]
    assert [c.text for c in row] == ["1.属于国家秘密", "0", "", "12", "—"]
    assert [cell_value(c)[:2] for c in row[1:]] == [(True, 0.0), (True, None), (True, 12.0), (True, None)]
    two = cell_rows("| 0 0 | 1 |")[0][0]
    assert merged(two) and not cell_value(two)[0]  # two cells a converter merged are not the number 0


def test_scan_keeps_cells_and_leaves_dates_pages_and_numbering_to_the_labels() -> None:
    from tasks.template.tokens import scan

    text = (
        "属于国家秘密00000002.其他法律行政法规禁止公开0 0 0 0 0 0 0\n— 3 —\n某县2023年度政府信息公开工作年度报告\n"
        "共收到2件 第 3 页 共 9 页 Column1 本年增/减 3-1"
    )
    sk = scan(text)
    assert [t.text for t in sk.tokens if t.kind == "cell"] == ["0000000", *["0"] * 7, "3"]
    assert [t.kind for t in sk.tokens][-1] == "junk"  # '-1' glued to a digit: not a blank, not a sign
    assert "2.其他法律" in sk.skeleton and "本年增/减" in sk.skeleton and "2023" not in sk.skeleton


def test_label_broken_by_a_line_and_a_merged_label_piece() -> None:
    """pdfplumber prints a long row label over three lines with the row's numbers on the middle one, and starts a
    line with a piece of the merged label to the left (理, of （六）其他处理)."""
    text = text_of("d13")
    a = text.index("2.申请人逾期未按")
    b = text.index("3.其他", a)
    broken = (
        text[:a]
        + "其他处2.申请人逾期未按收费通知要\n理求缴纳费用、行政机关不再处 0 0 0 0 0 0 0\n理其政府信息公开申请\n"
        + text[b:]
    )
    got = {r["metric"]: r["value"] for r in read_t3(broken, "template_2021")[0]}
    want = {k: v["value"] for k, v in CORPUS["d13"]["metrics"].items() if k.startswith("t3.")}
    assert {k: got.get(k) for k in want} == want


def test_an_optional_label_tail_takes_no_piece_of_the_next_cell() -> None:
    """A label with an optional tail (行政许可(?:事项)?) may break before its tail, but the piece of another cell a
    broken label may carry is no part of it: '行政许可 / 其他对外管理服务事项' is two rows, not one label whose
    事项 follows a piece '其他对外管理服务'."""
    label = re.compile(wrapped("行政许可(?:事项)?"))
    assert label.fullmatch("行政许可\n事项") and label.fullmatch("行政许可事项") and label.fullmatch("行政\n许可")
    assert label.match("行政许可\n其他对外管理服务事项").group() == "行政许可"
    assert re.compile(wrapped("行政许可")).fullmatch("行政\n其他处许可")  # a piece inside the label still reads


def test_a_number_that_strays_to_the_next_row_is_read_back_by_the_count() -> None:
    """Row by row with one row's last number printed on the next row's line: the two rows hold 14 numbers, so they
    are read together, by row (the reading by column does not add up)."""
    text = text_of("d12")
    a, b = text.index("本年新收"), text.index("三、本年度办理结果")
    printed = "本年新收政府信息公开申请数量1 0 0 0 0 0\n二、上年结转政府信息公开申请数量1 1 0 0 0 0 0 1\n"
    got = {r["metric"]: r["value"] for r in read_t3(text[:a] + printed + text[b:], "template_2021")[0]}
    assert [got[f"t3.new_received.{c}"] for c in ("natural_person", "business", "total")] == [1, 0, 1]
    assert [got[f"t3.carried_over.{c}"] for c in ("natural_person", "business", "total")] == [1, 0, 1]


def test_markdown_cells_a_converter_merged_are_read_as_text() -> None:
    """A Markdown table guessed from a PDF puts two numbers in one cell ('0 0'): its rows are read as text, never
    as the number 00."""
    text = text_of("d12")
    a, b = text.index("本年新收"), text.index("四、政府信息公开行政复议")
    t = tables_of(CORPUS["d12"])
    lines = [
        f"| {label} | | {cells[0]} | {cells[1]} {cells[2]} | {' | '.join(cells[3:])} |" for _, _, label, cells in t.t3
    ]
    got = {
        r["metric"]: r["value"]
        for r in read_t3(text[:a] + "\n" + "\n".join(lines) + "\n" + text[b:], "template_2021")[0]
    }
    want = {k: v["value"] for k, v in CORPUS["d12"]["metrics"].items() if k.startswith("t3.")}
    assert {k: got.get(k) for k in want} == want


def test_a_number_alone_between_bars_is_never_cut() -> None:
    """Rows printed as cells that a converter broke elsewhere are read as text, where '| 12 |' stays one cell: the
    row missing a cell is left out, not cut into 1|2."""
    text = text_of("d12")
    a, b = text.index("本年新收"), text.index("四、政府信息公开行政复议")
    rows = [
        "| 一、本年新收政府信息公开申请数量 | 12 | | 0 | 0 | 0 | 0 | 12 |",  # an empty cell dropped as text
        "| 二、上年结转政府信息公开申请数量 | 0 0 | 0 | 0 | 0 | 0 | 0 |",
    ]  # two cells merged: not cells
    got, notes = read_t3(text[:a] + "\n".join(rows) + "\n" + text[b:], "template_2021")
    assert not [r for r in got if r["metric"].startswith("t3.new_received.")]
    assert any("new_received" in n for n in notes)
    assert [r["value"] for r in got if r["metric"].startswith("t3.carried_over.")] == [0] * 7


def test_a_stray_number_before_the_first_row_shifts_nothing() -> None:
    """A number printed before table 三's first label (a footnote mark, a cell of the header) is not the first
    row's: every row keeps its own cells."""
    text = text_of("d13")
    a = text.index("一、本年新收政府信息公开申请数量")
    got = {r["metric"]: r["value"] for r in read_t3(text[:a] + "1 " + text[a:], "template_2021")[0]}
    want = {k: v["value"] for k, v in CORPUS["d13"]["metrics"].items() if k.startswith("t3.")}
    assert {k: got.get(k) for k in want} == want


def test_label_first_cell_rows_and_a_row_cut_by_the_end_of_the_text() -> None:
    """A page store prints table 三 as 'label | cell | … |' without an opening bar, and a saved excerpt ends inside
    the table's last row: every whole row lands as its own (never shifted onto its neighbour), the cut row's
    printed cells in their columns, the rest left out with a note."""
    text = text_of("d12")
    a = text.index("一、本年新收")
    t = tables_of(CORPUS["d12"])
    lines = [f"{label} | {' | '.join(str(c) for c in cells)} |" for _, _, label, cells in t.t3]
    last_label, last_cells = t.t3[-1][2], t.t3[-1][3]
    cut = f"{last_label} | {' | '.join(str(c) for c in last_cells[:3])} |"
    got_rows, notes = read_t3(text[:a] + "\n" + "\n".join(lines[:-1]) + "\n" + cut + "\n", "template_2021")
    got = {r["metric"]: r["value"] for r in got_rows}
    last = t.t3[-1][0]
    want = {k: v["value"] for k, v in CORPUS["d12"]["metrics"].items() if k.startswith("t3.")}
    printed = {f"t3.{last}.{c}" for c in ("natural_person", "business", "research")}
    assert {k: got.get(k) for k in want if not k.startswith(f"t3.{last}.")} == {
        k: v for k, v in want.items() if not k.startswith(f"t3.{last}.")
    }
    assert {k: v for k, v in got.items() if k.startswith(f"t3.{last}.")} == {k: want[k] for k in printed}
    assert any(last in n and "ends after 3" in n for n in notes)


@pytest.mark.parametrize("seed", range(20))
def test_row_labels_match_as_the_plain_pattern_does(seed: int) -> None:
    """The row labels are compiled as alternatives that each open with a character (so `re` skips to them); on
    text made of label pieces, numbers, breaks and page furniture they find exactly what the plain pattern
    (an optional row number, then the label) finds."""
    import random

    from tasks.template.labels import LABEL_BREAKS, LABEL_RE, NUMBERED, T3_LABELS
    from tasks.template.tokens import wrapped

    rng = random.Random(seed)
    words = [
        "属于国家秘密",
        "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        "逾期不补正",
        "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        "重复申请",
        "3.其他",
        "（一）予以公开",
        "本年新收政府信息公开申请数量",
        "无正当理由",
        "申请人",
        "其他法律行政法规禁止公开",
    ]
    pieces = [*words, "1.", "2、", "１．", "12.", "\n", "\n第", "、", "0", "其他", "无正当理由大量反复申请"]
    for _ in range(30):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(3, 40)))
        for row, p in T3_LABELS.items():
            plain = re.compile(wrapped((r"(?:\d[.．、])?" if row in NUMBERED else "") + p, breaks=LABEL_BREAKS))
            assert [m.span() for m in LABEL_RE[row].finditer(text)] == [m.span() for m in plain.finditer(text)]


T3_HEAD = (
    "三、收到和处理政府信息公开申请情况\n"
    "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况 |\n"
    "自然人 | 法人或其他组织 | 总计 |\n商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |\n"
    "一、本年新收政府信息公开申请数量 | 5 | 1 | 0 | 0 | 0 | 0 | 6 |\n"
    "二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
    "三、本年度办理结果 | （一）予以公开 | 2 | 1 | 0 | 0 | 0 | 0 | 3 |\n"
)
CUT_LABEL = "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"
# (phenomenon, the cut row as the excerpt ends it, the cells that land from the left)
CUT_ROWS = [
    ("cut after a closing bar", "| 3 | 0 | 12 |", (3, 0, 12)),
    ("cut inside a cell: '12' may be the start of '120'", "| 3 | 0 | 12", (3, 0)),
    ("cut after a 0: no count is printed 0…", "| 3 | 0 | 0", (3, 0, 0)),
    ("an empty cell between two printed ones is a blank", "| 3 | | 1 |", (3, None, 1)),
    ("all seven printed, the total possibly cut short", "| 1 | 0 | 0 | 0 | 0 | 0 | 1", (1, 0, 0, 0, 0, 0)),
    ("an empty first cell: a spacer or a blank, no column certain", "| | 0 | 0 |", ()),
    ("two numbers in a cell: the converter merged cells", "| 3 0 | 0 |", ()),
]


@pytest.mark.parametrize(("case", "printed", "lands"), CUT_ROWS, ids=[c[0] for c in CUT_ROWS])
def test_a_row_the_excerpt_cut_lands_its_certain_cells(case: str, printed: str, lands: tuple) -> None:
    """wide t05: the excerpt ends inside table 三's last row. The cells printed apart stand in the template's columns
    from the left, so they land; the rest of the row is left out, with a note naming the row and those columns."""
    rows, notes = read_t3(T3_HEAD + CUT_LABEL + " " + printed, "template_2021")
    got = {r["metric"]: r["value"] for r in rows}
    assert got["t3.granted.total"] == 3 and got["t3.new_received.business"] == 1  # whole rows read as before
    cut = {k.split(".")[2]: v for k, v in got.items() if k.startswith("t3.partial.")}
    assert cut == dict(zip(T3_COLUMNS, lands, strict=False)), case
    missing = list(T3_COLUMNS[len(lands) :])
    assert any("table 三 partial: the text ends after" in n and (str(missing) in n or not lands) for n in notes), notes
    for r in rows:
        if r["metric"].startswith("t3.partial.") and r["value"] is not None:
            assert r["evidence_end"] <= len(T3_HEAD) + len(CUT_LABEL) + 1 + len(printed)


T2_2019_CELLS = (
    "二、主动公开政府信息情况\n\n第二十条第(五)项\n\n信息内容\n\n上一年项目数量\n\n本年增/减\n\n处理决定数量\n\n行政许可\n\n{a}\n\n"
    "其他对外管理服务事项\n\n第二十条第(六)项\n\n信息内容\n\n上一年项目数量\n\n本年增/减\n\n处理决定数量\n\n行政处罚\n\n{b}\n\n"
    "行政强制\n\n{c}\n\n第二十条第(八)项\n\n信息内容\n\n上一年项目数量\n\n本年增/减\n\n行政事业性收费\n\n\n"
    "三、收到和处理政府信息公开申请情况\n"
)


@pytest.mark.parametrize(
    ("cells", "want"),
    [
        # fresh51 ak02 as printed: each row's 处理决定数量 empty, its one signed number the change column's
        (
            ("19\n\n+4", "35\n\n+12", "28\n\n+12"),
            {
                "t2_licensing_items_prev_year": 19,
                "t2_licensing_items_delta": 4,
                "t2_penalty_items_prev_year": 35,
                "t2_penalty_items_delta": 12,
                "t2_coercion_items_prev_year": 28,
                "t2_coercion_items_delta": 12,
            },
        ),
        # the number after the sign is the decisions' (the previous year's empty); a whole row reads as ever
        (
            ("+4\n\n7", "35\n\n+12\n\n9", "28\n\n-2"),
            {
                "t2_licensing_items_delta": 4,
                "t2_licensing_decisions": 7,
                "t2_penalty_items_prev_year": 35,
                "t2_penalty_items_delta": 12,
                "t2_penalty_decisions": 9,
                "t2_coercion_items_prev_year": 28,
                "t2_coercion_items_delta": -2,
            },
        ),
        # no sign, or two: which column a number is in, the row does not say
        (
            ("19\n\n4", "35\n\n+12", "-3\n\n+12"),
            {"t2_penalty_items_prev_year": 35, "t2_penalty_items_delta": 12},
        ),
    ],
    ids=["ak02", "after-the-sign", "unsigned-or-two-signs"],
)
def test_table_two_2019_row_short_of_cells_placed_by_its_sign(cells: tuple, want: dict) -> None:
    a, b, c = cells
    rows = read_template(normalize_text(T2_2019_CELLS.format(a=a, b=b, c=c))[0], "template_2019").rows
    got = {
        r["metric"]: r["value"] for r in rows if r["metric"].startswith(("t2_licensing", "t2_penalty", "t2_coercion"))
    }
    assert got == want


def test_table_two_printed_one_cell_a_line_with_empty_cells() -> None:
    """A page store prints each cell on its own line closed by '|', opens each row with a lone '|' and pads the row
    with bars to the table's width; an empty cell is a lone '|' too (wide t03: 规章 without its 现行有效件数). Each
    cell lands in its own column, an empty one as a blank."""
    rows = [
        ["第二十条第(一)项", "", "", ""],
        ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
        ["规章", "0", "0", ""],
        ["行政规范性文件", "5", "", "8"],
        ["第二十条第(五)项"],
        ["信息内容", "本年处理决定数量"],
        ["行政许可", "3"],
        ["第二十条第(六)项"],
        ["信息内容", "本年处理决定数量"],
        ["行政处罚", "1472"],
        ["行政强制", ""],
        ["第二十条第(八)项"],
        ["信息内容", "本年收费金额(单位:万元)"],
        ["行政事业性收费", "1.5"],
    ]
    lines = []
    for row in rows:
        lines += ["|", *(f"{c} |" if c else "|" for c in row)]
        lines[-1] += " " + "|" * (4 - len(row)) if len(row) < 4 else ""
    raw = "二、主动公开政府信息情况\n" + "\n".join(lines) + "\n三、收到和处理政府信息公开申请情况\n共收到申请3件。\n"
    assert "|\n规章 |\n0 |\n0 |\n|\n|\n行政规范性文件 |\n5 |\n|\n8 |\n|\n" in raw
    text = normalize_text(raw)[0]
    result = read_template(text)
    got = {r["metric"]: (r["value"], r["qualifier"]) for r in result.rows}
    assert got == {
        "t2_rules_made": (0, "exact"),
        "t2_rules_repealed": (0, "exact"),
        "t2_rules_in_force": (None, "blank"),
        "t2_normative_made": (5, "exact"),
        "t2_normative_repealed": (None, "blank"),
        "t2_normative_in_force": (8, "exact"),
        "t2_licensing_decisions": (3, "exact"),
        "t2_penalty_decisions": (1472, "exact"),
        "t2_coercion_decisions": (None, "blank"),
        "t2_admin_fee_revenue_yuan": (15_000, "exact"),
    }, result.notes
    r = next(r for r in result.rows if r["metric"] == "t2_normative_in_force")
    assert text[r["evidence_start"] : r["evidence_end"]].startswith("行政规范性文件")


def test_rows_one_cell_a_line_opened_by_their_label_after_padding_bars() -> None:
    """A page store's table 二 one cell a line where a row follows the bars padding the row before it, with no lone
    bar to open it, and ends in an empty cell before its own padding (fresh f18, exactly as stored)."""
    section = (
        "第二十条第(六)项 |\n||||\n信息内容 |\n上一年项目数量 |\n本年增/减 |\n处理决定数量 |\n|\n行政处罚 |\n0 |\n|\n0 |\n|\n"
        "行政强制 |\n0 |\n|\n0 |\n|\n第二十条第(八)项 |\n||||\n信息内容 |\n上一年项目数量 |\n本年增/减 |\n||\n"
        "行政事业性收费 |\n0 |\n|\n||\n第二十条第(九)项 |\n||||\n信息内容 |\n采购项目数量 |\n采购总金额 |\n||\n"
        "政府集中采购 |\n0 |\n0 |\n"
    )
    text, _ = normalize_text(
        "第二十条第(一)项 |\n信息内容 |\n本年新制作数量 |\n本年新公开数量 |\n对外公开总数量 |\n"
        + section
        + "三、收到和处理政府信息公开申请情况\n"
    )
    got = {r["metric"]: r["value"] for r in read_template(text).rows}
    assert got.get("t2_penalty_items_prev_year") == 0 and got.get("t2_coercion_decisions") == 0
    assert got.get("t2_fee_items_prev_year") == 0 and got.get("t2_fee_items_delta", "absent") is None  # blank
    assert got.get("t2_procurement_projects") == 0
    assert "t2_procurement_amount_yuan" not in got  # no unit written


def test_table_two_rows_run_together_on_one_line_are_split_at_their_labels() -> None:
    """A converter that kept the cell bars but lost the row breaks (fresh2 g15, as stored): header, 规章 and
    行政规范性文件 and the next caption on one line."""
    text, _ = normalize_text(
        "二、主动公开政府信息情况\n第二十条第（一）项 |\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 | 规章 | 0 | 0 | 0 | "
        "行政规范性文件 | 2 | 1 | 5 | 第二十条第（五）项 | |||\n信息内容 | 本年处理决定数量 | ||\n行政许可 | 15 | ||\n"
        "三、收到和处理政府信息公开申请情况\n"
    )
    got = {r["metric"]: r["value"] for r in read_template(text).rows}
    assert {k: got.get(k) for k in ("t2_rules_made", "t2_normative_made", "t2_normative_repealed")} == {
        "t2_rules_made": 0,
        "t2_normative_made": 2,
        "t2_normative_repealed": 1,
    }
    assert got["t2_normative_in_force"] == 5 and got["t2_licensing_decisions"] == 15


def test_typos_in_captions_and_labels_and_a_table_cut_after_a_label() -> None:
    """fresh2 g14 as stored (one cell a line, blank lines between): captions misprinted 第二十一条, the row label
    上年转结, and an excerpt cut right after the label (二)部分公开 — the numbers follow their labels."""
    raw = (
        "第二十一条第（一）项\n\n信息内容\n\n本年新制作数量\n\n本年新公开数量\n\n对外公开总数量\n\n规章\n\n0\n\n0\n\n0\n\n"
        "规范性文件\n\n1\n\n1\n\n1\n\n三、收到和处理政府信息公开申请情况\n\n（本列数据的勾稽关系为：第一项加第二项之和，等于第三项"
        "加第四项之和）\n\n申请人情况\n\n自然人\n\n法人或其他组织\n\n总计\n\n商业企业\n\n科研机构\n\n社会公益组织\n\n法律服务机构\n\n"
        "其他\n\n一、本年新收政府信息公开申请数量\n\n0\n\n/\n\n/\n\n/\n\n/\n\n/\n\n0\n\n二、上年转结政府信息公开申请数量\n\n/\n\n/\n\n"
        "/\n\n/\n\n/\n\n/\n\n0\n\n三、本年度办理结果\n\n（一）予以公开\n\n0\n\n/\n\n/\n\n/\n\n/\n\n/\n\n0\n\n（二）部分公开(区分处理的，只\n"
    )
    text, _ = normalize_text(raw)
    got = {r["metric"]: r["value"] for r in read_template(text).rows}
    assert got.get("t2_normative_new_made") == 1 and got.get("t2_rules_published_total") == 0
    assert [got.get(f"t3.{row}.total") for row in ("new_received", "carried_over", "granted")] == [0, 0, 0]
    assert got.get("t3.new_received.natural_person") == 0 and got.get("t3.new_received.business", "absent") is None
    assert "t3.partial.total" not in got


def test_a_table_cut_after_its_rows_keeps_its_first_row() -> None:
    """fresh3 h02 as stored: every row of table 三 all zeros, the excerpt cut after a row's numbers. Read with each
    row's numbers before its label the first row would stay empty: the numbers follow their labels."""
    raw = (
        "三、收到和处理政府信息公开申请情况\n\n（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\n\n申请人情况"
        "\n\n自然人\n\n法人或其他组织\n\n总计\n\n商业企业\n\n科研机构\n\n社会公益组织\n\n法律服务机构\n\n其他\n\n"
        "一、本年新收政府信息公开申请数量\n\n"
        + "0\n\n" * 7
        + "二、上年结转政府信息公开申请数量\n\n"
        + "0\n\n" * 7
        + "三、本年度办理结果\n\n（一）予以公开\n\n"
        + "0\n\n" * 7
        + "（二）部分公开（区分处理的，只计这一情形，不计其他情形）\n\n"
        + "0\n\n" * 7
        + "（三）不予公开\n\n1.属于国家秘密\n\n"
        + "0\n\n" * 7
        + "2\n"
    )
    text, _ = normalize_text(raw)
    rows, _ = read_t3(text, "template_2019")
    got = {r["metric"]: r["value"] for r in rows}
    assert [got.get(f"t3.{row}.total") for row in ("new_received", "carried_over", "granted", "partial")] == [0] * 4


@pytest.mark.parametrize(
    ("section", "want"),
    [
        # fresh3 h24 as stored: the first block's caption lost, its rows under their column labels
        (
            "二、主动公开政府信息情况\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n规章 | 0 | 1 | 0 |\n"
            "行政规范性文件 | 2 | 0 | 3 |\n第二十条第（五）项 |\n信息内容 | 本年处理决定数量 |\n行政许可 | 0 |\n",
            {"t2_rules_repealed": 1, "t2_normative_made": 2, "t2_normative_in_force": 3, "t2_licensing_decisions": 0},
        ),
        # fresh3 h20 as stored (one cell a line): a header cell's last character lost, 现行有效件
        (
            "二、主动公开政府信息情况\n\n第二十条第（一）项\n\n信息内容\n\n本年制发件数\n\n本年废止件数\n\n现行有效件\n\n规章\n\n0\n\n1\n\n"
            "0\n\n行政规范性文件\n\n1\n\n0\n\n2\n\n第二十条第（五）项\n\n信息内容\n\n本年处理决定数量\n\n行政许可\n\n0\n\n",
            {"t2_rules_repealed": 1, "t2_normative_made": 1, "t2_normative_in_force": 2, "t2_licensing_decisions": 0},
        ),
    ],
    ids=["caption-lost", "header-cell-cut"],
)
def test_table_two_first_block_damaged(section: str, want: dict) -> None:
    text, _ = normalize_text(section + "三、收到和处理政府信息公开申请情况\n")
    got = {r["metric"]: r["value"] for r in read_template(text).rows}
    assert {k: got.get(k) for k in want} == want


RELABELLED_T2 = [
    # fresh7 l07 (one cell a line): the 本年增/减 column headed 本年数量 — this year's count or its change, the table
    # does not say which — stays out; the columns around it land.
    "第二十条第（五）项\n\n信息内容\n\n上一年项目数量\n\n本年数量\n\n处理决定数量\n\n行政许可\n\n0\n\n0\n\n0\n\n"
    "其他对外管理服务事项\n\n6\n\n6\n\n122\n\n第二十条第（六）项\n\n信息内容\n\n上一年项目数量\n\n本年数量\n\n"
    "处理决定数量\n\n行政处罚\n\n0\n\n1\n\n2\n\n行政强制\n\n0\n\n0\n\n0\n\n",
    # the same as cells, one row a line
    "第二十条第（五）项\n| 信息内容 | 上一年项目数量 | 本年数量 | 处理决定数量 |\n| 行政许可 | 0 | 0 | 0 |\n"
    "| 其他对外管理服务事项 | 6 | 6 | 122 |\n第二十条第（六）项\n| 信息内容 | 上一年项目数量 | 本年数量 | 处理决定数量 |\n"
    "| 行政处罚 | 0 | 1 | 2 |\n| 行政强制 | 0 | 0 | 0 |\n",
]


@pytest.mark.parametrize("blocks", RELABELLED_T2, ids=["one-cell-a-line", "cells"])
def test_table_two_middle_column_relabelled_is_left_out(blocks: str) -> None:
    raw = (
        "二、主动公开政府信息情况\n\n第二十条第（一）项\n\n信息内容\n\n本年新制作数量\n\n本年新公开数量\n\n对外公开总数量\n\n"
        "规章\n\n0\n\n0\n\n0\n\n规范性文件\n\n19\n\n1\n\n20\n\n" + blocks + "三、收到和处理政府信息公开申请情况\n"
    )
    text, _ = normalize_text(raw)
    result = read_template(text)
    got = {r["metric"]: r["value"] for r in result.rows}
    assert {k: v for k, v in got.items() if k.startswith(("t2_other_mgmt", "t2_penalty", "t2_licensing"))} == {
        "t2_licensing_items_prev_year": 0,
        "t2_licensing_decisions": 0,
        "t2_other_mgmt_items_prev_year": 6,
        "t2_other_mgmt_decisions": 122,
        "t2_penalty_items_prev_year": 0,
        "t2_penalty_decisions": 2,
    }
    assert not any(k.endswith("_items_delta") for k in got)
    assert any("本年数量" in n for n in result.notes)


def test_table_two_rows_left_empty_print_nothing_and_the_others_read() -> None:
    # fresh7 l15 as stored: one cell a line, each ending in a bar; empty cells are bars only.
    raw = (
        "二、主动公开政府信息情况\n第二十条第(一)项 |\n|||\n信息内容 |\n本年新 |\n本年新 |\n对外公开总数量 |\n规章 |\n|\n|\n|\n"
        "规范性文件 |\n|\n|\n|\n第二十条第(五)项 |\n|||\n信息内容 |\n上一年项目数量 |\n本年增/减 |\n处理决定数量 |\n"
        "行政许可 |\n109 |\n-3 |\n44613 |\n其他对外管理服务事项 |\n|\n|\n|\n第二十条第(六)项 |\n|||\n信息内容 |\n"
        "上一年项目数量 |\n本年增/减 |\n处理决定数量 |\n行政处罚 |\n|\n|\n|\n行政强制 |\n3 |\n+20 |\n23 |\n"
        "三、收到和处理政府信息公开申请情况\n"
    )
    text, _ = normalize_text(raw)
    got = {r["metric"]: r["value"] for r in read_template(text).rows}
    assert got == {
        "t2_licensing_items_prev_year": 109,
        "t2_licensing_items_delta": -3,
        "t2_licensing_decisions": 44613,
        "t2_coercion_items_prev_year": 3,
        "t2_coercion_items_delta": 20,
        "t2_coercion_decisions": 23,
    }


def read_cells(raw: str, era: str) -> dict[str, float | None]:
    """The template cells read from a raw report text, normalized as the flow does."""
    text, _ = normalize_text(raw)
    return {r["metric"]: r["value"] for r in read_template(text, era).rows}


def test_table_two_cells_with_a_word_or_two_figures_and_no_signed_one_leave_only_that_cell_out() -> None:
    # fresh40 o12: 本年增/减 printed as its word alone (增); o11: as an increase and a decrease side by side (0/0,
    # 3/1) — no signed figure either way. The row's other cells land; the printed 增98 still reads.
    raw = (
        "2020年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第(五)项 | ||||\n"
        "信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 | |\n行政许可 | 92 | 增98 | 0 | |\n"
        "其他对外管理服务事项 | 5 | 3/1 | 7 | |\n第二十条第(六)项 | ||||\n"
        "信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 | |\n行政处罚 | 0 | 增 | 25 | |\n行政强制 | 0 | 0/0 | 0 | |\n"
        "三、收到和处理政府信息公开申请情况\n"
    )
    text, _ = normalize_text(raw)
    doc = read_template(text, "template_2019")
    got = {r["metric"]: r["value"] for r in doc.rows}
    assert got == {
        "t2_licensing_items_prev_year": 92,
        "t2_licensing_items_delta": 98,
        "t2_licensing_decisions": 0,
        "t2_other_mgmt_items_prev_year": 5,
        "t2_other_mgmt_decisions": 7,
        "t2_penalty_items_prev_year": 0,
        "t2_penalty_decisions": 25,
        "t2_coercion_items_prev_year": 0,
        "t2_coercion_decisions": 0,
    }
    assert sum("holds a word and no figure" in n for n in doc.notes) == 3


def test_table_two_header_broken_over_lines_names_no_columns() -> None:
    # fresh43 ac03 as stored: the (一) block's header row broken over three lines, 信息内容 alone on the first — no
    # columns known from it, so its rows read as the template's
    raw = (
        "二、主动公开政府信息情况\n| 第二十条第(一)项 | ||||\n| 信息内容 | \n\t\t\t本年新 | \n\t\t\t本年新 | 对外公开总数量 | |\n"
        "| 规章 | 0 | 0 | 0 | |\n| 规范性文件 | 2 | 2 | 7 | |\n| 第二十条第(五)项 | ||||\n"
        "| 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 | |\n| 行政许可 | 0 | +7 | 0 | |\n"
        "三、收到和处理政府信息公开申请情况\n"
    )
    assert read_cells(raw, "template_2019") == {
        "t2_rules_new_made": 0,
        "t2_rules_new_published": 0,
        "t2_rules_published_total": 0,
        "t2_normative_new_made": 2,
        "t2_normative_new_published": 2,
        "t2_normative_published_total": 7,
        "t2_licensing_items_prev_year": 0,
        "t2_licensing_items_delta": 7,
        "t2_licensing_decisions": 0,
    }


def test_procurement_amount_with_wan_alone_is_in_wan_yuan() -> None:
    # fresh42 ab02 as stored: 万 written without 元 after the amount, one cell a line; and in pipe cells
    for raw in (
        "二、主动公开政府信息情况\n\n第二十条第(九)项\n\n信息内容\n\n采购项目数量\n\n采购总金额\n\n政府集中采购\n\n 13\n\n"
        "2601.953875万\n\n三、收到和处理政府信息公开申请情况\n",
        "二、主动公开政府信息情况\n第二十条第(九)项 | ||\n信息内容 | 采购项目数量 | 采购总金额 |\n政府集中采购 | 13 | 2601.953875万 |\n"
        "三、收到和处理政府信息公开申请情况\n",
    ):
        assert read_cells(raw, "template_2019") == {
            "t2_procurement_projects": 13,
            "t2_procurement_amount_yuan": 26_019_538.75,
        }


def test_table_two_row_label_alone_on_the_line_above_its_cells() -> None:
    # fresh40 o15 as stored: each row's label on its own line ending in a bar, its three cells on the next.
    raw = (
        "2021年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第(一)项 | |||\n信息内容 |\n本年制发件数 |\n"
        "本年废止件数 |\n现行有效件数 |\n规章 |\n0 | 0 | 0 |\n行政规范性文件 |\n2 | 1 | 9 |\n第二十条第(五)项 | |||\n"
        "信息内容 |\n本年处理决定数量 | ||\n行政许可 | 114 | ||\n三、行政机关收到和处理政府信息公开申请情况\n"
    )
    assert read_cells(raw, "template_2021") == {
        "t2_rules_made": 0,
        "t2_rules_repealed": 0,
        "t2_rules_in_force": 0,
        "t2_normative_made": 2,
        "t2_normative_repealed": 1,
        "t2_normative_in_force": 9,
        "t2_licensing_decisions": 114,
    }


def test_table_two_row_label_on_the_line_below_its_cells_as_markitdown_prints_it() -> None:
    """markitdown 0.1.9 on the real 2021 template filled and printed by LibreOffice (its tables through pdfplumber):
    规章's label, set a little lower than its cells, falls out of the table below them, its label cell left empty.
    The row below names its own row, so the lone label is this row's; with both labels below one row of cells (the
    other row's cells blank, dropped), which row the cells are is not certain: left out."""
    head = "二、主动公开政府信息情况\n第二十条第（一）项\n| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n| ---- | ------ | ------ | ------ |\n"
    tail = (
        "第二十条第（五）项\n| 信息内容 |      | 本年处理决定数量 |     |\n| ---- | ---- | -------- | --- |\n"
        "| 行政许可 | 8268 |          |     |\n\n三、收到和处理政府信息公开申请情况\n"
    )
    one_below = "|      | 1      | 30     | 248    |\n规章\n| 行政规范性文件 | 29  | 30  | 11  |\n| ------- | --- | --- | --- |\n"
    text, _ = normalize_text(head + one_below + tail)
    rows = {r["metric"]: r for r in read_template(text, "template_2021").rows}
    assert {m: r["value"] for m, r in rows.items()} == {
        "t2_rules_made": 1,
        "t2_rules_repealed": 30,
        "t2_rules_in_force": 248,
        "t2_normative_made": 29,
        "t2_normative_repealed": 30,
        "t2_normative_in_force": 11,
        "t2_licensing_decisions": 8268,
    }
    evidence = text[rows["t2_rules_made"]["evidence_start"] : rows["t2_rules_made"]["evidence_end"]]
    assert "248" in evidence and evidence.endswith("规章")
    both_below = "|      | 0      | 0      | 0      |\n规章\n行政规范性文件\n"
    got = read_cells(head + both_below + tail, "template_2021")
    assert got == {"t2_licensing_decisions": 8268}


# pdfminer.six's text of table 二 as typeset in a PDF (fresh12 r13 through tests/render.py's `typeset`): a page's text
# boxes in its order, each block's caption printed ahead of the block before's column labels and numbers.
PDFMINER_T2 = (
    "二、主动公开政府信息情况\n\n第二十条第（一）项\n\n信息内容\n\n规章\n\n行政规范性文件\n\n第二十条第（五）项\n\n本年制发件数\n\n"
    "本年废止件数\n\n现行有效件数\n\n0\n\n0\n\n0\n\n0\n\n0\n\n0\n\n信息内容\n\n行政许可\n\n本年处理决定数量\n\n239\n\n"
    "第二十条第（六）项\n\n信息内容\n\n行政处罚\n\n行政强制\n\n第二十条第（八）项\n\n本年处理决定数量\n\n3\n\n0\n\n信息内容\n\n"
    "本年收费金额（单位：万元）\n\n行政事业性收费\n\n0\n\n三、收到和处理政府信息公开申请情况\n"
)


def test_table_two_captions_printed_ahead_of_the_block_before_s_numbers_as_pdfminer_orders_boxes() -> None:
    """A block whose caption's stretch holds no number reads on to the next block's first row: its numbers stand
    after the next caption. Read so, each block's numbers follow its labels; a block printed numbers first (its own
    numbers before its labels) keeps its caption's bounds (tests/layouts.py numbers_first)."""
    got = read_cells(PDFMINER_T2, "template_2021")
    assert got == {
        **dict.fromkeys(("t2_rules_made", "t2_rules_repealed", "t2_rules_in_force"), 0),
        **dict.fromkeys(("t2_normative_made", "t2_normative_repealed", "t2_normative_in_force"), 0),
        "t2_licensing_decisions": 239,
        "t2_penalty_decisions": 3,
        "t2_coercion_decisions": 0,
        "t2_admin_fee_revenue_yuan": 0,
    }
    # Six numbers under two rows of three columns that read differently by row and by column: which is which the
    # text does not say, so that block stays out; the blocks of one column land.
    varied = PDFMINER_T2.replace("0\n\n0\n\n0\n\n0\n\n0\n\n0", "1\n\n0\n\n2\n\n3\n\n0\n\n5", 1)
    got = read_cells(varied, "template_2021")
    assert not [m for m in got if m.startswith(("t2_rules", "t2_normative"))]
    assert got["t2_licensing_decisions"] == 239 and got["t2_penalty_decisions"] == 3


def test_procurement_unit_in_a_header_with_a_note_one_cell_a_line() -> None:
    # fresh7 l11: 采购总金额（单位：万元，保留4位小数）; the 4 of the note is no cell.
    raw = (
        "二、主动公开政府信息情况\n\n第二十条第（九）项\n\n信息内容\n\n采购项目数量\n\n采购总金额（单位：万元，保留4位小数）\n\n"
        "政府集中采购\n\n6\n\n137.3\n\n三、收到和处理政府信息公开申请情况\n"
    )
    text, _ = normalize_text(raw)
    got = {r["metric"]: r["value"] for r in read_template(text).rows}
    assert got == {"t2_procurement_projects": 6, "t2_procurement_amount_yuan": 1_373_000}


def test_table_three_excerpt_cut_after_a_label_in_narrow_columns_lends_no_row_another_s_cells() -> None:
    """fresh5 j15's page as a Word file of narrow label columns, through markitdown (pdfplumber's text of a page it
    takes for no form), the page excerpt ending on （二）部分公开(区; figures made distinct (the page's are zeros).
    Rows 一 and 二 print their cells before their labels' words, (一)予以公开 on its label's first line, beside the
    group label's pieces. The label the excerpt ends on has no cells: before, (一)'s cells were read as （二）'s, a
    row off. Rows whose pairing is in doubt stay out; none lands another row's cells."""
    raw = (
        "2020年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n（本 申请\n列数 人情\n据的 况\n勾稽\n关系\n为：\n"
        "第一\n项加\n\n第二\n项之\n和，\n等于\n第三\n项加\n第四\n项之\n和）\n自然 法人 总计\n人 或其\n他组\n织\n"
        "商业 科研 社会 法律 其他\n企业 机构 公益 服务\n组织 机构\n一、 5 1 0 0 0 0 6\n本年\n新收\n政府\n信息\n公开\n申请\n"
        "数量\n二、 1 0 0 0 0 0 1\n上年\n结转\n政府\n信息\n公开\n申请\n数量\n三、 （一 3 0 0 0 0 0 3\n本年 ）予\n"
        "度办 以公\n理结 开\n果\n（二）部分公开(区"
    )
    got = read_cells(raw, "template_2021")
    printed = {
        "new_received": (5, 1, 0, 0, 0, 0, 6),
        "carried_over": (1, 0, 0, 0, 0, 0, 1),
        "granted": (3, 0, 0, 0, 0, 0, 3),
    }
    for metric, value in got.items():
        _, row, column = metric.split(".")
        assert row in printed and value == printed[row][T3_COLUMNS.index(column)], (metric, value)


def test_table_three_row_with_numbers_and_no_total_is_left_out() -> None:
    # fresh8 m09 as stored: two numbers, then empty cells to the row's end — the converter dropped cells, so which
    # columns hold 3 and 3 is not certain. A row printed whole still reads.
    head = (
        "三、收到和处理政府信息公开申请情况\n（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） |\n申请人情况 |\n"
        "自然人 |\n法人或其他组织 |\n总计 |\n商业企业 |\n科研机构 |\n社会公益组织 |\n法律服务机构 |\n其他 |\n"
    )
    raw = (
        head
        + "| 一、本年新收政府信息公开申请数量 | 3 | 3 | | | | | |\n| 二、上年结转政府信息公开申请数量 | 0 | 0 | | | | | |\n"
        "| 三、本年度办理结果 | （一）予以公开 | 2 | 1 | 0 | 0 | 0 | 0 | 3 |\n"
    )
    text, _ = normalize_text(raw)
    rows, notes = read_t3(text, "template_2019")
    got = {r["metric"]: r["value"] for r in rows}
    assert not any(k.startswith("t3.new_received") for k in got)
    assert any("new_received: numbers printed with no 总计" in n for n in notes)
    assert got["t3.granted.natural_person"] == 2 and got["t3.granted.total"] == 3
    # the report itself, one cell a line
    stored, _ = normalize_text((Path(__file__).parent / "data" / "fresh8" / "raw" / "m09.txt").read_text("utf-8"))
    got_stored = {r["metric"] for r in read_t3(stored, "template_2019")[0]}
    assert not any(k.startswith(("t3.new_received", "t3.granted")) for k in got_stored)
    # zeros read the same whichever columns they stand in (a 总计 of 0 makes every cell 0): the printed ones land
    assert {k: v for k, v in got.items() if k.startswith("t3.carried_over")} == {
        "t3.carried_over.natural_person": 0,
        "t3.carried_over.business": 0,
    }


def test_table_two_block_under_the_other_template_s_columns_is_left_out() -> None:
    # fresh8 m23: a 2022 report whose (一) kept the 2019 columns while the rest is the 2021 layout: read as its
    # year's template, the (一) cells stay out (neither template's names are certain), the rest land.
    raw = (
        "2022年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第(一)项 | |||\n"
        "信息内容 | 本年新 制作数量 | 本年新 公开数量 | 对外公开总数量 |\n规章 | 0 | 0 | 0 |\n规范性文件 | 1 | 1 | 5 |\n"
        "第二十条第(五)项 | |||\n信息内容 | 处理决定数量 | ||\n行政许可 | 117 | ||\n"
        "第二十条第(六)项 | |||\n信息内容 | 处理决定数量 | ||\n行政处罚 | 2 | ||\n行政强制 | 0 | ||\n"
        "第二十条第(八)项 | |||\n信息内容 | 本年度收费金额(单位:万元) | ||\n行政事业性收费 | 0 | ||\n"
        "三、收到和处理政府信息公开申请情况\n"
    )
    text, _ = normalize_text(raw)
    report, rows, notes = extract_document("m23", text)
    got = {r["metric"]: r["value"] for r in rows if r["metric"].startswith("t2_")}
    assert report["format_era"] == "template_2021"
    assert got == {
        "t2_licensing_decisions": 117,
        "t2_penalty_decisions": 2,
        "t2_coercion_decisions": 0,
        "t2_admin_fee_revenue_yuan": 0,
    }
    assert sum("not the template's" in n.detail for n in notes) == 2
    # under a 2019-era reading the one-column blocks would not be poured into three columns either
    got19 = {r["metric"]: r["value"] for r in read_template(text, "template_2019").rows}
    assert not any(k.endswith(("_items_prev_year", "_items_delta")) for k in got19)


@pytest.mark.parametrize("delta", ["本年增/", "本年增／", "本年增"])
def test_table_two_delta_header_that_lost_its_last_character(delta: str) -> None:
    # fresh4 i13 as stored (one cell a line): every 本年增/减 header printed without its 减; the slash glued to the
    # label is the label's, not an empty cell.
    block = (
        "第二十条第（五）项\n\n信息内容\n\n上一年项目数量\n\n{d}\n\n处理决定数量\n\n行政许可\n\n2\n\n0\n\n79\n\n"
        "其他对外管理服务事项\n\n0\n\n0\n\n0\n\n第二十条第（六）项\n\n信息内容\n\n上一年项目数量\n\n{d}\n\n处理决定数量\n\n"
        "行政处罚\n\n3\n\n1\n\n50\n\n行政强制\n\n0\n\n0\n\n0\n\n第二十条第（八）项\n\n信息内容\n\n上一年项目数量\n\n{d}\n\n"
        "行政事业性收费\n\n1\n\n0\n\n"
    )
    raw = (
        "二、主动公开政府信息情况\n\n第二十条第（一）项\n\n信息内容\n\n本年新\n制作数量\n\n本年新\n公开数量\n\n对外公开总数量\n\n"
        "规章\n\n0\n\n0\n\n0\n\n规范性文件\n\n0\n\n0\n\n0\n\n"
        + block.format(d=delta)
        + "三、收到和处理政府信息公开申请情况\n"
    )
    text, _ = normalize_text(raw)
    got = {r["metric"]: r["value"] for r in read_template(text).rows}
    want = {
        "t2_licensing_items_prev_year": 2,
        "t2_licensing_decisions": 79,
        "t2_penalty_items_prev_year": 3,
        "t2_penalty_items_delta": 1,
        "t2_penalty_decisions": 50,
        "t2_fee_items_prev_year": 1,
        "t2_fee_items_delta": 0,
    }
    assert {k: got.get(k) for k in want} == want


@pytest.mark.parametrize(
    ("section", "era", "want"),
    [
        # fresh5 j08 as stored: the first block under its column labels with no caption, cells glued to their labels,
        # the other captions without their second 第
        (
            "信息内容本年新制作数量本年新公开数量对外公开总数量\n规章000\n规范性文件120\n第二十条(五)项\n"
            "信息内容上一年项目数量本年增/减处理决定数量\n行政许可305\n其他对外管理服务事项000\n",
            "template_2019",
            {
                "t2_normative_new_made": 1,
                "t2_normative_new_published": 2,
                "t2_normative_published_total": 0,
                "t2_licensing_items_prev_year": 3,
                "t2_licensing_decisions": 5,
            },
        ),
        # fresh5 j10 as stored: 本年增/减 written in words
        (
            "第二十条第(五)项 | |||\n|\n信息内容 |\n上一年项目数量 |\n本年增/减 |\n处理决定数量 |\n|\n行政许可 |\n421 |\n"
            "增1423 |\n1844 |\n|\n其他对外管理服务事项 |\n0 |\n减2 |\n0 |\n",
            "template_2019",
            {"t2_licensing_items_delta": 1423, "t2_licensing_decisions": 1844, "t2_other_mgmt_items_delta": -2},
        ),
        # fresh5 j16 as stored: the table on the line the prose ends on, a count with its unit in the cell
        (
            "及时回应社会关切。二、主动公开政府信息情况第二十条第（一）项 | 信息内容 | 本年制发件数 | 本年废止件数 | "
            "现行有效件数 | 规章 | | | | 行政规范性文件 | 4 | 0 | 4 | 第二十条第（五）项 | 信息内容 | 本年处理决定数量 | "
            "行政许可 | 124件 | 第二十条第（六）项 | 信息内容 | 本年处理决定数量 | 行政处罚 | 7 | 行政强制 | 0 |\n",
            "template_2021",
            {
                "t2_normative_made": 4,
                "t2_normative_in_force": 4,
                "t2_licensing_decisions": 124,
                "t2_penalty_decisions": 7,
            },
        ),
        # fresh5 j11 as stored: two column labels cut to 本年新
        (
            "第二十条第(一)项\n|\n||||\n信息内容\n|\n本年新 |\n本年新 |\n对外公开总数量\n|\n|\n规章\n|\n0\n|\n1\n|\n2\n|\n"
            "规范性文件\n|\n3\n|\n4\n|\n5\n|\n",
            "template_2019",
            {
                "t2_rules_new_published": 1,
                "t2_rules_published_total": 2,
                "t2_normative_new_made": 3,
                "t2_normative_published_total": 5,
            },
        ),
        # fresh6 k09 as stored: 第二十条第(一项), 对外公开数量 without 总
        (
            "第二十条第(一项) |\n|||\n信息内容 |\n本年新制作数量 |\n本年新公开数量 |\n对外公开数量 |\n规章 |\n0 |\n0 |\n0 |\n"
            "规范性文件 |\n2 |\n2 |\n9 |\n第二十条第(五项) |\n|||\n信息内容 |\n上一年项目数量 |\n本年增/减 |\n处理决定数量 |\n"
            "行政许可 |\n4 |\n0 |\n12 |\n",
            "template_2019",
            {"t2_normative_new_made": 2, "t2_normative_published_total": 9, "t2_licensing_decisions": 12},
        ),
    ],
    ids=[
        "headless-first-block",
        "change-in-words",
        "prose-on-the-caption-line",
        "labels-cut-short",
        "caption-bracket-misplaced",
    ],
)
def test_table_two_as_fresh5_printed_it(section: str, era: str, want: dict) -> None:
    text, _ = normalize_text("二、主动公开政府信息情况\n" + section + "三、收到和处理政府信息公开申请情况\n")
    tables = read_template(text)
    got = {r["metric"]: r["value"] for r in tables.rows}
    assert (tables.era, {k: got.get(k) for k in want}) == (era, want)


def _t3_readings(text: str) -> tuple[list, tuple[str, ...]]:
    from tasks.template import table3
    from tasks.template.arithmetic import adds_up, t3_rows
    from tasks.template.grid import units_of
    from tasks.template.tokens import scan_whole

    rows = t3_rows("template_2021")
    sk = scan_whole(text)
    chain = table3._chain(sk, rows)
    start, end = table3._region(sk, chain)
    tokens = [t for t in sk.tokens if start <= t.start < end]
    return units_of(text, chain, tokens, 7, table="三", max_len=7, row_ok=adds_up, subtotal=True), rows


@pytest.mark.parametrize("closes", [True, False])
def test_the_pairing_that_fits_worse_is_cut_only_when_the_best_does_not_close(closes: bool) -> None:
    """Cutting run-together digits is most of a table's cost: when the pairing of labels with the numbers after
    them reads a table that is whole and closes, the pairing with the numbers before them (which fits worse) is
    never cut; when it does not close, both are read and compared."""
    from tasks.template.arithmetic import adds_up, t3_consistent
    from tasks.template.grid import choose_pairing

    text = text_of("d13")
    if not closes:  # 予以公开 22 → 29: its row no longer adds up to its 总计, nor the table to its totals
        text = text.replace("（一）予以公开220000022", "（一）予以公开290000022", 1)
    readings, rows = _t3_readings(text)
    assert len(readings) == 2 and readings[0].fit > readings[1].fit
    choice = choose_pairing(
        readings, lambda t, partial: t3_consistent(t, rows, partial), rows, row_ok=adds_up, table="三"
    )
    assert [r.built for r in readings] == [True, not closes]
    want = {k: v["value"] for k, v in CORPUS["d13"]["metrics"].items() if k.startswith("t3.")}
    got = {f"t3.{r}.{c}": v for r, vals in choice.values.items() for c, v in zip(T3_COLUMNS, vals, strict=True)}
    if closes:
        assert {k: got.get(k) for k in want} == want
    else:
        assert "granted" not in choice.values and choice.notes


def test_a_header_row_broken_after_a_cell_is_joined_and_its_block_read() -> None:
    """fresh9 n22: a page store broke the (一) block's header row after its second cell, each further column label on
    a line of its own ending in its bar; the header is one row again, so the block reads under its own columns."""
    raw = (
        "遂宁市安居区行政审批局2020年度政府信息公开工作年度报告\n二、主动公开政府信息情况\n"
        "| 第二十条第(一)项 | |||\n| 信息内容 | 本年新 制作数量 |\n本年新 公开数量 |\n对外公开总数量 |\n"
        "| 规章 | 0 | 0 | 0 |\n| 规范性文件 | 2 | 2 | 15 |\n"
        "| 第二十条第(五)项 | |||\n| 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |\n"
        "| 行政许可 | 72 | 3 | 40 |\n"
    )
    text, _ = normalize_text(raw)
    assert "| 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |" in text
    _, rows, _ = extract_document("n22", text)
    got = {r["metric"]: r["value"] for r in rows if r["metric"].startswith("t2_")}
    assert {k: got.get(k) for k in ("t2_normative_new_made", "t2_normative_new_published")} == {
        "t2_normative_new_made": 2,
        "t2_normative_new_published": 2,
    }
    assert got.get("t2_normative_published_total") == 15 and got.get("t2_licensing_decisions") == 40


def _t2(raw: str, prefix: str = "t2_") -> dict[str, float | None]:
    """The cells a report's text lands, of table 二 (or of the table whose metric names open with `prefix`)."""
    text, _ = normalize_text(raw)
    _, rows, _ = extract_document("x", text)
    return {r["metric"]: r["value"] for r in rows if r["metric"].startswith(prefix)}


@pytest.mark.parametrize(
    ("made", "in_force"),
    [
        ("本年发件", "现行有效件"),
        ("本年制发件", "现行有效数"),
        ("年制发件数", "现行效件数"),
        ("本年制发件数", "现行有效件数"),
    ],
)
def test_a_column_label_that_lost_a_character_still_heads_its_block(made: str, in_force: str) -> None:
    """fresh10 p01: a page printed 本年制发件数 as 本年发件 (and 现行有效件数 as 现行有效件); any one character of a column
    label may be lost, and the block under it reads."""
    raw = (
        "某市气象局2021年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第(一)项\n\n信息内容\n\n"
        f"{made}\n\n本年废止件数\n\n{in_force}\n\n规章\n\n0\n\n0\n\n0\n\n行政规范性文件\n\n3\n\n1\n\n12\n\n"
        "第二十条第(五)项\n\n信息内容\n\n本年处理决定数量\n\n行政许可\n\n7\n三、收到和处理政府信息公开申请情况\n"
    )
    got = _t2(raw)
    assert {k: got.get(k) for k in ("t2_normative_made", "t2_normative_repealed", "t2_normative_in_force")} == {
        "t2_normative_made": 3,
        "t2_normative_repealed": 1,
        "t2_normative_in_force": 12,
    }
    assert got.get("t2_rules_made") == 0 and got.get("t2_licensing_decisions") == 7


def test_a_label_that_lost_two_characters_is_no_column_label() -> None:
    """Only one character may be lost: 本年件 (two gone) heads nothing, so the block is not read as the template's."""
    raw = (
        "某市气象局2021年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第(一)项\n信息内容\n本年件\n"
        "本年废止件数\n现行有效件数\n规章\n0\n0\n0\n行政规范性文件\n3\n1\n12\n"
    )
    assert "t2_normative_made" not in _t2(raw)


@pytest.mark.parametrize(("cell", "delta"), [("减3", -3), ("增2", 2), ("减少3", -3), ("增加 12", 12)])
def test_a_change_written_in_words_on_its_own_line_is_signed(cell: str, delta: int) -> None:
    """fresh10 p03: 本年增/减 printed as 减3 on its own line, one cell a line; 增 adds, 减 takes away."""
    raw = (
        "某市气象局2020年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第(五)项\n上一年项目数量\n本年增/减\n"
        f"处理决定数量\n行政许可\n6\n{cell}\n3\n其他对外管理服务事项\n第二十条第(九)项\n采购项目数量\n采购总金额\n"
        "政府集中采购\n4\n0.37万元\n三、收到和处理政府信息公开申请情况\n"
    )
    got = _t2(raw)
    assert (got.get("t2_licensing_items_prev_year"), got.get("t2_licensing_items_delta")) == (6, delta)
    assert got.get("t2_licensing_decisions") == 3
    assert (got.get("t2_procurement_projects"), got.get("t2_procurement_amount_yuan")) == (4, 3700)


def test_a_row_label_with_a_gloss_after_its_colon_reads_its_cells() -> None:
    """fresh10 p05: a provincial edition defines each row after a colon (规章：地方行政规章指…的规范性文件。), the
    definition naming the other row; the cells after it are the row's, as cells or as text."""
    gloss_rules = "规章：地方行政规章指各省人民政府根据法律制定和发布的规范性文件。规章的名称一般称“规定”、“办法”。"
    gloss_normative = "规范性文件：是指各级人民政府在法定职权范围内依照法定程序制定、发布的行政措施。"
    cells = (
        "某区文教局2020年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第(一)项 |\n"
        "信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |\n"
        f"| {gloss_rules} | 1 | 1 | 4 |\n| {gloss_normative} | 0 | 2 | 9 |\n三、收到和处理政府信息公开申请情况\n"
    )
    lines = (
        "某区文教局2020年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第(一)项\n信息内容\n本年新制作数量\n"
        f"本年新公开数量\n对外公开总数量\n{gloss_rules}\n1\n1\n4\n{gloss_normative}\n0\n2\n9\n"
        "三、收到和处理政府信息公开申请情况\n"
    )
    want = {
        "t2_rules_new_made": 1,
        "t2_rules_new_published": 1,
        "t2_rules_published_total": 4,
        "t2_normative_new_made": 0,
        "t2_normative_new_published": 2,
        "t2_normative_published_total": 9,
    }
    for raw in (cells, lines):
        got = _t2(raw)
        assert {k: got.get(k) for k in want} == want


def test_table_three_rows_read_with_申请_lost_from_their_labels() -> None:
    """fresh10 p22: 二、上年结转政府信息公开数量 (申请 lost) is still the carried-over row."""
    raw = (
        "某开发区2021年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"
        "| 申请人情况 | ||||||\n| 自然人 | 法人或其他组织 | 总计 |\n"
        "| 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | |\n"
        "| 一、本年新收政府信息公开数量 | 2 | 1 | 0 | 0 | 0 | 0 | 3 |\n"
        "| 二、上年结转政府信息公开数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n"
    )
    got = _t2(raw, "t3.")
    assert got.get("t3.new_received.natural_person") == 2 and got.get("t3.new_received.total") == 3
    assert got.get("t3.carried_over.natural_person") == 1 and got.get("t3.carried_over.total") == 1


@pytest.mark.parametrize("word", ["未增未减", "无增减", "不增不减"])
def test_no_change_said_in_words_is_a_zero_change(word: str) -> None:
    """fresh11 q25: 本年增/减 printed as 未增未减, each row broken after its first cell; the word is the cell 0."""
    raw = (
        "某县退役军人事务局2020年度政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第（五）项 |\n信息内容 |\n"
        f"上一年项目数量 |\n本年增/减 |\n处理决定数量 |\n行政许可 | 4 |\n{word} | 7 |\n其他对外管理服务事项 | 2 |\n"
        f"{word} | 0 |\n"
    )
    got = _t2(raw)
    assert [got.get(f"t2_licensing_{k}") for k in ("items_prev_year", "items_delta", "decisions")] == [4, 0, 7]
    assert [got.get(f"t2_other_mgmt_{k}") for k in ("items_prev_year", "items_delta", "decisions")] == [2, 0, 0]


# A page of a PDF viewer holding table 四 alone (fresh14 u10, u11: 'Page 8 - …年度报告'): no label of tables 二 or 三
# says which template, the report's year does, and the table's own column labels say it is a template report.
T4_PAGE = (
    "Page 8 - 某市某局{year}年政府信息公开工作年度报告\nP. 8\n四、因政府信息公开工作被申请行政复议提起行政诉讼情况\n"
    "行政复议 行政诉讼\n未经复议直接起诉 复议后起诉\n结果 结果 其他 尚未 总\n"
    "维持 纠正 结果 审结 计 结果 结果 其他 尚未 总 结果 结果 其他 尚未 总\n维持 纠正 结果 审结 计 维持 纠正 结果 审结 计\n"
    "{cells}\n五、存在的主要问题及改进情况\n"
)


@pytest.mark.parametrize("year", [2020, 2022])
def test_a_page_holding_table_四_alone_reads_as_its_year_s_template(year: int) -> None:
    cells = "1 0 0 0 1 0 0 0 2 2 0 0 0 0 0"
    got = _t2(T4_PAGE.format(year=year, cells=cells), prefix="t4.")
    assert got["t4.reconsideration.maintained"] == 1 and got["t4.reconsideration.total"] == 1
    assert got["t4.suit_direct.pending"] == 2 and got["t4.suit_direct.total"] == 2
    assert len(got) == 15


def test_本年增_减_written_with_a_backslash_is_the_column() -> None:
    # fresh14 u06: '本年增\减' — the block's header and every row under it read as with the slash
    raw = (
        "某街道2019年度政府信息公开工作报告\n二、主动公开政府信息情况\n第二十条第(一)项\n信息内容\n本年新制作数量\n本年新公开数量\n"
        "对外公开总数量\n规章\n0\n0\n0\n规范性文件\n1\n1\n3\n第二十条第(五)项\n信息内容\n上一年项目数量\n本年增\\减\n处理决定数量\n"
        "行政许可\n5\n2\n40\n其他对外管理服务事项\n0\n0\n0\n"
    )
    got = _t2(raw)
    assert (got["t2_licensing_items_prev_year"], got["t2_licensing_items_delta"], got["t2_licensing_decisions"]) == (
        5,
        2,
        40,
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "四、结转下年度继续办理 2 1 0 0 0 0 3",
            (2, 1, 0, 0, 0, 0, 3),
        ),  # fresh14 u11: the page opens with the last row
        ("四、结转下年度继续办理 2 1 0 0 0 0 4", None),  # its 总计 does not add up: no certain reading
        ("四、结转下年度继续办理 2 1 0 0 0 3", None),  # six cells for seven columns
    ],
)
def test_a_table_三_row_alone_on_its_page_with_its_seven_cells(line: str, expected: tuple | None) -> None:
    raw = f"Page 9 - 某局2020年政府信息公开工作年度报告\nP. 9\n{line}\n四、政府信息公开行政复议、行政诉讼情况\n"
    got = _t2(raw, prefix="t3.carried_forward.")
    cols = ("natural_person", "business", "research", "nonprofit", "legal_service", "other_org", "total")
    assert (tuple(got[f"t3.carried_forward.{c}"] for c in cols) if got else None) == expected


def test_table_two_change_column_headed_ben_nian_du_and_cells_with_their_unit() -> None:
    # fresh44 ad05 as stored: the change column headed 本年度增/减, one cell a line; ad13: cells with their unit 宗,
    # the change signed (-76宗), in Traditional script
    assert read_cells(
        "二、主动公开政府信息情况\n\n第二十条第(五)项\n\n信息内容\n\n上一年项目数量\n\n本年度增/减\n\n处理决定数量\n\n行政许可\n\n40\n\n"
        "-2\n\n35964\n\n其他对外管理服务事项\n\n0\n\n0\n\n0\n\n \n\n三、收到和处理政府信息公开申请情况\n",
        "template_2019",
    ) == {
        "t2_licensing_items_prev_year": 40,
        "t2_licensing_items_delta": -2,
        "t2_licensing_decisions": 35964,
        "t2_other_mgmt_items_prev_year": 0,
        "t2_other_mgmt_items_delta": 0,
        "t2_other_mgmt_decisions": 0,
    }
    assert read_cells(
        "二、主動公開政府信息情況\n第二十條第(六)項 |\n信息內容 | 上一年項目數量 | 本年增/減 | 處理決定數量 |\n"
        "行政處罰 | 200 | -76宗 | 124宗 |\n行政強製 | 0 | 0 | 0 |\n第二十條第(八)項 |\n",
        "template_2019",
    ) == {
        "t2_penalty_items_prev_year": 200,
        "t2_penalty_items_delta": -76,
        "t2_penalty_decisions": 124,
        "t2_coercion_items_prev_year": 0,
        "t2_coercion_items_delta": 0,
        "t2_coercion_decisions": 0,
    }
    # a signed count is a change only in table 二: table 三's cells are counts
    assert cell_value(Cell("-76宗", 0, 4), money=False)[0] is False
    assert cell_value(Cell("-76宗", 0, 4), money=True) == (True, -76.0, "")


def test_table_two_row_with_its_label_lost_lands_only_what_reads_alike_either_way() -> None:
    # fresh47 ag08 as stored: the 规章 label lost, its cells before 行政规范性文件's. Whether a label heads the numbers
    # after it or closes the ones before, the table does not say: the row lands only when both readings agree.
    head = (
        "二、主动公开政府信息情况\n\n第二十条第\n\n信息内容\n\n本年制发件数\n\n本年废止件数\n\n现行有效件数\n\n  \n\n"
    )
    tail = "第二十条第(五)项\n\n信息内容\n\n本年处理决定数量\n\n行政许可\n\n0\n\n"
    same = head + "0\n\n0\n\n0\n\n行政规范性文件\n\n0\n\n0\n\n0\n\n" + tail
    assert read_cells(same, "template_2021") == {
        "t2_normative_made": 0,
        "t2_normative_repealed": 0,
        "t2_normative_in_force": 0,
        "t2_licensing_decisions": 0,
    }
    differ = head + "1\n\n0\n\n5\n\n行政规范性文件\n\n2\n\n0\n\n7\n\n" + tail
    assert read_cells(differ, "template_2021") == {"t2_licensing_decisions": 0}


def test_table_four_s_labels_broken_around_other_cells_end_their_scan(tmp_path: Path) -> None:
    """markitdown's text of a rendered report (d08, as tests/test_layouts.py renders it): table 四's labels broken in
    their cells and run across them ('| 结果 | 结果 | 其他尚未 |' / '| 维持 | 纠正 | 结果审结 |'). The scan for the
    header's end looped forever on a label the run of header words could not take where it stood; it is read, in
    bounded time (in a child process, so a loop fails the test instead of hanging the suite)."""
    markitdown = pytest.importorskip("markitdown")
    from layouts import pdf_of

    path = str(tmp_path / "d08.pdf")
    pdf_of(
        tables_of(load_truth(CORPUS_TRUTH)["d08"]),
        path,
        "平潭综合实验区政府信息公开工作年度报告",
        "全年共主动公开政府信息7700余条。" * 6,
    )
    text = normalize_text(markitdown.MarkItDown().convert(path).text_content)[0]
    assert "| 维持 | 纠正 | 结果审结 |" in text
    code = (
        "import json, sys\nfrom tasks.extract_tables import read_template\n"
        "rows = read_template(sys.stdin.read()).rows\n"
        "print(json.dumps({r['metric']: r['value'] for r in rows if r['metric'].startswith('t4.')}))"
    )
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run(
        [sys.executable, "-c", code], input=text, capture_output=True, text=True, timeout=60, cwd=root, check=True
    )
    cells = json.loads(done.stdout)
    assert len(cells) == 15 and set(cells.values()) == {0}


# --- table 三 as an office suite's PDF gives it (tests/test_office_pdf.py) ---------------------------------------

T3_HEADING = "三、收到和处理政府信息公开申请情况\n（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\n申请人情况\n"


def _by_lines(stem: str, mend: dict[str, str] | None = None) -> str:
    """Table 三 of a corpus report laid out by lines, a row a line ('label 1 0 0 0 0 0 1'), a row's line replaced
    where `mend` gives it (its cells as '{0}'…'{6}')."""
    lines = []
    for row, _, label, cells in tables_of(CORPUS[stem]).t3:
        lines.append((mend or {}).get(row, "{label} {cells}").format(*cells, label=label, cells=" ".join(cells)))
    return T3_HEADING + "\n".join(lines) + "\n"


def _t3_truth(stem: str) -> dict[str, float]:
    return {k: v["value"] for k, v in CORPUS[stem]["metrics"].items() if k.startswith("t3.")}


def test_a_cell_aligned_to_its_box_top_stands_in_its_column() -> None:
    """A PDF laid out by lines prints a cell set to the top of its box on the label's first line and the cells
    centred in theirs a line lower; read in printed order, d13's （二） row was 20 natural persons and a total of 0.
    Each line keeps its own cells' order; the reading that adds up stands, however a normalizer joined the lines."""
    mend = {"partial": "（二）部分公开（区分处理的，只计这一情 {6}\n{0} {1} {2} {3} {4} {5}\n形，不计其他情形）"}
    # (pdfplumber, its lines joined by normalizing: the label's words stand between the total and the other cells)
    joined = {
        "other_no_correction": "1.申请人无正当理由逾期不补正、 {6}行政机关不再处理其政府信息公开{0} {1} {2} {3} {4} {5}申请"
    }
    for text in (_by_lines("d13", mend), _by_lines("d13", joined)):
        got = {r["metric"]: r["value"] for r in read_t3(text, "template_2021")[0]}
        assert {k: got.get(k) for k in _t3_truth("d13")} == _t3_truth("d13")
    # a row's cells wrapped at a line's end after its whole label keep their printed order (no search)
    wrapped = _by_lines("d13", {"partial": "{label} {0} {1} {2}\n{3} {4} {5} {6}"})
    got = {r["metric"]: r["value"] for r in read_t3(wrapped, "template_2021")[0]}
    assert {k: got.get(k) for k in _t3_truth("d13")} == _t3_truth("d13")


def test_lines_that_add_up_in_no_order_are_left_out() -> None:
    """The same layout with a printed error (a total one short): no order of its lines' cells adds up, so the row
    lands nothing — before, its cells landed in printed order, a wrong natural-person count among them."""
    text = _by_lines(
        "d13", {"partial": "（二）部分公开（区分处理的，只计这一情 19\n{0} {1} {2} {3} {4} {5}\n形，不计其他情形）"}
    )
    rows, notes = read_t3(text, "template_2021")
    assert not [r for r in rows if r["metric"].startswith("t3.partial.")]
    assert any("partial" in n and "no order" in n for n in notes)
    # …and so with its lines joined into one, the label going on after the cells
    rows, notes = read_t3(text.replace("情 19\n", "情 19 ").replace("0\n形", "0形"), "template_2021")
    assert not [r for r in rows if r["metric"].startswith("t3.partial.")]


def test_a_row_a_page_break_cut_is_one_row_again() -> None:
    """Word breaks a tall row across two pages: the own PDF reader gives its label's first line with its cells on
    one page ('| … | 2.没 | 0 | … |') and the rest of the label over empty cells on the next. Joined, it is its row;
    a row of blank cells whose label names a row of its own stays that row."""
    group = "| 三、本年度办理结果 | （四）无法提供 | "
    rows_ = []
    for row, _, label, cells in tables_of(CORPUS["d13"]).t3:
        if row == "unable_need_create":
            rows_.append(group + "2.没 | " + " | ".join(cells) + " |")
            rows_.append(group + "有现成信息需要另行制作 |" + " |" * 7)
        else:
            rows_.append(f"| {label} | " + " | ".join(cells) + " |")
    got = {r["metric"]: r["value"] for r in read_t3(T3_HEADING + "\n".join(rows_) + "\n", "template_2021")[0]}
    assert {k: got.get(k) for k in _t3_truth("d13")} == _t3_truth("d13")
    blank = [x.replace(" 0 |", "  |").replace(" 1 |", "  |") if "3.补正后" in x else x for x in rows_]
    got = {r["metric"]: r["value"] for r in read_t3(T3_HEADING + "\n".join(blank) + "\n", "template_2021")[0]}
    assert got["t3.unable_need_create.natural_person"] == 0 and got.get("t3.unable_unclear.total", "blank") is None


def test_row_labels_broken_as_narrow_cells_print_them() -> None:
    """A narrow label column: the row's number alone on its line ('1.' / '属于国…' is no cell 1), a merged label's
    piece on a line of its own inside a row's label ('…要求缴' / '他处理' / '纳费用…', up to four such lines), quotes
    wherever their font put them ('3.危' / '及三“'), and the piece '年度办' of 三、本年度办理结果 right after a row's
    last cell ('…不明确 0 82 0 0 0 0 82年度办': 82 is no year)."""
    from tasks.template.labels import LABEL_RE
    from tasks.template.tokens import scan

    assert [t.text for t in scan("1.\n属\n于国\n家秘密\n0 0 0 0 0 0 0\n").tokens] == ["0"] * 7
    for row, text in (
        ("other_unpaid_fee", "2.申请人逾期未按收费通知要求缴\n他处理\n纳费用、行政机关不再处理其政府信息公开申请"),
        ("not_processed_petition", "（五1.信\n）不\n予处\n理\n访举\n报投\n诉类\n申请"),
        ("denied_security_stability", "3.危\n及三“\n安全\n一稳\n定”"),
    ):
        assert LABEL_RE[row].search(scan(text).skeleton), row
    cells = [t.text for t in scan("3.补正后申请内容仍不明确0 82 0 0 0 0 82年度办\n").tokens]
    assert cells == ["0", "82", "0", "0", "0", "0", "82"]
    assert scan("共办理2020年度办理结果").tokens == []  # a year stays a year


# pdfplumber's text of the real 2021 template filled in and printed by LibreOffice (tests/render.fill_template, the
# made-up report s021 of tests/test_office_pdf.py): a tall row's cells set a line above its label's first line
# (5.要求…), a row's total at its label's first line and its other cells a line lower (1.申请人…, 2.申请人…, a
# piece of the group's label between).
PLUMBER_TALL_ROWS = """\
三、收到和处理政府信息公开申请情况
申请人情况
法人或其他组织
（本列数据的勾稽关系为：第一项加第二项之和，等
自然 商业 科研 社会 法律
于第三项加第四项之和） 总计
人 公益 服务 其他
企业 机构 组织 机构
一、本年新收政府信息公开申请数量 96 3 0 0 0 3 102
二、上年结转政府信息公开申请数量 1 0 0 0 0 0 1
（一）予以公开 1 0 0 0 0 0 1
（二）部分公开（区分处理的，只计这一情 22
22 0 0 0 0 0
形，不计其他情形）
1.属于国家秘密 5 1 0 0 0 2 8
2.其他法律行政法规禁止公开 2 0 0 0 0 0 2
3.危及“三安全一稳定” 0 0 0 0 0 0 0
（三）不 4.保护第三方合法权益 14 0 0 0 0 0 14
予公开 5.属于三类内部事务信息 1 0 0 0 0 0 1
6.属于四类过程性信息 6 0 0 0 0 0 6
7.属于行政执法案卷 4 0 0 0 0 0 4
8.属于行政查询事项 14 0 0 0 0 0 14
1.本机关不掌握相关政府信息 0 1 0 0 0 0 1
（四）无
2.没有现成信息需要另行制作 7 1 0 0 0 0 8
三、本 法提供
3.补正后申请内容仍不明确 0 0 0 0 0 0 0
年度办
1.信访举报投诉类申请 6 0 0 0 0 0 6
理结果
2.重复申请 0 0 0 0 0 0 0
3.要求提供公开出版物 0 0 0 0 0 0 0
（五）不
予处理 4.无正当理由大量反复申请 6 0 0 0 0 0 6
2 0 0 0 0 0 2
5.要求行政机关确认或重新出具已
获取信息
1.申请人无正当理由逾期不补正、 0
行政机关不再处理其政府信息公开 0 0 0 0 0 0
申请
（六）其
2.申请人逾期未按收费通知要求缴 6
他处理
纳费用、行政机关不再处理其政府 6 0 0 0 0 0
信息公开申请
3.其他 1 0 0 0 0 1 2
（七）总计 97 3 0 0 0 3 103
四、结转下年度继续办理 0 0 0 0 0 0 0
四、政府信息公开行政复议、行政诉讼情况"""


def test_tall_rows_as_pdfplumber_prints_them_read_cell_for_cell() -> None:
    """Read by lines, 4.无正当… took 5.要求…'s cells as well (14 cells, left out) and the 其他处理 rows' labels,
    joined around their cells, were no labels: 28 cells lost, in 6 of the 34 filled templates."""
    text, log = normalize_text(PLUMBER_TALL_ROWS)
    assert log.get("cells_moved_after_their_label") == 1
    _, rows, notes = extract_document("x", text)
    got = {r["metric"]: r["value"] for r in rows}
    want = {
        "not_processed_mass_repeat": (6, 0, 0, 0, 0, 0, 6),
        "not_processed_confirm": (2, 0, 0, 0, 0, 0, 2),
        "other_no_correction": (0, 0, 0, 0, 0, 0, 0),
        "other_unpaid_fee": (6, 0, 0, 0, 0, 0, 6),
        "other_misc": (1, 0, 0, 0, 0, 1, 2),
        "partial": (22, 0, 0, 0, 0, 0, 22),
    }
    for row, cells in want.items():
        assert tuple(got.get(f"t3.{row}.{c}") for c in T3_COLUMNS) == cells, (row, notes)


def test_a_table_printed_twice_lands_each_cell_once_and_a_torn_cell_not_at_all() -> None:
    """A page that prints table 二's first block twice (a report that repeats it, a save that doubled it): cells
    read alike land once; 规章's 本年制发件数, 1 in one copy and 3 in the other, lands neither (both landed before,
    two answers for one cell)."""
    block = "第二十条第（一）项\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n规章 | {} | 0 | 0 |\n行政规范性文件 | 2 | 0 | 5 |\n"
    text = normalize_text(
        "二、主动公开政府信息情况\n"
        + block.format(1)
        + "第二十条第（五）项\n信息内容 | 本年处理决定数量 |\n行政许可 | 7 |\n"
        + block.format(3)
        + "三、收到和处理政府信息公开申请情况\n"
    )[0]
    result = read_template(text, "template_2021")
    metrics = [r["metric"] for r in result.rows]
    assert len(metrics) == len(set(metrics)) and "t2_rules_made" not in metrics
    assert {r["metric"]: r["value"] for r in result.rows}["t2_normative_in_force"] == 5
    assert any("t2_rules_made read twice with different values" in n for n in result.notes)
