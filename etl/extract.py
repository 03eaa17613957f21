"""Paragraph → indicator mentions: numbers → units → label → kind → qualifier → place → topic → period.

Everything is found in the paragraph's simplified text; because it has the same length as the
displayed text, a span found there is also the span of the quote as the publisher wrote it.
"""

from __future__ import annotations

import bisect
import re
from collections import deque
from dataclasses import dataclass, replace
from datetime import date
from functools import cache, lru_cache
from typing import NamedTuple

from . import DATA_DIR, tables
from .gazetteer import Gazetteer, document_gazetteer, load_gazetteer
from .numbers import (
    CN_NUMERAL_CHARS,
    MAGNITUDES,
    NUMERAL,
    NUMERAL_SPACED,
    SPACED_GROUPS,
    is_chinese_numeral,
    neighbouring_pair,
    parse_number,
    tidy,
)
from .periods import bounds, names_time, opening_time, resolve, title_period
from .records import Document, Mention, Paragraph
from .topics import classify
from .units import Unit, match_unit, unit_by_canonical, unit_starts
from .words import PLACE_TAG, Word, load_segmenter, pos_tag

# No ASCII `?`: in this news it stands for a character a converter lost (Paragraph.has_lost_chars)
_FULL_STOP = "。！？!﹒"
_SENTENCE_END = _FULL_STOP + "；;﹔"
_CLAUSE_END = _SENTENCE_END + "，,﹐：:（(）)【】\n\t"  # a tab: a table's cells apart
_CLAUSE_ENDS = re.compile(f"[{re.escape(_CLAUSE_END)}]")
_LIST_ITEM_END_CHARS = _CLAUSE_END + "、"
_LIST_ITEM_ENDS = re.compile(f"[{re.escape(_LIST_ITEM_END_CHARS)}]")
_RANGE_SEP = re.compile(r" ?(?:-|~|～|—|–|至|到) ?")  # not across a gap of columns: 2.18  -6.4%
_ABOUT = r"(?<![签履节预合违制公特邀相条契])约"  # 约 as "about", not of 签约 or 节约
# Qualifiers: right before the number, between number and unit, and right after the unit.
_PRE_QUALIFIER = re.compile(
    r"(大约|将近|接近|"
    + _ABOUT
    + r"|(?<![附最临邻靠])近|逾|超过|超|突破|不到|不足|不少于|不低于|至少|不超过|不高于|最多|多达)(?:有|为|达)?$"
)
_PRE_KIND = {
    "大约": "approx",
    "将近": "approx",
    "接近": "approx",
    "约": "approx",
    "近": "approx",
    "逾": "at_least",
    "超过": "at_least",
    "超": "at_least",
    "突破": "at_least",
    "不少于": "at_least",
    "不低于": "at_least",
    "至少": "at_least",
    "多达": "at_least",
    "不到": "at_most",
    "不足": "at_most",
    "不超过": "at_most",
    "不高于": "at_most",
    "最多": "at_most",
}
_POST_QUALIFIER = re.compile(r"(以上|之上|以下|以内|之内|左右|上下|多)")
_POST_KIND = {
    "以上": "at_least",
    "之上": "at_least",
    "多": "at_least",
    "以下": "at_most",
    "以内": "at_most",
    "之内": "at_most",
    "左右": "approx",
    "上下": "approx",
}
# Kind cues. A target cue governs the rest of its sentence; 将 only as "will", not as 把.
_TARGET = re.compile(  # the lookahead lists the alternatives' first characters, for speed
    r"(?=[力预计目规到拟争全在将提建投])(?:力争|预计|(?:建成|投用|投产)后|(?<=[》”])提出(?=[，,：:])|(?<![占按度])(?<!列入)(?<!纳入)计划(?!的)|目标(?:是|为|[:：])|规划建设|规划新建|到[^，,。；;]{0,8}末|(?<![年])拟|争取(?!到|中央|上级|省级|国家|资金|专项|债券|新增[^，,。；;]{0,6}(?:资金|债券))|预期(?![寿目])|全面达产后"
    r"|在年度(?=[\d一二三四五六七八九十])|(?:(?<=今年)|(?<=明年)|(?<=下一步))将|将(?:再|继续|进一步)?(?=在|于|实现|达到|建成|完成|新增|提升|提高|突破|超过|达|投入|累计|加快|新建|建设|缩短|减少|降低|增加|惠及|带动|覆盖|新开工|开工|改造|筹集|培育|打造|引进|启动|开通))"
)
_ACTUAL_AGAIN = re.compile(r"截至|已经|已|目前")
# the goal, then at most its verb and object: 年度目标新增学位6000个, 目标任务完成200个 (not 目标任务已完成…,
# 目标任务的23件, 目标任务完成率95%)
_GOAL_BEFORE = re.compile(r"(?:目标任务|目标|计划任务|年度任务)[^，,。；;：:\d已的率]{0,6}$")
_GOAL_AFTER = re.compile(r"(?:以内|以上|以下|左右)?的(?:预期|年度)?目标")
_PAST_PART = re.compile(r"\s*(?:去年|上年|过去|截至|目前|已|今年以来)")
# Plans announced for what comes next: every figure after the cue in the paragraph is a target,
# up to a sentence or part that opens with a time past (下一步…。截至5月底，累计接种…).
_PAST_OPENING = re.compile(r"[。！？!?；;]" + _PAST_PART.pattern)
_PLAN = re.compile(r"下一步|下一阶段|接下来|今后|未来五年|未来三年")
# A report's section of plans (二、2023年主要目标任务): its figures are targets, up to the next
# section of the report's first level (三、…) or one that looks back (…工作回顾, 完成情况).
_PLAN_HEADING = re.compile(  # the plans open the heading, after its number and year (not 我市部署…重点工作)
    r"\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|[◆■●▲□◇]\s*)?\s*(?:\d{4}年|今年|明年)?(?:的)?"
    r"(?:经济社会发展的?)?(?:主要)?(?:目标任务|预期目标|主要目标|工作安排|工作打算|工作思路|重点工作|重点任务|主要任务|工作计划"
    r"|预算草案|预算安排|下一步(?:工作)?(?:打算|安排|计划)?)\s*$"
)
_YEAR_NAMED = re.compile(r"(\d{4})年")
_REVIEW_HEADING = re.compile(r"回顾|完成情况|进展情况|执行情况|成效|成绩|总结|过去")
_TOP_SECTION = re.compile(r"\s*(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分)")
_CHANGE_VERBS = "增长|年增|增收|成长|下降|比增|比降|上升|上涨|下跌|回落|上调|下调|缩小|扩大"  # 成长: Taiwanese 增长
_CHANGE = re.compile(
    f"(同比|比上年|比去年同期|较上年|年均)?({_CHANGE_VERBS}|减少了?|降低了?|提高了|提升了|增加了|增加(?!值)|回升|加快|放缓|降幅|增幅|减少了平均|压缩|缩短)(?:[^到至]{{0,2}}|分别为|分别达)$"
)
_TRANSITION = re.compile(
    r"^\s*(调整为|调整到|调整至|上调至|上调到|上调为|提高到|提高至|提升到|提升至|增加到|增加至|增长到|增至|降至|降低到|降低至|下降到|下降至|减少到|缩短至|缩短到|压缩至|压缩到|扩大到|扩大至|拓展到|拓展至|扩展到|扩展至|延伸到|延伸至|到|至)"
)
_STRUCTURE_VERB = re.compile(
    r"(主要做了|重点抓了|重点抓|突出抓好|主要有|重点有|主要采取了|采取了|突出|主要从|做好|聚焦)$"
)
# The kinds of place a name ends in, longest first (城区 before 区)
_PLACE_KINDS = "城区|县市区|街道|区|县|市|镇|乡|村"
_TIME_WORDS = re.compile(
    r"^(\d{1,2}[.、．](?!\d)|[（(][一二三四五六七八九十\d]{1,2}[）)]|\d{4}年(\d{1,2}月)?(\d{1,2}日)?(起|以来|开始)?|\d{1,2}[-—至~]\d{1,2}月|\d{1,2}月\d{1,2}日|\d{1,2}月|\d{1,2}日|前[两二三]季度|前\d{1,2}个月|第?[一二三四](?:[、至到-]第?[一二三四])?季度|[上下]半年|全年|截至目前|截至|今年以来|今年|去年同期|上年同期|同期|去年|目前|当前|近年来|"
    r"此外|同时|其中|另外|按可比口径|按可比价格计算|按可比价计算|按现价计算|比如|例如|据了解|据悉|据统计|全市|我市|本市|全区|我区|本区|全县|我县|本县|全省|我局|本局|共|已经|已|还|并|均|都|累计|分别|"
    r"力争|预计|计划|争取|确保|到\d{4}年(底|末)?|下一步|下一阶段|接下来|今后|用[一二两三四五\d]+年(?:时间)?|(?:春节|国庆|中秋|五一|节日|节假日|假期|暑期|寒假|暑假|汛期|疫情|疫情防控|活动|会议|论坛|展会)期间|"
    rf"[两二三四五六七八九十]+个?(?:{_PLACE_KINDS})的?)+"
)
_EVERY = r"(?<![人日户年月平亩])均(?![衡等值价匀])"  # 均 as "each", not 人均, 平均 or 均衡
_TRAIL_WORDS = re.compile(
    r"(分别达到|分别达|分别为|分别|达到了|达到|已达|均为|约为|"
    + _EVERY
    + r"|可望|可达到|可达|仅为|仅|共计|合计|总计|共有|共|累计|达|(?<!行)为|是|有|在|了|的|至|到|从|由|较|全市|我市|本市|预计|"
    r"调整为|调整到|调整至|上调至|上调到|提高到|提升至|提升到|增加到|保持在|保持|稳定在|控制在|压缩至|缩短至|依然|仍然|仍|尚|已|还|(?<![一两船])只|(?<![产动效功技潜智节储热电核风光体职性])能|就|也|将|超过|超|突破|"
    + _ABOUT
    + r"|(?<![附最临邻靠])近|将近|逾|平均|每平方公里|"
    r"原来|原先|降至|降到|降低到|降低至|下降到|下降至|减少到|减少至|增至|增长到|增长至|提高至|上升到|上升至|扩大到|扩大至|拓展到|拓展至|扩展到|扩展至|延伸到|延伸至|缩短到|压缩到|"
    r"[一两三四五六七八九十][个支批名家项类种套]|每年|每月|每天|每日|每周|每人|每户|每小时|现行|按|\d{4}年(?:末|底)?|(?<![比较])上)+$"
)
_LEAD_FLAGS = {"c", "d", "p", "r", "t", "m", "q", "u", "uj", "ul", "f", "x", "w", PLACE_TAG}
_LEAD_KEEP = {"新增", "累计", "按时", "按期"}  # 按时办结率: an adverb that is part of the measure
_LEAD_HAVE = {"有", "共有", "拥有", "现有"}  # 目前全市共有|高风险区1个 (a word of jieba's: not 有效)
# Verbs that start the predicate after a counted noun (70名科级干部|下沉到一线).
_PREDICATES = frozenset(
    "下沉 参加 参与 进行 接受 实现 完成 开展 获得 覆盖 达到 解决 纳入 入驻 投入 参保 受益 落户 通过 进入 "
    "提供 开通 建成 上线 办理 接种 治愈 出院 隔离 返岗 就业 保持 发放 突破 累计 投入使用 投用".split()
)


