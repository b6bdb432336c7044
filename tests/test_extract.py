"""Extraction: seeds exactly, evidence spans, corpus accuracy figures, sentences that must yield nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import CORPUS_RAW, CORPUS_TRUTH, SAMPLES, SEED_TRUTH, load_truth
from scoring import score

from tasks.extract import extract_document
from tasks.extract_narrative import prose_candidates, zero_candidates
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
    for field in ("region", "province", "admin_level", "report_year", "format_era", "contact_phone",
                  "contact_email", "contact_postcode", "contact_address", "issuer", "website"):
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


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.txt")) + sorted(CORPUS_RAW.glob("*.txt")),
                         ids=lambda p: p.stem)
def test_evidence_is_the_text_at_its_offsets(path) -> None:
    text, _, rows, _ = extracted(path)
    for r in rows:
        assert text[r["evidence_start"]: r["evidence_end"]] == r["evidence"]
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


# Real sentences from the corpus and seeds that state numbers which are not catalog metrics (or are a
# sub-unit's): a rule that fires on any of them is fitted too loosely.
MUST_NOT_EXTRACT = [
    ("d03", "2011年制作、获取政府信息总数1873条，作为依申请公开信息数46条，不予公开信息数1402条。"),
    ("d06", "区行政服务中心共受理申请121510件，办结121510件。"),
    ("d17", "不予公开信息有10条。"),
    ("d22", "共制作政府信息3021条，依申请公开信息459条，不予公开信息1535条。"),
    ("000", "市政府门户网站开设了“政策解读”专栏，2017年访问量达11460人次。"),
    ("003", "书记市长信箱回应群众诉求1526件次；12345政府服务热线回应群众诉求945件次。"),
    ("003", "市政务服务中心累计受理并办结各类事项70.2万件，乡镇为民服务中心受理服务事项20.86万件。"),
    ("001", "市长热线共接听办理民众来电2600多个，办结率96.2%。"),
    ("d07", "完成梳理行政权力事项3646项、公共服务事项281项，责任事项4635项。"),
    ("d12", "召开媒体见面会9场，开展活动5次，民意征集4期，网上调查4期。"),
    ("d28", "统计期限为2025111231日，发布的信息数量304利用"),
    ("002", "2018年，通过领导信箱栏目回复网民留言103条，其中，受理市长信箱23起，受理渑池信箱82起。"),
]


@pytest.mark.parametrize(("source", "sentence"), MUST_NOT_EXTRACT, ids=[f"{s}-{i}" for i, (s, _) in
                                                                         enumerate(MUST_NOT_EXTRACT)])
def test_sentences_that_must_not_produce_a_metric(source: str, sentence: str) -> None:
    found = [c for c in prose_candidates(sentence) + zero_candidates(sentence) if not c.scoped]
    assert not found, found


def test_splits_respect_arithmetic_and_leading_zeros() -> None:
    # d13 table 四: 110024001510102 has exactly one reading where every group's parts sum to its total.
    readings = [o for o in splits("110024001510102", 15)
                if all(sum(o[g * 5: g * 5 + 4]) == o[g * 5 + 4] for g in range(3))]
    assert readings == [(1, 1, 0, 0, 2, 4, 0, 0, 1, 5, 1, 0, 1, 0, 2)]
    assert (0, 1) not in splits("01", 1)


def test_unit_and_qualifier_and_money() -> None:
    text = "共计主动公开政府信息63945余条。全年市政府网站公开各类信息近万条。2017年全市政府信息公开专项经费100.46万元。"
    rows = {c.metric: c for c in prose_candidates(text)}
    assert rows["proactive_total"].value == 63945 and rows["proactive_total"].qualifier == "at_least"
    assert rows["funding_yuan"].value == 1004600


def test_explicit_zeros() -> None:
    zs = {c.metric for c in zero_candidates("2017年，全市未发生因政府信息公开引发的行政复议和行政诉讼案件。")}
    assert zs == {"reconsiderations", "lawsuits"}


# --- corpus figures (the suite prints them; floors fail the suite when extraction regresses) -------
# Floors: the issues' targets where they are met, else the measured level of this commit.
FLOORS = {
    "narrative metrics": (0.95, 0.01),
    # Identity: the misses are regions and provinces the truth infers from outside the text (site domains,
    # a mirror's hijacked name); the text never states them, so they are gaps, not values.
    "identity": (0.92, 0.02),
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
        print("\n" + overall.line("corpus narrative (identity + metrics)") + "\n"
              + metrics.line("corpus narrative metrics") + "\n" + identity.line("corpus identity (all eras)"))
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


NATIONAL_2014_WORDING = [
    # 国办发〔2014〕32号 indicators as prose (FORMAT.md), one per metric family, Chinese numerals included
    ("全年参加或举办新闻发布会总次数十二次。", "press_conferences", 12),
    ("其中主要负责同志参加新闻发布会次数3次。", "press_conferences_principal", 3),
    ("政府网站在线访谈次数5次。", "online_interviews", 5),
    ("政策解读稿件发布数二十篇。", "interpretations", 20),
    ("全年收到申请数45件。", "requests_total", 45),
    ("申请办结数44件，按时办结数44件。", "requests_closed", 44),
    ("行政复议数量2件。", "reconsiderations", 2),
    ("从事政府信息公开工作人员数8人。", "staff", 8),
    ("依申请公开信息收取的费用0.05万元。", "fees_yuan", 500),
    ("设置政府信息公开查阅点数3个。", "query_points", 3),
]


@pytest.mark.parametrize(("sentence", "metric", "value"), NATIONAL_2014_WORDING,
                         ids=[m for _, m, _ in NATIONAL_2014_WORDING])
def test_national_indicator_wording(sentence: str, metric: str, value: float) -> None:
    found = {c.metric: c.value for c in prose_candidates(sentence) if not c.scoped}
    assert found.get(metric) == value, found


# Wording common in reports beyond the seeds and the corpus, each checked through the whole path (normalize,
# extract, resolve) as the only sentence of a report: what it states lands, what it does not stays out.
COMMON_WORDING = [
    ("全年共主动公开政府信息1234条，同比增加300条。", {"proactive_total": 1234}),
    ("本年度累计主动公开政府信息1234条，其中通过政府网站公开1000条。", {"proactive_total": 1234}),
    ("主动公开政府信息总数为1234条。", {"proactive_total": 1234}),
    ("全年主动公开各类政府信息1.2万条。", {"proactive_total": 12000}),
    ("全年共主动发布政府信息1234条。", {"proactive_total": 1234}),
    ("全年共主动公开政府信息一千二百三十四条。", {"proactive_total": 1234}),
    ("主动公开政府信息1,234条。", {"proactive_total": 1234}),
    ("主动公开政府信息１２３４条。", {"proactive_total": 1234}),
    ("通过政务微博发布信息300条，通过政务微信发布信息200条。", {"proactive_weibo": 300, "proactive_wechat": 200}),
    ("本年度共收到政府信息公开申请56件，其中当面申请10件，网上申请40件，信函申请6件。",
     {"requests_total": 56, "requests_in_person": 10, "requests_online": 40, "requests_letter": 6}),
    ("共收到依申请公开政府信息申请56件。", {"requests_total": 56}),
    ("全年共受理政府信息公开申请56件，其中市本级受理30件。", {"requests_total": 56}),
    ("本年度没有收到政府信息公开申请。", {"requests_total": 0}),
    ("全年因政府信息公开引起的行政复议2件，行政诉讼1件。", {"reconsiderations": 2, "lawsuits": 1}),
    ("本机关在政府信息公开工作中未收取任何费用。", {"fees_yuan": 0}),
    ("同意公开的20件，同意部分公开的5件，不同意公开的3件。", {"outcome_granted": 20, "outcome_partial": 5}),
    ("全市共主动公开政府信息3000条，其中市政府门户网站公开1000条，政务微博发布800条。",
     {"proactive_total": 3000, "proactive_weibo": 800}),
    ("配备专职工作人员3名，兼职工作人员15名。", {"staff_full_time": 3, "staff_part_time": 15}),
    ("政府网站访问量达123456次。", {"proactive_website": None}),
    ("县政务服务中心全年受理行政许可申请1234件。", {"requests_total": None}),
    ("全年共收到人大代表建议12件、政协提案8件。", {"requests_total": None}),
    ("通过12345热线受理群众诉求5600件。", {"requests_total": None}),
    ("市本级受理政府信息公开申请30件。", {"requests_total": None}),
    ("各乡镇主动公开政府信息500条。", {"proactive_total": None}),
    ("举办政府信息公开培训班3期，培训人员200人次。", {"press_conferences": None, "online_interviews": None}),
    ("2018年主动公开政府信息5000条。2019年主动公开政府信息6000条。", {"proactive_total": None}),
    ("2012年，我局共主动公开政府信息236条，其中机构职能类15条，政策法规类42条，业务动态类179条。", {"proactive_total": 236}),
    # The year's total without 主动 (issue 14, class 7; wide truth n05: 全年公开政府信息995845条) — this case once
    # expected nothing.
    ("主动公开政府信息情况：全年共公开政府信息3421条。", {"proactive_total": 3421}),
    ("其中，通过县政府门户网站公开3000条，通过政府公报公开52条，通过新闻发布会公开10条。", {"proactive_gazette": 52}),
    ("全年收到政府信息公开申请12件，均已按期答复。其中，同意公开9件，部分公开1件，信息不存在2件。",
     {"requests_total": 12, "outcome_granted": 9, "outcome_not_exist": 2}),
    ("本年度未收到政府信息公开申请，未发生因政府信息公开引起的行政复议、行政诉讼。",
     {"requests_total": 0, "reconsiderations": 0, "lawsuits": 0}),
    ("全年未收到针对政府信息公开的举报投诉。", {"complaints": 0}),
    ("依申请公开政府信息未收取检索、复制、邮寄等费用。", {"fees_yuan": 0}),
    ("现有政府信息公开工作人员5人，其中专职2人，兼职3人。", {"staff_full_time": 2, "staff_part_time": 3}),
    ("设立政府信息公开查阅点3个，接待查阅群众120人次。", {"query_points": 3}),
    ("全年政府信息公开工作专项经费投入2.5万元。", {"funding_yuan": 25000}),
    ("开展政务公开培训2次，培训人员150人次。", {"press_conferences": None}),
    ("回应社会关切问题12个。", {"hotspot_responses": None}),
    ("受理群众咨询1200余人次。", {"requests_total": None}),
    ("全年共受理政府信息公开申请3件，因政府信息公开引起行政复议1件，维持原决定1件。",
     {"requests_total": 3, "reconsiderations": 1}),
    ("政务微博发布信息1.5万余条。", {"proactive_weibo": 15000}),
    ("通过“XX发布”微信公众号发布信息860条。", {"proactive_wechat": 860}),
    ("2021年，我局通过门户网站主动公开各类政府信息1234条。", {"proactive_website": 1234, "proactive_total": None}),
    ("全年共收到政府信息公开申请12件，上年结转1件，共办理13件。", {"requests_total": 12}),
    ("2021年，全县共受理依申请公开事项25件，全部按时办结。", {"requests_total": 25}),
    ("本年度新收政府信息公开申请8件，上年结转0件。", {"requests_total": 8}),
    ("全年收到政府信息公开申请共计36件（其中：自然人34件，法人或其他组织2件）。", {"requests_total": 36}),
    ("通过政府网站发布信息3456条，通过政务新媒体发布信息2100条。", {"proactive_website": 3456}),
    ("无政府信息公开工作专项经费。", {"funding_yuan": None}),
    ("本年度政府信息公开收费0元。", {"fees_yuan": 0}),
    ("全年通过政府网站、政务新媒体等渠道主动公开政府信息共计5632条。", {"proactive_total": 5632}),
    ("主动公开政府文件86件。", {"proactive_total": None}),
    # Another period than the year: part of it, several years, since a start date.
    ("其中2019年1-6月主动公开政府信息600条。", {"proactive_total": None}),
    ("近三年累计主动公开政府信息5000条。", {"proactive_total": None}),
    ("自2008年以来累计主动公开政府信息5万余条。", {"proactive_total": None}),
    ("2019年1-12月，全县主动公开政府信息1234条。", {"proactive_total": 1234}),
    ("今年以来，全县主动公开政府信息1234条。", {"proactive_total": 1234}),
    ("自2019年1月1日至2019年12月31日，全县主动公开政府信息1234条。", {"proactive_total": 1234}),
    ("全年受理政府信息公开申请二十一件。", {"requests_total": 21}),
    ("政府信息公开行政复议2件，其中维持1件，纠正1件；行政诉讼1件。", {"reconsiderations": 2, "lawsuits": 1}),
    ("开通政务微博1个、微信公众号2个，发布信息560条。", {"proactive_weibo": None, "proactive_wechat": None}),
    ("在县档案馆、图书馆设立政府信息查阅点2个。", {"query_points": 2}),
    ("对申请人的答复：同意公开2件，同意部分公开1件，不予公开0件。",
     {"outcome_granted": 2, "outcome_partial": 1, "outcome_denied": 0}),
]


@pytest.mark.parametrize(("sentence", "expected"), COMMON_WORDING, ids=[f"w{i}" for i in range(len(COMMON_WORDING))])
def test_common_wording(sentence: str, expected: dict) -> None:
    text, _ = normalize_text(f"某县人民政府2019年政府信息公开工作年度报告\n{sentence}\n")
    _, rows, _ = extract_document("x", text)
    for metric, value in expected.items():
        got = [r["value"] for r in rows if r["metric"] == metric]
        assert got == ([] if value is None else [value]), (metric, got)


# How reports name themselves, beyond the seeds and corpus: title forms, the body on its own line, a signature.
TITLES = [
    ("昭通市2019年政府信息公开工作年度报告", {"region": "昭通市", "province": "云南省", "admin_level": "prefecture"}),
    ("2020年南京市鼓楼区政府信息公开工作年度报告", {"region": "南京市鼓楼区", "province": "江苏省", "report_year": 2020}),
    ("成都市教育局2020年政府信息公开工作年度报告", {"region": "成都市教育局", "admin_level": "department"}),
    ("内蒙古自治区呼和浩特市2019年政府信息公开工作年度报告", {"province": "内蒙古自治区"}),
    ("武陟县2019年政府信息公开年报", {"region": "武陟县", "report_year": 2019}),
    ("杭州市西湖区北山街道办事处2021年政府信息公开工作年度报告",
     {"region": "北山街道", "admin_level": "township", "province": "浙江省"}),
    ("武陟县卫生健康委员会2020年度政府信息公开工作报告", {"region": "武陟县卫生健康委员会", "report_year": 2020}),
    ("《武陟县2019年政府信息公开工作年度报告》", {"region": "武陟县", "province": "河南省"}),
    ("根据《中华人民共和国政府信息公开条例》要求，现公布武陟县人民政府2019年政府信息公开工作年度报告。",
     {"region": "武陟县", "report_year": 2019}),
    ("2019年度政府信息公开工作年度报告\n武陟县人民政府\n2020年1月20日", {"region": "武陟县", "report_year": 2019}),
    ("武陟县二〇一九年政府信息公开工作年度报告\n武陟县人民政府\n二○二○年一月二十日",
     {"region": "武陟县", "report_year": 2019, "publish_date": dt.date(2020, 1, 20)}),
]


@pytest.mark.parametrize(("title", "expected"), TITLES, ids=[f"t{i}" for i in range(len(TITLES))])
def test_report_identity_from_its_title(title: str, expected: dict) -> None:
    text, _ = normalize_text(f"{title}\n一、总体情况\n全年主动公开政府信息1234条。\n")
    identity, _, _ = extract_document("x", text)
    assert {k: identity.get(k) for k in expected} == expected


def test_signature_at_the_end_names_the_body() -> None:
    text, _ = normalize_text("2019年度政府信息公开工作年度报告\n一、总体情况\n全年主动公开政府信息1234条。\n"
                             "四、存在的主要问题\n公开内容有待丰富。\n\n武陟县人民政府办公室\n2020年1月20日\n")
    identity, _, _ = extract_document("x", text)
    assert (identity["region"], identity["province"], identity["report_year"]) == ("武陟县", "河南省", 2019)


def test_province_from_its_portal_when_no_place_resolves() -> None:
    from tasks.extract_identity import find_province

    text = "我镇依托浙江政务服务网开展网上申请，全年主动公开政府信息64条。"
    assert find_province("螺洋街道", text) == "浙江省"
    assert find_province("螺洋街道", text.replace("浙江", "")) is None
    assert find_province("螺洋街道", text + "并学习广东政务服务网的做法。") is None  # two portals: no answer


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"(?<!应)主动(?:公开|发布)\d+条", "主动"), (r"\d+件为(?:网络|网上)申请", "件为网"), (r"(?:ab)?c", "c"),
    (r"a(?=b)bc|d", ""), (r"x(?<=x)yz?", "xy"),
])
def test_required_literal_reads_patterns(pattern: str, expected: str) -> None:
    from tasks.rules import required_literal

    assert required_literal(pattern) == expected


def test_rules_skipped_for_a_missing_literal_find_nothing_there(monkeypatch) -> None:
    """Searching each rule's required literal first changes no candidate of any real report."""
    from tasks import extract_narrative

    texts = [normalize_text(decode(p.read_bytes()).text)[0]
             for p in sorted(SAMPLES.glob("*.txt")) + sorted(CORPUS_RAW.glob("*.txt"))]
    fast = [prose_candidates(t) for t in texts]
    monkeypatch.setattr(extract_narrative, "REQUIRED", (None,) * len(extract_narrative.COMPILED))
    assert fast == [prose_candidates(t) for t in texts]


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
