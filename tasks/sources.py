"""The input folder as the lake knows it: which files are new, changed, unchanged, duplicated or gone.

A run compares every entry of the input folder with the lake's `sources` state (size and times, then the content
hash): only new and changed files are read and processed. One source file has one current version in the lake;
a changed file's earlier rows are replaced, a file that disappeared keeps its rows unless pruned.
"""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from tasks.schemas import SOURCES

MAX_FILE_BYTES = 64 * 1024 * 1024  # the largest report PDFs are a few MB; a bigger file is not a report


def doc_id_of(data: bytes) -> str:
    """The document's id: its content hash (the same bytes are the same document wherever they lie)."""
    return hashlib.sha256(data).hexdigest()[:16]


def path_id(source_file: str) -> str:
    """An id for an entry with no content to hash (unreadable, not a file): stable across runs."""
    return "path-" + doc_id_of(source_file.encode("utf-8"))[:11]


@dataclass(frozen=True)
class Entry:
    """One directory entry below the input folder."""

    source_file: str  # relative to the input folder, '/'-separated
    size: int
    mtime_ns: int
    ctime_ns: int
    problem: str | None = None  # why it is not read: a reason code
    detail: str | None = None

    def same_file(self, row: dict) -> bool:
        return (self.size, self.mtime_ns, self.ctime_ns) == (row["size"], row["mtime_ns"], row["ctime_ns"])


def _special(rel: str, st: os.stat_result, problem: str, detail: str) -> Entry:
    return Entry(rel, st.st_size, st.st_mtime_ns, st.st_ctime_ns, problem, detail)


# A web page saved by a browser "complete" (Chrome, Edge, Firefox, 360, QQ): page.html beside page_files/, which
# holds what the page loads — its stylesheets, scripts, images and fonts, and the pages of its frames. The frames'
# pages are read like any page (a report shown in a frame is in one of them); the rest is the page's furniture.
PAGE_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml")
COMPANION_ENDINGS = ("_files", ".files")
ASSET_KINDS = {
    "a stylesheet": (".css",),
    "a script": (".js", ".mjs", ".map"),
    "an image": (".png", ".jpg", ".jpeg", ".gif", ".svg", ".ico", ".webp", ".bmp", ".avif"),
    "a font": (".woff", ".woff2", ".ttf", ".otf", ".eot"),
    "a plug-in": (".swf",),
}
ASSET_KIND = {suffix: kind for kind, suffixes in ASSET_KINDS.items() for suffix in suffixes}


def _companions(entries: list[os.DirEntry]) -> dict[str, str]:
    """The folders among `entries` that a saved page beside them keeps its files in: {folder name: page name}."""
    names = {e.name for e in entries}
    out = {}
    for name in names:
        if name.lower().endswith(PAGE_SUFFIXES):
            stem = name.rsplit(".", 1)[0]
            for ending in COMPANION_ENDINGS:
                if stem + ending in names:
                    out[stem + ending] = name
    return out


def scan_folder(root: Path, max_bytes: int = MAX_FILE_BYTES) -> list[Entry]:
    """Every entry below root in a stable order. Symlinks are never followed out of the folder, nor into folders;
    FIFOs, sockets, devices, hidden files, symlink loops, files above the size limit and the stylesheets, scripts,
    images and fonts of a saved page's folder come back with a problem."""
    root = root.resolve()
    out: list[Entry] = []

    def walk(folder: Path, page: str | None = None) -> None:
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            rel = folder.relative_to(root).as_posix()
            out.append(Entry(rel, 0, 0, 0, "unreadable", f"folder cannot be listed: {exc.strerror}"))
            return
        companions = _companions(entries)
        for e in entries:
            rel = Path(e.path).relative_to(root).as_posix()
            st = e.stat(follow_symlinks=False)
            if e.name.startswith("."):
                out.append(_special(rel, st, "hidden", "hidden file or folder (name starts with '.'): not read"))
            elif e.is_symlink():
                out.append(_symlink(root, rel, Path(e.path), st, max_bytes))
            elif stat.S_ISDIR(st.st_mode):
                walk(Path(e.path), page or _page_of(folder, root, companions.get(e.name)))
            elif stat.S_ISREG(st.st_mode) and page and (kind := ASSET_KIND.get(Path(e.name).suffix.lower())):
                detail = f"{kind} of the saved page {page}, kept in its folder by the browser: not a report"
                out.append(_special(rel, st, "page_asset", detail))
            elif stat.S_ISREG(st.st_mode):
                out.append(_regular(rel, st, max_bytes))
            else:
                kind = (
                    "a FIFO (named pipe)"
                    if stat.S_ISFIFO(st.st_mode)
                    else "a socket"
                    if stat.S_ISSOCK(st.st_mode)
                    else "a device"
                )
                out.append(_special(rel, st, "not_a_file", f"{kind}, not a regular file: not read"))

    walk(root)
    return out


