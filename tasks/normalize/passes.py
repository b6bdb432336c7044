"""The normalization passes, declared once in the order they run, each with the reason for its place."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from tasks.identity import contacts, credit
from tasks.normalize import columns, encoding, folding, layout, markdown, pinyin, radicals, residue, script
from tasks.normalize.classes import ANY, GBK_SIGN, LATIN_SIGN, RADICAL, RARE, char_classes


@dataclass(slots=True)
class Doc:
    """One document between passes: its text, the log of what changed, and the classes of its characters.

    `classes` is an upper bound of `char_classes(text)`: a pass that only removes characters keeps it one, a pass
    that brings new characters recomputes it."""

    text: str
    log: dict = field(default_factory=dict)
    classes: int = ANY
    sweeping: bool = False  # folding changed the text: residue may have appeared
    residue_possible: bool = False  # the last removal or fold can have made residue
    found: int = 0  # residue removed by the current sweep round


def read_html(doc: Doc) -> None:
    """A saved web page to lines of text."""
    doc.text, doc.log["html_converted"] = layout.html_to_text(doc.text)


def unify_line_breaks(doc: Doc) -> None:
    """Every line break one '\\n': a line-based pass sees a report saved with CRLF as the same lines."""
    if "\r" in doc.text:
        doc.text = doc.text.replace("\r\n", "\n").replace("\r", "\n")


def read_columns(doc: Doc) -> None:
    """A table printed by position (cells apart by runs of spaces, labels broken in their narrow columns) as rows."""
    doc.text, tables = columns.read_columns(doc.text)
    if tables:
        doc.log["tables_read_by_position"] = tables


def strip_markdown(doc: Doc) -> None:
    """A converter's Markdown marks removed: headings' hashes, emphasis, images and links."""
    doc.text, stripped = markdown.strip_marks(doc.text)
    if stripped:
        doc.log["markdown_marks_removed"] = stripped


def single_space(doc: Doc) -> None:
    """A blank line after every line (Markdown's paragraphs) made one line break."""
    doc.text, removed = layout.single_space(doc.text)
    if removed:
        doc.log["blank_lines_between_lines_removed"] = removed


def classify(doc: Doc) -> None:
    """The classes of the text's characters, which let each later pass skip a document it cannot change."""
    doc.classes = char_classes(doc.text)


def fold_radicals(doc: Doc) -> None:
    """CJK radicals a PDF's text layer gave for ideographs (⼀、总体情况, ⾏政许可), read as the ideographs."""
    if doc.classes & RADICAL:
        doc.text, doc.log["radicals_folded"] = radicals.fold_radicals(doc.text)


def undouble_overprint(doc: Doc) -> None:
    """Characters a simulated bold printed twice (一一、、总总体体情情况况), read once."""
    doc.text, removed = layout.undouble_overprint(doc.text)
    if removed:
        doc.log["overprinted_characters_removed"] = removed


def undo_double_decoding(doc: Doc) -> None:
    """UTF-8 once read as Latin-1, cp1252 or GBK, read back."""
    if doc.classes & (LATIN_SIGN | GBK_SIGN):
        doc.text, undone = encoding.undo_double_decoding(doc.text, doc.classes)
        if undone:
            doc.log["double_decoding_undone"] = undone
            doc.classes = char_classes(doc.text)


def close_up_spread_lines(doc: Doc) -> None:
    """A PDF's letter-spaced lines closed up."""
    doc.text, closed = layout.close_up_spread_lines(doc.text)
    if closed:
        doc.log["spread_lines_closed"] = closed


def drop_running_heads(doc: Doc) -> None:
    """A PDF's running head (its title atop every page) removed where it cuts the text."""
    doc.text, dropped = layout.drop_running_heads(doc.text)
    if dropped:
        doc.log["running_heads_removed"] = dropped


def join_split_title(doc: Doc) -> None:
    """A title a PDF broke across two lines in its large type joined."""
    doc.text, joined = layout.join_split_title(doc.text)
    if joined:
        doc.log["split_title_joined"] = joined


def unwrap_hard_lines(doc: Doc) -> None:
    """A PDF's line breaks inside sentences removed (a tall row's cells printed before its label first put among its
    label's lines, where the line joins leave them to the table's reading; quotation marks printed apart from their
    words first removed)."""
    doc.text, quotes = layout.drop_stray_quotes(doc.text)
    if quotes:
        doc.log["stray_quotes_removed"] = quotes
    doc.text, moved = layout.cells_before_label(doc.text)
    if moved:
        doc.log["cells_moved_after_their_label"] = moved
    doc.text, unwrapped = layout.unwrap_hard_lines(doc.text)
    if unwrapped:
        doc.log["hard_line_breaks_removed"] = unwrapped


def repair_mojibake(doc: Doc) -> None:
    """One-byte-shifted GBK read back where the bytes allow, marked where not."""
    doc.text, fixed, marked = encoding.repair_mojibake(doc.text, doc.classes)
    doc.log["mojibake_repaired"], doc.log["mojibake_marked"] = fixed, marked
    if fixed or marked:
        doc.classes = char_classes(doc.text)  # repaired bytes bring their own characters


def strip_pinyin(doc: Doc) -> None:
    """Pinyin annotations after characters removed."""
    doc.text, doc.log["pinyin_removed"] = pinyin.strip_pinyin(doc.text, doc.classes)
    if doc.log["pinyin_removed"] >= 3:  # a page of an annotating mirror
        doc.text, undoubled = pinyin.undouble_marks(doc.text)
        if undoubled:
            doc.log["doubled_marks_removed"] = undoubled


def simplify(doc: Doc) -> None:
    """Traditional script and Taiwan phrasing to Simplified with mainland wording."""
    doc.text, script_log = script.simplify(doc.text, doc.classes)
    doc.log.update(script_log)
    if script_log["script_changes"]:
        doc.classes = char_classes(doc.text)


def split_crawler_header(doc: Doc) -> None:
    """A crawler's `key: value` header block taken off the text into the log."""
    doc.text, header = residue.split_crawler_header(doc.text, doc.classes)
    if header:  # its title is read for the region and year: in the folded form of the body
        doc.log["crawler_header"] = {k: folding.fold_width(v)[0] for k, v in header.items()}


def keep_page_date(doc: Doc) -> None:
    """The date a page's publication field gives (来源：…县人民政府 发布时间：2022-02-27 字体：[大 中 小]), kept in the
    header before the residue pass drops the metadata line it stands in: a report that never states its year is the
    report on the year before the one it was published in early (tasks.extract_identity.report_year)."""
    if "crawler_header" in doc.log and "发布时间" in doc.log["crawler_header"]:
        return
    if date := contacts.page_date(doc.text):
        doc.log.setdefault("crawler_header", {})["发布时间"] = date.isoformat()


def keep_organ_code(doc: Doc) -> None:
    """The publishing organ's credit code a page's 索引号 opens with (11330723736009120E/2021-242240), kept in the
    header before the residue pass drops the page's metadata lines: it says where the organ is registered
    (tasks.identity.credit)."""
    if code := credit.organ_code(doc.text):
        doc.log.setdefault("crawler_header", {}).setdefault("索引号", code)


def join_cell_lines(doc: Doc) -> None:
    """Table rows printed one cell a line joined, one row a line."""
    doc.text, rows = layout.join_cell_lines(doc.text)
    if rows:
        doc.log["cell_lines_joined"] = rows


def remove_residue(doc: Doc) -> None:
    """Web-page and Word furniture removed."""
    doc.text, doc.log["residue_removed"] = residue.remove_residue(doc.text, doc.classes)


def fold_characters(doc: Doc) -> None:
    """Digits, letters, punctuation and whitespace in one form; a changed text is swept for residue after."""
    folded, doc.log["characters_folded"], joined = folding.fold_characters(doc.text, doc.classes)
    if folded != doc.text:
        doc.sweeping = True
        # The sweep's residue search is needed only after a removal or a fold that can make residue: otherwise
        # the text was residue-free and still is.
        doc.residue_possible = bool(doc.log["residue_removed"]) or joined
    doc.text = folded


def sweep_residue(doc: Doc) -> None:
    """Residue that folding or the last removal made, removed."""
    if doc.sweeping:
        doc.found = 0
        if doc.residue_possible:
            doc.text, doc.found = residue.remove_residue(doc.text, doc.classes)


def sweep_crawler_header(doc: Doc) -> None:
    """A header block that a removal exposed, taken off; anything removed is folded again, else the sweep ends."""
    if not doc.sweeping:
        return
    doc.text, more = residue.split_crawler_header(doc.text, doc.classes)  # folding keeps `classes` an upper bound
    if doc.found or more:
        doc.text = folding.fold_characters(doc.text, doc.classes & ~RARE)[0]  # the first fold removed them all
        doc.log["residue_removed"] += doc.found + len(more)
        doc.residue_possible = True
    else:
        doc.sweeping = False


def drop_doubled_body(doc: Doc) -> None:
    """One copy kept of a body saved twice or more."""
    doubled = False
    for _ in range(8):  # a page saved several times over halves each round
        doc.text, again = residue.drop_doubled_body(doc.text)
        if not again:
            break
        doubled = True
    doc.log["doubled_body_removed"] = doubled
    if doubled:
        doc.text = doc.text.rstrip("\n") + "\n"


def unwrap_bare_page(doc: Doc) -> None:
    """A PDF's line breaks that only show once the page's furniture is gone: its metadata and menu lines hid the
    width its prose lines share. The text is normalized again after this (normalize_texts), as a page so unwrapped.
    (Counts cut from their sentences were joined by the first unwrapping.)"""
    doc.text, unwrapped = layout.unwrap_hard_lines(doc.text, cut_counts=False)
    if unwrapped:
        doc.log["hard_line_breaks_removed"] = doc.log.get("hard_line_breaks_removed", 0) + unwrapped
        doc.log["unwrapped_late"] = unwrapped


def restore_lines(doc: Doc) -> None:
    """A line-less page's headings and table rows started on lines of their own."""
    doc.text, restored = layout.restore_lines(doc.text)
    if restored:
        doc.log["lines_restored"] = restored


SWEEP_ROUNDS = 4

PASSES: tuple[Callable[[Doc], None], ...] = (
    # First: a saved page's tags hide its text from every other pass, and the classes are the text's, not the tags'.
    read_html,
    # Before every pass that reads lines (joining a table's cell lines, unwrapping a PDF's): CRLF as LF (the fold
    # would turn it later, after those passes ran on lines ending in '\r').
    unify_line_breaks,
    # Before every pass that joins lines or closes up spaces: the spaces are where a table printed by position
    # keeps its columns.
    read_columns,
    # Before every pass that reads lines: a heading's hashes hide it from those that know headings, a blank line
    # after every line (Markdown's paragraphs) from those that join lines.
    strip_markdown,
    single_space,
    classify,
    # Before any pass that reads characters: the misreading replaced them all.
    undo_double_decoding,
    # Before any pass that reads headings, labels or words: ⼀、总体情况 is 一、总体情况 (the radical carries its
    # ideograph's class bits, so `classes` stays an upper bound).
    fold_radicals,
    # Before any pass that reads headings or lines: a heading printed in a simulated bold is every character twice.
    undouble_overprint,
    # A PDF's line breaks inside sentences go before residue and headers, so those that a break cut are whole
    # again (only line breaks and page-number lines go, so `classes` stays an upper bound).
    # First the pages' running heads, which stand between the lines unwrapping joins, and the lines a PDF spread out
    # closed up, whose width unwrapping measures.
    close_up_spread_lines,
    drop_running_heads,
    join_split_title,
    unwrap_hard_lines,
    # Again: a PDF's paragraphs apart by blank lines show the habit only once their wrapped lines are one.
    single_space,
    # Before the script: the repaired bytes are text in either script (seed 002: 完善體制). The passes from here
    # to folding only remove characters, so `classes` stays an upper bound until t2s rewrites (and from then on,
    # once recomputed).
    repair_mojibake,
    # Before the script: an annotation splits the words that phrase conversion and the Taiwan markers read.
    strip_pinyin,
    simplify,
    # After the script: a header in Traditional script names its fields in Simplified only now.
    split_crawler_header,
    # Before residue, which drops the page's metadata lines the code and the date stand in.
    keep_organ_code,
    keep_page_date,
    # Before residue, which drops lines holding only '|': in a table printed one cell a line they open the rows and
    # stand for the empty cells (wide t03).
    join_cell_lines,
    # Residue before folding: breadcrumbs and share bars are delimited by the spaces that folding removes (d01,
    # d10).
    remove_residue,
    fold_characters,
    # Folding can make residue (d23: 作者 : … → 作者：…) and removing some can expose a header block; sweep until
    # nothing changes so the result is a fixed point.
    *(sweep_residue, sweep_crawler_header) * SWEEP_ROUNDS,
    # Last: the copies of a body saved twice are equal only once the residue between and around them is gone
    # (a second `=== 正文 ===`, a share bar).
    drop_doubled_body,
    # On the page without its furniture: a PDF's line breaks the first unwrapping could not tell.
    unwrap_bare_page,
    # Once more on the page without its furniture and its doubled body (a menu's lines put its title out of the top
    # lines and hid the body's habit; a title joined is a line less): normalizing the result again finds nothing left
    # to join or close up.
    join_split_title,
    single_space,
    # Last, on the folded text (。, no spaces left between characters): a line-less page's lines back; a page whose
    # lines came back is normalized again as that page (normalize_texts), so that every line-based pass reads them.
    restore_lines,
)
