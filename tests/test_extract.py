"""Extraction on real sentences of the seeds and on the classes that are not indicators."""

from datetime import date

import pytest

from etl.extract import extract_document
from etl.records import RawText
from etl.segment import build_document


def mentions(text, place="福州市", city="福州市", pub_date=date(2022, 11, 7)):
    doc = build_document(RawText("t.txt", "0" * 64, "utf-8", text))
    doc.place, doc.city, doc.pub_date = place, city, pub_date
    return extract_document(doc)


def by_quote(text, **kw):
    return {m.quote: m for m in mentions(text, **kw)}


def test_covid_bulletin_lists_each_figure_with_its_label():
    ms = mentions(
        "發布會介紹,11月6日,福州市新增本土確診病例3例,新增本土無症狀感染者35例,治愈出院本土確診病例3例,解除隔離本土無症狀感染者5例。"
    )
    assert [(m.quote, m.value, m.unit) for m in ms] == [
        ("3例", 3, "例"),
        ("35例", 35, "例"),
        ("3例", 3, "例"),
        ("5例", 5, "例"),
    ]
    assert [m.indicator for m in ms] == [
        "新增本土确诊病例",
        "新增本土无症状感染者",
        "治愈出院本土确诊病例",
        "解除隔离本土无症状感染者",
    ]
    assert {(m.place, m.city, m.topic, m.kind, m.period) for m in ms} == {
        ("福州市", "福州市", "covid", "actual", "2022-11-06")
    }


def test_traditional_units_and_magnitudes():
    m = by_quote("一、守好群眾的“米袋子”“菜籃子”。全市糧食播種面積124萬畝,地方原糧儲備規模54.8萬噸;")
    assert (m["124萬畝"].value, m["124萬畝"].unit, m["124萬畝"].indicator) == (1240000, "亩", "粮食播种面积")
    assert (m["54.8萬噸"].value, m["54.8萬噸"].unit) == (548000, "吨")
    assert m["124萬畝"].topic == "livelihood"


def test_money_is_also_in_yuan():
    m = by_quote(
        "我市湾坞镇致力打造全球领先的高镍前驱体制造基地,由知名企业格林美与青山实业集团联手投资50亿元。",
        place="福安市",
        city="宁德市",
    )
    assert (m["50亿元"].value, m["50亿元"].value_yuan, m["50亿元"].unit, m["50亿元"].dimension) == (
        5e9,
        5e9,
        "元",
        "money",
    )
    assert (m["50亿元"].place, m["50亿元"].city, m["50亿元"].topic) == ("湾坞镇", "宁德市", "economy")


def test_from_a_to_b_gives_baseline_and_actual():
    ms = mentions("人均期望寿命从78.18岁提高到79.73岁。")
    assert [(m.value, m.kind, m.unit) for m in ms] == [(78.18, "baseline", "岁"), (79.73, "actual", "岁")]
    assert all(m.indicator == "人均期望寿命" for m in ms)


@pytest.mark.parametrize(
    "text, quote, kind",
    [
        ("有效发明专利2138件,比增35.8%。", "35.8%", "change"),
        ("新增医疗机构床位1.3万张,增长46.8%。", "46.8%", "change"),
        ("海漂垃圾分布密度比去年同期下降86.8%。", "86.8%", "change"),
        ("力争未来五年居民人均可支配收入年均增长8%以上。", "8%", "target"),
        ("全面达产后预计年产值200亿元以上,年创税18亿元。", "18亿元", "target"),
        ("将企业公告期由45天缩短至20天。", "20天", "actual"),
        ("将企业公告期由45天缩短至20天。", "45天", "baseline"),
        ("1—2月完成投资1710万元,占年度计划17.10%。", "17.10%", "actual"),
        ("同比增长5.8%,增速比上半年加快0.6个百分点。", "0.6个百分点", "change"),
        ("今年是实施“三年行动计划”的第二年,全市完成投资380亿元。", "380亿元", "actual"),
        ("近岸海域优良水质面积比例提高3至5个百分点。", "3至5个百分点", "change"),
        ("事件自动发现率提升40%。", "40%", "change"),
        ("在年度64个村庄建设生活污水处理设施,截至9月底,已完工19个。", "64个", "target"),
        ("在年度64个村庄建设生活污水处理设施,截至9月底,已完工19个。", "19个", "actual"),
    ],
)
def test_kinds(text, quote, kind):
    assert by_quote(text, pub_date=date(2021, 10, 26))[quote].kind == kind


@pytest.mark.parametrize(
    "text, quote, qualifier",
    [
        ("福州累计为市场主体减免资金约70亿元。", "70亿元", "approx"),
        ("建成蔬菜基地近16万亩。", "16万亩", "approx"),
        ("工业日均用电量依然保持在7400万千瓦时左右。", "7400万千瓦时", "approx"),
        ("总投资逾11.27亿元。", "11.27亿元", "at_least"),
        ("今年已累计排查发现问题230件,办结率超98%。", "98%", "at_least"),
        ("年产蔬菜75万吨以上。", "75万吨", "at_least"),
        ("建设各类公园1400多个。", "1400多个", "at_least"),
        ("组建了一支3万余人的五级巡防队伍。", "3万余人", "at_least"),
        ("城镇登记失业率稳定在3.2%以下。", "3.2%", "at_most"),
        ("受益企业12万家。", "12万家", "exact"),
        ("全市新增就业不低于3万人。", "3万人", "at_least"),
        ("财政支出不高于20亿元。", "20亿元", "at_most"),
    ],
)
def test_qualifiers(text, quote, qualifier):
    m = by_quote(text)[quote]
    assert m.qualifier == qualifier
    assert not m.indicator.endswith(("不低于", "不高于", "超", "以上"))  # the qualifier is no part of the label


def test_places_named_in_the_sentence_win_and_common_parent_for_two():
    m = by_quote("福清全民健身园项目获批\n\n位于龙山街道和海口镇，总投资逾11.27亿元\n\n■记者 陈凯婷", place="福清市")
    assert m["11.27亿元"].place == "福清市"
    m = by_quote("东侨经济技术开发区引进23家国内知名人力资源企业。", place="宁德市", city="宁德市")
    assert (m["23家"].place, m["23家"].city) == ("东侨经济技术开发区", "宁德市")


def test_each_of_several_places_gets_its_own_record():
    ms = mentions("全省新增本土确诊病例6例,其中福州市、泉州市各3例。", place="福建省", city=None)
    three = [m for m in ms if m.value == 3]
    assert sorted(m.place for m in three) == ["泉州市", "福州市"]
    assert sorted(m.city for m in three) == ["泉州市", "福州市"]


def test_my_city_means_the_publisher_and_is_flagged_as_a_guess():
    m = by_quote("全市24个镇(街)均实现了生活垃圾分类市场化。", place="福清市")
    assert m["24个"].place == "福清市"
    assert m["24个"].doubt == "place from publisher"
    assert m["24个"].confidence < 1


def test_periods_resolve_against_the_document_date():
    d = date(2021, 10, 26)
    assert by_quote("今年以来,共出动作业人员41548人次。", pub_date=d)["41548人次"].period == "2021"
    assert by_quote("截至9月底,已完工19个。", pub_date=d)["19个"].period == "2021-01..2021-09"
    m = by_quote("11月1日以来,福州市快件日均收寄量173万件。")["173万件"]
    assert (m.period, m.period_start, m.period_end) == ("2022-11-01..2022-11-07", date(2022, 11, 1), date(2022, 11, 7))
    assert by_quote("去年,全市粮食播种面积124万亩。", pub_date=date(2022, 5, 10))["124万亩"].period == "2021"


@pytest.mark.parametrize(
    "text",
    [
        "2022年3月18日,星期五,18:19发布",  # dates and clock times
        "请拨打电话0591-968871或12345热线,刊号CN-35(Q)第0058号",  # phone, registration numbers
        "坚持“3820”战略工程,推进“十四五”规划和“3个十万”项目,出台援企纾困“十二条”措施",  # programme names
        "地铁1、2、5号线开通运营,6号线实现试运行",  # metro lines
        "是福建省第2家、全国第40家知识产权保护中心,居全省第四,第二次新闻发布会",  # ordinals, rankings
        "主要做了3件事:一是,重点抓了4项工作,突出抓好6个方面:,市民政局采取了三项举措:",  # speech structure
        "确需离榕的必须持24小时核酸检测阴性证明,通报了60岁以上人群疫苗接种情况",  # rule thresholds
        "就餐人员200人以上的学校食堂要落实陪餐制度",  # a class description
        "出台《鼓励高校毕业生来榕留榕就业创业七条措施》",  # titles
        "建立起“人防、物防、技防”三位一体的防控网,提供一站式服务",  # fixed phrases
        "一名科级以上干部任组长,开展一次检查",  # 一 as an article
        "设立24小时自助服务区,提供7×24小时在线服务",  # a service's hours, not a figure
        "打造15分钟便民生活圈和1小时经济圈",  # names of plans
        "全市发热门诊24小时开放",  # opening hours
        "从省外来漳人员，请提前3天向目的地社区报备，须提前24小时预约",  # notice a rule asks for
        "大年初二、初三两天多家酒店一房难求",  # days of the lunar month
        "优于国家二级标准（35微克/立方米）",  # a standard's limit
        "近岸海域优良水质（一、二类）；臭氧日最大8小时平均浓度",  # grades and a measure's name
        "春节7天假期，国庆7天长假",  # a holiday's length
        "营商环境排名较上年前移两位",  # a move in a ranking
        "二期生产线正在加紧调试",  # a phase
        "发生3人以上死亡的较大事故的县实行一票否决",  # a class a rule describes
        "进入为期3个半月的伏季休渔期，开展为期3个月的专项行动",  # spans of time
        "台江、仓山、晋安等3个区开展区域核酸检测",  # the count of the places listed
        "其中24小时便民采样点",  # a service's hours
        "2类声环境功能区执行昼间60分贝、夜间50分贝的排放限值",  # a standard's limits
        "规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人企业",  # a definition's bound
        "申请的家庭须满足人均月收入低于3000元、人均住房建筑面积低于15平方米等条件",  # conditions
        "购房人产权份额原则上不低于60%",  # a rule's floor
        "可满足20万吨级集装箱船全天候双向通航，满载茶青的三轮车",  # a ship's class, a vehicle's name
        "接种后须留观30分钟；灭活疫苗两剂次接种间隔应在3周以上；12-17岁人群接种工作",  # a vaccination rule
        "市委常委会召开第58次会议,传达学习省委十一届二次全会精神",  # meetings
        "项目分两期建设,加快推进机场二期、高铁进机场等重大项目",  # phases of a project
        "他今年56岁,从事社区工作已有20多年",  # a person's age
        "PM2.5年均浓度二级标准限值为35微克/立方米，日均浓度超过75微克/立方米即为超标",  # a standard's limits
        "封控区连续14天无新增感染者的，可降为管控区",  # a condition a rule sets
        "各小区每户每2天可安排1人外出采购生活物资",  # a household's quota
        "今天我们邀请到4位嘉宾。下面进入提问环节，提问时间约30分钟，每位记者限提1个问题",  # the conference's own
        "疫情防控咨询电话：0595-22178120（24小时）",  # a hotline's hours
        "登陆时中心附近最大风力15级（50米/秒）",  # weather
        "12333人社服务热线",  # a hotline's number
        "对招用16至24岁登记失业青年的企业发放补助",  # an age group
        "参保职工30人（含）以下的企业，裁员率不高于参保职工总数20%的即可享受政策",  # a rule's conditions
        "有接触史的人员，须主动报告并居家隔离14天；佩戴N95口罩",  # a notice's rule; a product's code
        "对连续两个月排名后三位的县进行约谈，对连续两个月满意率低于95%的单位进行约谈",  # whom a rule acts on
        "按时办结率=按时办结件数/应办结件数×100%；超期1天即视为未按时办结",  # a formula, a rule
        "八类严重暴力案件立案数同比下降",  # which kinds, not how many
        "集体用餐配送单位每季度至少抽检1次",  # a frequency a rule sets
    ],
)
def test_not_indicators(text):
    assert mentions(text) == []


def test_one_of_a_proportion_is_a_figure_not_an_article():
    m = by_quote("总诊疗人次同比增长一成,旅游收入增长一倍,失业率下降一个百分点,一名干部任组长。")
    assert [(q, m[q].value, m[q].unit, m[q].kind) for q in m] == [
        ("一成", 1, "成", "change"),  # as written, as the spec keeps 个百分点
        ("一倍", 1, "倍", "change"),
        ("一个百分点", 1, "个百分点", "change"),
    ]


def test_a_list_of_figures_shares_the_unit_its_last_one_writes():
    ms = mentions("建阳区、邵武市、顺昌县分别接待游客12.4万、6.3万、4.7万人次，鼓楼区、台江区分别新增12和6个。")
    assert [(m.quote, m.value, m.unit, m.place) for m in ms] == [
        ("12.4万", 124_000, "人次", "建阳区"),
        ("6.3万", 63_000, "人次", "邵武市"),
        ("4.7万人次", 47_000, "人次", "顺昌县"),
        ("12", 12, "个", "鼓楼区"),
        ("6个", 6, "个", "台江区"),
    ]
    # not across magnitudes: in 3、5万人 the 3 is not 3 people
    assert [m.quote for m in mentions("分别为3、5万人。")] == ["5万人"]


def test_a_range_whose_bounds_each_write_the_unit_is_one_figure():
    m = by_quote("每人每月补助标准为500元至1200元，猪肉价格每公斤28元至32元，增长3%至5%。")
    assert [(q, m[q].value, m[q].value_high, m[q].unit) for q in m] == [
        ("500元至1200元", 500, 1200, "元"),
        ("28元至32元", 28, 32, "元"),
        ("3%至5%", 3, 5, "%"),
    ]


def test_a_bound_written_into_a_counted_class_is_no_figure():
    assert [m.quote for m in mentions("今年共消除56人以上超大班额班级42个。")] == ["42个"]
    assert [m.quote for m in mentions("新签约项目14个，其中超10亿元项目3个。")] == ["14个", "3个"]
    assert [m.quote for m in mentions("计划完成小流域治理30条以上、新建管网150公里。")] == ["30条", "150公里"]
    # a total with a bound is a figure: nothing after it is counted
    assert [m.quote for m in mentions("投入资金1000万元以上用于改造。")] == ["1000万元"]


def test_seconds_and_visits_to_schools_and_items_of_information():
    assert by_quote("共观测记录中华白海豚816头次。")["816头次"].unit == "头次"
    text = "每日来电量3200—4500通，年产鞋15亿双，展出作品260幅，清退网箱2.3万口，作业效率32.5自然箱，往返8个班次。"
    assert [m.unit for m in mentions(text)] == ["通", "双", "幅", "口", "自然箱", "班次"]
    m = by_quote("热线平均接通时长15秒，检查学校652所次，发布预警信息1.2亿条次。")
    assert [(m[q].value, m[q].unit) for q in m] == [(15, "秒"), (652, "所次"), (120_000_000, "条次")]


def test_figures_after_places_and_a_link_take_the_measure_named_before():
    text = "蕉城区、福安市受理诉求量较多，分别为9.82万件和8.17万件；柘荣县、周宁县相对较少，分别为1.05万件和1.12万件。"
    ms = mentions(text, place="宁德市", city="宁德市")
    assert [(m.indicator, m.place) for m in ms][:2] == [("受理诉求量", "蕉城区"), ("受理诉求量", "福安市")]
    text = "石狮市、晋江市空气质量优良天数比例分别为98.6%、96.2%；德化县、永春县均为100%。"
    ms = mentions(text, place="泉州市", city="泉州市")
    assert [(m.indicator, m.place) for m in ms][2:] == [
        ("空气质量优良天数比例", "德化县"),
        ("空气质量优良天数比例", "永春县"),
    ]


