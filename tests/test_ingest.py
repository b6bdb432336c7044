"""Ingest: a few bad bytes never cost a report; every entry that is not read says why; symlinks stay inside."""

from __future__ import annotations

import os
import random
import socket
from pathlib import Path

import polars as pl
import pytest
from conftest import SAMPLES

from tasks.ingest import UndecodableError, decode, read_source
from tasks.normalize import normalize_text
from tasks.sources import scan_folder

SEED = (SAMPLES / "000_ee6de2f55f2ec1aa.txt").read_bytes()
TEXT = SEED.decode("utf-8")


def cut_between_characters(data: bytes, at: int) -> int:
    """The byte offset of the first character boundary at or after `at` in UTF-8 bytes."""
    while data[at] & 0xC0 == 0x80:
        at += 1
    return at


AT = cut_between_characters(SEED, 1200)
CUT = SEED.index("附表".encode()) + 5  # 附 whole, two of 表's three bytes
GB = TEXT.encode("gb18030")


@pytest.mark.parametrize(
    ("damaged", "encoding", "expected"),
    [
        pytest.param(
            SEED[:AT] + b"\xff" + SEED[AT:],
            "utf_8",
            SEED[:AT].decode() + "\ufffd" + SEED[AT:].decode(),
            id="one-stray-byte",
        ),
        pytest.param(SEED[:CUT], "utf_8", SEED[: CUT - 2].decode() + "\ufffd\ufffd", id="cut-mid-character"),
        pytest.param(
            SEED.replace("“".encode(), b"\x93", 1).replace("”".encode(), b"\x94", 1),
            "utf_8",
            TEXT,
            id="cp1252-quotes-in-utf8",
        ),
        pytest.param(GB[:-3] + b"\x81", "gb18030", GB[:-3].decode("gb18030") + "\ufffd", id="gb18030-cut-short"),
    ],
)
def test_rare_bad_bytes_are_replaced_and_counted_not_fatal(damaged: bytes, encoding: str, expected: str) -> None:
    dec = decode(damaged)
    assert dec.encoding == encoding and dec.text == expected
    assert dec.bad_bytes == len(damaged) - len(expected.replace("\ufffd", "").encode(encoding)) or expected == TEXT


def test_cp1252_quotes_are_read_as_the_quotes_they_were() -> None:
    damaged = SEED.replace("“".encode(), b"\x93", 1).replace("”".encode(), b"\x94", 1)
    assert decode(damaged).text == TEXT


def test_replaced_bytes_are_counted_in_the_documents_log(tmp_path: Path) -> None:
    from tasks.ingest import read_batch
    from tasks.normalize import normalize_batch

    (tmp_path / "r.txt").write_bytes(SEED[:600] + b"\xff\xfe" + SEED[600:])
    raw, rejected = read_batch([tmp_path / "r.txt"], tmp_path)
    assert rejected.height == 0 and raw["bad_bytes"].to_list() == [2]
    log = normalize_batch(raw)["normalization_log"][0]
    assert '"bad_bytes_replaced": 2' in log


def test_text_that_is_mostly_bad_bytes_is_still_rejected() -> None:
    noisy = bytes(b if i % 7 else 0xFF for i, b in enumerate(SEED))
    with pytest.raises(UndecodableError):
        decode(noisy)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"   \r\n\t\n", "whitespace_only"),
        (b"\x00\x01\x02\x03" * 300, "binary"),
        (b"plain ascii text, not a report at all\n" * 20, "not_a_report"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
    ],
    ids=["empty", "whitespace", "binary", "ascii", "png"],
)
def test_each_kind_of_non_report_has_its_own_reason(data: bytes, reason: str) -> None:
    with pytest.raises(UndecodableError) as err:
        decode(data)
    assert err.value.reason == reason and str(err.value)


def test_an_empty_file_is_empty_not_a_duplicate_or_binary(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"")
    res = read_source((str(tmp_path), "a.txt"))
    assert res["reason"] == "empty" and res["detail"] == "the file is empty (0 bytes)"


