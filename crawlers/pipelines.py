"""The item pipeline: validate -> pseudonymise -> spool (durably, before anything downstream)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from scrapy.exceptions import DropItem

from crawlers.items import DraftItem
from crawlers.records import InvalidItemError, draft_payload, to_raw_item, validate_draft
from schema import RawItem

if TYPE_CHECKING:
    from typing import Self

    from scrapy.crawler import Crawler

    from crawlers.spiders.base import SourceSpider


@dataclass
class PseudonymisedItem:
    """A RawItem ready for the spool, with the state key to record once it is written."""

    item: RawItem
    seen: tuple[str, str] | None


class _Stage:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        """Build for a crawler."""
        return cls(crawler)

    @property
    def spider(self) -> SourceSpider[Any]:
        spider = self.crawler.spider
        assert spider is not None
        return spider  # type: ignore[return-value]


class ValidatePipeline(_Stage):
    """Checks each draft (text, URL, aware time); a bad one is dead-lettered with its reason."""

    def process_item(self, item: Any) -> DraftItem:
        """Validate one draft."""
        if not isinstance(item, DraftItem):
            raise DropItem(f"not a DraftItem: {type(item).__name__}")
        try:
            return validate_draft(item)
        except InvalidItemError as err:
            spider = self.spider
            spider.spool.dead_letter(item.id, f"invalid item from {item.url}: {err}", draft_payload(item))
            spider.health.error("invalid_item", f"{item.url}: {err}")
            raise DropItem(f"invalid item {item.url}: {err}") from None


class PseudonymisePipeline(_Stage):
    """Replaces the raw author by a keyed pseudonym (a name only for allow-listed public actors)."""

    def process_item(self, item: DraftItem) -> PseudonymisedItem:
        """Build the RawItem of a valid draft."""
        spider = self.spider
        try:
            raw = to_raw_item(item, spider.context.pseudonymiser)
        except InvalidItemError as err:
            spider.spool.dead_letter(item.id, f"schema mismatch for {item.url}: {err}", draft_payload(item))
            spider.health.error("invalid_item", f"{item.url}: {err}")
            raise DropItem(f"invalid item {item.url}: {err}") from None
        return PseudonymisedItem(raw, item.seen)


class SpoolPipeline(_Stage):
    """Appends the item to the spool (fsync'd) and only then records it in the source's state."""

    def process_item(self, item: PseudonymisedItem) -> RawItem:
        """Write one item durably."""
        spider = self.spider
        report = spider.spool.append([item.item])
        if item.seen is not None:
            spider.state.mark_seen(*item.seen)
        spider.health.wrote(report)
        return item.item
