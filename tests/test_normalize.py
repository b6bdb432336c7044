"""Normalization: each phenomenon on real text, encodings, seeds' musts, idempotency."""

from __future__ import annotations

import codecs
import re
import subprocess
import tempfile
import unicodedata
from pathlib import Path

import opencc
import pytest
from conftest import CORPUS_RAW, SAMPLES, SEED_TRUTH, load_truth
from hypothesis import example, given, settings
from hypothesis import strategies as st

from tasks import rules
from tasks.ingest import UndecodableError, decode
from tasks.normalize import (
    ASCII_PUNCT_CJK,
    CJK,
    CLAUSE_BREAKS,
    MARK,
    PINYIN_SYLLABLE,
    T2S_PHRASE,
    _drop_furniture_lines,
    _fold_mark,
    _fold_parentheses,
    _separator,
    _t2s_where_needed,
    char_classes,
    contains,
    drop_doubled_body,
    mojibake_runs,
    normalize_text,
    normalize_texts,
    remove_residue,
    repair_mojibake,
    split_crawler_header,
    strip_pinyin,
    unwrap_hard_lines,
)
from tasks.normalize import T2S as T2S_CHANGES

T2S = opencc.OpenCC("t2s.json")


def norm(text: str) -> str:
    return normalize_text(text)[0]


CASES = [
    # id, input (real text from the seeds and corpus), must contain, must not contain
    ("pinyin_after_characters", "2018年政府信息公開工作年度報(bào)告", "2018年政府信息公开工作年度报告", "(bào)"),
    (
        "pinyin_keeps_real_parentheses",
        "本報(bào)告根據(jù)《條例》(以下簡稱《條例》)制作(http://earthversus.com)",
        "（以下简称《条例》）",
        "(bào)",
    ),
    (
        # an annotating mirror also doubles a mark after a clause (fresh44 ad20)
        "doubled_marks_of_an_annotating_mirror",
        "本報(bào)告根據(jù)要求編(biān)制,,使用數據統計時間為2023年,。如對本報告有疑問,,請與宣城市殘疾人聯合會聯系",
        "要求编制，使用数据统计时间为2023年。如对本报告有疑问，请与",
        "，，",
    ),
    ("mojibake_gbk_one_byte_shift", "?。ㄒ唬┩晟企w制機(jī)制,落實(shí)工作責(zé)任。", "（一）完善体制机制", "ㄒ"),
    ("mojibake_unrecoverable_is_marked", "?。ㄈ┩貙捁_渠道,方便公眾查閱。", MARK + "渠道", "ㄈ"),
    (
        "taiwan_phrases_back_to_mainland",
        "全市共主動公開政府信息115144條。其中,制發規範性檔案272件,當面申請28件,網路申請33件,計畫、過程、結果。",
        "规范性文件272件",
        "档案",
    ),
    (
        "taiwan_network_application",
        "當面申請28件,網路申請33件,信函申請51件。全市資訊公開,政府檔案。",
        "网络申请33件",
        "网路",
    ),
    (
        "mainland_traditional_keeps_mainland_words",
        "嚴格履行法定程序,規範性文件一律公開,審批程序公開。",
        "法定程序",
        "进程",
    ),
    (
        "taiwan_phrases_keep_mainland_words",
        "將政府信息公開工作列入重要議事日程和工作目標,召開會議,下發檔案。網路申請33件,全市資訊公開。",
        "工作列入重要议事日程",
        "任务栏",
    ),
    (
        "taiwan_phrases_keep_mainland_materials",
        "有的單位通過圖書館、公共查閱室、資料索取點、公開欄公開政府信息。網路申請33件,計畫,全市資訊公開。",
        "图书馆、公共查阅室、资料索取点",
        "数据索取点",
    ),
    (
        "ascii_full_stop",
        "一.概述\n全年主动公开政府信息1234条.其中网站公开1.5万条.2019年.",
        "1234条。其中网站公开1.5万条。2019年。",
        "一。",
    ),
    ("thousands_separators", "行政事业性收费7,816万元，主动公开政府信息12,345条，1,2,3项。", "收费7816万元", "12,345"),
    (
        "quotes_one_form",
        '危及「三安全一稳定」的2件，通过"平潭发布"微信公众号发布信息672条。"ABC"',
        "危及“三安全一稳定”",
        "「",
    ),
    (
        "mainland_traditional_keeps_archives",
        "利用區檔案館、圖書館等場所,線上線下解答群眾關切問題。",
        "区档案馆",
        "文件馆",
    ),
    (
        "taiwan_phrases_keep_mainland_verbs",
        "同時,建立健全輿情收集機制,網路申請33件,全市資訊公開,政府檔案。",
        "建立健全",
        "创建",
    ),
    (
        "residue_lines_removed",
        "全市共受理申请112件。\n\n相關詞條\n\n熱門詞條\n\n聯絡我們\n",
        "受理申请112件",
        "相关词条",
    ),
    ("residue_print_at_paragraph_end", "不断提升政府信息公开业务水平。 打印", "业务水平。", "打印"),
    (
        "word_bookmark",
        "[bookmark: _GoBack]2017年，全市各部门共受理政府信息公开申请2件。",
        "受理政府信息公开申请2件",
        "_GoBack",
    ),
    ("html_comment", "<!--[if !supportLists]-->1.门户网站<!--[endif]-->", "1.门户网站", "supportLists"),
    ("fullwidth_digits", "主动公开政府信息１２３条", "主动公开政府信息123条", "１２３"),
    ("stray_space_before_unit", "单位申请188 件，微信公众号发布信息 4720条", "单位申请188件", "188 件"),
    (
        "crawler_header",
        "标题: 平潭县财政局2009年度报告\n发布时间: 2010-05-12 00:00\n==================== 正文 ====================\n"
        "2009年，为确保我局政府信息可以全面公开。",
        "2009年，为确保",
        "发布时间",
    ),
    (
        "breadcrumb_glued_before_title",
        "当前位置： 首页政务公开政府信息公开平潭综合实验区市场监督管理局政府信息公开年报 平潭综合实验区市场监督管理局2020年度政府信息公开工作年度报告",
        "平潭综合实验区市场监督管理局2020年度",
        "年报平潭",
    ),
    (
        "doubled_body",
        ("2017年，全市共受理政府信息公开申请2件，均已按时办结。\n全年未发生行政复议。\n" * 2),
        "申请2件",
        None,
    ),
]


