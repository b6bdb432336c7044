"""Report identity: region (a place or body name the gazetteer or its suffix vouches for), province, level, body_id,
year, date, issuer, contacts."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from tasks.bodies import body_id
from tasks.identity import contacts
from tasks.identity.gazetteer import full_names, places_in, township_codes
from tasks.identity.locate import locate
from tasks.identity.names import (
    BODY_END,
    CJK,
    CUT_TAILS,
    DEPARTMENT_RE,
    ORGAN_END,
    PLACE_END,
    RELATIVE_RE,
    SELF_REFERENCE,
    SPAM_RE,
    TOWNSHIP_END,
    admin_level_of,
    clean_region,
    is_body_name,
    level_from_self_reference,
    only_place_of_level,
    qualify_department,
    title_subject,
    zone_below_county,
)
from tasks.numbers import parse_number
from tasks.rules import required_literal

# 上湾乡人民政府2019年度政府信息公开年度工作报告: 工作 may come after 年度 too; a report on the work's 情况 is one
# (…2021年度政府信息公开工作情况报告, 关于…工作情况的报告)
SUBJECT = (
    r"(?:政府信息公开|政务公开|信息公开)(?:工作)?(?:的)?\s{0,3}(?:年度)?\s{0,3}(?:工作)?(?:情况(?:的)?)?"
    r"(?:报告|年报|报(?=\s)|工作要点落实情况)"
)
YEAR = r"(?P<year>(?:19|20)\d{2})"
# After a title's year: 年 or 年度 and a few words, or the subject itself (2022政府信息公开工作年度报告).
AFTER_YEAR = rf"(?:年(?:度)?\s{{0,3}}(?:[{CJK}]{{0,12}}?)|(?=政府信息公开|政务公开|信息公开)){SUBJECT}"
# 室: 上海市人民政府参事室 (fresh10 p07); 省 and 苏木 (2011年江西省…报告, 2022年度阿巴嘎旗那仁宝拉格苏木…报告)
TITLE_BODY_END = r"(?:省|市|县|区|州|盟|旗|镇|乡|苏木|街道|街|局|办|委|厅|室|中心|管委会|委员会)"
# Titles put the body before the year (昭通市2017年…报告) or after it (2016年龙归镇政府信息公开年度报告); a
# title may be split over two lines (d17: …信息公开工作\n年度报告) or lose its last character (d28: 年度报); the body
# may stand on its own line above it (五常市民意乡\n2021年政府信息公开工作年度报告).
TITLE_RES = (
    re.compile(rf"(?P<region>[{CJK}（）()]{{2,40}}?)\s{{0,3}}{YEAR}\s{{0,3}}{AFTER_YEAR}"),
    re.compile(
        rf"{YEAR}\s{{0,3}}年(?:度)?+(?P<region>[{CJK}]{{1,20}}?{TITLE_BODY_END})(?:人民政府|办事处)?\s{{0,3}}{SUBJECT}"
    ),
    # …its 年 left out (fresh24 g12: 2009上海市浦东新区高桥镇政府信息公开工作年度报告), at a line's start
    re.compile(
        rf"(?m)^[ \t]*{YEAR}[ \t]{{0,3}}(?![年度])(?P<region>[{CJK}]{{2,20}}?{TITLE_BODY_END})"
        rf"(?:人民政府|办事处)?[ \t]{{0,3}}{SUBJECT}"
    ),
    re.compile(rf"(?P<region>){YEAR}\s{{0,3}}年(?:度)?\s{{0,3}}{SUBJECT}"),
    # the opening that names the report by its short name (fresh16 w37: 乐山高新区管委会2010年年报根据《条例》…编制)
    re.compile(rf"(?P<region>[{CJK}]{{2,30}}?{TITLE_BODY_END}){YEAR}\s{{0,3}}年(?:度)?年报(?=根据|依据|依照|按照|是)"),
)
# The literal each title form holds ('' if none): a form whose literal a text lacks is not tried there (the short-name
# form, 年报, scans with a lazy body name at every position).
TITLE_LITERALS = tuple(required_literal(rx.pattern) for rx in TITLE_RES)
# Where a title's year and subject stand (regex 0 without its body name): regex 0 is tried only just before them.
YEAR_TITLE_RE = re.compile(rf"{YEAR}\s{{0,3}}{AFTER_YEAR}")
BEFORE_YEAR = 43  # the longest body name regex 0 takes (40) and the spaces before the year (3)
NOTICE_AFTER_RE = re.compile(r"[^。；\n]{0,12}?通知")
# A report named with its count, an item among what the year disclosed (fresh30 p27: …、福州市城乡建设局2021年度政府
# 信息公开工作年度报告1条): last year's report, not this one's title.
# A line that lists an item of the year's work: 一是…, 2.…, (三)… — with its text on (a heading alone is no item).
WORK_ITEM_LINE_RE = re.compile(
    r"[ \t]*(?:[一二三四五六七八九十]{1,3}是|\d{1,2}[.、．](?!\d)|[（(][一二三四五六七八九十]{1,3}[）)])"
    r"[^\n]{0,80}?[，,、]"
)
COUNTED_AFTER_RE = re.compile(r"[ \t]*\d+[ \t]*(?:条|篇|件|份|个|期)")
# A place's government's general office (两城镇人民政府党政办公室, 信阳市政府办公室): the place is group 1.
GOVERNMENT_OFFICE = (
    rf"([{CJK}]{{1,20}}?(?:镇|乡|街道|县|区|市|旗|州|盟|省))(?:人民)?政府"
    r"(?:(?:党政(?:综合)?|综合|政务公开|政府信息公开|信息公开)?办公室|办公厅)"
)
# (Only the general office and its like: 外事办公室, 法制办公室 and 扶贫开发工作办公室 are departments of the government
# (fresh17 x17: 由上海市人民政府外事办公室编制).)
# 太仆寺旗人民政府办公室编制了2017年政府信息公开工作报告: the office that compiled a title's report is its government's.
# A township's 党政办公室 compiles for its township (fresh15 v28: 大营镇党政办公室编制了 2023年度…报告).
COMPILED_BY_OFFICE_RE = re.compile(
    rf"(?:{GOVERNMENT_OFFICE}|([{CJK}]{{1,20}}?(?:镇|乡|街道))党政(?:综合)?办(?:公室)?)(?:负责|汇总|牵头|组织)?编制(?:了|的)?$"
)
# The body that compiled the report, named in its opening (fresh13 s08: 本年度报告…由上海市黄浦区人民政府编制; s17:
# 由徐水区人民政府综合全区各部门和各乡镇…编制而成; fresh29 n24: 由安康市统计局围绕2020年度…工作情况编制而成;
# fresh31 q38: 由上饶市广丰区人民政府办公室结合有关统计数据编制), up to the office inside it that did the work
# (由无锡市锡山区人民政府厚桥街道党政办公室综合科编制, fresh2 g27; 由良庆区民族宗教事务局政务公开…领导小组办公室编制,
# wide n25).
COMPILED_BY_RE = re.compile(
    rf"(?:报告|本报告)[^。\n]{{0,120}}?由(?P<region>[{CJK}（）()]{{2,40}}?)"
    rf"(?=(?:负责|汇总|牵头|组织|(?:综合|围绕|结合)[^。；，,\n]{{0,40}}?)?编制)"
)
# …or by the rules it followed (fresh36 s03: 本报告由临沂高新区党政办公室按照《…条例》…和《…通知》…的要求编制): an
# office, which compiles for its body, or a line bureau, which compiles its own (LINE_BUREAU_RE below).
COMPILED_BY_RULES_RE = re.compile(  # (本报告是X根据《…》编制的: the same, said with 是)
    rf"(?:报告|本报告)[^。\n]{{0,120}}?(?:由|(?<=报告)是)(?P<region>[{CJK}（）()]{{2,40}}?)(?=(?:按照|根据|依据|依照)《[^。；，,\n]{{0,200}}?编制)"
)
# …or a bureau of a line of work, which compiles its own report (fresh48 ah05: 本年度报告由杭州市余杭区发展和改革局根据
# 《…条例》…要求编制而成; fresh49 ai08: 本报告由湖北省地震局根据…编制) — never the agency that runs a government's
# disclosure work and may compile the government's report (政务服务管理局, 行政审批局, 数据局, 信息中心).
LINE_BUREAU_RE = re.compile(r"(?:局|委员会|委)$")
DISCLOSURE_AGENCY_RE = re.compile(r"政务|审批|数据|信息中心|公开|行政服务|电子")  # (信息化局 is a line's)
# …or as the subject of compiling it (fresh19 z40: 根据《条例》…要求,杭锦后旗教育局编制了本报告; fresh40 o20: …要求,
# 黄龙县市场监督管理局结合单位实际,编制本单位2022年度政务公开工作年度报告).
COMPILER_SUBJECT_RE = re.compile(
    rf"(?:^|[。，,；;\n])[ \t]*(?P<region>[{CJK}（）()]{{2,30}}?)(?:结合(?:本单位|单位|工作)?实际[，,]?)?"
    rf"(?:负责|组织|汇总)?编制(?:了)?(?:本|此)[^。；，,\n]{{0,24}}?报告"
)
INNER_OFFICE_RE = re.compile(r"党政|党委|综合科|领导小组|政务公开|信息公开|政府信息|(?<=[局委厅心])办公室$")
# The overview's first line of figures opens with the year it reports on (2021年度，我镇认真…).
OVERVIEW_YEAR_RE = re.compile(r"^[ \t]*((?:19|20)\d{2})\s?年度?[，,]", re.MULTILINE)
# The line right under the overview's heading opening with the year it tells of (一、总体情况 / 2024年，天津市住建委…).
OVERVIEW_HEADING = r"(?:总体情况|概述)"  # the overview section's heading words
# (blank lines between the heading and its paragraph, as a layout converter's empty rows leave them: the same opening)
OVERVIEW_OPENING_YEAR_RE = re.compile(rf"{OVERVIEW_HEADING}[ \t]*\n(?:[ \t]*\n)*[ \t]*((?:19|20)\d{{2}})\s?年度?[，,]")
YEAR_RE = re.compile(r"(?<![\d〔\[（(])((?:19|20)\d{2})\s{0,3}年")
# The year of the statistics period, written with 年 or as a date (fresh12 r28: 统计期限自2015-1-1起至2015-12-31止).
PERIOD_RE = re.compile(
    r"(?:统计期限|统计时间|统计期间|统计范围)[^。]{0,8}?自?\s{0,3}((?:19|20)\d{2})\s{0,3}(?:年|[-/.．]\d{1,2}[-/.．]\d{1,2}(?!\d))"
)
ABOUT_YEAR_RE = re.compile(r"(?m)^[ \t]*关于(?=[ \t]*(?:19|20)\d{2}[ \t]*年)")
# A crawler's title field the title line may open with (• 标题：文城镇人民政府2018年度…报告, fresh12 r34)
TITLE_FIELD = r"(?:[•·][ \t]*)?(?:标题[:：][ \t]*)?"
# …or after its body on the same line (fresh23 f30: 嘉兴市人民防空办公室(民防局)关于2009年度政府信息公开工作年度报告)
BODY_ABOUT_YEAR_RE = re.compile(
    rf"(?m)^([ \t]*{TITLE_FIELD}[{CJK}（）()]{{2,40}}?(?:{TITLE_BODY_END}|人民政府|政府|办事处|[）)]))"
    rf"关于(?=[ \t]*(?:19|20)\d{{2}}[ \t]*年)"
)
# …or before its body, the title line opening with it (关于某县2021年政府信息公开工作年度报告)
ABOUT_BODY_TITLE_RE = re.compile(
    rf"(?m)^([ \t]*{TITLE_FIELD})关于(?=[{CJK}（）()]{{2,40}}?(?:19|20)\d{{2}}[ \t]*{AFTER_YEAR}[ \t]*$)"
)
# 现就…报告如下 too (fresh4 i08).
# 现将某县2019年政府信息公开年度报告如下; 特向社会公布青川县2021年度政府信息公开情况 (fresh25 i29)
INTRO_RE = re.compile(
    rf"(?:现[将就]|向社会公布)(?P<region>[{CJK}]{{2,20}}?)((?:19|20)\d{{2}})年度?[{CJK}]{{0,16}}?(?:报告如下|公开情况)"
)
# …or that it compiles its own report, named with no year (fresh51 ak11: 特编制昌江区商务局公开年度报告)
COMPILES_OWN_REPORT_RE = re.compile(
    rf"(?:特|现|特此)编制(?P<region>[{CJK}]{{2,20}}?{BODY_END})(?:(?:19|20)\d{{2}}年度?)?(?:政府信息|政务)?公开(?:工作)?年度?报告"
)
# The overview's opening sentence has the body as its subject, after the year and any 在…下 clause: 2022年，易县人民政府
# 认真贯彻…; 2020年度，北京市东城区以…; 2023年，在区委、区政府的坚强领导下，官洲街道办事处认真…; 2013年，邹桥乡政府信息
# 公开工作在…; 2022年度桃山区商务局政务信息公开工作依托… (fresh29 n05). The name is the shortest run ending like a
# body name that a predicate follows.
PREDICATE = (
    r"(?:认真|深入|坚持|严格|全面|始终|紧紧|紧扣|紧密|紧跟|围绕|积极|高度|持续|进一步|不断|扎实|继续|牢固|牢牢|聚焦|立足|着力"
    r"|贯彻|落实|深化|根据|依据|依照|按照|遵照|遵循|依法|结合|着眼|切实|大力|主动|坚决|全力|精心|加强|加大|强化|推进|推动"
    r"|统筹|对标|以(?!及)|把|将|在|通过|依托|利用|借助|及时|的?(?:政府信息公开|政务信息公开|政务公开|信息公开)工作(?!办公室|领导小组|小组|办)"
    r"|共(?:计)?(?:办理|受理|收到|主动|发布|公开)"  # fresh15 v05: 2021年内,通济街道共办理4件…申请
    r"|未(?:发生|收到|接到|出现|受理))"  # fresh23 f06: 2022年度,蠡县交通运输局未发生因…而引发的行政复议案
)
LEAD_YEAR_RE = re.compile(
    rf"^[ \t]*((?:19|20)\d{{2}})年[，,][ \t]{{0,3}}(?P<region>[{CJK}]{{2,15}}?(?:市|县|区|州|盟|旗|镇|乡|街道))",
    re.MULTILINE,
)
ORGAN_WORDS = ("局", "委员会", "办公室", "中心")


def department_follows(text: str, end: int, place: str = "") -> bool:
    """The words after a place open the name of a department the report names elsewhere with its organ word
    (fresh41 aa21: 2020年,平利县农业农村认真贯彻… — the bureau with its 局 lost; the text says 县农业农村局), or are the
    short name of one of the place's departments named in full elsewhere (fresh44 ad20: 2023年,宣城市残联坚持… — the
    contact is 宣城市残疾人联合会): the subject is that department, not the place."""
    after = re.match(rf"[{CJK}]{{2,8}}", text[end : end + 8])
    if after is None:
        return False
    words = after.group()
    if any(words[:k] + organ in text for k in range(2, len(words) + 1) for organ in ORGAN_WORDS):
        return True
    a, b = (re.escape(c) for c in words[:2])
    short = rf"{re.escape(place)}(?!(?:人民)?政府){a}[{CJK}]{{0,6}}?(?={b})[{CJK}]{{0,8}}?{ORGAN_END}"
    return bool(place) and re.search(short, text) is not None


PREPOSITION = "通过|经过|经由|利用|依托|借助"  # (a name may hold 对, 向, 从 …: 向阳镇, 从化区)
OPENING_SUBJECT = (
    # (a cited notice's title may be long: fresh44 ad12 根据《…关于编制公布2020年政府信息公开工作年度报告有关事项的
    # 通知》(〔2021〕—43)要求,砚山县交通运输局认真…)
    rf"(?:(?:在|按照|根据|依据)[^，,。；\n]{{2,90}}?[，,][ \t]{{0,3}}){{0,2}}"
    # a subject never opens with a preposition (fresh19 z38: 2021年通过政府网站主动公开… — 网站 is no body)
    # nor holds one (fresh30 p40: 2020年园艺场通过德安县政府网站共主动公开…), nor a person's post (fresh26 j27:
    # 2015年时任区长张家明在国务院办公厅全面推进政务公开研讨会上…), nor the report itself (fresh47 ag29: 一、总体情况 /
    # 本报告由三原县教育局根据《…》规定编制)
    rf"(?!{PREPOSITION}|对|向|从|为|由|就)(?P<region>(?:(?!在|时任|同志|报告|{PREPOSITION})[{CJK}（）()]){{1,30}}?{BODY_END})"
    # (the year may stand between the subject and its predicate: fresh37 v24 乌海市科学技术局2022年认真贯彻…)
    rf"(?=(?:(?:19|20)\d{{2}}\s?年度?[，,]?)?{PREDICATE})"
)
# the year, its comma lost too (fresh7 l24: 2021年东花市街道深入贯彻…)
OPENING_SUBJECT_RE = re.compile(
    rf"(?:^|[。；]|(?<=总体情况)|(?<=概述))[ \t]*"
    # the year, or the year said in words (fresh11 q13: 一年来,烧锅镇高度重视…; fresh5 j10: 今年以来,荣昌区林业局认真…)
    rf"(?:(?:19|20)\d{{2}}\s?年度?(?:以来|内)?[，,]?|(?:一年(?:以)?来|今年以来)[，,])[ \t]{{0,3}}"
    rf"{OPENING_SUBJECT}",
    re.MULTILINE,
)
# or no year: the overview's first line (l19: 一、总体情况 / 台吉镇根据《条例》…), tried only where that heading ends
OVERVIEW_LINE_RE = re.compile(rf"{OVERVIEW_HEADING}\n")
# …its first subheading before (fresh23 f04: 一、总体情况 / (一)主动公开情况。三亚市坚持以…)
SUBJECT_AT_RE = re.compile(rf"[ \t]*(?:[（(][一二三四五六七八九十][）)][{CJK}]{{2,12}}[。：:][ \t]*)?{OPENING_SUBJECT}")


def opening_subject(head: str) -> re.Match[str] | None:
    """The overview's opening sentence's subject: the earliest found after a year, or on the overview's first line."""
    found = OPENING_SUBJECT_RE.search(head)
    for h in OVERVIEW_LINE_RE.finditer(head, 0, found.start() if found else len(head)):
        if m := SUBJECT_AT_RE.match(head, h.end()):
            return m
    return found


