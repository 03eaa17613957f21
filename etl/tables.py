"""Plain-text tables: a statistics release's rows, set out in columns with runs of spaces.

    指标名称                      2022年      比上年增减
    每千人口医疗卫生机构床位数（张）    6.12        ＋0.27

The cells of a row hold bare numbers; their unit is in brackets in the row's head, and what each
column means (a year, a change against the year before) is in the header row above. Or the header's
columns name the measures with their units (保障性租赁住房筹集（套）, 同比增长%) and each row's head
names a place (鼓楼区) or a total (合计); a column that names no unit takes the table's, which its
caption gives (表1 2023年上半年各县（区）一般公共预算收入完成情况  单位：万元), and the caption's subject
is what the columns' measures are of. Prose extraction finds no figure in such a row, as no unit
follows its numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .numbers import MAGNITUDES, tidy
from .units import Unit, match_unit

# a tab, a full-width space, two spaces, or a bar (序号 | 项目名称 | 总投资(亿元))
_GAP = re.compile(r"[\t\u3000][ \t\u3000]*|  [ \t\u3000]*")
_GAP_OR_BAR = re.compile(_GAP.pattern + r"|[ \t\u3000]*[|｜][ \t\u3000]*")  # slower: only for a line with a bar
# cells apart by commas, as a data portal exports a table (指标,单位,2023年,比上年增长(%)): three or
# more, and no Chinese punctuation, which prose has
_CSV = re.compile(r"[^,，。；;：:\s][^,，。；;]*(?:,[^,，。；;]*){2,}")
_CSV_NUMBER = re.compile(r",\s*[+\-−]?\d+(?:\.\d+)?\s*(?:,|$)")  # a row holds a number (prose: 强调,要…,筑牢)
_CSV_HEADER = re.compile(r"(?:^|,)\s*(?:(?:计量)?单位|\d{4}年[^,]*|[^,]*(?:增长|增速|同比)[^,]*)\s*(?:,|$)")
_UNIT_COLUMN = re.compile(r"(?:计量)?单位")  # a column of each row's unit: 地区生产总值,亿元,3318.62
# a head with its unit in brackets; digits only in a name (5G基站数（个）), after its first characters
_HEAD = re.compile(
    r"(?P<label>(?:[^\d\s]|(?<=[^\d\s])\d|\d(?=[A-Za-z]))[^\s]{1,39}?)[（(](?P<unit>[^（()）\d\s]{1,8})[）)]$"
)
_CELL = re.compile(  # 99.91%: its own unit; 14,826: its thousands set apart by commas
    r"(?P<sign>[+＋\-－−])?(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<unit>[%％‰])?"
    r"(?P<bound>以内|以下|以上|左右)?[*＊※]?"  # 5.5以内: a target's bound; 12.5*: a footnote's mark
)
_BOUND_KIND = {"以内": "at_most", "以下": "at_most", "以上": "at_least", "左右": "approx"}
_RANK_COLUMN = re.compile(r"序号|排名|名次|位次")
_EMPTY_CELL = re.compile(r"[—－\-…/／]*")  # a cell without a value, that keeps its column (,, in a CSV line)
_WHERE_COLUMN = re.compile(r"(?:建设|实施|项目)?(?:地点|所在地)|所在(?:县区|地区)|县（市、区）|县区|区县")
_WORDS_CELL = re.compile(r"[\u4e00-\u9fff（）()、]{1,16}")
_TEXT_HEAD = re.compile(r"\d*[.、．]?[\u4e00-\u9fff“”（）()、]{2,}")  # a head's second part: 3.危及“三安全一稳定”
_TEXT_CELL = re.compile(r"(?=(?:[^\u4e00-\u9fff]*[\u4e00-\u9fff]){4}).{4,}")  # 新建钢结构厂房620平方米，…
_CHANGE_COLUMN = re.compile(r"增减|增长|增幅|增速|变化|比上年|同比|较上年|环比")
_COLUMN_UNIT = re.compile(
    r"[（(](?:单位[:：])?([^（()）\d\s]{1,8})[）)]|([%％‰])$"
)  # 筹集（套）, 同比增长%, 金额（单位：万元）
_TABLE_UNIT = re.compile(r"单位[:：]\s*([^\s，,。；;（()）]{1,6})")
# a column or a row head naming a count or an index holds bare numbers: 本年制发件数, 综合指数,
# 本年新收政府信息公开申请数量
_UNITLESS = re.compile(r"(?:指数|系数|数量|数)$")  # …件数, 村（社区）数: what is counted, no unit
_CAPTION_UNIT = re.compile(r"[（(]([^（()）\d\s]{1,6})[）)]\s*$")  # 分月累计增速（%）
# what a caption says besides its subject: its period, scope and kind
_CAPTION_NUMBER = re.compile(r"^表\s*\d+[.、：:]?")
_CAPTION_EXTRA = re.compile(
    r"\d{4}年|[上下]半年|前三季度|[一二三四]季度|\d{1,2}(?:[-—～~]\d{1,2})?月(?:份)?"
    r"|各(?:县（市、区）|县（区）|县区|县市区|区县|地区|设区市)|分(?:县（市、区）|县（区）|地区)"
    r"|(?:完成情况|执行情况|统计表|一览表|汇总表|情况表|情况)$"
)
# a column of the measure itself, which adds nothing to it: 1-6月完成, 绝对数, 总计
_ITSELF = frozenset(
    "|完成|实绩|累计完成|实际完成|实际|实际数|绝对数|数值|数量|总量|指标值|合计|总计|本期|本月|本年|累计".split("|")
)
_MINUS = "-－−"
_CHANGE_ONLY = re.compile(r"(?:同比|比上年|较上年)?(?:增长|增速|增幅|增减|变化)率?")
_TOTAL = re.compile(
    r"(?:全市|全区|全县|全省)?(?:合计|总计|小计|全市|全区|全县|全省)|[市县区省]本级"
)  # 市本级: the city's own budget


@dataclass(frozen=True)
class Cell:
    start: int
    end: int  # the number's span in the row, its sign left out
    value: float
    unit: Unit | None  # None for a count or an index that the table writes bare
    falling: bool  # written with a minus
    column: str  # the header's name of the cell's column ('' without a header)
    qualifier: str = "exact"  # at_most for 5.5以内


@dataclass(frozen=True)
class Row:
    label: str  # the measure of every cell, from the head (床位数（张）); '' when each column names its own
    cells: tuple[Cell, ...]
    name: str = ""  # the head of a row whose columns name the measures: a place, or a total (合计)
    where: str = ""  # a cell under a column of where (建设地点: 仓山区)


def header(text: str) -> list[str] | None:
    """The column names of a header row (指标名称  2022年  比上年增减), or None."""
    if not (has_gap(text) or _is_csv(text) and _CSV_HEADER.search(text)):
        return None  # most paragraphs: one search, not a list of parts
    names = [part for _, part in _parts(text)]
    if len(names) < 2 or any(_CELL.fullmatch(c) for c in names) or _HEAD.match(names[0] or ""):
        return None
    if _CAPTION_NUMBER.fullmatch(names[0]):
        return None  # 表2　…: the next table's caption
    return names


def sub_header(columns: list[str] | None, text: str) -> list[str] | None:
    """The header's second line, which names under each measure its unit and its change
    (县区 | 规上工业增加值 | 社会消费品零售总额, then 增长(%) | (亿元) | 增长(%)): one column per name of the
    line, with the measure above it, or None. A change after a unit is of the unit's measure."""
    if not columns or len(columns) < 2 or not has_gap(text):
        return None
    subs = [part for _, part in _parts(text)]
    if not all(_COLUMN_UNIT.search(sub) for sub in subs):
        return None
    tops, merged, top, after_unit = iter(columns[1:]), [columns[0]], None, False
    for sub in subs:
        change = names_change_only(sub)
        if not (change and after_unit):
            top = next(tops, None)
            if top is None:
                return None
        merged.append(top + sub)
        after_unit = not change
    return merged if next(tops, None) is None else None