@pytest.mark.parametrize(("case_id", "raw", "must", "must_not"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case_id: str, raw: str, must: str, must_not: str | None) -> None:
    out = norm(raw)
    assert must in out, out
    if must_not:
        assert must_not not in out, out
    if case_id == "doubled_body":
        assert out.count("受理政府信息公开申请2件") == 1


def test_cases_cover_every_phenomenon() -> None:
    ids = {c[0] for c in CASES}
    for needed in (
        "pinyin",
        "mojibake",
        "taiwan",
        "mainland_traditional",
        "residue",
        "fullwidth",
        "crawler",
        "doubled",
        "breadcrumb",
    ):
        assert any(needed in i for i in ids), needed


def test_radicals_a_pdf_gave_for_ideographs_read_as_the_ideographs() -> None:
    """A PDF's text layer that names the Kangxi radical ⼀ (U+2F00) or the simplified radical ⻓ (U+2ED3) for the
    glyph it shares with 一 or 长: read as the ideographs, before headings, labels and the script are read (⻑ is
    長, which t2s makes 长). A component form drawn otherwise than any ideograph (⺍ U+2E8D) is left as it is."""
    raw = "⼀、总体情况\n2020年，本局通过⻔户⽹站主动公开政府信息⼀百条。\n⾏政许可 ⼆ 0 0 0\n⻓沙市⺠政局 ⻑ ⺍\n"
    text, log = normalize_text(raw)
    assert text.splitlines()[:2] == ["一、总体情况", "2020年，本局通过门户网站主动公开政府信息一百条。"]
    assert "行政许可" in text and "长沙市民政局长 ⺍" in text
    assert log["radicals_folded"] == 9
    assert normalize_text(text)[0] == text
    assert "radicals_folded" not in normalize_text("一、总体情况\n")[1]


def test_characters_a_simulated_bold_printed_twice_read_once() -> None:
    """pdfplumber's and pdfminer.six's text of a title or heading printed twice a fraction of a point apart: every
    character doubled. A run of four or more doubled characters, three of them ideographs, is read once; the pairs
    that are words of their own (层层, 事事处处, 一一对应, 00) stay."""
    raw = (
        "某某某某镇镇22002233年年政政府府信信息息公公开开工工作作年年度度报报告告\n一一、、总总体体情情况况\n"
        "2023年，本镇层层落实，做到事事处处公开、一一对应，主动公开政府信息120条，经费100000元。\n"
    )
    text, log = normalize_text(raw)
    assert text.splitlines()[:2] == ["某某镇2023年政府信息公开工作年度报告", "一、总体情况"]
    assert "层层落实，做到事事处处公开、一一对应" in text and "100000元" in text
    assert log["overprinted_characters_removed"] == 26
    assert normalize_text(text)[0] == text


SEEDS = load_truth(SEED_TRUTH)


@pytest.mark.parametrize("stem", sorted(SEEDS))
def test_seed_musts_and_simplified(stem: str) -> None:
    text = norm(decode((SAMPLES / f"{stem}.txt").read_bytes()).text)
    truth = SEEDS[stem]
    for s in truth["normalized_must_contain"]:
        assert s in text
    for s in truth["normalized_must_not_contain"]:
        assert s not in text
    assert T2S.convert(text) == text


def test_pinyin_removal_counts_on_seed_002() -> None:
    raw = decode((SAMPLES / "002_e3436ed2472bee66.txt").read_bytes()).text
    out, n = strip_pinyin(raw)
    assert n > 200 and "(bào)" not in out and "(http://earthversus.com)" in out


def reference_strip_pinyin(text: str) -> tuple[str, int]:
    """The rule in plain steps: '(' + 1–6 pinyin letters + ')' right after a Han character goes when its
    letters, tone marks dropped, are one syllable, and it bears a tone mark or the text has three toned ones."""
    toned_letters = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
    found = [
        m
        for m in re.finditer(rf"\(([a-zü{toned_letters}]{{1,6}})\)", text)
        if m.start() > 0 and "\u4e00" <= text[m.start() - 1] <= "\u9fff"
    ]
    toned = sum(1 for m in found if any(c in toned_letters for c in m.group(1)))
    out, last, count = [], 0, 0
    for m in found:
        bare = "".join(c for c in unicodedata.normalize("NFD", m.group(1)) if not unicodedata.combining(c))
        has_tone = any(c in toned_letters for c in m.group(1))
        if re.fullmatch(PINYIN_SYLLABLE, bare) and (has_tone or toned >= 3):
            out.append(text[last : m.start()])
            last, count = m.end(), count + 1
    return "".join(out) + text[last:], count


SYLLABLES = ["bào", "gao", "shù", "ju", "lǜ", "lü", "zhuāng", "er", "gong", "xīn", "a", "ō", "qiōng", "yuán", "nv"]
ANNOTATION = st.builds(
    "({})".format,
    st.one_of(
        st.sampled_from(SYLLABLES), st.text(alphabet="bcdghjlmnqswxyzaeiouüvāáǎàōǒěèíǐùǚǜ", min_size=1, max_size=7)
    ),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(list("報告數據公开 ,a(1)")), ANNOTATION), max_size=30))
