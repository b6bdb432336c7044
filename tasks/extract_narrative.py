"""Narrative metrics: phrasing rules (data) applied to the whole text, with scope, period and merge guards."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from tasks.notes import Note, prose_conflict
from tasks.numbers import NUMBER, parse_number, qualifier_of, scaled
from tasks.rules import required_literal

# Units each kind of metric may be counted in.
U_ITEM = r"(?P<unit>条|项|件|篇|个|期|份)"
U_DOC = r"(?P<unit>件次|件|个|份|篇|条)"
U_EVENT = r"(?P<unit>场次|场（次）|场|次|期)"
U_REQ = r"(?P<unit>件次|件|条|起|宗|个|人次|份|例)"
U_CASE = r"(?P<unit>件|起|宗|例|次|个|份)"
U_PERSON = r"(?P<unit>人|名)(?!次)"  # 培训人员200人次 counts attendances, not staff
U_PLACE = r"(?P<unit>个|处)"
U_YUAN = r"(?P<unit>元)"
# d28: scraping dropped the unit after a figure that ends its line; only then may the unit be absent.
U_ITEM_OR_EOL = r"(?:(?P<unit>条|项|件|篇|个|期|份)|(?=[ \t]*\n))"
# Posts of an account: never 个, which counts the accounts themselves (开通政务微博1个).
U_POST = r"(?P<unit>条|项|件|篇|份)"
U_POST_OR_EOL = r"(?:(?P<unit>条|项|件|篇|份)|(?=[ \t]*\n))"
# A gazette's items, never its issues (n22: 公报6期 counts issues).
U_GAZETTE = r"(?P<unit>条|项|件|篇|份)"

GAP = r"[共计为达有了累合约近的]{0,3}"  # filler words between a label and its number
WIDE = r"[^。；，\d\n]{0,12}?"  # a short stretch of words inside one clause

# --- building blocks of the rules ------------------------------------------------------------------------------
# What is published: 信息, 政府信息, 政务信息, 各类公开政府信息 (t01), 主动公开信息 (n13).
INFO = r"(?:各类|各项)?(?:主动公开|公开)?(?:的)?(?:政府|政务)?信息"
PUBLISH = r"(?:公开|发布|上传|推送|发送|刊发|刊登)"
PUBLISH_RE = re.compile(PUBLISH)
# Words between a channel and its verb: one clause, or two when the channel is the subject of the first
# (t23: 市政府微信公众号保持每日更新，共发布信息1193条); never a digit, so no figure is skipped over.
STRETCH = r"(?P<stretch>[^，,。；;\d\n]{0,14}?(?:[，,][^，,。；;\d\n]{0,10}?)?)"
URL_ASIDE = r"(?:[（(][^）)\n]{0,60}[）)])?"  # n03: 门户网站(http://sport.hebei.gov.cn)公开信息1469条
# The catalogue sections a figure is spread over before its total (n13: 28大项、79小项，共计6657条).
CATEGORIES = r"(?:\d+[大小]?(?:项|类)[、，,]?){1,4}(?:共计|合计|总计|共)"
# The channel words of each channel metric. 网上 only right before its verb (t11: 网上公开了21件); 政府网 is the
# website (t20: 通过政府网主动公开政府信息1323条), and so is its 信息专栏 (t04: 通过审计信息专栏公开政府信息16条).
CHANNELS: dict[str, str] = {
    "proactive_website": r"(?:门户)?网站|政府网(?!站)|网上(?=公开|发布)|(?<=信息)(?:专栏|栏目)",
    "proactive_gazette": r"公报",
    "proactive_weibo": r"微博",
    "proactive_wechat": r"微信(?:公众号|公众平台|订阅号|服务号)?|(?<=”)公众号",
    "proactive_other": r"其他(?:方式|形式|渠道)",
}
CHANNEL_UNIT = {
    "proactive_website": U_ITEM_OR_EOL,
    "proactive_gazette": U_GAZETTE,
    "proactive_weibo": U_POST,
    "proactive_wechat": U_POST_OR_EOL,
    "proactive_other": U_ITEM,
}
# Receiving a request; 办理 (handled) only with 依申请公开 and no carry-over in the sentence (seed 002).
RECEIVE = r"(?:收到|受理|接到|接收|新收|收悉)"
# The request itself: 政府信息公开申请, 信息公开的申请, 政府信息申请公开件 (t23), 依申请公开事项/请求/件 (t04, t10,
# t12), 依申请信息公开 (t01); 依申请公开政府信息 only after a verb of receiving (alone it may be the information
# released, d17).
REQUEST = (
    r"(?:(?:政府)?信息(?:公开)?(?:的)?申请(?:公开)?(?:件)?"
    r"|(?:政府信息)?依申请(?:信息)?公开(?:政府信息)?(?:的)?(?:申请|事项|请求|件)"
    r"|(?:政府信息)?依申请(?:信息)?公开(?:政府信息)?(?=[共计为达有了累合约近的]{0,3}[\d零〇一二两三四五六七八九十]))"
)
HIRE = r"(?:配备|安排|明确|指定|确定|落实|设有|设立|配置|抽调)"  # verbs that put staff in place


def channel_rules(metric: str) -> tuple[tuple[str, str, str], ...]:
    """A channel, then (maybe after a few words) a publishing verb and the number, in either noun order."""
    ch, unit = CHANNELS[metric], CHANNEL_UNIT[metric]
    rules = [
        (
            metric,
            rf"(?:{ch}){URL_ASIDE}{STRETCH}(?:主动)?{PUBLISH}{{1,2}}(?:了)?(?:{INFO})?(?:数量|总数|数)?"
            rf"(?:{CATEGORIES})?{GAP}{{N}}{unit}(?!文章)",
            "seeds 000–004; n12 在政府网站上共公开285条信息; t26 网站信息公开专栏进行分类公开9条",
        )
    ]
    if metric in ("proactive_weibo", "proactive_wechat"):
        rules.append(
            (
                metric,
                rf"(?:{ch})(?:“[^”\n]{{1,20}}”)?(?:{INFO})?(?:数量|数)?{GAP}{{N}}{unit}(?!文章)",
                "seeds 000–004: 政务微博1.5万余条, with the verb left out",
            )
        )
    return tuple(rules)


# (metric, pattern with {N} where the number stands, comment: the case that forced it)
RULES: tuple[tuple[str, str, str], ...] = (
    # -- the total published ------------------------------------------------------------------------------------
    (
        "proactive_total",
        rf"(?<!应)(?<!需)(?<!可)主动(?:公开|发布)(?:了)?(?:各类|各项|本单位|本机关|本局|的){{0,2}}"
        rf"(?:[\u4e00-\u9fff]{{2}}(?=政府信息))?(?:政府|政务)?信息(?:总数|总量|数量|数)?"
        rf"(?:{CATEGORIES})?{GAP}{{N}}{U_ITEM_OR_EOL}",
        "seeds 000/001/003: 主动公开政府信息N条 (not 政府文件, the documents among them); 2021 tjbc.gov.cn 主动公开的各类政府信息数量66件",
    ),
    (
        "proactive_total",
        rf"(?<!应)(?<!需)(?<!可)主动(?:公开|发布)(?:了)?{GAP}{{N}}{U_ITEM}(?:各类)?(?:政府|政务)?信息",
        "number before the noun: 主动公开了256条政府信息",
    ),
    # n05: 全年公开政府信息995845条; 2025年度共公开信息183条: the year's total without 主动. Never 依申请/不予/部分/同意
    # 公开 (request outcomes), and 发布信息 alone may count every post (t24: 发布信息4583条，其中主动公开…2107条).
    (
        "proactive_total",
        rf"(?:全年|年内|本年度?|当年|\d{{4}}年度?)(?:[，,]?[^，,。；;\d\n]{{0,8}}?(?:共|共计|累计|新增)?"
        rf"(?<!申请)(?<!不予)(?<!部分)(?<!同意)公开(?:了)?(?:各类|各项)?(?:政府|政务)信息"
        rf"|(?:共|共计|累计|新增)?公开(?:了)?(?:各类|各项)?信息){GAP}{{N}}{U_ITEM}",
        "n05 全年公开政府信息N条",
    ),
    (
        "proactive_total",
        rf"发布(?:了)?(?:各类|各项)?(?:主动)?公开(?:的)?(?:政府|政务)信息{GAP}{{N}}{U_ITEM}",
        "t01: 审核发布各类公开政府信息249条 (the noun says it is disclosed information)",
    ),
    # -- channels -----------------------------------------------------------------------------------------------
    *(r for metric in CHANNELS for r in channel_rules(metric)),
    (
        "proactive_wechat",
        rf"微信(?:公众号|公众平台)?(?:累计|共)?(?:发送|推送|发布|公开)(?:了)?{{N}}{U_POST}(?:政府)?信息",
        "d10: 官方微信公众号累计发送了460条信息",
    ),
    # -- documents, conferences, interpretations, responses -----------------------------------------------------
    (
        "normative_docs_issued",
        rf"(?:制发|制定|出台)(?:了|的)?(?:行政)?规范性文件(?:总数)?{GAP}{{N}}{U_DOC}",
        "seed 001",
    ),
    (
        "normative_docs_published",
        rf"(?<!不予)(?:公开|发布)(?:了)?(?:现行有效)?(?:的)?(?:行政)?规范性文件(?:数)?{GAP}{{N}}{U_DOC}",
        "seeds 001/003, d13: 发布现行有效行政规范性文件393件",
    ),
    ("normative_docs_published", rf"其中规范性文件{{N}}{U_DOC}", "seed 003: 政府文件53件（其中规范性文件1件）"),
    (
        "press_conferences",
        rf"(?:召开|举行|举办)(?:了)?{WIDE}新闻发布会(?:总次数|次数|场次|总数|数)?{GAP}{{N}}{U_EVENT}",
        "seeds 001/003; 2014 table: 参加或举办新闻发布会总次数",
    ),
    ("press_conferences", rf"(?:召开|举行|举办)(?:了)?{{N}}{U_EVENT}新闻发布会", "seed 000: 举行了50场新闻发布会"),
    (
        "press_conferences_principal",
        rf"主要负责(?:同志|人)参加(?:的)?新闻发布会(?:次数|场次|数)?{GAP}{{N}}{U_EVENT}",
        "seed 000",
    ),
    (
        "online_interviews",
        rf"(?<!参加)在线访谈(?:节目)?(?:次数|场次|数)?{GAP}{{N}}{U_EVENT}",
        "seed 001: 政府网站在线访谈14次",
    ),
    (
        "interpretations",
        rf"(?<!转载)(?<!转发)政策解读(?:稿件|材料|文章)?(?:信息)?(?:发布数|数)?{GAP}{{N}}{U_ITEM}",
        "seeds 000/001: 发布政策解读稿件N篇",
    ),
    # t11 配发解读材料3件, t15 制发解读材料904条, t17 制作并公开解读材275篇 (料 lost): a made interpretation, counted.
    (
        "interpretations",
        rf"(?:制发|配发|制作|编发|撰写|推出|刊发|印发)(?:并(?:公开|发布))?(?:了)?(?:政策)?解读"
        rf"(?:材料?|稿件|文章)(?:信息)?{GAP}{{N}}{U_ITEM}",
        "t11/t15/t17: 制发解读材料N条",
    ),
    ("interpretations", rf"解读政策文件{WIDE}{{N}}{U_DOC}", "seed 003: 解读政策文件、重大会议精神11件次"),
    (
        "hotspot_responses",
        rf"回应(?:公众|社会)?(?:关注)?(?:的)?(?:热点|重大舆情|舆情|关切)(?:问题)?(?:或重大舆情)?(?:次数|数)?{GAP}{{N}}{U_EVENT}",
        "seeds 000/001/002/003",
    ),
    # -- requests -----------------------------------------------------------------------------------------------
    (
        "requests_total",
        rf"{RECEIVE}(?:了|到)?[^。；，\d\n]{{0,16}}?{REQUEST}(?:总数|数量|数)?{GAP}{{N}}{U_REQ}",
        "seeds 001/004, d04: 受理政府信息公开申请N件; t23 收到政府信息申请公开件658件; t01 收到依申请信息公开26件",
    ),
    (
        "requests_total",
        rf"{RECEIVE}(?:了|到)?{GAP}{{N}}{U_REQ}{REQUEST}",
        "number before the noun: n12 共收到4件信息公开申请, t03 共收到8份政府信息公开申请",
    ),
    (
        "requests_total",
        rf"办理(?:政府信息)?依申请公开(?:政府信息)?(?:的)?(?:申请|事项)?{GAP}{{N}}{U_REQ}(?![^。；\n]{{0,30}}结转)",
        "seed 002: 全县共办理依申请公开191件 (handled = received only with nothing carried over)",
    ),
    ("requests_total", rf"(?:收到|受理)申请(?:总)?数{GAP}{{N}}{U_REQ}", "2014 table: 收到申请数"),
    (
        "requests_total",
        rf"(?:信息公开|依申请)[^。；，\d\n]{{0,12}}?(?:收到|受理|接到)(?:的)?申请{GAP}{{N}}{U_REQ}",
        "通过信息公开平台收到申请0件: bare 申请 where the clause names the disclosure channel",
    ),
    (
        "requests_total",
        rf"(?<=[，,：:。\n])依申请公开(?:申请)?(?:件数|数)?{GAP}{{N}}(?P<unit>件次|件)",
        "t11: 累计主动公开政府信息21条，依申请公开0件 (a clause of its own, counted in 件)",
    ),
    ("requests_in_person", rf"当面(?:提出)?申请(?:数)?{GAP}{{N}}{U_REQ}", "seeds 001/002"),
    ("requests_in_person", rf"{{N}}{U_REQ}为当面申请", "seed 000: 1件为当面申请"),
    ("requests_online", rf"(?:网络|网上|网路|互联网|在线)申请(?:数)?{GAP}{{N}}{U_REQ}", "seed 001"),
    ("requests_online", rf"{{N}}{U_REQ}为(?:网络|网上)申请", "seed 000"),
    ("requests_letter", rf"信函申请(?:数)?{GAP}{{N}}{U_REQ}", "seeds 001/002 (not 信函、传真申请, d06)"),
    ("requests_letter", rf"{{N}}{U_REQ}为信函申请", "seed 000"),
    ("requests_fax", rf"(?<![\u4e00-\u9fff]、)传真申请(?:数)?{GAP}{{N}}{U_REQ}", "d04"),
    ("requests_email", rf"电子邮件申请(?:数)?{GAP}{{N}}{U_REQ}", "d04"),
    (
        "requests_closed",
        rf"(?<!按时)(?<!按期)(?<!延期)办结(?:了)?(?:政府)?(?:信息公开|依申请公开)?(?:申请)?(?:数)?{GAP}{{N}}{U_REQ}",
        "seed 001, d13: 办结信息公开申请N件",
    ),
    # -- outcomes -------------------------------------------------------------------------------------------------
    ("outcome_already_public", rf"属(?:于)?(?:已)?主动公开(?:范围|的)?(?:数)?{GAP}{{N}}{U_REQ}", "seeds 000/001"),
    (
        "outcome_granted",
        rf"(?<!部分)(?<!不)(?<![及和与、或])同意公开(?:答复)?(?:数)?{GAP}{{N}}{U_REQ}",
        "seeds 000/001",
    ),
    (
        "outcome_granted",
        rf"(?<![不或及和与、])予以公开(?!或)(?:答复)?(?:数)?{GAP}{{N}}{U_REQ}",
        "2019/2021 templates' wording in prose: t03/t27 予以公开2件",
    ),
    ("outcome_partial", rf"(?<![及和与、或])部分公开(?:答复)?(?:数)?{GAP}{{N}}{U_REQ}", "seeds 000/001"),
    (
        "outcome_denied",
        rf"(?:不同意公开|否决公开|不予公开)(?:答复)?(?:数)?{GAP}{{N}}{U_REQ}",
        "seed 001 (never 不予公开信息N条: information classification, d03/d17)",
    ),
    (
        "outcome_not_exist",
        rf"信息不存在(?:的)?(?:数)?{GAP}{{N}}{U_REQ}",
        "2014 statistics table wording; t27 信息不存在的1件",
    ),
    (
        "outcome_not_ours",
        rf"(?:不属于本(?:行政)?机关(?:公开|掌握)?(?:范围)?|非本(?:机关|部门|单位)掌握)(?:数)?{GAP}{{N}}{U_REQ}",
        "seed 001",
    ),
    (
        "outcome_not_ours",
        rf"本(?:行政)?(?:机关|单位|部门|局|办|委)?不掌握(?:相关)?(?:政府)?信息(?:的)?(?:无法提供)?{GAP}{{N}}{U_REQ}",
        "2019/2021 templates' wording in prose: t03 本办不掌握相关政府信息2件, t27 因本机关不掌握…无法提供1件",
    ),
    ("outcome_asked_to_amend", rf"告知(?:作出)?更改补充(?:数)?{GAP}{{N}}{U_REQ}", "2014 statistics table wording"),
    ("outcome_other_channel", rf"告知通过其他途径办理(?:数)?{GAP}{{N}}{U_REQ}", "2014 statistics table wording"),
    # -- reconsideration, lawsuits, complaints, fees ----------------------------------------------------------------
    ("reconsiderations", rf"(?:申请|提起|提出)?行政复议(?:申请)?(?:案件)?(?:数量|数)?{GAP}{{N}}{U_CASE}", "seed 000"),
    (
        "reconsiderations",
        rf"(?:收到|受理)(?:了)?{{N}}{U_CASE}(?:有关)?(?:政府)?信息公开(?:的)?行政复议",
        "d05: 收到1份有关政府信息公开行政复议申请",
    ),
    ("lawsuits", rf"(?:提起)?行政诉讼(?:案件)?(?:数量|数)?{GAP}{{N}}{U_CASE}", "2014 statistics table wording"),
    ("complaints", rf"举报投诉(?:案件)?(?:数量|数)?{GAP}{{N}}{U_CASE}", "2014 statistics table wording"),
    (
        "fees_yuan",
        rf"(?:依申请公开(?:信息)?|政府信息公开)?(?:收取|收费)(?:的)?(?:费用|金额)(?:总额)?{GAP}{{N}}{U_YUAN}",
        "2014 table: 依申请公开信息收取的费用",
    ),
    ("fees_yuan", rf"(?:依申请公开|政府信息公开)(?:工作)?(?:收取|收费){GAP}{{N}}{U_YUAN}", "政府信息公开收费0元"),
    ("funding_yuan", rf"专项经费(?:投入)?{GAP}{{N}}{U_YUAN}", "seeds 000/003: 专项经费100.46万元"),
    ("info_processing_fee_yuan", rf"信息处理费{GAP}{{N}}{U_YUAN}", "2021 template section 六"),
    # -- staff and places -----------------------------------------------------------------------------------------
    (
        "staff",
        rf"从事(?:政府信息公开|政务公开)工作(?:的)?人员(?:数)?{GAP}{{N}}{U_PERSON}",
        "2014 table: 从事政府信息公开工作人员数",
    ),
    (
        "staff",
        rf"(?:政府信息公开|政务公开)(?:工作)?(?:的)?专兼职(?:工作)?人(?:员|数)?{GAP}{{N}}{U_PERSON}",
        "seed 003: 政务公开专兼职人数达54人",
    ),
    (
        "staff_full_time",
        rf"(?:专职|全职)(?:工作)?(?:人员)?(?:数)?{GAP}{{N}}{U_PERSON}",
        "d16: 全职人员1名; 其中专职2人",
    ),
    ("staff_part_time", rf"兼职(?:工作)?(?:人员)?(?:数)?{GAP}{{N}}{U_PERSON}", "stats-table wording; 兼职3人"),
    # The number before the noun: 配备了2名兼职工作人员 (d18), 指定2名兼职工作人员 (n06), 配备了4名专兼职工作人员 (n14),
    # 我局专门安排1名业务人员 (d10); a kind without its noun before a comma (配备1名专职，1名兼职信息公开工作人员).
    (
        "staff_part_time",
        rf"{HIRE}(?:了)?{GAP}{{N}}{U_PERSON}(?:同志)?兼职(?:的)?(?:信息公开|政务公开|政府信息公开)?"
        rf"(?:工作)?(?:人员|同志|信息员)",
        "d18, n06: 指定2名兼职工作人员",
    ),
    (
        "staff_full_time",
        rf"{HIRE}(?:了)?{GAP}{{N}}{U_PERSON}(?:同志)?专职(?:的)?(?:信息公开|政务公开|政府信息公开)?"
        rf"(?:工作)?(?:人员|同志|信息员|(?=[，、,]))",
        "配备1名专职工作人员",
    ),
    (
        "staff_part_time",
        rf"(?<=[，、,]){{N}}{U_PERSON}兼职(?:的)?(?:信息公开|政务公开|政府信息公开)?(?:工作)?(?:人员|信息员)",
        "…1名专职，1名兼职信息公开工作人员",
    ),
    (
        "staff",
        rf"{HIRE}(?:了)?{GAP}{{N}}{U_PERSON}(?:同志)?(?:专兼职|专、兼职)(?:的)?(?:信息公开|政务公开)?(?:工作)?"
        rf"(?:人员|同志)",
        "n14: 配备了4名专兼职工作人员",
    ),
    ("staff", rf"{HIRE}(?:了)?{GAP}{{N}}{U_PERSON}(?:业务|工作)?人员", "d10: 我局专门安排1名业务人员"),
    (
        "staff",
        r"(?:信息公开|政务公开)[^。；\n]{0,30}?由{N}(?P<unit>人|名)(?:同志|工作人员|人员)?(?:专门|具体|专职)?负责",
        "n09: 高度重视政府信息公开工作，由1人专门负责此项工作",
    ),
    ("query_points", rf"(?:查阅点|查阅场所|查询点|查阅室)(?:数)?(?:共)?{GAP}{{N}}{U_PLACE}", "seeds 000/003"),
)
# A lower bound of a metric, landed (as at_least) only when nothing else states the metric: 按时办结2件 says at
# least 2 requests were closed (n23).
LOWER_BOUND_RULES: tuple[tuple[str, str, str], ...] = (
    (
        "requests_closed",
        rf"(?:按时|按期)办结(?:了)?(?:政府)?(?:信息公开|依申请公开)?(?:申请)?{GAP}{{N}}{U_REQ}",
        "n23: 按时办结2件",
    ),
)

# A figure for a part of the jurisdiction, named before it in the same sentence (seed 000: 市级受理…3件;
# seed 001: 市政府网站…受理政府信息公开申请4件; d03: 区管委会、县政府公开办主动公开信息数为62条; n31: 自治区直属机关…,
# 各行署、拉萨市人民政府…; n05: 各市663919条).
SUBUNIT_RE = re.compile(
    r"市级|县级(?!以上)|区级|市本级|县本级|区本级|各县|各区(?!域)|各乡镇|各乡（镇）|各镇|各街道|各行署|各地市"
    r"|各市(?!场|民)|各州|各盟|各旗|直属(?:机关|单位|部门)|公开办|[省市县区]直各(?:有关)?(?:部门|单位|机关)"
    r"|[市县区]政府网站(?<![全本].政府网站)|[市县区]政府门户网站共(?<!全.政府门户网站共)|其中[^，。；]{0,10}(?:局|委|办|中心)"
)
# Parts listed together are the whole (d04: 各乡镇、县直各单位…其中主动公开政府信息2026条).
ALL_PARTS_RE = re.compile(rf"(?:{SUBUNIT_RE.pattern})[、和及与](?:{SUBUNIT_RE.pattern})")
CHANNEL_RE = re.compile(r"网站|政府网|微博|微信|公报|公众号|客户端|信息专栏|信息栏目")
# Channels listed as the ways of publishing are all of them (通过政府网站、政务新媒体等渠道主动公开…; 付垅乡: 门户网站…、
# 政务公开栏等线上线下渠道): the whole.
ALL_CHANNELS_RE = re.compile(r"等[^，。；\d]{0,6}?(?:渠道|方式|平台|载体|形式)")
CHANNEL_OF = {m: re.compile(p) for m, p in CHANNELS.items()}
# Words that make a nearby figure something else (d06: 共受理申请121510件 are service applications).
VETO_RE = re.compile(r"行政服务中心|服务中心|审批|政务服务|办事|窗口|转载|转发|咨询|信箱|热线|留言|来信")
# Words between a channel and its verb that make the figure something other than items published there.
STRETCH_VETO_RE = re.compile(r"回应|解读|转载|转发|访问|浏览|留言|采用|咨询|点击|链接")

# A clause that opens with a verb continues the sentence's subject (seed 001: 市政府网站共…，受理…申请4件).
VERB_START_RE = re.compile(
    r"(?:其中|共|并|已|均|受理|收到|接到|办理|办结|答复|予以|同意|属|发布|公开|主动公开|制发|回应|召开|举行|不予|不同意|告知|[0-9]+件为)"
)
VETOED = ("requests", "outcome", "interpretations", "hotspot")
# A sentence about another period than the report's year: since a start (自2008年以来, 《条例》颁布实施以来, 去年以来),
# several years (近三年, 历年), part of the year (1-6月, 上半年), or up to a date (截至2010年12月31日 — a stock,
# n09/n22). Not 今年以来, 2019年以来 or 一年以来, which mean the year itself (seed 000, n03).
OTHER_PERIOD_RE = re.compile(
    r"自[^，。；\n]{1,20}以来|(?<!今年)(?<!本年)(?<!本年度)(?<!年初)(?<!一年)(?<!\d{4}年)以来"
    r"|近[一二三四五六七八九十两\d]+年|历年|累计至今"
    r"|(?<!\d)(?!1\s*[-—~至]\s*12\s*月)\d{1,2}\s*[-—~至]\s*\d{1,2}\s*月|上半年|下半年"  # 1-12月 is the year
    r"|[一二三四1-4]季度|前[一二三四五六七八九十\d]+个?月"
)
PERIOD_HINTS = frozenset("以近历累月半季")  # a character every OTHER_PERIOD_RE match holds, checked first
# Up to a date: a stock, not the year's flow (n09: 截止20101231日，全乡累计…65条; n22; 到年底累计), unless the
# sentence also says the year (截至12月31日，全年共…).
UP_TO_DATE_RE = re.compile(r"截[至止][^，。；\n]{0,14}?(?:日|底|末|目前|现在)|到(?:\d{4}年)?(?:年底|年末|目前)")
THE_YEAR_RE = re.compile(r"全年|本年|年内|今年|当年|\d{4}年1月1日")
# A figure that includes requests carried over from the year before is not the year's new requests (t17).
CARRIED_OVER_RE = re.compile(r"其中[^。；\n]{0,12}?(?:上年|上一年|以前年度)(?:度)?结转")
# The parent of a classification of information (d03, d22, t12: 制发政府信息130件，其中主动公开18件，不予公开112件):
# its 不予公开/依申请公开 counts are documents, not answers to requests.
CLASSIFIED_RE = re.compile(r"(?:制发|制作|获取|产生|形成)(?:了)?[^，。；\d]{0,6}?(?:政府信息|信息|文件|公文)")
REQUEST_CONTEXT_RE = re.compile(r"申请|答复|办理结果|处理结果|处理情况")
# A count of reconsiderations or lawsuits is about disclosure only when its sentence or its section says so
# (n23: 全县共受理行政复议4件 under 一、概述 is the county as reviewing organ).
DISCLOSURE_RE = re.compile(r"信息公开|公开政府信息|依申请|公开申请|政府信息")
# A top-level heading line (一、…; n12 writes 二政府信息主动公开情况 with no mark). Its title tells the section.
HEADING_RE = re.compile(
    r"^[ \t]*[一二三四五六七八九十]{1,3}[ \t]*(?:[、.．][ \t]*(?P<t1>[^\n。，,；]{2,40}?)[ \t]*(?:[。：:]|$)"
    r"|(?P<t2>[^\n。，,；、.．\d]{2,30}?(?:情况|概述|措施|事项)))[ \t]*$",
    re.MULTILINE,
)
SECTION_CONTEXT_RE = re.compile(r"信息公开|公开政府信息|依申请|复议|诉讼|收费|减免")
REQUEST_SECTION_RE = re.compile(r"申请")
NOT_REQUEST_SECTION_RE = re.compile(r"复议|诉讼|收费|费用|咨询")
OTHER_MATTERS_RE = re.compile(r"其他需要报告")  # the 2021 template's section 六, where 信息处理费 is reported
MERGE_MARKS = "、和及与或"  # A、B N件 / A或B N件 / A和B N件: the number is neither A nor B (t18, t24, t01)
UNIT_CHARS = "条件项次个篇起宗例份人名场期元"
LEADING_VERB_RE = re.compile(
    rf"{RECEIVE}|{HIRE}|{PUBLISH}|召开|举行|举办|办理|办结|制发|制定|出台|配发|制作|编发|撰写|主动"
)
# A figure that names the set a breakdown is taken from (d03: 在…网站主动公开的425条政府信息中，机构职能…148条).
# A channel's figure whose disclosed part follows counts everything posted there.
DISCLOSED_PART_RE = re.compile(r"[，,]?其中(?:主动)?公开")
AMONG_RE = re.compile(r"(?:各类|的)?(?:政府|政务)?(?:信息|文件)?中[，,：:]")
SENTENCE_MAX = 300  # how far back a sentence may reach; bounds the work on text without punctuation


@dataclass(frozen=True)
class Candidate:
    metric: str
    value: float
    qualifier: str
    start: int
    end: int
    scoped: bool  # the sentence names a part of the jurisdiction
    source: str  # prose | zero | table | lower_bound | fee_section | up_to_date


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern.replace("{N}", NUMBER))


ALL_RULES = RULES + LOWER_BOUND_RULES
COMPILED: tuple[tuple[str, re.Pattern[str]], ...] = tuple((m, _compile(p)) for m, p, _ in ALL_RULES)
SOURCES = ("prose",) * len(RULES) + ("lower_bound",) * len(LOWER_BOUND_RULES)
# Each rule's literal that every match holds, searched first: most reports lack most labels, and a literal
# scan is far faster than a scan by a pattern that begins with a number.
REQUIRED = tuple(re.compile(re.escape(lit)) if (lit := required_literal(rx.pattern)) else None for _, rx in COMPILED)
# A full stop, also in ASCII when it is no decimal point (pages saved with ASCII punctuation: 运行正常.二、…).
SENTENCE_END = re.compile(r"[。；;\n]|\.(?!\d)|(?<!\d)\.")


def sentence_start(text: str, pos: int) -> int:
    lo = max(0, pos - SENTENCE_MAX)
    i = max(text.rfind(c, lo, pos) for c in "。；;\n")
    if text.rfind(".", max(i, lo), pos) >= 0:  # the last ASCII full stop, if any, after the last other end mark
        i = max([i, *(m.start() for m in SENTENCE_END.finditer(text, max(i, lo), pos))])
    return i + 1 if i >= 0 else lo


def sentence_span(text: str, pos: int) -> tuple[int, int]:
    """The sentence around pos: from the previous end mark to the next one."""
    end = SENTENCE_END.search(text, pos, pos + SENTENCE_MAX)
    return sentence_start(text, pos), end.start() if end else min(len(text), pos + SENTENCE_MAX)


def clause_start(text: str, pos: int) -> int:
    lo = max(0, pos - SENTENCE_MAX)
    i = max(text.rfind(c, lo, pos) for c in "。；;\n，,")
    return i + 1 if i >= 0 else lo


class Sections:
    """The top-level headings of a text, to ask which section a position lies in."""

    def __init__(self, text: str) -> None:
        found = [(m.start(), m.group("t1") or m.group("t2")) for m in HEADING_RE.finditer(text)]
        self.starts = [s for s, _ in found]
        self.titles = [t for _, t in found]

    def title(self, pos: int) -> str:
        i = bisect.bisect_right(self.starts, pos) - 1
        return self.titles[i] if i >= 0 else ""


def _merged(text: str, start: int) -> bool:
    """The label is the second of two joined nouns (行政复议、行政诉讼案件743件; 予以公开或部分公开59件), not the next
    item of a list of figures (政府网站公开5419条、政务微信公开3914条)."""
    if text[start].isdigit() or start < 2 or text[start - 1] not in MERGE_MARKS:
        return False  # a number that opens the match has its own label after it (1名专职、1名兼职)
    if LEADING_VERB_RE.match(text, start):
        return False  # joined verbs share their object (参加或举办新闻发布会总次数十二次)
    before = text[start - 2]
    if before in UNIT_CHARS or before in "余多%）)":
        return False
    return "\u4e00" <= before <= "\u9fff"


def _period(text: str, s0: int, prefix: str) -> str | None:
    """'other' for a figure of another period than the year, 'up_to_date' for a figure up to a date."""
    if re.match(r"\s*其中", text[s0 : s0 + 6]) and s0 > 0:
        prefix = text[sentence_start(text, s0 - 1) : s0] + prefix  # n09: 其中 details the sentence before
    if PERIOD_HINTS.intersection(prefix) and OTHER_PERIOD_RE.search(prefix):
        return "other"  # a figure for part of the year or several years is not the year's
    if UP_TO_DATE_RE.search(prefix) and not THE_YEAR_RE.search(prefix):
        return "other" if "累计" in prefix else "up_to_date"
    return None


def _skip(text: str, metric: str, m: re.Match[str], value: float, sections: Sections) -> str | None:
    """Why a match is not the metric's value ('skip'; 'restart' to look again after its first word), or None."""
    s0 = sentence_start(text, m.start())
    prefix = text[s0 : m.start()]
    clause = text[clause_start(text, m.start()) : m.end()]
    stretch = m.groupdict().get("stretch")
    if stretch:
        first, _, second = stretch.replace(",", "，").partition("，")
        others = [c for c, rx in CHANNEL_OF.items() if c != metric and rx.search(stretch)]
        if others or (second and (PUBLISH_RE.search(first) or CHANNEL_OF[metric].search(second))):
            return (
                "restart"  # 网站、微博发布信息500条 is both; 网站公开…近万条，政府网站公开…4850条 has its own channel
            )
        if ALL_CHANNELS_RE.search(stretch) or STRETCH_VETO_RE.search(stretch):
            return "skip"  # 网站等平台 is every channel; 网站回应… is not publishing
    if value != 0 and _merged(text, m.start()):
        return "skip"  # a merged count is neither part; a merged zero is zero for both
    if value != int(value) and not metric.endswith("_yuan") and not m.group("mul"):
        return "skip"  # t17: 5.1余条 lost its 万; a count of items is whole
    if AMONG_RE.match(text, m.end(), m.end() + 10):
        return "skip"
    if stretch is not None and DISCLOSED_PART_RE.match(text, m.end(), m.end() + 12):
        return "skip"  # t24: 通过…网站发布信息4583条，其中主动公开各类政府信息2107条 — every post, not disclosures
    if metric.startswith(VETOED) and VETO_RE.search(prefix + clause):
        return "skip"
    period = _period(text, s0, prefix + text[m.start() : m.start("num")])  # 自2008年以来累计… may open the match
    if period:
        return "skip" if period == "other" else "up_to_date"
    if metric == "proactive_total":
        tail = prefix[max(prefix.rfind(d) for d in "0123456789") + 1 :] + text[m.start() : m.start("num")]
        if CHANNEL_RE.search(tail) and not ALL_CHANNELS_RE.search(tail):
            return "skip"  # d20, t05: 通过政府门户网站（，）主动公开信息138条 is the website's figure, not the total
    if metric == "requests_total":
        end = sentence_span(text, m.start())[1]
        if CARRIED_OVER_RE.search(text, m.end(), end):
            return "skip"  # t17: 申请234件，其中办理上年度结转申请6件
    if metric.startswith("outcome_"):
        if CLASSIFIED_RE.search(prefix):
            return "skip"
        before = text[sentence_start(text, max(s0 - 1, 0)) : m.start()]  # this sentence and the one before
        if text.startswith("予以公开", m.start()) and not REQUEST_CONTEXT_RE.search(before):
            return "skip"  # 予以公开 also says information was made public; as an answer it follows a request
    if metric in ("reconsiderations", "lawsuits") and not DISCLOSURE_RE.search(text[s0 : m.end()]):
        title = sections.title(m.start())
        if (title and not SECTION_CONTEXT_RE.search(title)) or re.search(r"受理$", prefix):
            return "skip"  # n23: 全县共受理行政复议4件 under 一、概述 — the county as reviewing organ
    return None


