"""Every check the lake's rows pass before they land, each one declared object: the frame it runs on, the Great
Expectations expectation that says what is checked, its severity, what a failure keeps out of the lake, and how a
finding names the numbers.

Severity `error` keeps the failing rows out (they land in `quarantine`); `warning` lands them with a finding. The
frames are built in tasks/validate.py; a column a check reads is named after what it holds, so the Data Docs read
as sentences ("prose_conflicts must be null", "plausible_max ≥ abs_value").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from tasks.vocabulary import ADMIN_LEVELS, CATALOG, FORMAT_ERAS, GROUP_RELATION, QUALIFIERS, members

PROVINCES = (
    "北京市", "天津市", "河北省", "山西省", "内蒙古自治区", "辽宁省", "吉林省", "黑龙江省", "上海市", "江苏省",
    "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省", "广东省", "广西壮族自治区",
    "海南省", "重庆市", "四川省", "贵州省", "云南省", "西藏自治区", "陕西省", "甘肃省", "青海省", "宁夏回族自治区",
    "新疆维吾尔自治区", "台湾省", "香港特别行政区", "澳门特别行政区",
)  # fmt: skip
FIRST_YEAR = 2007  # the regulation was promulgated in 2007; the first reports cover 2008

# What a failing row keeps out of the lake.
REPORT = "report"  # the whole report: its reports row and every metric row
METRIC = "metric"  # that one metric row
TEMPLATE = "template"  # the report's table 三/四 rows (a misread table); the report and its other figures land


@dataclass(frozen=True)
class Check:
    frame: str  # reports | metrics | consistency | t3_rows | t3_columns | t4_groups | continuity
    expectation: str  # the Great Expectations expectation type
    kwargs: dict
    severity: str  # error | warning
    why: str  # what a failure means, in words
    removes: str | None = None  # REPORT | METRIC | TEMPLATE; None for a warning
    detail: str = ""  # how a finding names the numbers: a format string over the frame's columns
    name: str = ""  # what a multicolumn check is about, where no single column names it

    @property
    def column(self) -> str:
        k = self.kwargs
        return k.get("column") or k.get("column_A") or self.name


def _c(
    frame: str,
    expectation: str,
    severity: str,
    why: str,
    removes: str | None = None,
    detail: str = "",
    name: str = "",
    **kwargs: object,
) -> Check:
    return Check(frame, f"expect_{expectation}", kwargs, severity, why, removes, detail, name)


REPORT_CHECKS = (
    # A report whose text never states the year it covers (an excerpt that starts at 一、总体情况) is a gap, not an
    # error: its figures are the report's, each with its evidence, and land under the unknown year (fresh7 l17).
    _c(
        "reports",
        "column_values_to_not_be_null",
        "warning",
        "the report never says which year it covers: its figures land under the unknown year",
        column="report_year",
    ),
    _c(
        "reports",
        "column_values_to_be_between",
        "error",
        "report year outside the regulation's lifetime",
        REPORT,
        "report_year = {report_year}",
        column="report_year",
        min_value=FIRST_YEAR,
        max_value=dt.date.today().year,
    ),
    # A body the text never names is a gap, not an error: its figures still land (d16, d27).
    _c(
        "reports",
        "column_values_to_not_be_null",
        "warning",
        "the report never names the reporting body",
        column="region",
    ),
    _c(
        "reports",
        "column_values_to_be_in_set",
        "error",
        "province must be one of the 34 provincial divisions",
        REPORT,
        "province = {province}",
        column="province",
        value_set=list(PROVINCES),
    ),
    _c(
        "reports",
        "column_values_to_not_be_null",
        "warning",
        "province could not be resolved from the text",
        column="province",
    ),
    _c(
        "reports",
        "column_values_to_be_in_set",
        "error",
        "admin_level outside its enum",
        REPORT,
        "admin_level = {admin_level}",
        column="admin_level",
        value_set=list(ADMIN_LEVELS),
    ),
    _c(
        "reports",
        "column_values_to_be_in_set",
        "error",
        "format_era outside its enum",
        REPORT,
        "format_era = {format_era}",
        column="format_era",
        value_set=list(FORMAT_ERAS),
    ),
    _c("reports", "column_values_to_be_unique", "error", "doc_id identifies one document", REPORT, column="doc_id"),
)

METRIC_DETAIL = "{metric} = {value} (evidence {evidence!r})"
METRIC_CHECKS = (
    # One value a metric in a report: two rows of one metric (a table printed twice and read twice) would give a panel
    # two answers; every row of a metric repeated in a report stays out, none being known to be the one.
    _c(
        "metrics",
        "compound_columns_to_be_unique",
        "error",
        "a report holds one value a metric",
        METRIC,
        METRIC_DETAIL,
        name="doc_metric",
        column_list=["doc_id", "metric"],
    ),
    _c(
        "metrics",
        "column_values_to_be_in_set",
        "error",
        "metric names come from the catalog",
        METRIC,
        METRIC_DETAIL,
        column="metric",
        value_set=sorted(CATALOG),
    ),
    _c(
        "metrics",
        "column_values_to_be_in_set",
        "error",
        "qualifier outside its enum",
        METRIC,
        METRIC_DETAIL,
        column="qualifier",
        value_set=list(QUALIFIERS),
    ),
    _c(
        "metrics",
        "column_values_to_be_between",
        "error",
        "counts and money are never negative (only a 本年增/减 change may be)",
        METRIC,
        METRIC_DETAIL,
        column="unsigned_value",
        min_value=0,
    ),
    _c(
        "metrics",
        "column_pair_values_a_to_be_greater_than_b",
        "error",
        "value beyond what one body can plausibly report in its unit",
        METRIC,
        METRIC_DETAIL,
        column_A="plausible_max",
        column_B="abs_value",
        or_equal=True,
        ignore_row_if="either_value_is_missing",
    ),
    # No expectation reads a float as a count: a computed flag, true where the unit counts things.
    _c(
        "metrics",
        "column_values_to_be_in_set",
        "error",
        "counts are whole numbers",
        METRIC,
        METRIC_DETAIL,
        column="is_whole_number",
        value_set=[True],
    ),
    _c(
        "metrics",
        "column_values_to_be_between",
        "error",
        "evidence starts inside the document text",
        METRIC,
        METRIC_DETAIL,
        column="evidence_start",
        min_value=0,
    ),
    _c(
        "metrics",
        "column_pair_values_a_to_be_greater_than_b",
        "error",
        "evidence ends after it starts",
        METRIC,
        METRIC_DETAIL,
        column_A="evidence_end",
        column_B="evidence_start",
        or_equal=True,
    ),
    _c(
        "metrics",
        "column_pair_values_a_to_be_greater_than_b",
        "error",
        "evidence ends inside the document text",
        METRIC,
        METRIC_DETAIL,
        column_A="text_length",
        column_B="evidence_end",
        or_equal=True,
    ),
    # Comparing a slice of another table's text: a computed flag.
    _c(
        "metrics",
        "column_values_to_be_in_set",
        "error",
        "evidence must equal the text at its offsets",
        METRIC,
        METRIC_DETAIL,
        column="evidence_is_the_text",
        value_set=[True],
    ),
)


def _group_check(group: str, relation: str) -> Check:
    """The check a group's relation to its total asks for (tasks/vocabulary.py GROUP_RELATION)."""
    total = CATALOG[members(group)[0]].part_of
    if relation == "sum_equals":
        return _c(
            "consistency",
            "column_pair_values_to_be_equal",
            "warning",
            f"{group} parts do not add up to {total}",
            detail=f"{{{group}_parts}} = {{{group}_sum:g}}, but {total} is {{{total}:g}}",
            column_A=f"{group}_sum",
            column_B=total,
            ignore_row_if="either_value_is_missing",
        )
    if relation == "sum_at_most":
        return _c(
            "consistency",
            "column_pair_values_a_to_be_greater_than_b",
            "warning",
            f"{group} parts sum to more than {total}",
            detail=f"{{{group}_parts}} = {{{group}_sum:g}}, more than {total} {{{total}:g}}",
            column_A=total,
            column_B=f"{group}_sum",
            or_equal=True,
            ignore_row_if="either_value_is_missing",
        )
    return _c(
        "consistency",
        "column_pair_values_a_to_be_greater_than_b",
        "warning",
        f"{total} smaller than one of its {group} parts",
        detail=f"{total} {{{total}:g}} is smaller than {{{group}_max_name}} {{{group}_max:g}}",
        column_A=total,
        column_B=f"{group}_max",
        or_equal=True,
        ignore_row_if="either_value_is_missing",
    )