def test_pinyin_rule_matches_its_plain_statement(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert strip_pinyin(text) == reference_strip_pinyin(text)


def test_mojibake_repairs_two_headings_of_seed_002() -> None:
    raw = decode((SAMPLES / "002_e3436ed2472bee66.txt").read_bytes()).text
    _out, fixed, marked = repair_mojibake(raw)
    assert (fixed, marked) == (2, 2)


ALL_INPUTS = sorted(SAMPLES.glob("*.txt")) + sorted(CORPUS_RAW.glob("*.txt"))


@pytest.mark.parametrize("path", ALL_INPUTS, ids=[p.stem for p in ALL_INPUTS])
def test_idempotent_on_real_reports(path) -> None:
    once = norm(decode(path.read_bytes()).text)
    assert norm(once) == once


def test_a_batch_normalizes_each_report_as_alone() -> None:
    """The batch runs pass by pass over all its documents; no document may see another's state. Each real
    report twice, in a different order the second time."""
    texts = [decode(p.read_bytes()).text for p in ALL_INPUTS]
    texts += texts[::-1]
    assert normalize_texts(texts) == [normalize_texts([t])[0] for t in texts]


REAL_LINES = [ln for p in ALL_INPUTS for ln in decode(p.read_bytes()).text.splitlines() if len(ln) > 10][:400]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(REAL_LINES), min_size=1, max_size=6),
    st.text(alphabet="　 ,:;()（）0123456789１２３政府信息公开條報告网络申请打印\n", max_size=40),
)
# a count's unit in the traditional script opening the next line ('…信0' / '條;'): joined only once simplified, on a
# second pass, before the cut-count pass knew 條
@example(lines=["报告电子版可在昭通市人民政府门户网站(http://www.zt.gov.cn/)查询下载。"], noise="信0\n條;")
def test_idempotent_on_generated_text(lines: list[str], noise: str) -> None:
    once = norm("\n".join(lines) + noise)
    assert norm(once) == once


@pytest.mark.parametrize(
    ("encoding", "stem"),
    [
        ("gb18030", "000_ee6de2f55f2ec1aa"),
        ("gb18030", "004_ad8af40d0a921405"),
        ("big5", "001_f8b3f872fb9b29ea"),
        ("utf-16", "003_34c935c833bcbbd6"),
        ("utf-8-sig", "000_ee6de2f55f2ec1aa"),
        # No byte-order mark: Chinese UTF-16 has NUL bytes only beside ASCII, never a binary file's pattern.
        ("utf-16-le", "003_34c935c833bcbbd6"),
        ("utf-16-be", "004_ad8af40d0a921405"),
        ("hz", "000_ee6de2f55f2ec1aa"),
    ],
)
def test_reencoded_reports_normalize_identically(encoding: str, stem: str) -> None:
    original = (SAMPLES / f"{stem}.txt").read_bytes()
    text = original.decode("utf-8")
    data = text.encode(encoding)
    decoded = decode(data)
    assert decoded.text.lstrip("\ufeff") == text
    assert norm(decoded.text) == norm(text)


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
        b"",
        b"plain ascii text, not a report at all\n" * 20,
    ],
    ids=["png", "empty", "ascii"],
)
def test_non_reports_are_rejected_with_a_reason(data: bytes) -> None:
    with pytest.raises(UndecodableError) as err:
        decode(data)
    assert str(err.value)


@pytest.mark.parametrize("misread_as", ["latin-1", "gbk"])
def test_report_once_misread_and_saved_again_is_ingested_and_read_back(misread_as: str) -> None:
    """Seed 000's UTF-8 read as Latin-1 (no Chinese character left) or as GBK, saved again as UTF-8: a report
    still, and normalization reads its bytes back (GBK loses the bytes it could not pair; those are marked)."""
    original = (SAMPLES / "000_ee6de2f55f2ec1aa.txt").read_bytes()
    saved = original.decode("utf-8").encode("utf-8").decode(misread_as, errors="replace").encode("utf-8")
    text, log = normalize_text(decode(saved).text)
    assert log["double_decoding_undone"] == f"utf-8 read as {misread_as}"
    if misread_as == "latin-1":
        assert text == norm(original.decode("utf-8"))
    else:
        han = len(re.findall("[\u4e00-\u9fff]", text))
        assert text.count("政府信息") > 20 and 0 < text.count(MARK) < 0.25 * han
        assert not set("锛銆鈥鏀垮簻") & set(text)


def test_pdf_line_breaks_inside_sentences_go() -> None:
    """Seed 000 broken at 30 characters, as a PDF's text layer gives it: every sentence whole again, the page
    number gone, and the paragraph ends kept."""
    raw = decode((SAMPLES / "000_ee6de2f55f2ec1aa.txt").read_bytes()).text
    lines = [line[i : i + 30] for line in raw.split("\n") for i in range(0, max(len(line), 1), 30)]
    lines.insert(20, "— 2 —")
    text, log = normalize_text("\n".join(lines))
    assert log["hard_line_breaks_removed"] > 50
    assert "市级受理政府信息公开申请3件，予以答复3件，其中属已主动公开1件" in text and "— 2 —" not in text
    assert text.count("\n") >= norm(raw).count("\n") - 2 and norm(text) == text
    # A heading never continues the line above it, even a full one.
    heading = unwrap_hard_lines(
        "\n".join(
            ["全市各级行政机关认真贯彻落实政府信息公开条例要求不断推进工作开展"] * 10
            + ["二、主动公开政府信息情况", "全年主动公开政府信息1234条。"]
        )
    )[0]
    assert "\n二、主动公开政府信息情况\n" in heading


@pytest.mark.parametrize(
    ("cut", "whole"),
    [
        ("电子邮箱：xzqzhengwugong|kai@163.com。", "xzqzhengwugongkai@163.com"),
        ("邮箱：qbqlyj@qinzhou.go|v.cn，地址：", "qbqlyj@qinzhou.gov.cn"),
        ("网址：http://www.gxgg.|gov.cn/）全文公开", "http://www.gxgg.gov.cn/"),
        ("联系电话：0839-6600296|6，传真：", "0839-66002966"),
        ("行政许可72804|76424件", "72804 76424"),  # two numbers: two cells, apart
    ],
)
def test_a_pdf_line_break_inside_an_address_or_a_number_joins_it_as_it_was(cut: str, whole: str) -> None:
    """The page's width cuts an e-mail or web address or a telephone number as it cuts words: joined without a
    space; two numbers that meet at the break stay apart."""
    head, tail = cut.split("|")
    filler = "全市各级行政机关认真贯彻落实政府信息公开条例要求不断推进工作开展工作"
    width = len(filler)
    first = (filler + head)[-width:] if len(head) < width else head
    lines = [filler] * 10 + [first, tail + "。"]
    assert whole in unwrap_hard_lines("\n".join(lines))[0]


