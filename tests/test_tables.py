"""Plain-text tables of statistics releases: rows of bare numbers under a header of columns."""

from datetime import date

from etl import tables
from etl.extract import extract_document
from etl.records import RawText
from etl.segment import build_document

TABLE = (
    "三明市2022年卫生健康主要指标\n\n"
    "记者从市卫健委获取的2022年全市卫生健康主要指标如下：\n"
    "指标名称　　　　　　　　　　2022年　　　比上年增减\n"
    "每千人口医疗卫生机构床位数（张）　　6.12　　　　＋0.27\n"
    "每千人口执业（助理）医师数（人）　　2.68　　　　＋0.11\n"
    "婴儿死亡率（‰）　　　　　　　　　　2.31　　　　－0.12\n"
    "卫生总费用（亿元）　　　　　　　　　128.5　　　 ＋6.3\n"
)


def _mentions(text, place="三明市", city="三明市", pub_date=date(2023, 3, 15), name="t.txt"):
    doc = build_document(RawText(name, "0" * 64, "utf-8", text))
    doc.place, doc.city, doc.pub_date = place, city, pub_date
    return extract_document(doc)


def test_each_cell_is_a_figure_of_its_row_and_column():
    ms = _mentions(TABLE)
    assert [(m.quote, m.value, m.unit, m.indicator, m.kind, m.period) for m in ms] == [
        ("6.12", 6.12, "张", "每千人口医疗卫生机构床位数", "actual", "2022"),
        ("0.27", 0.27, "张", "每千人口医疗卫生机构床位数比上年增加", "change", "2022"),
        ("2.68", 2.68, "人", "每千人口执业（助理）医师数", "actual", "2022"),
        ("0.11", 0.11, "人", "每千人口执业（助理）医师数比上年增加", "change", "2022"),
        ("2.31", 2.31, "‰", "婴儿死亡率", "actual", "2022"),
        ("0.12", 0.12, "‰", "婴儿死亡率比上年下降", "change", "2022"),  # the minus is in the label
        ("128.5", 12_850_000_000, "元", "卫生总费用", "actual", "2022"),  # 亿元 in the head
        ("6.3", 630_000_000, "元", "卫生总费用比上年增加", "change", "2022"),
    ]
    assert {(m.place, m.topic) for m in ms} == {("三明市", "livelihood")}


def test_a_column_with_its_own_unit_and_a_row_without_a_header():
    columns = tables.header("指标  2023年1-8月  同比增长（%）")
    row = tables.row("规模以上工业增加值（亿元）  1563.2  5.3", columns)
    assert [(c.value, c.unit.canonical) for c in row.cells] == [(156_320_000_000, "元"), (5.3, "%")]
    assert tables.change_label(row.label, row.cells[1].column, False) == "规模以上工业增加值同比增长"
    ms = _mentions("全市人口情况\n\n常住人口（万人）　　　295.6　　　－1.2\n")
    assert [(m.value, m.unit, m.kind, m.indicator) for m in ms] == [
        (2_956_000, "人", "actual", "常住人口"),
        (12_000, "人", "change", "常住人口下降"),
    ]


def test_prose_and_headlines_with_spaces_are_no_rows():
    assert tables.row("福州持续优化营商环境  市场主体突破130万户", None) is None
    assert tables.row("全市接待游客（万人次）  约286  同比增长", None) is None  # a cell that is no number
    assert tables.row("门票价格（美分）  12", None) is None  # a unit the unit table does not hold
    assert _mentions("全市情况\n\n2022年　　2023年\n") == []


BULLETIN = (
    "泉州市2022年国民经济和社会发展统计公报\n\n泉州市统计局\n国家统计局泉州调查队\n（2023年3月22日）\n\n"
    "2022年，全市经济运行总体平稳、稳中有进。\n\n"
    "表1　2022年全市主要经济指标\n"
    "指标　　　　　　　　　　　　绝对数　　　比上年增长（%）\n"
    "规模以上工业增加值（亿元）　　—　　　　　5.6\n"
    "固定资产投资（亿元）　　　　　—　　　　　-3.6\n"
    "进出口总额（亿元）　　　　　　2998.41　　4.8\n"
    "　#出口（亿元）　　　　　　　2213.75　　11.3\n"
)