# 由两城镇人民政府党政办公室编制: the office of a place's government compiles that place's report.
OFFICE_OF_RE = re.compile(rf"^{GOVERNMENT_OFFICE}$")
# 如对本报告有任何疑问，请与…联系 / 请联系：…: the body that answers for the report, named with the unit inside it
# that takes the questions (盐城市大丰区人民政府办公室, 集宁区农牧水利局综合办公室, 厉山镇人民政府,
# 海陵区城东街道党政办, 闽侯县水利局政府信息公开工作领导小组办公室).
CONTACT_BODY_RE = re.compile(rf"请(?:与|联系)[:：]?[ \t]{{0,2}}([{CJK}]{{2,40}}?)(?=联系|[，,。；;:：(（\s]|$)")
# The units inside a body that a contact names: never the body itself.
# (a township's service centre too: 请与昆都仑区市府东路街道党群服务中心联系, fresh48 ah28; a department's information
# centre: 请与舒城县财政局信息中心联系, fresh50 aj32)
INNER_UNIT_RE = re.compile(
    r"(?:办公室|办公厅|党政办|综合办|科|(?<!办事)处|股|室|机构|大厅|小组|(?:党群|便民)服务中心|(?<=[局委厅])信息中心)$"
)
GOVERNMENT_RE = re.compile(r"(?:人民)?政府")
WORD_END_RE = re.compile(rf"{ORGAN_END}|{TOWNSHIP_END}|{PLACE_END}")


