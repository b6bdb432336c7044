"""Contacts, website, issuer and dates a report states, by patterns whose cost is linear in the text."""

from __future__ import annotations

import datetime as dt
import re

from tasks.identity.names import CJK

# Every pattern here runs over whole reports: each repetition is bounded or starts at a boundary its class cannot
# repeat across, so no input makes one quadratic (issue 11: 200,000 digits took 47 s in the old e-mail pattern).
DATE_RE = re.compile(r"((?:19|20)\d{2})\s{0,3}年\s{0,3}(\d{1,2})\s{0,3}月\s{0,3}(\d{1,2})\s{0,3}日")
# A page's own publication field (fresh11 q21: 发布时间:2021-02-20; 发布日期：2022年01月27日).
META_DATE_RE = re.compile(
    r"(?:发布时间|发布日期|成文日期|发文日期|发文时间|印发日期)[ \t]{0,3}[:：][ \t]{0,3}((?:19|20)\d{2})"
    r"[ \t]{0,2}[-/.．年][ \t]{0,2}(\d{1,2})[ \t]{0,2}[-/.．月][ \t]{0,2}(\d{1,2})(?!\d)"
)
# What a signature line never holds before its date: sentence punctuation, a period's or a rule's words.
SENTENCE_RE = re.compile(r"[。，,；;：:]|至|起|止|期限|统计|施行|实施|截至|截止")
# 电话(传真):0478-7927563 and 联系方式:023-43785018 too (fresh37 v08, v13)
PHONE_RE = re.compile(
    r"(?:电话|联系电话|咨询电话|联系方式)(?:[（(]传真[）)])?[:：]?[,，]?\s{0,3}[（(]?(0\d{2,3})[)）\-－—]?\s{0,3}(\d{7,8})(?!\d)"
)
EMAIL_RE = re.compile(r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@(?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,24}")
POSTCODE_RE = re.compile(r"(?:邮编|邮政编码)\s{0,3}[:：]?\s{0,3}(\d{6})(?!\d)")
# (up to the next contact's label: fresh40 o05 地址:宝鸡市行政中心一号楼二楼 电话:3261388); never a web page's or a
# mailbox's address (fresh43 ac23: 门户网站地址:http://www.fzja.gov.cn/; fresh33 a25: 链接地址:http://…)
ADDRESS_RE = re.compile(
    r"(?:通讯地址|联系地址|(?<![站页接箱件络])地址)\s{0,3}[:：]\s{0,3}(?!https?:|www\.)((?:(?!\s?(?:联系电话|电话|传真|邮编|邮政编码|电子邮箱|邮箱|网址)[:：])[^，,；;。）)\n]){4,60})"
)
WEBSITE_RE = re.compile(
    r"(https?://[A-Za-z0-9./_\-?=&%#]{1,300}"
    r"|(?<![A-Za-z0-9.])www\.(?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,24}(?:/[A-Za-z0-9./_\-]{0,200})?)"
)
ISSUER_RE = re.compile(
    rf"由([{CJK}（）]{{4,30}}?(?:办公室|办公厅|厅|局|委员会|中心))(?:[（(][{CJK}]{{2,30}}[）)])?(?:(?:根据|依据|按照)[^。；\n]{{0,80}}?)?(?:负责|汇总|牵头|组织)?编制"
)


def publish_date(text: str) -> dt.date | None:
    """The date the page says it published the report (发布时间:2021-02-20), else the date that signs it: a date
    ending its line, with at most a short name before it (某某县人民政府\n2020年1月20日). Never a date inside a
    sentence: the statistics period's 12月31日 or the Regulation's 2008年5月1日 are no publication dates."""
    if m := META_DATE_RE.search(text[:3000]):
        return _date(m)
    found = None
    for m in DATE_RE.finditer(text):
        line_end = text.find("\n", m.end())
        after = text[m.end() : len(text) if line_end < 0 else line_end]
        before = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
        if not after.strip(" \t\u3000。.") and len(before.strip()) <= 30 and not SENTENCE_RE.search(before):
            found = m
    return _date(found) if found else None


# A date as a page's header field writes it (2022-01-27 10:00, 2022年01月27日, 2022/1/27).
FIELD_DATE_RE = re.compile(r"((?:19|20)\d{2})\s{0,2}[-/.．年]\s{0,2}(\d{1,2})\s{0,2}[-/.．月]\s{0,2}(\d{1,2})(?!\d)")


def page_date(text: str) -> dt.date | None:
    """The date a page's own publication field gives (发布时间:2021-02-20), in its opening."""
    m = META_DATE_RE.search(text[:3000])
    return _date(m) if m else None


def field_date(value: str) -> dt.date | None:
    """The date a header field's value holds (a crawler's 发布时间: 2022-01-27 10:00)."""
    m = FIELD_DATE_RE.search(value)
    return _date(m) if m else None


def _date(m: re.Match[str]) -> dt.date | None:
    try:
        return dt.date(*(int(g) for g in m.groups()))
    except ValueError:
        return None


def contacts(text: str) -> dict:
    """Issuer, phone, e-mail, postcode, address and website, each when the report states one."""
    out: dict = {}
    if m := ISSUER_RE.search(text[:3000]):
        out["issuer"] = m.group(1)
    if m := PHONE_RE.search(text):
        out["contact_phone"] = f"{m.group(1)}-{m.group(2)}"
    if m := EMAIL_RE.search(text):
        out["contact_email"] = m.group(0)
    if m := POSTCODE_RE.search(text):
        out["contact_postcode"] = m.group(1)
    if m := ADDRESS_RE.search(text):
        out["contact_address"] = m.group(1).strip()
    if m := WEBSITE_RE.search(text):
        out["website"] = m.group(1)
    return out
