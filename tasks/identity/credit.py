"""Where a report's publishing organ is registered: the region code inside its unified social credit code.

Government sites index each document they publish by the publishing organ's 统一社会信用代码 (GB 32100-2015) and a
serial — `索引号: 11330723736009120E/2021-242240` — and some print the code in a page's links
(`xxgkAnnualReport.jsp?area=<code>`). The code's third to eighth characters are the division that
registered the organ (330723, 武义县), and an organ is registered where it sits: that division's province is the
report's, and a township of a common name lies in it. Only codes of bodies registered by the staffing authorities
(the first character 1: 机关, 事业单位) are read, each checked by its check character (python-stdnum) and its
division known to the gazetteer; a code of the central organs (100000) names no province.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from stdnum.cn import uscc

from tasks.identity import gazetteer

# 1 (机构编制), the kind of body, six digits of the registering division, nine of the organisation code and the check
# character, from the code's own alphabet (no I, O, S, V, Z); not inside a longer run of letters and digits.
# (the pattern opens with its literal 1 and looks behind it after: re then scans for that character, 15 times faster)
CREDIT_CODE_RE = re.compile(r"1(?<![0-9A-Za-z]1)[1-9](\d{6})[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Za-z])")


def _organ_codes(text: str) -> Iterator[re.Match[str]]:
    """The credit codes of organs the text prints: the check character right, the division a province's."""
    for m in CREDIT_CODE_RE.finditer(text):
        if uscc.is_valid(m.group()) and gazetteer.province_of(m.group(1)) is not None:
            yield m


def organ_code(text: str) -> str | None:
    """The first credit code of an organ the text prints."""
    return next((m.group() for m in _organ_codes(text)), None)


@lru_cache(maxsize=4)
def registered_areas(text: str) -> tuple[str, ...]:
    """The six-digit codes of the divisions that registered the organs whose credit codes the text prints, in order."""
    out: dict[str, None] = {}
    for m in _organ_codes(text):
        area = m.group(1)
        if area in gazetteer.current_names() or area[:4] + "00" in gazetteer.current_names():
            out[area] = None
        else:
            out[area[:2] + "0000"] = None  # a division renamed or merged since: its province still holds
    return tuple(out)


def registered_province(text: str) -> str | None:
    """The one province the organs' credit codes in the text were registered in, or None (none, or several)."""
    provinces = {gazetteer.province_of(a) for a in registered_areas(text)}
    return provinces.pop() if len(provinces) == 1 else None


def registered_near(text: str) -> set[str]:
    """The registering divisions, as areas a township may be looked for in (each county's, or its prefecture's),
    when they lie in one province."""
    if registered_province(text) is None:
        return set()
    return {a if a in gazetteer.current_names() else a[:4] + "00" for a in registered_areas(text)}