def test_entries_that_are_not_read_say_why(tmp_path: Path) -> None:
    inp = tmp_path / "in"
    (inp / "sub").mkdir(parents=True)
    (inp / "sub" / "report.txt").write_bytes(SEED)
    outside = tmp_path / "outside.txt"
    outside.write_bytes(SEED)
    (inp / "to-outside.txt").symlink_to(outside)
    (inp / "to-passwd").symlink_to("/etc/passwd")
    (inp / "inside-link.txt").symlink_to(inp / "sub" / "report.txt")
    (inp / "to-folder").symlink_to(inp / "sub")
    (inp / "loop-a").symlink_to(inp / "loop-b")
    (inp / "loop-b").symlink_to(inp / "loop-a")
    (inp / "dangling").symlink_to(inp / "nowhere")
    os.mkfifo(inp / "pipe")
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(inp / "sock"))
        (inp / ".hidden.txt").write_bytes(SEED)
        (inp / "big.txt").write_bytes(b"x" * 2_000_001)
        got = {e.source_file: e.problem for e in scan_folder(inp, max_bytes=2_000_000)}
    assert got == {
        ".hidden.txt": "hidden",
        "big.txt": "too_large",
        "dangling": "broken_symlink",
        "inside-link.txt": None,  # a link that stays inside the folder is read like its target
        "loop-a": "symlink_loop",
        "loop-b": "symlink_loop",
        "pipe": "not_a_file",
        "sock": "not_a_file",
        "sub/report.txt": None,
        "to-folder": "symlink_not_a_file",
        "to-outside.txt": "symlink_outside_input",
        "to-passwd": "symlink_outside_input",
    }


def test_entries_that_are_not_read_land_as_quarantine_and_ledger_rows(prefect_api, tmp_path: Path) -> None:
    from flows.gongkai import gongkai
    from tasks.lake import read_table

    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "good.txt").write_bytes(SEED)
    (inp / "to-passwd").symlink_to("/etc/passwd")
    os.mkfifo(inp / "pipe")
    summary = gongkai(input_dir=str(inp), lake_dir=str(tmp_path / "lake"))
    assert summary["landed"] == 1 and summary["quarantined"] == 2
    q = read_table(tmp_path / "lake", "quarantine").sort("source_file")
    assert q.select("source_file", "reason").rows() == [("pipe", "not_a_file"), ("to-passwd", "symlink_outside_input")]
    assert "never followed" in q.filter(pl.col("source_file") == "to-passwd")["detail"][0]
    docs = read_table(tmp_path / "lake", "documents")
    assert not docs["text"].str.contains("root:").any()  # /etc/passwd was never read
    ledger = read_table(tmp_path / "lake", "ledger")
    assert sorted(ledger["source_file"]) == ["good.txt", "pipe", "to-passwd"]
    again = gongkai(input_dir=str(inp), lake_dir=str(tmp_path / "lake"))
    assert again["quarantined"] == 0 and again["unchanged"] == 3  # known problems are not quarantined twice
    assert read_table(tmp_path / "lake", "quarantine").height == 2


# A site's script names its menus in Chinese: read as text it was a report of its own, landed with no identity.
SITE_SCRIPT = (
    'var menu=["首页","政务公开","政府信息公开年报","政府信息公开指南","政府信息公开制度","法定主动公开内容",'
    '"依申请公开","互动交流","办事服务","走进本县"];\nfunction show(){document.title="某某县人民政府门户网站";}\n'
)


def _saved_page(folder: Path, report: bytes) -> None:
    """A page saved by a browser "complete": a shell whose report stands in a frame, and its folder (page_files/) with
    the frame's page, a stylesheet, a script, an image and a font."""
    folder.mkdir(parents=True)
    (folder / "page.html").write_text(
        '<html><head><meta charset="utf-8"><title>年报</title></head>'
        '<body><div>首页</div><iframe src="page_files/report.html"></iframe></body></html>',
        encoding="utf-8",
    )
    files = folder / "page_files"
    (files / "css").mkdir(parents=True)
    (files / "report.html").write_bytes(
        b'<html><head><meta charset="utf-8"></head><body><pre>' + report + b"</pre></body></html>"
    )
    (files / "css" / "site.css").write_text("body{font-family:SimSun}\n", encoding="utf-8")
    (files / "site.js").write_text(SITE_SCRIPT, encoding="utf-8")
    (files / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)
    (files / "fangsong.woff2").write_bytes(b"wOF2" + b"\x00" * 40)


