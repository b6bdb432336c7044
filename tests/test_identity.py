"""Identity: names the gazetteer or their suffix vouch for, provinces from any place named, levels, body_id, and
patterns that stay linear on crafted input."""

from __future__ import annotations

import datetime as dt
import json
import random
import subprocess
import sys

import pytest
from conftest import CORPUS_RAW, ROOT

from tasks.bodies import body_id
from tasks.extract import extract_document
from tasks.extract_identity import TITLE_RES, _before_years, extract_identity, signature
from tasks.identity import gazetteer
from tasks.identity.locate import locate
from tasks.identity.names import admin_level_of, clean_region
from tasks.ingest import decode
from tasks.normalize import normalize_text

FIELDS = ("region", "province", "admin_level", "report_year", "body_id")


def identity_of(raw: str) -> dict:
    text, log = normalize_text(raw)
    return extract_identity(text, log.get("crawler_header"))


# Real report openings (title, page header, first lines), as the stored pages gave them; the address is the source.
# Cases are phenomena, named after them; each pins every field the text makes certain and None where it does not.
REPORT_OPENINGS = [
    pytest.param(
        # http://www.njgl.gov.cn/glqrmzf/xxgkzl/zfxxgkndbg/202201/t20220121_3270365.html
        "南京市鼓楼区人民政府华侨路街道办事处2021年政府信息公开年度报告\n根据《中华人民共和国政府信息公开条例》(以下简称"
        "《条例》)要求,南京市鼓楼区人民政府华侨路街道办事处编制2021年政府信息公开年度报告。",
        {
            "region": "华侨路街道",
            "province": "江苏省",
            "admin_level": "township",
            "report_year": 2021,
            "body_id": "320106002",
        },
        id="street_office_of_a_district_government",
    ),
    pytest.param(
        # http://www.lianyun.gov.cn/lygslyqrmzfscjdbsc/zfxxgknb/content/d3b17f6f-0e49-4bd1-bccf-ebb3173f2576.html
        "发布机构 | 宿城街道 | 发文日期 | 2022-01-04 |\n宿城街道办事处2021年政府信息公开工作年度报告\n一、总体情况\n"
        "2021年,宿城街道办事处严格按照上级领导要求以及信息公开政策文件要求,结合街道工作实际,进一步落实工作机制。",
        {
            "region": "宿城街道",
            "province": "江苏省",
            "admin_level": "township",
            "report_year": 2021,
            "body_id": "320703007",
        },
        id="street_the_only_one_of_its_name",
    ),
    pytest.param(
        # http://www.zx2012.cn/24733/24760/24821/24897/65165/content_2005370.html
        "臨湘市人力資源和社會保障局2020年政府信息公開工作年度報告\n根據《中華人民共和國政府信息公開條例》(國務院令第711號)"
        "(以下簡稱條例)和國務院辦公廳政府信息和政務公開辦公室《關于政府信息公開工作年度報告有關事項的通知》要求,編制并向社會"
        "公布《臨湘市人力資源和社會保障局2020年度政府信息公開年度報告》。",
        {
            "region": "临湘市人力资源和社会保障局",
            "province": "湖南省",
            "admin_level": "department",
            "report_year": 2020,
            "body_id": "430682:人力资源和社会保障局",
        },
        id="department_of_a_county_level_city_in_traditional_script",
    ),
    pytest.param(
        # http://www.anshan.gov.cn/html/ASSZF/202101/0161190318587729.html
        "鞍山市人力资源和社会保障局2020年度政府信息公开工作报告\n信息来源:鞍山市人力资源和社会保障局 发布时间:2021-01-28",
        {
            "region": "鞍山市人力资源和社会保障局",
            "province": "辽宁省",
            "admin_level": "department",
            "report_year": 2020,
            "body_id": "210300:人力资源和社会保障局",
        },
        id="department_title_without_annual",
    ),
    pytest.param(
        # https://www.wulanchabu.gov.cn/szfzcbm2/131954.html
        "根据《中华人民共和国政府信息公开条例》要求,现公布乌兰察布市区域经济合作局2020年度政府信息公开工作年度报告。\n"
        "一、总体情况\n2020年,在市委、市政府的领导和市政务公开办的指导帮助下,我局深入贯彻落实。",
        {
            "region": "乌兰察布市区域经济合作局",
            "province": "内蒙古自治区",
            "admin_level": "department",
            "report_year": 2020,
            "body_id": "150900:区域经济合作局",
        },
        id="department_named_after_the_publishing_verb",
    ),
    pytest.param(
        # https://www.wulanchabu.gov.cn/wlcbszf2/131861.html
        "根据《中华人民共和国政府信息公开条例》的有关规定,现向社会公布2020年乌兰察布市政府信息公开工作年度报告。本报告的电子版"
        "可在“乌兰察布”政府门户网站下载。",
        {
            "region": "乌兰察布市",
            "province": "内蒙古自治区",
            "admin_level": "prefecture",
            "report_year": 2020,
            "body_id": "150900",
        },
        id="verb_phrase_before_the_year_body_after_it",
    ),
    pytest.param(
        # http://www.eq.gov.cn/eqxxgk/xxgknb/202101/t20210122_2840199.html
        "鄂托克旗人民政府2020年政府信息公开工作年度报告\n索引号:000014349/2021-00061 分类:其他 ; 业务工作\n"
        "发布机构:鄂托克旗政务服务局 发文日期:2021年01月22日\n按照《中华人民共和国政府信息公开条例》,编制本报告。",
        {
            "region": "鄂托克旗",
            "province": "内蒙古自治区",
            "admin_level": "county",
            "report_year": 2020,
            "body_id": "150624",
        },
        id="banner_government_published_by_its_office",
    ),
    pytest.param(
        # http://www.dazhu.gov.cn/xxgk-show-191285.html
        "2019年川主乡政府信息公开工作年度报告\n来源:川主乡\n发布日期:2020-01-31\n根据《中华人民共和国政府信息公开条例》和"
        "《四川省贯彻〈中华人民共和国政府信息公开条例〉实施办法(试行)》规定,特向社会公开川主乡2019年度政府信息公开工作年度报告。",
        {
            "region": "川主乡",
            "province": "四川省",
            "admin_level": "township",
            "report_year": 2019,
            "body_id": "511724244",
        },
        id="township_after_the_year",
    ),
    pytest.param(
        # http://psx.gov.cn/zfjz/hjjdbsc_83905/zwgk_73112/zfxxgknb_73130/202005/t20200527_7490777.html
        "彭水苗族土家族自治县龙塘乡人民政府2019年政府信息公开工作年度报告\n一、总体情况\n2019年,龙塘乡严格按照《条例》"
        "及彭水县人民政府的相关规定,采取切实可行措施。",
        {
            "region": "龙塘乡",
            "province": "重庆市",
            "admin_level": "township",
            "report_year": 2019,
            "body_id": "500243228",
        },
        id="township_under_an_autonomous_county_of_ten_characters",
    ),
    pytest.param(
        # https://www.gskanglexian.gov.cn/klx/zfxxgk/xzbmxxgk/zfgzbm/KLXFZHGGJ/zfxxgknb/art/2022/art_900d59e20c594bcdaa8e4b0a0ba1e821.html
        "上湾乡人民政府2019年度政府信息公开年度工作报告\n根据《中华人民共和国政府信息公开条例》和省、州相关文件精神,经对我乡"
        "2019年度政府信息公开工作情况进行分析、总结,编制本年度报告。",
        {"region": "上湾乡", "province": None, "admin_level": "township", "report_year": 2019, "body_id": None},
        id="township_whose_root_another_township_shares_and_no_county_named",
    ),
    pytest.param(
        # http://ls-art.com/hjs/c123149/202101/521e332afc43461cb8898522a57ef023.shtml (a hijacked mirror)
        "太平乡2020年度政府信息公开工作年度报告\n发布时间:2021-01-28 14:11 信息来源:老虎机游戏:太平乡政府\n"
        "一、总体情况\n1.健全工作机构。我乡指定专门人员管理此项工作。",
        {"region": "太平乡", "province": None, "admin_level": "township", "report_year": 2020, "body_id": None},
        id="township_name_that_dozens_of_places_share",
    ),
    pytest.param(
        # http://www.weishan.gov.cn/module/xxgk/xxgkAnnualReport.jsp?area=113708260043292687&fbtime=2020
        "一、工作基本情况\n本报告是根据《中华人民共和国政府信息公开条例》(以下简称《条例》)要求,由两城镇人民政府党政办公室编制。"
        "本报告中所列数据的统计期限为2020年1月1日至2020年12月31日。\n如对本报告有任何疑问,请与两城镇人民政府党政办公室联系。"
        "(地址:微山县两城镇人民政府驻地府前路1号,邮编:272199,电话:0537-8451001)",
        {
            "region": "两城镇",
            "province": "山东省",
            "admin_level": "township",
            "report_year": 2020,
            "body_id": "370826107",
        },
        id="township_compiled_by_its_office_naming_its_county_in_the_address",
    ),
    pytest.param(
        # http://www.dlweishan.gov.cn/wsrmzf/c106948/202002/54ed651c9acf4bac8ca8854ae7d0cf29.shtml
        "根据《中华人民共和国政府信息公开条例》的规定,编制2019年度我乡信息公开工作年度报告。本报告主要包括:总体情况。\n"
        "二、主动公开政府信息情况\n截至2019年12月31日,牛街乡人民政府通过信息平台公开信息累计主动公开政府信息3条。我乡高度重视。",
        # (the one township a report that calls itself 我乡 names, the subject of its disclosures: fresh25 i35's rule)
        {"region": "牛街乡", "admin_level": "township", "report_year": 2019},
        id="verb_phrase_compiles_the_report_of_we",
    ),
    pytest.param(
        # http://www.longyou.gov.cn/module/xxgk/xxgkAnnualReport.jsp?area=01251010-066&fbtime=2019
        "引 言\n根据《中华人民共和国政府信息公开条例》(以下简称条例)规定,现编制并公布本单位2019年政府信息公开工作年度报告,"
        "接受社会公开监督。如对本报告有任何疑问,请联系:龙游县大街乡信息公开领导小组办公室,邮编:324403。",
        # no verb phrase is a name; the township whose office answers for the report is its body (as fresh2 g28's
        # 请联系:龙游县湖镇镇人民政府党政综合办公室 on the same site)
        {
            "region": "大街乡",
            "province": "浙江省",
            "admin_level": "township",
            "report_year": 2019,
            "body_id": "330825211",
        },
        id="verb_phrase_compiles_and_publishes_this_unit",
    ),
    pytest.param(
        # https://dxzzzx.gov.cn/dxx/zfxxgk/zfxxgknb/art/2022/art_21953d7c1df747b4b623b2205c6c537c.html
        "县人社局2021年政府信息公开工作年度报告\n一、总体情况\n2021年,县人力社保局主要通过县政府门户网站开展信息公开工作。"
        "此外,还积极通过东乡县政务服务网、媒体等渠道及时公开信息。",
        {"region": "县人社局", "province": None, "admin_level": "department", "report_year": 2021, "body_id": None},
        id="county_name_retired_before_the_report_year",  # 东乡县 (江西) became 东乡区 in 2016
    ),
    pytest.param(
        # http://m.fqjz1.com/gongkai/show/20181009084800-245732-00-000.html (a hijacked mirror)
        "引 言\n2017年,县水务局严格按照《中华人民共和国政府信息公开条例》规定及上级部门相关要求,积极开展信息公开工作,现将我局"
        "2017年政府信息公开工作年度报告如下:\n2、报告主要内容:澳门金沙城中心_欧洲杯足球网-【投注官网平台】水务局2017年政府信息"
        "公开工作情况。",
        # the spam is no name; the overview's subject names the bureau by its level, as fresh25 i21's (区政务服务办)
        {"region": "县水务局", "province": None, "report_year": 2017, "body_id": None},
        id="hijacked_mirror_replaced_the_name",
    ),
    pytest.param(
        # http://williamhillcn.org/zwgkk/bmxxgkndbg/content/post_8036501.html (a hijacked mirror of 荔湾区)
        "一、总体情况\n2021年,冲口街道认真贯彻落实《中华人民共和国政府信息公开条例》和《广州市政务公开工作办公室关于编制发布2021年"
        "政府信息公开工作年度报告的函》等文件的要求。本单位积极通过荔湾政府网和各类新媒体平台发布各类政务信息422条。",
        {
            "region": "冲口街道",
            "province": "广东省",
            "admin_level": "township",
            "report_year": 2021,
            "body_id": "440103015",
        },
        id="street_opening_the_first_sentence_before_a_verb",
    ),
    # Constructions of the verb-phrase traps, with other names.
    pytest.param(
        "根据《条例》要求，现将川主乡编制的2019年政府信息公开工作年度报告公布如下。\n一、概述\n2019年我乡主动公开政府信息367条。",
        {"region": "川主乡", "province": "四川省", "admin_level": "township", "report_year": 2019},
        id="verb_phrase_township_compiled_the",
    ),
    pytest.param(
        "根据《条例》要求，认真编制了2019年政府信息公开工作年度报告。\n一、概述\n我局主动公开政府信息36条，我局未收到申请。",
        {"region": None, "province": None, "admin_level": "department", "report_year": 2019, "body_id": None},
        id="verb_phrase_earnestly_compiled",
    ),
    pytest.param(
        "为做好信息公开工作，鞍山市财政局认真编制了2019年政府信息公开工作年度报告。\n一、概述\n全年主动公开政府信息36条。",
        {
            "region": "鞍山市财政局",
            "province": "辽宁省",
            "admin_level": "department",
            "report_year": 2019,
            "body_id": "210300:财政局",
        },
        id="verb_phrase_after_a_department",
    ),
    pytest.param(
        # http://xxgk.sxgp.gov.cn (高平市人民政府办公室 2022, tests/data/wide/template t27): the office's own report
        "高平市人民政府办公室\n2022年政府信息公开工作年度报告\n一、总体情况\n本年度报告根据《中华人民共和国政府信息公开"
        "条例》的要求编制。",
        {"region": "高平市人民政府办公室", "admin_level": "department", "report_year": 2022},
        id="a_government_office_publishing_its_own_report",
    ),
    pytest.param(
        # tests/data/wide/template t20: a district's city-management commission is a department, not a zone's 管委会,
        # named with its municipality as with a city (fresh13 s01, fresh14 u01, fresh15 v03)
        "北京市通州区城市管理委员会\n2020年政府信息公开工作年度报告\n依据《中华人民共和国政府信息公开条例》第五十条规定,"
        "编制本报告。",
        {
            "region": "北京市通州区城市管理委员会",
            "province": "北京市",
            "admin_level": "department",
            "report_year": 2020,
        },
        id="a_commission_named_with_its_municipality",
    ),
    pytest.param(
        # fresh15 v04: a province's general office doing the year's work is the body, as a city's is (fresh4 i30)
        "本年度报告根据《中华人民共和国政府信息公开条例》编制。\n一、总体情况\n2023年,山东省人民政府办公厅以习近平新时代"
        "中国特色社会主义思想为指导,深入贯彻落实政务公开工作要求。",
        {"region": "山东省人民政府办公厅", "province": "山东省", "admin_level": "department", "report_year": 2023},
        id="a_province_general_office_as_the_subject",
    ),
    pytest.param(
        # fresh15 v28: a township's 党政办公室 compiles for its township
        "大营镇党政办公室编制了 2023年度政府信息公开工作报告\n一、总体情况\n大营镇2023年全年主动公开政府信息130余条。",
        {"region": "大营镇", "admin_level": "township", "report_year": 2023},
        id="a_township_party_office_compiling_for_its_township",
    ),
    pytest.param(
        # fresh15 v05: no title; the body the subject of 2021年内, …共办理
        "一、总体情况\n(一)主动公开。2021年度通过政务网主动公开信息数240余条。\n(二)依申请公开。2021年内,通济街道共办理"
        "4件政府信息公开申请,均已办结。",
        {"region": "通济街道", "admin_level": "township", "report_year": 2021},
        id="a_street_the_subject_of_its_year",
    ),
    pytest.param(
        # tests/data/wide/narrative n10: the only 市 before the year is in a verb phrase; nothing names the body
        "本年度报告根据《条例》有关规定编制而成。2017年,全市各级行政机关紧紧围绕市委、市政府中心工作,推进政府信息公开。",
        {"region": None, "admin_level": None},
        id="a_verb_phrase_ending_in_a_place_suffix_is_no_place",
    ),
]


