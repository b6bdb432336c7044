"""A table's text as the template reads it: number tokens with their offsets, blank marks, page furniture, and the
rest (the skeleton, with no spaces or numbers) in which row and column labels are found whatever a converter put
between their characters. Rows printed as cells (`| a | b |`, one row a line) are parsed as cells."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from tasks.rules import BLANK_MARKS

CJK = "\u4e00-\u9fff"
# A number followed by one of these is a date, a page or a count in a sentence, never a cell.
NOISE_AFTER = frozenset("年月日时页号%％件条个人次项岁期批场篇位")
UNITS = ("万元", "元")
# A piece of table 三's merged label 三、本年度办理结果 broken after its 本, printed right after a row's last cell by a
# PDF laid out by lines ('3.补正后申请内容仍不明确 0 82 0 0 0 0 82' / '年度办'): the number before it is no year.
MERGED_PIECE_RE = re.compile(r"年度办(?:理|\n|\Z)")

# One pass, linear: possessive quantifiers never backtrack, and every alternative consumes its whole run, so a
# long run of digits, dashes or spaces is scanned once.
TOKEN_RE = re.compile(
    # page furniture: a line '— 2 —' (a converter's page footer), '第 3 页 共 9 页', a running header line
    r"(?P<page>^[^\S\n]*+[-—－–]++[^\S\n]*+\d{1,4}+[^\S\n]*+[-—－–]++[^\S\n]*+(?=\n|\Z)"
    r"|第[^\S\n]*+\d{1,4}+[^\S\n]*+页(?:[^\S\n]*+[，,/]?+[^\S\n]*+共[^\S\n]*+\d{1,4}+[^\S\n]*+页)?+"
    r"|^[^\n\d|]{0,30}+\d{4}年度?[^\n\d|]{0,30}?(?:年度报告|工作报告)[^\S\n]*+(?=\n|\Z))"
    r"|(?P<num>[+\-−]?+\d++(?:\.\d++)?+)"
    r"|(?P<dash>[-—－–/]++)",
    re.MULTILINE,
)
# A row's number before its label ('6.属于…'), the line broken after its mark in a narrow cell ('1.' / '属于国…')
NUMBERING_RE = re.compile(rf"[^\S\n]*+[.．、]\s*+[{CJK}]")
# (万 alone is 万元 in a money column: fresh42 ab02 政府集中采购 / 13 / 2601.953875万)
UNIT_RE = re.compile(r"[^\S\n]*+(万元|元|万(?=[^\S\n]*+(?:\n|\||\Z)))")
# A cell of 本年增/减 that holds no signed figure: the word alone, or an increase and a decrease side by side.
NO_FIGURE_CELL_RE = re.compile(r"增|减|增/减|增减|\d+[^\S\n]*/[^\S\n]*\d+")
NO_FIGURE = "no figure"  # the unit cell_value gives a cell that stands in its row's place with no value
# A count's unit written in its cell, the cell's whole content (fresh36 s25: 政府集中采购 / 31批次 / 709455.9元;
# fresh44 ad13: 行政處罰 | 200 | -76宗 | 124宗 |).
# Or run together with the next cell or row, as a PDF's text layer gives a row ('行政处罚200 -76宗124宗行政强制0 0 0').
COUNT_UNITS = "批次|批|个|项|件|宗|条"
COUNT_CELL_RE = re.compile(
    rf"[^\S\n]*+(?:{COUNT_UNITS})[^\S\n]*+(?=\n|\||\Z|[+\-−]?\d|行政|其他对外|规章|规范性|第二十|政府集中|信息内容)"
)
COUNT_BEFORE = frozenset(("", "\n", "|", " ", "批", "个", "项", "件", "宗", "条"))
CHANGE_WORD_RE = re.compile(r"[^\S\n]*+(增加?|减少?)[^\S\n]*+\Z")
NO_CHANGE = r"未增未减|无增无减|不增不减|无增减"
NO_CHANGE_RE = re.compile(rf"(?P<word>{NO_CHANGE})[^\S\n]*+")  # opens with its word: one scan, never per space
FENCE_BEFORE_RE = re.compile(r"(?:\||\n|\A)[^\S\n]*+$")  # a bar before it, or it opens its line
SPLIT_DELTA_RE = re.compile(r"[^\S\n]*+\n[^\S\n]*+减")
CELL_END_RE = re.compile(r"(?:[^\S\n]|[|\n]|\Z)")  # what closes a cell: a space, a bar, the line's end
FENCE_AFTER_RE = re.compile(r"[^\S\n]*+\|")
LINE_END_RE = re.compile(r"[^\S\n]*+(?:\n|\Z)")
KEEP_RE = re.compile(r"[^\s|]++|\n")


@dataclass(frozen=True)
class Token:
    kind: str  # cell | blank | junk (a dash glued to digits, a sign or a decimal where the table has none)
    text: str
    start: int
    end: int
    unit: str = ""
    fenced: bool = False  # printed alone between two '|': a cell's whole content, never cut


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _is_letter(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


@dataclass
class Scan:
    """Tokens and skeleton of text[start:end]."""

    text: str
    tokens: list[Token]
    skeleton: str
    offsets: list[int]  # offsets[i]: where skeleton[i] is in text; one more entry for the end
    furniture: list[tuple[int, int]]

    def span(self, a: int, b: int) -> tuple[int, int]:
        """The text span of skeleton[a:b]."""
        return self.offsets[a], self.offsets[b - 1] + 1

    def at(self, pos: int) -> int:
        """The skeleton index of the first skeleton character at or after text position pos."""
        lo, hi = 0, len(self.skeleton)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.offsets[mid] < pos:
                lo = mid + 1
            else:
                hi = mid
        return lo


def scan(text: str, start: int = 0, end: int | None = None, *, money: bool = False) -> Scan:
    """Tokens of text[start:end]. `money` (table 二): signed and decimal numbers and a written unit are cells."""
    end = len(text) if end is None else end
    tokens: list[Token] = []
    removed: list[tuple[int, int]] = []
    furniture: list[tuple[int, int]] = []
    for m in TOKEN_RE.finditer(text, start, end):
        s, e = m.span()
        prev = text[s - 1] if s > 0 else ""
        if m.lastgroup == "page":
            furniture.append((s, e))
            removed.append((s, e))
            continue
        if m.lastgroup == "dash":
            nxt = text[e] if e < len(text) else ""
            if e - s >= 3 and not (prev.isdigit() or nxt.isdigit()):
                furniture.append((s, e))  # a rule line or a Markdown header separator ('| --- |')
                removed.append((s, e))
                continue
            glued = prev.isdigit() or nxt.isdigit()
            # 本年增/减 broken after its mark by a narrow cell ('本年增/' / '减') is a label, no blank cell
            label = (_is_cjk(prev) and _is_cjk(nxt)) or (prev == "增" and SPLIT_DELTA_RE.match(text, e))
            if m.group() in BLANK_MARKS and not glued and not label:
                tokens.append(Token("blank", m.group(), s, e))
            elif glued:
                tokens.append(Token("junk", m.group(), s, e))
            else:
                continue  # '本年增/减', a dash in a sentence: label text
            removed.append((s, e))
            continue
        num = m.group()
        nxt = text[e] if e < len(text) else ""
        signed, decimal = num[0] in "+-−", "." in num
        if signed and (prev.isdigit() or not money):
            tokens.append(Token("junk", num, s, e))
            removed.append((s, e))
            continue
        if not signed and not decimal and NUMBERING_RE.match(text, e):
            # '6.属于四类过程性信息': the row's number belongs to its label; digits before it are the previous
            # row's cells run into it ('00000006.属于…', d08).
            if len(num) > 1:
                tokens.append(Token("cell", num[:-1], s, e - 1))
                removed.append((s, e - 1))
            continue
        if money and not signed and (word := CHANGE_WORD_RE.search(text, max(start, s - 4), s)):
            # 本年增/减 written in words in its cell, the cell alone on its line (fresh10 p03: 6 / 减3 / 3)
            a = word.start()
            # its word opens the cell: at a line's start or after a bar, or glued to the cell before it once a
            # converter's space between them was folded ('行政许可 421 增1423 1844' -> 421增1423)
            if (a == start or text[a - 1] in "\n| " or text[a - 1].isdigit()) and CELL_END_RE.match(text, e):
                sign = "-" if word.group(1).startswith("减") else "+"
                tokens.append(Token("cell", sign + num, a, e))
                removed.append((a, e))
                continue
        unit = UNIT_RE.match(text, e) if money else None
        if unit:
            tokens.append(Token("cell", num, s, unit.end(), "万元" if unit.group(1) == "万" else unit.group(1)))
            removed.append((s, unit.end()))
            continue
        if (
            money
            and not decimal
            and (count := COUNT_CELL_RE.match(text, e))
            and text[max(0, s - 1) : s] in COUNT_BEFORE
        ):
            tokens.append(Token("cell", num, s, count.end()))
            removed.append((s, count.end()))
            continue
        if (nxt in NOISE_AFTER and not (len(num) < 4 and MERGED_PIECE_RE.match(text, e))) or (
            _is_letter(prev) or _is_letter(nxt)
        ):
            continue  # a date, a page, a count in a sentence, 'Column1': label text
        if decimal and not money:
            tokens.append(Token("junk", num, s, e))
        else:
            opens = FENCE_BEFORE_RE.search(text, max(0, s - 40), s)
            # alone between bars, or alone on its line (a cell a line: '规范性文件' / '198' is never 1 | 9 | 8; a run
            # of zeros may still be zero cells run together)
            fenced = opens and (FENCE_AFTER_RE.match(text, e) or (LINE_END_RE.match(text, e) and num.strip("0")))
            tokens.append(Token("cell", num, s, e, fenced=bool(fenced)))
        removed.append((s, e))
    if money and "增" in text[start:end]:
        # 本年增/减 said to be none in words, the cell's whole content (fresh11 q25: 行政许可 | 0 | / 未增未减 | 0 |)
        for m in NO_CHANGE_RE.finditer(text, start, end):
            a, e = m.span("word")
            before = text[max(0, a - 8) : a].rstrip(" \t\u3000")
            # …or run into the row's next cell, as a PDF's text gives a row printed line by line ('未增未减0')
            after = text[m.end()] if m.end() < len(text) else "\n"
            if (not before or before[-1] in "\n|") and (after in "\n|" or after.isdigit()):
                tokens.append(Token("cell", "0", a, e))
                removed.append((a, e))
        tokens.sort(key=lambda t: t.start)
        removed.sort()
    chars: list[str] = []
    offsets: list[int] = []
    pos = start
    for a, b in [*removed, (end, end)]:
        for k in KEEP_RE.finditer(text, pos, a):
            if k.group() == "\n":
                if chars and chars[-1] != "\n":
                    chars.append("\n")
                    offsets.append(k.start())
                continue
            chars.append(k.group())
            offsets.extend(range(k.start(), k.end()))
        pos = max(pos, b)
    offsets.append(end)
    return Scan(text, tokens, "".join(chars), offsets, furniture)


def ends_text(text: str, pos: int) -> bool:
    """Nothing but spaces, line breaks and bars from pos to the text's end: where a saved excerpt stopped."""
    return not text[pos:].strip(" |\t\n")