def row(
    text: str, columns: list[str] | None, table_unit: tuple[float, Unit] | None = None, counting: bool = False
) -> Row | None:
    """A row of a table: a head with its unit in brackets, then numbers only, set apart by runs
    of spaces; the cells' columns from `columns` when the header has one name per cell and the head
    (a rank before the head, under 序号 or 排名, is left out). A cell's unit is its own (99.91%), its
    column's (受理量（件）), the head's, or `table_unit`, the caption's (单位：万元) for the named columns;
    a count or an index that its column or head names needs none (本年制发件数, 综合指数), and nor do
    the rows of whole numbers under rows that counted so (`counting`: （一）予以公开  118  11  129)."""
    parts = _parts(text) if has_gap(text) else []
    if columns and len(parts) == len(columns) + 1 and _TEXT_HEAD.fullmatch(parts[1][1]):
        parts = [(parts[0][0], parts[0][1] + parts[1][1]), *parts[2:]]  # （三）不予公开　3.危及…: one head
    names = list(columns) if columns and len(columns) == len(parts) else None
    if columns and len(parts) == len(columns) - 1 and _RANK_COLUMN.fullmatch(columns[0]):
        names = list(columns[1:])  # the total's row, its rank left blank
    if names and len(parts) > 2 and any(_RANK_COLUMN.fullmatch(name) for name in names):
        kept = [(part, name) for part, name in zip(parts, names) if not _RANK_COLUMN.fullmatch(name)]
        parts, names = [part for part, _ in kept], [name for _, name in kept]  # 1  东山县  3215  99.91%
    row_unit = None
    if names and (k := next((k for k, name in enumerate(names) if k and _UNIT_COLUMN.fullmatch(name)), 0)):
        written = parts[k][1]
        if (row_unit := _unit(written) or (_BARE if "=" in written else None)) is not None:
            parts, names = parts[:k] + parts[k + 1 :], names[:k] + names[k + 1 :]  # 亿元; 上年=100: an index's base
    if len(parts) < 2:
        return None
    head = _HEAD.match(parts[0][1])
    unit = (_unit(head.group("unit")) or _HEAD_UNITS.get(head.group("unit")) if head else None) or row_unit
    counted = None if head else _counted(parts[0][1])  # 一、本年新收政府信息公开申请数量  286  26  312
    if counting and not head and not counted and all(_WHOLE.fullmatch(part) for _, part in parts[1:]):
        counted = _ENUMERATOR.sub("", parts[0][1], count=1) or None  # more of the same count
    found = [(pos, _CELL.fullmatch(part), part) for pos, part in parts[1:]]
    where = ""
    if names:  # under a header, a column of words (属性: 预期性) holds no figure; an office (单位) is whose they are
        where = next((f[2] for f, name in zip(found, names[1:]) if _WHERE_COLUMN.fullmatch(name)), "")
        kept = [
            (f, name)
            for f, name in zip(found, names[1:])
            if not (_WORDS_CELL.fullmatch(f[2]) or not f[1] and _TEXT_CELL.fullmatch(f[2]))
            or _UNIT_COLUMN.fullmatch(name)
        ]
        found, names = [f for f, _ in kept], ["", *(name for _, name in kept)]
    names = names[1:] if names else [""] * len(found)
    if not found or not all(m or _EMPTY_CELL.fullmatch(part) for _, m, part in found):
        return None
    units = [
        (_unit(m.group("unit")) if m.group("unit") else None)
        or _column_unit(name)
        or unit
        or (name and table_unit)
        or _counted_unit(counted or name)
        or (_BARE if counted else None)
        if m
        else None
        for (_, m, _), name in zip(found, names)
    ]
    # 保障性租赁住房筹集（套）; 年初预算 under 单位：万元; columns of counts and rates under a header
    by_column = (
        unit is None and not counted and columns is not None and all(u for u, (_, m, _) in zip(units, found) if m)
    )
    if not (unit or counted or by_column):
        return None
    cells = [
        Cell(pos + m.start("number"), pos + m.end("unit" if m.group("unit") else "number"),
             tidy(float(m.group("number").replace(",", "")) * u[0]), u[1], (m.group("sign") or "+") in _MINUS, name,
             _BOUND_KIND.get(m.group("bound"), "exact"))
        for (pos, m, _), u, name in zip(found, units, names)
        if m
    ]  # fmt: skip
    if by_column:
        return Row("", tuple(cells), _bare_head(parts[0][1]), where)
    return Row(_bare_head(counted or (head.group("label") if head else parts[0][1])), tuple(cells), where=where)