# A township's first sentence names its county: the county is not the body (the report says 我镇).
REPORT_OPENINGS += [
    pytest.param(
        "一、总体情况\n2019年，在武陟县委、县政府的正确领导下，我镇认真贯彻《条例》。\n二、主动公开\n我镇主动公开政府信息64条。",
        {"region": None, "province": "河南省", "admin_level": "township", "report_year": 2019, "body_id": None},
        id="first_sentence_opens_with_a_preposition_and_the_county",
    ),
    pytest.param(
        "一、总体情况\n2019年，武陟县政务公开工作稳步推进。我镇严格落实。\n二、主动公开\n我镇主动公开政府信息64条。",
        {"region": None, "province": "河南省", "admin_level": "township", "report_year": 2019, "body_id": None},
        id="first_sentence_names_the_county_of_a_township_report",
    ),
    pytest.param(
        # fresh16 w37: the opening names the report by its short name, 年报; a zone named without its 管委会
        "2010年政府信息公开工作年度报告\n乐山高新区管委会2010年年报根据《条例》和《实施办法》规定进行编制。全文包括概述。",
        {"region": "乐山高新区", "province": "四川省", "report_year": 2010},
        id="an_opening_naming_the_report_its_short_name",
    ),
    pytest.param(
        # fresh16 w08: a bureau (我局) whose report's electronic copy is on its own site
        "本年度报告根据《中华人民共和国政府信息公开条例》要求,结合我局2024年实际工作情况编制而成。本年度报告电子版可以从"
        "乌海市统计局门户网(http://tjj.wuhai.gov.cn)下载。我局全年主动公开信息35条。",
        {"region": "乌海市统计局", "province": "内蒙古自治区", "admin_level": "department", "report_year": 2024},
        id="a_bureau_whose_report_is_on_its_own_site",
    ),
    pytest.param(
        # fresh16 w23: a county (我县) whose report's electronic copy is on its government's site
        "2021年,我县认真贯彻落实新修订的《中华人民共和国政府信息公开条例》。本报告的电子版可在兴海县人民政府"
        "(http://www.xinghai.gov.cn)下载。我县全年主动公开信息120条。",
        {"region": "兴海县", "province": "青海省", "admin_level": "county", "report_year": 2021},
        id="a_county_whose_report_is_on_its_own_site",
    ),
    pytest.param(
        # a township (我镇) whose report is on its county's site: the county is not the body
        "2021年,我镇认真贯彻落实《中华人民共和国政府信息公开条例》。本报告的电子版可在兴海县人民政府网站下载。我镇全年主动"
        "公开信息12条。",
        {"region": None, "admin_level": "township"},
        id="a_township_whose_report_is_on_its_county_site",
    ),
    pytest.param(
        # fresh16 w38: the year's subject after an 按照… clause
        "一、基本工作情况\n2012年按照磐石市政府信息公开工作的安排部署和工作要求,牛心镇人民政府及时完善了政府信息公开工作"
        "领导小组。",
        {"region": "牛心镇", "province": "吉林省", "admin_level": "township", "report_year": 2012},
        id="a_subject_after_an_according_clause",
    ),
    pytest.param(
        # fresh f22: a subject naming a district and its zone together names neither alone
        "一、总体情况\n2020年,根据国务院、省政府、市政府的有关部署,黄埔区 广州开发区政务公开工作办公室(下称我办)立足新形势,"
        "积极开展政务公开工作。",
        {"region": None},
        id="a_district_and_its_zone_together",
    ),
    pytest.param(
        # fresh17 x01: a street office named 某某办事处 (the 沟赵乡 of the gazetteer), the zone before it, and the
        # verb after it
        "郑州高新区沟赵办事处向社会公布2021年度本级政府信息公开年度报告。\n一、总体情况\n2021年,沟赵办事处主动公开政府"
        "信息109条。",
        {"region": "沟赵办事处", "admin_level": "township", "province": "河南省", "report_year": 2021},
        id="a_street_office_without_街道",
    ),
    pytest.param(
        # fresh53 am02: a street office of a zone whose city's name opens with 驻 — no office stationed elsewhere; the
        # zone's city gives the province
        "驻马店高新区古城办事处2020年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开政府信息。2020年,我办共主动公开"
        "政府信息131条。",
        {"region": "古城办事处", "admin_level": "township", "province": "河南省", "report_year": 2020},
        id="a_street_office_of_a_zone_of_驻马店",
    ),
    pytest.param(
        # an office a province keeps in the capital is stationed there: a department, no township
        "湖北省人民政府驻北京办事处2020年政府信息公开工作年度报告\n一、总体情况\n2020年,我办主动公开政府信息31条。",
        {"admin_level": "department", "province": "湖北省"},
        id="an_office_stationed_in_the_capital",
    ),
    pytest.param(
        # fresh17 x13: a page's metadata label glued to the title once spaces close
        "发文机关 某镇政府\n标题 马厂镇2019年政府信息公开工作年度报告\n主题分类 其它\n一、总体情况\n2019年,我镇认真执行《条例》。"
        "\n联系电话：0355-2120123",
        {"region": "马厂镇", "title": "马厂镇2019年政府信息公开工作年度报告", "province": "山西省"},
        id="a_title_behind_its_metadata_label",
    ),
    pytest.param(
        # fresh17 x15: a department's own office as the overview's subject stands for the department
        "本报告根据《条例》要求撰写。本年度报告中使用数据统计期限为2021年1月1日至12月31日。\n一、总体情况\n"
        "2021年,安庆市招商中心办公室高度重视政府信息公开工作。",
        {"region": "安庆市招商中心", "admin_level": "department"},
        id="a_department_s_own_office",
    ),
    pytest.param(
        # fresh17 x17: a government's 外事办公室 that compiled the report is a department, not its general office
        "本年度报告是根据《条例》要求,由上海市人民政府外事办公室编制。本年度报告中所列数据的统计期限自2013年1月1日起至"
        "12月31日止。\n一、概述\n本办认真开展政府信息公开工作。",
        {"region": "上海市人民政府外事办公室", "admin_level": "department"},
        id="a_foreign_affairs_office_compiled_it",
    ),
    pytest.param(
        # fresh17 x32 and wide t14: the government and its general office named together in the title
        "现公布六盘水市人民政府（市人民政府办公室）2023年政府信息公开工作年度报告。\n一、总体情况\n2023年,市人民政府办公室…",
        {"region": "六盘水市人民政府办公室", "admin_level": "department"},
        id="a_government_and_its_office",
    ),
    pytest.param(
        # fresh17 x34: a title whose year follows in brackets
        "当前位置:首页 > 街乡部门 > 政府信息公开工作年度报告\n洪山区人民政府珞南街道办事处政府信息公开工作年度报告(2020年度)\n"
        "日期:2021-01-26 来源:珞南街\n一、总体情况\n2020年,珞南街根据区委部署…",
        {"region": "珞南街道", "report_year": 2020, "province": "湖北省", "admin_level": "township"},
        id="a_title_with_its_year_after",
    ),
    pytest.param(
        # fresh17 x37: a zone named after a county is below it, read as a township or a department: no level
        "来凤经济开发区2018年政府信息公开工作年度报告\n一、概述\n2018年,我区认真贯彻落实《条例》。",
        {"region": "来凤经济开发区", "admin_level": None, "province": "湖北省"},
        id="a_zone_below_its_county",
    ),
    pytest.param(
        # fresh14 u08: a bonded port zone named after its municipality, its own name between (东疆)
        "天津東疆保稅港區管理委員會政府信息公開工作2020年度報告\n一、總體情況\n2020年,東疆保稅港區管委會嚴格按照《條例》要求…",
        {"region": "天津东疆保税港区", "province": "天津市"},
        id="a_bonded_port_zone_named_after_its_city",
    ),
    pytest.param(
        # fresh17 x21: a zone ending 产业园, named after its district, its 管理委员会 dropped as the lake drops 管委会
        "五华科技产业园管理委员会2022年度政府信息公开工作年度报告\n根据《条例》有关要求，五华科技产业园管委会结合业务工作实际…",
        {"region": "五华科技产业园"},
        id="a_park_named_after_its_district",
    ),
    pytest.param(
        "鞍山高新区2020年政府信息公开工作年度报告\n一、总体情况\n2020年,我区认真贯彻落实《条例》。",
        {"region": "鞍山高新区", "admin_level": "county"},
        id="a_zone_of_a_prefecture",
    ),
]


@pytest.mark.parametrize(("raw", "expected"), REPORT_OPENINGS)
def test_identity_of_real_report_openings(raw: str, expected: dict) -> None:
    got = identity_of(raw)
    assert {k: got.get(k) for k in expected} == expected