def whole_at_end(cell: str) -> bool:
    """Whether a number a saved excerpt ends on is whole: zeros are ('0', or '00' run together), no count being a longer
    print of them; any other may be the start of a longer one the end cut ('52' of 524)."""
    return bool(cell) and not cell.strip("0")


def apart(text: str, a: Token, b: Token) -> bool:
    """Two numbers stand apart: a space, a line break or a bar between them, nothing else."""
    gap = text[a.end : b.start]
    return bool(gap) and not gap.strip(" |\t\n")


@lru_cache(maxsize=2)
def scan_whole(text: str) -> Scan:
    """scan(text), kept for the next reader of the same text: tables 三 and 四 read one scan (never changed)."""
    return scan(text)


# Between two characters of a label a converter may break the line, and a PDF laid out by lines starts the next
# line with a piece of the merged label to its left (pdfplumber: "…收费通知要 / 理求缴纳费用…": 理 of （六）其他处理),
# A row label of table 三 may also have that piece on a line of its own between its two lines ('…要求缴' / '他处理' /
# '纳费用、…'): `wrapped(…, breaks=2)`.
LINE_BREAK = r"(?:\n[^\n\d]{0,10}?){0,%d}"


def tightest(pattern: re.Pattern[str], skeleton: str, a: int, b: int) -> int:
    """The latest line start at which a label found at skeleton[a:b] still matches whole: a match may begin in
    the previous label's tail and reach this one across the break ('…申请 / 申请人逾期…')."""
    best = a
    for i in range(a, b):
        if skeleton[i] == "\n" and pattern.fullmatch(skeleton, i + 1, b):
            best = i + 1
    return best


