"""Narrative metrics: phrasing rules (data) applied to the whole text, with scope and conflict guards."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tasks.numbers import NUMBER, parse_number, qualifier_of, scaled
from tasks.rules import required_literal

# Units each kind of metric may be counted in.
U_ITEM = r"(?P<unit>条|项|件|篇|个|期|份)"
U_DOC = r"(?P<unit>件次|件|个|份|篇|条)"
U_EVENT = r"(?P<unit>场次|场（次）|场|次|期)"
U_REQ = r"(?P<unit>件次|件|条|起|宗|个|人次|份|例)"
U_CASE = r"(?P<unit>件|起|宗|例|次|个|份)"
U_PERSON = r"(?P<unit>人|名)"
U_PLACE = r"(?P<unit>个|处)"
U_YUAN = r"(?P<unit>元)"
# d28: scraping dropped the unit after a figure that ends its line; only then may the unit be absent.
U_ITEM_OR_EOL = r"(?:(?P<unit>条|项|件|篇|个|期|份)|(?=[ \t]*\n))"
# Posts of an account: never 个, which counts the accounts themselves (开通政务微博1个).
U_POST = r"(?P<unit>条|项|件|篇|份)"
U_POST_OR_EOL = r"(?:(?P<unit>条|项|件|篇|份)|(?=[ \t]*\n))"

GAP = r"[共计为达有了累合约近的]{0,3}"  # filler words between a label and its number
WIDE = r"[^。；，\d\n]{0,12}?"  # a short stretch of words inside one clause

# (metric, pattern with {N} where the number stands, comment: the case that forced it)
RULES: tuple[tuple[str, str, str], ...] = (
    (
        "proactive_total",
        rf"(?<!应)(?<!需)(?<!可)主动(?:公开|发布)(?:各类|各项|本单位|本机关|本局|的){{0,2}}(?:[\u4e00-\u9fff]{{2}}(?=政府信息))?(?:政府)?信息(?:总数|总量|数量|数)?{GAP}{{N}}{U_ITEM_OR_EOL}",
        "seeds 000/001/003: 主动公开政府信息N条 (not 政府文件, the documents among them)",
    ),
    (
        "proactive_website",
        rf"(?:门户)?网站(?:和[^，。；\d]{{1,8}}网站)?[，]?(?:全年)?{GAP}(?:进行了?|累计)?(?:主动)?(?:公开|发布|上传){{1,2}}(?:各类)?(?:政府)?信息(?:数量|数)?{GAP}{{N}}{U_ITEM_OR_EOL}",
        "seeds 000/002/004: 通过政府（门户）网站公开/发布信息N条",
    ),
    ("proactive_website", rf"网站公开{GAP}{{N}}{U_ITEM}", "seed 001: 通过政府网站公开N条"),
    (
        "proactive_gazette",
        rf"公报{GAP}(?:公开|发布|刊登|刊发)(?:政府)?(?:信息)?(?:数)?{GAP}{{N}}{U_ITEM}",
        "seeds 000/001: 政府公报公开信息N条",
    ),
    ("proactive_weibo", rf"微博(?:公开|发布)?(?:政府)?(?:信息)?(?:数)?{GAP}{{N}}{U_POST}", "seeds 000/001/003/004"),
    (
        "proactive_wechat",
        rf"(?:微信(?:公众号|公众平台)?|(?<=”)公众号)(?:“[^”\n]{{1,20}}”)?(?:公开|发布)?(?:政府)?(?:信息)?(?:数量|数)?{GAP}{{N}}{U_POST_OR_EOL}(?!文章)",
        "seeds 000/002/003/004",
    ),
    (
        "proactive_wechat",
        rf"微信(?:公众号|公众平台)?(?:累计|共)?(?:发送|推送|发布|公开)(?:了)?{{N}}{U_POST}(?:政府)?信息",
        "d10: 官方微信公众号累计发送了460条信息",
    ),
    (
        "proactive_other",
        rf"其他(?:方式|形式|渠道)(?:公开|发布)(?:政府)?(?:信息)?(?:数)?{GAP}{{N}}{U_ITEM}",
        "seeds 000/001/004",
    ),
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
    ("interpretations", rf"解读政策文件{WIDE}{{N}}{U_DOC}", "seed 003: 解读政策文件、重大会议精神11件次"),
    (
        "hotspot_responses",
        rf"回应(?:公众|社会)?(?:关注)?(?:的)?(?:热点|重大舆情|舆情|关切)(?:问题)?(?:或重大舆情)?(?:次数|数)?{GAP}{{N}}{U_EVENT}",
        "seeds 000/001/002/003",
    ),
    (
        "requests_total",
        rf"(?:收到|受理|接到|接收|办理|新收)(?:了)?[^。；，\d\n]{{0,16}}?(?:政府)?信息公开(?:的)?申请(?:总数|数)?{GAP}{{N}}{U_REQ}",
        "seeds 001/004, d04: 受理政府信息公开申请N件",
    ),
    (
        "requests_total",
        rf"(?:收到|受理|接到|办理)(?:政府信息)?依申请公开(?:政府信息)?(?:的)?(?:申请|事项)?(?:数)?{GAP}{{N}}{U_REQ}",
        "seeds 000/002/003: 受理依申请公开N件",
    ),
    ("requests_total", rf"(?:收到|受理)申请(?:总)?数{GAP}{{N}}{U_REQ}", "2014 table: 收到申请数"),
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
    ("outcome_already_public", rf"属(?:于)?(?:已)?主动公开(?:范围|的)?(?:数)?{GAP}{{N}}{U_REQ}", "seeds 000/001"),
    ("outcome_granted", rf"(?<!部分)(?<!不)(?<![及和与、])同意公开(?:答复)?(?:数)?{GAP}{{N}}{U_REQ}", "seeds 000/001"),
    ("outcome_partial", rf"(?<![及和与、])部分公开(?:答复)?(?:数)?{GAP}{{N}}{U_REQ}", "seeds 000/001"),
    (
        "outcome_denied",
        rf"(?:不同意公开|否决公开|不予公开)(?:答复)?(?:数)?{GAP}{{N}}{U_REQ}",
        "seed 001 (never 不予公开信息N条: information classification, d03/d17)",
    ),
    ("outcome_not_exist", rf"信息不存在(?:数)?{GAP}{{N}}{U_REQ}", "2014 statistics table wording"),
    (
        "outcome_not_ours",
        rf"(?:不属于本(?:行政)?机关(?:公开|掌握)?(?:范围)?|非本(?:机关|部门|单位)掌握)(?:数)?{GAP}{{N}}{U_REQ}",
        "seed 001",
    ),
    ("outcome_asked_to_amend", rf"告知(?:作出)?更改补充(?:数)?{GAP}{{N}}{U_REQ}", "2014 statistics table wording"),
    ("outcome_other_channel", rf"告知通过其他途径办理(?:数)?{GAP}{{N}}{U_REQ}", "2014 statistics table wording"),
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
    ("staff_part_time", rf"(?:配备|安排|明确)(?:了)?{{N}}{U_PERSON}兼职(?:工作)?人员", "d18: 配备了2名兼职工作人员"),
    ("staff_full_time", rf"(?:配备|安排|明确)(?:了)?{{N}}{U_PERSON}专职(?:工作)?人员", "number before the label"),
    ("staff", rf"(?:配备|安排)(?:了)?{{N}}{U_PERSON}(?:业务|工作)?人员", "d10: 我局专门安排1名业务人员"),
    ("query_points", rf"(?:查阅点|查阅场所|查询点|查阅室)(?:数)?(?:共)?{GAP}{{N}}{U_PLACE}", "seeds 000/003"),
)

# A figure for a part of the jurisdiction, named before it in the same sentence (seed 000: 市级受理…3件;
# seed 001: 市政府网站…受理政府信息公开申请4件; d03: 区管委会、县政府公开办主动公开信息数为62条).
SUBUNIT_RE = re.compile(
    r"市级|县级(?!以上)|区级|市本级|县本级|区本级|各县|各区(?!域)|各乡镇|各乡（镇）|各镇|公开办|县直各单位|区直各部门|区直各单位"
    r"|(?<![全本])[市县区]政府网站|(?<!全)[市县区]政府门户网站共|其中[^，。；]{0,10}(?:局|委|办|中心)"
)
# Parts listed together are the whole (d04: 各乡镇、县直各单位…其中主动公开政府信息2026条).
ALL_PARTS_RE = re.compile(rf"(?:{SUBUNIT_RE.pattern})[、和及与](?:{SUBUNIT_RE.pattern})")
CHANNEL_RE = re.compile(r"网站|微博|微信|公报|公众号|客户端")
# Channels listed as the ways of publishing are all of them (通过政府网站、政务新媒体等渠道主动公开…): the whole.
ALL_CHANNELS_RE = re.compile(r"等(?:多种|各类|各种)?(?:渠道|方式|平台|载体|形式)")
# Words that make a nearby figure something else (d06: 共受理申请121510件 are service applications).
VETO_RE = re.compile(r"行政服务中心|服务中心|审批|政务服务|办事|窗口|转载|转发|咨询|信箱|热线|留言|来信")

# A clause that opens with a verb continues the sentence's subject (seed 001: 市政府网站共…，受理…申请4件).
VERB_START_RE = re.compile(
    r"(?:其中|共|并|已|均|受理|收到|接到|办理|办结|答复|予以|同意|属|发布|公开|主动公开|制发|回应|召开|举行|不予|不同意|告知|[0-9]+件为)"
)
VETOED = ("requests", "outcome", "interpretations", "hotspot")
# A sentence about another period than the report's year (自2008年以来累计…, 近三年…, 1-6月…, 上半年…); not
# 今年以来 or 2019年以来, which mean the year itself (seed 000).
OTHER_PERIOD_RE = re.compile(
    r"自[^，。；\n]{1,20}以来|(?:多年|历年|长期)以来|近[一二三四五六七八九十两\d]+年|历年|累计至今|截[至止]目前"
    r"|(?<!\d)(?!1\s*[-—~至]\s*12\s*月)\d{1,2}\s*[-—~至]\s*\d{1,2}\s*月|上半年|下半年"  # 1-12月 is the year
    r"|[一二三四1-4]季度|前[一二三四五六七八九十\d]+个?月"
)
# Bare 无 is no negation here: 申请人无正当理由… is a table label (d11–d14).
NEGATION_RE = re.compile(
    r"未(?:发生|收到|接到|出现|产生|有|曾|涉及|收取|收费)|不涉及|没有(?:发生|收到|接到|出现|产生)?|(?:全年|均|并|亦)无|无(?=一例|一起|一件|任何|收费|收取|因|涉及|发生|此类|该类|相关|行政复议|行政诉讼|举报|投诉)|暂不|不收"
)
ZERO_KEYWORDS: tuple[tuple[str, str], ...] = (
    (r"行政复议|复议", "reconsiderations"),
    (r"行政诉讼|诉讼", "lawsuits"),
    (r"举报投诉|投诉", "complaints"),
    (r"(?<!复议)(?<!诉讼)(?:政府信息公开|信息公开|公开政府信息)(?:的)?申请(?!行政)", "requests_total"),
    (r"信息(?:公开)?处理费", "info_processing_fee_yuan"),
    (r"收费|收取[^。；，]{0,6}费|费用", "fees_yuan"),
)
ZERO_CONTEXT_RE = re.compile(r"信息公开|公开政府信息|依申请|处理费|收费")


@dataclass(frozen=True)
class Candidate:
    metric: str
    value: float
    qualifier: str
    start: int
    end: int
    scoped: bool  # the sentence names a part of the jurisdiction
    source: str  # prose | zero | table


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern.replace("{N}", NUMBER))


COMPILED: tuple[tuple[str, re.Pattern[str]], ...] = tuple((m, _compile(p)) for m, p, _ in RULES)
# Each rule's literal that every match holds, searched first: most reports lack most labels, and a literal
# scan is far faster than a scan by a pattern that begins with a number.
REQUIRED = tuple(re.compile(re.escape(lit)) if (lit := required_literal(rx.pattern)) else None for _, rx in COMPILED)
SENTENCE_END = re.compile(r"[。；;\n]")


def sentence_start(text: str, pos: int) -> int:
    i = max(text.rfind(c, 0, pos) for c in "。；;\n")
    return i + 1


def sentence_span(text: str, pos: int) -> tuple[int, int]:
    """The sentence around pos: from the previous end mark to the next one."""
    end = SENTENCE_END.search(text, pos)
    return sentence_start(text, pos), end.start() if end else len(text)


def clause_start(text: str, pos: int) -> int:
    i = max(text.rfind(c, 0, pos) for c in "。；;\n，,")
    return i + 1


def prose_candidates(text: str) -> list[Candidate]:
    out = []
    for (metric, rx), required in zip(COMPILED, REQUIRED, strict=True):
        if required is not None and required.search(text) is None:
            continue
        for m in rx.finditer(text):
            value = parse_number(m.group("num"))
            if value is None:
                continue
            value = scaled(value, m.group("mul"))
            after = text[m.end() : m.end() + 2]
            qual = qualifier_of(m.group("pre"), m.group("post"), after)
            s0 = sentence_start(text, m.start())
            prefix = text[s0 : m.start()]
            clause = text[clause_start(text, m.start()) : m.end()]
            if metric.startswith(VETOED) and VETO_RE.search(prefix + clause):
                continue
            if OTHER_PERIOD_RE.search(prefix):
                continue  # a figure for part of the year or several years is not the year's
            c0 = clause_start(text, m.start())
            if (
                metric == "proactive_total"
                and CHANNEL_RE.search(text[c0 : m.start()])
                and not ALL_CHANNELS_RE.search(text[c0 : m.start()])
            ):
                continue  # d20: 通过政府门户网站主动公开信息138条 is the website's figure, not the total
            own_clause = text[c0 : m.end()]
            # A marker earlier in the sentence scopes this clause unless the clause opens with its own label
            # (seed 004: 全年市政府网站公开…近万条，政府网站公开政府信息数4850条 — the second is the whole's).
            inherits = bool(VERB_START_RE.match(text, c0))
            scoped = bool(SUBUNIT_RE.search(own_clause)) or (
                inherits and bool(SUBUNIT_RE.search(prefix)) and not ALL_PARTS_RE.search(prefix)
            )
            out.append(Candidate(metric, value, qual, m.start(), m.end(), scoped, "prose"))
    return out


def zero_candidates(text: str) -> list[Candidate]:
    """Explicit zeros: 未发生因政府信息公开引发的行政复议和行政诉讼 → reconsiderations 0, lawsuits 0."""
    out = []
    for neg in NEGATION_RE.finditer(text):
        end_m = SENTENCE_END.search(text, neg.end())
        end = end_m.start() if end_m else len(text)
        end = min(end, neg.end() + 40)
        clause = text[neg.start() : end]
        s0 = sentence_start(text, neg.start())
        context = text[s0:end]
        if not ZERO_CONTEXT_RE.search(context):
            continue
        if SUBUNIT_RE.search(text[s0 : neg.start()]):
            continue
        for kw, metric in ZERO_KEYWORDS:
            k = re.search(kw, clause)
            if not k:
                continue
            if metric == "fees_yuan" and re.search(r"行政事业性|信息(?:公开)?处理费", clause):
                continue
            out.append(Candidate(metric, 0.0, "exact", neg.start(), neg.start() + k.end(), False, "zero"))
    return out


ENUMERATION_START_RE = re.compile(r"[。，,：:\s]{0,2}其中[，,：:]?")
ENUM_ITEM_RE = re.compile(r"(?<![\d.])(\d+)(余|多)?条(?![\d%])")


def category_sum_note(text: str, end: int, total: float) -> str | None:
    """A total followed by 其中 and its categories (d18: 1+0+103+1+36+0+6+8 = 155 ≠ 154)."""
    m = ENUMERATION_START_RE.match(text, end)
    if not m:
        return None
    stop = text.find("。", m.end())
    segment = text[m.end() : stop if stop >= 0 else len(text)]
    items = ENUM_ITEM_RE.findall(segment)
    # Only a clean partition counts: every figure in 条 (seed 003 mixes 件 and 期 items into its list).
    if len(items) < 3 or any(q for _, q in items) or re.search(r"\d+(?:余|多)?(?:件|期|个|项|篇|次)", segment):
        return None
    values = [int(v) for v, _ in items]
    if sum(values) == total:
        return None
    return (
        f"source inconsistency (prose): proactive_total {total:g} but its categories add up to "
        f"{' + '.join(map(str, values))} = {sum(values)}"
    )
