"""The generic Bluesky spider: author feeds and post search on the public AppView (cursor paging)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import urlencode

from scrapy.http import Response

from crawlers.parsers.bluesky import parse_post, post_views
from crawlers.spiders._json import load_json
from crawlers.spiders.base import SourceSpider
from schema import SourceKind
from schema.settings import BlueskySource


class BlueskySpider(SourceSpider[BlueskySource]):
    """``app.bsky.feed.getAuthorFeed`` per actor, ``app.bsky.feed.searchPosts`` per query."""

    kind = SourceKind.BLUESKY

    def _url(self, method: str, params: dict[str, str]) -> str:
        return f"{self.source.base_url.rstrip('/')}/xrpc/{method}?{urlencode(params)}"

    async def start(self) -> AsyncIterator[Any]:
        """The first page of every feed and search."""
        for actor in self.source.actors:
            params = {"actor": actor.lstrip("@"), "limit": "100", "filter": "posts_with_replies"}
            for request in self._page("app.bsky.feed.getAuthorFeed", params, f"actor:{actor}"):
                yield request
        for query in self.source.search_queries:
            for request in self._page(
                "app.bsky.feed.searchPosts", {"q": query, "limit": "100", "sort": "latest"}, f"q:{query}"
            ):
                yield request

    def _page(self, method: str, params: dict[str, str], key: str) -> Iterator[Any]:
        url = self._url(method, params)
        if self.next_page(url):
            yield self.request(
                url, self.parse_page, cb_kwargs={"method": method, "params": params, "key": key}
            )

    def parse_page(self, response: Response, method: str, params: dict[str, str], key: str) -> Iterator[Any]:
        """Posts of one page, then the next page by cursor (until the last crawl's horizon)."""
        body = load_json(response, self.health)
        if body is None:
            return
        try:
            views, cursor = post_views(body)
        except ValueError as err:
            self.health.error("malformed_json", f"{response.url}: {err}")
            return
        self.health.response_ok()
        items = [i for i in (parse_post(v, self.source) for v in views) if i is not None]
        for item in items:
            if item.seen and self.state.is_seen(*item.seen):
                self.health.unchanged()
                continue
            yield from self.emit(item)
        times = [i.published_at for i in items if i.published_at]
        horizon = self.horizon(f"newest:{key}", times)
        oldest = min((t.timestamp() for t in times), default=None)
        if cursor and views and (oldest is None or oldest > horizon):
            yield from self._page(method, {**params, "cursor": cursor}, key)