def _atoms(pattern: str) -> list[str]:
    """The top-level atoms of a simple regex: a character, an escape, a class or a group, with its quantifier."""
    atoms, i = [], 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            j = i + 2
        elif ch == "[":
            j = pattern.index("]", i + 1) + 1
        elif ch == "(":
            depth, j = 0, i
            while True:
                depth += {"(": 1, ")": -1}.get(pattern[j], 0)
                j += 2 if pattern[j] == "\\" else 1
                if depth == 0:
                    break
        else:
            j = i + 1
        if j < len(pattern) and pattern[j] == "{":
            j = pattern.index("}", j) + 1
        while j < len(pattern) and pattern[j] in "?*+":
            j += 1
        atoms.append(pattern[i:j])
        i = j
    return atoms


@cache
def wrapped(pattern: str, breaks: int = 1) -> str:
    """A label pattern that also matches the label broken across lines (see LINE_BREAK), up to `breaks` lines
    between two of its characters. A break is allowed only between two characters of the label, never before or
    after it: an optional part carries its own break."""
    line_break = LINE_BREAK % breaks
    branches = []
    for branch in _split_alternation(pattern):
        out, inside = [], False  # inside: a character of the label has been matched before this atom
        for atom in _atoms(branch):
            if atom.startswith(("(?=", "(?!", "(?<")):
                out.append(atom)
                continue
            if atom.endswith("?") and not atom.endswith(("*?", "+?", "}?")):
                body = atom[:-1]
                body = wrapped(body[3:-1], breaks) if body.startswith("(?:") else body
                # into an optional part after a character a bare break only: a piece of another cell before it
                # would be read as the label's own (行政许可(?:事项)? over '行政许可 / 其他对外管理服务事项', the
                # next row's label)
                out.append(f"(?:\\n?(?:{body}))?" if inside else f"(?:(?:{body}){line_break})?")
                continue
            if atom.startswith("(?:"):
                quant = atom[len(atom.rstrip("*+")) :]
                atom = "(?:" + wrapped(atom[3 : len(atom) - len(quant) - 1], breaks) + ")" + quant
            out.append((line_break if inside else "") + atom)
            inside = True
        branches.append("".join(out))
    return "|".join(branches)


