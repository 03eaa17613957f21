"""Periods of figures, resolved against the document date, written as the spec writes them:
`2021`, `2022-11-06`, `2021-01..2021-09`, `2012..2021`."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import lru_cache

_PATTERNS = [
    # (regex, resolver name); order matters where patterns overlap: longest first
    # a part of a year as the base of a change (比一季度加快, 较4月份增长, 与上月相比): passed over
    (
        r"(?:较|比|与)(?:去年|上年|今年)?(?:同期)?(?:第?[一二三四1-4]季度|[上下]半年|\d{1,2}月份?)(?:相比)?",
        "comparison",
    ),
    (r"(\d{1,2})月份?(?:以来|起)", "month_since"),
    (r"(?:从|自)?(\d{4})年(?:开始|起|以来)", "year_since"),
    (r"(\d{4})[-—~至到](\d{4})年", "year_range"),
    (r"(\d{4})年(\d{1,2})月(\d{1,2})日(?:以来|起)", "date_since"),
    (r"(\d{4})年(\d{1,2})月(\d{1,2})日?[-—~至到](?:(\d{4})年)?(\d{1,2})月(\d{1,2})日", "date_range_of_year"),
    (r"(\d{1,2})月(\d{1,2})日?[-—~至到](\d{1,2})月(\d{1,2})日", "date_range"),
    (r"(\d{1,2})月(\d{1,2})日?[-—~至到](\d{1,2})日", "day_range"),  # 11月1日至7日
    (r"(?:截至|截止)?(\d{4})年(\d{1,2})月(\d{1,2})日", "full_date"),
    (r"(?:截至|截止)(\d{4})年(\d{1,2})月(?:底|末|中旬|下旬)?", "through_month_of_year"),
    (r"(\d{4})年(\d{1,2})[-—~至到](\d{1,2})月", "month_range_of_year"),
    (r"(\d{1,2})月(\d{1,2})日(?:以来|起)", "date_since"),
    (r"(?:截至|截止)(\d{1,2})月(\d{1,2})日", "date"),
    (r"(?:截至|截止)(?:到)?(\d{1,2})月(?:底|末|中旬|下旬|上旬)?", "through_month"),
    (r"(\d{1,2})月份?[-—~至到](\d{1,2})月份?|(\d{1,2})、(\d{1,2})月份", "month_range"),  # 1月份至5月份, 5、6月份
    (r"(\d{1,2})[-—~至到](\d{1,2})月", "month_range"),
    (r"前(\d{1,2})个月", "through_month"),
    (r"(\d{4})年(\d{1,2})月", "month_of_year"),
    (r"(\d{1,2})月(\d{1,2})日", "date"),
    (r"(\d{1,2})月份", "month"),  # 5月份，… : the latest such month by the document date
    (r"(?:较|比)(\d{4})年", "since_base"),
    (r"(?:较|比)(?:去年|上年)(?:同期)?", "comparison"),
    (r"(\d{4})年", "year"),
    (r"今年以来|今年|本年度|在年度", "this_year"),
    (r"(?:新冠)?(?<![轮次波])疫情(?:发生)?以来", "since_epidemic"),  # since January 2020; not 本轮疫情以来
    (r"中?高考期间|中考期间", "exam_season"),  # June
    (r"去年|上年|过去一年", "last_year"),
    (r"昨天|昨日", "yesterday"),
    (r"今天|今日", "today"),
    (r"截至目前|截止目前", "comparison"),  # the end of what opened the sentence (今年以来，截至目前): passed over
    (r"(?<![项节题科])(?:目前|当前)", "now"),  # the document's date, whatever time opened the sentence
    (r"上半年", "first_half"),
    (r"下半年", "second_half"),
    (r"全年|(?<!\d)年[末底]", "whole_year"),
    (r"前([两二三])季度", "quarters"),
    (r"第?([一二三四1-4])(?:至|到|-|—)第?([一二三四1-4])季度", "quarter_range"),
    (r"第?([一二三四1-4])、第?([一二三四1-4])季度", "quarter_pair"),
    (r"第?([一二三四1-4])季度", "quarter"),
    (r"(?:较|比)“?十([三四])五”?末", "since_plan_end"),  # 比“十三五”末增加: 2020 to now
    (r"“?十四五”?末", "y2025"),
    (r"“?十三五”?末", "y2020"),
]
# Every pattern starts with one of these characters (keep them in step): checked first, the
# characters rule out most positions at once, five times faster than trying every pattern there.
_FIRST_CHARS = r"(?=[从自\d截较比与今本在去上下全前第一二三四昨“十过新疫中高年目当])"
_REGEX = re.compile(_FIRST_CHARS + "(?:" + "|".join(f"(?P<g{i}>{p})" for i, (p, _) in enumerate(_PATTERNS)) + ")")
_NESTED = [re.compile(p) for p, _ in _PATTERNS]
_COMPARISONS = {f"g{i}" for i, (_, kind) in enumerate(_PATTERNS) if kind == "comparison"}
_BASES = {f"g{i}" for i, (_, kind) in enumerate(_PATTERNS) if kind in ("since_base", "since_plan_end")}
_PART_END = re.compile("[；;]")
_YEARS = re.compile(r"(\d{4})年")


def _ym(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


_PLANNED = re.compile(r"将|计划|力争|拟|争取")  # not 预计: 预计全年 estimates the year just ended
_FUTURE = re.compile(_PLANNED.pattern + "|预计")
_MULTIPLE_OF = re.compile(r"(?:是|为|相当于)$")
_PLANNING = re.compile(r"计划|安排|思路|打算")
_ANY_TIME_WORD = re.compile(r"[年月日天今去昨季]|十[三四]五|疫情|[高中]考|目前|当前")
_QUARTER_NUMERALS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4}


def resolve(sentence_before: str, doc_date: date | None, year_in_force: int | None = None) -> str | None:
    """The period of a figure, from the time expressions in its sentence before it. A period
    within a year (全年, 上半年) is of `year_in_force` if given (the year that opens the
    paragraph: 2022年末，…。全年出生人口…), else of the document's year; so is the end of a
    change against a base year (较2021年下降 in the 2022 bulletin: 2021..2022)."""
    if not _ANY_TIME_WORD.search(sentence_before):
        return None
    # the last time expression, passing over comparison bases (比去年同期), and over a base year
    # (比2020年) of an earlier part of the sentence
    found = [
        m
        for m in _REGEX.finditer(sentence_before)
        if m.lastgroup not in _COMPARISONS
        and not (m.lastgroup in _BASES and _PART_END.search(sentence_before, m.end()))
    ]
    if not found:
        return None
    m = found[-1]
    years = [int(y) for y in _YEARS.findall(sentence_before)]
    kind, groups = _kind_and_groups(m)
    if (
        kind == "year"
        and _MULTIPLE_OF.search(sentence_before, 0, m.start())
        and sentence_before.startswith("的", m.end())
    ):
        kind = "since_base"  # 是1988年的约90倍: a ratio over the years since
    year = doc_date.year if doc_date else None
    if kind == "whole_year" and _PLANNED.search(sentence_before):
        kind = "this_year"  # 全年计划实施… in a January report: this year's plan, not the year just ended
    if kind == "month":  # 5月份: of the year written before it or in force, else the latest by the document
        written = _year_written_before(found, year) or year_in_force
        if written:
            kind, groups = "month_of_year", [written, groups[0]]
        elif doc_date and groups[0] > doc_date.month and not _FUTURE.search(sentence_before):
            year -= 1  # 12月份 in a January report; not 将于10月份竣工
    elif kind in _IN_A_YEAR:
        written = _year_written_before(found, year)  # 2021年全年, 去年上半年, 今年一季度
        if written or year_in_force:
            year, kind = written or year_in_force, "this_year" if kind == "whole_year" else kind
    elif kind == "since_base" and year_in_force and year_in_force > groups[0]:
        year = year_in_force  # 较2021年下降 in the 2022 bulletin: 2021..2022
    return _resolve(kind, groups, year, doc_date, years)


# What a report's title may name as the span it covers, with its year (2023年1-8月, 2023年上半年)
_REPORT_SPANS = {"month_range_of_year", "through_month_of_year", "month_of_year", "quarter", "quarters",
                 "quarter_range", "first_half", "second_half"}  # fmt: skip


@lru_cache(maxsize=1024)  # asked once per paragraph, of its article's title
def title_period(title: str, doc_date: date | None) -> str | None:
    """The span a report's title names with its year (晋江市2023年1-8月民生实事项目进展情况): the
    period of its figures that name no time. A press conference's date, a year alone, two spans
    (上半年工作总结和下半年工作计划) or days (10月1-7日) are no span."""
    found = [m for m in _REGEX.finditer(title) if m.lastgroup not in _COMPARISONS]
    spans = [m for m in found if _kind_and_groups(m)[0] in _REPORT_SPANS]
    if len(spans) != 1 or spans[0] is not found[-1] or not _YEARS.search(title) or _PLANNING.search(title):
        return None
    if title[spans[0].end() : spans[0].end() + 1].isdigit():
        return None
    return resolve(title, doc_date)


def names_time(text: str) -> bool:
    """Whether `text` holds a time word, resolved or not (近五年来, 十四五以来, 年均)."""
    return bool(_ANY_TIME_WORD.search(text))


def opening_time(text: str, pos: int) -> str:
    """The time expressions that open `text` at `pos` unless the last is a whole year or years, as
    今年一季度 opens 今年一季度接待游客…；实现旅游收入…: they hold for every part of the sentence.
    A year alone is its own part's (2021年“三公”经费…下降70%；民生支出年均增长10.7%)."""
    end = pos = len(text) - len(text[pos:].lstrip())
    last = None
    while (m := _REGEX.match(text, end)) and m.lastgroup not in _COMPARISONS | _BASES:
        end, last = m.end(), m
    return text[pos:end] if last and _kind_and_groups(last)[0] not in _YEARS_WHOLE else ""