@pytest.mark.parametrize("path", ALL_INPUTS, ids=[p.stem for p in ALL_INPUTS])
def test_reports_with_their_own_line_breaks_are_not_unwrapped(path) -> None:
    """Paragraph-per-line pages, one cell per line tables and wrapped-looking lists keep every line break."""
    raw = decode(path.read_bytes()).text
    assert "hard_line_breaks_removed" not in normalize_text(raw)[1]


def test_utf16_without_bom_cut_short_is_still_a_report() -> None:
    text = (SAMPLES / "003_34c935c833bcbbd6.txt").read_text("utf-8")
    decoded = decode(text.encode("utf-16-le")[:-1])
    assert decoded.encoding == "utf_16_le" and decoded.text[:-1] == text[:-1]


def test_utf16_bom_detected() -> None:
    assert decode(codecs.BOM_UTF16_LE + "政府信息公开".encode("utf-16-le") * 10).text.startswith("政府信息公开")


def _opencc_dictionary(name: str) -> dict[str, str]:
    """An installed OpenCC dictionary as text, through the opencc_dict tool that ships in the wheel."""
    tool = Path(opencc.__file__).parent / "clib" / "bin" / "opencc_dict"
    source = Path(opencc.__file__).parent / "clib" / "share" / "opencc" / f"{name}.ocd2"
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / f"{name}.txt"
        subprocess.run([str(tool), "-i", str(source), "-o", str(out), "-f", "ocd2", "-t", "text"], check=True)
        pairs = (line.split("\t") for line in out.read_text("utf-8").splitlines())
        return {key: values.split(" ")[0] for key, values in pairs}


def test_taiwan_phrases_come_from_opencc() -> None:
    """Each phrase turned back is OpenCC's own reverse mapping."""
    reverse = _opencc_dictionary("TWPhrasesRev")
    for taiwan, mainland in rules.TAIWAN_PHRASES_BACK:
        assert reverse.get(taiwan) == mainland, taiwan


def test_t2s_shortcut_covers_every_phrase_of_the_dictionary() -> None:
    """Text without a t2s character or a phrase character passes t2s unchanged, so it may skip OpenCC:
    every phrase that t2s rewrites must hold one of them."""
    phrases = _opencc_dictionary("TSPhrases")
    assert len(phrases) > 100
    rewritten = [key for key, value in phrases.items() if value != key]
    uncovered = [key for key in rewritten if not char_classes(key) & (T2S_CHANGES | T2S_PHRASE)]
    assert uncovered == []
    # and the phrase characters are needed: without them, these phrases would slip through
    assert any(not any(T2S.convert(ch) != ch for ch in key) for key in rewritten)
    # a clause converts alone as it does inside the text only if no entry spans a clause break
    for name in ("TSPhrases", "TSCharacters", "TSCharactersExt", "CJK_Compatibility_Ideographs"):
        assert not [key for key in _opencc_dictionary(name) if CLAUSE_BREAKS & set(key)]


@pytest.mark.parametrize("path", ALL_INPUTS[:12], ids=[p.stem for p in ALL_INPUTS[:12]])
def test_t2s_shortcut_agrees_with_opencc_on_real_reports(path) -> None:
    for text in (decode(path.read_bytes()).text, norm(decode(path.read_bytes()).text)):
        skip = not char_classes(text) & (T2S_CHANGES | T2S_PHRASE)
        assert skip <= (T2S.convert(text) == text)


@pytest.mark.parametrize("pattern", [p for p, _ in rules.RESIDUE_LINES])
@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_first_chars_holds_for_every_furniture_line(pattern: str, data) -> None:
    """The line filter only skips lines no furniture pattern can match."""
    line = data.draw(st.from_regex(f"(?:{pattern})", fullmatch=True).map(str.strip).filter(bool))
    assert rules.RESIDUE_LINE_RE.match(line) is None or line[0] in rules.RESIDUE_LINE_FIRST


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"(【)?(打印|关闭)(】)?", {"【", "打", "关"}),
        (r"\|+", {"|"}),
        (r"(?:ab)?c", {"a", "c"}),
        (r"x(?=y)", {"x"}),
        (r"\s*x", None),
        (r"[^a]", None),
        (r"=+\s*正文", {"="}),
    ],
)
def test_first_chars_reads_patterns(pattern: str, expected) -> None:
    assert rules.first_chars(pattern) == (None if expected is None else frozenset(expected))


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"<!--.*?-->", "<!--"),
        (r"<!\[(?:if|endif)", "<!["),
        (r"打印(?<=。打印)$", "打印"),
        (r"(?:ab)c", "abc"),
        (r"(ab)c", ""),
        (r"微信(?:\s+微博)+", "微信"),
        (r"a?b", ""),
    ],
)
def test_literal_prefix_reads_patterns(pattern: str, expected: str) -> None:
    assert rules.literal_prefix(pattern) == expected


INLINE_PIECES = sorted(
    {t for ts, _, _ in rules.RESIDUE_INLINE for t in ts} | {"微信\n微博", "<p>", "&nbsp;", "。", "\n"}
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(st.sampled_from(INLINE_PIECES), st.text(alphabet="信微博空间QQ打印关闭 \n:：-来源时间1", max_size=4)),
        max_size=14,
    )
)
def test_inline_rules_run_as_their_triggers_say(pieces: list[str]) -> None:
    """Each inline rule runs when the text holds one of its triggers, whatever the class bits and skipped
    searches leave out."""
    text = expected = "".join(pieces)
    for triggers, rx, _ in rules.RESIDUE_INLINE:
        if any(t in expected for t in triggers):
            expected = re.sub(rx, "", expected, flags=re.MULTILINE)
    assert remove_residue(text)[0] == _drop_furniture_lines(expected)[0]


