"""Extraction: seeds exactly, evidence spans, era detection, corpus accuracy figures."""

from __future__ import annotations

import pytest
from conftest import CORPUS_RAW, CORPUS_TRUTH, SAMPLES, SEED_TRUTH, load_truth
from scoring import score

from tasks.extract import extract_document
from tasks.extract_tables import detect_era, splits
from tasks.ingest import decode
from tasks.normalize import normalize_text

SEEDS = load_truth(SEED_TRUTH)
CORPUS = load_truth(CORPUS_TRUTH)


def extracted(path):
    text, log = normalize_text(decode(path.read_bytes()).text)
    identity, rows, notes = extract_document(path.stem, text, log.get("crawler_header"))
    return text, identity, rows, notes


@pytest.mark.parametrize("stem", sorted(SEEDS))
def test_seed_values_exact(stem: str) -> None:
    _text, identity, rows, _ = extracted(SAMPLES / f"{stem}.txt")
    truth = SEEDS[stem]
    for field in (
        "region",
        "province",
        "admin_level",
        "report_year",
        "format_era",
        "contact_phone",
        "contact_email",
        "contact_postcode",
        "contact_address",
        "issuer",
        "website",
    ):
        if field in truth:
            assert identity.get(field) == truth[field], field
    if "publish_date" in truth:
        assert str(identity.get("publish_date")) == truth["publish_date"]
    got = {r["metric"]: r["value"] for r in rows}
    for name, m in truth["metrics"].items():
        assert got.get(name) == m["value"], name
        if m.get("derived"):
            assert next(r for r in rows if r["metric"] == name)["qualifier"] == "derived"
        if "qualifier" in m:
            assert next(r for r in rows if r["metric"] == name)["qualifier"] == m["qualifier"]


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.txt")) + sorted(CORPUS_RAW.glob("*.txt")), ids=lambda p: p.stem)
def test_evidence_is_the_text_at_its_offsets(path) -> None:
    text, _, rows, _ = extracted(path)
    for r in rows:
        assert text[r["evidence_start"] : r["evidence_end"]] == r["evidence"]
        assert r["evidence"], r["metric"]


@pytest.mark.parametrize("stem", sorted(CORPUS))
def test_era_detection_on_corpus(stem: str) -> None:
    text, _ = normalize_text(decode((CORPUS_RAW / f"{stem}.txt").read_bytes()).text)
    assert detect_era(text) == CORPUS[stem]["format_era"]


def test_no_metric_of_the_other_templates_table_two() -> None:
    for path in sorted(CORPUS_RAW.glob("*.txt")):
        _, identity, rows, _ = extracted(path)
        names = {r["metric"] for r in rows}
        if identity["format_era"] == "template_2021":
            assert not names & {"t2_rules_new_made", "t2_normative_new_made", "t2_fee_items_prev_year"}, path
        if identity["format_era"] == "template_2019":
            assert not names & {"t2_rules_made", "t2_normative_in_force", "t2_admin_fee_revenue_yuan"}, path


def test_splits_respect_arithmetic_and_leading_zeros() -> None:
    # d13 table 四: 110024001510102 has exactly one reading where every group's parts sum to its total.
    readings = [
        o for o in splits("110024001510102", 15) if all(sum(o[g * 5 : g * 5 + 4]) == o[g * 5 + 4] for g in range(3))
    ]
    assert readings == [(1, 1, 0, 0, 2, 4, 0, 0, 1, 5, 1, 0, 1, 0, 2)]
    assert (0, 1) not in splits("01", 1)


# --- corpus figures (the suite prints them; floors fail the suite when extraction regresses) -------
# Floors: the issues' targets where they are met, else the measured level of this commit.
FLOORS = {
    "narrative metrics": (0.95, 0.01),
    # Identity: the misses are regions and provinces the truth infers from outside the text (site domains,
    # a mirror's hijacked name); the text never states them, so they are gaps, not values.
    "identity": (0.95, 0.0),
    "template t3/t4": (0.95, 0.01),
    "template t2": (0.90, 0.01),
}


def test_corpus_narrative_accuracy(corpus_lake, capsys) -> None:
    lake, _ = corpus_lake
    overall = score(lake, CORPUS, era="narrative")  # identity and metrics, as the issue counts them
    assert overall.accuracy >= 0.95 and overall.wrong_rate < 0.01, overall.wrong
    metrics = score(lake, CORPUS, era="narrative", fields="metrics")
    identity = score(lake, CORPUS, fields="identity")
    with capsys.disabled():
        print(
            "\n"
            + overall.line("corpus narrative (identity + metrics)")
            + "\n"
            + metrics.line("corpus narrative metrics")
            + "\n"
            + identity.line("corpus identity (all eras)")
        )
    acc, wrong = FLOORS["narrative metrics"]
    assert metrics.accuracy >= acc and metrics.wrong_rate < wrong, metrics.wrong
    acc, wrong = FLOORS["identity"]
    assert identity.accuracy >= acc and identity.wrong_rate <= wrong, identity.wrong


def test_corpus_template_accuracy(corpus_lake, capsys) -> None:
    lake, _ = corpus_lake
    t34 = score(lake, CORPUS, era="template", fields="metrics", metric_prefix=("t3.", "t4."))
    t2 = score(lake, CORPUS, era="template", fields="metrics", metric_prefix=("t2_",))
    with capsys.disabled():
        print("\n" + t34.line("corpus template tables 三/四") + "\n" + t2.line("corpus template table 二"))
    assert t34.accuracy >= FLOORS["template t3/t4"][0] and t34.wrong_rate <= FLOORS["template t3/t4"][1], t34.wrong
    assert t2.accuracy >= FLOORS["template t2"][0] and t2.wrong_rate <= FLOORS["template t2"][1], t2.wrong