def _year_written_before(found: list[re.Match], doc_year: int | None) -> int | None:
    """The year of the expression right before the last one (2021年 of 2021年全年), if any."""
    if len(found) < 2 or found[-2].end() != found[-1].start():
        return None
    year_kind, year_groups = _kind_and_groups(found[-2])
    named = {"year": year_groups[0] if year_groups else None, "this_year": doc_year}
    named["last_year"] = doc_year - 1 if doc_year else None
    return named.get(year_kind)


# Periods of whole years, or running over years.
_YEARS_WHOLE = {"year", "this_year", "last_year", "year_range", "year_since", "since_epidemic", "since_base"}
# Periods within a year: the year is the document's unless one is written right before them.
_IN_A_YEAR = {"whole_year", "first_half", "second_half", "quarters", "quarter", "quarter_range", "quarter_pair"}


def _kind_and_groups(m: re.Match) -> tuple[str, list[int]]:
    index = int(m.lastgroup[1:])
    groups = [_QUARTER_NUMERALS.get(g) or int(g) for g in _NESTED[index].fullmatch(m.group()).groups() if g]
    return _PATTERNS[index][1], groups


def _resolve(kind, g, year, doc_date, years) -> str | None:
    if kind == "day_range":  # 11月1日至7日: days of one month
        kind, g = "date_range", [g[0], g[1], g[0], g[2]]
    if kind == "year":
        return f"{g[0]}"
    if kind == "year_range":
        return f"{g[0]}..{g[1]}" if g[1] > g[0] else None
    if kind == "year_since":
        return f"{g[0]}..{year}" if year else f"{g[0]}"
    if kind == "since_plan_end":
        base = 2020 if g[0] == 3 else 2025
        return f"{base}..{year}" if year and year > base else None
    if kind == "since_base":
        later = [y for y in years if y > g[0]]
        return f"{g[0]}..{later[0]}" if later else (f"{g[0]}..{year}" if year else None)
    if kind == "full_date":
        return _iso(g[0], g[1], g[2])
    if kind == "month_of_year":
        return _ym(g[0], g[1])
    if kind == "through_month_of_year":
        return f"{_ym(g[0], 1)}..{_ym(g[0], g[1])}"
    if kind == "date_range_of_year":
        lo = _iso(*g[:3])
        if len(g) == 6:  # 2022年12月30日-2023年1月2日
            hi = _iso(*g[3:])
        else:  # 2023年4月29日至5月3日, or into the next year: 2022年12月30日至1月2日
            hi = _iso(g[0] + ((g[3], g[4]) < (g[1], g[2])), g[3], g[4])
        return f"{lo}..{hi}" if lo and hi else None
    if kind == "month_range_of_year":
        return f"{_ym(g[0], g[1])}..{_ym(g[0], g[2])}"
    if kind == "y2025":
        return "2025"
    if kind == "y2020":
        return "2020"
    if year is None:
        return None
    if kind == "this_year":
        return f"{year}"
    if kind == "since_epidemic":
        return f"2020..{year}" if year > 2020 else ("2020" if year == 2020 else None)
    if kind == "exam_season":
        return _ym(year, 6)
    if kind == "whole_year":  # in January or February, 全年 is the year just ended
        return f"{year - 1 if doc_date.month <= 2 else year}"
    if kind == "last_year":
        return f"{year - 1}"
    if kind == "first_half":
        return f"{_ym(year, 1)}..{_ym(year, 6)}"
    if kind == "second_half":
        return f"{_ym(year, 7)}..{_ym(year, 12)}"
    if kind == "quarters":
        return f"{_ym(year, 1)}..{_ym(year, 3 * g[0])}"
    if kind == "quarter_pair" and g[1] != g[0] + 1:
        return None  # 第一、三季度: two quarters, not one period
    if kind in ("quarter_range", "quarter_pair") and g[1] > g[0]:
        return f"{_ym(year, 3 * g[0] - 2)}..{_ym(year, 3 * g[1])}"
    if kind == "quarter":
        return f"{_ym(year, 3 * g[0] - 2)}..{_ym(year, 3 * g[0])}"
    if kind == "through_month":
        return f"{_ym(year, 1)}..{_ym(year, g[0])}"
    if kind == "month":
        return _ym(year, g[0]) if 1 <= g[0] <= 12 else None
    if kind == "month_since":
        return f"{_ym(year, g[0])}..{_ym(doc_date.year, doc_date.month)}" if 1 <= g[0] <= doc_date.month else None
    if kind == "month_range":
        return f"{_ym(year, g[0])}..{_ym(year, g[1])}"
    if kind == "now":
        return None
    if kind in ("yesterday", "today"):
        return (doc_date - timedelta(days=1 if kind == "yesterday" else 0)).isoformat()
    if kind == "date_range":  # 4月29日至5月3日: the latest such days ending by the document date
        y = year if (g[2], g[3]) <= (doc_date.month, doc_date.day) else year - 1
        lo = _iso(y if (g[0], g[1]) <= (g[2], g[3]) else y - 1, g[0], g[1])  # 12月30日至1月2日
        hi = _iso(y, g[2], g[3])
        return f"{lo}..{hi}" if lo and hi else None
    if len(g) == 3:  # 2023年3月1日起
        day = _iso(*g)
    else:  # a month and day without a year: the latest such day on or before the document date
        y = year if (g[0], g[1]) <= (doc_date.month, doc_date.day) else year - 1
        day = _iso(y, g[0], g[1])
    if kind == "date_since" and day:
        return f"{day}..{doc_date.isoformat()}"
    return day


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def bounds(period: str | None) -> tuple[date | None, date | None]:
    """A period string as first and last day."""
    if not period:
        return None, None
    lo, _, hi = period.partition("..")
    return _first_day(lo), _last_day(hi or lo)


def _first_day(p: str) -> date:
    parts = [int(x) for x in p.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def _last_day(p: str) -> date:
    parts = [int(x) for x in p.split("-")]
    if len(parts) == 3:
        return date(*parts)
    month = parts[1] if len(parts) > 1 else 12
    return date(parts[0], month, calendar.monthrange(parts[0], month)[1])
