"""Word 97–2003 (.doc): converted to .docx by msdoc2docx (pure Python, MIT; it follows Microsoft's published binary
format, no office suite involved) and read as a Word file — paragraphs and tables in body order, merged cells
resolved."""

from __future__ import annotations

import tempfile
from pathlib import Path

from tasks.readers import DecodeText, Read, Unreadable
from tasks.readers import docx as docx_reader


def read(data: bytes, decode_text: DecodeText) -> Read:
    from doc2docx import convert
    from doc2docx.errors import Doc2DocxError, EncryptedDocumentError

    with tempfile.TemporaryDirectory(prefix="gongkai-doc-") as tmp:
        source, converted = Path(tmp) / "report.doc", Path(tmp) / "report.docx"
        source.write_bytes(data)
        try:
            convert(source, converted)
        except EncryptedDocumentError:
            raise Unreadable(
                "encrypted_doc", "the Word 97–2003 file is protected by a password: give an unprotected copy"
            ) from None
        except (Doc2DocxError, ValueError, IndexError, KeyError, OSError) as exc:
            raise Unreadable(
                "corrupt_doc",
                f"the Word 97–2003 file is damaged or cut short and cannot be read ({type(exc).__name__}); "
                "open it and save it as .docx or PDF",
            ) from None
        result = docx_reader.read(converted.read_bytes(), decode_text)
    return Read(text=result.text, format="doc", encoding=None, pages=None, tables=result.tables)