def test_a_saved_page_s_folder_holds_its_furniture_and_its_frames(tmp_path: Path) -> None:
    _saved_page(tmp_path / "in", SEED)
    # a folder named like one but with no page beside it, and one beside a text file: read as any folder
    (tmp_path / "in" / "notes_files").mkdir()
    (tmp_path / "in" / "notes_files" / "menu.js").write_text(SITE_SCRIPT, encoding="utf-8")
    (tmp_path / "in" / "list.txt").write_bytes(SEED)
    (tmp_path / "in" / "list_files").mkdir()
    (tmp_path / "in" / "list_files" / "menu.js").write_text(SITE_SCRIPT, encoding="utf-8")
    got = {e.source_file: (e.problem, e.detail) for e in scan_folder(tmp_path / "in")}
    assets = {f: d for f, (p, d) in got.items() if p == "page_asset"}
    assert sorted(assets) == [
        "page_files/css/site.css",
        "page_files/fangsong.woff2",
        "page_files/logo.png",
        "page_files/site.js",
    ]
    assert (
        assets["page_files/site.js"]
        == "a script of the saved page page.html, kept in its folder by the browser: not a report"
    )
    assert assets["page_files/css/site.css"].startswith("a stylesheet of the saved page page.html")
    for read in ("page.html", "page_files/report.html", "notes_files/menu.js", "list.txt", "list_files/menu.js"):
        assert got[read] == (None, None)


def test_a_saved_page_lands_the_report_in_its_frame_and_never_reads_its_furniture(prefect_api, tmp_path: Path) -> None:
    from flows.gongkai import gongkai
    from tasks.lake import read_table

    _saved_page(tmp_path / "in", SEED)
    summary = gongkai(input_dir=str(tmp_path / "in"), lake_dir=str(tmp_path / "lake"))
    assert summary["landed"] == 1 and summary["page_assets"] == 4
    reports = read_table(tmp_path / "lake", "reports")
    assert reports["source_file"].to_list() == ["page_files/report.html"]
    assert reports["report_year"].to_list() == [2017]
    q = read_table(tmp_path / "lake", "quarantine")
    assert dict(q.select("source_file", "reason").rows()) == {
        "page.html": "not_a_report",  # the shell around the frame
        "page_files/css/site.css": "page_asset",
        "page_files/fangsong.woff2": "page_asset",
        "page_files/logo.png": "page_asset",
        "page_files/site.js": "page_asset",
    }
    docs = read_table(tmp_path / "lake", "documents")
    assert not docs["text"].str.contains("document.title").any()  # the script was never read as a report
    again = gongkai(input_dir=str(tmp_path / "in"), lake_dir=str(tmp_path / "lake"))
    assert again["quarantined"] == 0 and again["page_assets"] == 0 and again["unchanged"] == 6


def test_a_report_of_bad_bytes_lands_with_its_figures(tmp_path: Path) -> None:
    damaged = SEED[:900] + b"\xff" + SEED[900:]
    text, log = normalize_text(decode(damaged).text)
    assert "主动公开政府信息" in text and log["mojibake_marked"] == 0


@pytest.mark.parametrize("seed", range(5))
def test_character_counts_match_their_definition(seed: int) -> None:
    """The intake's counts run as regex passes; each must count exactly what its definition says."""
    from tasks.ingest import _control_ratio, _han_count

    rng = random.Random(seed)
    pool = "\x00\x08\t\n\x0b\x0c\r\x1f 中文\u4e00\u9fff\u9fa5\u3400\ue000\uf8ff\uf900AZ0"
    text = "".join(rng.choice(pool) for _ in range(500))
    control = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\r\n\t\f") or 0xE000 <= ord(ch) <= 0xF8FF)
    assert _han_count(text) == sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    assert _control_ratio(text) == control / len(text)