MOJIBAKE_RUN = re.compile(
    r"\??[^\x00-\x7f\n]*?[\u3105-\u312f\u2500-\u257f\ufe50-\ufe6f\u01d5-\u01dc\ue000-\uf8ff][^\x00-\x7f\n]*[\x21-\x7e]?"
)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="?a! \n。（一）完善體制ㄒ唬┩╱ǖ\ue000𠀀", max_size=60))
def test_mojibake_runs_are_the_regex_matches(text: str) -> None:
    assert mojibake_runs(text) == [m.span() for m in MOJIBAKE_RUN.finditer(text)]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "回覆",
                "答覆",
                "全覆盖",
                "打坏",
                "深沈",
                "明瞭",
                "沈阳",
                "瞭解到",
                "反反覆覆",
                "覆",
                "著",
                "乾隆",
                "發展",
                "後",
                "。",
                "，",
                "\n",
                "工作",
                "的",
                "1",
                "政府信息公开工作年度报告依申请公开政府信息情况" * 3,
            ]
        ),
        max_size=25,
    )
)
def test_t2s_where_needed_equals_t2s(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _t2s_where_needed(text) == T2S.convert(text)


FURNITURE = [
    "打印",
    " 【关闭】 ",
    "相关词条",
    "字号：大 中 小",
    "分享到：微信",
    "当前位置：首页 > 信息公开",
    "|||",
    "=== 正文 ===",
]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.one_of(st.sampled_from(FURNITURE), st.sampled_from(REAL_LINES), st.just(""), st.just(" ")), max_size=12)
)
def test_furniture_lines_dropped_as_a_line_by_line_check_would(lines: list[str]) -> None:
    text = "\n".join(lines)
    kept = [
        ln for ln in lines if not (ln.strip() and len(ln.strip()) <= 100 and rules.RESIDUE_LINE_RE.match(ln.strip()))
    ]
    assert _drop_furniture_lines(text) == ("\n".join(kept), len(lines) - len(kept))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["=", "==", " ", "\n", "正文", "正", "文", "标题：x", "a"]), max_size=16))
def test_separator_found_as_the_line_anchored_search_finds_it(pieces: list[str]) -> None:
    text = "".join(pieces)
    expected = rules.CRAWLER_SEPARATOR_RE.search(text)
    found = _separator(text)
    assert (found and found.span()) == (expected and expected.span())


def reference_split_crawler_header(text: str) -> tuple[str, dict[str, str]]:
    """The header rule in plain steps: before a separator line, every `key: value` line; without one, the
    `key: value` lines that open the text (blank lines between them allowed), when there are two or more."""
    fields: dict[str, str] = {}
    sep = rules.CRAWLER_SEPARATOR_RE.search(text)
    lines = text[: sep.start()].splitlines() if sep else text.split("\n")
    consumed = 0
    for line in lines:
        m = rules.CRAWLER_HEADER_LINE_RE.match(line)
        if m:
            fields[m.group(1).replace(" ", "")] = m.group(2).strip()
        elif not sep and line.strip():
            break
        consumed += 1
    if sep:
        return text[sep.end() :], fields
    if len(fields) < 2:
        return text, {}
    return "\n".join(lines[consumed:]) if consumed < len(lines) else "", fields


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "标题：年度报告",
                "发布时间: 2020-01-01",
                " 索 引 号：x",
                "• 来源：市政府",
                "\n",
                "\n",
                "  ",
                "正文",
                "=== 正文 ===",
                "全市受理申请12件。",
                "\u3000",
                "来源",
                "：",
                "\r",
            ]
        ),
        max_size=12,
    )
)
def test_crawler_header_split_as_the_plain_rule(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert split_crawler_header(text) == reference_split_crawler_header(text)


def reference_drop_doubled_body(text: str) -> tuple[str, bool]:
    """The doubled-body rule in plain steps: two equal halves, or a repeated tail of five or more lines that holds
    words; a copy made of table rows alone, or a tail of bare cells at least as many as its lines of words, is a
    table's equal rows."""

    def rows_only(copy: list[str]) -> bool:
        return all(line.startswith("| ") and line.rstrip().endswith(" |") for line in copy if line.strip())

    stripped = text.strip()
    n = len(stripped)
    for mid in range(n // 2 - 3, n // 2 + 4) if n > 40 else ():
        if stripped[mid] == stripped[0] or stripped[mid].isspace():
            a, b = stripped[:mid].strip(), stripped[mid:].strip()
            if a and a == b and not rows_only(a.split("\n")):
                return a, True
    lines = stripped.split("\n")
    k = len(lines)
    for size in range(k // 2, 4, -1):
        tail = lines[k - size :]
        words = any("\u4e00" <= ch <= "\u9fff" for line in tail for ch in line)
        worded = [line for line in tail if any("\u4e00" <= ch <= "\u9fff" for ch in line)]
        cells = [line for line in tail if re.fullmatch(r"[+\-−]?[\d.,]+[\u4e00-\u9fff%]{0,2}", line.strip())]
        if tail == lines[k - 2 * size : k - size] and not rows_only(tail) and words and len(cells) < len(worded):
            return "\n".join(lines[: k - size]), True
    return text, False


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["全年受理申请12件。", "一、概述", "", "打印", "a", "0", "2020年1月20日", "| 0 | 0 |", "| 规章 | 1 |"]
        ),
        max_size=16,
    ),
    st.integers(min_value=0, max_value=10),
)
def test_doubled_body_found_as_the_plain_rule_finds_it(lines: list[str], repeat: int) -> None:
    lines = lines + lines[len(lines) - repeat :] if repeat <= len(lines) else lines
    text = "\n".join(lines)
    assert drop_doubled_body(text) == reference_drop_doubled_body(text)


def test_table_rows_of_bare_cells_at_the_end_are_not_a_doubled_tail() -> None:
    # fresh4 i18: table 三's last rows print one zero a line; the repeated zeros are cells, not a second copy.
    rows = [
        "1.属于国家秘密",
        *["", "0"] * 7,
        "",
        "2.其他法律行政法规禁止公开",
        *["", "0"] * 7,
        "",
        "3.危及“三安全一稳定”",
    ]
    text = "\n".join([*rows, *["", "0"] * 7])
    assert drop_doubled_body(text) == (text, False)


