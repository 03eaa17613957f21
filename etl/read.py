"""Bytes → text with a detected encoding, or a Reject with a one-line reason."""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import sys
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

from charset_normalizer import from_bytes

from .records import RawText, Reject

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CJK = re.compile(r"[\u4e00-\u9fff]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")
# Chinese encodings a detector may name; everything decodes through the widest superset.
_CHINESE = ("gb18030", "big5")  # tried again, with more tolerance of noise, when nothing fits
_CHINESE_NOISE = 0.9
_WIDEN = {"gb2312": "gb18030", "gbk": "gb18030", "cp936": "gb18030", "big5hkscs": "big5", "cp950": "big5"}


def list_inputs(paths: list[Path]) -> list[Path]:
    """Files named directly, or every regular file inside the folders named (sorted, recursive)."""
    files: list[Path] = []
    for p in paths:
        files.extend(sorted(_walk(p)) if p.is_dir() else [p])
    return files


def _walk(folder: Path) -> Iterator[Path]:
    """Files and symbolic links under `folder`, not entering linked folders. By the file types
    `os.scandir` already has: a stat per file cost more than the rest of an unchanged rebuild."""
    try:
        entries = list(os.scandir(folder))
    except PermissionError:
        return  # as `Path.rglob` does
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(Path(entry.path))
        elif entry.is_file() or entry.is_symlink():
            yield Path(entry.path)


def read_file(path: Path, root: Path | None = None) -> RawText | Reject:
    """Read one file; never raises for bad content, returns a Reject instead."""
    name = path.name
    if path.is_symlink() and root is not None:
        target = path.resolve()
        if not target.is_relative_to(root.resolve()):
            return Reject(name, None, "symlink pointing outside the input folder")
    try:
        data = path.read_bytes()
    except OSError as e:
        return Reject(name, None, f"unreadable: {e.strerror or e}")
    return decode(name, data)


def decode(name: str, data: bytes) -> RawText | Reject:
    sha = hashlib.sha256(data).hexdigest()
    if not data.strip():
        return Reject(name, sha, "empty file")
    encoding = detect_encoding(data)
    if encoding is None:
        return Reject(name, sha, "binary file" if b"\x00" in data else "undecodable: no text encoding fits")
    text = data.decode(encoding, errors="replace")
    if encoding.startswith("utf-8"):
        text = text.removeprefix("\ufeff")
    if _at_least(max(8, len(text) // 100) + 1, _CONTROL, text):
        return Reject(name, sha, "binary file")
    if not _at_least(10, _CJK, text, 200_000):
        return Reject(name, sha, f"no Chinese text (decoded as {encoding})")
    return RawText(name, sha, encoding.replace("-sig", ""), text)


def _at_least(n: int, pattern: re.Pattern[str], text: str, endpos: int = sys.maxsize) -> bool:
    """Whether `pattern` matches n times in text[:endpos]; stops at the n-th match rather than
    listing every match (every CJK character of a megabyte)."""
    return next(islice(pattern.finditer(text, 0, endpos), n - 1, None), None) is not None


def detect_encoding(data: bytes) -> str | None:
    """BOM first, then strict UTF-8 (also when only the last character is cut), then a detector."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return enc
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as e:
        if e.reason == "unexpected end of data" and e.start >= len(data) - 3:
            return "utf-8"
    if b"\x00" in data:
        return _utf16_without_bom(data)
    best = from_bytes(data[:1_000_000]).best()
    if best is None:  # a Big5 page's navigation bar (首頁｜政治｜財經) reads to the detector as noise
        best = from_bytes(data[:1_000_000], cp_isolation=list(_CHINESE), threshold=_CHINESE_NOISE).best()
    if best is None:
        return None
    enc = _WIDEN.get(best.encoding, best.encoding)
    return "utf-16" if enc.startswith("utf_16") else enc.replace("_", "-")


def _utf16_without_bom(data: bytes) -> str | None:
    """NUL bytes mean UTF-16 or binary: UTF-16 only if one byte order decodes to mostly CJK."""
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if _at_least(len(text) // 4 + 1, _CJK, text):
            return enc
    return None
