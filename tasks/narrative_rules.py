"""The phrasing rules of the narrative metrics, as data: each rule a metric, a pattern with {N} where the number
stands, and the case that forced it. tasks/extract_narrative.py applies them with its scope, period and merge
guards; adding a metric is an entry in tasks/vocabulary.py and a rule here."""

from __future__ import annotations

import re

# Units each kind of metric may be counted in.
# A count's unit may carry a note that the count is of times as well (收到1件（次）申请, 公开327条（次）信息): the note
# is read with the unit, so what follows the unit is what follows the count.
TIMES_NOTE = r"(?:[（(]次[）)])?"
U_ITEM = rf"(?P<unit>条|则|项|件|篇|个|期|份){TIMES_NOTE}"  # 则: a news item's (发布信息3460则)
U_DOC = rf"(?P<unit>件次|件|个|份|篇|条){TIMES_NOTE}"
U_EVENT = r"(?P<unit>场次|场（次）|场|次|期)"
U_REQ = rf"(?P<unit>件次|件|条|起|宗|个|项|人次|份|例|次){TIMES_NOTE}"  # 收到1项依申请公开事项 (fresh10 p27)
# What became of requests counted first (see the outcome rules): the words between, then each outcome's own.
U_OUTCOME = rf"(?P<unit>件次|件|宗|项|条|个){TIMES_NOTE}"  # fresh36 s31: 1项依规予以公开; fresh18 y03: 55件 (or 条, 个) 予以公开
# (what was asked for, fresh40 o30: 其中4件申请的内容予以公开)
# (the outcome as a kind, quoted: fresh41 aa16 其中2件类型属于“主动公开”,1件类型属于“信息不存在”)
OUTCOME_VIA = r"(?:申请)?(?:均|已)?(?:依法|依规)?(?:的)?(?:内容)?(?:办理|答复|处理)?(?:结果|类型)?(?:为|属于?|是|因)?“?"
OUTCOME_AFTER = {
    "outcome_granted": r"(?:予以|同意|全部)公开(?![或及和、])|(?<=结果为)依申请公开",
    "outcome_partial": r"部[分份](?:予以)?公开(?![或及和、])",
    "outcome_denied": r"不(?:予(?:以)?)?公开(?![或及和、])",
    "outcome_already_public": r"(?:已)?主动公开(?:范围)?",
    # (never 因不掌握相关政府信息等原因无法提供: the whole 无法提供 group of the 2021 template, fresh18 y03)
    "outcome_not_ours": r"(?:(?:本|该|我)?(?:行政)?(?:机关|单位|部门|局|办|委)?不掌握|非本(?:机关|部门|单位)|不属于本)"
    r"(?![^，,。；;\d\n]{0,12}?等(?:原因|情形|情况))",
    "outcome_not_exist": r"(?:申请的)?(?:政府)?信息不存在",
}
# fresh24 g22, g24: 行政复议事项0项, 行政复议1项; fresh41 aa19: 行政复议0件,行政诉讼0条
U_CASE = rf"(?P<unit>件|起|宗|例|次|个|份|项|条){TIMES_NOTE}"
U_PERSON = r"(?P<unit>人|名|位)(?!次)"  # 培训人员200人次 counts attendances, not staff; 位 (配备了2位兼职工作人员)
U_PLACE = r"(?P<unit>个|处)"
U_YUAN = r"(?P<unit>元)"
# d28: scraping dropped the unit after a figure that ends its line; only then may the unit be absent.
U_ITEM_OR_EOL = rf"(?:(?P<unit>条|则|项|件|篇|个|期|份){TIMES_NOTE}|(?=[ \t]*\n))"
# …or ends its clause, right after the noun it counts (fresh53 am02: 共主动公开政府信息131,主要为…)
U_ITEM_OR_CLAUSE_END = rf"(?:(?P<unit>条|则|项|件|篇|个|期|份){TIMES_NOTE}|(?=[ \t]*\n)|(?=[，,；;。](?!\d)))"
# Posts of an account: never 个, which counts the accounts themselves (开通政务微博1个).
U_POST = rf"(?P<unit>条|则|项|件|篇|份){TIMES_NOTE}"
U_POST_OR_EOL = rf"(?:(?P<unit>条|则|项|件|篇|份){TIMES_NOTE}|(?=[ \t]*\n))"
# A gazette's items, never its issues (n22: 公报6期 counts issues).
U_GAZETTE = r"(?P<unit>条|项|件|篇|份)"

# Filler words between a label and its number; a space (fresh4 i17); a list's colon (fresh5 j07: …的情况：81条).
# a label quoted (fresh11 q08: “予以公开”的1件) closes its quote first
# a gloss in brackets (fresh4 i11: 主动公开政府信息(公文平台发文)113条) — never one that widens or narrows the count
# (约 and 近 are the figure's own: NUMBER reads them as its qualifier, approx — fresh32 r39: 经费约2万元)
# (达到 as 达: 主动公开政府信息达到2026条; the year after the topic: 主动公开政府信息全年共计6535条)
GAP = r"(?:[(（](?![^()（）\n]{0,12}?(?:含|包括|其中|累计|结转|以上|以下))[^()（）\d\n，。；;]{1,12}[)）])?[”’\"]?(?:全年|本年度?)?(?:达到|[共计为达有了累合总的]){0,3}[:：]?[ \u3000]?"
WIDE = r"[^。；，\d\n]{0,12}?"  # a short stretch of words inside one clause
# What opens a clause comparing a figure with another year's or with a whole (比上年增加…, 同比…, 与上年相比, 占总数的…),
# and another year named for its own figure (上年同期为77件, 去年为77件, 2020年：77件).
COMPARISON = r"同比|环比|相比|相较|较|比|与上|与去|占"
ANOTHER_YEAR = r"(?:上年|去年|上一年度?|前一年|同期|(?:19|20)\d{2}\s?年度?)(?:同期)?(?:为|是|[:：])"
# Such a clause said between the figure and what it says of it (申请18件，比上年增加5件，均为网络申请; 申请18件（较上年减少
# 2件），均为…; 申请18件，2020年为7件，均为…; 申请18件，占总数的37%，均为…)
CHANGE_CLAUSE = rf"(?:[，,]?[（(]?(?:(?:{COMPARISON})[^，,。；;（()）\n]{{0,14}}|{ANOTHER_YEAR}\d+[件条个]?)[）)]?)?"
AMONG = r"其中[，,:：]?"  # the parts of a figure named after it (其中, 其中，, 其中：)
# The report's year in words: 一年来 (seed 000's 一年来,共计公开…) and 报告期内, the period a report covers.
THE_YEAR = r"全年|年内|本年度?|当年|今年|一年(?:以)?来|报告期内?"
DUTY = r"负责|职责|职权|管辖"  # what is a body's to do (非本机关职责范围: another body's matter)
ANSWER = r"(?:作出|做出|给予|予以)?(?:答复|回复)"  # 已答复, 已作出答复, 给予答复
A_YEAR = r"(?:(?:19|20)\d\d年度?)"  # the year by its number (区政府网站2022年度更新…), where 全年 may stand