GOVERNMENT_OFFICE_END_RE = re.compile(r"(?<![党政综合务开])政府办公(?:室|厅)$")
# The report's subject is its government's general office (fresh20 t22: 2024年,市政府办公室以…): the office is the body.
OWN_OFFICE_SUBJECT_RE = re.compile(r"^(?P<level>[省市县区州旗盟])(?:人民)?政府办公(?:室|厅)$")


def office_body(name: str, of: re.Match[str], office: str) -> str:
    """A government's office named as a contact stands for its place, unless the report's subject is that office."""
    own = office and (office == "*" or of.group(1).endswith(office)) and GOVERNMENT_OFFICE_END_RE.search(name)
    return name if own else of.group(1)


def contact_body(text: str, office: str = "") -> str | None:
    """The body the contact sentence names: a government's office stands for its place (the office is how a
    government's report gives its contact), unless `office` says the report's subject is that office (市政府办公室);
    otherwise the longest body name the contact opens with, cut where a word of a body's name ends, when what
    follows it is a unit inside that body."""
    m = CONTACT_BODY_RE.search(text)
    if m is None:
        return None
    named = m.group(1)
    for end in sorted((w.end() for w in WORD_END_RE.finditer(named)), reverse=True):
        head, rest = named[:end], named[end:]
        # (the head's last character read with the rest: 财政局|信息中心 is a unit of the 局)
        if rest and not (INNER_UNIT_RE.search(head[-1] + rest) or GOVERNMENT_RE.fullmatch(rest)):
            continue
        if of := OFFICE_OF_RE.match(head):
            return office_body(head, of, office)
        if not INNER_UNIT_RE.search(head) and is_body_name(head):
            return head
    return None