# A place named as the origin of a method (鼓楼军门社区工作法) is not what a figure is about.
_METHOD_NAME = re.compile(r"[\u4e00-\u9fff]{0,6}?(工作法|模式|经验|做法)")
_SUBJECT_CHARS = 12
_FILED_AT = re.compile(r"\S{0,12}?\d{1,2}月\d{1,2}日电")  # 人民网宁德10月7日电: where a story was filed
_ORIGINS = re.compile(  # where people or firms come from: 来自福州、温州等地; 福州、厦门等地的企业
    r"来自[^，,。；;]{1,24}?等地|(?:[^，,。；;、]{1,8}、)+[^，,。；;、]{1,8}?等地的(?=企业|客商|游客|个人|人员|客户|采购商|投资者|市民)"
)
_BARE_NUMERAL = re.compile(r"[\d.]+|[" + CN_NUMERAL_CHARS + "]+")
_ORDINAL = re.compile(r"第[" + CN_NUMERAL_CHARS + r"\d]*$")
# Thresholds of rules: 60岁以上老年人, 48小时内核酸 (but not 60岁以上的 or a figure that ends its clause)
_RULE_WORD = re.compile(r"(以上|以下|及以上)?[\u4e00-\u9fff]")
_FIGURE_END = re.compile(r"(以上|以下|左右)?[的，,。；]")
_RULE_SCOPE = re.compile(r"(以上|以下|及以上|内|核酸)")
_NOTICE_ASKED = re.compile(r"(?:请|须|需|应|要|务必)提前$")
_INTERVAL = re.compile(r"[^，,。；;]{0,4}间隔")
_AGE_GROUP = re.compile(
    r"(?:的)?[\u4e00-\u9fff]{0,4}?(?:人群|群体|儿童|青少年|青年|老人|老年人|学生|观众|读者|游客|患者|职工)"
)  # 16至24岁登记失业青年, 18至35岁观众
_HOLIDAY = re.compile(r"(?:的)?(?:假期|长假|小长假|黄金周|假日)")
_GRADED = re.compile(r"[\u4e00-\u9fff]{0,3}(?:水质|标准|海水|水体|功能区)|地区|区域|以上|）|\)")  # 二类地区: a class
_CLASS_NAMED = re.compile(r"[\u4e00-\u9fff]{2,}(?:案件|犯罪|人员|人群|器械|企业|项目|事项|场所|行业)")
_CLASS_LIST = re.compile(r"[一二三四五Ⅰ-Ⅴ][、和至到]$")
_CIRCLE = re.compile(r"[\u4e00-\u9fff]{0,4}圈")
_COVERAGE = re.compile(r"(?:以内|范围内)?(?:覆盖率|服务半径)")
_MEETING = re.compile(r"[一二三四五六七八九十\d]*[次届]?(全会|全体会议|会议|党代会|代表大会|人大|常委会|委员会)")
_PHASE = re.compile(r"(工程|项目|建设|建成|扩建|改造|实施|竣工|投用|投产|开工|生产线|厂房|园区)")
_STOP = re.compile(r"[、，,。；;）)\s|｜]|$")  # a name ends: 机场二期、; 医院二期 | 长乐区
_PERSON_AGE = re.compile(r"(他|她|今年|现年|年仅|时年|一位|一名|这位|该名)$")  # 一位68岁的患者
_PERSON_AFTER = re.compile(
    r"的?[\u4e00-\u9fff]?(?:阿姨|大爷|大妈|奶奶|爷爷|阿婆|老伯|老汉|女士|先生|老人家)"
)  # 72岁蔡阿姨
_RULE_OBJECT = re.compile(
    r"(?:[（(]含[）)])?及?(以上|以下)[\u4e00-\u9fff]{0,4}?的[\u4e00-\u9fff]"
)  # 3人以上死亡的较大事故
# a condition or limit a rule sets: 人均月收入低于3000元…等条件, 昼间60分贝、夜间50分贝的排放限值
_RULE_AFTER = re.compile(r"[^。；;！？]{0,30}?(?:等条件|的条件|的排放限值|的限值|的标准值)")
_RULE_SPEAK = re.compile(r"原则上|须|应当|不得|一律|按照“")  # 按照“每周不少于4天”的要求
# a standard's limit (二级标准限值为35微克/立方米), or a level beyond which a rule says what follows
# (超过75微克/立方米即为超标)
_LIMIT_BEFORE = re.compile(r"(?:限值|标准值|标准限值)(?:为|是)?$")
_LIMIT_AFTER = re.compile(r"(?:即为|即|则为|视为|为)(?:超标|不达标|污染)|即视为|即属|视为")
# a class a rule acts on: 对连续两个月满意率低于95%的单位（进行约谈）, 对超期3天以上的工单
_CLASS_AFTER = re.compile(r"[^，,。；;！？]{0,12}?的")
# a count of items earlier in the clause: 仍有3个项目…低于60%
_COUNTED_BEFORE = re.compile(r"\d+(?:个|家|项|所|座|条|处)")
_BOUND_NOUN = re.compile(r"(?:以上|以下)[\u4e00-\u9fff]{2,6}(?:[。，,；;、]|$)")  # …10平方公里以上河流。
# a condition a rule sets, in a clause of its own (封控区连续14天无新增感染者的，可降为管控区)
_CONDITION = re.compile(
    r"[^，,。；;！？]{0,20}的[，,]?(?:可(?!能)|须|需(?!求)|应(?!用)|即可|将|一律|均可)"
)  # not 的需求
# a household's or vehicle's quota in a rule: 每户每2天可安排1人外出, 每车限乘2人
_QUOTA = re.compile(r"每(?:户|车|家|人|次|证)[^，,。；;]{0,8}?(?:可|限|只能|仅|允许)[^，,。；;\d]{0,4}$")
# how often a rule says a thing is done: 每季度至少抽检1次 (not 每年不少于4万人, a target)
_FREQUENCY = re.compile(r"每(?:周|月|季度|年|半年)[^，,。；;\d]{0,8}$")
# a press conference's own guests and time: 邀请到4位嘉宾, 提问时间约30分钟, 限提1个问题
_GUESTS = re.compile(r"(?:嘉宾|发布人|发言人|新闻发言人|负责同志)")
_CONFERENCE_TIME = re.compile(r"(?:提问|答问|问答|发布会)(?:时间|环节)(?:约|为|大约)*$")
# a national service hotline (12333人社服务热线, 12345平台): 12301 to 12399, named as the line
_HOTLINE = re.compile(r"(?<!\d)123\d\d(?!\d)")
_HOTLINE_AFTER = re.compile(r"[^，,。；;]{0,8}?(?:热线|平台|服务|电话|专线)")
# a service's hours in brackets after its telephone number: 0595-22178120（24小时）
_HOURS_AFTER_PHONE = re.compile(r"\d{5,}[（(]$")
_RESULT_TIME = re.compile(r"\d{1,2}分\d{1,2}秒")
_QUARANTINE = re.compile(r"(?:的)?(?:居家|集中|健康)?(?:医学观察|隔离|健康监测)")
_DOWNGRADED = re.compile(r"[^。；;]{0,16}?(?:降为|降级为|调整为|解除)")
_ROUND_THE_CLOCK = re.compile(r"(?:不间断|全天候)?(?:接听|值守|值班|在线|开放|营业|运行|畅通|待命|响应|服务)")


def _names_cap(before: str) -> bool:
    """A cap or a floor a rule sets is named before the figure (substring tests first: most
    money figures name none)."""
    return any(word in before for word in _CAP_WORDS) and _CAP.search(before) is not None


_CAP_WORDS = ("起付", "封顶", "额度", "限额", "最高")


def _said_after(s: str, pos: int, word: str) -> bool:
    """`word` comes before the figure in its sentence: what follows 是指 is a definition, what
    follows 须知 a rule."""
    said = s.rfind(word, max(0, pos - 40), pos)
    return said >= 0 and not any(c in _SENTENCE_END for c in s[said:pos])


_LIMIT_SET = re.compile(r"(?:限流|限额|限量|承载量|上限)(?:为|是|控制在|不超过|的)?$")
_COUNTER = re.compile(r"(?:粉丝|关注|微博|阅读|点赞|赞|转发|评论|回复|收藏|在看|播放|浏览|获赞)[\s:：❤👍]*$")
_CLASS_OF_SIZE = re.compile(r"(?:级)?(?:产业集群|产业链|项目)")
_BOUND_WORD = re.compile(r"以内|以上|以下|之内")
_RULE_BAN = re.compile(r"严禁|禁止|不得|须在|须达|应在|应达")
_HELD = ("召开", "举行", "举办", "组织", "开展", "共", "累计")  # 召开2次会议: how many, no meeting's name
# a cap or a floor a rule sets (起付线分别为200元、500元, 贷款最高额度30万元, 小微企业最高400万元)
_CAP = re.compile(
    r"(?:起付线|封顶线|起付标准|最高额度|最高限额|支付限额|额度上限|最高)(?:[（(][^（()）]{1,6}[）)])?(?:分别)?(?:为|是)?"
    r"(?:[\d.]+[万亿]?元[、和及])*$"
)
_DEFINITION = re.compile(r"统计起点|起点标准|统计范围|统计口径")
_SENTENCE = re.compile(r"有期徒刑|拘役|缓刑|罚金(?!额)|判处")  # not 处罚金额, an enforcement total
# A bound (超10亿元, 逾千人) on a class that a later number of the clause counts (…的企业21家)
_BOUNDS = ("超过", "超", "逾", "突破", "不足", "低于", "高于")
_CLASS_COUNTED = re.compile(
    r"(?:以上|以下)?的[^，,。；;：:！？!?\d]{1,12}?[\d一二两三四五六七八九十]"
    r"|(?![和及与])[\u4e00-\u9fff]{2,8}?\d+[个家所项]"  # 超10亿元项目3个
)
# a bound written into the class a later number counts: 56人以上超大班额班级42个
_CLASS_BOUND = re.compile(r"(?:及|[（(]含[）)])以[上下][\u4e00-\u9fff]")
_BOUND_OF_CLASS = re.compile(r"(?:及以上|以上|以下)(?:的|[^，,、。；;：:！？!?\d的]{2,12}?)\d")  # …以上的23件
_HOUSING_ESTATE = ("村", "苑", "小区", "花园", "公寓", "大厦", "家园", "广场", "号")  # …, 津泰路58号3栋
# a move in a ranking: 较上年前移两位
_RANK_MOVE = ("前移", "后移", "上升", "提升", "下降", "下滑", "跃升", "前进", "后退")
_FROM = re.compile(r"[从由][^，,。；]{0,8}$")
_CHANGED_BY = re.compile(r"(增加了|减少了|增长了|下降了)")
_LIST_SEP = re.compile(r"[、和及与，,]")
_LISTED_NEXT = ("、", "和", "及", "与", "等")
_NAMED_ITEM = re.compile(r"[\u4e00-\u9fff]{1,8}、")  # 建阳区建盏文化街区、邵武市和平古镇: a place's site, listed
_EACH = re.compile("各(?![类种项级地界族])|" + _EVERY)  # not 各类, 各项: of all kinds
_ANAPHORA = re.compile(r"(该|此|这一?|上述)(项目|工程|企业|园区|中心|平台|基地|活动)")
_OWN_PLACE = re.compile(r"全市|我市|本市|全区|我区|全县|我县|全镇|全乡|全村")
_BASE_MARKS = ("占", "比", "较", "于")  # 鲤城区…，占全市的30.9%: the city is the base of the share, not its subject
# 全省/全国 opening a clause (全省数字经济规模…), not inside one (在全省率先, 占全省GDP比重) nor
# naming an honour or a rank (全国文明城市, 全省率先, 全国首个)
# the words for all of the province or the country, longest first, and the place each means
_WIDE_PLACE = {"全省": "福建省", "我省": "福建省", "福建省": "福建省", "福建": "福建省", "全国": "全国", "我国": "全国"}
_WIDE_SCOPE = re.compile(
    r"(?:^|(?<=[，,；;。：:！？!（(]))(?:今年以来|截至目前|目前|据统计|其中|同时|同期|此外"
    r"|(?:\d{4}年|今年|去年|全年)(?:上半年|前三季度|全年|[1-9]-?\d{0,2}月份?)?)?[，,]?"
    rf"({'|'.join(_WIDE_PLACE)})"
    r"(?!首|率先|文明|第|片区|人大|政协|先进|示范|百强|重点|前列|领先|唯一|最|日报|省委|委|人民政府|政府)"
)  # the province or the country opening a clause: 全省…, 福建省网上办事大厅已汇聚…, 2023年福建省…
# 其中 and 分产业看 detail the sentence before
_REFERRED_TIME = re.compile(r"\s*(?:其中|分[\u4e00-\u9fff（）、]{1,8}看|[^，,。；;]{0,8}?(?:此次|本次|当日|当天|当晚))")
_NAMED_YEAR = re.compile(r"(\d{4})年(?!\d{1,2}月)")  # 2022年末，… (not a date: 2022年3月…)


def _year_in_force(s: str, title: str, pub_date: date | None) -> int | None:
    """The year a paragraph reports on, for its 全年 and 年末: the year that opens it (2022年末，…),
    else the one its article's title names (三明市2022年国民经济和社会发展统计公报), if not later
    than the document."""
    opening = _NAMED_YEAR.match(s.lstrip()) or _NAMED_YEAR.search(title or "")
    year = int(opening.group(1)) if opening else None
    return year if year and (pub_date is None or year <= pub_date.year) else None


class Number(NamedTuple):
    """A numeral with its unit as found in simplified text (a tuple: one is made per numeral)."""

    start: int
    end: int
    unit_start: int
    value: float
    value_high: float | None
    unit: Unit | None
    inner_at_least: bool
    chinese: bool


@cache
def _structure() -> tuple[tuple[str, ...], re.Pattern[str]]:
    text = (DATA_DIR / "structure.txt").read_text(encoding="utf-8")
    sections: dict[str, list[str]] = {}
    current = None
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            current = sections.setdefault(line.strip("[]"), [])
        else:
            current.append(line)
    idioms = sorted(sections["idioms"], key=len, reverse=True)
    return tuple(sections["after_unit"]), re.compile("|".join(map(re.escape, idioms)))


def find_numbers(s: str) -> list[Number]:
    """Every numeral followed by a unit (or a percentage phrase) in simplified text."""
    found: list[Number] = []
    pos = 0
    followers = _followers()
    for m in (NUMERAL_SPACED if SPACED_GROUPS.search(s) else NUMERAL).finditer(s):
        if m.start() < pos:
            continue
        follower = s[m.end() : m.end() + 1]
        if (
            follower not in followers
            and not follower.isspace()
            and "分之" not in m.group()
            and not _names_index(s, m.start())
            and not _ratio_part(s, m.start(), m.end())
        ):
            continue  # no magnitude, range, 多/余 or unit can start here (进一步, 一是): not a figure
        number = _read_number(s, m)
        if number is not None:
            found.append(number)
            pos = number.end
    return found


@cache
def _followers() -> frozenset[str]:
    """The characters a figure's numeral can be followed by, as `_read_number` reads on."""
    return unit_starts() | {w[0] for w in MAGNITUDES} | set("-~～—–至到多余几/／、和及与") | set(_RATIO_SIGNS)


def _read_number(s: str, m: re.Match[str]) -> Number | None:
    token = m.group()
    lead = s[max(0, m.start() - 1) : m.start()]
    pair = neighbouring_pair(token)
    try:
        value = pair[0] if pair else parse_number(token)
    except ValueError:
        # a bare magnitude is a figure only as an order of size: 近百亿元, 百余家, 千多个, 上万人次, 突破千万人次
        if token[0] not in "百千万" or not (
            lead in ("近", "逾", "超", "上", "破") or s.startswith(("余", "多"), m.end())
        ):
            return None
        try:
            value = parse_number("一" + token)
        except ValueError:
            return None  # 近百千家
    # a scraped page's &nbsp; between a figure and its magnitude or unit: 1.59&nbsp;亿元
    factor, i = _magnitude(s, m.end() + (s.startswith("\xa0", m.end()) and not s.startswith("\xa0\xa0", m.end())))
    value *= factor
    if not pair and factor >= 1e4 and (rest := _REMAINDER.match(s, i)):
        part_factor, j = _magnitude(s, rest.end())
        if 0 < (part := float(rest.group().replace(",", "")) * part_factor) < factor:
            value, i = value + part, j  # 102万3,456人次, 1亿2,000万元: the rest below the magnitude
    value_high = pair[1] * factor if pair else None
    sep = _RANGE_SEP.match(s, i)
    if (
        not pair
        and sep
        and (second := NUMERAL.match(s, sep.end()))
        and is_chinese_numeral(second.group()) == is_chinese_numeral(token)
    ):
        try:
            high = parse_number(second.group())
        except ValueError:
            high = None
        if high is not None:
            f2, j = _magnitude(s, second.end())
            if match_unit(s, j) and high * f2 > value:
                if factor == 1 and f2 > 1:
                    value *= f2  # 4.1至6.4万人次: the magnitude after the upper bound applies to both
                elif factor == 1 and (upper := second.group())[-1] in "万亿" and not set(token) & set("万亿"):
                    value *= MAGNITUDES[upper[-1]]  # 二点五至三万吨: so does one inside the upper bound
                value_high, i = high * (f2 if f2 > 1 else factor), j
    inner = lead == "上" and token[0] in "百千万"  # 上万人次: ten thousand and more
    if i < len(s) and (s[i] in "多余" or s[i] == "几" and token[-1] in "十百千万") and not match_unit(s, i):
        inner, i = True, i + 1  # 2万余人, 十几个 (ten and some): at least
        f3, i = _magnitude(s, i)
        value *= f3
    if not pair and factor == 1 and (seconds := _AND_SECONDS.match(s, i)):  # 4分30秒: one span, in seconds
        return Number(m.start(), seconds.end(), i, value * 60 + int(seconds.group(1)), None,
                      unit_by_canonical("秒"), inner, is_chinese_numeral(token))  # fmt: skip
    unit = match_unit(s, i)
    if token.startswith("百分之"):
        unit, end = unit_by_canonical("%"), i
    elif "分之" in token:
        unit, end = None, i
    elif unit is None and (per := _PER_POPULATION.match(s, i)):
        unit, end = Unit(per.group(), "/" + per.group()[1:], "rate"), per.end()  # 8.5/10万: a rate per 100,000
    elif unit is None and (shared := _shared_unit(s, token, factor, i)):
        unit, end = shared, i
    elif unit is None:
        if not _bare_figure(s, token, factor, m.start(), i):
            return None
        end = i
    elif unit.written == "个" and _POINTS_AHEAD.match(s, i + 1):
        unit, end = unit_by_canonical("个百分点"), i + 1  # 分别高于全国3.1个和4.4个百分点
    else:
        unit, end = _per(s, unit, i + len(unit.written))
        if value_high is None and (upper := _upper_bound(s, end, unit, token, value)):
            value_high, end = upper  # 28元至32元, 17℃~22℃: the unit written after both bounds
    if "分之" not in token:  # a fraction keeps its exact value (三分之二 is 0.666…, as the spec asks)
        value, value_high = tidy(value), tidy(value_high) if value_high is not None else None
    return Number(m.start(), end, i, value, value_high, unit, inner, is_chinese_numeral(token))


