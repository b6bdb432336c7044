"""Normalization rules as data: residue patterns and phrase fix-ups, each with the case that forced it."""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse

# A page number line of a PDF or Word conversion; a bare number is not one (a table saved one cell per line).
PAGE_NUMBER = (
    r"[-—－–]+\s*\d{1,4}\s*[-—－–]+|第\s*\d{1,4}\s*页(\s*[，,/]?\s*共\s*\d{1,4}\s*页)?"
    r"|共\s*\d{1,4}\s*页\s*[，,]?\s*第\s*\d{1,4}\s*页"
)
# What a table prints in a cell left empty: a slash or a dash (a number's place, never a figure).
BLANK_MARKS = frozenset({"/", "-", "－", "—", "——", "–"})
# Whole lines that are web-page or wiki furniture, never a sentence of a report (matched after the
# text is in Simplified script, on a stripped line).
RESIDUE_LINES: tuple[tuple[str, str], ...] = (
    (r"(【)?(打印|关闭|关闭窗口|打印本页|打印此页|返回顶部|收藏|分享)(】)?", "seed 002: trailing 打印"),
    (r"相关词条|热门词条|联络我们|基本介绍|免责声明|意见反馈", "seed 001, d15: wiki mirror chrome"),
    (r"字号[:：]?\s*(【)?[大中小]?(】)?(\s*[大中小](】)?)*", "page font-size widget"),
    (r"(【)?[大中小](】)?\s*(【)?[大中小](】)?\s*(【)?[大中小](】)?", "page font-size widget"),
    (r"分享到[:：]?.*|微信\s*微博\s*(QQ空间)?.*", "d01, d23: share bar"),
    (r"(作者|来源|点击数|浏览次数|访问次数|发布者)[:：].{0,40}(人次|次)?", "d20, d23: article metadata line"),
    (r"点击数[:：]?\s*\d*\s*人次?", "d20: hit counter"),
    (r"(当前位置|您的位置|您现在的位置)[:：].*", "breadcrumb line"),
    (r"(首页|网站首页)\s*[>›»/].*", "breadcrumb line"),
    (r"附件下载[:：]?", "d01: attachment widget"),
    # (not when the site's name follows, which tells where the body is: d28's 简体 繁體 无障碍阅读 长者模式 甘肃政府服务网-秦安)
    (r"简体\s*繁[体體](?!.*(?:网|门户)).*", "d28: site language switch"),
    (r"(【)?下载Word(】)?.*|(【)?下载PDF(】)?.*", "d28: download links"),
    (r"无障碍阅读.*|智能问答.*", "d28: site chrome"),
    (r"\|+", "d19, d24: table pipe residue line"),
    (r"=+\s*正文\s*=+", "d01–d14: crawler body separator (a second one after a doubled save)"),
    (r"•\s*(中文名|外文名|类型|属性|发布时间|发布单位)[:：]?.*", "d15: wiki infobox"),
    (r"(?=.*[-=]{3})[-|:+=][-|:+= \t]*", "a rule or a Markdown table's header separator ('| --- | --- |')"),
    (PAGE_NUMBER, "page numbers of a report converted from PDF or Word ('— 3 —', '第 3 页 共 9 页')"),
)
# Line rules only judge short lines: a long line is report text even when it starts like furniture.
RESIDUE_LINE_MAX = 100
RESIDUE_LINE_RE = re.compile(r"^(?:" + "|".join(f"(?:{p})" for p, _ in RESIDUE_LINES) + r")$")


DIGIT = "\\d"  # in `first_chars(…, digits=True)`: any decimal digit (what \d matches: str.isdecimal)


