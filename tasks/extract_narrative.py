"""Narrative metrics: phrasing rules (data) applied to the whole text, with scope, period and merge guards."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache, partial

import ahocorasick

from tasks.narrative_rules import (
    ACCOUNTS,
    ANOTHER_YEAR,
    BY_LAW,
    CHANNELS,
    COMPARISON,
    HIRE,
    KINDS_ETC,
    LOWER_BOUND_RULES,
    PUBLISH,
    PUBLISH_RE,
    RECEIVE,
    REQUEST_WAY_WORDS,
    RULES,
)
from tasks.notes import Note, prose_conflict
from tasks.numbers import NUMBER, parse_number, qualifier_of, qualifiers_conflict, scaled
from tasks.rules import DIGIT, first_chars, literal_first, required_literal, start_anchors
from tasks.template.labels import T3_LABELS

# A figure for a part of the jurisdiction, named before it in the same sentence (seed 000: 市级受理…3件;
# seed 001: 市政府网站…受理政府信息公开申请4件; d03: 区管委会、县政府公开办主动公开信息数为62条; n31: 自治区直属机关…,
# 各行署、拉萨市人民政府…; n05: 各市663919条).
SUBUNIT_RE = re.compile(
    r"市级|县级(?!以上)|区级|市本级|县本级|区本级|各县|各区(?!域)|各乡镇|各乡（镇）|各镇|各街道|各行署|各地市"
    r"|各市(?!场|民)|各州|各盟|各旗|直属(?:机关|单位|部门)|公开办(?![件理结])|[省市县区]直各(?:有关)?(?:部门|单位|机关)"
    r"|[省市县区]政府各(?:有关)?(?:部门|单位|机关)"
    # 其中15件按时办结 is a verb (fresh11 q16); 其中通过政府网站及局官网… the body's own site (fresh41 aa23)
    r"|[市县区]政府网站(?<![全本].政府网站)|其中[^，。；]{0,10}(?:局|委|办(?![结理件完复])|中心)(?!官网|网站|网页|门户|微信|微博|公众号)"
)
# Parts listed together are the whole (d04: 各乡镇、县直各单位…其中主动公开政府信息2026条), 各 said once for them all
# (fresh36 s20: 全年县政府各部门、乡镇(街道)累计通过政府门户网站发布各类政府信息9822条).
ALL_PARTS_RE = re.compile(
    rf"(?:{SUBUNIT_RE.pattern})(?:[（(][^（()）\n]{{1,6}}[）)])?[、和及与]"
    rf"(?:{SUBUNIT_RE.pattern}|乡镇|街道|部门|单位|(?:政府)?系统|[省市县区]各(?:有关)?(?:部门|单位))"
    # the departments named first (fresh45 ae25: 全区各部门、各街道办事处通过…主动公开信息13203条)
    rf"|(?:全[省市县区州盟旗]|[省市县区](?:政府)?)各(?:有关)?(?:部门|单位|机关)[、和及与](?:{SUBUNIT_RE.pattern}|乡镇|街道)"
)
# (fresh42 ab17: 各市(区)、市各有关部门共主动公开各类政府信息17937条 — the cities and the city's departments: all)
# (fresh39 x04: 各乡镇及政府系统主动公开发布政府信息11300多条 — the townships and the government's own system: all)
# Items sent to another body (报送信息932条, 送交省政府主动公开的档案19件, 上报政务信息100条): submitted, not published.
SUBMITTED_RE = re.compile(r"报送|送交|移交|呈报|上报|报备")
# Inside a bracket that lists the parts of the figure before it, still open: （其中:…, （包括…
INSIDE_PARTS_RE = re.compile(r"[（(](?:其中|包括|含)[^（()）]*$")
CHANNEL_RE = re.compile(
    r"网站|官网|政府网|政务网|信息网(?![站格点络])|微博|微信|公报|公众号|服务号|订阅号|客户端|信息专栏|信息栏目|政府外网"
    r"|门户|两微|新媒体"  # a portal however named (fresh33 a26: 利用政府门户网主动公开; a27: 通过武汉市集约化智能门户平台主动
    # 公开); the WeChat and Weibo accounts together (fresh34 b15: 官方“两微”平台全年发布信息672条); the new media (fresh36 s20:
    # …通过政府门户网站发布各类政府信息9822条,政务新媒体主动公开信息13349条)
    r"|(?<=通过)[^，,。；;\d\n、“”]{1,6}?(?<!互联)(?<!电视)(?<![内外电])网(?=(?:主动)?(?:发布|公开|公布|上传))"  # 通过未央网发布
    # fresh20 t36: 全年在云南省政府采购网公开信息7条 — a site of its own; not the disclosure site itself (t06:
    # 在舒城县政府信息公开网上发布各类主动公开信息26条, where all of it is disclosed)
    r"|(?<=在)[^，,。；;\d\n、“”]{1,10}?(?<!互联)(?<!电视)(?<![内外电])(?<!公开)网(?=上?(?:主动)?(?:发布|公开|公布|上传))"
)
REQUEST_WAYS = tuple(metric for metric, _ in REQUEST_WAY_WORDS)
# A list of channels' figures: a publishing verb with its figure, then 其中.
# a publishing total, then 其中 — in its sentence or opening the next (fresh32 r08: 共公开各类政府信息20889条。其中,区政府网站
# 4266条,…)
ENUMERATED_RE = re.compile(
    rf"{PUBLISH}[^。；;\n]{{0,12}}?\d+(?:条|篇|项|件)[^。；;\n]{{0,4}}?(?:[。；;][ \t]*)?其中"
    # …the figure's own breakdown in brackets, however long the kinds before it (fresh40 o39: 及时公开…、综合监管执法等
    # 工作信息1261条(其中:网站390条、微信公众号871条))
    rf"|{PUBLISH}[^。；;\n\d]{{0,120}}?\d+(?:条|篇|项|件)[（(]其中"
    # …or right after the verb and its noun, the channels listed with their figures (fresh37 v28: 我办共发布信息门户网站
    # 717条、微博545条、微信583条)
    rf"|{PUBLISH}(?:了)?(?:各类)?(?:政府|政务)?信息[：:]?(?:[^。；;\n\d]{{1,12}}?\d+(?:条|篇)[、，,])*\Z"
)
# The way a request came in, right before the verb of receiving it: the requests that came in so are a part.
# (a platform that takes requests may take them all: 全年依托政府信息依申请公开平台共收到…1件, fresh25 i10)
# (the ways no metric has stand apart too: fresh35 c17 受理线下信息公开申请9件 beside 受理线上…65件)
_WAY_WORDS = "|".join(
    sorted(
        {w for _, words in REQUEST_WAY_WORDS for w in words if "平台" not in w} | {"线下", "书面"},
        key=len,
        reverse=True,
    )
)
REQUEST_CHANNEL_RE = re.compile(
    rf"(?<![、和及与])(?:{_WAY_WORDS}|(?<![等种类])(?:渠道|途径|方式))(?:上)?(?:共)?(?:收到|受理|接到|接收)"
    # (not the ways listed and closed, fresh35 c18: 通过线上、信函等渠道收到依申请公开信息16件, nor 多种渠道, nor the last of
    # the ways listed, fresh10 p13: 今年线上、线下共收到依申请公开783件: all of them)
    # or right after it, one way alone (fresh6 k16: 收到网上提交依申请公开信息0件; corpus d13 接收通过邮寄、网络提交的… is all;
    # fresh35 c17: 受理线上信息公开申请65件)
    rf"|(?:收到|受理|接到|接收)(?:通过)?(?:{_WAY_WORDS})(?![、和及与或])"
)
# Another way's requests listed right after a figure of requests: the figure is one way's (fresh22 e24).
REQUESTS_LISTED_NEXT_RE = re.compile(r"[、和及][^，,。；;\d\n]{1,8}?申请\d")
# The website and the new media together are every channel online (n12 共通过门户网站及政务新媒体方式主动公开907条).
ONLINE_CHANNELS_RE = re.compile(
    r"(?:网站|门户)[^，,。；;\d]{0,8}?[及和与、](?:“[^”\n]{1,12}”)?[^，,。；;\d]{0,6}?新媒体"  # fresh18 y02: 、“渭南发布”等政务新媒体
)
# One outlet besides the catalog's channels, named as the way of publishing (通过今日头条…, 利用村务公开栏…, 在电视台…):
# its items are a part.
VIA_OUTLET_RE = re.compile(
    r"(?:通过|利用|依托|借助|在)[^，,。；;\d\n]{0,12}?(?:头条|抖音|快手|视频号|APP|App|app|报刊|报纸|日报|电视|广播|公开栏|公示栏"
    r"|宣传栏|公告栏|显示屏|电子屏|新闻媒体|(?<!新)媒体)"  # (not the new media: a catalog channel)
)
# Channels listed as the ways of publishing are all of them (通过政府网站、政务新媒体等渠道主动公开…; 付垅乡: 门户网站…、
# 政务公开栏等线上线下渠道): the whole.
# (or named as a class: fresh35 c13: 通过多种形式(镇村公示栏、网站、新闻媒体、微信群等)发布,主动公开政府信息136条)
ALL_CHANNELS_RE = re.compile(
    r"等(?!其他|其它)[^，。；\d]{0,6}?(?:渠道|途径|方式|平台|载体|形式)|(?:多种|各种|各类)(?:公开)?(?:渠道|途径|方式|平台|载体|形式)"
)
# …but a list that ends in the new media is all the new media (fresh19 z29: 通过微信公众号、微博、抖音等政务新媒体平台
# 主动公开政府信息5455条, the website's figure in the sentence before): not every channel.
NEW_MEDIA_ONLY_RE = re.compile(r"等[^，。；\d]{0,4}新媒体")
CHANNEL_OF = {m: re.compile(p) for m, p in CHANNELS.items()}
STOCKS = frozenset({"staff", "staff_full_time", "staff_part_time", "query_points"})  # what a body has, not did
# What a body had, its sentence then saying what it grew to (fresh24 g14: 设立了1个公共查阅点,2008年根据要求增加到2个公共
# 查阅点; 查阅点由3个增加到5个): not what it has.
GREW_TO_RE = re.compile(
    r"[^。；;\n]{0,30}?(?:增加|增|扩大|扩充|调整|充实)(?:到|至|为)[^。；;\n\d]{0,4}\d+\s*(?P<unit>个|处|名|人)(?!次)"
)
# Outlets named in a list (政府信息公开平台、政府网站; 门户网站和微信公众号): a list of two or more publishes the whole.
# (newspapers by name too: fresh45 ae03 通过中央电视台、人民日报、中国绿色时报、甘肃日报等主流媒体…)
OUTLET_RE = re.compile(
    r"平台|网站|网(?!上)|微博|微信|公众号|服务号|订阅号|客户端|公报|栏|报刊|报纸|[日时晚早]报|报社|电视|广播|媒体|媒介|大厅|查阅|抖音|头条|视频号|APP|App"
    r"|喇叭|屏|宣传(?:册|卡|画|单|页|资料)|纸质"
)
LIST_MARK_RE = re.compile(r"[、和及与]")
# the press, notice boards, loudspeakers, screens and printed leaflets: the other ways (fresh6 k24; fresh32 r28: 利用广播
# 电视、电子屏、宣传栏等方式公开各类政府信息76条; fresh33 a34: 通过公示栏、大喇叭等方式公开民政社保等信息82条)
OTHER_OUTLET_RE = re.compile(r"媒体|媒介|报|电视|广播|喇叭|栏|查阅|屏|宣传(?:册|卡|画|单|页|资料)|纸质")
# Never a list that gives the channel's own examples (通过报刊、广播等其他形式…: seed 000).
LISTED_BEFORE_RE = re.compile(r"(?P<item>[^，,。；;\d\n、和及与]{2,12})[、和及与][^，,。；;\d\n、和及与等]{0,6}\Z")
# A second kind of query place counted right after the first (和7个信息查阅点).
QUERY_PLACES_NEXT_RE = re.compile(r"[和及、与][^，。；\d]{0,6}?\d+个[^，。；]{0,12}?(?:查阅|查询)")
# the reconsiderations counted in the clause before (行政复议0件，诉讼0件)
RECONSIDERATION_CLAUSE_RE = re.compile(
    r"复议[^，,、；;。\n]{0,12}?[\d零〇一二两三四五六七八九十]+[件起宗例次个份项条][，,、；;]\Z"
)
# Matters a body receives and closes that are not disclosure requests (permits, licences, the public's letters)
OTHER_MATTER_RE = re.compile(r"行政许可|许可事项|审批|事项办理|来信|来访|信访|诉求|建议|提案|咨询|热线")
CLOSING_RE = re.compile(r"答复|回复|完毕|办理完|办结|^完成")  # a bare 完成 (fresh37 v39: …共74件,完成72件) too
# A channel's figure followed by another kind of item's figure, with no channel, verb or 其中 of its own (fresh15 v27:
# 通过县人民政府网…公开政府信息4条（含转发），政策文件18条（含转发）): the channel carried both, the first is a part.
NEXT_KIND_RE = re.compile(
    rf"(?:[（(][^（()）\n]{{0,10}}[）)])?[，,、](?!其中|通过|在|共|合计|累计|{COMPARISON}|均|全部|另)"
    r"(?P<noun>[^，,。；;\d\n]{2,10}?)(?P<num>\d+)(?:条|篇)"
)
# …unless the next is another outlet (微信（…）1540条，今日头条5135条; …公众号109条、其他渠道132条) or no item.
NEXT_KIND_VETO_RE = re.compile(
    r"网|微博|微信|公报|公众号|客户端|号|平台|栏|渠道|载体|媒体|头条|抖音|快手|视频|资讯|报|公开|发布|更新|推送|转发|回复"
    r"|浏览|访问|留言"
    r"|上年|去年|上一年|前一年|同期"  # 公开政府信息8条，去年为77条: the same items, another year
)
# Channels named, then 等其他… (seed 000: 报刊、广播等其他形式 — the other ways, named; f22: 微信微博等其他途径 — the
# named channels and the rest, one lump).
LUMPED_OTHER_RE = re.compile(r"(?P<named>[^，,。；;\d\n]{1,30})等其[他它]")
NEW_MEDIA_RE = re.compile(r"新媒体|客户端|抖音|头条|视频号|APP|App|app")  # fresh13 s37: 政务新媒体等其它渠道公开3722条
# A channel's word right before another's, with no mark between (通过微博微信公开信息8226条): the two joined.
CHANNEL_BEFORE_RE = re.compile(rf"(?:{'|'.join(CHANNELS.values())})(?:公众号|公众平台|客户端)?\Z")
# Words that make a nearby figure something else (d06: 共受理申请121510件 are service applications).
# (来信 the public's letters, not 来信申请, the way a request came in — fresh29 n14: 20件为来信申请)
VETO_RE = re.compile(
    r"行政服务中心|服务中心|审批|政务服务|办事(?!处)|窗口|转载|转发|咨询|信箱|热线|留言|来信(?!申请|方式|形式|提交|提出)"
    # a hotline named by its number (fresh35 c31: 12333回应公众关切40000余次 — calls answered), never a count of them
    r"|(?<![\d.])(?<!\d,)123\d{2}(?![\d.,]|[件条次个人份项万余多篇期场])"
)
# Interviews staged by the press (i21: 在人民网、江西日报等媒体策划在线访谈7次) are not the government website's.
MEDIA_RE = re.compile(r"媒体|报社|日报|电视台|电台|广播|人民网|新华网|央视")
# Words between a channel and its verb that make the figure something other than items published there.
# A channel named as the main one of several (fresh50 aj27: 以门户网站为主渠道,全年共主动公开政府信息860条): the figure
# is all the channels', not that one's; so is the first of them (fresh45 ae23: 依托县政府门户网站作为第一公开平台,全年主动公开
# 政府信息2371条).
MAIN_CHANNEL = r"为主(?:要)?(?:渠道|阵地|平台|载体)|第一(?:公开|发布)?(?:渠道|阵地|平台|载体)"
MAIN_CHANNEL_RE = re.compile(MAIN_CHANNEL)
PARAGRAPH_AFTER = 400  # characters of a paragraph read after a figure, at most
NOT_A_SITE_RE = re.compile(
    r"微博|微信|公众号|服务号|订阅号|公报|客户端|新媒体|两微|抖音|头条|视频号"
)  # channels besides websites
# Two websites named one after the other (市政府门户网站和法制办网站, 区政府网站、市局网站).
TWO_SITES_RE = re.compile(r"(?:网站|门户)[^，,。；;\d\n]{0,4}?[和及与、][^，,。；;\d\n]{1,12}?网站")
# A channel said to include what is listed after it, the figure the first item's, another item after it.
INCLUDES_RE = re.compile(r"包括|包含")
NEXT_ITEM_RE = re.compile(r"[、，,][^。；;\n]{0,20}?\d")
STRETCH_VETO_RE = re.compile(rf"回应|解读|转载|转发|访问|浏览|留言|采用|咨询|点击|链接|受理|申请|{MAIN_CHANNEL}")

# A clause that opens with a verb continues the sentence's subject (seed 001: 市政府网站共…，受理…申请4件).
VERB_START_RE = re.compile(
    r"(?:其中|共|并|已|均|受理|收到|接到|办理|办结|答复|予以|同意|属|发布|公开|主动公开|制发|回应|召开|举行|不予|不同意|告知|[0-9]+件为)"
)
VETOED = ("requests", "outcome", "interpretations", "hotspot")
# A sentence about another period than the report's year: since a start (自2008年以来, 《条例》颁布实施以来, 去年以来),
# several years (近三年, 历年), part of the year (1-6月, 上半年), or up to a date (截至2010年12月31日 — a stock,
# n09/n22). Not 今年以来, 2019年以来, 2023年1月1日以来 or 一年以来, which mean the year itself (seed 000, n03, fresh28 m38);
# 自…以来 is a period from any start.
OTHER_PERIOD_RE = re.compile(
    r"自[^，。；\n]{1,20}以来|(?<!今年)(?<!本年)(?<!本年度)(?<!年初)(?<!一年)(?<!\d{4}年)(?<!年1月1日)以来"
    r"|近[一二三四五六七八九十两\d]+年|历年|累计至今"
    r"|自(?:19|20)\d{2}年[^，。；\n]{0,8}?起(?![^，。；\n]{0,12}?[至到])"  # 自2004年起…5000条; not a period 自…起至…止
    r"|(?<!\d)(?!1\s*[-—~至]\s*12\s*月)\d{1,2}\s*[-—~至]\s*\d{1,2}\s*月|上半年|下半年"  # 1-12月 is the year
    r"|[一二三四1-4]季度|前[一二三四五六七八九十\d]+个?月"
    r"|(?:19|20)\d{2}\s*年?\s*[-—–~至到]\s*(?:19|20)\d{2}\s*年"  # fresh11 q27: 2008年-2016年…1571条, several years
    # up to a day before the year's last quarter (fresh35 c23: 2024年截至6月底局微信公众号共编辑发布192篇): part of it
    r"|截[至止](?:\d{4}\s?年)?(?:(?<!\d)[1-9]|[一二三四五六七八九])\s?月"
)
# A character every OTHER_PERIOD_RE match holds, checked first (a range of years holds one of its marks).
PERIOD_HINTS = frozenset("以近历累月半季-—–~至到自")
# Up to a date: a stock, not the year's flow (n09: 截止20101231日，全乡累计…65条; n22; 到年底累计), unless the
# sentence also says the year (截至12月31日，全年共…).
# 至2015年12月31日 opening a clause is up to that date too (i07); after 自…起 it ends the year's period instead.
UP_TO_DATE_RE = re.compile(
    r"截[至止][^，。；\n]{0,14}?(?:日|底|末|目前|现在)|到(?:\d{4}\s?年)?(?:年?底|年末|目前)"
    r"|到(?:\d{4}\s?年)?\d{1,2}\s?月(?:\d{1,2}\s?日)?为?止"  # fresh29 n06: 到12月15日为止,经审查确定的主动公开信息758条
    # (or after a heading's 情况 that lost its line break: 二、主动公开政府信息情况至2015年12月31日, i07 saved line-less)
    r"|(?:^|(?<=[，,。；;\s])|(?<=情况))至\d{4}\s?年(?:\d{1,2}\s?月\d{1,2}\s?日|底|末)"
    r"|目前[^，。；\n]{0,8}?已"  # fresh23 f14: 目前本单位已主动公开政府信息49条 — a running total
)
# 截止12月31日止,本镇2011年度共主动公开… (fresh23 f13): the year named with 年度 is the year's total
# (and a year by its number joined to its sum, 2024年累计/共: 截至2024年12月31日,…2024年累计主动公开…222条 — not
# 2011年,我局目前已累计…, fresh23 f14's running total)
THE_YEAR_RE = re.compile(
    r"全年|本年|年内|今年|当年|报告期|一年以?来|\d{4}年1月1日|\d{4}\s?年度"
    r"|(?<![至止到\d])(?:19|20)\d\d\s?年(?=累计|共|合计|总计)"
)
# A figure said as the change from another year (比上年增加5件, 同比减少3件, 较2020年多出12条), or as another year's
# (上年同期为77件, 去年为77件, 2020年：77件): never the year's count, whatever the rule that reached it.
CHANGE_BEFORE_RE = re.compile(
    rf"(?:(?:{COMPARISON})[^，,。；;\n]{{0,10}}?"
    r"(?:增加|减少|增长|下降|上升|提高|降低|增多|减|增|多出|少了|多了|多|少)(?:了)?(?:约|近|近乎)?"
    rf"|{ANOTHER_YEAR})\s*\Z"
)
# A rate in the figure's own clause (平均每月…30条, 门户网站日均更新…5条, 每季度召开…1次): no count of the year. (A rate in
# an earlier clause is that clause's: 微信公众号保持每日更新，共发布信息1193条, t23.)
RATE_RE = re.compile(r"每(?:天|日|周|星期|月|季度?|年|人)|(?<![全本今当去上明])(?:日|周|月|季|年|人)均|平均")
# A figure that includes requests carried over from the year before is not the year's new requests (t17).
CARRIED_OVER_RE = re.compile(r"其中[^。；\n]{0,12}?(?:上年|上一年|以前年度)(?:度)?结转")
DIGIT_RE = re.compile(r"\d")
# …申请24件(含上年结转1件) (fresh12 r01): the figure itself holds last year's requests
# fresh36 s02: (含新收11件、上年结转1件); fresh35 c37: 申请124宗(含2021年度结转5宗); …申请18件(其中3件为2020年
# 结转), (包括上年转结2件) alike
INCLUDES_CARRIED_RE = re.compile(
    r"\s*[（(](?:含|包含|包括|其中)[^（()）\n]{0,12}?(?:上年|上一年|以前年度|(?:19|20)\d{2}年)(?:度)?(?:结转|转结)"
)
# The parent of a classification of information (d03, d22, t12: 制发政府信息130件，其中主动公开18件，不予公开112件):
# its 不予公开/依申请公开 counts are documents, not answers to requests.
CLASSIFIED_RE = re.compile(r"(?:制发|制作|获取|产生|形成)(?:了)?[^，。；\d]{0,6}?(?:政府信息|信息|文件|公文)")
# One form of interpretation, not all of them (图文音频… lists every form).
ONE_FORM_RE = re.compile(r"(?<![图文])(?:视频|音频|动漫|动画)解读")
REQUESTED_RE = re.compile(r"要求(?:主动)?公开")  # what the public asked to be disclosed: requests
REQUEST_CONTEXT_RE = re.compile(r"申请|答复|办结|办理结果|处理结果|处理情况")  # fresh5 j23: 共按时办结10件,予以公开4件
# A count of reconsiderations or lawsuits is about disclosure only when its sentence or its section says so
# (n23: 全县共受理行政复议4件 under 一、概述 is the county as reviewing organ).
DISCLOSURE_RE = re.compile(r"信息公开|公开政府信息|依申请|公开申请|政府信息")
# A top-level heading line (一、…; n12 writes 二政府信息主动公开情况 with no mark), or one glued after a sentence
# (fresh16 w29: …事项。四、行政复议和诉讼情况). Its title tells the section.
HEADING_RE = re.compile(
    r"(?:^|(?<=[。；]))[ \t]*[一二三四五六七八九十]{1,3}[ \t]*(?:[、.．][ \t]*(?P<t1>[^\n。，,；]{2,40}?)[ \t]*(?:[。：:]|$)"
    r"|(?P<t2>[^\n。，,；、.．\d]{2,30}?(?:情况|概述|措施|事项)))[ \t]*$",
    re.MULTILINE,
)
SECTION_CONTEXT_RE = re.compile(r"信息公开|公开政府信息|依申请|复议|诉讼|收费|减免")
REQUEST_SECTION_RE = re.compile(r"申请")
NOT_REQUEST_SECTION_RE = re.compile(r"复议|诉讼|收费|费用|咨询")
OTHER_MATTERS_RE = re.compile(r"其他需要报告")  # the 2021 template's section 六, where 信息处理费 is reported
CN_DIGITS = "一二两三四五六七八九十零〇"  # a figure in words opens its own item too (fresh15 v19: …及一名兼职工作人员)
MERGE_MARKS = "、和及与或"  # A、B N件 / A或B N件 / A和B N件: the number is neither A nor B (t18, t24, t01)
UNIT_CHARS = "条件项次个篇起宗例份人名场期元"
LEADING_VERB_RE = re.compile(
    rf"{RECEIVE}|{HIRE}|{PUBLISH}|召开|举行|举办|办理|办结|制发|制定|出台|配发|制作|编发|撰写|主动"
)
# A figure that names the set a breakdown is taken from (d03: 在…网站主动公开的425条政府信息中，机构职能…148条).
# A channel's figure whose disclosed part follows counts everything posted there.
# the disclosures among all a website posted (t24: 发布信息4583条，其中主动公开各类政府信息2107条) — not a kind disclosed
# there (fresh32 r26: 通过区政府网站公开信息24条,其中公开行政许可结果数3条)
# the figure's proactive part said right after it: the figure counts more than what was disclosed proactively
# (its proactive part itself, not a kind among them: fresh42 ab23 公开政务信息87条,其中:主动公开公文类信息40条)
PROACTIVE_RE = re.compile(r"主动")
DISCLOSING_RE = re.compile(r"公开|发布|公布")
PROACTIVE_PART_RE = re.compile(
    rf"[，,]?其中[，,:：]?{BY_LAW}主动(?:公开|发布)(?:的)?(?:政府|政务)?(?:信息)?(?:数)?[共计为有]{{0,2}}\d"
)
DISCLOSED_PART_RE = re.compile(r"[，,]?其中[，,:：]?(?:主动)?公开(?:了)?(?:各类|各项)?(?:的)?(?:政府|政务)?信息")
AMONG_RE = re.compile(r"(?:各类|的)?(?:政府|政务)?(?:信息|文件)?中[，,：:]")
NEW_NEXT_RE = re.compile(
    r"[。；;]\s*(?:(?:19|20)\d{2}\s?年度?|本年度?|今年|全年|当年)?[，,]?新增"
    r"|[，,](?:其中)?(?:(?:19|20)\d{2}\s?年度?|本年度?|今年|全年|当年)新增"  # fresh37 v39: 累计…3819条,本年度新增295条
)
# (how it was published between: 本年度新增的及时主动公开信息, 本年度新增的主动公开289条信息)
YEAR_NEW_INFO_RE = re.compile(r"(?:本年度?|当年|今年)新增(?:的)?[^，,。；;\d\n]{0,8}?(?:公开|发布|信息)")
# A figure broken down by the years it was made over (fresh37 v10: 截至2019年底…109条,其中2009年11条,2010年11条,…): a
# stock, not the year's.
BY_YEARS_RE = re.compile(
    r"[，,；;]?\s*其中[，,:：]?\s*(?:19|20)\d{2}\s?年度?[^，,。；;\d\n]{0,6}\d+[^，,。；;\d\n]{0,3}[，,、；;]\s*(?:19|20)\d{2}\s?年"
)
# A kind named after 其中, then its own verb: a part of the figure before (never 其中主动公开政府信息90条 of all the
# information made, d08).
KIND_AMONG_RE = re.compile(r"其中[，,：:]?[^，,。；;\d\n]{2,24}$")
NEW_AMONG_RE = re.compile(r"其中[，,]?[^。；\d]{0,12}?新增")  # the year's new items among a cumulative figure
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
    return re.compile(literal_first(pattern.replace("{N}", NUMBER)))


ALL_RULES = RULES + LOWER_BOUND_RULES
COMPILED: tuple[tuple[str, re.Pattern[str]], ...] = tuple((m, _compile(p)) for m, p, _ in ALL_RULES)
SOURCES = ("prose",) * len(RULES) + ("lower_bound",) * len(LOWER_BOUND_RULES)
# A rule led by its figure (3件结转下年度继续办理) or a year (2023年结转132件) marks with (?#from) where its verb
# begins: the verb is searched for first and the rule only just before it — a pattern that opens with a number is
# tried at every digit of a report.
FIGURE_REACH = 24
VERBS = tuple(
    re.compile(literal_first(p.split("(?#from)", 1)[1].replace("{N}", NUMBER))) if "(?#from)" in p else None
    for _, p, _ in ALL_RULES
)
# Each rule's literal that every match holds: most reports lack most labels, and a rule whose literal is not in a
# text is not tried there.
REQUIRED = tuple(required_literal(rx.pattern) or None for _, rx in COMPILED)
# Where each rule's match can begin (`start_anchors`); a rule led by its figure is found from its verb instead.
ANCHORS = tuple(
    None if verb is not None else start_anchors(rx.pattern) for (_, rx), verb in zip(COMPILED, VERBS, strict=True)
)
ANCHOR_KEYS = tuple(frozenset(a) if a is not None else None for a in ANCHORS)
# The characters a rule's match can begin with, where its anchors stand before the match (a lookbehind's comma: (?<=[，、])
# then a figure): the places whose character cannot begin one are not tried.
FIRST_CHARS = tuple(
    first_chars(rx.pattern, digits=True) if a and any(shift for shifts in a.values() for shift in shifts) else None
    for (_, rx), a in zip(COMPILED, ANCHORS, strict=True)
)
# Rules that begin at the same places share them: one key per distinct (anchors, first characters), so that a text's
# places are worked out once for all the rules of a key (the channel rules all open with the same verbs).
_START_IDS: dict[tuple, int] = {}
START_KEYS = tuple(
    None if a is None else _START_IDS.setdefault((tuple(sorted(a.items())), first), len(_START_IDS))
    for a, first in zip(ANCHORS, FIRST_CHARS, strict=True)
)
# One Aho-Corasick pass over a text finds every anchor and every required literal of every rule at once: each rule
# is then tried only where it can begin (re.match at a few places), where before each scanned the whole text.
LITERALS = ahocorasick.Automaton()
for _lit in {lit for a in ANCHORS if a for lit in a} | {lit for lit in REQUIRED if lit}:
    LITERALS.add_word(_lit, _lit)
LITERALS.make_automaton()


def literal_hits(text: str) -> dict[str, list[int]]:
    """Where in `text` each rule literal occurs: {literal: starts, ascending}."""
    hits: dict[str, list[int]] = {}
    for end, lit in LITERALS.iter(text):
        hits.setdefault(lit, []).append(end - len(lit) + 1)
    return hits


def _match_starts(
    anchors: dict[str, tuple[int, ...]],
    found: set[str],
    hits: dict[str, list[int]],
    text: str,
    first: frozenset[str] | None,
) -> list[int]:
    """The places a rule's match can begin, ascending, given the anchors of it found in the text (and, with `first`,
    the characters a match begins with)."""
    if len(found) == 1:
        (lit,) = found
        if anchors[lit] == (0,):
            return hits[lit]
    starts = {p - shift for lit in found for p in hits[lit] for shift in anchors[lit]}
    if first is None:
        return sorted(x for x in starts if x >= 0)
    digit = DIGIT in first
    return sorted(x for x in starts if 0 <= x < len(text) and (text[x] in first or (digit and text[x].isdecimal())))


def _search_at(rx: re.Pattern[str], starts: list[int], text: str, pos: int) -> re.Match[str] | None:
    """rx.search(text, pos), trying only the places a match can begin: the same match."""
    for i in range(bisect.bisect_left(starts, pos), len(starts)):
        if m := rx.match(text, starts[i]):
            return m
    return None


AMONG_START_RE = re.compile(r"\s*其中")  # a sentence that lists the parts of the figure before it
# A full stop, also in ASCII when it is no decimal point (pages saved with ASCII punctuation: 运行正常.二、…).
SENTENCE_END = re.compile(r"[。；;\n]|\.(?!\d)|(?<!\d)\.")


SENTENCE_MARK_RE = re.compile(r"[。；;\n]")
CLAUSE_MARK_RE = re.compile(r"[。；;\n，,]")


@lru_cache(maxsize=4)
def _marks(text: str) -> tuple[list[int], list[int]]:
    """Where in `text` a sentence's end marks stand, and a clause's: found once for the many figures of a text."""
    return [m.start() for m in SENTENCE_MARK_RE.finditer(text)], [m.start() for m in CLAUSE_MARK_RE.finditer(text)]


def _last_before(marks: list[int], lo: int, pos: int) -> int:
    """The last mark in [lo, pos), or -1 (as max(text.rfind(c, lo, pos) for c in the marks))."""
    j = bisect.bisect_left(marks, pos) - 1
    return marks[j] if j >= 0 and marks[j] >= lo else -1


def sentence_start(text: str, pos: int) -> int:
    lo = max(0, pos - SENTENCE_MAX)
    i = _last_before(_marks(text)[0], lo, pos)
    if text.rfind(".", max(i, lo), pos) >= 0:  # the last ASCII full stop, if any, after the last other end mark
        i = max([i, *(m.start() for m in SENTENCE_END.finditer(text, max(i, lo), pos))])
    return i + 1 if i >= 0 else lo


def sentence_span(text: str, pos: int) -> tuple[int, int]:
    """The sentence around pos: from the previous end mark to the next one."""
    end = SENTENCE_END.search(text, pos, pos + SENTENCE_MAX)
    return sentence_start(text, pos), end.start() if end else min(len(text), pos + SENTENCE_MAX)


def clause_start(text: str, pos: int) -> int:
    lo = max(0, pos - SENTENCE_MAX)
    i = _last_before(_marks(text)[1], lo, pos)
    return i + 1 if i >= 0 else lo


# The heading of any level nearest before a position: 一、…, （二）…, 2.… on a line of its own.
SUBHEADING_RE = re.compile(
    r"^[ \t]*(?:[（(][一二三四五六七八九十\d]{1,2}[）)]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．])"
    # on its own line, or run into its paragraph after a full stop (fresh24 g28: 3.依申请公开办理情况。东华门街道…;
    # fresh25 i10: （二）依申请公开。严格按照…)
    r"(?:[^\n。]{2,40}$|[^\n。，,]{2,16}?(?:情况|工作)(?=。)|[^\n。，,；;：:\d]{2,10}(?=。))",
    re.MULTILINE,
)
HEADING_REACH = 600
# a label that says 申请 and nothing of disclosure (公民申请事项 says whose)
BARE_REQUEST_FIGURE_RE = re.compile(r"(?:(?!公开|信息)[^数])*申请(?:(?!公开|信息)[^数])*")


def heading_before(text: str, pos: int) -> str:
    """The nearest heading line of any level before pos (within HEADING_REACH characters), or ''."""
    found = list(SUBHEADING_RE.finditer(text, max(0, pos - HEADING_REACH), pos))
    return found[-1].group() if found else ""


@lru_cache(maxsize=4)
def _headings(text: str) -> tuple[list[int], list[str]]:
    """Where each top-level heading of `text` starts, and its title (found once for a text's prose and zeros)."""
    found = [(m.start(), m.group("t1") or m.group("t2")) for m in HEADING_RE.finditer(text)]
    return [s for s, _ in found], [t for _, t in found]


def _about_requests(title: str) -> bool:
    return bool(REQUEST_SECTION_RE.search(title)) and not NOT_REQUEST_SECTION_RE.search(title)


class Sections:
    """The top-level headings of a text, to ask which section a position lies in."""

    def __init__(self, text: str) -> None:
        self.starts, self.titles = _headings(text)

    def title(self, pos: int) -> str:
        i = bisect.bisect_right(self.starts, pos) - 1
        return self.titles[i] if i >= 0 else ""

    def about_disclosure(self, text: str, pos: int) -> bool:
        """The section or the nearest subheading around pos names disclosure, requests, reviews, suits or fees
        (（五）申请行政复议和提起行政诉讼情况, fresh24 g22; （六）复议、诉讼和申诉情况, fresh24 g27)."""
        return bool(SECTION_CONTEXT_RE.search(self.title(pos)) or SECTION_CONTEXT_RE.search(heading_before(text, pos)))


def _merged(text: str, start: int) -> bool:
    """The label is the second of two joined nouns (行政复议、行政诉讼案件743件; 予以公开或部分公开59件), not the next
    item of a list of figures (政府网站公开5419条、政务微信公开3914条). An account's name in quotes before its label
    is part of it (fresh15 v04: 省政府门户网站和“山东政府网”微信公众号共发布信息31000余条)."""
    if (
        start >= 2
        and text[start - 2 : start] in ("政务", "官方", "新浪", "腾讯")
        and text.startswith(("微信", "微博"), start)
    ):
        # 省政府门户网站、“辽宁发布”政务微信公众号…2.96万条 (fresh17 x26); 区政府门户网站和“河东发布”新浪微博平台发布…
        # 9700余条 (fresh21 c02): the qualifier is the label's
        start -= 2
    if start > 2 and text[start - 1] == "”" and (q := text.rfind("“", max(0, start - 20), start - 1)) >= 0:
        start = q
    if text[start].isdigit() or text[start] in CN_DIGITS or start < 2 or text[start - 1] not in MERGE_MARKS:
        return False  # a number that opens the match has its own label after it (1名专职、1名兼职)
    if LEADING_VERB_RE.match(text, start):
        return False  # joined verbs share their object (参加或举办新闻发布会总次数十二次)
    before = text[start - 2]
    counted = start >= 3 and (text[start - 3].isdigit() or text[start - 3] in CN_DIGITS + "余多")
    if (before in UNIT_CHARS and counted) or before in "余多%）)":
        return False  # 3件、政策解读5篇 lists the next item; 文件及政策解读519篇 (fresh23 f39) joins two nouns
    return "\u4e00" <= before <= "\u9fff"


def _semicolons_back(text: str, s0: int) -> int:
    """The start of the sentence whose clauses a semicolon joins, from one of them (fresh10 p16: 因政府信息公开申请产生
    行政复议3起，均胜诉；行政诉讼5起 — the second clause's cause is the first's)."""
    for _ in range(4):
        if s0 == 0 or text[s0 - 1] not in "；;":
            break
        s0 = sentence_start(text, s0 - 1)
    return s0


STARTED_ON_RE = re.compile(r"自(?:19|20)\d{2}年\d{1,2}月\d{1,2}日起")
YEAR_SINCE_RE = re.compile(r"[，,]\s*(?:全年|本年度?|今年)")


# the key areas' items as the counted noun (全年重点领域信息公开218条), not the year's work around them (fresh38 w11:
# 围绕乡村振兴、…等重点领域主动公开信息33条 — the total)
KEY_AREAS_RE = re.compile(r"重点领域(?:的)?(?:政府|政务)?信息")
DISCLOSURE_REQUEST_RE = re.compile(r"政府信息公开申请|信息公开申请|依申请公开")
BODY_NAME_AFTER_RE = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:局|委员会|委|中心|办公室|厅)")
CITED_TITLE_RE = re.compile(r"《[^》\n]{0,60}》")


