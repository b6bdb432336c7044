"""What extraction says about a document beside its numbers, typed so that validation never parses prose."""

from __future__ import annotations

from typing import NamedTuple

import polars as pl

PROSE_CONFLICT = "prose_conflict"  # the report states one figure in ways that contradict each other
TABLE_INCONSISTENT = "table_inconsistent"  # a template table as printed breaks the template's own arithmetic
LEFT_OUT = "left_out"  # something that could not be read with certainty, and why

NOTES = pl.Schema({"doc_id": pl.String, "kind": pl.String, "detail": pl.String})


class Note(NamedTuple):
    kind: str
    detail: str


def prose_conflict(detail: str) -> Note:
    return Note(PROSE_CONFLICT, detail)


def table_inconsistent(detail: str) -> Note:
    return Note(TABLE_INCONSISTENT, detail)


def typed(note: Note | str) -> Note:
    """A reader's plain note says what it left out."""
    return note if isinstance(note, Note) else Note(LEFT_OUT, note)


def notes_frame(notes: dict[str, list[Note]]) -> pl.DataFrame:
    rows = [{"doc_id": doc, "kind": n.kind, "detail": n.detail} for doc, ns in notes.items() for n in ns]
    return pl.DataFrame(rows, schema=NOTES)
