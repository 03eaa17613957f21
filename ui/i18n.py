"""Labels in simplified Chinese (the default) and English.

`text(key, lang)` is pure so charts can be tested without Streamlit; `t(key)` reads the
language the sidebar toggle put in session state.
"""

from __future__ import annotations

import streamlit as st

LANG_KEY = "lang_en"

TEXT: dict[str, tuple[str, str]] = {
    # navigation and shell
    "app.title": ("福建城市指标", "Fujian city indicators"),
    "app.english": ("English", "English"),
    "page.overview": ("总览", "Overview"),
    "page.city": ("城市", "City"),
    "page.topic": ("主题", "Topic"),
    "page.explorer": ("指标查询", "Indicator explorer"),
    "page.search": ("全文搜索", "Search"),
    "page.map": ("地图", "Map"),
    "page.source": ("原文", "Source"),
    "page.quality": ("数据质量", "Data quality"),
    "db.missing": (
        "找不到数据库文件 `{path}`。请在项目根目录运行下面的命令生成它，然后刷新本页。",
        "The database file `{path}` does not exist. Build it from the project root with the "
        "command below, then reload this page.",
    ),
    "db.outdated": (
        "数据库文件 `{path}` 由旧版本生成（缺少 {missing}）。请在项目根目录运行下面的命令重新生成，然后刷新本页。",
        "The database file `{path}` was built by an older version (it lacks {missing}). Rebuild it from "
        "the project root with the command below, then reload this page.",
    ),
    "state.unknown": (
        "链接中的 {name}「{value}」不存在，已改为显示默认内容。",
        "The link's {name} “{value}” is unknown; showing the default instead.",
    ),
    "all": ("全部", "All"),
    "open_hint": (
        "点击图中的点或表格中的一行，即可查看数字出自哪一段原文。",
        "Click a point or a table row to read the paragraph the number comes from.",
    ),
    # column headers
    "col.value": ("数值", "Value"),
    "col.unit": ("单位", "Unit"),
    "col.indicator": ("指标", "Indicator"),
    "col.place": ("地点", "Place"),
    "col.city": ("城市", "City"),
    "col.topic": ("主题", "Topic"),
    "col.kind": ("类型", "Kind"),
    "col.qualifier": ("限定", "Qualifier"),
    "col.period": ("时期", "Period"),
    "col.date": ("发布日期", "Published"),
    "col.confidence": ("置信度", "Confidence"),
    "col.doubt": ("存疑原因", "Doubt"),
    "col.quote": ("原文数字", "Quote"),
    "col.title": ("标题", "Title"),
    "col.publisher": ("发布者", "Publisher"),
    "col.mentions": ("指标数", "Mentions"),
    "col.doubtful": ("存疑数", "Doubtful"),
    "col.file": ("文件", "File"),
    "col.reason": ("原因", "Reason"),
    "col.count": ("数量", "Count"),
    "col.documents": ("文档数", "Documents"),
    "col.hits": ("命中", "Hits"),
    "col.excerpt": ("段落", "Paragraph"),
    # vocabularies
    "kind.actual": ("实际", "actual"),
    "kind.target": ("目标", "target"),
    "kind.baseline": ("基数", "baseline"),
    "kind.change": ("变化", "change"),
    "qualifier.exact": ("精确", "exact"),
    "qualifier.approx": ("约", "approx."),
    "qualifier.at_least": ("至少", "at least"),
    "qualifier.at_most": ("至多", "at most"),
    # overview
    "overview.documents": ("文档", "Documents"),
    "overview.mentions": ("指标提及", "Mentions"),
    "overview.places": ("地点", "Places"),
    "overview.topics": ("主题", "Topics"),
    "overview.dates": ("时间范围", "Date range"),
    "overview.matrix": ("各城市各主题的指标数", "Mentions by city and topic"),
    "overview.matrix_hint": (
        "点击方块或表格行，查看该城市该主题的全部指标。",
        "Click a square or a row to list that city's indicators on that topic.",
    ),
    "overview.newest": ("最新文档", "Newest documents"),
    "overview.timeline": ("按发布日期的文档数", "Documents by publication date"),
    "overview.empty": (
        "数据库里还没有文档。请先运行 ETL 导入 data/raw 中的文件。",
        "The database has no documents yet. Run the ETL over data/raw first.",
    ),
    "overview.no_city": (
        "还没有能归到城市的指标。",
        "No mention could be attributed to a city yet.",
    ),
    # city
    "city.prefecture": ("设区市", "Prefecture"),
    "city.county": ("县（市、区）", "County / district"),
    "city.whole": ("全市", "Whole city"),
    "city.heading": ("{place}的指标", "Indicators of {place}"),
    "city.empty_county": (
        "{place}暂无指标，试试所属的{city}，或同市的其他县（市、区）。",
        "No indicator for {place} yet; try {city} as a whole or another of its counties.",
    ),
    "city.empty_city": (
        "{place}暂无指标，试试其他设区市，或用指标查询搜索。",
        "No indicator for {place} yet; try another prefecture or the indicator explorer.",
    ),
    "city.no_places": (
        "数据库的地点表是空的，无法按城市浏览。",
        "The places table is empty, so there is nothing to browse by city.",
    ),
    "city.topic_count": ("{topic}（{n} 项）", "{topic} ({n})"),
    # topic
    "topic.choose": ("主题", "Topic"),
    "topic.empty": (
        "{topic}主题下暂无指标，试试其他主题或用指标查询搜索。",
        "No indicator on {topic} yet; try another topic or the indicator explorer.",
    ),
    "topic.compare": ("多次提及的指标", "Indicators mentioned more than once"),
    "topic.over_time": ("随时间变化", "Over time"),
    "topic.mentions": ("各次提及", "Each mention"),
    "topic.across_places": ("各地比较（最新值）", "Across places (latest value)"),
    "topic.all_mentions": ("该主题全部指标", "All mentions on this topic"),
    "topic.no_repeats": (
        "该主题下每个指标只出现一次，暂时无法比较；全部指标见下表。",
        "Each indicator on this topic appears once, so there is nothing to compare yet; all mentions are listed below.",
    ),
    # explorer
    "explorer.query": ("指标名称", "Indicator label"),
    "explorer.placeholder": ("例如：粮食播种面积、感染者", "e.g. 粮食播种面积, 感染者"),
    "explorer.match_all": ("匹配全部词", "Match all words"),
    "explorer.terms": ("分词：{terms}", "Words: {terms}"),
    "explorer.count": ("共 {n} 条指标", "{n} mentions"),
    "explorer.capped": (
        "只显示前 {n} 条，请缩小筛选范围。",
        "Showing the first {n} only; narrow the filters.",
    ),
    "explorer.empty": (
        "没有符合条件的指标。试试减少筛选条件，或取消“匹配全部词”。",
        "No mention matches. Try fewer filters or untick “Match all words”.",
    ),
    "explorer.csv": ("下载 CSV", "Download CSV"),
    "explorer.parquet": ("下载 Parquet", "Download Parquet"),
    # search
    "search.query": ("搜索段落", "Search paragraphs"),
    "search.placeholder": ("例如：核酸检测 高风险区", "e.g. 核酸检测 高风险区"),
    "search.count": ("{n} 个段落命中：{terms}", "{n} paragraphs match: {terms}"),
    "search.prompt": (
        "输入词语搜索全部段落（繁体也可以），结果按命中词数排序。",
        "Type words to search every paragraph (traditional characters work too); results are ranked by matched words.",
    ),
    "search.empty": (
        "没有段落包含“{terms}”。试试更短或不同的词。",
        "No paragraph contains “{terms}”. Try shorter or different words.",
    ),
    "search.open": ("打开原文", "Open source"),
    # map
    "map.level": ("区划", "Level"),
    "map.city": ("设区市", "Prefectures"),
    "map.county": ("县（市、区）", "Counties"),
    "map.measure": ("显示", "Show"),
    "map.count": ("指标数", "Mention count"),
    "map.missing": (
        "找不到地图文件 `{path}`，无法绘制地图。下表列出同样的数据。",
        "The map file `{path}` is missing, so no map can be drawn. The table below has the same figures.",
    ),
    "map.empty": (
        "这一级区划暂无数据，试试切换区划或指标。",
        "Nothing to show at this level; try another level or indicator.",
    ),
    "map.hint": (
        "点击圆点查看该地的指标。",
        "Click a dot to open that place's indicators.",
    ),
    # source
    "source.choose": (
        "请从其他页面点击一个数字或文档来打开原文，或在下面选择文档。",
        "Open a source by clicking a number or a document elsewhere, or pick a document below.",
    ),
    "source.document": ("文档", "Document"),
    "source.unknown": (
        "找不到链接中的原文（{value}），可能数据库已重建。请在下面选择文档。",
        "The linked source ({value}) was not found; the database may have been rebuilt. Pick a document below.",
    ),
    "source.meta": (
        "发布者：{publisher}　日期：{date}　地点：{place}　文件：{file}",
        "Publisher: {publisher}   Date: {date}   Place: {place}   File: {file}",
    ),
    "source.selected": ("所选段落", "Selected paragraph"),
    "source.mentions": ("本文指标", "Mentions in this document"),
    "source.no_mentions": ("本文没有识别出指标。", "No mention was found in this document."),
    "source.original": ("显示原始文本", "Show the original text"),
    "source.lost_chars": (
        "此段含有转换时丢失的字符（?）。",
        "This paragraph has characters lost in conversion (?).",
    ),
    # quality
    "quality.rejects": ("未导入的文件", "Files not loaded"),
    "quality.no_rejects": ("所有文件都已导入。", "Every file was loaded."),
    "quality.doubtful": (
        "存疑指标（置信度低于 0.7 或有存疑原因）",
        "Doubtful mentions (confidence below 0.7 or a reason for doubt)",
    ),
    "quality.no_doubtful": ("没有存疑指标。", "No doubtful mention."),
    "quality.per_document": ("各文档的存疑比例", "Doubt per document"),
}


def current_lang() -> str:
    """`en` when the sidebar's English toggle is on, else `zh`."""
    return "en" if st.session_state.get(LANG_KEY) else "zh"


def text(key: str, lang: str, **values: object) -> str:
    """The label for `key` in `lang`, with `values` filled in."""
    zh, en = TEXT[key]
    template = en if lang == "en" else zh
    return template.format(**values) if values else template


def t(key: str, **values: object) -> str:
    """The label for `key` in the language the reader chose."""
    return text(key, current_lang(), **values)
