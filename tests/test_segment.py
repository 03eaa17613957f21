"""Documents: metadata, articles and paragraph offsets on the seeds."""

from datetime import date

import pytest

from etl.clean import Block, to_simplified
from etl.extract import extract_document
from etl.gazetteer import load_gazetteer
from etl.records import RawText
from etl.segment import build_document, find_date, find_publisher, find_publisher_place, split_articles


@pytest.mark.parametrize(
    "file_name, publisher, pub_date, place, city",
    [
        ("000_403c9afa951c05ae.txt", "今日福安", date(2022, 3, 18), "福安市", "宁德市"),
        ("001_94b74bfb5a05e8dd.txt", "海峡网", date(2022, 5, 10), "福州市", "福州市"),
        ("002_a14984d36ea2706d.txt", "福清侨乡报", date(2023, 4, 21), "福清市", "福州市"),
        ("003_789bf941bfabd45c.txt", "宁德市政府新闻办", date(2021, 10, 26), "宁德市", "宁德市"),
        ("004_bf5087a809f52b81.txt", "人民网", date(2022, 11, 7), "福州市", "福州市"),
    ],
)
def test_document_metadata(seed_docs, file_name, publisher, pub_date, place, city):
    doc, _ = seed_docs[file_name]
    assert (doc.publisher, doc.pub_date, doc.place, doc.city) == (publisher, pub_date, place, city)


def test_script_of_the_original_is_recorded(seed_docs):
    assert seed_docs["001_94b74bfb5a05e8dd.txt"][0].script == "traditional"
    assert seed_docs["003_789bf941bfabd45c.txt"][0].script == "simplified"


def test_a_newspaper_page_splits_into_articles_at_headlines(seed_docs):
    doc, _ = seed_docs["002_a14984d36ea2706d.txt"]
    titles = [a.title for a in doc.articles]
    assert "住建部调研组来融 调研指导生活垃圾分类工作" in titles
    assert "福清全民健身园项目获批" in titles
    assert "我市组织收听收看2023年全省化工园区专家指导服务视频培训会议" in titles
    gym = next(a for a in doc.articles if a.title == "福清全民健身园项目获批")
    assert any("112713万元" in p.text for p in gym.paragraphs)


def test_paragraph_offsets_point_into_the_clean_text(seed_docs):
    for doc, _ in seed_docs.values():
        ids = [p.paragraph_id for p in doc.paragraphs]
        assert len(ids) == len(set(ids))
        for p in doc.paragraphs:
            assert doc.clean_text[p.start : p.end] == p.text
            assert len(p.text_simplified) == len(p.text)


def test_a_transcript_speaker_sets_the_section_place(seed_docs):
    doc, _ = seed_docs["003_789bf941bfabd45c.txt"]
    para = next(p for p in doc.paragraphs if "人力资源服务产业园,引进23家" in p.text)
    assert para.section_place == "东侨经济技术开发区"


def test_dates_in_mastheads_and_datelines():
    assert find_date("2022年11月07日18:19 | 来源:人民网", "") == date(2022, 11, 7)
    assert find_date("刊号\n2022年3月18日\n星期五", "") == date(2022, 3, 18)
    # month and day only: the year comes from an event of known year in the text
    assert find_date("5月10日上午,发布会举行", "以实际行动迎接党的二十大胜利召开") == date(2022, 5, 10)
    assert find_date("没有日期", "") is None


