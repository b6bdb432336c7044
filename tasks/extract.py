"""Extract: identity and every metric of a normalized report, each number with its evidence span."""

from __future__ import annotations

import bisect
import itertools
import math
import os
import re
import time
from collections import Counter, defaultdict
from dataclasses import replace

import polars as pl
from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from tasks import extract_tables
from tasks.extract_identity import extract_identity
from tasks.extract_narrative import (
    CHANNEL_OF,
    STOCKS,
    SUBUNIT_RE,
    Candidate,
    category_sum_note,
    clause_start,
    prose_candidates,
    sentence_span,
    sentence_start,
    zero_candidates,
)
from tasks.extract_stats_table import table_candidates
from tasks.notes import Note, notes_frame, prose_conflict, typed
from tasks.pool import Failure, pool
from tasks.schemas import METRICS, QUARANTINE, REPORTS, Extracted, Normalized, conform, header_of
from tasks.vocabulary import CATALOG

# Candidates read from where a template puts a figure hold only in that template: a no-charge sentence under
# 其他需要报告的事项 is the 信息处理费 of the 2021 template (t01), not of the 2019 one (t10).
SOURCE_ERA = {
    "fee_section": {"template_2021"},
    # 截至<date> before 2019 often gave a running total since the Regulation (n22); the templates count the
    # year up to its last day (d25: 截至2021年12月31日，我街道共主动公开政府信息数700条).
    "up_to_date": {"template_2019", "template_2021"},
}


def split_sentences(text: str, cands: list[Candidate], total: float | None) -> list[tuple[int, int]]:
    """Sentences that state the parts of the jurisdiction (市级 …3件 / 各县、区 …6件) when they add up to the total."""
    parts = [c for c in cands if c.scoped and c.qualifier == "exact"]
    spans = sorted({sentence_span(text, c.start) for c in parts})
    if total is None or len(parts) < 2 or len(spans) != len(parts) or sum(c.value for c in parts) != total:
        return []
    return spans


def derive_from_parts(text: str, metric: str, cands: list[Candidate], spans: list[tuple[int, int]]) -> dict | None:
    """Sum a metric stated once in every part sentence and nowhere for the whole (seed 000's outcomes)."""
    if not spans or any(not c.scoped or c.qualifier != "exact" for c in cands):
        return None
    per_span = [[c for c in cands if a <= c.start < b] for a, b in spans]
    if any(len(p) != 1 for p in per_span) or sum(len(p) for p in per_span) != len(cands):
        return None
    parts = [p[0] for p in per_span]
    start, end = parts[0].start, parts[-1].end
    return {
        "metric": metric,
        "value": sum(c.value for c in parts),
        "qualifier": "derived",
        "evidence_start": start,
        "evidence_end": end,
        "note": "derived: sum of the parts stated for each part of the jurisdiction "
        + " + ".join(str(int(c.value)) for c in parts),
    }


def _among_the_first(cands: list[Candidate], text: str) -> list[Candidate]:
    """A figure after 其中 that follows another figure of its metric in its sentence is a part of that one (n22:
    全年主动公开信息372条，其中，通过…系统累计主动公开信息238条)."""
    if len(cands) < 2 or not text:
        return cands
    order = sorted(cands, key=lambda c: c.start)
    starts = [c.start for c in order]
    out = []
    for c in cands:
        first = bisect.bisect_left(starts, sentence_start(text, c.start))
        # the earlier figures of the sentence, which a sentence's bounded length keeps few
        among = any(
            o is not c and o.end <= c.start and text.find("其中", o.end, c.start) >= 0
            for o in order[first : bisect.bisect_left(starts, c.start)]
        )
        out.append(replace(c, scoped=True) if among and not c.scoped else c)
    return out