# How reports name themselves: title forms, the body on its own line, a signature (moved from test_extract.py).
TITLES = [
    ("昭通市2019年政府信息公开工作年度报告", {"region": "昭通市", "province": "云南省", "admin_level": "prefecture"}),
    (
        "2020年南京市鼓楼区政府信息公开工作年度报告",
        # a county is named without its prefecture, as a township is (the prefecture stays in its body_id)
        {"region": "鼓楼区", "province": "江苏省", "report_year": 2020, "body_id": "320106"},
    ),
    ("成都市教育局2020年政府信息公开工作年度报告", {"region": "成都市教育局", "admin_level": "department"}),
    ("内蒙古自治区呼和浩特市2019年政府信息公开工作年度报告", {"province": "内蒙古自治区"}),
    ("武陟县2019年政府信息公开年报", {"region": "武陟县", "report_year": 2019}),
    (
        # the year first, the street office under its district's government (fresh7 l16)
        "2023年上海市黄浦区人民政府打浦桥街道办事处政府信息公开工作年度报告",
        {"region": "打浦桥街道", "admin_level": "township", "province": "上海市", "report_year": 2023},
    ),
    (
        "杭州市西湖区北山街道办事处2021年政府信息公开工作年度报告",
        {"region": "北山街道", "admin_level": "township", "province": "浙江省", "body_id": "330106002"},
    ),
    (
        "武陟县卫生健康委员会2020年度政府信息公开工作报告",
        {"region": "武陟县卫生健康委员会", "report_year": 2020, "body_id": "410823:卫生健康委"},
    ),
    ("《武陟县2019年政府信息公开工作年度报告》", {"region": "武陟县", "province": "河南省"}),
    (
        "根据《中华人民共和国政府信息公开条例》要求，现公布武陟县人民政府2019年政府信息公开工作年度报告。",
        {"region": "武陟县", "report_year": 2019},
    ),
    ("2019年度政府信息公开工作年度报告\n武陟县人民政府\n2020年1月20日", {"region": "武陟县", "report_year": 2019}),
    (
        "武陟县二〇一九年政府信息公开工作年度报告\n武陟县人民政府\n二○二○年一月二十日",
        {"region": "武陟县", "report_year": 2019, "publish_date": dt.date(2020, 1, 20)},
    ),
    (
        "五常市民意乡\n2021年政府信息公开工作年度报告",
        {"region": "民意乡", "province": "黑龙江省", "admin_level": "township", "body_id": "230184206"},
    ),
    ("2015年长乐市政府信息公开工作年度报告", {"region": "长乐市", "province": "福建省", "body_id": "350112"}),
    ("2022年长乐区政府信息公开工作年度报告", {"region": "长乐区", "province": "福建省", "body_id": "350112"}),
    # fresh10 p07: a government's counsellors' office (参事室), its name after the year
    (
        "2022年上海市人民政府参事室政府信息公开工作年度报告",
        {"region": "上海市人民政府参事室", "province": "上海市", "admin_level": "department"},
    ),
    ("2023年某市人民政府研究室政府信息公开工作年度报告", {"region": "某市人民政府研究室"}),
    # fresh10 p23: the verb after 现 is no part of the name
    (
        "根据《条例》规定，现公开陕西省西咸新区沣西新城管理委员会2021年政务信息公开年度报告。",
        {"region": "陕西省西咸新区沣西新城管理委员会", "province": "陕西省"},
    ),
    ("现予公布汉阳区人民政府办公室2022年政府信息公开工作年度报告。", {"region": "汉阳区人民政府办公室"}),
    # fresh11 q01: a banner the gazetteer knows only by its full name (科尔沁右翼前旗) before a township it knows
    ("科右前旗索伦镇2019年政府信息公开工作年度报告", {"region": "索伦镇", "admin_level": "township"}),
    # fresh11 q22: the body on its own line above a title that opens with 关于 and ends …工作的年度报告
    (
        "盐边县新九镇人民政府\n\n关于2021年度政府信息公开工作的年度报告",
        {"region": "新九镇", "province": "四川省", "admin_level": "township", "report_year": 2021},
    ),
    # …but a notice cited with 关于 inside a sentence names no body's report
    ("根据《关于做好2021年政府信息公开工作年度报告有关事项的通知》要求编制本报告。", {"region": None}),
    # a report on the work's 情况 is a report too
    ("南昌市应急管理局2021年度政府信息公开工作情况报告", {"region": "南昌市应急管理局", "report_year": 2021}),
    ("南昌市应急管理局关于2021年度政府信息公开工作情况的报告", {"region": "南昌市应急管理局", "report_year": 2021}),
    # found by rewriting every corpus title in other forms: a title line that opens with 关于, or a government's name
    # before 关于, or a crawler's 标题 field before it; the year first before a province; a body named after the year
    # is the title's, not a site's header on the line above
    (
        "关于临洮县漫洼乡2022年政府信息公开工作年度报告",
        {"region": "漫洼乡", "province": "甘肃省", "admin_level": "township", "report_year": 2022},
    ),
    ("宽城区兰家镇人民政府关于2021年度政府信息公开工作年度报告", {"region": "兰家镇", "report_year": 2021}),
    ("• 标题：关于文城镇人民政府2018年度政府信息公开工作年度报告", {"region": "文城镇", "report_year": 2018}),
    ("2011年江西省政府信息公开工作年度报告", {"region": "江西省", "admin_level": "province", "report_year": 2011}),
    (
        "乡镇（街道办）\n2025年竹泓镇政府信息公开工作年度报告",
        {"region": "竹泓镇", "admin_level": "township", "report_year": 2025},
    ),
    # …and 关于 inside a sentence still cites another document
    ("按照《关于做好2021年政府信息公开工作年度报告有关事项的通知》，现编制本报告。", {"region": None}),
]


@pytest.mark.parametrize(("title", "expected"), TITLES, ids=[f"t{i}" for i in range(len(TITLES))])
def test_report_identity_from_its_title(title: str, expected: dict) -> None:
    text, _ = normalize_text(f"{title}\n一、总体情况\n全年主动公开政府信息1234条。\n")
    identity, _, _ = extract_document("x", text)
    assert {k: identity.get(k) for k in expected} == expected


# The overview's opening sentence has the body as its subject: after the year (年 or 年度) and up to two 在…下
# clauses, the shortest run that ends like a body name and is followed by a predicate. Built from the phenomenon:
# each names a different kind of body, ending, preamble and predicate.
OPENING_SUBJECTS = [
    ("2022年，萧县人民政府认真贯彻落实《条例》。", {"region": "萧县", "admin_level": "county", "province": "安徽省"}),
    (
        "2021年度，广州市海珠区以习近平新时代中国特色社会主义思想为指导，推进政务公开。",
        {"region": "海珠区", "admin_level": "county", "province": "广东省", "body_id": "440105"},
    ),
    (
        "2023年，在区委、区政府的坚强领导下，在上级部门的指导下，沙园街道办事处认真贯彻落实《条例》。",
        {"region": "沙园街道", "admin_level": "township", "province": "广东省"},
    ),
    (
        "2020年，宁波市鄞州区财政局紧紧围绕中心工作，做好信息公开。",
        {"region": "宁波市鄞州区财政局", "admin_level": "department", "province": "浙江省"},  # its city kept
    ),
    (
        "推进政府信息公开是重要举措。2013年，高桥乡政府信息公开工作在县委县政府的正确领导下稳步推进。",
        {"region": "高桥乡", "admin_level": "township"},
    ),
    # The general office that did the year's work is the body, a department (fresh4 i30; the truth of f02 and n28 reads
    # the same), while the government that did it is the government.
    (
        "2024年，长春市人民政府办公厅坚持以习近平新时代中国特色社会主义思想为指导，依法履行公开职责。",
        {"region": "长春市人民政府办公厅", "admin_level": "department", "province": "吉林省"},
    ),
    (
        "2024年，长春市人民政府坚持以习近平新时代中国特色社会主义思想为指导，依法履行公开职责。",
        {"region": "长春市", "admin_level": "prefecture", "province": "吉林省"},
    ),
    # A level word alone is the writer's own place, not a name; a collective is no body; a county named by a
    # township's report (我镇 … 我镇) is the parent, not the body.
    ("2019年，市政府办公室认真贯彻落实《条例》。", {"region": None}),
    ("2019年，区政府办公室认真贯彻执行《条例》。", {"region": None}),
    ("2022年，全县各级行政机关认真贯彻落实《条例》。", {"region": None}),
    # fresh7: the year's comma lost (l24); the overview's first line with no year (l19)
    (
        "2021年东花市街道深入贯彻《政府信息公开条例》，严格落实工作要点。",
        {"region": "东花市街道", "admin_level": "township"},
    ),
    (
        "台吉镇根据《中华人民共和国政府信息公开条例》规定，认真贯彻实施《条例》。",
        {"region": "台吉镇", "admin_level": "township"},
    ),
    ("2021年全县各级行政机关认真贯彻落实《条例》。", {"region": None}),
    ("全县各级行政机关根据《条例》规定，认真贯彻。", {"region": None}),
    (
        "2022年，临安区人民政府认真部署。我镇严格落实，我镇主动公开政府信息64条。",
        {"region": None, "admin_level": "township"},
    ),
    # A way the year's work went is no subject: a preposition opens it (fresh19 z38, fresh8 m02).
    ("2021年通过政府网站主动公开信息73条,其中统计数据12条。", {"region": None, "admin_level": None}),
    ("2021年通过县政府门户网站主动公开政府信息56条。", {"region": None, "admin_level": None}),
    ("2022年依托区政府门户网站主动公开信息120条。", {"region": None, "admin_level": None}),
]


