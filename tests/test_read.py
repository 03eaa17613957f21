"""Reading files: encodings detected, bad files rejected with a reason."""

import codecs
import os

import opencc
import pytest

from etl.read import decode, list_inputs, read_file

TEXT = "福州市新增本土确诊病例3例，新增本土无症状感染者35例。全市划定高风险区164个。"
TRADITIONAL = opencc.OpenCC("s2t").convert(TEXT)
NAVIGATION = "中華新聞網\n首頁｜政治｜財經｜兩岸｜國際｜社會｜地方｜影音｜專題\n您的位置：首頁 ＞ 兩岸\n\n"


@pytest.mark.parametrize(
    "data, encoding",
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8"),
        (TEXT.encode("gb18030"), "gb18030"),
        (TRADITIONAL.encode("big5"), "big5"),
        # a Taiwanese page whose navigation bar the detector takes for noise
        ((NAVIGATION + TRADITIONAL).encode("big5"), "big5"),
        (TEXT.encode("utf-16"), "utf-16"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
        (TEXT.encode("utf-16-be"), "utf-16-be"),
    ],
)
def test_encodings_are_detected_and_decoded(data, encoding):
    raw = decode("doc.txt", data)
    assert raw.encoding == encoding
    assert raw.text.lstrip("\ufeff").removeprefix(NAVIGATION) in (TEXT, TRADITIONAL)


def test_truncated_utf8_keeps_the_text():
    raw = decode("cut.txt", TEXT.encode("utf-8")[:-2])
    assert raw.encoding == "utf-8"
    assert raw.text.startswith("福州市新增本土确诊病例3例")


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty file"),
        (b"  \n\t\n", "empty file"),
        (bytes(range(256)) * 40, "binary file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(300), "binary file"),
        (b"just some english text without any chinese at all\n" * 5, "no Chinese text"),
    ],
)
def test_bad_files_are_rejected_with_a_reason(data, reason):
    reject = decode("bad.bin", data)
    assert reject.reason.startswith(reason)


def test_symlink_out_of_the_input_folder_is_rejected(tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text(TEXT, encoding="utf-8")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "link.txt").symlink_to(outside)
    (folder / "ok.txt").write_text(TEXT, encoding="utf-8")
    results = {p.name: read_file(p, folder) for p in list_inputs([folder])}
    assert results["link.txt"].reason == "symlink pointing outside the input folder"
    assert results["ok.txt"].text == TEXT


def test_folders_are_listed_recursively_in_path_order_without_entering_linked_folders(tmp_path):
    folder = tmp_path / "in"
    (folder / "b").mkdir(parents=True)
    (folder / "a-c").mkdir()
    for name in ("b/2.txt", "b/1.txt", "a-c/3.txt", "z.txt"):
        (folder / name).write_text(TEXT, encoding="utf-8")
    (folder / "linked").symlink_to(folder / "b", target_is_directory=True)
    (folder / "fifo").mkdir()
    os.mkfifo(folder / "fifo" / "pipe")  # not a file: not listed
    names = [p.relative_to(folder).as_posix() for p in list_inputs([folder])]
    assert names == ["a-c/3.txt", "b/1.txt", "b/2.txt", "linked", "z.txt"]
    assert list_inputs([folder / "z.txt"]) == [folder / "z.txt"]


def test_chinese_text_needs_ten_cjk_characters_in_the_first_200000():
    assert decode("ten.txt", ("abc 福州市新增本土确诊病 xyz").encode()).text
    assert decode("nine.txt", ("abc 福州市新增本土确诊 xyz").encode()).reason.startswith("no Chinese text")
    late = ("x" * 200_000 + TEXT).encode()
    assert decode("late.txt", late).reason == "no Chinese text (decoded as utf-8)"


def test_a_few_control_characters_are_tolerated():
    assert decode("few.txt", (TEXT + "\x01" * 8).encode()).text
    assert decode("many.txt", (TEXT + "\x01" * 9).encode()).reason == "binary file"


def test_utf16_without_bom_needs_mostly_chinese():
    assert decode("cjk.txt", (TEXT * 3).encode("utf-16-le")).encoding == "utf-16-le"
    assert decode("latin.txt", ("abcdefgh" * 40 + TEXT).encode("utf-16-le")).reason == "binary file"
