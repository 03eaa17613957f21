"""Cleaning steps on real lines of the seed documents."""

import re

from etl.clean import (
    Block,
    LinePatterns,
    clean,
    detect_script,
    is_furniture,
    repair_artefacts,
    strip_html,
    to_simplified,
)


def test_pinyin_after_a_character_is_removed():
    line = "您現(xiàn)在的位置:海峽網(wǎng)>新聞中心"
    assert repair_artefacts(line) == "您現在的位置:海峽網>新聞中心"


def test_pinyin_with_lost_bracket_and_lost_characters():
    # `?zhí)` is the same artefact with its bracket lost; the `?` of a lost character stays
    assert repair_artefacts("每千人床位數從4.15張?zhí)岣叩?.35張") == "每千人床位數從4.15張岣叩?.35張"


def test_brackets_that_are_not_pinyin_stay():
    for line in ["本报讯(兰文馨 林平)3月13日", "CN-35(Q)第0058号", "(1)通过“点对点”", "组织(扩大)会议"]:
        assert repair_artefacts(line) == line


def test_invisible_and_control_characters_are_removed():
    assert repair_artefacts("福州\u200f市\u202e新增\x07病例") == "福州市新增病例"


def test_simplified_text_has_the_same_length():
    original = "發布會介紹,11月6日,福州市新增本土確診病例3例"
    simplified = to_simplified(original)
    assert simplified == "发布会介绍,11月6日,福州市新增本土确诊病例3例"
    assert len(simplified) == len(original)
    assert detect_script(original) == "traditional"
    assert detect_script(simplified) == "simplified"


def test_furniture_lines_are_recognised():
    furniture = [
        "分享",
        "小字號",
        "返回頂部",
        "責任編輯:莊婷婷",
        "(責編:江葦杭、張子劍)",
        "李广 摄",
        "福州西湖。林雙偉 攝",
        "刊号:CN-35(Q)第0058号",
        "主编:吴庆堂",
        "E-mail:faswbdz@163.com",
        "星期五",
        "农历壬寅年二月十六",
        "今日天气 多云转阴",
        "东北风3-4级转<3级",
        "气温: 17℃~22℃",
        "85501111",
        "CopyRight ?2016 海峽網(福建日報主管主辦) 版權所有 閩ICP備15008128號-2",
        "2022年11月07日18:19 | 來源:人民網",
        "友情鏈接:新聞頻道?| 福建頻道?| 新聞聚合",
        "更多新闻、生活资讯点击福清新闻网",
        "http://fqqb.com 邮箱: fqqb@163.com",
        "网址：www.fzdaily.cn 电话：0591-87654321",
        "地址：福州市鼓楼区华林路84号，邮编：350001，网址：www.fzdaily.com",
        "【字体：大 中 小】　打印本页　关闭窗口",
        "【分享到】 微信　微博　QQ空间　　【我要纠错】",
        "闽东日报 2022年8月16日 星期二 第3版",
        "违法和不良信息举报电话：0592-2222222",
        "印刷：南平日报社印务中心　定价：1.00元",
        "今日金門:多雲 16~21℃ 降雨機率20%",  # a weather line, its chance of rain no figure
    ]
    for line in furniture:
        assert is_furniture(line), line
    sentences = [  # an address in prose
        "市民可登录www.fuzhou.gov.cn查询，120急救平均响应时间缩短至11分钟。",
        "市民可登录www.fuzhou.gov.cn查询,全市已开通政务服务事项1200项。",
        "共出动执法人员1260人次，受理旅游投诉89件。游客如遇消费纠纷，可拨打12318文化市场举报电话。",  # a hotline in prose
    ]
    for line in [
        "全市糧食播種面積124萬畝,地方原糧儲備規模54.8萬噸;",
        "福清全民健身园项目获批",
        "■记者 陈岚",
        "受台风影响，全市普降大雨，最高气温由32℃降至26℃。",  # weather in a sentence is news
        *sentences,
    ]:
        assert not is_furniture(line), line


def test_lines_after_the_editor_line_are_dropped():
    text = "正文第一段,全市新增病例3例。\n\n責任編輯:莊婷婷\n\n最新福州新聞 頻道推薦\n本站將在3個工作日內刪除。"
    assert [b.text for b in clean(text)] == ["正文第一段,全市新增病例3例。"]