def _bare_head(head: str) -> str:
    """A row head without its marks: 其中：轻工业 is 轻工业."""
    return head.lstrip("#＃").removeprefix("其中：").removeprefix("其中:")


_BARE = (1.0, None)  # the unit of a cell that needs none: a count or an index
# units a row head may name that prose never writes after a figure (年 there is a date's)
_HEAD_UNITS = {"年": (1.0, Unit("年", "年", "duration"))}  # 劳动年龄人口平均受教育年限(年)
_UNIT_AT_END = re.compile(  # 抽检批次, 新增确诊病例, “海峡号”航次
    r"(?<=[\u4e00-\u9fff”])(?:批次|人次|家次|户次|件次|航次|班次|架次|车次|场次|艘次|辆次|例)$"
)
_COUNT_OF = re.compile(r"([件人户次个])数$")  # 件数 counts 件


def _counted_unit(name: str | None) -> tuple[float, Unit | None] | None:
    """The unit of the cells of a count that a column or a row head names: 件 for 件数, 批次 for
    抽检批次, none for 数量 or an index (综合指数); None when the name names no count."""
    if name and (unit := _UNIT_AT_END.search(name)):
        return 1.0, match_unit(unit.group(), 0)
    if not name or not _UNITLESS.search(name):
        return None
    named = _COUNT_OF.search(name)
    return (1.0, match_unit(named.group(1), 0)) if named else _BARE


