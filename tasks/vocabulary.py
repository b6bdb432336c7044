"""The lake's vocabulary: every metric's name, unit, wording and attributes (mirrors data/reference/metrics.md).

The attributes drive behaviour elsewhere — which era a metric can come from, whether it may be negative, which
total it is a part of and how the parts relate to it, which template cell states the same figure — so adding a
metric is one entry here and one rule.
"""

from __future__ import annotations

from dataclasses import dataclass

FORMAT_ERAS: tuple[str, ...] = ("narrative", "template_2019", "template_2021")


@dataclass(frozen=True)
class Metric:
    name: str
    unit: str
    wording: str
    kind: str  # narrative | t2 | t3 | t4
    group: str = ""  # request_channel | outcome | proactive_channel | staff_part | …: siblings checked together
    part_of: str | None = None  # the total the group's members are parts of
    eras: tuple[str, ...] = FORMAT_ERAS  # the formats a report states it in
    signed: bool = False  # a change (本年增/减): may be negative
    same_as: str | None = None  # the template cell that states the same figure in a template report


# How a group's parts relate to their total: each at most the total, their sum at most it, or their sum equal to it.
GROUP_RELATION: dict[str, str] = {
    "request_channel": "sum_equals",  # 当面/网上/信函/传真/电子邮件 are all the ways a request arrives
    "outcome": "sum_at_most",  # outcomes of this year's requests; some may still be pending
    "proactive_channel": "each_at_most",  # one item may be published on several channels
}


def _narrative(name: str, unit: str, wording: str, **attrs: object) -> Metric:
    return Metric(name, unit, wording, "narrative", **attrs)


REQUEST = {"group": "request_channel", "part_of": "requests_total"}
OUTCOME = {"group": "outcome", "part_of": "requests_total"}
CHANNEL = {"group": "proactive_channel", "part_of": "proactive_total"}

NARRATIVE: tuple[Metric, ...] = tuple(
    _narrative(name, unit, wording, **attrs)
    for name, unit, wording, attrs in (
        ("proactive_total", "item", "主动公开政府信息（总数）", {}),
        ("proactive_website", "item", "通过政府网站/门户网站公开", CHANNEL),
        ("proactive_gazette", "item", "政府公报公开", CHANNEL),
        ("proactive_weibo", "item", "政务微博公开/发布", CHANNEL),
        ("proactive_wechat", "item", "政务微信/微信公众号公开/发布", CHANNEL),
        ("proactive_other", "item", "其他方式/报刊、广播等公开", CHANNEL),
        ("normative_docs_issued", "document", "制发/制定规范性文件", {}),
        ("normative_docs_published", "document", "公开规范性文件", {}),
        ("press_conferences", "event", "新闻发布会（场/次）", {}),
        ("press_conferences_principal", "event", "主要负责同志参加新闻发布会", {}),
        ("online_interviews", "event", "政府网站在线访谈", {}),
        ("interpretations", "item", "政策解读（稿件/篇/条/件）", {}),
        ("hotspot_responses", "event", "回应公众关注热点或重大舆情", {}),
        ("requests_total", "request", "收到/受理政府信息公开申请", {"same_as": "t3.new_received.total"}),
        ("requests_in_person", "request", "当面申请", REQUEST),
        ("requests_online", "request", "网络/网上申请", REQUEST),
        ("requests_letter", "request", "信函申请", REQUEST),
        ("requests_fax", "request", "传真申请", REQUEST),
        ("requests_email", "request", "电子邮件申请", REQUEST),
        ("requests_closed", "request", "申请办结", {}),
        ("outcome_already_public", "request", "属于已主动公开范围", OUTCOME),
        ("outcome_granted", "request", "同意公开", OUTCOME),
        ("outcome_partial", "request", "同意部分公开", OUTCOME),
        ("outcome_denied", "request", "不同意公开/不予公开", OUTCOME),
        ("outcome_not_exist", "request", "信息不存在", OUTCOME),
        ("outcome_not_ours", "request", "不属于本行政机关公开/非本机关掌握", OUTCOME),
        ("outcome_asked_to_amend", "request", "告知作出更改补充", OUTCOME),
        ("outcome_other_channel", "request", "告知通过其他途径办理", OUTCOME),
        ("reconsiderations", "case", "因政府信息公开申请行政复议", {"same_as": "t4.reconsideration.total"}),
        ("lawsuits", "case", "因政府信息公开提起行政诉讼", {}),
        ("complaints", "case", "举报投诉", {}),
        ("fees_yuan", "yuan", "依申请公开收取/减免费用（2019年前）", {"eras": ("narrative",)}),
        ("info_processing_fee_yuan", "yuan", "信息处理费（2021年格式第六部分）", {}),
        ("funding_yuan", "yuan", "专项经费", {}),
        ("staff", "person", "从事政府信息公开工作人员（总数）", {}),
        ("staff_full_time", "person", "专职人员", {}),
        ("staff_part_time", "person", "兼职人员", {}),
        ("query_points", "place", "查阅点/查阅场所/查询点", {}),
        ("website_visits", "visit", "政府网站（全站）访问量", {}),
    )
)

