"""Body names: a candidate cut from a title or sentence made into a place or body name, or rejected; its level."""

from __future__ import annotations

import re
from collections import Counter

from tasks.identity import gazetteer

CJK = r"\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0003134f"  # with the extensions: 𬶍江街道, 㮾梨街道
# How a body's name ends: a place, a township, or an organ (a supply and marketing cooperative's 联合社 too: fresh49
# ai18 临沂市供销合作社联合社). Longest alternatives first.
PLACE_END = r"(?:自治区|特别行政区|自治州|自治县|自治旗|地区|省|市|县|区|旗|州|盟)"
TOWNSHIP_END = r"(?:街道办事处|街道办|街道|民族乡|镇|乡|苏木|街)"
ORGAN_END = (
    r"(?:人民政府办公室|人民政府办公厅|人民政府|政府办公室|政府办|办公厅|办公室|参事室|研究室|管委会|管理委员会|委员会|管理局|局|委|办|厅"
    r"|中心|院|馆|站|所|队|处|署|(?:委员|管委|联合|协|工|商|十字)会|(?:合作|联合)社|部|公司)"
)
BODY_END = rf"(?:{ORGAN_END}|{TOWNSHIP_END}|{PLACE_END})(?:[（(][{CJK}]{{1,12}}[）)])?"
BODY_END_RE = re.compile(rf"{BODY_END}$")
PLACE_END_RE = re.compile(rf"{PLACE_END}$")
# Words that begin a phrase, never a name: 义亭镇编制的 style constructions end the name before them. 编制 and
# 公开 also name offices (机构编制委员会办公室, 政务公开办公室): only when no organ word follows are they verbs.
# (工作 before 局/部 ends a body's name: 资阳市同城化发展工作局, fresh21 c29; 党群工作部; 完成 the report: fresh35 c19
# 确保各项工作落到实处依法按时完成长通街道2025年政府信息公开年度报告)
PHRASE = (
    r"(?:[了的]|认真|切实|进一步|编制(?![委办])|编写|撰写|起草|完成|做好|公布|发布(?!中心)|印发|汇报|报送|形成|制定|总结|现将"
    r"|特向|向社会(?:公开|公布|发布)|根据|按照|依据|关于|结合|坚持|高度|全面|积极|政府信息|信息公开|政务公开(?!办)|年度|工作(?!办事处|办公室|委员会|站|局(?!面)|部))"
)
PHRASE_RE = re.compile(PHRASE)
# 现公开陕西省西咸新区…2021年…报告 (fresh10 p23): the verb after 现 goes with it. A page's metadata label glued to
# the title it announces (标题 马厂镇2019年…, fresh17 x13; 名称 双庄街道办事处2023年…, fresh30 p24; once normalizing
# closed the space) is no part of the name.
LEAD_PHRASE_RE = re.compile(
    rf"^(?:.*{PHRASE}|现(?:予以?)?(?:公开|公布|发布)?|特|由|向社会|请与|联系"
    r"|标题|题名|(?:文件|信息|文章)?名称|发文机关|发布机构|来源"
    rf")(?=[{CJK}]{{2}})"
)
TRAIL_PHRASE_RE = re.compile(rf"^(.*?{BODY_END})(?={PHRASE})")
VERB_END_RE = re.compile(r"(?:公布|公开|发布|印发|编制|汇报|报告)$")
# Pronouns, conjunctions and prepositions never open a name (2019年，在某县委领导下…), unless a place does (将乐县).
PRONOUN_RE = re.compile(
    r"^(?:我|本|该|全|各|其|此|贵|上述|以下|如下|所属|下属|和|与|及|并|或|等|在|于|经|据|为|从|自|随|受|由|向|对|按|将|把|被|以)"
)
RELATIVE_RE = re.compile(r"^[省市县区州旗盟镇乡]")
ORGAN_START_RE = re.compile(r"^(?:局|委|办|厅|署|处|中心|办公室|委员会|管委会|人民政府|政府)")
ZONE_OFFICE_RE = re.compile(r"(?:管委会|管理委员会)(?:党政)?(?:综合)?办公室$")
# (a government named with a bare 政府, 杨陵区政府 (fresh32 r23), is its place too)
GOV_SUFFIX_RE = re.compile(
    r"(?:人民政府办公室|人民政府办公厅|人民政府|政府办公室|管委会|管理委员会|(?<=[市县区旗镇乡])政府)$"
)
# A government's general office publishes reports of its own: named by the report itself, it is that department.
OFFICE_RE = re.compile(r"(?:人民政府办公室|人民政府办公厅|政府办公室)$")
# A zone is governed by its 管委会 (平潭综合实验区管理委员会 is the zone); elsewhere a 管理委员会 is a department
# (北京市通州区城市管理委员会, the district's city-management commission).
ZONE_RE = re.compile(
    r"(?:开发区|实验区|新区|园区|高新区|工业园|示范区|试验区|保税区|合作区|经济区|度假区|景区|港区|管理区|产业园|物流园"
    r"|片区|旅游区|农场|集中区|科技园|高科园)$"
)
TOWNSHIP_RE = re.compile(rf"{TOWNSHIP_END}$")
GENERIC_ZONE_RE = re.compile(
    r"^(?:国家级)?(?:经济技术开发区|经济开发区|高新技术产业开发区|高新区|开发区|经开区|新区|工业园区|产业园区|园区|综合实验区)"
    r"(?:管委会|管理委员会)?$"
)
ZONE_BEFORE_TOWNSHIP_RE = re.compile(
    rf"^[{CJK}]{{2,16}}?(?:开发区|经开区|实验区|新区|高新区|示范区|试验区|管理区)(?=[{CJK}]{{2,8}}$)"
)
GOV_BEFORE_TOWNSHIP_RE = re.compile(rf"(?<=[县区市旗])(?:人民)?政府(?=[{CJK}]{{1,12}}{TOWNSHIP_END}$)")
# 平潭's 金井片区管理局 governs a township-sized area (corpus d09); an FTZ 片区 has a 管委会 and stays unknown.
AREA_RE = re.compile(r"片区管理局$")
DEPARTMENT_RE = re.compile(rf"{ORGAN_END}(?:[（(][^）)]*[）)])?$")
LEVEL_ONLY_RE = re.compile(r"^(?:省|市|县|区|旗|州|盟|镇|乡|街道)+$")
# Hijacked mirrors of government sites replace the body's name with gambling spam (美高梅娱乐城办公厅; fresh9 n30:
# 环球国际(中国)官方网站 分局 — no body is named 官方网站): no body is named so. Only words no government body's
# name holds (彩票, 棋牌 and 真人 do: 体育彩票管理中心, 棋牌运动管理中心).
SPAM_RE = re.compile(
    r"娱乐城|娱乐场|博彩|赌场|赌博|百家乐|老虎机|美高梅|葡京|威尼斯人|太阳城集团|皇冠体育|网投|官方网站|官方入口"
    r"|比分|滚球|必威"  # fresh20 t12: 北京市滚球体育app_188篮球比分-直播|官网:发展和改革委员会
    r"|网址|app|APP"  # fresh33 a07: 365体育直播,365体育备用网址自然资源和规划局编制了…
)