def test_a_block_s_labels_and_cells_repeated_at_the_end_are_not_a_doubled_tail() -> None:
    # fresh14 u24 typeset, through pdfminer.six: table 二's label column first, then each block's column labels and
    # cells, a cell a line; 行政处罚's block prints what 行政许可's did, its last one dropped as a second copy.
    run = ["上一年项目数量", "", "本年增/减", "", "处理决定数量", *["", "0"] * 6]
    text = "\n".join(
        ["行政处罚", "", "行政强制", "", "本年新", "", "对外公开总数量", *["", "0"] * 6, "", *run, "", *run]
    )
    assert drop_doubled_body(text) == (text, False)
    assert drop_doubled_body("\n".join(["全年受理申请12件。", "一、概述", "打印", "关闭", "0"] * 2))[1]  # a page's copy


def reference_fold_parentheses(text: str) -> tuple[str, int]:
    """Each parenthetical with a Han character inside, one at a time, as a match callback."""

    def han(ch: str) -> bool:
        return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"

    def one(m: re.Match[str]) -> str:
        s, e, inner = m.start(), m.end(), m.group(1)
        if s > 0 and e < len(text) and han(text[s - 1]) and han(text[e]) and len(inner) <= 8 and all(map(han, inner)):
            return m.group(0)
        return f"（{inner}）"

    return re.subn(r"\(([^()\n]{0,120}?[\u4e00-\u9fff\u3400-\u4dbf][^()\n]{0,120}?)\)", one, text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["(", ")", "区政府", "区", "a", "1", "以下简称", "\n", "坪山", " "]), max_size=16))
def test_parentheses_fold_as_one_at_a_time(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _fold_parentheses(text) == reference_fold_parentheses(text)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["M", "M", "M", "年", "a", "1", "）", "】", "》", "”", "（", "《", "“", " ", "\n", ","]),
        max_size=120,
    ),
    st.sampled_from(sorted(ASCII_PUNCT_CJK)),
)
def test_marks_fold_as_one_substitution(pieces: list[str], mark: str) -> None:
    """Both ways `_fold_mark` works (a substitution for a few marks, split and replace for many) give what the
    plain rule gives: a mark with a Han character or a Chinese bracket on either side becomes Chinese."""
    text = "".join(pieces).replace("M", mark)
    m = re.escape(mark)
    plain = re.compile(rf"{m}(?:(?<=[{CJK}）】》”]{m})|(?=[{CJK}（《“]))")
    assert _fold_mark(text, mark) == plain.subn(ASCII_PUNCT_CJK[mark], text)


def test_marks_fold_both_ways_on_real_text() -> None:
    line = "2019年,楚雄市政务公开工作以党的十九大为指导,以树立全州标杆为目标,共计1,234件(详见附表),完成"
    for copies in (1, 30):  # 5 marks, then 150: each way of `_fold_mark`
        out, n = _fold_mark(line * copies, ",")
        assert n == 4 * copies and out.count("1,234") == copies and out.count("，") == 4 * copies


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="正文 =\n打印.*(", max_size=30), st.text(alphabet="正文 =\n打印.*(", min_size=1, max_size=4))
def test_contains_is_substring_search(text: str, needle: str) -> None:
    assert contains(text, needle) == (needle in text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("工作完成。打 印", "工作完成。\n"),  # a removed stray space makes the print link
        ("工作完成!打印", "工作完成！\n"),  # a Chinese ！ makes its left neighbour
        (" 当前位置：首页>信息公开 Report" + "年" * 120, "Report" + "年" * 120 + "\n"),  # a stripped line start
        ("全市受理申请12件。微信\u3000QQ空间", "全市受理申请12件。\n"),  # an ideographic space becomes a space
    ],
)
def test_residue_that_folding_makes_is_swept(text: str, expected: str) -> None:
    assert norm(text) == expected


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.one_of(st.sampled_from(REAL_LINES), st.sampled_from(FURNITURE)), min_size=1, max_size=6),
    st.text(alphabet="　 ,:;!?()（）12打印微信 博当前位置作者来源时间\t\n", max_size=30),
)
def test_skipping_the_second_residue_sweep_changes_nothing(lines: list[str], noise: str) -> None:
    """The second sweep is skipped when the first removed nothing and folding could not have made residue;
    running it anyway must give the same text."""
    from tasks.normalize import folding

    text = "\n".join(lines) + noise
    fast = normalize_text(text)[0]
    fold = folding.fold_characters
    try:
        folding.fold_characters = lambda t, c: (*fold(t, c)[:2], True)
        always = normalize_text(text)[0]
    finally:
        folding.fold_characters = fold
    assert fast == always


def _character_sets(pattern: str) -> list[tuple[bool, frozenset[str]]]:
    """Each literal and each class of a pattern: (negated, the characters it names)."""
    import re._constants as sre
    import re._parser as sre_parse

    found: list[tuple[bool, frozenset[str]]] = []

    def walk(items) -> None:
        for op, av in items:
            if op is sre.LITERAL:
                found.append((False, frozenset(chr(av))))
            elif op is sre.NOT_LITERAL:
                found.append((True, frozenset(chr(av))))
            elif op is sre.IN:
                negated = any(o is sre.NEGATE for o, _ in av)
                found.append((negated, frozenset(chr(a) for o, a in av if o is sre.LITERAL)))
            elif op is sre.BRANCH:
                for branch in av[1]:
                    walk(branch)
            elif op is sre.SUBPATTERN:
                walk(av[3])
            elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
                walk(av[2])
            elif op in (sre.ASSERT, sre.ASSERT_NOT):
                walk(av[1])

    walk(sre_parse.parse(pattern))
    return found


@pytest.mark.parametrize("pattern", [p for _, p, _ in rules.RESIDUE_INLINE] + [rules.RESIDUE_LINE_RE.pattern])
def test_residue_patterns_read_folded_punctuation_either_way(pattern: str) -> None:
    """Folding turns , ; : ( ) into their Chinese forms without a residue sweep after it: safe only while no
    pattern asks for a Chinese form without also accepting the ASCII one (asking for ASCII, folding can only
    break a match)."""
    for negated, named in _character_sets(pattern):
        for ascii_form, chinese in (",，", ";；", ":：", "(（", ")）"):
            if negated:  # refusing the ASCII form but not the Chinese one, folding could make a match
                assert ascii_form not in named or chinese in named, (pattern, ascii_form)
            else:
                assert chinese not in named or ascii_form in named, (pattern, chinese)