def _upper_bound(s: str, pos: int, unit: Unit, token: str, low: float) -> tuple[float, int] | None:
    """The upper bound of a range whose bounds each write the unit (28元至32元): its value and end."""
    sep = _RANGE_SEP.match(s, pos)
    second = sep and NUMERAL.match(s, sep.end())
    if not second or is_chinese_numeral(second.group()) != is_chinese_numeral(token):
        return None
    try:
        high = parse_number(second.group())
    except ValueError:
        return None
    factor, j = _magnitude(s, second.end())
    if match_unit(s, j) != unit or high * factor <= low:
        return None
    return high * factor, j + len(unit.written)


_REMAINDER = re.compile(r"\d{1,3}(?:,\d{3})+(?![\d.])|\d{1,4}(?![\d.,])")
_AND_SECONDS = re.compile(r"分(?:钟)?(\d{1,2})秒")
_PER_POPULATION = re.compile(r"[/／]\d*[十百千万]+(?![\d/／])")
_INDEX_BEFORE = re.compile(
    r"(?:指数|系数|比值|收入比|得分|pH\S{0,3}值)(?:[（(][A-Za-z\d.]{1,8}[）)])?"
    r"(?:为|是|达到|达)?$"
)  # 综合指数为2.56, 生态环境状况指数（EI）为86.4
# an index named earlier in the clause, its value now changed or moved from or to: 城乡居民收入比为2.13，
# 比上年缩小0.05; 收入比从上年同期的1.76缩小至1.72
_INDEX_NAMES = ("指数", "系数", "比值", "收入比")
_INDEX_MOVED = re.compile(
    rf"(?:{'|'.join(_INDEX_NAMES)})"
    r"(?:[^。；;！？]{0,20}?(?:缩小|扩大|下降|上升|提高|降低)(?:至|到)?|(?:从|由)[^。；;，,]{0,10}的)$"
)
_INDEX_LAST = frozenset("数值分比为是到达")  # the last characters _INDEX_BEFORE can end with
_MOVED_LAST = frozenset("小大降升高低至到的")  # and _INDEX_MOVED


def _names_index(s: str, start: int) -> bool:
    """An index is named right before `start` (综合指数为2.56), or moves there: its value needs
    no unit."""
    last = s[start - 1 : start]
    if last in _INDEX_LAST and _INDEX_BEFORE.search(s, max(0, start - 14), start):
        return True
    if last not in _MOVED_LAST:
        return False
    window = s[max(0, start - 36) : start]
    return any(name in window for name in _INDEX_NAMES) and bool(_INDEX_MOVED.search(window))


_POINTS_AHEAD = re.compile(r"(?:[、和及与]\d+(?:\.\d+)?个)*[、和及与]\d+(?:\.\d+)?个百分点")
_LIST_AHEAD = re.compile(r"(?:[、和及与]\d+(?:\.\d+)?[万亿]?)+")
_LIST_MAGNITUDE = re.compile(r"\d([万亿]?)(?![\d.])")


def _shared_unit(s: str, token: str, factor: float, end: int) -> Unit | None:
    """The unit that only the last of a list of figures writes (分别接待游客12.4万、6.3万、4.7万人次),
    when every figure of the list has the same magnitude as this one."""
    if is_chinese_numeral(token) or not (listed := _LIST_AHEAD.match(s, end)):
        return None
    if any(MAGNITUDES.get(m, 1.0) != factor for m in _LIST_MAGNITUDE.findall(listed.group())):
        return None
    return match_unit(s, listed.end())


_RATIO_COLON = "∶"  # U+2236, the ratio sign (a clock's colon is ASCII or full-width)
_RATIO_SIGNS = _RATIO_COLON + ":："
_COLON_RATIO = re.compile(
    r"\d+(?:\.\d+)?(?:[:：]\d+(?:\.\d+)?)+"
)  # 9.8:53.4:36.8, 3.6:1 (a clock's 18:19 has no point)


def _ratio_part(s: str, start: int, end: int) -> bool:
    """A part of a ratio: 2.1∶54.2∶43.7 with the ratio sign, or colons between parts, one with a decimal."""
    after, before = s[end : end + 1], s[start - 1 : start]
    if _RATIO_COLON in (after, before):
        return True
    if not (after in _RATIO_SIGNS and after or before in _RATIO_SIGNS and before):
        return False
    lo = start
    while lo > 0 and (s[lo - 1].isdigit() or s[lo - 1] in ".:："):
        lo -= 1
    whole = _COLON_RATIO.match(s, lo)
    return whole is not None and whole.end() >= end and "." in whole.group()


_PER_TIME = re.compile(r"月|年|天|日|周")
_AND_TIME = re.compile(r"[·•/／](?:月|年|天|日)")  # 1040元/人·月, 22.5元/平方米/月


def _per(s: str, unit: Unit, end: int) -> tuple[Unit, int]:
    """`1.85万元/平方米`, `32万元/亩`, `800元/月`, `1040元/人·月`: a unit per another (or per a
    time) is one unit, a rate, written as the spec writes units, without magnitude (元/平方米)."""
    if not s.startswith(("/", "／"), end):
        return unit, end
    if per := match_unit(s, end + 1):
        written, canonical = per.written, per.canonical
        if then := _AND_TIME.match(s, end + 1 + len(written)):
            written, canonical = written + then.group(), canonical + then.group()
    elif time := _PER_TIME.match(s, end + 1):
        written = canonical = time.group()
    else:
        return unit, end
    return Unit(f"{unit.written}/{written}", f"{unit.canonical}/{canonical}", "rate"), end + 1 + len(written)


def _bare_figure(s: str, token: str, factor: float, start: int, end: int) -> bool:
    """A figure that ends its clause needs no unit when it is in ten thousands or more
    (注册用户突破260万，) or the value of an index named right before it (综合指数为2.56，); nor does
    a part of a ratio."""
    if is_chinese_numeral(token):
        return False
    if _ratio_part(s, start, end):
        return True  # 三次产业结构为2.1∶54.2∶43.7: the parts of a ratio
    if not (end == len(s) or s[end] in _LIST_ITEM_END_CHARS):
        return False
    return factor >= 1e4 or _names_index(s, start)


def _magnitude(s: str, pos: int) -> tuple[float, int]:
    """Magnitude words after a number, one at a time, stopping where a unit starts (7400万千瓦时)."""
    factor = 1.0
    while pos < len(s) and not match_unit(s, pos):
        word = next((w for w in MAGNITUDES if s.startswith(w, pos)), None)
        if word is None:
            break
        factor *= MAGNITUDES[word]
        pos += len(word)
    return factor, pos


# what the number counts, then the ranking in it: 九个|设区市中排名第三 (not 8.2%在全省…中排名)
_PLACE_FIELD = re.compile(r"(?:设区市|地市|县（市、区）|县市区|区县|县区)中")
_RANK_FIELD = re.compile(
    r"(?:(?!在|全省|全国|全市)[^，,。；;\d零一二三四五六七八九十百千万]){0,8}?中(?:排名|排在|排第|位居|位列|居(?=第|首|前))"
)
_BREAKDOWN = re.compile(r"\s*其中[，,：:]?")
_DATE_MARKS = ("·", "•", "・", ".", "．")
_DATE_NAME = re.compile(rf"\d[{re.escape(''.join(_DATE_MARKS))}]$")
_VAGUE = re.compile(r"(?<![人总户次件个位家例员量目业])数$|几$")


