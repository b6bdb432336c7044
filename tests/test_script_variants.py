"""Every real report rendered in another script, or damaged the way copies of reports are, must yield what the
report yields.

- Mainland text in Traditional script (OpenCC s2t, s2hk) gets no Taiwan-phrase rewriting.
- Taiwan-phrase converter output (s2twp) comes back to the mainland words that extraction reads (规范性文件,
  行政查询, 发送).
- Nothing changes with: a PDF's line breaks at the page width, corner-bracket or ASCII quotes, thousands
  separators, punctuation typed in ASCII, line endings, full-width digits, UTF-8 once read as Latin-1 or cp1252, a web-page
  wrapping, odd spaces, a second copy of the body, a crawler's header, page numbers, page furniture, or the
  Markdown of a converted Word file.
"""

from __future__ import annotations

import re

import opencc
import pytest
from conftest import CORPUS_RAW, SAMPLES

from tasks.extract import extract_document
from tasks.ingest import decode
from tasks.normalize import normalize_text

# Reports already in Traditional script or Taiwan phrasing have no Simplified original to render.
REPORTS = [
    p
    for p in sorted(SAMPLES.glob("*.txt")) + sorted(CORPUS_RAW.glob("*.txt"))
    if p.stem not in {"001_f8b3f872fb9b29ea", "d15", "d16"}
]
IDENTITY = ("region", "province", "admin_level", "report_year", "format_era", "contact_phone", "contact_postcode")


def extraction(text: str) -> tuple[dict, set]:
    text, log = normalize_text(text)
    identity, rows, _ = extract_document("x", text, log.get("crawler_header"))
    return {f: identity.get(f) for f in IDENTITY}, {(r["metric"], r["value"]) for r in rows}


def _wrapped_in_a_page(text: str) -> str:
    return "<html><body>" + "".join(f"<p>{line}</p>\n" for line in text.split("\n")) + "</body></html>"


def _with_page_numbers(text: str) -> str:
    """A page number every 25 lines, as a PDF or Word conversion leaves them."""
    lines = text.split("\n")
    for k, at in enumerate(range(len(lines) - len(lines) % 25, 0, -25)):
        lines.insert(at, f"— {k + 1} —" if k % 2 else f"第 {k + 1} 页 共 9 页")
    return "\n".join(lines)


def _as_pdf_text(text: str, width: int = 34) -> str:
    """What a PDF's text layer gives: every line broken at the page width (numbers and words kept whole), and
    a page number every 40 lines."""
    lines = []
    for line in text.split("\n"):
        while len(line) > width:
            cut = width
            while cut > 1 and re.fullmatch(r"[0-9A-Za-z.%]{2}", line[cut - 1 : cut + 1]):
                cut -= 1
            lines.append(line[:cut])
            line = line[cut:]
        lines.append(line)
    for k, at in enumerate(range(40, len(lines), 41)):
        lines.insert(at, f"- {k + 1} -")
    return "\n".join(lines)


def _with_thousands_separators(text: str) -> str:
    """Every figure of four digits or more written with separators ('7,816'), dates and document numbers not."""
    return re.sub(
        r"(?<![\d.,〔\[（(\-:：/])\d{4,7}(?![\d.年月日号%\-:/）)〕\]])",
        lambda m: f"{int(m[0]):,}" if m[0][0] != "0" else m[0],
        text,
    )


def _word_to_markdown(text: str) -> str:
    """What pandoc or markitdown make of a Word file: bold section headings, an image, Word's page fields."""
    lines = ["![](media/image1.png)"]
    for i, line in enumerate(text.split("\n")):
        lines.append(f"**{line}**" if re.match("[一二三四五六七八九十]+、", line) else line)
        if i % 30 == 29:
            lines.append(f"- PAGE \\* MERGEFORMAT {i // 30 + 1} -")
    return "\n".join(lines)


def _utf8_read_as(encoding: str):
    import ftfy.bad_codecs  # noqa: F401  (registers sloppy-windows-1252, what browsers read)

    return lambda text: text.encode("utf-8").decode(encoding)


RENDERINGS = {
    "s2t": opencc.OpenCC("s2t.json").convert,
    "s2twp": opencc.OpenCC("s2twp.json").convert,
    "s2hk": opencc.OpenCC("s2hk.json").convert,
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "fullwidth_digits": lambda t: t.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789"}),
    "web_page": _wrapped_in_a_page,
    "odd_spaces": lambda t: t.replace("，", "， ").replace("。", "。\u3000"),
    "saved_twice": lambda t: t + "\n" + t,
    "crawler_header": lambda t: (
        f"标题：{t.split(chr(10))[0][:40]}\n发布时间：2020-01-01\n来源：本站\n=== 正文 ===\n{t}"
    ),
    "page_numbers": _with_page_numbers,
    "pdf_text": _as_pdf_text,
    "thousands_separators": _with_thousands_separators,
    "ascii_punctuation": lambda t: t.translate(str.maketrans("，。；：！？（）", ",.;:!?()")),
    "corner_quotes": lambda t: t.translate(str.maketrans("“”‘’", "「」『』")),
    "ascii_quotes": lambda t: re.sub("[“”]", '"', t),
    "word_to_markdown": _word_to_markdown,
    "utf8_read_as_latin1": _utf8_read_as("latin-1"),
    "utf8_read_as_cp1252": _utf8_read_as("sloppy-windows-1252"),
    "page_furniture": lambda t: f"首页 > 政务公开 > 年度报告\n当前位置：首页 > 信息公开 > 年报\n{t}\n打印\n关闭窗口\n",
}


@pytest.mark.parametrize("rendering", sorted(RENDERINGS))
def test_reports_rendered_otherwise_extract_the_same(rendering: str) -> None:
    convert = RENDERINGS[rendering]
    differ = {}
    for path in REPORTS:
        raw = decode(path.read_bytes()).text
        want, got = extraction(raw), extraction(convert(raw))
        if want != got:
            differ[path.stem] = (
                {k: (want[0][k], got[0][k]) for k in IDENTITY if want[0][k] != got[0][k]},
                sorted(want[1] ^ got[1])[:6],
            )
    assert not differ, differ
    assert len(REPORTS) == 30


def test_utf8_read_as_gbk_is_undone_where_the_bytes_allow() -> None:
    """UTF-8 read as GBK loses the bytes GBK could not pair: those characters are marked, the rest read back, and
    nothing is extracted that the report does not state."""
    for path in REPORTS:
        raw = decode(path.read_bytes()).text
        damaged = raw.encode("utf-8").decode("gbk", errors="replace")
        text, log = normalize_text(damaged)
        assert log["double_decoding_undone"] == "utf-8 read as gbk", path.stem
        assert not set("锛銆鈥") & set(text), path.stem
        _, want = extraction(raw)
        _, got = extraction(damaged)
        assert got <= want, (path.stem, sorted(got - want))