def resolve(candidates: list[Candidate], era: str, text: str = "") -> tuple[list[dict], list[Note]]:
    """One value per metric: agreeing candidates land; conflicting ones are left out with a note."""
    by_metric: dict[str, list[Candidate]] = defaultdict(list)
    for c in candidates:
        if era in SOURCE_ERA.get(c.source, {era}):
            by_metric[c.metric].append(c)
    for metric, cands in by_metric.items():
        if any(c.source != "lower_bound" for c in cands):  # a lower bound only stands in for a stated value
            by_metric[metric] = [c for c in cands if c.source != "lower_bound"]
    rows, notes = [], []
    whole_total = {c.value for c in by_metric.get("requests_total", []) if not c.scoped}
    spans = split_sentences(
        text, by_metric.get("requests_total", []), next(iter(whole_total)) if len(whole_total) == 1 else None
    )
    for metric, cands in by_metric.items():
        if era not in CATALOG[metric].eras:  # 收费及减免 is the old regulation's (fees_yuan); 2021 has 信息处理费
            continue
        if any(math.isnan(c.value) for c in cands):
            notes.append(
                prose_conflict(
                    f"{metric} in the statistics table contradicts the prose "
                    f"{sorted({c.value for c in cands if not math.isnan(c.value)})}; left out"
                )
            )
            continue
        cands = _among_the_first(cands, text)
        whole = [c for c in cands if not c.scoped]
        if not whole:
            if CATALOG[metric].group == "outcome" and (row := derive_from_parts(text, metric, cands, spans)):
                rows.append(row)
            continue
        values = {c.value for c in whole}
        if len(values) > 1:
            stated = " and ".join(f"{v:g}" for v in sorted(values))
            notes.append(prose_conflict(f"{metric} stated as {stated}; left out"))
            continue
        best = min(whole, key=lambda c: (c.qualifier != "exact", c.source != "prose", c.start))
        bigger = [
            c
            for c in cands
            if c.scoped and c.qualifier == "exact" and best.qualifier == "exact" and c.value > best.value
        ]
        if bigger:
            part = text[sentence_start(text, bigger[0].start) : bigger[0].end]
            notes.append(
                prose_conflict(
                    f"{metric} is {best.value:g} for the whole but {bigger[0].value:g} for a part of it ({part})"
                )
            )
        rows.append(
            {
                "metric": metric,
                "value": best.value,
                "qualifier": best.qualifier,
                "evidence_start": best.start,
                "evidence_end": best.end,
                "note": None,
            }
        )
    return rows, notes


# A report of 2019 on follows the national template (the revised regulation's 第五十条, 国办公开办函〔2019〕60号 and
# 〔2021〕30号): one whose excerpt shows no table label is still of that era when it says so (a citation, or the
# template's first section heading 一、总体情况); the template is the one in force for its year.
TEMPLATE_ERA_SIGN_RE = re.compile(
    r"一\s*[、.．]\s*(?:\d{4}\s?年度?)?总体情况|年度报告格式|国办公开办函|条例》?第五十条"  # 一、2024年总体情况 (k30)
    r"|未经复议直接起诉|复议后起诉|结转下年度继续办理"  # the templates' own table labels (fresh14 u11)
    # the revised Regulation the templates came with, as what the report was written under (fresh16 w27: 本报告根据新
    # 修订《中华人民共和国政府信息公开条例》(国务院令第711号…)编写); read only of a 2019 or 2020 report — not a
    # mention of it among the year's work (seed 003: 认真贯彻落实国务院新修订的《…条例》, free text)
    r"|国务院令第711号|(?:根据|依据|按照)新修订(?:的)?《中华人民共和国政府信息公开条例》"
    r"|(?:根据|依据|按照)《中华人民共和国政府信息公开条例》[（(]新修订"  # fresh17 x14: …条例》(新修订版)有关规定
)
TEMPLATE_2021_SIGN_RE = re.compile(r"〔2021〕30号|\[2021\]30号")
# The free-text era's outline, listed as the report's contents (fresh37 v29, 2020: 全文包括概述,…,政府信息公开的
# 人员、收费及减免情况,政府信息公开咨询情况,…): a report written the old way, whatever its first heading.
OLD_OUTLINE_RE = re.compile(r"全文包括[^。]{0,200}?(?:收费及减免|咨询情况)")