def exclusion(s: str, n: Number, in_idiom=lambda pos: False) -> str | None:
    """Why a number is not an indicator (ordinal, name, structure, threshold, a size such as 数十,
    the field of a ranking), or None."""
    before = s[max(0, n.start - 6) : n.start]
    after = s[n.end : n.end + 6]
    token = s[n.start : n.unit_start]
    dimension, written = (n.unit.dimension, n.unit.written) if n.unit else (None, None)
    if before.endswith((".", "．")) or (before.endswith("?") and not n.chinese):
        return "damaged number"  # 提高到?.35张, 加装?087部: a converter lost the digits before (or a character)
    if before.endswith(_DATE_MARKS) and _DATE_NAME.search(before):
        return "date as a name"  # 5·18期间, 3·15晚会
    if before.endswith("第") or _ORDINAL.search(before):
        return "ordinal"
    if before.endswith("初") and n.chinese:
        return "date"  # 大年初三, 正月初六: a day of the lunar month
    if before.endswith(("标准（", "标准(")):
        return "threshold in a rule"  # 优于国家二级标准（35微克/立方米）: the standard's limit
    if before.endswith(("前", "后")) and s.startswith(("位", "名", "强"), n.unit_start):
        return "ordinal"  # 排名全省前三位, 进入全国前10名, 排名后三位: a rank
    if before.endswith(("×", "=", "＝")):
        return "formula"  # 按时办结率=按时办结件数/应办结件数×100%
    if before.endswith("每"):
        return "base of a rate"  # 每10万人中拥有…的人数
    if before[-1:].isascii() and before[-1:].isalpha():
        return "name"  # N95口罩, KN95: a product's or standard's code
    if before.endswith(("前", "近")) and written in ("个月", "届"):
        return "span of time used as a date"  # 今年前10个月, 创近五届新高
    if in_idiom(n.start):
        return "fixed phrase"
    if _inside_name(s, n.start):
        return "name in quotes"
    if n.chinese and token.rstrip("多余") in ("一", "壹") and not _is_proportion(n):
        return "one as an article"  # 一名干部, not 增长一倍, 提高一个百分点, 一成
    if n.chinese and token.startswith("十") and _VAGUE.search(before):
        return "no figure"  # 数十家医院, 几十个: a size, not a count
    if _RANK_FIELD.match(s, n.end) or _PLACE_FIELD.match(s, n.end):
        return "field of a ranking"  # 在全省九个设区市中排名第三; 全省9个设区市中，厦门…
    after_unit, _ = _structure()
    if s.startswith(after_unit, n.unit_start) or _STRUCTURE_VERB.search(s, max(0, n.start - 8), n.start):
        return "structure of the speech"
    if (after[:1] in ("：", ":") and not _ratio_part(s, n.start, n.end)) or (after.startswith("——") and n.unit is None):
        return "structure of the speech"
    if token == "1" and (before[-1:] in _RATIO_SIGNS) != (after[:1] in _RATIO_SIGNS):
        return "base of a ratio"  # 车桩比3.6:1, 医护比1:1.12: what the figure is to
    if dimension == "duration" and _CIRCLE.match(after):
        return "name of a plan"  # 15分钟便民生活圈, 1小时经济圈
    if dimension in ("length", "duration") and (_COVERAGE.match(after) or after.startswith("范围内")):
        return "threshold in a rule"  # 公交站点500米覆盖率, 地铁出入口50米范围内
    if s.startswith("级", n.end) and dimension == "mass":
        return "class of a ship or berth"  # 20万吨级集装箱船, 10万吨级泊位
    if written == "轮" and s.startswith("车", n.end):
        return "name"  # 三轮车
    if written == "对" and _BARE_NUMERAL.match(s, n.end):
        return "fixed phrase"  # 1对1帮扶, 一对一: a way of working, not couples
    if _INTERVAL.match(after) or dimension == "duration" and _RULE_SPEAK.search(_clause_before(s, n.start)):
        return "threshold in a rule"  # 两剂次接种间隔应在3周以上, 接种后须留观30分钟, 须主动报告并居家隔离14天
    if dimension == "age" and _AGE_GROUP.match(after):
        return "threshold in a rule"  # 12-17岁人群: an age group a rule names
    if dimension == "duration" and _NOTICE_ASKED.search(before):
        return "threshold in a rule"  # 请提前3天报备: the notice a rule asks for
    if dimension in ("duration", "age") and before.endswith("满"):
        return "threshold in a rule"  # 完成全程接种满3个月, 未满1岁, 缴纳社会保险满12个月: a condition
    if before.endswith("为期") and (dimension == "duration" or after.startswith("半")):
        return "span of time used as a date"  # 为期3个半月的休渔期
    if dimension == "duration" and _HOLIDAY.match(after):
        return "span of time used as a date"  # 7天假期, 春节7天长假
    if dimension == "duration" and before.endswith("最大"):
        return "name of a measure"  # 臭氧日最大8小时平均浓度
    if written == "类" and (_GRADED.match(s, n.end) or n.chinese and _CLASS_LIST.search(before)):
        return "grade"  # 一、二类水质, Ⅱ类标准: a class of quality, no count
    if written == "类" and n.chinese and _CLASS_NAMED.match(s, n.end):
        return "name of a class"  # 八类严重暴力案件, 三类医疗器械: which kinds, not how many
    if dimension in ("age", "duration") and not before.endswith("平均"):
        if _RULE_WORD.match(after) and not _FIGURE_END.match(after) and _RULE_SCOPE.match(after):
            return "threshold in a rule"
    if dimension == "duration":
        if _QUARANTINE.match(s, n.end) or before.endswith(("医学观察", "集中隔离", "居家隔离", "健康监测")):
            return "threshold in a rule"  # 落实14天居家医学观察, 居家医学观察14天: how long a rule says to isolate
        if before.endswith("连续") and _DOWNGRADED.match(s, n.end):
            return "threshold in a rule"  # 连续7天无新增感染者，降为中风险区: the rule's condition
        if n.value == 24 and _ROUND_THE_CLOCK.match(s, n.end):
            return "service hours"  # 热线24小时接听: open day and night, no figure
        if _RESULT_TIME.match(s, n.end) or (written == "秒" and before.endswith("小时")):
            return "a result's time"  # 以2小时06分19秒夺得冠军: a race won, not a measure of a place
        if before.endswith("跑进") or "关门时间" in s[max(0, n.start - 20) : n.start]:
            return "threshold in a rule"  # 2860名跑者跑进3小时; 全程关门时间为6小时，半程为3小时
    if dimension == "length" and before.endswith(("马拉松（", "马拉松(")):
        return "a race's distance"  # 全程马拉松（42.195公里）
    share = "分之" in token or dimension == "percent"
    if _RULE_OBJECT.match(s, n.end) and not share:  # 三分之二以上的乡镇, 90%以上的企业: a share, no rule
        return "threshold in a rule"
    if _RULE_AFTER.match(s, n.end) or (
        before.endswith(("低于", "高于", "超过", "少于")) and _RULE_SPEAK.search(_clause_before(s, n.start, 30))
    ):
        return "threshold in a rule"  # 原则上不低于60%, 最高时速不得超过15公里
    if dimension == "money" and _names_cap(s[max(0, n.start - 40) : n.start]):
        return "threshold in a rule"  # 起付线分别为200元、500元: what a rule caps or starts paying at
    if _said_after(s, n.start, "是指"):
        return "definition"  # 非全日制用工是指…每日工作时间不超过4小时…的用工形式
    if _said_after(s, n.start, "须知"):
        return "threshold in a rule"  # 读者须知：每证可借图书10册，借期30天
    if written == "届" and n.value >= 1900 and not n.chinese:
        return "name of a class"  # 2023届高校毕业生: the year's graduates
    if not share and before.endswith(_BOUNDS) and _CLASS_COUNTED.match(s, n.end):
        return "threshold of a class"  # 产值超10亿元的企业21家: the firms are counted, 10亿元 bounds them
    if not share and _BOUND_OF_CLASS.match(s, n.end):
        return "threshold of a class"  # 56人以上超大班额班级42个, 超期5个工作日以上的23件
    if _CLASS_BOUND.match(s, n.end):
        return "threshold of a class"  # 7座及以下小客车, 60周岁及以上人口: whom or what a class takes in
    if written in ("座", "栋", "幢", "号楼") and before.endswith(_HOUSING_ESTATE):
        return "address"  # 湖前新村1-8座: buildings of a risk area, by number
    if written in ("位", "名") and before.endswith(_RANK_MOVE):
        return "ordinal"  # 排名较上年前移两位: a move in a ranking
    if written in ("届", "次") and _MEETING.match(after) and not before.endswith(_HELD):
        return "name of a meeting"  # 省委十一届二次全会, 第二次会议
    if (
        written == "期"
        and n.chinese
        and (before.endswith(("分", "园", "城", "港")) or _PHASE.match(s, n.end) or _STOP.match(s, n.end))
    ):
        return "phase of a project"  # 分两期建设, 一期工程, 机场二期、, 软件园二期驿站
    if written == "份" and before.endswith("印"):
        return "print run"  # 共印30份: a bulletin's copies
    if dimension == "duration" and before.endswith("会期"):
        return "a meeting's length"  # 会期3天半
    if written == "岁" and (_PERSON_AGE.search(before) or _PERSON_AFTER.match(s, n.end)):
        return "a person's age"  # 他今年56岁
    if (
        "对" in s[max(0, n.start - 20) : n.start]
        and _clause_before(s, n.start).lstrip().startswith("对")
        and _CLASS_AFTER.match(s, n.end)
    ):
        return "threshold of a class"  # 对连续两个月满意率低于95%的单位…约谈: whom a rule acts on
    if dimension == "percent" and before.endswith(_BOUNDS) and _COUNTED_BEFORE.search(_clause_before(s, n.start, 30)):
        return "threshold of a class"  # 仍有3个项目投资完成率低于60%: the bound of the items counted
    if _BOUND_NOUN.match(s, n.end) and _COUNTED_BEFORE.search(_clause_before(s, n.start, 30)):
        return "threshold of a class"  # 覆盖全部46条流域面积10平方公里以上河流: which rivers are counted
    if _LIMIT_BEFORE.search(before) or _LIMIT_AFTER.match(s, n.end):
        return "threshold in a rule"  # 二级标准限值为35微克/立方米, 超过75微克/立方米即为超标
    if ("的" in s[n.end : n.end + 22] and _CONDITION.match(s, n.end)) or (
        "每" in s[max(0, n.start - 16) : n.start] and _QUOTA.search(s, max(0, n.start - 16), n.start)
    ):
        return "threshold in a rule"  # 连续14天无新增感染者的，可降为…; 每户每2天可安排1人外出
    if (
        written == "次"
        and "每" in s[max(0, n.start - 12) : n.start]
        and _FREQUENCY.search(s, max(0, n.start - 12), n.start)
    ):
        return "threshold in a rule"  # 每季度至少抽检1次
    if written in ("位", "名") and _GUESTS.match(after) or written == "个" and after.startswith("问题"):
        return "structure of the speech"  # 邀请到4位嘉宾, 每位记者限提1个问题
    if dimension == "duration" and (_CONFERENCE_TIME.search(before) or _HOURS_AFTER_PHONE.search(before)):
        return "structure of the speech"  # 提问时间约30分钟; 电话：0595-22178120（24小时）
    if _HOTLINE.fullmatch(token) and _HOTLINE_AFTER.match(s, n.end):
        return "name"  # 12333人社服务热线: a hotline's number
    if written and written.startswith("米/") and "风" in s[max(0, n.start - 12) : n.start]:
        return "weather"  # 最大风力15级（50米/秒）
    window = s[max(0, n.start - 24) : n.start]
    if ("统计" in window or "起点" in window) and _DEFINITION.search(_clause_before(s, n.start, 24)):
        return "threshold in a definition"  # 固定资产投资统计起点为计划总投资500万元: a footnote's scope
    if dimension == "money" and before.endswith(("处", "处以", "以上")) and "罚款" in s[n.end : n.end + 16]:
        return "threshold in a rule"  # 处100元以上500元以下罚款: the fine a rule sets, both its ends
    if _LIMIT_SET.search(before):
        return "threshold in a rule"  # 单日限流8000人次, 瞬时承载量控制在8000人: a cap on visitors
    if n.unit is None and _COUNTER.search(before):
        return "a post's counter"  # 粉丝 386万  微博 5.6万, 阅读 2.6万: a page's counts of itself
    if dimension in ("length", "area") and before.endswith(("不小于", "不大于")):
        return "threshold in a rule"  # 通道净宽不小于4米: a standard's bound
    if dimension == "money" and _CLASS_OF_SIZE.match(s, n.end):
        return "name of a class"  # 千亿元产业集群, 5亿元至10亿元项目: a size that names a class
    if _BOUND_WORD.match(s, n.end) and _RULE_BAN.search(_clause_before(s, n.start, 30)):
        return "threshold in a rule"  # 严禁在距岸3海里以内作业, 单个菇棚面积须在500平方米以上
    if (
        dimension in ("duration", "money")
        and _SENTENCE.search(window)
        and _SENTENCE.search(_clause_before(s, n.start, 24))
    ):
        return "a court's sentence"  # 判处其有期徒刑3年，并处罚金5万元: of a defendant, not of a place
    return None


def _clause_before(s: str, pos: int, limit: int = 20) -> str:
    """The clause before `pos`, at most `limit` characters of it."""
    lo = max(0, pos - limit)
    cut = max(s.rfind(c, lo, pos) for c in "，,。；;：:！？!?")
    return s[max(lo, cut + 1) : pos]


def _is_proportion(n: Number) -> bool:
    return n.unit is not None and n.unit.dimension in ("percent", "percent_point", "ratio")


def _inside_name(s: str, pos: int, window: int = 200) -> bool:
    """Inside a short quoted name (“3个十万”, “十四五”) or a title in 《》 that opens nearby."""
    floor = max(0, pos - window)
    for open_, close, limit in (("“", "”", 15), ("《", "》", window), ("「", "」", 15)):
        lo = s.rfind(open_, floor, pos)
        if lo < 0 or s.rfind(close, lo + 1, pos) >= 0:
            continue
        hi = s.find(close, pos, pos + limit + 1)
        if hi >= 0 and hi - lo - 1 <= limit:
            return True
    return False


_UNIT_ASIDE = re.compile(r"[（(][\u4e00-\u9fff]{1,2}[）)]")  # 1.8万台（套）: another unit, no label
# A bracket inside a term, `执业（助理）医师`, `县（市、区）`: not a clause end.
# An abbreviation in brackets is one too: 细颗粒物（PM2.5）平均浓度.
_SHORT_ASIDE = re.compile(r"[（(](?:[^（()）\d，,。；;：:]{1,6}|[A-Za-z][A-Za-z\d.]{0,7})[）)]")


def _short_asides(s: str) -> set[int]:
    """Positions of the brackets of short asides in `s`."""
    if "（" not in s and "(" not in s:
        return set()
    return {pos for m in _SHORT_ASIDE.finditer(s) for pos in (m.start(), m.end() - 1)}


class _Boundaries:
    """Positions just after each clause end of a paragraph, found once: `start(pos, floor)` is
    where the clause holding `pos` starts, not before `floor` (floor ≤ pos)."""

    def __init__(self, s: str, ends: re.Pattern[str]):
        inside = _short_asides(s)
        self.after = (
            [m.end() for m in ends.finditer(s) if m.start() not in inside]
            if inside
            else [m.end() for m in ends.finditer(s)]
        )
        self.length = len(s)

    def start(self, pos: int, floor: int) -> int:
        i = bisect.bisect_right(self.after, pos) - 1
        return max(floor, self.after[i]) if i >= 0 else floor

    def end(self, pos: int) -> int:
        """Just after the clause end that closes the clause holding `pos` (or the paragraph's end)."""
        i = bisect.bisect_right(self.after, pos)
        return self.after[i] if i < len(self.after) else self.length


class _Sentences:
    """Sentence boundaries of a paragraph, found once; a run-on "sentence" is capped in length
    so that work per number stays bounded on a megabyte-long line."""

    CAP = 200

    def __init__(self, s: str, ends: str = _SENTENCE_END):
        self.ends = [m.end() for m in re.finditer(f"[{ends}]", s)]
        self.length = len(s)

    def span(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.ends, pos)
        lo = self.ends[i - 1] if i else 0
        hi = self.ends[i] - 1 if i < len(self.ends) else self.length
        return max(lo, pos - self.CAP), min(hi, pos + self.CAP)


@lru_cache(maxsize=131072)
def tag(text: str) -> tuple[Word, ...]:
    """jieba's words with part of speech, without HMM (cached: the same clauses recur)."""
    return pos_tag(text) if text else ()


def _strip_lead(text: str) -> str:
    dropped_count = False
    text = text.lstrip("、，,　 （()”")
    text = _TIME_WORDS.sub("", text)
    words = list(tag(text))
    while words and (_droppable_lead(words[0]) or (dropped_count and words[0].word in _ADMIN_UNITS)):
        dropped_count = words.pop(0).flag == "m"  # 福州、泉州两|市地区生产总值: the places' count and kind
    return "".join(w.word for w in words)


def _droppable_lead(word) -> bool:
    """Scope, time, conjunctions, adverbs and 有 before a label; an opening quote starts a name."""
    if word.word in _LEAD_KEEP or word.word == "“":
        return False
    if word.word in _LEAD_HAVE:
        return True
    if word.flag == "m":
        return bool(_BARE_NUMERAL.fullmatch(word.word))
    return word.flag in _LEAD_FLAGS


@lru_cache(maxsize=65536)
def label_before(text: str) -> str:
    """`全市粮食播种面积` from `一、守好群众的…。全市粮食播种面积`: the clause minus scope, time and verbs;
    of a headline, its last phrase (福州持续优化营商环境 市场主体突破…)."""
    gaps = list(_HEADLINE_GAP.finditer(text))
    text = text[gaps[-1].end() :] if gaps else text
    if listed := _NAMES_THEN_RESPECTIVELY.match(text):
        text = text[listed.end() :]  # 建阳区建盏文化街区、邵武市和平古镇分别|接待游客: the names are places'
    text = _ADVERBIAL.sub("", _PRE_QUALIFIER.sub("", text))
    while True:  # stripping one end can expose more to strip at the other
        stripped = _TRAIL_WORDS.sub("", _strip_lead(text))
        if stripped == text:
            inner = _INNER_TIME.search(text, 1)
            return _clipped(text[: inner.start()] + text[inner.end() :] if inner else text)
        text = stripped


_LABEL_CHARS = 24


def _clipped(label: str) -> str:
    """A long label without its first words, so that no word is cut in two."""
    words = [w.word for w in tag(label)] if len(label) > _LABEL_CHARS else []
    while words and len(label) > _LABEL_CHARS:
        label = label[len(words.pop(0)) :]
    return label


# a list of sites with their places, each what a figure after 分别 is of (建阳区建盏文化街区、…光泽县大峡谷
# 分别), not places alone before a measure (福安、福鼎地区生产总值分别, 石狮市、晋江市优良天数比例分别为)
_NAMES_THEN_RESPECTIVELY = re.compile(r"(?:[^，,。；;、\d]{5,12}、)+[^，,。；;、\d]{1,8}分别")
_HEADLINE_GAP = re.compile(r"(?<=[\u4e00-\u9fff”》])[ \u3000]+(?=[\u4e00-\u9fff“《])")
# a time inside a label, after its subject: 12345热线一季度共受理群众诉求
_INNER_TIME = re.compile(  # not the time of a base: 比去年上半年, 较2021年一季度
    r"(?<![比较于、年])(?:今年|去年|全年)?(?:第?[一二三四]季度|[上下]半年|前[两二三]季度|\d{1,2}[-—至~]\d{1,2}月)(?:以来)?(?:共|累计)?"
)
_ADVERBIAL = re.compile(
    r"今年以来|去年以来|近年以来|近年来|截至目前|分别(?=[^，,。；;]{0,6}$)"
)  # 12345热线今年以来受理诉求
_PHRASE = re.compile(r"[^，,﹐。；;﹔：:！？!?、（(）)\d\s]*")  # a space ends a headline's phrase
_THRESHOLD = re.compile(r"(?:\d+(?:周岁|岁|小时|天)|\d*[千百]?[万亿]元)(?:及以上|以上|以下)")  # 80周岁以上, 亿元以上