def _vetoed(text: str, a: int, b: int, requests_named: bool) -> bool:
    """A veto word in text[a:b]; with disclosure requests named, not one that is part of a body's name. The words after
    b are seen by a veto word's lookahead (…8件，都为来信 ends its match before 申请: 来信申请 is a way, not a veto)."""
    return any(
        v.end() <= b and not (requests_named and BODY_NAME_AFTER_RE.match(text, v.end()))
        for v in VETO_RE.finditer(text, a, b + 4)
    )


def _uncited(s: str) -> str:
    """s with the titles it cites in book-title marks blanked out (their words are no part of the sentence's)."""
    return CITED_TITLE_RE.sub(lambda t: " " * len(t.group()), s) if "《" in s else s


def _period(text: str, s0: int, prefix: str) -> str | None:
    """'other' for a figure of another period than the year, 'up_to_date' for a figure up to a date."""
    if AMONG_START_RE.match(text, s0) and s0 > 0:
        prefix = text[sentence_start(text, s0 - 1) : s0] + prefix  # n09: 其中 details the sentence before
    # a title cited in book-title marks speaks of its own period (fresh40 o13: 召开《疫情发生以来,…情况》…新闻发布会)
    prefix = _uncited(prefix)
    if (
        PERIOD_HINTS.intersection(prefix)
        and (other := OTHER_PERIOD_RE.search(prefix))
        and not (STARTED_ON_RE.fullmatch(other.group()) and YEAR_SINCE_RE.search(prefix, other.end()))
    ):
        # a figure for part of the year or several years is not the year's — but a start on a day, then the whole
        # year, is the year's since that day (fresh38 w26: 自2019年3月12日起,全年通过局微信公众号…共发布341条信息)
        return "other"
    if UP_TO_DATE_RE.search(prefix) and not THE_YEAR_RE.search(prefix):
        return "other" if "累计" in prefix else "up_to_date"
    return None