@pytest.mark.parametrize(
    ("sentence", "expected"), OPENING_SUBJECTS, ids=[f"o{i}" for i in range(len(OPENING_SUBJECTS))]
)
def test_the_overview_s_opening_sentence_names_its_subject(sentence: str, expected: dict) -> None:
    got = identity_of(f"一、总体情况\n{sentence}\n二、主动公开政府信息情况\n")
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        # the office of a county's government compiles the county's report, however the verb is put
        ("本年度报告由萧县人民政府办公室汇总编制。", "萧县"),
        ("本报告由萧县人民政府办公室负责编制。", "萧县"),
        # an office inside a department compiles the department's
        ("本报告由良庆区民族宗教事务局政务公开工作领导小组办公室编制。", "良庆区民族宗教事务局"),
        ("本报告由政务公开办公室编制。", None),
        # the body a report says compiled it, however much it gathered first (fresh13 s08, s17), up to the office
        # inside it that did the work (fresh2 g27, fresh11 q27); a group's office alone names none (fresh2 g08)
        ("本年度报告是根据《条例》要求，由上海市黄浦区人民政府编制。", "黄浦区"),
        ("本报告由徐水区人民政府综合全区各部门和各乡镇政府信息公开工作年度报告和统计数据编制而成。", "徐水区"),
        ("本报告是根据《条例》的要求，由无锡市锡山区人民政府厚桥街道党政办公室综合科编制。", "厚桥街道"),
        ("本报告是根据《条例》要求，由武川乡党政综合办公室编制。", "武川乡"),
        ("本报告由高新区信息公开领导小组办公室负责编制。", None),
        # a bureau that compiled the report, cited rules between, and publishes it on its own website (fresh4 i24)
        (
            "本报告由山东省机关事务管理局根据《中华人民共和国政府信息公开条例》（国令第711号）的要求编制。本报告的电子版"
            "可在“山东省机关事务管理局”门户网站下载。",
            "山东省机关事务管理局",
        ),
        # …or says nothing more of itself: a bureau of a line of work compiles its own (fresh48 ah05, fresh41 aa27)
        ("本报告由山东省机关事务管理局根据《中华人民共和国政府信息公开条例》的要求编制。", "山东省机关事务管理局"),
        (
            "本年度报告由杭州市余杭区发展和改革局根据《中华人民共和国政府信息公开条例》以及国办公开办《中华人民共和国政府"
            "信息公开工作年度报告格式》要求编制而成。",
            "杭州市余杭区发展和改革局",
        ),
        ("本报告由杭州市经济和信息化局根据《中华人民共和国政府信息公开条例》的要求编制。", "杭州市经济和信息化局"),
        # …but the agency that runs a government's disclosure work may have compiled its government's
        ("本报告由萧县数据资源局根据《中华人民共和国政府信息公开条例》的要求编制。", None),
        ("本报告由萧县政务服务管理局根据《中华人民共和国政府信息公开条例》的要求编制。", None),
        # …said with 是 instead of 由
        ("本报告是南昌市应急管理局根据《中华人民共和国政府信息公开条例》要求编制的。", "南昌市应急管理局"),
    ],
)
def test_the_office_that_compiled_the_report_names_its_body(opening: str, expected: str | None) -> None:
    assert identity_of(f"{opening}\n一、总体情况\n主动公开信息。\n")["region"] == expected


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        # a notice about the year's reports cited without book-title marks is no title of this report
        (
            "根据《条例》规定和某某县人民政府办公室关于做好2016年政府信息公开工作年度报告有关事项的通知要求,现向社会"
            "公布官庄镇2016年政府信息公开工作年度报告。",
            {"region": "官庄镇", "admin_level": "township", "report_year": 2016},
        ),
        # the office that compiled a title's report is its government's: the banner's report (我旗 … 我旗)
        (
            "根据《条例》要求,阿巴嘎旗人民政府办公室编制了2017年政府信息公开工作报告。\n一、概述\n我旗结合实际,我旗"
            "主动公开政府信息。",
            {"region": "阿巴嘎旗", "admin_level": "county", "province": "内蒙古自治区", "report_year": 2017},
        ),
        # a title naming its department by the level word alone (区科技局), the text by its place
        (
            "区科技局2020年信息公开工作年度报告\n根据《条例》要求,现公布宣州区科技局2020年政府信息公开工作年度报告。",
            {"region": "宣州区科技局", "admin_level": "department", "province": "安徽省"},
        ),
        # a title's year that both the statistics period and the overview's first line contradict is a slip
        (
            "我镇认真编制了《官庄镇2020年政府信息公开工作年度报告》。所列数据的统计期限自2021年1月1日起至12月31日止。\n"
            "一、总体情况\n2021年度,我镇认真贯彻落实上级要求。",
            {"report_year": 2021},
        ),
        (
            "我镇认真编制了《官庄镇2020年政府信息公开工作年度报告》。所列数据的统计期限自2021年1月1日起至12月31日止。\n"
            "一、总体情况\n我镇认真贯彻落实上级要求。",
            {"report_year": 2020},  # the period alone does not outvote the title
        ),
        # the body compiled or gave itself as the contact: a government through its office, a department (我局)
        (
            "本年度报告是根据《条例》要求,由驻马店市政府办公室编制。\n一、概述\n全市主动公开政府信息。",
            {"region": "驻马店市", "admin_level": "prefecture", "province": "河南省"},
        ),
        (
            "本年度报告是根据《条例》要求,由岳阳县档案局编制。\n一、概述\n我局主动公开政府信息,我局严格落实。",
            {"region": "岳阳县档案局", "admin_level": "department", "province": "湖南省"},
        ),
        (
            "本年度报告是根据《条例》要求,由市政务公开领导小组办公室编制。\n一、概述\n我局主动公开政府信息,我局严格。",
            {"region": None},  # an office that stands for no body
        ),
        (
            "本报告的电子版可在门户网站下载。如对本报告有任何疑问,请与盐城市亭湖区人民政府办公室联系。\n一、总体情况\n",
            {"region": "亭湖区", "admin_level": "county", "province": "江苏省"},
        ),
        # a title's abbreviation the text defines
        (
            "自治区北部湾办2022年政府信息公开工作年度报告\n本年度报告由广西壮族自治区北部湾经济区规划建设管理办公室"
            "(以下简称自治区北部湾办)编制。",
            {"region": "广西壮族自治区北部湾经济区规划建设管理办公室", "admin_level": "department"},
        ),
        # a zone's type alone (高新区) names one of hundreds: the page header names which
        (
            "高新区2017年政府信息公开工作年度报告\n时间：2018-02-24 来源：安阳高新区\n本报告依据《条例》有关规定编制。",
            {"region": "安阳高新区"},
        ),
        # a township named after the zone that runs it is named without it, as without its county
        (
            "重庆市万盛经济技术开发区丛林镇人民政府2024年政府信息公开工作年度报告\n一、总体情况\n",
            {"region": "丛林镇", "admin_level": "township", "province": "重庆市", "report_year": 2024},
        ),
        (
            "本报告由南平市人民政府信息公开工作领导小组办公室根据《条例》要求,汇总各县(市、区)政府信息公开工作情况编制而成。",
            {"region": "南平市", "admin_level": "prefecture", "province": "福建省"},
        ),
        # fresh3 (written as the stored pages give them): a report's own title after 编制形成了, under spam
        (
            "结合我单位政府信息公开工作实际,现编制形成了《uedbet体育_uedbet官网@:西柳镇人民政府2023年政府信息公开工作年度"
            "报告》。本报告中所列数据的统计期限从2023年1月1日至12月31止。",
            {"region": "西柳镇", "admin_level": "township", "report_year": 2023},
        ),
        # a title's year printed without 年; a department that compiled its own report (…厅, 我厅 … 我厅)
        (
            "海南省生态环境厅\n\n2022政府信息公开工作年度报告\n\n本报告依据《条例》,由海南省生态环境厅编制。我厅主动公开,我厅"
            "严格落实。",
            {"region": "海南省生态环境厅", "admin_level": "department", "report_year": 2022, "province": "海南省"},
        ),
        # the body on the year's line, the subject on the next
        (
            "2015 年度桃源县西安镇\n政府信息公开工作年度报告\n2016年3月28日\n本年度报告根据《条例》要求编制。",
            {"region": "西安镇", "admin_level": "township", "report_year": 2015, "province": "湖南省"},
        ),
        # 现就 for 现将 before the body and its year (fresh4 i08)
        (
            "根据《条例》有关要求,现就精河县行政服务中心2016年度政府信息公开工作情况报告如下:\n一、概述\n",
            {
                "region": "精河县行政服务中心",
                "admin_level": "department",
                "report_year": 2016,
                "province": "新疆维吾尔自治区",
            },
        ),
        # 向社会公开 before the body's report (fresh5 j11), as 向社会公布 above
        (
            "根据《中华人民共和国政府信息公开条例》(以下简称《条例》)、《云南省政府信息公开办法》的要求,安乐乡在对去年"
            "政府信息公开工作进行认真回顾和总结的基础上,编制本报告现向社会公开安乐乡2019年政府信息公开工作年度报告。\n",
            {"region": "安乐乡", "admin_level": "township", "report_year": 2019},
        ),
        # the overview's first sentence on its heading's line, a page that lost its line breaks (fresh5 j16)
        (
            "编制说明:本年度报告根据相关规定编制。 一、总体情况 2022年,衡阳市商务局认真贯彻实施《条例》。 二、主动公开",
            {"region": "衡阳市商务局", "admin_level": "department", "province": "湖南省"},
        ),
        # compiled from the reports of the bodies below: a government's, not its contact office's (fresh36 s02)
        (
            "本报告根据《中华人民共和国政府信息公开条例》规定,汇总全旗各苏木乡镇人民政府、旗直各部门政府信息公开工作情况编制"
            "而成。本年度报告电子版可以从察哈尔右翼后旗人民政府网站(http://www.cyhq.gov.cn)下载。如对本报告有任何疑问,请与"
            "察哈尔右翼后旗电子政务网站服务中心联系(联系电话:0474-6209856)。\n一、总体情况\n2024年,我旗认真贯彻落实。\n",
            {"region": "察哈尔右翼后旗", "admin_level": "county", "province": "内蒙古自治区"},
        ),
        # the body that compiled the report by the rules it followed (fresh36 s03), as written, before its contact
        (
            "本报告由临沂高新区党政办公室按照《中华人民共和国政府信息公开条例》(国务院令第711号)和《国务院办公厅政府信息与"
            "政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》(国办公开办函〔2021〕30号)及有关法律"
            "法规的要求编制。如对本报告有疑问,请与临沂市高新区党政办公室联系。\n",
            {"region": "临沂高新区", "admin_level": "county", "province": "山东省"},
        ),
        # 园区 alone names no body (fresh36 s06: 2023年园区在区委、区政府的正确领导下…)
        (
            "2023年园区在区委、区政府的正确领导下,切实按照相关规定,扎实有序推进政务信息公开工作。\n一、总体情况\n",
            {"region": None},
        ),
        # a zone of a kind not yet met (工业集中区), its 管理委员会 dropped (fresh36 s19)
        (
            "截至2024年12月31日,金塔工业集中区管理委员会共主动公示政府信息259条。本报告由金塔工业集中区管理委员会编制。\n",
            {"region": "金塔工业集中区", "admin_level": "county"},
        ),
        # the overview's subject after the year said in words (fresh11 q13, fresh5 j10), not after 本年度报告
        (
            "一、总体情况\n一年来,烧锅镇高度重视《条例》的实施工作,认真贯彻落实县委、县政府会议精神。\n",
            {"region": "烧锅镇", "admin_level": "township", "province": "吉林省"},
        ),
        (
            "今年以来,荣昌区林业局认真贯彻落实区委、区政府关于政府信息公开工作的部署和要求。\n",
            {"region": "荣昌区林业局", "admin_level": "department", "province": "重庆市"},
        ),
        # the body as the subject of compiling the report (fresh19 z40)
        (
            "根据《中华人民共和国政府信息公开条例》及上级有关信息公开的相关文件要求,杭锦后旗教育局编制了本报告。\n"
            "一、建立组织管理体系。根据旗政府的部署和要求,我局结合实际开展工作。\n",
            {"region": "杭锦后旗教育局", "admin_level": "department", "province": "内蒙古自治区"},
        ),
        # a place written twice before the body's name is a slip (fresh32 r35)
        (
            "今年以来,在县委、县政府的正确领导下,渠县渠县行政审批局政务公开工作紧紧围绕全面推进政务公开工作的决策部署。\n",
            {"region": "渠县行政审批局", "admin_level": "department", "province": "四川省"},
        ),
        # a body's website is no body (fresh38 w09)
        (
            "根据《中华人民共和国政府信息公开条例》规定编制本报告。\n一、总体情况\n一是主动公开情况。\n2025年,县政府网站共发布"
            "信息3000余条,“中国喀左”微信公众号发布信息750余条。\n",
            {"region": None, "admin_level": None},
        ),
        # the title under a page's metadata and breadcrumbs (fresh38 w28: fourteen lines of them)
        (
            "首页\n>信息公开>政府信息公开年报>2020\n索引号 11330208591592625G/2021-21840\n主题分类: 综合政务\n文号:\n"
            "发布机构: 区自然资源和规划局分局\n公开方式 主动公开\n成文日期: 2021-01-15\n组配分类: 政府信息公开年报\n"
            "公开范围: 面向全社会\n索引号: 11330208591592625G/2021-21840 主题分类: 综合政务\n文号: 发布机构: 区自然资源和规划局分局\n"
            "成文日期: 2021-01-15 公开方式: 主动公开\n组配分类: 政府信息公开年报 公开范围: 面向全社会\n\n"
            "宁波市自然资源和规划局国家高新区分局2020年\n政府信息公开工作年度报告\n\n本年报根据新修订的《条例》编制而成。\n",
            {"region": "宁波市自然资源和规划局国家高新区分局", "admin_level": "department", "report_year": 2020},
        ),
        # the body on its own line, the year after the subject (fresh39 x03)
        (
            "浏览次数:次\n西安市阎良区机关事务服务中心\n政府信息公开工作2021年度报告\n一、总体情况\n2021年,区机关事务服务中心深入"
            "贯彻落实《条例》。\n",
            {"region": "西安市阎良区机关事务服务中心", "admin_level": "department", "report_year": 2021},
        ),
        # a report that calls itself 我办, its contact a general office: that office's own (fresh39 x11)
        (
            "本报告依据《中华人民共和国政府信息公开条例》要求,结合我办政府信息公开工作有关统计数据编写。如对本报告有任何"
            "疑问,请与新华区人民政府办公室联系(电话:0375-2626171)。\n一、总体情况\n2024年,我办认真贯彻落实。\n",
            {"region": "新华区人民政府办公室", "admin_level": "department"},
        ),
        # the compiler as the subject, who compiled it after the lines it followed (fresh40 o20)
        (
            "根据黄龙县人民政府办公室《关于做好2022年政府信息公开年度报告的通知》要求,黄龙县市场监督管理局结合单位实际,"
            "编制本单位2022年度政务公开工作年度报告。\n一、总体情况\n2022年,我局按照统一部署推进工作。\n",
            {"region": "黄龙县市场监督管理局", "admin_level": "department", "province": "陕西省"},
        ),
        # last year's report published as an item of the year's work is no title (fresh41 aa16)
        (
            "一、总体情况\n吴淞街道根据《中华人民共和国政府信息公开条例》要求,贯彻落实《2020年宝山区政务公开工作要点》,特编制"
            "本年度报告。\n(一)政务公开基础工作\n一是通过门户网站集中公开公文类信息。\n二是及时做好政府机构公开,更新了公开"
            "指南,发布2019年政府信息公开年度报告。\n2020年,街道共收到依申请公开3件。\n",
            {"report_year": 2020},
        ),
        # a place opening a department's name whose 局 the sentence lost, the text naming that department elsewhere, is
        # no subject (fresh41 aa21)
        (
            "一、总体情况\n2020年,平利县农业农村认真贯彻落实《中华人民共和国政府信息公开条例》。\n1.主动公开政府信息情况。2020年,"
            "县农业农村局主动公开政府集中采购信息20条。\n",
            {"region": "平利县农业农村局", "admin_level": "department"},
        ),
        # …or whose short name follows the place, the text naming the department in full elsewhere (fresh44 ad20)
        (
            "如对本报告有疑问,请与宣城市残疾人联合会联系(地址:宣城市宣州区鳌峰中路39号)。\n一、总体情况\n2023年,宣城市残联坚持以"
            "习近平新时代中国特色社会主义思想为指导。\n",
            {"region": "宣城市残疾人联合会", "admin_level": "department", "province": "安徽省"},
        ),
        # the government's own subject stays the place (no department of that name)
        (
            "一、总体情况\n2023年,宣城市人民政府坚持以习近平新时代中国特色社会主义思想为指导。\n",
            {"region": "宣城市", "admin_level": "prefecture"},
        ),
        # a title with no year, the contact a township's service centre: the township (fresh48 ah28)
        (
            "市府东路街道政府信息公开工作年度报告\n本年度报告根据《中华人民共和国政府信息公开条例》要求制作。报告中所列数据的统计"
            "期限自2025年1月1日起至2025年12月31日止。如对本报告有任何疑问,请与昆都仑区市府东路街道党群服务中心联系(电话:"
            "0472-5226565)。\n",
            {"region": "市府东路街道", "admin_level": "township", "province": "内蒙古自治区"},
        ),
        # the report itself is no subject: the body compiled it (fresh47 ag29)
        (
            "一、总体情况\n本报告由三原县教育局根据《中华人民共和国政府信息公开条例》规定编制。2023年,在县委、县政府的坚强领导下,"
            "县教育局紧紧围绕加强法治政府建设和依法行政。\n",
            {"region": "三原县教育局", "admin_level": "department"},
        ),
        # a supply and marketing cooperative's 联合社 is a body's name, not its city's (fresh49 ai18)
        (
            "本报告由临沂市供销合作社联合社按照《中华人民共和国政府信息公开条例》要求编制。本报告中所列数据的统计期限自2022年1月"
            "1日起至2022年12月31日止。如对本报告有疑问,请与临沂市供销合作社联合社办公室联系。\n一、总体情况\n",
            {"region": "临沂市供销合作社联合社", "admin_level": "department", "province": "山东省"},
        ),
        (
            "一、总体情况\n2023年,莒南县供销合作社认真贯彻落实《中华人民共和国政府信息公开条例》。\n",
            {"region": "莒南县供销合作社", "admin_level": "department", "province": "山东省"},
        ),
        # a department's information centre as contact: the department (fresh50 aj32); a centre of its own stays
        (
            "本报告中使用数据统计期限为2022年1月1日至2022年12月31日。如对本报告有任何疑问,请与舒城县财政局信息中心联系(地址:舒城县"
            "城关镇桃溪路176号)。\n一、总体情况\n2022年,我局认真贯彻落实《条例》。\n",
            {"region": "舒城县财政局", "admin_level": "department", "province": "安徽省"},
        ),
        (
            "本报告中使用数据统计期限为2022年1月1日至2022年12月31日。如对本报告有任何疑问,请与舒城县大数据信息中心联系。\n"
            "一、总体情况\n2022年,我中心认真贯彻落实《条例》。\n",
            {"region": "舒城县大数据信息中心", "admin_level": "department"},
        ),
        # the body that compiles its own report, named with no year (fresh51 ak11)
        (
            "根据《中华人民共和国政府信息公开条例》第五十条之规定,及相关文件要求,特编制昌江区商务局公开年度报告。本报告由主动公开"
            "信息情况等部分组成。\n一、2019年主动公开政府信息情况\n",
            {"region": "昌江区商务局", "admin_level": "department", "province": "江西省"},
        ),
        # the subject after a long cited notice (fresh44 ad12)
        (
            "一、总体公开情况说明\n2020年,根据《文山州人民政府办公室关于编制公布2020年政府信息公开工作年度报告有关事项的通知》"
            "(〔2021〕—43)要求,砚山县交通运输局认真贯彻落实《条例》,依法公开各类政府信息。\n",
            {"region": "砚山县交通运输局", "admin_level": "department", "province": "云南省"},
        ),
        # a zone named after a place another province's district bears, its city written before it (fresh42 ab34)
        (
            "2021年东湖高新区教育局政府信息公开工作年度报告\n\n  • 2022-01-24 09:05\n  • 来源: 武汉东湖新技术开发区教育局\n\n"
            "一、总体情况\n2021年,东湖高新区"
            "教育局坚持以习近平新时代中国特色社会主义思想为指导。\n",
            {"region": "东湖高新区教育局", "province": "湖北省"},
        ),
        # …and with nothing of its province said, none: 南昌's 东湖区 is a namesake, no evidence (it was 江西省, and
        # typeset through pdfplumber, fresh42 ab34 lost the source line naming 武汉)
        (
            "2021年东湖高新区教育局政府信息公开工作年度报告\n一、总体情况\n2021年,东湖高新区教育局坚持以习近平新时代中国特色社会"
            "主义思想为指导。\n",
            {"region": "东湖高新区教育局", "province": None},
        ),
        # a district's province said elsewhere in the text (江西省…) is the zone's; a county's name is its own (fresh17 x37)
        (
            "2021年东湖高新区教育局政府信息公开工作年度报告\n一、总体情况\n2021年,东湖高新区教育局按照江西省政务公开工作要点,"
            "坚持以习近平新时代中国特色社会主义思想为指导。\n",
            {"region": "东湖高新区教育局", "province": "江西省"},
        ),
        (
            "根据《中华人民共和国政府信息公开条例》要求,现公开来凤经济开发区信息公开2018年度报告。\n一、概述\n",
            {"region": "来凤经济开发区", "province": "湖北省"},
        ),
        # the report's own title made public in book-title marks (fresh18 y02), its government with a bare 政府 (r23)
        (
            "按照《中华人民共和国政府信息公开条例》要求,现向社会公开《渭南市人民政府2024年度政府信息公开工作年度报告》。\n"
            "一、总体情况\n2024年,在市委、市政府的坚强领导下,各级各部门高度重视政府信息公开工作。\n",
            {"region": "渭南市", "admin_level": "prefecture", "report_year": 2024},
        ),
        (
            "根据《中华人民共和国政府信息公开条例》,现公布杨陵区政府2024年政府信息公开工作年度报告。\n一、总体情况\n",
            {"region": "杨陵区", "admin_level": "county", "province": "陕西省"},
        ),
        # the year between the overview's subject and its predicate (fresh37 v24)
        (
            "一、总体情况\n乌海市科学技术局2022年认真贯彻落实《中华人民共和国政府信息公开条例》,结合实际工作情况编制本报告。\n",
            {"region": "乌海市科学技术局", "admin_level": "department", "province": "内蒙古自治区"},
        ),
        # a title broken after its subject, 情况的报告 (fresh10 p11)
        (
            "盐城市行政审批局政府信息公开工作\n2022年度情况的报告\n2022年,我局按照中央和省、市委有关部署要求推动工作。\n",
            {"region": "盐城市行政审批局", "admin_level": "department", "report_year": 2022},
        ),
        # a zone named with its city's short name and words of its own before its kind (fresh36 s13, fresh32 r17)
        (
            "2022年,杭州钱江经济开发区管委会认真贯彻落实《条例》。\n",
            {"region": "杭州钱江经济开发区", "province": "浙江省"},
        ),
        (
            "2022年,天津港保税区管委会认真贯彻落实《条例》。\n",
            {"region": "天津港保税区", "province": "天津市"},
        ),
        # no name found, 我局 said once and no other self-reference: a department (fresh33 a02); 我区 once is not
        # enough (a bureau speaks of its district so)
        (
            "一、总体情况\n2024年,在区委、区政府的领导下,我局认真贯彻落实《条例》。\n",
            {"region": None, "admin_level": "department"},
        ),
        (
            "一、总体情况\n2024年,在区委、区政府的领导下,我区认真贯彻落实《条例》。\n",
            {"region": None, "admin_level": None},
        ),
    ],
    ids=[
        "cited-notice",
        "office-compiled",
        "relative-department",
        "title-year-slip",
        "title-year-kept",
        "issuer-government-office",
        "issuer-department",
        "issuer-ad-hoc-office",
        "contact-office",
        "defined-abbreviation",
        "generic-zone",
        "zone-before-township",
        "government-office-far-from-its-verb",
        "own-title-formed",
        "title-year-without-nian",
        "title-body-above-its-subject",
        "introduced-with-xianjiu",
        "made-public-to-society",
        "overview-on-the-heading-line",
        "compiled-from-the-parts",
        "compiled-by-the-rules-it-followed",
        "park-alone-is-no-name",
        "industrial-concentration-zone",
        "a-year-in-words",
        "this-year-so-far",
        "compiler-as-subject",
        "place-written-twice",
        "a-website-is-no-body",
        "title-under-page-metadata",
        "body-on-the-line-above-a-year-after-the-subject",
        "a-report-that-calls-itself-wo-ban",
        "compiler-after-the-lines-it-followed",
        "last-year-s-report-published-is-no-title",
        "a-department-s-words-after-its-place",
        "a-department-s-short-name-after-its-place",
        "a-government-s-own-subject-is-its-place",
        "a-township-s-service-centre-as-contact",
        "the-report-itself-is-no-subject",
        "a-cooperative-s-lianheshe-is-a-body",
        "a-cooperative-as-subject",
        "a-department-s-information-centre-as-contact",
        "an-information-centre-of-its-own",
        "compiles-its-own-report-without-a-year",
        "subject-after-a-long-cited-notice",
        "a-zone-s-city-written-before-its-place",
        "a-zone-named-like-a-district-elsewhere-has-no-province-unsaid",
        "a-zone-named-like-a-district-whose-province-is-said",
        "a-zone-named-after-its-county",
        "own-title-made-public",
        "government-with-a-bare-zhengfu",
        "year-between-subject-and-predicate",
        "title-qingkuang-de-baogao",
        "zone-named-words-after-its-city",
        "zone-of-a-municipality-s-port",
        "wo-ju-said-once",
        "wo-qu-said-once-is-not-enough",
    ],
)
def test_what_a_report_s_opening_says_of_itself(opening: str, expected: dict) -> None:
    got = identity_of(opening + "\n")
    assert {k: got.get(k) for k in expected} == expected