def first_chars(pattern: str, digits: bool = False) -> frozenset[str] | None:
    """Every character a match of `pattern` can begin with, read off the parsed pattern; None when any
    character could (a class such as \\s or a negated set). An empty match is not counted. With `digits`, \\d
    counts as the one entry DIGIT."""

    def charset(items: list) -> set[str] | None:
        out: set[str] = set()
        for op, av in items:
            if op is sre.LITERAL:
                out.add(chr(av))
            elif op is sre.RANGE and av[1] - av[0] < 4096:
                out.update(map(chr, range(av[0], av[1] + 1)))
            elif digits and op is sre.CATEGORY and av is sre.CATEGORY_DIGIT:
                out.add(DIGIT)
            else:
                return None
        return out

    def first(items) -> tuple[set[str] | None, bool]:
        """(first characters, whether the sequence can match empty)."""
        out: set[str] = set()
        for op, av in items:
            if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
                continue  # zero-width: the next item decides
            if op is sre.LITERAL:
                return out | {chr(av)}, False
            if op is sre.IN:
                chars = charset(av)
                return (None, False) if chars is None else (out | chars, False)
            if op is sre.SUBPATTERN:
                chars, empty = first(av[3])
            elif op is sre.ATOMIC_GROUP:
                chars, empty = first(av)
            elif op is sre.BRANCH:
                branches = [first(b) for b in av[1]]
                if any(c is None for c, _ in branches):
                    return None, False
                chars, empty = set().union(*(c for c, _ in branches)), any(e for _, e in branches)
            elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
                chars, empty = first(av[2])
                empty = empty or av[0] == 0
            else:
                return None, False
            if chars is None:
                return None, False
            out |= chars
            if not empty:
                return out, False
        return out, True

    chars, _ = first(sre_parse.parse(pattern))
    return None if chars is None else frozenset(chars)


def literal_prefix(pattern: str) -> str:
    """The characters every match of `pattern` begins with, read off the parsed pattern."""
    out = []
    for op, av in sre_parse.parse(pattern):
        if op is not sre.LITERAL:
            break
        out.append(chr(av))
    return "".join(out)


# Lookbehinds opening a pattern, then the run of characters they guard.
_LOOKBEHIND = r"\(\?<[!=](?:[^()\[\]\\]|\\.|\[(?:[^\]\\]|\\.)*\])+\)"
_LEADING_LOOKBEHINDS_RE = re.compile(rf"((?:{_LOOKBEHIND})+)([\u4e00-\u9fff]+)")


def literal_first(pattern: str) -> str:
    """`(?<!应)主动…` as `主动(?<!应主动)…`: the same matches, but `re` skips through a text to a pattern's opening
    literal and tries a pattern that opens with a lookbehind at every position."""
    m = _LEADING_LOOKBEHINDS_RE.match(pattern)
    if not m:
        return pattern
    lit, rest = m.group(2), pattern[m.end() :]
    if rest[:1] in ("?", "*", "+", "{"):  # the run's last character is quantified: leave it to the rest
        lit, rest = lit[:-1], lit[-1] + rest
        if not lit:
            return pattern
    behinds = re.findall(_LOOKBEHIND, m.group(1))
    return lit + "".join(f"{b[:-1]}{lit})" for b in behinds) + rest


def required_literal(pattern: str) -> str:
    """The longest run of characters every match of `pattern` holds, read off its top level ('' if none): a
    text without it cannot match, and a literal search says so faster than the pattern's own scan."""
    best, run = "", []
    for op, av in [*sre_parse.parse(pattern), (None, None)]:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero-width: the run goes on
        best, run = max(best, "".join(run), key=len), []
    return best


# --- where a rule's match can begin: one pass over a text for every rule ------------------------------------------
ANCHOR_CHARS = 3  # an anchor's literal is at most this long (longer ones are rarer, but more of them)
ANCHOR_SPREAD = 2  # at most this many characters of doubt about where a match begins, given its anchor
_ANCHOR_CAP = 256  # anchors a rule may have before it is left to its own scan


class _Unanchored(Exception):
    """Some match of the pattern need not begin near any literal."""