def _sites_alone(before: str, text: str, end: int) -> bool:
    """Whether the words before a figure name the body's websites, two of them or more (its government's portal and
    its own), and its paragraph names no other channel after it: the figure is all the body published (corpus d15:
    在市政府门户网站和法制办网站进行了主动公开信息27条，其中概况信息1条…; never fresh35 c32's …及本部门门户网站主动公开
    信息共计794条,通过政务新媒体(微信公众号)发布信息251条)."""
    if not TWO_SITES_RE.search(before):
        return False
    para_end = text.find("\n", end, end + PARAGRAPH_AFTER)
    return not NOT_A_SITE_RE.search(text, end, para_end if para_end >= 0 else end + PARAGRAPH_AFTER)


def _outlet_kinds(listed: str) -> set[str]:
    """The kinds of outlet a list names: the lake's channels, the press and notice boards as the other ways, and a
    platform of no channel (政府信息公开平台) as a kind of its own; two websites are one kind (seed 000)."""
    kinds = {c for c, rx in CHANNEL_OF.items() if rx.search(listed)}
    for item in LIST_MARK_RE.split(listed):
        if OUTLET_RE.search(item) and not any(rx.search(item) for rx in CHANNEL_OF.values()):
            kinds.add("proactive_other" if OTHER_OUTLET_RE.search(item) else "platform")
    return kinds