def _split_alternation(pattern: str) -> list[str]:
    parts, depth, start, i = [], 0, 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = pattern.index("]", i + 1) + 1
            continue
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*parts, pattern[start:]]


@dataclass(frozen=True)
class Cell:
    text: str
    start: int
    end: int


# Backtracking is bounded by the line: `[^\n]*` gives back at most to the line's last '|'.
# A row printed as cells: '| a | b | … |' (the readers' form), or a label then its cells, 'a | b | … |' or cut short
# 'a | b | c' (t05: a page store's rendering of the same table) — at least two separators on one line.
CELL_ROW_RE = re.compile(r"^[^\n|]*+\|[^\n|]*+\|[^\n]*+$", re.MULTILINE)
CELL_RE = re.compile(r"[^|\n]*+")
INTEGER_RE = re.compile(r"\d++")
COUNTED_RE = re.compile(r"[+\-−]?+\d++[件项个条宗]")
CHANGE_RE = re.compile(r"(增加?|减少?)\s*+(\d++)")
MONEY_RE = re.compile(r"[+\-−]?+\d++(?:\.\d++)?+(?:万元|元|万)?+")
SPACE_RE = re.compile(r"\s+")


def cell_rows(text: str, start: int = 0, end: int | None = None) -> list[list[Cell]]:
    """Lines printed as cells, '| a | b | … |' (the readers' form for PDF, HTML and Word tables), each as its
    cells; an empty cell is kept, empty."""
    rows = []
    for m in CELL_ROW_RE.finditer(text, start, len(text) if end is None else end):
        line = m.group()
        lead, trail = line.lstrip(), line.rstrip()
        # Outer bars close the row; without them the row's first and last cells run to the line's ends.
        line_start = text.index("|", m.start()) + 1 if lead.startswith("|") else m.start()
        line_end = text.rindex("|", m.start(), m.end()) if trail.endswith("|") else m.end()
        cells = []
        for c in CELL_RE.finditer(text, line_start, line_end):
            if c.start() > line_start and text[c.start() - 1] != "|":
                continue  # the empty match at a cell's end
            raw = c.group()
            lead = len(raw) - len(raw.lstrip())
            stripped = raw.strip()
            cells.append(Cell(stripped, c.start() + lead, c.start() + lead + len(stripped)))
        rows.append(cells)
    return rows