def start_anchors(pattern: str) -> dict[str, tuple[int, ...]] | None:
    r"""{literal: shifts} such that every match of `pattern` begins at `p - shift` for an occurrence `p` of one of
    the literals and one of its shifts; None when no small set says so. Read off the parsed pattern: a literal
    opening (主动…), alternatives (全年|本年…), optional parts, one-character classes of a few literals ([共已]),
    a run of fixed width before the first literal (\d{4}年 → 年, shift 4), or, failing all of these, a literal
    lookbehind the match opens with ((?<=[，、])… → the character before it, shift -1). Zero-width assertions
    elsewhere are passed over (the pattern itself still checks them), so the anchors never miss a match; they only
    say where to try it, which is what lets one scan of a text serve every rule."""
    tree = sre_parse.parse(pattern)
    if tree.state.flags & re.IGNORECASE:
        return None
    for k in range(ANCHOR_CHARS, 0, -1):
        try:
            found = _anchor_paths(list(tree), "", 0, 0, k, [0])
        except (_Unanchored, RecursionError):
            continue
        out: dict[str, set[int]] = {}
        for lit, lo, hi in found:
            out.setdefault(lit, set()).update(range(lo, hi + 1))
        # a literal whose own prefix is already an anchor with the same shifts adds nothing
        kept = {
            lit: shifts
            for lit, shifts in out.items()
            if not any(out.get(lit[:j], set()) >= shifts for j in range(1, len(lit)))
        }
        return {lit: tuple(sorted(shifts)) for lit, shifts in kept.items()}
    return None


def _literal_strings(items: list) -> set[str] | None:
    """Every string a small all-literal sub-pattern matches (a lookbehind's content), else None."""
    out = {""}
    for op, av in items:
        if op is sre.LITERAL:
            out = {s + chr(av) for s in out}
        elif op is sre.IN and _small_literal_set(av):
            out = {s + chr(a) for s in out for _, a in av}
        elif op is sre.BRANCH:
            alts = [_literal_strings(list(a)) for a in av[1]]
            if any(a is None for a in alts):
                return None
            out = {s + t for s in out for a in alts for t in a}  # type: ignore[union-attr]
        elif op is sre.SUBPATTERN and not av[1] & re.IGNORECASE:
            sub = _literal_strings(list(av[3]))
            if sub is None:
                return None
            out = {s + t for s in out for t in sub}
        else:
            return None
        if len(out) > 64:
            return None
    return out


def _small_literal_set(av: list) -> bool:
    return len(av) <= 12 and all(o is sre.LITERAL for o, _ in av)


def _one_char(op, av) -> bool:
    return op in (sre.IN, sre.ANY, sre.NOT_LITERAL, sre.LITERAL, sre.CATEGORY)


def _anchor_paths(seq: list, prefix: str, lo: int, hi: int, k: int, steps: list[int]) -> set[tuple[str, int, int]]:
    """(literal, lo, hi) for every way the sequence can begin: `prefix` is the literal read so far, [lo, hi] the
    width of what was passed before it began."""
    steps[0] += 1
    if steps[0] > 50_000 or hi > 64:
        raise _Unanchored
    if len(prefix) >= k:
        return {(prefix[:k], lo, hi)}
    if not seq:
        if not prefix:
            raise _Unanchored  # the pattern can end (or match empty) before any literal
        return {(prefix, lo, hi)}
    (op, av), rest = seq[0], seq[1:]
    if op is sre.LITERAL:
        return _anchor_paths(rest, prefix + chr(av), lo, hi, k, steps)
    if op is sre.ASSERT and av[0] == -1 and not prefix and lo == hi == 0:
        try:
            return _anchor_paths(rest, prefix, lo, hi, k, steps)
        except _Unanchored:
            behind = _literal_strings(list(av[1]))
            if not behind or "" in behind:
                raise
            return {(s, -len(s), -len(s)) for s in behind}
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return _anchor_paths(rest, prefix, lo, hi, k, steps)
    if op is sre.SUBPATTERN:
        if av[1] & re.IGNORECASE:
            raise _Unanchored
        return _anchor_paths(list(av[3]) + rest, prefix, lo, hi, k, steps)
    if op is sre.ATOMIC_GROUP:
        return _anchor_paths(list(av) + rest, prefix, lo, hi, k, steps)
    out: set[tuple[str, int, int]] = set()
    if op is sre.BRANCH:
        for alt in av[1]:
            out |= _anchor_paths(list(alt) + rest, prefix, lo, hi, k, steps)
            if len(out) > _ANCHOR_CAP:
                raise _Unanchored
        return out
    if op is sre.IN and _small_literal_set(av):
        for _, a in av:
            out |= _anchor_paths(rest, prefix + chr(a), lo, hi, k, steps)
            if len(out) > _ANCHOR_CAP:
                raise _Unanchored
        return out
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        rlo, rhi, item = av
        if not prefix and _literal_strings(list(item)) is None:
            # a run of one-character items before any literal: passed over, its width widening the doubt
            if (
                len(item) != 1
                or not _one_char(*item[0])
                or rhi == sre.MAXREPEAT
                or (hi + rhi) - (lo + rlo) > ANCHOR_SPREAD
            ):
                raise _Unanchored
            return _anchor_paths(rest, prefix, lo + rlo, hi + rhi, k, steps)
        if rlo == 0:
            out |= _anchor_paths(rest, prefix, lo, hi, k, steps)
        if rhi != 0:
            again = [] if rhi == 1 else [(op, (max(rlo - 1, 0), rhi if rhi == sre.MAXREPEAT else rhi - 1, item))]
            out |= _anchor_paths(list(item) + again + rest, prefix, lo, hi, k, steps)
        if len(out) > _ANCHOR_CAP:
            raise _Unanchored
        return out
    if prefix:
        return {(prefix, lo, hi)}  # the literal ends here
    if _one_char(op, av) and hi - lo <= ANCHOR_SPREAD:
        return _anchor_paths(rest, prefix, lo + 1, hi + 1, k, steps)
    raise _Unanchored