def test_the_next_articles_headline_after_an_editor_line_stays_and_a_pages_editor_ends_nothing():
    text = (
        "第05版：县区新闻　　本版责任编辑：李阳\n\n龙海区8.6万亩早稻喜迎开镰\n\n■本报记者 郑惠芳\n\n"
        "全区早稻播种面积8.6万亩。\n\n（责任编辑：蔡雅琳）\n\n相关阅读\n\n东山县渔船回港休渔\n\n"
        "本报讯（记者 许文辉）东山县共有渔船1260艘。"
    )
    kept = [b.text for b in clean(text)]
    assert "龙海区8.6万亩早稻喜迎开镰" in kept and "东山县渔船回港休渔" in kept
    assert "（责任编辑：蔡雅琳）" not in kept and "本报讯（记者 许文辉）东山县共有渔船1260艘。" in kept

    # an item without a byline: its body is sentences; a list of related links is not
    text = (
        "正文，全区新增就业3000人。\n\n（责任编辑：邓慧）\n\n全区村级集体经济“消薄”成效明显\n\n"
        "记者从沙县区委组织部获悉，2022年，全区121个行政村村级集体经济收入均达到15万元以上，比上年增加12个。"
    )
    assert "全区村级集体经济“消薄”成效明显" in [b.text for b in clean(text)]


def test_a_sentence_cut_by_the_layout_is_joined():
    text = "周祥祺强调,要多措并举防控,筑牢\n\n严密防线。要全力推进疫苗接种,不断提高疫苗接种率,建立群体免疫屏障。"
    assert [b.text for b in clean(text)] == [
        "周祥祺强调,要多措并举防控,筑牢严密防线。要全力推进疫苗接种,不断提高疫苗接种率,建立群体免疫屏障。"
    ]


def test_a_number_cut_from_its_unit_is_joined():
    text = "由行管委牵头税务、市场监管局、人社等部门编制涉企政策30\n\n项的惠企政策汇编,并根据政策变动动态更新。"
    assert clean(text)[0].text.startswith("由行管委牵头税务、市场监管局、人社等部门编制涉企政策30项的惠企政策汇编")


def test_headlines_are_not_joined_to_the_next_paragraph():
    text = (
        "擦亮服务窗口 优化政务环境\n\n不打招呼、直去现场。近日，市纪检监察干部对窗口服务单位进行监督检查，督促责任单位抓紧抓实。\n\n"
        "一、让群众喝好“放心水”\n一是开展农村饮用水水源地排查,完成全市248个千人以上农村水源地排查工作。\n"
        "2021年10月26日宁德市政府新闻办举行“我为群众办实事”实践活动第二次新闻发布会\n"
        "2021年9月24日,宁德市政府新闻办举行“我为群众办实事”实践活动第二次新闻发布会,宁德市民政局党组成员出席。"
    )
    assert len(clean(text)) == 6


def test_a_long_headline_right_above_its_body_stays_a_headline():
    text = "泉州前三季度地区生产总值增长5.8%\n\n前三季度，泉州市实现地区生产总值8856.32亿元，同比增长5.8%。"
    assert [b.text[:8] for b in clean(text)] == ["泉州前三季度地区", "前三季度，泉州市"]
    text = "充分利用大数据精准分析覆盖全\n\n面的特点，福清市在服务基层治理上取得新成效。"  # cut inside 全面
    assert len(clean(text)) == 1


_OCR_PAGE = (  # a printed page read by OCR: lines wrapped at the column, paragraphs opened by an indent
    "我市上半年主要经济指标稳中向好\n"
    "GDP增速居全省前列\n"
    "　　本报讯（记者 陈颖）记者从市统计局获悉\n"
    "，上半年，全市实现地区生产总值1656.45亿\n"
    "元，同比增长8.9%，增速高于全省3.2个百分\n"
    "点，居全省第一位。同期全省地区生产总值增\n"
    "长5.7%，全市规上工业增加值增长21.6%，其\n"
    "中锂电新能源产业产值增长1.1倍。\n"
    "　　民生保障持续加强。1—6月，全市一般公\n"
    "共预算支出中民生支出186.3亿元，占比78.5%\n"
    "；城镇新增就业1.84万人，完成全年任务的\n"
    "61.3%。\n"
    "闽东日报 2022年8月16日 星期二 第3版\n"
    "　　海上养殖整治见成效，霞浦县累计清退违\n"
    "规养殖渔排3.2万口，完成塑胶渔排改造28.6万\n"
    "口。\n"
)


def test_lines_wrapped_at_a_printed_column_are_joined_into_their_paragraphs():
    blocks = [b.text for b in clean(_OCR_PAGE)]
    assert blocks[:2] == ["我市上半年主要经济指标稳中向好", "GDP增速居全省前列"]  # short: headlines
    assert blocks[2].startswith("本报讯（记者 陈颖）记者从市统计局获悉，上半年，全市实现地区生产总值1656.45亿元，")
    assert blocks[2].endswith(
        "同期全省地区生产总值增长5.7%，全市规上工业增加值增长21.6%，其中锂电新能源产业产值增长1.1倍。"
    )
    # a line short of the column ends its paragraph
    assert (
        blocks[3]
        == "民生保障持续加强。1—6月，全市一般公共预算支出中民生支出186.3亿元，占比78.5%；城镇新增就业1.84万人，完成全年任务的61.3%。"
    )
    assert blocks[4].endswith("完成塑胶渔排改造28.6万口。")  # the page's running head between is dropped
    assert len(blocks) == 5


