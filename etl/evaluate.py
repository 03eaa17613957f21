"""Extraction quality against gold annotations, with the bars the project holds itself to."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .score import load_jsonl, score

# issue #3: precision and recall ≥ 0.95; attributes ≥ 0.90, indicator ≥ 0.85
BARS = {
    "precision": 0.95,
    "recall": 0.95,
    "place": 0.90,
    "topic": 0.90,
    "kind": 0.90,
    "qualifier": 0.90,
    "indicator": 0.85,
}


@dataclass
class Evaluation:
    result: dict

    def figures(self) -> dict[str, float]:
        attrs = {k: v for k, v in self.result["attributes"].items() if v is not None}
        return {
            "precision": self.result["precision"],
            "recall": self.result["recall"],
            "f1": self.result["f1"],
            **attrs,
        }

    def failures(self) -> list[str]:
        figures = self.figures()
        return [f"{k} {figures.get(k, 0):.3f} < {bar}" for k, bar in BARS.items() if figures.get(k, 0) < bar]


def evaluate(predictions: Path, gold: list[Path], show: int = 20) -> Evaluation:
    return Evaluation(score(load_jsonl([predictions]), load_jsonl(gold), show))


def report(ev: Evaluation) -> str:
    r = ev.result
    lines = [f"{'document':32} {'pred':>5} {'ok':>5} {'gold':>5} {'found':>5}"]
    lines += [
        f"{d:32} {s['pred']:5} {s['pred_ok']:5} {s['gold_req']:5} {s['gold_req_ok']:5}" for d, s in r["per_doc"].items()
    ]
    for title, rows, total in (
        ("missed", r["misses"], r["n_misses"]),
        ("false positives", r["extras"], r["n_extras"]),
        ("wrong attribute", r["wrong"], None),
    ):
        if rows:
            lines.append(f"\n{title}" + (f" ({total})" if total is not None else "") + ":")
            lines += ["  " + " | ".join(str(x) for x in row) for row in rows]
    lines.append("\nattribute agreement on matched mentions:")
    lines += [f"  {a:10} {'-' if v is None else f'{v:.3f}'}" for a, v in r["attributes"].items()]
    lines.append(f"\nprecision={r['precision']:.3f} recall={r['recall']:.3f} f1={r['f1']:.3f}")
    failures = ev.failures()
    lines.append("bars: " + ("all met" if not failures else "NOT MET: " + "; ".join(failures)))
    return "\n".join(lines)
