"""The lake's vocabulary: every metric name, unit and Chinese wording (mirrors docs/metrics.md)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Metric:
    name: str
    unit: str
    wording: str
    kind: str  # narrative | t2 | t3 | t4


NARRATIVE: tuple[Metric, ...] = tuple(
    Metric(name, unit, wording, "narrative")
    for name, unit, wording in (
        ("proactive_total", "item", "主动公开政府信息（总数）"),
        ("proactive_website", "item", "通过政府网站/门户网站公开"),
        ("proactive_gazette", "item", "政府公报公开"),
        ("proactive_weibo", "item", "政务微博公开/发布"),
        ("proactive_wechat", "item", "政务微信/微信公众号公开/发布"),
        ("proactive_other", "item", "其他方式/报刊、广播等公开"),
        ("normative_docs_issued", "document", "制发/制定规范性文件"),
        ("normative_docs_published", "document", "公开规范性文件"),
        ("press_conferences", "event", "新闻发布会（场/次）"),
        ("press_conferences_principal", "event", "主要负责同志参加新闻发布会"),
        ("online_interviews", "event", "政府网站在线访谈"),
        ("interpretations", "item", "政策解读（稿件/篇/条/件）"),
        ("hotspot_responses", "event", "回应公众关注热点或重大舆情"),
        ("requests_total", "request", "收到/受理政府信息公开申请"),
        ("requests_in_person", "request", "当面申请"),
        ("requests_online", "request", "网络/网上申请"),
        ("requests_letter", "request", "信函申请"),
        ("requests_fax", "request", "传真申请"),
        ("requests_email", "request", "电子邮件申请"),
        ("requests_closed", "request", "申请办结"),
        ("outcome_already_public", "request", "属于已主动公开范围"),
        ("outcome_granted", "request", "同意公开"),
        ("outcome_partial", "request", "同意部分公开"),
        ("outcome_denied", "request", "不同意公开/不予公开"),
        ("outcome_not_exist", "request", "信息不存在"),
        ("outcome_not_ours", "request", "不属于本行政机关公开/非本机关掌握"),
        ("outcome_asked_to_amend", "request", "告知作出更改补充"),
        ("outcome_other_channel", "request", "告知通过其他途径办理"),
        ("reconsiderations", "case", "因政府信息公开申请行政复议"),
        ("lawsuits", "case", "因政府信息公开提起行政诉讼"),
        ("complaints", "case", "举报投诉"),
        ("fees_yuan", "yuan", "依申请公开收取/减免费用（2019年前）"),
        ("info_processing_fee_yuan", "yuan", "信息处理费（2021年格式第六部分）"),
        ("funding_yuan", "yuan", "专项经费"),
        ("staff", "person", "从事政府信息公开工作人员（总数）"),
        ("staff_full_time", "person", "专职人员"),
        ("staff_part_time", "person", "兼职人员"),
        ("query_points", "place", "查阅点/查阅场所/查询点"),
    )
)

T2_2021: tuple[Metric, ...] = tuple(
    Metric(name, unit, wording, "t2")
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
    Metric(name, unit, wording, "t2")
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


T3: tuple[Metric, ...] = tuple(
    Metric(t3_name(r, c), "request", f"表三 {r} × {c}", "t3")
    for r in dict.fromkeys((*T3_ROWS_2019, *T3_ROWS_2021))
    for c in T3_COLUMNS
)
T4: tuple[Metric, ...] = tuple(
    Metric(t4_name(g, r), "case", f"表四 {g} × {r}", "t4") for g in T4_GROUPS for r in T4_RESULTS
)

CATALOG: dict[str, Metric] = {m.name: m for m in (*NARRATIVE, *T2_2021, *T2_2019, *T3, *T4)}

QUALIFIERS: tuple[str, ...] = ("exact", "approx", "at_least", "derived", "blank")
ADMIN_LEVELS: tuple[str, ...] = ("province", "prefecture", "county", "township", "department", "unknown")
FORMAT_ERAS: tuple[str, ...] = ("narrative", "template_2019", "template_2021")

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
    "decision": 50_000_000,
    "project": 1_000_000,
}