# A line can only be furniture if its first character can begin one of the patterns.
RESIDUE_LINE_FIRST = first_chars(RESIDUE_LINE_RE.pattern)

# One step of a breadcrumb trail: a menu's name, or a year's (…>2023>…); never a title run into it (首页>政务公开政府信息
# 公开工作年度报告廊坊市人民政府办公室2021年… on a page that lost its line breaks, fresh27 k29 so saved).
CRUMB = r"(?:\d{4}年?|[^\s。，>›»/\d]{0,80})"
# Residue inside a line, removed wherever it appears: (substrings one of which must occur, pattern, case).
RESIDUE_INLINE: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (("<!--",), r"<!--.*?-->", "d07, d08, d11: Word HTML conditional comments"),
    (("<![",), r"<!\[(?:if|endif)[^\]]*\]>", "Word conditional fragments without the comment marks"),
    (("<",), r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]{0,200})?/?>", "HTML tags"),
    (("[bookmark",), r"\[bookmark:\s*_?\w*\]", "seed 004: Word bookmark"),
    # A Word file converted to Markdown (pandoc, markitdown): bold lines, headings, images; field codes.
    (("**",), r"\*\*(?:(?<=^\*\*)|(?=[ \t]*$))", "Markdown bold around a heading line"),
    (("#",), r"#(?<=^#)#{0,5}[ \t]+", "Markdown heading marks"),
    (("![",), r"!\[[^\]\n]*\]\([^)）\n]*\)", "Markdown image"),
    (("\\*",), r"(?:(?:NUMPAGES|PAGE)\s*)?\\\*\s*(?:MERGEFORMAT|Arabic)", "Word field code ('PAGE \\* MERGEFORMAT')"),
    (("&",), r"&(?:nbsp|ensp|emsp|amp|lt|gt|quot);", "HTML entities"),
    # One literal-first pattern per word: Python's re scans fast for a literal, slowly for an alternation.
    *(
        (
            (word,),
            rf"{re.escape(word)}(?<=[。！？”\s]{re.escape(word)})[ \t]*$",
            "seed 002: 打印 glued at the end of the last paragraph",
        )
        for word in ("打印", "【打印】", "【关闭】", "关闭窗口")
    ),
    # The crumbs run to the first space that does not lead to another crumb ('首页 > 信息公开 > 年报 ').
    *(
        (
            (word,),
            rf"{word}(?<=^{word})[:：]\s*{CRUMB}(?:\s*[>›»/]\s*{CRUMB})*\s",
            "d01: breadcrumb glued before the body",
        )
        for word in ("当前位置", "您的位置", "您现在的位置")
    ),
    (("来源",), r"来源[:：]\s*\S{1,30}\s+时间[:：]\s*[\d\-: ]{8,19}", "d01: article metadata glued before the body"),
    (("-->",), r"-->", "d01: broken HTML comment"),
    (
        ("简体",),
        r"^[ \t]*简体[ \t]*繁[体體](?:[ \t]*(?:无障碍阅读|无障碍|长者模式|关怀模式|关怀版|English))*[ \t]*",
        "d28: the site's language and reading-mode switches, before the site's name that stays (甘肃政府服务网-秦安)",
    ),
    (
        ("?",),
        r"\?(?:(?<=[\u4e00-\u9fff]\?)(?=\d+(?:余|多)?[条件篇份场个次项人名期宗])"
        r"|(?<=\d[条件篇份场个次项人名期宗]\?)(?=[，,。；;、)）\s]))",
        "fresh15 v12: a character a page's encoding lost, as '?', around a figure (共?1340條?,): never a question mark"
        " between a word and a count or after a count's unit before a comma",
    ),
    (
        ("??",),
        r"\?\?(?<=^\?\?)(?=\S)|(?<=^[ \t])[ \t]*\?\?(?=\S)",
        "fresh17 x26: '??' opening every line of a page — the full-width spaces of its indentation, lost to an encoding",
    ),
    *(
        (
            (first + " ",),
            rf"{first}(?:\s+(?:微信|微博|QQ空间|全真版|文字版|文件下载|相关链接[:：]?))+",
            "d01: share bar and page-version switch inline",
        )
        for first in ("微信", "微博", "QQ空间")
    ),
)
RESIDUE_INLINE_GUARDED = tuple((t, re.compile(p, re.MULTILINE)) for t, p, _ in RESIDUE_INLINE)
RESIDUE_INLINE_ANY = tuple(dict.fromkeys(t for ts, _, _ in RESIDUE_INLINE for t in ts))