T2_2021: tuple[Metric, ...] = tuple(
    Metric(name, unit, wording, "t2", eras=("template_2021",))
    for name, unit, wording in (
        ("t2_rules_made", "document", "规章 本年制发件数"),
        ("t2_rules_repealed", "document", "规章 本年废止件数"),
        ("t2_rules_in_force", "document", "规章 现行有效件数"),
        ("t2_normative_made", "document", "行政规范性文件 本年制发件数"),
        ("t2_normative_repealed", "document", "行政规范性文件 本年废止件数"),
        ("t2_normative_in_force", "document", "行政规范性文件 现行有效件数"),
        ("t2_licensing_decisions", "decision", "行政许可 本年处理决定数量"),
        ("t2_penalty_decisions", "decision", "行政处罚 本年处理决定数量"),
        ("t2_coercion_decisions", "decision", "行政强制 本年处理决定数量"),
        ("t2_admin_fee_revenue_yuan", "yuan", "行政事业性收费 本年收费金额（万元→元）"),
    )
)

T2_2019: tuple[Metric, ...] = tuple(
    Metric(name, unit, wording, "t2", eras=("template_2019",), signed="增/减" in wording)  # 本年增/减 is a change
    for name, unit, wording in (
        ("t2_rules_new_made", "document", "规章 本年新制作数量"),
        ("t2_rules_new_published", "document", "规章 本年新公开数量"),
        ("t2_rules_published_total", "document", "规章 对外公开总数量"),
        ("t2_normative_new_made", "document", "规范性文件 本年新制作数量"),
        ("t2_normative_new_published", "document", "规范性文件 本年新公开数量"),
        ("t2_normative_published_total", "document", "规范性文件 对外公开总数量"),
        ("t2_licensing_items_prev_year", "item", "行政许可 上一年项目数量"),
        ("t2_licensing_items_delta", "item", "行政许可 本年增/减"),
        ("t2_licensing_decisions", "decision", "行政许可 处理决定数量"),
        ("t2_other_mgmt_items_prev_year", "item", "其他对外管理服务事项 上一年项目数量"),
        ("t2_other_mgmt_items_delta", "item", "其他对外管理服务事项 本年增/减"),
        ("t2_other_mgmt_decisions", "decision", "其他对外管理服务事项 处理决定数量"),
        ("t2_penalty_items_prev_year", "item", "行政处罚 上一年项目数量"),
        ("t2_penalty_items_delta", "item", "行政处罚 本年增/减"),
        ("t2_penalty_decisions", "decision", "行政处罚 处理决定数量"),
        ("t2_coercion_items_prev_year", "item", "行政强制 上一年项目数量"),
        ("t2_coercion_items_delta", "item", "行政强制 本年增/减"),
        ("t2_coercion_decisions", "decision", "行政强制 处理决定数量"),
        ("t2_fee_items_prev_year", "item", "行政事业性收费 上一年项目数量"),
        ("t2_fee_items_delta", "item", "行政事业性收费 本年增/减"),
        ("t2_procurement_projects", "project", "政府集中采购 采购项目数量"),
        ("t2_procurement_amount_yuan", "yuan", "政府集中采购 采购总金额"),
    )
)