# The body a report gives as its contact for questions, named with the unit inside it that answers them (as the
# stored pages give them: fresh3 h21, fresh2 g28, fresh6 k30, fresh3 h14, fresh7 l28, fresh8 m11).
CONTACTS = [
    (
        "如对本报告有任何疑问,请与厉山镇人民政府联系(地址:随县新县城民主路东;电话:0722-4572571)。我镇高度重视,我镇落实。",
        "厉山镇",
        "township",
    ),
    (
        "如对本报告有任何疑问,请联系:龙游县湖镇镇人民政府党政综合办公室,邮编:324400。我镇贯彻落实,我镇推进。",
        "湖镇镇",
        "township",
    ),
    (
        "如对本报告有任何疑问,请与集宁区农牧水利局综合办公室联系(联系电话:0474-8308095)。我局高度重视,本局落实。",
        "集宁区农牧水利局",
        "department",
    ),
    (
        "如对本报告有任何疑问,请与闽侯县水利局政府信息公开工作领导小组办公室联系。我局高度重视,我局落实。",
        "闽侯县水利局",
        "department",
    ),
    (
        "如对本报告有任何疑问,请联系芦芝镇人民政府党政综合办公室(电话:0597-7773966)。我镇政府信息,我镇落实。",
        "芦芝镇",
        "township",
    ),
    ("如对本报告有任何疑问,请与泰安市商务局联系(地址:泰安市泰山区擂鼓石大街西首)。", "泰安市商务局", "department"),
    ("如对本报告有任何疑问,请联系湖东街道办事处党政办公室。我街道贯彻落实,我街道推进。", "湖东街道", "township"),
    ("如对本报告有任何疑问,请与高平市人民政府办公室信息科联系(地址:高平市长平西街46号)。", "高平市", "county"),
    (
        "如对本报告有任何疑问,请联系帽儿山镇政府,地址:尚志市帽儿山镇新兴街1号。我镇落实,我镇推进。",
        "帽儿山镇",
        "township",
    ),
    # the county's office answering for a township's report is another body's: the report says 我镇
    ("如对本报告有任何疑问,请与盐城市大丰区人民政府办公室联系。我镇高度重视,我镇落实,我镇推进。", None, "township"),
    ("如对本报告有任何疑问,请与本单位政府信息公开受理机构联系,地址:上塘镇屿后巷198号。", None, None),
    # a hijacked mirror's spam in the contact is no body
    ("如对本报告有任何疑问,请联系365官方入口-app下载_mobile365-777人民政府办公室。", None, None),
    # a government's office answering for a report whose subject is that office (fresh20 t22: 市政府办公室以…) is the body;
    # for the government's own report (保山市人民政府坚持…) it stands for the city
    (
        "如对本年度报告有疑问,请与保山市人民政府办公室联系(地址:保山市隆阳区同仁街26号)。\n一、总体情况\n"
        "2024年,市政府办公室以习近平新时代中国特色社会主义思想为指引,认真贯彻落实《条例》。",
        "保山市人民政府办公室",
        "department",
    ),
    (
        "如对本年度报告有疑问,请与保山市人民政府办公室联系(地址:保山市隆阳区同仁街26号)。\n一、总体情况\n"
        "2024年,市政府以习近平新时代中国特色社会主义思想为指引,认真贯彻落实《条例》。",
        "保山市",
        "prefecture",
    ),
    (  # the subject's office is the city's; a county's office in the contact is not it
        "如对本年度报告有疑问,请与施甸县人民政府办公室联系。\n一、总体情况\n2024年,市政府办公室认真贯彻落实《条例》。",
        "施甸县",
        "county",
    ),
]


@pytest.mark.parametrize(("opening", "region", "level"), CONTACTS, ids=[f"contact{i}" for i in range(len(CONTACTS))])
def test_the_contact_for_questions_names_the_body(opening: str, region: str | None, level: str | None) -> None:
    got = identity_of("根据《条例》要求编制本报告。" + opening + "\n一、总体情况\n")
    assert (got.get("region"), got.get("admin_level")) == (region, level)


def test_a_title_below_page_chrome_on_a_page_saved_with_blank_lines() -> None:
    """A saved page puts a blank line between every two; the title under the breadcrumb's own title and a document
    number is still among the opening lines, and the breadcrumb's bare title gives way to it."""
    raw = (
        "关怀版\n\n首页 > 年度报告\n\n2012年政府信息公开工作年度报告\n\n访问量:\n\n \n\n南政发[2013]05\n\n \n\n"
        "大塘乡人民政府\n\n2012年政府信息公开工作年度报告\n\n根据《条例》要求，特向社会公布2012年度我乡政府信息公开年度报告。"
    )
    got = identity_of(raw)
    assert (got["region"], got["admin_level"], got["report_year"]) == ("大塘乡", "township", 2012)


def test_the_year_s_suffix_is_no_part_of_a_name() -> None:
    # 2016年度镇政府…: the 度 of 年度 read as a one-character township name made '度镇'
    assert identity_of("本年度报告向社会公开2016年度镇政府信息公开年度报告。\n一、概述\n")["region"] is None


def test_titles_searched_near_their_years_are_the_titles_a_full_scan_finds() -> None:
    """The body-before-year title form is searched only just before a year its subject follows; on the corpus's
    openings and on random texts of title pieces it finds exactly what scanning every position finds."""
    pieces = [
        "2019年",
        "2020年度",
        " ",
        "\n",
        "政府信息公开工作年度报告",
        "信息公开年报",
        "某某县",
        "（街道）",
        "人民政府",
    ]
    pieces += ["关于", "报 ", "《", "》", "xx", "2021 年", "政务公开工作要点落实情况", "报告", "。"]
    rng = random.Random(7)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 14))) for _ in range(500)]
    texts += [decode(p.read_bytes()).text[:2000] for p in sorted(CORPUS_RAW.iterdir())]
    found = 0
    for text in texts:
        full = [(m.span(), m.group("region")) for m in TITLE_RES[0].finditer(text)]
        assert [(m.span(), m.group("region")) for m in _before_years(text)] == full, text
        found += len(full)
    assert found > 100  # the texts hold titles, not only misses


def test_signature_at_the_end_names_the_body() -> None:
    text, _ = normalize_text(
        "2019年度政府信息公开工作年度报告\n一、总体情况\n全年主动公开政府信息1234条。\n"
        "四、存在的主要问题\n公开内容有待丰富。\n\n武陟县人民政府办公室\n2020年1月20日\n"
    )
    identity, _, _ = extract_document("x", text)
    assert (identity["region"], identity["province"], identity["report_year"]) == ("武陟县", "河南省", 2019)


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        (
            "确保把工作做得更好。 平潭县财政局 2010年4月10日 附表：",
            "平潭县财政局",
        ),  # corpus d01: flattened onto one line
        ("确保把工作做得更好。\n\n武陟县人民政府办公室\n2020年1月20日\n", "武陟县人民政府办公室"),
        ("本报告中所列数据的统计期限自 2019年1月1日 起", None),  # a period's start, not a signature
        ("已于2020年1月20日 印发", None),
    ],
)
def test_signature_is_a_body_name_alone_before_a_closing_date(tail: str, expected: str | None) -> None:
    assert signature(tail) == expected