def _page_of(folder: Path, root: Path, page: str | None) -> str | None:
    """The saved page's path relative to the input folder, when a companion folder is being entered."""
    return (folder / page).relative_to(root).as_posix() if page else None


def _regular(rel: str, st: os.stat_result, max_bytes: int) -> Entry:
    if st.st_size > max_bytes:
        return _special(
            rel,
            st,
            "too_large",
            f"{st.st_size / 1e6:.0f} MB, above the {max_bytes / 1e6:.0f} MB limit for one report (--max-file-mb)",
        )
    return Entry(rel, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


def _symlink(root: Path, rel: str, path: Path, st: os.stat_result, max_bytes: int) -> Entry:
    try:
        target = path.resolve(strict=True)
    except RuntimeError:
        return _special(rel, st, "symlink_loop", "a symlink loop: not followed")
    except OSError:
        return _special(rel, st, "broken_symlink", "a symlink to nothing: not followed")
    if not target.is_relative_to(root):
        return _special(rel, st, "symlink_outside_input", "a symlink leading out of the input folder: never followed")
    tst = target.stat()
    if not stat.S_ISREG(tst.st_mode):
        return _special(
            rel,
            st,
            "symlink_not_a_file",
            "a symlink to a folder or special file: not followed (its files are read where they lie)",
        )
    return _regular(rel, tst, max_bytes)


@dataclass
class Triage:
    """Run-level bookkeeping of which source holds which document, shared by all batches of a run."""

    state: dict[str, dict]  # source_file → its row of the lake's sources state
    current: set[str]  # source files present in the folder now
    full: bool = False
    holder: dict[str, str] = field(default_factory=dict)  # doc_id → the source whose rows carry it

    def __post_init__(self) -> None:
        if not self.full:
            for src in sorted(self.current):
                row = self.state.get(src)
                if row and row["state"] in ("landed", "quarantined") and not row["doc_id"].startswith("path-"):
                    self.holder.setdefault(row["doc_id"], src)

    @classmethod
    def from_lake(cls, sources: pl.DataFrame, entries: list[Entry], full: bool) -> Triage:
        state = {r["source_file"]: r for r in sources.iter_rows(named=True)}
        return cls(state, {e.source_file for e in entries}, full)

    def unchanged_by_stat(self, e: Entry) -> bool:
        """Same size and times as the lake records: not read. A duplicate too — it is read again only if its
        holder goes or changes (`orphans`)."""
        row = self.state.get(e.source_file)
        return not self.full and row is not None and e.problem is None and e.same_file(row)

    def decide(self, source: str, doc_id: str) -> tuple[str, str | None]:
        """'unchanged' (same content as the lake holds), ('duplicate', holder) or 'process'."""
        row = self.state.get(source)
        if not self.full and row and row["doc_id"] == doc_id and self.holder.get(doc_id) == source:
            return "unchanged", None
        holder = self.holder.get(doc_id)
        if holder is not None and holder != source:
            return "duplicate", holder
        self.holder[doc_id] = source
        return "process", None

    def stale_docs(self, source: str, new_doc: str) -> set[str]:
        """Documents whose rows go when `source` lands `new_doc`: its previous version, unless another source
        still holds it, and any archived rows of the same content (a file moved or restored)."""
        out = {new_doc}
        row = self.state.get(source)
        if row and row["doc_id"] != new_doc and self.holder.get(row["doc_id"]) in (None, source):
            out.add(row["doc_id"])
            self.holder.pop(row["doc_id"], None)
        return out

    def orphans(self) -> list[str]:
        """Current sources recorded as duplicates of a document nobody holds any more: they must be read again."""
        return sorted(
            src
            for src in self.current
            if (row := self.state.get(src)) and row["state"] == "duplicate" and row["doc_id"] not in self.holder
        )

    def removed(self) -> list[str]:
        return sorted(set(self.state) - self.current)

    def archived_with(self, doc_id: str) -> set[str]:
        """Removed sources whose kept rows are this document's: their state goes when it lands again."""
        return {s for s in self.removed() if self.state[s]["doc_id"] == doc_id}


def state_rows(rows: list[dict]) -> pl.DataFrame:
    return pl.DataFrame(rows, schema=SOURCES)
