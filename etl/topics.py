"""Topic of a mention from lexicons (data/topics.toml): the nearest text with a signal decides."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache

from . import DATA_DIR

TOPICS = ("covid", "livelihood", "digital_gov", "economy", "environment", "safety", "other")


@dataclass(frozen=True)
class Lexicon:
    pattern: re.Pattern[str]
    weights: dict[str, tuple[str, float]]  # word → (topic, weight)
    labels: dict[str, tuple[str, str]]  # topic → (zh, en)


@cache
def load_lexicon() -> Lexicon:
    data = tomllib.loads((DATA_DIR / "topics.toml").read_text(encoding="utf-8"))
    weights: dict[str, tuple[str, float]] = {}
    for topic in TOPICS:
        for strength, factor in (("words", 1.0), ("strong", 2.0)):
            for word in data.get(topic, {}).get(strength, []):
                weights.setdefault(word, (topic, factor))
    pattern = re.compile("|".join(map(re.escape, sorted(weights, key=len, reverse=True))))
    labels = {t: tuple(v) for t, v in data["labels"].items()}
    return Lexicon(pattern, weights, labels)


def topic_scores(text: str) -> dict[str, float]:
    lex = load_lexicon()
    scores: dict[str, float] = {}
    for m in lex.pattern.finditer(text):
        topic, weight = lex.weights[m.group()]
        scores[topic] = scores.get(topic, 0.0) + weight
    return scores


def classify(contexts: list[str], weights: tuple[float, ...] = (4.0, 2.0, 1.0, 0.5, 0.5)) -> str:
    """Contexts go from narrowest (the label) to widest (the article title); nearer ones weigh more."""
    total: dict[str, float] = {}
    for text, weight in zip(contexts, weights):
        for topic, score in topic_scores(text).items():
            total[topic] = total.get(topic, 0.0) + weight * score
    return max(total, key=total.__getitem__) if total else "other"