def leading_places(name: str) -> list[str]:
    """The division names a body name opens with, outermost first: 南京市鼓楼区华侨路街道 → [南京市, 鼓楼区]."""
    found: list[str] = []
    pos = 0
    while True:
        here = [n for start, n in gazetteer.places_in(name[pos:]) if start == 0 and pos + len(n) <= len(name)]
        if not here:
            return found
        best = max(here, key=len)
        found.append(best)
        pos += len(best)


BARE_ORGAN_RE = re.compile(rf"(?:分|总)?{ORGAN_END}$")
HEADING_NUMBER_RE = re.compile(r"[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、")
# What opens a body's name without a place: a national organ's branch (国家税务总局东莞市税务局), the Party's and the
# youth league's bodies (共青团长沙市雨花区委员会), the republic's own (中华人民共和国…海关).
ORGAN_PREFIX_RE = re.compile(
    r"^(?:国家|国务院|中共|中国|中华人民共和国|共青团|全国|民革|民盟|民建|民进|农工党|致公党|九三学社|台盟)"
)


# A zone named after its city's short name (运城经济技术开发区, 乐山高新区).
ZONE_AFTER_PLACE_RE = re.compile(r"(?:经济技术开发区|高新技术产业开发区|经济开发区|高新区|经开区|开发区)")