def test_short_lines_of_an_ordinary_page_are_not_taken_for_a_column():
    lines = [
        f"{place}新增本土确诊病例{i}例，无症状感染者{i + 2}例。"
        for i, place in enumerate(["福州市", "厦门市", "泉州市"] * 4)
    ]
    assert [b.text for b in clean("\n".join(lines))] == lines  # as long as one another, yet a list, not a column
    # as long as one another, but each opens with an indent: one line a paragraph
    text = "\n".join(f"　　全市新增本土确诊病例{i}例，均为集中隔离人员，已转运至定点医院。" for i in range(9))
    assert len(clean(text)) == 9


def test_links_to_other_stories_end_the_article():
    text = "全市新开通公交线路12条，优化调整线路31条。\n往期推荐\n▶泉州这2条新路通车啦，就在你家附近\n▶10月21日起，这些公交线路有调整"
    assert [b.text for b in clean(text)] == ["全市新开通公交线路12条，优化调整线路31条。"]


def test_markdown_headings_are_marked():
    assert clean("## 我市部署当前疫情防控等重点工作\n\n本报讯 3月13日,我市召开会议。") == [
        Block("我市部署当前疫情防控等重点工作", True),
        Block("本报讯 3月13日,我市召开会议。", False),
    ]


def test_repeated_photo_captions_are_kept_once():
    line = "“牢記使命 奮斗為民”系列主題新聞發布會福州市專場舉行"
    blocks = clean(f"{line}\n\n正文一,全市新增3例。\n\n{line}\n\n正文二,全市新增5例。")
    assert [b.text for b in blocks].count(line) == 1


def test_html_is_stripped_and_scripts_dropped():
    html = (
        '<p>福州市新增本土确诊病例3例</p><script>alert("x")</script><img src=x onerror="alert(1)"><p>全市&amp;全省</p>'
    )
    assert strip_html(html) == "福州市新增本土确诊病例3例\n全市&全省\n"
    row = "<tr><td>社会消费品零售总额（亿元）</td><td>215.4</td><td>7.9</td></tr>"
    assert strip_html(row).split() == ["社会消费品零售总额（亿元）", "215.4", "7.9"]  # cells stay apart
    assert strip_html("<table><tr><td>215.4<td>7.9</tr></table>").split() == ["215.4", "7.9"]  # unclosed cells


def test_blocks_carry_their_simplified_text():
    text = (
        "## 發布會介紹疫情防控情況\n\n本報訊 11月6日,福州市新增本土確診病例3例,全市劃定高風險區164個,\n\n"
        "要多措並舉防控,築牢\n\n嚴密防線,不斷提高疫苗接種率,建立群體免疫屏障。\n乾隆年間的舊事"
    )
    blocks = clean(text)
    assert len(blocks) == 4  # the cut sentence is joined
    for block in blocks:
        assert block.simplified == to_simplified(block.text)
    assert Block("發展", False).simplified == "发展"


def test_line_patterns_find_what_one_re_search_finds():
    patterns = [
        "^(分享|打印)$",
        "版权所有",
        "^[?？\\s·|]*$",
        "转<?\\d+级$",
        "copyright",
        "e-?mail",
        "^(来源|作者)[:：]",
    ]
    lines = [
        "分享",
        "xx版权所有",
        "? |",
        "",
        "东风转3级",
        "转3级x",
        "copyright 2016",
        "e-mail:",
        "来源：福州日报",
        "据来源：x",
    ]
    combined = re.compile("|".join(f"(?:{p})" for p in patterns))
    found = LinePatterns(patterns)
    for line in lines:
        assert found.search(line) == bool(combined.search(line)), line


def test_furniture_is_found_whatever_the_case_of_its_letters():
    assert is_furniture("CopyRight 2016 福州新闻网") and is_furniture("E-MAIL：fz@fznews.com.cn")
    assert not is_furniture("福州市新增本土确诊病例3例")


def test_furniture_closing_a_paragraph_on_its_line_is_cut_and_the_sentences_kept():
    text = (
        "连江将组织渔政执法船艇12艘、执法人员260人开展海上巡查。休渔举报电话：0591-26221110。\n"
        "全县新增民宿20家，接待游客3.2万人次。（责任编辑：林晓）\n"
        "下一篇新闻\n"
        "举报电话：0591-87654321\n"
    )
    assert [b.text for b in clean(text)] == [
        "连江将组织渔政执法船艇12艘、执法人员260人开展海上巡查。",
        "全县新增民宿20家，接待游客3.2万人次。",
    ]  # what follows the editor's line up to the next article is dropped, as before