def test_an_empty_cell_keeps_its_column_and_the_titles_year_is_the_period():
    doc = build_document(RawText("b.txt", "0" * 64, "utf-8", BULLETIN))
    assert doc.title == "泉州市2022年国民经济和社会发展统计公报"  # not the survey team's line
    doc.place, doc.city = "泉州市", "泉州市"
    ms = extract_document(doc)
    assert [(m.quote, m.value, m.unit, m.indicator, m.kind, m.period) for m in ms] == [
        ("5.6", 5.6, "%", "规模以上工业增加值比上年增长", "change", "2022"),
        ("3.6", 3.6, "%", "固定资产投资比上年下降", "change", "2022"),
        ("2998.41", 299_841_000_000, "元", "进出口总额", "actual", "2022"),
        ("4.8", 4.8, "%", "进出口总额比上年增长", "change", "2022"),
        ("2213.75", 221_375_000_000, "元", "出口", "actual", "2022"),  # the # of a breakdown left out
        ("11.3", 11.3, "%", "出口比上年增长", "change", "2022"),
    ]


def test_an_html_table_whose_columns_name_the_measures_gives_each_row_its_place():
    html = (
        "<p>2023年福州市住房保障工作成效显著</p><p>全年共筹集建设保障性租赁住房2.15万套，完成年度计划。</p><table>"
        "<tr><th>县（市）区</th><th>保障性租赁住房筹集（套）</th><th>棚改新开工（户）</th></tr>"
        "<tr><td>鼓楼区</td><td>1850</td><td>210</td></tr>"
        "<tr><td>合计</td><td>21500</td><td>3120</td></tr></table><p>注：表中数据为各县（市）区上报数，含新增分配数。</p>"
    )
    doc = build_document(RawText("h.html", "0" * 64, "utf-8", html))
    doc.place, doc.city = "福州市", "福州市"
    rows = [(m.quote, m.unit, m.indicator, m.place, m.period) for m in extract_document(doc) if "万" not in m.quote]
    assert rows == [
        ("1850", "套", "保障性租赁住房筹集", "鼓楼区", "2023"),
        ("210", "户", "棚改新开工", "鼓楼区", "2023"),
        ("21500", "套", "保障性租赁住房筹集", "福州市", "2023"),  # the total is the page's place
        ("3120", "户", "棚改新开工", "福州市", "2023"),
    ]
    assert {p.section_place for p in doc.paragraphs} <= {None, "福州市"}  # a row sets no section


def test_a_captions_unit_and_subject_hold_for_columns_that_name_neither():
    text = (
        "2023年上半年莆田市预算执行情况\n\n"
        "表1　2023年上半年各县（区）地方一般公共预算收入完成情况　　单位：万元\n"
        "地区                    年初预算    1-6月完成   完成预算%   同比增长%\n"
        "城厢区                  171500      93248       54.4        8.1\n"
        "北岸经济开发区          21600       9862        45.7        -14.2\n"
        "全市合计                1410800     765480      54.3        8.6\n"
        "市本级                  262800      143960      54.8        6.2\n"
        "注：北岸经济开发区含市本级托管部分。\n"
        "全市民生支出占比    75    较上年提高\n"
    )
    ms = _mentions(text, "莆田市", "莆田市", date(2023, 7, 20))
    rows = [(m.quote, m.value, m.unit, m.indicator, m.kind, m.place) for m in ms]
    assert rows[:4] == [
        ("171500", 1_715_000_000, "元", "地方一般公共预算收入年初预算", "actual", "城厢区"),
        ("93248", 932_480_000, "元", "地方一般公共预算收入", "actual", "城厢区"),  # 1-6月完成: the subject itself
        ("54.4", 54.4, "%", "地方一般公共预算收入完成预算", "actual", "城厢区"),  # 完成预算%: its own unit
        ("8.1", 8.1, "%", "地方一般公共预算收入同比增长", "change", "城厢区"),
    ]
    assert rows[7] == ("14.2", 14.2, "%", "地方一般公共预算收入同比下降", "change", "湄洲湾北岸经济开发区")
    assert rows[8][1:3] == (14_108_000_000, "元") and rows[8][5] == "莆田市"  # the total is the page's
    assert rows[12][3:] == ("地方一般公共预算收入年初预算", "actual", "莆田市")  # so is the city's own level
    assert len(rows) == 16  # the unit ends with its table: no figure from the line after the note
    assert {m.period for m in ms} == {"2023-01..2023-06"}