def label_after(text: str) -> str:
    """The noun phrase after a number: `组建了8个医联体` → `医联体`, `97.85%的审批事项` → `审批事项`,
    `1453名符合政策条件的困难对象纳入…` → `困难对象` (the head after 的, up to the predicate)."""
    text = _POST_QUALIFIER.sub("", text[:4], count=1) + text[4:] if _POST_QUALIFIER.match(text) else text
    text = text[unit_aside.end() :] if (unit_aside := _UNIT_ASIDE.match(text)) else text  # 1.8万台（套）终端
    if _TRANSITION.match(text):
        return ""
    threshold = _THRESHOLD.match(text)  # 2.6万名|80周岁以上老年人: the class counted
    start = threshold.end() if threshold else 0
    phrase = _PHRASE.match(text, start)
    head = _head_noun(phrase.group().lstrip("的"))
    if head and head == phrase.group() and (aside := _SHORT_ASIDE.match(text, phrase.end())):
        head += aside.group()  # 134个乡镇（街道）: the aside is part of the name
    if threshold:
        return threshold.group() + head if head else ""
    return head


@lru_cache(maxsize=65536)
def _head_noun(phrase: str) -> str:
    """The counted or modified noun at the start of `phrase` (cached: phrases recur far more
    often than the text after a number does)."""
    kept: list[str] = []
    nouns = 0
    kept_starts_with_verb = False
    for w in _name_first(phrase):
        if w.word == "的":
            if nouns and not kept_starts_with_verb:
                break  # 300多家企业|的生产经营: the counted noun is before 的
            kept, nouns = [], 0  # 符合政策条件的困难对象: a relative clause qualifies the head noun
            continue
        if w.flag in ("p", "c", "d", "r", "m", "q", "ul", "u") or w.word in _PREDICATES or w.word == "全部":
            break
        if w.flag.startswith("v") and w.flag != "vn" and not kept and not _noun_follows(phrase, w.word):
            break
        if not kept:
            kept_starts_with_verb = w.flag.startswith("v") and w.flag != "vn"
        kept.append(w.word)
        nouns += w.flag.startswith("n") or w.flag == "vn" or w.word in _ADMIN_UNITS
    return "".join(kept)[:16] if nouns else ""


_ADMIN_UNITS = {"县", "区", "市", "镇", "乡"}  # jieba tags 县 alone as a morpheme: 10个县（市、区）


def _name_first(phrase: str) -> tuple[Word, ...]:
    """jieba's words of `phrase`, a quoted name at its start as one noun (“我为群众办实事”项目)."""
    close = phrase.find("”", 1, 18) if phrase.startswith("“") else -1
    if close < 0:
        return tag(phrase)
    return (Word(phrase[: close + 1], "nz"), *tag(phrase[close + 1 :]))


def _noun_follows(phrase: str, verb: str) -> bool:
    """`审批业务`, `诉求提交渠道`: verbs that modify the noun after them, not a predicate."""
    rest = phrase[len(verb) :] if phrase.startswith(verb) else ""
    flags = [w.flag for w in tag(rest[:6])][:2]
    return bool(flags) and (flags[0].startswith("n") or flags[:2] == ["v", "n"] or flags[:2] == ["v", "vn"])


@lru_cache(maxsize=65536)
def _last_verb(text: str) -> str:
    words = tag(text)
    verbs = [w.word for w in words if w.flag.startswith("v") and len(w.word) >= 2]
    return verbs[-1] if verbs else ""


@dataclass
class _Context:
    """A paragraph with what is found once for all its numbers."""

    doc: Document
    paragraph: Paragraph
    article_title: str
    gaz: Gazetteer
    text_before: str = ""  # the article's paragraph before, for a sentence that refers back to it
    in_plan: bool = False  # under a heading of the report's plans (2023年主要目标任务)

    def __post_init__(self):
        s = self.paragraph.text_simplified
        filed = _FILED_AT.match(s)
        origins = [m.span() for m in _ORIGINS.finditer(s)] if "等地" in s else []
        named = self.gaz.find(s)
        self.name_starts = [h.start for h in named]  # every place's name, for the numerals inside one
        self.name_ends = [h.end for h in named]
        self.place_hits = [
            h
            for h in named
            if h.place.level not in ("country", "province")
            and not _METHOD_NAME.match(s, h.end)
            and not (filed and h.start < filed.end())  # 人民网宁德10月7日电: no subject of the paragraph
            and not any(lo <= h.start < hi for lo, hi in origins)  # 来自福州、温州等地的游客: where they come from
        ]
        self.place_starts = [h.start for h in self.place_hits]
        self.place_ends = [h.end for h in self.place_hits]
        self.sentences = _Sentences(s)
        # a plan (我们将…；…；…) or a time in a clause of its own (截至6月底，…；…) written before
        # the parts of a sentence holds for all of them
        self.full_sentences = _Sentences(s, _FULL_STOP)
        self.clauses = _Boundaries(s, _CLAUSE_ENDS)
        self.list_items = _Boundaries(s, _LIST_ITEM_ENDS)
        plan = None if self.in_plan else _PLAN.search(s)
        self.plan_from = -1 if self.in_plan else plan.start() if plan else len(s) + 1
        past = _PAST_OPENING.search(s, max(0, self.plan_from)) if plan or self.in_plan else None
        self.plan_until = past.start() if past else len(s) + 1
        if self.in_plan and _PAST_PART.match(s):
            self.plan_until = 0  # 去年，全县…: a plan's section looks back here
        _, idioms = _structure()
        self.idiom_spans = [(m.start(), m.end()) for m in idioms.finditer(s)]
        self.figures: list[int] = []  # starts of the paragraph's indicator numbers, in order
        self.year_in_force = _year_in_force(s, self.article_title, self.doc.pub_date)
        self.title_period = title_period(self.article_title or "", self.doc.pub_date)

    def clause_figures(self, pos: int, floor: int) -> list[int]:
        """Starts of the indicator numbers in the clause holding `pos`, not before `floor` and not
        past its (capped) sentence: found by bisection, as a run-on line of a megabyte holds a
        hundred thousand of them."""
        lo = self.clauses.start(pos, floor)
        hi = min(self.clauses.end(pos), self.sentences.span(pos)[1])
        return self.figures[bisect.bisect_left(self.figures, lo) : bisect.bisect_left(self.figures, hi)]

    def time_before(self, n: Number, sent_lo: int) -> str:
        """The text whose time expressions give a figure's period: its sentence before it, after
        the clauses that open the whole sentence before its first figure (记者获悉，截至6月底，)
        or the time words it opens with (全年, 今年一季度)."""
        full_lo = self.full_sentences.span(n.start)[0]
        s = self.paragraph.text_simplified
        if full_lo == sent_lo:
            return s[sent_lo : n.start]
        first = self.figures[bisect.bisect_left(self.figures, full_lo)]  # n itself at the latest
        opening_end = self.clauses.start(first, full_lo)
        opening = s[full_lo:opening_end] if opening_end <= sent_lo else ""
        return (opening or opening_time(s, full_lo)) + s[sent_lo : n.start]  # 全年城镇居民…；农村居民…

    def time_referred(self, pos: int) -> str | None:
        """此次/当日/其中 opening the sentence of `pos` refer to the time of the sentence before
        (…11月6日顺利结束。此次考试…; 上半年…。其中，第一产业…；第二产业…)."""
        s = self.paragraph.text_simplified
        full_lo = self.full_sentences.span(pos)[0]
        if not _REFERRED_TIME.match(s, full_lo):
            return None
        if full_lo == 0:  # 分区看，… opening a paragraph: the last sentence of the one before
            before = self.text_before.rstrip()
            sentence = before[_Sentences(before, _FULL_STOP).span(max(0, len(before) - 1))[0] :]
        else:
            sentence = s[self.full_sentences.span(full_lo - 1)[0] : full_lo]
        return resolve(sentence, self.doc.pub_date, self.year_in_force)

    def in_idiom(self, pos: int) -> bool:
        i = bisect.bisect_right(self.idiom_spans, (pos, len(self.paragraph.text) + 1))
        return i > 0 and self.idiom_spans[i - 1][0] <= pos < self.idiom_spans[i - 1][1]

    def names_place_at(self, start: int, end: int) -> bool:
        """s[start:end] is inside a longer place's name (福建自贸试验区福州片区), or a place's name
        follows it right away (福建晋江市)."""
        i = bisect.bisect_right(self.name_starts, start) - 1
        inside = i >= 0 and self.name_ends[i] > start and (self.name_starts[i], self.name_ends[i]) != (start, end)
        return inside or (i + 1 < len(self.name_starts) and self.name_starts[i + 1] == end)

    def in_place_name(self, pos: int) -> bool:
        """三元区 holds a numeral and a unit: 三 元 (also where the name is no subject: 海峡网三元区8月8日电)."""
        i = bisect.bisect_right(self.name_starts, pos) - 1
        return i >= 0 and self.name_ends[i] > pos

    def counts_listed_places(self, n: Number) -> bool:
        """思明区、湖里区两个区的…, 鼓楼、台江、仓山、晋安等4个区: the number of the places listed right
        before it, no figure."""
        s = self.paragraph.text_simplified
        i = bisect.bisect_right(self.place_ends, n.start) - 1
        if i < 1 or s[self.place_ends[i] : n.start] not in ("", "等"):
            return False
        kind = _PLACE_KIND if self.place_ends[i] == n.start else _PLACE_KIND_NAMED
        return bool(kind.match(s, n.end)) and n.value == len(_listed_names(s, self.place_hits[: i + 1]))

    def places_between(self, lo: int, hi: int) -> list:
        """Places named in s[lo:hi], in order."""
        first = bisect.bisect_left(self.place_starts, lo)
        last = bisect.bisect_right(self.place_ends, hi)
        return self.place_hits[first:last] if last > first else []

    def own_place(self, word: re.Match) -> tuple[str | None, str | None]:
        """我市 is the publisher's city; 全市 is the city that opened an earlier sentence or clause
        in full (厦门市今年以来…；全市…; 今年，古田县…，全县…), with the same suffix (全市 is not a
        district's), and not one inside a clause (设立福州市法院…); 全镇 is else the town the headline names."""
        if word.group().startswith("全"):
            s = self.paragraph.text_simplified
            suffix = word.group()[1]
            named = [
                h
                for h in self.places_between(max(0, word.start() - 2 * _Sentences.CAP), word.start())
                if s[h.end - 1] == suffix
                and (h.place.level != "zone" or suffix == "区")  # 漳州台商投资区…。全区
                and self._opens(h.start)
                and not s.startswith(_LISTED_NEXT, h.end)  # 在福安市、霞浦县等地…。目前全市: not theirs
            ]
            if named:
                return named[-1].place.name, None
            if suffix in "镇乡村" and (
                titled := [h for h in self.gaz.find(self.article_title or "") if h.place.name.endswith(suffix)]
            ):
                return titled[0].place.name, None  # 全镇 in a story whose headline names the town
        place, doubt = self.section_or_publisher()
        if place in self.gaz.places and self.gaz.places[place].level in ("province", "country"):
            place, doubt = self.doc.place, "place from publisher"  # a section of two cities: 我市 is still ours
        if word.group().endswith("市") and place and not place.endswith("市"):
            return self.gaz.city_of(place) or place, doubt  # 全市 in a county's section is its city's
        return place, doubt

    def _opens(self, pos: int) -> bool:
        """A place opens its sentence (within two characters) or, exactly, a clause."""
        sentence_start = self.sentences.span(pos)[0]
        return pos - sentence_start <= 2 or self.clauses.start(pos, sentence_start) == pos

    def section_or_publisher(self) -> tuple[str | None, str | None]:
        if self.paragraph.section_place:
            return self.paragraph.section_place, None
        return self.doc.place, "place from publisher"