# A department that compiled its own report (由汨罗市档案局编制 in a report that says 我局).
DEPARTMENT_ISSUER_RE = re.compile(rf"^[{CJK}]{{2,30}}(?:局|(?<!办公)厅|委员会|(?<!政府)(?<!小组)(?<!公开)办公室)$")
# 本报告由南平市人民政府信息公开工作领导小组办公室根据…编制而成: a government's office, far from the verb.
GOVERNMENT_OFFICE_ISSUER_RE = re.compile(
    rf"由([{CJK}]{{1,20}}?(?:镇|乡|街道|县|区|市|旗|州|盟))(?:人民)?政府[{CJK}]{{0,16}}?办公室(?:根据|依据|按照)"
)
# 由良庆区民族宗教事务局政务公开政府信息公开工作领导小组办公室编制: an office inside a department compiles its report.
OFFICE_IN_DEPARTMENT_RE = re.compile(rf"^([{CJK}]{{2,20}}?局)[{CJK}]{{0,24}}办公室$")
# The page chrome names the publishing body (d28: 发布机构:兴国镇; 来源:川主乡); a site's 主办单位 is its owner.
PAGE_HEADER_RE = re.compile(
    # (the label glued to its value in a page's metadata block, fresh25 i04: 发文机关宋村镇人民政府 主题词)
    r"(?:(?:发布机构|发布单位|信息来源|来源|发文机关|发布部门|文章来源)[ \t]{0,3}[:：|]"
    r"|(?<![^\n])(?:发布机构|发文机关))"
    rf"[ \t]{{0,3}}([{CJK}（）()]{{2,30}}?)"
    rf"(?=索引号|发布时间|发布日期|时间|日期|作者|文号|分类|浏览|点击|主题词|[^{CJK}（）()]|$)"
)
PORTAL_REGION_RE = re.compile(rf"([{CJK}]{{2,10}}?(?:市|县|区))人民政府(?:门户)?网站")
# The site the report's electronic copy is posted on (fresh16 w08: 本年度报告电子版可以从乌海市统计局门户网(http://…)下载;
# w23: 本报告的电子版可在兴海县人民政府(http://…)): the body's own, when the report speaks of itself at that level.
ELECTRONIC_COPY_RE = re.compile(
    rf"电子版[^。；\n]{{0,6}}?(?:在|从|于|通过)[“\"]?(?P<region>[{CJK}]{{2,20}}?)(?:人民政府)?[”\"]?"
    r"(?:门户网站|门户网|网站|政府网|(?=[（(]\s*http))"
)
TWIN_NAMES_RE = re.compile(rf"(?:区|县|市)\s?[{CJK}]{{2,8}}(?:开发区|高新区|新区|保税区)")
# A report compiled from the reports of the bodies below (汇总全旗各苏木乡镇人民政府、旗直各部门…编制而成;
# 综合全区各部门和各乡镇…编制) is a government's, never one of its departments' or townships' (fresh36 s02, which
# names only its contact office and says 我旗 once).
COMPILED_FROM_PARTS_RE = re.compile(
    r"(?:汇总|综合)(?:了)?[^。；\n]{0,40}?(?:各部门|各乡镇|各街道|各委|各单位|各区|各县|各苏木)[^。；\n]{0,60}?编制"
)
GOVERNMENT_ENDS = ("县", "区", "市", "旗", "州", "盟")
OWN_LEVEL_END = {
    "county": ("县", "区", "市", "旗"),
    "prefecture": ("市", "州", "盟"),
    "department": ("局", "委", "办", "厅"),
}
OWN_TITLE_RE = re.compile(
    rf"((?:公布|发布|公开|印发|编制的|编制了|编制|编写的|编写了|形成了)[{CJK}]{{0,3}})《([^》\n]{{4,60}})》"
)
# A signature: a body name alone before a full date, on its own line or after the last sentence (d01: …工作。
# 平潭县财政局 二○一○年四月十日 附表).
SIGNED_BEFORE_RE = re.compile(rf"(?:^|[\s。！；:：])([{CJK}（）()]{{2,30}})\s{{1,4}}$")