def era_by_year(era: str, text: str, year: int | None) -> str:
    """The era a report's labels show, or, with none shown, the template of its year when it is a template report.
    A report that shows only the section headings both templates share is of its year's template, or of the
    narrative era when its year is before them (a 2010 report re-posted in a later layout). A report of 2021 on is of
    the 2021 template even when its excerpt shows no sign of it (fresh2 g28, fresh6 k30)."""
    if era != "narrative" and year is not None and not extract_tables.shows_table_labels(text):
        # only the section headings both templates share: the year says which, or that it is neither
        if year < 2019:
            return "narrative"
        return "template_2021" if year >= 2021 or TEMPLATE_2021_SIGN_RE.search(text[:6000]) else "template_2019"
    if era != "narrative" and year is not None and year >= 2019 and extract_tables.shows_mixed_labels(text):
        # labels of both templates (fresh8 m23: a 2022 report's (一) under the 2019 columns, the rest the 2021
        # layout): the template of its year
        return "template_2021" if year >= 2021 else "template_2019"
    if era != "narrative" or year is None or year < 2019:
        return era
    if year < 2021 and (not TEMPLATE_ERA_SIGN_RE.search(text[:6000]) or OLD_OUTLINE_RE.search(text[:3000])):
        return era  # 2019 and 2020 reports were still written freely (seed 003); from 2021 the template is the rule

    return "template_2021" if year >= 2021 or TEMPLATE_2021_SIGN_RE.search(text[:6000]) else "template_2019"


# A year named in a sentence before its figure: 2021年收到政府信息公开申请1件 in a 2022 report is last year's.
SENTENCE_YEAR_RE = re.compile(r"(?<![\d〔\[（(])((?:19|20)\d{2})\s{0,2}年")


def other_years_out(cands: list[Candidate], text: str, year: int | None) -> list[Candidate]:
    """The candidates whose sentence does not name only other years than the report's before the figure."""
    if year is None:
        return cands
    out = []
    for c in cands:
        s0 = sentence_start(text, c.start)
        # (the year requests were carried over from names no other period: 办理…申请114件(含2019年结转18件),办结113件
        # in a 2020 report, fresh23 f21)
        # (the years inside the figure's own words too: 2020年主动公开政府信息1500条 in a 2021 report — but a carried
        # figure's own year is its direction, below)
        upto = c.start if c.metric in CARRIED_YEAR_SHIFT else c.end
        named = {
            int(y.group(1))
            for y in SENTENCE_YEAR_RE.finditer(text, s0, upto)
            if not CARRIED_FROM_RE.match(text, y.end()) and not REPORT_NAMED_RE.match(text, y.end())
        }
        if c.metric in STOCKS:
            # what a body has now (staff, query rooms) is not another year's for the year its work began (fresh13
            # s07: 本区自2004年5月起开展政府信息公开工作，目前已配备了6名全职工作人员)
            named -= {
                int(y.group(1)) for y in SENTENCE_YEAR_RE.finditer(text, s0, c.start) if text[y.start() - 1] in "自从"
            }
        if not named and s0 > 0 and CONTINUES_RE.match(text, s0):
            # a sentence that opens with its verb goes on from the one before, and from its year (fresh6 k13:
            # 2019年，我镇通过…网站公开信息94条。通过微信公众平台公布信息25条。 in a 2020 report)
            named = {
                int(y.group(1))
                for y in SENTENCE_YEAR_RE.finditer(text, sentence_start(text, s0 - 1), s0)
                if not REPORT_NAMED_RE.match(text, y.end())
            }
        if not named or year in named:
            if (shift := CARRIED_YEAR_SHIFT.get(c.metric)) is not None and any(
                int(y.group(1)) != year + shift for y in SENTENCE_YEAR_RE.finditer(text, c.start, c.end)
            ):
                continue  # 2023年结转132件 is carried over into 2024's report only; 结转2025年183件 forward from 2024's
            out.append(c)
    return out


# The year a carried figure names in its own words: the one before the report's (carried over from), the one after
# it (carried forward to).
CARRIED_YEAR_SHIFT = {"t3.carried_over.total": -1, "t3.carried_forward.total": 1}


CONTINUES_RE = re.compile(r"\s*(?:通过|并|还|同时|另)")
CARRIED_FROM_RE = re.compile(r"[^，,。；;\d\n]{0,3}?(?:结转|转结)")
# A year that names a report published among the year's items, not a period (fresh48 ah25: …,2024年度政府信息公开
# 工作报告1条,… in a 2025 report)
REPORT_NAMED_RE = re.compile(r"[^，,。；;\d\n]{0,16}?报告")