def test_captions_say_what_the_table_is_of():
    subject = tables.caption_subject
    assert subject("表1　2023年上半年各县（区）地方一般公共预算收入完成情况　　单位：万元") == "地方一般公共预算收入"
    assert subject("2022年1-10月分县（市、区）规模以上工业增加值情况表") == "规模以上工业增加值"
    assert subject("单位：万元") == ""


def test_a_table_of_growth_rates_by_month_whose_rows_name_the_measures():
    html = (
        "<p>2023年上半年湖里区经济运行情况</p><p>表1　2023年湖里区主要指标分月累计增速（%）</p><table>"
        "<tr><td>指标</td><td>1-2月</td><td>1-3月</td></tr>"
        "<tr><td>规上工业增加值</td><td>-4.6</td><td>0.9</td></tr></table>"
        "<p>表2　2023年上半年各街道主要指标</p><table>"
        "<tr><td>街道</td><td>一般公共预算收入（亿元）</td><td>增长（%）</td></tr>"
        "<tr><td>湖里街道</td><td>5.62</td><td>6.8</td></tr></table>"
    )
    ms = _mentions(html, "湖里区", "厦门市", date(2023, 7, 20), name="h.html")
    rows = [(m.quote, m.value, m.unit, m.indicator, m.kind, m.place, m.period) for m in ms]
    assert rows == [
        ("4.6", 4.6, "%", "规上工业增加值下降", "change", "湖里区", "2023-01..2023-02"),  # each column its month
        ("0.9", 0.9, "%", "规上工业增加值增长", "change", "湖里区", "2023-01..2023-03"),
        ("5.62", 562_000_000, "元", "一般公共预算收入", "actual", "湖里街道", "2023-01..2023-06"),  # the title's
        ("6.8", 6.8, "%", "一般公共预算收入增长", "change", "湖里街道", "2023-01..2023-06"),  # of the column before
    ]
    assert tables.caption("指标　　绝对数　　比上年增长（%）") is None  # a header's last column, no caption


def test_a_ranked_table_with_rates_in_their_cells_and_counts_under_a_unit():
    text = (
        "8月份各县（区）办理情况排名如下：\n"
        "序号  单位      受理量（件）  按时办结率  满意率\n"
        "1     东山县    3215          99.91%      98.62%\n"
        "2     华安县    1486          99.87%      98.30%\n"
    )
    rows = [
        (m.quote, m.value, m.unit, m.indicator, m.place) for m in _mentions(text, "漳州市", "漳州市", date(2023, 9, 8))
    ]
    assert rows[:3] == [
        ("3215", 3215, "件", "受理量", "东山县"),  # the rank before the head is no figure
        ("99.91%", 99.91, "%", "按时办结率", "东山县"),
        ("98.62%", 98.62, "%", "满意率", "东山县"),
    ]
    assert len(rows) == 6


def test_a_ranked_table_of_an_index_its_changes_and_the_rank_last():
    text = (
        "表1　2023年10月各县（区）环境空气质量综合指数及排名\n"
        "县区名称  综合指数  同比变化  排名\n"
        "东山县  2.18  -6.4%  1\n"
        "南靖县  2.40  +1.7%  4\n"
    )
    rows = [
        (m.quote, m.value, m.unit, m.indicator, m.kind, m.place)
        for m in _mentions(text, "漳州市", "漳州市", date(2023, 11, 15))
    ]
    assert rows == [  # the index needs no unit; a change is never a range across the gap (2.18  -6.4%)
        ("2.18", 2.18, None, "综合指数", "actual", "东山县"),
        ("6.4%", 6.4, "%", "综合指数同比下降", "change", "东山县"),
        ("2.40", 2.40, None, "综合指数", "actual", "南靖县"),
        ("1.7%", 1.7, "%", "综合指数同比增加", "change", "南靖县"),
    ]  # and the rank, the last column, is no figure


