"""Generalization probe for the prose: rewrite the sentence a value came from one way at a time, as another report
might word it, and count the values that were read right before and are lost — or, worse, replaced by a different
value of the same metric — after. A natural rewriting that loses values is a class the rules do not cover; one that
lands a wrong value is a class that would put a wrong number in the lake.

    .venv/bin/python tools/probe_prose.py                 # every family below
    .venv/bin/python tools/probe_prose.py compare year    # some of them
    .venv/bin/python tools/probe_prose.py -v compare      # with the sentences lost or wrong

Each value with truth and evidence in tests/data is rewritten inside its own report (the rest of the text unchanged).
Some rewritings read unnaturally where the evidence starts mid-clause: read the examples before generalizing.
Not a test: a tool for finding what to generalize next (session 56 found and fixed the classes of `compare`,
`another_year` and `template_words`; sessions 54–55 the others, with a script this one grew from).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

import opencc

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tasks.extract import extract_document  # noqa: E402
from tasks.ingest import read_source  # noqa: E402
from tasks.normalize import normalize_text  # noqa: E402

Rewrite = tuple[str, str | Callable[[re.Match[str]], str]]
# A figure and the rest of its clause: a clause added after it reads as a real report's would.
FIGURE_CLAUSE = r"(?<![\d.])(\d+)(条|件|次|篇|人|名|个)([^，。；,;：:]*)"
FIGURE = r"(?<![\d.])(\d+)(条|件|次|篇|人|名|个)"
_S2T = opencc.OpenCC("s2t")
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")

FAMILIES: dict[str, tuple[Rewrite, ...]] = {
    # a clause comparing the figure with last year's, or with a whole
    "compare": tuple(
        (FIGURE_CLAUSE, r"\1\2\3" + clause)
        for clause in ("，比上年增加23\\2", "，较上年减少5\\2", "，同比增长15.2%", "（上年为320\\2）", "，占总数的37%")
    ),
    # another year's figure said beside the year's
    "another_year": tuple(
        (FIGURE_CLAUSE, r"\1\2\3" + clause) for clause in ("，上年同期为77\\2", "，去年为77\\2", "，{Y}年为77\\2")
    ),
    # the year said other ways ({Y}: the report's own year)
    "year": (
        ("全年", "报告期内"),
        ("全年", "年内"),
        ("全年", "一年来"),
        ("全年", "{Y}年度"),
        (r"(?<![公总])共(?![同享建])", "全年共"),
    ),
    # the 2021 template's words in prose, and other verbs of the same acts
    "template_words": (
        ("收到", "新收"),
        ("收到", "新收到"),
        ("受理", "新收"),
        ("答复", "作出答复"),
        ("办结", "办理完毕"),
        ("因", "由于"),
        ("引起", "导致"),
        ("涉及", "有关"),
    ),
    # lists and their marks
    "lists": (("、", "和"), ("、", "，"), ("其中", "其中，"), ("等", "等多种"), ("，", ",")),
    # approximations: the value lands with its qualifier, never as another number
    "qualifiers": tuple(
        (FIGURE, pre + r"\1" + mid + r"\2" + post)
        for pre, mid, post in (("", "余", ""), ("约", "", ""), ("", "", "以上"), ("近", "", ""))
    ),
    # what converters and typists do to a sentence (the text normalized again after)
    "damage": (
        (r"(?s)^.*$", lambda m: _S2T.convert(m.group(0))),
        (r"\d+", lambda m: m.group(0).translate(FULL_WIDTH)),
        (r"(?<![\d.])\d{4,}(?![\d.])", lambda m: f"{int(m.group(0)):,}"),
    ),
}
# Prose: one line, a figure with its unit or no figure at all (a zero said in words); a statistics table's row, label
# then cells, is probe_labels.py's.
PROSE_RE = re.compile(r"^(?:[^\n\d]*|[^\n]*\d\s*(?:条|件|次|篇|人|名|个|项|场|期|份|处|元|起|宗)[^\n]*)$")
TABLE_METRICS = ("t2_", "t3.", "t4.")
# (not a line break inside one sentence of an unwrapped text: no converter makes it alone; a wrapped text's breaks are
# tests/test_wrapped.py's)
DAMAGE_NAMES = ("traditional characters", "full-width digits", "thousands separators")
# The families whose rewritten text is normalized again — their baseline too, so that a second normalization's own
# effects are not counted as the rewriting's.
RENORMALIZED = ("damage",)


def _values(text: str, header: dict | None) -> set[tuple[str, float]]:
    return {(r["metric"], r["value"]) for r in extract_document("probe", text, header)[1]}


def _name(family: str, i: int) -> str:
    if family == "damage":
        return DAMAGE_NAMES[i]
    pattern, replacement = FAMILIES[family][i]
    return f"{pattern} → {replacement}"


def main(families: list[str], show: str = "") -> None:
    """Print, for each rewriting of `families`, the values still read, lost and replaced by a wrong one; `show`
    ('lost' or 'wrong') adds up to 8 sentences that lost a value (or gave a wrong one)."""
    counts: Counter[tuple[str, int, str]] = Counter()
    examples: dict[tuple[str, int], list[str]] = defaultdict(list)
    for truth_file in sorted(ROOT.glob("tests/data/*/truth/*.json")):
        truth = json.loads(truth_file.read_text(encoding="utf-8"))
        raw_file = truth_file.parent.parent / "raw" / f"{truth_file.stem}.txt"
        wanted = [
            (m, v)
            for m, v in truth["metrics"].items()
            if v.get("value") is not None and v.get("evidence") and not m.startswith(TABLE_METRICS)
        ]
        if not raw_file.exists() or not wanted:
            continue
        once, log = normalize_text(read_source((str(raw_file.parent), raw_file.name))["raw_text"])
        header = log.get("crawler_header")
        year = str(truth.get("report_year"))
        for family in families:
            again = family in RENORMALIZED
            text = normalize_text(once)[0] if again else once
            read = _values(text, header)
            for metric, v in wanted:
                value = float(v["value"])
                evidence = normalize_text(v["evidence"])[0].strip()
                at = text.find(evidence)
                if (metric, value) not in read or at < 0 or not PROSE_RE.search(evidence):
                    continue
                for i, (pattern, replacement) in enumerate(FAMILIES[family]):
                    if not re.search(pattern, evidence):
                        continue
                    if isinstance(replacement, str):
                        replacement = replacement.replace("{Y}", year)
                    rewritten = re.sub(pattern, replacement, evidence, count=1)
                    probe = text[:at] + rewritten + text[at + len(evidence) :]
                    got = _values(normalize_text(probe)[0] if again else probe, header)
                    others = sorted(x for m, x in got if m == metric and x != value)
                    outcome = "ok" if (metric, value) in got else "wrong" if others else "lost"
                    counts[family, i, outcome] += 1
                    if outcome == "wrong" or (outcome == "lost" and show == "lost"):
                        examples[family, i].append(
                            f"{truth_file.parent.parent.name}/{raw_file.stem} {metric} {v['value']}"
                            + (f" (got {others[:2]})" if others else "")
                            + f": {rewritten[:70]!r}"
                        )
    for family in families:
        print(f"## {family}")
        for i in range(len(FAMILIES[family])):
            ok, lost, wrong = (counts[family, i, o] for o in ("ok", "lost", "wrong"))
            print(f"{_name(family, i)}: {ok} read, {lost} lost, {wrong} wrong")
            for line in examples[family, i][: 8 if show else 0]:
                print("    " + line)


# Sentences real reports hold whose figures are no metric of the lake (or another body's, or another year's — {P}: the
# year before the report's). Inserted where a report's body begins (after its first line) and under its requests'
# heading, each must bring no (metric, value) the report did not already give (counted only where the report's year
# is still its own: an excerpt that names no year before takes the inserted sentence's).
DISTRACTORS = (
    "全年办理人大代表建议45件、政协提案38件，办复率100%。",
    "接听12345政务服务便民热线来电1200个，办结1180个。",
    "组织开展政务公开业务培训3次，参训人员120人次。",
    "办理群众来信来访86件，按期办结率100%。",
    "政务服务中心受理各类审批事项12000件，办结11980件。",
    "全年共受理行政许可事项356件，办结356件。",
    "全年收到网民留言320条，均已按时回复。",
    "县长信箱收到群众来信45件，办结45件。",
    "微信公众号关注人数达1.2万人。",
    "其中，县政府办公室主动公开政府信息320条。",
    "各乡镇共主动公开信息2300条。",
    "行政复议机关受理行政复议案件24件。",
    "全县法院受理行政诉讼案件15件。",
    "全年共收到依申请公开的咨询电话12个。",
    "政府常务会议审议通过规范性文件草案8件。",
    "{P}年主动公开政府信息1500条，收到政府信息公开申请20件。",
    "通过今日头条发布信息300条。",
    "平均每月主动公开政府信息30条，门户网站日均更新信息5条。",
)


def distractors(show: bool) -> None:
    """Print, for each distractor sentence, how many reports gained a (metric, value) from it, and how many lost one
    (the sentence's figure in conflict with the report's own), where inserted."""
    gained: Counter[tuple[int, str]] = Counter()
    lost: Counter[tuple[int, str]] = Counter()  # reports that lost a value they gave (a conflict the sentence made)
    examples: dict[tuple[int, str], list[str]] = defaultdict(list)
    for truth_file in sorted(ROOT.glob("tests/data/*/truth/*.json")):
        raw_file = truth_file.parent.parent / "raw" / f"{truth_file.stem}.txt"
        if not raw_file.exists():
            continue
        text, log = normalize_text(read_source((str(raw_file.parent), raw_file.name))["raw_text"])
        header = log.get("crawler_header")
        identity, rows, _ = extract_document("probe", text, header)
        before, own_year = {(r["metric"], r["value"]) for r in rows}, identity.get("report_year")
        year = json.loads(truth_file.read_text(encoding="utf-8")).get("report_year")
        places = {"top": text.find("\n") + 1}
        if (heading := re.search(r"\n[^\n]{0,12}依申请公开[^\n]{0,12}\n", text)) is not None:
            places["requests"] = heading.end()
        for i, sentence in enumerate(DISTRACTORS):
            if "{P}" in sentence and not year:
                continue
            sentence = sentence.replace("{P}", str(int(year or 0) - 1))
            for where, at in places.items():
                identity, rows, _ = extract_document("probe", text[:at] + sentence + "\n" + text[at:], header)
                after = {(r["metric"], r["value"]) for r in rows}
                if identity.get("report_year") != own_year:
                    continue
                if before - after:
                    lost[i, where] += 1
                new = after - before
                if new:
                    gained[i, where] += 1
                    examples[i, where].append(f"{truth_file.parent.parent.name}/{raw_file.stem} {sorted(new)[:2]}")
    for i, sentence in enumerate(DISTRACTORS):
        print(
            f"{sentence}: gained a value in {gained[i, 'top']} reports (top), {gained[i, 'requests']} (requests'"
            f" heading); lost one in {lost[i, 'top']}, {lost[i, 'requests']}"
        )
        for line in (examples[i, "top"] + examples[i, "requests"])[: 8 if show else 0]:
            print("    " + line)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("families", nargs="*", metavar="family", help=f"any of {', '.join(FAMILIES)} (default: all)")
    parser.add_argument("-v", "--verbose", action="store_true", help="show up to 8 sentences lost or wrong")
    parser.add_argument("--wrong", action="store_true", help="show up to 8 sentences that gave a wrong value")
    parser.add_argument("--distractors", action="store_true", help="insert sentences that state no metric instead")
    args = parser.parse_args()
    if args.distractors:
        sys.exit(distractors(args.verbose or args.wrong))
    if unknown := set(args.families) - set(FAMILIES):
        parser.error(f"no such family: {', '.join(sorted(unknown))}")
    main(args.families or list(FAMILIES), "wrong" if args.wrong else "lost" if args.verbose else "")
