"""Extraction quality on the seed gold: the bars of issues #2 and #3."""

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


def test_evaluate_command_reports_misses_and_false_positives(seed_db, capsys):
    from etl.__main__ import main

    assert main(["evaluate", "--gold", str(GOLD), "--db", str(seed_db), "--strict"]) == 0
    out = capsys.readouterr().out
    assert "precision=" in out and "bars: all met" in out and "false positives" in out