def prose_candidates(text: str) -> list[Candidate]:
    out = []
    sections = Sections(text)
    for (metric, rx), required, source in zip(COMPILED, REQUIRED, SOURCES, strict=True):
        if required is not None and required.search(text) is None:
            continue
        pos = 0
        while m := rx.search(text, pos):
            pos = m.end()
            value = parse_number(m.group("num"))
            if value is None:
                continue
            value = scaled(value, m.group("mul"))
            why = _skip(text, metric, m, value, sections)
            if why == "restart":
                pos = m.start("stretch")
            if why in ("skip", "restart"):
                continue
            after = text[m.end() : m.end() + 2]
            qual = "at_least" if source == "lower_bound" else qualifier_of(m.group("pre"), m.group("post"), after)
            s0 = sentence_start(text, m.start())
            prefix = text[s0 : m.start()]
            c0 = clause_start(text, m.start())
            own_clause = text[c0 : m.end()]
            # A marker earlier in the sentence scopes this clause unless the clause opens with its own label
            # (seed 004: 全年市政府网站公开…近万条，政府网站公开政府信息数4850条 — the second is the whole's).
            inherits = bool(VERB_START_RE.match(text, c0))
            scoped = bool(SUBUNIT_RE.search(own_clause)) or (
                inherits and bool(SUBUNIT_RE.search(prefix)) and not ALL_PARTS_RE.search(prefix)
            )
            out.append(
                Candidate(
                    metric, value, qual, m.start(), m.end(), scoped, "up_to_date" if why == "up_to_date" else source
                )
            )
    return out