def test_counts_a_table_names_in_its_columns_or_row_heads_take_the_unit_they_count():
    text = (
        "厦门市思明区人民政府2022年政府信息公开工作年度报告\n\n二、主动公开政府信息情况\n"
        "信息内容          本年制发件数    本年废止件数\n"
        "行政规范性文件        6               3\n"
        "信息内容          本年处理决定数量\n"
        "行政许可              4862\n"
        "第二十条第（六）项\n"
        "信息内容          本年处理决定数量\n"  # the header again, for the next table: no furniture
        "行政处罚              1935\n"
        "申请人情况                              自然人    法人或其他组织    总计\n"
        "一、本年新收政府信息公开申请数量          286         26             312\n"
        "（一）予以公开                            118         11             129\n"
    )
    rows = [(m.quote, m.unit, m.indicator, m.place) for m in _mentions(text, "思明区", "厦门市", date(2023, 1, 19))]
    assert rows == [
        ("6", "件", "行政规范性文件本年制发件数", "思明区"),  # 件数 counts 件
        ("3", "件", "行政规范性文件本年废止件数", "思明区"),
        ("4862", None, "行政许可本年处理决定数量", "思明区"),
        ("1935", None, "行政处罚本年处理决定数量", "思明区"),
        ("286", None, "本年新收政府信息公开申请数量自然人", "思明区"),
        ("26", None, "本年新收政府信息公开申请数量法人或其他组织", "思明区"),
        ("312", None, "本年新收政府信息公开申请数量", "思明区"),  # the total's column adds nothing
        ("118", None, "予以公开自然人", "思明区"),  # whole numbers under rows that counted: more of the count
        ("11", None, "予以公开法人或其他组织", "思明区"),
        ("129", None, "予以公开", "思明区"),
    ]


def test_columns_of_cities_give_each_cell_its_place_and_a_row_of_growth_rates_is_of_changes():
    text = (
        "表：2024年1-10月各设区市主要经济指标\n"
        "指标                        福州     厦门     全省\n"
        "社会消费品零售总额（亿元）  5236.62  2403.47  19268.53\n"
        "固定资产投资增速（%）       3.9      -2.7     2.4\n"
    )
    rows = [(m.quote, m.indicator, m.kind, m.place) for m in _mentions(text, "福建省", None, date(2024, 11, 22))]
    assert rows == [
        ("5236.62", "社会消费品零售总额", "actual", "福州市"),
        ("2403.47", "社会消费品零售总额", "actual", "厦门市"),
        ("19268.53", "社会消费品零售总额", "actual", "福建省"),
        ("3.9", "固定资产投资增速", "change", "福州市"),
        ("2.7", "固定资产投资下降", "change", "厦门市"),  # the minus in words, the value positive
        ("2.4", "固定资产投资增速", "change", "福建省"),
    ]


def test_a_site_named_after_the_city_that_holds_the_pages_district_is_the_districts():
    text = (
        "集美区部分重点项目1-9月进展情况\n"
        "项目名称\t总投资（亿元）\t年度计划投资（亿元）\n"
        "厦门北站北片区综合开发\t65.3\t12.0\n"
        "灌口镇智能制造产业园\t35.2\t7.8\n"
    )
    places = [m.place for m in _mentions(text, "集美区", "厦门市", date(2023, 10, 19))]
    assert places == ["集美区", "集美区", "灌口镇", "灌口镇"]  # not 厦门市: a town inside the district is kept


def test_a_row_head_spaced_out_letter_by_letter_is_one_cell():
    columns = tables.header("区县      养老床位（张）  托位数（个）")
    row = tables.row("全  市     41180           32070", columns)
    assert row.name == "全市" and [c.value for c in row.cells] == [41180, 32070]


def test_a_table_exported_with_commas_and_a_column_of_units():
    text = (
        "龙岩市2023年国民经济和社会发展主要指标\n"
        "指标,单位,2023年,比上年增长(%)\n"
        "地区生产总值,亿元,3318.62,4.1\n"
        "固定资产投资,亿元,—,-2.7\n"
        "常住人口,万人,270.6,-0.22\n"
        "居民消费价格指数,上年=100,100.3,—\n"
    )
    rows = [
        (m.quote, m.value, m.unit, m.indicator, m.kind) for m in _mentions(text, "龙岩市", "龙岩市", date(2024, 3, 29))
    ]
    assert rows == [
        ("3318.62", 331_862_000_000, "元", "地区生产总值", "actual"),
        ("4.1", 4.1, "%", "地区生产总值比上年增长", "change"),
        ("2.7", 2.7, "%", "固定资产投资比上年下降", "change"),
        ("270.6", 2_706_000, "人", "常住人口", "actual"),
        ("0.22", 0.22, "%", "常住人口比上年下降", "change"),
        ("100.3", 100.3, None, "居民消费价格指数", "actual"),  # an index on the year before: no unit
    ]  # each line its own row, not joined as a sentence cut
    assert tables.row("全年新增就业1,234人，同比增长3.2%", None) is None  # prose with commas is no CSV line
    columns = tables.header("县区,单位,办件量（件）")  # 单位 naming an office is no column of units:
    assert tables.row("漳浦县,县行政服务中心,3215", columns) is None  # the row is not read as 漳浦县's 3215