def _skip(text: str, metric: str, m: re.Match[str], value: float, sections: Sections) -> str | None:
    """Why a match is not the metric's value ('skip'; 'restart' to look again after its first word), or None."""
    if CHANGE_BEFORE_RE.search(text, max(0, m.start("num") - 16), m.start("num")):
        return "skip"  # 受理申请18件，比上年增加5件，均为网络申请 — a change from another year, not a count
    if RATE_RE.search(text, clause_start(text, m.start("num")), m.start("num")):
        return "skip"  # 平均每月主动公开政府信息30条, 日均更新5条 — a rate, not the year's count
    if metric in STOCKS and (grew := GREW_TO_RE.match(text, m.end())) and grew.group("unit") == m.group("unit"):
        return "skip"
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
        if "分别" in stretch and any(
            rx.search(text, clause_start(text, m.start()), m.start()) for c, rx in CHANNEL_OF.items() if c != metric
        ):
            return "skip"  # 网站、微博、微信分别发布…: the figures are the channels' in turn (respective_candidates)
        if metric == "proactive_website" and ONLINE_CHANNELS_RE.search(m.group()):
            return (
                "skip"  # 门户网站、“渭南发布”等政务新媒体主动公开…9400余条 (fresh18 y02): the website and the new media
            )
        joined = (
            (
                not CHANNEL_OF[metric].search(stretch)
                and (
                    CONJUNCTION_START_RE.match(stretch)
                    or (
                        stretch.startswith("、") and OUTLET_RE.search(stretch)
                    )  # fresh28 m04: 网站、信息查阅场所等公开…35829条
                )
            )
            or (
                # another kind of outlet listed between two of the channel's own (fresh29 n23: 通过区政府网站、爱渭滨APP、
                # 省市统计网站公开信息91条): the figure is the list's, not the channel's
                (stretch.startswith("、") or CONJUNCTION_START_RE.match(stretch))
                and len(_outlet_kinds(m.group()[: m.start("stretch") - m.start()] + stretch)) > 1
            )
        )
        # one of the ways listed after 包括, another after it (fresh52 al04: 其他方式包括今日头条公开265条、《浙江建设》
        # 杂志发布12期)
        if INCLUDES_RE.search(stretch) and NEXT_ITEM_RE.match(text, m.end()):
            return "skip"
        if ALL_CHANNELS_RE.search(stretch) or STRETCH_VETO_RE.search(stretch) or stretch.startswith("等") or joined:
            # 网站等平台 is every channel; 微信等新媒体 more than one; 网站回应… is not publishing; 局门户网站及政务新媒体
            # 平台合计发布… is two channels together (fresh5 j27), while 门户网站和部门网站 are both websites (seed 000)
            return "skip"
    if "分别" in text[clause_start(text, m.start()) : m.start("num")] and FIGURE_NEXT_RE.match(text, m.end()):
        return "skip"  # fresh26 j01: 县(市、区)、市直部门分别受理公开申请504件、246件 — each one's in turn, no total
    listed = m.groupdict().get("listed")
    if listed is not None and metric == "proactive_other":
        items = LIST_MARK_RE.split(listed)
        if not all(OUTLET_RE.search(i) and OTHER_OUTLET_RE.search(i) for i in items) or CHANNEL_RE.search(listed):
            return "skip"  # the other ways only when every outlet listed is the press or a board
    elif listed is not None:
        if STRETCH_VETO_RE.search(listed) or len(_outlet_kinds(listed)) < 2 or "分别" in m.group():
            return "skip"  # one channel's figure, or not what was published there
        if DISCLOSED_PART_RE.match(text, m.end(), m.end() + 20):
            return "skip"
    if value != 0 and (
        _merged(text, m.start())
        or (metric in CHANNEL_OF and CHANNEL_BEFORE_RE.search(text, max(0, m.start() - 8), m.start()))
    ):
        return "skip"  # a merged count is neither part (微博微信公开信息8226条 too); a merged zero is zero for both
    if value != int(value) and not metric.endswith("_yuan") and not m.group("mul"):
        return "skip"  # t17: 5.1余条 lost its 万; a count of items is whole
    if AMONG_RE.match(text, m.end(), m.end() + 10):
        return "skip"
    if stretch is not None and DISCLOSED_PART_RE.match(text, m.end(), m.end() + 20):
        return "skip"  # t24: 通过…网站发布信息4583条，其中主动公开各类政府信息2107条 — every post, not disclosures
    # a veto word before an earlier figure of the sentence is that figure's (fresh26 j26: 窗口受理信息公开咨询99人次,…,
    # 受理依申请公开政府信息5件 — the consultations are not the requests' matter)
    # — unless it is in the sentence's first clause, its subject's (d06: 区行政服务中心共受理申请121510件，办结121510件)
    # A veto word in the name of a body, when the sentence names disclosure requests outright, is that body's name:
    # the requests are the body's (fresh41 aa40: 区行政审批局本年新收到政府信息公开申请42件,…予以公开4件).
    named = DISCLOSURE_REQUEST_RE.search(text, s0, m.end()) is not None
    if metric.startswith(VETOED) and (
        _vetoed(text, min(s0 + _after_last_figure(prefix), clause_start(text, m.start())), m.end(), named)
        or _vetoed(text, s0, s0 + len(FIRST_CLAUSE_RE.match(prefix)[0]), named)
    ):
        return "skip"
    if metric in ("online_interviews", "proactive_gazette") and MEDIA_RE.search(clause):
        return "skip"  # fresh12 r26: 在中国日报网、红网、《湖南日报》…等公报公开…35条 — the press, not the gazette
    if metric == "proactive_other" and _press_figure_beside(text, m):
        # fresh26 j29: 通过新闻报刊公开信息65条…;通过其他方式公开信息113条 — the other ways are the press's and the
        # rest's together (the catalog's 其他方式 / 报刊、广播): either figure alone is a part, their sum not printed
        return "skip"
    if (
        metric.startswith("proactive_")
        and (sent := SUBMITTED_RE.search(text, clause_start(text, m.start()), m.start("num")))
        and not DIGIT_RE.search(text, sent.end(), m.start("num"))
    ):
        # fresh36 s30: 向省政府办公厅送交主动公开政府信息(主动公开文件)12件 — sent up, not published (not a verb of an
        # earlier phrase, fresh32 r25: 及时报送信息公开年度报告2021政府信息主动公开70条)
        return "skip"
    if metric == "proactive_total" and REQUESTED_RE.search(text, m.start(), m.start("num")):
        return "skip"  # fresh46 af16: 共收到群众要求公开政府信息21件 — requests, not what was disclosed
    # what a body has (staff, query rooms) is had now, whenever its work began (fresh13 s07: 自2004年5月起开展…，目前已
    # 配备了6名全职工作人员)
    if metric == "proactive_total" and listed is None:
        tail = prefix[_after_last_item(prefix) :] + text[m.start() : m.start("num")]
        own = tail[max(tail.rfind("，"), tail.rfind(",")) + 1 :]  # the figure's own clause
        if any(
            CHANNEL_RE.search(t)
            and not (ALL_CHANNELS_RE.search(t) and not NEW_MEDIA_ONLY_RE.search(t))
            and not ONLINE_CHANNELS_RE.search(t)
            and not MAIN_CHANNEL_RE.search(t)  # the main one of the channels: all of theirs (fresh50 aj27)
            and not _sites_alone(t, text, m.end())
            for t in (own, tail)
        ):
            # d20, t05: 通过政府门户网站（，）主动公开信息138条 is the website's figure, not the total; so is fresh7
            # l10's 采用门户网站、政务微信…等多种渠道公开政府信息，在…官方网站对应栏目主动公开信息411条 — up to a
            # date or not (fresh30 p29: 截至2022年12月31日,我乡通过县政府门户网站主动公开信息15条)
            return "skip"
        if (via := VIA_OUTLET_RE.search(own)) and not ALL_CHANNELS_RE.search(own, via.start()):
            return "skip"  # 通过今日头条发布信息300条, 通过村务公开栏公开…: one outlet's items, not the year's whole
    period = (
        None if metric in STOCKS else _period(text, s0, prefix + text[m.start() : m.start("num")])
    )  # 自2008年以来累计… may open the match
    if period == "other":
        return "skip"
    if metric == "proactive_total" and (
        (
            "累计" in prefix[-12:] + m.group()
            and (
                NEW_AMONG_RE.search(text, m.end(), sentence_span(text, m.start())[1])
                or NEW_NEXT_RE.match(text, m.end())
            )
        )
        # fresh24 g32: 本局2008年全年主动公开政府信息3320条，其中全文电子化达100%，本年度新增的主动公开信息289条 —
        # the year's new items said after: the first figure is the stock, 累计 or not
        or YEAR_NEW_INFO_RE.search(text, m.end(), sentence_span(text, m.start())[1])
    ):
        # fresh16 w37: 累计主动公开政府信息272条。2010年新增主动公开政府信息57条 — the stock, then the year's
        return "skip"
    if metric.startswith("proactive_") and BY_YEARS_RE.match(text, m.end()):
        return "skip"
    # an item of a list under one 累计, no year said before it (fresh50 aj29: …管理系统,累计公布地方性法规80条、政府规章
    # 120条(…),规范性文件1044条(现存有效140条…)): a stock
    if (cum := CUMULATIVE_LIST_RE.search(prefix)) and not YEAR_WORD_RE.search(prefix, 0, cum.start()):
        return "skip"
    if (
        metric == "proactive_total"
        and "累计" in text[(c0 := clause_start(text, m.start())) : m.start("num")]
        and ITEM_FIGURE_RE.search(text, s0, c0)
    ):
        return "skip"  # fresh38 w23: 2023年度我局主动公开政府信息44件,累计主动公开政府信息2305条 — the year's, then the stock
    if metric.startswith("staff") and TRAINING_RE.search(text, clause_start(text, m.start()), m.end() + 8):
        return "skip"  # 培训政府信息公开工作人员200人, 组织…工作人员120人参加培训: the trained, not the staff
    if metric.startswith("staff") and "发言人" in prefix:
        return "skip"  # fresh37 v10: …科长为高新区新闻发言人,并配备一名工作人员 — the spokesman's aide, not the staff  # fresh8 m12: 累计主动公开…275条，…其中，本年度新增的…32条 — a stock and the year's new part
    if metric == "proactive_total" and (k := KIND_AMONG_RE.search(prefix)) and k.end() == len(prefix):
        return "skip"  # fresh30 p27: …154条。其中,行政法规规章和规范性文件主动公开政府信息1条、… — a kind among them
    if (
        metric == "proactive_total"
        and AMONG_START_RE.match(prefix)
        and ITEM_FIGURE_RE.search(prefix)
        and not SUMMING_RE.search(text, m.start(), m.start("num"))
    ):
        # fresh33 a05: 其中,履职依据13条,…,2022年重大项目公开信息7条 — an item of the total's kinds; not the sum the
        # list ends on (fresh22 e05: 其中,…网站更新信息14条,政务新媒体更新486条、全年总计更新主动公开信息500条)
        return "skip"
    if metric == "proactive_total" and PROACTIVE_PART_RE.match(text, m.end()) and not PROACTIVE_RE.search(clause):
        return "skip"  # fresh42 ab20: 公开信息687条,其中主动公开668条,依申请公开19条 — more than the proactive items
    if metric == "proactive_total" and m.group().startswith("其中"):
        # …and that part is the total only after a figure of all that was disclosed, itself not said to be proactive
        # (fresh27 k08: 主动公开政府信息共计301条,其中主动公开政府信息数15条; fresh30 p39: 产生政府文件信息22条,其中主动公开14条)
        before = text[clause_start(text, m.start() - 1) : m.start()]
        if PROACTIVE_RE.search(before) or not DISCLOSING_RE.search(before):
            return "skip"
    if metric == "proactive_total" and KEY_AREAS_RE.search(text, clause_start(text, m.start()), m.start("num")):
        return "skip"  # fresh41 aa17, aa29: 全年重点领域信息公开218条 — the key areas' items, a part of the year's
    if metric == "proactive_total" and INSIDE_PARTS_RE.search(prefix):
        return "skip"  # fresh20 t20: 网站发布信息426条(其中:概况类信息265条,…,信息公开目录主动公开信息8条) — a part
    if m.groupdict().get("enum") is not None and not ENUMERATED_RE.search(
        text, sentence_start(text, s0 - 1) if s0 and AMONG_START_RE.match(prefix) else s0, m.start()
    ):
        return "skip"  # a channel and a bare figure stand for its items only in a list after a publishing total
    if (
        metric in REQUEST_WAYS
        and "申请" not in prefix + m.group()
        and "信息公开" not in m.group()
        and not (text[s0 - 1 : s0] in ("；", ";") and "申请" in text[sentence_start(text, s0 - 1) : s0])
    ):
        # 网上接收35件 is a request count only in a sentence about requests, or in the next item of its list after a
        # semicolon (fresh34 b24: …通过信函提交申请的171件,占比16.3%;当面提交13件)
        return "skip"
    if (
        metric in CHANNEL_OF
        and (listed_before := LISTED_BEFORE_RE.search(text, clause_start(text, m.start()), m.start()))
        and OUTLET_RE.search(listed_before.group("item"))
        and not CHANNEL_OF[metric].search(listed_before.group("item"))
    ):
        return "skip"  # fresh13 s34: 通过政府信息公开平台、政府网站…12条 — two outlets' figure, not the website's alone
    lumped = (
        LUMPED_OTHER_RE.search(text, clause_start(text, m.start()), m.end()) if metric == "proactive_other" else None
    )
    if lumped and (
        NEW_MEDIA_RE.search(lumped.group("named"))
        or any(rx.search(lumped.group("named")) for c, rx in CHANNEL_OF.items() if c != metric)
    ):
        return "skip"  # fresh f22: 微信微博等其他途径…18390条 lumps the named channels with the rest
    if (
        metric == "requests_closed"
        and CLOSING_RE.search(m.group())
        and "申请" not in prefix + m.group()
        and (
            (
                "申请" not in text[sentence_start(text, max(s0 - 1, 0)) : s0]
                and not _about_requests(heading_before(text, m.start()))
            )
            or OTHER_MATTER_RE.search(prefix)
        )
    ):
        # 已答复37件 closes requests only in a sentence about them; so does a bare 办结 (fresh16 w09: 受理群众网上来访
        # 信件34件，办结34件 — letters, not requests), even under the requests' heading when the sentence names another
        # matter received (受理行政许可事项356件，办结356件)
        return "skip"
    if metric in ("requests_total", "requests_closed") and REQUESTS_LISTED_NEXT_RE.match(text, m.end()):
        return "skip"  # fresh22 e24: 通过政府门户网站共办理并答复信息公开申请3件、纸质申请36件 — one way's of two
    if (
        metric in CHANNEL_OF
        and PUBLISH_RE.search(
            m.group()
        )  # the channel's own clause, not an item of a list (seed 003: …、微博543条，其他信息912条)
        and (nxt := NEXT_KIND_RE.match(text, m.end()))
        and not NEXT_KIND_VETO_RE.search(nxt.group("noun"))
        and int(nxt.group("num")) > value
    ):
        # fresh15 v27: …网…公开政府信息4条，政策文件18条 — the channel's items of one kind of two, the next more than
        # the first, so no part of it (fresh6 k04: 网站…公开信息506条，政策法规类13条… is the whole, then its parts)
        return "skip"
    # (the year's items named by kinds too, fresh23 f11: 2022年公开各类部门文件、…、财政资金等信息318条)
    kinds = (
        KINDS_ETC_RE.search(text, m.start(), m.end()) if metric in CHANNEL_OF or metric == "proactive_total" else None
    )
    if kinds and all(OTHER_KINDS_RE.search(kind) for kind in kinds.group().split("、")):
        return "skip"  # 网站发布政策解读、回应关切等信息35条: only kinds other metrics count, not the site's items
    if metric in CHANNEL_OF and "图文" in m.group() and text.startswith("次", m.end()):
        return "skip"  # fresh9 n10: 推送图文信息584条次 counts pushes, not items (微信公众号发布图文54条 does, fresh21 c03)
    if (
        metric == "outcome_denied"
        and m.group().startswith("不公开")
        and "申请" not in text[sentence_start(text, max(s0 - 1, 0)) : m.start()]
    ):
        return "skip"  # 不公开 said short is a request's outcome only after requests (fresh7 l19: 发文数42件,公开的42件,不公开的0件)
    if (
        metric == "lawsuits"
        and m.group().startswith("诉讼")
        and text[m.start() - 1 : m.start()] in ("，", ",", "、", "；", ";")
        and not RECONSIDERATION_CLAUSE_RE.search(prefix)
    ):
        return "skip"  # a bare 诉讼 opening its clause is a lawsuit count only after the reconsiderations' figure
    if metric.startswith("t4.reconsideration.") and ("复议" not in prefix or "诉讼" in prefix):
        return "skip"  # 结果维持18件 is a reconsideration's result only after the reconsiderations, before any lawsuit
    if metric.startswith("t3.") and "累计" in prefix:
        # wide t18: 各级行政机关累计办理…申请11238件，结转下年度继续办理246件 — a sum over agencies, not the table's; the
        # whole jurisdiction's figures without it are (fresh17 x08 全区各级行政机关共收到…结转下年度继续办理2件, fresh19
        # z24 全市共受理…结转上年9件)
        return "skip"
    if metric == "query_points" and QUERY_PLACES_NEXT_RE.match(text, m.end()):
        return "skip"  # fresh13 s08: 1个信息公开查阅室和7个信息查阅点 — one kind of place of two, no total printed
    if (
        metric.startswith("outcome_")
        and m.start("num") == m.start()
        and "申请" not in prefix
        and not (prefix.startswith("其中") and "申请" in text[sentence_start(text, max(s0 - 1, 0)) : s0])
    ):
        # 12件已主动公开 tells what became of requests only after them (not of documents issued) — in its sentence, or
        # in the one before when its own opens with 其中 (fresh46 af30: 共受理…依申请公开11宗…。其中,1宗不予公开)
        return "skip"
    if metric == "requests_total":
        if REQUEST_CHANNEL_RE.search(text, clause_start(text, m.start()), m.start() + 8):
            return "skip"  # n23: 网站受理依申请公开9件 — the requests that came in one way, a part
        label = text[m.start() : m.start("num")] + text[m.end("num") : m.end()]
        if BARE_REQUEST_FIGURE_RE.fullmatch(label) and not _about_requests(heading_before(text, m.start())):
            return "skip"  # 收到申请19件 (or 收到19件申请) is a disclosure request only under a heading about them
        end = sentence_span(text, m.start())[1]
        carried = CARRIED_OVER_RE.search(text, m.end(), end)
        if (carried and not DIGIT_RE.search(text, m.end(), carried.start())) or INCLUDES_CARRIED_RE.match(
            text, m.end()
        ):
            # t17: 申请234件，其中办理上年度结转申请6件 — not the 其中 of a later figure (fresh36 s01: 共收到…13件,已答复
            # 13件,其中,上年结转答复1件 — the answers held last year's)
            return "skip"
    if metric == "interpretations" and ONE_FORM_RE.search(m.group()) and "各类" not in m.group():
        return "skip"  # fresh48 ah15: 制作政策图解18篇,…,制作视频解读7篇 — one form's count, not the interpretations
    if metric.startswith("outcome_"):
        if CLASSIFIED_RE.search(prefix):
            return "skip"
        if m.start("num") > m.start() and text.startswith("内容", m.end()):
            # fresh46 af07: 3条…涉及经济安全,不予公开1条内容本机关未制作 — a mark lost: the figure opens the next item
            # (its 内容), not the answer's count before it
            return "skip"
        before = text[sentence_start(text, max(s0 - 1, 0)) : m.start()]  # this sentence and the one before
        if text.startswith(("予以公开", "公开", "不存在"), m.start()) and not REQUEST_CONTEXT_RE.search(before):
            # 予以公开 also says information was made public, and a list's 公开N件 or 不存在N件 need not be answers:
            # as an answer each follows a request
            return "skip"
    if (
        metric in CHANNEL_OF
        and "动态" in m.group()
        and not kinds  # (…、镇村工作动态各类信息297条 names every kind, fresh25 i02)
        and (kind := KIND_LISTED_NEXT_RE.match(text, m.end()))
        and not CHANNEL_RE.search(kind.group())
    ):
        # fresh18 y25: 门户网站主动公开工作动态33条、乡镇建设12条… — one kind of the site's items (but 政府网站发布工作
        # 动态27条,微信公众号发布信息198条 lists channels, fresh16 w11)
        return "skip"
    if (
        (metric == "proactive_total" or metric in CHANNEL_OF)
        and KIND_AFTER_RE.match(text, m.end())
        and not (metric in ACCOUNTS and text.startswith("稿件", m.end()))
    ):
        # 网站发布了72条权威解读 (fresh19 z25): the noun after a count names what it counts — one kind; but an
        # account's 稿件 are its posts (fresh36 s38: “健康舟山”微信平台累计发布365篇稿件)
        return "skip"
    if metric == "lawsuits" and AFTER_REVIEW_RE.search(text, max(0, m.start() - 12), m.start() + 2):
        return "skip"  # 经复议后起诉的行政诉讼0件 (fresh17 x08) counts only the suits after a review: not all suits
    if (
        metric in ("reconsiderations", "lawsuits", "complaints")
        and not DISCLOSURE_RE.search(text[_semicolons_back(text, s0) : m.end()])
        and (
            (sections.title(m.start()) and not sections.about_disclosure(text, m.start()))
            or (prefix.endswith("受理") and metric != "complaints")
        )
    ):
        # n23: 全县共受理行政复议4件 under 一、概述 — the county as reviewing organ; fresh52 al23: 共接到举报投诉658件
        # under 五、举报投诉处理情况 — every complaint the street handled, none said to be about disclosure
        return "skip"
    # a figure up to a day of the year lands as such — once every guard above has let it through (fresh34 b23: 截至目前
    # …收到…热点问题共5条,回复办结5条 — mailbox messages closed, not requests)
    return "up_to_date" if period else None