# The website of a government named by its own level (区政府网站 in a district's report, 市政府网站 in a city's) is
# the body's own website (fresh4 i20, i26) — unless the report states the whole too: then its portal is one of the
# websites (seed 001: 全市…网站公开59229条 beside 市政府网站共主动公开信息9804条).
OWN_SITE_RE = re.compile(r"(?P<level>[市县区])(?:人民)?政府(?:门户)?网站")
LEVEL_SITE_RE = re.compile(r"(?P<level>[市县区])级[^，,。；;\d\n]{0,16}?网站")
GOVERNMENTS = ("county", "prefecture", "province")
PUBLISHING_ON_A_PORTAL = ("department", "township")  # bodies whose items go up on a government's portal


# A clause whose subject is the whole jurisdiction (2022年度全县主动公开各类信息199条): in a department's report, the
# figure of the government above it (fresh15 v30, 县人民政府办公室), not the department's own.
WHOLE_PLACE_RE = re.compile(
    r"\s*(?:(?:19|20)\d{2}\s?年度?|全年|本年度?|今年)?[，,]?\s*全(?P<level>县|市|区|省|州|旗|盟)(?!直|级)"
)
# …and in a district's or county's report, the city's, province's or prefecture's (fresh24 g25: 黄陂区's report,
# 2022年全市各级行政机关共收到政府信息公开申请208件) — a county-level city's 全市 is its own; in a township's, any of
# them.
ABOVE = {"county": "市省州盟", "township": "县市区省州旗盟", "prefecture": "省"}
OWN_SUBJECT_RE = re.compile(r"[我本](?:县|市|区|镇|乡|街道|局|委|办|厅|单位|机关|部门)")


def levels_above(identity: dict) -> str:
    """The level characters of the governments above the body (a county-level city's 市 is its own)."""
    level, region = identity.get("admin_level"), identity.get("region") or ""
    return "省州盟" if level == "county" and region.endswith("市") else ABOVE.get(level or "", "")


def above_the_body(c: Candidate, text: str, identity: dict) -> bool:
    level, region = identity.get("admin_level"), identity.get("region") or ""
    c0 = clause_start(text, c.start)
    m = WHOLE_PLACE_RE.match(text, c0)
    if m is None and not OWN_SUBJECT_RE.search(text, c0, c.start):
        m = WHOLE_PLACE_RE.match(text, sentence_start(text, c.start))  # …其中已办结196件: the same subject on
    if m is None:
        return False
    if level == "department":
        return True
    if level == "prefecture" and not region.endswith(("市", "州", "盟")):
        return False  # (a prefecture not named 市, 州 or 盟: no level is read as one above it)
    return m.group("level") in levels_above(identity)


SELF_LEVEL_RE = re.compile(r"(?:我|本|全)([市县区])(?![场民级直属委])")


def _level_named_self(text: str) -> str:
    """The level character a government names itself by (我区, 本区, 全区: 区), where one is said at least twice and no
    other one is; else ''."""
    counts = Counter(m.group(1) for m in SELF_LEVEL_RE.finditer(text))
    return next(iter(counts)) if len(counts) == 1 and max(counts.values()) >= 2 else ""


def own_site(c: Candidate, text: str, identity: dict) -> Candidate:
    """The candidate unscoped when the only part its sentence names is the reporting government's own website, or,
    for a department or township, the portal of a government it publishes on (fresh11 q24: 武隆区统计局 通过重庆市
    武隆区政府网站主动公开政府信息共132条) — for a metric no sentence states for the whole."""
    region = identity.get("region") or ""
    level = identity.get("admin_level")
    if not region and level in GOVERNMENTS:
        region = _level_named_self(text)  # the body unnamed, its level by how it names itself (我区, 全区)
    if not c.scoped or not region or level not in (*GOVERNMENTS, *PUBLISHING_ON_A_PORTAL):
        return c
    s0 = sentence_start(text, c.start)
    found = list(SUBUNIT_RE.finditer(text, s0, c.end))
    names = [m.group() for m in found]
    # 在市级统一规范的弥勒市人民政府门户网站 (fresh15 v22): a level naming the portal, not a part
    sites = [OWN_SITE_RE.match(m.group()) or LEVEL_SITE_RE.match(text, m.start(), c.end) for m in found]
    if names and all(m and (level in PUBLISHING_ON_A_PORTAL or m.group("level") == region[-1]) for m in sites):
        return replace(c, scoped=False)
    return c