def extract_paragraph(ctx: _Context, found: list[Number]) -> list[Mention]:
    """The mentions of the numbers `found` in the paragraph (by `find_numbers`)."""
    p = ctx.paragraph
    s = p.text_simplified
    numbers = [
        n
        for n in found
        if exclusion(s, n, ctx.in_idiom) is None and not ctx.in_place_name(n.start) and not ctx.counts_listed_places(n)
    ]
    ctx.figures = [n.start for n in numbers]
    mentions: list[Mention] = []
    prev_end, prev_label, prev_kind = 0, None, None
    last_of: dict[str | None, str | None] = {}  # the last label of each unit dimension
    kind_of: dict[str | None, str] = {}  # the last kind of each unit dimension
    in_sentence: deque[tuple[int, int, str | None]] = deque()  # (start, end, label) of the sentence's figures so far
    for n in numbers:
        sent_lo, sent_hi = ctx.sentences.span(n.start)
        full_lo = ctx.full_sentences.span(n.start)[0]
        floor = max(sent_lo, prev_end if prev_end > sent_lo else sent_lo)
        clause_lo = ctx.clauses.start(n.start, floor)
        same_sentence = prev_end > sent_lo
        in_sentence = in_sentence if same_sentence else deque()
        while in_sentence and in_sentence[0][0] < sent_lo:  # a capped run-on sentence moves on
            in_sentence.popleft()
        # a list item (福州市3例、厦门市2例) only after a figure of the clause; else a list of
        # nouns before one figure is its label (中小学、幼儿园32所)
        item_lo = ctx.list_items.start(n.start, clause_lo) if same_sentence and prev_end >= clause_lo else clause_lo
        dimension = n.unit.dimension if n.unit else None
        # 其中 opens a breakdown of a figure before: an item with no label of its own is of the last
        # one of its dimension (…投资1200亿元，占全省的15%。其中，鼓楼区300亿元)
        breakdown = not same_sentence and sent_lo == full_lo and _BREAKDOWN.match(s, full_lo)
        carried = prev_label if same_sentence else (last_of.get(dimension) if breakdown else None)
        label = _respective_label(ctx, s, n, sent_lo, in_sentence) or _label(
            s, n, item_lo, carried, prev_end, prev_kind == "change"
        )
        label = label.strip() if label else label  # a table's row head: 地区生产总值 1563.2亿元
        if label and len(label) == 1 and any(s[h.start] == label for h in ctx.places_between(clause_lo, n.start)):
            label = None  # 南 of 南平|均达到: a place's name cut by the word 平均
        if not label and _links_only(ctx, s, clause_lo, n.start):
            # 蕉城区、福安市受理诉求量较多，分别为9.82万件…; …比例为98.6%；德化县、永春县均为100%
            label = _measure_before(s, sent_lo, clause_lo) or last_of.get(dimension)
        if label and label.endswith(("（", "(")) and (named := _placed_in_brackets(ctx, s, sent_lo, n)):
            label = label_before(_RANKED_LIST.sub("", s[ctx.clauses.start(named, sent_lo) : named])) or label
        if n.unit is None and label and (named := _UNIT_NAMED.search(label)):
            n = n._replace(unit=unit_by_canonical(_UNIT_NAMED_AS[named.group()]))  # 观影人次7.8万: 人次
        falling = _negative(s, n)
        if falling:  # 同比增长-3.2%: the spec keeps the value positive and says 下降 in the label
            label, rises = _RISE.subn("下降", label or "")
            label += "" if rises else "下降"
        in_sentence.append((n.start, n.end, label))
        opens = sent_lo == full_lo and _BREAKDOWN.match(s, full_lo)
        if falling:
            kind = "change"
        elif ctx.plan_from < n.start < ctx.plan_until or (
            opens and kind_of.get(dimension) == "target" and not _PAST_PART.match(s, opens.end())
        ):  # a breakdown (其中，…) of a planned figure of its dimension is planned too
            kind = "target"
        else:
            kind = _kind(s, n, full_lo, sent_lo, clause_lo, prev_kind if same_sentence else None, s[prev_end : n.start])
            if kind == "actual" and _by_year_ahead(s, sent_lo, n.start, ctx.doc.pub_date):
                kind = "target"  # 到2025年全市建成智能工厂60个, in a report of 2023
        places = _places(ctx, s, n, sent_lo, clause_lo)
        time_text = ctx.time_before(n, sent_lo)
        period = (
            resolve(time_text, ctx.doc.pub_date, ctx.year_in_force)
            or ctx.time_referred(n.start)
            or (ctx.title_period if kind != "target" and not names_time(time_text) else None)
        )
        topic = classify(
            [label or "", s[clause_lo : min(n.end + 8, sent_hi)], s[sent_lo:sent_hi], s, ctx.article_title]
        )
        for place, place_doubt in places:
            mentions.append(
                _mention(ctx, n, len(mentions), label, kind, _qualifier(s, n), place, place_doubt, topic, period)
            )
        prev_end, prev_label, prev_kind = n.end, label, kind
        last_of[dimension] = label
        kind_of[dimension] = kind
    return mentions


# how a list of places, each with its figure in brackets, is brought in: 排名前三的是…, 依次为…
_RANKED_LIST = re.compile(
    r"(?:(?:排名|排在|位列|位居|居)?前[一二三四五六七八九十\d]+(?:位|名)?的?(?:地区|县（市、区）|县市区)?(?:分别|依次)?(?:是|为|有)"
    r"|(?:分别|依次)(?:是|为))$"
)


def _placed_in_brackets(ctx: _Context, s: str, lo: int, n: Number) -> int | None:
    """Where the place starts whose figure is in brackets right after it (蕉城区（74.82%）), or None."""
    named = ctx.places_between(lo, n.start - 1)
    return named[-1].start if named and named[-1].end == n.start - 1 else None


_LINKS = re.compile(r"[、和及与，,\s]*(?:均|分别|也|都|则)?(?:为|是|达|达到)?")
_EVALUATIVE = re.compile(r"(?:相对|比较)?(?:较多|较少|较高|较低|最多|最少|最高|最低|居前|靠前)$|方面$")


def _links_only(ctx: _Context, s: str, lo: int, hi: int) -> bool:
    """Nothing but places and linking words (均为, 分别为) before the figure in its clause."""
    rest, pos = [], lo
    for hit in ctx.places_between(lo, hi):
        rest.append(s[pos : hit.start])
        pos = hit.end
    return bool(_LINKS.fullmatch("".join(rest) + s[pos:hi]))


def _measure_before(s: str, sent_lo: int, clause_lo: int) -> str:
    """The measure a clause before names for the figures after it (受理诉求量较多，分别为…;
    群众满意率方面，厦门市最高，为98.9%), looking back two clauses at most."""
    for before in _CLAUSE_SPLIT.split(s[sent_lo:clause_lo].rstrip("，, "))[::-1][:2]:
        if any(c.isdigit() for c in before):
            return ""
        if label := label_before(_EVALUATIVE.sub("", before)):
            return label
    return ""


_CLAUSE_SPLIT = re.compile("[，,：:]")
# a measure named by what it counts gives a bare figure its unit (观影人次7.8万, 参保人数120万)
_UNIT_NAMED_AS = {"人次": "人次", "人数": "人", "户数": "户"}
_UNIT_NAMED = re.compile(f"(?:{'|'.join(_UNIT_NAMED_AS)})$")
_MINUS = ("-", "−", "－")
_RISE = re.compile(r"(?:增长|增速|增幅|上升|上涨)$")


def _negative(s: str, n: Number) -> bool:
    """A minus right before the figure, not the dash of a range (3-5) or a date (2023-05)."""
    return s.endswith(_MINUS, 0, n.start) and not (n.start >= 2 and s[n.start - 2].isdigit())


def _label(
    s: str, n: Number, item_lo: int, previous: str | None, prev_end: int, previous_is_change: bool
) -> str | None:
    """Label from the clause (or list item) before the number, or from the noun after it where
    the number counts that noun (8个医联体) or modifies it (即将投产的10万吨X, 97.85%的审批事项)."""
    raw_before = s[item_lo : n.start].rstrip("".join(_MINUS))
    if not raw_before.strip() and (named := _NAMED_AFTER_DASH.match(s, n.end)):
        return label_before(named.group(1)) or None  # 5728.26亿元——全市地区生产总值: the figure, then its measure
    before = label_before(raw_before)
    after = label_after(s[n.end : n.end + 24])
    if after and _GOAL_WORD.fullmatch(after):
        after = ""  # 控制在4.5%以内的目标范围: the goal of the measure before
    counted = n.unit is not None and n.unit.dimension in ("count", "people", "person_times")
    modified = raw_before.endswith("的") or s.startswith("的", n.end)  # 投产的10万吨X, 3万余人的X
    use_after = bool(after) and (counted or not before or modified)
    if use_after and after and (len(after) >= 2 or not before):
        verb = before if len(before) <= 4 else _last_verb(before)
        return (verb + after) if verb and not after.startswith(verb) else after
    total = _TOTAL.fullmatch(raw_before)
    if total and previous:
        return _total_of(previous, total.group(1))
    if not before and n.unit is not None and n.unit.dimension == "people" and (done := _DONE_BY.match(s, n.end)):
        return done.group(1) + "人数"  # 12万余人参加, 近20万人受益: the people who did it
    # 多/少 need their base (比去年同期多), and so does a change whose base the label lost (比“十三五”末增加);
    # a plain one (比上年提高 → 提高) is carried below
    compared = _COMPARED_CHANGE.search(raw_before)
    if (
        compared
        and (compared.group().endswith(("多", "少")) or not _BARE_CHANGE.fullmatch(before))
        and previous
        and not label_before(raw_before[: compared.start()])
    ):
        return _CHANGE_TAIL.sub("", previous) + compared.group()
    if previous and (against := _against_other(s, item_lo, n.start)) and n.start - prev_end <= len(against) + 2:
        return _compared_with_other(previous, against)
    if not before:  # a total after a change of it (增长6.2%，达到3300亿元) is of the measure itself
        changed = previous and n.unit is not None and n.unit.dimension not in ("percent", "percent_point")
        return _CHANGE_TAIL.sub("", previous) if changed else previous
    share_before = (
        prev_end > 0
        and s[prev_end - 1] in "%％"
        and not previous_is_change  # 环比下降0.3%，同比上涨1.2%: both of the same measure
        and n.unit is not None
        and n.unit.dimension == "percent"
    )
    between = _BASIS.sub("", _YEAR.sub("", s[prev_end : n.start]))  # 按可比价格计算，同比增长
    return _carried(before, previous, between, share_before)


_NAMED_AFTER_DASH = re.compile(r"——([^，,。；;：:\n]{2,30})")
_GOAL_WORD = re.compile(r"(?:预期|年度|既定)?目标(?:范围|任务|值)?")
_COMPARISON = (
    "同比|环比|比上年|较上年|比多年平均|较多年平均|比常年|较常年|比去年同期|较去年同期|比去年底|较去年底|比上年末|较上年末|比去年|较去年|较年初|比年初|较上月末|比上月末|较上月底|比上月底|较上月|比上月|较上周|比上周"
    r"|[较比]\d{4}年(?:同期|末|底)?|[较比]“?十[三四]五”?末"  # what a change is measured against
)
# 提升 alone may be an upgrade (新建改造提升公园15个，提升1.2万平方米): a change only against a base
_BARE_CHANGE = re.compile(
    f"(?:({_COMPARISON}|年均)?({_CHANGE_VERBS}|增加|减少|提高|降低)|({_COMPARISON})(?:提升|改善))"
)
_CHANGE_TAIL = re.compile(_BARE_CHANGE.pattern + "$")
# 较去年底提高0.8个, 比去年同期多1200套: a change of the measure before, whatever its unit
_COMPARED_CHANGE = re.compile(
    f"(?:{_COMPARISON})(?:提高|提升|改善|多|少|偏少|偏多|高出|高|低|增加|减少|新增|净增|{_CHANGE_VERBS})$"
)
# a verb of change, then what it changes: 减少申请材料61%, 减少群众跑腿约6万次, 压减72.6%
_VERB_THEN_OBJECT = re.compile(r"(?:减少|压减|降低|削减)[\u4e00-\u9fff]{0,6}$")
_YEAR = re.compile(r"\d{4}年")  # a base year between two figures (比2011年下降了) is no figure


# a clause that opens with a comparison against another place or measure, not against a time
_AGAINST_OTHER = re.compile(r"(?:比|较|高于|低于|快于|慢于)[^，,。；;\d]{1,16}")
_TIME_BASE = re.compile(_COMPARISON)
_BASE_OPENS = re.compile(r"(?:比|较)[^，,。；;（()）\d]{1,12}[（(]$")
_VERDICT = re.compile(r"(?:高|低|高出|低出|高于|低于|多|少)了?")
_BASE_WITH_FIGURE = re.compile(r"((?:比|较)[^，,。；;（()）\d]{1,12})[（(][^（()）]{1,12}[）)]$")


def _against_other(s: str, lo: int, hi: int) -> str:
    """`比全省平均水平高出` of the clause s[lo:hi] in `同比增长7.9%，比全省平均水平高出1.2个百分点`:
    a comparison with another place or measure, or ''. The base may hold its own figure in
    brackets: `比全省平均水平（4.7%）高2.1个百分点`."""
    clause = s[lo:hi].lstrip("，,、 ")
    if _VERDICT.fullmatch(clause) and (base := _BASE_WITH_FIGURE.search(s, max(0, lo - 30), lo)):
        return base.group(1) + clause
    if _TIME_BASE.match(clause) or not _AGAINST_OTHER.fullmatch(clause):
        return ""
    return clause


def _compared_with_other(previous: str, against: str) -> str:
    """The measure before, compared: its growth (增速) when it was a change (高于各项贷款增速 after
    普惠小微贷款余额同比增长24.7%), else the measure itself (失业率3.2%，比全省低)."""
    subject = _CHANGE_TAIL.sub("", previous)
    return subject + ("增速" if subject != previous else "") + against


def _carried(label: str, previous: str | None, between: str, previous_is_share: bool) -> str:
    """What a bare label continues from the figure right before it: `增长` after
    `第一产业增加值179.45亿元，` is `第一产业增加值增长`; `新增` after `新增无症状感染者6例，` is that.
    Only when little more than the label (a place name, punctuation) and no other number stands
    between the two figures; a growth in % is not of a share before it (为年度预算的101.2%，增长3.5%),
    while points are (城镇化率达72.5%，提高1.2个百分点)."""
    if not previous or len(between) > len(label) + 6 or any(c.isdigit() for c in between):
        return label
    if _BARE_CHANGE.fullmatch(label) and not previous_is_share:
        return _CHANGE_TAIL.sub("", previous) + label
    if len(label) <= 2 and previous.startswith(label):
        return previous
    if label.startswith(("增速", "增幅")):  # 增长8.2%，增速比全省高1.5个百分点: the growth of the measure before
        return _CHANGE_TAIL.sub("", previous) + label
    if _SHARE_OF.fullmatch(label) and "占" not in previous:
        # 实现规上工业产值1080亿元，占全市的15%; 民生支出318.6亿元，占一般公共预算支出的比重为78.5%
        subject = _CHANGE_TAIL.sub("", previous)  # 民生支出年均增长10.7%，占比…
        return subject + ("占比" if label == "占" else label)
    if _BARE_VERBS.fullmatch(label) and (done := _object_of(previous)):
        return done + label  # 排查一般隐患12086处，已整改11520处 → 一般隐患整改
    return label


_SHARE_OF = re.compile(r"占(?:.*(?:比|比重|比例))?")  # the share a figure before has of a whole
_DONE_BY = re.compile(r"(?:次)?(参加|参与|受益|参训|报名|出席|观看|到场|签约)(?=[，,。；;！!、\s]|$)")
_BARE_VERBS = re.compile("完成|整改|建成|办结|竣工|完工|开工|投用|落地|销号|化解|解决|处置|治愈|出院")


def _object_of(label: str) -> str:
    """`一般隐患` of `排查一般隐患`: a label without the verbs it opens with, if a noun is left."""
    words = list(tag(label))
    if not words or not words[0].flag.startswith("v"):
        return label  # 一般公共预算收入 (jieba tags 预算 and 收入 as verbs): no verb opens it
    while len(words) > 1 and words[0].flag.startswith("v"):  # 新建改造|城市公园
        words.pop(0)
    return "".join(w.word for w in words) if any(w.flag.startswith("n") for w in words) else ""