def test_a_topic_opener_names_the_measure_and_short_city_names_before_jun_are_each_counted():
    text = "按时办结率方面，莆田、三明、南平均达到100%。群众满意率方面，厦门市最高，为98.9%。"
    ms = mentions(text, place="福建省", city=None)
    assert [(m.indicator, m.place) for m in ms] == [
        ("按时办结率", "莆田市"),  # 按时 is part of the measure
        ("按时办结率", "三明市"),
        ("按时办结率", "南平市"),  # 南平|均, which jieba reads 南|平均
        ("群众满意率", "厦门市"),
    ]
    assert (
        by_quote("年可出栏生猪40万头、蛋2000万公斤。")["2000万公斤"].indicator == "蛋"
    )  # one character may be a label


def test_a_measure_named_by_what_it_counts_gives_a_bare_figure_its_unit():
    m = by_quote("观影人次7.8万，票房收入约376万元；参保人数突破120万，")
    assert [(m[q].value, m[q].unit) for q in ("7.8万", "120万")] == [(78_000, "人次"), (1_200_000, "人")]


def test_ratios_energy_units_and_an_income_ratio():
    ms = mentions("三次产业结构为2.1∶54.2∶43.7，城乡居民收入比为2.13，新增动力电池产能120GWh。")
    assert [(m.quote, m.value, m.unit) for m in ms] == [
        ("2.1", 2.1, None),
        ("54.2", 54.2, None),
        ("43.7", 43.7, None),
        ("2.13", 2.13, None),
        ("120GWh", 120, "GWh"),
    ]
    assert mentions("2022年11月7日18:19发布，湖前新村1-8座、祥坂新村12-15座为高风险区。") == []  # times, buildings
    ms = mentions("三次产业结构比例调整为9.8:53.4:36.8。比分3:2，18:19:30发布。")  # colons between decimals
    assert [(m.quote, m.value, m.unit) for m in ms] == [("9.8", 9.8, None), ("53.4", 53.4, None), ("36.8", 36.8, None)]


def test_where_a_story_was_filed_and_where_visitors_came_from_are_not_the_figures_places():
    text = (
        "人民网宁德10月7日电（记者 陈蔚）霞浦县共接待游客68.35万人次；实现旅游收入5.62亿元。"
        "来自福州、温州、上海等地的外地游客占比达67.3%。"
    )
    ms = mentions(text, place="霞浦县", city="宁德市")
    assert [(m.quote, m.place) for m in ms] == [("68.35万人次", "霞浦县"), ("5.62亿元", "霞浦县"), ("67.3%", "霞浦县")]


def test_sites_listed_with_their_places_before_respectively():
    ms = mentions("福安、福鼎地区生产总值分别达到820.35亿元、632.18亿元。", place="宁德市", city="宁德市")
    assert [(m.indicator, m.place) for m in ms] == [("地区生产总值", "福安市"), ("地区生产总值", "福鼎市")]
    text = "建阳区建盏文化街区、邵武市和平古镇、光泽县大峡谷分别接待游客12.4万、6.3万、3.2万人次。"
    assert [(m.indicator, m.place, m.unit) for m in mentions(text, place="南平市", city="南平市")] == [
        ("接待游客", "建阳区", "人次"),
        ("接待游客", "邵武市", "人次"),
        ("接待游客", "光泽县", "人次"),
    ]


def test_a_reduction_of_something_and_a_gain_since_the_start_of_the_year_are_changes():
    m = by_quote("上线事项2856项，较年初新增612项；平均减少申请材料61%、减少跑动次数2.4次。")
    assert [(q, m[q].kind) for q in m] == [
        ("2856项", "actual"),
        ("612项", "change"),
        ("61%", "change"),
        ("2.4次", "change"),
    ]
    assert m["612项"].indicator == "上线事项较年初新增"


def test_environment_readings_without_a_unit_or_with_their_own():
    m = by_quote("全市降水pH年均值为5.47，城市区域环境噪声昼间平均等效声级为55.3分贝。")
    assert (m["5.47"].value, m["5.47"].unit, m["5.47"].indicator) == (5.47, None, "降水pH年均值")
    assert (m["55.3分贝"].value, m["55.3分贝"].unit) == (55.3, "分贝")
    assert by_quote("新办企业平均1个工作日内即可领取营业执照。")["1个工作日"].value == 1  # an average, no rule


def test_periods_of_quarters_and_halves_and_not_of_a_comparison_base():
    d = date(2022, 10, 28)
    m = by_quote("前三季度,泉州市实现地区生产总值8856.32亿元。", pub_date=d)
    assert m["8856.32亿元"].period == "2022-01..2022-09"
    assert by_quote("2021年第四季度新增市场主体3.2万户。", pub_date=d)["3.2万户"].period == "2021-10..2021-12"
    m = by_quote("今年第一、第二季度海漂垃圾分布密度比去年同期下降86.8%。", pub_date=date(2021, 7, 30))
    assert (m["86.8%"].period, m["86.8%"].indicator) == ("2021-01..2021-06", "海漂垃圾分布密度比去年同期下降")
    assert by_quote("农药化肥使用量比上年减少2%。", pub_date=d)["2%"].period is None  # 上年 is the base
    assert by_quote("力争全年地区生产总值增长6%左右。", pub_date=d)["6%"].period == "2022"
    assert by_quote("下半年新增就业1.2万人。", pub_date=d)["1.2万人"].period == "2022-07..2022-12"


def test_a_bare_change_or_verb_continues_the_figure_before_it():
    m = by_quote("其中,第一产业增加值179.45亿元,增长3.2%;社会消费品零售总额2912.5亿元,同比增长4.9%。")
    assert m["3.2%"].indicator == "第一产业增加值增长"  # 增加值 is not 增加
    assert m["4.9%"].indicator == "社会消费品零售总额同比增长"
    m = by_quote("其中芗城区新增无症状感染者6例,龙文区新增5例。", place="漳州市", city="漳州市")
    assert (m["5例"].indicator, m["5例"].place) == ("新增无症状感染者", "龙文区")
    # an index between the two: the change is the index's, not the earlier figure's
    m = by_quote("空气质量优良天数比例98.6%,综合指数2.61,同比下降9.1%。")
    assert (m["2.61"].indicator, m["9.1%"].indicator) == ("综合指数", "综合指数同比下降")


def test_a_clause_comparing_with_another_place_or_measure_names_what_it_compares():
    m = by_quote("1—4月全市规模以上工业增加值同比增长7.9%，比全省平均水平高出1.2个百分点；")
    assert m["1.2个百分点"].indicator == "规模以上工业增加值增速比全省平均水平高出"
    m = by_quote("全市普惠小微贷款余额612亿元，同比增长24.7%，高于各项贷款增速9.8个百分点。")
    assert m["9.8个百分点"].indicator == "普惠小微贷款余额增速高于各项贷款增速"
    assert by_quote("城镇登记失业率3.2%，比全省低0.3个百分点。")["0.3个百分点"].indicator == "城镇登记失业率比全省低"
    # a base in time is a change of the measure, as before
    assert by_quote("粮食产量50万吨，比上年增加2万吨。")["2万吨"].indicator == "粮食产量增加"
    # points against another place are a difference of rates: a change
    assert by_quote("城镇登记失业率3.2%，比全省低0.3个百分点。")["0.3个百分点"].kind == "change"
    # the base's own figure in brackets is the wider place's, of the same kind
    m = by_quote("地区生产总值同比增长6.8%，增速比全省平均水平（4.7%）高2.1个百分点。")
    assert (m["4.7%"].place, m["4.7%"].city, m["4.7%"].kind) == ("福建省", None, "change")
    assert (m["2.1个百分点"].indicator, m["2.1个百分点"].place, m["2.1个百分点"].kind) == (
        "地区生产总值增速比全省平均水平高",
        "福州市",
        "change",
    )


def test_labels_drop_the_verbs_around_the_figure():
    m = by_quote("城镇登记失业率控制在3.5%以内。到2025年底,全市5G基站总数将超过2.5万个。")
    assert (m["3.5%"].indicator, m["3.5%"].qualifier) == ("城镇登记失业率", "at_most")
    assert (m["2.5万个"].indicator, m["2.5万个"].kind) == ("5G基站总数", "target")
    ms = mentions("平均办理时间由原来的5个工作日压缩至1.5个工作日。")
    assert [(m.value, m.kind, m.indicator) for m in ms] == [
        (5, "baseline", "平均办理时间"),
        (1.5, "actual", "平均办理时间"),
    ]


def test_places_listed_with_respectively_take_their_figures_in_order():
    m = by_quote("建阳区、武夷山市分别新增市场主体4120户、3856户。", place="南平市", city="南平市")
    assert (m["4120户"].place, m["3856户"].place) == ("建阳区", "武夷山市")
    assert m["3856户"].city == "南平市"
    ms = mentions("福州市、泉州市分别新增确诊病例2例、3例,无症状感染者5例、6例。", place="福建省", city=None)
    assert [(m.value, m.place) for m in ms] == [(2, "福州市"), (3, "泉州市"), (5, "福州市"), (6, "泉州市")]
    m = by_quote("福州市、泉州市分别有3家、4家和5家。", place="福建省", city=None)  # three figures, two places
    assert {m[q].place for q in ("3家", "4家", "5家")} == {"福建省"}


def test_changes_listed_after_respectively_belong_to_the_figures_before():
    m = by_quote("冠豸山景区接待游客50.2万人次,实现旅游收入4.6亿元,分别增长32%和28.5%。", place="连城县", city="龙岩市")
    assert (m["32%"].indicator, m["32%"].kind) == ("冠豸山景区接待游客增长", "change")
    assert (m["28.5%"].indicator, m["28.5%"].kind) == ("实现旅游收入增长", "change")


def test_full_width_numerals_are_read_and_quoted_as_written():
    m = by_quote("上半年,城镇新增就业１．２万人,完成年度目标任务的６０％。", place="龙岩市", city="龙岩市")
    assert (m["１．２万人"].value, m["１．２万人"].unit, m["１．２万人"].indicator) == (12000, "人", "城镇新增就业")
    assert (m["６０％"].value, m["６０％"].unit) == (60, "%")


def test_a_transition_verb_is_not_part_of_the_label():
    m = by_quote("长汀县今年计划水土流失率降至7.5%以下。", place="龙岩市", city="龙岩市")
    assert (m["7.5%"].indicator, m["7.5%"].kind, m["7.5%"].qualifier) == ("水土流失率", "target", "at_most")


def test_a_large_figure_that_ends_its_clause_needs_no_unit():
    m = by_quote("“莆田码”注册用户突破260万,累计亮码超1.5亿次。", place="莆田市", city="莆田市")
    assert (m["260万"].value, m["260万"].unit, m["260万"].dimension) == (2_600_000, None, "number")
    assert (m["260万"].indicator, m["260万"].qualifier) == ("“莆田码”注册用户", "at_least")
    assert "no unit" in m["260万"].doubt
    assert mentions("这是十万火急的事,共有三万。") == []  # Chinese numerals need their unit


def test_province_and_country_figures_follow_the_specs_convention():
    m = by_quote(
        "全省数字经济规模达到2.6万亿元,占全省GDP比重约49%;全国数字经济规模超过50万亿元。",
        place="莆田市",
        city="莆田市",
    )
    assert [(m[q].place, m[q].city) for q in ("2.6万亿元", "49%", "50万亿元")] == [
        ("福建省", None),
        ("福建省", None),
        ("全国", None),
    ]
    m = by_quote("我市在全省率先建成“智慧社区”示范点15个。", place="莆田市", city="莆田市")
    assert (m["15个"].place, m["15个"].city) == ("莆田市", "莆田市")


def test_a_speakers_tag_is_not_part_of_the_label():
    m = by_quote("【市数字办负责人】目前全市1862项依申请政务服务事项实现网上可办。", place="莆田市", city="莆田市")
    assert m["1862项"].indicator == "依申请政务服务事项"


def test_a_short_bracket_inside_a_term_stays_in_the_label():
    m = by_quote("全市每千人口执业（助理）医师数达到2.8人。", place="三明市", city="三明市")
    assert m["2.8人"].indicator == "每千人口执业（助理）医师数"


def test_will_and_at_least_before_a_verb():
    m = by_quote("三明市将在2023年新增三级医院2所,力争每个县至少有1家二级甲等以上医院。", place="三明市", city="三明市")
    assert (m["2所"].kind, m["2所"].period) == ("target", "2023")
    assert (m["1家"].kind, m["1家"].qualifier) == ("target", "at_least")


def test_respectively_after_a_list_of_subjects_or_places():
    m = by_quote("全市生产安全事故起数、死亡人数同比分别下降21.4%和18.2%。", place="宁德市", city="宁德市")
    assert (m["21.4%"].indicator, m["18.2%"].indicator) == ("生产安全事故起数同比下降", "死亡人数同比下降")
    m = by_quote(
        "蕉城区、福鼎市、霞浦县分别完成造林面积1.2万亩、0.9万亩和0.8万亩,合计2.9万亩。", place="宁德市", city="宁德市"
    )
    assert [m[q].place for q in ("1.2万亩", "0.9万亩", "0.8万亩", "2.9万亩")] == [
        "蕉城区",
        "福鼎市",
        "霞浦县",
        "宁德市",
    ]
    assert m["1.2万亩"].topic == "environment"


def test_a_list_before_respectively_shares_the_measure_its_last_item_names():
    m = by_quote("地铁2号线、4号线日均客运量分别达到21.3万人次和8.6万人次。")
    assert (m["21.3万人次"].indicator, m["8.6万人次"].indicator) == ("地铁2号线日均客运量", "4号线日均客运量")
    m = by_quote("风电、光伏发电装机容量分别达到120万千瓦和80万千瓦。")
    assert (m["120万千瓦"].indicator, m["80万千瓦"].indicator) == ("风电装机容量", "光伏发电装机容量")
    assert m["120万千瓦"].topic == "economy"
    m = by_quote("全市群众安全感率、执法工作满意率分别提升至99.06%、97.54%。")  # nothing shared
    assert (m["99.06%"].indicator, m["97.54%"].indicator) == ("群众安全感率", "执法工作满意率")


def test_vague_sizes_and_counts_of_the_places_just_named_are_no_figures():
    assert list(by_quote("数十家医院开设了老年友善门诊，几十个村参与。")) == []
    kept = "完成十个项目，村庄总数十个，新开工项目数十二个，会上十个项目集中签约。"  # no size
    assert [m.quote for m in mentions(kept)] == ["十个", "十个", "十二个", "十个"]
    ms = mentions("同时，思明区、湖里区两个区的助餐服务点各新增12个。", place="厦门市", city="厦门市")
    assert [(m.quote, m.place) for m in ms] == [("12个", "思明区"), ("12个", "湖里区")]
    assert list(by_quote("全县十三个乡镇全部完成改造，全村三个村民小组实现通水。")) == ["十三个", "三个"]


def test_a_plan_ends_at_a_sentence_that_opens_with_a_time_past():
    m = by_quote("下一步将新建改建基层医疗机构二十所。截至5月底，全市累计接种流感疫苗12.6万剂次。")
    assert (m["二十所"].kind, m["二十所"].indicator) == ("target", "新建改建基层医疗机构")
    assert (m["12.6万剂次"].kind, m["12.6万剂次"].topic) == ("actual", "livelihood")
    m = by_quote("下一步将新建学校10所。截至5月底，累计接种12.6万剂次。全市共有接种点120个。")
    assert (m["10所"].kind, m["12.6万剂次"].kind, m["120个"].kind) == ("target", "actual", "actual")
    m = by_quote("全市高新技术企业达到26家，比上年末增加3家。")  # 到…末 across a comma is no plan
    assert (m["26家"].kind, m["3家"].kind) == ("actual", "change")