CONSISTENCY_CHECKS = (
    *(_group_check(group, relation) for group, relation in GROUP_RELATION.items()),
    *(
        _c(
            "consistency",
            "column_pair_values_to_be_equal",
            "warning",
            "template table disagrees with the report's prose",
            detail=f"{m.name} {{{m.name}:g}} vs {m.same_as} {{{m.same_as}:g}}",
            column_A=m.name,
            column_B=m.same_as,
            ignore_row_if="either_value_is_missing",
        )
        for m in CATALOG.values()
        if m.same_as
    ),
    _c(
        "consistency",
        "column_values_to_be_null",
        "warning",
        "the report states one figure in two contradicting ways",
        detail="{prose_conflicts}",
        column="prose_conflicts",
    ),
    _c(
        "consistency",
        "column_values_to_be_null",
        "warning",
        "table 三/四 as printed breaks the template's arithmetic",
        detail="{table_inconsistencies}",
        column="table_inconsistencies",
    ),
)

# The template's own arithmetic on the values we landed, for reports whose tables as printed satisfy it: a break is
# our misread, and the report's table rows stay out. One long frame per identity, one row per place it applies.
TEMPLATE_CHECKS = (
    _c(
        "t3_rows",
        "multicolumn_sum_to_equal",
        "error",
        "a table 三 row's cells do not add up to its 总计: a misread",
        TEMPLATE,
        "table 三 {row}: {cells}",
        "row_cells",
        sum_total=0,
        column_list=[
            "natural_person",
            "business",
            "research",
            "nonprofit",
            "legal_service",
            "other_org",
            "minus_total",
        ],
    ),
    _c(
        "t3_columns",
        "multicolumn_sum_to_equal",
        "error",
        "a table 三 column breaks 一 + 二 = （七）总计 + 四: a misread",
        TEMPLATE,
        "table 三 {column}: {flow}",
        "column_flow",
        column_list=["new_received", "carried_over", "minus_outcomes_total", "minus_carried_forward"],
        sum_total=0,
    ),
    _c(
        "t3_columns",
        "multicolumn_sum_to_equal",
        "error",
        "a table 三 column's outcomes do not add up to （七）总计: a misread",
        TEMPLATE,
        "table 三 {column}: outcomes {outcomes}",
        "column_outcomes",
        column_list=["outcomes_sum", "minus_outcomes_total"],
        sum_total=0,
    ),
    _c(
        "t3_parts",
        "column_pair_values_a_to_be_greater_than_b",
        "error",
        "a table 三 read in part whose outcome rows exceed （七）总计 in a column: a misread",
        TEMPLATE,
        "table 三 {column}: outcome rows read sum to {outcomes_read:g}, （七）总计 {outcomes_total:g}",
        column_A="outcomes_total",
        column_B="outcomes_read",
        or_equal=True,
    ),
    _c(
        "t4_groups",
        "multicolumn_sum_to_equal",
        "error",
        "a table 四 group's results do not add up to its 总计: a misread",
        TEMPLATE,
        "table 四 {group}: {cells}",
        "group_results",
        sum_total=0,
        column_list=["maintained", "corrected", "other", "pending", "minus_total"],
    ),
)

CONTINUITY_CHECKS = (
    _c(
        "continuity",
        "column_pair_values_to_be_equal",
        "warning",
        "this year's 上年结转 differs from last year's 结转下年度 of the same body",
        detail="{last_year} carried_forward {last_carried_forward:g} but {report_year} carried_over {carried_over:g}",
        column_A="carried_over",
        column_B="last_carried_forward",
        ignore_row_if="either_value_is_missing",
    ),
    # One body's report of one year, once: the same report saved twice (a page and its PDF) or two versions of it
    # would count twice in every panel of the lake. Both land; each says where the other is.
    _c(
        "body_years",
        "compound_columns_to_be_unique",
        "warning",
        "another report of the same body and year is in the lake (the same report in two files, or two versions)",
        detail="{body} {report_year}: also in {others}",
        name="body_year",
        column_list=["body", "report_year"],
    ),
)

CHECKS: tuple[Check, ...] = (*REPORT_CHECKS, *METRIC_CHECKS, *CONSISTENCY_CHECKS, *TEMPLATE_CHECKS, *CONTINUITY_CHECKS)
FRAMES: tuple[str, ...] = tuple(dict.fromkeys(c.frame for c in CHECKS))
