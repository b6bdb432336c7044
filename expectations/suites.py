"""Great Expectations suites for every lake table, built from the vocabulary (reviewable code).

Each expectation carries meta.severity: `error` keeps the failing rows out of the published tables
(they land in `quarantine`), `warning` lands the data and records a finding.
"""

from __future__ import annotations

import datetime as dt

from tasks.vocabulary import ADMIN_LEVELS, CATALOG, FORMAT_ERAS, QUALIFIERS

PROVINCES = (
    "北京市",
    "天津市",
    "河北省",
    "山西省",
    "内蒙古自治区",
    "辽宁省",
    "吉林省",
    "黑龙江省",
    "上海市",
    "江苏省",
    "浙江省",
    "安徽省",
    "福建省",
    "江西省",
    "山东省",
    "河南省",
    "湖北省",
    "湖南省",
    "广东省",
    "广西壮族自治区",
    "海南省",
    "重庆市",
    "四川省",
    "贵州省",
    "云南省",
    "西藏自治区",
    "陕西省",
    "甘肃省",
    "青海省",
    "宁夏回族自治区",
    "新疆维吾尔自治区",
    "台湾省",
    "香港特别行政区",
    "澳门特别行政区",
)
FIRST_YEAR = 2007  # the regulation was promulgated in 2007; the first reports cover 2008


def _e(kind: str, severity: str, why: str, **kwargs) -> dict:
    return {"type": kind, "kwargs": kwargs, "meta": {"severity": severity, "why": why}}


def reports_suite() -> dict:
    return {
        "name": "reports",
        "expectations": [
            _e(
                "expect_column_values_to_not_be_null",
                "error",
                "a report must say which year it covers",
                column="report_year",
            ),
            _e(
                "expect_column_values_to_be_between",
                "error",
                "report year outside the regulation's lifetime",
                column="report_year",
                min_value=FIRST_YEAR,
                max_value=dt.date.today().year,
            ),
            # A body the text never names is a gap, not an error: its figures still land (d16, d27).
            _e(
                "expect_column_values_to_not_be_null",
                "warning",
                "the report never names the reporting body",
                column="region",
            ),
            _e(
                "expect_column_values_to_be_in_set",
                "error",
                "province must be one of the 34 provincial divisions",
                column="province",
                value_set=list(PROVINCES),
            ),
            _e(
                "expect_column_values_to_not_be_null",
                "warning",
                "province could not be resolved from the text",
                column="province",
            ),
            _e(
                "expect_column_values_to_be_in_set",
                "error",
                "admin_level outside its enum",
                column="admin_level",
                value_set=list(ADMIN_LEVELS),
            ),
            _e(
                "expect_column_values_to_be_in_set",
                "error",
                "format_era outside its enum",
                column="format_era",
                value_set=list(FORMAT_ERAS),
            ),
            _e("expect_column_values_to_be_unique", "error", "doc_id identifies one document", column="doc_id"),
        ],
    }


def metrics_suite() -> dict:
    return {
        "name": "metrics",
        "expectations": [
            _e(
                "expect_column_values_to_be_in_set",
                "error",
                "metric names come from the catalog",
                column="metric",
                value_set=sorted(CATALOG),
            ),
            _e(
                "expect_column_values_to_be_in_set",
                "error",
                "qualifier outside its enum",
                column="qualifier",
                value_set=list(QUALIFIERS),
            ),
            _e(
                "expect_column_values_to_be_between",
                "error",
                "counts and money are never negative",
                column="value_nonneg",
                min_value=0,
            ),
            _e(
                "expect_column_values_to_be_in_set",
                "error",
                "counts are whole numbers",
                column="whole_if_count",
                value_set=[True],
            ),
            _e(
                "expect_column_values_to_be_in_set",
                "error",
                "value beyond what one body can plausibly report",
                column="plausible",
                value_set=[True],
            ),
            _e(
                "expect_column_values_to_be_in_set",
                "error",
                "evidence offsets must lie inside the document text",
                column="offsets_inside",
                value_set=[True],
            ),
            _e(
                "expect_column_values_to_be_in_set",
                "error",
                "evidence must equal the text at its offsets",
                column="evidence_matches",
                value_set=[True],
            ),
        ],
    }


def consistency_suite() -> dict:
    return {
        "name": "consistency",
        "expectations": [
            _e(
                "expect_column_values_to_be_in_set",
                "warning",
                "request channels do not add up to requests_total",
                column="channels_add_up",
                value_set=[True],
            ),
            _e(
                "expect_column_values_to_be_in_set",
                "warning",
                "request outcomes exceed requests_total",
                column="outcomes_within_total",
                value_set=[True],
            ),
            _e(
                "expect_column_values_to_be_in_set",
                "warning",
                "proactive_total smaller than its largest channel",
                column="proactive_total_covers_channels",
                value_set=[True],
            ),
            _e(
                "expect_column_values_to_be_in_set",
                "warning",
                "table 三/四 as printed breaks the template's arithmetic",
                column="template_arithmetic_holds",
                value_set=[True],
            ),
            _e(
                "expect_column_values_to_be_in_set",
                "error",
                "landed table values break the template's arithmetic with no source inconsistency recorded: a misread",
                column="template_read_consistent",
                value_set=[True],
            ),
            _e(
                "expect_column_values_to_be_in_set",
                "warning",
                "the report states one figure in two contradicting ways",
                column="statements_agree",
                value_set=[True],
            ),
            _e(
                "expect_column_values_to_be_in_set",
                "warning",
                "template table disagrees with the report's prose",
                column="tables_match_prose",
                value_set=[True],
            ),
        ],
    }


def continuity_suite() -> dict:
    return {
        "name": "continuity",
        "expectations": [
            {
                "type": "expect_column_pair_values_to_be_equal",
                "kwargs": {"column_A": "carried_over", "column_B": "last_carried_forward",
                           "ignore_row_if": "either_value_is_missing"},
                "meta": {"severity": "warning",
                         "why": "this year's 上年结转 differs from last year's 结转下年度 of the same body"},
            }
        ],
    }


SUITES = {
    "reports": reports_suite,
    "metrics": metrics_suite,
    "consistency": consistency_suite,
    "continuity": continuity_suite,
}