def test_page_header_names_the_township_when_the_title_does_not() -> None:
    # corpus d28 as normalized: the page header glues its fields together
    got = identity_of(
        "政府信息公开\n\n发布机构：兴国镇索引号：xgz/2026-00001时间：2026-01-20\n\n根据《条例》编制本报告。"
        "报告中所列数据统计期限为2025年1月1日至12月31日。\n一、总体情况\n2025年，我镇坚持公开为常态。"
    )
    assert (got["region"], got["admin_level"]) == ("兴国镇", "township")


def test_the_site_s_name_after_its_reading_mode_switches_stays_to_tell_the_province() -> None:
    # corpus d28: 简体 繁體 无障碍阅读 长者模式 甘肃政府服务网-秦安 was dropped as chrome, and with it the only word of
    # 甘肃 (秦安县's 兴国镇; another lies in 湖北): the switches go, the site's name stays
    raw = decode((CORPUS_RAW / "d28.txt").read_bytes()).text
    assert raw.lstrip().startswith("简体 繁體 无障碍阅读 长者模式 甘肃政府服务网-秦安")
    text = normalize_text(raw)[0]
    assert text.startswith("甘肃政府服务网-秦安\n") and "简体" not in text and "无障碍" not in text
    got = identity_of(raw)
    assert (got["region"], got["province"]) == ("兴国镇", "甘肃省")


def test_province_from_a_portal_when_no_place_resolves() -> None:
    text = "我乡依托浙江政务服务网开展网上申请，全年主动公开政府信息64条。"
    assert locate("太平乡", [], text, 2020).province == "浙江省"  # 70 townships share the root: the portal decides
    assert locate("太平乡", [], text.replace("浙江", ""), 2020).province is None
    assert locate("太平乡", [], text + "并学习广东政务服务网的做法。", 2020).province is None  # two portals: no answer
    assert locate("两城镇", [], "“中国永嘉”县政府门户网站", 2016).province == "浙江省"  # corpus d18: a county's portal


def test_province_and_township_from_the_contact_phone_s_area_code() -> None:
    # fresh8 m08: 团结乡's report names no place above it; its enquiry line is 0436, 白城市 in 吉林省, and of the
    # 团结乡 the gazetteer holds one lies there (通榆县's).
    text = "对本报告有任何疑问，请与团结乡政府办公室联系。（电话：0436-4698002）"
    got = locate("团结乡", [], text, 2020)
    assert (got.province, got.code) == ("吉林省", "220822206")
    assert locate("团结乡", [], text.replace("0436", "0871"), 2020).code is None  # none in 昆明: no township
    assert locate("团结乡", [], text.replace("电话：0436-4698002", ""), 2020).province is None
    # A department's report with no place in its text (wide n22: 0375 is 平顶山市, 河南省).
    assert locate(None, [], "联系电话：0375-2665523", 2010).province == "河南省"
    # An old seven-digit number in a city now on eight digits still rang there (0571 杭州).
    assert locate(None, [], "联系电话：0571-8765432", 2009).province == "浙江省"
    # A place the text names outweighs the phone; a mobile number says nothing.
    assert locate(None, [], "广州市天河区…联系电话：0571-87654321", 2020).province == "广东省"
    assert locate(None, [], "联系电话：13912345678", 2020).province is None


def test_province_and_township_from_the_credit_code_a_page_s_index_number_opens_with() -> None:
    # fresh24 g33 (zjwy.gov.cn): 白洋街道's 2009 report names no place above it. The page's 索引号 opens with its
    # organ's 统一社会信用代码, whose characters 3–8 are the division that registered it: 330723, 武义县 in 浙江省. The
    # residue pass drops that metadata line; the code is kept in the header first.
    from stdnum.cn import uscc

    raw = (ROOT / "tests" / "data" / "fresh24" / "raw" / "g33.txt").read_text("utf-8")
    code = "11330723736009120E"
    got = identity_of(raw)
    assert (got["region"], got["province"], got["admin_level"]) == ("白洋街道", "浙江省", "township")
    text, log = normalize_text(raw)
    assert code not in text and code in log["crawler_header"]["索引号"]
    assert locate("白洋街道", [], text, 2009, code).code.startswith("330723")  # the one 白洋街道 of 武义县
    assert locate("白洋街道", [], text, 2009).province is None  # the text alone names no province

    def registered_in(area: str) -> str:
        body = "11" + area + code[8:17]
        return body + uscc.calc_check_digit(body)

    # The code decides: registered in 高青县 (山东省), the page's organ is 山东's …
    assert identity_of(raw.replace(code, registered_in("370322")))["province"] == "山东省"
    # … and a string of its shape whose check character is wrong, or registered by the central organs (100000), or
    # by no division the gazetteer knows, is no such code.
    assert identity_of(raw.replace(code, code[:-1] + "F"))["province"] is None
    assert identity_of(raw.replace(code, registered_in("100000")))["province"] is None
    assert identity_of(raw.replace(code, registered_in("990101")))["province"] is None
    # A place the text names where the organ sits agrees; two codes of different provinces say nothing.
    assert identity_of(raw + f"\n附:{registered_in('370322')}")["province"] is None


def test_province_from_the_contact_postcode_s_postal_zone() -> None:
    # fresh4 i11: 三溪乡 (70 namesakes) names only 县; its enquiry line has no area code, its postcode 321404 lies in
    # 浙江's zone (31–32). wide n06: 西安区 (吉林's 辽源 and 黑龙江's 牡丹江 have one), postcode 136200 in 吉林's zone.
    text = "如对本报告有任何疑问,请与三溪乡党政办联系(地址:三溪乡三溪村后吴自然村,邮编:321404,电话:3580013)。"
    assert locate("三溪乡", [], text, 2018).province == "浙江省"
    assert locate("三溪乡", [], text.replace("321404", "421404"), 2018).province == "湖南省"
    assert locate("三溪乡", [], text.replace("邮编:321404,", ""), 2018).province is None
    text = "请咨询西安区政务公开办公室(地址:人民大街1077号,邮编:136200,电话:15043775200)"
    assert locate("西安区", [], text, 2010).province == "吉林省"
    assert locate("西安区", [], text.replace("邮编:136200,", ""), 2010).province is None
    # A zone shared across a border says nothing: 137400 is 兴安盟's (内蒙古) beside 白城's 137000 (吉林) (fresh23 f22).
    assert locate(None, [], "(邮编:137400)", 2020).province is None
    # The places the text names come first (a postcode's zone is the last resort).
    assert locate(None, [], "广州市天河区…邮编:321404", 2020).province == "广东省"


def test_a_zone_named_after_a_township_that_shares_a_county_s_name_is_where_its_phone_rings() -> None:
    # fresh37 v11: 大渡口经开区 lies by 东至县大渡口镇 (池州, 0566), not in 重庆's 大渡口区; with no phone, the county
    # its address names (东至县) tells it; with nothing but its name, a district's namesake, no province (it was read
    # as 重庆's).
    text = "如对本报告有任何疑问,请与大渡口经开区政务公开办公室联系(地址:东至县大渡口镇新康花园综合楼a座3楼,电话:0566-5296166)。"
    assert locate("大渡口经济开发区", [], text, 2022).province == "安徽省"
    assert locate("大渡口经济开发区", [], text.replace(",电话:0566-5296166", ""), 2022).province == "安徽省"
    assert locate("大渡口经济开发区", [], "请与大渡口经开区政务公开办公室联系。", 2022).province is None
    assert (
        locate("大渡口经济开发区", [], "按照重庆市政务公开工作要点,请与大渡口经开区联系。", 2022).province == "重庆市"
    )


@pytest.mark.parametrize(
    ("line", "phone"),
    [
        ("请与五原县复兴镇人民政府办公室联系(邮编:015100,电话(传真):0478-7927563)", "0478-7927563"),  # fresh37 v08
        ("请与海棠新城开发区管理委员会办公室联系(地址:重庆市大足区广电大夏16楼;联系方式:023-43785018)", "023-43785018"),
        ("请与办公室联系(传真:0478-7927563)", None),  # a fax line alone is no phone
    ],
)
def test_the_contact_phone_under_its_labels(line: str, phone: str | None) -> None:
    from tasks.identity import contacts

    assert contacts.contacts(line).get("contact_phone") == phone


@pytest.mark.parametrize(
    ("line", "address"),
    [
        # up to the next contact's label, a space between them or none (fresh40 o05)
        ("请与机关事务管理局办公室联系(地址:宝鸡市行政中心一号楼二楼 电话:3261388)。", "宝鸡市行政中心一号楼二楼"),
        ("请与办公室联系(地址:尚志市帽儿山镇新兴街1号邮编:150631)。", "尚志市帽儿山镇新兴街1号"),
        ("请与高平市人民政府办公室信息科联系(地址:高平市长平西街46号)。", "高平市长平西街46号"),
        # a web page's address is the website, never where to write (fresh43 ac23, fresh33 a25)
        (
            "福州市晋安区人民政府办公室提供本报告的电子版下载(福州市晋安区人民政府门户网站地址:http://www.fzja.gov.cn/)。",
            None,
        ),
        ("一是江永县人民政府网站,链接地址:http://www.jiangyong.gov.cn/;二是微信公众号", None),
        (
            "门户网站地址:www.fzja.gov.cn。请与办公室联系(地址:福州市晋安区岳峰镇竹屿路6号)。",
            "福州市晋安区岳峰镇竹屿路6号",
        ),
    ],
)
def test_the_contact_address_stops_at_the_next_label(line: str, address: str | None) -> None:
    from tasks.identity import contacts

    text, _ = normalize_text(line)
    assert contacts.contacts(text).get("contact_address") == address


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("认真编制了", None),
        ("川主乡编制的", "川主乡"),
        ("现向社会公布", None),
        ("特向社会公布螺洋街道", "螺洋街道"),
        ("现将我局", None),
        ("本单位", None),
        ("委农办（县农业局）", None),  # corpus d18: a mirror replaced the place before it
        ("和规划局", None),
        ("市区", None),
        ("区政府办公室", None),  # a level word names the writer's own place
        ("市政府办公厅", None),
        ("北京市东城区", "东城区"),  # a county without its parents, as a township
        # a department below the province without it, but with its city before its district (fresh5 j28, fresh9
        # n22, fresh13 s36: as the reports name them), a municipality being its city (fresh13 s01, fresh14 u01,
        # fresh15 v03)
        ("枣庄市市中区财政局", "枣庄市市中区财政局"),
        ("河北省沧州市气象局", "沧州市气象局"),
        ("北京市东城区建设委员会", "北京市东城区建设委员会"),
        ("天津市红桥区人民政府政务服务办公室", "天津市红桥区人民政府政务服务办公室"),
        ("宣武区政府大栅栏街道办事处", "大栅栏街道"),  # fresh14 u15: the district's 政府 before its street office
        (")将我镇", None),  # fresh13 s18: a mirror's pinyin residue before 我镇; a bracket never opens a name
        ("县(农业局", None),
        ("镇江市", "镇江市"),  # places that open with a level word stay
        ("市中区", "市中区"),
        ("本溪市", "本溪市"),  # places that open with a pronoun-like character stay
        ("全椒县财政局", "全椒县财政局"),
        ("向阳区", "向阳区"),
        ("将乐县", "将乐县"),
        # a zone named after its city's short name, which opens with a pronoun-like character (贵, your): fresh36 s09's
        # 现公布贵阳国家高新区管理委员会2023年…报告 — but no pronoun's phrase that only ends like a body
        ("现公布贵阳国家高新区管理委员会", "贵阳国家高新区"),
        ("全州各部门", None),
        ("坪山区委(区政府)办公室", "坪山区委(区政府)办公室"),
        ("平潭综合实验区管委会", "平潭综合实验区"),
        # a zone's committee's office publishing stands for the zone (fresh37 v10); a city's committee's office stays
        ("泉州市鲤城高新技术产业开发区管理委员会办公室", "泉州市鲤城高新技术产业开发区"),
        ("上海市宝山区建设和管理委员会办公室", "上海市宝山区建设和管理委员会办公室"),
        ("美高梅娱乐城办公厅", None),  # a hijacked mirror's spam in place of the body's name
        ("威尼斯人娱乐场人民政府", None),
        ("湖南省体育彩票管理中心", "湖南省体育彩票管理中心"),  # a real body, whatever the spam words
        ("国家体育总局棋牌运动管理中心", "国家体育总局棋牌运动管理中心"),
    ],
)
def test_a_region_is_a_place_or_body_name(raw: str, expected: str | None) -> None:
    assert clean_region(raw)[0] == expected


@pytest.mark.parametrize(
    ("region", "level"),
    [
        ("北山街道", "township"),
        ("佳荣里街", "township"),
        ("宿城街道办", "township"),
        ("龙塘乡", "township"),
        ("平潭综合实验区金井片区管理局", "township"),  # corpus d09
        ("鞍山市财政局", "department"),
        ("武陟县卫生健康委员会", "department"),
        ("平度市政府办公室", "department"),
        ("永嘉县委农办（县农业局）", "department"),
        ("乐山市人民政府法制办公室", "department"),
        ("武陟县", "county"),
        ("南京市鼓楼区", "county"),
        ("鄂托克旗", "county"),
        ("楚雄市", "county"),
        ("昭通市", "prefecture"),
        ("楚雄彝族自治州", "prefecture"),
        ("阿拉善盟", "prefecture"),
        ("大兴安岭地区", "prefecture"),
        ("云南省", "province"),
        ("上海市", "province"),
        ("广西壮族自治区", "province"),
    ],
)
def test_level_from_the_name(region: str, level: str) -> None:
    assert admin_level_of(region) == level


# --- the gazetteer ----------------------------------------------------------------------------------------------------