T3_COLUMNS: tuple[str, ...] = (
    "natural_person",
    "business",
    "research",
    "nonprofit",
    "legal_service",
    "other_org",
    "total",
)
T3_OUTCOME_ROWS_COMMON: tuple[str, ...] = (
    "granted",
    "partial",
    "denied_state_secret",
    "denied_law_forbids",
    "denied_security_stability",
    "denied_third_party",
    "denied_internal_affairs",
    "denied_process_info",
    "denied_enforcement_file",
    "denied_admin_query",
    "unable_not_held",
    "unable_need_create",
    "unable_unclear",
    "not_processed_petition",
    "not_processed_repeat",
    "not_processed_publication",
    "not_processed_mass_repeat",
    "not_processed_confirm",
)
T3_OTHER_2021: tuple[str, ...] = ("other_no_correction", "other_unpaid_fee", "other_misc")
T3_ROWS_2019: tuple[str, ...] = (
    "new_received",
    "carried_over",
    *T3_OUTCOME_ROWS_COMMON,
    "other_total",
    "outcomes_total",
    "carried_forward",
)
T3_ROWS_2021: tuple[str, ...] = (
    "new_received",
    "carried_over",
    *T3_OUTCOME_ROWS_COMMON,
    *T3_OTHER_2021,
    "outcomes_total",
    "carried_forward",
)
T4_GROUPS: tuple[str, ...] = ("reconsideration", "suit_direct", "suit_after_review")
T4_RESULTS: tuple[str, ...] = ("maintained", "corrected", "other", "pending", "total")


def t3_name(row: str, col: str) -> str:
    return f"t3.{row}.{col}"


def t4_name(group: str, result: str) -> str:
    return f"t4.{group}.{result}"


def _t3_eras(row: str) -> tuple[str, ...]:
    return tuple(era for era, rows in (("template_2019", T3_ROWS_2019), ("template_2021", T3_ROWS_2021)) if row in rows)


T3: tuple[Metric, ...] = tuple(
    Metric(t3_name(r, c), "request", f"表三 {r} × {c}", "t3", eras=_t3_eras(r))
    for r in dict.fromkeys((*T3_ROWS_2019, *T3_ROWS_2021))
    for c in T3_COLUMNS
)
T4: tuple[Metric, ...] = tuple(
    Metric(t4_name(g, r), "case", f"表四 {g} × {r}", "t4", eras=FORMAT_ERAS[1:]) for g in T4_GROUPS for r in T4_RESULTS
)


def _catalog(metrics: tuple[Metric, ...]) -> dict[str, Metric]:
    """One entry per name; a name both templates use (行政许可 处理决定数量) holds in both eras."""
    out: dict[str, Metric] = {}
    for m in metrics:
        if m.name in out:
            eras = tuple(e for e in FORMAT_ERAS if e in out[m.name].eras or e in m.eras)
            m = Metric(**{**out[m.name].__dict__, "eras": eras})
        out[m.name] = m
    return out


CATALOG: dict[str, Metric] = _catalog((*NARRATIVE, *T2_2021, *T2_2019, *T3, *T4))

QUALIFIERS: tuple[str, ...] = ("exact", "approx", "at_least", "derived", "blank")
ADMIN_LEVELS: tuple[str, ...] = ("province", "prefecture", "county", "township", "department", "unknown")


def members(group: str) -> tuple[str, ...]:
    """The metrics of a group, in catalog order."""
    return tuple(m.name for m in CATALOG.values() if m.group == group)


# Upper bounds of plausibility, per unit, for a single reporting body in a year. A county receiving
# 10 million requests is an error; the largest provinces publish a few million items a year.
PLAUSIBLE_MAX: dict[str, float] = {
    "item": 5_000_000,
    "document": 100_000,
    "event": 100_000,
    "request": 1_000_000,
    "case": 100_000,
    "yuan": 50_000_000_000,
    "person": 100_000,
    "place": 100_000,
    "visit": 10_000_000_000,  # the largest provincial portals count visits in the billions
    "decision": 50_000_000,
    "project": 1_000_000,
}
