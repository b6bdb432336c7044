"""Office 97–2003 files: the binary Word reports (.doc) and Excel tables (.xls) many bodies still attach, written by
a real office suite (LibreOffice's 97–2003 exports of the corpus's reports, the real 2021 template filled, and a
workbook of merged cells) and read by the flow's own readers (msdoc2docx to .docx then the Word reader; xlrd): every
cell and figure as from the modern file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import render
from conftest import CORPUS_TRUTH, load_truth
from test_formats import decode_pair, landed

from tasks.readers import Unreadable, read

CORPUS = load_truth(CORPUS_TRUTH)
TEMPLATE_REPORTS = ("d08", "d09", "d10", "d11", "d12", "d13", "d14")
SYNTHETIC = 10


def _saved(documents: dict[str, bytes], workdir: Path) -> dict[str, bytes]:
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice is not installed (Debian: libreoffice-writer-nogui; .ci/run installs it)")
    return render.office_convert(documents, workdir, "doc")


@pytest.fixture(scope="module")
def word_97(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[bytes, bytes]]:
    """name -> (the .docx, the .doc LibreOffice saved of it)."""
    documents = {d: render.to_docx(render.corpus_report(d)) for d in TEMPLATE_REPORTS}
    documents |= {f"s{seed:02d}": render.fill_template(render.synthetic_tables(seed)) for seed in range(SYNTHETIC)}
    saved = _saved(documents, tmp_path_factory.mktemp("doc"))
    return {n: (documents[n], saved[n]) for n in documents}


def test_word_97_files_read_as_their_word_files(word_97: dict) -> None:
    """The seven template reports land their truth exactly from the .doc, and the real template filled with made-up
    tables (its merged cells, its narrow columns) lands every cell it lands from the .docx. (A 1-twip grid column
    LibreOffice leaves in table 四 made it sixteen cells: read as no column, docx.SLIVER_TWIPS.)"""
    wrong, lost, differ = {}, [], {}
    for name, (docx, doc) in word_97.items():
        assert read(doc, decode_pair).format == "doc"
        got = landed(doc, name)
        if name in CORPUS:
            want = {k: m["value"] for k, m in CORPUS[name]["metrics"].items()}
            wrong |= {f"{name} {k}": (v, want.get(k)) for k, v in got.items() if v is not None and v != want.get(k)}
            lost += [f"{name} {k}" for k in want if k not in got]
        elif got != (as_docx := landed(docx, name)):
            differ[name] = sorted(set(got.items()) ^ set(as_docx.items()), key=str)[:8]
    assert not wrong
    assert not lost, lost[:20]
    assert not differ, differ


def test_a_damaged_word_97_file_is_quarantined_with_its_reason(word_97: dict) -> None:
    """A .doc whose Word stream is overwritten from its header (FIB, magic A5EC) on: the file is still a Word 97
    compound file, and its reason says so."""
    _, doc = word_97["d12"]
    at = doc.index(b"\xec\xa5")
    with pytest.raises(Unreadable) as caught:
        read(doc[:at] + bytes(4096) + doc[at + 4096 :], decode_pair)
    assert caught.value.reason == "corrupt_doc"
    assert "save it as .docx or PDF" in caught.value.detail


def test_an_excel_97_workbook_reads_as_its_xlsx(tmp_path: Path) -> None:
    """A workbook with merged label cells and numbers, saved as .xls by LibreOffice: the same rows of cells as the
    .xlsx it was saved from (merged cells repeated, 3.0 printed 3)."""
    import io

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "表三"
    sheet.append(["三、本年度办理结果", "（三）不予公开", "1.属于国家秘密", 3.0, 12.5])
    sheet.append([None, None, "2.其他法律行政法规禁止公开", 0, 1])
    sheet.merge_cells("A1:A2")
    sheet.merge_cells("B1:B2")
    sheet["A3"] = "平潭综合实验区政府信息公开工作年度报告附表一二三四五六七八九十"
    buf = io.BytesIO()
    book.save(buf)
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice is not installed (Debian: libreoffice-writer-nogui; .ci/run installs it)")
    try:
        xls = render.office_convert({"book": buf.getvalue()}, tmp_path, "xls", source="xlsx")["book"]
    except FileNotFoundError:
        pytest.skip(
            "LibreOffice has no Calc to save a workbook with (Debian: libreoffice-calc-nogui; .ci/run installs it)"
        )
    got, want = read(xls, decode_pair), read(buf.getvalue(), decode_pair)
    assert (got.format, want.format) == ("xls", "xlsx")
    assert got.text == want.text
    assert "| 三、本年度办理结果 | （三）不予公开 | 2.其他法律行政法规禁止公开 | 0 | 1 |" in got.text