# A line of a page's metadata or its breadcrumb trail: never the title, never counted among the opening lines.
PAGE_META_LINE_RE = re.compile(
    r"\s*(?:[-•·]\s*)?(?:索\s*引\s*号|主题分类|文\s*号|发布机构|成文日期|发文日期|发布日期|组配分类|公开方式|公开范围"
    r"|公开时限|体裁分类|主题词|所属机构|生效日期|有效性|备注/文号|公文生成日期)\s*[:：]|\s*(?:首页|>)"
)


META_LINE_MAX = 200


def title_head(text: str) -> str:
    """The report's opening lines, with citations of other documents blanked out."""
    # Saved pages put a blank line between every two: the opening lines are counted without them, and without the
    # page's metadata and breadcrumbs above the title (fresh38 w28: fourteen lines of 索引号, 发布机构, 成文日期 …)
    # (a line that long is a page saved without its line breaks, the title inside it: fresh16 w27 so saved)
    lines = [
        line
        for line in text.split("\n", 80)[:80]
        if line.strip() and not (PAGE_META_LINE_RE.match(line) and len(line) < META_LINE_MAX)
    ]
    head = "\n".join(lines[:14])[:700]
    # A title never sits inside a citation of another document (d09: 《…关于做好2019年政府信息公开工作年度报告…》),
    # but a line that is nothing but one title in book-title marks is the report's own.
    head = re.sub(r"^(\s*)《([^》\n]*)》(\s*)$", lambda m: f"{m[1]} {m[2]} {m[3]}", head, flags=re.MULTILINE)
    # …现公布由昭通市人民政府办公室编制的《昭通市2017年政府信息公开年度报告》(seed 000): the report's own title too
    head = OWN_TITLE_RE.sub(lambda m: f"{m[1]} {m[2]} ", head)
    # 盐边县新九镇人民政府 / 关于2021年度政府信息公开工作的年度报告 (fresh11 q22): a title line that opens with 关于
    # and its year is the report's own, its body on the line above
    head = BODY_ABOUT_YEAR_RE.sub(r"\1", ABOUT_YEAR_RE.sub("", ABOUT_BODY_TITLE_RE.sub(r"\1", head)))
    return re.sub(r"《[^》]*》", lambda m: " " * len(m.group(0)), head)


def title_matches(source: str) -> list[re.Match[str]]:
    """Every title form found, the earliest year first and, at one year, the longest body name first; not the
    subject of a notice cited without book-title marks (…县人民政府办公室关于做好2016年政府信息公开工作年度报告有关
    事项的通知要求: the county office's notice, not the township's report)."""
    found = [
        *_before_years(source),
        *_years_after(source),
        *(
            m
            for rx, lit in zip(TITLE_RES[1:], TITLE_LITERALS[1:], strict=True)
            if lit in source
            for m in rx.finditer(source)
        ),
    ]
    found = [
        m
        for m in found
        if "关于" not in m.group("region")
        and not NOTICE_AFTER_RE.match(source, m.end())
        and not COUNTED_AFTER_RE.match(source, m.end())
    ]
    # a body on the line above a title is the title's only where the title names none after its year: a site's header
    # above 2025年竹泓镇政府信息公开工作年度报告 (乡镇（街道办）, fresh44 ad28 so rewritten) is not the body
    named_after_year = {m.start("year") for m in found if m.re is TITLE_RES[1] or m.re is TITLE_RES[2]}
    found = [
        m
        for m in found
        if not (
            m.re is TITLE_RES[0]
            and m.start("year") in named_after_year
            and "\n" in source[m.end("region") : m.start("year")]
        )
    ]
    # a report named inside an item of the year's work (fresh41 aa16: 二是及时做好政府机构公开,…,发布2019年政府信息公开
    # 年度报告) is last year's, published this year: no title
    found = [m for m in found if not WORK_ITEM_LINE_RE.match(source, source.rfind("\n", 0, m.start()) + 1)]
    # 现将我镇2020年…报告如下 is a sentence, not a title (fresh13 s18, where a mirror's pinyin left ')将我镇')
    found = [m for m in found if "我" not in m.group("region") and not m.group("region").startswith(("）", ")"))]
    # a title whose name is a word's tail a line break cut (…街道办 / 事处2024年…报告, the title whole below it)
    found = [m for m in found if _line_before(source, m.start("year")).strip() not in CUT_TAILS]
    # 由北京市滚球体育app_188篮球比分-直播|官网:发展和改革委员会编制的2008年度… (fresh20 t12): a mirror's spam took the
    # words the name opened with; what is left is no name. (Spam on the line above is not: a site's browser notice,
    # '…跳转到相关浏览器的官方网站下载页面）。', over the title, fresh20 t31.)
    found = [m for m in found if not _spam_before(source, m.start("region"))]
    return sorted(found, key=lambda m: (m.start("year"), -len(m.group("region"))))


def _line_before(source: str, pos: int) -> str:
    return source[source.rfind("\n", 0, pos) + 1 : pos]


def _spam_before(source: str, start: int) -> bool:
    """Spam in the 30 characters before a name, on its line."""
    return SPAM_RE.search(source, max(0, start - 30, source.rfind("\n", 0, start) + 1), start) is not None


def _before_years(source: str) -> list[re.Match[str]]:
    """The matches of TITLE_RES[0] over the source, searched only in reach of a year that a title's subject follows:
    the same matches as its finditer, without trying every position of the text (a body name cannot hold digits,
    so each match ends at the first year after its start)."""
    found: list[re.Match[str]] = []
    pos = 0
    for y in YEAR_TITLE_RE.finditer(source):
        m = TITLE_RES[0].search(source, max(pos, y.start() - BEFORE_YEAR))
        if m and m.start("year") == y.start():
            found.append(m)
            pos = m.end()
    return found


