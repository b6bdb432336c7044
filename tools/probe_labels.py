"""Generalization probe for the template tables: retype one label at a time as a report retyping the template might
write it, over every template-era report with truth in tests/data, and count the cells that were read right before
and are lost after. A retyping that is natural Chinese and loses cells is a class the table readers do not cover.

    .venv/bin/python tools/probe_labels.py            # every retyping below
    .venv/bin/python tools/probe_labels.py 行政许可    # the retypings of labels containing 行政许可

Not a test: a tool for finding what to generalize next (sessions 54–55 found and fixed the classes listed here).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tasks.extract import extract_document  # noqa: E402
from tasks.ingest import read_source  # noqa: E402
from tasks.normalize import normalize_text  # noqa: E402

# (label as the template prints it, as a report retypes it)
RETYPINGS = (
    ("本年新收政府信息公开申请数量", "本年度新收政府信息公开申请数"),
    ("本年新收政府信息公开申请数量", "本年新收政府信息公开申请总数"),
    ("上年结转政府信息公开申请数量", "上年结转政府信息公开申请件数"),
    ("（一）予以公开", "（一）同意公开"),
    ("（二）部分公开", "（二）部分予以公开"),
    ("其他法律行政法规禁止公开", "其他法律、行政法规禁止公开"),
    ("属于三类内部事务信息", "属于内部事务信息"),
    ("属于四类过程性信息", "属于过程性信息"),
    ("本机关不掌握相关政府信息", "本机关不掌握该政府信息"),
    ("没有现成信息需要另行制作", "没有现成信息，需要另行制作"),
    ("补正后申请内容仍不明确", "补正后申请内容仍然不明确"),
    ("信访举报投诉类申请", "信访、举报、投诉类申请"),
    ("无正当理由大量反复申请", "无正当理由大量、反复申请"),
    ("要求行政机关确认或重新出具已获取信息", "要求行政机关确认或者重新出具已获取信息"),
    ("逾期不补正", "逾期未补正"),
    ("（六）其他处理", "（六）其它处理"),
    ("（七）总计", "（七）合计"),
    ("结转下年度继续办理", "结转下一年度继续办理"),
    ("结转下年度继续办理", "结转至下年度继续办理"),
    ("社会公益组织", "社会公益机构"),
    ("商业企业", "商业性企业"),
    ("总计", "合计"),
    ("尚未审结", "未审结"),
    ("规章", "政府规章"),
    ("本年制发件数", "本年制发件数（件）"),
    ("行政许可", "行政许可事项"),
    ("行政处罚", "行政处罚事项"),
    ("行政强制", "行政强制事项"),
    ("其他对外管理服务事项", "其他对外管理服务"),
    ("行政事业性收费", "行政事业收费"),
    ("行政事业性收费", "行政事业性收费事项"),
    ("政府集中采购", "政府集中采购项目"),
    ("上一年项目数量", "上年项目数量"),
)
TABLE_METRICS = ("t2_", "t3.", "t4.")


def _cells(text: str, header: dict | None) -> set[tuple[str, float]]:
    rows = extract_document("probe", text, header)[1]
    return {(r["metric"], r["value"]) for r in rows if r["metric"].startswith(TABLE_METRICS)}


def main(only: str = "") -> None:
    lost: Counter[tuple[str, str]] = Counter()
    read: Counter[tuple[str, str]] = Counter()
    where: dict[tuple[str, str], list[str]] = {}
    retypings = [r for r in RETYPINGS if only in r[0]]
    for truth_file in sorted(ROOT.glob("tests/data/*/truth/*.json")):
        truth = json.loads(truth_file.read_text(encoding="utf-8"))
        raw_file = truth_file.parent.parent / "raw" / f"{truth_file.stem}.txt"
        if not str(truth.get("format_era", "")).startswith("template") or not raw_file.exists():
            continue
        want = {
            (m, float(v["value"]))
            for m, v in truth["metrics"].items()
            if m.startswith(TABLE_METRICS) and v.get("value") is not None
        }
        text, log = normalize_text(read_source((str(raw_file.parent), raw_file.name))["raw_text"])
        right = _cells(text, log.get("crawler_header")) & want
        for label, retyped in retypings:
            if not right or label not in text:
                continue
            gone = right - _cells(text.replace(label, retyped), log.get("crawler_header"))
            read[label, retyped] += len(right)
            lost[label, retyped] += len(gone)
            if gone:
                where.setdefault((label, retyped), []).append(f"{truth_file.parent.parent.name}/{raw_file.stem}")
    for key in retypings:
        shown = ", ".join(where.get(key, [])[:4])
        print(f"{key[0]} → {key[1]}: {lost[key]} of {read[key]} cells lost" + (f" ({shown} …)" if shown else ""))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "")