def test_a_rise_against_a_base_is_a_change_of_the_measure_before_whatever_its_unit():
    m = by_quote("全市每千人口拥有3岁以下婴幼儿托位数达到3.5个，较去年底提高0.8个。")
    assert m["0.8个"].kind == "change" and m["0.8个"].indicator.startswith("每千人口拥有3岁以下婴幼儿托位数")


def test_the_field_of_a_ranking_is_no_figure():
    assert list(by_quote("PM2.5年均浓度在全省九个设区市中排名第三。")) == []
    assert list(by_quote("在全国168个重点城市中排名第10位，全市共有中小学120所。")) == ["120所"]
    assert list(by_quote("全市GDP增速8.2%在全省九个设区市中排名第二。")) == ["8.2%"]  # the ranked figure
    assert list(by_quote("GDP总量3000亿元在全省中居第三位，安置300户群众集中居住。")) == ["3000亿元", "300户"]


def test_a_change_against_a_base_year_is_of_the_measure_before_over_the_year_in_force():
    text = "2022年漳州市生态环境状况公报\n\n近岸海域优良水质面积比例为86.4%，较2021年下降1.2个百分点。"
    m = by_quote(text, place="漳州市", city="漳州市", pub_date=date(2023, 2, 20))
    assert m["1.2个百分点"].indicator == "近岸海域优良水质面积比例较2021年下降"
    assert (m["1.2个百分点"].kind, m["1.2个百分点"].period) == ("change", "2021..2022")
    m = by_quote("2016年以来，全市森林覆盖率比2016年提高2.1个百分点。")  # the base is the year in force
    assert m["2.1个百分点"].period == "2016..2022"


def test_a_paragraphs_subject_is_widened_by_a_later_whole_city_and_a_listed_subject_is_their_parent():
    text = "长泰区、南靖县被命名为省级生态文明建设示范县（区）。全年实施生态环境项目41个。"
    assert by_quote(text, place="漳州市", city="漳州市")["41个"].place == "漳州市"
    text = "南靖县被命名为省级生态文明建设示范县，全市累计创建生态乡镇52个。全年实施生态环境项目41个。"
    m = by_quote(text, place="漳州市", city="漳州市")
    assert (m["52个"].place, m["41个"].place) == ("漳州市", "漳州市")
    assert (
        by_quote("南靖县被命名为示范县。全年实施生态环境项目41个。", place="漳州市", city="漳州市")["41个"].place
        == "南靖县"
    )
    assert by_quote("全市10个县（市、区）空气质量均达到国家二级标准。")["10个"].indicator == "县（市、区）"
    text = "湾坞镇工业产值100亿元，占全市工业总产值的四成。全年引进项目12个。"  # 占全市 widens nothing
    assert by_quote(text, place="福安市", city="宁德市")["12个"].place == "湾坞镇"
    text = "福州市与宁德市签署合作协议。双方共建项目12个。"  # two cities are no subject: not 福建省
    assert by_quote(text, place="福州市", city="福州市")["12个"].place == "福州市"


def test_a_breakdown_after_qizhong_takes_the_label_of_the_figure_before():
    m = by_quote(
        "全市新增本土无症状感染者35例。其中，鲤城区8例、丰泽区15例、晋江市12例。", place="泉州市", city="泉州市"
    )
    assert [(m[q].indicator, m[q].place) for q in ("8例", "15例")] == [
        ("新增本土无症状感染者", "鲤城区"),
        ("新增本土无症状感染者", "丰泽区"),
    ]
    assert by_quote("全市共有低保对象3000人。其中纳入最低生活保障1322人。")["1322人"].indicator == "纳入最低生活保障"
    m = by_quote("全市投资1200亿元，占全省的15%。其中，鼓楼区300亿元。")  # the last figure in 元, not the share
    assert (m["300亿元"].indicator, m["300亿元"].place) == ("投资", "鼓楼区")


def test_more_or_fewer_than_a_base_is_a_change_of_the_figure_before():
    m = by_quote("二手房交易量为5600套，比去年同期多1200套。")
    assert (m["1200套"].kind, m["1200套"].indicator) == ("change", "二手房交易量比去年同期多")


def test_plans_with_an_adverb_and_a_span_of_years_and_estimates_that_can_be_reached():
    assert by_quote("今年，我们将再新增学位1.2万个。")["1.2万个"].kind == "target"
    m = by_quote("下一步，我们计划用三年时间培养市级以上骨干教师500名。")
    assert (m["500名"].kind, m["500名"].indicator, m["500名"].topic) == ("target", "培养市级以上骨干教师", "livelihood")
    assert by_quote("预计全年粮食总产量可达62万吨。")["62万吨"].indicator == "粮食总产量"


def test_a_list_ended_by_deng_shares_what_follows_it():
    m = by_quote("茶叶、食用菌、水果等特色产业产值分别增长7.2%、5.6%和3.9%。")
    assert m["7.2%"].indicator == "茶叶特色产业产值增长"
    m = by_quote("办件时长、群众等候时间分别缩短至20分钟和10分钟。")  # 等候 is a word, not a list's end
    assert m["20分钟"].indicator == "办件时长"
    assert by_quote("普通高中、中等职业学校招生人数分别为3万人和2万人。")["3万人"].indicator == "普通高中"
    assert by_quote("小学、初中学校数分别为100所和50所。")["100所"].indicator == "小学"  # not 小学校数


def test_a_count_of_companies_takes_its_topic_from_what_was_done_to_them():
    m = by_quote("全年共检查企业1.86万家次，发现一般隐患4.2万项；责令停产停业整顿企业37家。")
    assert (m["1.86万家次"].topic, m["37家"].topic) == ("safety", "safety")
    m = by_quote("中高考期间，开展噪声污染专项整治，出动执法人员489人次，检查企业220家次。")
    assert m["220家次"].topic == "environment"
    assert by_quote("全市新增国家级高新技术企业85家。")["85家"].topic == "economy"


def test_a_time_inside_a_label_and_an_aside_after_the_unit_are_left_out():
    m = by_quote("12345便民服务热线一季度共受理群众诉求46.2万件，电子证照调用量累计达到2.6亿次。")
    assert (m["46.2万件"].indicator, m["46.2万件"].period) == ("12345便民服务热线受理群众诉求", "2022-01..2022-03")
    assert m["2.6亿次"].indicator == "电子证照调用量"
    assert by_quote("全市已有1.8万台（套）政务服务自助终端投入使用。")["1.8万台"].indicator == "政务服务自助终端"
    assert by_quote("二季度增速比上半年加快0.6个百分点。")["0.6个百分点"].indicator == "增速比上半年加快"  # a base
    assert by_quote("工业产值比去年上半年增长8.5%。")["8.5%"].indicator == "工业产值比去年上半年增长"
    assert by_quote("办理行政许可3200件，预计全年粮食总产量可达62万吨。")["3200件"].indicator == "办理行政许可"


def test_people_counted_by_what_they_did_are_labelled_with_it():
    m = by_quote("活动期间全市12万余人参加，近20万人受益。")
    assert (m["12万余人"].indicator, m["20万人"].indicator) == ("参加人数", "受益人数")
    assert by_quote("全市新增就业2万人，参加培训3000人。")["3000人"].indicator == "参加培训"
    assert by_quote("规上工业企业期间费用同比增长3.2%。")["3.2%"].indicator == "规上工业企业期间费用同比增长"
    assert by_quote("市民热线春节期间受理群众诉求3200件。")["3200件"].indicator == "市民热线春节期间受理群众诉求"
    m = by_quote("新建改造提升公园15个，提升1.2万平方米。")  # an upgrade, not a change of the count
    assert not m["1.2万平方米"].indicator.startswith("新建改造提升公园")


def test_a_title_with_two_spans_or_days_or_a_sentence_with_its_own_time_word_takes_no_title_span():
    d = date(2023, 8, 10)
    text = "福州市2023年上半年工作总结和下半年工作计划\n\n全市新增就业2.1万人。"
    assert by_quote(text, pub_date=d)["2.1万人"].period is None
    text = "2023年10月1-7日国庆假期旅游情况\n\n全市接待游客120万人次。"
    assert by_quote(text, pub_date=d)["120万人次"].period is None
    text = "2023年上半年泉州经济运行情况\n\n近五年来，地区生产总值年均增长7.2%。全市新增就业2.1万人。"
    m = by_quote(text, place="泉州市", city="泉州市", pub_date=d)
    assert (m["7.2%"].period, m["2.1万人"].period) == (None, "2023-01..2023-06")


def test_the_span_a_reports_title_names_is_the_period_of_figures_that_name_none():
    text = (
        "晋江市2023年1-8月民生实事项目进展情况\n\n1.新建改扩建中小学、幼儿园12所，已完工8所。\n\n2.计划新增学位6800个。"
    )
    m = by_quote(text, place="晋江市", city="泉州市", pub_date=date(2023, 9, 12))
    assert (m["12所"].period, m["8所"].period, m["6800个"].period) == ("2023-01..2023-08", "2023-01..2023-08", None)
    text = "2021年10月26日宁德市政府新闻办举行新闻发布会\n\n全市建成污水管网120公里。"  # a date, no span
    assert by_quote(text, place="宁德市", city="宁德市", pub_date=date(2021, 10, 26))["120公里"].period is None


def test_free_trade_zones_are_places_and_a_respective_change_leaves_fenbie_out():
    m = by_quote("厦门自贸片区新增企业2860家。", place="厦门市", city="厦门市")["2860家"]
    assert (m.indicator, m.place, m.city) == ("新增企业", "中国（福建）自由贸易试验区厦门片区", "厦门市")
    m = by_quote("海沧区、集美区前三季度固定资产投资分别增长9.1%和7.6%。", place="厦门市", city="厦门市")
    assert (m["9.1%"].indicator, m["9.1%"].place, m["7.6%"].place) == ("固定资产投资增长", "海沧区", "集美区")


def test_a_month_alone_and_a_change_against_last_month():
    text = "5月份，市12345便民服务平台共受理群众诉求8.6万件。全市群众满意率为96.8%，较上月提升0.4个百分点。"
    m = by_quote(text, place="漳州市", city="漳州市", pub_date=date(2023, 6, 5))
    assert m["8.6万件"].period == "2023-05"
    assert (m["0.4个百分点"].kind, m["0.4个百分点"].indicator) == ("change", "群众满意率较上月提升")
    assert by_quote("12月份新增就业1200人。", pub_date=date(2023, 1, 10))["1200人"].period == "2022-12"
    d = date(2023, 8, 10)
    assert by_quote("去年5月份新增就业1200人。", pub_date=d)["1200人"].period == "2022-05"
    assert by_quote("1月份至5月份新增就业1200人。", pub_date=d)["1200人"].period == "2023-01..2023-05"
    assert by_quote("5、6月份新增就业1200人。", pub_date=d)["1200人"].period == "2023-05..2023-06"
    assert by_quote("5月份以来新增就业1200人。", pub_date=d)["1200人"].period == "2023-05..2023-08"
    assert by_quote("5月份，全市新增就业1200人，较4月份增长12%。", pub_date=d)["12%"].period == "2023-05"
    assert by_quote("比去年5月份增加300人。", pub_date=d)["300人"].period is None  # a base
    assert by_quote("项目将于10月份竣工，总投资3亿元。", pub_date=d)["3亿元"].period == "2023-10"  # ahead
    m = by_quote("上半年全市地区生产总值增长4.3%，增速比一季度加快1.2个百分点。", pub_date=d)
    assert m["1.2个百分点"].period == "2023-01..2023-06"  # 一季度 is the base
    m = by_quote("全市存款余额5000亿元，较上月末增加120亿元。", pub_date=d)
    assert (m["120亿元"].kind, m["120亿元"].indicator) == ("change", "存款余额较上月末增加")


def test_a_figure_of_a_goal_is_a_target():
    m = by_quote("城镇登记失业率为2.9%，控制在4.5%以内的目标范围。")
    assert (m["2.9%"].kind, m["4.5%"].kind) == ("actual", "target")
    assert by_quote("全年地区生产总值增长6.1%，实现了增长6%的预期目标。")["6%"].kind == "target"
    assert by_quote("完成年度目标任务的116.4%。")["116.4%"].kind == "actual"
    # the goal with its verb and object between it and the figure
    m = by_quote("增加公办幼儿园学位。年度目标新增学位6000个，已新增6420个，完成率107%。")
    assert (m["6000个"].kind, m["6420个"].kind) == ("target", "actual")
    assert by_quote("农村生活污水治理。目标任务完成200个行政村，已完成182个。")["200个"].kind == "target"
    assert by_quote("其中已完成或超额完成年度目标任务的23件。")["23件"].kind == "actual"
    assert by_quote("全年造林：完成年度任务逾六成。")["六成"].kind == "actual"
    assert by_quote("目标任务完成率达95%。")["95%"].kind == "actual"


def test_new_units_of_produce_computing_power_couples_and_per_mille_points():
    m = by_quote(
        "今年计划收购烟叶12.5万担，已收购8600担。全市在用算力总规模达860PFlops、9.8EFLOPS。全年办理结婚登记9826对，"
        "开展1对1帮扶。婴儿死亡率为2.31‰，比上年下降0.26个千分点。"
    )
    assert [(q, m[q].value, m[q].unit) for q in m] == [
        ("12.5万担", 125_000, "担"),
        ("8600担", 8600, "担"),
        ("860PFlops", 860, "PFlops"),
        ("9.8EFLOPS", 9.8, "EFLOPS"),
        ("9826对", 9826, "对"),  # and 1对1, a way of working, is none
        ("2.31‰", 2.31, "‰"),
        ("0.26个千分点", 0.26, "个千分点"),
    ]


def test_a_headlines_last_phrase_labels_its_figure_and_a_cut_by_a_share_is_a_change():
    m = by_quote(
        "福州持续优化营商环境 市场主体突破130万户\n\n全市审批时限平均压缩70%以上，全流程时间压缩至0.5个工作日。"
    )
    assert m["130万户"].indicator == "市场主体"
    assert (m["70%"].kind, m["0.5个工作日"].kind) == ("change", "actual")


def test_a_provincial_report_of_two_cities_each_and_then_respectively():
    text = (
        "福建日报\n\n我省去年经济总量突破5.3万亿元\n\n本报讯 2022年，全省地区生产总值53109.85亿元。其中，福州、泉州两市"
        "地区生产总值均突破1.2万亿元，分别达12308.23亿元和12102.97亿元。\n\n全省9个设区市中，厦门、福州增速分别为4.4%、"
        "4.3%。全省城镇居民人均可支配收入54842元；农村居民人均可支配收入24987元。全国一般公共预算收入20.4万亿元，我省完成3339.2亿元。"
    )
    ms = mentions(text, place="福建省", city=None, pub_date=date(2023, 3, 2))
    got = [(m.quote, m.place) for m in ms if m.quote in ("1.2万亿元", "12308.23亿元", "12102.97亿元", "9个", "24987元")]
    assert got == [
        ("1.2万亿元", "福州市"),
        ("1.2万亿元", "泉州市"),
        ("12308.23亿元", "福州市"),
        ("12102.97亿元", "泉州市"),
        ("24987元", "福建省"),
    ]
    m = {x.quote: x for x in ms}
    assert m["12308.23亿元"].indicator == "地区生产总值"
    assert m["3339.2亿元"].indicator == "一般公共预算收入完成"


