"""What the corpus layer (across articles) produces, and the narrow view of the corpus it reads.

Linking is incremental: `rasad.corpus.link.link_article(record, view)` runs each corpus step over ONE newly
stored article against what is already known (`CorpusView`), and returns `ArticleLinks`, which the view then
applies. `MemoryCorpus` is the in-memory view (tests, benchmarks); the store-backed view keeps the same facts in
SQLite or PostgreSQL tables. Every fact points back to article ids and character offsets of original texts.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Protocol


@dataclass(frozen=True, slots=True)
class ArticleMeta:
    id: str
    outlet: str | None
    published: str | None  # YYYY-MM-DD or None
    title: str | None
    author: str | None = None  # the byline often carries the agency credit («الرياض - واس»)


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A body paragraph considered for wire-copy detection: [start, end) in the original text."""

    article_id: str
    idx: int
    start: int
    end: int
    keys: tuple[int, ...] = ()  # MinHash LSH band keys (signed 64-bit ints)


@dataclass(frozen=True, slots=True)
class WireLink:
    """Paragraph `a` (in the newer article) is a near copy of paragraph `b` (in an already stored article)."""

    a_article: str
    a_start: int
    a_end: int
    b_article: str
    b_start: int
    b_end: int
    similarity: float  # 0..1, confirmed with rapidfuzz
    agency: str | None = None  # the source's name: a canonical agency name, or the body whose statement it is
    source_kind: str | None = None  # 'agency' | 'body' (a ministry's, club's, company's statement) | None


@dataclass(slots=True)
class CorpusEntity:
    """One real-world referent across the corpus. `id` is stable (e.g. 'per:محمد شياع السوداني')."""

    id: str
    name: str  # the fullest, most frequent name
    type: str  # PER | ORG | LOC | MISC
    aliases: list[str] = field(default_factory=list)  # every surface name seen (original spellings)
    roles: list[RoleSpan] = field(default_factory=list)
    articles: int = 0


@dataclass(frozen=True, slots=True)
class RoleSpan:
    """A title held by a person as of an article's date («رئيس الوزراء العراقي» in 2024-01-27)."""

    role: str
    article_id: str
    published: str | None


@dataclass(frozen=True, slots=True)
class EntityLink:
    """Entity `eid` of article `article_id` is corpus entity `corpus_id`."""

    article_id: str
    eid: str
    corpus_id: str


@dataclass(frozen=True, slots=True)
class QuoteRef:
    """One stored quote, with its speaker resolved to a corpus entity where possible."""

    article_id: str
    idx: int
    text: str
    start: int
    end: int
    speaker: str | None
    speaker_id: str | None  # corpus entity id of the speaker, or a key of the speaker's name
    published: str | None
    outlet: str | None
    verb: str | None = None  # the reporting verb or phrase as written («نفى», «بحسب»); None for a count claim
    places: tuple[str, ...] = ()  # a count claim's places (keys of the LOC entities its sentence names)


@dataclass(slots=True)
class Story:
    """Articles about the same event across outlets and days."""

    id: str
    label: str
    entities: list[str] = field(default_factory=list)  # corpus entity ids, most central first
    terms: list[str] = field(default_factory=list)  # key terms (search terms, see store/search.py `term`)
    first: str | None = None  # earliest published date
    last: str | None = None
    articles: list[str] = field(default_factory=list)  # article ids, in publication order


@dataclass(frozen=True, slots=True)
class Evidence:
    article_id: str
    start: int
    end: int
    text: str
    role: str  # 'subject' (what both talk about) | 'cue' (negation, antonym, number)


@dataclass(frozen=True, slots=True)
class Disagreement:
    """Two statements by different actors on the same subject that contradict each other."""

    id: str
    story_id: str | None
    a: QuoteRef
    b: QuoteRef
    subject: str
    reason: str  # negation | denial | antonym | number | count | stance
    score: float  # the classifier's probability of disagreement
    evidence: tuple[Evidence, ...] = ()


@dataclass(slots=True)
class ArticleLinks:
    """Everything linking one article to the corpus adds (applied by `CorpusView.apply`)."""

    article_id: str
    paragraphs: list[Paragraph] = field(default_factory=list)
    wire: list[WireLink] = field(default_factory=list)
    entities: list[EntityLink] = field(default_factory=list)
    corpus_entities: list[CorpusEntity] = field(default_factory=list)  # new or updated
    story: Story | None = None  # the story the article joined (new or updated)
    disagreements: list[Disagreement] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class CorpusView(Protocol):
    """What the corpus steps may read about already linked articles, and how their results are kept."""

    def meta(self, article_id: str) -> ArticleMeta | None: ...

    def text(self, article_id: str) -> str | None: ...

    def paragraphs_with_keys(self, keys: list[int], exclude: str) -> list[Paragraph]:
        """Stored paragraphs sharing at least one band key (not of article `exclude`)."""
        ...

    def entities_named(self, keys: list[str]) -> list[CorpusEntity]:
        """Corpus entities with an alias whose `entity_key` shares a word with `keys` (name keys)."""
        ...

    def stories_between(self, since: str, until: str) -> list[Story]:
        """Stories with an article published in [since, until] (YYYY-MM-DD, inclusive)."""
        ...

    def story_quotes(self, story_id: str) -> list[QuoteRef]: ...

    def apply(self, links: ArticleLinks) -> None: ...
