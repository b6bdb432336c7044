"""Administrative divisions down to townships: names to codes, codes to provinces and levels (package data)."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from importlib import resources

import ahocorasick

MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")
# A place's name without its type: 秦安县 → 秦安, 广西壮族自治区 → 广西. Longest first.
PLACE_SUFFIX_RE = re.compile(
    r"(?:壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|省|市|自治州|自治县|自治旗|地区|县|区|州|盟|旗|林区|特区)$"
)
TOWNSHIP_SUFFIX_RE = re.compile(r"(?:街道|镇|乡|苏木|民族乡)$")


@dataclass(frozen=True)
class Division:
    """One name a province, prefecture or county has or had."""

    code: str  # the six-digit code while it bore this name
    name: str
    now: str  # today's code of the same body; '' when it was merged away or revoked
    until: int | None  # last year of the name, None while it is in use

    @property
    def body(self) -> str:
        """The code that stands for this body today (its own old code when it has no single successor)."""
        return self.now or self.code


def _rows(filename: str) -> list[list[str]]:
    text = resources.files("tasks").joinpath(f"data/{filename}").read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


# The peoples an autonomous division's name holds (峨山彝族自治县, 恩施土家族苗族自治州), longest first.
_PEOPLES_LISTED = (
    "蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇"
    " 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京"
    " 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺"
)
PEOPLES = sorted(_PEOPLES_LISTED.split(" "), key=len, reverse=True)
# The people written with 族 or without it (塔什库尔干塔吉克自治县, 伊犁哈萨克自治州).
AUTONOMOUS_RE = re.compile(rf"^(?P<root>.{{2,}}?)(?:(?:{'|'.join(PEOPLES)})族?)+自治(?P<kind>县|州|旗)$")
# A division named after its people alone keeps the people's name (鄂温克族自治旗 → 鄂温克旗, 鄂伦春自治旗 → 鄂伦春旗).
PEOPLE_NAMED_RE = re.compile(rf"^(?P<root>{'|'.join(PEOPLES)})族?自治(?P<kind>县|旗)$")


def common_name(name: str) -> str | None:
    """The name an autonomous division goes by in running text: its place and its type without the peoples and
    自治 (峨山彝族自治县 → 峨山县, 恩施土家族苗族自治州 → 恩施州, 莫力达瓦达斡尔族自治旗 → 莫力达瓦旗)."""
    m = AUTONOMOUS_RE.match(name) or PEOPLE_NAMED_RE.match(name)
    return m["root"] + m["kind"] if m else None


@cache
def full_names() -> dict[str, str]:
    """An autonomous division's common name → its full name (峨山县 → 峨山彝族自治县), where only one bears it."""
    out: dict[str, set[str]] = defaultdict(set)
    for _code, name, _now, _until in _rows("divisions.tsv"):
        if c := common_name(name):
            out[c].add(name)
    return {c: next(iter(names)) for c, names in out.items() if len(names) == 1}


@cache
def divisions() -> tuple[Division, ...]:
    """Every division row: today's (2026) and the names retired since 1990, plus the extra places table, plus the
    common names of autonomous divisions (峨山县 for 峨山彝族自治县)."""
    out = [Division(c, n, now, int(u) if u else None) for c, n, now, u in _rows("divisions.tsv")]
    out += [Division(code, name, code, None) for name, code, _level, _case in _rows("places.tsv")]
    bodies: dict[str, set[str]] = defaultdict(set)
    for d in out:
        bodies[d.name].add(d.body)
    # A common name no other body bears, or only the same body under a retired name (北川县 before 2003).
    out += [
        Division(d.code, c, d.now, d.until)
        for d in list(out)
        if (c := common_name(d.name)) and bodies.get(c, {d.body}) == {d.body}
    ]
    return tuple(out)


@cache
def current_names() -> dict[str, str]:
    """Today's code → today's name."""
    return {d.code: d.name for d in divisions() if d.now == d.code and d.until is None}


@cache
def by_name() -> dict[str, tuple[Division, ...]]:
    out: dict[str, list[Division]] = defaultdict(list)
    for d in divisions():
        out[d.name].append(d)
    return {k: tuple(v) for k, v in out.items()}


@cache
def extra_levels() -> dict[str, str]:
    """Levels of the places.tsv bodies, which are no administrative divisions (平潭综合实验区)."""
    return {name: level for name, _code, level, _case in _rows("places.tsv")}


def lookup(name: str, year: int | None = None) -> set[str]:
    """Today's codes of the bodies that bore this name (in that year, when given)."""
    return {d.body for d in by_name().get(name, ()) if year is None or d.until is None or year <= d.until}


def level_of_code(code: str) -> str:
    if code.endswith("0000"):
        return "province"
    return "prefecture" if code.endswith("00") else "county"


def province_of(code: str) -> str | None:
    """The province (today's name) a code of any level lies in."""
    return current_names().get(code[:2] + "0000")


def parent_codes(code: str) -> tuple[str, ...]:
    """The six-digit codes above a code, nearest first: 350128 → (350100, 350000)."""
    six = code[:6]
    ups = [six[:4] + "00", six[:2] + "0000"]
    return tuple(dict.fromkeys(u for u in ups if u != six))


@cache
def provinces() -> dict[str, str]:
    """Province-level names, full and short (甘肃 → 甘肃省, 广西 → 广西壮族自治区)."""
    out = {}
    for code, name in current_names().items():
        if code.endswith("0000"):
            out[name] = name
            out[PLACE_SUFFIX_RE.sub("", name)] = name
    return out


@cache
def short_names() -> dict[str, set[str]]:
    """Place names without their type (秦安 → {620522}); a short name may stand for several places."""
    out: dict[str, set[str]] = defaultdict(set)
    for d in divisions():
        short = PLACE_SUFFIX_RE.sub("", d.name)
        if len(short) >= 2 and short != d.name:
            out[short].add(d.body)
    return dict(out)


@cache
def _automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for name in by_name():
        if len(name) >= 2:
            automaton.add_word(name, name)
    automaton.make_automaton()
    return automaton


def places_in(s: str) -> list[tuple[int, str]]:
    """Every division name inside s, as (start, name), in one pass."""
    if not s:
        return []
    return [(end - len(name) + 1, name) for end, name in _automaton().iter(s)]


@cache
def townships() -> dict[str, tuple[str, ...]]:
    """Township-level name → nine-digit codes (镇, 乡, 街道, 苏木), today's and revoked ones."""
    out: dict[str, list[str]] = defaultdict(list)
    for code, name, _revoked in _rows("townships.tsv"):
        out[name].append(code)
    return {k: tuple(v) for k, v in out.items()}


@cache
def township_roots() -> dict[str, int]:
    """How many townships share a name's root (上塘 of 上塘镇 and 上塘街道): a 镇 often became a 街道 of that root."""
    out: dict[str, int] = defaultdict(int)
    for name, codes in townships().items():
        out[TOWNSHIP_SUFFIX_RE.sub("", name)] += len(codes)
    return dict(out)


def township_codes(name: str) -> tuple[str, ...]:
    """Codes of the townships called `name`; 佳荣里街 is 佳荣里街道, 北山街道办事处 is 北山街道."""
    name = re.sub(r"(?<=街道)办事处$|(?<=街道)办$", "", name)
    if name.endswith("街") and not name.endswith("街街"):
        return townships().get(name + "道", ()) or townships().get(name, ())
    return townships().get(name, ())