def _strong_places(name: str) -> dict[int, list[str]]:
    """Where a division's full name (three characters or more, or a county's two: 代县), a township's name, or a
    zone named after its place begins in `name`: {start: names}."""
    out: dict[int, list[str]] = {}
    for start, n in gazetteer.places_in(name):
        if len(n) >= 3 or n.endswith("县"):
            out.setdefault(start, []).append(n)
    for k in range(len(name) - 2):
        for j in range(3, min(9, len(name) - k) + 1):
            if gazetteer.township_codes(name[k : k + j]):
                out.setdefault(k, []).append(name[k : k + j])
        for j in (2, 3, 4):
            if name[k : k + j] in gazetteer.short_names() and ZONE_AFTER_PLACE_RE.match(name, k + j):
                out.setdefault(k, []).append(name[k : k + j])
    return out


def _short_place_opens(name: str) -> bool:
    """Whether a place's name without its type opens `name` (贵阳 of 贵阳国家高新区, 秦安 of 秦安县…)."""
    shorts = gazetteer.short_names()
    return any(name[:k] in shorts for k in (2, 3, 4))


def _opens_with_place(name: str) -> bool:
    return bool(
        leading_places(name) or ORGAN_PREFIX_RE.match(name) or _short_place_opens(name) or 0 in _strong_places(name[:9])
    )


def _relative_body(name: str) -> bool:
    return bool(RELATIVE_RE.match(name) and DEPARTMENT_RE.search(name))  # 盟生态环境局, not 乡镇（街道）


def title_subject(raw: str) -> str:
    """A title's subject as the name before its year, not the words a page ran into it when its line breaks were
    lost: 年报西村镇 or 无障碍广西壮族自治区海洋局 (a page's menu or breadcrumb before the title) → the name from the
    place it opens with; 北京市门头沟区民政局门头沟区民政局, 渡舟街道重庆市长寿区渡舟街道 or 市审计局衢州市审计局 (the
    site's or publisher's name, then the title's) → the name that ends it. A name before a place is kept with it
    (盟生态环境局乌兰浩特市分局: a branch of that bureau), as is a run that opens with a place or a national organ
    (国家税务总局东莞市税务局)."""
    name = raw
    if (chrome := PAGE_CHROME_RE.match(name)) and is_body_name(name[chrome.end() :]):
        name = name[chrome.end() :]  # 正文示范区教育局: the words of a page's menu, whatever follows them
    if not _opens_with_place(name):
        name = name[_after_chrome(name) :]
    while (k := _second_name(name)) is not None:
        name = name[k:]
    return name


# The words of a government site's menus and page furniture that a page without line breaks runs into its title.
PAGE_CHROME_RE = re.compile(
    r"^(?:(?:正文|年报|报告|无障碍(?:浏览)?|关怀版|适老化|长者(?:模式|版)|繁体版?|简体版?|加入收藏|收藏|设为首页|注册|登录"
    r"|首页|返回(?:首页|顶部|上一页|主网站)?|打印|关闭|分享|通知公告|扫一扫|内容|信息来源|服务对象"
    r"|号)[:：]?)+"  # (号: what is left of 文号 or 索引号 when its value is empty)
)


def _after_chrome(name: str) -> int:
    """Where the name begins after the words before its first place, or 0 when those words may be its own."""
    for k in sorted(_strong_places(name)):
        if k and is_body_name(name[k:]):
            # (a short name before the place is the name's own: 办公室重庆两江新区… opens at 重庆)
            k = next((k - j for j in (4, 3, 2) if name[max(0, k - j) : k] in gazetteer.short_names()), k)
            # (one character before a township may open one the gazetteer lacks: 白马井镇 is no 马井镇; the
            # divisions it has in full)
            division = any(start == k and len(n) >= 3 for start, n in gazetteer.places_in(name))
            if (k >= 2 or division) and not (_opens_with_place(name[:k]) or _relative_body(name[:k])):
                return k
            return 0
    return 0