# Crawler header block: `key: value` lines before a body separator (d01–d14).
CRAWLER_KEYS = (
    "标题",
    "发布时间",
    "文号",
    "发布机构",
    "栏目",
    "原文链接",
    "本地目录",
    "来源",
    "索引号",
    "索 引 号",
    "主题分类",
    "公文生成日期",
    "备注/文号",
    "成文日期",
    "发布日期",
)
CRAWLER_SEPARATOR_RE = re.compile(r"^=+\s*正文\s*=+$", re.MULTILINE)
CRAWLER_HEADER_LINE_RE = re.compile(r"^\s*(?:[•·]\s*)?(" + "|".join(map(re.escape, CRAWLER_KEYS)) + r")\s*[:：](.*)$")

# Taiwan-phrase words that tw2sp leaves in a Taiwan form; mapped back to mainland wording.
PHRASE_FIXUPS: tuple[tuple[str, str, str], ...] = (
    ("计画", "计划", "seed 001: 計畫 (Taiwan) survives tw2sp as 计画"),
    ("入口网站", "门户网站", "d15: Taiwan 入口網站 for 门户网站"),
    ("线上访谈", "在线访谈", "seed 001: Taiwan 線上訪談"),
    ("网路", "网络", "seed 001: 網路 when t2s was chosen"),
    # A Taiwan-phrase rendering writes the templates' fixed term 规范性文件 as 規範性檔案; with no Taiwan marker in
    # the report t2s keeps 档案 (wide t02). Mainland writing has no 规范性档案.
    ("规范性档案", "规范性文件", "wide t02: 規範性檔案 in a table 二 rendered through s2twp"),
)

# Words that only a Taiwan-phrase converter writes into a mainland report (STACK §5). Not 檔案 or 線上: mainland
# text in Traditional script writes them too (档案馆, 线上线下), and two of them sent such a report to tw2sp.
TAIWAN_MARKERS: tuple[str, ...] = ("資訊", "程式", "軟體", "網路", "計畫", "入口網站", "資料庫", "列印", "釋出", "專案")