def _respective_label(
    ctx: _Context, s: str, n: Number, sent_lo: int, earlier: deque[tuple[int, int, str | None]]
) -> str | None:
    """After 分别, the i-th figure of its clause is the i-th subject's: of the subjects listed
    right before it (事故起数、死亡人数同比分别下降21.4%和18.2%; 安全感率、满意率分别提升至
    99.06%、97.54%), or else of the figures right before it (接待游客50.2万人次，实现旅游收入4.6亿元，
    分别增长32%和28.5%): nothing but punctuation and a basis (按可比口径) may stand between those
    and 分别."""
    cue = s.rfind("分别", sent_lo, n.start)
    if cue < 0:
        return None
    after = ctx.clause_figures(cue, cue)
    if n.start not in after:
        return None
    link = s[cue + 2 : after[0]]
    change = _BARE_CHANGE.fullmatch(link)
    if not change and not _TRAIL_WORDS.fullmatch(link):  # nor 为, 达到, 提升至
        return None
    subjects = _listed_subjects(s[ctx.clauses.start(cue, sent_lo) : cue], len(after))
    if subjects is None:
        before = [(end, label) for start, end, label in earlier if start < cue]
        if len(before) < len(after) or _BASIS.sub("", s[before[-1][0] : cue]).strip("，,、；; "):
            return None
        subjects = [label for _, label in before[-len(after) :]]
    subject = subjects[after.index(n.start)]
    if not subject:
        return None
    return _CHANGE_TAIL.sub("", subject) + change.group() if change else subject


_COMPARED = re.compile(f"({_COMPARISON})$")
# what may stand between the figures and their 分别 besides punctuation: the basis of comparison
_BASIS = re.compile(f"按可比口径|按可比价格计算|与去年同期相比|{_COMPARISON}")
_TOTAL = re.compile(r"[，,；;、\s]*(累计|总量|总数)(?:达到|达|为|突破|超过)?")
_NEW = re.compile(r"^(新增|新认定|新培育|新建)")


def _total_of(previous: str, total: str) -> str:
    """`新增“专精特新”企业36家，累计218家` → `“专精特新”企业累计`: the running total of what was added."""
    return _NEW.sub("", _CHANGE_TAIL.sub("", previous)) + total


# Places, not measures, listed before 分别 (陈埭镇、安海镇上半年税收分别突破…): the gazetteer may not know them
_PLACE_ITEM = re.compile(f"(?:{_PLACE_KINDS})$")
_PLACE_KIND = re.compile(f"(?:{_PLACE_KINDS})(?=[的、，,。；;和及]|$)")  # the places' kind, a word
_PLACE_KIND_NAMED = re.compile(f"(?:{_PLACE_KINDS})")  # after 等: 晋安等4个区开展


def _listed_subjects(text: str, count: int) -> list[str] | None:
    """`全市生产安全事故起数、死亡人数同比` → the `count` subjects, each with the comparison
    (scope and time words go first: `第一、二季度全市完成投资` lists no subjects)."""
    compared = _COMPARED.search(text)
    comparison = compared.group() if compared else ""
    items = label_before(text[: compared.start()] if compared else text).split("、")
    if len(items) != count or count < 2 or not all(items) or any(_PLACE_ITEM.search(i) for i in items[:-1]):
        return None
    return [item + _shared_tail(item, items[-1]) + comparison for item in items[:-1]] + [items[-1] + comparison]


def _shared_tail(item: str, last: str) -> str:
    """What the last item of a list adds to its head, the measure all items share: `日均客运量` of
    `地铁2号线、4号线日均客运量`, `装机容量` of `风电、光伏发电装机容量`. The head ends as `item`
    ends (号线, 电), or at a word 等 (茶叶、食用菌、水果等特色产业产值), and only where a word
    ends (not 初中学|校数, 群众等|候时间); elsewhere nothing is shared."""
    ends, at = {}, 0
    for w in tag(last):
        at += len(w.word)
        ends[at] = w.word
    for end in ("等", item[-2:], item[-1:]):
        head_end = next((e for e in ends if e < len(last) and last[:e].endswith(end) and e > len(end)), None)
        if head_end is not None and (end != "等" or ends[head_end] == "等"):
            tail = last[head_end:]
            return tail if len(tail) >= 2 else ""
    return ""


def _kind(s: str, n: Number, full_lo: int, sent_lo: int, clause_lo: int, prev_kind: str | None, between: str) -> str:
    """A cue's plan holds to the end of its sentence, across ；, unless a part opens with a time
    past (将新建学校10所；去年新增就业2万人); a cue inside a quoted name (“三年行动计划”) is the name's."""
    lo = sent_lo if _PAST_PART.match(s, sent_lo) else full_lo
    cues = [c for c in _TARGET.finditer(s, lo, n.start + 1) if not _inside_name(s, c.start())]
    cue = cues[-1] if cues else None
    if cue is not None and cue.start() < n.start and not _ACTUAL_AGAIN.search(s, cue.end(), n.start):
        return "target"
    if _GOAL_AFTER.match(s, n.end) or _names_goal(s, n):
        return "target"  # 控制在4.5%以内的目标范围, 实现增长6%的预期目标; 完成年度目标任务2.2万人的57.3%
    clause = s[clause_lo : n.start]
    if not clause.strip() and (named := _NAMED_AFTER_DASH.match(s, n.end)) and _CHANGE_TAIL.search(named.group(1)):
        return "change"  # 5.4%——地区生产总值同比增长
    if _FROM.search(clause) and _TRANSITION.match(s[n.end : n.end + 4]):
        return "baseline"
    if prev_kind == "baseline" and _TRANSITION.match(between):
        return "actual"
    if prev_kind == "change" and _LIST_SEP.fullmatch(between):
        return "change"  # 分别增长32%和28.5%
    if _CHANGE.search(_PRE_QUALIFIER.sub("", clause)) or _CHANGED_BY.match(clause):
        return "change"
    if _VERB_THEN_OBJECT.search(_PRE_QUALIFIER.sub("", clause)):
        return "change"
    if n.unit is not None and n.unit.canonical == "倍":
        return "change"  # 是2021年的3.5倍, 增长1.2倍: a multiple of a base
    if clause.endswith("提高") or (
        n.unit is not None and n.unit.dimension in ("percent", "percent_point") and clause.endswith("提升")
    ):
        return "change"  # 比例提高3个百分点, 发现率提升40%, 标准提高105元 (提高到 is a transition)
    if _COMPARED_CHANGE.search(clause):
        return "change"
    if (
        n.unit is not None
        and n.unit.dimension == "percent_point"
        and (_AGAINST_OTHER.search(clause) or _against_other(s, clause_lo, n.start))
    ):
        return "change"  # 增速比全省平均水平高出1.2个百分点: a difference of rates
    if prev_kind and s.startswith(("）", ")"), n.end) and _BASE_OPENS.search(between):
        return prev_kind  # 增长6.8%，增速比全省平均水平（4.7%）: the base's figure is of the same kind
    return "actual"


# 到2025年, a deadline; not a transition's (提高到2022年的43.6%) nor a span's end (2021年至2023年)
_BY_YEAR = re.compile(r"(?<![截提升增加降减缩扩拓延伸压长年\d])(?:到|至)(\d{4})年(?:底|末)?(?!的)")


def _by_year_ahead(s: str, lo: int, hi: int, pub_date: date | None) -> bool:
    """The sentence names a year still ahead, by which the figure is to be reached (到2025年…), or
    this year, when nothing says it is done (到2024年…稳定在90%以上, not 到2024年底已建成)."""
    if pub_date is None or ("到" not in s[lo:hi] and "至" not in s[lo:hi]):
        return False  # most sentences: two substring tests
    return any(
        int(m.group(1)) > pub_date.year
        or (int(m.group(1)) == pub_date.year and not _ACTUAL_AGAIN.search(s, m.end(), hi))
        for m in _BY_YEAR.finditer(s, lo, hi)
    )


def _names_goal(s: str, n: Number) -> bool:
    """The goal is named right before the figure, which is its amount (完成年度目标任务2.2万人), not
    the share of it done (完成年度任务逾六成)."""
    goal = _GOAL_BEFORE.search(s, max(0, n.start - 12), n.start)
    return goal is not None and not (_is_proportion(n) and s.endswith(("完成", "完成年度"), 0, goal.start()))


def _qualifier(s: str, n: Number) -> str:
    pre = _PRE_QUALIFIER.search(s[max(0, n.start - 4) : n.start])
    if pre:
        return _PRE_KIND[pre.group(1)]
    if n.inner_at_least:
        return "at_least"
    post = _POST_QUALIFIER.match(s, n.end)
    return _POST_KIND[post.group()] if post else "exact"


def _places(ctx: _Context, s: str, n: Number, sent_lo: int, clause_lo: int) -> list[tuple[str | None, str | None]]:
    """Places a figure is about: named in its sentence, the paragraph's subject, the sentence
    before for 该项目/此次, its section, or the publisher's. `福州市、泉州市各3例` gives one each."""
    if inside := _bracketed_place(ctx, s, n):
        return [(inside, None)]
    if wider := _WIDE_BEFORE_BRACKET.search(s, max(0, n.start - 18), n.start):
        if s.startswith(("）", ")"), n.end):
            return [(_WIDE_PLACE[wider.group(1)], None)]  # 比全省平均水平（4.7%）: the province's
    in_sentence = [h for h in ctx.places_between(sent_lo, n.start) if not _in_closed_aside(s, h.start, n.start)]
    if len(in_sentence) >= 2 and (together := _places_counted_back(ctx, s, clause_lo, in_sentence)):
        return [(together, None)]
    own = [w for w in _OWN_PLACE.finditer(s, sent_lo, n.start) if s[w.start() - 1 : w.start()] not in _BASE_MARKS]
    wide = _wide_scope(ctx, s, sent_lo, n.start)
    if wide and (not own or wide[0] > own[-1].start()) and (not in_sentence or wide[0] >= in_sentence[-1].end):
        return [(wide[1], None)]  # the spec's convention: 福建省 or 全国, without a city
    if own and (not in_sentence or own[-1].start() >= in_sentence[-1].end):
        return [ctx.own_place(own[-1])]  # 全市/我市 after any named place
    if in_sentence:
        return _listed_places(ctx, s, in_sentence, n)
    if _ANAPHORA.match(s, sent_lo) and (before := ctx.places_between(max(0, sent_lo - _Sentences.CAP), sent_lo)):
        return [(before[-1].place.name, None)]
    # the paragraph's subject carries to its later sentences (我市湾坞镇…。图为…), until a later
    # 全市 widens it; places listed as the subject (长泰区、南靖县被命名为…) share their parent
    opening = ctx.places_between(0, min(_SUBJECT_CHARS, n.start))
    if opening:
        widened = [w for w in _OWN_PLACE.finditer(s, opening[-1].end, sent_lo) if s[w.start() - 1] in _CLAUSE_END]
        wide = _wide_scope(ctx, s, opening[-1].end, sent_lo) or _wide_scope(ctx, s, 0, opening[0].start)
        if wide and (not widened or wide[0] > widened[-1].start()):
            return [(wide[1], None)]  # 全省9个设区市中，厦门…。全省城镇居民…；农村居民…
        if widened:
            return [ctx.own_place(widened[-1])]
        parent = ctx.gaz.common_parent(_listed_names(s, opening))
        section = ctx.paragraph.section_place
        if section and parent and parent != section and parent in ctx.gaz.ancestors(section):
            return [(section, None)]  # ▲上杭县才溪镇下王村：… then 上杭萝卜干是…: the section's village
        if parent and ctx.gaz.places[parent].level != "province":  # 福州市与宁德市签署…: no subject
            return [(parent, None)]
    return [ctx.section_or_publisher()]


_WIDE_BEFORE_BRACKET = re.compile(rf"({'|'.join(_WIDE_PLACE)})[^，,。；;（()）\d]{{0,12}}[（(]$")
_ALL_IN = re.compile(r"[（(](?:均|全部)(?:在|为|位于|来自|系)?")
_ALL_IN_END = re.compile(r"(?:报告|发现|辖区)?[）)]")


def _bracketed_place(ctx: _Context, s: str, n: Number) -> str | None:
    """`新增本土确诊病例2例（均在建阳区）`: a bracket right after the figure that puts all of it in
    one place, which is then the figure's place whatever the sentence named before."""
    opened = _ALL_IN.match(s, n.end)
    if not opened:
        return None
    hits = ctx.places_between(opened.end(), opened.end() + _SUBJECT_CHARS)
    if hits and hits[0].start == opened.end() and _ALL_IN_END.match(s, hits[0].end):
        return hits[0].place.name
    return None


# 三市合计, 两区共: the places just named, counted back, taken together
_COUNTED_BACK = re.compile(rf"([两二三四五六七八九十]|\d{{1,2}})个?(?:{_PLACE_KINDS})(?:合计|共计|累计|共|均|都)")


def _places_counted_back(ctx: _Context, s: str, clause_lo: int, hits: list) -> str | None:
    """`福州市…，厦门市…，泉州市…，三市合计占全省的68.5%`: the clause opens by counting the places
    the sentence named before it, so the figure is theirs together (their common parent)."""
    counted = _COUNTED_BACK.match(s, clause_lo)
    if not counted:
        return None
    k = int(parse_number(counted.group(1)))
    names = list(dict.fromkeys(h.place.name for h in hits if h.end <= counted.start()))
    return ctx.gaz.common_parent(names[-k:]) if k >= 2 and len(names) >= k else None


def _listed_names(s: str, hits: list) -> list[str]:
    """The names of the last place in `hits` and of those listed right before it (龙山街道和海口镇)."""
    group = [hits[-1]]
    for h in reversed(hits[:-1]):
        between = s[h.end : group[0].start]
        if not (_LIST_SEP.fullmatch(between) or _NAMED_ITEM.fullmatch(between)):
            break
        group.insert(0, h)
    return list(dict.fromkeys(h.place.name for h in group))


def _wide_scope(ctx: _Context, s: str, lo: int, hi: int) -> tuple[int, str] | None:
    """The last 全省/我省/福建/全国 that opens a clause of s[lo:hi]: its position and place. (A
    run-on sentence's window, cut at `lo` mid-clause, does not open one there; 福建 naming the
    province of a place right after it, 福建晋江市, or inside a place's name, is no scope.)"""
    before = s[lo:hi]
    if "省" not in before and "国" not in before and "福建" not in before:
        return None  # most windows: three substring tests (全省, 我省, 福建, 全国, 我国), not a regex search
    cut_mid_clause = lo > 0 and s[lo - 1] not in _CLAUSE_END
    found = [
        m
        for m in _WIDE_SCOPE.finditer(before)
        if (m.start() > 0 or not cut_mid_clause) and not ctx.names_place_at(lo + m.start(1), lo + m.end(1))
    ]
    return (lo + found[-1].start(1), _WIDE_PLACE[found[-1].group(1)]) if found else None