def _second_name(name: str) -> int | None:
    """Where a second name begins that repeats a place of the first (渡舟街道重庆市长寿区渡舟街道) or names in full
    the department the first names by its level (市审计局衢州市审计局), or None."""
    places = _strong_places(name)
    for k in sorted(places):
        if not k or not is_body_name(name[k:]):
            continue
        first = name[:k]
        later = {n for start, ns in places.items() if start >= k for n in ns}
        earlier = {n for start, ns in places.items() if start < k for n in ns if start + len(n) <= k}
        if (later & earlier and _opens_with_place(first)) or (_relative_body(first) and name.endswith(first[1:])):
            return k
    return None


def trim_trailing(name: str) -> str:
    if (m := TRAIL_PHRASE_RE.match(name)) and len(m.group(1)) >= 2:
        return m.group(1)
    return name


def trim_phrase(name: str) -> list[str]:
    """The names a candidate may hold once the phrase it was taken with is cut: 特向社会公布螺洋街道 → 螺洋街道 (the
    name after the verb), 某镇编制的 or 鞍山市财政局认真编制了 → the name before it."""
    name = name.strip("，,。：:“”\"'《》 \t\n")
    return [trim_trailing(LEAD_PHRASE_RE.sub("", name)), LEAD_PHRASE_RE.sub("", trim_trailing(name))]


ZONE_TOWNSHIP_RE = re.compile(
    r"^[\u4e00-\u9fff]{0,12}(?:开发区|园区|新区|商务区|管委会)[（(]([\u4e00-\u9fff]{2,8}(?:街道|镇|乡))[）)]$"
)


def normal_form(name: str, own: bool = False) -> str:
    """The name as the lake keeps it: 街道办事处 → 街道, a government's 人民政府 and a zone's 管委会 dropped. Named by
    the report itself (`own`), a government's office is the department whose report it is. (A zone's 管委会 goes even
    from a title that prints it, as the development corpus names 平潭综合实验区管委会's reports, d06.)"""
    # 鼓楼区人民政府华侨路街道办事处: the street office is the district government's agency, named 华侨路街道
    name = GOV_BEFORE_TOWNSHIP_RE.sub("", name)
    name = re.sub(r"(?<=街道)办事处$|(?<=街道)办$", "", name)
    # a zone named with the township it is, in brackets (fresh24 g33: 开发区(白洋街道)): the township
    if m := ZONE_TOWNSHIP_RE.match(name):
        name = m.group(1)
    if not own and (office := ZONE_OFFICE_RE.search(name)) and ZONE_RE.search(name[: office.start()]):
        # a zone's committee's office, naming its publisher, stands for the zone as a government's office does for
        # its government (fresh37 v10: 发布机构:泉州市鲤城高新技术产业开发区管理委员会办公室)
        name = name[: office.start()]
    m = GOV_SUFFIX_RE.search(name)
    if m is None or (own and OFFICE_RE.search(name)):
        return name
    if m.group() in ("管委会", "管理委员会") and not ZONE_RE.search(name[: m.start()]):
        return name
    stripped = name[: m.start()]
    return stripped if stripped and not LEVEL_ONLY_RE.match(stripped) else name


# A government's report published by its general office, titled with both (贵阳市人民政府（市人民政府办公厅）, wide t14;
# 六盘水市人民政府（市人民政府办公室）, fresh17 x32): the office's.
GOVERNMENT_AND_OFFICE_RE = re.compile(
    rf"(?P<place>[{CJK}]{{2,20}}?)(?:人民)?政府[（(](?:[省市县区州旗盟]|(?P=place))?(?:人民)?政府(?P<office>办公室|办公厅)[）)]$"
)
DOUBLED_NAME_RE = re.compile(rf"^([{CJK}]{{3,30}}?)\1")
DOUBLED_PLACE_RE = re.compile(rf"([{CJK}]{{1,12}}?[省市区县旗])\1")  # 渠县渠县行政审批局 too (fresh32 r35)
TO_THE_PUBLIC_RE = re.compile(rf"(?<=[{CJK}]{{2}})向社会(?:公开|公布|发布)$")


