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

# (label as the template prints it, as a report retypes it): the retypings tests/test_layouts.py asserts read back,
# then those the probe measures and no test asserts.
sys.path.insert(0, str(ROOT / "tests"))
from test_layouts import RETYPED_2019, RETYPED_AGAIN, RETYPED_LABELS  # noqa: E402

MEASURED_ONLY = (
    ("社会公益组织", "社会公益机构"),
    ("商业企业", "商业性企业"),
    ("尚未审结", "未审结"),
    ("本年制发件数", "本年制发件数（件）"),
    ("上一年项目数量", "上年项目数量"),
)
RETYPINGS = (*RETYPED_LABELS, *RETYPED_AGAIN, *RETYPED_2019, *MEASURED_ONLY)
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