# --- explicit zeros -------------------------------------------------------------------------------------------
# A negation, then within its clause the thing that did not happen. Bare 无 is no negation here: 申请人无正当理由…
# is a table label (d11–d14).
NEGATION_RE = re.compile(
    r"未(?:曾)?(?:发生|收到|接到|接收到?|出现|产生|有|涉及|收取|收费|受理|对|向|因)|不涉及|没有(?:发生|收到|接到|出现|产生)?"
    r"|(?:全年|均|并|亦|暂)无|无(?=一例|一起|一件|任何|收费|收取|因|涉及|发生|此类|该类|相关|行政复议|行政诉讼|举报|投诉"
    r"|申请|政府信息公开|信息公开)|暂不|不收"
)
ZERO_CASES: tuple[tuple[str, str], ...] = (
    (r"复议", "reconsiderations"),
    (r"诉讼", "lawsuits"),
    (r"举报|投诉", "complaints"),
)
# Every metric an explicit zero can state.
ZERO_METRICS = ("reconsiderations", "lawsuits", "complaints", "requests_total", "fees_yuan", "info_processing_fee_yuan")
# The request that was not received (n07: 未收到要求公开其它信息的申请; t04/t10: 未收到依申请公开事项/请求). Never
# 依申请公开政府信息 alone: no information released on request is not no request (d17, n11, t16, t25).
ZERO_REQUEST_RE = re.compile(
    r"(?:政府信息公开|信息公开|公开政府信息|依申请公开(?:政府信息)?|公开[^，。；\d\n]{0,8}?)(?:的)?(?:申请|请求|事项)"
)
BARE_REQUEST_RE = re.compile(r"(?:收到|受理|接到)?(?:任何)?申请")  # 无申请 (n15), under the requests section only
ZERO_FEE_RE = re.compile(r"处理费|收费|收取[^。；，]{0,8}?费|费用")
ZERO_CONTEXT_RE = re.compile(r"信息公开|公开政府信息|依申请|处理费|收费")
ZERO_WINDOW = 40
CLAUSE_END_RE = re.compile(r"[。；;\n，,]")


