"""Extraction quality on the seed gold: the bars of issues #2 and #3."""

import json

from conftest import GOLD

from etl.evaluate import BARS, evaluate, report
from etl.export import export_mentions


def test_seed_gold_meets_the_bars(seed_db, tmp_path):
    predictions = tmp_path / "mentions.jsonl"
    export_mentions(seed_db, predictions)
    ev = evaluate(predictions, [GOLD], show=30)
    print(report(ev))
    figures = ev.figures()
    assert figures["f1"] >= 0.85  # issue #2
    assert not ev.failures(), ev.failures()  # issue #3: precision, recall ≥ 0.95 and attribute bars
    assert set(BARS) <= set(figures)


def test_evaluate_command_reports_misses_and_false_positives(seed_db, tmp_path, capsys):
    """The seeds' own predictions with their first mention replaced by a number the gold lacks."""
    from etl.__main__ import main

    predictions = tmp_path / "mentions.jsonl"
    export_mentions(seed_db, predictions)
    first, *rest = predictions.read_text(encoding="utf-8").splitlines()
    wrong = {**json.loads(first), "quote": "999个", "value": 999, "unit": "个"}
    predictions.write_text("\n".join([json.dumps(wrong, ensure_ascii=False), *rest]) + "\n", encoding="utf-8")
    assert main(["evaluate", "--gold", str(GOLD), "--predictions", str(predictions), "--strict"]) == 0
    out = capsys.readouterr().out
    assert "bars: all met" in out
    assert "missed (1):" in out and json.loads(first)["quote"] in out.split("missed (1):")[1]
    assert "false positives (1):" in out and "999个" in out.split("false positives (1):")[1]