# --- building blocks of the rules ------------------------------------------------------------------------------
# The noun's count named after it, as the old statistics tables label it (主动公开政府信息数, 信息总量, 信息的数量).
COUNT_OF = r"(?:(?:的)?(?:总数|总量|数量|条数|件数)|数)?"
# What is published: 信息, 政府信息, 政务信息, 各类公开政府信息 (t01), 主动公开信息 (n13).
# 公开动态信息35条 (fresh10 p21); 门户网站公开全市各类政府信息共计3437条 (fresh19 z25: the site's items, all of them)
# (公开类信息, the items of the disclosure kind — fresh32 r23: 累计发布公开类信息2924条)
INFO = (
    r"(?:全[市区县镇乡旗])?(?:各类|各项)?(?:(?:主动公开|公开)类?)?(?:的)?(?:政府|政务)?(?:(?:工作)?动态)?(?:信息|讯息)"
)
PUBLISH = r"(?:公开|发布|公布|公示|上传|推送|发送|刊发|刊登|编发)"  # 编发: edited and published (fresh35 c31: 微信公众号编发信息
# 400余条); 公示: made public as a notice (fresh36 s19: 通过政府信息网公示80条)
PUBLISH_RE = re.compile(PUBLISH)
# Words between a channel and its verb: one clause, or two when the channel is the subject of the first
# (t23: 市政府微信公众号保持每日更新，共发布信息1193条); never a digit, so no figure is skipped over.
STRETCH = r"(?P<stretch>[^，,。；;\d\n]{0,14}?(?:[，,][^，,。；;\d\n]{0,10}?)?)"
URL_ASIDE = r"(?:[（(][^）)\n]{0,60}[）)])?"
# A verb's gloss in brackets (fresh15 v12: 微信公众号发布(转发)信息764篇).
VERB_GLOSS = r"(?:[（(][^（()）\n\d]{1,6}[）)])?"
# The law or rules the publishing follows, said before its verb (依法主动公开政府信息1786条),
BY_LAW = r"(?:依法依规|依法|依规|及时|全面|积极)?"  # and how it was done (及时主动公开, 全面主动公开)
# An account's name after its channel (fresh7 l01: 政务微信订阅号“印象理合务”(微信号:lhwz4822006)公开政府信息23条).
ACCOUNT_NAME = r"(?:“[^”\n]{1,20}”)?"  # n03: 门户网站(http://sport.hebei.gov.cn)公开信息1469条
# The catalogue sections a figure is spread over before its total (n13: 28大项、79小项，共计6657条).
CATEGORIES = r"(?:\d+[大小]?(?:项|类)[、，,]?){1,4}(?:共计|合计|总计|共)"
# The kinds of the items named after the verb, the list left open with 等 (fresh21 c25: 门户网站公开机构职能、工作总结、
# 预决算信息、行政许可等政府信息23条; fresh18 y19: 微信公众平台发布党的基层建设、…等信息750余条): the channel's items;
# or closed with 各类 (fresh25 i02: 微信公众号公开国家重大事项新闻、…、镇村工作动态各类信息297条).
KINDS_ETC = (
    r"(?:(?:涉及)?[^，,。；;\d\n]{2,40}?、(?:[^，,。；;\d\n]{1,20}?等(?:方面)?(?:相关)?(?:多种|多项|多类|各类){0,2}|[^，,。；;\d\n等公发]{1,20}?各类)"
    r"(?:(?:主动)?公开(?:的)?)?(?:政府|政务)?(?:信息|内容)"
    # …or the list's 等 after the noun (fresh37 v23: 公开政策法规类、财政预决算类、招标采购类信息等581条)
    r"|(?:涉及)?[^，,。；;\d\n]{2,40}?、[^，,。；;\d\n等]{1,20}?(?:信息|内容)等"
    # …or no noun after the list's 等, the figure right after it (fresh45 ae34: 主动公开各类文件通知、工作动态等397条)
    r"|(?:各类)?[^，,。；;\d\n]{2,40}?、[^，,。；;\d\n等]{1,20}?等(?=\d+(?:余|多)?(?:条|篇)))"
    r"(?:[，,](?=共计|合计|总计|共))?"  # fresh33 a02: …、财政预决算等内容,共计25条信息
)
# The channel words of each channel metric. 网上 only right before its verb (t11: 网上公开了21件); 政府网 is the
# website (t20: 通过政府网主动公开政府信息1323条), and so is its 信息专栏 (t04: 通过审计信息专栏公开政府信息16条) — not
# one column of a list of them (fresh17 x08: …教育信息栏目发布信息139条,政策解读栏目发布信息35条); a government's 外网
# is its public website (fresh18 y04: 在县人民政府外网主动公开政府信息数13条).
CHANNELS: dict[str, str] = {
    "proactive_website": r"门户网站|门户(?!网站)|网站(?<!新闻网站)(?<!媒体网站)|官网(?!”?(?:微信|小程序|公众号|微博))|网页|政府网(?!站)|政务网(?<![内外]政务网)(?![站格])"
    r"|公开网(?![站格点])|信息网(?![站格点络])|(?<=通过)[^，,。；;\d\n、“”]{1,6}?(?<!互联)(?<!电视)(?<![内外电])网(?=(?:主动)?(?:发布|公开|公布|上传))|网上(?=公开|发布)|专栏(?<=信息专栏)|栏目(?<=信息栏目)(?![^。；;\n]{0,40}栏目)|外网(?<=[府局委厅办]外网)"
    r"|政府在线|首都之窗",  # a portal named so (fresh33 a24: 通过龙华政府在线主动公开…政府信息58条; corpus d21: 坪山政府在线网站);
    # Beijing's portal, where its bodies' sites live (fresh37 v29: 区人防办全年在“首都之窗”更新信息78篇)
    "proactive_gazette": r"公报",
    "proactive_weibo": r"微博(?:账号)?",
    # never a WeChat group (fresh10 p27: 通过微信工作群公开200余条 — chats, not the body's account)
    # nor a mini program (fresh25 i05: 平台微信小程序公开信息数为270条 beside 微信公众平台…2464条), whose name may end in
    # 官网 (fresh14 u22: “西安旅游微官网”微信小程序发布信息10条: no website either)
    # 公众号 alone is WeChat's where it opens a clause or follows a verb of using it or the body's own word (公众号发布
    # 信息333条, 通过公众号推送…, 官方公众号): never a 微博公众号 or 新媒体公众号, nor one named after another owner, which
    # may be the second of two channels joined (通过政务网以及…管理委员会公众号…共132条, fresh36 s08)
    # (its kinds alike, 服务号 and 订阅号: “平潭发布”服务号发布信息672条)
    "proactive_wechat": r"微信(?!(?:工作|服务|交流|联络)?群(?!发)|朋友圈|小程序)(?:公众号|公众平台|订阅号|服务号|公众账号|账号)?"
    r"|(?:公众号|服务号|订阅号)(?<=”公众号|”服务号|”订阅号)(?!码)"
    r"|(?:(?<=[，,。；;：:\n])|(?<=通过)|(?<=利用)|(?<=依托)|(?<=官方)|(?<=政务)|(?<=我局)|(?<=本局)|(?<=本单位))(?:公众号|服务号|订阅号)(?!码)",
    # notice boards are among the other ways (fresh12 r32, r34, fresh11 q27: 乡村两级党务、政务公开栏公开政府信息132条)
    "proactive_other": r"其[他它](?:(?:政府)?信息公开|政务公开|公开)?(?:方式|形式|渠道|途径|载体)|其[他它]媒体平台|线下(?:方式|形式|渠道|途径|载体)|传统(?:公开)?(?:载体|媒体|方式|渠道)|公开栏(?<!信息公开栏)(?!目)",  # never a website's 信息公开栏目 (j05)
}
# The new-media accounts among the channels: their posts are their items.
ACCOUNTS = ("proactive_wechat", "proactive_weibo")
CHANNEL_UNIT = {
    "proactive_website": U_ITEM_OR_EOL,
    "proactive_gazette": U_GAZETTE,
    "proactive_weibo": U_POST,
    "proactive_wechat": U_POST_OR_EOL,
    "proactive_other": U_ITEM,
}
# Receiving a request; 办理 (handled) only with 依申请公开 and no carry-over in the sentence (seed 002).
# 接受政府信息公开申请98件 (fresh7 l08); 共接政府信息公开申请7份 (fresh46 af26)
RECEIVE = r"(?:收到|受理|接到|接收|接受|新收|收悉|(?<=[共已])接(?=(?:政府)?信息公开申请))"
# The request itself: 政府信息公开申请 (or its 事项, fresh29 n23), 信息公开的申请, 政府信息申请公开件 (t23), 依申请公开事项/请求/件 (t04, t10,
# t12), 依申请信息公开 (t01); 依申请公开政府信息 only after a verb of receiving (alone it may be the information
# released, d17).
REQUEST = (
    r"(?:(?:政府)?信息(?:公开)?(?:的)?申请(?:公开)?(?:事项|件)?|申请(?:政府)?信息公开(?:事项)?|依?申请公开(?:政府)?信息(?:的要求|的请求)?"  # fresh10 p32, fresh8 m09; fresh14 u09 申请公开政府信息的要求
    r"|(?:政府信息)?依申请(?:信息)?公开(?:政府信息)?(?:的)?(?:办理)?(?:申请|事项|请求|信件|办件|案件|件)"  # 依申请公开信件2件 (i19)
    r"|依申请政府信息公开(?:的)?(?:申请|事项)"  # fresh18 y08: 受理依申请政府信息公开事项29例
    r"|(?:政府信息)?依申请(?:信息)?公开(?:政府信息)?(?=(?:达到|[共计为达有了累合约近的]){0,3}[:：]?[\d零〇一二两三四五六七八九十])"
    r"|依申请(?=(?:达到|[共计为达有了累合约近的]){0,3}[:：]?[\d零〇一二两三四五六七八九十])"  # fresh22 e18: 全区受理依申请735件
    r"|要求公开(?:政府)?信息(?=(?:达到|[共计为达有了累合约近的]){0,3}[:：]?[\d零〇一二两三四五六七八九十])"  # fresh46 af16: 共收到群众要求公开政府信息21件
    r"|(?<=[受收][理到])申请公开(?=(?:达到|[共计为达有了累合约近的]){0,3}[:：]?[\d零〇一二两三四五六七八九十])"  # fresh53 am03: 全年共受理申请公开2件
    # 公开申请 for 信息公开申请 right after the verb of receiving or 的 (收到公民提出的公开申请2份) — never an
    # outcome's (予以公开申请5件, 部分公开申请); the request called 请求 (共收到政府信息公开请求1586宗)
    r"|(?:(?<=[理到收受悉的])|(?<=提出|提交))公开申请(?![人书表])|(?:政府)?信息公开(?:的)?请求)"
)
HIRE = r"(?:配备|配有|安排|明确|指定|指派|委派|确定|落实|设有|设立|配置|抽调)"  # verbs that put staff in place
# the unit inside the body the staff sit in, between the verb and the figure (fresh23 f13: 配备了党政办1名兼职工作人员)
INNER_UNIT = r"(?:[\u4e00-\u9fff]{1,6}?(?:办|办公室|科|股))?"
# The applicants counted before their requests (fresh11 q08: 共收到4名自然人申请政府信息公开5件; 当面申请2人3件).
APPLICANTS = r"(?:(?:\d+|[零〇一二两三四五六七八九十百]+)(?:名|人|位)(?!次))"  # (当面申请二人3件)
# Who raised the requests, said between the verb of receiving and the figure or between the figure and the noun.
RAISED = r"(?:提出|提交|递交|提请)"  # fresh50 aj34: 共收到21件自然人提请的政府信息公开申请
WHO_RAISED = rf"[^。；，\d\n]{{0,12}}?{RAISED}的"
# The ways a request comes in, as the reports name them in a list of the year's requests (fresh17 x27: 依申请公开平台36件、
# 邮寄15件、当面申请27件; fresh32 r08: 网络申请195件、信函邮寄31件、邮箱申请15件、现场申请6件): a longer word before the
# shorter it holds.
REQUEST_WAY_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("requests_in_person", ("当面", "现场")),
    (
        "requests_online",
        # (fresh44 ad31: 其中通过政府网站申请9件)
        ("依申请公开平台", "信息公开平台", "申请平台", "互联网", "网络", "网上", "在线", "线上", "政府网站", "网站"),
    ),
    ("requests_letter", ("快递邮寄", "信函邮寄", "邮寄信件", "信函", "邮寄", "快递", "来信", "信件")),
    ("requests_email", ("电子邮件", "电子邮箱", "邮箱")),
    ("requests_fax", ("传真",)),
)
# After the way: its 申请, 形式/方式/渠道, the verb of handing in (通过当面申请方式3件, 通过互联网渠道提交15件, 网络形式申请8件).
# The way requests came, said between their figure and their noun (fresh48 ah22: 接到8件信函形式的信息公开申请).
WAY_BETWEEN = r"[^。；，\d\n]{1,6}?(?:形式|方式|渠道)(?:提交|提出)?的"
# (网络平台收到3件, fresh38 w02; 其中线上办理26件, fresh44 ad37)
WAY_TAIL = (
    r"(?:申请)?(?:的)?(?:形式|方式|渠道|平台)?(?:提交|递交|提出|收到|接收|受理|办理)?(?:的)?(?:依)?(?:申请表?)?(?:的)?"
    r"(?:数量|数)?"  # 其中现场申请数18条
)


def per_way(
    ways: tuple[tuple[str, tuple[str, ...]], ...], source: str, *patterns: str
) -> tuple[tuple[str, str, str], ...]:
    """One rule per way word and pattern (`<way>` stands for the word), so that each opens its search with a rare
    literal run (为当面, 是网络) — a rule led by a number and holding only 申请 as its literal would be tried at every
    digit of most reports."""
    return tuple(
        (metric, pattern.replace("<way>", way), source)
        for metric, words in ways
        for way in words
        for pattern in patterns
    )


