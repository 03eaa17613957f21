"""Topic of a mention from lexicons (data/topics.toml): the nearest text with a signal decides."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache

import ahocorasick_rs

from . import DATA_DIR

TOPICS = ("covid", "livelihood", "digital_gov", "economy", "environment", "safety", "other")


@dataclass(frozen=True)
class Lexicon:
    words: list[str]
    finder: ahocorasick_rs.AhoCorasick  # the words, each time the longest at the leftmost place
    weights: dict[str, tuple[str, float]]  # word → (topic, weight); weight < 1 marks a weak word
    labels: dict[str, tuple[str, str]]  # topic → (zh, en)

    def find(self, text: str) -> list[str]:
        """The lexicon's words in `text`, non-overlapping, leftmost and then longest first: what
        `re` does with the words as alternatives sorted longest first, eight times as fast (`re`
        tries the alternatives one after another at every position, and this scan was 8% of the
        extraction)."""
        return [self.words[i] for i, _, _ in self.finder.find_matches_as_indexes(text)]


@cache
def load_lexicon() -> Lexicon:
    data = tomllib.loads((DATA_DIR / "topics.toml").read_text(encoding="utf-8"))
    weights: dict[str, tuple[str, float]] = {}
    for topic in TOPICS:
        for strength, factor in (("words", 1.0), ("strong", 2.0), ("weak", 0.5)):
            for word in data.get(topic, {}).get(strength, []):
                weights.setdefault(word, (topic, factor))
    words = list(weights)
    finder = ahocorasick_rs.AhoCorasick(words, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
    labels = {t: tuple(v) for t, v in data["labels"].items()}
    return Lexicon(words, finder, weights, labels)


_WEAK_CAP = 0.5  # weak words together weigh half a word at most: they break ties, never outvote


@lru_cache(maxsize=16384)
def topic_scores(text: str) -> tuple[dict[str, float], dict[str, float]]:
    """Each topic's weight in `text` from its real words, and from its weak words apart."""
    lex = load_lexicon()
    real: dict[str, float] = {}
    weak: dict[str, float] = {}
    for word in lex.find(text):
        topic, weight = lex.weights[word]
        tally = weak if weight < 1.0 else real
        tally[topic] = tally.get(topic, 0.0) + weight
    return real, weak


@lru_cache(maxsize=16384)
def _has_strong_covid(text: str) -> bool:
    lex = load_lexicon()
    return any(lex.weights[word] == ("covid", 2.0) for word in lex.find(text))


def classify(contexts: list[str], covid_scope: int = 2) -> str:
    """Topic from contexts ordered narrowest (the label) to widest (the article title).

    The narrowest context with a real (not weak) signal decides, weak words of narrower contexts
    breaking ties; weak words alone decide at the sentence, before wider contexts are read. A strong
    COVID word anywhere up to `contexts[covid_scope]` (the sentence) wins."""
    for text in contexts[: covid_scope + 1]:
        if topic_scores(text)[0].get("covid", 0.0) >= 2.0 and _has_strong_covid(text):
            return "covid"
    real: dict[str, float] = {}
    weak: dict[str, float] = {}
    seen: dict[str, None] = {}  # topics in the order found, narrowest first: the first wins a tie
    for level, text in enumerate(contexts):
        found_real, found_weak = topic_scores(text)
        for carried, found in ((real, found_real), (weak, found_weak)):
            for topic, score in found.items():
                carried[topic] = carried.get(topic, 0.0) + score
                seen[topic] = None
        if found_real or (weak and level >= covid_scope):
            break
    weight = {t: real.get(t, 0.0) + min(weak.get(t, 0.0), _WEAK_CAP) for t in seen}
    return max(weight, key=weight.__getitem__) if weight else "other"
