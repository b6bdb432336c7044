"""Plain text: decoded by the caller's decoder, otherwise unchanged but for tables of HTML inside it."""

from __future__ import annotations

import codecs

from tasks.readers import DecodeText, Read, Unreadable

BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def whitespace_only(data: bytes) -> bool:
    """Whether the bytes are text with nothing but whitespace in it (ideographic spaces and BOMs included)."""
    for enc in ("utf-8-sig", "utf-16", "gb18030"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if enc == "utf-16" and not data.startswith(BOMS[1:]):
            continue  # without a byte-order mark any even-length bytes decode as UTF-16
        return not text.replace("\ufeff", "").strip()
    return False


def _reason(data: bytes) -> str:
    head = data[:4096]
    if b"\x00" in head:
        return "binary"
    for enc in ("utf-8", "gb18030"):
        try:
            data.decode(enc)
            return "not_a_report"  # clean text, but not enough Chinese in it
        except UnicodeDecodeError:
            pass
    return "undecodable"


def read(data: bytes, decode_text: DecodeText) -> Read:
    """The bytes as text, through the caller's encoding detection."""
    if whitespace_only(data):
        raise Unreadable("whitespace_only", "the file holds only whitespace")
    try:
        text, encoding = decode_text(data)
    except ValueError as exc:  # the decoder's own reason when it gives one
        raise Unreadable(getattr(exc, "reason", None) or _reason(data), str(exc)) from None
    if "<table" in text or "<TABLE" in text:  # past the first bytes the sniffer reads (a long Markdown file)
        from tasks.readers.html import tables_in_text

        if embedded := tables_in_text(text):
            return Read(text=embedded[0], format="text", encoding=encoding, pages=None, tables=embedded[1])
    return Read(text=text, format="text", encoding=encoding, pages=None, tables=0)
