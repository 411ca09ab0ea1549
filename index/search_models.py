"""Typed search requests and results, shared by the CLI, the flows, the briefing and the UI."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from schema import EnrichedDocument

FacetField = Literal[
    "platform", "source_id", "municipality_code", "issue_id", "lang", "cues.family", "hashtags"
]


class SearchQuery(BaseModel):
    """What a user asks for. ``text`` uses the simple syntax (``+``, ``|``, ``-``, ``"…"``, ``*``).

    There is deliberately no author filter: no view lists everything one person wrote.
    """

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(
        default=None, max_length=1_000, description="Simple query syntax; Danish stemming."
    )
    date_from: AwareDatetime | None = None
    date_to: AwareDatetime | None = None
    platforms: list[str] = Field(default_factory=list)
    source_ids: list[str] = Field(default_factory=list)
    municipality_codes: list[str] = Field(default_factory=list)
    issue_ids: list[str] = Field(default_factory=list)
    languages: list[str] = Field(default_factory=list)
    cue_families: list[str] = Field(default_factory=list)
    sort: Literal["relevance", "newest", "oldest"] = "relevance"
    size: int = Field(default=20, ge=0, le=500)
    search_after: list[str | int | float] | None = Field(
        default=None, description="Cursor from a previous page."
    )
    highlight: bool = True
    facets: list[FacetField] = Field(default_factory=list)
    facet_size: int = Field(default=10, ge=1, le=100)
    histogram: Literal["day", "week", "month"] | None = None


class Bucket(BaseModel):
    """One bucket of a facet or histogram."""

    key: str
    count: int


class HistogramBucket(BaseModel):
    """One bucket of a date histogram."""

    start: date
    count: int


class Hit(BaseModel):
    """A matching document with its highlights (``<mark>`` around matched words)."""

    document: EnrichedDocument
    score: float | None = None
    highlights: dict[str, list[str]] = Field(default_factory=dict)


class SearchResult(BaseModel):
    """One page of results plus the aggregations asked for."""

    total: int
    hits: list[Hit]
    next_cursor: list[str | int | float] | None = Field(default=None, description="Pass as search_after.")
    facets: dict[str, list[Bucket]] = Field(default_factory=dict)
    histogram: list[HistogramBucket] = Field(default_factory=list)
    took_ms: float = 0.0


class BulkReport(BaseModel):
    """What a bulk load did."""

    indexed: int = 0
    failed: dict[str, str] = Field(default_factory=dict, description="Document id -> reason.")

    @property
    def ok(self) -> bool:
        """True when nothing failed."""
        return not self.failed


class TermScore(BaseModel):
    """An emerging word: how much more often it occurs in the foreground than in the background."""

    term: str
    score: float
    foreground: int
    background: int


class DocumentFilter(BaseModel):
    """Which documents to stream out of the store (for topics, detection, export)."""

    model_config = ConfigDict(extra="forbid")

    published_from: datetime | None = None
    published_to: datetime | None = None
    municipality_codes: list[str] = Field(default_factory=list)
    issue_ids: list[str] = Field(default_factory=list)
    ids: list[str] = Field(default_factory=list)
