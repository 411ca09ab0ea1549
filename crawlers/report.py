"""What a crawl reports: progress events while it runs and a CrawlReport at the end."""

from __future__ import annotations

from typing import Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from schema import SourceHealth

ProgressEvent = Literal["started", "items", "error", "finished"]


class CrawlProgress(BaseModel):
    """One progress event of a crawl (streamed as a JSON line from the crawl subprocess)."""

    model_config = ConfigDict(extra="forbid")

    run_id: str
    source_id: str
    event: ProgressEvent
    at: AwareDatetime
    items_fetched: int = 0
    items_new: int = 0
    items_updated: int = 0
    duplicates: int = 0
    errors: int = 0
    message: str | None = Field(default=None, description="Error kind and text for 'error' events.")
    health: SourceHealth | None = Field(default=None, description="Set on 'finished'.")


class CrawlReport(BaseModel):
    """The result of one crawl run: a SourceHealth per source crawled."""

    model_config = ConfigDict(extra="forbid")

    run_id: str
    started_at: AwareDatetime
    finished_at: AwareDatetime
    sources: list[SourceHealth] = Field(default_factory=list)
    exit_code: int = Field(default=0, description="Exit code of the crawl subprocess (0 for imports).")
    log_path: str | None = Field(default=None, description="Scrapy's log of the run.")

    @property
    def items_new(self) -> int:
        """New items over all sources."""
        return sum(h.items_new for h in self.sources)

    @property
    def items_updated(self) -> int:
        """Updated items (same id, new content) over all sources."""
        return sum(h.items_updated for h in self.sources)

    @property
    def duplicates(self) -> int:
        """Items seen again unchanged over all sources."""
        return sum(h.duplicates for h in self.sources)

    @property
    def failed(self) -> list[str]:
        """Ids of sources whose crawl failed."""
        return [h.source_id for h in self.sources if h.status == "failed"]

    def health(self, source_id: str) -> SourceHealth:
        """The SourceHealth of one source.

        Raises:
            KeyError: if the source was not part of this run.
        """
        for h in self.sources:
            if h.source_id == source_id:
                return h
        raise KeyError(source_id)
