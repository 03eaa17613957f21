"""Plain records passed between the stages; each stage is a pure function over them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class RawText:
    """A decoded file: what `read` hands to `clean`."""

    file_name: str
    sha256: str
    encoding: str
    text: str


@dataclass(frozen=True)
class Reject:
    file_name: str
    sha256: str | None
    reason: str


@dataclass
class Paragraph:
    paragraph_id: str
    article_id: str
    seq: int
    text: str  # display text, original script
    text_simplified: str  # same length as text
    start: int  # offsets into Document.clean_text
    end: int
    is_heading: bool = False
    section_place: str | None = None  # place named by the nearest heading above
    has_lost_chars: bool = field(init=False)  # a broken converter left `?` for characters

    def __post_init__(self):
        self.has_lost_chars = "?" in self.text


@dataclass
class Article:
    article_id: str
    seq: int
    title: str
    start: int
    end: int
    paragraphs: list[Paragraph] = field(default_factory=list)


@dataclass
class Document:
    doc_id: str
    file_name: str
    sha256: str
    encoding: str
    script: str
    original_text: str
    clean_text: str
    title: str | None = None
    publisher: str | None = None
    pub_date: date | None = None
    place: str | None = None
    city: str | None = None
    articles: list[Article] = field(default_factory=list)

    @property
    def paragraphs(self) -> list[Paragraph]:
        return [p for a in self.articles for p in a.paragraphs]


@dataclass
class Mention:
    mention_id: str
    paragraph_id: str
    article_id: str
    doc_id: str
    start: int
    end: int
    quote: str
    value: float
    value_high: float | None
    unit: str | None
    dimension: str
    value_yuan: float | None
    indicator: str | None
    kind: str
    qualifier: str
    city: str | None
    place: str | None
    topic: str
    period: str | None
    period_start: date | None
    period_end: date | None
    confidence: float
    doubt: str | None
