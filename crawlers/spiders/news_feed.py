"""The generic news-feed spider: RSS 2.0/Atom feeds, each entry's article page extracted."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from functools import partial
from typing import Any

from scrapy.http import Response, TextResponse

from crawlers.items import DraftItem, RawAuthor
from crawlers.parsers.article import parse_article
from crawlers.parsers.feeds import FeedEntry, parse_feed
from crawlers.spiders.base import SourceSpider
from schema import SourceKind, canonical_url, url_id
from schema.settings import NewsFeedSource


class NewsFeedSpider(SourceSpider[NewsFeedSource]):
    """Feeds -> entries -> article pages. Conditional GET on the first page of each feed.

    An entry is fetched again only when the feed says it changed (its updated time, title
    or summary); an edited article then gets the same id and a new content hash.
    """

    kind = SourceKind.NEWS_FEED

    async def start(self) -> AsyncIterator[Any]:
        """One conditional request per configured feed."""
        for url in self.source.feed_urls:
            if self.next_page(url):
                yield self.request(url, self.parse_feed, conditional=True, meta={"feed_lang": None})

    def parse_feed(self, response: Response) -> Iterator[Any]:
        """Entries of one feed page, then its RFC 5005 next page."""
        if response.status == 304:
            self.health.response_ok()
            return
        if not isinstance(response, TextResponse):
            self.health.error("not_a_feed", f"{response.url}: binary response")
            return
        self.stage_validators(response)
        feed = parse_feed(response.text, response.url)
        if feed.problem:
            self.health.error("malformed_xml", f"{response.url}: {feed.problem}")
        if not feed.entries and feed.problem:
            return
        self.health.response_ok()
        for entry in feed.entries:
            if not self.want_more():
                return
            key = f"entry:{canonical_url(entry.link)}"
            if self.state.is_seen(key, entry.signature):
                self.health.unchanged()
                continue
            seen = (key, entry.signature)
            if self.source.follow_articles:
                yield self.request(
                    entry.link,
                    self.parse_article,
                    cb_kwargs={"entry": entry, "seen": seen, "lang": feed.lang},
                    fallback=partial(self._fallback, entry, seen, feed.lang),
                )
            else:
                yield from self._from_entry(entry, seen, feed.lang)
        if feed.next_url and self.next_page(feed.next_url):
            yield self.request(feed.next_url, self.parse_feed)

    def parse_article(
        self, response: Response, entry: FeedEntry, seen: tuple[str, str], lang: str | None
    ) -> Iterator[DraftItem]:
        """The article page of an entry; falls back to the entry's own text if extraction fails."""
        if not isinstance(response, TextResponse):
            self.health.error("not_html", f"{response.url}: binary response")
            yield from self._from_entry(entry, seen, lang)
            return
        self.health.response_ok()
        article = parse_article(response.text, response.url)
        for problem in article.problems:
            kind, _, text = problem.partition(": ")
            self.health.error(kind.replace(" ", "_"), f"{response.url}: {text or kind}")
        if not article.text:
            yield from self._from_entry(entry, seen, lang)
            return
        canonical = canonical_url(article.canonical or response.url)
        author = article.author or entry.author
        yield from self.emit(
            DraftItem(
                id=url_id(canonical),
                source_id=self.source_id,
                source_kind=self.kind,
                platform=self.source.platform,
                url=response.url,
                canonical_url=canonical,
                title=article.title or entry.title,
                text=article.text,
                section=article.section or entry.section,
                lang_declared=article.lang or lang,
                published_at=article.published or entry.published or self._missing_date(response.url),
                updated_at=article.updated or entry.updated,
                author=RawAuthor(id=author, name=author) if author else None,
                links=article.links or entry.links,
                seen=seen,
            )
        )

    def _fallback(
        self, entry: FeedEntry, seen: tuple[str, str], lang: str | None, transient: bool
    ) -> Iterator[DraftItem]:
        """The entry's own text when its article page failed (not marked seen if the failure may pass)."""
        return self._from_entry(entry, None if transient else seen, lang)

    def _from_entry(
        self, entry: FeedEntry, seen: tuple[str, str] | None, lang: str | None
    ) -> Iterator[DraftItem]:
        if not entry.text and not entry.title:
            return
        canonical = canonical_url(entry.link)
        yield from self.emit(
            DraftItem(
                id=url_id(canonical),
                source_id=self.source_id,
                source_kind=self.kind,
                platform=self.source.platform,
                url=entry.link,
                canonical_url=canonical,
                title=entry.title,
                text=entry.text or entry.title or "",
                section=entry.section,
                lang_declared=lang,
                published_at=entry.published or entry.updated or self._missing_date(entry.link),
                updated_at=entry.updated,
                author=RawAuthor(id=entry.author, name=entry.author) if entry.author else None,
                links=entry.links,
                seen=seen,
            )
        )

    def _missing_date(self, url: str) -> datetime:
        self.health.error("missing_date", f"{url}: no publication time; using the time it was fetched")
        return datetime.now(UTC)
