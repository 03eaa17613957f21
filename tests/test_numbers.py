"""Numerals: Arabic, Chinese and mixed, with magnitudes, ranges and qualifiers."""

import pytest

from etl.extract import find_numbers
from etl.numbers import parse_number


@pytest.mark.parametrize(
    "token, value",
    [
        ("124", 124),
        ("54.8", 54.8),
        ("1,200", 1200),
        ("1,234,567.5", 1234567.5),
        ("两", 2),
        ("十二", 12),
        ("一千三百", 1300),
        ("三万五千", 35000),
        ("一万二千", 12000),
        ("百分之五十", 50),
        ("三分之二", 2 / 3),
        ("三分之一", 1 / 3),
        ("十四点八", 14.8),
        ("零点五", 0.5),
        ("三点五万", 35000),
    ],
)
def test_parse_number(token, value):
    assert parse_number(token) == pytest.approx(value)


@pytest.mark.parametrize("token", ["万", "千", "亿"])
def test_a_bare_magnitude_word_is_not_a_number(token):
    with pytest.raises(ValueError):
        parse_number(token)


def one(text):
    numbers = find_numbers(text)
    assert len(numbers) == 1, numbers
    n = numbers[0]
    return n.value, n.value_high, n.unit.canonical if n.unit else None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("全市粮食播种面积124万亩,", (1240000, None, "亩")),
        ("投资70亿元", (7e9, None, "元")),
        ("发放宣传材料3.93万份", (39300, None, "份")),
        ("检测样品25155万份", (251550000, None, "份")),
        ("工业日均用电量7400万千瓦时左右", (74000000, None, "千瓦时")),
        ("新增医疗机构床位1.3万张", (13000, None, "张")),
        ("治理2万亿元", (2e12, None, "元")),
        ("收缴假冒伪劣食品1633.4kg", (1633.4, None, "kg")),
        ("占比达97.85%", (97.85, None, "%")),
        ("占比达97.85％", (97.85, None, "%")),
        ("比例达到百分之五十", (50, None, "%")),
        ("增长了三成", (3, None, "成")),  # kept as written, as the spec keeps 个百分点
        ("出生率为7.5‰", (7.5, None, "‰")),
        ("下降2个百分点", (2, None, "个百分点")),
        ("围绕2至3项主导产业", (2, 3, "项")),
        ("风力3-4级,新增病例3-4例", (3, 4, "例")),
        ("开发公益性岗位4000余个", (4000, None, "个")),
        ("配送人员1万多人", (10000, None, "人")),
        ("组建巡防队伍3万余人", (30000, None, "人")),
        ("新增病例十二例", (12, None, "例")),
        ("新增注册全科医生1100多名", (1100, None, "人")),
        ("作业船只7087航次", (7087, None, "航次")),
        ("建成深水抗风浪网箱120组", (120, None, "组")),
        ("在用数据中心标准机架9.6万架", (96000, None, "架")),
        ("企业开办时间压缩至1个工作日", (1, None, "工作日")),
        ("建设工期为20个月", (20, None, "个月")),
        ("人均绿地面积达到十四点八平方米", (14.8, None, "平方米")),
        ("约三点五万人参与", (35000, None, "人")),
        ("三点五至四点二万人次", (35000, 42000, "人次")),
        ("二点五至三万吨", (25000, 30000, "吨")),
    ],
)
def test_find_numbers(text, expected):
    value, high, unit = one(text)
    assert value == pytest.approx(expected[0])
    assert high == (None if expected[1] is None else pytest.approx(expected[1]))
    assert unit == expected[2]


def test_numbers_without_units_are_not_mentions():
    assert find_numbers("拨打电话0591-968871或85501111,地铁5号线,2022年3月18日18:19") == []


def test_neighbouring_digits_and_numbers_that_only_look_alike():
    from etl.numbers import neighbouring_pair

    assert neighbouring_pair("七八") == (7, 8)
    assert neighbouring_pair("两三百万") == (2_000_000, 3_000_000)
    assert neighbouring_pair("三五") is None  # not neighbours: 三五 is a name (三五成群), no range
    assert neighbouring_pair("二十") is None
    assert neighbouring_pair("一两") == (1, 2)
    assert neighbouring_pair("一二") is None  # 一二线城市, 一二年级


def test_groups_of_three_digits_set_apart_by_a_space_are_one_number():
    from etl.extract import find_numbers

    text = "全乡土地面积2 246.7平方千米，城镇居民人均可支配收入46 832元，全年接诊3 123人次。2023年 123家"
    assert [(text[n.start : n.end], n.value) for n in find_numbers(text)] == [
        ("2 246.7平方千米", 2246.7),
        ("46 832元", 46832),
        ("3 123人次", 3123),
        ("123家", 123),  # a year is no group of three
    ]