def test_publishers():
    assert find_publisher("您现在的位置:海峡网>新闻中心") == "海峡网"
    assert find_publisher("2022年11月07日18:19 | 来源:人民网\n小字号") == "人民网"
    assert find_publisher("\n福清侨乡报\n星期五") == "福清侨乡报"
    assert find_publisher("2021年10月26日宁德市政府新闻办举行新闻发布会") == "宁德市政府新闻办"
    assert find_publisher("福建日报 2022年12月02日 第03版：综合新闻") == "福建日报"
    assert find_publisher("2022年03月16日10:25 | 来源：人民网－福建频道") == "人民网"
    assert find_publisher("福建省卫生健康委员会\n\n福建省新型冠状病毒肺炎疫情情况") == "福建省卫生健康委员会"
    assert find_publisher("泉州市应急管理局\n\n泉州开展安全生产大检查") == "泉州市应急管理局"
    assert find_publisher("安溪县融媒体中心\n\n安溪茶产业综合产值突破300亿元") == "安溪县融媒体中心"
    assert find_publisher("龙岩市数字办\n\n龙岩“一趟不用跑”事项占比超九成") == "龙岩市数字办"
    assert find_publisher("今日永春\n\n永春县上半年经济运行稳中向好") == "今日永春"
    assert find_publisher("\n奋力开创发展新局\n\n正文") is None  # a headline ending in 局 names no office
    for headline in ("全市上下合力开新局", "我市打开发展新局", "福州市奋力开创新局"):
        assert find_publisher(f"{headline}\n\n正文") is None, headline
    assert find_publisher("福州日报\n\n今日立冬\n\n正文") == "福州日报"
    assert find_publisher("泉州市卫生健康委员会\n2022年4月3日\n\n泉州市新冠肺炎疫情通报") == "泉州市卫生健康委员会"
    assert find_publisher("福建省卫健委通报\n\n2022年4月3日") == "福建省卫健委"
    assert find_publisher("福州市大数据委\n2023年5月8日\n\n福州数字政府建设再上新台阶") == "福州市大数据委"
    assert find_publisher("大公报\n\n正文") == "大公报" and find_publisher("香港文汇报\n\n正文") == "香港文汇报"
    for kind in ("疫情通报", "统计公报", "工作简报", "疫情快报"):  # a document's kind is no masthead
        assert find_publisher(f"泉州市{kind}\n\n正文") is None, kind


def test_a_month_range_is_no_date_and_a_line_ending_in_a_full_stop_no_headline():
    text = (
        "晋江市2023年1-8月民生实事项目进展情况\n\n1.新建改扩建中小学、幼儿园12所，已完工8所。\n\n2.计划新增学位6800个。"
    )
    doc = build_document(RawText("j.txt", "0" * 64, "utf-8", text))
    assert doc.pub_date is None  # not 2023-01-08
    assert [a.title for a in doc.articles] == ["晋江市2023年1-8月民生实事项目进展情况"]
    assert [p.is_heading for p in doc.paragraphs] == [True, False, False]


def test_a_headers_date_in_its_own_tag_or_in_a_meta_tag_is_found():
    page = "<html><body><h1>标题</h1><span>发布时间：2023-04-25</span><span>10:30</span><p>全市新增就业2万人。</p></body></html>"
    assert build_document(RawText("a.html", "0" * 64, "utf-8", page)).pub_date == date(2023, 4, 25)
    page = '<html><head><meta name="PubDate" content="2023-04-25 10:30"></head><body><p>全市新增就业2万人。</p></body></html>'
    assert build_document(RawText("b.html", "0" * 64, "utf-8", page)).pub_date == date(2023, 4, 25)
    text = "福州日报\n\n鼓楼区：新建学校5所。\n\n本报讯（记者 李四）今年以来，鼓楼区新建学校5所。"  # a headline
    assert build_document(RawText("c.txt", "0" * 64, "utf-8", text)).articles[0].title == "鼓楼区：新建学校5所。"


def test_a_web_pages_header_is_read_without_its_markup():
    html = (
        "<html><body><h1>宁德市2023年一季度经济运行情况</h1><div>发布时间：2023-04-25 来源：宁德市统计局</div>"
        "<p>一季度，全市地区生产总值完成892.6亿元，同比增长6.8%。</p></body></html>"
    )
    doc = build_document(RawText("p.html", "0" * 64, "utf-8", html))
    assert (doc.publisher, doc.pub_date, doc.place) == ("宁德市统计局", date(2023, 4, 25), "宁德市")