def test_a_change_against_the_end_of_a_five_year_plan():
    m = by_quote("全市城市供水能力达到每日65万吨，比“十三五”末增加15万吨。", pub_date=date(2023, 12, 20))
    assert (m["15万吨"].kind, m["15万吨"].period) == ("change", "2020..2023")
    assert m["15万吨"].indicator == "城市供水能力比“十三五”末增加"


def test_a_multiple_of_a_past_year_runs_from_it_and_only_leaves_the_label():
    m = by_quote("1988年，宁德地区财政收入仅1.2亿元。2022年，全市地区生产总值达到3554.6亿元，是1988年的约90倍。")
    assert (m["1.2亿元"].indicator, m["1.2亿元"].period) == ("地区财政收入", "1988")
    assert m["90倍"].period == "1988..2022"


def test_words_ending_in_a_trailing_verb_keep_it():
    assert by_quote("立案查处违法行为560起。")["560起"].indicator == "立案查处违法行为"


def test_a_lost_character_does_not_end_the_sentence():
    m = by_quote("今年以来,全市关停取缔非法违法企业45家,罚款?计860万元。", place="泉州市", city="泉州市")
    assert (m["860万元"].indicator, m["860万元"].period) == ("罚款?计", "2022")  # 今年以来 reaches it


def test_time_adverbials_inside_a_label_are_dropped():
    m = by_quote("全市12345热线今年以来受理诉求58.3万件。思明区新增停车泊位3200个。", place="厦门市", city="厦门市")
    assert m["58.3万件"].indicator == "12345热线受理诉求"
    assert m["3200个"].topic == "livelihood"


def test_a_list_of_nouns_before_one_figure_is_its_label():
    m = by_quote("今年秋季,全市新建改扩建中小学、幼儿园32所,新增学位2.1万个。", place="漳州市", city="漳州市")
    assert m["32所"].indicator == "新建改扩建中小学、幼儿园"
    m = by_quote("全市群众安全感率、执法工作满意率分别提升至99.06%、97.54%。")
    assert (m["99.06%"].indicator, m["97.54%"].indicator) == ("群众安全感率", "执法工作满意率")
    m = by_quote("将困难学生资助标准提高到每人每年2500元。")
    assert m["2500元"].indicator == "困难学生资助标准"


def test_list_numbers_are_not_part_of_a_label():
    m = by_quote("1.全市规上工业企业达到1032家;2.高新技术企业增长15%。", place="南平市", city="南平市")
    assert (m["1032家"].indicator, m["15%"].indicator) == ("规上工业企业", "高新技术企业增长")


def test_respectively_takes_only_its_own_clause_and_never_fails_a_document():
    m = by_quote("鼓楼区、台江区分别为：3例、5例、7例。福州市、厦门市分别为：3例、5例。")  # no IndexError
    assert {q: x.place for q, x in m.items()} == {"3例": "福州市", "5例": "厦门市", "7例": "福州市"}
    m = by_quote("全市投入资金3亿元,新建项目20个,学校、医院分别达到12所、8所。")
    assert (m["12所"].indicator, m["8所"].indicator) == ("学校", "医院")
    m = by_quote("鼓楼区完成投资10亿元,台江区完成投资20亿元,增速分别为15%和10%。")
    assert (m["15%"].indicator, m["10%"].indicator) == ("完成投资增速", "完成投资增速")
    m = by_quote("接待游客50万人次,实现旅游收入4.6亿元,分别增长32%和28.5%,住宿营业额达到30亿元。")
    assert (m["32%"].indicator, m["28.5%"].indicator) == ("接待游客增长", "实现旅游收入增长")
    assert m["30亿元"].indicator == "住宿营业额"
    m = by_quote("全市共接待游客615.8万人次,实现旅游收入42.3亿元,按可比口径分别增长186.2%和203.5%。")
    assert (m["186.2%"].indicator, m["203.5%"].indicator) == ("接待游客增长", "实现旅游收入增长")
    m = by_quote("第一、二季度全市完成投资分别为100亿元、120亿元。")
    assert {m[q].indicator for q in ("100亿元", "120亿元")} == {"完成投资"}


def test_a_change_in_points_continues_the_rate_before_it():
    m = by_quote("城镇化率达72.5%,提高1.2个百分点。")
    assert (m["1.2个百分点"].indicator, m["1.2个百分点"].kind) == ("城镇化率提高", "change")


def test_near_in_nearby_is_not_an_approximation():
    m = by_quote("小区附近有3个停车场,全市有近10家医院。")
    assert (m["3个"].qualifier, m["10家"].qualifier) == ("exact", "approx")


def test_an_honour_or_a_first_is_not_a_provincial_or_national_figure():
    assert by_quote("全国文明城市创建工作扎实推进,完成整改问题120个。")["120个"].place == "福州市"
    assert by_quote("全省率先出台实施意见,日均服务群众3000人次。")["3000人次"].place == "福州市"


def test_a_year_written_before_a_part_of_it_is_its_year():
    d = date(2022, 11, 7)
    assert by_quote("去年全年新增就业1.2万人。", pub_date=d)["1.2万人"].period == "2021"
    assert by_quote("2021年上半年新增就业1.2万人。", pub_date=d)["1.2万人"].period == "2021-01..2021-06"
    assert by_quote("今年全年力争新增就业1.2万人。", pub_date=date(2023, 1, 12))["1.2万人"].period == "2023"
    assert by_quote("第一、三季度新增就业1.2万人。", pub_date=d)["1.2万人"].period is None  # two quarters


def test_the_time_words_opening_a_sentence_hold_for_its_later_parts_unless_they_say_now():
    ms = by_quote("今年一季度接待游客1520万人次，同比增长35.6%；实现旅游收入162亿元。", pub_date=date(2023, 4, 18))
    assert ms["162亿元"].period == ms["1520万人次"].period == "2023-01..2023-03"
    ms = by_quote("2021年全市新增就业2万人；目前城镇登记失业率3.2%。")
    assert (ms["2万人"].period, ms["3.2%"].period) == ("2021", None)
    assert by_quote("今年以来新增就业2万人，当前城镇登记失业率3.2%。")["3.2%"].period is None
    assert by_quote("今年一季度，全市加快推进项目前期工作，新开工项目45个。")["45个"].period == "2022-01..2022-03"
    assert by_quote("今年以来，截至目前，全市累计接种疫苗12万剂次。")["12万剂次"].period == "2022"


def test_tourism_is_economy_and_emergency_care_livelihood():
    m = by_quote("全市4A级以上旅游景区达到26家。一季度接待游客1520万人次，实现旅游收入162亿元。")
    assert {m[q].topic for q in ("26家", "1520万人次", "162亿元")} == {"economy"}
    assert by_quote("市民可拨打12345热线咨询。120急救平均响应时间缩短至11分钟。")["11分钟"].topic == "livelihood"


def test_a_running_total_after_what_was_added():
    m = by_quote("全市新增“专精特新”企业36家,累计达到218家。", place="晋江市", city="泉州市")
    assert m["218家"].indicator == "“专精特新”企业累计"
    m = by_quote("新增市场主体3.2万户,同比增长12.5%,总量达到28.6万户。", place="南平市", city="南平市")
    assert m["28.6万户"].indicator == "市场主体总量"
    m = by_quote("个体工商户18.6万户,较年初增加1.1万户。", place="晋江市", city="泉州市")
    assert (m["1.1万户"].indicator, m["1.1万户"].kind) == ("个体工商户较年初增加", "change")
    assert by_quote("第一产业增加值179.45亿元。")["179.45亿元"].kind == "actual"  # 增加值 is no change


def test_places_listed_before_respectively_are_not_measures():
    m = by_quote("陈埭镇、安海镇上半年税收分别突破20亿元和15亿元。", place="晋江市", city="泉州市")
    assert m["20亿元"].indicator != "陈埭镇"


def test_there_are_is_not_part_of_a_label():
    m = by_quote("目前全市共有高风险区1个、中风险区6个,有效发明专利2138件。")
    assert (m["1个"].indicator, m["2138件"].indicator) == ("高风险区", "有效发明专利")


def test_the_whole_county_is_the_county_that_opened_a_clause():
    m = by_quote("今年,古田县食用菌产量达到93万吨,带动全县近20万人从业。", place="宁德市", city="宁德市")
    assert (m["20万人"].place, m["20万人"].city) == ("古田县", "宁德市")
    m = by_quote(
        "鼓楼区今年以来新增城镇就业6800人,新建养老服务站12个;全市新增就业15万人,完成年度目标的80%。"
    )  # 全市: not the district
    assert m["15万人"].place == "福州市"


def test_a_chemistry_term_is_not_money():
    assert [m.quote for m in mentions("建设年产10万吨高镍三元前驱体项目。")] == ["10万吨"]  # not 三元 = 3 yuan


def test_labels_keep_whole_verbs_and_carry_a_bare_rate_of_growth():
    m = by_quote("新增市场主体10.1万户,比增106%;整改问题10个,约谈企业4家。我局已经全面完成14项。")
    assert m["106%"].indicator == "新增市场主体比增"
    assert m["4家"].indicator == "约谈企业"  # not 约 = approx
    assert m["14项"].indicator == "全面完成"


def test_a_budget_report():
    m = by_quote(
        "全年全市一般公共预算总收入完成138.6亿元,为年度预算的101.2%,增长3.5%;民生支出占比达到80.3%。",
        place="三明市",
        city="三明市",
        pub_date=date(2023, 1, 12),
    )
    assert (m["138.6亿元"].topic, m["138.6亿元"].period) == ("economy", "2022")  # 全年, said in January
    assert m["3.5%"].indicator == "增长"  # not the growth of the share before it
    assert m["80.3%"].topic == "livelihood"


def test_concentrations_and_containers_have_units():
    m = by_quote("PM2.5平均浓度为20微克/立方米,港口集装箱吞吐量达到120万标箱。")
    assert (m["20微克/立方米"].value, m["20微克/立方米"].unit, m["20微克/立方米"].indicator) == (
        20,
        "微克/立方米",
        "PM2.5平均浓度",
    )
    assert (m["120万标箱"].value, m["120万标箱"].unit) == (1_200_000, "标箱")
    m = by_quote("当日全省完成核酸检测1234.5万人份。", place="福建省", city=None)
    assert (m["1234.5万人份"].value, m["1234.5万人份"].unit) == (12_345_000, "人份")


def test_mention_spans_index_the_displayed_paragraph(seed_docs):
    for doc, ms in seed_docs.values():
        paragraphs = {p.paragraph_id: p for p in doc.paragraphs}
        for m in ms:
            assert paragraphs[m.paragraph_id].text[m.start : m.end] == m.quote
            assert m.mention_id.startswith(m.paragraph_id)


def test_doubtful_mentions_say_why(seed_docs):
    doc, ms = seed_docs["001_94b74bfb5a05e8dd.txt"]
    lost = [m for m in ms if m.doubt and "lost" in m.doubt]
    assert lost and all(m.confidence <= 0.6 for m in lost)


def test_a_provincial_bulletin_attributes_each_figure_to_its_city():
    text = (
        "福建省卫健委通报\n\n2022年4月3日\n\n"
        "4月2日0—24时，福建省新增本土确诊病例12例（福州市3例、厦门市2例），"
        "新增本土无症状感染者71例（其中泉州市60例，莆田市11例）。\n\n"
        "厦门市今年以来新增市场主体3.2万户，同比增长15.6%；全市网上办事率达到99.2%。"
    )
    doc = build_document(RawText("bulletin.txt", "0" * 64, "utf-8", text))
    assert (doc.place, doc.city) == ("福建省", None)
    m = {x.quote: x for x in extract_document(doc)}
    assert (m["12例"].place, m["12例"].city) == ("福建省", None)
    assert (m["3例"].place, m["2例"].place, m["60例"].place, m["11例"].place) == (
        "福州市",
        "厦门市",
        "泉州市",
        "莆田市",
    )
    assert m["71例"].place == "福建省"  # the cities in the bracket before it are the bracket's
    assert m["99.2%"].place == "厦门市"  # 全市 after a sentence about 厦门市
    assert (m["15.6%"].kind, m["15.6%"].topic) == ("change", "economy")
    assert m["71例"].period == "2022-04-02"


def test_labels_drop_target_words_and_keep_non_place_nouns():
    m = by_quote(
        "漳州市计划到2025年，城镇新增就业每年不少于4万人，力争人均可支配收入达到5.5万元。",
        place="漳州市",
        city="漳州市",
    )
    assert (m["4万人"].indicator, m["4万人"].kind, m["4万人"].qualifier) == ("城镇新增就业", "target", "at_least")
    assert (m["5.5万元"].indicator, m["5.5万元"].period) == ("人均可支配收入", "2025")


def test_a_time_or_plan_before_the_parts_of_a_sentence_holds_for_all_of_them():
    d = date(2023, 8, 10)
    m = by_quote("截至2023年6月底，全市共有医疗卫生机构3892家；每千人口医疗卫生机构床位数达到5.9张。", pub_date=d)
    assert m["5.9张"].period == "2023-01..2023-06"  # across the ；
    m = by_quote("我们将新建公办幼儿园10所；建成保障性租赁住房4500套；新增城镇就业3.5万人以上。", pub_date=d)
    assert [m[q].kind for q in ("10所", "4500套", "3.5万人")] == ["target"] * 3
    m = by_quote("去年新建公办幼儿园10所。建成保障性租赁住房4500套。", pub_date=d)
    assert m["4500套"].period is None and m["4500套"].kind == "actual"  # a new sentence starts afresh


def test_periods_of_date_ranges_and_of_the_past_year():
    d = date(2023, 5, 4)
    m = by_quote("“五一”假期（4月29日至5月3日），武夷山市共接待游客45.8万人次。", pub_date=d)
    assert m["45.8万人次"].period == "2023-04-29..2023-05-03"
    m = by_quote("2022年12月30日-2023年1月2日期间，共接待游客45.8万人次。", pub_date=d)
    assert m["45.8万人次"].period == "2022-12-30..2023-01-02"
    assert (
        by_quote("12月30日至1月2日，共接待游客45.8万人次。", pub_date=d)["45.8万人次"].period
        == "2022-12-30..2023-01-02"
    )
    assert by_quote("2023年3月1日起，共办理业务1.2万件。", pub_date=d)["1.2万件"].period == "2023-03-01..2023-05-04"
    m = by_quote("过去一年，全市地区生产总值增长6.2%，达到3300亿元。", pub_date=date(2024, 1, 20))
    assert (m["6.2%"].period, m["3300亿元"].period) == ("2023", "2023")


def test_labels_of_totals_after_changes_abbreviations_and_classes():
    m = by_quote("过去一年，全市地区生产总值增长6.2%，达到3300亿元。")
    assert (m["6.2%"].indicator, m["3300亿元"].indicator) == ("地区生产总值增长", "地区生产总值")
    m = by_quote("细颗粒物（PM2.5）平均浓度为19微克/立方米，同比下降9.5%。")
    assert (m["19微克/立方米"].indicator, m["9.5%"].indicator) == (
        "细颗粒物（PM2.5）平均浓度",
        "细颗粒物（PM2.5）平均浓度同比下降",
    )
    m = by_quote("今年以来，我们为2.6万名80周岁以上老年人发放高龄津贴3120万元。")
    assert m["2.6万名"].indicator == "80周岁以上老年人" and "80周岁" not in m
    assert by_quote("住院手术量11.3万台次。")["11.3万台次"].unit == "台次"
    m = by_quote("福州长乐国际机场全年旅客吞吐量预计突破1300万人次。")
    assert (m["1300万人次"].indicator, m["1300万人次"].kind) == ("国际机场全年旅客吞吐量", "target")


