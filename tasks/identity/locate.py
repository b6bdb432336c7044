"""Where a body is: the most specific gazetteer code its name and the places its text names agree on."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache

from tasks.identity import contacts, gazetteer
from tasks.identity.credit import registered_near, registered_province
from tasks.identity.names import TOWNSHIP_RE, township_office_root
from tasks.identity.phone import phone_areas
from tasks.identity.postcode import postcode_province


@dataclass(frozen=True)
class Location:
    code: str | None  # nine digits for a township, six for a division; None when not certain
    province: str | None


def within(code: str, area: str) -> bool:
    """Whether a code lies in an area's code (a province's or prefecture's covers its children)."""
    if area.endswith("0000"):
        return code[:2] == area[:2]
    if area.endswith("00"):
        return code[:4] == area[:4]
    return code[:6] == area[:6]


def resolve_chain(places: list[str], year: int | None) -> set[str]:
    """Codes of the innermost place of 南京市 > 鼓楼区: each name narrowed by the one before it."""
    codes: set[str] = set()
    for name in places:
        found = gazetteer.lookup(name, year)
        narrowed = {c for c in found if any(within(c, outer) for outer in codes)} if codes else found
        codes = narrowed or codes
    return codes


# A national document forwarding another's rules (fresh21 c23: 《国务院办公厅政府信息与政务公开办公室关于转发
# 〈江苏省政府信息公开申请办理答复规范〉的函》): the places of the forwarded title are the example's, not the report's.
FORWARDED_TITLE_RE = re.compile(r"(《(?:国务院|国家)[^《》\n]{0,60}?)〈[^〈〉《》\n]{1,60}〉")


def _blank_forwarded(m: re.Match[str]) -> str:
    return m.group(1) + "〈" + " " * (len(m.group()) - len(m.group(1)) - 2) + "〉"


def text_window(text: str) -> str:
    """Where a report names its places: the opening (title, introduction) and the end (signature, address)."""
    window = text if len(text) <= 6500 else text[:5000] + "\n" + text[-1500:]
    if "〈" in window:
        window = FORWARDED_TITLE_RE.sub(_blank_forwarded, window)
    return window


@lru_cache(maxsize=2)
def window_places(window: str) -> tuple[str, ...]:
    """The division names a report's window holds, found once: identity and body_id both ask."""
    return tuple(name for _, name in gazetteer.places_in(window))


def text_codes(text: str, year: int | None) -> list[set[str]]:
    """For each division name in the text (of three characters or more, or a province), the codes it may mean."""
    provinces = gazetteer.provinces()
    return [gazetteer.lookup(name, year) for name in window_places(text) if len(name) >= 3 or name in provinces]


def province_votes(text: str, year: int | None) -> str | None:
    """The province the text's place names point to, when one clearly leads."""
    counts: Counter[str] = Counter()
    for name in window_places(text):
        provs = {gazetteer.province_of(c) for c in gazetteer.lookup(name, year)}
        if len(provs) != 1 or None in provs:
            continue  # 鼓楼区 is in four provinces: no vote
        if name in gazetteer.provinces():
            counts[provs.pop()] += 4
        elif len(name) >= 3:
            counts[provs.pop()] += len(name)
    if counts:
        (best, n), *rest = [*counts.most_common(2), ("", 0)]
        if n > rest[0][1]:
            return best
    return portal_province(text)


@cache
def portal_re() -> re.Pattern[str]:
    """A province's government portal by name: 甘肃政府服务网, 浙江政务服务网, 河南省人民政府网."""
    names = "|".join(sorted(gazetteer.provinces(), key=len, reverse=True))
    return re.compile(rf"({names})省?(?:人民)?(?:政府(?:门户)?网|政务服务网|政府服务网|政务网)")


# A county's portal by its short name: 在“中国永嘉”县政府门户网站 (d18), 登录荔湾政府网.
LOCAL_PORTAL_RE = re.compile(r"“中国([\u4e00-\u9fff]{2,4})”|(?:县|市|区)?(?:人民)?政府(?:门户)?网")


def portal_province(text: str) -> str | None:
    """The province a government portal the text names lies in: the province's own (甘肃政府服务网) or, by its short
    name, a county's (“中国永嘉”县政府门户网站)."""
    provinces = gazetteer.provinces()
    found = {provinces[m.group(1)] for m in portal_re().finditer(text)}
    if not found:
        shorts = gazetteer.short_names()
        for m in LOCAL_PORTAL_RE.finditer(text):
            before = m.group(1) or text[max(0, m.start() - 4) : m.start()]
            short = next((before[-k:] for k in (4, 3, 2) if before[-k:] in shorts), None)
            provs = short_provinces(short) if short else set()
            if len(provs) == 1:
                found |= provs
    return found.pop() if len(found) == 1 else None