# The Taiwan phrases turned back into mainland wording in a Taiwan-phrase report: (Taiwan, mainland) pairs taken
# from OpenCC's TWPhrasesRev (a test checks each against the installed dictionary). Only phrases that mainland
# writing does not use itself: tw2sp reverts every phrase of its dictionary and so rewrites mainland words a
# converter left alone or a mainland author wrote (seed 001: 工作列入 → 任务栏入, 建立健全 → 创建健全,
# 资料索取点 → 数据索取点; 程序 → 进程, 查询 → 查找, 指标 → 指针, 新增 → 添加, 文件 → 文档, 整合 → 集成,
# 智慧 → 智能, 执行 → 运行, 核心 → 内核, 开启 → 打开, 简报 → 演示文稿, 即时 → 实时 in 即时办结).
TAIWAN_PHRASES_BACK: tuple[tuple[str, str], ...] = (
    ("資訊", "信息"),
    ("檔案", "文件"),
    ("網路", "網絡"),
    ("入口網站", "門戶網站"),
    ("軟體", "軟件"),
    ("硬體", "硬件"),
    ("資料庫", "數據庫"),
    ("列印", "打印"),
    ("印表機", "打印機"),
    ("程式", "程序"),
    ("程式設計", "編程"),
    ("程式碼", "代碼"),
    ("釋出", "發佈"),
    ("專案", "項目"),
    ("設定", "設置"),
    ("最佳化", "優化"),
    ("稽核", "審覈"),
    ("網際網路", "互聯網"),
    ("影片", "視頻"),
    ("視訊", "視頻"),
    ("視訊會議", "視頻會議"),
    ("螢幕", "屏幕"),
    ("視窗", "窗口"),
    ("模組", "模塊"),
    ("社群", "社區"),
    ("全域性", "全局"),
    ("使用者", "用戶"),
    ("使用者名稱", "用戶名"),
    ("登入", "登錄"),
    ("登出", "註銷"),
    ("搜尋", "搜索"),
    ("物件", "對象"),
    ("訊號", "信號"),
    ("連結", "鏈接"),
    ("選單", "菜單"),
    ("許可權", "權限"),
    ("字型", "字體"),
    ("伺服器", "服務器"),
    ("記憶體", "內存"),
    ("數位", "數字"),
    ("部落格", "博客"),
    ("資訊安全", "信息安全"),
    ("資訊科技", "信息技術"),
    ("作業系統", "操作系統"),
    ("寬頻", "寬帶"),
    ("頻寬", "帶寬"),
    ("硬碟", "硬盤"),
    ("光碟", "光盤"),
    ("磁碟", "磁盤"),
    ("晶片", "芯片"),
    ("滑鼠", "鼠標"),
    ("隨身碟", "U盤"),
    ("駭客", "黑客"),
    ("防毒", "殺毒"),
    ("資料夾", "文件夾"),
    ("檔名", "文件名"),
    ("副檔名", "擴展名"),
    ("快取", "緩存"),
    ("雲端計算", "雲計算"),
    ("雲端儲存", "雲存儲"),
    ("行動電話", "移動電話"),
    ("行動網路", "移動網絡"),
    ("行動通訊", "移動通信"),
    ("人工智慧", "人工智能"),
    ("智慧財產權", "知識產權"),
    ("筆記型電腦", "筆記本電腦"),
    ("桌上型電腦", "臺式機"),
    ("解析度", "分辨率"),
    ("高畫質", "高清"),
    ("視覺化", "可視化"),
    ("點選", "點擊"),
    ("下拉式清單", "下拉列表"),
    ("網咖", "網吧"),
    ("計程車", "出租車"),
    ("塑膠", "塑料"),
    ("雷射", "激光"),
    ("奈米", "納米"),
    ("西元", "公元"),
    ("繫結", "綁定"),
    ("傳送", "發送"),
)
# 檔案 always goes back to 文件, even in 檔案館 where the report meant the archives (档案馆): seed 001's truth
# forbids 档案 anywhere in its text. Mainland text in Traditional script keeps 档案馆 (it is not sent here).

# Simplified characters that OpenCC t2s rewrites only inside a phrase of its TSPhrases dictionary (回覆 → 回复,
# 打坏 → 打坯, 深沈 → 深沉): text free of these and of t2s's own characters passes t2s unchanged. A test
# checks this list against the installed dictionary.
T2S_PHRASE_CHARS = "沈坏藉哩覆衹瞭甦"
