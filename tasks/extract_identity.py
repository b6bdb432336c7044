"""Report identity: region, province (via a gazetteer), level, year, date, issuer, contacts."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections import Counter
from functools import cache
from importlib import resources

import ahocorasick

from tasks.numbers import parse_number

CJK = r"\u4e00-\u9fff"
SUBJECT = r"(?:政府信息公开|政务公开|信息公开)(?:工作)?\s*(?:年度)?\s*(?:报告|年报|报(?=\s)|工作要点落实情况)"
# Titles put the body before the year (昭通市2017年…报告) or after it (2016年龙归镇政府信息公开年度报告); a
# title may be split over two lines (d17: …信息公开工作\n年度报告) or lose its last character (d28: 年度报).
TITLE_RES = (
    re.compile(rf"(?P<region>[{CJK}（）()]{{2,40}}?)\s*(?P<year>(?:19|20)\d{{2}})\s*年(?:度)?\s*(?:[{CJK}]{{0,12}}?){SUBJECT}"),
    re.compile(rf"(?P<year>(?:19|20)\d{{2}})\s*年(?:度)?(?P<region>[{CJK}]{{1,20}}?(?:市|县|区|州|盟|旗|镇|乡|街道|街|局|办|委|厅|中心|管委会))(?:人民政府)?{SUBJECT}"),
    re.compile(rf"(?P<region>)(?P<year>(?:19|20)\d{{2}})\s*年(?:度)?\s*{SUBJECT}"),
)
YEAR_RE = re.compile(r"(?<![\d〔\[（(])((?:19|20)\d{2})\s*年")
REGION_VERB_RE = re.compile(r"^.*?(?:公布|公开|发布|印发|编制|汇报)(?=[\u4e00-\u9fff]{2})")
PERIOD_RE = re.compile(r"(?:统计期限|统计时间|统计期间|统计范围)[^。]{0,8}?自?\s*((?:19|20)\d{2})\s*年")
INTRO_RE = re.compile(rf"现将(?P<region>[{CJK}]{{2,20}}?)((?:19|20)\d{{2}})年度?[{CJK}]{{0,16}}?报告如下")
LEAD_YEAR_RE = re.compile(
    rf"^\s*((?:19|20)\d{{2}})年[，,]\s*(?P<region>[{CJK}]{{2,15}}?(?:市|县|区|州|盟|旗|镇|乡|街道))"
)
DATE_RE = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
PHONE_RE = re.compile(r"(?:电话|联系电话|咨询电话)[:：]?\s*[（(]?(0\d{2,3})[)）\-－—]?\s*(\d{7,8})(?!\d)")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
POSTCODE_RE = re.compile(r"(?:邮编|邮政编码)\s*[:：]?\s*(\d{6})(?!\d)")
ADDRESS_RE = re.compile(r"(?:通讯地址|联系地址|地址)\s*[:：]\s*([^，,；;。）)\n]{4,60})")
WEBSITE_RE = re.compile(r"(https?://[A-Za-z0-9./_\-?=&%#]+|www\.[A-Za-z0-9.\-]+\.[A-Za-z]{2,}[A-Za-z0-9./_\-]*)")
ISSUER_RE = re.compile(rf"由([{CJK}（）]{{4,30}}?(?:办公室|办公厅|局|委员会|中心))(?:负责)?编制")

SIGNATURE_RE = re.compile(
    rf"(?:^|\n)[ \t]*([{CJK}（）()]{{2,30}}?(?:人民政府|政府办公室|管委会|管理委员会|办公室|办公厅|委员会|局|委|中心"
    rf"|街道办事处|街道|镇|乡))[ \t]*\n[ \t]*(?:19|20)\d{{2}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日"
)
GOV_SUFFIX_RE = re.compile(r"(?:人民政府办公室|人民政府办公厅|人民政府|政府办公室|管委会|管理委员会)$")
TOWNSHIP_RE = re.compile(r"(?:镇|乡|街道|街道办事处|街)$")
DEPARTMENT_RE = re.compile(r"(?:局|委|办|厅|中心|办公室|委员会|公司|站|所|院|馆|队|处|署|会|部|（[^）]*局）)$")
PARENT_PREFIX_RE = re.compile(rf"^[{CJK}]{{2,8}}?(?:县|区|市)(?=[{CJK}]{{1,6}}(?:镇|乡|街道|街)$)")


@cache
def gazetteer() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """Return (name → province, name → level, province names → province) from cpca's adcode table."""
    raw = resources.files("cpca").joinpath("resources/adcodes.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(raw)))
    provinces = {r["adcode"][:2]: r["name"] for r in rows if r["adcode"][2:] == "0000000000"}
    to_province: dict[str, str] = {}
    level: dict[str, str] = {}
    ambiguous: set[str] = set()
    for r in rows:
        code, name = r["adcode"], r["name"]
        prov = provinces.get(code[:2])
        if not prov:
            continue
        lvl = "province" if code[2:] == "0000000000" else "prefecture" if code[4:] == "00000000" else "county"
        if name in to_province and to_province[name] != prov:
            ambiguous.add(name)
        to_province.setdefault(name, prov)
        level.setdefault(name, lvl)
    for name in ambiguous:
        to_province.pop(name, None)
    return to_province, level, {p: p for p in provinces.values()}


@cache
def short_names() -> dict[str, str]:
    """Place names without their 市/县/区 suffix (许昌 → 河南省), only where unambiguous."""
    to_province, _, _ = gazetteer()
    out: dict[str, str] = {}
    bad: set[str] = set()
    for name, prov in to_province.items():
        short = re.sub(r"(?:市|县|区|自治州|自治县|地区|盟|旗|省|自治区|特别行政区)$", "", name)
        if len(short) >= 2 and short != name:
            if short in out and out[short] != prov:
                bad.add(short)
            out[short] = prov
    return {k: v for k, v in out.items() if k not in bad}


@cache
def _place_automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for name in gazetteer()[0]:
        if len(name) >= 2:
            automaton.add_word(name, name)
    automaton.make_automaton()
    return automaton


def places_in(s: str) -> list[tuple[int, str]]:
    """Every gazetteer place name inside s, as (start, name), in one pass."""
    if not s:
        return []
    return [(end - len(name) + 1, name) for end, name in _place_automaton().iter(s)]


def find_province(region: str | None, text: str) -> str | None:
    """Resolve the province from the region name, else from the place names the text mentions most."""
    to_province, _, provinces = gazetteer()
    if region:
        prefixes = [name for start, name in places_in(region) if start == 0]
        if prefixes:
            return to_province[max(prefixes, key=len)]
        shorts = short_names()
        # A township's name often repeats a county's elsewhere (朝阳乡, 兴国镇): never resolve those so.
        if not TOWNSHIP_RE.search(region):
            for k in range(len(region) - 2, 1, -1):
                if region[:k] in shorts:
                    return shorts[region[:k]]  # 平潭综合实验区 → 平潭(县) → 福建省
    counts: Counter[str] = Counter()
    for _, name in places_in(text[:3000]):
        if name in provinces:
            counts[to_province[name]] += 4
        elif len(name) >= 3:
            counts[to_province[name]] += len(name)
    if counts:
        (best, n), *rest = [*counts.most_common(2), ("", 0)]
        if n > rest[0][1]:
            return best
    # The province's own government portal, named in the page chrome (d28: 甘肃政府服务网-秦安).
    portals = {provinces_by_short()[m.group(1)] for m in portal_re().finditer(text[:3000])}
    return portals.pop() if len(portals) == 1 else None


@cache
def provinces_by_short() -> dict[str, str]:
    """甘肃 → 甘肃省, 广西 → 广西壮族自治区: each province-level name without its suffix."""
    _, _, provinces = gazetteer()
    return {re.sub(r"(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$", "", p): p for p in provinces}


@cache
def portal_re() -> re.Pattern[str]:
    """A province's government portal by name: 甘肃政府服务网, 浙江政务服务网, 河南省人民政府网."""
    names = "|".join(sorted(provinces_by_short(), key=len, reverse=True))
    return re.compile(rf"({names})省?(?:人民)?(?:政府(?:门户)?网|政务服务网|政府服务网|政务网)")


def trim_to_place(name: str) -> str:
    """'本报告在渑池县' → '渑池县': start the name at the longest gazetteer place inside it."""
    found = places_in(name)
    if not found:
        return name
    start, _ = max(found, key=lambda f: (len(f[1]), -f[0]))
    return name[start:]


def clean_region(name: str) -> str:
    name = name.strip('，,。：:“”"《》 ')
    name = REGION_VERB_RE.sub("", name)
    name = re.sub(r"^(?:关于|现将|由|特向社会|向社会|请与)", "", name)
    name = re.sub(r"(?<=街道)办事处$", "", name)
    if name.startswith(("我", "本", "该", "全")) or name.endswith(("公布", "公开", "发布", "印发", "编制", "汇报")):
        return ""
    stripped = GOV_SUFFIX_RE.sub("", name)
    if stripped and stripped != name:
        name = stripped
    while (bare := PARENT_PREFIX_RE.sub("", name)) != name:  # every parent: 杭州市西湖区北山街道 → 北山街道
        name = bare
    return name


def admin_level_of(region: str | None) -> str:
    if not region:
        return "unknown"
    _, level, provinces = gazetteer()
    if region in provinces or region in {"北京市", "天津市", "上海市", "重庆市"}:
        return "province"
    if TOWNSHIP_RE.search(region):
        return "township"
    if DEPARTMENT_RE.search(region):
        return "department"
    if region in level:
        return level[region]
    if region.endswith(("州", "盟", "地区", "综合实验区")):
        return "prefecture"
    if region.endswith(("县", "区", "旗")):
        return "county"
    return "unknown"


SELF_REFERENCE = (("我局", "department"), ("我委", "department"), ("我办", "department"), ("本局", "department"),
                  ("我镇", "township"), ("我乡", "township"), ("我街道", "township"), ("本镇", "township"),
                  ("我县", "county"), ("我区", "county"), ("我市", "prefecture"), ("我省", "province"))


def level_from_self_reference(text: str) -> str:
    """A report that never names itself still says 我局/我镇: its level (d16, d27)."""
    counts = Counter({lvl: 0 for _, lvl in SELF_REFERENCE})
    for word, lvl in SELF_REFERENCE:
        counts[lvl] += text.count(word)
    (best, n), *rest = counts.most_common(2)
    return best if n >= 2 and n >= 3 * rest[0][1] else "unknown"


def find_title(text: str, header_title: str | None) -> re.Match[str] | None:
    head = "\n".join(text.split("\n")[:14])[:700]
    # A title never sits inside a citation of another document (d09: 《…关于做好2019年政府信息公开工作年度报告…》),
    # but a line that is nothing but one title in book-title marks is the report's own.
    head = re.sub(r"^(\s*)《([^》\n]*)》(\s*)$", lambda m: f"{m[1]} {m[2]} {m[3]}", head, flags=re.MULTILINE)
    head = re.sub(r"《[^》]*》", lambda m: " " * len(m.group(0)), head)
    for source in (head, header_title or ""):
        found = [m for rx in TITLE_RES for m in [rx.search(source)] if m]
        if found:
            return min(found, key=lambda m: (m.start("year"), -len(m.group("region"))))
    return None


def fallback_year(text: str) -> int | None:
    """The year a report's opening talks about most, outside citations of other documents."""
    head = re.sub(r"《[^》]{0,80}》|〔[^〕]{0,10}〕|\[[^\]]{0,10}\]", "", text[:1200])
    years = Counter(int(y) for y in YEAR_RE.findall(head) if 2005 <= int(y) <= dt.date.today().year)
    if not years:
        return None
    (best, n), *rest = years.most_common(2)
    return best if not rest or n > rest[0][1] else min(y for y, c in years.items() if c == n)


def qualify_department(region: str, text: str) -> str:
    """'公安局' → '平潭县公安局' when the report signs with a place-qualified name."""
    if not DEPARTMENT_RE.search(region) or places_in(region):
        return region
    names = Counter(re.findall(rf"([{CJK}]{{2,8}}?(?:省|市|县|区|州|旗)){re.escape(region)}", text))
    return names.most_common(1)[0][0] + region if names else region


CN_DIGITS = str.maketrans("〇○零一二三四五六七八九", "000123456789")
CN_YEAR_RE = re.compile(r"[〇○零一二三四五六七八九]{4}(?=\s*年)")
CN_MONTH_DAY_RE = re.compile(r"(?<=年)([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日")


def arabic_dates(text: str) -> str:
    """Years and dates written in Chinese numerals in Arabic ones (二○一○年四月十日 → 2010年4月10日), as the
    patterns read them."""
    if not CN_YEAR_RE.search(text):
        return text
    text = CN_YEAR_RE.sub(lambda m: m[0].translate(CN_DIGITS), text)
    return CN_MONTH_DAY_RE.sub(lambda m: f"{parse_number(m[1]):.0f}月{parse_number(m[2]):.0f}日", text)


def extract_identity(text: str, header: dict[str, str] | None = None) -> dict:
    """Return the identity columns of one normalized report."""
    header = header or {}
    out: dict = {}
    text = arabic_dates(text)
    title = find_title(text, header.get("标题"))
    region = year = None
    if title:
        out["title"] = title.group(0)
        year = int(title.group("year"))
        region = clean_region(title.group("region")) or None
    if region is None and header.get("标题"):
        m = find_title("", header["标题"])
        if m:
            region = clean_region(m.group("region")) or None
            year = year or int(m.group("year"))
    if year is None or region is None:
        m = INTRO_RE.search(text[:2000]) or LEAD_YEAR_RE.search(text[:300])
        if m:
            year = year or int(m.group(1) if m.re is LEAD_YEAR_RE else m.group(2))
            region = region or clean_region(m.group("region")) or None
    if year is None:
        m = PERIOD_RE.search(text)
        year = int(m.group(1)) if m else fallback_year(text)
    if region is None:
        m = re.search(rf"([{CJK}]{{2,10}}?(?:市|县|区))人民政府(?:门户)?网站", text[:3000])
        if m:
            region = trim_to_place(m.group(1))
    if region is None and header.get("发布机构") and len(header["发布机构"]) >= 2:
        region = clean_region(header["发布机构"]) or None
    if region is None:  # the body that signs the report, on the line above the date (at its end, or under the title)
        m = SIGNATURE_RE.search(text, max(0, len(text) - 600)) or SIGNATURE_RE.search(text[:400])
        if m:
            region = clean_region(m.group(1)) or None
    if region:
        region = qualify_department(region, text)
    if region and len(region) < 2:
        region = None
    out["region"], out["report_year"] = region, year
    out["province"] = find_province(region, text)
    out["admin_level"] = admin_level_of(region)
    if out["admin_level"] == "unknown":
        out["admin_level"] = level_from_self_reference(text)
    dates = [m for m in DATE_RE.finditer(text) if len(text) - m.end() < 400 or "\n" in text[m.end() : m.end() + 2]]
    if dates:
        y, mth, d = (int(g) for g in dates[-1].groups())
        try:
            out["publish_date"] = dt.date(y, mth, d)
        except ValueError:
            pass
    m = ISSUER_RE.search(text[:3000])
    if m:
        out["issuer"] = m.group(1)
    m = PHONE_RE.search(text)
    if m:
        out["contact_phone"] = f"{m.group(1)}-{m.group(2)}"
    m = EMAIL_RE.search(text)
    if m:
        out["contact_email"] = m.group(0)
    m = POSTCODE_RE.search(text)
    if m:
        out["contact_postcode"] = m.group(1)
    m = ADDRESS_RE.search(text)
    if m:
        out["contact_address"] = m.group(1).strip()
    m = WEBSITE_RE.search(text)
    if m:
        out["website"] = m.group(1)
    return out