def test_lines_that_group_rows_keep_the_header_and_a_dash_is_an_empty_cell():
    text = (
        "2024年1-10月全市主要经济指标\n"
        "指标名称                          单位        1-10月      同比增长(%)\n"
        "一、工业\n"
        "规模以上工业增加值                —           —           6.8\n"
        "  其中：轻工业                    —           —           -7.5\n"
        "二、投资\n"
        "商品房销售面积                    万平方米    281.35      -18.3\n"
    )
    rows = [
        (m.quote, m.value, m.unit, m.indicator, m.kind, m.period)
        for m in _mentions(text, "莆田市", "莆田市", date(2024, 11, 22))
    ]
    assert rows == [
        ("6.8", 6.8, "%", "规模以上工业增加值同比增长", "change", "2024-01..2024-10"),
        ("7.5", 7.5, "%", "轻工业同比下降", "change", "2024-01..2024-10"),  # 其中： is no part of the measure
        ("281.35", 2_813_500, "平方米", "商品房销售面积", "actual", "2024-01..2024-10"),
        ("18.3", 18.3, "%", "商品房销售面积同比下降", "change", "2024-01..2024-10"),
    ]


def test_a_header_on_two_lines_names_each_column_by_the_measure_above_it():
    text = (
        "2024年1-10月各县区主要指标\n"
        "县区                    规上工业增加值  社会消费品零售总额\n"
        "                        增长(%)         (亿元)              增长(%)\n"
        "城厢区                  7.2             258.64              5.1\n"
        "涵江区                  -6.1            263.17              4.6\n"
    )
    rows = [
        (m.quote, m.value, m.indicator, m.kind, m.place, m.period)
        for m in _mentions(text, "莆田市", "莆田市", date(2024, 11, 22))
    ]
    assert rows == [  # the period from the table's title line
        ("7.2", 7.2, "规上工业增加值增长", "change", "城厢区", "2024-01..2024-10"),
        ("258.64", 25_864_000_000, "社会消费品零售总额", "actual", "城厢区", "2024-01..2024-10"),
        ("5.1", 5.1, "社会消费品零售总额增长", "change", "城厢区", "2024-01..2024-10"),
        ("6.1", 6.1, "规上工业增加值下降", "change", "涵江区", "2024-01..2024-10"),
        ("263.17", 26_317_000_000, "社会消费品零售总额", "actual", "涵江区", "2024-01..2024-10"),
        ("4.6", 4.6, "社会消费品零售总额增长", "change", "涵江区", "2024-01..2024-10"),
    ]


def test_a_plans_table_of_years_has_targets_after_the_documents_year_and_baselines_before():
    text = (
        "专栏1　数字三明建设主要指标\n"
        "序号　指标名称　　　　　　　　　　　　2022年　　2025年　　属性\n"
        "1　　 5G基站数（个）　　　　　　　　　4126　　　8000　　　预期性\n"  # a column of words holds no figure
        "2　　 算力规模（PFlops）　　　　　　　　8.6　　　 50　　　　约束性\n"
    )
    rows = [(m.quote, m.unit, m.indicator, m.kind, m.period) for m in _mentions(text, pub_date=date(2023, 3, 16))]
    assert rows == [
        ("4126", "个", "5G基站数", "baseline", "2022"),
        ("8000", "个", "5G基站数", "target", "2025"),
        ("8.6", "PFlops", "算力规模", "baseline", "2022"),
        ("50", "PFlops", "算力规模", "target", "2025"),
    ]


