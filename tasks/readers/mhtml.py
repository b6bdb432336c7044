"""A web page saved as one file (.mht / .mhtml: "Web archive, single file" of Internet Explorer, Edge and Chrome): a
MIME message whose first text/html part is the page, quoted-printable or base64, read with Python's email package
and then as the saved page it is."""

from __future__ import annotations

import email
import email.policy
import re

from tasks.readers import DecodeText, Read, Unreadable
from tasks.readers import html as html_reader

# The message's own header block, at the very start: MIME-Version and a multipart/related Content-Type.
HEADER_BLOCK_RE = re.compile(rb"\A(?:[\x21-\x39\x3b-\x7e]+:[^\n]*\n(?:[ \t][^\n]*\n)*)+\r?\n", re.ASCII)


def looks_like_mhtml(data: bytes) -> bool:
    """Whether the bytes open with a MIME header block that declares a multipart/related message."""
    head = data[:4096].replace(b"\r\n", b"\n")
    m = HEADER_BLOCK_RE.match(head)
    if m is None:
        return False
    block = m.group().lower()
    return b"mime-version:" in block and b"multipart/related" in block


def read(data: bytes, decode_text: DecodeText) -> Read:
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    page = next((part for part in message.walk() if part.get_content_type() == "text/html"), None)
    payload = page.get_payload(decode=True) if page is not None else None
    if not payload:
        raise Unreadable("corrupt_mhtml", "the web archive (.mht) holds no page: save the page again, or as .html")
    charset = page.get_content_charset()
    if charset and b"charset" not in payload[:20000].lower():
        # the page's charset stated only in its part's header: state it where the page reader looks
        payload = f'<meta charset="{charset}">'.encode("ascii") + payload
    result = html_reader.read(payload, decode_text)
    return Read(text=result.text, format="mhtml", encoding=result.encoding, pages=None, tables=result.tables)