def test_townships_and_sub_districts_of_the_whole_province_are_places():
    m = by_quote(
        "其中，东街街道、南街街道分别建成智慧健康驿站5个和4个；温泉街道新增养老床位120张。",
        place="鼓楼区",
    )
    assert [(m[q].place, m[q].indicator) for q in ("5个", "4个", "120张")] == [
        ("东街街道", "建成智慧健康驿站"),
        ("南街街道", "建成智慧健康驿站"),
        ("温泉街道", "新增养老床位"),
    ]
    assert {m[q].city for q in m} == {"福州市"}


def test_rises_in_price_places_that_each_pass_a_figure_and_chinese_decimals():
    m = by_quote("春茶平均价格每公斤238元，较去年上涨12元。")
    assert (m["12元"].kind, m["12元"].indicator) == ("change", "春茶平均价格每公斤较去年上涨")
    text = "思明区、湖里区新设经营主体均超过1.5万户。"
    m = by_quote(text, place="厦门市", city="厦门市")
    assert [(x.place, x.indicator, x.qualifier) for x in mentions(text, place="厦门市", city="厦门市")] == [
        ("思明区", "新设经营主体", "at_least"),
        ("湖里区", "新设经营主体", "at_least"),
    ]
    assert m["1.5万户"].topic == "economy"  # 湖 of 湖里区 is no lake
    assert by_quote("群众满意率为百分之九十八点五。")["百分之九十八点五"].value == 98.5
    m = by_quote("全县共设置常态化核酸采样点86个，其中24小时采样点4个。")
    assert "24小时" not in m and m["4个"].indicator == "24小时采样点"


def test_a_base_year_holds_in_its_own_part_of_a_sentence():
    m = by_quote("2022年，漳州港完成货物吞吐量5600万吨，比2020年翻了一番；集装箱吞吐量达到62万标箱，增长1.5倍。")
    assert (m["5600万吨"].period, m["62万标箱"].period) == ("2022", "2022")
    m = by_quote("2021年地区生产总值比2012年增长86%。")
    assert m["86%"].period == "2012..2021"


def test_periods_of_the_epidemic_the_exams_and_the_year_that_opens_a_paragraph():
    d = date(2022, 5, 10)
    assert by_quote("疫情发生以来，累计发放失业补助金3.06亿元。", pub_date=d)["3.06亿元"].period == "2020..2022"
    assert by_quote("本轮疫情以来，累计出动435人次。", pub_date=d)["435人次"].period is None  # this wave, not 2020
    assert by_quote("在中高考期间，累计出动执法人员489人次。", pub_date=d)["489人次"].period == "2022-06"
    m = by_quote("2022年末，全市常住人口887.9万人。全年出生人口7.9万人。", pub_date=date(2023, 3, 28))
    assert (m["887.9万人"].period, m["7.9万人"].period) == ("2022", "2022")  # not the year of the release
    # a year inside one part of a sentence is that part's; a time in a clause of its own is all parts'
    m = by_quote("2021年“三公”经费支出总额较2012年下降70%以上；民生支出年均增长10.7%。", pub_date=d)
    assert (m["70%"].period, m["10.7%"].period) == ("2012..2021", None)
    m = by_quote("截至6月底，全市共有医疗卫生机构3892家；每千人口床位数达到5.9张。", pub_date=d)
    assert m["5.9张"].period == "2022-01..2022-06"


def test_labels_across_base_years_and_changes_and_bases_of_rates():
    m = by_quote("个人自付比例为21.1%，比2011年下降了18.6个百分点。医务性收入占比由2011年的18.4%提高到2022年的43.6%。")
    assert m["18.6个百分点"].indicator == "个人自付比例下降"
    assert [(m[q].indicator, m[q].kind) for q in ("18.4%", "43.6%")] == [
        ("医务性收入占比", "baseline"),
        ("医务性收入占比", "actual"),
    ]
    m = by_quote("新建商品住宅销售价格环比下降0.3%，同比上涨1.2%。")
    assert (m["1.2%"].indicator, m["1.2%"].topic) == ("新建商品住宅销售价格同比上涨", "livelihood")
    m = by_quote("每10万人中拥有大学文化程度的人数为13250人。")
    assert list(m) == ["13250人"] and m["13250人"].indicator == "每10万人中拥有大学文化程度的人数"
    assert by_quote("宁德核电4台机组累计发电量突破3000亿千瓦时。")["4台"].indicator == "核电机组"
    assert "70个" not in by_quote("5月份70个大中城市商品住宅销售价格显示，福州环比下降0.3%。")


def test_a_time_after_the_dateline_and_the_source_opens_the_whole_sentence():
    d = date(2023, 11, 15)
    text = "本报讯（记者 林清）记者从市人社局获悉，今年1至10月，全市城镇新增就业2.3万人；城镇登记失业率控制在3.2%以内。"
    assert by_quote(text, pub_date=d)["3.2%"].period == "2023-01..2023-10"
    m = by_quote("莆田：今年前10个月新增城镇就业2.3万人", pub_date=d)
    assert list(m) == ["2.3万人"]  # 前10个月 is when, not a figure
    assert (m["2.3万人"].period, m["2.3万人"].indicator) == ("2023-01..2023-10", "新增城镇就业")


def test_taiwanese_growth_words_are_changes():
    m = by_quote("金門縣觀光旅客達到98.6萬人次，較去年同期成長31.5%；兩岸往返旅客預計可望突破30萬人次。")
    assert (m["31.5%"].kind, m["31.5%"].indicator) == ("change", "观光旅客较去年同期成长")
    assert (m["30萬人次"].kind, m["30萬人次"].indicator[-4:]) == ("target", "往返旅客")  # not 可望


def test_this_time_and_that_day_are_the_time_of_the_sentence_before():
    m = by_quote("2022年全国成人高考11月6日顺利结束。此次考试福州市共设考场1100个。")
    assert m["1100个"].period == "2022-11-06"
    text = "截至10月27日24时，全市现有高风险区1个；治愈出院118例。当日全市完成核酸采样862.3万人次。"
    assert by_quote(text)["862.3万人次"].period == "2022-10-27"
    assert by_quote("疫情以来，累计减免租金9亿元。", pub_date=date(2020, 9, 1))["9亿元"].period == "2020"


def test_a_counted_noun_may_be_a_quoted_name_or_follow_verbs_that_modify_it():
    m = by_quote("目前，已经开通了三种诉求提交渠道。推出21个“我为群众办实事”实践活动项目，其中1项已完成。")
    assert m["三种"].indicator == "开通诉求提交渠道"
    assert m["21个"].indicator == "推出“我为群众办实事”实践活动项目"


def test_plans_proposed_by_a_named_programme_and_classes_of_projects():
    d = date(2023, 7, 5)
    text = "《福州市重点项目建设三年行动方案（2023—2025年）》提出，全市每年实施重点项目1500个以上。"
    m = by_quote(text, pub_date=d)
    assert (m["1500个"].kind, m["1500个"].period) == ("target", "2023..2025")
    m = by_quote("上半年，全市1000个亿元以上项目完成投资1250亿元。", pub_date=d)
    assert m["1000个"].indicator == "亿元以上项目"
    m = by_quote("项目建成后，沿线居民通勤时间将缩短20—30分钟，亩均税收超过30万元。", pub_date=d)
    assert (m["20—30分钟"].kind, m["20—30分钟"].value_high) == ("target", 30)
    assert m["30万元"].indicator == "亩均税收"
    m = by_quote("今年以来，全市新增减税降费及退税缓费近百亿元。", pub_date=d)
    assert (m["百亿元"].value, m["百亿元"].qualifier) == (1e10, "approx")
    assert by_quote("数百人参加。") == {}  # a bare 百 without 近/逾/超 is no figure


def test_a_sentence_opening_with_qizhong_details_the_period_of_the_one_before():
    text = "今年上半年，全县实现地区生产总值298.6亿元。其中，第一产业增加值12.3亿元；第二产业增加值156.2亿元。"
    m = by_quote(text, pub_date=date(2023, 7, 28))
    assert {m[q].period for q in ("298.6亿元", "12.3亿元", "156.2亿元")} == {"2023-01..2023-06"}


def test_a_coverage_radius_is_part_of_the_name_and_a_space_ends_a_headline_phrase():
    m = by_quote("今年计划公交站点500米覆盖率达到100%。", pub_date=date(2023, 3, 2))
    assert list(m) == ["100%"] and m["100%"].indicator == "公交站点500米覆盖率"
    assert by_quote("厦门：新增5条公交线路 方便市民出行")["5条"].indicator == "新增公交线路"


def test_units_of_fish_lamps_wells_and_trains():
    m = by_quote("全年投放鱼苗120万尾，安装路灯3500盏，打井56眼，开行旅游专列8列。")
    assert [(q, m[q].unit, m[q].value) for q in m] == [
        ("120万尾", "尾", 1_200_000),
        ("3500盏", "盏", 3500),
        ("56眼", "眼", 56),
        ("8列", "列", 8),
    ]


def test_political_slogans_are_not_figures():
    m = by_quote("推动城乡二元结构改革，做到两个毫不动摇，落实三个务必，坚持四个自信。新建学校3所。")
    assert list(m) == ["3所"]


def test_review_cases_of_periods_plans_and_each():
    d = date(2022, 5, 10)
    m = by_quote("2021年，全市新增就业2万人。今年上半年，新增就业1.1万人。", pub_date=d)
    assert m["1.1万人"].period == "2022-01..2022-06"  # 今年 written, not the paragraph's 2021
    m = by_quote(
        "2022年末，全市常住人口887.9万人。全年出生人口7.9万人。其中，男性4.1万人。", pub_date=date(2023, 3, 28)
    )
    assert m["4.1万人"].period == "2022"
    m = by_quote("全市将新建学校10所；去年新增就业2万人。", pub_date=d)
    assert (m["10所"].kind, m["2万人"].kind) == ("target", "actual")
    assert [x.place for x in mentions("思明区、湖里区推进教育均衡发展，新建学校5所。")] == ["厦门市"]  # 均衡
    assert list(by_quote("近百千家企业参加。")) == []  # no crash, no figure
    m = by_quote("2022年12月30日至1月2日，共接待游客45.8万人次。", pub_date=date(2023, 5, 4))
    assert m["45.8万人次"].period == "2022-12-30..2023-01-02"


def test_a_counted_noun_keeps_its_aside_and_health_insurance_is_livelihood():
    m = by_quote("二是推进医保服务就近办，在全市134个乡镇（街道）、2156个村（社区）设立医保服务站点。")
    assert [(m[q].indicator, m[q].topic) for q in ("134个", "2156个")] == [
        ("乡镇（街道）", "livelihood"),
        ("村（社区）", "livelihood"),
    ]


def test_a_place_in_a_ranking_is_no_figure():
    m = by_quote("晋江市连续多年排名全省前三位，进入全国前10名。前三季度新增就业1.2万人。")
    assert list(m) == ["1.2万人"]


def test_a_basis_of_comparison_and_a_breakdown_keep_the_measure_and_the_period():
    text = (
        "一季度，全市实现地区生产总值2893.9亿元，按可比价格计算，同比增长4.6%。"
        "分产业看，第一产业增加值142.6亿元。工业投资占全部投资的比重为18.5%，比去年同期提高2.4个百分点。"
    )
    m = by_quote(text, pub_date=date(2023, 4, 25))
    assert m["4.6%"].indicator == "实现地区生产总值同比增长"
    assert m["142.6亿元"].period == "2023-01..2023-03"
    assert m["2.4个百分点"].indicator == "工业投资占全部投资的比重提高"


def test_an_annual_bulletin_published_in_march_reports_on_the_year_in_its_title():
    text = (
        "三明市2022年国民经济和社会发展统计公报\n\n"
        "初步核算，全年全市地区生产总值3110.13亿元，三次产业结构为10.9:47.8:41.3。\n\n"
        "年末全市常住人口245.6万人。全年城镇居民人均可支配收入45869元；农村居民人均可支配收入23186元。"
    )
    m = by_quote(text, place="三明市", city="三明市", pub_date=date(2023, 3, 20))
    quotes = ("3110.13亿元", "10.9", "47.8", "41.3", "245.6万人", "45869元", "23186元")  # the ratio's parts too
    assert {q: m[q].period for q in m} == {q: "2022" for q in quotes}
    assert by_quote("全年新增就业1.2万人。", pub_date=date(2023, 3, 20))["1.2万人"].period == "2023"  # no year named


def test_a_breakdown_opening_a_paragraph_takes_the_period_of_the_paragraph_before():
    text = (
        "初步核算，前三季度全市地区生产总值5867.25亿元，同比增长5.3%。\n\n"
        "分区看，思明区、湖里区地区生产总值分别为1653.8亿元和1318.5亿元。"
    )
    m = by_quote(text, place="厦门市", city="厦门市", pub_date=date(2023, 10, 27))
    assert (m["1653.8亿元"].period, m["1653.8亿元"].place) == ("2023-01..2023-09", "思明区")


def test_risk_areas_written_in_full_keep_their_level():
    m = by_quote("截至3月24日24时，全市现有中风险地区3个，高风险地区12个。")
    assert (m["3个"].indicator, m["12个"].indicator) == ("中风险地区", "高风险地区")


def test_main_lines_and_shifts_are_the_structure_of_a_speech():
    assert list(by_quote("围绕三条主线，实现三个转变，惠及群众3万人。")) == ["3万人"]


def test_a_number_whose_digits_before_the_point_were_lost_is_not_read_as_another():
    m = by_quote("每千人医疗机构床位数从4.15张?提高到?.35张。")  # 6.35, with the 6 lost by a converter
    assert list(m) == ["4.15张"]


def test_a_bare_verb_after_a_figure_is_done_to_the_object_of_the_one_before():
    m = by_quote("排查一般隐患12086处，已整改11520处。受理群众诉求21.6万件，已办结21.5万件。")
    assert (m["11520处"].indicator, m["21.5万件"].indicator) == ("一般隐患整改", "群众诉求办结")


def test_inspection_campaigns_are_safety():
    m = by_quote("蕉城区、福安市、霞浦县分别开展集中检查行动12次、9次和7次。", place="宁德市", city="宁德市")
    assert {m[q].topic for q in m} == {"safety"}


def test_a_bare_share_is_of_the_measure_before_it():
    m = by_quote("开发区实现规上工业产值1080亿元，增长9.2%，占全市的百分之十五。")
    assert m["百分之十五"].indicator == "开发区实现规上工业产值占比"


def test_a_bracket_after_a_figure_that_puts_all_of_it_in_one_place_gives_that_place():
    ms = mentions(
        "11月7日0—24時，南平市新增本土確診病例2例（均在建陽區），新增本土無症狀感染者5例"
        "（其中武夷山市3例、延平區2例），均為集中隔離點內發現。",
        place="南平市",
        city="南平市",
    )
    assert [(m.quote, m.indicator, m.place, m.city) for m in ms] == [
        ("2例", "新增本土确诊病例", "建阳区", "南平市"),
        ("5例", "新增本土无症状感染者", "南平市", "南平市"),
        ("3例", "新增本土无症状感染者", "武夷山市", "南平市"),
        ("2例", "新增本土无症状感染者", "延平区", "南平市"),
    ]
    (m,) = mentions("全市新增确诊病例4例（均为集中隔离人员），无新增死亡病例。", place="南平市", city="南平市")
    assert m.place == "南平市"  # a bracket naming no place leaves the figure where it was


