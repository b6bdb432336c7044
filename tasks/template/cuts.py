"""Cutting run-together digits into a table's cells, bounded: the cuts are counted before any is enumerated, the
search prunes by the table's arithmetic as it goes, and it gives up after a fixed amount of work."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

BUDGET = 100_000  # search steps before a search gives up; a row of a real table needs a few hundred


@dataclass
class Cuts:
    count: int  # readings of the digits alone (leading zeros and the length bound respected)
    readings: list[tuple[int, ...]] = field(default_factory=list)  # those the arithmetic allows, up to the limit
    complete: bool = True  # False when the limit or the budget stopped the search


def _piece_lengths(digits: str, pos: int, max_len: int, whole: bool = False) -> range:
    """Lengths of the cells that may start at pos: a cell never starts with 0 unless it is 0; a whole token (a
    number printed alone in a cell) is one cell."""
    if whole:
        ok = pos == 0 and len(digits) <= max_len and (digits == "0" or digits[0] != "0")
        return range(len(digits), len(digits) + 1) if ok else range(0)
    if digits[pos] == "0":
        return range(1, 2)
    return range(1, min(max_len, len(digits) - pos) + 1)


def _token_ways(digits: str, k: int, max_len: int, whole: bool) -> list[list[int]]:
    """ways[pos][m]: the cuts of digits[pos:] into exactly m cells (m ≤ k)."""
    n = len(digits)
    ways = [[0] * (k + 1) for _ in range(n + 1)]
    ways[n][0] = 1
    for pos in range(n - 1, -1, -1):
        for length in _piece_lengths(digits, pos, max_len, whole):
            nxt = ways[pos + length]
            row = ways[pos]
            for m in range(1, k + 1):
                row[m] += nxt[m - 1]
    return ways


class _Counter:
    """Completion counts: the cuts of tokens[ti][pos:] and every later token into m cells."""

    def __init__(self, tokens: Sequence[str], k: int, max_len: int, whole: Sequence[bool]) -> None:
        self.tokens, self.k = tokens, k
        self.ways = [_token_ways(t, k, max_len, w) for t, w in zip(tokens, whole, strict=True)]
        # after[ti][m]: cuts of tokens ti.. into m cells
        after = [[0] * (k + 1) for _ in range(len(tokens) + 1)]
        after[len(tokens)][0] = 1
        for ti in range(len(tokens) - 1, -1, -1):
            first = self.ways[ti][0]
            for m in range(k + 1):
                after[ti][m] = sum(first[a] * after[ti + 1][m - a] for a in range(1, m + 1))
        self.after = after

    def completions(self, ti: int, pos: int, m: int) -> int:
        if ti == len(self.tokens):
            return 1 if m == 0 else 0
        w = self.ways[ti][pos]
        return sum(w[a] * self.after[ti + 1][m - a] for a in range(1, m + 1))


def _counted(tokens: Sequence[str], k: int, max_len: int, whole: Sequence[bool]) -> tuple[int, _Counter | None]:
    """The number of cuts, and the counter of completions when the search needs one."""
    if not tokens or any(not t.isdigit() for t in tokens):
        return 0, None
    n = sum(map(len, tokens))
    if len(tokens) > k or n > k * max_len or n < k:
        return 0, None  # more tokens than cells, more digits than k cells can hold, or fewer digits than cells
    if n == k:  # one digit a cell, unless a whole token holds several
        return int(all(len(t) == 1 or not w for t, w in zip(tokens, whole, strict=True))), None
    counter = _Counter(tokens, k, max_len, whole)
    return counter.completions(0, 0, k), counter


def count_cuts(tokens: Sequence[str], k: int, max_len: int, whole: Sequence[bool] | None = None) -> int:
    """How many ways the digit tokens cut into k cells, each token into one cell or more (a space printed between
    two tokens is a cell boundary), with no leading zeros and no cell longer than max_len digits."""
    return _counted(tokens, k, max_len, whole or [False] * len(tokens))[0]


def cut(
    tokens: Sequence[str],
    k: int,
    *,
    max_len: int,
    whole: Sequence[bool] | None = None,
    group: int = 0,
    limit: int = 64,
    budget: int = BUDGET,
) -> Cuts:
    """The readings of digit tokens as k cells in which every run of `group` cells ends with the sum of the others
    (group 0: no arithmetic); a `whole` token is one cell. Stops after `limit` readings or `budget` steps (then
    complete is False)."""
    whole = whole or [False] * len(tokens)
    count, counter = _counted(tokens, k, max_len, whole)
    if count == 0:
        return Cuts(0)
    if counter is None:  # one digit a cell (the commonest run: '0000000')
        only = tuple(int(d) for t in tokens for d in t)
        closing = range(group - 1, k, group) if group else range(0)
        adds_up = all(sum(only[i - group + 1 : i]) == only[i] for i in closing)
        return Cuts(1, [only] if adds_up else [])
    out: list[tuple[int, ...]] = []
    dead: set[tuple[int, int, int, int]] = set()
    steps = 0
    cells: list[int] = []

    def walk(ti: int, pos: int, partial: int) -> bool:
        """Extend `cells`; False once the limit or the budget is reached."""
        nonlocal steps
        j = len(cells)
        if j == k:
            out.append(tuple(cells))
            return len(out) < limit
        key = (ti, pos, j, partial)
        if key in dead:
            return True
        steps += 1
        if steps > budget:
            return False
        digits = tokens[ti]
        closing = group and j % group == group - 1
        found_before = len(out)
        for length in _piece_lengths(digits, pos, max_len, whole[ti]):
            piece = digits[pos : pos + length]
            value = int(piece)
            if closing and value != partial:
                continue
            nti, npos = (ti + 1, 0) if pos + length == len(digits) else (ti, pos + length)
            if counter.completions(nti, npos, k - j - 1) == 0:
                continue
            cells.append(value)
            go_on = walk(nti, npos, 0 if closing else partial + value)
            cells.pop()
            if not go_on:
                return False
        if len(out) == found_before:
            dead.add(key)
        return True

    complete = walk(0, 0, 0)
    return Cuts(count, out, complete)


def splits(digits: str, k: int, limit: int = 200_000) -> list[tuple[int, ...]]:
    """Ways to cut a digit run into k cells (no leading zeros), at most `limit` of them."""
    if not digits.isdigit() or len(digits) < k:
        return []
    return cut([digits], k, max_len=len(digits), limit=limit, budget=max(BUDGET, 4 * limit)).readings