# Two websites, each with its own figure in one sentence, neither a part of the other (fresh22 e01: 在市政府网站发布各类
# 信息236条,在开发区政务网站发布各类信息5236条): the body's website figure is neither, and their sum is not printed. One
# site named twice is not two (seed 004: 全年市政府网站公开各类信息近万条，政府网站公开政府信息数4850条).
PART_BETWEEN_RE = re.compile(r"其中|包括|含")
SITE_NAME_BEFORE_RE = re.compile(r"[在，,。；;\d\n]|通过|利用|依托|年|来")


def _site_name(c: Candidate, text: str) -> str | None:
    site = CHANNEL_OF["proactive_website"].search(text, c.start, c.end)
    if site is None:
        return None
    head = text[clause_start(text, c.start) : site.end()]
    return SITE_NAME_BEFORE_RE.split(head)[-1][-8:]


def _own_level_site(name: str, identity: dict) -> bool:
    """Whether a site named by a government's level is the reporting government's own (县政府门户网站 in 清水县's)."""
    region = identity.get("region") or ""
    m = OWN_SITE_RE.search(name)
    return bool(m and identity.get("admin_level") in GOVERNMENTS and region.endswith(m.group("level")))


COLUMN_RE = re.compile(r"栏目|专栏|频道")


def _above_or_column(name: str, identity: dict) -> bool:
    """Whether a site is a government's above the body (市政府网站 in a county's report) or a column of a site: never
    the body's own, nor one of the sites of the levels below that a government's report counts with its own (seed
    001, fresh5 j20: 县（区）政府门户网站, 各部门政府网站)."""
    m = OWN_SITE_RE.search(name)
    return bool(COLUMN_RE.search(name)) or bool(m and m.group("level") in levels_above(identity))


def several_sites_out(
    cands: list[Candidate], text: str, identity: dict | None = None
) -> tuple[list[Candidate], list[Note]]:
    """Two websites' figures in one sentence: neither is the body's website — unless one is a government's own
    portal beside another level's (fresh37 v01, 清水县: 通过市政府网站公开信息2100条，通过县政府门户网站发布政府信息
    5469条): the own one's."""
    notes: list[Note] = []
    while True:
        web = sorted(
            (c for c in cands if c.metric == "proactive_website" and c.qualifier == "exact"), key=lambda c: c.start
        )
        for a, b in itertools.pairwise(web):
            if (
                a.value != b.value
                and sentence_start(text, a.start) == sentence_start(text, b.start)
                and not PART_BETWEEN_RE.search(text, a.end, b.start)
                and (na := _site_name(a, text))
                and (nb := _site_name(b, text))
                and not (na.endswith(nb) or nb.endswith(na))
            ):
                break
        else:
            return cands, notes
        own = [c for c, n in ((a, na), (b, nb)) if _own_level_site(n, identity or {})]
        other_name = nb if own and own[0] is a else na
        if len(own) != 1 or not _above_or_column(other_name, identity or {}):
            note = typed(f"proactive_website left out: two sites' figures ({na} {a.value:g}, {nb} {b.value:g})")
            return [c for c in cands if c.metric != "proactive_website"], [*notes, note]
        # (and the next pair is looked at: a column of the own portal after it, …栏目中发布信息2620条, is a part)
        other, name = (b, nb) if own[0] is a else (a, na)
        notes.append(typed(f"proactive_website: the body's own portal's figure; {name} {other.value:g} left out"))
        cands = [c for c in cands if c is not other]