def test_magnitudes_leave_no_binary_residue_and_extended_to_is_a_transition():
    ms = by_quote("“i厦门”平台累计提供服务超过2.3亿次，社会消费品零售总额612.3亿元。“免证办”事项已拓展至1082项。")
    assert ms["2.3亿次"].value == 230_000_000
    assert ms["612.3亿元"].value == 61_230_000_000
    assert ms["1082项"].indicator == "“免证办”事项"
    assert [(m.kind, m.qualifier) for m in mentions("电子证照应用场景从200个拓展到450个以上。")] == [
        ("baseline", "exact"),
        ("actual", "at_least"),
    ]


def test_a_share_after_a_figure_is_the_share_of_that_figures_measure():
    ms = by_quote("今年以来，全市民生支出达到318.6亿元，占一般公共预算支出的比重为78.5%。")
    assert ms["78.5%"].indicator == "民生支出占一般公共预算支出的比重"
    assert ms["78.5%"].topic == "livelihood"
    m = by_quote("民生支出年均增长10.7%，2014年起占比稳定在77%以上。")["77%"]
    assert (m.indicator, m.qualifier) == ("民生支出占比", "at_least")


def test_shares_written_as_fractions_or_in_words_are_figures():
    ms = by_quote(
        "全县三分之二以上的乡镇建成茶叶质量安全追溯点，农药残留抽检合格率百分之百。全市90%以上的企业实现上云。"
    )
    assert ms["三分之二"].value == 2 / 3  # exact, as the spec asks
    assert (ms["三分之二"].unit, ms["三分之二"].qualifier) == (None, "at_least")
    assert (ms["百分之百"].value, ms["百分之百"].unit, ms["百分之百"].indicator) == (100, "%", "农药残留抽检合格率")
    assert ms["90%"].qualifier == "at_least"
    assert "200人" not in by_quote("就餐人员200人以上的学校食堂要落实陪餐制度。")  # a class, not a share


def test_police_figures_are_safety_whatever_platform_or_economy_words_they_hold():
    ms = by_quote(
        "其中，破获电信网络诈骗案件862起，为群众挽回经济损失1.6亿元。全市道路交通事故死亡人数同比下降15.2%。"
        "全市110接处警平台共接报警情28.6万起。",
        place="龙岩市",
        city="龙岩市",
    )
    assert {q: m.topic for q, m in ms.items()} == {
        "862起": "safety",
        "1.6亿元": "safety",
        "15.2%": "safety",
        "28.6万起": "safety",
    }


def test_a_vaccination_report_is_covid_even_where_it_names_the_elderly():
    ms = by_quote(
        "全市3岁以上人群全程接种率达到94.6%，60岁以上老年人全程接种率达91.2%，80岁以上老年人首针接种率为78.5%。"
        "8月14日当天，全市共设置临时接种点126个。",
        place="莆田市",
        city="莆田市",
    )
    assert {m.topic for m in ms.values()} == {"covid"}
    flu = by_quote("全市为老年人免费接种流感疫苗12万剂次。")["12万剂次"]
    assert flu.topic == "livelihood"


def test_jiang_before_a_verb_of_building_or_starting_is_a_plan():
    ms = by_quote("福州今年将新开工保障性住房1.2万套，将改造城镇老旧小区约300个，将筹集保障性租赁住房2万套。")
    assert {m.kind for m in ms.values()} == {"target"}


def test_a_breakdown_of_a_plan_is_planned_and_higher_than_last_year_is_a_change():
    ms = mentions("今年福州将新建改造体育公园10个。其中，鼓楼区、台江区各新建体育公园2个。其中，去年已建成3个。")
    assert [(m.quote, m.place, m.kind) for m in ms] == [
        ("10个", "福州市", "target"),
        ("2个", "鼓楼区", "target"),
        ("2个", "台江区", "target"),
        ("3个", "福州市", "actual"),
    ]
    m = by_quote("今年的芦柑个大味甜，每斤收购价比去年高出0.3元。")["0.3元"]
    assert m.kind == "change"


def test_a_share_button_is_no_headline():
    text = (
        "人民网>>地方>>福建\n\n福州：“15分钟健身圈”覆盖全城\n\n2023年07月21日08:32 | 来源：人民网－福建频道\n分享到：\n\n"
        "人民网福州7月21日电 （记者 林晓）截至今年6月底，福州已建成“15分钟健身圈”示范点126个。"
    )
    doc = build_document(RawText("a.txt", "0" * 64, "utf-8", text))
    assert doc.articles[0].title == "福州：“15分钟健身圈”覆盖全城"


def test_a_bound_on_a_class_that_a_later_number_counts_is_no_figure():
    ms = by_quote("园区内现有规上工业企业312家，其中产值超10亿元的企业21家。下一步，培育年产值超亿元的茶企15家。")
    assert set(ms) == {"312家", "21家", "15家"}
    kept = by_quote("项目总投资超10亿元，带动就业2000人。增速超过10%的企业有8家。")
    assert {"10亿元", "2000人", "10%", "8家"} <= set(kept)


def test_development_zones_are_places_of_their_county():
    (m,) = mentions("前三季度，融侨经济技术开发区实现规模以上工业产值1026.8亿元。", place="福清市", city="福州市")[:1]
    assert (m.place, m.city) == ("融侨经济技术开发区", "福州市")
    (m,) = mentions("龙岩高新区新增高新技术企业36家。", place="龙岩市", city="龙岩市")
    assert (m.place, m.city) == ("龙岩高新技术产业开发区", "龙岩市")


def test_a_bare_magnitude_is_a_figure_as_an_order_of_size():
    ms = by_quote("全市百余家企业参加招聘会，提供岗位千余个，吸引上万人次求职，投入上千万元资金。")
    assert {q: (m.value, m.qualifier) for q, m in ms.items()} == {
        "百余家": (100, "at_least"),
        "千余个": (1000, "at_least"),
        "万人次": (10000, "at_least"),
        "千万元": (10_000_000, "at_least"),
    }
    assert ms["万人次"].indicator == "吸引"
    assert mentions("数百家商户参与，成千上万名群众受益，惠及千家万户，比上年多。") == []


def test_identifiers_holding_digits_are_no_figures():
    ms = by_quote(
        "全市新建5G基站1200个。新增国家4A级旅游景区3家。“双11”期间快递业务量达1.2亿件。5·18期间签约项目42个。"
        "G15沈海高速福州段日均车流量5.6万辆次。咨询电话0591-87654321。"
    )
    assert set(ms) == {"1200个", "3家", "1.2亿件", "42个", "5.6万辆次"}


def test_two_neighbouring_digits_are_a_range():
    ms = by_quote("新建七八个公园，参与三四十人，投入两三百万元。")
    assert {q: (m.value, m.value_high) for q, m in ms.items()} == {
        "七八个": (7, 8),
        "三四十人": (30, 40),
        "两三百万元": (2_000_000, 3_000_000),
    }


def test_places_counted_back_are_taken_together_and_a_goal_word_names_no_measure():
    ms = mentions(
        "分地区看，福州市新增就业15.3万人，厦门市新增就业14.8万人，泉州市新增就业12.1万人，三市合计占全省的68.5%。"
        "城镇登记失业率3.4%，控制在4.5%以内的目标范围。",
        place="福建省",
        city=None,
    )
    assert [(m.quote, m.place, m.city) for m in ms][:4] == [
        ("15.3万人", "福州市", "福州市"),
        ("14.8万人", "厦门市", "厦门市"),
        ("12.1万人", "泉州市", "泉州市"),
        ("68.5%", "福建省", None),
    ]
    assert (ms[-1].quote, ms[-1].indicator, ms[-1].kind) == ("4.5%", "城镇登记失业率", "target")


def test_markets_lifts_and_the_digital_economy_have_their_topics():
    ms = by_quote(
        "我区已完成内河整治23条。下一步，我区将新建便民菜市场5个，为老旧小区加装电梯120部。"
        "全市数字经济规模达到6200亿元，新增专精特新企业45家。"
    )
    assert {q: m.topic for q, m in ms.items()} == {
        "23条": "environment",
        "5个": "livelihood",
        "120部": "livelihood",
        "6200亿元": "economy",
        "45家": "economy",
    }
    care = by_quote("林碧英：全市已建成农村幸福院312所，覆盖率达到85%以上。")
    assert {m.topic for m in care.values()} == {"livelihood"}
    assert by_quote("今年以来，共举办线上线下招聘会326场。")["326场"].topic == "livelihood"
    assert by_quote("组织开展线上线下招聘活动126场。")["126场"].topic == "livelihood"
    # three weak words (项目) do not outvote one real word (教育); 检查组 and 隐患 make a safety sentence
    text = "全市累计投入校舍建设资金14.7亿元，实施教育基建项目61个，其中续建项目34个、新开工项目27个。"
    assert {m.topic for m in mentions(text)} == {"livelihood"}
    text = "全市共派出检查组1236个，检查企业8642家次，排查一般事故隐患2.37万条。"
    assert by_quote(text)["8642家次"].topic == "safety"
    assert by_quote("全区早稻播种面积8.6万亩，预计平均亩产410公斤。")["8.6万亩"].topic == "livelihood"
    assert by_quote("2022年全市一般公共预算教育支出达64.3亿元。")["64.3亿元"].topic == "livelihood"
    assert by_quote("一般公共预算收入45.3亿元。")["45.3亿元"].topic == "economy"
    # a village's collective income is economy; food businesses' licences safety; a hotline's demands digital_gov
    assert by_quote("全区收入50万元以上的村集体经济达38个。")["38个"].topic == "economy"
    assert by_quote("全市持证食品经营主体1.27万家。")["1.27万家"].topic == "safety"
    assert by_quote("平台受理群众诉求187万件，其中住房城乡建设类诉求24.8万件。")["24.8万件"].topic == "digital_gov"
    # noise, protected areas and cleaner vehicles are environment
    m = by_quote("道路交通噪声昼间平均等效声级为67.1分贝；全市新增新能源汽车5.7万辆，自然保护地76处。")
    assert {m[q].topic for q in ("67.1分贝", "5.7万辆", "76处")} == {"environment"}
    # population is no economy, even in an economic bulletin
    m = by_quote("年末全市常住人口888.7万人，城镇化率69.8%；居民消费价格比上年上涨1.9%。")
    assert [m[q].topic for q in ("888.7万人", "69.8%", "1.9%")] == ["other", "other", "economy"]
    # 为民办实事项目 holds 事项 (an online service's item) inside its words: still livelihood
    assert by_quote("今年我市确定的23个为民办实事项目总体进展顺利。")["23个"].topic == "livelihood"
    assert by_quote("新增公共充电桩2100根。")["2100根"].unit == "根"


def test_a_row_of_a_table_written_as_text_labels_its_figure_without_the_space():
    ms = mentions("指标 绝对数 比上年增长\n\n地区生产总值 1563.2亿元 5.1%")
    assert [(m.quote, m.indicator) for m in ms][:1] == [("1563.2亿元", "地区生产总值")]


def test_one_figure_after_fenbie_is_each_places_and_a_base_years_end_is_a_comparison():
    ms = mentions(
        "城区生活污水集中收集率达到72.5%，较2022年末提高3.5个百分点。沙县区、永安市分别建成餐厨垃圾处理设施1座。"
        "建阳区、武夷山市分别新增4120户、3856户，合计7976户。全市1860所学校食堂全部实现“明厨亮灶”。",
        place="三明市",
        city="三明市",
    )
    assert [(m.quote, m.place, m.indicator) for m in ms] == [
        ("72.5%", "三明市", "城区生活污水集中收集率"),
        ("3.5个百分点", "三明市", "城区生活污水集中收集率较2022年末提高"),
        ("1座", "沙县区", "建成餐厨垃圾处理设施"),
        ("1座", "永安市", "建成餐厨垃圾处理设施"),
        ("4120户", "建阳区", "新增"),
        ("3856户", "武夷山市", "新增"),
        ("7976户", "南平市", "新增"),  # the sum, not one each
        ("1860所", "三明市", "学校食堂"),
    ]
    (m,) = mentions("全市市场监管部门检查食品生产经营主体3.8万家次。")
    assert m.topic == "safety"


def test_a_breakdown_follows_the_kind_of_the_figure_it_breaks_down_and_key_projects_are_counted():
    ms = mentions(
        "今年，我县李果种植面积达10.2万亩，预计产量15万吨，产值约12亿元。"
        "其中，梧桐镇、葛岭镇李果种植面积分别为2.1万亩、1.6万亩。一季度，全区44个重点项目完成投资38.6亿元。",
        place="永泰县",
        city="福州市",
    )
    assert [(m.quote, m.kind) for m in ms] == [
        ("10.2万亩", "actual"),
        ("15万吨", "target"),
        ("12亿元", "target"),
        ("2.1万亩", "actual"),
        ("1.6万亩", "actual"),
        ("44个", "actual"),
        ("38.6亿元", "actual"),
    ]


def test_key_projects_and_works_are_counted_but_a_speechs_points_are_not():
    assert set(by_quote("全区44个重点项目完成投资38.6亿元，12项重点工程开工。")) == {"44个", "38.6亿元", "12项"}
    assert mentions("突出两个重点：一是保就业。抓好三项重点工作。服务党员群众三个重点，将党建做实。") == []


def test_a_unit_per_another_is_one_unit_without_its_magnitude():
    ms = by_quote(
        "新建商品住宅均价1.85万元/平方米。亩均税收达到32万元/亩。特困人员供养标准1040元/人·月。"
        "低保标准800元/月。PM2.5浓度为17微克/立方米。发布日期2023/5/1。"
    )
    assert {q: (m.value, m.unit) for q, m in ms.items()} == {
        "1.85万元/平方米": (18500, "元/平方米"),
        "32万元/亩": (320000, "元/亩"),
        "1040元/人·月": (1040, "元/人·月"),
        "800元/月": (800, "元/月"),
        "17微克/立方米": (17, "微克/立方米"),
    }
    assert ms["1.85万元/平方米"].value_yuan is None  # a price per area is no sum of money


def test_hong_kong_dollars_millilitres_and_counts_of_times_are_units():
    ms = by_quote("全年无偿献血量达到1.2万毫升，处理投诉举报860件次，吸引外资3.5亿港元。")
    assert {q: m.unit for q, m in ms.items()} == {"1.2万毫升": "毫升", "860件次": "件次", "3.5亿港元": "港元"}


def test_a_negative_growth_is_a_fall_with_a_positive_value():
    ms = by_quote(
        "全市一般公共预算收入98.6亿元，同比增长-3.2%。规上工业增加值增速为−1.5%。"
        "每户补贴3-5万元。指标 绝对数 比上年增长\n\n固定资产投资 215.4亿元 -2.1%"
    )
    assert (ms["3.2%"].value, ms["3.2%"].kind, ms["3.2%"].indicator) == (3.2, "change", "一般公共预算收入同比下降")
    assert (ms["1.5%"].value, ms["1.5%"].kind) == (1.5, "change")
    assert ms["1.5%"].indicator.endswith("下降")
    assert (ms["2.1%"].kind, ms["2.1%"].indicator) == ("change", "固定资产投资下降")
    assert (ms["3-5万元"].value, ms["3-5万元"].value_high, ms["3-5万元"].kind) == (30000, 50000, "actual")


def test_whole_year_in_a_january_report_is_last_years_estimate_or_this_years_plan():
    from etl.periods import resolve

    assert resolve("预计全年地区生产总值增长", date(2023, 1, 10)) == "2022"
    assert resolve("全年计划实施重点项目", date(2023, 1, 10)) == "2023"
    assert resolve("全年新增就业", date(2023, 1, 10)) == "2022"