# A district and the zone it is run with, named side by side as one report's body (广州市黄埔区人民政府
# 广州开发区管委会)
TWIN_BODIES_RE = re.compile(
    rf"(?P<first>[{CJK}]{{2,20}}?(?:区|县|市)(?:(?:人民政府)?[ \u3000]+|人民政府[ \u3000]*))"
    rf"[{CJK}]{{2,8}}(?:开发区|高新区|新区|保税区)"
)


# A short name the report will use, in brackets after the name (以下简称区政府办公室): no part of the name.
ALIAS_RE = re.compile(r"[（(](?:以下|下文)?(?:简称|称)[^（()）]{1,20}[）)]")


def clean_region(raw: str, own: bool = False) -> tuple[str | None, list[str]]:
    """Return (the body's name, the places named before it) from a candidate, or (None, []) when it is no name;
    `own` when the candidate is where the report names itself (its title).

    A township's report is named without its parents (杭州市西湖区北山街道 → 北山街道); others keep them.
    """
    if twin := TWIN_BODIES_RE.match(raw.strip()):
        # 广州市黄埔区人民政府 广州开发区管委会 (fresh20 t27, fresh f22): a joint report, the district's
        raw = twin.group("first").strip()
    raw = DOUBLED_PLACE_RE.sub(r"\1", raw)  # 北京市大兴区北京市大兴区发展和改革委员会 (fresh18 y15): printed twice
    raw = DOUBLED_NAME_RE.sub(r"\1", raw)  # 会同县林业局会同县林业局 (a page's name and its title's, run together)
    raw = ALIAS_RE.sub("", raw)  # 清远市清新区人民政府办公室(以下简称区政府办公室) (fresh27 k13): the short name after
    raw = GOVERNMENT_AND_OFFICE_RE.sub(r"\g<place>人民政府\g<office>", raw)
    raw = TO_THE_PUBLIC_RE.sub("", raw)  # 郑州高新区沟赵办事处向社会公布 (fresh17 x01): the name before the verb
    if VERB_END_RE.search(raw.strip("，,。：:“”\"'《》 \t\n")):
        return None, []  # 现向社会公布: the name comes after the verb, elsewhere
    names = [normal_form(n, own) for n in trim_phrase(raw)]
    name = next((n for n in names if is_body_name(n)), None)
    if name is None or (not own and RELATIVE_RE.match(name) and not leading_places(name)):
        # 区政府办公室 named in a sentence is the writer's own district's office, no name; a title saying 县人社局 is
        # how the report names itself.
        return None, []
    parents = leading_places(name)
    if not parents and SPAM_RE.search(raw):
        return None, []  # the spam took the place the name opened with (fresh20 t12: …|官网:发展和改革委员会)
    if (
        DEPARTMENT_RE.search(name)
        and len(parents) > 1
        and parents[0] in gazetteer.provinces()
        and parents[0] not in gazetteer.MUNICIPALITIES
    ):
        # A department below the province is named without it (河北省沧州市气象局 is 沧州市气象局), but with its city
        # before its district (南充市嘉陵区经济和信息化局, fresh5 j28; 遂宁市安居区行政审批局, fresh9 n22; 白银市平川区
        # 发展和改革局, fresh13 s36: as the reports name them) — and a municipality is that city
        # (北京市东城区建设委员会, 天津市红桥区人民政府政务服务办公室, 上海市宝山区建设和管理委员会:
        # fresh13 s01, fresh14 u01, fresh15 v03).
        return name[len(parents[0]) :], parents
    if len(parents) > 1 and "".join(parents) == name:
        return parents[-1], parents  # 北京市东城区 is 东城区, as a township is named without its parents
    township = TOWNSHIP_RE.search(name) or township_office(name)
    if township and (zone := ZONE_BEFORE_TOWNSHIP_RE.match(name[sum(map(len, parents)) :])):
        # 重庆市万盛经济技术开发区丛林镇: a township named after the zone that runs it, without either
        rest = name[sum(map(len, parents)) + zone.end() :]
        if is_body_name(rest):
            return rest, [*parents, zone.group()]
    if TOWNSHIP_RE.search(name) and not parents:
        # 科右前旗索伦镇 (fresh11 q01): a county the gazetteer knows only by its full name (科尔沁右翼前旗) before a
        # township it does know
        m = re.match(rf"^[{CJK}]{{2,8}}?(?:自治县|县|区|市|旗)(?=[{CJK}]{{1,8}}{TOWNSHIP_END}$)", name)
        if m and gazetteer.township_codes(name[m.end() :]):
            return name[m.end() :], [m.group(0)]
    if TOWNSHIP_RE.search(name) and parents:
        rest = name[sum(map(len, parents)) :]
        if len(rest) >= 2 and is_body_name(rest):
            return rest, parents
        # 彭水苗族土家族自治县龙塘乡: the county may be spelled longer than the gazetteer's prefix found
        m = re.match(rf"^[{CJK}]{{2,12}}?(?:自治县|县|区|市|旗)(?=[{CJK}]{{1,8}}{TOWNSHIP_END}$)", name)
        if m and len(name) - m.end() >= 2:
            return name[m.end() :], [*parents, m.group(0)]
    return name, parents