def test_cells_with_thousands_set_apart_by_commas_and_a_column_of_month_on_month_changes():
    text = (
        "表1　2024年第二季度投诉举报类诉求前六位类别\n"
        "序号  诉求类别                  件数     占比      环比\n"
        "1     城乡建设与物业管理      14,826    21.7%     +6.3%\n"
        "2     市场监管与消费维权      11,903    17.4%     -2.1%\n"
    )
    rows = [
        (m.quote, m.value, m.unit, m.kind, m.period) for m in _mentions(text, "莆田市", "莆田市", date(2024, 7, 10))
    ]
    assert rows == [
        ("14,826", 14826, "件", "actual", "2024-04..2024-06"),  # 件数 counts 件
        ("21.7%", 21.7, "%", "actual", "2024-04..2024-06"),
        ("6.3%", 6.3, "%", "change", "2024-04..2024-06"),
        ("11,903", 11903, "件", "actual", "2024-04..2024-06"),
        ("17.4%", 17.4, "%", "actual", "2024-04..2024-06"),
        ("2.1%", 2.1, "%", "change", "2024-04..2024-06"),
    ]


def test_a_column_of_rainfall_in_millimetres():
    columns = tables.header("县（市、区）  降水量(毫米)  较多年平均(%)       水资源总量(亿立方米)")
    row = tables.row("三元区        1498.2        -12.4               9.12", columns)
    assert [(c.value, c.unit.canonical, c.falling) for c in row.cells] == [
        (1498.2, "毫米", False),
        (12.4, "%", True),
        (912_000_000, "立方米", False),
    ]


def test_a_table_set_out_with_bars_gives_each_project_its_place_and_its_plan():
    text = (
        "二、部分重点项目一览\n\n"
        "序号 | 项目名称 | 建设地点 | 总投资(亿元) | 2024年计划投资(亿元)\n"
        "1 | 福州地铁5号线二期工程 | 仓山区 | 87.6 | 12.0\n"
        "2 | 长乐国际机场二期扩建工程 | 长乐区 | 295.8 | 38.5\n"
    )
    rows = [
        (m.quote, m.value, m.indicator, m.kind, m.place) for m in _mentions(text, "福州市", "福州市", date(2024, 3, 5))
    ]
    assert rows == [  # a project named after its place is still the measure; the 二期 of its name is no figure
        ("87.6", 8_760_000_000, "福州地铁5号线二期工程总投资", "actual", "仓山区"),
        ("12.0", 1_200_000_000, "福州地铁5号线二期工程计划投资", "target", "仓山区"),
        ("295.8", 29_580_000_000, "长乐国际机场二期扩建工程总投资", "actual", "长乐区"),
        ("38.5", 3_850_000_000, "长乐国际机场二期扩建工程计划投资", "target", "长乐区"),
    ]


def test_a_plans_table_of_base_actual_and_target_years_with_a_bound_and_a_row_it_cannot_read():
    text = (
        "指标名称                              2020年基数   2022年实际   2025年目标   完成进度(%)   属性\n"
        "地区生产总值(亿元)                    1189.6       1425.3       1600         57.4          预期性\n"
        "城镇调查失业率(%)                     —            4.2          5.5以内      —             预期性\n"
        "单位能耗(吨标准煤/万元)               0.21         0.19         0.18         50.0          约束性\n"
        "劳动年龄人口平均受教育年限(年)        12.1         12.4         12.8         42.9          约束性\n"
    )
    rows = [(m.quote, m.kind, m.qualifier, m.period) for m in _mentions(text, "湖里区", "厦门市", date(2023, 7, 5))]
    assert rows[:6] == [
        ("1189.6", "baseline", "exact", "2020"),
        ("1425.3", "actual", "exact", "2022"),
        ("1600", "target", "exact", "2025"),
        ("57.4", "actual", "exact", "2022"),  # the progress, as of the last year done
        ("4.2", "actual", "exact", "2022"),
        ("5.5", "target", "at_most", "2025"),  # 5.5以内
    ]
    assert [m.quote for m in _mentions(text, "湖里区", "厦门市", date(2023, 7, 5))][-4:] == [
        "12.1",
        "12.4",
        "12.8",
        "42.9",
    ]


