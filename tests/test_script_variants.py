"""Every real report rendered in another script must yield what the report yields: mainland text in Traditional
script (OpenCC s2t) gets no Taiwan-phrase rewriting, and Taiwan-phrase converter output (s2twp) comes back to the
mainland words that extraction reads (规范性文件, 行政查询, 发送)."""

from __future__ import annotations

import opencc
import pytest
from conftest import CORPUS_RAW, SAMPLES

from tasks.extract import extract_document
from tasks.ingest import decode
from tasks.normalize import normalize_text

# Reports already in Traditional script or Taiwan phrasing have no Simplified original to render.
REPORTS = [p for p in sorted(SAMPLES.glob("*.txt")) + sorted(CORPUS_RAW.glob("*.txt"))
           if p.stem not in {"001_f8b3f872fb9b29ea", "d15", "d16"}]
IDENTITY = ("region", "province", "admin_level", "report_year", "format_era", "contact_phone", "contact_postcode")


def extraction(text: str) -> tuple[dict, set]:
    text, log = normalize_text(text)
    identity, rows, _ = extract_document("x", text, log.get("crawler_header"))
    return {f: identity.get(f) for f in IDENTITY}, {(r["metric"], r["value"]) for r in rows}


@pytest.mark.parametrize("config", ["s2t", "s2twp"])
def test_reports_in_another_script_extract_the_same(config: str) -> None:
    convert = opencc.OpenCC(f"{config}.json").convert
    differ = {}
    for path in REPORTS:
        raw = decode(path.read_bytes()).text
        want, got = extraction(raw), extraction(convert(raw))
        if want != got:
            differ[path.stem] = ({k: (want[0][k], got[0][k]) for k in IDENTITY if want[0][k] != got[0][k]},
                                 sorted(want[1] ^ got[1])[:6])
    assert not differ, differ
    assert len(REPORTS) == 30