# The tails of the words a body's name ends in, each too short to name a body: a line break inside the word left
# them opening a line ('事处' of 办事处, '员会' of 委员会).
BODY_WORDS = ("街道办事处", "人民政府", "委员会", "管委会", "办公室", "办公厅")
CUT_TAILS = frozenset(word[i:] for word in BODY_WORDS for i in range(1, len(word) - 1))


def is_body_name(name: str) -> bool:
    """A place or body name: a gazetteer name, or a name that ends like one and holds no verb, particle or pronoun."""
    if len(name) < 2 or LEVEL_ONLY_RE.match(name) or SPAM_RE.search(name) or GENERIC_ZONE_RE.match(name):
        return False  # 高新区 alone names one of hundreds
    if BARE_ORGAN_RE.match(name):
        return False  # 分局, 中心: an organ's word alone names no body
    if HEADING_NUMBER_RE.match(name):
        return False  # （一）组织领导北宫镇: a heading run into its paragraph (a page saved without line breaks)
    if name.endswith("网站"):
        return False  # a body's website is no body, whatever 站 ends (fresh38 w09: 2025年,县政府网站共发布信息…)
    if name in CUT_TAILS:
        return False  # the tail of a body's word a line break cut off its name (名称：山海关区南关街道办 / 事处2024年…)
    if name in gazetteer.by_name() or gazetteer.township_codes(name):
        return True
    if (PRONOUN_RE.match(name) or ORGAN_START_RE.match(name)) and not (
        leading_places(name) or _short_place_opens(name)
    ):
        return False  # 本镇, 该局, 委农办: but 本溪市, 贵阳市, 全椒县 are places, and so is 贵阳 of 贵阳国家高新区
    if PHRASE_RE.search(re.sub(r"[（(][^）)]*[）)]", "", name)):
        return False
    if re.search(r"[（()）]", re.sub(r"[（(][^（()）]*[）)]", "", name)) or "我" in name:
        # fresh13 s18: a mirror's pinyin residue left ')将我镇' — a bracket never opens a name, 我 is never in one
        return False
    if not re.fullmatch(rf"[{CJK}（）()]+", name):
        return False
    if PLACE_END_RE.search(name) and not (
        DEPARTMENT_RE.search(name) or TOWNSHIP_RE.search(name) or ZONE_RE.search(name) or leading_places(name)
    ):
        return False  # a place the gazetteer does not know, opening with no place it knows: 紧紧围绕市 is a phrase
    if ZONE_RE.search(name) and not BODY_END_RE.search(name):
        # a zone named after its place, whose 管委会 the lake drops (五华科技产业园, fresh17 x21)
        return bool(leading_places(name)) or _short_place_opens(name)
    return bool(BODY_END_RE.search(name))