def test_full_width_digits_are_read_with_their_thousands_and_are_no_sign_of_traditional_script():
    text = "泉州市卫生健康委员会\n\n截至4月2日24时，全市现有无症状感染者１，０２３例，隔离人员８，７５６人，其中１２例在丰泽区。"
    doc = build_document(RawText("q.txt", "0" * 64, "utf-8", text))
    assert doc.script == "simplified"
    assert {m.quote: m.value for m in extract_document(doc)} == {
        "１，０２３例": 1023,
        "８，７５６人": 8756,
        "１２例": 12,
    }


def test_a_provincial_papers_page_is_the_provinces_and_each_article_its_citys():
    text = (
        "福建日报 2022年12月02日 第03版：综合新闻\n\n漳州港一季度集装箱吞吐量增长两成\n\n"
        "本报讯（记者 陈立）记者从漳州港口管理局获悉，一季度漳州港完成集装箱吞吐量28.6万标箱。\n\n"
        "龙岩新增国家级高新技术企业85家\n\n本报讯 今年以来，全市高新技术产业增加值占规模以上工业增加值比重达到38.5%。"
    )
    doc = build_document(RawText("page.txt", "0" * 64, "utf-8", text))
    assert (doc.publisher, doc.place, doc.city, doc.pub_date) == ("福建日报", "福建省", None, date(2022, 12, 2))
    assert [a.title for a in doc.articles] == ["漳州港一季度集装箱吞吐量增长两成", "龙岩新增国家级高新技术企业85家"]
    m = {x.quote: x for x in extract_document(doc)}
    assert (m["28.6万标箱"].place, m["28.6万标箱"].indicator) == ("漳州市", "漳州港完成集装箱吞吐量")
    assert (m["38.5%"].place, m["38.5%"].indicator) == ("龙岩市", "高新技术产业增加值占规模以上工业增加值比重")
    assert m["28.6万标箱"].topic == "economy"


def test_the_title_is_the_headline_not_a_dateline_or_a_breadcrumb():
    text = (
        "福州日报\n\n福州打造“15分钟便民生活圈”\n\n2023-04-10 福州日报\n\n"
        "全市已建成便民生活圈32个,覆盖居民120万人,打造“15分钟健身圈”示范点18个。"
    )
    assert build_document(RawText("a.txt", "0" * 64, "utf-8", text)).articles[0].title == "福州打造“15分钟便民生活圈”"
    text = "首页 > 新闻中心 > 泉州新闻\n\n泉州：?产安全专项整治取得阶段性成效\n\n来源：泉州网 2022-05-20\n\n" + (
        "今年以来,全市共排查企业2.6万家次,发现并整改隐患3.1万处,关停取缔非法违法企业45家。"
    )
    doc = build_document(RawText("b.txt", "0" * 64, "utf-8", text))
    assert doc.articles[0].title == "泉州：?产安全专项整治取得阶段性成效"  # a lost character, not a question
    text = "泉州：今年为民办实事项目进展顺利\n泉州晚报  2023年9月5日  记者 陈晓东 通讯员 林立\n\n" + (
        "本报讯 记者从市发改委获悉，今年我市确定的23个为民办实事项目总体进展顺利。"
    )
    doc = build_document(RawText("c.txt", "0" * 64, "utf-8", text))
    assert (doc.articles[0].title, doc.pub_date.isoformat()) == ("泉州：今年为民办实事项目进展顺利", "2023-09-05")