def test_a_total_row_without_its_rank_and_columns_named_by_what_they_count():
    text = (
        "序号  食品类别              抽检批次  合格批次  不合格批次\n"
        "1     粮食加工品            486       484       2\n"
        "      合计                  3862      3811      51\n"
    )
    rows = [(m.quote, m.unit, m.indicator) for m in _mentions(text, "福州市", "福州市", date(2023, 10, 20))]
    assert rows == [
        ("486", "批次", "粮食加工品抽检批次"),
        ("484", "批次", "粮食加工品合格批次"),
        ("2", "批次", "粮食加工品不合格批次"),
        ("3862", "批次", "抽检批次"),  # the total's row: the column's measure
        ("3811", "批次", "合格批次"),
        ("51", "批次", "不合格批次"),
    ]


def test_an_html_table_of_months_its_header_cells_broken_by_br():
    text = (
        "<html><body><h1>平潭对台小额贸易进出口增长两成</h1><p>各月运营情况如下：</p><table>"
        "<tr><td>月份</td><td>“海峡号”<br/>航次</td><td>“海峡号”旅客<br/>（人次）</td></tr>"
        "<tr><td>1月</td><td>16</td><td>5640</td></tr><tr><td>2月</td><td>22</td><td>9860</td></tr>"
        "</table></body></html>"
    )
    rows = [
        (m.quote, m.unit, m.indicator, m.period) for m in _mentions(text, "平潭综合实验区", "福州市", date(2024, 7, 16))
    ]
    assert rows == [  # a row head naming a month gives its cells that month
        ("两成", "成", "小额贸易进出口增长", None),
        ("16", "航次", "“海峡号”航次", "2024-01"),
        ("5640", "人次", "“海峡号”旅客", "2024-01"),
        ("22", "航次", "“海峡号”航次", "2024-02"),
        ("9860", "人次", "“海峡号”旅客", "2024-02"),
    ]


def test_ruled_tables_of_months_markdown_tables_and_footnote_marks():
    yearbook = (
        "表1  2023年1—6月宁德市一般公共预算收支分月情况\n单位：万元\n"
        "项    目                           1月       2月       累计\n"
        "─────────────────────────────────\n"
        "一般公共预算总收入              468215    251376    1997045\n"
    )
    rows = [(m.quote, m.value, m.period) for m in _mentions(yearbook, "宁德市", "宁德市", date(2023, 7, 17))]
    assert rows == [  # the rule line keeps the header; a month column gives its month
        ("468215", 4_682_150_000, "2023-01"),
        ("251376", 2_513_760_000, "2023-02"),
        ("1997045", 19_970_450_000, "2023-01..2023-06"),
    ]
    markdown = "| 指标 | 2022年 | 2023年 |\n|---|---|---|\n| 地区生产总值（亿元） | 3116.17 | 3295.98 |\n"
    assert [m.quote for m in _mentions(markdown, "莆田市", "莆田市", date(2024, 2, 1))] == ["3116.17", "3295.98"]
    columns = tables.header("县（市、区）\t茶园面积（万亩）\t全产业链产值（亿元）")
    assert [c.value for c in tables.row("邵武市\t6.7\t12.5*", columns).cells] == [67_000, 1_250_000_000]


def test_a_rows_cell_of_text_holds_figures_of_its_own():
    text = (
        "序号\t项目名称\t建设内容及规模\t金额(万元)\t受益户(户)\n"
        "1\t后垄村橄榄初加工厂房建设项目\t新建钢结构厂房620平方米，购置设备2套\t48\t136\n"
    )
    ms = _mentions(text, "闽清县", "福州市", date(2024, 12, 20))
    assert sorted((m.quote, m.unit) for m in ms) == [
        ("136", "户"),
        ("2套", "套"),
        ("48", "元"),
        ("620平方米", "平方米"),
    ]


def test_a_row_head_in_two_parts_apart_by_a_full_width_space():
    text = (
        "项目    自然人    法人或其他组织    总计\n"
        "一、本年新收政府信息公开申请数量    35    8    43\n"
        "（三）不予公开　3.危及“三安全一稳定”    1    0    1\n"
    )
    ms = _mentions(text, "南靖县", "漳州市", date(2024, 1, 20))
    assert [m.quote for m in ms] == ["35", "8", "43", "1", "0", "1"]
    assert ms[3].indicator.startswith("不予公开")