def township_office(region: str) -> bool:
    """A street office named 某某办事处 without 街道 (郑州高新区沟赵办事处, fresh17 x01: the 沟赵乡 of the gazetteer
    turned office): its root before 办事处 is a township's root. An office stationed elsewhere (驻京办事处) is not."""
    return bool(township_office_root(region))


def stationed(region: str) -> bool:
    """An office stationed elsewhere (湖北省驻京办事处): a 驻 that opens no place's name (驻马店, 驻操营 — fresh53
    am02: 驻马店高新区古城办事处 is a street office)."""
    names, roots = gazetteer.short_names(), gazetteer.township_roots()
    return any(
        not any(region[i : i + k] in names or region[i : i + k] in roots for k in (2, 3, 4))
        for i, ch in enumerate(region)
        if ch == "驻"
    )


def township_office_root(region: str) -> str:
    """The township root of a 某某办事处 (沟赵 of 沟赵办事处), or ''."""
    if not region.endswith("办事处") or region.endswith("街道办事处") or stationed(region):
        return ""
    head = region[: -len("办事处")]
    if not head or ORGAN_START_RE.search(head[-2:]):
        return ""
    roots = gazetteer.township_roots()
    return next((head[-k:] for k in (4, 3, 2) if len(head) >= k and head[-k:] in roots), "")


ZONE_END_RE = re.compile(
    r"(?:经济技术开发区|经济开发区|高新技术产业开发区|高新区|开发区|经开区|产业园区|工业园区)(?:管委会|管理委员会)?$"
)


def zone_below_county(region: str) -> bool:
    """A development zone named after a county (来凤经济开发区, 乳山经济开发区, 乌尔禾区百口泉产业园区; fresh17 x37,
    x20, fresh14 u12): its 管委会 is below the county and is read as a township by some reports and a department by
    others: no level is certain. (One named after a prefecture, 鞍山高新区, governs a county's share of it.)"""
    if not ZONE_END_RE.search(region) or gazetteer.lookup(region):
        return False
    places = leading_places(region)
    codes = gazetteer.lookup(places[-1]) if places else set()
    if not codes:
        shorts = gazetteer.short_names()
        k = next((k for k in range(min(len(region) - 1, 8), 1, -1) if region[:k] in shorts), 0)
        codes = shorts.get(region[:k], set()) if k else set()
    return bool(codes) and {gazetteer.level_of_code(c) for c in codes} == {"county"}


def admin_level_of(region: str | None) -> str:
    """Level from the name: a province, a prefecture (市/州/盟/地区), a county (县/区/旗, a 县级市), a township or a
    department; the gazetteer decides between a prefecture's and a county's 市."""
    if not region:
        return "unknown"
    if region in gazetteer.provinces().values():
        return "province"
    if zone_below_county(region):
        return "unknown"
    if TOWNSHIP_RE.search(region) or AREA_RE.search(region) or township_office(region):
        return "township"
    if DEPARTMENT_RE.search(region):
        return "department"
    if region in gazetteer.extra_levels():
        return gazetteer.extra_levels()[region]
    places = leading_places(region)
    if places and "".join(places) == region:
        levels = {gazetteer.level_of_code(c) for c in gazetteer.lookup(places[-1])}
        if len(levels) == 1:
            return levels.pop()
    if region.endswith(("州", "盟", "地区", "综合实验区", "市")):
        return "prefecture"
    if region.endswith(("县", "区", "旗")):
        return "county"
    return "unknown"


