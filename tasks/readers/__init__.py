"""Readers: a report file's bytes to text by what the bytes are (never the file name), one small reader per format.

Tables come out as one line per row, `| cell | cell |`, merged cells repeated in every position they cover, with a
blank line before and after each table. A file that cannot be read raises `Unreadable` with a short reason code and
a sentence for the user.

Reason codes: empty, whitespace_only, scanned_pdf, encrypted_pdf, corrupt_pdf, encrypted_doc, corrupt_doc (a Word
97–2003 file that cannot be read), corrupt_xls, legacy_office (another OLE2 file: .ppt), corrupt_docx, corrupt_xlsx,
rtf, ofd, odf, archive, image, binary, undecodable, too_large, not_a_report, corrupt_mhtml.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from io import BytesIO

FORMATS = ("text", "html", "mhtml", "pdf", "docx", "doc", "xlsx", "xls")
MAX_BYTES = 200 * 1024 * 1024  # no annual report comes near; a file this big is something else
MIN_HAN = 20  # a report holds at least this many Chinese characters (the text decoder's own floor)

DecodeText = Callable[[bytes], tuple[str, str]]


@dataclass(frozen=True)
class Read:
    text: str  # the document as text: paragraphs one per line, table rows as `| … |` lines
    format: str  # "text" | "html" | "mhtml" | "pdf" | "docx" | "doc" | "xlsx" | "xls"
    encoding: str | None  # for text/html: the encoding used; None for binary formats
    pages: int | None  # PDF pages (None otherwise)
    tables: int  # how many tables were rendered as cell rows


class Unreadable(ValueError):
    """The bytes are not a report this reader can read; `reason` is a short code, `detail` a sentence for the user."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


# Magic numbers of what is not a report, checked in order against the first bytes.
MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole2"),
    (b"{\\rtf", "rtf"),
    (b"Rar!\x1a\x07", "archive"),
    (b"7z\xbc\xaf\x27\x1c", "archive"),
    (b"\x1f\x8b", "archive"),  # gzip
    (b"BZh", "archive"),
    (b"\xfd7zXZ\x00", "archive"),
    (b"\x89PNG\r\n\x1a\n", "image"),
    (b"\xff\xd8\xff", "image"),
    (b"GIF87a", "image"),
    (b"GIF89a", "image"),
    (b"II*\x00", "image"),
    (b"MM\x00*", "image"),
    (b"BM", "image"),
)
HTML_TAG_RE = re.compile(rb"<\s*(html|body|div|p|table|tr|td)\b", re.IGNORECASE)


def _is_bmp(data: bytes) -> bool:
    # 'BM' also starts text ('BMW …'): a bitmap's header gives its own file size.
    return len(data) >= 26 and int.from_bytes(data[2:6], "little") == len(data)


def _zip_kind(data: bytes) -> str:
    try:
        names = set(zipfile.ZipFile(BytesIO(data)).namelist())
    except (zipfile.BadZipFile, ValueError, OSError):
        # A .docx cut short has no central directory left; its first entry still names it.
        head = data[:2000]
        if b"word/" in head:
            return "docx"
        if b"xl/" in head:
            return "xlsx"
        return "archive"
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "OFD.xml" in names:
        return "ofd"
    if "mimetype" in names and "content.xml" in names:
        return "odf"
    return "archive"


def _ascii_head(data: bytes, size: int = 20000) -> bytes:
    """The first bytes with UTF-16's NULs removed, so markup reads the same in any encoding."""
    head = data[:size]
    if head[:2] in (b"\xff\xfe", b"\xfe\xff") or head.count(0) > len(head) // 4:
        head = head.replace(b"\x00", b"")
    return head


def looks_like_html(data: bytes) -> bool:
    """Markup in the first 20 kB: at least three tags of html/body/div/p/table/tr/td, of two kinds or more."""
    tags = [m.group(1).lower() for m in HTML_TAG_RE.finditer(_ascii_head(data))]
    return len(tags) >= 3 and len(set(tags)) >= 2


def sniff(data: bytes) -> str:
    """What the bytes are, by content: a format of FORMATS, or what they are instead ("empty", "ole2", "rtf", "ofd",
    "odf", "archive", "image")."""
    if not data:
        return "empty"
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return _zip_kind(data)
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image"
    for magic, kind in MAGIC:
        if data.startswith(magic) and (magic != b"BM" or _is_bmp(data)):
            return kind
    from tasks.readers.mhtml import looks_like_mhtml

    if looks_like_mhtml(data):
        return "mhtml"
    return "html" if looks_like_html(data) else "text"


NOT_READABLE = {
    "rtf": "an RTF file: save it as .docx or PDF",
    "ofd": "an OFD file (the national fixed-layout format, GB/T 33190): export it as PDF",
    "odf": "an OpenDocument file (.odt, .ods): save it as .docx or PDF",
    "archive": "an archive (zip, rar, 7z or gzip), not a report: unpack it and give the report inside",
    "image": "an image, not a text document: OCR it first or give the report's text",
}


def _word_97(data: bytes) -> bool:
    # An OLE2 compound file names its streams in UTF-16 in its directory.
    return "WordDocument".encode("utf-16-le") in data


def _excel_97(data: bytes) -> bool:
    return "Workbook".encode("utf-16-le") in data or "Book".encode("utf-16-le") in data


def _legacy(data: bytes) -> Unreadable:
    return Unreadable(
        "legacy_office", "an Office 97–2003 file (OLE2) that is neither a Word document nor a workbook: save it as PDF"
    )


def read(data: bytes, decode_text: DecodeText) -> Read:
    """Read a report file's bytes into text, choosing the reader by content; raise Unreadable when it cannot."""
    if len(data) > MAX_BYTES:
        raise Unreadable("too_large", f"{len(data) / 2**20:.0f} MB: larger than any report ({MAX_BYTES // 2**20} MB)")
    kind = sniff(data)
    if kind == "empty":
        raise Unreadable("empty", "the file is empty (0 bytes)")
    if kind == "ole2" and _word_97(data):
        kind = "doc"
    elif kind == "ole2" and _excel_97(data):
        kind = "xls"
    elif kind == "ole2":
        raise _legacy(data)
    if kind in NOT_READABLE:
        raise Unreadable(kind, NOT_READABLE[kind])
    from tasks.readers import doc, docx, html, mhtml, pdf, text, xls, xlsx

    readers = {
        "text": text.read,
        "html": html.read,
        "mhtml": mhtml.read,
        "pdf": pdf.read,
        "docx": docx.read,
        "doc": doc.read,
        "xlsx": xlsx.read,
        "xls": xls.read,
    }
    result = readers[kind](data, decode_text)
    if kind != "text":
        han = sum(1 for ch in result.text if "\u4e00" <= ch <= "\u9fff")
        if han < MIN_HAN:
            raise Unreadable("not_a_report", f"the {kind.upper()} holds only {han} Chinese characters: not a report")
    return result