def cell_value(cell: Cell, *, money: bool = False) -> tuple[bool, float | None, str]:
    """(is a value, the value or None for a blank, the unit written in the cell)."""
    t = cell.text  # '0 0' is two cells a converter merged into one, not a number
    if t == "" or t in BLANK_MARKS:
        return True, None, ""
    if INTEGER_RE.fullmatch(t):
        return True, float(t), ""
    if COUNTED_RE.fullmatch(t) and (money or t[0].isdigit()):
        # a count with its unit written in the cell (fresh5 j16: 行政许可 | 124件 |), a change signed in table 二's
        # (fresh44 ad13: 行政處罰 | 200 | -76宗 | 124宗 |)
        return True, float(t[:-1].replace("−", "-")), ""
    if re.fullmatch(NO_CHANGE, t):  # fresh11 q25: 未增未减
        return True, 0.0, ""
    if m := CHANGE_RE.fullmatch(t):  # 本年增/减 written in words (fresh5 j10: 行政许可 | 421 | 增1423 | 1844 |)
        return True, float(m.group(2)) * (-1 if m.group(1).startswith("减") else 1), ""
    if money and NO_FIGURE_CELL_RE.fullmatch(t):
        # 本年增/减 with its word and no figure (fresh40 o12: 行政处罚 | 0 | 增 | 25 |), or an increase and a decrease
        # side by side, no signed figure (o11: 行政许可 | 0 | 0/0 | 0 |): the cell holds no value, the row's others do
        return True, None, NO_FIGURE
    if money and MONEY_RE.fullmatch(t):
        written = "万元" if t.endswith("万元") else "元" if t.endswith("元") else "万" if t.endswith("万") else ""
        return True, float(t.removesuffix(written).replace("−", "-")), "万元" if written == "万" else written
    return False, None, ""


def merged(cell: Cell) -> bool:
    """A cell holding several numbers: a converter merged cells ('0 0'), so the row's cells are not the table's."""
    return (
        len(INTEGER_RE.findall(cell.text)) > 1
        and not MONEY_RE.fullmatch(cell.text)
        and not NO_FIGURE_CELL_RE.fullmatch(cell.text)  # 0/0: an increase and a decrease, one cell
    )


def trailing_values(cells: list[Cell], *, money: bool = False) -> int:
    """How many cells at the row's end are values or blanks."""
    n = 0
    for c in reversed(cells):
        if not cell_value(c, money=money)[0]:
            break
        n += 1
    return n


def drop_padding(cells: list[Cell], n: int, want: int) -> tuple[list[Cell], int]:
    """A row without the empty cells a page store pads it with (to its table's widest row): past the template's
    `want` values, the empty cells at a row's end are padding. `n` is the row's trailing values."""
    while n > want and cells and not cells[-1].text.strip():
        cells, n = cells[:-1], n - 1
    return cells, n


def rows_by_line(text: str, tokens: list[Token], k: int) -> bool:
    """Whether the tokens stand k to a line, line after line: a converter that lays text out by lines prints a
    table's row on one line, so each line is a row of k cells."""
    if not tokens or len(tokens) % k:
        return False
    lines, n, pos = [], 0, tokens[0].start
    for t in tokens:  # each token's line, counted on from the last (not from the first token each time)
        n += text.count("\n", pos, t.start)
        pos = t.start
        lines.append(n)
    return all(lines[i] == lines[i - i % k] for i in range(len(tokens))) and all(
        lines[i] != lines[i - 1] for i in range(k, len(tokens), k)
    )


def label_text(cells: list[Cell]) -> str:
    return "".join(SPACE_RE.sub("", c.text) for c in cells)
