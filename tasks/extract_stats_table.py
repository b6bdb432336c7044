"""The pre-2019 statistics table (附表 政府信息公开情况统计表) flattened into runs of label, unit and digits."""

from __future__ import annotations

import re

from tasks.extract_narrative import Candidate
from tasks.numbers import MAX_DIGITS

# (metric, row label) — labels of the 2008–2018 provincial and 国办发〔2014〕32号 statistics tables.
ROWS: tuple[tuple[str, str], ...] = (
    ("proactive_total", r"主动公开(?:政府)?(?:信息|文件)(?:总)?数"),
    ("proactive_website", r"(?:政府)?网站公开(?:政府信息)?数?"),
    ("proactive_gazette", r"政府公报公开(?:政府信息)?数?"),
    ("requests_total", r"(?:受理依申请公开信息总数|收到申请(?:总)?数|受理申请(?:总)?数|申请总数)"),
    ("requests_in_person", r"当面申请数"),
    ("requests_fax", r"(?<![\u4e00-\u9fff]、)传真申请数"),
    ("requests_email", r"电子邮件申请数"),
    ("requests_online", r"(?:网上|网络)申请数"),
    ("requests_letter", r"(?<![\u4e00-\u9fff]、)信函申请数"),
    ("outcome_granted", r"(?<!部分)同意公开答复数"),
    ("outcome_partial", r"同意部分公开答复数"),
    ("outcome_denied", r"(?:否决|不予|不同意)公开答复(?:总)?数"),
    ("reconsiderations", r"(?<![\u4e00-\u9fff]、)行政复议数"),
    ("lawsuits", r"(?<![\u4e00-\u9fff]、)行政诉讼数"),
    ("fees_yuan", r"(?:政府信息公开)?收费(?:减免)?金额"),
    # 国办发〔2014〕32号 indicators (FORMAT.md) in their table form
    ("normative_docs_published", r"主动公开规范性文件数"),
    ("normative_docs_issued", r"制发规范性文件总数"),
    ("proactive_weibo", r"政务微博公开(?:政府信息)?数"),
    ("proactive_wechat", r"政务微信公开(?:政府信息)?数"),
    ("proactive_other", r"其他方式公开(?:政府信息)?数"),
    ("hotspot_responses", r"回应公众关注热点或重大舆情数"),
    ("press_conferences", r"参加或举办新闻发布会总次数"),
    ("press_conferences_principal", r"主要负责同志参加新闻发布会次数"),
    ("online_interviews", r"政府网站在线访谈次数"),
    ("interpretations", r"政策解读稿件发布数"),
    ("requests_closed", r"(?<!按时)(?<!延期)申请办结数"),
    ("outcome_already_public", r"属于已主动公开范围数"),
    ("outcome_not_ours", r"不属于本行政机关公开数"),
    ("outcome_not_exist", r"申请信息不存在数"),
    ("outcome_asked_to_amend", r"告知作出更改补充数"),
    ("outcome_other_channel", r"告知通过其他途径办理数"),
    ("complaints", r"举报投诉数量"),
    ("query_points", r"设置政府信息公开查阅点数"),
    ("staff", r"从事政府信息公开工作人员数"),
    ("staff_full_time", r"专职人员数"),
    ("staff_part_time", r"兼职人员数"),
)
UNIT = r"(?:（)?(?:条|件|个|次|篇|元|万元|人)(?:）)?"
# A row: its label, the unit column, the digits of one or two value columns (runs of digits parted by one to
# three spaces), and maybe the next row's number glued on (d04: 网站公开条179533042.政府公报公开 → 17953304 then
# row 2). Each digit or space belongs to one quantifier only, so a run of 100k digits or spaces is read once.
ROW_RE = {
    m: re.compile(
        rf"{label}\s*{UNIT}\s*(?P<digits>\d+(?: {{1,3}}\d+)*?)(?P<next> *\d\s*[.、．])?"
        rf"(?=\s*[\u4e00-\u9fff（]|\s*$)",
        re.MULTILINE,
    )
    for m, label in ROWS
}
TABLE_HEAD_RE = re.compile(r"指标名称|计量单位|统计表")


def table_candidates(text: str, prose: dict[str, set[float]]) -> list[Candidate]:
    """Read values out of a flattened statistics table; a split of run-together columns must be forced."""
    head = TABLE_HEAD_RE.search(text)
    if not head:
        return []
    body_start = head.start()
    two_columns = "历年累计" in text[body_start:]
    out = []
    for metric, rx in ROW_RE.items():
        for m in rx.finditer(text, body_start):
            digits = m.group("digits").replace(" ", "")
            if len(digits) > MAX_DIGITS * 2:
                continue  # two columns of real figures never run this long
            if "万元" in m.group(0):
                continue  # money in 万元 with run-together digits cannot be split safely
            if not two_columns:
                value = float(digits)
            elif len(digits) == 1:
                value = float(digits)  # d05: only the year's column printed ('政府公报公开条0')
            elif len(digits) == 2:
                value = float(digits[0])  # forced: one digit per column
            elif len(m.group("digits").split()) == 2:
                value = float(m.group("digits").split()[0])
            else:
                # Ambiguous split: it can only corroborate or contradict the prose, never add a value.
                known = prose.get(metric, set())
                consistent = {
                    v for v in known if digits.startswith(str(int(v))) and int(digits[len(str(int(v))) :] or -1) >= v
                }
                if known and not consistent:
                    out.append(Candidate(metric, float("nan"), "exact", m.start(), m.end(), False, "table"))
                continue
            out.append(Candidate(metric, value, "exact", m.start(), m.end(), False, "table"))
    return out
