"""The generic Reddit spider: ``/r/<sub>/new.json`` listings and ``/comments/<id>.json`` threads."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import quote

from scrapy.http import Response

from crawlers.items import DraftItem
from crawlers.parsers.reddit import parse_listing, parse_thread
from crawlers.spiders._json import load_json
from crawlers.spiders.base import SourceSpider
from schema import SourceKind
from schema.settings import RedditSource


class RedditSpider(SourceSpider[RedditSource]):
    """Pages back through each subreddit until the last crawl's horizon or the page cap."""

    kind = SourceKind.REDDIT

    def _listing_url(self, sub: str, after: str | None = None) -> str:
        url = f"{self.source.base_url.rstrip('/')}/r/{quote(sub)}/new.json?limit=100&raw_json=1"
        return f"{url}&after={quote(after)}" if after else url

    async def start(self) -> AsyncIterator[Any]:
        """The first listing page of each subreddit."""
        for sub in self.source.subreddits:
            url = self._listing_url(sub)
            if self.next_page(url):
                yield self.request(url, self.parse_listing, cb_kwargs={"sub": sub})

    def parse_listing(self, response: Response, sub: str) -> Iterator[Any]:
        """Posts of one listing page, their threads, then the next page."""
        body = load_json(response, self.health)
        if body is None:
            return
        try:
            page = parse_listing(body, self.source)
        except ValueError as err:
            self.health.error("malformed_json", f"{response.url}: {err}")
            return
        self.health.response_ok()
        yield from self._emit_new(page.items)
        if self.source.include_comments:
            for post, count in page.threads:
                key = f"thread:{post}"
                if self.state.signature(key) == str(count):
                    continue
                url = f"{self.source.base_url.rstrip('/')}/comments/{quote(post)}.json?raw_json=1&limit=500"
                yield self.request(url, self.parse_thread, cb_kwargs={"seen": (key, str(count))})
        horizon = self.horizon(f"newest:{sub}", [i.published_at for i in page.items if i.published_at])
        if page.after and page.oldest is not None and page.oldest > horizon:
            url = self._listing_url(sub, page.after)
            if self.next_page(url):
                yield self.request(url, self.parse_listing, cb_kwargs={"sub": sub})

    def parse_thread(self, response: Response, seen: tuple[str, str]) -> Iterator[Any]:
        """The comments of one thread (the post itself again, too, for edits)."""
        body = load_json(response, self.health)
        if body is None:
            return
        try:
            page = parse_thread(body, self.source)
        except ValueError as err:
            self.health.error("malformed_json", f"{response.url}: {err}")
            return
        self.health.response_ok()
        items = [i for i in page.items if i.native_id and i.native_id.startswith("t1_")]
        if items:
            items[-1].seen = seen
            yield from self._emit_new(items)
        else:
            self.state.mark_seen(*seen)

    def _emit_new(self, items: list[DraftItem]) -> Iterator[DraftItem]:
        for item in items:
            if item.seen and self.state.is_seen(*item.seen):
                self.health.unchanged()
                continue
            yield from self.emit(item)