def channel_rules(metric: str) -> tuple[tuple[str, str, str], ...]:
    """A channel, then (maybe after a few words) a publishing verb and the number, in either noun order."""
    ch, unit = CHANNELS[metric], CHANNEL_UNIT[metric]
    rules = [
        (
            metric,
            rf"(?:{ch}){ACCOUNT_NAME}{URL_ASIDE}{A_YEAR}?{STRETCH}(?:(?<=[，,]){A_YEAR}[^，,。；;\d\n]{{0,4}}?)?{BY_LAW}(?:主动)?{PUBLISH}{{1,2}}(?:[和及或、]?(?:转载|转发|更新))?(?:了)?{VERB_GLOSS}"
            rf"(?:{INFO}|(?:政务)?(?:工作|政务)动态|工作信息|(?:政府)?文件信息|消息|(?:有关|相关)?图文(?:信息|消息)?|(?:原创)?(?:文章|稿件|推文)|{KINDS_ETC})?"  # fresh17 x33: …公开工作信息23条; fresh18
            # y21: 发布消息576条; fresh21 c03: 微信公众号发布图文54条; fresh35 c35: 在微信公众号发布稿件240条; fresh46 af04
            # 微信公众号,发布政务工作动态200余条, af17 门户网站…公开政府文件信息20条
            rf"(?:数量|总数|条数|数)?"  # fresh22 e19: 其他方式公开政府信息条数共计6条
            rf"(?:{CATEGORIES})?{GAP}{{N}}{unit}(?!文章)",
            "seeds 000–004; n12 在政府网站上共公开285条信息; t26 网站信息公开专栏进行分类公开9条; fresh44 ad37 “绥宁县人民政府”"
            "微信公众号2025年度发布信息206条 (the year between); fresh53 am04 微信公众号 “玉林自然资源”,2022年公开发布信息共150条"
            " (the year opening the clause after the channel's)",
        ),
        (
            metric,
            rf"(?:{ch}){URL_ASIDE}(?:政府|政务)?信息(?:发布|公开|推送)(?:总数|总量|数量|数|量){GAP}{{N}}{unit}",
            "the noun before its verb: i26 市政府网站信息发布总数4784条; fresh23 f18 微信公众号信息发布量82条",
        ),
        (
            # …its readers counted first, then its posts (fresh40 o12: 网站总访问量268838次,信息发布182条; 微博关注人数
            # 183人,信息发布量98条; 微信公众号订阅数1482人,信息发布量383条)
            metric,
            rf"(?:{ch}){ACCOUNT_NAME}(?:总)?(?:访问量|访问次数|浏览量|点击量|关注人数|关注数|订阅数|订阅人数|粉丝数|粉丝量)"
            rf"(?:达|为|共|有|超过|超)?\d+(?:\.\d+)?(?:余|多)?万?(?:余|多)?(?:人次|次|人|个)?[，,]"
            rf"(?:(?:政府|政务)?信息(?:发布|公开|更新|推送)(?:总数|总量|数量|数|量)?|(?:共)?(?:发布|公开|更新|推送)(?:了)?(?:各类)?(?:政府|政务)?信息)"
            rf"{GAP}{{N}}{unit}",
            "fresh40 o12; fresh41 aa22: 局官网总访问量377.8929万次,发布各类信息1853篇(条); fresh42 ab11: 门户网站总访问量超过"
            "50余万次,信息发布1839条",
        ),
        (
            metric,
            rf"{PUBLISH}(?:了)?(?:在)?[\u4e00-\u9fff]{{0,4}}?(?:{ch}){ACCOUNT_NAME}(?:{INFO})(?:数量|数)?{GAP}{{N}}{unit}(?!文章)",
            "the verb before its channel: fresh15 v24 全年发布政府网站信息640条",
        ),
    ]
    # A channel listed after 其中 with its figure and no verb (fresh9 n18: 通过各类政务公开载体发布信息18269条,其中…
    # 政务网2905条,微博(天津高新区THT)6128条,…): `enum` marks the form, kept only inside such a list.
    rules += (
        []
        if metric in ("proactive_gazette", "proactive_other")
        else [  # 政府公报20条: a category too (g17)
            (
                metric,
                rf"(?:{ch})(?:“[^”\n]{{1,20}}”|[（(][^）)\n]{{1,20}}[）)])?(?:为|[:：])?{{N}}(?P<unit>条|篇)(?![\u4e00-\u9fff\d])(?P<enum>)",
                "fresh9 n18: 其中…政务网2905条,微博(天津高新区THT)6128条",
            )
        ]
    )
    if metric in ACCOUNTS:
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
        rf"(?<!应)(?<!应当)(?<!需)(?<!可){BY_LAW}主动(?:公开|发布|公示)(?:[和及并]?(?:更新|发布|公开))?(?:了)?(?:新增)?(?:各类|各项|本单位|本机关|本局|本部门|的){{0,2}}"
        rf"(?:涉及[\u4e00-\u9fff]{{1,8}}?的)?"  # fresh42 ab34: 主动公开涉及教育的政府信息108条 (the body's own field)
        rf"(?:[\u4e00-\u9fff]{{1,10}}?人民(?=政府信息)|[\u4e00-\u9fff]{{2}}(?=政府信息)|[\u4e00-\u9fff]{{1,8}}?(?:镇|乡|街道|县|区|市|旗)(?=政府信息))?(?:政府|政务)?信息(?:更新)?(?:总数|总量|数量|条数|件数|数|的情况|的数量)?"
        # the sum after a comma (fresh37 v05: 主动公开本部门政府信息,合计400多篇)
        rf"(?:{CATEGORIES}|[，,](?=合计|共计|总计))?{GAP}{{N}}{U_ITEM_OR_CLAUSE_END}",
        "seeds 000/001/003: 主动公开政府信息N条 (not 政府文件, the documents among them); 2021 tjbc.gov.cn 主动公开的各类政府信息数量66件;"
        " fresh15 v26 主动公开和更新了各类信息439条; never what should be (fresh31 q40: 其他应当主动公开的政府信息3条, a kind)",
    ),
    (
        "proactive_total",
        rf"(?<!应)(?<!应当)(?<!需)(?<!可){BY_LAW}主动(?:公开|发布|公示)(?:[和及并]?(?:更新|发布|公开))?(?:了)?{GAP}{{N}}{U_ITEM}(?:各类|各项)?"
        rf"(?:政府|政务)?信息",
        "number before the noun: 主动公开了256条政府信息; the verbs as the noun-first rule joins them (主动公开发布218条信息)",
    ),
    (
        "proactive_total",
        rf"(?<=[条件项][，,]){AMONG}{BY_LAW}主动(?:公开|发布)(?:的)?(?:政府|政务)?(?:信息)?(?:数)?{GAP}{{N}}{U_ITEM}(?![\u4e00-\u9fff]{{0,3}}(?:信息|文件))",
        "fresh42 ab20: 公开信息687条,其中主动公开668条,依申请公开19条 (the proactive part of all that was disclosed)",
    ),
    (
        "proactive_total",
        rf"(?<!应)(?<!应当)(?<!需)(?<!可)主动(?:公开|发布)(?:的)?(?:总数|总量|数量|条数){GAP}{{N}}{U_ITEM}",
        "the count named with no noun: fresh35 c14 政务信息公开主动公开总数146条",
    ),
    (
        "proactive_total",
        r"共[^，,。；;\d\n]{0,20}?(?<!其中)(?<!已)(?<!已经)主动(?:公开|发布)(?:了)?{N}(?P<unit>条|项)(?![\u4e00-\u9fff])",
        "no noun after a total's 共 (n12: 共通过门户网站及政务新媒体方式主动公开907条,其中…); never 主动公开7件 alone (the "
        "share of documents made public, m15) nor 属于已经主动公开的2件 (an answer)",
    ),
    # n05: 全年公开政府信息995845条; 2025年度共公开信息183条: the year's total without 主动. Never 依申请/不予/部分/同意
    # 公开 (request outcomes), and 发布信息 alone may count every post (t24: 发布信息4583条，其中主动公开…2107条).
    # The year's subject may stand between (2021年,市气象局公开信息共计2203条); 发布 publishes too (全年共发布信息59条),
    # and 一年来 is the year (一年来,共计公开政府信息115条), and so is 今年 (fresh47 ag28: 今年我局共公开各类政府信息129条).
    (
        "proactive_total",
        rf"(?:{THE_YEAR}|\d{{4}}年度?|全[区县市旗](?=共))(?:[，,]?(?:(?!领域)[^，,。；;\d\n]){{0,14}}?(?:共|共计|累计|新增|合计|总计)?"
        rf"(?<!申请)(?<!不予)(?<!部分)(?<!同意)(?:公开|发布|公布)(?:了)?(?:各类|各项)?(?:(?:政府|政务)?信息{COUNT_OF}|{KINDS_ETC})"
        rf"|(?:共|共计|累计|新增|合计|总计)?(?:公开|发布)(?:发布)?(?:了)?(?:各类|各项)?信息{COUNT_OF}){GAP}{{N}}{U_ITEM}",
        "n05 全年公开政府信息N条; fresh6 k08 本年度公开发布信息69条; fresh31 q38 全区共公开各类政府信息 10534 条 (the whole"
        " jurisdiction's, a government's own: a department's or township's report keeps it out, extract.above_the_body);"
        " the count named as the 主动 rule names it (2014年我镇公开政府信息数160条) and the sum as 合计/总计 (总计发布各类信息541条)",
    ),
    # A clause of its own that opens with its total (fresh42 ab26: 根据文件要求,共公开信息122条,截至目前,发布通知公告26条…):
    # no channel or part before it in its clause.
    (
        "proactive_total",
        rf"(?<=[，,。；;：:\n])(?:共|共计)(?:主动)?(?:公开|发布)(?:了)?(?:各类|各项)?(?:政府|政务)?信息{GAP}{{N}}{U_ITEM}",
        "fresh42 ab26",
    ),
    (
        "proactive_total",
        # (as the noun-first rule above: the year, maybe its subject or other words, a sum's word, the verb)
        # (never a field's: 2023年,基层“两化”领域集中发布8991条信息, fresh13 s03)
        rf"(?:{THE_YEAR}|\d{{4}}年度?|全[区县市旗](?=共))[，,]?(?:(?!领域)[^，,。；;\d\n]){{0,14}}?"
        r"(?:共|共计|累计|新增|合计|总计)?(?<!申请)(?<!不予)(?<!部分)(?<!同意)(?:对外|向社会)?(?:公开|发布|公布)(?:发布|公开)?(?:了)?"
        rf"(?:共|共计)?{{N}}(?P<unit>条|项|件){TIMES_NOTE}(?:各类|各项)?(?:政府|政务)?信息",
        "number before the noun: fresh29 n36 全年共公开327条信息; fresh50 aj32 2022年我局共对外公开341条政府信息; the body"
        " named as the subject (2016年我镇共公开89条政府信息, 2020年区文化和旅游体育局共公开366条政府信息)",
    ),
    # The year's total named again as the whole its kinds are shares of (fresh49 ai24: 在2010年公开的7条信息中,规范性文件类
    # 信息为7条,占全年公开信息总数比例为100%).
    (
        "proactive_total",
        rf"(?<=在)(?:全年|本年度?|当年|\d{{4}}年度?)(?:共|共计)?(?:主动)?(?:公开|发布)(?:的)?{{N}}(?P<unit>条|项|件){TIMES_NOTE}"
        r"(?:各类|各项)?(?:政府|政务)?信息中",
        "fresh49 ai24",
    ),
    # The stock, then the year's new items after a comma, the noun left to the stock (fresh37 v39: …等平台载体,累计主动公开
    # 政府信息3819条,本年度新增295条): the year's.
    (
        "proactive_total",
        r"累计(?:主动)?(?:公开|发布)(?:了)?(?:各类)?(?:政府|政务)?信息\d+(?:条|项|件)[，,](?:其中)?"
        r"(?:本年度?|今年|当年|全年)新增(?:了)?(?:主动公开)?(?:的)?(?:政府|政务)?(?:信息)?{N}(?P<unit>条|项|件)",
        "fresh37 v39",
    ),
    # Every channel the text lists, then what was published through them (fresh10 p10: 全年通过门户网站、微信公众号、微博等
    # 渠道公开各类信息1812条; p36: 在政府网站、微信公众号上发布各类公开信息1520条): the total, when the list holds two
    # channels or more (see _skip): the year's, in a sentence that opens with the year.
    (
        "proactive_total",
        rf"(?:{THE_YEAR}|\d{{4}}年度?)[，,]?(?:[^，,。；;\d\n]{{1,12}}?)??(?:共|共计)?(?:通过|在|利用|依托)"
        # (an account's name may hold a hotline's digits: fresh45 ae02 通过门户网站、12320卫生健康微信公众号等平台公开发布…)
        rf"(?P<listed>(?:[^，,。；;\d\n]|\d(?=[\d\u4e00-\u9fff]))(?:[^，,。；;\d\n]|(?<=[、\u4e00-\u9fff])\d{{3,6}}(?=[\u4e00-\u9fff])){{1,79}}?)"
        rf"(?:上)?(?:共|共计)?{BY_LAW}(?:主动)?{PUBLISH}{{1,2}}(?:了)?"
        rf"(?:各级各类|各类|各项)?(?:主动公开|公开)?(?:的)?(?:政府|政务)?信息{GAP}{{N}}{U_ITEM}",  # fresh38 w27: 周口市各级、
        # 各部门通过政府网站、政务新媒体等渠道共公开各级各类政府信息39586条
        "fresh10 p10, p36: channels listed, then the figure published through them all; fresh13 s34: 2008年,我镇通过政府信息"
        "公开平台、政府网站主动公开政府信息12条 (the subject between)",
    ),
    # …or, in any clause, lists two kinds of channel or more closed with 等, then every kind of information published
    # through them (fresh44 ad12: …工作,通过砚山县政务网、中国采购与招标网、…公共资源交易网等公开各类信息共105条)
    (
        "proactive_total",
        rf"(?<=[，,])(?:共|共计)?(?:通过|利用|依托)(?P<listed>[^，,。；;\d\n]{{2,80}}?等)(?:平台|渠道|途径|方式|载体|形式)?"
        rf"(?:共|共计)?{BY_LAW}(?:主动)?{PUBLISH}(?:了)?(?:各类|各项)(?:主动公开|公开)?(?:的)?(?:政府|政务)?信息{GAP}{{N}}{U_ITEM}",
        "fresh44 ad12",
    ),
    # Every channel named as a class (fresh23 f21: 全区各行政机关共通过各类渠道公开政府信息82276项)
    (
        "proactive_total",
        rf"通过(?:各类|各种|多种|所有|全部|各)(?:公开)?(?:渠道|途径|方式|平台|载体|形式)(?:共|共计)?(?:主动)?(?:对外|向社会)?{PUBLISH}(?:了)?"
        rf"(?:各类|各项)?(?:政府|政务)?信息{GAP}{{N}}{U_ITEM}",
        "fresh23 f21; fresh37 v25: 全年通过多种形式对外公布信息共计626篇(次)",
    ),
    # The press and notice boards listed as the ways (fresh30 p21: 通过报纸、宣传栏等渠道公开信息52条): the other ways,
    # when every item listed is one of them (see _skip)
    (
        "proactive_other",
        rf"(?:通过|利用|依托)(?P<listed>[^，,。；;\d\n]{{2,40}}?)等?(?:主流|新闻)?(?:渠道|途径|方式|形式|载体|媒体|媒介)(?:平台)?"
        rf"(?:共|共计)?(?:主动)?"
        rf"{PUBLISH}(?:了)?(?:各类|各项)?(?:政府|政务)?信息{GAP}{{N}}{U_ITEM}",
        "fresh30 p21; fresh45 ae03: 通过中央电视台、人民日报、中国绿色时报、甘肃日报等主流媒体公开信息600余条; ae35: 通过报刊"
        "杂志等媒体平台公开信息 92 条",
    ),
    # …and where the sentence opens with the channels it lists, the year left to the heading, the website first among
    # them and the list closed as every platform (fresh22 e15: （一）主动公开方面。通过市政府门户网站、公报、微博和微信
    # 公众号等平台发布政务信息13985条) — not two accounts (fresh19 z22: 利用政务微博、微信发布信息2613条) nor the new media
    # alone (z29: 通过微信公众号、微博、抖音等政务新媒体平台…5455条).
    (
        "proactive_total",
        rf"(?<=[。；;\n])(?:共|共计)?(?:通过|依托|利用)"
        rf"(?P<listed>[^，,。；;\d\n]{{0,12}}?(?:网站|门户)[^，,。；;\d\n]{{2,24}}?等(?<!新媒体等)[^，,。；;\d\n]{{0,4}}?"
        rf"(?<!新媒体)(?:平台|渠道|途径|方式|载体|形式))(?:上)?(?:共|共计)?{BY_LAW}(?:主动)?{PUBLISH}(?:了)?"
        rf"(?:各类|各项)?(?:主动公开|公开)?(?:的)?(?:政府|政务)?信息{GAP}{{N}}{U_ITEM}",
        "fresh22 e15",
    ),
    # …or lists them all by name, the website first (fresh33 a28: （一）主动公开情况 …。通过宣威市人民政府门户网站、宣威
    # 融媒、“宣威发布”微信公众号及时主动公开政府信息80余条)
    (
        "proactive_total",
        rf"(?<=[。；;\n])(?:共|共计)?(?:通过|依托|利用)"
        rf"(?P<listed>[^，,。；;\d\n、]{{0,12}}?(?:网站|门户)[^，,。；;\d\n、]{{0,12}}?、[^，,。；;\d\n]{{2,30}}?)(?:上)?(?:共|共计)?"
        rf"(?:及时|依法|按时|按规定)?(?:主动)?{PUBLISH}(?:了)?"
        rf"(?:各类|各项)?(?:主动公开|公开)?(?:的)?(?:政府|政务)?信息{GAP}{{N}}{U_ITEM}",
        "fresh33 a28",
    ),
    (
        "proactive_total",
        rf"(?:全年|本年度?|当年|\d{{4}}年度?)[^，,。；;\d\n]{{0,6}}?(?<!申请)(?:政府|政务)?信息(?:累计|共计|共)?公开(?:发布)?(?:数量|总数|总量|数)?{GAP}"
        r"{N}(?P<unit>条|项|件)",
        "f18: 2019年度完成政府信息公开301条 (the noun before the verb); 2025年完成信息公开716件; fresh34 b36: 2022年政府信息"
        "累计公开3500余条 (累计 over the year the sentence opens with)",
    ),
    (
        "proactive_total",
        rf"(?<!申请)(?:政府|政务)?信息{BY_LAW}主动(?:公开|发布)(?:数量|总数|总量|条数|数)?{GAP}{{N}}{U_ITEM}",  # fresh27 k25: 我镇信息主动公开292条
        "fresh25 i05: 需要公众广泛知晓…的政府信息主动公开数为2918条 (the noun, then its verb as a count)",
    ),
    (
        "proactive_total",
        rf"发布(?:了)?(?:各类|各项)?(?:主动)?公开(?:的)?(?:政府|政务)信息{GAP}{{N}}{U_ITEM}",
        "t01: 审核发布各类公开政府信息249条 (the noun says it is disclosed information)",
    ),
    # -- channels -----------------------------------------------------------------------------------------------
    *(r for metric in CHANNELS for r in channel_rules(metric)),
    (
        "proactive_website",
        rf"(?:(?:门户)?网站|官网|首都之窗”?)[^，,。；;\d\n]{{0,6}}?{A_YEAR}?(?:更新|新增)(?:了)?(?:各类|各项)?(?:政府|政务)?信息(?:数量|数)?{GAP}{{N}}{U_ITEM}",
        "fresh13 s17: 区政府网站全年更新各类政府信息789条 (never 更新政务动态信息, one kind: fresh3 h24)",
    ),
    (
        "proactive_website",
        rf"(?:(?:门户)?网站|官网|首都之窗”?)[^，,。；;\d\n]{{0,6}}?{A_YEAR}?(?:更新|新增)(?:了)?(?:共|共计)?{{N}}{U_ITEM}(?:各类|各项)?(?:政府|政务)?信息",
        "the figure before the noun: 区政府网站全年更新789条各类政府信息",
    ),
    (
        "proactive_wechat",
        rf"微信(?:公众号|公众平台)?(?:“[^”\n]{{1,20}}”)?(?:累计|共)?(?:发送|推送|发布|公开)(?:了)?{{N}}{U_POST}(?:政府)?信息",
        "d10: 官方微信公众号累计发送了460条信息; fresh38 w26: 局微信公众号“杭州医保”共发布341条信息",
    ),
    *(
        (
            metric,
            rf"(?:{CHANNELS[metric]})(?:平台)?(?:{THE_YEAR}|{A_YEAR})?(?:共|累计)?(?:更新|发文|推文)(?:了)?(?:各类)?(?:信息|内容|推文)?{GAP}{{N}}{U_POST}",
            "fresh26 j11: 政务新媒体“巴达尔胡微政务”微信公众号更新126条 (an account's updates are its posts); fresh27 k29"
            " 新浪微博发文2900余条; fresh36 s39: 长春e健康官方微信平台共推文1570篇 (全年共推文 alike)",
        )
        for metric in ACCOUNTS
    ),
    # The documents a gazette's issues carried, the issues counted first (fresh15 v11: 编发市政府公报12期,公开政策文件
    # 50件); only as the clause's last figure (fresh6 k28: …公报2期，刊登…文件33件，规范性文件3件 — two kinds, no one figure).
    (
        "proactive_gazette",
        rf"公报》?\d+期[，,]?(?:共)?(?:刊登|刊发|刊载|登载|公开|发布|收录)(?:了)?(?:各类)?(?:政策|政府|规范性)?(?:文件|信息)"
        rf"{GAP}{{N}}{U_GAZETTE}(?=[。；;]|$)",
        "fresh15 v11: 编发市政府公报12期,公开政策文件50件",
    ),
    # -- documents, conferences, interpretations, responses -----------------------------------------------------
    (
        "normative_docs_issued",
        rf"(?:制发|制定|制作|出台|印发)(?:并?(?:发布|印发|公布|公开))?(?:了|的)?(?:新增)?(?:行政)?规范性文件(?:总数)?{GAP}{{N}}{U_DOC}",
        "seed 001; fresh15 v07 共印发规范性文件3份; fresh16 w32 制定发布规范性文件4件; fresh29 n01 制发公开规范性文件0件;"
        " fresh40 o11 全年共制作规范性文件82份 (the 2019 template's 本年新制作)",
    ),
    (
        "normative_docs_issued",
        rf"(?:行政)?规范性文件(?:本年)?(?:制发|新制作)件?数(?:量)?{GAP}{{N}}{U_DOC}",
        "fresh40 o24: 行政规范性文件制发件数0件 (table 二's label in prose)",
    ),
    (
        "normative_docs_issued",
        rf"(?:制发|制定|出台|印发){{1,2}}(?:了|的)?(?:《[^》\n]{{1,40}}》(?:[、和及]《[^》\n]{{1,40}}》){{0,4}})?{{N}}{U_DOC}(?:行政)?规范性文件",
        "fresh33 a29: 制发3份规范性文件 (the figure between the verb and the documents); fresh41 aa34: 制定印发了"
        "《…管理办法》1件规范性文件 (their titles before the figure)",
    ),
    (
        "normative_docs_published",
        rf"(?<!不予)(?:公开|发布)(?:了)?(?:现行有效)?(?:的)?(?:[^，,。；;\d\n]{{2,8}}?(?:政府|办公室|部门|局))?(?:的)?(?:行政)?规范性文件"
        rf"(?:数)?{GAP}{{N}}{U_DOC}",
        "seeds 001/003, d13: 发布现行有效行政规范性文件393件; fresh44 ad40: 公开县政府及办公室规范性文件1件 (whose, between)",
    ),
    (
        "normative_docs_published",
        rf"(?<!不予)(?:公开|发布)(?:了)?{{N}}{U_DOC}(?:现行有效)?(?:的)?(?:行政)?规范性文件",
        "the figure before the noun: 全年发布7件行政规范性文件, 主动公开78件规范性文件",
    ),
    (
        "normative_docs_published",
        rf"{AMONG}(?:行政)?规范性文件{GAP}{{N}}{U_DOC}",  # (其中规范性文件：3件, 为13件)
        "seed 003: 政府文件53件（其中规范性文件1件）; fresh43 ac39: 主动公开各类政府信息148条,其中行政规范性文件12件",
    ),
    (
        "normative_docs_published",
        rf"公开[^。；;\n]{{0,60}}?[(（](?:行政)?规范性文件{GAP}{{N}}{U_DOC}[)）]",
        "fresh29 n25: 主动公开政府信息21条,其中部门文件14条(规范性文件0条) — the normative ones among what was disclosed",
    ),
    (
        "normative_docs_published",
        rf"(?<=[、，,；;])(?:[^、，,；;。\d\n规]{{0,14}}?(?:政府|办公厅|办公室))?(?:行政)?规范性文件(?:数)?{GAP}{{N}}{U_DOC}",
        "f27: 主动公开政府信息88条、规范性文件2条 (an item of the list the verb governs, its issuer named or not: fresh15"
        " v04 …省政府规章5件、省政府及省政府办公厅行政规范性文件5件)",
    ),
    (
        "press_conferences",
        rf"(?:召开|举行|举办|开展)(?:了)?[^。；;\n]{{0,120}}?等{{N}}{U_EVENT}新闻发布会",
        "fresh40 o13: 召开《…》、《…》、《…》等3场新闻发布会 (the conferences named, then their count)",
    ),
    (
        "press_conferences",
        rf"(?:召开|举行|举办|开展|直播|组织)(?:了)?(?:{WIDE}(?:新闻|政策)发布会|发布会)(?:总次数|次数|场次|总数|数)?{GAP}{{N}}{U_EVENT}",
        "seeds 001/003; 2014 table: 参加或举办新闻发布会总次数; fresh15 v04 直播新闻发布会150余场, v12 组织新闻发布会1场;"
        " a 政策发布会, or 发布会 right after its verb (召开发布会20场)",
    ),
    ("press_conferences", rf"(?:召开|举行|举办|开展)(?:了)?{{N}}{U_EVENT}新闻发布会", "seed 000: 举行了50场新闻发布会"),
    (
        "press_conferences",
        rf"(?:新闻|政策)发布会(?:共|共计)?(?:召开|举行|举办|开展|组织)(?:了)?(?:总次数|次数|场次|数)?{GAP}{{N}}{U_EVENT}",
        "the conferences named first, then their verb (全年新闻发布会共召开4场)",
    ),
    # the verb before a list of events, the conferences its last item, their name in quotes (fresh32 r37: 精心组织11期
    # “在线访谈”和29场“新闻发布会”)
    (
        "press_conferences",
        rf"(?:召开|举行|举办|开展|组织)(?:了)?[^，,。；;\n]{{1,20}}?[和及、]{{N}}{U_EVENT}[“\"]?新闻发布会",
        "fresh32 r37",
    ),
    (
        "press_conferences_principal",
        rf"主要负责(?:同志|人)参加(?:的)?新闻发布会(?:次数|场次|数)?{GAP}{{N}}{U_EVENT}",
        "seed 000",
    ),
    (
        "press_conferences_principal",
        rf"新闻发布会[^，,。；;\n]{{0,8}}?[，,]其中主要负责(?:同志|人)(?:参加|出席)(?:了)?{{N}}{U_EVENT}",
        "fresh38 w01: 召开1次新闻发布会,其中主要负责同志参加1次 (the conferences' part the principal attended)",
    ),
    (
        "online_interviews",
        rf"(?:在线|互动|网上|网络)访谈(?<!参加..访谈)(?:节目|活动)?(?:次数|场次|数)?{GAP}{{N}}{U_EVENT}",
        "seed 001: 政府网站在线访谈14次; f21 开展互动访谈24期; fresh15 v06 开展在线访谈活动40次",
    ),
    (
        "online_interviews",
        rf"(?:作|做|开展|举办|组织|进行)(?:了)?{{N}}{U_EVENT}(?:[^，,。；;\d\n]{{0,4}}?)(?:在线|互动|网上|网络)访谈",
        "fresh15 v23: 在省政府网站作了一期在线访谈 (the number first)",
    ),
    (
        "interpretations",
        rf"(?<!转载)(?<!转发)政策(?:文件)?解读(?:类)?(?:稿件|稿|材料|文章|文件)?(?:相关)?(?:信息)?(?:发布数|推出数|数量|总量|数)?{GAP}{{N}}{U_ITEM}",
        "seeds 000/001: 发布政策解读稿件N篇; fresh25 i13 …,政策解读数量7条; fresh44 ad22 发布政策解读稿5篇; fresh47 ag22"
        " 政策解读相关信息9条; the policies named as 政策文件 (政策文件解读数量7条)",
    ),
    # t11 配发解读材料3件, t15 制发解读材料904条, t17 制作并公开解读材275篇 (料 lost): a made interpretation, counted.
    (
        "interpretations",
        rf"(?:制发|配发|制作|编发|撰写|推出|刊发|印发|发布|公布|公开|配文)(?:并(?:公开|发布))?(?:了)?(?:图文|音频|视频|动漫|图解){{0,3}}(?:各类)?"
        rf"(?:政策)?解读(?:类)?(?:材料?|稿件|稿|文章|信息|文件)?(?:信息)?(?:总量|总数|数量)?{GAP}{{N}}{U_ITEM}",  # fresh22 e16: 发布各类解读429件; fresh26 j28
        # 发布图文音频各类解读信息96条
        "t11/t15/t17: 制发解读材料N条; i26 全年发布各类解读信息42条; fresh36 s03: 配文解读32件 (a text written to go with a"
        " document); fresh45 ae04: 制发各类解读文件37件",
    ),
    (
        "interpretations",
        rf"解读(?<![片漫频画字]解读)(?:重要|重大|相关|有关)?(?:政策性?)?文件{WIDE}{{N}}{U_DOC}(?!次)",  # not 图片/动漫/视频解读文件N个
        "seed 003: 解读政策文件、重大会议精神11件次; fresh7 l21 解读政策性文件34个; fresh20 t08 共解读文件23个, t25; fresh53 am03"
        " 解读重要政策文件10个; never 篇次, the placements of articles in the media (fresh33 a38: 通过主流媒体延伸宣传解读重要"
        "政策文件94篇次)",
    ),
    (
        "interpretations",
        rf"对{{N}}{U_DOC}[^，,。；;\d\n]{{0,8}}?(?:政策|文件|信息)[^，,。；;\d\n]{{0,4}}?(?#from)进行(?:了)?[^，,。；;\d\n]{{0,6}}?解读",
        "fresh24 g07: 对15个政策文件进行了解读 (the number first); fresh37 v10: 对2条信息进行解读",
    ),
    (
        "interpretations",
        rf"对[^，,。；;\d\n]{{0,10}}?(?:政策|文件)[^，,。；;\d\n]{{0,4}}?进行(?:了)?[^，,。；;\d\n]{{0,6}}?解读{GAP}{{N}}{U_ITEM}",
        "fresh15 v10: 对政策文件进行同步深入解读114条 (the policies interpreted, then the count)",
    ),
    # An item of a list of what was published (f27: 发布政策文件4条、解读信息4条、回应公众关注热点4条).
    ("interpretations", rf"(?<=[、，,；;])解读(?:信息|材料|稿件|文章){GAP}{{N}}{U_ITEM}", "f27: …、解读信息4条"),
    # …or 解读 alone, the item of such a list (发布政策文件28件,解读13条; 其中解读6条)
    (
        "interpretations",
        rf"解读(?:(?<=[、，,；;：:]解读)|(?<=其中解读)|(?<=[多各种]形式解读)){GAP}{{N}}(?P<unit>条|篇|件|份)",
        "after the documents' figure; corpus d14 …图解、H5等多形式政策解读82篇 with 政策 left out",
    ),
    (
        "interpretations",
        rf"(?<![^、，,；;：:\n。])(?:政策)?解读(?:信息|材料|稿件|文章)(?:发布|公开|推出)(?:数量|数)?{GAP}{{N}}{U_ITEM}",
        "fresh26 j02: …,解读信息发布13条 (the noun, then its verb)",
    ),
    (
        "interpretations",
        rf"(?<![片漫频画字图])政策(?:文件)?解读(?:稿件|稿|信息|材料|文章)?(?:共|共计)?(?:发布|公开|推出|刊发)(?:了)?"
        rf"(?:信息|材料|稿件|文章)?(?:数量|数)?{GAP}{{N}}{U_ITEM}",
        "the policies' interpretations named first, then their verb (全年政策解读共发布32篇)",
    ),
    # The interpretations as a class of the items published, in a list of classes (fresh18 y07: …行政规范性文件35件、
    # 解读类信息69条; fresh13 s31; fresh18 y28 …政策文件信息4条,占比5%;政策文件解读3条; fresh9 n27 文件解读信息2条) —
    # after a list mark or 政策/文件, not 会议解读类信息 (a meeting's, merged with it).
    (
        "interpretations",
        rf"解读类(?:(?<=[、，,；;：:]解读类)|(?<=政策解读类)|(?<=文件解读类))(?:信息|材料|稿件|文章)?{GAP}{{N}}{U_ITEM}",
        "fresh18 y07, fresh13 s31: 解读类信息N条",
    ),
    (
        "interpretations",
        rf"文件解读(?:(?<=[、，,；;：:]文件解读)|(?<=政策文件解读))(?:信息|材料|稿件|文章)?{GAP}{{N}}{U_ITEM}",
        "fresh18 y28 政策文件解读3条, fresh9 n27 文件解读信息2条",
    ),
    # …the count after its verb (fresh9 n15: 解读信息发布152条; fresh6 k21: 解读信息发布总数5条), on its own column
    # (fresh17 x08: 政策解读栏目发布信息35条), or the policies interpreted (fresh18 y03: …等多种方式解读政策信息53件)
    ("interpretations", rf"解读信息(?:发布|推出)(?:总数|数量|数)?{GAP}{{N}}{U_ITEM}", "fresh9 n15, fresh6 k21"),
    (
        "interpretations",
        rf"政策(?:文件)?解读(?:专栏|栏目|专题)(?:共)?(?:发布|公开|更新|推出)(?:了)?(?:各类)?(?:信息)?{GAP}{{N}}{U_ITEM}",
        "fresh17 x08 政策解读栏目发布信息35条",
    ),
    ("interpretations", rf"解读政策(?:性)?信息{GAP}{{N}}{U_ITEM}", "fresh18 y03 解读政策信息53件"),
    (
        "interpretations",
        rf"(?:制作|发布|制发|推出|编发)[^。；;\n]{{0,120}}?等(?:各类)?(?:政策)?解读(?:材料|稿件|文章|信息)?{GAP}{{N}}"
        r"(?P<unit>条|篇|件|份)",  # never 期, issues of a product (fresh20 t21: 图片、视频等各类解读2期)
        "fresh42 ab17: 制作发布《…实施意见》《…管理办法》等各类政策解读1166条 (the policies named, then the count)",
    ),
    (
        "interpretations",
        rf"(?:发布|推出)(?:了)?政策(?:文件)?解读(?:稿件|文章|信息)?{GAP}{{N}}(?P<unit>次)",
        "fresh40 o39: 全年发布政策解读3次; fresh41 aa31: 发布政策解读稿件6次",
    ),
    (
        "interpretations",
        rf"(?<![片漫频画字图])解读(?:重大|重要|相关|各类|惠民)?政策(?:措施)?{GAP}{{N}}{U_ITEM}",
        "fresh40 o38: 采用文字、图解等多元化形式,解读重大政策21条 (the verb, then the policies)",
    ),
    (
        "interpretations",
        rf"(?:制发|制作|发布|推出|编发|撰写)(?:了)?{{N}}{U_ITEM}(?:政策)?解读(?:稿件|稿|文章|材料|信息|(?=[，,。；;、]))",
        "fresh46 af09: 并相应发布了8条政策解读稿 (the verb, the figure, then what was made)",
    ),
    (
        "interpretations",
        rf"{AMONG}(?:包括|含|有)?{{N}}{U_ITEM}政策解读",
        "fresh10 p26: 其中包括20条政策解读 (the figure first)",
    ),
    (
        "normative_docs_published",
        rf"规范性文件(?:的)?(?:发布|公开)(?:数量|总数|数)?{GAP}{{N}}{U_DOC}",
        "fresh10 p25: 规范性文件发布数量0条 (the noun before its verb)",
    ),
    (  # counted in 条 only as a 数量 (fresh16 w35), never a list's 回应关切18条 (a column's items, fresh13 s05)
        "hotspot_responses",
        rf"回[应复](?:公众|社会|群众)?(?:关注)?(?:的)?(?:热点|重大舆情|舆情|关切)(?:关切)?(?:问题)?(?:[或和及、](?:重大|重点)?舆情)?(?:次数|数量|数|信息){GAP}{{N}}"
        r"(?P<unit>条)",  # fresh27 k18: 公开回应公众关注热点信息40条
        "fresh16 w35: 回应公众关注热点和重大舆情数量11条",
    ),
    (
        "hotspot_responses",
        rf"回[应复](?:公众|社会|群众)?(?:关注)?(?:的)?(?:热点|重大舆情|舆情|关切)(?:关切)?(?:问题)?(?:[或和及、](?:重大|重点)?舆情)?(?:次数|数量|数)?{GAP}{{N}}"
        r"(?P<unit>场次|场|次|期|件)",
        "seeds 000/001/002/003",
    ),
    (
        "hotspot_responses",
        r"回[应复](?:了)?{N}(?P<unit>场次|场|次|期|件)(?:公众|社会|群众)?(?:关注)?(?:的)?(?:热点|重大舆情|舆情|关切)",
        "the figure before the noun: 回应16次公众关注热点",
    ),
    # -- requests -----------------------------------------------------------------------------------------------
    (
        "requests_total",
        rf"{RECEIVE}(?:了|到)?(?:{APPLICANTS})?[^。；，\d\n]{{0,24}}?{REQUEST}(?:案件|信件|事项)?(?P<count>总数|数量|数)?{GAP}{{N}}"
        rf"(?:{U_REQ}|(?(count)(?!)|(?=[ \t]*\n|其中)))",  # (fresh44 ad14: 共收到政府信息公开申请4其中:当面申请1件…)
        "seeds 001/004, d04: 受理政府信息公开申请N件; t23 收到政府信息申请公开件658件; t01 收到依申请信息公开26件; the unit"
        " lost at a line's end as in d28 (fresh5 j01: 我局共受理政府信息公开申请0) — not after a label's 数量, table 三's row"
        " (本年新收政府信息公开申请数量55000: a row's cells run together when a page lost its line breaks)",
    ),
    (
        "requests_total",
        rf"依申请公开(?:政府信息)?(?:的)?(?:申请|请求)(?:总数|数量|数)?{GAP}{{N}}{U_REQ}",  # fresh38 w02: 我镇依申请公开请求9件
        "fresh4 i17: 2023年全年依申请公开政府信息申请 4件 (the applications, with no verb of receiving)",
    ),
    (
        "requests_total",
        rf"(?<!不予)依申请公开(?:政府信息)?(?:申请)?(?:共|共计)?{RECEIVE}(?:了)?{GAP}{{N}}{U_REQ}",
        "fresh43 ac35: 2024年,我镇依申请公开政府信息共收到37件 (the requests named, then their verb of receiving)",
    ),
    (
        "requests_total",
        rf"{RECEIVE}(?:了|到)?(?:并(?:按时|按期|及时|依法)?(?:答复|办理|办结|处理)(?:了)?)?(?:{WHO_RAISED})?{GAP}{{N}}{U_REQ}"
        rf"(?:{WHO_RAISED}|[^。；，\d\n]{{0,8}}?{RAISED}(?:的)?(?:公开)?|{WAY_BETWEEN})?{REQUEST}",  # fresh44 ad38: 共收到并按时办结16件…申请
        "number before the noun: n12 共收到4件信息公开申请, t03 共收到8份政府信息公开申请; who raised them before or after"
        " the figure (接收群众提出的7条政府信息公开申请, 接到7条提出公开政府信息的申请)",
    ),
    (
        "requests_total",
        rf"{RECEIVE}(?:了|到)?{GAP}{{N}}{U_REQ}(?:政府信息|信息)?依申请(?:信息)?公开(?:政府信息)?(?=[，,。；;\s]|$)",
        "fresh15 v30: 我办共受理2件依申请公开 (the number first, the matter ending its clause); fresh22 e22 共收到12件信息"
        "依申请公开",
    ),
    (
        "requests_total",
        rf"办理(?:政府信息)?依申请(?:政府信息)?公开(?:政府信息|政务信息|信息)?(?:的)?(?:申请|事项)?{GAP}{{N}}{U_REQ}(?![^。；\n]{{0,30}}结转)",
        "seed 002: 全县共办理依申请公开191件 (handled = received only with nothing carried over); fresh37 v22: 办理依申请公开"
        "信息3件",
    ),
    ("requests_total", rf"(?:收到|受理)申请(?:总)?数{GAP}{{N}}{U_REQ}", "2014 table: 收到申请数"),
    (
        "requests_total",
        rf"{RECEIVE}(?:了|到)?(?:并(?:答复|办理|办结|处理)(?:了)?)?(?:各类)?(?:公民|群众|公众)?(?:公开)?申请(?:事项)?{GAP}{{N}}"
        rf"{U_REQ}",
        "fresh7 l13: （二）依申请公开办理情况 / 汝州市共收到申请19件 — bare 申请 (or 公开申请, fresh15 v29), only under a"
        " heading about requests; fresh25 i10: 共收到并答复公民申请事项1件 (whose applicants, the verbs joined)",
    ),
    (
        "requests_total",
        rf"{RECEIVE}(?:了|到)?{GAP}{{N}}{U_REQ}(?:的)?(?:公民|群众|公众)?申请(?![人书表])",
        "fresh39 x06: （三）回应诉求,规范依申请公开 / …全年共收到90件申请 — the figure first, bare 申请, as above only under a"
        " heading about requests",
    ),
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
    # The template's table 三 totals said in words (fresh15 v16: 其中本年新收33件，上年结转0件，结转至下年办理0件;
    # v05 上年转结1件; v09 转结下年度办理1件) — counted in 件, never a table's bare cells; landed only in a template
    # era and where the table itself gives none (extract.py).
    *(
        (metric, pattern, "fresh15 v05, v09, v16: table 三's totals in prose")
        for metric in ("t3.new_received.total", "requests_total")
        for pattern in (rf"本年(?:度)?新收(?:到)?(?:的)?(?:政府信息公开)?(?:申请)?(?:数量)?{GAP}{{N}}(?P<unit>件|宗)",)
    ),
    (
        "t3.carried_over.total",
        rf"(?:上年度?|上一年度?)(?:结转|转结|转接)(?:的|来)?(?:政府信息公开)?(?:申请)?(?:办理)?(?:数量)?{GAP}{{N}}(?P<unit>件|宗)",
        "fresh15 v05 上年转结1件, v16 上年结转0件",
    ),
    (
        "t3.carried_forward.total",
        rf"(?:结转|转结|转接|顺延)(?:至|到)?下(?:一)?年度?(?:继续)?(?:办理|答复)?(?:的)?(?:申请)?{GAP}{{N}}(?P<unit>件|宗)",
        "fresh15 v09 转结下年度办理1件, v16 结转至下年办理0件",
    ),
    # The same said the other way round (fresh18 y35: 结转上年度办理1件; fresh19 z24: 结转上年9件, 结转下年继续办理7件),
    # with the figure first (fresh18 y03, fresh19 z29: 3件结转(至)下年度继续办理; y07: 33件申请依法顺延到下年度答复) or
    # with 转 alone (fresh18 y27: 转下年办理3件).
    (
        "t3.carried_over.total",
        rf"(?:结转|转结)(?:自)?上(?:一)?年度?(?:的)?(?:未办结|继续办理|办理)?(?:的)?(?:政府信息公开)?(?:申请)?{GAP}{{N}}(?P<unit>件|宗)",
        "fresh18 y35 结转上年度办理1件, fresh19 z24 结转上年9件",
    ),
    (
        "t3.carried_forward.total",
        r"{N}(?P<unit>件|宗)(?:申请)?(?:依法)?(?#from)(?:结转|转结|转|顺延|延期)(?:至|到|入)?下(?:一)?年度?",
        "fresh18 y03 3件结转下年度继续办理, fresh19 z29 3件结转至下年度继续办理, fresh18 y07 33件申请依法顺延到下年度答复",
    ),
    (
        "t3.carried_forward.total",
        rf"(?<![结转])转(?:至|到|入)?下(?:一)?年度?(?:继续)?办理(?:的)?(?:申请)?{GAP}{{N}}(?P<unit>件|宗)",
        "fresh18 y27 转下年办理3件",
    ),
    # The years named (fresh19 z09: 2023年结转132件 … 结转2025年183件 in a 2024 report; fresh12 r11: 結轉至2024年
    # 辦理1件 in a 2023 report): the year before the report's and the year after it, checked in extract.py.
    (
        "t3.carried_over.total",
        rf"(?P<year>(?:19|20)\d{{2}})年度?(?#from)(?:结转|转结)(?:来)?(?:的)?(?:政府信息公开)?(?:申请)?{GAP}{{N}}(?P<unit>件|宗)",
        "fresh19 z09 2023年结转132件",
    ),
    (
        "t3.carried_forward.total",
        rf"(?:结转|转结)(?:至|到)?(?P<year>(?:19|20)\d{{2}})年度?(?:继续)?(?:办理)?(?:的)?(?:申请)?{GAP}{{N}}(?P<unit>件|宗)",
        "fresh19 z09 结转2025年183件, fresh12 r11 结转至2024年办理1件",
    ),
    (
        "t3.carried_forward.total",
        r"{N}(?P<unit>件|宗)(?:申请)?(?#from)(?:结转|转结)(?:至|到)?(?P<year>(?:19|20)\d{2})年度?",
        "fresh21 c02 另有50件结转2025年度继续办理",
    ),
    # Table 二's decisions said in words with the table's own label (fresh46 af25: 处理行政许可决定数量1972件;处理行政处罚
    # 数量19件,处理行政强制数量10件) — 处理 and 数量 as the label has them, never an activity's count (fresh43 ac22:
    # 办理行政许可528件); landed only in a template era and where the table itself gives none (extract.py).
    *(
        (f"t2_{name}_decisions", rf"处理行政{kind}(?:的)?(?:决定)?数量{GAP}{{N}}(?P<unit>件|宗|项|个)", "fresh46 af25")
        for name, kind in (("licensing", "许可"), ("penalty", "处罚"), ("coercion", "强制"))
    ),
    # Table 四's reconsideration results said in words after the reconsiderations (fresh18 y02: 行政复议案件102件,办理结果
    # 为:结果维持18件,结果纠正62件,其他结果16件,尚未审结6件; fresh19 z29) — only in a sentence about reconsiderations
    # and not lawsuits (extract_narrative._skip).
    *(
        (f"t4.reconsideration.{result}", rf"{label}{GAP}{{N}}(?P<unit>件|宗|起)", "fresh18 y02, fresh19 z29")
        for result, label in (
            ("maintained", "(?:结果维持|维持结果)"),  # fresh22 e12: 复议机关维持结果3件,纠正结果1件
            ("corrected", "(?:结果纠正|纠正结果)"),
            ("other", "其他结果"),
            ("pending", "尚未审结"),
        )
    ),
    # 其中新收到14件 after the year's requests (fresh18 y35: 共受理政府信息公开申请15件,其中新收到14件,结转上年度办理1件)
    # (the year's requests, as the truths read it, stay the whole received: 15)
    (
        "t3.new_received.total",
        rf"{AMONG}新收(?:到)?(?:的)?(?:政府信息公开)?(?:申请)?{GAP}{{N}}(?P<unit>件|宗)",
        "fresh18 y35",
    ),
    # The way a request came in, before the verb of receiving it (n23: 网站受理依申请公开9件;当面受理…7件;邮寄受理…15件).
    (
        "requests_online",
        rf"(?:网站|网上|网络|互联网|在线)(?:上)?(?:共)?{RECEIVE}(?:的)?(?:{REQUEST}){GAP}{{N}}{U_REQ}",
        "n23: 网站受理依申请公开9件",
    ),
    (
        "requests_in_person",
        rf"(?:当面|现场)(?:共)?{RECEIVE}(?:的)?(?:{REQUEST}){GAP}{{N}}{U_REQ}",
        "n23: 当面受理依申请公开7件",
    ),
    (
        "requests_letter",
        rf"(?:邮寄|信函)(?:共)?{RECEIVE}(?:的)?(?:{REQUEST}){GAP}{{N}}{U_REQ}",
        "n23: 邮寄受理依申请公开15件",
    ),
    # …申请38件,其中,通过网上接收35件 (fresh9 n18): the way alone, inside a sentence about requests (see _skip)
    (
        "requests_online",
        rf"(?:网上|网络|在线)(?:接收|收到|受理|提交)(?:的)?(?:申请)?{{N}}{U_REQ}",
        "fresh9 n18: 通过网上接收35件; fresh18 y08: 其中通过网络收到申请25件",
    ),
    (
        "requests_letter",
        rf"(?:来信|信函|邮寄)(?:接收|收到|受理)(?:的)?(?:申请)?{{N}}{U_REQ}",
        "fresh18 y08: 通过来信收到申请4件",
    ),
    # A way named with its 形式/方式, then the requests (fresh30 p23: 其中网络形式申请8件,信函形式申请22件)
    (
        "requests_online",
        rf"(?:网上|网络|在线|互联网)(?:形式|方式|渠道)(?:提出|提交)?(?:的)?(?:依)?申请{{N}}{U_REQ}",
        "fresh30 p23: 网络形式申请8件",
    ),
    (
        "requests_letter",
        rf"(?:来信|信函|邮寄)(?:形式|方式|渠道)(?:提出|提交)?(?:的)?(?:依)?申请{{N}}{U_REQ}",
        "fresh30 p23: 信函形式申请22件",
    ),
    (
        "requests_in_person",
        rf"(?:当面|现场)(?:形式|方式|渠道)(?:提出|提交)?(?:的)?(?:依)?申请{{N}}{U_REQ}",
        "the same wording of the third way",
    ),
    (
        "requests_online",
        rf"(?:接收|收到|受理)(?:通过)?(?:网络|网上|在线)(?:方式|渠道)?(?:提交|提出)(?:的)?(?:政府信息公开|信息公开)(?:申请)?{{N}}{U_REQ}",
        "fresh16 w28: 我委接收网络方式提交政府信息公开5件",
    ),
    (
        "requests_in_person",
        rf"(?:当面|现场)(?:提出)?申请(?:数)?{GAP}(?:{APPLICANTS})?{{N}}{U_REQ}",
        "seeds 001/002; fresh11 q08 2人3件; 现场申请 alike",
    ),
    # The figure first, then the way (seed 000: 1件为当面申请; fresh15 v07: 其中8份是网络依申请公开): one rule per
    # verb and way (per_way).
    *per_way(
        (*REQUEST_WAY_WORDS, ("requests_online", ("通过网络", "通过网上"))),
        "seed 000; fresh15 v07; fresh29 n14: 20件为来信申请",
        *(
            rf"{{N}}{U_REQ}[，,]?(?#from){verb}<way>(?:提出)?(?:依)?申请" for verb in ("为", "是")
        ),  # fresh23 f27: 1件,为网上申请
    ),
    # …or the requests received, their way said between the figure and the noun (fresh48 ah22: 接到8件信函形式的信息
    # 公开申请): every request that way
    *per_way(
        REQUEST_WAY_WORDS,
        "fresh48 ah22",
        rf"{RECEIVE}(?:了|到)?{{N}}{U_REQ}(?#from)<way>(?:形式|方式|渠道)(?:提交|提出)?的(?:{REQUEST})",
    ),
    # …with no verb between, a list's item (fresh46 af23: 收到信息公开申请件13件(11件网上申请,2件信函申请))
    *per_way(
        REQUEST_WAY_WORDS,
        "fresh46 af23",
        rf"(?<=[（(，,、；;：:]){{N}}{U_REQ}(?#from)<way>(?:提出|提交)?(?:的)?(?:依)?申请",
    ),
    # A way opening an item of a list of the year's requests, or after 其中 or 通过, then its figure (fresh17 x24: 其中通过
    # 当面提交申请6条,通过邮寄方式提交申请2条; x27: 其中依申请公开平台36件、邮寄15件; fresh32 r02: 通过互联网渠道提交15件,
    # 通过邮寄信件方式提交2件,通过当面申请方式3件) — in a sentence about requests (_skip).
    *per_way(
        REQUEST_WAY_WORDS,
        "fresh17 x24, x27; fresh32 r02, r08",
        rf"<way>(?<=[、，,：:；;（(]<way>){WAY_TAIL}{GAP}{{N}}{U_REQ}",
        rf"{AMONG}(?:通过)?<way>{WAY_TAIL}{GAP}{{N}}{U_REQ}",
        rf"通过<way>{WAY_TAIL}{GAP}{{N}}{U_REQ}",
    ),
    # The verb of receiving, then the way, then the requests (fresh35 c17: 全县受理线上信息公开申请65件)
    *per_way(
        REQUEST_WAY_WORDS,
        "fresh35 c17",
        rf"{RECEIVE}(?:了)?(?:通过)?<way>(?:渠道|方式|平台)?(?:提交|提出)?(?:的)?(?:{REQUEST}){GAP}{{N}}{U_REQ}",
    ),
    # Every request of the year came one way (fresh17 x11: 共受理政府信息公开申请18件,均为网络申请; x36: 受理依申请公开件
    # 9件,均通过信函递交): the figure is that way's too.
    *per_way(
        (
            ("requests_in_person", ("当面", "现场")),
            ("requests_online", ("网络", "网上", "在线", "互联网")),
            ("requests_letter", ("信函", "邮寄", "来信")),
        ),
        "fresh17 x11, x36",
        *(
            rf"{{N}}{U_REQ}{CHANGE_CLAUSE}[，,]?(?#from){verb}(?:自然人|公民|个人)?<way>"  # fresh45 ae29: 申请5件,均为自然人网上申请
            for verb in (
                "均为",
                "均是",
                "均系",
                "均通过",
                "全部为",
                "全部是",
                "全部通过",
                "全为",
                "全是",
                "都为",
                "都是",
                "都通过",
            )
        ),  # fresh28 m21: 共受理依申请公开8件,都为信函申请; fresh37 v03: 受理依申请公开4件,全为互联网申请
    ),
    (
        "requests_total",
        rf"(?<!不予)依申请公开(?:方面)?[，,]?(?:全年|本年度?)?(?:共|共计)?{RECEIVE}(?:了)?{GAP}{{N}}(?P<unit>件|项|宗)",
        "fresh14 u05: 2019年依申请公开共受理2件 (the matter named first, then its verb)",
    ),
    (
        "requests_total",
        rf"(?:政府)?信息公开(?:的)?申请(?:共|共计)?{RECEIVE}(?:了)?(?:总数|数量|数)?{GAP}{{N}}{U_REQ}",
        "the requests named first, then their verb of receiving (全区政府信息公开申请共收到154件)",
    ),
    (
        "requests_online",
        rf"(?:网络|网上|网路|互联网|在线|网页)(?:渠道|平台)?申请(?:数)?{GAP}(?:{APPLICANTS})?{{N}}{U_REQ}",
        "seed 001; fresh15 v09 网络渠道申请30件; fresh17 x16 网页申请3人次",
    ),
    (
        "requests_total",
        r"其中[，,]?(?:本年度?|当年)(?:新)?(?:收到|受理|接收)(?:的)?(?:申请)?{N}(?P<unit>件)",
        "fresh15 v05: 共办理4件…申请(其中当年收到3件,上年转结1件) — the year's own among those handled",
    ),
    (
        "requests_letter",
        rf"(?:信函|邮寄|来信)申请(?:数)?{GAP}(?:{APPLICANTS})?{{N}}{U_REQ}",
        "seeds 001/002 (not 信函、传真申请, d06); the way's other names (fresh34 b12: 邮寄申请数5件)",
    ),
    ("requests_fax", rf"(?<![\u4e00-\u9fff]、)传真申请(?:数)?{GAP}{{N}}{U_REQ}", "d04"),
    ("requests_email", rf"电子邮件申请(?:数)?{GAP}{{N}}{U_REQ}", "d04"),
    (
        "requests_closed",
        rf"{ANSWER}(?:了)?(?:政府)?信息公开(?:的)?申请{GAP}{{N}}{U_REQ}",  # fresh23 f04: 回复政府信息公开申请1641件
        "fresh10 p16: 受理政府信息公开申请11件,答复政府信息公开申请9件; fresh9 n04 答复政府信息公开申请42件",
    ),
    (
        "requests_closed",
        # any verb of finishing: 办理/答复/回复/处理 完成 or 完毕, 办理 or 完成 an answer (fresh22 e01 办理回复4件次), then
        # what was finished, as after 办结 (corpus d13: 答复完毕依申请公开81件; 共答复完毕148件, 办理完毕信息公开申请16件)
        rf"(?:(?:办理|答复|回复|处理)(?:完成|完毕)|办理(?:答复|回复)|完成{ANSWER})(?:了)?(?:依申请)?(?:政府)?(?:信息)?"
        rf"(?:公开|依申请公开)?(?:申请|件|事项)?(?:数)?{GAP}{{N}}{U_REQ}",
        "fresh13 s31: …申请354件…办理完成353件; s32: 办理答复139件 (after the requests only: see _skip)",
    ),
    (
        "requests_closed",
        r"(?<=[，,])完成{N}(?P<unit>件)",
        "fresh37 v39: 收到依申请公开信息共74件,完成72件 — a bare 完成, counted in 件 (never 完成1次对网站…的检测, fresh13"
        " s31), after the requests only (see _skip)",
    ),
    (
        "requests_closed",
        rf"(?<![未不])(?:已|已经)(?:全部)?{ANSWER}(?:了)?{GAP}{{N}}{U_REQ}",  # fresh13 s37 (已回复37件 alike)
        "fresh13 s37: 共收到信息公开申请37件,已答复37件 (after the requests only: see _skip)",
    ),
    (
        "requests_closed",
        rf"(?<!按时)(?<!按期)(?<!延期)办结(?:完成|完毕)?(?:了)?(?:依申请)?(?:政府)?(?:信息)?(?:公开|依申请公开)?(?:申请|件|事项)?(?:数)?{GAP}"
        rf"{{N}}{U_REQ}",
        "seed 001, d13: 办结信息公开申请N件; fresh24 g23: 办结政府信息依申请公开733件; fresh44 ad27: 共办结依申请政府信息公开"
        "事项3件",
    ),
    # Every request counted, closed: the figure first, then 均/已 and its answering (fresh22 e14: 共收到…申请20件,20件申请
    # 均按期答复; e22: 共收到12件…,其中10件已经按时按规完成答复) — after the requests only (see _skip), never a part
    # answered one way (3件按期答复,2件延期答复).
    (
        "requests_closed",
        rf"(?<=[，,；;：:中。\n]){{N}}{U_REQ}(?:申请)?(?#from)(?:均|全部|都|已经|已)(?:已经|已)?"
        r"(?:按时|按期|如期|及时|依法|按规|在法定期限内)*(?:按照?[^，,。；;\d\n]{0,8}?(?:要求|规定))?(?:进行|完成|予以|作出)?"
        r"(?:书面)?(?:答复|回复|办结|(?:办理|处理)(?:完毕|完成))(?!率)",
        "fresh22 e14, e22; fresh44 ad11: 其中3件已按照相关要求进行书面回复; 其中33件已办理完毕",
    ),
    # -- outcomes -------------------------------------------------------------------------------------------------
    ("outcome_already_public", rf"属(?:于)?(?:已)?主动公开(?:范围|的)?(?:数)?{GAP}{{N}}{U_REQ}", "seeds 000/001"),
    # an item of a list of answers, 的 before its figure (fresh22 e12: …,不予公开或…44件,已主动公开的2件) — never 已主动
    # 公开2件 alone (documents published)
    (
        "outcome_already_public",
        rf"(?<=[，,、；;：:])(?:已|已经)主动公开(?:范围)?的{{N}}{U_OUTCOME}",
        "fresh22 e12",
    ),
    (
        "outcome_already_public",
        rf"所申请(?:的)?(?:政府)?信息(?:已|已经)主动公开(?:的)?{GAP}{{N}}{U_OUTCOME}",
        "fresh41 aa07: 予以公开1件,所申请信息已主动公开2件 (what was asked for, said to be public already)",
    ),
    (
        "outcome_granted",
        rf"(?<!部分)(?<!不)(?<![及和与、或])同意公开(?!或)[”\"]?(?:的)?(?:答复|申请)?(?:件数|数)?{GAP}{{N}}{U_REQ}",
        "seeds 000/001; as 予以公开 below (同意公开的申请5条)",
    ),
    (
        "outcome_granted",
        rf"(?<=[“\"])公开[”\"](?:的)?(?:件数|数)?{GAP}{{N}}{U_REQ}",
        "the outcome quoted by its short name: fresh38 w23 “予以公开”的件数为1件 written “公开”的件数为1件, “公开”17件",
    ),
    (
        "outcome_granted",
        rf"(?<![不或及和与、])予以公开(?!或)[”\"]?(?:的)?(?:答复|申请)?(?:件数|数)?{GAP}{{N}}{U_REQ}",  # fresh17 x24: 予以公开的申请5条;
        # fresh38 w23: “予以公开”的件数为1件
        "2019/2021 templates' wording in prose: t03/t27 予以公开2件",
    ),
    # Never 同意公开、部分公开N件 (the two merged), but 予以公开11件、部分公开1件 lists the next outcome (fresh5 j24).
    (
        "outcome_partial",
        rf"部[分份](?:予以)?公开(?<![及和与或]部[分份]公开)(?<![及和与或]部[分份]予以公开)"
        rf"(?:(?<=[件条项个]、部[分份]公开)|(?<=[件条项个]、部[分份]予以公开)|(?<!、部[分份]公开)(?<!、部[分份]予以公开))"
        rf"(?:答复)?(?:数)?{GAP}{{N}}{U_REQ}",
        "seeds 000/001; fresh49 ai01: 予以部份公开1件 (部份, a variant writing of 部分); 部分予以公开356宗",
    ),
    (
        "outcome_denied",
        rf"(?:不同意公开|否决公开|不予(?:以)?公开|(?<![予以])不公开)(?:答复)?(?:数)?{GAP}{{N}}{U_REQ}",
        "seed 001 (never 不予公开信息N条: information classification, d03/d17); 不公开5件, the outcome said short",
    ),
    (
        "outcome_not_exist",
        rf"信息不存在(?:的)?(?:[，,、]?无法提供)?(?:数)?{GAP}{{N}}{U_REQ}",
        "2014 statistics table wording; t27 信息不存在的1件; fresh9 n17 信息不存在无法提供3件",
    ),
    # Answers named by the scope the information falls in (fresh9 n17: 属于公开范围5件,属于部分公开范围4件); counted in
    # requests only (属于公开范围的信息N条 classifies information). 属于主动公开范围 is already public (fresh30 p23).
    ("outcome_granted", rf"(?<!部分)(?<!不)属于公开范围(?:的)?{GAP}{{N}}(?P<unit>件|起|宗)", "fresh9 n17"),
    ("outcome_partial", rf"属于部分公开范围(?:的)?{GAP}{{N}}(?P<unit>件|起|宗)", "fresh9 n17"),
    (
        "outcome_not_ours",
        rf"(?:不属于本(?:行政)?(?:机关|单位|部门)(?:公开|掌握|{DUTY})?(?:范围)?(?:的)?(?:政府)?(?:信息)?|非本(?:机关|部门|单位)掌握"
        rf"|非本(?:行政)?(?:机关|部门|单位)(?:{DUTY})(?:范围)?(?:的)?(?:政府)?(?:信息)?"  # 非本机关职责范围1件
        rf"|非本(?:行政)?(?:机关|部门|单位)(?:制作或(?:者)?保存|制作|保存)(?:的)?(?:政府)?(?:信息)?"
        rf"|非本(?:行政)?(?:机关|部门|单位)(?:的)?政府信息)(?:数)?{GAP}{{N}}{U_REQ}",
        "seed 001; fresh30 p23: 不属于本行政机关公开信息1件; fresh44 ad22: “非本机关政府信息”的1件; a matter not the"
        " body's to answer (不属于本机关职责范围1件, 非本机关负责1件)",
    ),
    (
        "outcome_not_ours",
        rf"(?:本(?:行政)?(?:机关|单位|部门|局|办|委)?|(?<=[，,、；;：:]))不掌握(?:相关)?(?:政府)?信息(?:的)?(?:申请)?(?:无法提供)?{GAP}{{N}}{U_REQ}",
        "2019/2021 templates' wording in prose: t03 本办不掌握相关政府信息2件, t27 因本机关不掌握…无法提供1件",
    ),
    (
        "outcome_asked_to_amend",
        rf"(?<![未不无])(?:告知)?(?:作出)?更改(?:、|和|或)?补充(?:申请)?(?:的)?(?:数)?{GAP}{{N}}{U_REQ}",
        "2014 statistics table wording; fresh22 e12 已答复申请人的100件中:…作出更改补充的8件",
    ),
    (
        "outcome_other_channel",
        rf"告知(?:通过)?其他(?:途径|渠道)(?:办理|获取)?(?:数)?{GAP}{{N}}{U_REQ}",
        "2014 statistics table wording; fresh44 ad09 告知其他途径3起",
    ),
    # Every request received granted, said right after their count (fresh40 o39: 收到政府信息公开申请3项全部予以公开;
    # fresh13 s13: 共受理政府信息公开申请3件,均已按规定及时予以公开) — never 部分 or 不予, nor past a clause's end.
    (
        "outcome_granted",
        rf"申请{GAP}{{N}}{U_REQ}[，,]?(?:均|全部|全都)(?:已)?[^，,。；;\d\n部不]{{0,8}}?(?:予以|同意)公开(?![或及和、])",
        "fresh40 o39, fresh13 s13",
    ),
    # The count first, then what became of it (fresh2 g28: 其中1件予以公开,2件因本机关不掌握相关政府信息而无法提供;
    # fresh8 m13: 2件办理结果为依申请公开): a list's item, opened by its mark or 其中.
    *(
        (metric, rf"(?<=[，,、；;：:中]){{N}}{U_OUTCOME}{OUTCOME_VIA}(?:{outcome})", "fresh2 g28, fresh8 m13")
        for metric, outcome in OUTCOME_AFTER.items()
    ),
    # An outcome named short, a list's item right after its mark or 其中 (fresh44 ad09: 收到信息公开申请22起,…答复22起。其中
    # 公开1起,不属于政府信息4起,告知其他途径3起,不存在9起; ad07: 收到政府信息公开申请1件,由自然人提交,公开1件) — counted only
    # where requests were named in its sentence or the one before (see extract_narrative's outcome guard).
    # (each opens with its literal, the mark or 其中 looked behind from it: re skips through a text to a literal)
    ("outcome_granted", r"公开(?:(?<=[，,、；;：:]公开)|(?<=其中公开)){N}(?P<unit>件|起|宗)", "fresh44 ad07, ad09"),
    ("outcome_not_exist", r"不存在(?:(?<=[，,、；;：:]不存在)|(?<=其中不存在)){N}(?P<unit>件|起|宗)", "fresh44 ad09"),
    # -- reconsideration, lawsuits, complaints, fees ----------------------------------------------------------------
    (
        "reconsiderations",
        rf"(?:(?:申请|提起|提出)?行政复议|(?:申请|提起|提出|(?<=的)|(?<=公开)|(?<=发生)|(?<=产生)|(?<=引起)|(?<=引发)|(?<=涉及)|(?<=公开类))复议)(?!后|机关|决定)(?:申请)?(?:的)?(?:案件|案|事项|件)?(?:数量|数)?{GAP}{{N}}{U_CASE}",
        "seed 000; fresh10 p23 被申请行政复议的案件有9件; fresh25 i40 行政复议案共1起 (as 行政诉讼案1件); 复议 said without"
        " 行政 after the words that bring one about (因政府信息公开申请引起的复议93件, 被申请复议0件), never a state of one"
        " (撤销复议申请1件, 正在复议1件: fresh39 x01, fresh45 ae28), 复议后起诉 nor a 复议机关's 复议决定",
    ),
    (
        "reconsiderations",
        rf"(?<=[有共计]){{N}}{U_CASE}(?:因|涉及)(?:政府)?信息公开(?:申请)?(?:而)?(?:提起|引起|引发|产生)(?:的)?行政复议",
        "fresh46 af24: 全年有3起因政府信息公开申请提起的行政复议 (the figure first, then the cause)",
    ),
    (
        "reconsiderations",
        rf"(?:收到|受理|发生)(?:了)?{{N}}{U_CASE}(?:有关)?(?:政府)?信息公开(?:的)?行政复议",
        "d05: 收到1份有关政府信息公开行政复议申请; fresh44 ad11: 发生1起有关政府信息公开的行政复议案件",
    ),
    (
        "lawsuits",
        rf"(?:提起行政诉讼|行政诉讼|(?:提起|(?<=的)|(?<=公开)|(?<=发生)|(?<=产生)|(?<=引起)|(?<=引发)|(?<=涉及)|(?<=公开类))诉讼)"
        rf"(?!后)(?:的)?(?:案件|案)?(?:数量|数)?{GAP}{{N}}{U_CASE}",  # fresh17 x11: 行政诉讼案1件
        "2014 statistics table wording; fresh7 l05 提起行政诉讼的案件0件; 诉讼 without 行政 after the words that bring one"
        " about, as 复议 above (因政府信息公开引起的诉讼2件, 提起诉讼1起)",
    ),
    (
        "lawsuits",
        rf"诉讼(?<=[，,、；;]诉讼)(?:案件|案)?(?:数量|数)?{GAP}{{N}}{U_CASE}",
        "诉讼 alone opening a clause right after the reconsiderations' (行政复议0件,诉讼0件; see _skip)",
    ),
    ("complaints", rf"举报投诉(?:案件)?(?:数量|数)?{GAP}{{N}}{U_CASE}", "2014 statistics table wording"),
    (
        "complaints",
        rf"信息公开(?:工作)?(?:类)?(?:的)?(?:投诉举报|投诉)(?:案件|件)?(?:数量|数)?{GAP}{{N}}{U_CASE}",  # fresh46 af03 投诉件0件
        "fresh15 v38: 信息公开投诉举报5件 (about disclosure; a hotline's 投诉举报 are not)",
    ),
    (
        "fees_yuan",
        rf"(?:依申请公开(?:信息)?(?:收取|收费)|政府信息公开(?:收取|收费)|收取|收费)(?:[^，,。；;\d\n]{{2,12}}?等)?(?:成本)?(?:的)?"
        rf"(?:费用|金额)(?:总额)?{GAP}{{N}}{U_YUAN}",
        "2014 table: 依申请公开信息收取的费用; fresh26 j21 共收取检索、复印、邮递等成本费用共计0元",
    ),
    ("fees_yuan", rf"(?:依申请公开|政府信息公开)(?:工作)?(?:收取|收费){GAP}{{N}}{U_YUAN}", "政府信息公开收费0元"),
    (
        "fees_yuan",
        # none said in words, with no unit (a count of yuan or of charges alike is none)
        r"(?:依申请公开|政府信息公开)(?:工作)?(?:收取|收费)(?:的)?(?:费用|金额)?(?:总额)?(?:为|是)(?=[零〇0][，,。；;\n])"
        r"{N}",
        "fresh19 z10: 本年度,我局政府信息公开收费为零,减免金额为零",
    ),
    ("funding_yuan", rf"专项经费(?:投入)?{GAP}{{N}}{U_YUAN}", "seeds 000/003: 专项经费100.46万元"),
    (
        "funding_yuan",
        rf"(?:政府|政务)?信息公开(?:工作)?经费(?:投入)?{GAP}{{N}}{U_YUAN}",
        "fresh32 r39: 年用於信息公開工作經費約2萬元",
    ),
    ("info_processing_fee_yuan", rf"信息处理费{GAP}{{N}}{U_YUAN}", "2021 template section 六"),
    # -- staff and places -----------------------------------------------------------------------------------------
    (
        "staff",
        rf"从事(?:政府信息公开|政务公开|信息公开)(?:工作)?(?:的)?人员(?:数)?{GAP}{{N}}{U_PERSON}",
        "2014 table: 从事政府信息公开工作人员数; fresh49 ai24: 全街从事信息公开工作人员数7人 (the work named 信息公开 alone)",
    ),
    (
        "staff",
        rf"(?:有|共有)(?:政府信息公开|政务公开)工作人员{GAP}{{N}}{U_PERSON}",
        "fresh8 m16: 全市有政府信息公开工作人员551人",
    ),
    (
        "staff",
        rf"(?:政府信息公开|政务公开)(?:工作)?(?:的)?专兼职(?:工作)?人(?:员|数)?{GAP}{{N}}{U_PERSON}",
        "seed 003: 政务公开专兼职人数达54人",
    ),
    (
        "staff",
        # the work's staff named by the work, full- and part-time together or not said (the whole); 从事…工作的 too
        rf"(?:从事)?(?:政府信息公开|政务公开)(?:工作)?(?:的)?(?:专、兼职|专[(（]兼[)）]职|专兼职)?(?:工作)?人员(?:数)?"
        rf"{GAP}{{N}}{U_PERSON}",
        "fresh19 z12: 全区政府信息公开工作人员共50人; fresh18 y32: 配备政府信息公开专、兼职工作人员109人; z20: 从事…的专(兼)职工作人员共991人",
    ),
    (
        "staff",
        rf"{HIRE}(?:了)?{INNER_UNIT}{GAP}{{N}}{U_PERSON}(?:同志|工作人员|人员)?(?:专门|具体|专职)(?:负责|承担)[^，。；\n]{{0,12}}?"
        rf"(?:信息公开|政务公开)",
        "fresh19 z17: 委派2人专门负责信息公开工作",
    ),
    (
        "staff_full_time",
        rf"(?:专职|全职)(?:信息公开|政务公开|信息)?(?:工作)?(?:人员)?(?:数)?{GAP}{{N}}{U_PERSON}",
        "d16: 全职人员1名; 其中专职2人; fresh36 s14: 街道共有专职信息人员2名",
    ),
    ("staff_part_time", rf"兼职(?:工作)?(?:人员)?(?:数)?{GAP}{{N}}{U_PERSON}", "stats-table wording; 兼职3人"),
    # The number before the noun: 配备了2名兼职工作人员 (d18), 指定2名兼职工作人员 (n06), 配备了4名专兼职工作人员 (n14),
    # 我局专门安排1名业务人员 (d10); a kind without its noun before a comma (配备1名专职，1名兼职信息公开工作人员).
    (
        "staff_part_time",
        rf"{HIRE}(?:了)?{INNER_UNIT}{GAP}{{N}}{U_PERSON}(?:同志)?兼职(?:的)?(?:信息公开|政务公开|政府信息公开)?"
        rf"(?:工作)?(?:人员|同志|信息员)",
        "d18, n06: 指定2名兼职工作人员",
    ),
    # …or the people and the unit they sit in, then 兼职 as what they do besides (fresh52 al24: 安排了3名办公室工作人员
    # 兼职负责政务公开的日常工作)
    (
        "staff_part_time",
        rf"{HIRE}(?:了)?{GAP}{{N}}{U_PERSON}(?:[\u4e00-\u9fff]{{0,6}}?(?:办|办公室|科|股))?(?:工作)?人员兼职"
        rf"(?:负责|从事|承担)[^，,。；;\n]{{0,12}}?(?:信息公开|政务公开)",
        "fresh52 al24",
    ),
    (
        "staff_full_time",
        rf"{HIRE}(?:了)?{INNER_UNIT}{GAP}{{N}}{U_PERSON}(?:同志)?(?:(?:政府)?信息公开|政务公开)?(?:专职|全职)(?:的)?"
        rf"(?:信息公开|政务公开|政府信息公开)?(?:工作)?(?:人员|同志|信息员|(?=[，、,]))",
        "配备1名专职工作人员; fresh44 ad33: 专门配置了两名政府信息公开专职人员 (the work named before the post)",
    ),
    (
        "staff_full_time",
        r"(?<![\d.]){N}(?P<unit>名|位|人)(?:同志|工作人员)?(?#from)(?:为|担任)(?:专职|全职)(?:的)?(?:政府信息公开|信息公开|政务公开)?"
        r"(?:工作)?人员",
        "fresh38 w37: 明确办公室一名人员1位同志为专职政府信息公开工作人员 (the figure, then the post it holds)",
    ),
    (
        "staff_part_time",
        rf"(?<=[，、,及和与有])(?:共有?)?{{N}}{U_PERSON}兼职(?:从事)?(?:的)?(?:信息公开|政务公开|政府信息公开)?(?:工作)?"
        rf"(?:人员|信息员)",
        "…1名专职，1名兼职信息公开工作人员; fresh13 s02 …指定专人负责政府信息公开工作,共16名兼职人员; fresh15 v19"
        " 配备了1名专职工作人员及一名兼职工作人员",
    ),
    (
        "staff",
        rf"(?:共有|有)(?:专兼职|专、兼职)(?:的)?(?:信息公开|政务公开)?(?:工作)?人员{GAP}{{N}}{U_PERSON}",
        "fresh13 s23: 全州政府信息公开专门工作机构13个,共有专、兼职工作人员441名",
    ),
    (
        "staff",
        rf"(?<=[，、,])(?:共有?)?{{N}}{U_PERSON}(?:工作人员|人员)(?:专门|具体)?(?:负责|承担)[^，。；\n]{{0,12}}?(?:信息公开|政务公开)",
        "fresh13 s09: 设有政府信息公开工作机构1个,11名工作人员负责具体信息公开情况",
    ),
    (
        "staff",
        rf"{HIRE}(?:了)?{INNER_UNIT}{GAP}{{N}}{U_PERSON}(?:同志)?(?:专兼职|专、兼职)(?:的)?(?:信息公开|政务公开)?(?:工作)?"
        rf"(?:人员|同志)",
        "n14: 配备了4名专兼职工作人员",
    ),
    ("staff", rf"{HIRE}(?:了)?{INNER_UNIT}{GAP}{{N}}{U_PERSON}(?:业务|工作)?人员", "d10: 我局专门安排1名业务人员"),
    (
        "staff",
        r"(?:信息公开|政务公开)[^。；\n]{0,30}?由{N}(?P<unit>人|名)(?:同志|工作人员|人员)?(?:专门|具体|专职)?负责",
        "n09: 高度重视政府信息公开工作，由1人专门负责此项工作",
    ),
    ("query_points", rf"(?:查阅点|查阅场所|查询点|查阅室|查阅中心)(?:数)?(?:共)?{GAP}{{N}}{U_PLACE}", "seeds 000/003"),
    (
        "query_points",
        rf"(?:设立|设置|设有|建立|开设|开辟)(?:了)?(?:\d+个[^，,。；;\d\n]{{1,12}}?[和及、])?{GAP}{{N}}{U_PLACE}"
        rf"(?:专门的?)?(?:公共|政府信息公开|信息公开|政府信息公共)?(?:查阅点|查阅场所|查询点|查阅室)",
        # fresh26 j09: 设立了3个专门的信息公开查询点; fresh26 j29: 设立了1个信息申请受理点和1个公共查阅点; fresh29 n15:
        # 设立1个政府信息公共查阅点
        "number before the noun: fresh8 m25 设立1个公共查阅点",
    ),
    (
        "query_points",
        # the places named before their count (fresh21 c11: 开辟了经济服务大厅和社区服务中心2个公共查阅点), or the
        # count they grew to (fresh24 g14: 设立了1个公共查阅点,2008年根据要求增加到2个公共查阅点): what the body has now
        rf"(?:(?:设立|设置|设有|建立|开设|开辟)(?:了)?[^，,。；;\d\n]{{2,16}}?|(?:增加|增|扩大|扩充)(?:到|至|为))"
        rf"{{N}}{U_PLACE}(?:专门的?)?(?:公共|政府信息公开|信息公开|政府信息公共)?(?:查阅点|查阅场所|查询点|查阅室)",
        "fresh21 c11, fresh24 g14",
    ),
    # The whole site's visits: a column's (政府信息公开专栏访问量, d03–d07; a 政策解读专栏's, seed 000) are not.
    (
        "website_visits",
        rf"(?<!专栏)(?<!栏目)网站(?:全年|年度)?(?:总)?(?:访问量|访问人次|浏览量){GAP}{{N}}(?P<unit>人次|次)",
        "t24: 全年网站总访问量达3782565次",
    ),
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