@pytest.mark.parametrize(
    "text, title, publisher",
    [
        (
            "三明市2022年国民经济和社会发展统计公报\n\n三明市统计局\n2023年3月28日\n\n"
            "初步核算，全年全市地区生产总值3110.32亿元，比上年增长4.7%。",
            "三明市2022年国民经济和社会发展统计公报",
            "三明市统计局",
        ),
        (
            "莆田市新冠病毒疫苗接种工作进展\n\n莆田市卫健委 2022-08-15\n\n"
            "截至8月14日，全市累计接种新冠病毒疫苗789.6万剂次。",
            "莆田市新冠病毒疫苗接种工作进展",
            "莆田市卫健委",
        ),
        (
            "漳州市12345便民服务平台2023年9月运行情况通报\n\n漳州市数字漳州建设领导小组办公室\n2023年10月8日\n\n"
            "9月份，市12345平台共受理群众诉求5.82万件，环比增长8.3%。",
            "漳州市12345便民服务平台2023年9月运行情况通报",
            "漳州市数字漳州建设领导小组办公室",
        ),
        (
            "政府工作报告\n——2023年1月10日在龙岩市第七届人民代表大会第三次会议上\n龙岩市人民政府市长 王永礼\n\n"
            "全年计划实施重点项目500个以上，完成投资1100亿元。",
            "政府工作报告",
            None,
        ),
        (
            "南平市卫生健康委员会关于新冠肺炎疫情的通报\n\n发布时间：2022-11-08 09:30\n\n"
            "11月7日0—24时，南平市新增本土确诊病例2例。",
            "南平市卫生健康委员会关于新冠肺炎疫情的通报",
            "南平市卫生健康委员会",
        ),
    ],
)
def test_an_offices_line_under_the_headline_is_the_publisher_not_the_title(text, title, publisher):
    doc = build_document(RawText("a.txt", "0" * 64, "utf-8", text))
    assert (doc.articles[0].title, doc.publisher) == (title, publisher)
    if "统计公报" in title:  # the title's year is the year of its 全年
        assert {m.period for m in extract_document(doc)} == {"2022"}
    if title == "政府工作报告":  # 全年计划 in a January report: this year's plan
        doc.pub_date = date(2023, 1, 10)
        assert {(m.period, m.kind) for m in extract_document(doc)} == {("2023", "target")}


def test_a_publishers_name_gives_its_place_even_where_running_text_would_not():
    gaz = load_gazetteer()
    assert find_publisher_place("福州新闻网", "", "", gaz) == "福州市"  # 福州新闻 is an organisation in text
    assert find_publisher_place("福建日报", "", "", gaz) == "福建省"
    assert find_publisher_place("晋江新闻网", "", "", gaz) == "晋江市"
    assert find_publisher_place("东南网", "", "", gaz) is None


def test_a_page_naming_many_counties_of_one_city_is_the_citys():
    gaz = load_gazetteer()
    text = "武夷山景区接待游客35.6万人次。武夷山市宾馆入住率达八成。建阳区、邵武市、顺昌县分别接待游客12.4万人次。"
    assert find_publisher_place("闽北日报", "", text, gaz) == "南平市"
    # a county's own page names its neighbours less than itself, and seldom three of them
    assert (
        find_publisher_place(None, "", "福安市新增就业3000人，福安市湾坞镇引进项目5个，与霞浦县合作。", gaz) == "福安市"
    )


def test_a_subtitle_listing_figures_is_not_the_title():
    text = (
        "兔年春节假期我市文旅市场强劲复苏\n全市接待游客286.3万人次 实现旅游收入19.82亿元\n\n"
        "本报讯（记者 吴丽华）7天假期全市共接待游客286.3万人次，同比增长31.6%。"
    )
    doc = build_document(RawText("d.txt", "0" * 64, "utf-8", text))
    assert doc.articles[0].title == "兔年春节假期我市文旅市场强劲复苏"
    text = "实验区召开2023年经济工作会议\n去年全区地区生产总值增长6.8% 增速居全省前列\n\n本报讯 全年实现地区生产总值358.6亿元。"
    assert build_document(RawText("f.txt", "0" * 64, "utf-8", text)).articles[0].title == "实验区召开2023年经济工作会议"
    text = "福州持续优化营商环境 市场主体突破130万户\n\n本报讯 全市市场主体突破130万户。"
    assert build_document(RawText("e.txt", "0" * 64, "utf-8", text)).articles[0].title.startswith("福州持续")