TRAINING_RE = re.compile(r"培训|参训|轮训|培养|学习|考核")
# A kind of item named after its count (72条权威解读, 15条新闻动态): the count is that kind's, not all information's.
KIND_AFTER_RE = re.compile(r"(?:权威|解读|政策解读|图解|新闻|动态|工作动态|政务动态|视频|图片|稿件|文章|通知公告|公告)")
# (not the figure's own 其中, nor a comparison with another year's: 动态202条，比上年增加23条)
KIND_LISTED_NEXT_RE = re.compile(rf"[、，,](?!其中|{COMPARISON})[^，,。；;\d\n]{{1,10}}?\d+(?:条|篇)")
AFTER_REVIEW_RE = re.compile(r"复议后(?:起诉|提起|再起诉)")
# A stretch after a channel that opens by joining another to it (网站及微博…, 网站和…); 及时 (in good time) joins nothing
# (fresh49 ai19: 在…政务公开网站及时发布各类信息79条).
CONJUNCTION_START_RE = re.compile(r"以及|及(?!时)|和|与")


def _search_from(rx: re.Pattern[str], text: str, pos: int) -> re.Match[str] | None:
    return rx.search(text, pos)


def _figure_first(text: str, rx: re.Pattern[str], verb: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """The matches of a rule led by its figure, searched only just before each match of its verb."""
    last = 0
    for v in verb.finditer(text):
        m = rx.search(text, max(last, v.start() - FIGURE_REACH), v.end() + 4)
        if m and m.start() <= v.start() < m.end():
            last = m.end()
            yield m


def prose_candidates(text: str) -> list[Candidate]:
    out = []
    sections = Sections(text)
    hits = literal_hits(text)
    found_literals = set(hits)  # a set, so that each rule's intersection runs over the fewer of the two
    places: dict[int, list[int]] = {}  # by START_KEYS
    for (metric, rx), required, source, verb, anchors, keys, first, key in zip(
        COMPILED, REQUIRED, SOURCES, VERBS, ANCHORS, ANCHOR_KEYS, FIRST_CHARS, START_KEYS, strict=True
    ):
        if required is not None and required not in hits:
            continue
        if keys is not None:
            if (starts := places.get(key)) is None:
                found = keys & found_literals
                starts = places[key] = _match_starts(anchors, found, hits, text, first) if found else []
            if not starts:
                continue
            search = partial(_search_at, rx, starts)
        else:
            search = partial(_search_from, rx)
        anchored = _figure_first(text, rx, verb) if verb else None
        pos = 0
        while m := (next(anchored, None) if anchored is not None else search(text, pos)):
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
            if source != "lower_bound" and qualifiers_conflict(
                m.group("pre"), m.group("post") or m.group("mid"), after
            ):
                continue  # fresh37 v05: 近200余条 — nearly or more than: no certain figure
            qual = (
                "at_least"
                if source == "lower_bound"
                else qualifier_of(m.group("pre"), m.group("post") or m.group("mid"), after)
            )
            s0 = sentence_start(text, m.start())
            # (a title cited in book-title marks names no sub-unit: fresh42 ab17 《…市级统筹实施意见》)
            prefix = _uncited(text[s0 : m.start()])
            c0 = clause_start(text, m.start())
            own_clause = _uncited(text[c0 : m.end()])
            # A marker earlier in the sentence scopes this clause unless the clause opens with its own label
            # (seed 004: 全年市政府网站公开…近万条，政府网站公开政府信息数4850条 — the second is the whole's).
            inherits = bool(VERB_START_RE.match(text, c0))
            # (the prefix's markers found in the sentence through the figure: 其中市商务局门户网站 is the body's own
            # site, not a part 其中市商务局 cut off before 门户网站 — fresh12 r08)
            before = [u for u in SUBUNIT_RE.finditer(_uncited(text[s0 : m.end()])) if u.end() <= m.start() - s0]
            scoped = bool(SUBUNIT_RE.search(own_clause) and not ALL_PARTS_RE.search(own_clause)) or (
                inherits and bool(before) and not ALL_PARTS_RE.search(prefix)
            )
            out.append(
                Candidate(
                    metric, value, qual, m.start(), m.end(), scoped, "up_to_date" if why == "up_to_date" else source
                )
            )
    return out + respective_candidates(text) + figure_first_candidates(text) + table_two_candidates(text)


# A figure before its channel (fresh8 m17: 其中369条通过政府网站公开，28条通过政务微信公开): found from each 通过, the
# figure looked for just before it — a rule starting with the number would try every digit of the text.
VIA_CHANNEL_RE = re.compile(
    r"通过[^，,。；;\d\n]{0,8}?(?:" + "|".join(f"(?P<{c}>{CHANNELS[c]})" for c in CHANNELS) + rf")(?:主动)?{PUBLISH}"
)
FIGURE_BEFORE_RE = re.compile(r"(?<![\d.])(?P<num>\d+)(?P<unit>条|项|件|篇|份)(?:信息)?\Z")


def figure_first_candidates(text: str) -> list[Candidate]:
    out = []
    pos = text.find("通过")
    while pos >= 0:
        if (m := VIA_CHANNEL_RE.match(text, pos)) and (f := FIGURE_BEFORE_RE.search(text, max(0, pos - 16), pos)):
            metric = m.lastgroup
            start = f.start()
            if not _skip_period(text, start):
                scoped = bool(SUBUNIT_RE.search(text[clause_start(text, start) : m.end()]))
                out.append(Candidate(metric, float(f.group("num")), "exact", start, m.end(), scoped, "prose"))
        pos = text.find("通过", pos + 2)
    return out


@lru_cache(maxsize=1)
def _table_two_labels() -> tuple[re.Pattern[str], re.Pattern[str], dict[tuple[str, str], str]]:
    """Table 二's row labels and count column labels as prose may write them (本年 dropped: 制发件数2件, 处理决定数量776件;
    废止数量0条), one named group each, and the metric of each (row group, column group) pair of either template."""
    from tasks.template.table2 import BLOCKS, DELTA_HEADER

    metric_of: dict[tuple[str, str], str] = {}
    for blocks in BLOCKS.values():
        for block in blocks:
            for j, h in enumerate(block.headers):
                if h == DELTA_HEADER or "金额" in h:
                    continue  # a change is a signed word, an amount has its own unit: never read from prose
                # (the 2021 columns' 件数 also said 数 or 数量: 废止数量0条, 现行有效数0)
                column = re.sub(r"^本年", "", h).replace("件数?", "件?数量?")
                for row, metrics, scale in block.rows:
                    if metrics and scale == 1:
                        metric_of[row, column] = metrics[j]
    rows = {r: f"r{i}" for i, r in enumerate(sorted({r for r, _ in metric_of}, key=len, reverse=True))}
    columns = {c: f"c{i}" for i, c in enumerate(sorted({c for _, c in metric_of}, key=len, reverse=True))}
    row_re = re.compile("|".join(f"(?P<{g}>{r})" for r, g in rows.items()))
    column_re = re.compile(
        r"(?:本年度?)?(?:" + "|".join(f"(?P<{g}>{c})" for c, g in columns.items()) + ")"
        r"(?:为|是|共|达)?[:：]?(?P<num>\d+)(?P<unit>件|项|条|个|宗|份)"
    )
    return row_re, column_re, {(rows[r], columns[c]): m for (r, c), m in metric_of.items()}


def table_two_candidates(text: str) -> list[Candidate]:
    """Table 二's counts said in prose with the table's own labels, the row's label before its column's in the same
    sentence (fresh3 h12: 本年出台行政规范性文件:制发件数2件,废止件数1件,现行有效件数22件。行政许可2022年处理决定数量
    450项; fresh23 f08: 行政许可处理决定数量776件;其他对外管理服务事项…处理决定数量0件) — each count the nearest row
    label's; landed only in a template's era and where the table itself gives none (extract.py)."""
    if "数" not in text:
        return []
    row_re, column_re, metric_of = _table_two_labels()
    out = []
    for m in column_re.finditer(text):
        s0 = sentence_start(text, m.start())
        rows = list(row_re.finditer(_uncited(text[s0 : m.start()])))
        if not rows:
            continue
        row = rows[-1]
        column = next(g for g, v in m.groupdict().items() if v is not None and g.startswith("c"))
        if metric := metric_of.get((row.lastgroup, column)):
            out.append(Candidate(metric, float(m.group("num")), "exact", s0 + row.start(), m.end(), False, "prose"))
    return out


# Channels named together, then their figures in the same order after 分别 (fresh7 l24: 在街道政务微博微信公开信息
# 分别为545条和378条): each its own. Without 分别 the joined figure is neither's (see _merged).
RESPECTIVE_CHANNELS = ("proactive_website", "proactive_gazette", "proactive_weibo", "proactive_wechat")
# Other accounts listed among them take a figure in turn but are no channel of the lake (fresh36 s37: 新浪微博、微信公众号和
# 今日头条号分别发布信息2433、1664和2247条).
OTHER_ACCOUNTS = "今日头条号|今日头条|头条号|抖音号|抖音|视频号|快手号|快手"
OTHER_ACCOUNT_RE = re.compile(OTHER_ACCOUNTS)
_CHANNEL_WORDS = "|".join(f"(?:{CHANNELS[c]})" for c in RESPECTIVE_CHANNELS) + f"|{OTHER_ACCOUNTS}"
RESPECTIVE_RE = re.compile(
    # each account may be named after its channel (fresh14 u28: 官方微博“河西发布V”、微信公众号“河之西”分别…) or by a
    # name that holds it (fresh34 b02: 微信公众号、“绥阳政务微博”分别发布信息584条、267条) — a quoted name before a
    # channel is that account's name, no channel (b01: “桐梓县人民政府网”微博、微信公众号…分别…)
    rf"(?P<chs>(?:(?:“[^”\n\d、]{{0,8}}?(?:{_CHANNEL_WORDS})(?:公众号|公众平台)?”(?!{_CHANNEL_WORDS})|(?:{_CHANNEL_WORDS})"
    rf"(?:公众号|公众平台)?)(?:“[^”\n\d]{{1,15}}”)?[、和及与]?"
    r"(?:政务|官方)?){2,4})"
    r"[^。；，,\d\n]{0,12}?"
    r"分别(?:累计)?(?:为|是|有|达|(?:发布|公开|推送|更新|公布)了?)?(?:各类|各项)?(?:政府|政务)?(?:信息)?"
    # each figure with its unit, or the unit said once after the last (2433、1664和2247条)
    r"(?P<nums>\d+(?:条|篇|件)(?:[、和及与，,]\d+(?:条|篇|件)){1,3}|\d+(?:[、和及与，,]\d+){1,3}(?:条|篇|件))"
)
RESPECTIVE_NUM_RE = re.compile(r"\d+")
FIGURE_NEXT_RE = re.compile(r"[、和及与，,]\d")
# The press or broadcasting given its own figure (通过新闻报刊公开信息65条).
PRESS_FIGURE_RE = re.compile(r"(?:报刊|报纸|新闻媒体|电视|广播)[^。；;\n\d]{0,12}?\d+(?:条|篇|次)")


LAST_FIGURE_RE = re.compile(r"\d+[^\d，,。；;]{0,3}(?=[，,；;][^\d]*\Z)")


def _after_last_figure(prefix: str) -> int:
    """Where the clauses after the prefix's last figure begin (0 when it holds none)."""
    m = LAST_FIGURE_RE.search(prefix)
    return m.end() if m else 0


SUMMING_RE = re.compile(r"总计|合计|共计|总共|全年")
# A figure of published items; an account's followers, a share or a rise (粉丝用户19.9万余人,同比增长11.2%) count
# no items and leave the channel the sentence is about its subject.
# A list of items with their figures under one 累计 (a stock, with no year said before it), up to the figure's own item.
CUMULATIVE_LIST_RE = re.compile(
    r"累计(?:公布|发布|公开|收录|录入|上传|制定|出台|审查|备案|清理)(?:了)?"
    r"(?:[^，,。；;、\d\n]{1,12}?\d+(?:条|件|个|部|项|篇|份)(?:[（(][^（()）\n]{0,40}[）)])?[、，,])+\Z"
)
YEAR_WORD_RE = re.compile(rf"{THE_YEAR_RE.pattern}|(?:19|20)\d{{2}}\s?年")  # the year named, or any year
ITEM_FIGURE_RE = re.compile(r"\d(?:[\d.]*)(?:[万千百]|余|多)*(?:条|篇|件|项|份|期|次)")


def _after_last_item(prefix: str) -> int:
    """Where the prefix's text after its last figure of items begins (0 when it holds none)."""
    ends = [m.end() for m in ITEM_FIGURE_RE.finditer(prefix)]
    return ends[-1] if ends else 0


# The sentence's first clause, where its subject stands — not a clause opening with 在, a place for its own figure
# (fresh18 y16: 在内蒙古政务服务网电子门户对外展示依申请事项1209项,…,发布政策解读16条)
FIRST_CLAUSE_RE = re.compile(r"(?!\s*在)[^，,]*|")


def _press_figure_beside(text: str, m: re.Match[str]) -> bool:
    """Whether the match's line gives the press or broadcasting a figure of its own, apart from the match."""
    start = text.rfind("\n", 0, m.start()) + 1
    end = text.find("\n", m.end())
    return any(
        p.end() <= m.start() or p.start() >= m.end()
        for p in PRESS_FIGURE_RE.finditer(text, start, end if end >= 0 else len(text))
    )


# The ways requests came in, listed, then their figures in turn (fresh26 j01: 当面申请、网上申请占主体,分别为366件、196件).
RESPECTIVE_WAYS = {word: metric for metric, words in REQUEST_WAY_WORDS for word in words}
_WAY = f"(?:{'|'.join(RESPECTIVE_WAYS)})(?:申请|提交|方式)?"
RESPECTIVE_WAYS_RE = re.compile(
    rf"(?P<ways>(?:{_WAY}[、和及与]){{1,3}}{_WAY})[^。；，,\d\n]{{0,8}}?[，,]?分别(?:为|是|有)?"
    r"(?P<nums>\d+件(?:[、和及与，,]\d+件){1,3})"
)
RESPECTIVE_WAY_RE = re.compile("|".join(RESPECTIVE_WAYS))


def respective_candidates(text: str) -> list[Candidate]:
    """Channels, or the ways requests came in, listed, then their figures in turn after 分别."""
    if "分别" not in text:
        return []
    out = []
    for m in RESPECTIVE_RE.finditer(text):
        chs = m.group("chs")
        found = sorted(
            [(x.start(), c) for c in RESPECTIVE_CHANNELS for x in CHANNEL_OF[c].finditer(chs)]
            + [(x.start(), "") for x in OTHER_ACCOUNT_RE.finditer(chs)]
        )
        out += [c for c in _in_turn(text, m, [c for _, c in found]) if c.metric]
    for m in RESPECTIVE_WAYS_RE.finditer(text):
        out += _in_turn(text, m, [RESPECTIVE_WAYS[w.group()] for w in RESPECTIVE_WAY_RE.finditer(m.group("ways"))])
    return out


def _in_turn(text: str, m: re.Match[str], metrics: list[str]) -> list[Candidate]:
    """Each metric listed with the figure in its place, when each is listed once and has one (else no certain
    pairing)."""
    values = [float(v) for v in RESPECTIVE_NUM_RE.findall(m.group("nums"))]
    named = [c for c in metrics if c]  # '' for an account the lake has no column for, still taking its figure
    if len(set(named)) != len(named) or len(metrics) != len(values) or _skip_period(text, m.start()):
        return []
    return [Candidate(c, v, "exact", m.start(), m.end(), False, "prose") for c, v in zip(metrics, values, strict=True)]


def _skip_period(text: str, pos: int) -> bool:
    s0 = sentence_start(text, pos)
    return _period(text, s0, text[s0:pos]) is not None


# --- explicit zeros -------------------------------------------------------------------------------------------
# A negation, then within its clause the thing that did not happen. Bare 无 is no negation here: 申请人无正当理由…
# is a table label (d11–d14).
# The template's own row label that opens with a negation (（四）无法提供 2.没有现成信息需要另行制作): no zero said.
TABLE_LABEL_NEGATION_RE = re.compile(T3_LABELS["unable_need_create"])  # as retyped too (没有现成信息，需要另行制作)
NEGATION_RE = re.compile(
    r"未被(?=[^，。；]{0,12}(?:复议|诉讼))|未办理(?=[^，。；]{0,16}(?:复议|诉讼))"  # 未被行政复议或诉讼 (fresh7 l21, l26)
    # (由于 for 因, 导致 for 引起, 有关 for 涉及: 无由于…被提起行政复议, 未导致行政复议, 无有关政府信息公开行政复议…)
    r"|未(?:曾|共)?(?:发生|新?收到|新收|接到|接获|接收到?|出现|产生|有|涉及|收取|收费|受理|对|向|因|由于|引起|引发|导致|提起)"
    r"|不涉及|没有(?:发生|新?收到|新收|接到|接获|接收到?|受理|出现|产生)?"
    r"|不存在(?=因|由于|涉及|针对|有关|向|收费|收取|(?:政府)?信息公开(?:的)?收费)|(?:全年|均|并|亦|暂)无"
    r"|无(?=一例|一起|一件|任何|收费|收取|因|由于|涉及|有关|针对|发生|此类|该类|相关|行政复议|行政诉讼|复议|诉讼|举报|投诉"
    r"|收到|接到|受理|依申请|政府信息依申请|涉(?:行政|复议|诉讼)|就|[提引]起"
    r"|申请|政府信息公开|信息公开)|暂不|不收"
)
ZERO_CASES: tuple[tuple[str, str], ...] = (
    (r"复议", "reconsiderations"),
    (r"诉讼|(?<!提)起诉", "lawsuits"),  # fresh15 v07: 引起行政复议或者行政起诉的案例
    (r"举报|投诉", "complaints"),
)
# Every metric an explicit zero can state.
ZERO_METRICS = ("reconsiderations", "lawsuits", "complaints", "requests_total", "fees_yuan", "info_processing_fee_yuan")
# The request that was not received (n07: 未收到要求公开其它信息的申请; t04/t10: 未收到依申请公开事项/请求). Never
# 依申请公开政府信息 alone: no information released on request is not no request (d17, n11, t16, t25).
ZERO_REQUEST_RE = re.compile(
    r"(?:政府信息公开|信息公开|公开政府信息|依申请公开(?:政府信息)?|公开[^，。；\d\n]{0,8}?)(?:的)?(?:申请|请求|事项|要求|事宜|诉求)"
    r"|(?:有关|相关)依申请公开(?:的)?内容"  # fresh23 f09: 我局未收到有关依申请公开内容
    r"|依申请公开件"  # fresh5 j30: 2021年度无依申请公开件 (fresh20 t11: 未收到依申请公开事宜; fresh19 z07: …办件)
    r"|(?<!依)申请公开(?:政府|政务)?信息(?:的)?(?:要求|情况|事项)"  # 无申请公开政府信息情况: the applying itself
    # (fresh44 ad06: 2021年我会无申请公开政务信息情况)
    r"|政府信息(?:公开)?(?:的)?申请"  # 未收到相关政府信息申请
    # f09: 没有发生依申请信息公开事件; fresh19 z15: 未产生依申请政府信息公开事例
    r"|依申请[^，。；\d\n]{0,8}?(?:事件|事例|案例)"
    # fresh15 v34: 未收到自然人、法人或其他组织申请公开相关政府信息 — the applicants named, then their applying
    r"|(?:公民|自然人|法人|其他组织)[^，。；\d\n]{0,12}?(?<!依)申请公开"
)
# What was not received, named by 依申请公开 alone at its clause's end or as letters (g24, g25, g29 of fresh2); 新收,
# the 2021 template's word for the year's new requests (本年度未新收政府信息公开申请), receives too.
RECEIVING = ("收到", "新收", "接到", "接获", "接收", "接收到", "受理")  # 未接获…依申请公开诉求 (fresh47 ag06)
RECEIVED_REQUEST_RE = re.compile(
    # (the ways it might have come named between: 未收到任何通过受理电话、网络平台、来信等方式提出的相关…, fresh25 i01;
    # whose: 未接收到社会公众依申请公开信件, fresh30 p02)
    r"(?:任何)?(?:通过[^，,。；;\d\n]{2,30}?(?:提出|提交)的)?(?:受理|办理)?过?(?:相关)?(?:社会公众|公众|群众)?(?:的)?(?:政府信息)?依申请(?:信息)?公开(?:政府)?(?:信息)?(?:的)?(?:来信|信件|申请|请求|事项|事宜|办件|件)?(?=[，,。；;\s]|$)"
    # (or whose: 没有收到任何公民申请公开政府信息的请求, fresh27 k08)
    r"|(?:任何)?(?:公民|群众|公众|个人)[^，,。；;\d\n]{0,12}?(?:的)?申请公开政府信息(?:的(?:请求|申请))?(?=[，,。；;\s]|以及|$)"
)
BARE_REQUEST_RE = re.compile(r"(?:收到|受理|接到)?(?:任何)?申请")  # 无申请 (n15), under the requests section only
# Disclosure on request as a happening that did not happen (fresh4 i06: 没有发生依申请公开信息的情况; fresh9 n22:
# 未发生过政府信息依申请公开的信息; n10: 没有受理过政府信息依申请公开) or as the matter of a 情况 that did not exist
# (fresh6 k10: 无依申请公开情况; fresh9 n34): no request came. 没有依申请公开政府信息 alone stays out (see above).
REQUEST_EVENT_RE = re.compile(r"(?:(?:受理|办理|答复)[、和及与]?){0,3}过?(?:政府信息)?依申请(?:信息)?(?:公开)?")
REQUEST_MATTER_RE = re.compile(r"(?:政府信息)?依申请(?:信息)?公开[^，。；;\d\n]{0,16}?情况")
NOT_REQUEST_MATTER_RE = re.compile(r"费|复议|诉讼|投诉|举报|咨询")
# Disclosure on request as the first of the matters listed that did not happen (无依申请公开和复议、诉讼和申诉的情况) —
# not beside 不予公开, a classification of information (fresh20 t30: 没有依申请公开及不予公开的信息类型); its 信息 too
# (fresh32 r32: 未收到任何形式的依申请公开信息、行政复议和行政诉讼).
LISTED_REQUEST_RE = re.compile(
    r"(?:任何(?:形式|方式)?的?)?(?:政府信息)?依申请(?:信息)?公开(?:政府)?(?:信息)?(?:申请)?(?=[和及、与][^，。；;\d\n]{0,12}?(?:复议|诉讼))"
)
HAPPENING = ("发生", "发生过", "出现", "出现过", "受理", "办理")  # 全年未出现依申请公开政府信息: none came
ZERO_FEE_RE = re.compile(r"处理费|收费|收取[^。；，]{0,8}?费|费用")
CHARGING_RE = re.compile(r"收取|收费|缴纳|缴费")
ZERO_CONTEXT_RE = re.compile(r"信息公开|公开政府信息|依申请|申请公开|政府信息申请|申请人|处理费|收费")
ZERO_WINDOW = 40
REVIEW_OR_SUIT_RE = re.compile(r"复议|诉讼")
REQUEST_FIGURE_RE = re.compile(r"(?:信息公开|依申请)[^。；\n]{0,20}?申请[^。；\n]{0,12}?\d+(?:件|起|宗)")
# A request named as an item of its own in a list of what did not happen, not the cause of what follows.
LISTED_NEXT_RE = re.compile(r"件?[及和与、，,]")
# One zero for reconsiderations and lawsuits named together (fresh7 l05: 因政府信息公开而被申请行政复议、提起行政诉讼的
# 案件0件): zero for each; a joined non-zero figure is neither.
JOINED_ZERO_RE = re.compile(  # starts at its literal: a leading optional word would be tried at every character
    r"复议(?:申请)?[、和及与或，,](?:提起|提出)?(?:行政)?诉讼(?:的)?(?:案件|情况)?(?:数量|数)?"
    r"[共计为均都是]{0,2}[0零〇](?:件|起|宗|例|个|次)?(?![\d.])"
)
JOINED_METRICS = ("reconsiderations", "lawsuits")
CONTINUED_SUIT_RE = re.compile(
    r"[，,](?:或|或者|及|和)?(?:被)?(?:提起|提出)(?:行政)?诉讼|[，,](?:或|或者|及|和)?行政诉讼"
)
CLAUSE_END_RE = re.compile(r"[。；;\n，,]")
# A comma written for the list mark 、 between two items of one kind (行政复议案，行政诉讼案; 举报，投诉、行政复议; 公民，
# 法人和其他组织): the list goes on past it. Each kind: the item the clause ends on, the item after the comma.
LISTED_KINDS = (
    (
        r"(?:复议|诉讼|申诉|举报|投诉|检举)(?:案件?|申请)?",
        r"(?:或|或者|及|和)?(?:申请|提起|提出|被)?(?:行政)?(?:复议|诉讼|申诉|举报|投诉|检举)",
    ),
    (r"公民|自然人|群众|公众|个人|业主|企业|法人", r"(?:公民|自然人|群众|公众|个人|业主|企业|法人|其他组织)"),
)
FIGURE_RE = re.compile(r"\d|[零〇一二两三四五六七八九十]+[件起宗例个次]")
COMMA_LISTED_RE = re.compile("|".join(f"(?:{item})[，,](?={after})" for item, after in LISTED_KINDS))
# The reviews and suits listed after the requests, with no verb of their own
LISTED_CASES_RE = re.compile(r"[，,](?:行政复议|行政诉讼)(?:[和及、或](?:行政复议|行政诉讼))?(?=[。；;\n，,]|$)")


# The kinds a channel's figure names after its verb (KINDS_ETC), when they are what other metrics count
KINDS_ETC_RE = re.compile(KINDS_ETC)
OTHER_KINDS_RE = re.compile(r"解读|回应|留言|咨询|答复|访谈|问答")
# A review's or suit's outcome after its name: what did not happen is that outcome, not the case.
RESULT_AFTER_RE = re.compile(r"(?:案件)?(?:结果)?被?(?:纠正|纠错|败诉|撤销|确认违法)")
JOINED_CASE_RE = re.compile(r"[、和及与或]\s*(?:行政)?")


def _zeros_in(window: str, title: str) -> list[tuple[str, int, str]]:
    """(metric, end of its keyword in the window, source) for what a negation's clause says did not happen."""
    cases = sorted(
        ((k, metric) for kw, metric in ZERO_CASES if (k := re.search(kw, window))), key=lambda c: c[0].start()
    )
    # an outcome after the last of cases listed is each one's (fresh24 g05: 没有…引起的行政诉讼、行政复议败诉)
    lost = [False] * len(cases)
    for i in range(len(cases) - 1, -1, -1):
        k = cases[i][0]
        lost[i] = bool(RESULT_AFTER_RE.match(window, k.end())) or (
            i + 1 < len(cases)
            and lost[i + 1]
            and bool(JOINED_CASE_RE.fullmatch(window, k.end(), cases[i + 1][0].start()))
        )
    if cases and all(lost):
        return []  # 区政府本级无…行政复议结果纠正和行政诉讼败诉案件 (fresh21 c02): no case lost, not no case
    cases = [c for c, was_lost in zip(cases, lost, strict=True) if not was_lost]
    if cases:
        found = [(metric, k.end(), "zero") for k, metric in cases]  # 未发生因…申请提起的行政复议: not the request
        first_case = min(k.start() for k, _ in cases)
        if (k := ZERO_REQUEST_RE.search(window, 0, first_case)) and LISTED_NEXT_RE.match(window, k.end()):
            found.append(("requests_total", k.end(), "zero"))  # 无受理政府信息公开申请件及…投诉、行政复议 (fresh7 l11)
        return found
    if "咨询" in window:
        return []  # d19: 未收到…咨询 is about consultations
    if "申请" not in window and (fee := _zero_fee(window, title)):
        return fee  # 未发生…政府信息公开收费和减免事项: fees, though 事项 ends it like a request
    if (charge := CHARGING_RE.search(window)) and ZERO_FEE_RE.search(window, charge.start()):
        return _zero_fee(window, title)  # fresh34 b30: 未向公开权利人收取依申请公开的任何费用 — no fee, not no request
    if k := ZERO_REQUEST_RE.search(window):
        return [("requests_total", k.end(), "zero")]
    if (
        (k := BARE_REQUEST_RE.match(window))
        and REQUEST_SECTION_RE.search(title)
        and not (NOT_REQUEST_SECTION_RE.search(title))
    ):
        return [("requests_total", k.end(), "zero")]
    return _zero_fee(window, title)


def _zero_fee(window: str, title: str) -> list[tuple[str, int, str]]:
    if (k := ZERO_FEE_RE.search(window)) and "行政事业性" not in window:
        if "处理费" in window or "处理费" in title:
            return [("info_processing_fee_yuan", k.end(), "zero")]
        if OTHER_MATTERS_RE.search(title):
            return [("info_processing_fee_yuan", k.end(), "fee_section")]  # t01: the 2021 template's section 六
        return [("fees_yuan", k.end(), "zero")]
    return []


PERSONS_RE = re.compile(r"公民|自然人|个人")
ORGANIZATIONS_RE = re.compile(r"法人|组织|企业|(?<![本我该])单位")
EVERYONE_RE = re.compile(r"群众|公众|社会|任何公民")  # the public: every applicant (fresh27 k08: 任何公民申请…的请求)


def _some_applicants(matter: str) -> bool:
    """The negated matter names persons or organizations as applicants, not both, nor the public: a part of them."""
    some = bool(PERSONS_RE.search(matter)) != bool(ORGANIZATIONS_RE.search(matter))
    return some and not EVERYONE_RE.search(matter)


def zero_candidates(text: str) -> list[Candidate]:
    """Explicit zeros: 未发生因政府信息公开引发的行政复议和行政诉讼 → reconsiderations 0, lawsuits 0."""
    out = []
    sections = Sections(text)
    for neg in NEGATION_RE.finditer(text):
        if TABLE_LABEL_NEGATION_RE.match(text, neg.start()):
            continue  # table 三's row label, run into the labels after it when a page lost its line breaks
        end_m = CLAUSE_END_RE.search(text, neg.end(), neg.end() + ZERO_WINDOW)
        end = end_m.start() if end_m else min(len(text), neg.end() + ZERO_WINDOW)
        if text.endswith("复议", 0, end) and (more := CONTINUED_SUIT_RE.match(text, end)):
            end = (
                more.end()
            )  # fresh17 x05: 未发生因政府信息公开申请行政复议,提起行政诉讼的情况 — one matter over a comma
        if text.endswith("申请", 0, end) and (more := LISTED_CASES_RE.match(text, end)):
            end = more.end()  # fresh21 c38: 未受理政府信息公开申请,行政复议和行政诉讼 — one negation over a list
        while (listed := COMMA_LISTED_RE.search(text, max(neg.end(), end - 8), end + 16)) and listed.end() == end + 1:
            more = CLAUSE_END_RE.search(text, end + 1, end + 1 + ZERO_WINDOW)
            further = more.start() if more else min(len(text), end + 1 + ZERO_WINDOW)
            if FIGURE_RE.search(text, end + 1, further):
                break  # a figure of its own after the comma (…行政复议，诉讼3件): a clause of its own, no item
            end = further
        if nxt := NEGATION_RE.search(text, neg.end(), end):
            end = nxt.start()  # fresh15 v28: 未接到政府信息公开申请且未出现…行政复议 — each negation its own matter
        s0 = sentence_start(text, neg.start())
        title = sections.title(neg.start())
        # A review or suit that did not happen, said right after the requests (fresh11 q29: …申请案件4件…。未发生行政
        # 诉讼情况。): the sentence before tells what it is about.
        before = (
            text[sentence_start(text, max(s0 - 1, 0)) : s0] if REVIEW_OR_SUIT_RE.search(text, neg.end(), end) else ""
        )
        # (or its section or subheading: 2020年，我镇无复议、诉讼和申诉情况发生 under （六）复议、诉讼和申诉情况)
        told = ZERO_CONTEXT_RE.search(text[s0:end]) or sections.about_disclosure(text, neg.start())
        if not told and not (before and REQUEST_FIGURE_RE.search(before)):
            continue  # 全县未发生行政复议 under 一、概述 need not be about disclosure
        if SUBUNIT_RE.search(text[s0 : neg.start()]):
            continue
        # A negation that holds its verb of charging (均未收费, 不收取) is read from that verb on.
        charging = neg.group().endswith(("收费", "收取", "不收"))  # (未接收 receives: fresh27 k32)
        at = neg.start() + neg.group().rfind("收") if charging else neg.end()
        found = _zeros_in(text[at:end], title)
        if (
            neg.group().endswith(RECEIVING)
            and (k := RECEIVED_REQUEST_RE.match(text, at, end))
            and all(f[0] != "requests_total" for f in found)
        ):
            # 未接收到依申请公开, 未收到依申请公开来信; …申请公开政府信息以及…举报、投诉 (fresh28 m37: a matter of its own)
            found = [("requests_total", k.end() - at, "zero"), *found]
        if not found and not NOT_REQUEST_MATTER_RE.search(text, at, end):
            event = neg.group().endswith(HAPPENING) or text.startswith(("受理", "办理"), at)
            k = REQUEST_EVENT_RE.match(text, at, end) if event else REQUEST_MATTER_RE.match(text, at, end)
            if k and "依申请" in k.group():
                found = [("requests_total", k.end() - at, "zero")]
        if (k := LISTED_REQUEST_RE.match(text, at, end)) and all(f[0] != "requests_total" for f in found):
            found = [*found, ("requests_total", k.end() - at, "zero")]  # fresh23 f34: 无依申请公开和复议、诉讼…的情况
        for metric, k_end, source in found:
            if metric == "requests_total" and _some_applicants(text[at:end]):
                continue  # 未收到法人或者其他组织…的申请 (fresh19 z38): none from them, not none at all
            out.append(Candidate(metric, 0.0, "exact", neg.start(), at + k_end, False, source))
    for m in JOINED_ZERO_RE.finditer(text):
        start = m.start() - 2 if text.startswith("行政", m.start() - 2) else m.start()
        s0 = sentence_start(text, start)
        if s0 > 0 and AMONG_START_RE.match(text, s0):
            s0 = sentence_start(text, s0 - 1)  # fresh9 n17: 共受理依申请公开17件…。其中发生行政复议、行政诉讼案件0件
        if ZERO_CONTEXT_RE.search(text[s0 : m.end()]) or SECTION_CONTEXT_RE.search(sections.title(start)):
            out += [Candidate(metric, 0.0, "exact", start, m.end(), False, "zero") for metric in JOINED_METRICS]
    for m in CARRIED_ZERO_RE.finditer(text):
        metric = "t3.carried_over.total" if m.group("over") or m.group("over2") else "t3.carried_forward.total"
        out.append(Candidate(metric, 0.0, "exact", m.start(), m.end(), False, "zero"))
    for m in NO_NORMATIVE_RE.finditer(text):
        if not SUBUNIT_RE.search(text, sentence_start(text, m.start()), m.start()):
            out.append(Candidate("normative_docs_issued", 0.0, "exact", m.start(), m.end(), False, "zero"))
    return out + listed_nones(text)


# No normative document issued (fresh29 n14: 未新增行政规范性文件; n27: 我镇未制定行政法规文本、行政规范性文件): zero
# issued; never one not cleared, filed or reviewed (未清理规范性文件 is other work).
NO_NORMATIVE_RE = re.compile(
    r"(?:未|没有)(?:新增|制定|出台|制发|印发)过?(?:任何)?(?:[^，,。；;\d\n、]{0,12}?、)?(?:行政)?规范性文件"
    r"(?![^，,。；;\n]{0,6}?(?:清理|备案|审查|审核|废止|解读)|的(?!情况))"  # nor 未制定规范性文件的单位
)


# No request carried over, or none carried forward (fresh21 c10: 无上年结转政府信息公开申请; fresh18 y10: 无结转下年度继续
# 办理件): table 三's carried totals, zero (landed in a template's era only, extract.py)
CARRIED_ZERO_RE = re.compile(
    r"(?:无|没有)(?:(?P<over>上一?年度?(?:结转|转结))|(?:结转|转结)(?:至|到)?下一?年度?)"
    r"(?:的|继续办理的?|办理的?)?(?:政府信息公开|依申请公开)?(?:申请|件)"
    r"|(?:无|没有)(?P<over2>上一?年度?(?:结转|转结))(?:的)?依申请公开(?![\u4e00-\u9fff])"  # fresh23 f24
)


# A list line whose value is 无 (fresh5 j07: 2.行政机关依申请公开政府信息的数量：无; fresh4 i02: …收费情况：无). Never a
# line about spending (与行政复议、行政诉讼有关的费用支出：无), consultations, or outcomes.
LABEL_NONE_RE = re.compile(
    r"^[ \t]*(?:\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]{1,2}[）)])?[ \t]*(?P<label>[^\n。：:]{4,40}?)[ \t]*[：:][ \t]*(?:无|没有)"
    r"[ \t]*[。；;]?[ \t]*$",
    re.MULTILINE,
)
# A numbered heading whose whole section is 无 (fresh15 v13: （二）依申请公开政府办理情况 / 无).
HEADING_NONE_RE = re.compile(
    r"^[ \t]*(?:[（(][一二三四五六七八九十\d]{1,2}[）)]|\d{1,2}[.、．]|[一二三四五六七八九十]{1,3}[、.．])[ \t]*"
    r"(?P<label>[^\n。：:，,]{4,40}?)[ \t]*[：:]?[ \t]*\n[ \t\n]*无[ \t]*[。；;]?[ \t]*$",
    re.MULTILINE,
)
NONE_LABEL_VETO_RE = re.compile(r"费用|支出|经费|咨询|不予|部分|答复|结果")


def listed_nones(text: str) -> list[Candidate]:
    """Zeros of a list whose lines name a count and answer 无."""
    out = []
    if "无" not in text and "没有" not in text:
        return out
    for m in (*LABEL_NONE_RE.finditer(text), *HEADING_NONE_RE.finditer(text)):
        label = m.group("label")
        if NONE_LABEL_VETO_RE.search(label) or SUBUNIT_RE.search(label):
            continue
        metrics = [metric for kw, metric in ZERO_CASES if re.search(kw, label)]
        if not metrics and re.search("收费|收取", label):
            metrics = ["fees_yuan"]
        elif not metrics and "申请" in label:
            metrics = ["requests_total"]
        out += [Candidate(metric, 0.0, "exact", m.start("label"), m.end(), False, "zero") for metric in metrics]
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
    if sum(values) == total or any(values[i] == sum(values[i + 1 :]) for i in range(len(values) - 2)):
        return None  # fresh9 n22: 其中…238条分别为3条,2条…7条 — a part and its own breakdown, not a flat list
    return prose_conflict(
        f"proactive_total {total:g} but its categories add up to {' + '.join(map(str, values))} = {sum(values)}"
    )