# A title that gives its year after the subject, in brackets (fresh17 x34:
# 洪山区人民政府珞南街道办事处政府信息公开工作年度报告(2020年度)), or between the subject's words (fresh17 x37:
# 现公开来凤经济开发区信息公开2018年度报告).
YEARS_AFTER = tuple(
    # (the body may stand on its own line above it: fresh39 x03 西安市阎良区机关事务服务中心)
    (
        re.compile(after),
        re.compile(rf"(?P<region>[{CJK}（）()]{{2,40}}?{TITLE_BODY_END}(?:人民政府|办事处)?)\s{{0,3}}{after}"),
    )
    for after in (
        rf"{SUBJECT}\s{{0,3}}[（(]{YEAR}\s{{0,3}}年度?[）)]",
        # (…政府信息公开工作 / 2022年度情况的报告: fresh10 p11)
        rf"(?:政府信息公开|政务公开|信息公开)(?:工作)?\s{{0,3}}{YEAR}\s{{0,3}}年度?(?:工作)?(?:年度)?(?:情况的?)?报告",
    )
)


def _years_after(source: str) -> list[re.Match[str]]:
    """Titles whose year follows the subject, searched only where such a year stands."""
    found: list[re.Match[str]] = []
    for after_re, title_re in YEARS_AFTER:
        for y in after_re.finditer(source):
            m = title_re.search(source, max(0, y.start() - 40), y.end())
            if m and m.end() == y.end():
                found.append(m)
    return found


def title_regions(text: str):
    """Body names the title's forms offer, best first: a phrase before the year (现向社会公布2020年乌兰察布市…) gives
    way to the name after it."""
    for m in title_matches(title_head(text)):
        yield title_subject(m.group("region"))


def find_title(text: str, header_title: str | None) -> re.Match[str] | None:
    for source in (title_head(text), (header_title or "")[:300]):
        if found := title_matches(source):
            return found[0]
    return None


CLAUSE_OPENERS = frozenset("。，,；;：:\n ）)")


# A date alone on its line: the day the report was signed or published, not a year it tells of.
DATE_LINE_RE = re.compile(r"^[ \t]*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*\d{1,2}\s*日[ \t]*$", re.MULTILINE)


def fallback_year(text: str, published: dt.date | None = None) -> int | None:
    """The year a report's opening talks about most, outside citations of other documents and the dates it was
    signed or published on; else the year before the one it was signed or published in during the first quarter,
    when the Regulation has the year's report published (fresh19 z14: 上海市杨浦区人民政府 / 2009年3月1日 / 引言 … is
    the report on 2008; a page's 发布日期：2022年01月27日 above 一、总体情况 is the report on 2021, never 2022)."""
    head = re.sub(r"《[^》]{0,80}》|〔[^〕]{0,10}〕|\[[^\]]{0,10}\]", "", text[:1200])
    dates = [(int(m.group(1)), int(m.group(2))) for m in DATE_LINE_RE.finditer(head)]
    if dates:
        head = DATE_LINE_RE.sub(lambda m: " " * len(m.group()), head)
    if fields := list(contacts.META_DATE_RE.finditer(head)):
        dates += [(int(m.group(1)), int(m.group(2))) for m in fields]
        head = contacts.META_DATE_RE.sub(lambda m: " " * len(m.group()), head)
    if published:
        dates.append((published.year, published.month))
    found = [m for m in YEAR_RE.finditer(head) if 2005 <= int(m.group(1)) <= dt.date.today().year]
    if not found:
        signed = {year - 1 for year, month in dates if 1 <= month <= 3}
        return signed.pop() if len(signed) == 1 else None
    # A year that opens a sentence or clause is the one the report tells of (fresh10 p36: 2022年我委共制发公文…, where
    # 公布我委2021年部门决算 looks back): it decides when it alone is the most such.
    opening = Counter(int(m.group(1)) for m in found if m.start() == 0 or head[m.start() - 1] in CLAUSE_OPENERS)
    if opening:
        (best, n), *rest = opening.most_common(2)
        if not rest or n > rest[0][1]:
            return best
    years = Counter(int(m.group(1)) for m in found)
    (best, n), *rest = years.most_common(2)
    return best if not rest or n > rest[0][1] else min(y for y, c in years.items() if c == n)


def trim_to_place(name: str) -> str:
    """'本报告在渑池县' → '渑池县': start the name at the longest gazetteer place inside it."""
    found = places_in(name)
    if not found:
        return name
    start, _ = max(found, key=lambda f: (len(f[1]), -f[0]))
    return name[start:]


def signature(text: str) -> str | None:
    """The body that signs the report: the last body name standing alone before a date that ends a line or the text."""
    found = None
    for m in contacts.DATE_RE.finditer(text):
        after = text[m.end() : m.end() + 2]
        if after and not after[0].isspace():
            continue
        s = SIGNED_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
        if s and is_body_name(s.group(1).strip("（）()")):
            found = s.group(1)
    return found


CN_DIGITS = str.maketrans("〇○零一二三四五六七八九", "000123456789")
CN_YEAR_RE = re.compile(r"[〇○零一二三四五六七八九]{4}(?=\s{0,3}年)")
CN_MONTH_DAY_RE = re.compile(r"(?<=年)([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日")


def arabic_dates(text: str) -> str:
    """Years and dates written in Chinese numerals in Arabic ones (二○一○年四月十日 → 2010年4月10日), as the
    patterns read them."""
    if not CN_YEAR_RE.search(text):
        return text
    text = CN_YEAR_RE.sub(lambda m: m[0].translate(CN_DIGITS), text)
    return CN_MONTH_DAY_RE.sub(lambda m: f"{parse_number(m[1]):.0f}月{parse_number(m[2]):.0f}日", text)


def full_name(short: str, text: str) -> str:
    """The name a title abbreviates, where the text defines the abbreviation: a title 自治区北部湾办2022年…报告 over
    广西壮族自治区北部湾经济区规划建设管理办公室(以下简称自治区北部湾办)."""
    head = text[:3000]
    if len(short) < 2 or not any(f"简称{q}{short}" in head for q in ("", "“", '"')):
        return short
    m = re.search(rf"([{CJK}]{{4,40}})[（(](?:以下|下文)?简称[“”\"]?{re.escape(short)}[“”\"]?[）)]", head)
    if not m:
        return short
    starts = [start for start, _ in places_in(m.group(1))]  # the name opens at its first place: not 报告由…
    return m.group(1)[min(starts) :] if starts else m.group(1)


def compiled_from_parts(text: str) -> bool:
    """Whether the report says it was compiled from the reports of the bodies below it: a government's."""
    return COMPILED_FROM_PARTS_RE.search(text[:1500]) is not None