def _in_closed_aside(s: str, pos: int, until: int) -> bool:
    """`…71例（其中泉州市60例）` : a place inside brackets closed before `until` stays in them."""
    floor = max(0, pos - _Sentences.CAP)
    opened = max(s.rfind("（", floor, pos), s.rfind("(", floor, pos))
    if opened < 0 or max(s.rfind("）", opened, pos), s.rfind(")", opened, pos)) >= 0:
        return False
    closed = [i for i in (s.find("）", pos, until), s.find(")", pos, until)) if i >= 0]
    return bool(closed)


def _listed_places(ctx: _Context, s: str, hits: list, n: Number) -> list[tuple[str | None, str | None]]:
    """The last place named before the figure, with those listed with it (龙山街道和海口镇)."""
    names = _listed_names(s, hits)
    if len(names) == 1:
        return [(names[0], None)]
    respective = s.rfind("分别", hits[-1].end, n.start)
    each = [m.start() for m in _EACH.finditer(s, hits[-1].end, n.start)]
    each += [hits[-1].end] if s.startswith("均", hits[-1].end) else []  # 南平|均: not 平均
    if each and each[-1] > respective:
        return [(name, None) for name in names]  # 福州市、泉州市各3例 (均超过): one record per place
    if respective < 0 and n.unit is not None and n.unit.dimension == "percent" and _qualifier(s, n) in _BOUND_KINDS:
        return [(name, None) for name in names]  # 霞浦县、寿宁县…覆盖率尚不足65%: a bound on each one's rate
    if respective >= 0 and (name := _respective(ctx, names, respective, n)):
        return [(name, None)]  # 均突破1.2万亿元，分别达12308亿元和12103亿元: the later cue
    if ctx.clauses.start(n.start, 0) <= respective and ctx.clause_figures(n.start, respective) == [n.start]:
        return [(name, None) for name in names]  # 沙县区、永安市分别建成…1座: one each
    return [(ctx.gaz.common_parent(names), None)]


_BOUND_KINDS = ("at_least", "at_most")


def _respective(ctx: _Context, names: list[str], cue: int, n: Number) -> str | None:
    """`建阳区、武夷山市分别新增4120户、3856户`: the i-th figure of the clause after 分别 is the
    i-th place's; so in each clause that lists one figure per place (分别新增确诊2例、3例，无症状
    5例、6例), not in one that sums them up (，合计2.9万亩)."""
    in_clause = ctx.clause_figures(n.start, cue)
    if len(in_clause) != len(names) or n.start not in in_clause:
        return None
    return names[in_clause.index(n.start)]


def _mention(ctx, n, seq, label, kind, qualifier, place, place_doubt, topic, period) -> Mention:
    p = ctx.paragraph
    doubts = [d for d in (place_doubt,) if d]
    confidence = 1.0
    if not label:
        doubts.append("no label found")
        confidence -= 0.4
    if n.unit is None:
        doubts.append("no unit")
        confidence -= 0.2
    if p.has_lost_chars and "?" in p.text[max(0, n.start - 2) : n.end + 1]:
        doubts.append("characters lost next to the number")
        confidence -= 0.4
    if n.chinese:
        confidence -= 0.1
    if place_doubt:
        confidence -= 0.1
    dimension = n.unit.dimension if n.unit else ("ratio" if "分之" in p.text_simplified[n.start : n.end] else "number")
    unit = n.unit.canonical if n.unit else None
    start, end = bounds(period)
    return Mention(
        mention_id=f"{p.paragraph_id}-m{seq:02d}",
        paragraph_id=p.paragraph_id,
        article_id=p.article_id,
        doc_id=ctx.doc.doc_id,
        start=n.start,
        end=n.end,
        quote=p.text[n.start : n.end],
        value=n.value,
        value_high=n.value_high,
        unit=unit,
        dimension=dimension,
        value_yuan=n.value if unit == "元" else None,
        indicator=label,
        kind=kind,
        qualifier=qualifier,
        city=ctx.gaz.city_of(place),
        place=place,
        topic=topic,
        period=period,
        period_start=start,
        period_end=end,
        confidence=round(max(confidence, 0.05), 2),
        doubt="; ".join(doubts) or None,
    )


def warm_up() -> None:
    """Load the dictionaries once, before the first document (in each worker process)."""
    load_segmenter()
    _structure()
    load_gazetteer()


def extract_document(doc: Document) -> list[Mention]:
    """All mentions of a document, in reading order."""
    warm_up()
    gaz = document_gazetteer(doc.place, "\n".join(p.text_simplified for p in doc.paragraphs))
    mentions: list[Mention] = []
    for article in doc.articles:
        before, before2, columns, caption, in_plan, table_period, counting = "", "", None, None, False, None, False
        for paragraph in article.paragraphs:
            s = paragraph.text_simplified
            if paragraph.is_heading:
                in_plan = _plan_section(s, in_plan, doc.pub_date)
            found = find_numbers(s)
            # a row under a header may hold figures with units of their own (99.91%) beside bare ones
            row = tables.row(s, columns, caption.unit if caption else None, counting) if columns or not found else None
            counting = counting or bool(row and row.label and all(c.unit is None for c in row.cells))
            if found or row:  # a paragraph without figures (nearly half) needs no context
                ctx = _Context(doc, paragraph, article.title, gaz, before, in_plan)
                if row:  # a row's cells, and the figures a cell of text holds (新建厂房620平方米)
                    mentions.extend(_table_row(ctx, row, caption, table_period))
                    found = [n for n in found if not any(c.start <= n.start < c.end for c in row.cells)]
                mentions.extend(extract_paragraph(ctx, found) if found else [])
            # a header holds for the rows below it, the lines that group them and a row that could
            # not be read, a caption for the whole table
            if not row and not (columns and (not found and tables.heads_group(s) or tables.has_number_cells(s))):
                merged = tables.sub_header(columns, s)
                if not merged:
                    columns = tables.header(s)
                    # the title line, or the one above it when a line of the unit (单位：万元) comes between
                    table_period = (
                        _caption_period(before, doc.pub_date) or _caption_period(before2, doc.pub_date)
                        if columns
                        else None
                    )
                    counting = False
                columns = merged or columns
                if new_caption := tables.caption(s):
                    caption = (
                        new_caption
                        if new_caption.subject
                        else replace(new_caption, subject=tables.caption_subject(before))
                    )
                elif not columns:
                    caption = None
            before, before2 = s, before
    return mentions


def _caption_period(line: str, pub_date: date | None) -> str | None:
    """The period a table's title line names (2024年1-10月各县区主要指标), for its cells that name none."""
    return resolve(line, pub_date) if len(line) <= 40 and not any(c in line for c in "。，,；;") else None


def _plan_section(heading: str, in_plan: bool, pub_date: date | None) -> bool:
    """Whether the paragraphs under `heading` are in a section of plans: it names one (not of a
    year before the document's), or it leaves one only when it opens a section of the first
    level or looks back."""
    year = _YEAR_NAMED.search(heading)
    if _REVIEW_HEADING.search(heading) or (year and pub_date and int(year.group(1)) < pub_date.year):
        return False
    if _PLAN_HEADING.match(heading):
        return True
    return in_plan and not _TOP_SECTION.match(heading)


def _row_place(ctx: _Context, name: str) -> tuple[str | None, str | None] | None:
    """The place a table's row head names or starts with (鼓楼区, 灌口镇智能制造产业园), or None (合计,
    a measure; a site named after a place that holds the page's: 厦门北站北片区综合开发 on a page of 集美区)."""
    hits = ctx.gaz.find(name) if name else []
    if hits and hits[0].start == 0:
        page_place = ctx.section_or_publisher()[0]
        if hits[0].place.name == page_place or hits[0].place.name not in ctx.gaz.ancestors(page_place or ""):
            return hits[0].place.name, None
    return None


def _only_place(ctx: _Context, name: str) -> bool:
    """A row head that is a place's name (鼓楼区, 鼓楼区（含高新区）), not a project's or a site's
    named after one (长乐国际机场二期扩建工程, 灌口镇智能制造产业园), which is what is measured."""
    hits = ctx.gaz.find(name)
    return bool(hits) and hits[0].start == 0 and _PLACE_REST.fullmatch(name, hits[0].end) is not None


_PLACE_REST = re.compile(r"[市县区镇乡]?(?:[（(][^（()）]*[）)])?(?:合计|小计|本级)?")


def _column_place(ctx: _Context, column: str) -> tuple[str | None, str | None] | None:
    """The place a table's column is of, when its name is only a place's (福州, 鼓楼区, 全省)."""
    if column in _WIDE_PLACE:
        return _WIDE_PLACE[column], None
    hits = ctx.gaz.find(column) if column else []
    return (hits[0].place.name, None) if len(hits) == 1 and hits[0].start == 0 and hits[0].end == len(column) else None


def _column_adds(column: str, pub_date: date | None) -> str:
    """What a column adds to the measure its row head names (本年制发件数, 自然人): nothing when
    it names a period, a change or the value itself (2022年, 比上年增减, 绝对数)."""
    if not column or tables.is_change(column):
        return ""
    own = tables.column_measure(column)
    return "" if resolve(column, pub_date) and len(own) < 2 else own  # 2022年: none; 2024年计划投资: 计划投资


def _head_period(head: str, pub_date: date | None) -> str | None:
    """The period a table's row head or column names when it is only a period: a span or year, or
    a month alone (1月), of the document's year, or of the year before when later than the
    document's month; else None."""
    if not _PERIOD_HEAD.fullmatch(head):
        return None
    if (period := resolve(head, pub_date)) or pub_date is None:
        return period
    month = int(re.match(r"\d+", head).group()) if head[:1].isdigit() else 0
    if not 1 <= month <= 12:
        return None
    return f"{pub_date.year - (month > pub_date.month)}-{month:02d}"


def _column_year(column: str) -> int | None:
    """The year a table's column is of (2025年, 2025年目标), or None."""
    named = _COLUMN_YEAR.fullmatch(column)
    return int(named.group(1)) if named else None


_PERIOD_HEAD = re.compile(
    r"(?:\d{4}年)?(?:\d{1,2}(?:[-—～~]\d{1,2})?月份?|[一二三四]季度|第[一二三四]季度|[上下]半年)|\d{4}年"
)
_PLANNED_COLUMN = re.compile(r"(?:计划|目标|预计|预期)(?!完成)")
_COLUMN_YEAR = re.compile(r"(\d{4})年(?:末|底)?(?:目标|目标值|预期|预期值|规划|基数|基期|实际|实际值|完成)?")


def _year_kind(column: str, years: list[int], pub_date: date | None) -> str:
    """A plan's table (2022年 | 2025年; 2020年基数 | 2022年实际 | 2025年目标): a year after the
    document's is a target, and the first year then its baseline; a figure of any other table,
    or of a year between, is actual."""
    year = _column_year(column)
    if year is None or pub_date is None or max(years) <= pub_date.year or column.endswith(("实际", "实际值", "完成")):
        return "actual"
    if year > pub_date.year:
        return "target"
    return "baseline" if column.endswith(("基数", "基期")) or year == min(years) else "actual"


def _table_row(
    ctx: _Context, row: tables.Row, caption: tables.Caption | None = None, table_period: str | None = None
) -> list[Mention]:
    """The cells of a table's row: figures of the row head's measure, or of the column's (of the
    caption's subject; a column naming only a change, of the column before), or of the row head's
    when it names no place under columns of periods; a change under a column of changes (比上年增减),
    when signed, when the caption says so or when the row head names a change (增速（%）); of the
    column's period or else the header's, and of the place the row head names, or the column (福州
    厦门 … 全省), or else the page's."""
    s = ctx.paragraph.text_simplified
    head_place = _row_place(ctx, row.name)
    # 规上工业增加值 | 1-2月 …; a project or a site named after its place is measured too
    head_period = _head_period(row.name, ctx.doc.pub_date)  # 1月 | …
    measured = bool(row.name) and not head_period and not _only_place(ctx, row.name) and not tables.is_total(row.name)
    row_changes = tables.is_change(row.label)  # 规模以上工业增加值增速（%）
    row_period = next(
        (p for c in row.cells if not tables.is_change(c.column) and (p := resolve(c.column, ctx.doc.pub_date))),
        table_period or ctx.title_period or (str(ctx.year_in_force) if ctx.year_in_force else None),
    )  # the header's, else the table's title line's, or the span or year the title names (泉州市2022年…统计公报)
    subject = caption.subject if caption else ""
    plan_years = [year for c in row.cells if (year := _column_year(c.column))]
    if pub_date := ctx.doc.pub_date:  # a plan's table: a column of no year (完成进度) is of the last year done
        done = [y for y in plan_years if y <= pub_date.year]
        row_period = str(max(done)) if done and max(plan_years) > pub_date.year else row_period
    mentions: list[Mention] = []
    before = ""
    where = _row_place(ctx, row.where) if row.where else None  # 建设地点: 仓山区
    for cell in row.cells:
        column_place = None if head_place else _column_place(ctx, cell.column)
        place, doubt = where or head_place or column_place or ctx.section_or_publisher()
        if row.label or measured:
            measure = (row.label or row.name) + ("" if column_place else _column_adds(cell.column, ctx.doc.pub_date))
        elif not subject and tables.names_change_only(cell.column) and before:
            measure = before  # 一般公共预算收入（亿元） | 增长（%）
        else:
            measure = tables.measure(cell.column, subject)
        before = measure
        changes = tables.is_change(cell.column)
        change = changes or row_changes or s[cell.start - 1] in "+＋-－−" or bool(caption and caption.changes)
        wording = cell.column if changes else "增长"
        if row_changes and not changes:
            label = tables.falling_label(measure) if cell.falling else measure  # 固定资产投资增速 -2.7
        else:
            label = tables.change_label(measure, wording, cell.falling) if change else measure
        topic = classify([measure, s, s, s, ctx.article_title])
        n = Number(cell.start, cell.end, cell.end, cell.value, None, cell.unit, False, False)
        period = (
            _head_period(cell.column, ctx.doc.pub_date)
            or resolve(cell.column, ctx.doc.pub_date)
            or head_period
            or row_period
        )  # 1月, 1-2月 …
        planned = _PLANNED_COLUMN.search(cell.column)  # 2024年计划投资(亿元)
        kind = "change" if change else "target" if planned else _year_kind(cell.column, plan_years, ctx.doc.pub_date)
        mentions.append(_mention(ctx, n, len(mentions), label, kind, cell.qualifier, place, doubt, topic, period))
    return mentions
