"""The command line: help on every command, exit codes, summary and export."""

import json
import subprocess
import sys

import pytest
from conftest import RAW, ROOT

from etl.__main__ import main, parser

COMMANDS = ["build", "export", "evaluate", "bench"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_documents_its_options(command, capsys):
    with pytest.raises(SystemExit) as exit_:
        main([command, "--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    sub = parser()._subparsers._group_actions[0].choices[command]
    for action in sub._actions:
        if action.option_strings and action.dest != "help":
            assert action.help, f"{command} {action.option_strings} has no help"
            assert action.option_strings[-1] in out


def test_build_prints_a_summary_and_export_writes_the_spec_fields(tmp_path):
    db, out = tmp_path / "f.duckdb", tmp_path / "m.jsonl"
    run = subprocess.run(
        [sys.executable, "-m", "etl", "build", str(RAW), "--db", str(db), "--jobs", "1"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    assert "documents loaded: 5" in run.stdout and "documents rejected: 0" in run.stdout
    assert "covid:" in run.stdout and "mentions:" in run.stdout
    run = subprocess.run(
        [sys.executable, "-m", "etl", "export", "--db", str(db), "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    fields = {
        "doc",
        "quote",
        "context",
        "value",
        "value_high",
        "unit",
        "indicator",
        "kind",
        "qualifier",
        "city",
        "place",
        "topic",
        "period",
        "paragraph_id",
        "start",
        "end",
    }
    assert fields <= set(rows[0])
    assert {r["doc"] for r in rows} == {p.name for p in RAW.iterdir()}


def test_build_fails_only_when_nothing_could_be_built(tmp_path, capsys):
    (tmp_path / "empty.txt").write_text("")
    assert main(["build", str(tmp_path), "--db", str(tmp_path / "x.duckdb"), "--jobs", "1"]) == 1
    out = capsys.readouterr()
    assert "empty.txt: empty file" in out.out and "nothing could be built" in out.err
    (tmp_path / "ok.txt").write_text("福州市新增本土确诊病例3例。", encoding="utf-8")
    assert main(["build", str(tmp_path), "--db", str(tmp_path / "x.duckdb"), "--jobs", "1"]) == 0


def test_export_without_a_database_says_what_to_do(tmp_path, capsys):
    assert main(["export", "--db", str(tmp_path / "missing.duckdb"), "--out", str(tmp_path / "o.jsonl")]) == 1
    assert "python -m etl build" in capsys.readouterr().err