def compiling_body(opening: str) -> tuple[str, bool] | None:
    """The body the report's opening says compiled it (see _compiling_body), or None."""
    if (m := COMPILED_BY_RE.search(opening)) and (body := _compiling_body(m.group("region"))):
        return body
    m = COMPILED_BY_RULES_RE.search(opening)
    if m and (
        INNER_OFFICE_RE.search(m.group("region"))
        or COMPILED_BY_OFFICE_RE.search(m.group("region") + "编制")
        or (LINE_BUREAU_RE.search(m.group("region")) and not DISCLOSURE_AGENCY_RE.search(m.group("region")))
    ):
        return _compiling_body(m.group("region"))
    if m := COMPILER_SUBJECT_RE.search(opening):
        return _compiling_body(m.group("region"))
    return None


def _compiling_body(compiler: str) -> tuple[str, bool] | None:
    """The body a compiler named after 由 stands for: itself up to its inner office; a government's general office
    compiles for its government."""
    inner = INNER_OFFICE_RE.search(compiler)
    if inner and inner.start() < 2:
        return None
    body = compiler[: inner.start() if inner else None]
    office = COMPILED_BY_OFFICE_RE.search(body + "编制")
    return (office.group(1) or office.group(2), False) if office else (body, True)


DEPARTMENT_OFFICE_RE = re.compile(r"(?:(?<=[局委厅])|(?<=中心))办公室$")


def region_candidates(text: str, header: dict[str, str], title: re.Match[str] | None):
    """(candidate, whether it names the report itself) where a report names its body, most telling first: title,
    crawler title, introduction; then, telling less, first sentence, page header, the office that compiled it, the
    government portal it cites (a county's own report), signature."""
    if title:
        for r in title_regions(text):
            office = COMPILED_BY_OFFICE_RE.search(r)
            yield (office.group(1) or office.group(2), False) if office else (full_name(r, text), True)
    if header.get("标题") and (m := find_title("", header["标题"])):
        yield m.group("region"), True
    if m := INTRO_RE.search(text[:2000]):
        yield m.group("region"), True
    if m := COMPILES_OWN_REPORT_RE.search(text[:1500]):
        yield m.group("region"), True
    if body := compiling_body(text[:1500]):
        yield body
    if (m := opening_subject(text[:1500])) and not TWIN_NAMES_RE.search(m.group("region")):
        # (a subject naming a district and its zone together, 黄埔区 广州开发区…办公室 (fresh f22), is neither alone)
        # The general office that did the year's work is the body (fresh4 i30: 2024年,长春市人民政府办公厅坚持…;
        # f02, n28), as the office a report names itself by is; any other subject is only a hint.
        # A department's own office doing its work stands for the department (fresh17 x15: 2021年,安庆市招商中心
        # 办公室…).
        subject = DEPARTMENT_OFFICE_RE.sub("", m.group("region"))
        yield subject, bool(OFFICE_OF_RE.match(subject))
    if (m := LEAD_YEAR_RE.search(text[:400])) and not department_follows(text, m.end(), m.group("region")):
        yield m.group("region"), False
    for m in PAGE_HEADER_RE.finditer(text[:1500]):
        yield m.group(1), False
    if header.get("发布机构"):
        yield header["发布机构"], False
    subject = opening_subject(text[:1500])
    own_office = m.group("level") if subject and (m := OWN_OFFICE_SUBJECT_RE.match(subject.group("region"))) else ""
    if not own_office and "我办" in text[:3000] and level_from_self_reference(text) in ("department", "unknown"):
        own_office = "*"  # a report that calls itself 我办 is a general office's own (fresh39 x11: 结合我办…编写)
    issuer = m.group(1) if (m := contacts.ISSUER_RE.search(text[:3000])) else ""
    if of := OFFICE_OF_RE.match(issuer):
        body = office_body(issuer, of, own_office)
        yield body, body == issuer  # the office the report's subject is, as if the report named itself
    elif office := OFFICE_IN_DEPARTMENT_RE.match(issuer):
        yield office.group(1), False
    elif DEPARTMENT_ISSUER_RE.match(issuer) and (
        level_from_self_reference(text) == "department"
        or re.search(f'{re.escape(issuer)}[”"]?(?:门户)?网站', text[:3000])
    ):
        yield issuer, False  # a bureau that compiled the report and publishes it on its own website (fresh4 i24)
    if m := GOVERNMENT_OFFICE_ISSUER_RE.search(text[:3000]):
        yield m.group(1), False
    if body := contact_body(text[:3000], own_office):
        yield body, bool(own_office and OFFICE_OF_RE.match(body))
    said = level_from_self_reference(text)
    government = said in ("county", "prefecture") or (said == "unknown" and compiled_from_parts(text))
    if government and (m := PORTAL_REGION_RE.search(text[:3000])):
        yield trim_to_place(m.group(1)), False
    if (m := ELECTRONIC_COPY_RE.search(text[:3000])) and m.group("region").endswith(
        OWN_LEVEL_END.get(said, GOVERNMENT_ENDS if government else ())
    ):
        yield m.group("region"), False
    if s := signature(text):
        yield s, False
    if (town := address_township(text[:3000])) is not None:
        yield town, False
    if (town := only_township_named(text[:3000])) is not None:
        yield town, False


# A township's report that names itself only as 我镇 (fresh22 e19: 特向社会公布2015年度本级…报告), its address naming
# its township after the county (地址:即墨市金口镇府前街38号): that township, of the kind it calls itself.
ADDRESS_TOWNSHIP_RE = re.compile(rf"(?:市|县|区|旗)([{CJK}]{{2,4}}?(?:镇|乡|街道))")
# the kind each word a township calls itself by names (我镇 → 镇), from the self-references that set its level
# (我街 is a 街道's short word)
SELF_KIND = {word: "街道" if word[1:] == "街" else word[1:] for word, level in SELF_REFERENCE if level == "township"}


def self_kind(text: str) -> str:
    """The kind of township a report calls itself most (我镇 or 本镇 → 镇, 我街道 or 我街 → 街道, 我苏木 → 苏木)."""
    counts: Counter[str] = Counter()
    for word, kind in SELF_KIND.items():
        counts[kind] += text.count(word)
    return counts.most_common(1)[0][0]


def address_township(text: str) -> str | None:
    if level_from_self_reference(text) != "township" or not (a := contacts.ADDRESS_RE.search(text)):
        return None
    kind = self_kind(text)
    towns = {m.group(1) for m in ADDRESS_TOWNSHIP_RE.finditer(a.group(1)) if m.group(1).endswith(kind)}
    return towns.pop() if len(towns) == 1 else None


