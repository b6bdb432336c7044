"""The fresh corpora (tests/data/fresh, fresh2 … fresh53: 5–40 real reports each, 2008–2025, each scored once before any rule was
written for it) through the real flow: floors per era over every field, and the few wrong fields named."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import load_truth
from scoring import score

DATA = Path(__file__).parent / "data"
CORPORA = (
    "fresh",
    "fresh2",
    "fresh3",
    "fresh4",
    "fresh5",
    "fresh6",
    "fresh7",
    "fresh8",
    "fresh9",
    "fresh10",
    "fresh11",
    "fresh12",
    "fresh13",
    "fresh14",
    "fresh15",
    "fresh16",
    "fresh17",
    "fresh18",
    "fresh19",
    "fresh20",
    "fresh21",
    "fresh22",
    "fresh23",
    "fresh24",
    "fresh25",
    "fresh26",
    "fresh27",
    "fresh28",
    "fresh29",
    "fresh30",
    "fresh31",
    "fresh32",
    "fresh33",
    "fresh34",
    "fresh35",
    "fresh36",
    "fresh37",
    "fresh38",
    "fresh39",
    "fresh40",
    "fresh41",
    "fresh42",
    "fresh43",
    "fresh44",
    "fresh45",
    "fresh46",
    "fresh47",
    "fresh48",
    "fresh49",
    "fresh50",
    "fresh51",
    "fresh52",
    "fresh53",
)
TRUTH = {name: load_truth(DATA / name / "truth") for name in CORPORA}

# Measured at this commit over identity and metrics together (before the changes each prompted, in its SOURCES.md):
# fresh: narrative era 0.907 (107/118; before 0.790), template era 0.975 (276/283; before 0.926);
# fresh2: narrative era 0.918 (78/85; before 0.882), template era 0.924 (242/262; before 0.802);
# fresh3: narrative era 0.915 (65/71; before 0.845), template era 0.945 (447/473; before 0.875);
# fresh4: narrative era 0.925 (111/120; before 0.833), template era 0.978 (353/361; before 0.856);
# fresh5: narrative era 0.952 (60/63; before 0.889), template era 0.974 (492/505; before 0.869);
# fresh6: narrative era 0.902 (46/51; before 0.882), template era 0.967 (411/425; before 0.873);
# fresh7: narrative era 0.909 (40/44; before 0.795), template era 0.851 (383/450; before 0.767; 45 of the misses are
# l17's, quarantined for want of a year);
# fresh8: narrative era 1.000 (28/28; before 0.897), template era 0.952 (395/415; before 0.872);
# fresh9: narrative era 0.857 (24/28; before 0.821), template era 0.952 (514/540; before 0.867);
# fresh10: template era 0.949 (501/528; before 0.871; no narrative-era report);
# fresh11: narrative era 0.915 (43/47; before 0.851), template era 0.939 (336/358; before 0.844);
# fresh12: narrative era 0.984 (63/64; before 0.797), template era 0.968 (271/280; before 0.925);
# fresh13: narrative era 0.983 (172/175; before 0.920), template era 0.953 (143/150; before 0.887);
# fresh14: narrative era 1.000 (15/15; before 0.933), template era 0.966 (602/623; before 0.870, with u23, a held-back
# report removed in session 27);
# fresh15: narrative era 0.968 (60/62; before 0.935), template era 0.968 (335/346; before 0.855);
# fresh16: narrative era 0.964 (54/56; before 0.875), template era 0.941 (225/239; before 0.908);
# fresh17: narrative era 0.932 (55/59; before 0.847), template era 0.915 (312/341; before 0.827);
# fresh18: narrative era 0.889 (32/36; before 0.889), template era 0.899 (286/318; before 0.814);
# fresh19: narrative era 0.871 (121/139; before 0.842), template era 0.753 (204/271; before 0.693 with the helpers'
# URL-inferred years, 0.701 without: 34 of the misses are z31's, z37's and z40's, quarantined for want of a year);
# fresh20: narrative era 0.912 (114/125; before 0.912), template era 0.915 (260/284; before 0.873);
# fresh21: narrative era 0.852 (52/61; before 0.852), template era 0.921 (292/317; before 0.874);
# fresh22: narrative era 0.773 (17/22; before 0.682), template era 0.941 (257/273; before 0.886);
# fresh23: narrative era 0.949 (74/78; before 0.910), template era 0.946 (369/390; before 0.908);
# fresh24: narrative era 0.933 (83/89; before 0.865), template era 0.924 (363/393; before 0.896);
# fresh25: narrative era 0.949 (56/59; before 0.932), template era 0.930 (240/258; before 0.868);
# fresh26: narrative era 0.952 (79/83; before 0.795), template era 0.947 (232/245; before 0.902);
# fresh27: narrative era 0.925 (86/93; before 0.892), template era 0.971 (233/240; before 0.929);
# fresh28: narrative era 0.962 (100/104; before 0.942), template era 0.940 (236/251; before 0.932);
# fresh29: narrative era 0.968 (61/63; before 0.968), template era 0.954 (291/305; before 0.902);
# fresh30: narrative era 0.951 (58/61; before 0.885), template era 0.914 (352/385; before 0.891);
# fresh31: narrative era 0.800 (20/25; before 0.720), template era 0.912 (320/351; before 0.872);
# fresh32: narrative era 0.895 (17/19; before 0.895), template era 0.931 (363/390; before 0.885);
# fresh33: template era 0.921 (278/302; before 0.904);
# fresh34: template era 0.932 (469/503; before 0.918);
# fresh35: template era 0.901 (364/404; before 0.881);
# fresh36: template era 0.943 (493/523; before 0.908);
# fresh37: narrative era 0.857 (6/7; before 0.571), template era 0.931 (380/408; before 0.895);
# fresh38: template era 0.921 (362/393; before 0.891);
# fresh39: template era 0.952 (376/395; before 0.927);
# fresh40: template era 0.939 (554/590; before 0.883);
# fresh41: template era 0.886 (398/449; before 0.844; aa37 names no year, so the flow quarantines its 22 cells);
# fresh42: template era 0.950 (479/504; before 0.937);
# fresh43: template era 0.908 (335/369; before 0.881);
# fresh44: narrative era 0.944 (51/54; before 0.907), template era 0.934 (455/487; before 0.862);
# fresh45: template era 0.914 (235/257; before 0.895);
# fresh46: template era 0.876 (283/323; before 0.830);
# fresh47: template era 0.966 (286/296; before 0.939);
# fresh48: template era 0.907 (195/215; before 0.884);
# fresh49: narrative era 0.816 (62/76; before 0.789), template era 0.924 (242/262; before 0.908);
# fresh50: narrative era 1.0 (9/9; before 1.0), template era 0.924 (220/238; before 0.903);
# fresh51: template era 0.949 (280/295; before 0.925); its one free-text report (ak27) names no year, so the flow
# quarantines it whole (its 7 values unscored here);
# fresh52: narrative era 0.846 (66/78; before 0.808), template era 0.989 (89/90; before 0.989);
# fresh53 (5 reports: the stored pages are used up): narrative era 0.941 (16/17; before 0.941), template era 0.921
# (35/38; before 0.763).
# The floors leave a margin of about three fields a line.
FLOORS = {
    ("fresh", "narrative"): 0.85,
    ("fresh", "template"): 0.95,
    ("fresh2", "narrative"): 0.88,
    ("fresh2", "template"): 0.87,
    ("fresh3", "narrative"): 0.83,
    ("fresh3", "template"): 0.90,
    ("fresh4", "narrative"): 0.85,
    ("fresh4", "template"): 0.94,
    ("fresh5", "narrative"): 0.90,
    ("fresh5", "template"): 0.93,
    ("fresh6", "narrative"): 0.82,
    ("fresh6", "template"): 0.92,
    ("fresh7", "narrative"): 0.81,
    ("fresh7", "template"): 0.94,
    ("fresh8", "narrative"): 0.89,
    ("fresh8", "template"): 0.89,
    ("fresh9", "narrative"): 0.75,
    ("fresh9", "template"): 0.90,
    ("fresh10", "template"): 0.93,
    ("fresh11", "narrative"): 0.80,
    ("fresh11", "template"): 0.89,
    ("fresh12", "narrative"): 0.87,
    ("fresh12", "template"): 0.93,
    ("fresh13", "narrative"): 0.95,
    ("fresh13", "template"): 0.92,
    ("fresh14", "narrative"): 0.80,
    ("fresh14", "template"): 0.93,
    ("fresh15", "narrative"): 0.90,
    ("fresh15", "template"): 0.95,
    ("fresh16", "narrative"): 0.91,
    ("fresh16", "template"): 0.92,
    ("fresh17", "narrative"): 0.88,
    ("fresh17", "template"): 0.88,
    ("fresh18", "narrative"): 0.80,
    ("fresh18", "template"): 0.86,
    ("fresh19", "narrative"): 0.82,
    ("fresh19", "template"): 0.88,
    ("fresh20", "narrative"): 0.88,
    ("fresh20", "template"): 0.90,
    ("fresh21", "narrative"): 0.80,
    ("fresh21", "template"): 0.90,
    ("fresh22", "narrative"): 0.59,
    ("fresh22", "template"): 0.93,
    ("fresh23", "narrative"): 0.92,
    ("fresh23", "template"): 0.93,
    ("fresh24", "narrative"): 0.89,
    ("fresh24", "template"): 0.90,
    ("fresh25", "narrative"): 0.89,
    ("fresh25", "template"): 0.91,
    ("fresh26", "narrative"): 0.90,
    ("fresh26", "template"): 0.91,
    ("fresh27", "narrative"): 0.89,
    ("fresh27", "template"): 0.94,
    ("fresh28", "narrative"): 0.93,
    ("fresh28", "template"): 0.92,
    ("fresh29", "narrative"): 0.92,
    ("fresh29", "template"): 0.94,
    ("fresh30", "narrative"): 0.90,
    ("fresh30", "template"): 0.90,
    ("fresh31", "narrative"): 0.72,
    ("fresh31", "template"): 0.87,
    ("fresh32", "narrative"): 0.78,
    ("fresh32", "template"): 0.92,
    ("fresh33", "template"): 0.90,
    ("fresh34", "template"): 0.92,
    ("fresh35", "template"): 0.88,
    ("fresh36", "template"): 0.93,
    ("fresh37", "narrative"): 0.71,
    ("fresh37", "template"): 0.92,
    ("fresh38", "template"): 0.91,
    ("fresh39", "template"): 0.94,
    ("fresh40", "template"): 0.93,
    ("fresh41", "template"): 0.93,
    ("fresh42", "template"): 0.94,
    ("fresh43", "template"): 0.90,
    ("fresh44", "narrative"): 0.88,
    ("fresh44", "template"): 0.92,
    ("fresh45", "template"): 0.90,
    ("fresh46", "template"): 0.86,
    ("fresh47", "template"): 0.95,
    ("fresh48", "template"): 0.89,
    ("fresh49", "narrative"): 0.77,
    ("fresh49", "template"): 0.91,
    ("fresh50", "narrative"): 0.66,
    ("fresh50", "template"): 0.91,
    ("fresh51", "template"): 0.93,
    ("fresh52", "narrative"): 0.80,
    ("fresh52", "template"): 0.95,
    ("fresh53", "narrative"): 0.76,
    ("fresh53", "template"): 0.84,
}
# Wrong fields the truth notes discuss as judgement calls; one more fails.
# fresh: f02's region and level (a city's title over its general office's work).
# fresh2: g16's 截至2021年底…80条 (a template-era figure up to the year's end, landed by design), g25's 140余条 (landed
# with its qualifier at_least), g26's empty 行政许可 row (landed as blank, no number), g28's 7件结转下年度继续办理
# (table 三's carried-forward total said in words, landed in a template-era report as fresh15's to fresh20's truths
# read such sentences; g28's truth, as fresh14 u14's, reads no prose as a table cell).
# fresh4: i03's 主动公开政务信息160条 beside 通过网站主动公开政府信息15件 (read as the total; the truth reads 政务信息 as
# news items here, while fresh3 h02's 主动公开政务信息共217条 is the total).
# fresh6, by its traps (the shared scorer counts none of them but k22's): k02's 480余条 and k09's 150余条 (landed as
# at_least, as metrics.md says), k12's 发布规范性文件2件 (on an internal OA system), k15's 召开(参加)新闻发布会2次, k21's
# empty 规章 cell (landed as blank), k28's 规范性文件3件 (in two gazette issues), k22's region and level (the overview
# opens with the county office's sentence; every figure is the township's).
# fresh7, by its traps: l12's 60余条 (at_least, as metrics.md says), l15's table-三 row printed empty (landed as blank).
# fresh8, by its traps: m04's 规章 row printed '/ / /' and its 予以公开 row printed empty (landed as blank, as metrics.md
# says of a cell printed empty or '/'), m28's 3.5萬條 (landed as 35000, exact as 1.2万条 is; the truth calls it rounded).
# fresh9, by its traps: n08's 发布各类信息18000余条 (at_least, as metrics.md says), n10's 主动公开…209条次 over the
# body's two websites (landed as its website figure), n21's 浙江气象局政务网公开118条 (the 20 on the portal read as a
# part, after 其中在浙江气象局…) and n17's level (a 综保区管理委员会 landed as a department, the truth calls the zone a
# county).
# fresh4 also: i15's 全年累计…解读文件3个 (the year's 累计, landed as the year's figure as fresh11 q21's and fresh17
# x28's are), i12's 答复政府信息公开申请1件 (landed as the requests closed, as fresh9 n04 and fresh10 p16 read it; the
# truth leaves it out).
# fresh10, by its traps: p06's 截至2019年12月30日…主动公开143条 (up to a date a day before the year's end), p23's 950余条
# and its zone's name and level (陕西省西咸新区沣西新城管理委员会 landed as a department; the truth drops 陕西省 and calls
# the zone a county), p35's 武汉市东湖生态旅游风景区城乡工作办事处 (the truth drops 武汉市 and calls the office a township).
# fresh9 also: n15's 县政府网站累计发布各类政务信息10300条 (a county government office's portal figure for 2024, landed
# as its website's; the truth leaves 累计 out).
# fresh11, by its traps: q21's 累计主动公开政府信息10条 and q32's 全年累计主动公开各类信息8条 (the year's 累计, landed as
# the year's total), q32's 网上申请20件 (over the new and the carried-over requests), and three names the truth takes
# from the site rather than the text or names otherwise: q25's 县退役军人事务局 (始兴县 from the site), q30's
# 临潼区人民政府办公室 (the truth keeps 西安市), q04's 大余县吉村镇人民政府办公室 (the truth drops 大余县).
# fresh12, by its traps: r04's 规章 row printed '- - -' (landed blank, as metrics.md says), r29's 12190余条 (at_least),
# r01's and r11's 累计 figures of the year, r09's 主动公开政府信息11条 (one of a list of categories), r13's 主动公开242项
# and 部分公开2项 (decisions counted as items; the prose restating a table-三 cell), r06's 自《条例》施行以来…未收取任何
# 费用 (landed as the year's zero fee), r28's 近2.4万条 (landed as approx, as metrics.md says).
# fresh12 also: r09's 已答复15件 (landed as the requests closed, as fresh4 i23 and fresh13 s37 read 已答复 after the
# requests; its truth leaves it out).
# fresh13, by its traps: s28's 大涌镇政府办公室 (as the text names it; the truth takes the page's URL), s25's 规章 cells
# printed '104' (one digit a cell, the only cut into three numbers), its 办理依申请公开46件 (landed as the requests, as
# seed 002's 办理) and its title's 市政府办公室 (how the report names itself, as fresh8 m03's 区发改局).
# fresh14, by its traps: u03's 规章 and
# 规范性文件 现行有效 cells printed empty (landed blank, as metrics.md says), u08's 全年發生行政復議案件4件 / 行政訴訟案件1件
# under its disclosure section (landed; the truth doubts they are disclosure cases), u12's and u14's development zones
# (landed as counties; the truth calls zones under a county-level city townships; u14's 结转至2026年办理2件 landed as
# table 三's carried-forward total, see fresh2 g28), u22's 微信公众号 figure, and u34's
# 临夏市人民政府办公室 (landed as the city whose report its office compiled; the truth calls it the office's own).
# fresh15, by its traps: v15's 依托塔城市人民政府网站…。全年发布政务信息2762条 (landed as the total: the website is named
# in the sentence before; the truth reads it as the website's).
# fresh16, by its traps: the levels of two zones' 管委会 (w30 临汾经济开发区, w37 乐山高新区: landed as counties, the
# truth calls them departments; zones' levels split the truths, as fresh9 n17) and w37's name (乐山高新区管委会 landed
# without its 管委会, as 平潭综合实验区管委会 is).
# fresh17, by its traps: x25's 石岛管理区 (a 管理区 of 荣成市, landed as a county; the truth calls it a township), x20's
# 乌尔禾区百口泉产业园区 and x22's 胡家园街 (as the titles name them; the truths drop the district, or take the
# overview's 胡家园街道 — while x24's truth keeps its title's 寨上街), x24's 34 items on the 滨海新区 website (the truth
# adds a second figure on the same site), x28's 全年累计按规公开各类信息266条 (the year's 累计, landed as its total), and
# x33's 规章 row printed empty (landed blank, as metrics.md says), and x21's 五华科技产业园 (its 管理委员会 dropped as the
# development corpus drops 平潭综合实验区管委会's, d06; the truth keeps it).
# fresh18, by its traps: four district departments named with their city as the reports name them (y13
# 北京市东城区审计局, y15 北京市大兴区发展和改革委员会, y18 威海市文登区发展和改革局, y35 重庆市铜梁区人民政府办公室: the
# truths drop the city, as wide t20's and fresh11 q24's do, while fresh13 s01, fresh14 u01, fresh15 v03 keep it), y31's
# 文山三七产业园区 (its 管理委员会 dropped, as the development corpus does; landed as a county, the truth says department)
# and y25's 乡村两级实体政务公开栏公开223条 (landed as its other-channel figure; the truth doubts it is the body's alone).
# fresh19, by its traps: four district departments named with their city as the reports name them (z06 南京市秦淮区
# 数据局, z13 上海市杨浦区绿化和市容管理局, z30 重庆市铜梁区城市管理局, z35 北京市朝阳区民政局; the truths drop the city),
# z21's 赣州经济技术开发区党群工作部
# (landed as the zone itself, a county) and z14's year (2009 from its signature date 2009年3月1日; the truth reads 2008
# from 截至2008年底).
# fresh20, by its traps: t16's 铜川市耀州区气象局 (a district department named with its city, as fresh18/19), t17's
# 朔州市政府办公室 (as the text names it; the truth writes 人民政府), t16's 通过区政府网站、市局网站等…578条 (landed as the
# websites' figure; the truth reads 等 as every channel), t06's 舒城县政府信息公开网 (landed as a website too; the truth
# calls it the disclosure platform only), t07's 吉林省政府门户网站…64条 (the department's figure on the province's portal,
# landed as its website's as fresh11 q24's; the truth names two more sites), t25's 办理…依申请公开13件 (as seed 002's
# 办理), t28's 发布信息220多篇 (at_least; the truth reads it as publicity), t29's 配备了2名兼职工作人员 (a stock, stated
# without its year) and t03's 申诉案(包括信访、举报) (landed as zero complaints; the truth reads 申诉 as no complaint).
# fresh21, by its traps: c30's 福州高新区 (its 管理委员会 dropped and landed as a county, as fresh16 w37's), c36's 南京市
# 鼓楼区档案局 and c26's 凉山州越西县气象局 (as the reports name them; the truths drop the city), c04's 昌吉州发改委 (as its
# title names it; the truth takes the contact's full name), c14's 予以公开9件 (landed as outcome_granted, the narrative
# name some fifty truths of template-era prose use; c14's truth reads the prose into table 三 and traps
# outcome_granted for another figure), c15's 通过微信公众号等线上平台…全年共发布信息1096条 (landed as the total; the
# truth reads it as a few platforms') and c27's 玉林子站…14条 (its website figure; the excerpt cuts a second site's).
# fresh22, by its traps: e01's 驻马店经济开发区 and e02's 科右前旗工业园区 (their 管委会 dropped, as fresh21 c30's; e02
# landed as a county, the truth calls it a department — the truths of zones disagree on both, fresh10 p23, fresh14
# u12, fresh16 w37) and e12's 在通州区门户网站发布信息248条 (the portal's figure; the truth names the column of the
# sentence before as a second site).
# fresh23, by its traps: f31's 通过桐乡市政府信息公开网主动公开政府信息92条 (the disclosure site's figure, landed as the
# total as fresh20 t06's; the truth reads it as the website's, the report saying other channels are not counted),
# f39's 答复政府信息公开申请34430件 (landed as closed, as fresh10 p16 reads 答复…申请; the truth reads replies), f11's
# 宣城高新区 (its 管委会 dropped, as above) and f03's 向阳区 (the district's report, its contact the district
# government's office; the truth reads the office as the body).
# fresh23 also: f30's 嘉兴市人民防空办公室(民防局) (its second name in brackets kept, as the report writes it and as
# the development corpus's d18 keeps 永嘉县委农办（县农业局）; the truth drops it).
# fresh24, by its traps: g14's 设立了1个公共查阅点，2008年…增加到2个 (the first figure landed; the truth reads the
# year's end), g32's 规范性文件16条 (a category of the stock of items, landed as documents published), g39's 主动公开
# 政府信息的数量共有90条 (the truth reads the clause after, 对我局成立以来的…都进行了梳理及公开, as making it a stock),
# g01's 东大街街道 (办事处 dropped, as every street's), g05's 第一师阿拉尔市十六团新开岭镇 (as its title names it), g25's
# 办理信息公开行政复议12件、行政诉讼24件 (the sentence after the city's figures, no subject of its own) and g37's level
# (湾里管理局, a bureau governing a former district: a department by its name).
# fresh25, by its traps: i22's 北京市大兴区商务委员会 and i34's 北京市大兴区综合行政服务中心 (as the titles name them;
# the truths drop the city, as fresh18/19), i09's 银川经济技术开发区 (its 管理委员会 dropped and landed as a county, as
# fresh21 c30's) and i08's 全年共办理政府信息公开申请80件,已答复69件,其中11件顺延至下一年度办理 (69 landed as the requests
# closed, the rest carried forward; the truth reads 已答复 as replies).
# fresh26, by its traps: j25's 西宁市城中区生态环境局 and j28's 重庆市渝中区人民政府办公室 (as the reports name them;
# the truths drop the city), j36's 长春新区 (its 管委会 dropped, a county, as fresh21 c30's), j38's 轉下年辦理10宗 (table
# 三's carried-forward total in words, as fresh2 g28), j10's 政策解读信息38条 (a kind among an account's posts, read as
# fresh18 y07's), j40's 制发政策解读16篇,规范性文件10篇 (landed as documents published), j34's 全年无信息公开收费项目 (no
# fee charged, landed as zero), j26's 市商务委网站累计主动公开信息424条 (its website's, as printed; the truth reads it
# as the total the next sentence gives over the website and the query rooms).
# fresh27, by its traps: k12's 共办理依申请公开申请23件 (landed as the requests, as seed 002's 办理) and k15's 明确党政办1名
# 工作人员负责信息公开工作 (landed as its staff; the truth counts a 副书记 who reviews too).
# fresh28, by its traps: m07's 共在政府网站上发布各类信息共400余条 (its website's, as printed; the truth reads news as no
# disclosure), m29's 通过网站发布工作动态信息328条 (the website's items, as fresh16 w11's), m22's 均未收取任何费用 (landed
# as zero), m27's empty 政府集中采购 cells (landed blank, as metrics.md says) and m35's 重庆市永川区… (named with its
# city, as above).
# fresh29, by its traps: n05's 2022年共发布各类信息100多条 (landed at_least; the truth cannot tell publishing from
# 信息报送), n08's 按信息公开类别分…规范性文件1条 (an item of the list, as f27's), n35's 在荔湾政府网上主动公开领导分工、
# 财政预决算等相关信息10条 (the website's items, as fresh21 c25's; the truth reads them as part of its disclosure
# column), n12's era (a 2020 report with no sign of the template is of the free-text era, as seed 003), n15's 上海市
# 青浦区… (named with its city, as above), n23's 区统计局 (a department named only by its level, as below) and n34's
# 东湖生态风景区分局 (the page prints two titles; the first is taken).
# fresh30, by its traps: p31's 依托區政府信息公開網主動公開政府信息403條 (the disclosure site where all is disclosed, as
# t06: landed as the total too), p15's 全年共发布各类主动公开信息3257条 after a paragraph on the website (landed as the
# year's total; the truth reads it as the website's), p37's 答复72件 (landed as closed, as seed 002), p10's
# 银川市民族事务委员会(宗教事务局) (its second name landed as printed) and p11's, p30's districts' departments (named with
# their cities, as above).
# fresh31, by its traps: q06's era (a 2020 report with no sign of the template, as seed 003), q07's 依申请公开8件
# (landed as the requests), q09's 长沙市开福区… (named with its city, as above), q17's 政策解读文章50余篇 and q21's
# 文件解读1篇 (landed as interpretations, as fresh26 j10's kind), q22's 水阳镇人民政府办公室 (the office that did the
# year's work, as fresh13 s28's truth has it), q30's 政务公开栏、村村通广播等平台…153条 (a list closed with 等平台 is
# every channel) and q33's 网络14 among 共办理…21件 (landed as online requests).
# fresh31 q10: two blank cells of table 三 (its applicant columns printed empty, only 总计 0), landed blank as
# metrics.md says; the truth's trap would leave them out.
# fresh32, by its traps: r06's 我街政府信息公开网…主动公开信息33条 (the disclosure site, as t06: the total), r11's and
# r24's zones (管委会 dropped, as d06; r11's level county), r16's 北京市西城区… (named with its city, as above), r18's
# website figure (two platforms; the 高新区网站's landed) and its title's full name (景德镇高新技术产业开发区, the truth
# the short name its contact line uses), r21's 规范性文件6条 among the website's kinds and r38's 政策解读2条 (landed,
# as fresh29's bracketed normative ones), r23's 规范办理…依申请公开21件 (办理 with 依申请公开, as seed 002: the
# requests) and r30's 鄂州市政府办公室 (its title's 市政府办公室 with the place its page names; the truth the body's full
# name).
# fresh33, by its traps: a24's and a31's districts' departments (named with their cities, as above), a38's
# 全年共收到公开申请1466件(上年度结转16件,…) (landed as received, as it says) and a39's 黔东南州人民政府(州政府办公室)
# (the office in brackets is the body, as wide t14 and fresh17 x32's truths have it; a39's the government).
# fresh34, by its traps: b02's 绥阳县人民政府(县人民政府办公室) (the office in brackets, as a39 above), b06's and b25's
# figures on the 政务信息公开平台 (the disclosure platform, as t06: the total), b37's 截至2025年12月底…74条 (up to the
# year's end, landed as such).
# fresh35, by its traps: c07's 网站共发布政府信息75条,其中,主动公开67条 (the website's figure, its disclosed part the
# total), c17's 依法办结62件 after the online requests (landed as closed) and c27's zone (level county, as fresh29's).
# fresh36, by its traps: s01's 已答复13件,其中,上年结转答复1件,结转下一年答复1件 (landed as closed: the year's answers),
# s06's blank applicant cells of table 三 (landed blank, as fresh31 q10), s20's 另有2件结转下年度 (table 三's
# carried-forward total in words, as fresh2 g28), s26's 发布政策解读28件,音频、视频、图表解读13件 (the written
# interpretations, landed; the truth finds the sum unclear) and s31's 深圳市光明区应急管理局 (with its city, as above).
# fresh37, by its traps: v05's and v07's table 二 cells printed '/' or empty (landed blank, as metrics.md says), v08's
# 未收到…申请 (a zero request count in words, landed as zeros are; the truth's trap is of the hotline's 64) and 我镇通过
# 巴彦淖尔市政务公开平台主动公开…142条 (the disclosure platform, as t06: the total), v10's zone by its full name (the
# truth its short one), v11's and v13's 信息公开网 figures (the disclosure site: the total), v12's and v17's zeros said in
# words (未制发规范性文件, 没有…行政复议), v27's 截至年末…552条 (up to the year's end), v29's, v30's, v32's and v36's
# district departments (with their cities, as above), v13's zone with its city and district, and v39's
# 结转至下年度办理2件 (table 三's carried-forward total in words, as fresh2 g28).
# fresh38, by its traps: w05's, w11's, w14's and w21's 未接到/未收到/无…申请 (zero requests in words: values, as
# metrics.md says; part A's truth leaves such zeros out), w09's 县政府办公室收到依申请公开9件 (the county government's
# requests through its office, landed; the truth finds the scope unclear), w23's 福州市晋安区发展和改革局 (with its city,
# as above) and w30's 收到意见投诉0条 (landed as complaints; the truth reads them as complaints of every kind).
# fresh39, by its traps: x09's and x13's figures in the disclosure column or platform (the total, as t06), x21's
# 已答复84件(含上一年结转答复1件) (the year's answers, landed as closed) and 政务微博累计发布信息318条 (the account's, the
# year's report), x26's 宣传资料、村村通广播34条 (the other ways; the truth finds the channels' sum over the total), x29's and
# x39's district portals' figures in a general office's report (the office's, as it says), x33's two websites (the
# bureau's 1150, landed; the city portal's 221 as the total).
# fresh40, by its traps: o09's 全年通过平台发布信息1110条 (a platform's year, landed as the total; the truth finds it one
# platform's, under a paragraph on key areas), o21's 市政府信息公开平台 figure (the total, as t06), o30's 已答复12件 (the
# year's answers, landed as closed, as x21), o39's and o40's 无上年结转政府信息公开申请 (table 三's carried-over zero in
# words, as fresh2 g28), o24's 行政规范性文件制发件数0件 (table 二's count in its own labels in prose, where the excerpt
# has no table: landed as fresh3 h12's truth reads such sentences; o24's truth reads no prose as a table cell).
# fresh41, by its traps and identity: aa05's 镇街政策解读2条 (a category landed, as the interpretations of the list) and
# its era (a 2020 report written freely, with no template sign: narrative, as seed 003), aa09's 沌口街 (as its title
# prints it, as corpus d24's 佳荣里街), aa14's 陕西省西咸新区沣西新城管理委员会 (as printed; fresh10 p23 too), aa17's
# 截至目前 Weibo figure (the year's in a template report), aa18's zone office (a county-level zone's), aa32's title
# 城市管理局 (the truth takes the page's 发布机构 市城市管理局).
# fresh42: ab04's, ab05's and ab12's era (2019 and 2020 reports written freely, no template sign: narrative, as seed
# 003), ab07's and ab16's carried-over figures in words (table 三's, as fresh2 g28), ab09's 政策文件解读55条 (a category
# landed as the interpretations), ab13's one request through the 依申请公开平台 (landed as online; the truth leaves the
# platform's figure out as no channel of requests), ab22's 中心网站 figure (the centre's site, landed as the website; the truth finds which
# site is "the website" unclear).
# fresh43: ac04's table 三 rows printed with two zeros (zeros read the same in any column, as fresh8 m09), ac07's,
# ac23's and ac40's interpretations (a category, 解读材料6篇 beside other products, a damaged line: landed as printed),
# ac08's website as the main platform (the website's), ac32's 大源街 (as its title prints it), ac40's 本机关不掌握相关
# 政府信息1件 (not the body's: landed) and 泉州市洛江区人民政府办公室 (with its city, as above).
# fresh44: ad01's 文山市科技局 (as its title prints it; the truth the full name its text uses), ad11's 滨江区公安分局 (the
# overview's subject; the truth the contact's full name, as fresh21 c04), ad25's zone (管理委员会 dropped, as d06),
# ad02's, ad30's and ad31's carried-forward totals in words (table 三's, as fresh2 g28), ad06's blank applicant cells
# of table 三 (landed blank, as fresh31 q10), ad09's 605 posts of the “平安平度” WeChat account (its own figure; the
# truth finds the accounts' total unsaid) and ad36's 已经答复88件 (the year's answers, landed as closed, as x21).
# fresh45: ae05's 黔南州人民政府(州政府办公室) (the office in brackets is the body, as fresh33 a39), ae21's, ae27's and
# ae30's carried-over and carried-forward totals in words (table 三's, as fresh2 g28).
# fresh46: af06's 网站发布解读材料15篇 (the interpretations on the website, landed; the truth finds no total beside the
# account's), af07's 商务局 (as its title prints it; the truth adds the city from the account's name), af16's
# 区政府信息公开网 figure (the disclosure site: the total, as t06) and its 杭州市萧山区农业农村局 (with its city, as above).
# fresh47: ag21's 通过线下方式公开信息7888条 (the offline ways: the other ways, as metrics.md's 其他方式) and its table 三
# total in words (as fresh2 g28), ag24's 北戴河区 (its introduction names the district's government's report; the truth
# the general office whose work it tells, as fresh f02).
# fresh48: ah09's 数字东城网站 工作动态 figure (the website's, as printed; the truth finds it one column's) and ah15's
# 长安区人民政府办公室 (as its title prints it; the truth adds 西安市).
# fresh49: ai23's 安监局 (as the text names it: 市安监局; the truth adds 孝感 from the site's name), ai25's
# 三门县沿海工业城管委会 (the full name its text also prints), ai28's 温州空港新区 and its level (a zone's 管委会 dropped, as
# d06), ai05's 阜阳气象局 (as a mirror's damaged text prints it), ai09's 33条 on the city portal and the archive's own
# site (both websites: the website's; the truth finds them joined), ai15's era (a 2021 report whose prose has the 2019
# template's labels: read by its labels, as fresh14 u10).
# fresh50: aj23's 1060 via the bureau's own site and 541 on the disclosure platform (the total, as t06), aj26's 43 published
# after the sentence naming its portal page (the total; the truth finds it the page's), aj28's and aj39's eras (a 2021
# report citing the 2019 template's title; one whose prose has its labels), aj29's 本机关不掌握相关政府信息1件 (非本机关
# 掌握, as metrics.md words outcome_not_ours), aj33's 襄城区人社局 (as its title prints it) and aj34's carried-forward total
# in words (table 三's, as fresh2 g28).
# fresh51: ak10's 市商务局 (as the page names itself; the truth adds 渭南 from its local media), ak25's 2107 (其中主动公开各类政府
# 信息: the total, as the report says it; the truth finds it the portal's government-information part) and its website
# figure 2476 (政务动态信息 on the portal, as fresh6 read; the truth takes the portal's 4583 posts of 各板块、各部门).
# fresh52: al02's era (a 2022 report in the old layout: its year's template, as by year elsewhere), al04's 省建设厅 (as its
# title prints it), al24's 524 through 福田政府在线 (the disclosure site: the total, as t06) and al08's carried-forward
# total in words (as fresh2 g28).
# fresh25 i25's “三务”公开网站63条 (listed after 其中 opening the sentence after the total: a website's figure; the
# truth reads the village-affairs site as no government website).
# fresh14 u08's 天津东疆保税港区 (a zone's 管理委员会 dropped, as d06; found since fresh31's 委员会 titles).
# fresh4 also: i13's 政府微信公众号更新信息40余条 (at_least, as metrics.md says; the truth leaves 余 out).
# Departments named only by their level (区政务服务办, fresh25 i21; 区秦岭保护局, fresh8 m23) land as the reports name
# them; fresh8 m23's truth takes 临潼区 from the site.
# A district's department is named with its municipality, as with a city (fresh13 s01, fresh14 u01, fresh15 v03):
# fresh11 q24's 重庆市武隆区统计局 is one (its truth drops 重庆市, as wide t20's drops 北京市).
MAX_WRONG = {
    "fresh": 2,
    "fresh2": 4,
    "fresh3": 0,
    "fresh4": 4,
    "fresh5": 0,
    "fresh6": 8,
    "fresh7": 2,
    "fresh8": 6,
    "fresh9": 5,
    "fresh10": 6,
    "fresh11": 6,
    "fresh12": 12,
    "fresh13": 5,
    "fresh14": 9,
    "fresh15": 1,
    "fresh16": 3,
    "fresh17": 7,
    "fresh18": 7,
    "fresh19": 8,
    "fresh20": 9,
    "fresh21": 8,
    "fresh22": 4,
    "fresh23": 6,
    "fresh24": 9,
    "fresh25": 6,
    "fresh26": 9,
    "fresh27": 2,
    "fresh28": 5,
    "fresh29": 7,
    "fresh30": 6,
    "fresh31": 11,
    "fresh32": 12,
    "fresh33": 5,
    "fresh34": 5,
    "fresh35": 3,
    "fresh36": 5,
    "fresh37": 17,
    "fresh38": 7,
    "fresh39": 9,
    "fresh40": 6,
    "fresh41": 8,
    "fresh42": 8,
    "fresh43": 9,
    "fresh44": 9,
    "fresh45": 6,
    "fresh46": 4,
    "fresh47": 4,
    "fresh48": 2,
    "fresh49": 7,
    "fresh50": 8,
    "fresh51": 3,
    "fresh52": 4,
    "fresh53": 0,
}


@pytest.fixture(scope="module")
def fresh_lakes(prefect_api, tmp_path_factory) -> dict[str, Path]:
    from flows.gongkai import gongkai

    lakes = {}
    for name in CORPORA:
        inputs = tmp_path_factory.mktemp(f"{name}_input")
        shutil.copytree(DATA / name / "raw", inputs / "raw")
        lakes[name] = tmp_path_factory.mktemp(f"{name}_lake")
        summary = gongkai(input_dir=str(inputs), lake_dir=str(lakes[name]))
        # every report lands: one that states no year too (fresh7 l17), under the unknown year, with a warning
        assert (summary["landed"], summary["quarantined"]) == (len(TRUTH[name]), 0), summary
    return lakes


@pytest.mark.parametrize(("name", "era"), sorted(FLOORS))
def test_fresh_accuracy_per_era(fresh_lakes, name: str, era: str, capsys) -> None:
    s = score(fresh_lakes[name], TRUTH[name], era=era, fields="all")
    with capsys.disabled():
        print("\n" + s.line(f"{name} {era}-era reports, all fields"))
    assert s.accuracy >= FLOORS[name, era], s.missing


@pytest.mark.parametrize("name", CORPORA)
def test_fresh_wrong_fields_are_the_known_judgement_calls(fresh_lakes, name: str) -> None:
    s = score(fresh_lakes[name], TRUTH[name], fields="all")
    assert len(s.wrong) <= MAX_WRONG[name], s.wrong
    assert s.traps >= 15  # the traps the truth notes record are checked, not just the stated values