def test_gazetteer_holds_every_township_under_a_known_county() -> None:
    towns = gazetteer.townships()
    assert sum(len(codes) for codes in towns.values()) > 38000
    counties = set(gazetteer.current_names())
    codes = [c for cs in towns.values() for c in cs]
    assert all(len(c) == 9 and c.isdigit() for c in codes)
    assert sum(c[:6] in counties for c in codes) / len(codes) > 0.99


@pytest.mark.parametrize(
    ("name", "year", "codes"),
    [
        ("长乐市", 2015, {"350112"}),  # 撤市设区 2017
        ("沙县", 2019, {"350405"}),  # 撤县设区 2021
        ("东乡县", 2015, {"361003"}),  # 江西: 撤县设区 2016
        ("东乡县", 2021, set()),  # after 2016 a 东乡县 is 甘肃's 东乡族自治县, which the gazetteer calls so
        ("江干区", 2019, {"330104"}),  # merged into 上城区 in 2021: not the same body, keeps its own code
        ("平潭综合实验区", 2023, {"350128"}),  # places.tsv
    ],
)
def test_retired_names_lead_to_their_successor_only_when_one_body_goes_on(name: str, year: int, codes: set) -> None:
    assert gazetteer.lookup(name, year) == codes


# --- body_id -------------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def corpus_identities() -> dict[str, dict]:
    out = {}
    for path in sorted(CORPUS_RAW.glob("d*.txt")):
        text, log = normalize_text(decode(path.read_bytes()).text)
        out[path.stem] = extract_identity(text, log.get("crawler_header"))
    return out


def test_pingtan_region_wide_reports_share_one_body_id(corpus_identities: dict[str, dict]) -> None:
    # 平潭县 (2012) and 平潭综合实验区 (2011–2025): one government, one id
    ids = {stem: corpus_identities[stem]["body_id"] for stem in ("d03", "d04", "d05", "d06", "d07", "d13", "d14")}
    assert set(ids.values()) == {"350128"}, ids


def test_pingtan_departments_each_keep_their_own_body_id_across_years(corpus_identities: dict[str, dict]) -> None:
    ids = {stem: corpus_identities[stem]["body_id"] for stem in ("d01", "d02", "d08", "d09", "d10", "d11", "d12")}
    assert ids["d01"] == ids["d08"] == ids["d11"] == "350128:财政金融局"  # 财政局 2009 → 财政金融局 2019, 2021
    assert ids["d02"] == ids["d12"] == "350128:公安局"  # 平潭县公安局 2009, 平潭综合实验区公安局 2022
    assert len({ids["d01"], ids["d02"], ids["d09"], ids["d10"]}) == 4
    assert "350128" not in ids.values()


def test_body_id_is_none_unless_the_place_is_certain() -> None:
    assert body_id("朝阳乡", None, "township", "全年主动公开政府信息12条。") is None  # four 朝阳乡
    assert body_id("朝阳乡", "四川省", "township", "全年主动公开政府信息12条。") == "511724204"
    assert body_id("公安局", "福建省", "department") is None  # no place before the department
    assert body_id("鼓楼区", None, "county") is None  # four 鼓楼区
    assert body_id("鼓楼区", "江苏省", "county") is None  # two of them in 江苏 (南京, 徐州)
    assert body_id(None, "江苏省", "county") is None


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("标题:某镇2020年政府信息公开工作年度报告\n发布时间:2021-02-20 浏览次数:\n一、总体情况", dt.date(2021, 2, 20)),
        ("发文机关:某县政府办公室 成文日期:2022年01月27日 发布日期:2022年01月27日\n一、总体情况", dt.date(2022, 1, 27)),
        ("…全文完。\n某某县人民政府\n2020年1月20日\n", dt.date(2020, 1, 20)),
        # a date inside a sentence is no publication date: the period's end, the Regulation's start (fresh17 x26, x17)
        ("报告数据统计期限为2025年1月1日至2025年12月31日。\n一、总体情况\n…", None),
        ("《条例》自2008年5月1日起施行。\n", None),
    ],
)
def test_publish_date_is_the_page_s_field_or_the_signature_s_date(text: str, date: dt.date | None) -> None:
    assert extract_identity(text).get("publish_date") == date


def test_question_marks_that_replaced_an_indent_are_dropped() -> None:
    # fresh17 x26: every line of a mirror opens with '??' (full-width spaces lost to an encoding)
    text, _ = normalize_text("??一、总体情况\n??2025年，辽宁省人民政府办公厅坚持公开为常态。\n问：是否收费??\n")
    assert text.startswith("一、总体情况\n2025年，辽宁省人民政府办公厅")
    assert extract_identity(text)["region"] == "辽宁省人民政府办公厅"


def test_a_place_printed_twice_before_a_department_is_named_once() -> None:
    # fresh18 y15: 由北京市大兴区北京市大兴区发展和改革委员会编制
    assert clean_region("北京市大兴区北京市大兴区发展和改革委员会")[0] == "北京市大兴区发展和改革委员会"


def test_a_development_zone_is_a_body_inside_its_place_not_the_place() -> None:
    # 鞍山高新区's reports are not 鞍山市's: a panel keyed on body_id must not merge them (fresh11 q02, fresh17 x37)
    assert body_id("鞍山高新区", "辽宁省", "county", "", 2020) == "210300:高新区"
    assert body_id("来凤经济开发区", "湖北省", "unknown", "", 2018) == "422827:经济开发区"
    assert body_id("滨海新区", "天津市", "county", "", 2020) == "120116"  # a district the gazetteer holds
    assert body_id("平潭综合实验区", "福建省", "prefecture", "", 2020) == "350128"  # places.tsv: governs 平潭县's area


def test_body_id_folds_one_department_s_spellings() -> None:
    a = body_id("武陟县人民政府办公室", "河南省", "department")
    b = body_id("武陟县政府办公室", "河南省", "department")
    assert a == b == "410823:政府办公室"
    assert body_id("武陟县卫生健康委员会", "河南省", "department") == body_id(
        "武陟县卫生健康委", "河南省", "department"
    )


# --- crafted input: every identity pattern is linear ---------------------------------------------------------------

CRAFTED = {
    "digits": ("'1' * 200_000", {"region": None, "contact_email": None, "contact_phone": None}),
    "letters": ("'a' * 200_000", {"region": None, "contact_email": None, "website": None}),
    "at_signs": ("'@' * 200_000", {"contact_email": None}),
    "nian": ("'年' * 100_000", {"report_year": None, "region": None}),
    "cjk_without_punctuation": ("'政府信息公开工作年度报告认真编制' * 20_000", {"region": None}),
    "place_names_without_punctuation": ("'南京市鼓楼区朝阳乡' * 30_000", {"region": None}),
    "email_local_part_then_dotted_domain": ("'a@' + 'a.' * 100_000", {"contact_email": None}),
    "www_repeated": ("'www.' * 50_000", {"region": None}),
    "spaces_before_a_year": ("'2019' + ' ' * 200_000 + '年'", {"publish_date": None}),
    "dates_on_their_own_lines": ("'武陟县人民政府\\n2019年1月1日\\n' * 15_000", {"region": "武陟县"}),
    "cn_digits": ("'一' * 100_000 + '年'", {"report_year": None}),
}


@pytest.mark.parametrize("name", sorted(CRAFTED))
def test_crafted_input_finishes(name: str) -> None:
    expr, expected = CRAFTED[name]
    code = (
        "import json; from tasks.extract_identity import extract_identity; "
        f"r = extract_identity({expr}); print(json.dumps({{k: r.get(k) for k in {list(expected)!r}}}, default=str))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=20,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout) == expected


def test_body_id_lands_in_the_reports_table(corpus_lake) -> None:
    from pathlib import Path

    from tasks.lake import read_table

    lake, _ = corpus_lake
    reports = read_table(lake, "reports")
    ids = {Path(r["source_file"]).stem: r["body_id"] for r in reports.iter_rows(named=True)}
    assert {ids[s] for s in ("d03", "d04", "d13")} == {"350128"}
    assert ids["d24"] == "120113005"  # 佳荣里街: the gazetteer's 佳荣里街道 of 北辰区, 天津


@pytest.mark.parametrize(
    ("title", "region"),
    [
        (
            "武汉市东湖生态旅游风景区城乡工作办事处2025年政府信息公开工作年度报告",
            "武汉市东湖生态旅游风景区城乡工作办事处",
        ),
        ("某县人民政府扶贫开发工作办公室2020年政府信息公开工作年度报告", "某县人民政府扶贫开发工作办公室"),
        ("秦安县2020年政府信息公开工作年度报告", "秦安县"),
    ],
)
def test_工作_before_an_organ_word_is_part_of_the_name(title: str, region: str) -> None:
    """fresh10 p35: 工作 opens a phrase (…公开工作), but 工作办事处, 工作办公室, 工作委员会 are organs' names."""
    text, _ = normalize_text(f"{title}\n一、总体情况\n全年主动公开政府信息12条。\n")
    identity, _, _ = extract_document("x", text)
    assert identity.get("region") == region


def _year_of(body: str) -> int | None:
    text, _ = normalize_text(body)
    return extract_document("x", text)[0]["report_year"]


def test_the_year_a_report_tells_of_opens_its_sentences() -> None:
    """fresh10 p36: no title; 2022 opens a sentence, 2021 and 2022 stand inside objects (last year's accounts, this
    year's budget) as often: the year that opens a sentence is the report's."""
    body = (
        "一、总体情况：\n（一）主动公开情况。2022年我委共制发公文4476件。推进财政资金信息公开。在网站公布我委2021年部门"
        "决算和2022年度部门预算、2021年度财政支出项目绩效自评结果。\n"
    )
    assert _year_of(body) == 2022
    assert _year_of(body.replace("2022年我委", "我委")) == 2021  # no year opens a sentence: the earlier, as often named


def test_the_line_under_the_overview_heading_tells_the_year() -> None:
    """fresh19 z09: no title; the overview opens with 2024年, and the requests' prose names 2023 (carried over) as
    often: the overview's opening year is the report's."""
    body = (
        "一、总体情况\n2024年，天津市住建委认真贯彻落实《条例》。\n（二）依申请公开\n2024年新收申请1554件，2023年结转132件；"
        "全年办理1503件。\n"
    )
    assert _year_of(body) == 2024
    assert _year_of(body.replace("2024年，天津", "2022年，天津")) == 2022  # the overview's year, whatever the rest says
    # …a blank line between the heading and its paragraph, as a layout converter's empty rows leave it where they
    # stand between two paragraphs (pdfplumber's layout text of z09 typeset)
    spaced = body.replace("一、总体情况\n2024年，", "一、总体情况\n\n2022年，") + "2024年办结率100%。\n"
    assert extract_document("x", spaced)[0]["report_year"] == 2022


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("峨山县", "530426"),
        ("恩施州", "422800"),
        ("黔东南州", "522600"),
        ("莫力达瓦旗", "150722"),
        ("北川县", "510726"),
        # the people written without 族 (fresh29 sweep), or the division named after its people alone (n04)
        ("塔什库尔干县", "653131"),
        ("鄂温克旗", "150724"),
        ("鄂伦春旗", "150723"),
    ],
)
def test_an_autonomous_division_by_the_name_it_goes_by(name: str, code: str) -> None:
    """Running text drops the peoples and 自治 (峨山彝族自治县 is 峨山县, 恩施土家族苗族自治州 恩施州); a retired name of
    the same body may share it (北川县 before 2003), another body's name never."""
    assert gazetteer.lookup(name, 2022) == {code}
    assert gazetteer.common_name("双江拉祜族佤族布朗族傣族自治县") == "双江县"
    assert gazetteer.common_name("峨山县") is None


def test_an_autonomous_division_named_both_ways_is_named_in_full() -> None:
    """fresh29 n04: the title says 鄂温克旗, the contact line 鄂温克族自治旗政务服务局: the report names its body both
    ways, and the full name is the official one; a body named one way only keeps it."""
    text = (
        "现公布鄂温克旗2019年政府信息公开工作年度报告。本报告中所列数据统计期限从2019年1月1日到12月31日止。"
        "如对本年度报告有任何疑问,请与鄂温克族自治旗政务服务局政务公开办公室联系。"
    )
    assert extract_identity(text)["region"] == "鄂温克族自治旗"
    assert extract_identity(text.replace("鄂温克族自治旗政务服务局", "旗政务服务局"))["region"] == "鄂温克旗"


@pytest.mark.parametrize(
    ("text", "region"),
    [
        # fresh29 n05: the overview opens with the year, the body and its 政务信息公开工作
        (
            "一、总体情况\n2022年度桃山区商务局政务信息公开工作依托区政府网站、微信公众号三种信息公开媒介。",
            "桃山区商务局",
        ),
        # fresh29 n24: the body that compiled the report, what it compiled about between
        (
            "本年度报告根据《条例》要求,由安康市统计局围绕2020年度政府信息公开工作情况编制而成。全文包括六部分。",
            "安康市统计局",
        ),
        # fresh31 q38: the government's general office compiled it, 结合 its figures: the government's report
        ("本报告根据《条例》规定,由上饶市广丰区人民政府办公室结合有关统计数据编制。本报告共有六部分。", "广丰区"),
        # fresh31 q35: a 委员会 before the title's year, its compiling sentence naming another year by mistake
        (
            "苏州市发展和改革委员会政府信息公开2010年度报告\n\n根据规定和我委2010年政府信息公开情况,编制本委2011年度"
            "政府信息公开报告,并向社会公开。",
            "苏州市发展和改革委员会",
        ),
    ],
)
def test_the_body_an_opening_names(text: str, region: str) -> None:
    identity = extract_identity(text)
    assert identity["region"] == region
    assert "2011" not in text or identity["report_year"] == 2010