def township_evidence(code: str, text: str, codes_in_text: list[set[str]]) -> int:
    """How strongly the text names the county, prefecture or province a township candidate lies in."""
    county, prefecture = code[:6], code[:4] + "00"
    score = 0
    for codes in codes_in_text:
        if len(codes) == 1:
            (c,) = codes
            score += 3 if c == county else 2 if c == prefecture else 1 if c == code[:2] + "0000" else 0
    if not score and provinces_named(text) == {gazetteer.province_of(code)}:
        score = 1  # the one province the text names, by its short name alone (fresh8 m06: 杨村街道…对天津工作)
    for area, weight in ((county, 2), (prefecture, 1)):
        name = gazetteer.current_names().get(area, "")
        short = gazetteer.PLACE_SUFFIX_RE.sub("", name)
        if len(short) >= 2 and short != name and short in text:  # 秦安 in 甘肃政府服务网-秦安
            score += weight
    return score


def locate_township(name: str, areas: set[str], text: str, year: int | None) -> str | None:
    """The township's nine-digit code, when its name and the places around it leave one candidate."""
    candidates = [c for c in gazetteer.township_codes(name) if not areas or any(within(c, a) for a in areas)]
    if not candidates:
        return None
    if areas and len(candidates) == 1:
        return candidates[0]
    codes_in_text = text_codes(text, year)
    scores = sorted(((township_evidence(c, text, codes_in_text), c) for c in candidates), reverse=True)
    if scores[0][0] > 0 and (len(scores) == 1 or scores[0][0] > scores[1][0]):
        return scores[0][1]
    # One township of that name, and of that root (a 镇 that became a 街道 keeps its root), and the text names no place
    # in another province, as the report of a revoked namesake elsewhere would.
    if len(candidates) == 1 and gazetteer.township_roots().get(TOWNSHIP_RE.sub("", name), 0) <= 1:
        named = {c[:2] for codes in codes_in_text if len(codes) == 1 for c in codes}
        if named <= {candidates[0][:2]}:
            return candidates[0]
    return None


def locate(region: str | None, parents: list[str], text: str, year: int | None, organ_code: str = "") -> Location:
    """The body's code and province from its name, its parents' names and the places its text names (and the credit
    code of the organ that published it, which its page's 索引号 gave: see tasks.identity.credit)."""
    window = text_window(text)
    registry = f"{organ_code}\n{window}" if organ_code else window
    code = None
    if region:
        areas = resolve_chain(parents, year)
        if t := township_code(region, areas, text, window, year, registry):
            code = t
        elif len(areas) == 1:
            code = next(iter(areas))
        elif not areas and not TOWNSHIP_RE.search(region):
            code = short_prefix_code(region)
            provs = short_provinces(short_prefix(region))
            if provs and (phone := phone_areas(text)[0]) and phone not in provs:
                # a zone named after a township that shares a county's name elsewhere (fresh37 v11: 大渡口经开区 of
                # 东至县大渡口镇, phone 0566, not 重庆's 大渡口区): its contact phone's province decides
                code, provs = None, set()
            elif provs and (city := city_before(short_prefix(region), window)) and city not in provs:
                # …or the city the text names right before the zone's place (fresh42 ab34: 东湖高新区 is 武汉东湖新技术
                # 开发区, not of 南昌's 东湖区)
                code, provs = None, {city}
            elif code and _district(code) and not _corroborated(code, text, window, year):
                # a zone named like a city's district, the text naming nothing of its province: districts bear the
                # names of lakes, rivers and quarters that zones elsewhere take too (东湖高新区 is Wuhan's; 南昌's
                # 东湖区 is a namesake) — no guess. A county's name is its own (来凤经济开发区, fresh17 x37).
                code, provs = None, set()
            if code is None and len(provs) == 1:
                # 驻马店 named 驻马店地区 and 驻马店市 over the years (fresh22 e01): one province either way
                return Location(None, provs.pop())
        if code is None and areas and len({gazetteer.province_of(a) for a in areas}) == 1:
            return Location(None, gazetteer.province_of(next(iter(areas))))
    if code:
        return Location(code, gazetteer.province_of(code))
    province = (
        zone_province(parents)
        or registered_province(registry)
        or province_votes(window, year)
        or phone_areas(text)[0]
        or postcode_province(m.group(1) if (m := contacts.POSTCODE_RE.search(text)) else None)
    )
    return Location(None, province or (namesakes_province(region, window, year) if region else None))


def _district(code: str) -> bool:
    """A city's district (市辖区): a county-level division named …区."""
    return gazetteer.level_of_code(code) == "county" and (gazetteer.current_names().get(code) or "").endswith("区")


def _corroborated(code: str, text: str, window: str, year: int | None) -> bool:
    """Whether the text points to the province of the county a zone's name opens with: its places or its phone."""
    province = gazetteer.province_of(code)
    return province in (province_votes(window, year), phone_areas(text)[0])


def short_provinces(short: str) -> set[str | None]:
    """The provinces of the places a short name stands for (驻马店 → {河南省})."""
    return {gazetteer.province_of(c) for c in gazetteer.short_names().get(short, ())}


def zone_province(parents: list[str]) -> str | None:
    """The province of the zone a township is run by, named with its place's short name (fresh53 am02: 古城办事处 of
    驻马店高新区), when that short name is one province's."""
    for parent in parents:
        if (short := short_prefix(parent)) and len(provs := short_provinces(short)) == 1:
            return provs.pop()
    return None