def test_an_annual_average_growth_continues_the_measure_before():
    ms = by_quote("过去五年，全市地区生产总值从2018年的2393亿元增加到2022年的3314亿元，年均增长6.8%。")
    assert [(q, m.kind, m.indicator) for q, m in ms.items()] == [
        ("2393亿元", "baseline", "地区生产总值"),
        ("3314亿元", "actual", "地区生产总值"),
        ("6.8%", "change", "地区生产总值年均增长"),
    ]


def test_a_basis_of_comparison_is_no_part_of_a_label():
    ms = by_quote("“五一”假期，全市共接待游客326.8万人次，按可比口径同比增长42.3%。")
    assert ms["42.3%"].indicator == "接待游客同比增长"


def test_a_growth_rate_compared_after_a_figure_is_that_figures():
    ms = by_quote("1—9月，全市规上工业增加值同比增长8.2%，增速比全省高1.5个百分点，居全省第二位。")
    assert set(ms) == {"8.2%", "1.5个百分点"}
    assert ms["1.5个百分点"].indicator == "规上工业增加值增速比全省高"


def test_an_index_named_before_its_value_needs_no_unit_and_improved_against_a_base_is_a_change():
    ms = by_quote("环境空气质量综合指数为2.56，同比改善4.8%。群众满意度测评得分92.5。共有3.5。改善农村人居环境3000户。")
    assert {q: (m.unit, m.kind, m.indicator) for q, m in ms.items()} == {
        "2.56": (None, "actual", "环境空气质量综合指数"),
        "4.8%": ("%", "change", "环境空气质量综合指数同比改善"),
        "92.5": (None, "actual", "群众满意度测评得分"),
        "3000户": ("户", "actual", "改善农村人居环境"),
    }


def test_a_week_of_a_bulletin_and_a_change_against_last_week():
    ms = by_quote(
        "11月1日至7日，全市累计报告本土确诊病例23例。截至11月7日24时，全市现有中风险区35个，较上周减少8个。"
        "日均采样能力达到120万管。"
    )
    assert ms["23例"].period == "2022-11-01..2022-11-07"
    assert (ms["8个"].kind, ms["8个"].indicator) == ("change", "中风险区较上周减少")
    assert (ms["120万管"].value, ms["120万管"].unit) == (1_200_000, "管")


def test_a_rate_per_ten_thousand_people_is_one_figure():
    ms = by_quote("孕产妇死亡率降至8.5/10万，甲类传染病发病率为0.5/万。发布日期2023/5/1。")
    assert {q: (m.value, m.unit, m.indicator) for q, m in ms.items()} == {
        "8.5/10万": (8.5, "/10万", "孕产妇死亡率"),
        "0.5/万": (0.5, "/万", "甲类传染病发病率"),
    }


def test_a_list_of_points_writes_its_unit_once_in_full():
    m = by_quote("关键工序数控化率达63.2%，分别高于全国平均水平3.1个和4.4个百分点。")
    assert [(q, m[q].value, m[q].unit) for q in m] == [
        ("63.2%", 63.2, "%"),
        ("3.1个", 3.1, "个百分点"),
        ("4.4个百分点", 4.4, "个百分点"),
    ]


def test_an_index_named_with_its_abbreviation_needs_no_unit():
    m = by_quote("全市生态环境状况指数（EI）为86.4，生态质量为“优”。")
    assert [(q, m[q].value, m[q].unit) for q in m] == [("86.4", 86.4, None)]


def test_places_that_have_a_figure_together_share_it_whatever_kinds_it_counts():
    ms = mentions(
        "截至8月底，芗城区、龙文区共有各类养老机构二十六家，养老床位三千二百余张。", place="漳州市", city="漳州市"
    )
    assert [(m.quote, m.place) for m in ms] == [("二十六家", "漳州市"), ("三千二百余张", "漳州市")]
    ms = mentions("福州市、泉州市各新增3例。", place="福建省", city=None)
    assert [(m.quote, m.place) for m in ms] == [("3例", "福州市"), ("3例", "泉州市")]


def test_figures_in_a_reports_section_of_plans_are_targets():
    text = (
        "2023年永春县人民政府工作报告\n\n一、2022年工作回顾\n\n全县地区生产总值增长5.6%，新增市场主体1.26万户。\n\n"
        "二、2023年主要目标任务\n\n地区生产总值增长6.5%左右。\n\n"
        "五是持续保障改善民生。城镇新增就业4000人以上；新增普惠性托位300个。去年全县新增托位120个。\n\n"
        "三、全面加强政府自身建设\n\n全年办理建议提案186件。"
    )
    kinds = [(m.quote, m.kind) for m in mentions(text, place="永春县", city="泉州市", pub_date=date(2023, 1, 12))]
    assert kinds == [
        ("5.6%", "change"),
        ("1.26万户", "actual"),
        ("6.5%", "target"),
        ("4000人", "target"),
        ("300个", "target"),
        ("120个", "actual"),  # 去年: the section looks back here
        ("186件", "actual"),  # the next section of the first level is no plan
    ]
    text = "◆ 上半年成效\n\n城镇新增就业1.35万人。\n\n◆ 下一步\n\n1. 完成补贴性职业技能培训5.5万人次。"
    kinds = [(m.quote, m.kind) for m in mentions(text, place="龙岩市", city="龙岩市", pub_date=date(2024, 7, 12))]
    assert kinds == [("1.35万人", "actual"), ("5.5万人次", "target")]  # a bare 下一步 heading, marked ◆
    # a news headline that names a task is no section of plans; nor is a year gone by
    text = "我市部署当前疫情防控等重点工作\n\n全市新增确诊病例3例。"
    assert [m.kind for m in mentions(text)] == ["actual"]
    text = "2021年重点工作\n\n全市新建学校12所。"
    assert [m.kind for m in mentions(text)] == ["actual"]


def test_the_province_named_at_the_opening_of_a_clause_is_the_figures_place():
    ms = mentions("截至今年5月底，福建省网上办事大厅已汇聚政务服务事项22.6万项；我国电子证照互认超过80类。")
    assert [(m.quote, m.place, m.city) for m in ms] == [("22.6万项", "福建省", None), ("80类", "全国", None)]
    ms = mentions("福建日报记者获悉，鼓楼区新增就业岗位1200个。")  # the paper, not the province
    assert [(m.quote, m.place) for m in ms] == [("1200个", "鼓楼区")]


def test_the_whole_town_is_the_town_named_before():
    text = "夏茂镇是沙县小吃的主要发源地。去年，全镇新增小吃门店320家。"
    assert [(m.quote, m.place) for m in mentions(text, place="沙县区", city="三明市")] == [("320家", "夏茂镇")]


def test_indices_fractions_and_comparisons_written_in_other_ways():
    m = by_quote("城乡居民收入比为2.13，比上年缩小0.05。森林火灾受害率控制在千分之一以内。")
    assert [(q, m[q].value, m[q].unit, m[q].kind) for q in m] == [
        ("2.13", 2.13, None, "actual"),
        ("0.05", 0.05, None, "change"),  # the index named before, now changed
        ("千分之一", 0.001, None, "actual"),
    ]
    text = "全市城镇新增就业1.26万人，完成年度目标任务2.2万人的57.3%，序时进度快于全省平均7.3个百分点。同期全省城镇新增就业33.6万人。"
    ms = mentions(text, place="南平市", city="南平市")
    assert [(m.quote, m.kind, m.place) for m in ms] == [
        ("1.26万人", "actual", "南平市"),
        ("2.2万人", "target", "南平市"),  # the goal it names
        ("57.3%", "actual", "南平市"),
        ("7.3个百分点", "change", "南平市"),  # a difference from the province's
        ("33.6万人", "actual", "福建省"),
    ]
    m = by_quote(
        "全省生产总值增长4.7%，高于全国1.7个百分点（全国国内生产总值增长3.0%）。退休人员基本养老金总体上调3.8%。"
    )
    assert (m["3.0%"].place, m["3.8%"].kind) == ("全国", "change")


def test_units_of_taiwan_and_per_volume():
    m = by_quote("PM2.5平均濃度17微克/立方公尺，景區局部高達２萬個/立方厘米。")
    assert [(q, m[q].value, m[q].unit) for q in m] == [
        ("17微克/立方公尺", 17, "微克/立方公尺"),
        ("２萬個/立方厘米", 20000, "个/立方厘米"),
    ]


def test_the_bound_of_items_counted_before_is_no_figure():
    assert [m.quote for m in mentions("截至9月底，仍有3个项目投资完成率低于60%。")] == ["3个"]
    ms = mentions("大田县、尤溪县研发投入强度仍不到1%。", place="三明市", city="三明市")
    assert [(m.quote, m.place) for m in ms] == [("1%", "大田县"), ("1%", "尤溪县")]  # a bound on each one's rate


def test_a_numeral_inside_a_place_where_a_story_was_filed_is_no_figure():
    ms = mentions("海峡网三元区8月8日电 （洪捷阳）8月8日下午，三元区新增确诊病例2例。", place="三明市", city="三明市")
    assert [m.quote for m in ms] == ["2例"]


def test_a_courts_sentence_is_no_figure_but_its_caseload_is():
    text = (
        "全年审结刑事案件2315件，判处罪犯3012人。法院以非法采矿罪判处其有期徒刑3年，并处罚金5万元。"
        "法院分别判处各被告人有期徒刑11年至1年6个月不等，并处罚金共计86万元。全市查处环境违法案件23件，处罚金额186.5万元。"
    )
    assert [m.quote for m in mentions(text, place="三明市", city="三明市")] == ["2315件", "3012人", "23件", "186.5万元"]
    assert mentions("违反本通告燃放烟花爆竹的，由公安机关责令停止燃放，处100元以上500元以下的罚款。") == []


def test_ten_and_some_is_at_least_ten():
    m = by_quote("目前已有十几个医保高频事项实现掌上办，二十几万人受益。")
    assert [(q, m[q].value, m[q].unit, m[q].qualifier) for q in m] == [
        ("十几个", 10, "个", "at_least"),
        ("二十几万人", 200_000, "人", "at_least"),
    ]


def test_a_footnotes_scope_of_the_statistics_is_no_figure():
    text = "注释：1.亿元以上项目指计划总投资1亿元及以上的项目；固定资产投资统计起点为计划总投资500万元。"
    assert [m.quote for m in mentions(text)] == []
    assert [m.quote for m in mentions("规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人企业。")] == []


def test_buildings_at_a_street_number_and_a_phase_that_opens_are_no_figures():
    text = "改造涉及达明路112号1-8号楼、津泰路58号3栋、仙塔街23号2-5座，共改造房屋12栋。附属第二医院二期建成后将新增床位800张。"
    assert [m.quote for m in mentions(text, place="鼓楼区")] == ["12栋", "800张"]


def test_a_bound_that_makes_a_class_is_no_figure_and_a_year_opens_the_provinces_clause():
    text = "春运期间，7座及以下小客车免费通行，全市高速公路出口车流量达56.2万辆次。"
    assert [m.quote for m in mentions(text, place="泉州市", city="泉州市")] == ["56.2万辆次"]
    text = "新华社福州1月22日电 记者从福州海关获悉，2023年福建省货物贸易进出口总值1.99万亿元，比上年增长1.6%。"
    assert {(m.quote, m.place) for m in mentions(text, place="福州市")} == {
        ("1.99万亿元", "福建省"),
        ("1.6%", "福建省"),
    }


def test_units_are_kept_as_written_where_the_spec_does_not_fold_them():
    m = by_quote("发放棉被1200床，全乡面积186平方千米，修复道路3.5千米。")
    assert [(q, m[q].unit) for q in m] == [("1200床", "床"), ("186平方千米", "平方千米"), ("3.5千米", "千米")]


def test_rules_that_say_always_or_once_full_and_how_often_are_no_figures():
    text = (
        "来自疫情重点地区的返闽人员一律实行14天居家隔离。18岁以上人群在完成全程接种满3个月后可接种加强针。"
        "县级河长每季度巡河1次。全年累计巡河21.4万人次。"
    )
    assert [m.quote for m in mentions(text)] == ["21.4万人次"]


def test_units_of_sets_and_voyages_and_a_ratio_to_one():
    m = by_quote(
        "全年筹集保障性租赁住房2.1萬套（間），引进自动化设备80余台套，开行3260个航次。车桩比由3.6:1降至3.1:1。"
    )
    assert [(q, m[q].value, m[q].unit) for q in m] == [
        ("2.1萬套", 21_000, "套"),  # the other unit it may be counted in is an aside, as the probes' gold has it
        ("80余台套", 80, "台套"),
        ("3260个航次", 3260, "个航次"),
        ("3.6", 3.6, None),
        ("3.1", 3.1, None),
    ]  # and the 1 each is to is no figure


def test_funds_won_are_actual_and_what_this_year_will_bring_is_a_target():
    text = (
        "今年，全市争取中央预算内资金23.8亿元。今年将重点抓好三项工作：一是新发行林票5000万元；二是力争发放贷款20亿元。"
        "一位68岁的患者在县医院完成手术。智能网联汽车零部件产业园项目投资42亿元。"
    )
    m = by_quote(text, place="三明市", city="三明市")
    assert [(q, m[q].kind) for q in m] == [
        ("23.8亿元", "actual"),
        ("5000万元", "target"),
        ("20亿元", "target"),
        ("42亿元", "actual"),
    ]


def test_deposits_and_a_townships_produce_are_economy_as_the_annotators_agree():
    text = "6月末，全区金融机构本外币存款余额4,862.7亿元，比年初增长9.3%。全乡银耳种植户1800余户，干银耳收购价每斤28-35元。"
    m = by_quote(text, place="古田县", city="宁德市")
    assert [(q, m[q].topic) for q in m] == [
        ("4,862.7亿元", "economy"),
        ("9.3%", "economy"),
        ("1800余户", "economy"),
        ("28-35元", "economy"),
    ]
    assert by_quote("民生支出占一般公共预算支出的比重为78.5%。")["78.5%"].topic == "livelihood"


def test_proposals_put_on_a_plan_are_counted_and_discipline_work_is_other():
    text = "列入计划逐步解决的B类提案118件，占30.1%。全县纪检监察机关立案审查调查42件，给予党纪政务处分39人。严肃查处违反中央八项规定精神问题12个。"
    m = by_quote(text, place="上杭县", city="龙岩市")
    assert [(q, m[q].kind, m[q].topic) for q in m] == [
        ("118件", "actual", "other"),
        ("30.1%", "actual", "other"),
        ("42件", "actual", "other"),
        ("39人", "actual", "other"),
        ("12个", "actual", "other"),
    ]  # and 八项规定 is a name


def test_minutes_and_seconds_are_one_span_and_a_limit_or_a_radius_in_a_rule_is_none():
    text = (
        "早高峰1号线最小行车间隔由4分30秒压缩至3分50秒，安全开行列车71.5万列次。"
        "共享电单车最高时速不得超过15公里，地铁出入口50米范围内禁止停放。"
    )
    assert [(m.quote, m.value, m.unit, m.kind) for m in mentions(text)] == [
        ("4分30秒", 270, "秒", "baseline"),
        ("3分50秒", 230, "秒", "actual"),
        ("71.5万列次", 715_000, "列次", "actual"),
    ]


def test_the_last_few_editions_are_a_span_not_a_figure():
    assert [m.quote for m in mentions("本届投洽会签约项目386个，项目数和金额均创近五届新高。")] == ["386个"]


def test_an_adverb_or_a_modal_before_the_figure_is_no_part_of_its_label():
    m = by_quote("鞋企代工利润只有5%左右，自主品牌毛利率能达到30%，新增产能120GWh，出动保洁船只1450艘次。")
    assert [(q, m[q].indicator) for q in m] == [
        ("5%", "鞋企代工利润"),
        ("30%", "自主品牌毛利率"),
        ("120GWh", "新增产能"),  # 能 of 产能 stays
        ("1450艘次", "出动保洁船只"),  # and 只 of 船只
    ]