# Table rows as the readers render them, one line each: `| cell | cell |  | cell |` (an empty cell is `|  |`). A row
# comes out as a row with the same cells in the same order; a cell's text is normalized like any text.
def table_rows(text: str) -> list[list[str]]:
    """The cells of each `| … |` line, in order; spaces around a cell's text do not count."""
    lines = [line for line in text.split("\n") if line.startswith("| ") and line.endswith(" |")]
    return [[cell.strip() for cell in line[1:-1].split("|")] for line in lines]


def row(*cells: str) -> str:
    return "| " + " | ".join(cells) + " |"


PROSE = "2020年，全市共受理政府信息公开申请12件，均已按时办结。"
HEADER_ROW, HEADER_CELLS = row("信息内容", "本年制发件数", "本年废止件数"), ["信息内容", "本年制发件数", "本年废止件数"]

TABLE_ROW_CASES = [
    # id, input, the rows' cells that must come out
    ("row_of_zeros", f"{PROSE}\n{row('0', '0', '0', '0')}\n", [["0", "0", "0", "0"]]),
    (
        "single_digit_cells",
        f"{PROSE}\n{row('1', '2', '3')}\n{row('行政许可', '1', '0', '8')}\n",
        [["1", "2", "3"], ["行政许可", "1", "0", "8"]],
    ),
    (
        "label_with_a_space",
        f"{PROSE}\n{row('本年新 制作数量', 'Word 文档', '2')}\n",
        [["本年新制作数量", "Word 文档", "2"]],
    ),
    ("empty_cells", f"{PROSE}\n{row('规章', '', '0')}\n{row('', '', '')}\n", [["规章", "", "0"], ["", "", ""]]),
    (
        "cells_folded_and_converted",
        f"{PROSE}\n{row('規範性文件', '２', '１,２３４', '合计:')}\n",
        [["规范性文件", "2", "1234", "合计："]],
    ),
    ("full_width_bar_inside_a_cell", f"{PROSE}\n{row('公开｜不公开', '3')}\n", [["公开｜不公开", "3"]]),
    (
        "rows_after_a_crawler_header",
        f"标题：某县2020年政府信息公开工作年度报告\n发布时间：2021-01-15\n==== 正文 ====\n{HEADER_ROW}\n{row('规章', '0', '0')}\n{PROSE}\n",
        [HEADER_CELLS, ["规章", "0", "0"]],
    ),
    (
        "rows_after_a_crawler_header_without_separator",
        f"标题：某县2020年政府信息公开工作年度报告\n来源：本站\n{HEADER_ROW}\n{row('规章', '0', '0')}\n{PROSE}\n",
        [HEADER_CELLS, ["规章", "0", "0"]],
    ),
    (
        "rows_between_page_furniture",
        f"当前位置：首页 > 信息公开 > 年报\n{PROSE}\n{HEADER_ROW}\n{row('规章', '0', '0')}\n打印\n关闭窗口\n",
        [HEADER_CELLS, ["规章", "0", "0"]],
    ),
    # Equal rows are a table's, never a body saved twice: a repeated tail of rows, a text of two equal halves.
    (
        "equal_rows_at_the_end",
        f"{PROSE}\n{HEADER_ROW}\n" + f"{row('0', '0', '0')}\n" * 12,
        [HEADER_CELLS] + [["0", "0", "0"]] * 12,
    ),
    ("two_equal_rows_alone", f"{row(*'0' * 12)}\n" * 2, [["0"] * 12] * 2),
]


@pytest.mark.parametrize(("case_id", "raw", "cells"), TABLE_ROW_CASES, ids=[c[0] for c in TABLE_ROW_CASES])
def test_table_rows_survive(case_id: str, raw: str, cells: list[list[str]]) -> None:
    out = norm(raw)
    assert table_rows(out) == cells, out
    assert norm(out) == out


def test_table_rows_in_hard_wrapped_text_stay_rows() -> None:
    """Seed 000 broken at 30 characters as a PDF's text layer gives it, with tables among its lines: rows after a
    full line in mid-sentence, a row exactly as wide as the page, a row wider than any page, and more rows than
    prose lines. No row is joined to a neighbour, and the prose is still unwrapped."""
    raw = decode((SAMPLES / "000_ee6de2f55f2ec1aa.txt").read_bytes()).text
    lines = [line[i : i + 30] for line in raw.split("\n") for i in range(0, max(len(line), 1), 30)]
    assert len(lines[40]) == 30 and lines[40][-1] not in "。！？；：”…"  # the next line would be joined to it
    label = "其他对外管理服务事项（含行政确认、行政奖励、行政裁决、行政给付、行政检查和公共服务事项）" * 2
    tables = [
        [HEADER_CELLS, ["规章", "0", "0"], ["行政许可", "1", "0", "8", "许可", "10"]],
        [["行政许可", "1", "0", "8", "许可", "10"], [label, "117", "0", "165"], ["", "", ""]],
        [["第二十条第(五)项", *"0" * 8, str(i)] for i in range(len(lines))],
    ]
    assert len(row(*tables[0][2])) == 30 and len(row(*tables[1][1])) > 100
    for at, table in zip((41, 81, 121), tables, strict=True):
        lines[at:at] = [row(*cells) for cells in table]
    text, log = normalize_text("\n".join(lines))
    expected = [[cell.replace("(五)", "（五）") for cell in cells] for table in tables for cells in table]
    assert table_rows(text) == expected
    assert log.get("hard_line_breaks_removed", 0) > 50
    assert "市级受理政府信息公开申请3件，予以答复3件，其中属已主动公开1件" in text