# A province named by its short name, not as the opening of another place's or thing's name (河北区, 山西路, 天津港).
NOT_A_PROVINCE_AFTER = r"(?![\u4e00-\u9fff]{0,2}?(?:区|县|路|街|镇|乡|村|港|湾|大学|银行))"


def namesakes_province(region: str, window: str, year: int | None) -> str | None:
    """The province of a body whose name several provinces' places bear (河东区: 天津 and 临沂), when the text names
    one province, one of those (fresh21 c02: 深入贯彻习近平总书记对天津工作的一系列重要指示精神)."""
    codes = gazetteer.lookup(region, year) or set(gazetteer.township_codes(region))
    provs = {p for c in codes if (p := gazetteer.province_of(c))}
    if len(provs) < 2:
        return None
    named = provinces_named(window)
    return next(iter(named)) if len(named) == 1 and named <= provs else None


@cache
def province_names_re() -> re.Pattern[str]:
    """Any province by its short name (with its suffix or none, 天津市 or 天津), not as the opening of another name."""
    shorts = sorted((n for n, full in gazetteer.provinces().items() if n != full), key=len, reverse=True)
    suffixes = "省|市|壮族自治区|回族自治区|维吾尔自治区|自治区"
    return re.compile(rf"({'|'.join(shorts)})(?:{suffixes}|{NOT_A_PROVINCE_AFTER})")


@lru_cache(maxsize=2)
def provinces_named(window: str) -> frozenset[str]:
    """The provinces a text names, in full or by their short names (对天津工作, 甘肃政务服务网)."""
    provinces = gazetteer.provinces()
    return frozenset(provinces[m.group(1)] for m in province_names_re().finditer(window))


def township_code(
    region: str, areas: set[str], text: str, window: str, year: int | None, registry: str = ""
) -> str | None:
    """A township's code by its name, or by the root of the 某某办事处 it is, narrowed by its parents, the division
    that registered its page's organ, or its phone."""
    if TOWNSHIP_RE.search(region):
        return (
            locate_township(region, areas, window, year)
            or registered_township(region, areas, window, year, registry or window)
            or phone_township(region, areas, text, year)
        )
    if root := township_office_root(region):
        return office_township(root, areas, window, year)
    return None


def office_township(root: str, areas: set[str], window: str, year: int | None) -> str | None:
    """The township a 某某办事处 is: the one of its root (沟赵乡 of 沟赵办事处) the places around it point to."""
    found = {t for end in ("街道", "镇", "乡") if (t := locate_township(root + end, areas, window, year))}
    return found.pop() if len(found) == 1 else None


def registered_township(region: str, areas: set[str], window: str, year: int | None, registry: str) -> str | None:
    """A township whose namesakes lie elsewhere, found in the division that registered the organ whose credit code
    the page prints (白洋街道 of 武义县: 索引号 11330723…), when no parent place narrowed it."""
    if areas or not (near := registered_near(registry)):
        return None
    return locate_township(region, near, window, year)


def phone_township(region: str, areas: set[str], text: str, year: int | None) -> str | None:
    """A township whose namesakes lie elsewhere, found in the prefecture its contact phone's area code stands for
    (团结乡 of 0436 白城市), when no parent place narrowed it."""
    if areas:
        return None
    _, near = phone_areas(text)
    return locate_township(region, near, text_window(text), year) if near else None


# Zones named with the short name of the place they lie in: 许昌经济技术开发区, 某某高新区.
# (a few words may name the zone between the place and its kind: 杭州钱江经济开发区, 天津港保税区, 长春临空经济示范区 —
# fresh36 s13, fresh32 r17, fresh12 r13)
ZONE_RE = re.compile(
    r"[\u4e00-\u9fff]{0,4}?"
    r"(?:综合实验区|经济技术开发区|经济开发区|高新技术产业开发区|高新区|开发区|新区|试验区|实验区|工业园区|保税港区|保税区|度假区"
    r"|示范区|产业园区|产业园|科技园|高科园)"
)


def short_prefix(region: str) -> str:
    """The short place name a zone's name opens with (许昌 of 许昌经济技术开发区财政局), or ''."""
    shorts = gazetteer.short_names()
    for k in range(min(len(region) - 1, 8), 1, -1):
        if region[:k] in shorts and ZONE_RE.match(region, k):
            return region[:k]
    return ""


def city_before(place: str, window: str) -> str | None:
    """The province of the one city whose short name the text writes right before `place` (武汉东湖…)."""
    shorts = gazetteer.short_names()
    found = set()
    for m in re.finditer(re.escape(place), window) if place else ():
        for k in (2, 3):
            city = window[max(0, m.start() - k) : m.start()]
            codes = shorts.get(city, set()) if len(city) == k else set()
            if codes and all(gazetteer.level_of_code(c) == "prefecture" for c in codes):
                found |= {gazetteer.province_of(c) for c in codes}
    return found.pop() if len(found) == 1 else None


def short_prefix_code(region: str) -> str | None:
    """The one code a zone's short-name prefix stands for."""
    codes = gazetteer.short_names().get(short_prefix(region), set())
    return next(iter(codes)) if len(codes) == 1 else None