def test_seed_lake_scores_every_non_derived_value(sample_lake) -> None:
    lake, _ = sample_lake
    s = score(lake, SEEDS, skip_derived=False)
    assert not s.wrong and not s.missing, (s.wrong, s.missing)


def test_every_rule_names_a_catalog_metric() -> None:
    from tasks import extract_narrative, extract_stats_table, extract_tables
    from tasks.vocabulary import CATALOG

    names = {m for m, _, _ in extract_narrative.ALL_RULES} | {m for _, m in extract_narrative.ZERO_CASES}
    names |= set(extract_narrative.ZERO_METRICS)
    names |= {m for m, _ in extract_stats_table.ROWS}
    names |= {n for rows in extract_tables.T2_ROWS.values() for _, ns, _ in rows for n in ns}
    names |= {"t2_procurement_projects", "t2_procurement_amount_yuan"}
    assert names - set(CATALOG) == set()
    assert len(names) > 60


@pytest.mark.parametrize(
    ("opening", "era"),
    [
        ("2022年政府信息公开工作年度报告\n一、总体情况\n2022年,我局坚持以公开为常态。", "template_2021"),
        ("2020年政府信息公开工作年度报告\n一、总体情况\n2020年,我局坚持以公开为常态。", "template_2019"),
        (
            "依据《中华人民共和国政府信息公开工作年度报告格式》(国办公开办函〔2021〕30号),编制2020年度报告。",
            "template_2021",
        ),
        ("2017年政府信息公开工作年度报告\n一、总体情况\n2017年,我局坚持以公开为常态。", "narrative"),
        # From 2021 the template is the rule: a report whose excerpt shows no sign of it still follows it (fresh2
        # g28, fresh6 k30); a 2020 report may still be written freely (seed 003 is a 2019 one).
        ("2022年政府信息公开工作年度报告\n一、概述\n2022年,我局坚持以公开为常态。", "template_2021"),
        ("2020年政府信息公开工作年度报告\n一、概述\n2020年,我局坚持以公开为常态。", "narrative"),
        # the year inside the template's first heading (fresh6 k30: 一、2024年总体情况)
        ("2020年政府信息公开工作年度报告\n一、2020年总体情况\n2020年,我局坚持以公开为常态。", "template_2019"),
        # Only the section headings both templates share: the year decides, also against them — a 2010 report
        # re-posted in the later layout is of its own era, a 2022 one of the 2021 template.
        (
            "2010年政府信息公开工作年度报告\n一、总体情况\n2010年,我局紧紧围绕目标。\n二、主动公开政府信息情况\n"
            "三、收到和处理政府信息公开申请情况\n",
            "narrative",
        ),
        (
            "2022年政府信息公开工作年度报告\n一、总体情况\n2022年,我局坚持以公开为常态。\n"
            "三、收到和处理政府信息公开申请情况\n",
            "template_2021",
        ),
        # a 2020 report listing the free-text era's outline as its contents, whatever its first heading (fresh37 v29)
        (
            "北京市西城区人民防空办公室2020\n政府信息公开工作年度报告\n全文包括概述,主动公开政府信息的情况,依申请公开政府"
            "信息和不予公开政府信息的情况,政府信息公开的人员、收费及减免情况,政府信息公开咨询情况。\n一、总体情况\n"
            "2020年西城区人防办政府信息公开坚持全面贯彻落实。",
            "narrative",
        ),
    ],
    ids=[
        "2021-template-year",
        "2019-template-year",
        "2021-format-cited",
        "before-the-templates",
        "no-template-sign-from-2021",
        "no-template-sign-2020",
        "year-in-the-first-heading",
        "headings-before-the-templates",
        "headings-of-2022",
        "old-outline-of-2020",
    ],
)
def test_an_excerpt_without_tables_takes_its_years_template_when_it_says_it_is_one(opening: str, era: str) -> None:
    text, _ = normalize_text(opening + "\n")
    identity, _, _ = extract_document("x", text)
    assert identity["format_era"] == era


def test_the_pool_reads_chunks_into_the_same_frames_as_one_process() -> None:
    """The flow's workers build each chunk's frames themselves; concatenated they are the frames one process
    builds from every document's rows, in the documents' order (chunks of 16 over 33 reports: a short last one)."""
    import polars as pl

    from tasks.extract import extract_batch, extract_pooled
    from tasks.normalize import documents_frame, normalize_texts
    from tasks.pool import shared_pool
    from tasks.schemas import RAW

    paths = sorted(SAMPLES.glob("*.txt")) + sorted(CORPUS_RAW.glob("*.txt"))
    texts = [decode(p.read_bytes()).text for p in paths]
    raw = pl.DataFrame(
        {"doc_id": [f"{i:016x}" for i in range(len(paths))], "source_file": [p.name for p in paths], "raw_text": texts}
    )
    raw = raw.with_columns(pl.lit(None, dtype=t).alias(c) for c, t in RAW.items() if c not in raw.columns)
    documents, _ = documents_frame(raw.select(RAW.names()), normalize_texts(texts), "r")
    with shared_pool(2):
        pooled = extract_pooled(documents, "r")
    alone = extract_batch(documents)
    assert pooled[3].height == 0
    assert pooled[1].height > 1000 and pooled[0]["source_file"].to_list() == [p.name for p in paths]
    for a, b in zip(pooled[:3], alone, strict=True):
        assert a.equals(b)
