"""Body ids: one id for all of a government body's reports, across years and renamings, decided by the gazetteer.

The scheme:
- A place's own government (province, prefecture, county, township) is the code of that place *today*, at the most
  specific level known: six digits for a division (`350128`, `530600`, `310000`), nine for a township (`120113005`).
  A name the gazetteer retired points to its successor's code, so a county that became a district or city keeps its
  id (长乐市 350182 → 长乐区 `350112`); a body merged into another keeps its own old code.
- A department is its place's id, a colon and its name without the place, in a normal spelling (`350128:财政局`):
  人民政府办公室 → 政府办公室, 委员会 → 委, parentheses full width.
- Bodies no division stands for but that govern exactly one (平潭综合实验区 governs 平潭县) are rows of
  `tasks/data/places.tsv`; department renamings the gazetteer cannot know are rows of `tasks/data/renamings.tsv`
  (`350128:财政局` → `350128:财政金融局`), each with the case that shows it.
- No id when the place is not certain (a township name several counties share and the text does not settle, a
  department with no place before its name): a wrong join is worse than none.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from tasks.identity import gazetteer
from tasks.identity.locate import locate_township, resolve_chain, short_prefix, short_prefix_code, text_window, within
from tasks.identity.names import AREA_RE, ZONE_END_RE, ZONE_RE, leading_places

# How one department spells its name in different years: folded to one spelling.
DEPARTMENT_SPELLINGS = (
    (re.compile(r"^(?:人民政府|政府)(?=办公室|办公厅|办$)"), "政府"),
    (re.compile(r"^人民政府(?=.)"), ""),
    (re.compile(r"委员会"), "委"),
    (re.compile(r"\("), "（"),
    (re.compile(r"\)"), "）"),
)


@cache
def renamings() -> dict[str, str]:
    """Old department body_id → today's, from tasks/data/renamings.tsv."""
    text = resources.files("tasks").joinpath("data/renamings.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return {old: new for old, new, _case in rows}


@cache
def province_code(province: str | None) -> str | None:
    return next((c for c, n in gazetteer.current_names().items() if n == province and c.endswith("0000")), None)


def place_code(places: list[str], region: str, area: str | None, year: int | None) -> str | None:
    """The one code the region's leading places (or its short-name prefix) stand for inside the province."""
    codes = resolve_chain(places, year) if places else set()
    if not codes and (short := short_prefix_code(region)):
        codes = {short}
    if area:
        codes = {c for c in codes if within(c, area)}
    return codes.pop() if len(codes) == 1 else None


def department_name(name: str) -> str:
    for pattern, repl in DEPARTMENT_SPELLINGS:
        name = pattern.sub(repl, name)
    return name


COMMITTEE_RE = re.compile(r"(?:管委会|管理委员会)$")


def body_id(
    region: str | None,
    province: str | None,
    admin_level: str,
    text: str | None = None,
    year: int | None = None,
    parents: list[str] | None = None,
) -> str | None:
    """The stable id of the body a report's identity names (see the module docstring), or None when not certain.
    `parents`: the places the report named before the region (南京市 of 南京市鼓楼区, named 鼓楼区), which settle a
    name several places share."""
    if not region:
        return None
    if (m := COMMITTEE_RE.search(region)) and ZONE_RE.search(region, 0, m.start()):
        region = region[: m.start()]  # a zone with or without its 管委会 is one body (乐山高新区管委会, 乐山高新区)
    area = province_code(province)
    places = leading_places(region)
    if admin_level == "township" and not AREA_RE.search(region):
        return locate_township(region, {area} if area else set(), text_window(text or ""), year)
    chain = [*parents[:-1], *places] if parents and places and parents[-1] == places[0] else places
    code = place_code(chain, region, area, year)
    if code is None:
        return None
    # A development zone is a body inside the place it is named after (鞍山高新区 is not 鞍山市: 210300:高新区), as a
    # department is; a 片区管理局 is its place's area office.
    zone = ZONE_END_RE.search(region) and not gazetteer.lookup(region) and region not in gazetteer.extra_levels()
    if admin_level in ("department", "township") or zone:
        rest = region[sum(map(len, places)) :] if places else region[len(short_prefix(region)) :]
        if rest.startswith("委"):  # 坪山区委(区政府)办公室: the party committee of the 区
            rest = (places[-1] if places else region)[-1] + rest
        if len(rest) < 2:
            return None
        bid = f"{code}:{department_name(rest)}"
        return renamings().get(bid, bid)
    return code