def staff_total_out(rows: list[dict], notes: list[Note]) -> tuple[list[dict], list[Note]]:
    """`staff` is the total only where no split is stated (the catalog): beside both the 专职 and 兼职 figures it is
    left out, with a note (fresh17 x35: 全省从事政府信息公开工作人员4925人。其中,专职人员965人、兼职人员3960人)."""
    split = {r["metric"] for r in rows} >= {"staff_full_time", "staff_part_time"}
    staff = [r for r in rows if r["metric"] == "staff"]
    if not split or not staff:  # beside one part alone (其中专职人员81人) the total says what the parts do not
        return rows, notes
    left = typed(f"staff {staff[0]['value']:g} left out: the report splits it into full- and part-time staff")
    return [r for r in rows if r["metric"] != "staff"], [*notes, left]


def extract_document(doc_id: str, text: str, header: dict | None = None) -> tuple[dict, list[dict], list[Note]]:
    """Return (identity, metric rows, notes) for one normalized document."""
    identity = extract_identity(text, header)
    tables = extract_tables.read_template(text)
    era = era_by_year(tables.era, text, identity.get("report_year"))
    if era != "narrative" and era != tables.era:
        # labels of both templates, or only labels both share (fresh14 u10: a page holding table 四 alone): read as
        # its year's
        tables = extract_tables.read_template(text, era)
    identity["format_era"] = era
    prose = other_years_out(prose_candidates(text) + zero_candidates(text), text, identity.get("report_year"))
    whole = {c.metric for c in prose if not c.scoped}
    prose = [c if c.metric in whole else own_site(c, text, identity) for c in prose]
    prose = [c for c in prose if not above_the_body(c, text, identity)]
    prose, site_notes = several_sites_out(prose, text, identity)
    known: dict[str, set[float]] = defaultdict(set)
    for c in prose:
        if not c.scoped:
            known[c.metric].add(c.value)
    cands = prose + (table_candidates(text, known) if era == "narrative" else [])
    rows, notes = resolve(cands, era, text)
    rows, notes = staff_total_out(rows, notes + site_notes)
    total = next((r for r in rows if r["metric"] == "proactive_total" and r["qualifier"] == "exact"), None)
    if total and (note := category_sum_note(text, total["evidence_end"], total["value"])):
        notes.append(note)
    tabled = {r["metric"] for r in tables.rows}
    # table 三's totals said in prose stand only in a template's era and where its table gives none
    rows = [r for r in rows if not (r["metric"].startswith("t") and (era == "narrative" or r["metric"] in tabled))]
    rows += tables.rows
    notes += [typed(n) for n in tables.notes]
    for r in rows:
        r["doc_id"] = doc_id
        r["unit"] = CATALOG[r["metric"]].unit
        r["evidence"] = text[r["evidence_start"] : r["evidence_end"]]
    return identity, rows, notes


STALL_ENV = "GONGKAI_TEST_STALL_ON"  # tests: a document holding this text stalls extraction (the time budget's test)


# Every open government information report names its subject: a Chinese document that says none of these (a notice,
# a site's menus, a saved page's frame around the report) is another kind of document — quarantined, never landed as
# a report with no figures. Each of the 1,763 real reports and excerpts of the corpora holds one.
REPORT_WORDING_RE = re.compile(r"信息公开|政务公开|主动公开|依申请|公开信息|公开政府信息")
NOT_A_REPORT = (
    "no wording of an open government information report (信息公开, 政务公开, 主动公开, 依申请): a Chinese document "
    "of another kind"
)


def extract_documents(docs: list[tuple[str, str, dict | None]]) -> list[tuple[dict, list[dict], list[Note]] | Failure]:
    """`extract_document` of each (doc_id, text, crawler header); a document that is no report, a `Failure`."""
    stall = os.environ.get(STALL_ENV)
    if stall and any(stall in d[1] for d in docs):
        time.sleep(3600)  # as a rule sent into a long search would
    return [
        extract_document(*d) if REPORT_WORDING_RE.search(d[1]) else Failure("not_a_report", NOT_A_REPORT) for d in docs
    ]


def extract_frames(
    documents: pl.DataFrame, results: list, run_id: str = ""
) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """(reports, metrics, notes, quarantine rows of documents whose extraction failed)."""
    return _frames(documents.select("doc_id", "source_file").rows(), results, run_id)


