"""Synthetic Fujian municipal news with every indicator figure known: the corpus of `etl bench`.

`generate(total_bytes, seed)` yields documents in the style of the seeds (newspaper pages, web
articles, press-conference transcripts, COVID bulletins; simplified and traditional; UTF-8, GB18030
and Big5; page furniture; converter damage such as `現(xiàn)`) until their sizes reach `total_bytes`.
Each document carries the figures an extractor following ANNOTATION.md must find in it, as
(value with magnitude applied, canonical unit, place named in the figure's sentence). Numbers that
are not indicators (dates, phone numbers, metro lines, ordinals, programme names, counts of the
speech's structure, thresholds of rules) are mixed in and are not expected.

Within a document no two numbers (expected or not) share a value and unit, so a figure found by
value and unit is the figure meant. Deterministic for a seed: one `random.Random(seed)` drives
everything.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from random import Random

from . import DATA_DIR

MIN_DOC_BYTES = 2 * 1024
MAX_DOC_BYTES = 30 * 1024
# The share of a document's sentences that state figures, drawn per document. The seeds hold 1.2
# to 6.1 indicator figures per kB (3.7 over all five); this range gives the corpus as many, so
# that its MB/s predict a backfill of real pages (tests/test_synth.py checks the density).
FIGURE_SHARE = (0.05, 0.25)


@dataclass(frozen=True)
class Expected:
    value: float  # magnitude applied: 124万亩 → 1240000
    unit: str  # canonical, as the extractor stores it: 亩, 元, %, 例, 人, 人次, 个, 家, 工作日
    place: str | None  # simplified full name of the place the figure is about, as its sentence names it


@dataclass(frozen=True)
class SynthDoc:
    file_name: str
    data: bytes
    expected: tuple[Expected, ...]


# ---------------------------------------------------------------------------------------------
# Places

_LEVELS = ("prefecture", "county", "county_city", "district")


@dataclass(frozen=True)
class _Place:
    name: str
    short: str | None
    city: str  # its prefecture (itself for a prefecture)


@cache
def _places() -> tuple[_Place, ...]:
    with open(DATA_DIR / "places.csv", encoding="utf-8", newline="") as f:
        rows = [r for r in csv.DictReader(f) if r["level"] in _LEVELS]
    return tuple(
        _Place(r["name"], r["short"] or None, r["name"] if r["level"] == "prefecture" else r["parent"]) for r in rows
    )


@cache
def _places_by_city() -> dict[str, tuple[_Place, ...]]:
    by_city: dict[str, list[_Place]] = {}
    for p in _places():
        by_city.setdefault(p.city, []).append(p)
    return {k: tuple(v) for k, v in by_city.items()}


# ---------------------------------------------------------------------------------------------
# Figure templates. `{P}` is the place; `{UNIT lo-hi opts}` a figure: UNIT as written, with a
# leading 万/亿 for the magnitude; lo-hi the range of the written number; opts: `d2` decimals,
# `q` may take a qualifier (约/近/超/逾 before, 多/余 inside, 以上 after), `c` may be written in
# Chinese numerals, `g` greater than the figure before it (从A提高到B), `e` one figure for each of
# the places {P} and {Q} (福州市、泉州市各3例), `r` a range (800至1200个, 3.2万～4.1万人次) whose
# value is its lower bound. Every template names its place before its figures,
# in their sentence or (该项目…) in the sentence before.

_TEMPLATES: dict[str, list[str]] = {
    "covid": [
        "{P}新增本土确诊病例{例 1-60 c}，新增本土无症状感染者{例 2-400}，治愈出院本土确诊病例{例 1-40}，解除隔离本土无症状感染者{例 1-90}。",
        "{P}新增本土确诊病例{例 1-30}，均为隔离管控人员，新增本土无症状感染者{例 3-200}。",
        "目前，{P}划定高风险区{个 5-260}，中风险区{个 10-300}，共解除中风险区{个 3-120}。",
        "{P}累计完成核酸检测{万人次 20-900 d1}，检测结果均为阴性。",
        "{P}累计接种新冠病毒疫苗{万剂次 30-800 d2}，其中60岁以上人群接种{万剂次 5-120 d2}。",
        "{P}共设考场{个 200-1500}，共有{万人 0.5-6 d2}参加考试，新增{个 3-20}考点。",
        "在“万名干部下基层”中，{P}有{名 20-150}处级、{名 300-1500}科级干部下沉到中高风险区防控一线。",
        "本轮疫情以来，{P}市县邮政监管机构累计出动{人次 100-900}，检查网点{个 40-400}，现场督促整改问题{个 5-60}，约谈企业{家 2-30 c}。",
        "{P}征用集中隔离点{个 10-90}，储备隔离房间{间 800-9000}，投入防疫物资{万元 200-5000}。",
        "疫情发生以来，{P}累计为市场主体减免资金{亿元 5-90 q}，发放稳岗稳工奖补资金{亿元 2-40 d1}，受益企业{万家 1-15 d1}，惠及职工{万人 20-150}。",
        "截至11月6日，{P}邮政快递企业累计协助抗疫物资运输{辆次 500-5000}，派出人员{人次 1000-6000}，运输民生物资{吨 2000-20000}。",
        "{P}工业企业复工率达{% 80-99 d1}，重点企业复产率{% 85-99.9 d2}。",
        "{P}组织{名 100-900}医务人员支援核酸采样，设置便民采样点{个 50-900}。",
        "当日新增本土确诊病例中，{P}、{Q}各{例 2-40 e}。",
        "{P}、{Q}各新增集中隔离点{个 3-30 e}，均已投入使用。",
    ],
    "livelihood": [
        "去年，{P}粮食播种面积{万亩 20-180}，总产量达{万吨 5-60 d1}。",
        "{P}累计建成高标准农田{万亩 10-130 q}，治理抛荒撂荒耕地{万亩 1-12 d1}。",
        "{P}新改扩建公办幼儿园{所 10-200 c}、中小学{所 20-260}。",
        "{P}人均期望寿命从{岁 76-78.5 d2}提高到{岁 78.6-81 d2 g}。",
        "{P}每千人医疗机构床位数从{张 3-5 d2}提高到{张 5-7.5 d2 g}。",
        "{P}新建足球场、篮球场等各类体育场地{万个 0.2-2 d1}，建成体育公园{座 2-20 c}，人均体育场地面积从{平方米 1-2 d2}增加到{平方米 2.1-3 d2 g}。",
        "{P}城镇登记失业率稳定在{% 2.5-4 d1}以下，居民人均可支配收入年均增长{% 6-11 d1}。",
        "{P}累计建设公共租赁住房{万套 0.5-6 d1}、保障性租赁住房{万套 0.6-8 d1}。",
        "{P}改造城区连片旧屋区{个 40-600}、整治老旧小区{个 100-1800}，惠及群众{万户 5-80 q}。",
        "{P}累计开发各类公益性岗位{个 800-6000 q}，安置城乡就业困难人员{万人次 0.3-2.5 d2}。",
        "{P}新增注册全科医生{名 100-1200 q}，建成中医馆{家 20-200}。",
        "{P}为各中小学配备了{名 500-6000 q}专职安保员，组建了{万人 1-6 d1 q}的平安校园志愿队伍。",
        "{P}共举办高素质农民培训班{期 20-120}，培训农民{人次 2000-12000}。",
        "{P}新建改建农村公路{公里 60-500}，新建乡镇污水配套管网{公里 10-60 d2}。",
        "{P}累计发放失业补助金{亿元 0.5-4 d2}，惠及职工{万人 3-20 d2}。",
        "{P}建成蔬菜基地{万亩 3-20 q}，年产蔬菜{万吨 20-90 q}。",
        "{P}建成市级畜禽副食品基地{家 10-60}，年可出栏生猪{万头 10-60}、肉禽{万羽 10-80 q}。",
        "{P}地方储备原粮{万吨 5-60 d1}，主要粮食日加工能力达{吨 800-8000}。",
        "{P}新建社区居家养老服务照料中心{个 20-300}，新增养老床位{张 500-5000}。",
        "{P}城乡低保标准提高到每人每月{元 700-1100}，发放临时救助资金{万元 300-3000}。",
        "{P}新增城镇就业{万人 1-9 d2}，帮扶农村劳动力转移就业{人 3000-30000}。",
        "{P}计划新增公共停车泊位{个 800-3000 r}，缓解群众停车难问题。",
        "{P}预计旅游旺季日均接待游客{万人次 1-6 d1 r}，各景区严格落实预约限流措施。",
        "{P}新增公办学位{万个 0.5-5 d1}，引进高层次教育人才{名 30-400}。",
        "{P}为80岁以上老年人发放高龄津贴{万元 100-3000}，惠及老人{万人 1-9 d2}。",
        "{P}城镇化率达{% 55-75 d1}，比上年提高{个百分点 0.3-2.5 d1}。",
    ],
    "digital_gov": [
        "{P}{% 90-99.9 d2}的审批事项实现在线申请、网上预审或在线审批。",
        "{P}市级“最多跑一趟”“一趟不用跑”事项占比分别达{% 95-99.9 d1}、{% 70-94.9 d1}。",
        "截至10月中旬，{P}行政许可类事项“一趟不用跑”占比达{% 90-99.9 d2}，事项即办比例达{% 50-89 d2}，“全流程网办”占比达{% 60-95 d2}。",
        "{P}共收集企业诉求{件 60-300}，已解决{件 30-59}，解决和改善率{% 85-99.9 d1}。",
        "{P}实现公积金提取、不动产登记等{个 30-150}高频事项自助办理。",
        "{P}梳理上线{项 50-200}高频便民服务项目，覆盖{个 100-900}村（社区）。",
        "{P}企业开办时间压缩至{个工作日 1-3}，中心城区企业开办时间压缩至{小时 2-8}。",
        "{P}将企业公告期由{天 30-60}缩短至{天 10-25}，实现{项 10-40}高频政务服务“跨省通办”。",
        "{P}通过远程视频核验，减少了平均{个工作日 2-9}的办理时限。",
        "{P}“12345”便民服务平台共受理群众诉求{万件 5-90 d1}，按时办结率{% 95-99.9 d2}。",
        "{P}累计签发电子证照{万张 10-500 d1}，电子证照调用{万次 20-900 d1}。",
        "{P}布设自助服务终端{台 100-2000}，月均办件量{万件 1-20 d1 q}。",
    ],
    "economy": [
        "1—2月，{P}完成投资{万元 500-9000}，占年度计划{% 10-30 d2}。",
        "截至9月，{P}新增市场主体{万户 0.5-15 d1}，比增{% 10-130}，增幅居全省第四。",
        "{P}国内专利授权{件 500-9000}，其中PCT国际专利申请{件 50-499}，存有效发明专利{件 600-5000}，比增{% 10-60 d1}。",
        "{P}全年实现地区生产总值{亿元 200-9000 d2}，同比增长{% 3-10 d1}。",
        "{P}工业日均用电量保持在{万千瓦时 200-9000}左右。",
        "{P}项目总投资{亿元 5-90 d1 q}，全面达产后预计年产值{亿元 50-400 q}，年创税{亿元 1-40}。",
        "{P}引进{家 5-40}国内知名人力资源企业，为{家 10-90}企业解决办公场所问题。",
        "{P}签约项目{个 20-200}，总投资{亿元 50-1500}。",
        "{P}实际利用外资{亿美元 0.5-20 d2}，外贸进出口总额{亿元 100-5000 d1}，增长{% 2-30 d1}。",
        "{P}快件日均收寄量{万件 10-400}、日均投递量{万件 20-500}。",
        "{P}规模以上工业增加值增长{% 2-15 d1}，固定资产投资增长{% 2-20 d1}。",
        "{P}开工建设重点项目{个 30-300}，完成投资{亿元 30-900}。",
        "{P}新增“四上”企业{家 50-600}，新增国家级高新技术企业{家 30-500}。",
        "{P}新建5G基站{个 300-6000}，数字经济规模突破{亿元 300-5000}。",
        "{P}累计为企业减税降费{亿元 2-60 d1}，新增贷款{亿元 50-900}。",
        "{P}全社会用电量{亿千瓦时 50-600 d2}，增长{% 2-12 d1}，跨境电商交易额增长{倍 1.2-3.5 d1}。",
        "{P}高镍前驱体材料项目开工建设。该项目总投资{亿元 10-90 d1}，全面达产后预计年产值{亿元 100-400 q}。",
    ],
    "environment": [
        "今年以来，{P}共出动作业人员{人次 5000-60000}，作业船只{航次 1000-9000}，打捞海漂垃圾{万立方米 1-40 d2 q}。",
        "{P}中心城区空气质量优良天数比例{% 90-99.9 d1}，主要流域国考断面水质优良比例达{% 85-100}。",
        "截至目前，{P}共打击各类环境违法行为{起 30-400}，处罚{万元 100-3000}。",
        "{P}累计开展检查{家次 1000-9000}，处理噪声投诉{起 200-2000}，责令整改{家 10-90}。",
        "{P}建成区绿化覆盖率提升至{% 38-48 d2}，人均公园绿地面积达{平方米 10-20 d2}。",
        "{P}建成{个 5-40}大型生态公园，总面积{亩 2000-9000 q}。",
        "{P}完成水土流失治理{万亩 5-30 d2}，新增造林绿化面积{万亩 1-9 d1}。",
        "{P}森林覆盖率达{% 55-78 d2}，PM2.5平均浓度同比下降{% 2-20 d1}。",
        "{P}生活垃圾无害化处理率达{% 95-99.9 d1}，垃圾分类覆盖{个 50-600}村。",
        "{P}完成{个 40-400}村庄生活污水治理，新建污水管网{公里 20-300 d1}。",
        "{P}畜禽粪污资源化利用率达到{% 85-98}，农药化肥使用量比上年减少{% 1-9 d1}。",
        "{P}组织{个 50-300}村创建“绿盈乡村”，其中高级版{个 10-49}。",
        "{P}海漂垃圾分布密度比去年同期下降{% 30-95 d1}，配备打捞船只{艘 10-90}。",
    ],
    "safety": [
        "{P}累计出动执法人员{人次 500-9000}，检查生产经营主体{个次 1000-9000}，立案查处违法违规经营农资产品案件{起 5-90}。",
        "{P}排查整治安全隐患{处 500-9000}，隐患整改率{% 90-99.9 d1}。",
        "{P}组建了一支{万人 1-5 q}的五级巡防队伍，群众安全感率达{% 96-99.9 d2}。",
        "{P}取缔无证无照生产经营主体{户 5-90}，查处{起 20-200}假冒伪劣食品案件，收缴假冒伪劣食品{kg 300-5000 d1}。",
        "{P}创建平安小区{个 300-3000}，设立民主议事厅{个 200-2800}。",
        "{P}道路交通事故起数同比下降{% 5-40 d1}，刑事案件发案数下降{% 3-30 d1}。",
        "{P}实施色标管理的就餐人员200人以上的学校食堂、大型餐馆等餐饮服务单位{家 100-900}，占比{% 40-90}。",
        "{P}完成食用农产品快检{批 300-3000}，发现阳性弱阳性样品{批次 3-40}。",
        "{P}全年开展消防安全检查{万家次 1-9 d1}，督促整改火灾隐患{万处 0.5-5 d2}。",
        "{P}组织应急演练{场 50-900}，参与群众{万人次 1-30 d1}。",
    ],
}

# Chinese and Arabic figures that are not indicators, as a template and the (value, unit) pairs
# an extractor might wrongly read from it (reserved so that no expected figure shares them).
_DISTRACTORS: list[tuple[str, tuple[tuple[float, str], ...]]] = [
    ("地铁1、2、5号线开通运营，6号线实现试运行。", ()),
    ("确需离开的必须持24小时核酸检测阴性证明，进入人员须主动扫场所码。", ((24, "小时"),)),
    ("会议还通报了近期重点船舶管控、各乡镇建档率和60岁以上人群疫苗接种等工作情况。", ((60, "岁"),)),
    ("力争到“十四五”末，基本建成现代化国际城市。", ()),
    ("福州将牢牢坚持“3820”战略工程思想精髓，加快建设现代化国际城市。", ()),
    ("规划建设“3个十万”项目及配套污水处理、能源工程等配套设施。", ((3, "个"),)),
    ("这是福建省第2家、全国第40家知识产权保护中心。", ((2, "家"), (40, "家"))),
    ("主要做了3件事：", ((3, "件"),)),
    ("重点抓了4项工作：一是稳定生产，二是加强储备。", ((4, "项"),)),
    ("突出抓好6个方面：", ((6, "个"),)),
    ("市民政局采取了三项举措：一是以案释疑。", ((3, "项"),)),
    ("企业可以直接拨打电话{PHONE}提交诉求。", ()),
    ("咨询电话：{PHONE}。", ()),
    ("11月8日—11日，继续在部分区县开展区域核酸检测。", ()),
    ("早在上世纪90年代，就倡导并开展“四个万家”活动。", ()),
    ("两年来，各级各部门认真贯彻落实上级决策部署。", ()),
    ("以实际行动迎接党的二十大胜利召开。", ()),
    ("今天，我们在这里召开第二次新闻发布会，对前一阶段工作情况进行通报。", ((2, "次"),)),
    ("坚决做到“两个维护”，坚定拥护“两个确立”。", ((2, "个"),)),
    ("出台援企纾困“十二条”措施，帮助企业渡过难关。", ((12, "条"),)),
    ("通过“点对点、一站式”包机包车包专列等方式，帮助企业员工复工返岗。", ()),
    ("会议还详细解读了化工园区“十有两禁”安全整治提升工作重点难点。", ()),
    ("出台《鼓励高校毕业生来榕留榕就业创业七条措施》，吸引人才来榕就业。", ((7, "条"),)),
    ("一名科级以上干部任组长，每周开展一次检查。", ()),
    ("实现“审批不见面、办事不出村、最多跑一次”的政务服务新模式。", ()),
    ("围绕“12345”便民服务平台，满足市民和企业全天候服务需求。", ()),
    ("各镇（街）党委书记签订了责任书，并于{MONTH}月{DAY}日前完成自查。", ()),
]

# Sentences without figures, in the seeds' phrasing.
_FILLER = [
    "统筹抓好疫情防控和经济社会发展，切实维护和保障好人民群众生命健康安全。",
    "当前，国际疫情防控形势依然严峻复杂，国内本土聚集性疫情频发。",
    "各级各部门要把疫情防控作为当前首要的政治任务，进一步加强组织领导，压实“四方责任”。",
    "要坚持“外防输入、内防反弹”总策略、“动态清零”总方针不放松。",
    "要全力推进疫苗接种，不断提高疫苗接种率，建立群体免疫屏障。",
    "要强化摸排管控，排查化解好潜在风险隐患，严防输入病例引发疫情。",
    "要加强宣传引导，提高群众的自我防范意识和能力，促进全民养成文明健康的生活方式。",
    "各单位主要负责人要靠前指挥、深入一线，确保把防控措施落实到每个岗位、每个环节。",
    "要强化督察问责，确保良好防控成果。",
    "要抓好春耕备耕工作，抓紧对接农资保供稳价的补助措施。",
    "传统的政务服务以当面办理为主，在外群众补充完善各类证明常常需多次往返。",
    "此举不但减少疫情防控风险，还解决了办理人员往返奔波的问题。",
    "为优化跨省政务服务，解决异地办理政务难问题，我市探索推出新的服务模式。",
    "让人民生活幸福是“国之大者”。",
    "社会事业蓬勃发展，人民群众安居乐业。",
    "福州把有限的财政资金优先用于民生，不断增投入、补短板、兜底线、促公平。",
    "城区内河治理基本完成，获评全国首批黑臭水体治理示范市。",
    "森林覆盖率、空气质量保持全国重点城市前列，获评国家森林城市。",
    "下一步，将坚持一手抓疫情防控，一手抓经济发展，统筹兼顾、靠前服务、动态监测。",
    "全面落实疫情防控要求，督促邮政快递企业严格落实从业人员核酸检测“每日一检”要求。",
    "疫情期间，市民在做好个人防护的前提下，可以放心收快件。",
    "会上，市政府党组成员逐一进行述责述廉，深入查找存在问题和不足，并提出具体改进措施。",
    "调研组对我市生活垃圾分类工作给予充分肯定，希望我市继续加强垃圾分类的宣传和推广。",
    "要进一步加强对垃圾分类工作的监管和指导，同时督促社区和物业公司落实垃圾分类工作。",
    "会议要求，要牢牢把握这次主题教育的总要求，努力在以学铸魂、以学增智、以学正风、以学促干方面取得成效。",
    "要坚持学思用贯通、知信行统一，着力解决理论学习、政治素质、能力本领等方面存在的问题。",
    "党史学习教育开展以来，市民政局党组高度重视，严格按照中央、省委、市委部署。",
    "围绕“办实事、解难题、送温暖、传党恩”主题，对接发展所需、基层所盼、民心所向。",
    "民以食为天，食以安为先。",
    "加强农业面源污染治理，从生产源头保障好农产品质量安全和农业发展质量。",
    "深入开展农资市场专项治理行动，严厉打击制售假劣农资违法犯罪行为，维护农资市场秩序。",
    "全面加大农产品风险监测和监督抽查力度，提升风险防控能力。",
    "拓宽培训内容，加强农产品销售、农村电商、乡村旅游等新业态培训。",
    "深入开展农村人居环境整治和农村建设品质提升，建设美丽宜居乡村。",
    "持续治理“餐桌污染”，建设“食品放心工程”，防止交叉污染，化解餐饮安全风险。",
    "推行简易注销登记改革，方便企业高效合法退出市场。",
    "将“坐等服务”转变为“主动上门服务”，帮助企业协调解决建设、生产、经营中存在的问题。",
    "进一步规范政务服务，实现政务服务事项全覆盖、评价对象全覆盖、服务渠道全覆盖。",
    "坚持让数据多跑路、群众少跑腿，在全国率先推行行政审批全流程电子证照应用。",
    "整合全市政务和公共服务资源，实现一个APP畅享城市服务。",
    "加强高清视频监控系统建设，建立起“人防、物防、技防”三位一体的社会治安防控网。",
    "深入开展扫黑除恶专项斗争，多项创新机制在全国、全省推广。",
    "推动城市治理重心、配套资源、法治服务向社区下沉。",
    "统筹好发展和安全，让人民群众的获得感成色更足、幸福感更可持续、安全感更有保障。",
    "稳供给、保民生，是战胜疫情的关键一环。",
    "紧盯群众“急难愁盼”，用心用情解决基层的困难事、群众的烦心事。",
    "推动党史学习教育和经济社会发展两促进，取得了阶段性的成果。",
    "健全完善“海上环卫”队伍，常态化开展海漂垃圾打捞清理。",
    "相关工作经验在全省推广。",
    "全市生态环境质量继续保持优良水平。",
    "坚持党员干部爱用、基层组织能用、实际工作管用的导向，不断以“用”的效果检验工作效能。",
    "群众既能在网上快捷查询农村集体“三资”，也可以通过微信小程序随时随地知“家底”。",
    "信息化的触角延伸至服务群众的“最后一公里”。",
    "要带头认真履行“一岗双责”，坚定不移抓好分管领域党风廉政建设。",
    "要强化危险意识，严格落实值班值守各项制度。",
    "要广泛宣传疫情防控相关知识和政策，畅通上下信息渠道，及时向群众提供准确信息。",
    "同时，加大帮扶力度，全力协调企业存在的困难问题，最大限度减轻疫情对企业生产带来的不利影响。",
    "提前谋划，指导企业启动预案、发布服务公告，行业运行态势总体平稳。",
    "继续强化重点场所管理，暂停开放人员密集场所，商场、超市、农贸市场等民生保供单位正常营业。",
    "为方便考生就地考试，有效防范疫情风险，各考点均设立了专用通道和隔离考场。",
    "习近平总书记强调，悠悠万事，吃饭为大。",
    "多年来，坚定不移抓好“菜篮子”基地建设，从产品流通、质量安全等环节加强保障。",
    "把人本价值和系统思维贯穿城市规划、建设、管理的全过程，加快建设现代化国际城市。",
    "希望通过持续不断的努力，让街道可漫步、建筑可阅读、城市可回忆。",
    "大家下午好！",
    "各位来宾、新闻界的朋友们：",
    "今天的新闻发布会到此结束，谢谢大家。",
    "会后，记者朋友还可以继续采访有关负责同志。",
    "“要不是远程视频中心，这个事情还得回老家查询办理，现在省时省力，一次就办好。”王先生说。",
]

_HEADLINES = [
    "我市部署当前疫情防控等重点工作",
    "统筹抓好疫情防控和经济社会发展",
    "“牢记使命 奋斗为民”系列主题新闻发布会专场举行",
    "住建部调研组来我市调研指导生活垃圾分类工作",
    "成立政务服务远程视频中心 为在外乡亲开启远程服务",
    "整改薄弱环节 提升安全水平",
    "擦亮服务窗口 优化政务环境",
    "学深悟透强党性 担当作为建新功",
    "提能级 攻项目 优服务 奋力谱写高质量发展新篇章",
    "“智慧党建”赋能提效 基层党建“触网蝶变”",
    "守好群众的“米袋子”“菜篮子”",
    "通报疫情防控最新情况",
    "我市召开“我为群众办实事”实践活动第二次新闻发布会",
    "绿盈乡村建设扎实推进",
    "优化营商环境 激发市场主体活力",
    "全力做好保通保畅保供",
]

_KICKERS = [
    "统筹抓好疫情防控和经济社会发展 维护保障好人民群众生命健康安全",
    "学思想 强党性 重实践 建新功",
    "以政治安全为根本",
    "市直机关工委党员干部深入学习领会重要讲话精神",
]

_SECTION_OPENERS = [
    "守好群众的“米袋子”“菜篮子”",
    "持续优化配置公共服务资源",
    "打造高品质生态宜居家园",
    "健全多层次的社会保障体系",
    "抓宣传培训，推动认定“精准化”",
    "让群众喝好“放心水”",
    "让群众共享“宁静夜”",
    "让群众拥抱“洁净海”",
    "聚焦食品安全监管，为群众送保障",
    "聚焦生活环境提升，为群众送品质",
    "全方位优化营商环境，激发市场主体活力",
    "深化政务服务改革",
    "强化基础设施配套建设",
    "全力防范化解风险，强化食品安全保障",
]

_QUESTIONS = [
    "请问在这方面有哪些保障措施？",
    "请问在提升医疗卫生水平方面做了哪些工作？",
    "请问在运用数字化手段推动社会治理、提升便民服务方面有哪些举措，成效如何？",
    "本轮疫情发生后，如何支持工业企业有效应对疫情冲击，保持安全稳定生产？",
    "请问在保障正常生产生活秩序，助企纾困、促进就业方面，有哪些具体的举措？",
]

_TIME_PREFIXES = ["今年以来，", "去年，", "1—10月，", "2021年，", "近年来，", "目前，", "据统计，", "今年一季度，"]
_CN_ENUM = "一二三四五六七八九十"
_SURNAMES = "林陈黄张李王吴刘蔡杨郑许叶兰薛滕池石洪高翁雷廖"
_GIVEN = (
    "文馨 岚 海玲 凯婷 晓娟 端钦 瑜 盈 腾 诚烨 广 文奎 双伟 德立 捷阳 浩 义斌 帅 暖 美祥 晶晶 婷婷 庆堂 耀琳 凌峰 碧英 志嵩 敏"
).split()
_ROLES = [
    "民政局党组成员、副局长",
    "生态环境局党组成员、副局长",
    "农业农村局党组成员、副局长",
    "市场监督管理局党组副书记、二级调研员",
    "工信局总工程师",
    "邮政管理局局长",
    "卫健委副主任",
]
_PHOTO = [
    "福州西湖",
    "农民收割蔬菜",
    "发布会现场",
    "海峡奥体中心",
    "开通不久的地铁5号线",
    "改造后的老旧小区",
    "居民在社区卫生服务中心看病",
    "闽江两岸",
    "工人正在调试设备",
    "网络安全宣传进社区",
]
_WEB = ["海峡网", "人民网", "东南网", "新华网福建频道", "福建日报"]
_PINYIN = dict(
    pair.split(":")
    for pair in (
        "现:xiàn 发:fā 学:xué 远:yuǎn 续:xù 优:yōu 务:wù 扩:kuò 进:jìn 医:yī 机:jī 构:gòu 数:shù 养:yǎng 区:qū "
        "标:biāo 实:shí 质:zhì 态:tài 点:diǎn 战:zhàn 运:yùn 网:wǎng 设:shè 业:yè 准:zhǔn 稳:wěn 强:qiáng 关:guān "
        "产:chǎn 农:nóng 乡:xiāng 环:huán 监:jiān 联:lián 卫:wèi 护:hù 统:tǒng 规:guī 创:chuàng 补:bǔ 预:yù "
        "应:yīng 责:zé 据:jù 达:dá"
    ).split()
)

# Units as written → canonical, by the spec (ANNOTATION.md), not by the extractor's own table.
_CANONICAL = {"名": "人", "位": "人", "％": "%", "个工作日": "工作日", "个小时": "小时"}
_MAGNITUDE = {"万": 1e4, "亿": 1e8}
_CN_NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万亿"


# ---------------------------------------------------------------------------------------------
# Template parsing and rendering


@dataclass(frozen=True)
class _Slot:
    unit: str  # as written after the magnitude
    canonical: str
    magnitude: str
    lo: float
    hi: float
    decimals: int
    factor: float  # the magnitude's value
    qualify: bool
    chinese: bool
    greater: bool
    each: bool
    range: bool


_SLOT = re.compile(r"\{([^{}]+)\}")


def _parse(template: str) -> tuple[tuple[str, ...], tuple[_Slot | str, ...]]:
    """Literal pieces and slots ("P", "Q" for places), alternating: lit, slot, lit, slot, ..., lit."""
    literals, slots, pos = [], [], 0
    for m in _SLOT.finditer(template):
        literals.append(template[pos : m.start()])
        pos = m.end()
        parts = m.group(1).split()
        if parts in (["P"], ["Q"]):
            slots.append(parts[0])
            continue
        written, (lo, hi), opts = parts[0], parts[1].split("-"), parts[2:]
        magnitude = written[0] if written[0] in _MAGNITUDE and len(written) > 1 else ""
        unit = written[len(magnitude) :]
        decimals = next((int(o[1:]) for o in opts if o.startswith("d")), 0)
        slots.append(
            _Slot(
                unit,
                _CANONICAL.get(unit, unit),
                magnitude,
                float(lo),
                float(hi),
                decimals,
                _MAGNITUDE.get(magnitude, 1.0),
                "q" in opts,
                "c" in opts,
                "g" in opts,
                "e" in opts,
                "r" in opts,
            )
        )
    literals.append(template[pos:])
    return tuple(literals), tuple(slots)


@cache
def _parsed() -> dict[str, tuple[tuple[tuple[str, ...], tuple[_Slot | str, ...]], ...]]:
    return {topic: tuple(_parse(t) for t in ts) for topic, ts in _TEMPLATES.items()}


@cache
def _all_parsed() -> tuple[tuple[tuple[str, ...], tuple[_Slot | str, ...]], ...]:
    return tuple(p for ps in _parsed().values() for p in ps)


def _chinese(n: int) -> str:
    if n == 2:
        return "两"
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _CN_ENUM[tens - 1] + "十")
    return head + (_CN_ENUM[ones - 1] if ones else "")


def _key(value: float, unit: str) -> tuple[str, str]:
    return f"{value:.6g}", unit


class _Doc:
    """One document being written: its place, script, and the figures reserved so far."""

    def __init__(self, rng: Random, home: _Place, topic: str):
        self.rng = rng
        self.home = home
        self.topic = topic  # most figures are about the page's main topic
        self.used: set[tuple[str, str]] = set()

    def place(self) -> _Place:
        rnd = self.rng.random
        pool = _places_by_city()[self.home.city] if rnd() < 0.7 else _places()
        return pool[int(rnd() * len(pool))]

    def other_place(self, place: _Place) -> _Place:
        """A second county-level place of the same city (a prefecture's own city when none)."""
        pool = [p for p in _places_by_city()[place.city] if p.name not in (place.name, place.city)]
        return pool[int(self.rng.random() * len(pool))] if pool else _places_by_city()["福州市"][1]

    def figure_sentence(self) -> tuple[str, list[Expected]] | None:
        """A figure sentence from a random template, or None where a value is already taken."""
        rnd = self.rng.random
        templates = _parsed()[self.topic] if rnd() < 0.6 else _all_parsed()
        literals, slots = templates[int(rnd() * len(templates))]
        place = self.place()
        other = self.other_place(place) if "Q" in slots else None
        out = [literals[0]]
        expected: list[Expected] = []
        keys: list[tuple[str, str]] = []
        used = self.used
        previous = None
        for i, slot in enumerate(slots):
            after = literals[i + 1]
            if slot == "P":
                out.append(place.short if place.short and rnd() < 0.15 else place.name)
            elif slot == "Q":
                out.append(other.name)
            else:
                drawn = self._number(slot, previous, out[-1], after)
                if drawn is None:
                    return None
                text, shown, value = drawn
                key = (f"{value:.6g}", slot.canonical)
                if key in used or key in keys:
                    return None
                keys.append(key)
                expected.append(Expected(value, slot.canonical, place.name))
                if slot.each:
                    expected.append(Expected(value, slot.canonical, other.name))
                out.append(text)
                previous = shown
            out.append(after)
        used.update(keys)
        if rnd() < 0.3 and not literals[0]:
            out.insert(0, _TIME_PREFIXES[int(rnd() * len(_TIME_PREFIXES))])
        return "".join(out), expected

    def _number(self, slot: _Slot, previous: float | None, before: str, after: str):
        """(text with unit and qualifier, number as shown, value with magnitude) for a slot."""
        rnd = self.rng.random
        lo, hi, decimals = slot.lo, slot.hi, slot.decimals
        if slot.greater and previous is not None:
            lo = max(lo, previous + 10**-decimals)
            hi = max(hi, lo * 1.05)
        if decimals:
            number = f"{lo + rnd() * (hi - lo):.{decimals}f}"
            shown = float(number)
            if rnd() < 0.3:
                number = number.rstrip("0").rstrip(".")
        else:
            shown = int(lo) + int(rnd() * (int(hi) - int(lo) + 1))
            number = str(shown)
        if slot.greater and previous is not None and shown <= previous:
            return None
        value = shown * slot.factor
        r = rnd()
        if slot.chinese and not decimals and 2 <= shown <= 99 and r < 0.25 and before[-1:] not in _CN_NUMERAL_CHARS:
            number = _chinese(shown)
        elif not slot.magnitude and not decimals and shown >= 1000 and r < 0.1:
            number = f"{shown:,}"
        unit = "％" if slot.unit == "%" and r > 0.8 else slot.unit
        text = number + slot.magnitude + unit
        if slot.range:
            high = shown + (slot.hi - slot.lo) * (0.1 + 0.4 * rnd())
            high_text = f"{high:.{decimals}f}" if decimals else str(int(high))
            if float(high_text) <= shown:
                return None
            magnitude = slot.magnitude if rnd() < 0.5 else ""  # 3.2万至4.1万人次, 3.2至4.1万人次
            sep = ("至", "-", "～", "—", "到")[int(rnd() * 5)]
            return number + magnitude + sep + high_text + slot.magnitude + unit, shown, value
        if slot.qualify and not slot.greater:
            q = rnd()
            if q < 0.12:
                text = ("约", "近", "超", "逾")[int(q * 100) % 4] + text
            elif q < 0.2 and not decimals and slot.unit not in ("%", "岁", "天", "小时"):
                more = ("多", "余")[int(q * 100) % 2]  # 1100多名, 3万余人, 400多亿元
                if slot.magnitude and shown >= 10:
                    text = number + more + slot.magnitude + unit
                else:
                    text = number + slot.magnitude + more + unit
            elif q < 0.3 and after[:1] in "，。、；" and slot.unit not in ("岁", "天", "小时", "个工作日"):
                text += "以上"
        return text, shown, value

    def distractor(self) -> str | None:
        rng = self.rng
        text, reserved = rng.choice(_DISTRACTORS)
        keys = [_key(v, u) for v, u in reserved]
        if any(k in self.used for k in keys):
            return None
        self.used.update(keys)
        if "{PHONE}" in text:
            phone = rng.choice(("0591", "0593", "0595", "0592")) + "-" + str(rng.randint(2_000_000, 89_999_999))
            text = text.replace("{PHONE}", phone)
        if "{MONTH}" in text:
            text = text.replace("{MONTH}", str(rng.randint(1, 12))).replace("{DAY}", str(rng.randint(1, 28)))
        return text


# ---------------------------------------------------------------------------------------------
# Documents


def _name(rng: Random) -> str:
    return rng.choice(_SURNAMES) + rng.choice(_GIVEN)


def _date(rng: Random) -> tuple[int, int, int]:
    return rng.randint(2020, 2023), rng.randint(1, 12), rng.randint(1, 28)


def _paragraphs(doc: _Doc, n: int, sentences_each: int, density: float, style: str) -> tuple[list[str], list[Expected]]:
    """`n` body paragraphs of about `sentences_each` sentences: filler, figures and non-indicators."""
    rng = doc.rng
    paragraphs: list[str] = []
    expected: list[Expected] = []
    enum = 0
    for _ in range(n):
        sentences: list[str] = []
        if style == "transcript" and rng.random() < 0.12:
            paragraphs.append(f"{_name(rng)}（{doc.home.name}{rng.choice(_ROLES)}）：")
        if style in ("transcript", "web") and rng.random() < 0.1:
            paragraphs.append("问：" + rng.choice(_QUESTIONS))
            sentences.append("答：")
        if rng.random() < 0.15 and enum < 10:
            sentences.append(f"{_CN_ENUM[enum]}、{rng.choice(_SECTION_OPENERS)}。")
            enum += 1
        rnd = rng.random
        low = max(1, sentences_each // 2)
        for _ in range(low + int(rnd() * (sentences_each * 3 // 2 + 2 - low))):
            r = rnd()
            if r < density:
                for _attempt in range(4):
                    made = doc.figure_sentence()
                    if made is not None:
                        sentences.append(made[0])
                        expected += made[1]
                        break
            elif r < density + 0.08:
                text = doc.distractor()
                if text:
                    sentences.append(text)
            else:
                filler = _FILLER[int(rnd() * len(_FILLER))]
                if not sentences or sentences[-1] != filler:
                    sentences.append(filler)
        if len(sentences) > 1 and sentences[0] == "答：":
            sentences[0:2] = ["答：" + sentences[1]]
        text = "".join(sentences) or rng.choice(_FILLER)
        if rng.random() < 0.04:
            text = _layout_break(rng, text)
        paragraphs.append(text)
        if style == "paper" and rng.random() < 0.08:
            paragraphs.append(f"图为{rng.choice(_PHOTO)}。\n{_name(rng)} 摄")
        elif style == "web" and rng.random() < 0.12:
            paragraphs.append(f"{rng.choice(_PHOTO)}。{_name(rng)} 摄")
    return paragraphs, expected


_ENUM_START = re.compile(r"^([一二三四五六七八九十]+、|\d+[.、．]|[（(][一二三四五六七八九十\d]+[）)])")
_NO_END = "。！？!?；;：:…”」』）)】—-↓ \u3000"


def _layout_break(rng: Random, text: str) -> str:
    """A paragraph cut by the page layout (`筑牢` / `严密防线`, `涉企政策30` / `项`), mid-clause."""
    for _ in range(6):
        k = rng.randint(12, max(12, len(text) - 21))
        a, b = text[:k], text[k:]
        if (
            len(b) >= 20
            and a[-1] not in _NO_END
            and re.match(r"[\u4e00-\u9fff]", b)
            and re.search(r"[，,、；;]", a)
            and re.search(r"[，,、；;]", b)
            and not _ENUM_START.match(b)
            and not a.endswith(("摄", "供图"))
        ):
            return a + rng.choice(("\n\n", "\n")) + b
    return text


def _masthead(rng: Random, home: _Place, style: str) -> list[str]:
    """Masthead, breadcrumb or title lines, with a date line."""
    y, m, d = _date(rng)
    town = home.short or home.name
    week = "星期" + rng.choice("一二三四五六日")
    if style == "paper":
        paper = rng.choice((f"今日{town}", f"{town}侨乡报", f"{town}日报", f"{town}晚报"))
        lines = [
            f"{paper}  ",
            "微信公众号",
            "",
            f"《{paper}》  ",
            "手机数字报",
            "",
            f"刊号:CN-35(Q)第{rng.randint(1, 99):04d}号",
            "国内外公开发行",
            f"本期{rng.randint(4, 16)}版",
            "",
            f"# {paper}",
            "",
            f"第{rng.randint(1, 60)}期",
            "",
            f"总第{rng.randint(100, 5000)}期",
            "",
            f"{y}年{m}月{d}日",
            "",
            week,
            "",
            "农历壬寅年二月十六",
            "",
            f"主管:中共{home.name}委宣传部",
            f"主办:{home.name}融媒体中心",
            f"主编:{_name(rng)}",
            f"E-mail:news{rng.randint(10, 999)}@163.com",
            "",
        ]
        if rng.random() < 0.5:
            lo = rng.randint(10, 24)
            lines += [
                "今日天气 多云转阴",
                f"东北风{rng.randint(2, 4)}-{rng.randint(5, 6)}级转<3级",
                f"气温: {lo}℃~{lo + rng.randint(3, 8)}℃",
                "",
                "新闻热线:",
                "",
                str(rng.randint(80_000_000, 89_999_999)),
                "",
                "http://www.fqxww.com",
                "",
            ]
        return lines
    if style == "web":
        site = rng.choice(_WEB)
        lines = [f"您现在的位置:{site}>新闻中心>福建频道>{town}新闻", "分享", ""]
        title = f"{town}{rng.choice(_HEADLINES)}"
        lines += [
            title,
            "",
            f"{y}年{m:02d}月{d:02d}日{rng.randint(7, 22)}:{rng.randint(0, 59):02d} | 来源:{site}",
            "小字号",
            "",
        ]
        return lines
    if style == "covid":
        site = rng.choice(_WEB)
        title = f"{town}通报疫情防控最新情况"
        lines = [
            site,
            "",
            title,
            "",
            f"{y}年{m:02d}月{d:02d}日{rng.randint(7, 22)}:{rng.randint(0, 59):02d} | 来源:{site}",
            "小字号",
            "",
        ]
        lines += [f"发布会现场。{site} {_name(rng)}摄", ""]
        return lines
    return [f"{y}年{m}月{d}日{home.name}政府新闻办举行“我为群众办实事”实践活动第二次新闻发布会"]


def _byline(rng: Random, home: _Place, style: str) -> list[str]:
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    town = home.short or home.name
    if style == "covid" or (style == "web" and rng.random() < 0.5):
        return [
            f"{rng.choice(_WEB)[:3]}{town}{m}月{d}日电 （{_name(rng)}、{_name(rng)}）{m}月{d}日下午，{home.name}召开新闻发布会，介绍最新情况。"
        ]
    if style == "transcript":
        return [
            f"{m}月{d}日，{home.name}政府新闻办举行新闻发布会，相关部门负责同志出席发布会介绍相关情况，并回答记者提问。全程实录如下：",
            f"主持人 {_name(rng)}：",
        ]
    r = rng.random()
    if r < 0.4:
        return [
            f"■记者 {_name(rng)}",
            "",
            f"本报讯 {m}月{d}日，{rng.choice(('市政府', '市委', '市应急管理局', '市直机关工委'))}召开会议，研究部署相关工作。",
        ]
    if r < 0.7:
        return [f"本报讯（{_name(rng)} {_name(rng)}）{m}月{d}日，我市召开工作领导小组会议，部署当前重点工作。"]
    return [f"□ {_name(rng)}"]


def _footer(rng: Random, style: str) -> list[str]:
    lines: list[str] = []
    if style in ("web", "covid"):
        if rng.random() < 0.7:
            lines.append(f"（责编：{_name(rng)}、{_name(rng)}）" if rng.random() < 0.5 else f"责任编辑：{_name(rng)}")
        lines += [
            "分享让更多人看到",
            "返回顶部",
            f"违法和不良信息举报电话：0591-{rng.randint(80_000_000, 89_999_999)} 举报邮箱：service@hxnews.com",
            f"CopyRight {rng.choice('©?')}{rng.randint(2012, 2022)} 海峡网 版权所有 闽ICP备{rng.randint(10_000_000, 19_999_999)}号-2",
            "本站游戏频道作品版权归作者所有，如果侵犯了您的版权，请联系我们，本站将在3个工作日内删除。",
        ]
    elif style == "transcript":
        lines.append(f"责任编辑：{_name(rng)}")
    elif rng.random() < 0.5:
        lines.append(f"（责编：{_name(rng)}）")
    return lines


def _render(rng: Random, home: _Place, style: str, target_chars: int, density: float) -> tuple[str, list[Expected]]:
    topic = "covid" if style == "covid" else rng.choice(list(_TEMPLATES))
    doc = _Doc(rng, home, topic)
    lines = _masthead(rng, home, style)
    expected: list[Expected] = []
    n_articles = rng.randint(1, 3) if style == "paper" else 1
    n_paragraphs = rng.randint(5, max(5, min(40, target_chars // 120)))
    sentences_each = max(1, round(target_chars / n_paragraphs / 48))
    per_article = max(2, n_paragraphs // n_articles)
    for a in range(n_articles):
        if style == "paper":
            if rng.random() < 0.4:
                lines += ["", rng.choice(_KICKERS)]
            lines += ["", ("## " if rng.random() < 0.5 else "") + rng.choice(_HEADLINES), ""]
        lines += _byline(rng, home, style)
        count = per_article if a < n_articles - 1 else max(2, n_paragraphs - per_article * a)
        body, figures = _paragraphs(doc, count, sentences_each, density, style)
        expected += figures
        for p in body:
            lines += ["", p] if rng.random() < 0.6 else [p]
    lines += [""] + _footer(rng, style)
    return "\n".join(lines) + "\n", expected


@cache
def _s2t():
    import opencc

    return opencc.OpenCC("s2t")


@cache
def _t2tw():
    import opencc

    return opencc.OpenCC("t2tw")


@cache
def _damage_table() -> dict[int, str]:
    """Traditional character → itself followed by its pinyin, as a bad converter leaves it."""
    conv = _s2t()
    return {ord(conv.convert(ch)): f"{conv.convert(ch)}({py})" for ch, py in _PINYIN.items()}


def _encoding(rng: Random, traditional: bool, damaged: bool) -> str:
    """Most files UTF-8; GB18030 for simplified and Big5 for traditional ones (no pinyin in Big5)."""
    r = rng.random()
    if traditional and not damaged and r < 0.5:
        return "big5"
    if not traditional and r < 0.25:
        return "gb18030"
    return "utf-8-sig" if r > 0.97 else "utf-8"


def _one(rng: Random, index: int, seed: int) -> SynthDoc:
    home = rng.choice(_places())
    style = rng.choices(("paper", "web", "transcript", "covid"), (0.4, 0.3, 0.15, 0.15))[0]
    traditional = rng.random() < 0.3
    damaged = traditional and rng.random() < 0.3
    encoding = _encoding(rng, traditional, damaged)
    crlf = rng.random() < 0.1
    target = rng.randint(MIN_DOC_BYTES + 512, MAX_DOC_BYTES - 2048)
    density = rng.uniform(*FIGURE_SHARE)
    bytes_per_char = 3.4 if damaged else 3.0 if encoding.startswith("utf") else 2.0
    for _ in range(30):
        text, expected = _render(rng, home, style, int(target / bytes_per_char), density)
        if traditional:
            text = _s2t().convert(text)
            if encoding == "big5":  # Taiwan forms (群眾, 為) where s2t gives variants Big5 lacks (羣衆, 爲)
                text = _t2tw().convert(text)
            if damaged:
                text = text.translate(_damage_table())
        if crlf:
            text = text.replace("\n", "\r\n")
        try:
            data = text.encode(encoding)
        except UnicodeEncodeError:  # a character Big5 lacks: such pages are published in UTF-8
            data = text.encode("utf-8")
        if MIN_DOC_BYTES <= len(data) <= MAX_DOC_BYTES:
            break
        target = target * 4 // 5 if len(data) > MAX_DOC_BYTES else target * 5 // 4
    return SynthDoc(f"synth_{seed}_{index:06d}.txt", data, tuple(expected))


def generate(total_bytes: int, seed: int = 0) -> Iterator[SynthDoc]:
    """Documents of 2–30 KB until their sizes sum to at least `total_bytes`; the same for a seed."""
    rng = Random(seed)
    size = index = 0
    while size < total_bytes:
        doc = _one(rng, index, seed)
        size += len(doc.data)
        index += 1
        yield doc
