"""The generic Mastodon spider: hashtag, public-local and account timelines (REST API, Link paging)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import quote

from scrapy.http import Response

from crawlers.parsers.mastodon import next_link, parse_statuses
from crawlers.spiders._json import load_json
from crawlers.spiders.base import SourceSpider
from schema import SourceKind, post_id
from schema.settings import MastodonSource


class MastodonSpider(SourceSpider[MastodonSource]):
    """Pages each timeline by its ``Link: rel="next"`` header until the last crawl's horizon.

    Rate-limit headers are honoured by the RateLimitMiddleware. A reply's ``reply_to`` is set
    when its parent was seen in the same crawl (Mastodon gives only the parent's local id).
    """

    kind = SourceKind.MASTODON

    def __init__(self, source: MastodonSource, context: Any, **kwargs: Any) -> None:
        super().__init__(source, context, **kwargs)
        self._uri_by_local: dict[str, str] = {}

    @property
    def _api(self) -> str:
        return self.source.instance_url.rstrip("/") + "/api/v1"

    async def start(self) -> AsyncIterator[Any]:
        """The first page of every configured timeline."""
        for tag in self.source.hashtags:
            for request in self._timeline(
                f"{self._api}/timelines/tag/{quote(tag.lstrip('#'))}?limit=40", f"tag:{tag}"
            ):
                yield request
        if self.source.local_timeline:
            for request in self._timeline(f"{self._api}/timelines/public?local=true&limit=40", "local"):
                yield request
        for account in self.source.accounts:
            if account.isdigit():
                for request in self._timeline(self._account_url(account), f"account:{account}"):
                    yield request
            else:
                url = f"{self._api}/accounts/lookup?acct={quote(account.lstrip('@'))}"
                yield self.request(url, self.parse_lookup, cb_kwargs={"account": account})

    def _account_url(self, account_id: str) -> str:
        return f"{self._api}/accounts/{quote(account_id)}/statuses?limit=40&exclude_reblogs=false"

    def _timeline(self, url: str, key: str) -> Iterator[Any]:
        if self.next_page(url):
            yield self.request(url, self.parse_timeline, cb_kwargs={"key": key})

    def parse_lookup(self, response: Response, account: str) -> Iterator[Any]:
        """An account looked up by handle: then its statuses."""
        body = load_json(response, self.health)
        if not isinstance(body, dict) or not body.get("id"):
            if body is not None:
                self.health.error("unknown_account", f"{account}: no account id in {response.url}")
            return
        self.health.response_ok()
        yield from self._timeline(self._account_url(str(body["id"])), f"account:{account}")

    def parse_timeline(self, response: Response, key: str) -> Iterator[Any]:
        """Statuses of one page, then the next page (older statuses)."""
        body = load_json(response, self.health)
        if body is None:
            return
        try:
            page = parse_statuses(body, self.source)
        except ValueError as err:
            self.health.error("malformed_json", f"{response.url}: {err}")
            return
        self.health.response_ok()
        self._uri_by_local.update(page.local_ids)
        for item in page.items:
            parent = page.reply_local.get(item.id)
            if parent and parent in self._uri_by_local:
                item.reply_to = post_id("mastodon", self._uri_by_local[parent])
            if item.seen and self.state.is_seen(*item.seen):
                self.health.unchanged()
                continue
            yield from self.emit(item)
        times = [i.published_at for i in page.items if i.published_at]
        horizon = self.horizon(f"newest:{key}", times)
        oldest = min((t.timestamp() for t in times), default=None)
        next_url = next_link((response.headers.get(b"Link") or b"").decode("latin-1"))
        if next_url and body and (oldest is None or oldest > horizon) and self.next_page(next_url):
            yield self.request(next_url, self.parse_timeline, cb_kwargs={"key": key})
