"""Where a report's contact postcode lies: the province of its postal zone.

A mainland postcode's first two digits are its postal zone, and each zone lies in one province (中国邮政编码: 10 北京,
31–32 浙江, 61–64 四川 …). A few places near a border were given their neighbour's zone — 兴安盟 (内蒙古) has 1374–1378
beside 白城's 1370–1373 (吉林), 阿拉善盟 (内蒙古) has 7354, 7373 and 7503 in 甘肃's and 宁夏's zones — so a postcode of
those three-digit zones says no province.
"""

from __future__ import annotations

ZONES: dict[str, str] = {
    "10": "北京市",
    "20": "上海市",
    "30": "天津市",
    "40": "重庆市",
    **dict.fromkeys(("01", "02"), "内蒙古自治区"),
    **dict.fromkeys(("03", "04"), "山西省"),
    **dict.fromkeys(("05", "06", "07"), "河北省"),
    **dict.fromkeys(("11", "12"), "辽宁省"),
    "13": "吉林省",
    **dict.fromkeys(("15", "16"), "黑龙江省"),
    **dict.fromkeys(("21", "22"), "江苏省"),
    **dict.fromkeys(("23", "24"), "安徽省"),
    **dict.fromkeys(("25", "26", "27"), "山东省"),
    **dict.fromkeys(("31", "32"), "浙江省"),
    **dict.fromkeys(("33", "34"), "江西省"),
    **dict.fromkeys(("35", "36"), "福建省"),
    **dict.fromkeys(("41", "42"), "湖南省"),
    **dict.fromkeys(("43", "44"), "湖北省"),
    **dict.fromkeys(("45", "46", "47"), "河南省"),
    **dict.fromkeys(("51", "52"), "广东省"),
    **dict.fromkeys(("53", "54"), "广西壮族自治区"),
    **dict.fromkeys(("55", "56"), "贵州省"),
    "57": "海南省",
    **dict.fromkeys(("61", "62", "63", "64"), "四川省"),
    **dict.fromkeys(("65", "66", "67"), "云南省"),
    **dict.fromkeys(("71", "72"), "陕西省"),
    **dict.fromkeys(("73", "74"), "甘肃省"),
    "75": "宁夏回族自治区",
    "81": "青海省",
    **dict.fromkeys(("83", "84"), "新疆维吾尔自治区"),
    **dict.fromkeys(("85", "86"), "西藏自治区"),
}
# Three-digit zones shared across a provincial border (see above): no province from them.
SHARED = frozenset({"137", "735", "737", "750"})


def postcode_province(postcode: str | None) -> str | None:
    """The province a six-digit mainland postcode lies in, or None (none, or a zone shared across a border)."""
    if not postcode or len(postcode) != 6 or not postcode.isdigit() or postcode[:3] in SHARED:
        return None
    return ZONES.get(postcode[:2])
