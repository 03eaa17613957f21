"""The synthetic corpus of `etl bench`: deterministic, sized, readable, and its figures extractable."""

from __future__ import annotations

import math
import re
from collections import Counter

import pytest
from conftest import GOLD, RAW

from etl.extract import extract_document
from etl.read import decode
from etl.records import Reject
from etl.segment import build_document
from etl.synth import MAX_DOC_BYTES, MIN_DOC_BYTES, Expected, SynthDoc, generate

SPEC_UNITS = {"亩", "元", "%", "例", "人", "人次", "个", "家", "吨", "公里", "平方米", "岁", "件", "项", "张"}


@pytest.fixture(scope="module")
def corpus() -> list[SynthDoc]:
    """About 1 MB: enough documents to hold every script and encoding."""
    return list(generate(1_000_000, seed=42))


@pytest.fixture(scope="module")
def extracted() -> list[tuple[SynthDoc, list]]:
    """About 300 KB through the real read → segment → extract stages."""
    out = []
    for doc in generate(300_000, seed=7):
        raw = decode(doc.file_name, doc.data)
        assert not isinstance(raw, Reject), raw
        out.append((doc, extract_document(build_document(raw))))
    return out


def test_same_seed_same_corpus_other_seed_other_corpus():
    a = list(generate(400_000, seed=3))
    b = list(generate(400_000, seed=3))
    c = list(generate(400_000, seed=4))
    assert [(d.file_name, d.data, d.expected) for d in a] == [(d.file_name, d.data, d.expected) for d in b]
    assert [d.data for d in a[:5]] != [d.data for d in c[:5]]
    assert len({d.file_name for d in a}) == len(a)


@pytest.mark.parametrize("total", [1, 50_000, 500_000])
def test_generation_stops_once_the_size_is_reached(total):
    docs = list(generate(total, seed=1))
    sizes = [len(d.data) for d in docs]
    assert sum(sizes) >= total
    assert sum(sizes) - sizes[-1] < total  # not one document more than needed


def test_documents_are_2_to_30_kb_with_figures(corpus):
    for doc in corpus:
        assert MIN_DOC_BYTES <= len(doc.data) <= MAX_DOC_BYTES, doc.file_name
        assert doc.expected, doc.file_name
        assert all(isinstance(e, Expected) and e.value > 0 and e.place for e in doc.expected)
    units = {e.unit for d in corpus for e in d.expected}
    assert SPEC_UNITS <= units
    assert not units & {"名", "位", "万", "亿", "个工作日", "％"}  # canonical units only


def test_as_many_figures_per_kb_as_the_seeds(corpus):
    """The benchmark's MB/s predict real pages only if the corpus is as dense in figures as they are."""
    gold = sum(1 for f in GOLD.glob("*.jsonl") for line in f.open(encoding="utf-8") if line.strip())
    seeds_per_kb = gold / (sum(f.stat().st_size for f in RAW.iterdir()) / 1000)
    synth_per_kb = sum(len(d.expected) for d in corpus) / (sum(len(d.data) for d in corpus) / 1000)
    assert 0.8 < synth_per_kb / seeds_per_kb < 1.25, (synth_per_kb, seeds_per_kb)


def test_no_two_expected_figures_of_a_document_collide(corpus):
    """Same value and unit twice only for one number shared by several places (各3例)."""
    for doc in corpus:
        seen: dict[tuple[str, str], set[str]] = {}
        for e in doc.expected:
            places = seen.setdefault((f"{e.value:.6g}", e.unit), set())
            assert e.place not in places, (doc.file_name, e)
            places.add(e.place)


def test_every_document_decodes(corpus):
    encodings = Counter()
    scripts = Counter()
    for doc in corpus:
        raw = decode(doc.file_name, doc.data)
        assert not isinstance(raw, Reject), raw
        assert "\ufffd" not in raw.text, doc.file_name
        encodings[raw.encoding] += 1
        traditional = "萬" in raw.text or "區" in raw.text or "為" in raw.text or "爲" in raw.text
        scripts["traditional" if traditional else "simplified"] += 1
        scripts["damaged"] += bool(re.search(r"[\u4e00-\u9fff]\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)", raw.text))
    assert {"utf-8", "gb18030", "big5"} <= set(encodings)
    assert encodings["utf-8"] > len(corpus) / 2
    assert 0.15 < scripts["traditional"] / len(corpus) < 0.45
    assert scripts["damaged"] > 0


def _found(expected: Expected, mentions) -> list:
    return [m for m in mentions if m.unit == expected.unit and math.isclose(m.value, expected.value, rel_tol=1e-6)]


def test_recall_and_place_of_the_extractor(extracted):
    total = found = place_ok = 0
    missed = []
    for doc, mentions in extracted:
        for e in doc.expected:
            total += 1
            hits = _found(e, mentions)
            if hits:
                found += 1
                place_ok += any(m.place == e.place for m in hits)
            else:
                missed.append((doc.file_name, e))
    assert total > 1000
    assert found / total >= 0.99, missed[:20]
    assert place_ok / found >= 0.95