ROW_CELLS = [  # (as a reader renders a cell, what normalization makes of it)
    ("0", "0"),
    ("1", "1"),
    ("12", "12"),
    ("-8", "-8"),
    ("3.5", "3.5"),
    ("100%", "100%"),
    ("", ""),
    ("１９", "19"),
    ("7,816", "7816"),
    ("12 件", "12件"),
    ("規範性文件", "规范性文件"),
    ("本年新 制作数量", "本年新制作数量"),
    ("Word 文档", "Word 文档"),
    ("公开｜不公开", "公开｜不公开"),
    ("第二十条第(一)项", "第二十条第（一）项"),
    ("信函,传真", "信函，传真"),
    ("—", "—"),
    ("行政复议", "行政复议"),
    ("结果纠正", "结果纠正"),
]
PROSE_LINES = [ln for ln in REAL_LINES if "|" not in ln and "=" not in ln]  # no crawler separator either


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.lists(st.sampled_from(ROW_CELLS), min_size=1, max_size=8),
            st.sampled_from(PROSE_LINES),
            st.sampled_from(FURNITURE[:6]),
        ),
        min_size=1,
        max_size=14,
        # each line once (repeated prose is a body saved twice), rows as often as drawn
        unique_by=lambda piece: piece if isinstance(piece, str) else object(),
    ),
    st.sampled_from(
        ["", "标题：年度报告\n发布时间：2021-01-15\n", "标题：年度报告\n发布时间：2021-01-15\n=== 正文 ===\n"]
    ),
    st.booleans(),
)
def test_table_rows_survive_among_real_lines(pieces: list, header: str, wrapped: bool) -> None:
    """Rows of cells among real report lines and page furniture, after a crawler's header or not, the prose
    broken at a page's width or not: every row comes out, cell for cell."""
    lines, expected = [], []
    for piece in pieces:
        if isinstance(piece, str):
            lines += [piece[i : i + 24] for i in range(0, len(piece), 24)] if wrapped else [piece]
        else:
            lines.append(row(*(raw for raw, _ in piece)))
            expected.append([cell for _, cell in piece])
    assert table_rows(norm(header + "\n".join(lines))) == expected


def test_the_templates_fixed_terms_survive_a_taiwan_phrase_rendering_without_markers() -> None:
    """s2twp writes 规范性文件 as 規範性檔案; a report with no other Taiwan marker goes through t2s, which keeps 档案:
    the term is put back, so table 二's row is found (wide corpus t02)."""
    import opencc

    row = "二、主动公开政府信息情况\n第二十条第（一）项\n规范性文件 | 2 | 2 | 19 |\n档案馆开放档案查询。\n"
    rendered = opencc.OpenCC("s2twp").convert(row)
    assert "規範性檔案" in rendered and "檔案館" in rendered
    text, log = normalize_text(rendered)
    assert log["opencc_config"] == "t2s"
    assert "规范性文件 | 2 | 2 | 19 |" in text and "档案馆开放档案查询" in text  # other 档案 stay


def test_a_row_s_cells_after_its_label_line_each_on_a_line_are_joined() -> None:
    """fresh8 m03 / m04: a row's label line ends in a bar, then each cell stands on a line of its own — a value and
    its bar, or a lone bar for an empty cell; residue would drop the lone bars and with them the cells' places. The
    last line of an excerpt may be a cell cut before its bar. A line with a label is never a cell."""
    raw = (
        "一、本年新收政府信息公开申请数量 | 25 |\n|\n|\n|\n|\n| 25 |\n二、上年结转政府信息公开申请数量 |\n|\n|\n|\n|\n|\n|\n0 |\n||\n"
        "(二)部分公开 | 1 |\n|\n|\n|\n|\n| 1 "
    )
    text, _ = normalize_text(raw)
    assert text.rstrip("\n").split("\n") == [
        "一、本年新收政府信息公开申请数量 | 25 | | | | | | 25 |",
        "二、上年结转政府信息公开申请数量 | | | | | | | 0 | ||",
        "（二）部分公开 | 1 | | | | | | 1",
    ]
    assert norm("规章 |\n行政规范性文件 |\n0 |\n") == "规章 |\n行政规范性文件 | 0 |\n"


def test_lone_bars_after_a_numbered_row_label_are_its_empty_cells() -> None:
    """fresh31 q10: a table 三 whose applicant cells are all blank, one cell a line — a lone bar opens each row, the
    numbered label, six lone bars for its empty cells, then its 总计. The bars are the row's, not the previous row's
    with the last opening a row of numbers; a header cell (总计) before a lone bar and a row of numbers still ends its
    row (table 四 under its header)."""
    raw = (
        "0 |\n|\n(二)部分公开(区分处理的,只计这一情形,不计其他情形) |\n|\n|\n|\n|\n|\n|\n0 |\n||\n"
        "(三)不予公开 |\n1.属于国家秘密 |\n|\n|\n|\n|\n|\n|\n0 |\n|\n"
        "总计 |\n|\n0 |\n0 |\n"
    )
    text, _ = normalize_text(raw)
    lines = text.rstrip("\n").split("\n")
    assert "| （二）部分公开（区分处理的，只计这一情形，不计其他情形） | | | | | | | 0 | ||" in lines
    assert "（三）不予公开 | 1.属于国家秘密 | | | | | | | 0 |" in lines
    assert lines[-1] == "| 0 | 0 |"


def test_table_rows_printed_one_cell_a_line_are_joined_with_their_empty_cells() -> None:
    """wide t03: a lone '|' opens each row and stands for an empty cell, lines residue drops; the rows are joined
    first, so their bounds and the places of their empty cells stay. Cells without closing bars (d27) are left."""
    raw = (
        "二、主动公开政府信息情况\n|\n第二十条第(一)项 | |||\n|\n规章 |\n0 |\n|\n|\n|\n行政规范性文件 |\n5 |\n|\n8 |\n"
        "|\n三、收到申请3件。\n"
    )
    text, log = normalize_text(raw)
    assert text == (
        "二、主动公开政府信息情况\n| 第二十条第（一）项 | |||\n| 规章 | 0 | | |\n| 行政规范性文件 | 5 | | 8 |\n"
        "三、收到申请3件。\n"
    )
    assert log["cell_lines_joined"] == 3
    assert norm(text) == text
    assert norm("信息内容\n|\n规章\n|\n0\n|\n|\n5\n") == "信息内容\n规章\n0\n5\n"
