"""The template's printed labels as patterns over a scan's skeleton (see tokens.py), and where tables 三 and 四
meet."""

from __future__ import annotations

import re

from tasks.template.tokens import Scan, wrapped

# Row labels as found in the skeleton (no spaces, no numbers between their characters).
T3_LABELS: dict[str, str] = {
    # 申请 lost from the label (fresh10 p22: 二、上年结转政府信息公开数量); 转结: a typo (fresh2 g14); 年度 for 年
    # and 数 or 件数 for 数量 as a report retyping the template writes them (本年度新收政府信息公开申请数)
    "new_received": r"本年(?:度)?新收政府信息公开(?:申请)?(?:数量|件数|总?数)",
    "carried_over": r"上年(?:度)?(?:结转|转结)政府信息公开(?:申请)?(?:数量|件数|总?数)",
    # (同意公开: the pre-2019 statistics' name of the outcome)
    "granted": r"[（(]一[）)](?:予以|同意)公开",
    "partial": r"[（(]二[）)]部[分份](?:予以)?公开(?:[（(]区分处理的[，,]只计这一情形[，,]不计其他情形[）)])?",
    "denied_state_secret": r"属于国家秘密",
    "denied_law_forbids": r"其他法律[、，,]?行政法规禁止公开",  # (其他法律、行政法规…)
    # its quotes wherever a PDF's text puts them (their glyphs come from another font: '3.危' / '及三“' / '安全…')
    "denied_security_stability": "".join(f'{ch}[“”"]?' for ch in "危及三安全一稳定"),
    "denied_third_party": r"保护第三方合法权益",
    "denied_internal_affairs": r"属于(?:三类)?内部事务信息",
    "denied_process_info": r"属于(?:四类)?过程性信息",
    "denied_enforcement_file": r"属于行政执法案卷",
    "denied_admin_query": r"属于行政查询事项",
    "unable_not_held": r"本机关不掌握(?:相关|有关|该)?政府信息",
    "unable_need_create": r"没有现成信息[，,]?需要另行制作",
    "unable_unclear": r"补正后申请内容仍然?不明确",
    "not_processed_petition": r"信访[、，,]?举报[、，,]?投诉类申请",
    "not_processed_repeat": r"重复申请",
    "not_processed_publication": r"要求提供公开出版物",
    "not_processed_mass_repeat": r"无正当理由大量[、，,]?反复申请",
    "not_processed_confirm": r"要求行政机关确认或者?重新出具已获取信息",
    "other_total": r"[（(]六[）)]其[他它]处理",
    "other_no_correction": r"(?:申请人)?(?:无正当理由)?逾期[不未]补正[、，,]行政机关不再处理其政府信息公开申请",
    "other_unpaid_fee": r"(?:申请人)?逾期未按收费通知要求缴纳费用[、，,]行政机关不再处理其政府信息公开申请",
    # '3.其他' only with its number: the header's 其他 (column) and 其他法律… (a row) are not this row.
    "other_misc": r"3[.．、]其他(?:组织)?(?!法律|处理)",
    "outcomes_total": r"[（(]七[）)](?:总计|合计|总数)",
    "carried_forward": r"结转至?下一?年度?继续办理",  # (结转下一年度继续办理)
}
NUMBERED = {r for r in T3_LABELS if r.startswith(("denied_", "unable_", "not_processed_", "other_"))} - {
    "other_total",
    "other_misc",
}
DIGITS = "0123456789０１２３４５６７８９"
# Line breaks between two characters of a row label: a merged group label's pieces may stand on lines of their own
# inside a row's label, in a narrow column up to four ('1.信' / '）不' / '予处' / '理' / '访举…', pypdf).
LABEL_BREAKS = 5


def _character_first(pattern: str) -> list[str]:
    """The pattern as alternatives that each open with a character: `re` skips straight to where one of those
    characters stands, while a pattern that opens with an optional part is tried at every position (50× slower)."""
    m = re.match(r"\(\?:([^()|]*)\)\?", pattern)
    if not m:
        return [pattern]
    rest = _character_first(pattern[m.end() :])
    return [m.group(1) + r for r in rest] + rest  # with the part first, as the greedy `?` tries it


def _label_re(row: str, pattern: str) -> re.Pattern[str]:
    """A row label, with its number before it for a numbered row ('1.属于国家秘密')."""
    plain = _character_first(pattern)
    numbered = [f"{d}[.．、]{p}" for d in DIGITS for p in plain] if row in NUMBERED else []
    return re.compile(wrapped("|".join(numbered + plain), breaks=LABEL_BREAKS))


LABEL_RE = {row: _label_re(row, p) for row, p in T3_LABELS.items()}
# What stands before table 三's first row: its heading, the 勾稽 note, the header.
MARKER_RE = re.compile(wrapped(r"收到和处理政府信息公开申请情况|本列数据的勾稽关系|申请人情况"))
# Table 四
START_RE = re.compile(wrapped("行政复议"))
# Column labels no sentence uses; the header starts at the first of them.
OWN_WORD_RE = re.compile(wrapped("未经复议直接起诉|复议后起诉|结果维持|结果纠正|其他结果|尚未审结"))
# The header as a run of its labels, or of their pieces: a PDF laid out by lines prints narrow cells' first lines
# together, then their second lines ('结果结果其他尚未… / 维持纠正结果审结…', pdfplumber).
# (合计 for 总计, as a report retyping the template writes it)
HEADER_RUN_RE = re.compile(r"(?:行政复议|行政诉讼|未经复议直接起诉|复议后起诉|[、结果维持纠正其他尚未审结总合计\n])++")
LAST_HEADER_RE = re.compile(wrapped("尚未审结(?:总计|合计)"))
# A converter that orders text by boxes may print the next heading (五、…) inside the table, before the last group's
# labels and cells (pdfminer): other text this short is passed over when the header goes on after it.
STRAY_HEADING = 40
T4_CELLS = 15


def table4_start(sk: Scan, origin: int) -> tuple[int, int] | None:
    """Where table 四 starts after skeleton index `origin` (its heading, else its header) and where its header
    starts. A converter that orders text by boxes may print the heading before table 三's last numbers (pdfminer):
    the numbers between a start and the header are table 四's only when there are no more of them than its cells."""
    skel = sk.skeleton
    header = OWN_WORD_RE.search(skel, origin)
    if not header:
        return None
    end = sk.offsets[header.start()]
    for m in [*START_RE.finditer(skel, max(origin, header.start() - 200), header.start()), header]:
        a = sk.offsets[m.start()]
        if sum(1 for t in sk.tokens if a <= t.start < end) <= T4_CELLS:
            return m.start(), header.start()
    return header.start(), header.start()