def only_township_named(text: str) -> str | None:
    """A township's report that calls itself only 我镇 and names one township of that kind, and no other, anywhere
    (fresh25 i35: 对照《殷祖镇基层政务公开标准目录》): that township."""
    if level_from_self_reference(text) != "township":
        return None
    kind = self_kind(text)
    towns = set()
    for m in re.finditer(kind, text):
        names = (text[i : m.end()] for i in range(max(0, m.start() - 4), m.start() - 1))
        if name := next((n for n in names if township_codes(n)), None):
            towns.add(name)
    return towns.pop() if len(towns) == 1 else None


def report_year(text: str, title: re.Match[str] | None, header: dict[str, str]) -> int | None:
    if title:
        # A title that names another year than both the statistics period and the overview's opening line is a slip
        # (《田黄镇2020年…报告》 over 2021年1月1日至12月31日 and 2021年度，我镇…): the period and the overview agree.
        period = PERIOD_RE.search(text[:3000])
        overview = OVERVIEW_YEAR_RE.search(text[:3000])
        if period and overview and period.group(1) == overview.group(1) != title.group("year"):
            return int(period.group(1))
        return int(title.group("year"))
    if header.get("标题") and (m := find_title("", header["标题"])):
        return int(m.group("year"))
    if m := INTRO_RE.search(text[:2000]):
        return int(m.group(2))
    if m := LEAD_YEAR_RE.match(text[:300]):  # the opening line only: later lines may look back at other years
        return int(m.group(1))
    if m := PERIOD_RE.search(text):
        return int(m.group(1))
    if m := OVERVIEW_OPENING_YEAR_RE.search(text[:3000]):
        return int(m.group(1))  # fresh19 z09: 一、总体情况 / 2024年，…; the 2023年结转 of table 三's prose looks back
    return fallback_year(text, published_on(text, header))


def published_on(text: str, header: dict[str, str]) -> dt.date | None:
    """The date the page says it published the report: its header's field (a crawler's, or the one normalizing kept
    from a metadata line it dropped), else a publication field in the text."""
    return contacts.field_date(header.get("发布时间", "")) or contacts.page_date(text)


def relative_subject(text: str, said: str) -> str | None:
    """A department named only by its level and its own name (区政务服务办, 市民促局), as the subject of its overview's
    opening sentence, when nothing names it in full: the name as the report writes it (fresh25 i21: 2021年,区政务服务办
    以…; i38: 2022年,市民促局依照…) — not a government nor its general office."""
    if said not in ("department", "unknown") or not (m := opening_subject(text[:1500])):
        return None
    name = DEPARTMENT_OFFICE_RE.sub("", m.group("region"))
    if len(name) > 12 or not RELATIVE_RE.match(name) or not DEPARTMENT_RE.search(name) or not is_body_name(name):
        return None
    if re.search(r"政府(?:办公室|办公厅|办)$", name):
        return None  # 县政府办公室: every county has one (fresh17 x29, wide t03 name theirs in full elsewhere)
    if admin_level_of(name) != "department":
        return None
    return name


# A page's metadata label glued before the title it announces (标题马厂镇2019年…, fresh17 x13).
METADATA_LABEL_RE = re.compile(r"^(?:标题|题名|(?:文件|信息|文章)?名称)[:：]?\s*")


# A township's kind written twice (彭浦镇镇): a slip where the text names its government with it once (彭浦镇人民政府);
# a town whose name holds the word (壶镇镇, fresh20 t37) goes by it (壶镇的发展) but its government never does.
DOUBLED_KIND_RE = re.compile(r"(镇|乡)\1$")


def full_name_in(region: str, text: str) -> str:
    """An autonomous division's full name where the text names it so too (fresh29 n04: 鄂温克旗 in the title,
    鄂温克族自治旗 in the contact line): the official name of the body the common name stands for."""
    for common, full in full_names().items():
        if region.startswith(common) and (named := full + region[len(common) :]) in text:
            return named
    return region


def extract_identity(text: str, header: dict[str, str] | None = None) -> dict:
    """Return the identity columns of one normalized report; a field stays None unless the text makes it certain."""
    header = header or {}
    out: dict = {}
    text = arabic_dates(text)
    title = find_title(text, header.get("标题"))
    if title:
        out["title"] = METADATA_LABEL_RE.sub("", title.group(0))
    year = report_year(text, title, header)
    region, parents = None, []
    said = level_from_self_reference(text)
    government = said == "unknown" and compiled_from_parts(text)
    for raw, own in region_candidates(text, header, title):
        region, parents = clean_region(raw, own)
        # Beyond the title, a name whose level contradicts how the report speaks of itself (我镇 and a 县) is another
        # body's: the county a township's first sentence names, the office a page header names — or a department or a
        # township named in a report compiled from theirs (its contact office).
        level = admin_level_of(region) if region else "unknown"
        if government and not own and level in ("department", "township"):
            region, parents = None, []
            continue
        if region and (own or said in ("unknown", level) or zone_below_county(region)):
            break
        region, parents = None, []
    if region is None and (region := relative_subject(text, said)):
        parents = []
    if region and region.endswith("委") and region + "员会" in text[:3000]:
        region += "员会"  # 常州市卫生健康委 is how the text runs on, 常州市卫生健康委员会 its name (fresh20 t21)
    if (
        region
        and (doubled := DOUBLED_KIND_RE.search(region))
        and (re.search(re.escape(region[: doubled.start() + 1]) + "(?:人民)?政府", text))
    ):
        region = region[: doubled.start() + 1]  # 由彭浦镇镇人民政府编制, a slip: it signs 彭浦镇人民政府 (fresh32 r02)
    if region:
        region = full_name_in(region, text)
        region = qualify_department(region, text)
        if RELATIVE_RE.match(region) and DEPARTMENT_RE.search(region):
            region = only_place_of_level(region, text, year)  # 县人民政府办公室 of a text naming 湟源县 (fresh26 j40)
        if not parents:
            parents = clean_region(region)[1]
    where = locate(region, parents, text, year, header.get("索引号", ""))
    level = admin_level_of(region)
    if level == "unknown" and not (region and zone_below_county(region)):
        level = said if region else level_from_self_reference(text, once=True)
    # Not known is absent, like every other identity field: 'unknown' would read as a value.
    out.update(
        region=region, report_year=year, province=where.province, admin_level=None if level == "unknown" else level
    )
    out["body_id"] = body_id(region, where.province, level, text, year, parents)
    if date := contacts.publish_date(text) or contacts.field_date(header.get("发布时间", "")):
        out["publish_date"] = date
    out.update(contacts.contacts(text))
    return out