def _zeros_in(window: str, title: str) -> list[tuple[str, int, str]]:
    """(metric, end of its keyword in the window, source) for what a negation's clause says did not happen."""
    cases = [(k, metric) for kw, metric in ZERO_CASES if (k := re.search(kw, window))]
    if cases:
        return [(metric, k.end(), "zero") for k, metric in cases]  # 未发生因…申请提起的行政复议: not the request
    if "咨询" in window:
        return []  # d19: 未收到…咨询 is about consultations
    if k := ZERO_REQUEST_RE.search(window):
        return [("requests_total", k.end(), "zero")]
    if (
        (k := BARE_REQUEST_RE.match(window))
        and REQUEST_SECTION_RE.search(title)
        and not (NOT_REQUEST_SECTION_RE.search(title))
    ):
        return [("requests_total", k.end(), "zero")]
    if (k := ZERO_FEE_RE.search(window)) and "行政事业性" not in window:
        if "处理费" in window or "处理费" in title:
            return [("info_processing_fee_yuan", k.end(), "zero")]
        if OTHER_MATTERS_RE.search(title):
            return [("info_processing_fee_yuan", k.end(), "fee_section")]  # t01: the 2021 template's section 六
        return [("fees_yuan", k.end(), "zero")]
    return []


def zero_candidates(text: str) -> list[Candidate]:
    """Explicit zeros: 未发生因政府信息公开引发的行政复议和行政诉讼 → reconsiderations 0, lawsuits 0."""
    out = []
    sections = Sections(text)
    for neg in NEGATION_RE.finditer(text):
        end_m = CLAUSE_END_RE.search(text, neg.end(), neg.end() + ZERO_WINDOW)
        end = end_m.start() if end_m else min(len(text), neg.end() + ZERO_WINDOW)
        s0 = sentence_start(text, neg.start())
        title = sections.title(neg.start())
        if not ZERO_CONTEXT_RE.search(text[s0:end]) and not SECTION_CONTEXT_RE.search(title):
            continue  # 全县未发生行政复议 under 一、概述 need not be about disclosure
        if SUBUNIT_RE.search(text[s0 : neg.start()]):
            continue
        for metric, k_end, source in _zeros_in(text[neg.end() : end], title):
            out.append(Candidate(metric, 0.0, "exact", neg.start(), neg.end() + k_end, False, source))
    return out


ENUMERATION_START_RE = re.compile(r"[。，,：:\s]{0,2}其中[，,：:]?")
ENUM_ITEM_RE = re.compile(r"(?<![\d.])(\d+)(余|多)?条(?![\d%])")


def category_sum_note(text: str, end: int, total: float) -> Note | None:
    """A total followed by 其中 and its categories (d18: 1+0+103+1+36+0+6+8 = 155 ≠ 154)."""
    m = ENUMERATION_START_RE.match(text, end)
    if not m:
        return None
    stop = text.find("。", m.end(), m.end() + 2000)
    segment = text[m.end() : stop if stop >= 0 else min(len(text), m.end() + 2000)]
    items = ENUM_ITEM_RE.findall(segment)
    # Only a clean partition counts: every figure in 条 (seed 003 mixes 件 and 期 items into its list).
    if len(items) < 3 or any(q for _, q in items) or re.search(r"(?<!\d)\d+(?:余|多)?(?:件|期|个|项|篇|次)", segment):
        return None
    values = [int(v) for v, _ in items]
    if sum(values) == total:
        return None
    return prose_conflict(
        f"proactive_total {total:g} but its categories add up to {' + '.join(map(str, values))} = {sum(values)}"
    )