def test_what_a_title_or_an_opening_is_not() -> None:
    """fresh30: a metadata label glued to the title (p24: 名称 双庄街道办事处2023年…); an opening subject that holds a
    preposition is no name (p40: 2020年园艺场通过德安县政府网站共主动公开…); last year's report counted among the year's
    items is no title (p27: …、福州市城乡建设局2021年度政府信息公开工作年度报告1条), the overview's year stands."""
    page = "宿城区双庄街道办事处\n\n政府信息公开\n\n名称 双庄街道办事处2023年政府信息公开工作年度报告\n索引号 014318750/2024-00006\n"
    assert extract_identity(normalize_text(page)[0])["region"] == "双庄街道"
    opening = "一、总体情况\n2020年园艺场通过德安县政府网站共主动公开政府信息105条。\n"
    assert extract_identity(opening)["region"] is None
    items = (
        "一、总体情况\n2022年,我局认真贯彻落实《条例》。\n(一)主动公开方面\n2022年我局在门户网站主动公开政府信息154条。其中,"
        "工作信息公开政府信息126条、福州市城乡建设局2021年度政府信息公开工作年度报告1条。\n"
    )
    assert extract_identity(items)["report_year"] == 2022


def test_a_township_s_province_from_its_county_by_the_name_it_goes_by() -> None:
    """fresh10 → fresh9 n37: 岔河乡's text names only 峨山县人民政府网站 (峨山彝族自治县, 云南)."""
    text = "通过峨山县人民政府网站向社会公布，咨询电话：0877—4311123。"
    assert locate("岔河乡", [], text, 2022).province == "云南省"
    # Without 峨山县 its phone still says where it is: 0877 is 玉溪市, whose one 岔河乡 is 峨山's.
    assert locate("岔河乡", [], text.replace("峨山县", ""), 2022).code == "530426200"
    assert locate("岔河乡", [], text.replace("峨山县", "").replace("0877—4311123", ""), 2022).province is None


def test_the_statistics_period_written_as_dates_gives_the_year() -> None:
    """fresh12 r28: a page that lost every 年 states its period as dates (统计期限自2015-1-1起至2015-12-31止); without
    the period the report has no year and is quarantined whole."""
    body = (
        "本报告由岳阳县民政局编制。本报告中所列数据的统计期限自2015-1-1起至2015-12-31止。\n2015-,我局加强信息公开。\n"
    )
    assert _year_of(body) == 2015
    assert _year_of(body.replace("2015-1-1起至2015-12-31", "年初起至年底")) is None  # '2015-,' alone says nothing


def test_a_sentence_that_brings_the_report_is_no_title() -> None:
    # fresh13 s18: a mirror turned 现 into pinyin residue; 现将我镇…报告如下 names the writer, not a body, and no title
    got = identity_of(
        "2020年，我镇认真编写了《广德市杨滩镇人民政府2020年度政府信息公开工作年度报告（文字版）》。\n"
        "持续推进政务公开和政务服务体系建设？,F(xiàn)将我镇2020年政府政务信息公开工作报告如下：\n1、主动公开情况。\n"
    )
    assert ")" not in (got.get("title") or "") and got["region"] == "杨滩镇"


@pytest.mark.parametrize(
    ("opening", "region", "level"),
    [
        # fresh20 t12: a mirror's spam took the city the compiler's name opened with; what is left is no name
        (
            "本报告是根据《条例》要求,由北京市滚球体育app_188篮球比分-直播|官网:发展和改革委员会编制的2008年度政府信息公开年度报告。",
            None,
            None,
        ),
        (
            "本报告是根据《条例》要求,由北京市发展和改革委员会编制的2008年度政府信息公开年度报告。",
            "北京市发展和改革委员会",
            "department",
        ),
        # fresh33 a07: the spam took the place the name opened with and stands inside what looks like it
        (
            "根据《条例》和省、市有关要求,365体育直播,365体育备用网址自然资源和规划局编制了2021年政府信息公开年度报告。",
            None,
            None,
        ),
        # fresh35 c19: the verb that completes the report ends the phrase before the name
        (
            "一、总体情况\n年初即对全年工作进行谋划部署,确保各项工作落到实处依法按时完成长通街道2025年政府信息公开年度报告。",
            "长通街道",
            "township",
        ),
        # fresh20 t27: a district and its zone report together; the district is the body (as fresh f22's truth)
        ("现公布广州市黄埔区人民政府 广州开发区管委会2022年政府信息公开工作年度报告。", "黄埔区", "county"),
        ("现公布广州市黄埔区人民政府广州开发区管委会2022年政府信息公开工作年度报告。", "黄埔区", "county"),
        # fresh20 t21: 卫生健康委 is how the text runs on; the name it gives in full is the body's
        (
            "2025年,常州市卫生健康委全面贯彻落实《条例》。如对本报告有任何疑问,请与常州市卫生健康委员会办公室联系。",
            "常州市卫生健康委员会",
            "department",
        ),
        # fresh21 c12: the report's own title in book-title marks after 编制
        (
            "根据《条例》的法定要求,本机关编制《临沂市国防动员办公室2023年政府信息公开工作年度报告》。",
            "临沂市国防动员办公室",
            "department",
        ),
        # fresh21 c29: 工作 before 局 ends the name, as 工作 before 办公室 does
        (
            "资阳市同城化发展工作局2022年政府信息公开工作年度报告(以下简称年报)是根据《条例》编制。",
            "资阳市同城化发展工作局",
            "department",
        ),
    ],
    ids=["spam", "no-spam", "spam-inside", "completed", "twins-spaced", "twins", "wei", "own-title", "work-bureau"],
)
def test_what_is_left_of_a_name_is_no_name_and_two_bodies_are_the_first(
    opening: str, region: str | None, level: str | None
) -> None:
    got = identity_of(opening + "\n一、总体情况\n")
    assert (got.get("region"), got.get("admin_level")) == (region, level)


def test_a_place_in_a_title_a_national_document_forwards_is_not_the_report_s() -> None:
    """fresh21 c23: the national office's letter forwarding 江苏省's rules names 江苏; the report is 十堰's."""
    forwarded = (
        "2024年,中心认真学习《国务院办公厅政府信息与政务公开办公室关于转发〈江苏省政府信息公开申请办理答复规范〉"
        "的函》,规范答复。"
    )
    own = "2024年,中心认真学习《江苏省政府信息公开规定》,规范答复。"
    assert identity_of("一、总体情况\n" + forwarded)["province"] is None
    assert identity_of("一、总体情况\n" + own)["province"] == "江苏省"


def test_province_named_alone_settles_a_name_several_provinces_bear() -> None:
    # fresh21 c02: 河东区 is in 天津 and in 临沂 (山东); the report names 天津 only in a phrase, never as a place
    text = "河东区2024年政府信息公开工作年度报告\n深入贯彻习近平总书记对天津工作的一系列重要指示精神,"
    assert identity_of(text)["province"] == "天津市"
    assert identity_of(text.replace("天津工作", "天津港工作"))["province"] is None  # 天津港 is a port, not the city
    assert identity_of(text + "赴山东学习。")["province"] is None  # two provinces named: no answer
    # fresh8 m06: the one 杨村街道 of the gazetteer lies in 天津, the one province the text names
    assert locate("杨村街道", [], "杨村街道深入贯彻落实习近平总书记对天津工作重要要求", 2023).province == "天津市"
    assert locate("杨村街道", [], "杨村街道深入贯彻落实重要要求", 2023).province is None


def test_a_township_s_kind_written_twice_is_a_slip_where_it_is_named_once() -> None:
    """fresh32 r02: 由彭浦镇镇人民政府编制, while the contact line says 彭浦镇人民政府; a town whose name holds the
    word (壶镇镇) goes by its short name, but its government never does."""
    text = (
        "本年度报告由彭浦镇镇人民政府编制。报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。"
        "如有疑问,请联系静安区彭浦镇人民政府。"
    )
    assert extract_identity(text)["region"] == "彭浦镇"
    assert extract_identity(text.replace("静安区彭浦镇人民政府", "我镇"))["region"] == "彭浦镇镇"
    town = "本年度报告由壶镇镇人民政府编制。2013年壶镇发布了大量的政府信息。"  # fresh20 t37: a town named 壶镇
    assert extract_identity(town)["region"] == "壶镇镇"


def test_a_sites_browser_notice_over_the_title_is_no_spam() -> None:
    """fresh20 t31 as its page prints (an office PDF of it lost the source line under the title): the site's notice
    '…跳转到相关浏览器的官方网站下载页面）。' stands on the line above the title; 官方网站 is spam only where it ran
    into the name, on its line. The title was passed over, and the abbreviation the opening defines taken."""
    text = (
        "尊敬的用户，您好！\n网站不支持您所使用的浏览器版本（可能会出现网页变形等问题）。为了更好地展示页面效果，请您使用"
        "以下浏览器（点击图标会跳转到相关浏览器的官方网站下载页面）。\n四川省地方志工作办公室2021年度政府信息公开工作年度报告\n"
        "【字体：\n本年度报告由四川省地方志工作办公室（以下简称省地方志办）根据《中华人民共和国政府信息公开条例》要求编制而成。\n"
    )
    got = identity_of(text)
    assert (got["region"], got["province"]) == ("四川省地方志工作办公室", "四川省")


def test_a_title_cut_inside_its_body_s_word_is_read_whole() -> None:
    """fresh39 x10 as a Word file through pdfminer.six: the page's 名称 cell breaks the title inside 办事处
    ('名称：山海关区南关街道办' / '事处 2024 年政府信息公开'), the title whole below it. '事处' is the tail of a word,
    no body (it was taken for the region, a department's)."""
    text = (
        "主题分类：其他\n\n发布机构：南关街道办事处\n\n索引号：shg35/2025-\n693\n发文日期：2025-01-10\n"
        "名称：山海关区南关街道办\n事处 2024 年政府信息公开\n工作年度报告\n山海关区南关街道办事处 2024 年政府信息公开工作年\n"
        "度报告\n\n2024 年，我街道认真贯彻落实省、市、区关于政府信息公开的决策部署，扎实推进\n"
        "政府信息公开各项工作，不断提升政府信息公开的质量和实效，切实保障人民群众的知情\n"
        "权、参与权、表达权和监督权。现将本年度政府信息公开工作情况总结如下：\n"
    )
    got = identity_of(text)
    assert (got["region"], got["admin_level"], got["report_year"]) == ("南关街道", "township", 2024)
    assert got["title"] == "山海关区南关街道办事处2024年政府信息公开工作年度报告"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a county-level city names its towns right below it (fresh51 ak27: 市直各部門…鎮(區))
        ("我市主动公开政府信息2367条，市直各部门3666条，镇（区）2064条。我市依申请公开……", "county"),
        ("我市各镇、街道均设立查阅点。我市全年受理申请12件。", "county"),
        # a prefecture names its counties and districts, and its towns as well
        ("我市各县（市、区）主动公开……各乡镇（街道）设立查阅点。我市全年受理申请12件。", "prefecture"),
        ("我市主动公开政府信息2367条。我市全年受理申请12件。", "prefecture"),
    ],
)
def test_a_city_s_level_by_what_lies_right_below_it(text: str, level: str) -> None:
    from tasks.identity.names import level_from_self_reference

    assert level_from_self_reference(text) == level


@pytest.mark.parametrize(
    ("opening", "year"),
    [
        # signed in the first quarter, no other year in the opening: the report on the year before (fresh19 z14)
        ("上海市杨浦区人民政府\n2009年3月1日\n引言\n本年度报告由区政府办公室编制。\n一、概述\n", 2008),
        # a signing date later in the year says nothing of the year covered
        ("上海市杨浦区人民政府\n2009年7月1日\n引言\n本年度报告由区政府办公室编制。\n一、概述\n", None),
        # a year the opening tells of is the year, whatever the date it was signed on
        ("上海市杨浦区人民政府\n2009年3月1日\n引言\n2008年，我区政府信息公开工作稳步推进。\n", 2008),
    ],
)
def test_the_year_a_report_signed_early_in_the_next_covers(opening: str, year: int | None) -> None:
    from tasks.extract_identity import fallback_year

    text, _ = normalize_text(opening + "全年主动公开政府信息120条。\n")
    assert fallback_year(text) == year


@pytest.mark.parametrize(
    ("page", "year"),
    [
        # the page's publication field above a report that never names its year: the year before (it read 2022)
        ("某某镇人民政府\n发布日期：2022年01月27日\n一、总体情况\n", 2021),
        ("某某镇人民政府\n发布时间:2022-01-27 10:00\n一、总体情况\n", 2021),
        # the field in a metadata line normalizing drops as page furniture: kept in the header, read from there
        ("来源：某某县人民政府 发布时间：2022-02-27 字体：[大 中 小]\n一、总体情况\n", 2021),
        # a crawler's header block
        ("标题：某某县政府信息公开工作年度报告\n发布时间：2022-03-30\n==== 正文 ====\n一、总体情况\n", 2021),
        # published after the first quarter: no year certain (a late report, or the day a site moved its pages)
        ("来源：某某县人民政府 发布时间：2022-06-27 字体：[大 中 小]\n一、总体情况\n", None),
        # a year the report tells of is its year, whenever it was published
        ("来源：某某县人民政府 发布时间：2022-02-27 字体：[大 中 小]\n一、总体情况\n2020年，", 2020),
    ],
)
def test_the_year_of_a_year_less_page_by_the_day_it_was_published(page: str, year: int | None) -> None:
    text, log = normalize_text(page + "我局主动公开政府信息35条。\n")
    identity = extract_document("x", text, log.get("crawler_header"))[0]
    assert identity.get("report_year") == year
    assert identity["publish_date"].month in (1, 2, 3, 6)  # the date itself is kept either way