_WHOLE = re.compile(r"\d+")
_ENUMERATOR = re.compile(r"[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．]")


def _counted(head: str) -> str | None:
    """The measure of a row head that names a count or an index (一、本年新收政府信息公开申请数量),
    its numbering left out, or None."""
    label = _ENUMERATOR.sub("", head, count=1) if _ENUMERATOR.match(head) else head
    return label if len(label) >= 2 and _UNITLESS.search(label) and not any(c.isdigit() for c in label) else None


def _column_unit(name: str) -> tuple[float, Unit] | None:
    own = _COLUMN_UNIT.search(name)
    return _unit(own.group(1) or own.group(2)) if own else None


@dataclass(frozen=True)
class Caption:
    """What a table's caption says of all its cells: their unit, what they are of, and whether
    they are changes (表1 2023年湖里区主要指标分月累计增速（%）)."""

    unit: tuple[float, Unit]
    subject: str
    changes: bool


def caption(text: str) -> Caption | None:
    """The caption of a table that gives its unit (单位：万元, or a unit in brackets at the end of a
    caption in one piece, not of a header's last column), or None."""
    if "单位" not in text and not text.endswith(("）", ")")):
        return None  # most paragraphs: two tests, not three searches
    found = _TABLE_UNIT.search(text) or (_CAPTION_UNIT.search(text) if _one_piece(text) else None)
    unit = _unit(found.group(1)) if found else None
    if unit is None:
        return None
    changes = unit[1].dimension == "percent" and bool(_CHANGE_COLUMN.search(text))  # a table of growth rates
    return Caption(unit, caption_subject(text[: found.start()]), changes)


def _one_piece(text: str) -> bool:
    """A caption's text, after its number (表1　…), not a header's columns."""
    parts = _parts(text)
    return len(parts) == 1 or (len(parts) == 2 and bool(_CAPTION_NUMBER.fullmatch(parts[0][1])))


def caption_subject(caption: str) -> str:
    """What a table's figures are of, from its caption: `一般公共预算收入` of `表1 2023年上半年各县
    （区）一般公共预算收入完成情况  单位：万元`."""
    text = _CAPTION_NUMBER.sub("", caption.split("单位")[0].strip())
    return _CAPTION_EXTRA.sub("", re.sub(r"\s+", "", text))


def measure(column: str, subject: str = "") -> str:
    """`保障性租赁住房筹集` of the column `保障性租赁住房筹集（套）`; under a caption's subject, the
    subject and what the column adds (`一般公共预算收入年初预算`; the subject alone for 1-6月完成, and
    for a column of changes, which `change_label` words)."""
    if not subject:
        return _COLUMN_UNIT.sub("", column).strip()
    return subject if is_change(column) else subject + column_measure(column)


def column_measure(column: str) -> str:
    """What a column names besides its unit, period and scope, or '' for the value itself (绝对数)."""
    own = _CAPTION_EXTRA.sub("", _COLUMN_UNIT.sub("", column).strip())
    return "" if own in _ITSELF else own