SELF_REFERENCE = (
    ("我局", "department"),
    ("我委", "department"),
    ("我办", "department"),
    ("本局", "department"),
    ("我厅", "department"),
    ("我镇", "township"),
    ("我乡", "township"),
    ("我街道", "township"),
    # a street office's short word for itself (fresh23 f32: 2023年,我街按照…; 我街道 counts twice), and a sumu's
    # (Inner Mongolia's township: fresh10 p06)
    ("我街", "township"),
    ("我苏木", "township"),
    ("本镇", "township"),
    ("我县", "county"),
    ("我旗", "county"),
    ("我区", "county"),
    ("我市", "prefecture"),
    ("我省", "province"),
)


def level_from_self_reference(text: str, once: bool = False) -> str:
    """A report that never names itself still says 我局/我镇: its level (d16, d27). `once`: a department's or a
    township's word said once and no other self-reference is enough (for the level of a report with no name found;
    too weak to veto a name, fresh30 p18's street office says 我办 once)."""
    counts = Counter({lvl: 0 for _, lvl in SELF_REFERENCE})
    for word, lvl in SELF_REFERENCE:
        counts[lvl] += text.count(word)
    (best, n), *rest = counts.most_common(2)
    if once and n == 1 and rest[0][1] == 0 and best in ("department", "township"):
        return best  # 我局 or 我镇 names no other body's kind (我区 may be a bureau's district)
    if best == "prefecture" and TOWNSHIP_PARTS_RE.search(text) and not COUNTY_PARTS_RE.search(text):
        best = "county"  # 我市 of a county-level city: its towns lie right below it (fresh51 ak27: 市直各部门…镇(区))
    return best if n >= 2 and n >= 3 * rest[0][1] else "unknown"


# The parts a city names below itself: a prefecture's counties and districts, a county-level city's towns.
COUNTY_PARTS_RE = re.compile(r"各县|县[（(]市|县[（(]区|县市区|县区|县、区|区县|各区(?!域)|市辖区")
TOWNSHIP_PARTS_RE = re.compile(
    r"[乡镇][（(](?:区|街道?)[)）]|各镇|各乡镇|镇、街道|镇[（(]街道|乡镇[（(]街道|镇街|各街道"
)


# Two-character district names that are also common words ending longer names: 新区 of 郑州高新区, 城区, 郊区, 矿区.
GENERIC_PLACE_RE = re.compile(r"^.区$")


def only_place_of_level(region: str, text: str, year: int | None) -> str:
    """'县统计局' → '平武县统计局' when the text names one place of that level (县) and no other (fresh19 z38), a
    place of that name in the report's year (东乡县, a district since 2016, qualifies no 县人社局 of 2021) and below a
    province (市人民防空办 of a report naming 重庆市 stays as printed, fresh27 k30; 省市场监管局 too, fresh12 r07)."""
    found = {
        n
        for _, n in gazetteer.places_in(text[:6500])
        if len(n) > 2 and n.endswith(region[0]) and gazetteer.lookup(n, year) and n not in gazetteer.provinces()
    }
    found = {n for n in found if not any(n != m and m.endswith(n) for m in found)}  # 武县 inside 平武县
    return found.pop() + region[1:] if len(found) == 1 else region


def qualify_department(region: str, text: str) -> str:
    """'公安局' → '平潭县公安局' when the report names the department with a place before it."""
    if not DEPARTMENT_RE.search(region) or leading_places(region) or township_office(region):
        return region
    names: Counter[str] = Counter()
    if RELATIVE_RE.match(region):
        # 区科技局 of a title whose text says 宣州区科技局: the place ending in that level word
        start = 0
        while (i := text.find(region, start)) >= 0:
            start = i + 1
            before = text[max(0, i - 11) : i + 1]
            places = [n for s, n in gazetteer.places_in(before) if s + len(n) == len(before) and len(n) > 1]
            if places:
                names[max(places, key=len)] += 1
        return names.most_common(1)[0][0] + region[1:] if names else region
    start = 0
    while (i := text.find(region, start)) >= 0:
        start = i + 1
        places = [
            n
            for s, n in gazetteer.places_in(text[max(0, i - 12) : i])
            if s + len(n) == min(i, 12) and not GENERIC_PLACE_RE.match(n)
        ]
        if places:
            names[max(places, key=len)] += 1
    return names.most_common(1)[0][0] + region if names else region