def test_a_notices_number_sentence_and_addressees_are_neither_title_nor_section():
    text = (
        "福建省12345便民服务平台2023年10月运行情况通报\n\n（2023年第10期）\n\n"
        "福建省数字福建建设领导小组办公室　　2023年11月8日\n\n各设区市数字办、平潭综合实验区数字办，省直有关单位：\n\n"
        "现将2023年10月全省12345便民服务平台运行情况通报如下。\n\n10月份，全省平台共受理群众诉求187.6万件。"
    )
    doc = build_document(RawText("n.txt", "0" * 64, "utf-8", text))
    assert doc.articles[0].title == "福建省12345便民服务平台2023年10月运行情况通报"
    assert {p.section_place for p in doc.paragraphs} == {"福建省"}  # the headline's, not the addressees' 平潭


def test_a_masthead_is_not_the_title_of_a_headline_with_commas():
    text = (
        "人民網\n人民網\n\n福州新增本土確診病例12例、無症狀感染者188例 鼓樓等4區繼續開展區域核酸檢測\n\n"
        "2022年11月15日08:36 | 來源:人民網－福建頻道\n\n"
        "11月14日0—24時,福州市新增本土確診病例12例,新增本土無症狀感染者188例。"
    )
    doc = build_document(RawText("r.txt", "0" * 64, "utf-8", text))
    assert doc.articles[0].title.startswith("福州新增本土確診病例12例、")


def test_a_headline_may_hold_a_date():
    text = "福州新闻网\n\n2022年11月7日福州市新冠肺炎疫情情况\n\n11月6日,福州市新增本土确诊病例3例,新增本土无症状感染者35例。"
    doc = build_document(RawText("c.txt", "0" * 64, "utf-8", text))
    assert doc.articles[0].title == "2022年11月7日福州市新冠肺炎疫情情况"


def test_a_masthead_alone_is_not_an_article():
    blocks = [
        Block("人民网", False),
        Block("福州通报疫情防控最新情况", False),
        Block("人民网福州11月7日电 (林盈)11月7日下午,福州市召开发布会。", False),
    ]
    spans = [(0, 3), (4, 16), (17, 50)]
    articles = split_articles("d", blocks, spans, load_gazetteer())
    assert len(articles) == 1
    assert articles[0].title == "福州通报疫情防控最新情况"


def test_simplified_paragraphs_are_converted_paragraph_by_paragraph(seed_docs):
    for doc, _ in seed_docs.values():
        for p in doc.paragraphs:
            assert p.text_simplified == to_simplified(p.text)


def test_a_heading_naming_a_district_with_its_city_is_the_districts():
    text = "厦门市思明区人民政府2022年政府信息公开工作年度报告\n\n2022年，区政府主动公开政府信息6538条。"
    doc = build_document(RawText("s.txt", "0" * 64, "utf-8", text))
    assert {p.section_place for p in doc.paragraphs} == {"思明区"}
    text = "福州市鼓楼区、台江区2022年工作情况\n\n2022年，两区新增就业1.2万人。"
    doc = build_document(RawText("f.txt", "0" * 64, "utf-8", text))
    assert {p.section_place for p in doc.paragraphs} == {"福州市"}  # two districts: their city


def test_a_features_section_headings_marked_with_a_square_are_no_new_articles():
    text = (
        "老屋“醒”来 山村“活”了\n——屏南县熙岭乡十年蝶变记\n\n福建日报记者 郑雅琴\n\n"
        "早春时节，沿着盘山公路驶入屏南县熙岭乡，溪水潺潺，老屋依山而建。\n\n"
        "■一栋老屋带来的改变\n\n转机始于2017年，全乡引进艺术家团队驻村。\n\n"
        "■本报讯 宁德市新增民宿20家。\n"
    )
    doc = build_document(RawText("f.txt", "0" * 64, "utf-8", text))
    assert len(doc.articles) == 2  # the feature, and the brief after its ■本报讯
    assert doc.paragraphs[5].section_place == "熙岭乡"  # the section under ■ keeps the article's place