def test_principles_counted_and_the_solar_terms_are_no_figures():
    assert [m.quote for m in mentions("坚持三项原则。在二十四節氣中，全区新增蔬菜基地12个。")] == ["12个"]


def test_places_each_with_its_figure_in_brackets_share_the_measure_named_before_them():
    ms = mentions(
        "截至8月15日，全程接种率排名前三的是东侨经济技术开发区（78.19%）、蕉城区（74.82%）和柘荣县（72.64%）。",
        place="宁德市",
        city="宁德市",
        pub_date=date(2021, 8, 16),
    )
    assert [(m.quote, m.place, m.indicator) for m in ms] == [
        ("78.19%", "东侨经济技术开发区", "全程接种率"),
        ("74.82%", "蕉城区", "全程接种率"),
        ("72.64%", "柘荣县", "全程接种率"),
    ]


def test_whole_city_after_a_list_of_its_counties_is_the_publishers_city():
    ms = mentions("在福安市、霞浦县等地组建流动接种队58支。目前全市疫苗库存约12.6万剂。", place="宁德市", city="宁德市")
    assert [(m.quote, m.place) for m in ms] == [("58支", "宁德市"), ("12.6万剂", "宁德市")]


def test_rules_on_isolation_downgrades_and_round_the_clock_lines_are_no_figures():
    text = (
        "对来自重点疫区的返岗人员，严格落实14天居家医学观察等防控措施。"
        "晋安区福新村等2个高风险区连续7天无新增感染者，降为中风险区。"
        "全市12345政务服务便民热线24小时接听。全市已连续87天无新增本土确诊病例。"
    )
    assert [m.quote for m in mentions(text)] == ["2个", "87天"]


def test_caps_floors_definitions_and_classes_a_rule_sets_are_no_figures():
    text = (
        "城乡居民医保住院起付线分别为200元、500元、800元，年度最高支付限额（封顶线）20万元。"
        "个人创业担保贷款最高额度30万元，小微企业最高400万元。"
        "非全日制用工是指劳动者一般平均每日工作时间不超过4小时的用工形式。"
        "帮扶2023届高校毕业生1.2万人。30岁（含）以下占35.70%。本季度共有超期件87件，其中超期5个工作日以上的23件。"
        "管理委员会2023年召开2次会议。一类、二类地区月最低工资标准增幅分别为5.2%、5.1%。"
    )
    assert [(m.quote, m.kind) for m in mentions(text)] == [
        ("1.2万人", "actual"),
        ("35.70%", "actual"),
        ("87件", "actual"),
        ("23件", "actual"),
        ("2次", "actual"),
        ("5.2%", "change"),
        ("5.1%", "change"),
    ]


def test_a_standard_adjusted_from_one_amount_to_another_and_raised_by_the_difference():
    ms = mentions("一类地区由现行每月2030元调整为2135元，提高105元。", place="漳州市", city="漳州市")
    assert [(m.quote, m.kind) for m in ms] == [("2030元", "baseline"), ("2135元", "actual"), ("105元", "change")]
    assert ms[0].indicator == "一类地区"  # not 一类地区由现行每月: the words that bring in the amount


def test_a_races_times_and_distances_and_a_libraries_rules_are_no_figures():
    text = (
        "本届赛事设全程马拉松（42.195公里），共有3万名跑者参赛。基普鲁托以2小时06分19秒夺得男子全程冠军，"
        "共有2860名跑者跑进3小时。按照竞赛规程，全程关门时间为6小时，半程为3小时。"
        "附：读者须知（节选）每证可借图书10册，借期30天，可续借1次；全年外借文献312.5万册次，数字资源总量186.4TB。"
    )
    assert [(m.quote, m.unit) for m in mentions(text, place="厦门市", city="厦门市")] == [
        ("3万名", "人"),
        ("2860名", "人"),
        ("312.5万册次", "册次"),
        ("186.4TB", "TB"),
    ]


def test_a_share_of_the_whole_city_stays_the_districts_and_an_age_band_of_an_audience_is_a_class():
    ms = mentions(
        "鲤城区古城片区累计接待游客312.4万人次，占全市的30.9%。\n\n18至35岁观众占比68.3%。国庆假期接待游客突破千万人次。",
        place="泉州市",
        city="泉州市",
    )
    assert [(m.quote, m.value, m.place) for m in ms] == [
        ("312.4万人次", 3_124_000, "鲤城区"),
        ("30.9%", 30.9, "鲤城区"),
        ("68.3%", 68.3, "泉州市"),
        ("千万人次", 10_000_000, "泉州市"),
    ]


def test_a_village_named_after_its_town_places_a_story_and_its_whole_village():
    text = (
        "“茶书记”的三本账\n"
        "——寿宁县下党乡杨溪头村第一书记驻村记\n\n"
        "2021年7月，刘建文来到寿宁县下党乡杨溪头村。全村312户1260人。\n\n"
        "他牵线福州、厦门等地的企业和个人认购“定制茶园”，目前已认购480亩。"  # buyers' origins, not the place
    )
    ms = mentions(text, place="宁德市", city="宁德市", pub_date=date(2024, 3, 18))
    assert [(m.quote, m.place, m.city) for m in ms] == [
        ("312户", "杨溪头村", "宁德市"),
        ("1260人", "杨溪头村", "宁德市"),
        ("480亩", "杨溪头村", "宁德市"),  # the section's place, from the document's own gazetteer
    ]


def test_a_bound_on_the_items_counted_a_yearly_rise_and_days_counted():
    ms = mentions("“一河一策”覆盖全部46条流域面积10平方公里以上河流。光伏装机容量年增38.2%。全市出现轻度污染5天次。")
    assert [(m.quote, m.kind, m.unit) for m in ms] == [
        ("46条", "actual", "条"),
        ("38.2%", "change", "%"),
        ("5天次", "actual", "天次"),
    ]


def test_a_year_ahead_makes_a_target_and_multiples_rises_in_income_and_rainfall_against_normal_are_changes():
    text = (
        "到2025年全市建成智能工厂和数字化车间60个。2023年全村接待游客8.6万人次，是2021年的3.5倍。"
        "去年合作社带动67户脱贫户户均增收8600元。全市平均降水量1586.4毫米，比上年偏少14.2%。"
    )
    ms = mentions(text, pub_date=date(2023, 3, 16))
    assert [(m.quote, m.kind) for m in ms] == [
        ("60个", "target"),
        ("8.6万人次", "actual"),
        ("3.5倍", "change"),
        ("67户", "actual"),
        ("8600元", "change"),
        ("1586.4毫米", "actual"),
        ("14.2%", "change"),
    ]


def test_signing_up_is_no_approximation_and_a_person_a_ratios_base_and_a_quoted_rule_are_no_figures():
    text = (
        "截至去年底，晋江全市常住人口签约68.4万人，签约率33.1%。医护比1:1.12。"
        "按照“每周不少于4天、每人驻点不少于6个月”的要求开展坐诊。家住青阳街道的72岁蔡阿姨患高血压多年。"
    )
    ms = mentions(text, place="晋江市", city="泉州市", pub_date=date(2024, 3, 12))
    assert [(m.quote, m.qualifier) for m in ms] == [("68.4万人", "exact"), ("33.1%", "exact"), ("1.12", "exact")]
    assert ms[0].indicator == "常住人口签约"  # 约 of 签约 is no 约


def test_a_budget_drafts_section_is_a_plan_and_funds_won_are_actual():
    text = (
        "一、2023年预算执行情况\n\n全年争取新增政府债券资金68.5亿元。\n\n"
        "二、2024年预算草案\n\n全市一般公共预算总收入预期156.9亿元，增长3%。人均预期寿命81.6岁。"
    )
    ms = mentions(text, place="南平市", city="南平市", pub_date=date(2024, 1, 8))
    assert [(m.quote, m.kind) for m in ms] == [
        ("68.5亿元", "actual"),
        ("156.9亿元", "target"),
        ("3%", "target"),
        ("81.6岁", "target"),  # in the plan's section, as every figure there
    ]


def test_fujian_before_a_place_or_inside_its_name_is_no_province_wide_scope():
    ms = mentions(
        "福建晋江市卫生健康局日前公布，重点人群签约率达78.5%。福建自贸试验区福州片区新增企业2316户。全省增长4.0%。",
        place="泉州市",
        city="泉州市",
    )
    assert [(m.quote, m.place) for m in ms] == [
        ("78.5%", "晋江市"),
        ("2316户", "中国（福建）自由贸易试验区福州片区"),
        ("4.0%", "福建省"),
    ]


def test_a_notifiable_disease_report_is_livelihood_not_covid():
    ms = mentions(
        "福建省2024年3月法定传染病疫情概况\n\n全省共报告法定传染病48762例，死亡27人。", place="福建省", city=None
    )
    assert {m.topic for m in ms} == {"livelihood"}


def test_a_size_naming_a_class_a_fines_upper_end_and_a_banned_distance_are_no_figures():
    text = (
        "打造千亿元产业集群。签约5亿元至10亿元项目12个。休渔期间严禁在距岸3海里以内作业，"
        "违者处5万元以上10万元以下罚款。开设专递课堂4200节次，每年运回鲍鱼苗种3.5亿粒。"
    )
    assert [(m.quote, m.unit) for m in mentions(text)] == [("12个", "个"), ("4200节次", "节次"), ("3.5亿粒", "粒")]


def test_numbers_written_with_their_rest_after_the_magnitude_and_a_scraped_non_breaking_space():
    text = "厦金航线旅运量102萬3,456人次，带动消费1億2,000萬元，新增2万3千人。出口1.59\xa0亿元。小三通旅运回温，五通客运码头。"
    assert [(m.quote, m.value) for m in mentions(text, place="厦门市", city="厦门市")] == [
        ("102萬3,456人次", 1_023_456),
        ("1億2,000萬元", 120_000_000),
        ("2万3千人", 23_000),
        ("1.59\xa0亿元", 159_000_000),
    ]  # 小三通 and 五通 are names


def test_courts_and_petitions_are_other_and_a_bulletins_print_run_and_a_meetings_length_no_figures():
    ms = mentions("全市法院审结案件12.6万件，结案率98.2%。信访事项按期办结率99.1%。会期3天半。共印30份。")
    assert [(m.quote, m.topic) for m in ms] == [("12.6万件", "other"), ("98.2%", "other"), ("99.1%", "other")]


def test_our_city_in_a_section_of_two_cities_and_the_whole_zone_after_it_is_named():
    text = (
        "福清核电发电量突破512亿千瓦时 漳州核电1号机组投入商运\n\n"
        "2024年，福清核电在我市缴纳税费18.6亿元。\n\n"
        "漳州台商投资区是全国首批台商投资区之一。全区规上工业产值完成1052.6亿元。"
    )
    ms = mentions(text, place="福清市", city="福州市", pub_date=date(2025, 1, 6))
    assert [(m.quote, m.place) for m in ms if m.quote != "512亿千瓦时"] == [
        ("18.6亿元", "福清市"),  # not 福建省, the headline's two cities' province
        ("1052.6亿元", "漳州台商投资区"),
    ]


def test_figures_before_a_dash_take_the_measure_after_it_and_such_lines_head_no_section():
    text = (
        "【数说2023】一组数据，读懂漳州这一年\n\n■ 经济运行\n"
        "5728.26亿元——全市地区生产总值，总量稳居全省第四\n5.4%——地区生产总值同比增长\n"
        "1210亿元——古雷石化基地实现产值\n2486.3亿元——社会消费品零售总额\n"
    )
    ms = mentions(text, place="漳州市", city="漳州市", pub_date=date(2024, 1, 30))
    assert [(m.quote, m.indicator, m.kind, m.place) for m in ms] == [
        ("5728.26亿元", "地区生产总值", "actual", "漳州市"),
        ("5.4%", "地区生产总值同比增长", "change", "漳州市"),
        ("1210亿元", "石化基地实现产值", "actual", "漳州市"),
        ("2486.3亿元", "社会消费品零售总额", "actual", "漳州市"),  # not 古雷's: a data line heads no section
    ]


def test_a_village_the_list_lacks_named_after_its_town_places_its_section():
    text = (
        "▲上杭县才溪镇下王村：小萝卜做成大产业\n\n"
        "上杭萝卜干是国家地理标志产品。村集体经营性收入由2021年的18万元增至65万元。\n\n"
        "▲武平县十方镇鹏坑村：百香果铺就甜蜜路\n\n鹏坑村建设百香果示范基地1500亩。"
    )
    ms = mentions(text, place="龙岩市", city="龙岩市", pub_date=date(2024, 3, 1))
    assert [(m.quote, m.place, m.city) for m in ms] == [
        ("18万元", "下王村", "龙岩市"),  # the section's village, inside the county the paragraph opens with
        ("65万元", "下王村", "龙岩市"),
        ("1500亩", "鹏坑村", "龙岩市"),
    ]


def test_a_posts_counters_are_no_figures():
    ms = mentions("@福州发布  关注 892  粉丝 386万  微博 5.6万\n\n2023年全市接待游客1.2亿人次。阅读 2.6万")
    assert [m.quote for m in ms] == ["1.2亿人次"]


def test_this_year_named_as_a_deadline_is_a_target_unless_done():
    text = "到2024年，全市县域内就诊率稳定在90%以上。到2024年底，全市已建成5G基站8000个。占比由2021年的18.4%提高到2024年的43.6%。"
    ms = mentions(text, pub_date=date(2024, 2, 20))
    assert [(m.quote, m.kind) for m in ms] == [
        ("90%", "target"),
        ("8000个", "actual"),
        ("18.4%", "baseline"),
        ("43.6%", "actual"),  # 提高到2024年的: a transition, no deadline
    ]


def test_a_cap_on_visitors_a_holidays_name_and_isolation_after_its_name_are_no_figures():
    text = "五一期间，全市接待游客86万人次。鼓浪屿单日限流5万人次，天游峰瞬时承载量8000人。入境人员居家医学观察14天。"
    assert [m.quote for m in mentions(text, place="厦门市", city="厦门市")] == ["86万人次"]


def test_a_condition_a_rule_sets_with_须在_and_a_cap_named_上限_are_no_figures():
    text = "对新建标准化菇棚按每平方米50元给予补助，单个菇棚面积须在500平方米以上。鼓浪屿实行总量上限5万人次。"
    assert [m.quote for m in mentions(text, place="古田县", city="宁德市")] == ["50元"]


def test_digits_right_after_a_lost_character_are_no_figure():
    ms = mentions("全区累计加装?087部电梯，新增床?800张。", place="鼓楼区", city="福州市")
    assert ms == []  # the ? may have swallowed a digit: a wrong value is worse than none


def test_what_a_project_will_do_once_built_is_a_target_and_a_demand_is_no_rule():
    text = "建成后，机场可满足年旅客吞吐量3600万人次、货邮吞吐量80万吨的需求。项目建成后，已累计接待游客12万人次。"
    ms = mentions(text)
    assert [(m.quote, m.kind) for m in ms] == [("3600万人次", "target"), ("80万吨", "target"), ("12万人次", "actual")]


def test_topics_most_annotators_agree_on():
    text = (
        "全年共发生火灾326起。\n\n完成老旧小区改造86个。\n\n全市接待游客1286万人次。\n\n"
        "鲍鱼养殖面积1.2万亩。\n\n中心城区空气优良天数比例98.6%。\n\n办理人大代表建议58件。"
    )
    assert [m.topic for m in mentions(text)] == ["safety", "livelihood", "economy", "economy", "environment", "other"]
