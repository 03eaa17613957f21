#!/usr/bin/env python3
"""Score extracted indicator mentions against gold annotations.

Vendored unchanged from the shared evaluation kit (shared/eval/score.py) so that the project can
evaluate itself without it; `python -m etl evaluate` is the front end.

    python score.py PREDICTIONS.jsonl GOLD.jsonl [GOLD2.jsonl ...] [--show N] [--json]

GOLD may also be a folder of .jsonl files. Both sides are JSON Lines with at least
`doc`, `value`, `unit`; gold also carries `indicator`, `city`, `place`, `topic`,
`kind`, `qualifier`, `optional` (see ANNOTATION.md). A prediction's `doc` may be a
file name or a path: only the file name is compared.

A prediction matches a gold record of the same document when the values agree
(relative tolerance 1e-6) and the units agree after folding traditional forms.
Gold records marked optional absorb predictions without counting for or against.
Among matched pairs the script reports how often each attribute agrees.

Needs only the standard library.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import defaultdict
from pathlib import Path

# Traditional and variant unit spellings folded to simplified.
UNIT_FOLD = str.maketrans(
    {
        "畝": "亩",
        "噸": "吨",
        "張": "张",
        "個": "个",
        "萬": "万",
        "億": "亿",
        "場": "场",
        "數": "数",
        "項": "项",
        "戶": "户",
        "棟": "栋",
        "層": "层",
        "處": "处",
        "隻": "只",
        "條": "条",
        "輛": "辆",
        "間": "间",
        "歲": "岁",
        "員": "员",
        "筆": "笔",
        "頭": "头",
        "臺": "台",
        "門": "门",
        "種": "种",
        "級": "级",
        "屆": "届",
        "號": "号",
        "裏": "里",
        "裡": "里",
        "車": "车",
        "週": "周",
        "區": "区",
        "點": "点",
        "標": "标",
        "類": "类",
        "％": "%",
        "餘": "余",
        "單": "单",
        "冊": "册",
        "價": "价",
        "錢": "钱",
        "綫": "线",
        "線": "线",
        "輪": "轮",
        "會": "会",
        "兩": "两",
        "時": "时",
        "鐘": "钟",
        "範": "范",
        "廳": "厅",
        "館": "馆",
        "園": "园",
        "縣": "县",
        "鎮": "镇",
        "鄉": "乡",
        "廠": "厂",
    }
)
UNIT_SYNONYMS = {
    "千克": "公斤",
    "kg": "公斤",
    "KG": "公斤",
    "km": "公里",
    "平方公里": "平方公里",
    "m2": "平方米",
    "㎡": "平方米",
    "m³": "立方米",
    "万元": "元",
    "亿元": "元",
    "名": "人",
    "位": "人",
    "人数": "人",
    "元钱": "元",
    "块": "元",
    "日": "天",
    "个工作日": "工作日",
    "个百分点": "百分点",
    "个月": "月",
}
MAGNITUDE_PREFIX = ("万", "亿", "千", "百")
# Units that begin with a magnitude character but are whole words.
WHOLE_UNITS = {"百分点", "千瓦时", "千瓦", "千米", "千克", "千人", "百分比"}


def fold_unit(unit):
    if unit is None:
        return None
    u = str(unit).strip().translate(UNIT_FOLD)
    if not u:
        return None
    u = UNIT_SYNONYMS.get(u, u)
    while len(u) > 1 and u[0] in MAGNITUDE_PREFIX and u not in WHOLE_UNITS:
        u = UNIT_SYNONYMS.get(u[1:], u[1:])
    return u


def fold_text(s):
    return (s or "").translate(UNIT_FOLD).strip()


def bigrams(s):
    s = fold_text(s)
    return {s[i : i + 2] for i in range(len(s) - 1)} or ({s} if s else set())


def indicator_ok(pred, gold):
    p, g = fold_text(pred), fold_text(gold)
    if not p or not g:
        return False
    if p in g or g in p:
        return True
    a, b = bigrams(p), bigrams(g)
    return 2 * len(a & b) / (len(a) + len(b)) >= 0.5


def values_equal(a, b):
    try:
        a, b = float(a), float(b)
    except (TypeError, ValueError):
        return False
    if math.isnan(a) or math.isnan(b):
        return False
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def load_jsonl(paths):
    rows = []
    for p in paths:
        p = Path(p)
        files = sorted(p.glob("*.jsonl")) if p.is_dir() else [p]
        for f in files:
            with f.open(encoding="utf-8") as fh:
                for n, line in enumerate(fh, 1):
                    line = line.strip()
                    if not line:
                        continue
                    try:
                        rows.append(json.loads(line))
                    except json.JSONDecodeError as e:
                        sys.exit(f"{f}:{n}: not JSON: {e}")
    return rows


def doc_key(d):
    return Path(str(d)).name


def match_doc(preds, golds, ignore_unit=False):
    """Greedy one-to-one matching: exact value+unit first, best indicator first."""
    pairs = []
    for i, p in enumerate(preds):
        pu = fold_unit(p.get("unit"))
        for j, g in enumerate(golds):
            if values_equal(p.get("value"), g.get("value")) and (ignore_unit or pu == fold_unit(g.get("unit"))):
                score = 1 if indicator_ok(p.get("indicator"), g.get("indicator")) else 0
                pairs.append((-(score), 0 if not g.get("optional") else 1, i, j))
    pairs.sort()
    used_p, used_g, matched = set(), set(), []
    for _, _, i, j in pairs:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        matched.append((i, j))
    # value-only matches among the rest (unit missing or different)
    value_only = 0
    for i, p in enumerate(preds):
        if i in used_p:
            continue
        for j, g in enumerate(golds):
            if j not in used_g and not g.get("optional") and values_equal(p.get("value"), g.get("value")):
                value_only += 1
                break
    return matched, used_p, used_g, value_only


ATTRS = ("indicator", "city", "place", "topic", "kind", "qualifier")


def score(preds, golds, show=0, ignore_unit=False):
    by_doc_p, by_doc_g = defaultdict(list), defaultdict(list)
    for p in preds:
        by_doc_p[doc_key(p.get("doc"))].append(p)
    for g in golds:
        by_doc_g[doc_key(g.get("doc"))].append(g)
    docs = sorted(by_doc_g)
    tot = dict(pred=0, pred_ok=0, gold_req=0, gold_req_ok=0, value_only=0)
    attr_ok = defaultdict(int)
    attr_n = defaultdict(int)
    per_doc = {}
    misses, extras, wrong = [], [], []
    for d in docs:
        P, G = by_doc_p.get(d, []), by_doc_g[d]
        matched, used_p, used_g, vo = match_doc(P, G, ignore_unit)
        req = [j for j, g in enumerate(G) if not g.get("optional")]
        req_ok = sum(1 for _, j in matched if not G[j].get("optional"))
        per_doc[d] = dict(pred=len(P), pred_ok=len(matched), gold_req=len(req), gold_req_ok=req_ok)
        tot["pred"] += len(P)
        tot["pred_ok"] += len(matched)
        tot["gold_req"] += len(req)
        tot["gold_req_ok"] += req_ok
        tot["value_only"] += vo
        for i, j in matched:
            p, g = P[i], G[j]
            for a in ATTRS:
                if g.get(a) in (None, ""):
                    continue
                attr_n[a] += 1
                ok = (
                    indicator_ok(p.get(a), g.get(a))
                    if a == "indicator"
                    else fold_text(str(p.get(a) or "")) == fold_text(str(g.get(a)))
                )
                if a == "topic" and not ok and g.get("topic_alt"):
                    ok = str(p.get(a)) in g["topic_alt"]
                attr_ok[a] += ok
                if not ok:
                    wrong.append((d, a, p.get(a), g.get(a), g.get("quote")))
        for j in req:
            if j not in used_g:
                misses.append((d, G[j].get("quote"), G[j].get("value"), G[j].get("unit"), G[j].get("indicator")))
        for i, p in enumerate(P):
            if i not in used_p:
                extras.append(
                    (
                        d,
                        p.get("quote") or p.get("raw") or p.get("text"),
                        p.get("value"),
                        p.get("unit"),
                        p.get("indicator"),
                    )
                )
    # predictions for documents that have no gold are ignored
    prec = tot["pred_ok"] / tot["pred"] if tot["pred"] else 0.0
    rec = tot["gold_req_ok"] / tot["gold_req"] if tot["gold_req"] else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    attrs = {a: (attr_ok[a] / attr_n[a] if attr_n[a] else None) for a in ATTRS}
    return dict(
        precision=prec,
        recall=rec,
        f1=f1,
        totals=tot,
        attributes=attrs,
        per_doc=per_doc,
        misses=misses[:show] if show else [],
        extras=extras[:show] if show else [],
        wrong=wrong[:show] if show else [],
        n_misses=len(misses),
        n_extras=len(extras),
    )


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("predictions")
    ap.add_argument("gold", nargs="+")
    ap.add_argument("--show", type=int, default=0, help="list up to N misses, extras and wrong attributes")
    ap.add_argument("--json", action="store_true", help="print the result as JSON")
    ap.add_argument("--ignore-unit", action="store_true", help="match on values alone (for number-only tools)")
    a = ap.parse_args()
    r = score(load_jsonl([a.predictions]), load_jsonl(a.gold), a.show, a.ignore_unit)
    if a.json:
        print(json.dumps(r, ensure_ascii=False, indent=1))
        return
    print(f"{'document':32} {'pred':>5} {'ok':>5} {'gold':>5} {'found':>5}")
    for d, s in r["per_doc"].items():
        print(f"{d:32} {s['pred']:5} {s['pred_ok']:5} {s['gold_req']:5} {s['gold_req_ok']:5}")
    for title, rows in (("missed", r["misses"]), ("extra", r["extras"]), ("wrong attribute", r["wrong"])):
        if rows:
            print(f"\n{title}:")
            for row in rows:
                print("  " + " | ".join(str(x) for x in row))
    print("\nattribute agreement on matched mentions:")
    for a, v in r["attributes"].items():
        print(f"  {a:10} {'-' if v is None else f'{v:.3f}'}")
    t = r["totals"]
    print(f"\nvalue matched but unit differs or missing: {t['value_only']}")
    print(f"precision={r['precision']:.3f} recall={r['recall']:.3f} f1={r['f1']:.3f}")


if __name__ == "__main__":
    main()