def _frames(
    docs: list[tuple[str, str]], results: list, run_id: str
) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    reports, metrics, all_notes, failed = [], [], {}, []
    for (doc_id, source_file), res in zip(docs, results, strict=True):
        if isinstance(res, Failure):
            failed.append(_failed(doc_id, source_file, res, run_id))
            continue
        identity, rows, notes = res
        identity.update(doc_id=doc_id, source_file=source_file)
        reports.append(identity)
        metrics.extend(rows)
        all_notes[doc_id] = notes
    return (
        conform(pl.DataFrame(reports, infer_schema_length=None), REPORTS),
        conform(pl.DataFrame(metrics, infer_schema_length=None), METRICS),
        notes_frame(all_notes),
        conform(pl.DataFrame(failed), QUARANTINE),
    )


def _failed(doc_id: str, source_file: str, failure: Failure, run_id: str) -> dict:
    return {
        "doc_id": doc_id,
        "source_file": source_file,
        "stage": "extract",
        "reason": failure.reason,
        "detail": failure.detail,
        "run_id": run_id,
    }


def _jobs(documents: pl.DataFrame) -> list[tuple[str, str, dict | None]]:
    return [(r["doc_id"], r["text"], header_of(r["crawler_header"])) for r in documents.iter_rows(named=True)]


def extract_batch(documents: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """Extract a batch in this process (tests); the flow's task uses the worker pool."""
    return extract_frames(documents, extract_documents(_jobs(documents)))[:3]


CHUNK = 16  # documents a worker reads and turns into frames at a time


def extract_chunk(jobs: list[tuple[str, str, str, dict | None]]) -> tuple[pl.DataFrame, ...]:
    """(reports, metrics, notes, failed) of a chunk of (doc_id, source_file, text, header), built in the worker: a
    frame crosses to the flow's process as a few buffers, where thousands of row dicts would be pickled one by one."""
    results = extract_documents([(d, text, header) for d, _, text, header in jobs])
    return _frames([(d, source) for d, source, _, _ in jobs], results, "")


def extract_pooled(documents: pl.DataFrame, run_id: str) -> tuple[pl.DataFrame, ...]:
    """(reports, metrics, notes, failed) of a batch, read by the worker pool a chunk at a time; a chunk that fails
    is read again a document at a time, so only the document at fault is quarantined."""
    jobs = [
        (r["doc_id"], r["source_file"], r["text"], header_of(r["crawler_header"]))
        for r in documents.iter_rows(named=True)
    ]
    chunks = [jobs[i : i + CHUNK] for i in range(0, len(jobs), CHUNK)]
    parts, failed = [], []
    for chunk, res in zip(chunks, pool().map(extract_chunk, chunks, [_size(c) for c in chunks]), strict=True):
        if not isinstance(res, Failure):
            parts.append(res)
            continue
        singles = (
            pool().map(extract_chunk, [[j] for j in chunk], [_size([j]) for j in chunk]) if len(chunk) > 1 else [res]
        )
        for job, one in zip(chunk, singles, strict=True):
            if isinstance(one, Failure):
                failed.append(_failed(job[0], job[1], one, run_id))
            else:
                parts.append(one)
    empty = _frames([], [], run_id)
    frames = [pl.concat([p[i] for p in parts], how="vertical") if parts else empty[i] for i in range(4)]
    # the documents a worker found to be no report, then those the pool could not finish
    refused = frames[3].with_columns(run_id=pl.lit(run_id))
    return (*frames[:3], pl.concat([refused, conform(pl.DataFrame(failed), QUARANTINE)], how="vertical"))


def _size(chunk: list[tuple]) -> int:
    return sum(len(j[2]) for j in chunk)


@task(name="extract", cache_policy=NO_CACHE)
def extract(normalized: Normalized, run_id: str) -> Extracted:
    """Identity, metrics and notes of a batch's documents, read by the worker pool, and its failures."""
    out = Extracted(*extract_pooled(normalized.documents, run_id))
    get_run_logger().info(
        "extract: %d reports, %d metric values, %d failed", out.reports.height, out.metrics.height, out.failed.height
    )
    return out