def is_total(head: str) -> bool:
    """A row of the total (合计, 全市合计) or of the city's own level (市本级), not of a measure or a place."""
    return bool(_TOTAL.fullmatch(head))


def _gaps(text: str) -> re.Pattern[str]:
    return _GAP_OR_BAR if "|" in text or "｜" in text else _GAP


def has_gap(text: str) -> bool:
    """Cells set apart: by a tab, a full-width space or two spaces, or by the commas of a CSV row."""
    return _gaps(text).search(text) is not None or (_is_csv(text) and _CSV_NUMBER.search(text) is not None)


# a line that heads a group of a table's rows (一、工业; 其中：), under the table's header
_GROUP_LINE = re.compile(r"(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])?[\u4e00-\u9fff]{1,10}[：:]?")


_RULE_LINE = re.compile(r"[─━═—\-_=＝|｜:：\s]{3,}")  # ────, |---|---|


def heads_group(text: str) -> bool:
    """A line between a table's rows that names their group (一、工业) or rules them off (────):
    the header still holds."""
    return _GROUP_LINE.fullmatch(text.strip()) is not None or _RULE_LINE.fullmatch(text.strip()) is not None


def is_table_line(text: str) -> bool:
    """A table's row or header: never part of a sentence cut across lines."""
    return has_gap(text) or header(text) is not None


def _is_csv(text: str) -> bool:
    return "," in text and _CSV.fullmatch(text) is not None


def has_number_cells(text: str) -> bool:
    """Two or more cells of numbers (闽侯县	4320	290): a table's row, whatever its head."""
    return has_gap(text) and sum(bool(_CELL.fullmatch(p)) for _, p in _parts(text)) >= 2


def _parts(text: str) -> list[tuple[int, str]]:
    """The cells of a line with their offsets: what lies between its gaps; a head spaced out
    letter by letter (全  市, 合  计) is one cell; a CSV line's cells are apart by its commas."""
    gaps = _gaps(text)
    if not gaps.search(text):
        starts = [0, *(i + 1 for i, c in enumerate(text) if c == ",")]
        return [(a + len(c) - len(c.lstrip()), c.strip()) for a, c in zip(starts, text.split(","))]
    parts, pos = [], 0
    for gap in [*gaps.finditer(text), None]:
        end = gap.start() if gap else len(text)
        cell = text[pos:end]
        if cell.strip():
            parts.append((pos + len(cell) - len(cell.lstrip()), cell.strip()))
        pos = gap.end() if gap else pos
    if len(parts) > 2 and all(len(p) == 1 and "\u4e00" <= p <= "\u9fff" for _, p in parts[:2]):
        parts[:2] = [(parts[0][0], parts[0][1] + parts[1][1])]
    return parts


def _unit(written: str) -> tuple[float, Unit] | None:
    """`万元` → (10000, 元); a unit the unit table does not hold (‰ does, 人/千人 does not) is None."""
    magnitude = next((m for m in MAGNITUDES if written.startswith(m) and len(written) > len(m)), "")
    rest = written[len(magnitude) :]
    unit = match_unit(rest, 0)
    factor = MAGNITUDES.get(magnitude, 1.0)
    return (factor, unit) if unit is not None and unit.written == rest else None


def is_change(column: str) -> bool:
    return bool(_CHANGE_COLUMN.search(column))


def names_change_only(column: str) -> bool:
    """A column that names a change and no measure (增长（%）): of the measure of the column before."""
    return bool(_CHANGE_ONLY.fullmatch(measure(column)))


_CHANGE_WORD = re.compile(r"(?:同比|比上年)?(?:增速|增长率?|增幅|增减)$")


def falling_label(label: str) -> str:
    """`固定资产投资下降` for a cell written −2.7 in the row `固定资产投资增速（%）`."""
    return _CHANGE_WORD.sub("", label) + "下降"


def change_label(label: str, column: str, falling: bool) -> str:
    """`婴儿死亡率比上年下降` for a cell of `比上年增减` written −0.12: the direction in words, the
    value positive, as the spec writes a change (once: 规上工业增加值增长 of 规上工业增加值增长(%))."""
    base = "比上年" if "上年" in column else "同比" if "同比" in column else ""
    rises = "增长" if re.search(r"增长|增速|增幅", column) else "增加"
    return _CHANGE_WORD.sub("", label) + base + ("下降" if falling else rises)
